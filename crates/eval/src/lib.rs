//! Benchmark readers and scorers behind `sitrep eval`.
//!
//! Each public benchmark sitrep is measured on gets one module here: a reader for its format
//! (turning the benchmark's documents into [`sitrep_doc::Doc`]s plus gold annotations) and a
//! scorer that compares a pipeline's layers with the gold, as the benchmark's own evaluation
//! does. Reading benchmark files is the one kind of I/O this crate does; it never writes.

pub mod attribution;
pub mod conll;
pub mod boilerplate;
pub mod conllu;
pub mod geo;
pub mod meantime;
pub mod tempeval;
pub mod timeml;
