//! Relations between the claims of one document: one claim corroborates, contradicts or repeats
//! another, and whether the two come from independent sources.
//!
//! Corroboration is read where the text states it ("The claim corroborated earlier assertions by
//! X that ..."); contradiction from a denial that shares its subject with an earlier claim, or
//! from another source's different figure for the same count ("put the figure at 1,100");
//! repetition from near-identical content. Two claims are independent when their sources are
//! different entities, not two official bodies of one country; a claim without a known source is
//! never counted as independent in support of another. A contradiction needs two voices, so
//! there a described source ("The opposition says ...") against a named one that shares no word
//! with it counts as another voice (see `distinct_voices`).

use sitrep_doc::{ActorRole, Claim, ClaimRelation, ClaimStatus, Doc, EntityType, Error, EventStatus, OrgKind, RelationType, Span, Stage};

use crate::cues::{CORROBORATION_CUES, REFERRING_OPENERS, REPELLING_WORDS, TALLY_NOUNS};
use crate::view::{content_words, sentence_ranges, View};

/// The relation stage: needs the claim and event layers (figures are compared between claims of
/// the same kind of event); writes the relation layer.
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

/// Claims of two different known sources.
fn different_sources(a: &Claim, b: &Claim) -> bool {
    matches!((a.source_entity, b.source_entity), (Some(x), Some(y)) if x != y)
}

/// Different sources, and not two bodies of one state ("the Pentagon" and "the State
/// Department" state one government's position).
fn independent(doc: &Doc, a: &Claim, b: &Claim) -> bool {
    let layer = doc.entities();
    let official_country = |e: usize| {
        layer.entities.get(e).filter(|x| matches!(x.org_kind, Some(OrgKind::GovernmentAgency | OrgKind::ArmedForce))).and_then(|x| x.country.as_deref())
    };
    // ("Ukraine says ..." and "Ukraine's military intelligence said ...": a country speaking
    // and its own organ are one voice.)
    // (A state named by its seat, "Pyongyang has denied ...", is the state whose code the entity
    // carries, though its place is the city.)
    let country_named = |e: usize| {
        layer.entities.get(e).filter(|x| x.entity_type == sitrep_doc::EntityType::Gpe).and_then(|x| {
            let metonym = layer.mentions.iter().any(|m| m.entity == e && m.kind == sitrep_doc::MentionKind::Metonym);
            if metonym {
                return x.country.as_deref();
            }
            let spans: Vec<_> = layer.mentions.iter().filter(|m| m.entity == e).map(|m| m.span).collect();
            let places = doc.places();
            places
                .mentions
                .iter()
                .filter(|m| spans.iter().any(|s| s.contains(m.span)))
                .map(|m| &places.places[m.place])
                .find(|p| p.kind == sitrep_doc::PlaceKind::Country)
                .and_then(|p| p.country.as_deref())
        })
    };
    different_sources(a, b) && {
        let (x, y) = (a.source_entity.unwrap_or(usize::MAX), b.source_entity.unwrap_or(usize::MAX));
        let one_state = |p: usize, q: usize| country_named(p).is_some_and(|c| official_country(q) == Some(c));
        (official_country(x).is_none() || official_country(x) != official_country(y)) && !one_state(x, y) && !one_state(y, x)
    }
}

/// For two claims that contradict each other: whether they come from different voices. With
/// both sources known, [`independent`]; with one described only ("The opposition says ..."
/// against the army's denial), whether the words naming them differ: a contradiction is seldom
/// one voice against itself, and nothing says it is.
fn distinct_voices(doc: &Doc, a: &Claim, b: &Claim) -> bool {
    if let (Some(_), Some(_)) = (a.source_entity, b.source_entity) {
        return independent(doc, a, b);
    }
    let words = |c: &Claim| -> Option<Vec<String>> {
        let text = match (c.source_entity, c.source_span) {
            (Some(e), _) => doc.entities().entities.get(e)?.name.clone(),
            (None, Some(span)) => doc.slice(span).to_string(),
            (None, None) => return None,
        };
        let words: Vec<String> = text
            .split(|ch: char| !ch.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| w.len() > 2 && !matches!(w.as_str(), "the" | "its" | "his" | "her" | "their" | "local" | "senior"))
            .collect();
        // (A pronoun says nothing of who it is.)
        (!words.is_empty() && !words.iter().all(|w| matches!(w.as_str(), "they" | "she" | "him" | "them"))).then_some(words)
    };
    // ("The army" against "the Syrian army" is one voice; "Officials" against "Local officials"
    // too.)
    match (words(a), words(b)) {
        (Some(x), Some(y)) => !x.iter().any(|w| y.contains(w)),
        _ => false,
    }
}

/// Whether one of two claims only passes the other's words on: its source is a news outlet, or
/// its source's title names the other source ("Ministry spokesman Igor Konashenkov" for the
/// Defense Ministry).
fn relays(doc: &Doc, a: &Claim, b: &Claim) -> bool {
    let layer = doc.entities();
    let outlet = |c: &Claim| c.source_entity.and_then(|e| layer.entities.get(e)).is_some_and(|e| e.org_kind == Some(OrgKind::MediaOutlet));
    let titled_for = |person: &Claim, org: &Claim| {
        let speaker = person.source_entity.and_then(|e| layer.entities.get(e));
        if speaker.is_none_or(|p| p.entity_type != sitrep_doc::EntityType::Per) {
            return false;
        }
        let (Some(span), Some(e)) = (person.source_span, org.source_entity.and_then(|e| layer.entities.get(e))) else { return false };
        let head = e.name.split_whitespace().last().unwrap_or("");
        let said_by = doc.slice(span);
        let named_head = head.len() > 3 && said_by.split_whitespace().any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == head);
        // ("NATO confirmed ..." and "“I can confirm ...,” Secretary General Marten Holm told
        // reporters": a leader's or spokesman's title with no body of its own named speaks for
        // the body whose claim it repeats.)
        let lower = said_by.to_lowercase();
        let leader = ["secretary general", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "director general", "chairman", "chairwoman"]
            .iter()
            .any(|t| lower.contains(t));
        let other_body = doc.entities().mentions.iter().any(|m| span.contains(m.span) && layer.entities.get(m.entity).is_some_and(|x| x.entity_type != sitrep_doc::EntityType::Per));
        e.entity_type != sitrep_doc::EntityType::Per && (named_head || leader && !other_body)
    };
    outlet(a) || outlet(b) || titled_for(a, b) || titled_for(b, a)
}

/// Whether a claim's content (lower case) opens by taking up an earlier figure: "the figure at
/// 1,100", "it at several hundred", "the death toll at 12"; not "the number of drones rose".
fn takes_up_a_figure(head: &str) -> bool {
    let mut words = head.split_whitespace();
    let mut w = words.next();
    if w == Some("the") {
        w = words.next();
    }
    if w == Some("death") {
        w = words.next();
    }
    w.is_some_and(|w| TALLY_NOUNS.contains(&w)) && words.next() == Some("at")
}

/// Whether two figures disagree: neither range holds the other's value and they are more than
/// a fifth apart.
/// A bound opens its end: "more than 1,000" holds "about 3,000", "at most 500" holds "300".
fn differ(a: &sitrep_doc::Quantity, b: &sitrep_doc::Quantity) -> bool {
    use sitrep_doc::TimexMod;
    let range = |q: &sitrep_doc::Quantity| match q.bound {
        Some(TimexMod::MoreThan | TimexMod::OnOrAfter | TimexMod::After) => (q.value, f64::INFINITY),
        Some(TimexMod::LessThan | TimexMod::OnOrBefore | TimexMod::Before) => (0.0, q.upper.unwrap_or(q.value)),
        _ => (q.value, q.upper.unwrap_or(q.value)),
    };
    let ((a0, a1), (b0, b1)) = (range(a), range(b));
    if a0 <= b1 && b0 <= a1 {
        return false;
    }
    // The gap between the nearest ends ("between 1,000 and 3,000" and "3,200" are close).
    let (low, high) = if a1 < b0 { (a1, b0) } else { (b1, a0) };
    high - low > 0.2 * high
}

/// Whether two counts are of the same group as far as the word before their counted nouns
/// tells: "150 Norlandic soldiers" and "900 Varnian soldiers" are two sides' losses.
fn same_group(doc: &Doc, a: &sitrep_doc::Quantity, b: &sitrep_doc::Quantity) -> bool {
    let modifier = |q: &sitrep_doc::Quantity| {
        let unit = q.unit_span?;
        // (A counted noun may stand before its number: "Of the drones, 14 were shot down".)
        let before = doc.text().get(q.span.start()..unit.start())?.split_whitespace().last()?;
        before.starts_with(char::is_uppercase).then(|| before.to_lowercase())
    };
    match (modifier(a), modifier(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Whether two event times are one period: they overlap and neither strictly holds the other
/// (ISO days, months and years, padded to days; other values compare only when equal).
fn one_period(x: &(String, String), y: &(String, String)) -> bool {
    if x == y {
        return true;
    }
    let day = |v: &str, end: bool| -> Option<String> {
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        let parts: Vec<&str> = v.split('-').collect();
        match parts.as_slice() {
            [y] if y.len() == 4 && digits(y) => Some(format!("{y}-{}", if end { "12-31" } else { "01-01" })),
            [y, m] if y.len() == 4 && m.len() == 2 && digits(y) && digits(m) => Some(format!("{y}-{m}-{}", if end { "31" } else { "01" })),
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 && digits(y) && digits(m) && digits(d) => Some(v.to_string()),
            _ => None,
        }
    };
    let (Some(xs), Some(xe), Some(ys), Some(ye)) = (day(&x.0, false), day(&x.1, true), day(&y.0, false), day(&y.1, true)) else {
        return false;
    };
    let overlap = xs <= ye && ys <= xe;
    let x_holds_y = xs <= ys && ye <= xe;
    let y_holds_x = ys <= xs && xe <= ye;
    overlap && !(x_holds_y ^ y_holds_x)
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
        // (The claim the cue's object names, by a source the text names, before the cue's own:
        // "The claim echoed an earlier report by the NIS, which said ...": the NIS's claim.)
        // (Within the cue's sentence: "“It has been confirmed that ...,” he said" names no claim
        // of a later sentence.)
        let sentence_end = v.span(b - 1).end();
        let after = |c: &Claim| c.content.start() > cue.end() && c.content.start() < sentence_end && c.cue_span.is_some_and(|s| s.start() >= cue.start());
        let named = claims.iter().position(|c| after(c) && c.source_entity.is_some() && c.cue_span.is_some_and(|s| !s.contains(cue)));
        let Some(target) = named.or_else(|| claims.iter().position(after)) else {
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
                independent: independent(doc, &claims[from], &claims[target]),
                cue_span: Some(cue),
            };
            push(r, &mut out);
        }
    }

    // A denial of "the report" / "the claims" contradicts the story's lead (or, for "the
    // claim that ...", the earlier claim it shares most words with); one of "it" / "this" the
    // last claim before it by someone else.
    for (j, c) in claims.iter().enumerate() {
        if c.status != ClaimStatus::Denied {
            continue;
        }
        let head = doc.slice(c.content).trim_start().to_lowercase();
        // ("told the council that the reports were “a lie”": after the complementizer.)
        let head = head.strip_prefix("that ").map(str::to_string).unwrap_or(head);
        // ("called the Russian account an information operation": a report named with a
        // modifier is one too, and a nationality among the modifiers says whose it is.)
        let phrase = crate::claims::report_phrase_len(doc.slice(c.content));
        let whose = phrase.and_then(|n| {
            let within = Span::new(c.content.start(), c.content.start() + n);
            let layer = doc.entities();
            layer
                .mentions
                .iter()
                .filter(|m| within.contains(m.span))
                .find_map(|m| layer.entities.get(m.entity).filter(|e| e.entity_type == EntityType::Norp).and_then(|e| e.country.clone()))
        });
        // (Only a report named with a nationality: "his account had been hacked" is none.)
        let anaphoric = REFERRING_OPENERS.iter().any(|o| head.starts_with(o)) || whose.is_some();
        let of_that_country = |p: &Claim| whose.as_ref().is_some_and(|code| p.source_entity.is_some_and(|e| &source_country(doc, e) == code));
        let nearest = claims[..j]
            .iter()
            .rposition(|p| p.status != ClaimStatus::Denied && (p.source_entity != c.source_entity || p.source_entity.is_none()));
        // ("The Kremlin dismissed the report": the report is the story's lead, the first claim
        // someone else made in the document, not the detail or the comment told last; "it" and
        // "this" take up the last claim.)
        let pronoun = matches!(head.split_whitespace().next(), Some("it" | "it," | "this" | "that"));
        let others = |p: &Claim| p.status != ClaimStatus::Denied && p.source_entity.is_some() && p.source_entity != c.source_entity;
        let lead = claims[..j].iter().position(|p| others(p) && of_that_country(p)).or_else(|| claims[..j].iter().position(others));
        // ("rejected the claim that it targeted the hospital": the claim with those words.)
        let told = head.split_whitespace().nth(2) == Some("that") || head.split_whitespace().nth(1) == Some("that");
        let own_words = content_words(doc, c.content);
        let best_fit = claims[..j]
            .iter()
            .enumerate()
            .filter(|(_, p)| others(p))
            .map(|(i, p)| (content_words(doc, p.content).iter().filter(|w| own_words.contains(w)).count(), i))
            .filter(|(shared, _)| *shared >= 2)
            .max_by_key(|&(shared, i)| (shared, i))
            .map(|(_, i)| i);
        // ("The junta claimed ... The rebels denied the claim": one claim, the one just told.)
        let singular = ["the claim", "this claim", "that claim", "the allegation", "this allegation", "the accusation", "the assertion"]
            .iter()
            .any(|o| head.strip_prefix(o).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric())));
        // ("Oct. 18 - The NIS releases photographs ... The Kremlin calls the report “another
        // fake”": in a timeline, the report of the entry's own day.)
        let entry = doc.sentence_at(c.content.start()).and_then(|s| v.line_entry_label(s.first_token));
        // (A report named with a nationality stays that country's: "calls the Ukrainian report
        // a fake".)
        let of_entry = entry.and_then(|label| claims[..j].iter().rposition(|p| others(p) && p.content.start() >= label.start() && (whose.is_none() || of_that_country(p))));
        // ("dismissed the accusation as hysteria": the accusation last made, not the detail told
        // after it.)
        let accusation = ["the accusation", "this accusation", "the allegation", "this allegation", "the accusations", "these accusations", "the allegations"]
            .iter()
            .any(|o| head.starts_with(o));
        // (Or, with no allegation, the last claim of others that names the denier's side:
        // "Ukraine's military said Russian forces had blown up the dam ... Moscow denied the
        // accusation".)
        let denier_side = c.source_entity.map(|e| source_country(doc, e));
        let names_the_denier = |p: &Claim| {
            denier_side.as_deref().is_some_and(|side| !side.is_empty() && doc.entities().mentions.iter().any(|m| p.content.contains(m.span) && source_country(doc, m.entity) == side))
        };
        let accused = claims[..j]
            .iter()
            .rposition(|p| p.status == ClaimStatus::Alleged && others(p))
            .or_else(|| claims[..j].iter().rposition(|p| others(p) && names_the_denier(p) && denier_side != p.source_entity.map(|e| source_country(doc, e))));
        // ("Russia's embassy denied any involvement": in what another source blamed on the
        // denier's side.)
        let involvement = head.starts_with("any involvement") || head.starts_with("involvement");
        let target = if (accusation || involvement) && !told && accused.is_some() {
            accused
        } else if pronoun || singular && !told {
            nearest
        } else if told {
            best_fit.or(nearest)
        } else {
            of_entry.or(lead).or(nearest)
        };
        if let (true, Some(i)) = (anaphoric, target) {
            let r = ClaimRelation {
                relation: RelationType::Contradicts,
                from: j,
                to: i,
                independent: distinct_voices(doc, &claims[i], c),
                cue_span: c.cue_span,
            };
            push(r, &mut out);
        }
    }

    // "The army blamed the RSF for the attack. The RSF denied carrying out the strike": a denial
    // of one happening that another source accused the denier of contradicts that accusation
    // (the two claims report one event).
    for (j, c) in claims.iter().enumerate().filter(|(_, c)| c.status == ClaimStatus::Denied) {
        // (The denier must be the one accused: an agent of the event, or named in the
        // accusation.)
        let Some(denier) = c.source_entity else { continue };
        let named_in = |i: usize| doc.entities().mentions.iter().any(|m| m.entity == denier && claims[i].content.contains(m.span));
        let accusation = doc
            .events()
            .iter()
            .filter(|e| e.claims.contains(&j))
            .filter(|e| e.actors.iter().any(|&(a, r)| a == denier && r == sitrep_doc::ActorRole::Agent))
            .flat_map(|e| e.claims.iter().copied())
            .filter(|&i| i < j && claims[i].status == ClaimStatus::Alleged && claims[i].source_entity.is_some() && claims[i].source_entity != c.source_entity && named_in(i))
            .max();
        if let Some(i) = accusation {
            let r = ClaimRelation { relation: RelationType::Contradicts, from: j, to: i, independent: distinct_voices(doc, &claims[i], c), cue_span: c.cue_span };
            push(r, &mut out);
        }
    }

    // "Ukraine's military said Russian forces had blown up the dam ... Peskov said Ukraine had
    // sabotaged the dam": accounts of one happening that name different agents contradict each
    // other (the event stage found them and kept who names whom).
    for e in doc.events() {
        for (n, &(agent, later)) in e.disputed_agents.iter().enumerate() {
            for &(other, earlier) in &e.disputed_agents[..n] {
                if other != agent && earlier != later {
                    let (from, to) = (earlier.max(later), earlier.min(later));
                    let r = ClaimRelation { relation: RelationType::Contradicts, from, to, independent: distinct_voices(doc, &claims[to], &claims[from]), cue_span: None };
                    push(r, &mut out);
                }
            }
        }
    }

    // "The Khortytsia group denied that the town had fallen" after "Russia's Defence Ministry
    // said its forces had captured the town": a denial of a happening of the kind another side
    // told, at no other place, contradicts that telling.
    // (At a shared place, or of a thing both name: "the town of Kurakhove" and "the town had
    // fallen"; not "fired rockets at Tel Aviv" and "had fired on aid seekers".)
    // (Of things, not people anyone may name: "troops", "forces", "civilians".)
    let nouns = |c: &Claim| -> Vec<String> {
        let (f, e) = (v.token_at_or_after(c.content.start()), v.token_at_or_after(c.content.end()));
        (f..e)
            .filter(|&i| v.xpos(i).is_some_and(|x| matches!(x, "NN" | "NNS")))
            .filter(|&i| !matches!(v.w(i), "troops" | "forces" | "soldiers" | "people" | "civilians" | "fighters" | "officials" | "units" | "residents" | "men" | "women" | "children"))
            .map(|i| v.w(i).to_string())
            .collect()
    };
    for (j, c) in claims.iter().enumerate().filter(|(_, c)| c.status == ClaimStatus::Denied) {
        let denied: Vec<&sitrep_doc::Event> = doc.events().iter().filter(|e| e.status == EventStatus::Denied && e.claims.contains(&j)).collect();
        let own_nouns = nouns(c);
        // (Within eight sentences: the same story.)
        let sentence_index = |c: &Claim| doc.sentences().iter().position(|s| s.span.contains_offset(c.content.start())).unwrap_or(0);
        let near = |i: usize| sentence_index(c).saturating_sub(sentence_index(&claims[i])) <= 8;
        let told = (0..j).rev().take_while(|&i| near(i)).find(|&i| {
            let shared_noun = nouns(&claims[i]).iter().any(|n| own_nouns.contains(n));
            claims[i].status != ClaimStatus::Denied
                && distinct_voices(doc, &claims[i], c)
                && doc.events().iter().filter(|x| x.status != EventStatus::Denied && x.claims.contains(&i)).any(|x| {
                    denied.iter().any(|e| {
                        let shared_place = e.places.iter().any(|(p, _)| x.places.iter().any(|(q, _)| p == q));
                        e.event_type == x.event_type && (shared_place || e.places.is_empty() && shared_noun)
                    })
                })
        });
        if let Some(i) = told {
            let r = ClaimRelation { relation: RelationType::Contradicts, from: j, to: i, independent: distinct_voices(doc, &claims[i], c), cue_span: c.cue_span };
            push(r, &mut out);
        }
    }

    // "The coalition denied hitting civilians" after "an air strike hit a wedding party,
    // killing 21 people, most of them women and children": a denial of harm to civilians
    // contradicts the last claim of another source before it that counts civilian dead.
    let civilians = |text: &str| {
        text.split(|ch: char| !ch.is_alphanumeric()).any(|w| matches!(w.to_lowercase().as_str(), "civilians" | "civilian" | "women" | "children" | "residents" | "villagers"))
    };
    for (j, c) in claims.iter().enumerate().filter(|(_, c)| c.status == ClaimStatus::Denied) {
        let content = doc.slice(c.content).to_lowercase();
        let harm = content.split(|ch: char| !ch.is_alphanumeric()).take(3).any(|w| {
            matches!(w, "hitting" | "targeting" | "targetting" | "killing" | "striking" | "attacking" | "bombing" | "shelling" | "harming")
        });
        if !harm || !civilians(&content) {
            continue;
        }
        // (A count that blames another side than the denier's is none it answers: "Ukrainian
        // shelling killed four civilians in Donetsk ... Peskov denied Russian forces target
        // civilians".)
        let denier_side = c.source_entity.map(|e| source_country(doc, e));
        // (With the denier's side unknown, a count that blames anyone at all.)
        let blames_another = |i: usize| {
            doc.events().iter().filter(|e| e.claims.contains(&i)).any(|e| {
                e.actors.iter().any(|&(a, r)| r == ActorRole::Agent && denier_side.as_ref().is_none_or(|d| source_country(doc, a) != *d))
            })
        };
        let toll = (0..j).rev().find(|&i| {
            claims[i].status != ClaimStatus::Denied
                && distinct_voices(doc, &claims[i], c)
                && civilians(doc.slice(claims[i].content))
                && !blames_another(i)
                && doc.events().iter().any(|e| e.claims.contains(&i) && e.event_type == "casualties")
        });
        if let Some(i) = toll {
            let r = ClaimRelation { relation: RelationType::Contradicts, from: j, to: i, independent: distinct_voices(doc, &claims[i], c), cue_span: c.cue_span };
            push(r, &mut out);
        }
    }

    // Conflicting figures: "Zelenskyy said about 3,000 soldiers had been killed or wounded.
    // South Korea's spy agency has put the figure at about 1,100": a later source's figure for
    // "the figure", "it", "the toll" another source gave up to two sentences before, or for the same
    // counted thing in a statement of the same kind of event, contradicts the earlier one when
    // the two differ.
    let figures: Vec<Vec<&sitrep_doc::Quantity>> =
        claims.iter().map(|c| doc.quantities().iter().filter(|q| c.content.contains(q.span) && q.value >= 2.0).collect()).collect();
    let words: Vec<Vec<String>> = claims.iter().map(|c| content_words(doc, c.content)).collect();
    let event_types = |c: usize| doc.events().iter().filter(move |e| e.claims.contains(&c)).map(|e| e.event_type);
    let same_event = |i: usize, j: usize| event_types(i).any(|t| event_types(j).any(|u| u == t));
    // The sides of the events a claim reports, by country where the name has one: "North Korean
    // forces have lost 3,800 soldiers" and "Russia has lost 800,000 troops" count two sides.
    // (A country's name has its code from the place layer: "Russia" and "Russian" are one side.)
    let country_of = |id: usize| source_country(doc, id);
    // (Of a toll, who suffered it: "Russian forces killed 30 Ukrainian soldiers" and "Ukrainian
    // forces killed 50 Russian soldiers" are two sides' losses.)
    // (Of the events that count the claim's figures, when any does: "its fighters had killed
    // more than 40 soldiers and seized weapons" is the toll's side, not the seizers'.)
    let counts_figure = |e: &sitrep_doc::Event, c: usize| e.quantities.iter().any(|&q| doc.quantities().get(q).is_some_and(|q| claims[c].content.contains(q.span)));
    // (And of the tolls alone when a toll counts one: "killed more than 40 soldiers and
    // destroyed 12 armoured vehicles".)
    let sides = |c: usize| -> Vec<String> {
        let counting = doc.events().iter().any(|e| e.claims.contains(&c) && counts_figure(e, c));
        let toll_counts = doc.events().iter().any(|e| e.claims.contains(&c) && counts_figure(e, c) && e.event_type == "casualties");
        doc.events()
            .iter()
            .filter(|e| e.claims.contains(&c) && (!counting || counts_figure(e, c)) && (!toll_counts || e.event_type == "casualties"))
            .flat_map(|e| {
                let toll = e.event_type == "casualties";
                e.actors.iter().filter(move |(_, r)| !toll || *r == ActorRole::Patient).map(|&(id, _)| country_of(id))
            })
            .collect()
    };
    let same_sides = |i: usize, j: usize| {
        let (a, b) = (sides(i), sides(j));
        a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x))
    };
    // ("In December alone, about 2,000" and "3,800 since early November": a part of the time,
    // not another count of the same.)
    let times = |c: usize| -> Vec<(String, String)> { doc.events().iter().filter(|e| e.claims.contains(&c)).filter_map(|e| e.time.clone()).collect() };
    // (Ranges that overlap without one holding the other: "killed Tuesday" and "overnight into
    // Tuesday" are one period.)
    let same_period = |i: usize, j: usize| {
        let (a, b) = (times(i), times(j));
        a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| one_period(x, y)))
    };
    let sentence_of = |c: &Claim| doc.sentences().iter().position(|s| s.span.contains_offset(c.content.start())).unwrap_or(0);
    // Two casualty claims within three sentences whose events are at no two different places.
    let places_of = |c: usize| -> Vec<usize> { doc.events().iter().filter(|e| e.claims.contains(&c)).flat_map(|e| e.places.iter().map(|(p, _)| *p)).collect() };
    // (Not a toll told as another: "Three civilians were also killed in shelling overnight".)
    let sentence_says = |c: &Claim, words: &[&str]| {
        doc.sentences().iter().find(|s| s.span.contains_offset(c.content.start())).is_some_and(|s| {
            doc.slice(s.span).split(|ch: char| !ch.is_alphanumeric()).any(|w| words.contains(&w.to_lowercase().as_str()))
        })
    };
    let another_toll = |c: &Claim| sentence_says(c, &["also", "separately", "another", "separate", "elsewhere"]);
    // ("Separately, the ministry said air defence units had downed 17 drones over Belgorod": a
    // happening told apart, not another count of the one before.)
    let told_apart = |c: &Claim| sentence_says(c, &["separately", "elsewhere"]);
    let toll_nearby = |i: usize, j: usize| {
        let tolls = |c: usize| doc.events().iter().any(|e| e.claims.contains(&c) && e.event_type == "casualties");
        let (pi, pj) = (places_of(i), places_of(j));
        tolls(i)
            && tolls(j)
            && !another_toll(&claims[j])
            && sentence_of(&claims[j]).saturating_sub(sentence_of(&claims[i])) <= 3
            && (pi.is_empty() || pj.is_empty() || pi.iter().any(|p| pj.contains(p)))
    };
    for j in 0..claims.len() {
        let Some(later) = figures[j].first() else { continue };
        let head = doc.slice(claims[j].content).trim_start().to_lowercase();
        let anaphoric = takes_up_a_figure(&head);
        let earlier = (0..j).rev().find(|&i| {
            // ("the figure" takes up a count of the two sentences before.)
            let near = !anaphoric || sentence_of(&claims[j]).saturating_sub(sentence_of(&claims[i])) <= 2;
            near && different_sources(&claims[i], &claims[j])
                // (A later, larger figure days apart updates a growing count; a smaller one, or
                // one of the same days, still disputes it.)
                && !(told_apart_in_time(doc, &claims[i], &claims[j]) && figures[i].iter().all(|q| later.value >= q.value))
                && !claims[i].content.overlaps(claims[j].content)
                && {
                    let shared_words = words[i].iter().filter(|w| words[j].contains(w)).count();
                    figures[i].iter().any(|q| {
                        let same_thing = if anaphoric {
                            later.unit.is_none() || q.unit == later.unit
                        } else {
                            q.unit.is_some()
                                && !told_apart(&claims[j])
                                && q.unit == later.unit
                                && same_event(i, j)
                                // ("12 soldiers were killed when their convoy was ambushed", the army
                                // said; the group said "its fighters had killed more than 40 soldiers":
                                // a toll of the same people a few sentences on, at no other place.)
                                && (shared_words >= 3 || shared_words >= 2 && toll_nearby(i, j))
                        };
                        // ("lost 1,530 troops in a day" and "about 770,000 troops since 2022, including
                        // 1,530 over the past 24 hours": the later claim gives the same figure too.)
                        let including = |r: &sitrep_doc::Quantity| doc.text()[..r.span.start()].split_whitespace().rev().take(3).any(|w| w == "including");
                        let also_given = figures[j].iter().any(|r| (r.unit == q.unit || r.unit.is_none() && including(r)) && !differ(q, r));
                        same_thing && differ(q, later) && !also_given && same_group(doc, q, later) && same_sides(i, j) && same_period(i, j)
                    })
                }
        });
        if let Some(i) = earlier {
            let r = ClaimRelation { relation: RelationType::Contradicts, from: j, to: i, independent: true, cue_span: None };
            push(r, &mut out);
        }
    }

    // One side's strike told as a success and the other's as an attack repelled: "Ukraine says
    // sea drones hit Russian landing ship" and "Moscow says attack repelled"; "its sea drones had
    // struck the landing ship Yamal" and "the Black Sea Fleet had repelled an attack by four
    // unmanned boats". The later account contradicts the nearest earlier one of a source of
    // another country, of the same period and at no other place.
    // (A state's code, not a name standing in for one: "UN" is no state.)
    let state_of = |c: &Claim| {
        c.source_entity.filter(|&e| doc.entities().entities.get(e).is_some_and(|x| x.name != source_country(doc, e))).map(|e| source_country(doc, e))
    };
    let words_of = |c: &Claim| doc.slice(c.content).split(|ch: char| !ch.is_alphanumeric()).map(str::to_lowercase).collect::<Vec<_>>();
    // (Not "failed to repel the attack", "could not repel".)
    let repelled = |c: &Claim| {
        let w = words_of(c);
        let at = w.iter().position(|x| REPELLING_WORDS.contains(&x.as_str()));
        at.is_some_and(|at| !w[at.saturating_sub(3)..at].iter().any(|x| matches!(x.as_str(), "failed" | "unable" | "not" | "never" | "t")))
            && w.iter().any(|x| matches!(x.as_str(), "attack" | "attacks" | "assault" | "assaults" | "raid" | "strike" | "strikes" | "attempt"))
    };
    // (A strike that hit, by the side that tells of it: "its sea drones had struck the landing
    // ship"; not "Russian missiles hit Kharkiv", told by the side hit.)
    let struck_home = |i: usize, side: &str| {
        !repelled(&claims[i])
            && doc.events().iter().filter(|e| e.claims.contains(&i) && e.event_type == "attack" && e.status == EventStatus::Occurred).any(|e| {
                let by_the_teller = e.actors.iter().any(|&(id, r)| r == ActorRole::Agent && source_country(doc, id) == side);
                by_the_teller
                    && std::iter::once(&e.trigger).chain(&e.other_triggers).filter(|t| claims[i].content.contains(**t)).any(|t| {
                        matches!(doc.slice(*t).to_lowercase().as_str(), "hit" | "hits" | "struck" | "strikes" | "damaged" | "destroyed" | "sank" | "sunk")
                    })
            })
    };
    for j in 0..claims.len() {
        let Some(side) = state_of(&claims[j]).filter(|_| repelled(&claims[j])) else { continue };
        let pj = places_of(j);
        // (Within ten sentences: the same story, not an earlier one of a roundup.)
        let target = (0..j).rev().take_while(|&i| sentence_of(&claims[j]).saturating_sub(sentence_of(&claims[i])) <= 10).find(|&i| {
            let pi = places_of(i);
            state_of(&claims[i]).is_some_and(|other| other != side && struck_home(i, &other))
                && same_period(i, j)
                && (pi.is_empty() || pj.is_empty() || pi.iter().any(|p| pj.contains(p)))
        });
        if let Some(i) = target {
            let r = ClaimRelation { relation: RelationType::Contradicts, from: j, to: i, independent: true, cue_span: None };
            push(r, &mut out);
        }
    }

    // Denials contradict the earlier claims they share their subject with; near-identical
    // contents repeat each other (one originator) or corroborate each other (independent ones).
    // (Not a claim and one nested in it: "denied that ..., calling the statement a lie" is one
    // speaker's two parts of one answer.)
    let nested = |i: usize, j: usize| {
        let holds = |outer: &Claim, inner: &Claim| inner.cue_span.is_some_and(|k| outer.content.contains(k));
        holds(&claims[i], &claims[j]) || holds(&claims[j], &claims[i])
    };
    for j in 0..claims.len() {
        for i in 0..j {
            if nested(i, j) {
                continue;
            }
            let shared = words[i].iter().filter(|w| words[j].contains(w)).count();
            let smaller = words[i].len().min(words[j].len()).max(1);
            let denial = (claims[j].status == ClaimStatus::Denied) != (claims[i].status == ClaimStatus::Denied);
            // ("The navy denied that its ships had crossed ..." and its spokesman's "At no point
            // did any vessel enter ...": a statement that itself negates agrees with a denial.)
            let asserted = if claims[j].status == ClaimStatus::Denied { i } else { j };
            // (Only a negation of the statement's own clause, in its first words: not "... and
            // that no soldiers were in the building".)
            let negates = doc
                .slice(claims[asserted].content)
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .filter(|w| !w.is_empty())
                .take(6)
                .any(|w| matches!(w, "no" | "not" | "never" | "nobody" | "none" | "nothing" | "neither" | "nor") || w.ends_with("n't") || w.ends_with("n’t"));
            // (Names alone are no shared subject: "Russia", "North Korea" in Putin's "its treaty
            // with North Korea" and in the Kremlin's dismissal of reports of North Korean troops
            // training in Russia; a common word must be shared too.)
            let common = {
                let lower_words = |c: &Claim| -> Vec<String> {
                    doc.slice(c.content)
                        .split(|ch: char| !ch.is_alphanumeric())
                        .filter(|w| w.len() > 3 && w.starts_with(char::is_lowercase))
                        .map(str::to_string)
                        .collect()
                };
                let (x, y) = (lower_words(&claims[i]), lower_words(&claims[j]));
                x.iter().any(|w| y.contains(w) && !matches!(w.as_str(), "that" | "with" | "were" | "have" | "been" | "from" | "this" | "they" | "their" | "there" | "what" | "said" | "would" | "will"))
            };
            // ("Russia's Investigative Committee said the general was killed ... Russia denies
            // using chemical weapons": a state does not deny its own body's words.)
            // (Both the state or its bodies: not a rights group against its own country's army.)
            let state_body = |e: usize| {
                doc.entities().entities.get(e).is_some_and(|x| x.entity_type == EntityType::Gpe || matches!(x.org_kind, Some(OrgKind::GovernmentAgency | OrgKind::ArmedForce)))
            };
            let one_state = matches!((claims[i].source_entity, claims[j].source_entity), (Some(x), Some(y)) if {
                let (cx, cy) = (source_country(doc, x), source_country(doc, y));
                state_body(x) && state_body(y) && cx == cy && cx.len() == 2 && cx.chars().all(|ch| ch.is_ascii_uppercase())
            });
            if denial && shared >= 2 && common && !negates && !one_state {
                let r = ClaimRelation {
                    relation: RelationType::Contradicts,
                    from: j,
                    to: i,
                    independent: distinct_voices(doc, &claims[i], &claims[j]),
                    cue_span: None,
                };
                push(r, &mut out);
            } else if !denial
                && shared * 10 >= smaller * 7
                && smaller >= 4
                && !claims[i].content.overlaps(claims[j].content)
                // (Two figures for one count dispute it, above, whatever words they share.)
                && !out.iter().any(|r| r.relation == RelationType::Contradicts && (r.from, r.to) == (j, i))
            {
                // The same words from one originator repeat it; from an independent source they
                // corroborate it ("Seoul's spy agency says ..." and Kyiv's earlier intelligence).
                // A news outlet saying it again relays, and a spokesman says his ministry's words.
                let independent = independent(doc, &claims[i], &claims[j]) && !relays(doc, &claims[i], &claims[j]);
                let r = ClaimRelation {
                    relation: if independent { RelationType::Corroborates } else { RelationType::Repeats },
                    from: j,
                    to: i,
                    independent,
                    cue_span: None,
                };
                push(r, &mut out);
            }
        }
    }
    relayed_by_citing(doc, &v, &mut out, push);
    out
}

/// "Ukrinform, citing Demchuk, reported that 11 people had been killed": a claim whose sentence
/// says, outside its content, that it cites someone repeats that one's earlier claim of the
/// same figure; one originator, so no independent support ("citing" states the relay).
fn relayed_by_citing(doc: &Doc, v: &View<'_>, out: &mut Vec<ClaimRelation>, push: impl Fn(ClaimRelation, &mut Vec<ClaimRelation>)) {
    let claims = doc.claims();
    let layer = doc.entities();
    // (A figure of the same thing: 11 people, not 2 children against 2 drones; a toll's count
    // may name no unit in one of the two.)
    let figures = |c: &Claim| -> Vec<(f64, Option<String>)> {
        doc.quantities().iter().filter(|q| c.content.contains(q.span)).map(|q| (q.value, q.unit.clone())).collect()
    };
    let same_figure = |x: &(f64, Option<String>), y: &(f64, Option<String>)| x.0 == y.0 && (x.1 == y.1 || x.1.is_none() || y.1.is_none());
    let all_figures: Vec<Vec<(f64, Option<String>)>> = claims.iter().map(figures).collect();
    for (j, c) in claims.iter().enumerate() {
        let Some(sentence) = doc.sentence_at(c.content.start()) else { continue };
        let citing = (sentence.first_token..sentence.end_token).find(|&i| crate::cues::CITING_WORDS.contains(&v.w(i)) && !c.content.contains(v.span(i)));
        let Some(k) = citing else { continue };
        let Some(cited) = layer.mentions.iter().find(|m| m.span.start() >= v.span(k).end() && m.span.start() <= v.span(k).end() + 1).map(|m| m.entity) else { continue };
        if c.source_entity == Some(cited) {
            continue;
        }
        let own = &all_figures[j];
        let earlier = claims.iter().enumerate().take(j).filter(|(_, o)| o.source_entity == Some(cited)).find(|(i, _)| all_figures[*i].iter().any(|x| own.iter().any(|y| same_figure(x, y))));
        if let Some((i, _)) = earlier {
            // (What the two were found to be before, corroboration or a contradiction, gives way:
            // one originator speaks in both.)
            out.retain(|r| !((r.from, r.to) == (j, i) || (r.from, r.to) == (i, j)));
            push(ClaimRelation { relation: RelationType::Repeats, from: j, to: i, independent: false, cue_span: Some(v.span(k)) }, out);
        }
    }
}

/// Whether two claims were made days apart by the dates the text gives them ("On Oct. 18, X
/// said about 1,500 ... A week later, Y put the number at 3,000"): a later figure then updates
/// a count rather than contradicting it. A claim dated only by the publication date has no date
/// of its own here.
fn told_apart_in_time(doc: &Doc, a: &Claim, b: &Claim) -> bool {
    let published = doc.published().map(|d| d.format("%Y-%m-%d").to_string());
    let own = |c: &Claim| c.date.as_deref().filter(|d| Some(*d) != published.as_deref()).and_then(day_span);
    match (own(a), own(b)) {
        (Some((s1, e1)), Some((s2, e2))) => s2 - e1 >= 3 || s1 - e2 >= 3,
        _ => false,
    }
}

/// The first and last day (days since 1970-01-01) of an ISO date value: a day, a month, or an
/// ISO week ("2024-10-18", "2025-01", "2024-W43"); `None` for anything else.
fn day_span(value: &str) -> Option<(i64, i64)> {
    let num = |s: &str| -> Option<i64> { s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten() };
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let day = days_from_civil(num(y)?, num(m)?, num(d)?);
            Some((day, day))
        }
        [y, w] if y.len() == 4 && w.len() == 3 && w.starts_with('W') => {
            let jan4 = days_from_civil(num(y)?, 1, 4);
            let monday = jan4 - (jan4 + 3).rem_euclid(7) + (num(&w[1..])? - 1) * 7;
            Some((monday, monday + 6))
        }
        [y] if y.len() == 4 => {
            let y = num(y)?;
            Some((days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1) - 1))
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y)?, num(m)?);
            let next = if m == 12 { days_from_civil(y + 1, 1, 1) } else { days_from_civil(y, m + 1, 1) };
            Some((days_from_civil(y, m, 1), next - 1))
        }
        _ => None,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The country of an entity: its own, else that of the place its name is ("Latvia"), else its
/// name (so that two countries never compare equal by accident).
fn source_country(doc: &Doc, id: usize) -> String {
    let Some(entity) = doc.entities().entities.get(id) else { return String::new() };
    crate::events::side_of(doc, id).unwrap_or_else(|| entity.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_spans_of_days_weeks_and_months() {
        assert_eq!(day_span("1970-01-01"), Some((0, 0)));
        let oct18 = days_from_civil(2024, 10, 18);
        assert_eq!(day_span("2024-10-18"), Some((oct18, oct18)));
        // ISO week 43 of 2024 runs from Monday Oct. 21 to Sunday Oct. 27.
        assert_eq!(day_span("2024-W43"), Some((oct18 + 3, oct18 + 9)));
        assert_eq!(day_span("2024-02"), Some((days_from_civil(2024, 2, 1), days_from_civil(2024, 2, 29))));
        assert_eq!(day_span("2024-W43-3"), None);
        assert_eq!(day_span("2024"), Some((days_from_civil(2024, 1, 1), days_from_civil(2024, 12, 31))));
        assert_eq!(day_span("PRESENT_REF"), None);
    }
}
