//! `sitrep serve` end to end: the binary serving a ledger that `sitrep analyze` wrote, asked over a
//! plain TCP socket as any HTTP client would; and a missing ledger refused without being created.
//! (The UI itself is tested in a browser by `crates/server/tests/web_ui.rs`.)

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};

use common::{sitrep, text_of};

/// Stops the server when the test ends, however it ends.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One HTTP/1.1 GET; the status code and the body.
fn get(addr: &str, path: &str, host: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").expect("send");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("read");
    let status = reply.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("status line");
    let body = reply.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

#[test]
fn serve_answers_the_api_and_the_page_for_a_stored_ledger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ledger.db");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/harbor-convoy.txt");
    let analysed = sitrep()
        .args(["analyze", example.to_str().expect("UTF-8"), "--published", "2025-03-06", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .expect("analyze runs");
    assert!(analysed.status.success(), "{}", text_of(&analysed.stderr));

    let mut child = sitrep()
        .args(["serve", "--addr", "127.0.0.1:0", "--workers", "2", "--quiet", "--db"])
        .arg(&db)
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let stderr = child.stderr.take().expect("stderr");
    let serving = Serving(child);
    let mut banner = String::new();
    BufReader::new(stderr).read_line(&mut banner).expect("banner");
    let addr = banner
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {banner:?}"))
        .to_string();

    let (status, body) = get(&addr, "/api/overview", "localhost");
    assert_eq!(status, 200, "{body}");
    let overview: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(overview["documents"], 1);
    assert_eq!(overview["store"], "sqlite");

    let (status, body) = get(&addr, "/api/documents", "localhost");
    assert_eq!(status, 200);
    let page: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let id = page["documents"][0]["id"].as_str().expect("id").to_string();
    let (status, body) = get(&addr, &format!("/api/documents/{id}"), &addr);
    assert_eq!(status, 200);
    let ledger: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert!(!ledger["claims"].as_array().expect("claims").is_empty(), "the analysed claims are served");

    let (status, page) = get(&addr, "/", "localhost");
    assert_eq!(status, 200);
    assert!(page.contains("/app.js"), "{page}");
    // A name that is not this machine's (DNS rebinding) is refused.
    assert_eq!(get(&addr, "/api/overview", "attacker.example").0, 421);
    drop(serving);
}

#[test]
fn serve_refuses_a_missing_ledger_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("nothing-here.db");
    let out = sitrep().args(["serve", "--addr", "127.0.0.1:0", "--db"]).arg(&db).output().expect("runs");
    assert!(!out.status.success());
    let message = text_of(&out.stderr);
    assert!(message.contains("no such ledger") && message.contains("nothing-here.db"), "{message}");
    assert!(!db.exists(), "no empty ledger was created");
}

#[test]
fn export_writes_events_csv_and_geojson_of_the_ledger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ledger.db");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/harbor-convoy.txt");
    let analysed = sitrep().args(["analyze", example.to_str().expect("UTF-8"), "--published", "2025-03-06", "--db"]).arg(&db).output().expect("runs");
    assert!(analysed.status.success(), "{}", text_of(&analysed.stderr));

    let csv = sitrep().args(["export", "--format", "events-csv", "--db"]).arg(&db).output().expect("runs");
    assert!(csv.status.success(), "{}", text_of(&csv.stderr));
    let csv = text_of(&csv.stdout);
    let mut lines = csv.lines();
    assert!(lines.next().is_some_and(|h| h.starts_with("event_id,doc,outlet,published,event_date")), "{csv}");
    assert!(lines.next().is_some(), "the example's events are rows: {csv}");

    let out = dir.path().join("ledger.geojson");
    let geo = sitrep().args(["export", "--format", "geojson", "--search", "convoy", "--out"]).arg(&out).arg("--db").arg(&db).output().expect("runs");
    assert!(geo.status.success(), "{}", text_of(&geo.stderr));
    let collection: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).expect("file")).expect("JSON");
    assert!(!collection["features"].as_array().expect("features").is_empty());

    let none = sitrep().args(["export", "--format", "json", "--search", "zeppelin", "--db"]).arg(&db).output().expect("runs");
    assert_eq!(none.status.code(), Some(1));
    assert!(text_of(&none.stderr).contains("zeppelin"));
}
