//! Seats of government that stand for their states: "Pyongyang has denied sending troops",
//! "Pyongyang's troop movements", "ties between Moscow and Pyongyang".
//!
//! News names a state by its capital as often as by its own name, and a reader of the ledger
//! wants such a mention to be the state's: the source of "Kyiv says ..." is Ukraine, the agent
//! of "Pyongyang sent troops" North Korea, and two reports quoting "Seoul" and "South Korea" hear
//! one voice. A capital named as a place ("in Pyongyang", "Pyongyang's streets", "Kyiv was hit")
//! stays the city's. The place layer is left alone either way: a metonymic toponym is still a
//! toponym, resolved to the city (as GeoWebNews and the seed's gold count it).
//!
//! The reading is decided from the dependency parse, by the word the capital's mention hangs
//! from: the subject of an active verb that is no happening to a city, the possessor of what is
//! not part of a city, a modifier of people who act for a state ("Pyongyang troops"), an agent
//! after "by", a source after "according to", the object of verbs that address a government
//! ("accused Moscow of"), a partner of "ties" or "talks" ("with Moscow", "between Moscow and
//! Pyongyang"), and a capital joined by "and" to one read so. Without a parse nothing changes.

use sitrep_doc::{Doc, Entity, EntityMention, EntityType, MentionKind, PlaceKind, PlaceLexicon};

/// What a city has, so that "Kyiv's mayor" and "Pyongyang's streets" are the city's own.
const CITY_PARTS: &[&str] = &[
    "mayor", "resident", "inhabitant", "citizen", "people", "population", "street", "outskirt", "suburb", "centre",
    "center", "downtown", "district", "neighbourhood", "neighborhood", "quarter", "airport", "metro", "subway", "skyline",
    "city", "hospital", "school", "building", "infrastructure", "grid", "heating", "sky", "air", "council", "region",
    "oblast", "province", "park", "square", "museum", "university", "stadium", "station", "railway", "port",
    "harbour", "harbor", "river", "bridge", "boulevard", "avenue", "landmark", "monument", "cathedral", "church",
    "restaurant", "cafe", "market", "shop", "hotel", "home", "apartment", "housing", "traffic", "road", "pollution",
    "weather", "temperature", "siren", "shelter", "zoo", "mosque", "palace", "embassy", "consulate", "governor",
    "police", "fire", "edge",
];

/// Who act for a state, so that "Pyongyang troops" and "Moscow officials" are the state's.
/// ("plan" only in lower case: "Moscow plans to move ...", not "the London Plan".)
const STATE_PEOPLE: &[&str] = &[
    "troop", "force", "soldier", "official", "government", "regime", "leadership", "authority", "administration",
    "envoy", "diplomat", "delegation", "military", "army", "leader", "ally", "negotiator", "spokesman",
    "spokeswoman", "spokesperson", "authorities", "navy", "ambassador", "minister", "ministry", "propaganda",
    "policy", "decision", "backing", "support", "aid", "plan",
];

/// What happens to a city, whose subject is then the place: "Kyiv woke to explosions", "Moscow
/// saw heavy snow", "Kyiv remains under curfew". (A copula is no head in the parse: "Kyiv is
/// quiet" hangs from the adjective, read by [`STANCE_ADJECTIVES`].)
const CITY_VERBS: &[&str] = &[
    "become", "remain", "seem", "appear", "look", "wake", "host", "experience", "suffer", "shake", "tremble", "lie", "come",
    "sit", "sleep", "burn", "freeze", "flood", "plunge", "endure", "brace", "go", "fall", "rank", "border", "house",
    "span", "sprawl", "swelter", "shiver", "glow", "darken", "empty", "fill", "grow", "expand", "boast",
];

/// Verbs whose object is a government addressed or judged: "accused Moscow of", "urged
/// Pyongyang to", "warned Seoul". (Not "recognized Jerusalem as the capital", "Russian columns
/// threatened Kyiv", "supplied Kyiv with electricity": the city.)
const ADDRESSING_VERBS: &[&str] = &[
    "accuse", "urge", "warn", "blame", "sanction", "pressure", "condemn", "criticize", "criticise", "support",
    "back", "thank", "ask", "press", "persuade", "tell", "inform", "notify", "allow", "permit", "help", "assist",
    "arm", "fund", "punish", "reward", "praise", "congratulate", "reassure", "deter", "trust", "join", "betray",
    "court", "lobby", "petition", "defy", "oppose", "engage", "contact", "invite",
];

/// Nouns and verbs of dealings between states: "ties with Moscow", "talks between Seoul and
/// Washington", "cooperate with Pyongyang", "raised the matter with Pyongyang".
const DEALINGS: &[&str] = &[
    "tie", "relation", "relationship", "cooperation", "alliance", "partnership", "talk", "negotiation", "deal",
    "agreement", "pact", "treaty", "rapprochement", "rift", "tension", "dispute", "dialogue", "contact", "exchange",
    "summit", "accord", "friendship", "rivalry", "standoff", "feud", "cooperate", "negotiate", "ally", "side",
    "break", "normalize", "normalise", "spar", "clash", "quarrel", "trade", "meet", "raise", "discuss", "speak",
    "consult", "coordinate", "share", "agree", "disagree", "sign",
];

/// What a state is of a mind to be: "said Beijing was not aware of it", "Tunis is increasingly
/// reliant on ..." (not "Kyiv was quiet"). "free" and "open" only before "to": "Moscow and
/// Pyongyang were free to cooperate", not "Kyiv is free of snow".
const STANCE_ADJECTIVES: &[&str] = &[
    "aware", "unaware", "ready", "willing", "unwilling", "prepared", "committed", "determined", "concerned",
    "opposed", "keen", "eager", "reluctant", "able", "unable", "responsible", "confident", "reliant", "dependent",
    "satisfied", "interested", "wary", "cautious", "adamant", "firm", "grateful", "unhappy", "free", "open",
];

/// What comes from a government: "no comment from Moscow", "another lie from Seoul".
const SAYINGS: &[&str] = &[
    "comment", "reaction", "response", "statement", "denial", "confirmation", "word", "protest", "reply",
    "complaint", "warning", "objection", "condemnation", "criticism", "demand", "request", "signal", "assurance",
    "approval", "permission", "order", "invitation", "offer", "proposal", "message", "explanation", "lie",
    "claim", "accusation", "propaganda", "threat", "pledge", "promise",
];

/// What is laid on a state, and a call or bet on one: "sanctions on Pyongyang", "called on
/// Washington to act", "relies on Beijing", "betting on Moscow" (not "pressure on Kyiv", as often
/// an army's as a government's).
const ON_A_STATE: &[&str] = &[
    "sanction", "embargo", "restriction", "ban", "tariff", "curb", "call", "prevail", "rely", "depend", "bet", "count", "lean",
];

/// What a state is said to be: "Moscow is the only government willing to ...", "Beijing is
/// Pyongyang's main ally" (not "Kyiv is the capital", "Moscow is a city of 13 million").
const STATE_ROLES: &[&str] = &[
    "government", "ally", "partner", "nation", "regime", "supplier", "backer", "sponsor",
    "patron", "friend", "enemy", "rival", "adversary", "signatory", "mediator", "guarantor",
];

/// Verbs by which something is told to a government: "it was explained to Rome", "appealed to
/// Washington" (not "flew to Moscow", "aid was delivered to Kabul").
const TELLING_VERBS: &[&str] = &[
    "explain", "say", "write", "complain", "appeal", "report", "convey", "promise", "pledge", "apologize",
    "apologise", "signal", "announce", "submit", "protest", "defer", "cede", "surrender",
];

/// Verbs whose object is the subject of the infinitive after it: "expects Moscow to pay",
/// "wants Seoul to act", "forced Kyiv to withdraw".
const CONTROL_VERBS: &[&str] = &[
    "expect", "want", "need", "force", "compel", "push", "encourage", "get", "prefer", "persuade", "convince", "urge",
    "ask", "allow", "invite", "pressure", "press", "order", "prompt", "lead",
];

/// Verbs of speech that may follow their subject in a headline: "..., says Seoul".
const SPEECH_VERBS: &[&str] = &["say", "claim", "insist", "warn", "add", "report", "deny", "allege"];

/// Links the mentions of capitals read as their states (see the module documentation) to the
/// state's entity, which is made when the text never names the state itself. Such a mention is
/// of kind [`MentionKind::Metonym`]; the city's entity keeps its other mentions.
pub(crate) fn name_the_states_by_their_seats(doc: &Doc, places: &dyn PlaceLexicon, entities: &mut Vec<Entity>, mentions: &mut [EntityMention]) {
    let Some(syntax) = doc.syntax() else { return };
    let tokens = doc.tokens();
    let text = doc.text();
    let n = tokens.len().min(syntax.head.len()).min(syntax.deprel.len()).min(syntax.lemma.len());
    let word = |i: usize| tokens.get(i).map_or("", |t| &text[t.span.range()]);
    let lemma = |i: usize| syntax.lemma.get(i).map_or(String::new(), |l| l.to_lowercase());
    let deprel = |i: usize| syntax.deprel.get(i).map_or("", String::as_str);
    let head = |i: usize| syntax.head.get(i).copied().flatten();
    let children = |h: usize| (0..n).filter(move |&k| head(k) == Some(h));
    let case_of = |i: usize| children(i).filter(|&k| matches!(deprel(k), "case" | "fixed")).map(|k| word(k).to_lowercase()).collect::<Vec<_>>();
    // Whether the word at `i` is one of `list`: by its lemma, or by the word itself, singular or
    // not (the lemmatiser may keep "troops" as it is, or make "ties" "ty").
    let is_one_of = |list: &[&str], i: usize| {
        let w = word(i).to_lowercase();
        let singular = w.strip_suffix('s').filter(|s| s.len() > 2 && !s.ends_with('s')).unwrap_or(&w).to_string();
        [lemma(i), w.clone(), singular].iter().any(|x| list.contains(&x.as_str()))
    };
    // A seat's mention: its tokens (first, last) and the one that hangs from outside it.
    struct Seat {
        mention: usize,
        first: usize,
        last: usize,
        head: usize,
        iso: String,
    }
    let seats: Vec<Seat> = mentions
        .iter()
        .enumerate()
        .filter_map(|(k, m)| {
            let e = entities.get(m.entity)?;
            if !matches!(e.entity_type, EntityType::Gpe | EntityType::Loc) || m.kind != MentionKind::Name {
                return None;
            }
            let name = doc.slice(m.span);
            let from = tokens[..n].partition_point(|t| t.span.start() < m.span.start());
            let inside: Vec<usize> = (from..n).take_while(|&i| m.span.contains(tokens[i].span)).collect();
            let (&first, &last) = (inside.first()?, inside.last()?);
            // (Only a seat is worth reading its context for; or a city a government sits in
            // that is not the capital: "the army-aligned government in Port Sudan", "the
            // government in Aden".)
            // (Not a rival one: "the separatist government in Donetsk", "the parallel government
            // in Nyala".)
            let rival = (first.saturating_sub(5)..first.saturating_sub(2)).any(|i| {
                matches!(
                    word(i).to_lowercase().as_str(),
                    "separatist" | "breakaway" | "rebel" | "parallel" | "rival" | "self-proclaimed" | "occupation" | "puppet" | "exiled" | "de" | "interim" | "opposition" | "shadow"
                )
            });
            let sits_in = first >= 2
                && word(first - 1) == "in"
                && matches!(lemma(first - 2).as_str(), "government" | "regime" | "leadership")
                && !rival
                && places.place_kind(name) == Some(PlaceKind::City);
            let iso = match places.seat_of_government(name) {
                Some(iso) => iso.to_string(),
                None if sits_in => places.country_of(name)?.to_string(),
                None => return None,
            };
            let head_token = inside.iter().copied().find(|&i| head(i).is_none_or(|h| !inside.contains(&h)))?;
            let line_start = text[..m.span.start()].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[m.span.end()..].find('\n').map_or(text.len(), |i| m.span.end() + i);
            let before = text[line_start..m.span.start()].trim();
            let after = text[m.span.end()..line_end].trim_start();
            // ("SEOUL, Nov. 4 (Wire) -", "SEOUL/WASHINGTON (Reuters) -", "Seoul, Nov. 4 (Yonhap)
            // -", "Beijing (AsiaNews)": a dateline names where the report was filed; "Seoul:
            // Spy agency says ...", a digest's label, where an item comes from.)
            let opens_line = before.is_empty() || before.chars().all(|c| c.is_uppercase() || matches!(c, '/' | ' ' | '.'));
            let head_of_line = after.get(..after.len().min(40)).unwrap_or(after);
            // ("MOSCOW — Russia's Defense Ministry said": a dash right after it too.)
            let dateline = opens_line
                && (after.starts_with([':', '—', '–', '-'])
                    || after.starts_with(['/', ',', '('])
                        && (head_of_line.contains('(') || head_of_line.contains(" - ") || head_of_line.contains(" — ") || head_of_line.contains(" – ")));
            // ("Tacoma, Washington": the region holding the town before it, not "After talks in
            // Geneva, Washington said", nor "strikes on Kharkiv, Kyiv said". "London, Ontario":
            // a town named after another is no seat.)
            let holds_a_place = word(first.wrapping_sub(1)) == ","
                && mentions.iter().any(|o| {
                    o.span.end() <= tokens[first - 1].span.start()
                        && tokens[first - 1].span.start() - o.span.end() <= 1
                        && entities.get(o.entity).is_some_and(|e| e.entity_type.is_place())
                        && places.admin_of(doc.slice(o.span)) == Some(name)
                });
            // ("Denzel Washington ... Washington said": the last word of a name of someone or
            // something else, whichever type the recogniser gave it.)
            let surname = entities
                .iter()
                .any(|e| !e.entity_type.is_place() && e.name.split_whitespace().count() > 1 && e.name.split_whitespace().last() == Some(name));
            let held = after.starts_with(',') && {
                let next = text[m.span.end()..].trim_start_matches([',', ' ']);
                let region = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                !region.is_empty() && region.starts_with(char::is_uppercase) && matches!(places.place_kind(region), Some(PlaceKind::Admin))
            };
            if dateline || holds_a_place || held || surname {
                return None;
            }
            Some(Seat { mention: k, first, last, head: head_token, iso })
        })
        .collect();
    // Whether the word at `t` (a seat's mention, or the first of the words joined to it by "and")
    // names a state by how it hangs in its clause; `first` and `last` are the mention's edges.
    let reads_as_state = |t: usize, first: usize, last: usize| {
        let Some(h) = head(t) else { return false };
        let rel = deprel(t);
        let cases = case_of(t);
        let possessive = rel == "nmod:poss" || matches!(word(last + 1), "’s" | "'s");
        match rel {
            _ if possessive => {
                // "Kyiv's Maidan", "Moscow's Sheremetyevo airport": a place inside the city;
                // "Tehran's Revolutionary Guards", "Moscow's Troop Movements" are the state's.
                let owned = if rel == "nmod:poss" { Some(h) } else { None };
                owned.is_some_and(|o| !(word(o).starts_with(char::is_uppercase) && places.place_kind(word(o)).is_some()) && !is_one_of(CITY_PARTS, o))
            }
            "compound" => is_one_of(STATE_PEOPLE, h) && !(lemma(h) == "plan" && word(h).starts_with(char::is_uppercase)),
            "nsubj" => match syntax.upos.get(h).map(String::as_str) {
                // ("Pyongyang appeared to be preparing to send howitzers": a verb of seeming
                // raises the subject of the verb it governs, which says what the subject does.)
                Some("VERB") => {
                    let raised = matches!(lemma(h).as_str(), "seem" | "appear")
                        .then(|| children(h).find(|&c| c > h && deprel(c) == "xcomp" && syntax.upos.get(c).is_some_and(|u| u == "VERB")))
                        .flatten();
                    !CITY_VERBS.contains(&lemma(raised.unwrap_or(h)).as_str())
                }
                Some("ADJ") => is_one_of(STANCE_ADJECTIVES, h) && (!matches!(lemma(h).as_str(), "free" | "open") || word(h + 1) == "to"),
                // (Not "Kyiv is without power", "in a state of emergency": a predicate with a
                // preposition.)
                Some("NOUN") => is_one_of(STATE_ROLES, h) && case_of(h).is_empty(),
                _ => false,
            },
            // ("Pyongyang is being paid about $2,000 a month", "Moscow was urged to ...".)
            "nsubj:pass" => ADDRESSING_VERBS.contains(&lemma(h).as_str()) || lemma(h) == "pay",
            // (A headline's "..., says Seoul" may be parsed with the speaker as the object.)
            // ("expects Moscow to pay", "wants Seoul to act": the object is the subject of the
            // infinitive after it.)
            "obj" => {
                // (Of verbs of expecting and making only, with a bare or "to" infinitive: not
                // "left Kyiv reeling", "expected Kyiv to be taken", "visited Kyiv to meet".)
                let infinitive = children(h).find(|&c| {
                    c > t
                        && deprel(c) == "xcomp"
                        && syntax.xpos.get(c).is_some_and(|x| x == "VB")
                        && !children(c).any(|g| deprel(g) == "aux:pass")
                        && CONTROL_VERBS.contains(&lemma(h).as_str())
                });
                ADDRESSING_VERBS.contains(&lemma(h).as_str())
                    || t > h && SPEECH_VERBS.contains(&lemma(h).as_str())
                    || infinitive.is_some_and(|c| !CITY_VERBS.contains(&lemma(c).as_str()))
            }
            "obl" | "obl:agent" | "nmod" => {
                let by_agent = cases.iter().any(|c| c == "by") && syntax.xpos.get(h).is_some_and(|x| x == "VBN");
                let according = cases.iter().any(|c| c == "according");
                // (Also by the noun right before the preposition, which the parse may hang
                // elsewhere: "discrediting Moscow's cooperation with Pyongyang".)
                let dealing = cases.iter().any(|c| matches!(c.as_str(), "with" | "between" | "against"))
                    && (is_one_of(DEALINGS, h) || first >= 2 && matches!(word(first - 1), "with" | "between" | "against") && is_one_of(DEALINGS, first - 2));
                let from_it = cases.iter().any(|c| c == "from") && is_one_of(SAYINGS, h);
                let on_it = cases.iter().any(|c| c == "on") && is_one_of(ON_A_STATE, h);
                // ("it was explained to Rome", "appealed to Washington".)
                let told_to = cases.iter().any(|c| c == "to") && TELLING_VERBS.contains(&lemma(h).as_str());
                // ("officials in Seoul said", "the government in Pyongyang": those who govern
                // there, unless named as another's, "U.S. officials in Seoul", "Western
                // officials in Kyiv".)
                let governing_there = cases.iter().any(|c| c == "in")
                    && matches!(lemma(h).as_str(), "official" | "government" | "leadership" | "regime")
                    && !children(h).any(|c| {
                        c < h
                            && (matches!(deprel(c), "amod" | "compound" | "nmod:poss") && word(c).starts_with(char::is_uppercase)
                                || matches!(lemma(c).as_str(), "local" | "city" | "municipal" | "regional" | "district" | "provincial" | "town"))
                    });
                by_agent || according || dealing || from_it || on_it || told_to || governing_there
            }
            _ => false,
        }
    };
    // "Washington and Seoul have accused ...", "cooperation between NATO and Tunis": a seat
    // joined by "and" to the words before reads as they do.
    let metonymic: Vec<(usize, String)> = seats
        .iter()
        .filter(|s| {
            reads_as_state(s.head, s.first, s.last)
                || deprel(s.head) == "conj" && head(s.head).is_some_and(|first| reads_as_state(first, first, first))
        })
        .map(|s| (s.mention, s.iso.clone()))
        .collect();
    // One entity per state: the one the text names, else one made for it (and made once).
    let mut made: Vec<(String, usize)> = Vec::new();
    for (k, iso) in metonymic {
        let iso = iso.as_str();
        let named = entities.iter().position(|e| {
            e.entity_type.is_place()
                && (e.country.as_deref() == Some(iso) || places.country_of(&e.name) == Some(iso))
                && places.place_kind(&e.name) == Some(PlaceKind::Country)
        });
        let state = match named.or_else(|| made.iter().find(|(c, _)| c == iso).map(|&(_, e)| e)) {
            Some(s) => s,
            None => {
                let Some(name) = places.country_name(iso) else { continue };
                entities.push(Entity { name: name.to_string(), entity_type: EntityType::Gpe, org_kind: None, aliases: Vec::new(), country: Some(iso.to_string()) });
                made.push((iso.to_string(), entities.len() - 1));
                entities.len() - 1
            }
        };
        if entities[state].country.is_none() {
            entities[state].country = Some(iso.to_string());
        }
        if let Some(m) = mentions.get_mut(k) {
            m.entity = state;
            m.kind = MentionKind::Metonym;
        }
    }
}

#[cfg(all(test, not(sitrep_no_parser), not(sitrep_no_tagger)))]
mod tests {
    use sitrep_doc::{Doc, DocMeta, EntityLayer, MentionKind, PlaceKind, PlaceLexicon, Stage};

    use crate::{recognize, RuleSentenceSplitter, RuleTokenizer, SyntaxAnnotator};

    /// Two invented states and their seats.
    struct Capitals;
    impl PlaceLexicon for Capitals {
        fn place_kind(&self, name: &str) -> Option<PlaceKind> {
            match name {
                "Vesteria" | "Norland" => Some(PlaceKind::Country),
                "Kessa" | "KESSA" | "Norby" | "NORBY" | "Lysoven" => Some(PlaceKind::City),
                "Ostria" => Some(PlaceKind::Admin),
                _ => None,
            }
        }
        fn demonym_country(&self, _: &str) -> Option<&str> {
            None
        }
        fn country_of(&self, name: &str) -> Option<&str> {
            match name {
                "Vesteria" | "Kessa" | "KESSA" | "Lysoven" => Some("VS"),
                "Norland" | "Norby" => Some("NL"),
                _ => None,
            }
        }
        fn seat_of_government(&self, name: &str) -> Option<&str> {
            match name {
                "Kessa" | "KESSA" => Some("VS"),
                "Norby" | "NORBY" => Some("NL"),
                _ => None,
            }
        }
        fn country_name(&self, iso2: &str) -> Option<&str> {
            match iso2 {
                "VS" => Some("Vesteria"),
                "NL" => Some("Norland"),
                _ => None,
            }
        }
    }

    fn entities(text: &str) -> (Doc, EntityLayer) {
        let mut doc = Doc::from_text(DocMeta::default(), text);
        RuleTokenizer.run(&mut doc).expect("tokens");
        RuleSentenceSplitter.run(&mut doc).expect("sentences");
        SyntaxAnnotator::embedded().expect("embedded parser").run(&mut doc).expect("parse");
        let layer = recognize(&doc, &Capitals);
        (doc, layer)
    }

    /// The entity each mention of `name` belongs to, with its kind, in text order.
    fn readings(text: &str, name: &str) -> Vec<(String, MentionKind)> {
        let (doc, layer) = entities(text);
        layer
            .mentions
            .iter()
            .filter(|m| doc.slice(m.span) == name)
            .map(|m| (layer.entities[m.entity].name.clone(), m.kind))
            .collect()
    }

    fn state(name: &str) -> (String, MentionKind) {
        (name.to_string(), MentionKind::Metonym)
    }

    fn city(name: &str) -> (String, MentionKind) {
        (name.to_string(), MentionKind::Name)
    }

    #[test]
    fn a_seat_that_speaks_acts_or_owns_is_its_state() {
        assert_eq!(readings("Kessa denied the report on Monday.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Kessa has sent another 3,000 soldiers to the front.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("The troops were sent by Kessa in October.", "Kessa"), [state("Vesteria")]);
        // A verb of seeming raises the subject of what it governs.
        assert_eq!(readings("Kessa appeared to be preparing to send howitzers.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Kessa seemed to sleep through the night.", "Kessa"), [city("Kessa")]);
        assert_eq!(readings("The convoy left in October, according to Kessa.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Norby accused Kessa of breaking the truce.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Kessa's foreign policy has hardened.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Kessa troops were seen near the border.", "Kessa"), [state("Vesteria")]);
    }

    #[test]
    fn seats_joined_in_dealings_are_both_states() {
        let text = "Ties between Kessa and Norby have deepened since the pact.";
        assert_eq!(readings(text, "Kessa"), [state("Vesteria")]);
        assert_eq!(readings(text, "Norby"), [state("Norland")]);
    }

    #[test]
    fn a_seat_named_as_a_place_stays_the_city() {
        assert_eq!(readings("The residents of Kessa were told nothing.", "Kessa"), [city("Kessa")]);
        assert_eq!(readings("Kessa was hit by drones overnight.", "Kessa"), [city("Kessa")]);
        assert_eq!(readings("Kessa's mayor said the metro would reopen.", "Kessa"), [city("Kessa")]);
        assert_eq!(readings("The delegation flew to Kessa on Tuesday.", "Kessa"), [city("Kessa")]);
        // A dateline says where the report was filed.
        assert_eq!(readings("KESSA, March 3 (Harbor Wire) - The talks ended.", "KESSA"), [city("KESSA")]);
        // A town that is no seat of government stays a town whatever it does.
        assert_eq!(readings("Lysoven denied the report.", "Lysoven"), [city("Lysoven")]);
        assert_eq!(readings("Officials in Lysoven said the water supply was cut.", "Lysoven"), [city("Lysoven")]);
    }

    #[test]
    fn a_government_sitting_in_a_town_other_than_the_seat_is_the_state() {
        assert_eq!(readings("The army-aligned government in Lysoven condemned the attack.", "Lysoven"), [state("Vesteria")]);
        assert_eq!(readings("The regional government in Lysoven condemned the attack.", "Lysoven"), [city("Lysoven")]);
        assert_eq!(readings("The separatist government in Lysoven condemned the attack.", "Lysoven"), [city("Lysoven")]);
        assert_eq!(readings("The government moved to Lysoven in May.", "Lysoven"), [city("Lysoven")]);
    }

    #[test]
    fn stances_sayings_calls_and_partners_of_a_non_seat_read_as_the_state() {
        assert_eq!(readings("The envoy said Kessa was not aware of the plan.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("There was no immediate comment from Kessa.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Officials in Kessa said the estimate was based on imagery.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Norlandic officials in Kessa said the embassy would stay open.", "Kessa"), [city("Kessa")]);
        assert_eq!(readings("Local officials in Kessa said debris fell on two districts.", "Kessa"), [city("Kessa")]);
        assert_eq!(readings("Norland imposed new sanctions on Kessa.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("The president called on Kessa to act before it is too late.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("The deal deepened cooperation between the alliance and Kessa.", "Kessa"), [state("Vesteria")]);
        // A state's stance, not the weather: "free" only before "to".
        assert_eq!(readings("Kessa and Norby are free to cooperate.", "Kessa"), [state("Vesteria")]);
        assert_eq!(readings("Kessa is free of snow this week.", "Kessa"), [city("Kessa")]);
    }

    #[test]
    fn datelines_labels_regions_and_surnames_are_no_states() {
        // (Whether the recogniser makes a dateline's name an entity at all is its own affair:
        // none is the state's.)
        let no_state = |text: &str, name: &str| readings(text, name).iter().all(|(_, kind)| *kind != MentionKind::Metonym);
        assert!(no_state("KESSA/NORBY (Harbor Wire) - Talks resumed.", "NORBY"));
        assert!(no_state("Kessa resumes talks\n\nKESSA — Vesteria's defence ministry said on Monday that talks resumed.", "KESSA"));
        assert!(no_state("Kessa, March 3 (Harbor Wire) - Talks resumed on Monday.", "Kessa"));
        assert_eq!(readings("Kessa: Ministry says talks will resume\n\nTalks resume.", "Kessa"), [city("Kessa")]);
        // Another "Kessa" in a region of another country is no seat.
        assert_eq!(readings("The clinic in Kessa, Ostria, reported 20 cases.", "Kessa"), [city("Kessa")]);
    }

    #[test]
    fn one_state_for_all_its_seats_mentions_and_the_city_keeps_its_own() {
        let (doc, layer) = entities("Kessa denied the report. Drones hit Kessa overnight. Kessa warned Norby of a response.");
        let kessa: Vec<_> = layer.mentions.iter().filter(|m| doc.slice(m.span) == "Kessa").collect();
        assert_eq!(kessa.len(), 3);
        assert_eq!(kessa[0].entity, kessa[2].entity, "both statements are one state's");
        assert_eq!(layer.entities[kessa[0].entity].name, "Vesteria");
        assert_eq!((layer.entities[kessa[1].entity].name.as_str(), kessa[1].kind), ("Kessa", MentionKind::Name));
    }

    #[test]
    fn the_state_named_in_the_text_takes_its_seat_and_keeps_its_code() {
        let (doc, layer) = entities("Vesteria has closed its border. Kessa said the step was temporary.");
        let kessa = layer.mentions.iter().find(|m| doc.slice(m.span) == "Kessa").expect("Kessa");
        let vesteria = layer.mentions.iter().find(|m| doc.slice(m.span) == "Vesteria").expect("Vesteria");
        assert_eq!(kessa.entity, vesteria.entity);
        assert_eq!(kessa.kind, MentionKind::Metonym);
        assert_eq!(layer.entities[vesteria.entity].country.as_deref(), Some("VS"));
    }
}
