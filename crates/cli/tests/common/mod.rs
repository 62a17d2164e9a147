//! What the end-to-end tests share: the `sitrep` binary and a PostgreSQL schema of their own.
//!
//! The PostgreSQL tests run when `SITREP_TEST_POSTGRES` holds a connection URL (as for the
//! ledger's store suite), each in a schema of its own that the `--db` URL selects with
//! `options=-c search_path=...`; without it, they print a note and pass.

#![allow(dead_code)]

use std::process::Command;

use sitrep_ledger::PostgresStore;

pub const PG_ENV: &str = "SITREP_TEST_POSTGRES";

pub fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

pub fn text_of(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

/// A schema of its own in the test database, dropped afterwards.
pub struct PgSchema {
    pub url: String,
    pub schema: String,
}

impl PgSchema {
    /// A fresh schema named after `what` and this process, or `None` (with a note) when no
    /// test database is configured.
    pub fn create(what: &str) -> Option<PgSchema> {
        let Ok(url) = std::env::var(PG_ENV) else {
            eprintln!("note: {PG_ENV} is unset; skipping the PostgreSQL half of {what}");
            return None;
        };
        let pg = PgSchema {
            url,
            schema: format!("sitrep_cli_{what}_{}", std::process::id()),
        };
        PostgresStore::create_schema(&pg.url, &pg.schema).expect("test schema");
        Some(pg)
    }

    /// The `--db` URL selecting this schema.
    pub fn db(&self) -> String {
        let sep = if self.url.contains('?') { '&' } else { '?' };
        format!("{}{sep}options=-c%20search_path%3D{}", self.url, self.schema)
    }
}

impl Drop for PgSchema {
    fn drop(&mut self) {
        if let Err(e) = PostgresStore::drop_schema(&self.url, &self.schema) {
            eprintln!("note: could not drop test schema {}: {e}", self.schema);
        }
    }
}
