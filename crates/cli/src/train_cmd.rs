//! `sitrep train`: trains the models shipped in `models/` from treebank files.
//!
//! Kept in its own module because training is the one place the binary writes model files; the
//! learning itself lives in the library crates (`sitrep-nlp` for the tagger and the parser), this module only
//! reads the data, draws progress and writes the file atomically.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};
use sitrep_nlp::{GoldSentence, LabelScheme, Progress, TrainOptions};
use sitrep_eval::conllu::Sentence;

use crate::commands::progress_bar;

#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Train the attribution tagger (source, cue, content) on PolNeAR split folders.
    Attribution(crate::train_attribution::TrainAttributionArgs),
    /// Train the part-of-speech tagger and lemmatizer on CoNLL-U files (e.g. UD English EWT).
    Tagger(TrainTaggerArgs),
    /// Train the dependency parser on CoNLL-U files, with jackknifed predicted tags.
    Parser(TrainParserArgs),
    /// Train the named-entity recogniser on CoNLL-2003-style files (e.g. CoNLL-2003 English).
    Ner(TrainNerArgs),
    /// Drop the small weights of a trained parser model file, to fit a size limit.
    PruneParser(PruneParserArgs),
}

#[derive(clap::Args, Debug)]
pub struct PruneParserArgs {
    /// The parser model file to prune.
    #[arg(long)]
    pub model: PathBuf,
    /// Weights smaller than this (in absolute value) are dropped.
    #[arg(long)]
    pub prune: f32,
    /// Where to write the pruned model file.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct TrainNerArgs {
    /// Training file (CoNLL-2003 columns, word first, IOB tag last).
    #[arg(long)]
    pub train: PathBuf,
    /// Development file: scored after every iteration; the best iteration (entity F1) is kept.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the model file.
    #[arg(long, default_value = "models/ner.bin")]
    pub out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = sitrep_nlp::NerTrainOptions::default().iterations)]
    pub iterations: usize,
    /// Averaged weights smaller than this are dropped from the model.
    #[arg(long, default_value_t = sitrep_nlp::NerTrainOptions::default().prune)]
    pub prune: f32,
    /// Chance that a feature of a training word is left out of its update (feature dropout).
    #[arg(long, default_value_t = sitrep_nlp::NerTrainOptions::default().feature_dropout)]
    pub feature_dropout: f32,
    /// Words seen fewer times in the training file are one "unknown" word to the word features.
    #[arg(long, default_value_t = sitrep_nlp::NerTrainOptions::default().min_count)]
    pub min_count: u32,
    /// Seed of the shuffling of the training documents and of the feature dropout.
    #[arg(long, default_value_t = sitrep_nlp::NerTrainOptions::default().seed)]
    pub seed: u64,
    /// Folds of the jackknife that trains a second, document-level stage (0: no second stage).
    #[arg(long, default_value_t = sitrep_nlp::NerTrainOptions::default().second_stage_folds)]
    pub second_stage_folds: usize,
    /// Perceptrons trained side by side (seeds `--seed` + 0, 1, ...) whose mean is the model;
    /// training takes this many times as long.
    #[arg(long, default_value_t = sitrep_nlp::NerTrainOptions::default().members)]
    pub members: usize,
    /// Train without the gazetteer features (the embedded gazetteer is used by default).
    #[arg(long)]
    pub no_gazetteer: bool,
    /// Give the model a name lexicon harvested from the training file's names (each training
    /// document sees it without its own names) and from the `--names` files.
    #[arg(long)]
    pub name_lexicon: bool,
    /// Other annotated files whose names go into the name lexicon, not trained on (repeatable;
    /// implies `--name-lexicon`): CoNLL-style files (word first, IOB tag last; WNUT-17's types
    /// are mapped as in scoring), GUM `.conllu` files (named people, organisations and places of
    /// its attribution-licensed genres only), or folders of MEANTIME `.xml` files (proper-name
    /// mentions). Never give a development or test file here.
    #[arg(long)]
    pub names: Vec<PathBuf>,
    /// Unlabelled text to induce word clusters from (repeatable; files or folders, searched
    /// recursively): `.conllu` word forms, the text of `.xml`, `.tml`, `.naf`, `.html` files,
    /// `.txt` files. Never give the test set's text here.
    #[arg(long)]
    pub unlabelled: Vec<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct TrainTaggerArgs {
    /// Training treebank (CoNLL-U); repeatable, the files are joined.
    #[arg(long, required = true)]
    pub train: Vec<PathBuf>,
    /// Keep only the documents of these genres (comma-separated) from training files that name
    /// their documents' genres (GUM); other files are kept whole.
    #[arg(long, value_delimiter = ',')]
    pub genres: Vec<String>,
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
    /// Unlabelled text to induce word clusters from, together with the training words
    /// (repeatable; files or folders, as for `train ner`). Never give a test set's text here.
    #[arg(long)]
    pub unlabelled: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Labels {
    Joint,
    Separate,
}

pub fn run(cmd: &TrainCommand) -> Result<ExitCode> {
    match cmd {
        TrainCommand::Attribution(args) => crate::train_attribution::run(args),
        TrainCommand::Tagger(args) => train_tagger(args),
        TrainCommand::Parser(args) => train_parser(args),
        TrainCommand::Ner(args) => train_ner(args),
        TrainCommand::PruneParser(args) => prune_parser(args),
    }
}

fn prune_parser(args: &PruneParserArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.model).with_context(|| format!("cannot read {}", args.model.display()))?;
    let pruned = sitrep_nlp::prune_parser_file(&bytes, args.prune).with_context(|| format!("{}", args.model.display()))?;
    let tmp = args.out.with_extension("bin.tmp");
    std::fs::write(&tmp, &pruned).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &args.out).with_context(|| format!("cannot move {} into place", tmp.display()))?;
    eprintln!("sitrep: wrote {} ({} bytes, was {})", args.out.display(), pruned.len(), bytes.len());
    Ok(ExitCode::SUCCESS)
}

/// Reads a CoNLL-U file, with its bytes for hashing.
fn read_treebank(path: &Path) -> Result<(Vec<Sentence>, Vec<u8>)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = std::str::from_utf8(&bytes).with_context(|| format!("{}: not UTF-8", path.display()))?;
    let sentences = sitrep_eval::conllu::parse(text).with_context(|| format!("{}: not CoNLL-U", path.display()))?;
    Ok((sentences, bytes))
}

/// The genre of each sentence's document, for treebanks that name it (GUM: `# newdoc id =
/// GUM_<genre>_<name>`, or `# meta::genre = <genre>`); `None` for the sentences of a treebank
/// that names none.
fn genres_of(sentences: &[Sentence]) -> Vec<Option<String>> {
    let mut current: Option<String> = None;
    sentences
        .iter()
        .map(|s| {
            if let Some(id) = s.comment("newdoc id") {
                current = id.strip_prefix("GUM_").and_then(|rest| rest.split('_').next()).map(str::to_string);
            }
            if let Some(g) = s.comment("meta::genre") {
                current = Some(g.to_string());
            }
            current.clone()
        })
        .collect()
}

/// Training sentences from one or more CoNLL-U files, and all their bytes (hashed into the
/// model header). With `genres`, the documents of a file that names its genres are kept only
/// when their genre is listed (so that only the openly licensed parts of GUM are trained on);
/// a file that names no genre is kept whole.
fn read_training(paths: &[PathBuf], genres: &[String]) -> Result<(Vec<Sentence>, Vec<u8>)> {
    let (mut all, mut bytes) = (Vec::new(), Vec::new());
    for path in paths {
        let (sentences, b) = read_treebank(path)?;
        bytes.extend_from_slice(&b);
        let before = all.len();
        let of = genres_of(&sentences);
        let named = of.iter().any(Option::is_some);
        all.extend(
            sentences
                .into_iter()
                .zip(of)
                .filter(|(_, g)| genres.is_empty() || !named || g.as_ref().is_some_and(|g| genres.contains(g)))
                .map(|(s, _)| s),
        );
        if all.len() == before {
            anyhow::bail!("{}: no sentences{}", path.display(), if named { " of the genres asked for" } else { "" });
        }
    }
    Ok((all, bytes))
}

fn gold_of(sentences: Vec<Sentence>) -> Vec<GoldSentence> {
    sentences
        .into_iter()
        .map(|s| GoldSentence {
            forms: s.words.iter().map(|w| w.form.clone()).collect(),
            upos: s.words.iter().map(|w| w.upos.clone()).collect(),
            xpos: s.words.iter().map(|w| w.xpos.clone()).collect(),
            lemmas: s.words.iter().map(|w| w.lemma.clone()).collect(),
        })
        .collect()
}

/// A HEAD given as `_` becomes `usize::MAX`: training skips such a sentence, scoring counts the
/// word as wrong.
fn trees_of(sentences: Vec<Sentence>) -> Vec<sitrep_nlp::TreeSentence> {
    sentences
        .into_iter()
        .map(|s| sitrep_nlp::TreeSentence {
            forms: s.words.iter().map(|w| w.form.clone()).collect(),
            upos: s.words.iter().map(|w| w.upos.clone()).collect(),
            xpos: s.words.iter().map(|w| w.xpos.clone()).collect(),
            heads: s.words.iter().map(|w| w.head.unwrap_or(usize::MAX)).collect(),
            deprels: s.words.iter().map(|w| w.deprel.clone()).collect(),
        })
        .collect()
}

/// Reads a CoNLL-U file as tagger sentences (syntactic words; empty nodes skipped), with the
/// file's bytes for hashing.
pub fn read_gold(path: &Path) -> Result<(Vec<GoldSentence>, Vec<u8>)> {
    let (sentences, bytes) = read_treebank(path)?;
    Ok((gold_of(sentences), bytes))
}

/// The genres kept, for the model header.
fn genre_note(genres: &[String]) -> String {
    if genres.is_empty() {
        String::new()
    } else {
        format!(" (genres {})", genres.join(","))
    }
}

/// The names of training files, for the model header and messages.
fn names_of(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| file_name(p)).collect::<Vec<_>>().join(" + ")
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Writes a model file atomically (a temporary file moved into place).
fn write_model_file(out: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let tmp = out.with_extension("bin.tmp");
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, out).with_context(|| format!("cannot move {} into place", tmp.display()))
}

fn train_ner(args: &TrainNerArgs) -> Result<ExitCode> {
    use crate::eval_cmd::ner::{ner_documents, read_conll};
    use sitrep_nlp::{NerProgress, NerTrainOptions};
    let (train_file, train_bytes) = read_conll(&args.train)?;
    let (dev_file, _) = read_conll(&args.dev)?;
    if !train_file.tagged || !dev_file.tagged {
        anyhow::bail!("training and development files need a gold tag column");
    }
    let (train, dev) = (ner_documents(&train_file), ner_documents(&dev_file));
    let mut opts = NerTrainOptions {
        iterations: args.iterations.max(1),
        prune: args.prune,
        feature_dropout: args.feature_dropout,
        seed: args.seed,
        min_count: args.min_count,
        second_stage_folds: args.second_stage_folds,
        members: args.members.max(1),
        name_lexicon: args.name_lexicon || !args.names.is_empty(),
        ..NerTrainOptions::default()
    };
    for p in &args.names {
        let docs = name_documents(p)?;
        let names: usize = docs.iter().flat_map(|d| &d.sentences).map(|s| s.spans.len()).sum();
        eprintln!("sitrep: {names} names for the name lexicon from {}", p.display());
        opts.name_documents.extend(docs);
    }
    for p in &args.unlabelled {
        opts.add_unlabelled(p).with_context(|| format!("cannot read unlabelled text from {}", p.display()))?;
    }
    if !opts.unlabelled.is_empty() {
        let words: usize = opts.unlabelled.iter().map(|t| t.split_whitespace().count()).sum();
        eprintln!("sitrep: {} unlabelled texts ({words} words) for word clusters", opts.unlabelled.len());
    }
    let lexicon = if args.no_gazetteer { None } else { Some(crate::pipeline::place_lexicon()?) };
    let sentences: usize = train.iter().map(|d| d.sentences.len()).sum();
    eprintln!(
        "sitrep: training the entity recogniser on {} ({} documents, {sentences} sentences), {} iterations, feature dropout {}, seed {}, gazetteer {}",
        args.train.display(),
        train.len(),
        opts.iterations,
        opts.feature_dropout,
        opts.seed,
        if lexicon.is_some() { "on" } else { "off" }
    );
    // The jackknife trains one first stage per fold (on the other folds), then the second stage.
    let passes = if opts.second_stage_folds >= 2 { opts.second_stage_folds + 1 } else { 1 };
    let bar = progress_bar((train.len() * opts.iterations * (passes + opts.members - 1)) as u64, "train ner");
    let note = format!("trained on {} ({sentences} sentences), tuned on {}", file_name(&args.train), file_name(&args.dev));
    let started = std::time::Instant::now();
    let trained = sitrep_nlp::train_ner(
        &train,
        &dev,
        &opts,
        lexicon.as_deref(),
        sitrep_linear::sha256(&train_bytes),
        &note,
        &mut |p| match p {
            NerProgress::Document => bar.inc(1),
            NerProgress::Iteration(r) => bar.suspend(|| {
                let (p, r2, f) = r.dev.prf(None);
                eprintln!(
                    "iteration {:>2}/{}: train {:.2}%  dev P {p:.2} R {r2:.2} F1 {f:.2}  ({} features, {} weights, {:.0} s)",
                    r.iteration,
                    opts.iterations,
                    r.train_pct,
                    r.features,
                    r.weights,
                    started.elapsed().as_secs_f64()
                )
            }),
        },
    )?;
    bar.finish_and_clear();
    write_model_file(&args.out, &trained.bytes)?;
    eprintln!(
        "sitrep: wrote {} ({} bytes) from iteration {} (dev F1 {:.2}) in {:.1} s",
        args.out.display(),
        trained.bytes.len(),
        trained.best.iteration,
        trained.best.dev.prf(None).2,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// The annotated documents of a `--names` source: a folder of MEANTIME `.xml` files (searched
/// recursively, in name order), a GUM `.conllu` file, or a CoNLL-style file.
fn name_documents(path: &std::path::Path) -> Result<Vec<sitrep_nlp::NerDocument>> {
    use crate::eval_cmd::ner::{ner_documents, read_conll};
    if path.is_dir() {
        let mut files = Vec::new();
        let mut stack = vec![path.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).with_context(|| format!("cannot read {}", dir.display()))? {
                let p = entry?.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "xml") {
                    files.push(p);
                }
            }
        }
        files.sort();
        return files
            .iter()
            .map(|f| {
                let text = std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
                Ok(sitrep_nlp::meantime_names(&text))
            })
            .collect();
    }
    if path.extension().is_some_and(|e| e == "conllu") {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        return Ok(sitrep_nlp::gum_names(&text, sitrep_nlp::GUM_ATTRIBUTION_GENRES));
    }
    let (file, _) = read_conll(path)?;
    if !file.tagged {
        anyhow::bail!("{}: a names file needs a gold tag column", path.display());
    }
    Ok(ner_documents(&file))
}

/// Word clusters from the unlabelled texts under `paths` and the words of `train`; none
/// without paths.
fn clusters_for(paths: &[PathBuf], train: &[GoldSentence]) -> Result<sitrep_nlp::ClusterTable> {
    if paths.is_empty() {
        return Ok(sitrep_nlp::ClusterTable::default());
    }
    let mut texts = Vec::new();
    for p in paths {
        sitrep_nlp::read_unlabelled(p, &mut texts).with_context(|| format!("cannot read unlabelled text from {}", p.display()))?;
    }
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let started = std::time::Instant::now();
    let table = sitrep_nlp::build_clusters(&texts, train.iter().map(|s| s.forms.as_slice()));
    eprintln!(
        "sitrep: word clusters for {} words from {} unlabelled texts ({words} words) and the training words, in {:.1} s",
        table.len(),
        texts.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(table)
}

fn train_tagger(args: &TrainTaggerArgs) -> Result<ExitCode> {
    let (train, train_bytes) = read_training(&args.train, &args.genres)?;
    let train = gold_of(train);
    let (dev, _) = read_gold(&args.dev)?;
    let opts = TrainOptions {
        scheme: match args.labels {
            Labels::Joint => LabelScheme::Joint,
            Labels::Separate => LabelScheme::Separate,
        },
        iterations: args.iterations.max(1),
        prune: args.prune,
        clusters: clusters_for(&args.unlabelled, &train)?,
        ..TrainOptions::default()
    };
    let words: usize = train.iter().map(|s| s.forms.len()).sum();
    eprintln!(
        "sitrep: training the tagger on {} ({} sentences, {words} words), {} iterations, {:?} labels",
        names_of(&args.train),
        train.len(),
        opts.iterations,
        opts.scheme
    );
    let bar = progress_bar((train.len() * opts.iterations) as u64, "train tagger");
    let note = format!(
        "trained on {}{} ({} sentences, {} word clusters), tuned on {}",
        names_of(&args.train),
        genre_note(&args.genres),
        train.len(),
        opts.clusters.len(),
        file_name(&args.dev)
    );
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

#[derive(clap::Args, Debug)]
pub struct TrainParserArgs {
    /// Training treebank (CoNLL-U); repeatable, the files are joined.
    #[arg(long, required = true)]
    pub train: Vec<PathBuf>,
    /// Keep only the documents of these genres (comma-separated) from training files that name
    /// their documents' genres (GUM); other files are kept whole.
    #[arg(long, value_delimiter = ',')]
    pub genres: Vec<String>,
    /// Development treebank (CoNLL-U), tagged by the tagger: parsed after every pass; the best
    /// pass by LAS is kept.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the model file.
    #[arg(long, default_value = "models/parser.bin")]
    pub out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = sitrep_nlp::ParserOptions::default().iterations)]
    pub iterations: usize,
    /// Averaged weights smaller than this are dropped from the model.
    #[arg(long, default_value_t = sitrep_nlp::ParserOptions::default().prune)]
    pub prune: f32,
    /// The training tags are predicted by taggers trained on the other parts of this many parts
    /// of the training data (the tagger training of this build, 10 passes, tuned on --dev);
    /// 0 trains on the gold tags.
    #[arg(long, default_value_t = 5)]
    pub jackknife: usize,
    /// More treebanks (CoNLL-U, repeatable, filtered by --genres) that every jackknife tagger
    /// also trains on: give those the shipped tagger was trained on besides --train, so the
    /// training tags are as good as the tags the parser will see.
    #[arg(long)]
    pub tagger_train: Vec<PathBuf>,
    /// A tagger model file to tag --dev with, instead of the embedded one.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Also score these pruning thresholds on dev after every pass (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub report_prunes: Vec<f32>,
    /// Train this many parsers, each on its own shuffling of the data, and ship the mean of
    /// their weights (only the last run's passes are scored on dev).
    #[arg(long, default_value_t = 1)]
    pub runs: usize,
}

/// Reads a CoNLL-U file as trees (syntactic words; empty nodes skipped), with the file's bytes.
pub fn read_trees(path: &Path) -> Result<(Vec<sitrep_nlp::TreeSentence>, Vec<u8>)> {
    let (sentences, bytes) = read_treebank(path)?;
    Ok((trees_of(sentences), bytes))
}

/// The tagger model of `path`, or the embedded one.
pub fn load_tagger(path: Option<&Path>) -> Result<&'static sitrep_nlp::TaggerModel> {
    match path {
        None => Ok(sitrep_nlp::TaggerModel::embedded()?),
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            let model = sitrep_nlp::TaggerModel::from_bytes(&bytes).with_context(|| format!("{}", p.display()))?;
            Ok(Box::leak(Box::new(model)))
        }
    }
}

fn as_gold(trees: &[sitrep_nlp::TreeSentence]) -> Vec<GoldSentence> {
    trees
        .iter()
        .map(|t| GoldSentence {
            forms: t.forms.clone(),
            upos: t.upos.clone(),
            xpos: t.xpos.clone(),
            lemmas: t.forms.clone(),
        })
        .collect()
}

/// Replaces the tags of `train` by jackknifed predictions: part k is tagged by a tagger trained
/// on the other parts (sentence i belongs to part i mod `parts`), with the word clusters of
/// `tagger` (the tagger the parser will run with), so the training tags are made as its are.
fn jackknife(
    train: &mut [sitrep_nlp::TreeSentence],
    extra: &[GoldSentence],
    dev: &[GoldSentence],
    parts: usize,
    tagger: &sitrep_nlp::TaggerModel,
) -> Result<()> {
    let opts = TrainOptions { iterations: 10, clusters: tagger.clusters().clone(), ..TrainOptions::default() };
    for k in 0..parts {
        let started = std::time::Instant::now();
        let rest: Vec<sitrep_nlp::TreeSentence> =
            train.iter().enumerate().filter(|(i, _)| i % parts != k).map(|(_, s)| s.clone()).collect();
        let mut gold = as_gold(&rest);
        gold.extend_from_slice(extra);
        let trained = sitrep_nlp::train(&gold, dev, &opts, [0; 32], "jackknife", &mut |_| {})?;
        let model = sitrep_nlp::TaggerModel::from_bytes(&trained.bytes)?;
        let mut part: Vec<sitrep_nlp::TreeSentence> =
            train.iter().enumerate().filter(|(i, _)| i % parts == k).map(|(_, s)| s.clone()).collect();
        let before = part.clone();
        sitrep_nlp::retag(&model, &mut part);
        let (mut right, mut words) = (0, 0);
        for (a, b) in part.iter().zip(&before) {
            words += a.upos.len();
            right += a.upos.iter().zip(&b.upos).filter(|(x, y)| x == y).count();
        }
        let mut tagged = part.into_iter();
        for (_, s) in train.iter_mut().enumerate().filter(|(i, _)| i % parts == k) {
            if let Some(t) = tagged.next() {
                *s = t;
            }
        }
        eprintln!(
            "jackknife part {}/{parts}: UPOS {:.2} on the held-out part ({:.1} s)",
            k + 1,
            100.0 * right as f64 / words.max(1) as f64,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

fn train_parser(args: &TrainParserArgs) -> Result<ExitCode> {
    let (train, train_bytes) = read_training(&args.train, &args.genres)?;
    let mut train = trees_of(train);
    let (mut dev, _) = read_trees(&args.dev)?;
    let tagger = load_tagger(args.tagger.as_deref())?;
    let dev_gold = as_gold(&dev);
    sitrep_nlp::retag(tagger, &mut dev);
    let tags = if args.jackknife >= 2 {
        eprintln!("sitrep: tagging {} with {}-way jackknifing", names_of(&args.train), args.jackknife);
        let extra = if args.tagger_train.is_empty() {
            Vec::new()
        } else {
            gold_of(read_training(&args.tagger_train, &args.genres)?.0)
        };
        jackknife(&mut train, &extra, &dev_gold, args.jackknife, tagger)?;
        if extra.is_empty() {
            format!("{}-way jackknifed tags", args.jackknife)
        } else {
            format!("{}-way jackknifed tags, taggers also trained on {}", args.jackknife, names_of(&args.tagger_train))
        }
    } else {
        "gold tags".to_string()
    };
    let opts = sitrep_nlp::ParserOptions {
        iterations: args.iterations.max(1),
        prune: args.prune,
        report_prunes: args.report_prunes.clone(),
        clusters: tagger.clusters().clone(),
        runs: args.runs.max(1),
        ..sitrep_nlp::ParserOptions::default()
    };
    let words: usize = train.iter().map(|s| s.forms.len()).sum();
    eprintln!(
        "sitrep: training the parser on {} ({} sentences, {words} words, {tags}), {} passes",
        names_of(&args.train),
        train.len(),
        opts.iterations
    );
    let bar = progress_bar((train.len() * opts.iterations * opts.runs) as u64, "train parser");
    let note = format!(
        "trained on {}{} ({} sentences, {tags}), tuned on {} with predicted tags",
        names_of(&args.train),
        genre_note(&args.genres),
        train.len(),
        file_name(&args.dev)
    );
    let started = std::time::Instant::now();
    let trained = sitrep_nlp::train_parser(&train, &dev, &opts, sitrep_linear::sha256(&train_bytes), &note, &mut |p| {
        match p {
            sitrep_nlp::ParserProgress::Sentence => bar.inc(1),
            sitrep_nlp::ParserProgress::Iteration(r) => bar.suspend(|| {
                eprintln!(
                    "{}pass {:>2}/{}: train moves {:.2}%  dev UAS {:.2}  LAS {:.2}  ({} features, {} weights, {} bytes, {:.0} s)",
                    if opts.runs > 1 { format!("run {}/{}, ", r.run, opts.runs) } else { String::new() },
                    r.iteration,
                    opts.iterations,
                    r.train_pct,
                    r.dev.uas_pct(),
                    r.dev.las_pct(),
                    r.features,
                    r.weights,
                    r.bytes,
                    started.elapsed().as_secs_f64()
                );
                for (prune, dev, bytes) in &r.prunes {
                    eprintln!("    prune {prune}: dev UAS {:.2}  LAS {:.2}  ({bytes} bytes)", dev.uas_pct(), dev.las_pct());
                }
            }),
        }
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
        "sitrep: wrote {} ({} bytes) from pass {} (dev UAS {:.2}, LAS {:.2}) in {:.1} s; \
         {} training sentences projectivized ({} arcs lifted), {} skipped",
        args.out.display(),
        trained.bytes.len(),
        b.iteration,
        b.dev.uas_pct(),
        b.dev.las_pct(),
        started.elapsed().as_secs_f64(),
        trained.projectivized.0,
        trained.projectivized.1,
        trained.skipped
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TREEBANK: &str = "# newdoc id = GUM_news_harbor\n# text = Boats left.\n1\tBoats\tboat\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n\
# newdoc id = GUM_fiction_tale\n# text = She ran.\n1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\tran\trun\tVERB\tVBD\t_\t0\troot\t_\t_\n\n\
# text = It rained.\n1\tIt\tit\tPRON\tPRP\t_\t2\texpl\t_\t_\n2\trained\train\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";

    #[test]
    fn genres_come_from_document_ids_and_last_until_the_next_document() {
        let sentences = sitrep_eval::conllu::parse(TREEBANK).unwrap();
        assert_eq!(genres_of(&sentences), [Some("news".to_string()), Some("fiction".into()), Some("fiction".into())]);
    }

    #[test]
    fn training_files_keep_only_the_genres_asked_for_and_files_without_genres_whole() {
        let dir = tempfile::tempdir().unwrap();
        let gum = dir.path().join("gum.conllu");
        std::fs::write(&gum, TREEBANK).unwrap();
        let plain = dir.path().join("plain.conllu");
        std::fs::write(&plain, TREEBANK.replace("# newdoc id = GUM_news_harbor\n", "").replace("# newdoc id = GUM_fiction_tale\n", ""))
            .unwrap();
        let (kept, bytes) = read_training(&[gum.clone(), plain], &["news".to_string()]).unwrap();
        let first_words: Vec<&str> = kept.iter().map(|s| s.words[0].form.as_str()).collect();
        assert_eq!(first_words, ["Boats", "Boats", "She", "It"]);
        assert_eq!(bytes.len(), 2 * TREEBANK.len() - "# newdoc id = GUM_news_harbor\n# newdoc id = GUM_fiction_tale\n".len());
        let e = read_training(&[gum], &["legal".to_string()]).unwrap_err();
        assert!(e.to_string().contains("no sentences of the genres asked for"), "{e}");
    }
}
