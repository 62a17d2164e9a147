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
fn a_month_after_since_lies_behind_even_in_the_present() {
    // Published in October: "since January" is this year's January, not the next.
    check(
        "Our count is about 3,000 since January.",
        friday(),
        &[("January", "2024-01")],
    );
    check(
        "Prices have risen since March.",
        friday(),
        &[("March", "2024-03")],
    );
    // "since" of a reason leaves the tense to the verb.
    check(
        "The vote was moved, since Monday will be a public holiday.",
        friday(),
        &[("Monday", "2024-10-21")],
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
        &[("recent weeks", "PXW")],
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
        &[("22:30 GMT", "2024-10-18T22:30Z")],
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
fn two_days_of_one_month_joined_by_and_are_two_dates() {
    let text = "Soldiers were killed in battles near three villages on Oct. 14 and 15, the agency said.";
    exactly(text, friday(), &[("Oct. 14", "2024-10-14"), ("15", "2024-10-15")]);
    assert!(interval_texts(text, friday()).is_empty(), "a list of days, not a span");
    // A count after "and" stays a count.
    exactly("Raids on Oct. 14 and 15 people died.", friday(), &[("Oct. 14", "2024-10-14")]);
    check("Raids on Oct. 14 and 15 near Kessa left ten dead.", friday(), &[("15", "2024-10-15")]);
    let listed = exprs("Six soldiers were killed on Oct. 14 and 15 on Oct. 16.", friday());
    assert!(!listed.iter().any(|(t, _, _, _)| t == "15"), "{listed:?}");
    // Two days offered as alternatives are two dates too; "or 15 people" stays a count.
    let either = "The troops could reach the front as early as Oct. 27 or 28, the agency said.";
    exactly(either, friday(), &[("Oct. 27", "2024-10-27"), ("28", "2024-10-28")]);
    exactly("Raids on Oct. 14 or 15 people died.", friday(), &[("Oct. 14", "2024-10-14")]);
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
fn a_verb_in_the_next_clause_does_not_decide_the_tense() {
    // "agreed to" heads the second clause; "held" governs the weekday.
    check(
        "The two delegations held talks in the port Wednesday and agreed to meet again soon.",
        friday(),
        &[("Wednesday", "2024-10-16"), ("soon", "FUTURE_REF")],
    );
    // With no verb before it, the one after still decides.
    check(
        "On Wednesday the two delegations will meet in the port.",
        friday(),
        &[("Wednesday", "2024-10-23")],
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
        &[("the year two thousand", "2000")],
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

// --- additions: tense of participles, business periods, vague spans -----------------------

#[test]
fn a_participle_after_be_leaves_the_tense_to_the_auxiliary() {
    // "will be held" is future although "held" alone is a past form.
    check(
        "Elections will be held in March.",
        friday(),
        &[("March", "2025-03")],
    );
    check(
        "Elections were held in March.",
        friday(),
        &[("March", "2024-03")],
    );
    // "be to" is a future; a plan seen from the past ("was due to") looks back.
    check(
        "The talks are to resume Tuesday.",
        friday(),
        &[("Tuesday", "2024-10-22")],
    );
    check(
        "The offer had been due to expire Wednesday evening.",
        friday(),
        &[("Wednesday evening", "2024-10-16TEV")],
    );
}

#[test]
fn quarters_and_halves_of_a_named_or_relative_year() {
    check(
        "Profit fell in the first quarter of this year and in the second half of last year.",
        friday(),
        &[
            ("the first quarter of this year", "2024-Q1"),
            ("the second half of last year", "2023-H2"),
        ],
    );
    check(
        "Net sales for this year's third quarter rose; next year's first quarter looks weaker.",
        friday(),
        &[
            ("this year's third quarter", "2024-Q3"),
            ("next year's first quarter", "2025-Q1"),
        ],
    );
    check(
        "The loss compares with a profit in the 2023 third quarter.",
        friday(),
        &[("the 2023 third quarter", "2023-Q3")],
    );
    check(
        "Revenue rose in the third quarter, against a loss in the 2023 period.",
        friday(),
        &[("the 2023 period", "2023-Q3")],
    );
    check(
        "Ferry traffic rose in the second quarter, compared with year-earlier levels.",
        friday(),
        &[("year-earlier", "2023-Q2")],
    );
    check(
        "Sales for the full year rose, and the company expects growth in the current fiscal year.",
        friday(),
        &[
            ("the full year", "2024"),
            ("the current fiscal year", "2024"),
        ],
    );
    // A quarter duration keeps the quarter designator, as TimeBank writes it.
    check(
        "The company lost money in the past two quarters and pays interest every quarter.",
        friday(),
        &[("the past two quarters", "P2Q"), ("every quarter", "P1Q")],
    );
}

#[test]
fn the_previous_year_follows_the_year_just_named() {
    check(
        "The yard delivered 40 ships in 2019, up from 35 the previous year.",
        friday(),
        &[("2019", "2019"), ("the previous year", "2018")],
    );
}

#[test]
fn plural_units_without_a_count() {
    let cases = [
        (
            "After months of talks, a deal was reached.",
            "months",
            "DURATION",
            "PXM",
        ),
        (
            "Decades of conflict have left the region poor.",
            "Decades",
            "DURATION",
            "PXE",
        ),
        (
            "The troops will stay for years.",
            "years",
            "DURATION",
            "PXY",
        ),
        (
            "It was the highest level in years.",
            "years",
            "DURATION",
            "PXY",
        ),
        (
            "The rebels were defeated years ago.",
            "years ago",
            "DATE",
            "PAST_REF",
        ),
    ];
    for (text, phrase, ty, value) in cases {
        let (t, v, _) = one(text, friday(), phrase);
        assert_eq!((t, v.as_str()), (ty, value), "{text}");
    }
    // Not after a determiner, a count or a shift word, and never "quarters" (a place).
    exactly("The years of the war were hard.", friday(), &[]);
    exactly(
        "The soldiers returned to their quarters of the base.",
        friday(),
        &[],
    );
}

#[test]
fn soon_and_other_vague_references() {
    check(
        "The vote will come soon, and the port stays shut for the near term.",
        friday(),
        &[("soon", "FUTURE_REF"), ("the near term", "FUTURE_REF")],
    );
    check(
        "The ministry wants the ferry back as soon as possible; right now it is idle.",
        friday(),
        &[
            ("as soon as possible", "FUTURE_REF"),
            ("right now", "PRESENT_REF"),
        ],
    );
    // "soon after" and "as soon as" are conjunctions, not references.
    exactly("He was captured soon after the raid.", friday(), &[]);
    exactly("They will leave as soon as the road opens.", friday(), &[]);
}

#[test]
fn parts_of_day_with_a_modifier_and_the_day() {
    check(
        "The attack happened in the late afternoon. Shares were up at mid-afternoon yesterday.",
        friday(),
        &[
            ("the late afternoon", "2024-10-18TAF"),
            ("mid-afternoon yesterday", "2024-10-17TAF"),
        ],
    );
    check(
        "On Tuesday the index fell 2%, its worst drop of the year, but it recovered later in the day.",
        friday(),
        &[("Tuesday", "2024-10-15"), ("later in the day", "2024-10-15")],
    );
    check(
        "Troops moved in late Tuesday night.",
        friday(),
        &[("late Tuesday night", "2024-10-15TNI")],
    );
}

#[test]
fn each_season_is_a_set() {
    let (t, v, _) = one(
        "The festival takes place each summer.",
        friday(),
        "each summer",
    );
    assert_eq!((t, v.as_str()), ("SET", "XXXX-SU"));
}

#[test]
fn narrative_periods_and_year_end() {
    check(
        "The yard opened in March 2019 and closed later that year.",
        friday(),
        &[("March 2019", "2019-03"), ("later that year", "2019")],
    );
    check(
        "The deal should close by year-end; the index is up 8% since year-end.",
        friday(),
        &[("year-end", "2024-12-31"), ("year-end", "2023-12-31")],
    );
    check(
        "Lenders expect cuts in coming months, after losses in past years.",
        friday(),
        &[("coming months", "FUTURE_REF"), ("past years", "PAST_REF")],
    );
    check(
        "Funds may have to sell in the weeks ahead.",
        friday(),
        &[("the weeks ahead", "PXW")],
    );
    check(
        "Unemployment fell through the nineties.",
        friday(),
        &[("the nineties", "199")],
    );
}

#[test]
fn counts_with_more_and_last_as_a_verb() {
    check(
        "The base will stay for at least 20 more years, and the lease runs an additional year.",
        friday(),
        &[
            ("at least 20 more years", "P20Y"),
            ("an additional year", "P1Y"),
        ],
    );
    // "last" after a modal is the verb: the count is the duration.
    exactly(
        "The strike will last 24 hours.",
        friday(),
        &[("24 hours", "PT24H")],
    );
}

#[test]
fn military_clock_times() {
    check(
        "The convoy left at 0600 on Tuesday and was hit at 1430 GMT.",
        friday(),
        &[
            ("0600", "2024-10-15T06:00"),
            ("1430 GMT", "2024-10-15T14:30Z"),
        ],
    );
    // Years and counts stay what they are.
    exactly(
        "The town fell in 1943 and 1200 people fled.",
        friday(),
        &[("1943", "1943")],
    );
}

#[test]
fn dates_set_ahead_and_past_irregular_verbs() {
    check(
        "The split is payable Dec. 7 to holders of record Nov. 22, and the merger is effective Feb. 1.",
        friday(),
        &[
            ("Dec. 7", "2024-12-07"),
            ("Nov. 22", "2024-11-22"),
            ("Feb. 1", "2025-02-01"),
        ],
    );
    check(
        "Since the fund bought the yard in December, it has cut jobs.",
        friday(),
        &[("December", "2023-12")],
    );
    // "announced plans to" is past: "plans" is a noun there.
    check(
        "In September, it announced plans to buy a rival.",
        friday(),
        &[("September", "2024-09")],
    );
}

#[test]
fn a_past_clause_reports_a_quarter_that_has_begun() {
    // Publication in March: "lost money in the second quarter" is last year's.
    let march = NaiveDate::from_ymd_opt(2009, 3, 5);
    check(
        "The carmaker said it lost $15 billion in the second quarter.",
        march,
        &[("the second quarter", "2008-Q2")],
    );
    // A future clause about results keeps the nearest quarter.
    check(
        "The carmaker expects to report fourth-quarter results soon.",
        march,
        &[("fourth-quarter", "2008-Q4")],
    );
}

#[test]
fn the_following_month_follows_the_month_named() {
    check(
        "The board rejected the bid in March. The following month, the company put itself up for sale.",
        friday(),
        &[("March", "2024-03"), ("The following month", "2024-04")],
    );
    // "through January" is a deadline: the nearest January, days ahead counting double.
    check(
        "The loans run through January.",
        friday(),
        &[("January", "2025-01")],
    );
}

#[test]
fn parts_of_day_after_a_preposition() {
    check(
        "Rebels entered the town on Monday. Fighting stopped in the evening.",
        friday(),
        &[("Monday", "2024-10-14"), ("the evening", "2024-10-14TEV")],
    );
    // A clock time before "in the morning" stays one clock expression.
    check(
        "The blast came at 10 in the morning.",
        friday(),
        &[("10 in the morning", "2024-10-18T10:00")],
    );
}

#[test]
fn bare_modern_years_outside_year_words() {
    check(
        "Analysts were predicting 2025 growth, unlike in his unsuccessful 2019 campaign.",
        friday(),
        &[("2025", "2025"), ("2019", "2019")],
    );
    // Counts, names and amounts are no years.
    exactly(
        "About 2000 people marched; Flight 1549 landed; Orion 1980 was sold for $1990.",
        friday(),
        &[],
    );
}

#[test]
fn durations_with_adjectives_bounds_and_or_so() {
    check(
        "Stocks fell for three straight days, eight trading days after the crash.",
        friday(),
        &[
            ("three straight days", "P3D"),
            ("eight trading days", "P8D"),
        ],
    );
    let (_, v, m) = one(
        "Prices have risen for at least the past 18 months.",
        friday(),
        "at least the past 18 months",
    );
    assert_eq!(v, "P18M");
    assert!(m.is_some(), "\"at least\" bounds the duration");
    check(
        "The plant will close over the next two years or so, after a week or so of talks.",
        friday(),
        &[("the next two years or so", "P2Y"), ("a week or so", "P1W")],
    );
    check(
        "Sales rose this past spring and in the month of January.",
        friday(),
        &[
            ("this past spring", "2024-SP"),
            ("the month of January", "2024-01"),
        ],
    );
}

#[test]
fn the_past_year_is_the_previous_year_but_a_count_is_a_duration() {
    // TimeBank's convention: "the past year" names the previous calendar year.
    let (t, v, _) = one(
        "Attacks rose over the past year.",
        friday(),
        "the past year",
    );
    assert_eq!((t, v.as_str()), ("DATE", "2023"));
    let (t, v, _) = one(
        "Growth slowed in the last decade.",
        friday(),
        "the last decade",
    );
    assert_eq!((t, v.as_str()), ("DATE", "201"));
    let (t, v, _) = one(
        "Attacks rose over the past three years.",
        friday(),
        "the past three years",
    );
    assert_eq!((t, v.as_str()), ("DURATION", "P3Y"));
    let (t, v, _) = one(
        "Output fell in the last three months.",
        friday(),
        "the last three months",
    );
    assert_eq!((t, v.as_str()), ("DURATION", "P3M"));
}

#[test]
fn fixed_holidays() {
    check(
        "Troops will be home by Christmas; the attack came on Christmas Eve 2023.",
        friday(),
        &[
            ("Christmas", "2024-12-25"),
            ("Christmas Eve 2023", "2023-12-24"),
        ],
    );
    check(
        "The law takes effect on New Year's Day.",
        friday(),
        &[("New Year's Day", "2025-01-01")],
    );
    // Movable feasts and names are not fixed dates.
    exactly(
        "Markets closed for the Lunar New Year holiday in New York.",
        friday(),
        &[],
    );
}

#[test]
fn recurring_weekdays_and_seasons_of_the_year_named() {
    check(
        "The market is closed on Mondays, and flights leave on Tuesday nights.",
        friday(),
        &[
            ("Mondays", "XXXX-WXX-1"),
            ("Tuesday nights", "XXXX-WXX-2TNI"),
        ],
    );
    check(
        "Troops withdrew in the spring of 2022 and returned that autumn.",
        friday(),
        &[
            ("the spring of 2022", "2022-SP"),
            ("that autumn", "2022-FA"),
        ],
    );
    // "that fall" is too often the noun.
    exactly("Investors feared that fall in prices.", friday(), &[]);
}

#[test]
fn periods_relative_to_the_one_under_discussion() {
    check(
        "Profit rose in the third quarter from the previous quarter and from the same period last year.",
        friday(),
        &[
            ("the third quarter", "2024-Q3"),
            ("the previous quarter", "2024-Q2"),
            ("the same period last year", "2023-Q3"),
        ],
    );
    check(
        "The yard closed in March. Two months later, it reopened.",
        friday(),
        &[("March", "2024-03"), ("Two months later", "2024-05")],
    );
}

#[test]
fn a_count_two_words_before_its_noun_is_no_year() {
    exactly("The ministry promised 2000 new homes.", friday(), &[]);
    check("He lost his 2019 campaign.", friday(), &[("2019", "2019")]);
}

#[test]
fn the_last_half_of_a_year() {
    check(
        "Earnings will be lower for the last half of 2023 and the final quarter of 2024.",
        friday(),
        &[
            ("the last half of 2023", "2023-H2"),
            ("the final quarter of 2024", "2024-Q4"),
        ],
    );
}

// --- additions: datelines, universal time, movable holidays, vague stretches ----------------

#[test]
fn a_dateline_stands_in_for_a_missing_publication_date() {
    let text = "Ferry service resumes after storm\nMarch 14, 2023\n\
                The ferry sailed on Monday. It will add a route tomorrow.";
    check(
        text,
        None,
        &[
            ("March 14, 2023", "2023-03-14"),
            ("Monday", "2023-03-13"),
            ("tomorrow", "2023-03-15"),
        ],
    );
    // A date deep in the body is no dateline.
    let body =
        "Line one.\nLine two.\nLine three.\nThe mill opened on May 2, 1990, and closed on Friday.";
    check(body, None, &[("Friday", "XXXX-WXX-5")]);
    // A given publication date wins over the text.
    check(text, friday(), &[("tomorrow", "2024-10-19")]);
}

#[test]
fn clock_times_in_universal_time_end_in_z() {
    check(
        "The probe fired its engine at 14:05 UTC on Tuesday.",
        friday(),
        &[
            ("14:05 UTC", "2024-10-15T14:05Z"),
            ("Tuesday", "2024-10-15"),
        ],
    );
    check(
        "Trading opens at 9:30 a.m. ET.",
        friday(),
        &[("9:30 a.m. ET", "2024-10-18T09:30")],
    );
    check(
        "The ferry docked at 18:40 CET.",
        friday(),
        &[("18:40 CET", "2024-10-18T18:40")],
    );
}

#[test]
fn live_report_stamps_are_clock_times() {
    // An entry of a live report opens with its clock time and a dash.
    check(
        "Live updates\n\n18:32 \u{2014} The governor said the toll had risen.\n\n17:55 - Air defenses were active.",
        friday(),
        &[("18:32", "2024-10-18T18:32"), ("17:55", "2024-10-18T17:55")],
    );
    // The stamp is the time of writing, not of the day the entry speaks of.
    check(
        "Live updates\n\n12:48 \u{2014} Two ships unloaded at the terminal on Monday night.",
        friday(),
        &[("12:48", "2024-10-18T12:48"), ("Monday night", "2024-10-14TNI")],
    );
    // Not a range of clock times opening a line, nor a score or a ratio inside a sentence.
    exactly("Outages on Friday\n\n08:00-12:00 - group 1 loses power.", friday(), &[("Friday", "2024-10-18")]);
    exactly("The vote was 12:10 - a narrow margin.", friday(), &[]);
}

#[test]
fn movable_holidays() {
    check(
        "Banks were shut on Good Friday and reopened after Easter Monday.",
        friday(),
        &[
            ("Good Friday", "2024-03-29"),
            ("Easter Monday", "2024-04-01"),
        ],
    );
    check(
        "The family will gather at Thanksgiving.",
        friday(),
        &[("Thanksgiving", "2024-11-28")],
    );
    check(
        "The parade was held on Labor Day; the pool opened on Memorial Day.",
        friday(),
        &[("Labor Day", "2024-09-02"), ("Memorial Day", "2024-05-27")],
    );
    check(
        "The choir sang at Easter 2021.",
        friday(),
        &[("Easter 2021", "2021-04-04")],
    );
    // "good" alone is no holiday.
    exactly("The harvest was good on the whole.", friday(), &[]);
}

#[test]
fn a_deadline_given_is_ahead() {
    check(
        "The union has until Monday to answer the offer.",
        friday(),
        &[("Monday", "2024-10-21")],
    );
    check(
        "The trial begins Tuesday in the capital.",
        friday(),
        &[("Tuesday", "2024-10-22")],
    );
}

#[test]
fn a_deadline_after_an_infinitive_or_will_lies_ahead() {
    // Friday 18 October 2024: the nearest June is behind, but a vote "to extend" reaches ahead.
    check(
        "Parliament voted on Wednesday to extend the curfew for another 90 days, until early June.",
        friday(),
        &[("early June", "2025-06"), ("Wednesday", "2024-10-16")],
    );
    check(
        "Norland to pull its last troops from Kessa by end of March",
        friday(),
        &[("end of March", "2025-03")],
    );
    check(
        "The ministry said the garrison will leave by the end of August.",
        friday(),
        &[("the end of August", "2025-08")],
    );
    // A past deadline stays the nearest: the curfew lasted until then.
    check(
        "The curfew lasted until early September, officials said.",
        friday(),
        &[("early September", "2024-09")],
    );
    // A purpose after a past verb, and a past verb before the deadline, look back.
    check(
        "He went to Kessa to meet officials until June.",
        friday(),
        &[("June", "2024-06")],
    );
    check(
        "The rebels had captured the town by the end of May.",
        friday(),
        &[("the end of May", "2024-05")],
    );
    check(
        "The strikers were given until the end of November to return.",
        friday(),
        &[("the end of November", "2024-11")],
    );
}

#[test]
fn vague_stretches_and_references() {
    check(
        "Over the years the village has shrunk.",
        friday(),
        &[("the years", "PXY")],
    );
    check(
        "The two clans ended a decades-long feud.",
        friday(),
        &[("decades-long", "PXE")],
    );
    check(
        "The vote was moved to a later date.",
        friday(),
        &[("a later date", "FUTURE_REF")],
    );
    check(
        "Callers were told to try again at a later time.",
        friday(),
        &[("a later time", "FUTURE_REF")],
    );
    check(
        "She stayed on for a while.",
        friday(),
        &[("a while", "PXX")],
    );
    check(
        "He left a while ago.",
        friday(),
        &[("a while ago", "PAST_REF")],
    );
    exactly("It is worth a while to wait.", friday(), &[]);
    check(
        "More recently, the plant moved north.",
        friday(),
        &[("More recently", "PAST_REF")],
    );
}

#[test]
fn recent_years_name_the_past_and_recent_weeks_a_stretch() {
    let got = one(
        "Crime has fallen in recent years.",
        friday(),
        "recent years",
    );
    assert_eq!(got, ("DATE", "PAST_REF".to_string(), None));
    let got = one("Prices rose in recent weeks.", friday(), "recent weeks");
    assert_eq!(got, ("DURATION", "PXW".to_string(), None));
}

#[test]
fn year_end_as_a_noun_is_the_end_of_the_year() {
    let got = one(
        "The merger should be done by year end.",
        friday(),
        "year end",
    );
    assert_eq!(got, ("DATE", "2024".to_string(), Some("END")));
    let got = one(
        "Rates may fall before the year's end.",
        friday(),
        "the year's end",
    );
    assert_eq!(got, ("DATE", "2024".to_string(), Some("END")));
    check(
        "The year-end tally is due soon.",
        friday(),
        &[("year-end", "2024-12-31")],
    );
}

#[test]
fn counts_from_now_lie_ahead() {
    check(
        "The bridge will reopen three days from now.",
        friday(),
        &[("three days from now", "2024-10-21")],
    );
    check(
        "Talks resume two weeks from today.",
        friday(),
        &[("two weeks from today", "2024-W44")],
    );
}

#[test]
fn seasons_of_a_shifted_year() {
    check(
        "The dam was finished in the spring of last year.",
        friday(),
        &[("the spring of last year", "2023-SP")],
    );
    check(
        "Work starts in summer next year.",
        friday(),
        &[("summer next year", "2025-SU")],
    );
}

#[test]
fn an_ordinal_day_takes_the_month_in_view() {
    check(
        "The fair opened in March and closed on the 21st.",
        friday(),
        &[("March", "2024-03"), ("the 21st", "2024-03-21")],
    );
    // Without a month in view: publication's month, or the one before for a day still ahead.
    check(
        "The clinic reopened on the 25th.",
        friday(),
        &[("the 25th", "2024-09-25")],
    );
    check(
        "The clinic reopened on the 3rd.",
        friday(),
        &[("the 3rd", "2024-10-03")],
    );
    exactly("She finished on the 3rd attempt.", friday(), &[]);
}

#[test]
fn opening_and_closing_stretches_and_financial_years() {
    check(
        "Dozens fled in the first hours of the flood.",
        friday(),
        &[("the first hours", "PTXH")],
    );
    check(
        "The mill has been idle for some time.",
        friday(),
        &[("some time", "PXX")],
    );
    exactly(
        "The mill will reopen some time soon.",
        friday(),
        &[("soon", "FUTURE_REF")],
    );
    let got = one(
        "Orders jumped at the very beginning of the financial year.",
        friday(),
        "the very beginning of the financial year",
    );
    assert_eq!(got, ("DATE", "2024".to_string(), Some("START")));
    let got = one(
        "Margins shrank at the end of the financial year.",
        friday(),
        "the end of the financial year",
    );
    assert_eq!(got, ("DATE", "2024".to_string(), Some("END")));
}

#[test]
fn the_last_quarter_is_a_reporting_period() {
    check(
        "Profit doubled in the last quarter.",
        friday(),
        &[("the last quarter", "2024-Q3")],
    );
    check(
        "Sales rose in the third quarter of 2023, and costs fell in the past quarter too.",
        friday(),
        &[("the past quarter", "2023-Q3")],
    );
}

#[test]
fn a_month_after_as_early_as() {
    exactly(
        "The river was frozen as recently as March.",
        friday(),
        &[("March", "2024-03")],
    );
    check(
        "Prices may rise as early as May.",
        friday(),
        &[("May", "2025-05")],
    );
}

#[test]
fn noon_and_midnight_with_a_time_zone() {
    check(
        "The ceasefire began at midnight GMT on Tuesday.",
        friday(),
        &[("midnight GMT", "2024-10-15T24:00Z")],
    );
    check(
        "The vote closed at noon EST.",
        friday(),
        &[("noon EST", "2024-10-18T12:00")],
    );
}

#[test]
fn a_past_midnight_with_no_day_ends_the_day_before_publication() {
    check("The drones struck shortly after midnight.", friday(), &[("midnight", "2024-10-17T24:00")]);
    check("The curfew will begin at midnight.", friday(), &[("midnight", "2024-10-18T24:00")]);
}

#[test]
fn the_same_period_of_the_previous_year() {
    check(
        "Exports were up on the same period of the previous year.",
        friday(),
        &[("the same period of the previous year", "2023")],
    );
}

#[test]
fn a_future_participle_after_is_decides_over_is() {
    check(
        "Monday's vote is expected to be close.",
        friday(),
        &[("Monday", "2024-10-21")],
    );
}

#[test]
fn an_edition_named_by_a_current_year_is_dated() {
    check(
        "Visitors crowded the Harbour Boat Show 2024 on Friday.",
        friday(),
        &[("2024", "2024")],
    );
    // An older number after a name stays part of the name.
    exactly("The Orion 1980 sold well.", friday(), &[]);
}

// --- session 4 ------------------------------------------------------------------------------

/// Monday, 20 December 1999: late in a year, where a range of months crosses the new year.
fn late_december() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1999, 12, 20)
}

#[test]
fn a_meridiem_glued_to_the_minutes_ends_the_clock() {
    check(
        "The ferry sailed at 9:30am and docked at 4:15pm.",
        friday(),
        &[
            ("9:30am", "2024-10-18T09:30"),
            ("4:15pm", "2024-10-18T16:15"),
        ],
    );
}

#[test]
fn a_range_of_months_runs_forward_within_a_year() {
    // January alone would be the coming one (a fortnight away); as the start of a range
    // ending in November it is this year's.
    exactly(
        "From January to November, orders at the mill declined.",
        late_december(),
        &[("January", "1999-01"), ("November", "1999-11")],
    );
    exactly(
        "The harbour stays shut from November to February.",
        late_december(),
        &[("November", "1999-11"), ("February", "2000-02")],
    );
    // "May" after a range word and a month is the month, not the verb.
    exactly(
        "Rain fell between March and May.",
        late_december(),
        &[("March", "1999-03"), ("May", "1999-05")],
    );
    // A written year is never moved.
    check(
        "Rainfall rose from January 1998 to March.",
        late_december(),
        &[("January 1998", "1998-01")],
    );
}

#[test]
fn a_headline_in_title_case_keeps_its_time_words() {
    check(
        "Ferry Operator Sees Recovery Next Year\nThe operator expects more passengers.",
        friday(),
        &[("Next Year", "2025")],
    );
    check(
        "HARBOUR TRAFFIC FELL LAST MONTH",
        friday(),
        &[("LAST MONTH", "2024-09")],
    );
    // In running text a capitalised "Next Year" is a title.
    exactly(
        "She starred in the play Next Year in the spring.",
        friday(),
        &[("the spring", "2025-SP")],
    );
}

#[test]
fn halves_and_quarters_of_units() {
    exactly(
        "The drill took a half-hour, the briefing half an hour.",
        friday(),
        &[("a half-hour", "PT30M"), ("half an hour", "PT30M")],
    );
    exactly(
        "The lighthouse stood for a quarter of a century.",
        friday(),
        &[("a quarter of a century", "P25Y")],
    );
    exactly(
        "The lease runs two-and-a-half years.",
        friday(),
        &[("two-and-a-half years", "P2Y6M")],
    );
    // "half" of a quantity is no duration.
    exactly(
        "Half the crew stayed; a quarter of the boats left.",
        friday(),
        &[],
    );
}

#[test]
fn a_unit_long_adjective_is_one_unit() {
    exactly(
        "The year-long dispute ended a month-long strike at the docks.",
        friday(),
        &[("year-long", "P1Y"), ("month-long", "P1M")],
    );
}

#[test]
fn scheduled_travel_in_the_present_lies_ahead() {
    check(
        "The minister leaves Tuesday for a tour of the islands.",
        friday(),
        &[("Tuesday", "2024-10-22")],
    );
    check(
        "The delegation arrives Monday.",
        friday(),
        &[("Monday", "2024-10-21")],
    );
}

#[test]
fn an_amount_per_unit_of_time_is_a_set() {
    let (ty, v, _) = one("The dredging costs $3 million a year.", friday(), "a year");
    assert_eq!((ty, v.as_str()), ("SET", "P1Y"));
    let (ty, v, _) = one("Fares rose 4% a year.", friday(), "a year");
    assert_eq!((ty, v.as_str()), ("SET", "P1Y"));
    let (ty, _, _) = one("The dredging took a year.", friday(), "a year");
    assert_eq!(ty, "DURATION");
}

#[test]
fn thousands_of_years_and_vague_decades_and_centuries() {
    exactly(
        "The well has served the village for two thousand years.",
        friday(),
        &[("two thousand years", "P2L")],
    );
    exactly(
        "The harbour wall stood for centuries.",
        friday(),
        &[("centuries", "PXC")],
    );
    exactly(
        "The feud lasted for decades.",
        friday(),
        &[("decades", "PXE")],
    );
}

#[test]
fn a_day_counted_in_a_run_is_the_day_in_view() {
    exactly(
        "Ferry crews stayed home for a third straight day.",
        friday(),
        &[("third straight day", "2024-10-18")],
    );
    check(
        "Today is the fifth day of the dock strike.",
        friday(),
        &[("the fifth day", "2024-10-18")],
    );
    exactly(
        "The new timetable starts on the first day of March.",
        friday(),
        &[("the first day of March", "2025-03-01")],
    );
    exactly(
        "The lease ends on the last day of June 2026.",
        friday(),
        &[("the last day of June 2026", "2026-06-30")],
    );
}

#[test]
fn single_as_a_count_of_one() {
    exactly(
        "It was the largest single-day fall in fares.",
        friday(),
        &[("single-day", "P1D")],
    );
    exactly(
        "Not a single day passed without a storm.",
        friday(),
        &[("a single day", "P1D")],
    );
    exactly("A single ferry crossed.", friday(), &[]);
}

#[test]
fn the_future_as_a_time_needs_a_preposition() {
    check(
        "Fares will rise in the future.",
        friday(),
        &[("the future", "FUTURE_REF")],
    );
    exactly("The future of the ferry line is unclear.", friday(), &[]);
    exactly("The future looks bright for the harbour.", friday(), &[]);
}

#[test]
fn today_in_a_name_and_tomorrow_in_general_are_no_days() {
    exactly("This is Harbour Radio Today.", friday(), &[]);
    exactly("The ships of tomorrow will be electric.", friday(), &[]);
    exactly(
        "Today, the ferry sails.",
        friday(),
        &[("Today", "2024-10-18")],
    );
}

#[test]
fn waiting_for_a_day_looks_ahead() {
    check(
        "Traders await Tuesday's fuel figures.",
        friday(),
        &[("Tuesday", "2024-10-22")],
    );
    check(
        "Fares rose ahead of Sunday's ballot.",
        friday(),
        &[("Sunday", "2024-10-20")],
    );
}

#[test]
fn a_copula_or_progressive_before_a_day_announces_it() {
    check(
        "The hearing is Tuesday.",
        friday(),
        &[("Tuesday", "2024-10-22")],
    );
    check(
        "The ministers are meeting on Monday.",
        friday(),
        &[("Monday", "2024-10-21")],
    );
    // A possessive names a day already past.
    check(
        "Police are investigating Monday's fire.",
        friday(),
        &[("Monday", "2024-10-14")],
    );
}

#[test]
fn the_day_after_alone_is_the_next_day_in_view() {
    check(
        "The storm hit on Tuesday. The day after, the harbour reopened.",
        friday(),
        &[("The day after", "2024-10-16")],
    );
}

#[test]
fn a_couple_of_units_and_several_quarters() {
    exactly(
        "Fares will stay flat over the next couple of years.",
        friday(),
        &[("the next couple of years", "P2Y")],
    );
    exactly(
        "The line turned a profit after several quarters of losses.",
        friday(),
        &[("several quarters", "PXQ")],
    );
    // A count of quarters before "of" is a fraction.
    exactly("Three quarters of the berths were empty.", friday(), &[]);
}

#[test]
fn this_coming_day_and_a_spoken_day_of_the_month() {
    exactly(
        "The regatta is this coming Sunday, October twentieth.",
        friday(),
        &[("this coming Sunday, October twentieth", "2024-10-20")],
    );
    check(
        "The ferry resumed on October eighth.",
        friday(),
        &[("October eighth", "2024-10-08")],
    );
    // An ordinal that opens a phrase of its own is no day.
    check(
        "In October first-time buyers returned.",
        friday(),
        &[("October", "2024-10")],
    );
}

#[test]
fn the_latest_year_and_the_latest_months() {
    exactly(
        "In the latest fiscal year the ferry line earned $5 million.",
        friday(),
        &[("the latest fiscal year", "2023")],
    );
    exactly(
        "Traffic fell in the latest nine months.",
        friday(),
        &[("the latest nine months", "P9M")],
    );
}

#[test]
fn in_a_count_of_units_ahead_is_a_date() {
    exactly(
        "The bonds will be repaid in five years.",
        friday(),
        &[("five years", "2029")],
    );
    // In a past clause it is how long something took.
    exactly(
        "The quay was rebuilt in two weeks.",
        friday(),
        &[("two weeks", "P2W")],
    );
}

#[test]
fn that_quarter_is_the_quarter_last_named() {
    check(
        "Fares rose in the second quarter. Costs for that quarter included a new ferry.",
        friday(),
        &[("that quarter", "2024-Q2")],
    );
}

#[test]
fn one_day_ahead_is_a_future_reference() {
    check(
        "The island will one day have a bridge.",
        friday(),
        &[("one day", "FUTURE_REF")],
    );
    exactly("One day the ferry sank.", friday(), &[]);
}

#[test]
fn the_next_and_the_new_century() {
    let june_1999 = NaiveDate::from_ymd_opt(1999, 6, 10);
    exactly(
        "The harbour will grow into the next century.",
        june_1999,
        &[("the next century", "20")],
    );
    exactly(
        "The port enters the new century with two ferries.",
        june_1999,
        &[("the new century", "20")],
    );
    exactly(
        "The dam should stand for the next century.",
        june_1999,
        &[("the next century", "P100Y")],
    );
}

#[test]
fn a_timetable_in_the_present_plural_lies_ahead() {
    check(
        "Ferry services resume Monday.",
        friday(),
        &[("Monday", "2024-10-21")],
    );
    // After "to" the base form is an infinitive: no cue of its own.
    check(
        "The permit had been due to expire Friday evening.",
        friday(),
        &[("Friday evening", "2024-10-18TEV")],
    );
}

#[test]
fn a_period_that_has_ended_is_never_ahead() {
    // June 10: the spring has just ended, so a future spring is next year's.
    let june = NaiveDate::from_ymd_opt(2024, 6, 10);
    exactly(
        "The ferry will sail again in the spring.",
        june,
        &[("the spring", "2025-SP")],
    );
}

#[test]
fn the_fall_as_a_season_only_when_nothing_follows() {
    check(
        "The ferry will return in the fall.",
        friday(),
        &[("the fall", "2024-FA")],
    );
    exactly(
        "Since the fall of the old regime, fares rose.",
        friday(),
        &[],
    );
    exactly("After the fall in fares, traffic grew.", friday(), &[]);
}

#[test]
fn a_newspaper_and_a_minute_detail_are_no_times() {
    exactly("The Sunday Herald ran the story.", friday(), &[]);
    exactly("It was a minute flaw in the hull.", friday(), &[]);
    exactly(
        "The crew paused for a minute before docking.",
        friday(),
        &[("a minute", "PT1M")],
    );
}

#[test]
fn dawn_and_nightfall_after_a_preposition() {
    exactly(
        "The ferry left before dawn Tuesday.",
        friday(),
        &[("dawn Tuesday", "2024-10-15TMO")],
    );
    exactly(
        "The storm hit on Wednesday. By nightfall the quay was flooded.",
        friday(),
        &[("Wednesday", "2024-10-16"), ("nightfall", "2024-10-16TEV")],
    );
    exactly("The dawn of a new era.", friday(), &[]);
}

#[test]
fn a_month_reported_in_a_past_clause_has_begun() {
    // December 20: January is a fortnight away, but what fell in it fell last January.
    exactly(
        "Exports fell in January.",
        late_december(),
        &[("January", "1999-01")],
    );
    // A date set ahead keeps the slack.
    exactly(
        "The court set a hearing for January.",
        late_december(),
        &[("January", "2000-01")],
    );
}

#[test]
fn earlier_in_the_year_keeps_the_adverb() {
    exactly(
        "Earlier in the year, fares rose.",
        friday(),
        &[("Earlier in the year", "2024")],
    );
    exactly(
        "The ferry was repaired later in the week.",
        friday(),
        &[("later in the week", "2024-W42")],
    );
}

#[test]
fn a_timeline_entrys_date_is_the_nearest_whatever_its_present_says() {
    // Published 2024-10-18. The historical present of a timeline ("visits") would otherwise
    // push "June 19" to the next June.
    check(
        "Timeline of the ferry dispute\nJune 19: The minister visits the port and signs a lease.\nOct. 8: The ferry docks.",
        friday(),
        &[("June 19", "2024-06-19"), ("Oct. 8", "2024-10-08")],
    );
    // Not a line's label: a schedule keeps its future.
    check("The minister visits the port on June 19.", friday(), &[("June 19", "2025-06-19")]);
    // A dash labels an entry as a colon does, spaced or (an em dash) not.
    check(
        "Timeline of the ferry dispute\nJune 19 - The minister visits the port.\nOct. 8 – The ferry docks.\nJuly 2—The crew sails.",
        friday(),
        &[("June 19", "2024-06-19"), ("Oct. 8", "2024-10-08"), ("July 2", "2024-07-02")],
    );
}

#[test]
fn a_weekday_label_keeps_the_schedule_s_future() {
    // Published Friday 2024-10-18: "Monday:" under "What's next" is the coming Monday.
    check("Coming up\n\nMonday: The summit opens in Kessa.", friday(), &[("Monday", "2024-10-21")]);
}

#[test]
fn a_clock_time_with_no_day_in_a_past_sentence_takes_the_day_just_told() {
    check(
        "The missile was fired on Thursday morning. It was launched at about 7:10 a.m. from near the capital.",
        friday(),
        &[("about 7:10 a.m.", "2024-10-17T07:10")],
    );
    // Told in the present, it is the day of publication.
    check(
        "The strike hit on Thursday. The curfew starts at 22:30 GMT.",
        friday(),
        &[("22:30 GMT", "2024-10-18T22:30Z")],
    );
}

#[test]
fn overnight_alone_is_the_night_of_the_report() {
    check("Russia launched 58 drones overnight, the air force said.", friday(), &[("overnight", "2024-10-18TNI")]);
    check("Overnight, shelling hit the port.", friday(), &[("Overnight", "2024-10-18TNI")]);
    check("Drones were shot down overnight over the Kursk region.", friday(), &[("overnight", "2024-10-18TNI")]);
    // The adjective, and a day the night belongs to, are left to other rules.
    check("Overnight trading was thin.", friday(), &[]);
    check("The banks lend at an overnight rate.", friday(), &[]);
    check("He became an overnight success.", friday(), &[]);
    check("Shelling continued overnight into Thursday.", friday(), &[("Thursday", "2024-10-17")]);
    check("Shelling continued overnight killing two people.", friday(), &[("overnight", "2024-10-18TNI")]);
    check("Drones launched overnight by Russia hit Kharkiv.", friday(), &[("overnight", "2024-10-18TNI")]);
}

#[test]
fn what_is_called_for_lies_ahead() {
    check("Organisers have called for another rally in Batumi on Saturday.", friday(), &[("Saturday", "2024-10-19")]);
    check("The opposition called on Monday for new elections.", friday(), &[("Monday", "2024-10-14")]);
    check("Zelenskyy called for more air defence systems on Tuesday.", friday(), &[("Tuesday", "2024-10-15")]);
}

#[test]
fn a_part_of_the_day_on_a_day_named_after_it() {
    check("Gunmen attacked the base before dawn on Tuesday.", friday(), &[("dawn", "2024-10-15TMO"), ("Tuesday", "2024-10-15")]);
    check("The raid began at dawn on Oct. 3.", friday(), &[("dawn", "2024-10-03TMO"), ("Oct. 3", "2024-10-03")]);
}

#[test]
fn a_month_and_day_closing_a_name_after_the_is_no_date() {
    // "the Unaizah May 4" is a boat; "on Tuesday, May 4" and "the Kessa Post on May 4" are dates.
    exactly("Two ships blocked the Unaizah May 4 at dawn.", friday(), &[("dawn", "2024-10-18TMO")]);
    check("The talks ended on Tuesday May 4.", friday(), &[("Tuesday May 4", "2024-05-04")]);
    check("The Kessa Post reported on May 4 that talks ended.", friday(), &[("May 4", "2024-05-04")]);
}

#[test]
fn an_abbreviated_month_after_a_name_is_still_a_date() {
    check("Talks resumed since the Hamas Oct. 7 attack on Israel.", friday(), &[("Oct. 7", "2024-10-07")]);
}

#[test]
fn the_span_an_order_sets_lies_ahead() {
    // Friday 18 October 2024: an order's span is still to come, though told in the past.
    check(
        "The president signed a decree on Monday ordering 150,000 men to be called up between April 1 and July 15.",
        friday(),
        &[("Monday", "2024-10-14"), ("April 1", "2025-04-01"), ("July 15", "2025-07-15")],
    );
    // An order's place after "from" is no span: the day stays the past one.
    check("Shoigu ordering troops to withdraw from Kherson on Wednesday was a surprise.", friday(), &[("Wednesday", "2024-10-16")]);
    check("Shoigu ordering troops to withdraw from Kherson on Wednesday to the east bank was a surprise.", friday(), &[("Wednesday", "2024-10-16")]);
    // Without an order, a past span stays behind.
    check(
        "Troops were stationed there between April 1 and July 15, officials said.",
        friday(),
        &[("April 1", "2024-04-01"), ("July 15", "2024-07-15")],
    );
}
