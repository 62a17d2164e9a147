//! `sitrep annotate --format conllu`: tokens, sentences, part-of-speech tags, lemmas and
//! dependency trees as CoNLL-U (shared/spec/eval-cli.md), from raw text or on the words of a given
//! CoNLL-U file.
//!
//! HEAD and DEPREL come from the embedded parser (a build without `models/parser.bin` prints `_`
//! there); FEATS and DEPS are not predicted and are `_`. With `--input conllu` the sentences,
//! comments, word forms and multiword-token lines are kept as given (MISC keeps only
//! `SpaceAfter=No`), and empty nodes (`8.1`) are left out: nothing here predicts them.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Context, Result};
use sitrep_doc::{Doc, DocMeta, Stage};
use sitrep_eval::conllu::{self, no_space_after};
use sitrep_nlp::{ParseScratch, ParserError, ParserModel, PerceptronTagger, Scratch, SyntaxAnnotator, TaggedWords, TaggerModel};

use crate::analyze::write_stdout;
use crate::{AnnotateArgs, AnnotateFormat, AnnotateInput};

pub fn run(args: &AnnotateArgs) -> Result<ExitCode> {
    if args.format != AnnotateFormat::Conllu {
        anyhow::bail!("`--input conllu` needs `--format conllu`");
    }
    let raw = sitrep_ingest::read_input(&args.file, &sitrep_ingest::Limits::default())?;
    let (text, warnings) = sitrep_ingest::decode(&raw.bytes);
    for w in warnings {
        eprintln!("sitrep: {}: warning: {w}", raw.source);
    }
    let out = match args.input {
        None => from_text(raw.source, text)?,
        Some(AnnotateInput::Conllu) => {
            let sentences = conllu::parse(&text).with_context(|| format!("{}: not CoNLL-U", raw.source))?;
            on_given_words(&sentences)?
        }
        Some(other) => anyhow::bail!("`--format conllu` reads raw text or `--input conllu`, not {other:?}"),
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn misc(space_after_no: bool) -> &'static str {
    if space_after_no {
        "SpaceAfter=No"
    } else {
        "_"
    }
}

/// The embedded parser; `None` when this build has none (HEAD and DEPREL are then `_`).
fn parser() -> Result<Option<&'static ParserModel>> {
    match ParserModel::embedded() {
        Ok(p) => Ok(Some(p)),
        Err(ParserError::NotEmbedded) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn on_given_words(sentences: &[conllu::Sentence]) -> Result<String> {
    let model = TaggerModel::embedded()?;
    let parser = parser()?;
    let mut scratch = Scratch::default();
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.words.iter().map(|w| w.form.as_str()).collect()).collect();
    let tagged: Vec<_> = words.iter().map(|w| model.annotate(w, &mut scratch)).collect();
    // All sentences parsed in one batch (faster than one by one), then printed one by one.
    let tags: Vec<[Vec<&str>; 2]> =
        tagged.iter().map(|t| [t.iter().map(|t| t.upos).collect(), t.iter().map(|t| t.xpos).collect()]).collect();
    let batch: Vec<TaggedWords<'_>> =
        words.iter().zip(&tags).map(|(words, [upos, xpos])| TaggedWords { words, upos, xpos }).collect();
    let mut all_arcs = Vec::new();
    if let Some(p) = parser {
        p.parse_batch_into(&batch, &mut ParseScratch::default(), &mut all_arcs);
    }
    let mut out = String::new();
    let mut at = 0;
    for (s, tagged) in sentences.iter().zip(&tagged) {
        for c in &s.comments {
            let _ = writeln!(out, "# {c}");
        }
        let arcs = parser.map(|_| all_arcs.get(at..at + s.words.len()).unwrap_or_default());
        at += s.words.len();
        for (i, (w, t)) in s.words.iter().zip(tagged).enumerate() {
            let (head, deprel) = match arcs.as_ref().and_then(|a| a.get(i)) {
                Some(a) => (a.head.to_string(), a.deprel),
                None => ("_".to_string(), "_"),
            };
            let id = i + 1;
            if let Some(m) = s.multiword_at(id) {
                let _ = writeln!(out, "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}", m.first, m.last, m.form, misc(no_space_after(&m.misc)));
            }
            let _ = writeln!(
                out,
                "{id}\t{}\t{}\t{}\t{}\t_\t{head}\t{deprel}\t_\t{}",
                w.form,
                t.lemma,
                t.upos,
                t.xpos,
                misc(no_space_after(&w.misc))
            );
        }
        out.push('\n');
    }
    Ok(out)
}

fn from_text(source: String, text: String) -> Result<String> {
    let mut doc = Doc::from_text(DocMeta { source, ..DocMeta::default() }, text);
    sitrep_nlp::RuleTokenizer.run(&mut doc)?;
    sitrep_nlp::RuleSentenceSplitter.run(&mut doc)?;
    match parser()? {
        Some(p) => SyntaxAnnotator::new(TaggerModel::embedded()?, p).run(&mut doc)?,
        None => PerceptronTagger::embedded()?.run(&mut doc)?,
    }
    let Some(syntax) = doc.syntax() else {
        anyhow::bail!("the tagger wrote no syntax layer");
    };
    let tokens = doc.tokens();
    let mut out = String::new();
    for (n, s) in doc.sentences().iter().enumerate() {
        let sentence_text: String = doc.slice(s.span).split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(out, "# sent_id = {}\n# text = {sentence_text}", n + 1);
        for (id, k) in (s.first_token..s.end_token).enumerate() {
            let t = &tokens[k];
            let glued = tokens.get(k + 1).is_some_and(|next| next.span.start() == t.span.end());
            let deprel = syntax.deprel.get(k).map_or("_", String::as_str);
            // A parsed root has no head and the label `root`; a tagged-only layer has `_`.
            let head = match syntax.head.get(k).copied().flatten() {
                Some(h) if h >= s.first_token => (h - s.first_token + 1).to_string(),
                Some(_) => "_".to_string(),
                None if deprel != "_" => "0".to_string(),
                None => "_".to_string(),
            };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{head}\t{deprel}\t_\t{}",
                id + 1,
                doc.slice(t.span),
                syntax.lemma.get(k).map_or("_", String::as_str),
                syntax.upos.get(k).map_or("_", String::as_str),
                syntax.xpos.get(k).map_or("_", String::as_str),
                misc(glued)
            );
        }
        out.push('\n');
    }
    Ok(out)
}
