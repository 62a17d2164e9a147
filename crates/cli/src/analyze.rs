//! `sitrep analyze`: every file through the whole pipeline into the ledger, one transaction per
//! document, then the ledger of those files printed.
//!
//! A file that cannot be read or analysed gets a one-line message naming it and does not stop
//! the others; the exit status is 1 when any file failed. A document is stored whole or not at
//! all, so an interrupted run leaves no half-written document behind.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use sitrep_ledger::open_store;

use crate::pipeline::{self, Given};
use crate::{AnalyzeArgs, Format};

pub fn run(args: &AnalyzeArgs) -> Result<ExitCode> {
    let pipeline = pipeline::full()?;
    let mut store = open_store(&args.db)?;
    let given = Given { published: args.published, outlet: args.outlet.clone(), max_bytes: args.max_bytes };
    let progress = crate::commands::progress_bar(args.files.len() as u64, "analysing");
    let mut ids: Vec<String> = Vec::new();
    let mut failed = 0usize;
    for path in &args.files {
        progress.set_message(path.display().to_string());
        let outcome = pipeline::load(path, &given).and_then(|mut doc| {
            pipeline.run(&mut doc).with_context(|| format!("{}: analysis failed", path.display()))?;
            store.put(&doc)?;
            Ok(doc)
        });
        progress.inc(1);
        match outcome {
            Ok(doc) => {
                for warning in doc.warnings() {
                    progress.suspend(|| eprintln!("sitrep: {}: warning: {warning}", path.display()));
                }
                if !ids.iter().any(|id| id == doc.id()) {
                    ids.push(doc.id().to_string());
                }
            }
            Err(err) => {
                failed += 1;
                progress.suspend(|| eprintln!("sitrep: {err:#}"));
            }
        }
    }
    progress.finish_and_clear();
    if ids.is_empty() {
        return Ok(ExitCode::from(1));
    }
    let ledger = store.export(Some(&ids))?;
    print_ledger(&ledger, args.format)?;
    if failed > 0 {
        eprintln!("sitrep: {failed} of {} inputs failed", args.files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints a ledger as JSON or as the Markdown report (for several documents, followed by the
/// happenings two or more of them report, with originators, denials and figures).
///
/// The JSON is the ledger contract plus what linking the documents adds: relations between
/// claims of different documents (an originator repeated, corroborated by another, contradicted
/// by a denial; `independent` says whether two claims trace to different originators) and, as
/// the extra key `event_clusters`, each happening with the documents and claims reporting it.
pub fn print_ledger(ledger: &sitrep_ledger::LedgerJson, format: Format) -> Result<()> {
    let out = match format {
        Format::Json => {
            let story = sitrep_link::build_story(ledger, &sitrep_link::StoryOptions::default());
            let mut linked = ledger.clone();
            for c in &story.clusters {
                linked.relations.extend(c.cross_document_relations());
            }
            let mut value = serde_json::to_value(&linked).context("cannot serialise the ledger")?;
            let clusters: Vec<sitrep_link::story::ClusterSummary> = story.clusters.iter().map(|c| c.summary()).collect();
            if let Some(object) = value.as_object_mut() {
                object.insert("event_clusters".into(), serde_json::to_value(clusters).context("cannot serialise the clusters")?);
            }
            let mut s = serde_json::to_string_pretty(&value).context("cannot serialise the ledger")?;
            s.push('\n');
            s
        }
        Format::Md => {
            let mut out = sitrep_ledger::render_markdown(ledger);
            // Several documents: what they report together, happenings told by two or more.
            if ledger.documents.len() > 1 {
                let options = sitrep_link::StoryOptions { min_docs: 2, ..Default::default() };
                let story = sitrep_link::build_story(ledger, &options);
                if !story.clusters.is_empty() {
                    out.push('\n');
                    out.push_str(&sitrep_link::render::story_markdown(&story, "Happenings reported by several documents"));
                }
            }
            out
        }
    };
    write_stdout(&out)
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
pub fn write_stdout(s: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(s.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}
