//! A ledger in a PostgreSQL database (or one schema of it), shared by several writers.
//!
//! Same contract as [`super::SqliteStore`]: each document is stored in one transaction, whole or
//! not at all; a document whose id (the hash of its text) is already stored is left alone; export
//! is [`crate::merge`] over the stored records. Two processes putting overlapping documents at
//! once lose nothing and store nothing twice: the document row is inserted first with
//! `ON CONFLICT DO NOTHING`, so the second writer of one id waits for the first and then finds
//! it present.
//!
//! The schema is versioned by its own list of migrations, recorded in a `schema_version` table;
//! a `meta` table names the schema a sitrep ledger. Opening takes a transaction-scoped advisory
//! lock, so two processes opening an empty database create the schema once, and a ledger of an
//! older version is upgraded once, all missing migrations in that one transaction. A schema of a
//! newer version, or one holding other tables, is refused and left untouched.
//!
//! Each record is kept as one row of `records` with its JSON (as the contract writes it) in a
//! text column, plus its document, layer, position, id, and (for claims, events and quantities)
//! status and span in plain columns for queries. Text rather than `jsonb`, because `jsonb`
//! refuses `\u0000` and rewrites numbers.
//!
//! **One round trip per document.** A document, all its records and its rows of the full-text
//! index go to the server as one statement: the document row is inserted by a data-modifying
//! `WITH` clause and the records and index rows are inserted from arrays (`unnest`) only for the
//! document row actually inserted. A single statement is atomic on its own, so no explicit
//! transaction (and its two extra round trips) is needed, and the prepared statement is reused.
//! Storing a report of twenty records took a transaction with one `INSERT` per record before.
//!
//! Search uses PostgreSQL's text search with the `english` configuration (so "ships" finds
//! "ship"): a `search` table with a stored `tsvector` (title weighted above body) and a GIN
//! index; a document's text is indexed up to [`SEARCH_TEXT_MAX`] bytes, because a `tsvector` is
//! limited to one megabyte.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use postgres::{Client, Config, IsolationLevel, NoTls, Statement, Transaction};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::schema::{APPLICATION_ID, APPLICATION_NAME};
use super::search::{tsquery_text, MARK};
use super::{
    check_grade, check_records, entity_key, entity_matches, now_utc, query_words, select,
    DocumentPage, DocumentSummary, HitKind, FEW_DOCS, PutOutcome, SearchHit, SourceGrade, Store,
};
use crate::records::{ClaimRecord, DocRecords, DocumentRecord, EntityRecord, LedgerJson};
use crate::{merge, Error, VERSION};

/// Migrations of the PostgreSQL schema: (version reached, SQL). Never edit one; append.
pub(crate) const PG_MIGRATIONS: &[(i64, &str)] = &[(1, PG_V1), (2, PG_V2)];

/// The PostgreSQL schema version this build reads and writes: the last migration's.
pub const POSTGRES_SCHEMA_VERSION: i64 = PG_MIGRATIONS[PG_MIGRATIONS.len() - 1].0;

/// Key of the advisory lock held while a ledger schema is identified or created.
const OPEN_LOCK: i64 = APPLICATION_ID as i64;

const PG_V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE schema_version (
    version    BIGINT PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_by TEXT NOT NULL
);

CREATE TABLE documents (
    seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,   -- storage order
    id        TEXT NOT NULL UNIQUE,                              -- d- + hash of text
    source    TEXT NOT NULL,
    title     TEXT,
    outlet    TEXT,
    published TEXT,                                              -- YYYY-MM-DD
    text      TEXT NOT NULL,                                     -- for search; NUL as U+FFFD
    record    TEXT NOT NULL                                      -- JSON document record
);

CREATE TABLE records (
    doc   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer TEXT NOT NULL CHECK (layer IN ('entity', 'place', 'time', 'quantity', 'claim',
                                         'event', 'relation')),
    ord   INTEGER NOT NULL CHECK (ord >= 0),                     -- position in its list
    id    TEXT NOT NULL,
    body  TEXT NOT NULL,                                         -- JSON record
    PRIMARY KEY (doc, layer, ord),
    UNIQUE (doc, layer, id)
);
CREATE INDEX records_by_id ON records (layer, id);
"#;

/// PostgreSQL version 2: the full-text index, source grades, and status and span columns of
/// records for queries, all filled from the data already stored. `\u0000` escapes are replaced
/// before JSON text is read as `json`, because PostgreSQL cannot turn them into text.
const PG_V2: &str = r#"
ALTER TABLE records ADD COLUMN status TEXT;                      -- claims and events
ALTER TABLE records ADD COLUMN span_start BIGINT;                -- claims, events, quantities
ALTER TABLE records ADD COLUMN span_end BIGINT;
UPDATE records
SET status = replace(body, '\u0000', '\ufffd')::json ->> 'status',
    span_start = (replace(body, '\u0000', '\ufffd')::json ->> 'start')::bigint,
    span_end = (replace(body, '\u0000', '\ufffd')::json ->> 'end')::bigint
WHERE layer IN ('claim', 'event', 'quantity');
CREATE INDEX records_by_status ON records (layer, status);

-- `title` is a document's title or a claim's source words, `body` a document's text or a
-- claim's content.
CREATE TABLE search (
    seq   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,   -- storage order
    doc   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind  TEXT NOT NULL CHECK (kind IN ('document', 'claim')),
    id    TEXT NOT NULL,
    title TEXT NOT NULL,
    body  TEXT NOT NULL,
    tsv   tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector('english'::regconfig, title), 'A')
              || setweight(to_tsvector('english'::regconfig, body), 'B')
          ) STORED
);
CREATE INDEX search_by_words ON search USING GIN (tsv);
INSERT INTO search (doc, kind, id, title, body)
    SELECT id, 'document', id, coalesce(title, ''), left(text, 200000)
    FROM documents ORDER BY seq;
INSERT INTO search (doc, kind, id, title, body)
    SELECT r.doc, 'claim', r.id,
           replace(r.body, '\u0000', '\ufffd')::json ->> 'source_text',
           replace(r.body, '\u0000', '\ufffd')::json ->> 'content'
    FROM records r JOIN documents d ON d.id = r.doc
    WHERE r.layer = 'claim'
    ORDER BY d.seq, r.ord;

-- Reliability of sources (NATO Admiralty letters), by normalised source name.
CREATE TABLE source_grades (
    source TEXT PRIMARY KEY,                                   -- lower case, spaces collapsed
    grade  TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    note   TEXT,
    set_at TEXT NOT NULL                                       -- UTC, RFC 3339
);
"#;

/// Bytes of a document's text the full-text index takes (a `tsvector` holds at most 1 MiB).
pub const SEARCH_TEXT_MAX: usize = 200_000;

/// Stores a document, its records and its index rows in one statement; returns how many document
/// rows were inserted (0 when the id was stored already).
const PUT_SQL: &str = "
WITH d AS (
    INSERT INTO documents (id, source, title, outlet, published, text, record)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (id) DO NOTHING
    RETURNING id
), r AS (
    INSERT INTO records (doc, layer, ord, id, body, status, span_start, span_end)
    SELECT d.id, u.layer, u.ord, u.rid, u.body, u.status, u.span_start, u.span_end
    FROM d, unnest($8::text[], $9::int4[], $10::text[], $11::text[], $12::text[],
                   $13::int8[], $14::int8[])
            WITH ORDINALITY AS u(layer, ord, rid, body, status, span_start, span_end, n)
    ORDER BY u.n
), s AS (
    INSERT INTO search (doc, kind, id, title, body)
    SELECT d.id, u.kind, u.sid, u.title, u.body
    FROM d, unnest($15::text[], $16::text[], $17::text[], $18::text[])
            WITH ORDINALITY AS u(kind, sid, title, body, n)
    ORDER BY u.n
)
SELECT count(*) FROM d";

/// A [`Store`] in PostgreSQL.
pub struct PostgresStore {
    /// `export` and `doc_ids` take `&self`; the client needs `&mut`.
    client: Mutex<Client>,
    /// [`PUT_SQL`], prepared once the schema is there.
    put: Option<Statement>,
    /// The URL with any password hidden, and the schema when one was given: for messages.
    location: PathBuf,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl PostgresStore {
    /// Opens the ledger in the database at `url` (`postgres://user@host:port/db`, or any form
    /// `tokio-postgres` reads), in the first schema of the search path. Creates the schema in an
    /// empty one.
    pub fn open(url: &str) -> Result<PostgresStore, Error> {
        PostgresStore::open_in_schema(url, None)
    }

    /// [`PostgresStore::open`] in the named schema, which must exist.
    pub fn open_in_schema(url: &str, schema: Option<&str>) -> Result<PostgresStore, Error> {
        let mut location = redact(url);
        if let Some(s) = schema {
            location.push_str(&format!(" (schema {s})"));
        }
        let open_err = |source| Error::PgOpen {
            url: location.clone(),
            source,
        };
        let config: Config = url.parse().map_err(open_err)?;
        let mut client = config.connect(NoTls).map_err(open_err)?;
        if let Some(s) = schema {
            client
                .batch_execute(&format!("SET search_path TO {}", quote_ident(s)))
                .map_err(open_err)?;
        }
        let mut store = PostgresStore {
            client: Mutex::new(client),
            put: None,
            location: PathBuf::from(location),
        };
        store.init()?;
        Ok(store)
    }

    /// Creates the schema `schema` in the database at `url` unless it exists: a place for one
    /// more ledger in a shared database, reached with [`PostgresStore::open_in_schema`] or with
    /// `options=-c search_path=SCHEMA` in the URL.
    pub fn create_schema(url: &str, schema: &str) -> Result<(), Error> {
        admin(url, &format!("creating schema {schema}"), |client| {
            client.batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {}",
                quote_ident(schema)
            ))
        })
    }

    /// Drops the schema `schema` of the database at `url` with the ledger in it. Refuses (with
    /// [`Error::NotALedger`]) a schema holding tables but no sitrep ledger; a missing schema is
    /// no error.
    pub fn drop_schema(url: &str, schema: &str) -> Result<(), Error> {
        let location = format!("{} (schema {schema})", redact(url));
        let mut foreign = None;
        admin(url, &format!("dropping schema {schema}"), |client| {
            let mut tx = client.transaction()?;
            let tables: i64 = tx
                .query_one(
                    "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = $1",
                    &[&schema],
                )?
                .try_get(0)?;
            let ledger: i64 = tx
                .query_one(
                    "SELECT count(*) FROM pg_catalog.pg_tables
                     WHERE schemaname = $1 AND tablename IN ('meta', 'schema_version')",
                    &[&schema],
                )?
                .try_get(0)?;
            if tables > 0 && ledger < 2 {
                foreign = Some(tables);
                return Ok(());
            }
            tx.batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {} CASCADE",
                quote_ident(schema)
            ))?;
            tx.commit()
        })?;
        match foreign {
            Some(tables) => Err(Error::NotALedger {
                path: PathBuf::from(location),
                reason: format!(
                    "schema {schema} holds {tables} tables and no sitrep ledger; not dropped"
                ),
            }),
            None => Ok(()),
        }
    }

    /// Where this store is, as messages name it (no password).
    pub fn location(&self) -> &Path {
        &self.location
    }

    fn pg_err(&self, what: &str) -> impl Fn(postgres::Error) -> Error {
        let url = self.location.display().to_string();
        let what = what.to_string();
        move |source| Error::Postgres {
            url: url.clone(),
            what: what.clone(),
            source,
        }
    }

    fn client(&self) -> std::sync::MutexGuard<'_, Client> {
        self.client.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Identifies the schema under the open lock, creates it in an empty one and upgrades an
    /// older one (all missing migrations in this one transaction), then prepares the insert.
    fn init(&mut self) -> Result<(), Error> {
        let err = self.pg_err("creating the ledger schema");
        let location = self.location.clone();
        let client = self
            .client
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        let mut tx = client.transaction().map_err(&err)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&OPEN_LOCK])
            .map_err(&err)?;
        let from = match identify(&mut tx, &location)? {
            Kind::Empty => 0,
            Kind::Ledger(found) => found,
        };
        for &(version, sql) in PG_MIGRATIONS.iter().filter(|(v, _)| *v > from) {
            let step = |tx: &mut Transaction| -> Result<(), postgres::Error> {
                tx.batch_execute(sql)?;
                tx.execute(
                    "INSERT INTO schema_version (version, applied_by) VALUES ($1, $2)",
                    &[&version, &format!("sitrep {VERSION}")],
                )?;
                Ok(())
            };
            step(&mut tx).map_err(|source| Error::Postgres {
                url: location.display().to_string(),
                what: format!("migration to schema version {version}"),
                source,
            })?;
        }
        if from == 0 {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('application', $1), ('created_by', $2)
                 ON CONFLICT (key) DO NOTHING",
                &[&APPLICATION_NAME, &format!("sitrep {VERSION}")],
            )
            .map_err(&err)?;
        }
        tx.commit().map_err(&err)?;
        self.put = Some(client.prepare(PUT_SQL).map_err(&err)?);
        Ok(())
    }

    fn read<T>(
        &self,
        what: &str,
        f: impl FnOnce(&mut Transaction) -> Result<T, postgres::Error>,
    ) -> Result<T, Error> {
        let err = self.pg_err(what);
        let mut client = self.client();
        // Repeatable read: the statements of one read see one snapshot (a page of documents and
        // the total it is a page of agree while others write).
        let mut tx = client
            .build_transaction()
            .read_only(true)
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .start()
            .map_err(&err)?;
        let out = f(&mut tx).map_err(&err)?;
        tx.commit().map_err(&err)?;
        Ok(out)
    }
}

/// Runs `f` on a connection of its own to `url`.
fn admin(
    url: &str,
    what: &str,
    f: impl FnOnce(&mut Client) -> Result<(), postgres::Error>,
) -> Result<(), Error> {
    let location = redact(url);
    let config: Config = url.parse().map_err(|source| Error::PgOpen {
        url: location.clone(),
        source,
    })?;
    let mut client = config.connect(NoTls).map_err(|source| Error::PgOpen {
        url: location.clone(),
        source,
    })?;
    f(&mut client).map_err(|source| Error::Postgres {
        url: location,
        what: what.to_string(),
        source,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Empty,
    /// A ledger of this schema version or an older one.
    Ledger(i64),
}

/// What the current schema is; an error for anything but an empty schema or a ledger of
/// [`POSTGRES_SCHEMA_VERSION`] or older.
fn identify(tx: &mut Transaction, location: &Path) -> Result<Kind, Error> {
    let read = |source| Error::Postgres {
        url: location.display().to_string(),
        what: "reading the schema".to_string(),
        source,
    };
    let not_a_ledger = |reason: String| Error::NotALedger {
        path: location.to_path_buf(),
        reason,
    };
    let schema: Option<String> = tx
        .query_one("SELECT current_schema()", &[])
        .and_then(|r| r.try_get(0))
        .map_err(read)?;
    let Some(schema) = schema else {
        return Err(not_a_ledger(
            "no schema of its search path exists".to_string(),
        ));
    };
    let tables: Vec<String> = tx
        .query(
            "SELECT tablename::text FROM pg_catalog.pg_tables WHERE schemaname = $1
             ORDER BY tablename",
            &[&schema],
        )
        .map_err(read)?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()
        .map_err(read)?;
    if tables.is_empty() {
        return Ok(Kind::Empty);
    }
    let has = |t: &str| tables.iter().any(|x| x == t);
    if !has("meta") || !has("schema_version") {
        let shown: Vec<&str> = tables.iter().take(5).map(String::as_str).collect();
        return Err(not_a_ledger(format!(
            "schema {schema} holds other tables ({}{}) and no sitrep ledger; use an empty \
             database or schema",
            shown.join(", "),
            if tables.len() > 5 { ", ..." } else { "" }
        )));
    }
    let app: Option<String> = tx
        .query_opt("SELECT value FROM meta WHERE key = 'application'", &[])
        .and_then(|r| r.map(|r| r.try_get(0)).transpose())
        .map_err(read)?;
    if app.as_deref() != Some(APPLICATION_NAME) {
        return Err(not_a_ledger(format!(
            "schema {schema} has a `meta` table that does not name it a sitrep ledger"
        )));
    }
    let found: Option<i64> = tx
        .query_one("SELECT max(version) FROM schema_version", &[])
        .and_then(|r| r.try_get(0))
        .map_err(read)?;
    let found = found.unwrap_or(0);
    if !(1..=POSTGRES_SCHEMA_VERSION).contains(&found) {
        return Err(Error::SchemaVersion {
            path: location.to_path_buf(),
            found,
            expected: POSTGRES_SCHEMA_VERSION,
        });
    }
    Ok(Kind::Ledger(found))
}

/// `url` with the password replaced by `***`.
fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        // key=value form: hide a password=... pair.
        return url
            .split_whitespace()
            .map(|kv| {
                if kv.starts_with("password=") {
                    "password=***"
                } else {
                    kv
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
    };
    let rest = &url[scheme_end..];
    let host_end = rest.find('/').unwrap_or(rest.len());
    match rest[..host_end].rfind('@') {
        Some(at) => match rest[..at].find(':') {
            Some(colon) => format!(
                "{}{}:***{}",
                &url[..scheme_end],
                &rest[..colon],
                &rest[at..]
            ),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// A quoted SQL identifier.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn to_json<T: Serialize>(doc: &str, value: &T) -> Result<String, Error> {
    serde_json::to_string(value).map_err(|e| Error::BadRecords {
        doc: doc.to_string(),
        detail: format!("cannot be written as JSON: {e}"),
    })
}

/// The columns of a document's rows of `records`, as arrays for `unnest`.
#[derive(Default)]
struct RecordRows<'a> {
    layer: Vec<&'static str>,
    ord: Vec<i32>,
    id: Vec<&'a str>,
    body: Vec<String>,
    status: Vec<Option<String>>,
    start: Vec<Option<i64>>,
    end: Vec<Option<i64>>,
}

/// The columns of a document's rows of `search`, as arrays for `unnest`.
#[derive(Default)]
struct IndexRows {
    kind: Vec<&'static str>,
    id: Vec<String>,
    title: Vec<String>,
    body: Vec<String>,
}

impl IndexRows {
    fn push(&mut self, kind: HitKind, id: &str, title: &str, body: &str) {
        self.kind.push(kind.as_str());
        self.id.push(id.to_string());
        self.title.push(nul_free(title));
        self.body.push(nul_free(body));
    }
}

/// PostgreSQL text cannot hold NUL; the copies kept for search show U+FFFD instead.
fn nul_free(text: &str) -> String {
    text.replace('\0', "\u{FFFD}")
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A byte offset as a `BIGINT` (offsets of checked records always fit).
fn offset(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store for PostgresStore {
    fn put_records(&mut self, records: &DocRecords) -> Result<PutOutcome, Error> {
        check_records(records)?;
        let d = &records.document;
        let doc = d.id.clone();

        // Everything is serialised before the statement is sent, one array per column.
        let record = to_json(&doc, d)?;
        let mut rows = RecordRows::default();
        macro_rules! push {
            ($layer:literal, $list:expr, $status:expr, $span:expr) => {
                for (i, x) in $list.iter().enumerate() {
                    let ord = i32::try_from(i).map_err(|_| Error::BadRecords {
                        doc: doc.clone(),
                        detail: format!("more than {} {} records", i32::MAX, $layer),
                    })?;
                    let span: Option<(usize, usize)> = $span(x);
                    rows.layer.push($layer);
                    rows.ord.push(ord);
                    rows.id.push(x.id.as_str());
                    rows.body.push(to_json(&doc, x)?);
                    let status: Option<String> = $status(x);
                    rows.status.push(status);
                    rows.start.push(span.map(|s| offset(s.0)));
                    rows.end.push(span.map(|s| offset(s.1)));
                }
            };
        }
        push!("entity", records.entities, |_| None, |_| None);
        push!("place", records.places, |_| None, |_| None);
        push!("time", records.times, |_| None, |_| None);
        push!(
            "quantity",
            records.quantities,
            |_| None,
            |q: &crate::records::QuantityRecord| Some((q.start, q.end))
        );
        push!(
            "claim",
            records.claims,
            |c: &ClaimRecord| Some(c.status.clone()),
            |c: &ClaimRecord| Some((c.start, c.end))
        );
        push!(
            "event",
            records.events,
            |v: &crate::records::EventRecord| Some(v.status.clone()),
            |v: &crate::records::EventRecord| Some((v.start, v.end))
        );
        push!("relation", records.relations, |_| None, |_| None);

        let mut index = IndexRows::default();
        index.push(
            HitKind::Document,
            &d.id,
            d.title.as_deref().unwrap_or(""),
            prefix(&d.text, SEARCH_TEXT_MAX),
        );
        for c in &records.claims {
            index.push(HitKind::Claim, &c.id, &c.source_text, &c.content);
        }

        let url = self.location.display().to_string();
        let write = |source| Error::PgWrite {
            url: url.clone(),
            doc: doc.clone(),
            source,
        };
        let client = self
            .client
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        let put = match &self.put {
            Some(put) => put.clone(),
            None => client.prepare(PUT_SQL).map_err(write)?,
        };
        let search_text = nul_free(&d.text);
        let inserted: i64 = client
            .query_one(
                &put,
                &[
                    &d.id,
                    &d.source,
                    &d.title,
                    &d.outlet,
                    &d.published,
                    &search_text,
                    &record,
                    &rows.layer,
                    &rows.ord,
                    &rows.id,
                    &rows.body,
                    &rows.status,
                    &rows.start,
                    &rows.end,
                    &index.kind,
                    &index.id,
                    &index.title,
                    &index.body,
                ],
            )
            .and_then(|r| r.try_get(0))
            .map_err(write)?;
        Ok(if inserted == 0 {
            // Stored before, by us or by another writer: the statement inserted nothing.
            PutOutcome::AlreadyPresent
        } else {
            PutOutcome::Inserted
        })
    }

    fn export(&self, only: Option<&[String]>) -> Result<LedgerJson, Error> {
        let err = self.pg_err("reading the ledger");
        let mut client = self.client();
        let mut tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .map_err(&err)?;
        let ordered: Vec<String> = match only {
            // A few documents (a page of the UI, a story): looked up by id, not by listing all.
            Some(only) if only.len() <= FEW_DOCS => {
                let rows = tx.query("SELECT id FROM documents WHERE id = ANY($1) ORDER BY seq", &[&only]).map_err(&err)?;
                let found: Vec<String> = rows.iter().map(|r| r.try_get(0)).collect::<Result<_, _>>().map_err(&err)?;
                if let Some(missing) = only.iter().find(|id| !found.contains(id)) {
                    return Err(Error::UnknownDoc { path: self.location.clone(), doc: missing.clone() });
                }
                found
            }
            _ => {
                let stored = doc_ids(&mut tx).map_err(&err)?;
                let chosen = select(&stored, only, &self.location)?;
                stored.into_iter().filter(|d| chosen.contains(d)).collect()
            }
        };
        let mut records = Vec::with_capacity(ordered.len());
        for doc in &ordered {
            records.push(load(&mut tx, &self.location, doc)?);
        }
        tx.commit().map_err(&err)?;
        Ok(merge(records, VERSION))
    }

    fn doc_ids(&self) -> Result<Vec<String>, Error> {
        self.read("reading the document list", doc_ids)
    }

    fn doc_count(&self) -> Result<usize, Error> {
        let n: i64 = self.read("counting the documents", |tx| {
            tx.query_one("SELECT count(*) FROM documents", &[])?
                .try_get(0)
        })?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, Error> {
        let words = query_words(query);
        if words.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let (any, all) = (tsquery_text(&words, "|"), tsquery_text(&words, "&"));
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let options = format!(
            "StartSel={MARK}, StopSel={MARK}, MaxWords=24, MinWords=8, MaxFragments=1, \
             FragmentDelimiter=\" … \""
        );
        let sql = "
            WITH q AS (SELECT to_tsquery('english', $1) AS any, to_tsquery('english', $2) AS every)
            SELECT h.kind, h.doc, h.id,
                   ts_headline('english', concat_ws(' — ', nullif(h.title, ''), h.body), q.any, $4),
                   h.rank::float8
            FROM (SELECT s.seq, s.kind, s.doc, s.id, s.title, s.body,
                         ts_rank(s.tsv, q.any) AS rank, s.tsv @@ q.every AS every_word
                  FROM search s, q
                  WHERE s.tsv @@ q.any
                  ORDER BY every_word DESC, rank DESC, s.seq
                  LIMIT $3) h, q
            ORDER BY h.every_word DESC, h.rank DESC, h.seq";
        let rows = self.read(&format!("searching for {query:?}"), |tx| {
            tx.query(sql, &[&any, &all, &limit, &options])
        })?;
        let corrupt = |detail: String| Error::Corrupt {
            path: self.location.clone(),
            doc: "(search index)".to_string(),
            detail,
        };
        rows.iter()
            .map(|r| {
                let kind: String = r.try_get(0).map_err(|e| corrupt(e.to_string()))?;
                let kind = HitKind::parse(&kind)
                    .ok_or_else(|| corrupt(format!("unknown kind {kind:?}")))?;
                let get = |i| {
                    r.try_get::<_, String>(i)
                        .map_err(|e| corrupt(e.to_string()))
                };
                Ok(SearchHit {
                    kind,
                    doc: get(1)?,
                    id: get(2)?,
                    snippet: get(3)?,
                    score: r.try_get(4).map_err(|e| corrupt(e.to_string()))?,
                })
            })
            .collect()
    }

    fn set_grade(&mut self, source: &str, grade: char, note: Option<&str>) -> Result<(), Error> {
        let (key, grade) = check_grade(source, grade)?;
        let url = self.location.display().to_string();
        let client = self
            .client
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        client
            .execute(
                "INSERT INTO source_grades (source, grade, note, set_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (source) DO UPDATE
                 SET grade = excluded.grade, note = excluded.note, set_at = excluded.set_at",
                &[&key, &grade.to_string(), &note.map(nul_free), &now_utc()],
            )
            .map_err(|source| Error::PgWrite {
                url,
                doc: format!("(grade of source {key:?})"),
                source,
            })?;
        Ok(())
    }

    fn grades(&self) -> Result<BTreeMap<String, SourceGrade>, Error> {
        let rows = self.read("reading the source grades", |tx| {
            tx.query("SELECT source, grade, note, set_at FROM source_grades", &[])
        })?;
        let err = self.pg_err("reading the source grades");
        let mut out = BTreeMap::new();
        for r in rows {
            let source: String = r.try_get(0).map_err(&err)?;
            let grade: String = r.try_get(1).map_err(&err)?;
            let Some(letter) = grade.chars().next().filter(|_| grade.len() == 1) else {
                return Err(Error::Corrupt {
                    path: self.location.clone(),
                    doc: "(source grades)".to_string(),
                    detail: format!("grade {grade:?} of {source:?} is not one letter"),
                });
            };
            let grade = SourceGrade {
                grade: letter,
                note: r.try_get(2).map_err(&err)?,
                set_at: r.try_get(3).map_err(&err)?,
            };
            out.insert(source, grade);
        }
        Ok(out)
    }

    fn claims_with_status(
        &self,
        status: &str,
        limit: Option<usize>,
    ) -> Result<Vec<ClaimRecord>, Error> {
        let limit = limit.map(|l| i64::try_from(l).unwrap_or(i64::MAX));
        let rows = self.read(&format!("reading the claims of status {status:?}"), |tx| {
            tx.query(
                "SELECT r.doc, r.body FROM records r JOIN documents d ON d.id = r.doc
                 WHERE r.layer = 'claim' AND r.status = $1
                 ORDER BY d.seq, r.span_start, r.span_end, r.id COLLATE \"C\"
                 LIMIT $2",
                &[&status, &limit],
            )
        })?;
        self.parse_rows(&rows, "claim")
    }

    fn documents_page(&self, offset: usize, limit: usize) -> Result<DocumentPage, Error> {
        let (limit, skip) = (i64::try_from(limit).unwrap_or(i64::MAX), i64::try_from(offset).unwrap_or(i64::MAX));
        let (total, rows) = self.read("reading the list of documents", |tx| {
            let total: i64 = tx.query_one("SELECT count(*) FROM documents", &[])?.try_get(0)?;
            let rows = tx.query(
                "SELECT d.id, d.title, d.outlet, d.published, d.source,
                        (SELECT count(*) FROM records r WHERE r.doc = d.id AND r.layer = 'claim'),
                        (SELECT count(*) FROM records r WHERE r.doc = d.id AND r.layer = 'event'),
                        (SELECT count(*) FROM records r WHERE r.doc = d.id AND r.layer = 'place')
                 FROM (SELECT seq FROM documents
                       ORDER BY published DESC NULLS LAST, seq DESC
                       LIMIT $1 OFFSET $2) page
                 JOIN documents d ON d.seq = page.seq
                 ORDER BY d.published DESC NULLS LAST, d.seq DESC",
                &[&limit, &skip],
            )?;
            Ok((total, rows))
        })?;
        let err = self.pg_err("reading the list of documents");
        let count = |row: &postgres::Row, i: usize| -> Result<usize, Error> {
            let n: i64 = row.try_get(i).map_err(&err)?;
            Ok(usize::try_from(n).unwrap_or(0))
        };
        let mut documents = Vec::with_capacity(rows.len());
        for row in &rows {
            documents.push(DocumentSummary {
                id: row.try_get(0).map_err(&err)?,
                title: row.try_get(1).map_err(&err)?,
                outlet: row.try_get(2).map_err(&err)?,
                published: row.try_get(3).map_err(&err)?,
                source: row.try_get(4).map_err(&err)?,
                claims: count(row, 5)?,
                events: count(row, 6)?,
                places: count(row, 7)?,
            });
        }
        Ok(DocumentPage { total: usize::try_from(total).unwrap_or(0), offset, documents })
    }

    fn docs_mentioning_entity(&self, name: &str) -> Result<Vec<String>, Error> {
        let key = entity_key(name);
        let rows = self.read(&format!("reading the documents naming {name:?}"), |tx| {
            tx.query(
                "SELECT r.doc, r.body FROM records r JOIN documents d ON d.id = r.doc
                 WHERE r.layer = 'entity'
                 ORDER BY d.seq, r.ord",
                &[],
            )
        })?;
        let entities: Vec<EntityRecord> = self.parse_rows(&rows, "entity")?;
        let err = self.pg_err("reading entities");
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (row, e) in rows.iter().zip(&entities) {
            let doc: String = row.try_get(0).map_err(&err)?;
            if entity_matches(&key, &e.name, &e.aliases) && seen.insert(doc.clone()) {
                out.push(doc);
            }
        }
        Ok(out)
    }
}

impl PostgresStore {
    /// Records from rows of (document id, JSON body).
    fn parse_rows<T: DeserializeOwned>(
        &self,
        rows: &[postgres::Row],
        layer: &str,
    ) -> Result<Vec<T>, Error> {
        let err = self.pg_err(&format!("reading {layer} records"));
        rows.iter()
            .map(|r| {
                let doc: String = r.try_get(0).map_err(&err)?;
                let body: String = r.try_get(1).map_err(&err)?;
                serde_json::from_str(&body).map_err(|e| Error::Corrupt {
                    path: self.location.clone(),
                    doc,
                    detail: format!("{layer} record: {e}"),
                })
            })
            .collect()
    }
}

fn doc_ids(tx: &mut Transaction) -> Result<Vec<String>, postgres::Error> {
    tx.query("SELECT id FROM documents ORDER BY seq", &[])?
        .iter()
        .map(|r| r.try_get(0))
        .collect()
}

/// The records of one stored document, as [`crate::records_for`] made them.
fn load(tx: &mut Transaction, location: &Path, doc: &str) -> Result<DocRecords, Error> {
    let read = |source| Error::Postgres {
        url: location.display().to_string(),
        what: format!("reading document {doc}"),
        source,
    };
    let corrupt = |detail: String| Error::Corrupt {
        path: location.to_path_buf(),
        doc: doc.to_string(),
        detail,
    };
    fn parse<T: DeserializeOwned>(what: &str, body: &str) -> Result<T, String> {
        serde_json::from_str(body).map_err(|e| format!("{what} record: {e}"))
    }

    let Some(row) = tx
        .query_opt("SELECT record FROM documents WHERE id = $1", &[&doc])
        .map_err(read)?
    else {
        return Err(Error::UnknownDoc {
            path: location.to_path_buf(),
            doc: doc.to_string(),
        });
    };
    let record: String = row.try_get(0).map_err(read)?;
    let document: DocumentRecord = parse("document", &record).map_err(corrupt)?;
    let mut out = DocRecords {
        document,
        entities: Vec::new(),
        places: Vec::new(),
        times: Vec::new(),
        quantities: Vec::new(),
        claims: Vec::new(),
        events: Vec::new(),
        relations: Vec::new(),
    };
    let rows = tx
        .query(
            "SELECT layer, body FROM records WHERE doc = $1 ORDER BY layer, ord",
            &[&doc],
        )
        .map_err(read)?;
    for row in rows {
        let layer: String = row.try_get(0).map_err(read)?;
        let body: String = row.try_get(1).map_err(read)?;
        let mut step = || -> Result<(), String> {
            match layer.as_str() {
                "entity" => out.entities.push(parse(&layer, &body)?),
                "place" => out.places.push(parse(&layer, &body)?),
                "time" => out.times.push(parse(&layer, &body)?),
                "quantity" => out.quantities.push(parse(&layer, &body)?),
                "claim" => out.claims.push(parse(&layer, &body)?),
                "event" => out.events.push(parse(&layer, &body)?),
                "relation" => out.relations.push(parse(&layer, &body)?),
                other => return Err(format!("unknown layer {other:?}")),
            }
            Ok(())
        };
        step().map_err(corrupt)?;
    }
    Ok(out)
}

/// A ledger of schema version 1 holding `docs` in the schema `schema` (which must exist and be
/// empty), as a sitrep of that version wrote it: the first migration only, one `INSERT` per
/// record, no index. For the upgrade tests.
#[cfg(test)]
pub(crate) fn create_v1(url: &str, schema: &str, docs: &[DocRecords]) -> Result<(), Error> {
    fn bodies<T: Serialize>(
        doc: &str,
        layer: &'static str,
        list: &[T],
        ids: Vec<&str>,
    ) -> Result<Vec<(&'static str, i32, String, String)>, Error> {
        list.iter()
            .zip(ids)
            .enumerate()
            .map(|(i, (x, id))| Ok((layer, i as i32, id.to_string(), to_json(doc, x)?)))
            .collect()
    }
    let mut rows_of = Vec::new();
    for r in docs {
        let doc = r.document.id.as_str();
        let mut rows = Vec::new();
        rows.extend(bodies(
            doc,
            "entity",
            &r.entities,
            r.entities.iter().map(|x| x.id.as_str()).collect(),
        )?);
        rows.extend(bodies(
            doc,
            "place",
            &r.places,
            r.places.iter().map(|x| x.id.as_str()).collect(),
        )?);
        rows.extend(bodies(
            doc,
            "time",
            &r.times,
            r.times.iter().map(|x| x.id.as_str()).collect(),
        )?);
        rows.extend(bodies(
            doc,
            "quantity",
            &r.quantities,
            r.quantities.iter().map(|x| x.id.as_str()).collect(),
        )?);
        rows.extend(bodies(
            doc,
            "claim",
            &r.claims,
            r.claims.iter().map(|x| x.id.as_str()).collect(),
        )?);
        rows.extend(bodies(
            doc,
            "event",
            &r.events,
            r.events.iter().map(|x| x.id.as_str()).collect(),
        )?);
        rows.extend(bodies(
            doc,
            "relation",
            &r.relations,
            r.relations.iter().map(|x| x.id.as_str()).collect(),
        )?);
        rows_of.push((r, to_json(doc, &r.document)?, rows));
    }
    admin(url, "creating a version 1 ledger", |client| {
        let mut tx = client.transaction()?;
        tx.batch_execute(&format!("SET LOCAL search_path TO {}", quote_ident(schema)))?;
        tx.batch_execute(PG_V1)?;
        tx.execute(
            "INSERT INTO schema_version (version, applied_by) VALUES (1, 'sitrep 0.1.0')",
            &[],
        )?;
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('application', $1), ('created_by', 'sitrep 0.1.0')",
            &[&APPLICATION_NAME],
        )?;
        for (r, record, rows) in &rows_of {
            let d = &r.document;
            tx.execute(
                "INSERT INTO documents (id, source, title, outlet, published, text, record)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &d.id,
                    &d.source,
                    &d.title,
                    &d.outlet,
                    &d.published,
                    &nul_free(&d.text),
                    record,
                ],
            )?;
            for (layer, ord, id, body) in rows {
                tx.execute(
                    "INSERT INTO records (doc, layer, ord, id, body) VALUES ($1, $2, $3, $4, $5)",
                    &[&d.id, layer, ord, id, body],
                )?;
            }
        }
        tx.commit()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_in_messages() {
        assert_eq!(
            redact("postgres://me:secret@db.local:5432/sitrep"),
            "postgres://me:***@db.local:5432/sitrep"
        );
        assert_eq!(
            redact("postgresql://me@127.0.0.1/x"),
            "postgresql://me@127.0.0.1/x"
        );
        assert_eq!(
            redact("host=a password=secret user=b"),
            "host=a password=*** user=b"
        );
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
    }

    #[test]
    fn migrations_are_numbered_one_up() {
        for (i, (version, _)) in PG_MIGRATIONS.iter().enumerate() {
            assert_eq!(*version, i as i64 + 1);
        }
    }
}
