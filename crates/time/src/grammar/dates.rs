//! Rules for calendar dates and clock times: "Oct. 8", "8 October 2024", "2024-10-18",
//! "Oct. 8-13", years in year-like contexts, decades, quarters, centuries, seasons, "3 p.m.".
//!
//! Each rule reads tokens and returns a [`Found`] without side effects; `grammar/mod.rs` walks
//! the text and records what the rules find.

use chrono::{Datelike, NaiveDate};
use sitrep_doc::TimexType;

use super::{is_apostrophe, is_day_value, item, Found, Item, Tagger};
use crate::calendar as cal;
use crate::lexicon::{
    Tense, HOLIDAYS, MOVABLE_HOLIDAYS, MOVABLE_NEW_YEAR, NOT_YEAR_BEFORE, PERIOD_NOUNS,
    RANGE_CONNECTORS, SPOKEN_CENTURIES, UTC_ZONES,
};
use crate::scan::Kind;

impl Tagger<'_> {
    // --- calendar dates ---------------------------------------------------------------------

    pub(super) fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.toks.get(i)?;
        let e = t.lex?;
        if e.month == 0 || !t.first.is_uppercase() {
            return None;
        }
        let mut j = i + 1;
        let mut weak = e.month_ambiguous;
        if e.month_abbrev {
            if self.is_p(j, '.') && self.glued(j) {
                j += 1;
            } else {
                weak = true;
            }
        }
        Some((u32::from(e.month), j, weak))
    }

    pub(super) fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let (v, nd) = self.digits(i)?;
        if nd > 2 || v == 0 || v > 31 {
            return None;
        }
        let j = i + 1;
        if self.glued(j) && self.lex(j).is_some_and(|e| e.ordinal_suffix) && self.word(j) {
            return Some((v, j + 1));
        }
        if self.number_continues(j) {
            return None;
        }
        Some((v, j))
    }

    /// A four-digit year at `i` that is not the start of a longer number or a count.
    pub(super) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if self.toks.get(i)?.kind == Kind::Word {
            return self.spoken_year(i);
        }
        let (v, nd) = self.digits(i)?;
        if nd != 4 || !(1000..=2999).contains(&v) {
            return None;
        }
        let j = i + 1;
        if self.number_continues(j) || self.lex(j).is_some_and(|e| e.count_noun) {
            return None;
        }
        Some((v as i32, j))
    }

    /// A year said aloud, as broadcast transcripts write it: "nineteen ninety-six", "nineteen
    /// oh five", "twenty ten"; "two thousand (and) three" only after "the year" or a year word
    /// ("in two thousand"), since "two thousand troops" is a count.
    pub(super) fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let num = |k: usize| self.lex(k).and_then(|e| e.number).filter(|_| self.word(k));
        // A number word, or tens-dash-unit ("ninety-six"), at k: (value, end).
        let two_digit = |k: usize| -> Option<(u32, usize)> {
            let t = num(k)?;
            if !(10..=99).contains(&t) {
                return None;
            }
            if t % 10 == 0
                && t >= 20
                && self.is_dash(k + 1)
                && self.glued(k + 1)
                && self.glued(k + 2)
            {
                if let Some(u) = num(k + 2).filter(|u| (1..=9).contains(u)) {
                    return Some((t + u, k + 3));
                }
            }
            Some((t, k + 1))
        };
        let counted = |k: usize| {
            self.lex(k)
                .is_some_and(|e| e.count_noun || e.number.is_some())
        };
        let century = SPOKEN_CENTURIES
            .iter()
            .find(|(w, _)| self.is(i, w))
            .map(|&(_, c)| c);
        if let Some(c) = century {
            let (rest, end) = if self.is(i + 1, "oh") {
                let u = num(i + 2).filter(|u| (1..=9).contains(u))?;
                (u, i + 3)
            } else {
                two_digit(i + 1)?
            };
            let compound = self.is_dash(end) && self.glued(end);
            if compound || counted(end) || self.is_any(end, &["hundred", "thousand"]) {
                return None;
            }
            return Some((c * 100 + rest as i32, end));
        }
        let year_word =
            i > 0 && (self.is(i - 1, "year") || self.lex(i - 1).is_some_and(|e| e.year_context));
        if year_word && self.is(i, "two") && self.is(i + 1, "thousand") {
            let mut end = i + 2;
            let mut y = 2000;
            let k = if self.is(end, "and") { end + 1 } else { end };
            if let Some((r, e)) =
                two_digit(k).or_else(|| num(k).filter(|u| (1..=9).contains(u)).map(|u| (u, k + 1)))
            {
                y += r as i32;
                end = e;
            }
            if counted(end) || self.is(end, "hundred") {
                return None;
            }
            return Some((y, end));
        }
        None
    }

    /// An optional year after a day or month: ", 2024", " 2024", " next year".
    pub(super) fn year_after(&self, k: usize) -> (Option<i32>, usize) {
        if self.is_p(k, ',') {
            if let Some((y, j)) = self.year_at(k + 1) {
                return (Some(y), j);
            }
        }
        if let (Some(s), Some(dct)) = (self.lex(k).and_then(|e| e.shift), self.dct) {
            if self.is(k + 1, "year") && !self.is(k, "past") {
                return (Some(dct.year() + i32::from(s.signum())), k + 2);
            }
        }
        match self.year_at(k) {
            Some((y, j)) => (Some(y), j),
            None => (None, k),
        }
    }

    /// A day of a month, with the year given or chosen by tense.
    pub(super) fn month_day(
        &self,
        t0: usize,
        t1: usize,
        year: Option<i32>,
        m: u32,
        d: u32,
    ) -> Option<Item> {
        let y = match (year, self.dct) {
            (Some(y), _) => Some(y),
            (None, Some(dct)) => {
                let tense = self.tense(t0, t1);
                let y = cal::pick_year(dct, tense, |y| {
                    NaiveDate::from_ymd_opt(y, m, d).map(|x| (x, x))
                });
                Some(y?)
            }
            (None, None) => None,
        };
        match y {
            Some(y) => {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                let mut it = item(t0, t1, TimexType::Date, cal::day(date));
                it.day = Some(date);
                it.year_chosen = year.is_none();
                Some(it)
            }
            None if cal::plausible_day(m, d) => {
                Some(item(t0, t1, TimexType::Date, format!("XXXX-{m:02}-{d:02}")))
            }
            None => None,
        }
    }

    /// The token range of an interval phrase, widened to a "between" or "from" before it.
    pub(super) fn interval_range(&self, t0: usize, end: usize) -> (usize, usize) {
        if t0 > 0 && self.is_any(t0 - 1, &["between", "from"]) {
            (t0 - 1, end)
        } else {
            (t0, end)
        }
    }

    /// A range word at `c`: a dash, "to", "through", ..., or "and" after "between".
    pub(super) fn range_word(&self, c: usize, t0: usize) -> bool {
        if self.is_dash(c) {
            return true;
        }
        if self.is(c, "and") {
            return t0 > 0 && self.is(t0 - 1, "between");
        }
        self.is_any(c, RANGE_CONNECTORS)
    }

    /// Whether the month at `i` ends a name after "the" ("the Unaizah May 4", a boat): a month
    /// that is also a word, a capitalised word that is no weekday, month or number right before
    /// it, and "the" before that.
    fn ends_a_name(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|k| self.toks.get(k)) else { return false };
        // (Only a month that is also a word, "May", "March": "since the Hamas Oct. 7 attack"
        // and "stormed the Capitol Jan. 6" keep their dates.)
        let word_month = self.toks.get(i).and_then(|t| t.lex).is_some_and(|e| e.month_ambiguous);
        word_month
            && i >= 2
            && self.is(i - 2, "the")
            && self.word(i - 1)
            && prev.first.is_uppercase()
            && !prev.lex.is_some_and(|e| e.month != 0 || e.weekday != 0 || e.number.is_some() || e.ordinal != 0 || e.holiday_start)
    }

    pub(super) fn month_first(&self, i: usize, ctx: bool) -> Option<Found> {
        let (m, j, weak) = self.month_at(i)?;
        if self.ends_a_name(i) {
            return None;
        }
        // "March eighth", as it is spoken: an ordinal word that opens no phrase of its own
        // ("March first-quarter sales", "May first time buyers").
        let spoken_day = || {
            let o = self
                .lex(j)
                .map(|e| u32::from(e.ordinal))
                .filter(|o| *o != 0)?;
            let phrase_follows = self.is_dash(j + 1) && self.glued(j + 1)
                || self.word(j + 1) && !self.lex(j + 1).is_some_and(|x| x.function_word);
            (!phrase_follows).then_some((o, j + 1))
        };
        if let Some((d, k)) = self.day_at(j).or_else(spoken_day) {
            if cal::plausible_day(m, d) {
                let (year, k2) = self.year_after(k);
                // "Oct. 8-13", "from Oct. 8 to 13": a second day of the same month.
                if let Some(f) = self.same_month_range(i, k, k2, year, m, d) {
                    return Some(f);
                }
                return Some(Found::one(self.month_day(i, k2, year, m, d)?));
            }
        }
        let year_of = if self.is(j, "of") { j + 1 } else { j };
        if let (Some(y), k) = self.year_after(year_of) {
            return Some(Found::one(item(i, k, TimexType::Date, cal::month(y, m))));
        }
        // A bare month needs context when its name is also a common word or a first name.
        let prev_ctx = ctx
            || i > 0
                && self.same_sent(i - 1, i)
                && self
                    .lex(i - 1)
                    .is_some_and(|e| e.year_context || e.shift.is_some());
        // "as recently as March", "as early as May", "as late as June".
        let as_adverb_as = i >= 3
            && self.same_sent(i - 3, i)
            && self.is(i - 1, "as")
            && self.is_any(i - 2, &["recently", "early", "late", "soon"])
            && self.is(i - 3, "as");
        // "between March and May", "from January to March": the second of a range of months.
        let range_end = i >= 2
            && self.same_sent(i - 2, i)
            && self.range_word(i - 1, i - 2)
            && self.month_at(i - 2).is_some();
        if !(prev_ctx || as_adverb_as || range_end) {
            if weak {
                return None;
            }
            let name_follows = self.word(j) && self.cap(j) && self.same_sent(i, j);
            if name_follows {
                return None;
            }
        }
        Some(Found::one(self.bare_month(i, j, m)))
    }

    pub(super) fn bare_month(&self, t0: usize, t1: usize, m: u32) -> Item {
        let value = match self.dct {
            Some(dct) => {
                let tense = self.tense(t0, t1);
                let y = cal::pick_year(dct, tense, |y| cal::month_bounds(y, m));
                // "sales fell in January", written in late December: what a past clause
                // reports in a month has happened, so the month has begun ("set a hearing
                // for January" keeps the slack of a date set ahead).
                // ("until mid-November", "by early March": a deadline, set ahead.)
                let scheduled = (t0.saturating_sub(3)..t0).any(|k| {
                    self.same_sent(k, t0) && self.is_any(k, &["for", "until", "till", "by"])
                });
                let y = match y {
                    Some(y)
                        if tense == Tense::Past
                            && !scheduled
                            && cal::month_bounds(y, m).is_some_and(|(a, _)| a > dct) =>
                    {
                        Some(y - 1)
                    }
                    y => y,
                };
                match y {
                    Some(y) => cal::month(y, m),
                    None => format!("XXXX-{m:02}"),
                }
            }
            None => format!("XXXX-{m:02}"),
        };
        let mut it = item(t0, t1, TimexType::Date, value);
        it.year_chosen = self.dct.is_some();
        it
    }

    pub(super) fn same_month_range(
        &self,
        t0: usize,
        first_end: usize,
        after_year: usize,
        year: Option<i32>,
        m: u32,
        d: u32,
    ) -> Option<Found> {
        // Only when the first day has no year of its own: "Oct. 8-13, 2024".
        if year.is_some() {
            return None;
        }
        let c = first_end;
        debug_assert_eq!(after_year, first_end);
        // "Oct. 8-13" and "between Oct. 8 and 13" are one interval; "on Dec. 14 and 15" names
        // two days of the month, each a date of its own, and so does "as early as Oct. 27 or
        // 28".
        let interval = self.range_word(c, t0);
        if !interval && !self.is_any(c, &["and", "or"]) {
            return None;
        }
        // A listed second day ends the phrase: punctuation, the sentence's end, a year or a
        // place or time word follows ("on Oct. 14 and 15, ...", "Oct. 14 and 15 near Kursk"),
        // not "Oct. 14 and 15 on Oct. 16" or a count ("and 15 people").
        if !interval {
            let (_, after_day) = self.day_at(c + 1)?;
            let ends = !self.word(after_day)
                || !self.same_sent(c + 1, after_day)
                || self.year_after(after_day).0.is_some()
                || self.is_any(after_day, &["in", "at", "near", "around", "outside", "inside", "across", "along", "when", "as", "after", "before", "during", "and", "but"]);
            if !ends {
                return None;
            }
        }
        let (d2, k) = self.day_at(c + 1)?;
        if d2 <= d || !cal::plausible_day(m, d2) || self.month_at(k).is_some() {
            return None;
        }
        if self
            .lex(k)
            .is_some_and(|e| e.count_noun || e.unit.is_some())
        {
            return None;
        }
        let (year2, k2) = self.year_after(k);
        let first = self.month_day(t0, first_end, year2, m, d)?;
        let y = first.day.map(|x| x.year());
        let second = match y {
            Some(y) => {
                let date = NaiveDate::from_ymd_opt(y, m, d2)?;
                let mut it = item(c + 1, k2, TimexType::Date, cal::day(date));
                it.day = Some(date);
                it
            }
            None => item(c + 1, k2, TimexType::Date, format!("XXXX-{m:02}-{d2:02}")),
        };
        Some(Found {
            end: k2,
            items: vec![first, second],
            interval: interval.then(|| self.interval_range(t0, k2)),
        })
    }

    /// "8 October 2024", "8th October", "8-13 October"; `start` widens the span ("the 8th of").
    pub(super) fn day_first(&self, i: usize, start: usize) -> Option<Found> {
        let (d, j) = self.day_at(i)?;
        let ordinal = j > i + 1;
        if self.range_word(j, i) {
            if let Some((d2, k)) = self.day_at(j + 1) {
                if let Some((m, k2, _)) = self.month_at(k) {
                    if d2 > d && cal::plausible_day(m, d) && cal::plausible_day(m, d2) {
                        let (year, k3) = self.year_after(k2);
                        let first = self.month_day(start, j, year, m, d)?;
                        let y = first.day.map(|x| x.year());
                        let second = match y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d2)) {
                            Some(date) => {
                                let mut it = item(j + 1, k3, TimexType::Date, cal::day(date));
                                it.day = Some(date);
                                it
                            }
                            None => {
                                item(j + 1, k3, TimexType::Date, format!("XXXX-{m:02}-{d2:02}"))
                            }
                        };
                        let interval = Some(self.interval_range(start, k3));
                        return Some(Found {
                            end: k3,
                            items: vec![first, second],
                            interval,
                        });
                    }
                }
            }
        }
        let k = if ordinal && self.is(j, "of") {
            j + 1
        } else {
            j
        };
        let (m, k2, _) = self.month_at(k)?;
        if !cal::plausible_day(m, d) {
            return None;
        }
        let (year, k3) = self.year_after(k2);
        Some(Found::one(self.month_day(start, k3, year, m, d)?))
    }

    /// "2024-10-18", "18/10/2024", "10/18/24", "18.10.2024".
    pub(super) fn numeric_date(&self, i: usize) -> Option<Found> {
        let (a, na) = self.digits(i)?;
        if i > 0 && self.glued(i) && (self.toks[i - 1].kind != Kind::Punct || self.is_p(i - 1, '.'))
        {
            return None; // "v1.5.20", "A10/12/24"
        }
        let sep = self
            .toks
            .get(i + 1)
            .filter(|t| t.kind == Kind::Punct && !t.space_before)?
            .first;
        if !matches!(sep, '-' | '/' | '.') {
            return None;
        }
        let (b, nb) = self.digits(i + 2).filter(|_| self.glued(i + 2))?;
        if !(self.is_p(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4)) {
            return None;
        }
        let (c, nc) = self.digits(i + 4)?;
        if self.glued(i + 5)
            && (self.toks.get(i + 5).is_some_and(|t| t.kind != Kind::Punct)
                || self.number_continues(i + 5))
        {
            return None;
        }
        if nb > 2 {
            return None;
        }
        let (y, m, d) = if na == 4 && nc <= 2 && sep != '.' {
            (a as i32, b, c)
        } else if na <= 2 && (nc == 4 || nc == 2) {
            let y = if nc == 4 {
                c as i32
            } else {
                cal::expand_year(c)
            };
            if sep == '.' || a > 12 {
                (y, b, a)
            } else {
                (y, a, b)
            }
        } else {
            return None;
        };
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        let mut it = item(i, i + 5, TimexType::Date, cal::day(date));
        it.day = Some(date);
        Some(Found::one(it))
    }

    /// A bare year in a year-like context, or a year range "2019-2021".
    pub(super) fn year(&self, i: usize, ctx: bool) -> Option<Found> {
        let (y, j) = self.year_at(i)?;
        let prev_ctx = ctx
            || i > 0 && self.same_sent(i - 1, i) && self.lex(i - 1).is_some_and(|e| e.year_context);
        let modern = (1900..=2100).contains(&y);
        let possessive = modern
            && self
                .toks
                .get(j)
                .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.first))
            && self.glued(j)
            && self.is(j + 1, "s");
        // "its 1990 invasion", "the company's 1989 results", "for 1989.": a determiner or weak
        // preposition before, and no plural noun after.
        let after_possessive = i >= 2
            && self.is(i - 1, "s")
            && self.glued(i - 1)
            && self
                .toks
                .get(i - 2)
                .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.first));
        let weak_before = i > 0
            && self.same_sent(i - 1, i)
            && (self.lex(i - 1).is_some_and(|e| e.weak_year_context) || after_possessive);
        let plural_after = self.word(j) && !self.cap(j) && {
            let w = self.txt(j);
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
        };
        let weak = modern && weak_before && !plural_after;
        let chained = modern
            && i >= 1
            && self.last_year_end == Some(i - 1)
            && (self.is_dash(i - 1)
                || self.is_any(i - 1, &["to", "and", "through", "until", "till", "or"]));
        let glued_range = modern
            && self.is_dash(j)
            && self.glued(j)
            && self.glued(j + 1)
            && self.digits(j + 1).is_some_and(|(b, nb)| {
                nb == 4 && (b as i32) > y && (b as i32) - y < 100 || nb == 2 && (b as i32) > y % 100
            });
        // News style groups counts of a thousand or more with commas ("1,990 troops"), so a
        // bare modern four-digit number is a year unless what surrounds it says it counts or
        // names something ("2000 shares", "$1990", "Flight 1549", "No. 1995").
        // ("2000 new homes": a plural noun one word further on counts too.)
        let plural_next = self.word(j + 1) && !self.cap(j + 1) && {
            let w = self.txt(j + 1);
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
        };
        let bare = modern
            && !plural_after
            && !plural_next
            && !self
                .lex(j)
                .is_some_and(|e| e.unit.is_some() || e.count_noun)
            && !(i > 0
                && (self.is_any(i - 1, NOT_YEAR_BEFORE)
                    || self.toks[i - 1].kind == Kind::Punct
                        && matches!(self.toks[i - 1].first, '$' | '#' | '\u{a3}' | '\u{20ac}')
                    || self.toks[i - 1].kind == Kind::Digits
                    // "Orion 1980", "Windows 2000": part of a name; but an edition named by
                    // the year of publication or the next ("the Paris Air Show 2024") is dated.
                    || self.word(i - 1)
                        && self.cap(i - 1)
                        && !self.starts_sentence(i - 1)
                        && self.dct.is_none_or(|d| (d.year() - y).abs() > 1)
                    || self.lex(i - 1).is_some_and(|e| e.number.is_some())))
            && !self.is_any(j, &["to", "and", "or"]);
        if !(prev_ctx || weak || possessive || chained || glued_range || bare) {
            return None;
        }
        // "2019-2021", "2019-21".
        if self.is_dash(j) && self.glued(j) && self.glued(j + 1) {
            if let Some((b, nb)) = self.digits(j + 1) {
                let y2 = match nb {
                    4 => Some(b as i32),
                    2 => Some(y - y % 100 + b as i32),
                    _ => None,
                };
                if let Some(y2) = y2.filter(|&y2| y2 > y && y2 - y < 100) {
                    if !self.number_continues(j + 2) {
                        let first = item(i, j, TimexType::Date, format!("{y:04}"));
                        let second = item(j + 1, j + 2, TimexType::Date, format!("{y2:04}"));
                        let interval = Some(self.interval_range(i, j + 2));
                        return Some(Found {
                            end: j + 2,
                            items: vec![first, second],
                            interval,
                        });
                    }
                }
            }
        }
        // "the 1988 third quarter", "1989's first half", "the 1988 period" (next to a quarter).
        let the_before =
            i > 0 && self.is(i - 1, "the") && self.ranges.last().is_none_or(|r| r.1 < i);
        let with_the = if the_before { i - 1 } else { i };
        if let Some((value, end)) = self.quarter_after(j, y) {
            return Some(Found::one(item(with_the, end, TimexType::Date, value)));
        }
        if the_before && self.is_any(j, PERIOD_NOUNS) {
            if let Some((_, q)) = self.near_quarter(i) {
                let value = format!("{y:04}-Q{q}");
                return Some(Found::one(item(with_the, j + 1, TimexType::Date, value)));
            }
        }
        let start = if i > 0 && self.is(i - 1, "fiscal") {
            i - 1
        } else {
            i
        };
        Some(Found::one(item(
            start,
            j,
            TimexType::Date,
            format!("{y:04}"),
        )))
    }

    /// "1990s", "1990's", "'90s": the decade as three digits.
    pub(super) fn decade(&self, i: usize, start: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        let (value, end) = if t.kind == Kind::Punct {
            let (v, nd) = self.digits(i + 1).filter(|_| self.glued(i + 1))?;
            if nd != 2 || v % 10 != 0 || !self.glued(i + 2) || !self.is(i + 2, "s") {
                return None;
            }
            let century = if v < 30 { 20 } else { 19 };
            (format!("{century}{}", v / 10), i + 3)
        } else {
            let (v, nd) = self.digits(i)?;
            if nd != 4 || v % 10 != 0 || !(1000..=2999).contains(&v) {
                return None;
            }
            let mut j = i + 1;
            if self
                .toks
                .get(j)
                .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.first))
                && self.glued(j)
            {
                j += 1;
            }
            if !(self.glued(j) && self.is(j, "s")) {
                return None;
            }
            (format!("{:03}", v / 10), j + 1)
        };
        Some(Found::one(item(start, end, TimexType::Date, value)))
    }

    /// An ordinal: "third", "3rd", "twenty-first".
    pub(super) fn ordinal_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        match t.kind {
            Kind::Digits => {
                let (v, nd) = self.digits(i)?;
                let suffix = self.glued(i + 1) && self.lex(i + 1).is_some_and(|e| e.ordinal_suffix);
                (nd <= 2 && suffix).then_some((v, i + 2))
            }
            Kind::Word => {
                let e = t.lex?;
                if e.ordinal != 0 {
                    return Some((u32::from(e.ordinal), i + 1));
                }
                let tens = e.number.filter(|n| (20..=90).contains(n) && n % 10 == 0)?;
                if self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
                    let unit = self
                        .lex(i + 2)
                        .map(|x| u32::from(x.ordinal))
                        .filter(|o| (1..=9).contains(o))?;
                    return Some((tens + unit, i + 3));
                }
                None
            }
            Kind::Punct => None,
        }
    }

    /// "the third quarter (of 2024)", "Q3 2024", "the first half of 2024".
    pub(super) fn quarter(&self, i: usize, start: usize) -> Option<Found> {
        let word0 = i;
        let i = if self.is_any(i, &["fiscal", "financial"]) {
            i + 1
        } else {
            i
        };
        let mut adjectival = false;
        let (n, half, j) = if self.is(i, "q") && self.glued(i + 1) {
            let (v, nd) = self.digits(i + 1)?;
            if nd != 1 || !(1..=4).contains(&v) || self.number_continues(i + 2) {
                return None;
            }
            (v, false, i + 2)
        } else if self.is_any(i, &["last", "latter", "final"])
            && self.is_any(i + 1, &["half", "quarter"])
            && self.is(i + 2, "of")
            && self.year_at(i + 3).is_some()
        {
            // "the last half of 1989", "the final quarter of 2023".
            let half = self.is(i + 1, "half");
            (if half { 2 } else { 4 }, half, i + 2)
        } else {
            let (n, j) = self.ordinal_at(i)?;
            let j = if self.is_dash(j) && self.glued(j) {
                adjectival = true;
                j + 1
            } else {
                j
            };
            if self.is(j, "quarter") && (1..=4).contains(&n) {
                (n, false, j + 1)
            } else if self.is(j, "half") && (1..=2).contains(&n) {
                (n, true, j + 1)
            } else {
                return None;
            }
        };
        let year_of = if self.is(j, "of") || self.is_p(j, ',') {
            j + 1
        } else {
            j
        };
        let (year, end) = match self.year_at(year_of) {
            Some((y, k)) => (Some(y), k),
            None if self.is(j, "of") && self.is(j + 1, "the") && self.is(j + 2, "year") => {
                (self.dct.map(|d| d.year()), j + 3)
            }
            // "the first quarter of this year", "the second half of last year".
            None if self.is(j, "of")
                && self.is(j + 2, "year")
                && self.lex(j + 1).and_then(|e| e.shift).is_some()
                && !self.is(j + 1, "past") =>
            {
                let s = self.lex(j + 1)?.shift?;
                (self.dct.map(|d| d.year() + i32::from(s)), j + 3)
            }
            None if half => return None,
            None => (None, j),
        };
        let bounds = |y: i32| {
            if half {
                cal::half_bounds(y, n)
            } else {
                cal::quarter_bounds(y, n)
            }
        };
        // Business news talks of finished quarters in future clauses ("expects to report
        // third-quarter results"): there the nearest, past-biased.
        // A past clause reports a quarter that has at least begun ("lost money in the second
        // quarter" in March is last year's).
        let tense = match self.tense(start, end) {
            Tense::Past => Tense::Past,
            _ => Tense::Unknown,
        };
        let y = year.or_else(|| cal::pick_year(self.dct?, tense, bounds));
        let code = if half { 'H' } else { 'Q' };
        let value = match y {
            Some(y) => format!("{y:04}-{code}{n}"),
            None => format!("XXXX-{code}{n}"),
        };
        // "the third-quarter results": the article belongs to the noun, not the quarter.
        let start = if adjectival && year.is_none() {
            word0
        } else {
            start
        };
        Some(Found::one(item(start, end, TimexType::Date, value)))
    }

    /// A quarter or half of year `y` named right after it: "(1988) third quarter", "(this
    /// year)'s first half". The value and the token after it.
    pub(super) fn quarter_after(&self, k: usize, y: i32) -> Option<(String, usize)> {
        let k = if self
            .toks
            .get(k)
            .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.first))
            && self.glued(k)
            && self.is(k + 1, "s")
        {
            k + 2
        } else {
            k
        };
        let k = if self.is_any(k, &["fiscal", "financial"]) {
            k + 1
        } else {
            k
        };
        let (n, j) = self.ordinal_at(k)?;
        let j = if self.is_dash(j) && self.glued(j) {
            j + 1
        } else {
            j
        };
        if self.is(j, "quarter") && (1..=4).contains(&n) {
            Some((format!("{y:04}-Q{n}"), j + 1))
        } else if self.is(j, "half") && (1..=2).contains(&n) {
            Some((format!("{y:04}-H{n}"), j + 1))
        } else {
            None
        }
    }

    /// "the 20th century", "the twenty-first century": the century as two digits.
    pub(super) fn century(&self, i: usize, start: usize) -> Option<Found> {
        let (n, j) = self.ordinal_at(i)?;
        let j = if self.is_dash(j) && self.glued(j) {
            j + 1
        } else {
            j
        };
        if !self.is(j, "century") || !(1..=30).contains(&n) {
            return None;
        }
        Some(Found::one(item(
            start,
            j + 1,
            TimexType::Date,
            format!("{:02}", n - 1),
        )))
    }

    /// "summer 2023", "the summer of 2023", "in the spring".
    pub(super) fn season(&self, i: usize, start: usize, ctx: bool) -> Option<Found> {
        let code = self.lex(i)?.season?;
        let year_of = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        // "summer 2023", "the spring of last year".
        if let (Some(y), k) = self.year_after(year_of) {
            return Some(Found::one(item(
                start,
                k,
                TimexType::Date,
                format!("{y:04}-{code}"),
            )));
        }
        // Without a year: only after "in", "during", ... and never "fall" (a verb too often).
        // `start` is the season word or the "the" before it; the preposition precedes it.
        let prep = start.checked_sub(1).is_some_and(|p| {
            self.is_any(
                p,
                &[
                    "in",
                    "during",
                    "over",
                    "since",
                    "until",
                    "by",
                    "through",
                    "throughout",
                    "into",
                ],
            )
        });
        // "in the fall, ..." is the season; "since the fall of the regime", "the fall in
        // prices" are a collapse or a drop.
        let fall_season = start < i
            && self.toks.get(i + 1).is_none_or(|t| {
                t.kind == Kind::Punct && matches!(t.first, ',' | '.' | ';' | ')')
                    || t.kind == Kind::Word
                        && t.lex.is_some_and(|e| e.function_word)
                        && !self.is_any(i + 1, &["of", "in", "on", "to", "from", "by", "and"])
            });
        if !(ctx || prep) || self.is(i, "fall") && !(prep && fall_season) {
            return None;
        }
        let value = match self.dct {
            Some(dct) => {
                let y = cal::pick_year(dct, self.tense(start, i + 1), |y| {
                    cal::season_bounds(y, code)
                });
                y.map_or_else(|| format!("XXXX-{code}"), |y| format!("{y:04}-{code}"))
            }
            None => format!("XXXX-{code}"),
        };
        Some(Found::one(item(start, i + 1, TimexType::Date, value)))
    }

    /// "Christmas", "Christmas Eve 2023", "New Year's Day": a fixed holiday, its year given or
    /// chosen by tense like a date without a year.
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
        if !self.lex(i).is_some_and(|e| e.holiday_start) || !self.cap(i) {
            return None;
        }
        let movable = i > 0 && self.is_any(i - 1, MOVABLE_NEW_YEAR);
        for &(words, m, d) in HOLIDAYS {
            let mut j = i;
            let ok = words.iter().all(|w| {
                let hit = if *w == "'" {
                    self.toks
                        .get(j)
                        .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.first))
                } else {
                    self.is(j, w)
                };
                j += 1;
                hit
            });
            if !ok || movable && self.is(i, "new") {
                continue;
            }
            let (year, end) = self.year_after(j);
            let it = self.month_day(i, end, year, u32::from(m), u32::from(d))?;
            return Some(Found::one(it));
        }
        // "Good Friday", "Easter Monday", "Thanksgiving", "Labor Day": the day of that year,
        // the year given or chosen by tense like a date without one.
        for &(words, rule) in MOVABLE_HOLIDAYS {
            let j = i + words.len();
            if !words.iter().enumerate().all(|(k, w)| self.is(i + k, w)) {
                continue;
            }
            let (year, end) = self.year_after(j);
            let y = match (year, self.dct) {
                (Some(y), _) => Some(y),
                (None, Some(dct)) => cal::pick_year(dct, self.tense(i, end), |y| {
                    cal::movable(y, rule).map(|x| (x, x))
                }),
                (None, None) => None,
            };
            let Some(date) = y.and_then(|y| cal::movable(y, rule)) else {
                return Some(Found::one(item(
                    i,
                    end,
                    TimexType::Date,
                    "XXXX-XX-XX".into(),
                )));
            };
            let mut it = item(i, end, TimexType::Date, cal::day(date));
            it.day = Some(date);
            return Some(Found::one(it));
        }
        None
    }

    // --- clock times ------------------------------------------------------------------------

    /// "a.m."/"p.m."/"am"/"pm"/"in the morning" at `j`: 'a' or 'p' and the index after it.
    pub(super) fn meridiem(&self, j: usize) -> Option<(char, usize)> {
        let w = self.txt(j);
        if self.is(j, "in") && self.is(j + 1, "the") {
            if self.is(j + 2, "morning") {
                return Some(('a', j + 3));
            }
            if self.is_any(j + 2, &["afternoon", "evening"]) {
                return Some(('p', j + 3));
            }
        }
        if self.is(j, "at") && self.is(j + 1, "night") {
            return Some(('p', j + 2));
        }
        if self.word(j) && (w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm")) {
            return Some((w.as_bytes()[0].to_ascii_lowercase() as char, j + 1));
        }
        if self.is_any(j, &["a", "p"])
            && self.is_p(j + 1, '.')
            && self.glued(j + 1)
            && self.is(j + 2, "m")
            && self.glued(j + 2)
        {
            let c = w.as_bytes()[0].to_ascii_lowercase() as char;
            let end = if self.is_p(j + 3, '.') && self.glued(j + 3) {
                j + 4
            } else {
                j + 3
            };
            return Some((c, end));
        }
        None
    }

    /// "3 p.m.", "10:30 a.m.", "14:30 GMT", "at 0600", "3 o'clock".
    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.military_clock(i) {
            return Some(f);
        }
        let (h, nh) = self.digits(i)?;
        if nh > 2 || h > 24 || i > 0 && self.glued(i) && self.toks[i - 1].kind != Kind::Punct {
            return None;
        }
        let mut j = i + 1;
        let mut minutes = 0;
        let mut colon = false;
        if (self.is_p(j, ':') || self.is_p(j, '.')) && self.glued(j) && self.glued(j + 1) {
            if let Some((mm, 2)) = self.digits(j + 1) {
                // "9:30am": a meridiem glued to the minutes ends the number.
                let glued_meridiem = self.glued(j + 2) && self.meridiem(j + 2).is_some();
                if mm < 60 && (glued_meridiem || !self.number_continues(j + 2)) {
                    minutes = mm;
                    colon = self.is_p(j, ':');
                    j += 2;
                }
            }
        }
        let hour = match self.meridiem(j) {
            Some((c, k)) => {
                if h == 0 || h > 12 {
                    return None;
                }
                j = k;
                match (c, h) {
                    ('a', 12) => 0,
                    ('p', h) if h < 12 => h + 12,
                    (_, h) => h,
                }
            }
            None if self.is(j, "o")
                && self.toks.get(j + 1).is_some_and(|t| is_apostrophe(t.first))
                && self.is(j + 2, "clock") =>
            {
                j += 3;
                h
            }
            None => {
                let prep = i > 0
                    && self.is_any(
                        i - 1,
                        &[
                            "at", "around", "about", "by", "until", "from", "before", "after",
                            "since", "till",
                        ],
                    );
                let zone = self.lex(j).is_some_and(|e| e.time_zone) && self.cap(j);
                if !colon || h > 23 || !(prep || zone || self.entry_stamp(i, j)) {
                    return None;
                }
                h
            }
        };
        let mut utc = "";
        if self.lex(j).is_some_and(|e| e.time_zone) && self.cap(j) {
            utc = self.utc_suffix(j);
            j += 1;
        } else if self.is(j, "local") && self.is(j + 1, "time") {
            j += 2;
        }
        let clock = format!("T{hour:02}:{minutes:02}{utc}");
        if let Some(f) = self.clock_day(i, j, &clock) {
            return Some(f);
        }
        let mut it = item(i, j, TimexType::Time, clock);
        it.clock = true;
        Some(Found::one(it))
    }

    /// "Z" after a clock time in universal time ("18:00 UTC", "1430 GMT"), as ISO 8601 writes
    /// it; other zones are left out of the value.
    pub(super) fn utc_suffix(&self, zone: usize) -> &'static str {
        if self.is_any(zone, UTC_ZONES) {
            "Z"
        } else {
            ""
        }
    }

    /// A four-digit clock time as military and wire reports write it: "at 0600", "1430 GMT",
    /// "0200 hours". A leading zero after a clock preposition, or a time zone or "hours" after
    /// it, tells it from a year or a count.
    pub(super) fn military_clock(&self, i: usize) -> Option<Found> {
        let (v, nd) = self.digits(i)?;
        if nd != 4 || self.number_continues(i + 1) {
            return None;
        }
        let (h, m) = (v / 100, v % 100);
        if h > 23 || m > 59 {
            return None;
        }
        let leading_zero = self.txt(i).starts_with('0');
        let prep = i > 0
            && self.is_any(
                i - 1,
                &[
                    "at", "by", "from", "until", "till", "before", "after", "around", "since",
                ],
            );
        let zone = self.lex(i + 1).is_some_and(|e| e.time_zone) && self.cap(i + 1);
        let hours = self.is_any(i + 1, &["hours", "hrs", "hr", "h"])
            && !self.is_any(i + 2, &["of", "a", "per"]);
        let local = self.is(i + 1, "local") && self.is(i + 2, "time");
        if !(leading_zero && prep || zone || hours || local) {
            return None;
        }
        let j = if zone || hours {
            i + 2
        } else if local {
            i + 3
        } else {
            i + 1
        };
        let utc = if zone { self.utc_suffix(i + 1) } else { "" };
        let clock = format!("T{h:02}:{m:02}{utc}");
        if let Some(f) = self.clock_day(i, j, &clock) {
            return Some(f);
        }
        let mut it = item(i, j, TimexType::Time, clock);
        it.clock = true;
        Some(Found::one(it))
    }

    /// "9 a.m. Tuesday", "noon Saturday", "4 p.m., Oct. 8": a clock time (tokens `i..j`) and the
    /// day right after it as one expression ("at 4 p.m. on Oct. 8" stays two, as in TimeML).
    pub(super) fn clock_day(&self, i: usize, j: usize, clock: &str) -> Option<Found> {
        let d = if self.is_p(j, ',') { j + 1 } else { j };
        // A sentence splitter may cut after "p.m." ("at 10 p.m. Saturday"): the day right after
        // the meridiem still belongs to the clock.
        let after_meridiem = d == j && j >= 2 && self.is_p(j - 1, '.') && self.is(j - 2, "m");
        if self.same_sent(i, d) || after_meridiem && d < self.toks.len() {
            let day = self
                .weekday(d, None)
                .or_else(|| self.month_first(d, true))
                .or_else(|| self.day_first(d, d))
                .or_else(|| {
                    let (delta, None) = self.lex(d)?.relative_day? else {
                        return None;
                    };
                    let day = self.dct.and_then(|x| cal::add_days(x, i64::from(delta)));
                    let mut it = item(
                        d,
                        d + 1,
                        TimexType::Date,
                        day.map_or_else(|| "XXXX-XX-XX".into(), cal::day),
                    );
                    it.day = day;
                    Some(Found::one(it))
                });
            if let Some(f) = day.filter(|f| f.items.len() == 1 && f.items[0].ty == TimexType::Date)
            {
                let day_item = &f.items[0];
                if is_day_value(&day_item.value) {
                    let value = format!("{}{clock}", &day_item.value[..10]);
                    let mut it = item(i, day_item.t1, TimexType::Time, value);
                    it.day = day_item.day;
                    return Some(Found::one(it));
                }
            }
        }
        None
    }
}
