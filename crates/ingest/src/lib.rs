//! sitrep-ingest (being written).
