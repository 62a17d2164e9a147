//! Events: typed frames for reported happenings, with actors, places, time, quantities, status
//! and the claims that report them.
//!
//! Triggers come from the vocabulary in [`crate::cues::TRIGGERS`]. Arguments are attached by
//! position in the sentence: places and quantities go to the nearest trigger before them (English
//! puts "from X", "in X" after the verb), times to the nearest verb trigger before them; a place
//! gets its role from the preposition that governs it. A count of personnel at a place with no
//! trigger (a photo caption) is a presence. One happening told in neighbouring sentences ("the
//! deployment", "they were transported") is merged into one event.

use sitrep_doc::{
    ActorRole, Claim, ClaimStatus, Doc, EntityMention, EntityType, Error, Event, EventStatus, PlaceRole, Span, Stage,
    TimexType,
};

use crate::claims::{cue_time_window, skip_dateline};
use crate::cues::*;
use sitrep_doc::{VESSEL_NOUNS, WARSHIP_NOUNS};
use crate::view::{is_be, is_close_quote, is_open_quote, sentence_ranges, View};

/// The event stage: needs every layer before it; writes the event layer.
#[derive(Debug, Default, Clone, Copy)]
pub struct RuleEventExtractor;

impl Stage for RuleEventExtractor {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let events = extract_events(doc);
        doc.set_events(events)
    }
}

struct Found {
    token: usize,
    trigger: Trigger,
    sentence: usize,
    /// The claim whose content holds the trigger: arguments come from the same content.
    region: Option<usize>,
}

/// The smallest claim content holding `span`: a clause boundary that events do not cross, so
/// that the source of a claim is not an actor of what it reports, nor a date of the statement
/// the date of the event.
fn region_of(claims: &[Claim], span: Span) -> Option<usize> {
    claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.content.contains(span))
        .min_by_key(|(_, c)| c.content.len())
        .map(|(i, _)| i)
}

/// Extracts the events of a document.
pub fn extract_events(doc: &Doc) -> Vec<Event> {
    let v = View::new(doc);
    let sentences = sentence_ranges(doc);
    let claims = doc.claims();
    let mut events: Vec<(usize, Event)> = Vec::new();
    for (si, &(a, b)) in sentences.iter().enumerate() {
        // "Have they fought?", "Who will stop the attacks?": a question tells no happening (but
        // a clause before its comma may: "After a missile kills 50 in Poltava, will the West
        // act?").
        let last_word = (a..b).rev().find(|&i| !is_close_quote(v.w(i)) && v.w(i) != "\"");
        let question_from = last_word.filter(|&i| v.w(i) == "?").map(|q| (a..q).rev().find(|&i| v.w(i) == ",").map_or(a, |c| c + 1));
        if question_from == Some(a) {
            continue;
        }
        // "Fighting", "Politics and diplomacy": a section's heading on a line of its own, a few
        // words and no verb.
        let text = v.doc.text();
        let alone = v.opens_line(a) && text[v.span(b - 1).end()..].chars().take_while(|c| *c != '\n').all(char::is_whitespace);
        // (Not the headline on the first line, nor "Missile strike on Odesa"; without a tagger
        // no line can tell.)
        let first_line = !text[..v.span(a).start()].contains('\n');
        let heading = v.doc.syntax().is_some()
            && alone
            && !first_line
            && b - a <= 4
            && !(a..b).any(|i| v.is_finite_verb(i) || v.is_punct(i) || matches!(v.w(i), "on" | "in" | "at" | "against"));
        if heading {
            continue;
        }
        let triggers: Vec<Found> = (a..question_from.unwrap_or(b))
            .filter_map(|i| {
                let trigger = trigger_at(&v, i)?;
                if !trigger_holds(&v, doc, i, &trigger, a, b) {
                    return None;
                }
                // A trigger that is itself a claim's cue takes its arguments from that claim's
                // content: the attribution tagger reads "Armenia and Azerbaijan agreed on the
                // text of a peace treaty in March" as a stance of the two, with "agreed on" its
                // cue.
                let region = claims
                    .iter()
                    .position(|c| c.cue_span.is_some_and(|cue| cue.contains(v.span(i))))
                    .or_else(|| region_of(claims, v.span(i)));
                Some(Found { token: i, trigger, sentence: si, region })
            })
            .collect();
        let triggers = drop_modifying_triggers(&v, triggers);
        let mut excluded_times = claim_time_spans(&v, claims, a, b);
        // "KESSA, Feb. 27 (Baltic Wire) - ...": the dateline's date is the report's, not an
        // event's.
        let dateline_end = skip_dateline(&v, a, b);
        if dateline_end > a + 1 && !v.is_word(dateline_end - 1) {
            excluded_times.push(v.span_of(a, dateline_end - 1));
        }
        if triggers.is_empty() {
            if let Some(e) = presence(&v, a, b, &excluded_times) {
                events.push((si, e));
            }
            continue;
        }
        let mut framed: Vec<Event> = triggers.iter().enumerate().map(|(n, f)| frame(&v, f, &triggers, n, a, b, &excluded_times)).collect();
        share_trailing_times(&v, &triggers, &mut framed);
        meet_the_launch(&v, &triggers, &mut framed);
        events.extend(triggers.iter().map(|f| f.sentence).zip(framed));
    }
    date_following_tolls(&v, &mut events);
    tolls_of_the_attack(&v, &mut events);
    missiles_of_the_test(&v, &mut events);
    let mut events = merge_retellings(&v, events);
    for e in &mut events {
        e.claims = reporting_claims(claims, e);
        // (By the words of the event inside each denial: "called the arrest an attempt ..."
        // denies no arrest the headline told.)
        let denied_in = |c: usize| {
            std::iter::once(e.trigger).chain(e.other_triggers.iter().copied()).filter(|t| claims[c].content.contains(*t)).all(|t| denies(&v, &claims[c], t))
        };
        if !e.claims.is_empty() && e.claims.iter().all(|&c| claims[c].status == ClaimStatus::Denied && denied_in(c)) {
            e.status = EventStatus::Denied;
        }
    }
    merge_counter_accusations(&v, claims, &mut events);
    events
}

/// The places where an event happened (its `Location` places), not where it came from or went.
fn located(e: &Event) -> Vec<usize> {
    e.places.iter().filter(|(_, r)| *r == PlaceRole::Location).map(|(p, _)| *p).collect()
}

/// Whether two places of the document are one, or one is the region of the other (the same
/// place or one in the other's region, not just the same country).
fn near_places(doc: &Doc, p: usize, q: usize) -> bool {
    let places = &doc.places().places;
    p == q || places.get(p).zip(places.get(q)).is_some_and(|(a, b)| a.admin1.as_deref() == Some(b.name.as_str()) || b.admin1.as_deref() == Some(a.name.as_str()))
}

/// Adds to `x` the places and actors of a telling merged into it that it does not have yet (an
/// actor by entity, whatever its role there).
fn take_arguments(x: &mut Event, places: Vec<(usize, PlaceRole)>, actors: Vec<(usize, ActorRole)>) {
    for p in places {
        if !x.places.contains(&p) {
            x.places.push(p);
        }
    }
    for a in actors {
        if !x.actors.iter().any(|(id, _)| *id == a.0) {
            x.actors.push(a);
        }
    }
}

/// The country an entity stands for: its own code, else that of the place one of its names is
/// ("Russia" and "Russian forces" are one side); none when neither is known.
pub(crate) fn side_of(doc: &Doc, id: usize) -> Option<String> {
    let layer = doc.entities();
    layer.entities.get(id)?.country.clone().or_else(|| {
        let spans: Vec<_> = layer.mentions.iter().filter(|m| m.entity == id).map(|m| m.span).collect();
        let places = doc.places();
        places.mentions.iter().find(|m| spans.contains(&m.span)).and_then(|m| places.places.get(m.place)?.country.clone())
    })
}

/// The side a claim speaks for: its source's country, else that of a body named in the words
/// that name the source ("Kremlin spokesman Dmitry Peskov" speaks for Russia).
fn speaker_side(doc: &Doc, c: &Claim) -> Option<String> {
    c.source_entity.and_then(|s| side_of(doc, s)).or_else(|| {
        let span = c.source_span?;
        doc.entities().mentions.iter().filter(|m| span.contains(m.span)).find_map(|m| side_of(doc, m.entity))
    })
}

/// The head of the noun an act is done to, lower-cased: "had blown up the Kakhovka dam" and
/// "had sabotaged the dam" both act on a "dam".
/// ("A strike on a children's hospital": past a possessive to the noun it modifies.)
fn acted_on(v: &View<'_>, k: usize) -> Option<String> {
    Some(v.w(acted_on_at(v, k)?).to_string())
}

/// The token of [`acted_on`]'s noun.
fn acted_on_at(v: &View<'_>, k: usize) -> Option<usize> {
    let end = v.doc.sentence_at(v.span(k).start()).map_or(k + 1, |s| s.end_token).min(k + 8);
    let noun = |j: usize| v.xpos(j).is_some_and(|t| t.starts_with("NN"));
    // (Not a passive's agent: "was shelled by Russian forces" acts on no "forces".)
    let first = (k + 1..end).take_while(|&j| (!v.is_punct(j) || v.xpos(j) == Some("POS")) && v.w(j) != "by").find(|&j| noun(j))?;
    let mut last = (first..end).take_while(|&j| noun(j)).last()?;
    while v.xpos(last + 1) == Some("POS") && last + 2 < end && noun(last + 2) {
        last = (last + 2..end).take_while(|&j| noun(j)).last()?;
    }
    Some(last)
}

/// "Ukraine's military said Russian forces had blown up the dam ... Kremlin spokesman Dmitry
/// Peskov said Ukraine had sabotaged the dam": two sides, each telling that the other did one
/// act to the same thing, give two accounts of one happening with a disputed agent, not two
/// happenings. The later account's event joins the earlier one, and each agent keeps the claim
/// that names it (`Event::disputed_agents`). Only where each account's teller blames the other
/// side: "Russian forces shelled Kherson ... Ukrainian forces struck a depot" stay two.
fn merge_counter_accusations(v: &View<'_>, claims: &[Claim], events: &mut Vec<Event>) {
    let doc = v.doc;
    let sole_agent = |e: &Event| {
        let mut agents = e.actors.iter().filter(|(_, r)| *r == ActorRole::Agent).map(|(id, _)| *id);
        let first = agents.next()?;
        agents.next().is_none().then_some(first)
    };
    // (The claim of `e` whose teller is of the side `teller`, and not a denial.)
    let told_by = |e: &Event, teller: &str| e.claims.iter().copied().find(|&c| claims[c].status != ClaimStatus::Denied && speaker_side(doc, &claims[c]).as_deref() == Some(teller));
    let triggers = |e: &Event| std::iter::once(e.trigger).chain(e.other_triggers.clone()).map(|t| v.token_at_or_after(t.start())).collect::<Vec<_>>();
    let sentence = |e: &Event| doc.sentences().iter().position(|s| s.span.contains_offset(e.trigger.start())).unwrap_or(0);
    let mut j = 1;
    while j < events.len() {
        let e = &events[j];
        let partner = (0..j).rev().find_map(|i| {
            let x = &events[i];
            if x.event_type != e.event_type || !matches!(e.event_type, "attack" | "explosion" | "cyberattack") || !x.disputed_agents.is_empty() {
                return None;
            }
            if sentence(e).saturating_sub(sentence(x)) > 6 || x.claims.iter().any(|c| e.claims.contains(c)) {
                return None;
            }
            let (ax, ae) = (sole_agent(x)?, sole_agent(e)?);
            let (sx, se) = (side_of(doc, ax)?, side_of(doc, ae)?);
            if sx == se {
                return None;
            }
            // (Each told by the side it does not blame.)
            let (cx, ce) = (told_by(x, &se)?, told_by(e, &sx)?);
            let shared_place = e.places.iter().any(|(p, _)| x.places.iter().any(|(q, _)| p == q));
            // (At no two different places: "Russian drones hit an apartment building in Odesa"
            // and "Ukrainian drones hit an apartment building in Belgorod" are two attacks.)
            let (xl, el) = (located(x), located(e));
            let near = |p: usize, q: usize| near_places(doc, p, q);
            // (Every place of each inside or around one of the other's: a headline's "hit apartment
            // blocks in Odesa and Belgorod" joins neither side's strike to the other's.)
            let no_other_place = xl.is_empty() || el.is_empty() || el.iter().all(|&p| xl.iter().any(|&q| near(p, q))) && xl.iter().all(|&q| el.iter().any(|&p| near(p, q)));
            let heads = |ev: &Event| triggers(ev).into_iter().filter_map(|k| acted_on(v, k)).collect::<Vec<_>>();
            // (The later account names the thing as known, "sabotaged the dam": not "Ukrainian
            // drones attacked a power plant overnight" after Kharkiv's.)
            let definite = {
                let k = v.token_at_or_after(e.trigger.start());
                acted_on_at(v, k).is_some_and(|h| (k + 1..h).any(|i| matches!(v.w(i), "the" | "this" | "that")))
            };
            let same_time = x.time.is_none() || e.time.is_none() || x.time == e.time;
            let same_target = no_other_place && same_time && (shared_place || definite && heads(e).iter().any(|h| heads(x).contains(h)));
            same_target.then_some((i, ax, cx, ae, ce))
        });
        let Some((i, ax, cx, ae, ce)) = partner else {
            j += 1;
            continue;
        };
        let e = events.remove(j);
        let x = &mut events[i];
        x.other_triggers.push(e.trigger);
        x.other_triggers.extend(e.other_triggers);
        take_arguments(x, e.places, e.actors);
        x.quantities.extend(e.quantities);
        x.quantities.sort_unstable();
        x.quantities.dedup();
        x.claims.extend(e.claims);
        x.claims.sort_unstable();
        x.claims.dedup();
        if x.time.is_none() {
            x.time = e.time;
        }
        x.disputed_agents = vec![(ax, cx), (ae, ce)];
    }
}

/// "North Korea fired a ballistic missile into the sea ... The missile appeared to have been
/// fired from a mobile launcher": in a report of a weapons test, "the missile" fired again, in a
/// passive, at no target and hitting nothing, is the test's missile, not an attack.
fn missiles_of_the_test(v: &View<'_>, events: &mut [(usize, Event)]) {
    if !events.iter().any(|(_, e)| e.event_type == "weapons_test") {
        return;
    }
    for (_, e) in events.iter_mut().filter(|(_, e)| matches!(e.event_type, "attack" | "launch")) {
        let k = v.token_at_or_after(e.trigger.start());
        let Some(sentence) = v.doc.sentence_at(e.trigger.start()) else { continue };
        let a = sentence.first_token;
        let the_missile = (k.saturating_sub(8).max(a + 1)..k).any(|i| v.w(i - 1) == "the" && TESTED_WEAPONS.contains(&v.w(i)));
        if FIRING_WORDS.contains(&v.w(k)) && is_passive(v, k) && the_missile && !aimed_or_hitting(v, k, sentence.end_token) {
            e.event_type = "weapons_test";
            e.plover = Some("MOBILIZE");
        }
    }
}

/// Whether what is fired at token `k` is aimed at something or hits something before `end`:
/// "at Kessa", "on its positions", "against", "toward the border", "hitting a power plant"
/// (not "on Thursday morning").
fn aimed_or_hitting(v: &View<'_>, k: usize, end: usize) -> bool {
    (k + 1..end).any(|i| {
        matches!(v.w(i), "at" | "on" | "against" | "targeting" | "toward" | "towards") && !v.in_time(i + 1)
            || matches!(v.w(i), "hitting" | "hit" | "struck" | "striking" | "killing" | "killed" | "damaging" | "destroying")
    })
}

/// "A missile strike on the district killed seven people and wounded 42 on Thursday evening":
/// the date after the last of coordinated verbs dates the verbs before it and the noun that is
/// their subject. An undated trigger takes the time of the next trigger of the same claim (once
/// that one has its own or has taken it) when only the first verb's object and "and" stand
/// between them, or when it is a noun and the next is its verb (no comma, clause word or other
/// verb between).
fn share_trailing_times(v: &View<'_>, triggers: &[Found], events: &mut [Event]) {
    for x in (0..triggers.len()).rev() {
        if events[x].time.is_some() {
            continue;
        }
        let Some(y) = (x + 1..triggers.len()).find(|&y| triggers[y].region == triggers[x].region) else { continue };
        let (tx, ty) = (triggers[x].token, triggers[y].token);
        let between = tx + 1..ty;
        let plain = !between.clone().any(|i| {
            v.is_punct(i) || v.is_finite_verb(i) || matches!(v.w(i), "that" | "which" | "who" | "after" | "before" | "when" | "while" | "as" | "but" | "or")
        });
        // (The "and" right before the second verb, past its auxiliaries and adverbs: not
        // "Russian forces shelled Kessa and Ukrainian troops withdrew on Tuesday", two subjects.)
        let mut j = ty;
        while j > tx + 1 && (AUXILIARIES.contains(&v.w(j - 1)) || v.xpos(j - 1).is_some_and(|x| x.starts_with("RB"))) {
            j -= 1;
        }
        let coordinated = triggers[x].trigger.verb && triggers[y].trigger.verb && v.w(j - 1) == "and";
        let subject = !triggers[x].trigger.verb && triggers[y].trigger.verb;
        if plain && (coordinated || subject) {
            events[x].time = events[y].time.clone();
        }
    }
    // "Tuesday's strike on a fuel depot killed four people": the verb whose subject is a dated
    // noun trigger happened then.
    for y in 0..triggers.len() {
        if events[y].time.is_some() || !triggers[y].trigger.verb {
            continue;
        }
        let Some(x) = (0..y).rev().find(|&x| triggers[x].region == triggers[y].region) else { continue };
        let (tx, ty) = (triggers[x].token, triggers[y].token);
        let plain = !(tx + 1..ty).any(|i| {
            v.is_punct(i) || v.is_finite_verb(i) || matches!(v.w(i), "that" | "which" | "who" | "after" | "before" | "when" | "while" | "as" | "but" | "or" | "and")
        });
        if plain && !triggers[x].trigger.verb && events[x].time.is_some() {
            events[y].time = events[x].time.clone();
        }
    }
}

/// "shot down two drones launched from Yemen over the Red Sea later that night": the drones'
/// launch, told by a participle after the interception's object, is where and when they were
/// met too (the launch keeps its origin).
fn meet_the_launch(v: &View<'_>, triggers: &[Found], events: &mut [Event]) {
    for x in 0..triggers.len() {
        if events[x].event_type != "intercept" {
            continue;
        }
        let tx = triggers[x].token;
        let launch = (x + 1..triggers.len()).find(|&y| {
            let ty = triggers[y].token;
            // (A participle after its noun, not a clause of its own: "shot down 20 drones and
            // Russia launched missiles at Kharkiv".)
            events[y].event_type == "launch"
                && v.w(ty) == "launched"
                // (The tagger may read the participle as a past tense: its noun right before it.)
                && (v.xpos(ty) == Some("VBN") || ty > 0 && v.xpos(ty - 1).is_some_and(|x| x.starts_with("NN")))
                && ty <= tx + 10
                && !(tx + 1..ty).any(|i| v.is_punct(i) || v.is_finite_verb(i) || matches!(v.w(i), "and" | "but" | "while"))
        });
        let Some(y) = launch else { continue };
        let met: Vec<(usize, PlaceRole)> = events[y].places.iter().filter(|(_, r)| *r != PlaceRole::Origin).map(|(p, _)| (*p, PlaceRole::Location)).collect();
        let time = events[y].time.clone();
        let e = &mut events[x];
        for p in met {
            if !e.places.iter().any(|(q, _)| *q == p.0) {
                e.places.push(p);
            }
        }
        if e.time.is_none() {
            e.time = time;
        }
    }
}

/// "Tuesday's strike killed four people, the governor said. Twenty-three people were wounded,
/// he added.": an undated toll in the sentence right after a dated strike or toll, with nothing
/// else happening between, is of that day; not a running total ("More than 12,000 civilians
/// have been killed since the war began"), and only from a date the text gave (no chain of
/// borrowed dates).
fn date_following_tolls(v: &View<'_>, events: &mut [(usize, Event)]) {
    let own: Vec<bool> = events.iter().map(|(_, e)| e.time.is_some()).collect();
    for j in 1..events.len() {
        let (sj, ref ej) = events[j];
        if ej.time.is_some() || ej.event_type != "casualties" || !own[j - 1] {
            continue;
        }
        let Some((a, b)) = v.doc.sentence_at(ej.trigger.start()).map(|s| (s.first_token, s.end_token)) else { continue };
        let k = v.token_at_or_after(ej.trigger.start());
        let perfect = (k.saturating_sub(3).max(a)..k).any(|i| matches!(v.w(i), "has" | "have" | "had"));
        let running = (a..b).any(|i| matches!(v.w(i), "since" | "overall" | "total" | "altogether") || v.w(i) == "so" && v.w(i + 1) == "far");
        // (Nor a toll with a span of its own: "lost up to 180 servicemen over the past day".)
        let sentence = v.span_of(a, b - 1);
        let own_span = v.doc.times().exprs.iter().any(|t| sentence.contains(t.span) && matches!(t.timex_type, TimexType::Duration | TimexType::Set));
        let (si, ref ei) = events[j - 1];
        let harm = matches!(ei.event_type, "attack" | "casualties");
        let only_harm = events[..j].iter().filter(|(s, _)| *s == si).all(|(_, e)| matches!(e.event_type, "attack" | "casualties"));
        if si + 1 == sj && harm && only_harm && !perfect && !running && !own_span {
            events[j].1.time = events[j - 1].1.time.clone();
        }
    }
}

/// "Two people were killed when a drone hit an apartment block in Odesa shortly after
/// midnight": a toll whose clause goes on to say when (or as, after) a strike or blast hit takes
/// that strike's place and time where it names none of its own.
fn tolls_of_the_attack(v: &View<'_>, events: &mut [(usize, Event)]) {
    for j in 0..events.len() {
        let (sj, ref toll) = events[j];
        if toll.event_type != "casualties" || !toll.places.is_empty() && toll.time.is_some() {
            continue;
        }
        let k = v.token_at_or_after(toll.trigger.start());
        let cause = events.iter().position(|(si, x)| {
            let t = v.token_at_or_after(x.trigger.start());
            *si == sj
                && matches!(x.event_type, "attack" | "explosion")
                && t > k
                // (Not "such as", "as well as", "as many as", nor past a comma: "..., the army
                // said as Russia pressed its attack".)
                && (k + 1..t).any(|i| matches!(v.w(i), "when" | "after") || v.w(i) == "as" && !matches!(v.w(i - 1), "such" | "well" | "many" | "much") && !matches!(v.w(i + 1), "well" | "many" | "much"))
                && !(k + 1..t).any(|i| matches!(v.w(i), ";" | ":" | "," | "but" | "while"))
        });
        let Some(c) = cause else { continue };
        let (places, time) = (events[c].1.places.clone(), events[c].1.time.clone());
        let toll = &mut events[j].1;
        if toll.places.is_empty() {
            toll.places = places.into_iter().map(|(p, _)| (p, PlaceRole::Location)).collect();
        }
        if toll.time.is_none() {
            toll.time = time;
        }
    }
}

/// Whether a denied claim denies the happening told at `trigger` in its content. A denial of
/// "the report" denies what the report says ("denied the report that troops had crossed"), not
/// what the denier goes on to say in a participle clause ("denied the report, calling it
/// propaganda aimed at distracting from Western arms deliveries": those deliveries are its own
/// assertion).
fn denies(v: &View<'_>, claim: &Claim, trigger: Span) -> bool {
    let content = v.doc.slice(claim.content);
    // ("said the charges were fabricated and called the arrest an attempt to silence the
    // opposition": what a second verb names is the denier's own words, not what is denied.)
    let naming = [" and called ", " and calls ", " and described ", " and describes ", " and termed ", " and branded "]
        .iter()
        .filter_map(|p| content.find(p))
        .min();
    if naming.is_some_and(|at| trigger.start() >= claim.content.start() + at) {
        return false;
    }
    let Some(report) = crate::claims::report_phrase_len(content) else {
        return true;
    };
    // The denier's own words open at a participle after a comma (", calling it ...", ",
    // saying ..."); a comma inside the report's clause ("that 200 troops, backed by armour, had
    // been deployed") does not end it.
    // (Not a preposition in "-ing": "200 vehicles, including 40 tanks, had crossed".)
    let own_words = content[report..].match_indices(", ").map(|(at, _)| report + at).find(|&at| {
        content[at + 2..].split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| {
            w.len() > 4
                && w.ends_with("ing")
                && !matches!(w, "including" | "during" | "according" | "regarding" | "concerning" | "following" | "excluding" | "notwithstanding")
        })
    });
    own_words.is_none_or(|at| trigger.start() < claim.content.start() + at)
}

/// Whether the word at `i`, tagged an adjective or a noun, is a verb's base form after "to" or a
/// modal ("will free 90 prisoners").
fn base_verb_mistagged(v: &View<'_>, i: usize) -> bool {
    // (Not a noun's modifier after a preposition "to": "led to mass protests", "a threat to
    // supply lines".)
    // ("to free prisoners" is a release all the same: its captives are its guard.)
    let noun_after = v.xpos(i + 1).is_some_and(|x| x.starts_with("NN")) && !matches!(v.w(i), "free" | "release");
    i > 0 && (v.w(i - 1) == "to" || v.xpos(i - 1) == Some("MD")) && v.xpos(i).is_some_and(|x| x == "JJ" || x == "NN") && !noun_after && TRIGGER_LEMMAS.iter().any(|t| t.verb && t.form == v.w(i))
}

/// The trigger at token `i`: its word form in [`TRIGGERS`], or else, for a verb, its lemma in
/// [`TRIGGER_LEMMAS`].
pub(crate) fn trigger_at(v: &View<'_>, i: usize) -> Option<Trigger> {
    let w = v.w(i);
    // "opened fire on its positions": the noun after "open" is the attack.
    if w == "fire" && i > 0 && matches!(v.w(i - 1), "opened" | "open" | "opens" | "opening") {
        return TRIGGER_LEMMAS.iter().find(|t| t.form == "fire").copied();
    }
    if let Some(t) = TRIGGERS.iter().find(|t| t.form == w) {
        return Some(*t);
    }
    // ("was expected to free 90 prisoners", "will free": a base form after "to" or a modal is
    // the verb, whatever the tagger made of it.)
    if base_verb_mistagged(v, i) {
        return TRIGGER_LEMMAS.iter().find(|t| t.form == w && t.verb).copied();
    }
    if !v.xpos(i).is_some_and(|x| x.starts_with("VB")) {
        return None;
    }
    let lemma = v.doc.syntax()?.lemma.get(i)?.to_lowercase();
    TRIGGER_LEMMAS.iter().find(|t| t.form == lemma).copied()
}

/// Words for what is sent as a message rather than moved as forces or cargo.
const MESSAGE_NOUNS: &[&str] = &[
    "message", "messages", "letter", "letters", "email", "emails", "e-mail", "e-mails", "text", "texts", "information",
    "documents", "document", "data", "photos", "photographs", "pictures", "images", "videos", "note", "notes",
    "invitation", "invitations", "condolences", "greetings",
];

/// "intercepted messages he had sent to a handler in Pskov", "sent letters to the ministry": a
/// verb of sending whose object, after it or as the noun its relative clause follows, is a
/// message.
fn message_sent(v: &View<'_>, i: usize, a: usize, b: usize) -> bool {
    let object_after = (i + 1..(i + 5).min(b))
        .take_while(|&j| !v.is_punct(j) && !matches!(v.w(j), "to" | "into" | "from" | "by"))
        .any(|j| MESSAGE_NOUNS.contains(&v.w(j)));
    // Back over the auxiliaries and the relative clause's subject ("he had", "that the agent").
    // (A relative clause right after its noun: "messages he had sent", "letters that the agent
    // sent". The caller asks only where no forces or arms are sent: "After the request they
    // sent 3,000 troops".)
    let mut j = i;
    let mut steps = 0;
    while j > a && steps < 4 && (AUXILIARIES.contains(&v.w(j - 1)) || matches!(v.w(j - 1), "he" | "she" | "they" | "it" | "we" | "i" | "you" | "that" | "which" | "the" | "a")) {
        j -= 1;
        steps += 1;
    }
    let antecedent = j > a && j < i && MESSAGE_NOUNS.contains(&v.w(j - 1));
    object_after || antecedent
}

/// Whether the verb at `i` of the sentence `[a, b)` moves forces: a direction follows within a
/// few words and either a place follows the direction or personnel are named near the verb.
fn moves_forces(v: &View<'_>, doc: &Doc, i: usize, a: usize, b: usize) -> bool {
    // (Up to ten words on: "carry about 1,500 North Korean special forces soldiers from ...".)
    // (Not "to" of an infinitive: "is scheduled to leave Kaliningrad".)
    let Some(dir) = (i + 1..(i + 11).min(b))
        .find(|&j| {
            matches!(v.w(j), "to" | "into" | "toward" | "towards" | "from" | "through" | "between")
                && !(v.w(j) == "to" && v.xpos(j + 1).is_some_and(|x| x == "VB"))
                // (Not a range of numbers: "sent between 10,000 and 12,000 soldiers to Kursk".)
                && !(v.w(j) == "between" && v.xpos(j + 1) == Some("CD"))
        })
    else {
        return false;
    };
    // ("through the Norland border town of Vessi": far enough for a place named with its kind.)
    let window = v.span(dir).end()..v.span((dir + 7).min(b - 1)).end();
    // A place the gazetteer lacks still counts when the recogniser names one ("to the port of
    // Olya", a village no gazetteer row holds).
    let place_follows = doc.places().mentions.iter().any(|m| window.contains(&m.span.start()))
        || doc.entities().mentions.iter().any(|m| {
            window.contains(&m.span.start()) && doc.entities().entities.get(m.entity).is_some_and(|e| e.entity_type.is_place())
        })
        || matches!(v.w(dir), "to" | "into") && (dir + 1..(dir + 4).min(b)).any(|j| FACILITY_NOUNS.contains(&v.w(j)));
    let personnel = (i.saturating_sub(8).max(a)..dir).any(|j| PERSONNEL_UNITS.contains(&v.w(j)));
    place_follows || personnel
}

/// The first weapon word among the objects of the verb at `i` (up to nineteen words on, before
/// a clause break), when no personnel are sent with them and "to" names a place that receives
/// them, or the transfer is still ahead with no direction named: "sent about 170 self-propelled
/// artillery guns to Russia", "preparing to send additional howitzers", not "sent troops and
/// tanks" (a deployment), nor "sent 40 drones toward Kyiv" or "sent a missile into the sea" (a
/// strike, a launch).
fn arms_object(v: &View<'_>, doc: &Doc, i: usize, b: usize) -> Option<usize> {
    // A comma inside a list of weapons goes on ("shells, missiles and rockets to Russia"); one
    // before a verb ends the clause.
    let end = (i + 1..(i + 20).min(b))
        .find(|&j| {
            matches!(v.w(j), ";" | "to" | "into" | "toward" | "towards" | "at" | "over" | "while" | "but" | "which" | "that")
                || v.is_finite_verb(j)
                || v.w(j) == "," && v.xpos(j + 1).is_none_or(|x| x.starts_with("VB") || matches!(x, "IN" | "WDT" | "CC" | "DT"))
        })
        .unwrap_or((i + 20).min(b));
    // ("preparing to send additional self-propelled howitzers and multiple rocket launchers,":
    // a transfer still ahead, with no direction at all, goes to the one the story is about; not
    // what flies, which is sent at a target as often: "sent drones overnight"; nor matériel
    // sent into battle, "sent tanks across the river".)
    let ahead = (i.saturating_sub(3)..i).any(|j| matches!(v.w(j), "will" | "would" | "preparing" | "plans" | "planning" | "plan" | "ready" | "agreed" | "pledged" | "promised" | "intends"));
    let undirected = ahead && v.w(end) != "to" && (end >= b || matches!(v.w(end), "," | "." | ";"));
    if !(v.w(end) == "to" || undirected) || (i + 1..end).any(|j| PERSONNEL_UNITS.contains(&v.w(j))) {
        return None;
    }
    // "provided evidence of North Korean missiles to South Korea": information about weapons.
    let weapon = (i + 1..end).find(|&j| ARMS_WORDS.contains(&v.w(j)) || weapon_system(v, j))?;
    if (i + 1..weapon).any(|j| EVIDENCE_OBJECTS.contains(&v.w(j)) || matches!(v.w(j), "information" | "details" | "data" | "intelligence" | "fragments" | "evidence")) {
        return None;
    }
    if undirected {
        return (!AIRBORNE.contains(&v.w(weapon))).then_some(weapon);
    }
    let window = v.span(end).end()..v.span((end + 4).min(b - 1)).end();
    let recipient = doc.places().mentions.iter().any(|m| window.contains(&m.span.start()));
    recipient.then_some(weapon)
}

/// Whether the word at `j` is a system or battery of a weapon: of one the text names as
/// equipment ("two more Patriot systems"), or of air defence or missiles ("air defence
/// systems"); not "power systems" nor "lithium batteries".
fn weapon_system(v: &View<'_>, j: usize) -> bool {
    let entities = &v.doc.entities().entities;
    matches!(v.w(j), "systems" | "system" | "batteries" | "battery")
        && (j.saturating_sub(3)..j).any(|x| {
            v.entity_at(x).is_some_and(|m| entities[m.entity].entity_type == EntityType::Equipment)
                || matches!(v.w(x), "missile" | "air-defence" | "air-defense" | "anti-aircraft")
                || matches!(v.w(x), "defence" | "defense") && x > 0 && v.w(x - 1) == "air"
        })
}

/// Leaves out triggers that only qualify another trigger of their sentence: a noun before
/// another noun trigger ("ceasefire talks": the talks), the object of a verb of the same event
/// type a few words before it in one clause ("signed a mutual defence treaty", "agreed on the
/// text of a peace treaty": one agreement), a noun its participle tells again ("the treaty
/// signed in June"), the second of two casualty verbs joined by "or"/"and" ("killed or
/// wounded": one toll), and "launched" before the attack it launches ("launched a drone
/// attack": the attack).
fn drop_modifying_triggers(v: &View<'_>, triggers: Vec<Found>) -> Vec<Found> {
    let one_clause = |from: usize, to: usize| (from + 1..to).all(|j| !v.is_punct(j) && !matches!(v.w(j), "and" | "but" | "or"));
    let keep: Vec<bool> = triggers
        .iter()
        .enumerate()
        .map(|(n, f)| {
            // "had been killed or wounded": one toll told by two verbs.
            let coordinated = n > 0 && {
                let g = &triggers[n - 1];
                g.trigger.event_type == f.trigger.event_type && f.token == g.token + 2 && matches!(v.w(g.token + 1), "or" | "and")
            };
            if coordinated && f.trigger.event_type == "casualties" {
                return false;
            }
            // "have lost about 3,800 soldiers killed or wounded": the participle says how the
            // lost soldiers were lost, one toll.
            let how_lost = n > 0 && {
                let g = &triggers[n - 1];
                g.trigger.event_type == "casualties"
                    && f.trigger.event_type == "casualties"
                    && f.token > g.token + 1
                    && f.token - g.token <= 7
                    && one_clause(g.token, f.token)
                    && PERSONNEL_UNITS.contains(&v.w(f.token - 1))
            };
            if how_lost {
                return false;
            }
            if f.trigger.verb {
                let launches = f.trigger.event_type == "launch"
                    && triggers[n + 1..].iter().any(|g| !g.trigger.verb && g.token - f.token <= 4 && one_clause(f.token, g.token));
                return !launches;
            }
            let modifies_next = triggers.get(n + 1).is_some_and(|g| g.token == f.token + 1 && !g.trigger.verb);
            // "the partnership treaty signed in June": the participle after the noun tells the
            // same agreement, and its time.
            let told_by_participle = triggers.get(n + 1).is_some_and(|g| {
                g.trigger.verb && g.trigger.event_type == f.trigger.event_type && g.token <= f.token + 2 && v.xpos(g.token) == Some("VBN")
            });
            let object_of_verb = triggers[..n].iter().any(|g| {
                g.trigger.verb
                    && g.trigger.event_type == f.trigger.event_type
                    && f.token - g.token <= 8
                    && one_clause(g.token, f.token)
            });
            !modifies_next && !object_of_verb && !told_by_participle
        })
        .collect();
    triggers.into_iter().zip(keep).filter_map(|(f, k)| k.then_some(f)).collect()
}

/// Whether the trigger word at `i` of the sentence `[a, b)` is the event its vocabulary entry
/// names here: the guards of ambiguous words.
fn trigger_holds(v: &View<'_>, doc: &Doc, i: usize, trigger: &Trigger, a: usize, b: usize) -> bool {
    let w = trigger.form;
    // (Not a breaker that is the verb after its noun: "Russian shelling forces thousands to
    // flee".)
    let breaker_is_a_verb = matches!(v.w(i + 1), "force" | "forces") && (v.xpos(i + 1).is_some_and(|x| x.starts_with("VB")) || v.w(i + 3) == "to");
    if TRIGGER_COMPOUND_BREAKERS.contains(&v.w(i + 1)) && !trigger.verb && !breaker_is_a_verb {
        return false;
    }
    // "The protest began in March": a word inside a time expression is no event.
    if v.in_time(i) {
        return false;
    }
    // "A relative of one of the kidnapped workers told ...": a participle before its noun
    // tells what was done to the people named, when an earlier sentence told it happening
    // (alone, "The wounded soldiers were evacuated" may be all the text says of it).
    let determiner_before = i > a && matches!(v.w(i - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "those" | "these");
    let attributive = trigger.verb && determiner_before && v.xpos(i).is_some_and(|x| matches!(x, "VBN" | "JJ")) && v.xpos(i + 1).is_some_and(|x| x.starts_with("NN")) && i + 1 < b;
    if attributive && (0..a).any(|j| trigger_at(v, j).is_some_and(|t| t.event_type == trigger.event_type && t.verb)) {
        return false;
    }
    // "bringing the number of arrests to 293", "brought the death toll to 40": a count raised,
    // nothing moved.
    // (Not "has brought a number of armoured units to the border": a count raised "to" a
    // figure.)
    if w == "bring" && (i + 1..(i + 4).min(b)).any(|j| TALLY_NOUNS.contains(&v.w(j)) && v.w(j) != "it" && v.w(j - 1) != "a" && (j + 1..(j + 8).min(b)).any(|t| v.w(t) == "to")) {
        return false;
    }
    // "declined to say whether new units had left Moscow": a question left open tells no
    // happening.
    // (Not "examining whether the blast that killed 12 people was deliberate".)
    let clause_start = (i.saturating_sub(6).max(a)..i).rev().find(|&j| matches!(v.w(j), "that" | "which" | "who" | ",")).map_or(i.saturating_sub(6).max(a), |j| j + 1);
    if (clause_start..i).any(|j| v.w(j) == "whether") {
        return false;
    }
    // "if such a deployment were to take place", "asked if troops had been sent": a condition
    // or a question, no happening.
    if (clause_start..i).any(|j| v.w(j) == "if") {
        return false;
    }
    // "sanctions were unlikely to lead to arrests": what is not expected to follow.
    if (clause_start..i).any(|j| v.w(j) == "unlikely" && v.w(j + 1) == "to") {
        return false;
    }
    // "could not determine who fired first", "did not say who carried out the attack": an
    // open question about who did it (the happening itself is told elsewhere).
    let asking = |j: usize| matches!(v.w(j), "determine" | "establish" | "say" | "know" | "confirm" | "clear" | "unclear" | "investigating" | "asked");
    // (Only a question left open: "could not determine", "unclear"; not "Investigators were able
    // to establish who fired the missile".)
    let open = |j: usize| v.w(j) == "unclear" || (j.saturating_sub(3).max(a)..j).any(|n| matches!(v.w(n), "not" | "n't" | "never" | "unable" | "no"));
    if i >= 2 && matches!(v.w(i - 1), "who" | "which") && asking(i - 2) && open(i - 2) && trigger.verb {
        return false;
    }
    // "declined to say how many of the soldiers had reached the Kursk region": how many did is
    // the open question; no happening is told by it.
    // (Not "Asked how many died, Zelenskiy said 31 were killed", "were able to establish how
    // many people died".)
    let how_many = (clause_start..i).find(|&j| v.w(j) == "how" && matches!(v.w(j + 1), "many" | "much"));
    let left_open = |j: usize| (j.saturating_sub(4).max(a)..j).any(|n| matches!(v.w(n), "declined" | "refused") || asking(n) && open(n));
    if how_many.is_some_and(left_open) && trigger.verb {
        return false;
    }
    // "since the start of the fighting in the Kursk region": a time, not a happening told.
    if i >= 5
        && matches!(v.w(i - 1), "the" | "its" | "their")
        && v.w(i - 2) == "of"
        && matches!(v.w(i - 3), "start" | "beginning" | "outbreak" | "end")
        && matches!(v.w(i - 5), "since" | "after" | "before" | "until")
    {
        return false;
    }
    // "but it did not say they had fought": what a source did not say tells no happening.
    // (Only a clause the verb governs, with a subject of its own: "did not comment on the
    // attack" presupposes it.)
    let unsaid = (clause_start.min(i.saturating_sub(6)).max(a)..i).any(|j| {
        let complement = (j + 1..i).any(|t| v.w(t) == "that" || v.xpos(t) == Some("PRP") || v.is_finite_verb(t) || AUXILIARIES.contains(&v.w(t)));
        UNSAID_VERBS.contains(&v.w(j)) && j > a && matches!(v.w(j - 1), "not" | "n't" | "never") && !(j + 1..i).any(|t| v.is_punct(t)) && complement
    });
    if unsaid {
        return false;
    }
    // "but did not mention civilian casualties", "made no mention of casualties", "without
    // reporting losses": losses left unmentioned are not told. (Other happenings are presumed:
    // "did not acknowledge the strike, which killed 12".)
    let unmentioned = (i.saturating_sub(5).max(a)..i).any(|j| {
        matches!(v.w(j), "mention" | "mentioned" | "mentioning" | "report" | "reporting" | "acknowledge" | "acknowledging")
            && j > a
            && matches!(v.w(j - 1), "not" | "n't" | "never" | "no" | "without")
            && !(j + 1..i).any(|t| v.is_punct(t) || v.is_finite_verb(t) || v.w(t) == "that")
    });
    if unmentioned && trigger.event_type == "casualties" && v.xpos(i).is_none_or(|x| x.starts_with("NN")) {
        return false;
    }
    // "Large movements of equipment out of the region are unusual": a kind of happening judged
    // in general, no happening told.
    // (A plural or "such": "The attack was unusual because it hit a hospital" tells one.)
    if !trigger.verb && (v.w(i).ends_with('s') || i > a && v.w(i - 1) == "such") {
        let predicate = (i + 1..(i + 10).min(b)).find(|&j| is_be(v.w(j)) || v.is_finite_verb(j) || matches!(v.w(j), "," | ";"));
        let judged = |w: &str| GENERIC_JUDGEMENTS.contains(&w) || w.strip_prefix("un").is_some_and(|r| GENERIC_JUDGEMENTS.contains(&r));
        if predicate.is_some_and(|j| is_be(v.w(j)) && judged(v.w(j + 1))) {
            return false;
        }
    }
    let near = |words: &[&str], back: usize, ahead: usize| {
        (i.saturating_sub(back).max(a)..(i + ahead + 1).min(b)).any(|j| j != i && words.contains(&v.w(j)))
    };
    // "watched the drones strike mock targets at a testing ground": a strike in a test or a
    // drill hits nothing real.
    if trigger.event_type == "attack" && near(&["mock", "dummy", "simulated"], 0, 3) {
        return false;
    }
    // ("diverted after a bird strike", "a lightning strike": no one's attack.)
    if trigger.event_type == "attack" && matches!(w, "strike" | "strikes") && i > a && matches!(v.w(i - 1), "bird" | "birds" | "lightning") {
        return false;
    }
    let noun = v.xpos(i).is_none_or(|x| x.starts_with("NN"));
    let previous = if i > a { v.w(i - 1) } else { "" };
    match w {
        // "based" only as "based in/at".
        "based" => return matches!(v.w(i + 1), "in" | "at" | "near"),
        // "sent", "brought", "flown": people or matériel moved to a place ("sent about 11,000
        // troops to Russia", "were brought to the region"), not "sent a letter to the minister",
        // "brought to justice", "brought the toll to 40".
        // ("sent 170 artillery guns and 240 rocket launchers to Russia": arms, see [`frame`].)
        // ("was preparing to send more troops": forces sent, wherever to.)
        "sent" | "send" | "sends" | "sending" => {
            // (The head of the object, before any preposition: not "sent a letter to troops".)
            // (A count's own words do not end it: "more than 1,000 additional troops".)
            let in_count = |j: usize| doc.quantities().iter().any(|q| q.span.contains(v.span(j)));
            let forces_sent = (i + 1..(i + 7).min(b))
                .take_while(|&j| !v.is_punct(j) && !(v.xpos(j).is_some_and(|x| x == "IN" || x == "TO") && !in_count(j)))
                .last()
                .is_some_and(|j| PERSONNEL_UNITS.contains(&v.w(j)));
            // ("The troops were sent by Pyongyang": forces right before the passive's auxiliary.
            // Nobody sent "home", "back" or "to prison" is deployed.)
            let elsewhere = matches!(v.w(i + 1), "home" | "back" | "away") || v.w(i + 1) == "to" && matches!(v.w(i + 2), "prison" | "jail" | "hospital" | "court" | "trial");
            let passive_forces = i > a + 1
                && matches!(v.w(i - 1), "was" | "were" | "been" | "being")
                && PERSONNEL_UNITS.contains(&v.w(if matches!(v.w(i - 1), "been" | "being") && i > a + 2 { i - 3 } else { i - 2 }))
                && !elsewhere;
            let arms = arms_object(v, doc, i, b).is_some();
            let message = !arms && !forces_sent && !passive_forces && message_sent(v, i, a, b);
            return !elsewhere && !message && (moves_forces(v, doc, i, a, b) || arms || forces_sent || passive_forces);
        }
        // "provided 13,000 containers of shells to Russia", not "provided details".
        "provided" | "provide" | "provides" => return arms_object(v, doc, i, b).is_some(),
        "bring" | "fly" => return moves_forces(v, doc, i, a, b),
        // "Satellite images captured on Oct. 16": pictures taken, not ground.
        // ("The images, captured by Maxar on Feb. 14, show": past the comma of an apposition.)
        "captured" if i > a && (EVIDENCE_OBJECTS.contains(&v.w(i - 1)) || i > a + 1 && v.w(i - 1) == "," && EVIDENCE_OBJECTS.contains(&v.w(i - 2))) => return false,
        // "troops are likely engaged in combat", "Ukrainian forces engaged North Korean troops":
        // fighting, not a betrothal or an engaged public.
        "engaged" => {
            let in_combat = v.w(i + 1) == "in" && matches!(v.w(i + 2), "combat" | "fighting" | "battle" | "battles" | "clashes" | "hostilities");
            // (A direct object: not "engaged with armed groups to secure access".)
            let foe = v.w(i + 1) != "with" && (i + 1..(i + 4).min(b)).any(|j| PERSONNEL_UNITS.contains(&v.w(j)) || ARMED_OR_CROWD.contains(&v.w(j)));
            return in_combat || foe;
        }
        // "withdrew an earlier claim", "withdrew its ambassador": no retreat of forces.
        "withdrew" | "withdrawn" => {
            return !(i + 1..(i + 5).min(b)).any(|j| {
                matches!(
                    v.w(j),
                    "claim" | "claims" | "report" | "reports" | "statement" | "estimate" | "remarks" | "comments" | "support" | "nomination"
                        | "candidacy" | "bid" | "offer" | "lawsuit" | "complaint" | "ambassador" | "envoy" | "accreditation" | "allegation"
                )
            })
        }
        // "liberated the village of Plekhovo" (a side's word for taking ground), not
        // "liberated women".
        "liberated" => {
            // ("Kherson was liberated in November 2022": the ground before a passive.)
            let passive = i > a && matches!(v.w(i - 1), "was" | "were" | "been" | "is" | "are");
            let (from, to) = if passive { (i.saturating_sub(6).max(a), i) } else { (i + 1, (i + 4).min(b)) };
            let ground = (from..to).any(|j| matches!(v.w(j), "village" | "town" | "city" | "settlement" | "region" | "territory" | "area"));
            let place = doc.places().mentions.iter().any(|m| {
                let t = v.token_at_or_after(m.span.start());
                if passive { t >= from && t < i } else { t > i && t <= i + 2 }
            });
            return ground || place;
        }
        // "made 11 round trips between the port of Rajin and Vostochny": a route between two
        // places; not "10 trips to the Middle East", "business trips to London".
        "trips" | "voyages" => {
            let between = (i + 1..(i + 3).min(b)).find(|&j| matches!(v.w(j), "between" | "from"));
            return between.is_some_and(|j| {
                let window = v.span(j).end()..v.span((j + 12).min(b - 1)).end();
                doc.places().mentions.iter().filter(|m| window.contains(&m.span.start())).count() >= 2
            });
        }
        // "ships carried 1,500 soldiers from Chongjin to Vladivostok", not "carried out a
        // strike" nor "carried the flag".
        // ("vessels carrying military equipment left the port": a participle describing what
        // moves, whose own verb tells the movement.)
        "carried" | "carry" | "carries" | "carrying" => {
            // (Only when a verb of its clause follows: "a video showed a freight train carrying
            // 14 howitzers through Vessi, analysts who geolocated it said" has none to tell the
            // movement.)
            let describing = w == "carrying"
                && v.xpos(i.saturating_sub(1)).is_some_and(|x| x.starts_with("NN") || x == ",")
                && (i + 1..b).take_while(|&j| !matches!(v.w(j), "," | ";" | "who" | "which" | "that")).any(|j| v.is_finite_verb(j));
            // ("a missile capable of carrying a nuclear warhead to the U.S. mainland")
            let capable = i > a && matches!(v.w(i - 1), "of" | "can" | "could" | "capable" | "able");
            // (Arms a weapon carries are its payload, "drones carrying explosives"; arms a train
            // or a ship carries are cargo.)
            // (The carrier's head a few words back: "10 bombers carrying Kh-101 missiles",
            // "drones, each carrying explosives".)
            let weapon_carrier = (i.saturating_sub(4).max(a)..i).any(|j| {
                ARMS_WORDS.contains(&v.w(j))
                    || matches!(v.w(j), "drone" | "drones" | "missile" | "missiles" | "rocket" | "rockets" | "bomber" | "bombers" | "aircraft" | "jet" | "jets" | "warplane" | "warplanes")
            });
            let warhead = (i + 1..(i + 5).min(b))
                .any(|j| weapon_carrier && ARMS_WORDS.contains(&v.w(j)) || matches!(v.w(j), "warhead" | "warheads" | "payload" | "payloads"));
            // ("A rescuer carries an injured woman from the building": one person carried, no
            // movement of forces or cargo.)
            let one_person = (i + 1..(i + 4).min(b)).any(|j| matches!(v.w(j), "woman" | "man" | "child" | "boy" | "girl" | "baby" | "body" | "person"));
            // ("soldiers seen wearing Russian uniforms and carrying forged identity papers from
            // Buryatia": what people carry on them, the head of the object.)
            let mut head = i + 1;
            while head + 1 < b && v.xpos(head + 1).is_some_and(|x| x.starts_with("NN")) && v.xpos(head).is_some_and(|x| matches!(x, "DT" | "JJ" | "VBN" | "NN" | "NNP" | "CD")) {
                head += 1;
            }
            let on_them = CARRIED_ON_ONESELF.contains(&v.w(head));
            // ("The Estlink 2 cable, which carries electricity from Finland to Estonia": a line
            // carries power, oil or data, no cargo of forces.)
            let through_a_line = matches!(v.w(head), "electricity" | "power" | "gas" | "oil" | "data" | "traffic" | "signals" | "water");
            let on_them = on_them || through_a_line;
            return v.w(i + 1) != "out" && !describing && !capable && !warhead && !one_person && !on_them && moves_forces(v, doc, i, a, b);
        }
        // "lost dozens of soldiers", "have lost 300 lives": people lost, not "lost the vote".
        // (Not "lost contact with two soldiers".)
        "lost" | "lose" => {
            return !matches!(v.w(i + 1), "contact" | "track" | "touch" | "control" | "trust" | "faith" | "sight" | "command")
                && (i + 1..(i + 6).min(b)).take_while(|&j| !v.is_punct(j)).any(|j| PERSONNEL_UNITS.contains(&v.w(j)) || v.w(j) == "lives")
        }
        // "the total combat losses ... amounted to about 880,000 personnel": losses of people,
        // not "losses of $2 million" or "economic losses".
        "losses" => {
            let combat = i > a && matches!(v.w(i - 1), "combat" | "battlefield" | "military" | "personnel" | "troop");
            let people = (i + 1..(i + 16).min(b)).any(|j| PERSONNEL_UNITS.contains(&v.w(j)));
            // ("the North's soldiers suffer heavy losses", "units ... suffered significant
            // losses": forces that suffer them.)
            // (Whose subject, by the parse, is a body of soldiers: not "firms supplying the army
            // have suffered heavy losses".)
            // (Through a relative pronoun to its antecedent, "troops, who have suffered heavy
            // losses", and through "continue to suffer" to the subject of "continue".)
            let soldiers = |s: usize| PERSONNEL_UNITS.contains(&v.w(s)) || matches!(v.w(s), "units" | "army");
            let antecedent = |s: usize| (a..s).rev().find(|&t| v.w(t) != ",").is_some_and(soldiers);
            let subject_of = |verb: usize| (a..verb).find(|&s| v.head(s) == Some(verb) && v.deprel(s).is_some_and(|d| d.starts_with("nsubj")));
            let suffered = (i.saturating_sub(3).max(a)..i).any(|j| {
                let suffering = matches!(v.w(j), "suffer" | "suffers" | "suffered" | "suffering" | "sustained" | "sustain" | "sustains" | "taking" | "took" | "take");
                let subject = subject_of(j).or_else(|| v.head(j).filter(|_| v.deprel(j) == Some("xcomp")).and_then(subject_of));
                suffering && subject.is_some_and(|s| soldiers(s) || matches!(v.w(s), "who" | "which" | "that") && antecedent(s))
            });
            return combat || people || suffered;
        }
        // "moved" as a transport: with a direction soon after ("moved 120 vehicles from X to
        // Y"), or in the passive ("vehicles were moved"), not "moved on".
        "moved" | "move" => {
            let direction = (i + 1..(i + 8).min(b)).any(|j| MOVE_DIRECTIONS.contains(&v.w(j)));
            let passive = i > a && matches!(v.w(i - 1), "was" | "were" | "been" | "being" | "be");
            return direction || passive || matches!(v.w(i + 1), "in" | "at" | "near");
        }
        // "a barrel bomb ... was dropped on the village": bombs dropped are an attack; not
        // charges, a bid or prices dropped.
        "dropped" => {
            let bombs = |j: usize| matches!(v.w(j), "bomb" | "bombs" | "munitions" | "munition" | "grenade" | "grenades" | "explosives" | "mines" | "shells");
            let passive = i > a && matches!(v.w(i - 1), "was" | "were" | "been" | "being");
            // (The bombs the object, or the passive's subject, and a target after, not a day:
            // not "dropped curbs on munitions deliveries", "charges were dropped on Monday".)
            let target_at = |j: usize| matches!(v.w(j), "on" | "onto" | "over") && !v.in_time(j + 1) && !v.in_time(j + 2);
            let object = (i + 1..(i + 4).min(b)).find(|&j| bombs(j)).filter(|&j| (i + 1..j).all(|x| v.xpos(x).is_some_and(|t| matches!(t, "DT" | "JJ" | "CD" | "NN" | "NNS"))) && target_at(j + 1));
            // ("a barrel bomb allegedly containing chlorine was dropped on the village": the bomb
            // heads the subject, whatever describes it; not "Charges over the bombing were
            // dropped".)
            let dropped_thing = i >= 2 && matches!(v.w(i - 2), "charges" | "charge" | "case" | "plans" | "plan" | "bid" | "demands" | "curbs" | "restrictions" | "sanctions" | "proposal" | "lawsuit" | "prices");
            let subject = passive
                && target_at(i + 1)
                && !dropped_thing
                && (i.saturating_sub(8).max(a)..i - 1).any(|j| bombs(j) && (j + 1..i - 1).all(|x| !v.is_finite_verb(x) && !matches!(v.w(x), "," | "and" | "but")));
            return object.is_some() || subject;
        }
        // "stormed the compound of the French embassy", "stormed the parliament": a place
        // stormed (not "stormed out", "stormed the charts").
        "stormed" | "storming" => {
            // (Not "stormed back into office", "stormed angrily out of the office".)
            let place = (i + 1..(i + 6).min(b)).find(|&j| {
                matches!(
                    v.w(j),
                    "compound" | "embassy" | "building" | "parliament" | "palace" | "base" | "prison" | "station" | "headquarters" | "consulate" | "offices"
                        | "barracks" | "airport" | "courthouse" | "ministry" | "capitol" | "camp" | "village" | "town" | "hotel" | "church" | "mosque" | "school"
                )
            });
            return place.is_some_and(|p| !(i + 1..p).any(|j| matches!(v.w(j), "into" | "out" | "off" | "away" | "back" | "onto")));
        }
        // "scrambled fighter jets": aircraft sent up, not eggs or a team.
        "scrambled" | "scrambles" => {
            // (Or before a passive: "Fighter jets were scrambled"; a type, "two F-16s".)
            let aircraft = |j: usize| {
                matches!(v.w(j), "jets" | "jet" | "fighters" | "fighter" | "aircraft" | "planes" | "plane" | "interceptors" | "helicopters")
                    || v.doc.slice(v.span(j)).split_once('-').is_some_and(|(x, n)| x.len() <= 3 && x.chars().all(|c| c.is_ascii_uppercase()) && n.starts_with(|c: char| c.is_ascii_digit()))
            };
            return (i + 1..(i + 5).min(b)).any(aircraft) || (i.saturating_sub(5).max(a)..i).any(aircraft) && i > a && matches!(v.w(i - 1), "were" | "was" | "been" | "being");
        }
        // "left" is a departure only from a place ("left the port of X").
        "left" | "leave" | "leaves" => {
            let window = v.span(i).end()..v.span((i + 6).min(b - 1)).end();
            let place_follows = doc.places().mentions.iter().any(|m| window.contains(&m.span.start()));
            let port_follows = (i + 1..(i + 4).min(b)).any(|j| FACILITY_NOUNS.contains(&v.w(j)));
            // ("the Mirage fighter jets based in N'Djamena would leave in the coming weeks":
            // forces leaving, with no place after, when they go.)
            let forces_before = (i.saturating_sub(8).max(a)..i).any(|j| PERSONNEL_UNITS.contains(&v.w(j)) || matches!(v.w(j), "jets" | "aircraft" | "warships" | "contingent" | "garrison"));
            let verb = v.xpos(i).is_some_and(|x| x.starts_with("VB"));
            let when_follows = v.in_time(i + 1)
                || matches!(v.w(i + 1), "soon" | "shortly")
                || matches!(v.w(i + 1), "in" | "by" | "within") && (i + 2 < b && v.in_time(i + 2) || i + 3 < b && v.in_time(i + 3));
            // (The forces are the ones leaving, not the ones telling others to: "Israeli forces
            // ordered residents to leave within 24 hours".)
            // (But "The junta ordered French troops to leave within a month": the forces named
            // after the order leave.)
            let forces = |j: usize| PERSONNEL_UNITS.contains(&v.w(j)) || matches!(v.w(j), "jets" | "aircraft" | "warships" | "contingent" | "garrison");
            let order = (i.saturating_sub(8).max(a)..i).rev().find(|&j| matches!(v.w(j), "ordered" | "orders" | "told" | "tells" | "asked" | "urged" | "forced" | "allowed" | "warned"));
            let forces_ordered = order.is_some_and(|j| (j + 1..i).any(forces));
            let told_to_leave = order.is_some() && !forces_ordered;
            let infinitive_of_another = i >= 2
                && v.w(i - 1) == "to"
                && !forces_ordered
                && !matches!(v.w(i - 2), "expected" | "due" | "set" | "scheduled" | "going" | "are" | "is" | "were" | "was" | "begin" | "began" | "started" | "planned" | "plan" | "plans" | "agreed" | "ready" | "need" | "needs" | "have" | "has" | "had" | "ordered");
            return place_follows || port_follows || forces_before && verb && when_follows && !told_to_leave && !infinitive_of_another;
        }
        // Nouns that are also verbs or adjectives elsewhere ("to deal with", "offensive
        // remarks").
        // (Without a syntax layer every word passes as a noun here.)
        "deal" | "offensive" | "accord" | "blast" | "battle" | "talks" => {
            if !noun {
                return false;
            }
        }
        _ => {}
    }
    // "Chad ended its defence cooperation agreement with France": an agreement ended is no
    // agreement reached.
    if trigger.event_type == "agree" && !trigger.verb {
        // (The verb right before the agreement's noun phrase: not "Talks ended with an agreement
        // on ...", "Fighting ended after a ceasefire took effect".)
        let mut np = i;
        while np > a && i - np < 6 && (v.xpos(np - 1).is_some_and(|x| matches!(x, "DT" | "PRP$" | "JJ" | "NN" | "NNS" | "NNP" | "POS" | "CD")) || matches!(v.w(np - 1), "'s" | "’s")) {
            np -= 1;
        }
        // (Over "participation in", "withdrawal from": "Russia suspended participation in the
        // New START treaty".)
        if np >= a + 2 && matches!(v.w(np - 1), "in" | "of" | "with" | "from") && matches!(v.w(np - 2), "participation" | "membership" | "compliance" | "withdrawal" | "part") {
            np -= 2;
            while np > a && i - np < 10 && v.xpos(np - 1).is_some_and(|x| matches!(x, "DT" | "PRP$" | "JJ")) {
                np -= 1;
            }
        }
        let verb = np.checked_sub(1).filter(|&j| j >= a);
        let ending = |j: usize| matches!(v.w(j), "ended" | "ends" | "end" | "ending" | "terminated" | "scrapped" | "cancelled" | "canceled" | "suspended" | "revoked" | "abandoned" | "quit" | "annulled" | "renounced" | "violated" | "violating" | "breached");
        let left = |j: usize| matches!(v.w(j), "from" | "out" | "up" | "of") && j > a && matches!(v.w(j - 1), "withdrew" | "withdraw" | "withdrawn" | "withdrawing" | "pulled" | "pulling" | "tore" | "out");
        let ended = verb.is_some_and(|j| ending(j) || left(j));
        if ended {
            return false;
        }
    }
    // What a fight is against, past particles, prepositions and determiners: "fought back
    // against its critics", "the battle against inflation", "her battle with cancer".
    let figurative_fight = || {
        let j = (i + 1..(i + 5).min(b)).find(|&j| !FIGHT_LINKS.contains(&v.w(j)));
        j.is_some_and(|j| FIGURATIVE_FIGHTS.contains(&v.w(j)))
    };
    match w {
        // "a great deal of", "in accord with", "the battle for the nomination" in a courtroom or
        // a campaign.
        "deal" => !matches!(previous, "great" | "good"),
        "accord" => previous != "in",
        "battle" | "battles" | "fight" => !near(NON_ARMED_CONTESTS, 2, 2) && !figurative_fight(),
        // Armed or crowd clashes ("clashes between Ukrainian and Russian troops", "protesters
        // clashed with police"), not "leaders clashed over the budget", "the plan clashes with
        // EU rules".
        // "The Security Council clashes over North Korean troops": a clash over a topic is a
        // dispute ("over the weekend" is a time, not a topic).
        "clashes" | "clash" => {
            // ("Deadly clashes over disputed territory killed 12 soldiers" stay armed.)
            let over_topic = v.w(i + 1) == "over" && !v.in_time(i + 2) && !v.in_time(i + 3) && !near(&["killed", "wounded", "dead", "deadly", "injured"], 3, 12);
            near(ARMED_OR_CROWD, 5, 6) && !near(NON_ARMED_CONTESTS, 2, 2) && !over_topic
        }
        // "violating sanctions", "to evade U.N. sanctions", "breaking its own council's
        // sanctions": sanctions broken, not imposed (the verb right before the sanctions' noun
        // phrase: not "Companies that broke the rules face sanctions").
        "sanctions" => {
            let mut j = i;
            // (Over a quotation mark: opposed “unilateral sanctions”.)
            while j > a && (v.xpos(j - 1).is_some_and(|x| matches!(x, "DT" | "PRP$" | "JJ" | "NN" | "NNS" | "NNP" | "POS")) || matches!(v.w(j - 1), "'s" | "’s" | "own" | "u.n.") || is_open_quote(v.w(j - 1))) {
                j -= 1;
            }
            // ("opposed “unilateral sanctions”": a stance on sanctions in general.)
            !(j > a
                && matches!(
                    v.w(j - 1),
                    "violating" | "violate" | "violates" | "violated" | "breaching" | "breach" | "breached" | "breaking" | "break" | "broke" | "broken"
                        | "evading" | "evade" | "evaded" | "circumventing" | "circumvent" | "flouting" | "flout" | "defying" | "defy" | "busting"
                        | "opposed" | "opposes" | "oppose" | "opposing"
                ))

        }
        // Deaths of violence, not "died in hospital aged 92", "overdose deaths rose".
        // (Or deaths at sea and on the way: "migrants died or went missing in the central
        // Mediterranean", "drowned when their boat capsized".)
        "die" | "deaths" | "fatalities" => {
            near(VIOLENCE_CONTEXT, 12, 12) || near(&["capsized", "sank", "shipwreck", "drowned", "dinghy"], 8, 8) || matches!(previous, "migrants" | "refugees")
        }
        // ("drowned when their boat capsized"; not "boos drowned out the speech".)
        "drown" | "drowned" | "drowns" => v.w(i + 1) != "out" && near(&["people", "migrants", "refugees", "children", "passengers", "crew", "soldiers", "fishermen", "sailors", "men", "women", "boat", "sea", "river"], 10, 8),
        // ("a soldier defects across the border"; not "defects in 300 voting machines".)
        "defects" => v.xpos(i) == Some("VBZ") || matches!(v.w(i + 1), "to" | "from" | "across" | "over"),
        // (Not "cardiac arrest", nor "an arrest warrant": a warrant issued is no arrest made.)
        // (Nor "a warrant for his arrest".)
        "arrest" | "arrests" => {
            let warrant_for = (i.saturating_sub(3).max(a)..i).any(|j| matches!(v.w(j), "warrant" | "warrants") && v.w(j + 1) == "for");
            !matches!(previous, "cardiac" | "respiratory") && !matches!(v.w(i + 1), "warrant" | "warrants") && !warrant_for
        }
        // ("as the media talks about")
        "talks" => v.w(i + 1) != "about",
        // Supplies moved ("ammunition supplies to Kessa", "delivered supplies"), not a stock
        // ("supplies were running low").
        "supplies" if noun => {
            (i + 1..(i + 4).min(b)).any(|j| matches!(v.w(j), "to" | "for" | "from"))
                || near(&["sent", "delivered", "shipped", "received", "provided", "send", "deliver", "ship", "provide"], 4, 0)
        }
        "advance" => near(ARMED_OR_CROWD, 4, 0),
        // "set fire to a market", "set homes ablaze", not "set to leave" nor "set a deadline";
        // "burned dozens of houses", not "burned calories" nor "burned out".
        // (Arson by people who fight or riot: "gunmen set fire to a market", "attackers torched
        // homes"; not "an electrical fault set fire to the warehouse" nor "the wildfire burned
        // 1,000 homes".)
        "set" => arsonists_near(v, i, a, b) && (i + 1..(i + 6).min(b)).any(|j| matches!(v.w(j), "fire" | "ablaze" | "alight")),
        // ("Dozens of homes were torched": the thing burned before a passive.)
        "burned" | "burnt" | "torched" => {
            let burnable = |j: usize| {
                matches!(
                    v.w(j),
                    "homes" | "houses" | "house" | "home" | "village" | "villages" | "market" | "shops" | "vehicles" | "cars" | "church"
                        | "churches" | "mosque" | "mosques" | "school" | "schools" | "buildings" | "building" | "huts" | "granaries"
                )
            };
            let passive = i > a && matches!(v.w(i - 1), "was" | "were" | "been");
            let burned = if passive { (i.saturating_sub(6).max(a)..i).any(burnable) } else { (i + 1..(i + 6).min(b)).any(burnable) };
            burned && v.w(i + 1) != "out" && arsonists_near(v, i, a, b)
        }
        // "troops crossed into Varn", "crossed the border", "crossed the Kessa river", not
        // "crossed the line" in a dispute nor "crossed his mind".
        // ("Thousands of refugees crossed the border", "the pipeline crosses the border",
        // "the war crossed into its fourth year": no forces.)
        // ("any vessel entered Finnish waters", "drones entered Polish airspace": a ground, sea
        // or sky of someone else's, by forces; not "entered the race" nor "entered talks".)
        "crossed" | "crosses" | "cross" | "entered" | "enter" | "enters" => {
            let entering = matches!(w, "entered" | "enter" | "enters");
            // (Entering takes armed forces, not "an aid convoy entered Gaza" nor "grain ships
            // entered the port".)
            // (Or people in flight: "More than 12,000 people have crossed ... into eastern Chad,
            // fleeing fresh fighting"; see `flight_across`.)
            let forces = if entering { near(ENTERING_FORCES, 8, 0) && !civilian_near(v, i, a, b) } else { near(CROSSING_FORCES, 8, 0) || flight_across(v, i, a, b) };
            forces
                // ("crossed from Sudan's West Darfur region into eastern Chad".)
                && (!entering && (v.w(i + 1) == "into" || v.w(i + 1) == "from" && (i + 2..(i + 10).min(b)).any(|j| v.w(j) == "into"))
                    || (i + 1..(i + 4).min(b)).any(|j| {
                        matches!(v.w(j), "waters" | "airspace" | "territory") || !entering && matches!(v.w(j), "border" | "frontier" | "river" | "strait" | "bridge" | "demarcation")
                    })
                    || doc.places().mentions.iter().any(|m| {
                        let t = v.token_at_or_after(m.span.start());
                        t == i + 1 || t == i + 2 && v.w(i + 1) == "the"
                    }))
        }
        // "the first units reached Kursk", not "reached an agreement", "reached 40 percent" nor
        // "reached the final".
        // "About 100 instructors arrived in Niamey", "'Africa Corps' arrives in Niger"; not "as
        // winter arrives", "aid arriving in Gaza".
        "arrives" | "arriving" => {
            // (Or a pronoun standing for what was named before: "when it arrives on November 11".)
            matches!(previous, "it" | "they" | "he" | "she")
                || near(CROSSING_FORCES, 6, 0) || near(&["instructors", "advisers", "advisors", "delegation", "contingent", "corps", "peacekeepers", "reinforcements", "mercenaries"], 6, 0) || v.doc.entities().mentions.iter().any(|m| {
                let t = v.token_at_or_after(m.span.end());
                t == i && matches!(v.doc.entities().entities[m.entity].entity_type, EntityType::Org | EntityType::Unit | EntityType::Per | EntityType::Equipment)
            })
        }
        "reached" | "reaches" => {
            near(CROSSING_FORCES, 6, 0)
                && !civilian_near(v, i, a, b)
                && doc.places().mentions.iter().any(|m| {
                    let t = v.token_at_or_after(m.span.start());
                    t == i + 1 || t == i + 2 && v.w(i + 1) == "the"
                })
        }
        "offensive" => !matches!(previous, "charm" | "diplomatic" | "media" | "pr" | "legal" | "marketing" | "sales"),
        // "thousands of demonstrators rallied", "a march through the city", not "stocks
        // rallied", "a campaign rally" or "the march of progress".
        // ("Organisers have called for another rally": a rally called for is a protest.)
        "rally" | "march" => {
            (near(PROTESTERS, 4, 3) || called_for_before(v, i, a)) && previous != "campaign"
        }
        "agitate" | "disperse" => near(PROTESTERS, 4, 4),
        // Not "fighting corruption", nor "fighting to protect their business".
        "fighting" => {
            let to_verb = v.w(i + 1) == "to" && v.xpos(i + 2).is_some_and(|x| x == "VB");
            !to_verb && !figurative_fight()
        }
        // "Russia's invasion of Ukraine", not "an invasion of the state regulatory domain".
        "invasion" | "invade" => place_near(v, doc, i, a, b) || previous == "full-scale",
        // Not "the prison population has exploded to 2.3 million".
        "explode" => !matches!(v.w(i + 1), "to" | "into" | "onto") && v.w(i + 2) != "popularity",
        // ("The test “clearly demonstrated” the country's ability": a verb with an object shows
        // something; people demonstrate "in", "against", "outside", "yesterday".)
        "demonstration" | "demonstrate" => {
            let mut j = i + 1;
            while j < b && (is_close_quote(v.w(j)) || v.w(j) == "\"") {
                j += 1;
            }
            let object = matches!(v.w(j), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "that" | "how" | "what")
                || v.xpos(j).is_some_and(|x| x.starts_with("JJ") || x == "NN" || x == "NNS");
            let shows_something = !noun && object && !v.in_time(j);
            // ("the flight was clearly intended as a demonstration against our country": what
            // an act is taken as, a show of force, not people in the street.)
            let taken_as = noun && i >= 3 && matches!(v.w(i - 1), "a" | "an") && v.w(i - 2) == "as" && matches!(v.w(i - 3), "intended" | "meant" | "seen" | "described" | "regarded" | "viewed" | "considered" | "designed" | "interpreted");
            v.w(i + 1) != "of" && v.w(i + 1) != "that" && (!shows_something || near(PROTESTERS, 5, 0)) && (!taken_as || near(PROTESTERS, 5, 0))
        }
        // "launched missiles", "launched an attack", not "launched a charm offensive", "launched
        // a website".
        // ("The missile was launched from near Pyongyang": what a passive launches is before it.)
        // (Or a participle after its object: "58 drones launched by Russia overnight".)
        "launched" | "launching" | "launch" if !(w == "launch" && noun) => {
            let reduced_relative = w == "launched" && matches!(v.w(i + 1), "by" | "from" | "overnight" | "at" | "against");
            (near(LAUNCHED_THINGS, 0, 5) || (is_passive(v, i) || reduced_relative) && near(LAUNCHED_THINGS, 4, 0)) && !near(CAMPAIGN_WORDS, 0, 5)
        }
        // (The noun, "the launch", in a sentence of rockets, missiles or satellites; not "the
        // launch of its new phone".)
        // (A noun of its own after a determiner, in lower case: not "space launch contracts",
        // "United Launch Alliance".)
        "launch" if noun => {
            // (Of rockets, missiles, drones or into space: not "since the launch of Russia's
            // full-scale invasion".)
            let launched = |j: usize| matches!(v.w(j), "missile" | "missiles" | "rocket" | "rockets" | "drone" | "drones" | "torpedo" | "projectiles") || SPACE_WORDS.contains(&v.w(j));
            let of_other = v.w(i + 1) == "of" && !(i + 2..(i + 6).min(b)).any(launched);
            // (A headline drops its article: "Seoul says launch likely failed".)
            let determined = i > a && (matches!(v.w(i - 1), "the" | "a" | "its" | "their" | "this" | "that") || matches!(v.w(i - 1), "'s" | "’s")) || v.in_headline(v.span(i));
            // (In lower case outside a headline: "United Launch Alliance" is a name.)
            let head = !v.xpos(i + 1).is_some_and(|x| x.starts_with("NN")) && (v.doc.slice(v.span(i)).starts_with('l') || v.in_headline(v.span(i)));
            determined && head && !of_other && (a..b).any(|j| j != i && launched(j)) && !near(CAMPAIGN_WORDS, 0, 5)
        }
        // "tested a new solid-fuel missile" (a weapon its object), "the country's seventh nuclear
        // test", "a missile test" (a weapon word before the noun); not "tested positive", "a test
        // of wills", "The nuclear plant tested its generators".
        // ("A new ICBM was test-fired", "tested a Hwasong-18", "a test of a hypersonic missile".)
        "tested" | "test-fired" => {
            let object = (i + 1..(i + 6).min(b)).take_while(|&j| !v.is_punct(j)).any(|j| TESTED_WEAPON_NOUNS.contains(&v.w(j)));
            let named = (i + 1..(i + 4).min(b)).any(|j| v.entity_at(j).is_some_and(|m| doc.entities().entities[m.entity].entity_type == EntityType::Equipment));
            object || named || is_passive(v, i) && near(TESTED_WEAPON_NOUNS, 5, 0)
        }
        // ("performance tests of new suicide attack drones", "a drone test": drones the head of
        // what is tested; not "Ukrainian drones test Moscow's air defences", "a test of NATO's
        // response to Russian drones".)
        "test" | "tests" => {
            // (The noun phrase after "of", to a preposition or an owner: drones in it, whatever
            // their tag.)
            let of_phrase = (i + 2..(i + 7).min(b)).take_while(|&j| !v.is_punct(j) && !matches!(v.xpos(j), Some("IN" | "TO" | "POS")) && !matches!(v.w(j), "'s" | "’s"));
            // (A compound takes the singular, "a drone test"; "drones test ..." is a verb.)
            let drones_tested = noun && i > a && v.w(i - 1) == "drone" || v.w(i + 1) == "of" && of_phrase.clone().any(|j| matches!(v.w(j), "drone" | "drones"));
            near(TESTED_WEAPONS, 2, 0) || v.w(i + 1) == "of" && near(TESTED_WEAPONS, 0, 6) || drones_tested
        }
        // "had been hacked", "breached the company's networks", "the intrusion": computer
        // networks near (not "hacked to death", "breached the dam", "an intrusion into airspace").
        // ("Attackers hacked three farmers with machetes": no network.)
        "hacked" => near(NETWORK_WORDS, 8, 6) || matches!(v.w(i.wrapping_sub(1)), "been" | "was" | "were") && near(&["company", "contractor", "firm", "ministry", "agency", "network", "networks"], 6, 0),
        // ("breached the company's networks", "an intrusion by hackers"; not "breached the
        // ceasefire", "the drone intrusion".)
        "breached" | "intrusion" => near(NETWORK_WORDS, 0, 6) || near(&["hackers", "hacking", "cyber", "malware"], 8, 0),
        // "fired up the crowd", "shot down the proposal": no weapon; "shot down two drones" is.
        "fire" if v.w(i + 1) == "up" => false,
        // ("of which 8 missiles and 35 drones were shot down": what flies before a passive.)
        "shoot" | "shot" if v.w(i + 1) == "down" => {
            near(AIRBORNE, 0, 5) || is_be(previous) && near(AIRBORNE, 4, 0)
        }
        // ("opened fire on its positions", "had fired first".)
        "fire" | "shoot" | "shot" | "destroy" | "intercept" => {
            // ("intercepted and destroyed 41 of 58 Shahed-type drones": past the verb it is
            // coordinated with.)
            let coordinated = v.w(i + 1) == "and" && v.xpos(i + 2).is_some_and(|x| x.starts_with("VB"));
            // ("Prime Minister Robert Fico was shot several times": a person shot.)
            // (A headline drops the auxiliary: "Slovak prime minister shot and wounded".)
            // (Not filmed: "a video that was shot outside his office".)
            let filmed = (i.saturating_sub(4).max(a)..i).any(|j| matches!(v.w(j), "video" | "videos" | "footage" | "photo" | "photos" | "film" | "films" | "movie" | "scene" | "scenes" | "images" | "pictures"));
            let person_shot = w == "shot"
                && !filmed
                && (is_passive(v, i) || v.in_headline(v.span(i)))
                && v.w(i + 1) != "down"
                && (i.saturating_sub(8).max(a)..i).any(|j| {
                    v.entity_at(j).is_some_and(|m| doc.entities().entities[m.entity].entity_type == EntityType::Per)
                        || PEOPLE_WORDS.contains(&v.w(j))
                        // ("Slovak prime minister shot and wounded": a person by office.)
                        || matches!(v.w(j), "minister" | "president" | "governor" | "mayor" | "candidate" | "leader" | "lawmaker" | "politician" | "journalist" | "officer" | "policeman" | "judge" | "activist")
                });
            person_shot
                || near(ARMS_AND_TARGETS, 2, 5)
                || coordinated && near(ARMS_AND_TARGETS, 0, 8)
                || (w == "fire" && matches!(v.w(i + 1), "on" | "at" | "first" | "upon"))
                || (w == "intercept" && near(VESSEL_NOUNS, 0, 4))
        }
        // "a missile hit the depot", "said it had hit a Su-24 bomber at Saky"; not "hit a record",
        // "hit hard by inflation", "hit back at critics".
        // (The weapon is the subject, "A missile hit", or the target the object's head, "hit a
        // fuel depot"; not "Chip shortages have hit drone production", "A military vehicle hit
        // a pedestrian".)
        "hit" => {
            let equipment_after = (i + 1..(i + 5).min(b)).any(|j| v.entity_at(j).is_some_and(|m| doc.entities().entities[m.entity].entity_type == EntityType::Equipment));
            let mut s = i;
            while s > a && matches!(v.w(s - 1), "have" | "has" | "had" | "also" | "reportedly") {
                s -= 1;
            }
            // (An attack named by its subject is that event: "Another strike hit Kessa".)
            let attack_subject = s > a && matches!(v.w(s - 1), "strike" | "strikes" | "shelling" | "airstrike" | "airstrikes" | "attack" | "attacks");
            // ("The quake hit Tingri county": a hazard strikes too, a disaster.)
            let weapon_subject = s > a && (AIRBORNE.contains(&v.w(s - 1)) || matches!(v.w(s - 1), "shell" | "shells" | "bomb" | "bombs" | "artillery") || hazard_at(v, s - 1));
            let target_object = (i + 1..(i + 5).min(b)).any(|j| ARMS_AND_TARGETS.contains(&v.w(j)) && !v.xpos(j + 1).is_some_and(|x| x.starts_with("NN")));
            !attack_subject && !matches!(v.w(i + 1), "back" | "out" | "hard" | "home" | "it") && (weapon_subject || target_object || equipment_after)
        }
        // "100 demonstrators had been hurt", "were hurt", "hurt three people": people hurt in a
        // passive or as its object; not "sanctions hurt the economy", "his feelings were hurt".
        "hurt" => {
            let people = |j: usize| PEOPLE_WORDS.contains(&v.w(j)) || v.xpos(j) == Some("CD") && PEOPLE_WORDS.contains(&v.w(j + 1));
            // (Not "Exports were hurt by 10% tariffs", "Rising fuel prices hurt workers".)
            let economy = (i.saturating_sub(6).max(a)..(i + 4).min(b)).any(|j| matches!(v.w(j), "prices" | "economy" | "exports" | "imports" | "sales" | "tariffs" | "sanctions" | "inflation" | "profits" | "markets" | "growth"));
            !economy && (is_be(previous) && (i.saturating_sub(6).max(a)..i).any(people) || (i + 1..(i + 4).min(b)).any(people))
        }
        // (Not the adjective: "debris from a downed drone".)
        "downed" => !matches!(previous, "a" | "an" | "the" | "of") && !v.xpos(i).is_some_and(|x| x == "JJ") && near(AIRBORNE, 0, 5),
        // Not "charged with sexual assault".
        "assault" | "assaults" => !matches!(previous, "sexual" | "indecent" | "aggravated" | "verbal"),
        // "took Selydove and Kurakhove", "had taken full control of El Fasher", "took back the
        // town": a place taken; not "took part", "took place", "taken into account".
        "took" | "taken" | "takes" => {
            let mut j = i + 1;
            if v.w(j) == "back" {
                j += 1;
            }
            while matches!(v.w(j), "full" | "complete" | "total" | "effective" | "partial") {
                j += 1;
            }
            if v.w(j) == "control" && v.w(j + 1) == "of" {
                j += 2;
            }
            if v.w(j) == "the" {
                j += 1;
            }
            let place = v.entity_at(j).is_some_and(|m| doc.entities().entities[m.entity].entity_type.is_place())
                || doc.places().mentions.iter().any(|m| m.span.start() == v.span(j).start())
                || PLACE_NOUNS.contains(&v.w(j));
            place && j < b
        }
        // "Lysa had fallen", "the town fell to Norlandic forces", "fell into Norlandic hands",
        // "Bakhmut fell in May"; not "prices fell", "Exports from the port fell", "fell ill",
        // "fell by 5%", "fell into chaos", "fell to 45th place".
        "fell" | "fallen" => {
            let mut j = i;
            while j > a && matches!(v.w(j - 1), "had" | "has" | "have" | "finally" | "already" | "effectively" | "not" | "never" | "reportedly") {
                j -= 1;
            }
            let place_word = |t: usize| {
                PLACE_NOUNS.contains(&v.w(t))
                    || matches!(v.w(t), "settlement" | "stronghold" | "base" | "airport")
                    || v.entity_at(t).is_some_and(|m| doc.entities().entities[m.entity].entity_type.is_place())
            };
            // (The subject itself, not a place inside a phrase before the verb: "prices in the
            // capital", "exports from the port".)
            let in_phrase = |t: usize| {
                let mut p = v.entity_at(t).map_or(t, |m| v.token_at_or_after(m.span.start()));
                while p > a && matches!(v.w(p - 1), "the" | "a" | "an") {
                    p -= 1;
                }
                p > a && v.xpos(p - 1).is_some_and(|x| x == "IN" || x == "TO") && !matches!(v.w(p - 1), "that" | "whether" | "if" | "after" | "before" | "since" | "until" | "because")
            };
            let place_subject = j > a && place_word(j - 1) && !in_phrase(j - 1);
            let next = v.w(i + 1);
            let token_start = |t: usize| v.doc.tokens().get(t).map(|x| x.span.start());
            let taken_into = matches!(next, "into" | "under") && (i + 2..(i + 5).min(b)).any(|j| matches!(v.w(j), "hands" | "control"));
            // ("fell in May", "fell on Saturday": a time after the preposition.)
            let timed = matches!(next, "in" | "on") && i + 2 < b && v.in_time(i + 2);
            // ("fell to Norlandic forces", not "fell to 45th place".)
            let to_forces = next == "to" && (i + 2..(i + 5).min(b)).any(|t| matches!(v.w(t), "forces" | "troops" | "army" | "rebels" | "fighters" | "militants" | "insurgents"));
            let other = matches!(next, "ill" | "silent" | "quiet" | "short" | "behind" | "apart" | "asleep" | "by" | "sharply" | "below" | "from" | "off" | "out" | "into" | "under" | "in" | "on" | "over" | "back" | "down" | "through" | "flat" | "victim" | "prey" | "%" | "to")
                || v.doc.quantities().iter().any(|q| Some(q.span.start()) == token_start(i + 1) || Some(q.span.start()) == token_start(i + 2));
            place_subject && (taken_into || timed || to_forces || !other)
        }
        // "160,000 men ... to be called up for military service", "calling up 300,000
        // reservists"; not "called up his rival", nor "called for".
        "called" | "call" | "calls" | "calling" => {
            v.w(i + 1) == "up" && near(&["men", "conscripts", "reservists", "citizens", "troops", "soldiers", "recruits", "people"], 8, 5)
        }
        "call-up" => near(&["men", "conscripts", "reservists", "citizens", "troops", "soldiers", "recruits"], 6, 6),
        // (People executed, the verb's object or the noun's "of": not "executed a plan", "the
        // execution of orders".)
        // (Its object's head, the first noun phrase after the verb or the noun's "of", a person
        // word: not "executed a prisoner exchange", "executed by special forces"; nor a
        // sentence carried out, "executed two men convicted of spying".)
        "executed" | "execution" | "executions" => {
            let people = |j: usize| CAPTIVE_WORDS.contains(&v.w(j)) || PERSONNEL_UNITS.contains(&v.w(j)) || matches!(v.w(j), "men" | "people" | "civilians" | "pows");
            let from = if v.w(i + 1) == "of" { i + 2 } else { i + 1 };
            // (A participle opening the phrase modifies it: "of captured soldiers".)
            let phrase_end = (from..(from + 6).min(b))
                .find(|&j| v.is_punct(j) || matches!(v.xpos(j), Some("IN" | "TO" | "WDT")) || j > from && matches!(v.xpos(j), Some("VBN" | "VBD" | "VBG")))
                .unwrap_or((from + 6).min(b));
            let head_is_people = phrase_end > from && people(phrase_end - 1);
            let passive_people = is_passive(v, i) && (i.saturating_sub(5).max(a)..i).any(people);
            let judicial = (a..b).any(|j| matches!(v.w(j), "convicted" | "sentenced" | "hanged" | "court" | "penalty" | "sentence"));
            (head_is_people || passive_people) && !judicial
        }
        // ("had blown up the Kakhovka dam from the inside", "sabotaged the dam": a structure
        // destroyed; not "blew up at reporters", "sabotaged the talks".)
        // (The structure the verb's object, after its article, within the clause.)
        "blown" | "blew" | "sabotaged" => {
            let from = if v.w(i + 1) == "up" { i + 2 } else { i + 1 };
            // (Not a preposition's: "Talks blew up over the pipeline tariff".)
            let object = (from..(from + 4).min(b)).take_while(|&j| !v.is_punct(j) && v.xpos(j) != Some("IN")).find(|&j| STRUCTURES.contains(&v.w(j)));
            (w == "sabotaged" || v.w(i + 1) == "up") && object.is_some_and(|j| (from..j).any(|x| v.xpos(x) == Some("DT") || v.xpos(x) == Some("PRP$")) || v.entity_at(j.saturating_sub(1)).is_some())
        }
        "parked" => {
            let armour = near(AIRBORNE, 6, 0) || near(&["tanks", "warships", "launchers", "howitzers", "submarines"], 6, 0);
            armour && matches!(v.w(i + 1), "at" | "on" | "in" | "near" | "along" | "outside")
        }
        "crashed" | "capsized" | "derailed" | "collided" => !weapon_crashed(v, i, a),
        // ("have killed at least 47 people and forced about 200,000 from their homes"; not
        // "forced to resign", "forced the closure".)
        "forced" => (i + 1..(i + 8).min(b)).any(|j| matches!(v.w(j), "from" | "out") && (j + 1..(j + 4).min(b)).any(|h| matches!(v.w(h), "homes" | "home" | "villages" | "houses"))),
        // ("the Kavir-2, docked at Makhachkala", "the Yamal moored at its berth": a vessel,
        // named or not, just before; not "talks anchored in the treaty".)
        "moored" | "docked" | "anchored" => {
            let vessel = near(VESSEL_NOUNS, 8, 0) || near(WARSHIP_NOUNS, 8, 0) || (i.saturating_sub(3).max(a)..i).any(|j| v.entity_at(j).is_some_and(|m| v.doc.entities().entities.get(m.entity).is_some_and(|e| e.entity_type == sitrep_doc::EntityType::Equipment)));
            vessel && matches!(v.w(i + 1), "at" | "in" | "off" | "near" | "alongside" | "beside")
        }
        "sign" => near(AGREEMENT_WORDS, 4, 6),
        "agree" => matches!(v.w(i + 1), "to" | "on" | "upon"),
        // Captives set free, not "released footage of soldiers at a training ground".
        // (Those swapped or returned are the verb's object: not "the soldiers returned to base",
        // "returned fire", "exchanged fire with Russian soldiers", "returned the bodies of 501
        // soldiers".)
        "swapped" | "exchanged" | "returned" | "exchange" | "swap" if matches!(v.w(i + 1), "fire" | "gunfire" | "shots" | "fires" | "of") && !(v.w(i + 1) == "of" && near(CAPTIVE_WORDS, 0, 3)) => false,
        "swapped" | "exchanged" | "returned" | "exchange" | "swap" if near(&["bodies", "remains", "body"], 0, 5) => false,
        "swapped" | "exchanged" | "returned" => near(CAPTIVE_WORDS, 0, 5) && v.w(i + 1) != "to",
        "release" | "free" | "freed" | "exchange" | "swap" => {
            near(CAPTIVE_WORDS, 4, 6) && !(i + 1..(i + 4).min(b)).any(|j| RELEASED_RECORDS.contains(&v.w(j)))
        }
        // "ordered the evacuation of 27 villages", "residents fled the shelling", "displaced
        // 400,000 people": people or places left; not "the evacuation of the wounded" by
        // medics alone, "fled the scene" of a crime, "displaced workers" in an economy.
        // ("Gunmen killed 12 villagers and fled", "The suspect fled to Dubai": attackers flee,
        // nobody is displaced; "Wounded soldiers were evacuated to Dnipro": a medical evacuation.)
        // (Not the attackers': "gunmen killed five people and fled"; but people right before
        // it flee: "17 civilians were killed and more than 3,000 families fled".)
        // ("More than 12,000 flee into Chad": a count of people right before it, in a headline.)
        // ("..., fleeing fresh fighting": a flight told with the crossing before it, which it joins.)
        "fled" | "flee" | "flees" | "fleeing" => {
            let count_before = i > a && doc.quantities().iter().any(|q| q.span.end() == v.span(i - 1).end());
            let people_subject = DISPLACED_PEOPLE.contains(&previous) || count_before && w != "fleeing";
            (near(DISPLACED_PEOPLE, 4, 0) || people_subject) && (people_subject || !near(&["gunmen", "attackers", "suspect", "suspects", "militants", "robbers", "assailants", "driver", "killed"], 10, 0))
        }
        // ("the camp for displaced people", "internally displaced people": who they are, not a
        // flight told.)
        "displaced" if matches!(previous, "for" | "internally" | "among") && DISPLACED_PEOPLE.contains(&v.w(i + 1)) => false,
        "evacuation" | "evacuated" | "evacuate" | "displaced" => {
            let people = near(DISPLACED_PEOPLE, 6, 6);
            let places = near(&["villages", "village", "towns", "town", "city", "homes", "houses", "area", "areas", "region", "district"], 0, 5);
            let medical = near(&["wounded", "injured", "patients", "casualties", "sick"], 4, 4);
            !medical && (people || places || place_near(v, doc, i, a, b)) && !near(&["workers", "jobs", "economy", "market"], 2, 2)
        }
        // "met" in "met the criteria", "met expectations", "meeting regulatory standards": only
        // with someone, or somewhere.
        "meeting" if noun => true,
        "meet" | "met" | "meeting" => {
            let named_soon = |span: Span| {
                let t = v.token_at_or_after(span.start());
                t > i && t <= i + 4 && t < b
            };
            doc.entities().mentions.iter().any(|m| named_soon(m.span)) || doc.places().mentions.iter().any(|m| named_soon(m.span))
        }
        _ => true,
    }
}

/// A clock time opening a paragraph before a dash or colon ("14:05 GMT - Ukraine's air force
/// says ..."): when a live report's entry was posted, not when what it tells happened. (The
/// caller asks this of clock times only: a chronology's "Feb. 24, 2022: troops cross" keeps its
/// date.)
fn is_entry_timestamp(v: &View<'_>, span: Span) -> bool {
    let text = v.doc.text();
    let line_start = text[..span.start()].rfind('\n').map_or(0, |i| i + 1);
    let opens_line = text[line_start..span.start()].trim().is_empty();
    let next = v.token_at_or_after(span.end());
    opens_line && matches!(v.w(next), "-" | "—" | "–" | "--" | ":")
}

/// Whether a place is named within four words of the token at `i`, in the sentence `[a, b)`.
fn place_near(v: &View<'_>, doc: &Doc, i: usize, a: usize, b: usize) -> bool {
    let window = v.span(i.saturating_sub(4).max(a)).start()..v.span((i + 4).min(b - 1)).end();
    doc.places().mentions.iter().any(|m| window.contains(&m.span.start()))
}

/// Whether the token `tok` lies in a phrase giving an earlier figure to compare with ("up from
/// an estimate of 3,000 a week earlier", "down from 40 in January", "compared with 12 last
/// year"): that count and its date are another report's, not this happening's.
fn earlier_figure(v: &View<'_>, tok: usize, a: usize) -> bool {
    let start = tok.saturating_sub(8).max(a);
    // A count follows the opening within a few words ("up from 3,000", "up from an estimate of
    // 3,000"), and the phrase stops at "to" or "now" ("down from 40 in January to 25 now"), so a
    // movement "up from Crimea" has none.
    let count_at = |j: usize| v.doc.quantities().iter().any(|q| q.span.start() == v.span(j).start());
    (start..tok).any(|i| {
        let opens = matches!(v.w(i), "up" | "down") && v.w(i + 1) == "from" || matches!(v.w(i), "compared") && matches!(v.w(i + 1), "with" | "to");
        let counted = (i + 2..(i + 7).min(tok + 1)).any(count_at);
        opens && counted && !(i + 2..tok).any(|j| matches!(v.w(j), "," | ";" | "and" | "but" | "to" | "now"))
    })
}

/// Words of aid or trade around the verb at `i`: "an aid convoy entered Gaza", "the grain ship
/// reached Odesa" move no forces.
fn civilian_near(v: &View<'_>, i: usize, a: usize, b: usize) -> bool {
    (i.saturating_sub(8).max(a)..(i + 4).min(b))
        .any(|j| matches!(v.w(j), "aid" | "humanitarian" | "relief" | "cargo" | "grain" | "merchant" | "commercial" | "civilian" | "refugees" | "tourists"))
}

/// People who fight or riot before the verb at `i` (gunmen, attackers, protesters, soldiers),
/// or after it as the agent of a passive ("were torched by gunmen"), and no fire, fault or
/// lightning as its subject.
fn arsonists_near(v: &View<'_>, i: usize, a: usize, b: usize) -> bool {
    let person = |j: usize| ARMED_OR_CROWD.contains(&v.w(j)) || matches!(v.w(j), "attackers" | "assailants" | "bandits" | "mob" | "rioters" | "raiders" | "they");
    let before = i.saturating_sub(10).max(a)..i;
    let agent = (i + 2..(i + 5).min(b)).any(|j| v.w(i + 1) == "by" && person(j));
    let natural = before.clone().any(|j| matches!(v.w(j), "fire" | "wildfire" | "wildfires" | "blaze" | "lightning" | "fault" | "explosion"));
    (before.clone().any(person) || agent) && !natural
}

/// A second verb of the same subject, itself no trigger, stands between the trigger at `k` and
/// the figure at `tok` ("killed 7 bandits and rescued 15 kidnapped travellers"): the figure is
/// that verb's.
/// (Only after the trigger's own object: "killed and mutilated 12 soldiers" share theirs.)
fn other_predicate(v: &View<'_>, k: usize, tok: usize) -> bool {
    (k + 2..tok).any(|i| {
        v.w(i - 1) == "and"
            && v.xpos(i).is_some_and(|x| matches!(x, "VBD" | "VBZ" | "VBP" | "VBN"))
            && trigger_at(v, i).is_none()
            && (k + 1..i - 1).any(|j| v.xpos(j).is_some_and(|x| x.starts_with("NN") || x == "CD"))
    })
}

/// A relative clause opens between the trigger at `k` and the figure at `tok`, on a noun after
/// the trigger ("killed in bombardments that reduced neighbourhoods to rubble in areas where at
/// least 350,000 people lived"): the figure counts what that clause tells, not the happening.
/// (One on the trigger itself tells the happening: "an attack which left 12 people dead".)
fn relative_between(v: &View<'_>, k: usize, tok: usize) -> bool {
    (k + 2..tok).any(|i| matches!(v.w(i), "where" | "which" | "who" | "whose") || v.w(i) == "that" && v.xpos(i) == Some("WDT"))
}

/// Whether a clause of its own, with a subject of its own, opens between the trigger at `k` and
/// the token `tok` after it (", and the total could reach 10,000 by December", ", but she could
/// not say whether they had entered the Kursk region"): what that clause names is not the
/// trigger's. (", and arrived in Kursk on Monday" shares the subject and goes on.)
fn another_clause(v: &View<'_>, k: usize, tok: usize) -> bool {
    // ("to fight abroad since the Korean War ended in 1953": a subordinate clause with a verb
    // of its own.)
    // ("killed when a missile slammed into a block in Dnipro on Friday": a clause whose verb
    // tells no happening of its own leaves its place and time to the trigger.)
    let subordinate = (k + 1..tok).any(|i| {
        let verb = (i + 2..tok).find(|&j| v.is_finite_verb(j));
        match v.w(i) {
            "since" | "until" => verb.is_some(),
            "before" | "after" | "when" => verb.is_some_and(|j| trigger_at(v, j).is_some()),
            // ("seized a tanker on suspicion that it damaged a cable between Finland and
            // Estonia": a clause of what is suspected or feared, with its own verb.)
            "that" => verb.is_some() && v.xpos(i) == Some("IN") && i > k + 1 && matches!(v.w(i - 1), "suspicion" | "suspicions" | "fears" | "fear" | "concerns" | "belief" | "grounds" | "allegations" | "claims" | "reports" | "evidence"),
            _ => false,
        }
    });
    // (A list's last item is no clause: "struck Kharkiv, Sumy, and Odesa".)
    subordinate || (k + 2..tok).any(|i| {
        v.w(i - 1) == ","
            && matches!(v.w(i), "and" | "but" | "while" | "although" | "though" | "whereas")
            && !v.xpos(i + 1).is_some_and(|x| x.starts_with("VB") || x == "MD" || x == "RB")
            && (i + 2..tok).any(|j| v.is_finite_verb(j))
            // "had been sent to Russia and that another 7,000 were expected to follow by
            // December": a second thing said, with its own subject.
            // (The complementizer, not "and that region".)
            // ("said that two were children and that crews were searching": a second "that"
            // read as a determiner, parallel to a complementizer before the trigger.)
            || matches!(v.w(i), "and" | "but" | "or") && v.w(i + 1) == "that" && v.xpos(i + 1).map_or_else(|| (i + 3..tok).any(|j| v.is_finite_verb(j)), |x| {
                x == "IN" || x == "DT" && (i + 3..tok).any(|j| v.is_finite_verb(j)) && (k.saturating_sub(12)..k).any(|j| v.w(j) == "that" && v.xpos(j) == Some("IN"))
            })
    })
}

/// Time spans that date a claim ("said on Friday"), which events must not take.
fn claim_time_spans(v: &View<'_>, claims: &[Claim], a: usize, b: usize) -> Vec<Span> {
    let sentence = v.span_of(a, b - 1);
    claims
        .iter()
        .filter_map(|c| c.cue_span)
        .filter(|cue| sentence.contains(*cue))
        .flat_map(|cue| std::iter::once(cue_time_window(v, cue, a, b)).chain(crate::claims::opening_date(v, cue, a)))
        .collect()
}

fn frame(
    v: &View<'_>,
    f: &Found,
    all: &[Found],
    n: usize,
    a: usize,
    b: usize,
    excluded_times: &[Span],
) -> Event {
    let doc = v.doc;
    let k = f.token;
    let mut event_type = f.trigger.event_type;
    let mut plover = f.trigger.plover;
    // ("migrants died or went missing in the Mediterranean": deaths with no violence told near
    // them are no assault.)
    if event_type == "casualties" && (matches!(v.lemma(k).as_str(), "die" | "drown") || matches!(v.w(k), "deaths" | "fatalities")) && !(k.saturating_sub(12).max(a)..(k + 13).min(b)).any(|j| VIOLENCE_CONTEXT.contains(&v.w(j))) {
        plover = None;
    }
    // "the 48-hour strike" of workers is a labour protest, not an attack.
    if event_type == "attack" && matches!(v.w(k), "strike" | "strikes") {
        let sentence_words = (a..b).map(|i| v.w(i).to_lowercase()).collect::<Vec<_>>();
        if sentence_words.iter().any(|w| LABOUR_WORDS.contains(&w.as_str())) {
            event_type = "strike";
            plover = Some("PROTEST");
        }
    }
    // "a magnitude 7.1 earthquake that struck a remote part of Tibet", "The quake hit Tingri
    // county", "was hit by a typhoon": what nature strikes is a disaster, done by no one.
    // ("launching a rocket from its Sohae launching station", a day before "placed its first
    // military reconnaissance satellite into orbit": a launch into space, no attack.)
    // (Outer space only: not "in the space of three hours"; and a rocket or nothing launched,
    // not "launched a ballistic missile, days after putting a spy satellite into orbit".)
    // (In lower case: "the Sohae Satellite Launching Station" is a name.)
    let into_space = |j: usize| {
        v.doc.slice(v.span(j.min(v.len().saturating_sub(1)))).starts_with(char::is_lowercase)
            && match v.w(j) {
                "space" => j > 0 && v.w(j - 1) == "into" || matches!(v.w(j + 1), "rocket" | "rockets" | "launch" | "vehicle" | "centre" | "center" | "agency" | "station"),
                w => SPACE_WORDS.contains(&w),
            }
    };
    // (The weapon after the verb, or before a passive: "The missile was launched from ...".)
    let weapon = |j: usize| LAUNCHED_THINGS.contains(&v.w(j)) && !matches!(v.w(j), "rocket" | "rockets");
    let launched_weapon = (k + 1..(k + 7).min(b)).take_while(|&j| !v.is_punct(j)).any(weapon) || (k.saturating_sub(4).max(a)..k).any(weapon);
    if event_type == "launch" && !launched_weapon && (a..b).any(into_space) && !(a..b).any(|j| matches!(v.w(j), "attack" | "attacks" | "strike" | "strikes" | "target" | "targets" | "targeted")) {
        event_type = "satellite_launch";
        plover = None;
    }
    if event_type == "attack" && struck_by_nature(v, k, a, b) {
        event_type = "disaster";
        plover = None;
    }
    // ("A freight train carrying military equipment derailed ... after an explosive device
    // damaged the track": a crash an attack caused is that attack.)
    if event_type == "accident" && caused_by_an_attack(v, a, b) {
        event_type = "attack";
        plover = Some("ASSAULT");
    }
    // (Nor are the dead of an accident or a disaster an assault's: "killed when walls and roofs
    // collapsed" in a report of floods, "killed in a stampede", a blast a gas leak caused.)
    let no_ones_doing = matches!(event_type, "casualties" | "explosion") && (killed_in_an_accident(v, k, a, b) || mishap_told(v, a, b));
    if no_ones_doing {
        plover = None;
    }
    // "fired a ballistic missile into the sea", "fires missile as Seoul and Tokyo track record
    // flight": a missile fired at no target and hitting nothing, its flight watched in its own
    // clause, is a weapons test.
    if FIRING_WORDS.contains(&v.w(k)) && matches!(event_type, "attack" | "launch") {
        let clause_end = (k + 1..b).find(|&i| matches!(v.w(i), ";" | "," | "but" | "while")).unwrap_or(b);
        let missile = (k + 1..(k + 6).min(clause_end)).any(|i| TESTED_WEAPONS.contains(&v.w(i)));
        let into_the_sea = (k + 1..clause_end).any(|i| v.w(i) == "into" && v.w(i + 1) == "the" && matches!(v.w(i + 2), "sea" | "waters" | "ocean"));
        let watched = into_the_sea || (k + 1..clause_end).any(|i| TEST_FLIGHT_WORDS.contains(&v.w(i)));
        if missile && watched && !aimed_or_hitting(v, k, clause_end) {
            event_type = "weapons_test";
            plover = Some("MOBILIZE");
        }
    }
    // "Police dispersed the crowd": crowd control, not troops dispersed at bases.
    if event_type == "station" && v.w(k) == "dispersed" && (k.saturating_sub(3).max(a)..(k + 5).min(b)).any(|i| PROTESTERS.contains(&v.w(i))) {
        event_type = "disperse";
        plover = Some("COERCE");
    }
    // "sent 170 artillery guns and 240 rocket launchers", "has shipped more than 5 million
    // artillery shells to Russia": matériel sent or shipped to another is an arms transfer.
    let sending = matches!(v.w(k), "sent" | "send" | "sends" | "sending");
    let shipping = matches!(v.w(k), "shipped" | "ship" | "ships" | "shipping" | "delivered" | "deliver" | "delivers" | "delivering");
    // (Shipped to a state, not to one's own troops: "shipped ammunition to its troops in
    // Kursk" is logistics.)
    let to_a_state = || {
        let Some(to) = (k + 1..(k + 20).min(b)).find(|&j| v.w(j) == "to") else { return false };
        let at = if v.w(to + 1) == "the" { to + 2 } else { to + 1 };
        let places = doc.places();
        // ("to the Russian port of Makhachkala": a nationality's place is that state's.)
        // (A place of it: not "shipped to the Russian troops in Kursk", its own logistics.)
        let nationality = v.w(to + 1) == "the"
            && v.entity_at(at).is_some_and(|m| doc.entities().entities[m.entity].entity_type == EntityType::Norp)
            && matches!(v.w(at + 1), "port" | "city" | "region" | "capital" | "coast" | "town" | "enclave" | "border" | "territory" | "peninsula");
        nationality || at < b && places.mentions.iter().any(|m| m.span.start() == v.span(at).start() && places.places.get(m.place).is_some_and(|p| p.kind == sitrep_doc::PlaceKind::Country))
    };
    let transferred = event_type == "deploy" && sending || event_type == "transport" && (sending || shipping && to_a_state());
    if transferred && arms_object(v, doc, k, b).is_some() {
        event_type = "arms_transfer";
        plover = Some("AID");
    }
    // ("Iranian drones shipped to Russia", "300 drones were shipped ... to the Russian port of
    // Makhachkala": weapons before a passive or a participle, shipped to a state.)
    // (The noun phrase right before, to a comma, a verb of its own or a subordinator; not
    // "After Russia fired missiles at Kyiv, aid was shipped", nor "Fragments of the missiles
    // were shipped to Britain for analysis".)
    let subject_from = (k.saturating_sub(6).max(a)..k)
        .rev()
        .find(|&j| v.is_punct(j) || matches!(v.w(j), "after" | "when" | "as" | "while" | "that" | "which") || v.is_finite_verb(j) && !AUXILIARIES.contains(&v.w(j)))
        .map_or(k.saturating_sub(6).max(a), |j| j + 1);
    let subject_words = subject_from..k;
    let weapons_before = subject_words.clone().any(|j| ARMS_WORDS.contains(&v.w(j)))
        && !subject_words.clone().any(|j| PERSONNEL_UNITS.contains(&v.w(j)) || matches!(v.w(j), "fragments" | "evidence" | "debris" | "remains" | "parts" | "samples" | "information" | "data"));
    let after_its_noun = is_passive(v, k) || k > a && v.xpos(k - 1).is_some_and(|x| x.starts_with("NN"));
    if event_type == "transport" && (sending || shipping) && after_its_noun && weapons_before && to_a_state() {
        event_type = "arms_transfer";
        plover = Some("AID");
    }
    // "intercepted a tanker", "detained the tanker Orla": a vessel stopped at sea is seized.
    // (The verb's object, past its determiners and adjectives, or a passive's subject: not "Its
    // crew was detained and the ship was escorted".)
    let modifier = |j: usize| {
        !VESSEL_NOUNS.contains(&v.w(j))
            && (matches!(v.w(j), "a" | "an" | "the" | "its" | "their" | "another") || v.xpos(j).is_some_and(|x| x.starts_with("JJ") || x == "CD"))
    };
    let object = (k + 1..(k + 5).min(b)).find(|&j| !modifier(j));
    // (A passive's subject is the head before "of": "The crew of the vessel was detained".)
    let passive_subject = if is_passive(v, k) {
        (a..k).find(|&j| v.xpos(j).is_some_and(|x| x.starts_with("NN")))
    } else {
        None
    };
    // (The compound's head, its last common noun, with a vessel's name after it: "a cargo
    // vessel", "the tanker Orla"; not "the ship's captain", "two boat owners".)
    let vessel_object = object.or(passive_subject).is_some_and(|j| {
        let mut end = j + 1;
        while end < b && end < j + 4 && v.xpos(end).is_some_and(|x| x.starts_with("NN")) {
            end += 1;
        }
        let owned = matches!(v.w(end), "'s" | "’s");
        let named = |i: usize| v.doc.slice(v.span(i)).starts_with(char::is_uppercase);
        let head = (j..end).rev().find(|&i| (v.xpos(i).is_some_and(|x| x == "NN" || x == "NNS") || VESSEL_NOUNS.contains(&v.w(i))) && !named(i));
        !owned && head.is_some_and(|h| VESSEL_NOUNS.contains(&v.w(h)) && !WARSHIP_NOUNS.contains(&v.w(h)))
    });
    if matches!(event_type, "intercept" | "arrest") && vessel_object {
        event_type = "seize";
        plover = Some("COERCE");
    }
    // "before seizing the workers", "seized 23 passengers": people seized are abducted, not a
    // place or a thing taken.
    // (Or the passive's subject, "23 workers were seized"; not an owner, "the workers' wages",
    // "the Children's Hospital".)
    let people_object = passive_subject.or(object).is_some_and(|j| {
        let mut end = j;
        while end + 1 < b && end < j + 3 && v.xpos(end + 1).is_some_and(|x| x.starts_with("NN")) {
            end += 1;
        }
        let owner = matches!(v.w(end + 1), "'s" | "’s" | "'" | "’");
        ABDUCTED_PEOPLE.contains(&v.w(end)) && v.xpos(end).is_some_and(|x| x.starts_with("NN")) && !owner
    });
    // ("The man was seized by gunmen": one person taken by armed men; not "Border guards
    // captured a man trying to cross".)
    let taken_by_gunmen = passive_subject.is_some_and(|j| matches!(v.w(j), "man" | "woman" | "men" | "women"))
        && v.w(k + 1) == "by"
        && (k + 2..(k + 5).min(b)).any(|j| matches!(v.w(j), "gunmen" | "militants" | "kidnappers" | "attackers" | "jihadists" | "rebels" | "insurgents" | "bandits"));
    if event_type == "seize" && matches!(v.w(k), "seized" | "seizing" | "seize" | "seizes" | "captured" | "capturing") && (people_object || taken_by_gunmen) {
        event_type = "abduct";
        plover = Some("ASSAULT");
    }
    // "More than 12,000 people have crossed into Chad, fleeing fresh fighting": people in
    // flight across a border are displaced, not a force crossing.
    if event_type == "cross" && matches!(v.w(k), "crossed" | "crosses" | "cross") && flight_across(v, k, a, b) {
        event_type = "displacement";
        plover = None;
    }
    // "Police fired tear gas to disperse the crowd": crowd control, not an attack.
    let crowd_control = (k + 1..(k + 4).min(b)).any(|j| matches!(v.w(j), "tear" | "teargas" | "water" | "rubber" | "warning" | "stun" | "pepper") && matches!(v.w(j + 1), "gas" | "cannon" | "cannons" | "bullets" | "shots" | "grenades" | "spray" | "pellets"));
    // (Not with live fire or deaths: "fired rubber bullets and live ammunition ..., killing two".)
    let lethal = (k + 1..(k + 14).min(b)).any(|j| matches!(v.w(j), "live" | "ammunition" | "killing" | "killed" | "wounding" | "wounded" | "dead"));
    if event_type == "attack" && matches!(v.w(k), "fired" | "fire" | "fires" | "firing" | "used" | "using") && crowd_control && !lethal {
        event_type = "disperse";
        plover = Some("COERCE");
    }
    // "A cargo ship struck a sea mine": a vessel or vehicle hitting a mine is a blast, not an
    // attack by it.
    let mine_hit = matches!(v.w(k), "struck" | "hit" | "hits" | "strikes" | "striking" | "hitting")
        && (k + 1..(k + 4).min(b)).any(|j| {
            // (Not a pit: "a missile struck a coal mine".)
            let pit = j > 0 && matches!(v.w(j - 1), "coal" | "gold" | "salt" | "uranium" | "copper" | "iron" | "lithium" | "diamond" | "open-pit" | "mining");
            matches!(v.w(j), "mine" | "mines" | "landmine" | "landmines") && !pit && !matches!(v.w(j + 1), "'s" | "’s" | "in" | "at" | "shaft")
        });
    if event_type == "attack" && mine_hit {
        event_type = "explosion";
    }
    // "blames Russian military hackers for attack on water utility", "code used in attacks on
    // power grids": an attack by hackers or code is a cyberattack.
    if event_type == "attack" && matches!(v.w(k), "attack" | "attacks") {
        // (In its sentence; not "hacked to death in a machete attack", "charged under the
        // Criminal Code over the attack".)
        let by_computer = (a..b).any(|i| matches!(v.w(i), "hackers" | "hacker" | "cyber" | "malware" | "ransomware" | "cyberattack" | "cyberattacks"));
        if by_computer {
            event_type = "cyberattack";
            plover = None;
        }
    }
    // "shot down 45 drones", "downed a fighter jet", "air defences destroyed 41 drones
    // overnight": what flies, stopped in the air, is air defence, not the attack it meets.
    if event_type == "attack" && stops_what_flies(v, k) {
        event_type = "intercept";
        plover = None;
    }
    if event_type == "supply" {
        // "supplied 170 mm self-propelled guns": the counted weapon may come some words on,
        // in the same clause ("supplied grain to Africa while X sent weapons" is no arms).
        let end = (k + 1..(k + 9).min(b)).find(|&i| matches!(v.w(i), "," | ";" | "and" | "but" | "while" | "whereas")).unwrap_or((k + 9).min(b));
        let window = k.saturating_sub(3).max(a)..end;
        if window.clone().any(|i| ARMS_WORDS.contains(&v.w(i)) || weapon_system(v, i)) {
            event_type = "arms_transfer";
            plover = Some("AID");
        }
    }
    let claims = doc.claims();
    // The trigger that owns a position: the nearest trigger before it in the same clause, else
    // the first after it.
    let owner = |tok: usize, verbs_only: bool| -> Option<usize> {
        let region = region_of(claims, v.span(tok));
        let same = |t: &&Found| t.region == region;
        let before = all
            .iter()
            .enumerate()
            .filter(|(_, t)| t.token <= tok && (!verbs_only || t.trigger.verb) && same(t))
            .last();
        let after = all.iter().enumerate().find(|(_, t)| t.token > tok && same(t));
        // "About 1,200 troops were moved to Kessa, and 300 were moved to Varn": a word opening
        // a coordinated clause (after ", and" with no verb yet) belongs to that clause's trigger.
        let opens_next_clause = before.zip(after).is_some_and(|((_, p), (_, q))| {
            (p.token + 2..=tok).any(|i| v.w(i - 1) == "," && matches!(v.w(i), "and" | "but") && (i + 1..=tok).all(|j| !v.is_finite_verb(j) && !v.is_punct(j)))
                && (tok + 1..q.token).all(|j| !v.is_punct(j))
        });
        // ("downed 41 of 58 drones; two killed in Odesa": a semicolon ends the clause before.)
        let semicolon = |from: usize, to: usize| (from..to).any(|i| v.w(i) == ";");
        let cut_off = before.is_some_and(|(_, p)| semicolon(p.token + 1, tok)) && after.is_some_and(|(_, q)| !semicolon(tok + 1, q.token));
        if opens_next_clause || cut_off {
            return after.map(|(i, _)| i);
        }
        before.or(after).map(|(i, _)| i)
    };

    // ("Pokrovsk had fallen": the town that fell is where it was taken, not who took it.)
    // ("The United States on Monday imposed sanctions on five companies": a measure named by a
    // noun after the verb that takes it has that verb's subject.)
    let measure_taken = k > a + 1 && v.xpos(k).is_some_and(|x| x.starts_with("NN")) && (MEASURE_VERBS.contains(&v.w(k - 1)) || matches!(v.w(k - 1), "announced" | "announces" | "introduced" | "unveiled"));
    let subject = if is_fall(v.w(k)) {
        Vec::new()
    } else if measure_taken {
        subject_mentions(v, k - 1, a)
    } else {
        subject_mentions(v, k, a)
    };
    // Places.
    let mut places = Vec::new();
    // "SEOUL — When Kim sent soldiers to Russia ...": the dateline's place is where the report
    // was filed, not where anything happened, when the sentence names another place
    // ("KHARKIV, Ukraine (AP) — A glide bomb hit an apartment block" keeps it).
    let dateline_end = skip_dateline(v, a, b);
    let dateline_end = if dateline_end > a + 1 && !v.is_word(dateline_end - 1) { dateline_end } else { a };
    let other_place = doc.places().mentions.iter().any(|m| (dateline_end..b).contains(&v.token_at_or_after(m.span.start())));
    for m in &doc.places().mentions {
        let tok = v.token_at_or_after(m.span.start());
        if tok < a || tok >= b || owner(tok, false) != Some(n) || tok < dateline_end && other_place {
            continue;
        }
        // "Pyongyang’s troop movements": an owner, not where it happened ("Russia’s Far East"
        // stays: what follows the possessive is a place too); "since the Vietnam era": a time.
        let after = v.token_at_or_after(m.span.end());
        if v.w(after) == "era" {
            continue;
        }
        // ("was heading to the port of Chornomorsk to load grain when the blast damaged its
        // hull": a place of the clause before "when" is where that clause went, not where the
        // trigger after it happened.)
        if tok < k && (after..k).any(|i| v.w(i) == "when") && (tok.saturating_sub(4).max(a)..tok).any(|i| matches!(v.w(i), "to" | "toward" | "towards" | "for")) {
            continue;
        }
        // "an attempt by the Kiev regime to carry out attacks", "struck by Russia", "could be
        // used by Moscow": a capital or country standing for its government acts; it is not
        // where anything happened (a river or sea after "by" is: "a camp by the Dnipro").
        let governing = matches!(v.w(after), "regime" | "government" | "authorities" | "leadership");
        let by_country = tok > a
            && (v.w(tok - 1) == "by" || tok > a + 1 && v.w(tok - 1) == "the" && v.w(tok - 2) == "by")
            && doc.places().places[m.place].kind != sitrep_doc::PlaceKind::Water;
        if governing || by_country {
            continue;
        }
        if matches!(v.w(after), "’s" | "'s") && !doc.places().mentions.iter().any(|p| p.span.start() == v.span(after + 1).start()) {
            continue;
        }
        // (Whether token `j` lies in a place's name.)
        let place_at = |j: usize| doc.places().mentions.iter().any(|p| p.span.contains(v.span(j)));
        // "deployed to Kursk rather than to occupied areas of Ukraine, where their presence
        // would be harder for Moscow to deny": neither the alternative set aside nor a place of
        // a relative clause after the trigger is where it happens.
        // ("moved to areas close to the border with Ukraine": nor is a neighbour named by its
        // border.)
        if tok > k {
            // (", in what they described as support for Moscow", ", in which ...": a relative
            // clause too.)
            let relative = (k + 1..tok).any(|i| {
                matches!(v.w(i), "where" | "which" | "who" | "whose") && v.w(i - 1) == ","
                    || matches!(v.w(i), "what" | "which") && i >= 2 && v.w(i - 2) == "," && v.xpos(i - 1) == Some("IN")
            });
            let set_aside = (k + 1..tok).any(|i| v.w(i) == "rather" && v.w(i + 1) == "than" || v.w(i) == "instead" && v.w(i + 1) == "of");
            // (", the first time the U.S. military has given a figure": a comment on the report,
            // not on where it happened.)
            let comment = (k + 1..tok).any(|i| v.w(i) == "," && v.w(i + 1) == "the" && v.w(i + 2) == "first" && v.w(i + 3) == "time" && !(i + 4..tok).any(|j| v.w(j) == ","));
            let border = tok >= 2 && matches!(v.w(tok - 1), "with" | "of") && matches!(v.w(tok - 2), "border" | "borders" | "frontier");
            // "sent troops to help Moscow", "were wounded and were taken to Kyiv": the place
            // belongs to another verb after the trigger.
            // ("killed and wounded dozens in Kherson", "struck and damaged a depot in Bryansk"
            // share their place: only a verb with an auxiliary of its own starts another
            // predicate.)
            let other_verb = (k + 1..tok).any(|i| {
                v.w(i) == "to" && v.xpos(i + 1) == Some("VB")
                    || matches!(v.w(i), "and" | "but")
                        && (AUXILIARIES.contains(&v.w(i + 1)) || is_be(v.w(i + 1)))
                        && v.xpos(i + 2).is_some_and(|x| x.starts_with("VB"))
            });
            // ("fires missile as Seoul and Tokyo track record flight": the subject of a clause of
            // its own after "as", "while" or "when", its verb after it; a verb may be read as a
            // noun in a headline.)
            let headline = !v.doc.text()[..v.span(a).start()].contains('\n');
            let subject_of_clause = (k + 1..tok).any(|i| {
                matches!(v.w(i), "as" | "while" | "when" | "whereas")
                    && !AS_COMPARISONS.contains(&v.w(i - 1))
                    && v.w(i - 1) != "as"
                    && (i + 1..tok).all(|j| matches!(v.w(j), "and" | "the") || place_at(j))
            }) && {
                // (Past the rest of a list of places: "as Seoul and Tokyo track ...".)
                let mut next = after;
                while next < b && (v.w(next) == "and" || place_at(next)) {
                    next += 1;
                }
                next < b && (v.is_finite_verb(next) || v.xpos(next).is_some_and(|x| x == "MD") || headline && v.is_word(next) && !v.xpos(next).is_some_and(|x| matches!(x, "IN" | "CC" | "TO")))
            };
            if relative || set_aside || comment || border || other_verb || subject_of_clause || another_clause(v, k, tok) {
                continue;
            }
        }
        // "Seoul accused Pyongyang of sending troops", "blamed Russia for the strike": the one
        // accused, not where anything happened.
        // ("accused France and the United States of failing ...": each of those listed.)
        let listed = |j: usize| matches!(v.w(j), "and" | "," | "the") || place_at(j);
        let mut first = tok;
        while first > a && listed(first - 1) {
            first -= 1;
        }
        let mut end = after;
        while end < b && listed(end) {
            end += 1;
        }
        let accused = first > a && (matches!(v.w(first - 1), "accused" | "accusing" | "accuses") && v.w(end) == "of" || matches!(v.w(first - 1), "blamed" | "blaming" | "blames") && v.w(end) == "for");
        // "imposed sanctions on Pyongyang", "an embargo against Iran": the state a measure
        // targets, not where anything happened.
        // (Not "imposed a curfew on Kherson", where the measure holds.)
        let targeted = tok >= 2 && matches!(v.w(tok - 1), "on" | "against") && matches!(v.w(tok - 2), "sanctions" | "sanction" | "embargo" | "tariffs" | "penalties");
        // "What Pyongyang gains from sending troops": the subject of another predicate, which
        // the tagger may read as a noun in a headline (not of one that tells where it happened:
        // "Bakhmut saw fierce fighting").
        // (The name's head word is the one whose head lies outside it: "Korea" of "South Korea".)
        let last = v.token_at_or_after(m.span.end()).saturating_sub(1).max(tok);
        let name_head = (tok..=last).find(|&i| v.head(i).is_none_or(|h| h < tok || h > last)).unwrap_or(tok);
        let subject_elsewhere = v.deprel(name_head) == Some("nsubj")
            && v.head(name_head).is_some_and(|h| {
                h != k && !matches!(v.w(h), "saw" | "seen" | "sees" | "see" | "witnessed" | "experienced" | "endured" | "suffered" | "faced" | "remained" | "remains")
            });
        // ("may have received drone technology from Moscow in exchange for troops and
        // munitions sent to Russia": a place before the trigger that another verb before it
        // governs is that verb's.)
        // (Up the parse to the first verb: "technology from Moscow" hangs from "received".)
        let governing_verb = {
            let mut h = v.head(name_head);
            let mut steps = 0;
            while let Some(x) = h.filter(|&x| x != k && !v.xpos(x).is_some_and(|t| t.starts_with("VB")) && steps < 4) {
                h = v.head(x);
                steps += 1;
            }
            h
        };
        // (Not a verb joined to the trigger, which shares its places: "loaded at the port of
        // Varn and shipped to Norland".)
        let joined_to_trigger = |h: usize| v.head(k) == Some(h) && v.deprel(k) == Some("conj") || v.head(h) == Some(k) && v.deprel(h) == Some("conj");
        let governed_elsewhere = tok < k
            && matches!(v.deprel(name_head), Some("obl" | "nmod"))
            && governing_verb.is_some_and(|h| h != k && h < tok && v.xpos(h).is_some_and(|x| x.starts_with("VB")) && trigger_at(v, h).is_none() && !joined_to_trigger(h));
        // ("fight against Ukraine": the side fought, not where.)
        let opponent = tok > a && v.w(tok - 1) == "against" && event_type == "fight";
        if accused || targeted || subject_elsewhere || opponent || governed_elsewhere {
            continue;
        }
        // A preposition before the trigger does not govern a place after it.
        let floor = if tok > k { k + 1 } else { a };
        let mut role = place_role(v, tok, floor);
        // "Russia had moved ...": the place is the subject of the trigger (an actor), not where
        // it happened.
        let after_place = v.token_at_or_after(m.span.end());
        let governed = tok > a && matches!(v.w(tok - 1), "in" | "at" | "near" | "from" | "to" | "into" | "outside" | "inside");
        // "Moscow had no information about soldiers fighting in Kursk": a place before another
        // verb belongs to that verb's clause.
        // (The trigger's own auxiliaries do not count: "Two civilians in Kharkiv were killed".)
        let mut verb_end = k;
        while verb_end > after_place && (AUXILIARIES.contains(&v.w(verb_end - 1)) || matches!(v.w(verb_end - 1), "been" | "being" | "be")) {
            verb_end -= 1;
        }
        if tok < k && (after_place..verb_end).any(|i| v.is_finite_verb(i)) {
            continue;
        }
        // ("Kyiv and Moscow trade blame as thousands evacuated": a place with no preposition, a
        // subject, before the subordinator that opens the trigger's clause is the main clause's,
        // whatever the tagger made of its verb; not "killed in Kharkiv as missiles struck".)
        // (Back over the place's article and modifiers to a preposition: "in the Kharkiv
        // region" is governed.)
        let mut before_place = tok;
        while before_place > a && v.xpos(before_place - 1).is_some_and(|x| matches!(x, "DT" | "JJ" | "NNP" | "POS")) {
            before_place -= 1;
        }
        let subject_place = before_place == a || !v.xpos(before_place - 1).is_some_and(|x| x == "IN" || x == "TO");
        if tok < k && subject_place && (after_place..k).any(|i| matches!(v.w(i), "as" | "while" | "whereas") && i > after_place && !AS_COMPARISONS.contains(&v.w(i - 1))) {
            continue;
        }
        // ("Kyiv and Moscow trade blame after strike on Kherson hospital": the capitals that
        // blame are speakers, whatever the tagger made of "trade".)
        if tok < k && subject_place && (after_place..k).any(|i| matches!(v.w(i), "blame" | "blames" | "accusations" | "accuse" | "accuses" | "recriminations")) {
            continue;
        }
        // ("A Varn explosion": a place before a noun says where.)
        let verb = v.xpos(k).is_none_or(|x| x.starts_with("VB"));
        // (But the town that "fell" is where it was taken.)
        let fell = is_fall(v.w(k));
        if tok < k && role == PlaceRole::Location && !governed && verb && !fell && (after_place..k).all(|i| CUE_ADVERBS.contains(&v.w(i))) {
            continue;
        }
        // "Russia and North Korea signed ...": the subject acts (see [`subject_mentions`]).
        if subject.iter().any(|s| s.span.contains(m.span)) {
            continue;
        }
        // ("servicemen of the armed forces of the DPRK", "3,000 DPRK servicemen": whose the
        // forces are, not where anything happened.)
        let forces_of = tok >= 2 && v.w(tok - 1) == "of" && matches!(v.w(tok - 2), "forces" | "army" | "military" | "troops" | "servicemen" | "soldiers")
            || tok >= 3 && v.w(tok - 1) == "the" && v.w(tok - 2) == "of" && matches!(v.w(tok - 3), "forces" | "army" | "military" | "troops" | "servicemen" | "soldiers");
        // ("U.S. naval forces seized ...": one modifier between.)
        let forces_named = PERSONNEL_UNITS.contains(&v.w(after_place)) || v.xpos(after_place).is_some_and(|x| x == "JJ") && PERSONNEL_UNITS.contains(&v.w(after_place + 1));
        if forces_of || forces_named {
            continue;
        }
        // ("the mining town of Nyabibwe, some 100 km from Bukavu": a distance placing what
        // precedes; the place it is measured from is no place of the event.)
        // (Only after a place the distance places, set off by a comma, perhaps with a compass
        // word: "some 100 km north of Bukavu"; not "advanced to within 5 km of Pokrovsk".)
        let measured_from = tok >= 2
            && matches!(v.w(tok - 1), "from" | "of")
            && v.doc.quantities().iter().any(|q| {
                let q0 = v.token_at_or_after(q.span.start());
                let gap = q.unit_span.map(|u| v.token_at_or_after(u.end())).is_some_and(|after| {
                    after + 1 == tok || after + 2 == tok && matches!(v.w(after), "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest")
                });
                let placed = q0 >= 2 && (v.w(q0 - 1) == "," || matches!(v.w(q0 - 1), "some" | "about" | "around") && v.w(q0 - 2) == ",");
                q.unit.as_deref().is_some_and(|u| matches!(u, "km" | "mi" | "m" | "nmi" | "ft")) && gap && placed
            });
        if measured_from {
            continue;
        }
        // ("its treaty with North Korea", "talks with Ukraine": the other party, not where.)
        if matches!(event_type, "agree" | "meet") && tok > a && v.w(tok - 1) == "with" && doc.places().places[m.place].kind == sitrep_doc::PlaceKind::Country {
            continue;
        }
        // ("according to U.S., South Korean and Ukrainian assessments": who says so is no place
        // of what was said.)
        let according = |c: &Claim| c.cue_span.is_some_and(|k| doc.slice(k).eq_ignore_ascii_case("according to"));
        if claims.iter().any(|c| according(c) && c.source_span.is_some_and(|s| s.contains(m.span))) {
            continue;
        }
        if event_type == "depart" && role == PlaceRole::Location && tok > k {
            role = PlaceRole::Origin;
        }
        // "fighting in Kursk", "troops deployed to Kursk" in a report that names "the Kursk
        // region": forces fight and are sent in the region the city gives its name to (not a
        // strike or a toll, which hit the city).
        let place = region_named_for(doc, m.place, event_type).unwrap_or(m.place);
        if !places.contains(&(place, role)) {
            places.push((place, role));
        }
    }
    // "Russia fired two missiles at the city shortly after 4 p.m.", "more than 500,000 people
    // have fled the city": a happening at, from or into "the city" (or "the town") with no place
    // named is at the last city the report named before its sentence.
    if places.is_empty() && matches!(event_type, "attack" | "explosion" | "displacement" | "fight" | "casualties" | "depart") {
        let the_town = |i: usize| v.w(i) == "the" && matches!(v.w(i + 1), "city" | "town") && !matches!(v.w(i + 2), "of" | "'s" | "’s");
        let fled = event_type == "displacement" && the_town(k + 1);
        let at_the_town = (k + 1..b.min(k + 12))
            .find(|&i| matches!(v.w(i), "at" | "on" | "in" | "around" | "near" | "from" | "into" | "toward" | "towards") && the_town(i + 1));
        let role = match at_the_town.map(|i| v.w(i)) {
            _ if fled => PlaceRole::Origin,
            Some("from") => PlaceRole::Origin,
            Some("into" | "toward" | "towards") => PlaceRole::Destination,
            _ => PlaceRole::Location,
        };
        if fled || at_the_town.is_some_and(|i| owner(i, false) == Some(n)) {
            // (The last city named before the sentence; for people who fled, before the trigger
            // in its sentence too: "entered Kupiansk on Monday, and thousands fled the town". Not
            // "Drones struck depots in Kessa, the third day of attacks on the city", a series.)
            let before = if fled { v.span(k).start() } else { v.span(a).start() };
            let last_city = doc.places().mentions.iter().filter(|m| m.span.end() <= before).filter(|m| doc.places().places.get(m.place).is_some_and(|p| p.kind == sitrep_doc::PlaceKind::City)).next_back();
            if let Some(m) = last_city {
                places.push((m.place, role));
            }
        }
    }
    // Quantities.
    let quantities: Vec<usize> = doc
        .quantities()
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            let tok = v.token_at_or_after(q.span.start());
            // ("were killed and more than 3,000 families fled": a count right before a trigger,
            // past its auxiliaries, is that trigger's subject.)
            // (A unit elided, "and 300 were moved", points back to an earlier noun: not past it.)
            // (Nor a part counted by its whole's noun, "41 of 58 drones launched": the whole
            // is the subject.)
            let unit_after = q.unit_span.filter(|u| u.start() >= q.span.end() && !(v.token_at_or_after(q.span.end())..v.token_at_or_after(u.start())).any(|i| v.w(i) == "of"));
            let mut next = v.token_at_or_after(unit_after.map_or(q.span.end(), |u| u.end()));
            while next < b && AUXILIARIES.contains(&v.w(next)) {
                next += 1;
            }
            let subject_of = all.iter().position(|t| t.token == next);
            if let Some(m) = subject_of.filter(|_| tok >= a && tok < b) {
                return m == n;
            }
            tok >= a && tok < b && owner(tok, false) == Some(n) && !(tok > k && (another_clause(v, k, tok) || relative_between(v, k, tok) || other_predicate(v, k, tok))) && !earlier_figure(v, tok, a)
        })
        // "two sources told ...": informants are no part of what they tell.
        .filter(|(_, q)| q.unit.as_deref() != Some("sources"))
        // "The city, about 30 kilometers from the border, has been hit": a distance placing
        // something, no figure of the happening.
        .filter(|(_, q)| {
            let distance = matches!(q.unit.as_deref(), Some("km" | "mi" | "m" | "ft" | "nmi"));
            let after = q.unit_span.map_or(q.span.end(), |u| u.end());
            // (Past a conversion in brackets: "about 25 km (15 miles) west of Goma"; and out of
            // it, for the conversion itself.)
            let mut next = v.token_at_or_after(after);
            if v.w(next) == "(" {
                while next < b && v.w(next) != ")" {
                    next += 1;
                }
            }
            if v.w(next) == ")" {
                next += 1;
            }
            let placing = matches!(
                v.w(next),
                "from" | "away" | "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest" | "inside" | "behind" | "beyond"
            );
            !(distance && placing)
        })
        .map(|(i, _)| i)
        .collect();
    // Time.
    let times = &doc.times();
    let mut values: Vec<(usize, &str)> = Vec::new();
    for (ti, t) in times.exprs.iter().enumerate() {
        let tok = v.token_at_or_after(t.span.start());
        let dated = matches!(t.timex_type, TimexType::Date | TimexType::Time)
            && t.value.chars().next().is_some_and(|c| c.is_ascii_digit() || c == 'X')
            && !(t.timex_type == TimexType::Time && is_entry_timestamp(v, t.span));
        // The date of the claim whose cue the trigger is ("agreed on Friday to ...") dates the
        // event too.
        let own_claim_date = f.region.is_some_and(|c| claims[c].cue_span.is_some_and(|cue| cue.contains(v.span(k))));
        if tok < a || tok >= b || !dated || (!own_claim_date && excluded_times.iter().any(|s| s.contains(t.span))) {
            continue;
        }
        let verb_owner = owner(tok, true).filter(|&o| all[o].token <= tok);
        let o = verb_owner.or_else(|| owner(tok, false));
        // "arrived in Kursk, where Ukrainian forces have held territory since August": a time
        // inside a relative clause after the trigger dates that clause, not the trigger.
        // (So does one after "that" and a verb of its own: "attacks on the city that has
        // served as the seat of the government since 2023".)
        // ("The death toll from a missile strike on Kharkiv rose to 11 on Saturday": a time
        // after the verb of a tally whose subject names the happening dates the tally.)
        let tallied = k < tok
            && v.xpos(k).is_some_and(|x| x.starts_with("NN"))
            && (k.saturating_sub(7).max(a)..k).any(|i| {
                // (Not a quantifier: "A number of drone strikes hit Kharkiv on Saturday".)
                TALLY_NOUNS.contains(&v.w(i)) && i + 1 < k && matches!(v.w(i + 1), "from" | "of" | "in") && !(i > a && v.w(i - 1) == "a")
            })
            && (k + 1..tok).any(|i| v.is_finite_verb(i) && matches!(v.w(i), "rose" | "rises" | "risen" | "climbed" | "climbs" | "reached" | "reaches" | "stood" | "stands" | "increased" | "increases" | "jumped" | "grew" | "hit"));
        let relative = k < tok
            && ((k + 1..tok).any(|i| matches!(v.w(i), "where" | "which" | "who") && v.w(i - 1) == ",") || another_clause(v, k, tok) || relative_between(v, k, tok) || tallied);
        // (", the highest monthly toll since October": the time a record is counted from is no
        // time of the happening.)
        // (Not a "when" clause after it that names the date: "the first clash since the autumn
        // of 2023, when Norlandic forces captured Kessa".)
        let record_since = tok >= 2
            && k < tok
            && v.w(tok - 1) == "since"
            && (tok.saturating_sub(6).max(a)..tok - 1).any(|i| v.xpos(i) == Some("JJS") || matches!(v.w(i), "highest" | "largest" | "worst" | "deadliest" | "biggest" | "heaviest" | "first" | "most"));
        if o == Some(n) && !relative && !record_since && !earlier_figure(v, tok, a) {
            values.push((ti, t.value.as_str()));
        }
    }
    // "June 19: Putin visits Pyongyang and signs a treaty": a timeline entry's date dates
    // every happening of the entry that has no date of its own.
    if values.is_empty() {
        values = entry_dates(v, a);
    }
    // "Satellite images taken on Sunday show at least 11 bombers parked at the base": what the
    // images show standing is there on the day they were taken.
    if values.is_empty() && matches!(event_type, "station" | "presence") {
        values = imagery_dates(v, a, k);
    }
    let mut time = time_span(times, &values);
    // "Since Feb. 24, 2022, Russia has lost 800,000 troops", "since the beginning of their
    // deployment in early November": a toll counted from a date runs to the report.
    // (Only a since-phrase after the trigger, or one set off before it by a comma: "the Oct. 7
    // attack" in "killed since the Oct. 7 attack" is one day.)
    let counted_since = !values.is_empty()
        && values.iter().all(|&(ti, _)| {
            let tok = v.token_at_or_after(times.exprs[ti].span.start());
            // (Not a "when" clause naming what happened then: "since the autumn of 2023, when
            // Azerbaijan retook Karabakh"; nor a "since" of another verb after the trigger: "a
            // city that has served as the seat of the government since 2023".)
            // (The trigger inside the "when" clause, no comma after "when" before it: not "Since
            // January, when the front began to crumble, Russian forces have taken 40 villages".)
            let when_clause = tok < k && (tok..k).any(|t| matches!(v.w(t), "when" | "after") && !(t..k).any(|u| v.w(u) == ","));
            let other_verb = |i: usize| {
                i > k && (k + 1..i).any(|t| matches!(v.w(t), "which" | "who") || v.w(t) == "that" && v.xpos(t) == Some("WDT") || v.is_finite_verb(t))
            };
            (tok.saturating_sub(8).max(a)..tok)
                .rev()
                .take_while(|&i| !matches!(v.w(i), "," | ";") || i + 1 == tok)
                // (Nor "since the Korean War ended in 1953": a clause of its own after "since".)
                .any(|i| v.w(i) == "since" && !when_clause && !other_verb(i) && !(i + 1..tok).any(|t| v.is_finite_verb(t)) && (i > k || tok < k && (tok..k).any(|t| v.w(t) == ",")))
        });
    if let (true, Some((start, _)), Some(published)) = (counted_since, &time, doc.published()) {
        time = Some((start.clone(), published.format("%Y-%m-%d").to_string()));
    }
    // Actors, from the trigger's own clause.
    // The clause of a trigger that is a claim's cue takes in the claim's source: its subject.
    // (A semicolon ends a clause: "Moscow has not confirmed the deployment; Kremlin spokesman
    // Peskov called ...".)
    // (Nor the dateline: "GOMA, Democratic Republic of Congo, March 5 (Helsinki Tribune) - A
    // ceasefire ..." names no party of the ceasefire.)
    let semi_from = (a..k).rev().find(|&i| v.w(i) == ";").map_or(crate::claims::skip_dateline(v, a, b).min(k), |i| i + 1);
    let semi_to = (k..b).find(|&i| v.w(i) == ";").unwrap_or(b);
    let clause = f.region.map_or(v.span_of(semi_from, semi_to - 1), |c| {
        let claim = &claims[c];
        match (claim.cue_span, claim.source_span) {
            (Some(cue), Some(source)) if cue.contains(v.span(k)) => source.cover(claim.content),
            _ => claim.content,
        }
    });
    let mut actors = actors(v, k, clause, event_type, &subject);
    // (The dead and the hurt are where they were: "killed at least 47 people and forced about
    // 200,000 from their homes in Sindh province" places the toll in Sindh, no origin.)
    // (Not where a strike came from: "A missile fired from Belgorod killed seven in Kharkiv".)
    if event_type == "casualties" {
        for (_, role) in places.iter_mut().filter(|(_, r)| *r == PlaceRole::Destination) {
            *role = PlaceRole::Location;
        }
    }
    // ("Kim Jong Un had watched the launch", "condemned the launch as a violation of resolutions
    // that ban North Korea ...": a test or launch named again as a noun takes no actor from its
    // sentence, which tells of it, not in it.)
    if matches!(event_type, "weapons_test" | "satellite_launch") && v.xpos(k).is_some_and(|t| t.starts_with("NN")) && k > 0 && matches!(v.w(k - 1), "the" | "this" | "that") {
        actors.clear();
    }
    // ("Indian and Chinese troops clashed": both sides of a clash joined by "and" before their
    // forces fight.)
    if event_type == "fight" {
        let layer = doc.entities();
        let agents: Vec<usize> = actors.iter().filter(|(_, r)| *r == ActorRole::Agent).map(|(id, _)| *id).collect();
        for &agent in &agents {
            let Some(m) = layer.mentions.iter().find(|m| m.entity == agent && clause.contains(m.span) && m.span.end() <= v.span(k).start()) else { continue };
            let t = v.token_at_or_after(m.span.start());
            if t >= 2 && v.w(t - 1) == "and" {
                if let Some(other) = v.entity_at(t - 2).filter(|o| layer.entities[o.entity].entity_type == EntityType::Norp && o.entity != agent) {
                    if !actors.iter().any(|(id, _)| *id == other.entity) {
                        actors.push((other.entity, ActorRole::Agent));
                    }
                }
            }
        }
    }
    // ("Slovak prime minister shot and wounded after ...": a headline's participle with no
    // object after it is a passive whose auxiliary the headline dropped; its subject was hit.)
    // ("Georgian opposition leader arrested on treason charges": so is an arrest.)
    // (Only with a preposition, a conjunction or nothing after it: not "Journalist killed by
    // Russian drone", whose agent the "by" names, nor "Ukraine shot down 30 drones",
    // "Militants attacked Nigerian village".)
    let headline_passive = v.in_headline(v.span(k))
        && matches!(v.w(k), "shot" | "wounded" | "injured" | "killed" | "stabbed" | "attacked" | "arrested" | "detained" | "jailed" | "kidnapped" | "abducted")
        && (k + 1 >= v.len() || v.is_punct(k + 1) || matches!(v.w(k + 1), "and" | "in" | "on" | "at" | "after" | "near" | "over" | "as" | "during" | "for" | "outside" | "while"))
        // (Nor a count after it: "police detained at least 300 protesters", "strikes killed over
        // 20".)
        && !(k + 1..(k + 4).min(v.len())).any(|j| v.xpos(j) == Some("CD") || matches!(v.w(j), "least" | "dozens" | "hundreds" | "thousands" | "scores"));
    if headline_passive {
        for (_, role) in actors.iter_mut().filter(|(_, r)| *r == ActorRole::Agent) {
            *role = ActorRole::Patient;
        }
    }
    // ("Slovak Prime Minister Robert Fico was shot several times and seriously wounded": the
    // person a nationality qualifies, named right after it, is who was hurt, not the nation.)
    if event_type == "casualties" {
        let layer = doc.entities();
        for (id, role) in actors.iter_mut() {
            if *role != ActorRole::Patient || layer.entities[*id].entity_type != EntityType::Norp {
                continue;
            }
            let Some(m) = layer.mentions.iter().find(|m| m.entity == *id && clause.contains(m.span) && m.span.end() <= v.span(k).start()) else { continue };
            let after = v.token_at_or_after(m.span.end());
            let person = layer.mentions.iter().find(|p| {
                let t = v.token_at_or_after(p.span.start());
                t >= after && t <= after + 3 && t < k && layer.entities[p.entity].entity_type == EntityType::Per && (after..t).all(|i| v.is_word(i) && v.w(i) != "and")
            });
            if let Some(p) = person {
                *id = p.entity;
            }
        }
        let mut seen = std::collections::HashSet::new();
        actors.retain(|a| seen.insert(*a));
    }
    // ("Iranian-made Shahed drones were shipped": who made a thing does not act with it.)
    let makers_mark = |id: usize| {
        let layer = doc.entities();
        let in_clause: Vec<&EntityMention> = layer.mentions.iter().filter(|m| m.entity == id && clause.contains(m.span)).collect();
        !in_clause.is_empty()
            && in_clause.iter().all(|m| {
                // (In any case and with any hyphen: "Iranian-Made Drones".)
                let rest: String = doc.text()[m.span.end()..].chars().take(14).map(|c| if matches!(c, '\u{2010}' | '\u{2011}') { '-' } else { c.to_ascii_lowercase() }).collect();
                MAKERS_MARKS.iter().any(|s| rest.starts_with(s))
            })
    };
    actors.retain(|&(id, _)| !makers_mark(id));
    // "Russian intelligence had stepped up recruitment in Estonia since the full-scale invasion
    // of Ukraine": a happening named by a noun after "since" is when the clause before it began;
    // that clause's names are none of its actors or places.
    let time_anchor = v.xpos(k).is_some_and(|x| x.starts_with("NN")).then(|| {
        let mut j = k;
        while j > a && k - j < 4 && (matches!(v.w(j - 1), "the" | "a" | "an" | "its" | "their") || v.xpos(j - 1).is_some_and(|x| x.starts_with("JJ") || x == "HYPH") || v.w(j - 1) == "-") {
            j -= 1;
        }
        // (Only "since": what happens "during the fighting", "amid shelling" or "after the
        // strike" happens where it did.)
        (j > a && v.w(j - 1) == "since").then(|| j - 1)
    }).flatten();
    if let Some(from) = time_anchor {
        let from = v.span(from).start();
        let layer = doc.entities();
        actors.retain(|(id, _)| layer.mentions.iter().any(|m| m.entity == *id && clause.contains(m.span) && m.span.start() >= from));
        let place_mentions = &doc.places().mentions;
        places.retain(|(p, _)| place_mentions.iter().any(|m| m.place == *p && m.span.start() >= from && m.span.start() < v.span(b - 1).end()));
    }
    // "“This is a supply line, not a one-off delivery,” said Lind. “...”": a quotation's content
    // runs over its cue and source, who is no actor of what the quotation tells.
    if let Some(source) = f.region.and_then(|c| claims[c].source_span.filter(|s| claims[c].content.contains(*s))) {
        let layer = doc.entities();
        actors.retain(|(id, _)| {
            layer.mentions.iter().filter(|m| m.entity == *id && clause.contains(m.span)).any(|m| !source.contains(m.span))
        });
    }
    if event_type == "disaster" || no_ones_doing {
        actors.retain(|(_, r)| *r != ActorRole::Agent);
    } else if event_type == "accident" {
        // (What crashed or capsized undergoes it: "An Azerbaijan Airlines passenger jet
        // crashed".)
        for (_, r) in actors.iter_mut().filter(|(_, r)| *r == ActorRole::Agent) {
            *r = ActorRole::Patient;
        }
    } else if !actors.iter().any(|(_, r)| *r == ActorRole::Agent) {
        if let Some(speaker) = f.region.and_then(|c| speaker_as_subject(v, &claims[c], k, event_type)) {
            actors.retain(|(id, _)| *id != speaker);
            actors.insert(0, (speaker, ActorRole::Agent));
        }
    }
    Event {
        event_type,
        plover,
        trigger: v.span(k),
        other_triggers: Vec::new(),
        actors,
        places,
        quantities,
        time,
        status: status(v, k, a, b),
        claims: Vec::new(),
        disputed_agents: Vec::new(),
    }
}

/// "A drone crashed into an apartment block", "debris of a downed missile crashed onto a
/// house": a weapon or its debris that crashes (the subject within six words before the verb
/// at `i`, in the sentence from `a`) is an attack's, no accident.
fn weapon_crashed(v: &View<'_>, i: usize, a: usize) -> bool {
    (i.saturating_sub(6).max(a)..i).any(|j| matches!(v.w(j), "drone" | "drones" | "missile" | "missiles" | "rocket" | "rockets" | "shell" | "shells" | "debris" | "uav" | "uavs" | "shahed" | "shaheds"))
}

/// Whether the casualties at `k` (in the sentence from `a`) follow an accident told before them
/// in the sentence: "a passenger jet crashed near Aktau, killing 38", "a ferry capsized ...,
/// killing at least 23".
/// (An attack named anywhere in the sentence `[a, b)` caused it: "A Mi-8 crashed, killing three
/// crew, after being hit by a missile".)
fn killed_in_an_accident(v: &View<'_>, k: usize, a: usize, b: usize) -> bool {
    (a..k).any(|i| matches!(v.w(i), "crashed" | "capsized" | "derailed" | "collided") && !weapon_crashed(v, i, a)) && !caused_by_an_attack(v, a, b)
}

/// Whether the word at `j` names a natural hazard: "floods", "the quake"; not "a storm of
/// missiles", nor "Storm Shadow missiles" or "Typhoon jets" (a capitalised hazard is one only
/// opening its sentence, before a word in lower case).
fn hazard_at(v: &View<'_>, j: usize) -> bool {
    let written = v.doc.slice(v.span(j.min(v.len().saturating_sub(1))));
    let opens = v.doc.sentence_at(v.span(j.min(v.len().saturating_sub(1))).start()).is_some_and(|s| s.first_token == j);
    let next_lower = v.doc.slice(v.span((j + 1).min(v.len().saturating_sub(1)))).starts_with(char::is_lowercase);
    // (A noun: not "Police storm mosque", "refugees flood into", "a lightning offensive".)
    // (The head of its phrase: not "a lightning offensive", "flood defences", "storm shelters".)
    // (The tagger may read the verb after it as a noun: "earthquake struck".)
    let verb_next = matches!(v.w(j + 1), "struck" | "hit" | "hits" | "strikes" | "killed" | "kills" | "destroyed" | "damaged" | "ravaged" | "swept" | "battered" | "flooded" | "triggered");
    let noun = v.xpos(j).is_some_and(|x| matches!(x, "NN" | "NNS")) && (verb_next || !v.xpos(j + 1).is_some_and(|x| x.starts_with("NN")));
    j < v.len() && noun && NATURAL_HAZARDS.contains(&v.w(j)) && v.w(j + 1) != "of" && (written.starts_with(char::is_lowercase) || opens && next_lower)
}

/// Whether the sentence `[a, b)` tells of harm no one did: it names no attack, and it names a
/// mishap ("a stampede", "the crush", "a gas leak", "floods") or the report's headline or lead
/// names a natural hazard or a stampede.
fn mishap_told(v: &View<'_>, a: usize, b: usize) -> bool {
    // (Not "vowed to crush the mutiny", "a leak of documents", "this was no accident".)
    let mishap = |j: usize| {
        let w = v.w(j);
        w == "stampede"
            || w == "crush" && j > 0 && matches!(v.w(j - 1), "the" | "a")
            || w == "leak" && j > 0 && matches!(v.w(j - 1), "gas" | "fuel" | "chemical" | "ammonia" | "chlorine")
            || w == "accident" && j > 0 && !(j.saturating_sub(3)..j).any(|i| matches!(v.w(i), "no" | "not" | "never"))
            || hazard_at(v, j)
    };
    let lead_mishap = |j: usize| v.w(j) == "stampede" || hazard_at(v, j);
    let attack = |j: usize| {
        matches!(
            v.w(j),
            "attack" | "attacks" | "attacked" | "strike" | "strikes" | "airstrike" | "airstrikes" | "shelling" | "shelled" | "bombing" | "bomb" | "bombs" | "missile" | "missiles"
                | "drone" | "drones" | "gunfire" | "shot" | "shooting" | "gunmen" | "troops" | "soldiers" | "fighting" | "militants" | "sabotage" | "explosives" | "rocket" | "rockets"
                | "offensive" | "rebels" | "assault" | "raid" | "raids"
        )
    };
    // (The headline and the lead only.)
    let lead_end = v.doc.sentences().get(1).or(v.doc.sentences().last()).map_or(b, |s| s.end_token);
    // (A mishap ruled out is none: "ruled out sabotage" names sabotage, not an attack.)
    let ruled_out = |j: usize| j >= 2 && v.w(j - 1) == "out" && v.w(j - 2) == "ruled";
    // (The lead's hazard only when the lead names no attack: not "Storm floods Gaza tents as
    // Israeli strikes kill 20".)
    let lead_told = (0..lead_end).any(lead_mishap) && !(0..lead_end).any(|j| attack(j) && !ruled_out(j));
    !(a..b).any(|j| attack(j) && !ruled_out(j)) && ((a..b).any(mishap) || lead_told)
}

/// Whether the words from `a` to `b` tell of a crash or derailment caused by an attack: "derailed
/// ... after an explosive device damaged the track", "crashed after being hit by a missile",
/// "after it struck a mine"; not "a heart attack", "workers of a coal mine", "video shot by a
/// passenger".
fn caused_by_an_attack(v: &View<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|j| {
        let prev = if j > 0 { v.w(j - 1) } else { "" };
        match v.w(j) {
            "sabotage" | "sabotaged" | "explosive" | "explosives" | "bomb" | "bombs" | "blast" | "missile" | "missiles" | "landmine" => true,
            "shot" => v.w(j + 1) == "down",
            "attack" | "attacked" => prev != "heart",
            "mine" => prev == "a" && j >= 2 && matches!(v.w(j - 2), "struck" | "hit" | "hitting" | "striking"),
            _ => false,
        }
    })
}

/// Whether the attack verb at `k` (in the sentence `[a, b)`) has a natural hazard for its
/// subject ("an earthquake that struck", "The quake hit") or agent ("hit by a typhoon"); not "a
/// storm of missiles hit".
fn struck_by_nature(v: &View<'_>, k: usize, a: usize, b: usize) -> bool {
    // (The subject's head right before the verb, past a relative pronoun, auxiliaries and
    // adverbs only: not "Days after the floods, Russian drones struck Kherson".)
    let between = |i: usize| matches!(v.w(i), "that" | "which" | "also" | "reportedly" | "then") || AUXILIARIES.contains(&v.w(i)) || v.xpos(i) == Some("RB");
    let before = (k.saturating_sub(6).max(a)..k).rev().find(|&j| !between(j)).is_some_and(|j| hazard_at(v, j));
    let by = v.w(k + 1) == "by" && (k + 2..(k + 5).min(b)).take_while(|&j| !v.is_punct(j)).any(|j| hazard_at(v, j));
    // ("The U.S. Geological Survey put the quake's magnitude at 7.1 and said it struck at a
    // depth of 10 kilometres": "it" of a sentence naming the hazard as an owner; not "Amid heavy
    // flooding, the military said it struck a command post".)
    let it = k > a && v.w(k - 1) == "it" && (a..k).any(|j| hazard_at(v, j) && matches!(v.w(j + 1), "'s" | "’s"));
    before || by || it
}

/// The region of the document's places that a city named like it gives its name to ("Kursk"
/// and "Kursk Oblast"), for the events forces take part in; none for other events or when the
/// document names no such region.
fn region_named_for(doc: &Doc, place: usize, event_type: &str) -> Option<usize> {
    if !matches!(event_type, "fight" | "deploy" | "station" | "presence" | "gather" | "train" | "advance" | "withdraw") {
        return None;
    }
    let places = &doc.places().places;
    let city = places.get(place).filter(|p| p.kind == sitrep_doc::PlaceKind::City)?;
    let region = city.admin1.as_deref()?;
    places.iter().position(|p| {
        p.kind == sitrep_doc::PlaceKind::Admin && p.name == region && p.country == city.country && region.split_whitespace().next() == Some(city.name.as_str())
    })
}

/// The dates on which the images, photos or footage before the trigger at `k` (in the sentence
/// from `a`) were taken: "Satellite images taken on Sunday show ...", "Photos captured on March
/// 3 and published by Maxar showed ...", as (time expression, value).
fn imagery_dates<'d>(v: &View<'d>, a: usize, k: usize) -> Vec<(usize, &'d str)> {
    let pictures = |w: &str| matches!(w, "images" | "image" | "imagery" | "photos" | "photographs" | "pictures" | "footage");
    let Some(taken) = (a..k).find(|&j| matches!(v.w(j), "taken" | "captured" | "dated" | "shot" | "collected") && (j.saturating_sub(5).max(a)..j).any(|i| pictures(v.w(i)))) else {
        return Vec::new();
    };
    let times = &v.doc.times().exprs;
    times
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            let tok = v.token_at_or_after(t.span.start());
            tok > taken && tok <= taken + 2 && tok < k && t.value.starts_with(|c: char| c.is_ascii_digit())
        })
        .map(|(i, t)| (i, t.value.as_str()))
        .collect()
}

/// The dates of the timeline entry label opening the sentence that starts at token `a` (see
/// [`View::entry_label`]), as (time expression, value).
fn entry_dates<'d>(v: &View<'d>, a: usize) -> Vec<(usize, &'d str)> {
    let Some(label) = v.line_entry_label(a) else { return Vec::new() };
    let times = &v.doc.times().exprs;
    times
        .iter()
        .enumerate()
        .filter(|(_, t)| label.contains(t.span) && t.value.starts_with(|c: char| c.is_ascii_digit()))
        .map(|(i, t)| (i, t.value.as_str()))
        .collect()
}

/// The time span from the dates attached to a trigger: an interval when one bounds them, else
/// the earliest and latest date.
fn time_span(times: &sitrep_doc::TimeLayer, values: &[(usize, &str)]) -> Option<(String, String)> {
    if values.is_empty() {
        return None;
    }
    for iv in &times.intervals {
        if values.iter().any(|(i, _)| *i == iv.begin || *i == iv.end) {
            return Some((times.exprs[iv.begin].value.clone(), times.exprs[iv.end].value.clone()));
        }
    }
    let min = values.iter().map(|(_, v)| *v).min()?;
    let max = values.iter().map(|(_, v)| *v).max()?;
    Some((min.to_string(), max.to_string()))
}

/// The role of a place from the preposition that governs it. A place later in a list of places
/// ("from the ports of Chongjin, Hamhung and Musudan") takes the role of the list's first.
fn place_role(v: &View<'_>, tok: usize, a: usize) -> PlaceRole {
    let mut i = list_head(v, tok, a);
    let mut steps = 0;
    while i > a && steps < 7 {
        i -= 1;
        steps += 1;
        match v.w(i) {
            "from" | "out" => return PlaceRole::Origin,
            "to" | "into" | "toward" | "towards" | "for" => return PlaceRole::Destination,
            // "shipped missiles via Baku": the way, not where they went.
            "via" | "through" => return PlaceRole::Location,
            // "were loaded at the port of X": where a cargo sets out; "unloaded at X": where it
            // arrives.
            "at" | "in" if i > a && LOADING_VERBS.contains(&v.w(i - 1)) => return PlaceRole::Origin,
            "at" | "in" if i > a && UNLOADING_VERBS.contains(&v.w(i - 1)) => return PlaceRole::Destination,
            // ("shot down drones over the Red Sea", "a ship hit off Yemen".)
            "in" | "at" | "near" | "inside" | "outside" | "around" | "within" | "on" | "across" | "over" | "above" | "off" => {
                // "from the areas near X": the "from" further back decides; "sent to bases in
                // X": so does a "to" (not an infinitive's: "to train in X").
                // (Not "up to 200 soldiers in Kursk", "according to officials in Kherson", "close
                // to a school in Kharkiv".)
                let direction = |j: usize| {
                    matches!(v.w(j), "to" | "into")
                        && !v.xpos(j + 1).is_some_and(|x| x.starts_with("VB") || x == "CD")
                        && !(j > 0 && NOT_A_DIRECTION_BEFORE_TO.contains(&v.w(j - 1)))
                };
                // (Up to six words back, within the phrase: "to the port of Olya in Russia's
                // Astrakhan region", "sent to camps located in X". Not past a place of its own:
                // "shipped to Russia across the Caspian Sea" goes across the sea, not to it.)
                let place_starts = |j: usize| v.doc.places().mentions.iter().any(|m| v.token_at_or_after(m.span.start()) == j);
                let further = (i.saturating_sub(6).max(a)..i)
                    .rev()
                    .take_while(|&j| v.w(j) != "," && !v.is_finite_verb(j) && !place_starts(j))
                    .find(|&j| v.w(j) == "from" || direction(j));
                return match further.map(|j| v.w(j)) {
                    Some("from") => PlaceRole::Origin,
                    Some(_) => PlaceRole::Destination,
                    None => PlaceRole::Location,
                };
            }
            _ => {}
        }
    }
    PlaceRole::Location
}

/// The first token of the first place of a list of places ("Chongjin, Hamhung and Musudan")
/// whose member starts at token `tok`; `tok` itself when it opens none. Not before token `a`.
fn list_head(v: &View<'_>, tok: usize, a: usize) -> usize {
    let places = &v.doc.places().mentions;
    let place_ending_at = |end: usize| places.iter().find(|m| v.token_at_or_after(m.span.end()) == end).map(|m| v.token_at_or_after(m.span.start()));
    let mut head = tok;
    loop {
        // "X, Y", "X and Y", "X, and Y", "X or Y".
        let mut j = head;
        if j > a && matches!(v.w(j - 1), "and" | "or") {
            j -= 1;
        }
        if j > a && v.w(j - 1) == "," {
            j -= 1;
        }
        match place_ending_at(j) {
            Some(first) if j < head && first >= a && first < head => head = first,
            _ => return head,
        }
    }
}

/// The agent is the nearest named actor before the trigger in its clause, a person first;
/// "by X" after a passive trigger is the carrier; the nearest actor after is the patient.
fn actors(v: &View<'_>, k: usize, sentence: Span, event_type: &str, subject: &[&EntityMention]) -> Vec<(usize, ActorRole)> {
    let doc = v.doc;
    let layer = doc.entities();
    let trigger_start = v.span(k).start();
    // (And the weapons a transfer hands over: "will deliver two more Patriot systems".)
    let is_actor = |t: EntityType| matches!(t, EntityType::Per | EntityType::Org | EntityType::Unit | EntityType::Norp) || t == EntityType::Equipment && matches!(event_type, "supply" | "arms_transfer");
    // A country or capital acts only as the owner of the trigger itself ("Pyongyang’s arms
    // deliveries"), not of a place on the way ("troops deployed to Russia’s Kursk region").
    let possessive = |m: &sitrep_doc::EntityMention| {
        let next = v.token_at_or_after(m.span.end());
        // ("North Korea's decision to send troops": the owner of a decision decides the act.)
        let infinitive_of_decision = |i: usize| v.w(i) == "to" && i + 1 == k && i > 0 && matches!(v.w(i - 1), "decision" | "plan" | "plans" | "move" | "order" | "bid" | "attempt" | "readiness");
        let owner_of_trigger = (next + 1..k).all(|i| {
            infinitive_of_decision(i) || !matches!(v.w(i), "in" | "on" | "at" | "of" | "to" | "from" | "near")
                && !layer.mentions.iter().any(|o| o.span.contains(v.span(i)) && matches!(layer.entities[o.entity].entity_type, EntityType::Gpe | EntityType::Loc | EntityType::Fac))
        });
        matches!(v.w(next), "’s" | "'s") && layer.entities[m.entity].entity_type == EntityType::Gpe && owner_of_trigger
    };
    // "Troops have suffered 100 deaths", "the dead and wounded": a casualty named by a noun
    // happens to the people before it (a group: a named person or organisation there reports
    // it), unless they caused it ("Russian strikes caused 20 deaths").
    // ("could not confirm the number of injured": the count's people, no one's act.)
    if event_type == "casualties" && counted_by_a_tally(v, k) {
        return Vec::new();
    }
    let casualty_noun = event_type == "casualties" && v.xpos(k).is_some_and(|x| !x.starts_with("VB"));
    let caused = casualty_noun
        && (k.saturating_sub(8)..k).any(|i| matches!(v.w(i), "caused" | "causing" | "inflicted" | "inflicting"));
    // "a unit lost dozens of soldiers in an artillery strike": a noun after a preposition is
    // no verb's object; only names inside its phrase act in it ("in a Russian strike").
    // (Only after a verb of loss: in "Ukrainian forces killed 40 soldiers in a drone strike"
    // the subject did strike.)
    // (Or a plural the tagger read as a verb after a preposition and one modifier: "killed in
    // mine blasts".)
    let noun_trigger = v.xpos(k).is_some_and(|x| x.starts_with("NN"))
        || k >= 2
            && v.xpos(k) == Some("VBZ")
            && v.xpos(k - 2) == Some("IN")
            && v.xpos(k - 1).is_some_and(|x| matches!(x, "NN" | "JJ" | "PRP"))
            && !v.xpos(k + 1).is_some_and(|x| matches!(x, "DT" | "NNP" | "PRP$" | "NNS" | "CD"))
            && v.w(k).ends_with('s');
    // (The word right before the noun is its modifier whatever its tag: "in mine blasts".)
    let preposition = (k.saturating_sub(5)..k)
        .rev()
        .take_while(|&i| (i + 1 == k && v.xpos(i).is_some_and(|x| matches!(x, "VB" | "VBP" | "NN" | "PRP")) || !v.xpos(i).is_some_and(|x| x.starts_with("VB"))) && !v.is_punct(i))
        .find(|&i| matches!(v.w(i), "in" | "during" | "amid" | "by" | "after" | "following" | "under"));
    let after_loss = preposition.is_some_and(|p| {
        (p.saturating_sub(8)..p).any(|i| {
            matches!(v.w(i), "lost" | "lose" | "loses" | "suffered" | "suffer" | "died")
                // ("was also killed in the blast": past an adverb.)
                || matches!(v.w(i), "killed" | "wounded" | "injured") && i > 0 && (is_be(v.w(i - 1)) || i > 1 && v.xpos(i - 1) == Some("RB") && is_be(v.w(i - 2)))
        })
    });
    // ("fired about 60 rockets in the hours after the strike": a happening told before, that
    // times the clause, is none of its subject's doing.)
    // (So is one whose phrase frames the clause, "hours after a ceasefire took effect", "before
    // the truce began", "under the first phase of the deal, which Qatar brokered": past its
    // modifiers and an "of" phrase it heads.)
    let framing = noun_trigger
        .then(|| {
            (k.saturating_sub(8)..k)
                .rev()
                .take_while(|&i| v.xpos(i).is_some_and(|x| matches!(x, "DT" | "JJ" | "JJS" | "NN" | "NNS" | "CD" | "PRP$")) || v.w(i) == "of" || matches!(v.w(i), "after" | "following" | "before" | "since" | "until" | "under" | "despite"))
                .find(|&i| matches!(v.w(i), "after" | "following" | "before" | "since" | "until" | "under" | "despite"))
        })
        .flatten()
        .filter(|&p| p + 1 < k && !matches!(v.w(k + 1), "by" | "from"))
        // (A happening told before, "the truce", or one with a clause of its own, "a ceasefire
        // took effect"; not "Russian troops captured Avdiivka after a major offensive", theirs.)
        .filter(|&p| (p + 1..k).any(|i| matches!(v.w(i), "the" | "this" | "that")) || v.is_finite_verb(k + 1));
    let phrase_start = match (preposition, framing) {
        (Some(p), _) if noun_trigger && after_loss => v.span(p).end(),
        (_, Some(p)) => v.span(p).end(),
        _ => 0,
    };
    // "repelled an attack by Ukrainian units": the noun's "by" names who acts, not the subject
    // of the verb before it.
    // "the Black Sea Fleet had repelled an attack by four unmanned boats": who repels an attack
    // suffered it; only the "by" names who made it.
    // (Past the noun's modifiers, and "off" of "fended off", "warded off".)
    let mut verb_at = k;
    while verb_at > 0 && k - verb_at < 5 && (matches!(v.w(verb_at - 1), "a" | "an" | "the" | "another" | "off") || v.xpos(verb_at - 1).is_some_and(|x| x.starts_with("JJ") || x == "CD" || x == "NNP")) {
        verb_at -= 1;
    }
    let repelled_by_subject = noun_trigger && verb_at > 0 && REPELLING_WORDS.contains(&v.w(verb_at - 1));
    if repelled_by_subject {
        // (By whom: "by four boats", "from Russian units", or a nationality before the noun,
        // "repelled a Russian attack".)
        let by = layer.mentions.iter().find(|m| {
            let t = v.token_at_or_after(m.span.start());
            let after = matches!(v.w(k + 1), "by" | "from") && t >= k + 2 && t <= k + 5;
            let before = t >= verb_at && t < k;
            (after || before) && sentence.contains(m.span) && is_actor(layer.entities[m.entity].entity_type)
        });
        let mut out: Vec<(usize, ActorRole)> = by.map(|m| (m.entity, ActorRole::Agent)).into_iter().collect();
        for m in subject {
            if is_actor(layer.entities[m.entity].entity_type) && !out.iter().any(|(id, _)| *id == m.entity) {
                out.push((m.entity, ActorRole::Patient));
            }
        }
        return out;
    }
    // (So does a participle's: "58 drones launched by Russia overnight", a state too.)
    // (Only a participle after its noun, not a passive, "two soldiers were captured by
    // Russian forces", nor a movement, whose "by" may name its carrier.)
    let participle_by = v.xpos(k) == Some("VBN") && v.w(k + 1) == "by" && !is_passive(v, k) && !matches!(event_type, "transport" | "deploy" | "depart");
    if noun_trigger && matches!(v.w(k + 1), "by" | "from") || participle_by {
        let named = layer.mentions.iter().find(|m| {
            let t = v.token_at_or_after(m.span.start());
            let kind = layer.entities[m.entity].entity_type;
            t >= k + 2 && t <= k + 3 && sentence.contains(m.span) && (is_actor(kind) || participle_by && kind == EntityType::Gpe)
        });
        if let Some(m) = named {
            return vec![(m.entity, ActorRole::Agent)];
        }
    }
    // "The NIS made the deployment public", "Seoul confirmed the deployment": who tells of a
    // happening named by a noun does not do it.
    // (Whatever its tag: "made the deployment public" has it as an adjective.)
    // (Only a noun that is the verb's object: "Israel said it carried out strikes" keeps Israel.)
    let tells_of = |m: &sitrep_doc::EntityMention| {
        let next = v.token_at_or_after(m.span.end());
        let telling = |i: usize| {
            matches!(
                v.w(i),
                "detected" | "spotted" | "observed" | "tracked" | "documented" | "exposed" | "publicised" | "publicized" | "revealed"
                    | "disclosed" | "reported" | "confirmed"
                    // ("Experts at the plant heard several explosions": who perceives it; not
                    // "The brigade saw heavy fighting", which it took part in.)
                    | "heard" | "hears" | "hear" | "recorded" | "noticed" | "registered"
                    // ("a video it said showed the attack": what shows it.)
                    | "showed" | "shows" | "show" | "showing" | "depicts" | "depicted" | "depicting"
            ) || matches!(v.w(i), "saw" | "sees" | "witnessed") && event_type == "explosion"
                || matches!(v.w(i), "makes" | "made" | "make") && v.w(k + 1) == "public"
        };
        // ("could not confirm the number of injured": through a count's "of".)
        let object_words = |from: usize| {
            (from..k).all(|j| v.xpos(j).is_some_and(|x| matches!(x, "DT" | "JJ" | "PRP$" | "POS" | "CD" | "NNP")) || TALLY_NOUNS.contains(&v.w(j)) && v.w(j + 1) == "of" || v.w(j) == "of" && j > 0 && TALLY_NOUNS.contains(&v.w(j - 1)))
        };
        // ("Ukraine's military did not comment on the attack".)
        let commented_on = |i: usize| matches!(v.w(i), "comment" | "commented" | "comments" | "remarked") && v.w(i + 1) == "on" && object_words(i + 2);
        !v.xpos(k).is_some_and(|x| x.starts_with("VB")) && (next..k).any(|i| telling(i) && object_words(i + 1) || commented_on(i))
    };
    // "KESSA, March 3 (Baltic Wire) — The coast guard seized ...": the dateline's outlet and
    // place act in nothing.
    let first = v.token_at_or_after(sentence.start());
    let dateline_end = v.span(skip_dateline(v, first, k)).start();
    let before: Vec<_> = layer
        .mentions
        .iter()
        .filter(|m| sentence.contains(m.span) && m.span.end() <= trigger_start && trigger_start - m.span.end() < 160)
        .filter(|m| k <= first || m.span.start() >= dateline_end)
        // ("The rebels, who experts say are backed by 4,000 Rwandan troops, announced a
        // ceasefire": a name inside a relative clause closed before the trigger acts in it.)
        .filter(|m| {
            let t = v.token_at_or_after(m.span.start());
            let floor = v.doc.sentence_at(v.span(k).start()).map_or(first, |s| s.first_token);
            let open_at = (floor..t).rev().find(|&i| v.w(i) == ",").filter(|&c| matches!(v.w(c + 1), "who" | "which" | "whose"));
            // (Closed by the first comma after the name, with a verb of its own inside: not "The
            // bridge, which Ukrainian forces, according to Kyiv, destroyed on Monday".)
            let close_at = (t..k).find(|&i| v.w(i) == ",");
            !open_at.zip(close_at).is_some_and(|(o, c)| (o + 2..c).any(|i| v.is_finite_verb(i)))
        })
        .filter(|m| m.span.start() >= phrase_start)
        // "The Kremlin rejected the reports, calling them fake, as South Korea summoned the
        // ambassador": a clause opened after a comma by "as", "while" or "when" has its own
        // subject; what stands before it acts in the main clause. (Not a clause closed again
        // before the trigger: "North Korean troops, while fighting in Kursk, have suffered".)
        .filter(|m| {
            let next = v.token_at_or_after(m.span.end());
            !(next + 1..k.saturating_sub(1)).any(|i| {
                matches!(v.w(i), "as" | "while" | "when" | "whereas")
                    && (v.w(i - 1) == "," || is_close_quote(v.w(i - 1)))
                    && !(i + 1..k).any(|j| v.w(j) == ",")
            })
        })
        // "repelled a Ukrainian attack, killing 200": a demonym qualifying another event of
        // another clause is that event's, not an actor of this one (unless that event caused
        // this one: "Norlandic strikes caused 20 deaths").
        .filter(|m| {
            let next = v.token_at_or_after(m.span.end());
            // ("Russian strikes killed 20 civilians": the strikes' demonym is the killing's subject.)
            let apart = (next + 1..k).any(|i| v.w(i) == "," || v.is_finite_verb(i));
            caused || !(layer.entities[m.entity].entity_type == EntityType::Norp && next != k && apart && trigger_at(v, next).is_some_and(|t| !t.verb))
        })
        // ("A camera operator for Al-Mayadeen was killed ... when a drone struck their car": the
        // main clause's names act in nothing of a clause with a subject of its own after
        // "when", "after" or "because".)
        .filter(|m| {
            let next = v.token_at_or_after(m.span.end());
            // (A subject of its own, not a time, before the trigger as its finite verb: not
            // "Israeli forces before dawn raided", "soldiers as part of Russian units attacked".)
            !(next..k.saturating_sub(1)).any(|i| {
                matches!(v.w(i), "when" | "after" | "before" | "because" | "until" | "once" | "while" | "as")
                    && v.w(i + 1) != "well"
                    && !(i + 1..k).any(|j| v.w(j) == ",")
                    && (i + 1..k).any(|j| v.xpos(j).is_some_and(|x| x.starts_with("NN") || x == "PRP") && !v.in_time(j) && !TIME_NOUNS.contains(&v.w(j)))
                    && v.is_finite_verb(k)
            })
        })
        // ("Kirillov's assistant was also killed": a person who owns the subject is not it.)
        .filter(|m| {
            let next = v.token_at_or_after(m.span.end());
            !(matches!(v.w(next), "'s" | "’s") && next + 1 != k && layer.entities[m.entity].entity_type == EntityType::Per)
        })
        .filter(|m| is_actor(layer.entities[m.entity].entity_type) || possessive(m))
        // ("loaded at the Iranian port of Amirabad": a nationality naming a place's country; not
        // "Russian border guards detained ...", where the place noun only modifies the actor.)
        .filter(|m| {
            let noun = v.token_at_or_after(m.span.end());
            let heads = v.w(noun + 1) == "of" || v.is_punct(noun + 1) || v.is_finite_verb(noun + 1);
            // ("crossed into Polish airspace": a nationality of a country's air, waters or
            // ground, wherever the noun stands.)
            let ground = matches!(v.w(noun), "airspace" | "waters" | "territory" | "soil");
            layer.entities[m.entity].entity_type != EntityType::Norp || !(PLACE_NOUNS.contains(&v.w(noun)) && heads || ground)
        })
        .filter(|m| !tells_of(m))
        // ("An air strike hit the Saudi Hospital in El Fasher, killing at least nine people":
        // a participle after the clause shares its subject; what the main verb struck is none.)
        .filter(|m| {
            // (Or one joined to such a participle: "killing nine people and wounding 20".)
            let after_comma = |i: usize| i > first && v.w(i - 1) == "," && v.xpos(i) == Some("VBG");
            let participle = v.xpos(k) == Some("VBG")
                && (after_comma(k) || k > first && matches!(v.w(k - 1), "and" | "or") && (k.saturating_sub(10).max(first)..k).any(after_comma));
            // (The main clause's verb, past a clause put before it: "After the truce collapsed,
            // M23 rebels attacked Sake, killing 12".)
            let mut from = first.max(v.token_at_or_after(dateline_end));
            if matches!(v.w(from), "after" | "as" | "when" | "while" | "since" | "although" | "though" | "because" | "if" | "once") {
                from = (from..k).find(|&i| v.w(i) == ",").map_or(from, |c| c + 1);
            }
            let main_verb = (from..k).find(|&i| v.is_finite_verb(i));
            let t = v.token_at_or_after(m.span.start());
            // (A passive's agent acts: "The town was shelled by Russian forces, killing five".)
            let by_agent = (t.saturating_sub(3)..t).any(|i| v.w(i) == "by");
            !(participle && !by_agent && main_verb.is_some_and(|j| t > j))
        })
        .filter(|m| !casualty_noun || !matches!(layer.entities[m.entity].entity_type, EntityType::Per | EntityType::Org))
        // ("North Korean soldiers fighting alongside Russian forces have suffered 100 deaths":
        // who stands beside or against the subject, inside its modifier, is not it.)
        .filter(|m| {
            // (Over an article or adjective: "alongside the Russian army".)
            let mut t = v.token_at_or_after(m.span.start());
            while t > first + 1 && (v.w(t - 1) == "the" || v.xpos(t - 1).is_some_and(|x| x == "JJ")) {
                t -= 1;
            }
            !(t > first && matches!(v.w(t - 1), "alongside" | "against" | "beside" | "among"))
        })
        .collect();
    let mut out = Vec::new();
    // "Two soldiers were captured by Russian forces": the subject of a passive undergoes it.
    // Forces that "were deployed", "were stationed" or "were transported" are still who moves,
    // as conflict coders record them, unless "by X" names who moved them.
    let by_agent = (k + 1..(k + 3).min(v.len())).any(|i| v.w(i) == "by") && !MOVEMENT_EVENTS.contains(&event_type);
    // "100 soldiers had died": who dies undergoes it.
    // (A headline's "troops 'killed in drone strike'" is a passive without its auxiliary.)
    // ("Russian forces have killed 12 civilians" is the perfect: the forces kill.)
    let perfect = (k.saturating_sub(3)..k).any(|i| matches!(v.w(i), "have" | "has" | "had"))
        && !(k.saturating_sub(2)..k).any(|i| matches!(v.w(i), "been" | "being"));
    // ("Ukrainian forces killed at least 30 soldiers": an object after a verb the tagger reads
    // as a participle makes it active.)
    let undergone = event_type == "casualties"
        && (v.doc.syntax().and_then(|s| s.lemma.get(k)).is_some_and(|l| l == "die" || l == "lose")
            || matches!(v.w(k), "lost" | "lose")
            || v.xpos(k).is_some_and(|x| x == "VBN") && !perfect && !object_follows(v, k)
            // ("North Koreans killed or wounded by January": a toll's pair of participles, whatever
            // the tagger made of the first, with no object after them: not "Ukrainian forces
            // killed or wounded North Korean troops".)
            || matches!(v.w(k + 1), "or" | "and")
                && matches!(v.w(k + 2), "wounded" | "injured" | "missing" | "captured")
                && !perfect
                && !v.xpos(k + 3).is_some_and(|x| matches!(x, "DT" | "JJ" | "CD" | "PRP") || x.starts_with("NN")));
    let passive = undergone || casualty_noun && !caused || is_passive(v, k) && (!FORCE_MOVEMENTS.contains(&event_type) || by_agent);
    let agent = before
        .iter()
        .rev()
        .find(|m| layer.entities[m.entity].entity_type == EntityType::Per)
        .or_else(|| before.last());
    // A country right before an active verb is its subject, whoever is named earlier in the
    // sentence ("Zelenskyy said ... since Pyongyang sent troops").
    let subject_named = subject.iter().any(|m| sentence.contains(m.span));
    // ("Putin orders 160,000 conscripts called up": who orders it acts, whatever the
    // participle's voice.)
    // (An active order only: not "Gershkovich was ordered detained".)
    let orders_it = |m: &&sitrep_doc::EntityMention| (v.token_at_or_after(m.span.end())..k).any(|i| ORDERING_WORDS.contains(&v.w(i)) && !(i > 0 && is_be(v.w(i - 1))));
    if let Some(m) = agent.filter(|_| !subject_named) {
        out.push((m.entity, if passive && !orders_it(m) { ActorRole::Patient } else { ActorRole::Agent }));
    } else {
        // A country as the subject acts ("Georgia summoned the ambassador", "Russia and North
        // Korea signed a treaty"), where elsewhere it is a place or an owner.
        // ("Ukraine lost 300 soldiers": the country undergoes its losses.)
        let role = if undergone { ActorRole::Patient } else { ActorRole::Agent };
        for m in subject.iter().filter(|m| sentence.contains(m.span) && !tells_of(m)) {
            if !out.iter().any(|(x, _)| *x == m.entity) {
                out.push((m.entity, role));
            }
        }
    }
    // "by X" after a passive carries a movement ("transported by four landing ships"); for
    // other events X is the agent ("was signed by both leaders").
    let carries = MOVEMENT_EVENTS.contains(&event_type);
    let after_start = v.span(k).end();
    let by = (k + 1..(k + 3).min(v.len())).find(|&i| v.w(i) == "by");
    for m in layer.mentions.iter().filter(|m| sentence.contains(m.span) && m.span.start() >= after_start) {
        let e = &layer.entities[m.entity];
        // "The troops were sent by Pyongyang": a state right after "by" is who acts (a state
        // carries its country code; a town does not).
        let state_by = e.entity_type == EntityType::Gpe
            && e.country.is_some()
            && by.is_some_and(|b| v.token_at_or_after(m.span.start()) == b + 1)
            && is_passive(v, k);
        if !(is_actor(e.entity_type) || state_by) || out.iter().any(|(x, _)| *x == m.entity) {
            continue;
        }
        // A demonym after the trigger is a patient only when it qualifies people ("Russian
        // troops"), not things ("the Russian port").
        // ("attacked Ukrainian positions": who holds the positions is attacked.)
        let qualified = v.w(v.token_at_or_after(m.span.end()));
        // "sending soldiers to Putin's war": an owner of what follows is not what undergoes it.
        if matches!(qualified, "’s" | "'s") {
            continue;
        }
        let held = matches!(qualified, "positions" | "lines" | "defenses" | "defences" | "trenches" | "outposts");
        let tok = v.token_at_or_after(m.span.start());
        // ("had been hit by a Russian Pantsir air defence missile", "struck by Ukrainian sea
        // drones": the side whose weapon strikes, right after a passive's "by", acts.)
        let weapon_by = e.entity_type == EntityType::Norp
            && !carries
            && is_passive(v, k)
            && by.is_some_and(|b| tok > b && tok <= b + 2)
            && (tok + 1..(tok + 6).min(v.len())).take_while(|&i| !v.is_punct(i)).any(|i| AIRBORNE.contains(&v.w(i)) || matches!(v.w(i), "shell" | "shells" | "artillery" | "bomb" | "bombs" | "torpedo" | "mine" | "fire"));
        if weapon_by && !out.iter().any(|(_, r)| *r == ActorRole::Agent) {
            out.push((m.entity, ActorRole::Agent));
            break;
        }
        if e.entity_type == EntityType::Norp && !PERSONNEL_UNITS.contains(&qualified) && !held {
            continue;
        }
        // "attacked ... together with Russian marines": who acts alongside is an agent too.
        let alongside = (k + 1..tok).any(|i| matches!(v.w(i), "alongside" | "together") || v.w(i) == "along" && v.w(i + 1) == "with");
        let carrier = by.is_some_and(|b| b < tok);
        // "..., or ":" before it: another clause, or a headline's source ("N. Korea sends troops
        // to Russia: NIS").
        // ("summoned the Russian ambassador, Georgy Zinoviev,": an apposition naming the role.)
        let apposition = tok >= 2
            && v.w(tok - 1) == ","
            && matches!(v.w(tok - 2), "ambassador" | "envoy" | "minister" | "spokesman" | "spokeswoman" | "commander" | "general" | "leader" | "official" | "diplomat" | "attache" | "attaché");
        let comma = (k + 1..tok).any(|i| matches!(v.w(i), "," | ":")) && !(apposition && !(k + 1..tok - 1).any(|i| matches!(v.w(i), "," | ":")));
        if tok > k + 14 || (!carrier && (tok > k + 6 || comma)) {
            break;
        }
        let has_agent = out.iter().any(|(_, r)| *r == ActorRole::Agent);
        let role = match (carrier, carries) {
            _ if alongside || state_by && !has_agent => ActorRole::Agent,
            (true, true) => ActorRole::Carrier,
            (true, false) if !has_agent => ActorRole::Agent,
            (false, _) if passive && !has_agent => continue,
            _ => ActorRole::Patient,
        };
        out.push((m.entity, role));
        if role != ActorRole::Carrier {
            break;
        }
    }
    out
}

/// "fell", "fallen": of a place, taken (see [`trigger_holds`]); its subject is where, not who.
fn is_fall(w: &str) -> bool {
    matches!(w, "fell" | "fallen")
}

/// "The navy said it had struck a patrol boat", "the army said its troops captured the
/// village": a pronoun opening a claim's content, as the subject of the trigger at `k`, is the
/// claim's source (or, with "its"/"their", what it owns), which acts.
fn speaker_as_subject(v: &View<'_>, claim: &Claim, k: usize, event_type: &str) -> Option<usize> {
    let speaker = claim.source_entity?;
    if !claim.content.contains(v.span(k)) || event_type == "casualties" || !v.xpos(k).is_some_and(|x| x.starts_with("VB")) || is_passive(v, k) {
        return None;
    }
    let mut p = v.token_at_or_after(claim.content.start());
    if v.w(p) == "that" {
        p += 1;
    }
    let person = v.doc.entities().entities[speaker].entity_type == EntityType::Per;
    // ("Israel has threatened to strike ...", "vowed to retake the town": an infinitive the cue
    // governs has the speaker for its subject.)
    // ("North Korea said it had placed a satellite into orbit, a day after launching a rocket":
    // a participle after "after" or "before", in a content whose subject is the speaker's "it",
    // "they", "he" or "she", shares that subject; no other subject between.)
    let own_pronoun = match v.w(p) {
        "it" | "they" => !person,
        "he" | "she" => person,
        _ => false,
    };
    let participle_after = v.xpos(k) == Some("VBG") && k >= 1 && matches!(v.w(k - 1), "after" | "before" | "while");
    let another_subject = |i: usize| v.entity_at(i).is_some_and(|m| m.entity != speaker && !v.doc.entities().entities[m.entity].entity_type.is_place());
    if own_pronoun && participle_after && !(p + 1..k).any(|i| another_subject(i) || matches!(v.w(i), "that" | "which" | "who" | ";")) {
        return Some(speaker);
    }
    if v.w(p) == "to" && p + 1 == k && v.xpos(k) == Some("VB") {
        return Some(speaker);
    }
    let subject_end = match v.w(p) {
        "it" | "they" if !person => p + 1,
        "he" | "she" if person => p + 1,
        "its" | "their" if !person => {
            // ("its troops", "their special forces", "its air defences")
            let noun = (p + 1..(p + 4).min(k)).find(|&i| v.xpos(i).is_some_and(|x| x.starts_with("NN")))?;
            let mut end = noun + 1;
            while end < k && v.xpos(end).is_some_and(|x| x.starts_with("NN")) {
                end += 1;
            }
            (p + 1..noun).all(|i| v.xpos(i).is_some_and(|x| x.starts_with("JJ"))).then_some(end)?
        }
        // ("the ministry said air defence units had downed 17 drones": a defence that shoots
        // down what comes at the speaker's side is that side's.)
        "air" if !person && event_type == "intercept" && matches!(v.w(p + 1), "defence" | "defense" | "defences" | "defenses") => {
            let mut end = p + 2;
            while end < k && matches!(v.w(end), "units" | "systems" | "forces" | "crews" | "troops") {
                end += 1;
            }
            end
        }
        _ => return None,
    };
    let between = |w: &str| CUE_ADVERBS.contains(&w) || AUXILIARIES.contains(&w) || matches!(w, "also" | "not" | "never" | "successfully");
    // ("it had stopped 1,200 people ... and arrested nine suspected smugglers": a second verb
    // joined by "and" shares the first one's subject, with no clause of its own between.)
    // (Not past another subject's verb: "it withdrew after the enemy surrounded it and stormed
    // the last positions".)
    let first_verb = (subject_end..k.saturating_sub(1)).find(|&i| v.is_finite_verb(i) || AUXILIARIES.contains(&v.w(i)));
    let another_subject = first_verb.is_some_and(|f| (f + 1..k.saturating_sub(1)).any(|i| v.is_finite_verb(i) && v.xpos(i - 1).is_some_and(|x| x.starts_with("NN") || x == "PRP")));
    let coordinated = k >= 1
        && v.w(k - 1) == "and"
        && first_verb.is_some()
        && !another_subject
        && !(subject_end..k - 1).any(|i| {
            matches!(v.w(i), ";" | "," | "but" | "while" | "that" | "which" | "who" | "whom" | "where" | "when" | "because" | "after" | "before" | "as" | "since" | "until" | "if" | "although" | "though")
        });
    if !((subject_end..k).all(|i| between(v.w(i))) || coordinated) {
        return None;
    }
    // "The defence ministry said its forces had taken the village": the forces a ministry calls
    // its own are its state's, which the text names (an army's own troops are the army's).
    let entities = &v.doc.entities().entities;
    let owned_forces = matches!(v.w(p), "its" | "their") && (p + 1..subject_end).any(|i| matches!(v.w(i), "forces" | "troops" | "units" | "army" | "military" | "soldiers")) || v.w(p) == "air";
    let agency = &entities[speaker];
    if owned_forces && agency.org_kind == Some(sitrep_doc::OrgKind::GovernmentAgency) {
        let state = agency.country.as_deref().and_then(|iso| {
            entities.iter().position(|e| e.entity_type == EntityType::Gpe && e.country.as_deref() == Some(iso) && v.doc.places().places.iter().any(|pl| pl.kind == sitrep_doc::PlaceKind::Country && pl.name == e.name))
        });
        if state.is_some() {
            return state;
        }
    }
    Some(speaker)
}

/// The entity mentions that are the subject of the trigger at `k`: a name just before it,
/// past auxiliaries, adverbs and raising verbs ("Georgia has summoned", "North Korea appears to
/// have supplied"), with the names coordinated with it
/// ("Russia and North Korea signed").
fn subject_mentions<'d>(v: &View<'d>, k: usize, a: usize) -> Vec<&'d EntityMention> {
    let layer = v.doc.entities();
    // ("China will hold live-fire exercises": the subject of the verb that holds the happening.)
    let k = light_verb_of(v, k, a).unwrap_or(k);
    // Only the subject of an active verb: "A Belgorod explosion", "the Kursk offensive" and
    // "Kherson was shelled" name where, not who.
    let base = base_verb_mistagged(v, k);
    if !(v.xpos(k).is_some_and(|x| x.starts_with("VB")) || base) || is_passive(v, k) {
        return Vec::new();
    }
    // A country or a capital standing for its government ("Moscow deployed").
    let country = |m: &EntityMention| layer.entities[m.entity].entity_type == EntityType::Gpe;
    let mut end = k;
    // ("North Korea has so far dispatched")
    // ("North Korea is also preparing to send": a verb of preparing or planning keeps its
    // subject.)
    let between = |w: &str| {
        CUE_ADVERBS.contains(&w)
            || AUXILIARIES.contains(&w)
            || RAISING_WORDS.contains(&w)
            || matches!(w, "so" | "far" | "also" | "preparing" | "planning" | "ready" | "poised" | "set" | "getting")
            // ("Pyongyang had decided to send", "Seoul agreed to supply", "South Korea might
            // consider sending".)
            || matches!(w, "decided" | "decides" | "agreed" | "agrees")
            // ("Israel has repeatedly threatened to strike": a threat or a vow of the subject's.)
            || matches!(w, "threatened" | "threatens" | "threatening" | "vowed" | "vows" | "pledged" | "pledges" | "promised" | "promises")
            || matches!(w, "consider" | "considers" | "considering" | "considered") && v.xpos(k).is_some_and(|x| x == "VBG")
            || w == "to" && (v.xpos(k).is_some_and(|x| x == "VB") || base)
    };
    // ("The United States on Monday imposed": a time between the subject and its verb.)
    loop {
        // (And any adverb: "has repeatedly threatened to strike".)
        if end > a && (between(v.w(end - 1)) || v.xpos(end - 1) == Some("RB")) {
            end -= 1;
        } else if end > a + 1 && v.in_time(end - 1) {
            while end > a && v.in_time(end - 1) {
                end -= 1;
            }
            if end > a && matches!(v.w(end - 1), "on" | "in" | "last" | "this") {
                end -= 1;
            }
        } else {
            break;
        }
    }
    let mut out = Vec::new();
    while end > a {
        let last = v.span(end - 1);
        let Some(m) = layer.mentions.iter().find(|m| m.span.end() == last.end()) else { break };
        let first = v.token_at_or_after(m.span.start());
        // "A blast in Belgorod injured ...", "Troops from Russia and Belarus attacked": the
        // object of a preposition, and all names coordinated with it, are no subject.
        // ("said that Belarus had sent": a complementizer opens the subject's clause.)
        // ("the first capture since Pyongyang sent troops": so does a subordinating "since".)
        let complementizer = matches!(v.w(first.saturating_sub(1)), "that" | "whether" | "if" | "because" | "although" | "though" | "while")
            || v.doc.syntax().and_then(|s| s.upos.get(first.wrapping_sub(1))).is_some_and(|u| u == "SCONJ");
        if first > a && !complementizer && v.xpos(first - 1).is_some_and(|x| x == "IN" || x == "TO") {
            return Vec::new();
        }
        if !country(m) {
            break;
        }
        out.push(m);
        // ("Russia and the DPRK signed": an article after the conjunction.)
        let first = if first > a + 2 && v.w(first - 1) == "the" && matches!(v.w(first - 2), "and" | ",") { first - 1 } else { first };
        if first > a + 1 && matches!(v.w(first - 1), "and" | ",") && out.len() < 4 {
            end = first - 1;
        } else {
            break;
        }
    }
    out
}

/// Verbs that say only that a happening named by their object takes place ("held drills",
/// "staged exercises", "conducted talks"): the happening is their subject's doing.
const LIGHT_VERBS: &[&str] = &[
    "hold", "holds", "held", "holding", "stage", "stages", "staged", "staging", "conduct", "conducts", "conducted",
    "conducting", "begin", "begins", "began", "begun", "start", "starts", "started", "resume", "resumes", "resumed",
    // ("Russia launched one of its largest combined attacks on Kyiv".)
    "launched", "launches", "launch", "launching", "mounted", "mounts", "unleashed",
];

/// For a happening's noun at `k` (in the sentence from `a`), the light verb whose object it is,
/// past its article and modifiers ("will hold live-fire military exercises").
fn light_verb_of(v: &View<'_>, k: usize, a: usize) -> Option<usize> {
    if !v.xpos(k).is_some_and(|x| x.starts_with("NN")) {
        return None;
    }
    let mut j = k;
    while j > a && k - j < 6 && (matches!(v.w(j - 1), "a" | "an" | "the" | "new" | "its" | "their") || v.xpos(j - 1).is_some_and(|x| x.starts_with("JJ") || x == "NN" || x == "CD" || x == "VBN")) {
        j -= 1;
    }
    // ("one of its largest combined attacks")
    if j >= a + 2 && v.w(j - 1) == "of" && matches!(v.w(j - 2), "one" | "some" | "series" | "wave") {
        j -= 2;
        if j > a && matches!(v.w(j - 1), "a" | "the") {
            j -= 1;
        }
    }
    (j > a && LIGHT_VERBS.contains(&v.w(j - 1))).then(|| j - 1)
}

/// Whether the verb at `k` is a passive participle: "were captured", "had been shelled".
/// Whether an object follows the verb at `k` (past "or wounded"): a count ("killed at least
/// 30 soldiers", "killed dozens"), or a determiner opening a noun phrase ("killed the
/// commander"). A participle has none ("soldiers killed in the attack").
fn object_follows(v: &View<'_>, k: usize) -> bool {
    let mut j = k + 1;
    if matches!(v.w(j), "or" | "and") && v.xpos(j + 1).is_some_and(|x| x.starts_with("VB")) {
        j += 2;
    }
    // (A trigger ending the text has nothing after it: "killed".)
    if j >= v.len() {
        return false;
    }
    let counted = v.doc.quantities().iter().any(|q| q.span.start() == v.span(j).start());
    let at_least = v.w(j) == "at" && matches!(v.w(j + 1), "least" | "most");
    // (Not a time: "civilians killed the day before", "soldiers killed a week ago".)
    let time = v.in_time(j) || (j..j + 3).any(|t| matches!(v.w(t), "day" | "days" | "week" | "weeks" | "night" | "month" | "months" | "year" | "years"));
    !time && (counted || at_least || matches!(v.w(j), "the" | "a" | "an" | "some" | "dozens" | "hundreds" | "thousands" | "scores" | "several" | "many"))
}

fn is_passive(v: &View<'_>, k: usize) -> bool {
    // ("troops are engaged in combat": a state of the subject, who fights.)
    v.xpos(k).is_some_and(|x| x == "VBN")
        && !(v.w(k) == "engaged" && v.w(k + 1) == "in")
        && (k.saturating_sub(3)..k).any(|i| matches!(v.w(i), "was" | "were" | "been" | "being" | "is" | "are" | "be" | "got" | "get" | "gets"))
}

/// Whether "called for" (or "calls for") stands within three words before token `k`, in the
/// sentence from `a`: "have called for another rally".
fn called_for_before(v: &View<'_>, k: usize, a: usize) -> bool {
    (k.saturating_sub(3).max(a + 1)..k).any(|j| v.w(j) == "for" && matches!(v.w(j - 1), "called" | "calls" | "call" | "calling"))
}

fn status(v: &View<'_>, k: usize, a: usize, b: usize) -> EventStatus {
    let before = k.saturating_sub(6).max(a)..k;
    // "did not send", "have not yet been deployed"; not "has not acknowledged sending".
    // ("No civilians died": "no" negates across its noun.)
    // ("a rotation, not a buildup": "not" before a noun's article negates the noun.)
    let negates = |j: usize, k: usize| {
        NEGATIONS.contains(&v.w(j))
            && (v.w(j) == "no"
                // (Not "whether or not a strike took place", "if not an invasion".)
                || v.w(j) == "not" && j + 2 == k && matches!(v.w(j + 1), "a" | "an") && !(j > 0 && matches!(v.w(j - 1), "or" | "if"))
                // ("a supply line, not a one-off delivery": in a contrast after a comma,
                // adjectives may stand between; "it was not a deliberate strike" denies only how.)
                || v.w(j) == "not"
                    && j > 0
                    && v.w(j - 1) == ","
                    && j + 2 < k
                    && matches!(v.w(j + 1), "a" | "an")
                    && (j + 2..k).all(|i| v.xpos(i).is_some_and(|x| x.starts_with("JJ")) || v.w(i).contains('-'))
                || (j + 1..k).all(|i| AUXILIARIES.contains(&v.w(i)) || CUE_ADVERBS.contains(&v.w(i)) || matches!(v.w(i), "been" | "be" | "yet"))
                // ("sent for training, not to fight against Ukraine"; not an appeal, "urged
                // Moscow not to attack the plant".)
                || v.w(j) == "not" && j + 2 == k && v.w(j + 1) == "to" && !(j.saturating_sub(4).max(a)..j).any(|i| APPEAL_VERBS.contains(&v.w(i))))
    };
    // (Before the words of expectation: "conscripts would not be sent" is denied, not expected.)
    let negated = |k: usize| (k.saturating_sub(3).max(a)..k).any(|j| negates(j, k));
    // ("information of a potential significant air attack", "warning of major air attack": a
    // happening named as possible, or warned of, is still to come: only its article,
    // adjectives and nouns between; not "warned of retaliation after Ukraine's attack", nor "a
    // possible drone attack that killed three people", nor one denied, "no imminent attack".)
    let noun = v.xpos(k).is_some_and(|x| x.starts_with("NN"));
    let modifiers_from = |i: usize| (i + 1..k).all(|j| v.xpos(j).is_some_and(|x| matches!(x, "DT" | "JJ" | "NN" | "NNS")));
    let warned_of = (k.saturating_sub(5).max(a)..k).any(|i| v.w(i) == "of" && i > a && matches!(v.w(i - 1), "warning" | "warnings" | "warned" | "warns" | "threat" | "risk" | "fears") && modifiers_from(i));
    let possible = (k.saturating_sub(3).max(a)..k).any(|i| matches!(v.w(i), "potential" | "possible" | "imminent" | "looming" | "impending" | "threatened") && modifiers_from(i));
    let told_done = (k + 1..(k + 4).min(b)).any(|j| matches!(v.w(j), "that" | "which") && (j + 1..(j + 4).min(b)).any(|x| v.xpos(x) == Some("VBD")));
    if noun && (possible || warned_of) && !told_done && !negated(k) {
        return EventStatus::Expected;
    }
    if before.clone().any(|i| PLAN_WORDS.contains(&v.w(i))) {
        return EventStatus::Planned;
    }
    // A headline's "China to hold drills", "Troops to leave Kessa": what is to come.
    let verb = light_verb_of(v, k, a).unwrap_or(k);
    if verb > a + 1 && v.w(verb - 1) == "to" && v.xpos(verb).is_some_and(|x| x == "VB") && v.in_headline(v.span(verb)) && v.xpos(verb - 2).is_some_and(|x| x.starts_with("NN")) {
        return EventStatus::Expected;
    }
    // ("Pyongyang had decided to send 12,000 troops": a decision, not yet the act; not "the
    // commander decided to withdraw as Russian troops advanced".)
    if k >= a + 2 && v.w(k - 1) == "to" && matches!(v.w(k - 2), "decided" | "decides" | "decide") {
        return EventStatus::Planned;
    }
    if k > a && CONSIDERING_WORDS.contains(&v.w(k - 1)) && v.w(k).ends_with("ing") {
        return EventStatus::Planned;
    }
    // ("will not rule out the possibility of supplying defensive weapons": a prospect weighed.)
    if k > a + 1 && v.w(k - 1) == "of" && matches!(v.w(k - 2), "possibility" | "prospect" | "option" | "idea") && v.w(k).ends_with("ing") {
        return EventStatus::Planned;
    }
    // ("have called for another rally on Saturday", "calls for a ceasefire": asked for, not
    // yet held.)
    // (Not one held since: "Organisers who called for Saturday's rally said 10,000 came".)
    if called_for_before(v, k, a) && v.xpos(k).is_some_and(|x| x.starts_with("NN")) && !matches!(v.w(k - 1), "'s" | "’s") {
        return EventStatus::Planned;
    }
    // "was considering all options, including supplying weapons to Ukraine": one of the
    // options weighed.
    if k > a && v.w(k - 1) == "including" && v.w(k).ends_with("ing") && (a..k - 1).any(|i| CONSIDERING_WORDS.contains(&v.w(i))) {
        return EventStatus::Planned;
    }
    // "sending troops to fight for Russia": what they were sent for, not yet done (not past a
    // clause of its own: "deployed troops who went on to fight in Kursk").
    let sent_for = k >= a + 3
        && v.w(k - 1) == "to"
        && v.xpos(k).is_some_and(|x| x == "VB")
        // (Over the object: "has sent large numbers of ground troops to fight abroad".)
        && (k.saturating_sub(9).max(a)..k - 1)
            .rev()
            // (Not past a verb of its own: "soldiers sent to Kursk have begun to fight".)
            .take_while(|&i| !matches!(v.w(i), "who" | "which" | "that" | "and" | "," | ";") && !v.is_finite_verb(i) && !AUXILIARIES.contains(&v.w(i)))
            .any(|i| SENDING_WORDS.contains(&v.w(i)));
    // "a decree ordering 160,000 men ... to be called up", "Putin orders 160,000 conscripts
    // called up": what is ordered is planned, not done (back over the object, not past a verb
    // of its own).
    // (An infinitive after the order's object; or a participle right after it, "orders 160,000
    // conscripts called up", no "of" phrase between: not "ordered the release of two
    // journalists detained last week", nor "in order to".)
    let order_at = (k.saturating_sub(10).max(a)..k)
        .rev()
        .take_while(|&i| !matches!(v.w(i), "who" | "which" | "that" | ";" | ",") && !(v.is_finite_verb(i) && !ORDERING_WORDS.contains(&v.w(i))))
        .find(|&i| ORDERING_WORDS.contains(&v.w(i)));
    let infinitive = k > a + 1 && (v.w(k - 1) == "to" || v.w(k - 1) == "be" && v.w(k - 2) == "to");
    let participle = v.xpos(k) == Some("VBN") && order_at.is_some_and(|o| !(o + 1..k).any(|i| v.xpos(i) == Some("IN")));
    if order_at.is_some() && (infinitive || participle) && !negated(k) {
        return EventStatus::Planned;
    }
    // ("would not be sent to fight in Ukraine": no fighting is planned when the sending is
    // denied.)
    let sending_denied = (k.saturating_sub(9).max(a)..k).find(|&i| SENDING_WORDS.contains(&v.w(i))).is_some_and(negated);
    if sent_for && sending_denied {
        return EventStatus::Denied;
    }
    if sent_for {
        return EventStatus::Planned;
    }
    // "another round ..., presumably ..., is scheduled": a plan word later in the clause.
    let after_plan = (k + 1..b).take_while(|&i| !matches!(v.w(i), ";" | "and" | "but")).any(|i| {
        PLAN_WORDS.contains(&v.w(i)) && matches!(v.w(i - 1), "is" | "are" | "was" | "were" | "being" | ",")
    });
    if after_plan {
        return EventStatus::Planned;
    }
    // "More shipments are expected before the end of the year": a happening named by a noun
    // that its clause expects.
    // (Not "The attack was likely carried out by drones", "The explosion was due to a gas leak".)
    let noun_expected = v.xpos(k).is_some_and(|x| x.starts_with("NN"))
        && (k + 2..(k + 4).min(b)).any(|i| {
            let after = v.w(i + 1);
            matches!(v.w(i), "expected" | "likely" | "due")
                && matches!(v.w(i - 1), "is" | "are" | "was" | "were" | "be")
                && !v.xpos(i + 1).is_some_and(|x| x == "VBN")
                && (after != "to" || v.xpos(i + 2).is_some_and(|x| x == "VB"))
        });
    if noun_expected {
        return EventStatus::Expected;
    }
    // "is expected to travel to Kyiv and Moscow next month for talks": what a journey is for
    // is as far off as the journey.
    let purpose = (k.saturating_sub(3).max(a)..k).rev().find(|&i| v.w(i) == "for").filter(|&f| {
        v.xpos(k).is_some_and(|x| x.starts_with("NN")) && (f + 1..k).all(|i| v.xpos(i).is_some_and(|x| matches!(x, "DT" | "JJ" | "PRP$")))
    });
    // (Only a journey's purpose, not a reason: "vowed revenge for the strike".)
    let journey = |f: usize| {
        (f.saturating_sub(14).max(a)..f).any(|i| {
            let w = v.w(i);
            ["travel", "visit", "arriv", "return", "head", "fly", "flew", "flies", "convene", "gather"].iter().any(|p| w.starts_with(p))
                || matches!(w, "go" | "goes" | "went" | "going" | "come" | "comes" | "came" | "coming" | "meet" | "meets" | "met" | "trip" | "journey")
        })
    };
    if let Some(f) = purpose.filter(|&f| journey(f)) {
        let clause = (f.saturating_sub(14).max(a)..f).rev().take_while(|&i| !matches!(v.w(i), "," | ";" | ":" | "but" | "who" | "which" | "that"));
        for i in clause {
            if PLAN_WORDS.contains(&v.w(i)) {
                return EventStatus::Planned;
            }
            if matches!(v.w(i), "will" | "expected" | "set" | "poised" | "due") && !v.in_time(i) {
                return EventStatus::Expected;
            }
        }
    }
    // "about" expects only as "about to" ("carrying about 40 vehicles left" is past).
    // ("may already have been deployed": a perfect, a past the speaker hedges.)
    let hedged_perfect = (k.saturating_sub(4).max(a)..k).any(|i| v.w(i) == "have")
        && (k.saturating_sub(5).max(a)..k).any(|i| v.w(i) == "already" || matches!(v.w(i), "may" | "might" | "could" | "must") && v.w(i + 1) == "have");
    // ("are likely engaged in combat": a hedge on the present, unlike "likely to attack".)
    // ("PORT SUDAN, May 6 — Drones struck ...": the month is no modal.)
    let expects = |i: usize| EXPECTATION_WORDS.contains(&v.w(i)) && !v.in_time(i) && (!matches!(v.w(i), "about" | "likely") || v.w(i + 1) == "to");
    if negated(k) {
        return EventStatus::Denied;
    }
    if !hedged_perfect && before.clone().any(expects) {
        return EventStatus::Expected;
    }
    // "drawn from existing stocks so that it can be delivered within weeks": what a purpose
    // clause makes possible is still to come.
    let purpose_can = before.clone().any(|i| v.w(i) == "can") && (k.saturating_sub(8).max(a)..k).any(|i| v.w(i) == "so" && v.w(i + 1) == "that");
    if purpose_can {
        return EventStatus::Expected;
    }
    // "No armored vehicles have left": a subject with "no" and an auxiliary before the trigger.
    // ("At no point did any vessel enter": "no" in an inverted opening.)
    let no_subject = (k.saturating_sub(6).max(a)..k).find(|&i| v.w(i) == "no").is_some_and(|p| {
        (p + 1..k).all(|i| v.is_word(i))
            && (p + 2..k).any(|i| {
                matches!(v.w(i), "have" | "has" | "had" | "was" | "were" | "is" | "are" | "will")
                    || matches!(v.w(i), "did" | "does" | "do") && p > a && v.w(p - 1) == "at" && matches!(v.w(p + 1), "point" | "time")
            })
    });
    if no_subject {
        return EventStatus::Denied;
    }
    // ("are being trained": the passive progressive.)
    let passive_progressive = k > a && v.w(k - 1) == "being" && (k.saturating_sub(4).max(a)..k).any(|i| matches!(v.w(i), "is" | "are"));
    let progressive = passive_progressive
        || v.w(k).ends_with("ing") && (k.saturating_sub(2).max(a)..k).any(|i| matches!(v.w(i), "is" | "are" | "continue" | "continues"));
    if progressive || (k.saturating_sub(2).max(a)..k).any(|i| matches!(v.w(i), "currently" | "still")) {
        return EventStatus::Ongoing;
    }
    // "as Russia presses its offensive", "Russia continues its attacks": a happening named by a
    // noun that a verb of keeping on governs, in the present.
    // (The tagger may read "its offensive" as an adjective.)
    let noun = v.xpos(k).is_some_and(|x| x.starts_with("NN")) || k > 0 && matches!(v.w(k - 1), "its" | "their" | "his" | "her" | "the" | "a" | "an");
    // (A verb in the present, "presses", "is pressing"; not "told the press", "vowed to press",
    // "after pressing the attack".)
    // (Nor "presses for strikes", a demand.)
    let kept_on = |i: usize| {
        let present = match v.w(i) {
            "presses" | "continues" | "wages" | "sustains" | "keeps" => v.xpos(i).is_none_or(|x| x == "VBZ"),
            "press" | "continue" | "wage" | "sustain" | "keep" => v.xpos(i).is_some_and(|x| x == "VBP"),
            "pressing" | "continuing" | "waging" | "sustaining" | "keeping" => i > 0 && matches!(v.w(i - 1), "is" | "are"),
            _ => false,
        };
        present && v.w(i + 1) != "for"
    };
    if noun && (k.saturating_sub(3).max(a)..k).any(|i| kept_on(i) && (i + 1..k).all(|j| !v.is_punct(j) && !v.is_finite_verb(j))) {
        return EventStatus::Ongoing;
    }
    EventStatus::Occurred
}

/// "with an estimated 240 personnel" at a place, with no verb: the count is a presence. Inside
/// a claim ("Kirby said about 10,000 troops were in the Kursk region") it reads only the
/// claim's content: the speaker is not present, and "said on Monday" does not date it. Who is
/// present is the group the count qualifies ("10,000 North Korean troops"); a place the group is
/// heading to or coming from ("head toward Ukraine") is not where it is.
fn presence(v: &View<'_>, a: usize, b: usize, excluded_times: &[Span]) -> Option<Event> {
    let doc = v.doc;
    let sentence = v.span_of(a, b - 1);
    let (qi, q) = doc.quantities().iter().enumerate().find(|(_, q)| {
        sentence.contains(q.span) && q.unit.as_deref().is_some_and(|u| PERSONNEL_UNITS.contains(&u))
    })?;
    let scope = region_of(doc.claims(), q.span)
        .and_then(|c| {
            let content = doc.claims()[c].content;
            let start = content.start().max(sentence.start());
            let end = content.end().min(sentence.end());
            (start < end).then(|| doc.span(start, end).ok()).flatten()
        })
        .unwrap_or(sentence);
    let (first, last) = (v.token_at_or_after(scope.start()), v.token_at_or_after(scope.end()));
    let places: Vec<(usize, PlaceRole)> = doc
        .places()
        .mentions
        .iter()
        .filter(|m| scope.contains(m.span))
        .filter(|m| place_role(v, v.token_at_or_after(m.span.start()), first) == PlaceRole::Location)
        // "Kyiv's intelligence had counted 12,000 troops": an owner, not where they are
        // ("Russia's Kursk region" keeps Kursk); nor is a country that acts ("North Korea could
        // send 100,000 soldiers") or holds them ("the two soldiers held by Ukraine").
        .filter(|m| {
            let (first, after) = (v.token_at_or_after(m.span.start()), v.token_at_or_after(m.span.end()));
            // (A subject: no preposition before it, as in "soldiers in Russia are ...".)
            let governed = first > 0 && v.xpos(first - 1).is_some_and(|x| x == "IN" || x == "TO") && !matches!(v.w(first - 1), "that" | "whether" | "if");
            let acts = !governed && v.xpos(after).is_some_and(|x| x.starts_with("VB") || x == "MD");
            let holds = first > 0 && v.w(first - 1) == "by";
            !matches!(v.w(after), "’s" | "'s") && !acts && !holds
        })
        .map(|m| (m.place, PlaceRole::Location))
        .collect();
    if places.is_empty() {
        return None;
    }
    let times = doc.times();
    let values: Vec<(usize, &str)> = times
        .exprs
        .iter()
        .enumerate()
        .filter(|(_, t)| scope.contains(t.span) && t.value.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .filter(|(_, t)| !excluded_times.iter().any(|s| s.contains(t.span)))
        .map(|(i, t)| (i, t.value.as_str()))
        .collect();
    let values = if values.is_empty() { entry_dates(v, a) } else { values };
    // The group counted: a name between the number and its counted noun.
    let counted = v.token_at_or_after(q.span.start());
    let noun_end = (counted..last.min(counted + 6)).find(|&i| PERSONNEL_UNITS.contains(&v.w(i)));
    let layer = doc.entities();
    let group = noun_end.and_then(|end| {
        layer.mentions.iter().find(|m| {
            let t = v.token_at_or_after(m.span.start());
            t > counted && t < end && matches!(layer.entities[m.entity].entity_type, EntityType::Norp | EntityType::Unit | EntityType::Org)
        })
    });
    let mut deduped: Vec<(usize, PlaceRole)> = Vec::new();
    for p in places {
        if !deduped.contains(&p) {
            deduped.push(p);
        }
    }
    Some(Event {
        event_type: "presence",
        plover: None,
        trigger: q.span,
        other_triggers: Vec::new(),
        actors: group.map(|m| (m.entity, ActorRole::Agent)).into_iter().collect(),
        places: deduped,
        quantities: vec![qi],
        time: time_span(times, &values),
        status: EventStatus::Occurred,
        claims: Vec::new(),
        disputed_agents: Vec::new(),
    })
}

/// Whether the word at `k` follows a count's "of": "the number of injured", "the toll of dead".
fn counted_by_a_tally(v: &View<'_>, k: usize) -> bool {
    k >= 2 && v.w(k - 1) == "of" && TALLY_NOUNS.contains(&v.w(k - 2))
}

/// Whether the crossing at `i`, in the sentence `[a, b)`, is people in flight: displaced
/// people before it ("More than 12,000 people have crossed", "Thousands of refugees crossed
/// the border") and a word of flight in the sentence ("fleeing", "refugees"); no forces cross.
fn flight_across(v: &View<'_>, i: usize, a: usize, b: usize) -> bool {
    let people = (i.saturating_sub(8).max(a)..i).any(|j| DISPLACED_PEOPLE.contains(&v.w(j)));
    let forces = (i.saturating_sub(8).max(a)..i).any(|j| CROSSING_FORCES.contains(&v.w(j)));
    people && !forces && (a..b).any(|j| FLIGHT_WORDS.contains(&v.w(j)))
}

/// Whether the trigger at `k` stops what flies: "shot down 45 drones", "downed a jet", "air
/// defence systems destroyed 41 drones overnight"; not "a strike on the base destroyed two
/// bombers" (on the ground), "shot two soldiers".
fn stops_what_flies(v: &View<'_>, k: usize) -> bool {
    // (Within the sentence.)
    let (a, b) = v.doc.sentence_at(v.span(k).start()).map_or((k, k + 1), |s| (s.first_token, s.end_token));
    // (In the air: air defences near, or the word of an interception; not "destroyed two
    // bombers at Engels air base overnight", on the ground.)
    let in_the_air = (k.saturating_sub(8).max(a)..(k + 8).min(b)).any(|j| matches!(v.w(j), "defence" | "defense" | "defences" | "defenses" | "intercepted"));
    let on_the_ground = (k + 1..(k + 12).min(b)).any(|j| matches!(v.w(j), "base" | "bases" | "airfield" | "airfields" | "ground" | "hangar" | "hangars"));
    matches!(v.w(k), "shot" | "shoot" | "shoots" | "shooting") && v.w(k + 1) == "down"
        || v.w(k) == "downed"
        || matches!(v.w(k), "destroyed" | "destroy" | "destroys") && (k + 1..(k + 7).min(b)).any(|j| AIRBORNE.contains(&v.w(j))) && in_the_air && !on_the_ground
}

fn family(t: &str) -> &str {
    match t {
        // (An abduction is an attack on people: "the attack" may name it again.)
        "abduct" => "attack",
        "transport" | "deploy" | "depart" => "movement",
        // (A defection across a line is a crossing of it.)
        "defect" => "cross",
        other => other,
    }
}

/// Merges events of one family told again within two sentences, when nothing conflicts:
/// movements, strikes, blasts and clashes at a place they share, evacuations and exchanges of
/// prisoners at a shared place or where one names none, weapons tests within four sentences, and
/// an agreement named by a noun with the verb of its relative clause ("a treaty the two countries
/// signed"); and, at any distance, a
/// definite noun with nothing of its own ("the deployment", "the attack") into the last event of
/// its family.
fn merge_retellings(v: &View<'_>, events: Vec<(usize, Event)>) -> Vec<Event> {
    // Shooting down and intercepting are air defence, another act than the attack they meet
    // ("repelled an attack ... Its air defenses also shot down 45 drones").
    // ("air defence systems destroyed 41 drones": so is destroying what flies.)
    let interception = |e: &Event| {
        std::iter::once(&e.trigger).chain(&e.other_triggers).any(|t| {
            let k = v.token_at_or_after(t.start());
            matches!(v.w(k), "intercepted" | "intercept") || stops_what_flies(v, k)
        })
    };
    // Who acts, by country where the name has one ("Russia" and "Russian forces" are one side).
    let side = |id: usize| side_of(v.doc, id).unwrap_or_else(|| format!("#{id}"));
    // "Norland has neither confirmed nor denied the deployment": a definite noun with nothing
    // of its own (no place, count or agent) names a happening told before, however far back.
    let refers_back = |e: &Event| {
        let k = v.token_at_or_after(e.trigger.start());
        // ("the number of injured": a participle standing for its people is a noun.)
        let counted = counted_by_a_tally(v, k);
        let noun = v.xpos(k).is_some_and(|t| t.starts_with("NN")) || counted;
        let before = (0..k).rev().find(|&i| !v.xpos(i).is_some_and(|t| t.starts_with("JJ")));
        // (A determiner, not the complementizer of "warned that strikes would continue".)
        let definite = before.is_some_and(|i| v.w(i) == "the" || matches!(v.w(i), "this" | "that" | "these" | "those") && v.xpos(i) == Some("DT"))
            // ("the large number of casualties", "the toll of dead": the count of those told.)
            || before.is_some_and(|i| i >= 2 && v.w(i) == "of" && TALLY_NOUNS.contains(&v.w(i - 1)) && (i.saturating_sub(4)..i - 1).any(|j| v.w(j) == "the"));
        // ("to stay out of an area east of Pingtan island during the drills": what a time is
        // framed by was told before, wherever the sentence places it.)
        // (Not one with a place of its own after it: "during the fighting in Bakhmut".)
        let own_place = v.doc.places().mentions.iter().any(|m| {
            let t = v.token_at_or_after(m.span.start());
            t > k && t <= k + 3 && (k + 1..t).all(|i| matches!(v.w(i), "in" | "at" | "near" | "around" | "off" | "of" | "the"))
        });
        let framing = !own_place && before.is_some_and(|i| v.w(i) == "the" && i >= 1 && (v.w(i - 1) == "during" || i >= 2 && v.w(i - 1) == "of" && v.w(i - 2) == "ahead"));
        // ("The army blamed the RSF for the attack": who is blamed for a happening told before
        // is an agent put forward, and the happening the one told.)
        let blamed_for = before.is_some_and(|i| {
            i >= 1 && v.w(i) == "the" && v.w(i - 1) == "for" && (i.saturating_sub(10)..i).any(|j| matches!(v.w(j), "blamed" | "blames" | "blaming" | "blame" | "accused" | "accuses" | "accusing" | "responsibility" | "responsible"))
        });
        noun && definite && (e.places.is_empty() || framing) && e.quantities.is_empty() && (blamed_for || !e.actors.iter().any(|(_, r)| *r == ActorRole::Agent))
    };
    // "without giving details of the fighting", "unable to confirm the reports of fighting": a
    // happening named as what information is about is one told before (its sentence's subject
    // is none of its actors); "details of any casualties" names none at all.
    let passing_mention = |e: &Event| {
        let k = v.token_at_or_after(e.trigger.start());
        let noun = v.xpos(k).is_some_and(|t| t.starts_with("NN"));
        // (Past the noun's modifiers: "information about NATO troop movements".)
        let mut j = k;
        while j > 0 && k - j < 4 && (matches!(v.w(j - 1), "the" | "any" | "such") || v.xpos(j - 1).is_some_and(|t| t.starts_with("JJ") || t.starts_with("NN"))) {
            j -= 1;
        }
        // (Or a second "of" joined to the first: "details of the fighting or of any casualties".)
        let about = |w: &str| matches!(w, "of" | "about" | "on");
        let of_information = j >= 2
            && about(v.w(j - 1))
            // ("There was no official word on casualties".)
            // ("no official word on casualties"; not "Word of the coup spread".)
            && (j.saturating_sub(9)..j - 1).any(|i| {
                let no_word = v.w(i) == "word" && (i.saturating_sub(2)..i).any(|x| v.w(x) == "no");
                (INFORMATION_NOUNS.contains(&v.w(i)) || v.w(i) == "information" || no_word) && about(v.w(i + 1)) && !(i + 2..j - 1).any(|x| v.is_finite_verb(x))
            });
        noun && of_information && e.quantities.is_empty() && e.places.is_empty()
    };
    // ("The offensive began on Tuesday": a noun whose verb says it took place tells it
    // happening, whatever was expected of it before.)
    let happens_after = |e: &Event| {
        let k = v.token_at_or_after(e.trigger.start());
        (k + 1..(k + 4).min(v.len())).take_while(|&i| !v.is_punct(i)).any(|i| {
            matches!(v.w(i), "began" | "begun" | "started" | "erupted" | "happened" | "occurred" | "ended" | "resumed" | "continued" | "took" | "broke" | "went")
        })
    };
    let none_at_all = |e: &Event| {
        let k = v.token_at_or_after(e.trigger.start());
        k > 0 && v.w(k - 1) == "any"
    };
    let treaty_signed = |x: &Event, e: &Event| {
        let (n, verb) = (v.token_at_or_after(x.trigger.start()), v.token_at_or_after(e.trigger.start()));
        n < verb && v.xpos(n).is_some_and(|t| t.starts_with("NN")) && v.xpos(verb).is_some_and(|t| t.starts_with("VB")) && !(n + 1..verb).any(|i| matches!(v.w(i), "and" | "," | ";"))
    };
    // ("on Thursday morning" and "at about 7:10 a.m." of that Thursday.)
    let same_day = |x: &Option<(String, String)>, y: &Option<(String, String)>| {
        let day = |t: &str| t.get(..10).filter(|d| !d.contains('X')).map(str::to_string);
        x.as_ref().zip(y.as_ref()).is_some_and(|((xs, xe), (ys, ye))| day(xs).is_some() && day(xs) == day(ys) && day(xe) == day(ye))
    };
    // ("intercepted and destroyed": the second of two verbs joined by "and" or "or".)
    let joined = |x: &Event, e: &Event| {
        let q = v.token_at_or_after(e.trigger.start());
        std::iter::once(&x.trigger).chain(&x.other_triggers).any(|t| {
            let p = v.token_at_or_after(t.start());
            q == p + 2 && matches!(v.w(p + 1), "and" | "or")
        })
    };
    // ("Two people were killed and nine wounded", "killed two and wounded nine", "killing at
    // least nine people and wounding 20 others": the dead and the wounded of one clause are one
    // toll.)
    // (Of any of the toll's triggers: the headline's "two killed" may have taken it up.)
    let one_toll = |x: &Event, e: &Event| {
        let q = v.token_at_or_after(e.trigger.start());
        std::iter::once(&x.trigger).chain(&x.other_triggers).any(|t| {
            let p = v.token_at_or_after(t.start());
            p < q && q - p <= 8 && (p + 1..q).any(|i| v.w(i) == "and") && !(p + 1..q).any(|i| v.is_finite_verb(i) && !AUXILIARIES.contains(&v.w(i)) || matches!(v.w(i), ";" | "when" | "as" | "after" | "while" | "but"))
        }) && (x.places.is_empty() || e.places.is_empty() || e.places.iter().any(|(p, _)| x.places.iter().any(|(q, _)| q == p)))
    };
    let (headline_end, lead_end) = v.headline_lead;
    let places = &v.doc.places().places;
    // Whether `c` is the country place `o` lies in.
    let country_of = |c: &sitrep_doc::Place, o: &sitrep_doc::Place| {
        c.kind == sitrep_doc::PlaceKind::Country && o.kind != sitrep_doc::PlaceKind::Country && c.country.is_some() && o.country == c.country
    };
    // (One place inside the other: "to Kursk", "to the Kursk region"; a country and a place in
    // it: "to Russia", "to Russia's Kursk region".)
    let within = |a: usize, b: usize| {
        a == b
            || places.get(a).zip(places.get(b)).is_some_and(|(pa, pb)| {
                pa.admin1.as_deref() == Some(pb.name.as_str()) || pb.admin1.as_deref() == Some(pa.name.as_str()) || country_of(pa, pb) || country_of(pb, pa)
            })
    };
    // ("for the third time this year" and "early on Saturday": one span inside the other.)
    let within_time = |x: &Option<(String, String)>, y: &Option<(String, String)>| {
        x.as_ref().zip(y.as_ref()).is_some_and(|((xs, xe), (ys, ye))| (ys.starts_with(xs.as_str()) && ye.starts_with(xe.as_str())) || (xs.starts_with(ys.as_str()) && xe.starts_with(ye.as_str())))
    };
    let in_headline = |x: &Event| headline_end.is_some_and(|nl| x.trigger.end() <= nl);
    // (The same place or one in the other's region, not just the same country: "Two killed in
    // Ukraine" is no toll of "Five people were killed in Kharkiv last week".)
    let near_place = |a: usize, b: usize| near_places(v.doc, a, b);
    let shares_place = |x: &Event, e: &Event| e.places.iter().any(|(p, _)| x.places.iter().any(|(q, _)| near_place(*p, *q)));
    let mut out: Vec<(usize, Event)> = Vec::new();
    for (si, mut e) in events {
        let passing = passing_mention(&e);
        // "passing information about NATO troop movements", "reports about troop movements in
        // the region": a bare plural after the preposition is a topic, no happening at all.
        // ("two people familiar with the recent shipments": the happening they know of.)
        let familiar_with = {
            let k = v.token_at_or_after(e.trigger.start());
            let mut j = k;
            while j > 0 && k - j < 4 && (matches!(v.w(j - 1), "the" | "these" | "those" | "such") || v.xpos(j - 1).is_some_and(|t| t.starts_with("JJ") || t.starts_with("NN"))) {
                j -= 1;
            }
            j >= 2 && v.w(j - 1) == "with" && v.w(j - 2) == "familiar"
        };
        let topic = familiar_with || passing && {
            let k = v.token_at_or_after(e.trigger.start());
            let about = (k.saturating_sub(5)..k).rev().find(|&i| matches!(v.w(i), "of" | "about" | "on"));
            v.w(k).ends_with('s') && about.is_some_and(|p| !(p + 1..k).any(|i| matches!(v.w(i), "the" | "this" | "these" | "those" | "its" | "their" | "his" | "her" | "any" | "such")))
        };
        if topic {
            continue;
        }
        if passing {
            e.actors.clear();
        }
        let anaphor = refers_back(&e) || passing;
        // A weapons test told again, by the same side or by none, is one test ("fired a missile
        // on Thursday ... KCNA said it had tested a new missile"): within four sentences or
        // named again as "the test"; not a history of tests ("has conducted six nuclear tests").
        let plural = v.w(v.token_at_or_after(e.trigger.start())) == "tests";
        // (So is a launch into space: "launching a rocket ... had watched the launch".)
        let test_again = |sj: usize| matches!(e.event_type, "weapons_test" | "satellite_launch") && !plural && (si - sj <= 4 || anaphor);
        // (`loose`: a headline event with no place of its own, or a lead's, may be the one;
        // one at the same place is sought first: "sea drones hit Russian landing ship off
        // Crimea; Moscow says attack repelled" and "struck the landing ship near Feodosia".)
        let fits = |sj: &usize, x: &Event, loose: bool| {
            // A strike told in the headline and again in the first sentence, at the same place,
            // is one strike; two strikes at two places stay two.
            // (At the same place, or one inside the other: "Cargo ship hit off Yemen" and "struck
            // southwest of Aden"; or with no place told in one of headline and lead: "IAEA team
            // hears explosions near nuclear plant" and "heard several explosions".)
            let headline_and_lead = headline_end.is_some_and(|nl| x.trigger.end() <= nl && e.trigger.start() > nl) && e.trigger.end() <= lead_end;
            let same_place = e.places.iter().any(|(p, _)| x.places.iter().any(|(q, _)| q == p || headline_and_lead && within(*p, *q)))
                || loose && headline_and_lead && (x.places.is_empty() || e.places.is_empty());
            // (And an arms transfer: "Iranian drones shipped to Russia" and "300 drones were
            // shipped ... to the Russian port of Makhachkala".)
            // ("... when a drone struck their car near Tayr Harfa. The Israeli military said it
            // had struck a vehicle in the area": a strike placed only "in the area" or "there",
            // in the next sentence, is the one just told.)
            // (Within the trigger's sentence; not the "there" of "there were no casualties".)
            let there = e.places.is_empty() && e.time.is_none() && si - *sj <= 1 && {
                let k = v.token_at_or_after(e.trigger.start());
                let end = v.doc.sentence_at(e.trigger.start()).map_or(k + 1, |s| s.end_token).min(k + 13);
                (k + 1..end).any(|i| v.w(i) == "there" && v.xpos(i) != Some("EX") && !is_be(v.w(i + 1)) || v.w(i) == "area" && v.w(i - 1) == "the" && v.w(i.saturating_sub(2)) == "in")
            };
            // ("A strike on a children's hospital ... Russian forces had shelled the hospital":
            // an attack on the thing named again, within two sentences and at no other place; where
            // it was fired from is no other place.)
            let (xl, el) = (located(x), located(&e));
            let same_target = e.event_type == "attack" && si - *sj <= 2 && (xl.is_empty() || el.is_empty() || el.iter().any(|p| xl.iter().any(|q| near_place(*p, *q)))) && {
                let k = v.token_at_or_after(e.trigger.start());
                // (Not one told as another anywhere in its sentence: "Another missile hit the
                // city".)
                let sentence = v.doc.sentence_at(e.trigger.start()).map_or((k, k), |s| (s.first_token, s.end_token));
                let another = (sentence.0..sentence.1).any(|i| matches!(v.w(i), "another" | "again" | "second" | "separately" | "also"));
                !another && acted_on_at(v, k).is_some_and(|h| {
                    let definite = (k + 1..h).any(|i| v.w(i) == "the") && !(k + 1..h).any(|i| matches!(v.w(i), "another" | "other" | "a" | "an"));
                    definite && std::iter::once(&x.trigger).chain(&x.other_triggers).any(|t| acted_on(v, v.token_at_or_after(t.start())).as_deref() == Some(v.w(h)))
                })
            };
            let same_violence = matches!(e.event_type, "attack" | "explosion" | "fight" | "seize" | "intercept" | "launch" | "cyberattack" | "arms_transfer" | "disaster")
                && x.event_type == e.event_type
                && interception(x) == interception(&e)
                && (anaphor || same_place || there || same_target);
            // Two agents and none shared: two sides' acts ("repelled an attack by Ukrainian
            // units", "its air defenses shot down 45 Ukrainian drones").
            let agents = |ev: &Event| ev.actors.iter().filter(|(_, r)| *r == ActorRole::Agent).map(|(id, _)| side(*id)).collect::<Vec<_>>();
            let (xa, ea) = (agents(x), agents(&e));
            let other_agents = !xa.is_empty() && !ea.is_empty() && !xa.iter().any(|a| ea.contains(a));
            // Two destinations and none shared: two movements ("sent to eastern Russia for
            // training and ... moved closer to Ukraine").
            // (A country is no destination of its own beside a place in it: "to Russia's Far
            // East" and "to Russia's Kursk region" are two.)
            let destinations = |ev: &Event| {
                let all: Vec<usize> = ev.places.iter().filter(|(_, r)| *r == PlaceRole::Destination).map(|(p, _)| *p).collect();
                let holds_another = |p: usize| all.iter().any(|&o| o != p && places.get(p).zip(places.get(o)).is_some_and(|(pc, po)| country_of(pc, po)));
                all.iter().copied().filter(|&p| !holds_another(p)).collect::<Vec<_>>()
            };
            let (xd, ed) = (destinations(x), destinations(&e));
            // (One place inside the other is one destination.)
            let other_destinations = !xd.is_empty() && !ed.is_empty() && !xd.iter().any(|&p| ed.iter().any(|&q| within(p, q)));
            let same_test = test_again(*sj);
            // (Drills, talks or a visit told in the headline and again in the lead are one, the
            // lead's dates making the headline's "next week" precise: "China to hold drills
            // near Taiwan next week" and "will hold exercises ... from Nov. 12 to Nov. 15".)
            // (So is an arrival: "Russian 'Africa Corps' arrives in Niger" and "About 100 Russian
            // military instructors ... arrived in Niger's capital"; and a truce: "Truce in
            // eastern Congo collapses" and "A ceasefire between Congolese troops and M23 rebels
            // collapsed".)
            // (And a headline's defection is the lead's crossing: "soldier defects across
            // border" and "crossed the military demarcation line".)
            // (And an arrest: "Georgian opposition leader arrested on treason charges" and "Georgian
            // police arrested opposition leader Nika Melia".)
            let scheduled = headline_and_lead
                && (matches!(e.event_type, "train" | "meet" | "visit" | "arrive" | "agree" | "recruit" | "weapons_test" | "arrest") && x.event_type == e.event_type || x.event_type == "defect" && e.event_type == "cross");
            // ("Putin orders 160,000 conscripts called up in spring draft" and "between April 1
            // and July 15": a season named in the headline, the dates in the lead opening in it.)
            let in_season = |p: &Option<(String, String)>, q: &Option<(String, String)>| p.as_ref().zip(q.as_ref()).is_some_and(|((ps, _), (qs, _))| season_holds(ps, qs));
            // (An evacuation or an exchange of prisoners told in the headline and again in the
            // lead is one; "evacuated 27 villages in Belgorod ... In Sumy, 5,000 residents fled"
            // are two.)
            // (So is a sentence: "court jails man for spying" and "sentenced a former border
            // guard to 11 years".)
            // (Two people sentenced are two sentences: patients shared, or named by one only.)
            let patients = |ev: &Event| ev.actors.iter().filter(|(_, r)| *r == ActorRole::Patient).map(|(id, _)| *id).collect::<Vec<_>>();
            let (xp, ep) = (patients(x), patients(&e));
            let same_convicts = e.event_type != "sentence" || xp.is_empty() || ep.is_empty() || xp.iter().any(|p| ep.contains(p));
            // (An abduction told again names its captives as known: "before seizing the
            // workers"; "Gunmen also abducted a priest" is another.)
            // (A headline's and its lead's are one; so is a passive whose captives are definite,
            // "The workers were kidnapped on Monday", and "the abduction of the workers".)
            let same_captives = e.event_type != "abduct" || headline_and_lead || {
                let k = v.token_at_or_after(e.trigger.start());
                let mut j = k + 1;
                while j < v.len() && v.xpos(j) == Some("RB") {
                    j += 1;
                }
                if v.w(j) == "of" {
                    j += 1;
                }
                let definite = |w: &str| matches!(w, "the" | "them" | "those" | "these" | "him" | "her" | "their" | "its");
                let passive_definite = is_passive(v, k) && (k.saturating_sub(6)..k).rev().find(|&i| v.xpos(i).is_some_and(|x| x.starts_with("NN"))).is_some_and(|n| (n.saturating_sub(3)..n).any(|i| definite(v.w(i))));
                (definite(v.w(j)) || passive_definite) && !(k.saturating_sub(3)..k).any(|i| v.w(i) == "also")
            };
            let same_exodus = matches!(e.event_type, "displacement" | "release" | "sentence" | "abduct")
                && same_convicts
                && same_captives
                && x.event_type == e.event_type
                && (x.places.is_empty() || e.places.is_empty() || anaphor || e.places.iter().any(|(p, _)| x.places.iter().any(|(q, _)| q == p || e.event_type == "abduct" && within(*p, *q))));
            // ("The man was seized by gunmen on Feb. 12": captives named as known are the ones
            // whose abduction was told, however far back.)
            // (Not told as another: "Separately, the two priests were kidnapped".)
            let separate = {
                let sentence = v.doc.sentence_at(e.trigger.start()).map_or(e.trigger, |s| s.span);
                let (f, l) = (v.token_at_or_after(sentence.start()), v.token_at_or_after(e.trigger.start()));
                (f..l).any(|i| matches!(v.w(i), "separately" | "another" | "separate" | "also"))
            };
            let captives_known = e.event_type == "abduct" && x.event_type == "abduct" && same_captives && !headline_and_lead && !separate;
            // ("a bomb hidden in an electric scooter exploded ... the agency had carried out the
            // attack": a bombing named again as an attack.)
            let bombing_again = anaphor && e.event_type == "attack" && x.event_type == "explosion" && {
                let sentence = v.doc.sentence_at(x.trigger.start()).map_or(x.trigger, |s| s.span);
                let k = v.token_at_or_after(sentence.start());
                (k..v.token_at_or_after(sentence.end())).any(|i| matches!(v.w(i), "bomb" | "bombs" | "explosive" | "explosives" | "ied" | "device" | "car-bomb"))
            };
            // ("a magnitude 7.1 earthquake that struck ... The quake hit Tingri county at 9:05 a.m.
            // ... said it struck at a depth of 10 kilometres": the hazard named again, "the
            // quake" or "it", is the one disaster, its places and times finer or not.)
            // (Within the trigger's own sentence, at no other place and within days of the
            // first: not "the quake that struck Nepal in 2015" told as background.)
            let days_apart = |p: &Option<(String, String)>, q: &Option<(String, String)>| {
                let day = |t: &str| t.get(..10).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
                p.as_ref().zip(q.as_ref()).and_then(|((ps, _), (qs, _))| Some((day(ps)? - day(qs)?).num_days().abs()))
            };
            let close_in_time = x.time.is_none() || e.time.is_none() || days_apart(&x.time, &e.time).is_some_and(|d| d <= 3);
            let hazard_again = e.event_type == "disaster" && x.event_type == "disaster" && si - *sj <= 4 && close_in_time && {
                let k = v.token_at_or_after(e.trigger.start());
                let from = v.doc.sentence_at(e.trigger.start()).map_or(k, |s| s.first_token).max(k.saturating_sub(4));
                let no_other_place = x.places.is_empty() || e.places.is_empty() || shares_place(x, &e);
                no_other_place && (from..k).any(|j| v.w(j) == "it" || hazard_at(v, j) && j > 0 && matches!(v.w(j - 1), "the" | "this" | "that"))
            };
            // ("placed a satellite into orbit after launching a rocket ... watched the launch of
            // the rocket": the launch named again, in a sentence that says nothing of space.)
            let launch_again = x.event_type == "satellite_launch" && e.event_type == "launch" && si - *sj <= 4 && {
                let k = v.token_at_or_after(e.trigger.start());
                v.xpos(k).is_some_and(|t| t.starts_with("NN")) && k > 0 && matches!(v.w(k - 1), "the" | "this" | "that")
            };
            (si - *sj <= 2 || anaphor || same_test || captives_known || hazard_again || launch_again)
                && !other_agents
                && !other_destinations
                && (family(x.event_type) == family(e.event_type) || bombing_again || launch_again)
                // ("a defense treaty the two countries signed in June": one agreement, a noun and
                // the verb of its relative clause; not "signed a peace deal ... and a transit
                // agreement".)
                // ("The casualties came after ...": a toll named again.)
                && (family(e.event_type) == "movement" || same_violence || same_test || same_exodus || e.event_type == "agree" && si == *sj && treaty_signed(x, &e)
                    || anaphor && e.event_type == "casualties" && x.event_type == "casualties"
                    // ("thousands rally against election result ... The protests began on
                    // Sunday".)
                    || anaphor && e.event_type == "protest" && x.event_type == "protest"
                    // ("Gunmen abducted 23 workers in a raid ... No group has claimed
                    // responsibility for the attack".)
                    || anaphor && e.event_type == "attack" && x.event_type == "abduct"
                    || bombing_again
                    || si == *sj && e.event_type == "casualties" && x.event_type == "casualties" && one_toll(x, &e)
                    // ("intercepted and destroyed 41 drones": two verbs of one act.)
                    || si == *sj && x.event_type == e.event_type && joined(x, &e)
                    // ("Police fired tear gas to disperse the crowd": one dispersal.)
                    || si == *sj && x.event_type == "disperse" && e.event_type == "disperse" && (x.places.is_empty() || e.places.is_empty() || shares_place(x, &e))
                    || scheduled
                    // ("the drills were routine": drills named again, of any kind.)
                    || anaphor && x.event_type == e.event_type
                    // ("Dozens killed as shelling hits camp" and "At least 31 people were killed".)
                    // (Or in a later sentence at the same place: "two killed in Odesa" and "Two
                    // people were killed ... in Odesa", the lead being about the drones.)
                    || (headline_and_lead && same_place || in_headline(x) && shares_place(x, &e)) && e.event_type == "casualties" && x.event_type == "casualties" && v.lemma(v.token_at_or_after(e.trigger.start())) == v.lemma(v.token_at_or_after(x.trigger.start()))
                    || hazard_again
                    || launch_again)
                // (A noun named again takes the status it was told with: "will hold exercises
                // ... said the drills were routine".)
                && (x.status == e.status || anaphor && e.status == EventStatus::Occurred && e.time.is_none() && !happens_after(&e))
                // (A strike named again, "the strike was the fifth in the area this month", is
                // the strike of Tuesday evening.)
                && (x.time.is_none() || e.time.is_none() || x.time == e.time || hazard_again || same_test && same_day(&x.time, &e.time) || (headline_and_lead || anaphor || captives_known) && within_time(&x.time, &e.time) || scheduled && (in_the_week(&x.time, &e.time) || in_season(&x.time, &e.time)))
        };
        // (One of its own sentence first: "struck the landing ship ..., releasing a video it
        // said showed the attack".)
        // (A noun named again passes over what a relative clause told in passing: "the
        // Eastern Theater Command, which staged large drills in August. ... the drills were
        // routine" are the drills of the story.)
        let background = |x: &Event| {
            let k = v.token_at_or_after(x.trigger.start());
            let from = v.doc.sentence_at(x.trigger.start()).map_or(0, |s| s.first_token);
            (from..k).rev().take_while(|&i| v.w(i) != ",").last().is_some_and(|i| i > from && v.w(i - 1) == "," && matches!(v.w(i), "which" | "who"))
        };
        let at = out
            .iter()
            .rposition(|(sj, x)| *sj == si && fits(sj, x, false))
            .or_else(|| out.iter().rposition(|(sj, x)| anaphor && !background(x) && fits(sj, x, false)))
            .or_else(|| out.iter().rposition(|(sj, x)| fits(sj, x, false)))
            .or_else(|| out.iter().rposition(|(sj, x)| fits(sj, x, true)));
        let target = at.and_then(|i| out.get_mut(i));
        match target {
            Some((sj, x)) => {
                *sj = si;
                if e.event_type == "transport" {
                    x.event_type = "transport";
                }
                x.other_triggers.push(e.trigger);
                // ("condemned the launch as a violation of U.N. Security Council resolutions that
                // ban North Korea ...": a test or launch named again takes nothing from the words
                // after it.)
                let named_again = matches!(e.event_type, "weapons_test" | "satellite_launch") && {
                    let k = v.token_at_or_after(e.trigger.start());
                    anaphor || k > 0 && v.xpos(k).is_some_and(|t| t.starts_with("NN")) && matches!(v.w(k - 1), "the" | "this" | "that")
                };
                if named_again {
                    e.places.clear();
                    e.actors.clear();
                }
                take_arguments(x, e.places, e.actors);
                // (A headline's figure told again in the lead is one count: the lead's "about
                // 3,600" for the headline's "3,600", "Two people" for its bare "two".)
                let all = v.doc.quantities();
                let in_headline = |o: usize| headline_end.is_some_and(|nl| all.get(o).is_some_and(|q| q.span.end() <= nl));
                for q in e.quantities {
                    let same = |o: &usize| in_headline(*o) && all.get(*o).zip(all.get(q)).is_some_and(|(a, b)| a.value == b.value && a.upper == b.upper && (a.unit == b.unit || a.unit.is_none()));
                    match x.quantities.iter().position(same) {
                        Some(at) => x.quantities[at] = q,
                        None => x.quantities.push(q),
                    }
                }
                x.quantities.sort_unstable();
                x.quantities.dedup();
                // (A noun told again takes its time from the sentence that names it again:
                // "did not deny the deployment in October" is when he did not deny it.)
                // (Nor from a headline's vaguer one: "this year" gives way to "on Saturday".)
                // (And a headline's week gives way to the lead's days: "next week" to "from Nov. 12
                // to Nov. 15".)
                // (So does a headline's season to the lead's dates opening in it: "spring draft" to
                // "between April 1 and July 15".)
                let headline_week = |xs: &str, es: &str| (week_contains(xs, es) || season_holds(xs, es)) && x.trigger.end() <= headline_end.unwrap_or(0);
                let finer = x.time.as_ref().zip(e.time.as_ref()).is_some_and(|((xs, _), (es, _))| es.len() > xs.len() && es.starts_with(xs.as_str()) || headline_week(xs, es));
                if (x.time.is_none() || finer) && !anaphor {
                    x.time = e.time;
                }
            }
            None if passing && none_at_all(&e) => {}
            None => out.push((si, e)),
        }
    }
    out.into_iter().map(|(_, e)| e).collect()
}

/// Whether the day that `day` opens ("2025-04-01") falls in the season `season` names
/// ("2025-SP": March to May; "2025-WI": December 2024 to February 2025, as the time tagger
/// writes a winter).
fn season_holds(season: &str, day: &str) -> bool {
    let (Some((year, code)), Some(date)) = (season.split_once('-'), day.get(..10).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())) else {
        return false;
    };
    let Ok(year) = year.parse::<i32>() else { return false };
    matches!(code, "SP" | "SU" | "FA" | "WI") && sitrep_time::season_bounds(year, code).is_some_and(|(from, to)| (from..=to).contains(&date))
}

/// Whether the day that `day` opens ("2025-03-12", "2025-03-12T10:00") falls in the ISO week
/// `week` ("2025-W11").
fn week_contains(week: &str, day: &str) -> bool {
    let parsed = || {
        let (year, w) = week.split_once("-W")?;
        let monday = chrono::NaiveDate::from_isoywd_opt(year.parse().ok()?, w.get(..2)?.parse().ok()?, chrono::Weekday::Mon)?;
        let date = chrono::NaiveDate::parse_from_str(day.get(..10)?, "%Y-%m-%d").ok()?;
        Some(date >= monday && date < monday + chrono::Duration::days(7))
    };
    parsed().unwrap_or(false)
}

/// Whether one span of time lies in the other's week ("next week" and "from March 12 to March
/// 15"), or one inside the other.
fn in_the_week(x: &Option<(String, String)>, y: &Option<(String, String)>) -> bool {
    let Some(((xs, xe), (ys, ye))) = x.as_ref().zip(y.as_ref()) else { return true };
    let inside = |a: &str, b: &str| b.starts_with(a);
    week_contains(xs, ys) && week_contains(xe, ye) || week_contains(ys, xs) && week_contains(ye, xe) || inside(xs, ys) && inside(xe, ye) || inside(ys, xs) && inside(ye, xe)
}

/// The claims whose content holds one of the event's triggers.
fn reporting_claims(claims: &[Claim], e: &Event) -> Vec<usize> {
    claims
        .iter()
        .enumerate()
        .filter(|(_, c)| std::iter::once(&e.trigger).chain(&e.other_triggers).any(|t| c.content.contains(*t)))
        .map(|(i, _)| i)
        .collect()
}
