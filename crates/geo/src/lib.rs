//! Offline gazetteer and toponym resolution for sitrep.
//!
//! Two halves. [`compile`] turns GeoNames extracts plus a hand-written supplement (regions news
//! names that are no town — "Russia's Far East", "Donbas", seas, launch sites — and demonyms) into
//! a [`Gazetteer`], which is saved as one versioned, checksummed file (`models/gazetteer.bin`:
//! magic [`MAGIC`], [`FORMAT_VERSION`], a CRC-32 footer) and compiled into the binary
//! ([`Gazetteer::embedded`]). Rebuild it with
//! `cargo run --release -p sitrep-geo --example build_gazetteer -- DATA_DIR models/gazetteer.bin`.
//! [`GeoResolver`] is the pipeline stage that finds place names in a document and picks, for each
//! name, the one place it most likely means.
//!
//! Resolution weighs, for every candidate place: its prominence (population; a country before a
//! region before a town), containment stated by the text ("Ussuriysk, Primorsky Krai", "Russia’s
//! Khabarovsk", "X in Y"), spatial coherence with the other places of the document, and the
//! document's focus country. One name means one place throughout a document.
//!
//! **Architecture invariant:** no network and no file I/O at run time; the only I/O is in
//! [`compile`], which reads the data directory it is given. The gazetteer never changes after it
//! is loaded, so one instance is shared by every document (`&'static` or `Arc`).

mod build;
mod fold;
#[rustfmt::skip]
mod fold_table;
mod format;
mod gazetteer;
mod outline;
mod resolve;
mod scan;

use std::path::PathBuf;

pub use build::compile;
pub use fold::fold_key;
pub use format::{FORMAT_VERSION, MAGIC};
pub use gazetteer::{haversine_km, Candidate, EntryId, Gazetteer, GazetteerStats, MatchKind};
pub use outline::{CountryOutline, GeoBox, Outlines, OUTLINE_FORMAT_VERSION, OUTLINE_MAGIC, OUTLINE_SOURCE};
pub use resolve::GeoResolver;

/// Errors of the gazetteer compiler, the gazetteer file reader and the resolver.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write the gazetteer: {0}")]
    Write(std::io::Error),
    #[error("{path}: malformed input: {message}")]
    Input { path: PathBuf, message: String },
    #[error("{file} line {line}: {message}")]
    DataFile {
        file: &'static str,
        line: usize,
        message: String,
    },
    #[error("not a sitrep gazetteer file: expected magic {expected:?}, found {found:?}")]
    BadMagic { expected: String, found: String },
    #[error(
        "gazetteer file has format version {found}, this build reads version {expected}; \
         rebuild it with `sitrep gazetteer build`"
    )]
    Version { expected: u32, found: u32 },
    #[error("gazetteer file is corrupt: stored checksum {expected:#010x}, computed {found:#010x}")]
    Checksum { expected: u32, found: u32 },
    #[error("gazetteer file is truncated: {0}")]
    Truncated(String),
    #[error("gazetteer file cannot be decoded: {0}")]
    Decode(String),
    #[error("gazetteer index is inconsistent: {0}")]
    Index(String),
    #[error("no gazetteer was embedded: models/gazetteer.bin was missing when this was compiled")]
    NotEmbedded,
    #[error("country outlines file: {0}")]
    Outlines(String),
    #[error("the embedded gazetteer cannot be loaded: {0}")]
    Embedded(String),
}
