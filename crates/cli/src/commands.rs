//! The smaller subcommands: report, clean, geoparse, annotate and gazetteer. Each reads its
//! input completely and checks it before printing anything, so a failure leaves stdout empty.

use std::process::ExitCode;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;
use sitrep_doc::{Doc, DocMeta, Pipeline, Stage};
use sitrep_ledger::{is_postgres_url, open_store};

use crate::analyze::{print_ledger, write_stdout};
use crate::pipeline::{self, Given};
use crate::{AnnotateArgs, CleanArgs, CleanFormat, GazetteerCommand, GeoparseArgs, ReportArgs};

/// A progress bar on standard error, drawn only when it is a terminal and there is more than
/// one item.
pub fn progress_bar(len: u64, what: &str) -> ProgressBar {
    if len < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {elapsed} {wide_msg}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_prefix(what.to_string());
    bar
}

pub fn report(args: &ReportArgs) -> Result<ExitCode> {
    let remote = args.db.to_str().is_some_and(is_postgres_url);
    if !remote && !args.db.exists() {
        anyhow::bail!("{}: no such ledger (run `sitrep analyze` first, or pass --db)", args.db.display());
    }
    let store = open_store(&args.db)?;
    let ledger = store.export(None)?;
    print_ledger(&ledger, args.format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn clean(args: &CleanArgs) -> Result<ExitCode> {
    let given = Given { max_bytes: args.max_bytes, ..Given::default() };
    let doc = pipeline::load(&args.file, &given)?;
    let out = match args.format {
        CleanFormat::Text => format!("{}\n", doc.text()),
        CleanFormat::Json => {
            let meta = doc.meta();
            let value = json!({
                "title": meta.title,
                "published": meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
                "outlet": meta.outlet,
                "author": meta.author,
                "text": doc.text(),
                "captions": doc.captions().iter().map(|c| [c.start(), c.end()]).collect::<Vec<_>>(),
                "removed": doc.removed().iter().map(|r| json!({"text": r.text, "reason": r.reason})).collect::<Vec<_>>(),
            });
            format!("{}\n", serde_json::to_string_pretty(&value)?)
        }
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Reads a raw text for the single-layer commands: no cleaning, offsets are into the file.
fn raw_doc(path: &std::path::Path, published: Option<chrono::NaiveDate>) -> Result<Doc> {
    let raw = sitrep_ingest::read_input(path, &sitrep_ingest::Limits::default())?;
    let (text, warnings) = sitrep_ingest::decode(&raw.bytes);
    for w in warnings {
        eprintln!("sitrep: {}: warning: {w}", raw.source);
    }
    let meta = DocMeta { source: raw.source, published, ..DocMeta::default() };
    Ok(Doc::from_text(meta, text))
}

pub fn geoparse(args: &GeoparseArgs) -> Result<ExitCode> {
    let gazetteer = pipeline::gazetteer()?;
    let mut doc = raw_doc(&args.file, None)?;
    let full = pipeline::full()?;
    // Everything up to and including places; claims and events are not needed here.
    let names = full.stage_names();
    let upto = names.iter().position(|n| *n == "places").map_or(names.len(), |i| i + 1);
    run_first(&full, upto, &mut doc)?;
    let _ = gazetteer;
    let places = doc.places();
    let rows: Vec<_> = places
        .mentions
        .iter()
        .map(|m| {
            let p = &places.places[m.place];
            json!({
                "start": m.span.start(), "end": m.span.end(), "text": doc.slice(m.span),
                "name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country,
                "geonames_id": p.geonames_id, "kind": p.kind.as_str(),
            })
        })
        .collect();
    write_stdout(&format!("{}\n", serde_json::to_string_pretty(&rows)?))?;
    Ok(ExitCode::SUCCESS)
}

fn run_first(pipeline: &Pipeline, n: usize, doc: &mut Doc) -> Result<()> {
    pipeline.run_first(n, doc).context("analysis failed")
}

pub fn annotate(args: &AnnotateArgs) -> Result<ExitCode> {
    if args.format == crate::AnnotateFormat::Conllu || args.input == Some(crate::AnnotateInput::Conllu) {
        return crate::annotate_conllu::run(args);
    }
    if args.input.is_some() || args.format == crate::AnnotateFormat::Timeml {
        return annotate_timeml(args);
    }
    let mut doc = raw_doc(&args.file, args.published)?;
    sitrep_nlp::RuleTokenizer.run(&mut doc)?;
    sitrep_nlp::RuleSentenceSplitter.run(&mut doc)?;
    sitrep_time::TimeTagger.run(&mut doc)?;
    let rows: Vec<_> = doc
        .times()
        .exprs
        .iter()
        .map(|t| {
            json!({
                "start": t.span.start(), "end": t.span.end(), "text": doc.slice(t.span),
                "type": t.timex_type.as_str(), "value": t.value,
                "mod": t.timex_mod.map(|m| m.as_str()),
            })
        })
        .collect();
    write_stdout(&format!("{}\n", serde_json::to_string_pretty(&rows)?))?;
    Ok(ExitCode::SUCCESS)
}

/// `--input timeml --format timeml`: the document back with the tagger's TIMEX3 tags in
/// `<TEXT>` (existing TIMEX3, EVENT and SIGNAL tags removed), all else byte-identical.
fn annotate_timeml(args: &AnnotateArgs) -> Result<ExitCode> {
    if args.input != Some(crate::AnnotateInput::Timeml) || args.format != crate::AnnotateFormat::Timeml {
        anyhow::bail!("TimeML output needs `--input timeml --format timeml`");
    }
    let raw = sitrep_ingest::read_input(&args.file, &sitrep_ingest::Limits::default())?;
    // Valid UTF-8 is used as is (a byte-order mark included) so the output stays byte-identical.
    let text = match std::str::from_utf8(&raw.bytes) {
        Ok(t) => t.to_string(),
        Err(_) => sitrep_ingest::decode(&raw.bytes).0,
    };
    let tml = sitrep_eval::timeml::TimeMlDoc::parse(&text).with_context(|| format!("{}: not TimeML", raw.source))?;
    let timexes = crate::eval_cmd::time::system_timexes(&tml.text, tml.dct.or(args.published));
    write_stdout(&tml.write(&timexes)?)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a compiled file whole or not at all: to a temporary name beside it, then renamed.
fn write_model_file(out: &std::path::Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let tmp = out.with_extension("bin.tmp");
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, out).with_context(|| format!("cannot move {} into place", tmp.display()))
}

pub fn gazetteer(cmd: &GazetteerCommand) -> Result<ExitCode> {
    match cmd {
        GazetteerCommand::Build { data, out } => {
            let gazetteer = sitrep_geo::compile(data)
                .with_context(|| format!("cannot compile a gazetteer from {}", data.display()))?;
            let bytes = gazetteer.to_bytes()?;
            write_model_file(out, &bytes)?;
            eprintln!("sitrep: wrote {} ({} entries, {} bytes)", out.display(), gazetteer.len(), bytes.len());
        }
        GazetteerCommand::Outlines { data, out } => {
            let outlines = sitrep_geo::Outlines::compile(data)
                .with_context(|| format!("cannot compile country outlines from {}", data.display()))?;
            let bytes = outlines.to_bytes()?;
            write_model_file(out, &bytes)?;
            eprintln!("sitrep: wrote {} ({} countries, {} bytes)", out.display(), outlines.len(), bytes.len());
        }
        GazetteerCommand::Stats => {
            let g = pipeline::gazetteer()?;
            write_stdout(&format!("{:#?}\n", g.stats()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
