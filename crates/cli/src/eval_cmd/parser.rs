//! `sitrep eval parser`: UAS and LAS of the dependency parser on CoNLL-U files with their gold
//! tokenization and **predicted** tags (the embedded tagger's, or `--tagger`'s), the parsing speed
//! on one thread, and the models' load times.
//!
//! Every word is scored, punctuation included. LAS is given twice: with the full label
//! ("nmod:poss") and with the universal part only ("nmod"), which is what the CoNLL 2018 shared
//! task scorer (and so the published UDPipe figures) count. Speed is measured twice, repeated
//! until `--seconds` have passed each: parsing alone (tags already predicted), and tagging plus
//! parsing; each by the wall clock and by the time the thread actually spent on a processor.
//! Sentences go to the parser a news article's worth at a time ([`DOCUMENT_SENTENCES`]), in one
//! batch, as the pipeline gives it a document.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::json;
use sitrep_nlp::{ParseScratch, ParserModel, Scratch, TreeSentence};

use crate::analyze::write_stdout;

#[derive(clap::Args, Debug)]
pub struct ParserArgs {
    /// Test treebanks (CoNLL-U), each scored on its own.
    #[arg(long, required = true, num_args = 1..)]
    pub test: Vec<PathBuf>,
    /// A parser model file to score instead of the embedded one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// A tagger model file to tag with instead of the embedded one.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Parse with the gold tags of the file instead of predicted ones.
    #[arg(long)]
    pub gold_tags: bool,
    /// Seconds to spend timing each measure.
    #[arg(long, default_value_t = 2.0)]
    pub seconds: f64,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ParserArgs) -> Result<ExitCode> {
    let bytes: Vec<u8> = match &args.model {
        Some(p) => std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
        None => ParserModel::embedded_bytes().ok_or(sitrep_nlp::ParserError::NotEmbedded)?.to_vec(),
    };
    let started = Instant::now();
    let model = ParserModel::from_bytes(&bytes)?;
    let load_ms = started.elapsed().as_secs_f64() * 1e3;
    let started = Instant::now();
    let tagger = crate::train_cmd::load_tagger(args.tagger.as_deref())?;
    let tagger_load_ms = started.elapsed().as_secs_f64() * 1e3;
    let (features, weights) = model.size();
    let mut rows = Vec::new();
    let mut out = String::new();
    for path in &args.test {
        let (gold, _) = crate::train_cmd::read_trees(path)?;
        let mut tagged = gold.clone();
        if !args.gold_tags {
            sitrep_nlp::retag(tagger, &mut tagged);
        }
        let acc = sitrep_nlp::evaluate_parser(&model, &tagged);
        let upos_right: usize = tagged
            .iter()
            .zip(&gold)
            .map(|(t, g)| t.upos.iter().zip(&g.upos).filter(|(a, b)| a == b).count())
            .sum();
        let parse_speed = speed(args.seconds, &tagged, |chunk, _, ps, arcs| model.parse_trees(chunk, ps, arcs));
        let both_speed = speed(args.seconds, &tagged, |chunk, ts, ps, arcs| {
            let words: Vec<Vec<&str>> = chunk.iter().map(|s| as_strs(&s.forms)).collect();
            let sentences: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
            let n: usize = words.iter().map(Vec::len).sum();
            let (mut upos, mut xpos) = (Vec::with_capacity(n), Vec::with_capacity(n));
            model.tag_and_parse(tagger, &sentences, ts, ps, &mut upos, &mut xpos, arcs);
        });
        let tags = if args.gold_tags { "gold tags" } else { "predicted tags" };
        rows.push(json!({
            "file": path.display().to_string(), "sentences": gold.len(), "words": acc.words, "tags": tags,
            "upos": 100.0 * upos_right as f64 / acc.words.max(1) as f64,
            "uas": acc.uas_pct(), "las": acc.las_pct(), "las_universal": acc.las_universal_pct(),
            "parse_tokens_per_second": parse_speed.0, "tag_parse_tokens_per_second": both_speed.0,
            "parse_tokens_per_cpu_second": parse_speed.1, "tag_parse_tokens_per_cpu_second": both_speed.1,
        }));
        out.push_str(&format!(
            "{}: {} sentences, {} words (gold tokenization, {tags}, UPOS {:.2})\n\
             UAS {:.2}\nLAS {:.2} (full labels)\nLAS {:.2} (universal labels, CoNLL 2018 scorer)\n\
             speed {:.0} tokens/s parsing only, {:.0} tokens/s tagging + parsing (one thread, wall clock)\n\
             speed {} tokens/s parsing only, {} tokens/s tagging + parsing (per second on the processor)\n",
            path.display(),
            gold.len(),
            acc.words,
            100.0 * upos_right as f64 / acc.words.max(1) as f64,
            acc.uas_pct(),
            acc.las_pct(),
            acc.las_universal_pct(),
            parse_speed.0,
            both_speed.0,
            per_cpu(parse_speed.1),
            per_cpu(both_speed.1)
        ));
    }
    out.push_str(&format!(
        "parser model {} bytes, {features} features, {weights} weights, loaded in {load_ms:.1} ms; \
         tagger loaded in {tagger_load_ms:.1} ms\n",
        bytes.len()
    ));
    let out = if args.json {
        let v = json!({
            "files": rows, "model_bytes": bytes.len(), "features": features, "weights": weights,
            "load_ms": load_ms, "tagger_load_ms": tagger_load_ms,
        });
        format!("{}\n", serde_json::to_string_pretty(&v)?)
    } else {
        out
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn per_cpu(v: Option<f64>) -> String {
    v.map_or_else(|| "?".to_string(), |v| format!("{v:.0}"))
}

/// Nanoseconds this thread has spent on a processor (Linux `schedstat`), when readable: on a
/// shared machine, wall-clock speed says as much about the neighbours as about the code.
pub(crate) fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Sentences given to the parser at a time by the speed measures: about a news article, the
/// unit the pipeline parses in one batch.
const DOCUMENT_SENTENCES: usize = 32;

fn as_strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Tokens per second of `work` over all sentences, given [`DOCUMENT_SENTENCES`] at a time and
/// repeated until `seconds` have passed: by the wall clock, and by the processor time of this
/// thread (`None` where it cannot be read).
fn speed<'m>(
    seconds: f64,
    sentences: &[TreeSentence],
    mut work: impl FnMut(&[TreeSentence], &mut Scratch, &mut ParseScratch, &mut Vec<sitrep_nlp::Arc<'m>>),
) -> (f64, Option<f64>) {
    let (mut ts, mut ps, mut arcs) = (Scratch::default(), ParseScratch::default(), Vec::new());
    let (mut tokens, mut rounds) = (0usize, 0usize);
    let cpu = thread_cpu_ns();
    let started = Instant::now();
    while rounds == 0 || started.elapsed().as_secs_f64() < seconds {
        for chunk in sentences.chunks(DOCUMENT_SENTENCES) {
            arcs.clear();
            work(chunk, &mut ts, &mut ps, &mut arcs);
            tokens += chunk.iter().map(|s| s.forms.len()).sum::<usize>();
        }
        rounds += 1;
    }
    let wall = tokens as f64 / started.elapsed().as_secs_f64();
    let cpu = match (cpu, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => Some(tokens as f64 * 1e9 / (b - a) as f64),
        _ => None,
    };
    (wall, cpu)
}
