//! `sitrep eval ner`: the entity recogniser on CoNLL-style files (CoNLL-2003, CoNLL++, WNUT-17),
//! scored as `conlleval` scores (exact spans, per type), with the tagging speed on one thread.
//!
//! The recogniser runs on the gold tokens, one `-DOCSTART-` document at a time (its non-local
//! features look across a document), with the embedded gazetteer as its place lexicon, exactly
//! as the pipeline runs it. Types of other schemes are mapped onto PER, ORG, LOC, MISC by
//! `sitrep_eval::conll::coarse_type` (WNUT-17: person, location, corporation and group,
//! product and creative-work); the span-only figure ignores types altogether.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::json;
use sitrep_eval::conll::{self, Chunk, NerScores};
use sitrep_nlp::{NerDocument, NerModel, NerScratch, NerSentence, NerSpan, NerType};

use crate::analyze::write_stdout;

#[derive(clap::Args, Debug)]
pub struct NerArgs {
    /// Test files (CoNLL-2003 columns, word first, gold tag last).
    #[arg(long, required = true, num_args = 1..)]
    pub test: Vec<PathBuf>,
    /// A model file to score instead of the embedded one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Seconds to spend timing the recogniser on each file.
    #[arg(long, default_value_t = 2.0)]
    pub seconds: f64,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Write every sentence with a wrong or missed name to this file (gold and predicted names
    /// bracketed), for error analysis; meant for the tuning set only.
    #[arg(long)]
    pub errors: Option<PathBuf>,
}

/// A sentence with its names bracketed: "[PER Anna Berglund] visited [LOC Kessa]".
fn bracketed(words: &[String], chunks: &[Chunk]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Some(c) = chunks.iter().find(|c| c.start == i) {
            let _ = write!(out, "[{} ", c.label);
        }
        out.push_str(w);
        if chunks.iter().any(|c| c.end == i + 1) {
            out.push(']');
        }
    }
    out
}

/// Reads a tagged CoNLL-style file.
pub fn read_conll(path: &Path) -> Result<(conll::ConllFile, Vec<u8>)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let file = conll::parse(&text).with_context(|| format!("{}: not a CoNLL named-entity file", path.display()))?;
    Ok((file, bytes))
}

/// The documents of a tagged file as training or scoring data (names of unknown types dropped).
pub fn ner_documents(file: &conll::ConllFile) -> Vec<NerDocument> {
    file.documents
        .iter()
        .map(|d| NerDocument {
            sentences: d
                .sentences
                .iter()
                .map(|s| NerSentence {
                    words: s.words.clone(),
                    spans: conll::chunks(&s.tags)
                        .into_iter()
                        .filter_map(|c| {
                            NerType::parse(conll::coarse_type(&c.label)).map(|label| NerSpan { start: c.start, end: c.end, label })
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

fn to_chunks(spans: &[NerSpan]) -> Vec<Chunk> {
    spans.iter().map(|s| Chunk { start: s.start, end: s.end, label: s.label.as_str().to_string() }).collect()
}

pub fn run(args: &NerArgs) -> Result<ExitCode> {
    let bytes: Vec<u8> = match &args.model {
        Some(p) => std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
        None => NerModel::embedded_bytes().ok_or(sitrep_nlp::NerError::NotEmbedded)?.to_vec(),
    };
    let started = Instant::now();
    let model = NerModel::from_bytes(&bytes)?;
    let load_ms = started.elapsed().as_secs_f64() * 1e3;
    let lexicon = crate::pipeline::place_lexicon()?;
    let places = Some(lexicon.as_ref());
    let (features, weights) = model.size();
    let mut text = String::new();
    let mut rows = Vec::new();
    let mut errors = String::new();
    for path in &args.test {
        let (file, _) = read_conll(path)?;
        if !file.tagged {
            anyhow::bail!("{}: no gold tag column", path.display());
        }
        let docs = ner_documents(&file);
        let sentences: Vec<Vec<Vec<&str>>> = docs
            .iter()
            .map(|d| d.sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect())
            .collect();
        let refs: Vec<Vec<&[&str]>> = sentences.iter().map(|d| d.iter().map(Vec::as_slice).collect()).collect();
        let mut scratch = NerScratch::default();
        let mut scores = NerScores::default();
        for (d, words) in file.documents.iter().zip(&refs) {
            let predicted = model.tag_document(words, places, &mut scratch);
            for (s, p) in d.sentences.iter().zip(&predicted) {
                let gold: Vec<Chunk> = conll::chunks(&s.tags)
                    .into_iter()
                    .map(|c| Chunk { label: conll::coarse_type(&c.label).to_string(), ..c })
                    .collect();
                let predicted = to_chunks(p);
                if args.errors.is_some() && gold != predicted {
                    let _ = writeln!(errors, "{}\n  gold {}\n  pred {}", path.display(), bracketed(&s.words, &gold), bracketed(&s.words, &predicted));
                }
                scores.add(&gold, &predicted);
            }
        }
        let (mut tokens, mut rounds) = (0usize, 0usize);
        let timer = Instant::now();
        while rounds == 0 || timer.elapsed().as_secs_f64() < args.seconds {
            for words in &refs {
                let out = model.tag_document(words, places, &mut scratch);
                tokens += words.iter().map(|w| w.len()).sum::<usize>();
                std::hint::black_box(out);
            }
            rounds += 1;
        }
        let per_second = tokens as f64 / timer.elapsed().as_secs_f64();
        let n_sent: usize = docs.iter().map(|d| d.sentences.len()).sum();
        let n_tok: usize = docs.iter().flat_map(|d| &d.sentences).map(|s| s.words.len()).sum();
        let (p, r, f) = scores.overall();
        let (up, ur, uf) = scores.untyped_prf();
        let _ = writeln!(text, "{}: {} documents, {n_sent} sentences, {n_tok} tokens", path.display(), docs.len());
        let _ = writeln!(text, "  {:<8} {:>6} {:>6} {:>6} {:>6} {:>6}", "type", "P", "R", "F1", "gold", "pred");
        let mut types = Vec::new();
        for (label, tp, pred, gold) in &scores.by_type {
            let (p, r, f) = scores.of_type(label);
            let _ = writeln!(text, "  {label:<8} {p:>6.2} {r:>6.2} {f:>6.2} {gold:>6} {pred:>6}");
            types.push(json!({"type": label, "tp": tp, "predicted": pred, "gold": gold, "precision": p, "recall": r, "f1": f}));
        }
        let (tp, pred, gold) = scores.total();
        let _ = writeln!(text, "  {:<8} {p:>6.2} {r:>6.2} {f:>6.2} {gold:>6} {pred:>6}", "all");
        let _ = writeln!(text, "  {:<8} {up:>6.2} {ur:>6.2} {uf:>6.2}   (spans only, types ignored)", "spans");
        let _ = writeln!(text, "  speed {per_second:.0} tokens/s (tagging only, one thread, {rounds} passes)");
        rows.push(json!({
            "file": path.display().to_string(), "documents": docs.len(), "sentences": n_sent, "tokens": n_tok,
            "tp": tp, "predicted": pred, "gold": gold, "precision": p, "recall": r, "f1": f,
            "span_f1": uf, "types": types, "tokens_per_second": per_second,
        }));
    }
    let _ = writeln!(
        text,
        "model {} bytes, {features} features, {weights} weights, loaded in {load_ms:.1} ms; gazetteer features: {}",
        bytes.len(),
        if model.uses_gazetteer() { "yes" } else { "no" }
    );
    let out = if args.json {
        let v = json!({"files": rows, "model_bytes": bytes.len(), "features": features, "weights": weights, "load_ms": load_ms});
        format!("{}\n", serde_json::to_string_pretty(&v)?)
    } else {
        text
    };
    if let Some(p) = &args.errors {
        std::fs::write(p, errors).with_context(|| format!("cannot write {}", p.display()))?;
    }
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
