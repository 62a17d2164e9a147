//! Main text and metadata of HTML pages, with a small hand-written tag scanner.
//!
//! News pages put the article in `<p>`, headings, list items, quotes and figure captions, and
//! the furniture in `<nav>`, `<header>`, `<footer>`, `<aside>`, scripts, and in blocks whose
//! class says what they are (comments, related links, share bars). The scanner cuts the page
//! into blocks, drops navigation, page headers, footers and asides (recording their text in
//! `removed`), and records every element it opens; `select` then scores those elements to find
//! the article and leaves out what lies outside it or is furniture inside it, and the kept
//! blocks go through the same boilerplate rules as plain text. The scanner never fails on
//! broken markup: a stack of open elements with the few implied closings that matter (`<p>`,
//! `<li>`, `<a>` in `<a>`, the head ended by the first element that cannot be in it), no DOM.
//! A dropped element that is never closed and swallows most of the page (an unclosed
//! `<header>`) is kept open on a second reading, as an element marked as furniture, so the
//! selection judges what is in it. `<noscript>` is read as markup (some blogs have their posts
//! only there for readers without scripts); hidden inline text (screen-reader labels,
//! `display:none`) is no part of its block; a bare address ("https://...") counts as link
//! text.
//!
//! Whitespace inside a block is collapsed to single spaces and character references are
//! decoded, so extracted text is not always a verbatim copy. Verbatim runs become alignment
//! segments; a decoded character or a space that stands for a run of newlines is anchored to
//! the raw bytes it came from (an empty segment right after it), so it maps to the start of its
//! reference or whitespace run in the page.
//!
//! No rule is specific to one site: the class words and marker phrases are general web
//! vocabulary. Scores and thresholds were set on the first half of trafilatura's evaluation
//! pages (`sitrep eval clean`), the second half being the held-out check.

use chrono::NaiveDate;
use sitrep_doc::{CleanText, DocMeta, Removed, Span};

use crate::entities;

mod select;
use crate::units::{Hint, Origin, Piece, Unit, UnitText};

/// What the page says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HtmlMeta {
    /// `og:title`, JSON-LD `headline`, `<title>` or the first `<h1>`, in that order.
    pub title: Option<String>,
    /// The publication date, when a published-time value could be read as a date.
    pub published: Option<NaiveDate>,
    /// The published-time value as the page gives it (`2031-10-18T09:30:00+03:00`).
    pub published_raw: Option<String>,
    /// `og:site_name` or the JSON-LD publisher.
    pub outlet: Option<String>,
    pub author: Option<String>,
    /// `og:url` or `<link rel="canonical">`.
    pub url: Option<String>,
    /// `<html lang>`.
    pub language: Option<String>,
}

impl HtmlMeta {
    /// Fills the fields of `meta` that are still empty from what the page says.
    pub fn fill(&self, meta: &mut DocMeta) {
        fn fill_one(slot: &mut Option<String>, value: &Option<String>) {
            if slot.is_none() {
                slot.clone_from(value);
            }
        }
        fill_one(&mut meta.title, &self.title);
        fill_one(&mut meta.outlet, &self.outlet);
        fill_one(&mut meta.author, &self.author);
        fill_one(&mut meta.url, &self.url);
        fill_one(&mut meta.language, &self.language);
        if meta.published.is_none() {
            meta.published = self.published;
        }
    }
}

/// True when the bytes look like an HTML page rather than plain text.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(4096)];
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head: Vec<u8> = head[start..].iter().map(u8::to_ascii_lowercase).collect();
    let contains = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if head.starts_with(b"<!doctype html") || head.starts_with(b"<html") || contains(b"<html") {
        return true;
    }
    head.starts_with(b"<")
        && [
            &b"<head"[..],
            b"<body",
            b"<p>",
            b"<p ",
            b"<div",
            b"<meta",
            b"<title",
            b"<article",
            b"<br",
        ]
        .iter()
        .any(|tag| contains(tag))
}

/// Extracts the main text of an HTML page and its metadata.
pub fn clean_html(raw: &str) -> (CleanText, HtmlMeta) {
    let extractor = extract(raw, false);
    let Extractor {
        mut units,
        nodes,
        blocks,
        removed,
        mut meta,
        first_h1,
        ..
    } = extractor;
    let verdicts = select::select(&nodes, &blocks);
    for (unit, verdict) in units.iter_mut().zip(verdicts) {
        match verdict {
            select::Verdict::Undecided => {}
            // Short loose text inside the article (a table cell, a label) is article text.
            select::Verdict::Main if unit.preset == Some(LAYOUT) => unit.preset = None,
            select::Verdict::Main => {}
            select::Verdict::Out(reason) => {
                unit.preset.get_or_insert(reason);
            }
        }
    }
    let clean = crate::clean::finish(raw, units, removed);
    meta.finish(first_h1);
    (clean, meta.into_meta())
}

/// A tuning aid: one line per block of the page with the selection's verdict, the block's
/// size and link share, the path of elements it is in, and its text.
#[doc(hidden)]
pub fn explain(raw: &str) -> String {
    let extractor = extract(raw, true);
    let verdicts = select::select(&extractor.nodes, &extractor.blocks);
    let labels = extractor.labels.unwrap_or_default();
    let mut out = String::new();
    for ((unit, block), verdict) in extractor.units.iter().zip(&extractor.blocks).zip(verdicts) {
        let mut path = Vec::new();
        let mut at = block.node;
        while let Some(i) = at {
            let label = labels.get(i).map_or("?", String::as_str);
            path.push(label.get(..label.len().min(40)).unwrap_or(label));
            at = extractor.nodes[i].parent;
        }
        path.truncate(4);
        path.reverse();
        let text: String = unit.text.chars().take(90).collect();
        out.push_str(&format!(
            "{:<18} {:>5} {:>4} {:<8} | {:<90} | {}\n",
            format!("{verdict:?}"),
            block.chars,
            block.link_chars,
            unit.preset.unwrap_or(""),
            text,
            path.join(" > ")
        ));
    }
    out
}

/// Scans the page. A dropped element (`<header>`, `<nav>`, ...) that is never closed and
/// swallows more text than the rest of the page holds is, on a second reading, an ordinary
/// element marked as furniture, so that the selection judges what is inside it.
fn extract(raw: &str, labels: bool) -> Extractor<'_> {
    let mut kept_open = Vec::new();
    loop {
        let mut extractor = Extractor::new(raw);
        extractor.kept_open.clone_from(&kept_open);
        if labels {
            extractor.labels = Some(Vec::new());
        }
        extractor.run();
        match extractor.swallowed {
            Some(start) if kept_open.len() < MAX_REREADS => kept_open.push(start),
            _ => return extractor,
        }
    }
}

/// An unclosed dropped element is read again only when it took at least this much text.
const MIN_SWALLOWED: usize = 200;

/// At most this many unclosed elements are kept open (each costs one more reading).
const MAX_REREADS: usize = 3;

// --- scanning -------------------------------------------------------------------------------

/// One piece of markup or text.
#[derive(Debug)]
enum Token {
    Text(usize, usize),
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        start: usize,
        /// `<title/>`: in SVG and MathML a real empty element, never the start of raw text.
        self_closing: bool,
    },
    End {
        name: String,
        end: usize,
    },
    Other,
}

/// Splits a page into tokens; never fails, whatever the markup.
struct Scanner<'a> {
    raw: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn next(&mut self) -> Option<Token> {
        let bytes = self.raw.as_bytes();
        let start = self.pos;
        if start >= bytes.len() {
            return None;
        }
        if bytes[start] != b'<' {
            let end = find_byte(bytes, start, b'<').unwrap_or(bytes.len());
            self.pos = end;
            return Some(Token::Text(start, end));
        }
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            self.pos = find(bytes, start + 4, b"-->").map_or(bytes.len(), |p| p + 3);
            return Some(Token::Other);
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            self.pos = find_byte(bytes, start, b'>').map_or(bytes.len(), |p| p + 1);
            return Some(Token::Other);
        }
        if rest.starts_with(b"</") && rest.get(2).is_some_and(u8::is_ascii_alphabetic) {
            let (name, after) = self.name_at(start + 2);
            let end = find_byte(bytes, after, b'>').map_or(bytes.len(), |p| p + 1);
            self.pos = end;
            return Some(Token::End { name, end });
        }
        if rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            let (name, after) = self.name_at(start + 1);
            let (attrs, end) = self.attributes(after);
            self.pos = end;
            let self_closing = end >= 2 && bytes.get(end - 2..end) == Some(b"/>");
            return Some(Token::Start {
                name,
                attrs,
                start,
                self_closing,
            });
        }
        // A lone '<' is text.
        self.pos = start + 1;
        Some(Token::Text(start, start + 1))
    }

    /// A tag name starting at `at`, lower-cased, and where it ends.
    fn name_at(&self, at: usize) -> (String, usize) {
        let bytes = self.raw.as_bytes();
        let len = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_'))
            .count();
        (
            self.raw
                .get(at..at + len)
                .unwrap_or("")
                .to_ascii_lowercase(),
            at + len,
        )
    }

    /// The attributes of a start tag from `at` to its `>`, and the offset after the tag.
    fn attributes(&self, mut at: usize) -> (Vec<(String, String)>, usize) {
        let bytes = self.raw.as_bytes();
        let mut attrs = Vec::new();
        loop {
            while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
                at += 1;
            }
            if at >= bytes.len() {
                return (attrs, bytes.len());
            }
            if bytes[at] == b'>' {
                return (attrs, at + 1);
            }
            let name_start = at;
            while at < bytes.len()
                && !bytes[at].is_ascii_whitespace()
                && !matches!(bytes[at], b'=' | b'>' | b'/')
            {
                at += 1;
            }
            let name = self
                .raw
                .get(name_start..at)
                .unwrap_or("")
                .to_ascii_lowercase();
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let mut value = String::new();
            if bytes.get(at) == Some(&b'=') {
                at += 1;
                while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
                let (value_start, value_end, next) = match bytes.get(at) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        let close = find_byte(bytes, at + 1, quote).unwrap_or(bytes.len());
                        (at + 1, close, (close + 1).min(bytes.len()))
                    }
                    _ => {
                        let end = bytes[at..]
                            .iter()
                            .position(|b| b.is_ascii_whitespace() || *b == b'>')
                            .map_or(bytes.len(), |p| at + p);
                        (at, end, end)
                    }
                };
                value = entities::decode_all(self.raw.get(value_start..value_end).unwrap_or(""));
                at = next;
            }
            if !name.is_empty() {
                attrs.push((name, value));
            }
        }
    }

    /// Skips the content of a raw-text element (script, style, title, ...): returns its span
    /// and leaves the scanner at its end tag.
    fn raw_text(&mut self, name: &str) -> (usize, usize) {
        let bytes = self.raw.as_bytes();
        let start = self.pos;
        let mut at = start;
        while let Some(p) = find(bytes, at, b"</") {
            let candidate = &bytes[p + 2..];
            if candidate.len() >= name.len()
                && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            {
                self.pos = p;
                return (start, p);
            }
            at = p + 2;
        }
        self.pos = bytes.len();
        (start, bytes.len())
    }
}

fn find_byte(bytes: &[u8], from: usize, needle: u8) -> Option<usize> {
    bytes
        .get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|p| from + p)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut at = from;
    loop {
        let p = find_byte(bytes, at, first)?;
        if bytes.get(p + 1..p + 1 + rest.len()) == Some(rest) {
            return Some(p);
        }
        at = p + 1;
    }
}

// --- element classes ------------------------------------------------------------------------

/// Elements whose content is not article text. The reason, when there is one, is recorded
/// with the dropped text in `removed`.
#[rustfmt::skip]
const DROPPED: &[(&str, Option<&str>)] = &[
    ("nav", Some("navigation")),
    ("menu", Some("navigation")),
    ("header", Some("header")),
    ("footer", Some("footer")),
    ("aside", Some("aside")),
    ("script", None),
    ("style", None),
    ("template", None),
    ("svg", None),
    ("math", None),
    ("iframe", None),
    ("object", None),
    ("canvas", None),
    ("select", None),
    ("button", None),
    ("dialog", None),
    ("head", None),
];

/// Elements whose text is kept, one block each.
#[rustfmt::skip]
const KEPT: &[&str] = &[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dt", "dd",
];

/// Other elements that end a block of text.
#[rustfmt::skip]
const BREAKING: &[&str] = &[
    "html", "body", "main", "article", "section", "div", "ul", "ol", "dl", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "hr", "address", "details",
    "summary", "center", "fieldset", "legend", "picture", "video", "audio", "form",
];

/// Elements that can be in the `<head>`; any other element closes it.
#[rustfmt::skip]
const HEAD_CONTENT: &[&str] = &[
    "head", "meta", "link", "title", "script", "style", "base", "noscript", "template",
];

/// Elements that never have content or an end tag.
#[rustfmt::skip]
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Deeper nesting than this is not tracked (its tags are treated as empty elements), which
/// keeps every stack scan short on pathological markup.
const MAX_DEPTH: usize = 256;

/// Elements whose content is raw text, not markup.
const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea", "iframe", "xmp"];

fn is_block(name: &str) -> bool {
    KEPT.contains(&name) || BREAKING.contains(&name) || DROPPED.iter().any(|(n, _)| *n == name)
}

// --- extraction -----------------------------------------------------------------------------

#[derive(Debug)]
struct Open {
    name: String,
    /// Its index in `Extractor::nodes`.
    node: usize,
    /// `is_block(name)`, looked up once.
    block: bool,
    /// The entry of `KEPT` it is, if any.
    kept: Option<&'static str>,
    /// An `<a>` whose text counts as link text (until a later `<a>` ends it).
    link: bool,
}

/// Where the single space standing for a whitespace run comes from.
#[derive(Clone, Copy, Debug)]
enum Space {
    /// An ASCII space in the run: copied verbatim.
    Copy(usize),
    /// A run without an ASCII space: derived, anchored at the run.
    Anchor(usize),
}

/// Text of a dropped element being collected for `removed`.
struct Dropped {
    depth: usize,
    reason: Option<&'static str>,
    start: usize,
    text: String,
}

struct Extractor<'a> {
    raw: &'a str,
    scanner: Scanner<'a>,
    stack: Vec<Open>,
    /// How many `<a>` elements are open.
    links: usize,
    units: Vec<Unit>,
    /// Every element opened, in document order, for the main-text selection.
    nodes: Vec<select::Node>,
    /// One per unit: what the selection needs to know of it.
    blocks: Vec<select::Block>,
    removed: Vec<Removed>,
    meta: MetaCollector,
    first_h1: Option<String>,
    dropped: Option<Dropped>,
    // The block being collected.
    cur: UnitText,
    cur_raw: Option<(usize, usize)>,
    cur_link_bytes: usize,
    cur_kind: Option<&'static str>,
    pending_space: Option<Space>,
    para: usize,
    /// Set after a `<br>`: the next block continues the paragraph, joined by this break.
    continue_para: Option<usize>,
    /// For [`explain`] only: each node's tag and `class`/`id`.
    labels: Option<Vec<String>>,
    /// Raw offsets of dropped elements to keep as ordinary elements this time.
    kept_open: Vec<usize>,
    /// The raw offset of a dropped element that was never closed and took most of the text.
    swallowed: Option<usize>,
    /// The largest dropped element closed only by the end of an element around it: its raw
    /// offset and the length of its text.
    unclosed: Option<(usize, usize)>,
}

impl<'a> Extractor<'a> {
    fn new(raw: &'a str) -> Extractor<'a> {
        Extractor {
            raw,
            scanner: Scanner { raw, pos: 0 },
            stack: Vec::new(),
            links: 0,
            units: Vec::new(),
            nodes: Vec::new(),
            blocks: Vec::new(),
            removed: Vec::new(),
            meta: MetaCollector::default(),
            first_h1: None,
            dropped: None,
            cur: UnitText::default(),
            cur_raw: None,
            cur_link_bytes: 0,
            cur_kind: None,
            pending_space: None,
            para: 0,
            continue_para: None,
            labels: None,
            kept_open: Vec::new(),
            swallowed: None,
            unclosed: None,
        }
    }

    fn run(&mut self) {
        while let Some(token) = self.scanner.next() {
            match token {
                Token::Text(start, end) => self.text(start, end),
                Token::Start {
                    name,
                    attrs,
                    start,
                    self_closing,
                } => self.start_tag(name, &attrs, start, self_closing),
                Token::End { name, end } => self.end_tag(&name, end),
                Token::Other => {}
            }
        }
        self.flush();
        self.pop_to(0, self.raw.len());
        if let Some((start, len)) = self.unclosed {
            let kept: usize = self.units.iter().map(|u| u.text.len()).sum();
            if len > kept.max(MIN_SWALLOWED) {
                self.swallowed = Some(start);
            }
        }
    }

    fn start_tag(
        &mut self,
        name: String,
        attrs: &[(String, String)],
        start: usize,
        self_closing: bool,
    ) {
        // Dates in a page header are the article's own; those in asides belong to teasers.
        let dates_ok = self
            .dropped
            .as_ref()
            .is_none_or(|d| d.reason == Some("header"));
        self.meta.tag(&name, attrs, dates_ok);
        if name == "br" {
            if self.cur.is_empty() {
                self.continue_para = None;
            } else {
                self.flush();
                self.continue_para = Some(start);
            }
            return;
        }
        if is_block(&name) {
            self.flush();
            self.close_implied(&name, start);
        }
        if !HEAD_CONTENT.contains(&name.as_str()) {
            // A page that never closes its head, or puts a `<div>` in it: as in browsers, the
            // first element that cannot be in the head starts the body.
            if let Some(i) = self.stack.iter().rposition(|o| o.name == "head") {
                self.pop_to(i, start);
            }
        }
        if RAW_TEXT.contains(&name.as_str()) && !self_closing {
            let (text_start, text_end) = self.scanner.raw_text(&name);
            let content = self.raw.get(text_start..text_end).unwrap_or("");
            let json_ld = attrs
                .iter()
                .any(|(k, v)| k == "type" && v.to_ascii_lowercase().contains("ld+json"));
            if name == "title" {
                self.meta.title_tag(content);
            } else if name == "script" && json_ld {
                self.meta.json_ld(content);
            }
        }
        let empty_raw = self_closing && RAW_TEXT.contains(&name.as_str());
        if VOID.contains(&name.as_str()) || empty_raw || self.stack.len() >= MAX_DEPTH {
            return;
        }
        let (weight, factor, furniture) = select::node_hints(&name, attrs);
        let mut kept_landmark = None;
        if self.dropped.is_none() && furniture == Some("hidden") && !is_block(&name) {
            // Hidden inline text ("Opens in a new window" for screen readers, a hidden label)
            // is no part of any block.
            self.dropped = Some(Dropped {
                depth: self.stack.len(),
                reason: None,
                start,
                text: String::new(),
            });
        }
        if self.dropped.is_none() {
            // An article's own header holds its title and lead, not page furniture.
            let article_header = name == "header"
                && self
                    .stack
                    .iter()
                    .any(|o| o.name == "article" || o.name == "main");
            let found = DROPPED.iter().find(|(n, _)| *n == name);
            if let Some(&(_, reason)) = found.filter(|_| !article_header) {
                if self.kept_open.contains(&start) {
                    kept_landmark = reason;
                } else {
                    self.dropped = Some(Dropped {
                        depth: self.stack.len(),
                        reason,
                        start,
                        text: String::new(),
                    });
                }
            }
        }
        if let Some(d) = self.dropped.as_mut() {
            if is_block(&name) && !d.text.is_empty() && !d.text.ends_with(' ') {
                d.text.push(' ');
            }
        }
        if name == "a" {
            // `<a>` inside `<a>` ends the first, as in browsers: a link left unclosed does not
            // make the rest of the page link text.
            for open in self.stack.iter_mut().filter(|o| o.link) {
                open.link = false;
                self.links = self.links.saturating_sub(1);
            }
            self.links += 1;
        }
        let furniture = kept_landmark.or(furniture);
        let node = self.nodes.len();
        if let Some(labels) = self.labels.as_mut() {
            let mut label = name.clone();
            for key in ["id", "class"] {
                if let Some(v) = attr(attrs, key) {
                    label.push(if key == "id" { '#' } else { '.' });
                    label.push_str(&v.split_whitespace().collect::<Vec<_>>().join("."));
                }
            }
            labels.push(label);
        }
        self.nodes.push(select::Node {
            parent: self.stack.last().map(|o| o.node),
            end: usize::MAX,
            weight,
            factor,
            furniture,
        });
        let block = is_block(&name);
        let kept = KEPT.iter().find(|k| **k == name).copied();
        let link = name == "a";
        self.stack.push(Open {
            name,
            node,
            block,
            kept,
            link,
        });
    }

    fn end_tag(&mut self, name: &str, end: usize) {
        if is_block(name) || name == "br" {
            self.flush();
        }
        if name == "br" {
            return;
        }
        if let Some(i) = self.stack.iter().rposition(|o| o.name == name) {
            self.pop_to(i, end);
        }
    }

    /// The closings HTML implies: a block start closes an open `<p>`; `<li>` closes the open
    /// item of its list; a heading closes an open heading.
    fn close_implied(&mut self, name: &str, at: usize) {
        let innermost_block = self.stack.iter().rposition(|o| o.block);
        if let Some(i) = innermost_block {
            let open = self.stack[i].name.as_str();
            let heading =
                |n: &str| n.len() == 2 && n.starts_with('h') && n.as_bytes()[1].is_ascii_digit();
            if open == "p" || (heading(open) && heading(name)) {
                self.pop_to(i, at);
            }
        }
        if name == "li" {
            let li = self.stack.iter().rposition(|o| o.name == "li");
            let list = self
                .stack
                .iter()
                .rposition(|o| o.name == "ul" || o.name == "ol");
            if let Some(i) = li.filter(|&i| list.is_none_or(|l| l < i)) {
                self.pop_to(i, at);
            }
        }
    }

    /// Closes the open elements from index `i` up, ending at raw offset `end`.
    fn pop_to(&mut self, i: usize, end: usize) {
        if self.dropped.as_ref().is_some_and(|d| d.depth >= i) {
            if let Some(d) = self.dropped.take() {
                // Closed by the end of an element around it (or of the page), not its own.
                if d.depth > i && d.reason.is_some() {
                    let len = d.text.len();
                    if self.unclosed.is_none_or(|(_, l)| l < len) {
                        self.unclosed = Some((d.start, len));
                    }
                }
                let text = d.text.trim();
                if let (Some(reason), false) = (d.reason, text.is_empty()) {
                    let start = d.start.min(end);
                    self.removed.push(Removed {
                        text: text.to_string(),
                        reason,
                        raw_span: Span::new(start, end),
                    });
                }
            }
        }
        let closed_links = self
            .stack
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .filter(|o| o.link)
            .count();
        self.links = self.links.saturating_sub(closed_links);
        let end_node = self.nodes.len();
        for open in self.stack.get(i..).unwrap_or(&[]) {
            if let Some(node) = self.nodes.get_mut(open.node) {
                node.end = end_node;
            }
        }
        self.stack.truncate(i);
    }

    /// The innermost kept element the text is in.
    fn kind(&self) -> Option<&'static str> {
        self.stack.iter().rev().find_map(|o| o.kept)
    }

    fn text(&mut self, start: usize, end: usize) {
        let Some(s) = self.raw.get(start..end) else {
            return;
        };
        if let Some(d) = self.dropped.as_mut() {
            if d.reason.is_some() {
                let decoded = entities::decode_all(s);
                for word in decoded.split_whitespace() {
                    if !d.text.is_empty() && !d.text.ends_with(' ') {
                        d.text.push(' ');
                    }
                    d.text.push_str(word);
                }
                if decoded.ends_with(|c: char| c.is_whitespace()) && !d.text.is_empty() {
                    d.text.push(' ');
                }
            }
            return;
        }
        let in_link = self.links > 0;
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c) {
                let run = bytes[i..]
                    .iter()
                    .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c))
                    .count();
                let space = match bytes[i..i + run].iter().position(|&b| b == b' ') {
                    Some(p) => Space::Copy(start + i + p),
                    None => Space::Anchor(start + i),
                };
                if !self.cur.is_empty() {
                    self.pending_space = Some(space);
                }
                i += run;
                continue;
            }
            let before = self.cur.text.len();
            self.emit_pending_space();
            if b == b'&' {
                if let Some((decoded, len)) = s.get(i..).and_then(entities::decode_at) {
                    self.cur.derived(&decoded, start + i);
                    self.note_raw(start + i, start + i + len);
                    i += len;
                    self.count_link(in_link, before);
                    continue;
                }
            }
            let run = bytes[i + 1..]
                .iter()
                .take_while(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'&'))
                .count()
                + 1;
            if let Some(piece) = s.get(i..i + run) {
                self.cur.copy(piece, start + i);
                self.note_raw(start + i, start + i + run);
            }
            i += run;
            self.count_link(in_link, before);
        }
    }

    fn emit_pending_space(&mut self) {
        match self.pending_space.take() {
            Some(Space::Copy(at)) => self.cur.copy(" ", at),
            Some(Space::Anchor(at)) => self.cur.derived(" ", at),
            None => {}
        }
    }

    fn note_raw(&mut self, start: usize, end: usize) {
        if self.cur_raw.is_none() {
            self.cur_kind = self.kind();
        }
        let first = self.cur_raw.map_or(start, |(s, _)| s);
        self.cur_raw = Some((first, end));
    }

    fn count_link(&mut self, in_link: bool, before: usize) {
        if in_link {
            self.cur_link_bytes += self.cur.text.len() - before;
        }
    }

    /// Ends the block being collected and turns it into a unit.
    fn flush(&mut self) {
        self.pending_space = None;
        let text = std::mem::take(&mut self.cur);
        let link_bytes = std::mem::take(&mut self.cur_link_bytes);
        let kind = self.cur_kind.take();
        let raw = self.cur_raw.take();
        let line_break = self.continue_para.take();
        let Some((raw_start, raw_end)) = raw else {
            return;
        };
        if text.is_empty() {
            return;
        }
        let continues =
            line_break.is_some() && self.units.last().is_some_and(|u| u.para == self.para);
        if !continues && !self.units.is_empty() {
            self.para += 1;
        }
        if kind == Some("h1") && self.first_h1.is_none() {
            self.first_h1 = Some(text.text.clone());
        }
        // A bare address reads like a link (microdata spans, "Source: https://...").
        let url_bytes: usize = text
            .text
            .split_whitespace()
            .filter(|w| {
                w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www.")
            })
            .map(str::len)
            .sum();
        let link_bytes = link_bytes.max(url_bytes);
        let link_share = link_bytes as f64 / text.text.len().max(1) as f64;
        let words = text.text.split_whitespace().count();
        let chars = text.text.chars().count();
        let commas = text
            .text
            .chars()
            .filter(|c| matches!(c, ',' | '\u{060C}' | '\u{FF0C}' | '\u{3001}'))
            .count();
        let heading = matches!(kind, Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
        let preset = match kind {
            None if link_share >= 0.5 => Some("navigation"),
            None if !is_prose(&text.text, words) => Some(LAYOUT),
            Some("li") if link_share >= 0.6 => Some("navigation"),
            _ => None,
        };
        self.blocks.push(select::Block {
            node: self.stack.iter().rev().find(|o| o.block).map(|o| o.node),
            chars,
            link_chars: (link_share * chars as f64).round() as usize,
            commas,
            preset: preset.is_some(),
            loose: preset == Some(LAYOUT),
            item: matches!(kind, Some("li" | "dt" | "dd")),
            heading,
            closing: if heading || (words <= 6 && link_share < 0.5) {
                match crate::rules::line_role(&text.text) {
                    Some(crate::rules::Role::RelatedHeading) => Some(select::Closing::Related),
                    Some(crate::rules::Role::Footer) if heading => Some(select::Closing::Rest),
                    _ => None,
                }
            } else {
                None
            },
            sentence: text
                .text
                .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', ')'])
                .ends_with(['.', '!', '?', '\u{3002}', '\u{2026}']),
        });
        self.units.push(Unit {
            pieces: text.pieces,
            text: text.text,
            raw: Span::new(raw_start, raw_end.max(raw_start)),
            para: self.para,
            line_break: Piece {
                len: 1,
                origin: Origin::Derived(line_break.unwrap_or(raw_start)),
            },
            hint: if kind == Some("figcaption") {
                Hint::Caption
            } else {
                Hint::None
            },
            preset,
            markup: true,
        });
    }
}

/// The reason for loose text that does not read like prose.
const LAYOUT: &str = "layout";

/// Text outside any paragraph element is kept only when it reads like prose.
fn is_prose(text: &str, words: usize) -> bool {
    words >= 8 && text.contains(['.', '!', '?'])
}

// --- metadata -------------------------------------------------------------------------------

/// Metadata candidates in order of preference, filled while scanning.
#[derive(Default)]
struct MetaCollector {
    og_title: Option<String>,
    json_title: Option<String>,
    title_tag: Option<String>,
    published: Option<String>,
    json_published: Option<String>,
    time_tag: Option<String>,
    outlet: Option<String>,
    json_outlet: Option<String>,
    author: Option<String>,
    json_author: Option<String>,
    url: Option<String>,
    canonical: Option<String>,
    language: Option<String>,
    title: Option<String>,
}

/// `<meta>` names and properties that give the publication time.
#[rustfmt::skip]
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published",
];

/// `<meta>` names and properties that give the author.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "parsely-author",
    "sailthru.author",
];

fn set_once(slot: &mut Option<String>, value: &str) {
    let value = collapse(value);
    if slot.is_none() && !value.is_empty() {
        *slot = Some(value);
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn attr<'v>(attrs: &'v [(String, String)], key: &str) -> Option<&'v str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

impl MetaCollector {
    fn tag(&mut self, name: &str, attrs: &[(String, String)], dates_ok: bool) {
        match name {
            "html" => {
                if let Some(lang) = attr(attrs, "lang") {
                    set_once(&mut self.language, lang);
                }
            }
            "meta" => {
                let key = ["property", "name", "itemprop"]
                    .iter()
                    .find_map(|k| attr(attrs, k))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let content = attr(attrs, "content")
                    .or_else(|| attr(attrs, "datetime"))
                    .unwrap_or("");
                match key.as_str() {
                    "og:title" | "twitter:title" => set_once(&mut self.og_title, content),
                    "og:site_name" => set_once(&mut self.outlet, content),
                    "og:url" => set_once(&mut self.url, content),
                    k if PUBLISHED_KEYS.contains(&k) => set_once(&mut self.published, content),
                    k if AUTHOR_KEYS.contains(&k) && !content.starts_with("http") => {
                        let by = content.trim();
                        let by = by
                            .strip_prefix("By ")
                            .or_else(|| by.strip_prefix("by "))
                            .unwrap_or(by);
                        set_once(&mut self.author, by);
                    }
                    _ => {}
                }
            }
            "link" => {
                let rel = attr(attrs, "rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") {
                    set_once(&mut self.canonical, attr(attrs, "href").unwrap_or(""));
                }
            }
            "time" if dates_ok => {
                if let Some(dt) = attr(attrs, "datetime") {
                    let preferred = attrs
                        .iter()
                        .any(|(k, v)| k == "pubdate" || (k == "itemprop" && v == "datePublished"));
                    if preferred {
                        self.time_tag = None;
                    }
                    set_once(&mut self.time_tag, dt);
                }
            }
            _ => {}
        }
    }

    fn title_tag(&mut self, content: &str) {
        set_once(&mut self.title_tag, &entities::decode_all(content));
    }

    fn json_ld(&mut self, content: &str) {
        if let Some(v) = json_string_after(content, "\"datePublished\"") {
            set_once(&mut self.json_published, &v);
        }
        if let Some(v) = json_string_after(content, "\"headline\"") {
            set_once(&mut self.json_title, &v);
        }
        if let Some(v) = json_name_of(content, "\"author\"") {
            set_once(&mut self.json_author, &v);
        }
        if let Some(v) = json_name_of(content, "\"publisher\"") {
            set_once(&mut self.json_outlet, &v);
        }
    }

    fn finish(&mut self, first_h1: Option<String>) {
        self.title = self
            .og_title
            .take()
            .or_else(|| self.json_title.take())
            .or_else(|| self.title_tag.take())
            .or(first_h1);
    }

    fn into_meta(self) -> HtmlMeta {
        let published_raw = self.published.or(self.json_published).or(self.time_tag);
        let outlet = self.outlet.or(self.json_outlet);
        HtmlMeta {
            title: self.title.map(|t| without_outlet_suffix(t, outlet.as_deref())),
            published: published_raw.as_deref().and_then(parse_date),
            published_raw,
            outlet,
            author: self.author.or(self.json_author),
            url: self.url.or(self.canonical),
            language: self.language,
        }
    }
}

/// A page title without the outlet's name after a separator ("Seoul says ... | Example News").
fn without_outlet_suffix(title: String, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet.map(str::trim).filter(|o| !o.is_empty()) else { return title };
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(head) = title.strip_suffix(outlet).and_then(|h| h.strip_suffix(sep)) {
            if !head.trim().is_empty() {
                return head.trim_end().to_string();
            }
        }
    }
    title
}

/// The date at the start of a timestamp: `2031-10-18`, `2031-10-18T09:30:00Z`, `2031/10/18`.
fn parse_date(value: &str) -> Option<NaiveDate> {
    let head: String = value
        .trim()
        .chars()
        .take(10)
        .map(|c| if c == '/' { '-' } else { c })
        .collect();
    NaiveDate::parse_from_str(&head, "%Y-%m-%d").ok()
}

/// The JSON string value that follows `key` (`"key": "value"`), unescaped.
fn json_string_after(json: &str, key: &str) -> Option<String> {
    let at = json.find(key)? + key.len();
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start();
    json_string(rest)
}

/// The name under `key`: either `"key": "Name"` or `"key": {... "name": "Name" ...}` (or a list
/// of such objects: the first name).
fn json_name_of(json: &str, key: &str) -> Option<String> {
    let at = json.find(key)? + key.len();
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start();
    if rest.starts_with('"') {
        return json_string(rest);
    }
    let window = &rest[..floor_boundary(rest, rest.len().min(600))];
    json_string_after(window, "\"name\"")
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A JSON string literal at the start of `s`, unescaped.
fn json_string(s: &str) -> Option<String> {
    let mut chars = s.strip_prefix('"')?.chars();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' | 'r' | 't' => out.push(' '),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                    out.push(c.unwrap_or('\u{FFFD}'));
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests;
