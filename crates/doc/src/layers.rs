//! The annotation layers a pipeline adds to a [`crate::Doc`].
//!
//! Each layer is written by exactly one stage and read by later ones. Annotations hold spans into
//! the document text and indices into earlier layers, never copies of the text; the few strings
//! they carry are derived values (a normalised name, a TIMEX3 value, a unit) that the text does
//! not contain verbatim.

use crate::Span;

// ---------------------------------------------------------------------------------------------
// Tokens and sentences

/// The coarse shape of a token, enough for rules that do not need part-of-speech tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or digits ("Jong-Un", "KN-23", "don't").
    Word,
    /// Digits with optional separators and decimals ("1,500", "3.5", "2024").
    Number,
    /// Punctuation, including curly quotes and dashes.
    Punct,
    /// Anything else: symbols, emoji, currency signs.
    Symbol,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indices into the token layer: `tokens[first..end]`.
    pub first_token: usize,
    pub end_token: usize,
}

/// Part-of-speech tags and dependency arcs, parallel to the token layer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Syntax {
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub lemma: Vec<String>,
    /// Head token index per token (`None` for the root).
    pub head: Vec<Option<usize>>,
    pub deprel: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Entities

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Per,
    Org,
    Gpe,
    Loc,
    Fac,
    Norp,
    Unit,
    Equipment,
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Norp => "NORP",
            EntityType::Unit => "UNIT",
            EntityType::Equipment => "EQUIPMENT",
            EntityType::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "PER" => EntityType::Per,
            "ORG" => EntityType::Org,
            "GPE" => EntityType::Gpe,
            "LOC" => EntityType::Loc,
            "FAC" => EntityType::Fac,
            "NORP" => EntityType::Norp,
            "UNIT" => EntityType::Unit,
            "EQUIPMENT" => EntityType::Equipment,
            "MISC" => EntityType::Misc,
            _ => return None,
        })
    }

    /// Types that name places, which the geo stage resolves to coordinates.
    pub fn is_place(self) -> bool {
        matches!(self, EntityType::Gpe | EntityType::Loc | EntityType::Fac)
    }
}

/// Finer kinds of organisation, where cheap to tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrgKind {
    GovernmentAgency,
    ArmedForce,
    MediaOutlet,
    Other,
}

impl OrgKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::GovernmentAgency => "government_agency",
            OrgKind::ArmedForce => "armed_force",
            OrgKind::MediaOutlet => "media_outlet",
            OrgKind::Other => "other",
        }
    }
}

/// One thing a document talks about, with every name it goes by in that document.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The canonical name: the longest full form seen.
    pub name: String,
    pub entity_type: EntityType,
    pub org_kind: Option<OrgKind>,
    /// Other names in the document (acronyms, short forms), without the canonical one.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2, where it applies ("KR" for Seoul's intelligence service).
    pub country: Option<String>,
}

/// Why a mention was linked to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// The name itself.
    Name,
    /// An acronym or short form of a name in the document.
    Alias,
    /// A description that refers back ("the agency").
    Anaphor,
    /// A metonym ("Pyongyang" for North Korea).
    Metonym,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityMention {
    pub span: Span,
    /// Index into [`EntityLayer::entities`].
    pub entity: usize,
    pub kind: MentionKind,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityLayer {
    pub entities: Vec<Entity>,
    /// Sorted by span start.
    pub mentions: Vec<EntityMention>,
}

impl EntityLayer {
    /// The mentions lying inside `span`.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = &EntityMention> {
        self.mentions.iter().filter(move |m| span.contains(m.span))
    }

    /// The mention covering `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&EntityMention> {
        self.mentions.iter().find(|m| m.span.contains_offset(offset))
    }
}

// ---------------------------------------------------------------------------------------------
// Time

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimexMod {
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
}

impl TimexMod {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexMod::Start => "START",
            TimexMod::Mid => "MID",
            TimexMod::End => "END",
            TimexMod::Approx => "APPROX",
            TimexMod::Before => "BEFORE",
            TimexMod::After => "AFTER",
            TimexMod::OnOrBefore => "ON_OR_BEFORE",
            TimexMod::OnOrAfter => "ON_OR_AFTER",
            TimexMod::LessThan => "LESS_THAN",
            TimexMod::MoreThan => "MORE_THAN",
        }
    }
}

/// A time expression with its TIMEX3 normalisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    pub span: Span,
    pub timex_type: TimexType,
    /// TIMEX3 value: "2024-10-08", "2024-W42", "PT3H", "XXXX-10-08", "PRESENT_REF", ...
    pub value: String,
    pub timex_mod: Option<TimexMod>,
}

/// "between Oct. 8 and Oct. 13": two time expressions that bound one interval.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeInterval {
    pub span: Span,
    /// Indices into [`TimeLayer::exprs`].
    pub begin: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeLayer {
    /// Sorted by span start.
    pub exprs: Vec<TimeExpr>,
    pub intervals: Vec<TimeInterval>,
}

// ---------------------------------------------------------------------------------------------
// Quantities

/// A count or measure: "an estimated 400 personnel", "four landing ships", "10,000 to 12,000".
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub span: Span,
    /// The value, or the lower bound of a range.
    pub value: f64,
    /// The upper bound of a range ("10,000 to 12,000", "up to 12,000").
    pub upper: Option<f64>,
    /// What is counted or measured, normalised ("personnel", "ships", "km", "USD").
    pub unit: Option<String>,
    /// Span of the counted noun or unit in the text, when it is there.
    pub unit_span: Option<Span>,
    pub approx: bool,
    /// "more than" / "at least" (`Some(MoreThan)`), "up to" / "fewer than" (`Some(LessThan)`).
    pub bound: Option<TimexMod>,
}

// ---------------------------------------------------------------------------------------------
// Places

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    City,
    Admin,
    Country,
    Region,
    Facility,
    Water,
    Other,
}

impl PlaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::Admin => "admin",
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::Facility => "facility",
            PlaceKind::Water => "water",
            PlaceKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "city" => PlaceKind::City,
            "admin" => PlaceKind::Admin,
            "country" => PlaceKind::Country,
            "region" => PlaceKind::Region,
            "facility" => PlaceKind::Facility,
            "water" => PlaceKind::Water,
            "other" => PlaceKind::Other,
            _ => return None,
        })
    }

    /// The entity type a place of this kind gets.
    pub fn entity_type(self) -> EntityType {
        match self {
            PlaceKind::City | PlaceKind::Admin | PlaceKind::Country => EntityType::Gpe,
            PlaceKind::Facility => EntityType::Fac,
            PlaceKind::Region | PlaceKind::Water | PlaceKind::Other => EntityType::Loc,
        }
    }
}

/// A resolved place: one gazetteer entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub kind: PlaceKind,
    pub geonames_id: Option<u64>,
    /// Name of the first-level administrative region, when known.
    pub admin1: Option<String>,
    pub population: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceMention {
    pub span: Span,
    /// Index into [`PlaceLayer::places`].
    pub place: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceLayer {
    /// Distinct places, each once.
    pub places: Vec<Place>,
    /// Sorted by span start.
    pub mentions: Vec<PlaceMention>,
}

// ---------------------------------------------------------------------------------------------
// Claims

/// What a claim rests on, as the text tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Evidence {
    SatelliteImagery,
    Radar,
    Photo,
    Video,
    PressRelease,
    StateMedia,
    Document,
    Intercept,
    Testimony,
    Eyewitness,
    Other,
}

impl Evidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::SatelliteImagery => "satellite_imagery",
            Evidence::Radar => "radar",
            Evidence::Photo => "photo",
            Evidence::Video => "video",
            Evidence::PressRelease => "press_release",
            Evidence::StateMedia => "state_media",
            Evidence::Document => "document",
            Evidence::Intercept => "intercept",
            Evidence::Testimony => "testimony",
            Evidence::Eyewitness => "eyewitness",
            Evidence::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Evidence> {
        Some(match s {
            "satellite_imagery" => Evidence::SatelliteImagery,
            "radar" => Evidence::Radar,
            "photo" => Evidence::Photo,
            "video" => Evidence::Video,
            "press_release" => Evidence::PressRelease,
            "state_media" => Evidence::StateMedia,
            "document" => Evidence::Document,
            "intercept" => Evidence::Intercept,
            "testimony" => Evidence::Testimony,
            "eyewitness" => Evidence::Eyewitness,
            "other" => Evidence::Other,
            _ => return None,
        })
    }
}

/// How firmly the text presents a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimStatus {
    Asserted,
    Hedged,
    Alleged,
    Denied,
    Unverified,
    Retracted,
}

impl ClaimStatus {
    /// Every status, in the order of the ledger contract.
    pub const ALL: [ClaimStatus; 6] = [
        ClaimStatus::Asserted,
        ClaimStatus::Hedged,
        ClaimStatus::Alleged,
        ClaimStatus::Denied,
        ClaimStatus::Unverified,
        ClaimStatus::Retracted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::Asserted => "asserted",
            ClaimStatus::Hedged => "hedged",
            ClaimStatus::Alleged => "alleged",
            ClaimStatus::Denied => "denied",
            ClaimStatus::Unverified => "unverified",
            ClaimStatus::Retracted => "retracted",
        }
    }

    pub fn parse(s: &str) -> Option<ClaimStatus> {
        Some(match s {
            "asserted" => ClaimStatus::Asserted,
            "hedged" => ClaimStatus::Hedged,
            "alleged" => ClaimStatus::Alleged,
            "denied" => ClaimStatus::Denied,
            "unverified" => ClaimStatus::Unverified,
            "retracted" => ClaimStatus::Retracted,
            _ => return None,
        })
    }
}

/// Direct ("...," she said), indirect (she said that ...) or mixed quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
    /// Not a quotation: a caption credit or an evidence release.
    None,
}

/// A reported statement: who says what, by which cue, on what evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The words naming the source ("NIS", "It", "the agency"); `None` when implicit.
    pub source_span: Option<Span>,
    /// The source entity, after resolving pronouns and descriptions.
    pub source_entity: Option<usize>,
    pub cue_span: Option<Span>,
    pub content: Span,
    pub evidence: Vec<Evidence>,
    pub status: ClaimStatus,
    pub quote: QuoteKind,
    /// TIMEX3 value of when the claim was made, when the text says ("on Friday").
    pub date: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Events

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorRole {
    Agent,
    Patient,
    Carrier,
    Target,
    Beneficiary,
}

impl ActorRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorRole::Agent => "agent",
            ActorRole::Patient => "patient",
            ActorRole::Carrier => "carrier",
            ActorRole::Target => "target",
            ActorRole::Beneficiary => "beneficiary",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceRole {
    Origin,
    Destination,
    Location,
}

impl PlaceRole {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceRole::Origin => "origin",
            PlaceRole::Destination => "destination",
            PlaceRole::Location => "location",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventStatus {
    Occurred,
    Ongoing,
    Planned,
    Expected,
    Denied,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Occurred => "occurred",
            EventStatus::Ongoing => "ongoing",
            EventStatus::Planned => "planned",
            EventStatus::Expected => "expected",
            EventStatus::Denied => "denied",
        }
    }
}

/// A reported happening as a typed frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The event type in sitrep's vocabulary ("transport", "station", "inspect", ...).
    pub event_type: &'static str,
    /// The PLOVER code, where one fits.
    pub plover: Option<&'static str>,
    /// The word that tells the event first.
    pub trigger: Span,
    /// Further triggers of the same happening told again in the document.
    pub other_triggers: Vec<Span>,
    /// (index into the entity layer, role).
    pub actors: Vec<(usize, ActorRole)>,
    /// (index into the place layer, role).
    pub places: Vec<(usize, PlaceRole)>,
    /// Indices into the quantity layer.
    pub quantities: Vec<usize>,
    /// TIMEX3 values of the start and end of the time span.
    pub time: Option<(String, String)>,
    pub status: EventStatus,
    /// Indices into the claim layer: the claims that report the event.
    pub claims: Vec<usize>,
    /// When accounts disagree on who acted ("Kyiv says Russian forces blew up the dam; Moscow
    /// says Ukraine sabotaged it"): each agent with the claim that names it, as (index into
    /// the entity layer, index into the claim layer). Empty when no account disputes another.
    pub disputed_agents: Vec<(usize, usize)>,
}

// ---------------------------------------------------------------------------------------------
// Relations between claims

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationType {
    Corroborates,
    Contradicts,
    Repeats,
}

impl RelationType {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::Corroborates => "corroborates",
            RelationType::Contradicts => "contradicts",
            RelationType::Repeats => "repeats",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRelation {
    pub relation: RelationType,
    /// Indices into the claim layer.
    pub from: usize,
    pub to: usize,
    /// False when both claims trace back to the same originator.
    pub independent: bool,
    /// The words that state the relation ("corroborated"), when the text states it.
    pub cue_span: Option<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_claim_status_is_listed_once_and_reads_back() {
        for (i, status) in ClaimStatus::ALL.iter().enumerate() {
            assert_eq!(ClaimStatus::parse(status.as_str()), Some(*status));
            assert!(!ClaimStatus::ALL[..i].contains(status), "{status:?} twice");
        }
        // A new status must be added to ALL: the match below fails to compile without it.
        let listed = |s: ClaimStatus| match s {
            ClaimStatus::Asserted | ClaimStatus::Hedged | ClaimStatus::Alleged | ClaimStatus::Denied | ClaimStatus::Unverified | ClaimStatus::Retracted => ClaimStatus::ALL.contains(&s),
        };
        assert!(ClaimStatus::ALL.iter().all(|s| listed(*s)));
    }
}
