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
    fn seat_of_government(&self, name: &str) -> Option<&str> {
        self.0.seat_of_government(name)
    }
    fn country_name(&self, iso2: &str) -> Option<&str> {
        sitrep_doc::PlaceLexicon::country_name(self.0, iso2)
    }
    fn admin_of(&self, name: &str) -> Option<&str> {
        sitrep_doc::PlaceLexicon::admin_of(self.0, name)
    }
    fn population(&self, name: &str) -> Option<u64> {
        sitrep_doc::PlaceLexicon::population(self.0, name)
    }
    fn by_own_name(&self, name: &str) -> bool {
        self.0.by_own_name(name)
    }
    fn own_name_population(&self, name: &str) -> Option<u64> {
        self.0.own_name_population(name)
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
    // Plain text carries its date and writer, if at all, in a dateline or byline.
    if meta.published.is_none() {
        meta.published = sitrep_time::dateline_date(&clean.text);
        if let Some(date) = meta.published {
            clean.warnings.push(format!("no publication date given: {date} taken from the text's first lines"));
        }
    }
    if meta.outlet.is_none() {
        meta.outlet = sitrep_ingest::byline_outlet(&clean.text).or_else(|| sitrep_ingest::dateline_outlet(&clean.text));
    }
    if meta.author.is_none() {
        meta.author = sitrep_ingest::byline_author(&clean.text);
    }
    Doc::new(meta, clean).with_context(|| format!("{}: cleaned text is inconsistent", raw.source))
}

#[cfg(test)]
mod tests {
    //! The whole pipeline on generated text: whatever the words, it never panics, and the ledger
    //! it stores keeps the contract's promises: every span lies inside its document's text on
    //! character boundaries, and every id a record names is a record of the same ledger.

    use std::collections::HashSet;

    use proptest::prelude::*;
    use serde_json::Value;
    use sitrep_ledger::{SqliteStore, Store};

    use super::*;

    /// Pieces of news-like text, chosen so that every stage has something to read: names and
    /// places, cues, hedges and denials, dates and clock times, counts and ranges, quotation
    /// marks of three kinds, brackets, dashes, line breaks and characters of several bytes.
    const PIECES: &[&str] = &[
        "The", "the", "ministry", "Ministry of Defence", "said", "told reporters", "according to", "denied",
        "allegedly", "could not independently verify", "claimed", "that", "it", "they", "Ada Moss,", "Gen. Ivo Tarn",
        "Lorsk", "Velmora", "Kyiv", "Moscow", "North Korea", "Russian", "Pacific Fleet", "NIS", "(NIS)", "troops",
        "landing ships", "shipped", "from", "to", "between", "and", "Oct. 8", "13", "on Monday", "last week",
        "at 6:40 p.m. (GMT +8)", "2024-10-18", "18/10/2024", "about 1,500", "up to 12,000", "dozens of", "three",
        "killed", "attacked", "were deployed", "will visit", "planned", ",", ".", ":", ";", "—", "-", "“", "”",
        "\"", "''", "'s", "(", ")", "\n", "\n\n", "Photo:", "é", "Ünal", "北京", "🙂", "\u{a0}", "  ", "km",
        "as", "while", "when", "a group called", "citing satellite imagery", "showed up", "called off", "Let's say",
        "Vice", "Secretary-General", "dismissed the report", "the reports false", "MOSCOW (Newswire) —", "up to",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 1..60).prop_map(|pieces| {
            let mut text = String::new();
            for p in pieces {
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push(' ');
                }
                text.push_str(p);
            }
            text
        })
    }

    /// Checks that `start..end` lies inside document `doc`'s text on character boundaries, and
    /// returns the words it covers.
    fn check_span<'t>(texts: &'t std::collections::HashMap<String, String>, doc: &Value, start: &Value, end: &Value, what: &str) -> &'t str {
        let doc = doc.as_str().unwrap_or_else(|| panic!("{what}: no document id"));
        let text = texts.get(doc).unwrap_or_else(|| panic!("{what}: document {doc} is not in the ledger"));
        let (Some(s), Some(e)) = (start.as_u64(), end.as_u64()) else { panic!("{what}: span {start}..{end} is not two offsets") };
        let (s, e) = (s as usize, e as usize);
        assert!(s <= e && e <= text.len(), "{what}: span {s}..{e} outside a text of {} bytes", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{what}: span {s}..{e} cuts a character");
        &text[s..e]
    }

    /// The ids of the records under `key`, each present and unique.
    fn ids(ledger: &Value, key: &str) -> HashSet<String> {
        let records = ledger[key].as_array().unwrap_or_else(|| panic!("`{key}` is no list"));
        let ids: HashSet<String> =
            records.iter().map(|r| r["id"].as_str().unwrap_or_else(|| panic!("{key}: a record without an id: {r}")).to_string()).collect();
        assert_eq!(ids.len(), records.len(), "{key}: ids repeat");
        ids
    }

    fn check_ledger(ledger: &Value) {
        let texts: std::collections::HashMap<String, String> = ledger["documents"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| (d["id"].as_str().unwrap_or_default().to_string(), d["text"].as_str().unwrap_or_default().to_string()))
            .collect();
        for key in ["documents", "entities", "places", "times", "quantities", "claims", "events", "relations"] {
            assert!(ledger[key].is_array(), "`{key}` is no list");
        }
        for d in ledger["documents"].as_array().into_iter().flatten() {
            for caption in d["captions"].as_array().into_iter().flatten() {
                check_span(&texts, &d["id"], &caption[0], &caption[1], "caption");
            }
        }
        for key in ["entities", "places", "times"] {
            for record in ledger[key].as_array().into_iter().flatten() {
                let mentions = record["mentions"].as_array().map_or(&[][..], Vec::as_slice);
                assert!(!mentions.is_empty(), "{key}: {} has no mention", record["id"]);
                for m in mentions {
                    check_span(&texts, &m["doc"], &m["start"], &m["end"], key);
                }
            }
        }
        for record in ledger["quantities"].as_array().into_iter().flatten() {
            let words = check_span(&texts, &record["doc"], &record["start"], &record["end"], "quantity");
            assert_eq!(Some(words), record["text"].as_str(), "a quantity's text is its span's");
        }
        let (entities, places, quantities, claims) =
            (ids(ledger, "entities"), ids(ledger, "places"), ids(ledger, "quantities"), ids(ledger, "claims"));
        let known = |set: &HashSet<String>, id: &Value, what: &str| {
            let id = id.as_str().unwrap_or_else(|| panic!("{what}: id {id} is not a string"));
            assert!(set.contains(id), "{what}: {id} is not in the ledger");
        };
        for claim in ledger["claims"].as_array().into_iter().flatten() {
            check_span(&texts, &claim["doc"], &claim["start"], &claim["end"], "claim content");
            for (key, words) in [("source_span", "source_text"), ("cue_span", "cue")] {
                if let Some([s, e]) = claim[key].as_array().map(Vec::as_slice) {
                    let covered = check_span(&texts, &claim["doc"], s, e, key);
                    assert_eq!(Some(covered), claim[words].as_str(), "a claim's {words} is its {key}'s words");
                }
            }
            if !claim["source"].is_null() {
                known(&entities, &claim["source"], "claim source");
            }
        }
        for event in ledger["events"].as_array().into_iter().flatten() {
            let trigger = check_span(&texts, &event["doc"], &event["start"], &event["end"], "event trigger");
            assert_eq!(Some(trigger), event["trigger"].as_str(), "an event's trigger is its span's words");
            for actor in event["actors"].as_array().into_iter().flatten() {
                known(&entities, &actor["entity"], "event actor");
            }
            for place in event["places"].as_array().into_iter().flatten() {
                known(&places, &place["place"], "event place");
            }
            for q in event["quantities"].as_array().into_iter().flatten() {
                known(&quantities, q, "event quantity");
            }
            for c in event["claims"].as_array().into_iter().flatten() {
                known(&claims, c, "event claim");
            }
        }
        for relation in ledger["relations"].as_array().into_iter().flatten() {
            known(&claims, &relation["from"], "relation");
            known(&claims, &relation["to"], "relation");
            assert_ne!(relation["from"], relation["to"], "a claim related to itself: {relation}");
            if let Some([s, e]) = relation["cue_span"].as_array().map(Vec::as_slice) {
                check_span(&texts, &relation["doc"], s, e, "relation cue");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

        #[test]
        fn any_text_gives_a_ledger_whose_spans_and_ids_hold(text in text(), dated in any::<bool>()) {
            // (The trained stages, not their rule-based fall-backs: the attribution tagger and
            // the parser must be the embedded models.)
            assert!(sitrep_extract::attribution_model::AttributionModel::embedded().is_ok(), "the attribution model loads");
            let pipeline = full().expect("the embedded models load");
            let published = dated.then(|| chrono::NaiveDate::from_ymd_opt(2024, 10, 18)).flatten();
            let meta = DocMeta { source: "generated.txt".into(), published, outlet: Some("Test Wire".into()), ..DocMeta::default() };
            let mut doc = Doc::from_text(meta, text);
            pipeline.run(&mut doc).expect("the pipeline runs");
            assert!(doc.syntax().is_some_and(|s| s.deprel.len() == doc.tokens().len()), "the parse is there");
            let mut store = SqliteStore::open_in_memory().expect("an in-memory ledger");
            store.put(&doc).expect("the document is stored");
            let ledger = serde_json::to_value(store.export(None).expect("the ledger exports")).expect("the ledger is JSON");
            check_ledger(&ledger);
        }
    }
}
