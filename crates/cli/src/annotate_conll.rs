//! `sitrep annotate FILE --input conll --format conll`: named entities on given tokens
//! (shared/spec/eval-cli.md). Every input line is written back as it was, with one more column:
//! the predicted IOB2 tag on token lines, `O` on `-DOCSTART-` lines (so `conlleval` reads the
//! output as it reads the input), nothing on blank lines. The recogniser runs one `-DOCSTART-`
//! document at a time with the embedded gazetteer, as `sitrep eval ner` runs it.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Context, Result};
use sitrep_eval::conll::{self, Line};
use sitrep_nlp::{iob2_tags, NerModel, NerScratch};

use crate::analyze::write_stdout;
use crate::{AnnotateArgs, AnnotateFormat, AnnotateInput};

pub fn run(args: &AnnotateArgs) -> Result<ExitCode> {
    if args.input != Some(AnnotateInput::Conll) || args.format != AnnotateFormat::Conll {
        anyhow::bail!("named entities on given tokens need `--input conll --format conll`");
    }
    let raw = sitrep_ingest::read_input(&args.file, &sitrep_ingest::Limits::default())?;
    let (text, warnings) = sitrep_ingest::decode(&raw.bytes);
    for w in warnings {
        eprintln!("sitrep: {}: warning: {w}", raw.source);
    }
    let file = conll::parse(&text).with_context(|| format!("{}: not a CoNLL named-entity file", raw.source))?;
    let model = NerModel::embedded()?;
    let lexicon = crate::pipeline::place_lexicon()?;
    let mut scratch = NerScratch::default();
    // tags[doc][sentence][token]
    let mut tags: Vec<Vec<Vec<String>>> = Vec::with_capacity(file.documents.len());
    for d in &file.documents {
        let words: Vec<Vec<&str>> = d.sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
        let spans = model.tag_document(&refs, Some(lexicon.as_ref()), &mut scratch);
        tags.push(words.iter().zip(&spans).map(|(w, s)| iob2_tags(w.len(), s)).collect());
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for line in &file.lines {
        match line {
            Line::Blank(raw) => {
                let _ = writeln!(out, "{raw}");
            }
            Line::DocStart(raw) => {
                let sep = if raw.contains('\t') { '\t' } else { ' ' };
                let _ = writeln!(out, "{raw}{sep}O");
            }
            Line::Token { raw, doc, sentence, token } => {
                let tag = tags
                    .get(*doc)
                    .and_then(|d| d.get(*sentence))
                    .and_then(|s| s.get(*token))
                    .map_or("O", String::as_str);
                let sep = if raw.contains('\t') { '\t' } else { ' ' };
                let _ = writeln!(out, "{}{sep}{tag}", raw.trim_end());
            }
        }
    }
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
