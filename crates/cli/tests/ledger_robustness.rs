//! The ledger's promises checked on whole `sitrep` processes rather than on threads: two ingests
//! writing one PostgreSQL ledger at once store every document exactly once, and an ingest killed
//! with SIGKILL while it writes an SQLite ledger leaves a sound file of whole documents that the
//! next run completes.
//!
//! The news texts are generated here from a few template sentences about invented towns, rivers
//! and organisations, with numbers varied so that every text (and so every document id) differs.
//! The PostgreSQL test runs when `SITREP_TEST_POSTGRES` holds a connection URL (as for the
//! ledger's store suite), in a schema of its own that the `--db` URL selects with
//! `options=-c search_path=...`; without it, it prints a note and passes.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use sitrep_ledger::{PostgresStore, SqliteStore, Store};

mod common;
use common::{sitrep, text_of, PgSchema};

fn ingest_cmd(dir: &Path, db: &str) -> Command {
    let mut cmd = sitrep();
    cmd.arg("ingest")
        .arg(dir)
        .args(["--db", db, "--jobs", "2", "--published", "2031-05-12"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}


const TOWNS: [&str; 8] = [
    "Lorsk", "Velmora", "Brenmoor", "Quillan", "Tarvek", "Ombrell", "Drevany", "Selk",
];
const DAYS: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// The `n`th invented news report: four templates, varied names and numbers.
fn report(n: usize) -> String {
    let town = TOWNS[n % TOWNS.len()];
    let other = TOWNS[(n + 3) % TOWNS.len()];
    let day = DAYS[n % DAYS.len()];
    let (a, b) = (12 + 7 * n, 3 + n);
    match n % 4 {
        0 => format!(
            "{} — Emergency crews evacuated {a} residents from low-lying districts of {town} on \
             {day} after the Tarvek River burst its banks, the regional civil protection agency \
             said. Officials said {b} homes were flooded and two bridges were closed.\n",
            town.to_uppercase()
        ),
        1 => format!(
            "{} — The {other} Workers' Union said on {day} that {a} workers at the {town} textile \
             plant had walked off the job over unpaid wages. Plant managers denied that any wages \
             were overdue and said {b} shifts would run as planned.\n",
            town.to_uppercase()
        ),
        2 => format!(
            "{} — Police in {town} arrested {a} people on {day} after clashes near the central \
             market, a police spokesperson told reporters. Witnesses said at least {b} people \
             were injured, but the city hospital could not confirm the figure.\n",
            town.to_uppercase()
        ),
        _ => format!(
            "{} — A cargo train carrying {a} tonnes of grain derailed outside {town} on {day}, \
             the national railway operator said. No one was hurt, according to the operator, and \
             {b} services to {other} were cancelled.\n",
            town.to_uppercase()
        ),
    }
}

/// Writes reports `range` into `dir`, one file each, named by number.
fn write_reports(dir: &Path, range: std::ops::Range<usize>) {
    std::fs::create_dir_all(dir).expect("mkdir");
    for n in range {
        std::fs::write(dir.join(format!("report-{n:03}.txt")), report(n)).expect("write report");
    }
}

/// The numbers in `sitrep ingest`'s summary line: (items, stored, already there, failed).
fn summary(out: &Output) -> (usize, usize, usize, usize) {
    let line = text_of(&out.stdout);
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    match numbers[..] {
        [items, stored, already, failed, _warnings] => (items, stored, already, failed),
        _ => panic!("unexpected summary: {line:?}"),
    }
}

#[test]
fn two_ingests_into_one_postgres_ledger_store_every_document_once() {
    let Some(pg) = PgSchema::create("concurrent") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    // 36 reports; the middle twelve are in both folders.
    write_reports(&first, 0..24);
    write_reports(&second, 12..36);

    let db = pg.db();
    let runs: Vec<Child> = [&first, &second]
        .iter()
        .map(|d| ingest_cmd(d, &db).spawn().expect("sitrep starts"))
        .collect();
    let outs: Vec<Output> = runs
        .into_iter()
        .map(|c| c.wait_with_output().expect("sitrep ends"))
        .collect();
    let mut stored = 0;
    for out in &outs {
        assert!(
            out.status.success(),
            "{}\n{}",
            text_of(&out.stdout),
            text_of(&out.stderr)
        );
        let (items, s, already, failed) = summary(out);
        assert_eq!((items, failed), (24, 0), "{}", text_of(&out.stderr));
        assert_eq!(s + already, 24);
        stored += s;
    }
    assert_eq!(
        stored, 36,
        "each document stored by exactly one of the two runs"
    );

    let store = PostgresStore::open(&db).expect("the ledger opens");
    assert_eq!(store.doc_count().expect("count"), 36);
    let ids = store.doc_ids().expect("ids");
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        36,
        "no document twice"
    );

    let listing = sitrep()
        .args(["report", "--format", "json", "--db", &db])
        .output()
        .expect("sitrep report runs");
    assert!(listing.status.success(), "{}", text_of(&listing.stderr));
    let ledger: serde_json::Value =
        serde_json::from_slice(&listing.stdout).expect("report is JSON");
    let docs = ledger["documents"].as_array().expect("documents");
    let listed: Vec<&str> = docs.iter().filter_map(|d| d["id"].as_str()).collect();
    assert_eq!(listed, ids.iter().map(String::as_str).collect::<Vec<_>>());
    let mut texts: Vec<String> = docs
        .iter()
        .filter_map(|d| d["text"].as_str().map(str::to_string))
        .collect();
    texts.sort();
    let mut want: Vec<String> = (0..36).map(|n| report(n).trim().to_string()).collect();
    want.sort();
    assert_eq!(texts, want, "every report is in the ledger, once");
}

/// Kills `child` (SIGKILL: no destructors, no rollback by the process itself) in the middle of
/// storing documents: once the ledger file has been seen larger than right after the schema
/// was created with no rollback journal (so a group of documents was committed), as soon as the
/// journal exists again (so another group's transaction is open). Only file metadata is read: a reader polling the database
/// would take locks and could be starved by, or hold back, the writer. Returns whether the kill
/// came before the process ended on its own.
fn kill_mid_write(db: &Path, child: &mut Child) -> bool {
    let journal = PathBuf::from(format!("{}-journal", db.display()));
    let size = || db.metadata().map(|m| m.len()).unwrap_or(0);
    let deadline = Instant::now() + Duration::from_secs(120);
    // The size of the file with the schema only: non-empty, no journal, unchanged for a while
    // (analysing the first documents takes far longer).
    let mut created: Option<u64> = None;
    // Whether a commit was seen finished: the file larger than the schema, no journal.
    let mut committed = false;
    let mut last = (0, Instant::now());
    loop {
        if child.try_wait().expect("child status").is_some() {
            return false;
        }
        assert!(
            Instant::now() < deadline,
            "sitrep ingest stored nothing in time"
        );
        let (busy, now) = (journal.exists(), size());
        match created {
            None if busy || now == 0 => {}
            None if now != last.0 => last = (now, Instant::now()),
            None if last.1.elapsed() >= Duration::from_millis(30) => created = Some(now),
            None => {}
            Some(schema_only) if !busy && now > schema_only => committed = true,
            Some(_) if busy && committed => {
                let _ = child.kill();
                return true;
            }
            Some(_) => {}
        }
        thread::sleep(Duration::from_micros(300));
    }
}

#[test]
fn an_ingest_killed_while_writing_leaves_whole_documents_and_resumes() {
    const REPORTS: usize = 160;
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    write_reports(&input, 0..REPORTS);
    let db: PathBuf = dir.path().join("ledger.db");
    let db_arg = db.to_str().expect("UTF-8 temp path").to_string();

    let mut child = ingest_cmd(&input, &db_arg).spawn().expect("sitrep starts");
    let killed = kill_mid_write(&db, &mut child);
    let status = child.wait().expect("sitrep ends");
    let hot_journal = Path::new(&format!("{db_arg}-journal")).exists();
    if killed {
        eprintln!("killed ({status}); a transaction was left open: {hot_journal}");
    } else {
        eprintln!("note: sitrep ingest ended ({status}) before it could be killed");
    }

    let kept = {
        let store = SqliteStore::open(&db).expect("the ledger opens after the kill");
        assert_eq!(
            store.integrity_problems().expect("integrity check"),
            Vec::<String>::new()
        );
        store.doc_ids().expect("ids")
    };
    assert!(
        !kept.is_empty(),
        "the ledger held a document before the kill"
    );
    eprintln!(
        "{} of {REPORTS} documents were stored before the kill",
        kept.len()
    );

    // A reference ledger from an uninterrupted run.
    let reference_db = dir.path().join("reference.db");
    let out = ingest_cmd(&input, reference_db.to_str().expect("UTF-8"))
        .output()
        .expect("reference ingest");
    assert!(out.status.success(), "{}", text_of(&out.stderr));
    let reference = SqliteStore::open(&reference_db).expect("reference ledger");
    assert_eq!(reference.doc_count().expect("count"), REPORTS);
    {
        let store = SqliteStore::open(&db).expect("ledger");
        for id in &kept {
            assert_eq!(
                store.records(id).expect("stored records"),
                reference.records(id).expect("reference records"),
                "document {id} is whole"
            );
        }
    }

    // The next run stores the rest and nothing twice.
    let out = ingest_cmd(&input, &db_arg).output().expect("second ingest");
    assert!(out.status.success(), "{}", text_of(&out.stderr));
    assert_eq!(
        summary(&out),
        (REPORTS, REPORTS - kept.len(), kept.len(), 0),
        "{}",
        text_of(&out.stdout)
    );
    let store = SqliteStore::open(&db).expect("ledger");
    assert_eq!(
        store.integrity_problems().expect("integrity"),
        Vec::<String>::new()
    );
    let ids = store.doc_ids().expect("ids");
    assert_eq!(ids.len(), REPORTS);
    assert_eq!(
        ids,
        reference.doc_ids().expect("ids"),
        "same documents, same order"
    );
    assert_eq!(
        serde_json::to_string(&store.export(None).expect("export")).expect("json"),
        serde_json::to_string(&reference.export(None).expect("export")).expect("json"),
        "the resumed ledger is the uninterrupted one"
    );
}
