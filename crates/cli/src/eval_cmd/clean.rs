//! `sitrep eval clean`: main-text extraction scored with the must-contain / must-not-contain
//! snippets of trafilatura's `evaldata.json`, and timed.
//!
//! All pages are read (and gunzipped) before the clock starts, so the pages-per-second figure
//! is extraction alone on one thread, bytes to text (charset decoding included). Entries are
//! sorted by key and split in half: the first half is the one extraction was tuned on, the
//! second the held-out check; both and the whole are printed.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::json;
use sitrep_eval::boilerplate::{self, Counts, Page};

use crate::analyze::write_stdout;

#[derive(clap::Args, Debug)]
pub struct CleanEvalArgs {
    /// The benchmark folder: `evaldata.json` and `html/<file>.gz`.
    pub dir: PathBuf,
    /// The extractor to score: `sitrep`, or with the `peer-extractors` build feature also
    /// `trafilatura-rs` and `dom-smoothie`.
    #[arg(long, default_value = "sitrep")]
    pub extractor: String,
    /// Passes over all pages for the timing (the scores come from the first).
    #[arg(long, default_value_t = 1)]
    pub repeat: u32,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also print, on standard error, each missed "with" and each found "without" snippet of
    /// the tuning half (the first half of the entries by key).
    #[arg(long)]
    pub show_errors: bool,
}

pub fn run(args: &CleanEvalArgs) -> Result<ExitCode> {
    let Some(extractor) = sitrep_ingest::main_text::by_name(&args.extractor) else {
        anyhow::bail!(
            "unknown extractor `{}`; this build has: {}",
            args.extractor,
            sitrep_ingest::main_text::names().join(", ")
        );
    };
    let pages = boilerplate::read_evaldata(&args.dir)
        .with_context(|| format!("cannot read the benchmark in {}", args.dir.display()))?;
    if pages.is_empty() {
        anyhow::bail!("{}: evaldata.json lists no pages", args.dir.display());
    }
    let mut inputs: Vec<(&Page, Vec<u8>)> = Vec::with_capacity(pages.len());
    let mut unreadable = 0usize;
    for page in &pages {
        match boilerplate::read_page(&args.dir, page) {
            Ok(bytes) => inputs.push((page, bytes)),
            Err(err) => {
                eprintln!("sitrep: warning: {err} (scored as a full miss)");
                unreadable += 1;
            }
        }
    }
    let half = pages.len().div_ceil(2);
    let tune_keys: std::collections::HashSet<&str> =
        pages[..half].iter().map(|p| p.key.as_str()).collect();

    let mut texts: Vec<Option<String>> = Vec::with_capacity(inputs.len());
    let started = Instant::now();
    for pass in 0..args.repeat.max(1) {
        for (_, bytes) in &inputs {
            let text = extractor.main_text(bytes);
            if pass == 0 {
                texts.push(text);
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let extracted = inputs.len() as f64 * f64::from(args.repeat.max(1));
    let pages_per_second = if seconds > 0.0 { extracted / seconds } else { 0.0 };

    let mut splits = [Counts::default(); 3];
    let mut scored = std::collections::HashSet::new();
    for ((page, _), text) in inputs.iter().zip(&texts) {
        let counts = boilerplate::count_page(page, text.as_deref());
        let tune = tune_keys.contains(page.key.as_str());
        splits[if tune { 0 } else { 1 }].add(counts);
        splits[2].add(counts);
        scored.insert(page.key.as_str());
        if args.show_errors && tune {
            show_errors(page, text.as_deref());
        }
    }
    for page in pages.iter().filter(|p| !scored.contains(p.key.as_str())) {
        let counts = boilerplate::count_page(page, None);
        splits[if tune_keys.contains(page.key.as_str()) { 0 } else { 1 }].add(counts);
        splits[2].add(counts);
    }

    let labels = [
        format!("tune (1-{half})"),
        format!("test ({}-{})", half + 1, pages.len()),
        format!("all ({})", pages.len()),
    ];
    let out = if args.json {
        let rows: Vec<_> = labels
            .iter()
            .zip(&splits)
            .map(|(label, c)| {
                json!({"split": label, "tp": c.tp, "fp": c.fp, "fn": c.fn_, "tn": c.tn,
                       "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                       "accuracy": c.accuracy()})
            })
            .collect();
        let value = json!({"extractor": extractor.name(), "pages": inputs.len(),
                           "unreadable": unreadable, "seconds": seconds,
                           "pages_per_second": pages_per_second, "splits": rows});
        format!("{}\n", serde_json::to_string_pretty(&value)?)
    } else {
        let mut out = format!(
            "{:<16} {:>5} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} {:>6}\n",
            extractor.name(),
            "TP",
            "FP",
            "FN",
            "TN",
            "P",
            "R",
            "F1",
            "acc"
        );
        for (label, c) in labels.iter().zip(&splits) {
            out.push_str(&format!(
                "{:<16} {:>5} {:>5} {:>5} {:>5} | {:>6.3} {:>6.3} {:>6.3} {:>6.3}\n",
                label,
                c.tp,
                c.fp,
                c.fn_,
                c.tn,
                c.precision(),
                c.recall(),
                c.f1(),
                c.accuracy()
            ));
        }
        out.push_str(&format!(
            "{} pages ({} unreadable) x {} pass(es) in {:.2} s: {:.1} pages/s on one thread\n",
            inputs.len(),
            unreadable,
            args.repeat.max(1),
            seconds,
            pages_per_second
        ));
        out
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Tuning diagnostics for one page: what was missed and what leaked.
fn show_errors(page: &Page, text: Option<&str>) {
    let norm = text.map(boilerplate::normalize).unwrap_or_default();
    for s in &page.with {
        if !norm.contains(&boilerplate::normalize(s)) {
            eprintln!("MISS\t{}\t{}", page.file, short(s));
        }
    }
    for s in &page.without {
        if norm.contains(&boilerplate::normalize(s)) {
            eprintln!("LEAK\t{}\t{}", page.file, short(s));
        }
    }
}

fn short(s: &str) -> String {
    let s = boilerplate::normalize(s);
    match s.char_indices().nth(100) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s,
    }
}
