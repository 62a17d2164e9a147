//! `sitrep eval attribution DIR`: the claim extractor scored on a PolNeAR split (source, cue
//! and content spans, exact and overlapping), with the pipeline's own tokens, sentences,
//! entities and times underneath, as users get it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::json;
use sitrep_doc::{Doc, DocMeta};
use sitrep_eval::attribution::{read_polnear, Attribution, Role, Scores};

use crate::analyze::write_stdout;
use crate::pipeline;

#[derive(clap::Args, Debug)]
pub struct AttributionArgs {
    /// A PolNeAR split folder (with text/ and attributions/), e.g. .../polnear/dev.
    pub dir: PathBuf,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Score this attribution model file instead of the embedded one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Score the claim rules alone, without the attribution model.
    #[arg(long, conflicts_with = "model")]
    pub rules_only: bool,
    /// Run this parser model file instead of the embedded one (the attribution tagger reads
    /// the parse).
    #[arg(long)]
    pub parser: Option<PathBuf>,
    /// Also print, on standard error, each gold cue no predicted cue overlaps (MISS) and each
    /// predicted cue that overlaps no gold cue (SPUR), and each predicted source or cue that
    /// overlaps a gold one with other boundaries (BOUND-SRC, BOUND-CUE: gold, predicted, then
    /// the gold and the predicted content), with its sentence; and each content whose cue is
    /// exactly a gold cue but whose boundaries differ (BOUND-CONTENT: cue, gold, predicted).
    #[arg(long)]
    pub show_errors: bool,
}

pub fn run(args: &AttributionArgs) -> Result<ExitCode> {
    let articles = read_polnear(&args.dir)
        .with_context(|| format!("cannot read PolNeAR from {}", args.dir.display()))?;
    let parser = args.parser.as_deref().map(pipeline::parser_file).transpose()?;
    let full = if args.rules_only {
        pipeline::full_with(None, parser)?
    } else if let Some(path) = &args.model {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let model = sitrep_extract::attribution_model::AttributionModel::from_bytes(&bytes)
            .with_context(|| format!("{}: not a usable attribution model", path.display()))?;
        // The model lives as long as this one-shot command.
        pipeline::full_with(Some(Box::leak(Box::new(model))), parser)?
    } else {
        pipeline::full_with(sitrep_extract::attribution_model::AttributionModel::embedded().ok(), parser)?
    };
    let names = full.stage_names();
    let upto = names
        .iter()
        .position(|n| *n == "claims")
        .map_or(names.len(), |i| i + 1);
    let progress = crate::commands::progress_bar(articles.len() as u64, "attribution");
    let mut scores = Scores::default();
    for article in &articles {
        let meta = DocMeta {
            source: article.name.clone(),
            ..DocMeta::default()
        };
        let mut doc = Doc::from_text(meta, article.text.clone());
        full.run_first(upto, &mut doc)
            .with_context(|| format!("{}: analysis failed", article.name))?;
        let predicted: Vec<Attribution> = doc
            .claims()
            .iter()
            .map(|c| Attribution {
                source: c.source_span.map(|s| (s.start(), s.end())),
                cue: c.cue_span.map(|s| (s.start(), s.end())),
                content: Some((c.content.start(), c.content.end())),
            })
            .collect();
        if args.show_errors {
            show_errors(&doc, &predicted, &article.gold);
        }
        scores.add(&predicted, &article.gold);
        progress.inc(1);
    }
    progress.finish_and_clear();
    let out = if args.json {
        let rows: Vec<_> = Role::ALL
            .iter()
            .map(|r| {
                let (e, o) = (scores.exact[r], scores.overlap[r]);
                json!({"role": r.as_str(), "gold": e.gold, "predicted": e.predicted,
                       "exact": {"precision": e.precision(), "recall": e.recall(), "f1": e.f1()},
                       "overlap": {"precision": o.precision(), "recall": o.recall(), "f1": o.f1()}})
            })
            .collect();
        format!(
            "{}\n",
            serde_json::to_string_pretty(&json!({"documents": scores.documents, "roles": rows}))?
        )
    } else {
        let mut s = format!(
            "PolNeAR {} ({} articles)\n{:<8} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}\n",
            args.dir.display(),
            scores.documents,
            "role",
            "gold",
            "pred",
            "P",
            "R",
            "F1",
            "P~",
            "R~",
            "F1~"
        );
        for r in Role::ALL {
            let (e, o) = (scores.exact[&r], scores.overlap[&r]);
            let pct = |x: f64| format!("{:.1}", 100.0 * x);
            s.push_str(&format!(
                "{:<8} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}\n",
                r.as_str(),
                e.gold,
                e.predicted,
                pct(e.precision()),
                pct(e.recall()),
                pct(e.f1()),
                pct(o.precision()),
                pct(o.recall()),
                pct(o.f1())
            ));
        }
        s.push_str("P R F1: exact span match; ~: overlapping spans.\n");
        s
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Diagnostics for tuning the cue rules.
fn show_errors(doc: &Doc, predicted: &[Attribution], gold: &[Attribution]) {
    let overlaps = |x: (usize, usize), y: (usize, usize)| x.0 < y.1 && y.0 < x.1;
    let context = |at: usize| {
        doc.sentence_at(at)
            .map_or("", |s| doc.slice(s.span))
            .replace('\n', " ")
    };
    let text = doc.text();
    for g in gold {
        let Some(c) = g.cue else { continue };
        if !predicted
            .iter()
            .filter_map(|p| p.cue)
            .any(|p| overlaps(p, c))
        {
            let src = g.source.map_or("-", |s| &text[s.0..s.1]);
            eprintln!("MISS\t{}\t{}\t{}", &text[c.0..c.1], src, context(c.0));
        }
    }
    // Predicted source and cue spans that touch a gold span of their role but differ from it.
    let content = |a: &Attribution| a.content.map_or("-".to_string(), |c| text[c.0..c.1].replace('\n', " "));
    for p in predicted {
        for (role, ps, pick) in [
            ("SRC", p.source, (|a: &Attribution| a.source) as fn(&Attribution) -> Option<(usize, usize)>),
            ("CUE", p.cue, |a: &Attribution| a.cue),
        ] {
            let Some(x) = ps else { continue };
            if gold.iter().any(|g| pick(g) == Some(x)) {
                continue;
            }
            if let Some(g) = gold.iter().find(|g| pick(g).is_some_and(|y| overlaps(y, x))) {
                let y = pick(g).unwrap_or(x);
                eprintln!(
                    "BOUND-{role}\t{}\t{}\t{}\t{}\t{}",
                    &text[y.0..y.1],
                    &text[x.0..x.1],
                    content(g),
                    content(p),
                    context(x.0)
                );
            }
        }
    }
    // Contents of an attribution whose cue is exactly the gold one, with other boundaries:
    // where the content conventions differ.
    for p in predicted {
        let (Some(c), Some(x)) = (p.cue, p.content) else { continue };
        let Some(g) = gold.iter().find(|g| g.cue == Some(c)) else { continue };
        let Some(y) = g.content.filter(|&y| y != x) else { continue };
        eprintln!("BOUND-CONTENT\t{}\t{}\t{}", &text[c.0..c.1], text[y.0..y.1].replace('\n', " "), text[x.0..x.1].replace('\n', " "));
    }
    for p in predicted {
        let Some(c) = p.cue else { continue };
        if !gold.iter().filter_map(|g| g.cue).any(|g| overlaps(g, c)) {
            eprintln!("SPUR\t{}\t{}", &text[c.0..c.1], context(c.0));
        }
    }
}
