//! A reader for CoNLL-U, the format of the Universal Dependencies treebanks the tagger and
//! parser are trained and scored on.
//!
//! A sentence is its comment lines, its syntactic words (lines with an integer ID, the units
//! that carry UPOS, XPOS, lemmas and heads), and its multiword tokens (lines with a range ID such
//! as `1-2`, the surface token "don't" spanning the words "do" and "n't"). Empty nodes (`8.1`,
//! used only by enhanced dependencies) are skipped: no tagger or basic-tree parser predicts
//! them. The reader refuses a malformed line with its line number; it never panics.

use std::path::Path;

/// A malformed CoNLL-U input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConlluError {
    #[error("{path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
}

/// One syntactic word (a line with an integer ID).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// The head's 1-based ID, 0 for the root; `None` when given as `_`.
    pub head: Option<usize>,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

/// A multiword token: words `first..=last` (1-based) written as one surface form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MultiwordToken {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

/// One sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// Comment lines without the leading `#` and one space.
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiword: Vec<MultiwordToken>,
}

impl Sentence {
    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }

    /// The multiword token that starts at word `id` (1-based), if any.
    pub fn multiword_at(&self, id: usize) -> Option<&MultiwordToken> {
        self.multiword.iter().find(|m| m.first == id)
    }
}

/// True when a MISC column holds `SpaceAfter=No`.
pub fn no_space_after(misc: &str) -> bool {
    misc.split('|').any(|f| f == "SpaceAfter=No")
}

/// Reads a CoNLL-U file.
pub fn read_file(path: &Path) -> Result<Vec<Sentence>, ConlluError> {
    let text = std::fs::read_to_string(path)
        .map_err(|source| ConlluError::Read { path: path.display().to_string(), source })?;
    parse(&text)
}

/// Parses CoNLL-U text.
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            if !cur.words.is_empty() || !cur.comments.is_empty() {
                finish(&mut out, std::mem::take(&mut cur), line_no)?;
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            cur.comments.push(c.strip_prefix(' ').unwrap_or(c).to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(syntax(line_no, format!("{} columns, expected 10", cols.len())));
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // an empty node
        }
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if a >= 1 && a <= b => (a, b),
                _ => return Err(syntax(line_no, format!("bad range ID {id:?}"))),
            };
            if first != cur.words.len() + 1 {
                return Err(syntax(line_no, format!("range {id} does not start at the next word")));
            }
            cur.multiword.push(MultiwordToken { first, last, form: cols[1].into(), misc: cols[9].into() });
            continue;
        }
        let n: usize = id.parse().map_err(|_| syntax(line_no, format!("bad ID {id:?}")))?;
        if n != cur.words.len() + 1 {
            return Err(syntax(line_no, format!("word ID {n} after {} words", cur.words.len())));
        }
        let head = match cols[6] {
            "_" => None,
            h => Some(h.parse().map_err(|_| syntax(line_no, format!("bad HEAD {h:?}")))?),
        };
        cur.words.push(Word {
            form: cols[1].into(),
            lemma: cols[2].into(),
            upos: cols[3].into(),
            xpos: cols[4].into(),
            feats: cols[5].into(),
            head,
            deprel: cols[7].into(),
            deps: cols[8].into(),
            misc: cols[9].into(),
        });
    }
    if !cur.words.is_empty() || !cur.comments.is_empty() {
        finish(&mut out, cur, text.lines().count() + 1)?;
    }
    Ok(out)
}

fn finish(out: &mut Vec<Sentence>, s: Sentence, line: usize) -> Result<(), ConlluError> {
    if s.words.is_empty() {
        return Err(syntax(line, "a sentence without words".into()));
    }
    if let Some(m) = s.multiword.iter().find(|m| m.last > s.words.len()) {
        return Err(syntax(line, format!("range {}-{} runs past the last word", m.first, m.last)));
    }
    if let Some(h) = s.words.iter().filter_map(|w| w.head).find(|&h| h > s.words.len()) {
        return Err(syntax(line, format!("HEAD {h} past the last word")));
    }
    out.push(s);
    Ok(())
}

fn syntax(line: usize, message: String) -> ConlluError {
    ConlluError::Syntax { line, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = t1\n# text = They don't sail.\n\
1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
3.1\tsail\tsail\tVERB\tVB\t_\t_\t_\t0:root\t_\n\
4\tsail\tsail\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_multiword_tokens_and_skips_empty_nodes() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert_eq!(s.comment("text"), Some("They don't sail."));
        let forms: Vec<_> = s.words.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(forms, ["They", "do", "n't", "sail", "."]);
        assert_eq!(s.multiword_at(2).map(|m| m.form.as_str()), Some("don't"));
        assert_eq!(s.words[3].head, Some(0));
        assert!(no_space_after(&s.words[3].misc));
    }

    #[test]
    fn refuses_malformed_lines_with_their_number() {
        let e = parse("1\tA\ta\tX\tX\t_\t0\troot\t_\n").unwrap_err();
        assert!(e.to_string().starts_with("line 1:"), "{e}");
        let e = parse("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n").unwrap_err();
        assert!(e.to_string().starts_with("line 2:"), "{e}");
        assert!(parse("1\tA\ta\tX\tX\t_\t9\troot\t_\t_\n").is_err());
    }

    #[test]
    fn reads_a_last_sentence_without_a_blank_line() {
        let s = parse("1\tA\ta\tX\tX\t_\t0\troot\t_\t_").unwrap();
        assert_eq!(s[0].words.len(), 1);
    }
}
