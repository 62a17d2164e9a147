//! Containers of many documents: directories, RSS/Atom/JSON feeds, WARC archives and JSON
//! Lines files, each turned into a list of [`Item`]s, one per document.
//!
//! Analysts receive articles in bulk: a crawler's WARC file, a saved feed, an export with one
//! JSON object per line, a folder of all of these. [`expand`] takes any path and gives back
//! every document inside it, with what the container says about each (URL, date, outlet,
//! title), in a stable order (directories sorted by name, records in file order).
//!
//! **A bad container never stops the others, and a bad item never loses its container.** A
//! truncated gzip or WARC keeps the records read before the damage; a JSON Lines file keeps its
//! good lines; a feed that is not XML is skipped whole. Each problem is a warning that names the
//! file and the item ("news.jsonl line 7: ..."), never an error.
//!
//! Which reader runs is decided by the file name (`.jsonl`, `.ndjson`, `.warc`, `.rss`,
//! `.atom`, a trailing `.gz` unwrapped first) and, for `.xml` and `.json` files and files
//! without a known extension, by the first bytes (`<rss`, `<feed`, `<rdf:RDF`, a JSON Feed
//! `version`). Everything else is one document, read as [`crate::read_input`] reads it.

mod feed;
mod jsonl;
mod warc;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::{read_input, Limits};

/// One document found in a container (or a plain file, which is its own container).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Names the item in messages: a path, `news.jsonl line 3`, `crawl.warc record 2`.
    pub name: String,
    /// The document's bytes, HTML or plain text, still to be decoded and cleaned.
    pub bytes: Vec<u8>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub outlet: Option<String>,
    pub title: Option<String>,
}

impl Item {
    /// An item with only a name and bytes.
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> Item {
        Item {
            name: name.into(),
            bytes,
            url: None,
            published: None,
            outlet: None,
            title: None,
        }
    }
}

/// What [`expand`] found: the items, and one warning per problem, each naming its item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expanded {
    pub items: Vec<Item>,
    pub warnings: Vec<String>,
}

/// The kinds of container a file can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    JsonLines,
    Warc,
    Feed,
    /// A single document.
    Document,
}

/// Every document under `path`: a file (a container or one document) or a directory walked
/// recursively. Files are read within `limits` (a container counts as one file).
pub fn expand(path: &Path, limits: &Limits) -> Expanded {
    let mut out = Expanded::default();
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, &mut files, &mut out.warnings);
        files.sort();
        for file in files {
            expand_file(&file, limits, &mut out);
        }
    } else {
        expand_file(path, limits, &mut out);
    }
    out
}

/// Collects the files under `dir`, following no symbolic links to directories.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, warnings: &mut Vec<String>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            warnings.push(format!("{}: cannot list the folder: {err}", dir.display()));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if kind.is_dir() {
            walk(&path, files, warnings);
        } else if kind.is_file() || path.is_file() {
            files.push(path);
        }
    }
}

fn expand_file(path: &Path, limits: &Limits, out: &mut Expanded) {
    let name = path.display().to_string();
    let lower = name.to_ascii_lowercase();
    let raw = match fs::metadata(path) {
        Ok(meta) if meta.len() > limits.max_bytes => Err(crate::Error::TooLarge {
            path: name.clone(),
            size: meta.len(),
            limit: limits.max_bytes,
        }),
        _ if lower.ends_with(".gz") => fs::read(path).map_err(|e| crate::Error::Io {
            path: name.clone(),
            message: e.to_string(),
        }),
        _ => read_input(path, limits).map(|r| r.bytes),
    };
    let bytes = match raw {
        Ok(bytes) => bytes,
        Err(err) => {
            out.warnings.push(err.to_string());
            return;
        }
    };
    let (bytes, inner) = match lower.strip_suffix(".gz") {
        Some(inner) => {
            let (bytes, damage) = gunzip(&bytes, limits.max_bytes);
            if let Some(damage) = damage {
                out.warnings.push(format!(
                    "{name}: {damage}; the items before the damage are kept"
                ));
            }
            (bytes, inner.to_string())
        }
        None => (bytes, lower),
    };
    read_container(&name, kind_of(&inner, &bytes), bytes, out);
}

/// Splits the bytes of one container into items.
pub fn read_container(name: &str, kind: Kind, bytes: Vec<u8>, out: &mut Expanded) {
    match kind {
        Kind::JsonLines => jsonl::read(name, &bytes, out),
        Kind::Warc => warc::read(name, &bytes, out),
        Kind::Feed => feed::read(name, &bytes, out),
        Kind::Document => {
            if bytes.iter().all(u8::is_ascii_whitespace) {
                out.warnings.push(format!("{name}: is empty (no text to read)"));
            } else {
                out.items.push(Item::new(name, bytes));
            }
        }
    }
}

/// The kind of a file from its (lower-case, `.gz`-less) name and its first bytes.
pub fn kind_of(name: &str, bytes: &[u8]) -> Kind {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "jsonl" | "ndjson" => return Kind::JsonLines,
        "warc" | "arc" => return Kind::Warc,
        "rss" | "atom" => return Kind::Feed,
        _ => {}
    }
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"WARC/") {
        return Kind::Warc;
    }
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let contains = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if head.starts_with(b"<") && (contains(b"<rss") || contains(b"<feed") || contains(b"<rdf:rdf"))
    {
        return Kind::Feed;
    }
    if head.starts_with(b"{") && contains(b"jsonfeed.org") {
        return Kind::Feed;
    }
    Kind::Document
}

/// Gunzips (all members), never past `limit` bytes; a truncated or corrupt stream keeps what
/// was decompressed before the damage and says what went wrong.
pub fn gunzip(bytes: &[u8], limit: u64) -> (Vec<u8>, Option<String>) {
    let mut out = Vec::new();
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes).take(limit.saturating_add(1));
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        match decoder.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&chunk[..n]),
            Err(err) => return (out, Some(format!("the gzip data is damaged ({err})"))),
        }
    }
    if out.len() as u64 > limit {
        out.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        return (
            out,
            Some(format!("decompresses to more than the limit of {limit} bytes")),
        );
    }
    (out, None)
}

/// The date at the start of an RFC 3339 or ISO timestamp ("2031-03-14T08:00:00Z").
fn date_prefix(value: &str) -> Option<NaiveDate> {
    let head = value.trim().get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests;
