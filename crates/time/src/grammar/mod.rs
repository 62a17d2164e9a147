//! The rules that find time expressions and normalise them, over the scanner's tokens.
//!
//! The tagger walks the tokens once, left to right. At each token it asks a short chain of
//! rules (modifier phrases first, then the rules keyed by what the word is: a month, a weekday,
//! "the", a shift word like "last", a digit run, ...) for a match; the first match wins and the
//! walk continues after it, so expressions never overlap. Rules only *read*; [`Tagger::emit`]
//! is the one place that records an expression and moves the anchor that "the same evening" and
//! "the next day" refer to. Two passes follow the walk: adjacent dates joined by a range word
//! become intervals, and clock times take the date of their sentence.
//!
//! The rules live in three submodules by family: `dates` (calendar dates, years, decades,
//! quarters, seasons, clock times), `relative` (weekdays, "today", "the same evening", "last
//! week", the "the ..." phrases) and `durations` (durations, "ago", sets). This file holds the
//! walk, the token helpers, tense and modifiers.
//!
//! Normalisation follows TIMEX3 as TempEval-3 uses it. Choices worth knowing:
//! - **Tense** ([`Tagger::tense`]): a verb right before the expression decides ("docked on
//!   Friday", "said Tuesday"); otherwise the nearest cue in the sentence, where auxiliaries and
//!   listed verbs are strong cues and regular "-ed" forms weak ones (counted at twice their
//!   distance, since they are often adjectives). Reporting verbs far from the expression, "due
//!   to" and adjectival "the planned sale" are no cues. A deadline preposition ("until March 6",
//!   "by May", "extended to Nov. 20") leaves the tense open; a present copula or progressive
//!   right before a date ("the hearing is Tuesday", "are meeting on Friday") makes it future.
//! - **A date without a year** ("Oct. 13") takes the latest occurrence on or before publication
//!   in a past clause, the earliest on or after it in a future one (both with
//!   [`cal::PAST_GRACE_DAYS`] of slack, because news omits the year only for the current one;
//!   in a future clause only for a single day, never for a month or season that has ended),
//!   and otherwise the nearest, days ahead counting double. A weekday in a past or open clause is
//!   the most recent one on or before publication, in a future clause the coming one. A weekday
//!   with an explicit date ("Monday, Oct. 26") picks the year in which they agree. Quarters
//!   without a year always take the nearest (business news says "expects to report
//!   third-quarter results" about a finished quarter).
//! - **Numeric dates**: `2024-10-18` is ISO; with slashes the field above 12 is the day, and
//!   when both fields could be months the first is the month (US order, "10/08/2024" is October
//!   8); with dots ("18.10.2024") the order is always day, month, year.
//! - **A bare four-digit number is a year** only after a year word ("in", "since", "by", ...),
//!   after a determiner before a singular noun ("its 1990 invasion", "the 1996 election"), as
//!   "1990's", or in a range with another year; never before a count noun ("1990 troops").
//!   "since 1990" yields the year with no modifier (the preposition stays outside the span, as
//!   in TimeML).
//! - **Spans**: modifiers ("early", "mid-", "late", "around", "more than", "the end of") are
//!   inside the span; prepositions ("on", "in", "since", "between") are not, but an interval's
//!   span covers its "between" or "from".

use chrono::NaiveDate;
use sitrep_doc::{Sentence, Span, TimeExpr, TimeInterval, TimeLayer, TimexMod, TimexType};

use crate::calendar as cal;
use crate::lexicon::{DAY_WORDS_BEFORE_TO, DECIDING_BEFORE_TO, ORDERING_BEFORE_OBJECT,
    Entry, Tense, FORWARD_DATE_WORDS, MODIFIER_PHRASES, REFERENCE_PHRASES, VAGUE_SPAN_AFTER,
};
use crate::scan::{self, Kind, Tok};

mod dates;
mod durations;
mod relative;

/// One expression a rule found, over tokens `t0..t1`.
struct Item {
    t0: usize,
    t1: usize,
    ty: TimexType,
    value: String,
    md: Option<TimexMod>,
    /// The calendar day it names, when it names one: the anchor for later references.
    day: Option<NaiveDate>,
    /// A clock time whose date is filled in after the walk.
    clock: bool,
    /// Shifted from an earlier expression ("a year earlier"): it is no new anchor year.
    shifted: bool,
    /// A month or day whose year was chosen by tense, not written ("in January", "Oct. 8").
    year_chosen: bool,
}

fn item(t0: usize, t1: usize, ty: TimexType, value: String) -> Item {
    Item {
        t0,
        t1,
        ty,
        value,
        md: None,
        day: None,
        clock: false,
        shifted: false,
        year_chosen: false,
    }
}

/// What one rule matched: one or two expressions, and the interval they bound.
struct Found {
    end: usize,
    items: Vec<Item>,
    /// Token range of the interval phrase, when the two items bound one.
    interval: Option<(usize, usize)>,
}

impl Found {
    fn one(it: Item) -> Found {
        Found {
            end: it.t1,
            items: vec![it],
            interval: None,
        }
    }
}

/// Tags one text, piece by piece (see [`scan::segments`]); the last day mentioned carries
/// over from piece to piece.
pub fn tag(text: &str, published: Option<NaiveDate>, sentences: &[Sentence]) -> TimeLayer {
    let published = published.or_else(|| dateline(text, sentences));
    let mut layer = TimeLayer::default();
    let mut anchor = None;
    let mut anchor_year = None;
    let mut anchor_month = None;
    for (from, to) in scan::segments(text) {
        let toks = scan::tokenize(text, from, to);
        let sent = scan::sentence_ids(text, &toks, sentences);
        let mut t = Tagger::new(text, toks, sent, published);
        (t.anchor, t.anchor_year, t.anchor_month) = (anchor, anchor_year, anchor_month);
        t.walk();
        t.link_intervals();
        t.fill_clocks();
        anchor = t.anchor;
        anchor_year = t.anchor_year;
        anchor_month = t.anchor_month;
        let base = layer.exprs.len();
        layer.intervals.extend(t.intervals.into_iter().map(|mut i| {
            i.begin += base;
            i.end += base;
            i
        }));
        layer.exprs.extend(t.out);
    }
    layer.intervals.sort_by_key(|i| i.span);
    layer
}

/// A headline has at least this many words of four letters or more (see `Tagger::headline`).
const HEADLINE_MIN_WORDS: usize = 3;

/// How far into a text a dateline may stand: after a headline, in the first lines.
const DATELINE_BYTES: usize = 400;
const DATELINE_LINES: usize = 3;

/// The date of a dateline, for a text that comes without a publication date: a complete
/// calendar date ("May 29, 2006", "29 May 2006", "2006-05-29") among the first lines of the
/// text, before anything else of the body could refer to it. News pages and wire copy put the
/// publication date there; the first such date is taken.
pub(crate) fn dateline(text: &str, sentences: &[Sentence]) -> Option<NaiveDate> {
    let mut end = text.len().min(DATELINE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // Only the first lines (a headline, the dateline, the opening of the body).
    let mut lines = 0;
    let mut at = 0;
    for line in text[..end].split_inclusive('\n') {
        at += line.len();
        if !line.trim().is_empty() {
            lines += 1;
            if lines == DATELINE_LINES {
                end = at;
                break;
            }
        }
    }
    let head = &text[..end];
    let toks = scan::tokenize(head, 0, head.len());
    let sent = scan::sentence_ids(head, &toks, sentences);
    let mut t = Tagger::new(head, toks, sent, None);
    t.walk();
    t.out.iter().find_map(|e| {
        let v = e.value.as_str();
        if e.timex_type != TimexType::Date || v.len() != 10 || !is_day_value(v) {
            return None;
        }
        NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()
    })
}

struct Tagger<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    sent: Vec<u32>,
    dct: Option<NaiveDate>,
    /// The last calendar day mentioned.
    anchor: Option<NaiveDate>,
    /// The year of the last expression that names one.
    anchor_year: Option<i32>,
    /// The month of the last expression that names one ("in March ... the following month").
    anchor_month: Option<(i32, u32)>,
    /// Token index just after the last bare year emitted (for "from 2019 to 2021").
    last_year_end: Option<usize>,
    /// The last quarter mentioned (year, quarter) and the token index after it: "a year
    /// earlier" next to a quarter means that quarter a year before.
    last_quarter: Option<(i32, u32, usize)>,
    out: Vec<TimeExpr>,
    ranges: Vec<(usize, usize)>,
    intervals: Vec<TimeInterval>,
    in_interval: Vec<bool>,
    /// Per expression: its year was chosen by tense (see [`Item::year_chosen`]).
    year_chosen: Vec<bool>,
    clocks: Vec<usize>,
}

impl<'t> Tagger<'t> {
    /// A tagger for one piece of `text` (its tokens and their sentence ids), with nothing
    /// mentioned yet.
    fn new(text: &'t str, toks: Vec<Tok>, sent: Vec<u32>, dct: Option<NaiveDate>) -> Tagger<'t> {
        Tagger {
            text,
            toks,
            sent,
            dct,
            anchor: None,
            anchor_year: None,
            anchor_month: None,
            last_year_end: None,
            last_quarter: None,
            out: Vec::new(),
            ranges: Vec::new(),
            intervals: Vec::new(),
            in_interval: Vec::new(),
            year_chosen: Vec::new(),
            clocks: Vec::new(),
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

fn is_dash_char(c: char) -> bool {
    matches!(c, '-' | '\u{2013}' | '\u{2010}' | '\u{2011}')
}

fn is_day_value(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && b[5] != b'W'
}

/// A day with a clock time ("2024-10-17T07:10"; not a part of the day, "2024-10-17TMO").
fn is_clock_value(v: &str) -> bool {
    v.get(10..).is_some_and(|r| r.starts_with('T') && r[1..].starts_with(|c: char| c.is_ascii_digit()))
}

fn is_year_value(v: &str) -> bool {
    v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit())
}

impl<'t> Tagger<'t> {
    // --- token access -----------------------------------------------------------------------

    fn txt(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && t.end - t.start == w.len()
                && self
                    .text
                    .as_bytes()
                    .get(t.start..t.end)
                    .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
        })
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }

    fn is_p(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.first == c)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && is_dash_char(t.first))
    }

    /// "18:32 — The governor said ...": a clock time at tokens `[i, j)` is a live report's entry
    /// stamp when it opens its line and a dash follows (not a range of clock times: "08:00–12:00
    /// — power cuts").
    fn entry_stamp(&self, i: usize, j: usize) -> bool {
        self.toks[i].newline_before
            && (self.is_dash(j) || self.toks.get(j).is_some_and(|t| t.first == '\u{2014}'))
            && self.digits(j + 1).is_none()
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    fn lex(&self, i: usize) -> Option<&'static Entry> {
        self.toks.get(i).and_then(|t| t.lex)
    }

    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.first.is_uppercase())
    }

    /// True when token `i` is capitalised as a name or title would be ("Next Year", a film),
    /// not because it opens a sentence or stands in a headline written in title case.
    fn name_cap(&self, i: usize) -> bool {
        self.cap(i) && !self.starts_sentence(i) && !self.headline(i)
    }

    /// True when the sentence of token `i` is a headline in title case or capitals ("Sales
    /// Fall For Third Straight Week"): at least [`HEADLINE_MIN_WORDS`] words of four letters
    /// or more, none of them in lower case (a sentence of running text always has some), and
    /// no full stop at the end.
    fn headline(&self, i: usize) -> bool {
        let mut a = i;
        while a > 0 && self.same_sent(a - 1, i) {
            a -= 1;
        }
        let mut long = 0;
        let mut k = a;
        while k < self.toks.len() && self.same_sent(k, i) {
            let t = self.toks[k];
            if t.kind == Kind::Word && t.end - t.start >= 4 {
                if !t.first.is_uppercase() {
                    return false;
                }
                long += 1;
            }
            k += 1;
        }
        // A headline ends without a full stop ("This is Harbour Radio Today." is a sentence).
        long >= HEADLINE_MIN_WORDS && !self.is_p(k - 1, '.')
    }

    fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// True when token `i` opens its sentence, possibly after opening quotes or brackets.
    fn starts_sentence(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && self.same_sent(k - 1, i) {
            let t = self.toks[k - 1];
            if t.kind == Kind::Punct
                && matches!(
                    t.first,
                    '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '`'
                )
            {
                k -= 1;
            } else {
                return false;
            }
        }
        true
    }

    fn same_sent(&self, a: usize, b: usize) -> bool {
        match (self.sent.get(a), self.sent.get(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// A digit run of at most nine digits: its value and length.
    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Digits || t.end - t.start > 9 {
            return None;
        }
        Some((self.txt(i).parse().ok()?, t.end - t.start))
    }

    /// True when the number ending before `j` goes on ("13,000", "8.5", "8:30", "13%", "13km").
    fn number_continues(&self, j: usize) -> bool {
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        if t.space_before {
            return false;
        }
        match t.kind {
            Kind::Punct => {
                matches!(t.first, ',' | '.' | ':' | '/')
                    && self
                        .toks
                        .get(j + 1)
                        .is_some_and(|n| n.kind == Kind::Digits && !n.space_before)
                    || t.first == '%'
            }
            Kind::Word => !t.lex.is_some_and(|e| e.ordinal_suffix),
            Kind::Digits => true,
        }
    }

    // --- tense ------------------------------------------------------------------------------

    /// The tense cue of token `k` and whether it is strong (an auxiliary, a listed verb, a
    /// participle after "is") rather than a regular "-ed" form, which may be an adjective
    /// ("untouched markets"). Reporting verbs count only when `adjacent`.
    fn cue(&self, k: usize, adjacent: bool) -> Option<(Tense, bool)> {
        let t = self.toks.get(k)?;
        if t.kind != Kind::Word {
            return None;
        }
        let after_aux = k > 0 && self.lex(k - 1).is_some_and(|e| e.auxiliary);
        if let Some(e) = t.lex {
            if e.month != 0 && t.first.is_uppercase() {
                return None;
            }
            if e.reporting {
                return adjacent
                    .then_some((Tense::Past, true))
                    .filter(|_| !self.is_any(k, &["says", "say", "tells", "writes", "according"]));
            }
            if e.future_participle {
                // "is expected to", and without the auxiliary "talks set to resume Monday"
                // ("due to" alone is causal).
                let before_to = self.is(k + 1, "to") && !self.is(k, "due");
                // "was due to expire Friday", "had been expected to": a plan seen from the
                // past, which news reports mostly once it is over; no direction either way.
                let past_aux = k > 0 && self.is_any(k - 1, &["was", "were", "been"]);
                if past_aux {
                    return Some((Tense::Unknown, true));
                }
                return (after_aux || before_to).then_some((Tense::Future, true));
            }
            if e.scheduled_base {
                // "talks resume", "classes begin": after a noun, not after "to", "will", "the".
                let subject = k > 0
                    && self.word(k - 1)
                    && !self.lex(k - 1).is_some_and(|x| {
                        x.function_word || x.auxiliary || x.tense.is_some() || x.future_participle
                    })
                    && !self.is_any(k - 1, VAGUE_SPAN_AFTER);
                return subject.then_some((Tense::Future, true));
            }
            if e.future_before_to {
                // "announced plans to", "its aim to": a noun, no cue.
                let noun = self.is_any(k, &["plan", "plans", "aim", "aims", "hope", "hopes"])
                    && k > 0
                    && (self.is_any(k - 1, VAGUE_SPAN_AFTER)
                        || self
                            .lex(k - 1)
                            .is_some_and(|x| x.reporting || x.tense == Some(Tense::Past))
                        || self.txt(k - 1).ends_with("ed"));
                return (self.is(k + 1, "to") && !noun).then_some((Tense::Future, true));
            }
            // "talks are to resume Tuesday": "be to" is a future.
            if e.auxiliary && self.is(k + 1, "to") && self.is_any(k, &["is", "are", "am"]) {
                return Some((Tense::Future, true));
            }
            // "Monday's vote is expected to ...": the participle after "is" decides.
            if e.auxiliary
                && self.is_any(k, &["is", "are", "am"])
                && self.lex(k + 1).is_some_and(|x| x.future_participle)
            {
                return None;
            }
            if let Some(x) = e.tense {
                // An irregular participle after "be" ("will be held", "is being made") leaves
                // the tense to the auxiliary, like a regular one.
                let after_be = k > 0 && self.is_any(k - 1, &["be", "being"]);
                if x == Tense::Past && after_be && !e.auxiliary {
                    return None;
                }
                return Some((x, true));
            }
            if e.ed_exception {
                return None;
            }
        }
        let w = self.txt(k);
        // A participle after "be" ("will be signed") leaves the tense to the auxiliary.
        let after_be = k > 0 && self.is_any(k - 1, &["be", "being"]);
        (w.len() >= 5 && w.ends_with("ed") && t.first.is_lowercase() && !after_be)
            .then_some((Tense::Past, false))
    }

    /// Which way the clause before the deadline preposition at `d` looks: ahead after "will" or
    /// "would", or after an infinitive of what is decided, planned or announced ("voted to
    /// extend", "agreed to withdraw", a headline's "France to pull"); `None` when nothing says
    /// ("closed to traffic until") or a finite past verb comes first ("extended to Nov. 20").
    fn deadline_tense(&self, d: usize) -> Option<Tense> {
        const REACH: usize = 20;
        let mut k = d;
        while k > 0 && d - k < REACH {
            k -= 1;
            if !self.same_sent(k, d) {
                return None;
            }
            if self.is_any(k, &["will", "would", "shall"]) {
                return Some(Tense::Future);
            }
            // (An infinitive of a deciding verb, or of a name opening a headline's clause:
            // "France to pull".)
            if self.infinitive_to(k, false) && k > 0 {
                // (Past the day of the decision: "voted on Wednesday to extend".)
                let mut j = k - 1;
                while j > 0 && k - j < 5 && (self.is_any(j, DAY_WORDS_BEFORE_TO) || self.toks.get(j).is_some_and(|t| t.kind == Kind::Digits)) {
                    j -= 1;
                }
                if self.is_any(j, DECIDING_BEFORE_TO) {
                    return Some(Tense::Future);
                }
                // (Of a headline's subject: "France to pull last troops": the name opens its
                // line.)
                let opens_line = |i: usize| i == 0 || self.toks.get(i).is_some_and(|t| t.newline_before);
                if self.cap(k - 1) && (opens_line(k - 1) || k >= 2 && self.cap(k - 2) && opens_line(k - 2)) {
                    return Some(Tense::Future);
                }
            }
            // A finite past verb ends the search, saying nothing: "extended to Nov. 20" reaches
            // ahead as often as "had captured the town by the end of May" looks back (TimeBank).
            let time_word = self.is_any(k, &["last", "ago", "earlier", "previous", "past", "yesterday"]);
            if self.is_any(k, &["said", "was", "were", "had", "did"]) || !time_word && self.cue(k, false).is_some_and(|(t, strong)| t == Tense::Past && (strong || self.txt(k).ends_with("ed"))) {
                return None;
            }
        }
        None
    }

    /// Whether token `k` is an infinitive's "to": a lower-case verb after it, not "closed due to
    /// shelling", "to the border" or "to May"; with `passive`, "to be" too ("to be called up").
    fn infinitive_to(&self, k: usize, passive: bool) -> bool {
        let be = passive && self.is(k + 1, "be");
        let verb_after = be || !self.lex(k + 1).is_some_and(|e| e.function_word || e.month != 0 || e.tense.is_some());
        self.is(k, "to") && self.word(k + 1) && !self.cap(k + 1) && verb_after
    }

    /// Whether an infinitive that an order in force governs comes right before `d` ("a decree
    /// ordering 160,000 men aged 18 to 30 to be called up | between"): "to", then "be" or a
    /// verb, and a present form of the order a few words before "to" ("ordering", "requires";
    /// a past "ordered" may have run its course), with no "said", "was", "were", "had" or "did"
    /// between.
    fn ordered_ahead(&self, d: usize) -> bool {
        let mut k = d;
        while k > 0 && d - k < 8 {
            k -= 1;
            if !self.same_sent(k, d) || self.is_any(k, &["said", "was", "were", "had", "did"]) {
                return false;
            }
            if self.infinitive_to(k, true) {
                return (k.saturating_sub(10)..k).any(|j| self.same_sent(j, k) && self.is_any(j, ORDERING_BEFORE_OBJECT));
            }
        }
        false
    }

    /// The tense of the clause around tokens `t0..t1`.
    ///
    /// A verb right before the expression decides ("docked on Friday", "said Tuesday").
    /// Otherwise the nearest cue in the same sentence does, a weak cue counting at twice its
    /// distance (ties go left, to the verb that governs a following date). A deadline
    /// preposition ("until March 6", "by May", "extended to Nov. 20") leaves it open: such
    /// dates lie ahead of the story as often as behind it.
    fn tense(&self, t0: usize, t1: usize) -> Tense {
        const REACH: usize = 20;
        // "June 19: Putin visits Pyongyang": the date opening an entry of a timeline, whose
        // present is historical as often as it is a schedule's.
        // (A weekday label is a schedule's: "What's next / Monday: leaders meet".)
        let opens_line = t0 == 0 || self.toks.get(t0).is_some_and(|t| t.newline_before);
        let weekday = self.is_any(t0, &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
        // ("Nov. 1 - Ri meets Ostrov in Moscow": a dash after the date labels the entry too.)
        // (Not the hyphen of a range, "Oct. 3-5"; an em dash may stand unspaced, "Nov. 1—Ri
        // meets ...".)
        let label_mark = |t: &Tok| t.kind == Kind::Punct && (t.first == ':' || t.first == '—' || matches!(t.first, '-' | '–') && t.space_before);
        if opens_line && !weekday && self.toks.get(t1).is_some_and(label_mark) {
            return Tense::Unknown;
        }
        // (Past a modifier the expression leaves out: "until early June", "by the end of
        // January", "until the very end of".)
        let mut p = t0;
        while p > 0 && t0 - p < 5 && self.is_any(p - 1, &["early", "mid", "late", "the", "end", "beginning", "start", "middle", "of", "very"]) {
            p -= 1;
        }
        // "has until Friday to respond", "were given until the end of March": a deadline ahead.
        if p > 1
            && self.is_any(p - 1, &["until", "till"])
            && self.is_any(p - 2, &["has", "have", "given", "gives", "give"])
        {
            return Tense::Future;
        }
        if p > 0 && self.is_any(p - 1, &["until", "till", "by", "to", "through"]) {
            // A deadline in a clause that looks ahead lies ahead ("will withdraw its troops by
            // the end of January", "voted to extend martial law ... until early June", a
            // headline's "France to pull last troops by end of January"); otherwise either way.
            return self.deadline_tense(p - 1).unwrap_or(Tense::Unknown);
        }
        // "about 3,000 since January", "has risen since March": what began then is under way,
        // so its start lies behind the story whatever the verb's tense.
        // (Not "since" of a reason: "held on Tuesday, since Monday is a holiday".)
        if t0 > 0 && self.is(t0 - 1, "since") && !self.is_any(t1, &["is", "was", "are", "were", "falls", "fell", "has", "had", "will", "would"]) {
            return Tense::Past;
        }
        // "effective Feb. 1", "payable Dec. 7", "holders of record Nov. 22": dates set ahead.
        if t0 > 0 && self.is_any(t0 - 1, FORWARD_DATE_WORDS) {
            return Tense::Future;
        }
        // "a decree ordering 160,000 men to be called up between April 1 and July 15": the
        // span of what an order requires lies ahead.
        // (The interval's span may begin at its "between"; its end, "July 15", looks back past
        // "April 1 and". Only a range: not "ordered troops to withdraw from Kherson on
        // Wednesday".)
        let opener = (t0.saturating_sub(6)..=t0).rev().find(|&j| self.same_sent(j, t0) && self.is_any(j, &["between", "from"]));
        // ("from" with its "to" right after the date, or the date the end after its "to").
        let connector = |j: usize| self.is_any(j, &["to", "until", "through"]) || self.is_dash(j);
        // (A date right after "from": not "to withdraw from Kherson on Wednesday to the east
        // bank".)
        let dated_from = |o: usize| self.lex(o + 1).is_some_and(|e| e.month != 0) || self.toks.get(o + 1).is_some_and(|t| t.kind == Kind::Digits);
        let ranged = opener.is_some_and(|o| self.is(o, "between") || self.same_sent(o, t1) && dated_from(o) && (connector(t1) || t0 > o + 1 && connector(t0 - 1)));
        if ranged && opener.is_some_and(|d| self.ordered_ahead(d)) {
            return Tense::Future;
        }
        // "the hearing is Tuesday", "ministers are meeting on Friday": a present copula or
        // progressive right before a date announces it.
        let possessive =
            self.toks.get(t1).is_some_and(|t| {
                t.kind == Kind::Punct && is_apostrophe(t.first) && !t.space_before
            }) && self.is(t1 + 1, "s");
        if t0 > 1 && self.same_sent(t0 - 2, t0) && !possessive {
            let k = if self.is_any(t0 - 1, &["on", "in"]) {
                t0 - 2
            } else {
                t0 - 1
            };
            let copula = |x: usize| {
                self.lex(x).is_some_and(|e| e.auxiliary) && self.is_any(x, &["is", "are"])
            };
            let w = self.txt(k);
            let progressive = k > 0
                && w.len() > 5
                && w.ends_with("ing")
                && self.word(k)
                && !self.cap(k)
                && copula(k - 1);
            if copula(k) && !self.lex(k + 1).is_some_and(|e| e.future_participle) || progressive {
                return Tense::Future;
            }
        }
        if t0 > 0 && self.same_sent(t0 - 1, t0) {
            let k = if t0 > 1
                && self.is_any(
                    t0 - 1,
                    &[
                        "on", "in", "at", "during", "from", "since", "late", "early", "last",
                    ],
                ) {
                t0 - 2
            } else {
                t0 - 1
            };
            if let Some((t, _)) = self.cue(k, true).filter(|_| self.same_sent(k, t0)) {
                return t;
            }
        }
        // ... or one right after it ("Bush on Tuesday said", "Friday will see").
        if t1 < self.toks.len() && self.same_sent(t0, t1) {
            if let Some((t, true)) = self.cue(t1, true) {
                return t;
            }
        }
        // (effective distance, tense) of the nearest cue.
        let mut best: Option<(usize, Tense)> = None;
        let mut note = |d: usize, c: (Tense, bool)| {
            let d = if c.1 { d } else { 2 * d };
            if !matches!(best, Some((bd, _)) if bd <= d) {
                best = Some((d, c.0));
            }
        };
        let mut cue_before = false;
        let mut k = t0;
        while k > 0 && t0 - k < REACH {
            k -= 1;
            if !self.same_sent(k, t0) {
                break;
            }
            // "have called for another rally on Saturday", "the plan calls for talks in June":
            // what is called for lies ahead of the call (not "Over the weekend, he continued to
            // call for ...", a date before it).
            // (Only a happening called for, "another rally", "new elections": not "called for
            // more air defence systems on Tuesday", said then.)
            let called_for = self.is_any(k, &["called", "calls", "call", "calling"])
                && self.is(k + 1, "for")
                && (k + 2..t0).any(|j| {
                    self.is_any(j, &["rally", "rallies", "protest", "protests", "strike", "talks", "elections", "election", "vote", "referendum", "meeting", "summit", "march", "demonstration", "demonstrations", "ceasefire", "truce"])
                });
            if let Some(c) = if called_for { Some((Tense::Future, true)) } else { self.cue(k, false) } {
                cue_before = true;
                note(t0 - k, c);
                if c.1 {
                    break;
                }
            }
        }
        let mut k = t1;
        while k < self.toks.len() && k - t1 < REACH && self.same_sent(k, t0) {
            // "held talks here Wednesday and agreed to meet again": a verb found before the
            // expression governs it; one after a coordinating conjunction heads another clause.
            if cue_before && self.is_any(k, &["and", "but"]) {
                break;
            }
            if let Some(c) = self.cue(k, false) {
                note(k + 1 - t1, c);
                if c.1 {
                    break;
                }
            }
            k += 1;
        }
        best.map_or(Tense::Unknown, |b| b.1)
    }

    // --- the walk ---------------------------------------------------------------------------

    fn walk(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            match self.match_at(i) {
                Some(f) if f.end > i && f.items.iter().all(|it| it.t1 > it.t0) => {
                    i = f.end;
                    self.emit(f);
                }
                _ => i += 1,
            }
        }
    }

    fn emit(&mut self, f: Found) {
        let base = self.out.len();
        for it in f.items {
            let span = Span::new(self.toks[it.t0].start, self.toks[it.t1 - 1].end);
            if let Some(d) = it.day {
                self.anchor = Some(d);
            }
            if let Some(y) = it.value.get(..4).and_then(|y| y.parse::<i32>().ok()) {
                if (it.ty == TimexType::Date || it.ty == TimexType::Time) && !it.shifted {
                    self.anchor_year = Some(y);
                    let b = it.value.as_bytes();
                    if b.len() >= 7
                        && b[4] == b'-'
                        && b[5].is_ascii_digit()
                        && b[6].is_ascii_digit()
                    {
                        let m = u32::from(b[5] - b'0') * 10 + u32::from(b[6] - b'0');
                        if (1..=12).contains(&m) {
                            self.anchor_month = Some((y, m));
                        }
                    }
                }
                let q = it
                    .value
                    .strip_prefix(&it.value[..4])
                    .and_then(|r| r.strip_prefix("-Q"));
                let q = q
                    .and_then(|q| q.parse::<u32>().ok())
                    .filter(|q| (1..=4).contains(q));
                if let Some(q) = q.filter(|_| !it.shifted) {
                    self.last_quarter = Some((y, q, it.t1));
                }
            }
            if is_year_value(&it.value) {
                self.last_year_end = Some(it.t1);
            }
            if it.clock {
                self.clocks.push(self.out.len());
            }
            self.ranges.push((it.t0, it.t1));
            self.in_interval.push(false);
            self.year_chosen.push(it.year_chosen);
            self.out.push(TimeExpr {
                span,
                timex_type: it.ty,
                value: it.value,
                timex_mod: it.md,
            });
        }
        if let Some((a, b)) = f.interval {
            if self.out.len() >= base + 2 && b > a {
                let span = Span::new(self.toks[a].start, self.toks[b - 1].end);
                self.intervals.push(TimeInterval {
                    span,
                    begin: base,
                    end: base + 1,
                });
                self.in_interval[base] = true;
                self.in_interval[base + 1] = true;
            }
        }
    }

    fn match_at(&self, i: usize) -> Option<Found> {
        let t = self.toks[i];
        match t.kind {
            Kind::Word => {
                let e = t.lex.filter(|e| e.starter)?;
                if e.modifier_start {
                    if let Some(f) = self.modified(i) {
                        return Some(f);
                    }
                }
                self.word_rules(i, e, false)
            }
            Kind::Digits => self.digit_rules(i, false),
            Kind::Punct if is_apostrophe(t.first) => self.decade(i, i),
            Kind::Punct => None,
        }
    }

    /// Rules that may follow a modifier ("early", "the end of"): dates and clock times.
    fn date_core(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        match t.kind {
            Kind::Word => self.word_rules(i, t.lex?, true),
            Kind::Digits => self.digit_rules(i, true),
            Kind::Punct if is_apostrophe(t.first) => self.decade(i, i),
            Kind::Punct => None,
        }
    }

    fn word_rules(&self, i: usize, e: &'static Entry, ctx: bool) -> Option<Found> {
        if self.is(i, "the") {
            if let Some(f) = self.the(i) {
                return Some(f);
            }
        }
        if self.is(i, "that") {
            return self.that(i);
        }
        if self.is_any(i, &["earlier", "later"]) {
            // "earlier that day", "earlier this month", "later yesterday", "earlier Sunday" keep
            // the adverb (TimeBank does); the value is that of the day or period.
            if self.is(i + 1, "that") {
                let mut f = self.that(i + 1)?;
                f.items.first_mut()?.t0 = i;
                return Some(f);
            }
            // "earlier in the year", "later in the week": the same, through "in".
            if self.is(i + 1, "in") && self.is(i + 2, "the") && self.same_sent(i, i + 2) {
                let unit = self.lex(i + 3).and_then(|x| x.unit);
                use crate::lexicon::Unit;
                if matches!(
                    unit,
                    Some((Unit::Day | Unit::Week | Unit::Month | Unit::Year, false))
                ) {
                    let mut f = self.the(i + 2)?;
                    if f.items.len() == 1
                        && f.items[0].t0 == i + 2
                        && f.items[0].ty == TimexType::Date
                    {
                        f.items[0].t0 = i;
                        return Some(f);
                    }
                }
            }
            let next = self.lex(i + 1)?;
            let day_or_shift =
                next.weekday != 0 || next.relative_day.is_some() || self.is(i + 1, "this");
            if day_or_shift && self.same_sent(i, i + 1) {
                let mut f = self.match_at(i + 1)?;
                if f.items.len() == 1
                    && f.items[0].t0 == i + 1
                    && f.items[0].ty != TimexType::Duration
                {
                    f.items[0].t0 = i;
                    return Some(f);
                }
            }
            return None;
        }
        if e.shift.is_some() {
            if let Some(f) = self.shifted(i) {
                return Some(f);
            }
        }
        if let Some(f) = self
            .reference_phrase(i)
            .or_else(|| self.holiday(i))
            .or_else(|| self.weekday_plural(i))
        {
            return Some(f);
        }
        if e.month != 0 {
            if let Some(f) = self.month_first(i, ctx) {
                return Some(f);
            }
        }
        if e.weekday != 0 {
            return self.weekday(i, None);
        }
        // "launched 58 drones overnight", "Overnight, shelling hit ...": the night before the
        // report, dated as TimeBank dates it (the report's day, night); not the adjective of
        // "overnight trading", "an overnight stay", and not "Monday overnight" or "overnight
        // into Tuesday", whose day the day rules give.
        if self.is(i, "overnight") {
            let function_word = |j: usize| {
                self.is_any(j, &["in", "on", "at", "near", "across", "over", "and", "as", "while", "when", "after", "with", "from", "against", "the", "a", "an", "but", "around", "along", "by", "during", "for", "before", "that", "amid"])
            };
            let next_word = self.toks.get(i + 1).filter(|t| t.kind == Kind::Word && self.same_sent(i, i + 1));
            // (A verb after it is none: "continued overnight killing two".)
            // (Not "Overnight trading was thin", opening its sentence.)
            let after_a_verb = i > 0 && self.same_sent(i - 1, i) && self.word(i - 1) && !self.cap(i - 1);
            let verb_after = after_a_verb && next_word.is_some() && (self.txt(i + 1).ends_with("ing") || self.txt(i + 1).ends_with("ed"));
            let before_noun = next_word.is_some() && !function_word(i + 1) && !self.cap(i + 1) && !verb_after;
            let into_a_day = self.is_any(i + 1, &["into", "to", "on", "from"]) || next_word.is_some() && self.lex(i + 1).is_some_and(|x| x.weekday != 0 || x.relative_day.is_some());
            let day_before = i > 0 && self.same_sent(i - 1, i) && self.lex(i - 1).is_some_and(|x| x.weekday != 0 || x.relative_day.is_some() || x.month != 0);
            let adjective = i > 0 && self.is_any(i - 1, &["a", "an", "the", "of"]);
            if before_noun || into_a_day || day_before || adjective {
                return None;
            }
            return self.relative_day(i, 0, Some("NI"));
        }
        if let Some((delta, pod)) = e.relative_day {
            // "VOA Today", "USA Today": part of a name.
            let in_name = self.name_cap(i) && self.cap(i - 1) && self.word(i - 1);
            // "the people of tomorrow": the future in general, no day.
            let generic = i > 0 && self.is(i - 1, "of") && self.is(i, "tomorrow");
            if in_name || generic {
                return None;
            }
            return self.relative_day(i, delta, pod);
        }
        if let Some(v) = e.reference {
            // "now" is not "now-defunct"; a capital is fine only at a sentence start.
            let glued_dash = self.is_dash(i + 1) && self.glued(i + 1);
            // (After a period the fallback splitter may have kept the sentence going: "Co.
            // Recently, ...".)
            let sentence_start = i == 0 || !self.same_sent(i - 1, i) || self.is_p(i - 1, '.');
            if glued_dash || self.cap(i) && !sentence_start && !self.headline(i) {
                return None;
            }
            // "as recently as March": a comparison; the date after it is the expression.
            if i > 0 && self.is(i - 1, "as") && self.is(i + 1, "as") {
                return None;
            }
            // "more recently", "most recently": the comparative belongs to the expression.
            let t0 = if i > 0
                && self.same_sent(i - 1, i)
                && self.is_any(i - 1, &["more", "most"])
                && self.is(i, "recently")
            {
                i - 1
            } else {
                i
            };
            return Some(Found::one(item(t0, i + 1, TimexType::Date, v.to_string())));
        }
        if let Some(v) = e.set_adverb {
            let sentence_start = i == 0 || !self.same_sent(i - 1, i);
            if self.cap(i) && !sentence_start && !self.headline(i) {
                return None;
            }
            // "a daily newspaper", "quarterly results": an adjective, not a frequency.
            if self.word(i + 1) && !self.lex(i + 1).is_some_and(|x| x.function_word) {
                return None;
            }
            return Some(Found::one(item(i, i + 1, TimexType::Set, v.to_string())));
        }
        if let Some(f) = self.sets(i) {
            return Some(f);
        }
        if let Some(f) = self
            .year_before_adjective(i)
            .or_else(|| self.year_end(i, i))
        {
            return Some(f);
        }
        if let Some((unit, true)) = e.unit {
            if let Some(f) = self.bare_plural(i, unit) {
                return Some(f);
            }
        }
        // "a year-long dispute", "its month-long strike": as long as one unit.
        if let Some((unit, false)) = e.unit {
            if self.is_dash(i + 1)
                && self.glued(i + 1)
                && self.glued(i + 2)
                && self.is(i + 2, "long")
            {
                return Some(Found::one(item(
                    i,
                    i + 3,
                    TimexType::Duration,
                    cal::duration(Some(1.0), unit),
                )));
            }
        }
        // "recent weeks", "recent months": an open stretch up to now (TimeBank writes most of
        // them as durations of unknown length, `PXW`, `PXM`); "recent years" and "recent
        // decades" reach too far back to be measured from now and name the past (`PAST_REF`,
        // as TimeBank writes most of them).
        if self.is(i, "recent") {
            if let Some((unit, true)) = self.lex(i + 1).and_then(|x| x.unit) {
                if matches!(
                    unit,
                    crate::lexicon::Unit::Year | crate::lexicon::Unit::Decade
                ) {
                    return Some(Found::one(item(
                        i,
                        i + 2,
                        TimexType::Date,
                        "PAST_REF".into(),
                    )));
                }
                return Some(Found::one(item(
                    i,
                    i + 2,
                    TimexType::Duration,
                    cal::duration(None, unit),
                )));
            }
        }
        if self.is(i, "at") && self.is(i + 1, "present") {
            return Some(Found::one(item(
                i + 1,
                i + 2,
                TimexType::Date,
                "PRESENT_REF".into(),
            )));
        }
        if self.is(i, "these") && self.is(i + 1, "days") {
            return Some(Found::one(item(
                i,
                i + 2,
                TimexType::Date,
                "PRESENT_REF".into(),
            )));
        }
        if e.season.is_some() {
            if let Some(f) = self.season(i, i, ctx) {
                return Some(f);
            }
        }
        // "at dawn", "by nightfall": that part of the day in view; "before dawn Sunday": of
        // the day named right after it.
        if e.part_of_day.is_some()
            && self.is_any(i, crate::lexicon::BARE_PARTS_OF_DAY)
            && i > 0
            && self.same_sent(i - 1, i)
            && self.is_any(
                i - 1,
                &[
                    "at", "before", "after", "by", "until", "till", "since", "from", "around",
                ],
            )
        {
            let pod = self.part_of_day(i)?;
            let next_day = self.weekday(i + 1, None).or_else(|| {
                let (delta, None) = self.lex(i + 1)?.relative_day? else {
                    return None;
                };
                self.relative_day(i + 1, delta, None)
            });
            // ("before dawn on Tuesday", "at dawn on Oct. 3": the part of the day of the day
            // named after "on", which is tagged on its own, so the expression ends here.)
            let on_day = || {
                (self.is(i + 1, "on") && self.same_sent(i, i + 2)).then(|| self.weekday(i + 2, None).or_else(|| self.month_first(i + 2, true))).flatten()
            };
            let day = next_day.map(|f| (f, true)).or_else(|| on_day().map(|f| (f, false))).filter(|(f, _)| f.items.len() == 1 && is_day_value(&f.items[0].value));
            if let Some((f, joined)) = day {
                let d = &f.items[0];
                let t1 = if joined { d.t1 } else { i + 1 };
                let mut it = item(i, t1, TimexType::Time, format!("{}T{pod}", &d.value[..10]));
                it.day = d.day;
                return Some(Found::one(it));
            }
            return Some(Found::one(self.anchored(i, i + 1, 0, Some(pod))));
        }
        if self.is_any(i, &["noon", "midday", "midnight"]) {
            let v = if self.is(i, "midnight") {
                "T24:00"
            } else {
                "T12:00"
            };
            // "noon EST", "midnight GMT".
            let (v, end) = if self.lex(i + 1).is_some_and(|e| e.time_zone) && self.cap(i + 1) {
                (format!("{v}{}", self.utc_suffix(i + 1)), i + 2)
            } else {
                (v.to_string(), i + 1)
            };
            if let Some(f) = self.clock_day(i, end, &v) {
                return Some(f);
            }
            let mut it = item(i, end, TimexType::Time, v);
            it.clock = true;
            return Some(Found::one(it));
        }
        if let Some(f) = self
            .quarter(i, i)
            .or_else(|| self.century(i, i))
            .or_else(|| self.ordinal_day(i, i))
        {
            return Some(f);
        }
        // "the mid-eighties": a decade by name after a modifier ("the nineties" is a "the" rule).
        if ctx && e.decade_word != 0 {
            let d = e.decade_word;
            return Some(Found::one(item(
                i,
                i + 1,
                TimexType::Date,
                format!("19{d}"),
            )));
        }
        if self.is_any(i, &["once", "twice", "thrice"]) {
            return self.freq(i);
        }
        // "will one day be": some time ahead, in a future clause.
        if self.is(i, "one")
            && self.is(i + 1, "day")
            && !(i > 0
                && self.same_sent(i - 1, i)
                && self.lex(i - 1).is_some_and(|x| x.function_word))
            && self.tense(i, i + 2) == crate::lexicon::Tense::Future
        {
            return Some(Found::one(item(
                i,
                i + 2,
                TimexType::Date,
                "FUTURE_REF".into(),
            )));
        }
        // "for some time": a stretch of unknown length ("some time next year" is no duration).
        if self.is(i, "some")
            && self.is(i + 1, "time")
            && i > 0
            && self.same_sent(i - 1, i)
            && self.is(i - 1, "for")
        {
            return Some(Found::one(item(
                i,
                i + 2,
                TimexType::Duration,
                "PXX".into(),
            )));
        }
        // "for a while", "a while ago": a stretch of unknown length and unit.
        if self.is(i, "a") && self.is(i + 1, "while") {
            if self.is(i + 2, "ago") {
                return Some(Found::one(item(
                    i,
                    i + 3,
                    TimexType::Date,
                    "PAST_REF".into(),
                )));
            }
            let prep = i > 0
                && self.same_sent(i - 1, i)
                && self.is_any(i - 1, &["for", "after", "within", "in", "over"]);
            if prep {
                return Some(Found::one(item(
                    i,
                    i + 2,
                    TimexType::Duration,
                    "PXX".into(),
                )));
            }
        }
        if e.number.is_some() || e.vague || self.is_any(i, &["a", "an", "half", "single"]) {
            if let Some((y, end)) = self.spoken_year(i) {
                return Some(Found::one(item(i, end, TimexType::Date, format!("{y:04}"))));
            }
            return self.freq(i).or_else(|| self.duration(i));
        }
        None
    }

    fn digit_rules(&self, i: usize, ctx: bool) -> Option<Found> {
        self.numeric_date(i)
            .or_else(|| self.clock(i))
            .or_else(|| self.day_first(i, i))
            .or_else(|| self.decade(i, i))
            .or_else(|| self.quarter(i, i))
            .or_else(|| self.century(i, i))
            .or_else(|| self.year(i, ctx))
            .or_else(|| self.freq(i))
            .or_else(|| self.duration(i))
    }

    // --- modifiers --------------------------------------------------------------------------

    /// The end of a phrase starting at `i`, whose first word token `i` is known to be: callers
    /// find phrases through the masks of the first word's entry, so only the rest is compared.
    fn phrase(&self, i: usize, words: &[&str]) -> Option<usize> {
        let mut j = i + 1;
        for w in words.iter().skip(1) {
            if !self.is(j, w) {
                return None;
            }
            j += 1;
        }
        if words.last() == Some(&"mid") && self.is_dash(j) && self.glued(j) {
            j += 1;
        }
        Some(j)
    }

    fn modified(&self, i: usize) -> Option<Found> {
        let mask = self.lex(i).map_or(0, |e| e.modifier_mask);
        for (k, &(words, md)) in MODIFIER_PHRASES.iter().enumerate() {
            if mask & (1 << k) == 0 {
                continue;
            }
            let Some(j) = self.phrase(i, words) else {
                continue;
            };
            // "about", "nearly" and "almost" are prepositions or adverbs before a date more
            // often than modifiers ("worries about Friday's vote"): durations and clocks only.
            let loose = self.is_any(i, &["about", "nearly", "almost"]);
            let core = match md {
                TimexMod::Start | TimexMod::Mid | TimexMod::End => self.date_core(j),
                TimexMod::Approx if !loose => self.date_core(j).or_else(|| self.duration(j)),
                // "at least the past 18 months".
                _ => self.duration(j).or_else(|| self.clock(j)).or_else(|| {
                    self.is(j, "the")
                        .then(|| self.the(j))
                        .flatten()
                        .filter(|f| f.items.len() == 1 && f.items[0].ty == TimexType::Duration)
                }),
            };
            if let Some(mut f) = core {
                if f.items.len() == 1 {
                    if let Some(first) = f.items.first_mut() {
                        first.t0 = i;
                        first.md = Some(md);
                    }
                }
                return Some(f);
            }
            // "late afternoon", "mid-afternoon yesterday", "early Tuesday morning" (the last
            // is a weekday rule): a part of the day mentioned, or of the day after it.
            if matches!(md, TimexMod::Start | TimexMod::Mid | TimexMod::End)
                && !self.is(j, "overnight")
            {
                if let Some(pod) = self.part_of_day(j) {
                    let mut it = match self.lex(j + 1).and_then(|x| x.relative_day) {
                        Some((delta, None)) if self.same_sent(j, j + 1) => {
                            let mut it = self.relative_day(j + 1, delta, Some(pod))?.items.pop()?;
                            it.t1 = j + 2;
                            it
                        }
                        _ => self.anchored(i, j + 1, 0, Some(pod)),
                    };
                    it.t0 = i;
                    it.md = Some(md);
                    return Some(Found::one(it));
                }
            }
            // "the end of the year": the unit holding the publication date.
            if matches!(md, TimexMod::Start | TimexMod::Mid | TimexMod::End) && self.is(j, "the") {
                if let Some((unit, false)) = self.lex(j + 1).and_then(|x| x.unit) {
                    let mut it = self.unit_of_dct(i, j + 2, unit, 0)?;
                    it.md = Some(md);
                    return Some(Found::one(it));
                }
            }
        }
        None
    }
    /// A plural unit with no count: "for years", "within hours", "years ago", "after months
    /// of talks", "the highest level in decades."
    fn bare_plural(&self, i: usize, unit: crate::lexicon::Unit) -> Option<Found> {
        if self.name_cap(i) {
            return None;
        }
        let prev_is = |ws: &[&str]| i > 0 && self.same_sent(i - 1, i) && self.is_any(i - 1, ws);
        if self.is(i + 1, "ago") {
            return Some(Found::one(item(
                i,
                i + 2,
                TimexType::Date,
                "PAST_REF".into(),
            )));
        }
        let vague = || {
            Found::one(item(
                i,
                i + 1,
                TimexType::Duration,
                cal::duration(None, unit),
            ))
        };
        if prev_is(&["for", "within", "over"]) {
            return Some(vague());
        }
        // "a decades-long dispute", "weeks-long talks": as long as some units.
        if self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) && self.is(i + 2, "long") {
            let mut f = vague();
            f.items[0].t1 = i + 3;
            f.end = i + 3;
            return Some(f);
        }
        // "in years." at the end of a clause ("the first time in decades").
        let clause_end = self.toks.get(i + 1).is_none_or(|t| {
            t.kind == Kind::Punct && matches!(t.first, '.' | ',' | ';' | '!' | '?' | ')')
        }) || !self.same_sent(i, i + 1);
        if prev_is(&["in"]) && clause_end {
            return Some(vague());
        }
        // "months of talks", "after years of war": not after a determiner or a count.
        let counted = i > 0
            && self.same_sent(i - 1, i)
            && (self.toks[i - 1].kind == Kind::Digits
                || self.lex(i - 1).is_some_and(|x| {
                    x.number.is_some() || x.vague || x.ordinal != 0 || x.shift.is_some()
                })
                || self.is_any(i - 1, VAGUE_SPAN_AFTER));
        // ("living quarters of" is a place, not a time.)
        let of_ok = !matches!(unit, crate::lexicon::Unit::Quarter);
        if self.is(i + 1, "of") && of_ok && !counted && self.word(i + 2) {
            return Some(vague());
        }
        None
    }

    /// "soon", "the foreseeable future", "as soon as possible", "right now".
    fn reference_phrase(&self, i: usize) -> Option<Found> {
        let mask = self.lex(i).map_or(0, |e| e.reference_mask);
        if mask == 0 {
            return None;
        }
        for (k, &(words, value)) in REFERENCE_PHRASES.iter().enumerate() {
            if mask & (1 << k) == 0 {
                continue;
            }
            let Some(j) = self.phrase(i, words) else {
                continue;
            };
            if words == ["soon"] {
                // "soon after the attack", "as soon as", "soon-to-be": no reference.
                let prev_as = i > 0 && self.is_any(i - 1, &["as", "how", "too", "so"]);
                let glued_dash = self.is_dash(j) && self.glued(j);
                if prev_as || glued_dash || self.is_any(j, &["after", "before", "as", "thereafter"])
                {
                    return None;
                }
            }
            return Some(Found::one(item(i, j, TimexType::Date, value.into())));
        }
        None
    }

    // --- passes after the walk --------------------------------------------------------------

    /// "Oct. 8 to Oct. 13", "between Monday and Friday", "from 2019 to 2021": intervals from two
    /// adjacent expressions joined by one range word.
    fn link_intervals(&mut self) {
        for k in 0..self.out.len().saturating_sub(1) {
            if self.in_interval[k] || self.in_interval[k + 1] {
                continue;
            }
            let ((a0, a1), (b0, b1)) = (self.ranges[k], self.ranges[k + 1]);
            let dated = |t: TimexType| matches!(t, TimexType::Date | TimexType::Time);
            if !dated(self.out[k].timex_type) || !dated(self.out[k + 1].timex_type) || b0 != a1 + 1
            {
                continue;
            }
            if !self.range_word(a1, a0) || !self.same_sent(a0, b0) {
                continue;
            }
            self.order_years(k);
            let (s, e) = self.interval_range(a0, b1);
            let span = Span::new(self.toks[s].start, self.toks[e - 1].end);
            self.intervals.push(TimeInterval {
                span,
                begin: k,
                end: k + 1,
            });
            self.in_interval[k] = true;
            self.in_interval[k + 1] = true;
        }
    }

    /// "from January to November", "between Dec. 28 and Jan. 3": when neither bound writes its
    /// year, the second keeps the year tense gave it and the first is its latest occurrence
    /// not after the second, so that the interval runs forward and spans less than a year.
    fn order_years(&mut self, k: usize) {
        if !(self.year_chosen[k] && self.year_chosen[k + 1]) {
            return;
        }
        let (a, b) = (&self.out[k].value, &self.out[k + 1].value);
        let same_shape = a.len() == b.len()
            && (a.len() == 7 || is_day_value(a) && a.len() == 10)
            && a.as_bytes()[4] == b'-'
            && b.as_bytes()[4] == b'-';
        let (Some(ya), Some(yb)) = (
            a.get(..4).and_then(|y| y.parse::<i32>().ok()),
            b.get(..4).and_then(|y| y.parse::<i32>().ok()),
        ) else {
            return;
        };
        if !same_shape {
            return;
        }
        let y = if a[4..] <= b[4..] { yb } else { yb - 1 };
        if y != ya {
            let v = format!("{y:04}{}", &a[4..]);
            // (February 29 may not exist in the other year.)
            if v.len() == 7 || NaiveDate::parse_from_str(&v, "%Y-%m-%d").is_ok() {
                self.out[k].value = v;
            }
        }
    }

    /// Clock times take the day of the nearest dated expression in their sentence; told in the
    /// past with none there, the day of the last date of the two sentences before; else the
    /// publication date (a midnight past on that date ends the day before).
    fn fill_clocks(&mut self) {
        for ci in std::mem::take(&mut self.clocks) {
            let (c0, c1) = self.ranges[ci];
            // A live report's entry stamp ("18:32 — ... Tuesday's strike") is the time of
            // writing, whatever day the entry speaks of.
            let stamp = self.entry_stamp(c0, c1);
            let mut best: Option<(usize, usize)> = None;
            for (k, e) in self.out.iter().enumerate() {
                if stamp || k == ci || !is_day_value(&e.value) || !self.same_sent(self.ranges[k].0, c0) {
                    continue;
                }
                let dist = self.ranges[k].0.abs_diff(c0);
                if !matches!(best, Some((bd, _)) if bd <= dist) {
                    best = Some((dist, k));
                }
            }
            let (_, c1) = self.ranges[ci];
            // "North Korea fired a missile on Thursday morning ... ¶ The missile was launched at
            // about 7:10 a.m.": with no day in its own sentence, a clock time told in the past
            // takes the day of the last date of the two sentences before (not a clock time
            // already dated, nor a date in the background: "the first since a test on Oct. 31").
            if best.is_none() && !stamp && self.tense(c0, c1) == crate::lexicon::Tense::Past {
                let here = self.sent.get(c0).copied().unwrap_or(0);
                // (Back over a preposition and a short noun phrase: "since a test on Oct. 31".)
                let background = |at: usize| (at.saturating_sub(5)..at).any(|j| self.is_any(j, &["since", "before", "until"])) || at > 0 && self.is_any(at - 1, &["last"]);
                best = self
                    .out
                    .iter()
                    .enumerate()
                    .filter(|&(k, e)| {
                        let at = self.ranges[k].0;
                        let back = self.sent.get(at).map_or(u32::MAX, |&s| here.saturating_sub(s));
                        k != ci && at < c0 && is_day_value(&e.value) && !is_clock_value(&e.value) && !background(at) && (1..=2).contains(&back)
                    })
                    .max_by_key(|&(k, _)| self.ranges[k].0)
                    .map(|(k, _)| (0, k));
            }
            // "struck shortly after midnight", told in the past on the publication day: the
            // midnight that began it, which is the end of the day before.
            let past_midnight = self.out[ci].value.starts_with("T24:00") && self.tense(c0, c1) == crate::lexicon::Tense::Past;
            let date = match (best, self.dct) {
                (Some((_, k)), _) => self.out[k].value[..10].to_string(),
                (None, Some(d)) if past_midnight => cal::day(cal::add_days(d, -1).unwrap_or(d)),
                (None, dct) => dct.map_or_else(|| "XXXX-XX-XX".to_string(), cal::day),
            };
            let v = &mut self.out[ci].value;
            *v = format!("{date}{v}");
        }
    }
}
