//! Time expressions in news text and their TIMEX3 normalisation against the publication date.
//!
//! A report says "on Friday", "Oct. 8-13", "two years ago", "the same evening"; the ledger needs
//! calendar values ("2024-10-18", an interval from "2024-10-08" to "2024-10-13", "2022",
//! "2024-10-18TEV") with the exact bytes each came from. [`TimeTagger`] is the pipeline stage
//! that writes the document's time layer; [`tag_text`] does the same for a bare string.
//!
//! # Design
//! - **Rules as data.** What a word is (month, weekday, part of day, number, unit, tense cue,
//!   modifier) lives in the tables of `lexicon.rs`; the rules in `grammar/` ask those tables and
//!   never spell out vocabulary of their own beyond a few function words. Adding "Sept" or
//!   "fortnight" is a one-line table edit.
//! - **Its own tokens.** The tagger cuts the text itself (`scan.rs`: words, digit runs,
//!   single punctuation marks, with a flag for whitespace before each) so it runs before or
//!   without the token layer, and in one linear pass with no regular expressions and no
//!   per-character allocation.
//! - **Tense decides under-specified dates.** "Friday" in a past-tense sentence is the most
//!   recent Friday on or before publication (the publication day itself when it is a Friday); in
//!   a future sentence ("will", "is expected", "next") the coming one. "Oct. 13" takes the year
//!   that puts it on or before publication in a past sentence, on or after in a future one, and
//!   the nearest otherwise; a date up to two weeks past publication still counts as this year's
//!   in a past sentence (news omits the year only for the current one, and such dates are
//!   mostly deadlines). Tense is read from cue words in the same sentence (see
//!   `grammar/mod.rs`): the document's sentence layer when it exists, else a small splitter
//!   that knows abbreviations ("Oct.", "Mr.", "U.S.").
//! - **No publication date** given: a dateline (a complete date such as "May 29, 2006" among
//!   the first three lines, within the first 400 bytes) stands in for it; without one the
//!   unknown fields stay `X`: "Oct. 8" is `XXXX-10-08`, "Friday" `XXXX-WXX-5`, "last year"
//!   `XXXX`.
//! - **Clock times in universal time** end in `Z` ("18:00 UTC" is `...T18:00Z`); other time
//!   zones are kept in the span but not in the value.
//! - **Numeric dates**: ISO `2024-10-18`; with slashes the field above 12 is the day and, when
//!   both fields could be months, the first is the month (US order: `10/08/2024` is October 8);
//!   with dots (`18.10.2024`) the order is always day, month, year.
//! - **Bare years** only in year-like contexts ("in 1990", "since 1990", "the 1990 election",
//!   "1990's", a range "2019-2021"), never before a count noun ("1990 troops"). "since 1990"
//!   gives the value `1990` without a modifier: the preposition is outside the span, as in
//!   TimeML, and the event layer reads it from the text.
//! - **Spans** include modifiers ("early August" is `2024-08` with mod START, "about three days"
//!   `P3D` APPROX) and leading "the" of quarters, decades and relative phrases ("the third
//!   quarter", "the same evening"), but not prepositions. An interval ("between Oct. 8 and Oct.
//!   13", "from Oct. 8 to 13", "Oct. 8-13") is two expressions plus a
//!   [`sitrep_doc::TimeInterval`] whose span also covers "between"/"from".
//! - **Speed.** The text is processed in paragraph-aligned pieces of about 64 KiB (the last day
//!   mentioned carries over), one linear pass each. Every word is looked up once, in a
//!   [`word_table::WordTable`] (packed, lower-cased machine words, no string hashing); see
//!   `docs/BENCHMARKS.md` for the measured throughput on one core.
//!
//! - **Reporting periods.** Next to a quarter just mentioned, "a year ago", "a year earlier",
//!   "the year-ago period", "year-earlier profit", "the 1988 period", "the latest quarter" and
//!   "the quarter" name that quarter (shifted), as TimeBank annotates earnings reports; "this
//!   year's third quarter", "the first half of last year", "the 2023 third quarter" name the
//!   quarter of that year, and in a past clause a quarter without a year is one that has begun.
//!   Spoken years ("nineteen ninety-six") are read.
//! - **Conventions taken from TimeBank** (the development set): "the past year" and "the last
//!   decade" are the previous calendar year and decade (`DATE`), a count ("the past three
//!   years") a `DURATION`; "recent weeks" is `PXW`; quarter durations use the `Q` designator
//!   (`P2Q`); "soon", "right now", "the near term" are references; a plural unit without a
//!   count is a vague duration ("for years", "after months of talks", "in decades.") and with
//!   "ago" a `PAST_REF`.
//! - **Bare years.** Since news style writes counts of a thousand or more with commas, a modern
//!   four-digit number is also a year outside year words, unless a plural or count noun follows
//!   or a name, an amount or an approximation precedes it ("Flight 1549", "about 2000").
//! - **Anchors.** "the previous year" and "that year" take the year last named, "the following
//!   month" the month last named, "the day" and "in the evening" the day last named, "that
//!   quarter" the quarter last named; a day counted in a run ("the eighth day of the strike",
//!   "a third straight day") is the day in view.
//! - **Ranges of months or days without years** ("from January to November", "between Dec. 28
//!   and Jan. 3") run forward: the second keeps the year tense gave it and the first is its
//!   latest occurrence not after it.
//! - **The present of a timetable** points ahead: "the hearing is Tuesday", "ministers are
//!   meeting Friday", "talks resume Monday", "the minister leaves Tuesday", "investors await
//!   Friday's figures", "ahead of Sunday's vote"; "in five years" in a future clause is the
//!   year that far ahead. A month or season that has ended is never the one a future clause
//!   means (the two weeks of slack apply to single days only), and a month a past clause
//!   reports on has begun ("fell in January" in late December), unless it was set ahead ("a
//!   hearing for January", "until mid-January").
//! - **Headlines in title case or capitals** ("Sales Fell Last Month") keep their time words;
//!   elsewhere a capitalised "Next Year" or "Today" after a name is a title ("VOA Today"), and
//!   "The Sunday Times" a newspaper.
//! - **Units ISO 8601 lacks** take TimeML's letters: "for decades" is `PXE`, "for centuries"
//!   `PXC`, "two thousand years" `P2L`; "the next century" is the century `20` after 1999.
//!
//! Measured with `sitrep eval time` (TempEval-3 measures; figures and commands in
//! `docs/BENCHMARKS.md`): developed on TimeBank only, reported on AQUAINT and MEANTIME.
//!
//! Known limits: English only; no event-anchored expressions ("two days after the strike" is
//! just the duration "two days"); holidays are the fixed-date ones ("Christmas", "New Year's
//! Day") and a few movable ones ("Easter", "Good Friday", and by their US dates "Thanksgiving",
//! "Labor Day", "Memorial Day"), not lunar ones ("the Lunar New Year"); "the weekend" and seasons use
//! northern-hemisphere, Monday-start weeks; a clock time takes the nearest dated expression of
//! its sentence, else publication.

mod calendar;
mod grammar;

pub use calendar::season_bounds;
pub mod lexicon;
pub mod scan;
pub mod word_table;

use chrono::NaiveDate;
use sitrep_doc::{Doc, Error, Stage, TimeLayer};

/// The pipeline stage that writes the time layer ("times").
#[derive(Clone, Copy, Debug, Default)]
pub struct TimeTagger;

impl TimeTagger {
    pub fn new() -> TimeTagger {
        TimeTagger
    }
}

impl Stage for TimeTagger {
    fn name(&self) -> &'static str {
        "times"
    }

    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let layer = grammar::tag(doc.text(), doc.published(), doc.sentences());
        doc.set_times(layer)
    }
}

/// The publication date a text carries in its first lines, when it came without one: the
/// first complete calendar date of a dateline or byline ("By A. Writer | Sept. 24, 2024"), as
/// the tagger itself takes it (see "No publication date" above).
pub fn dateline_date(text: &str) -> Option<NaiveDate> {
    grammar::dateline(text, &[])
}

/// Tags the time expressions of a bare text, anchored at `published` when it is known.
pub fn tag_text(text: &str, published: Option<NaiveDate>) -> TimeLayer {
    grammar::tag(text, published, &[])
}

#[cfg(test)]
mod tests;
