//! Questions to the whole ledger: `sitrep story`, `entity`, `claims`, `grade` and `search`, and
//! `sitrep serve`, which asks them for a browser.
//!
//! The questions themselves (search, then link only the documents found) live in
//! `sitrep_server::questions`, so the command line and the web API answer alike.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use sitrep_ledger::{is_postgres_url, open_store, Store};
use sitrep_link::render::{entity_markdown, story_markdown};
use sitrep_doc::ClaimStatus;
use sitrep_server::api::unknown_status;
use sitrep_server::{questions, ServeOptions};

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

/// What `sitrep export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One row per event in the manner of conflict-event datasets: date, type, PLOVER code,
    /// actors, place with coordinates, origin, destination, figures, sources, document and span.
    EventsCsv,
    /// Places and located events as a GeoJSON FeatureCollection, for GIS tools.
    Geojson,
    /// The ledger JSON contract.
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Only the documents holding any of these words (as `sitrep search`); default: all.
    #[arg(long)]
    pub search: Option<String>,
    /// Most documents `--search` may select.
    #[arg(long, default_value_t = 2000)]
    pub limit: usize,
    /// Write here instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The ledger: an SQLite file, or a PostgreSQL URL.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// Address to listen on. The default answers this machine only; `0.0.0.0:8080` opens it to
    /// the network (there is no login: put it behind one).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// How many requests may use the ledger at once, each on its own connection.
    #[arg(long, default_value_t = 4)]
    pub workers: usize,
    /// A host name users reach the server by (besides localhost and IP addresses), e.g. behind a
    /// proxy; requests naming any other host are refused. Repeatable.
    #[arg(long = "allow-host")]
    pub allow_hosts: Vec<String>,
    /// Do not log each request on standard error.
    #[arg(long)]
    pub quiet: bool,
}

/// Opens a ledger that must already exist: a question to a missing file is a mistake, not a
/// request for a new empty ledger.
fn open_existing(db: &Path) -> Result<Box<dyn Store + Send>> {
    let remote = db.to_str().is_some_and(is_postgres_url);
    if !remote && !db.exists() {
        bail!("{}: no such ledger (run `sitrep analyze` or `sitrep ingest` first, or pass --db)", db.display());
    }
    Ok(open_store(db)?)
}

fn json_out<T: serde::Serialize>(value: &T) -> Result<()> {
    let mut s = serde_json::to_string_pretty(value).context("cannot serialise the result")?;
    s.push('\n');
    write_stdout(&s)
}

pub fn story(args: &StoryArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let Some(story) = questions::story(store.as_ref(), &args.text, args.limit, args.min_docs)? else {
        eprintln!("sitrep: no document in {} matches \u{201c}{}\u{201d}", args.db.display(), args.text);
        return Ok(ExitCode::from(1));
    };
    match args.format {
        Format::Json => json_out(&story)?,
        Format::Md => write_stdout(&story_markdown(&story, &format!("Story: {}", args.text)))?,
    }
    Ok(ExitCode::SUCCESS)
}

pub fn entity(args: &EntityArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let found = questions::entity(store.as_ref(), &args.name)?;
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

pub fn claims(args: &ClaimsArgs) -> Result<ExitCode> {
    if ClaimStatus::parse(&args.status).is_none() {
        bail!(unknown_status(&args.status));
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

pub fn export(args: &ExportArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let Some(ledger) = questions::ledger_of(store.as_ref(), args.search.as_deref(), args.limit)? else {
        eprintln!("sitrep: no document in {} matches \u{201c}{}\u{201d}", args.db.display(), args.search.as_deref().unwrap_or(""));
        return Ok(ExitCode::from(1));
    };
    let text = match args.format {
        ExportFormat::EventsCsv => sitrep_ledger::export::events_csv(&ledger),
        ExportFormat::Geojson => serde_json::to_string_pretty(&sitrep_ledger::export::geojson(&ledger)).context("cannot write GeoJSON")? + "\n",
        ExportFormat::Json => serde_json::to_string_pretty(&ledger).context("cannot write the ledger JSON")? + "\n",
    };
    match &args.out {
        Some(path) => std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?,
        None => write_stdout(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

pub fn serve(args: &ServeArgs) -> Result<ExitCode> {
    let db = args.db.to_str().context("the ledger path is not UTF-8")?.to_string();
    let options = ServeOptions {
        db,
        addr: args.addr.clone(),
        workers: args.workers,
        allow_hosts: args.allow_hosts.clone(),
        log: !args.quiet,
    };
    let server = sitrep_server::start(&options)?;
    eprintln!(
        "sitrep: serving the ledger {} at http://{}/ ({} at once; Ctrl-C stops)",
        args.db.display(),
        server.addr(),
        args.workers.max(1)
    );
    server.wait()?;
    Ok(ExitCode::SUCCESS)
}
