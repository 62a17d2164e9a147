//! Unit tests of claims, events and relations on short fictional reports, run through the real
//! tokenizer, entity recogniser and time and quantity taggers; the place layer is built by hand
//! from a tiny gazetteer so the tests do not depend on the real one.

use std::sync::Arc;

use sitrep_doc::{
    ClaimStatus, Doc, DocMeta, Evidence, EventStatus, Place, PlaceKind, PlaceLayer, PlaceLexicon, PlaceMention,
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
                let span = doc.span(at, at + name.len())?;
                layer.mentions.push(PlaceMention { span, place: i });
            }
        }
        doc.set_places(layer)
    }
}

fn analyse(text: &str) -> Doc {
    let published = chrono::NaiveDate::from_ymd_opt(2025, 3, 7);
    let meta = DocMeta { published, outlet: Some("Kessa Herald".into()), ..DocMeta::default() };
    let mut doc = Doc::from_text(meta, text);
    let pipeline = sitrep_doc::Pipeline::new()
        .with(sitrep_nlp::RuleTokenizer)
        .with(sitrep_nlp::RuleSentenceSplitter)
        .with(sitrep_nlp::RuleEntityRecognizer::new(Arc::new(TinyGazetteer)))
        .with(sitrep_time::TimeTagger)
        .with(sitrep_quantity::QuantityTagger)
        .with(TinyResolver)
        .with(RuleClaimExtractor)
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
fn presence_from_a_count_at_a_place() {
    let doc = analyse("A depot in Varn on March 4, with an estimated 80 soldiers.");
    let e = doc.events().iter().find(|e| e.event_type == "presence").expect("presence");
    assert_eq!(e.time.as_ref().map(|t| t.0.as_str()), Some("2025-03-04"));
    assert_eq!(e.places.len(), 1);
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
