//! Attribution: who says what, by which cue, on what evidence, and how firmly.
//!
//! The first version reads claims off the token sequence with the cue lists of [`crate::cues`]:
//! a subject before an attribution verb ("NIS said that ..."), a quotation before it ("“...,”
//! read the press release"), "according to X", a noun cue ("assertions by X that ..."), a
//! release of evidence ("X released a video ..."), and caption credits ("... Photo: X"). Sources
//! named by a pronoun or a description are resolved to the last fitting source. A parser-based
//! extractor trained on PolNeAR replaces the pattern matching later; the resolution and status
//! rules stay.

use sitrep_doc::{is_line_decoration, Claim, ClaimStatus, Doc, EntityMention, EntityType, Error, Evidence, PlaceKind, QuoteKind, Span, Stage};

use crate::attribution_model::{self, AttributionModel, Role};
use crate::cues::*;
use crate::view::{content_words, is_be, is_close_quote, is_open_quote, sentence_ranges, View};

/// The claim stage: needs tokens, sentences, entities and times; writes the claim layer.
#[derive(Debug, Default, Clone, Copy)]
pub struct RuleClaimExtractor;

impl Stage for RuleClaimExtractor {
    fn name(&self) -> &'static str {
        "claims"
    }
    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let claims = extract_claims(doc);
        doc.set_claims(claims)
    }
}

/// The claim stage with the trained attribution tagger: the rule-based claims, with the
/// tagger's source where it found the same cue, then the tagger's claims whose cue the rules
/// did not find (see [`extract_claims_with`]).
#[derive(Clone, Copy)]
pub struct ClaimExtractor {
    model: &'static AttributionModel,
}

impl ClaimExtractor {
    pub fn new(model: &'static AttributionModel) -> ClaimExtractor {
        ClaimExtractor { model }
    }
}

impl Stage for ClaimExtractor {
    fn name(&self) -> &'static str {
        "claims"
    }
    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let claims = extract_claims_with(doc, Some(self.model));
        doc.set_claims(claims)
    }
}

/// How far (in tokens) a source or content may stand from its cue.
const GROUP_WINDOW: usize = 40;

/// A claim the attribution tagger read off a document.
pub(crate) struct LearnedClaim {
    pub(crate) claim: Claim,
    /// Neither of the tagger's passes supports its cue on its own (see
    /// [`attribution_model::Tagged::weak_cue`]).
    pub(crate) weak_cue: bool,
}

/// "Ukraine had charged Kirillov in absentia a day earlier with ordering the use of banned
/// chemical weapons": a charge's content read as the person alone goes on, past adverbials
/// (no verb, no clause break), to the deed named after "with", "of" or "for" and to the end of
/// its clause. Returns the content's (new) end token.
fn charge_named_after(v: &View<'_>, cue: (usize, usize), c0: usize, c1: usize) -> usize {
    if c0 < cue.1 || !CHARGING_VERBS.contains(&v.w(cue.1 - 1)) {
        return c1;
    }
    let end = v.doc.sentence_at(v.span(c0).start()).map_or(c1, |s| s.end_token);
    let Some(deed) = (c1..(c1 + 8).min(end))
        .take_while(|&i| !v.is_punct(i) && !v.is_finite_verb(i) && !matches!(v.w(i), "and" | "but" | "after" | "before" | "when" | "while" | "because"))
        .find(|&i| matches!(v.w(i), "with" | "of" | "for") && i + 1 < end && v.is_word(i + 1))
    else {
        return c1;
    };
    // (To the clause's end: the sentence's last word, the word before a comma or semicolon, or
    // before "and" or "but" opening a clause of its own, "... of shelling Kherson and said five
    // civilians were killed".)
    let clause_joined = |i: usize| matches!(v.w(i), "and" | "but") && (v.is_finite_verb(i + 1) || v.xpos(i + 1).is_some_and(|x| x == "VBD" || x == "VBZ"));
    (deed + 1..end).find(|&i| matches!(v.w(i), ";" | "," | "." | "!" | "?") || clause_joined(i)).unwrap_or(end)
}

/// Whether the cue word at `first` puts pictures online, a participle right after their noun:
/// "Photographs of the wreckage posted on social media show ...", "Videos posted online show
/// ...".
fn pictures_posted(v: &View<'_>, first: usize) -> bool {
    // (Back within the noun phrase, no further than punctuation: not "The ministry released a
    // video. Zelensky posted on Telegram that ...".)
    let from = (first.saturating_sub(4)..first).rev().find(|&i| v.is_punct(i)).map_or(first.saturating_sub(4), |p| p + 1);
    matches!(v.w(first), "posted" | "published" | "shared" | "uploaded" | "circulated" | "circulating")
        && (from..first).any(|i| matches!(v.w(i), "photographs" | "photos" | "pictures" | "images" | "videos" | "video" | "footage" | "clips" | "clip" | "imagery"))
        && first > 0
        && v.xpos(first - 1).is_some_and(|x| matches!(x, "NN" | "NNS"))
}

/// "Photographs of the wreckage posted on social media show dozens of small holes ..., said Lars
/// Berg": pictures put online are no source and "posted on" no cue; the tagger's reading of them
/// as such becomes part of the content that runs on after them (tags: B-CON 5, I-CON 6), so
/// that the analyst's "said" takes the whole of what the pictures show.
fn pictures_posted_are_content(v: &View<'_>, tags: &mut [usize]) {
    let mut i = 0;
    while i < tags.len() {
        if tags[i] != 3 || !pictures_posted(v, i) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tags.len() && tags[end] == 4 {
            end += 1;
        }
        // (The pictures' noun phrase the tagger took for the source, back to its start.)
        let mut start = i;
        while start > 0 && matches!(tags[start - 1], 1 | 2) {
            start -= 1;
        }
        // (Content after the cue, what the pictures show, joins them.)
        let mut last = end;
        while last < tags.len() && matches!(tags[last], 5 | 6) && (last == end || tags[last] == 6) {
            last += 1;
        }
        if last == end {
            i = end;
            continue;
        }
        let continues = start > 0 && matches!(tags[start - 1], 5 | 6);
        for (n, t) in tags[start..last].iter_mut().enumerate() {
            *t = if n == 0 && !continues { 5 } else { 6 };
        }
        i = last;
    }
}

/// The claims the attribution tagger reads off a document.
fn model_claims(v: &View<'_>, model: &AttributionModel) -> Vec<LearnedClaim> {
    let tagged = model.tag_with_support(v.doc);
    let mut tags = tagged.tags.clone();
    let sentence = attribution_model::sentence_numbers(v.doc);
    attribution_model::bridge_cue_gaps(&mut tags, &sentence, |i| !v.is_punct(i));
    pictures_posted_are_content(v, &mut tags);
    let spans = split_at_paragraphs(v, attribution_model::spans(&tags));
    let mut claims: Vec<Claim> = Vec::new();
    let mut weak_cues: Vec<bool> = Vec::new();
    for mut g in attribution_model::group(&spans, GROUP_WINDOW, &sentence) {
        // "Kremlin calls reports “another lie”": a headline's verb taken into the source and
        // the noun after it for the cue (by the words: a headline's tags are as unsure as the
        // tagger's reading). The verb is the cue, and what it calls so the content.
        let verb_in_source = g.source.is_some_and(|(s0, s1)| {
            s1 == g.cue.0
                && s1 > s0 + 1
                && matches!(v.w(s1 - 1), "calls" | "called" | "brands" | "branded" | "dubs" | "dubbed" | "labels" | "dismisses" | "dismissed" | "slams" | "rejects" | "denies")
                && matches!(v.w(g.cue.0), "reports" | "report" | "claims" | "claim" | "allegations" | "accounts" | "accusations")
        });
        if let (true, Some((s0, s1)), Some((_, c1))) = (verb_in_source, g.source, g.content) {
            if c1 > g.cue.1 {
                g = attribution_model::Grouped { cue: (s1 - 1, s1), source: Some((s0, s1 - 1)), content: Some((s1, c1)) };
            }
        }
        let Some((c0, c1)) = g.content else { continue };
        let c1 = charge_named_after(v, g.cue, c0, c1);
        // ("Blast at Turkish chemical plant kills 12; officials blame gas leak": a headline's
        // semicolon parts two statements; a source on one side speaks for no cue on the other.)
        let semicolon_between = |x: usize, y: usize| (x.min(y)..x.max(y)).any(|i| v.w(i) == ";");
        if g.source.is_some_and(|(s0, _)| v.in_headline(v.span(g.cue.0)) && semicolon_between(s0, g.cue.0)) {
            continue;
        }
        // "..., it said, and estimated each container holds 600 shells. ¶ “This is a supply
        // line,” said Lind.": a content in a later paragraph belongs to a cue of its own, unless
        // the cue opens it with a colon ("told the crowd:").
        let paragraph_between = c0 >= g.cue.1 && v.doc.text()[v.span(g.cue.1 - 1).end()..v.span(c0).start()].matches('\n').count() >= 2;
        if paragraph_between && !(g.cue.0..c0).any(|i| v.w(i) == ":") {
            continue;
        }
        // "The finding corroborated reports by X that ...": a relation between claims, which the
        // relation stage reads, not a claim of its own.
        if (g.cue.0..g.cue.1).any(|i| CORROBORATION_CUES.contains(&v.w(i))) {
            continue;
        }
        // "declined to comment", "did not respond to a request": the source said nothing.
        let cue_sentence_start = v.doc.sentence_at(v.span(g.cue.0).start()).map_or(0, |s| s.first_token);
        let around = g.cue.0.saturating_sub(3).max(cue_sentence_start)..(c0 + 4).min(c1).max(g.cue.1);
        if around.clone().any(|i| DECLINING_WORDS.contains(&v.w(i))) {
            continue;
        }
        if free_relative(v, g.cue.0) || discourse_marker(v, g.cue.1 - 1) || no_reporting_use(v, g.cue.0, g.cue.1) {
            continue;
        }
        // "Satellite images appear to show troops": what seems is the evidence, the subject
        // right before the verb of seeming, and no content of it (the rules read "appear to
        // show" with what is shown). "Melania seems to have vanished" is read below as a
        // belief raised to its subject.
        let seeming_subject = SEEMING_VERBS.contains(&v.w(g.cue.1 - 1)) && c1 == g.cue.0 && v.w(g.cue.1) == "to";
        if seeming_subject && SHOWING_VERBS.contains(&v.w(g.cue.1 + 1)) {
            continue;
        }
        // "an official who asked not to be named": a request for anonymity, not a statement;
        // "Asked about the reports, Peskov said ...": the question put, not the answer.
        if v.w(g.cue.1 - 1) == "asked" && v.w(g.cue.1) == "not" || v.w(g.cue.0) == "asked" && g.cue.0 == cue_sentence_start {
            continue;
        }
        // A caption's label read as a cue ("Photo: ..." with the cue ":") says nothing; a
        // colon elsewhere may ("Olsen: “We will stay”").
        let in_caption = v.doc.captions().iter().any(|cap| cap.contains(v.span(g.cue.0)));
        let colon_cue = (g.cue.0..g.cue.1).all(|i| v.is_punct(i));
        if in_caption && colon_cue {
            continue;
        }
        // "EXCLUSIVE: ...", "VERDICT: Misleading.": a page's label before a colon is no speaker;
        // "North Korean troops in Russia: What we know": a headline's kicker after one is no
        // statement.
        let kicker = c1 <= c0 + 5 && matches!(v.w(c0), "what" | "how" | "why" | "who" | "where" | "when");
        let labels_place = g.source.is_some_and(|(s0, s1)| s1 == g.cue.0 && place_label(v, s0, s1));
        if colon_cue && (kicker || labels_place || g.source.is_some_and(|(s0, s1)| layout_label(v.doc.slice(v.span_of(s0, s1 - 1))))) {
            continue;
        }
        // "Gunmen attacked at least five polling stations": an attack with arms, not in words
        // ("Trump attacked Clinton's record" is one in words, as PolNeAR marks it): armed men
        // attacking, or a place or a thing attacked.
        // ("Russia launched one of its largest combined attacks on Kyiv": a launch of weapons.)
        let violent_cue = (g.cue.0..g.cue.1).any(|i| {
            matches!(v.w(i), "attacked" | "attacks" | "attack" | "struck" | "hit" | "targeted" | "shelled" | "bombed" | "stormed" | "raided" | "launched" | "launches" | "fired" | "pounded")
        });
        let armed_source = g.source.is_some_and(|(s0, s1)| (s0..s1).any(|i| ARMED_MEN.contains(&v.w(i))));
        let weapons = |i: usize| matches!(v.w(i), "missiles" | "missile" | "drones" | "drone" | "rockets" | "rocket" | "shells" | "bombs" | "airstrikes");
        // (A word of a name or an owner is no target: "attacked Trump's position", "hit the
        // Washington Post".)
        let in_name = |i: usize| v.entity_at(i).is_some() || matches!(v.w(i + 1), "'s" | "’s");
        let physical_target = (c0..c1.min(c0 + 6)).take_while(|&i| !v.is_punct(i)).any(|i| (PHYSICAL_TARGETS.contains(&v.w(i)) || weapons(i)) && !in_name(i))
            || (c0..c1.min(c0 + 6)).any(|i| {
                matches!(v.w(i), "attacks" | "attack")
                    && matches!(v.w(i + 1), "on" | "against")
                    && v.entity_at(i + 2).is_some_and(|m| v.doc.entities().entities[m.entity].entity_type.is_place() && !matches!(v.w(v.token_at_or_after(m.span.end())), "'s" | "’s"))
            });
        if violent_cue && (armed_source || physical_target) {
            continue;
        }
        // "Soldiers seize state TV", "police arrested 30 people": acts on people and places
        // that are never statements ("seized on his remarks" may be one).
        let seizing = |i: usize| matches!(v.w(i), "seize" | "seized" | "seizes" | "seizing");
        let seized_on = (g.cue.0..g.cue.1).any(seizing) && (matches!(v.w(g.cue.1 - 1), "on" | "upon") || matches!(v.w(g.cue.1), "on" | "upon") && !v.in_time(g.cue.1 + 1));
        let physical_act = (g.cue.0..g.cue.1).any(|i| {
            seizing(i) || matches!(v.w(i), "captured" | "capture" | "captures" | "arrested" | "arrests" | "detained" | "abducted" | "kidnapped" | "shelled" | "bombed")
        }) && !seized_on;
        if physical_act {
            continue;
        }
        // "the results, which gave the ruling party 54% of the vote": giving tells nothing
        // unless what is given is said ("gave details", "gave an interview").
        let gave = v.w(g.cue.1 - 1) == "gave" || v.w(g.cue.1 - 1) == "gives" || v.w(g.cue.1 - 1) == "give";
        // (Past the one given to: "gave Clinton a glowing endorsement".)
        let told_thing = (g.cue.1..(g.cue.1 + 6).min(v.len())).any(|i| {
            matches!(
                v.w(i),
                "details" | "account" | "statement" | "interview" | "interviews" | "speech" | "testimony" | "figure" | "figures" | "warning" | "briefing" | "evidence" | "update"
                    | "assurance" | "assurances" | "estimate" | "address" | "endorsement" | "verdict" | "answer" | "response" | "reply" | "explanation" | "reason" | "reasons"
                    | "advice" | "pledge" | "promise" | "orders" | "instructions"
            )
        });
        if gave && !told_thing {
            continue;
        }
        // "X did not provide evidence for the claim": a note on another claim (which it leaves
        // unverified), not a claim.
        let cue_words = || (g.cue.0..g.cue.1).map(|i| v.w(i));
        // ("dozens had been beaten, an accusation the ministry denied": a relative clause on the
        // noun, not what the accusation says.)
        let noun_cue = matches!(v.w(g.cue.1 - 1), "accusation" | "accusations" | "allegation" | "allegations" | "claim" | "claims" | "charge" | "charges");
        let complement = v.w(c0) == "that" || (c0..c1).any(|i| is_be(v.w(i)));
        if noun_cue && !complement && c1 <= c0 + 5 && matches!(v.w(c1 - 1), "denied" | "denies" | "rejected" | "rejects" | "dismissed" | "disputed" | "disputes") {
            continue;
        }
        // ("He did not present evidence.": the evidence is the content the tagger found.)
        let no_evidence = cue_words().any(|w| w == "evidence") || matches!(v.w(c0), "evidence" | "proof") || v.w(c0) == "any" && v.w(c0 + 1) == "evidence";
        if no_evidence && cue_words().any(|w| matches!(w, "not" | "no" | "without" | "n't")) {
            continue;
        }
        // "did not say how ...", "would not say whether ...": a question left open.
        // (Not "not only denies the reports but ...".)
        let negated = (g.cue.0.saturating_sub(2).max(cue_sentence_start)..g.cue.1).any(|i| NON_STATEMENT_WORDS.contains(&v.w(i)) && !(v.w(i) == "not" && v.w(i + 1) == "only"));
        if negated && OPEN_QUESTION_WORDS.contains(&v.w(c0)) {
            continue;
        }
        // "Pyongyang has not publicly acknowledged sending troops": an acknowledgement or
        // confirmation not given is no statement.
        if negated && cue_words().any(|w| UNGIVEN_STATEMENTS.contains(&w)) {
            continue;
        }
        // ("Its state media did not report on the allegations": nothing reported about them.)
        let reported_on = cue_words().any(|w| matches!(w, "report" | "reported" | "comment" | "commented")) && (v.w(g.cue.1 - 1) == "on" || v.w(g.cue.1) == "on" || v.w(c0) == "on");
        if negated && reported_on {
            continue;
        }
        let mut cue_first = g.cue.0;
        // ("The rebels there deny ...": the place of the speakers is no part of the cue.)
        while cue_first + 1 < g.cue.1
            && (modifies_verb_before(v, cue_first) || matches!(v.w(cue_first), "there" | "here") && v.xpos(cue_first + 1).is_some_and(|x| x.starts_with("VB")))
        {
            cue_first += 1;
        }
        // "A video shared thousands of times on X shows ...", "a clip posted on Nov. 5 claims
        // ...": a participle describing the evidence is no cue of it; "there is no evidence that
        // this video shows them": nothing is shown.
        let describing = g.cue.1 == g.cue.0 + 1
            && g.cue.0 > 0
            && EVIDENCE_OBJECTS.contains(&v.w(g.cue.0 - 1))
            && v.xpos(g.cue.0).is_some_and(|x| x == "VBN")
            // (Not "..., the IMF report stated.", "the report stated that ...".)
            && v.is_word(g.cue.1)
            && !matches!(v.w(g.cue.1), "by" | "that");
        let shown_nothing = matches!(v.w(g.cue.1 - 1), "shows" | "show" | "showed")
            && (c1 == c0 + 1 && PRONOUNS.contains(&v.w(c0)) || (cue_sentence_start..g.cue.0).any(|i| v.w(i) == "no" && v.w(i + 1) == "evidence"));
        // "Citing satellite imagery, the NIS said ...": the evidence cited is no statement of its
        // own (the claim it supports carries it).
        let citing = (g.cue.0..g.cue.1).all(|i| CITING_WORDS.contains(&v.w(i)));
        let cites_evidence = citing && c1 <= c0 + 5 && EVIDENCE_OBJECTS.contains(&v.w(c1 - 1));
        // ("..., Laerke said, citing the health authorities. The toll is expected to rise": what
        // is cited is named in the cue's own sentence; a content in the next one is not it.)
        let cue_sentence = v.doc.sentence_at(v.span(g.cue.0).start()).map(|s| s.first_token);
        let cites_across = citing && c0 >= g.cue.1 && v.doc.sentence_at(v.span(c0).start()).map(|s| s.first_token) != cue_sentence;
        if describing || shown_nothing || cites_evidence || cites_across {
            continue;
        }
        let mut cue = v.span_of(cue_first, g.cue.1 - 1);
        // "troops were believed to be in eastern Russia": the subject of a passive belief is what
        // is believed about, not who believes it. (PolNeAR keeps such cues, without a source;
        // dropping them as the rules do cost dev cue F1 0.1.)
        let raised = raised_belief(v, g.cue.1 - 1) || seeming_subject;
        // ("KESSA, Feb. 27 (Baltic Wire) - Varnia's Border Guard Service ..., saying": the
        // dateline is nobody's.)
        // ("MOSCOW (Newswire) — The Kremlin rejected ...": a source span that opens in the
        // dateline starts after it, so that the outlet in brackets is not taken for the source.)
        // ("A video shared on X since Tuesday claims ...": a time is nobody.)
        let mut source = match g.source {
            Some((s0, s1)) if !raised && !in_dateline(v, s0, s1) && !only_time(v, s0..s1) => {
                let floor = v.doc.sentence_at(v.span(s0).start()).map_or(s0, |s| s.first_token);
                let s0 = skip_dateline(v, floor, v.len()).clamp(s0, s1 - 1);
                noun_phrase_source(v, s0, s1 - 1, &claims)
            }
            _ => Source { span: None, entity: None },
        };
        // "Kim visited a drone institute and called for ...": a cue right after "and" or "but"
        // with no source of its own shares the sentence's subject. (The entity only when a name
        // gives it: PolNeAR leaves the source span of such cues empty.)
        let sentence_start = v.doc.sentence_at(cue.start()).map_or(0, |s| s.first_token);
        if source.span.is_none() && cue_first > sentence_start + 1 && matches!(v.w(cue_first - 1), "and" | "but") {
            source.entity = sentence_subject(v, sentence_start, cue_first - 1).and_then(|s| s.entity);
            // ("The rebels there deny they are negotiating and say talks aim to ...": with no
            // name to share, the words that name the source of the sentence's first claim, for
            // the ledger to say who speaks; PolNeAR leaves such spans empty, and scoring dev
            // with them changed no figure.)
            if source.entity.is_none() {
                let first = claims.iter().find(|c| c.cue_span.is_some_and(|k| k.start() >= v.span(sentence_start).start() && k.end() <= cue.start()));
                if let Some(first) = first {
                    source = Source { span: first.source_span, entity: first.source_entity };
                }
            }
        }
        // "..., saying that ...": a participle after a comma speaks for the sentence's subject;
        // "It withdrew an earlier claim that ...": a claim named by a noun after a verb is the
        // verb's subject's (the entity only; PolNeAR leaves such sources empty).
        let participle = cue_first > sentence_start + 1 && v.w(cue_first - 1) == "," && v.w(cue_first).ends_with("ing");
        let noun_cue = v.xpos(g.cue.1 - 1).is_some_and(|x| x.starts_with("NN")) && CUE_NOUNS.contains(&v.w(g.cue.1 - 1));
        let after_verb = noun_cue && cue_first > sentence_start && v.is_finite_verb(cue_first - 1);
        if source.span.is_none() && source.entity.is_none() && (participle || after_verb) {
            let subject_from = skip_dateline(v, sentence_start, cue_first);
            let pronoun = after_verb && PRONOUNS.contains(&v.w(subject_from)) && subject_from + 1 == cue_first - 1;
            source.entity = if pronoun {
                resolve_pronoun(v, v.w(subject_from), subject_from, &claims)
            } else {
                sentence_subject(v, subject_from, cue_first - 1).and_then(|s| s.entity)
            };
        }
        // "Lawmaker Park quoted the agency as saying ...": the agency is the originator; with
        // nothing said after "as saying" the statement stands elsewhere (a quotation before).
        let mut c0 = c0;
        if let Some(as_at) = quoted_as(v, g.cue.1 - 1, c0, c1) {
            let said = as_at + 2;
            if (said..c1).all(|i| v.is_punct(i) || is_statement_setting(v, i)) {
                continue;
            }
            source = noun_phrase_source(v, c0, as_at - 1, &claims);
            cue = cue.cover(v.span(as_at + 1));
            c0 = said;
        }
        let (a, b) = v.doc.sentence_at(cue.start()).map_or((g.cue.0, g.cue.1), |s| (s.first_token, s.end_token));
        let cue_word = v.w(g.cue.1 - 1);
        let c0 = after_addressee(v, cue_word, c0, c1);
        // ("Gunmen attacked five polling stations ..., police said, as voting was marred by
        // violence": what follows ", as" after the cue is the reporter's; what the police said
        // is the clause before their name.)
        let (c0, c1) = match g.source {
            Some((s0, _))
                if (g.cue.1..=g.cue.1 + 1).contains(&c0)
                    && v.w(g.cue.1) == ","
                    && matches!(v.w(g.cue.1 + 1), "as" | "while")
                    && !matches!(v.w(g.cue.1 + 2), "soon" | "long" | "well" | "much" | "many" | "far" | "part" | "a" | "an")
                    && (g.cue.1 + 3..c1).any(|j| v.is_finite_verb(j))
                    && s0 >= cue_sentence_start + 3
                    && v.w(s0 - 1) == "," =>
            {
                (skip_dateline(v, cue_sentence_start, s0 - 1), s0 - 1)
            }
            _ => (c0, c1),
        };
        // ("a unit that Western officials say has absorbed ... the Wagner Group, two Western
        // security sources told the Sahel Monitor": a content after its cue ends where another
        // source's closing attribution begins.)
        let c1 = if c0 >= g.cue.1 { trailing_attribution(v, c0, c1).filter(|&comma| comma > c0 + 1).unwrap_or(c1) } else { c1 };
        // "Satellite images appear to show ...": a cue of seeming hedges what it introduces.
        let seeming = SEEMING_VERBS.contains(&cue_word);
        let status = if seeming {
            ClaimStatus::Hedged
        } else {
            cue_word_status(cue_word).unwrap_or(ClaimStatus::Asserted)
        };
        let c0 = skip_dateline(v, c0, c1);
        // "The number is expected to rise as ...": what is expected (or believed) is the whole
        // clause, its subject, the cue and what follows, as PolNeAR marks it.
        // (Within the cue's sentence, and not over a closing ", the governor said".)
        let same_sentence = v.doc.sentence_at(v.span(c0).start()).map(|s| s.first_token) == v.doc.sentence_at(v.span(g.cue.0).start()).map(|s| s.first_token);
        let c1 = if raised && same_sentence && c1 <= g.cue.0 && (c1..g.cue.0).all(|i| !v.is_punct(i)) {
            let (_, b) = v.doc.sentence_at(v.span(g.cue.0).start()).map_or((0, v.len()), |s| (s.first_token, s.end_token));
            let end = content_end(v, g.cue.1, b);
            trailing_attribution(v, g.cue.1, end).unwrap_or(end).max(c1)
        } else {
            c1
        };
        let content = v.span_of(c0, c1 - 1);
        let quote = if is_open_quote(v.w(c0)) && is_close_quote(v.w(c1 - 1)) {
            QuoteKind::Direct
        } else if (c0..c1).any(|i| is_open_quote(v.w(i))) {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        let source = not_the_addressee(v, g.cue.1 - 1, source);
        weak_cues.push(tagged.weak_cue(g.cue.0, g.cue.1));
        claims.push(build(v, source, Some(cue), content, status, quote, a, b));
    }
    claims.into_iter().zip(weak_cues).map(|(claim, weak_cue)| LearnedClaim { claim, weak_cue }).collect()
}

/// Whether the tokens `[s0, s1)` lie inside the dateline opening their sentence ("KESSA, Feb. 27
/// (Baltic Wire) -"): a place and an outlet, nobody who speaks.
fn in_dateline(v: &View<'_>, s0: usize, s1: usize) -> bool {
    let floor = v.doc.sentence_at(v.span(s0).start()).map_or(s0, |s| s.first_token);
    skip_dateline(v, floor, v.len()) >= s1
}

/// The tagger's spans with each content and source cut at the line breaks inside it: a
/// headline's "Lawmakers rip Trump" says nothing of the quotation that opens the next paragraph,
/// which is the content of its own cue there, and a headline's last words are no part of the
/// source that opens the text ("... of armored convoy" over "MOSCOW — Russia's Defense
/// Ministry on Wednesday denied"). A content goes on past a break after a colon ("... told the
/// crowd:" and the quotation below) or inside a quotation still open (PolNeAR's contents cross a
/// paragraph break in about one case in two hundred, nearly all of them so).
fn split_at_paragraphs(v: &View<'_>, spans: Vec<(Role, usize, usize)>) -> Vec<(Role, usize, usize)> {
    let text = v.doc.text();
    let mut out = Vec::with_capacity(spans.len());
    for (role, a, b) in spans {
        if role == Role::Cue {
            out.push((role, a, b));
            continue;
        }
        let mut from = a;
        for i in a + 1..b {
            let gap = &text[v.span(i - 1).end()..v.span(i).start()];
            if gap.contains('\n') && v.w(i - 1) != ":" && !inside_quotation(v, from, i) {
                out.push((role, from, i));
                from = i;
            }
        }
        out.push((role, from, b));
    }
    out
}

/// "said on Wednesday there was evidence", "said Tuesday the army had left": the content starts
/// after the date the statement was made on, found in the setting `[c0, r)` after the cue;
/// not when the date is the content's subject ("said Monday was the deadliest day", "said
/// Friday's strike ...").
fn after_statement_date(v: &View<'_>, c0: usize, r: usize, end: usize) -> Option<usize> {
    let date_end = (c0..r).rev().find(|&i| v.in_time(i))? + 1;
    let next = date_end;
    let verb = v.xpos(next).map_or_else(
        || matches!(v.w(next), "was" | "is" | "were" | "are" | "will" | "would" | "has" | "had" | "could" | "may" | "might"),
        |x| x.starts_with("VB") || x == "MD" || x == "POS",
    );
    let subject_of_content = v.is_word(next) && !matches!(v.w(next), "’s" | "'s") && !verb;
    // ("said on Wednesday its aircraft had struck ...": a possessive opens the subject too.)
    (next < end && (next == r || matches!(v.w(next), "the" | "a" | "an" | "its" | "his" | "her" | "their")) && subject_of_content).then_some(next)
}

/// "They told the agency that ...": who is told is not who tells, so a pronoun source taken for
/// the addressee of the cue at `k` stands for someone else (no entity).
fn not_the_addressee(v: &View<'_>, k: usize, source: Source) -> Source {
    let pronoun = source.span.is_some_and(|s| PRONOUNS.contains(&v.doc.slice(s).to_lowercase().as_str()));
    match told_whom(v, k) {
        Some(e) if pronoun && source.entity == Some(e) => Source { entity: None, ..source },
        _ => source,
    }
}

/// The organisation or person a "told" at `k` names as told ("told the agency", "told NIS").
fn told_whom(v: &View<'_>, k: usize) -> Option<usize> {
    if !matches!(v.w(k), "told" | "tells" | "tell") {
        return None;
    }
    let at = if v.w(k + 1) == "the" { k + 2 } else { k + 1 };
    v.entity_at(at).filter(|m| [k + 1, at].contains(&v.token_at_or_after(m.span.start()))).map(|m| m.entity)
}

/// Where the content of a cue starts: at the "that" after whom and where the source told
/// ("told reporters that ...", "told lawmakers in a closed-door briefing that ...", "said in his
/// nightly video address that ..."), when no verb comes between; without "that", right after an
/// addressee when a clause follows ("told reporters the troops had ...", "told the Verification
/// Desk it had ..."); otherwise at `c0`.
fn after_addressee(v: &View<'_>, cue_word: &str, c0: usize, end: usize) -> usize {
    // "said in his nightly video address that ...": so for where any statement was made.
    let telling = matches!(cue_word, "told" | "tells" | "tell" | "telling" | "informed" | "assured" | "briefed");
    if !telling && !matches!(v.w(c0), "in" | "on" | "at" | "during" | "via" | "through") {
        return c0;
    }
    let verb = |i: usize| v.xpos(i).is_some_and(|x| x.starts_with("VB") || x == "MD");
    // ("told reporters: “Images are a serious thing.”": a colon opens what was told.)
    let opened = (c0..end.min(c0 + 15))
        .find(|&i| v.w(i) == "that" || telling && v.w(i) == ":")
        .filter(|&that| that + 1 < end && (c0..that).all(|i| !verb(i) && (v.is_word(i) || matches!(v.w(i), "," | "-"))))
        .map(|that| if v.w(that) == ":" { that + 1 } else { that });
    if let Some(at) = opened {
        return at;
    }
    // ("told reporters the troops had trained ...": without "that", the addressee still is no
    // part of what was told; a subject and its verb follow it.)
    // ("told the Verification Desk it had observed ...": a named addressee too.)
    let named = || {
        let at = if v.w(c0) == "the" { c0 + 1 } else { c0 };
        // ("told the agency the vehicle ...": an anaphor's mention takes its article in.)
        v.entity_at(at).filter(|m| [c0, at].contains(&v.token_at_or_after(m.span.start()))).map(|m| v.token_at_or_after(m.span.end()))
    };
    // ("Officials were told Russian troops had crossed": a passive has no addressee after it.)
    let passive = c0 >= 2 && is_be(v.w(c0 - 2));
    let listed = matches!(v.w(c0), "reporters" | "journalists" | "lawmakers" | "legislators" | "senators" | "me" | "him" | "us" | "them");
    let after = if !telling || passive {
        None
    } else if listed {
        // ("told reporters in Tokyo the missile flew ...": where they were told is no part of it.)
        let place_word = |i: usize| v.entity_at(i).is_some_and(|m| v.doc.entities().entities[m.entity].entity_type.is_place());
        let mut n = c0 + 1;
        if matches!(v.w(n), "in" | "at") && place_word(n + 1) {
            n += 1;
            while n < end && place_word(n) {
                n += 1;
            }
        }
        Some(n)
    } else {
        named()
    };
    // (What follows is a clause's subject: not a possessive or a common noun that a named
    // addressee runs on into, "told Ukraine's parliament", "told Ukrainian lawmakers".)
    // ("told the agency the vehicle burst into flames": an article after a named addressee opens
    // the next noun phrase, the clause's subject, whatever the tagger made of its verb.)
    let clause_follows = |n: usize| {
        n < end
            && ((n + 1..end.min(n + 7)).any(verb) || !listed && matches!(v.w(n), "the" | "a" | "an") && n + 2 < end)
            && !verb(n)
            && v.is_word(n)
            && !matches!(v.w(n), "about" | "of" | "in" | "on" | "at" | "to" | "by" | "that" | "'s" | "’s")
            && (listed || !v.xpos(n).is_some_and(|x| x == "NN" || x == "NNS"))
    };
    after.filter(|&n| clause_follows(n)).unwrap_or(c0)
}

/// For a cue "quoted" or "cited" whose content opens "<someone> as saying", the token "as".
fn quoted_as(v: &View<'_>, cue_last: usize, c0: usize, c1: usize) -> Option<usize> {
    if !matches!(v.w(cue_last), "quoted" | "cited") {
        return None;
    }
    (c0 + 1..c1.min(c0 + 12))
        .find(|&i| {
            // "as calling the reports a fabrication", not "as calling for talks".
            let calling_for = v.w(i + 1) == "calling" && matches!(v.w(i + 2), "for" | "on" | "upon");
            v.w(i) == "as" && matches!(v.w(i + 1), "saying" | "stating" | "telling" | "writing" | "calling" | "describing") && !calling_for
        })
        .filter(|&i| i + 1 < c1)
}

/// The line (paragraph) of the text around a byte offset, as byte offsets.
fn line_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, end)
}

/// "N. Korea likely to send more troops to Russia: JCS", "... : report": a headline (a line
/// with no sentence's full stop) that ends with its source after a colon, a name that is no
/// place, or a source's words. (Not a caption's "Photo: KCNA", nor "Russia's war in Ukraine:
/// North Korea Edition".)
fn headline_sources_after_colon(v: &View<'_>, claims: &[Claim]) -> Vec<Claim> {
    // (Beside SOURCE_NOUNS: "...: reports", "...: spy agency".)
    const SOURCE_WORDS: &[&str] = &["reports", "spy"];
    const CREDIT_LABELS: &[&str] = &["photo", "photos", "image", "images", "source", "credit", "video", "map", "graphic", "file", "picture"];
    let text = v.doc.text();
    let places = v.doc.places();
    let mut out = Vec::new();
    for k in 1..v.len() {
        if v.w(k) != ":" {
            continue;
        }
        let (line_start, line_end) = line_around(text, v.span(k).start());
        let tail: Vec<usize> = (k + 1..v.len()).take_while(|&i| v.span(i).end() <= line_end).collect();
        // (After any earlier colon of the line: "Ukraine war: ...".)
        let line_first = v.token_at_or_after(line_start);
        let mut first = (line_first..k).rev().find(|&i| v.w(i) == ":").map_or(line_first, |c| c + 1);
        // ("(LEAD) N. Korea sends ...": an agency's tag is no part of the headline.)
        if v.w(first) == "(" {
            if let Some(close) = (first + 1..k.min(first + 5)).find(|&i| v.w(i) == ")") {
                if close > first + 1 && sitrep_doc::is_wire_tag(v.doc.slice(v.span_of(first + 1, close - 1))) {
                    first = close + 1;
                }
            }
        }
        let words_before = (first..k).filter(|&i| v.is_word(i)).count();
        // (A headline: no full stop on the line, nor a quotation or a verb after the colon.)
        let stop = (line_first..k).any(|i| matches!(v.w(i), "." | "!" | "?")) || text[line_start..line_end].trim_end().ends_with('.');
        let credit = k > 0 && CREDIT_LABELS.contains(&v.w(k - 1));
        let source_word = |i: usize| SOURCE_NOUNS.contains(&v.w(i)) || SOURCE_WORDS.contains(&v.w(i)) || v.w(i) == "the";
        let name_or_source = |i: usize| v.doc.slice(v.span(i)).starts_with(char::is_uppercase) || source_word(i);
        if stop || credit || tail.is_empty() || tail.len() > 4 || words_before < 4 || !tail.iter().all(|&i| v.is_word(i) && name_or_source(i) && !v.is_finite_verb(i)) {
            continue;
        }
        let last = tail[tail.len() - 1];
        let source = noun_phrase_source(v, k + 1, last, claims);
        let tail_span = v.span_of(k + 1, last);
        // (A place naming the whole tail speaks for its government, "...: Seoul"; a place inside a
        // longer tail is a kicker's, "...: North Korea Edition".)
        let a_place = places.mentions.iter().any(|m| m.span.overlaps(tail_span)) && !places.mentions.iter().any(|m| m.span == tail_span);
        let generic = tail.iter().any(|&i| source_word(i) && v.w(i) != "the");
        if !(source.entity.is_some() && !a_place || generic) {
            continue;
        }
        let cue = v.span(k);
        if claims.iter().any(|c| c.cue_span.is_some_and(|q| q.overlaps(cue))) {
            continue;
        }
        let content = v.span_of(first, k - 1);
        // (A source's words alone, "...: report", name no one in particular.)
        let named = tail.iter().any(|&i| v.doc.slice(v.span(i)).starts_with(char::is_uppercase));
        let source = Source { span: source.span.or(Some(tail_span)), entity: source.entity.filter(|_| named) };
        out.push(build(v, source, Some(cue), content, ClaimStatus::Asserted, QuoteKind::Indirect, first, last + 1));
    }
    out
}

/// Is token `i` a name word of a speaker label: capitalized, or all capitals?
fn label_word(v: &View<'_>, i: usize) -> bool {
    let raw = v.doc.slice(v.span(i));
    v.is_word(i) && raw.starts_with(char::is_uppercase) && !raw.ends_with(':')
}

/// Is `label`, before a colon, a page's own label rather than a speaker: a caption credit
/// ("Photo:"), a heading or kicker ("EXCLUSIVE:", "Timeline:", "Analysis:"), a fact check's
/// fields ("CLAIM:", "VERDICT:"), a note ("Correction:", "Editor's note:")?
/// "Seoul: Spy agency says ...", "Tokyo: Japan to tighten sanctions": a place opening a line
/// before a colon labels a digest's item (where it comes from), unless a quotation follows
/// ("Moscow: “We sent no one”"). `[first, colon)` are the label's tokens.
fn place_label(v: &View<'_>, first: usize, colon: usize) -> bool {
    let label = v.span_of(first, colon - 1);
    let line_start = v.doc.text()[..label.start()].rfind('\n').map_or(0, |i| i + 1);
    let opens_line = v.doc.text()[line_start..label.start()].trim().is_empty();
    let place = v.doc.places().mentions.iter().any(|m| m.span == label);
    let quotation = colon + 1 < v.len() && is_open_quote(v.w(colon + 1));
    opens_line && place && !quotation
}

fn layout_label(label: &str) -> bool {
    let lower = label.to_lowercase();
    CREDIT_WORDS.iter().any(|(c, _)| lower.starts_with(c))
        || matches!(
            lower.as_str(),
            "update" | "updated" | "note" | "editor's note" | "editor’s note" | "related" | "watch" | "read more" | "correction"
                | "clarification" | "warning" | "source" | "sources" | "q" | "a" | "claim" | "the claim" | "verdict" | "rating"
                | "our rating" | "the facts" | "fact check" | "fact-check" | "the verdict" | "listen" | "see also"
        )
        // ("Key takeaways:", "Investigation:"; not "Joint Investigation Team:".)
        || lower.split_whitespace().count() <= 2 && lower.split_whitespace().any(|w| HEADING_WORDS.contains(&w))
}

/// Claims marked by layout rather than by a verb: a speaker label opening a line of a transcript
/// or a headline ("OLSEN: We will ...", "Olsen: Bridge Will Stay Closed"), and a quotation
/// signed with a dash after it ("“We will rebuild.” ― Kari Olsen").
fn label_claims(v: &View<'_>, claims: &[Claim]) -> Vec<Claim> {
    let text = v.doc.text();
    let n = v.len();
    let mut out: Vec<Claim> = Vec::new();
    let taken = |span: Span, out: &[Claim]| claims.iter().chain(out).any(|c| c.cue_span.is_some_and(|k| k.overlaps(span)));
    for k in 0..n {
        let w = v.w(k);
        if w == ":" && k > 0 && k + 1 < n {
            let (line_start, line_end) = line_around(text, v.span(k).start());
            let mut first = k;
            while first > 0 && k - first < 4 && label_word(v, first - 1) && v.span(first - 1).start() >= line_start {
                first -= 1;
            }
            if first == k {
                continue;
            }
            // Only quotation marks, or a post's bullets ("🔻 Governor Lind: ..."), may stand
            // before the label on its line.
            let before = &text[line_start..v.span(first).start()];
            if !before.split_whitespace().all(|w| w.chars().all(|c| matches!(c, '"' | '“' | '\'')) || is_line_decoration(w)) {
                continue;
            }
            let label = v.doc.slice(v.span_of(first, k - 1));
            if label.chars().count() < 2 || layout_label(label) || place_label(v, first, k) {
                continue;
            }
            let c0 = k + 1;
            let mut last = c0;
            while last + 1 < n && v.span(last + 1).end() <= line_end {
                last += 1;
            }
            while last > c0 && (matches!(v.w(last), "." | "\"") || is_close_quote(v.w(last)) && !(c0..last).any(|i| is_open_quote(v.w(i)))) {
                last -= 1;
            }
            if last < c0 + 2 || v.span(c0).start() >= line_end {
                continue;
            }
            // "Said Ellis: “...”": an inverted speech verb opening the label is the cue, and the
            // name after it the source.
            let inverted = k > first + 1 && matches!(v.w(first), "said" | "says" | "added" | "adds" | "wrote" | "writes" | "asked" | "asks");
            let (cue, first) = if inverted { (v.span(first), first + 1) } else { (v.span(k), first) };
            let content = v.span_of(c0, last);
            if taken(cue, &out) {
                continue;
            }
            let mut source = noun_phrase_source(v, first, k - 1, claims);
            // "RUTTE: I will not ...": a transcript's label in capitals is the surname of a
            // person the text names.
            if source.entity.is_none() {
                source.entity = label_person(v, v.doc.slice(v.span_of(first, k - 1)));
            }
            let (a, b) = v.doc.sentence_at(cue.start()).map_or((first, last + 1), |s| (s.first_token, s.end_token));
            out.push(build(v, source, Some(cue), content, ClaimStatus::Asserted, QuoteKind::Indirect, a, b));
        } else if matches!(w, "―" | "—") && k >= 2 && k + 1 < n {
            // "“...” ― Name", "“...”— Name."
            let mut q = k - 1;
            if v.w(q) == "." && q > 0 {
                q -= 1;
            }
            if !(is_close_quote(v.w(q)) || v.w(q) == "\"") {
                continue;
            }
            let (_, line_end) = line_around(text, v.span(k).end());
            let mut last = k + 1;
            while last + 1 < n && v.span(last + 1).end() <= line_end {
                last += 1;
            }
            while last > k + 1 && v.is_punct(last) {
                last -= 1;
            }
            if last - k > 6 || !(k + 1..=last).all(|i| label_word(v, i) || matches!(v.w(i), "," | "-" | "." | "’s" | "'s")) {
                continue;
            }
            let (line_start, _) = line_around(text, v.span(q).start());
            let c0 = v.token_at_or_after(line_start);
            if c0 >= q {
                continue;
            }
            let cue = v.span(k);
            let content = v.span_of(c0, q);
            if taken(cue, &out) {
                continue;
            }
            let source = noun_phrase_source(v, k + 1, last, claims);
            let (a, b) = v.doc.sentence_at(cue.start()).map_or((c0, last + 1), |s| (s.first_token, s.end_token));
            out.push(build(v, source, Some(cue), content, ClaimStatus::Asserted, QuoteKind::Direct, a, b));
        }
    }
    out
}

/// The person a transcript's speaker label names by surname ("RUTTE", "COL. AALTO": the
/// label's last word), when the text names one person of that surname.
fn label_person(v: &View<'_>, label: &str) -> Option<usize> {
    let surname = label.split_whitespace().last()?.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let mut people = v.doc.entities().entities.iter().enumerate().filter(|(_, e)| {
        e.entity_type == EntityType::Per && e.name.split_whitespace().last().is_some_and(|w| w.to_lowercase() == surname)
    });
    let (first, _) = people.next()?;
    people.next().is_none().then_some(first)
}

/// Where a source was found.
struct Source {
    span: Option<Span>,
    entity: Option<usize>,
}

/// Extracts the claims of a document with the rules alone, in text order.
pub fn extract_claims(doc: &Doc) -> Vec<Claim> {
    extract_claims_with(doc, None)
}

/// Extracts the claims of a document, in text order: the rules' claims, with the trained
/// tagger's source where it found the same cue, and then the tagger's claims whose cue the
/// rules did not find, when a model is given.
pub fn extract_claims_with(doc: &Doc, model: Option<&AttributionModel>) -> Vec<Claim> {
    let v = View::new(doc);
    let sentences = sentence_ranges(doc);
    let mut claims = rule_claims(&v, &sentences);
    claims.extend(credit_claims(&v));
    claims.extend(label_claims(&v, &claims));
    claims.extend(headline_sources_after_colon(&v, &claims));
    if let Some(model) = model {
        // The rules are the more precise where they fire, but for the source: where the tagger
        // found the same cue with a source, its source is taken (it learned PolNeAR's source
        // spans, and resolves a pronoun as the rules do). The tagger adds the cues the rules miss.
        let learned = model_claims(&v, model);
        for r in &mut claims {
            let Some(cue) = r.cue_span else { continue };
            // "According to HUR, around 2,600 soldiers ...": the rule's source ends at the comma;
            // the tagger's may run on into the content.
            if v.doc.slice(cue).eq_ignore_ascii_case("according to") {
                continue;
            }
            // A source that is a time ("which on Tuesday estimated": the tagger's "on Tuesday")
            // is no source: the rule's stays.
            let timed = |s: Span| v.doc.times().exprs.iter().any(|t| t.span.overlaps(s));
            // Nor is a span that runs into a clause ("HUR, the losses occurred near ..., where
            // units", "although North Korea's state media").
            let clause = |s: Span| {
                token_range(&v, s).is_some_and(|(f, l)| {
                    // (PolNeAR's sources keep appositions and "who" clauses: "Smith, who ran
                    // the campaign,".)
                    SUBORDINATORS.contains(&v.w(f)) || (f..=l).any(|i| v.w(i) == "where")
                })
            };
            let dateline = |s: Span| token_range(&v, s).is_some_and(|(f, l)| in_dateline(&v, f, l + 1));
            // (Nor one before the rule's subject of the cue: "Drones struck depots in Port
            // Sudan on Tuesday, witnesses said": the witnesses say it.)
            let subject_between = |s: Span| {
                r.source_span.is_some_and(|own| {
                    let first = v.token_at_or_after(own.start());
                    let short = token_range(&v, own).is_some_and(|(f, l)| l < f + 4);
                    s.end() <= own.start() && own.end() <= cue.start() && short && first > 0 && v.w(first - 1) == ","
                })
            };
            let same = learned
                .iter()
                .map(|m| &m.claim)
                .find(|m| m.source_span.is_some_and(|s| !timed(s) && !clause(s) && !dateline(s) && !subject_between(s)) && m.cue_span.is_some_and(|c| c.overlaps(cue)));
            if let Some(m) = same {
                // (A pronoun resolved twice: the rules' claims, fuller than the tagger's so far,
                // say whom it stands for.)
                if !(m.source_span == r.source_span && is_pronoun_span(&v, r.source_span)) {
                    r.source_entity = m.source_entity;
                }
                r.source_span = m.source_span;
            }
        }
        let extra = not_found_by(&v, &claims, supported(learned));
        claims.extend(extra);
    }
    // "No group has claimed responsibility", "Nobody has confirmed ...": no one said anything.
    // (What no one expected or believed stays, as PolNeAR marks it: "No one expected a full 90
    // minutes of policy".)
    claims.retain(|c| {
        // (Not "No 10 said", "No fewer than 30 lawmakers said".)
        let nobody = c.source_span.is_some_and(|s| {
            let source = v.doc.slice(s).to_lowercase();
            let counted = ["no fewer", "no more", "no less"].iter().any(|p| source.starts_with(p)) || source.strip_prefix("no ").is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()));
            !counted && (source.starts_with("no ") || ["nobody", "no one", "none", "no-one", "neither "].iter().any(|p| source.starts_with(p)))
        });
        // "The claim echoed an earlier report": a claim is no speaker (the relation stage links
        // the two claims).
        let claim_as_source = c.source_span.is_some_and(|s| {
            let words: Vec<String> = v.doc.slice(s).to_lowercase().split_whitespace().map(str::to_string).collect();
            words.len() <= 3 && words.last().is_some_and(|w| matches!(w.as_str(), "claim" | "claims" | "account" | "accounts" | "assertion" | "allegation"))
        }) && c.cue_span.is_some_and(|k| CORROBORATION_CUES.contains(&v.doc.slice(k).to_lowercase().as_str()));
        // "Pyongyang and Moscow have said little about the deployment", "has said nothing",
        // "residents were told nothing": no statement.
        // (Not "Analysts say little has changed", "said nothing could justify it": a clause
        // whose subject the word is.)
        let said_nothing = c.cue_span.is_some_and(|k| {
            let last = v.token_at_or_after(k.end()).saturating_sub(1);
            let after = last + 2;
            // ("Residents were told nothing": nothing told them either.)
            matches!(v.w(last), "said" | "say" | "says" | "told" | "tell" | "tells")
                && matches!(v.w(last + 1), "little" | "nothing")
                && (v.is_punct(after) || after >= v.len() || matches!(v.w(after), "about" | "of" | "on" | "publicly" | "more" | "else"))
        });
        // "North Korea appears to be preparing to send troops": a hedge on what the sentence's
        // speaker says, not a statement of the subject's.
        // (With the subject taken for a source and what follows for the content; PolNeAR marks
        // "Melania seems to have vanished" as an attribution with no source.)
        // (Not evidence or a speaker that appears to say something: "Satellite images appear to
        // show ...", "Peskov appeared to confirm ...".)
        let seeming = c.source_span.is_some()
            && c.cue_span.is_some_and(|k| {
                let last = v.token_at_or_after(k.end()).saturating_sub(1);
                let says = matches!(v.w(last + 2), "show" | "indicate" | "suggest" | "confirm" | "acknowledge" | "admit" | "deny" | "say" | "concede" | "reveal" | "blame");
                SEEMING_VERBS.contains(&v.w(last)) && v.w(last + 1) == "to" && !says && !v.doc.slice(k).contains(' ') && c.content.start() >= k.end()
            });
        // "The ministry made no mention of the troops": nothing was said.
        let unmentioned = c.cue_span.is_some_and(|k| {
            let cue = v.doc.slice(k).to_lowercase();
            ["no mention", "no reference", "no comment"].iter().any(|p| cue.contains(p))
        });
        let spoken = c.cue_span.is_some_and(|k| v.doc.slice(k).to_lowercase().split_whitespace().any(|w| UNGIVEN_STATEMENTS.contains(&w) || w == "reported" || w == "announced"));
        // "Has Finland confirmed your figures?", "Did the ministry deny it?": a question asks
        // whether anyone said anything (not a quotation that asks, "“Why now?” she said").
        let asked = c.cue_span.is_some_and(|k| {
            let cue = v.token_at_or_after(k.start());
            v.doc.sentence_at(k.start()).is_some_and(|s| {
                let mut first = skip_dateline(&v, s.first_token, s.end_token);
                // (An interview's "Q:" label.)
                if v.w(first) == "q" && v.w(first + 1) == ":" {
                    first += 2;
                }
                let last = (s.first_token..s.end_token).rev().find(|&i| !is_close_quote(v.w(i)));
                // ("What does Russia say?", "Has Finland confirmed ...?")
                let aux = |i: usize| AUXILIARIES.contains(&v.w(i)) || matches!(v.w(i), "can" | "could" | "should");
                // (Not a claim in a clause of its own inside a wh-question: "Why are Iskander
                // missiles, which Kyiv says Russia fired, so hard to intercept?")
                let wh = matches!(v.w(first), "what" | "how" | "why" | "who" | "when" | "where" | "which")
                    && aux(first + 1)
                    && !(first + 2..cue).any(|i| v.w(i) == "," || matches!(v.w(i), "which" | "who" | "that"));
                let inverted = aux(first) || wh;
                // (The question's own words inside a quotation: "“... Did the ministry confirm
                // it?” the senator asked.")
                last.is_some_and(|l| v.w(l) == "?") && inverted && first < cue && !inside_quotation(&v, first, first)
            })
        });
        // "HUR reports that, according to available information, more than 3,000 ...": the
        // speaker's own information, no second source.
        let own_information = c.cue_span.is_some_and(|k| v.doc.slice(k).eq_ignore_ascii_case("according to"))
            && c.source_span.is_some_and(|s| {
                let words: Vec<String> = v.doc.slice(s).split_whitespace().map(str::to_lowercase).collect();
                matches!(words.last().map(String::as_str), Some("information" | "data" | "intelligence"))
                    && words.len() <= 3
                    && words.iter().any(|w| matches!(w.as_str(), "available" | "preliminary" | "our" | "its" | "their" | "initial"))
            });
        // "We remind you that earlier, the agency reported ...": the outlet's formula before a
        // recap, no statement of its own (not "The Air Force reminds that the threat remains").
        let reminder = c.cue_span.is_some_and(|k| matches!(v.doc.slice(k).to_lowercase().as_str(), "remind" | "recall"))
            && c.source_span.is_none_or(|s| v.doc.slice(s).eq_ignore_ascii_case("we"))
            && matches!(v.w(v.token_at_or_after(c.content.start())), "you" | "readers" | "that");
        !(nobody && spoken) && !asked && !own_information && !unmentioned && !claim_as_source && !said_nothing && !seeming && !reminder
    });
    claims.sort_by_key(|c| (c.content.start(), c.content.end()));
    for c in &mut claims {
        conventional_spans(&v, c);
    }
    end_before_coordinated_claims(&v, &mut claims);
    end_before_setting_clause(&v, &mut claims);
    headline_says_before_semicolon(&v, &mut claims);
    headline_source_after_semicolon(&v, &mut claims);
    appositive_denials(&v, &mut claims);
    evidence_of_own_part(&v, &mut claims);
    after_caption_label(&v, &mut claims);
    mark_unverified(&v, &sentences, &mut claims);
    corrected_versions(&v, &mut claims);
    satellite_images_again(&v, &mut claims);
    inherit_nested_sources(&mut claims);
    quoted_as_saying(&v, &sentences, &mut claims);
    one_claim_per_content(&v, &mut claims);
    // (A label the tagger found too: "COL. AALTO:" names the person all the same.)
    for c in claims.iter_mut().filter(|c| c.source_entity.is_none() && c.cue_span.is_some_and(|k| v.doc.slice(k) == ":")) {
        if let Some(src) = c.source_span {
            c.source_entity = label_person(&v, v.doc.slice(src));
        }
    }
    participle_speaks_for_the_claim_before(&v, &mut claims);
    headline_source_named_in_the_lead(&v, &mut claims);
    we_are_the_speakers_side(&v, &mut claims);
    expletive_it(&v, &mut claims);
    close_open_quotations(&v, &mut claims);
    // (". “Neither do I.”": a full stop left over from the cue's sentence is no content.)
    for c in claims.iter_mut() {
        let Some((mut f, l)) = token_range(&v, c.content) else { continue };
        let first = f;
        // (Nor a post's bullet, "🔻 Over the past night, ...", nor a dateline's dash, "TALLINN,
        // June 4 (Baltic Ledger) - An Estonian court ...".)
        while f < l && (matches!(v.w(f), "." | "," | ";" | "-" | "–" | "—" | "--") || is_line_decoration(v.w(f))) {
            f += 1;
        }
        if f > first {
            c.content = Span::new(v.span(f).start(), c.content.end());
        }
        // (Nor a comma left at its end: "... since October, and called for ...".)
        let mut last = l;
        while last > f && v.w(last) == "," {
            last -= 1;
        }
        if last < l {
            c.content = Span::new(c.content.start(), v.span(last).end());
        }
    }
    take_in_continued_quotations(&v, &mut claims);
    take_in_opening_quotations(&v, &mut claims);
    span_parenthetical_attributions(&v, &mut claims);
    end_before_the_reporter(&v, &mut claims);
    citing_speaker(&v, &mut claims);
    place_inside_the_subject(&v, &mut claims);
    appositive_person_speaks(&v, &mut claims);
    officials_speak_for_their_country(&v, &mut claims);
    titled_person_named_next(&v, &mut claims);
    apposed_person_speaks(&v, &mut claims);
    residents_are_not_their_place(&v, &mut claims);
    one_subject_one_speaker(&v, &mut claims);
    described_group_named_next(&v, &mut claims);
    think_tank_named_next(&v, &mut claims);
    joined_named_source(&v, &mut claims);
    close_to_someone(&v, &mut claims);
    person_described_before(&v, &mut claims);
    // ("A year after North Korean soldiers first appeared on Russia's front line, estimates of
    // their numbers still vary": a time clause is no source, and a noun after it no cue.)
    claims.retain(|c| {
        let (Some((f, _)), Some((k, _))) = (c.source_span.and_then(|s| token_range(&v, s)), c.cue_span.and_then(|s| token_range(&v, s))) else { return true };
        let time_clause = v.in_time(f) && (f + 1..f + 5).any(|i| !v.in_time(i) && matches!(v.w(i), "after" | "before" | "since")) || matches!(v.w(f), "after" | "before" | "since" | "when");
        !(time_clause && v.xpos(k).is_some_and(|x| x.starts_with("NN")))
    });
    // ("No large attack on the capital was reported by evening": a time after "by" is no
    // agent.)
    for c in claims.iter_mut() {
        // (After "by" only, and no name: "Dawn reported that ..." is Pakistan's daily.)
        let time_word = |i: usize| TIME_NOUNS.contains(&v.w(i)) || matches!(v.w(i), "evening" | "morning" | "afternoon" | "night");
        let after_by = |f: usize| f > 0 && v.w(f - 1) == "by";
        if c.source_span.and_then(|s| token_range(&v, s)).is_some_and(|(f, l)| after_by(f) && v.entity_at(f).is_none() && (only_time(&v, f..l + 1) || f == l && time_word(f))) {
            c.source_span = None;
            c.source_entity = None;
        }
    }
    // ("the Polish side had provided “no evidence” of the incursion": nothing given is no
    // statement of the giver's.)
    claims.retain(|c| {
        let Some((f, l)) = c.cue_span.and_then(|k| token_range(&v, k)) else { return true };
        let giving = matches!(v.w(l), "provided" | "gave" | "given" | "offered" | "presented") && (f..l).all(|i| AUXILIARIES.contains(&v.w(i)) || CUE_ADVERBS.contains(&v.w(i)));
        let content = v.doc.slice(c.content).trim_start_matches(['"', '“', '\'', '‘']).to_lowercase();
        !(giving && (content.starts_with("no ") || content.starts_with("nothing")))
    });
    // ("..., ship-tracking data and satellite images show, according to the group": the
    // evidence inserted before the source is no content of its own verb.)
    claims.retain(|c| {
        let (Some(cue), Some((c0, c1))) = (c.cue_span, token_range(&v, c.content)) else { return true };
        // (A showing verb's subject only: "the video released by HUR" is what HUR released.)
        let k = v.token_at_or_after(cue.start());
        !(c.content.end() <= cue.start() && c1 < c0 + 5 && EVIDENCE_OBJECTS.contains(&v.w(c1)) && k <= c1 + 1 && (EVIDENCE_SHOWING.contains(&v.w(k)) || v.w(k) == "showed"))
    });
    // ("Ukraine investigates video appearing to show execution": a cue read over evidence and
    // the participle or adverb that describes it ("allegedly") is no cue.)
    claims.retain(|c| {
        let Some((f, l)) = c.cue_span.and_then(|k| token_range(&v, k)) else { return true };
        !(f..l).any(|i| EVIDENCE_OBJECTS.contains(&v.w(i)) && matches!(v.w(i + 1), "appearing" | "showing" | "purporting" | "purportedly" | "allegedly"))
    });
    // ("Famine confirmed in Sudan's Zamzam camp, monitor says": a headline's participle with a
    // place or time after it is a passive without its auxiliary, no cue.)
    claims.retain(|c| {
        let Some((f, l)) = c.cue_span.and_then(|k| token_range(&v, k)) else { return true };
        let in_headline = c.cue_span.is_some_and(|k| v.in_headline(k));
        let participle = f == l && matches!(v.w(f), "confirmed" | "reported" | "announced" | "found" | "detected" | "recorded" | "seen" | "spotted" | "filmed");
        // ("Tankers seen transferring Russian oil": a participle after it too; not "Residents
        // reported hearing blasts", whose subject speaks: only a noun that is no source noun
        // before it.)
        let after = v.xpos(l + 1) == Some("IN") && v.w(l + 1) != "that" || v.xpos(l + 1) == Some("VBG") && v.w(f) == "seen";
        // (Nor a statement after all: "Zelensky confirmed in interview that ..." has its "that"
        // or a verb of its own before the headline's comma.)
        let clause_after = (l + 1..v.len()).take_while(|&i| !matches!(v.w(i), "," | ";" | ":") && v.in_headline(v.span(i))).any(|i| v.w(i) == "that" || v.is_finite_verb(i));
        let thing_before = f > 0 && !SOURCE_NOUNS.contains(&v.w(f - 1)) && v.xpos(f - 1).is_some_and(|x| x.starts_with("NN"));
        !(in_headline && participle && after && thing_before && !clause_after)
    });
    // ("Kyiv rarely confirms strikes inside Russia": a habit in the present tense, not a
    // statement; "The army never confirmed the losses" was one, denied.)
    claims.retain(|c| {
        let Some((f, l)) = c.cue_span.and_then(|k| token_range(&v, k)) else { return true };
        let habit = (f..l).any(|i| HABIT_ADVERBS.contains(&v.w(i))) || f > 0 && HABIT_ADVERBS.contains(&v.w(f - 1));
        !(habit && v.xpos(l).is_some_and(|x| x == "VBZ" || x == "VBP"))
    });
    // ("The estimates, explained": a source that is an article alone names nobody; the words
    // are a headline's, not a statement.)
    claims.retain(|c| c.source_span.is_none_or(|s| !matches!(v.doc.slice(s).to_lowercase().as_str(), "the" | "a" | "an" | "this" | "these")));
    claims
}

/// "Satellite images ... showed containers being loaded ..., and ship-tracking data showed the
/// vessel switching off its transponder": of claims side by side in one sentence, each rests on
/// the evidence named in its own part of it (from where it begins to where the next begins), not
/// on the whole sentence's; evidence named after the last of them for "both" or "each" is every
/// part's ("The army said 30 died and Kyiv put the toll at 50, both citing drone footage").
fn evidence_of_own_part(v: &View<'_>, claims: &mut [Claim]) {
    let extent = |c: &Claim| [c.source_span, c.cue_span, Some(c.content)].into_iter().flatten().reduce(|x, y| x.cover(y)).unwrap_or(c.content);
    let text = v.doc.text();
    for s in v.doc.sentences() {
        let sentence = v.span_of(s.first_token, s.end_token.saturating_sub(1).max(s.first_token));
        let mut side_by_side: Vec<usize> = (0..claims.len())
            .filter(|&n| claims[n].cue_span.is_some_and(|k| sentence.contains(k)))
            .filter(|&n| !(0..claims.len()).any(|m| m != n && claims[m].content.contains(extent(&claims[n]))))
            .collect();
        // ("North Korean state media have not mentioned the deployment, and Pyongyang had
        // earlier dismissed the reports": the one claim of a sentence, after a clause joined by
        // ", and", ", but" or ";", rests only on the evidence of its own clause; not one taking
        // up what was shown, "..., and officials said it showed an Iskander launcher".)
        if let [n] = side_by_side[..] {
            let e = extent(&claims[n]);
            // (An extent may begin in a sentence before: a quotation the cue closes.)
            let before = text.get(sentence.start()..e.start()).unwrap_or("").trim_end();
            let joined = [", and", ", but", ";", ", while"].iter().any(|j| before.ends_with(j));
            let c0 = v.token_at_or_after(claims[n].content.start());
            let refers_back = matches!(v.w(c0), "it" | "they" | "this" | "these") || matches!(v.w(c0), "the" | "that") && EVIDENCE_OBJECTS.contains(&v.w(c0 + 1));
            if joined && !refers_back && e.start() < sentence.end() {
                claims[n].evidence = evidence_in(&text[e.start()..sentence.end()].to_lowercase());
            }
            continue;
        }
        if side_by_side.len() < 2 {
            continue;
        }
        side_by_side.sort_by_key(|&n| extent(&claims[n]).start());
        // Claims whose extents overlap ("Satellite images published by a think tank showed
        // ...": the release and what it shows) share one part.
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        let mut reach = 0;
        for &n in &side_by_side {
            let e = extent(&claims[n]);
            match groups.last_mut() {
                Some((_, members)) if e.start() < reach => members.push(n),
                _ => groups.push((e.start(), vec![n])),
            }
            reach = reach.max(e.end());
        }
        if groups.len() < 2 {
            continue;
        }
        let from_dateline = v.span(skip_dateline(v, s.first_token, s.end_token).min(s.end_token.saturating_sub(1))).start();
        let tail = text[reach.min(sentence.end())..sentence.end()].to_lowercase();
        let shared = tail.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "both" | "each" | "all"));
        let trailing = if shared { evidence_in(&tail) } else { Vec::new() };
        for (i, (start, members)) in groups.iter().enumerate() {
            let start = if i == 0 { from_dateline.min(*start) } else { *start };
            let end = groups.get(i + 1).map_or(sentence.end(), |(next, _)| *next);
            if start < end {
                let mut evidence = evidence_in(&text[start..end].to_lowercase());
                evidence.extend(trailing.iter().filter(|e| !evidence.contains(e)).copied().collect::<Vec<_>>());
                evidence.sort();
                for &n in members {
                    claims[n].evidence = evidence.clone();
                }
            }
        }
    }
}

/// "M23 rebels seize town in eastern Congo, UN mission says; group denies attacking civilians":
/// in a headline, a cue after ", source" and before a semicolon says what came before the
/// comma; what follows the semicolon is another statement.
fn headline_says_before_semicolon(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let (Some(src), Some(cue)) = (c.source_span, c.cue_span) else { continue };
        if !v.in_headline(cue) || src.end() > cue.start() || c.content.start() < cue.end() {
            continue;
        }
        let Some((sf, _)) = token_range(v, src) else { continue };
        let (Some(s), k) = (v.doc.sentence_at(cue.start()), v.token_at_or_after(cue.end())) else { continue };
        // (The semicolon right after the cue, the comma right before the source.)
        if v.w(k) != ";" || sf <= s.first_token + 1 || v.w(sf - 1) != "," {
            continue;
        }
        let first = skip_dateline(v, s.first_token, sf - 1);
        if first + 1 < sf - 1 {
            c.content = v.span_of(first, sf - 2);
        }
    }
}

/// "Blast at Turkish chemical plant kills 12; officials blame gas leak": a headline's cue with
/// no source, right after the words that open the statement after a semicolon, has them for
/// its source.
fn headline_source_after_semicolon(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut().filter(|c| c.source_span.is_none()) {
        let Some(cue) = c.cue_span.filter(|k| v.in_headline(*k)) else { continue };
        let k = v.token_at_or_after(cue.start());
        let Some(semi) = (k.saturating_sub(4)..k).rev().find(|&i| v.w(i) == ";") else { continue };
        // (Not the subject of a raised belief inside the content: "dozens feared dead", "two
        // believed killed"; nor a count.)
        if semi + 1 >= k || c.content.start() < cue.end() || !(semi + 1..k).all(|i| v.is_word(i) && !v.is_finite_verb(i) && v.xpos(i) != Some("CD")) {
            continue;
        }
        c.source_span = Some(v.span_of(semi + 1, k - 1));
        c.source_entity = (semi + 1..k).find_map(|i| v.entity_at(i)).filter(|m| !v.doc.entities().entities[m.entity].entity_type.is_place()).map(|m| m.entity);
    }
}

/// "Rights groups said dozens of protesters had been beaten, an accusation the ministry
/// denied": the content ends at the comma, and the one named in the apposition denies it (a claim
/// of its own, denied, whose content is what was said).
fn appositive_denials(v: &View<'_>, claims: &mut Vec<Claim>) {
    let mut denials = Vec::new();
    for n in 0..claims.len() {
        let Some((f, l)) = token_range(v, claims[n].content) else { continue };
        let Some(comma) = (f + 2..l.saturating_sub(2)).rev().find(|&i| v.w(i) == ",") else { continue };
        let noun = comma + 2;
        if !matches!(v.w(comma + 1), "an" | "a" | "the") || !matches!(v.w(noun), "accusation" | "allegation" | "claim" | "charge" | "assertion") {
            continue;
        }
        let verb = l;
        if !matches!(v.w(verb), "denied" | "denies" | "rejected" | "rejects" | "dismissed" | "disputed" | "disputes") || verb < noun + 2 || verb > noun + 6 {
            continue;
        }
        // (Not "an accusation the army has not denied"; the source without its auxiliaries.)
        if (noun + 1..verb).any(|i| matches!(v.w(i), "not" | "n't" | "never" | "no")) {
            continue;
        }
        let mut last = verb - 1;
        while last > noun + 1 && (AUXILIARIES.contains(&v.w(last)) || CUE_ADVERBS.contains(&v.w(last))) {
            last -= 1;
        }
        let first = if v.w(noun + 1) == "that" { noun + 2 } else { noun + 1 };
        if first > last {
            continue;
        }
        let said = v.span_of(f, comma - 1);
        let Some(s) = v.doc.sentence_at(said.start()) else { continue };
        let source = noun_phrase_source(v, first, last, claims);
        denials.push(build(v, source, Some(v.span(verb)), said, ClaimStatus::Denied, QuoteKind::Indirect, s.first_token, s.end_token));
        claims[n].content = said;
    }
    // (The tagger may have read the apposition as the source of the whole sentence: "an
    // accusation the ministry" denying "Rights groups said ..."; the denial is of what was said
    // just before the comma, by the one the apposition names.)
    let mut mended = Vec::new();
    for (n, c) in claims.iter().enumerate() {
        let (Some(src), Some(cue)) = (c.source_span, c.cue_span) else { continue };
        let Some((f, l)) = token_range(v, src) else { continue };
        if !matches!(v.w(f), "an" | "a" | "the") || !matches!(v.w(f + 1), "accusation" | "allegation" | "claim" | "charge" | "assertion") || f < 1 || v.w(f - 1) != "," {
            continue;
        }
        let cue_verb = v.w(v.token_at_or_after(cue.end()).saturating_sub(1));
        if !matches!(cue_verb, "denied" | "denies" | "rejected" | "rejects" | "dismissed" | "disputed" | "disputes") || l < f + 2 {
            continue;
        }
        // (Not "an accusation the ministry has not denied".)
        let cue_first = v.token_at_or_after(cue.start());
        if (f..cue_first.max(f)).chain(cue_first..v.token_at_or_after(cue.end())).any(|i| matches!(v.w(i), "not" | "n't" | "never" | "no")) {
            continue;
        }
        let comma = v.span(f - 1).start();
        // (The reported claim's own content, not this one's whole sentence.)
        let Some(said) = claims.iter().enumerate().filter(|&(o, x)| o != n && x.content.end() == comma && x.content.start() < comma).max_by_key(|(_, x)| x.content.start()).map(|(o, _)| o) else {
            continue;
        };
        let Some(s) = v.doc.sentence_at(src.start()) else { continue };
        let first = if v.w(f + 2) == "that" { f + 3 } else { f + 2 };
        if first > l {
            continue;
        }
        let source = noun_phrase_source(v, first, l, claims);
        mended.push((n, build(v, source, Some(cue), claims[said].content, ClaimStatus::Denied, QuoteKind::Indirect, s.first_token, s.end_token)));
    }
    for (n, c) in mended {
        claims[n] = c;
    }
    claims.extend(denials);
    claims.sort_by_key(|c| (c.content.start(), c.content.end()));
}

/// Whether the words at token `i` say when a statement came, relative to something else: "days
/// after ...", "a day after", "shortly before", "hours ahead of".
fn statement_timing(v: &View<'_>, i: usize) -> bool {
    let unit = |w: &str| matches!(w, "days" | "hours" | "weeks" | "months" | "minutes" | "moments" | "day" | "hour" | "week" | "month" | "shortly" | "soon");
    let relation = |w: &str| matches!(w, "after" | "before" | "since" | "ahead");
    // ("just days after", "only hours before", "10 days after".)
    let i = if matches!(v.w(i), "just" | "only" | "barely" | "some") { i + 1 } else { i };
    let count = |w: &str| matches!(w, "a" | "an" | "one" | "two" | "three" | "several" | "few") || w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty();
    unit(v.w(i)) && relation(v.w(i + 1)) || count(v.w(i)) && unit(v.w(i + 1)) && relation(v.w(i + 2))
}

/// Whether the place mentioned by `m`, inside a source phrase from token `first` to its head at
/// `head`, only says where a new source works: "a London think tank", "a Seoul-based monitoring
/// group" (an indefinite phrase whose head is a workplace), not "a U.S. official" or "the Kremlin
/// spokesman".
fn works_in_place(v: &View<'_>, m: &EntityMention, first: usize, head: usize) -> bool {
    let at = v.token_at_or_after(m.span.start());
    // (The article may be left outside the phrase: "a | London think tank".)
    let indefinite = INDEFINITE_OPENERS.contains(&v.w(first)) || at == first && first > 0 && INDEFINITE_OPENERS.contains(&v.w(first - 1));
    indefinite && v.doc.entities().entities[m.entity].entity_type.is_place() && at < head && WORKPLACE_HEADS.contains(&v.w(head))
}

/// "N. Korea has sent 3,000 more troops to Russia, spy agency tells lawmakers" over "..., South
/// Korea's spy agency told lawmakers": a headline's source named by a description alone is the
/// later source the text names with the same head word.
fn headline_source_named_in_the_lead(v: &View<'_>, claims: &mut [Claim]) {
    let text = v.doc.text();
    let head = |c: &Claim| c.source_span.and_then(|s| v.doc.slice(s).split_whitespace().last().map(str::to_lowercase));
    for n in 0..claims.len() {
        let Some(src) = claims[n].source_span else { continue };
        if claims[n].source_entity.is_some() || text[..src.start()].contains('\n') || is_pronoun_span(v, claims[n].source_span) {
            continue;
        }
        let Some(word) = head(&claims[n]) else { continue };
        // (In the lead, the paragraph after the headline; and the headline's words all in the
        // later source's: "spy agency" in "South Korea's spy agency", not "officials" in
        // "Israeli officials" for "health officials".)
        // (Past a byline or a dateline line: "By Tomas Reinholt".)
        let lead_end = v.headline_lead.1;
        let words = |s: Span| v.doc.slice(s).to_lowercase().split_whitespace().map(str::to_string).collect::<Vec<_>>();
        let own = words(src);
        // (A title may be named up to three sentences after the lead: "..., president says coup
        // attempt foiled" and, after a lead on the coup, "President Umaro Embalo said ...".)
        let title = own.len() == 1 && matches!(word.as_str(), "mayor" | "governor" | "president" | "minister" | "premier" | "chancellor" | "spokesman" | "spokeswoman");
        let title_end = v.doc.sentences().iter().filter(|s| s.span.start() >= lead_end).take(3).last().map_or(lead_end, |s| s.span.end());
        let fits = |c: &Claim| (head(c).as_deref() == Some(word.as_str()) || title) && c.source_span.is_some_and(|s| own.iter().all(|w| words(s).contains(w)));
        // (Past the lead, only one bearer of the title, none a vice or former one: not the
        // lead's president and another country's named later.)
        let later_bearers: Vec<usize> = claims
            .iter()
            .filter(|c| c.source_span.is_some_and(|s| s.start() > lead_end && s.end() <= title_end && !words(s).iter().any(|w| matches!(w.as_str(), "vice" | "former" | "ex-"))))
            .filter(|c| fits(c))
            .filter_map(|c| c.source_entity)
            .collect();
        let one_bearer = later_bearers.first().is_some_and(|&e| later_bearers.iter().all(|&o| o == e));
        let named = claims
            .iter()
            .filter(|c| c.source_entity.is_some() && c.source_span.is_some_and(|s| s.start() > src.end() && (s.end() <= lead_end || title && one_bearer && s.end() <= title_end)))
            // (A title names the person who bears it: "..., mayor says" over "Mayor Vitali
            // Klitschko said".)
            .find(|c| fits(c))
            .and_then(|c| c.source_entity);
        // ("Turkish drone strike kills four SDF fighters ..., monitor says" and the lead's "A
        // Turkish drone strike ... killed four fighters ..., the Syrian Observatory for Human
        // Rights said": a headline's source named by a description alone is the named source
        // whose lead claim tells the headline's news, by four content words shared, when only
        // one such source does.)
        // (With a few words describing it too: "global hunger monitor says" over the lead's
        // "Famine conditions have taken hold in the Zamzam camp ..., the Integrated Food
        // Security Phase Classification (IPC) said".)
        let told_again = || {
            if own.len() > 3 || !SOURCE_NOUNS.contains(&word.as_str()) || GENERIC_SOURCE_NOUNS.contains(&word.as_str()) {
                return None;
            }
            let headline_words: std::collections::HashSet<String> = content_words(v.doc, claims[n].content).into_iter().collect();
            let layer = v.doc.entities();
            // (A body for a word of a body, a person for a word of a person.)
            let person_word = matches!(word.as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "commander" | "official");
            let fits = |e: usize| (layer.entities[e].entity_type == EntityType::Per) == person_word;
            let mut tellers = claims
                .iter()
                .filter(|c| c.source_entity.is_some_and(fits) && c.content.start() > src.end() && c.content.end() <= lead_end)
                .filter(|c| {
                    let theirs: std::collections::HashSet<String> = content_words(v.doc, c.content).into_iter().collect();
                    theirs.intersection(&headline_words).count() >= 4
                })
                .filter_map(|c| c.source_entity);
            let first = tellers.next()?;
            tellers.all(|e| e == first).then_some(first)
        };
        // ("...; army says 12 soldiers died" over "Mali's armed forces said in a statement that
        // 12 soldiers were killed": a headline's armed force is the one armed force (or state)
        // speaking from the headline to three sentences after the lead, named by the head of
        // its source, when only one does.)
        let armed_force = || {
            if own.len() != 1 || !matches!(word.as_str(), "army" | "military" | "navy") {
                return None;
            }
            let sentences = v.doc.sentences();
            let at = sentences.iter().position(|s| s.span.end() >= lead_end)?;
            let until = sentences[(at + 3).min(sentences.len() - 1)].span.end();
            let mut forces = claims
                .iter()
                .filter(|c| c.content.start() > src.end() && c.content.end() <= until)
                .filter(|c| c.source_span.is_some_and(|s| v.doc.slice(s).to_lowercase().split_whitespace().last().is_some_and(|w| matches!(w, "army" | "military" | "navy" | "forces"))))
                .filter_map(|c| c.source_entity)
                .filter(|&e| {
                    let x = &v.doc.entities().entities[e];
                    x.entity_type == EntityType::Gpe || x.entity_type == EntityType::Unit || x.org_kind == Some(sitrep_doc::OrgKind::ArmedForce)
                });
            let first = forces.next()?;
            forces.all(|e| e == first).then_some(first)
        };
        // ("..., think tank says" over "..., the Institute for Science and International
        // Security said"; "..., maritime agency says" over "the country's Maritime Safety
        // Administration said": a body described by what it is, or by a word of its name, is the
        // one body of that kind speaking in the lead, when only one does.)
        let described = || {
            let kinds: &[&str] = match word.as_str() {
                "tank" => &["institute", "institution", "center", "centre", "foundation", "council", "tank"],
                "agency" => &["agency", "administration", "service", "bureau", "authority", "office", "directorate"],
                "watchdog" => &["agency", "authority", "commission", "office", "inspectorate", "monitor", "observatory"],
                "monitor" => &["observatory", "monitor", "monitoring"],
                "ministry" => &["ministry", "department"],
                _ => return None,
            };
            let modifiers: Vec<&String> = own.iter().filter(|w| w.len() > 3 && w.as_str() != word.as_str() && w.as_str() != "think").collect();
            let layer = v.doc.entities();
            let fits = |e: usize| {
                let x = &layer.entities[e];
                let name = x.name.to_lowercase();
                matches!(x.entity_type, EntityType::Org | EntityType::Unit)
                    && (name.split_whitespace().any(|w| kinds.contains(&w)) || modifiers.iter().any(|m| name.split_whitespace().any(|w| w == m.as_str())))
                    && (modifiers.is_empty() || modifiers.iter().any(|m| name.split_whitespace().any(|w| w == m.as_str())) || word == "tank")
            };
            let mut bodies = claims
                .iter()
                .filter(|c| c.source_entity.is_some_and(fits) && c.content.start() > src.end() && c.content.end() <= lead_end)
                .filter_map(|c| c.source_entity);
            let first = bodies.next()?;
            bodies.all(|e| e == first).then_some(first)
        };
        if let Some(e) = named.or_else(told_again).or_else(armed_force).or_else(described) {
            claims[n].source_entity = Some(e);
        }
    }
}

/// "Ukrainian officials said", "a Ukrainian military official said": officials of a nationality
/// speak for its country's government, which the document names ("Ukraine says ..."), not for
/// the nationality (the press of a nationality, "Ukrainian media", speaks for no government).
fn officials_speak_for_their_country(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    let places = v.doc.places();
    for c in claims.iter_mut() {
        let (Some(src), Some(e)) = (c.source_span, c.source_entity) else { continue };
        let entity = &layer.entities[e];
        let Some(country) = entity.country.as_deref().filter(|_| entity.entity_type == EntityType::Norp) else { continue };
        let Some((first, last)) = token_range(v, src) else { continue };
        // (Not "a former North Korean diplomat who defected", "an opposition official".)
        let not_serving = (first..=last).any(|i| matches!(v.w(i), "former" | "ex" | "retired" | "exiled" | "opposition" | "defector" | "defected" | "dissident"));
        let head = (first..=last).find(|&i| OFFICIAL_HEADS.contains(&v.w(i)));
        if not_serving || head.is_none_or(|h| h != last && !matches!(v.w(h + 1), "who" | "," | "in" | "at")) {
            continue;
        }
        let country_place = |p: usize| places.places[p].kind == PlaceKind::Country && places.places[p].country.as_deref() == Some(country);
        let named = places.mentions.iter().filter(|pm| country_place(pm.place)).find_map(|pm| {
            layer.mentions.iter().find(|m| m.span == pm.span && layer.entities[m.entity].entity_type == EntityType::Gpe).map(|m| m.entity)
        });
        if named.is_some() {
            c.source_entity = named;
        }
    }
}

/// "Russia's envoy to the United Nations, Vassily Nebenzia, told the council": the person a
/// source phrase names in apposition speaks, not the body the title is "to" or "at".
fn appositive_person_speaks(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    for c in claims.iter_mut() {
        let Some(src) = c.source_span else { continue };
        let Some((f, l)) = token_range(v, src) else { continue };
        // The person named after a comma inside the source, past the words from its start
        // that `passed` accepts.
        let person_after_comma = |passed: &dyn Fn(usize) -> bool| {
            layer.mentions.iter().find(|m| {
                let t = v.token_at_or_after(m.span.start());
                // (Not one who owns the apposition: "The official, Ivo Tarn's chief of staff,".)
                let owner = matches!(v.w(v.token_at_or_after(m.span.end())), "'s" | "’s");
                src.contains(m.span) && t > f && t <= l && v.w(t - 1) == "," && layer.entities[m.entity].entity_type == EntityType::Per && !owner && (f..t - 1).all(passed)
            })
        };
        // "The city's mayor, Irena Bozhko, had earlier put ...": a description that names no
        // one, with the person in apposition after its comma, is that person (not a person
        // the description is about: "A lawyer for the jailed reporter, Evan Roe, said").
        let Some(e) = c.source_entity else {
            // (Nor one the source is close to: "A source close to the governor, Ivan Petrenko,".)
            let described = person_after_comma(&|i| !matches!(v.w(i), "," | "for" | "representing" | "close" | "near"));
            c.source_entity = described.filter(|m| v.token_at_or_after(m.span.start()) > f + 1).map(|m| m.entity);
            continue;
        };
        if layer.entities[e].entity_type == EntityType::Per {
            continue;
        }
        // (The body inside the title after "to", "at" or "of"; the person after a comma.)
        let body_in_title = layer.mentions.iter().filter(|m| m.entity == e && src.contains(m.span)).any(|m| {
            let t = v.token_at_or_after(m.span.start());
            t > f && (matches!(v.w(t - 1), "to" | "at" | "of") || t > f + 1 && v.w(t - 1) == "the" && matches!(v.w(t - 2), "to" | "at" | "of"))
        });
        if let (true, Some(p)) = (body_in_title, person_after_comma(&|_| true)) {
            c.source_entity = Some(p.entity);
        }
    }
}

/// "Two North Korean soldiers captured in Russia's Kursk region told interrogators ...": a
/// source the tagger found as the place inside the subject (after "in", "at", "from") is the
/// whole subject, which speaks for the nationality or body it names, not for the place.
fn place_inside_the_subject(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    for c in claims.iter_mut() {
        let (Some(src), Some(cue)) = (c.source_span, c.cue_span) else { continue };
        let Some((f, _)) = token_range(v, src) else { continue };
        let a_place = c.source_entity.is_some_and(|e| layer.entities[e].entity_type.is_place());
        // "Military analysts in Kyiv say ...": the source's words name the speakers before the
        // place; whoever of them has a name speaks, else no entity does.
        let place_within = c.source_entity.filter(|_| a_place).and_then(|e| {
            layer.mentions.iter().find(|m| m.entity == e && src.contains(m.span) && m.span.start() > src.start()).map(|m| v.token_at_or_after(m.span.start()))
        });
        // (Not "officials in Kyiv", "a statement from Moscow", whose place speaks for its
        // government.)
        let speaks = |p: usize| p >= 2 && (OFFICIAL_HEADS.contains(&v.w(p - 2)) || matches!(v.w(p - 2), "statement" | "sources" | "source"));
        // Whoever has a name among the words from `from` to the place's preposition at `p - 1`.
        let named_before = |from: usize, p: usize| {
            layer
                .mentions
                .iter()
                .filter(|m| m.span.start() >= from && m.span.end() <= v.span(p - 1).start())
                .find(|m| matches!(layer.entities[m.entity].entity_type, EntityType::Norp | EntityType::Org | EntityType::Unit | EntityType::Per))
                .map(|m| m.entity)
        };
        let place_within = place_within.filter(|&p| p >= f + 2 && matches!(v.w(p - 1), "in" | "at" | "from") && v.xpos(p - 2).is_some_and(|x| x.starts_with("NN")));
        if let Some(p) = place_within {
            if !speaks(p) {
                c.source_entity = named_before(src.start(), p);
            }
            continue;
        }
        // (Nor a place after the cue.)
        if !a_place || speaks(f) || src.end() > cue.start() || f < 2 || !matches!(v.w(f - 1), "in" | "at" | "from") || !v.xpos(f - 2).is_some_and(|x| x == "VBN" || x.starts_with("NN")) {
            continue;
        }
        let Some(s) = v.doc.sentence_at(src.start()) else { continue };
        let start = skip_dateline(v, s.first_token, s.end_token);
        let first = (start..f).rev().find(|&i| v.w(i) == ",").map_or(start, |i| i + 1);
        if first >= f - 1 || v.span(first).start() >= cue.start() {
            continue;
        }
        let subject = v.span_of(first, v.token_at_or_after(src.end()).saturating_sub(1));
        c.source_span = Some(subject);
        c.source_entity = named_before(subject.start(), f);
    }
}

/// Whether a source span is a single pronoun ("It", "they").
fn is_pronoun_span(v: &View<'_>, span: Option<Span>) -> bool {
    span.and_then(|s| token_range(v, s)).is_some_and(|(f, l)| f == l && PRONOUNS.contains(&v.w(f)))
}

/// "The United States, South Korea and Japan condemned the launch in a joint statement, calling
/// it a violation ...": a speech verb's participle after a comma with no source span speaks for
/// the sentence's claim before it, or for the subject of the clause it closes when a clause of
/// its own opens after that claim ("..., though Putin did not deny it, saying ..."); the entity
/// only: PolNeAR leaves such source spans empty.
///
/// What it says follows it: when the content found for it is the claim's before it ("Ukrainian
/// forces have fought ..., the minister said on Tuesday, calling the clash a new page in the
/// war"), its content is the rest of the sentence ("the clash a new page in the war").
fn participle_speaks_for_the_claim_before(v: &View<'_>, claims: &mut [Claim]) {
    for n in 0..claims.len() {
        let Some(cue) = claims[n].cue_span else { continue };
        if claims[n].source_span.is_some() {
            continue;
        }
        let k = v.token_at_or_after(cue.start());
        // ("calling", "saying"; not "according", whose source follows it.)
        let speech_participle = v.w(k).ends_with("ing") && v.w(k) != "according";
        if k == 0 || v.w(k - 1) != "," || !speech_participle {
            continue;
        }
        let Some(sentence) = v.doc.sentence_at(cue.start()) else { continue };
        let before = Span::new(v.span(sentence.first_token).start(), cue.start());
        let said_before = claims
            .iter()
            .filter(|c| c.cue_span.is_some_and(|other| before.contains(other)) && c.source_entity.is_some())
            .max_by_key(|c| c.cue_span.map(|other| other.end()));
        // ("Pyongyang and Moscow have said little, though Putin did not deny it when asked,
        // saying ...": the subject of the clause the participle closes, named after that claim.)
        let layer = v.doc.entities();
        // (After that claim's cue and content, and opening a clause of its own: "though", "but",
        // ", and".)
        let from = said_before.map_or(before.start(), |c| c.cue_span.map_or(c.content.end(), |k| k.end()).max(c.content.end()));
        let opens_clause = |m: &EntityMention| {
            let mut t = v.token_at_or_after(m.span.start());
            while t > 0 && (is_title(v.w(t - 1)) || v.xpos(t - 1).is_some_and(|x| matches!(x, "NNP" | "JJ" | "DT"))) {
                t -= 1;
            }
            t > 0 && (matches!(v.w(t - 1), "though" | "although" | "while" | "but" | "whereas") || v.w(t - 1) == "and" && t > 1 && v.w(t - 2) == ",")
        };
        let clause_subject = layer
            .mentions
            .iter()
            .filter(|m| m.span.start() >= from && m.span.end() <= cue.start())
            .filter(|m| matches!(layer.entities[m.entity].entity_type, EntityType::Per | EntityType::Org | EntityType::Unit))
            .filter(|m| {
                let after = v.token_at_or_after(m.span.end());
                (v.is_finite_verb(after) || AUXILIARIES.contains(&v.w(after))) && opens_clause(m)
            })
            .last()
            .map(|m| m.entity);
        // (With no claim before it, the subject opening the sentence: "Zelensky visited troops
        // near Pokrovsk, saying they were holding the line".)
        let opening_subject = || {
            said_before.is_none().then(|| sentence_subject(v, skip_dateline(v, sentence.first_token, k), k.saturating_sub(1))).flatten().and_then(|s| s.entity)
        };
        let speaker = clause_subject.or_else(|| said_before.and_then(|c| c.source_entity)).or_else(opening_subject);
        if speaker.is_none() {
            continue;
        }
        claims[n].source_entity = speaker;
        let content = claims[n].content;
        let anothers = claims.iter().enumerate().any(|(o, c)| o != n && c.cue_span.is_some_and(|other| before.contains(other)) && c.content.overlaps(content));
        // (To the sentence's end, with a closing quotation mark, or to a comma that opens
        // another clause: "..., calling it a provocation, and vowed to respond".)
        let mut end = sentence.end_token.saturating_sub(1);
        while end > k && matches!(v.w(end), "." | "!" | "?" | ";") {
            end -= 1;
        }
        if let Some(comma) = (k + 1..end).find(|&i| v.w(i) == "," && matches!(v.w(i + 1), "and" | "but" | "while" | "as" | "before" | "after")) {
            end = comma - 1;
        }
        if content.end() <= cue.start() && anothers && end > k + 1 {
            claims[n].content = v.span_of(k + 1, end);
        }
    }
}

/// "“...,” Park told reporters after the briefing, citing the NIS": who cites is the speaker of
/// the sentence's statement before it (PolNeAR's source of such a "citing" attribution), not a
/// name the tagger found inside the quotation.
fn citing_speaker(v: &View<'_>, claims: &mut [Claim]) {
    for n in 0..claims.len() {
        let Some(cue) = claims[n].cue_span else { continue };
        if !CITING_WORDS.contains(&v.w(v.token_at_or_after(cue.start()))) {
            continue;
        }
        let Some(sentence) = v.doc.sentence_at(cue.start()).map(|s| s.span) else { continue };
        let speaker = claims
            .iter()
            .filter(|o| o.cue_span.is_some_and(|q| sentence.contains(q) && q.end() <= cue.start()) && o.source_span.is_some())
            .max_by_key(|o| o.cue_span.map(|q| q.end()))
            .map(|o| (o.source_span, o.source_entity));
        // (Only a source the tagger found in the wrong place, or none: "while Reuters, citing
        // two officials, reported" keeps Reuters.)
        let misplaced = claims[n].source_span.is_none_or(|src| {
            let t = v.token_at_or_after(src.start());
            inside_quotation(v, v.doc.sentence_at(src.start()).map_or(0, |s| s.first_token), t) || claims.iter().enumerate().any(|(m, o)| m != n && o.content.contains(src))
        });
        if let (Some((span, entity)), true) = (speaker, misplaced) {
            claims[n].source_span = span;
            claims[n].source_entity = entity;
        }
    }
}

/// "“We assess that ...,” the chief was quoted as saying by a lawmaker", "Lind was quoted by
/// the Herald as saying that ...": the one quoted is the source and "was quoted as saying" the
/// cue; what he said is the quotation before him or the clause after "saying", never the "by"
/// phrase that names who relayed it. The claims the tagger made of the pieces give way to one.
fn quoted_as_saying(v: &View<'_>, sentences: &[(usize, usize)], claims: &mut Vec<Claim>) {
    for &(a, b) in sentences {
        let Some(q) = (a + 2..b).find(|&i| v.w(i) == "quoted" && matches!(v.w(i - 1), "was" | "were" | "is" | "are" | "been" | "being")) else { continue };
        let Some(as_) = (q + 1..(q + 12).min(b)).find(|&i| v.w(i) == "as" && matches!(v.w(i + 1), "saying" | "stating" | "telling" | "writing")) else { continue };
        let saying = as_ + 1;
        // ("by the Tallinn Herald": the relayer, between "quoted" and "as".)
        if as_ > q + 1 && v.w(q + 1) != "by" {
            continue;
        }
        let mut aux = q - 1;
        while aux > a && AUXILIARIES.contains(&v.w(aux - 1)) {
            aux -= 1;
        }
        // The one quoted: back from the auxiliary to the sentence's start or a closing quote.
        let mut first = aux;
        while first > a && !is_close_quote(v.w(first - 1)) && !(v.w(first - 1) == "," && first >= a + 2 && is_close_quote(v.w(first - 2))) {
            first -= 1;
        }
        // (The subject of its own clause only: not "Lind denied a report in which he was quoted
        // as saying ...", where someone else's verb or a relative word comes first.)
        // (A finite verb inside commas is an insertion: "The officer, who was not named, was
        // quoted as saying".)
        let inside_commas = |i: usize| (first..i).any(|x| v.w(x) == ",") && (i..aux).any(|x| v.w(x) == ",");
        let embedded = (first..aux).any(|i| {
            v.is_finite_verb(i) && !inside_commas(i) || matches!(v.w(i), "which" | "whom") && i > first && v.xpos(i - 1) == Some("IN")
        });
        if first >= aux || embedded {
            continue;
        }
        let mut last_word = b - 1;
        while last_word > saying && v.is_punct(last_word) && !is_close_quote(v.w(last_word)) {
            last_word -= 1;
        }
        let after = saying + 1;
        let content = if after <= last_word && v.w(after) != "by" && !v.is_punct(after) {
            // "... as saying that the border would stay closed."
            v.span_of(after, last_word)
        } else {
            // "“...,” the chief was quoted as saying (by ...)."
            let Some((open, close)) = quote_before(v, aux, a, a) else { continue };
            let Some(quoted) = inner_quote_span(v, open, close) else { continue };
            quoted
        };
        let source = noun_phrase_source(v, first, aux - 1, claims);
        if source.span.is_none() {
            continue;
        }
        let cue = v.span_of(aux, saying);
        let span = v.span_of(a, b - 1);
        // The claims made of the pieces go; a claim of another cue in the sentence stays.
        let piece = |c: &Claim| {
            c.cue_span.is_some_and(|k| k.overlaps(cue)) || c.content.overlaps(v.span_of(saying, b - 1)) && c.cue_span.is_none_or(|k| span.contains(k) && k.start() >= v.span(aux).start())
        };
        let kept = claims.iter().find(|c| piece(c)).map(|c| (c.evidence.clone(), c.date.clone()));
        claims.retain(|c| !piece(c));
        let quote = if content.start() < cue.start() { QuoteKind::Direct } else { QuoteKind::Indirect };
        let mut claim = build(v, source, Some(cue), content, ClaimStatus::Asserted, quote, a, b);
        if let Some((evidence, date)) = kept {
            if claim.evidence.is_empty() {
                claim.evidence = evidence;
            }
            claim.date = claim.date.or(date);
        }
        claims.push(claim);
    }
    claims.sort_by_key(|c| (c.content.start(), c.content.end()));
}

/// "The defendant denied the charges, his lawyer told reporters, and will appeal": a claim told
/// inside another's content ("The defendant denied the charges" is what the lawyer told) ends
/// before the words that name who told it; they are the outer claim's source and cue, no part
/// of what was denied.
fn end_before_the_reporter(v: &View<'_>, claims: &mut [Claim]) {
    for n in 0..claims.len() {
        let Some(cue) = claims[n].cue_span else { continue };
        let content = claims[n].content;
        let reporter = claims.iter().enumerate().find_map(|(m, o)| {
            let outer_cue = o.cue_span?;
            let group = o.source_span.map_or(outer_cue, |s| s.cover(outer_cue));
            (m != n && o.content.contains(cue) && content.contains(outer_cue) && group.start() > content.start()).then_some(group)
        });
        let Some(group) = reporter else { continue };
        let Some((c0, _)) = token_range(v, content) else { continue };
        let g0 = v.token_at_or_after(group.start());
        let mut end = g0;
        while end > c0 && (v.is_punct(end - 1) && !is_close_quote(v.w(end - 1))) {
            end -= 1;
        }
        if end > c0 {
            claims[n].content = v.span_of(c0, end - 1);
        }
    }
}

/// "“How many times must we see this?” Clinton said. “This is unbearable.”": when the cue's
/// sentence opens with a quotation that no claim holds and the claim's content is the quotation
/// after it, the content runs from the first quotation on (one attribution, as PolNeAR marks
/// it; see [`take_in_continued_quotations`] for the claim that holds the first).
fn take_in_opening_quotations(v: &View<'_>, claims: &mut [Claim]) {
    let sentences = v.doc.sentences();
    let sentence_of = |t: usize| sentences.iter().position(|s| s.first_token <= t && t < s.end_token);
    for n in 0..claims.len() {
        let c = &claims[n];
        let (Some(cue), Some((f, _))) = (c.cue_span, token_range(v, c.content)) else { continue };
        let group = c.source_span.map_or(cue, |s| s.cover(cue));
        let g0 = v.token_at_or_after(group.start());
        let (Some(k), Some(kc)) = (sentence_of(f), sentence_of(g0)) else { continue };
        if !is_open_quote(v.w(f)) || sentences[k].first_token != f || kc + 1 != k || g0 == 0 {
            continue;
        }
        // The first quotation closes right before the speaker and cue, in the cue's sentence
        // or (after "?”", where the splitter may end a sentence) at the end of the one before.
        let here = sentences[kc].first_token;
        let first = if g0 > here {
            here
        } else {
            let Some(before) = kc.checked_sub(1).and_then(|p| sentences.get(p)) else { continue };
            before.first_token
        };
        if g0 < first + 2 || !is_open_quote(v.w(first)) || !is_close_quote(v.w(g0 - 1)) {
            continue;
        }
        let quoted = v.span_of(first, g0 - 1);
        let held = claims.iter().enumerate().any(|(m, o)| m != n && (o.content.overlaps(quoted) || o.cue_span.is_some_and(|q| q.overlaps(quoted))));
        if !held {
            claims[n].content = quoted.cover(claims[n].content);
        }
    }
}

/// "All of this, he acknowledges, could be undone at the ballot box", "“On this basis,” Zero
/// Hedge said, “true youth unemployment is in the mid-30s.”": a source and cue set off by
/// commas inside the sentence interrupt one statement. The content runs over them, from the
/// sentence's start to the end of the part after them, as PolNeAR marks it, when the other
/// part belongs to no other claim.
fn span_parenthetical_attributions(v: &View<'_>, claims: &mut [Claim]) {
    let sentences = v.doc.sentences();
    for n in 0..claims.len() {
        let c = &claims[n];
        let (Some(cue), Some(source)) = (c.cue_span, c.source_span) else { continue };
        let (Some((cf, cl)), Some((g0, g1))) = (token_range(v, c.content), token_range(v, cue.cover(source))) else { continue };
        let Some(s) = sentences.iter().find(|s| s.first_token <= g0 && g0 < s.end_token) else { continue };
        if cf < s.first_token || cl >= s.end_token || g0 < s.first_token + 2 || g1 + 2 >= s.end_token {
            continue;
        }
        // The comma before the insertion may stand inside a closing quotation mark (",”").
        // ("“How many times must we see this?” Clinton said, “...”": a question mark too.)
        let comma_before = v.w(g0 - 1) == "," || is_close_quote(v.w(g0 - 1)) && matches!(v.w(g0 - 2), "," | "?" | "!");
        if !comma_before || v.w(g1 + 1) != "," {
            continue;
        }
        // The sentence's last word, without its full stop (one inside a quotation stays).
        let mut last = s.end_token - 1;
        while last > g1 + 1 && matches!(v.w(last), "." | "!" | "?") {
            last -= 1;
        }
        // (Not from the dateline: "RIGA — The port, officials said, will reopen.")
        let opening = skip_dateline(v, s.first_token, s.end_token).max(s.first_token);
        let (before, after) = (opening..g0 - 1, g1 + 2..=last);
        let free = |from: usize, to: usize| {
            let part = v.span_of(from, to);
            !claims.iter().enumerate().any(|(m, o)| {
                m != n && (part.overlaps(o.content) || o.cue_span.is_some_and(|q| part.overlaps(q)))
            })
        };
        // (Not a participle opening the part after: ", adding that ..." is a cue of its own; nor
        // a reason or a condition: ", analysts say, because Moscow has ..." gives the grounds;
        // nor a relative clause about the source: "according to Rep. Park, who attended".)
        let participle = v.w(g1 + 2).len() > 4 && v.w(g1 + 2).ends_with("ing")
            || matches!(
                v.w(g1 + 2),
                "because" | "since" | "as" | "although" | "though" | "while" | "when" | "if" | "unless" | "but" | "and" | "who" | "which"
                    | "whose" | "where"
            )
            // (Nor the setting or time of the statement: ", the ministry said, in a statement on
            // Telegram", "..., on Monday.")
            || v.in_time(g1 + 2)
            || v.xpos(g1 + 2).is_some_and(|x| x == "IN")
            // (Nor when the statement came: ", the Joint Chiefs said, days after Seoul accused
            // ...", ", he said, shortly before ...".)
            || statement_timing(v, g1 + 2);
        // (The content right after the insertion, and more than a time before it: "On
        // Tuesday, the governor said, ..." fronts a time, no part of what was said.)
        let only_time = only_time(v, before.clone());
        // ("Troops withdrew on Tuesday, but the fighting, officials said, continued": the clause
        // before the joint is the writer's.)
        let joined = before.clone().any(|i| v.w(i) == ";" || v.w(i) == "," && matches!(v.w(i + 1), "but" | "and" | "while" | "although"));
        // ("Most of the arrivals are women, the agency said, and many reported that ...": a
        // clause joined after the insertion with a cue of its own is another statement; what
        // was said is before it. Not "..., he said, and intense wrangling could be paralyzing",
        // which goes on with his words.)
        let cue_word = |i: usize| CUE_VERBS.iter().any(|(f, _)| *f == v.w(i));
        let joined_after = matches!(v.w(g1 + 2), "and" | "but") && (g1 + 3..=last).any(|i| v.is_finite_verb(i) && cue_word(i));
        if cf == g1 + 2 && joined_after && !before.is_empty() && !only_time && !joined && free(before.start, before.end - 1) {
            claims[n].content = v.span_of(opening, g0 - 2);
        } else if cf == g1 + 2 && !before.is_empty() && !only_time && !joined && free(before.start, before.end - 1) {
            claims[n].content = v.span_of(opening, cl);
        } else if cl < g0 && !participle && after.start() <= after.end() && free(*after.start(), *after.end()) && cf >= s.first_token {
            claims[n].content = v.span_of(cf, *after.end());
        }
    }
}

/// "“We see no reaction from our partners,” Zelensky said in his nightly address. “They are
/// already in Kursk.”": a quotation opening the next sentence, with no cue of its own, goes on
/// with the speaker's words. The content runs on to its closing mark, over the cue between, as
/// PolNeAR marks such a quotation (one attribution, its content from the first quotation to
/// the end of the last). Only a claim whose content ends in a quotation, ending in the cue's
/// sentence, and a continuation that is a whole sentence closed in its own paragraph (which may
/// be the next one: a speaker's quotation often goes on there; keeping to one paragraph cost
/// PolNeAR dev 0.1 of content overlap recall). A paraphrase that ends in a quotation ("called
/// the raid “a provocation.” “We will respond.”") goes on the same way.
fn take_in_continued_quotations(v: &View<'_>, claims: &mut [Claim]) {
    let text = v.doc.text();
    let sentences = v.doc.sentences();
    // (Each pass takes in one more quotation: "“...,” he said. “...” “...”".)
    for n in (0..claims.len()).flat_map(|n| std::iter::repeat_n(n, 3)) {
        let c = &claims[n];
        let (Some(cue), Some((f, l))) = (c.cue_span, token_range(v, c.content)) else { continue };
        // (A quotation, or a paraphrase ending in one: "called the raid “a provocation.”"; only
        // double marks, since a single one may be an apostrophe.)
        let double = |w: &str| matches!(w, "“" | "”" | "\"");
        if !is_close_quote(v.w(l)) || !double(v.w(l)) || !(f..l).any(|i| double(v.w(i)) && is_open_quote(v.w(i))) {
            continue;
        }
        let Some(k) = sentences.iter().position(|s| s.first_token <= l && l < s.end_token) else { continue };
        let (Some(here), Some(next)) = (sentences.get(k), sentences.get(k + 1)) else { continue };
        // The cue's sentence ends the first quotation's attribution ("..., he said.").
        if cue.end() > v.span(here.end_token.saturating_sub(1)).end() || !is_open_quote(v.w(next.first_token)) {
            continue;
        }
        let open = next.first_token;
        let opening = v.w(open);
        let limit = sentences.get(k + 4).map_or(v.len(), |s| s.end_token).min(v.len());
        let Some(close) = (open + 1..limit).find(|&i| if opening == "“" { v.w(i) == "”" } else { v.w(i) == opening }) else { continue };
        let continuation = v.span_of(open, close);
        // (No other claim's cue between the two quotations or in the second: "“...,” Olsen
        // said, and Moss agreed. “...”".)
        let between = Span::new(claims[n].content.end(), continuation.end());
        let own_attribution = claims.iter().enumerate().any(|(m, o)| {
            m != n && (o.cue_span.is_some_and(|q| q.overlaps(between)) || continuation.contains_offset(o.content.start()))
        });
        // The quotation is a sentence of its own: its closing mark ends the sentence ("“Operation
        // Dawn” began on Monday" is a name in a sentence of the writer's).
        let sentence_end = sentences.iter().find(|s| s.first_token <= close && close < s.end_token).map_or(v.len(), |s| s.end_token);
        let ends_sentence = (close + 1..sentence_end).all(|i| v.is_punct(i));
        // (A cue right after the closing mark gives it a speaker of its own: "“...,” Moss said.")
        // (In the same paragraph, past a sentence the splitter may end after "?”": "“...?” Reis
        // asked.")
        let same_paragraph = |i: usize| !text[v.span(close).end()..v.span(i).start()].contains('\n');
        let attributed_after = (close + 1..(close + 4).min(v.len())).take_while(|&i| same_paragraph(i)).any(|i| CUE_VERBS.iter().any(|(w, _)| *w == v.w(i)));
        let crosses_paragraph = text[continuation.start()..continuation.end()].contains('\n');
        // (Not past evidence released between them: "“...,” Zelensky wrote on Telegram,
        // posting photographs of two men with bandaged faces lying on bunk beds. “...”", whose
        // words would join what was quoted.)
        let releasing = |i: usize| matches!(v.w(i), "posting" | "releasing" | "publishing" | "sharing" | "showing") && (i + 1..(i + 4).min(here.end_token)).any(|j| EVIDENCE_OBJECTS.contains(&v.w(j)));
        let no_release_between = !(l + 1..here.end_token).any(releasing);
        if !own_attribution && !attributed_after && !crosses_paragraph && ends_sentence && no_release_between {
            claims[n].content = claims[n].content.cover(continuation);
        }
    }
}

/// "Putin told reporters: “Images are a serious thing. If there are images, they reflect
/// something.”": a quotation the sentence splitter cut after its first sentence goes on to its
/// closing mark, up to three sentences on in the same paragraph.
fn close_open_quotations(v: &View<'_>, claims: &mut [Claim]) {
    let text = v.doc.text();
    for c in claims.iter_mut() {
        let Some((f, l)) = token_range(v, c.content) else { continue };
        let curly = (f..=l).filter(|&i| v.w(i) == "“").count() as i64 - (f..=l).filter(|&i| v.w(i) == "”").count() as i64;
        let straight = (f..=l).filter(|&i| v.w(i) == "\"").count();
        if curly <= 0 && straight % 2 == 0 {
            continue;
        }
        let Some(s) = v.doc.sentence_at(v.span(l).start()) else { continue };
        let limit = v.doc.sentences().iter().position(|x| x.first_token == s.first_token).and_then(|k| v.doc.sentences().get(k + 3)).map_or(v.len(), |x| x.end_token);
        let closing = (l + 1..limit.min(v.len())).find(|&i| if curly > 0 { v.w(i) == "”" } else { v.w(i) == "\"" });
        let Some(close) = closing else { continue };
        // (Within the paragraph, and no other quotation opening first.)
        let crosses_paragraph = text[c.content.end()..v.span(close).start()].contains('\n');
        let reopens = (l + 1..close).any(|i| v.w(i) == "“");
        if !crosses_paragraph && !reopens {
            c.content = v.span_of(f, close);
        }
    }
}

/// "It was reported on Wednesday that ...", "It is understood that ...": the "it" of a passive
/// cue stands for the clause after "that", which is the content; nobody is named as source.
fn expletive_it(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let Some((f, l)) = c.cue_span.and_then(|k| token_range(v, k)) else { continue };
        let passive = v.xpos(l).is_some_and(|x| x == "VBN") && (f..l).any(|i| is_be(v.w(i)));
        let Some(s) = v.doc.sentence_at(v.span(f).start()) else { continue };
        let it = (s.first_token..f).rev().find(|&i| !is_be(v.w(i)) && !v.in_time(i) && !CUE_ADVERBS.contains(&v.w(i)));
        if !passive || it.is_none_or(|i| v.w(i) != "it" || i != s.first_token) {
            continue;
        }
        let end = content_end(v, s.first_token, s.end_token);
        let Some(that) = (l + 1..end).find(|&i| v.w(i) == "that") else { continue };
        if that + 1 < end {
            c.source_span = None;
            c.source_entity = None;
            c.content = v.span_of(that, end - 1);
        }
    }
}

/// Whether `name` stands in `text` as whole words.
fn contains_name(text: &str, name: &str) -> bool {
    !name.is_empty()
        && text.match_indices(name).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// "“We assess that ...,” she said", "Deputy Pentagon Press Secretary Sabrina Singh told
/// reporters: “We've seen ...”": "we" in what a person says is the organisation the person
/// speaks for, when the person's description names one (the Pentagon), else the person.
fn we_are_the_speakers_side(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    for i in 0..claims.len() {
        let Some(src) = claims[i].source_span else { continue };
        let pronoun = v.doc.slice(src).to_lowercase();
        let outer = claims.iter().enumerate().filter(|(j, c)| *j != i && c.content.contains(src)).min_by_key(|(_, c)| c.content.len());
        // "COL. AALTO: I have seen those reports": "I" inside what a person says is that person.
        if pronoun == "i" {
            if let Some(person) = outer.and_then(|(_, c)| c.source_entity).filter(|&e| layer.entities[e].entity_type == EntityType::Per) {
                claims[i].source_entity = Some(person);
            }
            continue;
        }
        if !matches!(pronoun.as_str(), "we" | "us") {
            continue;
        }
        let Some((_, outer)) = outer else { continue };
        let speaker = outer.source_entity.filter(|&e| layer.entities[e].entity_type == EntityType::Per);
        let Some(person) = speaker else { continue };
        // (The description may stand with another of the person's claims: "she said"; the
        // organisation is named in it as the text names it elsewhere.)
        let names_org = |text: &str, e: usize| {
            let entity = &layer.entities[e];
            matches!(entity.entity_type, EntityType::Org | EntityType::Unit)
                && std::iter::once(&entity.name).chain(&entity.aliases).any(|n| contains_name(text, n))
        };
        // The words before each mention of the person, within its sentence: "Border Guard
        // Service spokeswoman Anna Berglund", "Deputy Pentagon Press Secretary Sabrina Singh".
        let org = layer.mentions.iter().filter(|m| m.entity == person).find_map(|m| {
            let t = v.token_at_or_after(m.span.start());
            let floor = v.doc.sentence_at(m.span.start()).map_or(0, |s| s.first_token);
            let mut f = t;
            // (Over a description only: not past a verb, a preposition or a conjunction, as in
            // "NATO's Rutte met Zelensky".)
            let describing = |i: usize| v.is_word(i) && !v.xpos(i).is_some_and(|x| x.starts_with("VB") || matches!(x, "IN" | "CC" | "TO"));
            while f > floor && t - f < 6 && describing(f - 1) {
                f -= 1;
            }
            let described_by = v.doc.slice(v.span_of(f, t.saturating_sub(1).max(f)));
            let before = (f < t).then(|| (0..layer.entities.len()).find(|&e| names_org(described_by, e))).flatten();
            // ("Kyrylo Budanov, the head of Ukraine's military intelligence agency HUR,": an
            // apposition after the name.)
            let after = v.token_at_or_after(m.span.end());
            let apposition = (v.w(after) == ",").then(|| {
                let end = (after + 1..(after + 12).min(v.len())).find(|&i| v.is_punct(i) && v.w(i) != "'s" && v.w(i) != "’s").unwrap_or(after + 1);
                v.doc.slice(v.span_of(after + 1, end.saturating_sub(1).max(after + 1)))
            });
            before.or_else(|| apposition.and_then(|text| (0..layer.entities.len()).find(|&e| names_org(text, e))))
        });
        claims[i].source_entity = Some(org.unwrap_or(person));
    }
}

/// "Correction: An earlier version of this article said the governor put the toll at 12": what a
/// corrected version said is withdrawn by the outlet that published it.
fn corrected_versions(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let Some(src) = c.source_span else { continue };
        // ("An earlier version of this article, published on Friday,": words without their
        // commas.)
        let words: Vec<String> = v.doc.slice(src).split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        let version = words.iter().position(|w| w == "version");
        let earlier = version.is_some_and(|i| i > 0 && matches!(words[i - 1].as_str(), "earlier" | "previous" | "original" | "first"));
        let of_this = words.windows(2).any(|w| {
            // (Not "an earlier version of the report, published by the UN": someone else's.)
            matches!(w[0].as_str(), "this" | "our")
                && matches!(w[1].as_str(), "article" | "story" | "post" | "report" | "item" | "entry" | "piece" | "page" | "blog")
        });
        if earlier && of_this {
            c.status = ClaimStatus::Retracted;
            c.source_entity = None;
        }
    }
}

/// "Photo: Soldiers at a training ground, in a still from a video released by X": a caption's
/// label ("Photo:") is no part of what the caption's claim says.
fn after_caption_label(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let Some((first, last)) = token_range(v, c.content) else { continue };
        let labelled = CREDIT_WORDS.iter().any(|(w, _)| *w == v.w(first)) && v.w(first + 1) == ":";
        let in_caption = v.doc.captions().iter().any(|cap| cap.contains(c.content));
        if labelled && in_caption && first + 2 <= last {
            c.content = v.span_of(first + 2, last);
        }
    }
}

/// "The Kremlin rejected the reports, calling them “fake news,” as South Korea summoned the
/// Russian ambassador", "Kremlin denies troops are in Russia as Seoul summons envoy": a clause
/// opened by "as" with a subject and a verb of its own is the reporter's setting, not what the
/// source said: after a quotation that has closed, after a comma in a denial (whose content
/// every event inside it takes as denied), in a headline without one, and wherever the clause
/// cites its own source ("..., as the Herald reported"). Otherwise a clause after a comma may be
/// the speaker's reason ("Ukraine would keep fighting, as Russia has shown no interest in
/// talks") and stays. Not "such as", "as well as", "as soon as", nor inside a quotation.
fn end_before_setting_clause(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let Some((first, last)) = token_range(v, c.content) else { continue };
        // ("... would be in line with international law, its first comment on reports that ...":
        // the reporter's comment on the statement, in apposition.)
        let comment = (first + 2..last.saturating_sub(2)).find(|&i| {
            v.w(i) == ","
                && matches!(v.w(i + 1), "its" | "the" | "their" | "his" | "her")
                && matches!(v.w(i + 2), "first" | "latest" | "second" | "third")
                && matches!(v.w(i + 3), "comment" | "comments" | "reaction" | "response" | "statement" | "acknowledgement" | "acknowledgment" | "time" | "public")
                && !inside_quotation(v, first, i)
        });
        // (Only a comment that runs to the end: not "said the drills, its first response to the
        // sanctions, would last three days".)
        let to_the_end = comment.is_some_and(|comma| {
            let that = (comma + 1..=last).find(|&i| v.w(i) == "that").unwrap_or(last + 1);
            !(comma + 1..=last).any(|i| v.w(i) == ",") && !(comma + 1..that).any(|i| v.is_finite_verb(i))
        });
        if let Some(comma) = comment.filter(|_| to_the_end) {
            c.content = v.span_of(first, comma - 1);
            continue;
        }
        let denial = c.status == ClaimStatus::Denied;
        // ("Rwanda has repeatedly denied backing the rebels, despite reports by UN experts
        // that ...": the reporter's setting against the denial, not what was denied.)
        let despite = (first + 2..=last).find(|&i| v.w(i) == "despite" && v.w(i - 1) == "," && !inside_quotation(v, first, i));
        if let Some(at) = despite.filter(|_| denial) {
            c.content = v.span_of(first, at - 2);
            continue;
        }
        let sentence = v.doc.sentence_at(c.content.start()).map(|s| (s.first_token, s.end_token));
        let headline = sentence.is_some_and(|(a, b)| v.opens_line(a) && b > a && !matches!(v.w(b - 1), "." | "!" | "?" | "”" | "\""));
        let cut = (first + 2..=last).find(|&i| {
            if v.w(i) != "as" || inside_quotation(v, first, i) || AS_COMPARISONS.contains(&v.w(i - 1)) {
                return false;
            }
            let after_quote = is_close_quote(v.w(i - 1)) || v.w(i - 1) == "," && is_close_quote(v.w(i.saturating_sub(2)));
            let after_comma = v.w(i - 1) == ",";
            let clause_end = (i + 1..=last).find(|&j| v.is_punct(j)).unwrap_or(last + 1);
            let cited = (i + 1..clause_end).any(|j| CUE_VERBS.iter().any(|(w, _)| *w == v.w(j)));
            // A subject (a name, "the", "a", a pronoun) and a finite verb within five words.
            let named = v.doc.slice(v.span((i + 1).min(last))).starts_with(char::is_uppercase);
            let subject = named || matches!(v.w(i + 1), "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we" | "officials" | "troops");
            // (A headline's present: "... as Seoul summons envoy", where the tagger may read the
            // verb as a plural noun.)
            let headline_verb = named
                && i + 2 <= last
                && v.w(i + 2).ends_with('s')
                && v.xpos(i + 2).is_some_and(|x| x == "NNS" || x == "VBZ");
            let verb = headline_verb || (i + 2..(i + 7).min(last + 1)).any(|j| v.is_finite_verb(j));
            let setting = after_quote || after_comma && (denial || cited) || headline && !after_comma;
            setting && subject && verb
        });
        if let Some(i) = cut {
            let mut end = i;
            while end > first && (v.is_punct(end - 1) && !is_close_quote(v.w(end - 1))) {
                end -= 1;
            }
            if end > first {
                c.content = v.span_of(first, end - 1);
            }
        }
    }
}

/// "Russia dismissed the reports as fake news, and Pyongyang said it knew nothing": a claim's
/// content ends where a coordinated clause opens with a claim of its own (after ", and",
/// ", but", ", while" or ";"). An attribution inside the content without such a joint nests
/// ("X said Y believes Z") and stays in it.
fn end_before_coordinated_claims(v: &View<'_>, claims: &mut [Claim]) {
    let openings: Vec<(Span, Option<Span>, Option<usize>)> =
        claims.iter().filter_map(|c| c.source_span.or(c.cue_span).map(|s| (s, c.source_span, c.source_entity))).collect();
    for c in claims.iter_mut() {
        let Some((first, _)) = token_range(v, c.content) else { continue };
        let source = c.source_entity;
        let joint = openings
            .iter()
            .filter(|(s, _, _)| c.content.contains(*s) && s.start() > c.content.start())
            .filter_map(|&(s, whose_span, whose)| {
                let t = v.token_at_or_after(s.start());
                // Inside a quotation the speaker's own words go on.
                if inside_quotation(v, first, t) {
                    return None;
                }
                // "X said the drones struck on Sunday and called the attack unacceptable": a
                // second cue of the same speaker after "and" ends what the first said.
                let same_speaker = source.is_some() && whose == source && whose_span.is_none_or(|w| Some(w) == c.source_span);
                if same_speaker && t >= first + 3 && v.w(t - 1) == "and" {
                    return Some(t - 1);
                }
                // "dismissed the reports as “another lie”, telling reporters that ...": the
                // speaker's next statement, a participle after a comma, is a claim of its own.
                // (Not "citing satellite images", the evidence of what was said, nor "denied the
                // claim, saying ...", which says what the denial is.)
                if same_speaker && whose_span.is_none() && t >= first + 3 && v.w(t - 1) == "," && matches!(v.w(t), "telling" | "adding" | "noting" | "insisting" | "arguing" | "warning" | "stressing") {
                    return Some(t - 1);
                }
                // (The comma may stand inside a quotation that closes there: "“propaganda,”
                // although ...".)
                let comma = t >= 2 && v.w(t - 2) == "," || (t >= first + 4 && is_close_quote(v.w(t - 2)) && v.w(t - 3) == ",");
                if t >= first + 3 && matches!(v.w(t - 1), "and" | "but" | "while" | "although" | "though" | "whereas") && comma {
                    // The content keeps a closing quotation mark after its comma.
                    Some(if v.w(t - 2) == "," { t - 2 } else { t - 1 })
                } else if t >= first + 2 && v.w(t - 1) == ";" {
                    Some(t - 1)
                } else {
                    None
                }
            })
            .min();
        // "... footage of soldiers at a training ground, but the video could not be
        // independently verified": the outlet's caveat, in the passive and in a clause of its
        // own, is about the claim, not in it, as is another named party's ("but ISW has not
        // observed confirmation"); the source's own "but added they could not confirm" stays.
        let content_end = c.content.end();
        let in_content = |t: usize| v.span(t).end() <= content_end;
        let caveat = (first + 3..v.len()).take_while(|&t| in_content(t)).find(|&t| {
            matches!(v.w(t), "but" | "though" | "although") && v.w(t - 1) == "," && {
                let clause_end = (t + 1..v.len())
                    .take_while(|&j| in_content(j))
                    .find(|&j| matches!(v.w(j), "," | ";" | "but"))
                    .unwrap_or_else(|| v.token_at_or_after(content_end));
                let clause = v.doc.slice(v.span(t).cover(v.span(clause_end.saturating_sub(1).max(t)))).to_lowercase();
                // ("..., but ISW has not observed visual confirmation": someone else's caveat.)
                let named = if v.w(t + 1) == "the" { t + 2 } else { t + 1 };
                // (A named party is another than a speaker with no name: "A blogger claimed
                // ..., but the Kessa Herald has not observed ...".)
                let other_speaker = (source.is_some() || c.source_span.is_some()) && v.entity_at(named).is_some_and(|m| Some(m.entity) != source);
                PASSIVE_CAVEATS.iter().chain(DIFFICULT_TO_VERIFY).any(|p| clause.contains(p)) || other_speaker && unverified_phrases().any(|p| clause.contains(p))
            }
        });
        let caveat = caveat.map(|t| t - 1);
        // "dismissed the reports as a hoax and declined to say whether ...", "said the ties were
        // close but did not mention troops": what the speaker did next is no part of the content.
        let own_act = (first + 3..v.len())
            .take_while(|&t| in_content(t))
            .find(|&t| matches!(v.w(t), "and" | "but") && !inside_quotation(v, first, t) && speaker_act_follows(v, t + 1))
            .map(|t| if v.w(t - 1) == "," { t - 1 } else { t });
        // "dismissed reports that ... as 'another fake', while Russian President Vladimir Putin
        // declined to deny them": a named other party's clause after ", while" is not what was
        // dismissed (nor said).
        // (Only what another party says or declines to say: "..., while Ukrainian troops repelled
        // assaults in Kursk" is still the source's report.)
        // ("Moscow denies breaking the sanctions, and Pyongyang has never confirmed that ...":
        // so after ", and" or ", but" when the other party right after it says or leaves
        // unsaid something.)
        let other_party = (first + 3..v.len()).take_while(|&t| in_content(t)).find(|&t| {
            let named_at = if v.w(t + 1) == "the" { t + 2 } else { t + 1 };
            let joint = matches!(v.w(t), "while" | "whereas") || matches!(v.w(t), "and" | "but") && v.entity_at(named_at).is_some();
            joint && v.w(t - 1) == "," && source.is_some() && !inside_quotation(v, first, t) && {
                let subject = (t + 1..(t + 6).min(v.len())).find_map(|i| v.entity_at(i).map(|m| (i, m.entity)));
                subject.is_some_and(|(i, e)| {
                    Some(e) != source
                        && (i + 1..(i + 6).min(v.len())).any(|j| {
                            // ("..., but Chaffetz declined": an offer turned down is no statement;
                            // "declined to comment" is one left unsaid.)
                            let declined = matches!(v.w(j), "declined" | "refused") && (!matches!(v.w(t), "and" | "but") || v.w(j + 1) == "to");
                            // (A participle after "has"/"have" only: "and Russia had not
                            // acknowledged them" may still be the reported speech.)
                            let perfect = v.xpos(j).is_some_and(|x| x == "VBN") && (i + 1..j).any(|h| matches!(v.w(h), "has" | "have"));
                            (v.is_finite_verb(j) && v.w(j) != "had" || perfect)
                                && (CUE_VERBS.iter().any(|(c, _)| *c == v.w(j)) || declined || matches!(v.w(j), "denied" | "confirmed" | "acknowledged" | "commented"))
                        })
                })
            }
        });
        let other_party = other_party.map(|t| t - 1);
        if let Some(end) = joint.into_iter().chain(caveat).chain(own_act).chain(other_party).min() {
            let kept_end = v.span(end - 1).end().min(c.content.end());
            let cut_away = v.doc.slice(Span::new(kept_end, c.content.end())).to_lowercase();
            c.content = v.span_of(first, end - 1);
            // "accused Russia of ..., while Moscow's envoy rejected the accusations as 'blatant
            // lies'": a denial read off the words cut away is not this claim's; nor is a hedge
            // or an allegation ("Seoul said that ..., and Kyiv said the troops could ...").
            let doubt_cut_away = matches!(c.status, ClaimStatus::Hedged | ClaimStatus::Alleged) && (has_word(&cut_away, HEDGES) || has_allegation(&cut_away));
            if c.status == ClaimStatus::Denied || doubt_cut_away {
                c.status = status_without_the_cut(v, c);
            }
        }
    }
}

/// The status of a claim whose content was cut short, read again from its cue and the content
/// left (the cue's own status stands: "denied that ...").
fn status_without_the_cut(v: &View<'_>, c: &Claim) -> ClaimStatus {
    let cue_status = c
        .cue_span
        .and_then(|k| token_range(v, k))
        .and_then(|(f, l)| (f..=l).rev().find_map(|i| cue_word_status(v.w(i))))
        .unwrap_or(ClaimStatus::Asserted);
    let Some(s) = v.doc.sentence_at(c.content.start()) else { return c.status };
    claim_status(v, cue_status, c.cue_span, c.content, v.span_of(s.first_token, s.end_token - 1))
}

/// Whether the words from `t` on tell a speaker declining to say more, as a second predicate of
/// the speaker's ("and declined to say", "but did not elaborate", "and gave no details"): they
/// end the content of what the speaker did say.
fn speaker_act_follows(v: &View<'_>, t: usize) -> bool {
    let mut t = t;
    // "..., but it did not say they had fought": the speaker, named again by a pronoun.
    if matches!(v.w(t), "it" | "he" | "she" | "they") {
        t += 1;
    }
    while matches!(v.w(t), "also" | "later" | "then" | "again") {
        t += 1;
    }
    match v.w(t) {
        // (Not "said he posed a threat and refused to drop the gun".)
        "declined" | "refused" => v.w(t + 1) == "to" && UNSAID_VERBS.contains(&v.w(t + 2)) || v.w(t + 1) == "further",
        "did" | "does" | "would" | "could" | "has" | "have" => {
            matches!(v.w(t + 1), "not" | "n't") && UNSAID_VERBS.contains(&v.w(t + 2))
        }
        "gave" | "offered" | "provided" | "presented" | "cited" => matches!(v.w(t + 1), "no"),
        _ => false,
    }
}

/// The tagger's claims worth adding to the rules': all but those with neither a source nor a cue
/// either pass supports on its own (see [`attribution_model::Tagged::weak_cue`]). On PolNeAR
/// such claims are mostly spurious (fewer than a fifth of their cues are right, against three
/// fifths of the tagger's other cues); dropping them raised cue exact F1 on dev and on a fifth of
/// train held out from training alike, and a source-less claim takes no source span with it.
/// Weak cues with a source are kept: their sources are mostly right, and dropping them lowered
/// source F1 (docs/BENCHMARKS.md, session 6).
pub(crate) fn supported(learned: Vec<LearnedClaim>) -> Vec<Claim> {
    learned.into_iter().filter(|m| !m.weak_cue || m.claim.source_span.is_some()).map(|m| m.claim).collect()
}

/// The claims of `more` whose cue `found` does not have. A cue in a short gap between a found
/// claim's source and its cue ("X have in the past dismissed") counts as found, but not a second
/// verb of a longer sentence. A cue inside the content of a found claim does not: attributions
/// nest ("X said Y believes Z" attributes both to X and to Y). Content already attributed is not
/// attributed twice.
fn not_found_by(v: &View<'_>, found: &[Claim], more: Vec<Claim>) -> Vec<Claim> {
    let taken: Vec<Span> = found
        .iter()
        .flat_map(|r| {
            let gap = match (r.source_span, r.cue_span) {
                (Some(s), Some(c)) if s.end() <= c.start() => {
                    let (a, b) = (v.token_at_or_after(s.end()), v.token_at_or_after(c.start()));
                    (b - a <= 5).then(|| s.cover(c))
                }
                _ => None,
            };
            r.cue_span.into_iter().chain(gap)
        })
        .collect();
    let contents: Vec<Span> = found.iter().map(|r| r.content).collect();
    let repeated = |m: &Claim| {
        let cue_sentence = m.cue_span.and_then(|c| v.doc.sentence_at(c.start())).map(|s| s.span);
        let apart = cue_sentence.is_some_and(|s| !s.contains(m.content));
        contents.iter().any(|c| *c == m.content || apart && c.overlaps(m.content))
    };
    // "Soldiers were issued cards ..., two sources in the Defense Ministry told X": a cue inside
    // a found claim's content whose source overlaps that claim's source misreads the same
    // attribution.
    // (A source before its cue may speak twice: "His ex-wife agreed, but also contended".)
    let misread = |m: &Claim| {
        found.iter().any(|r| {
            m.cue_span.is_some_and(|c| r.content.contains(c))
                && m.source_span.zip(r.source_span).is_some_and(|(a, b)| a.overlaps(b))
                && m.source_span.zip(m.cue_span).is_some_and(|(s, c)| s.start() > c.start())
        })
    };
    more.into_iter().filter(|m| m.cue_span.is_some_and(|c| !taken.iter().any(|k| k.overlaps(c))) && !repeated(m) && !misread(m)).collect()
}

/// A nested claim that names no source of its own ("The ministry denied the report, calling it
/// baseless", where "calling" lies in the content of "denied") is made by the source of the
/// innermost claim whose content holds its cue. The source is implicit there, so the claim takes
/// the entity and no source span.
pub(crate) fn inherit_nested_sources(claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let Some(cue) = claims[i].cue_span else { continue };
        if claims[i].source_span.is_some() || claims[i].source_entity.is_some() {
            continue;
        }
        let outer = claims
            .iter()
            .enumerate()
            .filter(|&(j, c)| j != i && c.source_entity.is_some() && c.content.contains(cue))
            .min_by_key(|(_, c)| c.content.len())
            .and_then(|(_, c)| c.source_entity);
        claims[i].source_entity = outer;
    }
}

fn rule_claims(v: &View<'_>, sentences: &[(usize, usize)]) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    for (si, &(a, b)) in sentences.iter().enumerate() {
        let quote_floor = sentences[si.saturating_sub(3)].0;
        let first_in_sentence = claims.len();
        let mut k = a;
        while k < b {
            let found = cue_claim(v, k, a, b, quote_floor, &claims, first_in_sentence);
            if let Some((claim, next)) = found {
                // A cue inside the content of a claim of this sentence by the same source is the
                // same statement told again ("NIS provided evidence of what it said were ...").
                // (Not after a headline's semicolon, where another statement starts: "Junta says
                // soldiers killed in ambush; jihadist group claims dozens dead".)
                let inner_cue = claim.cue_span.unwrap_or(claim.content);
                let in_headline = v.in_headline(inner_cue);
                let nested = claims[first_in_sentence..].iter().any(|c| {
                    let from = c.cue_span.map_or(c.content.start(), |k| k.end());
                    let semicolon_between = in_headline && from <= inner_cue.start() && v.doc.text().get(from..inner_cue.start()).is_some_and(|t| t.contains(';'));
                    c.content.contains(inner_cue) && (c.source_entity == claim.source_entity || claim.source_entity.is_none()) && !semicolon_between
                });
                if !nested {
                    claims.push(claim);
                }
                k = next;
            } else {
                k += 1;
            }
        }
    }
    claims
}

/// Tries to read a claim whose cue is token `k` of the sentence `[a, b)`. Returns the claim and
/// the token to continue from.
fn cue_claim(
    v: &View<'_>,
    k: usize,
    a: usize,
    b: usize,
    quote_floor: usize,
    claims: &[Claim],
    first_in_sentence: usize,
) -> Option<(Claim, usize)> {
    let w = v.w(k);
    let end = content_end(v, a, b);
    if w == "according" && v.w(k + 1) == "to" {
        return according_to(v, k, a, b, claims);
    }
    // ("Ukrainian media report that ...": "report" as a verb, which the word list leaves out
    // for the noun's sake, and the tagger's features with it.)
    // (The tagger may read "media report" as a compound noun: before "that", with no
    // determiner opening the phrase, it is the verb.)
    // (Back over the whole noun phrase: "a New York Times report that ...".)
    let mut np = k;
    while np > a && v.xpos(np - 1).is_some_and(|x| x.starts_with("NN") || x == "JJ") {
        np -= 1;
    }
    let determined = np > a && v.xpos(np - 1).is_some_and(|x| matches!(x, "DT" | "PRP$" | "POS"));
    let verb_report = w == "report"
        && (v.xpos(k).is_some_and(|x| matches!(x, "VBP" | "VB"))
            || v.w(k + 1) == "that" && k > a && v.xpos(k - 1).is_some_and(|x| x.starts_with("NN")) && !determined);
    let verb_status = CUE_VERBS.iter().find(|(f, _)| *f == w).map(|(_, s)| *s).or(verb_report.then_some(ClaimStatus::Asserted));
    if verb_status.is_some() && no_reporting_use(v, k, k + 1) {
        return None;
    }
    let release = RELEASE_VERBS.contains(&w)
        && (k + 1..(k + 4).min(b)).any(|i| EVIDENCE_OBJECTS.contains(&v.w(i)));
    let read_after_quote = w == "read" && k >= a + 2 && v.w(k - 1) == "," && is_close_quote(v.w(k - 2))
        || w == "read" && k >= a + 2 && is_close_quote(v.w(k - 1)) && v.w(k - 2) == ",";
    // (Not the verb of "..., claims Kyiv", read below; nor of "..., the General Staff
    // reports.", the verb that ends its sentence.)
    let inverted_claims = w == "claims" && k > a && v.w(k - 1) == ",";
    // (The words after the sentence's last comma name the source, with no verb among them and
    // no determiner before the word: not "On Monday, he denied the claims.", "..., citing
    // local media reports.")
    let closing_verb = matches!(w, "reports" | "claims") && (k + 1 >= b || matches!(v.w(k + 1), "." | "!" | "?")) && {
        let comma = (a..k).rev().find(|&i| v.w(i) == ",");
        comma.is_some_and(|c| {
            c + 1 < k
                && (c + 1..k).all(|i| !v.xpos(i).is_some_and(|x| x.starts_with("VB")) && !v.w(i).ends_with("ing"))
                && !v.xpos(k - 1).is_some_and(|x| matches!(x, "DT" | "PRP$" | "POS"))
                && !matches!(v.w(k - 1), "media" | "news" | "press")
        })
    };
    // ("jihadist group claims dozens dead", "Russia claims Avdiivka captured": after a bare
    // noun and before what is claimed, the verb; not "rejected the group's claims of ...", "the
    // group claims were false".)
    // (In a headline, or after a name or a word for a speaker: not "Insurance claims rose 40%".)
    let in_headline = v.in_headline(v.span(k));
    let verb_claims = w == "claims"
        && k > a
        && v.xpos(k - 1).is_some_and(|x| x.starts_with("NN"))
        && (in_headline || v.entity_at(k - 1).is_some() || SOURCE_NOUNS.contains(&v.w(k - 1)))
        && !(k.saturating_sub(3).max(a)..k).any(|i| matches!(v.w(i), "rejected" | "denied" | "dismissed" | "dismisses" | "rejects" | "denies"))
        && !v.xpos(k + 1).is_some_and(|x| x.starts_with("VB") || x == "MD")
        && (v.is_word(k + 1) || v.w(k + 1).starts_with(|c: char| c.is_ascii_digit()))
        && !matches!(v.w(k + 1), "of" | "that" | "by" | "about" | "were" | "are" | "was" | "is" | "have" | "had" | "has" | "and" | "or" | "to" | "against" | "on" | "in" | "from" | "for");
    if CUE_NOUNS.contains(&w) && !verb_report && !inverted_claims && !closing_verb && !verb_claims {
        return noun_cue(v, k, b, claims);
    }
    // "has put the figure at about 1,100", "puts the death toll at 12", "put the number of
    // people left homeless at around 300": an estimate.
    let put_figure = matches!(w, "put" | "puts" | "placed" | "places") && {
        let mut j = k + 1;
        while j < (k + 9).min(b) && v.w(j) != "at" && !v.is_punct(j) {
            j += 1;
        }
        v.w(j) == "at" && (k + 1..j).any(|i| TALLY_NOUNS.contains(&v.w(i))) && (j + 1..(j + 4).min(b)).any(|i| v.doc.quantities().iter().any(|q| q.span.contains(v.span(i))))
    };
    let verb_status = if put_figure { Some(ClaimStatus::Hedged) } else { verb_status };
    if verb_status.is_none() && !release && !read_after_quote {
        // "Radar images from the coast guard, released on Monday, appear to show ...": a
        // participle describing the evidence before it releases nothing.
        // (Nor "Satellite images taken on Wednesday and published by Maxar show ...": a
        // participle with its agent inside the subject of what the images show, which names
        // the release; not "the video released by HUR", a release of its own.)
        // (Only a verb the showing rule below reads, and "show" only with no speaker after it.)
        let shows_next = (k + 2..(k + 10).min(b)).find(|&i| v.is_finite_verb(i)).is_some_and(|i| {
            EVIDENCE_SHOWING.contains(&v.w(i)) && (v.w(i) != "show" || !(i + 1..b).any(|j| CUE_VERBS.iter().any(|(c, _)| *c == v.w(j))))
        });
        let described = v.xpos(k) == Some("VBN") && v.w(k + 1) == "by" && shows_next && !(k.saturating_sub(3).max(a)..k).any(|i| is_be(v.w(i)) || matches!(v.w(i), "has" | "have" | "had"));
        if RELEASE_VERBS.contains(&w) && k > a && (v.w(k - 1) == "," && v.xpos(k) == Some("VBN") || described) {
            return None;
        }
        if RELEASE_VERBS.contains(&w) {
            return evidence_subject(v, k, a, b, claims);
        }
        return None;
    }
    // Attributive use: "the claimed victory", "reported cases" before a noun are not cues.
    if w == "claim" && v.w(k.wrapping_sub(1)) == "the" {
        return None;
    }
    // "A 40-second clip posted on Nov. 5 claims ...": a participle describing the evidence.
    if k > a && EVIDENCE_OBJECTS.contains(&v.w(k - 1)) && v.xpos(k).is_some_and(|x| x == "VBN") && v.w(k + 1) != "by" {
        return None;
    }
    // A speech verb inside a quotation is part of what is quoted ("“First they deny, then
    // they explain,” said an analyst").
    if inside_quotation(v, a, k) {
        return None;
    }
    // "troops were believed to be in Pskov": the subject of a passive belief is what is
    // believed about, not who believes it (the claim is its speaker's, around it).
    if k > a && raised_belief(v, k) {
        return None;
    }
    // "We assess that ...", not "Rescuers assess the damage".
    if w == "assess" && v.w(k + 1) != "that" {
        return None;
    }
    // "The group was branded a terrorist organisation by Britain", "The damage was assessed at
    // $2 million": a passive label or assessment is no statement by its subject.
    if matches!(w, "branded" | "labelled" | "labeled" | "assessed") && k > a && is_be(v.w(k - 1)) {
        return None;
    }
    if free_relative(v, k) || discourse_marker(v, k) {
        return None;
    }
    // "who asked not to be named", "asked to leave": a request, not a statement; "Asked about
    // the reports, Peskov said ...": the question put to the speaker.
    if w == "asked" && (matches!(v.w(k + 1), "not" | "to") || k == a) {
        return None;
    }
    // "agreed to expand cooperation", "agreed on a text": a commitment (an event), not a
    // statement ("agreed that ...", "agreed with X that ..." are).
    if w == "agreed" && matches!(v.w(k + 1), "to" | "on" | "upon") {
        // "agreed on Friday that ...": a date, then what was said.
        let dated_statement = v.w(k + 1) != "to" && v.in_time(k + 2) && (k + 2..(k + 8).min(b)).any(|i| v.w(i) == "that");
        if !dated_statement {
            return None;
        }
    }
    let status = verb_status.unwrap_or(ClaimStatus::Asserted);
    let mut cue_span = v.span(k);
    // "Moscow has neither confirmed nor denied the deployment": no statement either way (not
    // "Nor, the minister said, will ...").
    if k > a && matches!(v.w(k - 1), "neither" | "nor") {
        return None;
    }

    // "“...,” read the press release." / "“...,” NIS said." (Not "“...,” X said, adding that
    // ...": what follows the participle is what it adds.)
    let finite = |i: usize| v.is_finite_verb(i);
    let adds_content = w.ends_with("ing") && k + 1 < end && (v.w(k + 1) == "that" || (k + 1..end).any(finite));
    if let Some((open, close)) = quote_before(v, k, a, quote_floor).filter(|_| !adds_content) {
        // "South Korea will consider sending weapons “in stages”, Yoon said": a quotation
        // ending a clause of the reporter's words is part of a mixed quote, all of which is
        // the content.
        // (A clause: words with a finite verb, not "But “...,” he said" or a dateline.)
        let c_first = skip_dateline(v, a, open);
        let own_words = open > c_first + 2 && (c_first..open).any(finite) && !(c_first..open).any(|i| {
            v.w(i) == ":" || CUE_VERBS.iter().any(|(c, _)| *c == v.w(i)) || is_close_quote(v.w(i))
        });
        let (content, quote) = if own_words {
            (v.span_of(c_first, close), QuoteKind::Mixed)
        } else {
            (inner_quote_span(v, open, close)?, QuoteKind::Direct)
        };
        let (source_first, source_last) = if close + 2 < k || (close + 1 < k && v.w(close + 1) != ",") {
            (close + 1 + usize::from(v.w(close + 1) == ","), k - 1)
        } else {
            (k + 1, end.saturating_sub(1))
        };
        let source = noun_phrase_source(v, source_first, source_last, claims);
        let claim = build(v, source, Some(cue_span), content, status, quote, a, b);
        return Some((claim, k + 1));
    }

    // "North Korean troops killed in Kursk, says Seoul": a speech verb after the comma that
    // closes what was said, its source after it and nothing else to the end.
    // (A name with its apposition: "..., said Lars Berg, an aviation analyst at the Oslo-based
    // Nordic Defence Review.")
    if k > a + 2 && v.w(k - 1) == "," && matches!(w, "says" | "said" | "adds" | "added" | "claims" | "claimed") && end > k + 1 && end - k <= 18 {
        let rest_is_a_name = (k + 1..end).all(|i| !v.is_finite_verb(i) && v.w(i) != "that" && !is_open_quote(v.w(i)));
        let source = noun_phrase_source(v, k + 1, end - 1, claims);
        // (A place claims nothing: "..., claimed Kurakhove" is a verb's object misread.)
        // (A country or a great city claims for its government: "..., claims Kyiv".)
        let town_source = source.span.is_some_and(|s| {
            v.doc.places().mentions.iter().filter(|m| m.span.overlaps(s)).any(|m| {
                let p = &v.doc.places().places[m.place];
                p.kind != PlaceKind::Country && p.population < 1_000_000
            })
        });
        let rest_is_a_name = rest_is_a_name && !(town_source && matches!(w, "claims" | "claimed"));
        let c_first = skip_dateline(v, a, k - 1);
        if rest_is_a_name && source.entity.is_some() && c_first + 1 < k - 1 && !(c_first..k - 1).any(|i| is_open_quote(v.w(i))) {
            let content = v.span_of(c_first, k - 2);
            let claim = build(v, source, Some(cue_span), content, status, QuoteKind::Indirect, a, b);
            return Some((claim, k + 1));
        }
    }
    // Subject before the cue, with auxiliaries and adverbs between them part of the cue
    // ("has also said"); a time or a phrase like "in the past" between them belongs to neither
    // ("the ministry on Wednesday denied", "officials have in the past dismissed").
    let mut h = k.checked_sub(1)?;
    let mut cue_first = k;
    loop {
        while h > a && CUE_ADVERBS.contains(&v.w(h)) {
            if cue_first == h + 1 && !modifies_verb_before(v, h) {
                cue_first = h;
            }
            h -= 1;
        }
        // ("The aggressor state continues to deny the involvement": keeping on saying it is
        // saying it; the cue keeps "continues to".)
        if h > a + 1 && v.w(h) == "to" && matches!(v.w(h - 1), "continues" | "continue" | "continued") {
            if cue_first == h + 1 {
                cue_first = h - 1;
            }
            h -= 2;
            continue;
        }
        match adverbial_before(v, h, a) {
            Some(first) if first > a => h = first - 1,
            _ => break,
        }
    }
    if h < a || h >= k {
        return None;
    }
    // "No casualties were reported, he added": the subject of a passive speech verb with no
    // agent is what was reported, not who reported it ("It was reported that" is read below;
    // "was told that" names its addressee).
    let passive = v.xpos(k) == Some("VBN") && (k.saturating_sub(3).max(a)..k).any(|i| is_be(v.w(i))) && !(k..end).any(|i| v.w(i) == "by");
    if passive && !matches!(v.w(k + 1), "that" | "to") && !matches!(w, "told" | "asked" | "quoted") && !matches!(v.w(h), "it" | "and" | "but") {
        return None;
    }
    if cue_first < k && !matches!(v.w(h), "and" | "but") {
        cue_span = v.span_of(cue_first, k);
    }
    // "Sorokin did not say how ...", "declined to say": the source said nothing.
    if (cue_first..k).any(|i| NON_STATEMENT_WORDS.contains(&v.w(i))) {
        return None;
    }
    let participle = w.ends_with("ing");
    let source = if participle {
        // "..., saying that ...": the subject of the sentence speaks.
        participle_source(v, k, a, claims, first_in_sentence)?
    } else if matches!(v.w(h), "and" | "but") {
        // "NIS said that ... and added that ...": the subject is shared; with no claim before
        // it in the sentence, the sentence's subject ("The ministry first called it false, but
        // later admitted that ...").
        match claims[first_in_sentence..].last() {
            Some(prev) => Source { span: prev.source_span, entity: prev.source_entity },
            None => sentence_subject(v, a, h)?,
        }
    } else if v.w(h) == "which" && h > a && v.w(h - 1) == "," {
        // "The agency, which cited satellite images, ...": the name right before the comma.
        let entity = v.entity_at(h - 2).filter(|m| !v.doc.entities().entities[m.entity].entity_type.is_place())?.entity;
        Source { span: Some(v.span(h)), entity: Some(entity) }
    } else if matches!(v.w(h), "which" | "what") {
        return None;
    } else if matches!(v.w(h), "who" | "that") && h > a {
        // "Olsen, who said ...": the relative pronoun names the source; it stands for the
        // nearest name before it.
        let entity = v.doc.entities().mentions.iter().rev().find(|m| m.span.end() <= v.span(h).start()).map(|m| m.entity);
        entity?;
        Source { span: Some(v.span(h)), entity }
    } else {
        subject_source(v, h, a, claims)?
    };
    let source = not_the_addressee(v, k, source);
    let mut c0 = after_addressee(v, w, k + 1, end);
    while c0 < end && CONTENT_OPENERS.contains(&v.w(c0)) && !release {
        c0 += 1;
    }
    // "said on Tuesday that ...", "said in a statement that ...", "told reporters in Tallinn
    // that ...": when and how the statement was made is not content. When nothing but that
    // follows the cue, the content stands before the source ("..., EMI said in a statement.").
    if !release {
        let mut r = c0;
        while r < end && r < c0 + 10 && v.w(r) != "," && is_statement_setting(v, r) {
            r += 1;
        }
        // "said on Friday, confirming ...": the setting ends the clause; so does a participle
        // right after the cue ("..., a local committee said, blaming the RSF").
        let ing = |i: usize| v.w(i).ends_with("ing") && v.w(i).len() > 4;
        let participle_at = if v.w(r) == "," && ing(r + 1) {
            Some(r + 1)
        } else if r == c0 && c0 > k + 1 && v.w(c0 - 1) == "," && ing(c0) {
            Some(c0)
        } else {
            None
        };
        // With the source opening the sentence there is nothing before it: "The army said,
        // citing field reports, that 40 fighters died" says what follows the participle's phrase.
        let source_first = source.span.map_or(h, |s| v.token_at_or_after(s.start()));
        // (A clause before the source, not only "On Tuesday,".)
        // (A headline's may have no verb at all: "At least 41 migrants dead after boat capsizes,
        // survivors say".)
        let content_before = source_first > a + 1
            && (v.doc.syntax().is_none() || (a..source_first).any(|i| v.is_finite_verb(i) || v.xpos(i) == Some("VBN")) || v.in_headline(v.span(k)));
        let after_participle = participle_at
            .filter(|_| !content_before)
            .and_then(|p| (p + 1..end).find(|&i| v.w(i) == ","))
            .filter(|&comma| v.w(comma + 1) == "that");
        // ("..., X reported, citing Y" names whom X relays, below.)
        let participle_next = participle_at.is_some_and(|p| !CITING_WORDS.contains(&v.w(p))) && content_before;
        // "..., the NIS told lawmakers during a parliamentary intelligence committee session",
        // "“...,” she told The Huffington Post": after a main clause and a comma before the
        // source, what follows the cue is only where it was said, or only whom it was told.
        // (Not "After the video surfaced, the ministry denied in a statement any involvement",
        // "Asked about it, Peskov told reporters to ask the ministry".)
        let opens_main_clause = {
            let f = skip_dateline(v, a, end);
            // ("At least 41 people drowned ...": a count's "at least", no preposition of a phrase.)
            let at_least = v.w(f) == "at" && matches!(v.w(f + 1), "least" | "most") && v.xpos(f + 2) == Some("CD");
            !SUBORDINATORS.contains(&v.w(f))
                && !matches!(v.w(f), "as" | "asked" | "speaking" | "hours" | "days" | "minutes" | "weeks" | "shortly" | "soon")
                && (at_least || !v.xpos(f).is_some_and(|x| x == "VBN" || x == "VBG" || x == "IN"))
        };
        let comma_before = {
            // (Back over an article and a closing quotation mark: "“...,” the minister told";
            // and over the words of the source's phrase before its name: "..., two sources in
            // the Defense Ministry told".)
            let mut p = source_phrase_start(v, a, source_first);
            if p > a + 1 && (is_close_quote(v.w(p - 1)) || v.w(p - 1) == "''") {
                p -= 1;
            }
            p > a + 1 && v.w(p - 1) == ","
        };
        let told = matches!(w, "told" | "tells");
        let addressee_word = |i: usize| v.xpos(i).is_some_and(|x| matches!(x, "NNP" | "NNPS" | "NN" | "NNS" | "DT" | "PRP" | "PRP$" | "JJ")) || is_statement_setting(v, i);
        let only_setting = v.doc.syntax().is_some()
            && content_before
            && opens_main_clause
            && comma_before
            && c0 < end
            && {
                // ("..., the White House said on Tuesday after three days of talks in the Saudi
                // capital": a phrase of when, opened by "after", "before", "following", "amid" or "during",
                // sets the statement in time whatever its words.)
                let setting = |i: usize| if told { addressee_word(i) } else { is_statement_setting(v, i) };
                let first_other = (c0..end).find(|&i| !setting(i));
                // (A phrase, not a clause of what was said: "will respond, the minister said,
                // after Kyiv withdraws".)
                first_other.is_none_or(|i| {
                    // ("said on Wednesday during a visit to Kyiv".)
                    (c0..=i).any(|j| matches!(v.w(j), "after" | "before" | "following" | "amid" | "during") && (c0..j).all(setting) && !(j + 1..end).any(|x| v.is_finite_verb(x)))
                })
            };
        // ("..., it said, and estimated each container holds 600 shells": a second cue of the
        // same source after the comma has its own content.)
        let second_cue = v.w(k + 1) == ","
            && matches!(v.w(k + 2), "and" | "but")
            && (k + 3..(k + 6).min(end)).any(|j| CUE_VERBS.iter().any(|(f, _)| *f == v.w(j)) && (k + 3..j).all(|x| CUE_ADVERBS.contains(&v.w(x))));
        // ("North Korea fired a missile on Thursday, the Joint Chiefs said, days after Seoul
        // accused ...": after a clause and the source, a comma right after the cue closes the
        // statement; what follows is the reporter's.)
        // (With parts of speech known, only when the words after it say when the statement
        // came, "days after", "shortly before", or how, "without giving details": not an
        // insertion in the clause whose verb
        // follows, "but the fighting, officials said, continued near Kessa", nor a condition of
        // what was said, "Moscow will respond, the minister said, only after Kyiv withdraws".)
        let comma_after_cue = v.doc.syntax().is_some()
            && content_before
            && comma_before
            && opens_main_clause
            && c0 == k + 2
            && v.w(k + 1) == ","
            // (Or a concession, "analysts say, though the deal may cost it dearly": what they say
            // stands before.)
            && (statement_timing(v, c0)
                || matches!(v.w(c0), "without" | "amid" | "despite" | "though" | "although")
                // (Or another party's statement set beside it: "..., the governor said, as
                // Moscow claimed to have downed dozens of drones".)
                || matches!(v.w(c0), "as" | "while" | "whereas") && (c0 + 2..(c0 + 8).min(end)).any(|j| CUE_VERBS.iter().any(|(f, _)| *f == v.w(j)) && v.is_finite_verb(j))
                // (Or a clause of the reporter's, with a subject and verb of its own: "..., police
                // said, as voting in three elections was marred by violence"; not "as soon as
                // Kyiv withdraws", a condition of what was said.)
                || matches!(v.w(c0), "as" | "while") && !matches!(v.w(c0 + 1), "soon" | "long" | "well" | "much" | "many" | "far" | "part" | "a" | "an") && (c0 + 2..end).any(|j| v.is_finite_verb(j)));
        let clause_end = r == end || r > c0 && v.w(r) == "," && v.w(r + 1) != "that" || participle_next || only_setting || second_cue && content_before
            || comma_after_cue;
        if let Some(comma) = after_participle {
            c0 = comma + 1;
        } else if clause_end {
            c0 = end;
        } else if v.w(r) == "that" && r > c0 {
            c0 = r;
        } else if v.w(r) == "," && v.w(r + 1) == "that" {
            c0 = r + 1;
        } else if let Some(after) = after_statement_date(v, c0, r, end) {
            c0 = after;
        }
    }
    // "..., the Tribune reported, citing the agency.": the outlet relays the agency's claim.
    let subject_span = source.span;
    let mut source = source;
    if c0 < end && CITING_WORDS.contains(&v.w(c0)) && !participle {
        let cited = noun_phrase_source(v, c0 + 1, end - 1, claims);
        if cited.entity.is_some() {
            source = cited;
            cue_span = cue_span.cover(v.span(c0));
            c0 = end;
        }
    }
    // "The bridge will reopen, the mayor said.": the content stands before the source.
    if c0 >= end && !participle {
        // "..., the Helsinki Tribune reported", "..., two sources in the Defense Ministry told":
        // the words before a name are the subject's.
        let subject_start = source_phrase_start(v, a, subject_span.map_or(h, |s| v.token_at_or_after(s.start())));
        if subject_start > a + 1 && v.w(subject_start - 1) == "," {
            let c_first = skip_dateline(v, a, subject_start - 1);
            let content = v.span_of(c_first, subject_start - 2);
            // (The source is the whole phrase: "two sources in the Defense Ministry"; not when it
            // is the one an outlet cites: "..., Yonhap reported, citing the NIS".)
            let source = if source.span == subject_span {
                Source { span: source.span.map(|s| v.span(subject_start).cover(s)), entity: source.entity }
            } else {
                source
            };
            let claim = build(v, source, Some(cue_span), content, status, QuoteKind::Indirect, a, b);
            return Some((claim, k + 1));
        }
    }
    // Content ends before a coordinated second cue by the same subject ("..., and added that"),
    // and a relative clause's content at its comma ("The agency, which cited images, put ...").
    let mut c_end = end;
    if v.w(h) == "which" {
        if let Some(comma) = (c0 + 1..end).find(|&i| v.w(i) == ",") {
            c_end = comma;
        }
    }
    for i in c0 + 1..end {
        let between_ok = |j: usize| {
            (i + 1..j).all(|x| CUE_ADVERBS.contains(&v.w(x)) || v.in_time(x))
        };
        if i < c_end
            && matches!(v.w(i), "and" | "but")
            && (i + 1..(i + 5).min(end)).any(|j| CUE_VERBS.iter().any(|(f, _)| *f == v.w(j)) && between_ok(j))
        {
            c_end = if v.w(i - 1) == "," { i - 1 } else { i };
            break;
        }
    }
    if let Some(comma) = trailing_attribution(v, c0, c_end) {
        c_end = comma;
    }
    if c0 >= c_end {
        return None;
    }
    let content = v.span_of(c0, c_end - 1);
    let quote = if is_open_quote(v.w(c0)) && is_close_quote(v.w(c_end - 1)) {
        QuoteKind::Direct
    } else if (c0..c_end).any(|i| is_open_quote(v.w(i))) {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    };
    let claim = build(v, source, Some(cue_span), content, status, quote, a, b);
    Some((claim, k + 1))
}

/// Where the phrase of a source named at token `first` begins: back over an article and the
/// words that describe it ("the minister", "two sources in the Defense Ministry"), up to six, not
/// past a verb or "that", past a conjunction only to a second source joined after a comma
/// ("witnesses and local media"), and not to the sentence's first token `a`.
fn source_phrase_start(v: &View<'_>, a: usize, first: usize) -> usize {
    // (Over a hyphen inside a word: "a U.S.-based think tank".)
    let phrase_word = |i: usize| v.is_word(i) && !v.is_finite_verb(i) && !matches!(v.w(i), "that" | "and" | "but" | "or") || v.is_joining_hyphen(i);
    let mut p = first;
    while p > a + 1 && first - p < 6 && phrase_word(p - 1) {
        p -= 1;
    }
    // ("..., the Maritime Trade Operations (UKMTO) agency said": back over a name's
    // abbreviation in parentheses, to the name, up to six words before it.)
    if let Some(open) = parenthesis_before(v, a, p) {
        p = open;
        while p > a + 1 && first - p < 14 && phrase_word(p - 1) {
            p -= 1;
        }
    }
    // ("..., witnesses and local media said": two sources joined, after the comma that ends
    // what they said.)
    if p > a + 3 && matches!(v.w(p - 1), "and" | "or") && v.xpos(p - 2).is_some_and(|x| x.starts_with("NN")) {
        let mut q = p - 1;
        while q > a + 1 && p - q < 4 && phrase_word(q - 1) {
            q -= 1;
        }
        // (Not the last two of a list, "Talks must resume, Germany, France and Britain said":
        // a name before the comma may be its first item.)
        let list_item = q >= 2 && v.xpos(q - 2).is_some_and(|x| x == "NNP" || x == "NNPS") && !v.in_time(q - 2);
        if v.w(q - 1) == "," && !list_item {
            p = q;
        }
    }
    p
}

/// The "(" of a short parenthesis that closes right before token `p` ("... Operations (UKMTO)
/// agency"), with a word before it; None otherwise.
fn parenthesis_before(v: &View<'_>, a: usize, p: usize) -> Option<usize> {
    if p < a + 3 || v.w(p - 1) != ")" {
        return None;
    }
    let open = (p.saturating_sub(5).max(a)..p - 1).rev().find(|&i| v.w(i) == "(").filter(|&o| o > a)?;
    // (An abbreviation in capitals, one word: not "(a former general)".)
    let abbreviation = open + 2 == p - 1 && v.doc.slice(v.span(open + 1)).chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    let name_before = v.is_word(open - 1) && !v.is_finite_verb(open - 1) && !matches!(v.w(open - 1), "that" | "and" | "but" | "or");
    (abbreviation && name_before).then_some(open)
}

/// The token after which a sentence's content ends: before a final period.
fn content_end(v: &View<'_>, a: usize, b: usize) -> usize {
    let mut end = b;
    while end > a && matches!(v.w(end - 1), "." | "!" | "?" | ";") {
        end -= 1;
    }
    end
}

/// "... showed new earthworks around the city, the lab said on Monday.", "..., according to a
/// video posted by the military.": a source and a speech verb (or "according to" and a source)
/// closing the clause `[from, end)` make a claim of their own, so a content before ends at their
/// comma (returned).
fn trailing_attribution(v: &View<'_>, from: usize, end: usize) -> Option<usize> {
    let comma = (from + 1..end).rev().find(|&i| v.w(i) == ",")?;
    // "..., according to a video posted by the military."
    if v.w(comma + 1) == "according" && v.w(comma + 2) == "to" {
        return Some(comma);
    }
    // ("..., analysts at the Center for Strategic and International Studies said")
    let verb = (comma + 2..end.min(comma + 14)).find(|&i| PLAIN_SPEECH_VERBS.contains(&v.w(i)))?;
    // (A source, not a clause: ", and that he had told Biden".)
    let source_words = (comma + 1..verb).all(|i| v.is_word(i) || matches!(v.w(i), "’s" | "'s"))
        && !matches!(v.w(comma + 1), "and" | "but" | "that" | "as" | "which" | "who" | "while" | "because" | "so");
    // ("..., two Western security sources told the Sahel Monitor on condition of anonymity": whom
    // they told, a name, and the terms they told it on.)
    let mut after = verb + 1;
    if matches!(v.w(verb), "told" | "tells" | "tell") {
        let at = if v.w(after) == "the" { after + 1 } else { after };
        if let Some(m) = v.entity_at(at).filter(|m| v.token_at_or_after(m.span.start()) <= at) {
            after = v.token_at_or_after(m.span.end());
        }
    }
    // (And the terms: "on condition of anonymity", "because they were not authorised to speak".)
    let terms_from = (after..end).find(|&i| v.w(i) == "on" && v.w(i + 1) == "condition" || v.w(i) == "because").unwrap_or(end);
    let setting_after = (after..terms_from).all(|i| is_statement_setting(v, i));
    (source_words && setting_after).then_some(comma)
}

/// Where a time expression or a fixed adverbial phrase ("in the past") that ends at token `h`
/// begins, with a preposition before it ("on Wednesday", "last week").
fn adverbial_before(v: &View<'_>, h: usize, a: usize) -> Option<usize> {
    if h >= 2 && h > a + 2 && v.w(h) == "past" && v.w(h - 1) == "the" && v.w(h - 2) == "in" {
        return Some(h - 2);
    }
    let t = v.doc.times().exprs.iter().find(|t| t.span.contains(v.span(h)))?;
    let mut first = v.token_at_or_after(t.span.start());
    if first > a && matches!(v.w(first - 1), "on" | "in" | "at" | "during" | "since" | "last" | "this" | "earlier") {
        first -= 1;
    }
    (first <= h).then_some(first)
}

/// Token `k` stands inside a quotation opened before it in its paragraph and not closed.
fn inside_quotation(v: &View<'_>, a: usize, k: usize) -> bool {
    // Counted from the paragraph's start: a quotation may open a sentence or two before.
    let before = &v.doc.text()[..v.span(a).start()];
    let para = v.token_at_or_after(before.rfind('\n').map_or(0, |x| x + 1)).min(a);
    let mut curly = 0i32;
    let mut straight = 0;
    for i in para..k {
        match v.w(i) {
            "“" => curly += 1,
            "”" => curly -= 1,
            "\"" => straight += 1,
            _ => {}
        }
    }
    curly > 0 || straight % 2 == 1
}

/// A word of the phrase after a cue that says when or how the statement was made.
fn is_statement_setting(v: &View<'_>, i: usize) -> bool {
    let w = v.w(i);
    let posted = POSTING_PLACES.contains(&w)
        && i > 0
        && (matches!(v.w(i - 1), "on" | "via" | "his" | "her" | "its" | "their" | "official") || POSTING_PLACES.contains(&v.w(i - 1)));
    // ("said in a report", "in its annual report"; not "denied the report".)
    let medium = (MESSAGE_MEDIA.contains(&w) || matches!(w, "report" | "reports")) && (i.saturating_sub(3)..i).any(|j| matches!(v.w(j), "in" | "via" | "by"))
        || w == "clients" && i > 0 && v.w(i - 1) == "to";
    posted
        || medium
        || STATEMENT_SETTING_WORDS.contains(&w.to_lowercase().as_str())
        || CONTENT_OPENERS.contains(&w)
        || v.in_time(i)
        || v.entity_at(i).is_some_and(|m| v.doc.entities().entities[m.entity].entity_type.is_place())
}

/// The first token after a dateline that opens a sentence ("KOTKA, Finland — Traffic ..."):
/// a word in capitals, perhaps a country after a comma, and a dash.
pub(crate) fn skip_dateline(v: &View<'_>, a: usize, end: usize) -> usize {
    // "- Russian forces launched 56 drones ...": a list's bullet.
    if v.opens_line(a) && matches!(v.w(a), "-" | "•" | "*" | "–" | "—") && a + 1 < end {
        return a + 1;
    }
    // "Oct. 8 to 13 - Russian ships carry ...", "June 19: Putin visits ...": a timeline
    // entry's dates.
    if let Some(label) = v.entry_label(a) {
        let separator = v.token_at_or_after(label.end());
        if separator + 1 < end {
            return separator + 1;
        }
    }
    // "12:15 GMT - South Korea will ...": a live report's time stamp.
    if v.in_time(a) {
        let after_time = (a..end.min(a + 6)).find(|&i| !v.in_time(i));
        if let Some(dash) = after_time.filter(|&i| matches!(v.w(i), "-" | "—" | "–" | "--") && i + 1 < end) {
            return dash + 1;
        }
    }
    let w = v.doc.slice(v.span(a));
    // (An apostrophe in the name too: "N'DJAMENA".)
    let capitals = w.chars().count() >= 3 && w.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\'' | '’'));
    // "Seoul (AFP) - ...", "Kyiv, Ukraine (AP) —": a place in title case, the agency in
    // brackets, then a dash.
    let capitalised = |i: usize| v.doc.slice(v.span(i)).starts_with(char::is_uppercase);
    // (Opening its line with a place: not "Rep. Ada Moss (D-Wis.) — who chairs the panel —".)
    if !capitals {
        let open = (a + 1..(a + 6).min(end)).find(|&i| v.w(i) == "(");
        let place_at = |i: usize| v.doc.places().mentions.iter().any(|m| m.span.contains(v.span(i)));
        let agency = open.filter(|_| v.opens_line(a) && place_at(a)).and_then(|o| {
            let close = (o + 1..(o + 5).min(end)).find(|&i| v.w(i) == ")")?;
            let dash = close + 1;
            let named = (a..o).all(|i| capitalised(i) || v.w(i) == ",") && (o + 1..close).all(capitalised) && close > o + 1;
            (named && dash + 1 < end && matches!(v.w(dash), "-" | "—" | "–" | "--")).then_some(dash + 1)
        });
        return agency.unwrap_or(a);
    }
    // "SEOUL, Nov. 13 (Yonhap) --": the place, maybe a country or date and the agency, then a
    // dash; no lower-case word between but a name's connector ("GOMA, Democratic Republic of
    // Congo, Feb. 7 —").
    // (As far as "GOMA, Democratic Republic of Congo, March 5 (Helsinki Tribune) -".)
    let dash = (a + 1..(a + 16).min(end)).find(|&i| matches!(v.w(i), "—" | "–" | "--" | "-"));
    // (Connectors only in a place named after the dateline's comma, not "NATO and the European
    // Union — the West's two blocs — condemned ...".)
    let after_comma = v.w(a + 1) == ",";
    // (Inside the agency's brackets any word: "N'DJAMENA, March 5 (Tribune wire) —".)
    let in_brackets = |i: usize| (a + 1..i).rev().map(|j| v.w(j)).find(|w| matches!(*w, "(" | ")")) == Some("(");
    let lower_word = |i: usize| {
        v.is_word(i) && v.doc.slice(v.span(i)).starts_with(char::is_lowercase) && !(after_comma && matches!(v.w(i), "of" | "the" | "and")) && !in_brackets(i)
    };
    // (Past 12 tokens only with a date or an agency in brackets before the dash: not "ECOWAS,
    // the African Union, the United Nations and the European Union - the mediators - agreed".)
    let long = |dash: usize| dash > a + 12 && !(a + 1..dash).any(|i| v.w(i) == "(" || v.in_time(i));
    match dash {
        Some(dash) if dash + 1 < end && !(a + 1..dash).any(lower_word) && !long(dash) => {
            dash + 1
        }
        _ => a,
    }
}

/// A quotation closing right before the cue (with its comma), and where it opens.
fn quote_before(v: &View<'_>, k: usize, a: usize, floor: usize) -> Option<(usize, usize)> {
    // The closing quote stands right before the cue, or before a short source ("“...,” NIS said").
    let close = (k.saturating_sub(16).max(a)..k).rev().find(|&i| {
        let before = v.w(i.wrapping_sub(1));
        is_close_quote(v.w(i))
            && (matches!(before, "," | "." | "?" | "!" | "’" | "'" | "—") || v.w(i + 1) == ",")
    })?;
    // Between the quote and the cue only a short source may stand, not a second clause
    // ("... “baseless,” but later admitted that ...").
    // (A name may carry a bracket: "Rep. Ada Moss (D-Wis.)".)
    let mut depth = 0i32;
    let bracketed: Vec<bool> = (close + 1..k)
        .map(|i| {
            let inside = depth > 0 || v.w(i) == "(";
            depth += i32::from(v.w(i) == "(") - i32::from(v.w(i) == ")");
            inside
        })
        .collect();
    if depth != 0 {
        return None;
    }
    let other_clause = |i: usize| {
        let bracket = bracketed[i - close - 1];
        !bracket && (v.is_punct(i) && v.w(i) != "," || matches!(v.w(i), "but" | "and" | "then") || SUBORDINATORS.contains(&v.w(i)))
    };
    if (close + 1..k).any(other_clause) {
        return None;
    }
    // A straight quotation mark opening the sentence does not close one.
    if close == a {
        return None;
    }
    let open = (floor..close).rev().find(|&i| is_open_quote(v.w(i)))?;
    // A quotation does not run over a paragraph break.
    if v.doc.text()[v.span(open).end()..v.span(close).start()].contains("\n\n") {
        return None;
    }
    Some((open, close))
}

/// The quotation with its marks (and the comma inside them), as attribution corpora mark it.
fn inner_quote_span(v: &View<'_>, open: usize, close: usize) -> Option<Span> {
    (open + 1 < close).then(|| v.span_of(open, close))
}

/// "according to X, ..." or "..., according to X."
fn according_to(v: &View<'_>, k: usize, a: usize, b: usize, claims: &[Claim]) -> Option<(Claim, usize)> {
    let end = content_end(v, a, b);
    let s0 = k + 2;
    let mut s_end = (s0..end).find(|&i| v.w(i) == ",").unwrap_or(end);
    if s0 >= s_end {
        return None;
    }
    // "According to the institute, a Washington-based think tank, troops ...": an apposition
    // between commas belongs to the source.
    // Only an indefinite description: "According to the ministry, the commander, who ..." has
    // the content's subject after the comma.
    if matches!(v.w(s_end + 1), "a" | "an") {
        let verb = |i: usize| v.is_finite_verb(i);
        if let Some(next) = (s_end + 2..end.min(s_end + 12)).find(|&i| v.w(i) == ",") {
            if next + 1 < end && !(s_end + 1..next).any(verb) {
                s_end = next;
            }
        }
    }
    // "according to a video posted by the military": who posted the evidence is the source.
    let evidence_head = (s0..s_end.min(s0 + 3)).any(|i| EVIDENCE_OBJECTS.contains(&v.w(i)));
    let source = match (s0..s_end).find(|&i| v.w(i) == "by") {
        Some(by) if evidence_head && by + 1 < s_end => {
            let agent = noun_phrase_source(v, by + 1, s_end - 1, claims);
            Source { span: Some(v.span_of(s0, s_end - 1)), entity: agent.entity }
        }
        _ => noun_phrase_source(v, s0, s_end - 1, claims),
    };
    // "SEOUL, Jan 8 (Reuters) - North Korea has shipped ..., according to ...": the dateline
    // is no part of what is claimed.
    // (The dash may stand right before "According to": then the content follows the source.)
    let mut first = skip_dateline(v, a, k + 1);
    // "Oct. 8-13: According to the NIS, ...", "UPDATE: Five people were killed, according to
    // ...": a label before a colon is no content; a count's is ("- 11,000 to 12,000: North
    // Korean troops sent to Russia, according to ..." gives the figure as what is claimed).
    if let Some(colon) = (first..k).rev().find(|&i| v.w(i) == ":") {
        let count_label = (first..colon).all(|i| {
            v.w(i).starts_with(|c: char| c.is_ascii_digit()) || v.is_punct(i) || matches!(v.w(i), "to" | "about" | "around" | "some" | "nearly" | "almost" | "over" | "more" | "than" | "up" | "at" | "least")
        }) && (first..colon).any(|i| v.w(i).starts_with(|c: char| c.is_ascii_digit()) && !v.in_time(i));
        if !count_label || colon + 1 == k {
            first = colon + 1;
        }
    }
    let content = if k > first + 1 {
        let last = if v.w(k - 1) == "," { k - 2 } else { k - 1 };
        v.span_of(first, last)
    } else if s_end + 1 < end {
        v.span_of(s_end + 1, end - 1)
    } else {
        return None;
    };
    let cue = v.span_of(k, k + 1);
    Some((build(v, source, Some(cue), content, ClaimStatus::Asserted, QuoteKind::Indirect, a, b), s_end))
}

/// "A video allegedly showing X circulated (on social media)": the evidence itself is the
/// subject and its source, if any, follows "by".
fn evidence_subject(v: &View<'_>, k: usize, a: usize, b: usize, claims: &[Claim]) -> Option<(Claim, usize)> {
    // "Geolocated footage published on November 1 indicates ...": a participle after the
    // evidence only describes it, unless it names who released it ("images released by a
    // private firm").
    if k > a && EVIDENCE_OBJECTS.contains(&v.w(k - 1)) && v.xpos(k).is_some_and(|x| x == "VBN") && v.w(k + 1) != "by" {
        return None;
    }
    let subject = (a..k).rev().find(|&i| EVIDENCE_OBJECTS.contains(&v.w(i)))?;
    // A caption's credit after its text already makes its claim ("..., in a still from a video
    // released by HUR. Photo: HUR"); without one, or with a credit to someone else ("...
    // released by KCNA. Photo: AFP"), the caption is what the release shows.
    let caption = v.doc.captions().iter().find(|c| c.contains(v.span(k))).copied();
    if let Some(c) = caption {
        let text = v.doc.slice(c).to_lowercase();
        let credit = CREDIT_WORDS.iter().filter_map(|(w, _)| text.match_indices(&format!("{w}:")).find(|(at, _)| *at > 0).map(|(at, _)| at)).min();
        let releaser = (k + 1..(k + 3).min(b)).find(|&i| v.w(i) == "by").map(|by| v.w(by + 1 + usize::from(v.w(by + 1) == "the")).to_string());
        let same_agent = match (credit, releaser) {
            (Some(at), Some(name)) => !name.is_empty() && text[at..].contains(name.as_str()),
            (Some(_), None) => true,
            _ => false,
        };
        if same_agent {
            return None;
        }
    }
    // The subject noun phrase: back over its words to the clause start; outside a caption not
    // past a verb or a preposition ("could not verify | the video released by HUR").
    // (In an uncredited caption, what it shows is the caption: "Photo: Marines at a range, in a
    // still from a video released by the Border Guard".)
    let mut first = subject;
    // ("Leaked footage": a participle before the noun is part of it.)
    let stop = |i: usize| caption.is_none() && v.xpos(i).is_some_and(|x| matches!(x, "VB" | "VBD" | "VBZ" | "VBP" | "MD" | "IN" | "TO" | "CC"));
    while first > a && v.is_word(first - 1) && subject - first < 6 && !stop(first - 1) {
        first -= 1;
    }
    if let Some(c) = caption {
        first = v.token_at_or_after(c.start()).max(a);
    }
    if first >= k {
        return None;
    }
    let end = content_end(v, a, b);
    // "New satellite imagery of the base shows 20 new tents, analysts said": what the imagery
    // shows is the content (up to a trailing attribution), not the imagery. ("showed" is a cue
    // verb of its own, read by the rules for speech.)
    // ("Geolocated footage published on November 5 indicates that ...": so for what it
    // indicates or suggests.)
    // ("Satellite images show ...": the plural only when no speaker follows in the sentence;
    // "Satellite images show ..., the institute said" is the institute's claim.)
    let speaker_after = (k + 1..end).any(|i| CUE_VERBS.iter().any(|(c, _)| *c == v.w(i)));
    if v.w(k) == "show" && speaker_after {
        return None;
    }
    let showing_verb = EVIDENCE_SHOWING.contains(&v.w(k));
    // ("Iranian drones shipped to Russia via Caspian Sea, documents show": a headline's
    // evidence after the comma shows what comes before it.)
    // (Of one word or more: "..., satellite images show".)
    let trailing = showing_verb && k + 1 >= end && subject + 1 == k && first >= a + 2 && v.w(first - 1) == "," && v.in_headline(v.span(k));
    if trailing {
        let opening = skip_dateline(v, a, first - 1);
        if opening + 1 < first - 1 {
            let content = v.span_of(opening, first - 2);
            let source = Source { span: None, entity: None };
            return Some((build(v, source, Some(v.span(k)), content, ClaimStatus::Asserted, QuoteKind::Indirect, a, b), k + 1));
        }
    }
    // ("What the Footage Shows": a headline's verb with nothing after it shows nothing; nor
    // does "did not show whether he had something in his hand", a question left open.)
    if showing_verb && (k + 1 >= end || matches!(v.w(k + 1), "whether" | "if")) {
        return None;
    }
    // ("shows 20 new tents", "shows “a column of tanks”": a number or a quotation is shown too.)
    let shown = showing_verb && k + 1 < end && (v.is_word(k + 1) || v.is_punct(k + 1) && is_open_quote(v.w(k + 1)) || v.w(k + 1).starts_with(|c: char| c.is_ascii_digit())) && v.w(k + 1) != "by";
    // ("a video circulated by X": who released it; not "shows a bridge destroyed by drones",
    // where the "by" is inside what is shown.)
    let by = if shown { None } else { (k + 1..end).find(|&i| v.w(i) == "by") };
    let source = match by {
        Some(by) if by + 1 < end => noun_phrase_source(v, by + 1, agent_end(v, by + 1, end) - 1, claims),
        _ => Source { span: None, entity: None },
    };
    // ("Satellite images taken on Wednesday and published by Maxar Technologies show ...": who
    // released what shows it, named inside its subject; a named agent before an unnamed one.)
    let source = if shown && source.span.is_none() {
        // (After a participle of release or capture only: not "Images of homes destroyed by
        // shelling show"; and a named agent only: not "captured by a security camera".)
        let released = |i: usize| RELEASE_VERBS.contains(&v.w(i)) || matches!(v.w(i), "taken" | "shot" | "filmed" | "captured" | "obtained" | "provided" | "analysed" | "analyzed" | "reviewed");
        // (Past the time it was taken: "taken on Thursday morning by Planet Labs".)
        let participle_before = |i: usize| released(before_the_time(v, i, subject + 1));
        // (Or right after the evidence: "Satellite images from Planet Labs taken on Dec. 14
        // show".)
        (subject + 1..k)
            .filter(|&i| (v.w(i) == "by" && participle_before(i) || v.w(i) == "from" && i == subject + 1) && i + 1 < k)
            .map(|by| (v.w(by) == "from", noun_phrase_source(v, by + 1, agent_end(v, by + 1, k).max(by + 2) - 1, claims)))
            // (From a firm or a body, not from where: "Images from Gaza show".)
            .find(|(from, s)| s.entity.is_some_and(|e| !*from || matches!(v.doc.entities().entities[e].entity_type, EntityType::Org | EntityType::Unit | EntityType::Per)))
            .map_or(source, |(_, s)| s)
    } else {
        source
    };
    // "there is no evidence that this video shows them": nothing is said to be shown; "called
    // for footage to be released", "should be released": no release yet.
    if (a..first).any(|i| v.w(i) == "no" && v.w(i + 1) == "evidence") || v.w(k - 1) == "be" {
        return None;
    }
    // "The clip has faced ridicule since it was released": a pronoun is the subject here.
    let before_verb = if k >= 2 && is_be(v.w(k - 1)) { k - 2 } else { k - 1 };
    if before_verb > subject && PRONOUNS.contains(&v.w(before_verb)) && !(k + 1..(k + 3).min(b)).any(|i| v.w(i) == "by") {
        return None;
    }
    let content = if shown {
        let c_end = trailing_attribution(v, k + 1, end).unwrap_or(end);
        // (Nor is a lone pronoun what it shows.)
        if c_end <= k + 1 || c_end == k + 2 && PRONOUNS.contains(&v.w(k + 1)) {
            return None;
        }
        v.span_of(k + 1, c_end - 1)
    } else {
        // "the same footage was | published by KCNA": the footage, without its auxiliary; not
        // a lone pronoun with nobody releasing it ("since it was released on Tuesday").
        let last = if k > first + 1 && is_be(v.w(k - 1)) { k - 2 } else { k - 1 };
        if last == first && PRONOUNS.contains(&v.w(first)) && source.span.is_none() {
            return None;
        }
        v.span_of(first, last)
    };
    // ("A video appeared to show ...", "seems to show": shown with a hedge.)
    let hedged = k >= 2 && v.w(k - 1) == "to" && SEEMING_VERBS.contains(&v.w(k - 2));
    // ("Video does not show troops arriving": what it is said to show, denied.)
    let negated = k >= 1 && matches!(v.w(k - 1), "not" | "n't" | "n’t" | "never");
    let status = if negated {
        ClaimStatus::Denied
    } else if hedged {
        ClaimStatus::Hedged
    } else {
        ClaimStatus::Asserted
    };
    let claim = build(v, source, Some(v.span(k)), content, status, QuoteKind::None, a, b);
    Some((claim, k + 1))
}

/// The end of the agent's noun phrase after "by" at `from` ("released by a private firm | on
/// Monday appear to show ..."): before the first verb, preposition other than "of", time
/// expression or punctuation.
fn agent_end(v: &View<'_>, from: usize, end: usize) -> usize {
    (from + 1..end)
        .find(|&i| {
            !v.is_word(i)
                || v.in_time(i)
                || v.xpos(i).is_some_and(|x| x.starts_with("VB") || x == "MD" || x == "IN" && v.w(i) != "of" || x == "WDT")
        })
        .unwrap_or(end)
}

/// "assertions by X that ...": a claim by X embedded in another statement.
fn noun_cue(v: &View<'_>, k: usize, b: usize, claims: &[Claim]) -> Option<(Claim, usize)> {
    if !matches!(v.w(k + 1), "by" | "from") {
        return None;
    }
    let that = (k + 2..(k + 14).min(b)).find(|&i| v.w(i) == "that")?;
    let source = noun_phrase_source(v, k + 2, that - 1, claims);
    source.entity?;
    let a = v.doc.sentence_at(v.span(k).start()).map_or(k, |s| s.first_token);
    let end = content_end(v, a, b);
    if that + 1 >= end {
        return None;
    }
    let content = v.span_of(that + 1, end - 1);
    let claim = build(v, source, Some(v.span(k)), content, ClaimStatus::Asserted, QuoteKind::Indirect, a, b);
    Some((claim, that + 1))
}

/// The speaker of a participle cue ("..., saying that"): the source of an earlier claim of the
/// sentence, or else the first name or pronoun of the sentence.
fn participle_source(v: &View<'_>, k: usize, a: usize, claims: &[Claim], first_in_sentence: usize) -> Option<Source> {
    if let Some(prev) = claims[first_in_sentence..].last() {
        return Some(Source { span: prev.source_span, entity: prev.source_entity });
    }
    // (Past a dateline: "KESSA, Feb. 27 (Baltic Wire) - Varnia's Border Guard Service ...".)
    let a = skip_dateline(v, a, k);
    // ("Pyongyang and Moscow have not confirmed the deployment, but Putin did not deny it,
    // saying ...": the clause the participle closes has a subject of its own.)
    // (Only a clause with a subject of its own before its verb: not "..., but did not deny
    // it, saying".)
    let own_subject = |from: usize| {
        (from..k).find(|&j| v.is_finite_verb(j)).is_some_and(|verb| {
            verb > from && (from..verb).any(|j| v.entity_at(j).is_some() || PRONOUNS.contains(&v.w(j)) || v.xpos(j).is_some_and(|x| x.starts_with("NN")))
        })
    };
    let a = (a + 1..k.saturating_sub(2))
        .rev()
        .map(|i| (i, if v.w(i) == ";" { i + 1 } else { i + 2 }))
        .find(|&(i, from)| (v.w(i) == ";" || v.w(i) == "," && matches!(v.w(i + 1), "but" | "while" | "whereas" | "and")) && own_subject(from))
        .map_or(a, |(_, from)| from);
    let sentence_start = v.span(a).start();
    let cue_start = v.span(k).start();
    // The subject: a name before the sentence's first verb ("It withdrew a claim that a
    // general had been killed, saying ...": not the general).
    // Else the first name before the cue outside a "that" clause ("The spot concludes with
    // footage of Trump saying ...").
    let first_verb = (a..k).find(|&i| v.is_finite_verb(i));
    let before_verb = |m: &&EntityMention| first_verb.is_none_or(|f| m.span.end() <= v.span(f).start());
    let outside_that = |m: &&EntityMention| {
        let t = v.token_at_or_after(m.span.start());
        !(a..t).any(|i| v.w(i) == "that")
    };
    let before_cue = v.doc.entities().mentions.iter().filter(|m| m.span.start() >= sentence_start && m.span.end() <= cue_start);
    // ("Kremlin spokesman Dmitry Peskov denied ..., calling": the person the organisation's
    // title names, not the organisation; not a name in an aside, "Zelensky, speaking alongside
    // Donald Tusk, ...".)
    let layer = v.doc.entities();
    let titled = |m: &EntityMention| {
        if !matches!(layer.entities[m.entity].entity_type, EntityType::Org | EntityType::Gpe) {
            return None;
        }
        let from = v.token_at_or_after(m.span.end());
        let title = (from..(from + 3).min(k)).take_while(|&i| is_title(v.w(i)) || matches!(v.w(i), "spokesman" | "spokeswoman" | "spokesperson")).last()?;
        v.entity_at(title + 1).filter(|p| layer.entities[p.entity].entity_type == EntityType::Per && v.token_at_or_after(p.span.start()) == title + 1).copied()
    };
    let first_named = before_cue.clone().find(before_verb).map(|m| titled(m).unwrap_or(*m));
    if let Some(m) = first_named.or_else(|| before_cue.clone().find(outside_that).copied()) {
        return Some(Source { span: Some(m.span), entity: Some(m.entity) });
    }
    let p = (a..k).find(|&i| PRONOUNS.contains(&v.w(i)))?;
    Some(Source { span: Some(v.span(p)), entity: resolve_pronoun(v, v.w(p), p, claims) })
}

/// The source named by the subject ending at token `h`.
fn subject_source(v: &View<'_>, h: usize, a: usize, claims: &[Claim]) -> Option<Source> {
    let (head, last) = skip_insertion(v, h, a)?;
    let mut source = head_source(v, head, a, claims)?;
    // The source keeps its apposition or parenthesis: "Rep. Ann Olsen (D-Wis.)", "Ann Olsen,
    // the mayor,".
    if last > head {
        source.span = source.span.map(|s| s.cover(v.span(last)));
    }
    Some(source)
}

/// Steps back over a parenthesis ("NIS (the agency)") or an apposition between commas
/// ("Olsen, the mayor,") that stands between a subject and its cue. Returns the head token of
/// the subject and the last token of the whole subject.
fn skip_insertion(v: &View<'_>, h: usize, a: usize) -> Option<(usize, usize)> {
    match v.w(h) {
        ")" => {
            let open = (h.saturating_sub(10).max(a)..h).rev().find(|&i| v.w(i) == "(")?;
            (open > a).then(|| (open - 1, h))
        }
        "," => {
            let open = (h.saturating_sub(30).max(a)..h).rev().find(|&i| v.w(i) == ",")?;
            // "X, speaking in Y, said": the head is before the first comma.
            // (Not a clause between them, which is what was said: "Attacks, such as the
            // incursion in August, could be used to justify it, said Yang".)
            // (A relative clause is an insertion: "One villager, who asked not to be named,".)
            let verb = (open + 1..h).find(|&i| v.is_finite_verb(i));
            // (Nor one opened by a subordinator: "Peskov, asked whether troops were in Russia,
            // said ...", "The minister, as he left, said ...".)
            let clause = verb.is_some_and(|f| {
                !(open + 1..f).any(|i| {
                    matches!(v.w(i), "who" | "which" | "that" | "whose" | "whom" | "where")
                        || matches!(v.w(i), "whether" | "if" | "when" | "as" | "while" | "because" | "after" | "before" | "since" | "although" | "though")
                })
            });
            if open <= a || !v.is_word(open - 1) || clause {
                return None;
            }
            // "Ukrinform, the state news agency, citing Demchuk, reported": an apposition before
            // the insertion describes the name before it, whose head that is.
            let citing = CITING_WORDS.contains(&v.w(open + 1));
            let apposition = (open.saturating_sub(10).max(a)..open).rev().find(|&i| v.w(i) == ",").filter(|&c| {
                c > a && v.is_word(c - 1) && matches!(v.w(c + 1), "the" | "a" | "an") && !(c + 1..open).any(|i| v.is_finite_verb(i) || v.w(i) == ",")
            });
            // (A name, not a place opening the sentence: "On Monday in Kyiv, the state
            // broadcaster, citing officials, said".)
            let named = |c: usize| v.entity_at(c - 1).is_some_and(|m| !v.doc.entities().entities[m.entity].entity_type.is_place());
            // ("The group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), said": a description
            // whose apposition is a name speaks as that name.)
            let described_then_named = open >= a + 2 && v.w(open - 2) == "the" && v.xpos(open - 1).is_some_and(|x| x == "NN" || x == "NNS") && named_apposition(v, open).is_some();
            if described_then_named {
                return Some((open + 1, h));
            }
            match apposition {
                Some(c) if citing && named(c) => Some((c - 1, h)),
                _ => Some((open - 1, h)),
            }
        }
        _ => Some((h, h)),
    }
}

/// The source whose head word is token `h`.
fn head_source(v: &View<'_>, h: usize, a: usize, claims: &[Claim]) -> Option<Source> {
    if let Some(m) = v.entity_at(h) {
        let mut span = m.span;
        let mut entity = m.entity;
        let first = v.token_at_or_after(span.start());
        // "the foreign ministry in Baku said", "officials in Kyiv said": the place says where
        // the source is; the head is before the preposition.
        if v.doc.entities().entities[m.entity].entity_type.is_place()
            && first > a + 1
            && matches!(v.w(first - 1), "in" | "at")
            && v.is_word(first - 2)
            && !NP_BREAKERS.contains(&v.w(first - 2))
        {
            if let Some(head) = head_source(v, first - 2, a, claims).filter(|s| s.span.is_some()) {
                return Some(Source { span: head.span.map(|s| s.cover(span)), entity: head.entity });
            }
        }
        // "analysts at the Center for Strategic Studies said", "officials of the ministry
        // said": people speaking for an organisation are named with it; it is the source.
        if !v.doc.entities().entities[m.entity].entity_type.is_place() {
            let mut p = first;
            if p > a && matches!(v.w(p - 1), "the" | "a" | "an") {
                p -= 1;
            }
            let speakers = p > a + 1
                && matches!(v.w(p - 1), "at" | "of" | "from" | "with")
                && matches!(v.w(p - 2), "officials" | "analysts" | "experts" | "researchers" | "sources" | "spokesman" | "spokeswoman" | "spokesperson");
            if speakers {
                return Some(Source { span: Some(v.span(p - 2).cover(span)), entity: Some(entity) });
            }
            // "the General Staff of the Armed Forces of Ukraine said": a body of another named
            // body is the one that speaks.
            let body = (p > a + 1 && v.w(p - 1) == "of")
                .then(|| v.entity_at(p - 2))
                .flatten()
                .filter(|o| o.entity != entity && matches!(v.doc.entities().entities[o.entity].entity_type, EntityType::Org | EntityType::Unit));
            if let Some(body) = body {
                return Some(Source { span: Some(body.span.cover(span)), entity: Some(body.entity) });
            }
        }
        // "NIS’s Friday press release": an entity inside is the owner, not the head.
        if v.doc.entities().entities[m.entity].entity_type.is_place() {
            if let Some(owner) = possessor_before(v, h, a) {
                span = owner.0.cover(span);
                entity = owner.1;
            }
        }
        // "Mr. Olsen", "Sen. Olsen": the title belongs to how the source is named.
        let first = v.token_at_or_after(span.start());
        if first > a && is_title(v.w(first - 1)) {
            span = v.span(first - 1).cover(span);
        }
        // "Russia's Defense Ministry": the owner is part of how the source is named.
        let first = v.token_at_or_after(span.start());
        if first > a + 1 && matches!(v.w(first - 1), "’s" | "'s") {
            if let Some(owner) = v.entity_at(first - 2) {
                span = owner.span.cover(span);
            }
        }
        return Some(Source { span: Some(span), entity: Some(entity) });
    }
    let w = v.w(h);
    if PRONOUNS.contains(&w) {
        return Some(Source { span: Some(v.span(h)), entity: resolve_pronoun(v, w, h, claims) });
    }
    if !v.is_word(h) || NOT_SOURCE_HEADS.contains(&w) {
        return None;
    }
    // A noun phrase: back to its determiner, or to the start of the clause (and over a
    // name's abbreviation in parentheses: "the Maritime Trade Operations (UKMTO) agency").
    let mut first = h;
    let mut reach = 8;
    while first > a && h - first < reach {
        if let Some(open) = parenthesis_before(v, a, first) {
            reach += first - open;
            first = open;
            continue;
        }
        let prev = v.w(first - 1);
        let possessive = matches!(prev, "’s" | "'s");
        if !(v.is_word(first - 1) || possessive) || NP_BREAKERS.contains(&prev) {
            break;
        }
        first -= 1;
        if matches!(prev, "the" | "a" | "an" | "several" | "some" | "many" | "two" | "three" | "most" | "other" | "another" | "one") {
            break;
        }
    }
    // "The union representing the crews said": the phrase before the participle is the subject.
    if first > a + 1 && v.is_word(first - 1) && v.w(first - 1).ends_with("ing") && v.w(first - 1).len() > 4 {
        if let Some(src) = head_source(v, first - 2, a, claims) {
            return Some(src);
        }
    }
    // ("a London think tank said": a place before a new source's head names where it works,
    // not who speaks; "the Kremlin spokesman", "a U.S. official" keep their owner.)
    // (A nationality speaks through its officials, forces and press, not through a private
    // person or firm of it: "the ship's Greek manager" is no voice of the Greeks.)
    let private = PRIVATE_ROLES.contains(&w) || (first..h).any(|i| matches!(v.w(i), "'s" | "’s"));
    let owner = (first..h)
        .filter_map(|i| v.entity_at(i))
        .filter(|m| !private || v.doc.entities().entities[m.entity].entity_type != EntityType::Norp)
        .find(|m| !works_in_place(v, m, first, h))
        .map(|m| m.entity);
    let capitalised = v.doc.slice(v.span(h)).chars().next().is_some_and(char::is_uppercase);
    // ("A local official told reporters": someone new, not the last source; "A spokesman said"
    // after the body he speaks for is still that body's.)
    let brought_in = INDEFINITE_OPENERS.contains(&v.w(first)) && !matches!(w, "spokesman" | "spokeswoman" | "spokesperson" | "statement");
    let entity = owner.or_else(|| if SOURCE_NOUNS.contains(&w) && !brought_in { described_source(v, h, claims) } else { None });
    // ("..., diplomats told Reuters", "..., doctors say": a bare plural right after the comma
    // that closes what was said names the speakers.)
    // (After a clause: not "Within hours, tests confirmed that ...".)
    // (A headline drops the article: "..., monitor says".)
    let in_headline = v.in_headline(v.span(h));
    let bare_noun = v.xpos(h) == Some("NNS") || in_headline && v.xpos(h) == Some("NN");
    // (A headline's news may have no verb: "Five soldiers dead after drone strike, army says".)
    let speakers_after_comma = first == h
        && bare_noun
        && h > a
        && v.w(h - 1) == ","
        && ((a..h - 1).any(|i| v.is_finite_verb(i) || in_headline && v.xpos(i).is_some_and(|x| x.starts_with("VB"))) || in_headline && h > a + 4);
    // ("...; army says 12 soldiers died": a headline's clause after its semicolon opens anew.)
    let after_semicolon = in_headline && first > a && v.w(first - 1) == ";" && bare_noun;
    if first == h && !capitalised && !SOURCE_NOUNS.contains(&w) && first > a && !speakers_after_comma && !after_semicolon {
        // A bare lower-case word that is not a known source noun after other words is more
        // likely the end of a clause ("... and the results said") than a source.
        return None;
    }
    Some(Source { span: Some(v.span_of(first, h)), entity })
}

fn is_title(w: &str) -> bool {
    matches!(
        w,
        "mr." | "mrs." | "ms." | "dr." | "sen." | "rep." | "gov." | "gen." | "prof." | "president" | "senator"
            | "governor" | "minister" | "secretary" | "judge" | "mayor" | "general" | "adm." | "lt." | "col."
    )
}

/// An entity followed by a possessive within a few tokens before `h`.
fn possessor_before(v: &View<'_>, h: usize, a: usize) -> Option<(Span, usize)> {
    (h.saturating_sub(5).max(a)..h).find_map(|i| {
        let m = v.entity_at(i)?;
        let after = v.token_at_or_after(m.span.end());
        matches!(v.w(after), "’s" | "'s").then_some((m.span, m.entity))
    })
}

/// A source named by the words `[first, last]` after a cue ("the press release", "NIS").
fn noun_phrase_source(v: &View<'_>, first: usize, last: usize, claims: &[Claim]) -> Source {
    if first > last || last >= v.len() {
        return Source { span: None, entity: None };
    }
    // "according to two statements released by Washington": who released what the source
    // names speaks.
    // ("Satellite images taken on Thursday morning by Planet Labs showed": past the time.)
    let releasing = |i: usize| {
        matches!(v.w(before_the_time(v, i, first)), "released" | "issued" | "published" | "posted" | "distributed" | "provided" | "shared" | "taken" | "filmed" | "captured" | "obtained")
    };
    if let Some(by) = (first + 2..last).find(|&i| v.w(i) == "by" && releasing(i)) {
        let inner = noun_phrase_source(v, by + 1, last, claims);
        if inner.entity.is_some() {
            return Source { span: Some(v.span_of(first, last)), entity: inner.entity };
        }
    }
    // "Lawmaker Park quoted the agency as (saying)": the one quoted is the originator, as with
    // "citing the agency".
    if last > first + 1 && v.w(last) == "as" {
        if let Some(q) = (first + 1..last - 1).find(|&i| matches!(v.w(i), "quoted" | "cited")) {
            return noun_phrase_source(v, q + 1, last - 1, claims);
        }
    }
    // "Kremlin spokesman Dmitry Peskov on Monday": the day the statement was made is no part of
    // who made it ("A memorable Hillary Clinton ad in 2008" keeps its year).
    let mut last = last;
    // (Not "the inquiry on Sunday's shelling".)
    if let Some(t) = (first + 2..=last).find(|&i| v.w(i - 1) == "on" && v.in_time(i) && WEEKDAYS.contains(&v.w(i)) && !matches!(v.w(i + 1), "'s" | "’s")) {
        last = t - 2;
    }
    // "..., which first reported ...": the relative pronoun stands for the name before its comma.
    if first == last && matches!(v.w(first), "which" | "who") && first >= 2 && v.w(first - 1) == "," {
        if let Some(m) = v.entity_at(first - 2) {
            return Source { span: Some(v.span(first)), entity: Some(m.entity) };
        }
    }
    // (A span that runs on into a verb and its named object is a clause, "Minister Kim
    // summoned Ambassador Zinoviev ... and demanded": its subject before the verb is the source,
    // not the object. Not a relative clause or an apposition: "Ed Rendell, who served as ...",
    // "everyone I interviewed".)
    let clause_verb = (first + 1..=last)
        .take_while(|&i| !matches!(v.w(i), "," | "who" | "whom" | "which" | "that" | "(" | "--" | "—" | "–"))
        // (Not a word of a name the tagger misreads: "Ministry of Foreign Affairs spokeswoman".)
        .find(|&i| v.is_finite_verb(i) && v.entity_at(i).is_none() && !matches!(v.w(i), "'s" | "’s"))
        .filter(|&verb| (verb + 1..=last).any(|i| v.entity_at(i).is_some()));
    if let Some(verb) = clause_verb {
        last = verb - 1;
    }
    let span = v.span_of(first, last);
    // The head of the phrase: its last word before a comma or a preposition ("ministry
    // spokesman Igor Sorokin", "Lars Ekholm, a senior analyst at the institute", "Lars Ekholm of
    // the institute"); a name there is the source, not the organisation modifying it.
    let head_end = (first + 1..=last)
        .find(|&i| matches!(v.w(i), "," | "(" | "of" | "at" | "for" | "from" | "with" | "who" | "which" | "that"))
        .unwrap_or(last + 1);
    if head_end > first {
        let head = head_end - 1;
        // ("The group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), said": a description named
        // in apposition is that name's, whatever body the description alone would take up.)
        // (So is "A French military spokesman, Colonel Pierre Lavigne,".)
        // (Not past "close to": "A source close to the president, Vladimir Putin,".)
        let close_to = (first..head_end).any(|i| v.w(i) == "close");
        let named = (v.w(head_end) == "," && matches!(v.w(first), "the" | "a" | "an") && head_end < last && !close_to).then(|| named_apposition(v, head_end)).flatten();
        let described = v.entity_at(head).is_none_or(|m| m.kind == sitrep_doc::MentionKind::Anaphor);
        if let Some(m) = named.filter(|_| described) {
            return Source { span: Some(span), entity: Some(m.entity) };
        }
        let past_close = close_to && (first..head).any(|i| v.w(i) == "close" && v.w(i + 1) == "to");
        if let Some(m) = v.entity_at(head).filter(|m| !v.doc.entities().entities[m.entity].entity_type.is_place() && !past_close) {
            return Source { span: Some(span), entity: Some(m.entity) };
        }
    }
    // "New satellite imagery of a training ground near Sergeevka": a place where evidence was
    // taken does not speak (a country that releases it does: "Ukraine's footage").
    let head = head_end.saturating_sub(1).max(first);
    let evidence_head = EVIDENCE_OBJECTS.contains(&v.w(head));
    // "three people familiar with the matter and internal Russian military documents": of
    // sources joined by "and", the first speaks for the claim (a name of the second is not it).
    let first_conjunct = (first + 1..last).find(|&i| v.w(i) == "and" && v.entity_at(i).is_none()).map_or(last, |i| i - 1);
    // (Nor is whom an unnamed source is close to: "A source close to President Ivan Petrenko".)
    let first_conjunct = (first + 1..=first_conjunct).find(|&i| v.w(i) == "close" && v.w(i + 1) == "to").map_or(first_conjunct, |i| i - 1);
    // (A nationality speaks as a side, not through a private person or firm of it: "the ship's
    // Greek manager" is no voice of the Greeks, see PRIVATE_ROLES.)
    let private = PRIVATE_ROLES.contains(&v.w(head)) || (first..head).any(|i| matches!(v.w(i), "'s" | "’s"));
    let as_a_side = |m: &sitrep_doc::EntityMention| {
        !private || v.doc.entities().entities[m.entity].entity_type != EntityType::Norp || v.entity_at(head).is_some_and(|h| h.entity == m.entity)
    };
    // (The longest name: "The Russian embassy in Warsaw" is the embassy's, not the Russians'.)
    let entity = (first..=first_conjunct)
        .filter_map(|i| v.longest_entity_at(i))
        .filter(|m| as_a_side(m))
        .find(|m| !v.doc.entities().entities[m.entity].entity_type.is_place())
        // ("The shipowner, a company registered in Cyprus,": where a firm is registered or
        // based does not speak; "officials in Kyiv" stand for their government.)
        .or_else(|| {
            // (Over the mention's article: "registered in the Marshall Islands".)
            let situated = |i: usize| {
                let mut p = v.entity_at(i).map_or(i, |m| v.token_at_or_after(m.span.start()));
                while p > first && v.xpos(p - 1) == Some("DT") {
                    p -= 1;
                }
                p >= first + 2 && v.xpos(p - 1) == Some("IN") && v.xpos(p - 2) == Some("VBN")
            };
            // ("a London think tank": where a new source works is not who speaks.)
            let attributive = |i: usize| v.entity_at(i).is_some_and(|m| works_in_place(v, m, first, head));
            // ("The governor of Russia's Belgorod region": the place a head is "of" is its own,
            // the last named, not the first owner; "Russia's embassy in Washington" keeps its
            // owner.)
            // (Only the phrase after "of", to its first preposition or comma: not "The mayor of
            // Kharkiv in northeastern Ukraine", "The ambassador of Ukraine to Britain".)
            let of_end = (head_end + 1..=first_conjunct).find(|&i| matches!(v.w(i), "," | "in" | "to" | "near" | "at" | "for" | "from")).map_or(first_conjunct, |i| i - 1);
            let of_place = (v.w(head_end) == "of").then(|| (head_end + 1..=of_end).rev().filter(|&i| !situated(i)).find_map(|i| v.entity_at(i))).flatten();
            // (Not a place in a clause after the head: "The Britain-based war monitor, which
            // relies on a network of sources inside Syria,".)
            let relative_after = matches!(v.w(head_end), "who" | "which" | "that") || v.w(head_end) == "," && matches!(v.w(head_end + 1), "who" | "which" | "that");
            let phrase_end = if relative_after { head_end.saturating_sub(1) } else { first_conjunct };
            if evidence_head {
                None
            } else {
                of_place.or_else(|| (first..=phrase_end.min(first_conjunct)).filter(|&i| !situated(i) && !attributive(i)).filter_map(|i| v.entity_at(i)).find(|m| as_a_side(m)))
            }
        })
        .map(|m| m.entity)
        .or_else(|| {
            let w = v.w(last);
            if PRONOUNS.contains(&w) {
                resolve_pronoun(v, w, last, claims)
            } else if SOURCE_NOUNS.contains(&v.w(head))
                && (!INDEFINITE_OPENERS.contains(&v.w(first)) || matches!(v.w(head), "spokesman" | "spokeswoman" | "spokesperson" | "statement"))
            {
                // "the statement", "the ministry": a description of an earlier source; not
                // any other noun ("one analyst who asked not to be named"), nor a new one ("a
                // local official", "another official").
                described_source(v, head, claims)
            } else {
                None
            }
        });
    Source { span: Some(span), entity }
}

/// "the press release", "the statement": the source of the last claim that rested on one, or
/// else the last source.
fn described_source(v: &View<'_>, h: usize, claims: &[Claim]) -> Option<usize> {
    let w = v.w(h);
    let wanted = match w {
        "release" | "statement" => Some(Evidence::PressRelease),
        "video" | "footage" => Some(Evidence::Video),
        _ => None,
    };
    if GENERIC_SOURCE_NOUNS.contains(&w) {
        return None;
    }
    let start = v.span(h).start();
    // "the paramilitary group", "the Islamist militia": the organisation the text introduced
    // with that word ("the paramilitary Rapid Support Forces").
    // (Else only by a describing word: "the paramilitary group".)
    if matches!(w, "group" | "militia" | "movement" | "organization" | "organisation") {
        let modifier = v.w(h.saturating_sub(1));
        // ("The RSF did not respond. In the past the group has denied ...": "the group" right
        // after a sentence opened by one is that organisation; not a state's ministry.)
        if modifier == "the" {
            return previous_organisation(v, h).filter(|&e| v.doc.entities().entities[e].org_kind != Some(sitrep_doc::OrgKind::GovernmentAgency));
        }
        // ("M23 rebels seize town ..., UN mission says; group denies attacking civilians": a
        // headline drops the article; the group is the one it named before, no state's body
        // or outlet.)
        if h > 0 && !v.is_word(h - 1) && v.in_headline(v.span(h)) {
            let layer = v.doc.entities();
            return layer
                .mentions
                .iter()
                .rev()
                .filter(|m| m.span.end() <= start && v.in_headline(m.span))
                // (Not the one who says the headline's other statement: "UN mission says".)
                .filter(|m| !claims.iter().any(|c| c.source_entity == Some(m.entity) && c.cue_span.is_some_and(|k| v.in_headline(k))))
                .find(|m| {
                    let e = &layer.entities[m.entity];
                    matches!(e.entity_type, EntityType::Org | EntityType::Unit)
                        && !matches!(e.org_kind, Some(sitrep_doc::OrgKind::GovernmentAgency | sitrep_doc::OrgKind::MediaOutlet))
                        && e.country.is_none()
                })
                .map(|m| m.entity);
        }
        if h == 0 || matches!(modifier, "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her") || !v.is_word(h - 1) {
            return None;
        }
        let layer = v.doc.entities();
        let introduced = layer.mentions.iter().rev().filter(|m| m.span.end() <= start).find(|m| {
            let t = v.token_at_or_after(m.span.start());
            t >= 1 && v.w(t - 1) == modifier && matches!(layer.entities[m.entity].entity_type, EntityType::Org | EntityType::Unit)
        });
        return introduced.map(|m| m.entity);
    }
    // "The institute published a report on Tuesday. ... the report said": who published the
    // report it names again, not whoever spoke last.
    if REPORT_WORDS.contains(&w) {
        if let Some(author) = author_of(v, &[w], h) {
            return Some(author);
        }
    }
    // "Ukrinform, the state news agency, citing the governor, reported": a news agency or
    // broadcaster is an outlet, the one its sentence has named; never another body.
    let newsroom = matches!(w, "broadcaster" | "newspaper" | "outlet" | "channel" | "tabloid" | "daily" | "wire")
        || w == "agency" && (h.saturating_sub(3)..h).any(|i| matches!(v.w(i), "news" | "press" | "wire"));
    if newsroom {
        let layer = v.doc.entities();
        let outlet = |e: usize| layer.entities[e].org_kind == Some(sitrep_doc::OrgKind::MediaOutlet);
        let sentence_start = v.doc.sentence_at(start).map_or(0, |s| s.span.start());
        let named_here = layer.mentions.iter().rev().find(|m| m.span.start() >= sentence_start && m.span.end() <= start && outlet(m.entity)).map(|m| m.entity);
        // ("..., obtained by the Estonian daily Harju Teataja. ... the newspaper reported": the
        // bare word after "the" takes up the last outlet the text introduced with a word of
        // its kind, a paper as a paper, a broadcaster as one; not the one publishing.)
        let bare = |n: &str| n.trim_start_matches("The ").trim_start_matches("the ").to_lowercase();
        let publisher = v.doc.meta().outlet.as_deref().map(bare);
        let kind_of = |word: &str| match word {
            "newspaper" | "daily" | "paper" | "weekly" | "tabloid" => Some(0),
            "broadcaster" | "channel" | "television" | "tv" => Some(1),
            "agency" | "wire" => Some(2),
            _ => None,
        };
        let introduced_as = |m: &EntityMention| {
            let t = v.token_at_or_after(m.span.start());
            t > 0 && kind_of(v.w(t - 1)).is_some() && kind_of(v.w(t - 1)) == kind_of(w)
        };
        let taken_up = (v.w(h.wrapping_sub(1)) == "the")
            .then(|| {
                layer.mentions.iter().rev().filter(|m| m.span.end() <= start && outlet(m.entity)).find(|m| introduced_as(m) && Some(bare(&layer.entities[m.entity].name)) != publisher)
            })
            .flatten()
            .map(|m| m.entity);
        // ("Reporter killed in drone strike, broadcaster says" over "a camera operator for the
        // Lebanese broadcaster Al-Mayadeen": a headline's bare word is the outlet the text
        // introduces with it next.)
        let headline_word = v.in_headline(v.span(h)) && (h == 0 || !v.is_word(h - 1));
        let introduced_next = headline_word
            .then(|| layer.mentions.iter().filter(|m| m.span.start() > start && outlet(m.entity)).find(|m| introduced_as(m) && Some(bare(&layer.entities[m.entity].name)) != publisher))
            .flatten()
            .map(|m| m.entity);
        // (Unnamed in its sentence, it is none of the outlets that spoke before: "Reuters
        // reported the blast. The state broadcaster said ...".)
        return named_here.or(taken_up).or(introduced_next);
    }
    let before = claims.iter().filter(|c| c.content.start() < start && c.source_entity.is_some());
    // "The government urged calm. A spokesman said ...": the organisation the sentence before
    // opens with.
    if matches!(w, "spokesman" | "spokeswoman" | "spokesperson") {
        // ("The Pentagon's estimate was lower: a spokesman said ...": the organisation named
        // earlier in the same sentence.)
        // (Only the one opening the sentence, before a colon: not "Responding to a Reuters
        // report, a spokesman said", nor "After Hamas fired rockets, a spokesman said".)
        let sentence = v.doc.sentence_at(start);
        let layer = v.doc.entities();
        let colon_before = sentence.is_some_and(|s| (s.first_token..h).any(|i| v.w(i) == ":"));
        let opener = sentence.filter(|_| colon_before).and_then(|s| {
            layer.mentions.iter().find(|m| {
                let t = v.token_at_or_after(m.span.start());
                m.span.end() <= start
                    && (t == s.first_token || t == s.first_token + 1 && v.w(s.first_token) == "the")
                    && matches!(layer.entities[m.entity].entity_type, EntityType::Org | EntityType::Unit)
                    && layer.entities[m.entity].org_kind != Some(sitrep_doc::OrgKind::MediaOutlet)
            })
        });
        if let Some(m) = opener {
            return Some(m.entity);
        }
        if let Some(e) = previous_organisation(v, h) {
            return Some(e);
        }
    }
    // ("Finnish customs said ... Police said ...": police, customs or prosecutors speak as
    // themselves, a source named with that word before, never another body.)
    // (By the word, its singular or a word of the service's name: "Prosecutors said" after
    // "the Prosecutor General's Office", "rescuers" after "the State Emergency Service".)
    if let Some((_, name_words)) = SERVICES_OF_THEIR_OWN.iter().find(|(word, _)| *word == w) {
        let layer = v.doc.entities();
        let fits = |e: usize| {
            let name = layer.entities[e].name.to_lowercase();
            name.split(|c: char| !c.is_alphanumeric()).any(|n| name_words.contains(&n))
        };
        return before.filter_map(|c| c.source_entity).filter(|&e| fits(e)).next_back();
    }
    // "A spokesman said" speaks for an organisation or person, not for a place; "the ministry
    // said", "the agency said" for a body, never a person ("Rep. Moss said ... the ministry
    // said").
    let body = BODY_HEADS.contains(&w) || matches!(w, "military" | "army" | "government" | "department" | "ministers");
    // ("The provincial government said ...": a government of a level below the state is a new
    // body, not the disaster authority that spoke before.)
    if w == "government" && h > 0 && matches!(v.w(h - 1), "provincial" | "regional" | "local" | "state" | "city" | "municipal" | "county" | "district" | "territorial") {
        return None;
    }
    // ("the government said": a state or a body of one, not a firm or an agency of other kind.)
    let governing = |e: usize| {
        let x = &v.doc.entities().entities[e];
        w != "government" || x.entity_type == EntityType::Gpe || x.org_kind == Some(sitrep_doc::OrgKind::GovernmentAgency)
    };
    let not_place = |c: &&Claim| {
        c.source_entity.is_some_and(|e| {
            let t = v.doc.entities().entities[e].entity_type;
            !t.is_place() && !(body && t == EntityType::Per) && governing(e)
        })
    };
    let fitting = before.clone().filter(|c| wanted.is_some_and(|e| c.evidence.contains(&e))).next_back();
    fitting.or_else(|| before.filter(not_place).next_back()).and_then(|c| c.source_entity)
}

/// Who published the report (or study, or other of `words`) that the text introduced before
/// token `h`: the first use of the word that names its author, as "a report published by the
/// Centre", "the institute's report" or "The institute published a report". Earlier uses that
/// name none ("The Kremlin dismissed reports that ...") are passed over.
fn author_of(v: &View<'_>, words: &[&str], h: usize) -> Option<usize> {
    let layer = v.doc.entities();
    let speaker = |i: usize| {
        v.entity_at(i).filter(|m| matches!(layer.entities[m.entity].entity_type, EntityType::Org | EntityType::Unit | EntityType::Per)).map(|m| m.entity)
    };
    (0..h).filter(|&j| words.iter().any(|w| v.w(j) == *w || v.w(j).strip_suffix('s') == Some(w))).find_map(|j| {
        let s = v.doc.sentence_at(v.span(j).start())?;
        let end = s.end_token.min(h);
        // "a report published on Tuesday by the Centre": the name after "by".
        let by = (j + 1..(j + 8).min(end)).take_while(|&i| !matches!(v.w(i), "," | ";" | "that")).find(|&i| v.w(i) == "by");
        let after_by = by.and_then(|b| (b + 1..(b + 4).min(end)).find_map(speaker));
        // "the institute's report", "the Centre's new study".
        let owner = (j.saturating_sub(4).max(s.first_token)..j).rev().find(|&i| matches!(v.w(i), "'s" | "’s")).and_then(|i| i.checked_sub(1)).and_then(speaker);
        // "The institute published a report".
        let publisher = (s.first_token..j)
            .rev()
            .find(|&i| matches!(v.w(i), "published" | "released" | "issued" | "produced" | "compiled" | "presented"))
            .and_then(|p| (s.first_token..p).rev().find_map(speaker));
        after_by.or(owner).or(publisher)
    })
}

/// The entity named first in the sentence before the one of token `h`, when the name opens it
/// (perhaps after an article): that sentence's subject.
fn previous_opener(v: &View<'_>, h: usize) -> Option<usize> {
    let s = v.doc.sentence_at(v.span(h).start())?;
    if s.first_token == 0 {
        return None;
    }
    let prev = v.doc.sentence_at(v.span(s.first_token - 1).start())?;
    // Of the names starting there, the longest ("Scottish government", not "Scottish").
    let opening = |m: &&sitrep_doc::EntityMention| {
        m.span.start() >= prev.span.start() && m.span.end() <= prev.span.end() && {
            let t = v.token_at_or_after(m.span.start());
            // (Or after a title: "President Volodymyr Zelenskyy called ...".)
            t <= prev.first_token + 2 && (t == prev.first_token || matches!(v.w(t - 1), "the" | "a" | "an") || t == prev.first_token + 1 && is_title(v.w(t - 1)))
        }
    };
    let first = v.doc.entities().mentions.iter().find(opening)?;
    let longest = v.doc.entities().mentions.iter().filter(|m| m.span.start() == first.span.start()).max_by_key(|m| m.span.end())?;
    // ("The group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), said ...": a description in
    // apposition to a name is that name.)
    let after = v.token_at_or_after(longest.span.end());
    if longest.kind == sitrep_doc::MentionKind::Anaphor && v.w(after) == "," {
        if let Some(named) = named_apposition(v, after).filter(|m| m.kind != sitrep_doc::MentionKind::Anaphor) {
            return Some(named.entity);
        }
    }
    // "South Korea's National Intelligence Service confirmed ...": the owner opens the
    // sentence, but what it owns is the subject.
    if matches!(v.w(after), "’s" | "'s") {
        if let Some(owned) = v.entity_at(after + 1).filter(|m| v.token_at_or_after(m.span.start()) == after + 1) {
            return Some(owned.entity);
        }
    }
    Some(longest.entity)
}

/// The organisation (or unit) that opens the sentence before token `h`'s, when one does; never a
/// news outlet.
fn previous_organisation(v: &View<'_>, h: usize) -> Option<usize> {
    let layer = v.doc.entities();
    previous_opener(v, h).filter(|&e| matches!(layer.entities[e].entity_type, EntityType::Org | EntityType::Unit) && layer.entities[e].org_kind != Some(sitrep_doc::OrgKind::MediaOutlet))
}

/// The name standing in apposition right after the comma at token `comma`, closed by a comma
/// or by its letters in brackets ("The group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM),"): a
/// body's or a person's, not a name that only opens the apposition ("The official, Zelensky's
/// chief of staff,").
fn named_apposition<'d>(v: &View<'d>, comma: usize) -> Option<&'d EntityMention> {
    // (Past a title or rank when no name starts right after the comma: "A French military
    // spokesman, Colonel Pierre Lavigne,"; not "The carmaker, General Motors,".)
    let starts_at = |i: usize| v.longest_entity_at(i).filter(|m| v.token_at_or_after(m.span.start()) == i);
    let mut first = comma + 1;
    while starts_at(first).is_none() && first < comma + 3 && (is_title(v.w(first)) || MILITARY_RANKS.contains(&v.w(first))) {
        first += 1;
    }
    let m = starts_at(first)?;
    let after = v.token_at_or_after(m.span.end());
    let closed = v.w(after) == "," || v.w(after) == "(" && v.w(after + 2) == ")" && v.w(after + 3) == ",";
    let kind = v.doc.entities().entities[m.entity].entity_type;
    (closed && matches!(kind, EntityType::Org | EntityType::Unit | EntityType::Per)).then_some(m)
}

/// The token before `i` past a time phrase before it ("taken on Thursday morning | by"), not
/// below `floor`: the word the phrase follows.
fn before_the_time(v: &View<'_>, i: usize, floor: usize) -> usize {
    let mut j = i.saturating_sub(1);
    while j > floor && (v.in_time(j) || matches!(v.w(j), "on" | "in" | "at" | "early" | "late")) {
        j -= 1;
    }
    j
}

/// The word before token `h`, if any.
fn doc_word_before<'v>(v: &'v View<'_>, h: usize) -> Option<&'v str> {
    h.checked_sub(1).map(|p| v.w(p))
}

/// "it", "they" -> the last organisation that made a claim; "he", "she" -> the last person.
fn resolve_pronoun(v: &View<'_>, w: &str, h: usize, claims: &[Claim]) -> Option<usize> {
    let entities = &v.doc.entities().entities;
    let person = matches!(w, "he" | "she");
    let fits = |e: usize| {
        let t = entities[e].entity_type;
        if person {
            t == EntityType::Per
        } else {
            matches!(t, EntityType::Org | EntityType::Unit | EntityType::Gpe) || w == "they"
        }
    };
    let start = v.span(h).start();
    // "The rebel command in Lower Osk denied ... It said one of its fighters was killed": the
    // body the last claim's source describes, whom no name gives; not a body named earlier.
    if w == "it" && described_speaker_before_is(v, h, claims, false) {
        return None;
    }
    // "Researchers at the firm Certum said they had found malware": a pronoun opening what
    // someone said (after "that" or not) is that speaker.
    let opens_content = |c: &Claim| c.content.start() == start || doc_word_before(v, h) == Some("that") && c.content.start() == v.span(h - 1).start();
    // (A person is no "they": "Zelenskyy said they claim to want peace".)
    let fits_here = |e: usize| fits(e) && !(w == "they" && entities[e].entity_type == EntityType::Per);
    if let Some(e) = claims.iter().filter(|c| opens_content(c)).filter_map(|c| c.source_entity).find(|&e| fits_here(e)) {
        return Some(e);
    }
    // A pronoun opening its sentence most often takes up the subject of the sentence before:
    // the name that opens it ("The ministry did not respond. It has called the reports fake.").
    // ("President Zelenskyy called the attack ... \"Every such night ...,\" he wrote": so does
    // one right after a quotation that opens its sentence.)
    let after_opening_quote = v.doc.sentence_at(start).is_some_and(|s| {
        let f = s.first_token;
        h >= f + 3 && (is_open_quote(v.w(f)) || v.w(f) == "\"") && (is_close_quote(v.w(h - 1)) || v.w(h - 1) == "\"" || v.w(h - 1) == "," && (is_close_quote(v.w(h - 2)) || v.w(h - 2) == "\""))
    });
    if after_opening_quote && person {
        if let Some(e) = previous_opener(v, v.doc.sentence_at(start).map_or(h, |s| s.first_token)).filter(|&e| fits(e)) {
            return Some(e);
        }
    }
    if v.doc.sentence_at(start).is_some_and(|s| s.first_token == h) {
        if let Some(e) = previous_opener(v, h).filter(|&e| fits(e)) {
            return Some(e);
        }
        // ("Four survivors ... were rescued, the agency said. They told the agency ...": people
        // counted or named by a plural noun opening the sentence before, whom no name gives.)
        let prev = (h > 0).then(|| v.doc.sentence_at(v.span(h - 1).start())).flatten();
        let plural_opener = prev.is_some_and(|p| {
            let f = p.first_token;
            (f..(f + 3).min(p.end_token)).find(|&i| v.xpos(i) == Some("NNS")).is_some_and(|i| (f..i).all(|j| matches!(v.xpos(j), Some("CD" | "DT" | "JJ"))) && v.entity_at(i).is_none())
        });
        // (Only for whom they told: "They told the agency", not "They said the men were held"
        // after "..., the Metropolitan Police said".)
        if w == "they" && plural_opener && matches!(v.w(h + 1), "told" | "tell" | "tells") {
            return None;
        }
    }
    // "The NIS estimate is the first since it reported in October": inside its sentence, "it"
    // takes up a body the sentence has named before it (not a place, which is "it" only as a
    // source; nor a name inside a quotation).
    // (Not "it" after the comma that closes what it said: "The crew were detained and would be
    // handed over to Yemen's coast guard, it said" names the coast guard in the content.)
    let after_content = h > 0 && (v.w(h - 1) == "," || is_close_quote(v.w(h - 1)) || v.w(h - 1) == "\"");
    if w == "it" && !after_content {
        if let Some(sentence) = v.doc.sentence_at(start) {
            // (Only one such body: with two, "Reuters could not verify the NIS figure, which it
            // said ...", the older rules below choose.)
            let mut bodies: Vec<usize> = v
                .doc
                .entities()
                .mentions
                .iter()
                .filter(|m| {
                    m.span.start() >= sentence.span.start()
                        && m.span.end() <= start
                        && !entities[m.entity].entity_type.is_place()
                        && fits(m.entity)
                        && !inside_quotation(v, sentence.first_token, v.token_at_or_after(m.span.start()))
                })
                .map(|m| m.entity)
                .collect();
            bodies.dedup();
            if let [only] = bodies[..] {
                return Some(only);
            }
        }
    }
    // "An earlier version said the governor put the toll at 12. He said nine.": a person named
    // by title in the sentence before (or earlier in this one) is the one the text introduced
    // with that title ("The regional governor of Vostrovo, Pavel Sukhin,").
    if person {
        if let Some(e) = titled_person_before(v, h) {
            return Some(e);
        }
        // "..., the regional governor said. Twenty-three people were wounded, he added.": the
        // person the last claim's source describes, whom no name gives; not someone named
        // earlier.
        if described_speaker_before(v, h, claims) {
            return None;
        }
    }
    claims
        .iter()
        .rev()
        .filter(|c| c.content.start() < start)
        .filter_map(|c| c.source_entity)
        .find(|&e| fits(e))
        .or_else(|| {
            // A place is "it" only as the source of an earlier claim (above), not as any name
            // before (a dateline, "the port of X").
            v.doc
                .entities()
                .mentions
                .iter()
                .rev()
                .filter(|m| m.span.end() <= start)
                .map(|m| m.entity)
                .find(|&e| fits(e) && !entities[e].entity_type.is_place())
        })
}

/// Whether the last claim before token `h`, in its sentence or the one before, has a source
/// that describes a person without naming one ("the regional governor", "a senior official").
fn described_speaker_before(v: &View<'_>, h: usize, claims: &[Claim]) -> bool {
    described_speaker_before_is(v, h, claims, true)
}

/// Heads of a source phrase that describe a person without naming one.
const PERSON_HEADS: &[&str] = &[
    "official", "spokesman", "spokeswoman", "spokesperson", "commander", "officer", "chief", "ambassador", "witness", "resident",
    "analyst", "doctor", "diplomat", "lawmaker", "source", "aide",
];

/// Heads of a source phrase that describe a body without naming one ("the rebel command in
/// Lower Osk", "a monitoring mission").
const BODY_HEADS: &[&str] = &[
    "command", "mission", "headquarters", "council", "committee", "office", "group", "firm", "company", "contractor",
    "authority", "administration", "militia", "movement", "monitor", "observatory", "agency", "service", "ministry",
];

/// Whether the last claim before token `h` with a source, in its sentence or the one before, has
/// one no name gives: for a person (`persons`), its head (last word) a title or one of
/// [`PERSON_HEADS`]; for a body, its head (last word before a preposition) one of
/// [`BODY_HEADS`], its entity none or only the place it is in ("the rebel command in Lower Osk"),
/// or a name the recogniser could not type (MISC).
fn described_speaker_before_is(v: &View<'_>, h: usize, claims: &[Claim], persons: bool) -> bool {
    let start = v.span(h).start();
    let Some(s) = v.doc.sentence_at(start) else { return false };
    let floor = if s.first_token == 0 { s.span.start() } else { v.doc.sentence_at(v.span(s.first_token - 1).start()).map_or(s.span.start(), |p| p.span.start()) };
    // (Past a coordinated cue that names no source of its own: "denied firing first and said".)
    let Some(last) = claims.iter().rev().find(|c| c.content.start() < start && (c.source_span.is_some() || c.source_entity.is_some())) else { return false };
    // (A body's source may carry as its entity the place it is in, or a name the recogniser
    // could not type: "Lower Osk" of "The rebel command in Lower Osk".)
    let unnamed = last.source_entity.is_none_or(|e| {
        let t = v.doc.entities().entities[e].entity_type;
        // (Not a country or a city, which speaks for its government: "Russia said ... It added".)
        !persons && (t.is_place() && t != EntityType::Gpe || t == EntityType::Misc)
    });
    let Some(source) = last.source_span.filter(|_| unnamed) else { return false };
    if source.start() < floor {
        return false;
    }
    let words = v.doc.slice(source).to_lowercase();
    // (A body's head stands before where it is: "the rebel command in Lower Osk".)
    let head = if persons {
        words.split_whitespace().last().unwrap_or("")
    } else {
        words.split_whitespace().take_while(|w| !matches!(*w, "in" | "of" | "at" | "for" | "from")).last().unwrap_or("")
    };
    let untyped = !persons && last.source_entity.is_some_and(|e| v.doc.entities().entities[e].entity_type == EntityType::Misc);
    if persons {
        is_title(head) || PERSON_HEADS.contains(&head)
    } else {
        BODY_HEADS.contains(&head) || untyped
    }
}

/// The person a "the <title>" names, when the nearest such phrase before token `h` (in its
/// sentence or the one before) comes after every person's name there: the person the text
/// introduced with that title, in the words just before the name ("Kremlin spokesman Dmitry
/// Peskov") or in apposition to it ("Pavel Sukhin, the regional governor,").
fn titled_person_before(v: &View<'_>, h: usize) -> Option<usize> {
    let s = v.doc.sentence_at(v.span(h).start())?;
    let floor = if s.first_token == 0 { 0 } else { v.doc.sentence_at(v.span(s.first_token - 1).start()).map_or(s.first_token, |p| p.first_token) };
    let title_word = |i: usize| is_title(v.w(i)) || matches!(v.w(i), "spokesman" | "spokeswoman" | "spokesperson" | "commander" | "ambassador");
    let t = (floor + 1..h).rev().find(|&i| title_word(i) && (floor..i).rev().take(3).any(|j| v.w(j) == "the"))?;
    let layer = v.doc.entities();
    let is_person = |e: usize| layer.entities[e].entity_type == EntityType::Per;
    // (A name after the title in the same stretch is the one meant: "the governor, Pavel Sukhin,".)
    if (t + 1..h).any(|i| v.entity_at(i).is_some_and(|m| is_person(m.entity))) {
        return None;
    }
    // (Not when a person speaks in that sentence before it: "Peskov said the governor had
    // exaggerated. He said four." is Peskov.)
    let title_sentence = v.doc.sentence_at(v.span(t).start())?;
    if (title_sentence.first_token..t).any(|i| v.entity_at(i).is_some_and(|m| is_person(m.entity))) {
        return None;
    }
    let title = v.w(t);
    let mut found = layer.mentions.iter().filter(|m| m.span.end() <= v.span(t).start()).filter(|m| introduced_with_title(v, m, title)).map(|m| m.entity);
    let first = found.next()?;
    // (Two people introduced with the title: the phrase says nothing.)
    found.all(|e| e == first).then_some(first)
}

/// Whether the mention names a person with the title `title` (lower case): "Governor Pavel
/// Sukhin"; "the regional governor of Vostrovo, Pavel Sukhin"; "Pavel Sukhin, the regional
/// governor".
fn introduced_with_title(v: &View<'_>, m: &EntityMention, title: &str) -> bool {
    if v.doc.entities().entities[m.entity].entity_type != EntityType::Per {
        return false;
    }
    let first = v.token_at_or_after(m.span.start());
    let last_after = v.token_at_or_after(m.span.end());
    let right_before = first > 0 && v.w(first - 1) == title;
    let apposition_before = first >= 2 && v.w(first - 1) == "," && {
        let mut i = first - 2;
        while i > 0 && first - i < 6 && v.w(i) != title && v.doc.slice(v.span(i)).starts_with(char::is_uppercase) {
            i -= 1;
        }
        if v.w(i) == "of" && i > 0 {
            i -= 1;
        }
        v.w(i) == title
    };
    let apposition_after = v.w(last_after) == "," && (last_after + 1..(last_after + 6).min(v.len())).take_while(|&i| v.w(i) != ",").any(|i| v.w(i) == title);
    right_before || apposition_before || apposition_after
}

/// "The man, identified only as Arvo K., was arrested ... The defendant denied the charges": a
/// source named "the man", "the defendant" or the like is the one person the three sentences
/// before name who is no speaker of the text (a lawyer, a prosecutor or an official who speaks
/// is someone else).
fn person_described_before(v: &View<'_>, claims: &mut [Claim]) {
    const DESCRIBED_PEOPLE: &[&str] = &["man", "woman", "defendant", "accused", "suspect", "detainee", "prisoner", "convict", "soldier", "pilot", "boy", "girl"];
    let layer = v.doc.entities();
    let speakers: Vec<usize> = claims.iter().filter_map(|c| c.source_entity).collect();
    let sentences = v.doc.sentences();
    let mut found_for = Vec::new();
    for (n, c) in claims.iter().enumerate() {
        if c.source_entity.is_some() {
            continue;
        }
        let Some((f, l)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        let described = l == f + 1 && v.w(f) == "the" && DESCRIBED_PEOPLE.contains(&v.w(l));
        if !described {
            continue;
        }
        let Some(at) = sentences.iter().position(|s| s.span.contains(v.span(f))) else { continue };
        let from = sentences[at.saturating_sub(3)].span.start();
        // (Introduced as such: "The man, identified only as Arvo K.,", "defendant Arvo K.", not
        // whoever else the sentences name: "a man stabbed Anna Kovacs".)
        let introduced = |m: &EntityMention| {
            let t = v.token_at_or_after(m.span.start());
            let before: Vec<&str> = (t.saturating_sub(3)..t).map(|i| v.w(i)).collect();
            let described_right_before = t > 0 && (DESCRIBED_PEOPLE.contains(&v.w(t - 1)) || t > 1 && v.w(t - 1) == "," && DESCRIBED_PEOPLE.contains(&v.w(t - 2)));
            described_right_before || before.iter().any(|w| matches!(*w, "identified" | "named")) && before.last() == Some(&"as")
        };
        let people: Vec<usize> = layer
            .mentions
            .iter()
            .filter(|m| m.span.start() >= from && m.span.end() <= v.span(f).start() && introduced(m))
            .map(|m| m.entity)
            .filter(|&e| layer.entities[e].entity_type == EntityType::Per && !speakers.contains(&e))
            .collect();
        if let Some(&first) = people.first() {
            if people.iter().all(|&e| e == first) {
                found_for.push((n, first));
            }
        }
    }
    for (n, e) in found_for {
        claims[n].source_entity = Some(e);
    }
}

/// "Russia's ambassador in Washington, Anatoly Sokolov, said ... and warned ...": two cues of one
/// subject have one speaker. Where one reading took the person named in apposition in the
/// subject and another the country, nationality or other modifier in it, the person speaks for
/// both; where one cue's subject was cut short ("The West African" of "The West African bloc
/// ECOWAS condemned ... and said"), the body the whole subject names speaks.
fn one_subject_one_speaker(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    let side = |e: Option<usize>| e.is_some_and(|e| layer.entities[e].entity_type.is_place() || matches!(layer.entities[e].entity_type, EntityType::Norp | EntityType::Misc));
    for n in 0..claims.len() {
        if !side(claims[n].source_entity) {
            continue;
        }
        let Some(span) = claims[n].source_span else { continue };
        // (Only the person named in apposition at the subject's first comma.)
        let apposed = token_range(v, span).and_then(|(f, l)| (f + 1..=l).find(|&i| v.w(i) == ",")).and_then(|comma| named_apposition(v, comma)).map(|m| m.entity);
        let person = claims
            .iter()
            .filter(|o| o.source_span == Some(span))
            .filter_map(|o| o.source_entity)
            .find(|&e| layer.entities[e].entity_type == EntityType::Per && Some(e) == apposed);
        // ("The West African bloc ECOWAS condemned ... and said": a second cue read with the
        // subject cut short takes the body the whole subject names.)
        let body = || {
            claims
                .iter()
                // (The rest of the longer subject one phrase: not "France and the African Union".)
                .filter(|o| {
                    o.source_span.is_some_and(|s| {
                        s != span && s.contains(span) && s.start() == span.start() && !v.doc.slice(Span::new(span.end(), s.end())).split_whitespace().any(|w| matches!(w, "and" | "or") || w.contains(','))
                    })
                })
                .filter_map(|o| o.source_entity.zip(o.source_span))
                .find(|&(e, s)| matches!(layer.entities[e].entity_type, EntityType::Org | EntityType::Unit | EntityType::Per) && layer.mentions.iter().any(|m| m.entity == e && s.contains(m.span) && !span.contains(m.span)))
                .map(|(e, _)| e)
        };
        if let Some(e) = person.or_else(body) {
            claims[n].source_entity = Some(e);
        }
    }
}

/// "Residents of Sake told the paper", "villagers in Kessa said": people named by where they
/// live speak for themselves, not for the place (unlike "officials in Kyiv", who speak for their
/// government).
fn residents_are_not_their_place(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    for c in claims.iter_mut() {
        let Some((f, l)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        // ("Georgia's main opposition parties", "Georgian opposition": those against the
        // government do not speak for the state.)
        let side = c.source_entity.is_some_and(|e| layer.entities[e].entity_type.is_place() || layer.entities[e].entity_type == EntityType::Norp);
        if side && matches!(v.w(l), "opposition" | "parties" | "protesters" | "protestors" | "activists" | "dissidents" | "critics" | "demonstrators") {
            c.source_entity = None;
            continue;
        }
        let place = c.source_entity.is_some_and(|e| layer.entities[e].entity_type.is_place());
        let head = if matches!(v.w(f), "the" | "local" | "some" | "many" | "several") { f + 1 } else { f };
        let residents = head < l && RESIDENT_NOUNS.contains(&v.w(head)) && matches!(v.w(head + 1), "of" | "in" | "from" | "near" | "around");
        if place && residents {
            c.source_entity = None;
        }
    }
}

/// "A French military spokesman, Colonel Pierre Lavigne, said": the person named in apposition
/// to a described speaker speaks, not the country the description names.
fn apposed_person_speaks(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    for c in claims.iter_mut() {
        let Some((f, l)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        let side = c.source_entity.is_none_or(|e| layer.entities[e].entity_type.is_place() || layer.entities[e].entity_type == EntityType::Norp);
        // ("UNHCR's representative in Chad, Laura Lo Castro,": a role owned by a name, the
        // person named after it.)
        let owned_role = matches!(v.w(f + 1), "'s" | "’s") && v.entity_at(f).is_some() && v.entity_at(f + 2).is_none();
        if !(side && matches!(v.w(f), "a" | "an" | "the") || owned_role) {
            continue;
        }
        // (Only at the first comma, in apposition to the description: news names the head so,
        // "A spokesman for the junta, Colonel Amadou Abdramane,"; not past "close to", "A
        // source close to the president, Vladimir Putin,".)
        let person = (f + 2..=l)
            .find(|&i| v.w(i) == ",")
            // (A place the role is for may stand before the comma: "representative in Chad,".)
            .filter(|&comma| {
                let placed = v.entity_at(comma - 1).is_some_and(|m| layer.entities[m.entity].entity_type.is_place())
                    && (f + 2..comma - 1).any(|i| matches!(v.w(i), "in" | "to" | "for"));
                (v.entity_at(comma - 1).is_none() || placed) && !(f..comma).any(|i| v.w(i) == "close")
            })
            .and_then(|comma| named_apposition(v, comma))
            .filter(|m| layer.entities[m.entity].entity_type == EntityType::Per);
        if let Some(m) = person {
            c.source_entity = Some(m.entity);
        }
    }
}

/// "..., the regional governor said. ... Governor Viktor Latsko wrote on Telegram": a source
/// named by its title alone in a lead is the one person the next few sentences introduce with
/// that title.
fn titled_person_named_next(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    // ("Poland's digital affairs minister said ... minister Piotr Wrona told a news
    // conference": so is a title owned by a country, which speaks for the state until named.)
    let owned_by_a_state = |c: &Claim, f: usize| {
        c.source_entity.is_some_and(|e| layer.entities[e].entity_type == EntityType::Gpe) && matches!(v.w(f + 1), "'s" | "’s")
    };
    // ("the Kharkiv regional prosecutor said ... prosecutor Oleh Marchenko told": a place
    // before the title says whose office it is, and is no speaker once the person is named.)
    let placed_before_title = |c: &Claim, f: usize, l: usize| {
        c.source_entity.is_some_and(|e| layer.entities[e].entity_type.is_place())
            && (f + 1..l).any(|i| v.entity_at(i).is_some_and(|m| Some(m.entity) == c.source_entity))
    };
    for c in claims.iter_mut() {
        let Some((f, l)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        let state_owned = owned_by_a_state(c, f);
        let owned = state_owned || placed_before_title(c, f, l);
        if c.source_entity.is_some() && !owned {
            continue;
        }
        // ("the governor", "the regional governor": a definite title and at most two words
        // before it; or "the governor of North Kivu province", the title before its place.)
        let of_place = v.w(f) == "the" && l >= f + 3 && v.w(f + 2) == "of" && is_title(v.w(f + 1)) && c.source_entity.is_some_and(|e| layer.entities[e].entity_type.is_place());
        let (title, l) = if of_place { (v.w(f + 1), f + 1) } else { (v.w(l), l) };
        let owned = owned || of_place;
        let opener = v.w(f) == "the" && l <= f + 3 || owned && l <= f + 4;
        if !opener || !(is_title(title) || matches!(title, "spokesman" | "spokeswoman" | "spokesperson" | "commander" | "ambassador" | "prosecutor")) {
            continue;
        }
        // (Within the sentence and the three after it.)
        let sentences = v.doc.sentences();
        let Some(at) = sentences.iter().position(|s| s.span.contains(v.span(l))) else { continue };
        let until = sentences[(at + 3).min(sentences.len() - 1)].span.end();
        // (Of the same state: "Ukraine's foreign minister said ... Poland's foreign minister
        // Radoslaw Sikorski" is another; an owner in the few words before the name must be the
        // same.)
        let owner_text = state_owned.then(|| v.w(f).to_string());
        // (A place before the title: the person's few words before must name no other place,
        // "In neighbouring Sumy, governor Volodymyr Artyukh" is another region's.)
        let title_place = c.source_entity.filter(|_| !state_owned && owned);
        let same_owner = |m: &&EntityMention| {
            let t = v.token_at_or_after(m.span.start());
            let owners: Vec<&str> = (t.saturating_sub(5)..t).filter(|&i| i >= 1 && matches!(v.w(i), "'s" | "’s")).map(|i| v.w(i - 1)).collect();
            // (A place inside the title's own is no other: "in Kupiansk, governor Oleh
            // Syniehubov" of the Kharkiv region.)
            let places = v.doc.places();
            let place_of = |span: Span| places.mentions.iter().find(|pm| pm.span.overlaps(span)).and_then(|pm| places.places.get(pm.place));
            let title_name = title_place.map(|p| layer.entities[p].name.clone());
            let inside = |o: &EntityMention| {
                place_of(o.span).is_some_and(|pl| title_name.as_deref().is_some_and(|tn| pl.admin1.as_deref().is_some_and(|a| a.contains(tn) || tn.contains(a))))
            };
            let other_place = title_place.is_some_and(|p| {
                (t.saturating_sub(6)..t).any(|i| v.entity_at(i).is_some_and(|o| o.entity != p && layer.entities[o.entity].entity_type.is_place() && !inside(o)))
            });
            owner_text.as_ref().is_none_or(|o| owners.iter().all(|w| w == o)) && !other_place
        };
        let mut found = layer
            .mentions
            .iter()
            .filter(|m| m.span.start() >= v.span(l).end() && m.span.end() <= until)
            .filter(|m| introduced_with_title(v, m, title))
            .filter(same_owner)
            .map(|m| m.entity);
        let Some(first) = found.next() else { continue };
        if found.all(|e| e == first) {
            c.source_entity = Some(first);
        }
    }
}

/// "An al Qaeda-linked group claimed responsibility ... The group, Jama'at Nusrat al-Islam
/// wal-Muslimin (JNIM), said": a source described as a group (or a militia, a movement) and
/// named nowhere is the one "the group" names in apposition in the six sentences after.
fn described_group_named_next(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut().filter(|c| c.source_entity.is_none()) {
        let Some((f, l)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        let head = v.w(l);
        if !matches!(v.w(f), "a" | "an") || !matches!(head, "group" | "militia" | "movement" | "organisation" | "organization") {
            continue;
        }
        let sentences = v.doc.sentences();
        let Some(at) = sentences.iter().position(|s| s.span.contains(v.span(l))) else { continue };
        let until = sentences[(at + 6).min(sentences.len() - 1)].span.end();
        let named = (l + 1..v.len())
            .take_while(|&i| v.span(i).end() <= until)
            .filter(|&i| v.w(i) == "," && i >= 2 && v.w(i - 1) == head && v.w(i - 2) == "the")
            .find_map(|comma| named_apposition(v, comma))
            .map(|m| m.entity);
        if named.is_some() {
            c.source_entity = named;
        }
    }
}

/// "A source close to President Ivo Tarn told ...": a source span that begins after "close
/// to" is whom an unnamed source is close to; the source is the phrase before it, unnamed.
fn close_to_someone(v: &View<'_>, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let Some((f, _)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        let to = if f >= 1 && v.w(f - 1) == "the" { f.saturating_sub(1) } else { f };
        if to < 2 || v.w(to - 1) != "to" || v.w(to - 2) != "close" {
            continue;
        }
        // (Back to the phrase's article: "A source close to", "Sources close to".)
        let sentence_start = v.doc.sentence_at(v.span(f).start()).map_or(0, |s| s.first_token);
        let start = (to.saturating_sub(6).max(sentence_start)..to - 2).rev().find(|&i| matches!(v.w(i), "a" | "an" | "the" | "two" | "three" | "several" | "one")).unwrap_or(to.saturating_sub(3));
        c.source_span = c.source_span.map(|s| v.span(start.max(sentence_start)).cover(s));
        c.source_entity = None;
    }
}

/// "as Ukraine and its Western allies say ...": a state or body joined by "and" right before a
/// source phrase of its own ("its", "their") that names only a nationality or no one speaks
/// with it, first.
fn joined_named_source(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    for c in claims.iter_mut() {
        let Some((f, _)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        let weak = c.source_entity.is_none_or(|e| layer.entities[e].entity_type == EntityType::Norp);
        // (Only a phrase that is the name's own, "its allies", "their partners": "Hamas and
        // Israeli officials said" are two sides.)
        if !weak || f < 2 || v.w(f - 1) != "and" || !matches!(v.w(f), "its" | "their") {
            continue;
        }
        let Some(m) = v.entity_at(f - 2).filter(|m| matches!(layer.entities[m.entity].entity_type, EntityType::Gpe | EntityType::Org | EntityType::Unit)) else { continue };
        let s = v.token_at_or_after(m.span.start());
        let sentence_start = v.doc.sentence_at(m.span.start()).map_or(0, |x| x.first_token);
        // (Opening its clause: not "strikes on Kharkiv and its suburbs, officials say".)
        if s == sentence_start || s > 0 && matches!(v.w(s - 1), "," | "as" | "while" | "because" | "since" | "but" | "though" | "although") {
            c.source_span = c.source_span.map(|x| m.span.cover(x));
            c.source_entity = Some(m.entity);
        }
    }
}

/// "Russia moves more bombers to Crimea, think tank says ... a U.S.-based think tank said ...
/// The Institute for the Study of War (ISW) said": a source described as a think tank and
/// named nowhere is the one research body (a name of [`THINK_TANK_NAME_WORDS`]) that speaks in
/// the four sentences after.
fn think_tank_named_next(v: &View<'_>, claims: &mut [Claim]) {
    let layer = v.doc.entities();
    let research_body = |e: usize| {
        let entity = &layer.entities[e];
        entity.entity_type == EntityType::Org && entity.name.to_lowercase().split_whitespace().any(|w| THINK_TANK_NAME_WORDS.contains(&w))
    };
    let speakers: Vec<(usize, usize)> =
        claims.iter().filter_map(|c| Some((c.source_span?.start(), c.source_entity.filter(|&e| research_body(e))?))).collect();
    let sentences = v.doc.sentences();
    for c in claims.iter_mut().filter(|c| c.source_entity.is_none()) {
        let Some((f, l)) = c.source_span.and_then(|s| token_range(v, s)) else { continue };
        if !(l > f && v.w(l) == "tank" && v.w(l - 1) == "think") {
            continue;
        }
        let Some(at) = sentences.iter().position(|s| s.span.contains(v.span(l))) else { continue };
        let until = sentences[(at + 4).min(sentences.len() - 1)].span.end();
        let from = v.span(l).end();
        let mut named = speakers.iter().filter(|&&(start, _)| start > from && start < until).map(|&(_, e)| e);
        let Some(first) = named.next() else { continue };
        if named.all(|e| e == first) {
            c.source_entity = Some(first);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn build(
    v: &View<'_>,
    source: Source,
    cue_span: Option<Span>,
    content: Span,
    cue_status: ClaimStatus,
    quote: QuoteKind,
    a: usize,
    b: usize,
) -> Claim {
    Claim {
        source_span: source.span,
        source_entity: source.entity,
        cue_span,
        content,
        // (Not "(KCNA)" of a dateline: the outlet's name is no evidence.)
        evidence: evidence_in(&v.doc.slice(v.span_of(skip_dateline(v, a, b).min(b - 1), b - 1)).to_lowercase()),
        status: claim_status(v, cue_status, cue_span, content, v.span_of(a, b - 1)),
        quote,
        date: claim_date(v, cue_span, a, b),
    }
}

/// A claim's status from its cue's status, its cue, its content and its sentence (see
/// [`status_of`]); a cue that takes a statement back ("withdrew an earlier claim", "retracted
/// its report") makes it retracted.
fn claim_status(v: &View<'_>, cue_status: ClaimStatus, cue_span: Option<Span>, content: Span, sentence: Span) -> ClaimStatus {
    // ("It withdrew an earlier claim that ...": the verb may stand just before a noun cue.)
    let withdrawn_before = cue_span.and_then(|k| token_range(v, k)).is_some_and(|(f, _)| {
        (f.saturating_sub(3)..f).any(|i| v.span(i).start() >= sentence.start() && RETRACTION_WORDS.contains(&v.w(i)))
    });
    let cue_status = match cue_span.map(|k| v.doc.slice(k).to_lowercase()) {
        Some(cue) if withdrawn_before || RETRACTION_WORDS.iter().any(|w| cue.split_whitespace().any(|c| c == *w)) => ClaimStatus::Retracted,
        _ => cue_status,
    };
    // "Kremlin calls reports “another lie”", "branded the claims a provocation": what is named
    // false by the cue's own verb is denied.
    let naming_cue = cue_span.is_some_and(|k| {
        let cue = v.doc.slice(k).to_lowercase();
        cue.split_whitespace().last().is_some_and(|w| matches!(w, "calls" | "called" | "brands" | "branded" | "dubs" | "dubbed" | "labels" | "labelled" | "labeled" | "terms" | "termed"))
    });
    let content_text = lower_without_times(v, content);
    let words: Vec<&str> = content_text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let names_reports_false = naming_cue
        && words.iter().take(3).any(|w| REPORT_NOUNS.contains(w) || matches!(*w, "claims" | "allegations" | "accusations" | "publications"))
        && words.iter().any(|w| DISMISSIVE_WORDS.contains(w) || DISMISSIVE_ADJECTIVES.contains(w));
    if names_reports_false && cue_status != ClaimStatus::Retracted {
        return ClaimStatus::Denied;
    }
    let sentence_text = v.doc.slice(sentence).to_lowercase();
    status_of(cue_status, &content_text, &caveats_of_others(&sentence_text, cue_span, sentence), is_concession(v, cue_span))
}

/// The evidence the words of a sentence name.
pub fn evidence_in(lower_text: &str) -> Vec<Evidence> {
    let mut rest = lower_text.to_string();
    let mut found = Vec::new();
    for (phrase, evidence) in EVIDENCE_PHRASES {
        while let Some(at) = rest.find(phrase) {
            // "radar vehicles", "radar station": the equipment, not evidence from it.
            let next = rest[at + phrase.len()..].trim_start();
            let equipment = EVIDENCE_EQUIPMENT_NOUNS.iter().any(|n| next.starts_with(n));
            // "tarnishing the image of the country", "its public image": a reputation.
            let reputation = phrase.starts_with("image") && {
                let before: Vec<&str> = rest[..at].split_whitespace().rev().take(2).collect();
                before.iter().any(|w| REPUTATION_WORDS.contains(w))
            };
            // "nothing to add to previous statements": statements made before, not the
            // evidence this claim rests on.
            let word_before = rest[..at].split_whitespace().next_back().unwrap_or("");
            // ("dismissed the statements as “blatant lies”", "rejected the images as fake": what
            // is dismissed, not what the dismissal rests on.)
            let two_before = rest[..at].split_whitespace().rev().nth(1).unwrap_or("");
            let dismissed = REPORT_DETERMINERS.contains(&word_before)
                && matches!(two_before, "dismissed" | "dismisses" | "dismissing" | "rejected" | "rejects" | "rejecting" | "denied" | "denies" | "denying");
            let earlier = phrase.starts_with("statement") && matches!(word_before, "previous" | "earlier" | "prior" | "past" | "former");
            // "forged identity documents", "travel documents": papers handed out, not the
            // documents a claim rests on.
            let papers = phrase.starts_with("document")
                && matches!(word_before, "identity" | "identification" | "id" | "travel" | "forged" | "fake" | "residence" | "residency" | "personal" | "design" | "technical" | "stolen");
            // "he had photographed convoys", "documented the abuses": a verb of the one who
            // acts, not the evidence a claim rests on.
            let tail: String = rest[at + phrase.len()..].chars().take_while(|c| c.is_alphabetic()).collect();
            let verb = matches!(*phrase, "photo" | "photograph" | "picture" | "image" | "document" | "video") && (tail.ends_with("ed") || tail.ends_with("ing") || tail == "d");
            if !found.contains(evidence) && !equipment && !reputation && !earlier && !papers && !dismissed && !verb {
                found.push(*evidence);
            }
            rest.replace_range(at..at + phrase.len(), &" ".repeat(phrase.len()));
        }
    }
    found.sort();
    found
}

fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| words.contains(&w))
}

/// "No armored vehicles have left": the content says that nothing of the kind happened.
fn negated_subject(content: &str) -> bool {
    let words: Vec<&str> = without_connective(content)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    words.first() == Some(&"no")
        && words.iter().skip(2).any(|w| matches!(*w, "have" | "has" | "had" | "was" | "were" | "is" | "are" | "will"))
}

/// A content (lower case) without the connective opening its sentence ("but the reports are
/// false", "however, no troops have crossed"): the status is read from what follows, as the
/// content's span is (see [`conventional_spans`]).
fn without_connective(content: &str) -> &str {
    let first = content.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let rest = &content[first.len()..];
    let connective = matches!(first, "but" | "and" | "yet") && !rest.trim_start().starts_with("another")
        || SENTENCE_CONNECTIVES.contains(&first) && rest.starts_with(',');
    if connective && !first.is_empty() {
        rest.trim_start_matches(|c: char| c == ',' || c.is_whitespace())
    } else {
        content
    }
}

/// The cue grants what others said ("acknowledged", "conceded").
fn is_concession(v: &View<'_>, cue: Option<Span>) -> bool {
    cue.is_some_and(|c| {
        let text = v.doc.slice(c).to_lowercase();
        text.split_whitespace().last().is_some_and(|w| CONCESSION_CUES.contains(&w))
    })
}

/// The lower-cased sentence for the status of a claim in it, without the verification caveat
/// the claim itself voices ("ISW has not observed visual confirmation of this claim" is no
/// unverified claim of ISW's; the claim before it is).
fn caveats_of_others(sentence_text: &str, cue: Option<Span>, sentence: Span) -> String {
    let Some(cue) = cue else { return sentence_text.to_string() };
    let mut text = sentence_text.to_string();
    for p in unverified_phrases() {
        // The caveat is the claim's own when the phrase begins inside its cue ("has not
        // observed ...").
        let own = sentence_text.match_indices(p).any(|(at, _)| cue.contains_offset(sentence.start() + at));
        if own {
            text = text.replace(p, "");
        }
    }
    text
}

/// The lower-cased text of `span` with its time expressions blanked out, for the word lists
/// of status: "fled since the siege began in May" is no hedge.
fn lower_without_times(v: &View<'_>, span: Span) -> String {
    let mut text = v.doc.slice(span).to_string();
    for t in v.doc.times().exprs.iter().filter(|t| span.contains(t.span)) {
        let (from, to) = (t.span.start() - span.start(), t.span.end() - span.start());
        text.replace_range(from..to, &" ".repeat(to - from));
    }
    text.to_lowercase()
}

/// The byte length of the report or claim named at the opening of `text` ("the reports", "the
/// Russian account", "such wild claims"): a determiner, up to two modifiers and a report noun
/// (see [`REPORT_DETERMINERS`]). Case is ignored.
pub(crate) fn report_phrase_len(text: &str) -> Option<usize> {
    let mut words = text.split(' ').scan(0usize, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    });
    let (_, det) = words.next()?;
    if !REPORT_DETERMINERS.iter().any(|d| det.eq_ignore_ascii_case(d)) {
        return None;
    }
    for (start, w) in words.take(3) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if REPORT_NOUNS.iter().any(|n| bare.eq_ignore_ascii_case(n)) {
            return Some(start + bare.len());
        }
        if bare.len() != w.len() {
            return None;
        }
    }
    None
}

/// "called the reports 'a provocation'", "the allegations were Western propaganda": the content
/// names reports or claims and a word that dismisses them.
fn dismisses_reports(content: &str) -> bool {
    let content = without_connective(content.trim_start_matches(|c: char| !c.is_alphanumeric()));
    // ("told the council that the reports were “a lie”": after the complementizer.)
    let content = content.strip_prefix("that ").unwrap_or(content);
    let Some(rest) = report_phrase_len(content).map(|n| &content[n..]) else {
        return false;
    };
    // The dismissive word as what the reports are or are called, a few words on: "the reports
    // 'a provocation'", "the allegations were Western propaganda" (not "the report showed a
    // surge in disinformation").
    let words: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).take(5).collect();
    let predicate = words.first().is_some_and(|w| matches!(*w, "as" | "were" | "was" | "are" | "is" | "a" | "an" | "pure" | "mere" | "another"));
    // ("called the reports false", "deemed the claims baseless": the word itself, right after.)
    let called = words.first().is_some_and(|w| DISMISSIVE_WORDS.contains(w) || DISMISSIVE_ADJECTIVES.contains(w));
    // ("an information operation", "a psychological operation"; not "issued after the
    // operation began".)
    let influence_operation = words.windows(2).any(|p| matches!(p[0], "information" | "psychological" | "influence" | "propaganda") && p[1] == "operation");
    called || predicate && (influence_operation || words.iter().any(|w| DISMISSIVE_WORDS.contains(w) || DISMISSIVE_ADJECTIVES.contains(w)))
}

/// "Reports that North Korean troops are taking part ... are another fake", "reports on the
/// troops as 'another fake'", "This is another fake", "such publications are part of a Western
/// disinformation campaign": reports named with no determiner, with "such", or by "this",
/// "that" or "it", whose own predicate dismisses them (not a dismissive word inside what was
/// reported: "reports that soldiers were issued fake IDs").
fn called_false(content: &str) -> bool {
    let content = without_connective(content.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let all: Vec<&str> = content.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let be = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "s");
    // (A complementizer "that" opens the content: "said that such publications are ...";
    // "That is another fake" keeps its demonstrative.)
    let words = if all.first() == Some(&"that") && !all.get(1).is_some_and(|w| be(w)) { &all[1..] } else { &all[..] };
    let Some(&first) = words.first() else { return false };
    let reports = |w: &str| REPORT_NOUNS.contains(&w) && w.ends_with('s') || matches!(w, "publications" | "stories");
    // Where the subject's own verb stands: after a demonstrative, after "such reports", after a
    // bare plural with its "that" clause (the last "is" or "are"), or its "as" ("reports on the
    // troops as 'another fake'").
    let verb = if matches!(first, "this" | "that" | "it") {
        Some(1).filter(|_| words.len() <= 6)
    } else if first == "such" && words.get(1).is_some_and(|w| reports(w)) {
        Some(2)
    } else if reports(first) {
        if words.get(1) == Some(&"that") {
            (2..words.len()).rev().find(|&i| be(words[i]))
        } else {
            (1..words.len().min(8)).find(|&i| be(words[i]) || words[i] == "as")
        }
    } else {
        None
    };
    let Some(verb) = verb.filter(|&i| i < words.len() && (be(words[i]) || words[i] == "as")) else { return false };
    let dismissive = |w: &str| DISMISSIVE_WORDS.contains(&w) || DISMISSIVE_ADJECTIVES.contains(&w);
    let mut p = verb + 1;
    if words.get(p) == Some(&"not") {
        return false;
    }
    // ("another fake", "pure fantasy", "a Western plot"; "part of a Western disinformation
    // campaign", "part of a pattern of Russian disinformation".)
    if words.get(p) == Some(&"part") && words.get(p + 1) == Some(&"of") {
        return (p + 2..(p + 8).min(words.len())).any(|i| dismissive(words[i]));
    }
    while words.get(p).is_some_and(|w| matches!(*w, "a" | "an" | "another" | "pure" | "mere" | "simply" | "just" | "western" | "russian" | "ukrainian" | "complete" | "total" | "utter")) {
        p += 1;
    }
    words.get(p).is_some_and(|w| dismissive(w))
}

/// Whether the tokens of `range` are all times or punctuation ("since Tuesday", "On Tuesday,").
fn only_time(v: &View<'_>, range: std::ops::Range<usize>) -> bool {
    range.into_iter().all(|i| v.in_time(i) || v.is_punct(i))
}

/// Two claims of one content (one holding the other) whose cues overlap ("claims" found by the
/// tagger, "claims to show" by the rules) are one: the one that names a source, else the one
/// with the longer cue, stays, with the stronger status of the two (a denial or a retraction
/// over a hedge or an allegation over an assertion) and the evidence of both.
fn one_claim_per_content(v: &View<'_>, claims: &mut Vec<Claim>) {
    let strength = |s: ClaimStatus| match s {
        ClaimStatus::Denied | ClaimStatus::Retracted => 3,
        ClaimStatus::Unverified => 2,
        ClaimStatus::Hedged | ClaimStatus::Alleged => 1,
        _ => 0,
    };
    let mut j = 1;
    while j < claims.len() {
        let twin = (0..j).find(|&i| {
            let (x, y) = (claims[i].content, claims[j].content);
            let same_cue = claims[i].cue_span.zip(claims[j].cue_span).is_some_and(|(x, y)| x.overlaps(y));
            // ("The North is believed to have sent 11,000 troops, the JCS said": a belief with
            // no one named, inside what a source says, is that source's statement.)
            // (A passive belief only: not "..., calling it baseless", a participle with its own
            // content.)
            let believed = |k: Span| {
                let words: Vec<String> = v.doc.slice(k).split_whitespace().map(str::to_lowercase).collect();
                words.len() >= 2 && is_be(&words[0]) && words.last().is_some_and(|w| RAISED_BELIEFS.contains(&w.as_str()) || matches!(w.as_str(), "assessed" | "presumed"))
            };
            // (Of the whole statement, opening where it opens: not "Kim, who is believed to be
            // 40, attended", a belief about a part of it.)
            let inner = |a: &Claim, b: &Claim| {
                a.source_span.is_none() && a.content.start() == b.content.start() && a.cue_span.is_some_and(|k| b.content.contains(k) && believed(k)) && b.source_span.is_some()
            };
            (x.contains(y) || y.contains(x)) && (same_cue || inner(&claims[i], &claims[j]) || inner(&claims[j], &claims[i]))
        });
        let Some(i) = twin else {
            j += 1;
            continue;
        };
        let rank = |c: &Claim| (c.source_entity.is_some(), c.source_span.is_some(), c.cue_span.map_or(0, |k| k.len()));
        let (keep, drop) = if rank(&claims[j]) > rank(&claims[i]) { (j, i) } else { (i, j) };
        let dropped = claims.remove(drop);
        let keep = if drop < keep { keep - 1 } else { keep };
        let kept = &mut claims[keep];
        if strength(dropped.status) > strength(kept.status) {
            kept.status = dropped.status;
        }
        for e in dropped.evidence {
            if !kept.evidence.contains(&e) {
                kept.evidence.push(e);
            }
        }
        kept.evidence.sort();
        // (The claim now at `j`, if any, has not been compared yet: `j` stays.)
    }
}

/// "... but we cannot confirm the number": a caveat in the first person inside a content
/// (lower case) is the speaker's own.
fn speakers_own_doubt(content: &str) -> bool {
    ["we ", "i "].iter().any(|who| unverified_phrases().any(|p| content.contains(&format!("{who}{p}"))))
}

/// "South Korea's military said they were unable to confirm the reports": the speaker says
/// it could not check something (the content, lower case, opens with its pronoun and the
/// caveat); what it says is asserted, and the reports it means are the unverified ones
/// ([`mark_unverified`]).
fn caveat_is_the_statement(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    let start = usize::from(words.first() == Some(&"that"));
    if !words.get(start).is_some_and(|w| PRONOUNS.contains(w)) {
        return false;
    }
    // (The caveat right after the pronoun and at most two words: "they were unable to
    // confirm", "it had not been able to verify".)
    let after_pronoun = words[start + 1..].iter().take(8).copied().collect::<Vec<_>>().join(" ");
    unverified_phrases().filter(|p| ["verif", "confirm", "establish"].iter().any(|w| p.contains(w))).any(|p| {
        after_pronoun.find(p).is_some_and(|at| after_pronoun[..at].split_whitespace().count() <= 2)
    })
}

/// The status a cue word gives what it introduces: [`CUE_VERBS`]'s, and, outside the tagger's
/// features, [`ACCUSING_CUES`]'s ("Poland blames Russian hackers for ...": an accusation).
pub(crate) fn cue_word_status(w: &str) -> Option<ClaimStatus> {
    CUE_VERBS.iter().find(|(f, _)| *f == w).map(|(_, s)| *s).or_else(|| ACCUSING_CUES.contains(&w).then_some(ClaimStatus::Alleged))
}

fn status_of(cue_status: ClaimStatus, content: &str, sentence: &str, concession: bool) -> ClaimStatus {
    if matches!(cue_status, ClaimStatus::Denied | ClaimStatus::Retracted) {
        return cue_status;
    }
    if concession {
        return ClaimStatus::Hedged;
    }
    // (Whole words: "was a lieutenant" is no "was a lie".)
    if DENIAL_PHRASES.iter().any(|p| contains_name(content, p)) || negated_subject(content) || dismisses_reports(content) || called_false(content) {
        return ClaimStatus::Denied;
    }
    // ("They were unable to confirm the reports": what the speaker says is that it could not
    // check them.)
    let own_caveat = caveat_is_the_statement(content);
    // ("We assess that the ships carried armour, but we cannot confirm the number": the
    // speaker's own doubt hedges what it says; no one else failed to check it.)
    if speakers_own_doubt(content) && !own_caveat {
        return ClaimStatus::Hedged;
    }
    if unverified_phrases().any(|p| sentence.contains(p)) && !own_caveat {
        return ClaimStatus::Unverified;
    }
    if cue_status == ClaimStatus::Alleged || has_allegation(content) {
        return ClaimStatus::Alleged;
    }
    if cue_status == ClaimStatus::Hedged || has_hedge(content) {
        return ClaimStatus::Hedged;
    }
    ClaimStatus::Asserted
}

/// Whether `content` has a word of [`ALLEGATION_WORDS`], not counting "alleged" that only names
/// a person ("12 officers had been arrested, including the alleged leader": a charge, no doubt
/// on the arrests).
fn has_allegation(content: &str) -> bool {
    let words: Vec<&str> = content.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    let person = |n: &str| {
        matches!(
            n,
            "leader" | "leaders" | "ringleader" | "ringleaders" | "mastermind" | "masterminds" | "perpetrator" | "perpetrators" | "killer" | "killers"
                | "attacker" | "attackers" | "gunman" | "gunmen" | "spy" | "spies" | "accomplice" | "accomplices" | "organiser" | "organizer" | "member" | "members"
        )
    };
    words.iter().enumerate().any(|(i, w)| {
        ALLEGATION_WORDS.contains(w) && !(*w == "alleged" && i > 0 && matches!(words[i - 1].to_lowercase().as_str(), "the" | "an" | "its" | "their" | "his" | "her") && words.get(i + 1).is_some_and(|n| person(n)))
    })
}

/// Whether `content` has a word of [`HEDGES`], not counting "suspected" that only names people
/// ("arrested nine suspected smugglers": a charge, no doubt on the arrest).
fn has_hedge(content: &str) -> bool {
    let words: Vec<&str> = content.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    let people = |n: &str| {
        matches!(
            n,
            "smugglers" | "smuggler" | "militants" | "militant" | "rebels" | "rebel" | "spies" | "spy" | "members" | "member" | "insurgents" | "gunmen"
                | "fighters" | "collaborators" | "traffickers" | "looters" | "attackers" | "jihadists" | "terrorists" | "saboteurs" | "agents"
                | "criminals" | "poachers" | "pirates" | "hackers"
        )
    };
    // (After a number, an article or a verb of what was done to them: "arrested nine suspected
    // smugglers"; not "they suspected insiders leaked ...".)
    let before_people = |i: usize| i > 0 && (words[i - 1].chars().all(|c| c.is_ascii_digit() || c == ',') || matches!(words[i - 1], "a" | "the" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozens" | "several" | "arrested" | "detained" | "killed" | "captured" | "of"));
    // ("with nothing but what they could carry", "ran as fast as they could": what someone was
    // able to do, no doubt on what is said.)
    let ability = |i: usize| {
        words[i] == "could"
            && i >= 2
            && matches!(words[i - 1], "they" | "he" | "she" | "we" | "I" | "you" | "it")
            && matches!(words[i - 2].to_lowercase().as_str(), "what" | "whatever" | "all" | "everything" | "anything" | "as" | "wherever")
    };
    words.iter().enumerate().any(|(i, w)| HEDGES.contains(w) && !(*w == "suspected" && before_people(i) && words.get(i + 1).is_some_and(|n| people(n))) && !ability(i))
}

/// A date right around the cue ("said on Friday", "provided evidence on Friday") is when the
/// claim was made; otherwise the publication date stands in.
fn claim_date(v: &View<'_>, cue: Option<Span>, a: usize, b: usize) -> Option<String> {
    let published = v.doc.published().map(|d| d.format("%Y-%m-%d").to_string());
    let Some(cue) = cue else { return published };
    let window = cue_time_window(v, cue, a, b);
    let dated = |t: &&sitrep_doc::TimeExpr| t.value.chars().next().is_some_and(|c| c.is_ascii_digit());
    let times = &v.doc.times().exprs;
    let own = times.iter().filter(dated).find(|t| window.contains(t.span));
    if own.is_none() {
        if let Some(earlier) = recalled_statement_date(v, cue, a, b) {
            return Some(earlier);
        }
    }
    own
        // "On Oct. 18, the service said ...": a date opening the sentence before its speaker.
        .or_else(|| {
            let opening = opening_date(v, cue, a)?;
            times.iter().filter(dated).find(|t| t.span == opening)
        })
        // "VDI gave a higher figure on Nov. 5, saying ...": a participle's statement was made
        // when the verb it follows was.
        .or_else(|| {
            let k = v.token_at_or_after(cue.start());
            let participle = k > a && v.w(k) != "according" && v.w(k).ends_with("ing") && v.w(k - 1) == ",";
            let from = v.span(a).start();
            // (Not a date of what was said before the participle: "said on Tuesday that a
            // convoy left between March 3 and March 5, citing ..." was said on Tuesday.)
            let said_from = (a..k).find(|&i| v.w(i) == "that" || is_open_quote(v.w(i))).map_or(cue.start(), |i| v.span(i).start());
            // (Only a time right before the participle's comma, "on Nov. 5, saying": not "the
            // March 3 attack, calling it ...", a date inside a noun phrase.)
            // (Or the time right after the sentence's main verb: "said on Tuesday that ...,
            // citing".)
            let comma = v.span(k.saturating_sub(1));
            let main_verb = (a..k).find(|&i| v.is_finite_verb(i)).filter(|&f| v.span(f).end() <= said_from);
            let verb_window = main_verb.map(|f| cue_time_window(v, v.span(f), a, b));
            participle
                .then(|| {
                    times.iter().filter(dated).filter(|t| t.span.start() >= from && t.span.end() <= said_from).rev().find(|t| {
                        let after = v.token_at_or_after(t.span.end());
                        v.span(after) == comma || verb_window.is_some_and(|w| w.contains(t.span))
                    })
                })
                .flatten()
        })
        // "called the reports \"another fake\" on Oct. 25.": a date closing the sentence right
        // after a quotation is when the words were spoken.
        // (A cue that names or puts the quotation, "put the figure at \"several hundred\" on
        // Wednesday"; not "said the troops had \"withdrawn\" on Oct. 25"; and no date to come.)
        .or_else(|| {
            let naming = matches!(
                v.doc.slice(cue).rsplit(' ').next().unwrap_or(""),
                "called" | "dubbed" | "described" | "labelled" | "labeled" | "branded" | "termed" | "dismissed" | "put" | "estimated"
            );
            times.iter().filter(dated).filter(|_| naming).find(|t| {
                let first = v.token_at_or_after(t.span.start());
                let after = v.token_at_or_after(t.span.end());
                t.span.start() >= cue.end()
                    && first >= a + 2
                    && first < b
                    && v.w(first - 1) == "on"
                    && is_close_quote(v.w(first - 2))
                    && (after >= b || matches!(v.w(after), "." | "," | ";" | "but" | "and"))
                    && published.as_deref().is_none_or(|p| t.value.as_str() <= p)
            })
        })
        // "Oct. 23: Austin says ...": a timeline entry's date is when its statement was made
        // (not "Oct. 8 to 13 - Ships carry ..., the NIS says later", "Later, the NIS said").
        .or_else(|| {
            let k = v.token_at_or_after(cue.start());
            // ("Later, the NIS said", "the NIS later said", "says later"; not "troops would later
            // move ..., officials say".)
            let opening = skip_dateline(v, a, b);
            if v.w(k + 1) == "later" || k > 0 && v.w(k - 1) == "later" || v.w(opening) == "later" {
                return None;
            }
            let label = v.line_entry_label(a)?;
            times.iter().filter(dated).find(|t| label.contains(t.span))
        })
        // (A date, as the ledger gives it: the day of a time, "said at 3 p.m. on Tuesday".)
        .map(|t| t.value.split('T').next().unwrap_or(&t.value).to_string())
        .or(published)
}

/// "acknowledged on Wednesday ..., a week after it dismissed reports of the convoy": a statement
/// recalled as what happened a span of time before the report's day was made that long before
/// it (by days and weeks a day, by months a month, by years a year). None when the text gives no
/// publication date or no such span.
fn recalled_statement_date(v: &View<'_>, cue: Span, a: usize, b: usize) -> Option<String> {
    use chrono::{Datelike, Days, Months, NaiveDate};
    let k = v.token_at_or_after(cue.start());
    // "after" with only a short subject between it and the cue ("it", "the ministry").
    let after = (k.saturating_sub(5).max(a + 1)..k).rev().find(|&i| v.w(i) == "after")?;
    if (after + 1..k).any(|i| v.is_finite_verb(i) || v.is_punct(i)) || after + 1 == k {
        return None;
    }
    // Counted from the day of the clause before "after" ("acknowledged on Wednesday"), else
    // from the publication date.
    let main_verb = (a..after).find(|&i| v.is_finite_verb(i));
    let clause_day = main_verb.and_then(|f| {
        let window = cue_time_window(v, v.span(f), a, b);
        v.doc.times().exprs.iter().filter(|t| window.contains(t.span) && t.span.end() <= v.span(after).start()).find_map(|t| NaiveDate::parse_from_str(t.value.get(..10)?, "%Y-%m-%d").ok())
    });
    let base = clause_day.or(v.doc.published())?;
    let before_after = v.span(after - 1);
    let span_of_time = v.doc.times().exprs.iter().find(|t| t.span.end() == before_after.end() && t.timex_type == sitrep_doc::TimexType::Duration)?;
    let value = span_of_time.value.strip_prefix('P')?;
    let unit = value.chars().last()?;
    let n: u32 = value.strip_suffix(unit)?.parse().ok()?;
    match unit {
        'D' => base.checked_sub_days(Days::new(u64::from(n))).map(|d| d.format("%Y-%m-%d").to_string()),
        'W' => base.checked_sub_days(Days::new(7 * u64::from(n))).map(|d| d.format("%Y-%m-%d").to_string()),
        'M' => base.checked_sub_months(Months::new(n)).map(|d| d.format("%Y-%m").to_string()),
        'Y' => Some(format!("{:04}", base.year() - i32::try_from(n).ok()?)),
        _ => None,
    }
}

/// "On Oct. 18, Varnia's intelligence service said ...", "In January, VDI said ...": a time
/// opening the sentence (after a preposition at most), set off by a comma, with only the speaker
/// between it and the cue, dates the statement. Its span, when there is one.
pub(crate) fn opening_date(v: &View<'_>, cue: Span, a: usize) -> Option<Span> {
    let k = v.token_at_or_after(cue.start());
    let t = v.doc.times().exprs.iter().find(|t| {
        let first = v.token_at_or_after(t.span.start());
        // (Not "Since February 2022, ..." or "By 2027, ...": a period or deadline of what is said.)
        // ("In a statement on Telegram on 13 November, the agency said": a date at the end of
        // the statement's setting.)
        let setting = first > a + 1 && first <= a + 10 && matches!(v.w(a), "in" | "at") && (a..first).all(|i| is_statement_setting(v, i));
        first >= a && (first <= a + 1 && (first == a || matches!(v.w(a), "on" | "in" | "at")) || setting)
    })?;
    // (Nor a date still to come.)
    let published = v.doc.published().map(|d| d.format("%Y-%m-%d").to_string());
    if published.is_some_and(|p| t.value.as_str() > p.as_str() && t.value.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let comma = v.token_at_or_after(t.span.end());
    let speaker_only = v.w(comma) == "," && comma < k && !(comma + 1..k).any(|i| v.is_finite_verb(i) || v.is_punct(i) && v.w(i) != "'s" && v.w(i) != "’s");
    // ("On 31 October, Blinken said ... and warned that ...": the second cue of the speaker.)
    // (The sentence's first verb after the date is a cue of its own: the speaker's first.)
    let coordinated = v.w(comma) == "," && comma < k && k > 0 && v.w(k - 1) == "and" && (comma + 1..k).find(|&i| v.is_finite_verb(i)).is_some_and(|i| CUE_VERBS.iter().any(|(c, _)| *c == v.w(i)));
    (speaker_only || coordinated).then_some(t.span)
}

/// The stretch after a cue in which a time expression dates the statement, not its content.
pub(crate) fn cue_time_window(v: &View<'_>, cue: Span, a: usize, b: usize) -> Span {
    let k = v.token_at_or_after(cue.end());
    let _ = a;
    // "said that in August, ...": after "that" or a quotation mark the date belongs to the content.
    // (Nor after a showing verb's article, where what is shown opens: "shows a 2019 exercise";
    // "said this week that" keeps its time.)
    let showing = matches!(v.doc.slice(cue).rsplit(' ').next().unwrap_or(""), "shows" | "show" | "showed" | "shown" | "indicates" | "suggests");
    let shown_opens = showing && !v.in_time(k) && matches!(v.w(k), "a" | "an" | "the" | "its" | "their" | "this" | "these" | "those");
    if k >= b || v.w(k) == "that" || is_open_quote(v.w(k)) || v.w(k) == "," || shown_opens {
        return Span::empty(cue.end());
    }
    let last = (k + 3).min(b - 1);
    Span::new(cue.start(), v.span(last).end())
}

/// "... Photo: X" inside a caption: X vouches for what the caption shows.
fn credit_claims(v: &View<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for &caption in v.doc.captions() {
        let first = v.token_at_or_after(caption.start());
        let end = v.token_at_or_after(caption.end());
        let credit = (first..end).find(|&i| {
            CREDIT_WORDS.iter().any(|(w, _)| *w == v.w(i)) && matches!(v.w(i + 1), ":" | "by" | "courtesy")
        });
        let Some(c) = credit else { continue };
        let cue_first = if c > first && v.w(c - 1) == "satellite" { c - 1 } else { c };
        let mut last = cue_first;
        while last > first && (v.is_punct(last - 1) || v.w(last - 1) == "(") {
            last -= 1;
        }
        if last <= first || c + 2 > end {
            continue;
        }
        let content = v.span_of(first, last - 1);
        let mut s_last = end - 1;
        while s_last > c + 2 && v.w(s_last) == "." {
            s_last -= 1;
        }
        let source = noun_phrase_source(v, c + 2, s_last, &[]);
        let caption_text = v.doc.slice(caption).to_lowercase();
        let mut evidence = evidence_in(&caption_text);
        let credit_kind = CREDIT_WORDS.iter().find(|(w, _)| *w == v.w(c)).map(|(_, e)| *e);
        let kind = if cue_first < c { Some(Evidence::SatelliteImagery) } else { credit_kind };
        if let Some(e) = kind {
            if !evidence.contains(&e) {
                evidence.push(e);
                evidence.sort();
            }
        }
        let (a, b) = v
            .doc
            .sentence_at(caption.start())
            .map_or((first, end), |s| (s.first_token, s.end_token));
        let _ = b;
        out.push(Claim {
            source_span: source.span,
            source_entity: source.entity,
            cue_span: Some(v.span_of(cue_first, c + 1)),
            content,
            evidence,
            status: status_of(ClaimStatus::Asserted, &lower_without_times(v, content), &caption_text, false),
            quote: QuoteKind::None,
            date: claim_date(v, None, a, end),
        });
    }
    out
}

/// "The agency cited satellite images ... The images showed ...": in a document about satellite
/// imagery, "the images" of a later sentence are those images, not photographs.
fn satellite_images_again(v: &View<'_>, claims: &mut [Claim]) {
    let satellite = (0..v.len()).any(|i| v.w(i) == "satellite" && v.w(i + 1).starts_with("imag"));
    if !satellite {
        return;
    }
    for c in claims.iter_mut().filter(|c| c.evidence.contains(&Evidence::Photo)) {
        let Some(s) = v.doc.sentence_at(c.content.start()) else { continue };
        let words: Vec<&str> = (s.first_token..s.end_token).map(|i| v.w(i)).collect();
        let images = words.iter().any(|w| matches!(*w, "image" | "images" | "imagery"));
        let photos = words.iter().any(|w| w.starts_with("photo") || w.starts_with("picture"));
        if images && !photos {
            c.evidence.retain(|e| *e != Evidence::Photo);
            if !c.evidence.contains(&Evidence::SatelliteImagery) {
                c.evidence.push(Evidence::SatelliteImagery);
                c.evidence.sort();
            }
        }
    }
}

/// "Kyiv Post cannot establish the circumstances surrounding the videos": the claims of the
/// last few sentences that rest on what the sentence names become unverified (or, when none of
/// them does, every claim before it that rests on it), unless they are already weaker than
/// asserted.
fn mark_unverified(v: &View<'_>, sentences: &[(usize, usize)], claims: &mut [Claim]) {
    for (si, &(a, b)) in sentences.iter().enumerate() {
        let span = v.span_of(a, b - 1);
        let text = v.doc.slice(span).to_lowercase();
        // "Neither account could be independently confirmed": both sides' claims, negated by
        // the subject.
        let neither = ["neither account", "neither side", "neither claim", "neither version", "neither report"].iter().any(|p| without_connective(&text).starts_with(p))
            && ["could be", "can be", "has been", "have been"].iter().any(|m| ["verified", "confirmed"].iter().any(|w| text.contains(&format!("{m} {w}")) || text.contains(&format!("{m} independently {w}"))))
            // (So is "could not independently verify either account".)
            || ["verify either account", "confirm either account", "verify either version", "confirm either version", "verify either claim", "confirm either claim"].iter().any(|p| text.replace(" independently", "").contains(p));
        if !unverified_phrases().any(|p| text.contains(p)) && !neither {
            continue;
        }
        let named = evidence_in(&text);
        // "could not verify the figures independently": the claims that give a number.
        let about_figures = has_word(&text, FIGURE_WORDS);
        // "the footage or the casualty figures": both are in doubt, each with its claims.
        let both_named = about_figures && !named.is_empty() && (text.contains(" or ") || text.contains(" and "));
        // "Kyiv Post cannot establish the circumstances surrounding the videos" reaches back
        // to the claims resting on videos a few sentences up; "The claim could not be
        // independently verified" names nothing and means the claim just before.
        // "could not verify either side's reports", "The reports could not be confirmed": the
        // claims of the sentences before, as far as a named kind of evidence reaches.
        let plural = PLURAL_CLAIM_REFERENCES.iter().any(|p| text.contains(p));
        // "unable to verify the sources' claims": the claims of sources described as such
        // ("two sources told ...", "one of the sources said"), as far back as the report goes,
        // not the denials between them.
        let about_sources = ["sources'", "sources’", "source's", "source’s"].iter().any(|p| text.contains(p));
        let from_a_source = |c: &Claim| c.source_span.is_some_and(|s| v.doc.slice(s).to_lowercase().contains("source"));
        // "could not verify either side's account": every side's claims before it, however far
        // back the report gave them.
        // (The possessive only: not "shelling on either side of the border".)
        let both_sides = ["either side's", "either side’s", "both sides'", "both sides’", "either party's", "either party’s", "both parties'", "both parties’"]
                .iter()
                .any(|p| text.contains(p));
        // "Bloggers claimed that ... These claims could not be verified": the claims just made,
        // not the statements of others before them.
        let previous = si.checked_sub(1).map(|p| v.span_of(sentences[p].0, sentences[p].1 - 1));
        // (So too "these figures" after a sentence whose claim gives figures.)
        let gives_figures_in = |c: &Claim| v.doc.quantities().iter().any(|q| c.content.contains(q.span));
        let just_before = |c: &Claim| previous.is_some_and(|p| p.contains_offset(c.content.start()));
        let claims_just_made = ["these claims", "such claims", "those claims", "the claims"].iter().any(|p| text.contains(p))
            && claims.iter().any(|c| just_before(c) && c.status == ClaimStatus::Alleged)
            || ["these figures", "those figures", "these numbers", "the figures"].iter().any(|p| text.contains(p))
                && claims.iter().any(|c| just_before(c) && gives_figures_in(c));
        // "Its claims could not be verified": the claims of the last speaker before of the
        // pronoun's kind (an organisation for "its", a person for "his", "her"), as far back
        // as that speaker goes.
        let layer = v.doc.entities();
        let possessor = [("its", false), ("his", true), ("her", true)].iter().find_map(|&(pronoun, person)| {
            contains_name(&text, &format!("{pronoun} claims")).then(|| {
                claims.iter().rev().filter(|c| c.content.end() <= span.start()).find_map(|c| {
                    c.source_entity.filter(|&e| {
                        let t = layer.entities[e].entity_type;
                        if person { t == EntityType::Per } else { matches!(t, EntityType::Org | EntityType::Unit | EntityType::Gpe) }
                    })
                })
            })?
        });
        // "The findings could not be independently verified": the claims of whoever published
        // the report or study the text draws on, as far back as they go.
        // (Only as what the caveat is about, its subject: not "could not verify the video cited in
        // the study".)
        let findings = ["the findings", "these findings", "its findings", "the report's findings", "the report’s findings", "the study", "the report"]
            .iter()
            .any(|p| without_connective(&text).starts_with(p))
            .then(|| author_of(v, REPORT_WORDS, a))
            .flatten();
        let reach_back = possessor.is_none() && findings.is_some();
        let possessor = possessor.or(findings);
        // "could not independently verify the death toll": the claims that count the dead or
        // wounded, wherever the report gave them (the toll is its lead), not other figures
        // ("12 million people have been displaced").
        let about_toll = ["death toll", "casualty figures", "casualty toll", "the toll", "number of dead", "number of casualties"].iter().any(|p| text.contains(p));
        let counts_casualties = |c: &Claim| {
            let content = v.doc.slice(c.content).to_lowercase();
            ["killed", "killing", "dead", "died", "wounded", "wounding", "injured", "injuring", "casualties", "toll", "deaths"].iter().any(|w| contains_name(&content, w))
        };
        let reach = if reach_back {
            si
        } else if possessor.is_some() {
            3
        } else if about_toll {
            // (The three sentences before it, and the lead's toll below: not a second incident
            // further up a roundup.)
            3
        } else if about_sources || both_sides {
            si
        } else if neither {
            // (The accounts just given: "Neither account could be independently confirmed";
            // the two sides' may stand a few sentences apart, a comment between them.)
            5
        } else if named.is_empty() && !about_figures && !plural || claims_just_made {
            1
        } else {
            3
        };
        // "unable to confirm the reports of fighting": the claims that tell of that kind of
        // happening, as far back as the report goes, and no others near the caveat.
        // (When one before tells of it: "could not verify reports of shelling" after "14
        // buildings were damaged" means the claim just before, as any caveat does.)
        // The kinds of happening a claim's content tells of (its triggers' event types).
        let kinds_told = |c: &Claim| -> Vec<&'static str> {
            let (first, end) = (v.token_at_or_after(c.content.start()), v.token_at_or_after(c.content.end()));
            (first..end).filter_map(|i| crate::events::trigger_at(v, i)).map(|t| t.event_type).collect()
        };
        let tells_of = |c: &Claim, kind: &str| kinds_told(c).contains(&kind);
        let topic = reported_happening(v, a, b).filter(|kind| claims.iter().any(|c| c.content.end() <= span.start() && tells_of(c, kind)));
        let reach = if topic.is_some() { si } else { reach };
        let from = v.span(sentences[si.saturating_sub(reach)].0).start();
        let gives_figures = |c: &Claim| v.doc.quantities().iter().any(|q| c.content.contains(q.span));
        // The kinds of happening each claim in reach tells of, by source, for "neither account".
        let accounts: Vec<(Option<usize>, Vec<&'static str>)> = if neither {
            claims.iter().filter(|c| c.content.start() >= from && c.content.start() < span.start()).map(|c| (c.source_entity, kinds_told(c))).collect()
        } else {
            Vec::new()
        };
        // "could not independently verify the number of aircraft at the base": the claims that
        // count aircraft, however far back the report gave them (its lead).
        let counted = text.find("number of ").map(|at| &text[at + "number of ".len()..]).and_then(|rest| rest.split(|c: char| !c.is_alphanumeric() && c != '-').next()).filter(|w| w.len() > 2);
        let counts_them = |c: &Claim| {
            counted.is_some_and(|noun| {
                v.doc.quantities().iter().any(|q| c.content.contains(q.span) && (q.unit.as_deref() == Some(noun) || q.unit_span.is_some_and(|u| v.doc.slice(u).to_lowercase() == noun)))
            })
        };
        // The claim that voices the caveat ("ISW has not observed confirmation of this claim")
        // is not itself unverified; a claim earlier in the caveat's own sentence is the one it
        // means ("X claimed ..., but ISW has not observed ...").
        let phrase_at = unverified_phrases()
            .filter_map(|p| text.find(p))
            .chain(neither.then(|| text.find("neither")).flatten())
            .min()
            .map(|at| span.start() + at);
        // (Nor one whose content is the caveat: "Neither account could be confirmed, the
        // mission said.")
        let voices = |c: &Claim| {
            phrase_at.zip(c.cue_span).is_some_and(|(at, cue)| cue.contains_offset(at) || (cue.end() <= at && at - cue.end() < 2))
                || phrase_at.is_some_and(|at| c.content.contains_offset(at))
        };
        let in_sentence = phrase_at.is_some_and(|at| {
            claims.iter().any(|c| !voices(c) && c.content.start() >= span.start() && c.content.start() < at)
        });
        let from = if in_sentence { span.start() } else { from };
        // "The photographs could not be independently verified", the report's last line: every
        // claim before it resting on photographs, however far back, when none came nearer.
        let evidence_named_only = !named.is_empty() && !about_figures && possessor.is_none() && !about_toll && !in_sentence;
        let rests_on_named = |c: &Claim| c.evidence.iter().any(|e| named.contains(e));
        let none_nearer = !claims.iter().any(|c| c.content.start() >= from && c.content.start() < span.start() && rests_on_named(c));
        let from = if evidence_named_only && none_nearer { 0 } else { from };
        // (The first claim of the report that counts casualties: its lead's toll.)
        let lead_toll = claims.iter().find(|c| counts_casualties(c)).map(|c| c.content.start());
        // "HUR reports ... According to HUR, ... The claims could not be independently
        // verified": the claims of the sources the caveat's reach holds, as far back as they go.
        let general = plural && named.is_empty() && !about_figures && !claims_just_made && topic.is_none() && possessor.is_none();
        // (Of a body that reports, an agency or a unit: not a government quoted throughout on
        // other matters.)
        let layer = v.doc.entities();
        let sources_in_reach: Vec<usize> = claims
            .iter()
            .filter(|c| general && c.content.start() >= from && c.content.start() < span.start())
            .filter_map(|c| c.source_entity)
            .filter(|&e| matches!(layer.entities[e].entity_type, EntityType::Org | EntityType::Unit))
            .collect();
        // "could not independently verify the attribution": the accusations made before it,
        // and what their makers said besides, however far back; not the researchers' or the
        // accused's words.
        let about_accusation = ["the attribution", "the accusation", "the allegation", "these accusations", "these allegations", "such accusations"].iter().any(|p| text.contains(p));
        // (Of accusations only, "blames", "accused": not whoever "claimed" something.)
        let accusing = |c: &Claim| c.cue_span.and_then(|k| token_range(v, k)).is_some_and(|(_, l)| ACCUSING_CUES.contains(&v.w(l)) || matches!(v.w(l), "accused" | "alleged" | "alleges"));
        let accusers: Vec<usize> = claims
            .iter()
            .filter(|c| about_accusation && c.status == ClaimStatus::Alleged && accusing(c) && c.content.end() <= span.start())
            .filter_map(|c| c.source_entity)
            .collect();
        if !accusers.is_empty() && named.is_empty() && !about_figures {
            for c in claims.iter_mut() {
                let accusers_word = c.content.end() <= span.start() && c.source_entity.is_some_and(|e| accusers.contains(&e));
                if accusers_word && !voices(c) && matches!(c.status, ClaimStatus::Asserted | ClaimStatus::Hedged) {
                    c.status = ClaimStatus::Unverified;
                }
            }
            continue;
        }
        for c in claims.iter_mut() {
            let own_doubt = speakers_own_doubt(&v.doc.slice(c.content).to_lowercase());
            if voices(c) || own_doubt || about_sources && !from_a_source(c) || possessor.is_some_and(|e| c.source_entity != Some(e)) || about_toll && !counts_casualties(c) && !c.evidence.iter().any(|e| named.contains(e)) {
                continue;
            }
            let near = c.content.start() >= from && c.content.start() < span.end()
                || about_toll && Some(c.content.start()) == lead_toll
                || c.content.start() < span.start() && counts_them(c)
                || c.content.start() < span.start() && c.source_entity.is_some_and(|e| sources_in_reach.contains(&e));
            // "could not verify the footage or the casualty figures": both the claims resting
            // on the footage and those giving numbers.
            // (An account further back tells of a happening that another source in reach tells
            // of too: not the lead's evacuation, which only one source gives.)
            let tells_any = || kinds_told(c).iter().any(|kind| accounts.iter().any(|(source, kinds)| *source != c.source_entity && kinds.contains(kind)));
            let rests_on = match (about_figures, named.is_empty()) {
                _ if topic.is_some() => topic.is_some_and(|kind| tells_of(c, kind)),
                // (The accounts of the last three sentences, as any caveat's; further back,
                // only one telling of what another source tells of too.)
                // (The accounts are the sides' named voices: not "regional officials said" of the
                // strike both sides then blame on the other.)
                _ if neither && !about_figures => c.source_entity.is_some() && (c.content.start() >= v.span(sentences[si.saturating_sub(3)].0).start() || tells_any()),
                (true, false) if both_named => gives_figures(c) || c.evidence.iter().any(|e| named.contains(e)),
                // "the figures cited in the video": the figures.
                // ("Neither side's casualty figures could be verified": "one of its fighters was
                // killed" is such a figure, in words the quantities do not count.)
                (true, _) => gives_figures(c) || about_toll && counts_casualties(c),
                (false, false) => c.evidence.iter().any(|e| named.contains(e)),
                (false, true) => true,
            };
            if near && rests_on && matches!(c.status, ClaimStatus::Asserted | ClaimStatus::Hedged) {
                c.status = ClaimStatus::Unverified;
            }
        }
    }
}

/// The kind of happening a caveat's reports are of, when they are what the caveat doubts:
/// "could not verify the reports of fighting", "Reports of strikes on the port could not be
/// confirmed" (the event type of the first trigger after "of"); not "could not verify the video,
/// which came amid reports of fighting".
fn reported_happening(v: &View<'_>, a: usize, b: usize) -> Option<&'static str> {
    let start = v.span(a).start();
    let text = v.doc.slice(v.span_of(a, b - 1)).to_lowercase();
    let (at, len) = unverified_phrases().filter_map(|p| text.find(p).map(|at| (at, p.len()))).min()?;
    let (caveat_first, caveat_end) = (v.token_at_or_after(start + at), v.token_at_or_after(start + at + len));
    let noun = (a..b.saturating_sub(2)).find(|&i| {
        let object = i >= caveat_end && i <= caveat_end + 1 && (caveat_end..i).all(|j| matches!(v.w(j), "the" | "these" | "those"));
        let subject = i < caveat_first && (a..i).all(|j| matches!(v.w(j), "the" | "these" | "those" | "such"));
        REPORT_NOUNS.contains(&v.w(i)) && v.w(i + 1) == "of" && (object || subject)
    })?;
    // (Up to two words of the noun phrase: "reports of heavy fighting", "of the strike".)
    (noun + 2..(noun + 5).min(b)).take_while(|&j| v.is_word(j) && v.w(j) != "that").find_map(|j| crate::events::trigger_at(v, j)).map(|t| t.event_type)
}

/// The token range `[first, last]` a span covers.
fn token_range(v: &View<'_>, span: Span) -> Option<(usize, usize)> {
    let first = v.token_at_or_after(span.start());
    let end = v.token_at_or_after(span.end());
    (first < end && end <= v.len()).then(|| (first, end - 1))
}

/// Source and cue spans as PARC-style attribution corpora (PolNeAR) bound them, whichever rule
/// or model found them: the cue keeps its auxiliaries, negation and adverbs ("has not said"), a
/// colon after it ("said:") and the preposition a non-speech cue takes ("complained about"); the
/// source keeps its determiner and the titles and names before its head ("the agency", "Clinton
/// spokesman Nick Merrill"), and loses a participle or prepositional insertion after a comma
/// ("Olsen, speaking in Kessa,") and a cue swallowed at its end.
pub(crate) fn conventional_spans(v: &View<'_>, c: &mut Claim) {
    let first_source = c.source_span;
    // The source first loses the adverbs and auxiliaries it swallowed, so that the cue can
    // take them ("Olsen boldly | suggested" -> "boldly suggested").
    if let Some(src) = c.source_span {
        c.source_span = Some(conventional_source(v, src, c.cue_span, c.content));
    }
    if let Some(cue) = c.cue_span {
        if let Some((cue, content)) = conventional_cue(v, cue, c.source_span, c.content) {
            c.cue_span = Some(cue);
            c.content = content;
        }
    }
    if let Some(src) = c.source_span {
        c.source_span = Some(conventional_source(v, src, c.cue_span, c.content));
    }
    // "Meanwhile, Russian strikes killed three people, the governor said": the connective links
    // the report's sentences, and is no part of what the governor said (PolNeAR's contents open
    // after it: after "But" 58 times in train, with it once).
    if let Some((first, last)) = token_range(v, c.content) {
        let skip = match v.w(first) {
            // (Not "Yet another drone attack hit Odesa": "yet" of a quantity.)
            "yet" if matches!(v.w(first + 1), "another" | "more" | "again" | "to") => 0,
            "but" | "and" | "yet" if v.w(first + 1) == "," => 2,
            "but" | "and" | "yet" => 1,
            w if SENTENCE_CONNECTIVES.contains(&w) && v.w(first + 1) == "," => 2,
            _ => 0,
        };
        let before_cue = c.cue_span.is_none_or(|cue| cue.start() >= c.content.end());
        if skip > 0 && first + skip <= last && before_cue && v.opens_sentence(first) {
            c.content = v.span_of(first + skip, last);
        }
    }
    // "Russia-Ukraine war live: North Korean troops spotted in Kursk, Kyiv says": a headline's
    // kicker before a colon labels the page, and is no part of what Kyiv says.
    if let Some((first, last)) = token_range(v, c.content) {
        let headline = v.opens_line(first) && !matches!(v.w(last + 1), "." | "!" | "?");
        let colon = (first + 1..(first + 6).min(last)).find(|&i| v.w(i) == ":");
        let before_cue = c.cue_span.is_none_or(|cue| cue.start() >= c.content.end());
        if let Some(colon) = colon.filter(|&colon| headline && before_cue && !(first..colon).any(|i| is_open_quote(v.w(i)))) {
            if colon < last {
                c.content = v.span_of(colon + 1, last);
            }
        }
    }
    // A source that grew past its first words to another name ("Finland" -> "Finland's Coastal
    // Monitoring Agency", "candidate" -> "candidate Ann Olsen") is that name's entity; one that
    // grew past its owner to a common noun ("Norland's army") is not the owner's.
    if let (Some(src), Some(grown)) = (first_source, c.source_span) {
        if grown != src && grown.contains(src) {
            let head = token_range(v, grown).and_then(|(_, last)| v.entity_at(last));
            match head {
                Some(m) if m.span.start() >= src.end() => c.source_entity = Some(m.entity),
                None if matches!(v.w(v.token_at_or_after(src.end())), "’s" | "'s") => c.source_entity = None,
                _ => {}
            }
        }
    }
}

/// The name opening the sentence that starts at token `a` (after an article, an owner or a
/// sentence adverb), before token `h`: the subject a coordinated cue shares ("Kim visited a
/// drone institute and called for ...").
fn sentence_subject(v: &View<'_>, a: usize, h: usize) -> Option<Source> {
    let start = v.span(a).start();
    let m = v
        .doc
        .entities()
        .mentions
        .iter()
        .filter(|m| m.span.start() >= start && m.span.end() <= v.span(h).start())
        // (A country that acts: "South Korea summoned the ambassador and demanded ...".)
        .find(|m| {
            let after = v.token_at_or_after(m.span.end());
            !v.doc.entities().entities[m.entity].entity_type.is_place() || v.xpos(after).is_some_and(|x| x.starts_with("VB"))
        })?;
    // "Finnish President Mikko Lahti said ... and called ...": a nationality before a title and
    // a name is no subject; the person is.
    let layer = v.doc.entities();
    // (Whether it opens the sentence is read at the nationality.)
    let opening_at = v.token_at_or_after(m.span.start());
    // ("Kremlin spokesman Dmitry Peskov denied ... and called ...": so is an organisation
    // before a spokesman's title and name.)
    let owner_of_title = matches!(layer.entities[m.entity].entity_type, EntityType::Org | EntityType::Gpe);
    let m = if layer.entities[m.entity].entity_type == EntityType::Norp || owner_of_title {
        let from = v.token_at_or_after(m.span.end());
        let title = |i: usize| owner_of_title && (is_title(v.w(i)) || matches!(v.w(i), "spokesman" | "spokeswoman" | "spokesperson"));
        layer
            .mentions
            .iter()
            .filter(|n| n.span.start() >= m.span.end() && n.span.end() <= v.span(h).start())
            .min_by_key(|n| n.span.start())
            .filter(|n| !owner_of_title || layer.entities[n.entity].entity_type == EntityType::Per)
            .filter(|n| {
                let to = v.token_at_or_after(n.span.start());
                to <= from + 4
                    && (from..to).all(|i| v.is_word(i) && !v.is_finite_verb(i) && (title(i) || v.doc.slice(v.span(i)).starts_with(char::is_uppercase)))
                    && (!owner_of_title || (from..to).any(title))
            })
            .unwrap_or(m)
    } else {
        m
    };
    // Only the subject: the name opens the sentence (after an article or owner, or a time:
    // "Earlier this week, South Korea ...").
    let first = opening_at;
    let opening = (a..first).all(|i| v.in_time(i) || v.is_punct(i) || matches!(v.w(i), "the" | "a" | "an" | "earlier" | "later" | "meanwhile" | "separately" | "also"));
    // ("The head of Buryatia, Alexei Tsydenov, called ...": the name in apposition to the
    // subject.)
    let after = v.token_at_or_after(m.span.end());
    let apposition = first > a && v.w(first - 1) == "," && v.w(after) == "," && !(a..first).any(|i| v.is_finite_verb(i));
    (first <= a + 3 || opening || apposition).then_some(Source { span: Some(m.span), entity: Some(m.entity) })
}

/// "Having said that, ...", "That said, ...": a phrase that links two of the writer's sentences,
/// not a statement.
fn discourse_marker(v: &View<'_>, k: usize) -> bool {
    v.w(k) == "said" && k > 0 && (v.w(k - 1) == "having" && v.w(k + 1) == "that" && v.w(k + 2) == "," || v.w(k - 1) == "that" && v.w(k + 1) == ",")
}

/// Whether the cue `[first, end)` is a verb in a use that reports nothing: a participle naming
/// the noun before it ("a group called Lashkar-e-Taiba", "a man named Tom Clarke"), a verb whose
/// particle makes it a movement or a cancellation ("showed up at the debate", "called off the
/// strike", "called up reservists"), "let's say" (a supposition), a weapon fired ("fired a
/// missile") or a measure imposed ("imposed sanctions"; these two only the tagger reads as
/// cues: no rule takes those verbs). (PolNeAR makes cues of
/// other participles, "a contractor accused of spying", "a state seen as critical", and of
/// other particle verbs, "talked up", "shrugged off", "doubled down on": those stay.)
fn no_reporting_use(v: &View<'_>, first: usize, end: usize) -> bool {
    let k = end - 1;
    // (The part-of-speech tagger now and then reads a finite verb as a participle, "Time
    // magazine named him": a name follows a naming participle, not a pronoun or an article.)
    // ("a group called the Islamic State"; not "a referendum branded “a sham” by Western
    // governments", whose agent makes it an attribution, nor a quotation, "a box labeled
    // “medical problem”", which PolNeAR takes for one.)
    let capitalised = |i: usize| i < v.len() && v.doc.slice(v.span(i)).starts_with(|c: char| c.is_uppercase()) && !PRONOUNS.contains(&v.w(i));
    let agent_follows = (k + 1..(k + 8).min(v.len())).take_while(|&i| !matches!(v.w(i), "." | ";")).any(|i| v.w(i) == "by");
    let name_follows = |i: usize| {
        !agent_follows && (capitalised(i) || v.w(i) == "the" && capitalised(i + 1))
    };
    // (Nor does one follow a name: "Donald Trump named Sen. Ted Cruz" is a finite verb misread.)
    let noun_before = v.head(k).is_some_and(|h| h + 1 == k && v.xpos(h).is_some_and(|x| x == "NN" || x == "NNS") && v.head(h).is_some());
    // ("A militia called the Varn Guard holds the bridge": the parser may read "called" as the
    // verb of a clause "the Varn Guard holds ..."; a naming verb takes no such clause.)
    let clause_without_that = v.xpos(k).is_some_and(|x| x == "VBD" || x == "VBN")
        && k > 0
        && v.xpos(k - 1).is_some_and(|x| x == "NN" || x == "NNS")
        && (k + 1..v.len()).any(|c| v.head(c) == Some(k) && v.deprel(c) == Some("ccomp") && !(k + 1..c).any(|m| matches!(v.w(m), "that" | "whether")));
    let names_next = end == first + 1 && NAMING_PARTICIPLES.contains(&v.w(k)) && k + 1 < v.len() && name_follows(k + 1);
    let naming_participle = names_next && (clause_without_that || v.xpos(k) == Some("VBN") && v.deprel(k) == Some("acl") && noun_before);
    let particle = (first..end).any(|verb| {
        let lemma = v.doc.syntax().and_then(|s| s.lemma.get(verb)).map_or("", String::as_str);
        (verb + 1..=end).any(|p| {
            v.deprel(p) == Some("compound:prt")
                && v.head(p) == Some(verb)
                && NON_REPORTING_PARTICLE_VERBS.contains(&(lemma, v.w(p)))
        })
    });
    let supposition = v.w(k) == "say" && first >= 2 && v.w(first - 2) == "let" && matches!(v.w(first - 1), "'s" | "’s" | "us");
    // "The reported raid comes six weeks after ...", "the alleged attack": a participle before
    // its noun qualifies the thing; nobody says anything here.
    let attributive = end == first + 1
        && matches!(v.w(k), "reported" | "alleged" | "claimed" | "purported" | "rumored" | "rumoured" | "supposed")
        && first > 0
        && matches!(v.w(first - 1), "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "their" | "his" | "her")
        && (k + 1..(k + 3).min(v.len())).take_while(|&i| v.xpos(i).is_some_and(|x| x.starts_with("JJ") || x.starts_with("NN"))).any(|i| v.xpos(i).is_some_and(|x| x.starts_with("NN")));
    // "North Korea fired a ballistic missile into the sea": a weapon fired says nothing ("fired
    // back at his critics", "fired off a letter" may).
    let weapon_fired = end == first + 1
        && matches!(v.w(k), "fired" | "fires" | "fire" | "launched" | "launches" | "launch" | "shot" | "tested" | "test-fired")
        && (k + 1..(k + 6).min(v.len())).take_while(|&i| !v.is_punct(i)).any(|i| LAUNCHED_THINGS.contains(&v.w(i)) || ARMS_AND_TARGETS.contains(&v.w(i)));
    // "imposed sanctions on five companies": a measure taken, not a statement.
    let measure_imposed = end == first + 1 && MEASURE_VERBS.contains(&v.w(k)) && (k + 1..(k + 4).min(v.len())).any(|i| MEASURES.contains(&v.w(i)));
    // "Neither man spoke Russian or Ukrainian": a language spoken, not a statement.
    let language_spoken = end == first + 1
        && matches!(v.w(k), "spoke" | "speak" | "speaks" | "speaking")
        && (v.entity_at(k + 1).is_some_and(|m| v.doc.entities().entities[m.entity].entity_type == EntityType::Norp) || matches!(v.w(k + 1), "english" | "french" | "arabic" | "chinese" | "korean" | "russian" | "ukrainian" | "german" | "spanish"));
    // "Putin signs law ratifying defence pact", "signed a decree on Monday ordering ...", "The
    // treaty, signed by Putin and Kim": a document signed is an act, not a statement.
    let verb = if v.w(k) == "by" && end == first + 2 { first } else { k };
    let signing = matches!(v.w(verb), "signed" | "signs" | "sign" | "signing" | "ratified" | "ratifies" | "ratify");
    // ("signed by" after the document: "The treaty, signed by Putin and Kim"; not "A letter
    // signed by 100 lawmakers urged ...".)
    let document_before = (first.saturating_sub(3)..first).any(|i| SIGNED_DOCUMENTS.contains(&v.w(i)));
    let document_signed = signing
        && (end == first + 2 && v.w(k) == "by" && document_before
            || end == first + 1 && (k + 1..(k + 4).min(v.len())).take_while(|&i| !v.is_punct(i)).any(|i| SIGNED_DOCUMENTS.contains(&v.w(i))));
    // "Kim Jong Un oversees tests of new attack drones": being there at an act says nothing.
    let presence = end == first + 1 && PRESENCE_VERBS.contains(&v.w(k));
    // ("Photographs of the wreckage posted on social media show ...", "Videos posted online
    // show ...": pictures put online, a participle after its noun, are the evidence of what
    // they show, no statement of their own.)
    naming_participle || particle || supposition || attributive || weapon_fired || measure_imposed || language_spoken || document_signed || presence || pictures_posted(v, first) || found_where_it_lay(v, k)
}

/// "The grave was found in a forest", "bodies were found near the road", "two men were found
/// dead": the passive "found" at `k` tells of a thing found where it lay, not of a finding
/// stated ("it was found that ...", "investigators found that ...").
fn found_where_it_lay(v: &View<'_>, k: usize) -> bool {
    let passive = k > 0 && (k.saturating_sub(2)..k).any(|i| matches!(v.w(i), "was" | "were" | "been" | "is" | "are" | "be"));
    let next = k + 1;
    let where_or_how = v.xpos(next) == Some("IN") && v.w(next) != "that" || matches!(v.w(next), "dead" | "alive" | "buried" | "hanged" | "lying" | "there" | "nearby");
    // (Not a finding after all: "It was found during the audit that ...", "Iran was found in
    // breach of its obligations".)
    // (An expletive "it" with its "that" clause, not "it was found abandoned" nor "bodies were
    // found in a basement that troops had used".)
    let expletive = (k.saturating_sub(3)..k).any(|i| v.w(i) == "it") && (k + 1..(k + 9).min(v.len())).any(|i| v.w(i) == "that");
    let in_breach = v.w(next) == "in" && matches!(v.w(next + 1), "breach" | "violation" | "contempt");
    // ("any South Korean weapons found in Ukraine would be treated as targets": a participle
    // right after its noun, with no auxiliary.)
    // (A participle the parse hangs from the noun: not "U.N. investigators found in a report
    // released Monday that ...", a finite verb.)
    let reduced = k > 0
        && v.xpos(k - 1).is_some_and(|x| x == "NNS" || x == "NN")
        && v.xpos(k) == Some("VBN")
        && v.deprel(k) == Some("acl")
        && v.xpos(next) == Some("IN")
        && v.w(next) != "that";
    matches!(v.w(k), "found" | "discovered" | "uncovered") && (passive || reduced) && where_or_how && !expletive && !in_breach
}

/// Whether the cue at `k` is inside a free relative ("beyond what I've said", "what he told
/// reporters"): it names something said, and states nothing here (unless "was that ..."
/// follows).
fn free_relative(v: &View<'_>, k: usize) -> bool {
    // ("What he said was that Moscow would not back down" says it after all.)
    if is_be(v.w(k + 1)) && v.w(k + 2) == "that" {
        return false;
    }
    let mut i = k;
    while i > 0 && (AUXILIARIES.contains(&v.w(i - 1)) || matches!(v.w(i - 1), "’ve" | "'ve" | "’d" | "'d" | "’s" | "'s")) {
        i -= 1;
    }
    let pronoun_before = i >= 1 && (PRONOUNS.contains(&v.w(i - 1)) || v.xpos(i - 1) == Some("PRP"));
    // ("did not say who she believed was responsible": a question left open.)
    // (The question word right after the verb of telling: not a relative clause, "did not name
    // the suspect, who they believed was acting alone".)
    let open_question = i >= 3
        && v.w(i - 2) == "who"
        && pronoun_before
        && matches!(v.w(i - 3), "say" | "know" | "disclose" | "reveal" | "identify" | "name" | "specify")
        && (i.saturating_sub(7)..i - 3).any(|j| NON_STATEMENT_WORDS.contains(&v.w(j)));
    i >= 2 && v.w(i - 2) == "what" && pronoun_before || i >= 1 && v.w(i - 1) == "what" || open_question
}

/// Whether the participle at `k` is a passive belief or report before "to" ("troops were
/// believed to be in Pskov", "he is said to have left"): it raises the subject of what is
/// believed, who is then no source.
fn raised_belief(v: &View<'_>, k: usize) -> bool {
    // ("North Korean troops said to be moving toward front": a headline drops the auxiliary.)
    let headline_passive = matches!(v.w(k + 2), "be" | "have") && v.xpos(k.wrapping_sub(1)).is_some_and(|x| x.starts_with("NN"));
    k > 0 && RAISED_BELIEFS.contains(&v.w(k)) && v.w(k + 1) == "to" && (is_be(v.w(k - 1)) || headline_passive)
}

/// Whether the adverb at `i` follows a verb that is not an auxiliary ("who was not authorized to
/// speak publicly said"): it belongs to that verb's clause, not to the cue after it ("has also
/// said" keeps "also").
fn modifies_verb_before(v: &View<'_>, i: usize) -> bool {
    i > 0
        && v.xpos(i).is_some_and(|x| x.starts_with("RB"))
        && v.xpos(i - 1).is_some_and(|x| x.starts_with("VB"))
        && !AUXILIARIES.contains(&v.w(i - 1))
        && !is_be(v.w(i - 1))
        && !matches!(v.w(i - 1), "’s" | "'s" | "’ve" | "'ve" | "’d" | "'d" | "having")
}

pub(crate) fn conventional_cue(v: &View<'_>, cue: Span, source: Option<Span>, content: Span) -> Option<(Span, Span)> {
    let (first, last) = token_range(v, cue)?;
    let sentence = v.doc.sentence_at(cue.start())?;
    let (floor, ceiling) = (sentence.first_token, sentence.end_token);
    let taken = |i: usize| source.is_some_and(|s| s.overlaps(v.span(i))) || content.overlaps(v.span(i));
    let adverb = |i: usize| {
        v.w(i).ends_with("ly")
            && v.doc.slice(v.span(i)).starts_with(char::is_lowercase)
            && v.xpos(i).is_some_and(|x| x == "RB")
    };
    let group_word = |i: usize| {
        let w = v.w(i);
        CUE_GROUP_WORDS.contains(&w)
            || matches!(w, "’ve" | "'ve" | "’d" | "'d" | "’ll" | "'ll" | "often" | "always")
            || w.ends_with("n't") || w.ends_with("n’t")
            || adverb(i)
    };
    let mut f = first;
    while f > floor && !taken(f - 1) && !modifies_verb_before(v, f - 1) {
        let w = v.w(f - 1);
        // "he’s claiming": the contraction is an auxiliary before a participle, not a possessive.
        let aux = group_word(f - 1) || matches!(w, "’s" | "'s") && v.w(f).ends_with("ing") && f - 1 > floor;
        if !aux {
            break;
        }
        f -= 1;
    }
    // "wanted to know", "continue to ignore": a cue verb after another verb and "to" takes them
    // in. The other way round the cue stays alone, as it mostly does in PARC-style data
    // ("wants | to preserve", "is expected | to come").
    let tag = |i: usize| v.xpos(i).unwrap_or("");
    let mut last = last;
    if f >= floor + 2 && v.w(f - 1) == "to" && tag(f).starts_with("VB") && tag(f - 2).starts_with("VB") && !taken(f - 1) && !taken(f - 2) {
        f -= 2;
        while f > floor && !taken(f - 1) && group_word(f - 1) {
            f -= 1;
        }
    }
    // A cue cut short ends in no article ("has been called a", "said in a").
    while last > first && matches!(v.w(last), "a" | "an" | "the" | "in" | "at" | ",") {
        last -= 1;
    }
    // Nor in an auxiliary or an adverb: the verb they go with is the cue's ("did not expect",
    // "probably offers").
    // An adverb that is a cue of its own stays alone ("allegedly", "reportedly").
    let own_cue = first == last && matches!(v.w(first), "allegedly" | "reportedly" | "purportedly" | "supposedly");
    let mut steps = 0;
    while !own_cue && steps < 4 && group_word(last) && last + 1 < ceiling && !taken(last + 1) && v.is_word(last + 1) {
        last += 1;
        steps += 1;
    }
    // "said sarcastically", "complain bitterly": a manner adverb right after the verb.
    if last + 1 < ceiling && !taken(last + 1) && adverb(last + 1) && !group_word(last) {
        last += 1;
    }
    let mut l = last;
    let mut content = content;
    let next = last + 1;
    if next < ceiling {
        let nw = v.w(next);
        let at_content_start = content.start() == v.span(next).start();
        let free = !content.overlaps(v.span(next)) || at_content_start && content.end() > v.span(next).end();
        // Not after the content: "(a video ...) circulated on social media" is a setting.
        let preposition = CUE_PREPOSITIONS.contains(&nw)
            && content.end() > cue.start()
            && !PLAIN_SPEECH_VERBS.contains(&v.w(last))
            && next + 1 < ceiling
            && v.is_word(next + 1)
            && !v.in_time(next + 1)
            && !v.in_time((next + 2).min(ceiling - 1));
        if free && (nw == ":" || preposition) {
            l = next;
            if at_content_start {
                let c0 = v.token_at_or_after(v.span(next).end());
                let (_, c1) = token_range(v, content)?;
                if c0 > c1 {
                    return None;
                }
                content = v.span_of(c0, c1);
            }
        }
    }
    // "said in an interview", "wrote in a statement": the medium of the statement is the cue's.
    if l == last && v.w(l + 1) == "in" {
        let medium = (l + 2..(l + 6).min(ceiling)).take_while(|&i| v.is_word(i) && !taken(i)).find(|&i| STATEMENT_MEDIA.contains(&v.w(i)));
        if let Some(m) = medium {
            l = m;
        }
    }
    Some((v.span_of(f, l), content))
}

pub(crate) fn conventional_source(v: &View<'_>, src: Span, cue: Option<Span>, content: Span) -> Span {
    let Some((mut first, mut last)) = token_range(v, src) else { return src };
    let Some(sentence) = v.doc.sentence_at(src.start()) else { return src };
    let floor = sentence.first_token;
    // A dateline opening the sentence is not the source's ("MOSCOW — Russia's Defense Ministry"),
    // nor any part of it ("Alliance Wire) - NATO Secretary General Mark Rutte").
    first = skip_dateline(v, first, last + 1).max(skip_dateline(v, floor, last + 1)).min(last);
    // ("Said Ms. Moss: ''...''": the label's colon is no part of the name.)
    while last > first && v.w(last) == ":" {
        last -= 1;
    }
    let taken = |i: usize| cue.is_some_and(|s| s.overlaps(v.span(i))) || content.overlaps(v.span(i));
    // A cue swallowed at the end of the source ("he said,"): the source ends before it.
    let verb = |i: usize| v.xpos(i).is_none_or(|x| x.starts_with("VB"));
    if let Some(k) = (first + 1..=last).find(|&i| CUE_VERBS.iter().any(|(w, _)| *w == v.w(i)) && verb(i)) {
        last = k - 1;
        while last > first && v.w(last) == "," && !(first..last).any(|i| v.w(i) == ",") {
            last -= 1;
        }
    }
    // "Olsen, speaking in Kessa," / "Clinton, at Monday's debate," / "Olsen, the mayor, in a
    // statement": an insertion that is no apposition is not part of the name; an apposition
    // before it keeps its closing comma.
    if let Some(comma) = (first + 1..last).find(|&i| {
        let w = v.w(i + 1);
        v.w(i) == ","
            && !(first..i).any(|j| matches!(v.w(j), "who" | "which"))
            && (matches!(w, "at" | "in" | "on" | "during" | "after" | "before" | "speaking" | "according" | "when" | "while" | "like")
                || w.ends_with("ing") && w != "including" && !v.doc.slice(v.span(i + 1)).starts_with(char::is_uppercase)
                // ("An earlier version of this article, published on Friday,")
                || matches!(w, "published" | "posted" | "released" | "issued" | "updated" | "dated"))
    }) {
        last = if (first..comma).any(|i| v.w(i) == ",") { comma } else { comma - 1 };
    }
    // A clause word opening the source is not the source's ("Then someone", "and its
    // defenders"); a conjunction between two names joins them ("Regulators and environmental
    // groups").
    if first < last && matches!(v.w(first), "and" | "but" | "then" | "so" | "or") {
        let joined = v.w(first) == "and" && first > floor && !taken(first - 1) && v.is_word(first - 1)
            && v.xpos(first - 1).is_some_and(|x| x.starts_with("NN"));
        if joined {
            first -= 1;
        } else {
            first += 1;
        }
    }
    // The determiner and the premodifiers before the head.
    let pronoun = first == last && (PRONOUNS.contains(&v.w(first)) || matches!(v.w(first), "who" | "which" | "that"));
    if !pronoun {
        let syntax = v.doc.syntax();
        let tag = |i: usize| syntax.and_then(|s| s.xpos.get(i)).map(String::as_str);
        let is_noun = |i: usize| tag(i).is_none_or(|x| x.starts_with("NN") || x.starts_with("JJ"));
        let proper = |i: usize| match syntax {
            Some(_) => tag(i).is_some_and(|x| x.starts_with("NNP")),
            None => v.entity_at(i).is_some(),
        };
        let head_noun = |i: usize| {
            v.is_word(i)
                && !taken(i)
                && match syntax {
                    Some(_) => tag(i).is_some_and(|x| x.starts_with("NN")),
                    None => SOURCE_NOUNS.contains(&v.w(i)) || SOURCE_PREMODIFIERS.contains(&v.w(i)),
                }
        };
        let mut after_title = false;
        let mut via_preposition = false;
        let mut steps = 0;
        while first > floor && steps < 8 && !taken(first - 1) {
            let p = first - 1;
            let w = v.w(p);
            if SOURCE_DETERMINERS.contains(&w) {
                first = p;
                // "A spokesman for the ministry": the head is the noun before the preposition.
                if !via_preposition && first >= floor + 2 && matches!(v.w(first - 1), "of" | "for" | "at" | "to" | "from") && !taken(first - 1) && head_noun(first - 2) {
                    via_preposition = true;
                    first -= 2;
                    steps += 3;
                    after_title = true;
                    continue;
                }
                break;
            }
            let capital = v.doc.slice(v.span(p)).starts_with(char::is_uppercase);
            let timed = v.in_time(p);
            // A name right after another name is a second phrase ("Washington Post Trump");
            // before a title or a common noun it is the owner ("Clinton spokesman", "the
            // Clinton campaign").
            let other = match (v.entity_at(p), v.entity_at(first)) {
                (Some(m), Some(n)) => m.span != n.span && m.entity != n.entity && !after_title,
                _ => false,
            };
            if SOURCE_PREMODIFIERS.contains(&w) && !timed {
                after_title = true;
            } else if matches!(w, "’s" | "'s") && p > floor && v.is_word(p - 1) && !taken(p - 1)
                && (after_title || v.doc.slice(v.span(p - 1)).starts_with(char::is_uppercase))
            {
                // "Hillary Clinton’s campaign manager Robby Mook", "CNN’s Jake Tapper": the owner
                // is part of how the source is named.
                after_title = true;
            } else if capital && v.is_word(p) && !timed && is_noun(p) && !other && (p != floor || proper(p) || v.entity_at(p).is_some()) {
                after_title = false;
            } else if matches!(w, "of" | "for" | "at" | "to" | "from") && p > floor && head_noun(p - 1) && !via_preposition {
                // "A spokeswoman for Hillary Clinton", "advisers to Mr. Obama": the head is the
                // noun before the preposition.
                first = p - 1;
                steps += 2;
                after_title = true;
                via_preposition = true;
                continue;
            } else if w == "and" && p > floor && !taken(p - 1) && (proper(p - 1) && proper(first) || tag(p - 1).is_some_and(|x| x.starts_with("JJ"))) {
                // "Mr. Grassley and Mr. Leahy", "Federal and state officials".
                first = p - 1;
                steps += 2;
                continue;
            } else {
                break;
            }
            first = p;
            steps += 1;
        }
    }
    // A name cut short goes on to its end ("The Human Rights Council", "The Republican nominee").
    let syntax = v.doc.syntax();
    let tag = |i: usize| syntax.and_then(|s| s.xpos.get(i)).map_or("", String::as_str);
    let mut steps = 0;
    // "Finland’s | Coastal Monitoring Agency": a source never ends on its owner; the name it
    // owns follows the possessive marker.
    // (With a parse, only the possessive marker: not "’s" for "is" or "has".)
    let owns = |i: usize| matches!(v.w(i), "’s" | "'s") && !taken(i) && (syntax.is_none() || tag(i) == "POS");
    let owned_noun = |i: usize| match syntax {
        Some(_) => tag(i).starts_with("NN"),
        None => v.doc.slice(v.span(i)).starts_with(char::is_uppercase),
    };
    if last + 2 < sentence.end_token && owns(last + 1) && !taken(last + 2) && owned_noun(last + 2) {
        last += 2;
        steps += 2;
    }
    while steps < 5 && last + 1 < sentence.end_token && !taken(last + 1) && v.is_word(last + 1) {
        let next = last + 1;
        let same_name = matches!((v.entity_at(last), v.entity_at(next)), (Some(m), Some(n)) if m.span == n.span);
        let capital = v.doc.slice(v.span(next)).starts_with(char::is_uppercase);
        let timed = v.in_time(next);
        let w = v.w(next);
        let head_word = SOURCE_NOUNS.contains(&w) || SOURCE_PREMODIFIERS.contains(&w);
        let continues = tag(next).starts_with("NN")
            && !timed
            && match tag(last) {
                "DT" | "JJ" => true,
                "NNP" | "NNPS" => capital || head_word,
                // "candidate Hillary Clinton"
                "NN" => capital && tag(next).starts_with("NNP"),
                _ => false,
            };
        if !(same_name || continues) || CUE_VERBS.iter().any(|(c, _)| *c == w) {
            break;
        }
        last = next;
        steps += 1;
    }
    // Adverbs and auxiliaries of the verb after the subject are not the source's ("Olsen
    // flatly", "I've").
    while last > first
        && (CUE_GROUP_WORDS.contains(&v.w(last)) && !v.doc.slice(v.span(last)).starts_with(char::is_uppercase)
            || matches!(v.w(last), "’ve" | "'ve" | "’d" | "'d" | "’ll" | "'ll")
            || tag(last) == "RB" && v.w(last).ends_with("ly"))
    {
        last -= 1;
    }
    // A phrase cut short ends in no article, preposition or open bracket ("the committee for a"),
    // nor in the relative pronoun of a clause it does not hold ("One villager, who").
    while last > first
        && (matches!(v.w(last), "(" | "a" | "an" | "the" | "of" | "for" | "on" | "in" | "at" | "to" | "from" | "with" | "by" | "and" | "who" | "which" | "whose")
            || v.w(last) == "," && !(first..last).any(|i| v.w(i) == ","))
    {
        last -= 1;
    }
    if last < first {
        return src;
    }
    v.span_of(first, last)
}

#[cfg(test)]
mod tests {
    use super::{dismisses_reports, negated_subject};

    #[test]
    fn a_negated_subject_after_a_connective_is_still_negated() {
        assert!(negated_subject("no troops have crossed the border"));
        assert!(negated_subject("however, no troops have crossed the border"));
        assert!(!negated_subject("however, the troops have crossed the border"));
    }

    #[test]
    fn reports_called_false_are_dismissed_and_a_later_false_is_not() {
        assert!(dismisses_reports("the reports false"));
        assert!(dismisses_reports("the claims baseless, according to a statement"));
        assert!(dismisses_reports("the reports as Western propaganda"));
        assert!(!dismisses_reports("the report showed false documents were used"));
        assert!(!dismisses_reports("the reports of false flags"));
        // A connective opening the sentence does not hide the dismissal.
        assert!(dismisses_reports("but the reports are false"));
        assert!(dismisses_reports("however, the claims were pure fantasy"));
        assert!(dismisses_reports("that the reports were \"a lie\""));
    }

    #[test]
    fn reports_named_bare_or_by_a_demonstrative_and_called_fake_are_denied() {
        use super::called_false;
        assert!(called_false("reports that varnian troops are taking part in the operation are another fake"));
        assert!(called_false("reports on varnian troops as 'another fake'"));
        assert!(called_false("\"this is another fake,\""));
        assert!(called_false("\"that is another fake,\""));
        assert!(called_false("it's another fake"));
        assert!(called_false("that such publications are part of a western disinformation campaign"));
        assert!(called_false("that such reports are part of a pattern of russian disinformation"));
        // (Not a report that tells of a fake, a fake named inside what is done, a denial of the
        // dismissal, nor a long "this" clause.)
        assert!(!called_false("reports that the soldiers were carrying fake documents to enter the town"));
        assert!(!called_false("reports that russia is running a disinformation campaign in moldova are credible"));
        assert!(!called_false("it was investigating a fake video"));
        assert!(!called_false("this is the lie they tell their soldiers"));
        assert!(!called_false("this is not propaganda"));
        assert!(!called_false("this shows that the convoy left before the talks began and that the lie was exposed by drones"));
        assert!(!called_false("the convoy left on tuesday"));
    }
}
