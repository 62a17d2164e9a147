//! The rules that find counts and measures and what they count.
//!
//! One left-to-right walk over the scanner's tokens. At each token the tagger tries to read a
//! quantity phrase: cue words ("an estimated", "up to", "between"), a currency sign, a number
//! in digits or words with its multiplier ("1.2bn", "three hundred"), an optional second number
//! that makes a range, and suffixes ("or so", "-odd", "%"). Then it looks for the counted noun:
//! to the right over a few modifier words ("1,500 North Korean special forces"), and, when
//! nothing but the end of the clause or a function word follows the number, to the left in the
//! clause ("personnel being 240"). Last come the filters that keep the layer quiet: numbers in
//! time expressions, ordinals, identifiers ("KN-23"), labels ("Resolution 2231"), a bare
//! "one", and four-digit numbers that look like years.

use std::borrow::Cow;

use sitrep_doc::{Quantity, Span, TimeLayer, TimexMod};

use crate::lexicon::{self, Entry, ATTRIBUTE_WORDS, CURRENCY_CODES, DOLLAR_PREFIXES, PREFIX_CUES, UNIT_PHRASES};
use crate::scan::{self, Kind, Tok};

/// Tags the quantities of `text` piece by piece (see [`scan::segments`]), skipping every number
/// inside a time expression of `times`.
pub fn tag(text: &str, times: &TimeLayer) -> Vec<Quantity> {
    let mut spans: Vec<Span> = times.exprs.iter().map(|e| e.span).collect();
    // Numbers that give a position, not a count: the place resolver reads them as coordinates.
    spans.extend(crate::coordinates::find_coordinates(text).iter().map(|c| c.span));
    // (So too a lone value in degrees: "a depot at 47.0951° N", "heated to 40°C".)
    spans.extend(text.match_indices(['°', 'º']).filter_map(|(at, _)| {
        let before = text[..at].trim_end_matches(' ');
        let start = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').len();
        (start < before.len()).then(|| Span::new(start, before.len()))
    }));
    spans.sort();
    let mut out = Vec::new();
    for (from, to) in scan::segments(text) {
        let toks = scan::tokenize(text, from, to);
        let in_time = mark_time(&toks, &spans);
        let tagger = Tagger {
            text,
            toks,
            in_time,
        };
        out.extend(tagger.walk());
    }
    out
}

/// For each token, whether it overlaps a time expression.
fn mark_time(toks: &[Tok], spans: &[Span]) -> Vec<bool> {
    let mut out = Vec::with_capacity(toks.len());
    let first = toks.first().map_or(0, |t| t.start);
    let mut p = spans.partition_point(|s| s.end() <= first);
    for t in toks {
        let tok = Span::new(t.start, t.end);
        while p < spans.len() && spans[p].end() <= t.start {
            p += 1;
        }
        let hit = spans[p..]
            .iter()
            .take_while(|s| s.start() < t.end)
            .any(|s| s.overlaps(tok));
        out.push(hit);
    }
    out
}

/// A number read from the text.
#[derive(Clone, Copy, Debug)]
struct Num {
    t1: usize,
    value: f64,
    /// The multiplier it carried ("million"), 1 when none.
    factor: f64,
    /// Written as the single word "one".
    bare_one: bool,
    /// Digits without separators or multiplier, four of them: maybe a year.
    yearlike: bool,
}

/// The quantity found before, for elliptical counts ("259 people on board and 11 on the
/// ground").
struct Last {
    end: usize,
    unit: Option<Unit>,
}

/// The counted noun or unit found for a quantity.
#[derive(Clone)]
struct Unit {
    name: Cow<'static, str>,
    t0: usize,
    t1: usize,
}

enum Step {
    /// A quantity, the token after its number phrase, and its counted noun.
    Found(Quantity, usize, Option<Unit>),
    Skip(usize),
    Nothing,
}

struct Tagger<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    in_time: Vec<bool>,
}

const FRACTIONS: &[&str] = &[
    "half", "halves", "thirds", "third", "quarters", "fifths", "tenths",
];
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "these", "those", "our", "whom", "which",
];

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
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct && matches!(t.first, '-' | '\u{2013}' | '\u{2010}' | '\u{2011}')
        })
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    fn lex(&self, i: usize) -> Option<&'static Entry> {
        self.toks.get(i).and_then(|t| t.lex)
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn phrase(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// Clause punctuation: where searches for cues and nouns stop.
    fn clause_break(&self, i: usize, comma_too: bool) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct
                && (matches!(
                    t.first,
                    '.' | ';' | ':' | '?' | '!' | '(' | ')' | '[' | ']' | '\u{2014}'
                ) || comma_too && t.first == ',')
        })
    }

    // --- the walk ---------------------------------------------------------------------------

    fn walk(&self) -> Vec<Quantity> {
        let mut out = Vec::new();
        let mut last: Option<Last> = None;
        let mut i = 0;
        while i < self.toks.len() {
            match self.quantity_at(i, last.as_ref()) {
                Step::Found(q, next, unit) => {
                    last = Some(Last { end: next, unit });
                    out.push(q);
                    i = next.max(i + 1);
                }
                Step::Skip(next) => i = next.max(i + 1),
                Step::Nothing => i += 1,
            }
        }
        out
    }

    /// A cue phrase at `i`: where it ends, whether it makes the number approximate, its bound.
    fn prefix_cue(&self, i: usize) -> Option<(usize, bool, Option<TimexMod>)> {
        if !self.lex(i).is_some_and(|e| e.cue_start) {
            return None;
        }
        for &(words, approx, bound) in PREFIX_CUES {
            if self.phrase(i, words) {
                let mut end = i + words.len();
                if self.is(end - 1, "approx") && self.is_p(end, '.') && self.glued(end) {
                    end += 1;
                }
                return Some((end, approx, bound));
            }
        }
        None
    }

    /// A currency before the number: "$", "US$", "€", "USD".
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.toks.get(i)?;
        match t.kind {
            Kind::Punct => Some((lexicon::currency_sign(t.first)?, i + 1)),
            Kind::Word => {
                let w = self.txt(i);
                if self.is_p(i + 1, '$') && self.glued(i + 1) {
                    let code = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == w)?.1;
                    return Some((code, i + 2));
                }
                let code = CURRENCY_CODES.iter().find(|c| **c == w)?;
                (self.kind(i + 1) == Some(Kind::Digits)).then_some((code, i + 1))
            }
            Kind::Digits => None,
        }
    }

    /// Digits at `i`: "1,500", "12.5", "3 million", "1.2bn", "$3m" (`money` lets a glued "m"
    /// mean million).
    fn digits_number(&self, i: usize, money: bool) -> Option<Num> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Digits || t.end - t.start > 15 {
            return None;
        }
        let mut value: f64 = self.txt(i).parse().ok()?;
        let mut j = i + 1;
        let mut plain = true;
        while self.is_p(j, ',') && self.glued(j) && self.glued(j + 1) {
            match self.toks.get(j + 1) {
                Some(g) if g.kind == Kind::Digits && g.end - g.start == 3 => {
                    value = value * 1000.0 + self.txt(j + 1).parse::<f64>().ok()?;
                    j += 2;
                    plain = false;
                }
                _ => break,
            }
        }
        if self.is_p(j, '.')
            && self.glued(j)
            && self.glued(j + 1)
            && self.kind(j + 1) == Some(Kind::Digits)
        {
            let frac = self.txt(j + 1);
            let f: f64 = frac.parse().ok()?;
            value += f / 10f64.powi(i32::try_from(frac.len()).ok()?);
            j += 2;
            plain = false;
        }
        let mut factor = 1.0;
        if self.glued(j) {
            let glued = self.lex(j).and_then(|e| e.glued_multiplier);
            let million = money && self.is(j, "m");
            if let Some(m) = glued.or(million.then_some(1e6)) {
                factor = m;
                j += 1;
            }
        } else if let Some(m) = self.lex(j).and_then(|e| e.multiplier) {
            factor = m;
            j += 1;
        }
        let yearlike =
            plain && factor == 1.0 && t.end - t.start == 4 && (1800.0..=2100.0).contains(&value);
        Some(Num {
            t1: j,
            value: value * factor,
            factor,
            bare_one: false,
            yearlike,
        })
    }

    /// Number words at `i`: "four", "twenty-five", "three hundred", "a dozen", "half a million".
    fn words_number(&self, i: usize) -> Option<Num> {
        let mut total = 0.0f64;
        let mut current = 0.0f64;
        let mut any = false;
        let mut factor = 1.0;
        let mut j = i;
        if self.is_any(i, &["a", "an"]) {
            self.lex(i + 1).and_then(|e| e.multiplier)?;
            current = 1.0;
            j = i + 1;
        } else if self.is(i, "half")
            && self.is(i + 1, "a")
            && self.lex(i + 2).is_some_and(|e| e.multiplier.is_some())
        {
            current = 0.5;
            j = i + 2;
        }
        while let Some(e) = self.lex(j) {
            if let Some(n) = e.number {
                let n = f64::from(n);
                let fits = current == 0.0
                    || current % 100.0 == 0.0
                    || current >= 20.0 && current % 10.0 == 0.0 && n < 10.0;
                if !fits || self.toks[j].kind != Kind::Word {
                    break;
                }
                current += n;
                any = true;
                j += 1;
                if n >= 20.0 && self.is_dash(j) && self.glued(j) && self.glued(j + 1) {
                    if let Some(u) = self
                        .lex(j + 1)
                        .and_then(|x| x.number)
                        .filter(|u| (1..=9).contains(u))
                    {
                        current += f64::from(u);
                        j += 2;
                    }
                }
            } else if let Some(m) = e.multiplier {
                if current == 0.0 {
                    break;
                }
                if m < 1000.0 {
                    current *= m;
                } else {
                    total += current * m;
                    current = 0.0;
                }
                factor = m;
                any = true;
                j += 1;
            } else if self.is(j, "and")
                && any
                && (current >= 100.0 || total > 0.0)
                && self.lex(j + 1).is_some_and(|x| x.number.is_some())
            {
                j += 1;
            } else {
                break;
            }
        }
        if !any {
            return None;
        }
        let bare_one = j == i + 1 && self.is(i, "one");
        Some(Num {
            t1: j,
            value: total + current,
            factor,
            bare_one,
            yearlike: false,
        })
    }

    /// "dozens of", "hundreds of", "tens of thousands of": (value, end of the plural words,
    /// index after "of").
    fn vague_plural(&self, i: usize) -> Option<(f64, usize, usize)> {
        // "several hundred", "a few thousand (of)": the smallest count the words allow.
        let few_at = if self.is(i, "a") && self.is(i + 1, "few") { i + 1 } else { i };
        if let Some(times) = self.lex(few_at).and_then(|e| e.vague_multiple) {
            let mut m = self.lex(few_at + 1).and_then(|e| e.multiplier).filter(|&m| m >= 12.0)?;
            let mut end = few_at + 2;
            // ("a few hundred thousand", "several hundred million".)
            while let Some(more) = self.lex(end).and_then(|e| e.multiplier).filter(|&x| x > m) {
                m *= more;
                end += 1;
            }
            let after_of = if self.is(end, "of") { end + 1 } else { end };
            return Some((times * m, end, after_of));
        }
        let mut base = self.lex(i)?.vague_plural?;
        if self.toks[i].first.is_uppercase()
            && i > 0
            && !self.toks[i].newline_before
            && !self.clause_break(i - 1, false)
        {
            return None; // a name: "the Hundreds"
        }
        let mut j = i + 1;
        // "tens of thousands of", "hundreds of thousands of".
        if self.is(j, "of") {
            if let Some(b2) = self
                .lex(j + 1)
                .and_then(|e| e.vague_plural)
                .filter(|b| *b >= 1000.0)
            {
                if self.is(j + 2, "of") {
                    base *= b2;
                    j += 2;
                }
            }
        }
        if !self.is(j, "of") {
            return None;
        }
        Some((2.0 * base, j, j + 1))
    }

    /// True when the digits at `i` continue a number that began earlier ("500" in "1,500").
    fn continues_number(&self, i: usize) -> bool {
        if i == 0 || !self.glued(i) {
            return false;
        }
        let prev = self.toks[i - 1];
        prev.kind == Kind::Digits
            || prev.kind == Kind::Punct
                && matches!(prev.first, ',' | '.')
                && i >= 2
                && self.glued(i - 1)
                && self.toks[i - 2].kind == Kind::Digits
    }

    /// True when the digits at `i` are part of a name: "KN-23", "A4", "3/4", "10:30".
    fn identifier(&self, i: usize, end: usize) -> bool {
        if i > 0 && self.glued(i) {
            let prev = self.toks[i - 1];
            match prev.kind {
                Kind::Word => return true,
                Kind::Punct if matches!(prev.first, '/' | ':' | '#') => return true,
                Kind::Punct
                    if self.is_dash(i - 1)
                        && i >= 2
                        && self.glued(i - 1)
                        && self.kind(i - 2) == Some(Kind::Word) =>
                {
                    return true;
                }
                _ => {}
            }
        }
        if self.glued(end) {
            let next = self.toks.get(end);
            match next.map(|t| t.kind) {
                Some(Kind::Word) => {
                    let e = self.lex(end);
                    let allowed =
                        e.is_some_and(|e| e.unit.is_some() || e.approx_suffix || e.plus_suffix);
                    if !allowed {
                        return true; // "5G", "9K720", "3rd" (ordinals are refused here too)
                    }
                }
                Some(Kind::Punct) if self.is_p(end, '/') || self.is_p(end, ':') => {
                    return self.glued(end + 1) && self.kind(end + 1) == Some(Kind::Digits);
                }
                _ => {}
            }
        }
        false
    }

    /// The label word before a number ("Article 5", "No. 3").
    fn designated(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let k = if self.is_p(i - 1, '.') && i >= 2 {
            i - 2
        } else {
            i - 1
        };
        self.lex(k).is_some_and(|e| e.designator) || self.numbered_stage(k, i) || self.closes_a_name(i)
    }

    /// "blocked the Unaizah May 4 at dawn": a number after "the", a capitalised word and a month
    /// that is also a word, where no date was read, is the end of a name (a boat's), no count.
    fn closes_a_name(&self, i: usize) -> bool {
        let capitalised = |k: usize| self.kind(k) == Some(Kind::Word) && self.toks[k].first.is_uppercase() && !self.toks[k].newline_before;
        let month_word = i >= 1 && matches!(self.txt(i - 1), "May" | "March") && !self.in_time.get(i).copied().unwrap_or(false);
        i >= 3 && self.is(i - 3, "the") && capitalised(i - 2) && month_word
    }

    /// "Day 2", "Round 3", "on day 1,000 of the war": a stage of something counted by its
    /// number, capitalised as a label, or in lower case after a preposition when "of", a
    /// punctuation mark or the line's end follows the number ("the day 300 troops crossed",
    /// "within a week 40 of the hostages" still count).
    fn numbered_stage(&self, k: usize, num_at: usize) -> bool {
        if !self.is_any(k, lexicon::NUMBERED_STAGES) {
            return false;
        }
        let label = self.txt(k).starts_with(|c: char| c.is_ascii_uppercase());
        let mut end = num_at + 1;
        while self.continues_number(end) {
            end += 1;
        }
        let after = self.toks.get(end);
        // ("day 1,000 of the war", not "round 3 of the candidates": a plural after is counted.)
        let of_stage = self.is(end, "of") && !(self.is(end + 1, "the") && self.txt(end + 2).ends_with('s'));
        let closes = after.is_none_or(|t| t.newline_before || t.kind == Kind::Punct) || of_stage;
        let after_preposition = k > 0 && self.is_any(k - 1, &["on", "in", "of", "by", "since", "until", "from", "after", "before"]);
        label || after_preposition && closes
    }

    fn any_in_time(&self, a: usize, b: usize) -> bool {
        self.in_time
            .get(a..b.min(self.in_time.len()))
            .is_some_and(|s| s.iter().any(|&x| x))
    }

    /// True when a quantity may start at token `i` (a cheap test before the full parse).
    fn may_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Kind::Digits => true,
            Kind::Punct => lexicon::currency_sign(t.first).is_some(),
            Kind::Word => {
                t.lex.is_some_and(|e| {
                    e.cue_start || e.number.is_some() || e.vague_plural.is_some() || e.vague_multiple.is_some() || e.vocabulary
                }) || t.first.is_ascii_uppercase() && t.end - t.start <= 3
            }
        }
    }

    fn quantity_at(&self, i: usize, last: Option<&Last>) -> Step {
        if !self.may_start(i) {
            return Step::Nothing;
        }
        let mut j = i;
        let mut approx = false;
        let mut bound = None;
        for _ in 0..3 {
            match self.prefix_cue(j) {
                Some((k, a, b)) => {
                    approx |= a;
                    bound = b.or(bound);
                    j = k;
                }
                None => break,
            }
        }
        let range_word = if self.is(j, "between") {
            Some("and")
        } else if self.is(j, "from") {
            Some("to")
        } else {
            None
        };
        let range_start = j;
        if range_word.is_some() {
            j += 1;
        }
        let currency = self.currency_prefix(j);
        let num_at = currency.map_or(j, |(_, k)| k);
        let t = match self.toks.get(num_at) {
            Some(t) => *t,
            None => return Step::Nothing,
        };

        // The number itself.
        let mut vague = None;
        let num = match t.kind {
            Kind::Digits => {
                if self.continues_number(num_at) {
                    return Step::Skip(num_at + 1);
                }
                let Some(n) = self.digits_number(num_at, currency.is_some()) else {
                    return Step::Nothing;
                };
                if self.identifier(num_at, n.t1) || self.any_in_time(num_at, n.t1) {
                    return Step::Skip(n.t1);
                }
                if j == i && currency.is_none() && self.designated(num_at) {
                    return Step::Skip(n.t1);
                }
                n
            }
            Kind::Word => {
                if let Some((value, end, after_of)) = self.vague_plural(num_at) {
                    vague = Some(after_of);
                    Num {
                        t1: end,
                        value,
                        factor: 1.0,
                        bare_one: false,
                        yearlike: false,
                    }
                } else {
                    // "the Ten Most Wanted", "the Big Three": a capitalised number word
                    // inside a sentence is part of a name (not one opening a list's line after
                    // its bullet, "- Two: soldiers captured").
                    let bullet = num_at > 0 && self.toks[num_at - 1].newline_before && matches!(self.toks[num_at - 1].first, '-' | '•' | '*' | '–' | '—');
                    let capital = t.first.is_uppercase()
                        && num_at > 0
                        && !t.newline_before
                        && !bullet
                        && !self.clause_break(num_at - 1, false)
                        && !matches!(
                            self.toks[num_at - 1].first,
                            '"' | '\u{201c}' | '\'' | '\u{2018}' | '`'
                        );
                    match self.words_number(num_at) {
                        Some(n) if capital && i == num_at => return Step::Skip(n.t1),
                        Some(n) => n,
                        None => return Step::Nothing,
                    }
                }
            }
            Kind::Punct => return Step::Nothing,
        };
        if self.any_in_time(num_at, num.t1) {
            return Step::Skip(num.t1);
        }
        let mut value = num.value;
        let mut end = num.t1;
        let mut upper = None;
        if vague.is_some() {
            approx = true;
            bound = Some(TimexMod::MoreThan);
        }

        // A range: "10,000 to 12,000", "10,000-12,000", "between 5 and 7", "3 to 4 million".
        if vague.is_none() {
            let c = end;
            let joined = match range_word {
                Some(w) => self.is(c, w) || self.is_dash(c),
                None => self.is_dash(c) || self.is_any(c, &["to", "or"]),
            };
            if joined {
                let k = if self.currency_prefix(c + 1).is_some() {
                    c + 2
                } else {
                    c + 1
                };
                let second = match self.kind(k) {
                    Some(Kind::Digits) if !self.identifier(k, k + 1) => {
                        self.digits_number(k, currency.is_some())
                    }
                    Some(Kind::Word) => self
                        .words_number(k)
                        .filter(|n| !n.bare_one || self.is(c, "or")),
                    _ => None,
                };
                if let Some(n2) = second.filter(|n2| !self.any_in_time(k, n2.t1)) {
                    let first = if num.factor == 1.0 && n2.factor > 1.0 {
                        value * n2.factor
                    } else {
                        value
                    };
                    if n2.value > first {
                        value = first;
                        upper = Some(n2.value);
                        end = n2.t1;
                    }
                }
            }
        }
        let start = if range_word.is_some() && upper.is_none() {
            range_start + 1
        } else {
            i
        };

        // Suffixes: "or so", "or more", "-odd", "-plus".
        if self.is(end, "or") && self.is(end + 1, "so") {
            approx = true;
            end += 2;
        } else if self.is(end, "or") && self.is_any(end + 1, &["more", "above"]) {
            bound = Some(TimexMod::MoreThan);
            end += 2;
        } else if self.is_dash(end) && self.glued(end) && self.glued(end + 1) {
            if self.lex(end + 1).is_some_and(|e| e.approx_suffix) {
                approx = true;
                end += 2;
            } else if self.lex(end + 1).is_some_and(|e| e.plus_suffix) {
                bound = Some(TimexMod::MoreThan);
                end += 2;
            }
        }
        if self.is_dash(end) && self.glued(end) && self.is_any(end + 1, FRACTIONS) {
            return Step::Skip(end); // "two-thirds"
        }
        // "a five-storey building", "a 12-lane highway", "a 152-mm shell": the number describes
        // one thing, it counts nothing.
        if self.is_dash(end) && self.glued(end) && self.glued(end + 1) && self.is_any(end + 1, ATTRIBUTE_WORDS) {
            return Step::Skip(end);
        }
        // "some as young as 19 or 20", "aged 45": an age, in years.
        // (Not "as young as 6 months", which names its unit, nor "as old as 1950", a year.)
        let age_before = (num_at >= 2 && self.is(num_at - 1, "as") && self.is_any(num_at - 2, &["young", "old"])
            || num_at >= 1 && self.is(num_at - 1, "aged"))
            && !num.yearlike
            && !self.is_any(end, &["months", "month", "weeks", "week", "days", "day", "years"]);
        // "a 6-year-old", "his 62-year-old brother": an age.
        let age = self.is_dash(end)
            && self.glued(end)
            && self.is_any(end + 1, &["year", "month", "week", "day"])
            && self.is_dash(end + 2)
            && self.glued(end + 2)
            && self.is(end + 3, "old");

        // What is counted.
        let mut open_right = false;
        let unit = if age_before {
            // (The unit's words are those before the number: "young", "aged".)
            let t0 = if self.is(num_at - 1, "aged") { num_at - 1 } else { num_at - 2 };
            Some(Unit { name: Cow::Borrowed("years"), t0, t1: t0 + 1 })
        } else if age {
            let name = match self.txt(end + 1).to_ascii_lowercase().as_str() {
                "month" => "months",
                "week" => "weeks",
                "day" => "days",
                _ => "years",
            };
            Some(Unit {
                name: Cow::Borrowed(name),
                t0: end + 1,
                t1: end + 4,
            })
        } else if let Some((code, _)) = currency {
            let sign_at = num_at - 1;
            let t0 = if sign_at > 0
                && self.is_p(sign_at, '$')
                && self.kind(sign_at - 1) == Some(Kind::Word)
                && self.glued(sign_at)
            {
                sign_at - 1
            } else {
                sign_at
            };
            Some(Unit {
                name: Cow::Borrowed(code),
                t0,
                t1: num_at,
            })
        } else if self.is_p(end, '%') {
            Some(Unit {
                name: Cow::Borrowed("percent"),
                t0: end,
                t1: end + 1,
            })
        } else if self.glued(end) && self.kind(end) == Some(Kind::Word) {
            self.lex(end).and_then(|e| e.unit).map(|u| Unit {
                name: Cow::Borrowed(u),
                t0: end,
                t1: end + 1,
            })
        } else {
            let (u, open) = self.right_unit(vague.unwrap_or(end));
            open_right = open;
            u
        };
        let unit = match unit {
            Some(u) => Some(u),
            None if open_right => self
                .elided_unit(start, last)
                .or_else(|| self.left_unit(start)),
            None => None,
        };

        // Filters that keep the layer quiet. "One" needs a listed noun: "no one gives up".
        let listed = unit
            .as_ref()
            .is_some_and(|u| matches!(u.name, Cow::Borrowed(_)));
        if num.bare_one
            && (!listed || self.is(end, "of") || num_at > 0 && self.is(num_at - 1, "no"))
        {
            return Step::Skip(end);
        }
        if num.yearlike && unit.is_none() && upper.is_none() && !approx && bound.is_none() {
            return Step::Skip(end);
        }
        if !approx {
            approx = self.clause_approx(start);
        }
        if bound == Some(TimexMod::LessThan) && upper.is_none() {
            upper = Some(value);
        }
        let span = Span::new(self.toks[start].start, self.toks[end - 1].end);
        let (name, unit_span) = match &unit {
            Some(u) => (
                Some(u.name.to_string()),
                Some(Span::new(self.toks[u.t0].start, self.toks[u.t1 - 1].end)),
            ),
            None => (None, None),
        };
        Step::Found(
            Quantity {
                span,
                value,
                upper,
                unit: name,
                unit_span,
                approx,
                bound,
            },
            end,
            unit,
        )
    }

    /// The counted noun of the quantity just before, when this number repeats it by ellipsis:
    /// the earlier quantity ends in the same clause, a few words back, or further back in the
    /// sentence when words of comparison introduce this one ("8,000 troops ..., up from an
    /// estimate of 3,000"; "3,000 soldiers ..., and that a further 10,000").
    fn elided_unit(&self, start: usize, last: Option<&Last>) -> Option<Unit> {
        let last = last?;
        let unit = last.unit.clone()?;
        // "up from", "down from", "a further", "another", "an estimate of": the same count
        // again, not "the number of checkpoints rose from 12".
        let compared = (start.saturating_sub(3)..start).any(|k| {
            self.is_any(k, &["further", "another", "additional", "estimate"])
                || self.is(k, "from") && k > 0 && self.is_any(k - 1, &["up", "down"])
        });
        let reach = if compared { 25 } else { 10 };
        if last.end > start || start - last.end > reach {
            return None;
        }
        let between_break = (last.end..start)
            .any(|k| self.clause_break(k, false) || k > last.end && self.toks[k].newline_before);
        (!between_break).then_some(unit)
    }

    /// Whether the figure ending before token `k` opens its line (past a list's bullet): only
    /// digits, separators, range words and approximations stand between the line's start and
    /// `k`.
    fn labels_its_line(&self, k: usize) -> bool {
        let Some(start) = (k.saturating_sub(8)..k).rev().find(|&i| self.toks.get(i).is_some_and(|t| t.newline_before)) else {
            return false;
        };
        (start..k).all(|i| {
            self.toks.get(i).is_some_and(|t| t.kind != Kind::Word || t.lex.is_some_and(|e| e.number.is_some()))
                || self.is_any(i, &["to", "about", "around", "some", "nearly", "almost", "over", "more", "than", "up", "at", "least"])
        })
    }

    /// A counted noun to the right of a number, over up to four modifier words; and whether the
    /// number stood open (the clause ended or a function word followed at once), which allows a
    /// look to the left.
    fn right_unit(&self, k: usize) -> (Option<Unit>, bool) {
        let mut j = k;
        let mut skipped = 0;
        let mut of_used = false;
        let mut after_of = None;
        loop {
            let Some(t) = self.toks.get(j) else {
                return (None, skipped == 0);
            };
            // "41 of 58 drones", "two of the three missiles": the part counts what the whole
            // does (past the whole's number, with its thousands).
            if after_of == Some(j) && (t.kind == Kind::Digits || t.lex.is_some_and(|e| e.number.is_some())) {
                j += 1;
                while (self.is_p(j, ',') || self.is_p(j, '.')) && self.continues_number(j) && self.toks.get(j + 1).is_some_and(|n| n.kind == Kind::Digits) && self.glued(j + 1) {
                    j += 2;
                }
                continue;
            }
            // "an estimate of 3,000 last week": a time right after the number ends it, and so
            // does an adverb of time or distribution ("killed three and wounded 29 overnight").
            // ("with about 240 more in Khabarovsk": "more" and no noun after it.)
            // (Not "3 overnight strikes": an adjective before its noun.)
            let alone = self.toks.get(j + 1).is_none_or(|t| t.kind != Kind::Word || self.is_any(j + 1, &["in", "at", "on", "near", "from", "to", "were", "was", "are", "had", "have", "and", "or"]));
            let time_adverb = alone && self.is_any(j, &["more", "overnight", "respectively", "apiece"]);
            if skipped == 0 && (self.in_time.get(j).copied().unwrap_or(false) || time_adverb) {
                return (None, true);
            }
            if t.kind == Kind::Digits && skipped > 0 && self.identifier(j, j + 1) {
                j += 1; // "two Su-27 jets": the digits of a designation are part of the modifier
                continue;
            }
            // ("- 11,000 to 12,000: North Korean troops sent to Russia": a figure labelling a
            // list's line counts what its line names after the colon.)
            if skipped == 0 && j == k && self.is_p(j, ':') && self.labels_its_line(k) {
                j += 1;
                continue;
            }
            if t.kind != Kind::Word {
                // "North Korean-made": a hyphen inside a compound modifier.
                if skipped > 0 && self.is_dash(j) && self.glued(j) && self.glued(j + 1) {
                    j += 1;
                    continue;
                }
                if skipped == 0 && self.is_dash(j) && self.glued(j) && self.glued(j + 1) {
                    // "a 1,500-strong force".
                    j += 1;
                    skipped += 1;
                    continue;
                }
                return (None, skipped == 0 && t.kind == Kind::Punct);
            }
            if t.newline_before && j > k {
                return (None, skipped == 0);
            }
            let e = t.lex;
            if e.is_some_and(|e| e.unit_phrase_start) {
                for &(words, name) in UNIT_PHRASES {
                    if self.phrase(j, words) {
                        return (
                            Some(Unit {
                                name: Cow::Borrowed(name),
                                t0: j,
                                t1: j + words.len(),
                            }),
                            false,
                        );
                    }
                }
            }
            // "three Iskander-M missiles": a letter after a hyphen in a designation is no unit
            // (no metres here).
            // (Only a letter or two in capitals: "200 ex-soldiers" still counts soldiers.)
            let short_capitals = self.txt(j).len() <= 2 && self.txt(j).chars().all(|c| c.is_ascii_uppercase());
            let designation = skipped > 0 && j > 0 && self.is_dash(j - 1) && self.glued(j) && short_capitals;
            if let Some(mut u) = e.and_then(|e| e.unit).filter(|_| !designation) {
                // "60 rocket launchers", "tank shells": a counted noun before another modifies
                // it; the last one of the compound is what is counted.
                let mut t1 = j + 1;
                while let Some(next) = self.toks.get(t1).filter(|n| n.kind == Kind::Word && !n.newline_before) {
                    let Some(head) = next.lex.and_then(|e| e.unit) else { break };
                    u = head;
                    t1 += 1;
                }
                return (
                    Some(Unit {
                        name: Cow::Borrowed(u),
                        t0: j,
                        t1,
                    }),
                    false,
                );
            }
            // ("About 94 hostages remain, at least 34 of whom are dead": the relative pronoun
            // stands for the noun counted before; nothing after it is.)
            if self.is(j, "of") && self.is_any(j + 1, &["whom", "which"]) {
                return (None, skipped == 0);
            }
            if self.is(j, "of") && !of_used {
                of_used = true;
                j += 1;
                if self.is_any(j, DETERMINERS) {
                    j += 1;
                }
                after_of = Some(j);
                continue;
            }
            // "2,000 more troops", "100 additional howitzers" (not "100 more than ...").
            if skipped == 0 && self.is_any(j, &["more", "additional", "extra", "further", "fewer"]) && !self.is(j + 1, "than") {
                skipped += 1;
                j += 1;
                continue;
            }
            if e.is_some_and(|e| e.stop) {
                return (None, skipped == 0 && !of_used);
            }
            // ("4,000 North Koreans", "300 Sri Lankans": a people named in two capitalised words
            // is counted by both.)
            // (Only a people's name opened by a word of its own, not "12 Los Angeles
            // firefighters", "20 United Nations staff".)
            let people_opener = j >= skipped && self.is_any(j - skipped, &["north", "south", "east", "west", "sri", "saudi", "new", "central"]);
            let capitalised_name = (1..=2).contains(&skipped) && people_opener && t.first.is_uppercase() && (j - skipped..j).all(|i| self.toks.get(i).is_some_and(|t| t.kind == Kind::Word && t.first.is_uppercase()));
            if capitalised_name {
                if let Some(u) = self.generic_plural(j, true) {
                    let t0 = j - skipped;
                    let name = (t0..=j).map(|i| self.txt(i).to_ascii_lowercase()).collect::<Vec<_>>().join(" ");
                    return (Some(Unit { name: Cow::Owned(name), t0, t1: u.t1 }), false);
                }
            }
            if let Some(u) = self.generic_plural(j, skipped == 0) {
                return (Some(u), false);
            }
            if skipped >= 4 {
                return (None, false);
            }
            skipped += 1;
            j += 1;
        }
    }

    /// An unknown plural noun after the number ("12 villages", "three Atlanta attacks",
    /// "12 Americans" when `first`): its lower-cased form.
    fn generic_plural(&self, j: usize, first: bool) -> Option<Unit> {
        let t = self.toks.get(j)?;
        let w = self.txt(j);
        let plural = (t.first.is_lowercase()
            || first && t.first.is_uppercase() && !self.is(j + 1, "s"))
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && w.is_ascii();
        plural.then(|| Unit {
            name: Cow::Owned(w.to_ascii_lowercase()),
            t0: j,
            t1: j + 1,
        })
    }

    /// The nearest counted noun to the left in the clause ("number of personnel being 240").
    fn left_unit(&self, start: usize) -> Option<Unit> {
        // "The number of people killed in the strike has risen to 14": what "the number of"
        // names is counted, not a noun nearer the figure ("missile strike").
        let mut k = start;
        while k > 0 && start - k < 20 && !self.clause_break(k - 1, false) && !self.toks[k].newline_before {
            k -= 1;
            if self.is_p(k, ',') {
                break;
            }
            // (Not the quantifier "a number of drones", and only a number that a verb of tallies
            // sets: "has risen to 14", "stood at 8,000"; not "A number of drones struck the city
            // killing 3".)
            let tallied = (k + 2..start).any(|j| self.is_any(j, &["rose", "risen", "rises", "stood", "stands", "reached", "climbed", "increased", "jumped", "grew", "is", "was", "totalled", "totaled"]));
            if tallied && self.is_any(k, &["number", "count", "tally"]) && self.is(k + 1, "of") && !(k > 0 && self.is(k - 1, "a")) {
                // The head of the run after "of": its last counted noun ("drone strikes").
                let run_end = (k + 2..start.min(k + 6)).find(|&j| self.kind(j) != Some(Kind::Word) || self.is_any(j, &["in", "on", "at", "from", "killed", "wounded", "who", "that", "of"])).unwrap_or(start.min(k + 6));
                if let Some(u) = (k + 2..run_end).rev().find_map(|j| self.lex(j).and_then(|e| e.unit).map(|u| (j, u))) {
                    return Some(Unit { name: Cow::Borrowed(u.1), t0: u.0, t1: u.0 + 1 });
                }
            }
        }
        let mut j = start;
        let mut steps = 0;
        while j > 0 && steps < 12 {
            j -= 1;
            // ("drone strike kills at least 27": what a verb of harm counts is its object, not
            // the noun that did it.)
            let only_cues_between = (j + 1..start).all(|i| self.is_any(i, &["at", "least", "more", "than", "about", "nearly", "almost", "some", "over", "around", "up", "to", "roughly"]));
            if self.clause_break(j, false) || self.is_any(j, lexicon::HARM_VERBS) && only_cues_between {
                return None;
            }
            let t = self.toks[j];
            // ("The death toll from a missile strike rose to 11": a toll counts the dead, not
            // what killed them; a noun after "toll" names the cause.)
            // (Not "the death toll among civilians rose to 11", which counts civilians.)
            let toll_before = (j.saturating_sub(8)..j).any(|k| {
                self.is_any(k, &["toll", "tolls"]) && self.is_any(k + 1, &["from", "in", "after", "of"]) && !self.is(k + 2, "civilians") && !(k..j).any(|x| self.clause_break(x, false))
            });
            if self.is_any(j, &["toll", "tolls"]) || toll_before {
                return None;
            }
            if t.kind == Kind::Word {
                for &(words, name) in UNIT_PHRASES {
                    let n = words.len();
                    if j + 1 >= n && self.phrase(j + 1 - n, words) {
                        return Some(Unit {
                            name: Cow::Borrowed(name),
                            t0: j + 1 - n,
                            t1: j + 1,
                        });
                    }
                }
                if let Some(u) = t
                    .lex
                    .and_then(|e| e.unit)
                    .filter(|_| !self.is_any(j, &["percent", "pct"]))
                {
                    return Some(Unit {
                        name: Cow::Borrowed(u),
                        t0: j,
                        t1: j + 1,
                    });
                }
            }
            if t.newline_before {
                return None;
            }
            steps += 1;
        }
        None
    }

    /// An estimate cue earlier in the clause with no other number in between.
    fn clause_approx(&self, start: usize) -> bool {
        let mut j = start;
        let mut steps = 0;
        while j > 0 && steps < 15 {
            j -= 1;
            if self.clause_break(j, true) {
                return false;
            }
            let t = self.toks[j];
            if t.kind == Kind::Digits || t.lex.is_some_and(|e| e.number.is_some()) {
                return false;
            }
            if t.lex.is_some_and(|e| e.clause_approx) {
                return true;
            }
            if t.newline_before {
                return false;
            }
            steps += 1;
        }
        false
    }
}
