//! The words the time tagger knows, as data in one place.
//!
//! Every rule in [`crate::grammar`] asks this module what a word *is* (a month, a weekday, a
//! part of day, a number, a unit, a tense cue, ...) instead of spelling words out in code, so
//! extending the tagger to a new spelling or abbreviation is an edit to one table below. The
//! tables are merged once, at first use, into one map from the lower-cased word to an [`Entry`]
//! that carries all roles of that word ("may" is both an ambiguous month and a modal verb,
//! "second" both an ordinal and a unit).
//!
//! Multi-word modifiers ("the end of", "more than") live in [`MODIFIER_PHRASES`]; the grammar
//! matches them token by token.

use std::collections::HashMap;
use std::sync::OnceLock;

use sitrep_doc::TimexMod;

use crate::word_table::WordTable;

/// Calendar units of durations, sets and relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration designator and whether it sits after the `T` (clock units).
    pub fn designator(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week => ("W", false),
            Unit::Fortnight => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("Y", false),
            Unit::Century => ("Y", false),
        }
    }

    /// How many designator units one of these is (a fortnight is two weeks, a decade ten
    /// years: TimeBank writes "a decade" as `P10Y`).
    pub fn factor(self) -> f64 {
        match self {
            Unit::Fortnight => 2.0,
            Unit::Decade => 10.0,
            Unit::Century => 100.0,
            _ => 1.0,
        }
    }

    /// The designator for an unknown count: TimeML's letters for the units ISO 8601 lacks,
    /// `E` for decades and `C` for centuries ("for decades" is `PXE`, "for centuries" `PXC`).
    pub fn vague_designator(self) -> &'static str {
        match self {
            Unit::Decade => "E",
            Unit::Century => "C",
            _ => self.designator().0,
        }
    }
}

/// Which way a clause points in time, as its verbs tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// Month names and abbreviations. Abbreviations count as months when followed by a period or a
/// day or year number; full names in [`AMBIGUOUS_MONTHS`] need such context too.
pub const MONTHS: &[(&str, u8, bool)] = &[
    // (word, month, is_abbreviation)
    ("january", 1, false),
    ("jan", 1, true),
    ("february", 2, false),
    ("feb", 2, true),
    ("march", 3, false),
    ("mar", 3, true),
    ("april", 4, false),
    ("apr", 4, true),
    ("may", 5, false),
    ("june", 6, false),
    ("jun", 6, true),
    ("july", 7, false),
    ("jul", 7, true),
    ("august", 8, false),
    ("aug", 8, true),
    ("september", 9, false),
    ("sept", 9, true),
    ("sep", 9, true),
    ("october", 10, false),
    ("oct", 10, true),
    ("november", 11, false),
    ("nov", 11, true),
    ("december", 12, false),
    ("dec", 12, true),
];

/// Full month names that are also everyday words or first names: a month only in date context
/// ("May 5", "in May", "last March"), never alone ("May I", "March on").
pub const AMBIGUOUS_MONTHS: &[&str] = &["may", "march"];

/// Weekday names (ISO numbering, Monday = 1). Abbreviations need a period and a capital.
pub const WEEKDAYS: &[(&str, u8, bool)] = &[
    ("monday", 1, false),
    ("mon", 1, true),
    ("tuesday", 2, false),
    ("tue", 2, true),
    ("tues", 2, true),
    ("wednesday", 3, false),
    ("wed", 3, true),
    ("thursday", 4, false),
    ("thu", 4, true),
    ("thur", 4, true),
    ("thurs", 4, true),
    ("friday", 5, false),
    ("fri", 5, true),
    ("saturday", 6, false),
    ("sat", 6, true),
    ("sunday", 7, false),
    ("sun", 7, true),
];

/// Plural weekdays: a recurring day ("closed on Mondays" is the set `XXXX-WXX-1`).
pub const WEEKDAY_PLURALS: &[(&str, u8)] = &[
    ("mondays", 1),
    ("tuesdays", 2),
    ("wednesdays", 3),
    ("thursdays", 4),
    ("fridays", 5),
    ("saturdays", 6),
    ("sundays", 7),
];

/// Parts of the day named without an article after a preposition ("at dawn", "by
/// nightfall", "before dawn Sunday").
pub const BARE_PARTS_OF_DAY: &[&str] = &["dawn", "daybreak", "dusk", "nightfall"];

/// Plural parts of the day: after a weekday they make a set ("Tuesday nights").
pub const PARTS_OF_DAY_PLURAL: &[(&str, &str)] = &[
    ("mornings", "MO"),
    ("afternoons", "AF"),
    ("evenings", "EV"),
    ("nights", "NI"),
];

/// Parts of the day and their TIMEX3 codes ("Friday evening" -> `...TEV`).
pub const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("dawn", "MO"),
    ("daybreak", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("dusk", "EV"),
    ("nightfall", "EV"),
    ("night", "NI"),
    ("overnight", "NI"),
];

/// Seasons and their TIMEX3 codes ("last summer" -> `2023-SU`).
pub const SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"),
    ("summer", "SU"),
    ("autumn", "FA"),
    ("fall", "FA"),
    ("winter", "WI"),
];

/// Cardinal number words, shared with the quantity tagger. Compounds ("twenty-five") are read
/// as tens, hyphen, units.
pub const CARDINAL_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Counting nouns that time expressions read as numbers ("a dozen years", "a hundred days"); the
/// quantity tagger treats them as multipliers instead.
pub const NUMBER_NOUNS: &[(&str, u32)] = &[("hundred", 100), ("thousand", 1000), ("dozen", 12)];

/// Holidays on a fixed day of the year, as word sequences (an apostrophe is its own token, so
/// "New Year's Day" is "new", "year", "'", "s", "day"; `'` below stands for any apostrophe).
/// Longer phrases come first. Movable feasts (Easter, Ramadan, the Lunar New Year) are not here.
pub const HOLIDAYS: &[(&[&str], u8, u8)] = &[
    (&["christmas", "eve"], 12, 24),
    (&["christmas", "day"], 12, 25),
    (&["christmas"], 12, 25),
    (&["boxing", "day"], 12, 26),
    (&["new", "year", "'", "s", "eve"], 12, 31),
    (&["new", "year", "'", "s", "day"], 1, 1),
    (&["new", "year", "'", "s"], 1, 1),
    (&["halloween"], 10, 31),
    (&["valentine", "'", "s", "day"], 2, 14),
];

/// How a movable holiday falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movable {
    /// Days after Easter Sunday (Good Friday is -2).
    Easter(i8),
    /// The `n`th weekday (Monday = 1) of a month; `n` = -1 is the last one.
    NthWeekday { month: u8, weekday: u8, n: i8 },
}

/// Holidays whose date changes from year to year (US federal ones by their US date).
pub const MOVABLE_HOLIDAYS: &[(&[&str], Movable)] = &[
    (&["good", "friday"], Movable::Easter(-2)),
    (&["easter", "sunday"], Movable::Easter(0)),
    (&["easter", "monday"], Movable::Easter(1)),
    (&["easter"], Movable::Easter(0)),
    (
        &["thanksgiving", "day"],
        Movable::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
        },
    ),
    (
        &["thanksgiving"],
        Movable::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
        },
    ),
    (
        &["labor", "day"],
        Movable::NthWeekday {
            month: 9,
            weekday: 1,
            n: 1,
        },
    ),
    (
        &["memorial", "day"],
        Movable::NthWeekday {
            month: 5,
            weekday: 1,
            n: -1,
        },
    ),
];

/// Words before "New Year" that make it a movable one ("the Lunar New Year").
pub const MOVABLE_NEW_YEAR: &[&str] = &["lunar", "chinese", "jewish", "persian", "islamic", "tet"];

/// Words that count an unknown number of units ("several days" -> `PXD`).
pub const VAGUE_NUMBERS: &[&str] = &["few", "several", "many", "couple", "numerous"];

/// Decades by name, after "the" ("the nineties" is `199`): (word, decade digit). The century
/// is the 1900s, except for a decade already begun in the 2000s at publication ("the twenties"
/// in 2024 is `202`).
pub const DECADE_WORDS: &[(&str, u8)] = &[
    ("twenties", 2),
    ("thirties", 3),
    ("forties", 4),
    ("fifties", 5),
    ("sixties", 6),
    ("seventies", 7),
    ("eighties", 8),
    ("nineties", 9),
];

/// Words that end an amount: "a year" after them is a rate, a set ("$500 million a year",
/// "5 percent a year").
pub const AMOUNT_WORDS: &[&str] = &[
    "thousand", "million", "billion", "trillion", "percent", "cents", "dollars", "apiece",
];

/// Capitalised nouns after a weekday that make it a newspaper's name ("The Sunday Times").
pub const NEWSPAPER_NOUNS: &[&str] = &[
    "times",
    "telegraph",
    "herald",
    "mirror",
    "express",
    "post",
    "tribune",
    "observer",
    "mail",
    "star",
    "journal",
    "sport",
    "people",
    "independent",
    "edition",
];

/// Words between an ordinal and its unit that make it a run ("a third straight day").
pub const RUN_ADJECTIVES: &[&str] = &["straight", "consecutive", "successive"];

/// Words between a count and its unit that leave the duration as it is ("20 more years", "an
/// additional year", "three straight days", "eight trading days").
pub const COUNT_UNIT_ADJECTIVES: &[&str] = &[
    "more",
    "additional",
    "extra",
    "further",
    "straight",
    "consecutive",
    "successive",
    "trading",
    "business",
    "working",
    "calendar",
    "full",
    "single",
];

/// Words before "last" that make it a verb ("the strike will last 24 hours").
pub const VERB_LAST_BEFORE: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "must", "should", "to", "not", "did", "does",
    "do", "ll",
];

/// Ordinal words ("the third quarter", "the twenty-first century").
pub const ORDINALS: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Suffixes that make a digit run an ordinal ("8th", "21st").
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Units of durations and relative expressions: (word, unit, is_plural).
pub const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("fortnight", Unit::Fortnight, false),
    ("fortnights", Unit::Fortnight, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
];

/// Days relative to the publication date, with an optional part of day ("tonight").
pub const RELATIVE_DAYS: &[(&str, i8, Option<&str>)] = &[
    ("today", 0, None),
    ("yesterday", -1, None),
    ("tomorrow", 1, None),
    ("tonight", 0, Some("NI")),
];

/// Words that shift a calendar unit from the publication date ("last week", "next month").
pub const SHIFTS: &[(&str, i8)] = &[
    ("last", -1),
    ("past", -1),
    ("previous", -1),
    ("this", 0),
    ("current", 0),
    ("next", 1),
    ("coming", 1),
    ("following", 1),
    ("upcoming", 1),
];

/// Words that refer to the present, the past or the future as a whole.
pub const REFERENCES: &[(&str, &str)] = &[
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("nowadays", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("lately", "PAST_REF"),
];

/// Phrases that refer to the present or the future as a whole ("soon" only when it modifies a
/// verb: not "soon after", "as soon as").
pub const REFERENCE_PHRASES: &[(&[&str], &str)] = &[
    (&["as", "soon", "as", "possible"], "FUTURE_REF"),
    (&["the", "near", "term"], "FUTURE_REF"),
    (&["the", "short", "term"], "FUTURE_REF"),
    (&["right", "now"], "PRESENT_REF"),
    (&["soon"], "FUTURE_REF"),
    // "at a later date", "to be decided at a later stage": some time after now.
    (&["a", "later", "date"], "FUTURE_REF"),
    (&["a", "later", "stage"], "FUTURE_REF"),
    (&["a", "later", "time"], "FUTURE_REF"),
];

/// Determiners before which a plural unit with "of" is no duration of its own ("the years of",
/// "their months of"): the phrase belongs to the noun.
pub const VAGUE_SPAN_AFTER: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "this", "that",
];

/// Adverbs of frequency: (word, TIMEX3 SET value).
pub const SET_ADVERBS: &[(&str, &str)] = &[
    ("hourly", "PT1H"),
    ("daily", "P1D"),
    ("nightly", "XXXX-XX-XXTNI"),
    ("weekly", "P1W"),
    ("fortnightly", "P2W"),
    ("monthly", "P1M"),
    ("quarterly", "P3M"),
    ("yearly", "P1Y"),
    ("annually", "P1Y"),
];

/// Modifiers in front of a time expression, as word sequences. A lone "mid" may be followed by a
/// hyphen ("mid-January"). Longer phrases come first so that they win.
pub const MODIFIER_PHRASES: &[(&[&str], TimexMod)] = &[
    (&["the", "very", "end", "of"], TimexMod::End),
    (&["the", "very", "beginning", "of"], TimexMod::Start),
    (&["the", "very", "start", "of"], TimexMod::Start),
    (&["the", "end", "of"], TimexMod::End),
    (&["the", "beginning", "of"], TimexMod::Start),
    (&["the", "start", "of"], TimexMod::Start),
    (&["the", "middle", "of"], TimexMod::Mid),
    (&["the", "early"], TimexMod::Start),
    (&["the", "late"], TimexMod::End),
    (&["the", "mid"], TimexMod::Mid),
    (&["no", "more", "than"], TimexMod::LessThan),
    (&["more", "than"], TimexMod::MoreThan),
    (&["at", "least"], TimexMod::MoreThan),
    (&["less", "than"], TimexMod::LessThan),
    (&["fewer", "than"], TimexMod::LessThan),
    (&["up", "to"], TimexMod::LessThan),
    (&["at", "most"], TimexMod::LessThan),
    (&["end", "of"], TimexMod::End),
    (&["early"], TimexMod::Start),
    (&["late"], TimexMod::End),
    (&["mid"], TimexMod::Mid),
    (&["around"], TimexMod::Approx),
    (&["about"], TimexMod::Approx),
    (&["approximately"], TimexMod::Approx),
    (&["roughly"], TimexMod::Approx),
    (&["nearly"], TimexMod::Approx),
    (&["almost"], TimexMod::Approx),
    (&["circa"], TimexMod::Approx),
];

/// Determiners and weak prepositions after which a four-digit number is a year when a singular
/// noun or punctuation follows ("its 1990 invasion", "a 1996 law", "for 1989.") but not a
/// plural ("for 2000 shares").
pub const WEAK_YEAR_CONTEXT: &[&str] = &[
    "the", "a", "its", "his", "her", "their", "our", "your", "this", "that", "for", "into", "both",
    "last", "next",
];

/// Words that may follow a frequency adverb used as an adverb ("meets daily in Geneva");
/// any other word makes it an adjective ("a daily newspaper") and no time expression.
pub const FUNCTION_WORDS: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "for",
    "to",
    "by",
    "from",
    "with",
    "since",
    "until",
    "as",
    "across",
    "over",
    "during",
    "after",
    "before",
    "the",
    "a",
    "an",
    "this",
    "that",
    "while",
    "when",
    "because",
    "so",
    "than",
    "through",
    "throughout",
    "around",
    "about",
    "into",
    "onto",
    "since",
    "said",
    "says",
    "according",
    "until",
    "till",
    "if",
    "unless",
    "despite",
    "instead",
    "now",
    "again",
    "too",
    "also",
];

/// Words before a four-digit number that make it a name or an amount, not a year ("Flight
/// 1549", "No. 1995", "Resolution 1441", "Windows 2000", "top 1000").
pub const NOT_YEAR_BEFORE: &[&str] = &[
    "no",
    "nos",
    "number",
    "flight",
    "route",
    "room",
    "model",
    "version",
    "page",
    "pages",
    "chapter",
    "section",
    "article",
    "resolution",
    "code",
    "windows",
    "index",
    "top",
    "highway",
    "interstate",
    "unit",
    "bus",
    "train",
    "apartment",
    "suite",
    "box",
    "ward",
    "district",
    "precinct",
    "station",
    "mark",
    "about",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "approximately",
    "roughly",
    "around",
    "than",
    "only",
    "just",
    "least",
    "most",
    "total",
    "of",
];

/// Words after which a bare four-digit number is a year ("since 1990", "in 2019").
pub const YEAR_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "throughout",
    "of",
    "through",
    "circa",
    "year",
    "fiscal",
    "early",
    "late",
    "mid",
    "between",
    "around",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Words that make a clause point to the future; the nearest cue to an expression decides.
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "ll",
    "would",
    "must",
    "should",
    "expects",
    "expect",
    "upcoming",
    "may",
    "might",
    "tomorrow",
    "next",
    "coming",
    "soon",
    "forthcoming",
    // The present of a scheduled event: "the trial begins Monday", "talks resume on Oct. 8".
    "begins",
    "starts",
    "resumes",
    "reopens",
    "expires",
    "convenes",
    "reconvenes",
    "leaves",
    "arrives",
    "departs",
    "travels",
    "heads",
    "returns",
    "visits",
    "meets",
    "opens",
    "concludes",
    // Waiting for something: "investors await Friday's report", "ahead of Sunday's vote".
    "await",
    "awaits",
    "awaiting",
    "ahead",
];

/// Base forms of the verbs of scheduled events: after a plural subject they are a present of
/// the timetable ("talks resume in the spring", "classes begin Monday"), a future cue; after
/// "to", an auxiliary or a determiner they are something else ("due to expire", "the start").
pub const SCHEDULED_BASE: &[&str] = &[
    "begin",
    "start",
    "resume",
    "reopen",
    "expire",
    "convene",
    "reconvene",
    "arrive",
    "depart",
];

/// Verbs that point to the future only before "to" ("plans to", "is going to"); otherwise
/// they are nouns or something else ("the plan", "going home").
pub const FUTURE_BEFORE_TO: &[&str] = &[
    "plan",
    "plans",
    "planning",
    "intend",
    "intends",
    "aim",
    "aims",
    "going",
    "hopes",
    "hope",
    "agreed",
    "vowed",
    "pledged",
    "promised",
    "threatened",
    "prepares",
    "preparing",
];

/// Verbs whose infinitive is still to happen ("voted to extend", "agreed to withdraw"): a
/// deadline after such an infinitive lies ahead ("until early June").
pub const DECIDING_BEFORE_TO: &[&str] = &[
    "voted", "votes", "vote", "agreed", "agree", "agrees", "decided", "decides", "plans", "plan", "planned",
    "promised", "pledged", "vowed", "vows", "pledges", "promises", "expected", "scheduled", "intends",
    "aims", "wants", "hopes", "prepares", "preparing", "moved", "announced", "ordered", "asked", "urged",
];

/// Present forms of an order or a requirement, whose object comes before the infinitive ("a
/// decree ... ordering 160,000 men ... to be called up between April 1 and July 15"): what is
/// ordered is still to happen.
pub const ORDERING_BEFORE_OBJECT: &[&str] = &["ordering", "orders", "requiring", "requires", "instructing", "directing", "obliging", "obliges"];

/// The words of a day or time that may stand between a deciding verb and its infinitive ("voted
/// on Wednesday to extend").
pub const DAY_WORDS_BEFORE_TO: &[&str] = &[
    "on", "in", "at", "this", "last", "next", "week", "month", "year", "morning", "evening", "night", "afternoon",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
];

/// Present-tense auxiliaries: a strong cue that the clause does not say which way to look, so
/// an under-specified date takes the nearest occurrence.
pub const PRESENT_CUES: &[&str] = &["is", "are", "am"];

/// Participles that point to the future only after an auxiliary ("is expected to", "was due
/// to"); alone they are adjectives ("the planned sale") or something else ("due to rain").
pub const FUTURE_PARTICIPLES: &[&str] = &[
    "expected",
    "planned",
    "scheduled",
    "supposed",
    "due",
    "set",
    "slated",
    "poised",
];

/// Auxiliaries that make a following participle a verb.
pub const AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

/// Reporting verbs: they tell when something was *said*, not when it happens, so they decide
/// the tense only of a date right after them ("said on Tuesday").
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "reported",
    "added",
    "stated",
    "noted",
    "declared",
    "claimed",
    "confirmed",
    "disclosed",
    "according",
    "wrote",
    "writes",
];

/// Past-tense cues beyond the regular "-ed" ending.
pub const PAST_CUES: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "ago",
    "last",
    "yesterday",
    "earlier",
    "previously",
    "took",
    "made",
    "came",
    "went",
    "saw",
    "met",
    "held",
    "sent",
    "left",
    "began",
    "fought",
    "flew",
    "led",
    "brought",
    "gave",
    "got",
    "ran",
    "shot",
    "struck",
    "wrote",
    "lost",
    "spent",
    "been",
    "became",
    "arose",
    "fell",
    "drew",
    "knew",
    "thought",
    "sought",
    "built",
    "taught",
    "caught",
    "stood",
    "wore",
    "broke",
    "chose",
    "hid",
    "rose",
    "spoke",
    "sank",
    "withdrew",
    "undertook",
    // More irregular past forms (none of them also a common present form or noun).
    "bought",
    "sold",
    "paid",
    "won",
    "found",
    "kept",
    "heard",
    "meant",
    "laid",
    "fled",
    "grew",
    "threw",
    "drove",
    "ate",
    "forgot",
    "froze",
    "hung",
    "swore",
    "swept",
    "slept",
    "stole",
    "struck",
    "understood",
    "overtook",
    "forbade",
    "shook",
    "sang",
    "rode",
    "rang",
    "woke",
    "dealt",
    "dug",
    "sat",
    "stuck",
    "bore",
    "swam",
];

/// Words right before a date that set it ahead of the story ("effective Feb. 1", "payable
/// Dec. 7", "shareholders of record Nov. 22").
pub const FORWARD_DATE_WORDS: &[&str] = &["effective", "payable", "record"];

/// Words ending in "-ed" that are not past tenses.
pub const ED_EXCEPTIONS: &[&str] = &[
    "need", "needed", "seed", "speed", "feed", "bed", "red", "shed", "hundred", "embed", "proceed",
    "succeed", "exceed", "indeed", "breed", "creed", "greed", "weed", "deed", "bleed", "reed",
    "steed", "armed", "based", "united", "limited", "advanced", "related", "detailed", "alleged",
    "unnamed",
];

/// Words before a period that do not end a sentence (besides month and weekday abbreviations
/// and single letters, which are always treated as such).
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
    "adm", "sen", "rep", "gov", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no",
    "nos", "fig", "approx", "est", "dept", "govt", "ft", "mt", "rev", "brig", "gens",
];

/// Nouns that a four-digit number in front of them counts ("1990 troops" is not a year).
pub const COUNT_NOUNS: &[&str] = &[
    "troops",
    "soldiers",
    "people",
    "civilians",
    "personnel",
    "forces",
    "men",
    "women",
    "children",
    "workers",
    "residents",
    "refugees",
    "casualties",
    "deaths",
    "missiles",
    "drones",
    "shells",
    "rockets",
    "tanks",
    "vehicles",
    "ships",
    "vessels",
    "aircraft",
    "jets",
    "units",
    "tons",
    "tonnes",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "dollars",
    "euros",
    "cases",
    "votes",
    "members",
    "officers",
    "prisoners",
    "pieces",
    "rounds",
];

/// Time-zone abbreviations that may follow a clock time ("3 p.m. GMT").
pub const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "kst", "jst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet",
    "cest", "bst", "msk", "eet", "eest", "ist", "hkt", "sgt", "aest", "aedt", "z", "et", "pt",
];

/// The time zones of universal time, written "Z" in a TIMEX3 value ("18:00 UTC" is `T18:00Z`).
pub const UTC_ZONES: &[&str] = &["gmt", "utc", "z"];

/// Connectors between the two ends of a date range ("Oct. 8 to 13", "from 2019 through 2021").
/// Words after "year-" that make a comparison with the same period a year before
/// ("the year-ago quarter", "the year-earlier period").
pub const YEAR_BEFORE_WORDS: &[&str] = &["ago", "earlier"];

/// Nouns for a reporting period that take the value of the quarter under discussion ("the
/// year-ago period", "the latest quarter").
pub const PERIOD_NOUNS: &[&str] = &["quarter", "period"];

/// Adjectives between "the" and a unit that keep the unit holding publication ("the full
/// year", "the current fiscal year", "the current quarter").
pub const PERIOD_ADJECTIVES: &[&str] = &["full", "fiscal", "financial", "current", "calendar"];

/// Adjectives for the most recent reporting period ("the latest quarter").
pub const LATEST_WORDS: &[&str] = &["latest", "most-recent", "just-ended"];

/// First words of a year said aloud ("nineteen ninety-six", "twenty ten"): the century.
pub const SPOKEN_CENTURIES: &[(&str, i32)] = &[("eighteen", 18), ("nineteen", 19), ("twenty", 20)];

pub const RANGE_CONNECTORS: &[&str] = &["to", "through", "thru", "until", "till", "and"];

/// All roles of one word. A word absent from every table has no entry at all.
#[derive(Clone, Copy, Debug, Default)]
pub struct Entry {
    pub month: u8,
    pub month_ambiguous: bool,
    pub month_abbrev: bool,
    pub weekday: u8,
    pub weekday_abbrev: bool,
    pub number: Option<u32>,
    pub vague: bool,
    pub ordinal: u8,
    pub decade_word: u8,
    pub weekday_plural: u8,
    pub part_of_day_plural: Option<&'static str>,
    pub holiday_start: bool,
    pub unit: Option<(Unit, bool)>,
    pub part_of_day: Option<&'static str>,
    pub season: Option<&'static str>,
    pub relative_day: Option<(i8, Option<&'static str>)>,
    pub shift: Option<i8>,
    pub reference: Option<&'static str>,
    pub set_adverb: Option<&'static str>,
    pub tense: Option<Tense>,
    pub future_participle: bool,
    pub future_before_to: bool,
    /// In [`SCHEDULED_BASE`].
    pub scheduled_base: bool,
    /// In [`NEWSPAPER_NOUNS`].
    pub newspaper: bool,
    pub auxiliary: bool,
    pub reporting: bool,
    pub year_context: bool,
    pub weak_year_context: bool,
    pub function_word: bool,
    pub modifier_start: bool,
    /// Bit k set: [`MODIFIER_PHRASES`]`[k]` starts with this word.
    pub modifier_mask: u32,
    /// Bit k set: [`REFERENCE_PHRASES`]`[k]` starts with this word.
    pub reference_mask: u8,
    pub abbreviation: bool,
    pub count_noun: bool,
    pub time_zone: bool,
    pub ed_exception: bool,
    pub ordinal_suffix: bool,
    pub vocabulary: bool,
    /// Some rule may start at this word.
    pub starter: bool,
}

/// Words the grammar tests by spelling; listed so that every word a rule looks at has an entry.
const GRAMMAR_WORDS: &[&str] = &[
    "the", "a", "an", "that", "same", "every", "each", "per", "once", "twice", "times", "recent",
    "earlier", "later", "weekend", "weekends", "q", "h", "half", "noon", "midnight", "midday",
    "at", "in", "present", "these", "future", "ago", "and", "once", "thrice", "twice",
];

/// Words by spelling that begin a rule (besides months, weekdays, numbers, units and the other
/// roles that do): the walk tries rules only at tokens whose entry says so.
const RULE_STARTS: &[&str] = &[
    "the", "a", "an", "that", "every", "each", "per", "once", "twice", "thrice", "recent",
    "earlier", "later", "q", "noon", "midnight", "midday", "at", "these", "fiscal", "some", "half",
    "single",
];

// The phrase tables fit the bit masks of [`Entry`].
const _: () = assert!(MODIFIER_PHRASES.len() <= 32 && REFERENCE_PHRASES.len() <= 8);

type Map = HashMap<&'static [u8], Entry>;

fn build() -> Map {
    let mut m = Map::default();
    fn e<'a>(m: &'a mut Map, w: &'static str) -> &'a mut Entry {
        m.entry(w.as_bytes()).or_default()
    }
    for &(w, n, ab) in MONTHS {
        let x = e(&mut m, w);
        x.month = n;
        x.month_abbrev = ab;
        x.month_ambiguous = AMBIGUOUS_MONTHS.contains(&w);
    }
    for &(w, n, ab) in WEEKDAYS {
        let x = e(&mut m, w);
        x.weekday = n;
        x.weekday_abbrev = ab;
    }
    for &(w, n) in WEEKDAY_PLURALS {
        let x = e(&mut m, w);
        x.weekday_plural = n;
        x.starter = true;
    }
    for &(w, c) in PARTS_OF_DAY_PLURAL {
        e(&mut m, w).part_of_day_plural = Some(c);
    }
    for &(w, c) in PARTS_OF_DAY {
        e(&mut m, w).part_of_day = Some(c);
    }
    for &(w, c) in SEASONS {
        e(&mut m, w).season = Some(c);
    }
    for &(w, n) in CARDINAL_WORDS.iter().chain(NUMBER_NOUNS) {
        e(&mut m, w).number = Some(n);
    }
    for &w in VAGUE_NUMBERS {
        e(&mut m, w).vague = true;
    }
    for &(w, n) in ORDINALS {
        e(&mut m, w).ordinal = n;
    }
    for &(w, n) in DECADE_WORDS {
        e(&mut m, w).decade_word = n;
    }
    for &w in ORDINAL_SUFFIXES {
        e(&mut m, w).ordinal_suffix = true;
    }
    for &(w, u, pl) in UNITS {
        e(&mut m, w).unit = Some((u, pl));
    }
    for &(w, d, pod) in RELATIVE_DAYS {
        e(&mut m, w).relative_day = Some((d, pod));
    }
    for &(w, s) in SHIFTS {
        e(&mut m, w).shift = Some(s);
    }
    for &(w, v) in REFERENCES {
        e(&mut m, w).reference = Some(v);
    }
    for &(w, v) in SET_ADVERBS {
        e(&mut m, w).set_adverb = Some(v);
    }
    for (k, &(words, _)) in MODIFIER_PHRASES.iter().enumerate() {
        if let Some(&first) = words.first() {
            let x = e(&mut m, first);
            x.modifier_start = true;
            x.modifier_mask |= 1 << k;
        }
    }
    for &w in YEAR_CONTEXT {
        e(&mut m, w).year_context = true;
    }
    for &w in WEAK_YEAR_CONTEXT {
        e(&mut m, w).weak_year_context = true;
    }
    for &w in FUNCTION_WORDS {
        e(&mut m, w).function_word = true;
    }
    for &w in PAST_CUES {
        e(&mut m, w).tense = Some(Tense::Past);
    }
    for &w in FUTURE_CUES {
        e(&mut m, w).tense = Some(Tense::Future);
    }
    for &w in PRESENT_CUES {
        e(&mut m, w).tense = Some(Tense::Unknown);
    }
    for &w in SCHEDULED_BASE {
        e(&mut m, w).scheduled_base = true;
    }
    for &w in NEWSPAPER_NOUNS {
        e(&mut m, w).newspaper = true;
    }
    for &w in FUTURE_BEFORE_TO {
        e(&mut m, w).future_before_to = true;
    }
    for &w in FUTURE_PARTICIPLES {
        e(&mut m, w).future_participle = true;
    }
    for &w in AUXILIARIES {
        e(&mut m, w).auxiliary = true;
    }
    for &w in REPORTING_VERBS {
        e(&mut m, w).reporting = true;
    }
    for &w in ED_EXCEPTIONS {
        e(&mut m, w).ed_exception = true;
    }
    for &w in ABBREVIATIONS {
        e(&mut m, w).abbreviation = true;
    }
    for &w in COUNT_NOUNS {
        e(&mut m, w).count_noun = true;
    }
    for &w in TIME_ZONES {
        e(&mut m, w).time_zone = true;
    }
    for &w in GRAMMAR_WORDS.iter().chain(RANGE_CONNECTORS) {
        e(&mut m, w).vocabulary = true;
    }
    for &(words, _, _) in HOLIDAYS {
        if let Some(&first) = words.first() {
            e(&mut m, first).holiday_start = true;
            e(&mut m, first).starter = true;
        }
    }
    for &(words, _) in MOVABLE_HOLIDAYS {
        if let Some(&first) = words.first() {
            e(&mut m, first).holiday_start = true;
            e(&mut m, first).starter = true;
        }
    }
    for (k, &(words, _)) in REFERENCE_PHRASES.iter().enumerate() {
        if let Some(&first) = words.first() {
            let x = e(&mut m, first);
            x.starter = true;
            x.reference_mask |= 1 << k;
        }
    }
    for &w in RULE_STARTS {
        e(&mut m, w).starter = true;
    }
    for (_, x) in m.iter_mut() {
        if x.month != 0 && x.month_abbrev || x.weekday != 0 && x.weekday_abbrev {
            x.abbreviation = true;
        }
        x.starter |= x.month != 0
            || x.weekday != 0
            || x.number.is_some()
            || x.vague
            || x.ordinal != 0
            || x.unit.is_some()
            || x.part_of_day.is_some()
            || x.season.is_some()
            || x.relative_day.is_some()
            || x.shift.is_some()
            || x.reference.is_some()
            || x.set_adverb.is_some()
            || x.modifier_start;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_all_their_roles() {
        let may = lookup("May").expect("may is known");
        assert_eq!(may.month, 5);
        assert!(may.month_ambiguous);
        assert_eq!(may.tense, Some(Tense::Future));
        let second = lookup("second").expect("second is known");
        assert_eq!(second.ordinal, 2);
        assert_eq!(second.unit, Some((Unit::Second, false)));
        assert!(lookup("Sept").is_some_and(|e| e.abbreviation && e.month == 9));
        assert!(lookup("zebra").is_none());
        assert!(lookup("Zürich").is_none());
    }
}
