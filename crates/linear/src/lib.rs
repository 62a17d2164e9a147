//! Linear classifiers for sitrep's trained models: a multiclass averaged perceptron over sparse
//! hashed features, and the versioned model file it is shipped in.
//!
//! This crate knows nothing of documents, tokens or tags. A caller (the tagger in `sitrep-nlp`,
//! later the parser) turns its input into a list of feature keys with [`FeatureKey`], asks a
//! [`Model`] for the best class, and during training tells a [`Trainer`] which class was right.
//!
//! Design decisions:
//! - **Hashed features.** A feature is a template number plus the bytes of its value, hashed to a
//!   `u64` ([`FeatureKey`]); no strings are built while tagging, and the model stores only keys.
//!   With 64-bit keys and a few hundred thousand features, collisions are negligible.
//! - **Averaging with timestamps.** The trainer keeps, for each weight, the running sum of its
//!   past values and the step of its last change, so averaging costs nothing per step: the sum
//!   is brought up to date only when the weight changes, and once at the end.
//! - **Compact inference.** [`Trainer::average`] prunes averaged weights below a threshold and
//!   quantizes the rest to `i16` with one scale per model; rows (a single weight, sparse
//!   (class, weight) lists, or dense runs for the frequent features) are found through an
//!   open-addressing table built when the model is loaded.
//! - **One file format for every model.** [`write_model`] / [`read_model`] wrap any serde body
//!   (the caller's tables plus one or more [`CompactModel`]s) in a container with a magic, a
//!   [`FORMAT_VERSION`], a [`Header`] naming the feature templates, the label sets and the
//!   SHA-256 of the training data, and a CRC-32 footer. A reader refuses a foreign, stale,
//!   damaged or truncated file and says which, with the expected and the found value.

mod format;
mod hash;
mod model;
mod shape;
mod train;

pub use format::{read_model, sha256, write_model, Header, FORMAT_VERSION, MAGIC};
pub use hash::{value_hash, FeatureKey};
pub use model::{CompactModel, Model, RowRef};
pub use shape::shape_into;
pub use train::{average_of, shuffle, xorshift, KeyHasher, KeyMap, Trainer};

/// Errors of model files and weights.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("not a sitrep model file: expected magic {expected:?}, found {found:?}")]
    BadMagic { expected: String, found: String },
    #[error("model file format version {found} is not supported: this build reads version {expected}; rebuild the model with this build's `sitrep train`")]
    Version { expected: u32, found: u32 },
    #[error("model file is damaged: checksum expected {expected:#010x}, found {found:#010x}")]
    Checksum { expected: u32, found: u32 },
    #[error("model file is truncated: {0}")]
    Truncated(String),
    #[error("model file holds a `{found}` model, expected a `{expected}` model")]
    Kind { expected: String, found: String },
    #[error("model features are {found:?}, this build extracts {expected:?}; rebuild the model")]
    Features { expected: String, found: String },
    #[error("model file cannot be decoded: {0}")]
    Decode(String),
    #[error("model weights are inconsistent: {0}")]
    Corrupt(String),
    #[error("model cannot be encoded: {0}")]
    Encode(String),
}
