//! The words the quantity tagger knows, as data in one place.
//!
//! Number words, multipliers, the cue phrases that make a number approximate or a bound, the
//! counted nouns and units with the name each is normalised to, currency signs and codes, and
//! the words that stop the search for a counted noun. The rules in [`crate::grammar`] ask these
//! tables; extending the tagger to a new unit ("howitzers") or cue ("upwards of") is a one-line
//! edit here. The tables are merged once, at first use, into one map from lower-cased word to
//! an [`Entry`] holding all roles of that word.

use std::collections::HashMap;

use sitrep_time::word_table::WordTable;
use std::sync::OnceLock;

use sitrep_doc::TimexMod;

/// Cardinal number words: the time tagger's table. "a"/"an" count as one only before a
/// multiplier ("a dozen").
pub use sitrep_time::lexicon::CARDINAL_WORDS as NUMBER_WORDS;

/// Words that multiply the number before them ("three hundred", "1.2 billion", "a dozen").
pub const MULTIPLIERS: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
];

/// Multipliers written straight after the digits ("1.2bn", "10k"). A glued "m" is a million
/// only after a currency sign ("$3m"); otherwise it is metres.
pub const GLUED_MULTIPLIERS: &[(&str, f64)] = &[
    ("k", 1e3),
    ("mn", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
];

/// Plural multipliers that make a vague count ("dozens of", "hundreds of", "tens of
/// thousands of"). The value is twice the base: the smallest count the plural allows.
pub const VAGUE_PLURALS: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("scores", 20.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// Vague counts of a multiplier ("several hundred", "a few thousand"), with the smallest count
/// each allows: several hundred is at least 300, a few thousand at least 2,000.
pub const VAGUE_MULTIPLES: &[(&str, f64)] = &[("several", 3.0), ("few", 2.0)];

/// Phrases before a number: (words, approximate?, bound). Longer phrases come first.
pub const PREFIX_CUES: &[(&[&str], bool, Option<TimexMod>)] = &[
    (&["no", "fewer", "than"], false, Some(TimexMod::MoreThan)),
    (&["no", "less", "than"], false, Some(TimexMod::MoreThan)),
    (&["no", "more", "than"], false, Some(TimexMod::LessThan)),
    (&["in", "excess", "of"], false, Some(TimexMod::MoreThan)),
    (&["as", "many", "as"], false, Some(TimexMod::LessThan)),
    (&["as", "much", "as"], false, Some(TimexMod::LessThan)),
    (&["as", "few", "as"], false, Some(TimexMod::MoreThan)),
    (&["upwards", "of"], false, Some(TimexMod::MoreThan)),
    (&["more", "than"], false, Some(TimexMod::MoreThan)),
    (&["at", "least"], false, Some(TimexMod::MoreThan)),
    (&["fewer", "than"], false, Some(TimexMod::LessThan)),
    (&["less", "than"], false, Some(TimexMod::LessThan)),
    (&["at", "most"], false, Some(TimexMod::LessThan)),
    (&["up", "to"], false, Some(TimexMod::LessThan)),
    (&["just", "under"], true, Some(TimexMod::LessThan)),
    (&["just", "over"], true, Some(TimexMod::MoreThan)),
    (&["close", "to"], true, None),
    (&["an", "estimated"], true, None),
    (&["some"], true, None),
    (&["estimated"], true, None),
    (&["about"], true, None),
    (&["around"], true, None),
    (&["roughly"], true, None),
    (&["approximately"], true, None),
    (&["approx"], true, None),
    (&["nearly"], true, Some(TimexMod::LessThan)),
    (&["almost"], true, Some(TimexMod::LessThan)),
    (&["over"], false, Some(TimexMod::MoreThan)),
    (&["above"], false, Some(TimexMod::MoreThan)),
    (&["under"], false, Some(TimexMod::LessThan)),
    (&["below"], false, Some(TimexMod::LessThan)),
];

/// Words earlier in the same clause that make a later number approximate ("with an estimated
/// number of personnel being 240").
pub const CLAUSE_APPROX_CUES: &[&str] = &[
    "estimated",
    "estimate",
    "estimates",
    "approximately",
    "roughly",
    "approximate",
];

/// Counted nouns and units, each with the name it is normalised to. Singular and plural
/// forms are both listed.
pub const UNITS: &[(&str, &str)] = &[
    // people under arms
    ("troops", "troops"),
    ("troop", "troops"),
    ("soldiers", "troops"),
    ("soldier", "troops"),
    ("servicemen", "troops"),
    ("serviceman", "troops"),
    ("forces", "troops"),
    ("commandos", "troops"),
    ("marines", "troops"),
    ("paratroopers", "troops"),
    ("reservists", "troops"),
    ("conscripts", "troops"),
    ("recruits", "troops"),
    ("personnel", "personnel"),
    ("officers", "officers"),
    ("officer", "officers"),
    ("fighters", "fighters"),
    ("militants", "fighters"),
    ("militiamen", "fighters"),
    ("mercenaries", "mercenaries"),
    ("workers", "workers"),
    ("engineers", "engineers"),
    ("advisers", "advisers"),
    ("advisors", "advisers"),
    ("battalions", "battalions"),
    ("battalion", "battalions"),
    ("brigades", "brigades"),
    ("brigade", "brigades"),
    ("divisions", "divisions"),
    ("units", "units"),
    // ships and aircraft
    ("ships", "ships"),
    ("ship", "ships"),
    ("vessels", "ships"),
    ("vessel", "ships"),
    ("warships", "ships"),
    ("warship", "ships"),
    ("frigates", "ships"),
    ("frigate", "ships"),
    ("destroyers", "ships"),
    ("destroyer", "ships"),
    ("corvettes", "ships"),
    ("boats", "boats"),
    ("boat", "boats"),
    ("submarines", "submarines"),
    ("submarine", "submarines"),
    ("aircraft", "aircraft"),
    ("planes", "aircraft"),
    ("plane", "aircraft"),
    ("warplanes", "aircraft"),
    ("jets", "aircraft"),
    ("jet", "aircraft"),
    ("bombers", "aircraft"),
    ("helicopters", "helicopters"),
    ("helicopter", "helicopters"),
    ("drones", "drones"),
    ("drone", "drones"),
    ("uavs", "drones"),
    // weapons and vehicles
    ("missiles", "missiles"),
    ("missile", "missiles"),
    ("rockets", "rockets"),
    ("rocket", "rockets"),
    ("shells", "shells"),
    ("shell", "shells"),
    ("rounds", "rounds"),
    ("bombs", "bombs"),
    ("bomb", "bombs"),
    ("mines", "mines"),
    ("munitions", "munitions"),
    ("weapons", "weapons"),
    ("rifles", "rifles"),
    ("tanks", "tanks"),
    ("tank", "tanks"),
    ("vehicles", "vehicles"),
    ("vehicle", "vehicles"),
    ("trucks", "trucks"),
    ("truck", "trucks"),
    ("howitzers", "artillery"),
    ("launchers", "launchers"),
    ("containers", "containers"),
    ("wagons", "wagons"),
    // people
    ("people", "people"),
    ("persons", "people"),
    ("person", "people"),
    ("individuals", "people"),
    ("civilians", "civilians"),
    ("civilian", "civilians"),
    ("residents", "residents"),
    ("refugees", "refugees"),
    ("migrants", "migrants"),
    ("casualties", "casualties"),
    ("deaths", "deaths"),
    ("dead", "dead"),
    ("wounded", "wounded"),
    ("injured", "injured"),
    ("victims", "victims"),
    ("bodies", "bodies"),
    ("prisoners", "prisoners"),
    ("hostages", "hostages"),
    ("detainees", "detainees"),
    ("children", "children"),
    ("child", "children"),
    ("women", "women"),
    ("men", "men"),
    ("families", "families"),
    ("households", "households"),
    ("journalists", "journalists"),
    ("protesters", "protesters"),
    ("members", "members"),
    ("force", "troops"),
    // measures
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("metres", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("m", "m"),
    ("feet", "ft"),
    ("ft", "ft"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilogrammes", "kg"),
    ("tonnes", "tonnes"),
    ("tonne", "tonnes"),
    ("tons", "tons"),
    ("ton", "tons"),
    ("barrels", "barrels"),
    ("litres", "l"),
    ("liters", "l"),
    ("hectares", "ha"),
    ("acres", "acres"),
    // money
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("usd", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("won", "KRW"),
    ("krw", "KRW"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("rub", "RUB"),
    ("yuan", "CNY"),
    ("cny", "CNY"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("hryvnas", "UAH"),
    ("uah", "UAH"),
    ("rupees", "INR"),
    // (From here on, only currencies of one country and no other sense: not francs, dinars,
    // pesos, shillings, rials, lira, nor "rand" (RAND).)
    ("naira", "NGN"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("lari", "GEL"),
    ("tenge", "KZT"),
    // shares of a whole
    ("percent", "percent"),
    ("pct", "percent"),
];

/// Counted nouns of several words ("landing ships"): (words, normalised unit). The unit span
/// covers all the words.
pub const UNIT_PHRASES: &[(&[&str], &str)] = &[
    (&["armoured", "personnel", "carriers"], "vehicles"),
    (&["armored", "personnel", "carriers"], "vehicles"),
    (&["unmanned", "aerial", "vehicles"], "drones"),
    (&["landing", "ships"], "ships"),
    (&["landing", "ship"], "ships"),
    (&["landing", "craft"], "ships"),
    (&["escort", "ships"], "ships"),
    (&["special", "forces"], "troops"),
    (&["service", "members"], "troops"),
    (&["military", "personnel"], "personnel"),
    (&["armored", "vehicles"], "vehicles"),
    (&["armoured", "vehicles"], "vehicles"),
    (&["artillery", "shells"], "shells"),
    (&["artillery", "pieces"], "artillery"),
    (&["artillery", "systems"], "artillery"),
    (&["ballistic", "missiles"], "missiles"),
    (&["cruise", "missiles"], "missiles"),
    (&["fighter", "jets"], "aircraft"),
    (&["combat", "aircraft"], "aircraft"),
    (&["attack", "drones"], "drones"),
    (&["per", "cent"], "percent"),
    (&["percentage", "points"], "percentage points"),
    (&["square", "kilometres"], "km2"),
    (&["square", "kilometers"], "km2"),
    (&["square", "miles"], "sq mi"),
    (&["nautical", "miles"], "nmi"),
    (&["metric", "tons"], "tonnes"),
    (&["pounds", "sterling"], "GBP"),
];

/// Currency signs before a number, and letters that may precede a "$" ("US$", "C$").
pub const CURRENCY_SIGNS: &[(char, &str)] = &[
    ('$', "USD"),
    ('\u{20ac}', "EUR"),
    ('\u{a3}', "GBP"),
    ('\u{a5}', "JPY"),
    ('\u{20a9}', "KRW"),
    ('\u{20bd}', "RUB"),
    ('\u{20b4}', "UAH"),
    ('\u{20b9}', "INR"),
];

pub const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("HK", "HKD"),
    ("NZ", "NZD"),
    ("S", "SGD"),
];

/// Currency codes written before the number ("USD 5 million"), upper case only.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "KRW", "RUB", "CNY", "UAH", "INR", "CHF",
];

/// Words before a number that make it a name or a label, not a count ("Resolution 2231",
/// "Article 5", "Flight 17").
pub const DESIGNATORS: &[&str] = &[
    "article",
    "section",
    "resolution",
    "chapter",
    "route",
    "highway",
    "unit",
    "number",
    "no",
    "nos",
    "flight",
    "building",
    "block",
    "gate",
    "phase",
    "level",
    "category",
    "class",
    "type",
    "model",
    "version",
    "page",
    "paragraph",
    "item",
    "room",
    "platform",
    "protocol",
    "decree",
    "clause",
    "annex",
    "appendix",
    "figure",
    "table",
];

/// Verbs of harm, whose count after them is of those harmed: the counted noun is never found
/// before them.
pub const HARM_VERBS: &[&str] = &[
    "kills", "killed", "kill", "killing", "wounds", "wounded", "wounding", "injures", "injured", "injuring",
];

/// Stages numbered in order, whose number after them is no count ("Day 2", "Round 3"); see
/// `numbered_stage` for when the lower-case word counts as one.
pub const NUMBERED_STAGES: &[&str] = &[
    "day", "week", "round", "game", "stage", "part", "episode", "season", "match", "leg", "wave", "tranche", "lot",
    // A wire story's version in its headline's slug: "UPDATE 2-Russia says ...".
    "update", "wrapup",
];

/// Words that end the search for a counted noun to the right of a number: function words,
/// auxiliaries, pronouns and common verbs.
pub const STOP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "for",
    "into",
    "near",
    "across",
    "over",
    "under",
    "between",
    "since",
    "during",
    "after",
    "before",
    "per",
    "than",
    "as",
    "via",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "if",
    "while",
    "when",
    "where",
    "who",
    "which",
    "whom",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "do",
    "does",
    "said",
    "says",
    "say",
    "told",
    "they",
    "it",
    "he",
    "she",
    "we",
    "you",
    "them",
    "us",
    "there",
    "here",
    "not",
    "no",
    "also",
    "then",
    "each",
    "every",
    "all",
    "both",
    "more",
    "less",
    "about",
    "around",
    "some",
    "others",
    "such",
    "of",
    "times",
    "out",
    "up",
    "down",
    "off",
    "again",
    "ago",
    "later",
    "earlier",
    "according",
    "including",
    "against",
    "among",
    "through",
    "within",
    "without",
    "toward",
    "towards",
    "until",
    "till",
    "onto",
    "upon",
];

/// Words after a number and a hyphen that make the number describe one thing instead of
/// counting ("a five-storey building", "a 12-lane highway", "a 152-mm shell").
pub const ATTRIBUTE_WORDS: &[&str] = &[
    "storey", "story", "floor", "lane", "page", "point", "seat", "bed", "room", "mm", "millimeter", "millimetre",
    "caliber", "calibre", "inch", "horsepower", "megawatt", "kilowatt",
];

/// Ordinal suffixes: "3rd" is an ordinal, never a count.
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Glued suffixes after a number that make it approximate or a lower bound ("40-odd",
/// "300-plus").
pub const APPROX_SUFFIXES: &[&str] = &["odd", "ish"];
pub const PLUS_SUFFIXES: &[&str] = &["plus"];

/// All roles of one word.
#[derive(Clone, Copy, Debug, Default)]
pub struct Entry {
    pub number: Option<u32>,
    pub multiplier: Option<f64>,
    pub glued_multiplier: Option<f64>,
    pub vague_plural: Option<f64>,
    /// See [`VAGUE_MULTIPLES`].
    pub vague_multiple: Option<f64>,
    pub unit: Option<&'static str>,
    pub unit_phrase_start: bool,
    pub cue_start: bool,
    pub clause_approx: bool,
    pub designator: bool,
    pub stop: bool,
    pub ordinal_suffix: bool,
    pub approx_suffix: bool,
    pub plus_suffix: bool,
    pub vocabulary: bool,
}

/// Words the grammar tests by spelling; listed so that they always have an entry.
const GRAMMAR_WORDS: &[&str] = &[
    "a", "an", "and", "between", "from", "or", "so", "more", "half", "couple",
];

type Map = HashMap<&'static [u8], Entry>;

fn build() -> Map {
    let mut m = Map::default();
    fn e<'a>(m: &'a mut Map, w: &'static str) -> &'a mut Entry {
        m.entry(w.as_bytes()).or_default()
    }
    for &(w, n) in NUMBER_WORDS {
        e(&mut m, w).number = Some(n);
    }
    for &(w, x) in MULTIPLIERS {
        e(&mut m, w).multiplier = Some(x);
    }
    for &(w, x) in GLUED_MULTIPLIERS {
        e(&mut m, w).glued_multiplier = Some(x);
    }
    for &(w, x) in VAGUE_PLURALS {
        e(&mut m, w).vague_plural = Some(x);
    }
    for &(w, x) in VAGUE_MULTIPLES {
        e(&mut m, w).vague_multiple = Some(x);
    }
    for &(w, u) in UNITS {
        e(&mut m, w).unit = Some(u);
    }
    for &(words, _) in UNIT_PHRASES {
        if let Some(&first) = words.first() {
            e(&mut m, first).unit_phrase_start = true;
        }
    }
    for &(words, _, _) in PREFIX_CUES {
        if let Some(&first) = words.first() {
            e(&mut m, first).cue_start = true;
        }
    }
    for &w in CLAUSE_APPROX_CUES {
        e(&mut m, w).clause_approx = true;
    }
    for &w in DESIGNATORS {
        e(&mut m, w).designator = true;
    }
    for &w in STOP_WORDS {
        e(&mut m, w).stop = true;
    }
    for &w in ORDINAL_SUFFIXES {
        e(&mut m, w).ordinal_suffix = true;
    }
    for &w in APPROX_SUFFIXES {
        e(&mut m, w).approx_suffix = true;
    }
    for &w in PLUS_SUFFIXES {
        e(&mut m, w).plus_suffix = true;
    }
    for &w in GRAMMAR_WORDS {
        e(&mut m, w).vocabulary = true;
    }
    m
}

fn table() -> &'static WordTable<Entry> {
    static TABLE: OnceLock<WordTable<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| WordTable::from_map(build()))
}

/// The entry of a word, looked up case-insensitively; `None` for unknown and non-ASCII words.
pub fn lookup(word: &str) -> Option<&'static Entry> {
    table().get(word)
}

/// The currency of a sign character.
pub fn currency_sign(c: char) -> Option<&'static str> {
    CURRENCY_SIGNS
        .iter()
        .find(|(s, _)| *s == c)
        .map(|(_, code)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_their_roles() {
        assert_eq!(lookup("Soldiers").and_then(|e| e.unit), Some("troops"));
        assert_eq!(lookup("million").and_then(|e| e.multiplier), Some(1e6));
        assert!(lookup("landing").is_some_and(|e| e.unit_phrase_start));
        assert!(lookup("about").is_some_and(|e| e.cue_start && e.stop));
        assert_eq!(currency_sign('\u{20ac}'), Some("EUR"));
        assert!(lookup("zebra").is_none());
    }
}
