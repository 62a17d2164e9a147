//! Provenance chains: who a claim really comes from, and through whom it travelled.
//!
//! A claim names a source ("NIS said", "according to the Helsinki Tribune") and is published by
//! an outlet. The *originator* is where the statement starts: the source, unless the source is a
//! media outlet passing on someone else's words ("the Tribune reported, citing the CMA": the CMA
//! originates, the Tribune relays), and the outlet itself when no source is named (its own
//! reporting). A claim resting on a press release keeps that hop in its chain. The chain reads
//! from the originator to the outlet that published it:
//! `Coastal Monitoring Agency → press release → Helsinki Tribune → Harbour Wire`.
//!
//! Whether two claims are *independent* is decided from originators: claims of one originator
//! are repeats however many outlets carry them. Copies (syndicated text) are found separately, by
//! word overlap, in [`crate::story`].

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use sitrep_ledger::records::{ClaimRecord, LedgerJson, PlaceRecord};

use crate::dates::parse_value;
use crate::entities::{fold, CanonicalEntity, EntityIndex, GENERIC_HEADS};

/// One claim with its originator and chain.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ClaimTrace {
    pub claim: String,
    pub doc: String,
    /// The outlet that published the document.
    pub outlet: Option<String>,
    /// When the claim was made: its own date, else the document's publication date.
    pub date: Option<String>,
    /// The key counting originators: a canonical entity id, `outlet:` and the outlet's folded
    /// name for an outlet's own reporting, or `unnamed:` for sources that resolve to nothing.
    pub originator: String,
    pub originator_name: String,
    /// The canonical entity of the originator, when it is one.
    pub originator_entity: Option<String>,
    /// From the originator to the publishing outlet.
    pub chain: Vec<Hop>,
    /// The key counting independent voices: `state:` and a country code for a government's
    /// bodies, armed forces and officials (they state one government's position, however many
    /// of them speak), else the originator.
    pub voice: String,
    /// Whose voice: the country's name for a government, else the originator's name.
    pub voice_name: String,
    pub status: String,
    pub evidence: Vec<String>,
    pub cue: String,
    pub content: String,
    pub start: usize,
    pub end: usize,
}

/// One step of a chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hop {
    pub name: String,
    /// "originator", "speaker" (a person or country speaking for the originator), "press release",
    /// "relay" (an outlet cited by the publisher) or "outlet".
    pub role: String,
}

/// Words that introduce the source a reporter relies on, inside a claim.
const CITING: &[&str] = &["citing ", "according to ", "quoting ", "cited by "];

/// Traces every claim of a ledger, in ledger order.
pub fn trace_claims(ledger: &LedgerJson, entities: &EntityIndex) -> Vec<ClaimTrace> {
    let docs: HashMap<&str, (Option<&String>, Option<&String>, &str)> = ledger
        .documents
        .iter()
        .map(|d| (d.id.as_str(), (d.outlet.as_ref(), d.published.as_ref(), d.text.as_str())))
        .collect();
    let outlets: HashSet<String> = ledger
        .documents
        .iter()
        .filter_map(|d| d.outlet.as_deref().map(fold))
        .collect();
    // People and organisations mentioned, per document, in text order: what a pronoun source
    // ("It has called the reports fake news") refers back to; the organisations among them are
    // where a speaker's affiliation is looked for.
    let mut actors: HashMap<&str, Vec<OrgMention>> = HashMap::new();
    for e in &ledger.entities {
        let Some(canonical) = entities.canonical_of(&e.id) else { continue };
        if !matches!(canonical.entity_type.as_str(), "ORG" | "UNIT" | "PER") {
            continue;
        }
        for m in &e.mentions {
            actors.entry(m.doc.as_str()).or_default().push(OrgMention { start: m.start, end: m.end, entity: canonical });
        }
    }
    for list in actors.values_mut() {
        list.sort_by_key(|m| (m.start, m.end));
    }
    let organisations: HashMap<&str, Vec<OrgMention>> = actors
        .iter()
        .map(|(doc, list)| (*doc, list.iter().copied().filter(|m| m.entity.entity_type != "PER").collect()))
        .collect();
    let sources: Vec<Option<&CanonicalEntity>> = ledger
        .claims
        .iter()
        .map(|c| {
            let text = docs.get(c.doc.as_str()).map_or("", |d| d.2);
            let mentioned = actors.get(c.doc.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            c.source
                .as_deref()
                .and_then(|s| entities.canonical_of(s))
                .or_else(|| (!c.source_text.is_empty()).then(|| entities.resolve_name(&c.source_text)).flatten())
                .or_else(|| antecedent(c, text, mentioned))
        })
        .collect();

    // Whom each person speaks for in each report: said once next to one of the person's
    // names ("ministry spokesman Igor Sorokin"), it holds for the whole report ("Sorokin said").
    let mut speaks_for: HashMap<(&str, &str), &CanonicalEntity> = HashMap::new();
    for (c, source) in ledger.claims.iter().zip(&sources) {
        let Some(person) = *source else { continue };
        if person.entity_type != "PER" || speaks_for.contains_key(&(c.doc.as_str(), person.id.as_str())) {
            continue;
        }
        let text = docs.get(c.doc.as_str()).map_or("", |d| d.2);
        let orgs = organisations.get(c.doc.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        if let Some(org) = affiliation(c, person, text, orgs) {
            speaks_for.insert((c.doc.as_str(), person.id.as_str()), org);
        }
    }
    let mut traces: Vec<ClaimTrace> = ledger
        .claims
        .iter()
        .zip(&sources)
        .map(|(c, source)| {
            let (outlet, published, text) = docs.get(c.doc.as_str()).copied().unwrap_or((None, None, ""));
            let for_whom = source.and_then(|p| speaks_for.get(&(c.doc.as_str(), p.id.as_str())).copied());
            let cited_after = citing_after_cue(c, text, entities);
            trace(c, *source, outlet.or(c.reported_by.as_ref()), published, entities, &outlets, for_whom, cited_after)
        })
        .collect();
    let mut country_of_place: HashMap<String, String> = HashMap::new();
    for p in &ledger.places {
        if let Some(c) = &p.country {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                country_of_place.entry(fold(n)).or_insert_with(|| c.clone());
            }
        }
    }
    let source_texts: Vec<&str> = ledger.claims.iter().map(|c| c.source_text.as_str()).collect();
    let names_of = |keep: fn(&PlaceRecord) -> bool| -> HashSet<String> {
        ledger.places.iter().filter(|p| keep(p)).flat_map(|p| std::iter::once(&p.name).chain(&p.aliases).map(|n| fold(n))).collect()
    };
    let (country_places, mut state_places) = (names_of(|p| p.kind == "country"), names_of(speaks_for_state));
    // A state the report names only by its seat ("Pyongyang has denied ...": the entity layer
    // links such mentions to North Korea, while the place layer keeps Pyongyang) speaks as a
    // state too: a GPE entity with a country code that names no town or region of the ledger.
    let local_places = names_of(|p| p.kind != "country");
    state_places.extend(
        entities
            .entities
            .iter()
            .filter(|e| e.entity_type == "GPE" && e.country.is_some())
            .map(|e| fold(&e.name))
            .filter(|n| !local_places.contains(n)),
    );
    speak_for_the_state(&mut traces, &source_texts, entities, &country_of_place, &state_places);
    name_the_described(&mut traces, entities);
    let country_names: HashMap<String, String> = ledger
        .places
        .iter()
        .filter(|p| p.kind == "country")
        .filter_map(|p| p.country.clone().map(|c| (c, p.name.clone())))
        .collect();
    let officials = state_officials(ledger, &sources, entities, &country_of_place, &country_places);
    government_voices(&mut traces, entities, &country_of_place, &country_names, &officials, &state_places);
    unnamed_repeaters_are_the_named(&mut traces, ledger);
    traces
}

/// "Death toll rises to 11, officials say" over "..., regional governor Pavlo Demchuk said": a
/// claim by an unnamed source that its report found to repeat a named one's (a relation of the
/// document, not independent) has that one's originator, not one of its own.
fn unnamed_repeaters_are_the_named(traces: &mut [ClaimTrace], ledger: &LedgerJson) {
    let index: HashMap<String, usize> = traces.iter().enumerate().map(|(i, t)| (t.claim.clone(), i)).collect();
    // (Officials unnamed, not witnesses, residents or sources, who may be other voices.)
    let unnamed = |t: &ClaimTrace| {
        t.originator.starts_with("unnamed:")
            && t.originator_name.to_lowercase().split_whitespace().last().is_some_and(|w| matches!(w, "officials" | "official" | "authorities" | "administration" | "government"))
    };
    for r in ledger.relations.iter().filter(|r| r.relation_type == "repeats" && !r.independent) {
        let (Some(&a), Some(&b)) = (index.get(r.from.as_str()), index.get(r.to.as_str())) else { continue };
        let (from, to) = match (unnamed(&traces[a]), unnamed(&traces[b])) {
            (true, false) if traces[b].originator_entity.is_some() => (b, a),
            (false, true) if traces[a].originator_entity.is_some() => (a, b),
            _ => continue,
        };
        let named = &traces[from];
        let (originator, originator_name, originator_entity) = (named.originator.clone(), named.originator_name.clone(), named.originator_entity.clone());
        let (voice, voice_name) = (named.voice.clone(), named.voice_name.clone());
        let chain: Vec<Hop> = named.chain.iter().filter(|h| h.role != "outlet").cloned().collect();
        let t = &mut traces[to];
        t.originator = originator;
        t.originator_name = originator_name;
        t.originator_entity = originator_entity;
        t.voice = voice;
        t.voice_name = voice_name;
        let outlet = t.chain.iter().find(|h| h.role == "outlet").cloned();
        t.chain = chain.into_iter().chain(outlet).collect();
    }
}

/// Titles of those who speak for a state: "Finnish Defence Minister Antti Korpela", "U.S.
/// Deputy Ambassador Robert Wood", "the Russian president, Vladimir Putin".
const STATE_TITLES: &[&str] = &[
    "president", "minister", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "chancellor", "premier", "king", "queen", "general", "admiral", "commander", "marshal", "consul",
];

/// Words of a title that make it no state office: the opposition, a party, a company, a
/// charity, an office no longer held.
const NOT_STATE_OFFICE: &[&str] = &[
    "former", "retired", "late", "opposition", "shadow", "party", "company", "operator", "airline", "airlines",
    "cross", "crescent", "union", "association", "federation", "league", "club", "university", "institute",
    "foundation", "journalists", "refugee", "olympic", "committee", "campaign", "rebel", "rebels",
];

/// The country each person speaks for as its official, by canonical person: a claim's source
/// names the person with a title that opens with a country or its people, right before the
/// name ("Finnish President Mikko Lahti", "U.S. Deputy Ambassador Robert Wood", "the Russian
/// president, Vladimir Putin") or in an apposition right after it ("Antti Korpela, Finland's
/// defence minister,"). Not a title that opens with someone else ("Trump's Ukraine envoy"), an
/// office past ("former", "retired", "ex-", "then-"), or one of a party, company or charity.
fn state_officials(
    ledger: &LedgerJson,
    sources: &[Option<&CanonicalEntity>],
    entities: &EntityIndex,
    country_of_place: &HashMap<String, String>,
    country_places: &HashSet<String>,
) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for (c, source) in ledger.claims.iter().zip(sources) {
        let Some(person) = source.filter(|p| p.entity_type == "PER") else { continue };
        if out.contains_key(&person.id) {
            continue;
        }
        let words: Vec<&str> = c.source_text.split_whitespace().collect();
        let bare = |w: &str| fold(w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '.' && ch != '-'));
        let names: Vec<String> = std::iter::once(&person.name).chain(&person.aliases).flat_map(|n| n.split_whitespace().map(fold)).collect();
        let Some(first) = words.iter().position(|w| names.contains(&bare(w))) else { continue };
        let last = (first..words.len()).take_while(|&i| names.contains(&bare(words[i]))).last().unwrap_or(first);
        // The title before the name, and the apposition after it.
        let before: Vec<&str> = words[..first].iter().copied().skip_while(|w| matches!(fold(w).as_str(), "the" | "a" | "an")).collect();
        let after: Vec<&str> = if words[last].ends_with(',') {
            words[last + 1..].iter().copied().skip_while(|w| matches!(fold(w).as_str(), "the" | "a" | "an")).collect()
        } else {
            Vec::new()
        };
        let country = [(before, true), (after, false)].into_iter().find_map(|(run, before_name)| {
            let folded: Vec<String> = run.iter().map(|w| bare(w)).collect();
            let is_title = |w: &String| STATE_TITLES.contains(&w.trim_end_matches(" s"));
            // Right by the name: among the last three words before it ("U.S. Deputy Ambassador
            // Robert Wood"), not "President Yoon Suk Yeol's wife Kim Keon Hee".
            let titled = if before_name { folded.iter().rev().take(3).any(is_title) } else { folded.iter().any(is_title) };
            let raw: Vec<String> = run.iter().map(|w| w.to_lowercase()).collect();
            let blocked = folded.iter().any(|w| NOT_STATE_OFFICE.contains(&w.as_str()))
                || raw.iter().any(|w| w.starts_with("ex-") || w.starts_with("then-"))
                || non_state_body(&folded.join(" "))
                // (Another's possessive after the country: "Biden's son".)
                || before_name && raw.iter().skip(1).any(|w| w.ends_with("'s") || w.ends_with("’s"));
            if run.is_empty() || !titled || blocked {
                return None;
            }
            // The country opens the title: one word or two ("South Korean").
            let owner = |w: &str| w.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(',').to_string();
            let two = run.get(1).map(|n| format!("{} {}", owner(run[0]), owner(n)));
            two.into_iter()
                .chain(std::iter::once(owner(run[0])))
                .find_map(|phrase| country_named(&phrase, entities, country_of_place, country_places))
        });
        if let Some(cc) = country {
            out.insert(person.id.clone(), cc);
        }
    }
    out
}

/// The country a phrase names: a country or place with one ("Finland", "U.S."), or its people
/// ("Finnish", "South Korean").
fn country_named(
    phrase: &str,
    entities: &EntityIndex,
    country_of_place: &HashMap<String, String>,
    country_places: &HashSet<String>,
) -> Option<String> {
    // (A country, not a state or a town of it: "Texas Attorney General".)
    let key = fold(phrase);
    if country_places.contains(&key) {
        return country_of_place.get(&key).cloned();
    }
    let e = entities.resolve_name(phrase)?;
    match e.entity_type.as_str() {
        "NORP" => e.country.clone(),
        "GPE" if country_places.contains(&fold(&e.name)) => country_of(e, country_of_place),
        _ => None,
    }
}

/// Words of the name of a force or body that is not its country's state, whatever country its
/// name bears.
const NON_STATE_BODIES: &[&str] = &[
    "volunteer", "volunteers", "rapid", "militia", "rebel", "rebels", "resistance", "refugee", "cross", "crescent",
    "opposition", "party",
];

/// Phrases of such names ("Syrian Democratic Forces", "Libyan National Army", "Free Syrian
/// Army", "National Liberation Army"; not the People's Liberation Army).
const NON_STATE_PHRASES: &[&str] = &["democratic forces", "national army", "free syrian", "liberation army", "freedom of"];

/// Whether a body's (folded) name says it is no organ of the state its name bears.
fn non_state_body(folded: &str) -> bool {
    let words = || folded.split_whitespace();
    words().any(|x| NON_STATE_BODIES.contains(&x))
        || NON_STATE_PHRASES.iter().any(|p| folded.contains(p)) && !(folded.contains("liberation army") && words().any(|x| x == "people"))
}

/// Whether an entity is an organ of its state: a government agency or armed force whose name
/// does not say otherwise ([`non_state_body`]).
fn state_body(e: &CanonicalEntity) -> bool {
    matches!(e.entity_type.as_str(), "ORG" | "UNIT")
        && matches!(e.org_kind.as_deref(), Some("government_agency" | "armed_force"))
        && !non_state_body(&fold(&e.name))
}

/// The country of an entity: its own, else the country of the place its name names.
fn country_of(e: &CanonicalEntity, country_of_place: &HashMap<String, String>) -> Option<String> {
    e.country.clone().or_else(|| country_of_place.get(&fold(&e.name)).cloned())
}

/// Whether a place speaks for its state when named as a source: a country, or a city of at least
/// 300,000 people ("Moscow denied", "Kyiv says": capitals are large; the ledger does not mark
/// them), not a town ("Kotka says" is its own authorities).
fn speaks_for_state(p: &PlaceRecord) -> bool {
    p.kind == "country" || p.kind == "city" && p.population >= 300_000
}

/// Sets each claim's voice: a government's bodies, armed forces and officials speak with one
/// voice, its country's ("Finland's defence ministry", "the Finnish army" and "Finnish
/// President Mikko Lahti" are one government saying one thing, not three independent sources).
fn government_voices(
    traces: &mut [ClaimTrace],
    entities: &EntityIndex,
    country_of_place: &HashMap<String, String>,
    country_names: &HashMap<String, String>,
    officials: &HashMap<String, String>,
    state_places: &HashSet<String>,
) {
    for t in traces.iter_mut() {
        t.voice = t.originator.clone();
        t.voice_name = t.originator_name.clone();
        let Some(e) = t.originator_entity.as_deref().and_then(|id| entities.canonical_of(id)) else { continue };
        // (Not a force or body that only bears a country's name: "Russian Volunteer Corps",
        // "Syrian Democratic Forces", "Norwegian Refugee Council".)
        let country = match e.entity_type.as_str() {
            _ if state_body(e) => e.country.clone(),
            // (A country itself or a large city, not a town or a region of it.)
            "GPE" if state_places.contains(&fold(&e.name)) => country_of(e, country_of_place),
            "PER" => officials.get(&e.id).cloned(),
            _ => None,
        };
        if let Some(cc) = country {
            t.voice_name = country_names.get(&cc).cloned().unwrap_or_else(|| cc.clone());
            t.voice = format!("state:{cc}");
        }
    }
}

/// Kinds of body, by the head nouns that name them: a description ("the Swedish think tank")
/// and a name ("Nordic Imagery Institute") with heads of one kind may be one body.
const HEAD_KINDS: &[&[&str]] = &[
    &["institute", "tank", "center", "centre", "group", "foundation", "researchers", "university"],
    &["agency", "service", "directorate", "office", "watchdog", "authority", "bureau", "intelligence"],
    &["ministry", "department", "government"],
    &["army", "forces", "force", "navy", "fleet", "command", "military"],
];

fn head_kind(name: &str) -> Option<usize> {
    let last = fold(name).split_whitespace().last()?.to_string();
    HEAD_KINDS.iter().position(|kind| kind.contains(&last.as_str()))
}

/// An originator named by a description in lower case ("a Swedish think tank", "the Finnish
/// monitors") is the one organisation of the same kind that the same report names: the claims
/// share that originator.
fn name_the_described(traces: &mut [ClaimTrace], entities: &EntityIndex) {
    let entity = |id: &Option<String>| id.as_deref().and_then(|e| entities.canonical_of(e));
    // A description: lower-case words after the first, ending in a word for a kind of body,
    // and no acronym or other name of its own ("Estonian military intelligence (EMI)" is a name).
    let described = |e: &CanonicalEntity| {
        let last = fold(&e.name).split_whitespace().last().map(str::to_string).unwrap_or_default();
        e.aliases.is_empty()
            && (GENERIC_HEADS.contains(&last.as_str()) || last == "tank")
            && e.name.split_whitespace().skip(1).any(|w| w.chars().next().is_some_and(char::is_lowercase))
    };
    let mut named: HashMap<(String, usize), Vec<(String, String, Option<String>)>> = HashMap::new();
    for t in traces.iter() {
        let Some(e) = entity(&t.originator_entity) else { continue };
        if e.entity_type != "ORG" || described(e) {
            continue;
        }
        if let Some(kind) = head_kind(&e.name) {
            let list = named.entry((t.doc.clone(), kind)).or_default();
            let item = (t.originator.clone(), t.originator_name.clone(), e.country.clone());
            if !list.contains(&item) {
                list.push(item);
            }
        }
    }
    for t in traces.iter_mut() {
        let Some(e) = entity(&t.originator_entity) else { continue };
        if e.entity_type != "ORG" || !described(e) {
            continue;
        }
        let Some(kind) = head_kind(&e.name) else { continue };
        let Some([(id, name, country)]) = named.get(&(t.doc.clone(), kind)).map(Vec::as_slice) else { continue };
        // "South Korea's spy agency" is not the Ukrainian agency the same report quotes.
        if e.country.is_some() && country.is_some() && e.country != *country {
            continue;
        }
        let description = std::mem::replace(&mut t.originator_name, name.clone());
        t.originator = id.clone();
        t.originator_entity = Some(id.clone());
        if let Some(h) = t.chain.first_mut() {
            *h = hop(name, "originator");
        }
        t.chain.insert(1, hop(&description, "speaker"));
    }
}

/// A mention of an organisation (or, for pronouns, a person) in a document.
#[derive(Clone, Copy)]
struct OrgMention<'a> {
    start: usize,
    end: usize,
    entity: &'a CanonicalEntity,
}

/// A country, its capital or its officials named as the source ("Estonia says ...", "Moscow
/// denies ...", "Finnish monitors say ...", often in a headline) speaks through the agency of
/// that country quoted in the same report (the only agency quoted, when countries are not
/// known): the claims share that originator.
fn speak_for_the_state(
    traces: &mut [ClaimTrace],
    source_texts: &[&str],
    entities: &EntityIndex,
    country_of_place: &HashMap<String, String>,
    state_places: &HashSet<String>,
) {
    let entity = |id: &Option<String>| id.as_deref().and_then(|e| entities.canonical_of(e));
    let mut agencies: HashMap<String, Vec<(String, String, Option<String>)>> = HashMap::new();
    for t in traces.iter() {
        if let Some(e) = entity(&t.originator_entity) {
            if state_body(e) {
                let list = agencies.entry(t.doc.clone()).or_default();
                let item = (t.originator.clone(), t.originator_name.clone(), e.country.clone());
                if !list.contains(&item) {
                    list.push(item);
                }
            }
        }
    }
    for (t, source_text) in traces.iter_mut().zip(source_texts) {
        let Some(state) = entity(&t.originator_entity).filter(|e| matches!(e.entity_type.as_str(), "GPE" | "NORP")) else { continue };
        let country = country_of(state, country_of_place);
        // Its people too, when they are its officials and their country is known: "Russian
        // ships carry armor, Finnish monitors say"; not "Russian military bloggers said",
        // "Western officials said".
        let people = state.entity_type == "NORP";
        let head = source_text.split_whitespace().last().map(fold).unwrap_or_default();
        if people && (country.is_none() || !STATE_HEADS.contains(&head.as_str())) {
            continue;
        }
        // (A town's "says" is its own authorities'.)
        if !people && !state_places.contains(&fold(&state.name)) {
            continue;
        }
        let Some(list) = agencies.get(&t.doc) else { continue };
        let same_country: Vec<&(String, String, Option<String>)> =
            list.iter().filter(|a| country.is_some() && a.2 == country).collect();
        let chosen = match (same_country.as_slice(), list.as_slice()) {
            ([one], _) => *one,
            ([], [only]) if !people && (only.2.is_none() || country.is_none()) => only,
            _ => continue,
        };
        let (id, name) = (&chosen.0, &chosen.1);
        let state = std::mem::replace(&mut t.originator_name, name.clone());
        t.originator = id.clone();
        t.originator_entity = Some(id.clone());
        t.chain.insert(0, hop(name, "originator"));
        if let Some(h) = t.chain.get_mut(1) {
            *h = hop(&state, "speaker");
        }
    }
}

/// Head words of a people named as a source that make it its state's officials ("Finnish
/// monitors", "Russian officials", "Iranian authorities").
const STATE_HEADS: &[&str] = &[
    "officials", "official", "authorities", "government", "monitors", "ministry", "agency", "intelligence", "military",
    "army", "navy", "forces",
];

/// Lower-case words that may stand between an organisation and the name of its speaker
/// ("CMA director Anna Virtanen", "the ministry's spokesman, Igor Sorokin").
const TITLE_WORDS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "director", "head", "chief", "deputy", "official",
    "minister", "commander", "analyst", "researcher", "colonel", "general", "admiral", "major",
    "captain", "lieutenant", "press", "secretary", "senior", "'s", "of", "the", "at", "from",
    "for", "who", "leads", "heads", "works", "an", "a",
];

/// The organisation a person speaks for, when the text says so next to the person's name:
/// "Lars Ekholm, a senior analyst at the institute", "Lars Ekholm of the Nordic Imagery
/// Institute", "CMA director Anna Virtanen", "ministry spokesman Igor Sorokin". The organisation
/// is a mention of one in that place, or a bare head noun ("the institute", "ministry") that
/// names exactly one organisation of the report.
fn affiliation<'a>(
    c: &ClaimRecord,
    person: &CanonicalEntity,
    text: &str,
    orgs: &[OrgMention<'a>],
) -> Option<&'a CanonicalEntity> {
    let [span_start, span_end] = c.source_span?;
    // The source words may hold the title or the apposition too ("ministry spokesman Igor
    // Sorokin", "Lars Ekholm, a senior analyst at the institute"): find the name inside them.
    let words = text.get(span_start..span_end)?;
    let surname = person.name.split_whitespace().last().unwrap_or(&person.name);
    let names = std::iter::once(person.name.as_str())
        .chain(person.aliases.iter().map(String::as_str))
        .chain(std::iter::once(surname));
    let (at, len) = names
        .filter(|n| !n.is_empty())
        .find_map(|n| words.find(n).map(|i| (i, n.len())))
        .unwrap_or((0, words.len()));
    let (ss, se) = (span_start + at, span_start + at + len);
    // After the name: an apposition or "of ...", up to the end of the clause.
    let after_end = floor_boundary(text, (se + 160).min(text.len()));
    let after = text.get(se..after_end)?;
    let opener = after.trim_start();
    if opener.starts_with(',') || opener.starts_with("of ") || opener.starts_with("at ") {
        let stop = after.find(['.', ';', '\n', '\u{201c}', '"']).unwrap_or(after.len());
        // "Rep. Lee of the ruling People Power Party": a member of a party speaks for himself,
        // not for the party (its spokesman, named with the title, does).
        let party = |m: &OrgMention| m.entity.name.split_whitespace().any(|w| w == "Party");
        if let Some(m) = orgs.iter().find(|m| m.start >= se && m.end <= se + stop) {
            // (", a spokeswoman for the Harbour Party," speaks for it.)
            let spokes = text.get(se..m.start).is_some_and(|gap| words_of(gap).iter().any(|w| w.starts_with("spokes")));
            if party(m) && !spokes {
                return None;
            }
            return Some(m.entity);
        }
        if let Some(e) = by_head_noun(&after[..stop], orgs) {
            return Some(e);
        }
    }
    // Before the name: titles, possibly after the organisation's name or head noun.
    let before_start = floor_boundary(text, ss.saturating_sub(80));
    let before = text.get(before_start..ss)?;
    let sentence_start = before_start + before.rfind(['.', '\n', '"', '\u{201d}']).map_or(0, |i| i + 1);
    let lead = text.get(sentence_start..ss)?;
    let words: Vec<String> = words_of(lead);
    let mut titles = 0;
    let mut taken = 0;
    for w in words.iter().rev() {
        if TITLE_WORDS.contains(&w.as_str()) {
            titles += usize::from(!matches!(w.as_str(), "'s" | "of" | "the" | "at" | "from" | "for" | "an" | "a"));
            taken += 1;
        } else {
            break;
        }
    }
    if titles == 0 || taken > 4 {
        return None;
    }
    // The organisation right before the titles: a mention, or a head noun.
    let is_title_gap = |m: &OrgMention| {
        text.get(m.end..ss)
            .map(words_of)
            .is_some_and(|gap| !gap.is_empty() && gap.len() <= taken && gap.iter().all(|w| TITLE_WORDS.contains(&w.as_str())))
    };
    if let Some(m) = orgs.iter().rev().find(|m| m.end <= ss && m.start >= sentence_start && is_title_gap(m)) {
        return Some(m.entity);
    }
    let head: String = words.iter().rev().nth(taken).cloned().unwrap_or_default();
    by_head_noun(&head, orgs)
}

/// Lower-case words of a text, with "'s" split off as a word.
fn words_of(text: &str) -> Vec<String> {
    text.replace('\u{2019}', "'")
        .replace("'s", " 's")
        .split(|ch: char| ch.is_whitespace() || ch == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The one organisation of the report whose name ends in a head noun of `text` ("the
/// institute" -> "Nordic Imagery Institute").
fn by_head_noun<'a>(text: &str, orgs: &[OrgMention<'a>]) -> Option<&'a CanonicalEntity> {
    for w in words_of(text) {
        if !GENERIC_HEADS.contains(&w.as_str()) {
            continue;
        }
        let mut found: Vec<&CanonicalEntity> = Vec::new();
        for m in orgs {
            let names = std::iter::once(&m.entity.name).chain(&m.entity.aliases);
            let fits = names.map(|n| fold(n)).any(|n| n.split_whitespace().last() == Some(w.as_str()));
            if fits && !found.iter().any(|f| f.id == m.entity.id) {
                found.push(m.entity);
            }
        }
        if let [one] = found.as_slice() {
            return Some(one);
        }
    }
    None
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Pronouns a source may be, and whether each refers to a person.
const PRONOUNS: &[(&str, bool)] = &[("it", false), ("its", false), ("he", true), ("she", true), ("they", false)];

/// What a pronoun source refers back to: the last person ("he", "she") or organisation ("it",
/// "they") mentioned before it in the same paragraph or the one before.
fn antecedent<'a>(c: &ClaimRecord, text: &str, mentioned: &[OrgMention<'a>]) -> Option<&'a CanonicalEntity> {
    let [start, _] = c.source_span?;
    let word = c.source_text.trim().to_lowercase();
    let &(_, person) = PRONOUNS.iter().find(|(p, _)| *p == word)?;
    // Back to the start of the previous paragraph at most.
    let before = text.get(..start)?;
    let floor = before
        .rmatch_indices("\n\n")
        .nth(1)
        .map_or(0, |(i, _)| i);
    mentioned
        .iter()
        .rev()
        .filter(|m| m.end <= start && m.start >= floor)
        .find(|m| (m.entity.entity_type == "PER") == person)
        .map(|m| m.entity)
}

#[allow(clippy::too_many_arguments)]
fn trace(
    c: &ClaimRecord,
    source: Option<&CanonicalEntity>,
    outlet: Option<&String>,
    published: Option<&String>,
    entities: &EntityIndex,
    outlets: &HashSet<String>,
    speaks_for: Option<&CanonicalEntity>,
    cited_after: Option<&CanonicalEntity>,
) -> ClaimTrace {
    let date = c
        .date
        .as_deref()
        .filter(|d| parse_value(d).is_some_and(|r| r.len() == 1))
        .map(|d| d[..10].to_string())
        .or_else(|| published.cloned());
    let is_outlet = |e: &CanonicalEntity| {
        e.org_kind.as_deref() == Some("media_outlet")
            || outlets.contains(&fold(&e.name))
            || e.aliases.iter().any(|a| outlets.contains(&fold(a)))
    };
    let cited = cited_source(&c.content, entities).or_else(|| cited_source(&c.source_text, entities)).or(cited_after);

    let mut chain: Vec<Hop> = Vec::new();
    let (originator, originator_name, originator_entity) = match (source, cited) {
        // An outlet passing on another's words: the other originates, the outlet relays.
        (Some(s), Some(o)) if is_outlet(s) && o.id != s.id => {
            chain.push(hop(&o.name, "originator"));
            chain.push(hop(&s.name, "relay"));
            (o.id.clone(), o.name.clone(), Some(o.id.clone()))
        }
        (Some(s), _) if s.entity_type == "PER" => match speaks_for {
            // A person speaking for an organisation: the organisation originates.
            Some(org) => {
                chain.push(hop(&org.name, "originator"));
                chain.push(hop(&s.name, "speaker"));
                (org.id.clone(), org.name.clone(), Some(org.id.clone()))
            }
            None => {
                chain.push(hop(&s.name, "originator"));
                (s.id.clone(), s.name.clone(), Some(s.id.clone()))
            }
        },
        (Some(s), _) => {
            chain.push(hop(&s.name, "originator"));
            (s.id.clone(), s.name.clone(), Some(s.id.clone()))
        }
        (None, Some(o)) if c.source_text.is_empty() => {
            chain.push(hop(&o.name, "originator"));
            (o.id.clone(), o.name.clone(), Some(o.id.clone()))
        }
        (None, _) if !c.source_text.is_empty() => {
            // A source the ledger cannot pin down ("officials", "a person familiar"): it counts
            // as its own originator within its outlet, never as the same as another's.
            let name = c.source_text.clone();
            chain.push(hop(&name, "originator"));
            let key = format!("unnamed:{}:{}", outlet.map(|o| fold(o)).unwrap_or_default(), fold(&name));
            (key, name, None)
        }
        (None, _) => {
            let name = outlet.cloned().unwrap_or_else(|| "unknown outlet".to_string());
            chain.push(hop(&name, "originator"));
            (format!("outlet:{}", fold(&name)), name, None)
        }
    };
    if c.evidence.iter().any(|e| e == "press_release") {
        chain.insert(1, hop("press release", "press release"));
    }
    if let Some(o) = outlet {
        if chain.last().is_none_or(|h| fold(&h.name) != fold(o)) {
            chain.push(hop(o, "outlet"));
        }
    }
    ClaimTrace {
        claim: c.id.clone(),
        doc: c.doc.clone(),
        outlet: outlet.cloned(),
        date,
        originator,
        originator_name,
        originator_entity,
        // (Set once the originator is final: [`government_voices`].)
        voice: String::new(),
        voice_name: String::new(),
        chain,
        status: c.status.clone(),
        evidence: c.evidence.clone(),
        cue: c.cue.clone(),
        content: c.content.clone(),
        start: c.start,
        end: c.end,
    }
}

fn hop(name: &str, role: &str) -> Hop {
    Hop {
        name: name.to_string(),
        role: role.to_string(),
    }
}

/// "..., Harbor Wire reported on Saturday, citing regional governor Pavlo Demchuk.": the one
/// cited after the claim's cue and content, in the rest of its sentence, set off by a comma.
fn citing_after_cue<'a>(c: &ClaimRecord, text: &str, entities: &'a EntityIndex) -> Option<&'a CanonicalEntity> {
    let from = c.cue_span.map_or(c.end, |k| k[1]).max(c.end);
    let rest = text.get(from..)?;
    // (To the sentence's end: a full stop before a space or the end, not "U.S." inside it.)
    let end = rest.find(". ").or_else(|| rest.find(".\n")).into_iter().chain(rest.find(['\n', ';'])).min().unwrap_or(rest.len());
    let sentence = &rest[..end];
    sentence.match_indices(", ").find_map(|(comma, _)| {
        let after = &sentence[comma + 2..];
        let lower = after.to_lowercase();
        CITING.iter().any(|cue| lower.starts_with(cue)).then(|| cited_source(after, entities)).flatten()
    })
}

/// The entity after "citing" or "according to" in a text, when the words up to the next comma or
/// full stop name one.
fn cited_source<'a>(text: &str, entities: &'a EntityIndex) -> Option<&'a CanonicalEntity> {
    let lower = text.to_lowercase();
    for cue in CITING {
        let Some(at) = lower.find(cue) else { continue };
        let rest = &text[at + cue.len()..];
        let name: &str = rest
            .split([',', '.', ';', ':', '\u{201d}', '"'])
            .next()
            .unwrap_or("")
            .trim();
        // Try the longest prefix of at most eight words that resolves, then the same past a
        // title ("citing regional governor Pavlo Demchuk").
        let words: Vec<&str> = name.split_whitespace().take(8).collect();
        // (Past lower-case words of a title only, never past a preposition or a verb: "citing a
        // source close to the Kremlin" names no one.)
        let title_word = |w: &str| {
            w.chars().all(|c| c.is_lowercase() || c == '-')
                && !matches!(w, "close" | "to" | "by" | "from" | "with" | "at" | "of" | "in" | "on" | "seen" | "familiar" | "who" | "that" | "said")
        };
        let skippable = words.iter().take_while(|w| title_word(w)).count();
        for from in 0..=skippable.min(words.len().saturating_sub(1)) {
            for n in (from + 1..=words.len()).rev() {
                if let Some(e) = entities.resolve_name(&words[from..n].join(" ")) {
                    return Some(e);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ledger::{claim, entity, ledger_of_claims};

    /// An entity record of a known country.
    fn with_country(mut e: sitrep_ledger::records::EntityRecord, cc: &str) -> sitrep_ledger::records::EntityRecord {
        e.country = Some(cc.into());
        e
    }

    /// The traces of a ledger whose places are these.
    fn traces_with_places(mut ledger: LedgerJson, places: Vec<PlaceRecord>) -> Vec<ClaimTrace> {
        ledger.places = places;
        let index = crate::entities::resolve_entities(&ledger.entities);
        trace_claims(&ledger, &index)
    }

    #[test]
    fn a_states_bodies_and_titled_officials_share_its_voice_and_others_keep_their_own() {
        let ledger = ledger_of_claims(
            &[("d-1", "Helsinki Daily", "2025-03-10")],
            vec![
                with_country(entity("e-mod", "Finland's defence ministry", "ORG", &[], "government_agency"), "FI"),
                with_country(entity("e-army", "Finnish army", "UNIT", &[], "armed_force"), "FI"),
                entity("e-lahti", "Mikko Lahti", "PER", &[], ""),
                entity("e-virta", "Anna Virta", "PER", &[], ""),
                entity("e-kallio", "Juha Kallio", "PER", &[], ""),
                entity("e-niemi", "Eero Niemi", "PER", &[], ""),
                entity("e-ruiz", "Ana Ruiz", "PER", &[], ""),
                with_country(entity("e-fin", "Finnish", "NORP", &[], ""), "FI"),
                with_country(entity("e-rvc", "Finnish Volunteer Corps", "UNIT", &[], "armed_force"), "FI"),
                entity("e-fi", "Finland", "GPE", &[], ""),
                entity("e-kotka", "Kotka", "GPE", &[], ""),
            ],
            vec![
                claim("c-1", "d-1", Some("e-mod"), "Finland's defence ministry", "drones struck", "asserted", &[]),
                claim("c-2", "d-1", Some("e-army"), "The Finnish army", "drones struck", "asserted", &[]),
                claim("c-3", "d-1", Some("e-lahti"), "Finnish President Mikko Lahti", "drones struck", "asserted", &[]),
                claim("c-4", "d-1", Some("e-virta"), "Anna Virta, Finland's foreign minister,", "drones struck", "asserted", &[]),
                claim("c-5", "d-1", Some("e-kallio"), "former Finnish President Juha Kallio", "drones struck", "asserted", &[]),
                claim("c-6", "d-1", Some("e-niemi"), "Finnish opposition party spokesman Eero Niemi", "drones struck", "asserted", &[]),
                claim("c-7", "d-1", Some("e-ruiz"), "the UN envoy for Finland Ana Ruiz", "drones struck", "asserted", &[]),
                claim("c-8", "d-1", Some("e-fin"), "Finnish military bloggers", "drones struck", "asserted", &[]),
                claim("c-9", "d-1", Some("e-rvc"), "the Finnish Volunteer Corps", "drones struck", "asserted", &[]),
                claim("c-10", "d-1", Some("e-fi"), "Finland", "drones struck", "asserted", &[]),
                claim("c-11", "d-1", Some("e-kotka"), "Kotka", "drones struck", "asserted", &[]),
            ],
        );
        let places = vec![
            crate::test_ledger::place("p-fi", "Finland", 64.0, 26.0, "FI", "country"),
            crate::test_ledger::place("p-kotka", "Kotka", 60.5, 26.9, "FI", "city"),
        ];
        let traces = traces_with_places(ledger, places);
        let voice = |claim: &str| traces.iter().find(|t| t.claim == claim).map(|t| t.voice.clone()).unwrap_or_default();
        for c in ["c-1", "c-2", "c-3", "c-4", "c-10"] {
            assert_eq!(voice(c), "state:FI", "{c}: {traces:#?}");
        }
        assert_eq!(traces.iter().find(|t| t.claim == "c-3").map(|t| t.voice_name.as_str()), Some("Finland"));
        // A former president, the opposition, a UN envoy, bloggers, a volunteer corps and a town
        // are no voice of the state.
        for c in ["c-5", "c-6", "c-7", "c-8", "c-9", "c-11"] {
            assert!(!voice(c).starts_with("state:"), "{c}: {}", voice(c));
        }
    }

    #[test]
    fn a_state_named_only_by_its_seat_speaks_as_the_state() {
        // "Kessa denied the report": the entity layer makes the mention Vesteria's, while the
        // place layer records only the city of Kessa.
        let ledger = ledger_of_claims(
            &[("d-1", "Harbor Wire", "2025-03-10")],
            vec![
                with_country(entity("e-vs", "Vesteria", "GPE", &[], ""), "VS"),
                with_country(entity("e-lys", "Lysoven", "GPE", &[], ""), "VS"),
                with_country(entity("e-mod", "Vesterian defence ministry", "ORG", &[], "government_agency"), "VS"),
            ],
            vec![
                claim("c-1", "d-1", Some("e-vs"), "Kessa", "no troops were sent", "denied", &[]),
                claim("c-2", "d-1", Some("e-lys"), "Lysoven", "the port is closed", "asserted", &[]),
                claim("c-3", "d-1", Some("e-mod"), "the ministry", "no troops were sent", "denied", &[]),
            ],
        );
        let places = vec![
            crate::test_ledger::place("p-kessa", "Kessa", 55.0, 20.0, "VS", "city"),
            crate::test_ledger::place("p-lys", "Lysoven", 56.0, 21.0, "VS", "city"),
        ];
        let traces = traces_with_places(ledger, places);
        let voice = |claim: &str| traces.iter().find(|t| t.claim == claim).map(|t| t.voice.clone()).unwrap_or_default();
        assert_eq!(voice("c-1"), "state:VS", "{traces:#?}");
        assert_eq!(voice("c-3"), "state:VS");
        // A town of the state, which the ledger places, is its own authorities.
        assert!(!voice("c-2").starts_with("state:"), "{}", voice("c-2"));
    }

    #[test]
    fn a_people_or_a_place_speaks_through_the_one_agency_of_its_country_only_when_its_officials_do() {
        // Each report quotes one Finnish agency.
        let ledger = ledger_of_claims(
            &[("d-1", "Helsinki Daily", "2025-03-10"), ("d-2", "Kotka News", "2025-03-10"), ("d-3", "Baltic Wire", "2025-03-10")],
            vec![
                with_country(entity("e-cma", "Coastal Monitoring Agency", "ORG", &[], "government_agency"), "FI"),
                with_country(entity("e-fin", "Finnish", "NORP", &[], ""), "FI"),
                entity("e-kotka", "Kotka", "GPE", &[], ""),
                entity("e-fi", "Finland", "GPE", &[], ""),
            ],
            vec![
                claim("c-1", "d-1", Some("e-cma"), "the agency", "ships left", "asserted", &[]),
                claim("c-2", "d-1", Some("e-fin"), "Finnish officials", "ships left", "asserted", &[]),
                claim("c-3", "d-2", Some("e-cma"), "the agency", "ships left", "asserted", &[]),
                claim("c-4", "d-2", Some("e-fin"), "Finnish military bloggers", "ships left", "asserted", &[]),
                claim("c-5", "d-2", Some("e-kotka"), "Kotka", "ships left", "asserted", &[]),
                claim("c-6", "d-3", Some("e-cma"), "the agency", "ships left", "asserted", &[]),
                claim("c-7", "d-3", Some("e-fi"), "Finland", "ships left", "asserted", &[]),
            ],
        );
        let places = vec![
            crate::test_ledger::place("p-fi", "Finland", 64.0, 26.0, "FI", "country"),
            crate::test_ledger::place("p-kotka", "Kotka", 60.5, 26.9, "FI", "city"),
        ];
        let traces = traces_with_places(ledger, places);
        let originator = |claim: &str| traces.iter().find(|t| t.claim == claim).map(|t| t.originator.clone()).unwrap_or_default();
        assert_eq!(originator("c-2"), "e-cma", "Finnish officials speak for the agency");
        assert_eq!(originator("c-7"), "e-cma", "Finland speaks through its agency");
        assert_ne!(originator("c-4"), "e-cma", "bloggers are no officials");
        assert_ne!(originator("c-5"), "e-cma", "a town is its own authorities");
    }

    #[test]
    fn outlets_relaying_an_agency_trace_to_the_agency() {
        let ledger = ledger_of_claims(
            &[("d-1", "Helsinki Tribune", "2025-03-04"), ("d-2", "Harbour Wire", "2025-03-05"), ("d-3", "Baltic Times", "2025-03-06")],
            vec![
                entity("e-cma", "Coastal Monitoring Agency", "ORG", &["CMA"], "government_agency"),
                entity("e-ht", "Helsinki Tribune", "ORG", &[], "media_outlet"),
            ],
            vec![
                claim("c-1", "d-1", Some("e-cma"), "CMA", "a convoy left Kaliningrad", "asserted", &["press_release"]),
                claim("c-2", "d-2", Some("e-ht"), "the Helsinki Tribune", "a convoy left Kaliningrad, citing the CMA", "asserted", &[]),
                claim("c-3", "d-3", None, "", "the convoy reached Saint Petersburg", "asserted", &[]),
            ],
        );
        let index = crate::entities::resolve_entities(&ledger.entities);
        let traces = trace_claims(&ledger, &index);
        assert_eq!(traces[0].originator, "e-cma");
        let names: Vec<&str> = traces[0].chain.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, ["Coastal Monitoring Agency", "press release", "Helsinki Tribune"]);
        assert_eq!(traces[1].originator, "e-cma", "the Tribune only relays");
        let roles: Vec<&str> = traces[1].chain.iter().map(|h| h.role.as_str()).collect();
        assert_eq!(roles, ["originator", "relay", "outlet"]);
        assert_eq!(traces[2].originator, "outlet:baltic times");
        assert_eq!(traces[2].date.as_deref(), Some("2025-03-06"));
    }

    #[test]
    fn a_description_is_the_agency_named_in_the_report_only_of_its_own_country() {
        let mut described = entity("e-spy", "Norland's spy agency", "ORG", &[], "government_agency");
        described.country = Some("NL".into());
        let mut named = entity("e-vis", "Varnian Intelligence Service", "ORG", &[], "government_agency");
        named.country = Some("VA".into());
        let ledger = ledger_of_claims(
            &[("d-1", "Helsinki Tribune", "2025-03-04")],
            vec![named, described],
            vec![
                claim("c-1", "d-1", Some("e-vis"), "the Varnian Intelligence Service", "troops crossed the river", "asserted", &[]),
                claim("c-2", "d-1", Some("e-spy"), "Norland's spy agency", "about 3,000 troops crossed", "hedged", &[]),
            ],
        );
        let index = crate::entities::resolve_entities(&ledger.entities);
        let traces = trace_claims(&ledger, &index);
        assert_eq!(traces[1].originator, "e-spy", "{:?}", traces[1].chain);
    }

    #[test]
    fn a_spokesman_speaks_for_his_institute_but_a_member_not_for_his_party() {
        let text = "Lars Ekholm of the Nordic Imagery Institute said the ships left. \
                    Anna Virtanen of the ruling Harbour Party said the Nordic Imagery Institute had lied.";
        let at = |words: &str| text.find(words).expect("in text");
        let mention = |words: &str| sitrep_ledger::records::MentionRecord { doc: "d-1".into(), start: at(words), end: at(words) + words.len(), kind: None };
        let mut ledger = ledger_of_claims(
            &[("d-1", "Helsinki Tribune", "2025-03-04")],
            vec![
                entity("e-lars", "Lars Ekholm", "PER", &[], "none"),
                entity("e-anna", "Anna Virtanen", "PER", &[], "none"),
                entity("e-nii", "Nordic Imagery Institute", "ORG", &[], "research"),
                entity("e-party", "Harbour Party", "ORG", &[], "political_party"),
            ],
            vec![
                claim("c-1", "d-1", Some("e-lars"), "Lars Ekholm of the Nordic Imagery Institute", "the ships left", "asserted", &[]),
                claim("c-2", "d-1", Some("e-anna"), "Anna Virtanen of the ruling Harbour Party", "the Nordic Imagery Institute had lied", "asserted", &[]),
            ],
        );
        ledger.documents[0].text = text.to_string();
        for (e, words) in [(0, "Lars Ekholm"), (1, "Anna Virtanen"), (2, "Nordic Imagery Institute"), (3, "Harbour Party")] {
            ledger.entities[e].mentions = vec![mention(words)];
        }
        // The institute is named again in what she says, which is no affiliation of hers.
        let again = text.rfind("Nordic Imagery Institute").expect("twice");
        ledger.entities[2].mentions.push(sitrep_ledger::records::MentionRecord { doc: "d-1".into(), start: again, end: again + 24, kind: None });
        for (c, words) in [(0, "Lars Ekholm of the Nordic Imagery Institute"), (1, "Anna Virtanen of the ruling Harbour Party")] {
            ledger.claims[c].source_span = Some([at(words), at(words) + words.len()]);
        }
        let index = crate::entities::resolve_entities(&ledger.entities);
        let traces = trace_claims(&ledger, &index);
        assert_eq!(traces[0].originator, "e-nii", "{:?}", traces[0].chain);
        assert_eq!(traces[1].originator, "e-anna", "{:?}", traces[1].chain);
    }
}
