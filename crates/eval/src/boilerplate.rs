//! Main-text extraction scored with must-contain / must-not-contain snippets, as trafilatura's
//! own evaluation does it.
//!
//! The benchmark (`evaldata.json` of trafilatura's test suite) gives, for each page, a few
//! snippets that a good extraction contains ("with") and a few it must leave out ("without").
//! Scoring is by substring after whitespace normalisation (every run of whitespace becomes one
//! space, ends trimmed), on both the snippet and the extracted text: a "with" snippet found is a
//! true positive and missed a false negative; a "without" snippet found is a false positive and
//! absent a true negative. Counts are pooled over pages before precision, recall, F1 and
//! accuracy are computed, and a page whose extraction failed counts as a full miss (every "with"
//! a false negative, every "without" a true negative). This is `count_item` and
//! `ConfusionMatrix` of trafilatura's `tests/eval_common.py`, reimplemented here.
//!
//! The pages are kept gzipped (`html/<file>.gz`), so reading them is the only I/O here.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Errors of reading the benchmark.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Format { path: PathBuf, message: String },
}

/// One annotated page of `evaldata.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// The entry's key (a URL or a label such as `hard::site.html`).
    pub key: String,
    /// The page's file name under `html/` (without the `.gz` the shared copy adds).
    pub file: String,
    /// Snippets a good extraction contains.
    pub with: Vec<String>,
    /// Snippets a good extraction leaves out.
    pub without: Vec<String>,
}

/// Reads `evaldata.json` from `dir` (or `dir` itself when it is the file), entries sorted by key.
pub fn read_evaldata(dir: &Path) -> Result<Vec<Page>, Error> {
    let path = if dir.is_dir() {
        dir.join("evaldata.json")
    } else {
        dir.to_path_buf()
    };
    let text = fs::read_to_string(&path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    parse_evaldata(&text).map_err(|message| Error::Format { path, message })
}

/// Parses the text of `evaldata.json`: `{key: {"file", "with": [...], "without": [...]}}`.
pub fn parse_evaldata(text: &str) -> Result<Vec<Page>, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let object = value
        .as_object()
        .ok_or_else(|| "the top level is not a JSON object".to_string())?;
    let mut pages = Vec::with_capacity(object.len());
    for (key, item) in object {
        let file = item
            .get("file")
            .and_then(|f| f.as_str())
            .filter(|f| !f.is_empty())
            .ok_or_else(|| format!("{key}: no \"file\""))?;
        let snippets = |field: &str| -> Result<Vec<String>, String> {
            let list = item
                .get(field)
                .and_then(|l| l.as_array())
                .ok_or_else(|| format!("{key}: \"{field}\" is not a list"))?;
            list.iter()
                .map(|s| {
                    s.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| format!("{key}: \"{field}\" holds a non-string"))
                })
                .collect()
        };
        pages.push(Page {
            key: key.clone(),
            file: file.to_string(),
            with: snippets("with")?,
            without: snippets("without")?,
        });
    }
    pages.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(pages)
}

/// The path of a page's HTML: `html/<file>.gz` under `dir`, or `html/<file>` when the copy is
/// not compressed.
pub fn page_path(dir: &Path, page: &Page) -> PathBuf {
    let gz = dir.join("html").join(format!("{}.gz", page.file));
    if gz.exists() {
        gz
    } else {
        dir.join("html").join(&page.file)
    }
}

/// Reads the raw bytes of a page, gunzipping when the file name ends in `.gz`.
pub fn read_page(dir: &Path, page: &Page) -> Result<Vec<u8>, Error> {
    let path = page_path(dir, page);
    let bytes = fs::read(&path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::with_capacity(bytes.len() * 4);
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_end(&mut out)
            .map_err(|source| Error::Io { path, source })?;
        Ok(out)
    } else {
        Ok(bytes)
    }
}

/// Whitespace as Python's `\s` sees it in a `str` pattern (`str.isspace`).
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

/// Every run of whitespace as one space, ends trimmed (`re.sub(r"\s+", " ", t).strip()`).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_py_space(c) {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Pooled confusion counts of snippet matching.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.tn += other.tn;
    }

    fn ratio(num: usize, den: usize) -> f64 {
        if den == 0 {
            0.0
        } else {
            num as f64 / den as f64
        }
    }

    pub fn precision(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        Self::ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        Self::ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    pub fn accuracy(&self) -> f64 {
        Self::ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }
}

/// Scores one page's extraction; `None` (the extractor failed) is a full miss.
pub fn count_page(page: &Page, extracted: Option<&str>) -> Counts {
    let Some(text) = extracted else {
        return Counts {
            fn_: page.with.len(),
            tn: page.without.len(),
            ..Counts::default()
        };
    };
    let text = normalize(text);
    let found = |s: &String| text.contains(&normalize(s));
    let tp = page.with.iter().filter(|s| found(s)).count();
    let fp = page.without.iter().filter(|s| found(s)).count();
    Counts {
        tp,
        fp,
        fn_: page.with.len() - tp,
        tn: page.without.len() - fp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_like_python() {
        assert_eq!(normalize("  a \n\t b\u{a0}c  "), "a b c");
        assert_eq!(normalize("\u{1f}x"), "x");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn counts_snippets_and_failures() {
        let page = Page {
            key: "k".into(),
            file: "f.html".into(),
            with: vec!["the harbour  was closed".into(), "missing".into()],
            without: vec!["Subscribe now".into(), "Cookie".into()],
        };
        let c = count_page(&page, Some("Yesterday the harbour\nwas closed. Subscribe now!"));
        assert_eq!(
            c,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1,
                tn: 1
            }
        );
        let failed = count_page(&page, None);
        assert_eq!((failed.fn_, failed.tn), (2, 2));
        let mut all = c;
        all.add(failed);
        assert!((all.precision() - 0.5).abs() < 1e-9);
        assert!((all.recall() - 0.25).abs() < 1e-9);
        assert!((all.f1() - 2.0 / 6.0).abs() < 1e-9);
        assert!((all.accuracy() - 4.0 / 8.0).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn parses_and_sorts_entries() {
        let json = r#"{"b": {"file": "b.html", "with": ["x"], "without": []},
                       "a": {"file": "a.html", "with": [], "without": ["y"]}}"#;
        let pages = parse_evaldata(json).expect("valid");
        assert_eq!(pages[0].key, "a");
        assert_eq!(pages[1].without, Vec::<String>::new());
        assert!(parse_evaldata(r#"{"a": {"with": []}}"#).is_err());
        assert!(parse_evaldata("[1]").is_err());
    }
}
