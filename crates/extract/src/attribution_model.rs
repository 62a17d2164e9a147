//! A trained attribution tagger: source, cue and content spans as a BIO sequence over tokens.
//!
//! PolNeAR is nearly univocal (a token plays one role in one attribution), so attributions can
//! be read as a tag sequence: `B-SRC I-SRC B-CUE B-CON I-CON ...`. Where attributions nest (a
//! cue and its source inside the content of another), the inner cue and source win over the
//! content around them (see [`gold_tags`]).
//!
//! Two averaged perceptrons (crate `sitrep-linear`) tag in two passes. The first finds cues
//! alone (O, B-CUE, I-CUE), greedily left to right. The second tags every role from the word,
//! its part of speech, its neighbours, whether it stands inside a quotation, whether it is a
//! known or learned cue word (lemmas the training data often makes cues, stored with the
//! weights) or names an entity, where the nearest cue-like words and the first pass's cues stand
//! in its sentence (how far, across a comma, a quotation mark or "that"), the dependency parse
//! where the document has one (the token's relation and head, and the branch by which it hangs
//! from the nearest cue above it: the subject of "said" is its source, its complement the
//! content; see [`Deps`]) and the two tags before it; it decodes with a small beam. The cue pass
//! trains greedily on its own predictions as history; the second pass trains as it decodes,
//! with the beam and early updates (see [`run_beam_epoch`]), on first-pass cues predicted by
//! models that did not see the document (a 4-fold jackknife), as it will see them on new text.
//! Each pass can be the mean of several perceptrons trained side by side, each visiting the
//! documents in its own order ([`TrainOptions::members`]): one order of the data teaches a
//! perceptron some accidents that the mean of several smooths away. Training can also leave
//! each feature of each training position out with some chance ([`TrainOptions::feature_dropout`],
//! per pass), so that no single feature carries a decision alone.
//!
//! The spans are then grouped into attributions: each cue takes the nearest source and the
//! nearest content around it (see [`group`]). The beam can keep a cue that neither pass would
//! tag on its own; [`Tagged`] says which, for the claim step to weigh. Word lists stay useful
//! as features, but coverage of the long tail of reporting and inner-state verbs ("attacked",
//! "wants", "seems") comes from the data. The model ships in `models/attribution.bin` in the
//! common model file format.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use sitrep_doc::{Doc, Span, TokenKind};
use sitrep_linear::{read_model, sha256, write_model, CompactModel, FeatureKey, Header, Model, Trainer};

use crate::cues::CUE_VERBS;

/// The model kind in the file header.
pub const KIND: &str = "attribution";
/// The version of the feature templates below; a model trained with others is refused.
pub const FEATURES: &str = "attr-bio-v5: word±2 lemma±1 suffix3 shape upos±2 xpos quote cue-lexicon±3 entity sentence prev-tags \
learned-cue-lemmas nearest-cue-left/right(distance lemma separators) sentence-cues; two passes: cue tagger, then \
tagger with predicted-cue features (jackknifed 4 folds), beam 4; dependency relation, head, children, \
branch from the nearest cue-like word and first-pass cue above";

/// The tags, in class order.
pub const TAGS: [&str; 7] = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];

/// The role a tag gives its token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Source,
    Cue,
    Content,
}

fn role_of(tag: usize) -> Option<(Role, bool)> {
    match tag {
        1 => Some((Role::Source, true)),
        2 => Some((Role::Source, false)),
        3 => Some((Role::Cue, true)),
        4 => Some((Role::Cue, false)),
        5 => Some((Role::Content, true)),
        6 => Some((Role::Content, false)),
        _ => None,
    }
}

fn tag_of(role: Role, begin: bool) -> usize {
    match (role, begin) {
        (Role::Source, true) => 1,
        (Role::Source, false) => 2,
        (Role::Cue, true) => 3,
        (Role::Cue, false) => 4,
        (Role::Content, true) => 5,
        (Role::Content, false) => 6,
    }
}

/// Errors of the attribution model.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    #[error("attribution model: {0}")]
    File(#[from] sitrep_linear::Error),
    #[error("no attribution model was compiled into this binary (train one with `sitrep train attribution`)")]
    NotEmbedded,
    #[error("the embedded attribution model cannot be loaded: {0}")]
    Embedded(String),
    #[error("no training examples")]
    NoExamples,
}

#[derive(Serialize, Deserialize)]
struct Body {
    weights: CompactModel,
    /// The first pass: cue tags only (O, B-CUE, I-CUE).
    cue_weights: CompactModel,
    /// Lemmas seen as cues in the training data, with how often (a [`CueLexicon`] level).
    cue_lemmas: Vec<(String, u8)>,
}

/// Lemmas learned from the training data as cue words, each with a level: 1 when it is a cue
/// now and then, 2 when often, 3 when mostly.
#[derive(Clone, Debug, Default)]
pub struct CueLexicon {
    levels: std::collections::HashMap<String, u8>,
}

impl CueLexicon {
    /// Reads the cue rate of every lemma off gold-tagged documents: lemmas that are a cue at
    /// least `min_cues` times are kept.
    pub fn learn(docs: &[TrainingDoc], min_cues: usize) -> CueLexicon {
        let mut counts: std::collections::HashMap<String, (usize, usize)> = std::collections::HashMap::new();
        for d in docs {
            let gold = gold_tags(d);
            let keys = lemma_keys(&d.doc);
            for (k, t) in keys.into_iter().zip(gold) {
                let e = counts.entry(k).or_default();
                e.0 += 1;
                if matches!(role_of(t), Some((Role::Cue, _))) {
                    e.1 += 1;
                }
            }
        }
        let levels = counts
            .into_iter()
            .filter(|(_, (_, c))| *c >= min_cues)
            .map(|(k, (n, c))| {
                let rate = c as f64 / n as f64;
                let level = if rate >= 0.5 {
                    3
                } else if rate >= 0.15 {
                    2
                } else {
                    1
                };
                (k, level)
            })
            .collect();
        CueLexicon { levels }
    }

    fn level(&self, key: &str) -> u8 {
        self.levels.get(key).copied().unwrap_or(0)
    }

    fn to_vec(&self) -> Vec<(String, u8)> {
        let mut v: Vec<(String, u8)> = self.levels.iter().map(|(k, l)| (k.clone(), *l)).collect();
        v.sort();
        v
    }
}

/// The lexicon key of every token: its lemma, lowercased (its word when untagged).
fn lemma_keys(doc: &Doc) -> Vec<String> {
    let tokens = doc.tokens();
    match doc.syntax() {
        Some(s) if s.lemma.len() == tokens.len() => s.lemma.iter().map(|l| l.to_lowercase()).collect(),
        _ => tokens.iter().map(|t| doc.slice(t.span).to_lowercase()).collect(),
    }
}

/// A loaded attribution model.
pub struct AttributionModel {
    header: Header,
    model: Model,
    cue_model: Model,
    lexicon: CueLexicon,
}

#[cfg(not(sitrep_no_attribution))]
static EMBEDDED: Option<&[u8]> = Some(include_bytes!("../../../models/attribution.bin"));
#[cfg(sitrep_no_attribution)]
static EMBEDDED: Option<&[u8]> = None;

impl AttributionModel {
    pub fn from_bytes(bytes: &[u8]) -> Result<AttributionModel, ModelError> {
        let (header, body): (Header, Body) = read_model(bytes, KIND, FEATURES)?;
        let lexicon = CueLexicon { levels: body.cue_lemmas.into_iter().collect() };
        Ok(AttributionModel { header, model: Model::new(body.weights)?, cue_model: Model::new(body.cue_weights)?, lexicon })
    }

    /// The model compiled in from `models/attribution.bin`, decoded on first use.
    pub fn embedded() -> Result<&'static AttributionModel, ModelError> {
        static CELL: OnceLock<Result<AttributionModel, String>> = OnceLock::new();
        let bytes = EMBEDDED.ok_or(ModelError::NotEmbedded)?;
        let loaded = CELL.get_or_init(|| AttributionModel::from_bytes(bytes).map_err(|e| e.to_string()));
        loaded.as_ref().map_err(|e| ModelError::Embedded(e.clone()))
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The tag of every token of the document: the cue tagger first, then the full tagger with
    /// the predicted cues among its features.
    pub fn tag(&self, doc: &Doc) -> Vec<usize> {
        self.tag_with_support(doc).tags
    }

    /// The tags of [`AttributionModel::tag`], with what each pass would say of every token on
    /// its own (see [`Tagged`]).
    pub fn tag_with_support(&self, doc: &Doc) -> Tagged {
        let mut ctx = Context::new(doc, &self.lexicon);
        let cues = decode_cues(&ctx, &self.cue_model);
        ctx.set_cues(&cues);
        let tags = beam_decode(&ctx, &self.model, DECODE_BEAM_WIDTH);
        let first_pass_cue = cues.iter().map(|&t| t != 0).collect();
        let mut feats = Vec::new();
        let mut buf = Vec::new();
        let locally_preferred = (0..ctx.n)
            .map(|i| {
                let (p1, p2) = history(&tags, i);
                ctx.features(i, p1, p2, &mut feats);
                self.model.scores(&feats, &mut buf);
                buf[tags[i]] >= buf[0]
            })
            .collect();
        Tagged { tags, first_pass_cue, locally_preferred }
    }
}

/// The tags of a document, with the support each token's tag has from the two passes alone.
/// The beam picks the best whole sequence, so it can tag a word a cue that neither pass
/// prefers on its own: the sequence around it scores well enough to carry it. Such cues are
/// the tagger's least reliable (see [`Tagged::weak_cue`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tagged {
    /// The decoded tag of every token.
    pub tags: Vec<usize>,
    /// Per token: the first pass (the cue tagger) tagged it a cue.
    pub first_pass_cue: Vec<bool>,
    /// Per token: the second pass's own score for the token's decoded tag, given the decoded
    /// tags before it, is at least that of O.
    pub locally_preferred: Vec<bool>,
}

impl Tagged {
    /// A cue (token range `[first, end)`) that neither pass supports: the first pass tagged none
    /// of its words, and the second pass on its own would give at least one of its words O
    /// rather than its decoded tag. On PolNeAR about a fifth of such cues are right, against
    /// three fifths of the tagger's other cues (docs/BENCHMARKS.md, session 6); either condition
    /// alone separates them much less well. Untagged words (joined in later by
    /// [`bridge_cue_gaps`]) count for neither condition.
    pub fn weak_cue(&self, first: usize, end: usize) -> bool {
        let tagged = |i: &usize| self.tags.get(*i).is_some_and(|&t| t != 0);
        let first_pass = (first..end).any(|i| self.first_pass_cue.get(i).copied().unwrap_or(false));
        let unpreferred =
            (first..end).filter(tagged).any(|i| !self.locally_preferred.get(i).copied().unwrap_or(true));
        !first_pass && unpreferred
    }
}

/// The first pass: greedy left-to-right decoding of the tags O, B-CUE and I-CUE.
fn decode_cues(ctx: &Context<'_>, model: &Model) -> Vec<usize> {
    let mut tags = Vec::with_capacity(ctx.n);
    let mut feats = Vec::new();
    let mut buf = Vec::new();
    for i in 0..ctx.n {
        let (p1, p2) = history(&tags, i);
        ctx.features(i, p1, p2, &mut feats);
        model.scores(&feats, &mut buf);
        let t = best_cue_tag(&buf);
        tags.push(legal(t, p1));
    }
    tags
}

/// Histories the second pass keeps while it trains (and while the trainer scores an epoch on
/// the development set): the width the shipped model was trained with.
const TRAIN_BEAM_WIDTH: usize = 4;

/// Histories the second pass keeps when it tags new text. A model trained with a beam of 4
/// decodes a little better with 8 (PolNeAR dev cue exact F1 +0.3, and +0.2 on a fifth of train
/// held out from training), while training with 8 gained nothing and made the file larger
/// (docs/BENCHMARKS.md, session 5).
const DECODE_BEAM_WIDTH: usize = 8;

/// Beam search over whole tag sequences: the `width` best histories by summed score, at most
/// one per pair of last two tags (the features see no further back, so of two histories that
/// end alike only the better can win). Greedy decoding lets an early content tag drag the
/// following cue and source into the content; the beam can still take that back.
fn beam_decode(ctx: &Context<'_>, model: &Model, width: usize) -> Vec<usize> {
    if ctx.n == 0 {
        return Vec::new();
    }
    // A history is its score and its last two tags; `steps[i][k]` holds, for the k-th history
    // after word i, the index of the history it extends and its tag for word i.
    struct Item {
        score: i64,
        p1: usize,
        p2: usize,
    }
    let mut beam = vec![Item { score: 0, p1: 0, p2: 0 }];
    let mut steps: Vec<Vec<(usize, usize)>> = Vec::with_capacity(ctx.n);
    let mut feats = Vec::new();
    let mut buf = Vec::new();
    let mut next: Vec<(i64, usize, usize)> = Vec::new();
    for i in 0..ctx.n {
        next.clear();
        for (b, item) in beam.iter().enumerate() {
            ctx.features(i, item.p1, item.p2, &mut feats);
            model.scores(&feats, &mut buf);
            for (t, &score) in buf.iter().enumerate() {
                if legal(t, item.p1) != t {
                    continue;
                }
                next.push((item.score + i64::from(score), b, t));
            }
        }
        next.sort_by(|a, b| b.0.cmp(&a.0));
        let kept = keep_best(&next, |b| beam[b].p1, width);
        steps.push(kept.iter().map(|&(_, b, t)| (b, t)).collect());
        beam = kept.iter().map(|&(score, b, t)| Item { score, p1: t, p2: beam[b].p1 }).collect();
    }
    // Follow the best history (the first: histories are kept best first) back.
    let mut tags = vec![0; ctx.n];
    let mut at = 0;
    for i in (0..ctx.n).rev() {
        let (b, t) = steps[i][at];
        tags[i] = t;
        at = b;
    }
    tags
}

/// The expansions a beam keeps: of `next` (score, parent history, tag), sorted best first, the
/// `width` best with at most one per pair of last two tags (`last` gives a parent's last tag).
/// The features see no further back, so of two histories that end alike only the better can win.
fn keep_best<S: Copy>(next: &[(S, usize, usize)], last: impl Fn(usize) -> usize, width: usize) -> Vec<(S, usize, usize)> {
    let mut kept: Vec<(S, usize, usize)> = Vec::with_capacity(width);
    for &(score, b, t) in next {
        if kept.iter().any(|&(_, kb, kt)| kt == t && last(kb) == last(b)) {
            continue;
        }
        kept.push((score, b, t));
        if kept.len() == width {
            break;
        }
    }
    kept
}

/// The best of the cue pass's tags (O, B-CUE, I-CUE).
fn best_cue_tag<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for t in [3, 4] {
        if scores[t] > scores[best] {
            best = t;
        }
    }
    best
}

/// A gold tag as the cue pass sees it: cues stay, the rest is O.
fn cue_tag(tag: usize) -> usize {
    if matches!(role_of(tag), Some((Role::Cue, _))) {
        tag
    } else {
        0
    }
}

fn history(tags: &[usize], i: usize) -> (usize, usize) {
    let p1 = if i >= 1 { tags[i - 1] } else { 0 };
    let p2 = if i >= 2 { tags[i - 2] } else { 0 };
    (p1, p2)
}

/// An inside tag may only continue a span of its own role.
fn legal(tag: usize, prev: usize) -> usize {
    match role_of(tag) {
        Some((role, false)) if role_of(prev).map(|(r, _)| r) != Some(role) => tag_of(role, true),
        _ => tag,
    }
}

/// Per-document values the features read.
struct Context<'a> {
    doc: &'a Doc,
    n: usize,
    lower: Vec<String>,
    upos: Vec<&'a str>,
    xpos: Vec<&'a str>,
    lemma: Vec<&'a str>,
    in_quote: Vec<bool>,
    /// Per token: its sentence holds a quotation mark / a known cue word; its position bucket.
    sentence_quote: Vec<bool>,
    sentence_cue: Vec<bool>,
    position: Vec<u8>,
    cue_word: Vec<bool>,
    entity: Vec<&'static str>,
    sentence_first: Vec<bool>,
    /// Per token: its learned cue level (0 to 3), and whether it looks like a cue.
    cue_level: Vec<u8>,
    lemma_key: Vec<String>,
    /// The nearest cue-like token before and after each token within its sentence.
    near_left: Vec<Option<usize>>,
    near_right: Vec<Option<usize>>,
    /// Number of cue-like tokens in the token's sentence.
    sentence_cues: Vec<u8>,
    /// Running counts of commas, quotation marks and "that" up to (not including) each token.
    commas: Vec<u32>,
    quotes: Vec<u32>,
    thats: Vec<u32>,
    /// Per token inside a quotation: a cue-like token stands just before its opening or just
    /// after its closing mark.
    quote_cue: Vec<u8>,
    /// The dependency parse, where the document has one (see [`Deps`]).
    deps: Deps,
    /// The cues of the first pass, once set.
    stacked: Option<Stacked>,
}

/// What the features read off the dependency parse: each token's relation to its head, the
/// relations of its children, and the nearest cue-like word above it. The nearest cue above a
/// token and the relation by which the token's branch hangs from it are the classic features
/// of attribution (the subject of "said" is its source, its clausal complement its content).
/// Without a parse every token has the relation "_", no children and no cue above it.
struct Deps {
    head: Vec<Option<usize>>,
    rel: Vec<u64>,
    /// Per token: bits for children of relation nsubj, ccomp, parataxis, xcomp, obj, nsubj:pass.
    children: Vec<u8>,
    /// The nearest cue-like ancestor, the hash of the relation of the branch that leads to it
    /// (the relation of its child on the path) and the number of steps up.
    cue_above: Vec<Option<(usize, u64, u8)>>,
}

/// How far up the tree a token looks for its cue.
const MAX_DEPTH: u8 = 8;

impl Deps {
    fn new(doc: &Doc, n: usize, cue_like: &[bool]) -> Deps {
        let (head, rels): (Vec<Option<usize>>, Vec<&str>) = match doc.syntax() {
            Some(s) if s.head.len() == n && s.deprel.len() == n => {
                (s.head.iter().map(|h| h.filter(|&h| h < n)).collect(), s.deprel.iter().map(String::as_str).collect())
            }
            _ => (vec![None; n], vec!["_"; n]),
        };
        let rel: Vec<u64> = rels.iter().map(|r| sitrep_linear::value_hash(r.as_bytes())).collect();
        let mut children = vec![0u8; n];
        for (h, r) in head.iter().zip(&rels) {
            let Some(h) = *h else { continue };
            let bit = match *r {
                "nsubj" => 1,
                "ccomp" => 2,
                "parataxis" => 4,
                "xcomp" => 8,
                "obj" => 16,
                "nsubj:pass" => 32,
                _ => 0,
            };
            children[h] |= bit;
        }
        let mut deps = Deps { head, rel, children, cue_above: Vec::new() };
        deps.cue_above = (0..n).map(|i| deps.above(i, |j| cue_like[j])).collect();
        deps
    }

    /// The nearest ancestor of `i` for which `is_cue` holds, as [`Deps::cue_above`] has it.
    fn above(&self, i: usize, is_cue: impl Fn(usize) -> bool) -> Option<(usize, u64, u8)> {
        let (mut child, mut at) = (i, self.head[i]?);
        for depth in 1..=MAX_DEPTH {
            if is_cue(at) {
                return Some((at, self.rel[child], depth));
            }
            child = at;
            at = self.head[at]?;
        }
        None
    }
}

/// The first pass's cues as the second pass sees them.
struct Stacked {
    /// Per token: 0 outside a cue, 1 beginning one, 2 inside one.
    cue: Vec<u8>,
    /// The nearest predicted cue token before and after each token within its sentence.
    left: Vec<Option<usize>>,
    right: Vec<Option<usize>>,
    /// Predicted cues (spans) in the token's sentence, up to 3.
    count: Vec<u8>,
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=3 => d as u64,
        4..=5 => 4,
        6..=10 => 5,
        11..=20 => 6,
        _ => 7,
    }
}

impl<'a> Context<'a> {
    fn new(doc: &'a Doc, lexicon: &CueLexicon) -> Context<'a> {
        let tokens = doc.tokens();
        let n = tokens.len();
        let lower: Vec<String> = tokens.iter().map(|t| crate::view::rule_word(doc.slice(t.span))).collect();
        let column = |pick: fn(&sitrep_doc::Syntax) -> &Vec<String>| -> Vec<&'a str> {
            match doc.syntax() {
                Some(s) if pick(s).len() == n => pick(s).iter().map(String::as_str).collect(),
                _ => vec!["_"; n],
            }
        };
        let upos = column(|s| &s.upos);
        let xpos = column(|s| &s.xpos);
        let lemma = column(|s| &s.lemma);
        let mut in_quote = vec![false; n];
        let mut open = false;
        for (i, w) in lower.iter().enumerate() {
            match w.as_str() {
                "“" => open = true,
                "”" => open = false,
                "\"" => open = !open,
                _ => {}
            }
            in_quote[i] = open;
        }
        let cue_word: Vec<bool> =
            lower.iter().map(|w| CUE_VERBS.iter().any(|(c, _)| c == w) || w == "according").collect();
        let mut entity = vec!["-"; n];
        let layer = doc.entities();
        for m in &layer.mentions {
            let t = layer.entities[m.entity].entity_type.as_str();
            let first = tokens.partition_point(|t| t.span.start() < m.span.start());
            let mut i = first;
            while i < n && tokens[i].span.end() <= m.span.end() {
                entity[i] = t;
                i += 1;
            }
        }
        let mut sentence_first = vec![false; n];
        let mut sentence_quote = vec![false; n];
        let mut sentence_cue = vec![false; n];
        let mut position = vec![0u8; n];
        for s in doc.sentences() {
            if let Some(f) = sentence_first.get_mut(s.first_token) {
                *f = true;
            }
            let range = s.first_token..s.end_token.min(n);
            let quote = range.clone().any(|i| matches!(lower[i].as_str(), "“" | "”" | "\""));
            let cue = range.clone().any(|i| cue_word[i]);
            let len = range.len().max(1);
            for i in range.clone() {
                sentence_quote[i] = quote;
                sentence_cue[i] = cue;
                position[i] = (((i - s.first_token) * 4) / len) as u8;
            }
        }
        let lemma_key = lemma_keys(doc);
        let cue_level: Vec<u8> = lemma_key.iter().map(|k| lexicon.level(k)).collect();
        let cue_like: Vec<bool> = (0..n).map(|i| cue_level[i] >= 2 || cue_word[i]).collect();
        let deps = Deps::new(doc, n, &cue_like);
        let mut near_left = vec![None; n];
        let mut near_right = vec![None; n];
        let mut sentence_cues = vec![0u8; n];
        for s in doc.sentences() {
            let range = s.first_token..s.end_token.min(n);
            let count = range.clone().filter(|&i| cue_like[i]).count().min(3) as u8;
            let mut last = None;
            for i in range.clone() {
                near_left[i] = last;
                sentence_cues[i] = count;
                if cue_like[i] {
                    last = Some(i);
                }
            }
            let mut next = None;
            for i in range.rev() {
                near_right[i] = next;
                if cue_like[i] {
                    next = Some(i);
                }
            }
        }
        let (mut commas, mut quotes, mut thats) = (vec![0u32; n + 1], vec![0u32; n + 1], vec![0u32; n + 1]);
        for (i, w) in lower.iter().enumerate() {
            commas[i + 1] = commas[i] + u32::from(w == ",");
            quotes[i + 1] = quotes[i] + u32::from(matches!(w.as_str(), "“" | "”" | "\""));
            thats[i + 1] = thats[i] + u32::from(w == "that");
        }
        // Quotations: the cue-like tokens within five tokens before the opening mark (1) or
        // after the closing one (2).
        let mut quote_cue = vec![0u8; n];
        let mut i = 0;
        while i < n {
            if in_quote[i] && (i == 0 || !in_quote[i - 1]) {
                let open = i;
                let mut close = i;
                while close + 1 < n && in_quote[close + 1] {
                    close += 1;
                }
                let before = (open.saturating_sub(5)..open).any(|j| cue_like[j]);
                let after = (close + 1..(close + 7).min(n)).any(|j| cue_like[j]);
                let v = u8::from(before) | (u8::from(after) << 1);
                for q in &mut quote_cue[open..=close] {
                    *q = v;
                }
                i = close + 1;
            } else {
                i += 1;
            }
        }
        Context {
            doc,
            n,
            lower,
            upos,
            xpos,
            lemma,
            in_quote,
            sentence_quote,
            sentence_cue,
            position,
            cue_word,
            entity,
            sentence_first,
            cue_level,
            lemma_key,
            near_left,
            near_right,
            sentence_cues,
            commas,
            quotes,
            thats,
            quote_cue,
            deps,
            stacked: None,
        }
    }

    /// Sets the first pass's cue tags.
    fn set_cues(&mut self, tags: &[usize]) {
        let n = self.n;
        let cue: Vec<u8> = (0..n)
            .map(|i| match tags.get(i).copied().and_then(role_of) {
                Some((Role::Cue, true)) => 1,
                Some((Role::Cue, false)) => 2,
                _ => 0,
            })
            .collect();
        let mut left = vec![None; n];
        let mut right = vec![None; n];
        let mut count = vec![0u8; n];
        for s in self.doc.sentences() {
            let range = s.first_token..s.end_token.min(n);
            let c = range.clone().filter(|&i| cue[i] == 1).count().min(3) as u8;
            let mut last = None;
            for i in range.clone() {
                left[i] = last;
                count[i] = c;
                if cue[i] > 0 {
                    last = Some(i);
                }
            }
            let mut next = None;
            for i in range.rev() {
                right[i] = next;
                if cue[i] > 0 {
                    next = Some(i);
                }
            }
        }
        self.stacked = Some(Stacked { cue, left, right, count });
    }

    /// Features of the first pass's cues: the token's own cue tag and those around it, and where
    /// the token stands relative to the nearest predicted cues.
    fn stacked_features(&self, i: usize, p1: usize, st: &Stacked, out: &mut Vec<FeatureKey>) {
        let h = sitrep_linear::value_hash;
        let upos = h(self.upos[i].as_bytes());
        let tag = h(TAGS[p1].as_bytes());
        let c = |j: isize| -> u64 {
            if j < 0 {
                9
            } else {
                st.cue.get(j as usize).map_or(9, |&x| u64::from(x))
            }
        };
        let ii = i as isize;
        out.push(FeatureKey::with(60, c(ii)));
        out.push(FeatureKey::with2(61, c(ii), tag));
        out.push(FeatureKey::with3(62, c(ii - 1), c(ii), c(ii + 1)));
        out.push(FeatureKey::with(63, c(ii - 2)));
        out.push(FeatureKey::with(64, c(ii + 2)));
        out.push(FeatureKey::with3(75, c(ii), c(ii + 1), tag));
        let mut buckets = [8u64; 2];
        for (dir, near) in [(0u64, st.left[i]), (1u64, st.right[i])] {
            let Some(j) = near else {
                out.push(FeatureKey::with2(65, dir, 8));
                out.push(FeatureKey::with3(67, dir, 8, tag));
                out.push(FeatureKey::with3(68, dir, 8, upos));
                continue;
            };
            let b = bucket(i.abs_diff(j));
            buckets[dir as usize] = b;
            let (a, z) = if j < i { (j + 1, i) } else { (i + 1, j) };
            let sep = u64::from(self.commas[z] > self.commas[a])
                | u64::from(self.quotes[z] > self.quotes[a]) << 1
                | u64::from(self.thats[z] > self.thats[a]) << 2;
            out.push(FeatureKey::with2(65, dir, b));
            out.push(FeatureKey::with3(66, dir, b, sep));
            out.push(FeatureKey::with3(67, dir, b, tag));
            out.push(FeatureKey::with3(68, dir, b, upos));
            out.push(FeatureKey::with3(69, dir, sep, u64::from(self.in_quote[i])));
            out.push(FeatureKey::with3(70, dir, b.min(5), h(self.entity[i].as_bytes())));
            out.push(FeatureKey::with2(71, dir, h(self.lemma_key[j].as_bytes())));
            out.push(FeatureKey::with3(72, dir, sep, tag));
        }
        out.push(FeatureKey::with2(73, buckets[0], buckets[1]));
        out.push(FeatureKey::with3(74, u64::from(st.count[i]), u64::from(self.in_quote[i]), tag));
    }

    /// Features of the dependency parse: the token's relation to its head and that head, its
    /// children's relations, and the branch by which it hangs from the nearest cue-like word
    /// and from the nearest first-pass cue above it.
    fn dep_features(&self, i: usize, p1: usize, out: &mut Vec<FeatureKey>) {
        let h = sitrep_linear::value_hash;
        let d = &self.deps;
        let upos = h(self.upos[i].as_bytes());
        let tag = h(TAGS[p1].as_bytes());
        let rel = d.rel[i];
        out.push(FeatureKey::with(80, rel));
        out.push(FeatureKey::with2(81, rel, tag));
        match d.head[i] {
            Some(j) => {
                out.push(FeatureKey::with2(82, rel, h(self.lemma_key[j].as_bytes())));
                out.push(FeatureKey::with3(83, rel, u64::from(self.cue_level[j]), u64::from(j < i)));
            }
            None => out.push(FeatureKey::with(82, 0)),
        }
        let children = u64::from(d.children[i]);
        out.push(FeatureKey::with2(84, children, upos));
        out.push(FeatureKey::with2(85, children, u64::from(self.cue_level[i])));
        out.push(FeatureKey::with2(86, children, tag));
        let branch = |base: u32, above: Option<(usize, u64, u8)>, out: &mut Vec<FeatureKey>| match above {
            None => {
                out.push(FeatureKey::with(base, 0));
                out.push(FeatureKey::with2(base + 1, 0, tag));
            }
            Some((j, r, depth)) => {
                let depth = u64::from(depth.min(4));
                let side = u64::from(j < i);
                out.push(FeatureKey::with3(base, r, depth, side));
                out.push(FeatureKey::with3(base + 1, r, side, tag));
                out.push(FeatureKey::with3(base + 2, r, side, upos));
                out.push(FeatureKey::with2(base + 3, r, h(self.lemma_key[j].as_bytes())));
                out.push(FeatureKey::with3(base + 4, r, u64::from(self.in_quote[i]), tag));
            }
        };
        branch(87, d.cue_above[i], out);
        if let Some(st) = &self.stacked {
            branch(92, d.above(i, |j| st.cue[j] > 0), out);
        }
    }

    /// Long-range features: where the token stands relative to the cue-like words of its
    /// sentence.
    fn cue_features(&self, i: usize, p1: usize, out: &mut Vec<FeatureKey>) {
        let h = sitrep_linear::value_hash;
        let upos = h(self.upos[i].as_bytes());
        let tag = h(TAGS[p1].as_bytes());
        let level = u64::from(self.cue_level[i]);
        out.push(FeatureKey::with2(40, level, upos));
        out.push(FeatureKey::with2(41, level, tag));
        let mut buckets = [8u64; 2];
        for (dir, near) in [(0u64, self.near_left[i]), (1u64, self.near_right[i])] {
            let Some(j) = near else {
                out.push(FeatureKey::with2(42, dir, 8));
                out.push(FeatureKey::with3(45, dir, 8, tag));
                out.push(FeatureKey::with3(47, dir, 8, upos));
                continue;
            };
            let d = i.abs_diff(j);
            let b = bucket(d);
            buckets[dir as usize] = b;
            let (a, z) = if j < i { (j + 1, i) } else { (i + 1, j) };
            let sep = u64::from(self.commas[z] > self.commas[a])
                | u64::from(self.quotes[z] > self.quotes[a]) << 1
                | u64::from(self.thats[z] > self.thats[a]) << 2;
            out.push(FeatureKey::with2(42, dir, b));
            out.push(FeatureKey::with2(43, dir, h(self.lemma_key[j].as_bytes())));
            out.push(FeatureKey::with3(44, dir, b, sep));
            out.push(FeatureKey::with3(45, dir, b, tag));
            out.push(FeatureKey::with3(46, dir, sep, tag));
            out.push(FeatureKey::with3(47, dir, b, upos));
            out.push(FeatureKey::with3(48, dir, sep, u64::from(self.in_quote[i])));
            out.push(FeatureKey::with3(49, dir, b.min(5), h(self.entity[i].as_bytes())));
        }
        out.push(FeatureKey::with2(50, buckets[0], buckets[1]));
        out.push(FeatureKey::with3(51, u64::from(self.sentence_cues[i]), u64::from(self.in_quote[i]), tag));
        out.push(FeatureKey::with2(52, u64::from(self.quote_cue[i]), tag));
    }

    fn w(&self, i: isize) -> &str {
        if i < 0 {
            "<s>"
        } else {
            self.lower.get(i as usize).map_or("</s>", String::as_str)
        }
    }

    fn pos(&self, i: isize) -> &str {
        if i < 0 {
            "<s>"
        } else {
            self.upos.get(i as usize).copied().unwrap_or("</s>")
        }
    }

    fn features(&self, i: usize, p1: usize, p2: usize, out: &mut Vec<FeatureKey>) {
        out.clear();
        let ii = i as isize;
        let w = self.w(ii);
        let f1 = |t: u32, v: &str| FeatureKey::of1(t, v.as_bytes());
        let f2 = |t: u32, a: &str, b: &str| FeatureKey::of2(t, a.as_bytes(), b.as_bytes());
        out.push(FeatureKey::new(0));
        out.push(f1(1, w));
        out.push(f1(2, self.w(ii - 1)));
        out.push(f1(3, self.w(ii + 1)));
        out.push(f1(4, self.w(ii - 2)));
        out.push(f1(5, self.w(ii + 2)));
        let chars: Vec<char> = w.chars().collect();
        let suffix: String = chars[chars.len().saturating_sub(3)..].iter().collect();
        out.push(f1(6, &suffix));
        let raw = self.doc.slice(self.doc.tokens()[i].span);
        let mut shape = String::new();
        sitrep_linear::shape_into(raw, 2, &mut shape);
        out.push(f1(7, &shape));
        out.push(f1(8, self.pos(ii)));
        out.push(f1(9, self.pos(ii - 1)));
        out.push(f1(10, self.pos(ii + 1)));
        out.push(f2(11, self.pos(ii - 1), self.pos(ii)));
        out.push(f2(12, self.pos(ii), self.pos(ii + 1)));
        out.push(f1(13, self.pos(ii - 2)));
        out.push(f1(14, self.pos(ii + 2)));
        let q = if self.in_quote[i] { "q" } else { "-" };
        out.push(f1(15, q));
        out.push(f2(16, q, TAGS[p1]));
        out.push(f1(17, if self.cue_word[i] { "cue" } else { "-" }));
        for d in [-3isize, -2, -1, 1, 2, 3] {
            let j = ii + d;
            if j >= 0 && (j as usize) < self.n && self.cue_word[j as usize] {
                out.push(FeatureKey::with(18, d as u64));
            }
        }
        out.push(f1(19, self.entity[i]));
        out.push(f2(20, self.entity[i], TAGS[p1]));
        out.push(f1(21, TAGS[p1]));
        out.push(f2(22, TAGS[p2], TAGS[p1]));
        out.push(f2(23, TAGS[p1], w));
        out.push(f2(24, TAGS[p1], self.pos(ii)));
        out.push(f1(25, if self.sentence_first[i] { "first" } else { "-" }));
        out.push(f2(26, if self.sentence_first[i] { "first" } else { "-" }, TAGS[p1]));
        let kind = match self.doc.tokens()[i].kind {
            TokenKind::Punct => w,
            _ => "-",
        };
        out.push(f2(27, kind, TAGS[p1]));
        out.push(f2(28, w, self.w(ii + 1)));
        out.push(f2(29, self.w(ii - 1), w));
        let at = |v: &Vec<&'a str>, j: isize| -> &'a str {
            if j < 0 {
                "<s>"
            } else {
                v.get(j as usize).copied().unwrap_or("</s>")
            }
        };
        out.push(f1(30, at(&self.lemma, ii)));
        out.push(f1(31, at(&self.lemma, ii - 1)));
        out.push(f1(32, at(&self.lemma, ii + 1)));
        out.push(f1(33, at(&self.xpos, ii)));
        out.push(f2(34, at(&self.xpos, ii), TAGS[p1]));
        let sq = if self.sentence_quote[i] { "q" } else { "-" };
        let sc = if self.sentence_cue[i] { "c" } else { "-" };
        out.push(f2(35, sq, sc));
        out.push(f2(36, &format!("{sq}{sc}"), TAGS[p1]));
        out.push(FeatureKey::with(37, u64::from(self.position[i])));
        out.push(f2(38, self.w(ii - 2), self.w(ii - 1)));
        out.push(f2(39, TAGS[p1], at(&self.lemma, ii)));
        self.cue_features(i, p1, out);
        self.dep_features(i, p1, out);
        if let Some(st) = &self.stacked {
            self.stacked_features(i, p1, st, out);
        }
    }
}

/// A document with its gold attribution spans, for training.
pub struct TrainingDoc {
    pub doc: Doc,
    pub spans: Vec<(Role, Span)>,
}

/// The gold tag of every token of a training document: a token takes the role of the span that
/// holds it; the first token of a span begins it. Attributions nest (a cue and its source inside
/// the content of another attribution), so a cue wins over a source and a source over a
/// content; a content interrupted by a nested attribution begins again after it.
pub fn gold_tags(example: &TrainingDoc) -> Vec<usize> {
    let tokens = example.doc.tokens();
    let mut tags = vec![0; tokens.len()];
    let mut spans = example.spans.clone();
    let rank = |r: Role| match r {
        Role::Content => 0,
        Role::Source => 1,
        Role::Cue => 2,
    };
    spans.sort_by_key(|(r, s)| (rank(*r), *s));
    for (role, span) in spans {
        let mut begin = true;
        for (i, t) in tokens.iter().enumerate() {
            if span.contains(t.span) && tags[i] != tag_of(role, true) && role_of(tags[i]).is_none_or(|(r, _)| rank(r) < rank(role)) {
                tags[i] = tag_of(role, begin);
                begin = false;
            }
        }
    }
    for i in 0..tags.len() {
        let prev = if i > 0 { tags[i - 1] } else { 0 };
        tags[i] = legal(tags[i], prev);
    }
    tags
}

/// Folds of the first pass's jackknife, and its passes over the data.
const FOLDS: usize = 4;
const CUE_EPOCHS: usize = 8;

/// A lemma joins the learned cue lexicon when it is a cue this many times in the training data.
const MIN_LEXICON_CUES: usize = 5;

/// What one training epoch achieved on the development documents.
pub struct EpochReport {
    pub epoch: usize,
    pub dev_token_accuracy: f64,
}

/// How [`train`] trains.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes of the second pass over the training data (the cue pass makes at most 8); the
    /// epoch with the best development tag accuracy is kept.
    pub epochs: usize,
    /// Averaged weights below this in absolute value are dropped, which keeps the file small.
    pub prune: f32,
    /// How many perceptrons are trained side by side for each pass, member `m` with seed
    /// `seed + m` (its own order of the training documents in every epoch); each pass's model
    /// is the mean of its members' averaged weights, scored and kept per epoch like one. The
    /// mean keeps what the members agree on rather than what one order of the data happened
    /// to teach, for `members` times the training time and no cost in tagging. 1 (the
    /// default): one perceptron per pass, as before.
    pub members: usize,
    /// The first member's seed; seed 0 is the fixed order every model before `--members` was
    /// trained with, so that `members: 1, seed: 0` rebuilds those files byte for byte.
    pub seed: u64,
    /// The chance (0 to 1) that a feature of a training position is left out, of the scoring
    /// and of the update alike, in both passes (see [`Dropout`]): no single feature (the
    /// word itself, most of all) then carries a decision alone. The draws come from the
    /// member's seed, the epoch, the document and the position, so a model rebuilds byte for
    /// byte. 0 (the default) trains exactly as before.
    pub feature_dropout: f32,
    /// The cue pass's own dropout chance, when it differs from `feature_dropout` (which then
    /// applies to the second pass only); `None` (the default): the same for both passes. On
    /// PolNeAR dev, dropout in the cue pass made the tagger find more cues at a loss of
    /// precision (cue exact F1 -0.1 to -0.3), while 0.25 in the second pass alone gained +0.8
    /// (+0.9 with another seed; docs/BENCHMARKS.md, session 7): the shipped model uses 0 here.
    pub cue_feature_dropout: Option<f32>,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions { epochs: 12, prune: 0.5, members: 1, seed: 0, feature_dropout: 0.0, cue_feature_dropout: None }
    }
}

/// Feature dropout in training: which features of a training position are left out, and how
/// often. The draw for a feature hashes its key with the position's salt, so every history the
/// beam scores at a position, and the updates made there later, lose the same features.
#[derive(Clone, Copy, Debug)]
struct Dropout {
    /// Features left out per 1,000; 0 leaves the features untouched.
    per_mille: u64,
    /// The member's and epoch's stream, mixed with the document and the position per salt.
    stream: u64,
}

impl Dropout {
    /// The dropout of a member with `seed` in `epoch` of `pass` (0 the cue pass, 1 the second).
    fn new(rate: f32, seed: u64, epoch: usize, pass: u64) -> Dropout {
        let per_mille = (f64::from(rate.clamp(0.0, 1.0)) * 1000.0).round() as u64;
        let stream = splitmix(splitmix(splitmix(seed ^ 0x5851_f42d_4c95_7f2d) ^ epoch as u64) ^ pass);
        Dropout { per_mille, stream }
    }

    /// The salt of token `position` of document `doc`.
    fn salt(&self, doc: usize, position: usize) -> u64 {
        splitmix(splitmix(self.stream ^ doc as u64) ^ position as u64)
    }

    /// Leaves out of `feats` the features this dropout draws for the position with `salt`.
    fn apply(&self, feats: &mut Vec<FeatureKey>, salt: u64) {
        if self.per_mille > 0 {
            feats.retain(|f| splitmix(f.0 ^ salt) % 1000 >= self.per_mille);
        }
    }
}

/// The splitmix64 finaliser: a well-mixed 64-bit hash of `x`, for dropout draws.
fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The order in which a member with `seed` visits the training documents `docs` (indices into
/// `n` documents) in `epoch`: for seed 0 the fixed shuffle the tagger has always trained with,
/// for any other seed a xorshift shuffle drawn from the seed and the epoch, so every member
/// and every epoch has its own order and training stays reproducible.
fn epoch_order(docs: &[usize], n: usize, epoch: usize, seed: u64) -> Vec<usize> {
    let mut order = docs.to_vec();
    if seed == 0 {
        let n = n.max(1);
        order.sort_by_key(|&i| ((i * 7919 + epoch * 104_729) % n, i));
    } else {
        let mut state = (seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (epoch as u64).wrapping_mul(0xd1b5_4a32_d192_ed03)) | 1;
        sitrep_linear::shuffle(&mut order, &mut state);
    }
    order
}

/// The seeds of the members [`TrainOptions`] asks for.
fn member_seeds(opts: &TrainOptions) -> Vec<u64> {
    (0..opts.members.max(1) as u64).map(|m| opts.seed.wrapping_add(m)).collect()
}

/// Trains the cue pass (the first pass) on `docs` for `epochs`: one trainer per member seed,
/// and the mean of their averaged weights, pruned at `prune`; `feature_dropout` as in
/// [`TrainOptions`].
fn train_cue_pass(
    contexts: &[(Context<'_>, Vec<usize>)],
    docs: &[usize],
    epochs: usize,
    seeds: &[u64],
    prune: f32,
    feature_dropout: f32,
) -> Result<CompactModel, ModelError> {
    let mut trainers = Vec::with_capacity(seeds.len());
    for &seed in seeds {
        let mut trainer = Trainer::new(TAGS.len())?;
        for epoch in 1..=epochs {
            let dropout = Dropout::new(feature_dropout, seed, epoch, 0);
            run_cue_epoch(&mut trainer, contexts, &epoch_order(docs, contexts.len(), epoch, seed), dropout);
        }
        trainers.push(trainer);
    }
    let refs: Vec<&Trainer> = trainers.iter().collect();
    Ok(sitrep_linear::average_of(&refs, prune))
}

/// Trains a model; returns the model file bytes of the epoch with the best development tag
/// accuracy (decoded with the beam) and a report per epoch.
pub fn train(
    train: &[TrainingDoc],
    dev: &[TrainingDoc],
    opts: &TrainOptions,
    data_digest: &[u8],
    mut progress: impl FnMut(&EpochReport),
) -> Result<Vec<u8>, ModelError> {
    if train.is_empty() {
        return Err(ModelError::NoExamples);
    }
    let (epochs, prune) = (opts.epochs, opts.prune);
    let seeds = member_seeds(opts);
    let cue_dropout = opts.cue_feature_dropout.unwrap_or(opts.feature_dropout);
    let lexicon = CueLexicon::learn(train, MIN_LEXICON_CUES);
    let mut contexts: Vec<(Context<'_>, Vec<usize>)> =
        train.iter().map(|d| (Context::new(&d.doc, &lexicon), gold_tags(d))).collect();
    let mut dev_contexts: Vec<(Context<'_>, Vec<usize>)> =
        dev.iter().map(|d| (Context::new(&d.doc, &lexicon), gold_tags(d))).collect();
    // The first pass, jackknifed: the cues the second pass trains on are predicted by a cue
    // tagger that did not see the document, as they will be on new text.
    let cue_epochs = epochs.min(CUE_EPOCHS);
    let all: Vec<usize> = (0..contexts.len()).collect();
    let mut train_cues: Vec<Vec<usize>> = vec![Vec::new(); contexts.len()];
    if contexts.len() >= FOLDS {
        for fold in 0..FOLDS {
            let rest: Vec<usize> = all.iter().copied().filter(|i| i % FOLDS != fold).collect();
            let model = Model::new(train_cue_pass(&contexts, &rest, cue_epochs, &seeds, 0.0, cue_dropout)?)?;
            for i in all.iter().copied().filter(|i| i % FOLDS == fold) {
                train_cues[i] = decode_cues(&contexts[i].0, &model);
            }
        }
    }
    let cue_weights = train_cue_pass(&contexts, &all, cue_epochs, &seeds, prune, cue_dropout)?;
    let cue_model = Model::new(cue_weights.clone())?;
    for (i, (ctx, _)) in contexts.iter_mut().enumerate() {
        let cues = if train_cues[i].is_empty() { decode_cues(ctx, &cue_model) } else { std::mem::take(&mut train_cues[i]) };
        ctx.set_cues(&cues);
    }
    for (ctx, _) in dev_contexts.iter_mut() {
        let cues = decode_cues(ctx, &cue_model);
        ctx.set_cues(&cues);
    }
    // The second pass: its members train side by side, and each epoch's model is their mean.
    let mut trainers = Vec::with_capacity(seeds.len());
    for _ in &seeds {
        trainers.push(Trainer::new(TAGS.len())?);
    }
    let mut best: Option<(f64, CompactModel, usize)> = None;
    for epoch in 1..=epochs {
        for (trainer, &seed) in trainers.iter_mut().zip(&seeds) {
            let dropout = Dropout::new(opts.feature_dropout, seed, epoch, 1);
            run_beam_epoch(trainer, &contexts, &epoch_order(&all, contexts.len(), epoch, seed), TRAIN_BEAM_WIDTH, dropout);
        }
        let refs: Vec<&Trainer> = trainers.iter().collect();
        let weights = sitrep_linear::average_of(&refs, prune);
        let model = Model::new(weights.clone())?;
        let (mut right, mut total) = (0usize, 0usize);
        for (ctx, gold) in &dev_contexts {
            let tags = beam_decode(ctx, &model, TRAIN_BEAM_WIDTH);
            right += gold.iter().zip(&tags).filter(|(a, b)| a == b).count();
            total += gold.len();
        }
        let accuracy = if total == 0 { 0.0 } else { right as f64 / total as f64 };
        progress(&EpochReport { epoch, dev_token_accuracy: accuracy });
        if best.as_ref().is_none_or(|(a, _, _)| accuracy > *a) {
            best = Some((accuracy, weights, epoch));
        }
    }
    let (accuracy, weights, epoch) = best.ok_or(ModelError::NoExamples)?;
    let ensemble = match (seeds.len(), opts.seed) {
        (1, 0) => String::new(),
        (1, seed) => format!(", seed {seed}"),
        (n, seed) => format!(", the mean of {n} members (seeds {seed} to {})", seed.wrapping_add(n as u64 - 1)),
    };
    let dropout = if cue_dropout == opts.feature_dropout {
        if opts.feature_dropout > 0.0 { format!(", feature dropout {}", opts.feature_dropout) } else { String::new() }
    } else {
        format!(", feature dropout {} (cue pass {cue_dropout})", opts.feature_dropout)
    };
    let note = format!(
        "{} training documents, cue pass {cue_epochs} epochs ({FOLDS}-fold jackknife), best epoch {epoch} of {epochs}, \
weights under {prune} pruned, dev tag accuracy {:.4}{ensemble}{dropout}",
        train.len(),
        accuracy
    );
    Ok(write_model(&header(data_digest, &note), &Body { weights, cue_weights, cue_lemmas: lexicon.to_vec() })?)
}

/// One pass of the cue tagger (the first pass) over the training documents in `order` (see
/// [`epoch_order`]), greedily, with the model's own earlier predictions as history; `dropout`
/// leaves features out of each position's scoring and update.
fn run_cue_epoch(trainer: &mut Trainer, contexts: &[(Context<'_>, Vec<usize>)], order: &[usize], dropout: Dropout) {
    let mut feats = Vec::new();
    let mut buf = Vec::new();
    for &di in order {
        let (ctx, gold) = &contexts[di];
        let mut tags: Vec<usize> = Vec::with_capacity(ctx.n);
        for i in 0..ctx.n {
            let (p1, p2) = history(&tags, i);
            ctx.features(i, p1, p2, &mut feats);
            dropout.apply(&mut feats, dropout.salt(di, i));
            trainer.scores(&feats, &mut buf);
            let guess = best_cue_tag(&buf);
            trainer.observe(&feats, cue_tag(gold[i]), guess);
            tags.push(legal(guess, p1));
        }
    }
}

/// One pass of structured training of the second pass over the documents in `order` (see
/// [`epoch_order`]): the beam of [`beam_decode`] under the current weights, with an early
/// update (Collins and Roark 2004; LaSO style). When the gold history falls off the beam, the gold
/// tags of the stretch since the last update are rewarded and the best history's tags punished,
/// each with the features of its own history; the search then goes on from the gold history.
/// At the end of a document the best history is checked against the gold one the same way.
/// The weights so learn to keep the gold history in the beam the decoder uses, not just to
/// pick the gold tag after a gold history. `dropout` leaves the same features of a position
/// out of the scoring of every history there and out of the updates made there.
fn run_beam_epoch(trainer: &mut Trainer, contexts: &[(Context<'_>, Vec<usize>)], order: &[usize], width: usize, dropout: Dropout) {
    struct Item {
        score: f32,
        p1: usize,
        p2: usize,
        /// The history is gold so far.
        gold: bool,
    }
    let mut feats = Vec::new();
    let mut buf = Vec::new();
    let mut next: Vec<(f32, usize, usize)> = Vec::new();
    for &di in order {
        let (ctx, gold) = &contexts[di];
        // The stretch since the last update starts at `start`; `steps[i - start][k]` holds the
        // parent and tag of the k-th history after word i.
        let mut start = 0;
        let mut steps: Vec<Vec<(usize, usize)>> = Vec::new();
        let (g1, g2) = history(gold, 0);
        let mut beam = vec![Item { score: 0.0, p1: g1, p2: g2, gold: true }];
        for i in 0..ctx.n {
            trainer.tick();
            next.clear();
            let salt = dropout.salt(di, i);
            for (b, item) in beam.iter().enumerate() {
                ctx.features(i, item.p1, item.p2, &mut feats);
                dropout.apply(&mut feats, salt);
                trainer.scores(&feats, &mut buf);
                for (t, &score) in buf.iter().enumerate() {
                    if legal(t, item.p1) == t {
                        next.push((item.score + score, b, t));
                    }
                }
            }
            next.sort_by(|a, b| b.0.total_cmp(&a.0));
            let kept = keep_best(&next, |b| beam[b].p1, width);
            steps.push(kept.iter().map(|&(_, b, t)| (b, t)).collect());
            let new_beam: Vec<Item> = kept
                .iter()
                .map(|&(score, b, t)| Item { score, p1: t, p2: beam[b].p1, gold: beam[b].gold && t == gold[i] })
                .collect();
            let last = i + 1 == ctx.n;
            let violated = !new_beam.iter().any(|x| x.gold) || last && !new_beam[0].gold;
            if violated {
                // The best history's tags over the stretch, followed back.
                let mut tags = vec![0; i + 1 - start];
                let mut at = 0;
                for j in (start..=i).rev() {
                    let (b, t) = steps[j - start][at];
                    tags[j - start] = t;
                    at = b;
                }
                let mut predicted = gold[..start].to_vec();
                predicted.extend_from_slice(&tags);
                for j in start..=i {
                    let (p1, p2) = history(&predicted, j);
                    let (g1, g2) = history(gold, j);
                    if (p1, p2, predicted[j]) == (g1, g2, gold[j]) {
                        continue;
                    }
                    let salt = dropout.salt(di, j);
                    ctx.features(j, g1, g2, &mut feats);
                    dropout.apply(&mut feats, salt);
                    trainer.update(&feats, gold[j], 1.0);
                    ctx.features(j, p1, p2, &mut feats);
                    dropout.apply(&mut feats, salt);
                    trainer.update(&feats, predicted[j], -1.0);
                }
                start = i + 1;
                steps.clear();
                let (g1, g2) = history(gold, i + 1);
                beam = vec![Item { score: 0.0, p1: g1, p2: g2, gold: true }];
            } else {
                beam = new_beam;
            }
        }
    }
}

fn header(data_digest: &[u8], note: &str) -> Header {
    Header {
        kind: KIND.into(),
        features: FEATURES.into(),
        labels: vec![TAGS.iter().map(|t| t.to_string()).collect()],
        data_sha256: sha256(data_digest),
        trained: note.into(),
    }
}

/// Share of tokens tagged right.
pub fn token_accuracy(model: &AttributionModel, docs: &[TrainingDoc]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    for d in docs {
        let gold = gold_tags(d);
        let tags = model.tag(&d.doc);
        right += gold.iter().zip(&tags).filter(|(a, b)| a == b).count();
        all += gold.len();
    }
    if all == 0 {
        0.0
    } else {
        right as f64 / all as f64
    }
}

/// Spans of one role read off a tag sequence, as token ranges `[first, end)`.
pub fn spans(tags: &[usize]) -> Vec<(Role, usize, usize)> {
    let mut out: Vec<(Role, usize, usize)> = Vec::new();
    for (i, &t) in tags.iter().enumerate() {
        match role_of(t) {
            Some((role, true)) => out.push((role, i, i + 1)),
            Some((role, false)) => match out.last_mut() {
                Some(last) if last.0 == role && last.2 == i => last.2 = i + 1,
                _ => out.push((role, i, i + 1)),
            },
            None => {}
        }
    }
    out
}

/// Joins two cues of one sentence that a single untagged word separates into one cue
/// ("enjoyed [tremendous] support", "have no way [of] knowing"): the tagger often loses a word
/// in the middle of a long cue. `is_word` tells a word from punctuation: a comma or a dash
/// between two cues separates two attributions ("said, adding", "said, referring to").
pub fn bridge_cue_gaps(tags: &mut [usize], sentence: &[usize], is_word: impl Fn(usize) -> bool) {
    let is_cue = |t: usize| matches!(role_of(t), Some((Role::Cue, _)));
    let sent = |i: usize| sentence.get(i).copied().unwrap_or(0);
    for i in 1..tags.len().saturating_sub(1) {
        if tags[i] == 0 && is_cue(tags[i - 1]) && is_cue(tags[i + 1]) && sent(i - 1) == sent(i + 1) && is_word(i) {
            tags[i] = tag_of(Role::Cue, false);
            tags[i + 1] = tag_of(Role::Cue, false);
        }
    }
}

/// The sentence number of every token (tokens between sentences take the one before).
pub fn sentence_numbers(doc: &Doc) -> Vec<usize> {
    let mut out = vec![0; doc.tokens().len()];
    for (n, s) in doc.sentences().iter().enumerate() {
        for x in out.iter_mut().take(s.end_token).skip(s.first_token) {
            *x = n;
        }
    }
    out
}

/// One attribution as token ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grouped {
    pub cue: (usize, usize),
    pub source: Option<(usize, usize)>,
    pub content: Option<(usize, usize)>,
}

/// Groups spans into attributions: each cue takes the nearest unused source of its own
/// sentence and the nearest unused content within `window` tokens, first of its own sentence
/// (cue by cue), and then, for the cues still without one, of a neighbouring sentence. A cue
/// of one sentence so no longer takes the content next to the cue of the next sentence ("...
/// denied the report, calling it baseless. A video allegedly showing the ships circulated"):
/// the cue whose sentence it is has the first claim on it. `sentence` gives the sentence number
/// of every token.
pub fn group(spans: &[(Role, usize, usize)], window: usize, sentence: &[usize]) -> Vec<Grouped> {
    let sent = |t: usize| sentence.get(t).copied().unwrap_or(0);
    let mut used = vec![false; spans.len()];
    let mut out = Vec::new();
    let distance = |a: (usize, usize), b: (usize, usize)| -> usize {
        if a.1 <= b.0 {
            b.0 - a.1
        } else if b.1 <= a.0 {
            a.0 - b.1
        } else {
            0
        }
    };
    for (ci, &(role, c0, c1)) in spans.iter().enumerate() {
        if role != Role::Cue {
            continue;
        }
        used[ci] = true;
        let cs = sent(c0);
        let best = spans
            .iter()
            .enumerate()
            .filter(|(j, s)| !used[*j] && s.0 == Role::Source && (sent(s.1) == cs || sent(s.2 - 1) == cs))
            .map(|(j, s)| (j, distance((c0, c1), (s.1, s.2))))
            .filter(|(_, d)| *d <= window)
            .min_by_key(|(_, d)| *d);
        let source = best.map(|(j, _)| {
            used[j] = true;
            (spans[j].1, spans[j].2)
        });
        out.push(Grouped { cue: (c0, c1), source, content: None });
    }
    // (A content left over in a sentence with a cue of its own is the rest of that cue's
    // quotation, "\"My hope,\" he said, \"is that ...\"", not the content of the next sentence's
    // cue, "X reported from Midway Atoll".)
    let cue_sentences: Vec<usize> = out.iter().map(|g| sent(g.cue.0)).collect();
    for own_sentence in [true, false] {
        for g in out.iter_mut().filter(|g| g.content.is_none()) {
            let cs = sent(g.cue.0);
            let best = spans
                .iter()
                .enumerate()
                .filter(|(j, s)| !used[*j] && s.0 == Role::Content)
                .filter(|(_, s)| {
                    let (ss, se) = (sent(s.1), sent(s.2 - 1));
                    let around = ss <= cs && se >= cs;
                    let spoken_there = cue_sentences.iter().any(|&q| q != cs && ss <= q && q <= se);
                    around || !own_sentence && !spoken_there && (ss.abs_diff(cs) <= 1 || se.abs_diff(cs) <= 1)
                })
                .map(|(j, s)| (j, distance(g.cue, (s.1, s.2))))
                .filter(|(_, d)| *d <= window)
                .min_by_key(|(_, d)| *d);
            if let Some((j, _)) = best {
                used[j] = true;
                g.content = Some((spans[j].1, spans[j].2));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_neither_pass_supports_is_weak() {
        // Tokens 1-2 and 5 are cues; the first pass found token 5 only, and the second pass on
        // its own would have tagged token 2 O.
        let tagged = Tagged {
            tags: vec![0, 3, 4, 0, 0, 3, 0],
            first_pass_cue: vec![false, false, false, false, false, true, false],
            locally_preferred: vec![true, true, false, true, true, false, true],
        };
        assert!(tagged.weak_cue(1, 3), "no first-pass cue and a word the second pass alone would not tag");
        assert!(!tagged.weak_cue(5, 6), "the first pass found it");
        let preferred = Tagged { locally_preferred: vec![true; 7], ..tagged.clone() };
        assert!(!preferred.weak_cue(1, 3), "the second pass alone tags every word of it");
        // A word joined in between two cues (untagged) counts for neither condition.
        let bridged = Tagged {
            tags: vec![0, 3, 0, 3, 0, 0, 0],
            locally_preferred: vec![true, true, false, true, true, true, true],
            ..tagged
        };
        assert!(!bridged.weak_cue(1, 4));
    }

    #[test]
    fn tags_become_spans_and_attributions() {
        // O B-SRC I-SRC B-CUE B-CON I-CON I-CON O
        let tags = [0, 1, 2, 3, 5, 6, 6, 0];
        let s = spans(&tags);
        assert_eq!(s, vec![(Role::Source, 1, 3), (Role::Cue, 3, 4), (Role::Content, 4, 7)]);
        let g = group(&s, 30, &[0; 8]);
        assert_eq!(g, vec![Grouped { cue: (3, 4), source: Some((1, 3)), content: Some((4, 7)) }]);
    }

    #[test]
    fn a_cue_broken_by_one_untagged_token_is_joined() {
        // B-SRC B-CUE O B-CUE B-CON | O B-CUE O O B-CUE
        let mut tags = [1, 3, 0, 3, 5, 0, 3, 0, 0, 3];
        bridge_cue_gaps(&mut tags, &[0, 0, 0, 0, 0, 1, 1, 1, 1, 1], |_| true);
        assert_eq!(tags, [1, 3, 4, 4, 5, 0, 3, 0, 0, 3]);
        let s = spans(&tags);
        assert_eq!(s[1], (Role::Cue, 1, 4));
        // Not across sentences.
        let mut tags = [3, 0, 3];
        bridge_cue_gaps(&mut tags, &[0, 0, 1], |_| true);
        assert_eq!(tags, [3, 0, 3]);
    }

    #[test]
    fn two_cues_a_comma_separates_stay_two() {
        // "said , adding": B-CUE O B-CUE, the gap a comma.
        let mut tags = [1, 3, 0, 3, 5];
        bridge_cue_gaps(&mut tags, &[0; 5], |i| i != 2);
        assert_eq!(tags, [1, 3, 0, 3, 5]);
        assert_eq!(spans(&tags)[1..3], [(Role::Cue, 1, 2), (Role::Cue, 3, 4)]);
    }

    #[test]
    fn a_cue_takes_a_content_of_its_own_sentence_before_a_neighbouring_one() {
        // Sentence 0: B-CUE O | sentence 1: B-CON I-CON B-CUE. The first cue is nearer to the
        // content, but the content is the second cue's, whose sentence it is.
        let s = spans(&[3, 0, 5, 6, 3]);
        let g = group(&s, 30, &[0, 0, 1, 1, 1]);
        assert_eq!(g[0], Grouped { cue: (0, 1), source: None, content: None });
        assert_eq!(g[1], Grouped { cue: (4, 5), source: None, content: Some((2, 4)) });
        // A cue whose sentence has no content still takes one of the next sentence.
        let s = spans(&[3, 0, 5, 6]);
        let g = group(&s, 30, &[0, 0, 1, 1]);
        assert_eq!(g[0].content, Some((2, 4)));
    }

    #[test]
    fn nested_cues_and_sources_win_over_the_content_around_them() {
        let text = "Olsen said Berg believes the port reopened.";
        let d = toy(
            text,
            &[(Role::Source, "Olsen"), (Role::Cue, "said"), (Role::Content, "Berg believes the port reopened"),
              (Role::Source, "Berg"), (Role::Cue, "believes"), (Role::Content, "the port reopened")],
        );
        // Olsen said Berg believes the port reopened .
        assert_eq!(gold_tags(&d), vec![1, 3, 1, 3, 5, 6, 6, 0]);
    }

    #[test]
    fn a_token_knows_the_branch_by_which_it_hangs_from_the_cue_above_it() {
        let mut d = toy("Olsen said the port reopened.", &[]);
        // Olsen <-nsubj- said; the <-det- port <-nsubj- reopened <-ccomp- said; . <-punct- said
        let head = vec![Some(1), None, Some(3), Some(4), Some(1), Some(1)];
        let deprel: Vec<String> = ["nsubj", "root", "det", "nsubj", "ccomp", "punct"].map(String::from).to_vec();
        let n = head.len();
        let syntax = sitrep_doc::Syntax { upos: vec!["X".into(); n], xpos: vec!["X".into(); n], lemma: vec!["x".into(); n], head, deprel };
        d.doc.set_syntax(syntax).expect("syntax");
        let cue_like = [false, true, false, false, false, false];
        let deps = Deps::new(&d.doc, n, &cue_like);
        let rel = |r: &str| sitrep_linear::value_hash(r.as_bytes());
        assert_eq!(deps.cue_above[0], Some((1, rel("nsubj"), 1)), "the source is the cue's subject");
        assert_eq!(deps.cue_above[3], Some((1, rel("ccomp"), 2)), "the content is its complement");
        assert_eq!(deps.cue_above[1], None, "the cue itself has no cue above it");
        assert_eq!(deps.children[1], 1 | 2, "said has a subject and a clausal complement");
        // Without a parse nothing hangs from anything.
        let bare = toy("Olsen said the port reopened.", &[]);
        assert!(Deps::new(&bare.doc, n, &cue_like).cue_above.iter().all(Option::is_none));
    }

    #[test]
    fn an_inside_tag_after_another_role_begins_a_span() {
        assert_eq!(legal(4, 1), 3, "I-CUE after B-SRC becomes B-CUE");
        assert_eq!(legal(4, 3), 4);
        assert_eq!(legal(0, 5), 0);
    }

    fn toy(text: &str, roles: &[(Role, &str)]) -> TrainingDoc {
        let mut doc = Doc::from_text(sitrep_doc::DocMeta::default(), text);
        sitrep_doc::Pipeline::new()
            .with(sitrep_nlp::RuleTokenizer)
            .with(sitrep_nlp::RuleSentenceSplitter)
            .run(&mut doc)
            .expect("tokens");
        let spans = roles
            .iter()
            .map(|(r, words)| {
                let at = text.find(words).expect("words in text");
                (*r, Span::new(at, at + words.len()))
            })
            .collect();
        TrainingDoc { doc, spans }
    }

    #[test]
    fn learns_a_toy_attribution_pattern_end_to_end() {
        let names = ["Olsen", "Berg", "Haug", "Lind", "Dahl", "Moe"];
        let facts = ["the bridge is closed", "ships left early", "the port reopened", "talks stalled"];
        let mut train_docs = Vec::new();
        for n in names {
            for f in facts {
                let text = format!("{n} said {f}.");
                train_docs.push(toy(&text, &[(Role::Source, n), (Role::Cue, "said"), (Role::Content, f)]));
            }
        }
        let opts = TrainOptions { epochs: 5, prune: 0.0, ..TrainOptions::default() };
        let bytes = train(&train_docs, &train_docs[..2], &opts, b"toy", |_| {}).expect("trains");
        let model = AttributionModel::from_bytes(&bytes).expect("loads");
        assert_eq!(model.header().kind, KIND);
        let test = toy("Strand said the ferry sank.", &[]);
        let tags = model.tag(&test.doc);
        let grouped = group(&spans(&tags), 40, &sentence_numbers(&test.doc));
        assert_eq!(grouped.len(), 1, "{tags:?}");
        let words = |(a, b): (usize, usize)| {
            let t = test.doc.tokens();
            test.doc.slice(t[a].span.cover(t[b - 1].span)).to_string()
        };
        assert_eq!(words(grouped[0].cue), "said");
        assert_eq!(grouped[0].source.map(words).as_deref(), Some("Strand"));
        assert_eq!(grouped[0].content.map(words).as_deref(), Some("the ferry sank"));
        let tagged = model.tag_with_support(&test.doc);
        assert_eq!(tagged.tags, tags);
        assert!(!tagged.weak_cue(grouped[0].cue.0, grouped[0].cue.1), "a cue like those it learned is supported");
    }

    #[test]
    fn seed_zero_keeps_the_fixed_order_and_other_seeds_shuffle_their_own_way() {
        let docs: Vec<usize> = (0..20).filter(|i| i % 4 != 1).collect();
        let mut fixed = docs.clone();
        fixed.sort_by_key(|&i| ((i * 7919 + 3 * 104_729) % 20, i));
        assert_eq!(epoch_order(&docs, 20, 3, 0), fixed);
        let one = epoch_order(&docs, 20, 3, 1);
        let mut sorted = one.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, docs, "a shuffle visits every document once");
        assert_eq!(one, epoch_order(&docs, 20, 3, 1), "reproducible");
        assert_ne!(one, epoch_order(&docs, 20, 3, 2), "each member has its own order");
        assert_ne!(one, epoch_order(&docs, 20, 4, 1), "each epoch has its own order");
        let seeds = member_seeds(&TrainOptions { members: 3, seed: 5, ..TrainOptions::default() });
        assert_eq!(seeds, [5, 6, 7]);
    }

    #[test]
    fn a_mean_of_members_learns_the_toy_pattern_and_says_so() {
        let names = ["Olsen", "Berg", "Haug", "Lind", "Dahl", "Moe"];
        let facts = ["the bridge is closed", "ships left early", "the port reopened", "talks stalled"];
        let mut train_docs = Vec::new();
        for n in names {
            for f in facts {
                train_docs.push(toy(&format!("{n} told reporters {f}."), &[(Role::Source, n), (Role::Cue, "told reporters"), (Role::Content, f)]));
            }
        }
        let opts = TrainOptions { epochs: 4, prune: 0.0, members: 3, seed: 0, ..TrainOptions::default() };
        let bytes = train(&train_docs, &train_docs[..2], &opts, b"toy", |_| {}).expect("trains");
        let model = AttributionModel::from_bytes(&bytes).expect("loads");
        assert!(model.header().trained.contains("mean of 3 members (seeds 0 to 2)"), "{}", model.header().trained);
        let test = toy("Strand told reporters the ferry sank.", &[]);
        let grouped = group(&spans(&model.tag(&test.doc)), 40, &sentence_numbers(&test.doc));
        assert_eq!(grouped.len(), 1);
        let single = train(&train_docs, &train_docs[..2], &TrainOptions { members: 1, ..opts.clone() }, b"toy", |_| {}).expect("trains");
        let single = AttributionModel::from_bytes(&single).expect("loads");
        assert!(!single.header().trained.contains("member"), "one member trains as before: {}", single.header().trained);
        assert_ne!(single.header().trained, model.header().trained);
    }

    #[test]
    fn dropout_leaves_out_about_its_share_the_same_way_every_time() {
        let feats: Vec<FeatureKey> = (0..4000u64).map(|k| FeatureKey::with(7, k)).collect();
        let dropout = Dropout::new(0.25, 3, 2, 1);
        let mut kept = feats.clone();
        dropout.apply(&mut kept, dropout.salt(5, 11));
        let share = 1.0 - kept.len() as f64 / feats.len() as f64;
        assert!((0.22..0.28).contains(&share), "left out {share}");
        let mut again = feats.clone();
        dropout.apply(&mut again, dropout.salt(5, 11));
        assert_eq!(kept, again, "reproducible");
        let mut elsewhere = feats.clone();
        dropout.apply(&mut elsewhere, dropout.salt(5, 12));
        assert_ne!(kept, elsewhere, "each position draws its own");
        let mut untouched = feats.clone();
        let none = Dropout::new(0.0, 3, 2, 1);
        none.apply(&mut untouched, none.salt(5, 11));
        assert_eq!(untouched, feats, "0 leaves every feature in");
    }

    #[test]
    fn feature_dropout_zero_trains_as_before_and_dropout_still_learns() {
        let names = ["Olsen", "Berg", "Haug", "Lind", "Dahl", "Moe"];
        let facts = ["the bridge is closed", "ships left early", "the port reopened", "talks stalled"];
        let mut train_docs = Vec::new();
        for n in names {
            for f in facts {
                train_docs.push(toy(&format!("{n} said {f}."), &[(Role::Source, n), (Role::Cue, "said"), (Role::Content, f)]));
            }
        }
        let plain = TrainOptions { epochs: 6, prune: 0.0, members: 2, seed: 0, feature_dropout: 0.0, cue_feature_dropout: None };
        let before = train(&train_docs, &train_docs[..2], &plain, b"toy", |_| {}).expect("trains");
        // Zero dropout is today's training: the same bytes as options without the field set.
        let default = TrainOptions { epochs: 6, prune: 0.0, members: 2, ..TrainOptions::default() };
        assert_eq!(before, train(&train_docs, &train_docs[..2], &default, b"toy", |_| {}).expect("trains"));
        let dropped = TrainOptions { feature_dropout: 0.25, ..plain.clone() };
        let bytes = train(&train_docs, &train_docs[..2], &dropped, b"toy", |_| {}).expect("trains");
        assert_eq!(bytes, train(&train_docs, &train_docs[..2], &dropped, b"toy", |_| {}).expect("trains"), "reproducible");
        assert_ne!(bytes, before);
        let model = AttributionModel::from_bytes(&bytes).expect("loads");
        assert!(model.header().trained.contains("feature dropout 0.25"), "{}", model.header().trained);
        let second_only = TrainOptions { cue_feature_dropout: Some(0.0), ..dropped.clone() };
        let second_only = train(&train_docs, &train_docs[..2], &second_only, b"toy", |_| {}).expect("trains");
        assert_ne!(second_only, bytes, "the cue pass trains without dropout");
        let second_only = AttributionModel::from_bytes(&second_only).expect("loads");
        assert!(second_only.header().trained.contains("feature dropout 0.25 (cue pass 0)"), "{}", second_only.header().trained);
        let plain_model = AttributionModel::from_bytes(&before).expect("loads");
        assert!(!plain_model.header().trained.contains("dropout"), "{}", plain_model.header().trained);
        let test = toy("Strand said the ferry sank.", &[]);
        let grouped = group(&spans(&model.tag(&test.doc)), 40, &sentence_numbers(&test.doc));
        assert_eq!(grouped.len(), 1);
        assert!(grouped[0].source.is_some() && grouped[0].content.is_some(), "{grouped:?}");
    }

    #[test]
    fn a_model_of_another_kind_is_refused() {
        let h = Header {
            kind: "tagger".into(),
            features: FEATURES.into(),
            labels: vec![],
            data_sha256: [0; 32],
            trained: String::new(),
        };
        let empty = || Trainer::new(7).expect("trainer").average(0.0);
        let bytes = write_model(&h, &Body { weights: empty(), cue_weights: empty(), cue_lemmas: Vec::new() }).expect("bytes");
        assert!(matches!(AttributionModel::from_bytes(&bytes), Err(ModelError::File(_))));
    }
}
