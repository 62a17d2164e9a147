//! `sitrep eval`: scores the pipeline on public benchmarks with the readers and scorers of
//! `sitrep-eval`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;
use serde_json::json;
use sitrep_doc::{Doc, DocMeta};
use sitrep_eval::geo::{self, GeoArticle, GeoScores, Predicted};

use crate::analyze::write_stdout;
use crate::pipeline;

pub mod attribution;
pub mod events;
pub mod ner;
pub mod clean;
pub mod parser;
pub mod tagger;
pub mod time;
pub mod tokenizer;

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Attribution (source, cue, content spans) on a PolNeAR split folder.
    Attribution(attribution::AttributionArgs),
    /// Event triggers against MEANTIME's event mentions (out of domain).
    Events(events::EventsArgs),
    /// Main-text extraction on trafilatura's evaldata.json (must-contain / must-not-contain
    /// snippets), with pages per second.
    Clean(clean::CleanEvalArgs),
    /// Toponym recognition and resolution on GeoWebNews (folder with GWN.xml and brat/).
    Geo(GeoArgs),
    /// Time expressions with the TempEval-3 measures on TimeML (.tml) or MEANTIME (.xml) files.
    Time(time::TimeArgs),
    /// Part-of-speech tags and lemmas on a CoNLL-U file, with its gold tokenization.
    Tagger(tagger::TaggerArgs),
    /// Tokens and sentences from raw text rebuilt from CoNLL-U files (token and sentence F1),
    /// and the tokenizer's speed.
    Tokenizer(tokenizer::TokenizerArgs),
    /// Dependency parsing (UAS, LAS) on CoNLL-U files, with gold tokenization and predicted tags.
    Parser(parser::ParserArgs),
    /// Named entities (PER, ORG, LOC, MISC) on CoNLL-2003-style files, scored as conlleval does.
    Ner(ner::NerArgs),
}

#[derive(clap::Args, Debug)]
pub struct GeoArgs {
    /// The GeoWebNews folder.
    pub dir: PathBuf,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also print, on standard error, each found toponym resolved more than 161 km off, and
    /// each missed or spurious one; and each seat of government read otherwise than annotated
    /// (SEAT).
    #[arg(long)]
    pub show_errors: bool,
}

pub fn run(cmd: &EvalCommand) -> Result<ExitCode> {
    match cmd {
        EvalCommand::Attribution(args) => attribution::run(args),
        EvalCommand::Events(args) => events::run(args),
        EvalCommand::Clean(args) => clean::run(args),
        EvalCommand::Geo(args) => geo_eval(args),
        EvalCommand::Time(args) => time::run(args),
        EvalCommand::Tagger(args) => tagger::run(args),
        EvalCommand::Tokenizer(args) => tokenizer::run(args),
        EvalCommand::Parser(args) => parser::run(args),
        EvalCommand::Ner(args) => ner::run(args),
    }
}

fn geo_eval(args: &GeoArgs) -> Result<ExitCode> {
    let articles = geo::read_dir(&args.dir)
        .with_context(|| format!("cannot read GeoWebNews from {}", args.dir.display()))?;
    if articles.is_empty() {
        anyhow::bail!("{}: GWN.xml lists no articles", args.dir.display());
    }
    let full = pipeline::full()?;
    let names = full.stage_names();
    let upto = names
        .iter()
        .position(|n| *n == "places")
        .map_or(names.len(), |i| i + 1);
    let gazetteer = pipeline::gazetteer()?;
    let mut seats = SeatReadings::default();
    let half = articles.len() / 2;
    let mut splits = [
        GeoScores::default(),
        GeoScores::default(),
        GeoScores::default(),
    ];
    for (i, article) in articles.iter().enumerate() {
        let meta = DocMeta {
            source: format!("GeoWebNews/{}", article.id),
            ..DocMeta::default()
        };
        let mut doc = Doc::from_text(meta, article.text.clone());
        full.run_first(upto, &mut doc)
            .with_context(|| format!("article {}: analysis failed", article.id))?;
        let layer = doc.places();
        let preds: Vec<Predicted> = layer
            .mentions
            .iter()
            .filter_map(|m| {
                layer.places.get(m.place).map(|p| Predicted {
                    span: m.span,
                    lat: p.lat,
                    lon: p.lon,
                })
            })
            .collect();
        if args.show_errors {
            show_errors(article, &doc, &preds);
        }
        seats.add(article, &doc, gazetteer, args.show_errors);
        splits[if i < half { 0 } else { 1 }].add(article, &preds);
        splits[2].add(article, &preds);
    }
    let labels = [
        format!("tune (articles 1-{half})"),
        format!("test (articles {}-{})", half + 1, articles.len()),
        format!("all ({})", articles.len()),
    ];
    let out = if args.json {
        let rows: Vec<_> = labels
            .iter()
            .zip(&splits)
            .map(|(l, s)| to_json(l, s))
            .collect();
        format!("{}\n", serde_json::to_string_pretty(&json!({"splits": rows, "seats_of_government": seats.to_json()}))?)
    } else {
        format!("{}{}", table(&labels, &splits), seats.line())
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// How the entity layer reads the seats of government GeoWebNews annotates (`sitrep_nlp`'s
/// metonymy): a mention read as its state against the annotation's class. GeoWebNews calls a
/// toponym metonymic for any non-literal use ("Why is London getting so bloody?" is its people),
/// so its non-literal seats bound what a state reading can find; Mixed uses count on neither
/// side, and only gold toponyms with an entity mention at their exact span are counted.
#[derive(Default)]
struct SeatReadings {
    /// (read as the state, gold non-literal) -> count.
    counts: [[usize; 2]; 2],
}

impl SeatReadings {
    fn add(&mut self, article: &GeoArticle, doc: &Doc, gazetteer: &sitrep_geo::Gazetteer, show_errors: bool) {
        let layer = doc.entities();
        for g in &article.toponyms {
            let gold_state = match g.kind.as_str() {
                "Metonymic" | "Non_Literal_Modifier" => true,
                "Literal" | "Literal_Modifier" | "Coercion" => false,
                _ => continue,
            };
            if gazetteer.seat_of_government(&article.text[g.span.range()]).is_none() {
                continue;
            }
            let Some(m) = layer.mentions.iter().find(|m| m.span == g.span) else { continue };
            let read_state = m.kind == sitrep_doc::MentionKind::Metonym;
            self.counts[usize::from(read_state)][usize::from(gold_state)] += 1;
            if show_errors && read_state != gold_state {
                let text = &article.text;
                let (from, to) = (text.floor_char_boundary(g.span.start().saturating_sub(60)), text.ceil_char_boundary(g.span.end() + 60));
                eprintln!("SEAT\t{}\t{}\t{}\tread as {}\t{}", article.id, &text[g.span.range()], g.kind, if read_state { "state" } else { "place" }, text[from..to].replace('\n', " "));
            }
        }
    }
    fn to_json(&self) -> serde_json::Value {
        let c = self.counts;
        json!({"read_as_state": {"gold_non_literal": c[1][1], "gold_literal": c[1][0]},
               "read_as_place": {"gold_non_literal": c[0][1], "gold_literal": c[0][0]}})
    }
    fn line(&self) -> String {
        let c = self.counts;
        format!(
            "Seats of government with an entity mention: {} read as their state ({} of them non-literal in GeoWebNews), \
             {} read as places ({} of them non-literal).\n",
            c[1][0] + c[1][1],
            c[1][1],
            c[0][0] + c[0][1],
            c[0][1]
        )
    }
}

fn to_json(label: &str, s: &GeoScores) -> serde_json::Value {
    let prf = |p: &geo::Prf| {
        json!({"tp": p.tp, "fp": p.fp, "fn": p.fn_, "precision": p.precision(),
               "recall": p.recall(), "f1": p.f1()})
    };
    json!({
        "split": label, "articles": s.articles, "gold": s.gold, "predicted": s.predicted,
        "exact": prf(&s.exact), "overlap": prf(&s.overlap),
        "literal_recall": s.literal_recall(),
        "resolved": s.resolved(), "accuracy_161km": s.accuracy_161(),
        "mean_km": s.mean_km(), "median_km": s.median_km(), "auc": s.auc(),
    })
}

fn table(labels: &[String], splits: &[GeoScores]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<22} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} | {:>5} {:>7} {:>8} {:>7} {:>6}\n",
        "GeoWebNews", "gold", "pred", "P", "R", "F1", "P~", "R~", "F1~", "litR~", "found", "<161km", "mean km", "med km", "AUC"
    ));
    for (l, s) in labels.iter().zip(splits) {
        let pct = |x: f64| format!("{:.1}", 100.0 * x);
        out.push_str(&format!(
            "{:<22} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} | {:>5} {:>7} {:>8.0} {:>7.1} {:>6.3}\n",
            l,
            s.gold,
            s.predicted,
            pct(s.exact.precision()),
            pct(s.exact.recall()),
            pct(s.exact.f1()),
            pct(s.overlap.precision()),
            pct(s.overlap.recall()),
            pct(s.overlap.f1()),
            pct(s.literal_recall()),
            s.resolved(),
            pct(s.accuracy_161()),
            s.mean_km(),
            s.median_km(),
            s.auc(),
        ));
    }
    out.push_str(
        "P R F1: exact span match; ~: overlapping match; litR~: recall on literal toponyms only;\n\
         found: gold toponyms with coordinates that a prediction overlaps; <161km: share of those\n\
         resolved within 161 km; AUC: mean ln(1+km)/ln(20039), lower is better.\n",
    );
    out
}

/// Diagnostics for tuning: far-off resolutions, misses and spurious toponyms of one article.
fn show_errors(article: &GeoArticle, doc: &Doc, preds: &[Predicted]) {
    let pairs = geo::match_overlapping(&article.toponyms, preds);
    let text = &article.text;
    for &(gi, pi) in &pairs {
        let g = &article.toponyms[gi];
        let p = &preds[pi];
        if let Some(c) = g.coords {
            let km = geo::haversine_km(c, (p.lat, p.lon));
            if km > geo::ACCURACY_KM {
                let place = doc
                    .places()
                    .mentions
                    .iter()
                    .find(|m| m.span == p.span)
                    .and_then(|m| doc.places().places.get(m.place));
                eprintln!(
                    "FAR\t{}\t{}\t{:.0} km\tgold {:.2},{:.2}\tgot {} ({}, {:?}) {:.2},{:.2}",
                    article.id,
                    &text[g.span.range()],
                    km,
                    c.0,
                    c.1,
                    place.map_or("?", |p| p.name.as_str()),
                    place.and_then(|p| p.country.as_deref()).unwrap_or("-"),
                    place.map(|p| p.kind),
                    p.lat,
                    p.lon
                );
            }
        }
    }
    for (gi, g) in article.toponyms.iter().enumerate() {
        if !pairs.iter().any(|&(x, _)| x == gi) {
            eprintln!(
                "MISS\t{}\t{}\t{}",
                article.id,
                &text[g.span.range()],
                g.kind
            );
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if !pairs.iter().any(|&(_, x)| x == pi) {
            eprintln!("SPUR\t{}\t{}", article.id, &text[p.span.range()]);
        }
    }
}
