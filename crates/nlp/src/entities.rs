//! A rule- and lexicon-based entity recogniser: the first version behind [`Stage`].
//!
//! It finds runs of capitalised words (with "of", "for", "and" allowed inside), types them from
//! their head words (organisation, armed unit, media), the gazetteer (places), demonyms (NORP),
//! weapon designations (EQUIPMENT) and person cues (titles, name shapes), then resolves mentions
//! within the document: an acronym defined in parentheses becomes an alias of its long form, a
//! shorter form of a name joins the longer one, and a definite description ("the agency") refers
//! back to the last organisation it fits.
//!
//! With a trained model ([`RuleEntityRecognizer::with_model`], the pipeline's configuration) the
//! model's names are candidates too: a name the runs missed is added, a run typed only by a weak
//! guess (a name shape, the MISC fallback, a bare acronym) takes the model's type, and a weakly
//! typed run the model sees no name in is dropped. Runs typed from a word list, the gazetteer, a
//! demonym or a weapon designation keep their fine type (UNIT, EQUIPMENT, NORP, GPE, ORG
//! subtypes): the model only knows PER, ORG, LOC and MISC. The in-document resolution then runs
//! over the merged candidates as before.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use sitrep_doc::{
    Doc, Entity, EntityLayer, EntityMention, EntityType, Error, MentionKind, OrgKind, PlaceKind, VESSEL_NOUNS,
    PlaceLexicon, Span, Stage, Token, TokenKind,
};

use crate::lexicon::*;
use crate::ner::{NerModel, NerScratch, NerType};

/// Group words that are not countries' demonyms but still NORP.
const NORP_WORDS: &[&str] = &[
    "asian", "european", "african", "arab", "western", "eastern", "soviet", "muslim", "christian",
    "jewish", "sunni", "shia", "kurdish", "slavic", "latin", "nordic", "baltic", "caucasian",
];

/// The entity stage. Needs the token and sentence layers; writes the entity layer.
pub struct RuleEntityRecognizer {
    places: Arc<dyn PlaceLexicon>,
    model: Option<&'static NerModel>,
}

impl RuleEntityRecognizer {
    /// The rules alone.
    pub fn new(places: Arc<dyn PlaceLexicon>) -> RuleEntityRecognizer {
        RuleEntityRecognizer { places, model: None }
    }
    /// The rules with the names of a trained model merged in (see the module documentation).
    pub fn with_model(self, model: &'static NerModel) -> RuleEntityRecognizer {
        RuleEntityRecognizer { model: Some(model), ..self }
    }
}

impl Stage for RuleEntityRecognizer {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let layer = recognize_with(doc, self.places.as_ref(), self.model);
        doc.set_entities(layer)
    }
}

/// A typed candidate mention before resolution.
#[derive(Clone, Debug)]
struct Candidate {
    first: usize,
    end: usize,
    name: String,
    entity_type: EntityType,
    org_kind: Option<OrgKind>,
    country: Option<String>,
    kind: MentionKind,
    /// Typed by a guess (a name shape, the fallback), not by a word list or the gazetteer.
    weak: bool,
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=8).contains(&n)
        && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && word.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// "MoD" for "Ministry of Defense", "DoJ" for "Department of Justice": an acronym written in
/// mixed case, whose capitals are the initials of the name's capitalised words, in order.
fn is_mixed_acronym_of(word: &str, name: &str) -> bool {
    let n = word.chars().count();
    let capitals: String = word.chars().filter(char::is_ascii_uppercase).collect();
    let initials: String = name.split_whitespace().filter_map(|w| w.chars().next()).filter(char::is_ascii_uppercase).collect();
    let mut rest = initials.chars();
    (2..=6).contains(&n)
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && capitals.len() >= 2
        && capitals.chars().all(|c| rest.any(|i| i == c))
}

/// "KN-23", "S-400", "Su-34", "MiG-29", "Shahed-136": letters, a hyphen, digits.
fn is_designation(word: &str) -> bool {
    let Some((head, tail)) = word.split_once('-') else { return false };
    let head_ok = !head.is_empty()
        && head.len() <= 8
        && head.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && head.chars().all(|c| c.is_ascii_alphabetic());
    let tail_ok = !tail.is_empty()
        && tail.chars().next().is_some_and(|c| c.is_ascii_digit())
        && tail.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    head_ok && tail_ok
}

/// "Jong-Un", "Jong-sik": a romanised two-syllable given name.
fn is_hyphenated_given_name(word: &str) -> bool {
    let Some((a, b)) = word.split_once('-') else { return false };
    let short = |s: &str| (2..=5).contains(&s.chars().count()) && s.chars().all(char::is_alphabetic);
    short(a) && short(b) && is_capitalised(a) && a.chars().skip(1).all(char::is_lowercase)
}

fn is_possessive(word: &str) -> bool {
    matches!(word, "’s" | "'s" | "’" | "'")
}

struct Scan<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentence_start: HashSet<usize>,
    /// Tokens of sentences written in headline case, where capitals say little.
    title_cased: HashSet<usize>,
    lowercase_words: HashSet<String>,
    /// Capitalised words seen inside running text (not opening a sentence, not in a headline).
    body_capitalised: HashSet<&'a str>,
    /// Capitalised words that belong to a place name of two or three words the gazetteer knows:
    /// names even where capitals say little ("New York." opening a line keeps its "New").
    place_name_words: HashSet<usize>,
}

impl<'a> Scan<'a> {
    /// A month abbreviation without its period before a day number ("Oct 23", "Jan 5"): a date.
    fn month_before_day(&self, i: usize) -> bool {
        MONTH_ABBREVIATIONS.contains(&lower(self.word(i)).as_str()) && self.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.span.range()])
    }

    fn is_name_word(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        let w = self.word(i);
        t.kind == TokenKind::Word
            && is_capitalised(w)
            && w != "I"
            && (!TIME_WORDS.contains(&lower(w).as_str()) || self.month_as_surname(i))
            && !self.time_zone_after_clock(i)
            // "Oct 23", "Jan 5": a month without its period before a day ("Jan Egeland" stays).
            && !self.month_before_day(i)
            && !is_possessive(w)
            // "Won’t" is split into "Wo" + "n’t": a verb, not the end of a name.
            && !matches!(self.word(i + 1), "n’t" | "n't")
            // In a headline only words also capitalised in running text are names, and the words
            // of a place's name.
            && (!self.title_cased.contains(&i) || self.body_capitalised.contains(w) || self.place_name_words.contains(&i))
    }

    /// "Theresa May", "Brian May": a month's name after a given name is a surname (not "in
    /// May", "Last May", "Friday, May 5").
    fn month_as_surname(&self, i: usize) -> bool {
        let w = lower(self.word(i));
        if !matches!(w.as_str(), "may" | "march" | "june" | "april" | "august") || i == 0 {
            return false;
        }
        let prev = self.word(i - 1);
        // (Not in a headline, "Russia May Launch ...", nor after an acronym, "the OPEC June
        // meeting".)
        if self.title_cased.contains(&i) || is_acronym(prev) {
            return false;
        }
        let given = is_capitalised(prev)
            && self.tokens[i - 1].kind == TokenKind::Word
            && !TIME_WORDS.contains(&lower(prev).as_str())
            && !COMMON_CAPITALISED.contains(&lower(prev).as_str())
            && !matches!(lower(prev).as_str(), "last" | "next" | "early" | "late" | "mid" | "this" | "since" | "until" | "in" | "on" | "by")
            && !self.lowercase_words.contains(&lower(prev));
        let day_follows = self.word(i + 1).starts_with(|c: char| c.is_ascii_digit());
        given && !day_follows
    }

    /// "18:40 EET", "3 p.m. GMT": a time zone after a clock time.
    fn time_zone_after_clock(&self, i: usize) -> bool {
        let clock = |w: &str| w.contains(':') && w.starts_with(|c: char| c.is_ascii_digit()) || matches!(w, "a.m." | "p.m." | "am" | "pm");
        let w = self.word(i);
        i > 0 && w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()) && TIME_ZONES.contains(&lower(w).as_str()) && {
            let prev = self.word(i - 1);
            clock(prev) || prev.bytes().all(|b| b.is_ascii_digit()) && i >= 3 && self.word(i - 2) == ":"
        }
    }

    /// Whether the text writes this lower-cased word, or its plural or singular, in lower case.
    fn written_lower(&self, l: &str) -> bool {
        self.lowercase_words.contains(l)
            || self.lowercase_words.contains(&format!("{l}s"))
            || l.strip_suffix('s').is_some_and(|w| self.lowercase_words.contains(w))
    }

    /// After a colon ("Live updates: Drone strikes on ..."), where a capital says little; not
    /// after a dateline's dash ("KYIV — State Emergency Service rescuers ...").
    fn after_colon(&self, i: usize) -> bool {
        i > 0 && self.word(i - 1) == ":"
    }

    /// A word after a colon that the text writes in lower case elsewhere and never capitalised
    /// inside running text: an ordinary word.
    fn common_after_colon(&self, i: usize) -> bool {
        let w = self.word(i);
        self.after_colon(i) && !self.body_capitalised.contains(w) && self.written_lower(&lower(w))
    }

    /// A capitalised word where capitals are expected anyway (a sentence start, after a colon,
    /// an opening quote or a dash, or anywhere in a headline-cased sentence) that is an
    /// ordinary word.
    fn is_common_opener(&self, i: usize) -> bool {
        let prev = if i > 0 { self.word(i - 1) } else { "" };
        let l = lower(self.word(i));
        let quoted_start = i > 0 && is_open_quote(prev) && self.sentence_start.contains(&(i - 1));
        let at_start = self.sentence_start.contains(&i) || self.title_cased.contains(&i) || quoted_start;
        if !at_start {
            // After a colon, dash or quotation mark inside a sentence only function words are
            // ordinary ("PENCE: Well, ..."); "a “Special Battalion”" is still a name.
            // After a colon, a word the text writes in lower case elsewhere is one too ("Live
            // updates: Drone strikes on ...", where the text says "drones").
            let soft_start = matches!(prev, ":" | "—" | "–" | "-" | "--") || is_open_quote(prev);
            return soft_start && COMMON_CAPITALISED.contains(&l.as_str()) || self.common_after_colon(i);
        }
        // ("Defence Ministry says 30 drones downed", "Air Force reports ...": a word the text
        // writes in lower case elsewhere, "air defence", still opens a body's name before its
        // capitalised head.)
        let next = self.word(i + 1);
        let body_head = is_capitalised(next) && BODY_HEADS.contains(&lower(next).as_str()) && !self.sentence_start.contains(&(i + 1));
        if body_head && !COMMON_CAPITALISED.contains(&l.as_str()) {
            return false;
        }
        let singular = l.strip_suffix('s').unwrap_or(&l).to_string();
        COMMON_CAPITALISED.contains(&l.as_str())
            || self.lowercase_words.contains(&l)
            || self.lowercase_words.contains(&singular)
            // ("Drone strikes hit ..." where the text writes "drones".)
            || self.lowercase_words.contains(&format!("{l}s"))
    }
}

/// Tokens of sentences where most longer words are capitalised ("Trump Was ‘Mocking’ Clinton
/// Camp"): headlines and titles.
fn headline_tokens(doc: &Doc) -> HashSet<usize> {
    let mut out = HashSet::new();
    for s in doc.sentences() {
        let words: Vec<&str> = (s.first_token..s.end_token)
            .map(|i| doc.slice(doc.tokens()[i].span))
            .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
            .collect();
        let capitalised = words.iter().filter(|w| is_capitalised(w)).count();
        // A headline stands on a line of its own.
        let text = doc.text();
        let line_start = text[..s.span.start()].chars().next_back().is_none_or(|c| c == '\n');
        let line_end = text[s.span.end()..].chars().next().is_none_or(|c| c == '\n' || c == '\r');
        if line_start && line_end && words.len() >= 4 && capitalised * 10 >= words.len() * 8 {
            out.extend(s.first_token..s.end_token);
        }
    }
    out
}

fn is_open_quote(w: &str) -> bool {
    // (Two apostrophes or backquotes are one double quotation mark: ''Nobody was told.'')
    matches!(w, "“" | "\"" | "‘" | "'" | "''" | "``" | "(")
}

/// Recognises and resolves the entities of a document with the rules alone.
pub fn recognize(doc: &Doc, places: &dyn PlaceLexicon) -> EntityLayer {
    recognize_with(doc, places, None)
}

/// Recognises and resolves the entities of a document, with a trained model's names merged into
/// the rules' candidates when a model is given.
pub fn recognize_with(doc: &Doc, places: &dyn PlaceLexicon, model: Option<&NerModel>) -> EntityLayer {
    let text = doc.text();
    let tokens = doc.tokens();
    // ("• In Myanmar, the junta ...": the word after a list's bullet opens the sentence.)
    // (Or a post's pictograph: "🔻 In the Kursk direction ...", "⚡️ Russian MoD: ...".)
    let bullet = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            let w = &text[t.span.range()];
            matches!(w, "-" | "–" | "—") || sitrep_doc::is_line_decoration(w)
        })
    };
    let sentence_start: HashSet<usize> = doc
        .sentences()
        .iter()
        .flat_map(|s| if bullet(s.first_token) { vec![s.first_token, s.first_token + 1] } else { vec![s.first_token] })
        .collect();
    let lowercase_words: HashSet<String> = tokens
        .iter()
        .map(|t| &text[t.span.range()])
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect();
    let title_cased = headline_tokens(doc);
    // (Not after a colon, where capitals are expected: "Live updates: Drone strikes".)
    let body_capitalised: HashSet<&str> = (0..tokens.len())
        .filter(|&i| !title_cased.contains(&i) && !sentence_start.contains(&i) && !(i > 0 && &text[tokens[i - 1].span.range()] == ":"))
        .map(|i| &text[tokens[i].span.range()])
        .filter(|w| is_capitalised(w))
        .collect();
    let place_name_words = place_name_words(text, tokens, places);
    let scan = Scan { text, tokens, sentence_start, title_cased, lowercase_words, body_capitalised, place_name_words };

    let mut candidates = find_runs(&scan, places);
    if let Some(model) = model {
        merge_model_names(doc, &scan, places, model, &mut candidates);
    }
    add_lowercase_long_forms(&scan, places, &mut candidates);
    countries_named_at_the_end(places, &mut candidates);
    groups_named_by_code(&scan, &mut candidates);
    name_the_vessels(&scan, places, &mut candidates);
    name_the_weapons(&scan, places, &mut candidates);
    bodies_named_after_their_description(&scan, &mut candidates);
    name_the_outlet(doc.meta().outlet.as_deref(), &mut candidates);
    outlets_named_as_such(&scan, &mut candidates);
    dateline_outlets(&scan, &mut candidates);
    kin_named(&scan, &mut candidates);
    dotted_acronyms(places, &mut candidates);
    name_the_halves(&scan, &mut candidates);
    number_the_units(&scan, &mut candidates);
    name_force_groupings(&scan, &mut candidates);
    leave_out_the_writers(&scan, &mut candidates);
    leave_out_wire_tags(&scan, &mut candidates);
    weapon_abbreviations_name_no_one(&scan, places, &mut candidates);
    places_listed_and_named_again(&scan, &mut candidates);
    acronyms_of_organisations_name_no_place(places, &mut candidates);
    adjectives_opening_a_sentence(doc, &scan, &mut candidates);
    quoted_words_name_no_one(&scan, &mut candidates);
    groups_named_by_number(&scan, &mut candidates);
    bodies_described_in_apposition(&scan, places, &mut candidates);
    candidates.sort_by_key(|c| (c.first, std::cmp::Reverse(c.end)));
    qualify_owned_names(&scan, places, &mut candidates);
    resolve(doc, &scan, candidates, places)
}

/// "G7 ministers condemn ...", "the Group of Seven (G7)": a club of states named by its number
/// is the club, whichever way the text writes it.
fn groups_named_by_number(scan: &Scan<'_>, candidates: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for i in 0..scan.tokens.len() {
        let Some(&(_, long)) = NUMBERED_GROUPS.iter().find(|(short, _)| *short == scan.word(i)) else { continue };
        candidates.retain(|c| !(c.first <= i && i < c.end && c.end - c.first == 1));
        if candidates.iter().any(|c| c.first <= i && i < c.end) {
            continue;
        }
        found.push(Candidate {
            first: i,
            end: i + 1,
            name: long.to_string(),
            entity_type: EntityType::Org,
            org_kind: None,
            country: None,
            kind: MentionKind::Alias,
            weak: false,
        });
    }
    candidates.extend(found);
}

/// "The car was marked with the word “PRESS,”", "a sign reading “Kyiv”": a word quoted as a
/// word names no one.
fn quoted_words_name_no_one(scan: &Scan<'_>, candidates: &mut Vec<Candidate>) {
    candidates.retain(|c| {
        let quoted = c.first >= 2 && is_open_quote(scan.word(c.first - 1));
        !(quoted && matches!(lower(scan.word(c.first - 2)).as_str(), "word" | "words" | "letters" | "sign" | "slogan" | "inscription" | "reading" | "label"))
    });
}

/// "Fingrid, the Finnish grid operator, said ...": a word opening a sentence that the text
/// describes in apposition as a body ("the ... operator", "a ... company") is that body's name,
/// though neither the rules nor the model knew it. Media heads make it an outlet.
fn bodies_described_in_apposition(scan: &Scan<'_>, places: &dyn PlaceLexicon, candidates: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for &i in &scan.sentence_start {
        let w = scan.word(i);
        let taken = candidates.iter().any(|c| c.first <= i && i < c.end);
        if taken || !is_capitalised(w) || scan.word(i + 1) != "," || !matches!(scan.word(i + 2), "the" | "a" | "an") || places.place_kind(w).is_some() {
            continue;
        }
        // (Not a sentence adverb: "Separately, the company, which runs the pipeline, said".)
        if COMMON_CAPITALISED.contains(&lower(w).as_str()) || scan.lowercase_words.contains(&lower(w)) || SENTENCE_ADVERBS.contains(&lower(w).as_str()) {
            continue;
        }
        let Some(comma) = (i + 3..i + 8).find(|&j| scan.word(j) == ",") else { continue };
        let head = lower(scan.word(comma - 1));
        // (The apposition closed, then the name's verb: "Fingrid, the Finnish grid operator,
        // said"; not a relative clause or a participle after it.)
        let after = scan.word(comma + 1);
        if !after.starts_with(char::is_lowercase) || matches!(after, "which" | "who" | "whose" | "where" | "when" | "citing" | "according" | "and" | "but") || after.ends_with("ing") {
            continue;
        }
        let media = MEDIA_HEADS.contains(&head.as_str());
        if !media && !BODY_DESCRIPTIONS.contains(&head.as_str()) {
            continue;
        }
        found.push(Candidate {
            first: i,
            end: i + 1,
            name: w.to_string(),
            entity_type: EntityType::Org,
            org_kind: media.then_some(OrgKind::MediaOutlet),
            country: None,
            kind: MentionKind::Name,
            weak: false,
        });
    }
    candidates.extend(found);
}

/// "Independent analysts estimate ...": an adjective opening a sentence before people in the
/// plural names no one (not the newspaper "The Independent"), when the tagger reads it as one and
/// the text never writes it capitalised elsewhere; "Reuters journalists" is a name.
fn adjectives_opening_a_sentence(doc: &Doc, scan: &Scan<'_>, candidates: &mut Vec<Candidate>) {
    let Some(syntax) = doc.syntax() else { return };
    let xpos = |i: usize| syntax.xpos.get(i).map_or("", String::as_str);
    candidates.retain(|c| {
        let opening = c.end == c.first + 1 && scan.sentence_start.contains(&c.first) && !c.entity_type.is_place() && c.entity_type != EntityType::Norp;
        let before_people = scan.word(c.end).starts_with(char::is_lowercase) && xpos(c.end) == "NNS";
        !(opening && xpos(c.first) == "JJ" && before_people && !scan.body_capitalised.contains(scan.word(c.first)))
    });
}

/// "fighting flares in West Darfur, UNHCR says" in a headline, "the U.N. refugee agency UNHCR
/// said" in the lead: letters the text once gives an organisation name it wherever they stand,
/// though a comma after a place made them look like its region ("Kenansville, N.C."), unless
/// the gazetteer knows them as a place.
fn acronyms_of_organisations_name_no_place(places: &dyn PlaceLexicon, candidates: &mut [Candidate]) {
    let organisations: HashSet<String> = candidates
        .iter()
        .filter(|c| matches!(c.entity_type, EntityType::Org | EntityType::Unit) && is_acronym(&c.name))
        .map(|c| c.name.clone())
        .collect();
    let typed: Vec<(usize, EntityType, Option<OrgKind>)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.entity_type.is_place() && organisations.contains(&c.name) && places.place_kind(&c.name).is_none())
        .filter_map(|(i, c)| {
            let like = candidates.iter().find(|o| o.name == c.name && !o.entity_type.is_place())?;
            Some((i, like.entity_type, like.org_kind))
        })
        .collect();
    for (i, entity_type, org_kind) in typed {
        let c = &mut candidates[i];
        (c.entity_type, c.org_kind, c.country) = (entity_type, org_kind, None);
    }
}

/// "repelled 14 attacks near Toretsk and Chasiv Yar", "the road between Nabatieh and Kfar
/// Roummane": a name of no known kind joined by "and" or a comma to a place after a preposition
/// of place is a place too; and "the village of
/// Kotlyne ... did not mention Kotlyne": a name the text once made a place stays one, whatever
/// the model made of it elsewhere.
fn places_listed_and_named_again(scan: &Scan<'_>, candidates: &mut [Candidate]) {
    // (An organisation the model guessed: its way of reading a town it never saw, "Chasiv Yar";
    // not a person's name, "Tyler", nor a thing, "El Niño".)
    let untyped = |c: &Candidate| {
        c.org_kind.is_none() && c.country.is_none() && (c.entity_type == EntityType::Org || c.weak && matches!(c.entity_type, EntityType::Per | EntityType::Misc))
    };
    let listed: Vec<usize> = (0..candidates.len())
        .filter(|&n| {
            let c = &candidates[n];
            // (Between a place and a name, the name is a place, whoever the model took it for.)
            let between = |p: &Candidate| p.first >= 1 && lower(scan.word(p.first - 1)) == "between" && scan.word(c.first - 1) == "and";
            // (A person the model read only on a way between two places: "the road between
            // Nabatieh and Kfar Roummane"; not "the feud between Ukraine and Viktor Orban".)
            let route = |p: &Candidate| {
                p.first >= 2 && matches!(lower(scan.word(p.first - 2)).as_str(), "road" | "highway" | "route" | "railway" | "border" | "frontier" | "corridor" | "stretch" | "area" | "line" | "villages" | "towns")
            };
            let person = c.entity_type == EntityType::Per && c.org_kind.is_none();
            c.first >= 2 && matches!(scan.word(c.first - 1), "and" | ",") && candidates.iter().any(|p| {
                p.entity_type.is_place() && p.end + 1 == c.first && p.first >= 1 && (untyped(c) && matches!(lower(scan.word(p.first - 1)).as_str(), "near" | "in" | "around" | "outside" | "towards" | "toward" | "at" | "into") || (untyped(c) || person) && route(p) && between(p))
            })
        })
        .collect();
    // ("the village of Kotlyne", "the town of Masisi": a settlement's name.)
    let settlement = |c: &Candidate| {
        c.first >= 2 && scan.word(c.first - 1) == "of" && matches!(lower(scan.word(c.first - 2)).as_str(), "village" | "town" | "city" | "hamlet" | "settlement" | "villages" | "towns")
    };
    // (Whatever the model took it for: "the town of Sake" is no person.)
    let settled: Vec<usize> = (0..candidates.len())
        .filter(|&n| (untyped(&candidates[n]) || candidates[n].entity_type == EntityType::Per && candidates[n].org_kind.is_none()) && settlement(&candidates[n]))
        .collect();
    // (A settlement the model already read as a place counts too.)
    let mut place_names: HashSet<String> = candidates.iter().filter(|c| c.entity_type.is_place() && settlement(c)).map(|c| c.name.clone()).collect();
    for n in listed.into_iter().chain(settled) {
        candidates[n].entity_type = EntityType::Loc;
        candidates[n].weak = false;
        place_names.insert(candidates[n].name.clone());
    }
    // (Only a name these rules made a place: the gazetteer's own readings are the resolver's.)
    // (Standing alone, not modifying a noun or owning one: "the Kessa city council", "Varn's
    // government" are bodies of the place.)
    let alone = |c: &Candidate| {
        let next = scan.word(c.end);
        !is_possessive(next) && !(scan.tokens.get(c.end).is_some_and(|t| t.kind == TokenKind::Word) && next.starts_with(char::is_lowercase) && !matches!(next, "and" | "or" | "on" | "in" | "at" | "near" | "was" | "is" | "had" | "has"))
    };
    // (Or after a preposition of place, whatever the model took it for: "the town of Sake ...
    // Residents of Sake told".)
    let after_place_word = |c: &Candidate| c.first >= 1 && matches!(scan.word(c.first - 1), "of" | "in" | "near" | "from" | "at" | "outside" | "around");
    let person = |c: &Candidate| c.entity_type == EntityType::Per && c.org_kind.is_none();
    for c in candidates.iter_mut().filter(|c| (untyped(c) && alone(c) || (untyped(c) || person(c)) && after_place_word(c)) && place_names.contains(&c.name)) {
        c.entity_type = EntityType::Loc;
    }
}

/// "(LEAD) N. Korea sends troops", "(2nd LD) ...", "(END)": a wire tag in parentheses opening a
/// line, or alone on its line, names no one (not "the Liberal Democrats (LD)" in a sentence).
fn leave_out_wire_tags(scan: &Scan<'_>, candidates: &mut Vec<Candidate>) {
    let text = scan.text;
    candidates.retain(|c| {
        let (Some(first), Some(last)) = (scan.tokens.get(c.first), scan.tokens.get(c.end.saturating_sub(1))) else { return true };
        let line_start = text[..first.span.start()].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[last.span.end()..].find('\n').map_or(text.len(), |i| last.span.end() + i);
        let Some(open) = text[line_start..first.span.start()].rfind('(').map(|i| line_start + i) else { return true };
        let Some(close) = text[last.span.end()..line_end].find(')').map(|i| last.span.end() + i) else { return true };
        let opens_line = text[line_start..open].trim().is_empty();
        !(opens_line && sitrep_doc::is_wire_tag(&text[open + 1..close]))
    });
}

/// "destroyed 47 Ukrainian UAVs": a run that ends in a weapon's abbreviation is a nationality
/// before a common noun (the nationality stays, typed as one), never a person or a body.
fn weapon_abbreviations_name_no_one(scan: &Scan<'_>, places: &dyn PlaceLexicon, candidates: &mut Vec<Candidate>) {
    let mut kept = Vec::with_capacity(candidates.len());
    for mut c in candidates.drain(..) {
        // (Written in capitals, with a plural "s" at most: "UAVs", "ICBM".)
        let written = scan.word(c.end.saturating_sub(1));
        let capitals = written.strip_suffix('s').unwrap_or(written).chars().all(|ch| ch.is_ascii_uppercase());
        let last = lower(written);
        if c.end == 0 || !capitals || !crate::lexicon::WEAPON_ABBREVIATIONS.contains(&last.as_str()) {
            kept.push(c);
            continue;
        }
        // ("Ukrainian UAVs": the demonym alone.)
        let first = scan.word(c.first);
        if let (true, Some(country)) = (c.end > c.first + 1, places.demonym_country(first)) {
            c.end = c.first + 1;
            c.name = first.to_string();
            c.entity_type = EntityType::Norp;
            c.org_kind = None;
            c.country = Some(country.to_string());
            c.weak = false;
            kept.push(c);
        }
    }
    *candidates = kept;
}

/// "By Mina Cho and Daniel Roe": the writers a byline names under the headline are who wrote the
/// report, not people it tells of (the byline reader in `sitrep-ingest` records the writer); their
/// names there are no entity mentions. (A short line opening with "By" in the first lines only.)
fn leave_out_the_writers(scan: &Scan<'_>, candidates: &mut Vec<Candidate>) {
    let text = scan.text;
    let on_a_byline = |c: &Candidate| {
        let Some(t) = scan.tokens.get(c.first) else { return false };
        let start = t.span.start();
        if start > 600 {
            return false;
        }
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = &text[line_start..line_end];
        let opens = line.trim_start().strip_prefix("By ").or_else(|| line.trim_start().strip_prefix("BY "));
        // (Names, their joints and a date or outlet: not "By Tuesday, Putin had signed it".)
        let names_only = |rest: &str| {
            rest.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(w, "and" | "in" | "for" | "|" | "&" | "-" | "—" | "–" | "and," | "de" | "van" | "von")
            })
        };
        opens.is_some_and(names_only) && line.split_whitespace().count() <= 12
    };
    candidates.retain(|c| !(c.entity_type == EntityType::Per && on_a_byline(c)));
}

/// "the tanker Orla", "The tanker, the Marisol,", "a fifth vessel, the Astra": a name right after
/// a word for a vessel, or in apposition to one, is the vessel's (equipment), wherever the
/// document names it ("the Marisol switched off its transponder"), whatever it looks like to the
/// rules or the model (a town's, a person's, a firm's).
fn name_the_vessels(scan: &Scan<'_>, places: &dyn PlaceLexicon, candidates: &mut [Candidate]) {
    // A vessel word as a noun: after an article, a possessive or a number ("the tanker", "a
    // fifth vessel", "Norland's frigate"; not "plans to ship Norland grain").
    let vessel = |i: usize| {
        let w = lower(scan.word(i));
        let before = if i > 0 { lower(scan.word(i - 1)) } else { String::new() };
        VESSEL_NOUNS.contains(&w.as_str())
            && (matches!(before.as_str(), "the" | "a" | "an" | "its" | "their" | "'s" | "’s" | "oil" | "cargo" | "navy" | "naval" | "fishing")
                || before.ends_with("th")
                || matches!(before.as_str(), "second" | "third" | "first" | "another" | "same" | "russian-flagged" | "flagged")
                // ("the two vessels, the Ostrava Star and the Severny Bereg")
                || matches!(before.as_str(), "two" | "three" | "four" | "five" | "both" | "several" | "these" | "those")
                // ("the Russian landing ship", "a large patrol boat": past a few modifiers to
                // the article; a singular noun only, not the verb of "the company ships Norland
                // grain".)
                || !w.ends_with('s') && (i.saturating_sub(4)..i.saturating_sub(1)).rev().any(|j| {
                    matches!(lower(scan.word(j)).as_str(), "the" | "a" | "an" | "another" | "its" | "their")
                        && (j + 1..i).all(|m| {
                            let w = lower(scan.word(m));
                            scan.tokens.get(m).is_some_and(|t| t.kind == TokenKind::Word)
                                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                                // (Not a verb's: "the company would ship Norland grain".)
                                && !matches!(w.as_str(), "would" | "will" | "could" | "can" | "to" | "may" | "might" | "must" | "should" | "did" | "does" | "not" | "also" | "and" | "or")
                                // (Nor past a plural subject: "the two companies ship ...".)
                                && !(w.ends_with('s') && !w.ends_with("ss"))
                        })
                }))
    };
    // ("The Olenegorsky Gornyak, another landing ship, ...": a vessel word in apposition after
    // the name.)
    let vessel_apposition = |end: usize| {
        scan.word(end) == ","
            && matches!(lower(scan.word(end + 1)).as_str(), "a" | "an" | "another" | "the")
            && (end + 2..end + 5)
                .find(|&j| !scan.word(j).chars().all(|c| c.is_alphabetic() || c == '-') || VESSEL_NOUNS.contains(&lower(scan.word(j)).as_str()))
                // (An apposition closes: not "According to the CMA, the ships were carrying".)
                .is_some_and(|j| vessel(j) && matches!(scan.word(j + 1), "," | ")" | "—" | "–"))
    };
    // The name ends where a vessel's would: a comma, bracket, full stop, a preposition of
    // place or a verb's auxiliary; not a finite verb of its own ("the tanker Iran seized",
    // "a Russian warship, the Kremlin said").
    let ends_like_a_vessel = |end: usize| {
        let w = lower(scan.word(end));
        w.is_empty()
            || matches!(
                w.as_str(),
                "," | "." | ")" | "(" | ";" | ":" | "—" | "–" | "off" | "near" | "in" | "at" | "to" | "from" | "was" | "is" | "had" | "has" | "and" | "which" | "that" | "with" | "on" | "'s" | "’s" | "sailed" | "docked" | "sank" | "arrived" | "left"
            )
    };
    // (Never a country or a body the rules know: "the tanker, the Kremlin said"; a town's name
    // may be a boat's, "a second Philippine boat, the Cabra".)
    let state = |c: &Candidate| c.entity_type == EntityType::Norp || c.entity_type == EntityType::Gpe && !town_name(places, &c.name);
    let could_be_a_vessel = |c: &Candidate| c.end <= c.first + 3 && ends_like_a_vessel(c.end) && c.org_kind.is_none() && !state(c);
    let after_vessel_word = |f: usize| f >= 1 && vessel(f - 1) || f >= 3 && lower(scan.word(f - 1)) == "the" && scan.word(f - 2) == "," && vessel(f - 3);
    let mut vessels: Vec<&Candidate> = candidates.iter().filter(|c| could_be_a_vessel(c) && (after_vessel_word(c.first) || vessel_apposition(c.end))).collect();
    // ("the vessels, the Ostrava Star and the Severny Bereg": the second of two named so, not a
    // place, "the tanker Volgoneft and the Crimean Bridge".)
    let coordinated: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| could_be_a_vessel(c) && !c.entity_type.is_place() && c.first >= 3 && lower(scan.word(c.first - 1)) == "the" && lower(scan.word(c.first - 2)) == "and")
        .filter(|c| vessels.iter().any(|p| p.end == c.first - 2))
        .collect();
    vessels.extend(coordinated);
    // (A boat named after a town is the boat only where it is told as one: "the landing ship
    // Minsk" beside "talks in Minsk".)
    let in_context: HashSet<(usize, usize)> = vessels.iter().filter(|c| town_name(places, &c.name)).map(|c| (c.first, c.end)).collect();
    let named: HashSet<String> = vessels.iter().map(|c| c.name.clone()).collect();
    retype_as_equipment(candidates, &named, |c| in_context.contains(&(c.first, c.end)));
}

/// Whether `name` is a town's in the gazetteer, not a country's or a region's.
fn town_name(places: &dyn PlaceLexicon, name: &str) -> bool {
    matches!(places.place_kind(name), Some(PlaceKind::City | PlaceKind::Other))
}

/// Every candidate whose name is one of `named` becomes equipment, wherever the document names
/// it; never a country, a nationality or a body the rules know (a place only where `town`
/// allows it).
fn retype_as_equipment(candidates: &mut [Candidate], named: &HashSet<String>, town: impl Fn(&Candidate) -> bool) {
    for c in candidates.iter_mut().filter(|c| named.contains(&c.name) && c.org_kind.is_none() && c.entity_type != EntityType::Norp && (c.entity_type != EntityType::Gpe || town(c))) {
        c.entity_type = EntityType::Equipment;
        c.country = None;
        c.weak = false;
    }
}

/// "Defence Intelligence of the Ministry of Defence of Ukraine", "Armed Forces of the Russian
/// Federation": an organisation whose name ends "of" a country is that country's.
fn countries_named_at_the_end(places: &dyn PlaceLexicon, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.country.is_none() && matches!(c.entity_type, EntityType::Org | EntityType::Unit)) {
        let Some((_, last)) = c.name.rsplit_once(" of ") else { continue };
        let last = last.strip_prefix("the ").unwrap_or(last);
        if places.place_kind(last) == Some(PlaceKind::Country) {
            c.country = places.country_of(last).map(str::to_string);
        }
    }
}

/// "M23 rebels", "the M23 said": a code of capitals and digits before a word for an armed
/// group names that group (an organisation), wherever the document writes the code; a code
/// before a weapon word ("M777 howitzers") is left to the weapon rules.
fn groups_named_by_code(scan: &Scan<'_>, candidates: &mut Vec<Candidate>) {
    let code = |w: &str| {
        let letters = w.chars().take_while(char::is_ascii_uppercase).count();
        (1..=4).contains(&letters) && w.len() > letters && w.len() - letters <= 3 && w[letters..].chars().all(|c| c.is_ascii_digit())
    };
    let n = scan.tokens.len();
    let groups: HashSet<&str> = (0..n)
        .filter(|&i| code(scan.word(i)) && matches!(lower(scan.word(i + 1)).as_str(), "rebels" | "rebel" | "militants" | "militia" | "fighters" | "group" | "movement" | "insurgents"))
        .map(|i| scan.word(i))
        .collect();
    for i in (0..n).filter(|&i| groups.contains(scan.word(i))) {
        if let Some(c) = candidates.iter_mut().find(|c| c.first == i && c.end == i + 1) {
            if c.weak || matches!(c.entity_type, EntityType::Misc | EntityType::Equipment) {
                (c.entity_type, c.org_kind, c.weak) = (EntityType::Org, None, false);
            }
            continue;
        }
        if candidates.iter().any(|c| c.first <= i && i < c.end) {
            continue;
        }
        candidates.push(Candidate {
            first: i,
            end: i + 1,
            name: scan.word(i).to_string(),
            entity_type: EntityType::Org,
            org_kind: None,
            country: None,
            kind: MentionKind::Name,
            weak: false,
        });
    }
}

/// "Iskander and Tochka-U missiles", "Shahed drones", "Kinzhal hypersonic missiles": a name
/// before a word for a weapon (perhaps past one descriptive word, or joined by "and" to another
/// name before it) is the weapon's (equipment), wherever the document names it; not a country
/// or nationality ("Iranian drones"), nor a body the rules know.
/// Whether a candidate may name a weapon: short, of no kind a word list gave it, no place or
/// nationality, and acting or speaking nowhere in the text ("Hamas rockets hit Ashkelon. Hamas
/// said ...").
fn may_be_a_weapon(scan: &Scan<'_>, candidates: &[Candidate], c: &Candidate) -> bool {
    let acts = |name: &str| {
        candidates.iter().filter(|d| d.name == name).any(|d| {
            matches!(lower(scan.word(d.end)).as_str(), "said" | "says" | "told" | "claimed" | "denied" | "announced" | "seized" | "captured" | "fighters" | "militants")
        })
    };
    c.org_kind.is_none() && !matches!(c.entity_type, EntityType::Gpe | EntityType::Norp | EntityType::Loc | EntityType::Fac) && c.end <= c.first + 3 && !acts(&c.name)
}

fn name_the_weapons(scan: &Scan<'_>, places: &dyn PlaceLexicon, candidates: &mut Vec<Candidate>) {
    let weapon = |i: usize| WEAPON_NOUNS.contains(&lower(scan.word(i)).as_str());
    let descriptive = |i: usize| {
        matches!(
            lower(scan.word(i)).as_str(),
            "hypersonic" | "ballistic" | "cruise" | "attack" | "kamikaze" | "guided" | "anti-ship" | "air-defence" | "air-defense" | "main" | "battle"
                | "anti-aircraft" | "anti-tank" | "surface-to-air" | "air-to-air" | "shoulder-fired" | "portable" | "rocket" | "multiple" | "long-range" | "short-range" | "self-propelled"
        )
    };
    // ("Patriot air defence systems", "the IRIS-T air defense system", "Patriot missile
    // batteries": a system or battery of air defence or missiles after the name; not
    // "Microsoft systems", "Samsung batteries". The name is then equipment wherever the text
    // names it, "two more Patriot systems" too.)
    let system = |i: usize| {
        let air_defence = lower(scan.word(i)) == "air" && matches!(lower(scan.word(i + 1)).as_str(), "defence" | "defense");
        let qualified = air_defence || matches!(lower(scan.word(i)).as_str(), "missile" | "air-defence" | "air-defense" | "anti-aircraft");
        let at = if air_defence { i + 2 } else { i + 1 };
        // ("a Russian Pantsir air defence missile": the missile of an air defence system.)
        qualified && matches!(scan.word(at), "system" | "systems" | "batteries" | "battery") || air_defence && matches!(scan.word(at), "missile" | "missiles")
    };
    // (Up to two descriptive words: "Abrams main battle tanks".)
    let before_weapon = |end: usize| weapon(end) || system(end) || descriptive(end) && (weapon(end + 1) || descriptive(end + 1) && weapon(end + 2));
    // ("a Russian Pantsir air defence missile": a nationality opening the weapon's name is the
    // maker's, a name of its own; the weapon is the rest.)
    let to_split: Vec<(usize, String)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.end > c.first + 1 && may_be_a_weapon(scan, candidates, c) && before_weapon(c.end))
        .filter_map(|(n, c)| places.demonym_country(scan.word(c.first)).map(|country| (n, country.to_string())))
        .collect();
    for (n, country) in to_split.into_iter().rev() {
        let c = &mut candidates[n];
        let rest = (c.first + 1..c.end).map(|i| scan.word(i)).collect::<Vec<_>>().join(" ");
        let weapon = Candidate { first: c.first + 1, end: c.end, name: rest, entity_type: c.entity_type, org_kind: None, country: None, kind: c.kind, weak: c.weak };
        c.end = c.first + 1;
        c.name = scan.word(c.first).to_string();
        c.entity_type = EntityType::Norp;
        c.org_kind = None;
        c.country = Some(country);
        c.weak = false;
        candidates.insert(n + 1, weapon);
    }
    let qualifies = |c: &Candidate| may_be_a_weapon(scan, candidates, c);
    let mut named: HashSet<String> = candidates.iter().filter(|c| qualifies(c) && before_weapon(c.end)).map(|c| c.name.clone()).collect();
    // ("Iskander and Tochka-U missiles": the first of two names the weapon word follows.)
    let joined: Vec<String> = candidates
        .iter()
        .filter(|c| qualifies(c) && lower(scan.word(c.end)) == "and")
        .filter(|c| {
            // (The second name may be no candidate of its own: "Tochka-U", one token, before the
            // weapon word.)
            let second = c.end + 1;
            let capitalised_run_to_weapon = is_capitalised(scan.word(second))
                && (second + 1..second + 4).find(|&j| before_weapon(j)).is_some_and(|w| (second + 1..w).all(|j| is_capitalised(scan.word(j))));
            candidates.iter().any(|d| d.first == second && named.contains(&d.name)) || is_designation(scan.word(second)) && before_weapon(second + 1) || capitalised_run_to_weapon
        })
        .map(|c| c.name.clone())
        .collect();
    named.extend(joined);
    retype_as_equipment(candidates, &named, |_| false);
}

/// "Russia's aviation watchdog Rosaviatsia", "the state energy company Naftogaz": one word named
/// right after a word describing a body is that body, whatever the model took it for (a
/// person's name, mostly), wherever the text names it.
fn bodies_named_after_their_description(scan: &Scan<'_>, candidates: &mut [Candidate]) {
    let named: HashSet<String> = candidates
        .iter()
        .filter(|c| c.end == c.first + 1 && c.entity_type == EntityType::Per && c.first > 0 && BODY_DESCRIPTIONS.contains(&lower(scan.word(c.first - 1)).as_str()))
        // (A description in lower case, not "Finance Group Smith".)
        .filter(|c| scan.word(c.first - 1).starts_with(char::is_lowercase))
        // (Not the subject of a relative clause, "the company Musk founded", "the party Modi
        // leads": a word in lower case follows the body's name only as its verb; nor the surname
        // of a person named in full.)
        .filter(|c| !scan.word(c.end).chars().next().is_some_and(char::is_lowercase) || matches!(scan.word(c.end), "said" | "says" | "told" | "reported" | "announced"))
        .filter(|c| {
            let surname = &c.name;
            !candidates.iter().any(|d| d.entity_type == EntityType::Per && d.end > d.first + 1 && d.name.ends_with(&format!(" {surname}")))
        })
        .map(|c| c.name.clone())
        .collect();
    for c in candidates.iter_mut().filter(|c| c.entity_type == EntityType::Per && named.contains(&c.name)) {
        c.entity_type = EntityType::Org;
        c.weak = false;
    }
}

/// The outlet that published the document is a news outlet wherever the text names it ("The
/// Caspian Courier could not verify the claims"), whatever its name looks like to the rules or
/// the model (a person's, a place's).
fn name_the_outlet(outlet: Option<&str>, candidates: &mut [Candidate]) {
    let bare = |name: &str| {
        let name = name.trim();
        let name = name.strip_prefix("The ").or_else(|| name.strip_prefix("the ")).unwrap_or(name);
        name.to_lowercase()
    };
    let Some(outlet) = outlet.map(bare).filter(|o| !o.is_empty()) else { return };
    // "the Tribune" for the Nordic Daily Tribune, "the Post" for the Kyiv Post: the outlet's last
    // word, when its name has more than one and that word is a news word (not "America" of the
    // Voice of America, nor "Israel" of the Times of Israel).
    let last_word = outlet.rsplit_once(' ').map(|(_, w)| w.to_string()).filter(|w| MEDIA_WORDS.contains(&w.as_str()));
    let names_outlet = |c: &Candidate| {
        let name = bare(&c.name);
        name == outlet || last_word.as_deref() == Some(name.as_str()) && !c.entity_type.is_place()
    };
    for c in candidates.iter_mut().filter(|c| names_outlet(c)) {
        (c.entity_type, c.org_kind, c.weak) = (EntityType::Org, Some(OrgKind::MediaOutlet), false);
    }
}

/// "the E.U.", "the I.R.S.", "the F.B.I.": initials with full stops that name no country or
/// region ("U.S.", "D.C.") are an organisation's, as the same letters without stops would be.
fn dotted_acronyms(places: &dyn PlaceLexicon, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut() {
        let letters = c.name.replace('.', "");
        let dotted = c.name.contains('.') && c.name.len() >= 4 && letters.len() >= 2 && c.name.len() <= letters.len() * 2 && is_acronym(&letters);
        let region = matches!(places.place_kind(&c.name), Some(PlaceKind::Country | PlaceKind::Admin | PlaceKind::Region));
        if dotted && !region && matches!(c.entity_type, EntityType::Misc | EntityType::Loc | EntityType::Gpe) {
            (c.entity_type, c.weak) = (EntityType::Org, false);
        }
    }
}

/// "his wife, Laura,", "his son Hunter": a name right after a word of kinship is a person's,
/// whatever town bears it (Laura in Italy, Ivana in the Philippines).
fn kin_named(scan: &Scan<'_>, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.first > 0) {
        let mut k = c.first - 1;
        if scan.word(k) == "," && k > 0 {
            k -= 1;
        }
        let kin = KINSHIP_WORDS.contains(&lower(scan.word(k)).as_str()) && scan.word(k).starts_with(char::is_lowercase);
        if kin && c.entity_type != EntityType::Per {
            (c.entity_type, c.org_kind, c.weak, c.country) = (EntityType::Per, None, false, None);
        }
    }
}

/// "the independent outlet Pskovskaya Guberniya", "the newspaper Kommersant", "the Telegram
/// channel Rybar", "state news agency KCNA": a name right after a noun for a news outlet is one,
/// whatever it looks like to the rules or the model (a person's name, a place's).
fn outlets_named_as_such(scan: &Scan<'_>, candidates: &mut [Candidate]) {
    // ("Suspilne public broadcaster reported", "Kommersant newspaper said": the noun after.)
    for c in candidates.iter_mut() {
        let after = lower(scan.word(c.end));
        let next = lower(scan.word(c.end + 1));
        let named_kind = matches!(c.entity_type, EntityType::Norp | EntityType::Gpe);
        let outlet_after = matches!(after.as_str(), "newspaper" | "broadcaster" | "daily" | "tabloid")
            || matches!(after.as_str(), "public" | "state" | "news") && matches!(next.as_str(), "broadcaster" | "agency" | "television" | "tv");
        let lower_case = scan.word(c.end).starts_with(char::is_lowercase);
        // (Not a country's: "the Russian state broadcaster", "Ukraine's public broadcaster".)
        if outlet_after && lower_case && !named_kind {
            (c.entity_type, c.org_kind, c.weak, c.country) = (EntityType::Org, Some(OrgKind::MediaOutlet), false, None);
        }
    }
    let mut named_as_outlets: HashSet<String> = HashSet::new();
    for c in candidates.iter_mut().filter(|c| c.first > 0) {
        let before = lower(scan.word(c.first - 1));
        let news_agency = before == "agency" && c.first >= 2 && lower(scan.word(c.first - 2)) == "news";
        let outlet_noun = matches!(
            before.as_str(),
            "outlet" | "newspaper" | "website" | "channel" | "broadcaster" | "magazine" | "tabloid" | "portal" | "newsletter"
        );
        // ("the Estonian daily Harju Teataja", "the daily Kommersant": after an article or a
        // nationality, and ending its phrase; not "the daily General Staff update", "amid daily
        // Hezbollah rocket fire".)
        let periodical = matches!(before.as_str(), "daily" | "weekly" | "paper")
            && c.first >= 2
            && (lower(scan.word(c.first - 2)) == "the" || is_capitalised(scan.word(c.first - 2)))
            && !matches!(
                scan.word(c.end),
                "update" | "updates" | "report" | "reports" | "briefing" | "briefings" | "meeting" | "meetings" | "bulletin" | "summary" | "assessment"
                    | "tally" | "count" | "session" | "sessions" | "statement" | "statements" | "rocket" | "missile" | "drone" | "attacks" | "strikes" | "shelling" | "fire"
            );
        let outlet_noun = outlet_noun || periodical;
        // (Not "Daily" or "Channel" opening the name itself; the noun stands in lower case.)
        let lower_case_noun = scan.word(c.first - 1).starts_with(char::is_lowercase);
        // (Nor a nationality or a state after the noun: "a back channel Washington kept open".)
        let named_kind = c.entity_type == EntityType::Norp || c.entity_type.is_place();
        if (outlet_noun || news_agency) && lower_case_noun && !named_kind {
            (c.entity_type, c.org_kind, c.weak, c.country) = (EntityType::Org, Some(OrgKind::MediaOutlet), false, None);
            if c.end > c.first + 1 {
                named_as_outlets.insert(c.name.clone());
            }
        }
    }
    // ("the Estonian daily Harju Teataja ... Harju Teataja said": the outlet the text named as
    // such is that outlet wherever its name stands again.)
    for c in candidates.iter_mut().filter(|c| named_as_outlets.contains(&c.name) && !c.entity_type.is_place()) {
        (c.entity_type, c.org_kind, c.weak, c.country) = (EntityType::Org, Some(OrgKind::MediaOutlet), false, None);
    }
}

/// "TALLINN, June 4 (Baltic Ledger) - ...": the name in brackets between a dateline's town (in
/// capitals) and its dash is the news outlet that filed the report, whatever it looks like.
fn dateline_outlets(scan: &Scan<'_>, candidates: &mut [Candidate]) {
    let text = scan.text;
    for c in candidates.iter_mut() {
        // (Not a place: "ODESA (Ukraine) —"; and only in the first lines, where a dateline is.)
        if c.first == 0 || scan.word(c.first - 1) != "(" || scan.word(c.end) != ")" || c.entity_type.is_place() || c.entity_type == EntityType::Norp {
            continue;
        }
        let open = scan.tokens[c.first - 1].span.start();
        if text[..open].matches('\n').count() > 4 {
            continue;
        }
        let close = scan.tokens[c.end].span.end();
        let line_start = text[..open].rfind('\n').map_or(0, |i| i + 1);
        let before = text[line_start..open].trim();
        let town = before.split([',', ' ', '/']).next().unwrap_or("");
        let capitals = town.chars().filter(|ch| ch.is_alphabetic()).count() >= 3 && town.chars().all(|ch| !ch.is_lowercase());
        let dash_after = text[close..].trim_start().starts_with(['-', '—', '–']);
        if capitals && before.len() < 40 && dash_after {
            (c.entity_type, c.org_kind, c.weak, c.country) = (EntityType::Org, Some(OrgKind::MediaOutlet), false, None);
        }
    }
}

/// "the 810th Naval Infantry Brigade", "3rd Army Corps": a formation's number is part of its
/// name (the 810th and the 155th brigades are two units).
fn number_the_units(scan: &Scan<'_>, candidates: &mut [Candidate]) {
    let ordinal = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
    };
    for c in candidates.iter_mut().filter(|c| c.entity_type == EntityType::Unit && c.first > 0) {
        let before = c.first - 1;
        if !ordinal(scan.word(before)) {
            continue;
        }
        c.first = before;
        c.name = scan.text[scan.tokens[before].span.start()..scan.tokens[c.end - 1].span.end()].to_string();
    }
}

/// "Units of the Centre group of forces", "the Dnipro grouping of troops": a grouping of forces
/// that a name gives in lower case is one unit, name and all (not an organisation "Centre").
fn name_force_groupings(scan: &Scan<'_>, candidates: &mut Vec<Candidate>) {
    let n = scan.tokens.len();
    let mut found = Vec::new();
    for c in candidates.iter() {
        let e = c.end;
        let grouping = e + 2 < n
            && matches!(lower(scan.word(e)).as_str(), "group" | "grouping")
            && lower(scan.word(e + 1)) == "of"
            && matches!(lower(scan.word(e + 2)).as_str(), "forces" | "troops");
        if grouping {
            let name = scan.text[scan.tokens[c.first].span.start()..scan.tokens[e + 2].span.end()].to_string();
            found.push(Candidate {
                first: c.first,
                end: e + 3,
                name,
                entity_type: EntityType::Unit,
                org_kind: Some(OrgKind::ArmedForce),
                country: c.country.clone(),
                kind: MentionKind::Name,
                weak: false,
            });
        }
    }
    for g in found {
        candidates.retain(|c| c.end <= g.first || c.first >= g.end);
        candidates.push(g);
    }
}

/// "the North" and "the South" in a text that names North or South Korea (Korean news writes
/// them for the two states): the country, one entity with its full name.
fn name_the_halves(scan: &Scan<'_>, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut() {
        let word = scan.word(c.first);
        let half = matches!(word, "North" | "South") && c.end == c.first + 1 && c.first > 0 && lower(scan.word(c.first - 1)) == "the";
        let country = format!("{word} Korea");
        if half && scan.text.contains(&country) {
            c.name = country;
            c.entity_type = EntityType::Gpe;
            c.org_kind = None;
            c.weak = false;
        }
    }
}

/// Finds capitalised runs and types them.
fn find_runs(scan: &Scan<'_>, places: &dyn PlaceLexicon) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = scan.tokens.len();
    let mut i = 0;
    // ("THE HAGUE, March 5 (Wire) -": the article of a place's name in a dateline's capitals.)
    let titled = |w: &str| {
        let mut cs = w.chars();
        cs.next().map(|c| c.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect::<String>()).unwrap_or_default()
    };
    let article_of_place = |i: usize| scan.word(i) == "THE" && is_capitalised(scan.word(i + 1)) && places.place_kind(&format!("The {}", titled(scan.word(i + 1)))).is_some();
    while i < n {
        if !scan.is_name_word(i) && !article_of_place(i) || scan.is_common_opener(i) && !scan.place_name_words.contains(&i) && !article_of_place(i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        loop {
            // A name never runs into the next sentence (a headline without a period over the
            // first word of the text: "... left Kaliningrad\n\nFinland's agency said").
            if scan.sentence_start.contains(&end) {
                break;
            }
            // ("Jama'at Nusrat al-Islam wal-Muslimin": an Arabic article joined to a capitalised
            // word goes on with the name.)
            let particle = ["al-", "el-", "wal-", "ad-", "ash-", "as-", "at-", "ar-", "an-", "az-"]
                .iter()
                .any(|p| scan.word(end).strip_prefix(p).is_some_and(|rest| rest.starts_with(char::is_uppercase)));
            if scan.is_name_word(end) || particle && end > i && scan.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word) {
                end += 1;
            } else if NAME_CONNECTORS.contains(&scan.word(end))
                && scan.is_name_word(end + 1)
                && !scan.sentence_start.contains(&(end + 1))
                && end > i
            {
                end += 2;
            } else if is_possessive(scan.word(end))
                && end > i
                && PERSON_TITLES.contains(&lower(scan.word(end - 1)).as_str())
                && matches!(scan.word(end + 1), "Office" | "Department" | "Bureau" | "Administration")
                && !scan.sentence_start.contains(&(end + 1))
            {
                // "Prosecutor General's Office", "President's Office": an office named by its
                // holder's title.
                end += 2;
            } else if scan.word(end) == "to"
                && PURPOSE_NAMED_HEADS.contains(&lower(scan.word(end - 1)).as_str())
                && scan.is_name_word(end + 1)
                && scan.is_name_word(end + 2)
                && !scan.sentence_start.contains(&(end + 1))
            {
                // "Committee to Protect Journalists", "Campaign to End Loneliness": a purpose in
                // capitals after an organisation's head word.
                end += 3;
            } else if matches!(scan.word(end), "of" | "for")
                && ORG_WORDS.contains(&lower(scan.word(end - 1)).as_str())
                && scan.word(end + 1) == "the"
                && scan.is_name_word(end + 2)
                && !scan.sentence_start.contains(&(end + 2))
            {
                // "Institute for the Study of War", "Ministry of the Interior": after an
                // organisation's head word (not "Ships of the Northern Fleet").
                end += 3;
            } else {
                break;
            }
        }
        // "Deputy Pentagon press secretary", "Former Soviet Union": a rank or tense of an office
        // before a name is not part of it.
        // ("Vice" only before an office: "Vice Foreign Minister Kim", not "Vice News".)
        let qualifier = lower(scan.word(i));
        let office_follows = (i + 1..end.min(i + 4)).any(|j| PERSON_TITLES.contains(&lower(scan.word(j)).as_str()));
        let first = if end > i + 1 && OFFICE_QUALIFIERS.contains(&qualifier.as_str()) && (qualifier != "vice" || office_follows) { i + 1 } else { i };
        // "Thousands of North Korean soldiers": a count opening the sentence is no part of the
        // name after its "of".
        // (So are people opening it, named by where they are of: "Residents of Sake told".)
        let people_of = scan.sentence_start.contains(&i) && PEOPLE_OF.contains(&qualifier.as_str());
        let counted = (matches!(qualifier.as_str(), "thousands" | "hundreds" | "dozens" | "tens" | "millions" | "scores") || people_of) && scan.word(i + 1) == "of";
        let first = if counted && end > i + 2 { i + 2 } else { first };
        out.extend(classify_run(scan, first, end, places));
        i = end;
    }
    out
}

/// Types a run. A weapon designation inside a run stands alone ("North Korean KN-23"), and a
/// run joined by "and" that is not one organisation's name is two names ("Yakutia and
/// Buryatia").
fn classify_run(scan: &Scan<'_>, first: usize, end: usize, places: &dyn PlaceLexicon) -> Vec<Candidate> {
    let name_of = |a: usize, b: usize| scan.text[scan.tokens[a].span.start()..scan.tokens[b - 1].span.end()].to_string();
    // "the Stockholm-based Baltic Security Institute": the adjective is not part of the name.
    if end - first > 1 && is_compound_adjective(scan.word(first)) {
        return classify_run(scan, first + 1, end, places);
    }
    if let Some(d) = (first..end).find(|&i| is_designation(scan.word(i))) {
        if end - first > 1 {
            let mut out = Vec::new();
            if d > first {
                out.extend(classify_run(scan, first, d, places));
            }
            out.extend(classify(scan, d, d + 1, &name_of(d, d + 1), places));
            if d + 1 < end {
                out.extend(classify_run(scan, d + 1, end, places));
            }
            return out;
        }
    }
    // "Gov. Mike Pence", "President Kovac", "U.S. Defense Secretary Lloyd Austin", "Secretary of
    // State Antony Blinken": a title heads the person named after it, perhaps after the domain
    // of the office ("of State"); a place or nationality opening the run stays a name of its
    // own, and the words of the office are neither.
    // (A word of kinship inside a run is a name's: "Choe Son Hui", not the title "son".)
    let title = |i: usize| {
        let w = lower(scan.word(i));
        PERSON_TITLES.contains(&w.as_str()) && (i == first || !KINSHIP_WORDS.contains(&w.as_str()))
    };
    if let Some(t) = (first..end.saturating_sub(1)).rev().find(|&i| title(i)) {
        let after_domain = if scan.word(t + 1) == "of" { t + 3 } else { t + 1 };
        let person = [t + 1, after_domain]
            .into_iter()
            .filter(|&k| k < end)
            .find_map(|k| classify(scan, k, end, &name_of(k, end), places).filter(|c| c.entity_type == EntityType::Per))
            // ("Ukraine's General Staff": an office's word after the title is no person.)
            .filter(|p| !(p.end == p.first + 1 && GENERIC_ORG_WORDS.contains(&lower(scan.word(p.first)).as_str())));
        // "Foreign Minister Choe Son Hui": after a title, two to four capitalised words that
        // name no place, organisation or nationality are the person, known names or not.
        // (Not in a headline in title case: "Defense Minister Visits Troops".)
        let person = person.or_else(|| {
            let k = t + 1;
            let words_ok = (2..=4).contains(&(end - k))
                && !(k..end).any(|i| scan.title_cased.contains(&i))
                && (k..end).all(|i| {
                    let w = scan.word(i);
                    is_capitalised(w) && !is_acronym(w) && !GENERIC_ORG_WORDS.contains(&lower(w).as_str()) && !UNIT_WORDS.contains(&lower(w).as_str())
                });
            let named = classify(scan, k, end, &name_of(k, end), places);
            (words_ok && named.as_ref().is_none_or(|c| c.weak || c.entity_type == EntityType::Per)).then(|| Candidate {
                first: k,
                end,
                name: name_of(k, end),
                entity_type: EntityType::Per,
                org_kind: None,
                country: None,
                kind: MentionKind::Name,
                weak: false,
            })
        });
        if let Some(person) = person {
            // The owner: the longest opening words that name a place or nationality ("South
            // Korean"), or an acronym ("FBI Director ...", "NATO Secretary General ...").
            let owned_by = |j: usize| {
                classify(scan, first, j, &name_of(first, j), places).filter(|c| {
                    c.entity_type.is_place() || c.entity_type == EntityType::Norp || j == first + 1 && is_acronym(&c.name)
                })
            };
            let owner = (first + 1..=t).rev().find_map(owned_by);
            return owner.into_iter().chain([person]).collect();
        }
    }
    let whole = classify(scan, first, end, &name_of(first, end), places);
    // "Kaliningrad for Saint Petersburg", "Vladivostok on Russian (aircraft)": a place and a
    // place or nationality a connector joined are two names.
    if let Some(j) = (first + 1..end.saturating_sub(1)).find(|&i| matches!(scan.word(i), "for" | "to" | "from" | "on")) {
        let is_place = |a: usize, b: usize| places.place_kind(&name_of(a, b)).is_some();
        let is_nationality = |a: usize, b: usize| b == a + 1 && places.demonym_country(scan.word(a)).is_some();
        if places.place_kind(&name_of(first, end)).is_none()
            && is_place(first, j)
            && (is_place(j + 1, end) || is_nationality(j + 1, end))
        {
            let mut out = classify_run(scan, first, j, places);
            out.extend(classify_run(scan, j + 1, end, places));
            return out;
        }
    }
    let joined_by_and = (first + 1..end).find(|&i| scan.word(i) == "and");
    if let (Some(j), Some(c)) = (joined_by_and, &whole) {
        if !matches!(c.entity_type, EntityType::Org | EntityType::Unit) {
            let mut out = classify_run(scan, first, j, places);
            out.extend(classify_run(scan, j + 1, end, places));
            return out;
        }
    }
    whole.into_iter().collect()
}

fn classify(
    scan: &Scan<'_>,
    first: usize,
    end: usize,
    name: &str,
    places: &dyn PlaceLexicon,
) -> Option<Candidate> {
    let words: Vec<String> = (first..end).map(|i| lower(scan.word(i))).collect();
    let joined = words.join(" ");
    let make = |entity_type, org_kind, country: Option<String>| Candidate {
        first,
        end,
        name: name.to_string(),
        entity_type,
        org_kind,
        country,
        kind: MentionKind::Name,
        weak: false,
    };
    let guess = |entity_type, country: Option<String>| Candidate { weak: true, ..make(entity_type, None, country) };
    if end - first == 1 && is_designation(scan.word(first)) {
        return Some(make(EntityType::Equipment, None, None));
    }
    // "Hezbollah", "al-Shabaab": a group the recogniser's training text barely knows.
    if ARMED_GROUPS.contains(&joined.as_str()) {
        return Some(make(EntityType::Org, Some(OrgKind::Other), None));
    }
    // "BRP Sierra Madre", "USS Carney": a navy's ship.
    if end - first >= 2 && SHIP_PREFIXES.contains(&scan.word(first)) {
        return Some(make(EntityType::Equipment, None, None));
    }
    if end - first == 1 && is_compound_adjective(scan.word(first)) {
        return None;
    }
    if end - first == 1 && SOCIAL_PLATFORMS.contains(&words[0].as_str()) {
        return Some(make(EntityType::Org, Some(OrgKind::MediaOutlet), None));
    }
    // "the Korean War", "the Second World War": a war, no person or place. (Not "the Institute
    // for the Study of War", "the Ministry of War": a body named after war.)
    let body_named_after_war = words.iter().any(|w| matches!(w.as_str(), "of" | "for" | "the") || ORG_WORDS.contains(&w.as_str()));
    if end - first >= 2 && end - first <= 3 && words.last().is_some_and(|w| w == "war") && !body_named_after_war {
        return Some(make(EntityType::Misc, None, None));
    }
    // A leading demonym gives the country of what follows ("Russian Pacific Fleet").
    let demonym_country = (1..=2.min(end - first))
        .rev()
        .find_map(|k| {
            let w: Vec<&str> = (first..first + k).map(|i| scan.word(i)).collect();
            // ("N. Korean troops", "S. Korean officials": a headline's abbreviated compass word.)
            let compass = match w.first().copied() {
                Some("N.") => "North",
                Some("S.") => "South",
                Some("E.") => "East",
                Some("W.") => "West",
                _ => "",
            };
            let expanded = (k == 2 && !compass.is_empty()).then(|| format!("{compass} {}", w[1]));
            places.demonym_country(&w.join(" ")).or_else(|| places.demonym_country(expanded.as_deref()?)).map(|c| (k, c.to_string()))
        });
    if let Some((k, country)) = &demonym_country {
        if *k == end - first {
            return Some(make(EntityType::Norp, None, Some(country.clone())));
        }
    }
    // ("the Philippines Coast Guard": a country's name before the rest of a name gives it too.)
    let leading_country = || {
        (end - first > 1 && places.place_kind(scan.word(first)) == Some(PlaceKind::Country)).then(|| places.country_of(scan.word(first)).map(str::to_string)).flatten()
    };
    let country = demonym_country.map(|(_, c)| c).or_else(leading_country);
    if end - first == 1 && NORP_WORDS.contains(&words[0].as_str()) {
        return Some(make(EntityType::Norp, None, None));
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    // "Ukraine's General Staff": the armed forces' headquarters (not the office "Chief of the
    // General Staff").
    // (So are the "Joint Chiefs of Staff", "the Joint Chiefs".)
    let headquarters = joined.ends_with("general staff") || joined.ends_with("chiefs of staff") || joined.ends_with("joint chiefs");
    let office = words.len() > 2 && (PERSON_TITLES.contains(&words[0].as_str()) || words.iter().any(|w| matches!(w.as_str(), "chairman" | "vice" | "chief")));
    if headquarters && !office {
        return Some(make(EntityType::Org, Some(OrgKind::ArmedForce), country));
    }
    if has(UNIT_WORDS) || joined.contains("air force") {
        return Some(make(EntityType::Unit, Some(OrgKind::ArmedForce), country));
    }
    let last = words.last().map_or("", String::as_str);
    if MEDIA_WORDS.contains(&last) && end - first >= 1 && !has(ORG_WORDS) {
        return Some(make(EntityType::Org, Some(OrgKind::MediaOutlet), country));
    }
    if has(ORG_WORDS) {
        // (A research body or a private group is none, whatever it studies: "Baltic Security
        // Institute", "SITE Intelligence Group".)
        let research = has(&["institute", "institution", "foundation", "university", "academy", "school", "society", "observatory", "labs", "laboratory", "laboratories", "club", "company", "corporation", "group"]);
        let kind = if has(GOVERNMENT_WORDS) && !research { OrgKind::GovernmentAgency } else { OrgKind::Other };
        // ("the Pentagon", "the US State Department": whose government it is.)
        let bare = joined.strip_prefix("the ").unwrap_or(&joined);
        let seat = SEATS_OF_GOVERNMENT.iter().find(|(name, _)| *name == bare).map(|(_, c)| (*c).to_string());
        return Some(make(EntityType::Org, Some(kind), country.or(seat)));
    }
    if let Some(kind) = places.place_kind(name) {
        // Capitals ("NIS") name countries and regions, not towns that share the letters; a
        // dateline ("TALLINN —", "KOTKA, Finland —") names the town the story was filed from.
        let acronym_ok = !is_acronym(name)
            || matches!(kind, PlaceKind::Country | PlaceKind::Admin | PlaceKind::Region)
            || is_dateline(scan, first, end);
        if acronym_ok {
            return Some(make(kind.entity_type(), None, None));
        }
    }
    if end - first == 1 && name.contains('-') && name.split('-').all(|part| places.demonym_country(part).is_some()) {
        // "Russian-Ukrainian": a pair of demonyms.
        return Some(make(EntityType::Norp, None, None));
    }
    // "Nazi Germany", "Soviet Russia", "Imperial Japan": a country under a regime of its past is
    // that country (a state named so, no person: "comparisons between Russia and Nazi Germany").
    if end - first == 2
        && matches!(words[0].as_str(), "nazi" | "soviet" | "imperial" | "tsarist" | "fascist" | "communist" | "weimar" | "vichy" | "ottoman" | "colonial" | "apartheid" | "francoist" | "baathist" | "maoist")
        && places.place_kind(scan.word(first + 1)) == Some(PlaceKind::Country)
    {
        return Some(make(EntityType::Gpe, None, places.country_of(scan.word(first + 1)).map(str::to_string)));
    }
    // "Second Thomas Shoal", "Ren'ai Reef": a natural feature the gazetteer lacks.
    let titled_before = first.checked_sub(1).is_some_and(|p| PERSON_TITLES.contains(&lower(scan.word(p)).as_str()));
    if end - first >= 2 && FEATURE_HEADS.contains(&last) && !has(ORG_WORDS) && !titled_before {
        return Some(make(EntityType::Loc, None, country));
    }
    if end - first >= 2 && SURNAME_FEATURE_HEADS.contains(&last) && !has(ORG_WORDS) && !titled_before {
        return Some(guess(EntityType::Loc, country));
    }
    // "in the Sviatoshynskyi district", "the Pokrovsk district": a name before a lower-case word
    // for a division of land is that division, a place the gazetteer may lack.
    let division_after = matches!(lower(scan.word(end)).as_str(), "district" | "districts" | "raion" | "oblast" | "governorate" | "province" | "municipality" | "prefecture" | "county")
        && scan.word(end).starts_with(char::is_lowercase);
    // (Not a party's: "a Republican district".)
    let party = words.iter().any(|w| matches!(w.as_str(), "republican" | "democratic" | "democrat" | "conservative" | "labour" | "labor" | "liberal" | "tory" | "green"));
    if division_after && !party && !has(ORG_WORDS) && !titled_before && (first..end).all(|i| is_capitalised(scan.word(i))) {
        return Some(make(EntityType::Loc, None, country));
    }
    let prev = first.checked_sub(1).map(|p| lower(scan.word(p))).unwrap_or_default();
    let person_shape = (first..end).any(|i| is_hyphenated_given_name(scan.word(i)));
    let titled = PERSON_TITLES.contains(&prev.as_str());
    let all_title_case = (first..end).all(|i| {
        let w = scan.word(i);
        is_capitalised(w) && w.chars().skip(1).any(char::is_lowercase)
    });
    if (2..=4).contains(&(end - first)) && all_title_case && (person_shape || titled || !joined.contains(" of ")) {
        return Some(if person_shape || titled { make(EntityType::Per, None, None) } else { guess(EntityType::Per, None) });
    }
    if titled && end - first == 1 && all_title_case {
        return Some(make(EntityType::Per, None, None));
    }
    if end - first == 1 && is_acronym(scan.word(first)) {
        if COMMON_ACRONYMS.contains(&scan.word(first)) {
            return None;
        }
        return Some(guess(EntityType::Org, None));
    }
    if end - first == 1 && scan.sentence_start.contains(&first) {
        // An unknown capitalised word opening a sentence: too weak to call a name.
        return None;
    }
    Some(guess(EntityType::Misc, country))
}

/// The capitalised words that belong to a run of two or three capitalised words naming a place
/// the gazetteer knows ("New York", "Port Hallin").
fn place_name_words(text: &str, tokens: &[Token], places: &dyn PlaceLexicon) -> HashSet<usize> {
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let capitalised = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && is_capitalised(word(i));
    let mut out = HashSet::new();
    for start in 0..tokens.len() {
        // (An article stays out: "The Pentagon" is named "Pentagon".)
        if !capitalised(start) || matches!(word(start), "The" | "THE") {
            continue;
        }
        for len in 2..=3 {
            if !(start..start + len).all(capitalised) {
                break;
            }
            let name = (start..start + len).map(word).collect::<Vec<_>>().join(" ");
            if places.place_kind(&name).is_some() {
                out.extend(start..start + len);
            }
        }
    }
    out
}

/// The run `[first, end)` opens a line and a dash follows it, perhaps after ", Country".
fn is_dateline(scan: &Scan<'_>, first: usize, end: usize) -> bool {
    let start = scan.tokens[first].span.start();
    let line_start = scan.text[..start].chars().next_back().is_none_or(|c| c == '\n');
    // ("KESSA, April 7 (Baltic Wire) - ...": a date and an agency may come before the dash.)
    let dash = |i: usize| matches!(scan.word(i), "—" | "–" | "--" | "-");
    line_start && (dash(end) || scan.word(end) == "," && (end + 1..end + 10).any(dash))
}

/// A word as the model was trained to see it (CoNLL-2003 writes straight quotes).
fn model_word(w: &str) -> std::borrow::Cow<'_, str> {
    if w.contains(['\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}']) {
        w.replace(['\u{2018}', '\u{2019}'], "'").replace(['\u{201C}', '\u{201D}'], "\"").into()
    } else {
        w.into()
    }
}


/// Words before a name that suggest a place ("fighting near Marinka", "a rally at Kenansville").
const PLACE_PREPOSITIONS: &[&str] =
    &["in", "near", "at", "from", "to", "toward", "towards", "outside", "around", "of", "into", "across"];
/// Prepositions that people and organisations seldom follow ("from Clinton", "of Scott" do).
const STRONG_PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "into", "across", "toward", "towards", "inside", "through"];

/// A candidate the gazetteer alone typed as a place, where the place is weak evidence (a minor
/// town, [`PlaceLexicon::minor_town`]: "Clinton", "Google", "Lester"); and the text does not
/// place it itself: a region or country after a comma, or a state's abbreviation ("Kenansville,
/// N.C.", "Selma, Ala."), another place right before it in a list or a containment ("near
/// Chongjin, Hamhung, and Musudan", "Ussuriysk, Primorsky Krai"; `place_ends`, the token ends of
/// the candidates typed as places by more than a minor town), a dateline, or a strong
/// preposition of place before it ("in Novi"), unless a possessive follows ("in Scott's
/// district") or the document names a person of that surname ("Bobby Scott"; `surnames`, lower
/// case).
fn minor_place(scan: &Scan<'_>, places: &dyn PlaceLexicon, surnames: &HashSet<String>, place_ends: &HashSet<usize>, c: &Candidate) -> bool {
    if c.weak || c.org_kind.is_some() || !matches!(c.entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Fac) {
        return false;
    }
    // (A great city is itself under its other names, "New York", "Rangoon"; seas and regions
    // carry no population and are themselves under their short names, "the Mediterranean".)
    if !places.minor_town(&c.name) {
        return false;
    }
    let possessive = matches!(scan.word(c.end), "'s" | "’s" | "'" | "’");
    let after_preposition = c.first > 0
        && STRONG_PLACE_PREPOSITIONS.contains(&lower(scan.word(c.first - 1)).as_str())
        && !possessive
        && !surnames.contains(&lower(&c.name));
    let next = scan.word(c.end + 1);
    // ("Clinton, Gov. Kathy Hochul and ...": a title's abbreviation places nothing.)
    let abbreviation = is_capitalised(next)
        && next.trim_end_matches('.').len() <= 5
        && (next.ends_with('.') || scan.word(c.end + 2) == ".")
        && !PERSON_TITLES.contains(&format!("{}.", lower(next.trim_end_matches('.'))).as_str());
    let region_after = scan.word(c.end) == ","
        && (matches!(places.place_kind(next), Some(PlaceKind::Country | PlaceKind::Admin | PlaceKind::Region)) || abbreviation);
    let mut before = c.first;
    while before > 0 && before + 2 > c.first && matches!(lower(scan.word(before - 1)).as_str(), "," | "and" | "or") {
        before -= 1;
    }
    let listed = before < c.first && place_ends.contains(&before);
    !(after_preposition || region_after || listed || is_dateline(scan, c.first, c.end))
}

/// The people a town must have for the gazetteer to outweigh the entity model's reading of a
/// name the model never saw in training.
const GUESSED_TOWN: u64 = 10_000;

/// Runs the model over the document's sentences and merges its names into the candidates.
fn merge_model_names(
    doc: &Doc,
    scan: &Scan<'_>,
    places: &dyn PlaceLexicon,
    model: &NerModel,
    cands: &mut Vec<Candidate>,
) {
    let n = scan.tokens.len();
    let mut ranges: Vec<(usize, usize)> =
        doc.sentences().iter().map(|s| (s.first_token, s.end_token.min(n))).filter(|(a, b)| a < b).collect();
    if ranges.is_empty() && n > 0 {
        ranges.push((0, n));
    }
    let words: Vec<Vec<std::borrow::Cow<'_, str>>> =
        ranges.iter().map(|&(a, b)| (a..b).map(|i| model_word(scan.word(i))).collect()).collect();
    let refs: Vec<Vec<&str>> = words.iter().map(|s| s.iter().map(|w| w.as_ref()).collect()).collect();
    let slices: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
    let found = model.tag_document(&slices, Some(places), &mut NerScratch::default());
    let mut spans: Vec<(usize, usize, NerType)> = Vec::new();
    for (&(a, _), sentence) in ranges.iter().zip(&found) {
        spans.extend(sentence.iter().map(|s| (a + s.start, a + s.end, s.label)));
    }
    // "SEOUL, Jan 8 (Reuters)": a span of a month without its period and a day (and a year) is a
    // date, as the runs already hold ("Jan Egeland", "the Jan 6 committee" stay names).
    // ("MOSCOW, Dec. 9 (Reuters)", "December 9": a month with its period, or written out, too;
    // and a span of the month alone, "WASHINGTON, Dec. 3 —".)
    spans.retain(|&(first, end, _)| {
        let month = lower(scan.word(first));
        let any_month = MONTH_ABBREVIATIONS.contains(&month.trim_end_matches('.')) || FULL_MONTHS.contains(&month.as_str());
        let month_day = scan.month_before_day(first) || any_month && scan.word(first + 1).starts_with(|c: char| c.is_ascii_digit());
        let date_only = end <= first + 2 || end == first + 3 && scan.word(first + 2).len() == 4 && scan.word(first + 2).bytes().all(|b| b.is_ascii_digit());
        !(month_day && date_only)
    });
    // "Residents of Sake told ...", "Officials of Varn said": people opening a sentence, named
    // by where or whom they are of, are no part of that name.
    for (first, end, _) in spans.iter_mut() {
        let of_people = scan.sentence_start.contains(first)
            && *end > *first + 2
            && scan.word(*first + 1) == "of"
            && PEOPLE_OF.contains(&lower(scan.word(*first)).as_str());
        if of_people {
            *first += 2;
        }
    }
    // "Drone Strikes Hit Port of Vostrovo": in a headline written in title case, a word the text
    // also writes in lower case ("drone strikes hit the port") is no part of a name, nor a
    // connector left at a name's edge.
    // So is the word after a colon ("Live updates: Drone strikes ...").
    let surnames: HashSet<String> =
        spans.iter().filter(|s| s.2 == NerType::Per && s.1 > s.0 + 1).map(|s| lower(scan.word(s.1 - 1))).collect();
    spans.retain_mut(|(first, end, _)| {
        // (Not a word the running text capitalises too: "North Korea Sends Troops" keeps
        // "North" where the text says "North Korea".)
        let common = |i: usize| {
            let l = lower(scan.word(i));
            scan.title_cased.contains(&i)
                && !scan.body_capitalised.contains(scan.word(i))
                && (matches!(l.as_str(), "of" | "the" | "and" | "for" | "in" | "on" | "at" | "to") || scan.written_lower(&l))
        };
        if scan.common_after_colon(*first) {
            *first += 1;
        }
        // ("PENCE: Well, look", "Time, Slate and Drudge Report" opening a sentence: one word
        // where capitals are expected that the text also writes in lower case is that word;
        // not a surname of a person the model names in full, "Price said" after "Ned Price".)
        let surname = surnames.contains(&lower(scan.word(*first)));
        if *end == *first + 1 && (scan.time_zone_after_clock(*first) || scan.is_common_opener(*first) && !surname) {
            return false;
        }
        // ("Famine confirmed in Sudan's Zamzam camp", "NAIROBI, March 5 — Famine conditions
        // have taken hold": one word where capitals are expected that the tagger reads as a
        // common noun, its lemma in lower case, is that noun.)
        let opens = scan.sentence_start.contains(first) || *first > 0 && matches!(scan.word(*first - 1), "—" | "–" | "--");
        let common_noun = doc.syntax().is_some_and(|s| {
            s.xpos.get(*first).is_some_and(|x| matches!(x.as_str(), "NN" | "NNS")) && s.lemma.get(*first).is_some_and(|l| l.chars().next().is_some_and(char::is_lowercase))
        });
        if *end == *first + 1 && opens && common_noun && !surname {
            return false;
        }
        while *first < *end && common(*first) {
            *first += 1;
        }
        while *end > *first && common(*end - 1) {
            *end -= 1;
        }
        first < end
    });
    let overlaps = |c: &Candidate, (f, e, _): &(usize, usize, NerType)| c.first < *e && *f < c.end;
    // A weak guess the model sees no name in goes, but for an acronym the text defines ("HUR:"
    // in a headline, "Defence Intelligence (HUR)" below).
    let defined = |w: &str| (1..n.saturating_sub(1)).any(|i| scan.word(i) == w && scan.word(i - 1) == "(" && scan.word(i + 1) == ")");
    // (Nor for one a body's head word introduces: "the West African bloc ECOWAS".)
    // (Not a title or office in capitals, "group CEO Jane Doe", "a party MP", nor one before a
    // name or owning something.)
    let introduced = |c: &Candidate| {
        c.first >= 1
            && matches!(lower(scan.word(c.first - 1)).as_str(), "bloc" | "alliance" | "coalition" | "group" | "agency" | "organisation" | "organization" | "movement" | "party" | "militia" | "union" | "body" | "watchdog")
            && !matches!(c.name.as_str(), "CEO" | "CFO" | "COO" | "CTO" | "MP" | "MPs" | "HQ" | "PLC" | "AGM" | "IPO" | "MEP" | "MEPs")
            && !is_capitalised(scan.word(c.end))
            && !is_possessive(scan.word(c.end))
    };
    cands.retain(|c| !c.weak || spans.iter().any(|s| overlaps(c, s)) || c.end == c.first + 1 && is_acronym(&c.name) && (defined(&c.name) || introduced(c)));
    // A name typed a place only because a small town or an alternate name shares it ("Hillary
    // Clinton", "the top Democrat", "Alphabet's Google", "'Hey, go vote'") is what the model
    // reads there: a person or organisation inside or over it, or no name at all, unless the
    // text itself places it ("in Kenansville", "Selma, Ala.", a dateline).
    // (Not a minor town's: "Presidents Obama and Clinton" are no two towns vouching for each
    // other.)
    let place_ends: HashSet<usize> = cands
        .iter()
        .filter(|c| matches!(c.entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Fac) && !places.minor_town(&c.name))
        .map(|c| c.end)
        .collect();
    // (Unless the model's reading is a guess: a town by its own name whose words the model never
    // learnt, "Pokrovsk had fallen", is the town.)
    // (Not a word of a longer name the model reads in the document, "Bernie Sanders", "Peabody
    // Energy"; nor a hamlet, whose name means a person or a firm more often than not.)
    let name_words: HashSet<String> = spans
        .iter()
        .filter(|s| s.1 > s.0 + 1 && s.2 != NerType::Loc)
        .flat_map(|s| (s.0..s.1).map(|i| lower(scan.word(i))))
        .collect();
    // (Nor a name that speaks somewhere in the document, "said Noma", or comes before a title,
    // "Cadillac President Johan de Nysschen", or is a handle, "@Gillette", or is not written as a
    // town's name is, "PoP".)
    let speech = |w: &str| matches!(w, "said" | "says" | "told" | "added" | "wrote" | "asked");
    // ("said Noma." inverted after a quotation; not "said Noma was shelled".)
    let closes = |w: &str| w.is_empty() || matches!(w, "." | "," | ";" | "!" | "?");
    let speakers: HashSet<&str> = (0..n)
        .filter(|&i| speech(scan.word(i + 1)) || i > 0 && speech(scan.word(i - 1)) && closes(scan.word(i + 1)))
        .map(|i| scan.word(i))
        .collect();
    let title_case = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
    };
    let guessed = |c: &Candidate| {
        (c.first..c.end).all(|i| !model.knows_word(scan.word(i)) && !name_words.contains(&lower(scan.word(i))) && title_case(scan.word(i)))
            && !scan.is_common_opener(c.first)
            && places.own_name_population(&c.name).is_some_and(|p| p >= GUESSED_TOWN)
            && !matches!(scan.word(c.end), "-" | "–")
            && !(c.first > 0 && scan.word(c.first - 1) == "@")
            // (A capitalised title: "Cadillac President"; not "Pokrovsk mayor".)
            && !(is_capitalised(scan.word(c.end)) && PERSON_TITLES.contains(&lower(scan.word(c.end)).as_str()))
            && !(c.end == c.first + 1 && speakers.contains(scan.word(c.first)))
    };
    cands.retain(|c| {
        if !minor_place(scan, places, &surnames, &place_ends, c) || guessed(c) {
            return true;
        }
        match spans.iter().find(|s| overlaps(c, s)) {
            None => false,
            Some(&(f, e, label)) => label == NerType::Loc || (f == c.first && e == c.end),
        }
    });
    for span in &spans {
        let (first, end, label) = *span;
        let typed = |c: &mut Candidate| {
            c.weak = false;
            c.entity_type = match label {
                NerType::Per => EntityType::Per,
                NerType::Org => EntityType::Org,
                NerType::Misc => EntityType::Misc,
                NerType::Loc => places.place_kind(&c.name).map_or(EntityType::Loc, |k| k.entity_type()),
            };
            if label != NerType::Org {
                c.org_kind = None;
            }
        };
        if let Some(c) = cands.iter_mut().find(|c| c.first == first && c.end == end) {
            // "Kim sends more troops": a one-word name the gazetteer knows only as a small town
            // is a person where the model reads one (towns share names with people: Kim,
            // Jackson); a city ("Vladivostok" in a list the model misreads) stays.
            // (Not after a preposition of place: "fighting near Marinka" stays a place whatever
            // the model reads.)
            let after_place_word = first > 0 && PLACE_PREPOSITIONS.contains(&lower(scan.word(first - 1)).as_str());
            let town_or_person = end == first + 1
                && label == NerType::Per
                && !guessed(c)
                && !after_place_word
                && places.place_kind(&c.name) == Some(PlaceKind::City)
                && places.population(&c.name).is_some_and(|p| p < sitrep_doc::SMALL_TOWN);
            if c.weak || town_or_person || label != NerType::Loc && minor_place(scan, places, &surnames, &place_ends, c) && !guessed(c) {
                typed(c);
            }
            continue;
        }
        if cands.iter().any(|c| overlaps(c, span)) {
            continue;
        }
        if end == first + 1 && is_compound_adjective(scan.word(first)) {
            continue;
        }
        // A name the runs missed: typed by the rules when they know better, else by the model.
        let name = scan.text[scan.tokens[first].span.start()..scan.tokens[end - 1].span.end()].to_string();
        let mut c = classify(scan, first, end, &name, places).unwrap_or_else(|| Candidate {
            first,
            end,
            name: name.clone(),
            entity_type: EntityType::Misc,
            org_kind: None,
            country: None,
            kind: MentionKind::Name,
            weak: true,
        });
        if c.weak {
            typed(&mut c);
        }
        cands.push(c);
    }
}

/// "long form (ACR)" where the long form is in lower case ("defense intelligence (HUR)"): the
/// long form becomes a candidate of its own, so that the acronym has something to join.
fn add_lowercase_long_forms(scan: &Scan<'_>, places: &dyn PlaceLexicon, cands: &mut Vec<Candidate>) {
    let n = scan.tokens.len();
    for i in 1..n.saturating_sub(2) {
        if scan.word(i) != "(" || scan.word(i + 2) != ")" || !is_acronym(scan.word(i + 1)) {
            continue;
        }
        if cands.iter().any(|c| c.end == i && !is_acronym(&c.name)) {
            continue;
        }
        // Otherwise walk back over content words.
        let mut first = i;
        while first > 0 && i - first < 5 {
            let w = scan.word(first - 1);
            let t = &scan.tokens[first - 1];
            if t.kind != TokenKind::Word || ACRONYM_STOP.contains(&lower(w).as_str()) || is_possessive(w) {
                break;
            }
            first -= 1;
            if scan.sentence_start.contains(&first) {
                break;
            }
        }
        if first == i {
            continue;
        }
        // "MOSCOW (AP) —": a place in capitals before an agency's letters is a dateline.
        let capitals = |w: &str| w.chars().all(|c| !c.is_lowercase());
        if i - first == 1 && capitals(scan.word(first)) && places.place_kind(scan.word(first)).is_some() {
            continue;
        }
        let name = scan.text[scan.tokens[first].span.start()..scan.tokens[i - 1].span.end()].to_string();
        let words: Vec<String> = (first..i).map(|k| lower(scan.word(k))).collect();
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        // ("an intercontinental ballistic missile (ICBM)", "unmanned aerial vehicles (UAVs)":
        // a weapon or vehicle, not a body.)
        let weapon = words.last().is_some_and(|w| {
            matches!(w.as_str(), "missile" | "missiles" | "drone" | "drones" | "vehicle" | "vehicles" | "launcher" | "launchers" | "rocket" | "rockets" | "warhead" | "warheads" | "system" | "systems" | "aircraft" | "bomb" | "bombs" | "munition" | "munitions")
        });
        let (entity_type, org_kind) = if weapon {
            (EntityType::Equipment, None)
        } else if has(UNIT_WORDS) {
            (EntityType::Unit, Some(OrgKind::ArmedForce))
        } else if has(GOVERNMENT_WORDS) {
            (EntityType::Org, Some(OrgKind::GovernmentAgency))
        } else {
            (EntityType::Org, None)
        };
        // A leading demonym gives the country ("Estonian military intelligence (EMI)").
        let country = places.demonym_country(scan.word(first)).map(str::to_string);
        // Drop overlapping candidates (e.g. a demonym inside the long form).
        cands.retain(|c| c.end <= first || c.first >= i);
        cands.push(Candidate {
            first,
            end: i,
            name,
            entity_type,
            org_kind,
            country,
            kind: MentionKind::Name,
            weak: false,
        });
    }
}

fn norm(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}' | '\u{2011}' | '-' => ' ',
            c => c,
        })
        .collect();
    // "Russian MoD", "Russia's Ministry of Defense" and "the Russian Defence Ministry" name
    // one ministry (the abbreviation as written; "of defence" only ending the name).
    let s: String = s.split_whitespace().map(|w| if matches!(w, "MoD" | "MOD") { "Defence Ministry" } else { w }).collect::<Vec<_>>().join(" ");
    let s = s.to_lowercase();
    let s = s.strip_prefix("the ").unwrap_or(&s).to_string();
    let s = s.split_whitespace().map(|w| if w == "defense" { "defence" } else { w }).collect::<Vec<_>>().join(" ");
    match s.strip_suffix("ministry of defence") {
        Some(head) => format!("{head}defence ministry"),
        None => s,
    }
}

/// Clusters candidates into entities and adds alias and anaphor mentions.
fn resolve(doc: &Doc, scan: &Scan<'_>, cands: Vec<Candidate>, places: &dyn PlaceLexicon) -> EntityLayer {
    let mut entities: Vec<Entity> = Vec::new();
    let mut mentions: Vec<EntityMention> = Vec::new();
    let mut by_name: HashMap<(EntityType, String), usize> = HashMap::new();
    let mut by_alias: HashMap<String, usize> = HashMap::new();

    // Acronym definitions first, so later uses of the acronym find their long form.
    let defined: Vec<(String, String)> = {
        let mut v = Vec::new();
        let n = scan.tokens.len();
        for i in 1..n.saturating_sub(2) {
            let letters = scan.word(i + 1);
            // ("Ministry of Defense (MoD)": capitals in mixed case that the name's initials give.)
            let mixed = || cands.iter().find(|c| c.end == i).is_some_and(|c| is_mixed_acronym_of(letters, &c.name));
            if scan.word(i) == "(" && scan.word(i + 2) == ")" && (is_acronym(letters) || mixed()) {
                // "MOSCOW (AP) —": after a place, letters that do not start its name are the
                // agency of a dateline, not the place's acronym ("United Arab Emirates (UAE)").
                let initial = |w: &str| w.chars().next().map(|c| c.to_ascii_uppercase());
                let dateline = |c: &Candidate| c.entity_type.is_place() && initial(&c.name) != initial(scan.word(i + 1));
                if let Some(c) = cands.iter().find(|c| c.end == i).filter(|c| !dateline(c)) {
                    v.push((scan.word(i + 1).to_string(), norm(&c.name)));
                }
            }
        }
        v
    };
    // The first definition of an acronym wins; later long forms join it as aliases.
    let mut acronym_of: HashMap<String, String> = HashMap::new();
    for (acr, long) in defined {
        acronym_of.entry(acr).or_insert(long);
    }

    // Uses of a defined acronym come after every other name, so that one used before its
    // definition ("HUR: 11,000 troops in Kursk" over "... Defence Intelligence (HUR)") finds its
    // long form too.
    let defined_acronym = |c: &&Candidate| acronym_of.contains_key(&c.name);
    let ordered: Vec<&Candidate> = cands.iter().filter(|c| !defined_acronym(c)).chain(cands.iter().filter(defined_acronym)).collect();
    for c in ordered {
        let span = scan.tokens[c.first].span.cover(scan.tokens[c.end - 1].span);
        let key_name = norm(&c.name);
        // An acronym defined in the document joins its long form.
        if let Some(long) = acronym_of.get(&c.name) {
            if let Some(&e) = by_alias.get(long).or_else(|| by_name.iter().find(|(k, _)| &k.1 == long).map(|(_, v)| v)) {
                add_alias(&mut entities[e], &c.name);
                by_alias.insert(norm(&c.name), e);
                mentions.push(EntityMention { span, entity: e, kind: MentionKind::Alias });
                continue;
            }
        }
        if let Some(&e) = by_alias.get(&key_name) {
            mentions.push(EntityMention { span, entity: e, kind: MentionKind::Alias });
            continue;
        }
        // Same type and one name contains the other as whole words: one entity.
        // (Not a bare "Foreign Ministry" whose country the text leaves open and a country's own:
        // in "the Foreign Ministry said ... Russia's Foreign Ministry spokeswoman" from Tallinn,
        // the first is Estonia's. A bare name after one country's owned one has taken that
        // country, see `qualify_owned_names`.)
        let generic = |n: &str| n.split_whitespace().all(|w| GENERIC_ORG_WORDS.contains(&lower(w).as_str()));
        let bare_and_owned = |e: &Entity| {
            let organisations = matches!(c.entity_type, EntityType::Org | EntityType::Unit) && matches!(e.entity_type, EntityType::Org | EntityType::Unit);
            organisations
                && (generic(&e.name) && e.country.is_none() && c.country.is_some()
                    || generic(&c.name) && c.country.is_none() && e.country.is_some() && !generic(&e.name))
        };
        let found = by_name
            .get(&(c.entity_type, key_name.clone()))
            .copied()
            .filter(|&e| !bare_and_owned(&entities[e]))
            .or_else(|| {
                entities.iter().position(|e| {
                    compatible(e.entity_type, c.entity_type) && !bare_and_owned(e) && {
                        let en = norm(&e.name);
                        contains_words(&en, &key_name) || contains_words(&key_name, &en)
                    }
                })
            })
            .or_else(|| same_country(&entities, c, places))
            .or_else(|| same_owned_organisation(&entities, c, places));
        let e = match found {
            Some(e) => {
                let ent = &mut entities[e];
                // "KHARKIV (Wire) —" in a dateline, "Kharkiv" in the text: a place is named as
                // the text writes it, not in the dateline's capitals.
                let capitals = |n: &str| !n.chars().any(char::is_lowercase);
                if ent.entity_type.is_place() && capitals(&ent.name) && !capitals(&c.name) && ent.name.to_lowercase() == c.name.to_lowercase() {
                    ent.name = c.name.clone();
                } else if c.name.len() > ent.name.len() && c.entity_type != EntityType::Per {
                    let old = std::mem::replace(&mut ent.name, c.name.clone());
                    add_alias(ent, &old);
                } else if norm(&ent.name) != key_name {
                    add_alias(ent, &c.name);
                }
                if ent.country.is_none() {
                    ent.country = c.country.clone();
                }
                e
            }
            None => {
                entities.push(Entity {
                    name: c.name.clone(),
                    entity_type: c.entity_type,
                    org_kind: c.org_kind,
                    aliases: Vec::new(),
                    country: c.country.clone(),
                });
                entities.len() - 1
            }
        };
        by_name.insert((c.entity_type, key_name), e);
        let kind = if norm(&entities[e].name) == norm(&c.name) { c.kind } else { MentionKind::Alias };
        mentions.push(EntityMention { span, entity: e, kind });
    }
    for (acr, long) in &acronym_of {
        if let Some((_, &e)) = by_name.iter().find(|(k, _)| &k.1 == long) {
            add_alias(&mut entities[e], acr);
            // ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a long name given letters of its own
            // is a body's, whatever the model made of it.)
            // (Not a plan, a treaty or a weapon system: "Joint Comprehensive Plan of Action
            // (JCPOA)", "High Mobility Artillery Rocket System (HIMARS)".)
            let last = entities[e].name.split_whitespace().last().map(lower).unwrap_or_default();
            let thing = matches!(last.as_str(), "treaty" | "agreement" | "plan" | "accord" | "convention" | "act" | "system" | "initiative" | "operation" | "war" | "programme" | "program" | "action" | "missile" | "vehicle" | "law" | "protocol" | "declaration");
            if entities[e].entity_type == EntityType::Misc && entities[e].name.split_whitespace().count() >= 3 && !thing {
                entities[e].entity_type = EntityType::Org;
            }
        }
    }
    add_descriptors(scan, places, &mut entities, &mut mentions);
    merge_acronym_initials(&mut entities, &mut mentions);
    // A country's own code ("Russia" is RU); towns and regions keep none here, since their
    // reading waits for the place layer.
    // ("Atlanta, Georgia": a region named after a town of it is no country.)
    let region_of_a_town = |e: usize, name: &str| {
        mentions.iter().filter(|m| m.entity == e).any(|m| {
            let before = scan.text[..m.span.start()].trim_end();
            before.strip_suffix(',').is_some_and(|b| {
                mentions.iter().any(|o| o.span.end() == b.len() && places.admin_of(&scan.text[o.span.range()]) == Some(name))
            })
        })
    };
    let codes: Vec<Option<String>> = entities
        .iter()
        .enumerate()
        .map(|(e, ent)| {
            let country_kind = ent.entity_type == EntityType::Gpe && ent.country.is_none() && places.place_kind(&ent.name) == Some(PlaceKind::Country);
            (country_kind && !region_of_a_town(e, &ent.name)).then(|| places.country_of(&ent.name).map(str::to_string)).flatten()
        })
        .collect();
    for (ent, code) in entities.iter_mut().zip(codes) {
        if code.is_some() {
            ent.country = code;
        }
    }
    merge_surnames(scan, &mut entities, &mut mentions);
    crate::metonymy::name_the_states_by_their_seats(doc, places, &mut entities, &mut mentions);
    add_family_name_mentions(scan, &entities, &mut mentions);
    add_anaphors(doc, scan, &entities, &mut mentions);
    mentions.sort_by_key(|m| m.span);
    mentions.dedup_by_key(|m| m.span);
    EntityLayer { entities, mentions }
}

/// The entity of a country that `c` names differently ("N. Korea" after "North Korea", "U.S."
/// and "United States"): both names are countries of the gazetteer with one country code.
fn same_country(entities: &[Entity], c: &Candidate, places: &dyn PlaceLexicon) -> Option<usize> {
    let country = |name: &str| {
        (places.place_kind(name) == Some(PlaceKind::Country)).then(|| places.country_of(name)).flatten()
    };
    if c.entity_type != EntityType::Gpe {
        return None;
    }
    let code = country(&c.name)?;
    entities.iter().position(|e| e.entity_type == EntityType::Gpe && country(&e.name) == Some(code))
}

/// The country that owns an organisation's name and the rest of the name: "Seoul’s National
/// Intelligence Service" and "South Korean National Intelligence Service" are both ("KR",
/// "national intelligence service"). `None` when the name opens with no place or nationality,
/// or the rest is a single word ("Russian Navy").
/// How an organisation's name is owned: "Seoul’s National Intelligence Service" is (KR,
/// "national intelligence service", Some("Seoul")), "South Korean National Intelligence
/// Service" (KR, the same, None: a nationality or country names the owner). `None` when the name
/// opens with no place or nationality, or the rest is a single word ("Russian Navy").
struct OwnedName {
    country: String,
    rest: String,
    /// The place before "’s", when the owner is named so.
    possessor: Option<String>,
}

fn owned_organisation(name: &str, places: &dyn PlaceLexicon) -> Option<OwnedName> {
    let (country, rest, possessor) = if let Some((owner, rest)) = name.split_once("’s ").or_else(|| name.split_once("'s ")) {
        let country = places.country_of(owner).or_else(|| places.demonym_country(owner))?;
        (country, rest.to_string(), Some(owner.to_string()))
    } else {
        let words: Vec<&str> = name.split_whitespace().collect();
        (1..=2.min(words.len().saturating_sub(1))).rev().find_map(|k| {
            let owner = words[..k].join(" ");
            let country = places.demonym_country(&owner).or_else(|| {
                (places.place_kind(&owner) == Some(PlaceKind::Country)).then(|| places.country_of(&owner)).flatten()
            })?;
            Some((country, words[k..].join(" "), None))
        })?
    };
    (rest.split_whitespace().count() >= 2).then(|| OwnedName { country: country.to_string(), rest: norm(&rest), possessor })
}

/// The organisation `c` names with another owner's word ("South Korean National Intelligence
/// Service" after "Seoul’s National Intelligence Service"): the same name after owners of one
/// country, one of them a nationality or country. Two places' own bodies stay apart ("Kyiv’s
/// Police Department", "Lviv’s Police Department").
fn same_owned_organisation(entities: &[Entity], c: &Candidate, places: &dyn PlaceLexicon) -> Option<usize> {
    if c.entity_type != EntityType::Org {
        return None;
    }
    let owned = owned_organisation(&c.name, places)?;
    entities.iter().position(|e| {
        e.entity_type == EntityType::Org
            && owned_organisation(&e.name, places).is_some_and(|o| {
                o.country == owned.country && o.rest == owned.rest && (o.possessor.is_none() || owned.possessor.is_none())
            })
    })
}

/// "Seong-kweun", "Sun-won": a given name of two syllables joined by a hyphen (the second in
/// lower case, unlike "Rees-Mogg"), which follows the family name, as Korean names are written.
fn korean_given_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| a.starts_with(char::is_uppercase) && b.starts_with(char::is_lowercase))
}

/// "Trump", "TRUMP" after (or before) "Donald Trump": a one-word name that is the surname of a
/// person in the document is that person. Emptied entities stay in place (indices are stable)
/// and lose all mentions, so the ledger drops them.
fn merge_surnames(scan: &Scan<'_>, entities: &mut [Entity], mentions: &mut [EntityMention]) {
    let mut surname_of: HashMap<String, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.entity_type == EntityType::Per {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            if words.len() >= 2 {
                // ("Kim Jong Un", "Yoon Suk Yeol": a Korean family name before a given name
                // written as two short syllables.)
                // (Romanised syllables end in a, e, i, o or n, ng, k, l, m, p: not "Lee Ann Adams",
                // "Lee Anne Kelly".)
                let syllable = |w: &&str| w.len() <= 5 && w.ends_with(|c: char| "aeiongklmp".contains(c));
                let syllables = words.len() == 3 && KOREAN_FAMILY_NAMES.contains(&words[0]) && words[1..].iter().all(syllable);
                let family_first = words.len() == 2 && korean_given_name(words[1]) || syllables;
                let surname = if family_first { words.first() } else { words.last() };
                if let Some(surname) = surname {
                    surname_of.entry(lower(surname)).or_insert(i);
                }
            }
        }
    }
    for i in 0..entities.len() {
        let name = lower(&entities[i].name);
        // (Not a place the text uses as one, "in Mexico", "to Mexico": "Mexico" is no surname of
        // "Poor Mexico", a phrase the recogniser took for a person; a town's name used only as a
        // name is, "Clinton said" for Hillary Clinton. Nor a nationality.)
        let used_as_place = entities[i].entity_type.is_place()
            && mentions.iter().filter(|m| m.entity == i).any(|m| {
                let t = scan.tokens.partition_point(|t| t.span.start() < m.span.start());
                // (Not "to", which also gives: "lost to Romney".)
                t >= 1 && matches!(lower(scan.word(t - 1)).as_str(), "in" | "from" | "near" | "into" | "across" | "throughout" | "outside" | "inside")
            });
        if name.contains(' ') || used_as_place || entities[i].entity_type == EntityType::Norp {
            continue;
        }
        let Some(&person) = surname_of.get(&name) else { continue };
        if person == i {
            continue;
        }
        let alias = entities[i].name.clone();
        add_alias(&mut entities[person], &alias);
        for m in mentions.iter_mut().filter(|m| m.entity == i) {
            m.entity = person;
            m.kind = MentionKind::Alias;
        }
    }
}

/// "Russia’s Defense Ministry", "Finland’s Coastal Monitoring Agency": an organisation owned by
/// a country takes its country, and a name made only of common words ("Defense Ministry")
/// keeps its owner in the name, so that two countries' ministries stay two organisations.
fn qualify_owned_names(scan: &Scan<'_>, places: &dyn PlaceLexicon, cands: &mut [Candidate]) {
    let owners: Vec<(usize, usize, String)> = cands
        .iter()
        .filter(|c| c.entity_type.is_place())
        .map(|c| (c.first, c.end, c.name.clone()))
        .collect();
    // ("Russian 'Africa Corps' arrives": a nationality before a quoted name is its country's.)
    for c in cands.iter_mut().filter(|c| matches!(c.entity_type, EntityType::Org | EntityType::Unit) && c.country.is_none() && c.first >= 2) {
        if matches!(scan.word(c.first - 1), "'" | "‘" | "\"" | "“") {
            c.country = places.demonym_country(scan.word(c.first - 2)).map(str::to_string);
        }
    }
    for c in cands.iter_mut() {
        if !matches!(c.entity_type, EntityType::Org | EntityType::Unit) || c.first < 2 || !is_possessive(scan.word(c.first - 1)) {
            continue;
        }
        let Some((o_first, _, o_name)) = owners.iter().find(|(_, e, _)| *e == c.first - 1) else { continue };
        let Some(code) = places.country_of(o_name) else { continue };
        if c.country.is_none() {
            c.country = Some(code.to_string());
        }
        let generic = c.name.split_whitespace().all(|w| GENERIC_ORG_WORDS.contains(&lower(w).as_str()));
        if generic {
            c.name = scan.text[scan.tokens[*o_first].span.start()..scan.tokens[c.end - 1].span.end()].to_string();
        }
    }
    // ("South Korea's Joint Chiefs of Staff said ... the Joint Chiefs said": a name the text
    // gives once after its country's possessive, where no candidate stands, is that country's
    // everywhere.)
    // (Only one country so owns the name: not "Russia's Defence Ministry ... Ukraine's Defence
    // Ministry"; the name whole, "Joint Chiefs" not in "Joint Chiefsx".)
    for c in cands.iter_mut().filter(|c| matches!(c.entity_type, EntityType::Org | EntityType::Unit) && c.country.is_none()) {
        // (Owned before it is named bare: in "the Foreign Ministry said ... Russia's Foreign
        // Ministry spokeswoman" from Tallinn, the first is Estonia's. A headline's bare name is
        // the one its lead owns: "Defence Ministry says 30 drones downed" over "Russia's Defence
        // Ministry said".)
        // (A headline: a short first line with a line after it and no full stop, question or
        // closing quotation mark at its end.)
        let first_line = scan.text.split('\n').next().unwrap_or("");
        let headline_line = first_line.len() < scan.text.len() && !first_line.trim_end().ends_with(['.', '?', '!', '"', '”']) && first_line.split_whitespace().count() <= 16;
        let in_headline = headline_line && scan.tokens[c.first].span.start() < first_line.len();
        let owned_here = |(_, o_end, o_name): &&(usize, usize, String)| {
            let after = scan.tokens.get(*o_end).map(|t| t.span);
            let before_it = *o_end < c.first || in_headline;
            after.is_some_and(|t| {
                let rest = scan.text[t.end()..].trim_start();
                is_possessive(&scan.text[t.range()]) && rest.starts_with(c.name.as_str()) && !rest[c.name.len()..].starts_with(|ch: char| ch.is_alphanumeric())
            }) && places.country_of(o_name).is_some()
                && before_it
        };
        let countries: HashSet<&str> = owners.iter().filter(owned_here).filter_map(|(_, _, o)| places.country_of(o)).collect();
        if let [only] = countries.into_iter().collect::<Vec<_>>()[..] {
            c.country = Some(only.to_string());
        }
    }
}

/// "Finland's coastal watchdog", "the Finnish coastal agency", "Estonian military
/// intelligence": a description owned by a place or nationality, with a head word of
/// [`DESCRIPTOR_HEADS`]. It refers to the organisation of the document whose name fits the head
/// (the one sharing a word with the description first, then the nearest before it, then the
/// first after it: a headline names it before the text does); when none fits and a place or
/// nationality owns it, it becomes an organisation of its own, named by the description.
fn add_descriptors(scan: &Scan<'_>, places: &dyn PlaceLexicon, entities: &mut Vec<Entity>, mentions: &mut Vec<EntityMention>) {
    let n = scan.tokens.len();
    let mut found: Vec<EntityMention> = Vec::new();
    for h in 1..n {
        let head = lower(scan.word(h));
        let Some((_, fits)) = DESCRIPTOR_HEADS.iter().find(|(w, _)| *w == head) else { continue };
        let head_span = scan.tokens[h].span;
        if mentions.iter().chain(&found).any(|m| m.span.contains(head_span)) {
            continue;
        }
        if head == "tank" && lower(scan.word(h - 1)) != "think" {
            continue;
        }
        // "the Finnish military said", not "U.S. military aid", "Russian army deserters told":
        // as a head, an armed force stands before a verb, an adverb or punctuation.
        let next = scan.tokens.get(h + 1);
        // ("Video released by the Philippine military appeared to show ...": a verb in the past
        // after "military", which no noun it qualifies ends in.)
        let past_verb = |w: &str| w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase());
        let clause_follows = next.is_none_or(|t| t.kind != TokenKind::Word) || AFTER_A_HEAD.contains(&scan.word(h + 1)) || head == "military" && past_verb(scan.word(h + 1));
        // (An army or a navy is a noun anyway: only a plural after it is what it qualifies,
        // "Russian army deserters"; "the Israeli army shelled", "the army's", "army and navy"
        // keep it.)
        let plural_after = next.is_some_and(|t| t.kind == TokenKind::Word) && {
            let w = scan.word(h + 1);
            w.len() > 3 && w.ends_with('s') && w.chars().all(|c| c.is_lowercase()) && !clause_follows && !w.ends_with("ss")
                && !VERBS_IN_S.contains(&w)
        };
        // ("Poland's armed forces command said", not "two army command posts": a command is
        // one only before a verb or punctuation.)
        if (head == "military" || head == "command") && !clause_follows || matches!(head.as_str(), "army" | "navy") && plural_after {
            continue;
        }
        // ("The Syrian army command says ...": the command of an armed force is that force
        // speaking.)
        let command = matches!(head.as_str(), "army" | "navy" | "military")
            && matches!(scan.word(h + 1), "command" | "headquarters" | "leadership")
            // (Speaking or acting, not "army command posts".)
            && scan.tokens.get(h + 2).is_none_or(|t| t.kind != TokenKind::Word || AFTER_A_HEAD.contains(&scan.word(h + 2)) || VERBS_IN_S.contains(&scan.word(h + 2)));
        let head_span = if command { head_span.cover(scan.tokens[h + 1].span) } else { head_span };
        // "agency chief", "intelligence officers": the word modifies a later noun.
        if !command
            && scan.tokens.get(h + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && scan.word(h + 1).chars().all(char::is_lowercase)
            && !DESCRIPTOR_STOP.contains(&scan.word(h + 1))
            && !matches!(
                scan.word(h + 1),
                "said" | "says" | "has" | "had" | "have" | "is" | "was" | "will" | "would" | "told" | "can" | "could" | "may"
                    | "might" | "must" | "should" | "did" | "does" | "saw" | "found" | "knew" | "thought" | "wrote" | "gave"
                    | "took" | "made" | "sent" | "held" | "spoke" | "believes" | "also" | "then" | "now" | "again"
            )
            && scan.word(h + 1).len() > 3
            && !scan.word(h + 1).ends_with("ed")
            && !scan.word(h + 1).ends_with('s')
        {
            continue;
        }
        // Back over lower-case modifiers ("coastal", "maritime monitoring", "military").
        let mut j = h;
        while j > 0 && h - j < 3 {
            let w = scan.word(j - 1);
            let t = &scan.tokens[j - 1];
            let plain = t.kind == TokenKind::Word
                && (w.chars().all(|c| c.is_lowercase() || c == '-') || is_compound_adjective(w))
                && !DESCRIPTOR_STOP.contains(&w)
                && !scan.sentence_start.contains(&(j - 1));
            if !plain {
                break;
            }
            j -= 1;
        }
        if j == 0 {
            continue;
        }
        // The owner: a place before a possessive, a nationality or a place name right before.
        let before = scan.tokens[j - 1].span;
        let owner_at = |end: usize| {
            mentions.iter().find(|m| m.span.end() == end).filter(|m| {
                let t = entities[m.entity].entity_type;
                t.is_place() || t == EntityType::Norp
            })
        };
        let (start, owner) = if is_possessive(scan.word(j - 1)) && j >= 2 {
            match owner_at(scan.tokens[j - 2].span.end()) {
                Some(m) => (m.span.start(), Some(m.entity)),
                None => continue,
            }
        } else if let Some(m) = owner_at(before.end()) {
            (m.span.start(), Some(m.entity))
        } else if lower(scan.word(j - 1)) == "the" && j < h {
            (before.start(), None)
        } else {
            continue;
        };
        // A description inside a longer name ("the Estonian Navy Museum") is not one.
        if mentions.iter().any(|m| m.span.start() < start && m.span.end() > start) {
            continue;
        }
        let span = Span::new(start, head_span.end());
        let modifiers: Vec<String> = (j..h).map(|i| lower(scan.word(i))).collect();
        // A nationality names its country only through the demonyms: "Western" is no place here,
        // whatever region of the gazetteer bears the name.
        let owner_country = owner.and_then(|e| {
            let known = entities[e].country.clone();
            if entities[e].entity_type == EntityType::Norp {
                known.or_else(|| places.demonym_country(&entities[e].name).map(str::to_string))
            } else {
                known.or_else(|| places.country_of(&entities[e].name).map(str::to_string))
            }
        });
        let head_initial = head.chars().next().map(|c| c.to_ascii_uppercase());
        let first_initial = modifiers.first().and_then(|m| m.chars().next()).map(|c| c.to_ascii_uppercase());
        let fitting = |e: &Entity| {
            let name = lower(&e.name);
            // "CMA" for "the Finnish coastal agency": first and last letters fit.
            let acronym_fits = is_acronym(&e.name)
                && first_initial.is_some()
                && e.name.chars().next().map(|c| c.to_ascii_uppercase()) == first_initial
                && e.name.chars().last().map(|c| c.to_ascii_uppercase()) == head_initial;
            matches!(e.entity_type, EntityType::Org | EntityType::Unit)
                && (name.split(' ').any(|w| fits.contains(&w)) || acronym_fits)
                && !(owner_country.is_some() && e.country.is_some() && e.country != owner_country)
        };
        let shares = |e: &Entity| {
            let name = lower(&e.name);
            let initials_fit = is_acronym(&e.name) && first_initial.is_some() && e.name.starts_with(first_initial.unwrap_or(' '));
            let same_word = |m: &str, w: &str| {
                m.len() > 3 && w == m || DESCRIPTOR_SYNONYMS.iter().any(|&(a, b)| a == m && b == w)
            };
            modifiers.iter().any(|m| name.split(' ').any(|w| same_word(m, w))) || initials_fit && !modifiers.is_empty()
        };
        // With an owner ("Estonian navy"), an organisation that shares no word with the
        // description must have the same owner: in its name ("Russian Defense Ministry") or
        // right before a mention of it ("Finland’s Coastal Monitoring Agency").
        let owner_text = lower(&scan.text[start..before.end()]);
        let same_owner = |w: &str| {
            let a: String = owner_text.chars().take(3).collect();
            a.chars().count() == 3 && lower(w).starts_with(&a)
        };
        let owned_alike = |e: usize| {
            entities[e].name.split(' ').next().is_some_and(same_owner)
                || mentions.iter().filter(|m| m.entity == e).any(|m| {
                    let t = scan.tokens.partition_point(|t| t.span.start() < m.span.start());
                    let prev = if t >= 1 && is_possessive(scan.word(t - 1)) && t >= 2 { t - 2 } else { t.wrapping_sub(1) };
                    t >= 1 && same_owner(scan.word(prev))
                })
        };
        // "Estonia's military intelligence service" for "Estonian military intelligence": two
        // words of the name are enough without the head.
        let shares_two = |e: &Entity| {
            let name = lower(&e.name);
            matches!(e.entity_type, EntityType::Org | EntityType::Unit)
                && modifiers.iter().filter(|m| m.len() > 3 && name.split(' ').any(|w| w == m.as_str())).count() >= 2
        };
        // ("Ukraine's military intelligence agency" after a report named South Korea's
        // "National Intelligence Service" without its country: an organisation of no known
        // country named before answers an owned description only through a word any country's
        // organisation would not bear, "Helsinki's maritime monitoring agency" for the Coastal
        // Monitoring Agency; one named after it may be the name it is given, "Finland's spy
        // agency ... the National Intelligence Bureau".)
        // (Or through its initials: "the Finnish coastal agency" for "CMA".)
        let shares_distinct = |e: &Entity| {
            let name = lower(&e.name);
            let initials = is_acronym(&e.name)
                && e.name.chars().next().map(|c| c.to_ascii_uppercase()) == first_initial
                && e.name.chars().last().map(|c| c.to_ascii_uppercase()) == head_initial;
            initials
                || modifiers.iter().filter(|m| m.len() > 3 && !GENERIC_ORG_WORDS.contains(&m.as_str())).any(|m| name.split(' ').any(|w| w == m.as_str()))
        };
        let unowned_guess = |e: &Entity| owner_country.is_some() && e.country.is_none() && !shares_distinct(e);
        let candidates: Vec<&EntityMention> = mentions
            .iter()
            .filter(|m| m.span != span && (fitting(&entities[m.entity]) || shares_two(&entities[m.entity])))
            .filter(|m| owner.is_none() || (shares(&entities[m.entity]) && !(m.span.end() <= start && unowned_guess(&entities[m.entity]))) || owned_alike(m.entity))
            .collect();
        let nearest_before = |pred: &dyn Fn(&Entity) -> bool| {
            candidates.iter().filter(|m| m.span.end() <= start && pred(&entities[m.entity])).max_by_key(|m| m.span.end())
        };
        let first_after = |pred: &dyn Fn(&Entity) -> bool| {
            candidates.iter().filter(|m| m.span.start() >= span.end() && pred(&entities[m.entity])).min_by_key(|m| m.span.start())
        };
        // "Ukraine's military intelligence agency, known as HUR,", "the coastal agency (CMA)",
        // "the spy agency, the NIS,": a name given right after the description is what it
        // refers to.
        let named_after = {
            let k = scan.tokens.partition_point(|t| t.span.start() < span.end());
            let w = |i: usize| if i < n { scan.word(i) } else { "" };
            let name_at = match (w(k), w(k + 1), w(k + 2)) {
                // "North Korea's state news agency KCNA".
                (x, _, _) if is_acronym(x) => Some(k),
                ("(", _, _) => Some(k + 1),
                (",", "known", "as") => Some(k + 3),
                (",", "called" | "dubbed", _) => Some(k + 2),
                // An apposition: "Ukraine's military intelligence agency, HUR, said", "South
                // Korea's spy agency, the National Intelligence Service, said".
                (",", x, _) if is_acronym(x) => Some(k + 1),
                (",", "the", _) => Some(k + 2),
                _ => None,
            };
            // (An apposition closes with a comma or a bracket: "Russia's foreign ministry, the
            // Kremlin said" ends the sentence with who said it, and "the spy agency, the Defense
            // Ministry and the JCS" is a list.)
            let apposition = w(k) == "," && !matches!(w(k + 1), "known" | "called" | "dubbed");
            name_at.filter(|&i| i < n).and_then(|i| {
                mentions
                    .iter()
                    .find(|m| m.span.start() == scan.tokens[i].span.start())
                    .filter(|m| matches!(entities[m.entity].entity_type, EntityType::Org | EntityType::Unit))
                    .filter(|m| {
                        let after = scan.tokens.partition_point(|t| t.span.start() < m.span.end());
                        !apposition || matches!(w(after), "," | ")")
                    })
                    .map(|m| m.entity)
            })
        };
        let antecedent = named_after.or_else(|| {
            nearest_before(&shares)
                .or_else(|| first_after(&shares))
                .or_else(|| nearest_before(&|_| true))
                .or_else(|| first_after(&|_| true))
                .map(|m| m.entity)
        });
        match (antecedent, owner) {
            (Some(e), _) => {
                // "Finland's coastal watchdog" says whose the agency is.
                if entities[e].country.is_none() {
                    entities[e].country = owner_country.clone();
                }
                // "Ukraine's military intelligence agency, known as HUR": and what it is, when a
                // country owns it ("French news agency AFP" is a news outlet).
                let news = modifiers.iter().any(|m| matches!(m.as_str(), "news" | "press" | "wire" | "media" | "state-run"));
                if entities[e].org_kind.is_none() && owner.is_some() {
                    entities[e].org_kind = match head.as_str() {
                        _ if news => Some(OrgKind::MediaOutlet),
                        "navy" | "army" | "military" | "guard" | "force" => Some(OrgKind::ArmedForce),
                        "agency" | "intelligence" | "ministry" | "directorate" | "service" | "bureau" | "embassy" | "consulate" => Some(OrgKind::GovernmentAgency),
                        _ => None,
                    };
                }
                found.push(EntityMention { span, entity: e, kind: MentionKind::Anaphor });
            }
            (None, Some(_)) => {
                let name = scan.text[span.range()].to_string();
                let key = norm(&name);
                // The same description again is the same organisation.
                // ("the Finnish army", "Estonia's navy": an armed force.)
                let armed = matches!(head.as_str(), "navy" | "army" | "military" | "force");
                let (entity_type, org_kind) =
                    if armed { (EntityType::Unit, OrgKind::ArmedForce) } else { (EntityType::Org, OrgKind::GovernmentAgency) };
                // ("China's coast guard" and "the Chinese coast guard": one owner, one body.)
                let described = norm(&scan.text[scan.tokens[j].span.start()..head_span.end()]);
                let same_body = |e: &Entity| {
                    e.country.is_some() && e.country == owner_country && norm(&e.name).strip_suffix(described.as_str()).is_some_and(|owner| owner.ends_with(' '))
                };
                let e = entities.iter().position(|e| e.entity_type == entity_type && (norm(&e.name) == key || same_body(e))).unwrap_or_else(|| {
                    entities.push(Entity {
                        name,
                        entity_type,
                        org_kind: Some(org_kind),
                        aliases: Vec::new(),
                        country: owner_country.clone(),
                    });
                    entities.len() - 1
                });
                found.push(EntityMention { span, entity: e, kind: MentionKind::Name });
            }
            // "the interior ministry said" with no ministry named: a ministry of a portfolio
            // stands alone, the dateline's country's ("TBILISI, March 5 - ... the interior
            // ministry said").
            (None, None) if head == "ministry" && !modifiers.is_empty() && modifiers.iter().all(|m| PORTFOLIOS.contains(&m.as_str())) => {
                let name = scan.text[before.end()..head_span.end()].trim_start().to_string();
                let key = norm(&name);
                // (Of the place it is said to be in, "the foreign ministry in Moscow", before the
                // dateline's.)
                let k = scan.tokens.partition_point(|t| t.span.start() < head_span.end());
                let placed = matches!(scan.word(k), "in" | "of")
                    .then(|| mentions.iter().find(|m| scan.tokens.get(k + 1).is_some_and(|t| t.span.start() == m.span.start()) && entities[m.entity].entity_type.is_place()))
                    .flatten()
                    .and_then(|m| places.country_of(&entities[m.entity].name).map(str::to_string));
                let country = placed.or_else(|| dateline_country(scan, places, entities, mentions));
                let e = entities.iter().position(|e| e.entity_type == EntityType::Org && norm(&e.name) == key).unwrap_or_else(|| {
                    entities.push(Entity {
                        name,
                        entity_type: EntityType::Org,
                        org_kind: Some(OrgKind::GovernmentAgency),
                        aliases: Vec::new(),
                        country,
                    });
                    entities.len() - 1
                });
                found.push(EntityMention { span, entity: e, kind: MentionKind::Name });
            }
            (None, None) => {}
        }
    }
    mentions.extend(found);
}

/// The country of the town a dateline names in the first lines ("TBILISI, March 5 (Wire) -").
fn dateline_country(scan: &Scan<'_>, places: &dyn PlaceLexicon, entities: &[Entity], mentions: &[EntityMention]) -> Option<String> {
    mentions.iter().filter(|m| m.span.start() < 600 && entities[m.entity].entity_type.is_place()).find_map(|m| {
        let first = scan.tokens.partition_point(|t| t.span.start() < m.span.start());
        let end = scan.tokens.partition_point(|t| t.span.start() < m.span.end());
        if first >= scan.tokens.len() || !is_dateline(scan, first, end) {
            return None;
        }
        places.country_of(&entities[m.entity].name).or_else(|| places.country_of(&scan.text[m.span.range()])).map(str::to_string)
    })
}

/// "Stockholm-based", "Kremlin-backed": an adjective made from a name, not a name.
fn is_compound_adjective(w: &str) -> bool {
    // (Not a name's own prefix: "Non-Aligned Movement", "Anti-Corruption League".)
    let l = lower(w);
    !["non-", "anti-", "pro-", "counter-"].iter().any(|p| l.starts_with(p)) && COMPOUND_ADJECTIVE_SUFFIXES.iter().any(|s| w.len() > s.len() + 1 && l.ends_with(s))
}

/// The name after a possessive owner: "South Korea’s National Intelligence Service" ->
/// "National Intelligence Service".
fn owned_part(name: &str) -> Option<&str> {
    name.split_once("’s ").or_else(|| name.split_once("'s ")).map(|(_, rest)| rest).filter(|r| r.contains(' '))
}

/// The initials of a name's words, skipping small words: "Coastal Monitoring Agency" -> "CMA".
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        // (Nor an Arabic article in lower case: "Jama'at Nusrat al-Islam wal-Muslimin" is JNIM;
        // a capitalised one counts, "Al-Qaeda in the Arabian Peninsula" is AQAP.)
        .filter(|w| !w.is_empty() && !matches!(lower(w).as_str(), "of" | "the" | "and" | "for" | "on" | "in" | "'s" | "’s") && !matches!(*w, "al" | "el" | "wal" | "ad" | "ash" | "as" | "at" | "ar" | "an" | "az"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// "EMI" in a text that names "Estonian military intelligence" but never defines the acronym:
/// an acronym that spells the initials of exactly one organisation of the document is that
/// organisation. Emptied entities stay in place, like [`merge_surnames`] leaves them.
fn merge_acronym_initials(entities: &mut [Entity], mentions: &mut [EntityMention]) {
    for i in 0..entities.len() {
        // ("E.U." spells "EU" too.)
        let acr = entities[i].name.replace('.', "");
        let dotted = entities[i].name.contains('.') && acr.len() * 2 == entities[i].name.len();
        let kind_fits = matches!(entities[i].entity_type, EntityType::Org | EntityType::Misc) || dotted && entities[i].entity_type == EntityType::Loc;
        if !(is_acronym(&entities[i].name) || dotted && is_acronym(&acr)) || !kind_fits {
            continue;
        }
        if !mentions.iter().any(|m| m.entity == i) {
            continue;
        }
        let long: Vec<usize> = (0..entities.len())
            .filter(|&k| {
                k != i
                    && matches!(entities[k].entity_type, EntityType::Org | EntityType::Unit)
                    && entities[k].name.contains(' ')
                    && (initials(&entities[k].name) == acr
                        || entities[k].aliases.contains(&acr)
                        // "South Korea’s National Intelligence Service": the owner's words are
                        // not part of the acronym.
                        || owned_part(&entities[k].name).is_some_and(|rest| initials(rest) == acr))
            })
            .collect();
        let [e] = long[..] else { continue };
        let alias = entities[i].name.clone();
        add_alias(&mut entities[e], &alias);
        for m in mentions.iter_mut().filter(|m| m.entity == i) {
            m.entity = e;
            m.kind = MentionKind::Alias;
        }
    }
}

fn compatible(a: EntityType, b: EntityType) -> bool {
    a == b || matches!((a, b), (EntityType::Org, EntityType::Unit) | (EntityType::Unit, EntityType::Org))
}

fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() || needle.split(' ').count() < 2 && !hay.split(' ').any(|w| w == needle) {
        return false;
    }
    let h = format!(" {hay} ");
    let n = format!(" {needle} ");
    h.contains(&n) && needle.split(' ').count() >= 2
}

fn add_alias(entity: &mut Entity, alias: &str) {
    if norm(alias) != norm(&entity.name) && !entity.aliases.iter().any(|a| norm(a) == norm(alias)) {
        entity.aliases.push(alias.to_string());
    }
}

/// "“...,” Park told reporters" after "Rep. Park Sun-won": a family name standing alone that no
/// candidate took (a common word too, "park") names the person whose Korean-style name opens
/// with it, when only one person's does. Only after that person's first mention, and not as a
/// word of a longer capitalised run.
fn add_family_name_mentions(scan: &Scan<'_>, entities: &[Entity], mentions: &mut Vec<EntityMention>) {
    let mut family: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.entity_type == EntityType::Per) {
        let words: Vec<&str> = e.name.split_whitespace().collect();
        if words.len() == 2 && korean_given_name(words[1]) {
            family.entry(words[0]).or_default().push(i);
        }
    }
    let capitalised = |i: usize| i < scan.tokens.len() && scan.word(i).starts_with(char::is_uppercase);
    let mut found = Vec::new();
    for i in 0..scan.tokens.len() {
        let Some(people) = family.get(scan.word(i)) else { continue };
        let [person] = people.as_slice() else { continue };
        let span = scan.tokens[i].span;
        let taken = mentions.iter().any(|m| m.span.overlaps(span));
        let first_named = mentions.iter().filter(|m| m.entity == *person).map(|m| m.span.start()).min();
        let run = i > 0 && capitalised(i - 1) && !scan.sentence_start.contains(&i) || capitalised(i + 1);
        if !taken && !run && first_named.is_some_and(|at| at < span.start()) {
            found.push(EntityMention { span, entity: *person, kind: MentionKind::Alias });
        }
    }
    mentions.extend(found);
}

/// "the agency", "the ministry": refers back to the nearest preceding organisation whose name
/// has a fitting head word.
fn add_anaphors(doc: &Doc, scan: &Scan<'_>, entities: &[Entity], mentions: &mut Vec<EntityMention>) {
    let _ = doc;
    let mut found = Vec::new();
    for i in 1..scan.tokens.len() {
        if lower(scan.word(i - 1)) != "the" {
            continue;
        }
        let head = lower(scan.word(i));
        let Some((_, heads)) = ORG_ANAPHORS.iter().find(|(h, _)| *h == head) else { continue };
        // Not the head of a longer name ("the agency chief" is fine; "the Agency" capitalised
        // inside a run was already taken as a name).
        let start = scan.tokens[i].span.start();
        // ("the army" is not "the paramilitary Rapid Support Forces" fighting it.)
        let irregular = |e: usize| {
            matches!(head.as_str(), "army" | "military")
                && mentions.iter().filter(|m| m.entity == e).any(|m| {
                    let t = scan.tokens.partition_point(|t| t.span.start() < m.span.start());
                    t >= 1 && matches!(lower(scan.word(t - 1)).as_str(), "paramilitary" | "rebel" | "militia" | "insurgent" | "separatist")
                })
        };
        // ("the Organization for Security and Co-operation in Europe": a word of a name already
        // recognised, or a capitalised head a name goes on from, is no anaphor.)
        let taken = mentions.iter().any(|m| m.span.overlaps(scan.tokens[i].span));
        // (Not in a headline in title case: "..., the Ministry Says".)
        let name_goes_on = !scan.title_cased.contains(&i)
            && scan.word(i).starts_with(char::is_uppercase)
            && (scan.word(i + 1).starts_with(char::is_uppercase) || matches!(lower(scan.word(i + 1)).as_str(), "for" | "of") && scan.word(i + 2).starts_with(char::is_uppercase));
        if taken || name_goes_on {
            continue;
        }
        // ("the military junta", "the army spokesman": a modifier of another head.)
        if matches!(lower(scan.word(i + 1)).as_str(), "junta" | "government" | "regime" | "council" | "leaders" | "leadership" | "rulers" | "spokesman" | "spokeswoman" | "spokesperson" | "court" | "prosecutors" | "chief" | "chiefs") {
            continue;
        }
        // ("struck the command post", "under the command of Gen. Syrskyi": a command is the body
        // only before its verb or punctuation.)
        if head == "command" && matches!(lower(scan.word(i + 1)).as_str(), "post" | "posts" | "centre" | "center" | "centres" | "centers" | "structure" | "of" | "and" | "vehicle" | "bunker") {
            continue;
        }
        // ("In Myanmar, the military claimed ...": not the army of another country named
        // before.)
        let sentence = scan.sentence_start.iter().filter(|&&t| t <= i).max().copied().unwrap_or(0);
        let sentence_from = scan.tokens.get(sentence).map_or(0, |t| t.span.start());
        // (Only a country the sentence opens in: "Pyongyang has not responded, the ministry
        // said" and "Russia's strikes went on, the ministry said" leave the ministry free.)
        let opens_in = |m: &EntityMention| {
            scan.tokens.get(sentence + 1).is_some_and(|t| t.span.start() == m.span.start()) && lower(scan.word(sentence)) == "in"
        };
        let named_country: Vec<&str> = mentions
            .iter()
            .filter(|m| m.span.start() >= sentence_from && m.span.end() <= start && opens_in(m))
            .filter_map(|m| entities[m.entity].country.as_deref().filter(|_| entities[m.entity].entity_type == EntityType::Gpe))
            .collect();
        let of_another_country = |e: usize| entities[e].country.as_deref().is_some_and(|c| !named_country.is_empty() && !named_country.contains(&c));
        let told_as_fighters = |e: usize| {
            mentions.iter().filter(|m| m.entity == e).any(|m| {
                let t = scan.tokens.partition_point(|t| t.span.start() < m.span.end());
                matches!(lower(scan.word(t)).as_str(), "rebels" | "militants" | "insurgents" | "fighters" | "militia")
            })
        };
        // ("the U.N. refugee agency UNHCR ... the agency said": a name the text gave right after
        // such a head.)
        let described_so = |e: usize| {
            mentions.iter().filter(|m| m.entity == e && m.span.end() <= start).any(|m| {
                let t = scan.tokens.partition_point(|t| t.span.start() < m.span.start());
                t >= 1 && {
                    let before = lower(scan.word(t - 1));
                    before == head || heads.contains(&before.as_str())
                }
            })
        };
        let antecedent = mentions
            .iter()
            .filter(|m| m.span.end() <= start && !irregular(m.entity) && !of_another_country(m.entity))
            .filter(|m| {
                let e = &entities[m.entity];
                matches!(e.entity_type, EntityType::Org | EntityType::Unit) && {
                    let n = lower(&e.name);
                    heads.is_empty() || heads.iter().any(|h| n.split(' ').any(|w| w == *h)) || described_so(m.entity)
                        // ("... of Hezbollah ..., the group said")
                        || head == "group" && ARMED_GROUPS.contains(&n.as_str())
                        // ("Congolese troops and M23 rebels ... the rebels had attacked": an
                        // armed group, or a name told as rebels or militants before.)
                        || matches!(head.as_str(), "rebels" | "militants" | "insurgents")
                            && (ARMED_GROUPS.contains(&n.as_str()) || told_as_fighters(m.entity))
                }
            })
            .max_by_key(|m| m.span.end());
        if let Some(m) = antecedent {
            let span = scan.tokens[i - 1].span.cover(scan.tokens[i].span);
            found.push(EntityMention { span, entity: m.entity, kind: MentionKind::Anaphor });
        }
    }
    mentions.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::{RuleSentenceSplitter, RuleTokenizer};
    use sitrep_doc::{DocMeta, Pipeline};

    /// The entity layer the rules give a text (tokens and sentences by rule, [`TestPlaces`]).
    fn recognized(meta: DocMeta, text: &str) -> (Doc, EntityLayer) {
        let mut doc = Doc::from_text(meta, text);
        Pipeline::new().with(RuleTokenizer).with(RuleSentenceSplitter).run(&mut doc).expect("ok");
        let l = recognize(&doc, &TestPlaces);
        (doc, l)
    }

    struct TestPlaces;
    impl PlaceLexicon for TestPlaces {
        fn place_kind(&self, name: &str) -> Option<PlaceKind> {
            match name {
                "Norland" | "Vesteria" => Some(PlaceKind::Country),
                "Port Hallin" | "Kessa" | "KESSA" | "Ssb" | "SSB" | "Morgan" | "Greyford" | "Dovecote" | "Lysoven" => Some(PlaceKind::City),
                _ => None,
            }
        }
        fn population(&self, name: &str) -> Option<u64> {
            match name {
                "Morgan" => Some(12_000),
                "Greyford" => Some(4_000),
                "Lysoven" => Some(60_000),
                "Kessa" => Some(600_000),
                "Dovecote" => Some(300_000),
                _ => None,
            }
        }
        fn by_own_name(&self, name: &str) -> bool {
            // (A city that the name "Dovecote" meant once.)
            name != "Dovecote"
        }
        fn demonym_country(&self, word: &str) -> Option<&str> {
            match word {
                "Norlandic" => Some("NL"),
                "Vesterian" => Some("VS"),
                _ => None,
            }
        }
        fn country_of(&self, name: &str) -> Option<&str> {
            match name {
                "Norland" | "Port Hallin" | "Kessa" | "KESSA" => Some("NL"),
                "Vesteria" => Some("VS"),
                _ => None,
            }
        }
    }

    /// Countries with their codes, one of them under two names.
    struct CountryCodes;
    impl PlaceLexicon for CountryCodes {
        fn place_kind(&self, name: &str) -> Option<PlaceKind> {
            matches!(name, "Norland" | "Upper Vesteria" | "U. Vesteria" | "Lower Vesteria").then_some(PlaceKind::Country)
        }
        fn demonym_country(&self, _: &str) -> Option<&str> {
            None
        }
        fn country_of(&self, name: &str) -> Option<&str> {
            match name {
                "Norland" => Some("NL"),
                "Upper Vesteria" | "U. Vesteria" => Some("UV"),
                "Lower Vesteria" => Some("LV"),
                _ => None,
            }
        }
    }

    #[test]
    fn two_names_of_one_country_are_one_entity() {
        let mut doc = Doc::from_text(
            DocMeta::default(),
            "U. Vesteria sends troops to Norland\n\nUpper Vesteria has sent troops to Norland, and Lower Vesteria said it would not.",
        );
        Pipeline::new().with(RuleTokenizer).with(RuleSentenceSplitter).run(&mut doc).expect("ok");
        let l = recognize(&doc, &CountryCodes);
        let upper = find(&l, "Upper Vesteria").expect("found");
        assert!(upper.aliases.iter().any(|a| a == "U. Vesteria"), "{l:#?}");
        let lower = find(&l, "Lower Vesteria").expect("found");
        assert_ne!(upper.name, lower.name, "two countries stay apart");
        assert_eq!(l.entities.iter().filter(|e| e.entity_type == EntityType::Gpe).count(), 3, "{l:#?}");
    }

    fn run(text: &str) -> (Doc, EntityLayer) {
        let mut doc = Doc::from_text(DocMeta::default(), text);
        Pipeline::new().with(RuleTokenizer).with(RuleSentenceSplitter).run(&mut doc).expect("ok");
        let layer = recognize(&doc, &TestPlaces);
        (doc, layer)
    }

    fn find<'a>(layer: &'a EntityLayer, name: &str) -> Option<&'a Entity> {
        layer.entities.iter().find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
    }

    #[test]
    fn acronym_in_parentheses_becomes_an_alias() {
        let (_, l) = run("Norland’s State Security Bureau (SSB) said on Monday that the SSB had evidence.");
        let e = find(&l, "SSB").expect("found");
        assert_eq!(e.name, "State Security Bureau");
        assert_eq!(e.entity_type, EntityType::Org);
        assert_eq!(e.org_kind, Some(OrgKind::GovernmentAgency));
        let n = l.mentions.iter().filter(|m| l.entities[m.entity].name == e.name).count();
        assert_eq!(n, 3);
    }

    #[test]
    fn lower_case_long_form_before_acronym() {
        let (_, l) = run("It echoed reports by Vesterian military intelligence (VMI) last week.");
        let e = find(&l, "VMI").expect("found");
        assert_eq!(e.name, "Vesterian military intelligence");
        assert_eq!(e.entity_type, EntityType::Org);
        assert_eq!(e.country.as_deref(), Some("VS"));
    }

    #[test]
    fn the_writers_of_a_byline_are_no_entities() {
        let (_, l) = run("Norland says troops left Kessa\n\nBy Mina Cho and Daniel Roe\n\nNorlandic troops left Kessa, Ada Moss said.");
        assert!(find(&l, "Mina Cho").is_none() && find(&l, "Daniel Roe").is_none(), "{l:#?}");
        assert_eq!(find(&l, "Ada Moss").map(|e| e.entity_type), Some(EntityType::Per));
        // (A sentence opening with "By" is no byline.)
        let (_, l) = run("Norland says troops left Kessa\n\nBy Tuesday, Ada Moss had signed the order.");
        assert_eq!(find(&l, "Ada Moss").map(|e| e.entity_type), Some(EntityType::Per));
    }

    #[test]
    fn a_war_is_no_person_and_a_body_named_after_war_stays_a_body() {
        let (_, l) = run(
            "Thousands of Norlandic troops massed near Kessa, the largest force since the Varn War ended. \
             The Institute for the Study of War said the build-up continued.",
        );
        assert_eq!(find(&l, "Varn War").map(|e| e.entity_type), Some(EntityType::Misc));
        assert_eq!(find(&l, "Institute for the Study of War").map(|e| e.entity_type), Some(EntityType::Org));
        assert!(!l.entities.iter().any(|e| e.name.starts_with("Thousands")), "{l:#?}");
    }

    #[test]
    fn types_from_head_words_places_and_demonyms() {
        let (_, l) = run(
            "Ships of the Norlandic Northern Fleet left Port Hallin. The Kessa Herald reported it. \
             Norlandic sailors cheered.",
        );
        assert_eq!(find(&l, "Norlandic Northern Fleet").map(|e| e.entity_type), Some(EntityType::Unit));
        assert_eq!(find(&l, "Norlandic Northern Fleet").and_then(|e| e.country.clone()), Some("NL".into()));
        assert_eq!(find(&l, "Port Hallin").map(|e| e.entity_type), Some(EntityType::Gpe));
        let herald = find(&l, "Kessa Herald").expect("media");
        assert_eq!((herald.entity_type, herald.org_kind), (EntityType::Org, Some(OrgKind::MediaOutlet)));
        assert_eq!(find(&l, "Norlandic").map(|e| e.entity_type), Some(EntityType::Norp));
    }

    #[test]
    fn persons_from_titles_and_name_shapes_and_designations() {
        let (_, l) = run(
            "Norlandic leader Pak Tae-ho watched a test of the XR-17. Later, Anna Berglund, \
             an analyst, spoke. Berglund said more.",
        );
        assert_eq!(find(&l, "Pak Tae-ho").map(|e| e.entity_type), Some(EntityType::Per));
        assert_eq!(find(&l, "XR-17").map(|e| e.entity_type), Some(EntityType::Equipment));
        assert_eq!(find(&l, "Anna Berglund").map(|e| e.entity_type), Some(EntityType::Per));
    }

    #[test]
    fn one_organisation_named_after_its_capital_and_its_nationality_is_one_entity() {
        let (_, l) = run(
            "Port Hallin’s State Security Service said on Monday that trucks left. \
             Photo: Norlandic State Security Service. The Vesterian State Security Service disagreed.",
        );
        let norland = find(&l, "Port Hallin’s State Security Service").unwrap_or_else(|| panic!("{l:#?}"));
        assert!(
            norland.name == "Norlandic State Security Service" || norland.aliases.iter().any(|a| a == "Norlandic State Security Service"),
            "{l:#?}"
        );
        let vesteria = find(&l, "Vesterian State Security Service").expect("found");
        assert_ne!(norland.name, vesteria.name, "another country's service stays apart");
        // Two towns' own bodies are two, though both towns are in one country.
        let (_, l) = run("Port Hallin’s Police Department said trucks left. Kessa’s Police Department disagreed.");
        let departments = l.entities.iter().filter(|e| e.name.contains("Police Department")).count();
        assert_eq!(departments, 2, "{l:#?}");
    }

    #[test]
    fn an_acronym_spells_the_name_after_its_owner() {
        let (_, l) = run("Norland’s State Security Service said on Monday that trucks left. Photo: SSS");
        let service = find(&l, "SSS").unwrap_or_else(|| panic!("{l:#?}"));
        assert!(service.name.contains("State Security Service"), "{l:#?}");
    }

    #[test]
    fn a_month_without_its_period_and_a_rank_are_no_part_of_a_name() {
        let (_, l) = run("The first units arrived in Kessa on Oct 23, the Norland State Bureau said.");
        assert_eq!(find(&l, "Kessa").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        assert!(!l.entities.iter().any(|e| e.name.contains("Oct")), "{l:#?}");
        let (_, l) = run("Jan Berglund, a Deputy Norland State Bureau spokesman, spoke.");
        assert_eq!(find(&l, "Jan Berglund").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
        assert!(find(&l, "Norland State Bureau").is_some(), "{l:#?}");
        assert!(!l.entities.iter().any(|e| e.name.starts_with("Deputy")), "{l:#?}");
    }

    #[test]
    fn runs_split_at_designations_and_at_and() {
        let (_, l) = run("The ships left Kessa for Port Hallin on Monday, officials said.");
        assert_eq!(find(&l, "Kessa").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        assert_eq!(find(&l, "Port Hallin").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        let (_, l) = run("The troops were flown to Kessa on Norlandic transport aircraft.");
        assert_eq!(find(&l, "Kessa").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        assert_eq!(find(&l, "Norlandic").map(|e| e.entity_type), Some(EntityType::Norp), "{l:#?}");
        let (_, l) = run("Crews near the Norlandic XR-17 launch pad met people from Kessa and Port Hallin.");
        assert_eq!(find(&l, "XR-17").map(|e| e.entity_type), Some(EntityType::Equipment));
        assert_eq!(find(&l, "Norlandic").map(|e| e.entity_type), Some(EntityType::Norp));
        assert_eq!(find(&l, "Kessa").map(|e| e.entity_type), Some(EntityType::Gpe));
        assert_eq!(find(&l, "Port Hallin").map(|e| e.entity_type), Some(EntityType::Gpe));
    }

    #[test]
    fn headlines_colons_and_contractions_do_not_make_names() {
        let (_, l) = run(
            "Berglund Says Harbor Talks Won’t Resume Soon\nBERGLUND: Well, the talks stopped. \
             Anna Berglund said the talks would not resume. I think Berglund is right.",
        );
        assert!(find(&l, "Well").is_none());
        assert!(find(&l, "I").is_none());
        assert!(l.entities.iter().all(|e| !e.name.contains("Wo")));
        let anna = find(&l, "Anna Berglund").expect("person");
        let n = l.mentions.iter().filter(|m| std::ptr::eq(&l.entities[m.entity], anna)).count();
        assert!(n >= 3, "the surname alone joins the person, even as a speaker label: {l:#?}");
        let (_, l) = run("Later, Gov. Ilse Marten spoke, and Governor Marten left.");
        assert_eq!(find(&l, "Ilse Marten").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let (_, l) = run("While troops waited, nothing happened. Military trucks came. The military left.");
        assert!(find(&l, "While").is_none());
        assert!(find(&l, "Military").is_none());
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn the_trained_model_adds_names_and_keeps_fine_types() {
        let (_, l) = run_with_model(
            "Ships of the Norlandic Northern Fleet left Port Hallin on Monday, Ilse Marten said. \
             Marten told reporters that the State Security Bureau (SSB) had been warned. \
             The agency declined to comment.",
        );
        assert_eq!(find(&l, "Norlandic Northern Fleet").map(|e| e.entity_type), Some(EntityType::Unit), "{l:#?}");
        assert_eq!(find(&l, "Port Hallin").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        // A one-word name opening a sentence: the rules leave it, the model finds it (its
        // document history says PER), and it joins the person.
        let marten = l.entities.iter().position(|e| e.name == "Ilse Marten").expect("person");
        assert_eq!(l.entities[marten].entity_type, EntityType::Per);
        assert_eq!(l.mentions.iter().filter(|m| m.entity == marten).count(), 2, "{l:#?}");
        let ssb = find(&l, "SSB").expect("alias kept");
        assert_eq!((ssb.name.as_str(), ssb.org_kind), ("State Security Bureau", Some(OrgKind::GovernmentAgency)));
        assert!(l.mentions.iter().any(|m| m.kind == MentionKind::Anaphor), "{l:#?}");
    }

    #[test]
    fn owned_descriptions_refer_to_a_fitting_organisation_or_stand_alone() {
        // Before the name (a headline), after it, and with a place as owner.
        let (doc, l) = run(
            "Norlandic watchdog warns of smuggling\nNorland’s coastal watchdog said on Monday that \
             boats left Kessa. Norland’s Harbor Safety Authority (HSA) said the boats were old. \
             The Norlandic coastal agency added that Vesterian naval intelligence had seen them. \
             Kessa’s port police were not told.",
        );
        let hsa = l.entities.iter().position(|e| e.name == "Harbor Safety Authority").expect("named");
        for text in ["Norlandic watchdog", "Norland’s coastal watchdog"] {
            let m = l.mentions.iter().find(|m| doc.slice(m.span) == text).unwrap_or_else(|| panic!("{text}: {l:#?}"));
            assert_eq!(m.entity, hsa, "{text}");
        }
        // "agency" fits an "Authority" too; a description with no fitting name stands alone.
        assert_eq!(l.entities[hsa].country.as_deref(), Some("NL"), "“Norlandic watchdog” says whose it is");
        let vni = find(&l, "Vesterian naval intelligence").expect("own entity");
        assert_eq!((vni.entity_type, vni.country.as_deref()), (EntityType::Org, Some("VS")));
        assert!(find(&l, "Kessa’s port police").is_none(), "police is not a descriptor head: {l:#?}");
        let (_, l) = run("A Vesterian think tank said a Norlandic tank was seen.");
        assert_eq!(find(&l, "Vesterian think tank").map(|e| e.entity_type), Some(EntityType::Org), "{l:#?}");
        assert!(find(&l, "Norlandic tank").is_none(), "{l:#?}");
        // An owner that differs keeps a description off an organisation it merely fits.
        let (doc, l) = run("The Norlandic Northern Fleet sailed. The Vesterian navy said it watched.");
        let m = l.mentions.iter().find(|m| doc.slice(m.span) == "Vesterian navy").expect("own entity");
        assert_eq!(l.entities[m.entity].name, "Vesterian navy", "{l:#?}");
    }

    #[test]
    fn a_seat_of_government_says_whose_government_it_is() {
        let (_, l) = run("The Pentagon said the ships had left. The Kremlin denied it. The State Department declined to comment.");
        for (name, country) in [("Pentagon", "US"), ("Kremlin", "RU"), ("State Department", "US")] {
            let e = find(&l, name).unwrap_or_else(|| panic!("{name}: {l:#?}"));
            assert_eq!((e.entity_type, e.country.as_deref()), (EntityType::Org, Some(country)), "{name}");
        }
    }

    #[test]
    fn an_owned_army_navy_or_military_is_an_armed_force() {
        let (doc, l) = run("The Vesterian army said it shot down a drone. The Norlandic military denied it. Norlandic military aid grew.");
        for text in ["Vesterian army", "Norlandic military"] {
            let m = l.mentions.iter().find(|m| doc.slice(m.span) == text).unwrap_or_else(|| panic!("{text}: {l:#?}"));
            let e = &l.entities[m.entity];
            assert_eq!((e.entity_type, e.org_kind), (EntityType::Unit, Some(OrgKind::ArmedForce)), "{text}");
        }
        // "military" before a noun modifies it, and so does "army" before a plural.
        assert_eq!(l.mentions.iter().filter(|m| doc.slice(m.span) == "Norlandic military").count(), 1, "{l:#?}");
        let (_, l) = run("Norland's military intelligence agency, known as NMI, said the ships left. NMI added nothing.");
        assert_eq!(find(&l, "NMI").and_then(|e| e.org_kind), Some(OrgKind::GovernmentAgency), "{l:#?}");
        let (_, l) = run("Norland's news agency NNA said the ships left. NNA added nothing.");
        assert_ne!(find(&l, "NNA").and_then(|e| e.org_kind), Some(OrgKind::GovernmentAgency), "{l:#?}");
        let (_, l) = run("The Vesterian army shelled the port. The Vesterian army's losses grew.");
        assert!(find(&l, "Vesterian army").is_some(), "{l:#?}");
        let (_, l) = run("Vesterian army deserters told a newspaper that the front had moved.");
        assert!(find(&l, "Vesterian army").is_none(), "{l:#?}");
    }

    #[test]
    fn a_bare_ministry_named_before_a_countrys_own_stays_apart() {
        let text = "KESSA, March 5 - Norland expelled two diplomats, the Defense Ministry said. \
                    Vesteria's Defense Ministry called it hostile.";
        let (_, l) = recognized(DocMeta::default(), text);
        assert!(find(&l, "Defense Ministry").is_some(), "{:#?}", l.entities);
        assert!(find(&l, "Vesteria's Defense Ministry").is_some(), "{:#?}", l.entities);
    }

    #[test]
    fn the_town_of_a_name_and_its_residents_and_the_rebels_named_before() {
        let text = "Government troops and Varn Front rebels clashed near the town of Greyford. \
                    Residents of Greyford said the rebels had attacked at dawn.";
        let (doc, l) = recognized(DocMeta::default(), text);
        assert!(!l.entities.iter().any(|e| e.name.starts_with("Residents")), "{:#?}", l.entities);
        let rebels = doc.text().rfind("the rebels").expect("rebels");
        let front = l.mentions.iter().find(|m| m.span.start() == rebels).map(|m| l.entities[m.entity].name.as_str());
        assert_eq!(front, Some("Varn Front"), "{:#?}", l.mentions);
    }

    #[test]
    fn a_countrys_generic_ministry_keeps_its_owner() {
        struct Countries;
        impl PlaceLexicon for Countries {
            fn place_kind(&self, name: &str) -> Option<PlaceKind> {
                matches!(name, "Norland" | "Vesteria").then_some(PlaceKind::Country)
            }
            fn demonym_country(&self, _: &str) -> Option<&str> {
                None
            }
            fn country_of(&self, name: &str) -> Option<&str> {
                match name {
                    "Norland" => Some("NL"),
                    "Vesteria" => Some("VS"),
                    _ => None,
                }
            }
        }
        let text = "Norland’s Defense Ministry denied it. Vesteria’s Defense Ministry said nothing. \
                    The Defense Ministry of Norland later spoke.";
        let mut doc = Doc::from_text(DocMeta::default(), text);
        Pipeline::new().with(RuleTokenizer).with(RuleSentenceSplitter).run(&mut doc).expect("ok");
        let l = recognize(&doc, &Countries);
        let norland = find(&l, "Norland’s Defense Ministry").expect("qualified");
        assert_eq!(norland.country.as_deref(), Some("NL"));
        let vesteria = find(&l, "Vesteria’s Defense Ministry").expect("qualified");
        assert_eq!(vesteria.country.as_deref(), Some("VS"));
    }

    #[test]
    fn the_outlet_that_published_the_document_is_a_news_outlet_where_the_text_names_it() {
        let text = "Officials said the ships left Kessa on Monday. The Kessa Lantern could not verify the claims.";
        let meta = DocMeta { outlet: Some("The Kessa Lantern".into()), ..DocMeta::default() };
        let (_, l) = recognized(meta, text);
        let outlet = find(&l, "Kessa Lantern").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!((outlet.entity_type, outlet.org_kind), (EntityType::Org, Some(OrgKind::MediaOutlet)), "{l:#?}");
        // An outlet's last word that is no news word names no outlet ("America" of the Voice of
        // America).
        let text = "Officials said troops left Kessa.";
        let (_, l) = recognized(DocMeta { outlet: Some("Voice of Kessa".into()), ..DocMeta::default() }, text);
        assert!(l.entities.iter().all(|e| e.org_kind != Some(OrgKind::MediaOutlet)), "{l:#?}");
        // Named by its last word alone ("the Tribune"), it is the outlet too.
        let text = "Officials told the Tribune that ships left Kessa.";
        let (_, l) = recognized(DocMeta { outlet: Some("The Kessa Tribune".into()), ..DocMeta::default() }, text);
        let outlet = find(&l, "Tribune").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!((outlet.entity_type, outlet.org_kind), (EntityType::Org, Some(OrgKind::MediaOutlet)), "{l:#?}");
    }

    #[test]
    fn a_place_is_no_surname_of_a_person_ending_in_its_name() {
        let text = "''Poor Norland,'' people say. Prices in Norland grew. Kessa said so, and Ada Kessa left.";
        let (doc, l) = recognized(DocMeta::default(), text);
        let at = |w: &str| l.mentions.iter().find(|m| doc.slice(m.span) == w && m.span.start() > 20).map(|m| l.entities[m.entity].name.clone());
        assert_eq!(at("Norland").as_deref(), Some("Norland"), "used as a place: {l:#?}");
        let entity = |name: &str, entity_type| Entity { name: name.into(), entity_type, org_kind: None, aliases: vec![], country: None };
        let mention = |start: usize, end: usize, entity: usize| EntityMention { span: Span::new(start, end), entity, kind: MentionKind::Name };
        // Built by hand: a person ending in a place's name, and the place used as one.
        let mut entities = vec![entity("Poor Norland", EntityType::Per), entity("Norland", EntityType::Gpe), entity("Kessa", EntityType::Gpe), entity("Ada Kessa", EntityType::Per)];
        let norland = text.find("Norland grew").expect("in text");
        let kessa = text.find("Kessa said").expect("in text");
        let ada = text.find("Ada Kessa").expect("in text");
        let mut mentions = vec![mention(2, 14, 0), mention(norland, norland + 7, 1), mention(kessa, kessa + 5, 2), mention(ada, ada + 9, 3)];
        let tokens = doc.tokens();
        let sentence_start: HashSet<usize> = doc.sentences().iter().map(|s| s.first_token).collect();
        let scan = Scan {
            text,
            tokens,
            sentence_start,
            title_cased: HashSet::new(),
            lowercase_words: HashSet::new(),
            body_capitalised: HashSet::new(),
            place_name_words: HashSet::new(),
        };
        merge_surnames(&scan, &mut entities, &mut mentions);
        assert_eq!(mentions[1].entity, 1, "Norland, used as a place, stays a place");
        assert_eq!(mentions[2].entity, 3, "Kessa, used only as a name, is Ada Kessa");
    }

    #[test]
    fn an_owned_description_is_no_organisation_of_unknown_country_that_lacks_its_words() {
        let text = "Lawmakers cited the National Intelligence Service (NIS). Norland's military intelligence agency said 30 soldiers were killed.";
        let (_, l) = recognized(DocMeta::default(), text);
        let nis = l.entities.iter().position(|e| e.name == "National Intelligence Service").unwrap_or_else(|| panic!("{l:#?}"));
        let at = text.find("Norland's military").unwrap_or(0);
        assert!(!l.mentions.iter().any(|m| m.entity == nis && m.span.start() >= at), "{l:#?}");
    }

    #[test]
    fn an_armys_command_is_that_force_speaking() {
        let (_, l) = recognized(DocMeta::default(), "The Norlandic army command says it has retaken the valley. The army said hundreds were killed.");
        let command = find(&l, "Norlandic army command").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(command.org_kind, Some(OrgKind::ArmedForce), "{l:#?}");
        // ("army" before an ordinary noun still only qualifies it.)
        for text in ["The Norlandic army convoy reached the valley.", "Drones struck two Norlandic army command posts."] {
            let (_, l) = recognized(DocMeta::default(), text);
            assert!(l.entities.iter().all(|e| !e.name.contains("army")), "{l:#?}");
        }
    }

    #[test]
    fn ships_named_after_modifiers_or_before_an_apposition_are_vessels_and_research_bodies_no_state() {
        let (_, l) = recognized(DocMeta::default(), "Drones struck the Norlandic landing ship Orla Bay near Kessa. The Karel Vos, another landing ship, was hit in May.");
        for ship in ["Orla Bay", "Karel Vos"] {
            assert_eq!(find(&l, ship).map(|e| e.entity_type), Some(EntityType::Equipment), "{ship}: {l:#?}");
        }
        // (Not a verb's: "the company would ship Norland grain".)
        let (_, l) = recognized(DocMeta::default(), "According to the NMA, the ships were carrying tanks. He said the company would ship Norland grain.");
        assert_ne!(find(&l, "NMA").map(|e| e.entity_type), Some(EntityType::Equipment), "{l:#?}");
        assert_ne!(find(&l, "Norland").map(|e| e.entity_type), Some(EntityType::Equipment), "{l:#?}");
        let (_, l) = recognized(DocMeta::default(), "Anna Berg, an analyst at the Kessa-based Northern Security Institute, said so.");
        let institute = find(&l, "Northern Security Institute").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(institute.org_kind, Some(OrgKind::Other), "{l:#?}");
    }

    #[test]
    fn a_name_listed_after_a_place_or_named_a_place_before_is_one() {
        let (_, l) = recognized(DocMeta::default(), "Troops repelled attacks near Kessa and Brannoch Vale on Monday. They took the village of Ostrel. Officials did not mention Ostrel.");
        for town in ["Brannoch Vale", "Ostrel"] {
            let named: Vec<_> = l.entities.iter().filter(|e| e.name == town).collect();
            assert!(named.len() == 1 && named[0].entity_type.is_place(), "{town}: {l:#?}");
        }
        // (Not a body joined to a place by "and": "talks in Kessa and the Norland Council".)
        let (_, l) = recognized(DocMeta::default(), "Talks were held in Kessa and the Norland Council said so.");
        assert!(l.entities.iter().all(|e| e.name != "Norland Council" || !e.entity_type.is_place()), "{l:#?}");
    }

    #[test]
    fn an_arabic_name_runs_over_its_articles_and_takes_its_letters() {
        let (_, l) = recognized(DocMeta::default(), "The group, Harakat Nasr al-Din wal-Jihad (HNDJ), said it had seized the town.");
        let group = find(&l, "Harakat Nasr al-Din wal-Jihad").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(group.entity_type, EntityType::Org, "{l:#?}");
        assert!(group.aliases.iter().any(|a| a == "HNDJ"), "{l:#?}");
        assert_eq!(initials("Jama'at Nusrat al-Islam wal-Muslimin"), "JNIM");
        assert_eq!(initials("Al-Qaeda in the Arabian Peninsula"), "AQAP");
        assert!(!is_compound_adjective("Non-Aligned") && is_compound_adjective("Kremlin-linked"));
        // ("an al Qaeda-linked group": a compound adjective is no name.)
        let (_, l) = recognized(DocMeta::default(), "An al Qaeda-linked group claimed the attack.");
        assert!(l.entities.iter().all(|e| !e.name.ends_with("-linked")), "{l:#?}");
    }

    #[test]
    fn a_ministry_named_by_its_portfolio_alone_is_the_datelines_countrys() {
        let (_, l) = recognized(DocMeta::default(), "KESSA, March 5 (Wire) - Police detained 40 people, the interior ministry said.");
        let ministry = find(&l, "interior ministry").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!((ministry.org_kind, ministry.country.as_deref()), (Some(OrgKind::GovernmentAgency), Some("NL")), "{l:#?}");
        // (A ministry named before is the one meant; no dateline, no country.)
        let (_, l) = recognized(DocMeta::default(), "Vesteria's Interior Ministry said 40 people were held. Later the interior ministry said 12 were freed.");
        assert!(find(&l, "interior ministry").is_none(), "{l:#?}");
        let (_, l) = recognized(DocMeta::default(), "Police detained 40 people, the interior ministry said.");
        assert_eq!(find(&l, "interior ministry").and_then(|e| e.country.clone()), None, "{l:#?}");
        // (Not a ministry's building or a word it modifies.)
        let (_, l) = recognized(DocMeta::default(), "Protesters gathered outside the interior ministry building.");
        assert!(find(&l, "interior ministry").is_none(), "{l:#?}");
    }

    #[test]
    fn a_place_name_opening_a_line_keeps_its_common_first_word() {
        // ("port" is written in lower case too, so "Port" alone opening a line is an ordinary word.)
        let (_, l) = recognized(DocMeta::default(), "Letters\n\nAnna Kess.\n\nPort Hallin.\n\nThe port reopened on Monday.");
        assert_eq!(find(&l, "Port Hallin").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        assert!(find(&l, "Hallin").is_none(), "{l:#?}");
    }

    #[test]
    fn dotted_initials_join_the_organisation_they_spell() {
        let text = "The European Union met in Brussels. E.U. leaders agreed, and the E.U. will act.";
        let (_, l) = recognized(DocMeta::default(), text);
        let eu = find(&l, "European Union").unwrap_or_else(|| panic!("{l:#?}"));
        assert!(eu.aliases.iter().any(|a| a == "E.U."), "{l:#?}");
    }

    #[test]
    fn a_month_after_a_given_name_is_a_surname() {
        let text = "British Prime Minister Theresa May met Merkel in May. Last May the talks failed, and on Friday, May 5 they resumed.";
        let (_, l) = recognized(DocMeta::default(), text);
        assert!(find(&l, "Theresa May").is_some(), "{l:#?}");
        assert!(l.entities.iter().all(|e| !e.name.ends_with("May") || e.name == "Theresa May"), "{l:#?}");
    }

    #[test]
    fn dotted_initials_that_name_no_region_are_an_organisation() {
        let text = "They would not tell the I.R.S. anything, and the E.U. agreed, officials in Norland said.";
        let (_, l) = recognized(DocMeta::default(), text);
        for name in ["I.R.S.", "E.U."] {
            assert_eq!(find(&l, name).map(|e| e.entity_type), Some(EntityType::Org), "{name}: {l:#?}");
        }
    }

    #[test]
    fn a_name_after_a_word_of_kinship_is_a_persons() {
        // (Morgan is a town of the test gazetteer.)
        let text = "Bush spoke of the museum, and his wife, Morgan, recalled her youth in Kessa.";
        let (_, l) = recognized(DocMeta::default(), text);
        assert_eq!(find(&l, "Morgan").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
        let kessa = find(&l, "Kessa").unwrap_or_else(|| panic!("{l:#?}"));
        assert!(kessa.entity_type.is_place(), "the town after 'in' stays a place: {l:#?}");
    }

    #[test]
    fn the_army_is_no_paramilitary_force() {
        let text = "The paramilitary Rapid Support Forces struck a market. The group blamed the army for the shelling.";
        let (_, l) = recognized(DocMeta::default(), text);
        let army = text.find("the army").expect("in text");
        assert!(!l.mentions.iter().any(|m| m.span.start() == army), "{l:#?}");
    }

    #[test]
    fn a_name_after_a_noun_for_a_news_outlet_is_one() {
        let text = "Earlier reporting by the independent outlet Pskovskaya Guberniya, the newspaper Kessa Lantern and the daily Harald Vesk said so.";
        let (_, l) = recognized(DocMeta::default(), text);
        for name in ["Pskovskaya Guberniya", "Kessa Lantern", "Harald Vesk"] {
            let e = find(&l, name).unwrap_or_else(|| panic!("{name}: {l:#?}"));
            assert_eq!((e.entity_type, e.org_kind), (EntityType::Org, Some(OrgKind::MediaOutlet)), "{name}: {l:#?}");
        }
        // Named again without its noun, it is the same outlet.
        let text = "The plan was obtained by the daily Harald Vesk. Harald Vesk said it had verified the papers.";
        let (_, l) = recognized(DocMeta::default(), text);
        let named: Vec<_> = l.entities.iter().filter(|e| e.name == "Harald Vesk").collect();
        assert_eq!(named.len(), 1, "{l:#?}");
        assert_eq!(named[0].org_kind, Some(OrgKind::MediaOutlet), "{l:#?}");
        // Not a nationality after an adverb, nor a state after "channel", nor a body whose daily
        // report is meant.
        let text = "Kessa endures daily Norlandic strikes through a back channel Kessa kept open, according to the daily General Staff update.";
        let (_, l) = recognized(DocMeta::default(), text);
        assert!(l.entities.iter().all(|e| e.org_kind != Some(OrgKind::MediaOutlet)), "{l:#?}");
    }

    #[test]
    fn words_written_in_lower_case_are_no_names_in_headlines_or_after_a_colon() {
        let text = "Live updates: Drone strikes on Vostrovo\n\nThe drones hit the port on Tuesday, officials said.";
        let (_, l) = recognized(DocMeta::default(), text);
        assert!(find(&l, "Drone").is_none(), "{l:#?}");
        assert!(find(&l, "Vostrovo").is_some(), "{l:#?}");
        // A dateline's dash is no colon: the name after it keeps its first word.
        let text = "KESSA — State Border Service officers said the state border was quiet.";
        let (_, l) = recognized(DocMeta::default(), text);
        assert!(find(&l, "State Border Service").is_some(), "{l:#?}");
        let text = "Updated Wednesday, 18:40 EET\n\nThe drones hit the port at 3 p.m. GMT, officials said.";
        let (_, l) = recognized(DocMeta::default(), text);
        assert!(find(&l, "EET").is_none() && find(&l, "GMT").is_none(), "time zones: {l:#?}");
    }

    #[test]
    fn a_nationality_owning_a_description_is_no_place_of_its_name() {
        // A gazetteer holds a region called "Western"; "Western intelligence" is nobody's country's.
        struct Regions;
        impl PlaceLexicon for Regions {
            fn place_kind(&self, name: &str) -> Option<PlaceKind> {
                (name == "Western").then_some(PlaceKind::Admin)
            }
            fn demonym_country(&self, word: &str) -> Option<&str> {
                (word == "Norlandic").then_some("NL")
            }
            fn country_of(&self, name: &str) -> Option<&str> {
                (name == "Western").then_some("GH")
            }
        }
        let text = "Western intelligence officials said on Tuesday that ships left. \
                    Norlandic intelligence officials said nothing.";
        let mut doc = Doc::from_text(DocMeta::default(), text);
        Pipeline::new().with(RuleTokenizer).with(RuleSentenceSplitter).run(&mut doc).expect("ok");
        let l = recognize(&doc, &Regions);
        let western = l.entities.iter().filter(|e| e.name.starts_with("Western")).collect::<Vec<_>>();
        assert!(!western.is_empty() && western.iter().all(|e| e.country.is_none()), "{l:#?}");
        let norlandic = find(&l, "Norlandic intelligence").expect("descriptor entity");
        assert_eq!(norlandic.country.as_deref(), Some("NL"), "{l:#?}");
    }

    #[test]
    fn a_place_named_in_a_datelines_capitals_takes_the_texts_spelling() {
        let (_, l) = run("KESSA — Ships left the port on Monday, officials in Kessa said.");
        let kessa = l.entities.iter().filter(|e| e.name.eq_ignore_ascii_case("kessa")).collect::<Vec<_>>();
        assert_eq!(kessa.len(), 1, "{l:#?}");
        assert_eq!(kessa[0].name, "Kessa", "{l:#?}");
    }

    #[test]
    fn an_acronym_in_mixed_case_after_its_name_is_its_alias() {
        let (_, l) = run("The Norlandic Ministry of Defense (MoD) said on Monday that the MoD had evidence.");
        let e = find(&l, "MoD").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(e.name, "Norlandic Ministry of Defense", "{l:#?}");
        assert!(is_mixed_acronym_of("DoJ", "Department of Justice"));
        assert!(!is_mixed_acronym_of("Kessa", "Kessa Harbour Authority"));
        assert!(!is_mixed_acronym_of("MoD", "Department of Justice"));
    }

    #[test]
    fn a_dateline_in_capitals_is_a_town() {
        let (_, l) = run("KESSA — Ships left the port on Monday, officials said.");
        assert_eq!(find(&l, "KESSA").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
    }

    #[test]
    fn an_undefined_acronym_joins_the_name_it_abbreviates() {
        let (_, l) = run("Vesterian military intelligence said on Monday that ships left. VMI said more later.");
        let e = find(&l, "Vesterian military intelligence").expect("descriptor entity");
        assert!(e.aliases.iter().any(|a| a == "VMI"), "{l:#?}");
        assert!(l.entities.iter().filter(|x| x.name == "VMI").all(|x| !l.mentions.iter().any(|m| std::ptr::eq(&l.entities[m.entity], x))));
    }

    #[test]
    fn a_title_inside_a_run_heads_the_person_after_it() {
        let (_, l) = run("Norlandic Defense Secretary Ilse Marten said the port was closed.");
        assert_eq!(find(&l, "Ilse Marten").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
        assert_eq!(find(&l, "Norlandic").map(|e| e.entity_type), Some(EntityType::Norp), "{l:#?}");
        assert!(l.entities.iter().all(|e| !e.name.contains("Secretary")), "the office is no name: {l:#?}");
    }

    /// [`run`] with the embedded recogniser, whose names the rules then type.
    #[cfg(not(sitrep_no_ner))]
    fn run_with_model(text: &str) -> (Doc, EntityLayer) {
        let model = NerModel::embedded().expect("embedded model");
        let mut doc = Doc::from_text(DocMeta::default(), text);
        Pipeline::new().with(RuleTokenizer).with(RuleSentenceSplitter).run(&mut doc).expect("ok");
        let layer = recognize_with(&doc, &TestPlaces, Some(model));
        (doc, layer)
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn an_office_may_name_its_domain_before_the_person() {
        let (_, l) = run_with_model("Vesterian Secretary of State Anton Virta met President Kovac.");
        assert_eq!(find(&l, "Anton Virta").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
        assert_eq!(find(&l, "Kovac").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn datelines_general_staffs_and_entry_times_make_no_people() {
        let (_, l) = run_with_model("KESSA, Dec. 9 (Varn Wire) - Norlandic forces repelled an attack, Norland's General Staff said.");
        assert!(!l.entities.iter().any(|e| e.name.contains("Dec")), "{l:#?}");
        let staff = find(&l, "Norland's General Staff").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!((staff.entity_type, staff.org_kind), (EntityType::Org, Some(OrgKind::ArmedForce)));
        // The outlet in a dateline's brackets is one, even named like a person.
        let (_, l) = run_with_model("KESSA, June 4 (Harald Vesk) - A court jailed a former guard for spying.");
        let outlet = find(&l, "Harald Vesk").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!((outlet.entity_type, outlet.org_kind), (EntityType::Org, Some(OrgKind::MediaOutlet)), "{l:#?}");
        let (_, l) = run_with_model("WASHINGTON, Dec. 3 — The commander of Norland's navy told lawmakers on Tuesday that 1,000 sailors had left.");
        assert!(!l.entities.iter().any(|e| e.name.contains("Dec")), "{l:#?}");
        // A bullet opens its sentence: "In" is no name's.
        let (_, l) = run_with_model("Morning brief\n\n• In Norland, the junta claimed its aircraft struck a camp.");
        assert!(l.entities.iter().all(|e| !e.name.starts_with("In ")), "{l:#?}");
        let (_, l) = run_with_model("Live updates\n\n11:05 - A Norlandic officer said the attack failed.");
        assert!(!l.entities.iter().any(|e| e.name.starts_with("A ")), "{l:#?}");
    }

    #[test]
    fn the_north_of_a_korean_story_is_north_korea() {
        let (doc, l) = run("North Korea has sent troops. The NIS said the North has provided shells. The North Sea was calm.");
        let m = l.mentions.iter().find(|m| doc.slice(m.span) == "North").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(l.entities[m.entity].name, "North Korea", "{l:#?}");
        let (doc, l) = run("The North has provided shells, officials in Kessa said.");
        assert!(l.mentions.iter().all(|m| doc.slice(m.span) != "North" || l.entities[m.entity].name != "North Korea"), "{l:#?}");
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn a_korean_name_is_referred_to_by_its_first_word() {
        let (doc, l) = run_with_model("Lawmaker Lee Seong-kweun briefed reporters. Lee said the meeting was long.");
        let lee = l.entities.iter().position(|e| e.name == "Lee Seong-kweun").expect("person");
        let m = l.mentions.iter().find(|m| doc.slice(m.span) == "Lee").expect("mention");
        assert_eq!(m.entity, lee, "{l:#?}");
    }

    #[test]
    fn a_description_named_right_after_is_that_name() {
        // The harbour authority fits "agency" and shares "harbor", but the description says
        // whose it is and is named in the apposition.
        let (doc, l) = run(
            "The Harbor Safety Authority (HSA) said boats left Kessa. Vesterian naval \
             intelligence, known as VNI, said the harbor agency was wrong. Vesterian harbor \
             agency, known as VHB, said so too.",
        );
        let vhb = l.entities.iter().position(|e| e.name == "VHB").expect("named");
        let m = l.mentions.iter().find(|m| doc.slice(m.span) == "Vesterian harbor agency").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(m.entity, vhb, "{l:#?}");
        assert!(l.entities[vhb].country.as_deref() == Some("VS"), "the owner says whose it is: {l:#?}");
    }

    #[test]
    fn a_description_in_apposition_with_a_name_is_that_name() {
        // Both agencies fit "intelligence agency"; the apposition says which one is meant, and
        // the other keeps its own country.
        let (doc, l) = run(
            "Vesterian naval intelligence agency, VNI, said boats left Kessa. Norland's spy agency, the \
             Harbor Intelligence Service, said so too. The Harbor Intelligence Service added more.",
        );
        let name_of = |text: &str| {
            let m = l.mentions.iter().find(|m| doc.slice(m.span) == text).unwrap_or_else(|| panic!("{text}: {l:#?}"));
            l.entities[m.entity].name.as_str()
        };
        assert_eq!(name_of("Vesterian naval intelligence agency"), "VNI", "{l:#?}");
        assert_eq!(name_of("Norland's spy agency"), "Harbor Intelligence Service", "{l:#?}");
        let vni = l.entities.iter().find(|e| e.name == "VNI").expect("named");
        assert_eq!(vni.country.as_deref(), Some("VS"), "{l:#?}");
    }

    #[test]
    fn a_description_before_the_source_of_its_sentence_is_not_that_source() {
        let (doc, l) = run("Talks will be led by Norland's foreign ministry, the Harbor Intelligence Service said.");
        let m = l.mentions.iter().find(|m| doc.slice(m.span) == "Norland's foreign ministry").unwrap_or_else(|| panic!("{l:#?}"));
        assert_ne!(l.entities[m.entity].name, "Harbor Intelligence Service", "{l:#?}");
        let his = l.entities.iter().find(|e| e.name == "Harbor Intelligence Service").expect("named");
        assert_eq!(his.country, None, "the owner of the ministry is not the service's: {l:#?}");
    }

    #[test]
    fn an_owned_description_before_an_irregular_verb_is_an_organisation() {
        let (doc, l) = run("Norland's spy agency told lawmakers that 300 troops had arrived in Kessa.");
        let m = l.mentions.iter().find(|m| doc.slice(m.span) == "Norland's spy agency").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(l.entities[m.entity].entity_type, EntityType::Org, "{l:#?}");
    }

    #[test]
    fn definite_description_refers_back() {
        let (doc, l) = run("The Border Guard Service (BGS) said it was ready. The agency added more.");
        let m = l
            .mentions
            .iter()
            .find(|m| doc.slice(m.span) == "The agency")
            .expect("anaphor linked");
        assert_eq!(m.kind, MentionKind::Anaphor);
        assert_eq!(l.entities[m.entity].name, "Border Guard Service");
    }

    #[test]
    fn a_formations_number_is_part_of_its_name_and_a_title_heads_any_name() {
        let (_, l) = run("The documents assign them to the 810th Naval Infantry Brigade. Norland's Foreign Minister Choe Son Hui arrived on Monday.");
        assert_eq!(find(&l, "810th Naval Infantry Brigade").map(|e| e.entity_type), Some(EntityType::Unit), "{l:#?}");
        // A word of kinship inside the name ("Son") is no title.
        assert_eq!(find(&l, "Choe Son Hui").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn a_small_town_the_model_reads_as_a_person_is_one_and_a_city_is_not() {
        let (_, l) = run_with_model("The convoy had left Kessa, said Morgan, a spokesman for the agency.");
        assert_eq!(find(&l, "Morgan").map(|e| e.entity_type), Some(EntityType::Per), "{l:#?}");
        assert_eq!(find(&l, "Kessa").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        // After a preposition of place the town stays one, whatever the model reads.
        let (_, l) = run_with_model("Heavy fighting continued near Morgan, said Anna Berglund, a spokeswoman.");
        assert_eq!(find(&l, "Morgan").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn a_small_town_or_another_name_of_a_town_is_what_the_model_reads_unless_the_text_places_it() {
        // Inside a person's name, and that person's surname alone later.
        let (_, l) = run_with_model("Senator Hanna Greyford met the mayors on Monday. Later, the mayors spoke to Greyford about the budget.");
        assert!(l.entities.iter().all(|e| e.entity_type != EntityType::Gpe), "{l:#?}");
        // A name a city bore once, in a company's name.
        let (_, l) = run_with_model("Companies including Varn Inc and Alphabet Inc’s Dovecote filed briefs on Monday.");
        assert_eq!(find(&l, "Dovecote").map(|e| e.entity_type), Some(EntityType::Org), "{l:#?}");
        // Placed by the text: in a list of places, before a country, after "in".
        let (_, l) = run_with_model("The troops came from the areas near Kessa, Port Hallin, and Greyford of the country.");
        assert_eq!(find(&l, "Greyford").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        let (_, l) = run_with_model("The rally was held in Greyford on Monday.");
        assert_eq!(find(&l, "Greyford").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
        let (_, l) = run_with_model("The streets of Greyford, Norland, were calm on Monday.");
        assert_eq!(find(&l, "Greyford").map(|e| e.entity_type), Some(EntityType::Gpe), "{l:#?}");
    }

    #[test]
    fn a_name_before_a_weapon_word_is_the_weapon() {
        let (_, l) = recognized(DocMeta::default(), "The depot held Iskander and Tochka-U missiles. Norland launched Shahed drones at Kessa. Later the Shahed came back. The package includes Stinger anti-aircraft missiles.");
        for weapon in ["Iskander", "Shahed", "Stinger"] {
            let types: Vec<_> = l.entities.iter().filter(|e| e.name == weapon).map(|e| e.entity_type).collect();
            assert_eq!(types, [EntityType::Equipment], "{weapon}: {l:#?}");
        }
        // Not a name that speaks or acts elsewhere, nor fighters.
        let (_, l) = recognized(DocMeta::default(), "Varn Front rockets hit Kessa. Varn Front said the strike was a warning. Anton Virta fighters seized Kessa.");
        assert!(l.entities.iter().all(|e| e.entity_type != EntityType::Equipment), "{l:#?}");
        // Not a nationality or a country before the weapon word.
        let (_, l) = recognized(DocMeta::default(), "Norlandic drones hit Kessa. Norland missiles fell short.");
        assert!(l.entities.iter().all(|e| e.entity_type != EntityType::Equipment), "{l:#?}");
    }

    #[test]
    fn an_outlet_named_before_its_kind_is_a_media_outlet() {
        let (_, l) = recognized(DocMeta::default(), "Several explosions were heard, Vestnik public broadcaster reported. Kessa newspaper Dagbladet agreed.");
        let outlet = find(&l, "Vestnik").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!((outlet.entity_type, outlet.org_kind), (EntityType::Org, Some(OrgKind::MediaOutlet)));
        // Not a country's broadcaster.
        let (_, l) = recognized(DocMeta::default(), "Norland state television said the talks had failed.");
        assert!(find(&l, "Norland").is_some_and(|e| e.entity_type == EntityType::Gpe), "{l:#?}");
    }

    #[test]
    fn a_code_before_a_word_for_a_group_names_the_group() {
        let (_, l) = recognized(DocMeta::default(), "Fighting between M23 rebels and Norlandic troops went on. The M23 said it would hold Kessa. Drone strikes hit Kessa.");
        let m23 = find(&l, "M23").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(m23.entity_type, EntityType::Org);
        assert_eq!(l.mentions.iter().filter(|m| Some(m.entity) == l.entities.iter().position(|e| e.name == "M23")).count(), 2, "{l:#?}");
        assert!(find(&l, "Drone").is_none(), "{l:#?}");
        // A weapon's code is no group.
        let (_, l) = recognized(DocMeta::default(), "Norland sent M777 howitzers to Kessa.");
        assert!(l.entities.iter().all(|e| e.entity_type != EntityType::Org || e.name != "M777"), "{l:#?}");
    }

    #[test]
    fn an_organisation_named_of_a_country_is_that_countrys() {
        let (_, l) = recognized(DocMeta::default(), "The Defence Intelligence of the Ministry of Defence of Norland reports that 3,000 troops arrived.");
        let hur = l.entities.iter().find(|e| e.name.starts_with("Defence Intelligence")).unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(hur.country.as_deref(), Some("NL"), "{hur:#?}");
    }

    #[test]
    fn a_countrys_air_force_is_an_armed_force() {
        let (_, l) = recognized(DocMeta::default(), "Norland's air force said 12 drones were shot down.");
        let force = find(&l, "Norland's air force").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!((force.entity_type, force.org_kind), (EntityType::Unit, Some(OrgKind::ArmedForce)));
    }

    #[test]
    fn a_boat_may_bear_a_towns_name_and_a_navys_prefix_names_a_ship() {
        let text = "A cutter rammed a second Norlandic boat, the Kessa. Marines live aboard the BRP Santa Ana, grounded on the shoal.";
        let (_, l) = recognized(DocMeta::default(), text);
        for vessel in ["Kessa", "BRP Santa Ana"] {
            let types: Vec<_> = l.entities.iter().filter(|e| e.name == vessel).map(|e| e.entity_type).collect();
            assert_eq!(types, [EntityType::Equipment], "{vessel}: {l:#?}");
        }
        // (A country stays one: "a second boat, the Norland," is no boat's name.)
        let (_, l) = recognized(DocMeta::default(), "Talks stalled over a second boat, the Norland said.");
        assert!(l.entities.iter().all(|e| e.entity_type != EntityType::Equipment), "{l:#?}");
    }

    #[test]
    fn natural_features_and_armed_groups_are_known_by_their_names() {
        let text = "Coast guard ships blocked a boat near Second Thomas Shoal, which Varnia calls Ren'ai Reef. \
                    A commander of Hezbollah was killed on the road between Kessa and Kfar Tolma, the group said.";
        let (doc, l) = recognized(DocMeta::default(), text);
        assert_eq!(find(&l, "Second Thomas Shoal").map(|e| e.entity_type), Some(EntityType::Loc), "{l:#?}");
        assert_eq!(find(&l, "Ren'ai Reef").map(|e| e.entity_type), Some(EntityType::Loc), "{l:#?}");
        assert_eq!(find(&l, "Kfar Tolma").map(|e| e.entity_type), Some(EntityType::Loc), "{l:#?}");
        let hezbollah = l.entities.iter().position(|e| e.name == "Hezbollah").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(l.entities[hezbollah].entity_type, EntityType::Org);
        // "the group" refers back to it.
        let group = text.find("the group").expect("in text");
        assert!(l.mentions.iter().any(|m| m.entity == hezbollah && m.span.start() == group), "{:?}", doc.text());
    }

    #[test]
    fn a_town_named_boat_is_a_boat_only_where_told_as_one_and_people_stay_people() {
        let text = "A drone hit the landing ship Kessa at anchor. Talks in Kessa stalled. Gov. Tom Ridge said the feud between Norland and Anton Virta deepened.";
        let (_, l) = recognized(DocMeta::default(), text);
        let kessa: Vec<_> = l.entities.iter().filter(|e| e.name == "Kessa").map(|e| e.entity_type).collect();
        assert!(kessa.contains(&EntityType::Equipment) && kessa.iter().any(|t| t.is_place()), "{l:#?}");
        assert!(l.entities.iter().all(|e| e.name != "Anton Virta" || e.entity_type == EntityType::Per), "{l:#?}");
        assert!(l.entities.iter().all(|e| !e.name.contains("Ridge") || e.entity_type == EntityType::Per), "{l:#?}");
    }

    #[test]
    fn a_name_before_a_word_for_a_division_is_a_place() {
        let (_, l) = recognized(DocMeta::default(), "Firefighters pulled bodies from a block in the Sviatoshynskyi district of Kessa.");
        assert_eq!(find(&l, "Sviatoshynskyi").map(|e| e.entity_type), Some(EntityType::Loc), "{l:#?}");
    }

    #[test]
    fn an_owned_description_told_two_ways_is_one_body() {
        let text = "Norland's coast guard fired water cannon. Two Norlandic coast guard ships blocked the boat, and the Norlandic coast guard denied ramming it.";
        let (_, l) = recognized(DocMeta::default(), text);
        let guards: Vec<_> = l.entities.iter().filter(|e| e.name.to_lowercase().contains("coast guard")).collect();
        assert_eq!(guards.len(), 1, "{l:#?}");
    }

    #[test]
    fn a_name_after_a_vessel_word_is_the_vessel_wherever_named() {
        let text = "The tanker, the Marisol, was boarded at dawn. Tracking data show the Marisol switched off its transponder. \
                    In January the coast guard detained the tanker Orla off Kessa.";
        let (_, l) = recognized(DocMeta::default(), text);
        for vessel in ["Marisol", "Orla"] {
            let types: Vec<_> = l.entities.iter().filter(|e| e.name == vessel).map(|e| e.entity_type).collect();
            assert_eq!(types, [EntityType::Equipment], "{vessel}: {l:#?}");
        }
        // Not a body or a country after a vessel word, nor a name with a verb of its own.
        for text in ["Drones hit a Norlandic warship, the Kremlin said.", "Norland sought the release of a tanker Vesteria seized in May.", "Varnia plans to ship Anton Virta grain."] {
            let (_, l) = recognized(DocMeta::default(), text);
            assert!(l.entities.iter().all(|e| e.entity_type != EntityType::Equipment), "{text}: {l:#?}");
        }
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn a_town_whose_name_the_model_never_learnt_stays_a_town() {
        // A town of some size by a name the model has no weights for: its reading is a guess.
        for text in ["The General Staff denied that Lysoven had fallen.", "Lysoven had fallen, a blogger claimed.", "Officials said Lysoven was under attack."] {
            let (_, l) = run_with_model(text);
            assert_eq!(find(&l, "Lysoven").map(|e| e.entity_type), Some(EntityType::Gpe), "{text}: {l:#?}");
        }
        // Not where the document names a person by it.
        let (_, l) = run_with_model("Senator Hanna Lysoven met the mayors on Monday. Later, Lysoven told reporters the budget was fine.");
        assert!(l.entities.iter().all(|e| e.entity_type != EntityType::Gpe), "{l:#?}");
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn an_acronym_used_before_its_definition_is_its_long_form() {
        let (_, l) = run_with_model("BGS: 300 troops crossed\n\nNorland's Border Guard Service (BGS) said on Monday that 300 troops crossed.");
        let bureau = find(&l, "BGS").unwrap_or_else(|| panic!("{l:#?}"));
        let id = l.entities.iter().position(|e| std::ptr::eq(e, bureau));
        assert!(l.mentions.iter().any(|m| m.span.start() == 0 && Some(m.entity) == id), "the headline's SSB: {l:#?}");
    }

    #[test]
    fn a_compound_of_a_nationality_and_a_participle_is_no_name() {
        let (_, l) = run("The men speak Norlandic, according to two Norlandic-speaking journalists and a Norlandic-funded group.");
        assert!(l.entities.iter().all(|e| !e.name.contains('-')), "{l:#?}");
    }

    #[test]
    fn a_korean_family_name_comes_first() {
        let (doc, l) = run("President Yoon Suk Yeol spoke on Thursday. On Friday, Yoon said Seoul would not rule it out.");
        let yoon = l.entities.iter().position(|e| e.name == "Yoon Suk Yeol").unwrap_or_else(|| panic!("{l:#?}"));
        let later = l.mentions.iter().find(|m| doc.slice(m.span) == "Yoon").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(later.entity, yoon);
        // (A Western name with a long middle name keeps its surname last.)
        let (doc, l) = run("Lee Harvey Oswald was seen. Police said Oswald fled.");
        let later = l.mentions.iter().find(|m| doc.slice(m.span) == "Oswald").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(l.entities[later.entity].name, "Lee Harvey Oswald");
    }

    #[test]
    fn a_purpose_in_capitals_belongs_to_the_name() {
        let (_, l) = run("The Committee to Protect Journalists said at least 12 journalists had been killed.");
        assert!(find(&l, "Committee to Protect Journalists").is_some(), "{l:#?}");
    }

    #[test]
    fn a_quoted_word_names_no_one() {
        let (_, l) = run("The car was clearly marked with the word \u{201c}PRESS,\u{201d} a witness said.");
        assert!(find(&l, "PRESS").is_none(), "{l:#?}");
    }

    #[test]
    fn a_word_described_in_apposition_as_a_body_is_its_name() {
        let (_, l) = run("Fingrid, the Finnish grid operator, said repairs could take months. Kessa Voice, the local broadcaster, said the same.");
        let fingrid = find(&l, "Fingrid").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(fingrid.entity_type, EntityType::Org);
        // (Not a statement's insertion: "Prices, the agency said, rose".)
        let (_, l) = run("Prices, the agency said, rose sharply.");
        assert!(find(&l, "Prices").is_none(), "{l:#?}");
    }

    #[test]
    fn a_body_named_at_a_headlines_start_keeps_its_first_word() {
        let (_, l) = run("Defence Ministry says 30 drones downed\n\nNorland's Defence Ministry said air defence units shot down 30 drones.");
        assert!(find(&l, "Ministry").is_none(), "{l:#?}");
        let ministries: Vec<_> = l.entities.iter().filter(|e| e.name.contains("Ministry") && l.mentions.iter().any(|m| std::ptr::eq(&l.entities[m.entity], *e))).collect();
        assert_eq!(ministries.len(), 1, "the headline's is the lead's: {l:#?}");
    }

    #[test]
    fn the_agency_is_the_body_a_description_named() {
        let (doc, l) = run("Refugees crossed into Norland, the Norlandic refugee agency NRA said. Most were women, the agency said.");
        let anaphor = l.mentions.iter().find(|m| doc.slice(m.span) == "the agency").unwrap_or_else(|| panic!("{l:#?}"));
        assert_eq!(l.entities[anaphor.entity].name, "NRA");
    }
}
