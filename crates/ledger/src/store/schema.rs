//! The SQLite schema of a ledger file, as a versioned list of migrations.
//!
//! A ledger file identifies itself three ways: the SQLite header's `application_id` (the bytes
//! "SITR"), its `user_version` (the schema version), and a `meta` table repeating both in words
//! for a person with the `sqlite3` shell. A new file gets every migration in order, in one
//! transaction; a ledger of an older version gets the migrations it lacks, also in one
//! transaction, so an upgrade interrupted by a crash leaves the old version intact. Migrations
//! only add (tables, indexes, columns) and fill what they add from the data already there. The
//! `meta` table's shape is fixed for all versions, so any future sitrep can tell a ledger of
//! another version from a file that is no ledger at all.
//!
//! Version 2 adds the full-text index `search` (FTS5: one row per document, its title and text,
//! and one per claim, its source words and content), the `source_grades` table, and an index of
//! claims by status.
//!
//! Tables hold one row per record per document, each with the document id and its byte spans in
//! plain columns; nested lists (aliases, captions, event actors, ...) are JSON text columns.
//! Offsets are never `NULL` where the record must have a span. Columns named `span_start` and
//! `span_end` avoid SQL's `END` keyword.

/// `PRAGMA application_id` of a ledger: "SITR" in ASCII.
pub const APPLICATION_ID: i32 = 0x5349_5452;

/// The `meta` row `application` holds this.
pub(crate) const APPLICATION_NAME: &str = "sitrep-ledger";

/// Migrations: (version reached, SQL). Applied in order; never edit a published one, append.
pub(crate) const MIGRATIONS: &[(i64, &str)] = &[(1, V1), (2, V2)];

/// The schema version this build reads and writes: the last migration's.
pub const SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,   -- storage order
    id        TEXT NOT NULL UNIQUE,                -- d- + hash of text
    source    TEXT NOT NULL,
    title     TEXT,
    outlet    TEXT,
    author    TEXT,
    url       TEXT,
    language  TEXT,
    published TEXT,                                -- YYYY-MM-DD
    text      TEXT NOT NULL,
    captions  TEXT NOT NULL,                       -- JSON [[start, end]]
    removed   TEXT NOT NULL,                       -- JSON [{text, reason, raw_span}]
    warnings  TEXT NOT NULL                        -- JSON [text]
);

CREATE TABLE entities (
    doc      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    org_kind TEXT,
    country  TEXT,
    aliases  TEXT NOT NULL,                        -- JSON [text]
    UNIQUE (doc, id)
);
CREATE INDEX entities_by_id ON entities(id);

CREATE TABLE places (
    doc         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    lat         REAL,                              -- NULL only for a non-finite value
    lon         REAL,
    country     TEXT,
    kind        TEXT NOT NULL,
    geonames_id INTEGER,
    admin1      TEXT,
    population  INTEGER NOT NULL,
    aliases     TEXT NOT NULL,                     -- JSON [text]
    UNIQUE (doc, id)
);
CREATE INDEX places_by_id ON places(id);

CREATE TABLE times (
    doc   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id    TEXT NOT NULL,
    text  TEXT NOT NULL,
    value TEXT NOT NULL,
    type  TEXT NOT NULL,
    mod   TEXT,
    UNIQUE (doc, id)
);
CREATE INDEX times_by_id ON times(id);

-- Mentions of entities, places and times: `target` is the record id.
CREATE TABLE mentions (
    doc        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer      TEXT NOT NULL CHECK (layer IN ('entity', 'place', 'time')),
    target     TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_start <= span_end),
    kind       TEXT
);
CREATE INDEX mentions_by_doc ON mentions(doc);
CREATE INDEX mentions_by_target ON mentions(target);

CREATE TABLE quantities (
    doc        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    text       TEXT NOT NULL,
    value      REAL,                               -- NULL only for a non-finite value
    upper      REAL,
    unit       TEXT,
    unit_start INTEGER,
    unit_end   INTEGER,
    approx     INTEGER NOT NULL,
    bound      TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL CHECK (span_start <= span_end),
    UNIQUE (doc, id)
);

CREATE TABLE claims (
    doc          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    source       TEXT,                             -- entity id
    source_text  TEXT NOT NULL,
    source_start INTEGER,
    source_end   INTEGER,
    cue          TEXT NOT NULL,
    cue_start    INTEGER,
    cue_end      INTEGER,
    content      TEXT NOT NULL,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL CHECK (span_start <= span_end),
    evidence     TEXT NOT NULL,                    -- JSON [text]
    status       TEXT NOT NULL,
    quote        TEXT NOT NULL,
    reported_by  TEXT,
    date         TEXT,
    UNIQUE (doc, id)
);
CREATE INDEX claims_by_source ON claims(source);

CREATE TABLE events (
    doc            TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    type           TEXT NOT NULL,
    plover         TEXT,
    trigger_text   TEXT NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL CHECK (span_start <= span_end),
    other_triggers TEXT NOT NULL,                  -- JSON [[start, end]]
    actors         TEXT NOT NULL,                  -- JSON [{entity, role}]
    places         TEXT NOT NULL,                  -- JSON [{place, role}]
    quantities     TEXT NOT NULL,                  -- JSON [quantity id]
    time_start     TEXT,
    time_end       TEXT,
    status         TEXT NOT NULL,
    claims         TEXT NOT NULL,                  -- JSON [claim id]
    UNIQUE (doc, id)
);
CREATE INDEX events_by_type ON events(type);

CREATE TABLE relations (
    doc         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    type        TEXT NOT NULL,
    from_claim  TEXT NOT NULL,
    to_claim    TEXT NOT NULL,
    independent INTEGER NOT NULL,
    cue         TEXT,
    cue_start   INTEGER,
    cue_end     INTEGER,
    UNIQUE (doc, id)
);
"#;

const V2: &str = r#"
-- Full-text index. `title` is a document's title or a claim's source words, `body` a document's
-- text or a claim's content; the other columns say what a row is. Written with the document.
CREATE VIRTUAL TABLE search USING fts5 (
    kind UNINDEXED,                                -- 'document' or 'claim'
    doc  UNINDEXED,                                -- document id
    id   UNINDEXED,                                -- document or claim id
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search (kind, doc, id, title, body)
    SELECT 'document', id, id, coalesce(title, ''), text FROM documents ORDER BY seq;
INSERT INTO search (kind, doc, id, title, body)
    SELECT 'claim', c.doc, c.id, c.source_text, c.content
    FROM claims c JOIN documents d ON d.id = c.doc
    ORDER BY d.seq, c.rowid;

-- Reliability of sources (NATO Admiralty letters), by normalised source name.
CREATE TABLE source_grades (
    source TEXT PRIMARY KEY,                       -- lower case, whitespace collapsed
    grade  TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    note   TEXT,
    set_at TEXT NOT NULL                           -- UTC, RFC 3339
);

CREATE INDEX claims_by_status ON claims(status);
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_one_up() {
        for (i, (version, _)) in MIGRATIONS.iter().enumerate() {
            assert_eq!(*version, i as i64 + 1);
        }
        assert_eq!(&APPLICATION_ID.to_be_bytes(), b"SITR");
    }
}
