//! `sitrep train attribution`: trains the attribution tagger of `sitrep-extract` on PolNeAR
//! split folders, with the pipeline's own tokens, tags and entities underneath, and writes
//! `models/attribution.bin`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use sitrep_doc::{Doc, DocMeta, Pipeline, Span};
use sitrep_extract::attribution_model::{self, Role, TrainingDoc};

use crate::pipeline;

#[derive(clap::Args, Debug)]
pub struct TrainAttributionArgs {
    /// Training split folder (with text/ and attributions/), e.g. .../polnear/train.
    #[arg(long)]
    pub train: PathBuf,
    /// Development split folder: scored after every epoch; the best epoch is kept.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the model file.
    #[arg(long, default_value = "models/attribution.bin")]
    pub out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
    /// Averaged weights below this (absolute value) are dropped from the file.
    #[arg(long, default_value_t = 0.5)]
    pub prune: f32,
    /// Perceptrons trained side by side for each pass (seeds `--seed` + 0, 1, ...), whose mean
    /// is the model; 1 trains one, as before.
    #[arg(long, default_value_t = 1)]
    pub members: usize,
    /// The first member's seed (the order of the training documents in each epoch); 0 is the
    /// fixed order of the models trained before `--members`.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// The chance (0 to 1) that a feature of a training position is left out of its scoring and
    /// update, in both passes (feature dropout); 0 trains as before.
    #[arg(long, default_value_t = 0.0)]
    pub feature_dropout: f32,
    /// The cue pass's own feature dropout chance (0 to 1); by default `--feature-dropout`'s.
    #[arg(long)]
    pub cue_feature_dropout: Option<f32>,
    /// Parse the training and development texts with this parser model file instead of the
    /// embedded one (the model learns from the parse it will see).
    #[arg(long)]
    pub parser: Option<PathBuf>,
}

/// The documents of a PolNeAR folder analysed up to the entity layer, with their gold spans;
/// also the bytes of the annotation files, for the model's data checksum.
pub fn training_docs(dir: &Path, pipeline: &Pipeline) -> Result<(Vec<TrainingDoc>, Vec<u8>)> {
    let articles = sitrep_eval::attribution::read_polnear(dir)
        .with_context(|| format!("cannot read PolNeAR from {}", dir.display()))?;
    let names = pipeline.stage_names();
    let upto = names.iter().position(|n| *n == "entities").map_or(names.len(), |i| i + 1);
    let mut digest = Vec::new();
    let mut docs = Vec::with_capacity(articles.len());
    for article in articles {
        digest.extend_from_slice(article.name.as_bytes());
        let meta = DocMeta { source: article.name.clone(), ..DocMeta::default() };
        let mut doc = Doc::from_text(meta, article.text);
        pipeline.run_first(upto, &mut doc).with_context(|| format!("{}: analysis failed", article.name))?;
        let mut spans = Vec::new();
        for a in &article.gold {
            for (role, span) in [(Role::Source, a.source), (Role::Cue, a.cue), (Role::Content, a.content)] {
                if let Some((s, e)) = span {
                    digest.extend_from_slice(&(s as u64).to_le_bytes());
                    digest.extend_from_slice(&(e as u64).to_le_bytes());
                    if let Some(span) = Span::try_new(s, e) {
                        spans.push((role, span));
                    }
                }
            }
        }
        docs.push(TrainingDoc { doc, spans });
    }
    Ok((docs, digest))
}

pub fn run(args: &TrainAttributionArgs) -> Result<ExitCode> {
    let parser = args.parser.as_deref().map(pipeline::parser_file).transpose()?;
    let full = pipeline::full_with(sitrep_extract::attribution_model::AttributionModel::embedded().ok(), parser)?;
    let (train, digest) = training_docs(&args.train, &full)?;
    let (dev, _) = training_docs(&args.dev, &full)?;
    eprintln!("sitrep: {} training and {} development documents", train.len(), dev.len());
    for (flag, rate) in [("--feature-dropout", Some(args.feature_dropout)), ("--cue-feature-dropout", args.cue_feature_dropout)] {
        if let Some(rate) = rate.filter(|r| !(0.0..1.0).contains(r)) {
            anyhow::bail!("{flag} must be at least 0 and below 1, not {rate}");
        }
    }
    let opts = attribution_model::TrainOptions {
        epochs: args.epochs,
        prune: args.prune,
        members: args.members.max(1),
        seed: args.seed,
        feature_dropout: args.feature_dropout,
        cue_feature_dropout: args.cue_feature_dropout,
    };
    if opts.members > 1 {
        eprintln!("sitrep: {} members, seeds {} to {}", opts.members, opts.seed, opts.seed.wrapping_add(opts.members as u64 - 1));
    }
    if opts.feature_dropout > 0.0 || opts.cue_feature_dropout.is_some_and(|r| r > 0.0) {
        let cue = opts.cue_feature_dropout.unwrap_or(opts.feature_dropout);
        eprintln!("sitrep: feature dropout {} (cue pass {cue})", opts.feature_dropout);
    }
    let bar = crate::commands::progress_bar(args.epochs as u64, "training");
    let bytes = attribution_model::train(&train, &dev, &opts, &digest, |r| {
        bar.suspend(|| eprintln!("epoch {:>2}: dev tag accuracy {:.4}", r.epoch, r.dev_token_accuracy));
        bar.inc(1);
    })?;
    bar.finish_and_clear();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let tmp = args.out.with_extension("bin.tmp");
    std::fs::write(&tmp, &bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &args.out).with_context(|| format!("cannot move {} into place", tmp.display()))?;
    eprintln!("sitrep: wrote {} ({} bytes)", args.out.display(), bytes.len());
    Ok(ExitCode::SUCCESS)
}
