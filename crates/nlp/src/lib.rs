//! Natural-language layers over the document model: tokens, sentences and entities.
//!
//! The first versions here are rules and word lists, each behind [`sitrep_doc::Stage`], so the
//! trained tokenizer, tagger, parser and recogniser of later issues replace them one at a time.

mod entities;
mod lexicon;
mod tokenize;

pub use entities::{recognize, RuleEntityRecognizer};
pub use tokenize::{split_sentences, tokenize, RuleSentenceSplitter, RuleTokenizer};
