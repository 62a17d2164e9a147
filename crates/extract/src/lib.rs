//! sitrep-extract (being written).
