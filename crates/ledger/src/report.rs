//! A ledger as a Markdown report a person reads.
//!
//! The JSON ledger is for tools; this is for the analyst. Per document it gives where the report
//! comes from, then a timeline of events (what, when, where, who, how many, and which claims
//! carry it), the claims themselves with their source, cue, status and evidence, and the places,
//! entities, quantities and claim relations behind them. Claims get short labels (C1, C2, ...)
//! within their document so events and relations can point at them. Text from the documents is
//! escaped, so a stray `*` or `|` in an article cannot break the layout.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::ids::normalise;

use crate::records::{
    ClaimRecord, DocumentRecord, EntityRecord, EventRecord, LedgerJson, MentionRecord, PlaceRecord,
    QuantityRecord, RelationRecord,
};

/// The report for a whole ledger.
pub fn render_markdown(ledger: &LedgerJson) -> String {
    let ix = Index::new(ledger);
    let mut out = String::new();
    out.push_str("# Situation report\n\n");
    out.push_str(&format!(
        "{} · {} · {} · {} · {} — sitrep {}\n",
        count(ledger.documents.len(), "document"),
        count(ledger.events.len(), "event"),
        count(ledger.claims.len(), "claim"),
        count(ledger.entities.len(), "entity"),
        count(ledger.places.len(), "place"),
        esc(&ledger.version),
    ));
    for (n, doc) in ledger.documents.iter().enumerate() {
        render_document(&mut out, &ix, n + 1, doc);
    }
    if ledger.documents.len() > 1 {
        render_across(&mut out, &ix);
    }
    out
}

/// Look-ups the sections share.
struct Index<'a> {
    ledger: &'a LedgerJson,
    entities: HashMap<&'a str, &'a EntityRecord>,
    places: HashMap<&'a str, &'a PlaceRecord>,
    quantities: HashMap<&'a str, &'a QuantityRecord>,
    /// Claim id -> "C1", numbered per document in text order.
    labels: HashMap<&'a str, String>,
    /// Document id -> its number in the report.
    doc_numbers: HashMap<&'a str, usize>,
}

impl<'a> Index<'a> {
    fn new(ledger: &'a LedgerJson) -> Index<'a> {
        let mut labels = HashMap::new();
        for doc in &ledger.documents {
            for (i, c) in claims_of(ledger, &doc.id).into_iter().enumerate() {
                labels.insert(c.id.as_str(), format!("C{}", i + 1));
            }
        }
        Index {
            ledger,
            entities: ledger.entities.iter().map(|e| (e.id.as_str(), e)).collect(),
            places: ledger.places.iter().map(|p| (p.id.as_str(), p)).collect(),
            quantities: ledger
                .quantities
                .iter()
                .map(|q| (q.id.as_str(), q))
                .collect(),
            labels,
            doc_numbers: ledger
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i + 1))
                .collect(),
        }
    }

    fn entity_name(&self, id: &str) -> String {
        self.entities
            .get(id)
            .map_or_else(|| format!("`{}`", esc(id)), |e| esc(&e.name))
    }

    fn place_name(&self, id: &str) -> String {
        self.places
            .get(id)
            .map_or_else(|| format!("`{}`", esc(id)), |p| esc(&p.name))
    }

    fn label(&self, claim: &str) -> String {
        self.labels
            .get(claim)
            .cloned()
            .unwrap_or_else(|| format!("`{}`", esc(claim)))
    }
}

fn claims_of<'a>(ledger: &'a LedgerJson, doc: &str) -> Vec<&'a ClaimRecord> {
    let mut claims: Vec<&ClaimRecord> = ledger.claims.iter().filter(|c| c.doc == doc).collect();
    claims.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
    claims
}

fn mentions_in(mentions: &[MentionRecord], doc: &str) -> usize {
    mentions.iter().filter(|m| m.doc == doc).count()
}

fn count(n: usize, noun: &str) -> String {
    match (n, noun) {
        (1, _) => format!("1 {noun}"),
        (_, "entity") => format!("{n} entities"),
        _ => format!("{n} {noun}s"),
    }
}

/// Document text made safe for one line of Markdown: whitespace collapsed, markup escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(
                c,
                '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A number as people write it: 400, not 400.0.
fn num(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        "?".to_string()
    }
}

fn quantity_phrase(q: &QuantityRecord) -> String {
    let mut s = String::new();
    match q.bound.as_deref() {
        Some("MORE_THAN") => s.push_str("more than "),
        Some("LESS_THAN") => s.push_str("up to "),
        _ => {}
    }
    if q.approx {
        s.push('≈');
    }
    s.push_str(&num(q.value));
    // ("up to 150" holds its bound as the upper end too.)
    if let Some(upper) = q.upper.filter(|&u| u != q.value) {
        s.push('–');
        s.push_str(&num(upper));
    }
    if let Some(unit) = &q.unit {
        s.push(' ');
        s.push_str(&esc(unit));
    }
    s
}

fn render_document(out: &mut String, ix: &Index, n: usize, doc: &DocumentRecord) {
    let title = doc.title.as_deref().unwrap_or(&doc.source);
    out.push_str(&format!("\n## {n}. {}\n\n", esc(title)));

    let mut about = Vec::new();
    if let Some(outlet) = &doc.outlet {
        about.push(format!("*{}*", esc(outlet)));
    }
    about.push(match &doc.published {
        Some(date) => format!("published {}", esc(date)),
        None => "publication date unknown".to_string(),
    });
    if let Some(author) = &doc.author {
        about.push(format!("by {}", esc(author)));
    }
    about.push(format!(
        "`{}`",
        esc(doc.url.as_deref().unwrap_or(&doc.source))
    ));
    about.push(format!("`{}`", doc.id));
    out.push_str(&about.join(" · "));
    out.push('\n');

    let mut notes = Vec::new();
    if !doc.removed.is_empty() {
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for r in &doc.removed {
            *reasons.entry(r.reason.as_str()).or_default() += 1;
        }
        let reasons: Vec<String> = reasons
            .into_iter()
            .map(|(r, k)| {
                if k == 1 {
                    esc(r)
                } else {
                    format!("{} ×{k}", esc(r))
                }
            })
            .collect();
        notes.push(format!(
            "cleaning removed {} ({})",
            count(doc.removed.len(), "block"),
            reasons.join(", ")
        ));
    }
    if !doc.captions.is_empty() {
        notes.push(format!(
            "{} kept and marked",
            count(doc.captions.len(), "caption")
        ));
    }
    for w in &doc.warnings {
        notes.push(format!("warning: {}", esc(w)));
    }
    if !notes.is_empty() {
        let mut line = notes.join("; ");
        if let Some(first) = line.get(..1) {
            line = first.to_uppercase() + &line[1..];
        }
        out.push_str(&format!("\n{line}.\n"));
    }

    render_timeline(out, ix, &doc.id);
    render_claims(out, ix, &doc.id);
    render_places(out, ix, &doc.id);
    render_entities(out, ix, &doc.id);
    render_quantities(out, ix, &doc.id);
    render_relations(out, ix, &doc.id);
}

fn render_timeline(out: &mut String, ix: &Index, doc: &str) {
    let mut events: Vec<&EventRecord> = ix.ledger.events.iter().filter(|v| v.doc == doc).collect();
    if events.is_empty() {
        return;
    }
    // Dated events by date, then undated ones, each in text order.
    events.sort_by(|a, b| {
        let key = |v: &'_ EventRecord| {
            let (s, e) = v
                .time
                .as_ref()
                .map_or(("", ""), |t| (t.start.as_str(), t.end.as_str()));
            (v.time.is_none(), s.to_string(), e.to_string(), v.start)
        };
        key(a).cmp(&key(b))
    });
    out.push_str("\n### Timeline\n\n");
    for v in events {
        let when = match &v.time {
            Some(t) if t.start == t.end => esc(&t.start),
            Some(t) => format!("{} → {}", esc(&t.start), esc(&t.end)),
            None => "undated".to_string(),
        };
        let plover = v
            .plover
            .as_deref()
            .map(|p| format!(" ({})", esc(p)))
            .unwrap_or_default();
        out.push_str(&format!(
            "- **{when}** · **{}**{plover} · {} · “{}”\n",
            esc(&v.event_type),
            esc(&v.status),
            esc(&v.trigger)
        ));
        let mut parts = Vec::new();
        if !v.places.is_empty() {
            let places: Vec<String> = v
                .places
                .iter()
                .map(|p| format!("{} ({})", ix.place_name(&p.place), esc(&p.role)))
                .collect();
            parts.push(format!("where: {}", places.join(", ")));
        }
        if !v.actors.is_empty() {
            let actors: Vec<String> = v
                .actors
                .iter()
                .map(|a| {
                    // (A disputed agent says whose account names it.)
                    let per: Vec<String> = a.according_to.iter().map(|c| ix.label(c)).collect();
                    let per = if per.is_empty() { String::new() } else { format!(", according to {}", per.join(", ")) };
                    format!("{} ({}{per})", ix.entity_name(&a.entity), esc(&a.role))
                })
                .collect();
            parts.push(format!("who: {}", actors.join(", ")));
        }
        if !v.quantities.is_empty() {
            let qs: Vec<String> = v
                .quantities
                .iter()
                .map(|q| {
                    ix.quantities
                        .get(q.as_str())
                        .map_or_else(|| format!("`{}`", esc(q)), |q| quantity_phrase(q))
                })
                .collect();
            parts.push(format!("how many: {}", qs.join(", ")));
        }
        if !v.claims.is_empty() {
            let claims: Vec<String> = v.claims.iter().map(|c| ix.label(c)).collect();
            parts.push(format!("per {}", claims.join(", ")));
        }
        if !parts.is_empty() {
            out.push_str(&format!("  {}\n", parts.join(" · ")));
        }
    }
}

fn render_claims(out: &mut String, ix: &Index, doc: &str) {
    let claims = claims_of(ix.ledger, doc);
    if claims.is_empty() {
        return;
    }
    out.push_str("\n### Claims\n\n");
    for c in claims {
        let source = match (&c.source, c.source_text.is_empty()) {
            (Some(id), _) => {
                let name = ix.entity_name(id);
                let said = esc(&c.source_text);
                let same = |e: &&EntityRecord| normalise(&e.name) == normalise(&c.source_text);
                if c.source_text.is_empty() || ix.entities.get(id.as_str()).is_some_and(same) {
                    name
                } else {
                    format!("{name} (“{said}”)")
                }
            }
            (None, false) => format!("“{}”", esc(&c.source_text)),
            (None, true) => "unattributed".to_string(),
        };
        let mut facts = Vec::new();
        if !c.cue.is_empty() {
            facts.push(format!("“{}”", esc(&c.cue)));
        }
        facts.push(esc(&c.status));
        if let Some(date) = &c.date {
            facts.push(esc(date));
        }
        if !c.evidence.is_empty() {
            let ev: Vec<String> = c
                .evidence
                .iter()
                .map(|e| esc(&e.replace('_', " ")))
                .collect();
            facts.push(format!("evidence: {}", ev.join(", ")));
        }
        if let Some(outlet) = &c.reported_by {
            facts.push(format!("via {}", esc(outlet)));
        }
        out.push_str(&format!(
            "- **{}** {source} — {}\n",
            ix.label(&c.id),
            facts.join(" · ")
        ));
        out.push_str(&format!("  > {}\n", esc(&c.content)));
    }
}

fn render_places(out: &mut String, ix: &Index, doc: &str) {
    let mut places: Vec<(&PlaceRecord, usize)> = ix
        .ledger
        .places
        .iter()
        .map(|p| (p, mentions_in(&p.mentions, doc)))
        .filter(|(_, k)| *k > 0)
        .collect();
    if places.is_empty() {
        return;
    }
    places.sort_by(|a, b| (&a.0.name, &a.0.id).cmp(&(&b.0.name, &b.0.id)));
    out.push_str("\n### Places\n\n");
    for (p, k) in places {
        // (A spot the text gives by its coordinates keeps their precision.)
        let point = p.kind == "other" && p.geonames_id.is_none();
        let mut facts = vec![if point { format!("{:.4}, {:.4}", p.lat, p.lon) } else { format!("{:.2}, {:.2}", p.lat, p.lon) }];
        if let Some(country) = &p.country {
            facts.push(esc(country));
        }
        facts.push(esc(&p.kind));
        if let Some(admin1) = &p.admin1 {
            facts.push(esc(admin1));
        }
        if let Some(g) = p.geonames_id {
            facts.push(format!("GeoNames {g}"));
        }
        facts.push(count(k, "mention"));
        out.push_str(&format!("- **{}** — {}\n", esc(&p.name), facts.join(" · ")));
    }
}

fn render_entities(out: &mut String, ix: &Index, doc: &str) {
    let mut by_type: BTreeMap<&str, Vec<(&EntityRecord, usize)>> = BTreeMap::new();
    for e in &ix.ledger.entities {
        let k = mentions_in(&e.mentions, doc);
        let cited = ix
            .ledger
            .claims
            .iter()
            .any(|c| c.doc == doc && c.source.as_deref() == Some(e.id.as_str()))
            || ix
                .ledger
                .events
                .iter()
                .any(|v| v.doc == doc && v.actors.iter().any(|a| a.entity == e.id));
        if k > 0 || cited {
            by_type
                .entry(e.entity_type.as_str())
                .or_default()
                .push((e, k));
        }
    }
    if by_type.is_empty() {
        return;
    }
    out.push_str("\n### Entities\n\n");
    for (ty, mut list) in by_type {
        list.sort_by(|a, b| (&a.0.name, &a.0.id).cmp(&(&b.0.name, &b.0.id)));
        let names: Vec<String> = list
            .iter()
            .map(|(e, k)| {
                let mut extra = Vec::new();
                if !e.aliases.is_empty() {
                    extra.push(
                        e.aliases
                            .iter()
                            .map(|a| esc(a))
                            .collect::<Vec<_>>()
                            .join(", "),
                    );
                }
                if let Some(country) = &e.country {
                    extra.push(esc(country));
                }
                extra.push(format!("×{k}"));
                format!("{} ({})", esc(&e.name), extra.join("; "))
            })
            .collect();
        out.push_str(&format!("- **{}**: {}\n", esc(ty), names.join(", ")));
    }
}

fn render_quantities(out: &mut String, ix: &Index, doc: &str) {
    let quantities: Vec<&QuantityRecord> = ix
        .ledger
        .quantities
        .iter()
        .filter(|q| q.doc == doc)
        .collect();
    if quantities.is_empty() {
        return;
    }
    out.push_str("\n### Quantities\n\n");
    for q in quantities {
        out.push_str(&format!("- “{}” — {}\n", esc(&q.text), quantity_phrase(q)));
    }
}

fn render_relations(out: &mut String, ix: &Index, doc: &str) {
    // `doc` is an extra field; a ledger without it places a relation by its first claim.
    let in_doc = |r: &RelationRecord| {
        if r.doc.is_empty() {
            ix.ledger
                .claims
                .iter()
                .any(|c| c.id == r.from && c.doc == doc)
        } else {
            r.doc == doc
        }
    };
    let relations: Vec<&RelationRecord> =
        ix.ledger.relations.iter().filter(|r| in_doc(r)).collect();
    if relations.is_empty() {
        return;
    }
    out.push_str("\n### Relations\n\n");
    for r in relations {
        let origin = if r.independent {
            "independent sources"
        } else {
            "same originator"
        };
        let cue = r
            .cue
            .as_deref()
            .map(|c| format!(" (“{}”)", esc(c)))
            .unwrap_or_default();
        out.push_str(&format!(
            "- {} **{}** {} — {origin}{cue}\n",
            ix.label(&r.from),
            esc(&r.relation_type),
            ix.label(&r.to)
        ));
    }
}

/// Entities and places more than one document mentions: where the reports meet.
fn render_across(out: &mut String, ix: &Index) {
    let docs_of = |mentions: &[MentionRecord]| -> Vec<usize> {
        let mut ns: Vec<usize> = mentions
            .iter()
            .filter_map(|m| ix.doc_numbers.get(m.doc.as_str()).copied())
            .collect();
        ns.sort_unstable();
        ns.dedup();
        ns
    };
    let mut lines = Vec::new();
    let mut place_names = HashSet::new();
    for p in &ix.ledger.places {
        let ns = docs_of(&p.mentions);
        if ns.len() > 1 {
            place_names.insert(normalise(&p.name));
            lines.push((
                p.name.clone(),
                format!("**{}** (place, {})", esc(&p.name), esc(&p.kind)),
                ns,
            ));
        }
    }
    for e in &ix.ledger.entities {
        let ns = docs_of(&e.mentions);
        // A resolved place is listed once, as a place.
        let is_place = matches!(e.entity_type.as_str(), "GPE" | "LOC" | "FAC")
            && place_names.contains(&normalise(&e.name));
        if ns.len() > 1 && !is_place {
            lines.push((
                e.name.clone(),
                format!("**{}** ({})", esc(&e.name), esc(&e.entity_type)),
                ns,
            ));
        }
    }
    if lines.is_empty() {
        return;
    }
    lines.sort();
    out.push_str("\n## Across documents\n\n");
    for (_, what, ns) in lines {
        let ns: Vec<String> = ns.iter().map(|n| n.to_string()).collect();
        out.push_str(&format!("- {what} — in documents {}\n", ns.join(", ")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::{merge, records_for};

    fn report() -> String {
        let ledger = merge(
            [
                records_for(&fixture::report()),
                records_for(&fixture::follow_up()),
            ],
            "9.9.9",
        );
        render_markdown(&ledger)
    }

    #[test]
    fn report_has_every_section_for_a_full_document() {
        let md = report();
        for heading in [
            "# Situation report",
            "## 1. Ships leave Velmora \\| harbour quiet",
            "### Timeline",
            "### Claims",
            "### Places",
            "### Entities",
            "### Quantities",
            "### Relations",
            "## 2. fixtures/harbour-wire.txt",
            "## Across documents",
        ] {
            assert!(md.contains(heading), "missing {heading:?} in\n{md}");
        }
        assert!(md.contains("2 documents · 2 events · 5 claims"), "{md}");
    }

    /// A disputed agent says whose account names it.
    #[test]
    fn a_disputed_agent_says_whose_account_names_it() {
        let mut ledger = merge([records_for(&fixture::report()), records_for(&fixture::follow_up())], "9.9.9");
        let claim = ledger.claims[0].id.clone();
        let event = ledger.events.iter_mut().find(|e| e.actors.iter().any(|a| a.role == "agent")).expect("an event with an agent");
        event.actors.iter_mut().find(|a| a.role == "agent").expect("agent").according_to = vec![claim];
        let md = render_markdown(&ledger);
        assert!(md.contains("(agent, according to C"), "{md}");
    }

    #[test]
    fn timeline_lists_dated_events_first_with_their_frame() {
        let md = report();
        let dated =
            md.find("- **2024-03-03 → 2024-03-05** · **transport** (MOBILIZE) · occurred · “left”");
        let undated = md.find("- **undated** · **strike**");
        assert!(dated.is_some() && undated.is_some(), "{md}");
        assert!(dated < undated);
        assert!(
            md.contains("where: Velmora (origin), Castor Bay (destination)"),
            "{md}"
        );
        assert!(
            md.contains("who: Velmar Shipping (carrier), Averin Coast Guard (agent)"),
            "{md}"
        );
        assert!(md.contains("how many: 3 ships · per C1, C3"), "{md}");
        assert!(
            md.contains("how many: more than ≈400–450.5 workers · per C2"),
            "{md}"
        );
    }

    #[test]
    fn claims_show_source_cue_status_evidence_and_content() {
        let md = report();
        assert!(md.contains(
            "- **C1** Averin Coast Guard — “said” · asserted · 2024-03-05 · evidence: satellite imagery · via The Averin Ledger"
        ), "{md}");
        assert!(
            md.contains("  > Three cargo ships left the harbour of Velmora"),
            "{md}"
        );
        assert!(
            md.contains("- **C4** unattributed — unverified · evidence: photo"),
            "{md}"
        );
        assert!(
            md.contains("- C3 **contradicts** C1 — independent sources (“denied”)"),
            "{md}"
        );
        assert!(
            md.contains("- C2 **corroborates** C1 — same originator"),
            "{md}"
        );
    }

    #[test]
    fn places_entities_and_meeting_points_are_listed() {
        let md = report();
        assert!(md.contains("- **Velmora** — 44.12, 12.34 · XA · city · Averin Coast · GeoNames 9990001 · 2 mentions"), "{md}");
        assert!(
            md.contains(
                "- **ORG**: Averin Coast Guard (ACG; XA; ×2), Velmar Shipping (Velmar; XA; ×2)"
            ),
            "{md}"
        );
        assert!(
            !md.contains("Phantom Board"),
            "an unmentioned entity stays out"
        );
        assert!(
            md.contains("- **Velmar Shipping** (ORG) — in documents 1, 2"),
            "{md}"
        );
        assert!(
            md.contains("- **Castor Bay** (place, water) — in documents 1, 2"),
            "{md}"
        );
        assert!(
            !md.contains("**Castor Bay** (LOC)"),
            "a place is listed once: {md}"
        );
        assert!(
            md.contains("- **C2** Averin Coast Guard (“the coast guard”) — “according to”"),
            "{md}"
        );
        assert!(
            md.contains("Cleaning removed 1 block (newsletter); 1 caption kept and marked"),
            "{md}"
        );
    }

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(esc("a *b* | c_d\n  e"), "a \\*b\\* \\| c\\_d e");
    }

    #[test]
    fn empty_ledger_renders_a_header_only() {
        let md = render_markdown(&merge(Vec::new(), "1"));
        assert!(md.starts_with("# Situation report\n\n0 documents"), "{md}");
    }
}
