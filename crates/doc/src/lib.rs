//! The document model every sitrep stage reads and writes.
//!
//! A [`Doc`] owns one immutable UTF-8 text (the cleaned main text of an article) and a set of
//! stand-off annotation layers over it: tokens, sentences, entities, times, quantities, places,
//! claims, events and relations between claims. A layer holds [`Span`]s (byte offsets into the
//! text) and indices into earlier layers; it never holds a copy of the text, and no stage ever
//! changes the text. That is what lets every fact in the ledger name the exact bytes it came from.
//!
//! Stages implement [`Stage`]: each one reads the layers before it and writes exactly one layer,
//! once. The setters check that every span lies inside the text on character boundaries, so a
//! stage with an off-by-one bug fails loudly at the point of the bug instead of corrupting the
//! ledger far downstream. Text derived from a raw input keeps an [`Alignment`] back to the raw
//! bytes.
//!
//! This crate does no I/O and knows no file formats.

mod align;
mod layers;
mod span;

pub use align::{Alignment, Segment};
pub use layers::*;
pub use span::Span;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

/// Errors of the document model: a stage broke an invariant of the layers.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("span {span:?} is outside the text or splits a character (text is {len} bytes)")]
    BadSpan { span: Span, len: usize },
    #[error("layer `{0}` was already written; each layer is written once, by one stage")]
    LayerWritten(&'static str),
    #[error("layer `{layer}` refers to {what} #{index}, which does not exist")]
    DanglingIndex { layer: &'static str, what: &'static str, index: usize },
    #[error("stage `{stage}` failed: {message}")]
    Stage { stage: &'static str, message: String },
}

/// Something cleaning dropped from the raw input, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub text: String,
    /// "ad", "related", "footer", "share", "newsletter", "repeated_headline", "navigation", ...
    pub reason: &'static str,
    /// Where it stood in the raw input.
    pub raw_span: Span,
}

/// What is known about a document besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocMeta {
    /// Path or URL the document was read from.
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// Publication date: the anchor for relative time expressions.
    pub published: Option<NaiveDate>,
}

/// The cleaned text of a document with where it came from, before any annotation.
#[derive(Clone, Debug, Default)]
pub struct CleanText {
    pub text: String,
    pub alignment: Alignment,
    /// Photo and video captions kept inside `text`.
    pub captions: Vec<Span>,
    pub removed: Vec<Removed>,
    /// Warnings about the input (replacement characters, truncation, ...).
    pub warnings: Vec<String>,
}

/// One document: immutable text plus annotation layers.
#[derive(Clone, Debug)]
pub struct Doc {
    id: String,
    meta: DocMeta,
    text: String,
    alignment: Alignment,
    captions: Vec<Span>,
    removed: Vec<Removed>,
    warnings: Vec<String>,
    tokens: Option<Vec<Token>>,
    sentences: Option<Vec<Sentence>>,
    syntax: Option<Syntax>,
    entities: Option<EntityLayer>,
    times: Option<TimeLayer>,
    quantities: Option<Vec<Quantity>>,
    places: Option<PlaceLayer>,
    claims: Option<Vec<Claim>>,
    events: Option<Vec<Event>>,
    relations: Option<Vec<ClaimRelation>>,
}

/// The stable id of a text: `d-` and the first 16 hex digits of its SHA-256.
pub fn doc_id_for(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut id = String::with_capacity(18);
    id.push_str("d-");
    for b in &digest[..8] {
        id.push_str(&format!("{b:02x}"));
    }
    id
}

impl Doc {
    /// A document over cleaned text. Caption spans that do not fit the text are an error.
    pub fn new(meta: DocMeta, clean: CleanText) -> Result<Doc, Error> {
        let CleanText { text, alignment, captions, removed, warnings } = clean;
        let doc = Doc {
            id: doc_id_for(&text),
            meta,
            text,
            alignment,
            captions: Vec::new(),
            removed,
            warnings,
            tokens: None,
            sentences: None,
            syntax: None,
            entities: None,
            times: None,
            quantities: None,
            places: None,
            claims: None,
            events: None,
            relations: None,
        };
        doc.check_spans(captions.iter().copied())?;
        Ok(Doc { captions, ..doc })
    }

    /// A document whose text is its own raw input (no cleaning).
    pub fn from_text(meta: DocMeta, text: impl Into<String>) -> Doc {
        let text = text.into();
        let alignment = Alignment::identity(text.len());
        Doc::new(meta, CleanText { text, alignment, ..CleanText::default() })
            .expect("no caption spans to check")
    }

    pub fn id(&self) -> &str {
        &self.id
    }
    pub fn meta(&self) -> &DocMeta {
        &self.meta
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }
    pub fn captions(&self) -> &[Span] {
        &self.captions
    }
    pub fn removed(&self) -> &[Removed] {
        &self.removed
    }
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
    pub fn published(&self) -> Option<NaiveDate> {
        self.meta.published
    }

    /// The text under a span; empty when the span does not fit (it always fits for spans the
    /// layers hold, because the setters check them).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// A span into this text, checked against its length and character boundaries.
    pub fn span(&self, start: usize, end: usize) -> Result<Span, Error> {
        let span = Span::try_new(start, end).ok_or(Error::BadSpan {
            span: Span::empty(start),
            len: self.text.len(),
        })?;
        self.check_spans(std::iter::once(span))?;
        Ok(span)
    }

    /// True when `offset` lies in a caption.
    pub fn in_caption(&self, offset: usize) -> bool {
        self.captions.iter().any(|c| c.contains_offset(offset))
    }

    fn check_spans(&self, spans: impl IntoIterator<Item = Span>) -> Result<(), Error> {
        for span in spans {
            if self.text.get(span.range()).is_none() {
                return Err(Error::BadSpan { span, len: self.text.len() });
            }
        }
        Ok(())
    }

    // --- layer readers: an unwritten layer reads as empty ------------------------------------

    pub fn tokens(&self) -> &[Token] {
        self.tokens.as_deref().unwrap_or(&[])
    }
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences.as_deref().unwrap_or(&[])
    }
    pub fn syntax(&self) -> Option<&Syntax> {
        self.syntax.as_ref()
    }
    pub fn entities(&self) -> &EntityLayer {
        static EMPTY: EntityLayer = EntityLayer { entities: Vec::new(), mentions: Vec::new() };
        self.entities.as_ref().unwrap_or(&EMPTY)
    }
    pub fn times(&self) -> &TimeLayer {
        static EMPTY: TimeLayer = TimeLayer { exprs: Vec::new(), intervals: Vec::new() };
        self.times.as_ref().unwrap_or(&EMPTY)
    }
    pub fn quantities(&self) -> &[Quantity] {
        self.quantities.as_deref().unwrap_or(&[])
    }
    pub fn places(&self) -> &PlaceLayer {
        static EMPTY: PlaceLayer = PlaceLayer { places: Vec::new(), mentions: Vec::new() };
        self.places.as_ref().unwrap_or(&EMPTY)
    }
    pub fn claims(&self) -> &[Claim] {
        self.claims.as_deref().unwrap_or(&[])
    }
    pub fn events(&self) -> &[Event] {
        self.events.as_deref().unwrap_or(&[])
    }
    pub fn relations(&self) -> &[ClaimRelation] {
        self.relations.as_deref().unwrap_or(&[])
    }

    /// The sentence containing `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<&Sentence> {
        let sents = self.sentences();
        let idx = sents.partition_point(|s| s.span.end() <= offset);
        sents.get(idx).filter(|s| s.span.contains_offset(offset))
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        self.tokens().get(sentence.first_token..sentence.end_token).unwrap_or(&[])
    }

    // --- layer writers: each layer once, spans checked ----------------------------------------

    pub fn set_tokens(&mut self, tokens: Vec<Token>) -> Result<(), Error> {
        once(&self.tokens, "tokens")?;
        self.check_spans(tokens.iter().map(|t| t.span))?;
        self.tokens = Some(tokens);
        Ok(())
    }

    pub fn set_sentences(&mut self, sentences: Vec<Sentence>) -> Result<(), Error> {
        once(&self.sentences, "sentences")?;
        self.check_spans(sentences.iter().map(|s| s.span))?;
        let n = self.tokens().len();
        if let Some(s) = sentences.iter().find(|s| s.first_token > s.end_token || s.end_token > n) {
            return Err(dangling("sentences", "token", s.end_token));
        }
        self.sentences = Some(sentences);
        Ok(())
    }

    pub fn set_syntax(&mut self, syntax: Syntax) -> Result<(), Error> {
        once(&self.syntax, "syntax")?;
        self.syntax = Some(syntax);
        Ok(())
    }

    pub fn set_entities(&mut self, mut layer: EntityLayer) -> Result<(), Error> {
        once(&self.entities, "entities")?;
        self.check_spans(layer.mentions.iter().map(|m| m.span))?;
        let n = layer.entities.len();
        if let Some(m) = layer.mentions.iter().find(|m| m.entity >= n) {
            return Err(dangling("entities", "entity", m.entity));
        }
        layer.mentions.sort_by_key(|m| m.span);
        self.entities = Some(layer);
        Ok(())
    }

    pub fn set_times(&mut self, layer: TimeLayer) -> Result<(), Error> {
        once(&self.times, "times")?;
        self.check_spans(layer.exprs.iter().map(|t| t.span))?;
        self.check_spans(layer.intervals.iter().map(|t| t.span))?;
        let n = layer.exprs.len();
        if let Some(i) = layer.intervals.iter().find(|i| i.begin >= n || i.end >= n) {
            return Err(dangling("times", "time expression", i.begin.max(i.end)));
        }
        self.times = Some(layer);
        Ok(())
    }

    pub fn set_quantities(&mut self, quantities: Vec<Quantity>) -> Result<(), Error> {
        once(&self.quantities, "quantities")?;
        self.check_spans(quantities.iter().map(|q| q.span))?;
        self.check_spans(quantities.iter().filter_map(|q| q.unit_span))?;
        self.quantities = Some(quantities);
        Ok(())
    }

    pub fn set_places(&mut self, mut layer: PlaceLayer) -> Result<(), Error> {
        once(&self.places, "places")?;
        self.check_spans(layer.mentions.iter().map(|m| m.span))?;
        let n = layer.places.len();
        if let Some(m) = layer.mentions.iter().find(|m| m.place >= n) {
            return Err(dangling("places", "place", m.place));
        }
        layer.mentions.sort_by_key(|m| m.span);
        self.places = Some(layer);
        Ok(())
    }

    pub fn set_claims(&mut self, claims: Vec<Claim>) -> Result<(), Error> {
        once(&self.claims, "claims")?;
        for c in &claims {
            self.check_spans(c.source_span.into_iter().chain(c.cue_span).chain([c.content]))?;
        }
        let n = self.entities().entities.len();
        if let Some(i) = claims.iter().filter_map(|c| c.source_entity).find(|&i| i >= n) {
            return Err(dangling("claims", "entity", i));
        }
        self.claims = Some(claims);
        Ok(())
    }

    pub fn set_events(&mut self, events: Vec<Event>) -> Result<(), Error> {
        once(&self.events, "events")?;
        let (ne, np, nq, nc) = (
            self.entities().entities.len(),
            self.places().places.len(),
            self.quantities().len(),
            self.claims().len(),
        );
        for e in &events {
            self.check_spans(std::iter::once(e.trigger).chain(e.other_triggers.iter().copied()))?;
            if let Some(&(i, _)) = e.actors.iter().find(|(i, _)| *i >= ne) {
                return Err(dangling("events", "entity", i));
            }
            if let Some(&(i, _)) = e.places.iter().find(|(i, _)| *i >= np) {
                return Err(dangling("events", "place", i));
            }
            if let Some(&i) = e.quantities.iter().find(|&&i| i >= nq) {
                return Err(dangling("events", "quantity", i));
            }
            if let Some(&i) = e.claims.iter().find(|&&i| i >= nc) {
                return Err(dangling("events", "claim", i));
            }
            if let Some(&(i, _)) = e.disputed_agents.iter().find(|(i, _)| *i >= ne) {
                return Err(dangling("events", "entity", i));
            }
            if let Some(&(_, c)) = e.disputed_agents.iter().find(|(_, c)| *c >= nc) {
                return Err(dangling("events", "claim", c));
            }
        }
        self.events = Some(events);
        Ok(())
    }

    pub fn set_relations(&mut self, relations: Vec<ClaimRelation>) -> Result<(), Error> {
        once(&self.relations, "relations")?;
        let n = self.claims().len();
        if let Some(r) = relations.iter().find(|r| r.from >= n || r.to >= n) {
            return Err(dangling("relations", "claim", r.from.max(r.to)));
        }
        self.check_spans(relations.iter().filter_map(|r| r.cue_span))?;
        self.relations = Some(relations);
        Ok(())
    }
}

fn once<T>(slot: &Option<T>, layer: &'static str) -> Result<(), Error> {
    match slot {
        Some(_) => Err(Error::LayerWritten(layer)),
        None => Ok(()),
    }
}

fn dangling(layer: &'static str, what: &'static str, index: usize) -> Error {
    Error::DanglingIndex { layer, what, index }
}

/// One step of the pipeline: reads earlier layers of a document and writes its own layer.
///
/// Implementations are swappable: the rule-based first versions and trained models implement
/// the same trait, and the pipeline does not know which it runs.
pub trait Stage: Send + Sync {
    /// A short name for messages and timings ("tokenize", "entities", ...).
    fn name(&self) -> &'static str;
    /// Annotates the document. Messy text is never an error; only a broken invariant is.
    fn run(&self, doc: &mut Doc) -> Result<(), Error>;
}

/// Stages run in order over one document.
#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    pub fn with(mut self, stage: impl Stage + 'static) -> Pipeline {
        self.stages.push(Box::new(stage));
        self
    }

    pub fn with_boxed(mut self, stage: Box<dyn Stage>) -> Pipeline {
        self.stages.push(stage);
        self
    }

    pub fn push(&mut self, stage: Box<dyn Stage>) {
        self.stages.push(stage);
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    pub fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        self.run_first(self.stages.len(), doc)
    }

    /// Runs only the first `n` stages (for commands that need the early layers only).
    pub fn run_first(&self, n: usize, doc: &mut Doc) -> Result<(), Error> {
        for stage in self.stages.iter().take(n) {
            stage.run(doc)?;
        }
        Ok(())
    }
}

/// Place-name look-up that the entity recogniser uses to tell places from other names,
/// without depending on the gazetteer crate (the binary wires the two together).
pub trait PlaceLexicon: Send + Sync {
    /// The kind of the most prominent place with this exact name, if any.
    fn place_kind(&self, name: &str) -> Option<PlaceKind>;
    /// The ISO country code of the country whose demonym this is ("North Korean" -> "KP").
    fn demonym_country(&self, word: &str) -> Option<&str>;
    /// The ISO country code of the most prominent place of this name ("Russia" -> "RU",
    /// "Helsinki" -> "FI"); None when unknown and by default.
    fn country_of(&self, name: &str) -> Option<&str> {
        let _ = name;
        None
    }
    /// The population of the most prominent place of this name; None when unknown and by
    /// default.
    fn population(&self, name: &str) -> Option<u64> {
        let _ = name;
        None
    }
    /// Whether the most prominent place of this name bears it as its own name, not only as an
    /// alternate, former or foreign one ("Google" was Topeka's name for a day, "Democrat" a
    /// town's former name): such a name means the place only where the text says so. True by
    /// default.
    fn by_own_name(&self, name: &str) -> bool {
        let _ = name;
        true
    }
    /// The people of the largest town that bears this name as its own today ("Pokrovsk" in
    /// Donetsk, though Engels, which once bore it, is larger), if any. By default the most
    /// prominent place's, when it bears the name as its own.
    fn own_name_population(&self, name: &str) -> Option<u64> {
        if self.place_kind(name) == Some(PlaceKind::City) && self.by_own_name(name) {
            self.population(name)
        } else {
            None
        }
    }
    /// The ISO country code of the state whose seat of government this name is, when news
    /// names the state by it ("Pyongyang has denied ..." -> "KP"); None by default.
    fn seat_of_government(&self, name: &str) -> Option<&str> {
        let _ = name;
        None
    }
    /// The name of the country with this ISO code ("KP" -> "North Korea"); None by default.
    fn country_name(&self, iso2: &str) -> Option<&str> {
        let _ = iso2;
        None
    }
    /// The first-level region of the most prominent place of this name ("Tacoma" ->
    /// "Washington"); None by default.
    fn admin_of(&self, name: &str) -> Option<&str> {
        let _ = name;
        None
    }
    /// Whether the name means a town only weakly, so that another reading of it (a person, a
    /// firm, an ordinary word) wins unless the text places it: the most prominent place of the
    /// name is a town of fewer than [`SMALL_TOWN`] people, or one of fewer than [`GREAT_CITY`]
    /// that the name means only as another of its names ("Lester" for Leicester).
    fn minor_town(&self, name: &str) -> bool {
        if self.place_kind(name) != Some(PlaceKind::City) {
            return false;
        }
        let population = self.population(name);
        population.is_some_and(|p| p < SMALL_TOWN) || !self.by_own_name(name) && population.is_some_and(|p| p < GREAT_CITY)
    }
}

/// See [`PlaceLexicon::minor_town`].
pub const SMALL_TOWN: u64 = 100_000;
/// From this population up a city is what its other names mean too ("New York", "Rangoon").
pub const GREAT_CITY: u64 = 1_000_000;

/// Words for a vessel, which its name may follow ("the tanker Orla", "the frigate, the Admiral
/// Essen": the entity layer types such names EQUIPMENT), and which is seized when stopped at
/// sea (the event layer). Not "carrier", which is an airline too.
pub const VESSEL_NOUNS: &[&str] = &[
    "tanker", "tankers", "ship", "ships", "vessel", "vessels", "frigate", "frigates", "destroyer", "destroyers",
    "cruiser", "cruisers", "corvette", "corvettes", "freighter", "freighters", "submarine", "submarines",
    "trawler", "trawlers", "yacht", "yachts", "ferry", "ferries", "icebreaker", "icebreakers", "warship",
    "warships", "tugboat", "tugboats", "dredger", "bulker", "containership", "boat", "boats",
];

/// Tags a news agency puts in parentheses to say what kind of item a story is or how often it
/// was redone: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)", "(END)".
pub const WIRE_TAGS: &[&str] = &[
    "lead", "ld", "urgent", "end", "amber", "flash", "corrected", "correction", "update", "updated", "news focus",
    "news analysis", "interview", "feature", "editorial", "photo", "photos", "video", "graphics", "profile", "yonhap interview",
    "yonhap feature", "repeat", "rpt", "advisory", "bulletin", "official",
];

/// Whether the words of `text` are a wire tag of [`WIRE_TAGS`], perhaps numbered ("2nd LD").
pub fn is_wire_tag(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    // ("2nd LD", "LEAD 2", "UPDATE 3".)
    let unnumbered = lower.split_once(' ').filter(|(n, _)| number(n)).map_or(lower.as_str(), |(_, rest)| rest);
    let unnumbered = unnumbered.rsplit_once(' ').filter(|(_, n)| number(n)).map_or(unnumbered, |(rest, _)| rest);
    WIRE_TAGS.contains(&unnumbered)
}

/// Whether a token is a bullet or a pictograph that decorates a line of a post ("•", "▪", "🔻",
/// "⚡️", "👉"): list marks and pictographs with their modifiers only; no letter, digit,
/// quotation mark, currency sign or other punctuation ("€50 billion" keeps its sign).
pub fn is_line_decoration(token: &str) -> bool {
    let pictograph = |c: char| {
        matches!(c as u32, 0x2190..=0x21FF | 0x2300..=0x23FF | 0x25A0..=0x27BF | 0x2900..=0x297F | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
            || matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{200D}' | '\u{20E3}')
    };
    let bullet = |c: char| matches!(c, '•' | '·' | '*' | '‣' | '⁃');
    // ("1️⃣": a keycap's digit is part of the pictograph.)
    let keycap = token.ends_with('\u{20E3}');
    !token.is_empty() && token.chars().all(|c| pictograph(c) || bullet(c) || keycap && (c.is_ascii_digit() || c == '#'))
}

/// Vessels of a navy: intercepted, they are met in combat, not seized.
pub const WARSHIP_NOUNS: &[&str] = &[
    "frigate", "frigates", "destroyer", "destroyers", "cruiser", "cruisers", "corvette", "corvettes", "submarine",
    "submarines", "warship", "warships",
];


#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc {
        Doc::from_text(DocMeta::default(), text)
    }

    #[test]
    fn id_is_stable_and_content_derived() {
        assert_eq!(doc("abc").id(), doc("abc").id());
        assert_ne!(doc("abc").id(), doc("abd").id());
        assert!(doc("abc").id().starts_with("d-"));
    }

    #[test]
    fn spans_must_fit_text_and_char_boundaries() {
        let d = doc("Kyiv’s");
        assert!(d.span(0, 4).is_ok());
        assert!(d.span(0, 5).is_err(), "splits the curly apostrophe");
        assert!(d.span(0, 99).is_err());
        assert!(d.span(3, 2).is_err());
    }

    #[test]
    fn a_layer_is_written_once() {
        let mut d = doc("a b");
        let t = vec![Token { span: Span::new(0, 1), kind: TokenKind::Word }];
        d.set_tokens(t.clone()).expect("first write");
        assert!(matches!(d.set_tokens(t), Err(Error::LayerWritten("tokens"))));
    }

    #[test]
    fn dangling_indices_are_refused() {
        let mut d = doc("Seoul");
        let layer = EntityLayer {
            entities: vec![],
            mentions: vec![EntityMention { span: Span::new(0, 5), entity: 0, kind: MentionKind::Name }],
        };
        assert!(matches!(d.set_entities(layer), Err(Error::DanglingIndex { .. })));
    }

    #[test]
    fn caption_spans_are_checked() {
        let clean = CleanText {
            text: "abc".into(),
            alignment: Alignment::identity(3),
            captions: vec![Span::new(1, 9)],
            ..CleanText::default()
        };
        assert!(Doc::new(DocMeta::default(), clean).is_err());
    }

    #[test]
    fn bullets_and_pictographs_decorate_lines_but_currency_and_quotes_do_not() {
        for t in ["•", "🔻", "\u{26A1}\u{FE0F}", "👉", "▪", "1\u{FE0F}\u{20E3}", "\u{1F1FA}\u{1F1E6}"] {
            assert!(is_line_decoration(t), "{t}");
        }
        for t in ["€", "£", "„", "“", "-", "A", "1", ""] {
            assert!(!is_line_decoration(t), "{t}");
        }
    }

    #[test]
    fn a_wire_tag_may_be_numbered_before_or_after() {
        assert!(is_wire_tag("2nd LD") && is_wire_tag("LEAD") && is_wire_tag("UPDATE 2") && is_wire_tag("END"));
        assert!(!is_wire_tag("Liberal Democrats") && !is_wire_tag("NIS"));
    }
}
