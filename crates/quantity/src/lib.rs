//! sitrep-quantity (being written).
