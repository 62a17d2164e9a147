//! `sitrep serve`: the ledger in a browser, for analysts who read a story rather than script it.
//!
//! A JSON API over any [`sitrep_ledger::Store`] ([`api`]: documents, one document's ledger, full-text
//! search, stories, entities, claims by status, source grades) and a small offline web UI that
//! reads it ([`assets`]: the cleaned text with claims, entities, places and times highlighted at
//! their byte spans, a map, the story's timeline). [`questions`] holds the questions the command
//! line and the API ask alike, so both give the same answers.
//!
//! Interfaces layer: depends on `doc`, `ledger`, `link` and `geo` (country outlines for maps), and
//! nothing below depends on it.

pub mod api;
pub mod assets;
pub mod http;
pub mod questions;

pub use http::{start, RunningServer, ServeOptions};

/// What stops the server from starting, or from serving.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The SQLite file named is missing: a server never creates an empty ledger.
    #[error("{0}: no such ledger (run `sitrep analyze` or `sitrep ingest` first, or pass --db)")]
    NoLedger(String),
    #[error(transparent)]
    Store(#[from] sitrep_ledger::Error),
    #[error("cannot listen on {addr}: {detail}")]
    Listen { addr: String, detail: String },
    /// The server stopped serving.
    #[error("the server failed: {0}")]
    Serve(String),
    #[error("the server's thread panicked")]
    Crashed,
}
