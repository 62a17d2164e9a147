//! `sitrep eval events PATH...`: event triggers against MEANTIME's event mentions, an
//! out-of-domain check (MEANTIME is business and technology news; sitrep's event vocabulary is
//! conflict reporting). A predicted trigger counts when it overlaps a gold event mention. Only
//! the sentences MEANTIME annotated are scored.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::json;
use sitrep_doc::{Doc, DocMeta};
use sitrep_eval::meantime::MeantimeDoc;

use crate::analyze::write_stdout;
use crate::pipeline;

#[derive(clap::Args, Debug)]
pub struct EventsArgs {
    /// MEANTIME folders or CAT XML files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Print each predicted trigger no gold mention overlaps to stderr (`SPUR`, the trigger,
    /// its event type and the file), for looking at what the rules fire on out of domain.
    #[arg(long)]
    pub show_errors: bool,
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("cannot read {}", path.display()))?
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries {
            collect(&e, out)?;
        }
    } else if path.extension().is_some_and(|e| e == "xml") {
        out.push(path.to_path_buf());
    }
    Ok(())
}

pub fn run(args: &EventsArgs) -> Result<ExitCode> {
    let mut files = Vec::new();
    for p in &args.paths {
        collect(p, &mut files)?;
    }
    let full = pipeline::full()?;
    let (mut gold_n, mut pred_n, mut tp_pred, mut tp_gold, mut docs) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for file in &files {
        let raw = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
        if !sitrep_eval::meantime::looks_like_meantime(&raw) {
            continue;
        }
        let m = MeantimeDoc::parse(&raw).with_context(|| format!("{}: not a MEANTIME document", file.display()))?;
        let limit = m.unannotated.map_or(m.text.len(), |(s, _)| s);
        let meta = DocMeta { source: file.display().to_string(), published: m.dct, ..DocMeta::default() };
        let mut doc = Doc::from_text(meta, m.text.clone());
        full.run(&mut doc).with_context(|| format!("{}: analysis failed", file.display()))?;
        let typed: Vec<((usize, usize), &str)> = doc
            .events()
            .iter()
            .flat_map(|e| std::iter::once(e.trigger).chain(e.other_triggers.iter().copied()).map(move |t| (t, e.event_type)))
            .filter(|(s, _)| s.end() <= limit)
            .map(|(s, t)| ((s.start(), s.end()), t))
            .collect();
        let predicted: Vec<(usize, usize)> = typed.iter().map(|(s, _)| *s).collect();
        let gold: Vec<(usize, usize)> = m.events.iter().copied().filter(|s| s.1 <= limit).collect();
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        if args.show_errors {
            for (s, t) in typed.iter().filter(|(s, _)| !gold.iter().any(|g| overlaps(*s, *g))) {
                eprintln!("SPUR\t{}\t{t}\t{}", m.text.get(s.0..s.1).unwrap_or(""), file.display());
            }
        }
        tp_pred += predicted.iter().filter(|p| gold.iter().any(|g| overlaps(**p, *g))).count();
        tp_gold += gold.iter().filter(|g| predicted.iter().any(|p| overlaps(*p, **g))).count();
        gold_n += gold.len();
        pred_n += predicted.len();
        docs += 1;
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(tp_pred, pred_n), ratio(tp_gold, gold_n));
    let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    let out = if args.json {
        format!(
            "{}\n",
            serde_json::to_string_pretty(&json!({"documents": docs, "gold": gold_n, "predicted": pred_n,
                "precision": p, "recall": r, "f1": f1}))?
        )
    } else {
        format!(
            "MEANTIME event triggers ({docs} documents, annotated sentences only)\n\
             gold {gold_n}  predicted {pred_n}  P {:.1}  R {:.1}  F1 {:.1}  (overlapping spans)\n",
            100.0 * p,
            100.0 * r,
            100.0 * f1
        )
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
