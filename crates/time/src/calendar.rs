//! Calendar arithmetic and TIMEX3 value formatting for the time tagger.
//!
//! Kept apart from the grammar so that the rules that *anchor* an under-specified expression
//! (which year for "Oct. 13", which Friday for "Friday") are written once and tested on their
//! own. Every function here is total: an impossible date yields `None`, never a panic.

use chrono::{Datelike, Duration, Months, NaiveDate};

use crate::lexicon::{Tense, Unit};

/// "2024-10-08".
pub fn day(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// "2024-10".
pub fn month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// "2024-W41" (ISO week).
pub fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// "2024-W41-WE": the weekend of the ISO week holding `d`.
pub fn weekend(d: NaiveDate) -> String {
    format!("{}-WE", week(d))
}

/// A number for a TIMEX3 value: "3", "1.5".
pub fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A TIMEX3 duration: `P3D`, `PT48H`, `P2W`, `P2Q` (quarters, as TimeBank writes them), `PXY`
/// when the count is unknown.
pub fn duration(n: Option<f64>, unit: Unit) -> String {
    let (d, clock) = unit.designator();
    let t = if clock { "T" } else { "" };
    match n {
        Some(n) => {
            let n = n * unit.factor();
            // "two thousand years": whole millennia take TimeML's letter `L`.
            if unit == Unit::Year && n >= 1000.0 && n % 1000.0 == 0.0 {
                return format!("P{}L", num(n / 1000.0));
            }
            if let Some(v) = split_fraction(n, unit) {
                v
            } else {
                format!("P{t}{}{d}", num(n))
            }
        }
        None => format!("P{t}X{}", unit.vague_designator()),
    }
}

/// A fractional count in whole units and whole smaller units, as TIMEX3 writes them: "two and
/// a half years" is `P2Y6M`, "a minute and a half" `PT1M30S`, "a day and a half" `P1DT12H`.
fn split_fraction(n: f64, unit: Unit) -> Option<String> {
    if n.fract() == 0.0 || !(0.0..=1e9).contains(&n) {
        return None;
    }
    let (whole, frac) = (n.trunc() as u64, n.fract());
    let (per, big, small, clock_big, clock_small) = match unit {
        Unit::Year => (12.0, "Y", "M", false, false),
        Unit::Day => (24.0, "D", "H", false, true),
        Unit::Hour => (60.0, "H", "M", true, true),
        Unit::Minute => (60.0, "M", "S", true, true),
        _ => return None,
    };
    let part = frac * per;
    if (part - part.round()).abs() > 1e-9 {
        return None;
    }
    let part = part.round() as u64;
    let mut out = String::from("P");
    if whole > 0 {
        if clock_big {
            out.push('T');
        }
        out.push_str(&format!("{whole}{big}"));
    }
    if clock_small && !out.contains('T') {
        out.push('T');
    }
    out.push_str(&format!("{part}{small}"));
    Some(out)
}

/// The date `n` days from `d`.
pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

/// The first day of the month `n` months from `d`'s month.
pub fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let first = d.with_day(1)?;
    if n >= 0 {
        first.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        first.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// How to pick a weekday relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// The most recent one, the publication day included.
    OnOrBefore,
    /// The coming one, the publication day included.
    OnOrAfter,
    /// Strictly before ("last Friday").
    Before,
    /// Strictly after ("next Friday").
    After,
}

impl Dir {
    /// The direction a clause's tense implies: past (and unknown, since news mostly reports what
    /// happened) looks back, future looks ahead.
    pub fn from_tense(t: Tense) -> Dir {
        match t {
            Tense::Future => Dir::OnOrAfter,
            Tense::Past | Tense::Unknown => Dir::OnOrBefore,
        }
    }
}

/// The date of ISO weekday `wd` (Monday = 1) relative to `dct`.
pub fn weekday(dct: NaiveDate, wd: u8, dir: Dir) -> Option<NaiveDate> {
    let cur = i64::from(dct.weekday().number_from_monday());
    let wd = i64::from(wd);
    let delta = match dir {
        Dir::OnOrBefore => -((cur - wd).rem_euclid(7)),
        Dir::OnOrAfter => (wd - cur).rem_euclid(7),
        Dir::Before => -((cur - wd - 1).rem_euclid(7) + 1),
        Dir::After => (wd - cur - 1).rem_euclid(7) + 1,
    };
    add_days(dct, delta)
}

/// Easter Sunday of a year (Gregorian calendar; the anonymous Gregorian algorithm).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The `n`th ISO weekday `wd` (Monday = 1) of a month; `n` = -1 is the last one.
pub fn nth_weekday(y: i32, m: u32, wd: u8, n: i8) -> Option<NaiveDate> {
    if n < 0 {
        let last = month_end(y, m)?;
        return weekday(last, wd, Dir::OnOrBefore);
    }
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let d = weekday(first, wd, Dir::OnOrAfter)?;
    let d = add_days(d, 7 * i64::from(n - 1))?;
    (d.month() == m).then_some(d)
}

/// The day of a movable holiday in a year.
pub fn movable(y: i32, rule: crate::lexicon::Movable) -> Option<NaiveDate> {
    match rule {
        crate::lexicon::Movable::Easter(off) => add_days(easter(y)?, i64::from(off)),
        crate::lexicon::Movable::NthWeekday { month, weekday, n } => {
            nth_weekday(y, u32::from(month), weekday, n)
        }
    }
}

/// Days after publication that a date in a past-tense clause may still lie (and days before
/// it for a future clause): news style omits the year only for dates of the current year, so
/// "must be home by Jan. 14" in a story of Jan. 5 means this January even when the tense cue
/// nearest to it reads as past.
pub const PAST_GRACE_DAYS: i64 = 14;

/// Picks the year for an expression that names no year, given the first and last day it
/// covers in a candidate year. Past clauses take the latest occurrence that has begun by the
/// publication date, future clauses the earliest that has not ended (both with
/// [`PAST_GRACE_DAYS`] of slack, in a future clause only for a single day), others the
/// nearest, with days ahead counting double.
pub fn pick_year(
    dct: NaiveDate,
    tense: Tense,
    bounds: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<i32> {
    let y = dct.year();
    let cands: Vec<(i32, NaiveDate, NaiveDate)> = (y - 1..=y + 1)
        .filter_map(|c| bounds(c).map(|(a, b)| (c, a, b)))
        .collect();
    match tense {
        Tense::Past => {
            let limit = add_days(dct, PAST_GRACE_DAYS).unwrap_or(dct);
            cands
                .iter()
                .rev()
                .find(|(_, a, _)| *a <= limit)
                .map(|c| c.0)
        }
        // The slack is for a single day (a date a few days gone in a future clause is mostly
        // a deadline misdated); a month or season that has ended is never ahead.
        Tense::Future => cands
            .iter()
            .find(|(_, a, b)| {
                let slack = if a == b { PAST_GRACE_DAYS } else { 0 };
                *b >= add_days(dct, -slack).unwrap_or(dct)
            })
            .map(|c| c.0),
        // Days ahead count double: news reports the past more than it announces the future.
        Tense::Unknown => cands
            .iter()
            .min_by_key(|(_, a, b)| {
                if *b < dct {
                    (dct - *b).num_days()
                } else if *a > dct {
                    2 * (*a - dct).num_days()
                } else {
                    0
                }
            })
            .map(|c| c.0),
    }
    .or_else(|| cands.first().map(|c| c.0))
}

/// The last day of a month.
pub fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    add_days(first.checked_add_months(Months::new(1))?, -1)
}

/// First and last day of a month.
pub fn month_bounds(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    Some((NaiveDate::from_ymd_opt(y, m, 1)?, month_end(y, m)?))
}

/// First and last day of a quarter (1..=4).
pub fn quarter_bounds(y: i32, q: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = 3 * (q - 1) + 1;
    Some((
        NaiveDate::from_ymd_opt(y, first, 1)?,
        month_end(y, first + 2)?,
    ))
}

/// First and last day of a half year (1 or 2).
pub fn half_bounds(y: i32, h: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = 6 * (h - 1) + 1;
    Some((
        NaiveDate::from_ymd_opt(y, first, 1)?,
        month_end(y, first + 5)?,
    ))
}

/// Rough first and last day of a (northern) season; winter of year `y` is December of `y - 1`
/// to February of `y`.
pub fn season_bounds(y: i32, code: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = match code {
        "SP" => ((y, 3), (y, 5)),
        "SU" => ((y, 6), (y, 8)),
        "FA" => ((y, 9), (y, 11)),
        _ => ((y - 1, 12), (y, 2)),
    };
    Some((NaiveDate::from_ymd_opt(a.0, a.1, 1)?, month_end(b.0, b.1)?))
}

/// True when `d` names a valid day of month `m` in some year (February 29 included).
pub fn plausible_day(m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(2000, m, d).is_some()
}

/// A two-digit year read as a four-digit one: 00-49 are 2000s, 50-99 are 1900s.
pub fn expand_year(yy: u32) -> i32 {
    if yy < 50 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).expect("valid test date")
    }

    #[test]
    fn weekdays_relative_to_a_friday() {
        let fri = d(2024, 10, 18);
        assert_eq!(weekday(fri, 5, Dir::OnOrBefore), Some(fri));
        assert_eq!(weekday(fri, 5, Dir::Before), Some(d(2024, 10, 11)));
        assert_eq!(weekday(fri, 1, Dir::OnOrBefore), Some(d(2024, 10, 14)));
        assert_eq!(weekday(fri, 1, Dir::OnOrAfter), Some(d(2024, 10, 21)));
        assert_eq!(weekday(fri, 5, Dir::After), Some(d(2024, 10, 25)));
        assert_eq!(weekday(fri, 6, Dir::OnOrAfter), Some(d(2024, 10, 19)));
    }

    #[test]
    fn years_by_tense() {
        let dct = d(2024, 10, 18);
        let dec = |y| NaiveDate::from_ymd_opt(y, 12, 1).map(|x| (x, x));
        assert_eq!(pick_year(dct, Tense::Past, dec), Some(2023));
        assert_eq!(pick_year(dct, Tense::Future, dec), Some(2024));
        assert_eq!(pick_year(dct, Tense::Unknown, dec), Some(2024));
    }

    #[test]
    fn formats_values() {
        assert_eq!(duration(Some(48.0), Unit::Hour), "PT48H");
        assert_eq!(duration(Some(1.5), Unit::Year), "P1Y6M");
        assert_eq!(duration(Some(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(duration(Some(0.5), Unit::Day), "PT12H");
        assert_eq!(duration(None, Unit::Day), "PXD");
        assert_eq!(duration(Some(1.0), Unit::Fortnight), "P2W");
        assert_eq!(duration(Some(2.0), Unit::Decade), "P20Y");
        assert_eq!(duration(None, Unit::Decade), "PXE");
        assert_eq!(week(d(2024, 10, 11)), "2024-W41");
        assert_eq!(expand_year(24), 2024);
    }
}
