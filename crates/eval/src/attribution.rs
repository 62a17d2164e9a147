//! PolNeAR (brat stand-off attribution annotations) and the span scores of attribution
//! extraction: exact and overlap precision, recall and F1 for source, cue and content.
//!
//! A PolNeAR split is a folder with `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`.
//! Some articles are annotated by several annotators; the first annotation file by name is the
//! gold, so every article counts once. `T` lines of type Source, Cue and Content are the spans;
//! `E` lines tie them into attributions. Discontinuous spans (`10 20;25 30`) are scored as the
//! span that covers their pieces.
//!
//! Scores are per role over the multiset of spans of a document: **exact** counts a predicted
//! span equal to a gold span; **overlap** counts a predicted span overlapping any gold span for
//! precision, and a gold span overlapped by any predicted span for recall (the lenient measure
//! of the attribution literature).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Reading a PolNeAR folder failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{}: {message}", path.display())]
    Io { path: PathBuf, message: String },
    #[error("{}: {message}", path.display())]
    Format { path: PathBuf, message: String },
}

/// The three roles of an attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Source,
    Cue,
    Content,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Source, Role::Cue, Role::Content];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Source => "source",
            Role::Cue => "cue",
            Role::Content => "content",
        }
    }
}

/// One attribution as byte spans (`[start, end)`) into the article text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    pub source: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    pub content: Option<(usize, usize)>,
}

impl Attribution {
    fn span(&self, role: Role) -> Option<(usize, usize)> {
        match role {
            Role::Source => self.source,
            Role::Cue => self.cue,
            Role::Content => self.content,
        }
    }
}

/// One article of the benchmark with its gold attributions.
#[derive(Clone, Debug)]
pub struct Article {
    pub name: String,
    pub text: String,
    pub gold: Vec<Attribution>,
}

/// Reads a PolNeAR split folder (`.../polnear/dev`).
pub fn read_polnear(dir: &Path) -> Result<Vec<Article>, Error> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut anns: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in list(&ann_dir)? {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        if path.extension().is_none_or(|e| e != "ann") {
            continue;
        }
        // NAME_ANNOTATOR.ann -> NAME
        let name = stem.rsplit_once('_').map_or(stem, |(n, _)| n).to_string();
        anns.entry(name).or_insert(path);
    }
    let mut out = Vec::new();
    for (name, ann) in anns {
        let text_path = text_dir.join(format!("{name}.txt"));
        let text = read(&text_path)?;
        let gold = parse_brat(&read(&ann)?, &text, &ann)?;
        out.push(Article { name, text, gold });
    }
    if out.is_empty() {
        return Err(Error::Format { path: dir.to_path_buf(), message: "no annotated articles found".into() });
    }
    Ok(out)
}

fn list(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Io { path: dir.to_path_buf(), message: e.to_string() })?;
    let mut v: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    v.sort();
    Ok(v)
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::Io { path: path.to_path_buf(), message: e.to_string() })
}

/// brat offsets count characters; the pipeline counts bytes.
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    map.push(text.len());
    map
}

/// Parses the `T` and `E` lines of one annotation file into attributions.
pub fn parse_brat(ann: &str, text: &str, path: &Path) -> Result<Vec<Attribution>, Error> {
    let bytes = char_to_byte(text);
    let to_byte = |c: usize| bytes.get(c).copied();
    let mut spans: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let bad = |line: &str| Error::Format { path: path.to_path_buf(), message: format!("bad line `{line}`") };
    // Ids are a letter and digits before a tab; other lines continue a span text over a newline.
    let is_record = |l: &&str, kind: char| {
        l.starts_with(kind) && l.split('\t').next().is_some_and(|id| id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit()))
    };
    for line in ann.lines().filter(|l| is_record(l, 'T')) {
        let mut fields = line.split('\t');
        let (Some(id), Some(desc)) = (fields.next(), fields.next()) else { return Err(bad(line)) };
        let mut parts = desc.splitn(2, ' ');
        let (Some(_kind), Some(offsets)) = (parts.next(), parts.next()) else { return Err(bad(line)) };
        let mut lo = usize::MAX;
        let mut hi = 0;
        for piece in offsets.split(';') {
            let (a, b) = piece.split_once(' ').ok_or_else(|| bad(line))?;
            let a: usize = a.trim().parse().map_err(|_| bad(line))?;
            let b: usize = b.trim().parse().map_err(|_| bad(line))?;
            lo = lo.min(a);
            hi = hi.max(b);
        }
        let (Some(s), Some(e)) = (to_byte(lo), to_byte(hi)) else { return Err(bad(line)) };
        spans.insert(id, (s, e));
    }
    let mut out = Vec::new();
    for line in ann.lines().filter(|l| is_record(l, 'E')) {
        let Some(args) = line.split('\t').nth(1) else { return Err(bad(line)) };
        let mut a = Attribution::default();
        for arg in args.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else { continue };
            let span = spans.get(id).copied();
            match role {
                "Source" => a.source = span,
                "Cue" => a.cue = span,
                "Content" => a.content = span,
                _ => {}
            }
        }
        if a.cue.is_some() || a.content.is_some() {
            out.push(a);
        }
    }
    Ok(out)
}

/// Counts for one role under one matching rule.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub predicted: usize,
    pub gold: usize,
    /// Predicted spans that match a gold span.
    pub matched_predicted: usize,
    /// Gold spans matched by a predicted span.
    pub matched_gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched_predicted, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched_gold, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.predicted += other.predicted;
        self.gold += other.gold;
        self.matched_predicted += other.matched_predicted;
        self.matched_gold += other.matched_gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Exact and overlap counts per role, summed over documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    pub exact: BTreeMap<Role, Counts>,
    pub overlap: BTreeMap<Role, Counts>,
    pub documents: usize,
}

impl Scores {
    /// Adds one document's predictions against its gold.
    pub fn add(&mut self, predicted: &[Attribution], gold: &[Attribution]) {
        self.documents += 1;
        for role in Role::ALL {
            let p: Vec<(usize, usize)> = predicted.iter().filter_map(|a| a.span(role)).collect();
            let g: Vec<(usize, usize)> = gold.iter().filter_map(|a| a.span(role)).collect();
            self.exact.entry(role).or_default().add(count(&p, &g, |x, y| x == y));
            self.overlap.entry(role).or_default().add(count(&p, &g, |x, y| x.0 < y.1 && y.0 < x.1));
        }
    }
}

fn count(p: &[(usize, usize)], g: &[(usize, usize)], m: impl Fn((usize, usize), (usize, usize)) -> bool) -> Counts {
    Counts {
        predicted: p.len(),
        gold: g.len(),
        matched_predicted: p.iter().filter(|&&x| g.iter().any(|&y| m(x, y))).count(),
        matched_gold: g.iter().filter(|&&y| p.iter().any(|&x| m(x, y))).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The mayor said the bridge will reopen. “It is safe,” Olsen told reporters.";

    #[test]
    fn reads_brat_lines_with_character_offsets() {
        let ann = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 38\tthe bridge will reopen\n\
                   E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n\
                   T4\tContent 39 52\t“It is safe,”\nT5\tSource 53 58\tOlsen\nT6\tCue 59 63\ttold\n\
                   E2\tAttribution:T6 Content:T4 Source:T5 Cue:T6\n";
        let gold = parse_brat(ann, TEXT, Path::new("x.ann")).expect("parses");
        assert_eq!(gold.len(), 2);
        assert_eq!(&TEXT[gold[0].source.map(|s| s.0..s.1).expect("source")], "The mayor");
        // Curly quotes are 3 bytes each: the byte offsets differ from brat's characters.
        let c = gold[1].content.expect("content");
        assert_eq!(&TEXT[c.0..c.1], "“It is safe,”");
        assert_eq!(&TEXT[gold[1].source.map(|s| s.0..s.1).expect("source")], "Olsen");
    }

    #[test]
    fn exact_and_overlap_counts() {
        let gold = vec![Attribution { source: Some((0, 9)), cue: Some((10, 14)), content: Some((15, 38)) }];
        let predicted = vec![
            Attribution { source: Some((4, 9)), cue: Some((10, 14)), content: Some((19, 38)) },
            Attribution { source: None, cue: Some((60, 64)), content: Some((40, 50)) },
        ];
        let mut s = Scores::default();
        s.add(&predicted, &gold);
        let cue = s.exact[&Role::Cue];
        assert_eq!((cue.matched_predicted, cue.predicted, cue.matched_gold, cue.gold), (1, 2, 1, 1));
        assert!((cue.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.exact[&Role::Source].matched_gold, 0);
        assert_eq!(s.overlap[&Role::Source].matched_gold, 1);
        assert_eq!(s.overlap[&Role::Content].matched_predicted, 1);
    }
}
