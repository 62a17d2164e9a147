//! TIMEX3 values as day ranges, so that "2024-10", "2024-W42" and "2024-10-16" can be compared.
//!
//! A value names a range of days as wide as its granularity: a month is all its days, a year all
//! of its. Values with unknown parts ("XXXX-10-08"), references ("PRESENT_REF") and durations
//! name no range.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// An inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct DayRange {
    pub(crate) start: NaiveDate,
    pub(crate) end: NaiveDate,
}

impl DayRange {
    pub(crate) fn day(d: NaiveDate) -> DayRange {
        DayRange { start: d, end: d }
    }

    /// Days in the range.
    pub(crate) fn len(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Whether the ranges overlap once each is widened by `slack` days.
    pub(crate) fn overlaps(&self, other: &DayRange, slack: i64) -> bool {
        let s = Duration::days(slack);
        self.start - s <= other.end + s && other.start - s <= self.end + s
    }

    pub(crate) fn hull(&self, other: &DayRange) -> DayRange {
        DayRange {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Months (year * 12 + month index) the range touches, at most `cap` of them.
    pub(crate) fn months(&self, cap: usize) -> Vec<i32> {
        let first = self.start.year() * 12 + self.start.month0() as i32;
        let last = self.end.year() * 12 + self.end.month0() as i32;
        (first..=last).take(cap).collect()
    }
}

/// The days a TIMEX3 date value names, when it names any.
pub(crate) fn parse_value(value: &str) -> Option<DayRange> {
    let v = value.split('T').next().unwrap_or(value);
    let parts: Vec<&str> = v.split('-').collect();
    let year: i32 = parts.first().filter(|p| p.len() == 4)?.parse().ok()?;
    match parts.get(1) {
        None => range(NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?),
        Some(p) if p.starts_with('W') => {
            let week: u32 = p[1..].parse().ok()?;
            let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
            match parts.get(2) {
                Some(&"WE") => range(monday + Duration::days(5), monday + Duration::days(6)),
                _ => range(monday, monday + Duration::days(6)),
            }
        }
        Some(p) if p.starts_with('Q') => {
            let q: u32 = p[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
            let start = NaiveDate::from_ymd_opt(year, 3 * q - 2, 1)?;
            range(start, month_end(year, 3 * q)?)
        }
        Some(p) if p.starts_with('H') => {
            let h: u32 = p[1..].parse().ok().filter(|h| (1..=2).contains(h))?;
            range(NaiveDate::from_ymd_opt(year, 6 * h - 5, 1)?, month_end(year, 6 * h)?)
        }
        Some(season) if matches!(*season, "SP" | "SU" | "FA" | "WI") => {
            let (m0, m1) = match *season {
                "SP" => (3, 5),
                "SU" => (6, 8),
                "FA" => (9, 11),
                _ => (12, 12),
            };
            range(NaiveDate::from_ymd_opt(year, m0, 1)?, month_end(year, m1)?)
        }
        Some(m) => {
            let month: u32 = m.parse().ok()?;
            match parts.get(2) {
                None => range(NaiveDate::from_ymd_opt(year, month, 1)?, month_end(year, month)?),
                Some(d) => {
                    let day: u32 = d.parse().ok()?;
                    Some(DayRange::day(NaiveDate::from_ymd_opt(year, month, day)?))
                }
            }
        }
    }
}

/// The range from the start of one value to the end of another ("2024-10-08" to "2024-10-13").
pub(crate) fn parse_span(start: &str, end: &str) -> Option<DayRange> {
    let (a, b) = (parse_value(start)?, parse_value(end)?);
    (a.start <= b.end).then(|| DayRange {
        start: a.start,
        end: b.end,
    })
}

pub(crate) fn parse_day(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()
}

fn range(start: NaiveDate, end: NaiveDate) -> Option<DayRange> {
    Some(DayRange { start, end })
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn values_become_day_ranges() {
        assert_eq!(parse_value("2024-10-16"), Some(DayRange::day(d("2024-10-16"))));
        assert_eq!(parse_value("2024-10").map(|r| r.len()), Some(31));
        assert_eq!(parse_value("2024-02").map(|r| r.end), Some(d("2024-02-29")));
        assert_eq!(parse_value("2024").map(|r| r.len()), Some(366));
        assert_eq!(parse_value("2024-W42").map(|r| r.start), Some(d("2024-10-14")));
        assert_eq!(parse_value("2024-W42-WE").map(|r| r.len()), Some(2));
        assert_eq!(parse_value("2024-Q4").map(|r| (r.start, r.end)), Some((d("2024-10-01"), d("2024-12-31"))));
        assert_eq!(parse_value("2024-10-16T09:00"), Some(DayRange::day(d("2024-10-16"))));
        assert_eq!(parse_value("XXXX-10-08"), None);
        assert_eq!(parse_value("PRESENT_REF"), None);
        assert_eq!(parse_value("P3D"), None);
        assert_eq!(parse_value("2024-13"), None);
    }

    #[test]
    fn spans_overlap_with_slack() {
        let a = parse_span("2024-10-08", "2024-10-13").expect("span");
        let b = parse_span("2024-10-15", "2024-10-16").expect("span");
        assert!(!a.overlaps(&b, 0));
        assert!(a.overlaps(&b, 1));
        assert_eq!(a.months(3), vec![2024 * 12 + 9]);
        assert_eq!(parse_span("2024-10-20", "2024-10-01"), None);
    }
}
