//! Event coreference across documents: one happening, however many reports.
//!
//! Two event records are one happening when nothing about them conflicts and enough ties them:
//!
//! - **Type.** Same family ("transported", "deployed" and "left" are all movement).
//! - **Time.** Their day ranges overlap, widened by two days for day-exact values (reports
//!   disagree by a day or two). An event with no time of its own is placed in the two weeks
//!   before its report's publication (an occurrence), or from then to two months after it (a
//!   plan: more of the same, announced while the story runs, belongs to its cluster).
//! - **Place.** When both name places, some pair of their most specific places (below country
//!   level, when they name any) is the same place, lies one inside the other, or lies within
//!   [`NEAR_KM`]; and when both name an origin (or both a destination), those agree too.
//! - **Figures.** Figures of different things ("tanks" against "troops") take one tie away.
//! - **Ties.** A shared place or a shared named actor (canonical entity; a people or a country
//!   acting counts one) counts two, a place inside
//!   the other or nearby one; explicit dates within days of each other add two, wider explicit
//!   times that overlap one. Two are needed, at least one of them from a place or an actor,
//!   except inside one report, where two events of one family with explicit, overlapping dates
//!   are one happening told twice.
//!
//! **Blocking.** Each event is filed under (family, month, anchor) for every month its range
//! touches and every anchor it has: its named actors, its document, its places, the map cells
//! they lie in, the regions that contain them. Only events that share a block are compared
//! (under a region, only pairs where one event names nothing smaller than the region; under a
//! map cell, only pairs where one event lies in the cell itself), and within a block each event
//! meets at most [`BLOCK_WINDOW`] predecessors, so the work grows linearly with the number of
//! documents.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Duration, NaiveDate};
use serde::Serialize;
use sitrep_ledger::records::{EventRecord, LedgerJson, PlaceRecord, TimeSpanRecord};

use crate::dates::{parse_day, parse_span, DayRange};
use crate::entities::EntityIndex;
use crate::unionfind::UnionFind;
use crate::words::{add, bag, cosine};

/// Places this close are "the same area" for coreference.
pub const NEAR_KM: f64 = 100.0;

/// Predecessors within a block that each event is compared with.
pub const BLOCK_WINDOW: usize = 100;

/// Ties needed to join two events.
const NEEDED: u32 = 2;

/// The reports of one happening.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventCluster {
    /// `x-` and the suffix of its first event's id.
    pub id: String,
    /// The most reported type.
    #[serde(rename = "type")]
    pub event_type: String,
    pub family: String,
    /// Event record ids, in ledger order.
    pub events: Vec<String>,
    /// Documents reporting it, in ledger order.
    pub docs: Vec<String>,
    /// The time the reports agree on, when any give one.
    pub time: Option<TimeSpanRecord>,
    pub places: Vec<ClusterPlace>,
    pub actors: Vec<ClusterActor>,
    /// "occurred" when any report has it happen, else the most reported status.
    pub status: String,
    /// Why its events are one happening.
    pub links: Vec<EventLink>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClusterPlace {
    pub place: String,
    pub name: String,
    /// Coordinates, so that a map needs nothing else (none when not finite).
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub role: String,
    /// Events of the cluster giving it this role.
    pub reports: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClusterActor {
    /// Canonical entity id.
    pub entity: String,
    pub name: String,
    pub role: String,
    pub reports: usize,
    /// Whether some report names this agent only in one side's account, another side naming
    /// another ("Kyiv says Russian forces blew up the dam; Moscow says Ukraine did").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub disputed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventLink {
    pub left: String,
    pub right: String,
    pub reason: String,
}

/// The family of an event type: types that report one kind of happening.
pub fn family(event_type: &str) -> &str {
    match event_type {
        "transport" | "deploy" | "depart" | "arrive" | "cross" => "movement",
        "gather" | "station" => "presence",
        other => other,
    }
}

/// What coreference needs of one event record.
struct Features<'a> {
    event: &'a EventRecord,
    family: &'a str,
    /// The explicit time, or the window its report's date implies.
    range: Option<DayRange>,
    explicit: bool,
    actors: BTreeSet<String>,
    /// Its actors by country where they have one ("Russia" and "Russian" are one side).
    sides: BTreeSet<String>,
    places: Vec<&'a PlaceRecord>,
    /// [`specific`] of its places, and of its origins and destinations.
    specific: Vec<&'a PlaceRecord>,
    origins: Vec<&'a PlaceRecord>,
    destinations: Vec<&'a PlaceRecord>,
    /// What its figures count ("vehicles", "troops").
    units: BTreeSet<&'a str>,
}

/// Clusters the events of a ledger.
pub fn cluster_events(ledger: &LedgerJson, entities: &EntityIndex) -> Vec<EventCluster> {
    let places: HashMap<&str, &PlaceRecord> =
        ledger.places.iter().map(|p| (p.id.as_str(), p)).collect();
    // The country of a country's name ("Russia" -> RU), for the sides of events.
    let place_countries: HashMap<&str, &str> = ledger
        .places
        .iter()
        .filter(|p| p.kind == "country")
        .filter_map(|p| p.country.as_deref().map(|c| (p.name.as_str(), c)))
        .collect();
    let published: HashMap<&str, Option<NaiveDate>> = ledger
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.published.as_deref().and_then(parse_day)))
        .collect();
    let units: HashMap<&str, &str> = ledger
        .quantities
        .iter()
        .filter_map(|q| q.unit.as_deref().map(|u| (q.id.as_str(), u)))
        .collect();
    let features: Vec<Features> = ledger
        .events
        .iter()
        .map(|e| features(e, &places, &units, &place_countries, published.get(e.doc.as_str()).copied().flatten(), entities))
        .collect();

    // Blocks: (family, month, anchor) -> events, in ledger order.
    let mut blocks: HashMap<(&str, i32, String), Vec<(usize, bool)>> = HashMap::new();
    for (i, f) in features.iter().enumerate() {
        let Some(range) = f.range else { continue };
        for month in range.months(3) {
            for (anchor, lead) in anchors(f, entities) {
                blocks
                    .entry((f.family, month, anchor))
                    .or_default()
                    .push((i, lead));
            }
        }
    }
    // Blocks in a fixed order, so that joins (and the route conflicts that refuse some) do not
    // depend on hashing; members in ledger order.
    let mut keys: Vec<&(&str, i32, String)> = blocks.keys().collect();
    keys.sort();

    let mut sets = UnionFind::new(features.len());
    let mut routes: Vec<Route> = features.iter().map(Route::of).collect();
    let mut links: Vec<(usize, usize, String)> = Vec::new();
    for key in keys {
        let members = &blocks[key];
        // Under a region or a map cell, a pair needs one *lead* member (the event broad under
        // the region, or at home in the cell); elsewhere every member leads.
        let everyone_leads = !(key.2.starts_with("in:") || key.2.starts_with("g:"));
        let mut recent: std::collections::VecDeque<usize> = Default::default();
        let mut recent_leads: std::collections::VecDeque<usize> = Default::default();
        for &(b, b_lead) in members {
            let b_lead = b_lead || everyone_leads;
            let candidates = if b_lead { &recent } else { &recent_leads };
            for &a in candidates.iter().rev() {
                let (ra, rb) = (sets.find(a), sets.find(b));
                if ra == rb {
                    continue;
                }
                let Some(reason) = tie(&features[a], &features[b], entities) else { continue };
                // Joining must not give one happening two origins or two destinations: a
                // departure that fits two movements joins only the first.
                if routes[ra].conflicts(&routes[rb]) {
                    continue;
                }
                if sets.union(a, b) {
                    let root = sets.find(a);
                    let other = if root == ra { rb } else { ra };
                    let merged = routes[other].clone();
                    routes[root].absorb(merged);
                    links.push((a, b, reason));
                }
            }
            recent.push_back(b);
            if recent.len() > BLOCK_WINDOW {
                recent.pop_front();
            }
            if b_lead {
                recent_leads.push_back(b);
                if recent_leads.len() > BLOCK_WINDOW {
                    recent_leads.pop_front();
                }
            }
        }
    }

    absorb_by_wording(&features, ledger, &mut sets, &mut links);
    join_headlines(&features, ledger, &mut sets, &mut links);

    let groups = sets.groups();
    let mut group_of = vec![0usize; features.len()];
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            group_of[m] = g;
        }
    }
    let mut links_of: Vec<Vec<EventLink>> = vec![Vec::new(); groups.len()];
    for (a, b, reason) in links {
        links_of[group_of[a]].push(EventLink {
            left: features[a].event.id.clone(),
            right: features[b].event.id.clone(),
            reason,
        });
    }
    groups
        .iter()
        .zip(links_of)
        .map(|(members, links)| summarise(members, &features, entities, links))
        .collect()
}

/// A report's headline tells its main happening without a date or a place ("Finland says
/// Russian drones struck border post"), and its text may name it again, definite and with nothing
/// of its own ("called the attack unacceptable"): such an undated event, left on its own, joins the one
/// cluster of its report's events of its family whose sides do not conflict with its own. With
/// two such clusters (a headline over two strikes) it stays apart.
fn join_headlines(features: &[Features], ledger: &LedgerJson, sets: &mut UnionFind, links: &mut Vec<(usize, usize, String)>) {
    let texts: HashMap<&str, &str> = ledger.documents.iter().map(|d| (d.id.as_str(), d.text.as_str())).collect();
    // A headline: a short first line not ended by a full stop (a lede is neither).
    let headline: HashMap<&str, (usize, usize)> = texts
        .iter()
        .filter_map(|(id, text)| {
            let start = text.len() - text.trim_start().len();
            let end = start + text[start..].find('\n')?;
            // (A lede may end in a quotation: `... "We will respond."`.)
            let line = text[start..end].trim_end().trim_end_matches(['"', '”', '’', '\'']);
            (end - start <= 200 && !line.ends_with(['.', '!', '?'])).then_some((*id, (start, end)))
        })
        .collect();
    // "the attack", "this strike": a definite name of a happening told before (only the last
    // few bytes before the trigger are read).
    let definite = |f: &Features| {
        texts.get(f.event.doc.as_str()).and_then(|t| t.get(..f.event.start)).is_some_and(|before| {
            let from = (before.len().saturating_sub(8)..=before.len()).find(|&k| before.is_char_boundary(k)).unwrap_or(before.len());
            let tail = before[from..].to_ascii_lowercase();
            let (whole, last) = (tail.len() == before.len(), tail.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or(""));
            tail.ends_with(' ') && matches!(last, "the" | "this" | "that") && (whole || tail.trim_end().len() > last.len())
        })
    };
    let mut alone = vec![false; features.len()];
    for members in sets.groups() {
        if let [only] = members[..] {
            alone[only] = true;
        }
    }
    let mut by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in features.iter().enumerate() {
        by_doc.entry(f.event.doc.as_str()).or_default().push(i);
    }
    let in_headline = |f: &Features| headline.get(f.event.doc.as_str()).is_some_and(|&(a, b)| f.event.start >= a && f.event.end <= b);
    // Undated, placeless events on their own, in a headline or named again: they join others,
    // never one another.
    let candidate: Vec<bool> = features
        .iter()
        .enumerate()
        .map(|(h, f)| alone[h] && !f.explicit && f.places.is_empty() && (in_headline(f) || f.actors.is_empty() && definite(f)))
        .collect();
    for (h, f) in features.iter().enumerate() {
        if !candidate[h] {
            continue;
        }
        let mut targets: Vec<usize> = Vec::new();
        let mut target_roots: Vec<usize> = Vec::new();
        for &j in by_doc.get(f.event.doc.as_str()).into_iter().flatten() {
            let g = &features[j];
            if j == h || candidate[j] || g.family != f.family {
                continue;
            }
            if !f.sides.is_empty() && !g.sides.is_empty() && f.sides.is_disjoint(&g.sides) {
                continue;
            }
            let r = sets.find(j);
            if !target_roots.contains(&r) {
                target_roots.push(r);
                targets.push(j);
            }
        }
        // (It names no place, so no route of the cluster can conflict with it.)
        if let [j] = targets[..] {
            if sets.union(j, h) {
                let why = if in_headline(f) { "the headline of the report that tells it" } else { "named again in the report that tells it" };
                links.push((j, h, format!("same kind of event ({}); {why}", f.family)));
            }
        }
    }
}

/// Wording similarity ([`crate::words::cosine`]) from which events no place or actor ties join
/// the cluster whose reports use the same words.
pub const WORDING: f64 = 0.35;

/// Words used by more clusters than this are no help in finding candidates.
const COMMON_WORD: usize = 200;

/// Clusters whose events name no place and no actor ("the ships left", "the transfer") can be
/// tied by nothing but their words: each joins the cluster of its family and time whose
/// reports' words are most alike, when they are alike enough.
fn absorb_by_wording(
    features: &[Features],
    ledger: &LedgerJson,
    sets: &mut UnionFind,
    links: &mut Vec<(usize, usize, String)>,
) {
    let contents: HashMap<&str, &str> =
        ledger.claims.iter().map(|c| (c.id.as_str(), c.content.as_str())).collect();
    let groups = sets.groups();
    struct Group {
        first: usize,
        family: String,
        range: Option<DayRange>,
        anchored: bool,
        words: HashMap<String, f64>,
    }
    let summary: Vec<Group> = groups
        .iter()
        .map(|members| {
            let mut words = HashMap::new();
            let mut range: Option<DayRange> = None;
            for &m in members {
                let f = &features[m];
                add(&mut words, &bag(&f.event.trigger));
                for c in &f.event.claims {
                    if let Some(text) = contents.get(c.as_str()) {
                        add(&mut words, &bag(text));
                    }
                }
                if let Some(r) = f.range {
                    range = Some(range.map_or(r, |x| x.hull(&r)));
                }
            }
            Group {
                first: members[0],
                family: features[members[0]].family.to_string(),
                range,
                anchored: members.iter().any(|&m| !features[m].places.is_empty() || !features[m].actors.is_empty()),
                words,
            }
        })
        .collect();
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (g, x) in summary.iter().enumerate() {
        for w in x.words.keys() {
            index.entry(w.as_str()).or_default().push(g);
        }
    }
    for (g, weak) in summary.iter().enumerate() {
        if weak.anchored || weak.words.is_empty() {
            continue;
        }
        let mut candidates: Vec<usize> = weak
            .words
            .keys()
            .filter_map(|w| index.get(w.as_str()))
            .filter(|list| list.len() <= COMMON_WORD)
            .flatten()
            .copied()
            .filter(|&h| h != g && summary[h].family == weak.family)
            .filter(|&h| match (weak.range, summary[h].range) {
                (Some(a), Some(b)) => a.overlaps(&b, 2),
                _ => false,
            })
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let best = candidates
            .into_iter()
            .map(|h| (cosine(&weak.words, &summary[h].words), h))
            .filter(|(sim, _)| *sim >= WORDING)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((sim, h)) = best {
            let (a, b) = (summary[h].first, weak.first);
            if sets.union(a, b) {
                links.push((a, b, format!("same kind of event ({}); their reports use the same words (similarity {sim:.2})", weak.family)));
            }
        }
    }
}

fn features<'a>(
    e: &'a EventRecord,
    places: &HashMap<&str, &'a PlaceRecord>,
    units: &HashMap<&str, &'a str>,
    place_countries: &HashMap<&str, &str>,
    published: Option<NaiveDate>,
    entities: &EntityIndex,
) -> Features<'a> {
    let explicit_range = e.time.as_ref().and_then(|t| parse_span(&t.start, &t.end));
    let planned = matches!(e.status.as_str(), "planned" | "expected");
    let implied = published.map(|p| {
        if planned {
            // Announced around the report, to happen in the weeks after it.
            DayRange { start: p - Duration::days(14), end: p + Duration::days(60) }
        } else {
            DayRange { start: p - Duration::days(14), end: p }
        }
    });
    let place_list: Vec<&PlaceRecord> = e.places.iter().filter_map(|p| places.get(p.place.as_str()).copied()).collect();
    let role_list = |role: &str| -> Vec<&PlaceRecord> {
        e.places
            .iter()
            .filter(|p| p.role == role)
            .filter_map(|p| places.get(p.place.as_str()).copied())
            .collect()
    };
    Features {
        specific: specific(&place_list),
        origins: specific(&role_list("origin")),
        destinations: specific(&role_list("destination")),
        event: e,
        family: family(&e.event_type),
        range: explicit_range.or(implied),
        explicit: explicit_range.is_some(),
        actors: e
            .actors
            .iter()
            .filter_map(|a| entities.canonical_of(&a.entity).map(|c| c.id.clone()))
            .collect(),
        sides: e
            .actors
            .iter()
            .filter_map(|a| entities.canonical_of(&a.entity))
            .map(|c| c.country.as_deref().or_else(|| place_countries.get(c.name.as_str()).copied()).unwrap_or(&c.id).to_string())
            .collect(),
        places: e
            .places
            .iter()
            .filter_map(|p| places.get(p.place.as_str()).copied())
            .collect(),
        units: e.quantities.iter().filter_map(|q| units.get(q.as_str()).copied()).collect(),
    }
}

/// The keys an event is filed under, each with whether the event *leads* under it: its named
/// actors and its document (every member leads); the map cells its specific places lie in (one
/// degree; at home in its own cell, a visitor in the neighbouring cell when the place is near
/// its edge, so that places within [`NEAR_KM`] share a cell where one of them is at home); the
/// regions containing them; and the regions it names without naming anything inside them, under
/// which it leads. A pair is compared where one of them leads.
fn anchors(f: &Features, entities: &EntityIndex) -> Vec<(String, bool)> {
    let mut out: BTreeSet<(String, bool)> = BTreeSet::new();
    for a in &f.actors {
        let named = entities
            .canonical_of(a)
            .is_some_and(|e| actor_weight(&e.entity_type) >= 2);
        if named {
            out.insert((format!("a:{a}"), true));
        }
    }
    out.insert((format!("d:{}", f.event.doc), true));
    let specific = &f.specific;
    let broad_only = specific.iter().all(|p| is_broad(p));
    for p in specific {
        let country = p.country.clone().unwrap_or_default();
        if is_broad(p) && broad_only {
            let key = match (p.kind.as_str(), &p.admin1) {
                ("admin", Some(a1)) => format!("in:{country}/{a1}"),
                _ => format!("in:{country}"),
            };
            out.insert((key, true));
            out.insert((format!("p:{}", p.id), true));
            continue;
        }
        out.insert((format!("in:{country}"), false));
        if let Some(a1) = &p.admin1 {
            out.insert((format!("in:{country}/{a1}"), false));
        }
        if p.lat.is_finite() && p.lon.is_finite() {
            let (la, lo) = (p.lat.floor(), p.lon.floor());
            let (fa, fo) = (p.lat - la, p.lon - lo);
            // Within 100 km (0.9 degree of latitude; more of longitude away from the equator)
            // of an edge: a visitor in the cell across it.
            let dla = if fa < 0.5 { -1.0 } else { 1.0 };
            let dlo = if fo < 0.5 { -1.0 } else { 1.0 };
            out.insert((format!("g:{la}:{lo}"), true));
            for (x, y) in [(la + dla, lo), (la, lo + dlo), (la + dla, lo + dlo)] {
                out.insert((format!("g:{x}:{y}"), false));
            }
        } else {
            out.insert((format!("p:{}", p.id), true));
        }
    }
    // An event filed twice under one key (home and visitor) is filed once, leading.
    let leading: BTreeSet<String> = out.iter().filter(|(_, b)| *b).map(|(k, _)| k.clone()).collect();
    out.into_iter().filter(|(k, b)| *b || !leading.contains(k)).collect()
}

/// A country, a region or an admin area: a place that contains others.
fn is_broad(p: &PlaceRecord) -> bool {
    matches!(p.kind.as_str(), "country" | "region" | "admin")
}

/// Why `a` and `b` are one happening, or `None`.
fn tie(a: &Features, b: &Features, entities: &EntityIndex) -> Option<String> {
    if a.family != b.family || a.event.id == b.event.id {
        return None;
    }
    let (ra, rb) = (a.range?, b.range?);
    let slack = slack(&ra, a.explicit).max(slack(&rb, b.explicit));
    if !ra.overlaps(&rb, slack) {
        return None;
    }
    // A movement from one place to two different destinations (or from two origins) is two
    // movements, whatever else they share.
    for (pa, pb) in [(&a.origins, &b.origins), (&a.destinations, &b.destinations)] {
        if !pa.is_empty() && !pb.is_empty() && best_place_tie(pa, pb).is_none() {
            return None;
        }
    }
    let mut score = 0;
    let place = if !a.specific.is_empty() && !b.specific.is_empty() {
        let t = best_place_tie(&a.specific, &b.specific)?;
        score += t.score();
        Some(t)
    } else {
        None
    };
    // A shared named actor ties two; a shared people or country ("Russian", "Russia") only one:
    // they act in too many events.
    let shared = a.actors.intersection(&b.actors).filter_map(|id| entities.canonical_of(id));
    let actor = shared.max_by_key(|e| (actor_weight(&e.entity_type), std::cmp::Reverse(e.id.as_str())));
    score += actor.map_or(0, |e| actor_weight(&e.entity_type));
    // One report telling one movement twice, in different words and with places named only
    // once.
    // (Not when each names actors and they share none: "North Korean forces have lost 3,800
    // soldiers" and "Russia has lost 800,000 troops" in one report are two tolls.)
    let other_actors = !a.sides.is_empty() && !b.sides.is_empty() && a.sides.is_disjoint(&b.sides);
    let retold = score == 0 && a.event.doc == b.event.doc && a.explicit && b.explicit && !other_actors;
    score += u32::from(retold);
    if score == 0 {
        return None;
    }
    let days = a.explicit && b.explicit && ra.len() <= 7 && rb.len() <= 7;
    let overlap = a.explicit && b.explicit;
    score += if days { 2 } else { u32::from(overlap) };
    let different_things = !a.units.is_empty() && !b.units.is_empty() && a.units.is_disjoint(&b.units);
    if different_things {
        // Figures of different things ("tanks", "troops"): likely another happening.
        score = score.saturating_sub(1);
    }
    if score < NEEDED {
        return None;
    }
    // The reason, written only for the pairs that are joined.
    let mut why: Vec<String> = Vec::new();
    if let Some(t) = place {
        why.push(t.describe());
    }
    if let Some(e) = actor {
        why.push(format!("both involve {}", e.name));
    }
    if retold {
        why.push("told twice in one report".to_string());
    }
    if days {
        why.push("their dates are within days of each other".to_string());
    } else if overlap {
        why.push("their times overlap".to_string());
    }
    Some(format!("same kind of event ({}); {}", a.family, why.join("; ")))
}

fn actor_weight(entity_type: &str) -> u32 {
    match entity_type {
        "NORP" | "GPE" | "LOC" => 1,
        _ => 2,
    }
}

/// The origins and destinations of a growing cluster.
#[derive(Clone, Default)]
struct Route<'a> {
    origins: Vec<&'a PlaceRecord>,
    destinations: Vec<&'a PlaceRecord>,
}

impl<'a> Route<'a> {
    fn of(f: &Features<'a>) -> Route<'a> {
        Route {
            origins: f.origins.clone(),
            destinations: f.destinations.clone(),
        }
    }

    /// Whether two clusters name origins (or destinations) that cannot be one.
    fn conflicts(&self, other: &Route) -> bool {
        let clash = |x: &[&PlaceRecord], y: &[&PlaceRecord]| {
            !x.is_empty() && !y.is_empty() && best_place_tie(x, y).is_none()
        };
        clash(&self.origins, &other.origins) || clash(&self.destinations, &other.destinations)
    }

    fn absorb(&mut self, other: Route<'a>) {
        for p in other.origins {
            if !self.origins.iter().any(|q| q.id == p.id) {
                self.origins.push(p);
            }
        }
        for p in other.destinations {
            if !self.destinations.iter().any(|q| q.id == p.id) {
                self.destinations.push(p);
            }
        }
    }
}


/// Days of disagreement allowed around a range: two for a day or a few days, none for a month
/// or wider (the range is already wide) or for an implied window.
fn slack(r: &DayRange, explicit: bool) -> i64 {
    if explicit && r.len() <= 7 {
        2
    } else {
        0
    }
}

/// How two places tie.
#[derive(Clone, Copy)]
enum PlaceTie<'a> {
    Same(&'a PlaceRecord),
    Within { inner: &'a PlaceRecord, outer: &'a PlaceRecord },
    Near(&'a PlaceRecord, &'a PlaceRecord, f64),
}

impl PlaceTie<'_> {
    fn score(&self) -> u32 {
        match self {
            PlaceTie::Same(_) => 2,
            _ => 1,
        }
    }

    fn describe(&self) -> String {
        match self {
            PlaceTie::Same(p) => format!("both at {}", p.name),
            PlaceTie::Within { inner, outer } => format!("{} lies in {}", inner.name, outer.name),
            PlaceTie::Near(p, q, km) => format!("{} and {} are {km:.0} km apart", p.name, q.name),
        }
    }
}

/// The strongest tie between two lists of (specific) places, or `None` when they conflict.
fn best_place_tie<'a>(a: &[&'a PlaceRecord], b: &[&'a PlaceRecord]) -> Option<PlaceTie<'a>> {
    let mut best: Option<PlaceTie<'a>> = None;
    for p in a {
        for q in b {
            if let Some(t) = place_tie(p, q) {
                if best.is_none_or(|x| t.score() > x.score()) {
                    best = Some(t);
                }
            }
        }
    }
    best
}

/// The places below country level, or all of them when there are none: an event in Kaliningrad
/// that also names Russia is not tied by "Russia" to another event elsewhere in Russia.
fn specific<'a>(places: &[&'a PlaceRecord]) -> Vec<&'a PlaceRecord> {
    let below: Vec<&PlaceRecord> = places
        .iter()
        .copied()
        .filter(|p| !matches!(p.kind.as_str(), "country" | "region"))
        .collect();
    if below.is_empty() {
        places.to_vec()
    } else {
        below
    }
}

fn place_tie<'a>(p: &'a PlaceRecord, q: &'a PlaceRecord) -> Option<PlaceTie<'a>> {
    if p.id == q.id {
        return Some(PlaceTie::Same(p));
    }
    let same_country = p.country.is_some() && p.country == q.country;
    for (outer, inner) in [(p, q), (q, p)] {
        let contains = match outer.kind.as_str() {
            "country" => same_country,
            "admin" => same_country && outer.admin1.is_some() && outer.admin1 == inner.admin1,
            _ => false,
        };
        if contains && inner.kind != "country" {
            return Some(PlaceTie::Within { inner, outer });
        }
    }
    // A degree of latitude is 111 km: most pairs are told apart without trigonometry.
    if (p.lat - q.lat).abs() * 111.0 > NEAR_KM {
        return None;
    }
    let km = distance_km(p.lat, p.lon, q.lat, q.lon);
    (km <= NEAR_KM).then_some(PlaceTie::Near(p, q, km))
}

/// Great-circle distance.
fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    let d = 2.0 * 6371.0 * h.sqrt().asin();
    if d.is_finite() {
        d
    } else {
        f64::INFINITY
    }
}

fn summarise(
    members: &[usize],
    features: &[Features],
    entities: &EntityIndex,
    links: Vec<EventLink>,
) -> EventCluster {
    let events: Vec<&EventRecord> = members.iter().map(|&m| features[m].event).collect();
    let mut docs: Vec<String> = Vec::new();
    for e in &events {
        if !docs.contains(&e.doc) {
            docs.push(e.doc.clone());
        }
    }
    let event_type = most_common(events.iter().map(|e| e.event_type.as_str()));
    let status = if events.iter().any(|e| e.status == "occurred") {
        "occurred".to_string()
    } else {
        most_common(events.iter().map(|e| e.status.as_str()))
    };

    // The time: the hull of the explicit ranges of a week or less, else of a month or less,
    // else of all.
    let explicit: Vec<DayRange> = members
        .iter()
        .filter(|&&m| features[m].explicit)
        .filter_map(|&m| features[m].range)
        .collect();
    let days: Vec<&DayRange> = explicit.iter().filter(|r| r.len() <= 7).collect();
    let month: Vec<&DayRange> = explicit.iter().filter(|r| r.len() <= 31).collect();
    let pick: Vec<&DayRange> = if !days.is_empty() {
        days
    } else if !month.is_empty() {
        month
    } else {
        explicit.iter().collect()
    };
    let time = pick
        .iter()
        .copied()
        .copied()
        .reduce(|x, y| x.hull(&y))
        .map(|r| TimeSpanRecord {
            start: r.start.format("%Y-%m-%d").to_string(),
            end: r.end.format("%Y-%m-%d").to_string(),
        });

    let mut places: BTreeMap<(String, String), (&PlaceRecord, usize)> = BTreeMap::new();
    for &m in members {
        let f = &features[m];
        for p in &f.event.places {
            if let Some(rec) = f.places.iter().find(|r| r.id == p.place) {
                places
                    .entry((p.place.clone(), p.role.clone()))
                    .or_insert((rec, 0))
                    .1 += 1;
            }
        }
    }
    let mut actors: BTreeMap<(String, String), (String, usize, bool)> = BTreeMap::new();
    for e in &events {
        for a in &e.actors {
            if let Some(c) = entities.canonical_of(&a.entity) {
                let entry = actors.entry((c.id.clone(), a.role.clone())).or_insert_with(|| (c.name.clone(), 0, false));
                entry.1 += 1;
                entry.2 |= !a.according_to.is_empty();
            }
        }
    }
    let mut places: Vec<ClusterPlace> = places
        .into_iter()
        .map(|((place, role), (rec, reports))| ClusterPlace {
            place,
            name: rec.name.clone(),
            lat: rec.lat.is_finite().then_some(rec.lat),
            lon: rec.lon.is_finite().then_some(rec.lon),
            role,
            reports,
        })
        .collect();
    places.sort_by(|a, b| b.reports.cmp(&a.reports).then(a.place.cmp(&b.place)).then(a.role.cmp(&b.role)));
    let mut actors: Vec<ClusterActor> = actors
        .into_iter()
        .map(|((entity, role), (name, reports, disputed))| ClusterActor { entity, name, role, reports, disputed })
        .collect();
    actors.sort_by(|a, b| b.reports.cmp(&a.reports).then(a.entity.cmp(&b.entity)).then(a.role.cmp(&b.role)));

    let first = &events[0].id;
    EventCluster {
        id: format!("x-{}", first.strip_prefix("v-").unwrap_or(first)),
        family: family(&event_type).to_string(),
        event_type,
        events: events.iter().map(|e| e.id.clone()).collect(),
        docs,
        time,
        places,
        actors,
        status,
        links,
    }
}

/// The most frequent value; ties to the smallest.
fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut tally: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values {
        *tally.entry(v).or_default() += 1;
    }
    let top = tally.values().copied().max().unwrap_or(0);
    tally
        .into_iter()
        .find(|&(_, n)| n == top)
        .map(|(v, _)| v.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ledger::{event, ledger_with, place};
    use sitrep_ledger::records::ActorRecord;

    #[test]
    fn reports_of_one_movement_join_and_a_later_plan_stays_apart() {
        let ledger = ledger_with(
            vec![
                place("p-1", "Kaliningrad", 54.71, 20.51, "RU", "city"),
                place("p-2", "Saint Petersburg", 59.94, 30.31, "RU", "city"),
                place("p-3", "Russia", 60.0, 100.0, "RU", "country"),
                place("p-4", "Tampere", 61.5, 23.79, "FI", "city"),
            ],
            vec![
                event("v-a", "d-1", "transport", &[("p-1", "origin"), ("p-2", "destination")], Some(("2025-03-03", "2025-03-05")), "occurred"),
                event("v-b", "d-2", "depart", &[("p-1", "origin")], Some(("2025-03-04", "2025-03-04")), "occurred"),
                event("v-c", "d-3", "deploy", &[("p-3", "destination")], Some(("2025-03-05", "2025-03-05")), "occurred"),
                event("v-d", "d-4", "depart", &[("p-1", "origin")], Some(("2025-03-17", "2025-03-23")), "planned"),
                event("v-e", "d-5", "transport", &[("p-4", "location")], Some(("2025-03-04", "2025-03-04")), "occurred"),
                event("v-f", "d-6", "attack", &[("p-1", "location")], Some(("2025-03-04", "2025-03-04")), "occurred"),
            ],
        );
        let entities = crate::entities::resolve_entities(&ledger.entities);
        let clusters = cluster_events(&ledger, &entities);
        let of = |id: &str| clusters.iter().position(|c| c.events.iter().any(|e| e == id));
        assert_eq!(of("v-a"), of("v-b"), "same origin, overlapping days");
        assert_eq!(of("v-a"), of("v-c"), "Saint Petersburg lies in Russia, same days");
        assert_ne!(of("v-a"), of("v-d"), "the plan is two weeks later");
        assert_ne!(of("v-a"), of("v-e"), "Tampere is far from both");
        assert_ne!(of("v-a"), of("v-f"), "another kind of event");
        let main = &clusters[of("v-a").expect("clustered")];
        assert_eq!(main.docs, ["d-1", "d-2", "d-3"]);
        assert_eq!(main.status, "occurred");
        assert_eq!(main.time.as_ref().map(|t| (t.start.as_str(), t.end.as_str())), Some(("2025-03-03", "2025-03-05")));
        assert_eq!(main.links.len(), 2);
        assert!(main.links.iter().all(|l| l.reason.starts_with("same kind of event")));
    }

    #[test]
    fn one_origin_and_two_destinations_are_two_movements() {
        let ledger = ledger_with(
            vec![
                place("p-1", "Latakia", 35.52, 35.79, "SY", "city"),
                place("p-2", "Constanta", 44.18, 28.63, "RO", "city"),
                place("p-3", "Karachi", 24.86, 67.0, "PK", "city"),
            ],
            vec![
                event("v-a", "d-1", "transport", &[("p-1", "origin"), ("p-2", "destination")], Some(("2025-10-05", "2025-10-05")), "occurred"),
                event("v-b", "d-2", "transport", &[("p-1", "origin"), ("p-3", "destination")], Some(("2025-10-06", "2025-10-06")), "occurred"),
                event("v-c", "d-3", "depart", &[("p-1", "origin")], Some(("2025-10-05", "2025-10-05")), "occurred"),
            ],
        );
        let entities = crate::entities::resolve_entities(&ledger.entities);
        let clusters = cluster_events(&ledger, &entities);
        let of = |id: &str| clusters.iter().position(|c| c.events.iter().any(|e| e == id));
        assert_ne!(of("v-a"), of("v-b"), "Constanta and Karachi are different destinations");
        assert!(of("v-c") == of("v-a") || of("v-c") == of("v-b"), "a departure with no destination joins one");
    }

    #[test]
    fn one_report_tells_a_toll_twice_but_not_two_sides_tolls() {
        let toll = |id: &str, actor: Option<&str>| {
            let mut e = event(id, "d-1", "casualties", &[], Some(("2024-11-01", "2025-01-06")), "occurred");
            e.actors = actor.map(|a| ActorRecord { entity: a.into(), role: "patient".into(), according_to: Vec::new() }).into_iter().collect();
            e
        };
        let mut ledger = ledger_with(Vec::new(), vec![toll("v-a", Some("e-kp")), toll("v-b", Some("e-ru")), toll("v-d", Some("e-kp"))]);
        ledger.entities = vec![
            crate::test_ledger::entity("e-kp", "North Korean", "NORP", &[], ""),
            crate::test_ledger::entity("e-ru", "Russia", "GPE", &[], ""),
        ];
        let entities = crate::entities::resolve_entities(&ledger.entities);
        let clusters = cluster_events(&ledger, &entities);
        let of = |id: &str| clusters.iter().position(|c| c.events.iter().any(|e| e == id));
        assert_ne!(of("v-a"), of("v-b"), "North Korea's losses and Russia's are two tolls");
        assert_eq!(of("v-a"), of("v-d"), "the same side's toll told twice");
    }

    #[test]
    fn undated_events_use_their_report_date() {
        let mut ledger = ledger_with(
            vec![place("p-1", "Kaliningrad", 54.71, 20.51, "RU", "city")],
            vec![
                event("v-a", "d-1", "transport", &[("p-1", "origin")], Some(("2025-03-03", "2025-03-05")), "occurred"),
                event("v-b", "d-2", "transport", &[("p-1", "origin")], None, "occurred"),
                event("v-c", "d-3", "transport", &[("p-1", "origin")], None, "occurred"),
            ],
        );
        ledger.documents[1].published = Some("2025-03-08".into());
        ledger.documents[2].published = Some("2025-06-01".into());
        let entities = crate::entities::resolve_entities(&ledger.entities);
        let clusters = cluster_events(&ledger, &entities);
        let of = |id: &str| clusters.iter().position(|c| c.events.iter().any(|e| e == id));
        assert_eq!(of("v-a"), of("v-b"));
        assert_ne!(of("v-a"), of("v-c"), "published three months later");
    }

    #[test]
    fn distance_is_great_circle() {
        let km = distance_km(54.71, 20.51, 59.94, 30.31);
        assert!((km - 826.0).abs() < 15.0, "{km}");
        assert!(distance_km(f64::NAN, 0.0, 0.0, 0.0).is_infinite());
    }
}
