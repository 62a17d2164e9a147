//! The ledger in the formats other tools read: events as CSV rows in the manner of conflict-event
//! datasets (ACLED, one row per event with its date, actors, location and coordinates), and places
//! and located events as GeoJSON for GIS tools. Pure conversions of a [`LedgerJson`]; the caller
//! writes the bytes.
//!
//! Every row and feature keeps its provenance (document id and byte span), and a column is left
//! empty rather than guessed: an event without a date in the text has no `event_date`, even when
//! its report has a publication date.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::records::{EntityRecord, EventRecord, LedgerJson, PlaceRecord, QuantityRecord};

/// Columns of [`events_csv`], in order.
pub const EVENT_COLUMNS: [&str; 26] = [
    "event_id", "doc", "outlet", "published", "event_date", "end_date", "event_type", "plover", "status",
    "trigger", "actor1", "actor2", "carrier", "location", "latitude", "longitude", "country", "geo_role",
    "origin", "destination", "quantities", "sources", "evidence", "claim_statuses", "start", "end",
];

/// Look-ups from ids to records, built once per export.
struct Index<'a> {
    entities: HashMap<&'a str, &'a EntityRecord>,
    places: HashMap<&'a str, &'a PlaceRecord>,
    quantities: HashMap<&'a str, &'a QuantityRecord>,
}

impl<'a> Index<'a> {
    fn new(ledger: &'a LedgerJson) -> Index<'a> {
        Index {
            entities: ledger.entities.iter().map(|e| (e.id.as_str(), e)).collect(),
            places: ledger.places.iter().map(|p| (p.id.as_str(), p)).collect(),
            quantities: ledger.quantities.iter().map(|q| (q.id.as_str(), q)).collect(),
        }
    }

    /// Names of the event's actors in `roles`, joined with "; ".
    fn actors(&self, event: &EventRecord, roles: &[&str]) -> String {
        let names: Vec<String> = event
            .actors
            .iter()
            .filter(|a| roles.contains(&a.role.as_str()))
            .filter_map(|a| self.entities.get(a.entity.as_str()).map(|e| (e.name.as_str(), !a.according_to.is_empty())))
            // (An agent only one account names is marked: "Russian (disputed); Ukraine (disputed)".)
            .map(|(name, disputed)| if disputed { format!("{name} (disputed)") } else { name.to_string() })
            .collect();
        dedup_join(names.iter().map(String::as_str))
    }

    fn places_in(&self, event: &EventRecord, role: &str) -> Vec<&'a PlaceRecord> {
        event.places.iter().filter(|p| p.role == role).filter_map(|p| self.places.get(p.place.as_str()).copied()).collect()
    }

    /// The place that stands for where the event happened: its location, else where it went,
    /// else where it came from; with that role.
    fn main_place(&self, event: &EventRecord) -> Option<(&'a PlaceRecord, &'static str)> {
        ["location", "destination", "origin"]
            .into_iter()
            .find_map(|role| self.places_in(event, role).first().map(|p| (*p, role)))
    }
}

/// The non-empty items without repeats, in their first order.
fn dedup_in_order<'s>(items: impl IntoIterator<Item = &'s str>) -> Vec<&'s str> {
    let mut seen: Vec<&str> = Vec::new();
    for i in items {
        if !i.is_empty() && !seen.contains(&i) {
            seen.push(i);
        }
    }
    seen
}

fn dedup_join<'s>(items: impl IntoIterator<Item = &'s str>) -> String {
    dedup_in_order(items).join("; ")
}

/// A number as the CSV and GeoJSON write it: integers without a fraction.
fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// "~400 personnel", "10000-12000 troops", "4 ships".
fn quantity_text(q: &QuantityRecord) -> String {
    let value = match q.upper.filter(|&u| u != q.value) {
        Some(u) => format!("{}-{}", number(q.value), number(u)),
        None => number(q.value),
    };
    let approx = if q.approx { "~" } else { "" };
    match &q.unit {
        Some(unit) => format!("{approx}{value} {unit}"),
        None => format!("{approx}{value}"),
    }
}

/// A text cell that a spreadsheet would not run: text from news pages that starts like a
/// formula (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe.
fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One field of a CSV row (RFC 4180): quoted when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The ledger's events as CSV with a header row ([`EVENT_COLUMNS`]), lines ending in CRLF, in the
/// ledger's order.
pub fn events_csv(ledger: &LedgerJson) -> String {
    let index = Index::new(ledger);
    let docs: HashMap<&str, _> = ledger.documents.iter().map(|d| (d.id.as_str(), d)).collect();
    let claims: HashMap<&str, _> = ledger.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut out = EVENT_COLUMNS.join(",");
    out.push_str("\r\n");
    for e in &ledger.events {
        let doc = docs.get(e.doc.as_str());
        let main = index.main_place(e);
        let reporting: Vec<_> = e.claims.iter().filter_map(|c| claims.get(c.as_str())).collect();
        let sources = dedup_join(reporting.iter().map(|c| {
            c.source.as_deref().and_then(|s| index.entities.get(s)).map_or(c.source_text.as_str(), |s| s.name.as_str())
        }));
        let evidence = dedup_join(reporting.iter().flat_map(|c| c.evidence.iter().map(String::as_str)));
        let statuses = dedup_join(reporting.iter().map(|c| c.status.as_str()));
        let names = |role| dedup_join(index.places_in(e, role).into_iter().map(|p| p.name.as_str()));
        let coordinate = |x: f64| if x.is_finite() { number(x) } else { String::new() };
        let row = [
            e.id.clone(),
            e.doc.clone(),
            text_cell(&doc.and_then(|d| d.outlet.clone()).unwrap_or_default()),
            doc.and_then(|d| d.published.clone()).unwrap_or_default(),
            e.time.as_ref().map(|t| t.start.clone()).unwrap_or_default(),
            e.time.as_ref().map(|t| t.end.clone()).unwrap_or_default(),
            e.event_type.clone(),
            e.plover.clone().unwrap_or_default(),
            e.status.clone(),
            text_cell(&e.trigger),
            text_cell(&index.actors(e, &["agent"])),
            text_cell(&index.actors(e, &["patient", "target"])),
            text_cell(&index.actors(e, &["carrier"])),
            text_cell(&main.map(|(p, _)| p.name.clone()).unwrap_or_default()),
            main.map(|(p, _)| coordinate(p.lat)).unwrap_or_default(),
            main.map(|(p, _)| coordinate(p.lon)).unwrap_or_default(),
            main.and_then(|(p, _)| p.country.clone()).unwrap_or_default(),
            main.map(|(_, role)| role.to_string()).unwrap_or_default(),
            text_cell(&names("origin")),
            text_cell(&names("destination")),
            dedup_join(e.quantities.iter().filter_map(|q| index.quantities.get(q.as_str())).map(|q| quantity_text(q)).collect::<Vec<_>>().iter().map(String::as_str)),
            text_cell(&sources),
            text_cell(&evidence),
            statuses,
            e.start.to_string(),
            e.end.to_string(),
        ];
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Places and located events as a GeoJSON FeatureCollection (RFC 7946: `[longitude, latitude]`).
/// Each place is a point with its kind, country and how often and where it is mentioned; each
/// event with a place is a point at the place [`events_csv`] would give it, with its type, status,
/// time span and span in its document. Places without finite coordinates are left out.
pub fn geojson(ledger: &LedgerJson) -> Value {
    let index = Index::new(ledger);
    let feature = |id: &str, p: &PlaceRecord, properties: Value| {
        json!({ "type": "Feature", "id": id, "geometry": { "type": "Point", "coordinates": [p.lon, p.lat] }, "properties": properties })
    };
    let located = |p: &PlaceRecord| p.lat.is_finite() && p.lon.is_finite();
    let mut features = Vec::new();
    for p in ledger.places.iter().filter(|p| located(p)) {
        let docs = dedup_in_order(p.mentions.iter().map(|m| m.doc.as_str()));
        let properties = json!({
            "feature": "place", "name": p.name, "kind": p.kind, "country": p.country,
            "geonames_id": p.geonames_id, "mentions": p.mentions.len(), "docs": docs,
        });
        features.push(feature(&p.id, p, properties));
    }
    for e in &ledger.events {
        let Some((p, role)) = index.main_place(e).filter(|(p, _)| located(p)) else { continue };
        let properties = json!({
            "feature": "event", "event_type": e.event_type, "plover": e.plover, "status": e.status,
            "trigger": e.trigger, "place": p.name, "place_role": role,
            "start_date": e.time.as_ref().map(|t| &t.start), "end_date": e.time.as_ref().map(|t| &t.end),
            "agents": index.actors(e, &["agent"]), "doc": e.doc, "start": e.start, "end": e.end, "claims": e.claims,
        });
        features.push(feature(&e.id, p, properties));
    }
    json!({ "type": "FeatureCollection", "features": features })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{fixture, merge, records_for, VERSION};

    fn ledger() -> LedgerJson {
        merge([records_for(&fixture::report()), records_for(&fixture::follow_up())], VERSION)
    }

    /// The fields of a CSV text, row by row (a small reader for the test: quotes, doubled quotes
    /// and line breaks inside quotes).
    fn read_csv(text: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn events_become_rows_with_place_actors_and_provenance() {
        let ledger = ledger();
        let rows = read_csv(&events_csv(&ledger));
        assert_eq!(rows[0], EVENT_COLUMNS);
        assert_eq!(rows.len(), ledger.events.len() + 1);
        let col = |name: &str| EVENT_COLUMNS.iter().position(|c| *c == name).expect("column");
        for (row, event) in rows[1..].iter().zip(&ledger.events) {
            assert_eq!(row.len(), EVENT_COLUMNS.len());
            assert_eq!(row[col("event_id")], event.id);
            assert_eq!(row[col("start")], event.start.to_string());
            assert_eq!(row[col("event_date")], event.time.as_ref().map(|t| t.start.clone()).unwrap_or_default());
        }
        // The fixture's sailing: three ships from Velmora to Castor Bay between March 3 and 5.
        let sailing = rows.iter().find(|r| r[col("origin")].contains("Velmora")).expect("the sailing");
        assert_eq!(sailing[col("destination")], "Castor Bay");
        assert_eq!(sailing[col("geo_role")], "destination", "no location given: where it went");
        assert!(!sailing[col("latitude")].is_empty() && !sailing[col("longitude")].is_empty());
        assert_eq!(sailing[col("event_date")], "2024-03-03");
        assert!(sailing[col("sources")].contains("Averin Coast Guard"), "{sailing:?}");
    }

    /// An agent one account names and another disputes is marked in the actor column.
    #[test]
    fn disputed_agents_are_marked() {
        let mut ledger = ledger();
        let claim = ledger.claims[0].id.clone();
        let event = ledger.events.iter_mut().find(|e| e.actors.iter().any(|a| a.role == "agent")).expect("an event with an agent");
        let agent = event.actors.iter_mut().find(|a| a.role == "agent").expect("agent");
        agent.according_to = vec![claim];
        let name = ledger.entities.iter().find(|e| e.id == agent.entity).map(|e| e.name.clone()).expect("named");
        let id = event.id.clone();
        let rows = read_csv(&events_csv(&ledger));
        let col = |name: &str| EVENT_COLUMNS.iter().position(|c| *c == name).expect("column");
        let row = rows.iter().find(|r| r[col("event_id")] == id).expect("the event's row");
        assert!(row[col("actor1")].contains(&format!("{name} (disputed)")), "{row:?}");
    }

    #[test]
    fn fields_with_commas_quotes_and_breaks_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("Seoul, Korea"), "\"Seoul, Korea\"");
        assert_eq!(field("the \"fake\" IDs"), "\"the \"\"fake\"\" IDs\"");
        assert_eq!(read_csv(&format!("{}\r\n", field("two\nlines")))[0], ["two\nlines"]);
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text_cell("-5 troops"), "'-5 troops");
        assert_eq!(text_cell("Castor Bay"), "Castor Bay");
    }

    #[test]
    fn geojson_has_places_and_located_events_in_lon_lat_order() {
        let ledger = ledger();
        let collection = geojson(&ledger);
        assert_eq!(collection["type"], "FeatureCollection");
        let features = collection["features"].as_array().expect("features");
        let places: Vec<&Value> = features.iter().filter(|f| f["properties"]["feature"] == "place").collect();
        assert_eq!(places.len(), ledger.places.iter().filter(|p| p.lat.is_finite()).count());
        let first = &ledger.places[0];
        let feature = places.iter().find(|f| f["id"] == first.id.as_str()).expect("the first place");
        assert_eq!(feature["geometry"]["coordinates"], json!([first.lon, first.lat]));
        assert!(features.iter().any(|f| f["properties"]["feature"] == "event"), "{collection:#}");
    }

    #[test]
    fn lists_keep_first_occurrences_in_order() {
        assert_eq!(dedup_in_order(["d-2", "", "d-1", "d-2", "d-1", "d-3"]), ["d-2", "d-1", "d-3"]);
        assert_eq!(dedup_join(["NIS", "HUR", "NIS"]), "NIS; HUR");
    }

    #[test]
    fn quantities_read_as_people_write_them() {
        let mut q = ledger().quantities[0].clone();
        (q.value, q.upper, q.approx, q.unit) = (10000.0, Some(12000.0), false, Some("troops".into()));
        assert_eq!(quantity_text(&q), "10000-12000 troops");
        (q.value, q.upper, q.approx, q.unit) = (400.0, None, true, None);
        assert_eq!(quantity_text(&q), "~400");
    }
}
