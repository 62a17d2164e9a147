//! Questions to the whole ledger, asked the same way by `sitrep story|entity` and by the web API.
//!
//! A story is found by full-text search (the store's index: SQLite FTS5 or PostgreSQL text
//! search), then only the documents found are read back and linked (`sitrep_link`): canonical
//! entities, event clusters, provenance, figures and credibility. Linking a few hundred documents
//! takes milliseconds, so it is done per question and always reflects the ledger as it is now,
//! with the analyst's current source grades.

use std::collections::{HashMap, HashSet};

use sitrep_ledger::{DocumentSummary, Error, LedgerJson, Store};
use sitrep_link::{build_story, resolve_ledger_entities, CanonicalEntity, Grades, Story, StoryOptions};

/// The analyst's source grades, as linking reads them.
pub fn grades(store: &dyn Store) -> Result<Grades, Error> {
    let mut grades = Grades::new();
    for (source, g) in store.grades()? {
        grades.insert(&source, g.grade);
    }
    Ok(grades)
}

/// The story of the documents holding `words`: `None` when no document matches. At most `limit`
/// search hits are read; only clusters reported by at least `min_docs` documents are kept.
pub fn story(store: &dyn Store, words: &str, limit: usize, min_docs: usize) -> Result<Option<Story>, Error> {
    Ok(story_with_documents(store, words, limit, min_docs)?.map(|(story, _)| story))
}

/// [`story`], with the documents it was linked from.
pub fn story_with_documents(
    store: &dyn Store,
    words: &str,
    limit: usize,
    min_docs: usize,
) -> Result<Option<(Story, Vec<DocumentSummary>)>, Error> {
    let docs = dedup(store.search(words, limit)?.into_iter().map(|h| h.doc));
    if docs.is_empty() {
        return Ok(None);
    }
    let ledger = store.export(Some(&docs))?;
    // The story is what the documents holding every word report; documents matching only some
    // words still lend their reports to those clusters.
    let wanted = lower_words(words);
    let core: Vec<String> = ledger
        .documents
        .iter()
        .filter(|d| {
            let text = lower_words(&format!("{} {}", d.title.as_deref().unwrap_or(""), d.text));
            let have: HashSet<&String> = text.iter().collect();
            wanted.iter().all(|w| have.contains(w))
        })
        .map(|d| d.id.clone())
        .collect();
    let options = StoryOptions {
        grades: grades(store)?,
        focus: (!core.is_empty()).then_some(core),
        min_docs,
    };
    // The list lines `sitrep serve` shows for stored documents, counted from the records read
    // (a place counts once per document that mentions it).
    let claims = per_document(ledger.claims.iter().map(|c| c.doc.as_str()));
    let events = per_document(ledger.events.iter().map(|e| e.doc.as_str()));
    let places = per_document(ledger.places.iter().flat_map(|p| {
        let docs: HashSet<&str> = p.mentions.iter().map(|m| m.doc.as_str()).collect();
        docs
    }));
    let documents = ledger
        .documents
        .iter()
        .map(|d| DocumentSummary {
            id: d.id.clone(),
            title: d.title.clone(),
            outlet: d.outlet.clone(),
            published: d.published.clone(),
            source: d.source.clone(),
            claims: claims.get(d.id.as_str()).copied().unwrap_or(0),
            events: events.get(d.id.as_str()).copied().unwrap_or(0),
            places: places.get(d.id.as_str()).copied().unwrap_or(0),
        })
        .collect();
    Ok(Some((build_story(&ledger, &options), documents)))
}

/// The ledger of the documents holding any of `words` (at most `limit` search hits), or of every
/// document when `words` is `None`; `None` when words were given and no document matches.
pub fn ledger_of(store: &dyn Store, words: Option<&str>, limit: usize) -> Result<Option<LedgerJson>, Error> {
    let Some(words) = words else {
        return store.export(None).map(Some);
    };
    let docs = dedup(store.search(words, limit)?.into_iter().map(|h| h.doc));
    if docs.is_empty() {
        return Ok(None);
    }
    store.export(Some(&docs)).map(Some)
}

/// The canonical entities named `name` (a name, alias or acronym) across the ledger, with the
/// reasons their records were joined; empty when none is.
pub fn entity(store: &dyn Store, name: &str) -> Result<Vec<CanonicalEntity>, Error> {
    let mut docs = store.docs_mentioning_entity(name)?;
    if docs.is_empty() {
        docs = store.search(name, 200)?.into_iter().map(|h| h.doc).collect();
    }
    if docs.is_empty() {
        return Ok(Vec::new());
    }
    // One more round: documents naming the entity by its other names.
    let ledger = store.export(Some(&dedup(docs.clone())))?;
    let first = resolve_ledger_entities(&ledger);
    for e in first.find(name) {
        for alias in std::iter::once(&e.name).chain(&e.aliases) {
            docs.extend(store.docs_mentioning_entity(alias)?);
        }
    }
    let ledger = store.export(Some(&dedup(docs)))?;
    let index = resolve_ledger_entities(&ledger);
    Ok(index.find(name).into_iter().cloned().collect())
}

/// How many times each document id occurs.
fn per_document<'a>(docs: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut n = HashMap::new();
    for d in docs {
        *n.entry(d).or_default() += 1;
    }
    n
}

/// Lower-case words, for matching a query against a text.
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `items` without repeats, first occurrences in order.
fn dedup(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    items.into_iter().filter(|i| seen.insert(i.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_ignore_case_and_punctuation() {
        assert_eq!(lower_words("Convoy, KALININGRAD! s-400"), ["convoy", "kaliningrad", "s", "400"]);
    }

    #[test]
    fn repeats_are_dropped_in_order() {
        let ids = ["d-2", "d-1", "d-2", "d-3", "d-1"].map(String::from);
        assert_eq!(dedup(ids), ["d-2", "d-1", "d-3"]);
    }
}
