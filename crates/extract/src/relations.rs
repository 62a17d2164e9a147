//! Relations between the claims of one document: one claim corroborates, contradicts or repeats
//! another, and whether the two come from independent sources.
//!
//! Corroboration is read where the text states it ("The claim corroborated earlier assertions by
//! X that ..."); contradiction from a denial that shares its subject with an earlier claim;
//! repetition from near-identical content. Two claims are independent when their sources are
//! different entities; a claim without a known source is never counted as independent.

use sitrep_doc::{Claim, ClaimRelation, ClaimStatus, Doc, Error, RelationType, Stage};

use crate::cues::{CORROBORATION_CUES, REFERRING_OPENERS};
use crate::view::{content_words, sentence_ranges, View};

/// The relation stage: needs the claim layer; writes the relation layer.
#[derive(Debug, Default, Clone, Copy)]
pub struct RuleRelationLinker;

impl Stage for RuleRelationLinker {
    fn name(&self) -> &'static str {
        "relations"
    }
    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let relations = link_claims(doc);
        doc.set_relations(relations)
    }
}

fn independent(a: &Claim, b: &Claim) -> bool {
    matches!((a.source_entity, b.source_entity), (Some(x), Some(y)) if x != y)
}

/// Links the claims of a document.
pub fn link_claims(doc: &Doc) -> Vec<ClaimRelation> {
    let v = View::new(doc);
    let claims = doc.claims();
    let mut out: Vec<ClaimRelation> = Vec::new();
    let push = |r: ClaimRelation, out: &mut Vec<ClaimRelation>| {
        let dup = out.iter().any(|x| {
            x.relation == r.relation && ((x.from, x.to) == (r.from, r.to) || (x.from, x.to) == (r.to, r.from))
        });
        if r.from != r.to && !dup {
            out.push(r);
        }
    };

    // Stated corroboration: the cue's subject is an earlier claim, its object a claim here.
    for &(a, b) in &sentence_ranges(doc) {
        let Some(k) = (a..b).find(|&i| CORROBORATION_CUES.contains(&v.w(i))) else { continue };
        let cue = v.span(k);
        let Some(target) = claims.iter().position(|c| c.content.start() > cue.end() && c.cue_span.is_some_and(|s| s.start() >= cue.start())) else {
            continue;
        };
        let sentence_start = v.span(a).start();
        let subject_refers_back = (a..k).any(|i| matches!(v.w(i), "claim" | "report" | "this" | "it" | "finding" | "information" | "assessment"));
        let anchor = if subject_refers_back {
            claims.iter().rposition(|c| c.content.end() <= sentence_start)
        } else {
            claims.iter().rposition(|c| c.content.start() >= sentence_start && c.content.end() <= cue.start())
        };
        if let Some(from) = anchor {
            let r = ClaimRelation {
                relation: RelationType::Corroborates,
                from,
                to: target,
                independent: independent(&claims[from], &claims[target]),
                cue_span: Some(cue),
            };
            push(r, &mut out);
        }
    }

    // A denial of "the report" / "the claims" / "it" contradicts the last claim before it by
    // someone else.
    for (j, c) in claims.iter().enumerate() {
        if c.status != ClaimStatus::Denied {
            continue;
        }
        let head = doc.slice(c.content).trim_start().to_lowercase();
        let anaphoric = REFERRING_OPENERS.iter().any(|o| head.starts_with(o));
        let target = claims[..j]
            .iter()
            .rposition(|p| p.status != ClaimStatus::Denied && (p.source_entity != c.source_entity || p.source_entity.is_none()));
        if let (true, Some(i)) = (anaphoric, target) {
            let r = ClaimRelation {
                relation: RelationType::Contradicts,
                from: j,
                to: i,
                independent: independent(&claims[i], c),
                cue_span: c.cue_span,
            };
            push(r, &mut out);
        }
    }

    // Denials contradict the earlier claims they share their subject with; near-identical
    // contents repeat each other.
    let words: Vec<Vec<String>> = claims.iter().map(|c| content_words(doc, c.content)).collect();
    for j in 0..claims.len() {
        for i in 0..j {
            let shared = words[i].iter().filter(|w| words[j].contains(w)).count();
            let smaller = words[i].len().min(words[j].len()).max(1);
            let denial = (claims[j].status == ClaimStatus::Denied) != (claims[i].status == ClaimStatus::Denied);
            if denial && shared >= 2 {
                let r = ClaimRelation {
                    relation: RelationType::Contradicts,
                    from: j,
                    to: i,
                    independent: independent(&claims[i], &claims[j]),
                    cue_span: None,
                };
                push(r, &mut out);
            } else if !denial && shared * 10 >= smaller * 7 && smaller >= 4 && !claims[i].content.overlaps(claims[j].content) {
                let r = ClaimRelation {
                    relation: RelationType::Repeats,
                    from: j,
                    to: i,
                    independent: independent(&claims[i], &claims[j]),
                    cue_span: None,
                };
                push(r, &mut out);
            }
        }
    }
    out
}
