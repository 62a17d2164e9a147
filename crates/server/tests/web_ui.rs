//! The web UI end to end: `sitrep_server` serving a real SQLite ledger, headless Chromium loading
//! the page, reading what it renders and clicking as an analyst would.
//!
//! The ledger holds the fictional reports of `sitrep_ledger::fixture` (a coast guard's count of
//! ships with an em dash in its dateline, so byte offsets and the page's UTF-16 indexes differ,
//! and the shipping company's denial) and a document whose title and text are HTML and script, which
//! must show as text.

mod browser;

use serde_json::{json, Value};
use sitrep_doc::{Doc, DocMeta};
use sitrep_ledger::{fixture, open_store, LedgerJson};
use sitrep_server::{start, RunningServer, ServeOptions};

use browser::Browser;

const HOSTILE_TEXT: &str = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> Nothing else.";

struct Setup {
    server: RunningServer,
    db: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("ledger.db");
        {
            let mut store = open_store(&db).expect("new ledger");
            for doc in [fixture::report(), fixture::follow_up(), hostile()] {
                store.put(&doc).expect("put");
            }
        }
        let options = ServeOptions { db: db.display().to_string(), addr: "127.0.0.1:0".into(), workers: 2, allow_hosts: Vec::new(), log: false };
        let server = start(&options).expect("server starts");
        Setup { server, db, _dir: dir }
    }

    fn url(&self, hash: &str) -> String {
        format!("http://{}/{hash}", self.server.addr())
    }

    fn export(&self, id: &str) -> LedgerJson {
        open_store(&self.db).expect("ledger").export(Some(&[id.to_string()])).expect("export")
    }
}

fn hostile() -> Doc {
    Doc::from_text(
        DocMeta {
            source: "fixtures/hostile.html".into(),
            title: Some("<img src=x onerror=\"window.pwned = 3\">".into()),
            ..DocMeta::default()
        },
        HOSTILE_TEXT.to_string(),
    )
}

/// The text of `[start, end)` in `text` (byte offsets, as the ledger gives them).
fn slice(text: &str, [start, end]: [usize; 2]) -> &str {
    &text[start..end]
}

#[test]
fn an_analyst_reads_a_report_with_its_claims_places_and_events() {
    let Some(mut browser) = Browser::launch() else { return };
    let setup = Setup::new();
    let report = fixture::report();
    let ledger = setup.export(report.id());
    let text = &ledger.documents[0].text;

    // The list of documents: newest first, each row linked to its document.
    browser.goto(&setup.url("#/"));
    browser.wait_view("documents");
    let rows = browser.eval("Array.from(document.querySelectorAll('#doc-list tr[data-doc]')).map(r => r.dataset.doc)");
    assert_eq!(rows.as_array().map(Vec::len), Some(3), "{rows}");
    assert_eq!(rows[0], fixture::follow_up().id(), "the latest report first");

    // Open the report by clicking its row's link.
    browser.eval(&format!("document.querySelector('#doc-list tr[data-doc=\"{}\"] a').click()", report.id()));
    browser.wait_view("document");
    assert_eq!(browser.eval("location.hash"), json!(format!("#/doc/{}", report.id())));

    // Every claim's source, cue and content are highlighted exactly at their spans, although the
    // dateline's em dash makes byte offsets and the page's indexes differ.
    assert!(!ledger.claims.is_empty());
    for claim in &ledger.claims {
        let shown = |role: &str, browser: &mut Browser| {
            browser.eval(&format!(
                "Array.from(document.querySelectorAll('#doc-text [data-claim=\"{}\"][data-role=\"{role}\"]')).map(e => e.textContent).join('')",
                claim.id
            ))
        };
        assert_eq!(shown("content", &mut browser), json!(slice(text, [claim.start, claim.end])), "content of {}", claim.id);
        if let Some(span) = claim.cue_span {
            assert_eq!(shown("cue", &mut browser), json!(slice(text, span)), "cue of {}", claim.id);
        }
        if let Some(span) = claim.source_span {
            assert_eq!(shown("source", &mut browser), json!(slice(text, span)), "source of {}", claim.id);
        }
    }
    let cards = browser.eval("document.querySelectorAll('#claims .claim[data-claim]').length");
    assert_eq!(cards, json!(ledger.claims.len()), "one card per claim");
    let events = browser.eval("document.querySelectorAll('#events .event[data-event]').length");
    assert_eq!(events, json!(ledger.events.len()), "one card per event");

    // Selecting a claim marks it and records it in the address, so the view can be shared.
    let denied = ledger.claims.iter().find(|c| c.status == "denied").expect("the fixture has a denial");
    browser.eval(&format!("document.querySelector('#claims .claim[data-claim=\"{}\"]').click()", denied.id));
    browser.wait_for(&format!("document.querySelector('#claims .claim[data-claim=\"{}\"]').classList.contains('selected')", denied.id));
    browser.wait_for(&format!("location.hash.includes('claim={}')", denied.id));
    assert_eq!(browser.eval("document.querySelectorAll('#claims .claim.selected').length"), json!(1));

    // The map has one point per place with coordinates.
    let located = ledger.places.iter().filter(|p| p.lat.is_finite() && p.lon.is_finite()).count();
    assert!(located > 0);
    let points = browser.eval("new Set(Array.from(document.querySelectorAll('svg.map circle[data-place]')).map(c => c.dataset.place)).size");
    assert_eq!(points, json!(located));
    // Coasts and borders are drawn under the points, from the outlines compiled into the server
    // (the fixture's places lie on the Adriatic coast of Italy).
    browser.wait_for("document.querySelector('svg.map path.outline[data-country=\"Italy\"]')");

    // A shared address with a claim opens with that claim selected (from a blank page, so the
    // selection cannot be left over from the clicks above).
    browser.goto("about:blank");
    browser.wait_for("location.href === 'about:blank'");
    browser.goto(&setup.url(&format!("#/doc/{}?claim={}", report.id(), denied.id)));
    browser.wait_for(&format!(
        "document.body.dataset.ready === '1' && document.querySelector('#claims .claim.selected[data-claim=\"{}\"]')",
        denied.id
    ));
}

#[test]
fn a_story_claims_search_and_grades_work_in_the_browser() {
    let Some(mut browser) = Browser::launch() else { return };
    let setup = Setup::new();

    browser.goto(&setup.url("#/story?q=ships%20Castor"));
    browser.wait_view("story");
    let clusters = browser.eval("document.querySelectorAll('#story-clusters .cluster[data-cluster]').length");
    assert!(clusters.as_u64() > Some(0), "{clusters}");
    // Opening a cluster shows its originators, each with whom it speaks for.
    browser.eval("document.querySelector('#story-clusters .cluster[data-cluster]').open = true");
    browser.wait_for("document.querySelector('#story-clusters .cluster[data-cluster] .cl-body table thead')");
    let heads = browser.eval("Array.from(document.querySelector('#story-clusters .cl-body table thead').querySelectorAll('th')).map(t => t.textContent)");
    assert_eq!(heads.get(1), Some(&json!("Speaks for")), "{heads}");
    let cells = browser.eval("Array.from(document.querySelector('#story-clusters .cl-body table').querySelectorAll('tbody tr')).every(r => r.children.length === 8)");
    assert_eq!(cells, json!(true));
    // The story's documents are named by their titles (or files), not by ids.
    let names = browser.eval("Array.from(document.querySelectorAll('#main tr[data-doc] a')).map(a => a.textContent)");
    let names = names.as_array().expect("names");
    assert!(!names.is_empty() && names.iter().all(|n| n.as_str().is_some_and(|t| !t.starts_with("d-"))), "{names:?}");
    // The story's export links give the files.
    let csv = browser.eval("fetch(document.querySelector('a[data-export=\"events-csv\"]').href).then(r => r.text())");
    assert!(csv.as_str().is_some_and(|t| t.starts_with("event_id,doc,")), "{csv}");
    let geo = browser.eval("fetch(document.querySelector('a[data-export=\"geojson\"]').href).then(r => r.json()).then(j => j.type)");
    assert_eq!(geo, json!("FeatureCollection"));

    browser.goto(&setup.url("#/claims?status=denied"));
    browser.wait_view("claims");
    let listed = browser.eval("Array.from(document.querySelectorAll('#claim-list .claim[data-claim]')).map(c => c.dataset.claim)");
    let denied: Vec<Value> = open_store(&setup.db)
        .expect("ledger")
        .claims_with_status("denied", None)
        .expect("claims")
        .into_iter()
        .map(|c| json!(c.id))
        .collect();
    assert_eq!(listed, json!(denied));

    browser.goto(&setup.url("#/search?q=Velmora"));
    browser.wait_view("search");
    assert!(browser.eval("document.querySelectorAll('#search-hits .hit').length").as_u64() > Some(0));

    // Grading a source through the form stores the grade in the ledger.
    browser.goto(&setup.url("#/grades"));
    browser.wait_view("grades");
    browser.eval(
        "(() => { const f = document.querySelector('#grade-form');
           f.querySelector('[name=source]').value = 'Averin Coast Guard';
           f.querySelector('[name=grade]').value = 'B';
           f.querySelector('[name=note]').value = 'right about the convoy';
           f.querySelector('[type=submit]').click(); })()",
    );
    browser.wait_for("document.querySelector('#grade-list [data-source]')");
    let grades = open_store(&setup.db).expect("ledger").grades().expect("grades");
    assert_eq!(grades.get("averin coast guard").map(|g| g.grade), Some('B'), "{grades:?}");
    assert_eq!(grades["averin coast guard"].note.as_deref(), Some("right about the convoy"));
}

#[test]
fn text_from_documents_is_shown_never_run_and_errors_are_told() {
    let Some(mut browser) = Browser::launch() else { return };
    let setup = Setup::new();
    let hostile = hostile();

    browser.goto(&setup.url(&format!("#/doc/{}", hostile.id())));
    browser.wait_view("document");
    assert_eq!(browser.eval("document.querySelector('#doc-text').textContent"), json!(HOSTILE_TEXT));
    assert_eq!(browser.eval("document.querySelectorAll('#doc-text img, #doc-text script, main img').length"), json!(0));
    assert_eq!(browser.eval("typeof window.pwned"), json!("undefined"), "no script from the document ran");
    browser.goto(&setup.url("#/"));
    browser.wait_view("documents");
    assert_eq!(browser.eval("typeof window.pwned"), json!("undefined"), "nor from its title");
    assert_eq!(browser.eval("document.querySelectorAll('main img, main script').length"), json!(0), "the title is text");
    let title = browser.eval(&format!("document.querySelector('#doc-list tr[data-doc=\"{}\"] a').textContent", hostile.id()));
    assert_eq!(title, json!("<img src=x onerror=\"window.pwned = 3\">"));

    // An unknown document: the server's message, not a blank page.
    browser.goto(&setup.url("#/doc/d-0123456789abcdef"));
    browser.wait_for("document.body.dataset.ready === '1' && !document.querySelector('#error').hidden");
    let message = browser.eval("document.querySelector('#error').textContent");
    assert!(message.as_str().is_some_and(|m| m.contains("d-0123456789abcdef")), "{message}");
}
