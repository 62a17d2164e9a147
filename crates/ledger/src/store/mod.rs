//! Persistent ledgers behind one trait: SQLite in a file (the default) and PostgreSQL for a
//! shared deployment, chosen by [`open_store`] from the `--db` value, so callers never change.
//!
//! A store holds documents keyed by their id, which is a hash of their text: putting the same text
//! twice stores it once ([`PutOutcome::AlreadyPresent`]). A store keeps each document's records as
//! [`records_for`] made them and computes the ledger on export with [`crate::merge`], so every
//! backend exports exactly what merging the same documents in memory gives.
//!
//! Beside the documents a store keeps what a reader asks of a growing ledger without exporting
//! all of it: a **full-text index** of document titles and texts and of claims (their source
//! words and content), written in the same transaction as the document so that a document is
//! searchable exactly when it is stored; **source grades** (the reliability letters A–F of the
//! NATO Admiralty scale) that analysts give to sources by name; and a few **queries** (claims of
//! one status, documents naming an entity, the number of documents) answered by the database
//! instead of by merging everything in memory.
//!
//! Search takes plain words, never query syntax: the words of the query are pulled out of it
//! ([`query_words`]) and quoted by each backend, so quotes, operators and punctuation typed by a
//! user can never make a query fail. Any word may match; hits that contain every word come first,
//! then the rest by the backend's relevance score.

mod postgres;
mod schema;
mod search;
mod sqlite;
#[cfg(test)]
mod suite;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use sitrep_doc::Doc;

use serde::Serialize;

use crate::records::{records_for, ClaimRecord, DocRecords, LedgerJson, MentionRecord};
use crate::{ids, merge, Error, VERSION};

pub use postgres::{PostgresStore, POSTGRES_SCHEMA_VERSION};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub(crate) use search::{memory_search, query_words};
pub use sqlite::SqliteStore;

/// Whether `db` names a PostgreSQL database (`postgres://...` or `postgresql://...`) rather
/// than an SQLite file.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// Opens the ledger `db` names: a PostgreSQL URL, or else the path of an SQLite file.
pub fn open_store(db: impl AsRef<Path>) -> Result<Box<dyn Store + Send>, Error> {
    let db = db.as_ref();
    match db.to_str() {
        Some(url) if is_postgres_url(url) => Ok(Box::new(PostgresStore::open(url)?)),
        _ => Ok(Box::new(SqliteStore::open(db)?)),
    }
}

/// What [`Store::put`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PutOutcome {
    /// The document was new and is now stored.
    Inserted,
    /// A document with this id (the same text) was already stored; nothing changed.
    AlreadyPresent,
}

/// What a [`SearchHit`] points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    /// A document, found in its title or text.
    Document,
    /// A claim, found in its content or its source words.
    Claim,
}

impl HitKind {
    /// The name stored in the index and written in JSON: `document` or `claim`.
    pub fn as_str(self) -> &'static str {
        match self {
            HitKind::Document => "document",
            HitKind::Claim => "claim",
        }
    }

    fn parse(name: &str) -> Option<HitKind> {
        match name {
            "document" => Some(HitKind::Document),
            "claim" => Some(HitKind::Claim),
            _ => None,
        }
    }
}

/// One result of [`Store::search`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchHit {
    /// The document the hit is in.
    pub doc: String,
    pub kind: HitKind,
    /// The document id for a [`HitKind::Document`], the claim id for a [`HitKind::Claim`].
    pub id: String,
    /// A short passage around the matched words, each match between `**`.
    pub snippet: String,
    /// Relevance, higher is better; comparable only within one result list (each backend scores
    /// in its own way).
    pub score: f64,
}

/// One line of a list of stored documents ([`Store::documents_page`]): what a reader needs to
/// pick a document, and how much the analysis found in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentSummary {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// YYYY-MM-DD, when known.
    pub published: Option<String>,
    /// Path or URL the document was read from.
    pub source: String,
    /// How many claims, events and places the document holds.
    pub claims: usize,
    pub events: usize,
    pub places: usize,
}

/// A page of [`DocumentSummary`]s and the number of documents in all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentPage {
    pub total: usize,
    pub offset: usize,
    pub documents: Vec<DocumentSummary>,
}

/// The letters of the NATO Admiralty scale for the reliability of a source: A completely
/// reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable,
/// F reliability cannot be judged.
pub const GRADES: [char; 6] = ['A', 'B', 'C', 'D', 'E', 'F'];

/// The grade an analyst gave a source ([`Store::set_grade`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceGrade {
    /// One of [`GRADES`].
    pub grade: char,
    pub note: Option<String>,
    /// When it was set: UTC, RFC 3339 (`2031-05-12T08:30:00Z`).
    pub set_at: String,
}

/// A source name as grades are keyed: lower case, whitespace collapsed to single spaces, no
/// leading or trailing space. "Averin  Coast Guard" and "averin coast guard" are one source.
pub fn normalise_source(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The key and letter [`Store::set_grade`] stores, or the reason it refuses them. Lower-case
/// letters are taken as their capitals.
pub(crate) fn check_grade(source: &str, grade: char) -> Result<(String, char), Error> {
    let key = normalise_source(source);
    if key.is_empty() {
        return Err(Error::BadInput {
            what: "source name".to_string(),
            detail: format!("{source:?} is empty; a grade needs the name of a source"),
        });
    }
    let letter = grade.to_ascii_uppercase();
    if !GRADES.contains(&letter) {
        return Err(Error::BadInput {
            what: "source grade".to_string(),
            detail: format!(
                "{grade:?} for {key:?}: a grade is one letter A to F (NATO Admiralty scale)"
            ),
        });
    }
    Ok((key, letter))
}

/// A name as [`Store::docs_mentioning_entity`] compares names: case, hyphens against spaces,
/// full stops and a leading "the" do not matter (the folding entity ids use).
pub(crate) fn entity_key(name: &str) -> String {
    ids::normalise(name)
}

/// Whether an entity named `name` with `aliases` is the one `key` ([`entity_key`]) asks for.
pub(crate) fn entity_matches(key: &str, name: &str, aliases: &[String]) -> bool {
    entity_key(name) == key || aliases.iter().any(|a| entity_key(a) == key)
}

/// The current time as [`SourceGrade::set_at`] writes it.
pub(crate) fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3_600,
        rest / 60 % 60,
        rest % 60
    )
}

/// A ledger that keeps documents between runs.
pub trait Store {
    /// Stores one document's records, whole or not at all. Records are checked first: the
    /// document id must be the hash of its text and every record must belong to it and point
    /// inside it.
    fn put_records(&mut self, records: &DocRecords) -> Result<PutOutcome, Error>;

    /// Stores an analysed document.
    fn put(&mut self, doc: &Doc) -> Result<PutOutcome, Error> {
        self.put_records(&records_for(doc))
    }

    /// Stores several documents, each whole or not at all. Records are checked first, so bad
    /// records store nothing of the batch. A backend may write the batch in one transaction
    /// (SQLite does: one commit, one disk sync, for the lot, and on any error nothing of the
    /// batch is stored); the default stores the documents one transaction each, so a failure
    /// while writing leaves those before it stored. Either way the caller may store the
    /// documents one by one after an error, to find the bad one.
    fn put_batch(&mut self, batch: &[DocRecords]) -> Result<Vec<PutOutcome>, Error> {
        batch.iter().try_for_each(check_records)?;
        batch.iter().map(|r| self.put_records(r)).collect()
    }

    /// The whole ledger, or only the given documents (an id the store lacks is an error).
    /// Documents come in the order they were first stored.
    fn export(&self, only: Option<&[String]>) -> Result<LedgerJson, Error>;

    /// Ids of the stored documents, in the order they were stored.
    fn doc_ids(&self) -> Result<Vec<String>, Error>;

    /// How many documents are stored.
    fn doc_count(&self) -> Result<usize, Error>;

    /// Documents and claims containing words of `query`, best first, at most `limit`. Any word
    /// may match; hits with every word come before the others. The query is words only: quotes,
    /// operators and punctuation in it are ignored, never an error; a query without words finds
    /// nothing.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, Error>;

    /// Grades the source `source` with a letter of [`GRADES`] (lower case is taken as upper),
    /// replacing an earlier grade of the same source ([`normalise_source`] decides "same").
    /// Any other letter, or a name without words, is [`Error::BadInput`].
    fn set_grade(&mut self, source: &str, grade: char, note: Option<&str>) -> Result<(), Error>;

    /// Every graded source, keyed by its [`normalise_source`] name.
    fn grades(&self) -> Result<BTreeMap<String, SourceGrade>, Error>;

    /// Claims whose status is `status` (`asserted`, `denied`, ...), at most `limit`: documents in
    /// storage order, claims of one document in text order.
    fn claims_with_status(
        &self,
        status: &str,
        limit: Option<usize>,
    ) -> Result<Vec<ClaimRecord>, Error>;

    /// At most `limit` documents from the `offset`-th on, newest first: by publication date, the
    /// undated after the dated, and among equal dates the last stored first.
    fn documents_page(&self, offset: usize, limit: usize) -> Result<DocumentPage, Error>;

    /// Ids of the documents, in storage order, with an entity whose name or one of whose aliases
    /// is `name`, ignoring case, hyphens against spaces, full stops and a leading "the".
    fn docs_mentioning_entity(&self, name: &str) -> Result<Vec<String>, Error>;
}

/// Claims of `docs` (in storage order) with status `status`, in text order, at most `limit`.
pub(crate) fn claims_in_order<'a>(
    docs: impl IntoIterator<Item = &'a DocRecords>,
    status: &str,
    limit: Option<usize>,
) -> Vec<ClaimRecord> {
    let mut out = Vec::new();
    for d in docs {
        let mut claims: Vec<&ClaimRecord> =
            d.claims.iter().filter(|c| c.status == status).collect();
        claims.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
        out.extend(claims.into_iter().cloned());
    }
    if let Some(limit) = limit {
        out.truncate(limit);
    }
    out
}

/// A store that lives in memory only: for one-off analyses that need no file.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    docs: Vec<DocRecords>,
    grades: BTreeMap<String, SourceGrade>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }
}

const MEMORY: &str = ":memory:";

impl Store for MemoryStore {
    fn put_records(&mut self, records: &DocRecords) -> Result<PutOutcome, Error> {
        check_records(records)?;
        if self
            .docs
            .iter()
            .any(|d| d.document.id == records.document.id)
        {
            return Ok(PutOutcome::AlreadyPresent);
        }
        self.docs.push(records.clone());
        Ok(PutOutcome::Inserted)
    }

    fn export(&self, only: Option<&[String]>) -> Result<LedgerJson, Error> {
        let ids = self.doc_ids()?;
        let chosen = select(&ids, only, &PathBuf::from(MEMORY))?;
        let records = self
            .docs
            .iter()
            .filter(|d| chosen.contains(&d.document.id))
            .cloned();
        Ok(merge(records, VERSION))
    }

    fn doc_ids(&self) -> Result<Vec<String>, Error> {
        Ok(self.docs.iter().map(|d| d.document.id.clone()).collect())
    }

    fn doc_count(&self) -> Result<usize, Error> {
        Ok(self.docs.len())
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, Error> {
        Ok(memory_search(&self.docs, query, limit))
    }

    fn set_grade(&mut self, source: &str, grade: char, note: Option<&str>) -> Result<(), Error> {
        let (key, grade) = check_grade(source, grade)?;
        self.grades.insert(
            key,
            SourceGrade {
                grade,
                note: note.map(str::to_string),
                set_at: now_utc(),
            },
        );
        Ok(())
    }

    fn grades(&self) -> Result<BTreeMap<String, SourceGrade>, Error> {
        Ok(self.grades.clone())
    }

    fn claims_with_status(
        &self,
        status: &str,
        limit: Option<usize>,
    ) -> Result<Vec<ClaimRecord>, Error> {
        Ok(claims_in_order(&self.docs, status, limit))
    }

    fn documents_page(&self, offset: usize, limit: usize) -> Result<DocumentPage, Error> {
        let mut order: Vec<(usize, &DocRecords)> = self.docs.iter().enumerate().collect();
        order.sort_by(|(ia, a), (ib, b)| {
            newest_first(a.document.published.as_deref(), b.document.published.as_deref()).then(ib.cmp(ia))
        });
        let documents = order
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|(_, d)| DocumentSummary {
                id: d.document.id.clone(),
                title: d.document.title.clone(),
                outlet: d.document.outlet.clone(),
                published: d.document.published.clone(),
                source: d.document.source.clone(),
                claims: d.claims.len(),
                events: d.events.len(),
                places: d.places.len(),
            })
            .collect();
        Ok(DocumentPage { total: self.docs.len(), offset, documents })
    }

    fn docs_mentioning_entity(&self, name: &str) -> Result<Vec<String>, Error> {
        let key = entity_key(name);
        Ok(self
            .docs
            .iter()
            .filter(|d| {
                d.entities
                    .iter()
                    .any(|e| entity_matches(&key, &e.name, &e.aliases))
            })
            .map(|d| d.document.id.clone())
            .collect())
    }
}

/// The order of [`Store::documents_page`] by publication date: later dates first, no date last.
fn newest_first(a: Option<&str>, b: Option<&str>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// Up to this many documents asked by id are looked up by their ids (SQLite one query each,
/// PostgreSQL one `= ANY` query); more are picked from the list of every stored id.
pub(crate) const FEW_DOCS: usize = 200;

/// The stored ids `only` asks for (all of them for `None`); an id not stored is an error.
fn select(
    stored: &[String],
    only: Option<&[String]>,
    path: &std::path::Path,
) -> Result<BTreeSet<String>, Error> {
    let Some(only) = only else {
        return Ok(stored.iter().cloned().collect());
    };
    let stored: HashSet<&String> = stored.iter().collect();
    let mut chosen = BTreeSet::new();
    for id in only {
        if !stored.contains(id) {
            return Err(Error::UnknownDoc {
                path: path.to_path_buf(),
                doc: id.clone(),
            });
        }
        chosen.insert(id.clone());
    }
    Ok(chosen)
}

/// Refuses records that would break the ledger's invariants once stored: an id that is not the
/// hash of the text (it would defeat de-duplication), records of another document, spans outside
/// the text, two records with one id.
pub(crate) fn check_records(r: &DocRecords) -> Result<(), Error> {
    let doc = &r.document.id;
    let text = &r.document.text;
    let bad = |detail: String| Error::BadRecords {
        doc: doc.clone(),
        detail,
    };

    let expected = ids::document_id(text);
    if *doc != expected {
        return Err(bad(format!("the id of its text is {expected}")));
    }
    let fits = |start: usize, end: usize| start <= end && text.get(start..end).is_some();
    let check_span = |what: &str, id: &str, start: usize, end: usize| {
        if fits(start, end) {
            Ok(())
        } else {
            Err(bad(format!(
                "{what} {id} has span {start}..{end}, outside the text or inside a character"
            )))
        }
    };
    let check_doc = |what: &str, id: &str, of: &str| {
        if of == doc {
            Ok(())
        } else {
            Err(bad(format!("{what} {id} belongs to document {of}")))
        }
    };
    let check_mentions = |what: &str, id: &str, mentions: &[MentionRecord]| {
        mentions.iter().try_for_each(|m| {
            check_doc(what, id, &m.doc)?;
            check_span(what, id, m.start, m.end)
        })
    };
    let check_unique = |what: &str, ids: Vec<&String>| {
        let mut seen = HashSet::new();
        match ids.into_iter().find(|id| !seen.insert(*id)) {
            Some(id) => Err(bad(format!("two {what} records have id {id}"))),
            None => Ok(()),
        }
    };

    for &[s, e] in &r.document.captions {
        check_span("caption", "", s, e)?;
    }
    check_unique("entity", r.entities.iter().map(|x| &x.id).collect())?;
    check_unique("place", r.places.iter().map(|x| &x.id).collect())?;
    check_unique("time", r.times.iter().map(|x| &x.id).collect())?;
    check_unique("quantity", r.quantities.iter().map(|x| &x.id).collect())?;
    check_unique("claim", r.claims.iter().map(|x| &x.id).collect())?;
    check_unique("event", r.events.iter().map(|x| &x.id).collect())?;
    check_unique("relation", r.relations.iter().map(|x| &x.id).collect())?;
    for x in &r.entities {
        check_mentions("entity", &x.id, &x.mentions)?;
    }
    for x in &r.places {
        check_mentions("place", &x.id, &x.mentions)?;
    }
    for x in &r.times {
        check_mentions("time", &x.id, &x.mentions)?;
    }
    for x in &r.quantities {
        check_doc("quantity", &x.id, &x.doc)?;
        check_span("quantity", &x.id, x.start, x.end)?;
    }
    for x in &r.claims {
        check_doc("claim", &x.id, &x.doc)?;
        check_span("claim", &x.id, x.start, x.end)?;
        for [s, e] in x.source_span.iter().chain(&x.cue_span) {
            check_span("claim", &x.id, *s, *e)?;
        }
    }
    for x in &r.events {
        check_doc("event", &x.id, &x.doc)?;
        check_span("event", &x.id, x.start, x.end)?;
        for [s, e] in &x.other_triggers {
            check_span("event", &x.id, *s, *e)?;
        }
    }
    for x in &r.relations {
        check_doc("relation", &x.id, &x.doc)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn memory_store_exports_what_merge_gives() {
        let (one, two) = (fixture::report(), fixture::follow_up());
        // Callers may hold any backend behind `dyn Store`.
        let mut store: Box<dyn Store> = Box::new(MemoryStore::new());
        assert_eq!(store.put(&one).expect("put"), PutOutcome::Inserted);
        assert_eq!(store.put(&two).expect("put"), PutOutcome::Inserted);
        assert_eq!(store.put(&one).expect("put"), PutOutcome::AlreadyPresent);
        let expected = merge([records_for(&one), records_for(&two)], VERSION);
        assert_eq!(store.export(None).expect("export"), expected);
        let only = [two.id().to_string()];
        assert_eq!(
            store.export(Some(&only)).expect("export"),
            merge([records_for(&two)], VERSION)
        );
        let missing = ["d-0000000000000000".to_string()];
        assert!(matches!(
            store.export(Some(&missing)),
            Err(Error::UnknownDoc { .. })
        ));
    }

    #[test]
    fn memory_store_searches_grades_and_queries_like_the_databases() {
        suite::check_search(&mut MemoryStore::new());
        suite::check_grades(&mut MemoryStore::new());
        suite::check_queries(&mut MemoryStore::new());
    }

    #[test]
    fn source_names_and_grades_are_normalised() {
        assert_eq!(
            normalise_source("  Averin\n Coast  GUARD "),
            "averin coast guard"
        );
        assert_eq!(check_grade("x", 'f').expect("f is F").1, 'F');
        assert!(matches!(check_grade("x", 'Ä'), Err(Error::BadInput { .. })));
        let now = now_utc();
        assert!(now.starts_with("20") && now.ends_with('Z'), "{now}");
    }

    #[test]
    fn records_that_lie_about_their_document_are_refused() {
        let mut r = records_for(&fixture::report());
        r.document.text.push('!');
        let err = check_records(&r).expect_err("id no longer matches text");
        assert!(err.to_string().contains(&r.document.id), "{err}");

        let mut r = records_for(&fixture::report());
        r.claims[0].end = r.document.text.len() + 10;
        assert!(matches!(check_records(&r), Err(Error::BadRecords { .. })));

        let mut r = records_for(&fixture::report());
        r.quantities[0].doc = "d-elsewhere".into();
        assert!(matches!(check_records(&r), Err(Error::BadRecords { .. })));

        let mut r = records_for(&fixture::report());
        let dup = r.claims[0].clone();
        r.claims.push(dup);
        assert!(matches!(check_records(&r), Err(Error::BadRecords { .. })));
    }
}
