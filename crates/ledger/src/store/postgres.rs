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
//! lock, so two processes opening an empty database create the schema once. A schema of another
//! version, or one holding other tables, is refused and left untouched.
//!
//! Each record is kept as one row of `records` with its JSON (as the contract writes it) in a
//! text column, plus its document, layer, position and id in plain columns for queries. Text
//! rather than `jsonb`, because `jsonb` refuses `\u0000` and rewrites numbers.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use postgres::{Client, Config, IsolationLevel, NoTls, Transaction};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::schema::{APPLICATION_ID, APPLICATION_NAME};
use super::{check_records, select, PutOutcome, Store};
use crate::records::{DocRecords, DocumentRecord, LedgerJson};
use crate::{merge, Error, VERSION};

/// Migrations of the PostgreSQL schema: (version reached, SQL). Never edit one; append.
pub(crate) const PG_MIGRATIONS: &[(i64, &str)] = &[(1, PG_V1)];

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

/// A [`Store`] in PostgreSQL.
pub struct PostgresStore {
    /// `export` and `doc_ids` take `&self`; the client needs `&mut`.
    client: Mutex<Client>,
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
            location: PathBuf::from(location),
        };
        store.init()?;
        Ok(store)
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

    /// Identifies the schema under the open lock and migrates an empty one.
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
        if identify(&mut tx, &location)? == Kind::Ledger {
            return tx.commit().map_err(&err);
        }
        for &(version, sql) in PG_MIGRATIONS {
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
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('application', $1), ('created_by', $2)
             ON CONFLICT (key) DO NOTHING",
            &[&APPLICATION_NAME, &format!("sitrep {VERSION}")],
        )
        .map_err(&err)?;
        tx.commit().map_err(&err)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Empty,
    Ledger,
}

/// What the current schema is; an error for anything but an empty schema or a ledger of
/// [`POSTGRES_SCHEMA_VERSION`].
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
    if found != POSTGRES_SCHEMA_VERSION {
        return Err(Error::SchemaVersion {
            path: location.to_path_buf(),
            found,
            expected: POSTGRES_SCHEMA_VERSION,
        });
    }
    Ok(Kind::Ledger)
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

impl Store for PostgresStore {
    fn put_records(&mut self, records: &DocRecords) -> Result<PutOutcome, Error> {
        check_records(records)?;
        let d = &records.document;
        let doc = d.id.clone();

        // Everything is serialised before the transaction opens, so it stays short.
        let record = to_json(&doc, d)?;
        let mut rows: Vec<(&str, i32, &str, String)> = Vec::new();
        macro_rules! push {
            ($layer:literal, $list:expr) => {
                for (i, x) in $list.iter().enumerate() {
                    let ord = i32::try_from(i).map_err(|_| Error::BadRecords {
                        doc: doc.clone(),
                        detail: format!("more than {} {} records", i32::MAX, $layer),
                    })?;
                    rows.push(($layer, ord, x.id.as_str(), to_json(&doc, x)?));
                }
            };
        }
        push!("entity", records.entities);
        push!("place", records.places);
        push!("time", records.times);
        push!("quantity", records.quantities);
        push!("claim", records.claims);
        push!("event", records.events);
        push!("relation", records.relations);

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
        let mut tx = client.transaction().map_err(write)?;
        let search_text = d.text.replace('\0', "\u{FFFD}");
        let inserted = tx
            .execute(
                "INSERT INTO documents (id, source, title, outlet, published, text, record)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (id) DO NOTHING",
                &[
                    &d.id,
                    &d.source,
                    &d.title,
                    &d.outlet,
                    &d.published,
                    &search_text,
                    &record,
                ],
            )
            .map_err(write)?;
        if inserted == 0 {
            // Stored before, by us or by another writer; the transaction rolls back on drop.
            return Ok(PutOutcome::AlreadyPresent);
        }
        let stmt = tx
            .prepare("INSERT INTO records (doc, layer, ord, id, body) VALUES ($1, $2, $3, $4, $5)")
            .map_err(write)?;
        for (layer, ord, id, body) in &rows {
            tx.execute(&stmt, &[&doc, layer, ord, id, body])
                .map_err(write)?;
        }
        tx.commit().map_err(write)?;
        Ok(PutOutcome::Inserted)
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
        let stored = doc_ids(&mut tx).map_err(&err)?;
        let chosen = select(&stored, only, &self.location)?;
        let mut records = Vec::with_capacity(chosen.len());
        for doc in stored.iter().filter(|d| chosen.contains(*d)) {
            records.push(load(&mut tx, &self.location, doc)?);
        }
        tx.commit().map_err(&err)?;
        Ok(merge(records, VERSION))
    }

    fn doc_ids(&self) -> Result<Vec<String>, Error> {
        let err = self.pg_err("reading the document list");
        let mut client = self.client();
        let mut tx = client.transaction().map_err(&err)?;
        let ids = doc_ids(&mut tx).map_err(&err)?;
        tx.commit().map_err(&err)?;
        Ok(ids)
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
