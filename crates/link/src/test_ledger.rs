//! Small hand-built ledgers for the unit tests: records as the pipeline would write them for a
//! few fictional reports, without running the pipeline.

use sitrep_ledger::records::{
    ClaimRecord, DocumentRecord, EntityRecord, EventPlaceRecord, EventRecord, LedgerJson,
    MentionRecord, PlaceRecord, QuantityRecord, RelationRecord, TimeSpanRecord,
};

pub(crate) fn place(id: &str, name: &str, lat: f64, lon: f64, country: &str, kind: &str) -> PlaceRecord {
    PlaceRecord {
        id: id.into(),
        name: name.into(),
        lat,
        lon,
        country: Some(country.into()),
        kind: kind.into(),
        geonames_id: None,
        mentions: vec![MentionRecord { doc: "d-1".into(), start: 0, end: 1, kind: None }],
        admin1: None,
        population: 0,
        aliases: Vec::new(),
    }
}

pub(crate) fn event(
    id: &str,
    doc: &str,
    event_type: &str,
    places: &[(&str, &str)],
    time: Option<(&str, &str)>,
    status: &str,
) -> EventRecord {
    EventRecord {
        id: id.into(),
        event_type: event_type.into(),
        plover: None,
        trigger: event_type.into(),
        doc: doc.into(),
        start: 0,
        end: 1,
        actors: Vec::new(),
        places: places
            .iter()
            .map(|(p, r)| EventPlaceRecord { place: p.to_string(), role: r.to_string() })
            .collect(),
        quantities: Vec::new(),
        time: time.map(|(s, e)| TimeSpanRecord { start: s.into(), end: e.into() }),
        status: status.into(),
        claims: Vec::new(),
        other_triggers: Vec::new(),
    }
}

fn document(id: &str, outlet: Option<&str>, published: Option<&str>) -> DocumentRecord {
    DocumentRecord {
        id: id.into(),
        source: format!("{id}.txt"),
        title: None,
        outlet: outlet.map(str::to_string),
        published: published.map(str::to_string),
        text: String::new(),
        captions: Vec::new(),
        removed: Vec::new(),
        author: None,
        url: None,
        language: None,
        warnings: Vec::new(),
    }
}

pub(crate) fn empty_ledger() -> LedgerJson {
    LedgerJson::empty("test")
}

/// A ledger of the given places and events, with one undated document per event document.
pub(crate) fn ledger_with(places: Vec<PlaceRecord>, events: Vec<EventRecord>) -> LedgerJson {
    let mut ledger = empty_ledger();
    for e in &events {
        if !ledger.documents.iter().any(|d| d.id == e.doc) {
            ledger.documents.push(document(&e.doc, None, None));
        }
    }
    ledger.places = places;
    ledger.events = events;
    ledger
}

pub(crate) fn entity(id: &str, name: &str, t: &str, aliases: &[&str], org_kind: &str) -> EntityRecord {
    EntityRecord {
        id: id.into(),
        name: name.into(),
        entity_type: t.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        country: None,
        mentions: vec![MentionRecord { doc: "d-1".into(), start: 0, end: 1, kind: None }],
        org_kind: Some(org_kind.into()),
    }
}

pub(crate) fn claim(
    id: &str,
    doc: &str,
    source: Option<&str>,
    source_text: &str,
    content: &str,
    status: &str,
    evidence: &[&str],
) -> ClaimRecord {
    ClaimRecord {
        id: id.into(),
        doc: doc.into(),
        source: source.map(str::to_string),
        source_text: source_text.into(),
        cue: "said".into(),
        content: content.into(),
        start: 100,
        end: 100 + content.len(),
        source_span: None,
        cue_span: None,
        evidence: evidence.iter().map(|e| e.to_string()).collect(),
        status: status.into(),
        reported_by: None,
        date: None,
        quote: "indirect".into(),
    }
}

/// Documents `(id, outlet, published)` with the given entities and claims.
pub(crate) fn ledger_of_claims(
    docs: &[(&str, &str, &str)],
    entities: Vec<EntityRecord>,
    claims: Vec<ClaimRecord>,
) -> LedgerJson {
    let mut ledger = empty_ledger();
    ledger.documents = docs.iter().map(|(id, o, p)| document(id, Some(o), Some(p))).collect();
    ledger.entities = entities;
    ledger.claims = claims;
    ledger
}

fn quantity(id: &str, doc: &str, text: &str, value: f64, at: usize, approx: bool, bound: Option<&str>) -> QuantityRecord {
    QuantityRecord {
        id: id.into(),
        text: text.into(),
        value,
        unit: Some("vehicles".into()),
        approx,
        doc: doc.into(),
        start: at,
        end: at + text.len(),
        upper: None,
        bound: bound.map(str::to_string),
        unit_span: None,
    }
}

/// Five reports of a convoy: the agency's statement relayed three times (once copied word for
/// word), an institute's own imagery, a ministry's denial that softens a week later, and a plan.
pub(crate) fn story_ledger() -> LedgerJson {
    let mut l = ledger_of_claims(
        &[
            ("d-1", "Helsinki Tribune", "2025-03-04"),
            ("d-2", "Harbour Wire", "2025-03-05"),
            ("d-3", "Nordic Post", "2025-03-06"),
            ("d-4", "Baltic Times", "2025-03-06"),
            ("d-5", "Helsinki Tribune", "2025-03-13"),
        ],
        vec![
            entity("e-cma", "Coastal Monitoring Agency", "ORG", &["CMA"], "government_agency"),
            entity("e-cma2", "CMA", "ORG", &[], "government_agency"),
            entity("e-nii", "Nordic Imagery Institute", "ORG", &[], "other"),
            entity("e-mod", "Defence Ministry", "ORG", &[], "government_agency"),
        ],
        vec![
            claim("c-1", "d-1", Some("e-cma"), "CMA", "a convoy carrying about 40 armored vehicles left Kaliningrad on Monday", "asserted", &["satellite_imagery", "press_release"]),
            claim("c-2", "d-2", Some("e-cma2"), "CMA", "a convoy carrying about 40 armored vehicles left Kaliningrad on Monday", "asserted", &["press_release"]),
            claim("c-3", "d-3", Some("e-nii"), "the institute", "at least 60 vehicles were loaded in Kaliningrad", "asserted", &["satellite_imagery"]),
            claim("c-4", "d-4", Some("e-mod"), "the ministry", "the reports", "denied", &[]),
            claim("c-4b", "d-4", Some("e-cma"), "the agency", "ships left the port of Kaliningrad", "asserted", &[]),
            claim("c-5", "d-5", Some("e-mod"), "the ministry", "some vehicles were moved from Kaliningrad for an exercise", "asserted", &[]),
            claim("c-6", "d-5", Some("e-cma"), "the agency", "Moscow plans to move another 200 vehicles next month", "hedged", &[]),
        ],
    );
    // The plan stands later in its report than the ministry's words.
    if let Some(c) = l.claims.iter_mut().find(|c| c.id == "c-6") {
        c.start += 300;
        c.end += 300;
    }
    l.places = vec![
        place("p-1", "Kaliningrad", 54.71, 20.51, "RU", "city"),
        place("p-2", "Saint Petersburg", 59.94, 30.31, "RU", "city"),
    ];
    l.quantities = vec![
        quantity("q-1", "d-1", "about 40", 40.0, 100 + 19, true, None),
        quantity("q-2", "d-2", "about 40", 40.0, 100 + 19, true, None),
        quantity("q-3", "d-3", "at least 60", 60.0, 100, false, Some("MORE_THAN")),
        quantity("q-4", "d-5", "200", 200.0, 400 + 30, false, None),
    ];
    let ev = |id: &str, doc: &str, t: &str, places: &[(&str, &str)], time: Option<(&str, &str)>, status: &str, claims: &[&str], qs: &[&str]| {
        let mut e = event(id, doc, t, places, time, status);
        e.claims = claims.iter().map(|c| c.to_string()).collect();
        e.quantities = qs.iter().map(|q| q.to_string()).collect();
        e
    };
    l.events = vec![
        ev("v-1", "d-1", "transport", &[("p-1", "origin"), ("p-2", "destination")], Some(("2025-03-03", "2025-03-05")), "occurred", &["c-1"], &[]),
        ev("v-2", "d-2", "transport", &[("p-1", "origin")], Some(("2025-03-03", "2025-03-03")), "occurred", &["c-2"], &[]),
        ev("v-3", "d-3", "depart", &[("p-1", "origin")], Some(("2025-03-04", "2025-03-04")), "occurred", &["c-3"], &[]),
        ev("v-4", "d-4", "depart", &[("p-1", "origin")], None, "occurred", &["c-4b"], &[]),
        ev("v-5", "d-5", "transport", &[("p-1", "origin")], None, "occurred", &["c-5"], &[]),
        ev("v-6", "d-5", "transport", &[("p-1", "origin")], None, "planned", &["c-6"], &["q-4"]),
    ];
    l.relations = vec![RelationRecord {
        relation_type: "contradicts".into(),
        from: "c-4".into(),
        to: "c-4b".into(),
        independent: true,
        id: "r-1".into(),
        doc: "d-4".into(),
        cue: Some("denied".into()),
        cue_span: None,
    }];
    l
}
