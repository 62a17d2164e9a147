//! One test suite for every persistent [`Store`] backend.
//!
//! Each test is written once against a [`Harness`], which opens stores of one backend on one
//! fresh ledger and can reach behind the store (count rows, sabotage a table, change the schema
//! version). The macro at the bottom runs every test on SQLite (a temporary file) and on
//! PostgreSQL when `SITREP_TEST_POSTGRES` holds a connection URL (each test in a schema of its
//! own, dropped afterwards); without it the PostgreSQL tests print a note and pass.
//!
//! The checks of search, grades and queries take any `dyn Store`, so [`super::MemoryStore`] runs
//! them too (in `store/mod.rs`), and the three implementations cannot drift apart.

use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;

use rusqlite::Connection;
use sitrep_doc::{Doc, DocMeta};

use super::{open_store, HitKind, MemoryStore, PostgresStore, PutOutcome, Store};
use crate::records::{ClaimRecord, DocRecords};
use crate::{fixture, merge, records_for, Error, POSTGRES_SCHEMA_VERSION, SCHEMA_VERSION, VERSION};

/// The environment variable naming the PostgreSQL database the tests may use.
const PG_ENV: &str = "SITREP_TEST_POSTGRES";

/// Access to one fresh ledger of one backend.
trait Harness: Sync {
    /// A new store (a new connection) on this harness's ledger.
    fn open(&self) -> Result<Box<dyn Store + Send>, Error>;
    /// How the backend's messages name the ledger.
    fn name(&self) -> String;
    /// Rows of document data (documents and all their records) in the ledger.
    fn rows(&self) -> i64;
    /// Makes storing an event fail inside the database, after most of a document was written.
    fn sabotage(&self);
    /// Undoes [`Harness::sabotage`].
    fn repair(&self);
    /// Marks the ledger as being of schema version `version`.
    fn set_version(&self, version: i64);
    /// The schema version the ledger says it has.
    fn version(&self) -> i64;
    /// The schema version this build writes.
    fn expected_version(&self) -> i64;
    /// Puts someone else's table, with one row, where the ledger would go.
    fn foreign_table(&self);
    /// Rows of that table, and whether a `meta` table exists beside it.
    fn foreign_state(&self) -> (i64, bool);
    /// Makes the ledger one of schema version 1 holding `docs`, as sitrep 0.1 wrote it.
    fn create_v1(&self, docs: &[DocRecords]);
}

struct Sqlite {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
}

impl Sqlite {
    fn new() -> Sqlite {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("ledger.sqlite");
        Sqlite { _dir: dir, path }
    }

    fn raw(&self) -> Connection {
        Connection::open(&self.path).expect("raw connection")
    }
}

impl Harness for Sqlite {
    fn open(&self) -> Result<Box<dyn Store + Send>, Error> {
        // Through `open_store`, as the command line opens a path.
        open_store(&self.path)
    }
    fn name(&self) -> String {
        self.path.display().to_string()
    }
    fn rows(&self) -> i64 {
        let conn = self.raw();
        [
            "documents",
            "entities",
            "places",
            "times",
            "mentions",
            "quantities",
            "claims",
            "events",
            "relations",
            "search",
        ]
        .iter()
        .map(|t| {
            conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .expect("count")
        })
        .sum()
    }
    fn sabotage(&self) {
        self.raw()
            .execute_batch(
                "CREATE TRIGGER sabotage BEFORE INSERT ON events
                 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;",
            )
            .expect("trigger");
    }
    fn repair(&self) {
        self.raw()
            .execute_batch("DROP TRIGGER sabotage")
            .expect("drop trigger");
    }
    fn set_version(&self, version: i64) {
        self.raw()
            .pragma_update(None, "user_version", version)
            .expect("set version");
    }
    fn version(&self) -> i64 {
        self.raw()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("read version")
    }
    fn expected_version(&self) -> i64 {
        SCHEMA_VERSION
    }
    fn foreign_table(&self) {
        self.raw()
            .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');")
            .expect("someone else's table");
    }
    fn foreign_state(&self) -> (i64, bool) {
        let conn = self.raw();
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).expect(sql);
        (
            count("SELECT count(*) FROM notes"),
            count("SELECT count(*) FROM sqlite_master WHERE name = 'meta'") > 0,
        )
    }
    fn create_v1(&self, docs: &[DocRecords]) {
        super::sqlite::create_v1(&self.path, docs).expect("version 1 ledger");
    }
}

/// A schema of its own in the test database, dropped when the harness is.
struct Postgres {
    url: String,
    schema: String,
    admin: std::sync::Mutex<::postgres::Client>,
}

impl Postgres {
    /// `None` (after a note) when no test database is configured.
    fn new(test: &str) -> Option<Postgres> {
        let Ok(url) = std::env::var(PG_ENV) else {
            eprintln!("note: {PG_ENV} is unset; skipping the PostgreSQL run of {test}");
            return None;
        };
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let schema = format!(
            "sitrep_test_{}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            test
        );
        let mut admin = ::postgres::Client::connect(&url, ::postgres::NoTls)
            .unwrap_or_else(|e| panic!("{PG_ENV} is set but {url} cannot be reached: {e}"));
        admin
            .batch_execute(&format!("CREATE SCHEMA {schema}"))
            .expect("create test schema");
        Some(Postgres {
            url,
            schema,
            admin: std::sync::Mutex::new(admin),
        })
    }

    fn exec(&self, sql: &str) {
        let sql = format!("SET search_path TO {}; {sql}", self.schema);
        self.admin
            .lock()
            .expect("admin connection")
            .batch_execute(&sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    fn value(&self, sql: &str) -> i64 {
        let mut admin = self.admin.lock().expect("admin connection");
        admin
            .batch_execute(&format!("SET search_path TO {}", self.schema))
            .expect("search path");
        admin
            .query_one(sql, &[])
            .and_then(|r| r.try_get(0))
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        if let Ok(mut admin) = self.admin.lock() {
            let _ = admin.batch_execute(&format!("DROP SCHEMA {} CASCADE", self.schema));
        }
    }
}

impl Harness for Postgres {
    fn open(&self) -> Result<Box<dyn Store + Send>, Error> {
        Ok(Box::new(PostgresStore::open_in_schema(
            &self.url,
            Some(&self.schema),
        )?))
    }
    fn name(&self) -> String {
        self.schema.clone()
    }
    fn rows(&self) -> i64 {
        self.value(
            "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM records)
                    + (SELECT count(*) FROM search)",
        )
    }
    fn sabotage(&self) {
        self.exec(
            "CREATE FUNCTION sabotage() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
                 IF NEW.layer = 'event' THEN RAISE EXCEPTION 'disk on fire'; END IF;
                 RETURN NEW;
             END $$;
             CREATE TRIGGER sabotage BEFORE INSERT ON records
             FOR EACH ROW EXECUTE FUNCTION sabotage();",
        );
    }
    fn repair(&self) {
        self.exec("DROP TRIGGER sabotage ON records; DROP FUNCTION sabotage();");
    }
    fn set_version(&self, version: i64) {
        self.exec(&format!(
            "INSERT INTO schema_version (version, applied_by) VALUES ({version}, 'a test')"
        ));
    }
    fn version(&self) -> i64 {
        self.value("SELECT max(version) FROM schema_version")
    }
    fn expected_version(&self) -> i64 {
        POSTGRES_SCHEMA_VERSION
    }
    fn foreign_table(&self) {
        self.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');");
    }
    fn foreign_state(&self) -> (i64, bool) {
        (
            self.value("SELECT count(*) FROM notes"),
            self.value(&format!(
                "SELECT count(*) FROM pg_catalog.pg_tables
                 WHERE schemaname = '{}' AND tablename = 'meta'",
                self.schema
            )) > 0,
        )
    }
    fn create_v1(&self, docs: &[DocRecords]) {
        super::postgres::create_v1(&self.url, &self.schema, docs).expect("version 1 ledger");
    }
}

/// A small document of its own for each `n`.
fn numbered(n: usize) -> Doc {
    Doc::from_text(
        DocMeta {
            source: format!("fixtures/numbered-{n}.txt"),
            ..DocMeta::default()
        },
        format!("Nothing happened on day {n}."),
    )
}

fn round_trip(h: &dyn Harness) {
    let (one, two, bare) = (fixture::report(), fixture::follow_up(), fixture::bare());
    let expected = merge(
        [records_for(&one), records_for(&two), records_for(&bare)],
        VERSION,
    );
    {
        let mut store = h.open().expect("new ledger");
        for doc in [&one, &two, &bare] {
            assert_eq!(store.put(doc).expect("put"), PutOutcome::Inserted);
        }
        assert_eq!(store.export(None).expect("export"), expected);
    }
    // Read back by a fresh connection: nothing lived only in memory.
    let store = h.open().expect("existing ledger");
    let exported = store.export(None).expect("export");
    assert_eq!(exported, expected);
    assert_eq!(
        serde_json::to_string(&exported).expect("json"),
        serde_json::to_string(&expected).expect("json"),
        "byte-identical JSON"
    );
    assert_eq!(
        store.doc_ids().expect("ids"),
        vec![one.id(), two.id(), bare.id()]
    );
    let only = [two.id().to_string(), one.id().to_string()];
    assert_eq!(
        store.export(Some(&only)).expect("export some"),
        merge([records_for(&one), records_for(&two)], VERSION),
        "storage order kept"
    );
    let missing = ["d-ffffffffffffffff".to_string()];
    let err = store.export(Some(&missing)).expect_err("unknown document");
    assert!(matches!(err, Error::UnknownDoc { .. }), "{err}");
    assert!(err.to_string().contains("d-ffffffffffffffff"), "{err}");
}

fn document_pages(h: &dyn Harness) {
    // report: 2024-03-06, follow_up: 2024-03-07, bare and the numbered ones: no date.
    let docs = [fixture::bare(), fixture::report(), numbered(1), fixture::follow_up(), numbered(2)];
    let mut store = h.open().expect("new ledger");
    let mut memory = MemoryStore::new();
    for doc in &docs {
        store.put(doc).expect("put");
        memory.put(doc).expect("put");
    }
    let all = store.documents_page(0, 10).expect("page");
    assert_eq!(all.total, 5);
    let order: Vec<&str> = all.documents.iter().map(|d| d.id.as_str()).collect();
    // Newest first; the undated after, the last stored first.
    assert_eq!(order, [docs[3].id(), docs[1].id(), docs[4].id(), docs[2].id(), docs[0].id()]);
    let report = records_for(&docs[1]);
    let summary = &all.documents[1];
    assert_eq!(summary.published.as_deref(), Some("2024-03-06"));
    assert_eq!(summary.title, report.document.title);
    assert_eq!(summary.source, report.document.source);
    assert_eq!(
        (summary.claims, summary.events, summary.places),
        (report.claims.len(), report.events.len(), report.places.len())
    );
    assert!(summary.claims > 0 && summary.events > 0 && summary.places > 0, "{summary:?}");
    assert_eq!(all, memory.documents_page(0, 10).expect("memory page"), "every backend lists alike");
    let second = store.documents_page(2, 2).expect("page");
    assert_eq!((second.total, second.offset), (5, 2));
    assert_eq!(second.documents, all.documents[2..4]);
    assert!(store.documents_page(5, 2).expect("past the end").documents.is_empty());
}

fn non_finite_numbers(h: &dyn Harness) {
    let mut records = records_for(&fixture::report());
    records.quantities[0].value = f64::NAN;
    records.places[0].lat = f64::INFINITY;
    let mut store = h.open().expect("new ledger");
    store.put_records(&records).expect("put");
    let back = store.export(None).expect("export");
    assert!(back.quantities.iter().any(|q| q.value.is_nan()));
    assert_eq!(
        serde_json::to_string(&back).expect("json"),
        serde_json::to_string(&merge([records], VERSION)).expect("json")
    );
}

fn idempotent_put(h: &dyn Harness) {
    let doc = fixture::report();
    let mut store = h.open().expect("new ledger");
    assert_eq!(store.put(&doc).expect("first put"), PutOutcome::Inserted);
    let rows = h.rows();
    assert!(rows > 1, "the document and its records are stored");
    assert_eq!(
        store.put(&doc).expect("second put"),
        PutOutcome::AlreadyPresent
    );
    assert_eq!(
        store.put(&fixture::report()).expect("same text again"),
        PutOutcome::AlreadyPresent
    );
    let mut other = h.open().expect("second connection");
    assert_eq!(
        other.put(&doc).expect("put by another connection"),
        PutOutcome::AlreadyPresent
    );
    assert_eq!(store.doc_ids().expect("ids"), vec![doc.id()]);
    assert_eq!(h.rows(), rows);
    assert_eq!(
        store.export(None).expect("export"),
        merge([records_for(&doc)], VERSION)
    );
}

fn failed_put_leaves_nothing(h: &dyn Harness) {
    let doc = fixture::report();
    assert!(
        !doc.events().is_empty(),
        "the fixture has events to sabotage"
    );
    let mut store = h.open().expect("new ledger");
    h.sabotage();
    let err = store.put(&doc).expect_err("the trigger aborts the insert");
    assert!(
        matches!(&err, Error::Write { doc: d, .. } | Error::PgWrite { doc: d, .. } if d == doc.id()),
        "{err}"
    );
    assert!(err.to_string().contains(doc.id()), "{err}");
    assert_eq!(h.rows(), 0, "a failed put kept rows");
    assert!(store.doc_ids().expect("ids").is_empty());
    assert!(
        store.search("cargo ships", 10).expect("search").is_empty(),
        "an unstored document is not searchable"
    );
    h.repair();
    assert_eq!(
        store.put(&doc).expect("put after repair"),
        PutOutcome::Inserted
    );
    assert_eq!(
        store.export(None).expect("export"),
        merge([records_for(&doc)], VERSION)
    );
}

fn bad_records_store_nothing(h: &dyn Harness) {
    let mut records = records_for(&fixture::report());
    records.claims[0].end = records.document.text.len() + 10;
    let mut store = h.open().expect("new ledger");
    let err = store
        .put_records(&records)
        .expect_err("claim outside the text");
    assert!(matches!(err, Error::BadRecords { .. }), "{err}");
    assert_eq!(h.rows(), 0);
}

fn batches_store_each_document_once_or_nothing(h: &dyn Harness) {
    let docs: Vec<DocRecords> = (0..5).map(|n| records_for(&numbered(n))).collect();
    let mut store = h.open().expect("new ledger");
    store.put_records(&docs[1]).expect("one stored before");
    let batch = [docs[0].clone(), docs[1].clone(), docs[2].clone(), docs[0].clone()];
    assert_eq!(
        store.put_batch(&batch).expect("batch"),
        [PutOutcome::Inserted, PutOutcome::AlreadyPresent, PutOutcome::Inserted, PutOutcome::AlreadyPresent]
    );
    let ids = store.doc_ids().expect("ids");
    assert_eq!(ids, [docs[1].document.id.clone(), docs[0].document.id.clone(), docs[2].document.id.clone()]);
    // A bad document in a batch: nothing of the batch is stored.
    let rows = h.rows();
    let mut bad = docs[4].clone();
    bad.document.text.push('!');
    let err = store.put_batch(&[docs[3].clone(), bad]).expect_err("an id that is not the text's");
    assert!(matches!(err, Error::BadRecords { .. }), "{err}");
    assert_eq!(h.rows(), rows, "nothing of the failed batch is kept");
    assert_eq!(store.doc_count().expect("count"), 3);
    assert_eq!(
        store.export(None).expect("export"),
        merge([docs[1].clone(), docs[0].clone(), docs[2].clone()], VERSION)
    );
}

fn concurrent_puts_lose_nothing(h: &dyn Harness) {
    // Two writers, each on its own connection, with overlapping sets in opposite orders.
    let docs: Vec<DocRecords> = (0..24).map(|n| records_for(&numbered(n))).collect();
    let first: Vec<&DocRecords> = docs[..16].iter().collect();
    let second: Vec<&DocRecords> = docs[8..].iter().rev().collect();
    // Both writers open the still empty ledger at once: the schema is created once.
    let inserted: usize = thread::scope(|s| {
        let writers: Vec<_> = [first, second]
            .into_iter()
            .map(|set| {
                s.spawn(move || {
                    let mut store = h.open().expect("writer connection");
                    set.iter()
                        .filter(|r| {
                            store.put_records(r).expect("concurrent put") == PutOutcome::Inserted
                        })
                        .count()
                })
            })
            .collect();
        writers
            .into_iter()
            .map(|w| w.join().expect("writer thread"))
            .sum()
    });
    assert_eq!(inserted, docs.len(), "each document inserted exactly once");
    let store = h.open().expect("reader");
    let ids = store.doc_ids().expect("ids");
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "no document twice");
    let mut want: Vec<String> = docs.iter().map(|r| r.document.id.clone()).collect();
    want.sort();
    assert_eq!(sorted, want, "no document lost");
    let in_order = ids
        .iter()
        .filter_map(|id| docs.iter().find(|r| &r.document.id == id).cloned());
    assert_eq!(
        store.export(None).expect("export"),
        merge(in_order, VERSION)
    );
}

fn other_schema_version_refused(h: &dyn Harness) {
    let mut store = h.open().expect("new ledger");
    store.put(&fixture::bare()).expect("put");
    drop(store);
    h.set_version(99);
    let err = match h.open() {
        Ok(_) => panic!("version 99 is not ours"),
        Err(e) => e,
    };
    let expected = h.expected_version();
    assert!(
        matches!(err, Error::SchemaVersion { found: 99, expected: e, .. } if e == expected),
        "{err}"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("99") && msg.contains(&expected.to_string()) && msg.contains("newer sitrep"),
        "{msg}"
    );
    assert!(msg.contains(&h.name()), "{msg}");
    assert_eq!(h.version(), 99, "the ledger is left as it was");
}

fn foreign_data_refused_untouched(h: &dyn Harness) {
    h.foreign_table();
    let err = match h.open() {
        Ok(_) => panic!("a database of someone else's tables is no ledger"),
        Err(e) => e,
    };
    assert!(matches!(err, Error::NotALedger { .. }), "{err}");
    assert!(err.to_string().contains(&h.name()), "{err}");
    assert_eq!(
        h.foreign_state(),
        (1, false),
        "nothing was changed or added"
    );
}

/// A short document with a title, of its own for each text.
fn titled(title: &str, text: &str) -> Doc {
    Doc::from_text(
        DocMeta {
            source: format!("fixtures/{}.txt", title.to_lowercase().replace(' ', "-")),
            title: Some(title.to_string()),
            ..DocMeta::default()
        },
        text,
    )
}

/// Search on `store`, which must be empty: ranking, kinds, limits and hostile queries.
pub(super) fn check_search(store: &mut dyn Store) {
    let both = titled(
        "Ferry resumes",
        "The ferry to Selk Island resumed on Tuesday after a two-week suspension.",
    );
    let one = titled(
        "Harbour news",
        "Fishing boats stayed in Selk harbour on Monday; the port authority gave no reason.",
    );
    let neither = titled(
        "Weather",
        "Storm warnings were lifted for the northern coast.",
    );
    let report = fixture::report();
    for doc in [&one, &neither, &both, &report] {
        store.put(doc).expect("put");
    }

    let hits = store.search("ferry Selk", 10).expect("search");
    let docs: Vec<&str> = hits
        .iter()
        .filter(|h| h.kind == HitKind::Document)
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(
        docs,
        [both.id(), one.id()],
        "every word first, then some: {hits:#?}"
    );
    assert_eq!(hits[0].doc, both.id());
    assert!(
        hits[0].score >= hits[1].score || hits.len() < 2,
        "{hits:#?}"
    );
    assert!(
        hits[0].snippet.contains("**"),
        "matches are marked: {:?}",
        hits[0].snippet
    );
    assert!(
        hits.windows(2).all(|w| !w[1].score.is_nan()),
        "scores are numbers: {hits:#?}"
    );

    // Case does not matter, and a word of the title finds its document.
    let hits = store.search("HARBOUR NEWS", 10).expect("search");
    assert_eq!(
        hits.first().map(|h| h.id.as_str()),
        Some(one.id()),
        "{hits:#?}"
    );

    // Claims are found by their content and source words and point into their document.
    let records = records_for(&report);
    let denied = records
        .claims
        .iter()
        .find(|c| c.content == "its ships had sailed")
        .expect("the denial");
    let hits = store.search("sailed", 10).expect("search");
    assert!(
        hits.iter()
            .any(|h| h.kind == HitKind::Claim && h.id == denied.id && h.doc == report.id()),
        "{hits:#?}"
    );
    assert!(
        hits.iter()
            .any(|h| h.kind == HitKind::Document && h.id == report.id()),
        "{hits:#?}"
    );
    assert_eq!(store.search("sailed", 1).expect("search").len(), 1, "limit");
    assert!(
        store.search("sailed", 0).expect("search").is_empty(),
        "limit 0"
    );
    assert!(store.search("zyzzyva", 10).expect("search").is_empty());

    // Whatever a user types is words, never query syntax and never an error.
    for query in [
        "\"NIS\"",
        "AND",
        "a-b",
        "'",
        "*",
        "",
        "   ",
        "NEAR(ferry",
        "ferry OR",
        "-ferry",
        ":",
        "ferry\"",
        "(",
        "ferry AND (Selk",
        "\\",
        "ferry* ^Selk",
        "col:ferry",
        "'; DROP TABLE x;--",
        "\u{0}",
        "ferry & | !",
        "Selk:*",
        "Ferry's",
        "Ȼȼ 東京",
    ] {
        let hits = store
            .search(query, 10)
            .unwrap_or_else(|e| panic!("query {query:?} failed: {e}"));
        if query_is_blank(query) {
            assert!(hits.is_empty(), "{query:?} has no words: {hits:#?}");
        }
    }
    let hits = store.search("\"Selk\" AND (ferry", 10).expect("search");
    assert_eq!(
        hits.first().map(|h| h.id.as_str()),
        Some(both.id()),
        "{hits:#?}"
    );
    assert_eq!(store.doc_count().expect("count"), 4);
}

fn query_is_blank(query: &str) -> bool {
    !query.chars().any(char::is_alphanumeric)
}

/// Grades on `store`: normalised keys, overwriting, refusing bad letters and names.
pub(super) fn check_grades(store: &mut dyn Store) {
    assert!(store.grades().expect("grades").is_empty());
    store
        .set_grade("Averin  Coast\tGuard ", 'b', Some("two reports confirmed"))
        .expect("grade");
    store
        .set_grade("Velmar Shipping", 'E', None)
        .expect("grade");
    let grades = store.grades().expect("grades");
    assert_eq!(
        grades.keys().collect::<Vec<_>>(),
        ["averin coast guard", "velmar shipping"]
    );
    let acg = &grades["averin coast guard"];
    assert_eq!(acg.grade, 'B');
    assert_eq!(acg.note.as_deref(), Some("two reports confirmed"));
    let t = acg.set_at.as_bytes();
    assert!(
        t.len() == 20 && t[4] == b'-' && t[10] == b'T' && t[19] == b'Z',
        "RFC 3339 UTC: {}",
        acg.set_at
    );

    // Setting again replaces grade and note.
    store
        .set_grade("AVERIN COAST GUARD", 'C', None)
        .expect("regrade");
    let grades = store.grades().expect("grades");
    assert_eq!(grades.len(), 2);
    assert_eq!(grades["averin coast guard"].grade, 'C');
    assert_eq!(grades["averin coast guard"].note, None);

    for (source, grade) in [
        ("Averin Coast Guard", 'G'),
        ("Averin Coast Guard", '1'),
        ("  ", 'A'),
    ] {
        let err = store.set_grade(source, grade, None).expect_err("refused");
        assert!(matches!(err, Error::BadInput { .. }), "{err}");
    }
    let err = store.set_grade("X", 'Z', None).expect_err("Z");
    assert!(err.to_string().contains("A to F"), "{err}");
    assert_eq!(
        store.grades().expect("grades"),
        grades,
        "refusals change nothing"
    );
}

/// Claims by status, documents by entity and the document count on `store`, which must be empty.
pub(super) fn check_queries(store: &mut dyn Store) {
    assert_eq!(store.doc_count().expect("count"), 0);
    assert!(store
        .claims_with_status("asserted", None)
        .expect("claims")
        .is_empty());
    let (report, follow_up, bare) = (fixture::report(), fixture::follow_up(), fixture::bare());
    for doc in [&report, &follow_up, &bare] {
        store.put(doc).expect("put");
    }
    assert_eq!(store.doc_count().expect("count"), 3);

    let (r, f) = (records_for(&report), records_for(&follow_up));
    let of = |records: &DocRecords, status: &str| -> Vec<ClaimRecord> {
        let mut claims: Vec<ClaimRecord> = records
            .claims
            .iter()
            .filter(|c| c.status == status)
            .cloned()
            .collect();
        claims.sort_by_key(|c| (c.start, c.end));
        claims
    };
    let asserted = [of(&r, "asserted"), of(&f, "asserted")].concat();
    assert!(asserted.len() >= 2, "both documents assert something");
    assert_eq!(
        store.claims_with_status("asserted", None).expect("claims"),
        asserted,
        "storage order, then text order"
    );
    assert_eq!(
        store
            .claims_with_status("asserted", Some(1))
            .expect("claims"),
        asserted[..1]
    );
    let denied = store.claims_with_status("denied", None).expect("claims");
    assert_eq!(denied, of(&r, "denied"));
    assert_eq!(denied.len(), 1);
    assert!(store
        .claims_with_status("Denied", None)
        .expect("claims")
        .is_empty());
    assert!(store
        .claims_with_status("", Some(0))
        .expect("claims")
        .is_empty());

    let both = vec![report.id().to_string(), follow_up.id().to_string()];
    assert_eq!(
        store
            .docs_mentioning_entity("Velmar Shipping")
            .expect("docs"),
        both
    );
    assert_eq!(
        store
            .docs_mentioning_entity("velmar-shipping")
            .expect("docs"),
        both
    );
    assert_eq!(
        store
            .docs_mentioning_entity("Averin Coast Guard")
            .expect("docs"),
        both
    );
    // An alias names its entity in its own document only.
    assert_eq!(
        store.docs_mentioning_entity("acg").expect("docs"),
        [report.id().to_string()]
    );
    assert_eq!(
        store.docs_mentioning_entity("VELMAR").expect("docs"),
        [follow_up.id().to_string()]
    );
    assert!(store
        .docs_mentioning_entity("Phantom Board")
        .expect("docs")
        .is_empty());
    assert!(store.docs_mentioning_entity("").expect("docs").is_empty());
}

fn search(h: &dyn Harness) {
    let mut store = h.open().expect("new ledger");
    check_search(store.as_mut());
}

fn grades(h: &dyn Harness) {
    {
        let mut store = h.open().expect("new ledger");
        check_grades(store.as_mut());
    }
    let store = h.open().expect("reopened");
    let grades = store.grades().expect("grades");
    assert_eq!(grades.len(), 2, "grades are kept: {grades:?}");
    assert_eq!(grades["velmar shipping"].grade, 'E');
}

fn queries(h: &dyn Harness) {
    let mut store = h.open().expect("new ledger");
    check_queries(store.as_mut());
}

fn version_1_is_upgraded_in_place(h: &dyn Harness) {
    let (one, two, bare) = (fixture::report(), fixture::follow_up(), fixture::bare());
    let records = [records_for(&one), records_for(&two), records_for(&bare)];
    h.create_v1(&records);
    assert_eq!(h.version(), 1);
    let expected = merge(records.clone(), VERSION);
    {
        let store = h.open().expect("a version 1 ledger is upgraded");
        assert_eq!(h.version(), h.expected_version(), "upgraded on open");
        let exported = store.export(None).expect("export");
        assert_eq!(
            serde_json::to_string(&exported).expect("json"),
            serde_json::to_string(&expected).expect("json"),
            "the documents are exported as before"
        );
        assert_eq!(
            store.doc_ids().expect("ids"),
            vec![one.id(), two.id(), bare.id()]
        );
        assert_eq!(store.doc_count().expect("count"), 3);
        // The old documents are in the new index, documents and claims.
        let hits = store.search("miscounted", 10).expect("search");
        assert!(
            hits.iter()
                .any(|h| h.kind == HitKind::Document && h.id == two.id()),
            "{hits:#?}"
        );
        assert!(
            hits.iter()
                .any(|h| h.kind == HitKind::Claim && h.doc == two.id()),
            "{hits:#?}"
        );
        let hits = store.search("harbour Velmora", 10).expect("search");
        assert_eq!(
            hits.first().map(|h| h.doc.as_str()),
            Some(one.id()),
            "{hits:#?}"
        );
        assert_eq!(
            store
                .claims_with_status("denied", None)
                .expect("claims")
                .len(),
            1,
            "old claims are queryable by status"
        );
        assert!(store.grades().expect("grades").is_empty());
    }
    // Opening again finds the current version; new documents go in as usual.
    let mut store = h.open().expect("reopen");
    assert_eq!(h.version(), h.expected_version());
    let extra = numbered(7);
    assert_eq!(store.put(&extra).expect("put"), PutOutcome::Inserted);
    assert_eq!(store.put(&one).expect("put"), PutOutcome::AlreadyPresent);
    assert_eq!(
        store
            .search("day 7", 10)
            .expect("search")
            .first()
            .map(|h| h.doc.clone()),
        Some(extra.id().to_string())
    );
    assert_eq!(
        store.export(None).expect("export"),
        merge(records.into_iter().chain([records_for(&extra)]), VERSION)
    );
}

macro_rules! suite {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $test() {
                    super::$test(&super::Sqlite::new());
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $test() {
                    if let Some(h) = super::Postgres::new(stringify!($test)) {
                        super::$test(&h);
                    }
                }
            )*
        }
    };
}

suite!(
    round_trip,
    document_pages,
    non_finite_numbers,
    idempotent_put,
    failed_put_leaves_nothing,
    bad_records_store_nothing,
    batches_store_each_document_once_or_nothing,
    concurrent_puts_lose_nothing,
    other_schema_version_refused,
    foreign_data_refused_untouched,
    search,
    grades,
    queries,
    version_1_is_upgraded_in_place,
);
