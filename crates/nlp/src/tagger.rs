//! The part-of-speech tagger: a greedy, left-to-right averaged perceptron predicting UPOS and
//! XPOS, plus lemmas, trained on a UD treebank and shipped as `models/tagger.bin`.
//!
//! Features are those of the strong greedy taggers: the word, its lower case, prefixes and
//! suffixes of one to four characters, its shape ("Xxx", "dd,dd"), the two words on each side,
//! suffixes and shapes of the neighbours, the two previous predicted tags and a few
//! conjunctions, and the *ambiguity class* of the two words after it (the UPOS tags the
//! word was seen with in training, "ADP+SCONJ"), which gives a greedy left-to-right tagger a
//! look at what is coming. Words seen fewer than twice in training (by form for the word feature,
//! by lower case for the lower-case feature) are replaced by one "unknown" value in training and
//! tagging alike, so the weights learn what an unknown word looks like instead of memorising
//! hapaxes. Each word's values are hashed once per sentence and combined with the template
//! number per feature ([`sitrep_linear::FeatureKey::with`]), so tagging allocates nothing per
//! token. Frequent words that (almost) always carry one tag in the training data are tagged from
//! a dictionary without scoring. For speed, two things are computed once when a model is loaded,
//! for every known word (seen at least twice): its hashed values, and the summed scores of its
//! features that do not depend on the context (word, affixes, shape; `WordScores` below).
//! Tagging a known word then takes one row and the context features only: the same sums as
//! scoring every feature, so the same tags.
//!
//! Labels come in one of two [`LabelScheme`]s: one joint classifier over "UPOS|XPOS" pairs, or
//! two classifiers (UPOS, then XPOS), each with its own tag history. Training picks the one
//! asked for; the shipped model's scheme was chosen by accuracy on EWT dev (docs/BENCHMARKS.md).
//!
//! [`PerceptronTagger`] is the pipeline stage ("syntax") for tagging alone. It fills `upos`,
//! `xpos` and `lemma` of the [`Syntax`] layer; `head` is `None` and `deprel` is `"_"` for every
//! token, so a reader of the layer must not take `None` for a root while `deprel` is `"_"`.
//! [`crate::SyntaxAnnotator`] is the same stage with the dependency parser: it writes the whole
//! layer.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use sitrep_doc::{Doc, Error as DocError, Stage, Syntax};
use sitrep_linear::{value_hash, CompactModel, FeatureKey, Header, KeyMap, Model, Trainer};

use crate::clusters::{self, ClusterTable};
use crate::lemma::{LemmaTables, Lemmatizer};

/// The kind recorded in the model file header.
pub const KIND: &str = "tagger";

/// The feature templates this build extracts; a model trained with others is refused.
/// Change the string whenever [`features`], [`word_values`] or the hash changes.
pub const FEATURES: &str = "tagger-features/4: rare-words-as-unk bias w l pre1-4 suf1-4 shape l-2 l-1 l+1 l+2 \
suf3-1 suf3+1 shape-1 shape+1 t-1 t-2t-1 t-1l0 t-1l+1 l-1l0 l0l+1 first-shape \
amb+1 amb+2 t-1amb+1 amb+1amb+2 clus4,6,10,20 clus-1:10 clus+1:6,10 clus+2:6 t-1clus10";

/// The committed model, when it existed at compile time (see `build.rs`).
#[cfg(not(sitrep_no_tagger))]
const EMBEDDED: Option<&[u8]> =
    Some(include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/tagger.bin")));
#[cfg(sitrep_no_tagger)]
const EMBEDDED: Option<&[u8]> = None;

/// Errors of the tagger: a model that cannot be used, or training data that cannot be.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TaggerError {
    #[error("tagger model: {0}")]
    Model(#[from] sitrep_linear::Error),
    #[error("this build has no embedded tagger model (train one with `sitrep train tagger --out models/tagger.bin` and rebuild)")]
    NotEmbedded,
    #[error("the embedded tagger model cannot be loaded: {0}")]
    Embedded(String),
    #[error("training data: {0}")]
    Data(String),
}

/// How UPOS and XPOS are predicted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LabelScheme {
    /// One classifier over "UPOS|XPOS" pairs seen in training.
    Joint,
    /// A UPOS classifier and an XPOS classifier.
    Separate,
}

/// One sentence of a treebank, as training and evaluation need it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldSentence {
    pub forms: Vec<String>,
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub lemmas: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Features

/// The hashed values of one word, computed once per sentence.
#[derive(Clone, Copy, Debug, Default)]
struct WordValues {
    word: u64,
    lower: u64,
    /// Prefixes and suffixes of 1..=4 characters of the lower case; 0 when the word is shorter.
    prefix: [u64; 4],
    suffix: [u64; 4],
    shape: u64,
    /// The ambiguity class (see [`ambiguity_classes`]).
    amb: u64,
    /// The word's path in the model's word clusters (`path << 8 | depth`, see
    /// [`clusters::prefix`]), 0 when it has none.
    clus: u64,
}

fn pad(what: &[u8]) -> WordValues {
    let v = value_hash(what);
    WordValues { word: v, lower: v, prefix: [v; 4], suffix: [v; 4], shape: v, amb: v, clus: 0 }
}

fn word_values(word: &str, lower: &mut String, shape: &mut String) -> WordValues {
    lower.clear();
    if word.is_ascii() {
        lower.push_str(word);
        lower.make_ascii_lowercase();
    } else {
        lower.extend(word.chars().flat_map(char::to_lowercase));
    }
    sitrep_linear::shape_into(word, 2, shape);
    let mut v = WordValues {
        word: value_hash(word.as_bytes()),
        lower: value_hash(lower.as_bytes()),
        shape: value_hash(shape.as_bytes()),
        ..WordValues::default()
    };
    let bytes = lower.as_bytes();
    if lower.is_ascii() {
        for k in 1..=4.min(bytes.len()) {
            v.prefix[k - 1] = value_hash(&bytes[..k]);
            v.suffix[k - 1] = value_hash(&bytes[bytes.len() - k..]);
        }
    } else {
        let starts: Vec<usize> = lower.char_indices().map(|(i, _)| i).collect();
        let n = starts.len();
        for k in 1..=4.min(n) {
            let end = starts.get(k).copied().unwrap_or(bytes.len());
            v.prefix[k - 1] = value_hash(&bytes[..end]);
            v.suffix[k - 1] = value_hash(&bytes[starts[n - k]..]);
        }
    }
    v
}

/// The features of word `i` (an index into `vals`, which has two pads on each side) given the
/// hashes of the two previous tags: those of the word alone, then those of its context.
#[inline]
fn features(vals: &[WordValues], i: usize, first: bool, t1: u64, t2: u64, out: &mut Vec<FeatureKey>) {
    out.clear();
    word_features(&vals[i], out);
    context_features(vals, i, first, t1, t2, out);
}

/// The features of a word that do not depend on its context (the bias among them): the same at
/// every occurrence of the word, so their scores can be summed once per word (see
/// [`WordScores`]).
#[inline]
fn word_features(w: &WordValues, out: &mut Vec<FeatureKey>) {
    out.push(FeatureKey::new(0));
    out.push(FeatureKey::with(1, w.word));
    out.push(FeatureKey::with(2, w.lower));
    for k in 0..4 {
        if w.prefix[k] != 0 {
            out.push(FeatureKey::with(3 + k as u32, w.prefix[k]));
            out.push(FeatureKey::with(7 + k as u32, w.suffix[k]));
        }
    }
    out.push(FeatureKey::with(11, w.shape));
    if w.clus != 0 {
        for (k, len) in [4, 6, 10, 20].into_iter().enumerate() {
            out.push(FeatureKey::with(34 + k as u32, clusters::prefix(w.clus, len)));
        }
    }
}

/// The features of word `i` that depend on its neighbours and the previous tags.
#[inline]
fn context_features(vals: &[WordValues], i: usize, first: bool, t1: u64, t2: u64, out: &mut Vec<FeatureKey>) {
    let w = &vals[i];
    let (p2, p1, n1, n2) = (&vals[i - 2], &vals[i - 1], &vals[i + 1], &vals[i + 2]);
    out.push(FeatureKey::with(12, p2.lower));
    out.push(FeatureKey::with(13, p1.lower));
    out.push(FeatureKey::with(14, n1.lower));
    out.push(FeatureKey::with(15, n2.lower));
    out.push(FeatureKey::with(16, p1.suffix[2]));
    out.push(FeatureKey::with(17, n1.suffix[2]));
    out.push(FeatureKey::with(18, p1.shape));
    out.push(FeatureKey::with(19, n1.shape));
    out.push(FeatureKey::with(20, t1));
    out.push(FeatureKey::with2(21, t2, t1));
    out.push(FeatureKey::with2(22, t1, w.lower));
    out.push(FeatureKey::with2(23, t1, n1.lower));
    out.push(FeatureKey::with2(24, p1.lower, w.lower));
    out.push(FeatureKey::with2(25, w.lower, n1.lower));
    out.push(FeatureKey::with2(26, w.shape, u64::from(first)));
    out.push(FeatureKey::with(28, n1.amb));
    out.push(FeatureKey::with(29, n2.amb));
    out.push(FeatureKey::with2(31, t1, n1.amb));
    out.push(FeatureKey::with2(33, n1.amb, n2.amb));
    out.push(FeatureKey::with(38, clusters::prefix(p1.clus, 10)));
    out.push(FeatureKey::with(39, clusters::prefix(n1.clus, 6)));
    out.push(FeatureKey::with(40, clusters::prefix(n1.clus, 10)));
    out.push(FeatureKey::with(41, clusters::prefix(n2.clus, 6)));
    out.push(FeatureKey::with2(42, t1, clusters::prefix(w.clus, 10)));
}

/// Reusable buffers for tagging, so that tagging many sentences allocates nothing per token.
#[derive(Default)]
pub struct Scratch {
    vals: Vec<WordValues>,
    feats: Vec<FeatureKey>,
    scores: Vec<i32>,
    fscores: Vec<f32>,
    labels: Vec<u16>,
    /// Per word, per classifier: what [`KnownWord::fast`] says of it ([`NOT_KNOWN`] for the
    /// words the model does not know).
    fast: Vec<[u32; 2]>,
    lower: String,
    shape: String,
}

/// A known word, found with one lookup: its prepared values and, per classifier, either its
/// dictionary label (`DICT_LABEL | label`) or the start of its row in [`WordScores`].
#[derive(Clone, Copy, Debug)]
struct KnownWord {
    values: WordValues,
    fast: [u32; 2],
}

const DICT_LABEL: u32 = 1 << 31;
const NOT_KNOWN: u32 = u32::MAX;

impl Scratch {
    /// The values of every word, with two pads on each side. `known` (a model's known words)
    /// spares the hashing of the words it holds and says how each classifier takes them.
    fn prepare(&mut self, words: &[&str], tables: &WordTables, known: Option<&KeyMap<KnownWord>>) {
        let WordTables { classes, lowers, clusters } = tables;
        let unknown = value_hash(b"\x01UNK");
        let (start, end) = (pad(b"\x02<s>"), pad(b"\x03</s>"));
        self.vals.clear();
        self.fast.clear();
        self.vals.extend([start, start]);
        for w in words {
            if let Some(k) = known.and_then(|k| k.get(&value_hash(w.as_bytes()))) {
                self.vals.push(k.values);
                self.fast.push(k.fast);
                continue;
            }
            self.fast.push([NOT_KNOWN; 2]);
            let mut v = word_values(w, &mut self.lower, &mut self.shape);
            v.clus = clusters.get(&v.word).or_else(|| clusters.get(&v.lower)).copied().unwrap_or(0);
            match classes.get(&v.word) {
                Some(&c) => v.amb = c,
                None => (v.amb, v.word) = (unknown, unknown),
            }
            if !lowers.contains_key(&v.lower) {
                v.lower = unknown;
            }
            self.vals.push(v);
        }
        self.vals.extend([end, end]);
    }
}

/// What the model knows of words: their ambiguity classes, the lower cases seen often enough,
/// and their word clusters, all by hash.
#[derive(Default)]
struct WordTables {
    classes: KeyMap<u64>,
    lowers: KeyMap<()>,
    clusters: KeyMap<u64>,
}

/// The prepared values of the words of the ambiguity classes (the known words), by word hash.
fn known_values<'w>(words: impl Iterator<Item = &'w str>, tables: &WordTables) -> KeyMap<WordValues> {
    let mut scratch = Scratch::default();
    let mut out = KeyMap::default();
    for w in words {
        scratch.prepare(&[w], tables, None);
        let v = scratch.vals[2];
        out.insert(value_hash(w.as_bytes()), v);
    }
    out
}

fn start_tag() -> u64 {
    value_hash(b"\x02START")
}

/// Greedy left-to-right decoding of one classifier over a prepared sentence. `decide` scores the
/// features of word `i` and returns the label to continue with.
fn greedy(
    vals: &[WordValues],
    tagdict: &KeyMap<u16>,
    label_hash: &[u64],
    feats: &mut Vec<FeatureKey>,
    out: &mut Vec<u16>,
    mut decide: impl FnMut(usize, &[FeatureKey]) -> u16,
) {
    out.clear();
    let n = vals.len() - 4;
    let (mut t1, mut t2) = (start_tag(), start_tag());
    for i in 0..n {
        let label = match tagdict.get(&vals[i + 2].word) {
            Some(&l) => l,
            None => {
                features(vals, i + 2, i == 0, t1, t2, feats);
                decide(i, feats)
            }
        };
        out.push(label);
        t2 = t1;
        t1 = label_hash.get(usize::from(label)).copied().unwrap_or(0);
    }
}

// ---------------------------------------------------------------------------------------------
// The model

#[derive(Serialize, Deserialize)]
struct HeadBody {
    weights: CompactModel,
    /// Words tagged without scoring, with their label index.
    tagdict: Vec<(String, u16)>,
}

#[derive(Serialize, Deserialize)]
struct Body {
    scheme: LabelScheme,
    heads: Vec<HeadBody>,
    /// (word, ambiguity class) of the words seen at least twice in training; other words are
    /// unknown.
    classes: Vec<(String, String)>,
    /// Lower-cased words seen at least twice in training.
    lowers: Vec<String>,
    lemmas: LemmaTables,
    /// Word clusters induced from unlabelled text at training time (empty when none was given).
    clusters: ClusterTable,
}

struct Head {
    model: Model,
    /// The summed scores of the context-free features of the known words outside `tagdict`.
    word_scores: WordScores,
    tagdict: KeyMap<u16>,
    label_hash: Vec<u64>,
    /// For each label: the UPOS and XPOS indices it sets.
    sets: Vec<(Option<u16>, Option<u16>)>,
}

/// The scores of [`word_features`] of every known word, summed once when the model is loaded:
/// tagging a known word then looks up one row instead of a dozen.
struct WordScores {
    n_classes: usize,
    /// Word hash to the start of its row in `table`.
    rows: KeyMap<usize>,
    table: Vec<i32>,
}

impl WordScores {
    /// Sums the scores of the known words' prepared values (see [`known_values`]), skipping
    /// the words `skip` tags without scoring.
    fn new<'v>(model: &Model, known: impl Iterator<Item = &'v WordValues>, skip: &KeyMap<u16>) -> WordScores {
        let n_classes = model.n_classes();
        let (mut rows, mut table) = (KeyMap::default(), Vec::new());
        let (mut feats, mut scores) = (Vec::new(), Vec::new());
        let unknown = value_hash(b"\x01UNK");
        for v in known {
            if v.word == unknown || skip.contains_key(&v.word) || rows.contains_key(&v.word) {
                continue;
            }
            feats.clear();
            word_features(v, &mut feats);
            model.scores(&feats, &mut scores);
            rows.insert(v.word, table.len());
            table.extend_from_slice(&scores);
        }
        WordScores { n_classes, rows, table }
    }

    fn row_at(&self, start: usize) -> Option<&[i32]> {
        self.table.get(start..start + self.n_classes)
    }
}

impl Head {
    /// [`greedy`] decoding with this head's model (classifier `h` of the model), known words
    /// labelled from the dictionary or scored from [`WordScores`] plus their context features,
    /// as `fast` (one entry per word, from [`Scratch::prepare`]) says: the same sums, so the same
    /// tags, with fewer lookups.
    fn decode(
        &self,
        h: usize,
        vals: &[WordValues],
        fast: &[[u32; 2]],
        feats: &mut Vec<FeatureKey>,
        scores: &mut Vec<i32>,
        out: &mut Vec<u16>,
    ) {
        out.clear();
        let n = vals.len() - 4;
        let (mut t1, mut t2) = (start_tag(), start_tag());
        for i in 0..n {
            let how = fast.get(i).map_or(NOT_KNOWN, |f| f[h.min(1)]);
            let label = match how {
                NOT_KNOWN => None,
                d if d & DICT_LABEL != 0 => Some((d & 0xFFFF) as u16),
                _ => None,
            };
            let label = match label {
                Some(l) => l,
                None => {
                    feats.clear();
                    let row = if how == NOT_KNOWN { None } else { self.word_scores.row_at(how as usize) };
                    match row {
                        Some(row) => {
                            scores.clear();
                            scores.extend_from_slice(row);
                            context_features(vals, i + 2, i == 0, t1, t2, feats);
                            self.model.add_scores(feats, scores);
                        }
                        None => {
                            features(vals, i + 2, i == 0, t1, t2, feats);
                            self.model.scores(feats, scores);
                        }
                    }
                    // The lowest index on a tie, as `Model::predict`.
                    let mut best = 0;
                    for (c, &s) in scores.iter().enumerate() {
                        if s > scores[best] {
                            best = c;
                        }
                    }
                    best as u16
                }
            };
            out.push(label);
            t2 = t1;
            t1 = self.label_hash.get(usize::from(label)).copied().unwrap_or(0);
        }
    }
}

/// A loaded tagger model.
pub struct TaggerModel {
    header: Header,
    scheme: LabelScheme,
    heads: Vec<Head>,
    upos: Vec<String>,
    xpos: Vec<String>,
    lemmatizer: Lemmatizer,
    tables: WordTables,
    /// The word clusters as stored, for training taggers with the same clusters.
    cluster_table: ClusterTable,
    /// The known words, with their prepared values and how each classifier takes them.
    known: KeyMap<KnownWord>,
}

/// The ambiguity class of every word seen at least `min_count` times: the UPOS tags that make
/// up at least 5% of its occurrences, sorted and joined with `+`.
fn ambiguity_classes(train: &[GoldSentence], min_count: u32) -> Vec<(String, String)> {
    let mut seen: std::collections::HashMap<&str, std::collections::HashMap<&str, u32>> = Default::default();
    for s in train {
        for (w, u) in s.forms.iter().zip(&s.upos) {
            *seen.entry(w.as_str()).or_default().entry(u.as_str()).or_default() += 1;
        }
    }
    let mut out: Vec<(String, String)> = seen
        .into_iter()
        .filter_map(|(w, tags)| {
            let total: u32 = tags.values().sum();
            if total < min_count {
                return None;
            }
            let mut kept: Vec<&str> = tags.iter().filter(|&(_, &n)| n * 20 >= total).map(|(t, _)| *t).collect();
            kept.sort_unstable();
            Some((w.to_string(), kept.join("+")))
        })
        .collect();
    out.sort();
    out
}

fn class_map(classes: &[(String, String)]) -> KeyMap<u64> {
    classes.iter().map(|(w, c)| (value_hash(w.as_bytes()), value_hash(c.as_bytes()))).collect()
}

/// Interns names in order of first appearance.
fn intern(names: &mut Vec<String>, name: &str) -> u16 {
    match names.iter().position(|n| n == name) {
        Some(i) => i as u16,
        None => {
            names.push(name.to_string());
            (names.len() - 1) as u16
        }
    }
}

impl TaggerModel {
    /// Reads a model file, refusing a foreign, stale, damaged or inconsistent one.
    pub fn from_bytes(bytes: &[u8]) -> Result<TaggerModel, TaggerError> {
        let (header, body): (Header, Body) = sitrep_linear::read_model(bytes, KIND, FEATURES)?;
        TaggerModel::from_parts(header, body)
    }

    fn from_parts(header: Header, body: Body) -> Result<TaggerModel, TaggerError> {
        let corrupt = |m: String| TaggerError::Model(sitrep_linear::Error::Corrupt(m));
        let want = match body.scheme {
            LabelScheme::Joint => 1,
            LabelScheme::Separate => 2,
        };
        if body.heads.len() != want || header.labels.len() != want {
            return Err(corrupt(format!(
                "{:?} scheme needs {want} classifiers, found {} (labels for {})",
                body.scheme,
                body.heads.len(),
                header.labels.len()
            )));
        }
        let tables = WordTables {
            classes: class_map(&body.classes),
            lowers: body.lowers.iter().map(|w| (value_hash(w.as_bytes()), ())).collect(),
            clusters: body.clusters.to_map().map_err(corrupt)?,
        };
        let known = known_values(body.classes.iter().map(|(w, _)| w.as_str()), &tables);
        let (mut upos, mut xpos) = (Vec::new(), Vec::new());
        let mut heads = Vec::with_capacity(want);
        for (h, (hb, labels)) in body.heads.into_iter().zip(&header.labels).enumerate() {
            let model = Model::new(hb.weights)?;
            if model.n_classes() != labels.len() {
                return Err(corrupt(format!("{} classes but {} labels", model.n_classes(), labels.len())));
            }
            let sets = labels
                .iter()
                .map(|l| match (body.scheme, h) {
                    (LabelScheme::Joint, _) => {
                        let (u, x) = l.split_once('|').unwrap_or((l.as_str(), "_"));
                        (Some(intern(&mut upos, u)), Some(intern(&mut xpos, x)))
                    }
                    (LabelScheme::Separate, 0) => (Some(intern(&mut upos, l)), None),
                    (LabelScheme::Separate, _) => (None, Some(intern(&mut xpos, l))),
                })
                .collect();
            let mut tagdict = KeyMap::default();
            for (word, label) in hb.tagdict {
                if usize::from(label) >= labels.len() {
                    return Err(corrupt(format!("dictionary label {label} of {}", labels.len())));
                }
                tagdict.insert(value_hash(word.as_bytes()), label);
            }
            let label_hash = labels.iter().map(|l| value_hash(l.as_bytes())).collect();
            let word_scores = WordScores::new(&model, known.values(), &tagdict);
            heads.push(Head { model, word_scores, tagdict, label_hash, sets });
        }
        let known = known
            .into_iter()
            .map(|(hash, values)| {
                let mut fast = [NOT_KNOWN; 2];
                for (f, head) in fast.iter_mut().zip(&heads) {
                    if let Some(&l) = head.tagdict.get(&values.word) {
                        *f = DICT_LABEL | u32::from(l);
                    } else if let Some(&start) = head.word_scores.rows.get(&values.word) {
                        // A row beyond the flag bit (never in practice) is scored in full.
                        if start < DICT_LABEL as usize {
                            *f = start as u32;
                        }
                    }
                }
                (hash, KnownWord { values, fast })
            })
            .collect();
        // Every token gets both tags, whatever the scheme.
        if upos.is_empty() {
            upos.push("X".into());
        }
        if xpos.is_empty() {
            xpos.push("_".into());
        }
        let lemmatizer = Lemmatizer::from_tables(&body.lemmas);
        Ok(TaggerModel {
            header,
            scheme: body.scheme,
            heads,
            upos,
            xpos,
            lemmatizer,
            tables,
            cluster_table: body.clusters,
            known,
        })
    }

    /// The model compiled into this binary from `models/tagger.bin`, decoded on first use.
    pub fn embedded() -> Result<&'static TaggerModel, TaggerError> {
        static CELL: OnceLock<Result<TaggerModel, String>> = OnceLock::new();
        let bytes = EMBEDDED.ok_or(TaggerError::NotEmbedded)?;
        let loaded = CELL.get_or_init(|| TaggerModel::from_bytes(bytes).map_err(|e| e.to_string()));
        loaded.as_ref().map_err(|e| TaggerError::Embedded(e.clone()))
    }

    /// The bytes of the model file compiled into this binary, if there was one.
    pub fn embedded_bytes() -> Option<&'static [u8]> {
        EMBEDDED
    }

    pub fn header(&self) -> &Header {
        &self.header
    }
    pub fn scheme(&self) -> LabelScheme {
        self.scheme
    }
    /// Features and weights kept, over all classifiers.
    pub fn size(&self) -> (usize, usize) {
        self.heads.iter().fold((0, 0), |(f, w), h| (f + h.model.n_features(), w + h.model.n_weights()))
    }
    pub fn lemmatizer(&self) -> &Lemmatizer {
        &self.lemmatizer
    }
    /// The word clusters the model was trained with (empty when none).
    pub fn clusters(&self) -> &ClusterTable {
        &self.cluster_table
    }

    /// Tags one sentence of words, appending a UPOS and an XPOS per word to `upos` and `xpos`.
    pub fn tag_into<'m>(
        &'m self,
        words: &[&str],
        scratch: &mut Scratch,
        upos: &mut Vec<&'m str>,
        xpos: &mut Vec<&'m str>,
    ) {
        let base = upos.len();
        upos.extend(std::iter::repeat(self.upos[0].as_str()).take(words.len()));
        xpos.extend(std::iter::repeat(self.xpos[0].as_str()).take(words.len()));
        if words.is_empty() {
            return;
        }
        scratch.prepare(words, &self.tables, Some(&self.known));
        for (h, head) in self.heads.iter().enumerate() {
            let Scratch { vals, fast, feats, scores, labels, .. } = scratch;
            head.decode(h, vals, fast, feats, scores, labels);
            for (i, &l) in labels.iter().enumerate() {
                let (u, x) = head.sets.get(usize::from(l)).copied().unwrap_or((None, None));
                if let Some(u) = u {
                    upos[base + i] = &self.upos[usize::from(u)];
                }
                if let Some(x) = x {
                    xpos[base + i] = &self.xpos[usize::from(x)];
                }
            }
        }
    }

    /// Tags and lemmatizes one sentence.
    pub fn annotate(&self, words: &[&str], scratch: &mut Scratch) -> Vec<TaggedWord<'_>> {
        let (mut upos, mut xpos) = (Vec::new(), Vec::new());
        self.tag_into(words, scratch, &mut upos, &mut xpos);
        words
            .iter()
            .zip(upos.into_iter().zip(xpos))
            .enumerate()
            .map(|(i, (w, (u, x)))| TaggedWord { upos: u, xpos: x, lemma: self.lemmatizer.lemma(w, u, i == 0) })
            .collect()
    }
}

/// The tags and lemma of one word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaggedWord<'m> {
    pub upos: &'m str,
    pub xpos: &'m str,
    pub lemma: String,
}

// ---------------------------------------------------------------------------------------------
// Evaluation and training

/// Accuracy of a model against gold tags, with gold tokenization.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Accuracy {
    pub words: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
}

impl Accuracy {
    fn pct(n: usize, d: usize) -> f64 {
        if d == 0 {
            0.0
        } else {
            100.0 * n as f64 / d as f64
        }
    }
    pub fn upos_pct(&self) -> f64 {
        Accuracy::pct(self.upos, self.words)
    }
    pub fn xpos_pct(&self) -> f64 {
        Accuracy::pct(self.xpos, self.words)
    }
    pub fn lemma_pct(&self) -> f64 {
        Accuracy::pct(self.lemma, self.words)
    }
}

/// Scores a model on gold sentences (tags and lemmas predicted from the gold word forms).
pub fn evaluate(model: &TaggerModel, gold: &[GoldSentence]) -> Accuracy {
    let mut acc = Accuracy::default();
    let mut scratch = Scratch::default();
    let (mut upos, mut xpos) = (Vec::new(), Vec::new());
    for s in gold {
        let words: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        upos.clear();
        xpos.clear();
        model.tag_into(&words, &mut scratch, &mut upos, &mut xpos);
        for i in 0..words.len() {
            acc.words += 1;
            acc.upos += usize::from(s.upos.get(i).is_some_and(|g| g == upos[i]));
            acc.xpos += usize::from(s.xpos.get(i).is_some_and(|g| g == xpos[i]));
            let lemma = model.lemmatizer.lemma(words[i], upos[i], i == 0);
            acc.lemma += usize::from(s.lemmas.get(i).is_some_and(|g| *g == lemma));
        }
    }
    acc
}

/// Settings of a training run.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub scheme: LabelScheme,
    pub iterations: usize,
    /// Averaged weights below this are dropped from the model.
    pub prune: f32,
    pub seed: u64,
    /// A word goes in the tag dictionary when seen this often ...
    pub dict_min_count: u32,
    /// ... with this share of its occurrences under one label.
    pub dict_min_share: f64,
    /// Word clusters for the cluster features (see [`crate::build_clusters`]); empty for none.
    pub clusters: ClusterTable,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            scheme: LabelScheme::Joint,
            iterations: 12,
            prune: 0.02,
            seed: 0x5eed_7a66,
            dict_min_count: 20,
            dict_min_share: 0.995,
            clusters: ClusterTable::default(),
        }
    }
}

/// What one training iteration achieved.
#[derive(Clone, Debug)]
pub struct IterationReport {
    pub iteration: usize,
    /// Share of scored training words the weights of the moment got right.
    pub train_pct: f64,
    pub dev: Accuracy,
    pub features: usize,
    pub weights: usize,
}

/// Progress of training, for a progress bar.
pub enum Progress<'a> {
    /// One more training sentence done.
    Sentence,
    Iteration(&'a IterationReport),
}

/// The result of training: the model file of the best iteration on dev, and its report.
pub struct Trained {
    pub bytes: Vec<u8>,
    pub best: IterationReport,
}


/// Trains a tagger, scoring every iteration on `dev` and keeping the best (by UPOS, then XPOS).
pub fn train(
    train: &[GoldSentence],
    dev: &[GoldSentence],
    opts: &TrainOptions,
    data_sha256: [u8; 32],
    data_note: &str,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<Trained, TaggerError> {
    if train.is_empty() {
        return Err(TaggerError::Data("no training sentences".into()));
    }
    if let Some((i, _)) = train.iter().enumerate().find(|(_, s)| {
        s.upos.len() != s.forms.len() || s.xpos.len() != s.forms.len() || s.lemmas.len() != s.forms.len()
    }) {
        return Err(TaggerError::Data(format!("sentence {} has columns of different lengths", i + 1)));
    }
    let n_heads = if opts.scheme == LabelScheme::Joint { 1 } else { 2 };
    let label_of = |s: &GoldSentence, h: usize, i: usize| -> String {
        match (opts.scheme, h) {
            (LabelScheme::Joint, _) => format!("{}|{}", s.upos[i], s.xpos[i]),
            (LabelScheme::Separate, 0) => s.upos[i].clone(),
            (LabelScheme::Separate, _) => s.xpos[i].clone(),
        }
    };
    // Label sets (sorted, so a model is a function of its data), gold label ids, dictionaries.
    let mut labels: Vec<Vec<String>> = Vec::new();
    let mut gold: Vec<Vec<Vec<u16>>> = Vec::new();
    let mut dicts: Vec<Vec<(String, u16)>> = Vec::new();
    for h in 0..n_heads {
        let mut set: Vec<String> = train.iter().flat_map(|s| (0..s.forms.len()).map(move |i| (s, i))).map(|(s, i)| label_of(s, h, i)).collect();
        set.sort();
        set.dedup();
        if set.len() > usize::from(u16::MAX) {
            return Err(TaggerError::Data(format!("{} labels", set.len())));
        }
        let index: std::collections::HashMap<&str, u16> = set.iter().enumerate().map(|(i, l)| (l.as_str(), i as u16)).collect();
        let ids: Vec<Vec<u16>> = train
            .iter()
            .map(|s| (0..s.forms.len()).map(|i| index[label_of(s, h, i).as_str()]).collect())
            .collect();
        let mut counts: std::collections::HashMap<&str, std::collections::HashMap<u16, u32>> = Default::default();
        for (s, ids) in train.iter().zip(&ids) {
            for (w, &l) in s.forms.iter().zip(ids) {
                *counts.entry(w.as_str()).or_default().entry(l).or_default() += 1;
            }
        }
        let mut dict: Vec<(String, u16)> = counts
            .into_iter()
            .filter_map(|(w, c)| {
                let total: u32 = c.values().sum();
                let (&l, &n) = c.iter().max_by_key(|&(l, n)| (*n, std::cmp::Reverse(*l)))?;
                (total >= opts.dict_min_count && f64::from(n) / f64::from(total) >= opts.dict_min_share)
                    .then(|| (w.to_string(), l))
            })
            .collect();
        dict.sort();
        labels.push(set);
        gold.push(ids);
        dicts.push(dict);
    }
    let lemmas = Lemmatizer::learn(train.iter().flat_map(|s| {
        (0..s.forms.len()).map(move |i| (s.forms[i].as_str(), s.upos[i].as_str(), s.lemmas[i].as_str(), i == 0))
    }));
    let classes = ambiguity_classes(train, 2);
    let lowers: Vec<String> = {
        let mut n: std::collections::HashMap<String, u32> = Default::default();
        for w in train.iter().flat_map(|s| &s.forms) {
            *n.entry(w.to_lowercase()).or_default() += 1;
        }
        let mut v: Vec<String> = n.into_iter().filter(|&(_, c)| c >= 2).map(|(w, _)| w).collect();
        v.sort();
        v
    };
    let tables = WordTables {
        classes: class_map(&classes),
        lowers: lowers.iter().map(|w| (value_hash(w.as_bytes()), ())).collect(),
        clusters: opts.clusters.to_map().map_err(TaggerError::Data)?,
    };
    let dict_maps: Vec<KeyMap<u16>> =
        dicts.iter().map(|d| d.iter().map(|(w, l)| (value_hash(w.as_bytes()), *l)).collect()).collect();
    let label_hashes: Vec<Vec<u64>> =
        labels.iter().map(|set| set.iter().map(|l| value_hash(l.as_bytes())).collect()).collect();
    let mut trainers: Vec<Trainer> =
        labels.iter().map(|set| Trainer::new(set.len())).collect::<Result<_, _>>()?;

    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = opts.seed | 1;
    let mut scratch = Scratch::default();
    let mut best: Option<Trained> = None;
    for it in 1..=opts.iterations.max(1) {
        sitrep_linear::shuffle(&mut order, &mut rng);
        let (mut right, mut seen) = (0usize, 0usize);
        for &si in &order {
            let s = &train[si];
            let words: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            scratch.prepare(&words, &tables, None);
            for h in 0..n_heads {
                let Scratch { vals, feats, fscores, labels: out, .. } = &mut scratch;
                let trainer = &mut trainers[h];
                let g = &gold[h][si];
                greedy(vals, &dict_maps[h], &label_hashes[h], feats, out, |i, f| {
                    let guess = trainer.predict(f, fscores);
                    trainer.observe(f, usize::from(g[i]), guess);
                    seen += 1;
                    right += usize::from(guess == usize::from(g[i]));
                    guess as u16
                });
            }
            progress(Progress::Sentence);
        }
        let body = Body {
            scheme: opts.scheme,
            heads: trainers
                .iter()
                .zip(&dicts)
                .map(|(t, d)| HeadBody { weights: t.average(opts.prune), tagdict: d.clone() })
                .collect(),
            classes: classes.clone(),
            lowers: lowers.clone(),
            lemmas: lemmas.clone(),
            clusters: opts.clusters.clone(),
        };
        let header = Header {
            kind: KIND.into(),
            features: FEATURES.into(),
            labels: labels.clone(),
            data_sha256,
            trained: format!("{data_note}; {:?} labels, iteration {it} of {}, prune {}", opts.scheme, opts.iterations, opts.prune),
        };
        let bytes = sitrep_linear::write_model(&header, &body)?;
        let model = TaggerModel::from_parts(header, body)?;
        let (features, weights) = model.size();
        let report = IterationReport {
            iteration: it,
            train_pct: Accuracy::pct(right, seen),
            dev: evaluate(&model, dev),
            features,
            weights,
        };
        progress(Progress::Iteration(&report));
        let better = best.as_ref().map_or(true, |b| {
            (report.dev.upos, report.dev.xpos) > (b.best.dev.upos, b.best.dev.xpos)
        });
        if better {
            best = Some(Trained { bytes, best: report });
        }
    }
    best.ok_or_else(|| TaggerError::Data("no iteration ran".into()))
}

/// The token ranges the syntax stages tag and parse one at a time: the sentences, and the tokens
/// outside every sentence as ranges of their own (without a sentence layer, all the tokens are
/// one range). Ranges are in order and never overlap; overlapping sentences are cut.
pub(crate) fn sentence_ranges(doc: &Doc) -> Vec<(usize, usize)> {
    let n = doc.tokens().len();
    let mut out = Vec::new();
    let mut next = 0;
    for s in doc.sentences() {
        let (a, b) = (s.first_token.max(next), s.end_token.min(n));
        if a >= b {
            continue;
        }
        if next < a {
            out.push((next, a));
        }
        out.push((a, b));
        next = b;
    }
    if next < n {
        out.push((next, n));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The stage

/// The tagging stage ("syntax"): writes the [`Syntax`] layer from the tokens and sentences.
/// `head` is `None` and `deprel` `"_"` for every token; [`crate::SyntaxAnnotator`] parses too.
#[derive(Clone, Copy)]
pub struct PerceptronTagger {
    model: &'static TaggerModel,
}

impl PerceptronTagger {
    pub fn new(model: &'static TaggerModel) -> PerceptronTagger {
        PerceptronTagger { model }
    }
    /// The tagger with the model compiled into the binary.
    pub fn embedded() -> Result<PerceptronTagger, TaggerError> {
        Ok(PerceptronTagger { model: TaggerModel::embedded()? })
    }
}

impl Stage for PerceptronTagger {
    fn name(&self) -> &'static str {
        "syntax"
    }

    fn run(&self, doc: &mut Doc) -> Result<(), DocError> {
        let n = doc.tokens().len();
        let mut syntax = Syntax {
            upos: Vec::with_capacity(n),
            xpos: Vec::with_capacity(n),
            lemma: Vec::with_capacity(n),
            head: vec![None; n],
            deprel: vec!["_".to_string(); n],
        };
        let mut scratch = Scratch::default();
        for (x, y) in sentence_ranges(doc) {
            let words: Vec<&str> = doc.tokens()[x..y].iter().map(|t| doc.slice(t.span)).collect();
            for t in self.model.annotate(&words, &mut scratch) {
                syntax.upos.push(t.upos.to_string());
                syntax.xpos.push(t.xpos.to_string());
                syntax.lemma.push(t.lemma);
            }
        }
        if syntax.upos.len() != n {
            return Err(DocError::Stage {
                stage: "syntax",
                message: format!("tagged {} of {n} tokens (overlapping sentences?)", syntax.upos.len()),
            });
        }
        doc.set_syntax(syntax)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_doc::DocMeta;

    fn sentence(tagged: &str) -> GoldSentence {
        let mut s = GoldSentence::default();
        for item in tagged.split_whitespace() {
            let mut parts = item.split('/');
            let (form, upos, xpos, lemma) =
                (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
            s.forms.push(form.into());
            s.upos.push(upos.into());
            s.xpos.push(xpos.into());
            s.lemmas.push(lemma.into());
        }
        s
    }

    fn toy_corpus() -> Vec<GoldSentence> {
        [
            "The/DET/DT/the ferry/NOUN/NN/ferry sailed/VERB/VBD/sail ./PUNCT/./.",
            "The/DET/DT/the boats/NOUN/NNS/boat docked/VERB/VBD/dock ./PUNCT/./.",
            "Patrols/NOUN/NNS/patrol watched/VERB/VBD/watch the/DET/DT/the harbor/NOUN/NN/harbor ./PUNCT/./.",
            "A/DET/DT/a ship/NOUN/NN/ship anchored/VERB/VBD/anchor ./PUNCT/./.",
            "The/DET/DT/the crews/NOUN/NNS/crew waited/VERB/VBD/wait ./PUNCT/./.",
        ]
        .iter()
        .map(|s| sentence(s))
        .collect()
    }

    fn toy_model(scheme: LabelScheme) -> (Vec<u8>, TaggerModel) {
        let corpus = toy_corpus();
        let opts = TrainOptions { scheme, iterations: 8, ..TrainOptions::default() };
        let trained = train(&corpus, &corpus, &opts, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        let model = TaggerModel::from_bytes(&trained.bytes).unwrap();
        (trained.bytes, model)
    }

    /// A model with word clusters from text of its own, where "skiff" (never in training) is
    /// clustered from the contexts it shares with "ferry" and "ship".
    fn toy_model_with_clusters() -> TaggerModel {
        let corpus = toy_corpus();
        let texts: Vec<String> = (0..60)
            .map(|i| {
                let boat = ["ferry", "ship", "skiff"][i % 3];
                format!("the {boat} sailed at dawn and the {boat} docked at noon .")
            })
            .collect();
        let clusters = crate::clusters::build_from_texts(&texts, corpus.iter().map(|s| s.forms.as_slice()));
        let opts = TrainOptions { iterations: 8, clusters, ..TrainOptions::default() };
        let trained = train(&corpus, &corpus, &opts, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        TaggerModel::from_bytes(&trained.bytes).unwrap()
    }

    #[test]
    fn word_clusters_are_stored_in_the_model_and_reach_unknown_words() {
        let model = toy_model_with_clusters();
        assert!(model.clusters().len() >= 3);
        let mut scratch = Scratch::default();
        scratch.prepare(&["skiff", "zzyzx"], &model.tables, Some(&model.known));
        assert_ne!(scratch.vals[2].clus, 0);
        assert_eq!(scratch.vals[3].clus, 0);
        let tagged = model.annotate(&["The", "skiff", "sailed", "."], &mut scratch);
        assert_eq!(tagged[1].upos, "NOUN");
    }

    #[test]
    fn learns_its_training_sentences_in_both_schemes() {
        for scheme in [LabelScheme::Joint, LabelScheme::Separate] {
            let (_, model) = toy_model(scheme);
            let acc = evaluate(&model, &toy_corpus());
            assert_eq!(acc.upos, acc.words, "{scheme:?}");
            assert_eq!(acc.xpos, acc.words, "{scheme:?}");
            assert_eq!(model.header().labels.len(), if scheme == LabelScheme::Joint { 1 } else { 2 });
        }
    }

    #[test]
    fn generalises_to_a_new_sentence_by_suffixes() {
        let (_, model) = toy_model(LabelScheme::Joint);
        let tagged = model.annotate(&["The", "barges", "docked", "."], &mut Scratch::default());
        let upos: Vec<_> = tagged.iter().map(|t| t.upos).collect();
        assert_eq!(upos, ["DET", "NOUN", "VERB", "PUNCT"]);
        assert_eq!(tagged[2].lemma, "dock");
    }

    #[test]
    fn word_score_rows_and_known_values_give_the_tags_of_full_scoring() {
        for model in [toy_model(LabelScheme::Joint).1, toy_model_with_clusters()] {
            fast_and_full_scoring_agree(&model);
        }
    }

    fn fast_and_full_scoring_agree(model: &TaggerModel) {
        let head = &model.heads[0];
        assert!(!head.word_scores.rows.is_empty() && !model.known.is_empty());
        for words in [&["The", "barges", "docked", "."][..], &["Patrols", "watched", "the", "ferry", "."], &["A"]] {
            let mut scratch = Scratch::default();
            scratch.prepare(words, &model.tables, Some(&model.known));
            let (cached, cached_fast) = (scratch.vals.clone(), scratch.fast.clone());
            assert!(words.len() == 1 || cached_fast.iter().any(|f| f[0] != NOT_KNOWN), "{words:?} has known words");
            scratch.prepare(words, &model.tables, None);
            assert!(scratch.fast.iter().all(|f| f[0] == NOT_KNOWN));
            for (a, b) in cached.iter().zip(&scratch.vals) {
                assert_eq!(
                    (a.word, a.lower, a.prefix, a.suffix, a.shape, a.amb, a.clus),
                    (b.word, b.lower, b.prefix, b.suffix, b.shape, b.amb, b.clus)
                );
            }
            let Scratch { vals, fast: unknown_all, feats, scores, .. } = &mut scratch;
            let (mut quick, mut full, mut slow) = (Vec::new(), Vec::new(), Vec::new());
            head.decode(0, &cached, &cached_fast, feats, scores, &mut quick);
            head.decode(0, vals, unknown_all, feats, scores, &mut full);
            greedy(vals, &head.tagdict, &head.label_hash, feats, &mut slow, |_, f| head.model.predict(f, scores) as u16);
            assert_eq!(quick, slow, "{words:?}");
            assert_eq!(full, slow, "{words:?}");
        }
    }

    #[test]
    fn a_damaged_stale_or_cut_model_is_refused() {
        let (bytes, _) = toy_model(LabelScheme::Joint);
        let mut flipped = bytes.clone();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0x40;
        let e = TaggerModel::from_bytes(&flipped).err().unwrap();
        assert!(e.to_string().contains("checksum"), "{e}");

        let mut stale = bytes.clone();
        stale[8..12].copy_from_slice(&(sitrep_linear::FORMAT_VERSION + 1).to_le_bytes());
        let e = TaggerModel::from_bytes(&stale).err().unwrap();
        assert!(e.to_string().contains(&format!("version {}", sitrep_linear::FORMAT_VERSION + 1)), "{e}");

        let e = TaggerModel::from_bytes(&bytes[..bytes.len() / 3]).err().unwrap();
        assert!(e.to_string().contains("truncated"), "{e}");

        let e = TaggerModel::from_bytes(b"GIF89a not a model at all").err().unwrap();
        assert!(e.to_string().contains("SITREPLM"), "{e}");
    }

    #[test]
    fn a_model_of_other_features_is_refused() {
        let header = Header {
            kind: KIND.into(),
            features: "tagger-features/0".into(),
            labels: vec![],
            data_sha256: [0; 32],
            trained: String::new(),
        };
        let bytes = sitrep_linear::write_model(&header, &0u8).unwrap();
        let e = TaggerModel::from_bytes(&bytes).err().unwrap();
        assert!(e.to_string().contains("tagger-features/0"), "{e}");
    }


    #[cfg(not(sitrep_no_tagger))]
    #[test]
    fn the_embedded_model_tags_a_fictional_report() {
        let model = TaggerModel::embedded().unwrap();
        let words = ["The", "navy", "of", "Nortland", "moved", "four", "landing", "ships", "to", "Port", "Ostrava", "on", "Friday", "."];
        let tagged = model.annotate(&words, &mut Scratch::default());
        let upos: Vec<_> = tagged.iter().map(|t| t.upos).collect();
        assert_eq!(
            upos,
            ["DET", "NOUN", "ADP", "PROPN", "VERB", "NUM", "NOUN", "NOUN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
        );
        assert_eq!(tagged[4].xpos, "VBD");
        assert_eq!(tagged[4].lemma, "move");
        assert_eq!(tagged[7].lemma, "ship");
    }

    #[cfg(not(sitrep_no_tagger))]
    #[test]
    fn the_stage_writes_tags_and_leaves_arcs_empty() {
        let mut doc = Doc::from_text(DocMeta::default(), "Officials said the convoy left. It arrived at dawn.");
        crate::RuleTokenizer.run(&mut doc).unwrap();
        crate::RuleSentenceSplitter.run(&mut doc).unwrap();
        PerceptronTagger::embedded().unwrap().run(&mut doc).unwrap();
        let syntax = doc.syntax().unwrap();
        let n = doc.tokens().len();
        assert_eq!((syntax.upos.len(), syntax.xpos.len(), syntax.lemma.len()), (n, n, n));
        assert!(syntax.head.iter().all(Option::is_none));
        assert!(syntax.deprel.iter().all(|d| d == "_"));
        assert_eq!(syntax.upos[1], "VERB");
        assert_eq!(syntax.lemma[1], "say");
    }
}
