//! A ledger in one SQLite file.
//!
//! Opening decides first what the file is: a new or empty file gets the schema; a sitrep ledger
//! of this schema version is used; a ledger of an older version is upgraded in place (the missing
//! migrations in one exclusive transaction, so a crash leaves the old version whole); anything
//! else (a ledger of a newer version, some other SQLite database, a file that is not SQLite at
//! all) is refused with the file named and nothing written. Each document is stored in one
//! `IMMEDIATE` transaction together with its rows of the full-text index, so a crash or error
//! leaves either the whole document or none of it, and two writers serialise instead of
//! interleaving. Export reads inside one transaction, so it sees a consistent set of documents.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::types::Type;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Row, TransactionBehavior};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::schema::{APPLICATION_ID, APPLICATION_NAME, MIGRATIONS, SCHEMA_VERSION};
use super::search::{fts5_query, MARK};
use super::{
    check_grade, FEW_DOCS, check_records, entity_key, entity_matches, now_utc, query_words, select,
    DocumentPage, DocumentSummary, HitKind, PutOutcome, SearchHit, SourceGrade, Store,
};
use crate::records::{
    ClaimRecord, DocRecords, DocumentRecord, EntityRecord, EventRecord, LedgerJson, MentionRecord,
    PlaceRecord, QuantityRecord, RelationRecord, SpanPair, TimeRecord, TimeSpanRecord,
};
use crate::{merge, Error, VERSION};

/// How long a writer waits for another process holding the file.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Prepared statements kept per connection: more than a document's inserts and reads use.
const STATEMENT_CACHE: usize = 64;

/// A [`Store`] in an SQLite file.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens the ledger at `path`, creating it (and its schema) when the file does not exist or
    /// is empty, upgrading it when it is a ledger of an older schema version. Refuses files that
    /// are not ledgers, and ledgers newer than [`SCHEMA_VERSION`].
    pub fn open(path: impl AsRef<Path>) -> Result<SqliteStore, Error> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open(&path).map_err(|source| Error::Open {
            path: path.clone(),
            source,
        })?;
        SqliteStore::init(conn, path)
    }

    /// A ledger in memory, gone when dropped.
    pub fn open_in_memory() -> Result<SqliteStore, Error> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|source| Error::Open {
            path: path.clone(),
            source,
        })?;
        SqliteStore::init(conn, path)
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stored records of one document, as [`crate::records_for`] made them.
    pub fn records(&self, doc: &str) -> Result<DocRecords, Error> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| self.read_err("a snapshot", e))?;
        load(&tx, &self.path, doc)
    }

    /// What SQLite's `PRAGMA integrity_check` finds wrong with the file: empty when it is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>, Error> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| self.read_err("the integrity check", e))?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.read_err("the integrity check", e))?;
        Ok(lines.into_iter().filter(|l| l != "ok").collect())
    }

    fn init(conn: Connection, path: PathBuf) -> Result<SqliteStore, Error> {
        let mut store = SqliteStore { conn, path };
        // Every insert and read statement of a document stays prepared between documents.
        store.conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        store
            .conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|source| Error::Open {
                path: store.path.clone(),
                source,
            })?;
        match store.identify()? {
            Kind::Ledger(version) if version == SCHEMA_VERSION => {}
            Kind::Empty | Kind::Ledger(_) => store.create_or_upgrade()?,
        }
        store
            .conn
            .pragma_update(None, "foreign_keys", true)
            .map_err(|source| Error::Open {
                path: store.path.clone(),
                source,
            })?;
        Ok(store)
    }

    fn read_err(&self, what: &str, source: rusqlite::Error) -> Error {
        Error::Read {
            path: self.path.clone(),
            what: what.to_string(),
            source,
        }
    }

    /// What the file is; an error for anything but an empty file or a ledger of this version or
    /// an older one. The header and tables are read in one read transaction: read one by one, they could
    /// straddle another process's creation of the schema and contradict each other.
    fn identify(&self) -> Result<Kind, Error> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|source| Error::Read {
                path: self.path.clone(),
                what: "the file header".to_string(),
                source,
            })?;
        identify(&tx, &self.path)
    }

    /// Applies every migration to an empty file, or the missing ones to a ledger of an older
    /// version, in one exclusive transaction. Another process may have created or upgraded the
    /// schema between our look and the lock, so the file is identified again under the lock.
    fn create_or_upgrade(&mut self) -> Result<(), Error> {
        let path = self.path.clone();
        let migrate_err = |version: i64| {
            let path = path.clone();
            move |source| Error::Migrate {
                path,
                version,
                source,
            }
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Exclusive)
            .map_err(migrate_err(SCHEMA_VERSION))?;
        let from = match identify(&tx, &path)? {
            Kind::Empty => 0,
            Kind::Ledger(version) if version == SCHEMA_VERSION => return Ok(()),
            Kind::Ledger(version) => version,
        };
        migrate(&tx, from, SCHEMA_VERSION).map_err(|(version, source)| Error::Migrate {
            path: path.clone(),
            version,
            source,
        })?;
        tx.commit().map_err(migrate_err(SCHEMA_VERSION))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Empty,
    /// A ledger of this schema version or an older one.
    Ledger(i64),
}

fn identify(conn: &Connection, path: &Path) -> Result<Kind, Error> {
    let not_a_ledger = |reason: String| Error::NotALedger {
        path: path.to_path_buf(),
        reason,
    };
    let read = |e: rusqlite::Error| {
        if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) {
            not_a_ledger("it is not an SQLite database".to_string())
        } else {
            Error::Read {
                path: path.to_path_buf(),
                what: "the file header".to_string(),
                source: e,
            }
        }
    };
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(read)?;
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(read)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(read)?;

    if app == 0 && version == 0 && objects == 0 {
        return Ok(Kind::Empty);
    }
    if app != APPLICATION_ID {
        return Err(not_a_ledger(format!(
            "it is an SQLite database with application id {app:#010x} and user version {version} \
             (a sitrep ledger has application id {APPLICATION_ID:#010x})"
        )));
    }
    let meta = |key: &str| -> Option<String> {
        conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .ok()
            .flatten()
    };
    if meta("application").as_deref() != Some(APPLICATION_NAME) {
        return Err(not_a_ledger(
            "it carries sitrep's application id but lacks the `meta` table naming it a sitrep ledger"
                .to_string(),
        ));
    }
    if !(1..=SCHEMA_VERSION).contains(&version) {
        return Err(Error::SchemaVersion {
            path: path.to_path_buf(),
            found: version,
            expected: SCHEMA_VERSION,
        });
    }
    let recorded = meta("schema_version");
    if recorded.as_deref() != Some(&version.to_string()) {
        return Err(not_a_ledger(format!(
            "its header says schema version {version} but its `meta` table says {}",
            recorded.as_deref().unwrap_or("nothing")
        )));
    }
    Ok(Kind::Ledger(version))
}

/// Applies the migrations above version `from` up to `to`, recording each version reached. On
/// failure, returns the version whose migration failed.
fn migrate(conn: &Connection, from: i64, to: i64) -> Result<(), (i64, rusqlite::Error)> {
    for &(version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > from && *v <= to) {
        let step = || -> rusqlite::Result<()> {
            conn.execute_batch(sql)?;
            conn.pragma_update(None, "user_version", version)?;
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [version.to_string()],
            )?;
            Ok(())
        };
        step().map_err(|e| (version, e))?;
    }
    let finish = || -> rusqlite::Result<()> {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('application', ?1), ('created_by', ?2)",
            [APPLICATION_NAME, &format!("sitrep {VERSION}")],
        )?;
        if from > 0 {
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('upgraded_by', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [format!("sitrep {VERSION} (from schema version {from})")],
            )?;
        }
        Ok(())
    };
    finish().map_err(|e| (to, e))
}

impl Store for SqliteStore {
    fn put_records(&mut self, records: &DocRecords) -> Result<PutOutcome, Error> {
        check_records(records)?;
        let path = self.path.clone();
        let doc = records.document.id.clone();
        let write = |source| Error::Write {
            path: path.clone(),
            doc: doc.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(write)?;
        let exists: bool = tx
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?1)",
                [&doc],
                |r| r.get(0),
            )
            .map_err(write)?;
        if exists {
            return Ok(PutOutcome::AlreadyPresent);
        }
        insert(&tx, records).map_err(write)?;
        index(&tx, records).map_err(write)?;
        tx.commit().map_err(write)?;
        Ok(PutOutcome::Inserted)
    }

    fn put_batch(&mut self, batch: &[DocRecords]) -> Result<Vec<PutOutcome>, Error> {
        for records in batch {
            check_records(records)?;
        }
        let path = self.path.clone();
        let first = batch.first().map(|r| r.document.id.clone()).unwrap_or_default();
        let write = |doc: &str, source| Error::Write {
            path: path.clone(),
            doc: doc.to_string(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| write(&first, e))?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for records in batch {
            let doc = records.document.id.as_str();
            let exists: bool = tx
                .query_row("SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?1)", [doc], |r| r.get(0))
                .map_err(|e| write(doc, e))?;
            if exists {
                outcomes.push(PutOutcome::AlreadyPresent);
                continue;
            }
            insert(&tx, records).map_err(|e| write(doc, e))?;
            index(&tx, records).map_err(|e| write(doc, e))?;
            outcomes.push(PutOutcome::Inserted);
        }
        tx.commit().map_err(|e| write(&first, e))?;
        Ok(outcomes)
    }

    fn export(&self, only: Option<&[String]>) -> Result<LedgerJson, Error> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| self.read_err("a snapshot", e))?;
        let ordered = match only {
            // A few documents (a page of the UI, a story): looked up by id, not by listing all.
            Some(only) if only.len() <= FEW_DOCS => {
                let mut stmt = tx
                    .prepare_cached("SELECT seq FROM documents WHERE id = ?1")
                    .map_err(|e| self.read_err("the document list", e))?;
                let mut found: Vec<(i64, String)> = Vec::with_capacity(only.len());
                for id in only {
                    let seq: Option<i64> =
                        stmt.query_row([id], |r| r.get(0)).optional().map_err(|e| self.read_err("the document list", e))?;
                    let seq = seq.ok_or_else(|| Error::UnknownDoc { path: self.path.clone(), doc: id.clone() })?;
                    found.push((seq, id.clone()));
                }
                found.sort();
                found.dedup();
                found.into_iter().map(|(_, id)| id).collect()
            }
            _ => {
                let stored = doc_ids(&tx).map_err(|e| self.read_err("the document list", e))?;
                let chosen = select(&stored, only, &self.path)?;
                stored.into_iter().filter(|d| chosen.contains(d)).collect::<Vec<String>>()
            }
        };
        let mut records = Vec::with_capacity(ordered.len());
        for doc in &ordered {
            records.push(load(&tx, &self.path, doc)?);
        }
        Ok(merge(records, VERSION))
    }

    fn doc_ids(&self) -> Result<Vec<String>, Error> {
        doc_ids(&self.conn).map_err(|e| self.read_err("the document list", e))
    }

    fn doc_count(&self) -> Result<usize, Error> {
        self.conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
            .map_err(|e| self.read_err("the number of documents", e))
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, Error> {
        let words = query_words(query);
        if words.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let (any, all) = (fts5_query(&words, "OR"), fts5_query(&words, "AND"));
        let sql = format!(
            "SELECT kind, doc, id, snippet(search, -1, '{MARK}', '{MARK}', '…', 16),
                    bm25(search, 0.0, 0.0, 0.0, 2.0, 1.0) AS rank,
                    rowid IN (SELECT rowid FROM search WHERE search MATCH ?2) AS every_word
             FROM search WHERE search MATCH ?1
             ORDER BY every_word DESC, rank, rowid
             LIMIT ?3"
        );
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let read = |e| self.read_err(&format!("search results for {query:?}"), e);
        let mut stmt = self.conn.prepare(&sql).map_err(read)?;
        let rows = stmt
            .query_map(params![any, all, limit], |r| {
                let kind: String = r.get(0)?;
                let kind = HitKind::parse(&kind).ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(
                        0,
                        Type::Text,
                        format!("unknown kind {kind:?} in the search index").into(),
                    )
                })?;
                Ok(SearchHit {
                    kind,
                    doc: r.get(1)?,
                    id: r.get(2)?,
                    snippet: r.get(3)?,
                    score: -r.get::<_, f64>(4)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(read)?;
        Ok(rows)
    }

    fn set_grade(&mut self, source: &str, grade: char, note: Option<&str>) -> Result<(), Error> {
        let (key, grade) = check_grade(source, grade)?;
        self.conn
            .execute(
                "INSERT INTO source_grades (source, grade, note, set_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (source) DO UPDATE
                 SET grade = excluded.grade, note = excluded.note, set_at = excluded.set_at",
                params![key, grade.to_string(), note, now_utc()],
            )
            .map_err(|source| Error::Write {
                path: self.path.clone(),
                doc: format!("(grade of source {key:?})"),
                source,
            })?;
        Ok(())
    }

    fn grades(&self) -> Result<BTreeMap<String, SourceGrade>, Error> {
        let read = |e| self.read_err("the source grades", e);
        let mut stmt = self
            .conn
            .prepare("SELECT source, grade, note, set_at FROM source_grades")
            .map_err(read)?;
        let rows = stmt
            .query_map([], |r| {
                let grade: String = r.get(1)?;
                let grade = grade
                    .chars()
                    .next()
                    .filter(|_| grade.len() == 1)
                    .ok_or_else(|| {
                        rusqlite::Error::FromSqlConversionFailure(
                            1,
                            Type::Text,
                            format!("grade {grade:?} is not one letter").into(),
                        )
                    })?;
                Ok((
                    r.get::<_, String>(0)?,
                    SourceGrade {
                        grade,
                        note: r.get(2)?,
                        set_at: r.get(3)?,
                    },
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<BTreeMap<_, _>>>())
            .map_err(read)?;
        Ok(rows)
    }

    fn claims_with_status(
        &self,
        status: &str,
        limit: Option<usize>,
    ) -> Result<Vec<ClaimRecord>, Error> {
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc
             WHERE c.status = ?1
             ORDER BY d.seq, c.span_start, c.span_end, c.id
             LIMIT ?2"
        );
        let limit = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        let read = |e| self.read_err(&format!("the claims of status {status:?}"), e);
        let mut stmt = self.conn.prepare(&sql).map_err(read)?;
        let claims = stmt
            .query_map(params![status, limit], claim_row)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(read)?;
        Ok(claims)
    }

    fn documents_page(&self, offset: usize, limit: usize) -> Result<DocumentPage, Error> {
        let read = |e| self.read_err("the list of documents", e);
        // One snapshot, so that the total and the page agree while others write.
        let tx = self.conn.unchecked_transaction().map_err(read)?;
        let total: usize = tx.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).map_err(read)?;
        let mut stmt = tx
            .prepare(
                // The page is chosen first, so that records are counted for its documents only.
                "SELECT d.id, d.title, d.outlet, d.published, d.source,
                        (SELECT count(*) FROM claims c WHERE c.doc = d.id),
                        (SELECT count(*) FROM events e WHERE e.doc = d.id),
                        (SELECT count(*) FROM places p WHERE p.doc = d.id)
                 FROM (SELECT seq FROM documents
                       ORDER BY published IS NULL, published DESC, seq DESC
                       LIMIT ?1 OFFSET ?2) page
                 JOIN documents d ON d.seq = page.seq
                 ORDER BY d.published IS NULL, d.published DESC, d.seq DESC",
            )
            .map_err(read)?;
        let (limit, skip) = (i64::try_from(limit).unwrap_or(i64::MAX), i64::try_from(offset).unwrap_or(i64::MAX));
        let documents = stmt
            .query_map(params![limit, skip], |r| {
                Ok(DocumentSummary {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    outlet: r.get(2)?,
                    published: r.get(3)?,
                    source: r.get(4)?,
                    claims: r.get(5)?,
                    events: r.get(6)?,
                    places: r.get(7)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(read)?;
        Ok(DocumentPage { total, offset, documents })
    }

    fn docs_mentioning_entity(&self, name: &str) -> Result<Vec<String>, Error> {
        let key = entity_key(name);
        let read = |e| self.read_err(&format!("the documents naming {name:?}"), e);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT e.doc, e.name, e.aliases FROM entities e JOIN documents d ON d.id = e.doc
                 ORDER BY d.seq, e.rowid",
            )
            .map_err(read)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    json_col::<Vec<String>>(r, 2)?,
                ))
            })
            .map_err(read)?;
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for row in rows {
            let (doc, name, aliases) = row.map_err(read)?;
            if entity_matches(&key, &name, &aliases) && seen.insert(doc.clone()) {
                out.push(doc);
            }
        }
        Ok(out)
    }
}

fn doc_ids(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT id FROM documents ORDER BY seq")?;
    let ids = stmt.query_map([], |r| r.get(0))?.collect();
    ids
}

// ---------------------------------------------------------------------------------------------
// Writing

fn json<T: Serialize + ?Sized>(value: &T) -> rusqlite::Result<String> {
    serde_json::to_string(value).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

fn start(span: Option<SpanPair>) -> Option<usize> {
    span.map(|[s, _]| s)
}

fn end(span: Option<SpanPair>) -> Option<usize> {
    span.map(|[_, e]| e)
}

/// A float column: SQLite turns NaN into NULL on its own; this says so explicitly.
fn real(x: f64) -> Option<f64> {
    (!x.is_nan()).then_some(x)
}

fn insert(tx: &Connection, r: &DocRecords) -> rusqlite::Result<()> {
    let d = &r.document;
    tx.execute(
        "INSERT INTO documents (id, source, title, outlet, author, url, language, published, text,
                                captions, removed, warnings)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            d.id,
            d.source,
            d.title,
            d.outlet,
            d.author,
            d.url,
            d.language,
            d.published,
            d.text,
            json(&d.captions)?,
            json(&d.removed)?,
            json(&d.warnings)?
        ],
    )?;

    let mut mention = tx.prepare_cached(
        "INSERT INTO mentions (doc, layer, target, span_start, span_end, kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut mentions =
        |layer: &str, target: &str, list: &[MentionRecord]| -> rusqlite::Result<()> {
            for m in list {
                mention.execute(params![m.doc, layer, target, m.start, m.end, m.kind])?;
            }
            Ok(())
        };

    let mut stmt = tx.prepare_cached(
        "INSERT INTO entities (doc, id, name, type, org_kind, country, aliases)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for e in &r.entities {
        stmt.execute(params![
            d.id,
            e.id,
            e.name,
            e.entity_type,
            e.org_kind,
            e.country,
            json(&e.aliases)?
        ])?;
        mentions("entity", &e.id, &e.mentions)?;
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO places (doc, id, name, lat, lon, country, kind, geonames_id, admin1, population,
                             aliases)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for p in &r.places {
        stmt.execute(params![
            d.id,
            p.id,
            p.name,
            real(p.lat),
            real(p.lon),
            p.country,
            p.kind,
            p.geonames_id,
            p.admin1,
            p.population,
            json(&p.aliases)?
        ])?;
        mentions("place", &p.id, &p.mentions)?;
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO times (doc, id, text, value, type, mod) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for t in &r.times {
        stmt.execute(params![
            d.id,
            t.id,
            t.text,
            t.value,
            t.timex_type,
            t.timex_mod
        ])?;
        mentions("time", &t.id, &t.mentions)?;
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO quantities (doc, id, text, value, upper, unit, unit_start, unit_end, approx,
                                 bound, span_start, span_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for q in &r.quantities {
        stmt.execute(params![
            q.doc,
            q.id,
            q.text,
            real(q.value),
            q.upper.and_then(real),
            q.unit,
            start(q.unit_span),
            end(q.unit_span),
            q.approx,
            q.bound,
            q.start,
            q.end
        ])?;
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO claims (doc, id, source, source_text, source_start, source_end, cue, cue_start,
                             cue_end, content, span_start, span_end, evidence, status, quote,
                             reported_by, date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    for c in &r.claims {
        stmt.execute(params![
            c.doc,
            c.id,
            c.source,
            c.source_text,
            start(c.source_span),
            end(c.source_span),
            c.cue,
            start(c.cue_span),
            end(c.cue_span),
            c.content,
            c.start,
            c.end,
            json(&c.evidence)?,
            c.status,
            c.quote,
            c.reported_by,
            c.date
        ])?;
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO events (doc, id, type, plover, trigger_text, span_start, span_end,
                             other_triggers, actors, places, quantities, time_start, time_end,
                             status, claims)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?;
    for v in &r.events {
        stmt.execute(params![
            v.doc,
            v.id,
            v.event_type,
            v.plover,
            v.trigger,
            v.start,
            v.end,
            json(&v.other_triggers)?,
            json(&v.actors)?,
            json(&v.places)?,
            json(&v.quantities)?,
            v.time.as_ref().map(|t| &t.start),
            v.time.as_ref().map(|t| &t.end),
            v.status,
            json(&v.claims)?
        ])?;
    }

    let mut stmt = tx.prepare_cached(
        "INSERT INTO relations (doc, id, type, from_claim, to_claim, independent, cue, cue_start,
                                cue_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for x in &r.relations {
        stmt.execute(params![
            x.doc,
            x.id,
            x.relation_type,
            x.from,
            x.to,
            x.independent,
            x.cue,
            start(x.cue_span),
            end(x.cue_span)
        ])?;
    }
    Ok(())
}

/// The rows of the full-text index for one document: the document, then its claims.
fn index(tx: &Connection, r: &DocRecords) -> rusqlite::Result<()> {
    let d = &r.document;
    let mut stmt =
        tx.prepare_cached("INSERT INTO search (kind, doc, id, title, body) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    stmt.execute(params![
        HitKind::Document.as_str(),
        d.id,
        d.id,
        d.title.as_deref().unwrap_or(""),
        d.text
    ])?;
    for c in &r.claims {
        stmt.execute(params![
            HitKind::Claim.as_str(),
            d.id,
            c.id,
            c.source_text,
            c.content
        ])?;
    }
    Ok(())
}

/// A ledger file of schema version 1 holding `docs`, as a sitrep of that version wrote it: the
/// first migration only, no index. For the upgrade tests.
#[cfg(test)]
pub(crate) fn create_v1(path: &Path, docs: &[DocRecords]) -> rusqlite::Result<()> {
    let mut conn = Connection::open(path)?;
    let tx = conn.transaction()?;
    migrate(&tx, 0, 1).map_err(|(_, e)| e)?;
    for d in docs {
        insert(&tx, d)?;
    }
    tx.commit()
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A JSON text column.
fn json_col<T: DeserializeOwned>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

/// Two nullable offset columns; a span only when both are there.
fn pair_col(row: &Row, a: usize, b: usize) -> rusqlite::Result<Option<SpanPair>> {
    let (s, e): (Option<usize>, Option<usize>) = (row.get(a)?, row.get(b)?);
    Ok(s.zip(e).map(|(s, e)| [s, e]))
}

fn real_col(row: &Row, idx: usize) -> rusqlite::Result<f64> {
    Ok(row.get::<_, Option<f64>>(idx)?.unwrap_or(f64::NAN))
}

/// Rows of one document from one query, in storage order.
fn rows<T>(
    conn: &Connection,
    sql: &str,
    doc: &str,
    map: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let out = stmt.query_map([doc], map)?.collect();
    out
}

/// The records of one stored document.
fn load(conn: &Connection, path: &Path, doc: &str) -> Result<DocRecords, Error> {
    load_sql(conn, doc).map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => Error::UnknownDoc {
            path: path.to_path_buf(),
            doc: doc.to_string(),
        },
        rusqlite::Error::FromSqlConversionFailure(..)
        | rusqlite::Error::InvalidColumnType(..)
        | rusqlite::Error::IntegralValueOutOfRange(..) => Error::Corrupt {
            path: path.to_path_buf(),
            doc: doc.to_string(),
            detail: e.to_string(),
        },
        source => Error::Read {
            path: path.to_path_buf(),
            what: format!("document {doc}"),
            source,
        },
    })
}

/// The columns of `claims c` that [`claim_row`] reads.
const CLAIM_COLUMNS: &str = "c.id, c.doc, c.source, c.source_text, c.source_start, c.source_end,
    c.cue, c.cue_start, c.cue_end, c.content, c.span_start, c.span_end, c.evidence, c.status,
    c.quote, c.reported_by, c.date";

fn claim_row(r: &Row) -> rusqlite::Result<ClaimRecord> {
    Ok(ClaimRecord {
        id: r.get(0)?,
        doc: r.get(1)?,
        source: r.get(2)?,
        source_text: r.get(3)?,
        source_span: pair_col(r, 4, 5)?,
        cue: r.get(6)?,
        cue_span: pair_col(r, 7, 8)?,
        content: r.get(9)?,
        start: r.get(10)?,
        end: r.get(11)?,
        evidence: json_col(r, 12)?,
        status: r.get(13)?,
        quote: r.get(14)?,
        reported_by: r.get(15)?,
        date: r.get(16)?,
    })
}

fn load_sql(conn: &Connection, doc: &str) -> rusqlite::Result<DocRecords> {
    let document = conn.query_row(
        "SELECT id, source, title, outlet, author, url, language, published, text, captions,
                removed, warnings
         FROM documents WHERE id = ?1",
        [doc],
        |r| {
            Ok(DocumentRecord {
                id: r.get(0)?,
                source: r.get(1)?,
                title: r.get(2)?,
                outlet: r.get(3)?,
                author: r.get(4)?,
                url: r.get(5)?,
                language: r.get(6)?,
                published: r.get(7)?,
                text: r.get(8)?,
                captions: json_col(r, 9)?,
                removed: json_col(r, 10)?,
                warnings: json_col(r, 11)?,
            })
        },
    )?;

    let mut mentions: HashMap<(String, String), Vec<MentionRecord>> = HashMap::new();
    let sql = "SELECT layer, target, doc, span_start, span_end, kind FROM mentions WHERE doc = ?1 ORDER BY rowid";
    for (layer, target, m) in rows(conn, sql, doc, |r| {
        let m = MentionRecord {
            doc: r.get(2)?,
            start: r.get(3)?,
            end: r.get(4)?,
            kind: r.get(5)?,
        };
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, m))
    })? {
        mentions.entry((layer, target)).or_default().push(m);
    }
    let mut take = |layer: &str, id: &str| {
        mentions
            .remove(&(layer.to_string(), id.to_string()))
            .unwrap_or_default()
    };

    let sql = "SELECT id, name, type, org_kind, country, aliases FROM entities WHERE doc = ?1 ORDER BY rowid";
    let mut entities = rows(conn, sql, doc, |r| {
        Ok(EntityRecord {
            id: r.get(0)?,
            name: r.get(1)?,
            entity_type: r.get(2)?,
            org_kind: r.get(3)?,
            country: r.get(4)?,
            aliases: json_col(r, 5)?,
            mentions: Vec::new(),
        })
    })?;
    for e in &mut entities {
        e.mentions = take("entity", &e.id);
    }

    let sql = "SELECT id, name, lat, lon, country, kind, geonames_id, admin1, population, aliases
               FROM places WHERE doc = ?1 ORDER BY rowid";
    let mut places = rows(conn, sql, doc, |r| {
        Ok(PlaceRecord {
            id: r.get(0)?,
            name: r.get(1)?,
            lat: real_col(r, 2)?,
            lon: real_col(r, 3)?,
            country: r.get(4)?,
            kind: r.get(5)?,
            geonames_id: r.get(6)?,
            admin1: r.get(7)?,
            population: r.get(8)?,
            aliases: json_col(r, 9)?,
            mentions: Vec::new(),
        })
    })?;
    for p in &mut places {
        p.mentions = take("place", &p.id);
    }

    let sql = "SELECT id, text, value, type, mod FROM times WHERE doc = ?1 ORDER BY rowid";
    let mut times = rows(conn, sql, doc, |r| {
        Ok(TimeRecord {
            id: r.get(0)?,
            text: r.get(1)?,
            value: r.get(2)?,
            timex_type: r.get(3)?,
            timex_mod: r.get(4)?,
            mentions: Vec::new(),
        })
    })?;
    for t in &mut times {
        t.mentions = take("time", &t.id);
    }

    let sql = "SELECT id, text, value, upper, unit, unit_start, unit_end, approx, bound, doc,
                      span_start, span_end
               FROM quantities WHERE doc = ?1 ORDER BY rowid";
    let quantities = rows(conn, sql, doc, |r| {
        Ok(QuantityRecord {
            id: r.get(0)?,
            text: r.get(1)?,
            value: real_col(r, 2)?,
            upper: r.get(3)?,
            unit: r.get(4)?,
            unit_span: pair_col(r, 5, 6)?,
            approx: r.get(7)?,
            bound: r.get(8)?,
            doc: r.get(9)?,
            start: r.get(10)?,
            end: r.get(11)?,
        })
    })?;

    let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims c WHERE doc = ?1 ORDER BY rowid");
    let claims = rows(conn, &sql, doc, claim_row)?;

    let sql = "SELECT id, type, plover, trigger_text, doc, span_start, span_end, other_triggers,
                      actors, places, quantities, time_start, time_end, status, claims
               FROM events WHERE doc = ?1 ORDER BY rowid";
    let events = rows(conn, sql, doc, |r| {
        let (start, end): (Option<String>, Option<String>) = (r.get(11)?, r.get(12)?);
        Ok(EventRecord {
            id: r.get(0)?,
            event_type: r.get(1)?,
            plover: r.get(2)?,
            trigger: r.get(3)?,
            doc: r.get(4)?,
            start: r.get(5)?,
            end: r.get(6)?,
            other_triggers: json_col(r, 7)?,
            actors: json_col(r, 8)?,
            places: json_col(r, 9)?,
            quantities: json_col(r, 10)?,
            time: start
                .zip(end)
                .map(|(start, end)| TimeSpanRecord { start, end }),
            status: r.get(13)?,
            claims: json_col(r, 14)?,
        })
    })?;

    let sql = "SELECT id, doc, type, from_claim, to_claim, independent, cue, cue_start, cue_end
               FROM relations WHERE doc = ?1 ORDER BY rowid";
    let relations = rows(conn, sql, doc, |r| {
        Ok(RelationRecord {
            id: r.get(0)?,
            doc: r.get(1)?,
            relation_type: r.get(2)?,
            from: r.get(3)?,
            to: r.get(4)?,
            independent: r.get(5)?,
            cue: r.get(6)?,
            cue_span: pair_col(r, 7, 8)?,
        })
    })?;

    Ok(DocRecords {
        document,
        entities,
        places,
        times,
        quantities,
        claims,
        events,
        relations,
    })
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::fixture;
    use crate::records_for;

    fn temp() -> tempfile::TempDir {
        tempfile::tempdir().expect("temporary directory")
    }

    fn count(path: &Path, table: &str) -> i64 {
        let conn = Connection::open(path).expect("raw connection");
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    }

    #[test]
    fn another_sqlite_database_is_refused_untouched() {
        let dir = temp();
        let path = dir.path().join("notes.db");
        Connection::open(&path)
            .and_then(|c| {
                c.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');")
            })
            .expect("someone else's database");
        let err = SqliteStore::open(&path).expect_err("not a ledger");
        assert!(matches!(err, Error::NotALedger { .. }), "{err}");
        assert!(err.to_string().contains("notes.db"), "{err}");
        assert_eq!(count(&path, "notes"), 1);
        let tables: i64 = Connection::open(&path)
            .and_then(|c| {
                c.query_row(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'meta'",
                    [],
                    |r| r.get(0),
                )
            })
            .expect("look for meta");
        assert_eq!(tables, 0, "no ledger tables were added");

        // Our application id without our meta table is still not a ledger.
        let path = dir.path().join("impostor.db");
        Connection::open(&path)
            .and_then(|c| c.pragma_update(None, "application_id", APPLICATION_ID))
            .expect("impostor");
        let err = SqliteStore::open(&path).expect_err("impostor");
        assert!(matches!(err, Error::NotALedger { .. }), "{err}");
    }

    #[test]
    fn a_text_file_is_refused_untouched() {
        let dir = temp();
        let path = dir.path().join("report.txt");
        let body =
            "This is a plain text file, long enough to fill an SQLite header and then some more.\n"
                .repeat(20);
        fs::write(&path, &body).expect("write text file");
        let err = SqliteStore::open(&path).expect_err("text is no ledger");
        assert!(matches!(err, Error::NotALedger { .. }), "{err}");
        assert!(
            err.to_string().contains("report.txt")
                && err.to_string().contains("not an SQLite database"),
            "{err}"
        );
        assert_eq!(fs::read_to_string(&path).expect("read back"), body);

        let short = dir.path().join("short.txt");
        fs::write(&short, "hello\n").expect("write short file");
        let err = SqliteStore::open(&short).expect_err("a few bytes of text are no ledger");
        assert!(matches!(err, Error::NotALedger { .. }), "{err}");
        assert_eq!(fs::read_to_string(&short).expect("read back"), "hello\n");
    }

    #[test]
    fn an_empty_file_becomes_a_ledger_and_a_bad_directory_is_an_open_error() {
        let dir = temp();
        let path = dir.path().join("empty.sqlite");
        fs::write(&path, b"").expect("empty file");
        let mut store = SqliteStore::open(&path).expect("empty file gets the schema");
        store.put(&fixture::bare()).expect("usable");
        assert_eq!(store.path(), path.as_path());

        let err = SqliteStore::open(dir.path().join("no/such/dir/ledger.sqlite"))
            .expect_err("no directory");
        assert!(matches!(err, Error::Open { .. }), "{err}");
    }

    #[test]
    fn damaged_rows_are_reported_with_the_document() {
        let dir = temp();
        let path = dir.path().join("ledger.sqlite");
        let doc = fixture::report();
        let mut store = SqliteStore::open(&path).expect("new ledger");
        store.put(&doc).expect("put");
        store
            .conn
            .execute("UPDATE events SET actors = 'not json'", [])
            .expect("damage");
        let err = store.export(None).expect_err("damaged JSON column");
        assert!(
            matches!(&err, Error::Corrupt { doc: d, .. } if d == doc.id()),
            "{err}"
        );
    }

    #[test]
    fn non_finite_numbers_survive_storage() {
        let mut records = records_for(&fixture::report());
        records.quantities[0].value = f64::NAN;
        records.places[0].lat = f64::INFINITY;
        let mut store = SqliteStore::open_in_memory().expect("memory ledger");
        store.put_records(&records).expect("put");
        let back = store.records(&records.document.id).expect("records");
        assert!(back.quantities[0].value.is_nan());
        assert_eq!(back.places[0].lat, f64::INFINITY);
        assert_eq!(
            serde_json::to_string(&back).expect("json"),
            serde_json::to_string(&records).expect("json")
        );
    }

    #[test]
    fn a_failed_upgrade_leaves_the_old_ledger_as_it_was() {
        let dir = temp();
        let path = dir.path().join("v1.sqlite");
        let records = records_for(&fixture::report());
        create_v1(&path, std::slice::from_ref(&records)).expect("version 1 ledger");
        // Someone's table where version 2 puts its index.
        Connection::open(&path)
            .and_then(|c| c.execute_batch("CREATE TABLE search (x TEXT)"))
            .expect("obstacle");
        let err = SqliteStore::open(&path).expect_err("the upgrade fails");
        assert!(matches!(err, Error::Migrate { version: 2, .. }), "{err}");
        assert!(err.to_string().contains("v1.sqlite"), "{err}");
        {
            let conn = Connection::open(&path).expect("raw");
            let version: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .expect("version");
            let grades: i64 = conn
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'source_grades'",
                    [],
                    |r| r.get(0),
                )
                .expect("look for grades");
            assert_eq!((version, grades), (1, 0), "nothing of version 2 was kept");
            conn.execute_batch("DROP TABLE search").expect("remove obstacle");
        }
        let store = SqliteStore::open(&path).expect("the upgrade succeeds now");
        assert_eq!(
            store.export(None).expect("export"),
            crate::merge([records], VERSION)
        );
    }

    #[test]
    fn schema_is_identified_in_the_file() {
        let dir = temp();
        let path = dir.path().join("ledger.sqlite");
        drop(SqliteStore::open(&path).expect("new ledger"));
        let conn = Connection::open(&path).expect("raw");
        let app: i32 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .expect("app id");
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("version");
        let meta = |key: &str| -> String {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
                .expect("meta")
        };
        assert_eq!((app, version), (APPLICATION_ID, SCHEMA_VERSION));
        assert_eq!(meta("application"), "sitrep-ledger");
        assert_eq!(meta("schema_version"), SCHEMA_VERSION.to_string());
    }
}
