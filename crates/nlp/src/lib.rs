//! sitrep-nlp (being written).
