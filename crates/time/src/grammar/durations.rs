//! Rules for durations and frequencies: "three days", "48 hours", "a 24-hour", "two years ago",
//! "several weeks", "every week", "twice a day", "per day".

use chrono::Datelike;
use sitrep_doc::TimexType;

use super::{item, Found, Item, Tagger};
use crate::calendar as cal;
use crate::lexicon::Unit;
use crate::scan::Kind;

impl Tagger<'_> {
    // --- durations and sets -----------------------------------------------------------------

    /// A count: digits ("48", "1.5", "1,000"), words ("three", "twenty-five"), "a"/"an" (the
    /// flag), or a vague count ("several", "a few": `None`).
    pub(super) fn number_at(&self, i: usize) -> Option<(Option<f64>, usize, bool)> {
        let t = self.toks.get(i)?;
        match t.kind {
            Kind::Digits => {
                let (v, _) = self.digits(i)?;
                if i > 0 && self.glued(i) && self.toks[i - 1].kind == Kind::Word {
                    return None; // "Su-27" is glued through the dash; "A4" directly
                }
                let mut val = f64::from(v);
                let mut j = i + 1;
                while self.is_p(j, ',') && self.glued(j) && self.glued(j + 1) {
                    match self.digits(j + 1) {
                        Some((g, 3)) => {
                            val = val * 1000.0 + f64::from(g);
                            j += 2;
                        }
                        _ => break,
                    }
                }
                if self.is_p(j, '.') && self.glued(j) && self.glued(j + 1) {
                    if let Some((f, nf)) = self.digits(j + 1) {
                        val += f64::from(f) / 10f64.powi(nf as i32);
                        j += 2;
                    }
                } else if self.digits(j) == Some((1, 1))
                    && self.is_p(j + 1, '/')
                    && self.glued(j + 1)
                {
                    // "5 1/2 hours".
                    if self.glued(j + 2) && self.digits(j + 2) == Some((2, 1)) {
                        val += 0.5;
                        j += 3;
                    }
                }
                Some((Some(val), j, false))
            }
            Kind::Word => {
                let e = t.lex?;
                if self.is_any(i, &["a", "an"]) {
                    // "a half-hour", "a half day".
                    if self.is(i + 1, "half") {
                        return Some((Some(0.5), i + 2, false));
                    }
                    // "a quarter of a century", "a quarter of an hour".
                    if self.is(i + 1, "quarter")
                        && self.is(i + 2, "of")
                        && self.is_any(i + 3, &["a", "an"])
                        && self.lex(i + 4).is_some_and(|x| x.unit.is_some())
                    {
                        return Some((Some(0.25), i + 4, false));
                    }
                    if self.is(i + 1, "few") {
                        return Some((None, i + 2, false));
                    }
                    if self.is(i + 1, "couple") {
                        let end = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                        return Some((Some(2.0), end, false));
                    }
                    if let Some(n) = self
                        .lex(i + 1)
                        .and_then(|x| x.number)
                        .filter(|&n| matches!(n, 12 | 100 | 1000))
                    {
                        return Some((Some(f64::from(n)), i + 2, false));
                    }
                    return Some((Some(1.0), i + 1, true));
                }
                if e.vague {
                    // "the next couple of years".
                    if self.is(i, "couple") && self.is(i + 1, "of") {
                        return Some((Some(2.0), i + 2, false));
                    }
                    return Some((None, i + 1, false));
                }
                let Some(mut n) = e.number else {
                    // "the largest single-day drop": one unit.
                    if self.is(i, "single") {
                        let unit_next = self.is_dash(i + 1)
                            && self.glued(i + 1)
                            && self.lex(i + 2).is_some_and(|x| x.unit.is_some());
                        return unit_next.then_some((Some(1.0), i + 1, false));
                    }
                    // "half an hour": half of one unit.
                    if self.is(i, "half") {
                        return self.is_any(i + 1, &["a", "an"]).then_some((
                            Some(0.5),
                            i + 2,
                            false,
                        ));
                    }
                    return None;
                };
                let mut j = i + 1;
                if (20..=90).contains(&n) && n % 10 == 0 {
                    // "twenty-five", "twenty five".
                    let hyphen = self.is_dash(j) && self.glued(j) && self.glued(j + 1);
                    let unit_at = if hyphen { j + 1 } else { j };
                    if let Some(u) = self
                        .lex(unit_at)
                        .and_then(|x| x.number)
                        .filter(|u| (1..=9).contains(u))
                    {
                        n += u;
                        j = unit_at + 1;
                    }
                }
                if self.is(j, "hundred") && n < 100 {
                    n *= 100;
                    j += 1;
                }
                // "two thousand years".
                if self.is(j, "thousand") && n < 1000 {
                    n *= 1000;
                    j += 1;
                }
                Some((Some(f64::from(n)), j, false))
            }
            Kind::Punct => None,
        }
    }

    /// "three days", "48 hours", "a 24-hour", "two years ago", "two days later", "several weeks".
    pub(super) fn duration(&self, i: usize) -> Option<Found> {
        let (mut n, mut j, article) = self.number_at(i)?;
        // "two to three weeks", "five or six days", "between 60 and 90 days": two durations,
        // the first a bare number with the unit of the second (as TimeBank splits them).
        let mut split: Option<(usize, usize, Option<f64>)> = None;
        let between = i > 0 && self.is(i - 1, "between") && self.is(j, "and");
        if !article && self.is_any(j, &["to", "or"]) || between || self.is_dash(j) && self.glued(j)
        {
            if let Some((Some(n2), k, false)) = self.number_at(j + 1) {
                if self.lex(k).is_some_and(|e| e.unit.is_some()) {
                    split = Some((j, j + 1, Some(n2)));
                    j = k;
                }
            }
        }
        if self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half") {
            n = n.map(|x| x + 0.5);
            j += 3;
        }
        // "two-and-a-half years".
        if self.is_dash(j)
            && self.is(j + 1, "and")
            && self.is_dash(j + 2)
            && self.is(j + 3, "a")
            && self.is_dash(j + 4)
            && self.is(j + 5, "half")
            && (j..j + 6).all(|x| self.glued(x))
        {
            n = n.map(|x| x + 0.5);
            j += 6;
        }
        // "20 more years", "an additional year", "three straight days".
        if self.is_any(j, crate::lexicon::COUNT_UNIT_ADJECTIVES)
            && self.lex(j + 1).is_some_and(|x| x.unit.is_some())
        {
            j += 1;
        }
        let hyphen = self.is_dash(j) && self.glued(j) && self.glued(j + 1);
        let u = if hyphen { j + 1 } else { j };
        let (unit, plural) = self.lex(u)?.unit?;
        if article && (plural || unit == Unit::Second) {
            return None;
        }
        // "a year-long dispute": the adjective is the expression (a rule at the unit).
        if article && self.is_dash(u + 1) && self.glued(u + 1) && self.is(u + 2, "long") {
            return None;
        }
        // "a year-earlier loss": the adjective is the expression (see `year_before_adjective`).
        if article
            && self.is_dash(u + 1)
            && self.glued(u + 1)
            && self.is_any(u + 2, crate::lexicon::YEAR_BEFORE_WORDS)
        {
            return None;
        }
        // "one day he will return" is no duration; "for one day" is.
        if self.is(i, "one") && unit == Unit::Day && !hyphen {
            let prep = i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "for", "within", "in", "after", "over", "than", "about", "only", "just",
                        "least", "most", "by", "of",
                    ],
                );
            if !prep {
                return None;
            }
        }
        // "a quarter of", "three quarters of the shares" are fractions; "several quarters of
        // losses" is a stretch of time.
        if unit == Unit::Quarter && (article || self.is(u + 1, "of") && n.is_some()) {
            return None;
        }
        // "a minute detail": the adjective (a noun follows the article and "minute" directly).
        if article
            && unit == Unit::Minute
            && self.word(u + 1)
            && !self.lex(u + 1).is_some_and(|x| {
                x.function_word || x.tense.is_some() || x.reporting || x.unit.is_some()
            })
            && !self.is_any(
                u + 1,
                &["ago", "later", "earlier", "or", "and", "before", "after"],
            )
        {
            return None;
        }
        // Ages are not durations: "a 10-year-old", "20 years old".
        if self.is(u + 1, "old")
            || self.is_dash(u + 1) && self.glued(u + 1) && self.is(u + 2, "old")
        {
            return None;
        }
        let mut k = u + 1;
        if self.is(k, "and") && self.is(k + 1, "a") && self.is(k + 2, "half") {
            n = n.map(|x| x + 0.5);
            k += 3;
        }
        if self.is(k, "ago") && k == u + 1 {
            return Some(Found::one(self.ago(i, k + 1, n, unit)));
        }
        if self.is(k, "from") && self.is_any(k + 1, &["now", "today"]) && k == u + 1 {
            return Some(Found::one(self.ahead_of_dct(i, k + 2, n, unit)));
        }
        // "will be redeemed in five years": in a future clause, "in" and a whole count of
        // calendar units is the time that far after publication (with "within" it stays a
        // duration, and so does "finished in two weeks").
        let in_before = i > 0 && self.same_sent(i - 1, i) && self.is(i - 1, "in");
        let calendar_unit = matches!(
            unit,
            Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
        );
        if in_before
            && calendar_unit
            && k == u + 1
            && !article
            && n.is_some_and(|x| x.fract() == 0.0)
            && self.tense(i, k) == crate::lexicon::Tense::Future
        {
            return Some(Found::one(self.ahead_of_dct(i, k, n, unit)));
        }
        if self.is(k, "or") && self.is(k + 1, "so") && self.is(k + 2, "ago") {
            return Some(Found::one(self.ago(i, k + 3, n, unit)));
        }
        if self.is_any(k, &["later", "earlier"]) {
            if let (Some(a), Some(n)) = (self.anchor, n) {
                let sign = if self.is(k, "later") { 1 } else { -1 };
                let steps = (n.round() as i64) * sign;
                let date = match unit {
                    Unit::Day if n.fract() == 0.0 => cal::add_days(a, steps),
                    Unit::Week if n.fract() == 0.0 => cal::add_days(a, 7 * steps),
                    _ => None,
                };
                if let Some(d) = date {
                    let value = if unit == Unit::Day {
                        cal::day(d)
                    } else {
                        cal::week(d)
                    };
                    let mut it = item(i, k + 1, TimexType::Date, value);
                    it.day = (unit == Unit::Day).then_some(d);
                    return Some(Found::one(it));
                }
            }
            // "two months later": the month last named, shifted.
            let month_base = self
                .anchor_month
                .or(self.dct.map(|d| (d.year(), d.month())));
            if let (Unit::Month, Some((y, m)), Some(n)) =
                (unit, month_base, n.filter(|x| x.fract() == 0.0))
            {
                let sign = if self.is(k, "later") { 1 } else { -1 };
                let first = chrono::NaiveDate::from_ymd_opt(y, m, 1)?;
                let d = cal::add_months(first, sign * n as i32)?;
                let mut it = item(i, k + 1, TimexType::Date, cal::month(d.year(), d.month()));
                it.shifted = true;
                return Some(Found::one(it));
            }
            // "a year earlier": the year of the last year mentioned, shifted; next to a
            // quarter, that quarter shifted.
            let base = self.anchor_year.or(self.dct.map(|d| d.year()));
            if let (Unit::Year, Some(y), Some(n)) = (unit, base, n.filter(|x| x.fract() == 0.0)) {
                let sign = if self.is(k, "later") { 1 } else { -1 };
                let mut it = match self.near_quarter(i) {
                    Some((qy, q)) => {
                        let value = format!("{:04}-Q{q}", i64::from(qy) + sign * n as i64);
                        item(i, k + 1, TimexType::Date, value)
                    }
                    None => {
                        let value = format!("{:04}", i64::from(y) + sign * n as i64);
                        item(i, k + 1, TimexType::Date, value)
                    }
                };
                it.shifted = true;
                return Some(Found::one(it));
            }
        }
        // "troops a day": with an article after a plural noun or a number, a rate.
        if article && i > 0 && self.same_sent(i - 1, i) {
            let prev = self.toks[i - 1];
            let plural_noun = prev.kind == Kind::Word
                && self.txt(i - 1).ends_with('s')
                && !prev.lex.is_some_and(|e| e.vague || e.year_context)
                && !self.is_any(
                    i - 1,
                    &[
                        "was", "is", "has", "as", "this", "its", "his", "us", "thus", "plus",
                        "across", "less",
                    ],
                );
            // "$500 million a year", "3% a year": an amount per unit of time.
            let amount = self.is_any(i - 1, crate::lexicon::AMOUNT_WORDS)
                || prev.kind == Kind::Punct && prev.first == '%';
            if prev.kind == Kind::Digits || plural_noun || amount || self.is(i - 1, "times") {
                return Some(Found::one(item(
                    i,
                    u + 1,
                    TimexType::Set,
                    cal::duration(Some(1.0), unit),
                )));
            }
        }
        if let Some((first_end, second, n2)) = split.filter(|_| !hyphen) {
            let a = item(i, first_end, TimexType::Duration, cal::duration(n, unit));
            let b = item(second, k, TimexType::Duration, cal::duration(n2, unit));
            return Some(Found {
                end: k,
                items: vec![a, b],
                interval: None,
            });
        }
        // "two weeks or so".
        let k = if self.is(k, "or") && self.is(k + 1, "so") {
            k + 2
        } else {
            k
        };
        Some(Found::one(item(
            i,
            k,
            TimexType::Duration,
            cal::duration(n, unit),
        )))
    }

    /// The quarter mentioned within the last few tokens (same or previous sentence), if any.
    pub(super) fn near_quarter(&self, i: usize) -> Option<(i32, u32)> {
        const REACH: usize = 120;
        let (y, q, end) = self.last_quarter?;
        let close = end <= i
            && i - end <= REACH
            && self
                .sent
                .get(i)?
                .saturating_sub(*self.sent.get(end.saturating_sub(1))?)
                <= 2;
        close.then_some((y, q))
    }

    pub(super) fn ago(&self, t0: usize, t1: usize, n: Option<f64>, unit: Unit) -> Item {
        let exact = n.filter(|x| x.fract() == 0.0).map(|x| x as i64);
        // "a year ago" next to "the third quarter" is that quarter a year before.
        if let (Unit::Year, Some(n), Some((y, q))) = (unit, exact, self.near_quarter(t0)) {
            let mut it = item(
                t0,
                t1,
                TimexType::Date,
                format!("{:04}-Q{q}", i64::from(y) - n),
            );
            it.shifted = true;
            return it;
        }
        let value = exact.and_then(|n| self.dct_shift(-n, unit));
        let mut it = item(
            t0,
            t1,
            TimexType::Date,
            value.unwrap_or_else(|| "PAST_REF".into()),
        );
        if unit == Unit::Day {
            it.day = self.dct.zip(exact).and_then(|(d, n)| cal::add_days(d, -n));
        }
        it
    }

    /// "two weeks from now", "three days from today": the date that far after publication.
    pub(super) fn ahead_of_dct(&self, t0: usize, t1: usize, n: Option<f64>, unit: Unit) -> Item {
        let exact = n.filter(|x| x.fract() == 0.0).map(|x| x as i64);
        let value = exact.and_then(|n| self.dct_shift(n, unit));
        let mut it = item(
            t0,
            t1,
            TimexType::Date,
            value.unwrap_or_else(|| "FUTURE_REF".into()),
        );
        if unit == Unit::Day {
            it.day = self.dct.zip(exact).and_then(|(d, n)| cal::add_days(d, n));
        }
        it
    }

    /// The value of the unit `n` units from publication (negative: before it), at the
    /// granularity of the unit: a day, an ISO week, a month, a quarter or a year.
    fn dct_shift(&self, n: i64, unit: Unit) -> Option<String> {
        let d = self.dct?;
        match unit {
            Unit::Day => cal::add_days(d, n).map(cal::day),
            Unit::Week => cal::add_days(d, 7 * n).map(cal::week),
            Unit::Fortnight => cal::add_days(d, 14 * n).map(cal::week),
            Unit::Month => cal::add_months(d, n as i32).map(|m| cal::month(m.year(), m.month())),
            Unit::Quarter => cal::add_months(d, 3 * n as i32)
                .map(|m| format!("{:04}-Q{}", m.year(), m.month0() / 3 + 1)),
            Unit::Year => Some(format!("{:04}", i64::from(d.year()) + n)),
            Unit::Decade => Some(format!("{:04}", i64::from(d.year()) + 10 * n)),
            Unit::Century => Some(format!("{:04}", i64::from(d.year()) + 100 * n)),
            Unit::Hour | Unit::Minute | Unit::Second => Some(cal::day(d)),
        }
    }

    /// "every week", "each Friday", "every other day", "per day".
    pub(super) fn sets(&self, i: usize) -> Option<Found> {
        if self.is(i, "per") {
            let (unit, false) = self.lex(i + 1)?.unit? else {
                return None;
            };
            return Some(Found::one(item(
                i,
                i + 2,
                TimexType::Set,
                cal::duration(Some(1.0), unit),
            )));
        }
        if !self.is_any(i, &["every", "each"]) {
            return None;
        }
        let mut j = i + 1;
        let mut n = Some(1.0);
        if self.is(j, "other") {
            n = Some(2.0);
            j += 1;
        } else if let Some((c, k, false)) = self.number_at(j) {
            n = c;
            j = k;
        }
        let e = self.lex(j)?;
        let value = if let Some((unit, _)) = e.unit {
            cal::duration(n, unit)
        } else if e.weekday != 0 && self.cap(j) {
            format!("XXXX-WXX-{}", e.weekday)
        } else if let Some(p) = e.part_of_day {
            format!("XXXX-XX-XXT{p}")
        } else if let Some(code) = e.season.filter(|_| !self.is(j, "fall")) {
            format!("XXXX-{code}")
        } else if self.is(j, "weekend") {
            "XXXX-WXX-WE".into()
        } else if e.month != 0 && self.cap(j) && !e.month_abbrev {
            format!("XXXX-{:02}", e.month)
        } else {
            return None;
        };
        Some(Found::one(item(i, j + 1, TimexType::Set, value)))
    }

    /// "twice a week", "three times a day", "once a month".
    pub(super) fn freq(&self, i: usize) -> Option<Found> {
        let j = if self.is_any(i, &["once", "twice", "thrice"]) {
            i + 1
        } else {
            let (_, k, _) = self.number_at(i)?;
            if !self.is(k, "times") {
                return None;
            }
            k + 1
        };
        if !self.is_any(j, &["a", "an", "per", "each", "every"]) {
            return None;
        }
        let (unit, false) = self.lex(j + 1)?.unit? else {
            return None;
        };
        Some(Found::one(item(
            i,
            j + 2,
            TimexType::Set,
            cal::duration(Some(1.0), unit),
        )))
    }
}
