//! Natural-language layers over the document model: tokens, sentences, part-of-speech tags and
//! lemmas, and entities.
//!
//! The first versions here are rules and word lists, each behind [`sitrep_doc::Stage`], so the
//! trained tokenizer, tagger, parser and recogniser of later issues replace them one at a time.

mod entities;
mod lemma;
mod lexicon;
mod tagger;
mod tokenize;

pub use entities::{recognize, RuleEntityRecognizer};
pub use tokenize::{split_sentences, tokenize, RuleSentenceSplitter, RuleTokenizer};
pub use lemma::{LemmaTables, Lemmatizer};
pub use tagger::{
    evaluate, train, Accuracy, GoldSentence, IterationReport, LabelScheme, PerceptronTagger, Progress, Scratch,
    TaggedWord, TaggerError, TaggerModel, TrainOptions, Trained, FEATURES, KIND,
};
