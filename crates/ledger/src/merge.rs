//! Combining the records of many documents into one ledger.
//!
//! Entity, place and time records are shared across documents: records with one id become one
//! record holding every mention. Where the documents disagree on an attribute (an entity's
//! spelling, its country), the value backed by the most mentions wins and ties go to the smallest
//! value, so the outcome depends on the set of documents, not on the order they arrive in.
//! Quantities, claims, events and relations belong to one document each; they follow the order of
//! the documents and, within a document, the order of the text.
//!
//! The store's export is this function applied to the stored records, which is what makes a
//! ledger read back from disk identical to one computed in memory.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::ids::normalise;
use crate::records::{
    DocRecords, EntityRecord, LedgerJson, MentionRecord, PlaceRecord, TimeRecord,
};

/// One ledger from the records of many documents.
///
/// Documents keep the order given (a document given twice, by id, counts once: its first
/// records); entities, places and times are sorted by id; per-document records follow their
/// document, then their position in its text.
pub fn merge(records: impl IntoIterator<Item = DocRecords>, version: &str) -> LedgerJson {
    let mut ledger = LedgerJson::empty(version);
    let mut seen = HashSet::new();
    for r in records {
        if !seen.insert(r.document.id.clone()) {
            continue;
        }
        ledger.documents.push(r.document);
        ledger.entities.extend(r.entities);
        ledger.places.extend(r.places);
        ledger.times.extend(r.times);
        ledger.quantities.extend(r.quantities);
        ledger.claims.extend(r.claims);
        ledger.events.extend(r.events);
        ledger.relations.extend(r.relations);
    }

    ledger.entities = merge_entities(std::mem::take(&mut ledger.entities));
    ledger.places = merge_places(std::mem::take(&mut ledger.places));
    ledger.times = merge_times(std::mem::take(&mut ledger.times));

    let position: HashMap<&str, usize> = ledger
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let pos = |doc: &str| position.get(doc).copied().unwrap_or(usize::MAX);
    ledger.quantities.sort_by(|a, b| {
        (pos(&a.doc), a.start, a.end, &a.id).cmp(&(pos(&b.doc), b.start, b.end, &b.id))
    });
    ledger.claims.sort_by(|a, b| {
        (pos(&a.doc), a.start, a.end, &a.id).cmp(&(pos(&b.doc), b.start, b.end, &b.id))
    });
    ledger.events.sort_by(|a, b| {
        (pos(&a.doc), a.start, a.end, &a.id).cmp(&(pos(&b.doc), b.start, b.end, &b.id))
    });
    // Relations by where their claims stand in the text.
    let claim_start: HashMap<&str, usize> = ledger
        .claims
        .iter()
        .map(|c| (c.id.as_str(), c.start))
        .collect();
    let at = |claim: &str| claim_start.get(claim).copied().unwrap_or(usize::MAX);
    ledger.relations.sort_by(|a, b| {
        (pos(&a.doc), at(&a.from), at(&a.to), &a.relation_type, &a.id).cmp(&(
            pos(&b.doc),
            at(&b.from),
            at(&b.to),
            &b.relation_type,
            &b.id,
        ))
    });
    ledger
}

/// The value with the highest total weight; ties go to the smallest value.
fn vote<T: Ord>(items: impl IntoIterator<Item = (T, usize)>) -> Option<T> {
    let mut tally: BTreeMap<T, usize> = BTreeMap::new();
    for (value, weight) in items {
        *tally.entry(value).or_default() += weight;
    }
    let mut best: Option<(T, usize)> = None;
    for (value, weight) in tally {
        // Ascending order: a later value must weigh strictly more to win.
        let wins = match &best {
            Some((_, w)) => weight > *w,
            None => true,
        };
        if wins {
            best = Some((value, weight));
        }
    }
    best.map(|(value, _)| value)
}

fn sorted_mentions(mentions: impl IntoIterator<Item = MentionRecord>) -> Vec<MentionRecord> {
    let set: BTreeSet<MentionRecord> = mentions.into_iter().collect();
    set.into_iter().collect()
}

/// Names other than `name`, sorted, one per normalised form: "VELMAR SHIPPING" is no alias of
/// "Velmar Shipping", and of "ACG" and "A.C.G." only the first (in sort order) is kept.
fn other_names<'a>(names: impl IntoIterator<Item = &'a String>, name: &str) -> Vec<String> {
    let sorted: BTreeSet<&String> = names.into_iter().collect();
    let mut seen = HashSet::from([normalise(name)]);
    sorted
        .into_iter()
        .filter(|n| !n.is_empty() && seen.insert(normalise(n)))
        .cloned()
        .collect()
}

fn group_by_id<T>(records: Vec<T>, id: impl Fn(&T) -> &str) -> BTreeMap<String, Vec<T>> {
    let mut groups: BTreeMap<String, Vec<T>> = BTreeMap::new();
    for r in records {
        groups.entry(id(&r).to_string()).or_default().push(r);
    }
    groups
}

/// One record per entity id: all mentions, the best-backed name, type, country and organisation
/// kind, and every other name as an alias.
pub(crate) fn merge_entities(records: Vec<EntityRecord>) -> Vec<EntityRecord> {
    let mut out = Vec::new();
    for (id, group) in group_by_id(records, |e| &e.id) {
        let weight = |e: &EntityRecord| e.mentions.len();
        let Some(name) = vote(group.iter().map(|e| (e.name.clone(), weight(e)))) else {
            continue;
        };
        let entity_type =
            vote(group.iter().map(|e| (e.entity_type.clone(), weight(e)))).unwrap_or_default();
        let country = vote(
            group
                .iter()
                .filter_map(|e| Some((e.country.clone()?, weight(e)))),
        );
        let org_kind = vote(
            group
                .iter()
                .filter_map(|e| Some((e.org_kind.clone()?, weight(e)))),
        );
        let aliases = other_names(
            group.iter().flat_map(|e| e.aliases.iter().chain([&e.name])),
            &name,
        );
        let mentions = sorted_mentions(group.into_iter().flat_map(|e| e.mentions));
        out.push(EntityRecord {
            id,
            name,
            entity_type,
            aliases,
            country,
            mentions,
            org_kind,
        });
    }
    out
}

/// The order in which candidate records for one id are preferred: most mentions first, then the
/// earliest first mention, then the record's own fields, so the choice never depends on input
/// order.
fn prefer<T>(
    a: &T,
    b: &T,
    mentions: impl Fn(&T) -> &[MentionRecord],
    fields: impl Fn(&T, &T) -> Ordering,
) -> Ordering {
    let (ma, mb) = (mentions(a), mentions(b));
    mb.len()
        .cmp(&ma.len())
        .then_with(|| ma.iter().min().cmp(&mb.iter().min()))
        .then_with(|| fields(a, b))
}

/// One record per place id: the preferred candidate's attributes (missing ones filled from the
/// others), all mentions, and every other spelling as an alias.
pub(crate) fn merge_places(records: Vec<PlaceRecord>) -> Vec<PlaceRecord> {
    let mut out = Vec::new();
    for (_, mut group) in group_by_id(records, |p| &p.id) {
        group.sort_by(|a, b| {
            prefer(
                a,
                b,
                |p| &p.mentions,
                |a, b| {
                    (
                        &a.name,
                        &a.kind,
                        &a.country,
                        &a.admin1,
                        a.population,
                        a.geonames_id,
                    )
                        .cmp(&(
                            &b.name,
                            &b.kind,
                            &b.country,
                            &b.admin1,
                            b.population,
                            b.geonames_id,
                        ))
                        .then_with(|| a.lat.total_cmp(&b.lat))
                        .then_with(|| a.lon.total_cmp(&b.lon))
                },
            )
        });
        let mut rest = group.into_iter();
        let Some(mut place) = rest.next() else {
            continue;
        };
        let rest: Vec<PlaceRecord> = rest.collect();
        for other in &rest {
            place.country = place.country.or_else(|| other.country.clone());
            place.admin1 = place.admin1.or_else(|| other.admin1.clone());
            place.geonames_id = place.geonames_id.or(other.geonames_id);
        }
        let names = place
            .aliases
            .iter()
            .chain(rest.iter().flat_map(|p| p.aliases.iter().chain([&p.name])));
        place.aliases = other_names(names, &place.name);
        place.mentions = sorted_mentions(
            std::mem::take(&mut place.mentions)
                .into_iter()
                .chain(rest.into_iter().flat_map(|p| p.mentions)),
        );
        out.push(place);
    }
    out
}

/// One record per time id: the preferred candidate's text, type and modifier, all mentions.
pub(crate) fn merge_times(records: Vec<TimeRecord>) -> Vec<TimeRecord> {
    let mut out = Vec::new();
    for (_, mut group) in group_by_id(records, |t| &t.id) {
        group.sort_by(|a, b| {
            prefer(
                a,
                b,
                |t| &t.mentions,
                |a, b| {
                    (&a.text, &a.value, &a.timex_type, &a.timex_mod).cmp(&(
                        &b.text,
                        &b.value,
                        &b.timex_type,
                        &b.timex_mod,
                    ))
                },
            )
        });
        let mut rest = group.into_iter();
        let Some(mut time) = rest.next() else {
            continue;
        };
        time.mentions = sorted_mentions(
            std::mem::take(&mut time.mentions)
                .into_iter()
                .chain(rest.flat_map(|t| t.mentions)),
        );
        out.push(time);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::records::records_for;

    fn mention(doc: &str, start: usize) -> MentionRecord {
        MentionRecord {
            doc: doc.into(),
            start,
            end: start + 1,
            kind: None,
        }
    }

    fn entity(name: &str, mentions: Vec<MentionRecord>, country: Option<&str>) -> EntityRecord {
        EntityRecord {
            id: "e-1".into(),
            name: name.into(),
            entity_type: "ORG".into(),
            aliases: vec![],
            country: country.map(str::to_string),
            mentions,
            org_kind: None,
        }
    }

    #[test]
    fn vote_prefers_weight_then_smallest_value() {
        assert_eq!(
            vote([("b", 2), ("a", 1), ("a", 1)]),
            Some("a"),
            "a ties b at 2 and is smaller"
        );
        assert_eq!(vote([("b", 3), ("a", 1)]), Some("b"));
        assert_eq!(vote(Vec::<(&str, usize)>::new()), None);
    }

    #[test]
    fn entity_merge_is_order_independent_and_keeps_every_name() {
        let a = entity(
            "Velmar Shipping",
            vec![mention("d-a", 0), mention("d-a", 5)],
            None,
        );
        let b = entity("VELMAR SHIPPING", vec![mention("d-b", 3)], Some("XA"));
        let ab = merge_entities(vec![a.clone(), b.clone()]);
        let ba = merge_entities(vec![b, a]);
        assert_eq!(ab, ba);
        assert_eq!(ab.len(), 1);
        assert_eq!(
            ab[0].name, "Velmar Shipping",
            "backed by two mentions against one"
        );
        assert!(
            ab[0].aliases.is_empty(),
            "a case variant is no alias: {:?}",
            ab[0].aliases
        );
        assert_eq!(ab[0].country.as_deref(), Some("XA"));
        assert_eq!(ab[0].mentions.len(), 3);
    }

    #[test]
    fn merge_joins_shared_entities_and_drops_repeated_documents() {
        let (one, two) = (fixture::report(), fixture::follow_up());
        let (r1, r2) = (records_for(&one), records_for(&two));
        let ledger = merge([r1.clone(), r2.clone(), r1.clone()], "t");
        assert_eq!(
            ledger.documents.len(),
            2,
            "the repeated document counts once"
        );
        assert_eq!(ledger.claims.len(), r1.claims.len() + r2.claims.len());

        let velmar: Vec<&EntityRecord> = ledger
            .entities
            .iter()
            .filter(|e| e.name == "Velmar Shipping")
            .collect();
        assert_eq!(
            velmar.len(),
            1,
            "one record for the entity both documents name"
        );
        let docs: BTreeSet<&str> = velmar[0].mentions.iter().map(|m| m.doc.as_str()).collect();
        assert_eq!(docs, BTreeSet::from([one.id(), two.id()]));

        // Shared records do not depend on the order of documents.
        let reversed = merge([r2, r1], "t");
        assert_eq!(ledger.entities, reversed.entities);
        assert_eq!(ledger.places, reversed.places);
        assert_eq!(ledger.times, reversed.times);

        let ids: Vec<&str> = ledger.entities.iter().map(|e| e.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "entities are sorted by id");
    }

    #[test]
    fn per_document_records_follow_the_text() {
        let ledger = merge([records_for(&fixture::report())], "t");
        let starts: Vec<usize> = ledger.claims.iter().map(|c| c.start).collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted);
    }
}
