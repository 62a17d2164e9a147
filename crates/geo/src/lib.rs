//! sitrep-geo (being written).
