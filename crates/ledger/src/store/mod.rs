//! Persistent ledgers behind one trait: SQLite in a file (the default) and PostgreSQL for a
//! shared deployment, chosen by [`open_store`] from the `--db` value, so callers never change.
//!
//! A store holds documents keyed by their id, which is a hash of their text: putting the same text
//! twice stores it once ([`PutOutcome::AlreadyPresent`]). A store keeps each document's records as
//! [`records_for`] made them and computes the ledger on export with [`crate::merge`], so every
//! backend exports exactly what merging the same documents in memory gives.

mod postgres;
mod schema;
mod sqlite;
#[cfg(test)]
mod suite;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use sitrep_doc::Doc;

use crate::records::{records_for, DocRecords, LedgerJson, MentionRecord};
use crate::{ids, merge, Error, VERSION};

pub use postgres::{PostgresStore, POSTGRES_SCHEMA_VERSION};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
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

    /// The whole ledger, or only the given documents (an id the store lacks is an error).
    /// Documents come in the order they were first stored.
    fn export(&self, only: Option<&[String]>) -> Result<LedgerJson, Error>;

    /// Ids of the stored documents, in the order they were stored.
    fn doc_ids(&self) -> Result<Vec<String>, Error>;
}

/// A store that lives in memory only: for one-off analyses that need no file.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    docs: Vec<DocRecords>,
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
}

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
