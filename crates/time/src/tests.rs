//! Tests of the time tagger, one group per family of expressions, on invented sentences.
//!
//! Most tests anchor at Friday 18 October 2024 and state, for each phrase, the TIMEX3 value it
//! must get; `exprs` lists everything found so a test can also insist that nothing else is.

use chrono::NaiveDate;
use sitrep_doc::{Doc, DocMeta, Stage, TimexMod, TimexType};

use crate::{tag_text, TimeTagger};

/// Friday, 18 October 2024.
fn friday() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 10, 18)
}

/// (text, type, value, mod) of every expression.
fn exprs(
    text: &str,
    dct: Option<NaiveDate>,
) -> Vec<(String, &'static str, String, Option<&'static str>)> {
    tag_text(text, dct)
        .exprs
        .into_iter()
        .map(|e| {
            (
                text[e.span.range()].to_string(),
                e.timex_type.as_str(),
                e.value,
                e.timex_mod.map(TimexMod::as_str),
            )
        })
        .collect()
}

/// Asserts each (phrase, value) is tagged exactly so.
fn check(text: &str, dct: Option<NaiveDate>, want: &[(&str, &str)]) {
    let got = exprs(text, dct);
    for (phrase, value) in want {
        assert!(
            got.iter().any(|(t, _, v, _)| t == phrase && v == value),
            "expected {phrase:?} = {value:?} in {text:?}\n got {got:#?}"
        );
    }
}

/// Asserts the complete list of (phrase, value).
fn exactly(text: &str, dct: Option<NaiveDate>, want: &[(&str, &str)]) {
    let got: Vec<(String, String)> = exprs(text, dct)
        .into_iter()
        .map(|(t, _, v, _)| (t, v))
        .collect();
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

fn one(
    text: &str,
    dct: Option<NaiveDate>,
    phrase: &str,
) -> (&'static str, String, Option<&'static str>) {
    let got = exprs(text, dct);
    got.iter()
        .find(|(t, ..)| t == phrase)
        .map(|(_, ty, v, m)| (*ty, v.clone(), *m))
        .unwrap_or_else(|| panic!("{phrase:?} not tagged in {text:?}: {got:#?}"))
}

// --- absolute dates ------------------------------------------------------------------------

#[test]
fn month_day_with_and_without_year() {
    check(
        "The convoy left Lorvik on Oct. 8 and reached the coast on October 11.",
        friday(),
        &[("Oct. 8", "2024-10-08"), ("October 11", "2024-10-11")],
    );
    check(
        "Talks opened on 8 October 2024 and closed Oct. 13, 2024.",
        friday(),
        &[
            ("8 October 2024", "2024-10-08"),
            ("Oct. 13, 2024", "2024-10-13"),
        ],
    );
    check(
        "The ceremony marked Sept. 11 again.",
        friday(),
        &[("Sept. 11", "2024-09-11")],
    );
    check(
        "The vote was held on the 3rd of March.",
        friday(),
        &[("the 3rd of March", "2024-03-03")],
    );
}

#[test]
fn year_of_a_past_date_is_on_or_before_publication() {
    // December has not come yet in October 2024: a past December is last year's.
    check(
        "The pact was signed on Dec. 2.",
        friday(),
        &[("Dec. 2", "2023-12-02")],
    );
    // In a future clause it is the coming one.
    check(
        "The pact will be signed on Dec. 2.",
        friday(),
        &[("Dec. 2", "2024-12-02")],
    );
}

#[test]
fn numeric_dates() {
    check(
        "Filed 2024-10-18 in the registry.",
        None,
        &[("2024-10-18", "2024-10-18")],
    );
    check(
        "Stamped 18/10/2024 at the border.",
        None,
        &[("18/10/2024", "2024-10-18")],
    );
    check(
        "Stamped 10/18/2024 at the border.",
        None,
        &[("10/18/2024", "2024-10-18")],
    );
    // Both fields could be a month: the first is the month.
    check(
        "Stamped 03/04/2024 at the border.",
        None,
        &[("03/04/2024", "2024-03-04")],
    );
    check(
        "Stamped 18.10.2024 at the border.",
        None,
        &[("18.10.2024", "2024-10-18")],
    );
}

#[test]
fn months_and_years() {
    check(
        "Production stalled in August 2024 and again in May.",
        friday(),
        &[("August 2024", "2024-08"), ("May", "2024-05")],
    );
    check(
        "The base has existed since 1990 and grew in 2019.",
        friday(),
        &[("1990", "1990"), ("2019", "2019")],
    );
    check(
        "Turnout fell after the 1996 election.",
        friday(),
        &[("1996", "1996")],
    );
}

#[test]
fn a_bare_number_is_not_a_year_outside_year_contexts() {
    exactly(
        "The ministry sent 1990 troops to the islands.",
        friday(),
        &[],
    );
    exactly("They counted 2024 votes.", friday(), &[]);
    exactly("In 2000 troops they trusted.", friday(), &[]);
}

#[test]
fn ambiguous_month_words_need_context() {
    exactly("May the talks go well.", friday(), &[]);
    exactly("March on, the officer said.", friday(), &[]);
    check(
        "The rally took place on March 3.",
        friday(),
        &[("March 3", "2024-03-03")],
    );
}

#[test]
fn no_publication_date_leaves_unknown_fields() {
    exactly(
        "The depot burned on Oct. 8, on Friday and last year.",
        None,
        &[
            ("Oct. 8", "XXXX-10-08"),
            ("Friday", "XXXX-WXX-5"),
            ("last year", "XXXX"),
        ],
    );
}

// --- weekdays and relative days ------------------------------------------------------------

#[test]
fn past_tense_weekday_is_on_or_before_publication() {
    // Published on a Friday: a Friday in a past sentence is that same day.
    check(
        "The ferry docked on Friday.",
        friday(),
        &[("Friday", "2024-10-18")],
    );
    check(
        "The ferry docked on Monday.",
        friday(),
        &[("Monday", "2024-10-14")],
    );
    check(
        "Officials said on Tuesday that the ferry had docked.",
        friday(),
        &[("Tuesday", "2024-10-15")],
    );
}

#[test]
fn future_tense_weekday_is_the_coming_one() {
    check(
        "The ferry will dock on Monday.",
        friday(),
        &[("Monday", "2024-10-21")],
    );
    check(
        "The minister is expected to arrive on Sunday.",
        friday(),
        &[("Sunday", "2024-10-20")],
    );
    check(
        "They meet again next Friday.",
        friday(),
        &[("next Friday", "2024-10-25")],
    );
    check(
        "They met last Friday.",
        friday(),
        &[("last Friday", "2024-10-11")],
    );
}

#[test]
fn weekday_with_explicit_date_takes_the_date() {
    check(
        "The strike came on Friday, Oct. 11.",
        friday(),
        &[("Friday, Oct. 11", "2024-10-11")],
    );
}

#[test]
fn relative_days_weeks_months_and_years() {
    check(
        "Shelling resumed yesterday and may end tomorrow; today the port is quiet.",
        friday(),
        &[
            ("yesterday", "2024-10-17"),
            ("tomorrow", "2024-10-19"),
            ("today", "2024-10-18"),
        ],
    );
    check(
        "Exports fell last week, rose this month and dropped last year.",
        friday(),
        &[
            ("last week", "2024-W41"),
            ("this month", "2024-10"),
            ("last year", "2023"),
        ],
    );
    check(
        "Prices will rise next month.",
        friday(),
        &[("next month", "2024-11")],
    );
    check(
        "The depot opened two years ago.",
        friday(),
        &[("two years ago", "2022")],
    );
    check(
        "The depot opened three days ago.",
        friday(),
        &[("three days ago", "2024-10-15")],
    );
    check(
        "Earlier this year the depot closed.",
        friday(),
        // TimeBank keeps the adverb in the span ("Earlier this month", "later yesterday").
        &[("Earlier this year", "2024")],
    );
    check(
        "The depot closed in fiscal 2023.",
        friday(),
        &[("fiscal 2023", "2023")],
    );
    check(
        "Sales fell in the first nine months.",
        friday(),
        &[("the first nine months", "P9M")],
    );
    check(
        "Troops left over the weekend.",
        friday(),
        &[("the weekend", "2024-W41-WE")],
    );
}

#[test]
fn references_to_present_past_and_future() {
    check(
        "Crews are now repairing the bridge, which was recently damaged.",
        friday(),
        &[("now", "PRESENT_REF"), ("recently", "PAST_REF")],
    );
    check(
        "More ships will arrive in the coming days.",
        friday(),
        &[("the coming days", "FUTURE_REF")],
    );
    check(
        "Currently the port is shut.",
        friday(),
        &[("Currently", "PRESENT_REF")],
    );
    check(
        "Attacks have grown in recent weeks.",
        friday(),
        &[("recent weeks", "PAST_REF")],
    );
}

// --- parts of day --------------------------------------------------------------------------

#[test]
fn parts_of_day() {
    let (ty, v, _) = one(
        "The convoy moved on Friday evening.",
        friday(),
        "Friday evening",
    );
    assert_eq!((ty, v.as_str()), ("TIME", "2024-10-18TEV"));
    check(
        "Sirens sounded on Oct. 8. The same evening, the bridge fell.",
        friday(),
        &[
            ("Oct. 8", "2024-10-08"),
            ("The same evening", "2024-10-08TEV"),
        ],
    );
    check(
        "Guns fell silent this morning after shelling last night.",
        friday(),
        &[
            ("this morning", "2024-10-18TMO"),
            ("last night", "2024-10-17TNI"),
        ],
    );
    check(
        "Rain began yesterday afternoon.",
        friday(),
        &[("yesterday afternoon", "2024-10-17TAF")],
    );
    check(
        "The raid began on the night of Oct. 3.",
        friday(),
        &[("the night of Oct. 3", "2024-10-03TNI")],
    );
    check(
        "The boats sailed on Oct. 3 and landed the following day.",
        friday(),
        &[("the following day", "2024-10-04")],
    );
}

#[test]
fn clock_times_take_the_date_of_their_sentence() {
    check(
        "The blast came at 3 p.m. on Oct. 9.",
        friday(),
        &[("3 p.m.", "2024-10-09T15:00")],
    );
    check(
        "The curfew starts at 22:30 GMT.",
        friday(),
        &[("22:30 GMT", "2024-10-18T22:30")],
    );
    check(
        "Shops close at 10:15 am.",
        None,
        &[("10:15 am", "XXXX-XX-XXT10:15")],
    );
    check(
        "The train left at 4 in the morning.",
        friday(),
        &[("4 in the morning", "2024-10-18T04:00")],
    );
}

// --- modifiers -----------------------------------------------------------------------------

#[test]
fn early_mid_and_late() {
    let (_, v, m) = one(
        "The drills began in early August.",
        friday(),
        "early August",
    );
    assert_eq!((v.as_str(), m), ("2024-08", Some("START")));
    let (_, v, m) = one("Work resumed in mid-January.", friday(), "mid-January");
    assert_eq!((v.as_str(), m), ("2024-01", Some("MID")));
    let (_, v, m) = one("The unit formed in late 2023.", friday(), "late 2023");
    assert_eq!((v.as_str(), m), ("2023", Some("END")));
    let (_, v, m) = one(
        "It closed at the end of last year.",
        friday(),
        "the end of last year",
    );
    assert_eq!((v.as_str(), m), ("2023", Some("END")));
}

#[test]
fn approximate_and_bounded_durations() {
    let (ty, v, m) = one(
        "The siege lasted about three weeks.",
        friday(),
        "about three weeks",
    );
    assert_eq!((ty, v.as_str(), m), ("DURATION", "P3W", Some("APPROX")));
    let (_, v, m) = one(
        "The siege lasted more than two months.",
        friday(),
        "more than two months",
    );
    assert_eq!((v.as_str(), m), ("P2M", Some("MORE_THAN")));
    let (_, v, m) = one("Troops arrived around Oct. 8.", friday(), "around Oct. 8");
    assert_eq!((v.as_str(), m), ("2024-10-08", Some("APPROX")));
    // "about" before a date is a preposition, not a modifier.
    check(
        "Questions about Friday's vote remain.",
        friday(),
        &[("Friday", "2024-10-18")],
    );
}

// --- durations and sets --------------------------------------------------------------------

#[test]
fn durations() {
    check(
        "The march took three days, the talks two weeks and the repairs six months.",
        friday(),
        &[
            ("three days", "P3D"),
            ("two weeks", "P2W"),
            ("six months", "P6M"),
        ],
    );
    check(
        "Power was out for 48 hours.",
        friday(),
        &[("48 hours", "PT48H")],
    );
    check(
        "A 24-hour ceasefire began.",
        friday(),
        &[("24-hour", "PT24H")],
    );
    check(
        "The dispute ran for a year and a half.",
        friday(),
        &[("a year and a half", "P1Y6M")],
    );
    check(
        "Delays of several days followed.",
        friday(),
        &[("several days", "PXD")],
    );
    check(
        "Strikes intensified over the past three days.",
        friday(),
        &[("the past three days", "P3D")],
    );
    check(
        "Five years later nothing had changed.",
        None,
        &[("Five years", "P5Y")],
    );
}

#[test]
fn ages_are_not_durations() {
    exactly("A 10-year-old boy was hurt.", friday(), &[]);
}

#[test]
fn sets() {
    let got = exprs(
        "Patrols run every week and flights daily, twice a day.",
        friday(),
    );
    let sets: Vec<(&str, &str)> = got
        .iter()
        .filter(|g| g.1 == "SET")
        .map(|g| (g.0.as_str(), g.2.as_str()))
        .collect();
    assert_eq!(
        sets,
        [
            ("every week", "P1W"),
            ("daily", "P1D"),
            ("twice a day", "P1D")
        ]
    );
    check(
        "Inspectors visit every Monday.",
        friday(),
        &[("every Monday", "XXXX-WXX-1")],
    );
    check(
        "The plant fires 300 shells a day.",
        friday(),
        &[("a day", "P1D")],
    );
}

// --- quarters, decades, centuries, seasons --------------------------------------------------

#[test]
fn quarters_decades_centuries() {
    check(
        "Output grew in the third quarter.",
        friday(),
        &[("the third quarter", "2024-Q3")],
    );
    check(
        "Output grew in the first quarter of 2023.",
        friday(),
        &[("the first quarter of 2023", "2023-Q1")],
    );
    check(
        "Output grew in Q2 2022.",
        friday(),
        &[("Q2 2022", "2022-Q2")],
    );
    check(
        "Ties were cut in the 1990s.",
        friday(),
        &[("the 1990s", "199")],
    );
    let (_, v, m) = one(
        "Ties were cut in the early 1990s.",
        friday(),
        "the early 1990s",
    );
    assert_eq!((v.as_str(), m), ("199", Some("START")));
    check(
        "The fort dates from the 19th century.",
        friday(),
        &[("the 19th century", "18")],
    );
    check(
        "It is a twenty-first century war.",
        friday(),
        &[("twenty-first century", "20")],
    );
    check(
        "Fighting slowed last winter.",
        friday(),
        &[("last winter", "2024-WI")],
    );
    check(
        "Fighting slowed in the summer of 2023.",
        friday(),
        &[("the summer of 2023", "2023-SU")],
    );
}

// --- intervals -----------------------------------------------------------------------------

fn interval_texts(text: &str, dct: Option<NaiveDate>) -> Vec<(String, String, String)> {
    let layer = tag_text(text, dct);
    layer
        .intervals
        .iter()
        .map(|i| {
            (
                text[i.span.range()].to_string(),
                layer.exprs[i.begin].value.clone(),
                layer.exprs[i.end].value.clone(),
            )
        })
        .collect()
}

#[test]
fn intervals() {
    assert_eq!(
        interval_texts("The drills ran between Oct. 8 and Oct. 13.", friday()),
        [(
            "between Oct. 8 and Oct. 13".to_string(),
            "2024-10-08".to_string(),
            "2024-10-13".to_string()
        )]
    );
    assert_eq!(
        interval_texts("The drills ran from Oct. 8 to 13.", friday()),
        [(
            "from Oct. 8 to 13".to_string(),
            "2024-10-08".to_string(),
            "2024-10-13".to_string()
        )]
    );
    assert_eq!(
        interval_texts("The drills ran Oct. 8-13 near the coast.", friday()),
        [(
            "Oct. 8-13".to_string(),
            "2024-10-08".to_string(),
            "2024-10-13".to_string()
        )]
    );
    assert_eq!(
        interval_texts("The drills ran 8-13 October.", friday()),
        [(
            "8-13 October".to_string(),
            "2024-10-08".to_string(),
            "2024-10-13".to_string()
        )]
    );
    assert_eq!(
        interval_texts("The mission lasted from 2019 to 2021.", friday()),
        [(
            "from 2019 to 2021".to_string(),
            "2019".to_string(),
            "2021".to_string()
        )]
    );
    assert_eq!(
        interval_texts("The mission lasted 2019-21.", friday()),
        [(
            "2019-21".to_string(),
            "2019".to_string(),
            "2021".to_string()
        )]
    );
    // Each end is a time expression of its own, with its own span.
    exactly(
        "The drills ran from Oct. 8 to 13.",
        friday(),
        &[("Oct. 8", "2024-10-08"), ("13", "2024-10-13")],
    );
}

// --- sentences, stage, robustness -----------------------------------------------------------

#[test]
fn tense_stays_inside_its_sentence() {
    // The future cue of the second sentence must not reach the weekday of the first.
    check(
        "The ships left port on Monday. Officials say more will follow.",
        friday(),
        &[("Monday", "2024-10-14")],
    );
}

#[test]
fn the_sentence_layer_decides_where_tense_stops() {
    use sitrep_doc::{Sentence, Span};
    let text = "Crews will sail; on Monday the vote.";
    // Without a sentence layer the whole line is one sentence and "will" makes Monday future.
    check(text, friday(), &[("Monday", "2024-10-21")]);
    // A sentence layer that ends at the semicolon cuts the cue off: Monday is past.
    let meta = DocMeta {
        published: friday(),
        ..DocMeta::default()
    };
    let mut doc = Doc::from_text(meta, text);
    let cut = text.find(';').map_or(0, |k| k + 1);
    let sentences = vec![
        Sentence {
            span: Span::new(0, cut),
            first_token: 0,
            end_token: 0,
        },
        Sentence {
            span: Span::new(cut + 1, text.len()),
            first_token: 0,
            end_token: 0,
        },
    ];
    doc.set_sentences(sentences).expect("sentences fit");
    TimeTagger.run(&mut doc).expect("times written");
    assert_eq!(doc.times().exprs[0].value, "2024-10-14");
}

#[test]
fn the_stage_writes_the_time_layer() {
    let meta = DocMeta {
        published: friday(),
        ..DocMeta::default()
    };
    let mut doc = Doc::from_text(meta, "The barges arrived on Wednesday evening.");
    TimeTagger.run(&mut doc).expect("times are written once");
    let t = &doc.times().exprs;
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].value, "2024-10-16TEV");
    assert_eq!(t[0].timex_type, TimexType::Time);
    assert_eq!(TimeTagger.name(), "times");
}

#[test]
fn messy_text_never_panics() {
    let samples = [
        "",
        " ",
        "Oct.",
        "Oct. 32",
        "31/02/2024",
        "99-99-9999",
        "12:",
        "the",
        "late",
        "mid-",
        "between Oct. 8 and",
        "2024-",
        "’90",
        "Q9",
        "\u{1F600} Friday \u{1F600}",
        "30 February 2024",
        "every",
        "the past",
        "a",
        "5 a.",
        "Feb. 29, 2023",
        "1.5.20",
        "Mon.",
        "Ünïcödé 2024 März",
    ];
    for s in samples {
        let layer = tag_text(s, friday());
        for e in &layer.exprs {
            assert!(s.get(e.span.range()).is_some(), "bad span in {s:?}");
        }
        let _ = tag_text(s, None);
    }
}

#[test]
fn expressions_are_sorted_and_disjoint() {
    let text = "On Oct. 8, the same evening, about two weeks after early August, forces moved \
                between Monday and Friday, every day, as they had since 1990.";
    let layer = tag_text(text, friday());
    for w in layer.exprs.windows(2) {
        assert!(
            w[0].span.end() <= w[1].span.start(),
            "{:?} overlaps {:?}",
            w[0],
            w[1]
        );
    }
    assert!(layer.exprs.len() >= 7, "{:#?}", layer.exprs);
}

// --- properties ------------------------------------------------------------------------------

#[test]
fn reporting_periods_follow_the_quarter_under_discussion() {
    // Friday 18 October 2024: the third quarter has just been reported.
    check(
        "Harbor Lines said third-quarter profit rose 8%, from $12 million a year ago.",
        friday(),
        &[("third-quarter", "2024-Q3"), ("a year ago", "2023-Q3")],
    );
    check(
        "Revenue in the quarter fell, and the year-ago quarter had included a one-time gain.",
        friday(),
        &[
            ("the quarter", "2024-Q3"),
            ("the year-ago quarter", "2023-Q3"),
        ],
    );
    check(
        "The ferry operator lost money in the third quarter. The year-earlier period was better.",
        friday(),
        &[
            ("the third quarter", "2024-Q3"),
            ("The year-earlier period", "2023-Q3"),
        ],
    );
    check(
        "Sales in the second quarter were flat. In the latest quarter they fell, and the quarter \
         was the worst since 2019.",
        friday(),
        &[
            ("the latest quarter", "2024-Q2"),
            ("the quarter", "2024-Q2"),
        ],
    );
    check(
        "Cargo volume fell in the latest quarter.",
        friday(),
        &[("the latest quarter", "2024-Q3")],
    );
    // "the third-quarter results": the article belongs to the noun.
    check(
        "The third-quarter results were weak.",
        friday(),
        &[("third-quarter", "2024-Q3")],
    );
}

#[test]
fn a_verb_right_after_a_weekday_decides_its_tense() {
    // "may" later in the sentence must not send "Tuesday" into next week.
    check(
        "The minister on Tuesday said the port may close to tankers.",
        friday(),
        &[("Tuesday", "2024-10-15")],
    );
    check(
        "Peace talks are set to resume Monday in the capital.",
        friday(),
        &[("Monday", "2024-10-21")],
    );
}

#[test]
fn adverbs_before_days_and_this_week_are_in_the_span() {
    check(
        "Earlier this month the depot closed, and later yesterday it reopened.",
        friday(),
        &[
            ("Earlier this month", "2024-10"),
            ("later yesterday", "2024-10-17"),
        ],
    );
}

#[test]
fn fractions_and_ranges_of_durations() {
    check(
        "The strike lasted two and a half years; the talks took a minute and a half.",
        friday(),
        &[
            ("two and a half years", "P2Y6M"),
            ("a minute and a half", "PT1M30S"),
        ],
    );
    exactly(
        "Repairs will take between 60 and 90 days, maybe two to three weeks.",
        friday(),
        &[
            ("60", "P60D"),
            ("90 days", "P90D"),
            ("two", "P2W"),
            ("three weeks", "P3W"),
        ],
    );
}

#[test]
fn years_said_aloud() {
    check(
        "In nineteen ninety-six the bridge was rebuilt, and in January nineteen oh five it fell.",
        friday(),
        &[
            ("nineteen ninety-six", "1996"),
            ("January nineteen oh five", "1905-01"),
        ],
    );
    check(
        "The plan dates from the year two thousand.",
        friday(),
        &[("two thousand", "2000")],
    );
    // Counts stay counts.
    exactly(
        "Nineteen ninety-six-page reports and two thousand troops arrived.",
        None,
        &[],
    );
}

mod properties {
    use proptest::prelude::*;
    use sitrep_doc::{Doc, DocMeta, Stage};

    use super::friday;
    use crate::TimeTagger;

    /// Pieces that make the rules fire, glued in random order with random separators.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Oct.".to_string()),
            Just("October".to_string()),
            Just("May".to_string()),
            Just("Friday".to_string()),
            Just("evening".to_string()),
            Just("the".to_string()),
            Just("same".to_string()),
            Just("last".to_string()),
            Just("next".to_string()),
            Just("week".to_string()),
            Just("between".to_string()),
            Just("and".to_string()),
            Just("from".to_string()),
            Just("to".to_string()),
            Just("early".to_string()),
            Just("mid".to_string()),
            Just("ago".to_string()),
            Just("every".to_string()),
            Just("a.m.".to_string()),
            Just("quarter".to_string()),
            Just("’s".to_string()),
            Just("é".to_string()),
            (0u32..3000).prop_map(|n| n.to_string()),
            "[-/.,:% ]{1,2}",
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec((piece(), "[ \n-]{0,1}"), 0..24)
            .prop_map(|v| v.into_iter().map(|(a, b)| a + &b).collect())
    }

    proptest! {
        #[test]
        fn spans_are_valid_sorted_and_disjoint(s in text(), dated in any::<bool>()) {
            let dct = if dated { friday() } else { None };
            let mut doc = Doc::from_text(DocMeta { published: dct, ..DocMeta::default() }, s.clone());
            prop_assert!(TimeTagger.run(&mut doc).is_ok(), "the layer is refused for {:?}", s);
            let layer = doc.times();
            for w in layer.exprs.windows(2) {
                prop_assert!(w[0].span.end() <= w[1].span.start(), "{:?}", layer.exprs);
            }
            for e in &layer.exprs {
                prop_assert!(!e.span.is_empty() && !e.value.is_empty());
            }
            for i in &layer.intervals {
                prop_assert!(i.begin < i.end);
                prop_assert!(i.span.contains(layer.exprs[i.begin].span));
                prop_assert!(i.span.contains(layer.exprs[i.end].span));
            }
        }
    }
}
