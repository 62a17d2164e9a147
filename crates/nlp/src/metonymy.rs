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
    "city", "hospital", "school", "building", "infrastructure", "grid", "power", "water", "heating", "sky", "air",
    "defence", "defense", "council", "region", "oblast", "province", "outskirts", "park", "square", "museum",
    "university", "stadium", "station", "railway", "port", "harbour", "harbor", "river", "bridge", "boulevard",
    "avenue", "landmark", "monument", "cathedral", "church", "restaurant", "cafe", "market", "shop", "hotel", "home",
    "apartment", "housing", "traffic", "road", "pollution", "weather", "temperature", "siren", "shelter", "zoo",
    "mosque", "palace", "embassy", "consulate", "governor", "police", "fire", "economy", "time", "edge",
];

/// Who act for a state, so that "Pyongyang troops" and "Moscow officials" are the state's.
const STATE_PEOPLE: &[&str] = &[
    "troop", "force", "soldier", "official", "government", "regime", "leadership", "authority", "administration",
    "envoy", "diplomat", "delegation", "military", "army", "leader", "ally", "negotiator", "spokesman",
    "spokeswoman", "spokesperson", "authorities", "navy", "ambassador", "minister", "ministry", "propaganda",
    "policy", "decision", "backing", "support", "aid", "plan", "mission",
];

/// What happens to a city (its subject is the place): "Kyiv woke to explosions", "Moscow saw
/// snow", "Kyiv remains under curfew". Copulas and seeming are here too: "Kyiv is quiet".
const CITY_VERBS: &[&str] = &[
    "be", "become", "remain", "seem", "look", "see", "wake", "host", "experience", "suffer", "shake", "tremble",
    "lie", "sit", "sleep", "burn", "freeze", "flood", "plunge", "endure", "face", "brace", "come", "lose", "stand",
    "celebrate", "mourn", "welcome", "receive", "get", "go", "fall", "hear", "feel", "rank", "border",
    "house", "span", "sprawl", "swelter", "shiver", "glow", "darken", "empty", "fill", "grow", "expand", "boast",
];

/// Verbs whose object is a government addressed or judged: "accused Moscow of", "urged
/// Pyongyang to", "warned Seoul".
const ADDRESSING_VERBS: &[&str] = &[
    "accuse", "urge", "warn", "blame", "sanction", "pressure", "condemn", "criticize", "criticise", "support",
    "back", "thank", "ask", "press", "persuade", "call", "tell", "inform", "notify", "allow", "permit", "help",
    "assist", "arm", "supply", "fund", "pay", "punish", "reward", "praise", "congratulate", "reassure", "threaten",
    "deter", "trust", "recognize", "recognise", "join", "betray", "court", "lobby", "petition", "defy", "oppose",
    "engage", "contact", "invite",
];

/// Nouns and verbs of dealings between states: "ties with Moscow", "talks between Seoul and
/// Washington", "cooperate with Pyongyang".
const DEALINGS: &[&str] = &[
    "tie", "relation", "relationship", "cooperation", "alliance", "partnership", "talk", "negotiation", "deal",
    "agreement", "pact", "treaty", "rapprochement", "rift", "tension", "dispute", "dialogue", "contact", "exchange",
    "summit", "accord", "friendship", "rivalry", "standoff", "feud", "split", "cooperate", "negotiate", "ally",
    "side", "break", "normalize", "normalise", "spar", "clash", "quarrel", "trade", "meet", "raise", "discuss",
    "talk", "speak", "consult", "coordinate", "share", "cooperation", "agree", "disagree", "sign",
];

/// What a state is of a mind to be: "said Beijing was not aware of it", "Moscow and Pyongyang
/// were free to cooperate" (not "Kyiv was quiet").
const STANCE_ADJECTIVES: &[&str] = &[
    "aware", "unaware", "ready", "willing", "unwilling", "prepared", "committed", "determined", "concerned",
    "opposed", "open", "keen", "eager", "reluctant", "free", "able", "unable", "responsible", "confident", "reliant",
    "dependent",
    "satisfied", "interested", "wary", "cautious", "adamant", "silent", "firm", "grateful", "unhappy",
];

/// What comes from a government: "no comment from Moscow", "a denial from Pyongyang".
const SAYINGS: &[&str] = &[
    "comment", "reaction", "response", "statement", "denial", "confirmation", "word", "protest", "reply",
    "complaint", "warning", "objection", "condemnation", "criticism", "demand", "request", "signal", "assurance",
    "approval", "permission", "order", "invitation", "offer", "proposal", "message", "explanation", "lie",
    "claim", "accusation", "propaganda", "threat", "pledge", "promise",
];

/// Measures taken against a state, and calls on one: "sanctions on Pyongyang", "pressure on
/// Moscow", "called on Washington to act".
const MEASURES: &[&str] = &["sanction", "embargo", "pressure", "restriction", "ban", "tariff", "curb", "demand", "call", "press", "prevail", "rely", "depend"];

/// Verbs by which something is told or sent as a message to a government: "it was explained to
/// Rome", "appealed to Washington" (not "flew to Moscow").
const TELLING_VERBS: &[&str] = &[
    "explain", "say", "write", "complain", "appeal", "report", "convey", "promise", "pledge", "apologize",
    "apologise", "signal", "announce", "deliver", "submit", "protest", "turn", "defer", "cede", "surrender",
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
    // The token of each mention that hangs from outside it (its head word).
    let head_token = |m: &EntityMention| {
        let inside: Vec<usize> = (0..n).filter(|&i| m.span.contains(tokens[i].span)).collect();
        inside.iter().copied().find(|&i| head(i).is_none_or(|h| !inside.contains(&h)))
    };
    let candidates: Vec<(usize, usize, String)> = mentions
        .iter()
        .enumerate()
        .filter_map(|(k, m)| {
            let e = entities.get(m.entity)?;
            if !matches!(e.entity_type, EntityType::Gpe | EntityType::Loc) || m.kind != MentionKind::Name {
                return None;
            }
            let name = doc.slice(m.span);
            // ("SEOUL, Nov. 4 (Wire) -": a dateline names where the report was filed.)
            let line_start = text[..m.span.start()].rfind('\n').map_or(0, |i| i + 1);
            let opens_line = text[line_start..m.span.start()].trim().is_empty();
            let bracket_after = text[m.span.end()..].trim_start_matches([' ', '\t']).starts_with('(');
            // ("Seoul: Spy agency says ...": a digest's label of where an item comes from.)
            let label = text[m.span.end()..].starts_with(':');
            let dateline = opens_line && (!name.chars().any(char::is_lowercase) || bracket_after || label);
            // ("Tacoma, Washington": after a place and a comma, the region holding it.)
            let before = text[..m.span.start()].trim_end();
            let holds_a_place = before.ends_with(',')
                && mentions.iter().any(|o| o.span.end() == before.len() - 1 && entities.get(o.entity).is_some_and(|e| e.entity_type.is_place()));
            if dateline || holds_a_place {
                return None;
            }
            let iso = places.seat_of_government(name)?.to_string();
            Some((k, head_token(m)?, iso))
        })
        .collect();
    // Whether the word at `t` (a seat's mention, or the first of the words joined to it by "and")
    // names a state by how it hangs in its clause.
    let reads_as_state = |t: usize| {
        let Some(h) = head(t) else { return false };
        let rel = deprel(t);
        let cases = case_of(t);
        let possessive = rel == "nmod:poss" || word(t + 1) == "’s" || word(t + 1) == "'s";
        match rel {
            _ if possessive => {
                // "Kyiv's Maidan", "Moscow's Sheremetyevo airport": a named place inside the city.
                let owned = if rel == "nmod:poss" { Some(h) } else { None };
                owned.is_some_and(|o| !word(o).starts_with(char::is_uppercase) && !is_one_of(CITY_PARTS, o))
            }
            "compound" => is_one_of(STATE_PEOPLE, h),
            "nsubj" => match syntax.upos.get(h).map(String::as_str) {
                Some("VERB") => !CITY_VERBS.contains(&lemma(h).as_str()),
                Some("ADJ") => is_one_of(STANCE_ADJECTIVES, h),
                _ => false,
            },
            // ("Pyongyang is being paid about $2,000 a month", "Moscow was urged to ...".)
            "nsubj:pass" => ADDRESSING_VERBS.contains(&lemma(h).as_str()) || lemma(h) == "pay",
            // (A headline's "..., says Seoul" may be parsed with the speaker as the object.)
            "obj" => ADDRESSING_VERBS.contains(&lemma(h).as_str()) || t > h && SPEECH_VERBS.contains(&lemma(h).as_str()),
            "obl" | "obl:agent" | "nmod" => {
                let by_agent = cases.iter().any(|c| c == "by") && syntax.xpos.get(h).is_some_and(|x| x == "VBN");
                let according = cases.iter().any(|c| c == "according");
                // (Also by the noun right before the preposition, which the parse may hang
                // elsewhere: "discrediting Moscow's cooperation with Pyongyang".)
                let dealing = cases.iter().any(|c| matches!(c.as_str(), "with" | "between" | "against"))
                    && (is_one_of(DEALINGS, h) || t >= 2 && matches!(word(t - 1), "with" | "between" | "against") && is_one_of(DEALINGS, t - 2));
                let from_it = cases.iter().any(|c| c == "from") && is_one_of(SAYINGS, h);
                let measure_on = cases.iter().any(|c| c == "on") && is_one_of(MEASURES, h);
                // ("it was explained to Rome", "appealed to Washington".)
                let told_to = cases.iter().any(|c| c == "to") && TELLING_VERBS.contains(&lemma(h).as_str());
                by_agent || according || dealing || from_it || measure_on || told_to
            }
            _ => false,
        }
    };
    // "Washington and Seoul have accused ...", "cooperation between NATO and Tunis": a seat
    // joined by "and" to the words before reads as they do.
    let metonymic: Vec<(usize, String)> = candidates
        .iter()
        .filter(|&&(_, t, _)| reads_as_state(t) || deprel(t) == "conj" && head(t).is_some_and(|first| reads_as_state(first)))
        .map(|(k, _, iso)| (*k, iso.clone()))
        .collect();
    for (k, iso) in metonymic {
        let iso = iso.as_str();
        let state = entities.iter().position(|e| {
            e.entity_type == EntityType::Gpe
                && (e.country.as_deref() == Some(iso) || places.country_of(&e.name) == Some(iso))
                && places.place_kind(&e.name) == Some(PlaceKind::Country)
        });
        let state = match state {
            Some(s) => s,
            None => {
                let Some(name) = places.country_name(iso) else { continue };
                entities.push(Entity { name: name.to_string(), entity_type: EntityType::Gpe, org_kind: None, aliases: Vec::new(), country: Some(iso.to_string()) });
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
                "Kessa" | "KESSA" | "Norby" | "Lysoven" => Some(PlaceKind::City),
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
                "Norby" => Some("NL"),
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
