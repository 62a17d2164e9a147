//! The ledger: what sitrep keeps of an analysed document, in the shape outside tools read.
//!
//! A [`sitrep_doc::Doc`] holds stand-off layers that refer to each other by index. Indices are
//! only meaningful inside one document and one run, so the ledger turns every annotation into a
//! **record with a stable, content-derived id** ([`records::records_for`]): the same entity named
//! in two documents gets the same `e-` id, the same text analysed twice gives the same `c-`/`v-`
//! ids, and ledgers from different runs can be compared line by line. The record types mirror the
//! JSON contract in `shared/spec/ledger-json.md` field for field; they may carry more fields, never
//! fewer.
//!
//! Records of several documents are combined by [`merge`]: one entity, place or time record per
//! id with the union of mentions, everything in a deterministic order. A [`Store`] keeps
//! documents persistently: [`SqliteStore`] in a file (the default) or [`PostgresStore`] in a
//! shared database, chosen by [`open_store`]. Their export is, by construction and by one test
//! suite run on both, exactly `merge` over the stored documents, so a ledger read back from disk is
//! indistinguishable from one computed in memory. [`render_markdown`] turns a ledger into a report
//! a person reads.
//!
//! **Architecture invariants.**
//! - Every record keeps at least one span into a document (entities and places that nothing
//!   mentions and nothing refers to are dropped), so nothing in the ledger lacks provenance.
//! - Ids depend only on content (text, spans, normalised names), never on run order, time or
//!   randomness.
//! - A document is stored whole or not at all (inside one transaction, which may hold several
//!   documents: [`Store::put_batch`]), together with its entries in the full-text index, so a
//!   document is searchable exactly when it is stored.
//! - A ledger of an older schema version is upgraded in place, all pending migrations in one
//!   transaction; a ledger of a newer version, or anything that is not a ledger, is refused and
//!   never modified.
//! - This is the only crate that speaks SQL.

pub mod export;
mod ids;
mod merge;
pub mod records;
mod report;
mod store;

#[cfg(any(test, feature = "fixtures"))]
pub mod fixture;

use std::path::PathBuf;

pub use ids::normalise as normalise_name;
pub use merge::merge;
pub use records::{records_for, DocRecords, LedgerJson};
pub use report::render_markdown;
pub use store::{
    is_postgres_url, normalise_source, open_store, DocumentPage, DocumentSummary, HitKind, MemoryStore, PostgresStore, PutOutcome,
    SearchHit, SourceGrade, SqliteStore, Store, APPLICATION_ID, GRADES, POSTGRES_SCHEMA_VERSION,
    SCHEMA_VERSION,
};

/// The version written into [`LedgerJson::version`] by exports: the version of this workspace.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Everything that can go wrong while storing or reading a ledger.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite could not open the file at all (missing directory, permissions, ...).
    #[error("cannot open ledger {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    /// The file exists but is not a sitrep ledger (another SQLite database, a text file, ...).
    #[error("{path} is not a sitrep ledger: {reason}")]
    NotALedger { path: PathBuf, reason: String },
    /// The file is a sitrep ledger of another schema version.
    #[error(
        "{path} is a sitrep ledger of schema version {found}, but this sitrep reads schema \
         version {expected} only ({})",
        version_hint(*found, *expected)
    )]
    SchemaVersion {
        path: PathBuf,
        found: i64,
        expected: i64,
    },
    /// Creating the schema in a new file, or upgrading an older ledger, failed; the file is as
    /// it was.
    #[error("cannot create or upgrade the ledger schema (migration to version {version}) in {path}: {source}")]
    Migrate {
        path: PathBuf,
        version: i64,
        source: rusqlite::Error,
    },
    /// Storing a document failed; nothing of it was stored.
    #[error("cannot store document {doc} in {path}: {source}")]
    Write {
        path: PathBuf,
        doc: String,
        source: rusqlite::Error,
    },
    /// Reading from the ledger failed.
    #[error("cannot read {what} from {path}: {source}")]
    Read {
        path: PathBuf,
        what: String,
        source: rusqlite::Error,
    },
    /// A stored row cannot be turned back into a record.
    #[error("{path}: stored data of document {doc} is damaged: {detail}")]
    Corrupt {
        path: PathBuf,
        doc: String,
        detail: String,
    },
    /// `export` was asked for a document the ledger does not hold.
    #[error("document {doc} is not in the ledger {path}")]
    UnknownDoc { path: PathBuf, doc: String },
    /// The PostgreSQL server could not be reached or refused the connection.
    #[error("cannot open ledger {url}: {source}")]
    PgOpen {
        url: String,
        source: postgres::Error,
    },
    /// A PostgreSQL statement failed while creating the schema or reading.
    #[error("{what} in {url} failed: {source}")]
    Postgres {
        url: String,
        what: String,
        source: postgres::Error,
    },
    /// Storing a document in PostgreSQL failed; nothing of it was stored.
    #[error("cannot store document {doc} in {url}: {source}")]
    PgWrite {
        url: String,
        doc: String,
        source: postgres::Error,
    },
    /// Records handed to a store contradict themselves (wrong document id, foreign records).
    #[error("records of document {doc} are inconsistent: {detail}")]
    BadRecords { doc: String, detail: String },
    /// An argument of a store method is out of range (a grade outside A–F, an empty source
    /// name); nothing was changed.
    #[error("invalid {what}: {detail}")]
    BadInput { what: String, detail: String },
}

fn version_hint(found: i64, expected: i64) -> &'static str {
    if found > expected {
        "the ledger was written by a newer sitrep"
    } else {
        "the ledger was written by an older sitrep and could not be upgraded"
    }
}
