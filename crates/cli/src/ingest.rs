//! `sitrep ingest PATH...`: every document in files, folders, feeds, WARC archives and JSON
//! Lines files through the whole pipeline into the ledger, in parallel, resumable.
//!
//! The containers are opened by `sitrep_ingest::container`, which names every item and turns
//! every bad container or item into a warning; those are printed and the rest goes on. Items
//! are analysed on all cores (rayon) in batches, and each batch is stored in input order, a few
//! dozen documents per transaction (each document whole or not at all), so an interrupted run
//! keeps every group committed before it and leaves no part of a document behind.
//!
//! **Resuming is by content hash.** A document's id is the hash of its cleaned text; the ids
//! already in the ledger are read first, and an item whose cleaned text is already stored is
//! skipped before the costly analysis. Running the same command twice analyses nothing twice.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use rayon::prelude::*;
use sitrep_doc::{Doc, DocMeta, Pipeline};
use sitrep_ingest::container::{self, Item};
use sitrep_ledger::{open_store, records_for, DocRecords, PutOutcome};

use crate::analyze::write_stdout;
use crate::pipeline;

#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Files and folders (walked recursively): pages, texts, RSS/Atom/JSON feeds, WARC archives
    /// (`.warc`, `.warc.gz`) and JSON Lines (`{"url","html"|"text","published","outlet"}`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The ledger: an SQLite file, or a PostgreSQL URL (`postgres://user@host:port/db`).
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// Publication date (YYYY-MM-DD) for items whose container and page give none.
    #[arg(long, value_parser = crate::parse_date)]
    pub published: Option<chrono::NaiveDate>,
    /// Outlet for items whose container and page give none.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Largest file or item accepted, in bytes.
    #[arg(long, default_value_t = sitrep_ingest::Limits::default().max_bytes)]
    pub max_bytes: u64,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
}

/// Items analysed between two rounds of storing: bounds the documents held in memory.
const BATCH: usize = 256;

/// Documents stored per transaction: one disk sync for each group rather than each document.
/// An interrupted run loses at most the group being written, never part of a document.
const COMMIT_EVERY: usize = 32;

/// What became of one item.
enum Outcome {
    Analysed(Box<Doc>),
    AlreadyStored,
    Failed(String),
}

pub fn run(args: &IngestArgs) -> Result<ExitCode> {
    let limits = sitrep_ingest::Limits {
        max_bytes: args.max_bytes,
    };
    let mut items: Vec<Item> = Vec::new();
    let mut warnings = 0usize;
    for path in &args.paths {
        let found = container::expand(path, &limits);
        for w in &found.warnings {
            eprintln!("sitrep: warning: {w}");
        }
        warnings += found.warnings.len();
        items.extend(found.items);
    }
    let pipeline = pipeline::full()?;
    let mut store = open_store(&args.db)?;
    let known: HashSet<String> = store.doc_ids()?.into_iter().collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("cannot start the worker threads")?;
    let progress = crate::commands::progress_bar(items.len() as u64, "ingesting");
    let (mut inserted, mut skipped, mut failed) = (0usize, 0usize, 0usize);
    for batch in items.chunks(BATCH) {
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_iter()
                .map(|item| {
                    let outcome = analyse(item, args, &limits, &pipeline, &known);
                    progress.inc(1);
                    outcome
                })
                .collect()
        });
        let (mut stored_items, mut records): (Vec<&Item>, Vec<DocRecords>) = (Vec::new(), Vec::new());
        for (item, outcome) in batch.iter().zip(outcomes) {
            match outcome {
                Outcome::Analysed(doc) => {
                    stored_items.push(item);
                    records.push(records_for(&doc));
                }
                Outcome::AlreadyStored => skipped += 1,
                Outcome::Failed(message) => {
                    failed += 1;
                    progress.suspend(|| eprintln!("sitrep: {message}"));
                }
            }
        }
        for (items, chunk) in stored_items.chunks(COMMIT_EVERY).zip(records.chunks(COMMIT_EVERY)) {
            let outcomes: Vec<(&Item, Result<PutOutcome, sitrep_ledger::Error>)> = match store.put_batch(chunk) {
                Ok(outcomes) => items.iter().copied().zip(outcomes.into_iter().map(Ok)).collect(),
                // One bad document spoils its batch's transaction: store them one by one to
                // keep the others and name the bad one.
                Err(_) => items.iter().copied().zip(chunk.iter().map(|r| store.put_records(r))).collect(),
            };
            for (item, outcome) in outcomes {
                match outcome {
                    Ok(PutOutcome::Inserted) => inserted += 1,
                    Ok(PutOutcome::AlreadyPresent) => skipped += 1,
                    Err(err) => {
                        failed += 1;
                        progress.suspend(|| eprintln!("sitrep: {}: cannot store: {err}", item.name));
                    }
                }
            }
        }
    }
    progress.finish_and_clear();
    write_stdout(&format!(
        "{} items: {inserted} stored, {skipped} already in the ledger, {failed} failed; {warnings} warnings\n",
        items.len()
    ))?;
    Ok(if failed > 0 || (items.is_empty() && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Decodes, cleans and (unless its text is already stored) analyses one item.
fn analyse(
    item: &Item,
    args: &IngestArgs,
    limits: &sitrep_ingest::Limits,
    pipeline: &Pipeline,
    known: &HashSet<String>,
) -> Outcome {
    if item.bytes.len() as u64 > limits.max_bytes {
        return Outcome::Failed(format!(
            "{}: is {} bytes, more than the limit of {} bytes; raise it with --max-bytes",
            item.name,
            item.bytes.len(),
            limits.max_bytes
        ));
    }
    let (clean, html) = sitrep_ingest::clean_bytes(&item.bytes);
    if clean.text.trim().is_empty() {
        return Outcome::Failed(format!("{}: no main text left after cleaning", item.name));
    }
    let mut meta = DocMeta {
        source: item.url.clone().unwrap_or_else(|| item.name.clone()),
        title: item.title.clone(),
        outlet: args.outlet.clone().or_else(|| item.outlet.clone()),
        url: item.url.clone(),
        published: args.published.or(item.published),
        ..DocMeta::default()
    };
    if let Some(html) = html {
        html.fill(&mut meta);
    }
    let mut doc = match Doc::new(meta, clean) {
        Ok(doc) => doc,
        Err(err) => {
            return Outcome::Failed(format!("{}: cleaned text is inconsistent: {err}", item.name))
        }
    };
    if known.contains(doc.id()) {
        return Outcome::AlreadyStored;
    }
    match pipeline.run(&mut doc) {
        Ok(()) => Outcome::Analysed(Box::new(doc)),
        Err(err) => Outcome::Failed(format!("{}: analysis failed: {err}", item.name)),
    }
}
