//! Canonical entities across documents.
//!
//! Inside one document the recogniser already ties "National Intelligence Service (NIS)", "NIS"
//! and "the agency" together, and records of the same type and normalised name share an id
//! across documents. What remains is the variation *between* documents: one outlet writes only
//! "NIS", another "South Korea's National Intelligence Service", a third "Seoul's spy agency"; one
//! writes "Kim Jong Un", another "Kim Jong-un". Records are joined in three passes, strongest
//! first, and every join is recorded with its reason ([`Merge`]):
//!
//! 1. **Names.** Two records share a folded name or in-document alias (case, punctuation,
//!    hyphens, diacritics and a leading "the" ignored). A person is keyed by full names only:
//!    "Virtanen" alone ties no two people; romanised endings are one ("Zelenskyy", "Zelenskiy",
//!    "Zelensky"). A name with an owner ("South Korea's X", "Russian
//!    X") joins the plain "X" when every owner of an "X" in the ledger is one country.
//! 2. **Acronyms.** A bare acronym ("NIS") joins the one entity in the ledger whose name
//!    abbreviates to it; with two candidates it joins neither.
//! 3. **Descriptors.** A lower-case description ("Finland's coastal watchdog") joins the one
//!    organisation whose name shares a content word with it (directly or by a listed synonym:
//!    "spy" for "intelligence"); with two candidates it joins neither.
//!
//! Place names are joined first by the gazetteer place their mentions resolve to (its GeoNames
//! id), so "St. Petersburg" and "Saint Petersburg" are one.
//!
//! No join ever crosses entity classes (people, organisations, places, groups of people,
//! equipment) or puts two different countries, two different full names of people, or two
//! gazetteer places in one entity: two Kims or two Blagoveshchensks stay two.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use sitrep_ledger::normalise_name;
use sitrep_ledger::records::{EntityRecord, LedgerJson, PlaceRecord};

use crate::unionfind::UnionFind;

/// One thing in the world, with every record that names it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CanonicalEntity {
    /// The id of its representative record (the most mentioned full name).
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub entity_type: String,
    pub country: Option<String>,
    pub org_kind: Option<String>,
    /// Ids of the entity records it joins, sorted.
    pub members: Vec<String>,
    /// Every other name and alias the documents use, sorted.
    pub aliases: Vec<String>,
    /// Documents that mention it, sorted.
    pub docs: Vec<String>,
    pub mentions: usize,
    /// Why its records are one entity.
    pub merges: Vec<Merge>,
}

/// One join of two entity records, with its reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Merge {
    pub left: String,
    pub right: String,
    pub reason: String,
}

/// The canonical entities of a ledger, and lookups by record id and by name.
#[derive(Clone, Debug, Default)]
pub struct EntityIndex {
    pub entities: Vec<CanonicalEntity>,
    owners: Owners,
    of_record: HashMap<String, usize>,
    by_key: HashMap<String, Vec<usize>>,
    by_acronym: HashMap<String, Vec<usize>>,
    /// Word stem -> organisations with a name holding it: the candidates of a description.
    by_stem: HashMap<String, Vec<usize>>,
}

impl EntityIndex {
    /// The canonical entity an entity record belongs to.
    pub fn canonical_of(&self, record_id: &str) -> Option<&CanonicalEntity> {
        self.of_record.get(record_id).map(|&i| &self.entities[i])
    }

    /// The one canonical entity a piece of text names ("the NIS", "Coastal Monitoring Agency
    /// (CMA)", "Seoul's spy agency"), when exactly one fits.
    pub fn resolve_name(&self, text: &str) -> Option<&CanonicalEntity> {
        self.resolve(text).map(|i| &self.entities[i])
    }

    /// Canonical entities a user's query names: by any name or alias, then by acronym or
    /// description; several when the name is shared (two people named Kim).
    pub fn find(&self, name: &str) -> Vec<&CanonicalEntity> {
        let key = fold(name);
        let mut found: BTreeSet<usize> = BTreeSet::new();
        for k in keys_of_text(&key) {
            found.extend(self.by_key.get(&k).into_iter().flatten().copied());
        }
        if found.is_empty() {
            found.extend(self.resolve(name));
        }
        if found.is_empty() {
            // A surname or a part of a name: every entity with a name containing those words.
            for (i, e) in self.entities.iter().enumerate() {
                let names = std::iter::once(&e.name).chain(&e.aliases);
                if names.map(|n| fold(n)).any(|n| contains_words(&n, &key)) {
                    found.insert(i);
                }
            }
        }
        found.into_iter().map(|i| &self.entities[i]).collect()
    }

    fn resolve(&self, text: &str) -> Option<usize> {
        let folded = strip_determiner(&fold(text));
        if folded.is_empty() {
            return None;
        }
        let (outer, inner) = split_parenthesis(&folded);
        for candidate in [Some(outer.as_str()), inner.as_deref()].into_iter().flatten() {
            for k in keys_of_text(candidate) {
                if let Some(i) = unique(self.by_key.get(&k)) {
                    return Some(i);
                }
            }
            if is_acronym(text_part(text, candidate)) {
                if let Some(i) = unique(self.by_acronym.get(&candidate.replace(' ', ""))) {
                    return Some(i);
                }
            }
        }
        let descriptor = Descriptor::parse(text)?;
        let country = self.owners.country_in(&descriptor.qualifiers);
        let scores: Vec<(usize, usize)> = descriptor
            .candidates(&self.by_stem)
            .into_iter()
            .map(|i| (i, descriptor.score(&self.entities[i], country.as_deref())))
            .filter(|&(_, s)| s > 0)
            .collect();
        best_unique(&scores)
    }
}

/// Joins the entity records of a ledger (one record per id, as `merge` leaves them) into
/// canonical entities.
pub fn resolve_entities(records: &[EntityRecord]) -> EntityIndex {
    resolve_with_owners(records, &Owners::from_records(records, &[]), &[])
}

/// [`resolve_entities`] over a whole ledger, whose places also tell which country an owner
/// ("Russia's", "Finnish") names, and which place a place name is: names of one gazetteer
/// place ("Saint Petersburg", "St. Petersburg") are one entity, names of two are never one.
pub fn resolve_ledger_entities(ledger: &LedgerJson) -> EntityIndex {
    resolve_with_owners(&ledger.entities, &Owners::from_records(&ledger.entities, &ledger.places), &ledger.places)
}

/// The places each record's mentions were resolved to (same document, same span), metonyms left
/// out.
fn places_of(records: &[&EntityRecord], places: &[PlaceRecord]) -> Vec<BTreeSet<String>> {
    let mut at: HashMap<(&str, usize, usize), &str> = HashMap::new();
    for p in places {
        for m in &p.mentions {
            at.insert((m.doc.as_str(), m.start, m.end), p.id.as_str());
        }
    }
    records
        .iter()
        .map(|r| {
            if class(&r.entity_type) != "place" {
                return BTreeSet::new();
            }
            // (A seat of government standing for its state, "Pyongyang has denied ...", is North
            // Korea's mention but Pyongyang's place: the state is not the city.)
            r.mentions
                .iter()
                .filter(|m| m.kind.as_deref() != Some("metonym"))
                .filter_map(|m| at.get(&(m.doc.as_str(), m.start, m.end)).map(|p| p.to_string()))
                .collect()
        })
        .collect()
}

/// Names of countries and their peoples, as the ledger writes them, with their country codes;
/// and names of other places (cities, regions) with theirs, for descriptions ("Seoul's spy
/// agency").
#[derive(Clone, Debug, Default)]
struct Owners {
    country_of: HashMap<String, String>,
    place_of: HashMap<String, String>,
}

impl Owners {
    fn from_records(entities: &[EntityRecord], places: &[PlaceRecord]) -> Owners {
        let mut country_of = HashMap::new();
        for e in entities.iter().filter(|e| e.entity_type == "NORP") {
            if let Some(c) = &e.country {
                country_of.insert(fold(&e.name), c.clone());
            }
        }
        let mut place_of = HashMap::new();
        for p in places {
            if let Some(c) = &p.country {
                for n in std::iter::once(&p.name).chain(&p.aliases) {
                    if p.kind == "country" {
                        country_of.insert(fold(n), c.clone());
                    } else {
                        place_of.entry(fold(n)).or_insert_with(|| c.clone());
                    }
                }
            }
        }
        Owners { country_of, place_of }
    }

    /// The country a description's owner or qualifier names: "seoul" (its capital), "south
    /// korean", "finnish".
    fn country_in(&self, words: &[String]) -> Option<String> {
        for n in [2, 1] {
            for w in words.windows(n) {
                let key = w.join(" ");
                if let Some(c) = self.country_of.get(&key).or_else(|| self.place_of.get(&key)) {
                    return Some(c.clone());
                }
            }
        }
        None
    }

    /// "russia's defense ministry" or "russian defense ministry" -> ("russia(n)", country,
    /// "defense ministry"), when what follows the owner is a name of two or more words.
    fn split(&self, folded: &str) -> Option<Owned> {
        let folded = strip_determiner(folded);
        if let Some((owner, rest)) = folded.split_once("'s ") {
            if rest.split_whitespace().count() >= 2 {
                return Some(Owned {
                    country: self.country_of.get(owner).cloned(),
                    owner: owner.to_string(),
                    rest: rest.to_string(),
                });
            }
        }
        let words: Vec<&str> = folded.split_whitespace().collect();
        for n in [2, 1] {
            if words.len() < n + 2 {
                continue;
            }
            let owner = words[..n].join(" ");
            if let Some(c) = self.country_of.get(&owner) {
                return Some(Owned {
                    owner,
                    country: Some(c.clone()),
                    rest: words[n..].join(" "),
                });
            }
        }
        None
    }
}

/// A name split into its owner and the rest.
struct Owned {
    owner: String,
    country: Option<String>,
    rest: String,
}

fn resolve_with_owners(records: &[EntityRecord], owners: &Owners, places: &[PlaceRecord]) -> EntityIndex {
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.sort_by(|&a, &b| records[a].id.cmp(&records[b].id));
    let records: Vec<&EntityRecord> = order.iter().map(|&i| &records[i]).collect();
    let place_ids = places_of(&records, places);
    let owned: Vec<Option<Owned>> = records
        .iter()
        .map(|r| (r.entity_type != "PER").then(|| owners.split(&fold(&r.name))).flatten())
        .collect();
    let effective_country: Vec<Option<String>> = records
        .iter()
        .zip(&owned)
        .map(|(r, o)| r.country.clone().or_else(|| o.as_ref().and_then(|o| o.country.clone())))
        .collect();
    let mut groups = Groups::new(&records, &effective_country, &place_ids);

    // 0. Names resolved to one gazetteer place.
    let mut by_place: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, ids) in place_ids.iter().enumerate() {
        for p in ids {
            by_place.entry(p.as_str()).or_default().push(i);
        }
    }
    let place_name: HashMap<&str, &str> = places.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
    for (place, members) in &by_place {
        let name = place_name.get(place).copied().unwrap_or(place);
        for pair in members.windows(2) {
            groups.join(pair[0], pair[1], || format!("both name the gazetteer place {place} ({name})"));
        }
    }

    // 1. Shared names and aliases.
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        for key in record_keys(r) {
            by_key.entry(key).or_default().push(i);
        }
    }
    for (key, members) in &by_key {
        for pair in members.windows(2) {
            groups.join(pair[0], pair[1], || format!("both are named \u{201c}{key}\u{201d}"));
        }
    }

    // 1b. Names with one owner country are one body ("Russia's Defense Ministry", "Russian
    // Defense Ministry"); the plain "Defense Ministry" joins them only when no other country's
    // is in the ledger.
    let mut by_rest: BTreeMap<String, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    for (i, o) in owned.iter().enumerate() {
        if let Some(o) = o {
            let owner = o.country.clone().unwrap_or_else(|| o.owner.clone());
            by_rest.entry(o.rest.clone()).or_default().entry(owner).or_default().push(i);
        }
    }
    for (rest, by_owner) in by_rest {
        let single = by_owner.len() == 1;
        for (owner, mut members) in by_owner {
            if single {
                members.extend(by_key.get(&rest).into_iter().flatten().copied());
            }
            members.sort_unstable();
            members.dedup();
            for pair in members.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let (na, nb) = (records[a].name.clone(), records[b].name.clone());
                groups.join(a, b, || {
                    format!("\u{201c}{na}\u{201d} and \u{201c}{nb}\u{201d} are the \u{201c}{rest}\u{201d} of {owner}")
                });
            }
        }
    }

    // 2. Acronyms with one expansion in the whole ledger.
    let mut expansions: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if class(&r.entity_type) != "org" {
            continue;
        }
        for name in names_of(r) {
            if let Some(acronym) = acronym_of(name) {
                expansions.entry(acronym).or_default().insert(i);
            }
        }
    }
    for (i, r) in records.iter().enumerate() {
        if !is_acronym(&r.name) {
            continue;
        }
        let acronym = fold(&r.name).replace(' ', "");
        let Some(candidates) = expansions.get(&acronym) else {
            continue;
        };
        let roots: BTreeSet<usize> = candidates.iter().map(|&c| groups.find(c)).collect();
        if roots.len() == 1 {
            if let Some(&c) = candidates.iter().next() {
                let expansion = records[c].name.clone();
                groups.join(i, c, || {
                    format!("\u{201c}{}\u{201d} abbreviates \u{201c}{expansion}\u{201d}, the only such name in the ledger", r.name)
                });
            }
        }
    }

    // 3. Descriptions.
    let mut record_stems: HashMap<String, Vec<usize>> = HashMap::new();
    for (j, x) in records.iter().enumerate() {
        if class(&x.entity_type) == "org" {
            for stem in name_stems(names_of(x)) {
                push_unique(record_stems.entry(stem).or_default(), j);
            }
        }
    }
    for (i, r) in records.iter().enumerate() {
        let Some(descriptor) = Descriptor::parse(&r.name) else {
            continue;
        };
        if class(&r.entity_type) != "org" {
            continue;
        }
        let country = owners.country_in(&descriptor.qualifiers);
        let scores: Vec<(usize, usize)> = descriptor
            .candidates(&record_stems)
            .into_iter()
            .map(|j| (j, records[j]))
            .filter(|&(j, x)| j != i && Descriptor::parse(&x.name).is_none())
            .map(|(j, x)| {
                let candidate_country = effective_country[j].as_deref();
                (groups.find(j), descriptor.score_in(names_of(x), country.as_deref(), candidate_country))
            })
            .filter(|&(_, s)| s > 0)
            .fold(BTreeMap::new(), |mut best: BTreeMap<usize, usize>, (root, s)| {
                let e = best.entry(root).or_default();
                *e = (*e).max(s);
                best
            })
            .into_iter()
            .collect();
        if let Some(root) = best_unique(&scores) {
            let target = groups.representative_record(root);
            let target_name = records[target].name.clone();
            groups.join(i, target, || {
                format!("the description \u{201c}{}\u{201d} fits \u{201c}{target_name}\u{201d} and no other organisation", r.name)
            });
        }
    }

    let mut index = groups.into_index(&records, &owned);
    index.owners = owners.clone();
    index
}

/// Union-find over records, with the attributes that forbid a join kept per set.
struct Groups<'a> {
    records: &'a [&'a EntityRecord],
    sets: UnionFind,
    countries: Vec<BTreeSet<String>>,
    full_names: Vec<BTreeSet<String>>,
    /// Gazetteer places: a set may hold one at most.
    places: Vec<BTreeSet<String>>,
    merges: Vec<Merge>,
}

impl<'a> Groups<'a> {
    fn new(records: &'a [&'a EntityRecord], countries: &[Option<String>], places: &[BTreeSet<String>]) -> Groups<'a> {
        Groups {
            places: places.to_vec(),
            records,
            sets: UnionFind::new(records.len()),
            countries: countries.iter().map(|c| c.iter().cloned().collect()).collect(),
            full_names: records
                .iter()
                .map(|r| {
                    if r.entity_type == "PER" && fold(&r.name).contains(' ') {
                        BTreeSet::from([transliteration_key(&fold(&r.name))])
                    } else {
                        BTreeSet::new()
                    }
                })
                .collect(),
            merges: Vec::new(),
        }
    }

    fn find(&mut self, i: usize) -> usize {
        self.sets.find(i)
    }

    /// Joins the sets of `a` and `b` unless something forbids it.
    fn join(&mut self, a: usize, b: usize, reason: impl FnOnce() -> String) {
        let (ra, rb) = (self.sets.find(a), self.sets.find(b));
        if ra == rb {
            return;
        }
        let (ta, tb) = (&self.records[a].entity_type, &self.records[b].entity_type);
        if class(ta) != class(tb) {
            return;
        }
        let countries: BTreeSet<String> =
            self.countries[ra].union(&self.countries[rb]).cloned().collect();
        if countries.len() > 1 {
            return;
        }
        let names: BTreeSet<String> =
            self.full_names[ra].union(&self.full_names[rb]).cloned().collect();
        if names.len() > 1 {
            return;
        }
        let places: BTreeSet<String> = self.places[ra].union(&self.places[rb]).cloned().collect();
        if places.len() > 1 {
            return;
        }
        self.sets.union(ra, rb);
        let root = self.sets.find(ra);
        self.countries[root] = countries;
        self.full_names[root] = names;
        self.places[root] = places;
        self.merges.push(Merge {
            left: self.records[a].id.clone(),
            right: self.records[b].id.clone(),
            reason: reason(),
        });
    }

    /// The record whose name represents the set of `root`.
    fn representative_record(&mut self, root: usize) -> usize {
        let root = self.sets.find(root);
        let members: Vec<usize> = (0..self.records.len()).filter(|&i| self.sets.find(i) == root).collect();
        representative(self.records, &members)
    }

    fn into_index(mut self, records: &[&EntityRecord], owned: &[Option<Owned>]) -> EntityIndex {
        let groups = self.sets.groups();
        let mut index = EntityIndex::default();
        let mut group_of = vec![0usize; records.len()];
        for (g, members) in groups.iter().enumerate() {
            for &m in members {
                group_of[m] = g;
            }
        }
        let mut merges_of: Vec<Vec<Merge>> = vec![Vec::new(); groups.len()];
        let position: HashMap<&str, usize> =
            records.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();
        for m in self.merges.drain(..) {
            if let Some(&i) = position.get(m.left.as_str()) {
                merges_of[group_of[i]].push(m);
            }
        }
        for (g, members) in groups.iter().enumerate() {
            let rep = representative(records, members);
            let r = records[rep];
            let mut names: BTreeMap<String, String> = BTreeMap::new();
            let mut docs = BTreeSet::new();
            let mut mentions = 0;
            let mut org_kinds = BTreeMap::<&str, usize>::new();
            let mut country = None;
            for &m in members {
                let x = records[m];
                for n in names_of(x) {
                    names.entry(fold(n)).or_insert_with(|| n.clone());
                }
                docs.extend(x.mentions.iter().map(|mn| mn.doc.clone()));
                mentions += x.mentions.len();
                if let Some(k) = &x.org_kind {
                    *org_kinds.entry(k.as_str()).or_default() += x.mentions.len().max(1);
                }
                country = country.or_else(|| x.country.clone());
                index.of_record.insert(x.id.clone(), g);
            }
            names.remove(&fold(&r.name));
            let org_kind = org_kinds
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .map(|(k, _)| k.to_string());
            let mut member_ids: Vec<String> = members.iter().map(|&m| records[m].id.clone()).collect();
            member_ids.sort();
            let entity = CanonicalEntity {
                id: r.id.clone(),
                name: r.name.clone(),
                entity_type: r.entity_type.clone(),
                country,
                org_kind,
                members: member_ids,
                aliases: names.into_values().collect::<BTreeSet<_>>().into_iter().collect(),
                docs: docs.into_iter().collect(),
                mentions,
                merges: std::mem::take(&mut merges_of[g]),
            };
            for &m in members {
                let rest = owned[m].as_ref().map(|o| o.rest.clone());
                for key in record_keys(records[m]).into_iter().chain(rest) {
                    push_unique(index.by_key.entry(key).or_default(), g);
                }
                if class(&records[m].entity_type) == "org" {
                    for stem in name_stems(names_of(records[m])) {
                        push_unique(index.by_stem.entry(stem).or_default(), g);
                    }
                }
                for name in names_of(records[m]) {
                    if let Some(a) = acronym_of(name) {
                        push_unique(index.by_acronym.entry(a).or_default(), g);
                    }
                    if is_acronym(name) {
                        push_unique(index.by_acronym.entry(fold(name).replace(' ', "")).or_default(), g);
                    }
                }
            }
            index.entities.push(entity);
        }
        index
    }
}

fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// The member whose name stands for the set: a full name over an acronym or a description,
/// then the most mentioned, the longest, the smallest id.
fn representative(records: &[&EntityRecord], members: &[usize]) -> usize {
    let rank = |i: usize| {
        let r = records[i];
        (
            !is_acronym(&r.name) && Descriptor::parse(&r.name).is_none(),
            r.mentions.len(),
            r.name.len(),
            std::cmp::Reverse(r.id.clone()),
        )
    };
    members.iter().copied().max_by_key(|&i| rank(i)).unwrap_or(members[0])
}

fn unique(v: Option<&Vec<usize>>) -> Option<usize> {
    match v.map(Vec::as_slice) {
        Some([one]) => Some(*one),
        _ => None,
    }
}

/// The index with the highest score when no other index has it.
fn best_unique(scores: &[(usize, usize)]) -> Option<usize> {
    let top = scores.iter().map(|&(_, s)| s).max()?;
    let mut best = scores.iter().filter(|&&(_, s)| s == top);
    let first = best.next()?.0;
    best.next().is_none().then_some(first)
}

/// People, organisations, places, groups of people, equipment: joins stay within a class.
fn class(entity_type: &str) -> &str {
    match entity_type {
        "ORG" | "UNIT" | "MISC" => "org",
        "GPE" | "LOC" | "FAC" => "place",
        other => other,
    }
}

fn names_of(r: &EntityRecord) -> impl Iterator<Item = &String> {
    std::iter::once(&r.name).chain(&r.aliases)
}

/// The name keys of a record: each name and alias folded, and without a possessive owner; for
/// people, full names only.
fn record_keys(r: &EntityRecord) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for name in names_of(r) {
        if Descriptor::parse(name).is_some() {
            continue;
        }
        let folded = strip_determiner(&fold(name));
        if r.entity_type == "PER" && !folded.contains(' ') {
            continue;
        }
        if folded.is_empty() {
            continue;
        }
        if r.entity_type == "PER" {
            keys.insert(transliteration_key(&folded));
        }
        keys.insert(folded);
    }
    keys
}

/// A person's folded name with the endings that romanisations of one Slavic name differ in
/// made one: "volodymyr zelenskyy", "volodymyr zelenskiy" and "volodymyr zelensky" all give
/// "volodymyr zelensky". Only words of five letters or more change.
fn transliteration_key(folded: &str) -> String {
    folded
        .split(' ')
        .map(|w| {
            if w.chars().count() < 5 {
                return w.to_string();
            }
            for ending in ["yy", "iy", "ii", "ij", "yi"] {
                if let Some(stem) = w.strip_suffix(ending) {
                    return format!("{stem}y");
                }
            }
            w.to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A folded name as a key, and for look-ups the same without a possessive owner ("south
/// korea's nis" -> "nis"); records are keyed by owner-less names only through
/// [`Owners::split`], which checks that the owners agree.
fn keys_of_text(folded: &str) -> Vec<String> {
    let folded = strip_determiner(folded);
    let mut keys = vec![folded.clone()];
    if let Some((_, rest)) = folded.split_once("'s ") {
        if !rest.is_empty() {
            keys.push(rest.to_string());
        }
    }
    keys
}

/// [`normalise_name`] with diacritics of Latin letters dropped ("Zelenskyy" = "Zelenskyy",
/// "Müller" = "Muller").
pub(crate) fn fold(name: &str) -> String {
    let plain: String = name.chars().map(strip_accent).collect();
    normalise_name(&plain)
}

fn strip_accent(c: char) -> char {
    match c {
        'à'..='å' => 'a',
        'À'..='Å' => 'A',
        'è'..='ë' => 'e',
        'È'..='Ë' => 'E',
        'ì'..='ï' => 'i',
        'Ì'..='Ï' => 'I',
        'ò'..='ö' | 'ø' => 'o',
        'Ò'..='Ö' | 'Ø' => 'O',
        'ù'..='ü' => 'u',
        'Ù'..='Ü' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ý' | 'ÿ' => 'y',
        'š' => 's',
        'Š' => 'S',
        'ž' => 'z',
        'Ž' => 'Z',
        'č' => 'c',
        'Č' => 'C',
        c => c,
    }
}

fn strip_determiner(folded: &str) -> String {
    for d in ["the ", "a ", "an "] {
        if let Some(rest) = folded.strip_prefix(d) {
            if !rest.is_empty() {
                return rest.to_string();
            }
        }
    }
    folded.to_string()
}

/// "coastal monitoring agency (cma)" -> ("coastal monitoring agency", Some("cma")).
fn split_parenthesis(folded: &str) -> (String, Option<String>) {
    match folded.split_once('(') {
        Some((outer, rest)) => {
            let inner = rest.trim_end_matches(')').trim();
            (outer.trim().to_string(), (!inner.is_empty()).then(|| inner.to_string()))
        }
        None => (folded.to_string(), None),
    }
}

/// The words of the original text behind a folded part, for the capitalisation test.
fn text_part<'t>(text: &'t str, folded_part: &str) -> &'t str {
    let want = folded_part.replace(' ', "");
    text.split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .find(|w| fold(w).replace(' ', "") == want)
        .unwrap_or(text)
}

/// Whether `name` is written as an acronym: 2 to 6 capital letters, with optional full stops.
fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_ascii_uppercase())
}

const ACRONYM_SKIPS: &[&str] = &["of", "the", "and", "for", "on", "in", "&", "de", "du"];

/// The initials of a name of two or more words, folded: "National Intelligence Service" ->
/// "nis"; "Main Directorate of Intelligence" -> "mdi".
fn acronym_of(name: &str) -> Option<String> {
    if is_acronym(name) || Descriptor::parse(name).is_some() {
        return None;
    }
    let folded = strip_determiner(&fold(name));
    let (outer, _) = split_parenthesis(&folded);
    let rest = match outer.split_once("'s ") {
        Some((_, rest)) => rest.to_string(),
        None => outer,
    };
    let initials: String = rest
        .split_whitespace()
        .filter(|w| !ACRONYM_SKIPS.contains(w))
        .filter_map(|w| w.chars().next())
        .collect();
    (initials.chars().count() >= 2).then_some(initials)
}

fn contains_words(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let hay: Vec<&str> = haystack.split_whitespace().collect();
    let need: Vec<&str> = needle.split_whitespace().collect();
    hay.windows(need.len()).any(|w| w == need.as_slice())
}

/// Nouns that say what kind of body a description names, not which one.
pub(crate) const GENERIC_HEADS: &[&str] = &[
    "agency", "service", "services", "ministry", "office", "authority", "authorities", "body",
    "department", "directorate", "organisation", "organization", "watchdog", "spokesman",
    "spokeswoman", "spokesperson", "officials", "official", "unit", "group", "center", "centre",
    "institute", "administration", "government", "command", "forces", "force",
];

/// Words a description may use for a word of a name (description word, name word).
const SYNONYMS: &[(&str, &str)] = &[
    ("spy", "intelligence"),
    ("espionage", "intelligence"),
    ("watchdog", "monitoring"),
    ("military", "defense"),
    ("military", "defence"),
    ("military", "armed"),
    ("defence", "defense"),
    ("naval", "navy"),
    ("naval", "fleet"),
    ("maritime", "coastal"),
    ("maritime", "naval"),
    ("coast", "coastal"),
    ("border", "frontier"),
    ("foreign", "external"),
];

/// A lower-case description of an organisation: "Finland's coastal watchdog", "the Finnish
/// coastal agency", "Seoul's spy agency".
struct Descriptor {
    /// Its content words (not the owner, not generic heads), folded.
    words: Vec<String>,
    /// The owner ("seoul" in "Seoul's spy agency") and capitalised qualifiers ("south korean"),
    /// folded: what may name a country.
    qualifiers: Vec<String>,
}

impl Descriptor {
    fn parse(text: &str) -> Option<Descriptor> {
        let text = text.trim();
        let (owner, body) = match text.find("'s ").or_else(|| text.find("\u{2019}s ")) {
            Some(i) => (&text[..i], &text[i + text[i..].find(' ').unwrap_or(0) + 1..]),
            None => ("", text),
        };
        let words: Vec<&str> = body.split_whitespace().collect();
        let first = *words.first()?;
        let is_article = matches!(first.to_lowercase().as_str(), "the" | "a" | "an");
        let words: &[&str] = if is_article { &words[1..] } else { &words };
        if words.is_empty() || words.len() > 5 {
            return None;
        }
        let head = words.last()?.to_lowercase();
        if !GENERIC_HEADS.contains(&head.as_str()) {
            return None;
        }
        // Some word after the owner is written in lower case: a description, not a name. A
        // capitalised word ("Finnish") may still stand in it.
        if !words.iter().any(|w| w.chars().next().is_some_and(char::is_lowercase)) {
            return None;
        }
        let content: Vec<String> = words
            .iter()
            .map(|w| fold(w))
            .filter(|w| !GENERIC_HEADS.contains(&w.as_str()) || w == "watchdog")
            .collect();
        let mut qualifiers: Vec<String> = strip_determiner(&fold(owner)).split_whitespace().map(str::to_string).collect();
        qualifiers.extend(
            words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| fold(w)),
        );
        (!content.is_empty()).then_some(Descriptor { words: content, qualifiers })
    }

    /// Entries of a stem index that may match one of its words (directly, by stem or by a
    /// listed synonym), sorted.
    fn candidates(&self, by_stem: &HashMap<String, Vec<usize>>) -> Vec<usize> {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        for w in &self.words {
            keys.insert(stem(w));
            for &(d, n) in SYNONYMS {
                if d == w {
                    keys.insert(stem(n));
                }
            }
        }
        let mut out: Vec<usize> = keys.iter().filter_map(|k| by_stem.get(k)).flatten().copied().collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn score(&self, e: &CanonicalEntity, country: Option<&str>) -> usize {
        self.score_in(std::iter::once(&e.name).chain(&e.aliases), country, e.country.as_deref())
    }

    /// [`Descriptor::score_names`], with the country its qualifiers name: a candidate of that
    /// country scores two more, one of another country nothing.
    fn score_in<'a>(
        &self,
        names: impl Iterator<Item = &'a String>,
        country: Option<&str>,
        candidate: Option<&str>,
    ) -> usize {
        let base = self.score_names(names);
        match (country, candidate) {
            (Some(c), Some(k)) if c == k => base + 2 * usize::from(base > 0),
            (Some(_), Some(_)) => 0,
            _ => base,
        }
    }

    /// How many of its content words a name of the candidate contains (best name).
    fn score_names<'a>(&self, names: impl Iterator<Item = &'a String>) -> usize {
        names
            .filter(|n| Descriptor::parse(n).is_none() && !is_acronym(n))
            .map(|n| {
                let name_words: Vec<String> = fold(n).split_whitespace().map(str::to_string).collect();
                self.words
                    .iter()
                    .filter(|w| name_words.iter().any(|nw| words_match(w, nw)))
                    .count()
            })
            .max()
            .unwrap_or(0)
    }
}

/// A word's first five letters: words that [`words_match`] by stem share it.
fn stem(word: &str) -> String {
    word.chars().take(5).collect()
}

/// The stems of the words of names that are neither descriptions nor acronyms.
fn name_stems<'a>(names: impl Iterator<Item = &'a String>) -> BTreeSet<String> {
    names
        .filter(|n| Descriptor::parse(n).is_none() && !is_acronym(n))
        .flat_map(|n| fold(n).split_whitespace().map(stem).collect::<Vec<_>>())
        .collect()
}

/// Equal, a listed synonym, or one word the stem of the other ("coast"/"coastal").
fn words_match(description_word: &str, name_word: &str) -> bool {
    if description_word == name_word {
        return true;
    }
    if SYNONYMS.iter().any(|&(d, n)| d == description_word && n == name_word) {
        return true;
    }
    let (a, b) = (description_word, name_word);
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    shared >= 5 && (shared == a.chars().count() || shared == b.chars().count())
}

#[cfg(test)]
mod tests {
    use sitrep_ledger::records::MentionRecord;

    use super::*;

    fn entity(id: &str, name: &str, t: &str, aliases: &[&str], country: Option<&str>, docs: &[&str]) -> EntityRecord {
        EntityRecord {
            id: id.into(),
            name: name.into(),
            entity_type: t.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            country: country.map(str::to_string),
            mentions: docs
                .iter()
                .map(|d| MentionRecord { doc: d.to_string(), start: 0, end: 1, kind: None })
                .collect(),
            org_kind: (t == "ORG").then(|| "government_agency".to_string()),
        }
    }

    fn same(index: &EntityIndex, a: &str, b: &str) -> bool {
        index.canonical_of(a).map(|e| &e.id) == index.canonical_of(b).map(|e| &e.id)
    }

    #[test]
    fn aliases_acronyms_and_possessives_join_one_agency() {
        let records = vec![
            entity("e-1", "Coastal Monitoring Agency", "ORG", &["CMA"], None, &["d-1", "d-1"]),
            entity("e-2", "CMA", "ORG", &[], None, &["d-2"]),
            entity("e-3", "Finland's Coastal Monitoring Agency", "ORG", &[], None, &["d-3"]),
            entity("e-4", "Nordic Imagery Institute", "ORG", &[], None, &["d-4"]),
        ];
        let index = resolve_entities(&records);
        assert!(same(&index, "e-1", "e-2"));
        assert!(same(&index, "e-1", "e-3"));
        assert!(!same(&index, "e-1", "e-4"));
        let cma = index.canonical_of("e-2").expect("resolved");
        assert_eq!(cma.name, "Coastal Monitoring Agency");
        assert_eq!(cma.docs, ["d-1", "d-2", "d-3"]);
        assert_eq!(cma.merges.len(), 2, "{:?}", cma.merges);
        assert!(cma.merges.iter().all(|m| !m.reason.is_empty()));
    }

    #[test]
    fn bare_acronym_stays_apart_when_two_names_abbreviate_to_it() {
        let records = vec![
            entity("e-1", "National Intelligence Service", "ORG", &[], Some("KR"), &["d-1"]),
            entity("e-2", "National Investigation Squad", "ORG", &[], None, &["d-2"]),
            entity("e-3", "NIS", "ORG", &[], None, &["d-3"]),
        ];
        let index = resolve_entities(&records);
        assert!(!same(&index, "e-3", "e-1"));
        assert!(!same(&index, "e-3", "e-2"));
    }

    #[test]
    fn people_join_by_full_name_only() {
        let records = vec![
            entity("e-1", "Kim Jong Un", "PER", &["Kim"], None, &["d-1"]),
            entity("e-2", "Kim Jong-un", "PER", &[], None, &["d-2"]),
            entity("e-3", "Kim Yo Jong", "PER", &["Kim"], None, &["d-3"]),
            entity("e-4", "Anna Virtanen", "PER", &["Virtanen"], None, &["d-1"]),
            entity("e-5", "Mikko Virtanen", "PER", &["Virtanen"], None, &["d-5"]),
        ];
        let index = resolve_entities(&records);
        assert!(same(&index, "e-1", "e-2"));
        assert!(!same(&index, "e-1", "e-3"));
        assert!(!same(&index, "e-4", "e-5"));
        assert_eq!(index.find("Virtanen").len(), 2);
        assert_eq!(index.find("kim jong-un").len(), 1);
    }

    #[test]
    fn romanisations_of_one_person_join_and_other_people_stay_apart() {
        let records = vec![
            entity("e-1", "Oleksandr Vasylenkyy", "PER", &[], None, &["d-1"]),
            entity("e-2", "Oleksandr Vasylenky", "PER", &[], None, &["d-2"]),
            entity("e-3", "Oleksandr Vasylenkiy", "PER", &[], None, &["d-3"]),
            entity("e-4", "Olena Vasylenky", "PER", &[], None, &["d-4"]),
        ];
        let index = resolve_entities(&records);
        assert!(same(&index, "e-1", "e-2") && same(&index, "e-1", "e-3"));
        assert!(!same(&index, "e-1", "e-4"), "another given name is another person");
        assert_eq!(transliteration_key("anna li"), "anna li", "short words stay");
        assert_eq!(transliteration_key("oleksandr syrskyi"), transliteration_key("oleksandr syrsky"));
    }

    #[test]
    fn different_countries_or_classes_never_join() {
        let records = vec![
            entity("e-1", "Blagoveshchensk", "GPE", &[], Some("RU"), &["d-1"]),
            entity("e-2", "Blagoveshchensk", "GPE", &[], Some("UA"), &["d-2"]),
            entity("e-3", "Velmar", "ORG", &[], None, &["d-3"]),
            entity("e-4", "Velmar", "PER", &[], None, &["d-4"]),
        ];
        let index = resolve_entities(&records);
        assert!(!same(&index, "e-1", "e-2"));
        assert!(!same(&index, "e-3", "e-4"));
    }

    #[test]
    fn descriptions_resolve_to_the_one_fitting_organisation() {
        let records = vec![
            entity("e-1", "National Intelligence Service", "ORG", &["NIS"], Some("KR"), &["d-1"]),
            entity("e-2", "Coastal Monitoring Agency", "ORG", &[], None, &["d-2"]),
            entity("e-3", "Seoul's spy agency", "ORG", &[], None, &["d-3"]),
        ];
        let index = resolve_entities(&records);
        assert!(same(&index, "e-1", "e-3"));
        let by_text = |t: &str| index.resolve_name(t).map(|e| e.id.clone());
        assert_eq!(by_text("Finland's coastal watchdog").as_deref(), Some("e-2"));
        assert_eq!(by_text("the NIS").as_deref(), Some("e-1"));
        assert_eq!(by_text("Coastal Monitoring Agency (CMA)").as_deref(), Some("e-2"));
        assert_eq!(by_text("South Korea's National Intelligence Service").as_deref(), Some("e-1"));
        assert_eq!(by_text("the agency"), None, "a bare head names nothing");
        assert_eq!(by_text("officials"), None);
    }

    #[test]
    fn place_names_join_by_gazetteer_place_and_namesakes_stay_apart() {
        use crate::test_ledger::{empty_ledger, place};
        let mentioned = |id: &str, name: &str, doc: &str| {
            let mut p = place(id, name, 0.0, 0.0, "RU", "city");
            p.mentions[0].doc = doc.into();
            p
        };
        let mut ledger = empty_ledger();
        ledger.entities = vec![
            entity("e-1", "Saint Petersburg", "GPE", &[], None, &["d-1"]),
            entity("e-2", "St. Petersburg", "GPE", &[], None, &["d-2"]),
            entity("e-3", "Blagoveshchensk", "GPE", &[], None, &["d-3", "d-4"]),
        ];
        ledger.places = vec![
            mentioned("p-spb", "Saint Petersburg", "d-1"),
            mentioned("p-spb", "Saint Petersburg", "d-2"),
            mentioned("p-amur", "Blagoveshchensk", "d-3"),
            mentioned("p-bashkir", "Blagoveshchensk", "d-4"),
        ];
        let index = resolve_ledger_entities(&ledger);
        assert!(same(&index, "e-1", "e-2"));
        let spb = index.canonical_of("e-2").expect("resolved");
        assert!(spb.merges[0].reason.contains("p-spb"), "{:?}", spb.merges);
        // One record naming two places is not joined with either: nothing to join here, and
        // the two-place set stays a set of its own.
        assert_eq!(index.entities.len(), 2);
    }

    #[test]
    fn a_state_named_by_its_seat_is_not_the_city() {
        use crate::test_ledger::{empty_ledger, place};
        // "Pyongyang has denied ..." in d-1 (North Korea's mention, Pyongyang's place) and "in
        // Pyongyang" in d-2 (the city's).
        let mut state = entity("e-1", "North Korea", "GPE", &[], Some("KP"), &["d-1"]);
        state.mentions[0].kind = Some("metonym".into());
        let city = entity("e-2", "Pyongyang", "GPE", &[], None, &["d-2"]);
        let mut ledger = empty_ledger();
        ledger.entities = vec![state, city];
        let mut in_d2 = place("p-pyongyang", "Pyongyang", 39.0, 125.7, "KP", "city");
        in_d2.mentions[0].doc = "d-2".into();
        ledger.places = vec![place("p-pyongyang", "Pyongyang", 39.0, 125.7, "KP", "city"), in_d2];
        let index = resolve_ledger_entities(&ledger);
        assert!(!same(&index, "e-1", "e-2"), "{:#?}", index.entities);
    }

    #[test]
    fn owners_of_one_country_join_and_of_two_stay_apart() {
        let records = vec![
            entity("e-r", "Russia", "NORP", &[], Some("RU"), &["d-0"]),
            entity("e-rn", "Russian", "NORP", &[], Some("RU"), &["d-0"]),
            entity("e-f", "Finland", "NORP", &[], Some("FI"), &["d-0"]),
            entity("e-1", "Russia's Defense Ministry", "ORG", &[], None, &["d-1"]),
            entity("e-2", "Russian Defense Ministry", "ORG", &[], None, &["d-2"]),
            entity("e-3", "Finland's Defense Ministry", "ORG", &[], None, &["d-3"]),
            entity("e-4", "Defense Ministry", "ORG", &[], None, &["d-4"]),
        ];
        let index = resolve_entities(&records);
        assert!(same(&index, "e-1", "e-2"));
        assert!(!same(&index, "e-1", "e-3"));
        assert!(!same(&index, "e-4", "e-1") && !same(&index, "e-4", "e-3"), "the plain name is ambiguous");
        let ministry = index.canonical_of("e-2").expect("resolved");
        assert!(ministry.merges[0].reason.contains("of RU"), "{:?}", ministry.merges);
    }

    #[test]
    fn a_description_names_the_agency_of_its_country() {
        use crate::test_ledger::{empty_ledger, place};
        let mut ledger = empty_ledger();
        ledger.entities = vec![
            entity("e-kr", "South Korean", "NORP", &[], Some("KR"), &["d-0"]),
            entity("e-nis", "National Intelligence Service", "ORG", &["NIS"], Some("KR"), &["d-1"]),
            entity("e-hur", "Main Intelligence Directorate", "ORG", &["HUR"], Some("UA"), &["d-2"]),
        ];
        ledger.places = vec![place("p-seoul", "Seoul", 37.57, 126.98, "KR", "city")];
        let index = resolve_ledger_entities(&ledger);
        let by_text = |t: &str| index.resolve_name(t).map(|e| e.id.clone());
        assert_eq!(by_text("Seoul's spy agency").as_deref(), Some("e-nis"));
        assert_eq!(by_text("the South Korean spy agency").as_deref(), Some("e-nis"));
        assert_eq!(by_text("the spy agency"), None, "two intelligence bodies fit");
    }

    #[test]
    fn outcome_does_not_depend_on_record_order() {
        let mut records = vec![
            entity("e-1", "Coastal Monitoring Agency", "ORG", &["CMA"], None, &["d-1"]),
            entity("e-2", "CMA", "ORG", &[], None, &["d-2"]),
            entity("e-3", "Estonian military intelligence", "ORG", &["EMI"], None, &["d-3"]),
        ];
        let a = resolve_entities(&records).entities;
        records.reverse();
        let b = resolve_entities(&records).entities;
        assert_eq!(a, b);
    }
}
