//! Wires the stages of the pipeline together, and turns an input file into a document.
//!
//! This is the one place that knows which implementation runs for each stage; swapping the
//! rule-based first versions for trained ones happens here and nowhere else.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use sitrep_doc::{Doc, DocMeta, Pipeline};

/// The gazetteer shipped in the binary.
pub fn gazetteer() -> Result<&'static sitrep_geo::Gazetteer> {
    sitrep_geo::Gazetteer::embedded().context("cannot load the embedded gazetteer")
}

/// The embedded gazetteer as a place lexicon, for the entity recogniser (and its training and
/// scoring, which must look places up exactly as the pipeline does).
pub fn place_lexicon() -> Result<Arc<dyn sitrep_doc::PlaceLexicon>> {
    Ok(Arc::new(StaticLexicon(gazetteer()?)))
}

/// Every stage, in order: tokens, sentences, part-of-speech tags and dependency arcs, entities,
/// times, quantities, places, claims, events, relations.
pub fn full() -> Result<Pipeline> {
    full_with(sitrep_extract::attribution_model::AttributionModel::embedded().ok(), None)
}

/// A parser model file, loaded for the rest of a one-shot command (training or scoring with
/// another parser than the embedded one).
pub fn parser_file(path: &Path) -> Result<&'static sitrep_nlp::ParserModel> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let model = sitrep_nlp::ParserModel::from_bytes(&bytes)
        .with_context(|| format!("{}: not a usable parser model", path.display()))?;
    Ok(Box::leak(Box::new(model)))
}

/// The full pipeline with a given attribution model (or the claim rules alone), and with the
/// given parser model instead of the embedded one when there is one: the attribution tagger
/// reads the parse, so it is trained and scored with the parser it will run with.
pub fn full_with(
    attribution: Option<&'static sitrep_extract::attribution_model::AttributionModel>,
    parser: Option<&'static sitrep_nlp::ParserModel>,
) -> Result<Pipeline> {
    let gazetteer = gazetteer()?;
    let lexicon: Arc<dyn sitrep_doc::PlaceLexicon> = Arc::new(StaticLexicon(gazetteer));
    // The trained recogniser's names join the rules' when the binary has a model.
    let entities = match sitrep_nlp::NerModel::embedded() {
        Ok(model) => sitrep_nlp::RuleEntityRecognizer::new(lexicon).with_model(model),
        Err(sitrep_nlp::NerError::NotEmbedded) => sitrep_nlp::RuleEntityRecognizer::new(lexicon),
        Err(e) => return Err(e).context("cannot load the embedded entity model"),
    };
    // The parser's dependency arcs are features of the attribution tagger; a binary built
    // without a parser model tags only.
    let annotator = match parser {
        Some(parser) => {
            let tagger = sitrep_nlp::TaggerModel::embedded().context("cannot load the part-of-speech tagger")?;
            Ok(sitrep_nlp::SyntaxAnnotator::new(tagger, parser))
        }
        None => sitrep_nlp::SyntaxAnnotator::embedded(),
    };
    let syntax: Box<dyn sitrep_doc::Stage> = match annotator {
        Ok(annotator) => Box::new(annotator),
        Err(sitrep_nlp::ParserError::NotEmbedded) => {
            Box::new(sitrep_nlp::PerceptronTagger::embedded().context("cannot load the part-of-speech tagger")?)
        }
        Err(e) => return Err(e).context("cannot load the dependency parser"),
    };
    Ok(Pipeline::new()
        .with(sitrep_nlp::RuleTokenizer)
        .with(sitrep_nlp::RuleSentenceSplitter)
        .with_boxed(syntax)
        .with(entities)
        .with(sitrep_time::TimeTagger)
        .with(sitrep_quantity::QuantityTagger)
        .with(sitrep_geo::GeoResolver::new(gazetteer))
        .with_boxed(match attribution {
            Some(model) => Box::new(sitrep_extract::ClaimExtractor::new(model)),
            None => Box::new(sitrep_extract::RuleClaimExtractor),
        })
        .with(sitrep_extract::RuleEventExtractor)
        .with(sitrep_extract::RuleRelationLinker))
}

/// The embedded gazetteer as the entity recogniser's place lexicon.
struct StaticLexicon(&'static sitrep_geo::Gazetteer);

impl sitrep_doc::PlaceLexicon for StaticLexicon {
    fn place_kind(&self, name: &str) -> Option<sitrep_doc::PlaceKind> {
        self.0.place_kind(name)
    }
    fn demonym_country(&self, word: &str) -> Option<&str> {
        self.0.demonym_country(word)
    }
    fn country_of(&self, name: &str) -> Option<&str> {
        self.0.country_of(name)
    }
    fn population(&self, name: &str) -> Option<u64> {
        sitrep_doc::PlaceLexicon::population(self.0, name)
    }
}

/// What the user told us about an input beyond its bytes.
#[derive(Clone, Debug, Default)]
pub struct Given {
    pub published: Option<chrono::NaiveDate>,
    pub outlet: Option<String>,
    pub max_bytes: u64,
}

/// Reads, decodes and cleans one input into an unannotated document. Metadata given on the
/// command line wins over metadata found in the page.
pub fn load(path: &Path, given: &Given) -> Result<Doc> {
    let limits = sitrep_ingest::Limits { max_bytes: given.max_bytes };
    let raw = sitrep_ingest::read_input(path, &limits)?;
    let (text, mut warnings) = sitrep_ingest::decode(&raw.bytes);
    let (mut clean, html) = sitrep_ingest::clean(&text);
    warnings.append(&mut clean.warnings);
    clean.warnings = warnings;
    if clean.text.trim().is_empty() {
        anyhow::bail!("{}: no main text left after cleaning", raw.source);
    }
    let mut meta = DocMeta {
        source: raw.source.clone(),
        published: given.published,
        outlet: given.outlet.clone(),
        ..DocMeta::default()
    };
    if let Some(html) = html {
        html.fill(&mut meta);
    }
    Doc::new(meta, clean).with_context(|| format!("{}: cleaned text is inconsistent", raw.source))
}
