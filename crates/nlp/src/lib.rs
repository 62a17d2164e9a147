//! Natural-language layers over the document model: tokens, sentences, part-of-speech tags,
//! lemmas and dependency trees, and entities.
//!
//! The first versions here are rules and word lists, each behind [`sitrep_doc::Stage`], so the
//! trained tokenizer, tagger, parser and recogniser of later issues replace them one at a time.

mod clusters;
mod entities;
mod lemma;
mod lexicon;
mod metonymy;
mod parser;
mod names;
mod ner;
mod tagger;
mod tokenize;

pub use names::{gum_names, meantime_names, GUM_ATTRIBUTION_GENRES};
pub use clusters::{build_from_texts as build_clusters, read_unlabelled, ClusterTable};
pub use entities::{recognize, recognize_with, RuleEntityRecognizer};
pub use tokenize::{split_sentences, tokenize, RuleSentenceSplitter, RuleTokenizer};
pub use lemma::{LemmaTables, Lemmatizer};
pub use parser::{
    evaluate_parser, is_projective, projectivize, prune_parser_file, retag, train_parser, Arc, Attachment, ParseScratch, ParserError, TaggedWords,
    ParserIteration, ParserModel, ParserOptions, ParserProgress, ParserTrained, SyntaxAnnotator, TreeSentence,
    PARSER_FEATURES, PARSER_KIND, ROOT_LABEL,
};
pub use ner::{evaluate_ner, iob2_tags, train_ner, NerCounts, NerDocument, NerError, NerIterationReport, NerModel, NerProgress, NerScratch, NerSentence, NerSpan, NerTrainOptions, NerTrained, NerType, NER_FEATURES, NER_KIND};
pub use tagger::{
    evaluate, train, Accuracy, GoldSentence, IterationReport, LabelScheme, PerceptronTagger, Progress, Scratch,
    TaggedWord, TaggerError, TaggerModel, TrainOptions, Trained, FEATURES, KIND,
};
