//! Questions to the whole ledger: `sitrep story`, `entity`, `claims`, `grade` and `search`.
//!
//! A story is found by full-text search (the store's index: SQLite FTS5 or PostgreSQL text
//! search), then only the documents found are read back and linked (`sitrep_link`): canonical
//! entities, event clusters, provenance, figures and credibility. Linking a few hundred documents
//! takes milliseconds, so it is done per question and always reflects the ledger as it is now,
//! with the analyst's current source grades.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use sitrep_ledger::{is_postgres_url, open_store, Store};
use sitrep_link::render::{entity_markdown, story_markdown};
use sitrep_link::{build_story, resolve_ledger_entities, Grades, StoryOptions};

use crate::analyze::write_stdout;
use crate::Format;

#[derive(clap::Args, Debug)]
pub struct StoryArgs {
    /// Words of the story ("convoy Kaliningrad"): documents holding all of them make the story.
    pub text: String,
    /// The ledger: an SQLite file, or a PostgreSQL URL.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Most documents the search may return.
    #[arg(long, default_value_t = 2000)]
    pub limit: usize,
    /// Show only event clusters reported by at least this many documents.
    #[arg(long, default_value_t = 1)]
    pub min_docs: usize,
}

#[derive(clap::Args, Debug)]
pub struct EntityArgs {
    /// A name, alias or acronym ("NIS", "Kim Jong-un").
    pub name: String,
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
}

#[derive(clap::Args, Debug)]
pub struct ClaimsArgs {
    /// asserted, hedged, alleged, denied, unverified or retracted.
    #[arg(long)]
    pub status: String,
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(clap::Args, Debug)]
pub struct GradeArgs {
    /// The source, as the documents name it ("Coastal Monitoring Agency"). Omit to list grades.
    pub source: Option<String>,
    /// NATO Admiralty reliability: A (completely reliable) to E (unreliable), F (cannot be judged).
    pub grade: Option<char>,
    /// Why this grade.
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Words to look for in documents and claims.
    pub text: String,
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

const STATUSES: &[&str] = &["asserted", "hedged", "alleged", "denied", "unverified", "retracted"];

/// Opens a ledger that must already exist: a question to a missing file is a mistake, not a
/// request for a new empty ledger.
fn open_existing(db: &Path) -> Result<Box<dyn Store + Send>> {
    let remote = db.to_str().is_some_and(is_postgres_url);
    if !remote && !db.exists() {
        bail!("{}: no such ledger (run `sitrep analyze` or `sitrep ingest` first, or pass --db)", db.display());
    }
    Ok(open_store(db)?)
}

fn grades(store: &dyn Store) -> Result<Grades> {
    let mut grades = Grades::new();
    for (source, g) in store.grades()? {
        grades.insert(&source, g.grade);
    }
    Ok(grades)
}

fn json_out<T: serde::Serialize>(value: &T) -> Result<()> {
    let mut s = serde_json::to_string_pretty(value).context("cannot serialise the result")?;
    s.push('\n');
    write_stdout(&s)
}

pub fn story(args: &StoryArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let hits = store.search(&args.text, args.limit)?;
    let mut docs: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for h in hits {
        if seen.insert(h.doc.clone()) {
            docs.push(h.doc);
        }
    }
    if docs.is_empty() {
        eprintln!("sitrep: no document in {} matches \u{201c}{}\u{201d}", args.db.display(), args.text);
        return Ok(ExitCode::from(1));
    }
    let ledger = store.export(Some(&docs))?;
    // The story is what the documents holding every word report; documents matching only some
    // words still lend their reports to those clusters.
    let wanted: Vec<String> = words(&args.text);
    let core: Vec<String> = ledger
        .documents
        .iter()
        .filter(|d| {
            let text = words(&format!("{} {}", d.title.as_deref().unwrap_or(""), d.text));
            let have: HashSet<&String> = text.iter().collect();
            wanted.iter().all(|w| have.contains(w))
        })
        .map(|d| d.id.clone())
        .collect();
    let options = StoryOptions {
        grades: grades(store.as_ref())?,
        focus: (!core.is_empty()).then_some(core),
        min_docs: args.min_docs,
    };
    let story = build_story(&ledger, &options);
    match args.format {
        Format::Json => json_out(&story)?,
        Format::Md => write_stdout(&story_markdown(&story, &format!("Story: {}", args.text)))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Lower-case words, for matching a query against a text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn entity(args: &EntityArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let mut docs = store.docs_mentioning_entity(&args.name)?;
    if docs.is_empty() {
        docs = store.search(&args.name, 200)?.into_iter().map(|h| h.doc).collect();
    }
    if docs.is_empty() {
        eprintln!("sitrep: no entity named \u{201c}{}\u{201d} in {}", args.name, args.db.display());
        return Ok(ExitCode::from(1));
    }
    // One more round: documents naming the entity by its other names.
    let ledger = store.export(Some(&dedup(docs.clone())))?;
    let first = resolve_ledger_entities(&ledger);
    for e in first.find(&args.name) {
        for alias in std::iter::once(&e.name).chain(&e.aliases) {
            docs.extend(store.docs_mentioning_entity(alias)?);
        }
    }
    let ledger = store.export(Some(&dedup(docs)))?;
    let index = resolve_ledger_entities(&ledger);
    let found = index.find(&args.name);
    if found.is_empty() {
        eprintln!("sitrep: no entity named \u{201c}{}\u{201d} in {}", args.name, args.db.display());
        return Ok(ExitCode::from(1));
    }
    match args.format {
        Format::Json => json_out(&found)?,
        Format::Md => {
            let text: Vec<String> = found.iter().map(|e| entity_markdown(e)).collect();
            write_stdout(&text.join("\n"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn dedup(items: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    items.into_iter().filter(|i| seen.insert(i.clone())).collect()
}

pub fn claims(args: &ClaimsArgs) -> Result<ExitCode> {
    if !STATUSES.contains(&args.status.as_str()) {
        bail!("`{}` is no claim status; use one of {}", args.status, STATUSES.join(", "));
    }
    let store = open_existing(&args.db)?;
    let claims = store.claims_with_status(&args.status, args.limit)?;
    match args.format {
        Format::Json => json_out(&claims)?,
        Format::Md => {
            let mut out = format!("# Claims with status {}\n\n", args.status);
            for c in &claims {
                let source = if c.source_text.is_empty() { "(no source named)" } else { c.source_text.as_str() };
                out.push_str(&format!(
                    "- {source} {}: \u{201c}{}\u{201d} ({} {}..{}{})\n",
                    if c.cue.is_empty() { "(no cue)" } else { c.cue.as_str() },
                    c.content.trim(),
                    c.doc,
                    c.start,
                    c.end,
                    c.reported_by.as_ref().map(|o| format!(", {o}")).unwrap_or_default()
                ));
            }
            if claims.is_empty() {
                out.push_str("None.\n");
            }
            write_stdout(&out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn grade(args: &GradeArgs) -> Result<ExitCode> {
    match (&args.source, args.grade) {
        (Some(source), Some(grade)) => {
            let mut store = open_existing(&args.db)?;
            store.set_grade(source, grade, args.note.as_deref())?;
            write_stdout(&format!("{source}: {}\n", grade.to_ascii_uppercase()))?;
        }
        (None, None) => {
            let store = open_existing(&args.db)?;
            let mut out = String::new();
            for (source, g) in store.grades()? {
                let note = g.note.map(|n| format!(" ({n})")).unwrap_or_default();
                out.push_str(&format!("{source}: {}{note}, set {}\n", g.grade, g.set_at));
            }
            write_stdout(&out)?;
        }
        _ => bail!("give a source and a letter A-F (`sitrep grade \"Coastal Monitoring Agency\" B`), or neither to list the grades"),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn search(args: &SearchArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let hits = store.search(&args.text, args.limit)?;
    let mut out = String::new();
    for h in &hits {
        out.push_str(&format!("{:.3}  {:?}  {}  {}\n", h.score, h.kind, h.id, h.snippet.replace('\n', " ")));
    }
    write_stdout(&out)?;
    Ok(if hits.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
