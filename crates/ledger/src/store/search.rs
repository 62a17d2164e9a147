//! Full-text search shared by the backends: turning what a user typed into words, the query
//! strings each database's search language gets, and the search of [`super::MemoryStore`].
//!
//! A user's query is never handed to a database's query parser. Quotes, `AND`, `*`, `-` and
//! parentheses mean something to FTS5 and to `to_tsquery`, and an unbalanced one is a syntax
//! error; so the query is cut into words (runs of letters and digits, lower-cased, each once) and
//! every word is quoted before it reaches the database. Punctuation therefore separates words
//! ("a-b" is "a" and "b") and a query of punctuation alone has no words and finds nothing.

use std::collections::HashSet;

use super::{HitKind, SearchHit};
use crate::records::DocRecords;

/// Words of a query beyond this many are ignored: the query stays cheap whatever is pasted in.
const MAX_WORDS: usize = 32;

/// Marks a matched word in a snippet, before and after.
pub(crate) const MARK: &str = "**";

/// The words of `query`: runs of letters and digits, lower case, first occurrence only, at most
/// [`MAX_WORDS`].
pub(crate) fn query_words(query: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| seen.insert(w.clone()))
        .take(MAX_WORDS)
        .collect()
}

/// An FTS5 query of `words`, each a quoted string (so `AND` or `NEAR` is a word, not an
/// operator), joined by `op` (`AND` or `OR`).
pub(crate) fn fts5_query(words: &[String], op: &str) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(&format!(" {op} "))
}

/// A `to_tsquery` text of `words`, each a quoted lexeme, joined by `op` (`&` or `|`).
pub(crate) fn tsquery_text(words: &[String], op: &str) -> String {
    words
        .iter()
        .map(|w| format!("'{}'", w.replace('\\', "").replace('\'', "''")))
        .collect::<Vec<_>>()
        .join(&format!(" {op} "))
}

/// Byte spans of the words of `text` (as [`query_words`] cuts them).
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A passage of `text` around the first word of `words`, matches between [`MARK`]s; `None` when
/// no word of `words` is in `text`.
pub(crate) fn snippet(text: &str, words: &HashSet<&str>) -> Option<String> {
    const BEFORE: usize = 6;
    const AFTER: usize = 14;
    let spans = word_spans(text);
    let hit = |&(s, e): &(usize, usize)| words.contains(text[s..e].to_lowercase().as_str());
    let first = spans.iter().position(hit)?;
    let from = first.saturating_sub(BEFORE);
    let to = (first + AFTER).min(spans.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let mut at = spans[from].0;
    for span in &spans[from..to] {
        out.push_str(&text[at..span.0]);
        if hit(span) {
            out.push_str(MARK);
            out.push_str(&text[span.0..span.1]);
            out.push_str(MARK);
        } else {
            out.push_str(&text[span.0..span.1]);
        }
        at = span.1;
    }
    if to < spans.len() {
        out.push('…');
    }
    Some(out)
}

/// How well `fields` match `words`: (words matched, occurrences).
fn matches(fields: &[&str], words: &[String]) -> (usize, usize) {
    let mut found = HashSet::new();
    let mut occurrences = 0;
    for field in fields {
        for (s, e) in word_spans(field) {
            let w = field[s..e].to_lowercase();
            if let Some(q) = words.iter().find(|q| **q == w) {
                found.insert(q.as_str());
                occurrences += 1;
            }
        }
    }
    (found.len(), occurrences)
}

/// Search over documents held in memory, with the semantics of [`super::Store::search`]: hits
/// with every word first, then by words matched and occurrences, then in storage order
/// (a document before its claims).
pub(crate) fn memory_search(docs: &[DocRecords], query: &str, limit: usize) -> Vec<SearchHit> {
    let words = query_words(query);
    if words.is_empty() || limit == 0 {
        return Vec::new();
    }
    let set: HashSet<&str> = words.iter().map(String::as_str).collect();
    let mut hits: Vec<(bool, f64, usize, SearchHit)> = Vec::new();
    let mut push = |fields: [&str; 2], kind: HitKind, doc: &str, id: &str| {
        let (found, occurrences) = matches(&fields, &words);
        if found == 0 {
            return;
        }
        let score = found as f64 + 1.0 - 1.0 / (1.0 + occurrences as f64);
        let snippet = snippet(fields[1], &set)
            .or_else(|| snippet(fields[0], &set))
            .unwrap_or_default();
        let order = hits.len();
        hits.push((
            found == words.len(),
            score,
            order,
            SearchHit {
                doc: doc.to_string(),
                kind,
                id: id.to_string(),
                snippet,
                score,
            },
        ));
    };
    for d in docs {
        let doc = &d.document;
        let title = doc.title.as_deref().unwrap_or("");
        push([title, &doc.text], HitKind::Document, &doc.id, &doc.id);
        for c in &d.claims {
            push([&c.source_text, &c.content], HitKind::Claim, &doc.id, &c.id);
        }
    }
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));
    hits.into_iter().take(limit).map(|h| h.3).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_become_plain_words() {
        assert_eq!(query_words("\"NIS\" AND a-b"), ["nis", "and", "a", "b"]);
        assert!(query_words("' * \" () :").is_empty());
        assert_eq!(query_words("Ships ships SHIPS"), ["ships"]);
        assert_eq!(
            fts5_query(&query_words("near AND"), "OR"),
            "\"near\" OR \"and\""
        );
        assert_eq!(tsquery_text(&query_words("x y"), "&"), "'x' & 'y'");
        assert_eq!(query_words(&"w ".repeat(100)).len(), 1);
    }

    #[test]
    fn snippets_mark_the_matches() {
        let words: HashSet<&str> = ["ships"].into_iter().collect();
        assert_eq!(
            snippet("Three cargo Ships left.", &words).as_deref(),
            Some("Three cargo **Ships** left")
        );
        assert_eq!(snippet("nothing here", &words), None);
    }
}
