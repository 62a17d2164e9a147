//! A reader for CoNLL-2003-style named-entity files (CoNLL-2003, CoNLL++, WNUT-17) and the
//! entity-level scorer of the shared task's `conlleval`.
//!
//! A file is a sequence of lines: `-DOCSTART-` lines open a document, blank lines end a
//! sentence, and every other line is a token whose first column is the word and whose last
//! column, when there are two or more, is its gold tag. Columns are split on tabs when the line
//! has one, otherwise on spaces. The reader keeps every line as it was, so `sitrep annotate
//! --input conll` can write each back with one more column.
//!
//! Names are read from tags as `conlleval` reads them, which accepts IOB1 (CoNLL++'s column),
//! IOB2 and BIOES alike: a name starts at a `B-`/`S-`/`U-` tag, or at an `I-`/`E-`/`L-` tag after
//! `O` or after a tag of another type, and goes on while `I-`/`E-`/`L-` tags of its type follow
//! (ending after an `E-`/`L-`/`S-`/`U-`). WNUT-17's types are mapped onto CoNLL's four by
//! [`coarse_type`] so that a CoNLL-trained recogniser can be scored on it.

/// A malformed named-entity file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConllError {
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
}

/// One input line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// A `-DOCSTART-` line (starts a new document).
    DocStart(String),
    /// A blank line (ends a sentence).
    Blank(String),
    /// A token line: document, sentence in the document, token in the sentence.
    Token { raw: String, doc: usize, sentence: usize, token: usize },
}

/// One sentence: its words, and their gold tags when the file has a tag column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<String>,
}

/// One document (the sentences between two `-DOCSTART-` lines). A file without `-DOCSTART-`
/// lines is read with one document per sentence: nothing says that its sentences belong together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub sentences: Vec<Sentence>,
}

/// A whole file: its documents and its lines, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConllFile {
    pub documents: Vec<Document>,
    pub lines: Vec<Line>,
    /// Whether token lines carry a gold tag column.
    pub tagged: bool,
}

/// A name: tokens `start..end` of a sentence and its type as written in the tags.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

fn columns(line: &str) -> Vec<&str> {
    if line.contains('\t') {
        line.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect()
    } else {
        line.split_whitespace().collect()
    }
}

fn looks_like_tag(t: &str) -> bool {
    t == "O" || (t.len() > 2 && matches!(&t[..2], "B-" | "I-" | "E-" | "S-" | "L-" | "U-"))
}

/// Reads a named-entity file. The tag column is taken to be there when the last column of every
/// token line with two or more columns looks like a tag; a line that breaks that is refused.
pub fn parse(text: &str) -> Result<ConllFile, ConllError> {
    let mut file = ConllFile::default();
    let has_docstart = text.lines().any(|l| l.trim_start().starts_with("-DOCSTART-"));
    // The tag column exists when the first token line has one.
    file.tagged = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("-DOCSTART-"))
        .is_some_and(|l| {
            let c = columns(l);
            c.len() >= 2 && c.last().is_some_and(|t| looks_like_tag(t))
        });
    let mut doc = Document::default();
    let mut sentence = Sentence::default();
    let flush_sentence = |doc: &mut Document, sentence: &mut Sentence| {
        if !sentence.words.is_empty() {
            doc.sentences.push(std::mem::take(sentence));
        }
    };
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        let trimmed = line.trim();
        if trimmed.starts_with("-DOCSTART-") {
            flush_sentence(&mut doc, &mut sentence);
            if !doc.sentences.is_empty() {
                file.documents.push(std::mem::take(&mut doc));
            }
            file.lines.push(Line::DocStart(line.to_string()));
            continue;
        }
        if trimmed.is_empty() {
            flush_sentence(&mut doc, &mut sentence);
            if !has_docstart && !doc.sentences.is_empty() {
                file.documents.push(std::mem::take(&mut doc));
            }
            file.lines.push(Line::Blank(line.to_string()));
            continue;
        }
        let cols = columns(trimmed);
        let Some(word) = cols.first() else { continue };
        if file.tagged {
            let tag = match cols.last() {
                Some(t) if cols.len() >= 2 && looks_like_tag(t) => t,
                _ => {
                    return Err(ConllError::Syntax {
                        line: n + 1,
                        message: format!("expected a word and a tag (O, B-X, I-X), found {trimmed:?}"),
                    })
                }
            };
            sentence.tags.push((*tag).to_string());
        }
        file.lines.push(Line::Token {
            raw: line.to_string(),
            doc: file.documents.len(),
            sentence: doc.sentences.len(),
            token: sentence.words.len(),
        });
        sentence.words.push((*word).to_string());
    }
    flush_sentence(&mut doc, &mut sentence);
    if !doc.sentences.is_empty() {
        file.documents.push(doc);
    }
    Ok(file)
}

fn split_tag(tag: &str) -> (char, &str) {
    match tag.split_once('-') {
        Some((p, t)) if p.len() == 1 => (p.chars().next().unwrap_or('O'), t),
        _ => ('O', ""),
    }
}

/// The names in a sentence's tags, read as `conlleval` reads them.
pub fn chunks<S: AsRef<str>>(tags: &[S]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut prev: (char, &str) = ('O', "");
    for (i, tag) in tags.iter().enumerate() {
        let (p, t) = split_tag(tag.as_ref());
        let starts = match p {
            'B' | 'S' | 'U' => true,
            'I' | 'E' | 'L' => prev.0 == 'O' || prev.1 != t || matches!(prev.0, 'E' | 'L' | 'S' | 'U'),
            _ => false,
        };
        let ends_before = open.is_some() && (p == 'O' || starts);
        if ends_before {
            if let Some((s, label)) = open.take() {
                out.push(Chunk { start: s, end: i, label: label.to_string() });
            }
        }
        if starts {
            open = Some((i, t));
        }
        if matches!(p, 'E' | 'L' | 'S' | 'U') {
            if let Some((s, label)) = open.take() {
                out.push(Chunk { start: s, end: i + 1, label: label.to_string() });
            }
        }
        prev = (p, t);
    }
    if let Some((s, label)) = open {
        out.push(Chunk { start: s, end: tags.len(), label: label.to_string() });
    }
    out
}

/// A type of another scheme mapped onto CoNLL's PER, ORG, LOC, MISC (WNUT-17: person,
/// location, corporation, group, product, creative-work). CoNLL's own types map to themselves.
pub fn coarse_type(label: &str) -> &str {
    match label {
        "person" | "PERSON" => "PER",
        "location" | "GPE" | "FAC" => "LOC",
        "corporation" | "group" => "ORG",
        "product" | "creative-work" | "NORP" | "EVENT" | "WORK_OF_ART" | "LAW" | "LANGUAGE" => "MISC",
        other => other,
    }
}

/// Exact-match entity counts per type, as `conlleval` reports them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NerScores {
    /// (label, true positives, predicted, gold), sorted by label.
    pub by_type: Vec<(String, usize, usize, usize)>,
    /// Counts ignoring the type (span only).
    pub untyped: (usize, usize, usize),
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 { 0.0 } else { 100.0 * tp as f64 / pred as f64 };
    let r = if gold == 0 { 0.0 } else { 100.0 * tp as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

impl NerScores {
    fn row(&mut self, label: &str) -> &mut (String, usize, usize, usize) {
        let i = match self.by_type.iter().position(|r| r.0 == label) {
            Some(i) => i,
            None => {
                self.by_type.push((label.to_string(), 0, 0, 0));
                self.by_type.sort();
                self.by_type.iter().position(|r| r.0 == label).unwrap_or(0)
            }
        };
        &mut self.by_type[i]
    }

    /// Adds one sentence's gold and predicted names.
    pub fn add(&mut self, gold: &[Chunk], predicted: &[Chunk]) {
        for g in gold {
            self.row(&g.label).3 += 1;
        }
        for p in predicted {
            let hit = gold.contains(p);
            let row = self.row(&p.label);
            row.2 += 1;
            row.1 += usize::from(hit);
        }
        self.untyped.2 += gold.len();
        self.untyped.1 += predicted.len();
        self.untyped.0 += predicted.iter().filter(|p| gold.iter().any(|g| g.start == p.start && g.end == p.end)).count();
    }

    /// (tp, predicted, gold) over every type.
    pub fn total(&self) -> (usize, usize, usize) {
        self.by_type.iter().fold((0, 0, 0), |a, r| (a.0 + r.1, a.1 + r.2, a.2 + r.3))
    }

    /// Overall (precision, recall, F1) in percent.
    pub fn overall(&self) -> (f64, f64, f64) {
        let (tp, p, g) = self.total();
        prf(tp, p, g)
    }

    /// (precision, recall, F1) of one type, in percent.
    pub fn of_type(&self, label: &str) -> (f64, f64, f64) {
        self.by_type.iter().find(|r| r.0 == label).map_or((0.0, 0.0, 0.0), |r| prf(r.1, r.2, r.3))
    }

    /// Span-only (precision, recall, F1), in percent.
    pub fn untyped_prf(&self) -> (f64, f64, f64) {
        prf(self.untyped.0, self.untyped.1, self.untyped.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documents_sentences_and_tags() {
        let text = "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nBerglund NNP I-NP I-PER\nleft VBD B-VP O\n\n\
                    Kessa NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nRehn NNP B-NP B-PER\n";
        let f = parse(text).unwrap();
        assert!(f.tagged);
        assert_eq!(f.documents.len(), 2);
        assert_eq!(f.documents[0].sentences.len(), 2);
        assert_eq!(f.documents[0].sentences[0].words, ["Anna", "Berglund", "left"]);
        assert_eq!(f.documents[0].sentences[0].tags, ["B-PER", "I-PER", "O"]);
        assert_eq!(f.lines.len(), text.lines().count());
        assert!(matches!(&f.lines[8], Line::DocStart(_)));
        assert!(matches!(&f.lines[10], Line::Token { doc: 1, sentence: 0, token: 0, .. }));
    }

    #[test]
    fn without_docstart_every_sentence_is_a_document() {
        let f = parse("Kessa\tB-location\nrocks\tO\n\nRehn\tB-person\n").unwrap();
        assert_eq!(f.documents.len(), 2);
        assert_eq!(coarse_type("location"), "LOC");
    }

    #[test]
    fn untagged_files_are_read_and_bad_tags_refused() {
        let f = parse("Kessa\nrocks\n").unwrap();
        assert!(!f.tagged);
        assert_eq!(f.documents[0].sentences[0].words, ["Kessa", "rocks"]);
        assert!(parse("Kessa NNP B-LOC\nrocks VBZ\n").is_err());
    }

    #[test]
    fn chunks_read_iob1_iob2_and_bioes() {
        let c = |tags: &[&str]| chunks(tags).into_iter().map(|c| (c.start, c.end, c.label)).collect::<Vec<_>>();
        let want = vec![(0, 2, "PER".to_string()), (2, 3, "PER".to_string()), (4, 5, "LOC".to_string())];
        assert_eq!(c(&["B-PER", "I-PER", "B-PER", "O", "B-LOC"]), want);
        assert_eq!(c(&["I-PER", "I-PER", "B-PER", "O", "I-LOC"]), want);
        assert_eq!(c(&["B-PER", "E-PER", "S-PER", "O", "S-LOC"]), want);
        assert_eq!(c(&["I-PER", "I-ORG"]), vec![(0, 1, "PER".to_string()), (1, 2, "ORG".to_string())]);
    }

    #[test]
    fn scores_are_exact_match() {
        let gold = chunks(&["B-PER", "I-PER", "O", "B-LOC"]);
        let pred = chunks(&["B-PER", "I-PER", "O", "B-ORG"]);
        let mut s = NerScores::default();
        s.add(&gold, &pred);
        assert_eq!(s.total(), (1, 2, 2));
        assert_eq!(s.untyped, (2, 2, 2));
        assert_eq!(s.of_type("PER"), (100.0, 100.0, 100.0));
        assert_eq!(s.of_type("ORG").0, 0.0);
    }
}
