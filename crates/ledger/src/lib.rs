//! sitrep-ledger (being written).
