//! `sitrep train`: trains the models shipped in `models/` from treebank files.
//!
//! Kept in its own module because training is the one place the binary writes model files; the
//! learning itself lives in the library crates (`sitrep-nlp` for the tagger), this module only
//! reads the data, draws progress and writes the file atomically.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};
use sitrep_nlp::{GoldSentence, LabelScheme, Progress, TrainOptions};

use crate::commands::progress_bar;

#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Train the part-of-speech tagger and lemmatizer on CoNLL-U files (e.g. UD English EWT).
    Tagger(TrainTaggerArgs),
}

#[derive(clap::Args, Debug)]
pub struct TrainTaggerArgs {
    /// Training treebank (CoNLL-U).
    #[arg(long)]
    pub train: PathBuf,
    /// Development treebank (CoNLL-U): scored after every iteration; the best iteration is kept.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the model file.
    #[arg(long, default_value = "models/tagger.bin")]
    pub out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainOptions::default().iterations)]
    pub iterations: usize,
    /// One joint "UPOS|XPOS" classifier, or two separate ones.
    #[arg(long, value_enum, default_value_t = Labels::Joint)]
    pub labels: Labels,
    /// Averaged weights smaller than this are dropped from the model.
    #[arg(long, default_value_t = TrainOptions::default().prune)]
    pub prune: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Labels {
    Joint,
    Separate,
}

pub fn run(cmd: &TrainCommand) -> Result<ExitCode> {
    match cmd {
        TrainCommand::Tagger(args) => train_tagger(args),
    }
}

/// Reads a CoNLL-U file as tagger sentences (syntactic words; empty nodes skipped), with the
/// file's bytes for hashing.
pub fn read_gold(path: &Path) -> Result<(Vec<GoldSentence>, Vec<u8>)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = std::str::from_utf8(&bytes).with_context(|| format!("{}: not UTF-8", path.display()))?;
    let sentences = sitrep_eval::conllu::parse(text).with_context(|| format!("{}: not CoNLL-U", path.display()))?;
    let gold = sentences
        .into_iter()
        .map(|s| GoldSentence {
            forms: s.words.iter().map(|w| w.form.clone()).collect(),
            upos: s.words.iter().map(|w| w.upos.clone()).collect(),
            xpos: s.words.iter().map(|w| w.xpos.clone()).collect(),
            lemmas: s.words.iter().map(|w| w.lemma.clone()).collect(),
        })
        .collect();
    Ok((gold, bytes))
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn train_tagger(args: &TrainTaggerArgs) -> Result<ExitCode> {
    let (train, train_bytes) = read_gold(&args.train)?;
    let (dev, _) = read_gold(&args.dev)?;
    if train.is_empty() {
        anyhow::bail!("{}: no sentences", args.train.display());
    }
    let opts = TrainOptions {
        scheme: match args.labels {
            Labels::Joint => LabelScheme::Joint,
            Labels::Separate => LabelScheme::Separate,
        },
        iterations: args.iterations.max(1),
        prune: args.prune,
        ..TrainOptions::default()
    };
    let words: usize = train.iter().map(|s| s.forms.len()).sum();
    eprintln!(
        "sitrep: training the tagger on {} ({} sentences, {words} words), {} iterations, {:?} labels",
        args.train.display(),
        train.len(),
        opts.iterations,
        opts.scheme
    );
    let bar = progress_bar((train.len() * opts.iterations) as u64, "train tagger");
    let note = format!("trained on {} ({} sentences), tuned on {}", file_name(&args.train), train.len(), file_name(&args.dev));
    let started = std::time::Instant::now();
    let trained = sitrep_nlp::train(&train, &dev, &opts, sitrep_linear::sha256(&train_bytes), &note, &mut |p| match p {
        Progress::Sentence => bar.inc(1),
        Progress::Iteration(r) => bar.suspend(|| {
            eprintln!(
                "iteration {:>2}/{}: train {:.2}%  dev UPOS {:.2}  XPOS {:.2}  lemma {:.2}  ({} features, {} weights)",
                r.iteration,
                opts.iterations,
                r.train_pct,
                r.dev.upos_pct(),
                r.dev.xpos_pct(),
                r.dev.lemma_pct(),
                r.features,
                r.weights
            )
        }),
    })?;
    bar.finish_and_clear();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let tmp = args.out.with_extension("bin.tmp");
    std::fs::write(&tmp, &trained.bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &args.out).with_context(|| format!("cannot move {} into place", tmp.display()))?;
    let b = &trained.best;
    eprintln!(
        "sitrep: wrote {} ({} bytes) from iteration {} (dev UPOS {:.2}, XPOS {:.2}, lemma {:.2}) in {:.1} s",
        args.out.display(),
        trained.bytes.len(),
        b.iteration,
        b.dev.upos_pct(),
        b.dev.xpos_pct(),
        b.dev.lemma_pct(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
