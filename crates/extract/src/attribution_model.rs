//! A trained attribution tagger: source, cue and content spans as a BIO sequence over tokens.
//!
//! Attribution corpora such as PolNeAR are univocal (each token plays at most one role in at
//! most one attribution), so attributions can be read as a tag sequence: `B-SRC I-SRC B-CUE
//! B-CON I-CON ...`. A greedy left-to-right averaged perceptron (crate `sitrep-linear`) predicts
//! one tag per token from the word, its part of speech, its neighbours, whether it stands inside
//! a quotation, whether it is a known attribution verb or names an entity, and the two tags
//! before it. Training uses the model's own earlier predictions as history, as it will see them.
//!
//! The spans are then grouped into attributions: each cue takes the nearest source and the
//! nearest content around it (see [`group`]). Word lists stay useful as features, but coverage
//! of the long tail of reporting and inner-state verbs ("attacked", "wants", "seems") comes
//! from the data. The model ships in `models/attribution.bin` in the common model file format.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use sitrep_doc::{Doc, Span, TokenKind};
use sitrep_linear::{read_model, sha256, write_model, CompactModel, FeatureKey, Header, Model, Trainer};

use crate::cues::CUE_VERBS;

/// The model kind in the file header.
pub const KIND: &str = "attribution";
/// The version of the feature templates below; a model trained with others is refused.
pub const FEATURES: &str = "attr-bio-v2: word±2 lemma±1 suffix3 shape upos±2 xpos quote cue-lexicon±3 entity sentence prev-tags";

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
}

/// A loaded attribution model.
pub struct AttributionModel {
    header: Header,
    model: Model,
}

#[cfg(not(sitrep_no_attribution))]
static EMBEDDED: Option<&[u8]> = Some(include_bytes!("../../../models/attribution.bin"));
#[cfg(sitrep_no_attribution)]
static EMBEDDED: Option<&[u8]> = None;

impl AttributionModel {
    pub fn from_bytes(bytes: &[u8]) -> Result<AttributionModel, ModelError> {
        let (header, body): (Header, Body) = read_model(bytes, KIND, FEATURES)?;
        Ok(AttributionModel { header, model: Model::new(body.weights)? })
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

    /// The tag of every token of the document.
    pub fn tag(&self, doc: &Doc) -> Vec<usize> {
        let ctx = Context::new(doc);
        let mut tags = Vec::with_capacity(ctx.n);
        let mut feats = Vec::new();
        let mut buf = Vec::new();
        for i in 0..ctx.n {
            let (p1, p2) = history(&tags, i);
            ctx.features(i, p1, p2, &mut feats);
            let t = self.model.predict(&feats, &mut buf);
            tags.push(legal(t, p1));
        }
        tags
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
}

impl<'a> Context<'a> {
    fn new(doc: &'a Doc) -> Context<'a> {
        let tokens = doc.tokens();
        let n = tokens.len();
        let lower: Vec<String> = tokens.iter().map(|t| doc.slice(t.span).to_lowercase()).collect();
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
        }
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
    }
}

/// A document with its gold attribution spans, for training.
pub struct TrainingDoc {
    pub doc: Doc,
    pub spans: Vec<(Role, Span)>,
}

/// The gold tag of every token of a training document: a token takes the role of the span that
/// holds it; the first token of a span begins it.
pub fn gold_tags(example: &TrainingDoc) -> Vec<usize> {
    let tokens = example.doc.tokens();
    let mut tags = vec![0; tokens.len()];
    let mut spans = example.spans.clone();
    spans.sort_by_key(|(_, s)| *s);
    for (role, span) in spans {
        let mut begin = true;
        for (i, t) in tokens.iter().enumerate() {
            if span.contains(t.span) && tags[i] == 0 {
                tags[i] = tag_of(role, begin);
                begin = false;
            }
        }
    }
    tags
}

/// What one training epoch achieved on the development documents.
pub struct EpochReport {
    pub epoch: usize,
    pub dev_token_accuracy: f64,
}

/// Trains a model; returns the model file bytes of the epoch with the best development tag
/// accuracy and a report per epoch. Averaged weights below `prune` in absolute value are
/// dropped, which keeps the file small.
pub fn train(
    train: &[TrainingDoc],
    dev: &[TrainingDoc],
    epochs: usize,
    prune: f32,
    data_digest: &[u8],
    mut progress: impl FnMut(&EpochReport),
) -> Result<Vec<u8>, ModelError> {
    if train.is_empty() {
        return Err(ModelError::NoExamples);
    }
    let mut trainer = Trainer::new(TAGS.len())?;
    let contexts: Vec<(Context<'_>, Vec<usize>)> = train.iter().map(|d| (Context::new(&d.doc), gold_tags(d))).collect();
    let mut best: Option<(f64, CompactModel, usize)> = None;
    let mut feats = Vec::new();
    let mut buf = Vec::new();
    let mut order: Vec<usize> = (0..contexts.len()).collect();
    for epoch in 1..=epochs {
        // A fixed shuffle per epoch keeps training reproducible.
        order.sort_by_key(|&i| (i * 7919 + epoch * 104_729) % contexts.len().max(1));
        for &di in &order {
            let (ctx, gold) = &contexts[di];
            let mut tags: Vec<usize> = Vec::with_capacity(ctx.n);
            for i in 0..ctx.n {
                let (p1, p2) = history(&tags, i);
                ctx.features(i, p1, p2, &mut feats);
                let guess = trainer.predict(&feats, &mut buf);
                trainer.observe(&feats, gold[i], guess);
                tags.push(legal(guess, p1));
            }
        }
        let weights = trainer.average(prune);
        let model = Model::new(weights.clone())?;
        let candidate = AttributionModel { header: header(data_digest, ""), model };
        let accuracy = token_accuracy(&candidate, dev);
        progress(&EpochReport { epoch, dev_token_accuracy: accuracy });
        if best.as_ref().is_none_or(|(a, _, _)| accuracy > *a) {
            best = Some((accuracy, weights, epoch));
        }
    }
    let (accuracy, weights, epoch) = best.ok_or(ModelError::NoExamples)?;
    let note = format!(
        "{} training documents, best epoch {epoch} of {epochs}, weights under {prune} pruned, dev tag accuracy {:.4}",
        train.len(),
        accuracy
    );
    Ok(write_model(&header(data_digest, &note), &Body { weights })?)
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
/// sentence and the nearest unused content of its own or a neighbouring sentence, within
/// `window` tokens. `sentence` gives the sentence number of every token.
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
        let pick = |want: Role, used: &mut Vec<bool>| -> Option<(usize, usize)> {
            let best = spans
                .iter()
                .enumerate()
                .filter(|(j, s)| !used[*j] && s.0 == want)
                .filter(|(_, s)| {
                    let (cs, ss, se) = (sent(c0), sent(s.1), sent(s.2 - 1));
                    match want {
                        Role::Source => ss == cs || se == cs,
                        _ => ss.abs_diff(cs) <= 1 || se.abs_diff(cs) <= 1 || (ss < cs && se > cs),
                    }
                })
                .map(|(j, s)| (j, distance((c0, c1), (s.1, s.2))))
                .filter(|(_, d)| *d <= window)
                .min_by_key(|(_, d)| *d)?;
            used[best.0] = true;
            Some((spans[best.0].1, spans[best.0].2))
        };
        let source = pick(Role::Source, &mut used);
        let content = pick(Role::Content, &mut used);
        out.push(Grouped { cue: (c0, c1), source, content });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let bytes = train(&train_docs, &train_docs[..2], 5, 0.0, b"toy", |_| {}).expect("trains");
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
        let bytes = write_model(&h, &Body { weights: Trainer::new(7).expect("trainer").average(0.0) }).expect("bytes");
        assert!(matches!(AttributionModel::from_bytes(&bytes), Err(ModelError::File(_))));
    }
}
