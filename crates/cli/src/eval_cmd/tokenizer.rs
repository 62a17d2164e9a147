//! `sitrep eval tokenizer`: tokens and sentences from raw text against a CoNLL-U treebank, and
//! the speed of tokenizing and splitting on one thread.
//!
//! The raw text is rebuilt from the treebank as the CoNLL 2018 shared task rebuilt it: the
//! `# text` of each sentence, sentences of one paragraph joined by a space, paragraphs (and
//! documents) by a blank line. Gold tokens are the surface tokens (a multiword token such as
//! GUM's "don't" counts once) located in that text; a token or sentence counts as right when its
//! byte span is exactly a gold one. Speed is MB (10^6 bytes) of raw text per second through the
//! tokenizer and the sentence splitter, repeated for `--seconds`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use serde_json::json;
use sitrep_eval::conllu::Sentence;

use crate::analyze::write_stdout;

#[derive(clap::Args, Debug)]
pub struct TokenizerArgs {
    /// Test treebanks (CoNLL-U with `# text` comments).
    #[arg(long, required = true)]
    pub test: Vec<PathBuf>,
    /// Seconds to spend timing the tokenizer and splitter (per file).
    #[arg(long, default_value_t = 2.0)]
    pub seconds: f64,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also print, on standard error, each predicted token that is not a gold token ("TOKEN")
    /// and each gold sentence end the splitter missed ("MISSED-END") or predicted sentence end
    /// that is not a gold one ("FALSE-END"), with some context.
    #[arg(long)]
    pub show_errors: bool,
}

/// Raw text rebuilt from a treebank, with the byte spans of its gold tokens and sentences.
#[derive(Debug, Default, PartialEq)]
pub struct RawTreebank {
    pub text: String,
    /// Surface tokens (a multiword token once).
    pub tokens: Vec<(usize, usize)>,
    /// Syntactic words: the parts of a multiword token whose forms spell it ("ca" + "n't" of
    /// "can't") get their own spans; one whose parts do not spell it counts as one word.
    pub words: Vec<(usize, usize)>,
    pub sentences: Vec<(usize, usize)>,
    /// Gold tokens that could not be found in their sentence's text.
    pub unaligned: usize,
}

/// Rebuilds the raw text of `sentences` (see the module documentation).
pub fn raw_treebank(sentences: &[Sentence]) -> RawTreebank {
    let mut raw = RawTreebank::default();
    for s in sentences {
        let Some(text) = s.comment("text") else { continue };
        if !raw.text.is_empty() {
            let new_par = s.comments.iter().any(|c| c.starts_with("newpar") || c.starts_with("newdoc"));
            raw.text.push_str(if new_par { "\n\n" } else { " " });
        }
        let base = raw.text.len();
        raw.text.push_str(text);
        let mut at = 0;
        let (mut first, mut last) = (None, None);
        let mut id = 1;
        while id <= s.words.len() {
            let (form, next) = match s.multiword_at(id) {
                Some(m) => (m.form.as_str(), m.last + 1),
                None => (s.words[id - 1].form.as_str(), id + 1),
            };
            let parts = &s.words[id - 1..(next - 1).min(s.words.len())];
            id = next;
            let rest = &text[at..];
            let skipped = rest.len() - rest.trim_start().len();
            let found = if rest[skipped..].starts_with(form) {
                Some(at + skipped)
            } else {
                // A form written differently from the text (rare): look a little further on.
                rest.get(..rest.len().min(skipped + form.len() + 8)).and_then(|w| w.find(form)).map(|k| at + k)
            };
            match found {
                Some(start) => {
                    let end = start + form.len();
                    raw.tokens.push((base + start, base + end));
                    let spelled = parts.len() > 1 && parts.iter().map(|w| w.form.as_str()).collect::<String>() == form;
                    if spelled {
                        let mut k = base + start;
                        for w in parts {
                            raw.words.push((k, k + w.form.len()));
                            k += w.form.len();
                        }
                    } else {
                        raw.words.push((base + start, base + end));
                    }
                    first.get_or_insert(base + start);
                    last = Some(base + end);
                    at = end;
                }
                None => raw.unaligned += 1,
            }
        }
        if let (Some(a), Some(b)) = (first, last) {
            raw.sentences.push((a, b));
        }
    }
    raw
}

/// Precision, recall and F1 of predicted spans against gold spans (both sorted).
fn prf(gold: &[(usize, usize)], predicted: &[(usize, usize)]) -> (f64, f64, f64) {
    let gold_set: std::collections::HashSet<&(usize, usize)> = gold.iter().collect();
    let right = predicted.iter().filter(|p| gold_set.contains(p)).count() as f64;
    let p = if predicted.is_empty() { 0.0 } else { 100.0 * right / predicted.len() as f64 };
    let r = if gold.is_empty() { 0.0 } else { 100.0 * right / gold.len() as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

fn show_errors(raw: &RawTreebank, tokens: &[(usize, usize)], sentences: &[(usize, usize)]) {
    let around = |a: usize, b: usize| {
        let from = raw.text.floor_char_boundary(a.saturating_sub(30));
        let to = raw.text.ceil_char_boundary((b + 30).min(raw.text.len()));
        format!("{}[{}]{}", &raw.text[from..a], &raw.text[a..b], &raw.text[b..to]).replace('\n', "¶")
    };
    let gold: std::collections::HashSet<&(usize, usize)> = raw.words.iter().collect();
    for t in tokens.iter().filter(|t| !gold.contains(t)) {
        eprintln!("TOKEN\t{}", around(t.0, t.1));
    }
    let gold_ends: std::collections::HashSet<usize> = raw.sentences.iter().map(|s| s.1).collect();
    let ends: std::collections::HashSet<usize> = sentences.iter().map(|s| s.1).collect();
    for s in &raw.sentences {
        if !ends.contains(&s.1) {
            eprintln!("MISSED-END\t{}", around(s.1, s.1));
        }
    }
    for s in sentences {
        if !gold_ends.contains(&s.1) {
            eprintln!("FALSE-END\t{}", around(s.1, s.1));
        }
    }
}

pub fn run(args: &TokenizerArgs) -> Result<ExitCode> {
    let mut out = String::new();
    let mut all = Vec::new();
    for path in &args.test {
        let sentences = sitrep_eval::conllu::read_file(path)?;
        let raw = raw_treebank(&sentences);
        let tokens = sitrep_nlp::tokenize(&raw.text);
        let split = sitrep_nlp::split_sentences(&raw.text, &tokens);
        let predicted_tokens: Vec<(usize, usize)> = tokens.iter().map(|t| (t.span.start(), t.span.end())).collect();
        let predicted_sentences: Vec<(usize, usize)> = split.iter().map(|s| (s.span.start(), s.span.end())).collect();
        if args.show_errors {
            show_errors(&raw, &predicted_tokens, &predicted_sentences);
        }
        let tok = prf(&raw.tokens, &predicted_tokens);
        let word = prf(&raw.words, &predicted_tokens);
        let sent = prf(&raw.sentences, &predicted_sentences);
        let (mut bytes, mut rounds) = (0usize, 0usize);
        let started = Instant::now();
        while rounds == 0 || started.elapsed().as_secs_f64() < args.seconds {
            let t = sitrep_nlp::tokenize(&raw.text);
            let s = sitrep_nlp::split_sentences(&raw.text, &t);
            std::hint::black_box(s.len());
            bytes += raw.text.len();
            rounds += 1;
        }
        let mb_per_second = bytes as f64 / 1e6 / started.elapsed().as_secs_f64();
        if args.json {
            all.push(json!({
                "file": path.display().to_string(), "bytes": raw.text.len(),
                "gold_tokens": raw.tokens.len(), "predicted_tokens": predicted_tokens.len(), "unaligned_gold_tokens": raw.unaligned,
                "token_precision": tok.0, "token_recall": tok.1, "token_f1": tok.2,
                "gold_words": raw.words.len(), "word_precision": word.0, "word_recall": word.1, "word_f1": word.2,
                "gold_sentences": raw.sentences.len(), "predicted_sentences": predicted_sentences.len(),
                "sentence_precision": sent.0, "sentence_recall": sent.1, "sentence_f1": sent.2,
                "mb_per_second": mb_per_second,
            }));
        } else {
            out.push_str(&format!(
                "{}: {} bytes of raw text, {} gold tokens ({} not found in the text), {} gold sentences\n\
                 tokens     P {:.2}  R {:.2}  F1 {:.2}  ({} predicted)\n\
                 words      P {:.2}  R {:.2}  F1 {:.2}  ({} gold)\n\
                 sentences  P {:.2}  R {:.2}  F1 {:.2}  ({} predicted)\n\
                 speed {:.1} MB/s (tokens and sentences, one thread, {rounds} passes)\n",
                path.display(),
                raw.text.len(),
                raw.tokens.len(),
                raw.unaligned,
                raw.sentences.len(),
                tok.0,
                tok.1,
                tok.2,
                predicted_tokens.len(),
                word.0,
                word.1,
                word.2,
                raw.words.len(),
                sent.0,
                sent.1,
                sent.2,
                predicted_sentences.len(),
                mb_per_second
            ));
        }
    }
    if args.json {
        out = format!("{}\n", serde_json::to_string_pretty(&all)?);
    }
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_text_keeps_paragraphs_and_finds_every_surface_token() {
        let conllu = "# newdoc id = d1\n# newpar\n# text = We can't go.\n1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tca\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
# text = Rain fell.\n1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
# newpar\n# text = Done.\n1\tDone\tdo\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";
        let sentences = sitrep_eval::conllu::parse(conllu).unwrap();
        let raw = raw_treebank(&sentences);
        assert_eq!(raw.text, "We can't go. Rain fell.\n\nDone.");
        let forms: Vec<&str> = raw.tokens.iter().map(|&(a, b)| &raw.text[a..b]).collect();
        assert_eq!(forms, ["We", "can't", "go", ".", "Rain", "fell", ".", "Done", "."]);
        let words: Vec<&str> = raw.words.iter().map(|&(a, b)| &raw.text[a..b]).collect();
        assert_eq!(words, ["We", "ca", "n't", "go", ".", "Rain", "fell", ".", "Done", "."]);
        let sents: Vec<&str> = raw.sentences.iter().map(|&(a, b)| &raw.text[a..b]).collect();
        assert_eq!(sents, ["We can't go.", "Rain fell.", "Done."]);
        assert_eq!(raw.unaligned, 0);
    }

    #[test]
    fn spans_score_by_exact_match() {
        assert_eq!(prf(&[(0, 2), (3, 5)], &[(0, 2), (3, 4), (4, 5)]).2, 40.0);
    }
}
