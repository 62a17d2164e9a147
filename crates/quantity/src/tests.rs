//! Tests of the quantity tagger, one group per family, on invented sentences.
//!
//! Most run the real time tagger first, as the pipeline does, so that the "years and dates are
//! never counts" guarantee is tested end to end.

use chrono::NaiveDate;
use sitrep_doc::{Doc, DocMeta, Quantity, Stage, TimeLayer, TimexMod};

use crate::{tag_text, QuantityTagger};

fn published() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 10, 18)
}

fn quantities(text: &str) -> Vec<Quantity> {
    let times = sitrep_time::tag_text(text, published());
    tag_text(text, &times)
}

/// (span text, value, unit) of every quantity.
fn brief(text: &str) -> Vec<(String, f64, Option<String>)> {
    quantities(text)
        .into_iter()
        .map(|q| (text[q.span.range()].to_string(), q.value, q.unit))
        .collect()
}

fn only(text: &str) -> Quantity {
    let qs = quantities(text);
    assert_eq!(
        qs.len(),
        1,
        "expected one quantity in {text:?}, got {qs:#?}"
    );
    qs.into_iter().next().expect("one quantity")
}

fn unit_text<'a>(text: &'a str, q: &Quantity) -> &'a str {
    q.unit_span.map_or("", |s| &text[s.range()])
}

// --- cardinals -----------------------------------------------------------------------------

#[test]
fn digits_with_separators_decimals_and_multipliers() {
    let got = brief(
        "The depot held 1,500 shells, 12.5 tonnes of fuel, 3 million rounds and $1.2bn in cash.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [1500.0, 12.5, 3e6, 1.2e9], "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("shells"));
    assert_eq!(got[1].2.as_deref(), Some("tonnes"));
    assert_eq!(got[3].2.as_deref(), Some("USD"));
    assert_eq!(got[3].0, "$1.2bn");
}

#[test]
fn number_words() {
    let got = brief(
        "Four frigates, twenty-five tanks, three hundred civilians and a dozen drones were seen.",
    );
    let values: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.2.as_deref())).collect();
    assert_eq!(
        values,
        [
            (4.0, Some("ships")),
            (25.0, Some("tanks")),
            (300.0, Some("civilians")),
            (12.0, Some("drones"))
        ]
    );
    let q = only("Officials counted two thousand five hundred refugees.");
    assert_eq!(q.value, 2500.0);
}

#[test]
fn vague_plurals_are_lower_bounds() {
    let q = only("Dozens of boats left the harbour.");
    assert_eq!(
        (q.value, q.approx, q.bound, q.upper),
        (24.0, true, Some(TimexMod::MoreThan), None)
    );
    assert_eq!(q.unit.as_deref(), Some("boats"));
    let q = only("Tens of thousands of residents fled.");
    assert_eq!((q.value, q.unit.as_deref()), (20_000.0, Some("residents")));
    assert_eq!(only("Hundreds of drones were launched.").value, 200.0);
}

// --- ranges and bounds ---------------------------------------------------------------------

#[test]
fn ranges() {
    for text in [
        "Between 10,000 and 12,000 troops massed at the border.",
        "Some 10,000 to 12,000 troops massed at the border.",
        "A force of 10,000-12,000 troops massed at the border.",
    ] {
        let q = only(text);
        assert_eq!((q.value, q.upper), (10_000.0, Some(12_000.0)), "{text}");
        assert_eq!(q.unit.as_deref(), Some("troops"), "{text}");
    }
    let q = only("The blasts damaged between 5 and 7 warehouses.");
    assert_eq!(
        (
            q.value,
            q.upper,
            &quantities_text("The blasts damaged between 5 and 7 warehouses.")[0]
        ),
        (5.0, Some(7.0), &"between 5 and 7".to_string())
    );
    let q = only("The fund needs 3 to 4 million euros.");
    assert_eq!(
        (q.value, q.upper, q.unit.as_deref()),
        (3e6, Some(4e6), Some("EUR"))
    );
}

fn quantities_text(text: &str) -> Vec<String> {
    quantities(text)
        .iter()
        .map(|q| text[q.span.range()].to_string())
        .collect()
}

#[test]
fn bounds() {
    let q = only("Up to 12,000 soldiers may be involved.");
    assert_eq!(
        (q.value, q.upper, q.bound),
        (12_000.0, Some(12_000.0), Some(TimexMod::LessThan))
    );
    let q = only("More than 300 vehicles crossed.");
    assert_eq!(
        (q.value, q.bound, q.upper),
        (300.0, Some(TimexMod::MoreThan), None)
    );
    assert_eq!(
        only("At least 50 people were hurt.").bound,
        Some(TimexMod::MoreThan)
    );
    let q = only("Nearly 300 houses burned.");
    assert!(q.approx);
    assert_eq!(q.bound, Some(TimexMod::LessThan));
    assert_eq!(
        only("Over 200 missiles were fired.").bound,
        Some(TimexMod::MoreThan)
    );
}

// --- approximations ------------------------------------------------------------------------

#[test]
fn approximation_cues_before_the_number() {
    for (text, span) in [
        ("An estimated 400 personnel arrived.", "An estimated 400"),
        ("About 400 personnel arrived.", "About 400"),
        ("Around 400 personnel arrived.", "Around 400"),
        ("Roughly 400 personnel arrived.", "Roughly 400"),
        ("Some 400 personnel arrived.", "Some 400"),
        ("Approximately 400 personnel arrived.", "Approximately 400"),
        ("400 or so personnel arrived.", "400 or so"),
    ] {
        let q = only(text);
        assert!(q.approx, "{text}");
        assert_eq!(
            (q.value, q.unit.as_deref(), &text[q.span.range()]),
            (400.0, Some("personnel"), span)
        );
    }
    assert!(!only("Exactly 400 personnel arrived.").approx);
}

#[test]
fn approximation_cue_earlier_in_the_clause() {
    let text = "The unit moved north, with an estimated number of Veloran personnel being 240.";
    let q = only(text);
    assert_eq!(
        (q.value, q.approx, q.unit.as_deref()),
        (240.0, true, Some("personnel"))
    );
    assert_eq!(&text[q.span.range()], "240");
    assert_eq!(unit_text(text, &q), "personnel");
    // A cue that belongs to an earlier number does not reach past it.
    let qs = quantities("An estimated 400 troops and 20 tanks crossed.");
    assert!(qs[0].approx);
    assert!(!qs[1].approx);
}

// --- counted nouns -------------------------------------------------------------------------

#[test]
fn counted_noun_over_modifiers_and_compounds() {
    let text = "The agency reported 1,500 Veloran special forces near the coast.";
    let q = only(text);
    assert_eq!((q.value, q.unit.as_deref()), (1500.0, Some("troops")));
    assert_eq!(unit_text(text, &q), "special forces");
    let text = "They sailed on four landing ships and three escort ships.";
    let qs = quantities(text);
    assert_eq!(qs.len(), 2);
    assert_eq!(
        (qs[0].value, qs[0].unit.as_deref(), unit_text(text, &qs[0])),
        (4.0, Some("ships"), "landing ships")
    );
    assert_eq!(
        (qs[1].value, qs[1].unit.as_deref(), unit_text(text, &qs[1])),
        (3.0, Some("ships"), "escort ships")
    );
}

#[test]
fn the_last_counted_noun_of_a_compound_is_counted() {
    let text = "Varnia sent 60 rocket launchers and 900 tank shells.";
    let qs = quantities(text);
    assert_eq!(qs.len(), 2);
    assert_eq!((qs[0].unit.as_deref(), unit_text(text, &qs[0])), (Some("launchers"), "rocket launchers"));
    assert_eq!((qs[1].unit.as_deref(), unit_text(text, &qs[1])), (Some("shells"), "tank shells"));
}

#[test]
fn counted_noun_to_the_left() {
    let q = only("The count of artillery shells stood at 8,000.");
    assert_eq!((q.value, q.unit.as_deref()), (8000.0, Some("shells")));
    // A toll counts the dead, not the weapon that killed them.
    let q = only("The death toll from a missile strike on Varn rose to 11.");
    assert_eq!((q.value, q.unit.as_deref()), (11.0, None));
    let q = only("The number of people killed in Friday's Norlandic missile strike on Varn has risen to 14.");
    assert_eq!((q.value, q.unit.as_deref()), (14.0, Some("people")));
    // A quantifier's noun is no count of what a verb of harm counts.
    let got = brief("A number of drones struck the city, killing 3.");
    assert!(got.iter().all(|g| g.2.as_deref() != Some("drones")), "{got:?}");
    // Those a toll is "among" are counted.
    let q = only("The death toll among civilians rose to 11.");
    assert_eq!(q.unit.as_deref(), Some("civilians"));
    let q = only("Of the drones, 14 were shot down.");
    assert_eq!(q.unit.as_deref(), Some("drones"));
}

#[test]
fn an_elided_noun_comes_from_the_count_before() {
    let got = brief("The blast killed 40 people in the market and 11 near the station.");
    assert_eq!(got[1].2.as_deref(), Some("people"), "{got:?}");
    let got = brief("Ten other people and 12 other sailors were rescued.");
    assert_eq!(
        got.iter().map(|g| g.2.as_deref()).collect::<Vec<_>>(),
        [Some("people"), Some("sailors")]
    );
}

#[test]
fn ages_and_names() {
    let text = "A 6-year-old boy and his 62-year-old uncle were rescued.";
    let got = brief(text);
    assert_eq!(
        got.iter()
            .map(|g| (g.1, g.2.as_deref()))
            .collect::<Vec<_>>(),
        [(6.0, Some("years")), (62.0, Some("years"))]
    );
    assert_eq!(brief("He joined the Ten Most Wanted list."), []);
    assert_eq!(
        brief("Three ships left port."),
        [("Three".to_string(), 3.0, Some("ships".to_string()))]
    );
}

#[test]
fn measures_money_and_percentages() {
    let got = brief(
        "The convoy drove 120 km, spent €40 million and lost 12% of its trucks, or 15 per cent.",
    );
    let units: Vec<(f64, Option<&str>)> = got.iter().map(|g| (g.1, g.2.as_deref())).collect();
    assert_eq!(
        units,
        [
            (120.0, Some("km")),
            (40e6, Some("EUR")),
            (12.0, Some("percent")),
            (15.0, Some("percent"))
        ]
    );
    assert_eq!(
        only("Turnout fell 4 percent.").unit.as_deref(),
        Some("percent")
    );
    assert_eq!(
        only("The aid was worth US$5 million.").unit.as_deref(),
        Some("USD")
    );
}

// --- what is not a quantity ----------------------------------------------------------------

#[test]
fn years_and_dates_are_not_counts() {
    let text = "Since 1990 the port has not seen such traffic; on Oct. 8 and in 2019, ships came.";
    assert_eq!(brief(text), []);
    // The 1,500 is a count; the date and the year are not.
    let got = brief("On Oct. 13, 2024, 1,500 troops landed, as in 1996.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, 1500.0);
    // Durations belong to the time layer.
    assert_eq!(
        brief("The siege lasted three days and 48 hours of shelling followed."),
        []
    );
}

#[test]
fn a_year_is_not_a_count_even_without_a_time_layer() {
    let empty = TimeLayer::default();
    assert!(tag_text("The treaty dates from 1994.", &empty).is_empty());
    assert_eq!(tag_text("The fleet lost 1990 sailors.", &empty).len(), 1);
}

#[test]
fn ordinals_identifiers_and_labels() {
    assert_eq!(
        brief("It was the first launch and the 3rd test of the 21st year."),
        []
    );
    assert_eq!(
        brief("A KN-23 and two Su-27 jets, an F-16 and a MiG-29 flew."),
        [("two".to_string(), 2.0, Some("aircraft".to_string()))]
    );
    assert_eq!(
        brief("Under Resolution 2231 and Article 5, No. 3 applies."),
        []
    );
    assert_eq!(
        brief("Talks resumed at 10:30 with 5G links and a 3/4 majority."),
        []
    );
}

#[test]
fn a_bare_one_is_dropped() {
    assert_eq!(
        brief("One of the ships left; one day it will return, one by one."),
        []
    );
    assert_eq!(brief("Here, no one gives up."), []);
    let q = only("One ship left.");
    assert_eq!((q.value, q.unit.as_deref()), (1.0, Some("ships")));
    assert_eq!(brief("Several ships and a few drones were seen."), []);
}

// --- stage and robustness ------------------------------------------------------------------

#[test]
fn the_stage_runs_after_the_time_tagger() {
    let meta = DocMeta {
        published: published(),
        ..DocMeta::default()
    };
    let mut doc = Doc::from_text(meta, "On Oct. 8, 2024, about 400 sailors boarded.");
    sitrep_time::TimeTagger
        .run(&mut doc)
        .expect("times written");
    QuantityTagger.run(&mut doc).expect("quantities written");
    let q = doc.quantities();
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].value, q[0].approx), (400.0, true));
    assert_eq!(QuantityTagger.name(), "quantities");
}

#[test]
fn messy_text_never_panics() {
    let samples = [
        "",
        "1",
        "1,",
        ",5",
        "1.",
        "$",
        "$$5",
        "between",
        "between 5 and",
        "up to",
        "dozens",
        "dozens of",
        "99999999999999999999",
        "1,000,000,000,000,000",
        "5-",
        "-5",
        "\u{20ac}",
        "12%%",
        "a",
        "a dozen",
        "\u{1F600}4\u{1F600}",
        "tens of",
        "half a",
        "1.2.3.4",
        "KN-",
        "No. ",
        "3 to",
        "twenty-",
    ];
    let empty = TimeLayer::default();
    for s in samples {
        for q in tag_text(s, &empty) {
            assert!(s.get(q.span.range()).is_some(), "bad span in {s:?}");
            if let Some(u) = q.unit_span {
                assert!(s.get(u.range()).is_some(), "bad unit span in {s:?}");
            }
        }
    }
}

// --- properties ------------------------------------------------------------------------------

mod properties {
    use proptest::prelude::*;
    use sitrep_doc::TimeLayer;

    use crate::tag_text;

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("about".to_string()),
            Just("up to".to_string()),
            Just("between".to_string()),
            Just("and".to_string()),
            Just("dozens of".to_string()),
            Just("tens".to_string()),
            Just("of".to_string()),
            Just("one".to_string()),
            Just("twenty".to_string()),
            Just("hundred".to_string()),
            Just("a".to_string()),
            Just("ships".to_string()),
            Just("landing".to_string()),
            Just("per".to_string()),
            Just("cent".to_string()),
            Just("KN".to_string()),
            Just("No.".to_string()),
            Just("$".to_string()),
            Just("€".to_string()),
            Just("bn".to_string()),
            Just("ü".to_string()),
            (0u32..100_000).prop_map(|n| n.to_string()),
            "[-/.,:% ]{1,2}",
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec((piece(), "[ \n-]{0,1}"), 0..24)
            .prop_map(|v| v.into_iter().map(|(a, b)| a + &b).collect())
    }

    proptest! {
        #[test]
        fn spans_are_valid_and_values_sane(s in text()) {
            let times = sitrep_time::tag_text(&s, None);
            let qs = tag_text(&s, &times);
            for w in qs.windows(2) {
                prop_assert!(w[0].span.end() <= w[1].span.start(), "{:?}", qs);
            }
            for q in &qs {
                prop_assert!(s.get(q.span.range()).is_some());
                prop_assert!(q.unit_span.is_none_or(|u| s.get(u.range()).is_some()));
                prop_assert!(q.value.is_finite());
                prop_assert!(q.upper.is_none_or(|u| u >= q.value));
                prop_assert!(!times.exprs.iter().any(|t| t.span.overlaps(q.span)));
            }
            let _ = tag_text(&s, &TimeLayer::default());
        }
    }
}

#[test]
fn a_compared_number_takes_the_counted_noun_from_further_back_in_the_sentence() {
    let text = "About 8,000 marines had moved to the coast in recent days, up from an estimate of 3,000 last week.";
    let got = brief(text);
    assert_eq!(got[1].0, "3,000", "{got:?}");
    assert_eq!(got[1].2.as_deref(), Some("troops"), "{got:?}");
    let text = "The bureau said 2,000 soldiers had been sent to the border this month, and that a further 1,000 would follow.";
    let got = brief(text);
    assert_eq!(got[1].2.as_deref(), Some("troops"), "{got:?}");
    // "from" alone compares nothing: the posts are no soldiers.
    let text = "About 2,000 soldiers guard the border, where the number of posts grew sharply last year from 12.";
    assert_eq!(brief(text)[1].2, None, "{:?}", brief(text));
}

#[test]
fn more_or_additional_between_a_number_and_its_noun() {
    let got = brief("It sent 2,000 more troops and 100 additional tanks.");
    let units: Vec<Option<&str>> = got.iter().map(|g| g.2.as_deref()).collect();
    assert_eq!(units, [Some("troops"), Some("tanks")], "{got:?}");
}

#[test]
fn a_count_before_an_adverb_of_time_takes_the_counted_noun_before_it() {
    let text = "Strikes on Varn killed three people and wounded 29 overnight, the governor said.";
    let found = brief(text);
    let units: Vec<Option<&str>> = found.iter().map(|(_, _, u)| u.as_deref()).collect();
    assert_eq!(units, [Some("people"), Some("people")], "{found:?}");
    let found = brief("Russia carried out 3 overnight strikes on Kessa.");
    assert_eq!(found.iter().map(|(_, _, u)| u.as_deref()).collect::<Vec<_>>(), [Some("strikes")], "{found:?}");
    let found = brief("About 400 soldiers were seen in Varn, with about 240 more in Kessa, and 300 more troops in Ost.");
    let units: Vec<Option<&str>> = found.iter().map(|(_, _, u)| u.as_deref()).collect();
    assert_eq!(units, [Some("troops"), Some("troops"), Some("troops")], "{found:?}");
}

#[test]
fn a_number_describing_one_thing_counts_nothing_and_a_designation_letter_is_no_unit() {
    let got = brief("Rescuers searched the rubble of a five-storey building and a 12-story tower.");
    assert!(got.is_empty(), "{got:?}");
    let got = brief("Russia fired three Iskander-M ballistic missiles at the city.");
    assert_eq!(got, [("three".to_string(), 3.0, Some("missiles".to_string()))]);
    // A word after the hyphen is no designation letter: "200 ex-soldiers" are soldiers.
    let got = brief("The unit recruited 200 ex-soldiers last year.");
    assert_eq!(got.first().and_then(|g| g.2.as_deref()), Some("troops"), "{got:?}");
}

#[test]
fn coordinates_count_nothing() {
    let got = brief("We geolocated it to a crossing (56.2969, 30.5215), about 90 km from the border, and a depot at 47.0951° N.");
    assert_eq!(got, [("about 90".to_string(), 90.0, Some("km".to_string()))]);
    // A price with three decimal places alone still counts.
    assert_eq!(brief("It cost $1.234 million.").len(), 1);
}

#[test]
fn a_numbered_stage_counts_nothing() {
    let got = brief("Drone strikes on the port, Day 2\n\nOn day 1,000 of the war, 41 drones were shot down.");
    assert_eq!(got, [("41".to_string(), 41.0, Some("drones".to_string()))]);
    // A count after "the day" still counts.
    let got = brief("The day 300 troops crossed, the bridge was closed.");
    assert_eq!(got.first().map(|g| g.1), Some(300.0), "{got:?}");
    // Nor a count after a lower-case stage word with no preposition, or of a plural.
    for text in ["Within a week 40 of the hostages had been freed.", "In the first round 12 of the 15 candidates were eliminated."] {
        assert!(brief(text).iter().any(|g| g.1 == 40.0 || g.1 == 12.0), "{text}: {:?}", brief(text));
    }
}

#[test]
fn a_number_after_as_young_as_or_aged_is_an_age() {
    let got = brief("Some of the soldiers were as young as 19 or 20, and one man aged 45 was wounded.");
    let units: Vec<Option<&str>> = got.iter().map(|g| g.2.as_deref()).collect();
    assert_eq!(units, [Some("years"), Some("years")], "{got:?}");
    let got = brief("Children as young as 6 months were among them.");
    assert!(!got.iter().any(|g| g.2.as_deref() == Some("years")), "six months are no years: {got:?}");
}


#[test]
fn several_hundred_and_a_few_thousand_are_vague_counts() {
    let got = brief("A spokesman said several hundred had been killed, a few thousand wounded and several dozen soldiers fled.");
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [300.0, 2000.0, 36.0], "{got:?}");
    assert_eq!(got[2].2.as_deref(), Some("troops"), "{got:?}");
    let got = brief("A few hundred thousand people fled, and several hundred million dollars were lost.");
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, [200_000.0, 300_000_000.0], "{got:?}");
    // "several" alone counts nothing.
    assert!(brief("Several soldiers fled.").is_empty());
}

#[test]
fn a_count_after_a_verb_of_harm_takes_no_noun_before_it() {
    let got = brief("RSF drone strike on market kills at least 27, activists say");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].2.as_deref(), Some("drones"), "{got:?}");
    // A noun before a participle of harm is still what is counted.
    let got = brief("The number of civilians killed in the strike has risen to 27.");
    assert_eq!(got.first().and_then(|g| g.2.as_deref()), Some("civilians"), "{got:?}");
}

#[test]
fn a_part_counts_what_its_whole_counts() {
    let b = |text: &str| brief(text).into_iter().map(|(t, _, u)| (t, u.unwrap_or_default())).collect::<Vec<_>>();
    let pair = |t: &str, u: &str| (t.to_string(), u.to_string());
    assert_eq!(b("Air defences destroyed 41 of 58 Shahed-type drones."), [pair("41", "drones"), pair("58", "drones")]);
    assert_eq!(b("Guards stopped 1,200 of the 1,500 troops."), [pair("1,200", "troops"), pair("1,500", "troops")]);
    assert_eq!(b("Two of the three missiles missed."), [pair("Two", "missiles"), pair("three", "missiles")]);
    // (A whole that ends the sentence leaves the part with nothing counted.)
    assert_eq!(b("The team scored 41 of 58. Drones flew."), [pair("41", ""), pair("58", "")]);
}

#[test]
fn a_number_closing_a_name_after_the_counts_nothing() {
    // "the Unaizah May 4": a boat's name, whose number counts no ships.
    assert!(brief("Two coast guard ships blocked the Unaizah May 4 at dawn.").iter().all(|(t, _, _)| t != "4"));
    // A count after a place still counts: "In the Kessa Harbour 12 boats sank."
    assert!(brief("In the Kessa Harbour 12 boats sank.").iter().any(|(t, v, _)| t == "12" && *v == 12.0));
}

#[test]
fn a_part_counted_by_a_relative_pronoun_counts_the_noun_before() {
    let found = brief("About 94 hostages remain in Gaza, at least 34 of whom Norland believes are dead.");
    assert!(found.iter().any(|(t, v, u)| t == "at least 34" && *v == 34.0 && u.as_deref() != Some("believes")), "{found:?}");
    assert!(found.iter().all(|(_, _, u)| u.as_deref() != Some("believes")), "{found:?}");
}

#[test]
fn a_figure_labelling_a_list_line_counts_what_the_line_names() {
    let text = "Here is what officials said.\n- 11,000 to 12,000: Veloran troops sent to Norland in October.\n- About 3,000: additional soldiers deployed in January.";
    let qs = quantities(text);
    assert_eq!(qs.iter().map(|q| q.unit.as_deref()).collect::<Vec<_>>(), vec![Some("troops"), Some("troops")], "{qs:#?}");
    // (Not a colon inside a sentence: "The toll rose to 40: the ministry gave no breakdown".)
    let qs = quantities("The toll rose to 40: the ministry gave no breakdown of soldiers.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].unit.as_deref(), None, "{qs:#?}");
}

#[test]
fn a_number_word_after_a_lists_bullet_is_a_count() {
    let qs = quantities("Figures.\n- Two: Veloran soldiers captured in January.\n- Three soldiers were wounded.");
    assert_eq!(qs.iter().map(|q| (q.value, q.unit.as_deref())).collect::<Vec<_>>(), vec![(2.0, Some("troops")), (3.0, Some("troops"))], "{qs:#?}");
    // (Still a name inside a sentence: "the Big Three met".)
    assert!(quantities("Leaders of the Big Three met in Kessa.").is_empty());
}

/// "4,000 North Koreans", "- 4,000: North Koreans killed": a people named in capitalised words
/// is what is counted, by both words; "12 Patriot systems" still counts systems.
#[test]
fn a_people_named_in_two_words_is_counted() {
    for text in ["Kyiv says 4,000 North Koreans were killed or wounded.", "- 4,000: North Koreans killed or wounded by January."] {
        let q = only(text);
        assert_eq!(q.unit.as_deref(), Some("north koreans"), "{text}");
        assert_eq!(unit_text(text, &q), "North Koreans", "{text}");
    }
    assert_eq!(only("The army deployed 12 Patriot systems.").unit.as_deref(), Some("systems"));
}

/// A name of two capitalised words before the counted noun is no people: "12 Los Angeles
/// firefighters" counts firefighters.
#[test]
fn a_place_name_before_the_counted_noun_is_no_people() {
    assert_eq!(only("Officials said 12 Los Angeles firefighters were hurt.").unit.as_deref(), Some("firefighters"));
    assert_eq!(only("About 300 Sri Lankans were evacuated.").unit.as_deref(), Some("sri lankans"));
}
