//! Unit tests of claims, events and relations on short fictional reports, run through the real
//! tokenizer, entity recogniser and time and quantity taggers; the place layer is built by hand
//! from a tiny gazetteer (whole words) so the tests do not depend on the real one.

use std::sync::Arc;

use sitrep_doc::{
    ActorRole, ClaimStatus, Doc, DocMeta, Evidence, EventStatus, Place, PlaceKind, PlaceLayer, PlaceLexicon, PlaceMention,
    PlaceRole, RelationType, Stage,
};

use crate::{RuleClaimExtractor, RuleEventExtractor, RuleRelationLinker};

struct TinyGazetteer;

const PLACES: &[(&str, f64, f64, PlaceKind)] = &[
    ("Norland", 60.0, 20.0, PlaceKind::Country),
    ("Port Hallin", 61.0, 21.0, PlaceKind::City),
    ("Kessa", 59.0, 19.0, PlaceKind::City),
    ("Varn", 58.0, 18.0, PlaceKind::City),
];

impl PlaceLexicon for TinyGazetteer {
    fn place_kind(&self, name: &str) -> Option<PlaceKind> {
        PLACES.iter().find(|p| p.0 == name).map(|p| p.3)
    }
    fn demonym_country(&self, word: &str) -> Option<&str> {
        (word == "Norlandic").then_some("NL")
    }
    fn country_of(&self, name: &str) -> Option<&str> {
        PLACES.iter().any(|p| p.0 == name).then_some("NL")
    }
}

/// Marks every occurrence of the tiny gazetteer's names as a place.
struct TinyResolver;

impl Stage for TinyResolver {
    fn name(&self) -> &'static str {
        "places"
    }
    fn run(&self, doc: &mut Doc) -> Result<(), sitrep_doc::Error> {
        let mut layer = PlaceLayer::default();
        for (i, (name, lat, lon, kind)) in PLACES.iter().enumerate() {
            layer.places.push(Place {
                name: name.to_string(),
                lat: *lat,
                lon: *lon,
                country: Some("NL".into()),
                kind: *kind,
                geonames_id: None,
                admin1: None,
                population: 1000,
            });
            for (at, _) in doc.text().match_indices(name) {
                // Whole words only: "Norlandic" is no mention of Norland.
                if doc.text()[at + name.len()..].starts_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                let span = doc.span(at, at + name.len())?;
                layer.mentions.push(PlaceMention { span, place: i });
            }
        }
        doc.set_places(layer)
    }
}

fn analyse(text: &str) -> Doc {
    analyse_with(text, false)
}

/// [`analyse`] with the tagger and parser, for the rules that read parts of speech and lemmas.
fn analyse_parsed(text: &str) -> Doc {
    analyse_with(text, true)
}

/// [`analyse_parsed`] with the embedded attribution tagger, as the binary runs: for the rules
/// that mend what the tagger reads.
fn analyse_learned(text: &str) -> Doc {
    analyse_full(text, true, true)
}

fn analyse_with(text: &str, syntax: bool) -> Doc {
    analyse_full(text, syntax, false)
}

fn analyse_full(text: &str, syntax: bool, learned: bool) -> Doc {
    let published = chrono::NaiveDate::from_ymd_opt(2025, 3, 7);
    let meta = DocMeta { published, outlet: Some("Kessa Herald".into()), ..DocMeta::default() };
    let mut doc = Doc::from_text(meta, text);
    let mut pipeline = sitrep_doc::Pipeline::new().with(sitrep_nlp::RuleTokenizer).with(sitrep_nlp::RuleSentenceSplitter);
    if syntax {
        pipeline = pipeline.with(sitrep_nlp::SyntaxAnnotator::embedded().expect("embedded models"));
    }
    let pipeline = pipeline
        .with(sitrep_nlp::RuleEntityRecognizer::new(Arc::new(TinyGazetteer)))
        .with(sitrep_time::TimeTagger)
        .with(sitrep_quantity::QuantityTagger)
        .with(TinyResolver)
        .with_boxed(if learned {
            Box::new(crate::ClaimExtractor::new(crate::attribution_model::AttributionModel::embedded().expect("embedded attribution model")))
        } else {
            Box::new(RuleClaimExtractor)
        })
        .with(RuleEventExtractor)
        .with(RuleRelationLinker);
    pipeline.run(&mut doc).expect("pipeline runs");
    doc
}

fn source_name(doc: &Doc, claim: usize) -> String {
    let c = &doc.claims()[claim];
    c.source_entity.map(|e| doc.entities().entities[e].name.clone()).unwrap_or_default()
}

fn claim_with<'a>(doc: &'a Doc, words: &str) -> usize {
    doc.claims()
        .iter()
        .position(|c| doc.slice(c.content).contains(words))
        .unwrap_or_else(|| panic!("no claim containing `{words}` in {:#?}", doc.claims()))
}

#[test]
fn subject_cue_content_with_pronoun_resolution() {
    let doc = analyse(
        "The Border Guard Service (BGS) said on Monday that 300 troops crossed into Kessa. \
         It added that more units were waiting.",
    );
    let first = claim_with(&doc, "300 troops");
    assert_eq!(source_name(&doc, first), "Border Guard Service");
    let c = &doc.claims()[first];
    assert_eq!(c.cue_span.map(|s| doc.slice(s)), Some("said"));
    assert_eq!(c.date.as_deref(), Some("2025-03-03"), "dated by 'on Monday'");
    assert!(doc.slice(c.content).starts_with("that 300 troops"));
    let second = claim_with(&doc, "more units");
    assert_eq!(source_name(&doc, second), "Border Guard Service", "`It` resolves to the agency");
}

#[test]
fn quotation_before_the_cue_and_according_to() {
    let doc = analyse(
        "“The convoy reached the port,” said Anna Berglund, a spokeswoman. \
         According to the Kessa Herald, the ships left at dawn.",
    );
    let q = claim_with(&doc, "The convoy reached");
    assert!(doc.slice(doc.claims()[q].content).starts_with('“'), "quotation marks are part of a direct quote");
    assert_eq!(source_name(&doc, q), "Anna Berglund");
    let a = claim_with(&doc, "the ships left");
    assert_eq!(source_name(&doc, a), "Kessa Herald");
}

#[test]
fn status_from_hedges_allegations_denials_and_unverified_evidence() {
    let doc = analyse(
        "The Norlandic Defense Ministry said a second convoy would presumably follow. \
         Rebels claimed that the depot was destroyed. \
         The ministry denied the report, calling it baseless. \
         The Varn Monitor released a video allegedly showing the blast. \
         A second video circulated online. The Kessa Herald could not independently verify the footage.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "second convoy")].status, ClaimStatus::Hedged);
    assert_eq!(doc.claims()[claim_with(&doc, "depot was destroyed")].status, ClaimStatus::Alleged);
    assert_eq!(doc.claims()[claim_with(&doc, "the report")].status, ClaimStatus::Denied);
    let video = &doc.claims()[claim_with(&doc, "allegedly showing")];
    assert_eq!(video.status, ClaimStatus::Alleged);
    assert!(video.evidence.contains(&Evidence::Video));
    let second = &doc.claims()[claim_with(&doc, "A second video")];
    assert_eq!(second.status, ClaimStatus::Unverified, "the outlet could not verify it");
}

#[test]
fn an_unverified_claim_is_the_one_just_before_unless_evidence_is_named() {
    let doc = analyse(
        "The Border Guard Service said 300 troops crossed into Kessa. \
         The Norlandic Defense Ministry said it had no knowledge of any crossing. \
         Rebels said the depot at Varn was empty. The claim could not be independently verified.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "300 troops")].status, ClaimStatus::Asserted, "two sentences up");
    assert_eq!(doc.claims()[claim_with(&doc, "no knowledge")].status, ClaimStatus::Denied);
    assert_eq!(doc.claims()[claim_with(&doc, "depot at Varn")].status, ClaimStatus::Unverified);
}

#[test]
fn evidence_families() {
    let cases = [
        ("satellite images of the base", Evidence::SatelliteImagery),
        ("a press release", Evidence::PressRelease),
        ("state media reported", Evidence::StateMedia),
        ("intercepted calls", Evidence::Intercept),
        ("leaked documents", Evidence::Document),
        ("footage from the scene", Evidence::Video),
        ("witnesses described", Evidence::Eyewitness),
        ("testimony of prisoners", Evidence::Testimony),
    ];
    for (text, expected) in cases {
        assert!(crate::evidence_in(text).contains(&expected), "{text} -> {expected:?}");
    }
    assert_eq!(crate::evidence_in("satellite images"), vec![Evidence::SatelliteImagery], "not also a photo");
    assert!(crate::evidence_in("two radar vehicles at the base").is_empty(), "equipment, not evidence");
    let doc = analyse(
        "The Border Guard Service said satellite images showed trucks in Kessa. \
         The agency said the images also showed tents.",
    );
    let tents = &doc.claims()[claim_with(&doc, "tents")];
    assert_eq!(tents.evidence, vec![Evidence::SatelliteImagery], "the images are the satellite images");
}

#[test]
fn caption_credit_is_a_claim_with_photo_evidence() {
    let text = "Officials spoke in Kessa.\n\nTrucks at a depot near Varn on March 2. Photo: Kessa Herald";
    let meta = DocMeta::default();
    let caption_start = text.find("Trucks").expect("caption");
    let clean = sitrep_doc::CleanText {
        text: text.into(),
        alignment: sitrep_doc::Alignment::identity(text.len()),
        captions: vec![sitrep_doc::Span::new(caption_start, text.len())],
        ..Default::default()
    };
    let mut doc = Doc::new(meta, clean).expect("doc");
    for stage in [
        &sitrep_nlp::RuleTokenizer as &dyn Stage,
        &sitrep_nlp::RuleSentenceSplitter,
        &sitrep_nlp::RuleEntityRecognizer::new(Arc::new(TinyGazetteer)),
        &sitrep_time::TimeTagger,
        &sitrep_quantity::QuantityTagger,
        &TinyResolver,
        &RuleClaimExtractor,
    ] {
        stage.run(&mut doc).expect("stage runs");
    }
    let c = &doc.claims()[claim_with(&doc, "Trucks at a depot")];
    assert_eq!(c.cue_span.map(|s| doc.slice(s)), Some("Photo:"));
    assert!(c.evidence.contains(&Evidence::Photo));
    assert_eq!(source_name(&doc, claim_with(&doc, "Trucks")), "Kessa Herald");
}

#[test]
fn events_with_roles_times_quantities_and_status() {
    let doc = analyse(
        "The Border Guard Service said that 1,200 troops were transported from Port Hallin to Kessa \
         between March 3 and March 5. It said another convoy is scheduled. \
         The units are expected to be deployed to Varn.",
    );
    let transport = doc.events().iter().find(|e| e.event_type == "transport").expect("transport");
    assert_eq!(transport.time, Some(("2025-03-03".into(), "2025-03-05".into())));
    let role = |name: &str| {
        transport
            .places
            .iter()
            .find(|(p, _)| doc.places().places[*p].name == name)
            .map(|(_, r)| *r)
    };
    assert_eq!(role("Port Hallin"), Some(PlaceRole::Origin));
    assert_eq!(role("Kessa"), Some(PlaceRole::Destination));
    assert!(transport.quantities.iter().any(|&q| doc.quantities()[q].value == 1200.0));
    assert!(!transport.claims.is_empty(), "the claim that reports it is linked");
    let deploy = doc.events().iter().find(|e| e.event_type == "deploy").expect("deploy");
    assert_eq!(deploy.status, EventStatus::Expected);
}

#[test]
fn a_sending_with_its_direction_a_few_words_on_and_a_headline_source() {
    let doc = analyse(
        "Norland sends more troops to Kessa: BGS\n\n\
         KESSA, March 6 (Kessa Herald) -- Norland has sent about 900 troops to Kessa, the Border Guard Service said.",
    );
    let deploy = doc.events().iter().find(|e| e.event_type == "deploy").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(deploy.places.iter().any(|&(p, r)| doc.places().places[p].name == "Kessa" && r == PlaceRole::Destination));
    assert!(deploy.quantities.iter().any(|&q| doc.quantities()[q].value == 900.0), "{deploy:#?}");
    // The headline's ": BGS" says who reports it; it is no one the troops were sent to.
    let names: Vec<&str> = deploy.actors.iter().map(|&(e, _)| doc.entities().entities[e].name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("BGS") || n.contains("Border Guard")), "{names:?}");
    // The dateline with its date and agency is not what the service said.
    let c = &doc.claims()[claim_with(&doc, "about 900 troops")];
    assert!(doc.slice(c.content).starts_with("Norland has sent"), "{:?}", doc.slice(c.content));
}

#[test]
fn reports_and_claims_closing_a_sentence_are_nouns_unless_a_source_stands_before_them() {
    for text in ["On Monday, he denied the claims.", "The strike killed five, the newspaper said, citing local media reports."] {
        let doc = analyse_parsed(text);
        assert!(!doc.claims().iter().any(|c| c.cue_span.is_some_and(|k| matches!(doc.slice(k), "claims" | "reports"))), "{text}: {:#?}", doc.claims());
    }
    let doc = analyse_parsed("Losses rose to 1,500 overnight, the Border Guard Service reports.");
    let c = &doc.claims()[claim_with(&doc, "Losses rose")];
    assert_eq!(c.cue_span.map(|k| doc.slice(k)), Some("reports"));
}

#[test]
fn a_body_of_another_body_speaks() {
    let doc = analyse_parsed("Losses rose to 1,500 overnight, the General Staff of the Norlandic Armed Forces reported.");
    let c = claim_with(&doc, "Losses rose");
    assert_eq!(source_name(&doc, c), "General Staff", "{:#?}", doc.entities());
}

#[test]
fn a_state_after_by_is_who_sends() {
    let doc = analyse_parsed("The troops were sent by Norland in March, the Kessa Herald reported.");
    let deploy = doc.events().iter().find(|e| e.event_type == "deploy").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let actors: Vec<(&str, ActorRole)> = deploy.actors.iter().map(|&(e, r)| (doc.entities().entities[e].name.as_str(), r)).collect();
    assert_eq!(actors, [("Norland", ActorRole::Agent)]);
}

#[test]
fn a_date_after_the_cue_is_cut_from_the_content_unless_it_is_its_subject() {
    let doc = analyse(
        "The Border Guard Service said on Wednesday the convoy had left Kessa. \
         The Kessa Herald said Monday was the busiest day at the port. \
         According to the ministry, the commander, who led the convoy, had left Varn.",
    );
    let content = |words: &str| doc.slice(doc.claims()[claim_with(&doc, words)].content).to_string();
    assert!(content("convoy had left").starts_with("the convoy"), "{}", content("convoy had left"));
    assert!(content("busiest day").starts_with("Monday was"), "{}", content("busiest day"));
    assert!(content("had left Varn").starts_with("the commander"), "{}", content("had left Varn"));
}

#[test]
fn a_time_in_a_relative_clause_does_not_date_the_event() {
    let doc = analyse("Norlandic troops arrived in Kessa, where rebels have held the port since January.");
    let arrival = doc.events().iter().find(|e| e.event_type == "arrive").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(arrival.time, None);
}

#[test]
fn presence_from_a_count_at_a_place() {
    let doc = analyse("A depot in Varn on March 4, with an estimated 80 soldiers.");
    let e = doc.events().iter().find(|e| e.event_type == "presence").expect("presence");
    assert_eq!(e.time.as_ref().map(|t| t.0.as_str()), Some("2025-03-04"));
    assert_eq!(e.places.len(), 1);
}

#[test]
fn a_reported_presence_is_of_the_group_counted_not_of_the_speaker() {
    let doc = analyse("Defense Minister Tomas Berg said on Monday that about 3,000 Norlandic troops were now in Kessa and would head toward Varn.");
    let e = doc.events().iter().find(|e| e.event_type == "presence").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let names: Vec<&str> = e.actors.iter().map(|(id, _)| doc.entities().entities[*id].name.as_str()).collect();
    assert_eq!(names, ["Norlandic"], "{:?}", e.actors);
    let places: Vec<&str> = e.places.iter().map(|(p, _)| doc.places().places[*p].name.as_str()).collect();
    assert_eq!(places, ["Kessa"]);
    assert_eq!(e.time, None, "\"said on Monday\" dates the statement");
}

#[test]
fn a_claim_ends_before_what_its_speaker_declined_to_say() {
    let doc = analyse_parsed(
        "Anna Berglund said the talks had been useful but did not elaborate. \
         Per Olsen dismissed the reports as a hoax and declined to say whether units had left Kessa. \
         Police said the man posed a threat and refused to drop the gun.",
    );
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "talks")].content), "the talks had been useful");
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "hoax")].content), "the reports as a hoax");
    // Refusing to drop a gun is what the police said the man did.
    assert!(doc.slice(doc.claims()[claim_with(&doc, "posed a threat")].content).ends_with("drop the gun"));
    assert!(doc.events().iter().all(|e| e.event_type != "depart"), "a departure asked about: {:#?}", doc.events());
}

#[test]
fn a_caveat_about_either_side_reaches_both_claims() {
    let doc = analyse(
        "The Norland Defence Ministry said its forces repelled an attack near Kessa. \
         The Varn General Command said its units held Varn. \
         The Kessa Herald could not independently verify either side's reports.",
    );
    for words in ["repelled an attack", "held Varn"] {
        assert_eq!(doc.claims()[claim_with(&doc, words)].status, ClaimStatus::Unverified, "{words}");
    }
}

#[test]
fn ordinary_words_that_look_like_the_new_rules_do_not_fire() {
    let doc = analyse_parsed(
        "Officials said ammunition supplies were running low among the allies. \
         Norland sent 40 drones toward Kessa overnight. \
         The Norlandic army lost contact with two soldiers near Varn. \
         Norlandic missiles struck Kessa, Varn, and Port Hallin. \
         The ministry said the number of drones shot down rose to 120.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "supplies")].status, ClaimStatus::Asserted, "\"allies\" is no denial");
    assert!(doc.events().iter().all(|e| e.event_type != "arms_transfer"), "drones sent at a city are a strike: {:#?}", doc.events());
    assert!(doc.events().iter().all(|e| e.event_type != "casualties"), "contact lost is no loss of life: {:#?}", doc.events());
    let strike = doc.events().iter().find(|e| e.event_type == "attack").expect("the strike");
    assert_eq!(strike.places.len(), 3, "the list's last item is a target too: {strike:#?}");
    assert!(doc.relations().iter().all(|r| r.relation != RelationType::Contradicts), "{:#?}", doc.relations());
    let doc = analyse_parsed("Varn lost 300 soldiers near Kessa.");
    let loss = doc.events().iter().find(|e| e.event_type == "casualties").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(loss.actors.iter().all(|(_, r)| *r == sitrep_doc::ActorRole::Patient), "the country undergoes its losses: {loss:#?}");
}

#[test]
fn a_trailing_source_before_a_setting_and_another_partys_caveat() {
    let doc = analyse_parsed(
        "Norland has so far dispatched around 11,000 troops to Kessa, the Border Guard Service told lawmakers during a closed session. \
         The Border Guard Service also said Norland had provided some 900 containers of artillery shells, missiles and rockets to Kessa. \
         A Norlandic blogger claimed that the troops reached Varn, but the Kessa Herald has not observed visual confirmation of it.",
    );
    let told = &doc.claims()[claim_with(&doc, "11,000 troops")];
    assert!(doc.slice(told.content).starts_with("Norland has so far dispatched"), "{:?}", doc.slice(told.content));
    let dispatched = doc.events().iter().find(|e| e.event_type == "deploy").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let agents: Vec<&str> = dispatched.actors.iter().map(|(id, _)| doc.entities().entities[*id].name.as_str()).collect();
    assert_eq!(agents, ["Norland"], "Norland dispatched them, past \"so far\": {dispatched:#?}");
    let provided = doc.events().iter().find(|e| e.event_type == "arms_transfer").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(provided.places.iter().map(|(p, r)| (doc.places().places[*p].name.as_str(), *r)).collect::<Vec<_>>(), [("Kessa", PlaceRole::Destination)]);
    let claimed = &doc.claims()[claim_with(&doc, "reached Varn")];
    assert_eq!(doc.slice(claimed.content), "that the troops reached Varn", "the outlet's caveat is no part of the claim");
}

#[test]
fn an_assessment_is_a_claim_and_what_was_said_before_is_not() {
    let doc = analyse_parsed(
        "We assess that Norland has sent about 3,000 soldiers to Kessa. \
         We are not going to give numbers beyond what I have said, but it is a significant number.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "3,000 soldiers")].status, ClaimStatus::Hedged);
    assert!(doc.claims().iter().all(|c| !doc.slice(c.content).starts_with("but it is")), "{:#?}", doc.claims());
    let doc = analyse_parsed(
        "Rescuers assess the damage at a building in Kessa. What the minister said was that Norland would not back down. \
         Norland provided evidence of Varnian missiles to Kessa.",
    );
    assert!(doc.claims().iter().all(|c| !doc.slice(c.content).contains("damage")), "{:#?}", doc.claims());
    assert!(doc.events().iter().all(|e| e.event_type != "arms_transfer"), "{:#?}", doc.events());
}

#[test]
fn losses_and_weapons_sent() {
    let doc = analyse_parsed("The Norlandic unit lost 40 soldiers in a drone strike. Norland had sent 60 rocket launchers to Kessa.");
    let losses = doc.events().iter().find(|e| e.event_type == "casualties").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(losses.actors.iter().all(|(_, r)| *r == sitrep_doc::ActorRole::Patient) && !losses.actors.is_empty());
    let strike = doc.events().iter().find(|e| e.event_type == "attack").expect("the strike");
    assert!(strike.actors.is_empty(), "the unit did not strike: {:?}", strike.actors);
    let sent = doc.events().iter().find(|e| e.event_type == "arms_transfer").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(sent.places.iter().map(|(p, r)| (doc.places().places[*p].name.as_str(), *r)).collect::<Vec<_>>(), [("Kessa", PlaceRole::Destination)]);
}

#[test]
fn arson_by_people_who_fight_or_riot_is_an_attack() {
    let attacks = |text: &str| analyse_parsed(text).events().iter().filter(|e| e.event_type == "attack").count();
    assert_eq!(attacks("Gunmen set fire to a market in Kessa."), 1);
    assert_eq!(attacks("Protesters set fire to police vehicles in Kessa."), 1, "one arson, not a firing too");
    assert_eq!(attacks("Rebels set fire to two tanks."), 1, "one arson, not a firing too");
    assert_eq!(attacks("Police said lightning set fire to the barn."), 0);
    assert_eq!(attacks("Dozens of homes were torched by gunmen overnight."), 1);
    assert_eq!(attacks("Rebels set several homes on fire."), 1);
    assert_eq!(attacks("An electrical fault set fire to the warehouse."), 0);
    assert_eq!(attacks("The wildfire burned more than 1,000 homes."), 0);
    assert_eq!(attacks("The ministry set a deadline for the talks."), 0);
}

#[test]
fn a_setting_after_the_cue_leaves_the_content_before_the_source() {
    let doc = analyse_parsed(
        "KESSA, Dec 19 (Baltic Wire) - At least 100 soldiers have been killed in the fighting, a lawmaker said on Thursday after a briefing by the country's spy agency.",
    );
    let c = claim_with(&doc, "100 soldiers");
    assert!(doc.slice(doc.claims()[c].content).starts_with("At least 100 soldiers"), "{:#?}", doc.claims());
}

#[test]
fn a_figure_put_in_quotation_marks_on_a_day_is_put_that_day() {
    let doc = analyse_parsed("The ministry put the figure at \"several hundred\" on Wednesday but gave no breakdown.");
    let c = claim_with(&doc, "several hundred");
    assert_eq!(doc.claims()[c].date.as_deref(), Some("2025-03-05"), "{:#?}", doc.claims());
}

#[test]
fn a_figure_after_a_second_verb_is_that_verbs() {
    let doc = analyse_parsed("Troops killed 7 bandits and rescued 15 travellers on Saturday. Militants killed and mutilated 12 soldiers.");
    let figures: Vec<Vec<f64>> = doc
        .events()
        .iter()
        .filter(|e| e.event_type == "casualties")
        .map(|e| e.quantities.iter().map(|&q| doc.quantities()[q].value).collect())
        .collect();
    assert_eq!(figures, [vec![7.0], vec![12.0]], "{:#?}", doc.events());
}

#[test]
fn corroboration_and_contradiction_between_claims() {
    let doc = analyse(
        "The Border Guard Service said that a Norlandic Rapid Brigade was formed in Kessa. \
         The claim corroborated earlier reports by the Varn Monitor that a new brigade had arrived. \
         The Norlandic Defense Ministry denied the reports, calling them false.",
    );
    let rel = |t: RelationType| doc.relations().iter().find(|r| r.relation == t).expect("relation");
    let c = rel(RelationType::Corroborates);
    assert!(c.independent, "two different sources");
    assert!(doc.slice(doc.claims()[c.to].content).contains("new brigade"));
    let d = rel(RelationType::Contradicts);
    assert_eq!(doc.claims()[d.from].status, ClaimStatus::Denied);
}

#[test]
fn statement_settings_and_times_between_source_cue_and_content() {
    let doc = analyse(
        "Boats left Kessa at dawn, the Varn Monitor said on Friday, confirming a report. \
         The Norlandic Defense Ministry on Wednesday denied the report. \
         The Border Guard Service said in a statement that 40 trucks crossed into Kessa. \
         The convoy reached Varn, the agency said in a statement.",
    );
    let boats = &doc.claims()[claim_with(&doc, "Boats left Kessa")];
    assert_eq!(doc.slice(boats.content), "Boats left Kessa at dawn");
    assert_eq!(source_name(&doc, claim_with(&doc, "Boats left Kessa")), "Varn Monitor");
    let denied = claim_with(&doc, "the report");
    assert_eq!(source_name(&doc, denied), "Norlandic Defense Ministry", "a time between subject and cue");
    assert_eq!(doc.claims()[denied].status, ClaimStatus::Denied);
    let trucks = &doc.claims()[claim_with(&doc, "40 trucks")];
    assert!(doc.slice(trucks.content).starts_with("that 40 trucks"), "{:?}", doc.slice(trucks.content));
    let reached = &doc.claims()[claim_with(&doc, "The convoy reached")];
    assert_eq!(doc.slice(reached.content), "The convoy reached Varn");
}

#[test]
fn an_outlet_citing_an_originator_relays_its_claim() {
    let doc = analyse("Ten trucks crossed into Kessa on Monday, the Varn Monitor reported, citing the Border Guard Service.");
    let c = claim_with(&doc, "Ten trucks crossed");
    assert_eq!(source_name(&doc, c), "Border Guard Service", "the originator, not the outlet");
    assert_eq!(doc.slice(doc.claims()[c].content), "Ten trucks crossed into Kessa on Monday");
}

#[test]
fn a_concession_is_hedged_even_next_to_a_denial_word() {
    let doc = analyse(
        "The Norlandic Defense Ministry acknowledged that some trucks were moved to Kessa, a week after \
         it called the reports fake news.",
    );
    let c = &doc.claims()[claim_with(&doc, "some trucks were moved")];
    assert_eq!(c.status, ClaimStatus::Hedged);
    let doc = analyse("The Varn Monitor first called the reports baseless, but last week conceded that 35 trucks had left.");
    let c = claim_with(&doc, "35 trucks had left");
    assert_eq!(doc.claims()[c].status, ClaimStatus::Hedged);
    assert_eq!(source_name(&doc, c), "Varn Monitor", "the sentence's subject");
}

#[test]
fn quotations_go_on_and_quoted_speech_verbs_are_not_cues() {
    let doc = analyse(
        "“These are lies,” said Anna Berglund, a spokeswoman. “No trucks left Kessa.”\n\n\
         Observers were calm. “First they deny, then they explain,” said one analyst who asked not to be named.",
    );
    let c = claim_with(&doc, "No trucks left Kessa");
    assert_eq!(source_name(&doc, c), "Anna Berglund", "the quotation goes on");
    let explain = claim_with(&doc, "First they deny");
    assert_eq!(doc.claims()[explain].cue_span.map(|s| doc.slice(s)), Some("said"));
    assert!(doc.claims()[explain].source_entity.is_none(), "an unnamed analyst is no earlier source");
    assert!(doc.claims().iter().all(|c| c.cue_span.is_none_or(|s| !matches!(doc.slice(s), "deny" | "asked"))));
    let doc = analyse("“No trucks have left Kessa,” said Anna Berglund.");
    assert_eq!(doc.claims()[claim_with(&doc, "No trucks")].status, ClaimStatus::Denied, "nothing of the kind happened");
}

#[test]
fn relative_which_pronouns_and_non_statements() {
    let doc = analyse(
        "The Border Guard Service, which cited radar data, put the number at 40. \
         The Varn Herald did not respond to a request for comment. It has previously denied such reports. \
         Anna Berglund did not say how the data was collected.",
    );
    let which = &doc.claims()[claim_with(&doc, "radar data")];
    assert_eq!(doc.slice(which.content), "radar data");
    assert_eq!(source_name(&doc, claim_with(&doc, "radar data")), "Border Guard Service");
    let it = claim_with(&doc, "such reports");
    assert_eq!(source_name(&doc, it), "Varn Herald", "`It` takes up the subject of the sentence before");
    assert!(doc.claims().iter().all(|c| !doc.slice(c.content).contains("how the data")), "{:#?}", doc.claims());
}

#[test]
fn labour_strikes_moves_and_about_are_read_right() {
    let doc = analyse("About 600 dock workers joined the strike in Kessa over pay.");
    let strike = doc.events().iter().find(|e| doc.slice(e.trigger) == "strike").expect("strike");
    assert_eq!((strike.event_type, strike.plover), ("strike", Some("PROTEST")));
    let doc = analyse("The army moved 120 trucks from Port Hallin to Varn.");
    let moved = doc.events().iter().find(|e| doc.slice(e.trigger) == "moved").expect("moved is a transport");
    assert_eq!(moved.event_type, "transport");
    let doc = analyse("Norland had moved 120 trucks from Port Hallin to Varn.");
    let moved = doc.events().iter().find(|e| doc.slice(e.trigger) == "moved").expect("moved");
    let names: Vec<&str> = moved.places.iter().map(|(p, _)| doc.places().places[*p].name.as_str()).collect();
    assert_eq!(names, ["Port Hallin", "Varn"], "the subject is no place of the event");
    let doc = analyse("“No trucks have left Kessa,” the ministry said.");
    let left = doc.events().iter().find(|e| doc.slice(e.trigger) == "left").expect("left");
    assert_eq!(left.status, EventStatus::Denied, "a subject with `no`");
    let doc = analyse("A convoy carrying about 40 trucks left Kessa on Sunday.");
    let left = doc.events().iter().find(|e| doc.slice(e.trigger) == "left").expect("left");
    assert_eq!(left.status, EventStatus::Occurred, "`about 40` is no expectation");
}

#[test]
fn a_participle_phrase_is_not_the_subject_and_a_place_is_not_it() {
    let doc = analyse(
        "KESSA — Ferries stopped on Monday. The Harbor Workers Union representing the crews said 600 \
         workers walked out. It said talks would resume.",
    );
    assert_eq!(source_name(&doc, claim_with(&doc, "600")), "Harbor Workers Union");
    assert_eq!(source_name(&doc, claim_with(&doc, "talks would resume")), "Harbor Workers Union");
    let doc = analyse(
        "Anna Berglund said the strike hurt. The Kessa Port Authority urged both sides to talk. \
         A spokesman said the port was ready to help.",
    );
    assert_eq!(source_name(&doc, claim_with(&doc, "ready to help")), "Kessa Port Authority");
}

fn spans_of<'a>(doc: &'a Doc, words: &str) -> (Option<&'a str>, Option<&'a str>) {
    let c = &doc.claims()[claim_with(doc, words)];
    (c.source_span.map(|s| doc.slice(s)), c.cue_span.map(|s| doc.slice(s)))
}

#[test]
fn cue_keeps_its_auxiliaries_adverbs_and_colon() {
    let doc = analyse(
        "Anna Berglund has also said that the port is closed. \
         The Kessa Herald wrote: “The ferries stopped at noon.”",
    );
    assert_eq!(spans_of(&doc, "the port is closed").1, Some("has also said"));
    assert_eq!(spans_of(&doc, "The ferries stopped").1, Some("wrote:"), "the colon is the cue's");
    // A setting after a speech verb is not: "said on Monday" keeps "said" alone (see above).
}

#[test]
fn cue_takes_the_preposition_of_a_non_speech_verb() {
    let doc = analyse("Anna Berglund complained about the delays at the port of Kessa.");
    let (_, cue) = spans_of(&doc, "the delays");
    assert_eq!(cue, Some("complained about"));
    let c = &doc.claims()[claim_with(&doc, "the delays")];
    assert!(doc.slice(c.content).starts_with("the delays"), "the preposition left the content");
}

#[test]
fn source_keeps_its_determiner_and_titles() {
    let doc = analyse(
        "The Kessa Herald reported that the bridge was closed. \
         Former Mayor Anna Berglund said that the ferries were late.",
    );
    assert_eq!(spans_of(&doc, "the bridge was closed").0, Some("The Kessa Herald"));
    assert_eq!(spans_of(&doc, "the ferries were late").0, Some("Former Mayor Anna Berglund"));
}

#[test]
fn source_drops_an_insertion_that_is_no_apposition() {
    let doc = analyse(
        "Anna Berglund, speaking in Kessa, said that the port would reopen. \
         Lars Ekholm, the harbour master, said that the ships were waiting.",
    );
    assert_eq!(spans_of(&doc, "the port would reopen").0, Some("Anna Berglund"));
    assert_eq!(spans_of(&doc, "the ships were waiting").0, Some("Lars Ekholm, the harbour master,"), "an apposition stays");
}

#[test]
fn cue_keeps_the_medium_of_the_statement() {
    let doc = analyse("Anna Berglund said in an interview that the port would reopen.");
    assert_eq!(spans_of(&doc, "the port would reopen").1, Some("said in an interview"));
}

#[test]
fn source_is_the_head_before_a_preposition() {
    let doc = analyse("A spokesman for the Kessa Herald said that the ferries were late.");
    assert_eq!(spans_of(&doc, "the ferries were late").0, Some("A spokesman for the Kessa Herald"));
    assert_eq!(source_name(&doc, claim_with(&doc, "the ferries were late")), "Kessa Herald", "the entity stays");
}

/// The byte span of the first occurrence of `words`.
fn span_of_words(doc: &Doc, words: &str) -> sitrep_doc::Span {
    let at = doc.text().find(words).unwrap_or_else(|| panic!("no `{words}`"));
    sitrep_doc::Span::new(at, at + words.len())
}

#[test]
fn cue_of_an_auxiliary_alone_takes_its_verb() {
    let doc = analyse("Anna Berglund did not expect that the ferries would return.");
    let v = crate::view::View::new(&doc);
    let content = span_of_words(&doc, "that the ferries would return");
    let source = span_of_words(&doc, "Anna Berglund");
    let (cue, _) = crate::claims::conventional_cue(&v, span_of_words(&doc, "did"), Some(source), content).expect("cue");
    assert_eq!(doc.slice(cue), "did not expect");
}

#[test]
fn source_loses_a_trailing_auxiliary_and_regains_its_whole_name() {
    let doc = analyse("Anna Berglund did not expect that the ferries would return.");
    let v = crate::view::View::new(&doc);
    let content = span_of_words(&doc, "that the ferries would return");
    let cue = span_of_words(&doc, "not expect");
    let source = crate::claims::conventional_source(&v, span_of_words(&doc, "Berglund did"), Some(cue), content);
    assert_eq!(doc.slice(source), "Anna Berglund");
}

#[test]
fn source_cut_at_its_owner_regains_the_name_it_owns() {
    let doc = analyse("A week earlier, Norland's Coastal Watch Agency first reported the convoy, citing radar tracks.");
    let v = crate::view::View::new(&doc);
    let content = span_of_words(&doc, "the convoy, citing radar tracks");
    let cue = span_of_words(&doc, "first reported");
    let source = crate::claims::conventional_source(&v, span_of_words(&doc, "Norland"), Some(cue), content);
    assert_eq!(doc.slice(source), "Norland's Coastal Watch Agency");
}

#[test]
fn a_source_grown_past_its_owner_is_the_owned_names_entity() {
    let doc = analyse("A week earlier, Norland's Coastal Watch Agency first reported the convoy, citing radar tracks.");
    let v = crate::view::View::new(&doc);
    let owner = doc.entities().mentions.iter().find(|m| doc.slice(m.span) == "Norland").expect("Norland is a name");
    let agency = doc.entities().mentions.iter().find(|m| doc.slice(m.span).ends_with("Agency")).expect("the agency is a name");
    let mut claim = sitrep_doc::Claim {
        source_span: Some(owner.span),
        source_entity: Some(owner.entity),
        cue_span: Some(span_of_words(&doc, "first reported")),
        content: span_of_words(&doc, "the convoy, citing radar tracks"),
        evidence: Vec::new(),
        status: sitrep_doc::ClaimStatus::Asserted,
        quote: sitrep_doc::QuoteKind::None,
        date: None,
    };
    crate::claims::conventional_spans(&v, &mut claim);
    assert_eq!(claim.source_span.map(|s| doc.slice(s)), Some("Norland's Coastal Watch Agency"));
    assert_eq!(claim.source_entity, Some(agency.entity));
}

#[test]
fn a_dateline_is_no_part_of_the_source() {
    let doc = analyse("VARNA — Norland's Coastal Watch Agency said on Monday that the convoy had left.");
    let v = crate::view::View::new(&doc);
    let content = span_of_words(&doc, "that the convoy had left");
    let cue = span_of_words(&doc, "said");
    let source = crate::claims::conventional_source(&v, span_of_words(&doc, "VARNA — Norland's Coastal Watch Agency"), Some(cue), content);
    assert_eq!(doc.slice(source), "Norland's Coastal Watch Agency");
}

#[test]
fn a_speaker_label_opens_a_transcript_turn() {
    let doc = analyse(
        "Partial transcript as follows:\n\
         \"HOLM: Will the ferries sail tomorrow?\n\
         \"BERGLUND: The ferries will not sail. The port stays closed until Friday.\n",
    );
    let turn = claim_with(&doc, "The ferries will not sail");
    let (source, cue) = spans_of(&doc, "The ferries will not sail");
    assert_eq!((source, cue), (Some("BERGLUND"), Some(":")));
    assert!(doc.slice(doc.claims()[turn].content).ends_with("until Friday"), "the turn runs to the end of its line");
    assert_eq!(spans_of(&doc, "Will the ferries sail").0, Some("HOLM"));
    // A lowercase word before a colon is no label.
    assert!(doc.claims().iter().all(|c| c.source_span.is_none_or(|s| !doc.slice(s).contains("follows"))));
}

#[test]
fn a_second_cue_after_and_is_the_speakers_and_ends_the_first_content() {
    let doc = analyse("Norlandic President Lars Ekholm said the drones struck the port on Sunday and warned that more strikes would follow.");
    let said = claim_with(&doc, "the drones struck");
    assert_eq!(doc.slice(doc.claims()[said].content), "the drones struck the port on Sunday");
    let called = claim_with(&doc, "more strikes");
    let layer = doc.entities();
    let speaker = doc.claims()[called].source_entity.map(|e| layer.entities[e].name.as_str());
    assert_eq!(speaker, Some("Lars Ekholm"), "the person, not the nationality before the title");
}

#[test]
fn an_inverted_said_before_a_colon_is_the_cue_and_the_name_after_it_the_source() {
    let doc = analyse("The ferry company has not answered.\n\nSaid Berglund: “The port stays closed until Friday.”\n");
    let (source, cue) = spans_of(&doc, "The port stays closed");
    assert_eq!((source, cue), (Some("Berglund"), Some("Said")));
}

#[test]
fn a_quotation_signed_with_a_dash_is_a_claim() {
    let doc = analyse("“The harbour has never looked worse. We need help.” ― Lars Ekholm\n");
    let q = claim_with(&doc, "The harbour has never looked worse");
    let (source, cue) = spans_of(&doc, "We need help");
    assert_eq!((source, cue), (Some("Lars Ekholm"), Some("―")));
    assert!(doc.slice(doc.claims()[q].content).starts_with('“'));
}

#[test]
fn a_cue_does_not_reach_forward_into_an_infinitive() {
    let doc = analyse("Anna Berglund wants to reopen the port.");
    let v = crate::view::View::new(&doc);
    let content = span_of_words(&doc, "to reopen the port");
    let source = span_of_words(&doc, "Anna Berglund");
    let (cue, _) = crate::claims::conventional_cue(&v, span_of_words(&doc, "wants"), Some(source), content).expect("cue");
    assert_eq!(doc.slice(cue), "wants");
}

#[test]
fn a_nested_claim_without_a_source_takes_the_innermost_enclosing_claims_source() {
    use sitrep_doc::{Claim, QuoteKind, Span};
    let claim = |source: Option<usize>, cue: (usize, usize), content: (usize, usize)| Claim {
        source_span: source.map(|_| Span::new(0, 3)),
        source_entity: source,
        cue_span: Some(Span::new(cue.0, cue.1)),
        content: Span::new(content.0, content.1),
        evidence: Vec::new(),
        status: ClaimStatus::Asserted,
        quote: QuoteKind::Indirect,
        date: None,
    };
    // "Ministry (0) denied [the report, ... the envoy (1) said [..., calling [it baseless]]]"
    let mut claims = vec![
        claim(Some(0), (4, 10), (11, 90)),
        claim(Some(1), (30, 34), (35, 80)),
        claim(None, (50, 57), (58, 70)),
        claim(None, (95, 99), (100, 110)),
    ];
    crate::claims::inherit_nested_sources(&mut claims);
    assert_eq!(claims[2].source_entity, Some(1), "the innermost enclosing claim's source");
    assert_eq!(claims[2].source_span, None, "the source stays implicit");
    assert_eq!(claims[3].source_entity, None, "a claim outside every content keeps no source");
}

#[test]
fn a_tagger_claim_with_a_weak_cue_and_no_source_is_left_out() {
    use crate::claims::{supported, LearnedClaim};
    use sitrep_doc::{Claim, QuoteKind, Span};
    let claim = |source: bool, cue: (usize, usize)| Claim {
        source_span: source.then(|| Span::new(0, 5)),
        source_entity: None,
        cue_span: Some(Span::new(cue.0, cue.1)),
        content: Span::new(cue.1 + 1, cue.1 + 20),
        evidence: Vec::new(),
        status: ClaimStatus::Asserted,
        quote: QuoteKind::Indirect,
        date: None,
    };
    let learned = vec![
        LearnedClaim { claim: claim(false, (6, 10)), weak_cue: true },
        LearnedClaim { claim: claim(true, (40, 44)), weak_cue: true },
        LearnedClaim { claim: claim(false, (80, 84)), weak_cue: false },
    ];
    let kept: Vec<usize> = supported(learned).iter().filter_map(|c| c.cue_span.map(|s| s.start())).collect();
    assert_eq!(kept, vec![40, 80], "a weak cue keeps its claim only with a source");
}

fn event_of<'a>(doc: &'a Doc, trigger: &str) -> &'a sitrep_doc::Event {
    doc.events()
        .iter()
        .find(|e| doc.slice(e.trigger) == trigger)
        .unwrap_or_else(|| panic!("no event `{trigger}` in {:#?}", doc.events()))
}

fn place_role_of(doc: &Doc, e: &sitrep_doc::Event, name: &str) -> Option<PlaceRole> {
    e.places.iter().find(|(p, _)| doc.places().places[*p].name == name).map(|(_, r)| *r)
}

#[test]
fn clashes_fire_blasts_and_arrests_are_events_with_their_places() {
    let doc = analyse_parsed(
        "Heavy fighting broke out near Kessa on Monday. Norlandic forces fired 30 missiles at Varn overnight. \
         A blast at a fuel depot in Port Hallin injured four people. Police in Varn arrested 12 protesters.",
    );
    let fight = event_of(&doc, "fighting");
    assert_eq!((fight.event_type, fight.plover), ("fight", Some("ASSAULT")));
    assert_eq!(place_role_of(&doc, fight, "Kessa"), Some(PlaceRole::Location));
    assert_eq!(fight.time.as_ref().map(|t| t.0.as_str()), Some("2025-03-03"));
    let fired = event_of(&doc, "fired");
    assert_eq!(fired.event_type, "attack");
    assert!(fired.quantities.iter().any(|&q| doc.quantities()[q].value == 30.0), "{fired:#?}");
    let blast = event_of(&doc, "blast");
    assert_eq!(blast.event_type, "explosion");
    assert_eq!(place_role_of(&doc, blast, "Port Hallin"), Some(PlaceRole::Location));
    let arrest = event_of(&doc, "arrested");
    assert_eq!((arrest.event_type, arrest.plover), ("arrest", Some("COERCE")));
    // "Police in Varn": a place governed by "in" is where it happened, not who acted.
    assert_eq!(place_role_of(&doc, arrest, "Varn"), Some(PlaceRole::Location));
    let actor_names: Vec<&str> = arrest.actors.iter().map(|&(e, _)| doc.entities().entities[e].name.as_str()).collect();
    assert!(!actor_names.contains(&"Varn"), "{actor_names:?}");
}

#[test]
fn figurative_fights_firings_and_meetings_are_no_events() {
    let doc = analyse_parsed(
        "The minister fired his chief of staff on Tuesday. The company met its sales targets, and the board \
         fought back against its critics. Lawyers are fighting corruption charges in a long legal battle. \
         Ticket sales have exploded to two million. The ministry released a statement, and the board will \
         deal with the matter.",
    );
    let triggers: Vec<&str> = doc.events().iter().map(|e| doc.slice(e.trigger)).collect();
    assert!(triggers.is_empty(), "{triggers:?}");
}

#[test]
fn agreements_summons_and_releases_with_their_actors() {
    let doc = analyse_parsed(
        "Norland and Varn signed a border treaty on March 3. Norland has summoned the Varn ambassador. \
         Norland freed 40 prisoners of war on Thursday. The two sides agreed to hold ceasefire talks in Kessa.",
    );
    let agree: Vec<&str> = doc.events().iter().filter(|e| e.event_type == "agree").map(|e| doc.slice(e.trigger)).collect();
    // "signed a border treaty" is one signing: the treaty is its object, not another event.
    assert_eq!(agree, ["signed", "agreed"]);
    let signed = event_of(&doc, "signed");
    let agents = |e: &sitrep_doc::Event| -> Vec<String> {
        e.actors
            .iter()
            .filter(|(_, r)| *r == sitrep_doc::ActorRole::Agent)
            .map(|&(x, _)| doc.entities().entities[x].name.clone())
            .collect()
    };
    assert!(agents(signed).contains(&"Norland".to_string()), "a country as the subject acts: {:?}", agents(signed));
    assert_eq!(place_role_of(&doc, signed, "Norland"), None, "the subject is no place of the signing");
    assert_eq!(signed.time.as_ref().map(|t| t.0.as_str()), Some("2025-03-03"));
    let summoned = event_of(&doc, "summoned");
    assert_eq!((summoned.event_type, summoned.plover), ("summon", Some("DISAPPROVE")));
    assert_eq!(agents(summoned), ["Norland"]);
    let freed = event_of(&doc, "freed");
    assert_eq!((freed.event_type, freed.plover), ("release", Some("CONCEDE")));
    assert_eq!(agents(freed), ["Norland"]);
    assert!(freed.quantities.iter().any(|&q| doc.quantities()[q].value == 40.0), "{freed:#?}");
    // "ceasefire talks": talks about a ceasefire, one meeting.
    let talks = event_of(&doc, "talks");
    assert_eq!(talks.event_type, "meet");
    assert!(!doc.events().iter().any(|e| doc.slice(e.trigger) == "ceasefire"));
}

#[test]
fn an_outlets_caveat_after_but_is_no_part_of_the_claim() {
    let doc = analyse(
        "The Border Guard Service said it had filmed Norlandic trucks crossing into Kessa, but the video \
         could not be independently verified.",
    );
    let c = &doc.claims()[claim_with(&doc, "Norlandic trucks")];
    assert!(doc.slice(c.content).ends_with("crossing into Kessa"), "{:?}", doc.slice(c.content));
    assert_eq!(c.status, ClaimStatus::Unverified);
}

#[test]
fn a_pronoun_opening_what_a_force_says_it_did_is_that_force() {
    let doc = analyse_parsed("The Norlandic navy said it had struck a patrol boat near Kessa on Tuesday. The Norlandic army said its troops had captured Varn.");
    let name = |id: usize| doc.entities().entities[id].name.clone();
    for (word, who) in [("struck", "Norlandic navy"), ("captured", "Norlandic army")] {
        let e = doc.events().iter().find(|e| doc.slice(e.trigger) == word).unwrap_or_else(|| panic!("{:#?}", doc.events()));
        assert!(e.actors.iter().any(|(id, r)| *r == sitrep_doc::ActorRole::Agent && name(*id) == who), "{word}: {e:#?} {:#?}", doc.entities());
    }
    // A pronoun that is not the content's subject names no one: "said the strike had hit it".
    // (A compound after "its": "its air defences".)
    let doc = analyse_parsed("The Norlandic army said its air defences shot down 12 drones over Kessa.");
    let e = doc.events().iter().find(|e| doc.slice(e.trigger) == "shot").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(e.actors.iter().any(|(id, r)| *r == sitrep_doc::ActorRole::Agent && doc.entities().entities[*id].name == "Norlandic army"), "{e:#?}");
    let doc = analyse_parsed("The Norlandic navy said a drone had struck it near Kessa.");
    let e = doc.events().iter().find(|e| doc.slice(e.trigger) == "struck").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(!e.actors.iter().any(|(_, r)| *r == sitrep_doc::ActorRole::Agent), "{e:#?}");
}

#[test]
fn a_town_that_fell_a_vessel_intercepted_and_assaults_repelled_are_events() {
    let doc = analyse_parsed("The General Staff denied that Kessa had fallen. Oil prices fell 3% on Tuesday. Officials fell silent.");
    let fell: Vec<_> = doc.events().iter().filter(|e| matches!(doc.slice(e.trigger), "fell" | "fallen")).collect();
    assert_eq!(fell.len(), 1, "only the town: {:#?}", doc.events());
    assert_eq!(fell[0].event_type, "seize");
    assert_eq!(fell[0].status, EventStatus::Denied);
    assert!(fell[0].actors.is_empty() && fell[0].places.len() == 1, "the town is where, not who: {:#?}", fell[0]);
    let doc = analyse_parsed("The coast guard said it had intercepted a cargo vessel off Port Hallin. Air defences intercepted 12 drones.");
    let kinds: Vec<_> = doc.events().iter().map(|e| (doc.slice(e.trigger), e.event_type)).collect();
    assert!(kinds.contains(&("intercepted", "seize")) && kinds.contains(&("intercepted", "intercept")), "{kinds:?}");
    let doc = analyse_parsed("In January, the coast guard detained the tanker Orla off Port Hallin. Police detained 12 protesters in Kessa.");
    let kinds: Vec<_> = doc.events().iter().map(|e| (doc.slice(e.trigger), e.event_type)).collect();
    assert_eq!(kinds, [("detained", "seize"), ("detained", "arrest")]);
    let doc = analyse_parsed("The General Staff said its forces repelled 14 assaults near Varn.");
    let assaults = doc.events().iter().find(|e| doc.slice(e.trigger) == "assaults").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!((assaults.event_type, assaults.quantities.len()), ("attack", 1), "{assaults:#?}");
}

#[test]
fn falls_assaults_expectations_and_vessels_that_are_none() {
    let none_of = |text: &str, trigger: &str| {
        let doc = analyse_parsed(text);
        assert!(doc.events().iter().all(|e| !std::iter::once(&e.trigger).chain(&e.other_triggers).any(|t| doc.slice(*t) == trigger) || e.event_type != "seize" && e.event_type != "attack"), "{text}: {:#?}", doc.events());
    };
    // (No panic at the text's end either.)
    let doc = analyse_parsed("Shelling killed 3 people. Then the town fell.");
    assert!(doc.events().iter().any(|e| doc.slice(e.trigger) == "fell" && e.event_type == "seize"), "{:#?}", doc.events());
    for text in ["Exports from the port fell last year.", "Bread prices in the capital fell.", "Norland fell to 45th place in the index.", "The town fell quiet after the shelling."] {
        none_of(text, "fell");
    }
    let doc = analyse_parsed("Kessa fell in May, the ministry said.");
    assert!(doc.events().iter().any(|e| doc.slice(e.trigger) == "fell" && e.event_type == "seize"), "{:#?}", doc.events());
    none_of("The brigade received 5,000 assault rifles.", "assault");
    none_of("He was charged with sexual assault.", "assault");
    for text in ["The attack was likely carried out by drones.", "The explosion was due to a gas leak."] {
        let doc = analyse_parsed(text);
        assert!(doc.events().iter().all(|e| e.status != EventStatus::Expected), "{text}: {:#?}", doc.events());
    }
    let doc = analyse_parsed("The army said it was not a deliberate strike on civilians.");
    assert!(doc.events().iter().all(|e| e.status != EventStatus::Denied), "only how is denied: {:#?}", doc.events());
    for text in ["Police detained the ship's captain in Kessa.", "The crew of the vessel was detained in Kessa."] {
        let doc = analyse_parsed(text);
        assert!(doc.events().iter().any(|e| e.event_type == "arrest"), "{text}: {:#?}", doc.events());
    }
}

#[test]
fn a_complementizer_is_no_definite_article() {
    let doc = analyse_parsed(
        "A missile struck a market in Kessa on Monday. Rescue crews searched the rubble. Shops stayed closed. \
         Schools were shut. Officials in Varn warned that strikes would continue.",
    );
    let attacks = doc.events().iter().filter(|e| e.event_type == "attack").count();
    assert_eq!(attacks, 2, "{:#?}", doc.events());
}

#[test]
fn a_noun_its_clause_expects_is_expected() {
    let doc = analyse_parsed("More shipments are expected before the end of the year, the report said. The shipments were unloaded in Kessa.");
    let expected = doc.events().iter().find(|e| doc.slice(e.trigger) == "shipments").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(expected.status, EventStatus::Expected, "{expected:#?}");
}

#[test]
fn the_datelines_outlet_acts_in_nothing() {
    let doc = analyse_parsed("KESSA, March 3 (Baltic Wire) — The Varnian coast guard seized an oil tanker off Port Hallin early on Monday.");
    let seized = doc.events().iter().find(|e| doc.slice(e.trigger) == "seized").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(seized.actors.iter().all(|(id, _)| doc.entities().entities[*id].name != "Baltic Wire"), "{seized:#?}");
}

#[test]
fn a_definite_noun_with_nothing_of_its_own_is_the_happening_told_before() {
    let doc = analyse_parsed(
        "Norlandic troops were moved to Kessa on Monday, the ministry said. \
         Deputy spokesperson Anja Rask told reporters the troops had trained for weeks. \
         \"We have not seen them fight,\" she said. \
         Officials in Varn said the border stayed calm. \
         Norland has neither confirmed nor denied the deployment.",
    );
    fn told(doc: &Doc, e: &sitrep_doc::Event, w: &str) -> bool {
        std::iter::once(&e.trigger).chain(&e.other_triggers).any(|t| doc.slice(*t) == w)
    }
    let moved: Vec<_> = doc.events().iter().filter(|e| told(&doc, e, "moved") || told(&doc, e, "deployment")).collect();
    assert_eq!(moved.len(), 1, "one movement, told twice: {:#?}", doc.events());
    assert!(told(&doc, moved[0], "deployment") && told(&doc, moved[0], "moved"), "{:#?}", moved[0]);
    let doc = analyse_parsed(
        "A missile struck a market in Kessa on Monday, killing seven people. \
         Rescue crews searched the rubble overnight. Shops stayed closed. Schools were shut. \
         The mayor of Port Hallin condemned the attack.",
    );
    let attacks: Vec<_> = doc.events().iter().filter(|e| e.event_type == "attack").collect();
    assert_eq!(attacks.len(), 1, "{:#?}", doc.events());
    assert!(told(&doc, attacks[0], "attack"), "{:#?}", attacks[0]);
    // A deployment with a count and a place of its own is another one.
    let doc = analyse_parsed(
        "Norlandic troops were moved to Kessa on Monday, the ministry said. \
         Officials in Varn said the border stayed calm. Shops stayed closed. Schools were shut. \
         The ministry also announced the deployment of 2,000 soldiers to Varn.",
    );
    let moves = doc.events().iter().filter(|e| matches!(e.event_type, "transport" | "deploy" | "depart")).count();
    assert_eq!(moves, 2, "{:#?}", doc.events());
}

#[test]
fn a_launched_attack_and_an_agreed_text_are_one_event_each() {
    let doc = analyse_parsed(
        "Rebels launched a drone attack on a depot in Varn on Tuesday, killing two guards. \
         Norland and Vesteria agreed on the text of a border treaty in February, the foreign ministry in Kessa said.",
    );
    let triggers: Vec<&str> = doc.events().iter().map(|e| doc.slice(e.trigger)).collect();
    assert!(!triggers.contains(&"launched") && !triggers.contains(&"treaty"), "{triggers:?}");
    let attack = event_of(&doc, "attack");
    assert_eq!(attack.time.as_ref().map(|t| t.0.as_str()), Some("2025-03-04"));
    assert_eq!(place_role_of(&doc, attack, "Varn"), Some(PlaceRole::Location));
    let agreed = event_of(&doc, "agreed");
    assert_eq!(agreed.time.as_ref().map(|t| t.0.as_str()), Some("2025-02"), "{agreed:#?}");
    // "the foreign ministry in Kessa said": the place says where the source is, and the claim
    // is the ministry's.
    let c = &doc.claims()[claim_with(&doc, "Norland and Vesteria agreed")];
    assert_eq!(c.source_span.map(|s| doc.slice(s)), Some("the foreign ministry in Kessa"));
}

#[test]
fn protests_strikes_and_crowd_control_but_no_market_or_campaign_rallies() {
    let doc = analyse_parsed(
        "Hundreds of farmers staged a sit-in in Kessa on Monday. Police used tear gas to disperse students \
         agitating against a fee rise in Varn. Thousands joined a march through Port Hallin on Saturday. \
         Stocks staged a rally on Tuesday, and a campaign rally in Varn drew a large crowd.",
    );
    let sit_in = event_of(&doc, "sit-in");
    assert_eq!((sit_in.event_type, sit_in.plover), ("protest", Some("PROTEST")));
    assert_eq!(place_role_of(&doc, sit_in, "Kessa"), Some(PlaceRole::Location));
    assert_eq!(event_of(&doc, "disperse").plover, Some("COERCE"));
    assert_eq!(event_of(&doc, "agitating").event_type, "protest");
    assert_eq!(event_of(&doc, "march").time.as_ref().map(|t| t.0.as_str()), Some("2025-03-01"));
    assert!(!doc.events().iter().any(|e| doc.slice(e.trigger) == "rally"), "{:#?}", doc.events());
}

#[test]
fn ordinary_words_that_look_like_violence_are_no_events() {
    let doc = analyse_parsed(
        "The protest began in March. The senate shot down the proposal. The candidate fired up the crowd. \
         Opposition leaders clashed with the speaker over the budget. The former minister died in hospital \
         aged 92. He suffered a cardiac arrest. Norland launched a charm offensive. The ministry released \
         footage of soldiers at a training ground.",
    );
    let triggers: Vec<&str> = doc.events().iter().map(|e| doc.slice(e.trigger)).collect();
    assert_eq!(triggers, ["protest"]);
}

#[test]
fn the_subject_of_a_passive_undergoes_it_and_a_place_before_a_noun_does_not_act() {
    let doc = analyse_parsed(
        "Two soldiers were captured by Norlandic forces near Kessa. A Varn explosion injured two people. \
         Norlandic troops fought back near Kessa. Two Norlandic soldiers died in the shelling of Varn.",
    );
    let captured = event_of(&doc, "captured");
    let role_of = |e: &sitrep_doc::Event, name: &str| {
        e.actors.iter().find(|&&(x, _)| doc.entities().entities[x].name == name).map(|&(_, r)| r)
    };
    assert_eq!(role_of(captured, "Norlandic"), Some(sitrep_doc::ActorRole::Agent), "{captured:#?}");
    let explosion = event_of(&doc, "explosion");
    assert!(explosion.actors.is_empty(), "{explosion:#?}");
    assert_eq!(place_role_of(&doc, explosion, "Varn"), Some(PlaceRole::Location));
    assert_eq!(event_of(&doc, "fought").event_type, "fight", "literal fighting back is a fight");
    let died = event_of(&doc, "died");
    assert_eq!(role_of(died, "Norlandic"), Some(sitrep_doc::ActorRole::Patient), "who dies undergoes it: {died:#?}");
}

#[test]
fn casualties_named_by_a_noun_happen_to_the_people_before_them() {
    let doc = analyse_parsed(
        "Norlandic soldiers deployed to Varnia's Kessa region have suffered at least 100 deaths. \
         Anna Berglund declined to give a figure for the dead and wounded.",
    );
    let role_of = |e: &sitrep_doc::Event, name: &str| {
        e.actors.iter().find(|&&(x, _)| doc.entities().entities[x].name == name).map(|&(_, r)| r)
    };
    let deaths = event_of(&doc, "deaths");
    assert_eq!(role_of(deaths, "Norlandic"), Some(sitrep_doc::ActorRole::Patient), "{deaths:#?}");
    assert_eq!(deaths.actors.len(), 1, "the country owning a place on the way does not act: {deaths:#?}");
    let wounded = event_of(&doc, "wounded");
    assert!(wounded.actors.is_empty(), "the speaker is no victim: {wounded:#?}");
    let doc = analyse_parsed("Norlandic strikes caused 20 civilian deaths in Kessa.");
    let caused = event_of(&doc, "deaths");
    let agent = caused.actors.iter().find(|&&(x, _)| doc.entities().entities[x].name == "Norlandic").map(|&(_, r)| r);
    assert_eq!(agent, Some(sitrep_doc::ActorRole::Agent), "who caused them: {caused:#?}");
    let doc = analyse_parsed("The Kessa Health Ministry reported 40 deaths in the shelling of Varn.");
    let reported = event_of(&doc, "deaths");
    assert!(reported.actors.is_empty(), "who reports deaths does not suffer them: {reported:#?}");
}

#[test]
fn a_participle_adds_what_follows_it_and_a_clause_after_although_is_its_own() {
    let doc = analyse(
        "“The enemy is using them as cannon fodder,” Anna Berglund said in her evening address, adding that \
         Norland had sent more than 11,000 soldiers to Kessa. \
         The Norlandic Defense Ministry dismissed the reports as “propaganda,” although the Kessa Herald \
         later confirmed that troops had been sent.",
    );
    let added = &doc.claims()[claim_with(&doc, "11,000 soldiers")];
    assert_eq!(added.cue_span.map(|s| doc.slice(s)), Some("adding"));
    assert!(doc.slice(added.content).starts_with("that Norland"), "{:?}", doc.slice(added.content));
    let denial = &doc.claims()[claim_with(&doc, "the reports")];
    assert_eq!(denial.status, ClaimStatus::Denied);
    assert_eq!(doc.slice(denial.content), "the reports as “propaganda,”");
    let confirmed = &doc.claims()[claim_with(&doc, "troops had been sent")];
    assert_eq!(source_name(&doc, claim_with(&doc, "troops had been sent")), "Kessa Herald");
    assert_eq!(doc.slice(confirmed.content), "that troops had been sent");
}

#[test]
fn a_briefing_is_a_setting_and_unverified_figures_mark_the_claims_with_numbers() {
    let doc = analyse(
        "The Border Guard Service said in a closed-door briefing on March 4 that 300 troops crossed into Kessa. \
         The Varn Monitor said the border had been quiet. \
         The Kessa Herald could not verify the figures independently.",
    );
    let figures = &doc.claims()[claim_with(&doc, "300 troops")];
    assert!(doc.slice(figures.content).starts_with("that 300 troops"), "{:?}", doc.slice(figures.content));
    assert_eq!(figures.status, ClaimStatus::Unverified);
    assert_eq!(doc.claims()[claim_with(&doc, "border had been quiet")].status, ClaimStatus::Asserted);
}

#[test]
fn unverified_footage_and_figures_mark_both_kinds_of_claims() {
    let doc = analyse(
        "According to the Border Guard Service, at least 200 soldiers have been killed. \
         The service published a video which it said showed troops crossing a frozen river near Kessa. \
         The Varn Monitor said the border had been quiet. \
         The Kessa Herald could not verify the footage or the casualty figures.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "200 soldiers")].status, ClaimStatus::Unverified, "{:#?}", doc.claims());
    let video = &doc.claims()[claim_with(&doc, "frozen river")];
    assert!(video.evidence.contains(&Evidence::Video), "{video:#?}");
    assert_eq!(video.status, ClaimStatus::Unverified);
    assert_eq!(doc.claims()[claim_with(&doc, "border had been quiet")].status, ClaimStatus::Asserted);
}

#[test]
fn a_dateline_is_no_part_of_a_claim_before_according_to() {
    let doc = analyse(
        "KESSA, Jan 8 (Varn Wire) - Norland has shipped another batch of shells to Varnia in recent weeks, \
         according to two people familiar with the matter.",
    );
    let claim = &doc.claims()[claim_with(&doc, "batch of shells")];
    assert!(doc.slice(claim.content).starts_with("Norland has shipped"), "{:?}", doc.slice(claim.content));
    // The dash right before "According to": the content is what follows the source.
    let doc = analyse("KESSA, Jan 8 (Varn Wire) - According to two officials, Norland shipped more shells to Varnia.");
    let claim = &doc.claims()[claim_with(&doc, "more shells")];
    assert!(doc.slice(claim.content).starts_with("Norland shipped"), "{:?}", doc.slice(claim.content));
}

#[test]
fn a_source_and_cue_closing_the_sentence_make_their_own_claim() {
    let doc = analyse(
        "KESSA (Kessa Herald) - A strike on a market in Varn killed 23 people, the Border Guard Service said, \
         blaming Norlandic forces. The army said, citing field reports, that 40 fighters died. \
         Satellite images released by the Varn Monitor showed new trenches, the monitor said on Monday. \
         The minister vowed to retake the port, according to a video posted by the ministry. \
         The Varn Monitor said that 700 people had fled since the siege began in May.",
    );
    let strike = &doc.claims()[claim_with(&doc, "killed 23 people")];
    assert_eq!(doc.slice(strike.content), "A strike on a market in Varn killed 23 people", "no dateline, no participle");
    assert_eq!(source_name(&doc, claim_with(&doc, "killed 23 people")), "Border Guard Service");
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "40 fighters")].content), "that 40 fighters died");
    let trenches: Vec<&str> = doc
        .claims()
        .iter()
        .filter(|c| doc.slice(c.content).contains("new trenches"))
        .map(|c| doc.slice(c.cue_span.expect("cue")))
        .collect();
    assert!(trenches.contains(&"said"), "the monitor's own claim: {trenches:?}");
    let cue_of = |c: &sitrep_doc::Claim| c.cue_span.map(|s| doc.slice(s)).unwrap_or_default();
    let vowed = doc.claims().iter().find(|c| cue_of(c) == "vowed").expect("vowed");
    assert_eq!(doc.slice(vowed.content), "to retake the port", "the according-to phrase is a claim of its own");
    let according = doc.claims().iter().find(|c| cue_of(c) == "according to").expect("according to");
    assert_eq!(doc.slice(according.content), "The minister vowed to retake the port");
    assert_eq!(doc.claims()[claim_with(&doc, "700 people")].status, ClaimStatus::Asserted, "May is a month, not a hedge");
}

#[test]
fn a_strike_told_in_the_headline_and_the_text_is_one_and_a_vow_is_a_plan() {
    let doc = analyse_parsed(
        "Drone strike on market in Varn kills 23\n\n\
         A drone strike on a market in Varn killed 23 people on Sunday. Another strike hit Kessa. \
         The minister vowed to retake the port.",
    );
    let strikes: Vec<_> = doc.events().iter().filter(|e| e.event_type == "attack").collect();
    assert_eq!(strikes.len(), 2, "Varn's strike once, Kessa's apart: {strikes:#?}");
    assert_eq!(event_of(&doc, "retake").status, EventStatus::Planned);
}

#[test]
fn a_heading_is_no_speaker_and_an_analysts_caveat_is_its_own_claim() {
    let doc = analyse_parsed(
        "Key Takeaways: Norlandic forces are likely operating near Kessa.\n\n\
         Geolocated footage published on March 1 indicates that Norlandic forces recently advanced west of Varn. \
         The Norlandic Defense Ministry claimed that its forces seized Kessa, but the Varn Monitor has not observed \
         visual confirmation of this claim.",
    );
    let cues: Vec<&str> = doc.claims().iter().filter_map(|c| c.cue_span.map(|s| doc.slice(s))).collect();
    assert!(!cues.contains(&":") && !cues.contains(&"published"), "{cues:?}");
    assert_eq!(doc.claims()[claim_with(&doc, "its forces seized Kessa")].status, ClaimStatus::Unverified);
    // The caveat means the claim of its own sentence, not the footage's claim before it.
    assert_eq!(event_of(&doc, "advanced").event_type, "advance");
}

#[test]
fn a_live_report_entry_and_a_mixed_quotation() {
    let doc = analyse_parsed(
        "Live: drones over Kessa\n\n\
         14:05 GMT - The Norlandic air force says it shot down 52 of 76 drones over Kessa.\n\n\
         12:15 GMT - Norland will consider sending weapons to Varn “in stages”, Anna Berglund said.\n\n\
         11:30 GMT - Two people were killed when a glide bomb hit a building in Varn, the governor said.",
    );
    let stages = &doc.claims()[claim_with(&doc, "in stages")];
    assert_eq!(doc.slice(stages.content), "Norland will consider sending weapons to Varn “in stages”");
    assert_eq!(source_name(&doc, claim_with(&doc, "in stages")), "Anna Berglund");
    let shot = event_of(&doc, "shot");
    assert_eq!(shot.event_type, "intercept");
    // An entry's time stamp says when it was posted, not when the people were killed.
    assert_eq!(event_of(&doc, "killed").time, None);
}

#[test]
fn a_claim_the_outlet_could_not_check_and_an_ungiven_acknowledgement() {
    let doc = analyse_parsed(
        "Norlandic troops 'killed in drone strike'\n\n\
         In a post on X, Anna Berglund wrote that more than 3,000 Norlandic troops had been killed. \
         The Kessa Herald has not been able to verify these figures. \
         Norland has not publicly acknowledged sending troops to Kessa.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "3,000 Norlandic troops")].status, ClaimStatus::Unverified);
    let sending = event_of(&doc, "sending");
    assert_eq!(sending.status, EventStatus::Occurred, "not acknowledged is not denied");
    let headline = doc.events().iter().find(|e| e.event_type == "casualties").expect("casualties");
    assert!(headline.actors.iter().all(|&(_, r)| r == sitrep_doc::ActorRole::Patient), "{headline:#?}");
}

#[test]
fn killers_in_the_perfect_places_before_auxiliaries_and_no_survivors() {
    let doc = analyse_parsed(
        "Norlandic forces have killed 12 civilians, officials said. Two civilians in Varn were killed overnight. \
         No civilians died in the attack on Kessa.",
    );
    let perfect = event_of(&doc, "killed");
    let roles: Vec<_> = perfect.actors.iter().map(|&(_, r)| r).collect();
    assert_eq!(roles, [sitrep_doc::ActorRole::Agent], "the forces kill: {perfect:#?}");
    let passive = doc.events().iter().filter(|e| doc.slice(e.trigger) == "killed").nth(1).expect("second killing");
    assert_eq!(place_role_of(&doc, passive, "Varn"), Some(PlaceRole::Location), "{passive:#?}");
    assert_eq!(event_of(&doc, "died").status, EventStatus::Denied);
    // "a rotation, not a buildup": the buildup is denied.
    let doc = analyse_parsed("An official said the movement was consistent with a rotation, not a buildup.");
    assert_eq!(event_of(&doc, "buildup").status, EventStatus::Denied, "{:#?}", doc.events());
}

#[test]
fn a_plain_quotation_stays_direct_and_a_fronted_time_is_no_content() {
    let doc = analyse_parsed(
        "But “this is not the end,” Anna Berglund said. \
         On Tuesday, the governor said, speaking on local television, that three people were killed in Varn.",
    );
    let quote = &doc.claims()[claim_with(&doc, "this is not the end")];
    assert!(doc.slice(quote.content).starts_with('“'), "{:?}", doc.slice(quote.content));
    let killed = &doc.claims()[claim_with(&doc, "three people")];
    assert!(doc.slice(killed.content).starts_with("that three people"), "{:?}", doc.slice(killed.content));
}

#[test]
fn a_timeline_entrys_date_dates_its_claim_and_every_happening_in_it() {
    // Published 2025-03-07.
    let doc = analyse_parsed(
        "Timeline of the convoy\n\n\
         Feb. 3-6: According to the Border Guard Service, Norlandic ships carry about 1,500 soldiers from Port Hallin to Kessa.\n\n\
         Feb. 20: Defence Minister Tomas Berg visits Varn and signs a defence treaty with Kessa.\n",
    );
    let according = &doc.claims()[claim_with(&doc, "ships carry")];
    assert_eq!(doc.slice(according.content), "Norlandic ships carry about 1,500 soldiers from Port Hallin to Kessa", "not the entry's label");
    assert_eq!(according.date.as_deref(), Some("2025-02-03"), "the entry's date, not the publication's");
    let carry = doc.events().iter().find(|e| e.event_type == "transport").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(carry.time, Some(("2025-02-03".into(), "2025-02-06".into())));
    for kind in ["agree"] {
        let e = doc.events().iter().find(|e| e.event_type == kind).unwrap_or_else(|| panic!("{kind}: {:#?}", doc.events()));
        assert_eq!(e.time, Some(("2025-02-20".into(), "2025-02-20".into())), "{kind}");
    }
}

#[test]
fn denials_as_lies_unverified_claims_and_what_a_source_did_not_say() {
    let doc = analyse_parsed(
        "Varn accused Norland of violating sanctions by bringing troops to Kessa, while Norland's envoy rejected the accusations as blatant lies. \
         Envoy Per Olsen said the allegations were a blatant lie. \
         Bloggers claimed that 200 soldiers had attacked Norlandic positions together with Varnian marines. \
         The claims could not be verified. \
         The Border Guard Service said that troops had been integrated into new units, but it did not say they had fought.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "violating sanctions")].status, ClaimStatus::Alleged, "the envoy's denial is not the accusation's");
    assert_eq!(doc.claims()[claim_with(&doc, "the allegations were")].status, ClaimStatus::Denied);
    assert!(doc.events().iter().all(|e| e.event_type != "sanction"), "sanctions violated are not imposed: {:#?}", doc.events());
    let attack = doc.events().iter().find(|e| e.event_type == "attack").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let patients: Vec<&str> = attack.actors.iter().filter(|(_, r)| *r == sitrep_doc::ActorRole::Patient).map(|(id, _)| doc.entities().entities[*id].name.as_str()).collect();
    assert_eq!(patients, ["Norlandic"], "who holds the positions, not who fights alongside: {attack:#?}");
    assert!(doc.events().iter().all(|e| e.event_type != "fight"), "what was not said did not happen: {:#?}", doc.events());
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "integrated")].content), "that troops had been integrated into new units");
}

#[test]
fn the_claims_named_again_as_unverified_and_a_question_put_is_no_claim() {
    let doc = analyse(
        "Bloggers said that 200 soldiers had reached Kessa. The claims could not be verified. \
         Asked about the reports, spokesman Per Olsen said: \"We have nothing to add.\"",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "reached Kessa")].status, ClaimStatus::Unverified);
    assert!(doc.claims().iter().all(|c| c.cue_span.is_none_or(|k| !doc.slice(k).starts_with("Asked"))), "{:#?}", doc.claims());
    // "Its claims" after a sentence that says nothing reaches the speaker's claim before it.
    let doc = analyse(
        "Twenty-three people were wounded, the governor said. \
         The Norlandic Defense Ministry said air defenses shot down 41 drones. The ministry did not mention the port. \
         Its claims could not be independently verified.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "41 drones")].status, ClaimStatus::Unverified);
    assert_eq!(doc.claims()[claim_with(&doc, "were wounded")].status, ClaimStatus::Asserted, "the governor's claim is not the ministry's");
}

#[test]
fn sources_joined_by_and_speak_through_the_first_and_owners_are_no_places() {
    let doc = analyse_parsed(
        "Troops moved to Kessa last month, according to three people familiar with the matter and internal Norlandic documents. \
         Varn's intelligence had counted 12,000 Norlandic troops in Kessa. \
         The Security Council clashes over Norlandic troops in Varn.",
    );
    assert_eq!(source_name(&doc, claim_with(&doc, "Troops moved")), "", "no country speaks for anonymous people");
    let presence = doc.events().iter().find(|e| e.event_type == "presence").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let places: Vec<&str> = presence.places.iter().map(|(p, _)| doc.places().places[*p].name.as_str()).collect();
    assert_eq!(places, ["Kessa"], "Varn owns the intelligence");
    assert!(doc.events().iter().all(|e| e.event_type != "fight"), "a clash over a topic is a dispute: {:#?}", doc.events());
}

#[test]
fn a_hedged_perfect_happened_and_a_second_clause_keeps_its_own_date_and_count() {
    let doc = analyse_parsed(
        "The Border Guard Service told lawmakers that about 3,000 Norlandic troops had already been sent to Kessa and that another 7,000 were expected to follow by December. \
         Officials said some of them may already have been deployed to Varn.",
    );
    let sent = doc.events().iter().find(|e| doc.slice(e.trigger) == "sent").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(sent.time, None, "\"by December\" is the second clause's");
    assert_eq!(sent.quantities.len(), 1, "7,000 are the second clause's: {sent:#?}");
    let deployed = doc.events().iter().find(|e| std::iter::once(&e.trigger).chain(&e.other_triggers).any(|t| doc.slice(*t) == "deployed")).unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(deployed.status, EventStatus::Occurred);
    let doc = analyse_parsed("The Border Guard Service made the deployment public.");
    let told = doc.events().iter().filter(|e| std::iter::once(&e.trigger).chain(&e.other_triggers).any(|t| doc.slice(*t) == "deployment"));
    for e in told {
        assert!(e.actors.iter().all(|(id, _)| doc.entities().entities[*id].name != "Border Guard Service"), "who tells of it does not do it: {e:#?} {:#?}", doc.entities());
    }
}

#[test]
fn evidence_described_hoped_for_or_not_shown_makes_no_claim() {
    let doc = analyse_parsed(
        "A 40-second clip posted on Feb. 5 claims to show troops in Kessa. \
         A reverse image search shows that the same footage was published by the Varn Monitor in 2019. \
         But there is no evidence that this video shows them. \
         Protesters called for the footage to be released. The clip has faced ridicule since it was released.",
    );
    let cues: Vec<&str> = doc.claims().iter().filter_map(|c| c.cue_span.map(|k| doc.slice(k))).collect();
    assert!(!cues.contains(&"posted"), "{cues:?}");
    let published = doc.claims().iter().find(|c| c.cue_span.is_some_and(|k| doc.slice(k).ends_with("published"))).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(doc.slice(published.content), "the same footage");
    assert_eq!(source_name(&doc, doc.claims().iter().position(|c| std::ptr::eq(c, published)).unwrap_or(0)), "Varn Monitor");
    assert!(doc.claims().iter().all(|c| doc.slice(c.content) != "them"), "{:#?}", doc.claims());
    assert!(doc.claims().iter().all(|c| !c.cue_span.is_some_and(|k| doc.slice(k).ends_with("released"))), "{:#?}", doc.claims());
}

#[test]
fn questions_objects_owners_and_appositions_in_events() {
    let doc = analyse_parsed(
        "Have they fought? \
         The Border Guard Service killed at least 30 Norlandic soldiers near Kessa over the weekend. \
         Officials said the two soldiers held by Norland were Varnian. \
         Analysts estimate that Norland could send as many as 10,000 soldiers. \
         Most are reportedly being trained at bases near Varn. \
         Earlier this week, Norland summoned the Varnian ambassador, Per Olsen, and said the troops must leave at once. \
         The ministry said its forces had liberated the village of Osterby. \
         Why Tomas Berg is sending soldiers to Per Olsen's war.",
    );
    let events = doc.events();
    assert!(events.iter().all(|e| e.event_type != "fight"), "a question tells no happening: {events:#?}");
    let name = |id: usize| doc.entities().entities[id].name.as_str();
    let killed = events.iter().find(|e| e.event_type == "casualties").unwrap_or_else(|| panic!("{events:#?}"));
    let roles: Vec<(&str, sitrep_doc::ActorRole)> = killed.actors.iter().map(|(id, r)| (name(*id), *r)).collect();
    assert_eq!(roles, [("Border Guard Service", sitrep_doc::ActorRole::Agent), ("Norlandic", sitrep_doc::ActorRole::Patient)]);
    assert!(events.iter().all(|e| e.event_type != "presence"), "neither the holder nor the sender is where they are: {events:#?}");
    let trained = events.iter().find(|e| e.event_type == "train").unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(trained.status, EventStatus::Ongoing);
    let summon = events.iter().find(|e| e.event_type == "summon").unwrap_or_else(|| panic!("{events:#?}"));
    assert!(summon.actors.iter().any(|(id, r)| name(*id) == "Per Olsen" && *r == sitrep_doc::ActorRole::Patient), "{summon:#?}");
    assert_eq!(source_name(&doc, claim_with(&doc, "must leave")), "Norland", "the subject after an opening time");
    assert!(events.iter().any(|e| e.event_type == "seize" && doc.slice(e.trigger) == "liberated"), "{events:#?}");
    let sending = events.iter().find(|e| doc.slice(e.trigger) == "sending").unwrap_or_else(|| panic!("{events:#?}"));
    assert!(sending.actors.iter().all(|(id, _)| name(*id) != "Per Olsen"), "an owner of the destination: {sending:#?}");
}

#[test]
fn a_transcript_label_in_capitals_and_a_relaying_lawmaker() {
    let doc = analyse_parsed(
        "Defence Minister Tomas Berg spoke after the meeting.\n\nBERG: We will not go into numbers.\n\n\
         The agency also said 300 soldiers had been wounded near Kessa, lawmaker Per Olsen told reporters after the briefing.",
    );
    assert_eq!(source_name(&doc, claim_with(&doc, "go into numbers")), "Tomas Berg");
    // The agency's claim ends before the lawmaker who relays it (whose own claim holds it).
    let wounded = doc.claims().iter().find(|c| c.cue_span.is_some_and(|k| doc.slice(k).ends_with("said"))).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(doc.slice(wounded.content), "300 soldiers had been wounded near Kessa", "the relay is no part of it");
    assert!(doc.claims().iter().all(|c| !doc.slice(c.content).starts_with("reporters")), "{:#?}", doc.claims());
}

#[test]
fn earlier_figures_counts_since_a_date_and_one_toll() {
    // Published 2025-03-07.
    let doc = analyse_parsed(
        "Officials said about 10,000 Norlandic soldiers had been sent to Kessa, up from an estimate of 3,000 a week earlier. \
         Since Feb. 24, 2022, Norland has lost about 8,000 soldiers killed or wounded near Varn, the ministry said. \
         If such a deployment were to take place, it would be lawful, the envoy said.",
    );
    let sent = doc.events().iter().find(|e| doc.slice(e.trigger) == "sent").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(sent.quantities.len(), 1, "3,000 is the earlier estimate: {sent:#?}");
    assert_eq!(sent.time, None, "\"a week earlier\" dates the earlier estimate");
    let tolls: Vec<_> = doc.events().iter().filter(|e| e.event_type == "casualties").collect();
    assert_eq!(tolls.len(), 1, "lost ... killed or wounded is one toll: {tolls:#?}");
    assert_eq!(tolls[0].time, Some(("2022-02-24".into(), "2025-03-07".into())), "counted since a date, to the report");
    assert!(doc.events().iter().all(|e| doc.slice(e.trigger) != "deployment"), "a condition is no happening: {:#?}", doc.events());
}

#[test]
fn retractions_colons_other_parties_and_dismissals() {
    let doc = analyse_parsed(
        "The Norland Defence Ministry dismissed reports that troops were in Kessa as another fake, while Defence Minister Tomas Berg declined to deny them. \
         The army withdrew its troops from Varn. It withdrew an earlier report about a general, saying the report had been based on faulty information. \
         Asked about the images, Tomas Berg told reporters: \"Images are a serious thing.\" \
         The mayor said the reports were a provocation. \
         The head of Kessa, Per Olsen, summoned the envoy and said there were no foreigners in the city.",
    );
    let withdrawals: Vec<&str> = doc.events().iter().filter(|e| e.event_type == "withdraw").map(|e| doc.slice(e.trigger)).collect();
    assert_eq!(withdrawals.len(), 1, "troops withdrawn, not a report: {:#?}", doc.events());
    let saying = &doc.claims()[claim_with(&doc, "faulty information")];
    assert!(saying.source_span.is_some_and(|s| doc.slice(s) == "It"), "not the general: {saying:#?}");
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "serious thing")].content), "\"Images are a serious thing.\"");
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "another fake")].content), "reports that troops were in Kessa as another fake");
    assert_eq!(doc.claims()[claim_with(&doc, "a provocation")].status, ClaimStatus::Denied);
    assert_eq!(source_name(&doc, claim_with(&doc, "no foreigners")), "Per Olsen", "the name in apposition to the subject");
}

#[test]
fn anonymous_sources_and_we_of_a_spokeswoman() {
    let doc = analyse_parsed(
        "Norlandic soldiers were issued Varnian identity cards, two sources in the Border Guard Service told our correspondent. \
         The Kessa mayor dismissed the reports as baseless. \
         We were unable to verify the sources' claims independently. \
         Border Guard Service spokeswoman Anna Berglund spoke on Monday. We assess that the units have left, she said.",
    );
    let told = &doc.claims()[claim_with(&doc, "identity cards")];
    assert!(told.source_span.is_some_and(|s| doc.slice(s) == "two sources in the Border Guard Service"), "{told:#?}");
    assert_eq!(told.status, ClaimStatus::Unverified, "the sources' claim");
    assert_eq!(doc.claims()[claim_with(&doc, "as baseless")].status, ClaimStatus::Denied, "not a source's claim");
    assert!(doc.events().iter().all(|e| e.quantities.iter().all(|&q| doc.quantities()[q].unit.as_deref() != Some("sources"))));
    let we = doc.claims().iter().position(|c| c.source_span.is_some_and(|s| doc.slice(s) == "We") && doc.slice(c.content).contains("units have left"));
    let we = we.unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(source_name(&doc, we), "Border Guard Service", "we is the organisation she speaks for");
}

#[test]
fn tolls_of_two_sides_or_two_periods_do_not_contradict() {
    let doc = analyse_parsed(
        "Varn's General Staff said Norlandic forces had lost about 3,800 soldiers near Kessa since early November. \
         In December alone, about 2,000 Norlandic soldiers were killed near Kessa, according to the Varn Monitor. \
         Since Feb. 24, 2022, Varn has lost about 8,000 troops near Kessa, the Norland Defence Ministry said.",
    );
    let contradictions: Vec<_> = doc.relations().iter().filter(|r| r.relation == RelationType::Contradicts).collect();
    assert!(contradictions.is_empty(), "{contradictions:#?} {:#?}", doc.events());
}

#[test]
fn key_event_lists_headings_and_what_footage_indicates() {
    let doc = analyse_parsed(
        "Key events of the day\n\n\
         Fighting\n\
         - Norlandic forces fired missiles at a depot near Kessa, the Varn Monitor said, adding that five missiles were intercepted.\n\
         - Tomas Berg called for the mass production of attack drones.\n\
         In total, since the start of the fighting in Kessa, the enemy has lost 3,800 soldiers, the ministry said.\n\
         Satellite images captured on Feb. 16 show dozens of new tents near Varn. \
         Satellite images show 12 launchers near Kessa, the Varn Monitor said on Friday, confirming a report. \
         Geolocated footage published on Feb. 5 indicates that Norlandic forces advanced near Kessa. \
         Norlandic troops are likely engaged in combat near Varn.",
    );
    let fired = &doc.claims()[claim_with(&doc, "fired missiles")];
    assert!(doc.slice(fired.content).starts_with("Norlandic forces"), "no bullet: {fired:#?}");
    assert!(!fired.evidence.contains(&Evidence::Intercept), "missiles intercepted are no intercepted calls");
    let triggers: Vec<&str> = doc.events().iter().map(|e| doc.slice(e.trigger)).collect();
    assert!(!triggers.contains(&"Fighting") && !triggers.contains(&"fighting"), "a heading and a time are no fights: {triggers:?}");
    assert!(!triggers.contains(&"attack") && !triggers.contains(&"captured"), "{triggers:?}");
    assert!(doc.slice(doc.claims()[claim_with(&doc, "new tents")].content).starts_with("dozens of new tents"));
    let launchers: Vec<&str> = doc.claims().iter().filter(|c| doc.slice(c.content).contains("12 launchers")).filter_map(|c| c.cue_span.map(|k| doc.slice(k))).collect();
    assert_eq!(launchers, ["said"], "the images shown are the monitor's claim, once");
    let advanced = &doc.claims()[claim_with(&doc, "forces advanced")];
    assert!(advanced.evidence.contains(&Evidence::Video), "{advanced:#?}");
    let engaged = doc.events().iter().find(|e| doc.slice(e.trigger) == "engaged").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(engaged.status, EventStatus::Occurred, "'likely' hedges the present");
    assert!(engaged.actors.iter().all(|(_, r)| *r == sitrep_doc::ActorRole::Agent), "{engaged:#?}");
}

#[test]
fn expletive_it_headline_passives_expectations_and_we_after_an_apposition() {
    let doc = analyse_parsed(
        "Norlandic troops said to be moving toward Kessa\n\n\
         It was reported on Wednesday that several thousand Norlandic soldiers were being moved toward Kessa. \
         Per Olsen, the head of the Border Guard Service, spoke in Varn. We assess that more troops will arrive in Kessa, he said. \
         Officials expect more troops to arrive in Varn.",
    );
    let reported = &doc.claims()[claim_with(&doc, "several thousand")];
    assert!(reported.source_span.is_none() && reported.source_entity.is_none(), "the 'it' stands for the clause: {reported:#?}");
    assert!(doc.slice(reported.content).starts_with("that several thousand"));
    assert!(
        doc.claims().iter().all(|c| c.source_span.is_none_or(|s| !doc.slice(s).contains("troops"))),
        "what is said to be so is no source: {:#?}",
        doc.claims()
    );
    let arrive = doc.events().iter().find(|e| doc.slice(e.trigger) == "arrive" && e.places.iter().any(|(p, _)| doc.places().places[*p].name == "Varn"));
    assert_eq!(arrive.unwrap_or_else(|| panic!("{:#?}", doc.events())).status, EventStatus::Expected);
    let we = doc.claims().iter().position(|c| c.source_span.is_some_and(|s| doc.slice(s) == "We")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(source_name(&doc, we), "Border Guard Service", "the organisation of the apposition after his name");
}

#[test]
fn the_review_s_ordinary_sentences_keep_their_readings() {
    let doc = analyse_parsed(
        "More than 400 people have been killed since the Feb. 7 attack on Varn. \
         Officials said the man killed was a lieutenant in the Norlandic army. \
         Analysts said the report showed a surge in disinformation. \
         It was unclear if the blast that killed 12 people in Kessa was deliberate. \
         The Varn Monitor did not comment on the attack on Port Hallin. \
         The General Staff said Norlandic forces attacked near Kessa, while Varnian troops repelled assaults near Varn. \
         Norland tested a missile capable of carrying a nuclear warhead to Kessa. \
         The toll fell to 25 now, down from 40 in January. \
         Aid agencies engaged with armed groups to secure access. \
         Varn was liberated in November.",
    );
    let events = doc.events();
    let by = |word: &str| events.iter().find(|e| std::iter::once(&e.trigger).chain(&e.other_triggers).any(|t| doc.slice(*t) == word));
    let toll = by("killed").unwrap_or_else(|| panic!("{events:#?}"));
    assert_eq!(toll.time, Some(("2025-02-07".into(), "2025-03-07".into())), "killed since the attack, to the report");
    assert!(events.iter().filter(|e| doc.slice(e.trigger) == "attack").all(|e| e.time.as_ref().is_none_or(|t| t.1 != "2025-03-07")), "{events:#?}");
    assert_ne!(doc.claims()[claim_with(&doc, "lieutenant")].status, ClaimStatus::Denied);
    assert_ne!(doc.claims()[claim_with(&doc, "disinformation")].status, ClaimStatus::Denied);
    assert!(events.iter().any(|e| e.event_type == "casualties" && e.quantities.iter().any(|&q| doc.quantities()[q].value == 12.0)), "{events:#?}");
    assert!(events.iter().any(|e| e.places.iter().any(|(p, _)| doc.places().places[*p].name == "Port Hallin")), "an attack not commented on still happened");
    assert!(doc.slice(doc.claims()[claim_with(&doc, "attacked near Kessa")].content).contains("repelled assaults"), "still the staff's report");
    assert!(by("carrying").is_none(), "a warhead carried is no transport");
    assert!(by("engaged").is_none(), "engaged with is no fight");
    assert!(by("liberated").is_some(), "{events:#?}");
}

#[test]
fn a_quotation_cut_by_the_sentence_splitter_runs_to_its_closing_mark() {
    let doc = analyse_parsed(
        "Asked about the images, Tomas Berg told reporters: “Images are a serious thing. If there are images, they reflect something.”\n\n\
         “We will not stay,” Per Olsen said.",
    );
    let images = &doc.claims()[claim_with(&doc, "serious thing")];
    assert_eq!(doc.slice(images.content), "“Images are a serious thing. If there are images, they reflect something.”");
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "not stay")].content), "“We will not stay,”", "a closed quotation stays as it is");
}

#[test]
fn a_datelines_date_dates_no_happening() {
    let doc = analyse_parsed("KESSA, Feb. 27 (Baltic Wire) - The Border Guard Service revised its estimate of Norlandic casualties on Thursday.");
    let toll = doc.events().iter().find(|e| doc.slice(e.trigger) == "casualties").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(toll.time.as_ref().is_none_or(|t| t.0 != "2025-02-27"), "the date the report was filed: {toll:#?}");
}

#[test]
fn an_offensive_a_country_presses_goes_on() {
    let status = |text: &str| {
        let doc = analyse(text);
        let events = doc.events();
        events.iter().find(|e| e.event_type == "attack").map(|e| e.status).unwrap_or_else(|| panic!("{events:#?}"))
    };
    assert_eq!(status("The toll is expected to rise as Norland presses its offensive near Kessa."), EventStatus::Ongoing);
    assert_eq!(status("Norland launched an offensive near Varn in May."), EventStatus::Occurred);
    assert_eq!(status("Ekholm told the press the attack near Varn was a provocation."), EventStatus::Occurred);
    assert_eq!(status("After pressing the attack near Varn for weeks, Norland withdrew."), EventStatus::Occurred);
}

#[test]
fn having_said_that_is_no_statement() {
    let doc = analyse("Having said that, the port of Kessa stayed open. That said, the ferries were late.");
    assert!(doc.claims().is_empty(), "{:#?}", doc.claims());
}

#[test]
fn two_bodies_of_one_state_corroborate_without_independence() {
    let doc = analyse(
        "The Norlandic Defense Ministry said that a new brigade had arrived in Kessa. \
         The claim corroborated earlier reports by the Norlandic Border Guard Service that a brigade had arrived.",
    );
    let layer = doc.entities();
    let countries: Vec<Option<&str>> = doc.claims().iter().filter_map(|c| c.source_entity).map(|e| layer.entities[e].country.as_deref()).collect();
    assert_eq!(countries, [Some("NL"), Some("NL")], "{:#?}", layer.entities);
    let c = doc.relations().iter().find(|r| r.relation == RelationType::Corroborates).unwrap_or_else(|| panic!("{:#?}", doc.relations()));
    assert!(!c.independent, "one state's two bodies");
}

#[test]
fn a_naming_participle_a_movement_and_a_supposition_state_nothing() {
    for text in [
        "A militia called the Varn Guard holds the bridge near Kessa.",
        "Supplies went to a village elder named Ivo Tarn, who runs the depot.",
        "The Norlandic envoy showed up at the talks in Kessa an hour late.",
        "The Norlandic army called off the exercise near the border.",
        "Let's say the ferry reaches Kessa by noon.",
    ] {
        let doc = analyse_parsed(text);
        assert!(doc.claims().is_empty(), "{text}: {:#?}", doc.claims());
    }
    // Only the participle and the particle verb are set aside, not the statements around them.
    for text in [
        "Officials of a militia called the Varn Guard said the bridge was closed.",
        "The Norlandic envoy said the talks were called off.",
    ] {
        let doc = analyse_parsed(text);
        let cues: Vec<&str> = doc.claims().iter().filter_map(|c| c.cue_span).map(|s| doc.slice(s)).collect();
        assert_eq!(cues, ["said"], "{text}: {:#?}", doc.claims());
    }
}

#[test]
fn a_trigger_or_cue_ending_the_text_or_an_insertion_opening_it_does_not_panic() {
    for text in ["killed", "Killed", "Two soldiers killed", "Troops killed", "He said", "They were deployed", "shelled and", "(NIS) said", ", the mayor, said"] {
        let doc = analyse_parsed(text);
        // (What matters is that the stages return; a fragment yields at most one of each.)
        assert!(doc.claims().len() <= 1 && doc.events().len() <= 1, "{text}: {:#?} {:#?}", doc.claims(), doc.events());
    }
}

#[test]
fn places_listed_together_share_their_role_and_bases_sent_to_are_destinations() {
    let roles = |text: &str, trigger: &str| -> Vec<(String, PlaceRole)> {
        let doc = analyse_parsed(text);
        let e = doc.events().iter().find(|e| doc.slice(e.trigger) == trigger).unwrap_or_else(|| panic!("{trigger}: {:#?}", doc.events()));
        e.places.iter().map(|(p, r)| (doc.places().places[*p].name.clone(), *r)).collect()
    };
    let shipped = roles(
        "The Border Guard Service said that troops were shipped from the Norlandic ports of Port Hallin, Varn and Kessa to Norland.",
        "shipped",
    );
    for origin in ["Port Hallin", "Varn", "Kessa"] {
        assert!(shipped.contains(&(origin.to_string(), PlaceRole::Origin)), "{origin}: {shipped:?}");
    }
    assert!(shipped.contains(&("Norland".to_string(), PlaceRole::Destination)), "{shipped:?}");
    let sent = roles("Officials said the troops were sent to military bases in Varn.", "sent");
    assert_eq!(sent, [("Varn".to_string(), PlaceRole::Destination)]);
    for (text, trigger) in [
        ("Officials said strikes killed up to 200 soldiers in Varn.", "killed"),
        ("Officials said shelling close to a school in Varn killed two people.", "shelling"),
    ] {
        let found = roles(text, trigger);
        assert!(found.contains(&("Varn".to_string(), PlaceRole::Location)), "{text}: {found:?}");
    }
    let trained = roles("Officials said the troops went to Norland to be trained in Varn.", "trained");
    assert!(trained.contains(&("Varn".to_string(), PlaceRole::Location)), "an infinitive's \"to\" is no direction: {trained:?}");
}

#[test]
fn a_cargo_loaded_at_one_port_and_shipped_across_a_sea_to_another_keeps_each_place_its_role() {
    let roles = |text: &str, trigger: &str| -> (Vec<(String, PlaceRole)>, Vec<String>) {
        let doc = analyse_parsed(text);
        let e = doc.events().iter().find(|e| doc.slice(e.trigger) == trigger).unwrap_or_else(|| panic!("{trigger}: {:#?}", doc.events()));
        let places = e.places.iter().map(|(p, r)| (doc.places().places[*p].name.clone(), *r)).collect();
        let actors = e.actors.iter().map(|(a, _)| doc.entities().entities[*a].name.clone()).collect();
        (places, actors)
    };
    // Loaded at: where the cargo set out; across: the way, not where it went; a place in the
    // free relative after the comma: none of the shipping's. "the Norlandic port": a
    // nationality locating the port, no actor.
    let (shipped, actors) = roles(
        "Officials said the rockets were loaded at the Norlandic port of Varn and shipped to Norland across the Kessa, \
         in what they called support for Port Hallin.",
        "shipped",
    );
    assert!(shipped.contains(&("Varn".to_string(), PlaceRole::Origin)), "{shipped:?}");
    assert!(shipped.contains(&("Norland".to_string(), PlaceRole::Destination)), "{shipped:?}");
    assert!(shipped.contains(&("Kessa".to_string(), PlaceRole::Location)), "{shipped:?}");
    assert!(!shipped.iter().any(|(p, _)| p == "Port Hallin"), "{shipped:?}");
    assert!(!actors.iter().any(|a| a == "Norlandic"), "{actors:?}");
    // The region of the port it went to is where it went, six words after "to".
    let (carried, _) = roles("Officials said the rockets were carried by two cargo ships to the port of Tolmor in Norland's Varn region.", "carried");
    assert!(carried.contains(&("Varn".to_string(), PlaceRole::Destination)), "{carried:?}");
}

#[test]
fn a_denial_of_the_report_denies_what_it_reports_not_what_the_denier_says_after_a_comma() {
    let doc = analyse_parsed(
        "Norland's Foreign Ministry denied the report on Wednesday, calling it propaganda aimed at distracting from \
         Vesterian arms deliveries to Varn.",
    );
    assert!(doc.claims().iter().any(|c| c.status == ClaimStatus::Denied), "{:#?}", doc.claims());
    assert_ne!(event_of(&doc, "deliveries").status, EventStatus::Denied, "{:#?}", doc.events());
    let doc = analyse_parsed("Norland's Foreign Ministry denied the report that 200 troops had been deployed to Varn.");
    assert_eq!(event_of(&doc, "deployed").status, EventStatus::Denied, "{:#?}", doc.events());
    // A comma inside the report's clause does not end what is denied.
    for text in [
        "Norland's Foreign Ministry denied the report that 200 troops, backed by armour, had been deployed to Varn.",
        "Norland's Foreign Ministry denied the report that 200 troops, including 40 tank crews, had been deployed to Varn.",
    ] {
        let doc = analyse_parsed(text);
        assert_eq!(event_of(&doc, "deployed").status, EventStatus::Denied, "{text}: {:#?}", doc.events());
    }
}

#[test]
fn forces_crossing_into_a_place_or_a_border_move_and_a_line_crossed_in_a_dispute_does_not() {
    for (text, place) in [
        ("Officials said 300 Norlandic troops crossed into Varn on Monday.", Some("Varn")),
        ("Officials said the column crossed the border near Kessa overnight.", Some("Kessa")),
    ] {
        let doc = analyse_parsed(text);
        let e = event_of(&doc, "crossed");
        assert_eq!(e.event_type, "cross", "{text}: {e:#?}");
        assert!(place.is_none_or(|p| e.places.iter().any(|(i, _)| doc.places().places[*i].name == p)), "{text}: {e:#?}");
    }
    for text in [
        "Officials said the minister crossed the line with his remarks.",
        "Officials said thousands of refugees crossed the border into Varn on Monday.",
        "Officials said the pipeline crosses the border near Kessa.",
        "Officials said the war crossed into its fourth year.",
    ] {
        let doc = analyse_parsed(text);
        assert!(!doc.events().iter().any(|e| e.event_type == "cross"), "{text}: {:#?}", doc.events());
    }
}

#[test]
fn a_strike_report_dates_every_coordinated_happening_and_drops_what_is_unmentioned_or_only_placed() {
    let doc = analyse_parsed(
        "A Norlandic missile strike on Varn killed at least seven people and wounded 42 on Monday evening, the governor said. \
         The ministry said its forces had struck a depot in Varn, but did not mention civilian casualties. \
         A rescuer carries an injured woman from a damaged building in Varn. \
         Kessa, about 30 kilometers from the border, was struck by three drones overnight.",
    );
    for trigger in ["strike", "killed"] {
        let e = event_of(&doc, trigger);
        assert_eq!(e.time.as_ref().map(|t| t.0.as_str()), Some("2025-03-03TEV"), "{trigger}: {e:#?}");
    }
    // (The dead and the wounded of the clause are one toll.)
    assert!(event_of(&doc, "killed").other_triggers.iter().any(|t| doc.slice(*t) == "wounded"), "{:#?}", doc.events());
    assert!(!doc.events().iter().any(|e| doc.slice(e.trigger) == "casualties"), "unmentioned: {:#?}", doc.events());
    assert!(!doc.events().iter().any(|e| doc.slice(e.trigger) == "carries"), "one person carried: {:#?}", doc.events());
    let struck = event_of(&doc, "struck");
    let units: Vec<Option<&str>> = struck.quantities.iter().map(|&q| doc.quantities()[q].unit.as_deref()).collect();
    assert_eq!(units, [Some("drones")], "a distance placing the town is no figure of the strike: {struck:#?}");
    // Other happenings are presumed, and two subjects do not share a date.
    let doc = analyse_parsed(
        "Officials said Norland did not acknowledge the strike, which killed 12 people. \
         Officials said Norlandic forces shelled Kessa and Vesterian troops withdrew from Varn on Monday.",
    );
    assert!(doc.events().iter().any(|e| doc.slice(e.trigger) == "strike"), "{:#?}", doc.events());
    assert!(event_of(&doc, "shelled").time.is_none(), "{:#?}", doc.events());
}

#[test]
fn a_second_that_clause_keeps_its_own_time_and_either_sides_claims_are_all_unverified() {
    let doc = analyse_parsed(
        "The governor said that two of the wounded were children and that rescue crews were still searching the rubble early on Tuesday. \
         The Norlandic ministry said its forces had struck a depot in Varn. \
         The mayor said 14 buildings were damaged. \
         He put the number of people left homeless at around 300. \
         The Kessa Herald could not independently verify either side's account.",
    );
    let wounded = event_of(&doc, "wounded");
    assert!(wounded.time.is_none(), "the searching's Tuesday is not the wounding's: {wounded:#?}");
    let claims = doc.claims();
    let homeless = claims.iter().find(|c| doc.slice(c.content).contains("homeless")).unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(homeless.cue_span.map(|s| doc.slice(s)), Some("put"), "{homeless:#?}");
    for c in claims {
        assert_eq!(c.status, ClaimStatus::Unverified, "{}: {c:#?}", doc.slice(c.content));
    }
}

#[test]
fn a_nationality_before_a_place_noun_that_only_modifies_the_actor_still_acts() {
    let doc = analyse_parsed("Officials said Norlandic border guards detained 12 people near Varn on Monday.");
    let e = event_of(&doc, "detained");
    let actors: Vec<&str> = e.actors.iter().map(|(a, _)| doc.entities().entities[*a].name.as_str()).collect();
    assert!(actors.contains(&"Norlandic"), "{actors:?}: {e:#?}");
}

#[test]
fn a_reported_thing_is_no_claim_and_these_claims_are_the_ones_just_made() {
    let doc = analyse_parsed(
        "A spokesman for the Norlandic border service said he had no information about any fighting. \
         Bloggers claimed that up to 100 troops were involved. These claims could not be verified. \
         The reported raid comes six weeks after the Varn offensive.",
    );
    let claims = doc.claims();
    assert!(!claims.iter().any(|c| c.cue_span.is_some_and(|s| doc.slice(s) == "reported")), "{claims:#?}");
    let spokesman = claims.iter().find(|c| doc.slice(c.content).contains("no information")).unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(spokesman.status, ClaimStatus::Asserted, "{spokesman:#?}");
    // Shelling on either side of a border is no caveat about either side's claims.
    let doc = analyse_parsed(
        "The mayor said the bridge had reopened. The river was calm. Boats were moored. Shops opened late. \
         The governor said 14 buildings were damaged. \
         The Kessa Herald could not verify reports of shelling on either side of the border.",
    );
    let claim = |words: &str| doc.claims().iter().find(|c| doc.slice(c.content).contains(words)).unwrap_or_else(|| panic!("{:#?}", doc.claims())).status;
    assert_eq!(claim("buildings"), ClaimStatus::Unverified, "the claim just before");
    assert_eq!(claim("bridge"), ClaimStatus::Asserted, "a claim far back");
}

#[test]
fn these_figures_are_those_of_the_claim_just_before_and_previous_statements_are_no_evidence() {
    let doc = analyse_parsed(
        "The Norlandic ministry said 400 troops had crossed into Varn. Officials met in Kessa on Friday. \
         A brigade spokesman said that up to 200 vehicles were lost near Varn. \
         The Kessa Herald cannot independently verify these figures. \
         Spokesman Per Olsen said he had nothing to add to previous statements.",
    );
    let claim = |words: &str| doc.claims().iter().find(|c| doc.slice(c.content).contains(words)).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(claim("200 vehicles").status, ClaimStatus::Unverified);
    assert_eq!(claim("400 troops").status, ClaimStatus::Asserted, "figures two sentences up are not these");
    assert!(claim("nothing to add").evidence.is_empty(), "{:#?}", claim("nothing to add"));
}

#[test]
fn a_quotation_going_on_after_its_cue_is_the_same_speakers_words() {
    let doc = analyse_parsed(
        "“We see no reaction from our partners,” Olsen said in his nightly address. “They are already in Varn. We have the intelligence.” \
         “The ships left,” Moss said. “They will be back,” the admiral added.",
    );
    let claims = doc.claims();
    let olsen = claims.iter().find(|c| doc.slice(c.content).starts_with("“We see")).unwrap_or_else(|| panic!("{claims:#?}"));
    assert!(doc.slice(olsen.content).ends_with("We have the intelligence.”"), "{}", doc.slice(olsen.content));
    // A paraphrase ending in a quotation goes on the same way.
    let doc2 = analyse_parsed("Olsen said the raid was “a provocation.” “We will respond.”");
    let mixed = doc2.claims().iter().find(|c| doc2.slice(c.content).contains("provocation")).unwrap_or_else(|| panic!("{:#?}", doc2.claims()));
    assert!(doc2.slice(mixed.content).ends_with("“We will respond.”"), "{}", doc2.slice(mixed.content));
    // A quotation with a cue of its own is another claim.
    let moss = claims.iter().find(|c| doc.slice(c.content).starts_with("“The ships")).unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(doc.slice(moss.content), "“The ships left,”");
}

#[test]
fn a_source_and_cue_set_off_by_commas_interrupt_one_statement() {
    let doc = analyse_parsed(
        "All of this, the minister acknowledged, could be undone by the vote. \
         “On this basis,” Olsen said, “the port will stay closed until March.”",
    );
    let claim = |cue: &str| {
        let c = doc.claims().iter().find(|c| c.cue_span.is_some_and(|s| doc.slice(s) == cue)).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
        doc.slice(c.content)
    };
    assert_eq!(claim("acknowledged"), "All of this, the minister acknowledged, could be undone by the vote");
    assert_eq!(claim("said"), "“On this basis,” Olsen said, “the port will stay closed until March.”");
}

#[test]
fn a_kind_of_happening_judged_in_general_is_no_happening() {
    for text in ["Large movements of troops out of Varn are unusual, analysts say.", "Officials said such strikes on Kessa are rare."] {
        let doc = analyse_parsed(text);
        assert!(doc.events().is_empty(), "{text}: {:#?}", doc.events());
    }
    for text in ["Officials said the strikes on Kessa were heavy on Monday.", "Officials said the attack on Kessa was unusual because it hit a school."] {
        let doc = analyse_parsed(text);
        assert!(!doc.events().is_empty(), "{text}: a strike told is one");
    }
}

#[test]
fn an_insertion_does_not_join_the_writers_clause_a_setting_or_a_name_quoted_in_a_sentence() {
    let doc = analyse_parsed(
        "Troops withdrew on Tuesday, but the fighting, officials said, continued near Kessa. \
         Ships have left Varn, the ministry said, in a statement on Monday. \
         “We will not retreat,” Olsen said. “Operation Dawn” began on Monday.",
    );
    let content = |words: &str| doc.slice(doc.claims().iter().find(|c| doc.slice(c.content).contains(words)).unwrap_or_else(|| panic!("{:#?}", doc.claims())).content);
    assert!(!content("continued").contains("withdrew"), "{}", content("continued"));
    assert!(!content("Ships have left").contains("statement"), "{}", content("Ships have left"));
    assert!(!content("not retreat").contains("Dawn"), "{}", content("not retreat"));
}

#[test]
fn a_cargo_carried_to_a_port_the_gazetteer_lacks_is_a_transport() {
    // "Tolmor" is in no gazetteer: the recogniser's name is enough for a destination.
    let doc = analyse_parsed("Officials said the rockets were carried by two cargo ships to the port of Tolmor on Monday.");
    assert!(doc.events().iter().any(|e| doc.slice(e.trigger) == "carried" && e.event_type == "transport"), "{:#?}", doc.events());
    // Not from a port: "carried a statement from the port authority".
    let doc = analyse_parsed("Officials said the newspaper carried a statement from the port authority on Monday.");
    assert!(!doc.events().iter().any(|e| doc.slice(e.trigger) == "carried"), "{:#?}", doc.events());
}

#[test]
fn bases_across_a_country_and_camps_located_in_a_place_are_where_forces_were_sent() {
    let roles = |text: &str, trigger: &str| -> Vec<(String, PlaceRole)> {
        let doc = analyse_parsed(text);
        let e = event_of(&doc, trigger);
        e.places.iter().map(|(p, r)| (doc.places().places[*p].name.clone(), *r)).collect()
    };
    let deployed = roles("Officials said 2,000 troops were deployed to bases across Norland.", "deployed");
    assert_eq!(deployed, [("Norland".to_string(), PlaceRole::Destination)]);
    let sent = roles("Officials said 2,000 troops were sent to camps located in Varn.", "sent");
    assert_eq!(sent, [("Varn".to_string(), PlaceRole::Destination)]);
}

#[test]
fn a_denial_of_the_report_contradicts_its_lead_and_independent_sources_corroborate() {
    let doc = analyse(
        "The Norlandic Defense Ministry said 1,200 troops had crossed into Varn on Monday. \
         Governor Ivo Tarn said that 1,200 troops had crossed into Varn on Monday. \
         The ministry said the troops were then moved to the Kessa garrison. \
         Varn's governor dismissed the report as fabricated.",
    );
    let claims = doc.claims();
    let first = claims.iter().position(|c| doc.slice(c.content).contains("crossed")).expect("the lead claim");
    let denial = claims.iter().position(|c| c.status == ClaimStatus::Denied).unwrap_or_else(|| panic!("{claims:#?}"));
    let relations = doc.relations();
    assert!(
        relations.iter().any(|r| r.relation == RelationType::Contradicts && r.from == denial && r.to == first),
        "the report denied is the ministry's lead claim: {relations:#?}"
    );
    let herald = claims.iter().rposition(|c| doc.slice(c.content).contains("crossed into")).expect("the second telling");
    let same = relations.iter().find(|r| (r.from, r.to) == (herald, first)).unwrap_or_else(|| panic!("{relations:#?}"));
    assert_eq!((same.relation, same.independent), (RelationType::Corroborates, true), "another source's same words corroborate");
    // A spokesman of the ministry repeats it; so would a news outlet.
    let doc = analyse(
        "The Norlandic Defense Ministry said 1,200 troops had crossed into Varn on Monday. \
         Ministry spokesman Ivo Tarn said that 1,200 troops had crossed into Varn on Monday.",
    );
    let r = doc.relations().iter().find(|r| r.relation != RelationType::Contradicts).unwrap_or_else(|| panic!("{:#?}", doc.relations()));
    assert_eq!((r.relation, r.independent), (RelationType::Repeats, false), "{:#?}", doc.claims());
    // A country and its own ministry are one voice.
    let doc = analyse(
        "Norland said 1,200 troops had crossed into Varn on Monday. \
         The Norlandic Defense Ministry said that 1,200 troops had crossed into Varn on Monday.",
    );
    let r = doc.relations().iter().find(|r| r.relation != RelationType::Contradicts).unwrap_or_else(|| panic!("{:#?}", doc.relations()));
    assert_eq!((r.relation, r.independent), (RelationType::Repeats, false), "{:#?}", doc.claims());
    // "The claim that ..." is the claim with those words, not the lead.
    let doc = analyse(
        "Varn said 90 drones were launched overnight. Varn said a hospital in Kessa was hit. \
         The Norlandic Defense Ministry rejected the claim that it had hit a hospital in Kessa.",
    );
    let claims = doc.claims();
    let hospital = claims.iter().position(|c| doc.slice(c.content).contains("hospital") && c.status != ClaimStatus::Denied).expect("hospital");
    let denial = claims.iter().position(|c| c.status == ClaimStatus::Denied).unwrap_or_else(|| panic!("{claims:#?}"));
    let targets: Vec<usize> = doc.relations().iter().filter(|r| r.relation == RelationType::Contradicts && r.from == denial).map(|r| r.to).collect();
    assert_eq!(targets, [hospital], "{claims:#?}");
}

#[test]
fn a_setting_clause_is_no_part_of_a_denial_and_its_subject_acts_alone() {
    let doc = analyse_parsed(
        "The Norlandic Defense Ministry on Friday rejected reports that troops had crossed into Varn, \
         calling them \"fabrications,\" as Varn's governor summoned the Norlandic envoy to protest the crossing.",
    );
    let layer = doc.entities();
    let denials: Vec<&str> = doc.claims().iter().filter(|c| c.status == ClaimStatus::Denied).map(|c| doc.slice(c.content)).collect();
    assert!(!denials.is_empty() && denials.iter().all(|c| !c.contains("summoned")), "the reporter's setting is not denied: {denials:?}");
    let summoned = doc.events().iter().find(|e| doc.slice(e.trigger) == "summoned").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(summoned.status, EventStatus::Occurred);
    assert!(summoned.actors.iter().all(|(e, _)| layer.entities[*e].name != "Norlandic Defense Ministry"), "{:#?}", summoned.actors);
    // A comparison is no clause, and a speaker's reason after a comma is the speaker's.
    for (text, words) in [
        ("The Norlandic Defense Ministry denied supplying weapons such as drones that were used in Varn.", "such as drones"),
        ("The Norlandic Defense Ministry denied targeting civilians as well as the hospital that Varn says was hit.", "the hospital"),
        ("The governor of Varn said the ferries would keep running, as the Norlandic navy has shown no interest in the port.", "shown no interest"),
    ] {
        let doc = analyse_parsed(text);
        assert!(doc.claims().iter().any(|c| doc.slice(c.content).contains(words)), "{text}: {:#?}", doc.claims());
    }
    let doc = analyse_parsed("The Norlandic Defense Ministry denied it, as Varn's governor summoned the envoy.");
    let layer = doc.entities();
    let summoned = doc.events().iter().find(|e| doc.slice(e.trigger) == "summoned").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(summoned.actors.iter().all(|(e, _)| layer.entities[*e].name != "Norlandic Defense Ministry"), "{:#?}", summoned.actors);
}

#[test]
fn a_connective_opening_the_sentence_is_no_part_of_what_was_said() {
    for (text, content) in [
        ("Meanwhile, Norlandic strikes on Varn killed three people overnight, the governor said.", "Norlandic strikes on Varn killed three people overnight"),
        ("But the ferries ran late, the harbor master said.", "the ferries ran late"),
        ("Yet another drone attack hit Varn overnight, the governor said.", "Yet another drone attack hit Varn overnight"),
        ("\"But we will stay,\" the mayor said.", "\"But we will stay,\""),
    ] {
        let doc = analyse_parsed(text);
        let contents: Vec<&str> = doc.claims().iter().map(|c| doc.slice(c.content)).collect();
        assert_eq!(contents, [content], "{text}");
    }
}

#[test]
fn weapons_being_sent_are_an_arms_transfer_and_a_sending_considered_is_planned() {
    let kinds = |text: &str| -> Vec<(String, EventStatus)> {
        let doc = analyse_parsed(text);
        doc.events().iter().map(|e| (e.event_type.to_string(), e.status)).collect()
    };
    assert_eq!(kinds("Norland considers sending weapons to Varn."), [("arms_transfer".to_string(), EventStatus::Planned)]);
    assert_eq!(kinds("Norland is sending troops to Varn, officials said."), [("deploy".to_string(), EventStatus::Ongoing)]);
    // Weighing is a plan only right before the act: not "a bomb weighing 1.5 tonnes hit".
    let hit = kinds("A glide bomb weighing 1.5 tonnes hit a school in Varn, officials said.");
    assert!(hit.iter().all(|(_, s)| *s != EventStatus::Planned), "{hit:?}");
}

#[test]
fn a_headlines_kicker_is_no_part_of_what_the_source_says() {
    let doc = analyse_parsed("Border war live: Norlandic troops seen in Varn, Kessa says\n\nThe ferries ran late on Monday.\n");
    let contents: Vec<&str> = doc.claims().iter().map(|c| doc.slice(c.content)).collect();
    assert_eq!(contents, ["Norlandic troops seen in Varn"], "{:#?}", doc.claims());
}


#[test]
fn what_an_earlier_version_said_is_retracted() {
    let doc = analyse(
        "The governor said nine people were killed.\n\nCorrection: An earlier version of this article said the governor put the toll at 12. He said nine.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "toll at 12")].status, ClaimStatus::Retracted, "{:#?}", doc.claims());
    assert_eq!(doc.claims()[claim_with(&doc, "nine people")].status, ClaimStatus::Asserted);
    // With the version's date set off by commas.
    let doc = analyse_parsed("An earlier version of this article, published on Friday, said seven people were killed in Kessa. That figure was wrong.");
    let seven = &doc.claims()[claim_with(&doc, "seven people")];
    assert_eq!(seven.status, ClaimStatus::Retracted, "{:#?}", doc.claims());
    assert_eq!(seven.source_span.map(|s| doc.slice(s)), Some("An earlier version of this article"));
}

#[test]
fn he_after_a_person_named_by_title_is_the_one_introduced_with_it() {
    let doc = analyse_parsed(
        "The regional governor of Varn, Pavel Sukhin, said nine people had died. \
         Kremlin spokesman Dmitry Orlov denied that the port handled cargo. \
         An earlier version of this post said the governor put the toll at 12. He said nine.",
    );
    let nine = doc.claims().iter().position(|c| doc.slice(c.content) == "nine").unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(source_name(&doc, nine), "Pavel Sukhin");
    // Named by a speaker who is himself the subject before it, the titled person is not "he".
    let doc = analyse_parsed(
        "Governor Pavel Sukhin said nine people had died. Kremlin spokesman Dmitry Orlov said the governor had exaggerated. He said four.",
    );
    let four = doc.claims().iter().position(|c| doc.slice(c.content) == "four").unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(source_name(&doc, four), "Dmitry Orlov");
}


#[test]
fn a_passive_report_has_no_source_and_a_regime_is_no_place() {
    let doc = analyse_parsed(
        "Governor Anna Berg said that debris damaged a power line. No casualties were reported, she added. \
         The ministry said an attempt by the Varn regime to carry out attacks with drones was thwarted.",
    );
    let sources: Vec<&str> = doc.claims().iter().filter_map(|c| c.source_span.map(|s| doc.slice(s))).collect();
    assert!(!sources.contains(&"No casualties"), "{:#?}", doc.claims());
    assert_eq!(doc.slice(doc.claims()[claim_with(&doc, "No casualties")].content), "No casualties were reported");
    let attack = event_of(&doc, "attacks");
    assert!(attack.places.is_empty(), "the regime acts, the attack is not in Varn: {attack:#?}");
}

#[test]
fn combat_losses_are_casualties_and_a_companys_losses_are_not() {
    let doc = analyse_parsed(
        "The General Staff reported that the total combat losses of the Varnian troops amounted to about 880,000 personnel. \
         The shipyard reported losses of $2 million in the quarter.",
    );
    let tolls: Vec<_> = doc.events().iter().filter(|e| e.event_type == "casualties").collect();
    assert_eq!(tolls.len(), 1, "{tolls:#?}");
    let counted: Vec<f64> = tolls[0].quantities.iter().map(|&q| doc.quantities()[q].value).collect();
    assert_eq!(counted, [880_000.0], "{tolls:#?}");
}


#[test]
fn a_count_opening_a_coordinated_clause_is_that_clauses() {
    let doc = analyse_parsed("About 1,200 troops were moved to Kessa last week, and 300 were moved to Varn, the ministry said.");
    let counts: Vec<Vec<f64>> = doc
        .events()
        .iter()
        .filter(|e| e.event_type == "transport")
        .map(|e| e.quantities.iter().map(|&q| doc.quantities()[q].value).collect())
        .collect();
    assert_eq!(counts, [vec![1200.0], vec![300.0]], "{:#?}", doc.events());
}

#[test]
fn imagery_shows_numbers_and_quotations_and_a_headline_verb_shows_nothing() {
    let doc = analyse_parsed("What the Footage Shows\n\nSatellite imagery from March 10 shows 20 new tents at the base. The video shows “a column of tanks” near Varn.");
    let contents: Vec<&str> = doc.claims().iter().map(|c| doc.slice(c.content)).collect();
    assert!(contents.iter().any(|c| c.starts_with("20 new tents")), "{contents:?}");
    assert!(contents.iter().any(|c| c.contains("a column of tanks")), "{contents:?}");
    assert!(!contents.contains(&"What the Footage"), "{contents:?}");
}

#[test]
fn an_operation_that_began_and_an_unconfirmed_date_deny_and_doubt_nothing() {
    let doc = analyse("The army said the statement was issued after the operation began.");
    assert_eq!(doc.claims()[claim_with(&doc, "operation began")].status, ClaimStatus::Asserted);
    let doc = analyse("The president said he would meet the Norlandic leader. The date of the meeting has not been confirmed.");
    assert_eq!(doc.claims()[claim_with(&doc, "would meet")].status, ClaimStatus::Asserted);
    // A claim called unconfirmed is one.
    let doc = analyse("Bloggers said 200 soldiers reached Kessa, but that claim has not been confirmed.");
    assert_eq!(doc.claims()[claim_with(&doc, "200 soldiers")].status, ClaimStatus::Unverified);
}

#[test]
fn a_later_figure_updates_a_count_and_a_figure_of_the_same_time_contradicts_it() {
    let doc = analyse_parsed(
        "On Oct. 18, Varnia's intelligence service said about 1,500 Norlandic troops had been shipped to Kessa. \
         On Nov. 20, the Pentagon said 10,000 Norlandic troops had been shipped to Kessa.",
    );
    assert!(doc.relations().iter().all(|r| r.relation != RelationType::Contradicts), "{:#?}", doc.relations());
    let doc = analyse_parsed(
        "On Oct. 18, Varnia's intelligence service said about 1,500 Norlandic troops had been shipped to Kessa. \
         On Oct. 18, the Pentagon said 10,000 Norlandic troops had been shipped to Kessa.",
    );
    assert!(doc.relations().iter().any(|r| r.relation == RelationType::Contradicts), "{:#?}", doc.relations());
}

#[test]
fn a_date_opening_the_sentence_or_the_verb_before_a_participle_dates_the_statement() {
    let doc = analyse_parsed(
        "On Oct. 18, Varnia's intelligence service said about 1,500 troops had been shipped to Kessa. \
         The Kessa Monitor gave a higher figure on Nov. 5, saying 11,000 troops were in Kessa. \
         On Oct. 20, 300 troops were moved to Varn, the ministry said.",
    );
    let date = |words: &str| doc.claims()[claim_with(&doc, words)].date.clone().unwrap_or_default();
    assert_eq!(date("about 1,500"), "2024-10-18");
    assert_eq!(date("11,000 troops"), "2024-11-05");
    // A date inside what is said dates the happening, not the statement.
    assert_eq!(date("300 troops"), "2025-03-07");
    let shipped = event_of(&doc, "shipped");
    assert!(shipped.time.is_none(), "the statement's date is not the shipment's: {shipped:#?}");
}


#[test]
fn bare_group_nouns_periods_dates_of_noun_phrases_and_prepositional_bodies_name_nothing() {
    let doc = analyse_parsed(
        "The Varnian army said Norlandic forces fired 200 rockets. The group said it targeted military sites. \
         Since February 2022, the Kessa Monitor said, more than 10,000 civilians have been killed. \
         The Kessa Monitor blamed Varn for the March 3 attack, saying it was a war crime. \
         After the Varn Front fired rockets, a spokesman said the army would respond.",
    );
    assert_ne!(source_name(&doc, claim_with(&doc, "targeted military sites")), "Varnian army", "{:#?}", doc.claims());
    let date = |words: &str| doc.claims()[claim_with(&doc, words)].date.clone().unwrap_or_default();
    assert_eq!(date("10,000 civilians"), "2025-03-07", "a period is no statement date");
    assert_eq!(date("war crime"), "2025-03-07", "the attack's date is not the calling's");
    assert_ne!(source_name(&doc, claim_with(&doc, "would respond")), "Varn Front", "{:#?}", doc.claims());
}

#[test]
fn the_speakers_own_doubt_hedges_the_claim() {
    let doc = analyse("Colonel Berg said the ships carried armored vehicles, \"but we cannot confirm the number.\"");
    assert_eq!(doc.claims()[claim_with(&doc, "armored vehicles")].status, ClaimStatus::Hedged, "{:#?}", doc.claims());
    let doc = analyse("Colonel Berg said the ships carried armored vehicles. The Herald could not verify the claim.");
    assert_eq!(doc.claims()[claim_with(&doc, "armored vehicles")].status, ClaimStatus::Unverified);
}

#[test]
fn a_second_cue_after_the_comma_has_its_own_content() {
    let doc = analyse_parsed("The Kessa Institute published a report on Tuesday. Analysts counted four ships making 26 round trips over that period, it said, and estimated each container holds around 600 shells.");
    let said = doc.claims().iter().find(|c| c.cue_span.is_some_and(|s| doc.slice(s) == "said")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(doc.slice(said.content), "Analysts counted four ships making 26 round trips over that period");
    let estimated = doc.claims().iter().find(|c| c.cue_span.is_some_and(|s| doc.slice(s) == "estimated")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(doc.slice(estimated.content), "each container holds around 600 shells");
    assert_eq!(estimated.source_entity, said.source_entity);
}

#[test]
fn the_report_is_its_authors_and_its_findings_unverified_are_theirs() {
    let doc = analyse_parsed(
        "The Kessa Institute for Security published a report on Tuesday. The institute said 1,700 containers were loaded at Port Hallin. \
         The Norlandic navy said last month it had intercepted a fifth vessel. Varn's foreign ministry dismissed the report as fabrication. \
         The findings could not be independently verified. More shipments are expected before the end of the year, the report said.",
    );
    let name = |c: &sitrep_doc::Claim| c.source_entity.map(|e| doc.entities().entities[e].name.clone());
    let by_content = |t: &str| doc.claims().iter().find(|c| doc.slice(c.content).contains(t)).unwrap_or_else(|| panic!("{t}: {:#?}", doc.claims()));
    let later = by_content("More shipments");
    assert_eq!(name(later).as_deref(), Some("Kessa Institute for Security"), "{later:#?}");
    assert_eq!(by_content("1,700 containers").status, ClaimStatus::Unverified);
    assert_eq!(name(by_content("1,700 containers")).as_deref(), Some("Kessa Institute for Security"), "\"the institute\" refers back");
    assert_ne!(by_content("fifth vessel").status, ClaimStatus::Unverified, "the navy's claim is not the report's");
    // A report first named by someone who dismisses it, then by its author.
    let doc = analyse_parsed(
        "The Norlandic government dismissed reports that Norland shipped shells. The SSB cited a report published last week by the Kessa Institute for Security. \
         More shipments are expected, the report said.",
    );
    let name = |c: &sitrep_doc::Claim| c.source_entity.map(|e| doc.entities().entities[e].name.clone());
    let later = doc.claims().iter().find(|c| doc.slice(c.content).contains("More shipments")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(name(later).as_deref(), Some("Kessa Institute for Security"), "{later:#?} {:#?}", doc.entities());
}

#[test]
fn a_daily_update_is_where_it_was_said_not_what() {
    let doc = analyse_parsed("Norlandic forces likely made marginal gains near Varn on Nov. 20, according to geolocated footage, the Kessa Institute said in its daily update.");
    let said = doc.claims().iter().find(|c| c.cue_span.is_some_and(|s| doc.slice(s).starts_with("said"))).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert!(doc.slice(said.content).starts_with("Norlandic forces likely made"), "{:?}", doc.slice(said.content));
}

#[test]
fn evidence_described_by_a_participle_and_a_firms_registry_say_nothing() {
    let doc = analyse_parsed("Radar images from the coast guard, released on Monday, appear to show the tanker alongside a smaller vessel.");
    assert!(doc.claims().iter().all(|c| !c.cue_span.is_some_and(|k| doc.slice(k) == "released")), "{:#?}", doc.claims());
    assert!(doc.claims().iter().any(|c| doc.slice(c.content) == "the tanker alongside a smaller vessel"), "{:#?}", doc.claims());
    let doc = analyse_parsed("The shipowner, a company registered in Norland, said in an email that the tanker was carrying legal cargo.");
    let said = doc.claims().iter().find(|c| doc.slice(c.content).contains("legal cargo")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert!(said.source_span.is_some_and(|s| doc.slice(s).starts_with("The shipowner")), "{said:#?}");
    assert!(said.source_entity.is_none_or(|e| doc.entities().entities[e].name != "Norland"), "{said:#?}");
}

#[test]
fn a_denial_of_the_claim_contradicts_the_claim_just_told() {
    let doc = analyse_parsed(
        "The Kessa Liberation Front said on Sunday it had taken control of Port Hallin. The UN said 1,200 civilians had fled. \
         The Norland junta claimed its aircraft struck a camp near Varn. The Varn Defence Army denied the claim, saying the strike hit a school.",
    );
    let claim = doc.claims().iter().position(|c| doc.slice(c.content).contains("aircraft struck")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    let denial = doc.claims().iter().position(|c| c.status == ClaimStatus::Denied).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    let contradicted: Vec<usize> = doc.relations().iter().filter(|r| r.relation == RelationType::Contradicts && r.from == denial).map(|r| r.to).collect();
    assert_eq!(contradicted, [claim], "{:#?} {:#?}", doc.relations(), doc.claims());
}

#[test]
fn a_question_asks_whether_anyone_said_anything() {
    let doc = analyse_parsed("Q: Has Norland confirmed your figures?\n\nA: The Norlandic Border Guard told us it does not comment on estimates.");
    assert!(doc.claims().iter().all(|c| !doc.slice(c.content).contains("figures")), "{:#?}", doc.claims());
    assert!(doc.claims().iter().any(|c| doc.slice(c.content).contains("does not comment")), "{:#?}", doc.claims());
    // A question heading of an explainer asks too.
    let doc = analyse_parsed("What does Norland say?\n\nNorland's Defence Ministry said its air defences had shot down 54 drones.");
    let heading_end = doc.text().find('?').unwrap_or(0);
    assert!(doc.claims().iter().all(|c| c.cue_span.is_none_or(|k| k.start() > heading_end)), "{:#?}", doc.claims());
    // A claim in a clause of its own inside a wh-question stays.
    let doc = analyse_parsed("Why are Iskander missiles, which Varn says Norland fired at Kessa, so hard to intercept?");
    assert!(doc.claims().iter().any(|c| doc.slice(c.content).contains("fired")), "{:#?}", doc.claims());
    // A quotation that asks is still said.
    let doc = analyse_parsed("“We heard nothing. Did the ministry confirm it?” the senator asked.");
    assert!(doc.claims().iter().any(|c| doc.slice(c.content).contains("confirm it")), "{:#?}", doc.claims());
}

#[test]
fn a_participle_closes_its_own_clause_and_weapons_sent_nowhere_named_are_a_transfer() {
    let doc = analyse_parsed(
        "Norland and Varn have not confirmed the deployment, but Varnian President Anton Virta did not deny it, saying it was his country's right.",
    );
    let saying = doc.claims().iter().find(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "saying")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(saying.source_entity.map(|e| doc.entities().entities[e].name.as_str()), Some("Anton Virta"), "{saying:#?}");
    let doc = analyse_parsed("Norland is also preparing to send additional self-propelled howitzers and rocket launchers, the Kessa Institute said.");
    let sent = doc.events().iter().find(|e| e.event_type == "arms_transfer").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(sent.status, EventStatus::Planned);
    // (What flies, sent with no direction, may be an attack as well: no transfer.)
    let doc = analyse_parsed("Norland sent 40 drones overnight, the Kessa Institute said.");
    assert!(doc.events().iter().all(|e| e.event_type != "arms_transfer"), "{:#?}", doc.events());
}

#[test]
fn neither_account_confirmed_leaves_both_sides_unverified_and_who_fired_is_asked() {
    let doc = analyse_parsed(
        "Norland's Defense Ministry said Varnian forces opened fire on its positions near Kessa. \
         Varn's Defense Ministry said Norlandic units had fired first. \
         Neither account could be independently confirmed. Monitors could not determine who fired first.",
    );
    let unverified = doc.claims().iter().filter(|c| c.status == ClaimStatus::Unverified).count();
    assert_eq!(unverified, 2, "{:#?}", doc.claims());
    let fire: Vec<_> = doc.events().iter().filter(|e| e.event_type == "attack").map(|e| doc.slice(e.trigger)).collect();
    assert_eq!(fire, ["fire", "fired"], "opened fire, fired first; not who fired: {:#?}", doc.events());
}

#[test]
fn a_month_is_no_modal_and_a_since_of_another_verb_dates_nothing() {
    let doc = analyse_parsed(
        "KESSA, May 6 — Drones struck fuel depots in Kessa on Tuesday, the third straight day of attacks on the city that has served as the seat of government since 2023.",
    );
    let struck = doc.events().iter().find(|e| doc.slice(e.trigger) == "struck").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(struck.status, EventStatus::Occurred);
    let attacks = doc.events().iter().find(|e| doc.slice(e.trigger) == "attacks").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(attacks.time.as_ref().is_none_or(|(start, _)| !start.starts_with("2023")), "{attacks:#?}");
    let doc = analyse_parsed("It was the first clash since the autumn of 2023, when Norlandic forces captured Kessa.");
    let retook = doc.events().iter().find(|e| doc.slice(e.trigger) == "captured").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert_eq!(retook.time.as_ref().map(|(s, e)| (s.as_str(), e.as_str())), Some(("2023-FA", "2023-FA")), "{retook:#?}");
}

#[test]
fn the_speakers_own_information_a_countrys_forces_and_drones_shot_down() {
    let doc = analyse_parsed(
        "The SSB reports that, according to available information, more than 3,000 servicemen of the armed forces of Norland have been transferred to Kessa.",
    );
    assert!(doc.claims().iter().all(|c| !c.source_span.is_some_and(|s| doc.slice(s).contains("information"))), "{:#?}", doc.claims());
    let moved = doc.events().iter().find(|e| doc.slice(e.trigger) == "transferred").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let names: Vec<&str> = moved.places.iter().map(|(p, _)| doc.places().places[*p].name.as_str()).collect();
    assert!(!names.contains(&"Norland"), "whose the forces are is no place: {moved:#?} {names:?}");
    let doc = analyse_parsed("Varn's air force said Norland had launched 40 drones overnight, of which 35 drones were shot down.");
    assert!(doc.events().iter().any(|e| doc.slice(e.trigger) == "shot"), "{:#?}", doc.events());
}

#[test]
fn what_the_second_review_found_reads_as_it_should() {
    let attacks = |text: &str| {
        let doc = analyse_parsed(text);
        doc.events().iter().filter(|e| e.event_type == "attack").map(|e| doc.slice(e.trigger).to_string()).collect::<Vec<_>>()
    };
    assert!(attacks("Chip shortages have hit drone production in Norland.").is_empty());
    assert!(attacks("The senator fired back at critics on Tuesday.").is_empty());
    assert_eq!(attacks("A missile hit a fuel depot in Kessa."), ["hit"]);
    let doc = analyse_parsed("Debris from a downed drone fell on a house in Kessa.");
    assert!(doc.events().iter().all(|e| doc.slice(e.trigger) != "downed"), "{:#?}", doc.events());
    // Two agreements in one sentence stay two.
    let doc = analyse_parsed("Norland signed a peace deal with Varn and a transit agreement with Kessa in June.");
    assert!(doc.events().iter().filter(|e| e.event_type == "agree").count() >= 2, "{:#?}", doc.events());
    // An open question is only one left open.
    let doc = analyse_parsed("Investigators were able to establish who fired the missile at Kessa.");
    assert!(doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
    // A clause after ", but" without a subject of its own keeps the sentence's.
    let doc = analyse_parsed("Anton Virta did not confirm the deployment, but did not deny it, saying it was Varn's right.");
    let saying = doc.claims().iter().find(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "saying")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(saying.source_entity.map(|e| doc.entities().entities[e].name.as_str()), Some("Anton Virta"), "{saying:#?}");
    // "Neither claim could be verified" reaches the accounts just given, not the lead of the
    // report, and not the claim that voices it.
    let doc = analyse_parsed(
        "The UN said 12 civilians were killed in Kessa. Aid convoys reached the city. Shops reopened. Schools stayed shut. \
         Norland said its forces held the port. Varn said it had retaken the port. Neither claim could be verified, the mission said.",
    );
    assert_eq!(doc.claims()[claim_with(&doc, "12 civilians")].status, ClaimStatus::Asserted, "{:#?}", doc.claims());
    assert_eq!(doc.claims()[claim_with(&doc, "held the port")].status, ClaimStatus::Unverified, "{:#?}", doc.claims());
    assert_ne!(doc.claims()[claim_with(&doc, "Neither claim")].status, ClaimStatus::Unverified, "{:#?}", doc.claims());
}

#[test]
fn a_datelines_country_of_several_words_a_distance_from_a_town_and_a_relative_clauses_names() {
    let doc = analyse_parsed("KESSA, Democratic Republic of Norland, Feb. 7 — Fighting has forced 400,000 people from their homes, the U.N. refugee agency said on Friday.");
    let said = doc.claims().iter().find(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "said")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert!(doc.slice(said.content).starts_with("Fighting"), "{:?}", doc.slice(said.content));
    let doc = analyse_parsed("The rebels, who experts say are backed by 4,000 Norlandic troops, then seized the mining town of Varn, some 100 km from Kessa, on Wednesday.");
    let seized = doc.events().iter().find(|e| doc.slice(e.trigger) == "seized").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(seized.actors.is_empty(), "the troops back the rebels in a clause of its own: {seized:#?}");
    let names: Vec<&str> = seized.places.iter().map(|(p, _)| doc.places().places[*p].name.as_str()).collect();
    assert!(!names.contains(&"Kessa"), "measured from Kessa is not at Kessa: {names:?}");
}

#[test]
fn names_alone_are_no_shared_subject_of_a_denial() {
    let doc = analyse_parsed(
        "The Kremlin on Thursday dismissed reports that thousands of Norlandic soldiers were training in Varn as a hoax. \
         President Anton Virta said it was Varn's sovereign decision how to implement its treaty with Norland.",
    );
    assert!(doc.relations().iter().all(|r| r.relation != RelationType::Contradicts), "{:#?} {:#?}", doc.relations(), doc.claims());
    // A common word shared still makes one.
    let doc = analyse_parsed("The Kremlin denied that Norlandic soldiers were training in Varn. Kessa's spy agency said Norlandic soldiers were training in Varn.");
    assert!(doc.relations().iter().any(|r| r.relation == RelationType::Contradicts), "{:#?} {:#?}", doc.relations(), doc.claims());
}

#[test]
fn what_the_third_review_found_reads_as_it_should() {
    // An opening acronym and a name joined by "and" are no dateline.
    let opening = |text: &str| {
        let doc = analyse_parsed(text);
        let v = crate::view::View::new(&doc);
        crate::claims::skip_dateline(&v, 0, v.len())
    };
    assert_eq!(opening("NATO and the European Union — the two blocs — struck a depot in Kessa."), 0);
    assert!(opening("KESSA, Democratic Republic of Norland, Feb. 7 — Fighting went on.") > 0);
}

#[test]
fn a_country_an_agreement_is_made_with_is_no_place_of_it() {
    let doc = analyse_parsed("Varn said it would implement its treaty with Norland, signed in Kessa in June.");
    let treaty = doc.events().iter().find(|e| e.event_type == "agree").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let names: Vec<&str> = treaty.places.iter().map(|(p, _)| doc.places().places[*p].name.as_str()).collect();
    assert!(!names.contains(&"Norland"), "{names:?} {treaty:#?}");
}

#[test]
fn continuing_to_deny_is_denying() {
    let doc = analyse_parsed("The aggressor state continues to deny the involvement of Norlandic troops in the war.");
    let denial = doc.claims().iter().find(|c| c.status == ClaimStatus::Denied).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(denial.cue_span.map(|k| doc.slice(k)), Some("continues to deny"));
    assert_eq!(denial.source_span.map(|s| doc.slice(s)), Some("The aggressor state"));
}

#[test]
fn a_comma_after_the_cue_closes_the_statement_before_it() {
    let doc = analyse_parsed(
        "Ships left Kessa on Monday, the Border Guard Service said, days after talks in Varn failed. \
         The convoy reached Varn at dawn, the ministry said in a text message to reporters.",
    );
    let ships = &doc.claims()[claim_with(&doc, "Ships left")];
    assert_eq!(doc.slice(ships.content), "Ships left Kessa on Monday");
    let convoy = &doc.claims()[claim_with(&doc, "The convoy")];
    assert_eq!(doc.slice(convoy.content), "The convoy reached Varn at dawn");
}

#[test]
fn where_reporters_were_told_is_no_part_of_what_they_were_told() {
    let doc = analyse_parsed("The minister told reporters in Kessa the ships had left Varn.");
    let c = &doc.claims()[claim_with(&doc, "the ships")];
    assert_eq!(doc.slice(c.content), "the ships had left Varn");
}

#[test]
fn a_missile_fired_into_the_sea_is_a_weapons_test_told_once() {
    let doc = analyse_parsed(
        "Norland fired a ballistic missile into the sea on Thursday, the Varn Monitor said. \
         Norland's state media said on Friday that the country had tested a new missile.",
    );
    let tests: Vec<_> = doc
        .events()
        .iter()
        .filter(|e| e.event_type == "weapons_test")
        .collect();
    assert_eq!(tests.len(), 1, "{:#?}", doc.events());
    assert_eq!(tests[0].plover, Some("MOBILIZE"));
    assert!(
        !doc.events().iter().any(|e| e.event_type == "attack"),
        "{:#?}",
        doc.events()
    );
    // Fired at a target, it is an attack.
    let doc = analyse_parsed(
        "Norland fired a ballistic missile at Kessa on Thursday, killing two people.",
    );
    assert!(
        doc.events().iter().any(|e| e.event_type == "attack"),
        "{:#?}",
        doc.events()
    );
}

#[test]
fn sanctions_imposed_have_the_imposer_and_sanctions_broken_are_none() {
    let doc = analyse_parsed("Norland on Monday imposed sanctions on five companies in Kessa.");
    let sanction = doc
        .events()
        .iter()
        .find(|e| e.event_type == "sanction")
        .unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let norland = doc
        .entities()
        .entities
        .iter()
        .position(|e| e.name == "Norland")
        .expect("Norland");
    assert!(
        sanction.actors.iter().any(|(id, _)| *id == norland),
        "{sanction:#?}"
    );
    assert!(
        !doc.claims()
            .iter()
            .any(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "imposed")),
        "{:#?}",
        doc.claims()
    );
    let doc = analyse_parsed("Officials accused Norland of breaking its own council's sanctions.");
    assert!(
        !doc.events().iter().any(|e| e.event_type == "sanction"),
        "{:#?}",
        doc.events()
    );
}

#[test]
fn fire_returned_farmers_hacked_and_attackers_fleeing_are_no_exchange_intrusion_or_exodus() {
    for text in [
        "Troops returned fire, killing two soldiers near Kessa.",
        "Attackers hacked three farmers with machetes near Kessa.",
        "Gunmen killed 12 villagers and fled into the forest near Kessa.",
        "Wounded soldiers were evacuated to Kessa on Monday.",
        "Norland returned the bodies of 50 soldiers to Varn.",
    ] {
        let doc = analyse_parsed(text);
        assert!(!doc.events().iter().any(|e| matches!(e.event_type, "release" | "cyberattack" | "displacement")), "{text}: {:#?}", doc.events());
    }
    for (text, kind) in [
        ("Norland and Varn swapped 206 prisoners of war on Saturday.", "release"),
        ("Hackers breached the ministry's computer networks in Kessa.", "cyberattack"),
        ("Thousands of residents fled Kessa as shelling intensified.", "displacement"),
    ] {
        let doc = analyse_parsed(text);
        assert!(doc.events().iter().any(|e| e.event_type == kind), "{text}: {:#?}", doc.events());
    }
}

#[test]
fn two_sources_joined_after_the_comma_both_speak() {
    let doc = analyse_parsed("KESSA, Dec. 3 — Riot police in the capital fired water cannon late on Monday, witnesses and local media said.");
    let c = &doc.claims()[claim_with(&doc, "Riot police")];
    assert_eq!(doc.slice(c.content), "Riot police in the capital fired water cannon late on Monday");
    assert_eq!(c.source_span.map(|s| doc.slice(s)), Some("witnesses and local media"));
}

#[test]
fn an_accusation_denied_in_apposition_is_the_deniers_denial() {
    let doc = analyse_parsed("Rights groups said dozens of protesters had been beaten in Kessa, an accusation the ministry denied.");
    let said: Vec<_> = doc.claims().iter().filter(|c| doc.slice(c.content) == "dozens of protesters had been beaten in Kessa").collect();
    assert_eq!(said.len(), 2, "{:#?}", doc.claims());
    assert!(said.iter().any(|c| c.status == ClaimStatus::Denied && c.source_span.is_some_and(|s| doc.slice(s) == "the ministry")), "{said:#?}");
    assert!(doc.relations().iter().any(|r| r.relation == RelationType::Contradicts), "{:#?}", doc.relations());
}

#[test]
fn one_quoted_in_someone_elses_clause_is_no_source_of_the_quotation() {
    let doc = analyse_parsed("Arvo Lind denied a report in which he was quoted as saying the border would close.");
    assert!(
        !doc.claims().iter().any(|c| c.status == ClaimStatus::Asserted && doc.slice(c.content).contains("the border would close") && c.cue_span.is_some_and(|k| doc.slice(k).contains("quoted"))),
        "{:#?}",
        doc.claims()
    );
    let doc = analyse_parsed("“The convoy has left,” Arvo Lind was quoted by the Kessa Herald as saying.");
    let c = claim_with(&doc, "The convoy has left");
    assert_eq!(source_name(&doc, c), "Arvo Lind");
}

#[test]
fn it_inside_a_sentence_takes_up_its_one_body_only() {
    let doc = analyse_parsed("The Border Guard Service said trucks crossed at Kessa. The Norland Institute's estimate was the first since it reported in May that 40 trucks had crossed.");
    let c = claim_with(&doc, "40 trucks had crossed");
    assert_eq!(source_name(&doc, c), "Norland Institute", "{:#?}", doc.claims());
}

#[test]
fn a_happening_since_which_the_clause_runs_takes_none_of_its_names() {
    let doc = analyse_parsed("Norlandic agents have stepped up recruitment in Kessa since the invasion of Varn, the service said.");
    let invasion = doc.events().iter().find(|e| doc.slice(e.trigger) == "invasion").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    let kessa = doc.places().places.iter().position(|p| p.name == "Kessa");
    assert!(invasion.places.iter().all(|(p, _)| Some(*p) != kessa), "{invasion:#?}");
    assert!(invasion.actors.is_empty(), "{invasion:#?}");
}

#[test]
fn messages_sent_are_no_deployment_but_troops_sent_after_a_request_are() {
    let doc = analyse_parsed("Police intercepted messages he had sent to a handler in Kessa.");
    assert!(doc.events().iter().all(|e| e.event_type != "deploy"), "{:#?}", doc.events());
    let doc = analyse_parsed("After the request they sent 3,000 troops to Kessa.");
    assert!(doc.events().iter().any(|e| e.event_type == "deploy"), "{:#?}", doc.events());
}

#[test]
fn a_phrase_of_when_after_the_cue_sets_the_statement_and_is_no_content() {
    let doc = analyse_parsed("Talks\n\nNorland and Varn will halt strikes on power plants for 30 days, the Kessa Herald said on Tuesday after three days of talks in Kessa.");
    let c = claim_with(&doc, "will halt strikes");
    assert!(doc.slice(doc.claims()[c].content).starts_with("Norland and Varn"), "{:#?}", doc.claims());
    assert!(!doc.claims().iter().any(|c| doc.slice(c.content).starts_with("Tuesday")), "{:#?}", doc.claims());
    // A clause of what was said stays its content: "..., the minister said, after Varn withdraws".
    let doc = analyse_parsed("Norland will respond, the minister said, after Varn withdraws its troops.");
    assert!(doc.claims().iter().any(|c| doc.slice(c.content).contains("Varn withdraws")), "{:#?}", doc.claims());
}

#[test]
fn a_strike_on_the_city_is_on_the_last_city_named() {
    let doc = analyse_parsed("Officials in Varn counted the damage.\n\nThe air force said Norland fired two missiles at the city on Friday.");
    let varn = doc.places().places.iter().position(|p| p.name == "Varn");
    let fired = doc.events().iter().find(|e| doc.slice(e.trigger) == "fired").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(fired.places.iter().any(|(p, _)| Some(*p) == varn), "{fired:#?}");
    // "the city of X" names its own.
    let doc = analyse_parsed("Officials in Varn counted the damage.\n\nNorland fired two missiles at the city of Kessa on Friday.");
    let fired = doc.events().iter().find(|e| doc.slice(e.trigger) == "fired").unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(fired.places.iter().all(|(p, _)| Some(*p) != varn), "{fired:#?}");
}

#[test]
fn claims_as_a_noun_and_a_second_toll_told_as_another() {
    // "claims" after a noun that names no speaker, before a verb, is the noun.
    let doc = analyse_parsed("Insurance claims rose 40% after the floods in Kessa.");
    assert!(doc.claims().is_empty(), "{:#?}", doc.claims());
    // A toll told as another ("also") disputes no earlier toll.
    let doc = analyse_parsed(
        "A missile killed 7 civilians in Kessa on Monday, the governor said. Three civilians were also killed in shelling overnight, the Norlandic interior ministry said.",
    );
    assert!(doc.relations().iter().all(|r| r.relation != sitrep_doc::RelationType::Contradicts), "{:#?}", doc.relations());
}

#[test]
fn a_parenthesis_opening_the_text_before_a_cue_is_read_without_panic() {
    // (An abbreviation in brackets at the very start, before a source and its cue.)
    let doc = analyse_parsed("(AB) agency said the port was shelled.");
    assert!(doc.claims().iter().all(|c| c.content.end() <= doc.text().len()));
    let doc = analyse_with("(AB) agency said the port was shelled.", false);
    assert!(doc.claims().iter().all(|c| c.content.end() <= doc.text().len()));
}

#[test]
fn a_possessive_after_the_statements_day_opens_the_content() {
    let doc = analyse_parsed("The Norlandic military said on Wednesday its aircraft had struck a depot near Kessa.");
    let c = &doc.claims()[claim_with(&doc, "aircraft")];
    assert_eq!(doc.slice(c.content), "its aircraft had struck a depot near Kessa");
}

#[test]
fn what_flies_stopped_in_the_air_is_an_interception_and_a_toll_takes_its_strikes_place() {
    let kind = |text: &str, word: &str| {
        let doc = analyse_parsed(text);
        event_of(&doc, word).event_type
    };
    assert_eq!(kind("Air defences destroyed 12 drones over Kessa overnight.", "destroyed"), "intercept");
    assert_eq!(kind("The army said it had shot down a fighter jet near Varn.", "shot"), "intercept");
    let doc = analyse_parsed("A strike on the air base destroyed two bombers.");
    assert!(doc.events().iter().all(|e| e.event_type == "attack"), "{:#?}", doc.events());
    // One act told by two verbs.
    let doc = analyse_parsed("The air force said it had intercepted and destroyed 30 of 45 drones launched by Norland.");
    let caught: Vec<_> = doc.events().iter().filter(|e| e.event_type == "intercept").collect();
    assert_eq!(caught.len(), 1, "{:#?}", doc.events());
    let launch = event_of(&doc, "launched");
    assert!(launch.actors.iter().any(|(id, r)| *r == sitrep_doc::ActorRole::Agent && doc.entities().entities[*id].name == "Norland"), "{launch:#?}");
    // The dead and the wounded of one clause are one toll, where and when the strike hit.
    let doc = analyse_parsed("Three people were killed and 11 wounded when a missile hit a market in Kessa on Tuesday.");
    let tolls: Vec<_> = doc.events().iter().filter(|e| e.event_type == "casualties").collect();
    assert_eq!(tolls.len(), 1, "{:#?}", doc.events());
    assert_eq!(tolls[0].places.len(), 1, "{:#?}", tolls[0]);
    assert!(tolls[0].time.is_some(), "{:#?}", tolls[0]);
}

#[test]
fn who_repels_an_attack_did_not_make_it_and_one_sides_accounts_dispute_nothing() {
    // (The tiny gazetteer knows one country: the two sides' dispute is checked on the
    // landing-ship fixture of the CLI tests.)
    let doc = analyse_parsed(
        "Varn's navy said on Tuesday its drones had struck a Norlandic frigate near Kessa. \
         Norland's defence ministry said its navy had also repelled an attack by six drones.",
    );
    let attack = event_of(&doc, "attack");
    assert!(!attack.actors.iter().any(|(_, r)| *r == sitrep_doc::ActorRole::Agent), "{attack:#?}");
    assert!(doc.relations().iter().all(|r| r.relation != sitrep_doc::RelationType::Contradicts), "{:#?}", doc.relations());
}

#[test]
fn a_blame_is_an_accusation_and_a_pronoun_opening_what_was_said_is_its_speaker() {
    // (The headline form is checked on the water-hack fixture of the CLI tests.)
    for w in ["blames", "accuses", "blamed"] {
        assert_eq!(crate::claims::cue_word_status(w), Some(ClaimStatus::Alleged), "{w}");
    }
    assert_eq!(crate::claims::cue_word_status("said"), Some(ClaimStatus::Asserted));
    let doc = analyse_parsed("The Norlandic army said Kessa was calm. Researchers at the Kessa Institute said they had found malware on the network.");
    let found = claim_with(&doc, "found malware");
    assert_eq!(source_name(&doc, found), "Kessa Institute");
}

#[test]
fn what_the_session_22_review_found_reads_as_it_should() {
    let types = |text: &str| {
        let doc = analyse_parsed(text);
        doc.events().iter().map(|e| (doc.slice(e.trigger).to_string(), e.event_type)).collect::<Vec<_>>()
    };
    // On the ground, not in the air.
    assert!(!types("Norlandic drones destroyed over 40 aircraft at four air bases.").iter().any(|(_, t)| *t == "intercept"));
    // Two tolls at two places stay two.
    let doc = analyse_parsed("Three people were killed in Kessa and two died in Varn, officials said.");
    assert_eq!(doc.events().iter().filter(|e| e.event_type == "casualties").count(), 2, "{:#?}", doc.events());
    // Trade is not hurt people; a machete is no computer.
    assert!(!types("Exports were hurt by 10% tariffs.").iter().any(|(_, t)| *t == "casualties"));
    assert!(!types("A man was hacked to death in a machete attack in Kessa.").iter().any(|(_, t)| *t == "cyberattack"));
    // Units brought to the border moved.
    assert!(types("Norland has brought a number of armoured units to the border near Kessa.").iter().any(|(w, _)| w == "brought"));
    // A launch in a clause of its own is no place of the interception.
    let doc = analyse_parsed("Air defences shot down 20 drones and Norland launched missiles at Kessa on Friday.");
    let shot = event_of(&doc, "shot");
    assert!(shot.places.is_empty() && shot.time.is_none(), "{shot:#?}");
    // A toll reported past a comma takes no place from the reporter's aside.
    let doc = analyse_parsed("Three soldiers were wounded, the army said as Norland pressed its attack near Kessa.");
    let toll = event_of(&doc, "wounded");
    assert!(toll.places.is_empty(), "{toll:#?}");
}

#[test]
fn weapons_shipped_to_a_state_in_a_passive_are_an_arms_transfer_and_their_makers_do_not_act() {
    let doc = analyse_parsed("At least 300 Norlandic-made drones were shipped to the Norlandic port of Kessa in May.");
    let shipped = event_of(&doc, "shipped");
    assert_eq!(shipped.event_type, "arms_transfer", "{shipped:#?}");
    assert!(shipped.actors.is_empty(), "{shipped:#?}");
    // Not troops, nor goods.
    let doc = analyse_parsed("Hundreds of troops were shipped to Norland in May. Grain was shipped to Norland.");
    assert!(doc.events().iter().all(|e| e.event_type != "arms_transfer"), "{:#?}", doc.events());
    // Not a clause before, nor pieces for analysis, nor one's own troops.
    for text in [
        "After Varn fired missiles at Kessa, aid was shipped to Norland.",
        "Fragments of the missiles were shipped to Norland for analysis.",
        "More ammunition was shipped to the Norlandic troops in Kessa.",
    ] {
        let doc = analyse_parsed(text);
        assert!(doc.events().iter().all(|e| e.event_type != "arms_transfer"), "{text}: {:#?}", doc.events());
    }
    // A name only opening an apposition is not the speaker.
    let doc = analyse_parsed("The official, Ivo Tarn's chief of staff, said talks would resume.");
    assert!(doc.claims().iter().all(|c| c.source_entity.is_none_or(|e| doc.entities().entities[e].name != "Ivo Tarn")), "{:#?}", doc.claims());
    // What people are familiar with is no happening of theirs.
    let doc = analyse_parsed("Two people familiar with the shipments said the ships docked at Kessa.");
    assert!(doc.events().iter().all(|e| doc.slice(e.trigger) != "shipments"), "{:#?}", doc.events());
}

#[test]
fn a_group_described_before_it_is_named_is_the_group_named() {
    let doc = analyse_parsed(
        "A militant group claimed responsibility for the attack on Kessa, officials said.\n\n\
         The group, Northern Liberation Front (NLF), said its fighters had seized the port.",
    );
    let claimed = doc.claims().iter().position(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "claimed")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(source_name(&doc, claimed), "Northern Liberation Front", "{:#?}", doc.claims());
}

#[test]
fn drills_held_are_their_holders_and_a_headlines_to_is_ahead() {
    let doc = analyse_parsed(
        "Norland to hold naval drills next week\n\n\
         KESSA, March 6 — Norland will hold live-fire military exercises off Port Hallin from March 12 to March 15, the navy said. \
         Ships were told to stay out of the area during the drills.",
    );
    let agents = |e: &sitrep_doc::Event| -> Vec<String> {
        e.actors.iter().filter(|(_, r)| *r == sitrep_doc::ActorRole::Agent).map(|(id, _)| doc.entities().entities[*id].name.clone()).collect()
    };
    let drills: Vec<_> = doc.events().iter().filter(|e| e.event_type == "train").collect();
    assert_eq!(drills.len(), 1, "{:#?}", doc.events());
    assert_eq!(drills[0].status, sitrep_doc::EventStatus::Expected, "{:#?}", drills[0]);
    assert_eq!(agents(drills[0]), ["Norland"], "{:#?}", drills[0]);
    assert_eq!(drills[0].time, Some(("2025-03-12".to_string(), "2025-03-15".to_string())), "{:#?}", drills[0]);
}

#[test]
fn a_strike_that_times_a_clause_is_none_of_its_subjects_doing() {
    let doc = analyse_parsed("Militants fired about 60 rockets at Port Hallin in the hours after the strike, the army said.");
    let strike = doc.events().iter().find(|e| doc.slice(e.trigger) == "strike");
    assert!(strike.is_none_or(|e| !e.actors.iter().any(|(_, r)| *r == sitrep_doc::ActorRole::Agent)), "{:#?}", doc.events());
}

#[test]
fn what_residents_told_an_agency_leaves_the_agency_out() {
    let doc = analyse_parsed(
        "The Kessa News Agency reported that two people were wounded. Residents told the agency the vehicle burst into flames near Port Hallin.",
    );
    let told = claim_with(&doc, "burst into flames");
    assert!(doc.slice(doc.claims()[told].content).starts_with("the vehicle"), "{:#?}", doc.claims()[told]);
}

#[test]
fn a_truce_that_frames_a_clause_has_no_party_from_it() {
    let doc = analyse_parsed(
        "The militants handed three captives to the Red Cross in Port Hallin hours after a ceasefire took effect. \
         Norland was expected to free 90 prisoners later in the day.",
    );
    let truce = event_of(&doc, "ceasefire");
    assert!(truce.actors.is_empty(), "{truce:#?}");
    let freed = event_of(&doc, "free");
    assert_eq!(freed.event_type, "release", "{freed:#?}");
    assert!(freed.actors.iter().any(|(id, r)| *r == sitrep_doc::ActorRole::Agent && doc.entities().entities[*id].name == "Norland"), "{freed:#?}");
}

#[test]
fn states_accused_in_a_list_are_no_places_of_the_attacks() {
    let doc = analyse_parsed("The junta has accused Kessa and Norland of failing to stop attacks that have killed thousands.");
    let attacks = event_of(&doc, "attacks");
    assert!(attacks.places.is_empty(), "{attacks:#?}");
}

#[test]
fn a_content_ends_where_sources_who_told_a_paper_begin() {
    let doc = analyse_parsed(
        "The instructors belong to a unit that officials say has absorbed the fighters of the Vesterian Legion, two security sources told the Kessa Herald on condition of anonymity.",
    );
    let inner = doc.claims().iter().find(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "say")).unwrap_or_else(|| panic!("{:#?}", doc.claims()));
    assert_eq!(doc.slice(inner.content), "has absorbed the fighters of the Vesterian Legion");
    assert!(doc.claims().iter().any(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "told") && doc.slice(c.content).starts_with("The instructors")), "{:#?}", doc.claims());
}

#[test]
fn a_threat_to_strike_is_the_threateners_and_images_captured_seize_nothing() {
    let doc = analyse_parsed(
        "The images, captured by a satellite firm on March 2, show new tunnels. Norland has repeatedly threatened to strike the site if talks fail.",
    );
    assert!(!doc.events().iter().any(|e| e.event_type == "seize"), "{:#?}", doc.events());
    let strike = event_of(&doc, "strike");
    assert_eq!(strike.status, sitrep_doc::EventStatus::Planned, "{strike:#?}");
    assert!(strike.actors.iter().any(|(id, r)| *r == sitrep_doc::ActorRole::Agent && doc.entities().entities[*id].name == "Norland"), "{strike:#?}");
}

#[test]
fn an_offensive_after_a_capture_is_the_capturers_and_a_begun_offensive_happened() {
    let doc = analyse_parsed(
        "Norlandic troops captured Kessa after a major offensive. The decree led to mass protests. \
         Norland is expected to launch an offensive on Varn. The offensive began on Tuesday, residents said.",
    );
    let first = event_of(&doc, "offensive");
    assert!(!first.actors.is_empty(), "{:#?}", doc.events());
    assert!(!doc.events().iter().any(|e| e.event_type == "gather"), "{:#?}", doc.events());
    // (The offensive that "began on Tuesday" is no part of the one expected.)
    let began = doc.text().find("The offensive began").expect("in text") + 4;
    let expected = doc.events().iter().find(|e| e.status == sitrep_doc::EventStatus::Expected).unwrap_or_else(|| panic!("{:#?}", doc.events()));
    assert!(!std::iter::once(&expected.trigger).chain(&expected.other_triggers).any(|t| t.start() == began), "{expected:#?}");
}

#[test]
fn fighting_at_a_place_of_its_own_is_no_retelling_of_fighting_elsewhere() {
    let doc = analyse_parsed(
        "Norlandic and Vesterian forces fought near Kessa on Monday. Three civilians were killed during the fighting in Port Hallin.",
    );
    let fought = event_of(&doc, "fought");
    assert!(fought.other_triggers.iter().all(|t| doc.slice(*t) != "fighting"), "{:#?}", doc.events());
}

#[test]
fn a_verbless_headline_has_its_speakers_and_suspects_hedge_nothing() {
    let doc = analyse_parsed(
        "Five soldiers dead after drone strike on base, army says\n\n\
         KESSA, March 6 — The Norlandic border guard said it had stopped 300 people at the border and arrested nine suspected smugglers in Port Hallin.",
    );
    let headline = claim_with(&doc, "Five soldiers dead");
    assert_eq!(doc.slice(doc.claims()[headline].content), "Five soldiers dead after drone strike on base");
    let guard = claim_with(&doc, "suspected smugglers");
    assert_eq!(doc.claims()[guard].status, sitrep_doc::ClaimStatus::Asserted, "{:#?}", doc.claims()[guard]);
    let arrest = event_of(&doc, "arrested");
    assert!(arrest.actors.iter().any(|(_, r)| *r == sitrep_doc::ActorRole::Agent), "{arrest:#?} {:#?}", doc.entities());
}

#[test]
fn they_who_told_an_agency_are_not_the_agency() {
    let doc = analyse_parsed(
        "Four survivors were rescued by a merchant ship, the Kessa Refugee Agency said. They told the agency that the boat had left Port Hallin on Sunday.",
    );
    let told = claim_with(&doc, "the boat had left");
    assert_eq!(source_name(&doc, told), "", "{:#?}", doc.claims()[told]);
}

#[test]
fn words_of_other_senses_tell_nothing() {
    let doc = analyse_parsed("Boos drowned out the governor's speech. Inspectors found defects in 300 voting machines.");
    assert!(doc.events().iter().all(|e| !matches!(e.event_type, "casualties" | "defect")), "{:#?}", doc.events());
}

#[test]
fn a_verb_after_another_subjects_clause_is_not_the_speakers() {
    let doc = analyse_parsed("The Norlandic army said it withdrew from Kessa after the enemy surrounded it and stormed the last positions.");
    let stormed = doc.events().iter().find(|e| doc.slice(e.trigger) == "stormed");
    assert!(stormed.is_none_or(|e| !e.actors.iter().any(|(id, r)| *r == sitrep_doc::ActorRole::Agent && doc.entities().entities[*id].name.contains("army"))), "{:#?}", doc.events());
}

#[test]
fn a_thing_found_where_it_lay_is_no_finding_stated() {
    let doc = analyse_parsed("The grave was found in a forest near Port Hallin, the prosecutor said. Two bodies were found dead near the road.");
    assert!(doc.claims().iter().all(|c| !c.cue_span.is_some_and(|k| doc.slice(k).contains("found"))), "{:#?}", doc.claims());
    let doc = analyse_parsed("Investigators found that the wall had been mined.");
    assert!(doc.claims().iter().any(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "found")), "{:#?}", doc.claims());
}

#[test]
fn a_regional_title_is_the_person_named_next_with_it() {
    let doc = analyse_parsed(
        "Investigators have exhumed 47 bodies near Port Hallin, the Kessa regional prosecutor said on Wednesday. Most of the dead were civilians, prosecutor Eero Salmi told reporters.",
    );
    let lead = claim_with(&doc, "exhumed 47 bodies");
    assert_eq!(source_name(&doc, lead), "Eero Salmi", "{:#?}", doc.claims()[lead]);
}

#[test]
fn a_person_named_in_apposition_speaks_not_the_country_described() {
    let doc = analyse_parsed("A Norlandic military spokesman, Colonel Aarne Vaara, said the jets would leave in the coming weeks.");
    let said = claim_with(&doc, "the jets would leave");
    assert_eq!(source_name(&doc, said), "Aarne Vaara", "{:#?}", doc.claims()[said]);
    let leave = event_of(&doc, "leave");
    assert_eq!((leave.event_type, leave.status), ("depart", sitrep_doc::EventStatus::Expected), "{leave:#?}");
}

#[test]
fn people_seized_are_abducted_and_the_attack_is_the_abduction_again() {
    let doc = analyse_parsed(
        "Gunmen abducted 23 workers in a raid on a mine near Port Hallin late on Monday, police said. The attackers killed two guards before seizing the workers, police said. No group has claimed responsibility for the attack. A relative of one of the kidnapped workers told the Kessa Herald that a ransom was demanded.",
    );
    let abductions: Vec<_> = doc.events().iter().filter(|e| e.event_type == "abduct").collect();
    assert_eq!(abductions.len(), 1, "{:#?}", doc.events());
    let told: Vec<&str> = abductions[0].other_triggers.iter().map(|t| doc.slice(*t)).collect();
    assert!(told.contains(&"seizing") && told.contains(&"attack"), "{told:?}");
    assert!(doc.events().iter().all(|e| !matches!(e.event_type, "seize" | "attack")), "{:#?}", doc.events());
    // Another abduction, of captives not named before, stays another; so do a passive's
    // captives; an owner's property is no captive.
    let doc = analyse_parsed(
        "Gunmen kidnapped 20 students near Port Hallin on Monday, police said. Gunmen also abducted a priest in Varn, police said. Rebels seized the workers' wages.",
    );
    assert_eq!(doc.events().iter().filter(|e| e.event_type == "abduct").count(), 2, "{:#?}", doc.events());
    let doc = analyse_parsed("Twenty-three workers were seized by gunmen near Port Hallin on Monday.");
    assert_eq!(event_of(&doc, "seized").event_type, "abduct", "{:#?}", doc.events());
}

#[test]
fn an_apposition_names_the_speaker_and_residents_told_to_leave_do_not_depart() {
    // (News names the head so: the spokesman is Aarne Vaara.)
    let doc = analyse_parsed("A spokesman for the Norlandic president, Aarne Vaara, said the talks would resume.");
    let said = claim_with(&doc, "the talks would resume");
    assert_eq!(source_name(&doc, said), "Aarne Vaara", "{:#?}", doc.claims()[said]);
    let doc = analyse_parsed("Norlandic forces ordered residents to leave within 24 hours.");
    assert!(doc.events().iter().all(|e| e.event_type != "depart"), "{:#?}", doc.events());
}

#[test]
fn an_agreement_ended_and_a_show_of_force_are_no_agreement_and_no_protest() {
    let doc = analyse_parsed(
        "Kessa ended its defence cooperation agreement with Norland in November. The minister said the flight was intended as a demonstration against his country. Norland scrambled fighter jets on Wednesday.",
    );
    assert!(doc.events().iter().all(|e| !matches!(e.event_type, "agree" | "protest")), "{:#?}", doc.events());
    let scrambled = event_of(&doc, "scrambled");
    assert_eq!(scrambled.event_type, "deploy", "{scrambled:#?}");
}

#[test]
fn a_datelines_outlet_is_no_party_and_a_bomb_dropped_is_an_attack() {
    let doc = analyse_parsed(
        "KESSA, Norland, March 5 (Kessa Herald) - A ceasefire between Norlandic troops and Varn rebels collapsed on Wednesday.\n\nA barrel bomb was dropped on the village of Greyford on Friday night, rescuers said.",
    );
    let ceasefire = event_of(&doc, "ceasefire");
    assert!(ceasefire.actors.iter().all(|(id, _)| doc.entities().entities[*id].name != "Kessa Herald"), "{ceasefire:#?}");
    assert_eq!(event_of(&doc, "dropped").event_type, "attack", "{:#?}", doc.events());
    // Prices dropped attack nothing.
    let doc = analyse_parsed("Fuel prices dropped on Monday.");
    assert!(doc.events().iter().all(|e| e.event_type != "attack"), "{:#?}", doc.events());
}

#[test]
fn a_strike_blamed_on_a_group_is_the_strike_told_and_its_participles_share_its_subject() {
    let doc = analyse_parsed(
        "An air strike hit the Kessa Hospital in Port Hallin late on Tuesday, killing nine people and wounding 20 others, the Red Cross said. The Norlandic army blamed the Northern Front for the attack. The Northern Front denied carrying out the strike.",
    );
    let killing = event_of(&doc, "killing");
    assert!(killing.actors.iter().all(|(_, r)| *r != sitrep_doc::ActorRole::Agent), "{killing:#?}");
    assert!(doc.events().iter().all(|e| doc.slice(e.trigger) != "wounding"), "{:#?}", doc.events());
    assert!(doc.events().iter().all(|e| doc.slice(e.trigger) != "attack"), "{:#?}", doc.events());
    // (The blame itself is a claim of the attribution model, which these rules-only tests do
    // not run: the CLI fixture `hospital-strike.txt` checks the denial contradicts it.)
}

#[test]
fn a_ship_on_a_mine_and_deliveries_made_possible() {
    let doc = analyse_parsed("A cargo ship struck a sea mine off Port Hallin on Wednesday. The shells were taken from stocks so that they can be delivered within weeks.");
    assert_eq!(event_of(&doc, "struck").event_type, "explosion", "{:#?}", doc.events());
    assert_eq!(event_of(&doc, "delivered").status, sitrep_doc::EventStatus::Expected, "{:#?}", doc.events());
}

#[test]
fn what_the_review_of_the_later_reports_found_still_tells_its_happenings() {
    // The subject after a fronted clause acts in the participle's deaths.
    let doc = analyse_parsed("After the truce collapsed, the Northern Front attacked Kessa, killing 12.");
    let killing = event_of(&doc, "killing");
    assert!(killing.actors.iter().any(|(_, r)| *r == sitrep_doc::ActorRole::Agent), "{killing:#?}");
    // Curbs dropped and a coal mine struck are no bombing and no blast.
    let doc = analyse_parsed("Norland dropped curbs on munitions deliveries. A missile struck a coal mine near Kessa.");
    assert!(doc.events().iter().all(|e| doc.slice(e.trigger) != "dropped"), "{:#?}", doc.events());
    assert!(doc.events().iter().all(|e| e.event_type != "explosion"), "{:#?}", doc.events());
    // Forces ordered to leave leave; an agreement reached as talks ended is one; a treaty
    // whose participation is suspended is none.
    let doc = analyse_parsed("The junta ordered Norlandic troops to leave within a month. Talks ended with an agreement on prisoners. Norland suspended participation in the arms treaty.");
    assert!(doc.events().iter().any(|e| e.event_type == "depart"), "{:#?}", doc.events());
    assert_eq!(doc.events().iter().filter(|e| e.event_type == "agree").count(), 1, "{:#?}", doc.events());
}

#[test]
fn seizures_say_nothing_and_an_alleged_leader_casts_no_doubt() {
    let doc = analyse_parsed(
        "Soldiers seized the state television building in Port Hallin on Wednesday. The president said 12 officers had been arrested, including the alleged leader. The police did not say who they believed was behind it. There was no official word on casualties. Police fired tear gas to disperse the crowd.",
    );
    assert!(doc.claims().iter().all(|c| !c.cue_span.is_some_and(|k| matches!(doc.slice(k), "seized" | "believed"))), "{:#?}", doc.claims());
    let arrests = claim_with(&doc, "12 officers");
    assert_eq!(doc.claims()[arrests].status, sitrep_doc::ClaimStatus::Asserted, "{:#?}", doc.claims()[arrests]);
    assert!(doc.events().iter().all(|e| !matches!(e.event_type, "casualties" | "attack")), "{:#?}", doc.events());
    assert_eq!(doc.events().iter().filter(|e| e.event_type == "disperse").count(), 1, "{:#?}", doc.events());
}

#[test]
fn relative_clauses_lethal_fire_and_angry_exits_keep_their_readings() {
    // A relative clause after the named suspect is a belief stated, not a question left open.
    let doc = analyse_parsed("Police did not name the suspect, who they believed was acting alone.");
    assert!(doc.claims().iter().any(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "believed")), "{:#?}", doc.claims());
    // Live fire that kills is an attack; storming out of an office is none.
    let doc = analyse_parsed("Troops fired rubber bullets and live ammunition at protesters in Kessa, killing two. The minister stormed angrily out of the office.");
    assert!(doc.events().iter().any(|e| e.event_type == "attack" && doc.slice(e.trigger) == "fired"), "{:#?}", doc.events());
    assert!(doc.events().iter().all(|e| doc.slice(e.trigger) != "stormed"), "{:#?}", doc.events());
}

#[test]
fn a_title_of_a_place_the_opposition_and_a_vote_share_given() {
    let doc = analyse_parsed(
        "A ferry capsized near Port Hallin, killing 23 people, the governor of Kessa province said on Wednesday. Governor Eero Salmi told reporters that 58 people were rescued.",
    );
    let lead = claim_with(&doc, "A ferry capsized");
    assert_eq!(source_name(&doc, lead), "Eero Salmi", "{:#?}", doc.claims()[lead]);
    let doc = analyse_parsed("Norland's main opposition parties rejected the results, which gave the ruling party 54% of the vote.");
    assert!((0..doc.claims().len()).all(|n| source_name(&doc, n) != "Norland"), "{:#?}", doc.claims());
    assert!(doc.claims().iter().all(|c| !c.cue_span.is_some_and(|k| doc.slice(k) == "gave")), "{:#?}", doc.claims());
}

#[test]
fn a_habit_of_saying_nothing_is_no_statement() {
    let doc = analyse_parsed("Varnia rarely confirms strikes inside Norland. Officials often say the strikes hit only military targets.");
    assert!(!doc.claims().iter().any(|c| c.cue_span.is_some_and(|k| doc.slice(k).contains("confirms"))), "{:#?}", doc.claims());
    assert!(doc.claims().iter().any(|c| c.cue_span.is_some_and(|k| doc.slice(k).contains("say"))), "what is said often is said: {:#?}", doc.claims());
}

#[test]
fn a_document_signed_is_no_statement() {
    let doc = analyse_parsed("The president signed a law on Saturday ratifying the treaty. The treaty, signed by both leaders in June, took effect.");
    assert!(doc.claims().is_empty(), "{:#?}", doc.claims());
}

#[test]
fn a_source_close_to_someone_is_not_that_someone() {
    let doc = analyse_parsed("A source close to President Ivo Tarn told the Tribune that talks had stalled.");
    let c = &doc.claims()[claim_with(&doc, "talks had stalled")];
    assert!(c.source_entity.is_none(), "{c:#?}");
}

#[test]
fn what_the_session_25_reviews_found_reads_as_it_should() {
    // Drones testing defences test no weapon; "tests of new attack drones" do.
    let doc = analyse_parsed("Norlandic drones test Varn's air defences every night.");
    assert!(!doc.events().iter().any(|e| e.event_type == "weapons_test"), "{:#?}", doc.events());
    let doc = analyse_parsed("Ivo Tarn oversaw performance tests of new attack drones on Friday.");
    assert!(doc.events().iter().any(|e| e.event_type == "weapons_test"), "{:#?}", doc.events());
    // Talks that blew up, or a road map sabotaged, are no attacks; a dam blown up is one.
    let doc = analyse_parsed("Talks with the company blew up over the pipeline tariff. Varn accused Norland of having sabotaged the road map.");
    assert!(!doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
    let doc = analyse_parsed("Officials said Norlandic forces had blown up the dam near Kessa.");
    assert!(doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
    // A strike on a practice ground is a strike; on mock targets it is none.
    let doc = analyse_parsed("A missile strike hit a practice ground for recruits near Kessa, killing 20.");
    assert!(doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
    // Someone ordered detained is not who orders it.
    let doc = analyse_parsed("Ivo Tarn was ordered detained for two more months.");
    assert!(doc.events().iter().all(|e| !e.actors.iter().any(|&(_, r)| r == ActorRole::Agent)), "{:#?}", doc.events());
    // Border guards capturing a man arrest him; gunmen seizing him abduct him.
    let doc = analyse_parsed("Border guards captured a man trying to cross near Kessa.");
    assert!(!doc.events().iter().any(|e| e.event_type == "abduct"), "{:#?}", doc.events());
}

#[test]
fn what_the_third_session_25_review_found_reads_as_it_should() {
    // A label that is no count is no content: "UPDATE: ..." before "according to".
    let doc = analyse_parsed("UPDATE: Five people were killed in Kessa, according to the governor.");
    let c = &doc.claims()[claim_with(&doc, "Five people were killed")];
    assert!(!doc.slice(c.content).starts_with("UPDATE"), "{c:#?}");
    // Those who kill or wound an object act: "Norlandic forces killed or wounded Varnian troops".
    let doc = analyse_parsed("Norlandic forces killed or wounded dozens of Varnian troops near Kessa on Monday.");
    let e = event_of(&doc, "killed");
    assert!(e.actors.iter().any(|&(_, r)| r == ActorRole::Agent), "{e:#?}");
    // The number of displaced people rising tells of a flight.
    let doc = analyse_parsed("The number of displaced people in Norland rose to 12,000 after the floods, officials said.");
    assert!(doc.events().iter().any(|e| e.event_type == "displacement"), "{:#?}", doc.events());
    // A headline's first line that is a sentence keeps its statement.
    let doc = analyse_parsed("Varn's air force reported at least 40 drones overnight.\n\nThe drones were shot down over Kessa.");
    assert!(doc.claims().iter().any(|c| c.cue_span.is_some_and(|k| doc.slice(k) == "reported")), "{:#?}", doc.claims());
}

#[test]
fn people_executed_are_attacked_and_plans_executed_are_not() {
    let doc = analyse_parsed("Norlandic troops executed three Varnian soldiers near Kessa, officials said.");
    assert!(doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
    let doc = analyse_parsed("The ministry executed its plan to modernise the port, officials said.");
    assert!(!doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
}

#[test]
fn what_the_fourth_session_25_review_found_reads_as_it_should() {
    // People killed during a raid keep their killers.
    let doc = analyse_parsed("Norlandic troops killed five villagers during a raid on Kessa on Monday.");
    assert!(doc.events().iter().any(|e| e.actors.iter().any(|&(_, r)| r == ActorRole::Agent)), "{:#?}", doc.events());
    // What was warned of after an attack, and a possible attack that killed, are no attacks to come.
    let doc = analyse_parsed("Varn warned of retaliation after Norland's attack on the port.");
    assert!(doc.events().iter().filter(|e| e.event_type == "attack").all(|e| e.status != EventStatus::Expected), "{:#?}", doc.events());
    let doc = analyse_parsed("Police are investigating a possible drone attack that killed three people in Kessa.");
    assert!(doc.events().iter().filter(|e| e.event_type == "attack").all(|e| e.status != EventStatus::Expected), "{:#?}", doc.events());
    // A plan executed, or men executed after a conviction, are no attacks.
    for text in ["The plan was executed by special forces near Kessa.", "Varn executed two men convicted of spying, the court said."] {
        let doc = analyse_parsed(text);
        assert!(!doc.events().iter().any(|e| e.event_type == "attack"), "{text}: {:#?}", doc.events());
    }
    // Nothing shown is still a finding stated.
    let doc = analyse_parsed("Tests have shown no radiation leaked from the plant near Kessa, the agency said.");
    assert!(!doc.claims().is_empty(), "{:#?}", doc.claims());
}

/// "A strike on a children's hospital in Kessa ... shelled the hospital": an attack on the thing
/// named again, within two sentences, is the strike told; not an attack on a hospital
/// elsewhere.
#[test]
fn an_attack_on_the_thing_named_again_is_the_attack_told() {
    let doc = analyse_parsed(
        "A strike on a children's hospital in Kessa killed four people on Wednesday, officials said. \
         The Border Guard Service said Norlandic forces had shelled the hospital with artillery.",
    );
    let attacks: Vec<_> = doc.events().iter().filter(|e| e.event_type == "attack").collect();
    assert_eq!(attacks.len(), 1, "{attacks:#?}");
    assert!(attacks[0].other_triggers.iter().any(|t| doc.slice(*t) == "shelled"), "{attacks:#?}");
    let doc = analyse_parsed(
        "A strike on a children's hospital in Kessa killed four people on Wednesday, officials said. \
         Hours later, Norlandic forces shelled the hospital in Varn.",
    );
    assert_eq!(doc.events().iter().filter(|e| e.event_type == "attack").count(), 2, "{:#?}", doc.events());
}

/// "charged Kirillov in absentia a day earlier with ordering ...": a charge's content goes on
/// past the adverbials to the deed charged; "charged the officer with spying" already holds it.
#[test]
fn a_charge_holds_the_deed_charged() {
    let doc = analyse_learned(
        "Norland had charged Olsen in absentia a day earlier with ordering the shelling of Kessa. \
         Prosecutors charged the officer with spying for Norland.",
    );
    let charge = claim_with(&doc, "Olsen");
    assert_eq!(doc.slice(doc.claims()[charge].content), "Olsen in absentia a day earlier with ordering the shelling of Kessa", "{:#?}", doc.claims());
    let spying = claim_with(&doc, "the officer");
    assert_eq!(doc.slice(doc.claims()[spying].content), "the officer with spying for Norland");
}

/// "Satellite images taken on Sunday show ... moored at Port Hallin": a vessel moored or docked
/// is stationed there on the day the images were taken; talks "anchored in" a treaty are no
/// station.
#[test]
fn what_images_show_standing_is_there_on_the_day_they_were_taken() {
    let doc = analyse_parsed("Satellite images taken on Sunday show two frigates moored at Port Hallin, the institute said.");
    let moored = event_of(&doc, "moored");
    assert_eq!(moored.event_type, "station");
    assert_eq!(moored.time, Some(("2025-03-02".into(), "2025-03-02".into())), "{moored:#?}");
    let doc = analyse_parsed("The talks remain anchored in the 1994 treaty, the minister said.");
    assert!(!doc.events().iter().any(|e| e.event_type == "station"), "{:#?}", doc.events());
}

/// What nature strikes is a disaster and what crashes an accident, done by no one; a drone that
/// crashes into a building is no accident; the dead of either are no assault's.
#[test]
fn disasters_and_accidents_are_no_attacks() {
    let doc = analyse_parsed("A magnitude 6.8 earthquake struck Kessa on Tuesday, killing 40 people, officials said.");
    assert!(!doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
    let quake = event_of(&doc, "struck");
    assert_eq!((quake.event_type, quake.plover), ("disaster", None));
    assert!(quake.actors.iter().all(|(_, r)| *r != ActorRole::Agent), "{quake:#?}");
    assert_eq!(event_of(&doc, "killing").plover, None);
    let doc = analyse_parsed("A passenger ferry capsized near Port Hallin on Monday, killing 12 people.");
    assert_eq!(event_of(&doc, "capsized").event_type, "accident");
    assert_eq!(event_of(&doc, "killing").plover, None);
    let doc = analyse_parsed("A drone crashed into an apartment block in Varn, killing two people.");
    assert!(!doc.events().iter().any(|e| e.event_type == "accident"), "{:#?}", doc.events());
    let doc = analyse_parsed("The pilots diverted after a bird strike near Varn, the agency said.");
    assert!(!doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
}

/// "hit by a Norlandic missile": the side whose weapon strikes, after a passive's "by", acts.
#[test]
fn the_side_whose_weapon_strikes_acts() {
    let doc = analyse_parsed("The officials said the plane had been hit by a Norlandic missile over Varn.");
    let hit = event_of(&doc, "hit");
    let agents: Vec<&str> = hit.actors.iter().filter(|(_, r)| *r == ActorRole::Agent).map(|(e, _)| doc.entities().entities[*e].name.as_str()).collect();
    assert_eq!(agents, ["Norlandic"], "{hit:#?}");
}

/// A rocket launched to put a satellite in orbit is a satellite launch, and "the launch" names
/// it again; the launch of a phone is none.
#[test]
fn a_launch_into_space_is_no_attack() {
    let doc = analyse_parsed(
        "Norland said it had placed a satellite into orbit after launching a rocket from Port Hallin. \
         Its leader watched the launch of the rocket.",
    );
    let launches: Vec<_> = doc.events().iter().filter(|e| e.event_type == "satellite_launch").collect();
    assert_eq!(launches.len(), 1, "{:#?}", doc.events());
    assert_eq!(launches[0].plover, None);
    assert!(!doc.events().iter().any(|e| e.event_type == "launch"), "{:#?}", doc.events());
    assert!(launches[0].other_triggers.iter().any(|t| doc.slice(*t) == "launch"), "{:#?}", launches[0]);
    let doc = analyse_parsed("The company said the launch of its new phone was delayed.");
    assert!(doc.events().is_empty(), "{:#?}", doc.events());
}

/// "Prime Minister Olsen was shot several times": a person shot is attacked; a derailment a
/// blast caused is an attack, one nothing caused an accident; "Norlandic Prime Minister Anna
/// Olsen was shot and wounded" hurt the woman, not the nation.
#[test]
fn a_person_shot_and_a_derailment_by_sabotage() {
    let doc = analyse_parsed("Prime Minister Anna Olsen was shot several times in Kessa on Wednesday, the government said.");
    assert_eq!(event_of(&doc, "shot").event_type, "attack");
    let doc = analyse_parsed("A freight train derailed near Varn after an explosive device damaged the track, officials said.");
    assert_eq!(event_of(&doc, "derailed").event_type, "attack");
    let doc = analyse_parsed("A freight train derailed near Varn on Tuesday, officials said.");
    assert_eq!(event_of(&doc, "derailed").event_type, "accident");
    let doc = analyse_parsed("Norlandic Prime Minister Anna Olsen was shot several times and seriously wounded on Wednesday.");
    let wounded = event_of(&doc, "wounded");
    let hurt: Vec<&str> = wounded.actors.iter().map(|(e, _)| doc.entities().entities[*e].name.as_str()).collect();
    assert_eq!(hurt, ["Anna Olsen"], "{wounded:#?}");
}

/// "killed ... and forced 2,000 from their homes": a displacement; "forced to resign" is none.
/// A stampede's dead are no assault's.
#[test]
fn forced_from_homes_and_a_stampede() {
    let doc = analyse_parsed("The floods have killed 12 people and forced about 2,000 from their homes in Kessa, officials said.");
    assert_eq!(event_of(&doc, "forced").event_type, "displacement");
    assert_eq!(event_of(&doc, "killed").plover, None);
    let doc = analyse_parsed("The minister was forced to resign on Monday.");
    assert!(!doc.events().iter().any(|e| e.event_type == "displacement"), "{:#?}", doc.events());
    let doc = analyse_parsed("At least 30 people were killed in a stampede at a festival in Varn, police said.");
    assert_eq!(event_of(&doc, "killed").plover, None);
}

/// What reviewers found the hazard, mishap and launch rules misread: Storm Shadow missiles are
/// no storm; floods before a comma are no drone strike's subject; a heart attack and a coal
/// mine cause no attack; "in the space of three hours" is no space launch; a headline's "killed
/// by" keeps its agent, and "shot down" is active.
#[test]
fn weapons_named_like_hazards_and_other_near_misses() {
    let doc = analyse_parsed("Storm Shadow missiles struck the headquarters in Varn on Tuesday, the army said.");
    assert_eq!(event_of(&doc, "struck").event_type, "attack");
    let doc = analyse_parsed("Days after the floods, Norlandic drones struck Kessa, officials said.");
    assert_eq!(event_of(&doc, "struck").event_type, "attack");
    let doc = analyse_parsed("A bus carrying workers to the coal mine crashed near Varn, killing six, police said.");
    assert_eq!(event_of(&doc, "crashed").event_type, "accident");
    let doc = analyse_parsed("The plane crashed near Varn after the pilot suffered a heart attack, officials said.");
    assert_eq!(event_of(&doc, "crashed").event_type, "accident");
    let doc = analyse_parsed("Norland launched 90 missiles and 60 drones in the space of three hours, the air force said.");
    assert!(doc.events().iter().all(|e| e.event_type != "satellite_launch"), "{:#?}", doc.events());
    let doc = analyse_parsed("Journalist killed by Norlandic drone in Kessa\n\nThe reporter died on Monday.");
    let killed = event_of(&doc, "killed");
    assert!(killed.actors.iter().any(|(_, r)| *r == ActorRole::Agent), "{killed:#?}");
    let doc = analyse_parsed("Norlandic forces shot down 30 drones over Varn\n\nThe air force said the drones came from the east.");
    let shot = event_of(&doc, "shot");
    let roles: Vec<(&str, ActorRole)> = shot.actors.iter().map(|(e, r)| (doc.entities().entities[*e].name.as_str(), *r)).collect();
    assert!(roles.contains(&("Norlandic", ActorRole::Agent)), "{shot:#?}");
}

/// What reviewers found the claim rules misread: a charge's content stops before a clause of
/// its own joined by "and"; "posted" after a sentence about a video is a statement.
#[test]
fn charges_and_posts_near_misses() {
    let doc = analyse_learned("Norland accused Varn of shelling Kessa and said five civilians were killed.");
    let charge = claim_with(&doc, "of shelling Kessa");
    assert_eq!(doc.slice(doc.claims()[charge].content), "Varn of shelling Kessa", "{:#?}", doc.claims());
    let doc = analyse_learned("The ministry released a video. Olsen posted on Telegram that the bridge had been destroyed.");
    assert!(doc.claims().iter().any(|c| doc.slice(c.content).contains("bridge had been destroyed")), "{:#?}", doc.claims());
}

/// More near misses a second review found: a video shot somewhere attacks no one; "the launch
/// of the full-scale invasion" launches nothing; "a lightning offensive" names no hazard; "the
/// explosion was not an accident" names no mishap.
#[test]
fn filmed_launched_and_lightning_near_misses() {
    let doc = analyse_parsed("Olsen appeared in a video that was shot outside his office in Kessa, his aides said.");
    assert!(!doc.events().iter().any(|e| e.event_type == "attack"), "{:#?}", doc.events());
    let doc = analyse_parsed("Since the launch of the full-scale invasion, Norland has lost 3,000 soldiers, officials said.");
    assert!(!doc.events().iter().any(|e| matches!(e.event_type, "launch" | "satellite_launch")), "{:#?}", doc.events());
    let doc = analyse_parsed("The rebels' lightning offensive has killed hundreds of people in Varn, officials said.");
    assert_eq!(event_of(&doc, "killed").plover, Some("ASSAULT"), "{:#?}", doc.events());
    let doc = analyse_parsed("Police said the explosion in Kessa was not an accident and killed four people.");
    let tolls: Vec<_> = doc.events().iter().filter(|e| e.event_type == "casualties").collect();
    assert!(!tolls.is_empty() && tolls.iter().all(|e| e.plover.is_some()), "{:#?}", doc.events());
}

/// "Norland said it had placed a satellite into orbit after launching a rocket": the speaker's
/// "it" launched it, a place named between being no other subject.
#[test]
fn a_participle_after_shares_the_speakers_subject() {
    let doc = analyse_parsed("The Border Guard Service said it had sealed the crossing at Varn after launching a rocket from Kessa.");
    let launch = event_of(&doc, "launching");
    let agents: Vec<&str> = launch.actors.iter().filter(|(_, r)| *r == ActorRole::Agent).map(|(e, _)| doc.entities().entities[*e].name.as_str()).collect();
    assert_eq!(agents, ["Border Guard Service"], "{launch:#?}");
}
