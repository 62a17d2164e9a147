//! The API routes answered over the fictional fixture ledger, without a socket.

use serde_json::Value;
use sitrep_ledger::{fixture, MemoryStore, Store};

use super::*;

/// A ledger of the two fictional reports of `sitrep_ledger::fixture` (a coast guard's count of
/// ships, the shipping company's denial) and one without analysis.
fn ledger() -> MemoryStore {
    let mut store = MemoryStore::new();
    for doc in [fixture::report(), fixture::follow_up(), fixture::bare()] {
        store.put(&doc).expect("put");
    }
    store
}

fn get(store: &mut dyn Store, target: &str) -> ApiResponse {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    handle(store, "memory", &ApiRequest { method: Method::Get, path, query, json_body: false, body: b"" })
}

fn post(store: &mut dyn Store, path: &str, body: &str) -> ApiResponse {
    handle(store, "memory", &ApiRequest { method: Method::Post, path, query: "", json_body: true, body: body.as_bytes() })
}

fn error_of(r: &ApiResponse) -> &str {
    r.body["error"].as_str().unwrap_or_else(|| panic!("no error message in {}", r.body))
}

#[test]
fn overview_counts_documents() {
    let r = get(&mut ledger(), "/api/overview");
    assert_eq!(r.status, 200);
    assert_eq!(r.body["documents"], 3);
    assert_eq!(r.body["store"], "memory");
    assert_eq!(r.body["version"], VERSION);
}

#[test]
fn documents_are_listed_newest_first_in_pages() {
    let mut store = ledger();
    let r = get(&mut store, "/api/documents");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["total"], 3);
    let published: Vec<&Value> = r.body["documents"].as_array().expect("list").iter().map(|d| &d["published"]).collect();
    assert_eq!(published, [&Value::from("2024-03-07"), &Value::from("2024-03-06"), &Value::Null]);
    let page = get(&mut store, "/api/documents?offset=1&limit=1");
    assert_eq!(page.body["documents"].as_array().map(Vec::len), Some(1));
    assert_eq!(page.body["documents"][0], r.body["documents"][1]);
    assert!(page.body["documents"][0]["claims"].as_u64() > Some(0), "{}", page.body);
    let bad = get(&mut store, "/api/documents?limit=ten");
    assert_eq!(bad.status, 400);
    assert!(error_of(&bad).contains("limit"), "{}", bad.body);
}

#[test]
fn one_document_is_its_ledger_json() {
    let mut store = ledger();
    let id = fixture::report().id().to_string();
    let r = get(&mut store, &format!("/api/documents/{id}"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["documents"].as_array().map(Vec::len), Some(1));
    assert_eq!(r.body["documents"][0]["id"], id.as_str());
    let expected = serde_json::to_value(store.export(Some(&[id])).expect("export")).expect("json");
    assert_eq!(r.body, expected, "the same JSON as an export of that document");
    for missing in ["/api/documents/d-0123456789abcdef", "/api/documents/..%2F..%2Fetc", "/api/documents/"] {
        let r = get(&mut store, missing);
        assert_eq!(r.status, 404, "{missing}: {}", r.body);
        assert!(!error_of(&r).is_empty());
    }
}

#[test]
fn search_story_entity_and_claims_answer_as_the_command_line_does() {
    let mut store = ledger();
    let hits = get(&mut store, "/api/search?q=Velmora+harbour");
    assert_eq!(hits.status, 200);
    assert_eq!(hits.body["hits"][0]["doc"], fixture::report().id());

    let story = get(&mut store, "/api/story?q=ships%20Castor");
    assert_eq!(story.status, 200, "{}", story.body);
    let expected = questions::story(&store, "ships Castor", STORY_HITS, 1).expect("story").expect("found");
    let mut body = story.body.clone();
    let listed = body.as_object_mut().and_then(|b| b.remove("document_list")).expect("the story's documents");
    assert_eq!(body, serde_json::to_value(expected).expect("json"), "the rest is what `sitrep story` prints");
    let ids: Vec<&str> = listed.as_array().expect("list").iter().filter_map(|d| d["id"].as_str()).collect();
    assert!(ids.contains(&fixture::report().id()), "{listed}");
    assert!(listed[0]["source"].is_string() && listed[0].get("published").is_some(), "{listed}");
    assert!(!story.body["clusters"].as_array().expect("clusters").is_empty(), "{}", story.body);
    let none = get(&mut store, "/api/story?q=zeppelin");
    assert_eq!(none.status, 404);
    assert!(error_of(&none).contains("zeppelin"));
    assert_eq!(get(&mut store, "/api/story?q=+").status, 400);

    let entity = get(&mut store, "/api/entity?name=Averin+Coast+Guard");
    assert_eq!(entity.status, 200, "{}", entity.body);
    assert_eq!(entity.body[0]["name"], "Averin Coast Guard");
    assert_eq!(get(&mut store, "/api/entity?name=Nobody+Here").status, 404);

    let denied = get(&mut store, "/api/claims?status=denied");
    assert_eq!(denied.status, 200);
    let claims = denied.body.as_array().expect("list");
    assert!(!claims.is_empty() && claims.iter().all(|c| c["status"] == "denied"), "{}", denied.body);
    let bad = get(&mut store, "/api/claims?status=rumoured");
    assert_eq!(bad.status, 400);
    assert!(error_of(&bad).contains("asserted"), "the message lists the statuses: {}", bad.body);
}

#[test]
fn grades_are_set_and_listed() {
    let mut store = ledger();
    assert_eq!(get(&mut store, "/api/grades").body["grades"], Value::Array(vec![]));
    let set = post(&mut store, "/api/grades", r#"{"source": " Averin Coast Guard ", "grade": "b", "note": "right before"}"#);
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.body["grade"], "B");
    assert_eq!(set.body["source"], "averin coast guard", "as the list keys it");
    let listed = get(&mut store, "/api/grades");
    assert_eq!(listed.body["grades"][0]["source"], "averin coast guard");
    assert_eq!(listed.body["grades"][0]["grade"], "B");
    assert_eq!(listed.body["grades"][0]["note"], "right before");

    for (body, why) in [
        (r#"{"source": "Averin Coast Guard", "grade": "G"}"#, "a letter outside A-F"),
        (r#"{"source": "Averin Coast Guard", "grade": "AB"}"#, "two letters"),
        (r#"{"source": "", "grade": "A"}"#, "no source"),
        (r#"{"grade": "A"}"#, "a missing field"),
        ("not json", "no JSON"),
    ] {
        let r = post(&mut store, "/api/grades", body);
        assert_eq!(r.status, 400, "{why}: {}", r.body);
        assert!(!error_of(&r).is_empty());
    }
    // A form post from another site cannot declare JSON, so it is refused.
    let form = handle(
        &mut store,
        "memory",
        &ApiRequest { method: Method::Post, path: "/api/grades", query: "", json_body: false, body: b"source=x&grade=A" },
    );
    assert_eq!(form.status, 415);
    assert_eq!(store.grades().expect("grades").len(), 1, "nothing but the good grade was stored");
}

#[test]
fn unknown_routes_and_methods_are_told_apart() {
    let mut store = ledger();
    assert_eq!(get(&mut store, "/api/nothing").status, 404);
    assert_eq!(post(&mut store, "/api/documents", "{}").status, 405);
    assert_eq!(post(&mut store, "/api/documents/d-01", "{}").status, 405);
    let other = handle(&mut store, "memory", &ApiRequest { method: Method::Other, path: "/api/grades", query: "", json_body: false, body: b"" });
    assert_eq!(other.status, 405);
}

#[test]
fn percent_escapes_and_plus_signs_are_decoded() {
    assert_eq!(percent_decode("convoy+Kaliningrad%2C%20S-400"), "convoy Kaliningrad, S-400");
    assert_eq!(percent_decode("Pjongjang%E2%80%99s"), "Pjongjang\u{2019}s");
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
    assert_eq!(percent_decode("%FF"), "\u{fffd}");
    let q = Query::parse("q=a%26b&q=second&empty&limit=");
    assert_eq!(q.text("q"), "a&b", "the first of repeated keys");
    assert_eq!(q.text("empty"), "");
    assert_eq!(q.number("limit", 7).ok(), Some(7));
}

#[test]
fn outlines_of_a_box_are_the_countries_in_it() {
    let mut store = ledger();
    let r = get(&mut store, "/api/outlines?west=124&south=37&east=131&north=43");
    assert_eq!(r.status, 200, "{}", r.body);
    let countries = r.body["countries"].as_array().expect("list");
    let names: Vec<&str> = countries.iter().filter_map(|c| c["name"].as_str()).collect();
    assert!(names.contains(&"North Korea") && names.contains(&"South Korea"), "{names:?}");
    assert!(!names.contains(&"Brazil"), "{names:?}");
    let point = &countries[0]["rings"][0][0];
    assert!(point[0].is_f64() && point[1].is_f64(), "[lon, lat] pairs: {point}");
    // The whole world comes thinned: far fewer points than a region's detail would give.
    let world = get(&mut store, "/api/outlines?west=-180&south=-90&east=180&north=90");
    let points = |r: &ApiResponse| -> usize {
        r.body["countries"].as_array().into_iter().flatten().flat_map(|c| c["rings"].as_array().into_iter().flatten()).map(|ring| ring.as_array().map_or(0, Vec::len)).sum()
    };
    assert!(points(&world) < 60_000, "{}", points(&world));
    for bad in ["/api/outlines?west=10&south=0&east=5&north=1", "/api/outlines?west=a&south=0&east=5&north=1", "/api/outlines"] {
        assert_eq!(get(&mut store, bad).status, 400, "{bad}");
    }
}

#[test]
fn exports_are_files_of_the_whole_ledger_or_of_a_search() {
    let mut store = ledger();
    let csv = get(&mut store, "/api/export/events.csv");
    assert_eq!(csv.status, 200);
    let file = csv.file.expect("a file");
    assert!(file.content_type.starts_with("text/csv"));
    let text = String::from_utf8(file.bytes).expect("UTF-8");
    let all = store.export(None).expect("export");
    assert_eq!(text, export::events_csv(&all), "the same rows as the library gives");
    assert_eq!(text.lines().count(), all.events.len() + 1);

    let geo = get(&mut store, "/api/export/ledger.geojson?q=Castor").file.expect("a file");
    assert_eq!(geo.content_type, "application/geo+json");
    let collection: serde_json::Value = serde_json::from_slice(&geo.bytes).expect("JSON");
    assert_eq!(collection["type"], "FeatureCollection");
    let only = get(&mut store, "/api/export/events.csv?q=miscounted").file.expect("a file");
    assert!(String::from_utf8_lossy(&only.bytes).lines().count() < text.lines().count(), "only the follow-up's events");
    let none = get(&mut store, "/api/export/events.csv?q=zeppelin");
    assert_eq!((none.status, none.file.is_none()), (404, true));
}
