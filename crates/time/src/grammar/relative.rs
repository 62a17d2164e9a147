//! Rules for expressions anchored to the publication date or to the last day mentioned:
//! weekdays ("Friday", "last Friday", "Friday evening"), "today", "that evening", the many
//! "the ..." phrases ("the same evening", "the past three days", "the quarter") and shift words
//! ("last week", "next month", "this year").

use chrono::{Datelike, NaiveDate};
use sitrep_doc::{TimexMod, TimexType};

use super::{is_apostrophe, is_day_value, item, Found, Item, Tagger};
use crate::calendar::{self as cal, Dir};
use crate::lexicon::{
    Tense, Unit, LATEST_WORDS, PERIOD_ADJECTIVES, PERIOD_NOUNS, RUN_ADJECTIVES, VERB_LAST_BEFORE,
    YEAR_BEFORE_WORDS,
};
use crate::scan::Kind;

impl Tagger<'_> {
    // --- reporting periods ------------------------------------------------------------------

    /// "the year-ago quarter", "the year-earlier third quarter", "the year-ago period": the
    /// quarter under discussion (or the one named) a year before; without a quarter in sight,
    /// the year before publication.
    fn year_before_period(&self, t0: usize, j: usize) -> Option<Found> {
        let glued_dash =
            self.is(j, "year") && self.is_dash(j + 1) && self.glued(j + 1) && self.glued(j + 2);
        if !glued_dash || !self.is_any(j + 2, YEAR_BEFORE_WORDS) {
            return None;
        }
        let mut k = j + 3;
        let named = self
            .lex(k)
            .map(|e| e.ordinal)
            .filter(|o| (1..=4).contains(o));
        if named.is_some() {
            k += 1;
        }
        if !self.is_any(k, PERIOD_NOUNS) || (named.is_some() && !self.is(k, "quarter")) {
            return None;
        }
        let value = match (self.near_quarter(t0), named) {
            (Some((y, q)), None) => format!("{:04}-Q{q}", y - 1),
            (Some((y, _)), Some(q)) => format!("{:04}-Q{q}", y - 1),
            (None, Some(q)) => format!("{:04}-Q{q}", self.dct?.year() - 1),
            (None, None) => format!("{:04}", self.dct?.year() - 1),
        };
        let mut it = item(t0, k + 1, TimexType::Date, value);
        it.shifted = true;
        Some(Found::one(it))
    }

    /// "year-earlier profit", "the year-ago results": the adjective alone names the period a
    /// year before the one under discussion (the quarter next to it, else the year).
    pub(super) fn year_before_adjective(&self, i: usize) -> Option<Found> {
        let glued_dash =
            self.is(i, "year") && self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2);
        if !glued_dash || !self.is_any(i + 2, YEAR_BEFORE_WORDS) {
            return None;
        }
        let value = match self.near_quarter(i) {
            Some((y, q)) => format!("{:04}-Q{q}", y - 1),
            None => format!(
                "{:04}",
                self.anchor_year.or(self.dct.map(|d| d.year()))? - 1
            ),
        };
        let mut it = item(i, i + 3, TimexType::Date, value);
        it.shifted = true;
        Some(Found::one(it))
    }

    /// "year-end", "year end", "year's end" at `j` (span from `t0`): the year of publication, or
    /// the year before in a past clause ("the change since year-end"). The compound "year-end"
    /// names the closing day (`1989-12-31`, "year-end figures"); the noun phrases "year end" and
    /// "year's end" the end of the year, like "the end of the year" (`1989`, mod END).
    pub(super) fn year_end(&self, t0: usize, j: usize) -> Option<Found> {
        if !self.is(j, "year") {
            return None;
        }
        let compound = self.is_dash(j + 1) && self.glued(j + 1) && self.is(j + 2, "end");
        let end = if compound {
            j + 3
        } else if self.is(j + 1, "end") {
            j + 2
        } else if self.toks.get(j + 1).is_some_and(|t| is_apostrophe(t.first))
            && self.is(j + 2, "s")
            && self.is(j + 3, "end")
        {
            j + 4
        } else {
            return None;
        };
        let value = match self.dct {
            Some(d) => {
                let back = t0 > 0 && self.is(t0 - 1, "since")
                    || self.tense(t0, end) == Tense::Past && d.month() < 12;
                let y = if back { d.year() - 1 } else { d.year() };
                format!("{y:04}-12-31")
            }
            None => "XXXX-12-31".into(),
        };
        if !compound {
            let mut it = item(t0, end, TimexType::Date, value[..4].to_string());
            it.md = Some(TimexMod::End);
            return Some(Found::one(it));
        }
        // "the year-end tally": the article belongs to the noun after the compound.
        let t0 = if t0 < j && self.is(t0, "the") { j } else { t0 };
        Some(Found::one(item(t0, end, TimexType::Date, value)))
    }

    /// "the latest quarter", "the latest period": the quarter under discussion, else the last
    /// quarter that ended before publication.
    fn latest_period(&self, t0: usize, j: usize) -> Option<Found> {
        if !self.is_any(j, LATEST_WORDS) {
            return None;
        }
        // "the latest fiscal year": the last year that has closed.
        let k = if self.is_any(j + 1, &["fiscal", "financial"]) {
            j + 2
        } else {
            j + 1
        };
        if self.is(k, "year") {
            let y = self.dct?.year() - 1;
            return Some(Found::one(item(
                t0,
                k + 1,
                TimexType::Date,
                format!("{y:04}"),
            )));
        }
        // "the latest nine months": a stretch, with its determiner.
        if let Some((Some(n), u, false)) = self.number_at(j + 1) {
            if let Some((unit, true)) = self.lex(u).and_then(|e| e.unit) {
                return Some(Found::one(item(
                    t0,
                    u + 1,
                    TimexType::Duration,
                    cal::duration(Some(n), unit),
                )));
            }
        }
        if !self.is_any(j + 1, PERIOD_NOUNS) {
            return None;
        }
        let value = match self.near_quarter(t0) {
            Some((y, q)) => format!("{y:04}-Q{q}"),
            None if self.is(j + 1, "quarter") => {
                let d = cal::add_months(self.dct?, -3)?;
                format!("{:04}-Q{}", d.year(), d.month0() / 3 + 1)
            }
            None => return None,
        };
        Some(Found::one(item(t0, j + 2, TimexType::Date, value)))
    }

    // --- weekdays and days relative to publication ------------------------------------------

    pub(super) fn part_of_day(&self, j: usize) -> Option<&'static str> {
        self.lex(j).and_then(|e| e.part_of_day)
    }

    pub(super) fn with_pod(value: String, pod: Option<&str>) -> (String, TimexType) {
        match pod {
            Some(p) => (format!("{value}T{p}"), TimexType::Time),
            None => (value, TimexType::Date),
        }
    }

    /// "Friday", "Friday evening", "Friday, Oct. 18"; `dir` overrides the tense ("last Friday").
    pub(super) fn weekday(&self, i: usize, dir: Option<Dir>) -> Option<Found> {
        self.weekday_from(i, i, dir)
    }

    pub(super) fn weekday_from(&self, start: usize, i: usize, dir: Option<Dir>) -> Option<Found> {
        let t = self.toks.get(i)?;
        let e = t.lex?;
        if e.weekday == 0 || !t.first.is_uppercase() {
            return None;
        }
        let mut j = i + 1;
        if e.weekday_abbrev {
            if !(self.is_p(j, '.') && self.glued(j)) {
                return None;
            }
            j += 1;
        }
        // "The Sunday Times": a newspaper's name.
        if self.cap(j) && self.lex(j).is_some_and(|x| x.newspaper) {
            return None;
        }
        // An explicit date after the weekday decides: "Friday, Oct. 18".
        let date_at = if self.is_p(j, ',') { j + 1 } else { j };
        if let Some(f) = self
            .month_first(date_at, true)
            .or_else(|| self.day_first(date_at, date_at))
        {
            if f.items.len() == 1 && is_day_value(&f.items[0].value) {
                let mut f = f;
                let has_year = (f.items[0].t0..f.items[0].t1)
                    .any(|k| self.digits(k).is_some_and(|(_, nd)| nd == 4));
                if let Some(first) = f.items.first_mut() {
                    first.t0 = start;
                    // "Monday, Oct. 26" without a year: the year in which Oct. 26 is a Monday.
                    if let (Some(d), false) = (first.day, has_year) {
                        if let Some(fit) = self.year_matching_weekday(d, e.weekday) {
                            first.value = cal::day(fit);
                            first.day = Some(fit);
                        }
                    }
                }
                return Some(f);
            }
        }
        // "Tuesday nights": every Tuesday night.
        if let Some(p) = self.lex(j).and_then(|x| x.part_of_day_plural) {
            if self.same_sent(i, j) && dir.is_none() {
                let value = format!("XXXX-WXX-{}T{p}", e.weekday);
                return Some(Found::one(item(start, j + 1, TimexType::Set, value)));
            }
        }
        let pod = self.part_of_day(j).filter(|_| self.same_sent(i, j));
        let end = if pod.is_some() { j + 1 } else { j };
        let day = self.dct.and_then(|dct| {
            let dir = dir.unwrap_or_else(|| Dir::from_tense(self.tense(start, end)));
            cal::weekday(dct, e.weekday, dir)
        });
        let base = match day {
            Some(d) => cal::day(d),
            None => format!("XXXX-WXX-{}", e.weekday),
        };
        let (value, ty) = Self::with_pod(base, pod);
        let mut it = item(start, end, ty, value);
        it.day = day;
        Some(Found::one(it))
    }

    /// The date with the month and day of `d`, in the year next to `d`'s (or `d`'s own) whose
    /// weekday is `wd`; the one nearest the publication date when several fit.
    pub(super) fn year_matching_weekday(&self, d: NaiveDate, wd: u8) -> Option<NaiveDate> {
        let anchor = self.dct.unwrap_or(d);
        (d.year() - 1..=d.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, d.month(), d.day()))
            .filter(|x| x.weekday().number_from_monday() == u32::from(wd))
            .min_by_key(|x| (*x - anchor).num_days().abs())
    }

    pub(super) fn relative_day(
        &self,
        i: usize,
        delta: i8,
        pod: Option<&'static str>,
    ) -> Option<Found> {
        let (pod, end) = match pod {
            Some(p) => (Some(p), i + 1),
            None => match self
                .part_of_day(i + 1)
                .filter(|_| !self.is(i + 1, "overnight"))
            {
                Some(p) => (Some(p), i + 2),
                None => (None, i + 1),
            },
        };
        let day = self.dct.and_then(|d| cal::add_days(d, i64::from(delta)));
        let base = day.map_or_else(|| "XXXX-XX-XX".to_string(), cal::day);
        let (value, ty) = Self::with_pod(base, pod);
        let mut it = item(i, end, ty, value);
        it.day = day;
        Some(Found::one(it))
    }

    /// A day relative to the last day mentioned (or to publication when none was).
    pub(super) fn anchored(&self, t0: usize, t1: usize, delta: i64, pod: Option<&str>) -> Item {
        let day = self
            .anchor
            .or(self.dct)
            .and_then(|d| cal::add_days(d, delta));
        let base = day.map_or_else(|| "XXXX-XX-XX".to_string(), cal::day);
        let (value, ty) = Self::with_pod(base, pod);
        let mut it = item(t0, t1, ty, value);
        it.day = day;
        it
    }

    /// "the first day of March", "the last day of June": that day. "the eighth day of the
    /// strike", "a third straight day": a day counted in a run, which news counts up to the
    /// day it talks about (the day last named, else publication), as TimeML dates it.
    pub(super) fn ordinal_day(&self, j: usize, start: usize) -> Option<Found> {
        // (A cheap test first: the rule is asked at every "the".)
        let t = self.toks.get(j)?;
        let ordinal_like = t.kind == Kind::Digits
            || t.lex
                .is_some_and(|e| e.ordinal != 0 || e.number.is_some() || e.shift.is_some());
        if !ordinal_like {
            return None;
        }
        let (n, k) = if self.is(j, "last") {
            (0, j + 1)
        } else {
            self.ordinal_at(j).filter(|(n, _)| (1..=31).contains(n))?
        };
        let k = if self.is_any(k, RUN_ADJECTIVES) {
            k + 1
        } else {
            k
        };
        if !self.is(k, "day") {
            return None;
        }
        if self.is(k + 1, "of") {
            if let Some(f) = self.month_first(k + 2, true) {
                let m = f.items.first().filter(|_| f.items.len() == 1)?;
                let v = &m.value;
                let (y, mo) = (v.get(..4)?.parse::<i32>().ok()?, v.get(5..7)?.parse().ok()?);
                if v.len() != 7 {
                    return None;
                }
                let last = cal::month_end(y, mo)?.day();
                let d = if n == 0 { last } else { n };
                let date = NaiveDate::from_ymd_opt(y, mo, d)?;
                let mut it = item(start, f.end, TimexType::Date, cal::day(date));
                it.day = Some(date);
                return Some(Found::one(it));
            }
        }
        if n == 0 {
            return None;
        }
        Some(Found::one(self.anchored(start, k + 1, 0, None)))
    }

    /// "on Mondays": the weekday every week.
    pub(super) fn weekday_plural(&self, i: usize) -> Option<Found> {
        let wd = self.lex(i)?.weekday_plural;
        if wd == 0 || !self.cap(i) {
            return None;
        }
        let (value, end) = match self.lex(i + 1).and_then(|x| x.part_of_day_plural) {
            Some(p) => (format!("XXXX-WXX-{wd}T{p}"), i + 2),
            None => (format!("XXXX-WXX-{wd}"), i + 1),
        };
        Some(Found::one(item(i, end, TimexType::Set, value)))
    }

    /// "that day", "that evening".
    pub(super) fn that(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        if self.is(j, "day") {
            return Some(Found::one(self.anchored(i, j + 1, 0, None)));
        }
        // "that summer": the season of the year last named.
        if let Some(code) = self
            .lex(j)
            .and_then(|x| x.season)
            .filter(|_| !self.is(j, "fall"))
        {
            let y = self.anchor_year.or(self.dct.map(|d| d.year()));
            let value = y.map_or_else(|| format!("XXXX-{code}"), |y| format!("{y:04}-{code}"));
            return Some(Found::one(item(i, j + 1, TimexType::Date, value)));
        }
        // "results for that quarter": the quarter last named.
        if self.is(j, "quarter") {
            let (y, q, _) = self.last_quarter?;
            let mut it = item(i, j + 1, TimexType::Date, format!("{y:04}-Q{q}"));
            it.shifted = true;
            return Some(Found::one(it));
        }
        // "later that year", "that month": the year (month, week) of the last date named.
        if self.is_any(j, &["year", "month", "week"]) && !self.is_dash(j + 1) {
            let base = self.anchor.or(self.dct);
            let value = if self.is(j, "year") {
                self.anchor_year
                    .or(base.map(|d| d.year()))
                    .map(|y| format!("{y:04}"))
            } else if self.is(j, "month") {
                base.map(|d| cal::month(d.year(), d.month()))
            } else {
                base.map(cal::week)
            };
            let value = value.unwrap_or_else(|| "XXXX".into());
            return Some(Found::one(item(i, j + 1, TimexType::Date, value)));
        }
        let pod = self.part_of_day(j)?;
        Some(Found::one(self.anchored(i, j + 1, 0, Some(pod))))
    }

    // --- "the ..." --------------------------------------------------------------------------

    pub(super) fn the(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        if let Some(f) = self
            .year_before_period(i, j)
            .or_else(|| self.latest_period(i, j))
        {
            return Some(f);
        }
        let next = self.lex(j);
        // "the last day of June" (before "the last day" as a stretch).
        if self.is(j, "last") && self.is(j + 1, "day") && self.is(j + 2, "of") {
            if let Some(f) = self.ordinal_day(j, i) {
                return Some(f);
            }
        }
        if let Some(s) = next.and_then(|e| e.shift) {
            if let Some(f) = self.the_shift(i, j, s) {
                return Some(f);
            }
        }
        // "the same period last year", "the comparable quarter a year earlier": the quarter
        // under discussion (else the year) a year before.
        if self.is_any(j, &["same", "corresponding", "comparable"])
            && self.is_any(j + 1, &["period", "quarter", "time"])
        {
            let k = if self.is(j + 2, "of") { j + 3 } else { j + 2 };
            // "the same period of the last year", "the same quarter of the previous year".
            let k = if self.is(k, "the") && self.is_any(k + 1, &["last", "previous", "prior"]) {
                k + 1
            } else {
                k
            };
            let end = if self.is_any(k, &["last", "previous", "prior"]) && self.is(k + 1, "year") {
                Some(k + 2)
            } else if self.is_any(k, &["a", "one"])
                && self.is(k + 1, "year")
                && self.is_any(k + 2, &["ago", "earlier", "before"])
            {
                Some(k + 3)
            } else {
                None
            };
            if let Some(end) = end {
                let value = match self.near_quarter(i) {
                    Some((y, q)) if !self.is(j + 1, "time") => format!("{:04}-Q{q}", y - 1),
                    _ => format!("{:04}", self.dct?.year() - 1),
                };
                let mut it = item(i, end, TimexType::Date, value);
                it.shifted = true;
                return Some(Found::one(it));
            }
        }
        if self.is(j, "same") {
            if self.is(j + 1, "day") {
                return Some(Found::one(self.anchored(i, j + 2, 0, None)));
            }
            if let Some(pod) = self.part_of_day(j + 1) {
                return Some(Found::one(self.anchored(i, j + 2, 0, Some(pod))));
            }
            return None;
        }
        if self.is(j, "day")
            && self.is_any(j + 1, &["before", "after"])
            && self.is_any(j + 2, &["yesterday", "tomorrow"])
        {
            let delta = match (self.is(j + 1, "before"), self.is(j + 2, "yesterday")) {
                (true, true) => -2,
                (false, false) => 2,
                _ => return None,
            };
            let day = self.dct.and_then(|d| cal::add_days(d, delta));
            let mut it = item(
                i,
                j + 3,
                TimexType::Date,
                day.map_or_else(|| "XXXX-XX-XX".into(), cal::day),
            );
            it.day = day;
            return Some(Found::one(it));
        }
        // "The day after, the mayor resigned": the day after the one in view ("the day after
        // the vote" leaves "the day" to the rules below, as TimeML does).
        if self.is_any(j, &["day", "night"])
            && self.is(j + 1, "after")
            && self.toks.get(j + 2).is_none_or(|t| t.kind == Kind::Punct)
        {
            let pod = if self.is(j, "night") {
                Some("NI")
            } else {
                None
            };
            return Some(Found::one(self.anchored(i, j + 2, 1, pod)));
        }
        if self.is_any(j, &["day", "night"]) && self.is(j + 1, "before") {
            let pod = if self.is(j, "night") {
                Some("NI")
            } else {
                None
            };
            return Some(Found::one(self.anchored(i, j + 2, -1, pod)));
        }
        // "the evening of Oct. 8".
        if let Some(pod) = self.part_of_day(j) {
            if self.is(j + 1, "of") {
                let f = self
                    .month_first(j + 2, true)
                    .or_else(|| self.day_first(j + 2, j + 2))
                    .or_else(|| self.weekday(j + 2, None))
                    .or_else(|| self.numeric_date(j + 2))?;
                if f.items.len() != 1
                    || !is_day_value(&f.items[0].value)
                    || f.items[0].ty != TimexType::Date
                {
                    return None;
                }
                let mut f = f;
                let first = f.items.first_mut()?;
                first.t0 = i;
                first.value = format!("{}T{pod}", first.value);
                first.ty = TimexType::Time;
                return Some(f);
            }
            // "in the morning", "by the afternoon", "during the night": that part of the day
            // last mentioned (a clock time before it, "10 in the morning", is a clock rule).
            let prep = i > 0
                && self.same_sent(i - 1, i)
                && self.is_any(
                    i - 1,
                    &["in", "during", "by", "through", "throughout", "into"],
                );
            if prep && !self.is(j, "overnight") && !self.is(j + 1, "before") {
                return Some(Found::one(self.anchored(i, j + 1, 0, Some(pod))));
            }
            return None;
        }
        if self.is_any(j, &["weekend", "weekends"]) {
            return self.weekend(i, j + 1, None);
        }
        // "the nineties", "the mid-eighties" (the modifier rules give "the mid").
        if let Some(d) = next.map(|e| e.decade_word).filter(|&d| d != 0) {
            let y = i32::from(d) * 10;
            let century = match self.dct {
                Some(dct) if dct.year() >= 2000 + y => 20,
                _ => 19,
            };
            return Some(Found::one(item(
                i,
                j + 1,
                TimexType::Date,
                format!("{century}{d}"),
            )));
        }
        // "the month of January".
        if self.is(j, "month") && self.is(j + 1, "of") {
            let mut f = self.month_first(j + 2, true)?;
            if f.items.len() != 1 {
                return None;
            }
            f.items.first_mut()?.t0 = i;
            return Some(f);
        }
        if self.is(j, "week") && self.is(j + 1, "of") {
            let f = self
                .month_first(j + 2, true)
                .or_else(|| self.day_first(j + 2, j + 2))?;
            let day = f.items.first().filter(|_| f.items.len() == 1)?.day?;
            return Some(Found::one(item(i, f.end, TimexType::Date, cal::week(day))));
        }
        // "on the 15th": that day of the month last named, else of publication's month (the
        // one before it in a past clause when the day is still ahead, the next in a future one).
        if i > 0 && self.same_sent(i - 1, i) && self.is(i - 1, "on") {
            if let Some((d, end)) = self
                .ordinal_at(j)
                .filter(|_| self.toks[j].kind == Kind::Digits)
            {
                let clause_end = self.toks.get(end).is_none_or(|t| t.kind == Kind::Punct)
                    || !self.same_sent(end - 1, end);
                if (1..=31).contains(&d) && clause_end {
                    let month = match (self.anchor_month, self.dct) {
                        (Some(ym), _) => Some(ym),
                        (None, Some(dct)) => {
                            let shift = match self.tense(i, end) {
                                Tense::Past if d > dct.day() => -1,
                                Tense::Future if d < dct.day() => 1,
                                _ => 0,
                            };
                            let first = NaiveDate::from_ymd_opt(dct.year(), dct.month(), 1)?;
                            let m = cal::add_months(first, shift)?;
                            Some((m.year(), m.month()))
                        }
                        (None, None) => None,
                    };
                    let it = match month {
                        Some((y, m)) => {
                            let date = NaiveDate::from_ymd_opt(y, m, d)?;
                            let mut it = item(i, end, TimexType::Date, cal::day(date));
                            it.day = Some(date);
                            it
                        }
                        None => item(i, end, TimexType::Date, format!("XXXX-XX-{d:02}")),
                    };
                    return Some(Found::one(it));
                }
            }
        }
        // "the new century", "the new millennium": the one just begun or about to begin (a
        // millennium by its first digit, the 2000s as `2`).
        if self.is(j, "new") && self.is_any(j + 1, &["century", "millennium"]) {
            let y = self.dct?.year() + 10;
            let value = if self.is(j + 1, "century") {
                format!("{:02}", y.div_euclid(100))
            } else {
                format!("{}", y.div_euclid(1000))
            };
            return Some(Found::one(item(i, j + 2, TimexType::Date, value)));
        }
        // "the year's end" (see `year_end`) before "the year".
        if let Some(f) = self.year_end(i, j) {
            return Some(f);
        }
        if let Some(f) = self.the_unit(i, j) {
            return Some(f);
        }
        // "the weeks ahead", "the months ahead": an open stretch from now on.
        if let Some((unit, true)) = next.and_then(|e| e.unit) {
            if self.is(j + 1, "ahead") {
                return Some(Found::one(item(
                    i,
                    j + 2,
                    TimexType::Duration,
                    cal::duration(None, unit),
                )));
            }
        }
        // "over the years", "through the decades": a stretch of unknown length up to the
        // time talked about (TimeML: a duration, `PXY`).
        if let Some((unit, true)) = next.and_then(|e| e.unit) {
            let over = i > 0
                && self.same_sent(i - 1, i)
                && self.is_any(i - 1, &["over", "through", "throughout"]);
            let ends_phrase = !self.is(j + 1, "of") && !self.is(j + 1, "ahead");
            if over && ends_phrase {
                return Some(Found::one(item(
                    i,
                    j + 1,
                    TimexType::Duration,
                    cal::duration(None, unit),
                )));
            }
        }
        // "the first hours of the war", "the final days of the campaign": an opening or closing
        // stretch of unknown length.
        if self.is_any(j, &["first", "final", "opening", "closing"]) {
            if let Some((unit, true)) = self.lex(j + 1).and_then(|e| e.unit) {
                if unit != Unit::Quarter {
                    return Some(Found::one(item(
                        i,
                        j + 2,
                        TimexType::Duration,
                        cal::duration(None, unit),
                    )));
                }
            }
        }
        // "the nine months", "the first nine months (of the year)": a duration with its "the".
        let n_at = if self.is_any(j, &["first", "last", "final"]) {
            j + 1
        } else {
            j
        };
        if let Some((Some(n), k, false)) = self.number_at(n_at) {
            if let Some((unit, true)) = self.lex(k).and_then(|e| e.unit) {
                return Some(Found::one(item(
                    i,
                    k + 1,
                    TimexType::Duration,
                    cal::duration(Some(n), unit),
                )));
            }
        }
        if self.is(j, "past") && i > 0 && self.is(i - 1, "in") {
            return Some(Found::one(item(
                i,
                j + 1,
                TimexType::Date,
                "PAST_REF".into(),
            )));
        }
        // "in the future", "worried about the future"; not "the future of the port" (its
        // prospects) nor "the future looks bright" (a subject), as TimeBank annotates them.
        let prep_before = || {
            i > 0
                && self.same_sent(i - 1, i)
                && self.is_any(i - 1, &["in", "into", "about", "for", "near"])
        };
        if self.is(j, "future") && !self.is(j + 1, "of") && prep_before() {
            return Some(Found::one(item(
                i,
                j + 1,
                TimexType::Date,
                "FUTURE_REF".into(),
            )));
        }
        if self.is(j, "near") && self.is(j + 1, "future") {
            return Some(Found::one(item(
                i,
                j + 2,
                TimexType::Date,
                "FUTURE_REF".into(),
            )));
        }
        if next.is_some_and(|e| e.season.is_some()) {
            return self.season(j, i, false);
        }
        if self.toks.get(j).is_some_and(|t| t.kind == Kind::Digits) {
            if let Some(f) = self.decade(j, i) {
                return Some(f);
            }
            if self.ordinal_at(j).is_some() {
                if let Some(f) = self.day_first(j, i) {
                    return Some(f);
                }
            }
        }
        if self
            .toks
            .get(j)
            .is_some_and(|t| t.kind == Kind::Punct && is_apostrophe(t.first))
        {
            return self.decade(j, i);
        }
        self.quarter(j, i)
            .or_else(|| self.century(j, i))
            .or_else(|| self.ordinal_day(j, i))
    }

    /// "the quarter", "the year", "the month", "the week": the one of the publication date (for
    /// a quarter in a past clause, the last one completed, as business news uses it).
    pub(super) fn the_unit(&self, i: usize, j: usize) -> Option<Found> {
        // "the full year", "the current fiscal year": the period holding publication.
        let mut current = false;
        let mut j = j;
        while self.is_any(j, PERIOD_ADJECTIVES) {
            current = true;
            j += 1;
        }
        let (unit, false) = self.lex(j)?.unit? else {
            return None;
        };
        if !matches!(
            unit,
            Unit::Quarter | Unit::Year | Unit::Month | Unit::Week | Unit::Day
        ) {
            return None;
        }
        // "the year 2024", "the year two thousand".
        if unit == Unit::Year && !current {
            if let Some((y, end)) = self.year_at(j + 1) {
                return Some(Found::one(item(i, end, TimexType::Date, format!("{y:04}"))));
            }
        }
        // "the year-ago results": the adjective is the expression, not "the year".
        if self.is_dash(j + 1) && self.glued(j + 1) {
            return None;
        }
        // "the year 2024", "the year ended June 30", "the week before", "the month of".
        let next = j + 1;
        if self.toks.get(next).is_some_and(|t| t.kind == Kind::Digits)
            || self.is_any(
                next,
                &[
                    "before", "after", "ago", "earlier", "later", "of", "when", "in",
                ],
            )
            || self.is(next, "that") && !current
        {
            return None;
        }
        // "later in the day", "shares fell 2% on the day": the day last mentioned.
        if unit == Unit::Day {
            if current || self.is_any(next, &["ended", "ending", "to", "s"]) || self.is_dash(next) {
                return None;
            }
            return Some(Found::one(self.anchored(i, j + 1, 0, None)));
        }
        if self.is_any(next, &["ended", "ending", "to"]) && unit != Unit::Quarter {
            return Some(Found::one(item(
                i,
                j + 1,
                TimexType::Duration,
                cal::duration(Some(1.0), unit),
            )));
        }
        // "the quarter" after "the third quarter" is that quarter.
        if let (Unit::Quarter, Some((y, q))) = (unit, self.near_quarter(i)) {
            return Some(Found::one(item(
                i,
                j + 1,
                TimexType::Date,
                format!("{y:04}-Q{q}"),
            )));
        }
        let s = match (unit, self.tense(i, j + 1)) {
            _ if current => 0,
            (Unit::Quarter, Tense::Future) => 0,
            (Unit::Quarter, _) => -1,
            _ => 0,
        };
        Some(Found::one(self.unit_of_dct(i, j + 1, unit, s)?))
    }

    /// "the past three days", "the coming weeks", "the following day", "the previous week".
    pub(super) fn the_shift(&self, i: usize, j: usize, s: i8) -> Option<Found> {
        let (n, k) = match self.number_at(j + 1) {
            Some((n, k, false)) => (Some(n), k),
            _ => (None, j + 1),
        };
        let shift_word = self.txt(j);
        let anchored_word = ["following", "previous", "next"]
            .iter()
            .any(|w| shift_word.eq_ignore_ascii_case(w));
        // "the previous Friday", "the following Monday": relative to the last day mentioned.
        if anchored_word && self.lex(j + 1).is_some_and(|e| e.weekday != 0) && self.cap(j + 1) {
            let wd = self.lex(j + 1)?.weekday;
            let base = self.anchor.or(self.dct);
            let dir = if s < 0 { Dir::Before } else { Dir::After };
            let day = base.and_then(|b| cal::weekday(b, wd, dir));
            let mut it = item(
                i,
                j + 2,
                TimexType::Date,
                day.map_or_else(|| format!("XXXX-WXX-{wd}"), cal::day),
            );
            it.day = day;
            return Some(Found::one(it));
        }
        if n.is_none() {
            if let Some(pod) = self.part_of_day(k) {
                if anchored_word {
                    return Some(Found::one(self.anchored(
                        i,
                        k + 1,
                        i64::from(s.signum()),
                        Some(pod),
                    )));
                }
                return None;
            }
            if s == 0 {
                let mut f = self.shifted(j)?;
                f.items.first_mut()?.t0 = i;
                return Some(f);
            }
        }
        let (unit, plural) = self.lex(k)?.unit?;
        // "the next century", "the coming century": the century after publication's (TIMEX3
        // writes a century by its first two digits, the 2000s as `20`).
        let for_a_stretch = i > 0 && self.is_any(i - 1, &["for", "over", "throughout"]);
        if n.is_none() && !plural && s > 0 && unit == Unit::Century && !for_a_stretch {
            let c = self.dct?.year().div_euclid(100) + 1;
            return Some(Found::one(item(
                i,
                k + 1,
                TimexType::Date,
                format!("{c:02}"),
            )));
        }
        if n.is_none() && !plural && anchored_word {
            let delta = i64::from(s.signum());
            // "the previous quarter": next to the quarter under discussion, or publication's.
            if unit == Unit::Quarter && !shift_word.eq_ignore_ascii_case("next") {
                let (y, q) = match self.near_quarter(i) {
                    Some(yq) => yq,
                    None => {
                        let d = self.dct?;
                        (d.year(), d.month0() / 3 + 1)
                    }
                };
                let q0 = y * 4 + q as i32 - 1 + delta as i32;
                let value = format!("{:04}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1);
                let mut it = item(i, k + 1, TimexType::Date, value);
                it.shifted = true;
                return Some(Found::one(it));
            }
            match unit {
                Unit::Day => return Some(Found::one(self.anchored(i, k + 1, delta, None))),
                Unit::Week | Unit::Month | Unit::Year
                    if !shift_word.eq_ignore_ascii_case("next") =>
                {
                    let base = self.anchor.or(self.dct);
                    let value = match (base, unit) {
                        (Some(b), Unit::Week) => cal::add_days(b, 7 * delta).map(cal::week),
                        // "In March ... The following month": the month last named.
                        (Some(b), Unit::Month) => {
                            let (y, m) = self.anchor_month.unwrap_or((b.year(), b.month()));
                            NaiveDate::from_ymd_opt(y, m, 1)
                                .and_then(|first| cal::add_months(first, delta as i32))
                                .map(|d| cal::month(d.year(), d.month()))
                        }
                        // "in 2009, up from 350 the previous year": the year last named.
                        (Some(b), _) => Some(format!(
                            "{:04}",
                            self.anchor_year.unwrap_or(b.year()) + delta as i32
                        )),
                        (None, _) => None,
                    };
                    let value = value.unwrap_or_else(|| "XXXX".into());
                    return Some(Found::one(item(i, k + 1, TimexType::Date, value)));
                }
                _ => {}
            }
        }
        // "the last quarter", "the past quarter": the reporting quarter under discussion, else
        // the last one that ended before publication (like "the latest quarter").
        if n.is_none() && !plural && s < 0 && unit == Unit::Quarter {
            let value = match self.near_quarter(i) {
                Some((y, q)) => format!("{y:04}-Q{q}"),
                None => {
                    let d = cal::add_months(self.dct?, -3)?;
                    format!("{:04}-Q{}", d.year(), d.month0() / 3 + 1)
                }
            };
            return Some(Found::one(item(i, k + 1, TimexType::Date, value)));
        }
        // "the past year", "the last decade": TimeBank writes the previous calendar year or
        // decade (a count, "the past three years", stays a duration).
        if n.is_none() && !plural && s < 0 && matches!(unit, Unit::Year | Unit::Decade) {
            return Some(Found::one(self.unit_of_dct(i, k + 1, unit, -1)?));
        }
        if n.is_none() && plural && s > 0 {
            return Some(Found::one(item(
                i,
                k + 1,
                TimexType::Date,
                "FUTURE_REF".into(),
            )));
        }
        let count = match n {
            Some(n) => n,
            None if plural => None,
            None => Some(1.0),
        };
        // "the next two years or so".
        let end = if self.is(k + 1, "or") && self.is(k + 2, "so") {
            k + 3
        } else {
            k + 1
        };
        Some(Found::one(item(
            i,
            end,
            TimexType::Duration,
            cal::duration(count, unit),
        )))
    }

    pub(super) fn weekend(&self, t0: usize, t1: usize, shift: Option<i8>) -> Option<Found> {
        let value = match self.dct {
            Some(dct) => {
                let s = shift.unwrap_or_else(|| {
                    let on_weekend = dct.weekday().number_from_monday() >= 6;
                    match self.tense(t0, t1) {
                        Tense::Future => 0,
                        _ if on_weekend => 0,
                        _ => -1,
                    }
                });
                cal::weekend(cal::add_days(dct, 7 * i64::from(s))?)
            }
            None => "XXXX-WXX-WE".into(),
        };
        Some(Found::one(item(t0, t1, TimexType::Date, value)))
    }

    /// The week, month, year, ... holding the publication date, shifted by `s` units.
    pub(super) fn unit_of_dct(&self, t0: usize, t1: usize, unit: Unit, s: i8) -> Option<Item> {
        let s32 = i32::from(s);
        let value = match (self.dct, unit) {
            (Some(d), Unit::Week) => cal::week(cal::add_days(d, 7 * i64::from(s))?),
            (Some(d), Unit::Fortnight) => cal::week(cal::add_days(d, 14 * i64::from(s))?),
            (Some(d), Unit::Month) => {
                let m = cal::add_months(d, s32)?;
                cal::month(m.year(), m.month())
            }
            (Some(d), Unit::Quarter) => {
                let q0 = (d.year() * 4 + (d.month0() / 3) as i32) + s32;
                format!("{:04}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1)
            }
            (Some(d), Unit::Year) => format!("{:04}", d.year() + s32),
            (Some(d), Unit::Decade) => format!("{:03}", d.year() / 10 + s32),
            (Some(d), Unit::Century) => format!("{:02}", d.year() / 100 + s32),
            (None, Unit::Week | Unit::Fortnight) => "XXXX-WXX".into(),
            (None, Unit::Month) => "XXXX-XX".into(),
            (None, Unit::Quarter) => "XXXX-QX".into(),
            (None, Unit::Year) => "XXXX".into(),
            (None, Unit::Decade) => "XXX".into(),
            (None, Unit::Century) => "XX".into(),
            (_, Unit::Day | Unit::Hour | Unit::Minute | Unit::Second) => return None,
        };
        Some(item(t0, t1, TimexType::Date, value))
    }

    /// "last week", "next month", "this year", "last Friday", "last night", "next March".
    pub(super) fn shifted(&self, i: usize) -> Option<Found> {
        let s = self.lex(i)?.shift?;
        if self.name_cap(i) {
            return None; // a title: "This Week", "Next Year" (a film)
        }
        // "this past spring", "this past weekend": the last one; "this coming Sunday": the
        // next one.
        if self.is(i, "this") && self.is_any(i + 1, &["past", "coming"]) {
            let mut f = self.shifted(i + 1)?;
            f.items.first_mut()?.t0 = i;
            return Some(f);
        }
        // "the strike will last 24 hours": a verb.
        if self.is(i, "last") && i > 0 && self.is_any(i - 1, VERB_LAST_BEFORE) {
            return None;
        }
        let j = i + 1;
        let e = self.lex(j);
        if e.is_some_and(|x| x.weekday != 0) {
            let dir = match s {
                ..=-1 => Some(Dir::Before),
                1.. => Some(Dir::After),
                0 => None,
            };
            return self.weekday_from(i, j, dir);
        }
        if let Some(pod) = self.part_of_day(j) {
            let delta = match (s, pod) {
                (-1, "NI" | "EV") => -1,
                (0, _) => 0,
                _ => return None,
            };
            let day = self.dct.and_then(|d| cal::add_days(d, delta));
            let base = day.map_or_else(|| "XXXX-XX-XX".to_string(), cal::day);
            let (value, ty) = Self::with_pod(base, Some(pod));
            let mut it = item(i, j + 1, ty, value);
            it.day = day;
            return Some(Found::one(it));
        }
        if self.is(j, "weekend") {
            return self.weekend(i, j + 1, Some(s));
        }
        if let Some((unit, false)) = e.and_then(|x| x.unit) {
            // "this year's third quarter", "next year's first half".
            if let (Unit::Year, Some(dct)) = (unit, self.dct) {
                if let Some((value, end)) = self.quarter_after(j + 1, dct.year() + i32::from(s)) {
                    return Some(Found::one(item(i, end, TimexType::Date, value)));
                }
            }
            return Some(Found::one(self.unit_of_dct(i, j + 1, unit, s)?));
        }
        if let Some((m, k, _)) = self.month_at(j) {
            if self.day_at(k).is_some() {
                return None;
            }
            let value = match self.dct {
                Some(dct) => {
                    let cur = dct.month();
                    let y = match s {
                        ..=-1 if m < cur => dct.year(),
                        ..=-1 => dct.year() - 1,
                        1.. if m > cur => dct.year(),
                        1.. => dct.year() + 1,
                        0 => dct.year(),
                    };
                    cal::month(y, m)
                }
                None => format!("XXXX-{m:02}"),
            };
            return Some(Found::one(item(i, k, TimexType::Date, value)));
        }
        if let Some(code) = e.and_then(|x| x.season) {
            // "last summer": the latest one already over; "next summer": the first not begun.
            let value = match self.dct {
                Some(dct) => {
                    let y = match s {
                        0 => cal::pick_year(dct, Tense::Unknown, |y| cal::season_bounds(y, code)),
                        ..=-1 => cal::pick_year(dct, Tense::Past, |y| {
                            cal::season_bounds(y, code).filter(|(_, b)| *b < dct)
                        }),
                        1.. => cal::pick_year(dct, Tense::Future, |y| {
                            cal::season_bounds(y, code).filter(|(a, _)| *a > dct)
                        }),
                    };
                    y.map_or_else(|| format!("XXXX-{code}"), |y| format!("{y:04}-{code}"))
                }
                None => format!("XXXX-{code}"),
            };
            return Some(Found::one(item(i, j + 1, TimexType::Date, value)));
        }
        // "in coming months", "in past years": the future or the past at large.
        if let Some((_, true)) = e.and_then(|x| x.unit) {
            if self.is_any(i, &["coming", "upcoming", "past"]) {
                let value = if s > 0 { "FUTURE_REF" } else { "PAST_REF" };
                return Some(Found::one(item(i, j + 1, TimexType::Date, value.into())));
            }
        }
        // "last three days", "past few weeks": a duration.
        if s != 0 {
            if let Some((n, k, false)) = self.number_at(j) {
                if let Some((unit, _)) = self.lex(k).and_then(|x| x.unit) {
                    return Some(Found::one(item(
                        i,
                        k + 1,
                        TimexType::Duration,
                        cal::duration(n, unit),
                    )));
                }
            }
        }
        None
    }
}
