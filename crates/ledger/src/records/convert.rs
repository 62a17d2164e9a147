//! From an analysed [`Doc`] to its ledger records.
//!
//! This is where layer indices become ids: an entity index becomes the entity's `e-` id, a claim
//! index the claim's `c-` id, and so on, so records from different documents can be combined
//! without renumbering. Texts the contract wants spelled out (claim content, event trigger,
//! quantity text) are cut from the document text by their spans, never taken from elsewhere.

use std::collections::BTreeSet;

use sitrep_doc::{ActorRole, Doc, MentionKind, QuoteKind, Span};

use super::{
    ActorRecord, ClaimRecord, DocRecords, DocumentRecord, EntityRecord, EventPlaceRecord,
    EventRecord, MentionRecord, PlaceRecord, QuantityRecord, RelationRecord, RemovedRecord,
    SpanPair, TimeRecord, TimeSpanRecord,
};
use crate::ids::{self, IdAlloc};
use crate::merge::{merge_entities, merge_places, merge_times};

/// The records of one analysed document, with stable ids. Layers the document lacks give empty
/// lists.
pub fn records_for(doc: &Doc) -> DocRecords {
    let doc_id = doc.id().to_string();

    // Ids of layer items, by layer index, so later layers can refer to them.
    let entity_ids: Vec<String> = doc
        .entities()
        .entities
        .iter()
        .map(|e| ids::entity_id(e.entity_type.as_str(), &e.name))
        .collect();
    let place_ids: Vec<String> = doc
        .places()
        .places
        .iter()
        .map(|p| ids::place_id(&p.name, p.lat, p.lon, p.geonames_id))
        .collect();
    let mut alloc = IdAlloc::default();
    let quantity_ids: Vec<String> = doc
        .quantities()
        .iter()
        .map(|q| positional_id(&mut alloc, "q", "quantity", &doc_id, q.span))
        .collect();
    let claim_ids: Vec<String> = doc
        .claims()
        .iter()
        .map(|c| positional_id(&mut alloc, "c", "claim", &doc_id, c.content))
        .collect();

    DocRecords {
        document: document_record(doc),
        entities: entity_records(doc, &entity_ids),
        places: place_records(doc, &place_ids),
        times: time_records(doc),
        quantities: quantity_records(doc, &quantity_ids),
        claims: claim_records(doc, &claim_ids, &entity_ids),
        events: event_records(
            doc,
            &mut alloc,
            &entity_ids,
            &place_ids,
            &quantity_ids,
            &claim_ids,
        ),
        relations: relation_records(doc, &mut alloc, &claim_ids),
    }
}

fn positional_id(alloc: &mut IdAlloc, prefix: &str, kind: &str, doc: &str, span: Span) -> String {
    alloc.alloc(
        prefix,
        &[
            kind,
            doc,
            &span.start().to_string(),
            &span.end().to_string(),
        ],
    )
}

fn pair(span: Span) -> SpanPair {
    [span.start(), span.end()]
}

fn mention(doc: &Doc, span: Span, kind: Option<MentionKind>) -> MentionRecord {
    MentionRecord {
        doc: doc.id().to_string(),
        start: span.start(),
        end: span.end(),
        kind: kind.map(|k| mention_kind(k).to_string()),
    }
}

fn mention_kind(kind: MentionKind) -> &'static str {
    match kind {
        MentionKind::Name => "name",
        MentionKind::Alias => "alias",
        MentionKind::Anaphor => "anaphor",
        MentionKind::Metonym => "metonym",
    }
}

fn quote_kind(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "mixed",
        QuoteKind::None => "none",
    }
}

fn document_record(doc: &Doc) -> DocumentRecord {
    let meta = doc.meta();
    DocumentRecord {
        id: doc.id().to_string(),
        source: meta.source.clone(),
        title: meta.title.clone(),
        outlet: meta.outlet.clone(),
        published: meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
        text: doc.text().to_string(),
        captions: doc.captions().iter().map(|&s| pair(s)).collect(),
        removed: doc
            .removed()
            .iter()
            .map(|r| RemovedRecord {
                text: r.text.clone(),
                reason: r.reason.to_string(),
                raw_span: Some(pair(r.raw_span)),
            })
            .collect(),
        author: meta.author.clone(),
        url: meta.url.clone(),
        language: meta.language.clone(),
        warnings: doc.warnings().to_vec(),
    }
}

/// Entities with their mentions in this document. An entity that is neither mentioned nor
/// referred to by a claim or event has no provenance and is left out.
fn entity_records(doc: &Doc, entity_ids: &[String]) -> Vec<EntityRecord> {
    let layer = doc.entities();
    let mut referenced = BTreeSet::new();
    referenced.extend(doc.claims().iter().filter_map(|c| c.source_entity));
    referenced.extend(
        doc.events()
            .iter()
            .flat_map(|e| e.actors.iter().map(|&(i, _)| i)),
    );

    let mut records = Vec::new();
    for (i, (entity, id)) in layer.entities.iter().zip(entity_ids).enumerate() {
        let mentions: Vec<MentionRecord> = layer
            .mentions
            .iter()
            .filter(|m| m.entity == i)
            .map(|m| mention(doc, m.span, Some(m.kind)))
            .collect();
        if mentions.is_empty() && !referenced.contains(&i) {
            continue;
        }
        records.push(EntityRecord {
            id: id.clone(),
            name: entity.name.clone(),
            entity_type: entity.entity_type.as_str().to_string(),
            aliases: entity.aliases.clone(),
            country: entity.country.clone(),
            mentions,
            org_kind: entity.org_kind.map(|k| k.as_str().to_string()),
        });
    }
    // Two entities of one document may share an id (same type, same normalised name).
    merge_entities(records)
}

/// Places with their mentions; the words of a mention that differ from the gazetteer name become
/// aliases.
fn place_records(doc: &Doc, place_ids: &[String]) -> Vec<PlaceRecord> {
    let layer = doc.places();
    let referenced: BTreeSet<usize> = doc
        .events()
        .iter()
        .flat_map(|e| e.places.iter().map(|&(i, _)| i))
        .collect();

    let mut records = Vec::new();
    for (i, (place, id)) in layer.places.iter().zip(place_ids).enumerate() {
        let spans: Vec<Span> = layer
            .mentions
            .iter()
            .filter(|m| m.place == i)
            .map(|m| m.span)
            .collect();
        if spans.is_empty() && !referenced.contains(&i) {
            continue;
        }
        let aliases: BTreeSet<String> = spans
            .iter()
            .map(|&s| doc.slice(s).to_string())
            .filter(|t| !t.is_empty() && *t != place.name)
            .collect();
        records.push(PlaceRecord {
            id: id.clone(),
            name: place.name.clone(),
            lat: place.lat,
            lon: place.lon,
            country: place.country.clone(),
            kind: place.kind.as_str().to_string(),
            geonames_id: place.geonames_id,
            mentions: spans.iter().map(|&s| mention(doc, s, None)).collect(),
            admin1: place.admin1.clone(),
            population: place.population,
            aliases: aliases.into_iter().collect(),
        });
    }
    merge_places(records)
}

/// One record per distinct (value, text); every expression is a mention of its record.
fn time_records(doc: &Doc) -> Vec<TimeRecord> {
    let records = doc
        .times()
        .exprs
        .iter()
        .map(|t| {
            let text = doc.slice(t.span).to_string();
            TimeRecord {
                id: ids::time_id(&t.value, &text),
                text,
                value: t.value.clone(),
                timex_type: t.timex_type.as_str().to_string(),
                timex_mod: t.timex_mod.map(|m| m.as_str().to_string()),
                mentions: vec![mention(doc, t.span, None)],
            }
        })
        .collect();
    merge_times(records)
}

fn quantity_records(doc: &Doc, quantity_ids: &[String]) -> Vec<QuantityRecord> {
    doc.quantities()
        .iter()
        .zip(quantity_ids)
        .map(|(q, id)| QuantityRecord {
            id: id.clone(),
            text: doc.slice(q.span).to_string(),
            value: q.value,
            unit: q.unit.clone(),
            approx: q.approx,
            doc: doc.id().to_string(),
            start: q.span.start(),
            end: q.span.end(),
            upper: q.upper,
            bound: q.bound.map(|b| b.as_str().to_string()),
            unit_span: q.unit_span.map(pair),
        })
        .collect()
}

fn claim_records(doc: &Doc, claim_ids: &[String], entity_ids: &[String]) -> Vec<ClaimRecord> {
    doc.claims()
        .iter()
        .zip(claim_ids)
        .map(|(c, id)| ClaimRecord {
            id: id.clone(),
            doc: doc.id().to_string(),
            source: c.source_entity.and_then(|i| entity_ids.get(i)).cloned(),
            source_text: c
                .source_span
                .map(|s| doc.slice(s))
                .unwrap_or("")
                .to_string(),
            cue: c.cue_span.map(|s| doc.slice(s)).unwrap_or("").to_string(),
            content: doc.slice(c.content).to_string(),
            start: c.content.start(),
            end: c.content.end(),
            source_span: c.source_span.map(pair),
            cue_span: c.cue_span.map(pair),
            evidence: c.evidence.iter().map(|e| e.as_str().to_string()).collect(),
            status: c.status.as_str().to_string(),
            reported_by: doc.meta().outlet.clone(),
            date: c.date.clone(),
            quote: quote_kind(c.quote).to_string(),
        })
        .collect()
}

fn event_records(
    doc: &Doc,
    alloc: &mut IdAlloc,
    entity_ids: &[String],
    place_ids: &[String],
    quantity_ids: &[String],
    claim_ids: &[String],
) -> Vec<EventRecord> {
    // The setters guarantee every index is in range; `get` keeps a broken layer from panicking.
    doc.events()
        .iter()
        .map(|e| EventRecord {
            id: positional_id(alloc, "v", "event", doc.id(), e.trigger),
            event_type: e.event_type.to_string(),
            plover: e.plover.map(str::to_string),
            trigger: doc.slice(e.trigger).to_string(),
            doc: doc.id().to_string(),
            start: e.trigger.start(),
            end: e.trigger.end(),
            actors: e
                .actors
                .iter()
                .filter_map(|&(i, role)| {
                    let entity = entity_ids.get(i)?.clone();
                    let according_to = e
                        .disputed_agents
                        .iter()
                        .filter(|&&(a, _)| a == i && role == ActorRole::Agent)
                        .filter_map(|&(_, c)| claim_ids.get(c).cloned())
                        .collect();
                    Some(ActorRecord {
                        entity,
                        role: role.as_str().to_string(),
                        according_to,
                    })
                })
                .collect(),
            places: e
                .places
                .iter()
                .filter_map(|&(i, role)| {
                    let place = place_ids.get(i)?.clone();
                    Some(EventPlaceRecord {
                        place,
                        role: role.as_str().to_string(),
                    })
                })
                .collect(),
            quantities: e
                .quantities
                .iter()
                .filter_map(|&i| quantity_ids.get(i).cloned())
                .collect(),
            time: e.time.as_ref().map(|(start, end)| TimeSpanRecord {
                start: start.clone(),
                end: end.clone(),
            }),
            status: e.status.as_str().to_string(),
            claims: e
                .claims
                .iter()
                .filter_map(|&i| claim_ids.get(i).cloned())
                .collect(),
            other_triggers: e.other_triggers.iter().map(|&s| pair(s)).collect(),
        })
        .collect()
}

fn relation_records(doc: &Doc, alloc: &mut IdAlloc, claim_ids: &[String]) -> Vec<RelationRecord> {
    doc.relations()
        .iter()
        .filter_map(|r| {
            let from = claim_ids.get(r.from)?.clone();
            let to = claim_ids.get(r.to)?.clone();
            let relation_type = r.relation.as_str().to_string();
            Some(RelationRecord {
                id: alloc.alloc("r", &["relation", doc.id(), &relation_type, &from, &to]),
                relation_type,
                from,
                to,
                independent: r.independent,
                doc: doc.id().to_string(),
                cue: r.cue_span.map(|s| doc.slice(s).to_string()),
                cue_span: r.cue_span.map(pair),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use sitrep_doc::{Claim, ClaimStatus, DocMeta, Evidence};

    use super::*;
    use crate::fixture::{self, at};

    #[test]
    fn ids_are_stable_and_typed_by_prefix() {
        let (a, b) = (
            records_for(&fixture::report()),
            records_for(&fixture::report()),
        );
        assert_eq!(a, b, "same document, same records");
        assert_eq!(a.document.id, fixture::report().id());
        assert!(a.entities.iter().all(|e| e.id.starts_with("e-")));
        assert!(a.places.iter().all(|p| p.id.starts_with("p-")));
        assert!(a.times.iter().all(|t| t.id.starts_with("t-")));
        assert!(a.quantities.iter().all(|q| q.id.starts_with("q-")));
        assert!(a.claims.iter().all(|c| c.id.starts_with("c-")));
        assert!(a.events.iter().all(|v| v.id.starts_with("v-")));
        assert!(a.relations.iter().all(|r| r.id.starts_with("r-")));
        // Pinned: an id change breaks every stored ledger and outside reference.
        assert_eq!(
            ids::entity_id("ORG", "Velmar Shipping"),
            "e-ec9bbb7d8ebbbfdf"
        );
    }

    #[test]
    fn same_entity_and_place_get_one_id_across_documents() {
        let (a, b) = (
            records_for(&fixture::report()),
            records_for(&fixture::follow_up()),
        );
        let id_of = |r: &DocRecords, name: &str| {
            r.entities
                .iter()
                .find(|e| normalise_eq(&e.name, name))
                .map(|e| e.id.clone())
        };
        assert_eq!(id_of(&a, "Velmar Shipping"), id_of(&b, "VELMAR SHIPPING"));
        assert_eq!(
            id_of(&a, "Averin Coast Guard"),
            id_of(&b, "The Averin Coast Guard")
        );
        let bay = |r: &DocRecords| {
            r.places
                .iter()
                .find(|p| p.name == "Castor Bay")
                .map(|p| p.id.clone())
        };
        assert_eq!(bay(&a), bay(&b));
        assert!(
            a.places.iter().any(|p| p.id == "p-9990001"),
            "GeoNames id when known"
        );
    }

    fn normalise_eq(a: &str, b: &str) -> bool {
        ids::normalise(a) == ids::normalise(b)
    }

    #[test]
    fn texts_come_from_the_spans() {
        let doc = fixture::report();
        let r = records_for(&doc);
        for c in &r.claims {
            assert_eq!(c.content, &doc.text()[c.start..c.end]);
            assert_eq!(c.reported_by.as_deref(), Some("The Averin Ledger"));
        }
        let first = &r.claims[0];
        assert_eq!(first.source_text, "the Averin Coast Guard");
        assert_eq!(first.cue, "said");
        assert_eq!(first.evidence, vec!["satellite_imagery"]);
        assert_eq!(first.date.as_deref(), Some("2024-03-05"));
        assert_eq!(r.events[0].trigger, "left");
        assert_eq!(r.events[0].other_triggers.len(), 2);
        assert_eq!(r.quantities[1].text, "About 400 dock workers");
        assert_eq!(r.quantities[1].bound.as_deref(), Some("MORE_THAN"));
        assert_eq!(
            r.document.captions,
            vec![[at(doc.text(), "A crane", 0).start(), doc.text().len()]]
        );
        assert_eq!(r.document.removed[0].reason, "newsletter");
        let velmora = r
            .places
            .iter()
            .find(|p| p.name == "Velmora")
            .expect("Velmora");
        assert_eq!(velmora.aliases, vec!["Velmora harbour"]);
        assert_eq!(velmora.mentions.len(), 2);
    }

    #[test]
    fn references_resolve_and_everything_has_provenance() {
        let r = records_for(&fixture::report());
        let has = |ids: Vec<&String>, id: &String| ids.contains(&id);
        for v in &r.events {
            for a in &v.actors {
                assert!(has(r.entities.iter().map(|e| &e.id).collect(), &a.entity));
            }
            for p in &v.places {
                assert!(has(r.places.iter().map(|p| &p.id).collect(), &p.place));
            }
            for q in &v.quantities {
                assert!(has(r.quantities.iter().map(|q| &q.id).collect(), q));
            }
            for c in &v.claims {
                assert!(has(r.claims.iter().map(|c| &c.id).collect(), c));
            }
        }
        for c in &r.claims {
            if let Some(source) = &c.source {
                assert!(has(r.entities.iter().map(|e| &e.id).collect(), source));
            }
        }
        assert!(r.entities.iter().all(|e| !e.mentions.is_empty()));
        assert!(r.places.iter().all(|p| !p.mentions.is_empty()));
        assert!(
            !r.entities.iter().any(|e| e.name == "Phantom Board"),
            "unmentioned, unreferenced"
        );
        let kinds: Vec<Option<&str>> = r
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.kind.as_deref()))
            .collect();
        assert!(kinds.contains(&Some("anaphor")) && !kinds.contains(&None));
    }

    #[test]
    fn times_split_by_text_and_keep_modifiers() {
        let r = records_for(&fixture::report());
        let on_fifth: Vec<&TimeRecord> =
            r.times.iter().filter(|t| t.value == "2024-03-05").collect();
        assert_eq!(
            on_fifth.len(),
            2,
            "\"March 5\" and \"Tuesday\" are two records"
        );
        let tuesday = on_fifth
            .iter()
            .find(|t| t.text == "Tuesday")
            .expect("Tuesday");
        assert_eq!(tuesday.timex_mod.as_deref(), Some("APPROX"));
        assert_eq!(tuesday.timex_type, "DATE");
    }

    #[test]
    fn claims_sharing_a_content_span_get_distinct_ids() {
        let text = "Osk said and Lind agreed that the ferry sank.";
        let mut doc = Doc::from_text(DocMeta::default(), text);
        let claim = |cue: &str| Claim {
            source_span: None,
            source_entity: None,
            cue_span: Some(at(text, cue, 0)),
            content: at(text, "the ferry sank", 0),
            evidence: vec![Evidence::Testimony],
            status: ClaimStatus::Asserted,
            quote: QuoteKind::Indirect,
            date: None,
        };
        doc.set_claims(vec![claim("said"), claim("agreed")])
            .expect("claims");
        let r = records_for(&doc);
        assert_ne!(r.claims[0].id, r.claims[1].id);
        assert_eq!(
            records_for(&doc).claims,
            r.claims,
            "and the same ones every run"
        );
    }

    #[test]
    fn a_bare_document_gives_only_its_document_record() {
        let r = records_for(&fixture::bare());
        assert_eq!(r.document.text, "Nothing happened.");
        assert_eq!(r.document.published, None);
        assert!(r.entities.is_empty() && r.claims.is_empty() && r.events.is_empty());
    }
}
