//! The JSON API: one request in, one response out, over any [`Store`].
//!
//! Routing is a plain function of method, path, query and body, with no HTTP library in sight, so
//! that every route is tested without a socket and the transport ([`crate::http`]) stays thin.
//! Every body is JSON; every failure is `{"error": "..."}` with a status that says whose fault it
//! is: 400 for a bad request, 404 for something the ledger does not hold, 500 for the store.
//!
//! | route | answer |
//! |---|---|
//! | `GET /api/overview` | version, store kind, number of documents |
//! | `GET /api/documents?offset=&limit=` | a page of documents, newest first ([`DocumentPage`]) |
//! | `GET /api/documents/<id>` | the ledger JSON of one document (`shared/spec/ledger-json.md`) |
//! | `GET /api/search?q=&limit=` | full-text hits in documents and claims |
//! | `GET /api/story?q=&min_docs=` | the story of the documents holding the words (`sitrep story`), and `document_list`: its documents' titles, outlets and dates |
//! | `GET /api/entity?name=` | canonical entities of that name across documents (`sitrep entity`) |
//! | `GET /api/claims?status=&limit=` | claims with one status (`sitrep claims`) |
//! | `GET /api/grades`, `POST /api/grades` | the analyst's source grades; set one |
//! | `GET /api/outlines?west=&south=&east=&north=` | country outlines meeting a box, thinned to its scale |
//! | `GET /api/export/events.csv[?q=]` | events as CSV rows (`sitrep export --format events-csv`) |
//! | `GET /api/export/ledger.geojson[?q=]` | places and located events as GeoJSON |
//!
//! The two exports cover the documents holding any of the words `q`, or the whole ledger; they
//! are files to download, not JSON answers.
//!
//! [`DocumentPage`]: sitrep_ledger::DocumentPage

use serde::{Deserialize, Serialize};
use serde_json::json;
use sitrep_doc::ClaimStatus;
use sitrep_geo::{GeoBox, Outlines};
use sitrep_ledger::{export, normalise_source, Error as StoreError, Store, VERSION};

use crate::questions;

/// Most documents one page of `/api/documents` lists.
const MAX_PAGE: usize = 500;
/// Most hits `/api/search` returns.
const MAX_HITS: usize = 200;
/// Most search hits a story is built from (as `sitrep story`).
const STORY_HITS: usize = 2000;
/// Most claims `/api/claims` returns.
const MAX_CLAIMS: usize = 5000;

/// The parts of an HTTP request the API reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Other,
}

#[derive(Debug)]
pub struct ApiRequest<'a> {
    pub method: Method,
    /// The path, percent-encoded as received, without the query (`/api/documents/d-12`).
    pub path: &'a str,
    /// The query string after `?`, percent-encoded (`q=convoy+Kaliningrad&limit=5`).
    pub query: &'a str,
    /// Whether the body was declared `application/json`. Writes require it: a cross-site form
    /// cannot send it without the browser asking first, so no other page can change grades.
    pub json_body: bool,
    pub body: &'a [u8],
}

/// A JSON answer and its HTTP status; or, for the exports, a file to download (`body` is then
/// empty).
#[derive(Debug, Clone, PartialEq)]
pub struct ApiResponse {
    pub status: u16,
    pub body: serde_json::Value,
    pub file: Option<ApiFile>,
}

/// A file answer: its media type, the name a browser saves it under, and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiFile {
    pub content_type: &'static str,
    pub name: &'static str,
    pub bytes: Vec<u8>,
}

impl ApiResponse {
    fn ok(body: impl Serialize) -> ApiResponse {
        match serde_json::to_value(body) {
            Ok(body) => ApiResponse { status: 200, body, file: None },
            Err(e) => ApiResponse::error(500, format!("cannot write the answer as JSON: {e}")),
        }
    }

    /// A JSON error answer: `{"error": message}`.
    pub fn error(status: u16, message: impl Into<String>) -> ApiResponse {
        ApiResponse { status, body: json!({ "error": message.into() }), file: None }
    }

    fn from_store(e: StoreError) -> ApiResponse {
        let status = match e {
            StoreError::UnknownDoc { .. } => 404,
            StoreError::BadInput { .. } => 400,
            _ => 500,
        };
        ApiResponse::error(status, e.to_string())
    }
}

/// Answers one API request. `store_kind` is what `/api/overview` reports (`sqlite`, `postgres`).
pub fn handle(store: &mut dyn Store, store_kind: &str, req: &ApiRequest) -> ApiResponse {
    let Some(route) = req.path.strip_prefix("/api/") else {
        return ApiResponse::error(404, format!("no such API route: {}", req.path));
    };
    let query = Query::parse(req.query);
    let result = match (req.method, route) {
        (Method::Get, "overview") => overview(store, store_kind),
        (Method::Get, "documents") => documents(store, &query),
        (Method::Get, "search") => search(store, &query),
        (Method::Get, "story") => story(store, &query),
        (Method::Get, "entity") => entity(store, &query),
        (Method::Get, "claims") => claims(store, &query),
        (Method::Get, "grades") => grades(store),
        (Method::Post, "grades") => set_grade(store, req),
        (Method::Get, "outlines") => Ok(outlines(&query)),
        (Method::Get, "export/events.csv") => export(store, &query, Export::EventsCsv),
        (Method::Get, "export/ledger.geojson") => export(store, &query, Export::GeoJson),
        // Ids are `d-` and hex digits: nothing to decode, and anything encoded is no id.
        (Method::Get, r) if r.starts_with("documents/") => document(store, &r["documents/".len()..]),
        (_, "overview" | "documents" | "search" | "story" | "entity" | "claims" | "grades" | "outlines" | "export/events.csv" | "export/ledger.geojson") => {
            Ok(ApiResponse::error(405, format!("{} does not take this method", req.path)))
        }
        (_, r) if r.starts_with("documents/") => Ok(ApiResponse::error(405, format!("{} does not take this method", req.path))),
        _ => Ok(ApiResponse::error(404, format!("no such API route: {}", req.path))),
    };
    result.unwrap_or_else(ApiResponse::from_store)
}

fn overview(store: &mut dyn Store, store_kind: &str) -> Result<ApiResponse, StoreError> {
    Ok(ApiResponse::ok(json!({
        "version": VERSION,
        "store": store_kind,
        "documents": store.doc_count()?,
    })))
}

fn documents(store: &mut dyn Store, query: &Query) -> Result<ApiResponse, StoreError> {
    let offset = match query.number("offset", 0) {
        Ok(n) => n,
        Err(e) => return Ok(e),
    };
    let limit = match query.number("limit", 50) {
        Ok(n) => n.min(MAX_PAGE),
        Err(e) => return Ok(e),
    };
    Ok(ApiResponse::ok(store.documents_page(offset, limit)?))
}

fn document(store: &mut dyn Store, id: &str) -> Result<ApiResponse, StoreError> {
    // An id is `d-` and hex digits; anything else cannot be stored, so it is not looked up.
    let well_formed = id.strip_prefix("d-").is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if !well_formed {
        return Ok(ApiResponse::error(404, format!("no document {id:?} in the ledger")));
    }
    Ok(ApiResponse::ok(store.export(Some(&[id.to_string()]))?))
}

fn search(store: &mut dyn Store, query: &Query) -> Result<ApiResponse, StoreError> {
    let words = query.text("q");
    let limit = match query.number("limit", 20) {
        Ok(n) => n.min(MAX_HITS),
        Err(e) => return Ok(e),
    };
    Ok(ApiResponse::ok(json!({ "hits": store.search(words, limit)? })))
}

fn story(store: &mut dyn Store, query: &Query) -> Result<ApiResponse, StoreError> {
    let words = query.text("q");
    if words.trim().is_empty() {
        return Ok(ApiResponse::error(400, "give the words of the story: /api/story?q=convoy+Kaliningrad"));
    }
    let min_docs = match query.number("min_docs", 1) {
        Ok(n) => n,
        Err(e) => return Ok(e),
    };
    // The story as `sitrep story --format json` prints it, and the documents it was linked
    // from (`document_list`: titles, outlets and dates for the reader).
    Ok(match questions::story_with_documents(store, words, STORY_HITS, min_docs)? {
        Some((story, documents)) => {
            let mut answer = ApiResponse::ok(story);
            if let Some(fields) = answer.body.as_object_mut() {
                fields.insert("document_list".into(), serde_json::to_value(documents).unwrap_or_default());
            }
            answer
        }
        None => ApiResponse::error(404, format!("no document matches \u{201c}{words}\u{201d}")),
    })
}

fn entity(store: &mut dyn Store, query: &Query) -> Result<ApiResponse, StoreError> {
    let name = query.text("name");
    if name.trim().is_empty() {
        return Ok(ApiResponse::error(400, "give a name: /api/entity?name=NIS"));
    }
    let found = questions::entity(store, name)?;
    Ok(if found.is_empty() {
        ApiResponse::error(404, format!("no entity named \u{201c}{name}\u{201d}"))
    } else {
        ApiResponse::ok(found)
    })
}

fn claims(store: &mut dyn Store, query: &Query) -> Result<ApiResponse, StoreError> {
    let status = query.text("status");
    if ClaimStatus::parse(status).is_none() {
        return Ok(ApiResponse::error(400, unknown_status(status)));
    }
    let limit = match query.number("limit", 500) {
        Ok(n) => n.min(MAX_CLAIMS),
        Err(e) => return Ok(e),
    };
    Ok(ApiResponse::ok(store.claims_with_status(status, Some(limit))?))
}

/// The message for a claim status the ledger contract does not have.
pub fn unknown_status(status: &str) -> String {
    let all: Vec<&str> = ClaimStatus::ALL.iter().map(|s| s.as_str()).collect();
    format!("`{status}` is no claim status; use one of {}", all.join(", "))
}

/// One grade as the API lists it.
#[derive(Serialize)]
struct GradeLine {
    source: String,
    grade: String,
    note: Option<String>,
    set_at: String,
}

fn grades(store: &mut dyn Store) -> Result<ApiResponse, StoreError> {
    let grades: Vec<GradeLine> = store
        .grades()?
        .into_iter()
        .map(|(source, g)| GradeLine { source, grade: g.grade.to_string(), note: g.note, set_at: g.set_at })
        .collect();
    Ok(ApiResponse::ok(json!({ "grades": grades })))
}

#[derive(Deserialize)]
struct GradeRequest {
    source: String,
    grade: String,
    #[serde(default)]
    note: Option<String>,
}

fn set_grade(store: &mut dyn Store, req: &ApiRequest) -> Result<ApiResponse, StoreError> {
    if !req.json_body {
        return Ok(ApiResponse::error(415, "send the grade as JSON (Content-Type: application/json)"));
    }
    let asked: GradeRequest = match serde_json::from_slice(req.body) {
        Ok(g) => g,
        Err(e) => return Ok(ApiResponse::error(400, format!("the body is not a grade ({{\"source\": ..., \"grade\": \"B\"}}): {e}"))),
    };
    let mut letters = asked.grade.trim().chars();
    let (Some(letter), None) = (letters.next(), letters.next()) else {
        return Ok(ApiResponse::error(400, format!("`{}` is no grade; give one letter A-F", asked.grade)));
    };
    let note = asked.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
    store.set_grade(&asked.source, letter, note)?;
    // The source as grades are keyed and listed.
    Ok(ApiResponse::ok(json!({ "source": normalise_source(&asked.source), "grade": letter.to_ascii_uppercase().to_string() })))
}

#[derive(Clone, Copy)]
enum Export {
    EventsCsv,
    GeoJson,
}

fn export(store: &mut dyn Store, query: &Query, format: Export) -> Result<ApiResponse, StoreError> {
    let words = Some(query.text("q").trim()).filter(|w| !w.is_empty());
    let Some(ledger) = questions::ledger_of(store, words, STORY_HITS)? else {
        return Ok(ApiResponse::error(404, format!("no document matches \u{201c}{}\u{201d}", words.unwrap_or(""))));
    };
    let file = match format {
        Export::EventsCsv => ApiFile { content_type: "text/csv; charset=utf-8", name: "sitrep-events.csv", bytes: export::events_csv(&ledger).into_bytes() },
        Export::GeoJson => ApiFile {
            content_type: "application/geo+json",
            name: "sitrep-ledger.geojson",
            bytes: serde_json::to_vec(&export::geojson(&ledger)).unwrap_or_default(),
        },
    };
    Ok(ApiResponse { status: 200, body: serde_json::Value::Null, file: Some(file) })
}

/// How many pieces of the asked box's larger side one kept outline point may span at most: finer
/// than a map's pixels, coarse enough that a continent is a few thousand points.
const OUTLINE_DETAIL: f64 = 1000.0;

fn outlines(query: &Query) -> ApiResponse {
    let mut sides = [0.0; 4];
    for (side, key) in sides.iter_mut().zip(["west", "south", "east", "north"]) {
        match query.text(key).trim().parse::<f64>() {
            Ok(v) if v.is_finite() => *side = v,
            _ => return ApiResponse::error(400, format!("give the box in degrees: `{key}` must be a number")),
        }
    }
    let [west, south, east, north] = sides;
    if west >= east || south >= north {
        return ApiResponse::error(400, "the box must have west < east and south < north");
    }
    let outlines = match Outlines::embedded() {
        Ok(o) => o,
        Err(e) => return ApiResponse::error(500, e.to_string()),
    };
    let detail = (east - west).max(north - south) / OUTLINE_DETAIL;
    ApiResponse::ok(json!({ "countries": outlines.within(GeoBox { west, south, east, north }, detail) }))
}

/// A decoded query string. Repeated keys: the first wins.
struct Query(Vec<(String, String)>);

impl Query {
    fn parse(query: &str) -> Query {
        Query(
            query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    (percent_decode(k), percent_decode(v))
                })
                .collect(),
        )
    }

    fn text(&self, key: &str) -> &str {
        self.0.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.as_str())
    }

    /// A count parameter; a 400 answer when it is given and is no count.
    fn number(&self, key: &str, default: usize) -> Result<usize, ApiResponse> {
        match self.text(key).trim() {
            "" => Ok(default),
            n => n.parse().map_err(|_| ApiResponse::error(400, format!("`{key}` must be a count, not {n:?}"))),
        }
    }
}

/// Decodes `%XX` escapes and `+` (a space, as forms send it); a `%` without two hex digits stays
/// as it is, and bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(|&h| hex(h)), bytes.get(i + 2).and_then(|&l| hex(l))) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests;
