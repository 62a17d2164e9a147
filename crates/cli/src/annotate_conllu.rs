//! `sitrep annotate --format conllu`: tokens, sentences, part-of-speech tags and lemmas as
//! CoNLL-U (shared/spec/eval-cli.md), from raw text or on the words of a given CoNLL-U file.
//!
//! Columns not predicted yet (FEATS, HEAD, DEPREL, DEPS) are `_`; HEAD and DEPREL will be filled
//! once the dependency parser exists. With `--input conllu` the sentences, comments, word forms
//! and multiword-token lines are kept as given (MISC keeps only `SpaceAfter=No`), and empty nodes
//! (`8.1`) are left out: nothing here predicts them.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Context, Result};
use sitrep_doc::{Doc, DocMeta, Stage};
use sitrep_eval::conllu::{self, no_space_after};
use sitrep_nlp::{PerceptronTagger, Scratch, TaggerModel};

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

fn on_given_words(sentences: &[conllu::Sentence]) -> Result<String> {
    let model = TaggerModel::embedded()?;
    let mut scratch = Scratch::default();
    let mut out = String::new();
    for s in sentences {
        for c in &s.comments {
            let _ = writeln!(out, "# {c}");
        }
        let words: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let tagged = model.annotate(&words, &mut scratch);
        for (i, (w, t)) in s.words.iter().zip(&tagged).enumerate() {
            let id = i + 1;
            if let Some(m) = s.multiword_at(id) {
                let _ = writeln!(out, "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}", m.first, m.last, m.form, misc(no_space_after(&m.misc)));
            }
            let _ = writeln!(
                out,
                "{id}\t{}\t{}\t{}\t{}\t_\t_\t_\t_\t{}",
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
    let tagger = PerceptronTagger::embedded()?;
    let mut doc = Doc::from_text(DocMeta { source, ..DocMeta::default() }, text);
    sitrep_nlp::RuleTokenizer.run(&mut doc)?;
    sitrep_nlp::RuleSentenceSplitter.run(&mut doc)?;
    tagger.run(&mut doc)?;
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
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t_\t_\t_\t{}",
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
