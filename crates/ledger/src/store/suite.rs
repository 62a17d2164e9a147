//! One test suite for every persistent [`Store`] backend.
//!
//! Each test is written once against a [`Harness`], which opens stores of one backend on one
//! fresh ledger and can reach behind the store (count rows, sabotage a table, change the schema
//! version). The macro at the bottom runs every test on SQLite (a temporary file) and on
//! PostgreSQL when `SITREP_TEST_POSTGRES` holds a connection URL (each test in a schema of its
//! own, dropped afterwards); without it the PostgreSQL tests print a note and pass.

use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;

use rusqlite::Connection;
use sitrep_doc::{Doc, DocMeta};

use super::{open_store, PostgresStore, PutOutcome, Store};
use crate::records::DocRecords;
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
        self.value("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM records)")
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
    non_finite_numbers,
    idempotent_put,
    failed_put_leaves_nothing,
    bad_records_store_nothing,
    concurrent_puts_lose_nothing,
    other_schema_version_refused,
    foreign_data_refused_untouched,
);
