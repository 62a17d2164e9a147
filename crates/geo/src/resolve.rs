//! The `places` stage: finds place names in a document and resolves each to one gazetteer entry.
//!
//! **Candidates** come from two sources: entity mentions of place types (GPE, LOC, FAC) when the
//! entity layer exists, and the stage's own scan of capitalised word sequences (one to four
//! words, inner "of"/"de", a trailing type word such as "region") that the gazetteer knows. The
//! scan never takes words inside a mention of another entity type ("Kyiv" in "Kyiv Post"), a
//! demonym ("North Korean" is a nationality, not a place), a common English word on its own
//! ("Reading"), or a name that runs on into more capitalised words it does not include.
//!
//! **Resolution** works per distinct name (one sense per document) and scores each candidate
//! entry by
//! - prominence ([`Gazetteer::prior`]: population, and country > region > admin > town);
//! - containment the text states: "Ussuriysk, Primorsky Krai", "Khabarovsk, Russia",
//!   "Russia’s Khabarovsk", "X in (northern) Y", "X near Y" — both sides gain when the pair fits;
//! - spatial coherence: closeness to the places the rest of the document resolves to;
//! - the document's countries: the share of its places in the candidate's country, and whether
//!   that country is the focus (most named) country.
//!
//! Context depends on choices and choices on context, so scoring runs a few rounds, each from the
//! previous round's choices. Names found only by the scan must also clear an acceptance test
//! (prominent enough, or supported by a cue such as "in", a containment, or nearby places).

use std::collections::HashMap;
use std::sync::Arc;

use sitrep_doc::{Doc, EntityType, Place, PlaceKind, PlaceLayer, PlaceMention, Span, Stage};

use crate::fold::{compass_variant, fold_key, variants};
use crate::gazetteer::{haversine_km, Candidate, EntryId, Gazetteer, MatchKind};
use crate::scan::{
    across_ampersand, after_title_the, city_quarter, common_words, is_contraction, joins_name, previous_word, words, Word, CONNECTORS,
    TYPE_TRAILERS,
};

/// At most this many candidate entries are weighed for one name.
const MAX_CANDIDATES: usize = 400;
/// Rounds of context scoring after the first, prominence-only round.
const ROUNDS: usize = 3;
/// Score for a containment or proximity the text states and the candidate fits.
const CONTAINS_BONUS: f64 = 6.0;
const NEAR_BONUS: f64 = 4.0;
const SIBLING_BONUS: f64 = 3.0;
const TYPE_BONUS: f64 = 1.5;
const RELATION_CAP: f64 = 12.0;
/// Score for the town that dwarfs every namesake ("Rome" the capital, not Rome, Georgia): a
/// reader meets the famous place unless the story says otherwise.
const DOMINANT_BONUS: f64 = 4.0;
/// A town dominates its name when it has at least this many people...
const DOMINANT_POPULATION: u64 = 100_000;
/// ...and at least this many times as many as the next town of the name.
const DOMINANT_RATIO: u64 = 10;

/// Penalty for a town found by another of its names when a larger city of at least
/// [`DOMINANT_POPULATION`] bears the name itself.
const FORMER_NAME_PENALTY: f64 = 4.0;

/// Words before a name that mark it as a location, whoever it could also be ("in", "near").
const STRONG_CUES: &[&str] = &[
    "in", "near", "outside", "around", "across", "toward", "towards", "via", "through", "inside",
    "within", "entered", "visited", "reached", "captured", "seized", "shelled",
];
/// Words before a name that suggest a location but also come before people ("to", "from").
const WEAK_CUES: &[&str] = &[
    "at", "from", "to", "into", "between", "off", "over", "along", "beyond", "struck", "hit",
];
/// Nouns that, followed by "of", introduce a place name ("the city of Kursk").
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "region",
    "province",
    "district",
    "island",
    "settlement",
    "capital",
    "outskirts",
    "suburbs",
    "suburb",
    "area",
    "oblast",
    "state",
    "county",
    "republic",
];
/// Titles before a personal name ("President Jordan", "Gen. Lincoln").
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "gen",
    "general",
    "minister",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "sen",
    "senator",
    "rep",
    "col",
    "colonel",
    "lt",
    "capt",
    "captain",
    "adm",
    "admiral",
    "sgt",
    "pope",
    "chairman",
    "premier",
    "secretary",
    "ambassador",
    "judge",
    "justice",
    "sir",
    "lady",
    "lord",
    "professor",
    "prof",
    "commander",
];
/// Capitalised neighbours that do not make a longer name ("in Moscow Monday").
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Where a candidate name came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// An entity mention of a place type.
    Entity(EntityType),
    /// The stage's own scan.
    Scan,
}

#[derive(Clone, Debug)]
struct Mention {
    span: Span,
    /// End including a possessive ending.
    full_end: usize,
    possessive: bool,
    source: Source,
    /// Index into the groups.
    group: usize,
    words: usize,
    all_caps: bool,
    title_line: bool,
    sentence_initial: bool,
    /// Strength of the locative cue before it: 0 none, 1 weak ("to"), 2 strong ("in").
    cue: u8,
    /// Next to a speech verb ("Kelly said"): a person more often than a town.
    speech: bool,
}

/// One distinct name of the document and the entries it may mean.
#[derive(Clone, Debug)]
struct Group {
    candidates: Vec<Candidate>,
    priors: Vec<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rel {
    /// The first mention lies in the second.
    In,
    /// The first mention lies near the second.
    Near,
    /// The two are listed together ("Atlanta and Savannah", "Kharkiv, Sumy"): likely in one
    /// country and not far apart.
    Sibling,
}

/// The `places` stage.
#[derive(Clone)]
pub struct GeoResolver {
    gaz: GazRef,
}

#[derive(Clone)]
enum GazRef {
    Static(&'static Gazetteer),
    Shared(Arc<Gazetteer>),
}

impl GeoResolver {
    /// A resolver over a gazetteer that lives for the whole program (e.g. [`Gazetteer::embedded`]).
    pub fn new(gazetteer: &'static Gazetteer) -> GeoResolver {
        GeoResolver {
            gaz: GazRef::Static(gazetteer),
        }
    }

    /// A resolver sharing an owned gazetteer.
    pub fn shared(gazetteer: Arc<Gazetteer>) -> GeoResolver {
        GeoResolver {
            gaz: GazRef::Shared(gazetteer),
        }
    }

    /// A resolver over the gazetteer embedded in this binary.
    pub fn embedded() -> Result<GeoResolver, crate::Error> {
        Ok(GeoResolver::new(Gazetteer::embedded()?))
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        match &self.gaz {
            GazRef::Static(g) => g,
            GazRef::Shared(g) => g,
        }
    }

    /// The place layer for a document, without writing it.
    pub fn resolve(&self, doc: &Doc) -> PlaceLayer {
        let mut layer = Resolution::new(self.gazetteer(), doc).run();
        add_coordinates(doc.text(), &mut layer);
        add_capitals(self.gazetteer(), doc.text(), &mut layer);
        layer
    }
}

impl Stage for GeoResolver {
    fn name(&self) -> &'static str {
        "places"
    }

    fn run(&self, doc: &mut Doc) -> Result<(), sitrep_doc::Error> {
        let layer = self.resolve(doc);
        doc.set_places(layer)
    }
}

/// Whether dotted initials are a name of a country or region in the gazetteer ("U.S.").
fn initials_of_a_region(gaz: &Gazetteer, name: &str) -> bool {
    gaz.lookup(name).iter().any(|c| matches!(gaz.kind(c.entry), PlaceKind::Country | PlaceKind::Admin | PlaceKind::Region))
}

/// Whether the word before byte `at` is a preposition of place ("in", "to", "near", ...).
fn after_place_word(text: &str, at: usize) -> bool {
    // (Past an article: "in the Reading area".)
    let before = text[..at].trim_end();
    let before = before.strip_suffix("the").or_else(|| before.strip_suffix("The")).map_or(before, str::trim_end);
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(
        word.to_lowercase().as_str(),
        "in" | "to" | "from" | "near" | "at" | "into" | "across" | "outside" | "inside" | "toward" | "towards" | "of" | "via" | "through"
    )
}

/// Words of ground forces and their fighting, which happen across a region rather than in its
/// chief town ("fighting in Kursk", "troops arrived in Kursk", "the incursion into Kursk").
const GROUND_WAR_WORDS: &[&str] = &[
    "fighting", "fight", "fought", "combat", "battle", "battles", "battling", "clashes", "incursion", "offensive",
    "counteroffensive", "counter-offensive", "troops", "soldiers", "forces", "units", "front", "frontline", "front-line",
];

/// Words of strikes from afar, of what they hit and of a town's own life, which fall on a town
/// ("drones struck Kursk", "killed in Sumy when a missile hit a school", "a funeral in Kharkiv").
const TOWN_WORDS: &[&str] = &[
    "hit", "hits", "struck", "strike", "strikes", "missile", "missiles", "drone", "drones", "shelling", "shelled",
    "bombing", "bombed", "explosions", "explosion", "airport", "residents", "mayor", "downtown", "city", "funeral",
    "buried", "hospital", "school", "visited", "visit",
];

/// Whether the name at byte `start` is where ground forces fight or stand: a place preposition
/// right before it ("in", "into", "inside", "across"), a word of ground war in the few words
/// before that, and in the whole sentence no word of strikes or of a town's own life.
fn ground_war_setting(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let sentence_start = before.rfind(['.', '\n', '!', '?']).map_or(0, |i| i + 1);
    let sentence_end = text[start..].find(['.', '\n', '!', '?']).map_or(text.len(), |i| start + i);
    let lower_words = |s: &str| s.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>();
    let mut words = lower_words(&before[sentence_start..]).into_iter().rev();
    if !matches!(words.next().as_deref(), Some("in" | "into" | "inside" | "across" | "within")) {
        return false;
    }
    let window: Vec<String> = words.take(5).collect();
    let town = lower_words(&text[sentence_start..sentence_end]).iter().any(|w| TOWN_WORDS.contains(&w.as_str()));
    window.iter().any(|w| GROUND_WAR_WORDS.contains(&w.as_str())) && !town
}

/// Months and weekdays, whole and short, as time expressions write them.
const CALENDAR_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
];

/// Titles written short ("Rev.", "Sens."), which name no place.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "rev", "sens", "sen", "reps", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "adm", "dr", "mr", "mrs", "ms", "prof", "maj",
];

/// US states as news agencies abbreviate them after a town ("Selma, Ala.").
const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ala", "Alabama"), ("ariz", "Arizona"), ("ark", "Arkansas"), ("calif", "California"), ("colo", "Colorado"),
    ("conn", "Connecticut"), ("del", "Delaware"), ("fla", "Florida"), ("ga", "Georgia"), ("ill", "Illinois"),
    ("ind", "Indiana"), ("kan", "Kansas"), ("kans", "Kansas"), ("ky", "Kentucky"), ("la", "Louisiana"), ("md", "Maryland"),
    ("mass", "Massachusetts"), ("mich", "Michigan"), ("minn", "Minnesota"), ("miss", "Mississippi"), ("mo", "Missouri"),
    ("mont", "Montana"), ("neb", "Nebraska"), ("nev", "Nevada"), ("okla", "Oklahoma"), ("ore", "Oregon"),
    ("pa", "Pennsylvania"), ("tenn", "Tennessee"), ("tex", "Texas"), ("vt", "Vermont"), ("va", "Virginia"),
    ("wash", "Washington"), ("wis", "Wisconsin"), ("wyo", "Wyoming"),
];

/// Whether the name at `start..end` is one side of "X & Y" whose other side is no place: a
/// firm ("Bailey & Glasser"), not two places ("TIJUANA & SAN DIEGO").
fn firm_name(gaz: &Gazetteer, text: &str, start: usize, end: usize) -> bool {
    across_ampersand(text, start, end).is_some_and(|(next, both)| !(gaz.has_key(&fold_key(&next)) || gaz.has_key(&fold_key(&both))))
}

/// Whether "The" belongs to the name of a town or country ("The Hague", "The Gambia"); the
/// oceans have it as an alternate only ("The Atlantic" is then a magazine).
fn the_is_part_of(gaz: &Gazetteer, name: &str) -> bool {
    gaz.lookup_key(&fold_key(&format!("The {name}"))).any(|c| gaz.kind(c.entry) != PlaceKind::Water)
}

/// Marks a group key whose candidates are the divisions (admin entries) of that name only.
const ADMIN_ONLY: char = '\u{1}';

/// Cities that are first-level divisions of their own under the same name (federal cities,
/// city-states, special municipalities): "the St. Petersburg region" names the city, not a
/// division around it.
const CITY_DIVISIONS: &[&str] = &[
    "st petersburg", "saint petersburg", "moscow", "berlin", "hamburg", "bremen", "vienna", "prague", "beijing", "shanghai",
    "tianjin", "chongqing", "seoul", "busan", "incheon", "daegu", "gwangju", "daejeon", "ulsan", "pyongyang", "tokyo",
    "singapore", "tbilisi", "yerevan", "beirut", "mexico city", "brussels", "bangkok", "jakarta", "hanoi", "taipei", "kinshasa",
    "addis ababa",
];

/// The key of a US state named by its abbreviation ("Wash." is the state, whatever else is
/// called Washington): its name with [`ADMIN_ONLY`].
fn state_key(state: &str) -> String {
    format!("{}{ADMIN_ONLY}", fold_key(state))
}

/// For a one-word name right before a full stop that abbreviates it: `Some(None)` for a title
/// ("Rev."), `Some(Some(state))` for a state after a town and a comma ("Selma, Ala."), `None`
/// otherwise.
fn abbreviated_before_stop(text: &str, end: usize, name: &str) -> Option<Option<&'static str>> {
    if !text[end..].starts_with('.') || name.contains(char::is_whitespace) {
        return None;
    }
    let word = name.to_lowercase();
    if TITLE_ABBREVIATIONS.contains(&word.as_str()) {
        return Some(None);
    }
    let after_town = text[..end - name.len()].trim_end().ends_with(',');
    STATE_ABBREVIATIONS.iter().find(|(a, _)| *a == word).map(|&(_, state)| after_town.then_some(state))
}

/// Words after "capital" that make it money, not a city ("capital markets", "capital
/// punishment").
const CAPITAL_NOT_A_CITY: &[&str] = &[
    "punishment", "market", "markets", "gains", "flight", "flows", "investment", "investments", "expenditure", "spending",
    "controls", "requirements", "ratio", "ratios", "injection", "increase", "buffer", "buffers", "goods", "letter", "letters",
    "expenditures", "account", "stock", "base", "reserves", "adequacy", "outflows", "inflows", "costs", "projects",
];

/// "arrived in Niger's capital on Wednesday", "fighting in the capital of Sudan": the word
/// "capital" after a country's possessive, or before "of" and a country, is that country's
/// capital city (as `data/capitals.tsv` names it), a place mention of its own beside the
/// country's; not when the capital is named right after it ("Sudan's capital, Khartoum") or
/// the word is money ("Russia's capital markets").
fn add_capitals(gaz: &Gazetteer, text: &str, layer: &mut PlaceLayer) {
    let mut found: Vec<(Span, usize)> = Vec::new();
    for m in &layer.mentions {
        let Some(country) = layer.places.get(m.place).filter(|p| p.kind == PlaceKind::Country).and_then(|p| p.country.clone()) else { continue };
        let after = &text[m.span.end()..];
        let possessive = ["'s capital", "’s capital"].iter().find_map(|p| after.strip_prefix(p).map(|rest| (m.span.end() + after.len() - rest.len() - "capital".len(), rest)));
        let before = &text[..m.span.start()];
        let of = ["the capital of ", "The capital of "].iter().find_map(|p| before.strip_suffix(p)).map(|b| (b.len() + "the ".len(), &text[m.span.end()..]));
        let Some((at, rest)) = possessive.or(of) else { continue };
        // ("El Fasher, the capital of Sudan's North Darfur state": the capital of a region the
        // country owns, and a city named in apposition before it.)
        if of.is_some() && (rest.starts_with("'s ") || rest.starts_with("’s ")) {
            continue;
        }
        let named_before = of.is_some() && before.trim_end().strip_suffix("the capital of").is_some_and(|b| b.trim_end().ends_with(','))
            && layer.mentions.iter().any(|o| o.place != m.place && text.get(o.span.end()..at.saturating_sub("the ".len())).is_some_and(|between| between.trim() == ","));
        if named_before {
            continue;
        }
        // (The word whole: not "China's capitalist reforms", "capital-intensive".)
        if possessive.is_some() && rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let next: String = rest.trim_start_matches([',', ' ']).chars().take_while(|c| c.is_alphanumeric() || *c == '-').collect();
        let named_next = next.starts_with(char::is_uppercase) && rest.starts_with([',', ' ']) && possessive.is_some();
        if named_next || CAPITAL_NOT_A_CITY.contains(&next.to_lowercase().as_str()) {
            continue;
        }
        let Some(name) = gaz.capital_of(&country) else { continue };
        let city = gaz
            .lookup(name)
            .into_iter()
            .filter(|c| gaz.country_code(c.entry).is_some_and(|cc| cc.eq_ignore_ascii_case(&country)) && gaz.kind(c.entry) == PlaceKind::City)
            .max_by_key(|c| gaz.population(c.entry));
        let Some(city) = city else { continue };
        let place = gaz.place(city.entry);
        let index = match layer.places.iter().position(|p| p.geonames_id.is_some() && p.geonames_id == place.geonames_id) {
            Some(i) => i,
            None => {
                layer.places.push(place);
                layer.places.len() - 1
            }
        };
        found.push((Span::new(at, at + "capital".len()), index));
    }
    for (span, place) in found {
        if !layer.mentions.iter().any(|m| m.span.overlaps(span)) {
            layer.mentions.push(PlaceMention { span, place });
        }
    }
    layer.mentions.sort_by_key(|m| m.span);
}

/// How far from a named place a spot given by coordinates may lie to take that place's country
/// and region.
const COORDINATE_NEIGHBOUR_KM: f64 = 100.0;

/// Spots the text gives as coordinates ("geolocated to 56.2969, 30.5215"), each a place of kind
/// `other` named as written, in the country and region of the nearest place the text names
/// within [`COORDINATE_NEIGHBOUR_KM`]. A place name inside the pair's span gives way to it.
fn add_coordinates(text: &str, layer: &mut PlaceLayer) {
    let found = sitrep_quantity::find_coordinates(text);
    if found.is_empty() {
        return;
    }
    // A place name inside a pair gives way to it, and a place left with no mention goes.
    layer.mentions.retain(|m| !found.iter().any(|c| m.span.overlaps(c.span)));
    let kept: Vec<bool> = (0..layer.places.len()).map(|p| layer.mentions.iter().any(|m| m.place == p)).collect();
    let mut renumbered = Vec::with_capacity(kept.len());
    let mut next = 0;
    for &k in &kept {
        renumbered.push(next);
        next += usize::from(k);
    }
    let mut p = 0;
    layer.places.retain(|_| {
        p += 1;
        kept[p - 1]
    });
    for m in &mut layer.mentions {
        m.place = renumbered[m.place];
    }
    for c in found {
        // (The same spot written twice is one place.)
        let same = layer.places.iter().position(|p| p.kind == PlaceKind::Other && p.geonames_id.is_none() && p.lat == c.lat && p.lon == c.lon);
        let place = match same {
            Some(p) => p,
            None => {
                let nearest = layer
                    .places
                    .iter()
                    .filter(|p| p.kind != PlaceKind::Country && p.geonames_id.is_some())
                    .map(|p| (haversine_km((p.lat, p.lon), (c.lat, c.lon)), p))
                    .filter(|(km, _)| *km <= COORDINATE_NEIGHBOUR_KM)
                    .min_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, p)| (p.country.clone(), p.admin1.clone()));
                let (country, admin1) = nearest.unwrap_or((None, None));
                layer.places.push(Place {
                    name: text[c.span.range()].to_string(),
                    lat: c.lat,
                    lon: c.lon,
                    country,
                    kind: PlaceKind::Other,
                    geonames_id: None,
                    admin1,
                    population: 0,
                });
                layer.places.len() - 1
            }
        };
        layer.mentions.push(PlaceMention { span: c.span, place });
    }
    layer.mentions.sort_by_key(|m| (m.span.start(), m.span.end()));
}

/// The working state of resolving one document.
struct Resolution<'a> {
    gaz: &'a Gazetteer,
    text: &'a str,
    mentions: Vec<Mention>,
    groups: Vec<Group>,
    /// The folded key of each group.
    group_keys: Vec<String>,
    /// How many mentions each group has.
    mention_counts: Vec<usize>,
    /// The entity types the entity layer gave each group's mentions.
    group_types: Vec<Vec<EntityType>>,
    /// (mention, mention, relation), mention indices in text order.
    relations: Vec<(usize, usize, Rel)>,
    /// Country weight from demonyms, by country index.
    demonym_weight: HashMap<u16, f64>,
    /// Keys seen ending a longer capitalised name ("Megyn Kelly", "President Jordan"): likely
    /// personal names wherever they occur.
    tainted: std::collections::HashSet<String>,
}

impl<'a> Resolution<'a> {
    fn new(gaz: &'a Gazetteer, doc: &'a Doc) -> Resolution<'a> {
        let text = doc.text();
        let mut r = Resolution {
            gaz,
            text,
            mentions: Vec::new(),
            groups: Vec::new(),
            group_keys: Vec::new(),
            mention_counts: Vec::new(),
            group_types: Vec::new(),
            relations: Vec::new(),
            demonym_weight: HashMap::new(),
            tainted: std::collections::HashSet::new(),
        };
        let mut keys: HashMap<String, usize> = HashMap::new();
        let words = words(text);

        // Entity mentions: places to resolve, other types to keep the scan out of.
        let layer = doc.entities();
        let mut blocked: Vec<Span> = Vec::new();
        // A month or a weekday of a time expression is no place ("from Nov. 12 to Nov. 15"; "Nov"
        // is a town in Tajikistan), though a zone's town is ("10 a.m. Moscow time").
        for t in &doc.times().exprs {
            for w in words.iter().filter(|w| t.span.contains(w.span)) {
                if CALENDAR_WORDS.contains(&text[w.span.range()].trim_end_matches('.').to_lowercase().as_str()) {
                    blocked.push(w.span);
                }
            }
        }
        let mut taken: Vec<Span> = Vec::new();
        for m in &layer.mentions {
            let Some(entity) = layer.entities.get(m.entity) else {
                continue;
            };
            let metonymic = || {
                matches!(entity.entity_type, EntityType::Org | EntityType::Misc)
                    && trim_mention(text, m.span)
                        .is_some_and(|(s, _, _)| names_country(gaz, &fold_key(&text[s.range()])))
            };
            if !entity.entity_type.is_place() && !metonymic() && !is_dateline(text, m.span) {
                blocked.push(m.span);
                continue;
            }
            let Some((span, full_end, possessive)) = trim_mention(text, m.span) else {
                continue;
            };
            taken.push(m.span);
            let name = &text[span.range()];
            // ("a writer for The Atlantic", "Bailey & Glasser": a publication, a firm.)
            let the_is_part = || the_is_part_of(gaz, name);
            if !name.contains(char::is_whitespace)
                && ((after_title_the(text, m.span.start()) || after_title_the(text, span.start())) && !the_is_part()
                    || firm_name(gaz, text, span.start(), span.end()))
                || city_quarter(text, span.start(), span.end())
            {
                continue;
            }
            // "the Belgorod region", "the Belgorod, Kursk and Bryansk regions": the region, under
            // the name the gazetteer has for it ("Belgorod Oblast").
            // ("the Rev. Peter Wherry", "Sens. Sherrod Brown": a title's abbreviation is no
            // place; "Selma, Ala.", "Kansas City, Mo.": a state's is that state.)
            let abbreviation = abbreviated_before_stop(text, span.end(), name);
            if abbreviation == Some(None) {
                continue;
            }
            let key = region_type_after(text, span.end())
                .and_then(|kind| r.admin_key(name, kind))
                .or_else(|| abbreviation.flatten().map(state_key))
                .unwrap_or_else(|| fold_key(name));
            // ("E.U.", "I.R.S.": initials name a place only when the gazetteer has them as the
            // name of a country or region, "U.S.", "U.K.", "D.C.".)
            if crate::gazetteer::dotted_initials(name) && !initials_of_a_region(gaz, name) {
                continue;
            }
            // ("the Federal mine", "outlets such as Time": a common English word the recogniser
            // took for a place is one only after a word of place, "in Reading", "to Split".)
            // (Title case only: "US" is no "us".)
            let lone_word = !name.contains(char::is_whitespace) && name.chars().skip(1).all(|c| !c.is_uppercase());
            // (Nor before a word of region, "Cameroon's North region".)
            let region_after = region_type_after(text, span.end()).is_some();
            if lone_word && common_words().contains(name.to_lowercase().as_str()) && !after_place_word(text, span.start()) && !region_after {
                continue;
            }
            // (A state's abbreviation keeps its full stop: "Calif.")
            let span = if abbreviation.flatten().is_some() { Span::new(span.start(), span.end() + 1) } else { span };
            let Some(group) = r.group_for(&mut keys, &key, true) else {
                continue;
            };
            let n_words = name.split_whitespace().count();
            r.mentions.push(Mention {
                span,
                full_end,
                possessive,
                source: Source::Entity(entity.entity_type),
                group,
                words: n_words,
                all_caps: false,
                title_line: false,
                sentence_initial: false,
                cue: cue_strength(text, span.start()),
                speech: false,
            });
        }

        // The words of the people the document names in full ("Bobby Scott", "Hillary
        // Clinton"): such a word alone is that person, not a small town or a place known by
        // the word only as another name.
        let person_words: std::collections::HashSet<String> = layer
            .entities
            .iter()
            .filter(|e| e.entity_type == EntityType::Per && e.name.split_whitespace().count() > 1)
            .flat_map(|e| e.name.split_whitespace().map(str::to_lowercase))
            .collect();

        // The scan.
        let free = |w: &Word| {
            !blocked
                .iter()
                .chain(taken.iter())
                .any(|b| b.overlaps(Span::new(w.span.start(), w.full_end)))
        };
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            if !w.cap || !free(&w) {
                i += 1;
                continue;
            }
            let place = r.longest_place(text, &words, i, &free);
            let demonym = demonym_length(gaz, text, &words, i);
            if let Some((len, country)) = demonym {
                if place.as_ref().is_none_or(|p| p.0 <= len) {
                    *r.demonym_weight.entry(country).or_insert(0.0) += 0.5;
                    i += len;
                    continue;
                }
            }
            let Some((len, key, cap_words)) = place else {
                i += 1;
                continue;
            };
            let first = words[i];
            let last = words[i + len - 1];
            let single = cap_words == 1 && len == 1;
            let surface = &text[first.span.range()];
            let titlecase_common = single
                && !first.all_caps
                && common_words().contains(surface.to_lowercase().as_str());
            let camel =
                single && !first.all_caps && surface.chars().skip(1).any(char::is_uppercase);
            let person = single && person_words.contains(&surface.to_lowercase()) && sitrep_doc::PlaceLexicon::minor_town(gaz, surface);
            let not_a_name = single
                && (is_contraction(surface)
                    || after_title_the(text, first.span.start()) && !the_is_part_of(gaz, surface)
                    || firm_name(gaz, text, first.span.start(), first.full_end));
            if titlecase_common || camel || person || not_a_name || city_quarter(text, first.span.start(), last.span.end()) {
                i += 1;
                continue;
            }
            match runs_into_longer_name(text, &words, i, len) {
                Run::Alone => {}
                Run::AfterName => {
                    r.tainted.insert(key);
                    i += 1;
                    continue;
                }
                Run::BeforeName => {
                    i += 1;
                    continue;
                }
            }
            let span = Span::new(first.span.start(), last.span.end());
            if crate::gazetteer::dotted_initials(&text[span.range()]) && !initials_of_a_region(gaz, &text[span.range()]) {
                i += 1;
                continue;
            }
            let abbreviation = abbreviated_before_stop(text, span.end(), &text[span.range()]);
            if abbreviation == Some(None) {
                i += 1;
                continue;
            }
            let key = abbreviation.flatten().map_or(key, state_key);
            let span = if abbreviation.flatten().is_some() { Span::new(span.start(), span.end() + 1) } else { span };
            let Some(group) = r.group_for(&mut keys, &key, false) else {
                i += 1;
                continue;
            };
            r.mentions.push(Mention {
                span,
                full_end: last.full_end,
                possessive: last.possessive,
                source: Source::Scan,
                group,
                words: cap_words,
                all_caps: first.all_caps && single,
                title_line: first.title_line,
                sentence_initial: first.sentence_initial,
                cue: cue_strength(text, span.start()),
                speech: next_to_speech_verb(text, span.start(), last.full_end),
            });
            i += len;
        }
        r.mentions.sort_by_key(|m| m.span);
        r.relations = relations(text, &r.mentions);
        r.mention_counts = vec![0; r.groups.len()];
        r.group_types = vec![Vec::new(); r.groups.len()];
        for m in &r.mentions {
            r.mention_counts[m.group] += 1;
            if let Source::Entity(t) = m.source {
                if !r.group_types[m.group].contains(&t) {
                    r.group_types[m.group].push(t);
                }
            }
        }
        // A locative cue covers a coordination: "in Boise and Spokane".
        for &(a, b, rel) in &r.relations {
            if rel == Rel::Sibling {
                r.mentions[b].cue = r.mentions[b].cue.max(r.mentions[a].cue);
            }
        }
        r
    }

    /// The group for a key, created on first sight; `None` when the gazetteer has no entry for
    /// it. Transliteration variants widen the candidates of entity mentions, and of scanned
    /// names the gazetteer knows exactly.
    fn group_for(
        &mut self,
        keys: &mut HashMap<String, usize>,
        key: &str,
        entity: bool,
    ) -> Option<usize> {
        if let Some(&g) = keys.get(key) {
            return Some(g);
        }
        let (base, admin_only) = match key.split_once(ADMIN_ONLY) {
            Some((base, _)) => (base, true),
            None => (key, false),
        };
        // (Nor through a spelling variant: "Earth" is no Texan town however it is spelled.)
        if crate::scan::NEVER_PLACES.contains(&base) {
            return None;
        }
        let mut cands: Vec<Candidate> =
            self.gaz.lookup_key(base).filter(|c| !admin_only || self.gaz.kind(c.entry) == PlaceKind::Admin).collect();
        if entity || !cands.is_empty() {
            for v in variants(base) {
                for c in self.gaz.lookup_key(&v) {
                    if !cands.iter().any(|o| o.entry == c.entry) && (!admin_only || self.gaz.kind(c.entry) == PlaceKind::Admin) {
                        cands.push(Candidate {
                            entry: c.entry,
                            matched: MatchKind::Variant,
                        });
                    }
                }
            }
            // (A region only: "West Darfur" is GeoNames' "Western Darfur".)
            if let Some(other) = compass_variant(base) {
                for c in self.gaz.lookup_key(&other).filter(|c| self.gaz.kind(c.entry) == PlaceKind::Admin) {
                    if !cands.iter().any(|o| o.entry == c.entry) {
                        cands.push(Candidate { entry: c.entry, matched: MatchKind::Variant });
                    }
                }
            }
        }
        if cands.is_empty() {
            return None;
        }
        let mut scored: Vec<(Candidate, f64)> = cands
            .into_iter()
            .map(|c| (c, self.gaz.prior(c.entry, c.matched)))
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.entry.cmp(&b.0.entry)));
        scored.truncate(MAX_CANDIDATES);
        let (candidates, priors) = scored.into_iter().unzip();
        self.groups.push(Group { candidates, priors });
        self.group_keys.push(key.to_string());
        keys.insert(key.to_string(), self.groups.len() - 1);
        Some(self.groups.len() - 1)
    }

    /// The longest gazetteer name starting at word `i`: (words used, key, capitalised words).
    fn longest_place(
        &self,
        text: &str,
        words: &[Word],
        i: usize,
        free: &dyn Fn(&Word) -> bool,
    ) -> Option<(usize, String, usize)> {
        // Extend over up to four capitalised words, connectors between them and one trailing
        // type word; lower-case words beyond that count only where the whole phrase is a name
        // the gazetteer has ("Zaporizhzhia nuclear power plant").
        let mut ends: Vec<(usize, usize)> = Vec::new(); // (words used, capitalised words)
        let mut caps = 0;
        let mut j = i;
        let mut lower_run = false;
        while j < words.len() && caps < 4 && j - i < 6 {
            let w = &words[j];
            if j > i && !joins_name(text, &words[j - 1], w) {
                break;
            }
            if !free(w) {
                break;
            }
            let lower = text[w.span.range()].to_lowercase();
            if w.cap && !lower_run {
                caps += 1;
                ends.push((j - i + 1, caps));
            } else if j > i && TYPE_TRAILERS.contains(&lower.as_str()) && !lower_run {
                ends.push((j - i + 1, caps));
            } else if j > i && CONNECTORS.contains(&lower.as_str()) && !lower_run {
                // Only inside a name: an end is recorded at the next capitalised word.
            } else if j > i {
                lower_run = true;
                ends.push((j - i + 1, caps));
            } else {
                break;
            }
            if w.possessive {
                break;
            }
            j += 1;
        }
        // "the Belgorod, Kursk and Bryansk regions": each name of a list before a plural type
        // word is that type of place ("Belgorod region"), not the city.
        // (A type word right after the name joins it below: "the Kursk region" is one name.)
        let next_is_type = words.get(i + 1).is_some_and(|w| TYPE_TRAILERS.contains(&text[w.span.range()].to_lowercase().as_str()));
        if words[i].cap && !next_is_type {
            if let Some(key) = region_type_after(text, words[i].span.end()).and_then(|kind| self.admin_key(&text[words[i].span.range()], kind)) {
                return Some((1, key, 1));
            }
        }
        for &(len, cap_words) in ends.iter().rev() {
            let first = words[i].span.start();
            let last = words[i + len - 1].span.end();
            let key = fold_key(&text[first..last]);
            if self.gaz.has_key(&key) {
                return Some((len, key, cap_words));
            }
            // "the Belgorod region" where the gazetteer knows "Belgorod Oblast".
            let trailer = text[words[i + len - 1].span.range()].to_lowercase();
            if len >= 2 && matches!(trailer.as_str(), "region" | "province" | "oblast") {
                let name = &text[first..words[i + len - 2].span.end()];
                if let Some(key) = self.admin_key(name, &trailer) {
                    return Some((len, key, cap_words));
                }
            }
        }
        None
    }

    /// The gazetteer key of the region `name` ("Belgorod") under the names of first-level
    /// divisions ("Belgorod Oblast" for "the Belgorod region"), when the text calls it a
    /// region. (Not a key "X region": a city that is a division of its own, "the St. Petersburg
    /// region", keeps being the city it is elsewhere in the text.)
    fn admin_key(&self, name: &str, kind: &str) -> Option<String> {
        // (A division named like the city it is, "St.-Petersburg", is the city.)
        let bare = fold_key(name);
        let named_alike = |key: &str| {
            self.gaz
                .lookup_key(key)
                .any(|c| self.gaz.kind(c.entry) == PlaceKind::Admin && fold_key(self.gaz.name(c.entry)).replace(['-', '.'], " ").split_whitespace().eq(bare.replace(['-', '.'], " ").split_whitespace()))
        };
        // ("Iraq's Kurdistan region" is no Iranian province: a "region" is only an oblast or a
        // krai under another name.)
        let types: &[&str] = match kind {
            "province" => &["province"],
            "state" => &["state"],
            _ => &["oblast", "krai"],
        };
        let named = types.iter().map(|k| fold_key(&format!("{name} {k}"))).find(|key| self.gaz.has_key(key) && !named_alike(key));
        // ("Washington state", "New York state": the division of the name, when there is one;
        // "Iran state media" names Iran.)
        // (Not a country's name: "Israel state media", "Mexico state oil company", "Georgia
        // state TV" name the country.)
        let division = || {
            let kinds: Vec<PlaceKind> = self.gaz.lookup_key(&bare).map(|c| self.gaz.kind(c.entry)).collect();
            (kind == "state" && kinds.contains(&PlaceKind::Admin) && !kinds.contains(&PlaceKind::Country)).then(|| state_key(name))
        };
        // ("Ukraine's Donetsk region": a division named like its city, the gazetteer's
        // "Donetsk" beside the city of Donetsk, is the division when the text calls it a region;
        // not a city that is a division of its own, "the St. Petersburg region".)
        // (Not in the United States, where "the Washington region" and "the New York region" are
        // the cities' areas; the division and the city in one country.)
        let bare_division = || {
            let region_word = matches!(kind, "region" | "oblast" | "province");
            let city_state = CITY_DIVISIONS.contains(&bare.replace(['-', '.'], " ").split_whitespace().collect::<Vec<_>>().join(" ").as_str());
            let division = self.gaz.lookup_key(&bare).find(|c| self.gaz.kind(c.entry) == PlaceKind::Admin).map(|c| c.entry);
            let country = division.and_then(|d| self.gaz.country_index(d));
            let us = division.and_then(|d| self.gaz.country_code(d)).is_some_and(|c| c == "US");
            let city_there = self.gaz.lookup_key(&bare).any(|c| self.gaz.kind(c.entry) == PlaceKind::City && self.gaz.country_index(c.entry) == country);
            (region_word && !city_state && !us && city_there && named_alike(&bare)).then(|| format!("{bare}{ADMIN_ONLY}"))
        };
        named.or_else(division).or_else(bare_division)
    }

    fn run(self) -> PlaceLayer {
        let n = self.groups.len();
        // Round 0: prominence only.
        let mut choice: Vec<usize> = vec![0; n];
        let trusted: Vec<bool> = (0..n).map(|g| self.trusted(g)).collect();
        let dominant: Vec<Option<usize>> = (0..n).map(|g| self.dominant(g)).collect();
        let current: Vec<u64> = (0..n).map(|g| self.current_city_population(g)).collect();
        let mut accepted = trusted.clone();
        for _ in 0..ROUNDS {
            let ctx_choice = choice.clone();
            let ctx_accepted = accepted.clone();
            for (g, slot) in choice.iter_mut().enumerate() {
                let ctx = Context::build(&self, g, &ctx_choice, &ctx_accepted);
                let mut best = (f64::NEG_INFINITY, 0usize);
                // A town that bears the name today in a country the text names: "Pokrovsk" in a
                // report on Ukraine is the Donetsk town, not Engels, once called Pokrovsk.
                let named_today = self.groups[g].candidates.iter().any(|c| {
                    c.matched == MatchKind::Name
                        && self.gaz.kind(c.entry) == PlaceKind::City
                        && self.gaz.country_index(c.entry).is_some_and(|ci| ctx.countries.get(&ci).copied().unwrap_or(0.0) > 0.0)
                });
                for (ci, c) in self.groups[g].candidates.iter().enumerate() {
                    let famous = if dominant[g] == Some(ci) {
                        DOMINANT_BONUS
                    } else {
                        0.0
                    };
                    // A former name ("Kaliningrad" for Korolev) yields to a city that bears
                    // the name today unless the text says otherwise.
                    let former = if c.matched != MatchKind::Name
                        && self.gaz.kind(c.entry) == PlaceKind::City
                        && (self.gaz.population(c.entry) < current[g] || named_today)
                    {
                        FORMER_NAME_PENALTY
                    } else {
                        0.0
                    };
                    let s = self.groups[g].priors[ci] - former
                        + self.relation_score(g, c.entry, &ctx_choice)
                        + self.type_agreement(g, c.entry)
                        + ctx.coherence(self.gaz, c.entry)
                        + famous;
                    if s > best.0 {
                        best = (s, ci);
                    }
                }
                *slot = best.1;
            }
            for g in 0..n {
                let ctx = Context::build(&self, g, &choice, &accepted);
                // "the 38 North program", "the North": a bare compass word names a region of a
                // country (Cameroon's North) only when the text is about that country.
                let bare_direction = self.group_keys.get(g).is_some_and(|k| !k.contains(char::is_whitespace) && is_direction(k));
                let foreign = self.entry_of(g, &choice).and_then(|e| self.gaz.country_index(e)).is_some_and(|c| ctx.countries.get(&c).copied().unwrap_or(0.0) <= 0.0);
                accepted[g] = (trusted[g] || self.acceptable(g, choice[g], &choice, &ctx))
                    && !(bare_direction && foreign)
                    && !(foreign && self.line_opening_stranger(g, choice[g]))
                    && !(foreign && self.renamed_stranger(g, choice[g], &ctx))
                    && !self.outside_its_stated_division(g, &choice)
                    && !self.village_of_another_country(g, &choice, &accepted);
            }
        }
        self.layer(&choice, &accepted)
    }

    /// The candidate town that dwarfs all other towns of the name: at least
    /// [`DOMINANT_POPULATION`] people and [`DOMINANT_RATIO`] times the next one, by its own name
    /// (an old or foreign name, "Salisbury" for Harare, is no claim to fame). None when a region
    /// or country bears the name too, even weakly ("Washington").
    fn dominant(&self, g: usize) -> Option<usize> {
        let cands = &self.groups[g].candidates;
        if cands.iter().any(|c| {
            matches!(c.matched, MatchKind::Name | MatchKind::Weak)
                && self.gaz.kind(c.entry) != PlaceKind::City
        }) {
            return None;
        }
        let mut towns: Vec<(u64, usize)> = cands
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.matched, MatchKind::Name | MatchKind::Alternate))
            .filter(|(_, c)| self.gaz.kind(c.entry) == PlaceKind::City)
            .map(|(ci, c)| (self.gaz.population(c.entry), ci))
            .collect();
        towns.sort_by_key(|t| std::cmp::Reverse(t.0));
        let (top, ci) = *towns.first()?;
        let next = towns.get(1).map_or(0, |t| t.0);
        let by_name = cands.get(ci).is_some_and(|c| c.matched == MatchKind::Name);
        (by_name && top >= DOMINANT_POPULATION && top >= DOMINANT_RATIO.saturating_mul(next))
            .then_some(ci)
    }

    /// The population of the largest city that bears the group's name as its own, when it is
    /// sizeable ([`DOMINANT_POPULATION`]); else 0.
    fn current_city_population(&self, g: usize) -> u64 {
        self.groups[g]
            .candidates
            .iter()
            .filter(|c| c.matched == MatchKind::Name && self.gaz.kind(c.entry) == PlaceKind::City)
            .map(|c| self.gaz.population(c.entry))
            .filter(|&p| p >= DOMINANT_POPULATION)
            .max()
            .unwrap_or(0)
    }

    /// A small bonus when the entity recogniser's type fits the entry's kind (GPE for a town,
    /// LOC for a sea, FAC for a launch site).
    fn type_agreement(&self, g: usize, e: EntryId) -> f64 {
        let want = self.gaz.kind(e).entity_type();
        let fits = self.group_types.get(g).is_some_and(|ts| ts.contains(&want));
        if fits {
            TYPE_BONUS
        } else {
            0.0
        }
    }

    /// True when some mention of the group comes from the entity layer.
    fn trusted(&self, g: usize) -> bool {
        self.group_types.get(g).is_some_and(|ts| !ts.is_empty())
    }

    fn entry_of(&self, g: usize, choice: &[usize]) -> Option<EntryId> {
        self.groups
            .get(g)?
            .candidates
            .get(*choice.get(g)?)
            .map(|c| c.entry)
    }

    /// Bonus for the containments and proximities the text states around the group's mentions,
    /// judged against the other side's current choice.
    fn relation_score(&self, g: usize, e: EntryId, choice: &[usize]) -> f64 {
        self.relation_score_of(g, e, choice, true)
    }

    /// [`Resolution::relation_score`], optionally without the weaker list relation.
    fn relation_score_of(&self, g: usize, e: EntryId, choice: &[usize], siblings_too: bool) -> f64 {
        let mut score = 0.0;
        for &(a, b, rel) in &self.relations {
            if rel == Rel::Sibling && !siblings_too {
                continue;
            }
            let (ga, gb) = (self.mentions[a].group, self.mentions[b].group);
            if ga == gb {
                continue;
            }
            let fits = |inner: EntryId, outer: EntryId| match rel {
                Rel::In => contains(self.gaz, outer, inner),
                Rel::Near => near(self.gaz, outer, inner),
                Rel::Sibling => siblings(self.gaz, outer, inner),
            };
            let bonus = match rel {
                Rel::In => CONTAINS_BONUS,
                Rel::Near => NEAR_BONUS,
                Rel::Sibling => SIBLING_BONUS,
            };
            if ga == g {
                if let Some(outer) = self.entry_of(gb, choice) {
                    if fits(e, outer) {
                        score += bonus;
                    }
                }
            } else if gb == g {
                if let Some(inner) = self.entry_of(ga, choice) {
                    if fits(inner, e) {
                        score += bonus;
                    }
                }
            }
        }
        score.min(RELATION_CAP)
    }

    /// "the village of Novooleksiivka in Ukraine's Donetsk region": a town the text places in a
    /// division, chosen outside it (the gazetteer knows only a namesake in the Kherson region),
    /// is left unplaced rather than put hundreds of kilometres off.
    fn outside_its_stated_division(&self, g: usize, choice: &[usize]) -> bool {
        let Some(inner) = self.entry_of(g, choice).filter(|&e| self.gaz.kind(e) == PlaceKind::City) else { return false };
        // (Only a division the text names as one, after "in": not a list, "Baltimore,
        // Washington and Richmond".)
        // (Called every round for every group: the text is read only for a relation of this
        // group to a division that does not hold the choice.)
        self.relations.iter().any(|&(a, b, rel)| {
            let (ma, mb) = (&self.mentions[a], &self.mentions[b]);
            let outside = rel == Rel::In
                && ma.group == g
                && mb.group != g
                && self.entry_of(mb.group, choice).is_some_and(|outer| self.gaz.kind(outer) == PlaceKind::Admin && !contains(self.gaz, outer, inner));
            outside && {
                let gap = self.text.get(ma.span.end()..mb.span.start()).unwrap_or("").to_lowercase();
                gap.split_whitespace().any(|w| matches!(w, "in" | "inside" | "within")) && self.called_a_division(mb)
            }
        })
    }

    /// Whether the text names the place of a mention as a division: "the Donetsk region",
    /// "Kursk Oblast" (the type word may be part of the mention).
    fn called_a_division(&self, m: &Mention) -> bool {
        let name = self.text.get(m.span.range()).unwrap_or("").to_lowercase();
        region_type_after(self.text, m.span.end()).is_some() || ["region", "oblast", "province", "krai"].iter().any(|w| name.ends_with(w))
    }

    /// "HUR reports losses in the Kursk region of the Russian Federation ... near the
    /// settlements of Plekhovo, Vorozhba and Martynovka": villages named as such, with no
    /// division of their own, in a report whose divisions are all of another country than the
    /// small towns the gazetteer offers for them, are left unplaced (the villages of the region
    /// are not in the gazetteer; their namesakes are hundreds of kilometres off).
    fn village_of_another_country(&self, g: usize, choice: &[usize], accepted: &[bool]) -> bool {
        let Some(town) = self.entry_of(g, choice).filter(|&e| self.gaz.kind(e) == PlaceKind::City && self.gaz.population(e) < sitrep_doc::SMALL_TOWN) else {
            return false;
        };
        // (A division of its own, not a list's next town, "Plekhovo, Vorozhba", or a place of
        // its country nearby: "the village of Krasnohorivka near Pokrovsk".)
        let country = self.gaz.country_index(town);
        let placed = self.relations.iter().any(|&(a, b, rel)| {
            let other = if self.mentions[a].group == g { b } else if self.mentions[b].group == g { a } else { return false };
            self.entry_of(self.mentions[other].group, choice).is_some_and(|e| match rel {
                Rel::In => matches!(self.gaz.kind(e), PlaceKind::Admin | PlaceKind::Country),
                Rel::Near => self.gaz.country_index(e) == country,
                Rel::Sibling => false,
            })
        });
        if placed {
            return false;
        }
        let text = self.text;
        let ms: Vec<&Mention> = self.mentions.iter().filter(|m| m.group == g).collect();
        // (After "the village(s) of" or "the settlement(s) of", maybe further on in a list.)
        let named_a_village = |m: &&Mention| {
            let mut from = m.span.start().saturating_sub(90);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let before = &text[from..m.span.start()];
            SETTLEMENT_LISTS.iter().any(|cue| {
                before.rfind(cue).is_some_and(|at| {
                    before[at + cue.len()..].split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty()).all(|w| w == "and" || w.starts_with(char::is_uppercase))
                })
            })
        };
        if ms.is_empty() || !ms.iter().all(named_a_village) {
            return false;
        }
        // The divisions the report names as such ("the Kursk region") in the few paragraphs
        // before the village, by country.
        let first = ms.iter().map(|m| m.span.start()).min().unwrap_or(0);
        let divisions: Vec<Option<u16>> = self
            .mentions
            .iter()
            .filter(|m| m.group != g && accepted.get(m.group).copied().unwrap_or(false) && m.span.start() < first && first - m.span.start() < 600)
            .filter_map(|m| {
                let e = self.entry_of(m.group, choice).filter(|&e| self.gaz.kind(e) == PlaceKind::Admin)?;
                self.called_a_division(m).then(|| self.gaz.country_index(e))
            })
            .collect();
        !divisions.is_empty() && divisions.iter().all(|&c| c != country)
    }

    /// "Kim sends more troops to Russia": a one-word name that only ever opens a line (a
    /// headline's subject), chosen as a small town of a country the document does not speak of,
    /// with nothing placing it, is more likely a person the headline names by one word.
    fn line_opening_stranger(&self, g: usize, ci: usize) -> bool {
        let text = self.text;
        let Some(c) = self.groups[g].candidates.get(ci) else {
            return false;
        };
        let ms: Vec<&Mention> = self.mentions.iter().filter(|m| m.group == g).collect();
        let opens_line = |m: &&Mention| m.span.start() == 0 || text[..m.span.start()].ends_with('\n');
        let small_town = self.gaz.kind(c.entry) == PlaceKind::City && self.gaz.population(c.entry) < sitrep_doc::SMALL_TOWN;
        // (A dateline, "PLEASANTON, Calif. --", names where the story was filed.)
        small_town && !ms.is_empty() && ms.iter().all(|m| m.words == 1 && m.cue == 0 && opens_line(m) && !is_dateline(text, m.span))
    }

    /// "stuck at a checkpoint outside the town of Tawila" in a report on Sudan: a small town of a
    /// country the text never speaks of, found only by another name of it (a romanisation,
    /// "Aţ Ţawīlah" in Yemen), while the text speaks of other countries, is more likely a place
    /// the gazetteer lacks.
    fn renamed_stranger(&self, g: usize, ci: usize, ctx: &Context) -> bool {
        let Some(c) = self.groups[g].candidates.get(ci) else {
            return false;
        };
        // (Not another spelling of the town's own name: "Avdiivka" for Avdiyivka, in a report
        // that may not name Ukraine; the consonants are the same.)
        let skeleton = |name: &str| fold_key(name).chars().filter(|ch| ch.is_alphanumeric() && !"aeiouy".contains(*ch)).collect::<String>();
        let own_spelling = self.group_keys.get(g).is_some_and(|k| skeleton(k) == skeleton(self.gaz.name(c.entry)));
        let small_town = self.gaz.kind(c.entry) == PlaceKind::City && self.gaz.population(c.entry) < sitrep_doc::SMALL_TOWN;
        small_town && c.matched != MatchKind::Name && !own_spelling && ctx.countries.values().any(|&w| w > 0.0)
    }

    /// Whether a name found only by the scan is a place, given the chosen entry.
    fn acceptable(&self, g: usize, ci: usize, choice: &[usize], ctx: &Context) -> bool {
        let Some(c) = self.groups[g].candidates.get(ci) else {
            return false;
        };
        let e = c.entry;
        let kind = self.gaz.kind(e);
        let pop = self.gaz.population(e);
        let ms: Vec<&Mention> = self.mentions.iter().filter(|m| m.group == g).collect();
        let cue = ms.iter().any(|m| m.cue > 0);
        let strong_cue = ms.iter().any(|m| m.cue > 1);
        let related = self.relation_score(g, e, choice) > 0.0;
        let coherent = ctx.near_score(self.gaz, e) > 0.3 || ctx.shares_admin(self.gaz, e);
        let evidence = cue || related || coherent;
        let words = ms.iter().map(|m| m.words).max().unwrap_or(1);
        let strong_kind = !matches!(kind, PlaceKind::City);
        if matches!(c.matched, MatchKind::Weak | MatchKind::Variant) && !evidence {
            return false;
        }
        if ms.iter().all(|m| m.all_caps) {
            // Short capitals ("US", "DMZ") name countries and regions, rarely towns, and a town
            // only by its own name, not by an alternate one.
            return strong_kind || (pop >= 100_000 && c.matched == MatchKind::Name);
        }
        // A name also used for a person needs a locative cue or a stated containment: a list
        // of surnames looks like a list of towns.
        let personal = ms.iter().any(|m| m.speech) || self.tainted_group(g);
        let placed = strong_cue || self.relation_score_of(g, e, choice, false) > 0.0;
        if !strong_kind && personal && pop < 300_000 && !placed {
            return false;
        }
        if ms.iter().all(|m| m.title_line) && words == 1 && !strong_kind && pop < 100_000 {
            return false;
        }
        if words >= 2 {
            return strong_kind || pop >= 1_000 || evidence;
        }
        if ms.iter().all(|m| m.sentence_initial) && !strong_kind && pop < 1_000_000 {
            // A capital that opens a sentence says nothing about the word ("Split was quiet").
            return evidence;
        }
        if !strong_kind && c.matched != MatchKind::Name && pop < 1_000_000 {
            // A town found by an alternate name ("Julia", "Levi") needs support.
            return evidence;
        }
        strong_kind || pop >= 50_000 || evidence
    }

    /// True when the group's name was also seen ending a longer capitalised name.
    fn tainted_group(&self, g: usize) -> bool {
        self.group_keys
            .get(g)
            .is_some_and(|k| self.tainted.contains(k))
    }

    fn layer(&self, choice: &[usize], accepted: &[bool]) -> PlaceLayer {
        let mut layer = PlaceLayer::default();
        let mut index: HashMap<EntryId, usize> = HashMap::new();
        let regions = self.regions_named_as_such(choice, accepted);
        for m in &self.mentions {
            if !accepted.get(m.group).copied().unwrap_or(false) {
                continue;
            }
            let Some(e) = self.entry_of(m.group, choice) else {
                continue;
            };
            // (In the headline, or where ground forces fight or stand: the body's "Missiles hit
            // Kharkiv" beside "the Kharkiv region" is the city, "fighting in Kursk" the region.)
            let headline = !self.text[..m.span.start()].contains('\n');
            let e = match regions.get(&m.group) {
                Some(&region) if headline || ground_war_setting(self.text, m.span.start()) => region,
                _ => e,
            };
            let place = *index.entry(e).or_insert_with(|| {
                layer.places.push(self.gaz.place(e));
                layer.places.len() - 1
            });
            layer.mentions.push(PlaceMention {
                span: m.span,
                place,
            });
        }
        layer
    }
}

impl Resolution<'_> {
    /// "North Korean troops suffer losses in Kursk", a headline over a report that names
    /// "Russia's Kursk region": a headline's bare name the text also gives a region under
    /// ("Kursk Oblast", chosen for another group) shortens that region's name; it is not the
    /// city of the same name inside it (unless the text says it is the city: "the city of
    /// Kursk", "Kursk city", "the regional capital", "mayor of Kursk"). By group of the bare
    /// name; the caller applies it to the headline's mentions.
    fn regions_named_as_such(&self, choice: &[usize], accepted: &[bool]) -> HashMap<usize, EntryId> {
        let mut out = HashMap::new();
        let chosen = |g: usize| accepted.get(g).copied().unwrap_or(false).then(|| self.entry_of(g, choice)).flatten();
        let named_as_city = |g: usize| {
            self.mentions.iter().filter(|m| m.group == g).any(|m| {
                let before: String = self.text[..m.span.start()].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect::<String>().to_ascii_lowercase();
                let after = self.text[m.span.end()..].chars().take(24).collect::<String>().to_ascii_lowercase();
                ["city of", "town of", "mayor of"].iter().any(|p| before.trim_end().ends_with(p))
                    || [" city", "'s mayor", "’s mayor", ", the regional capital", ", the capital of"].iter().any(|p| after.starts_with(p))
            })
        };
        for g in 0..self.groups.len() {
            let Some(city) = chosen(g).filter(|&e| self.gaz.kind(e) == PlaceKind::City) else { continue };
            if named_as_city(g) {
                continue;
            }
            let Some(key) = self.group_keys.get(g) else { continue };
            let city_admin = self.gaz.place(city).admin1;
            let region = (0..self.groups.len()).filter(|&h| h != g).filter_map(chosen).find(|&r| {
                let name = self.gaz.name(r);
                self.gaz.kind(r) == PlaceKind::Admin
                    && fold_key(name).strip_prefix(key.as_str()).is_some_and(|rest| rest.starts_with(' '))
                    && city_admin.as_deref() == Some(name)
            });
            if let Some(r) = region {
                out.insert(g, r);
            }
        }
        out
    }
}

/// What the rest of the document says, seen from one group.
struct Context {
    /// Weight of each country index.
    countries: HashMap<u16, f64>,
    total: f64,
    focus: Option<u16>,
    /// Point, radius and admin region of the other chosen places.
    points: Vec<((f64, f64), f64, Option<u16>)>,
}

impl Context {
    fn build(r: &Resolution<'_>, g: usize, choice: &[usize], accepted: &[bool]) -> Context {
        let mut countries: HashMap<u16, f64> = r.demonym_weight.clone();
        let mut points = Vec::new();
        for (h, group) in r.groups.iter().enumerate() {
            if h == g || !accepted.get(h).copied().unwrap_or(false) {
                continue;
            }
            let Some(c) = choice.get(h).and_then(|&ci| group.candidates.get(ci)) else {
                continue;
            };
            let e = c.entry;
            let count = r.mention_counts.get(h).copied().unwrap_or(0).min(3) as f64;
            let kind = r.gaz.kind(e);
            if let Some(ci) = r.gaz.country_index(e) {
                let w = if kind == PlaceKind::Country { 2.0 } else { 1.0 };
                *countries.entry(ci).or_insert(0.0) += w * count;
            }
            if kind != PlaceKind::Country {
                points.push((r.gaz.lat_lon(e), r.gaz.radius_km(e), r.gaz.admin_index(e)));
            }
        }
        let total: f64 = countries.values().sum();
        let focus = countries
            .iter()
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
            .filter(|(_, &w)| w > 0.0)
            .map(|(&c, _)| c);
        Context {
            countries,
            total,
            focus,
            points,
        }
    }

    /// Closeness to the nearest other place, 0..1, discounted for vast regions.
    fn near_score(&self, gaz: &Gazetteer, e: EntryId) -> f64 {
        if gaz.kind(e) == PlaceKind::Country {
            return 0.0;
        }
        let p = gaz.lat_lon(e);
        let r = gaz.radius_km(e);
        self.points
            .iter()
            .map(|&(q, rq, _)| {
                let d = (haversine_km(p, q) - r - rq).max(0.0);
                (-d / 250.0).exp() / (1.0 + rq / 500.0)
            })
            .fold(0.0, f64::max)
    }

    fn shares_admin(&self, gaz: &Gazetteer, e: EntryId) -> bool {
        gaz.kind(e) == PlaceKind::City
            && gaz
                .admin_index(e)
                .is_some_and(|a| self.points.iter().any(|&(_, _, b)| b == Some(a)))
    }

    fn coherence(&self, gaz: &Gazetteer, e: EntryId) -> f64 {
        let mut s = 0.0;
        if let Some(ci) = gaz.country_index(e) {
            if self.total > 0.0 {
                s += 3.0 * self.countries.get(&ci).copied().unwrap_or(0.0) / self.total;
            }
            if self.focus == Some(ci) {
                s += 1.0;
            }
        }
        if gaz.kind(e) != PlaceKind::Country && !self.points.is_empty() {
            let p = gaz.lat_lon(e);
            let r = gaz.radius_km(e);
            let mean = self
                .points
                .iter()
                .map(|&(q, rq, _)| {
                    let d = (haversine_km(p, q) - r - rq).max(0.0);
                    (-d / 1000.0).exp() / (1.0 + rq / 500.0)
                })
                .sum::<f64>()
                / self.points.len() as f64;
            s += 3.0 * self.near_score(gaz, e) + 1.5 * mean;
        }
        s
    }
}

/// True when the span is a news dateline: capitals opening the text or a line, followed by a
/// dash, a parenthesis or a comma ("WINNIPEG — ...", "NEW YORK (AP) — ..."). Whatever type the
/// recogniser gave it, a dateline names the place the story was filed from.
fn is_dateline(text: &str, span: Span) -> bool {
    let Some(name) = text.get(span.range()) else {
        return false;
    };
    let before = text.get(..span.start()).unwrap_or("");
    let line_start = before.trim_end_matches([' ', '\t', '(']).is_empty()
        || before.trim_end_matches([' ', '\t', '(']).ends_with('\n');
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3 && name.chars().all(|c| !c.is_lowercase());
    let after = text
        .get(span.end()..)
        .unwrap_or("")
        .trim_start_matches([' ', ')']);
    let marker = ["—", "–", "-", "(", ","]
        .iter()
        .any(|m| after.starts_with(m));
    line_start && capitals && marker
}

/// True when `key` is a country's name or alias ("russia", "us"): an organisation or other
/// entity named exactly so is the country named for its government or team ("Russia expelled",
/// "Canada won"), a metonymic use of the place name that still places the story.
fn names_country(gaz: &Gazetteer, key: &str) -> bool {
    gaz.lookup_key(key).any(|c| {
        gaz.kind(c.entry) == PlaceKind::Country
            && matches!(c.matched, MatchKind::Name | MatchKind::Alternate)
    })
}

/// True when `outer` contains `inner` by the gazetteer's own knowledge.
fn contains(gaz: &Gazetteer, outer: EntryId, inner: EntryId) -> bool {
    if outer == inner {
        return false;
    }
    let (ko, ki) = (gaz.kind(outer), gaz.kind(inner));
    let same_country =
        gaz.country_index(outer).is_some() && gaz.country_index(outer) == gaz.country_index(inner);
    let dist = || haversine_km(gaz.lat_lon(outer), gaz.lat_lon(inner));
    match ko {
        PlaceKind::Country => ki != PlaceKind::Country && same_country,
        PlaceKind::Admin => {
            ki != PlaceKind::Country
                && (matches!((gaz.admin_index(outer), gaz.admin_index(inner)), (Some(a), Some(b)) if a == b)
                    || (same_country && dist() <= gaz.radius_km(outer)))
        }
        PlaceKind::Region | PlaceKind::Water | PlaceKind::Other | PlaceKind::Facility => {
            ki != PlaceKind::Country
                && (gaz.country_index(outer).is_none() || same_country)
                && dist() <= gaz.radius_km(outer).max(30.0)
        }
        PlaceKind::City => matches!(ki, PlaceKind::City | PlaceKind::Facility) && dist() <= 30.0,
    }
}

/// True when two listed places look like one list: same country, same scale, not far apart.
fn siblings(gaz: &Gazetteer, a: EntryId, b: EntryId) -> bool {
    let (ka, kb) = (gaz.kind(a), gaz.kind(b));
    // (Same scale: "California, Virginia and Indiana" are three states, not a town of
    // Maryland beside two states.)
    if a == b || ka == PlaceKind::Country || kb == PlaceKind::Country || ka != kb {
        return false;
    }
    gaz.country_index(a).is_some()
        && gaz.country_index(a) == gaz.country_index(b)
        && haversine_km(gaz.lat_lon(a), gaz.lat_lon(b))
            <= 1500.0 + gaz.radius_km(a) + gaz.radius_km(b)
}

/// True when `inner` lies within a short distance of `outer`'s extent.
fn near(gaz: &Gazetteer, outer: EntryId, inner: EntryId) -> bool {
    if outer == inner || gaz.kind(inner) == PlaceKind::Country {
        return false;
    }
    let d = haversine_km(gaz.lat_lon(outer), gaz.lat_lon(inner));
    d <= gaz.radius_km(outer) + gaz.radius_km(inner) + 150.0
}

/// The name span of an entity mention: without a leading "the", a possessive ending or trailing
/// punctuation; with its end including the possessive ending, and whether there is one.
fn trim_mention(text: &str, span: Span) -> Option<(Span, usize, bool)> {
    let mut s = span.start();
    let mut e = span.end();
    let raw = text.get(s..e)?;
    for article in ["the ", "The ", "THE "] {
        if raw.starts_with(article) && raw.len() > article.len() {
            s += article.len();
            break;
        }
    }
    let mut full_end = e;
    let mut possessive = false;
    {
        let cur = text.get(s..e)?;
        for suffix in ["’s", "'s", "’S", "'S"] {
            if cur.len() > suffix.len() && cur.ends_with(suffix) {
                e -= suffix.len();
                possessive = true;
                break;
            }
        }
    }
    if !possessive {
        let after = text.get(e..).unwrap_or("");
        for suffix in ["’s", "'s"] {
            if let Some(rest) = after.strip_prefix(suffix) {
                if !rest.chars().next().is_some_and(char::is_alphanumeric) {
                    full_end = e + suffix.len();
                    possessive = true;
                    break;
                }
            }
        }
    }
    let cur = text.get(s..e)?;
    let trimmed = cur.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')');
    let trimmed = trimmed.trim_end_matches(|c: char| c.is_whitespace());
    e = s + trimmed.len();
    let lead = trimmed.len() - trimmed.trim_start().len();
    s += lead;
    (s < e).then(|| (Span::new(s, e), full_end.max(e), possessive))
}

/// How strongly the word before `start` marks a location: 2 for "in", "near", "the city of",
/// 1 for "to", "from", "at", 0 for none.
fn cue_strength(text: &str, start: usize) -> u8 {
    let Some(prev) = previous_word(text, start) else {
        return 0;
    };
    let p = prev.to_lowercase();
    if STRONG_CUES.contains(&p.as_str()) {
        return 2;
    }
    if WEAK_CUES.contains(&p.as_str()) {
        return 1;
    }
    if p == "of" {
        let before = text[..start].trim_end();
        let of_start = before.len().saturating_sub(2);
        if let Some(noun) = previous_word(text, of_start) {
            return if PLACE_NOUNS.contains(&noun.to_lowercase().as_str()) {
                2
            } else {
                0
            };
        }
    }
    0
}

/// A demonym of one to three words starting at word `i`: (words, country index).
fn demonym_length(gaz: &Gazetteer, text: &str, words: &[Word], i: usize) -> Option<(usize, u16)> {
    let mut best = None;
    for len in 1..=3 {
        let Some(last) = words.get(i + len - 1) else {
            break;
        };
        if len > 1 && !(last.cap && joins_name(text, &words[i + len - 2], last)) {
            break;
        }
        let phrase = &text[words[i].span.start()..last.span.end()];
        if let Some(iso) = gaz.demonym(phrase) {
            if let Some(ci) = gaz.country(iso).and_then(|e| gaz.country_index(e)) {
                best = Some((len, ci));
            }
        }
    }
    best
}

/// How a candidate name sits among its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Run {
    /// Not part of a longer capitalised name.
    Alone,
    /// Ends a longer name: after a title or another capitalised word ("Megyn Kelly").
    AfterName,
    /// Opens a longer name ("Kyiv Independent").
    BeforeName,
}

/// Whether the words `i..i+len` sit inside a longer run of capitalised words (a title before
/// it, or a capitalised neighbour on either side): "Kyiv" in "Kyiv Independent", "Jordan" in
/// "Michael Jordan". Headlines in title case are exempt.
fn runs_into_longer_name(text: &str, words: &[Word], i: usize, len: usize) -> Run {
    let first = &words[i];
    let last = &words[i + len - 1];
    if first.title_line {
        return Run::Alone;
    }
    let lower = |w: &Word| text[w.span.range()].to_lowercase();
    if i > 0 {
        let prev = &words[i - 1];
        let adjacent = joins_name(text, prev, first)
            || text.get(prev.span.end()..first.span.start()) == Some(". ");
        if adjacent && TITLES.contains(&lower(prev).trim_end_matches('.')) {
            return Run::AfterName;
        }
        if joins_name(text, prev, first)
            && prev.cap
            && !prev.sentence_initial
            && !CALENDAR.contains(&lower(prev).as_str())
        {
            return Run::AfterName;
        }
    }
    if let Some(next) = words.get(i + len) {
        if joins_name(text, last, next) && next.cap && !CALENDAR.contains(&lower(next).as_str()) {
            return Run::BeforeName;
        }
    }
    Run::Alone
}

/// Verbs of saying that make a neighbouring capitalised word a speaker.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "explained",
    "noted",
    "argued",
    "asked",
    "replied",
    "tweeted",
    "recalled",
    "insisted",
    "admitted",
    "acknowledged",
];

/// True when a speech verb directly follows the name or directly precedes it ("said Kelly").
fn next_to_speech_verb(text: &str, start: usize, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    let next: String = after
        .trim_start_matches([' ', ','])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if SPEECH_VERBS.contains(&next.as_str()) && after.starts_with(' ') {
        return true;
    }
    let before = text.get(..start).unwrap_or("");
    before.ends_with(' ')
        && previous_word(text, start)
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "said" | "says"))
}

/// Containment and proximity the text states between neighbouring mentions.
fn relations(text: &str, mentions: &[Mention]) -> Vec<(usize, usize, Rel)> {
    let mut out = Vec::new();
    for a in 0..mentions.len() {
        let Some(b) = (a + 1 < mentions.len()).then_some(a + 1) else {
            break;
        };
        let (ma, mb) = (&mentions[a], &mentions[b]);
        let Some(gap) = text.get(ma.full_end..mb.span.start()) else {
            continue;
        };
        if ma.possessive && !gap.is_empty() && gap.trim().is_empty() {
            // "Russia’s Khabarovsk"
            out.push((b, a, Rel::In));
            continue;
        }
        if ma.possessive {
            continue;
        }
        let g = gap.trim().to_lowercase();
        if g == "," {
            // "Ussuriysk, Primorsky Krai", or a list: "Kharkiv, Sumy".
            out.push((a, b, Rel::In));
            out.push((a, b, Rel::Sibling));
            continue;
        }
        if matches!(g.as_str(), "and" | "or" | ", and" | ", or" | "&") {
            out.push((a, b, Rel::Sibling));
            continue;
        }
        let mut words: Vec<&str> = g.split_whitespace().collect();
        // "the villages of Plekhovo, Vorozhba and Martynovka in the Kursk region": a list's last
        // name the gazetteer lacks stands between the list and its division.
        let original: Vec<&str> = gap.split_whitespace().collect();
        // (", and Martynovka in": the Oxford comma stands apart or against the last name.)
        let skip = if original.first() == Some(&",") && original.get(1).is_some_and(|w| matches!(*w, "and" | "or")) { 2 } else { 1 };
        let joined_name = original.len() >= skip + 2
            && matches!(original[0], "and" | "or" | "," | ",and" | ",or")
            && original[skip..].iter().position(|w| matches!(*w, "in" | "inside" | "within")).is_some_and(|p| {
                (1..=2).contains(&p) && original[skip..skip + p].iter().all(|w| w.starts_with(char::is_uppercase))
            });
        if joined_name {
            let p = skip + original[skip..].iter().position(|w| matches!(*w, "in" | "inside" | "within")).unwrap_or(0);
            words = words.split_off(p.min(words.len()));
        }
        let in_words = ["in", "inside", "within"];
        let near_words = ["near", "outside", "by"];
        let mut ws = words.as_slice();
        if let [first, rest @ ..] = ws {
            let rel = if in_words.contains(first) {
                Some(Rel::In)
            } else if near_words.contains(first)
                || (rest.first() == Some(&"of") && is_direction(first))
            {
                ws = if rest.first() == Some(&"of") {
                    &rest[1..]
                } else {
                    rest
                };
                Some(Rel::Near)
            } else if *first == "close" && rest.first() == Some(&"to") {
                ws = &rest[1..];
                Some(Rel::Near)
            } else {
                None
            };
            let Some(rel) = rel else { continue };
            if rel == Rel::In {
                ws = rest;
            }
            // Allow "the" and a direction adjective between: "in the north of", "in eastern".
            let filler = ws
                .iter()
                .all(|w| *w == "the" || is_direction(w.trim_end_matches(',')));
            if !filler || ws.len() > 2 {
                continue;
            }
            out.push((a, b, rel));
            // "the villages of Plekhovo, Vorozhba and Martynovka in the Kursk region": the names
            // of a list of villages are in it too (not "struck Kharkiv, Sumy and Kramatorsk in
            // the Donetsk region", a list of towns of their own).
            let opened_by_villages = |x: usize| {
                let end = mentions[x].span.start();
                let mut from = end.saturating_sub(40);
                while !text.is_char_boundary(from) {
                    from -= 1;
                }
                let before = text.get(from..end).unwrap_or("").trim_end().to_lowercase();
                SETTLEMENT_LISTS.iter().any(|p| before.ends_with(p.trim_end()))
            };
            if rel == Rel::In {
                let mut x = a;
                let mut listed = Vec::new();
                while x > 0 {
                    let between = text.get(mentions[x - 1].full_end..mentions[x].span.start()).unwrap_or("").trim().to_lowercase();
                    if mentions[x - 1].possessive || !matches!(between.as_str(), "," | "and" | ", and" | "or" | ", or") {
                        break;
                    }
                    x -= 1;
                    listed.push(x);
                }
                if listed.last().is_some_and(|&first| opened_by_villages(first)) {
                    out.extend(listed.into_iter().map(|x| (x, b, rel)));
                }
            }
            // "in Russia’s Far East": the region after the possessive contains it too.
            if mb.possessive {
                if let Some(mc) = mentions.get(b + 1) {
                    let tail = text.get(mb.full_end..mc.span.start()).unwrap_or("x");
                    if !tail.is_empty() && tail.trim().is_empty() {
                        out.push((a, b + 1, rel));
                    }
                }
            }
        }
    }
    out
}

/// Words that open a list of settlements ("the villages of Plekhovo, Vorozhba and ..."), with
/// the space that follows them.
const SETTLEMENT_LISTS: &[&str] = &[
    "villages of ", "village of ", "settlements of ", "settlement of ", "hamlets of ", "hamlet of ", "towns of ",
];

fn is_direction(w: &str) -> bool {
    let w = w.trim_end_matches("ern");
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
            | "central"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
    )
}

#[cfg(test)]
mod tests {
    //! Resolution on sentences written for these tests, against the embedded gazetteer.
    use sitrep_doc::{DocMeta, Entity, EntityLayer, EntityMention, MentionKind, Place};

    use super::*;

    fn resolver() -> GeoResolver {
        GeoResolver::embedded().expect("the embedded gazetteer loads")
    }

    /// (mention text, place) pairs in text order.
    fn resolve(text: &str) -> Vec<(String, Place)> {
        let doc = Doc::from_text(DocMeta::default(), text);
        pairs(&doc, &resolver().resolve(&doc))
    }

    fn pairs(doc: &Doc, layer: &PlaceLayer) -> Vec<(String, Place)> {
        layer
            .mentions
            .iter()
            .map(|m| (doc.slice(m.span).to_string(), layer.places[m.place].clone()))
            .collect()
    }

    fn place<'a>(found: &'a [(String, Place)], surface: &str) -> &'a Place {
        &found
            .iter()
            .find(|(s, _)| s == surface)
            .unwrap_or_else(|| panic!("`{surface}` not resolved in {found:#?}"))
            .1
    }

    fn absent(found: &[(String, Place)], surface: &str) {
        assert!(
            !found.iter().any(|(s, _)| s == surface),
            "`{surface}` should not be a place: {found:#?}"
        );
    }

    fn with_entities(text: &str, ents: &[(&str, EntityType)]) -> Doc {
        let mut doc = Doc::from_text(DocMeta::default(), text);
        let mut layer = EntityLayer::default();
        for (surface, ty) in ents {
            let start = text.find(surface).expect("entity text in fixture");
            layer.entities.push(Entity {
                name: surface.to_string(),
                entity_type: *ty,
                org_kind: None,
                aliases: vec![],
                country: None,
            });
            layer.mentions.push(EntityMention {
                span: Span::new(start, start + surface.len()),
                entity: layer.entities.len() - 1,
                kind: MentionKind::Name,
            });
        }
        doc.set_entities(layer).expect("entities fit");
        doc
    }

    #[test]
    fn a_countrys_capital_named_by_the_word_is_its_capital_city() {
        let doc = with_entities(
            "Instructors arrived in Niger's capital on Wednesday. Fighting reached the capital of Sudan. Russia's capital markets fell.",
            &[("Niger", EntityType::Gpe), ("Sudan", EntityType::Gpe), ("Russia", EntityType::Gpe)],
        );
        let found = pairs(&doc, &resolver().resolve(&doc));
        let capitals: Vec<&str> = found.iter().filter(|(s, _)| s == "capital").map(|(_, p)| p.name.as_str()).collect();
        assert_eq!(capitals, ["Niamey", "Khartoum"], "{found:#?}");
        // (The country stays where it is named.)
        assert_eq!(place(&found, "Niger").kind, PlaceKind::Country);
        // Nor a longer word: "China's capitalist reforms".
        let doc = with_entities("Niger's capitalist reforms stalled.", &[("Niger", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        absent(&found, "capital");
        // Not when the capital is named right after: "Sudan's capital, Khartoum".
        let doc = with_entities("Fighting reached Sudan's capital, Khartoum.", &[("Sudan", EntityType::Gpe), ("Khartoum", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        absent(&found, "capital");
        // Nor the capital of a region the country owns: "the capital of Sudan's North Darfur".
        let doc = with_entities("A strike hit El Fasher, the capital of Sudan's North Darfur state.", &[("El Fasher", EntityType::Gpe), ("Sudan", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        absent(&found, "capital");
    }

    #[test]
    fn a_month_of_a_time_expression_is_no_place_but_a_zones_town_is() {
        // ("Nov" is a town in Tajikistan.)
        let text = "Drills run from Nov. 12 to Nov. 15 near Taipei, starting at 10 a.m. Moscow time.";
        let mut doc = Doc::from_text(DocMeta::default(), text);
        let expr = |surface: &str, value: &str| {
            let start = text.find(surface).expect("time text in fixture");
            sitrep_doc::TimeExpr { span: Span::new(start, start + surface.len()), timex_type: sitrep_doc::TimexType::Date, value: value.into(), timex_mod: None }
        };
        let exprs = vec![expr("Nov. 12", "2024-11-12"), expr("Nov. 15", "2024-11-15"), expr("10 a.m. Moscow time", "2024-11-12T10:00")];
        doc.set_times(sitrep_doc::TimeLayer { exprs, intervals: Vec::new() }).expect("times fit");
        let found = pairs(&doc, &resolver().resolve(&doc));
        absent(&found, "Nov");
        assert_eq!(place(&found, "Taipei").country.as_deref(), Some("TW"));
        assert_eq!(place(&found, "Moscow").country.as_deref(), Some("RU"));
    }

    #[test]
    fn a_common_word_the_recogniser_took_for_a_place_is_one_only_after_a_word_of_place() {
        let doc = with_entities("The Federal mine closed. Protests in Reading grew.", &[("Federal", EntityType::Gpe), ("Reading", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        absent(&found, "Federal");
        assert_eq!(place(&found, "Reading").country.as_deref(), Some("GB"));
    }

    #[test]
    fn a_states_abbreviation_after_a_town_is_the_state_and_a_titles_is_nothing() {
        let found = resolve("He marched in Selma, Ala., and spoke in Kansas City, Mo., before the Rev. Peter Wherry and the S.E.C. arrived.");
        assert_eq!(place(&found, "Ala.").name, "Alabama", "{found:#?}");
        assert_eq!(place(&found, "Mo.").name, "Missouri", "{found:#?}");
        absent(&found, "Rev");
        absent(&found, "S.E.C");
        absent(&found, "S.E.C.");
        let doc = with_entities("They would not tell the I.R.S. anything.", &[("I.R.S.", EntityType::Gpe)]);
        absent(&pairs(&doc, &resolver().resolve(&doc)), "I.R.S.");
    }

    #[test]
    fn a_bare_name_the_text_also_gives_as_a_region_is_the_region() {
        let found = resolve("Troops suffer losses in Kursk. They were sent to Russia's Kursk region in October.");
        let kursk: Vec<_> = found.iter().filter(|(s, _)| s == "Kursk").map(|(_, p)| p.name.clone()).collect();
        assert!(!kursk.is_empty() && kursk.iter().all(|n| n == "Kursk Oblast"), "{found:#?}");
        // Named as the city, it stays the city.
        let found = resolve("Drones hit the city of Kursk. Troops moved to the Kursk region.");
        let kursk: Vec<_> = found.iter().filter(|(s, _)| s == "Kursk").map(|(_, p)| p.name.clone()).collect();
        assert!(kursk.contains(&"Kursk".to_string()), "{found:#?}");
        // "Tver regional governor": the region's.
        let found = resolve("A fire broke out in Toropets, Tver regional governor Igor Rudenya said.");
        assert_eq!(place(&found, "Tver").name, "Tver Oblast", "{found:#?}");
        // Only a headline shortens the region's name: the body's "Kharkiv" is the city.
        let found = resolve("Strikes on Ukraine\n\nMissiles hit Kharkiv on Friday. Elsewhere in the Kharkiv region, drones hit a depot.");
        assert_eq!(place(&found, "Kharkiv").name, "Kharkiv", "{found:#?}");
        // Unless ground forces fight or stand there: then the body's name is the region (not
        // where a strike or a visit falls).
        let text = "Troops sent to Kursk\n\nThey were sent to Russia's Kursk region. Some had taken part in combat in Kursk, \
                    and 11,000 troops had arrived in Kursk by Monday. Drones struck Kursk overnight. Two soldiers were killed \
                    in Kursk when a missile hit a school.";
        let doc = Doc::from_text(DocMeta::default(), text);
        let layer = resolver().resolve(&doc);
        let name_at = |needle: &str| {
            let at = text.find(needle).unwrap() + needle.len() - "Kursk".len();
            let m = layer.mentions.iter().find(|m| m.span.start() == at).unwrap_or_else(|| panic!("{needle}: {layer:#?}"));
            layer.places[m.place].name.clone()
        };
        assert_eq!(name_at("combat in Kursk"), "Kursk Oblast");
        assert_eq!(name_at("arrived in Kursk"), "Kursk Oblast");
        assert_eq!(name_at("Drones struck Kursk"), "Kursk");
        assert_eq!(name_at("soldiers were killed in Kursk"), "Kursk");
    }

    #[test]
    fn feasts_and_god_are_no_towns() {
        let found = resolve("Talks resumed after Christmas in Mexico City. Poor Mexico, so far from God.");
        absent(&found, "Christmas");
        absent(&found, "God");
        assert_eq!(place(&found, "Mexico City").country.as_deref(), Some("MX"));
    }

    #[test]
    fn dotted_initials_are_no_town_whose_name_folds_alike() {
        let found = resolve("E.U. leaders met in Brussels with U.S. officials.");
        absent(&found, "E.U.");
        assert_eq!(place(&found, "U.S.").country.as_deref(), Some("US"));
        let doc = with_entities("E.U. leaders met in Brussels.", &[("E.U.", EntityType::Gpe)]);
        let layer = resolver().resolve(&doc);
        absent(&pairs(&doc, &layer), "E.U.");
    }

    #[test]
    fn coordinates_are_a_place_of_their_own_in_the_region_of_the_nearest_named_one() {
        let text = "We geolocated the video to a crossing south of Velikiye Luki (56.2969, 30.5215). \
                    A second clip was filmed at the same spot, 56.2969, 30.5215, a day later.";
        let doc = Doc::from_text(DocMeta::default(), text);
        let layer = resolver().resolve(&doc);
        let spots: Vec<&Place> = layer.places.iter().filter(|p| p.kind == PlaceKind::Other).collect();
        assert_eq!(spots.len(), 1, "one spot written twice: {layer:#?}");
        assert_eq!((spots[0].lat, spots[0].lon, spots[0].country.as_deref()), (56.2969, 30.5215, Some("RU")));
        assert_eq!(layer.mentions.iter().filter(|m| layer.places[m.place].kind == PlaceKind::Other).count(), 2);
        // Every place kept has a mention, and every mention's place exists.
        assert!((0..layer.places.len()).all(|p| layer.mentions.iter().any(|m| m.place == p)), "{layer:#?}");
    }

    #[test]
    fn possessive_is_left_out_of_the_span() {
        let found = resolve("Russia’s envoy met Ukraine's envoy in Vienna.");
        assert_eq!(place(&found, "Russia").country.as_deref(), Some("RU"));
        assert_eq!(place(&found, "Ukraine").country.as_deref(), Some("UA"));
        assert!(
            found
                .iter()
                .all(|(s, _)| !s.contains('’') && !s.contains('\'')),
            "{found:#?}"
        );
    }

    #[test]
    fn country_centroid_of_russia_is_in_siberia() {
        let found = resolve("Exports from Russia fell.");
        let ru = place(&found, "Russia");
        assert_eq!(ru.kind, PlaceKind::Country);
        assert!(ru.lon > 70.0 && ru.lat > 50.0, "{ru:?}");
    }

    #[test]
    fn countries_and_continents_stand_at_their_conventional_points() {
        // The point a reader of coordinates expects: the country's conventional centre and
        // GeoNames' own continent point, not an outline centroid or a hand-picked one.
        let found = resolve("Grain shipped from Vietnam and China reached ports across Africa.");
        let vn = place(&found, "Vietnam");
        assert!(
            (vn.lat - 16.17).abs() < 0.05 && (vn.lon - 107.83).abs() < 0.05,
            "{vn:?}"
        );
        let cn = place(&found, "China");
        assert!(
            (cn.lat - 35.0).abs() < 0.05 && (cn.lon - 105.0).abs() < 0.05,
            "{cn:?}"
        );
        let af = place(&found, "Africa");
        assert_eq!(
            (af.kind, af.geonames_id),
            (PlaceKind::Region, Some(6_255_146)),
            "{af:?}"
        );
    }

    #[test]
    fn a_city_bearing_the_name_beats_a_town_formerly_so_named_nearby() {
        // Korolev near Moscow was once called Kaliningrad; the story means the port city.
        let found = resolve(
            "Officials in Moscow said cargo ships had left Kaliningrad for the Baltic coast.",
        );
        let k = place(&found, "Kaliningrad");
        assert!(
            (k.lat - 54.71).abs() < 0.2 && (k.lon - 20.51).abs() < 0.2,
            "{k:?}"
        );
    }

    #[test]
    fn a_town_bearing_the_name_in_a_named_country_beats_a_larger_city_formerly_so_named() {
        // Engels on the Volga was once called Pokrovsk; a report naming Ukraine, even one that
        // names Russia more often (as the side that lost troops), means the Donetsk town.
        let found = resolve(
            "Russia has lost 1,690 troops in Ukraine over the past day, Ukraine's General Staff \
             said. Russia launched 45 attacks near Pokrovsk, and Russia also lost 12 tanks.",
        );
        assert_eq!(place(&found, "Pokrovsk").country.as_deref(), Some("UA"), "{found:#?}");
    }

    #[test]
    fn far_east_context_picks_the_amur_blagoveshchensk() {
        let found = resolve(
            "Freight from Vladivostok and Khabarovsk piled up on the border of Russia’s Far \
             East, and a depot in Blagoveshchensk ran out of space.",
        );
        let b = place(&found, "Blagoveshchensk");
        assert!(
            (b.lat - 50.27).abs() < 0.2 && (b.lon - 127.54).abs() < 0.2,
            "{b:?}"
        );
        assert_eq!(b.admin1.as_deref(), Some("Amur Oblast"));
    }

    #[test]
    fn spatial_coherence_picks_the_small_blagoveshchensk_near_ufa() {
        // The Amur city is six times bigger; the nearby city of Ufa decides.
        let found = resolve(
            "Officials in Ufa said the bridge near Blagoveshchensk would reopen in spring.",
        );
        let b = place(&found, "Blagoveshchensk");
        assert!(b.lon < 60.0, "expected the Bashkortostan town, got {b:?}");
    }

    #[test]
    fn a_headlines_one_word_subject_is_no_small_foreign_town() {
        // "Kim" is a town in India; the story speaks of the Koreas and Russia.
        let text = "Kim sends more troops to Russia\n\nSEOUL — North Korea has sent another 3,000 soldiers to Russia.";
        let doc = with_entities(text, &[("Kim", EntityType::Gpe), ("Russia", EntityType::Gpe), ("SEOUL", EntityType::Gpe), ("North Korea", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        absent(&found, "Kim");
        assert_eq!(place(&found, "Russia").country.as_deref(), Some("RU"));
        // A town of a country the story is about stays ("Bucha" in a story about Ukraine), and
        // so does a dateline.
        let text = "Bucha remembers its dead\n\nKYIV — Ukraine marked the anniversary on Monday.";
        let doc = with_entities(text, &[("Bucha", EntityType::Gpe), ("KYIV", EntityType::Gpe), ("Ukraine", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        assert_eq!(place(&found, "Bucha").country.as_deref(), Some("UA"));
    }

    #[test]
    fn names_before_region_are_regions_alone_and_in_a_list() {
        let found = resolve("Drones were downed over the Belgorod, Kursk and Bryansk regions, and two more over the Bryansk region.");
        for name in ["Belgorod", "Kursk", "Bryansk"] {
            let kinds: Vec<PlaceKind> = found.iter().filter(|(t, _)| t.starts_with(name)).map(|(_, p)| p.kind).collect();
            assert!(!kinds.is_empty() && kinds.iter().all(|k| *k == PlaceKind::Admin), "{name}: {found:#?}");
        }
        // A city named alone stays the city, and so does a city that is a division of its own.
        let found = resolve("Drones hit an oil depot in Bryansk on Monday.");
        assert_eq!(place(&found, "Bryansk").kind, PlaceKind::City, "{found:#?}");
        let found = resolve("The Belgorod region's governor said two people were wounded.");
        assert!(found.iter().filter(|(t, _)| t.starts_with("Belgorod")).all(|(_, p)| p.kind == PlaceKind::Admin), "{found:#?}");
        let found = resolve("Drones hit Bryansk, region officials said, and strikes hit Moscow, Russia's Kursk and Belgorod regions.");
        assert_eq!(place(&found, "Bryansk").kind, PlaceKind::City, "{found:#?}");
        assert_eq!(place(&found, "Moscow").kind, PlaceKind::City, "{found:#?}");
        let found = resolve("Vehicles were moved to the St. Petersburg region last week.");
        assert!(found.iter().filter(|(t, _)| t.contains("Petersburg")).all(|(_, p)| p.kind == PlaceKind::City), "{found:#?}");
    }

    #[test]
    fn a_town_placed_in_a_division_is_never_put_in_another() {
        // The gazetteer knows a Novooleksiyivka only in the Kherson region.
        let found = resolve("Troops entered Novooleksiivka in Ukraine's Donetsk region.");
        assert!(found.iter().all(|(t, _)| t != "Novooleksiivka"), "{found:#?}");
        let found = resolve("Troops entered Novooleksiivka in Ukraine's Kherson region.");
        assert!(found.iter().any(|(t, _)| t == "Novooleksiivka"), "{found:#?}");
    }

    #[test]
    fn stated_containment_beats_population() {
        let found =
            resolve("Bus service between Blagoveshchensk, Bashkortostan and the airport resumed.");
        assert!(place(&found, "Blagoveshchensk").lon < 60.0, "{found:#?}");
        let found = resolve("A warehouse burned in Ussuriysk, Primorsky Krai, overnight.");
        assert_eq!(place(&found, "Ussuriysk").country.as_deref(), Some("RU"));
        let krai = place(&found, "Primorsky Krai");
        assert_eq!(
            (krai.kind, krai.name.as_str()),
            (PlaceKind::Admin, "Primorye")
        );
    }

    #[test]
    fn transliteration_and_containment_find_a_far_east_sergeyevka() {
        let found =
            resolve("The brigade trained at Sergeevka in Russia’s Far East before moving west.");
        let s = place(&found, "Sergeevka");
        assert_eq!(s.country.as_deref(), Some("RU"), "{s:?}");
        assert!(s.lon > 125.0, "a Far East village, got {s:?}");
        assert_eq!(place(&found, "Far East").kind, PlaceKind::Region);
    }

    #[test]
    fn city_and_country_in_both_orders() {
        let found =
            resolve("A plant in Khabarovsk, Russia closed, and Russia’s Khabarovsk mourned.");
        let ks: Vec<&Place> = found
            .iter()
            .filter(|(s, _)| s == "Khabarovsk")
            .map(|(_, p)| p)
            .collect();
        assert_eq!(ks.len(), 2);
        assert!(ks
            .iter()
            .all(|p| p.kind == PlaceKind::City && p.country.as_deref() == Some("RU")));
    }

    #[test]
    fn focus_country_decides_between_namesakes() {
        let found = resolve(
            "Protesters marched in Atlanta and Savannah, the largest crowds Georgia has seen.",
        );
        let g = place(&found, "Georgia");
        assert_eq!(
            (g.kind, g.country.as_deref()),
            (PlaceKind::Admin, Some("US")),
            "{g:?}"
        );
        let found = resolve(
            "Protesters marched in Tbilisi and Batumi, the largest crowds Georgia has seen.",
        );
        let g = place(&found, "Georgia");
        assert_eq!(
            (g.kind, g.country.as_deref()),
            (PlaceKind::Country, Some("GE")),
            "{g:?}"
        );
        let found =
            resolve("Officials in Boise and Spokane said the storm reached Moscow by noon.");
        assert_eq!(place(&found, "Moscow").country.as_deref(), Some("US"));
        let found = resolve("Officials in Kazan and Tver said the storm reached Moscow by noon.");
        assert_eq!(place(&found, "Moscow").country.as_deref(), Some("RU"));
    }

    #[test]
    fn names_inside_other_entities_are_not_places() {
        // Without an entity layer, the capitalised run tells.
        let found = resolve("The Kyiv Independent reported that shells fell on Kyiv.");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].1.country.as_deref(), Some("UA"));
        // With an entity layer, the organisation mention tells.
        let doc = with_entities(
            "Editors at Kyiv Post said it.",
            &[("Kyiv Post", EntityType::Org)],
        );
        assert!(resolver().resolve(&doc).mentions.is_empty());
    }

    #[test]
    fn demonyms_are_not_places() {
        let found = resolve(
            "North Korean engineers and Russian officers met South Korean envoys in Seoul.",
        );
        absent(&found, "North Korean");
        absent(&found, "North");
        absent(&found, "Russian");
        absent(&found, "South Korean");
        assert_eq!(place(&found, "Seoul").country.as_deref(), Some("KR"));
    }

    #[test]
    fn common_words_and_people_are_not_places() {
        let found = resolve(
            "Split decisions followed. Reading the memo, Nice Jones frowned. President Lincoln \
             later spoke in Lincoln.",
        );
        absent(&found, "Split");
        absent(&found, "Reading");
        absent(&found, "Nice");
        let lincolns: Vec<_> = found.iter().filter(|(s, _)| s == "Lincoln").collect();
        assert_eq!(lincolns.len(), 1, "only the place after \"in\": {found:#?}");
    }

    #[test]
    fn publications_firms_and_the_planet_are_no_places() {
        // (As the recogniser types them: places.)
        let text = "Ada Voss, a writer for The Atlantic, disagreed. Ben Oster, a lawyer at Bailey & Glasser, agreed. \
             Emissions cause changes in Earth's climate.";
        let doc = with_entities(text, &[("Atlantic", EntityType::Loc), ("Bailey", EntityType::Gpe), ("Earth", EntityType::Loc)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        for surface in ["Atlantic", "Bailey", "Earth"] {
            absent(&found, surface);
        }
        // "The" of a town's own name, the ocean written as such, and two places across an
        // ampersand stay places.
        let found = resolve("Talks opened in The Hague. Storms crossed the Atlantic. TIJUANA & SAN DIEGO, MARCH 29 -- Work starts.");
        assert_eq!(place(&found, "The Hague").country.as_deref(), Some("NL"), "{found:#?}");
        assert_eq!(place(&found, "Atlantic").kind, PlaceKind::Water, "{found:#?}");
        place(&found, "TIJUANA");
    }

    #[test]
    fn a_states_abbreviation_is_the_state_and_listed_states_are_states() {
        let text = "Trump warned in Everett, Wash., last week. Later he spoke in Washington.";
        let doc = with_entities(text, &[("Everett", EntityType::Gpe), ("Wash", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        assert_eq!(place(&found, "Wash.").kind, PlaceKind::Admin, "{found:#?}");
        let found = resolve("That equals the state budgets of California, Virginia and Indiana combined.");
        for state in ["California", "Virginia", "Indiana"] {
            assert_eq!(place(&found, state).kind, PlaceKind::Admin, "{state}: {found:#?}");
        }
    }

    #[test]
    fn a_name_before_the_word_state_is_the_state() {
        let text = "Gunmen raided a village in Katsina state. Officials in Washington state and Iran state media reported it.";
        let doc = with_entities(text, &[("Katsina", EntityType::Gpe), ("Washington", EntityType::Gpe), ("Iran", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        assert_eq!(place(&found, "Katsina").kind, PlaceKind::Admin, "{found:#?}");
        assert_eq!(place(&found, "Washington").kind, PlaceKind::Admin, "{found:#?}");
        assert_eq!(place(&found, "Iran").kind, PlaceKind::Country, "{found:#?}");
        // (What a state owns: the name is the country's.)
        let text = "Mexico state oil company Pemex said output fell.";
        let doc = with_entities(text, &[("Mexico", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        assert_eq!(place(&found, "Mexico").kind, PlaceKind::Country, "{found:#?}");
    }

    #[test]
    fn a_word_of_a_persons_full_name_alone_is_that_person_not_a_small_town() {
        // (Scott is a town of 9,000 people in the gazetteer.)
        let text = "Rep. Bobby Scott spoke in Richmond. Hundreds of guests gathered in Scott on Saturday.";
        let doc = with_entities(text, &[("Bobby Scott", EntityType::Per), ("Richmond", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        absent(&found, "Scott");
        place(&found, "Richmond");
        // Without the person, the scan takes the town as it did.
        let doc = with_entities(text, &[("Richmond", EntityType::Gpe)]);
        let found = pairs(&doc, &resolver().resolve(&doc));
        place(&found, "Scott");
    }

    #[test]
    fn supplement_regions_waters_and_facilities() {
        let found = resolve(
            "Rockets rose from Musudan-ri over the Sea of Japan, while drones hit the Kursk region \
             and the Zaporizhzhia nuclear power plant lost power near the Black Sea.",
        );
        let m = place(&found, "Musudan-ri");
        assert_eq!(
            (m.kind, m.country.as_deref(), m.geonames_id),
            (PlaceKind::Facility, Some("KP"), None)
        );
        assert!(
            (m.lat - 40.85).abs() < 0.1 && (m.lon - 129.67).abs() < 0.1,
            "{m:?}"
        );
        assert_eq!(place(&found, "Sea of Japan").kind, PlaceKind::Water);
        assert_eq!(place(&found, "Kursk region").name, "Kursk Oblast");
        assert_eq!(
            place(&found, "Zaporizhzhia nuclear power plant").kind,
            PlaceKind::Facility
        );
        assert_eq!(place(&found, "Black Sea").kind, PlaceKind::Water);
    }

    #[test]
    fn a_sea_or_a_region_of_no_country_is_no_division_named_like_it() {
        let found = resolve("Two drones were shot down over the Red Sea after the ship left Port Sudan.");
        assert_eq!(place(&found, "Red Sea").kind, PlaceKind::Water, "{found:#?}");
        // A region of no country is no division of one country named like it.
        let found = resolve("Jihadist attacks spread across the Sahel last year.");
        assert_eq!(place(&found, "Sahel").kind, PlaceKind::Region, "{found:#?}");
    }

    #[test]
    fn an_arab_town_is_found_without_its_article() {
        let found = resolve("A drone struck a car near Qamishli in northeast Syria.");
        let q = place(&found, "Qamishli");
        assert_eq!((q.kind, q.country.as_deref()), (PlaceKind::City, Some("SY")), "{found:#?}");
    }

    #[test]
    fn a_small_town_of_a_country_never_named_found_by_another_name_is_none() {
        // (Sudan's Tawila is not in the gazetteer; Yemen's Aţ Ţawīlah is, under another name.)
        let found = resolve("A convoy bound for Sudan has been stuck outside the town of Tawila for six days.");
        absent(&found, "Tawila");
        assert_eq!(place(&found, "Sudan").kind, PlaceKind::Country);
        // Another spelling of a town's own name stays the town.
        let doc = with_entities(
            "Russia's defence ministry said its forces had taken full control of Avdiivka.",
            &[("Russia", EntityType::Gpe), ("Avdiivka", EntityType::Gpe)],
        );
        let found = pairs(&doc, &resolver().resolve(&doc));
        assert_eq!(place(&found, "Avdiivka").country.as_deref(), Some("UA"), "{found:#?}");
    }

    #[test]
    fn diacritics_and_abbreviations_fold() {
        let found = resolve("Trains ran from Hamhung to Hamhŭng's port, then the U.S. objected.");
        let h: Vec<_> = found
            .iter()
            .filter(|(s, _)| s.starts_with("Hamh"))
            .collect();
        assert_eq!(h.len(), 2, "{found:#?}");
        assert_eq!(h[0].1, h[1].1);
        assert_eq!(place(&found, "U.S.").country.as_deref(), Some("US"));
    }

    #[test]
    fn entity_mentions_of_place_types_are_resolved() {
        // The entity layer marks a village the scan alone would not trust.
        let text = "Volunteers gathered in Sergeevka; the Far East governor thanked them.";
        let doc = with_entities(
            text,
            &[
                ("Sergeevka", EntityType::Gpe),
                ("Far East", EntityType::Loc),
                ("governor", EntityType::Per),
            ],
        );
        let found = pairs(&doc, &resolver().resolve(&doc));
        assert!(place(&found, "Sergeevka").lon > 125.0, "{found:#?}");
    }

    #[test]
    fn an_organisation_named_like_a_country_is_the_country() {
        // The recogniser types a country acting as a government as an organisation: still a
        // place name. A person's name that a country bears is not.
        let text = "Canada expelled two envoys, and Jordan scored twice in the final.";
        let doc = with_entities(
            text,
            &[("Canada", EntityType::Org), ("Jordan", EntityType::Per)],
        );
        let found = pairs(&doc, &resolver().resolve(&doc));
        let ca = place(&found, "Canada");
        assert_eq!(
            (ca.kind, ca.country.as_deref()),
            (PlaceKind::Country, Some("CA"))
        );
        absent(&found, "Jordan");
    }

    #[test]
    fn a_dateline_is_a_place_whatever_the_recogniser_says() {
        let text = "HALIFAX — Port workers walked out on Monday.\nOTTAWA (CP) — Talks resumed.";
        let doc = with_entities(
            text,
            &[("HALIFAX", EntityType::Org), ("OTTAWA", EntityType::Org)],
        );
        let found = pairs(&doc, &resolver().resolve(&doc));
        assert_eq!(
            place(&found, "HALIFAX").country.as_deref(),
            Some("CA"),
            "{found:#?}"
        );
        assert_eq!(place(&found, "OTTAWA").country.as_deref(), Some("CA"));
        // Capitals inside a sentence stay the organisation they were typed as.
        let text = "Analysts at NORDEA, a bank, said prices rose.";
        let doc = with_entities(text, &[("NORDEA", EntityType::Org)]);
        assert!(resolver().resolve(&doc).mentions.is_empty());
        assert!(!is_dateline("Talks in PARIS — resumed", Span::new(9, 14)));
        assert!(is_dateline("PARIS, France - Talks", Span::new(0, 5)));
    }

    #[test]
    fn a_famous_city_beats_small_namesakes_unless_the_text_places_it() {
        let found = resolve(
            "Officials in Denver and Boise met on Tuesday before the mayor flew to Rome for a \
             conference.",
        );
        assert_eq!(
            place(&found, "Rome").country.as_deref(),
            Some("IT"),
            "{found:#?}"
        );
        // A stated containment still wins: the town in the American state.
        let found = resolve("Flood water closed two bridges in Rome, New York, on Sunday.");
        let rome = place(&found, "Rome");
        assert_eq!(rome.country.as_deref(), Some("US"), "{found:#?}");
        assert_eq!(rome.admin1.as_deref(), Some("New York"));
    }

    #[test]
    fn oceans_provinces_counties_and_airports() {
        let found = resolve(
            "Storms over the North Atlantic grounded flights at Heathrow, and wildfires spread \
             across Ontario while rain flooded Essex.",
        );
        let atl = place(&found, "North Atlantic");
        assert_eq!(atl.kind, PlaceKind::Water);
        assert!(
            (atl.lat - 40.0).abs() < 0.1 && (atl.lon + 40.0).abs() < 0.1,
            "{atl:?}"
        );
        let lhr = place(&found, "Heathrow");
        assert_eq!(
            (lhr.kind, lhr.country.as_deref()),
            (PlaceKind::Facility, Some("GB"))
        );
        // A province stands in the middle of its land, not among its southern towns.
        let on = place(&found, "Ontario");
        assert!(on.lat > 48.0 && on.lon < -83.0, "{on:?}");
        let essex = place(&found, "Essex");
        assert_eq!(
            (essex.kind, essex.country.as_deref()),
            (PlaceKind::Admin, Some("GB"))
        );
        // A US county by its full name, inside its state.
        let found = resolve("Deputies in Orange County, Florida, closed the beaches.");
        let oc = place(&found, "Orange County");
        assert_eq!(oc.kind, PlaceKind::Admin, "{found:#?}");
        assert_eq!(oc.admin1.as_deref(), Some("Florida"));
    }

    #[test]
    fn stage_writes_the_places_layer_once() {
        let r = resolver();
        assert_eq!(r.name(), "places");
        let mut doc = Doc::from_text(DocMeta::default(), "Rain fell on Vladivostok and Nakhodka.");
        r.run(&mut doc).expect("first run");
        let layer = doc.places();
        assert_eq!(layer.places.len(), 2);
        assert!(layer
            .mentions
            .iter()
            .all(|m| doc.slice(m.span).starts_with(|c: char| c.is_uppercase())));
        assert!(r.run(&mut doc).is_err(), "a layer is written once");
    }

    #[test]
    fn one_name_one_place_and_shared_places() {
        let found = resolve("Kharkiv was shelled. Later Kharkiv’s mayor said Kharkiv held.");
        let ks: Vec<&Place> = found
            .iter()
            .filter(|(s, _)| s == "Kharkiv")
            .map(|(_, p)| p)
            .collect();
        assert_eq!(ks.len(), 3);
        assert!(ks.windows(2).all(|w| w[0] == w[1]));
        let doc = Doc::from_text(DocMeta::default(), "Kharkiv and Kharkiv.");
        let layer = resolver().resolve(&doc);
        assert_eq!((layer.places.len(), layer.mentions.len()), (1, 2));
    }

    #[test]
    fn empty_and_placeless_text() {
        assert!(resolve("").is_empty());
        assert!(resolve("nothing capitalised here at all.").is_empty());
        assert!(resolve("The Committee Will Meet Again Soon").is_empty());
    }
}

/// The region type word ("region") after a name ending at byte `end`: right after it, with
/// only a space between ("Belgorod region", "the Belgorod region's governor"; "regional" before
/// an office, "Tver regional governor", counts as "region"), or ending a list of
/// one-word names it opens or continues, each joined by a comma, "and" or "or" ("Belgorod,
/// Kursk and Bryansk regions"). Not in a line in title case ("Drones Hit Kyiv, Kharkiv As Russia
/// Targets Eastern Regions").
fn region_type_after(text: &str, end: usize) -> Option<&'static str> {
    let rest = text.get(end..)?;
    // (At most 200 bytes on, cut on a character boundary, and this line only.)
    let mut cut = rest.len().min(200);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = rest[..cut].split('\n').next().unwrap_or("");
    let bare = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w).to_lowercase()
    };
    let singular = |w: &str| match bare(w).as_str() {
        "region" | "regions" => Some("region"),
        "province" | "provinces" => Some("province"),
        "oblast" | "oblasts" => Some("oblast"),
        "state" => Some("state"),
        _ => None,
    };
    // Right after the name: one space, then the type word.
    if let Some(word) = rest.strip_prefix(' ').and_then(|r| r.split_whitespace().next()) {
        if !rest[1..].starts_with(char::is_whitespace) {
            if let Some(kind) = singular(word) {
                return Some(kind);
            }
            // ("Tver regional governor Igor Rudenya", "the Belgorod regional administration",
            // "Kharkiv regional military administration".)
            let mut after = rest[1..].split_whitespace().skip(1).map(bare);
            let office = after.next().and_then(|o| if matches!(o.as_str(), "military" | "state") { after.next() } else { Some(o) });
            if bare(word) == "regional"
                && office.is_some_and(|o| matches!(o.as_str(), "governor" | "administration" | "authorities" | "government" | "head" | "council" | "police" | "officials" | "prosecutor"))
            {
                return Some("region");
            }
        }
    }
    // (Read only once a list is found, and at most 200 bytes back: the scan calls this for
    // every capitalised word.)
    let title_case_line = || {
        let mut from = end.saturating_sub(200);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let line_start = text[from..end].rfind('\n').map_or(from, |i| from + i + 1);
        let line = &text[line_start..end + rest.len()];
        let words: Vec<&str> = line.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
        let capitalised = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        words.len() >= 4 && capitalised * 10 >= words.len() * 7
    };
    // A list: (separator, name)+ then a plural type word.
    let mut pieces: Vec<&str> = Vec::new();
    for word in rest.split_whitespace() {
        match word.strip_suffix(',') {
            Some(w) if !w.is_empty() => pieces.extend([w, ","]),
            _ => pieces.push(word),
        }
    }
    let mut tokens = pieces.into_iter().peekable();
    let mut names = 0;
    loop {
        let Some(separator) = tokens.next() else { return None };
        if !matches!(separator, "," | "and" | "or") {
            return None;
        }
        if separator == "," && tokens.peek().is_some_and(|t| matches!(*t, "and" | "or")) {
            tokens.next();
        }
        let name = tokens.next()?;
        if !name.starts_with(char::is_uppercase) {
            return None;
        }
        names += 1;
        if let Some(next) = tokens.peek() {
            if bare(next).ends_with('s') && singular(next).is_some() {
                return singular(next).filter(|_| !title_case_line());
            }
        }
        if names > 6 {
            return None;
        }
    }
}
