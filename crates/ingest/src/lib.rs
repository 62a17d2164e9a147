//! Reads raw inputs and turns them into cleaned documents with provenance.
//!
//! This is the only sitrep crate that touches files and foreign formats. It does these things,
//! one module each:
//!
//! - [`read`] gets bytes from a path (or `-` for standard input) and refuses, with a one-line
//!   message that names the file, what is not a text document: missing files, directories,
//!   empty files, binaries and archives, files over the size limit. It then decodes the bytes to
//!   UTF-8 and reports what it had to repair.
//! - [`mod@clean`] removes boilerplate from plain text (ad markers, related-article teasers,
//!   share/newsletter/correction footers, repeated headlines) and marks photo captions.
//! - [`html`] extracts the main text and metadata of an HTML page: it scores the page's
//!   elements to find the article (text and link density, `<article>`/`<main>`, class and id
//!   words such as "content" or "comment"), leaves out the furniture inside it, and sends the
//!   kept blocks through the same boilerplate rules.
//! - [`container`] opens folders, feeds, WARC archives and JSON Lines files into items, one
//!   per document, with a warning naming each bad item.
//! - [`byline_author`] reads the writer's name from a plain-text byline.
//! - [`main_text`] puts the main-text extractor behind a trait, so that `sitrep eval clean` can
//!   measure it against the pure-Rust peers (cargo features `peer-trafilatura`,
//!   `peer-dom-smoothie`).
//!
//! **Architecture invariant: cleaning never edits text.** The cleaned text is assembled from
//! verbatim pieces of the raw input, each recorded as an alignment
//! [`Segment`](sitrep_doc::Segment); the only bytes cleaning inserts itself are paragraph breaks
//! (and, for HTML, decoded entities and collapsed whitespace, which are anchored to the raw
//! bytes they stand for). So every span a later stage records can be traced to the raw input.
//!
//! **Architecture invariant: in plain text, prose is never dropped by a guess.** A removal
//! rule needs a marker from the tables in `rules` (an "Advertisement" line, a "Related"
//! heading, a footer phrase); the only vocabulary heuristic, the one that recognises a
//! related-article teaser, runs only right after such a marker and its title, and it stops at
//! the first paragraph that fits the article. HTML is different: a page holds other articles'
//! teasers, comments and sidebars as well-formed prose, so the article is chosen by content
//! scoring, and everything left out is listed in `removed` with its reason ("boilerplate" for
//! what lies outside the chosen article).
//!
//! Messy input is never an error: cleaning always returns a result, with warnings and a list
//! of what it removed and why. Only reading can fail.

mod byline;
pub mod clean;
mod entities;
pub mod container;
pub mod html;
pub mod main_text;
pub mod read;
mod rules;
mod units;

pub use byline::{byline_author, byline_outlet, dateline_outlet};
pub use clean::clean_plain_text;
pub use html::{clean_html, looks_like_html, HtmlMeta};
pub use read::{decode, read_input, Limits, RawInput};

use sitrep_doc::CleanText;

/// Errors of reading an input. Each message is one line and names the file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{path}: no such file")]
    NotFound { path: String },
    #[error("{path}: is a directory, not a file")]
    IsDirectory { path: String },
    #[error("{path}: is empty (no text to read)")]
    Empty { path: String },
    #[error("{path}: is {what}, not a text or HTML document")]
    Binary { path: String, what: &'static str },
    #[error(
        "{path}: is {} ({size} bytes), more than the limit of {} ({limit} bytes); \
         raise the limit with --max-bytes",
        human_size(*size),
        human_size(*limit)
    )]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error(
        "{path}: is more than the limit of {} ({limit} bytes); raise the limit with --max-bytes",
        human_size(*limit)
    )]
    StreamTooLarge { path: String, limit: u64 },
    #[error("{path}: cannot read: {message}")]
    Io { path: String, message: String },
}

/// A byte count for people: "50.0 MiB".
fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// Cleans a decoded input, choosing the HTML extractor when the text looks like markup and the
/// plain-text cleaner otherwise. The metadata is `Some` exactly for HTML.
pub fn clean(raw: &str) -> (CleanText, Option<HtmlMeta>) {
    if looks_like_html(raw.as_bytes()) {
        let (text, meta) = clean_html(raw);
        (text, Some(meta))
    } else {
        (clean_plain_text(raw), None)
    }
}

/// Decodes input bytes and cleans them; the decoding warnings come first in `warnings`.
///
/// The alignment maps into the decoded text, which is the raw bytes themselves for UTF-8 input
/// without a byte-order mark.
pub fn clean_bytes(bytes: &[u8]) -> (CleanText, Option<HtmlMeta>) {
    let (text, mut warnings) = decode(bytes);
    let (mut clean, meta) = clean(&text);
    warnings.append(&mut clean.warnings);
    clean.warnings = warnings;
    (clean, meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chooses_html_or_plain_text() {
        let (plain, meta) = clean("Rain fell on the capital.\n\nAdvertisement\n\nIt kept falling.");
        assert!(meta.is_none());
        assert_eq!(plain.text, "Rain fell on the capital.\n\nIt kept falling.");

        let page = "<!DOCTYPE html><html><head><title>Rain</title></head>\
                    <body><p>Rain fell on the capital.</p></body></html>";
        let (html, meta) = clean(page);
        assert_eq!(html.text, "Rain fell on the capital.");
        assert_eq!(meta.and_then(|m| m.title).as_deref(), Some("Rain"));
    }

    #[test]
    fn bytes_are_decoded_then_cleaned() {
        let (clean, meta) = clean_bytes(b"Port closed \xff today.\n\nSponsored\n");
        assert!(meta.is_none());
        assert_eq!(clean.text, "Port closed \u{FFFD} today.");
        assert_eq!(clean.warnings.len(), 1);
        assert!(
            clean.warnings[0].contains("1 invalid byte sequence "),
            "{:?}",
            clean.warnings
        );

        let (clean, _) = clean_bytes(b"Advertisement\n\nShare this article");
        assert!(clean.text.is_empty());
        assert!(
            clean.warnings.iter().any(|w| w.contains("removed all")),
            "{:?}",
            clean.warnings
        );
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_size(12), "12 B");
        assert_eq!(human_size(50 * 1024 * 1024), "50.0 MiB");
        assert_eq!(human_size(32 * 1024 * 1024), "32.0 MiB");
    }
}
