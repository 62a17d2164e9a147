//! End-to-end runs of `sitrep ingest` on a folder of fictional containers: a JSON Lines file
//! with a bad line, a feed that is not XML, a WARC archive cut short, a plain text; then the
//! same command again, which must find everything already stored.

use std::path::Path;
use std::process::{Command, Output};

fn ingest(paths: &[&Path], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .arg("ingest")
        .args(paths)
        .arg("--db")
        .arg(db)
        .args(["--jobs", "2"])
        .output()
        .expect("sitrep runs")
}

const JSONL: &str = r#"{"url": "https://valley.example/dam", "html": "<html><body><p>Engineers began repairs on the Veld dam on Monday, the regional water board said.</p></body></html>", "published": "2031-05-12", "outlet": "Valley Post"}
{"url": "https://valley.example/ferry", "text": "The ferry to Selk Island resumed on Tuesday after a two-week suspension, the operator said."}
this line is not JSON
"#;

fn warc_record(uri: &str, body: &str) -> String {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    )
}

#[test]
fn a_folder_of_containers_is_ingested_once_with_warnings_for_the_bad_items() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("feeds")).expect("mkdir");
    std::fs::write(input.join("news.jsonl"), JSONL).expect("write");
    std::fs::write(input.join("feeds/broken.rss"), "<rss><channel><item>").expect("write");
    std::fs::write(
        input.join("note.txt"),
        "Storm warnings were lifted for the northern coast on Sunday evening.",
    )
    .expect("write");
    let mut warc = warc_record(
        "https://harbour.example/port",
        "<p>The port of Selk reopened on Wednesday after the storm, the harbour master said.</p>",
    );
    warc.push_str(&warc_record("https://harbour.example/cut", "<p>This record is cut")[..60]);
    std::fs::write(input.join("crawl.warc"), warc).expect("write");
    let db = dir.path().join("ledger.db");

    let first = ingest(&[&input], &db);
    let out = String::from_utf8_lossy(&first.stdout);
    let err = String::from_utf8_lossy(&first.stderr);
    assert!(first.status.success(), "{out}\n{err}");
    assert_eq!(out.trim(), "4 items: 4 stored, 0 already in the ledger, 0 failed; 3 warnings", "{err}");
    assert!(err.contains("news.jsonl line 3: not valid JSON"), "{err}");
    assert!(err.contains("broken.rss: not a readable"), "{err}");
    assert!(err.contains("crawl.warc record 2: the record"), "{err}");

    let again = ingest(&[&input], &db);
    let out = String::from_utf8_lossy(&again.stdout);
    assert_eq!(out.trim(), "4 items: 0 stored, 4 already in the ledger, 0 failed; 3 warnings");
}
