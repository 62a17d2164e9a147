//! A story: the event clusters of a set of documents with, for each, who says so, who denies it,
//! how that changed, the figures over time, and how far it can be believed.
//!
//! The claims of a cluster are the claims that report its events, the claims of its reports
//! that speak of it without naming an event (by their words, [`ATTACH`]), and the claims a
//! document sets against them (a denial in the same report). Each claim takes one role: it *supports* the
//! happening, *denies* it, or only *notes* that the outlet could not verify it. Originators are
//! counted from supporting claims: one originator in ten outlets is one originator with nine
//! relays. An originator that first denies and later supports ("some vehicles were moved as part
//! of an exercise") has *softened* its denial; one that does the reverse has *reversed*.
//!
//! Figures are the counted quantities of the cluster's events and of its claims' content, each
//! with its originator, its date and its kind: a *plan* (an intention or expectation), an
//! *estimate* (approximate, bounded or hedged), or a *count*. Figures of one originator that
//! repeat are kept once, with the number of repeats.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;
use sitrep_ledger::records::{EventRecord, LedgerJson, QuantityRecord, RelationRecord};

use crate::credibility::{self, assess, status_weight, Credibility, Grades, Standing};
use crate::entities::{fold, resolve_ledger_entities, CanonicalEntity, EntityIndex};
use crate::events::{cluster_events, EventCluster};
use crate::provenance::{trace_claims, ClaimTrace, Hop};
use crate::words;

/// Word overlap (Jaccard over word 4-grams) from which a claim is a copy of another.
pub const COPY_OVERLAP: f64 = 0.6;

/// Days within which two different figures of one unit from different originators conflict.
pub const CONFLICT_DAYS: i64 = 3;

#[derive(Clone, Debug, Default)]
pub struct StoryOptions {
    pub grades: Grades,
    /// Documents the story is about (those a search found): only clusters reported by at least
    /// one of them are kept. `None` keeps every cluster.
    pub focus: Option<Vec<String>>,
    /// Keep only clusters reported by at least this many documents.
    pub min_docs: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Story {
    /// Documents linked.
    pub documents: usize,
    /// Clusters in time order (undated last).
    pub clusters: Vec<ClusterReport>,
    /// The canonical entities that originate a claim or act in an event of the story.
    pub entities: Vec<CanonicalEntity>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClusterReport {
    #[serde(flatten)]
    pub cluster: EventCluster,
    /// A one-line description: type, places, time.
    pub label: String,
    pub claims: Vec<ClusterClaim>,
    pub originators: Vec<Originator>,
    /// Originators supporting the happening (deniers and softened deniers not counted).
    pub independent_originators: usize,
    /// Reports of a supporting originator beyond its first document.
    pub repeats: usize,
    /// Claims that copy an earlier claim's words.
    pub copies: usize,
    pub contradictions: Vec<Contradiction>,
    pub figures: Vec<Figure>,
    pub credibility: Credibility,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClusterClaim {
    #[serde(flatten)]
    pub trace: ClaimTrace,
    /// "supports", "denies", "notes" (the outlet could not verify it) or "mentions" (speaks of
    /// it without reporting it).
    pub role: String,
    /// An earlier claim of the cluster whose words this one repeats.
    pub copy_of: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Originator {
    pub key: String,
    pub entity: Option<String>,
    pub name: String,
    /// Whose position it states: a government's bodies and officials share their country's
    /// voice (`state:FI`), and count once among the independent.
    pub voice: String,
    pub voice_name: String,
    /// "supports", "denies", "softened", "reversed" or "notes".
    pub stance: String,
    pub grade: Option<char>,
    pub claims: Vec<String>,
    pub docs: Vec<String>,
    pub outlets: Vec<String>,
    pub evidence: Vec<String>,
    /// Whether it brings evidence of its own (imagery, documents, ...), not only statements.
    pub own_evidence: bool,
    /// Its statements in time order.
    pub history: Vec<StatusAt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusAt {
    pub date: Option<String>,
    pub status: String,
    pub role: String,
    pub claim: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contradiction {
    /// "denial" or "figures".
    pub kind: String,
    pub claim: String,
    pub against: String,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: String,
    pub approx: bool,
    pub bound: Option<String>,
    pub text: String,
    /// "plan", "estimate" or "count".
    pub kind: String,
    pub source: String,
    pub originator: String,
    pub date: Option<String>,
    pub doc: String,
    pub quantity: String,
    pub claim: Option<String>,
    /// Further reports of the same figure by the same originator.
    pub repeats: usize,
}

/// Units of measure rather than of things counted: a distance or a duration is no figure of the
/// happening ("about 30 kilometers from the border").
const MEASURES: &[&str] = &[
    "km", "kilometers", "kilometres", "miles", "mi", "m", "meters", "metres", "nautical miles",
    "knots", "hours", "days", "weeks", "months", "years", "minutes", "percent", "%",
];

/// Words before a figure that make it an intention rather than a fact.
const PLAN_CUES: &[&str] = &[
    "plan", "plans", "planned", "planning", "will", "intend", "intends", "expected to", "to send",
    "to deploy", "to move", "to ship", "could", "would", "prepare", "prepares", "preparing",
];

/// Links a ledger into a story.
pub fn build_story(ledger: &LedgerJson, options: &StoryOptions) -> Story {
    let entities = resolve_ledger_entities(ledger);
    let clusters = cluster_events(ledger, &entities);
    let traces: HashMap<String, ClaimTrace> = trace_claims(ledger, &entities)
        .into_iter()
        .map(|t| (t.claim.clone(), t))
        .collect();
    let claim_order: HashMap<&str, usize> =
        ledger.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let events: HashMap<&str, &EventRecord> = ledger.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let quantities: HashMap<&str, &QuantityRecord> =
        ledger.quantities.iter().map(|q| (q.id.as_str(), q)).collect();
    let mut quantities_by_doc: HashMap<&str, Vec<&QuantityRecord>> = HashMap::new();
    for q in &ledger.quantities {
        quantities_by_doc.entry(q.doc.as_str()).or_default().push(q);
    }
    let published: HashMap<&str, Option<String>> =
        ledger.documents.iter().map(|d| (d.id.as_str(), d.published.clone())).collect();
    let outlets: HashMap<String, Vec<&str>> = {
        let mut m: HashMap<String, Vec<&str>> = HashMap::new();
        for d in &ledger.documents {
            if let Some(o) = &d.outlet {
                m.entry(fold(o)).or_default().push(d.id.as_str());
            }
        }
        m
    };
    // Claim id -> the claims a "contradicts" relation of its document sets against it.
    let mut contradictions_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in ledger.relations.iter().filter(|r| r.relation_type == "contradicts") {
        contradictions_of.entry(r.to.as_str()).or_default().push(r.from.as_str());
        contradictions_of.entry(r.from.as_str()).or_default().push(r.to.as_str());
    }
    let ctx = Context {
        entities: &entities,
        traces: &traces,
        claim_order: &claim_order,
        events: &events,
        quantities: &quantities,
        quantities_by_doc: &quantities_by_doc,
        published: &published,
        outlets: &outlets,
        contradictions_of: &contradictions_of,
        grades: &options.grades,
    };

    let mut attached_to: HashMap<usize, HashMap<&str, f64>> = HashMap::new();
    let attached = attach_loose_claims(ledger, &clusters, &traces);
    for (id, &(k, sim)) in &attached {
        attached_to.entry(k).or_default().insert(id.as_str(), sim);
    }
    let focus: Option<HashSet<&str>> = options
        .focus
        .as_ref()
        .map(|f| f.iter().map(String::as_str).collect());
    let mut reports: Vec<ClusterReport> = clusters
        .into_iter()
        .filter(|c| c.docs.len() >= options.min_docs.max(1))
        .enumerate()
        .filter(|(_, c)| focus.as_ref().is_none_or(|f| c.docs.iter().any(|d| f.contains(d.as_str()))))
        .map(|(i, c)| {
            let loose: HashMap<&str, f64> = attached_to.remove(&i).unwrap_or_default();
            report(c, &loose, &ctx)
        })
        .collect();
    reports.sort_by(|a, b| {
        let key = |r: &ClusterReport| (r.cluster.time.as_ref().map(|t| t.start.clone()).unwrap_or_else(|| "9999".into()), std::cmp::Reverse(r.cluster.docs.len()), r.cluster.id.clone());
        key(a).cmp(&key(b))
    });

    let mut involved: BTreeSet<String> = BTreeSet::new();
    for r in &reports {
        involved.extend(r.originators.iter().filter_map(|o| o.entity.clone()));
        involved.extend(r.cluster.actors.iter().map(|a| a.entity.clone()));
    }
    let involved_entities = entities
        .entities
        .iter()
        .filter(|e| involved.contains(&e.id))
        .cloned()
        .collect();
    Story {
        documents: ledger.documents.len(),
        clusters: reports,
        entities: involved_entities,
    }
}

/// Lookups shared by the clusters of one story.
struct Context<'a> {
    entities: &'a EntityIndex,
    traces: &'a HashMap<String, ClaimTrace>,
    claim_order: &'a HashMap<&'a str, usize>,
    events: &'a HashMap<&'a str, &'a EventRecord>,
    quantities: &'a HashMap<&'a str, &'a QuantityRecord>,
    quantities_by_doc: &'a HashMap<&'a str, Vec<&'a QuantityRecord>>,
    published: &'a HashMap<&'a str, Option<String>>,
    outlets: &'a HashMap<String, Vec<&'a str>>,
    contradictions_of: &'a HashMap<&'a str, Vec<&'a str>>,
    grades: &'a Grades,
}

/// Wording similarity from which a claim that reports no event joins a cluster its document
/// reports ([`crate::words::cosine`] against all the cluster's reports).
pub const ATTACH: f64 = 0.15;

/// Wording similarity from which such a claim counts as reporting the happening, even when its
/// originator reports no event of the cluster; below it, the claim only *mentions* it.
pub const REPORTS: f64 = 0.3;

/// Claims with a named originator that report no event ("the CMA reported the convoy, citing
/// satellite images"), each given to the cluster of its own document whose reports' words are
/// most like its own, when they are alike enough. Returns claim id -> (cluster index,
/// similarity).
fn attach_loose_claims(
    ledger: &LedgerJson,
    clusters: &[EventCluster],
    traces: &HashMap<String, ClaimTrace>,
) -> HashMap<String, (usize, f64)> {
    let reporting: HashSet<&str> = ledger.events.iter().flat_map(|e| e.claims.iter().map(String::as_str)).collect();
    let contents: HashMap<&str, &str> = ledger.claims.iter().map(|c| (c.id.as_str(), c.content.as_str())).collect();
    let events: HashMap<&str, &EventRecord> = ledger.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
    let bags: Vec<HashMap<String, f64>> = clusters
        .iter()
        .enumerate()
        .map(|(k, c)| {
            for d in &c.docs {
                by_doc.entry(d.as_str()).or_default().push(k);
            }
            let mut b = HashMap::new();
            for e in c.events.iter().filter_map(|e| events.get(e.as_str())) {
                words::add(&mut b, &words::bag(&e.trigger));
                for claim in &e.claims {
                    if let Some(t) = contents.get(claim.as_str()) {
                        words::add(&mut b, &words::bag(t));
                    }
                }
            }
            b
        })
        .collect();
    let mut out = HashMap::new();
    for c in &ledger.claims {
        if reporting.contains(c.id.as_str()) {
            continue;
        }
        let Some(t) = traces.get(&c.id) else { continue };
        if t.originator_entity.is_none() {
            continue;
        }
        let Some(candidates) = by_doc.get(c.doc.as_str()) else { continue };
        let words = words::bag(&c.content);
        let best = candidates
            .iter()
            .map(|&k| (words::cosine(&words, &bags[k]), k))
            .filter(|(sim, _)| *sim >= ATTACH)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((sim, k)) = best {
            out.insert(c.id.clone(), (k, sim));
        }
    }
    out
}

fn report(cluster: EventCluster, loose: &HashMap<&str, f64>, ctx: &Context) -> ClusterReport {
    // The claims: those reporting its events, those of its documents that speak of it without
    // an event of their own, and those a document sets against them.
    let mut ids: BTreeSet<&str> = loose.keys().copied().collect();
    for e in &cluster.events {
        if let Some(ev) = ctx.events.get(e.as_str()) {
            ids.extend(ev.claims.iter().map(String::as_str));
        }
    }
    let reporting: Vec<&str> = ids.iter().copied().collect();
    for id in reporting {
        ids.extend(ctx.contradictions_of.get(id).into_iter().flatten().copied());
    }
    let mut ordered: Vec<&str> = ids.into_iter().filter(|id| ctx.traces.contains_key(*id)).collect();
    ordered.sort_by_key(|id| ctx.claim_order.get(id).copied().unwrap_or(usize::MAX));
    let mut claims: Vec<ClusterClaim> = ordered
        .iter()
        .filter_map(|id| ctx.traces.get(*id))
        .map(|t| ClusterClaim {
            role: role(t),
            trace: t.clone(),
            copy_of: None,
        })
        .collect();
    drop_unsourced_doubles(&mut claims);
    follow_outlet_citations(&mut claims, ctx);
    // A claim joined by its words alone reports the happening when its originator reports an
    // event of the cluster too, when it rests on evidence of its own (imagery, intercepts), or
    // when its words are close; otherwise it only mentions it.
    let reporters: HashSet<String> = claims
        .iter()
        .filter(|c| !loose.contains_key(c.trace.claim.as_str()))
        .map(|c| c.trace.originator.clone())
        .collect();
    for c in claims.iter_mut() {
        if let Some(&sim) = loose.get(c.trace.claim.as_str()) {
            let evidence = c.trace.evidence.iter().any(|e| credibility::is_own_evidence(e));
            if c.role == "supports" && sim < REPORTS && !evidence && !reporters.contains(&c.trace.originator) {
                c.role = "mentions".into();
            }
        }
    }
    let copies = mark_copies(&mut claims);

    let originators = originators(&claims, ctx);
    // Originators of one voice (one government's ministry, army and president) count once.
    let independent_originators =
        originators.iter().filter(|o| o.stance == "supports").map(|o| o.voice.as_str()).collect::<BTreeSet<_>>().len();
    let repeats = originators
        .iter()
        .filter(|o| o.stance == "supports")
        .map(|o| o.docs.len().saturating_sub(1))
        .sum();
    let figures = figures(&cluster, &claims, ctx);
    let contradictions = contradictions(&claims, &figures);
    let standings: Vec<Standing> = one_per_voice(&originators)
        .into_iter()
        .map(|o| {
            let supporting = o.history.iter().filter(|h| h.role == "supports");
            Standing {
                grade: o.grade,
                evidence: o.evidence.clone(),
                best_status: supporting
                    .map(|h| h.status.clone())
                    .max_by(|a, b| status_weight(a).total_cmp(&status_weight(b)))
                    .unwrap_or_default(),
                denies: matches!(o.stance.as_str(), "denies" | "reversed"),
            }
        })
        .collect();
    let credibility = assess(&standings);
    ClusterReport {
        label: label(&cluster),
        cluster,
        claims,
        originators,
        independent_originators,
        repeats,
        copies,
        contradictions,
        figures,
        credibility,
    }
}

/// The originators the credibility formula counts: one per voice and stance, the one whose
/// support weighs most (its grade, its evidence, its most confident status), so that a
/// government speaking through three officials is one supporter, not three.
fn one_per_voice(originators: &[Originator]) -> Vec<&Originator> {
    // A supporter weighs its support; a denier its reliability (its denial's weight).
    let weight = |o: &Originator| {
        if matches!(o.stance.as_str(), "denies" | "reversed") {
            return credibility::reliability(o.grade);
        }
        let best = o.history.iter().filter(|h| h.role == "supports").map(|h| status_weight(&h.status)).fold(0.0, f64::max);
        credibility::reliability(o.grade) * credibility::evidence_strength(&o.evidence) * best
    };
    let mut chosen: Vec<(&Originator, f64)> = Vec::new();
    let mut slot: HashMap<(&str, bool), usize> = HashMap::new();
    for o in originators.iter().filter(|o| o.stance != "notes") {
        let key = (o.voice.as_str(), matches!(o.stance.as_str(), "denies" | "reversed"));
        let w = weight(o);
        match slot.get(&key) {
            Some(&k) if w > chosen[k].1 => chosen[k] = (o, w),
            Some(_) => {}
            None => {
                slot.insert(key, chosen.len());
                chosen.push((o, w));
            }
        }
    }
    chosen.into_iter().map(|(o, _)| o).collect()
}

fn role(t: &ClaimTrace) -> String {
    match t.status.as_str() {
        "denied" | "retracted" => "denies",
        "unverified" if t.originator.starts_with("outlet:") || says_it_cannot_confirm(&t.content) => "notes",
        _ => "supports",
    }
    .to_string()
}

/// Whether a statement is its source's own "could not confirm the reports" (NATO's, the
/// Pentagon's "could not independently verify"): a third party noting what it cannot verify,
/// which corroborates nothing. The negation opens the statement ("it had no information on the
/// matter"), not a later clause ("no information on the crew, but the ship was hit"). (An
/// outlet's caveat on someone else's claim leaves that claim in its source's support.)
fn says_it_cannot_confirm(content: &str) -> bool {
    let words: Vec<String> =
        content.split_whitespace().take(10).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_lowercase()).collect();
    let negation = |w: &str| matches!(w, "not" | "cannot" | "can't" | "couldn't" | "unable" | "no" | "never") || w.ends_with("n't");
    words.iter().enumerate().filter(|(i, w)| *i < 6 && negation(w)).any(|(i, _)| {
        words.iter().skip(i + 1).take(3).any(|w| {
            w.starts_with("confirm") || w.starts_with("verif") || w.starts_with("corroborat") || w == "information"
        })
    })
}

/// Drops an outlet's or an unnamed source's claim over words that a claim with a named
/// originator in the same document already covers: the outlet framing a sourced statement
/// ("the images show ...", "..., citing the agency") adds no originator.
fn drop_unsourced_doubles(claims: &mut Vec<ClusterClaim>) {
    let mut named: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for c in claims.iter().filter(|c| c.trace.originator_entity.is_some()) {
        named.entry(c.trace.doc.clone()).or_default().push((c.trace.start, c.trace.end));
    }
    claims.retain(|c| {
        let t = &c.trace;
        if t.originator_entity.is_some() {
            return true;
        }
        !named.get(&t.doc).into_iter().flatten().any(|&(s, e)| {
            let overlap = t.end.min(e).saturating_sub(t.start.max(s));
            let shorter = (t.end - t.start).min(e - s).max(1);
            overlap * 2 >= shorter
        })
    });
}

/// A claim whose originator is an outlet whose own report is in the cluster takes that report's
/// originator: the outlet only relayed it.
fn follow_outlet_citations(claims: &mut [ClusterClaim], ctx: &Context) {
    // Per document, its supporting claims with a known originator and their words.
    type Origin = (String, String, Option<String>, Vec<Hop>, (String, String), HashSet<u64>);
    let mut by_doc: HashMap<String, Vec<Origin>> = HashMap::new();
    for c in claims.iter().filter(|c| c.role == "supports" && c.trace.originator_entity.is_some()) {
        let t = &c.trace;
        let chain: Vec<Hop> = t.chain.iter().filter(|h| h.role != "outlet").cloned().collect();
        let voice = (t.voice.clone(), t.voice_name.clone());
        by_doc.entry(t.doc.clone()).or_default().push((
            t.originator.clone(),
            t.originator_name.clone(),
            t.originator_entity.clone(),
            chain,
            voice,
            shingle(&t.content),
        ));
    }
    for c in claims.iter_mut() {
        let Some(entity) = c.trace.originator_entity.as_deref() else { continue };
        let Some(e) = ctx.entities.canonical_of(entity) else { continue };
        let names = std::iter::once(&e.name).chain(&e.aliases);
        let cited_docs: Vec<&str> = names
            .filter_map(|n| ctx.outlets.get(&fold(n)))
            .flatten()
            .copied()
            .filter(|d| *d != c.trace.doc)
            .collect();
        // (The claim of the cited report that says most nearly the same, not any of its claims:
        // "Harbor Wire reported 11 killed" traces to the governor Harbor Wire quoted, not to the
        // president it also quoted.)
        // (Ranked by shared word sequences, the first in document order on a tie; with none
        // shared, the report's first such claim, as before.)
        let candidates: Vec<&Origin> = cited_docs.iter().filter_map(|d| by_doc.get(*d)).flatten().collect();
        if candidates.is_empty() {
            continue;
        }
        let own = shingle(&c.trace.content);
        let shared = |o: &Origin| o.5.intersection(&own).count();
        let best = candidates.iter().enumerate().max_by(|(i, a), (j, b)| shared(a).cmp(&shared(b)).then(j.cmp(i))).map(|(_, o)| *o);
        let Some((originator, name, entity, chain, voice, _)) = best else {
            continue;
        };
        if *originator == c.trace.originator {
            continue;
        }
        let relay = c.trace.originator_name.clone();
        let mut new_chain = chain.clone();
        new_chain.push(Hop { name: relay, role: "relay".into() });
        if let Some(o) = &c.trace.outlet {
            new_chain.push(Hop { name: o.clone(), role: "outlet".into() });
        }
        c.trace.originator = originator.clone();
        c.trace.originator_name = name.clone();
        c.trace.originator_entity = entity.clone();
        (c.trace.voice, c.trace.voice_name) = voice.clone();
        c.trace.chain = new_chain;
    }
}

/// Marks claims whose words mostly repeat an earlier claim's in another document; returns how
/// many.
fn mark_copies(claims: &mut [ClusterClaim]) -> usize {
    let shingles: Vec<HashSet<u64>> = claims.iter().map(|c| shingle(&c.trace.content)).collect();
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by(|&a, &b| (claims[a].trace.date.clone(), a).cmp(&(claims[b].trace.date.clone(), b)));
    let mut copies = 0;
    let mut rank = vec![0usize; claims.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    // Shingle -> claims seen so far that hold it: only those can be copied.
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::new();
    for &i in &order {
        if shingles[i].len() >= 3 {
            let mut candidates: Vec<usize> = shingles[i].iter().filter_map(|h| seen.get(h)).flatten().copied().collect();
            candidates.sort_unstable_by_key(|&j| rank[j]);
            candidates.dedup();
            // (A denial quoting what it denies is no copy of the report, nor the report of it.)
            let earlier = candidates.into_iter().find(|&j| {
                claims[j].trace.doc != claims[i].trace.doc && claims[j].role == claims[i].role && jaccard(&shingles[i], &shingles[j]) >= COPY_OVERLAP
            });
            if let Some(j) = earlier {
                claims[i].copy_of = Some(claims[j].trace.claim.clone());
                copies += 1;
            }
        }
        for h in &shingles[i] {
            seen.entry(*h).or_default().push(i);
        }
    }
    copies
}

fn shingle(text: &str) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .windows(4)
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let inter = a.intersection(b).count() as f64;
    let union = (a.len() + b.len()) as f64 - inter;
    if union == 0.0 {
        0.0
    } else {
        inter / union
    }
}

fn originators(claims: &[ClusterClaim], ctx: &Context) -> Vec<Originator> {
    let mut by_key: BTreeMap<&str, Vec<&ClusterClaim>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.role != "mentions") {
        by_key.entry(c.trace.originator.as_str()).or_default().push(c);
    }
    let mut out: Vec<Originator> = by_key
        .into_iter()
        .map(|(key, list)| {
            let first = &list[0].trace;
            let mut history: Vec<StatusAt> = list
                .iter()
                .map(|c| StatusAt {
                    date: c.trace.date.clone(),
                    status: c.trace.status.clone(),
                    role: c.role.clone(),
                    claim: c.trace.claim.clone(),
                })
                .collect();
            history.sort_by(|a, b| (a.date.is_none(), &a.date).cmp(&(b.date.is_none(), &b.date)));
            let roles: Vec<&str> = history.iter().map(|h| h.role.as_str()).filter(|r| *r != "notes").collect();
            let stance = match (roles.contains(&"denies"), roles.contains(&"supports")) {
                (true, true) => {
                    let first_denial = roles.iter().position(|r| *r == "denies").unwrap_or(0);
                    let last_support = roles.iter().rposition(|r| *r == "supports").unwrap_or(0);
                    if last_support > first_denial && roles.last() == Some(&"supports") {
                        "softened"
                    } else if roles.first() == Some(&"supports") {
                        "reversed"
                    } else {
                        "denies"
                    }
                }
                (true, false) => "denies",
                (false, true) => "supports",
                (false, false) => "notes",
            };
            let evidence: BTreeSet<String> = list
                .iter()
                .filter(|c| c.role == "supports")
                .flat_map(|c| c.trace.evidence.iter().cloned())
                .collect();
            let docs: Vec<String> = dedup(list.iter().map(|c| c.trace.doc.clone()));
            let outlets: Vec<String> = dedup(list.iter().filter_map(|c| c.trace.outlet.clone()));
            let canonical = first
                .originator_entity
                .as_deref()
                .and_then(|e| ctx.entities.canonical_of(e));
            // (Any of its claims that finds it speaking for a state says so for all.)
            let voiced = list.iter().map(|c| &c.trace).find(|t| t.voice.starts_with("state:")).unwrap_or(first);
            let names: Vec<String> = match canonical {
                Some(e) => std::iter::once(e.name.clone()).chain(e.aliases.iter().cloned()).collect(),
                None => vec![first.originator_name.clone()],
            };
            Originator {
                key: key.to_string(),
                entity: first.originator_entity.clone(),
                name: first.originator_name.clone(),
                voice: voiced.voice.clone(),
                voice_name: voiced.voice_name.clone(),
                stance: stance.to_string(),
                grade: ctx.grades.grade_of(&names),
                claims: list.iter().map(|c| c.trace.claim.clone()).collect(),
                docs,
                outlets,
                own_evidence: evidence.iter().any(|e| credibility::is_own_evidence(e)),
                evidence: evidence.into_iter().collect(),
                history,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let first = |o: &Originator| o.history.iter().filter_map(|h| h.date.clone()).min().unwrap_or_else(|| "9999".into());
        (first(a), &a.key).cmp(&(first(b), &b.key))
    });
    out
}

fn dedup(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

fn figures(cluster: &EventCluster, claims: &[ClusterClaim], ctx: &Context) -> Vec<Figure> {
    // Quantity id -> (the claim whose content holds it, the event holding it).
    // A claim reporting an event of the cluster gives the figures the event took (not "up from
    // an estimate of 3,000", "including some 8,000 in Kursk" nor "another 7,000 are expected");
    // a claim joined by its words gives those of its content.
    let cluster_events: Vec<&EventRecord> = cluster.events.iter().filter_map(|e| ctx.events.get(e.as_str()).copied()).collect();
    let mut found: BTreeMap<String, (Option<&ClusterClaim>, Option<&EventRecord>)> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.role != "notes" && c.role != "mentions") {
        // (When those events took no figure at all, the content's stand.)
        let reported: Vec<&EventRecord> = cluster_events.iter().copied().filter(|e| e.claims.contains(&c.trace.claim) && !e.quantities.is_empty()).collect();
        for q in ctx.quantities_by_doc.get(c.trace.doc.as_str()).into_iter().flatten() {
            let taken = reported.is_empty() || reported.iter().any(|e| e.quantities.contains(&q.id));
            if q.start >= c.trace.start && q.end <= c.trace.end && taken {
                found.entry(q.id.clone()).or_insert((Some(c), None));
            }
        }
    }
    for e in &cluster.events {
        let Some(ev) = ctx.events.get(e.as_str()) else { continue };
        for q in &ev.quantities {
            let entry = found.entry(q.clone()).or_insert((None, None));
            entry.1 = Some(ev);
        }
    }
    let by_id: HashMap<&str, &ClusterClaim> = claims.iter().map(|c| (c.trace.claim.as_str(), c)).collect();
    let mut figures: Vec<Figure> = Vec::new();
    for (qid, (claim, event)) in found {
        let Some(q) = ctx.quantities.get(qid.as_str()) else { continue };
        let Some(unit) = q.unit.clone().filter(|u| !u.is_empty() && !MEASURES.contains(&u.as_str())) else {
            continue;
        };
        let claim = claim.or_else(|| {
            // An event's figure outside any claim's content: credit the event's claim, if any.
            event.and_then(|ev| ev.claims.iter().find_map(|id| by_id.get(id.as_str()).copied()))
        });
        let status = claim.map(|c| c.trace.status.as_str()).unwrap_or("asserted");
        let planned = event.is_some_and(|ev| matches!(ev.status.as_str(), "planned" | "expected"))
            || claim.is_some_and(|c| plan_cue_before(c, q, ctx));
        let kind = if planned {
            "plan"
        } else if q.approx || q.bound.is_some() || q.upper.is_some() || matches!(status, "hedged" | "alleged" | "unverified") {
            "estimate"
        } else {
            "count"
        };
        let (source, originator, date) = match claim {
            Some(c) => (c.trace.originator_name.clone(), c.trace.originator.clone(), c.trace.date.clone()),
            None => {
                let date = ctx.published.get(q.doc.as_str()).cloned().flatten();
                ("(unattributed)".to_string(), format!("doc:{}", q.doc), date)
            }
        };
        figures.push(Figure {
            value: q.value,
            upper: q.upper,
            unit,
            approx: q.approx,
            bound: q.bound.clone(),
            text: q.text.clone(),
            kind: kind.to_string(),
            source,
            originator,
            date,
            doc: q.doc.clone(),
            quantity: q.id.clone(),
            claim: claim.map(|c| c.trace.claim.clone()),
            repeats: 0,
        });
    }
    figures.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.unit)
            .cmp(&(b.date.is_none(), &b.date, &b.unit))
            .then(a.value.total_cmp(&b.value))
            .then(a.quantity.cmp(&b.quantity))
    });
    // One entry per originator, value, unit and kind.
    let mut kept: Vec<Figure> = Vec::new();
    let mut at: HashMap<(String, String, String, u64, Option<u64>), usize> = HashMap::new();
    for f in figures {
        let key = (f.originator.clone(), f.unit.clone(), f.kind.clone(), f.value.to_bits(), f.upper.map(f64::to_bits));
        match at.get(&key) {
            Some(&k) => kept[k].repeats += 1,
            None => {
                at.insert(key, kept.len());
                kept.push(f);
            }
        }
    }
    kept
}

/// Whether a plan word stands in the claim's content between the last clause break and the
/// quantity ("plans to move another 200 vehicles").
fn plan_cue_before(c: &ClusterClaim, q: &QuantityRecord, _ctx: &Context) -> bool {
    let Some(offset) = q.start.checked_sub(c.trace.start) else { return false };
    let Some(before) = c.trace.content.get(..offset) else { return false };
    let clause = before.rsplit([',', ';', '.']).next().unwrap_or(before).to_lowercase();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let joined = format!(" {} ", words.join(" "));
    PLAN_CUES.iter().any(|cue| joined.contains(&format!(" {cue} ")))
}

fn contradictions(claims: &[ClusterClaim], figures: &[Figure]) -> Vec<Contradiction> {
    let mut out = Vec::new();
    // The first two supporting claims of different originators: a denial is set against the
    // first that is not its own.
    let mut leads: Vec<&ClusterClaim> = Vec::new();
    for c in claims.iter().filter(|c| c.role == "supports") {
        if leads.len() < 2 && leads.iter().all(|l| l.trace.originator != c.trace.originator) {
            leads.push(c);
        }
    }
    for c in claims.iter().filter(|c| c.role == "denies") {
        if let Some(s) = leads
            .iter()
            .find(|s| s.trace.originator != c.trace.originator)
            .or(leads.first())
        {
            out.push(Contradiction {
                kind: "denial".into(),
                claim: c.trace.claim.clone(),
                against: s.trace.claim.clone(),
                note: format!(
                    "{} denies ({} \u{201c}{}\u{201d}) what {} asserts",
                    c.trace.originator_name, c.trace.cue, short(&c.trace.content), s.trace.originator_name
                ),
            });
        }
    }
    // Figures are in date order: each meets the later ones within CONFLICT_DAYS only.
    let days: Vec<Option<chrono::NaiveDate>> =
        figures.iter().map(|f| f.date.as_deref().and_then(crate::dates::parse_day)).collect();
    for (i, a) in figures.iter().enumerate() {
        let Some(da) = days[i] else { continue };
        for (b, db) in figures[i + 1..].iter().zip(&days[i + 1..]) {
            let Some(db) = *db else { break };
            if (db - da).num_days() > CONFLICT_DAYS {
                break;
            }
            if a.unit != b.unit || a.originator == b.originator || a.kind == "plan" || b.kind == "plan" {
                continue;
            }
            let (alo, ahi) = (a.value, a.upper.unwrap_or(a.value));
            let (blo, bhi) = (b.value, b.upper.unwrap_or(b.value));
            let apart = alo > bhi * 1.2 || blo > ahi * 1.2;
            let bounded = a.bound.is_some() || b.bound.is_some();
            if apart && !bounded {
                out.push(Contradiction {
                    kind: "figures".into(),
                    claim: b.claim.clone().unwrap_or_else(|| b.quantity.clone()),
                    against: a.claim.clone().unwrap_or_else(|| a.quantity.clone()),
                    note: format!("{} gives {} {}, {} gives {} {}", b.source, b.text, b.unit, a.source, a.text, a.unit),
                });
            }
        }
    }
    out
}

fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{} \u{2026}", words[..12].join(" "))
    }
}

fn label(c: &EventCluster) -> String {
    let mut parts = vec![c.event_type.clone()];
    let role_places = |role: &str| -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for p in c.places.iter().filter(|p| p.role == role) {
            if !names.contains(&p.name) {
                names.push(p.name.clone());
            }
        }
        names.truncate(3);
        names
    };
    let origin = role_places("origin");
    let dest = role_places("destination");
    let location = role_places("location");
    if !origin.is_empty() {
        parts.push(format!("from {}", origin.join(", ")));
    }
    if !dest.is_empty() {
        parts.push(format!("to {}", dest.join(", ")));
    }
    if !location.is_empty() {
        parts.push(format!("in {}", location.join(", ")));
    }
    // (Agents the accounts dispute are named as such: "(Russian or Ukrainian, disputed)".)
    let disputed: Vec<&str> = c.actors.iter().filter(|a| a.disputed && a.role == "agent").map(|a| a.name.as_str()).collect();
    if disputed.len() > 1 {
        parts.push(format!("({}, disputed)", disputed.join(" or ")));
    } else if let Some(a) = c.actors.iter().find(|a| matches!(a.role.as_str(), "agent" | "patient")) {
        parts.push(format!("({})", a.name));
    }
    if let Some(t) = &c.time {
        if t.start == t.end {
            parts.push(format!("on {}", t.start));
        } else {
            parts.push(format!("{} to {}", t.start, t.end));
        }
    }
    parts.join(" ")
}

/// A cluster in brief, for the ledger JSON: what happened, which documents and claims report
/// it, and how far it stands.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClusterSummary {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub label: String,
    pub status: String,
    pub time: Option<sitrep_ledger::records::TimeSpanRecord>,
    pub events: Vec<String>,
    pub docs: Vec<String>,
    pub claims: Vec<String>,
    pub independent_originators: usize,
    pub originators: Vec<String>,
    pub repeats: usize,
    pub denied_by: Vec<String>,
    pub credibility: f64,
    pub admiralty: u8,
}

impl ClusterReport {
    pub fn summary(&self) -> ClusterSummary {
        ClusterSummary {
            id: self.cluster.id.clone(),
            event_type: self.cluster.event_type.clone(),
            label: self.label.clone(),
            status: self.cluster.status.clone(),
            time: self.cluster.time.clone(),
            events: self.cluster.events.clone(),
            docs: self.cluster.docs.clone(),
            claims: self.claims.iter().map(|c| c.trace.claim.clone()).collect(),
            independent_originators: self.independent_originators,
            originators: self
                .originators
                .iter()
                .filter(|o| o.stance == "supports")
                .map(|o| o.name.clone())
                .collect(),
            repeats: self.repeats,
            denied_by: self
                .originators
                .iter()
                .filter(|o| matches!(o.stance.as_str(), "denies" | "softened" | "reversed"))
                .map(|o| format!("{} ({})", o.name, o.stance))
                .collect(),
            credibility: self.credibility.score,
            admiralty: self.credibility.admiralty,
        }
    }

    /// Relations between claims of different documents that the cluster implies, in the shape
    /// of the ledger's relations: a later report of an originator *repeats* its first one (not
    /// independent); the first report of each further supporting originator *corroborates* the
    /// first originator's (independent, unless its words copy it); a denial *contradicts* the
    /// first report it denies. Relations inside one document are the extractor's, not these.
    pub fn cross_document_relations(&self) -> Vec<RelationRecord> {
        let mut out = Vec::new();
        let supporting: Vec<&ClusterClaim> = self.claims.iter().filter(|c| c.role == "supports").collect();
        let mut first_of: Vec<(&str, &ClusterClaim)> = Vec::new();
        let mut position: HashMap<&str, usize> = HashMap::new();
        for c in &supporting {
            match position.get(c.trace.originator.as_str()) {
                Some(&k) => {
                    let first = first_of[k].1;
                    if first.trace.doc != c.trace.doc {
                        out.push(relation(&self.cluster.id, "repeats", c, first, false));
                    }
                }
                None => {
                    position.insert(c.trace.originator.as_str(), first_of.len());
                    first_of.push((c.trace.originator.as_str(), c));
                }
            }
        }
        if let Some((_, lead)) = first_of.first() {
            for (_, c) in first_of.iter().skip(1) {
                if c.trace.doc != lead.trace.doc {
                    // (Not independent when its words copy the first report's, nor when it is
                    // the same government speaking again.)
                    let copied = c.copy_of.as_deref() == Some(lead.trace.claim.as_str());
                    let same_voice = c.trace.voice == lead.trace.voice;
                    out.push(relation(&self.cluster.id, "corroborates", c, lead, !copied && !same_voice));
                }
            }
            for d in self.claims.iter().filter(|c| c.role == "denies") {
                let target = first_of
                    .iter()
                    .map(|(_, c)| *c)
                    .find(|c| c.trace.originator != d.trace.originator && c.trace.doc != d.trace.doc);
                if let Some(t) = target {
                    out.push(relation(&self.cluster.id, "contradicts", d, t, true));
                }
            }
        }
        out
    }
}

fn relation(cluster: &str, kind: &str, from: &ClusterClaim, to: &ClusterClaim, independent: bool) -> RelationRecord {
    RelationRecord {
        relation_type: kind.to_string(),
        from: from.trace.claim.clone(),
        to: to.trace.claim.clone(),
        independent,
        id: format!("r-{}-{}-{}", cluster.trim_start_matches("x-"), kind, from.trace.claim.trim_start_matches("c-")),
        doc: from.trace.doc.clone(),
        cue: None,
        cue_span: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ledger::story_ledger;

    #[test]
    fn relays_count_once_and_a_softened_denial_is_seen() {
        let ledger = story_ledger();
        let mut grades = Grades::new();
        grades.insert("Coastal Monitoring Agency", 'B');
        let story = build_story(&ledger, &StoryOptions { grades, ..StoryOptions::default() });
        let main = story
            .clusters
            .iter()
            .find(|c| c.cluster.docs.len() >= 4)
            .expect("the convoy cluster");
        assert_eq!(main.independent_originators, 2, "{:#?}", main.originators);
        assert_eq!(main.repeats, 3, "CMA in four documents");
        let cma = main.originators.iter().find(|o| o.name == "Coastal Monitoring Agency").expect("CMA");
        assert_eq!(cma.grade, Some('B'));
        assert_eq!(cma.docs.len(), 4);
        let ministry = main.originators.iter().find(|o| o.name == "Defence Ministry").expect("ministry");
        assert_eq!(ministry.stance, "softened", "{:#?}", ministry.history);
        assert!(main.contradictions.iter().any(|c| c.kind == "denial"));
        let values: Vec<(f64, &str)> = main.figures.iter().map(|f| (f.value, f.kind.as_str())).collect();
        assert_eq!(values, [(40.0, "estimate"), (60.0, "estimate"), (200.0, "plan")], "{:#?}", main.figures);
        assert_eq!(main.figures[0].repeats, 1, "the copy repeats the figure");
        assert_eq!(main.cluster.status, "occurred", "the plan joins what already happened");
        assert!(main.credibility.score > 0.5, "{:?}", main.credibility);
        assert_eq!(main.copies, 1, "the wire copy");
        assert!(main.label.starts_with("transport from Kaliningrad"), "{}", main.label);
        let relations = main.cross_document_relations();
        let kinds = |k: &str| relations.iter().filter(|r| r.relation_type == k).count();
        assert_eq!(kinds("repeats"), 3, "{relations:#?}");
        assert!(relations.iter().filter(|r| r.relation_type == "repeats").all(|r| !r.independent));
        assert!(kinds("corroborates") >= 1 && kinds("contradicts") == 1, "{relations:#?}");
        assert!(relations.iter().all(|r| r.id.starts_with("r-")));
    }
    #[test]
    fn a_source_that_cannot_confirm_notes_and_an_outlets_caveat_leaves_support() {
        let trace = |originator: &str, status: &str, content: &str| ClaimTrace {
            originator: originator.into(),
            status: status.into(),
            content: content.into(),
            ..ClaimTrace::default()
        };
        assert_eq!(role(&trace("e-nato", "unverified", "the alliance could not confirm the reports")), "notes");
        assert_eq!(role(&trace("e-pentagon", "unverified", "it could not independently verify the reports")), "notes");
        assert_eq!(role(&trace("e-kremlin", "unverified", "he had no information about the matter")), "notes");
        let later = "the crew were safe and there was no information yet on the cargo";
        assert_eq!(role(&trace("e-ministry", "unverified", later)), "supports", "a negation late in the statement");
        assert_eq!(role(&trace("outlet:Herald", "unverified", "the footage shows the convoy")), "notes");
        // The outlet could not verify the agency's footage: the agency still asserts it.
        assert_eq!(role(&trace("e-agency", "unverified", "the footage shows the convoy near Varn")), "supports");
        assert_eq!(role(&trace("e-ministry", "denied", "the reports as fabricated")), "denies");
    }

    #[test]
    fn a_denial_in_the_words_of_the_report_is_no_copy_of_it() {
        let mut ledger = story_ledger();
        let denial = ledger.claims.iter_mut().find(|c| c.id == "c-4").expect("c-4");
        denial.content = "a convoy carrying about 40 armored vehicles left Kaliningrad on Monday".into();
        let story = build_story(&ledger, &StoryOptions::default());
        let main = story.clusters.iter().find(|c| c.cluster.docs.len() >= 4).expect("the convoy cluster");
        assert_eq!(main.copies, 1, "only the wire copy: {:#?}", main.claims);
    }

    #[test]
    fn an_event_s_figures_leave_out_the_earlier_count_its_claim_compares_with() {
        let mut ledger = story_ledger();
        let content = "at least 60 vehicles were loaded in Kaliningrad, up from 20 last week";
        let claim = ledger.claims.iter_mut().find(|c| c.id == "c-3").expect("c-3");
        claim.content = content.into();
        claim.end = claim.start + content.len();
        let at = claim.start + content.find("20").expect("20");
        let mut earlier = ledger.quantities.iter().find(|q| q.id == "q-3").expect("q-3").clone();
        earlier.id = "q-5".into();
        earlier.text = "20".into();
        earlier.value = 20.0;
        earlier.bound = None;
        earlier.start = at;
        earlier.end = at + 2;
        ledger.quantities.push(earlier);
        ledger.events.iter_mut().find(|e| e.id == "v-3").expect("v-3").quantities = vec!["q-3".into()];
        let story = build_story(&ledger, &StoryOptions::default());
        let main = story.clusters.iter().find(|c| c.cluster.docs.len() >= 4).expect("the convoy cluster");
        let values: Vec<f64> = main.figures.iter().map(|f| f.value).collect();
        assert!(values.contains(&60.0) && !values.contains(&20.0), "{:#?}", main.figures);
    }
}
