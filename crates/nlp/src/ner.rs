//! The trained named-entity recogniser: a greedy, left-to-right averaged perceptron over BILOU
//! labels (PER, ORG, LOC, MISC), trained on CoNLL-2003 English and shipped as `models/ner.bin`.
//!
//! Design decisions, after Ratinov and Roth's *Design Challenges and Misconceptions in Named
//! Entity Recognition* (2009), whose greedy linear recogniser reached 90.8 F1 on this data:
//! - **BILOU, not BIO, inside; IOB2 outside.** Each class says where in a name the word is
//!   (Begin, Inside, Last, Unit-length); decoding forbids impossible successions (an `I-ORG`
//!   after an `O`), so every prediction is a well-formed set of spans. Readers see spans or IOB2.
//! - **Greedy decoding.** One pass, one classifier call per word, no beam (the second stage
//!   below adds a short second pass over a few windows): this is what keeps the recogniser near
//!   half a million tokens a second on one core. The two previous predicted
//!   labels are features, so the classifier still sees its own decisions.
//! - **Local features**: the word, its lower case, prefixes and suffixes of one to four
//!   characters, its shape ("Xxx", "XX-dd") and a coarse capitalisation class, the two words on
//!   each side, the shapes of the neighbours, conjunctions of the previous label with the word and
//!   its shape, and whether the word opens the sentence or sits in an all-capitals sentence (the
//!   headlines of wire copy).
//! - **Capitalised runs**: outside headlines, a word in a run of capitalised words sees the first
//!   and the last word of the run, and the words just before and after it, each with its position
//!   in the run, so that the words that end, open or surround names ("Company", "United"; first
//!   names; "Mr", "in", "coach") are learnt once for every word of the name, known or not.
//! - **Gazetteer features** from a [`PlaceLexicon`] when one is given (the CLI passes the embedded
//!   GeoNames gazetteer): the place kind of the longest run of up to three capitalised words
//!   naming a place, with its position in the run, and whether a word is a demonym. A model
//!   trained with a lexicon should run with the same lexicon; without one these features are
//!   simply absent and accuracy drops a little.
//! - **Non-local features** over the document: how the same word is written elsewhere in it
//!   (in lower case, capitalised inside a sentence, in capitals), which settles most headline and
//!   sentence-initial words; and the *prediction history*, the entity type this recogniser gave
//!   the same word most often earlier in the document ("Blackburn" after "Peter Blackburn").
//! - **Word-cluster features** when the model was trained with unlabelled text
//!   ([`NerTrainOptions::unlabelled`]): prefixes of 4, 6, 10 and 20 bits of the word's path in a
//!   binary tree of word clusters built by our own code (`clusters.rs`), 6 and 20 bits for the
//!   neighbours, 10 bits two words away, and the previous label joined with the 10-bit prefix. The
//!   table (hashes of words and their paths) is stored in the model file; headline words in
//!   capitals are looked up in title case.
//! - **A name lexicon** ([`crate::names`]) when the model was trained with one
//!   ([`NerTrainOptions::name_lexicon`]): the names of the training documents (and of other
//!   annotated documents given), with the number of documents in which each was a PER, ORG, LOC
//!   or MISC name. From each capitalised word, the longest listed name starting there gives its
//!   words their position in it with its most frequent type (and, in a second feature, whether
//!   it is ambiguous and how many documents list it); capitalised words that opened or closed listed names of two words or more say which
//!   types. In training the lexicon is jackknifed: each document sees it without its own names,
//!   as new text will. On CoNLL valid it gained about 0.8 F1 over three shuffling seeds (test
//!   85.35 to 86.35), for about 4% more instructions in tagging.
//!
//! - **A second, document-level stage** (after Ratinov and Roth's two-stage prediction
//!   aggregation), run only where the first stage disagrees with itself: when a capitalised word
//!   got more than one label across the document (ORG here, LOC there, O elsewhere), the
//!   sentences holding it are tagged again by a second model, over a window from just before the
//!   first such word to the point past the last where the new labels rejoin the first stage's.
//!   The second model has every first-stage feature plus the first stage's label of the word and
//!   its neighbours, the label the word's capitalised occurrences got most often in the whole
//!   document (with how many different labels they got), and the prediction history of the whole
//!   document instead of the sentences before. It is trained on **jackknifed** first-stage labels
//!   (each training document labelled by a first stage trained on the other folds), so that it
//!   learns how far to trust labels as wrong as they will be on new text. Only about a quarter of
//!   the words of CoNLL valid sit in such sentences, and the windows are short, so the stage
//!   adds about 7% to the instructions of tagging (whole sentences: 21%, for the same F1), but
//!   about 17% to its time. It is optional ([`NerTrainOptions::second_stage_folds`]): it gained
//!   0.4 F1 on CoNLL valid and 0.15 on test, and the shipped model has none, to keep the speed.
//! - **Feature dropout in training** ([`NerTrainOptions::feature_dropout`]): each feature of each
//!   training word is left out of its scoring and update at random, so that the weights do not
//!   lean on the identity of words seen in training; the gap between CoNLL valid and test (new
//!   names) narrows, and valid itself gains about three quarters of a point.
//! - **A mean of perceptrons** ([`NerTrainOptions::members`]): several perceptrons are trained
//!   side by side, each with its own shuffling and dropout draws, and the model is the mean of
//!   their weights. One perceptron's weights depend on the order it saw the documents in and on
//!   which features dropout hid; the mean keeps what the members agree on. Tagging costs the same
//!   (the members share almost all their features), training costs one run per member.
//!
//! [`NerModel::tag_document`] tags one document (a list of tokenised sentences) and returns spans
//! of token indices; `crate::entities` turns them into typed, resolved entity mentions.

use std::sync::OnceLock;

use crate::clusters;
use crate::names;
use serde::{Deserialize, Serialize};
use sitrep_doc::{PlaceKind, PlaceLexicon};
use sitrep_linear::{value_hash, CompactModel, FeatureKey, Header, KeyMap, Model, Trainer};

/// The kind recorded in the model file header.
pub const NER_KIND: &str = "ner";

/// The feature templates this build extracts; a model trained with others is refused.
/// Change the string whenever [`features`], [`word_values`], the document features or the hash
/// change.
pub const NER_FEATURES: &str = "ner-features/5: rare-words-as-unk bilou bias w l pre1-4 suf1-4 shape cap l-2 l-1 l+1 l+2 \
shape-1 shape+1 short-1.0.+1 suf3-1 suf3+1 t-1 t-2t-1 t-1shape t-1l l-1l l.l+1 shape.first l.first \
caps-sentence gaz gaz-1 gaz+1 dem doc-case hist hist.shape hist+1 ctx-before ctx-after topic.short \
w-1 w+1 l.short+1 short-1.l clus4.6.10.20 clus6-1 clus20-1 clus6+1 clus20+1 t-1.clus10 clus10-2 clus10+2 \
run-first.pos run-last.pos run-before.pos run-after.pos \
names(longest-from-cap.pos.type pos.type.ambiguous.docs parts.first-last-types jackknifed) \
second-stage(window unsure-sentences s1 s1-1.s1.s1+1 doc-major.kinds doc-major.s1.short doc-hist)";

/// The committed model, when it existed at compile time (see `build.rs`).
#[cfg(not(sitrep_no_ner))]
const EMBEDDED: Option<&[u8]> = Some(include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner.bin")));
#[cfg(sitrep_no_ner)]
const EMBEDDED: Option<&[u8]> = None;

/// Errors of the recogniser: a model that cannot be used, or training data that cannot be.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NerError {
    #[error("entity model: {0}")]
    Model(#[from] sitrep_linear::Error),
    #[error("this build has no embedded entity model (train one with `sitrep train ner --out models/ner.bin` and rebuild)")]
    NotEmbedded,
    #[error("the embedded entity model cannot be loaded: {0}")]
    Embedded(String),
    #[error("training data: {0}")]
    Data(String),
}

/// The four CoNLL-2003 entity types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerType {
    Per,
    Org,
    Loc,
    Misc,
}

impl NerType {
    pub const ALL: [NerType; 4] = [NerType::Per, NerType::Org, NerType::Loc, NerType::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            NerType::Per => "PER",
            NerType::Org => "ORG",
            NerType::Loc => "LOC",
            NerType::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<NerType> {
        NerType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A name: tokens `start..end` of a sentence, and its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NerSpan {
    pub start: usize,
    pub end: usize,
    pub label: NerType,
}

/// One sentence with its gold names, for training and scoring.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NerSentence {
    pub words: Vec<String>,
    pub spans: Vec<NerSpan>,
}

/// One document: the unit over which the non-local features look.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NerDocument {
    pub sentences: Vec<NerSentence>,
}

// ---------------------------------------------------------------------------------------------
// Labels

/// Class 0 is `O`; type `t` at position `p` (B, I, L, U) is `1 + 4t + p`.
const N_CLASSES: usize = 17;
const B: usize = 0;
const I: usize = 1;
const L: usize = 2;
const U: usize = 3;

fn class(t: NerType, pos: usize) -> usize {
    1 + 4 * t.index() + pos
}

fn class_parts(c: usize) -> Option<(NerType, usize)> {
    (1..N_CLASSES).contains(&c).then(|| (NerType::ALL[(c - 1) / 4], (c - 1) % 4))
}

fn class_names() -> Vec<String> {
    let mut v = vec!["O".to_string()];
    for t in NerType::ALL {
        for p in ["B", "I", "L", "U"] {
            v.push(format!("{p}-{}", t.as_str()));
        }
    }
    v
}

/// Whether class `c` may follow class `prev` (`None`: the sentence start).
fn allowed(prev: Option<usize>, c: usize) -> bool {
    let open = prev.and_then(class_parts).filter(|&(_, p)| p == B || p == I);
    match (open, class_parts(c)) {
        (Some((t, _)), Some((t2, p))) => t == t2 && (p == I || p == L),
        (Some(_), None) => false,
        (None, Some((_, p))) => p == B || p == U,
        (None, None) => true,
    }
}

/// The gold class of every word of a sentence. Overlapping or out-of-range spans are refused.
fn gold_classes(s: &NerSentence) -> Result<Vec<u16>, String> {
    let mut out = vec![0u16; s.words.len()];
    for sp in &s.spans {
        if sp.start >= sp.end || sp.end > s.words.len() {
            return Err(format!("span {}..{} in a sentence of {} words", sp.start, sp.end, s.words.len()));
        }
        if out[sp.start..sp.end].iter().any(|&c| c != 0) {
            return Err(format!("overlapping spans at word {}", sp.start));
        }
        if sp.end - sp.start == 1 {
            out[sp.start] = class(sp.label, U) as u16;
        } else {
            out[sp.start] = class(sp.label, B) as u16;
            for c in &mut out[sp.start + 1..sp.end - 1] {
                *c = class(sp.label, I) as u16;
            }
            out[sp.end - 1] = class(sp.label, L) as u16;
        }
    }
    Ok(out)
}

/// Spans from a sequence of classes; a name left open at the end is closed there.
fn spans_of(classes: &[u16], out: &mut Vec<NerSpan>) {
    out.clear();
    let mut open: Option<(usize, NerType)> = None;
    for (i, &c) in classes.iter().enumerate() {
        match class_parts(usize::from(c)) {
            None => {
                if let Some((s, t)) = open.take() {
                    out.push(NerSpan { start: s, end: i, label: t });
                }
            }
            Some((t, p)) => {
                if p == B || p == U || open.is_some_and(|(_, ot)| ot != t) {
                    if let Some((s, ot)) = open.take() {
                        out.push(NerSpan { start: s, end: i, label: ot });
                    }
                }
                if open.is_none() {
                    open = Some((i, t));
                }
                if p == L || p == U {
                    if let Some((s, ot)) = open.take() {
                        out.push(NerSpan { start: s, end: i + 1, label: ot });
                    }
                }
            }
        }
    }
    if let Some((s, t)) = open {
        out.push(NerSpan { start: s, end: classes.len(), label: t });
    }
}

/// IOB2 tags ("B-PER", "I-PER", "O") for the spans of a sentence of `n` words.
pub fn iob2_tags(n: usize, spans: &[NerSpan]) -> Vec<String> {
    let mut tags = vec!["O".to_string(); n];
    for s in spans {
        for i in s.start..s.end.min(n) {
            tags[i] = format!("{}-{}", if i == s.start { "B" } else { "I" }, s.label.as_str());
        }
    }
    tags
}

// ---------------------------------------------------------------------------------------------
// Features

/// Capitalisation classes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cap {
    Lower = 1,
    Title = 2,
    Upper = 3,
    Mixed = 4,
    Other = 5,
}

fn cap_of(word: &str) -> Cap {
    let (mut up, mut low, mut first_up) = (0, 0, false);
    for (i, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            up += 1;
            first_up |= i == 0;
        } else if c.is_lowercase() {
            low += 1;
        }
    }
    match (up, low) {
        (0, 0) => Cap::Other,
        (0, _) => Cap::Lower,
        (_, 0) => Cap::Upper,
        (1, _) if first_up => Cap::Title,
        _ if first_up => Cap::Mixed,
        _ => Cap::Mixed,
    }
}

/// The hashed values of one word, computed once per sentence.
#[derive(Clone, Copy, Debug, Default)]
struct WordValues {
    word: u64,
    lower: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    shape: u64,
    short: u64,
    cap: u64,
    /// Gazetteer run tag ("B-city"), 0 when none.
    gaz: u64,
    /// Demonym flag.
    dem: bool,
    /// How the word is written elsewhere in the document (bits: lower, title inside a sentence,
    /// capitals).
    doc_case: u64,
    /// The type most often predicted for this word earlier in the document, 0 when none.
    hist: u64,
    /// The hash of the lower case, kept when `lower` is replaced by the unknown word.
    key: u64,
    /// The words before and after up to three other capitalised occurrences of this word in the
    /// document (context aggregation), 0 when none.
    ctx: [u64; 6],
    /// The word's cluster path (`path << 8 | depth`, see [`clusters::prefix`]), 0 when none.
    clus: u64,
    /// In a run of capitalised words: the lower case (or unknown) of its first and last words,
    /// and the position in the run (1 B, 2 I, 3 L, 4 U); 0 when not in a run.
    run_first: u64,
    run_last: u64,
    run_pos: u64,
    /// The lower case (or unknown) of the words just before and after the run, 0 when not in a
    /// run.
    run_before: u64,
    run_after: u64,
    /// Second stage only (0 in the first): the first stage's class of this word, and for a
    /// capitalised word the label the first stage gave most often to its capitalised occurrences
    /// in the document (O included) with the number of different labels it gave them.
    s1: u64,
    doc_major: u64,
    doc_kinds: u64,
    /// Name lexicon ([`names`]): for a word inside the longest listed name starting at a
    /// capitalised word, its position in the name with the name's most frequent type, and the
    /// same with whether the name is ambiguous and how many documents list it; for a capitalised
    /// word, which types of name it opened or closed elsewhere. 0 when none.
    name_tag: u64,
    name_tag2: u64,
    name_part: u64,
}

fn pad(what: &[u8]) -> WordValues {
    let v = value_hash(what);
    WordValues {
        word: v,
        lower: v,
        prefix: [v; 4],
        suffix: [v; 4],
        shape: v,
        short: v,
        cap: v,
        gaz: v,
        dem: false,
        doc_case: v,
        hist: v,
        key: v,
        ctx: [0; 6],
        clus: 0,
        run_first: 0,
        run_last: 0,
        run_pos: 0,
        run_before: 0,
        run_after: 0,
        s1: 0,
        doc_major: 0,
        doc_kinds: 0,
        name_tag: 0,
        name_tag2: 0,
        name_part: 0,
    }
}

fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

fn word_values(word: &str, lower: &mut String, shape: &mut String) -> WordValues {
    lower_into(word, lower);
    let mut v = WordValues {
        word: value_hash(word.as_bytes()),
        lower: value_hash(lower.as_bytes()),
        cap: cap_of(word) as u64,
        ..WordValues::default()
    };
    sitrep_linear::shape_into(word, 2, shape);
    v.shape = value_hash(shape.as_bytes());
    sitrep_linear::shape_into(word, 1, shape);
    v.short = value_hash(shape.as_bytes());
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

/// The features of word `i` (an index into `vals`, which has two pads on each side).
#[inline]
fn features(
    vals: &[WordValues],
    i: usize,
    first: bool,
    caps_sentence: bool,
    topic: u64,
    t1: u64,
    t2: u64,
    out: &mut Vec<FeatureKey>,
) {
    let w = &vals[i];
    let (p2, p1, n1, n2) = (&vals[i - 2], &vals[i - 1], &vals[i + 1], &vals[i + 2]);
    out.clear();
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
    out.push(FeatureKey::with(12, w.cap));
    out.push(FeatureKey::with(13, p2.lower));
    out.push(FeatureKey::with(14, p1.lower));
    out.push(FeatureKey::with(15, n1.lower));
    out.push(FeatureKey::with(16, n2.lower));
    out.push(FeatureKey::with(17, p1.shape));
    out.push(FeatureKey::with(18, n1.shape));
    out.push(FeatureKey::with3(19, p1.short, w.short, n1.short));
    out.push(FeatureKey::with(20, p1.suffix[2]));
    out.push(FeatureKey::with(21, n1.suffix[2]));
    out.push(FeatureKey::with(22, t1));
    out.push(FeatureKey::with2(23, t2, t1));
    out.push(FeatureKey::with2(24, t1, w.shape));
    out.push(FeatureKey::with2(25, t1, w.lower));
    out.push(FeatureKey::with2(26, p1.lower, w.lower));
    out.push(FeatureKey::with2(27, w.lower, n1.lower));
    out.push(FeatureKey::with2(28, w.shape, u64::from(first)));
    if first {
        out.push(FeatureKey::with(29, w.lower));
    }
    if caps_sentence {
        out.push(FeatureKey::with(30, w.shape));
    }
    if w.gaz != 0 {
        out.push(FeatureKey::with(31, w.gaz));
    }
    if p1.gaz != 0 {
        out.push(FeatureKey::with(32, p1.gaz));
    }
    if n1.gaz != 0 {
        out.push(FeatureKey::with(33, n1.gaz));
    }
    if w.dem {
        out.push(FeatureKey::new(34));
    }
    out.push(FeatureKey::with2(35, w.doc_case, w.cap));
    if w.hist != 0 {
        out.push(FeatureKey::with(36, w.hist));
        out.push(FeatureKey::with2(37, w.hist, w.short));
    }
    if n1.hist != 0 {
        out.push(FeatureKey::with(38, n1.hist));
    }
    for (k, &c) in w.ctx.iter().enumerate() {
        if c != 0 {
            out.push(FeatureKey::with(39 + (k % 2) as u32, c));
        }
    }
    out.push(FeatureKey::with2(41, topic, w.short));
    out.push(FeatureKey::with(42, p1.word));
    out.push(FeatureKey::with(43, n1.word));
    out.push(FeatureKey::with2(44, w.lower, n1.short));
    out.push(FeatureKey::with2(45, p1.short, w.lower));
    if w.run_pos != 0 {
        out.push(FeatureKey::with2(57, w.run_first, w.run_pos));
        out.push(FeatureKey::with2(58, w.run_last, w.run_pos));
        out.push(FeatureKey::with2(59, w.run_before, w.run_pos));
        out.push(FeatureKey::with2(60, w.run_after, w.run_pos));
    }
    if w.clus != 0 {
        for (k, len) in [4u8, 6, 10, 20].into_iter().enumerate() {
            out.push(FeatureKey::with(46 + k as u32, clusters::prefix(w.clus, len)));
        }
    }
    if p1.clus != 0 {
        out.push(FeatureKey::with(50, clusters::prefix(p1.clus, 6)));
        out.push(FeatureKey::with(51, clusters::prefix(p1.clus, 20)));
    }
    if n1.clus != 0 {
        out.push(FeatureKey::with(52, clusters::prefix(n1.clus, 6)));
        out.push(FeatureKey::with(53, clusters::prefix(n1.clus, 20)));
    }
    if w.clus != 0 {
        out.push(FeatureKey::with2(54, t1, clusters::prefix(w.clus, 10)));
    }
    if p2.clus != 0 {
        out.push(FeatureKey::with(55, clusters::prefix(p2.clus, 10)));
    }
    if n2.clus != 0 {
        out.push(FeatureKey::with(56, clusters::prefix(n2.clus, 10)));
    }
    if w.name_tag != 0 {
        out.push(FeatureKey::with(65, w.name_tag));
        out.push(FeatureKey::with(66, w.name_tag2));
    }
    if w.name_part != 0 {
        out.push(FeatureKey::with(67, w.name_part));
    }
    if w.s1 != 0 {
        out.push(FeatureKey::with(61, w.s1));
        out.push(FeatureKey::with3(62, p1.s1, w.s1, n1.s1));
        out.push(FeatureKey::with2(63, w.doc_major, w.doc_kinds));
        out.push(FeatureKey::with3(64, w.doc_major, w.s1, w.short));
    }
}

/// Reusable buffers, so that tagging many documents allocates little per token.
#[derive(Default)]
pub struct NerScratch {
    vals: Vec<WordValues>,
    feats: Vec<FeatureKey>,
    scores: Vec<i32>,
    fscores: Vec<f32>,
    classes: Vec<u16>,
    lower: String,
    shape: String,
    name: String,
    /// Per document: lower-case hash -> case bits.
    doc_case: KeyMap<u64>,
    /// Per document: lower-case hash -> count of each type predicted so far.
    history: KeyMap<[u16; 4]>,
    /// Per document: lower-case hash -> (sentence, word, hash of the word before, after) of its
    /// first capitalised occurrences.
    contexts: KeyMap<Vec<(u32, u32, u64, u64)>>,
    /// The document's topic word (the first word of an opening line in capitals), or a pad.
    topic: u64,
    /// The sentence being prepared.
    sentence: u32,
    /// Across documents: place look-ups by the hash of the name.
    places: KeyMap<Option<PlaceKind>>,
    demonyms: KeyMap<bool>,
    /// Per document, for the second stage: each sentence's word values and first-stage classes
    /// (buffers reused across documents: entries past the document's last sentence are stale),
    /// the first-stage labels (O, PER, ORG, LOC, MISC) of each capitalised word's occurrences,
    /// which sentences hold a capitalised word labelled in more than one way, and where the
    /// first and the last such word are.
    doc_vals: Vec<Vec<WordValues>>,
    doc_classes: Vec<Vec<u16>>,
    doc_labels: KeyMap<[u16; 5]>,
    unsure: Vec<bool>,
    unsure_at: Vec<(usize, usize)>,
    /// In training only: the name-lexicon entries of the training document being tagged, left
    /// out of its look-ups (the lexicon is jackknifed, see [`names`]). Empty otherwise.
    own_names: KeyMap<u64>,
}

/// The type most often predicted for a word (by its key) in `history`, 0 when none.
fn history_of(history: &KeyMap<[u16; 4]>, key: u64) -> u64 {
    match history.get(&key) {
        Some(counts) => {
            let (best, &c) = counts.iter().enumerate().max_by_key(|&(i, c)| (*c, std::cmp::Reverse(i))).unwrap_or((0, &0));
            if c == 0 {
                0
            } else {
                value_hash(NerType::ALL[best].as_str().as_bytes())
            }
        }
        None => 0,
    }
}

/// The hashed labels of the second stage's document majority: O, then the four types.
fn second_stage_labels() -> &'static [u64; 5] {
    static LABELS: OnceLock<[u64; 5]> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut out = [value_hash(b"\x05O"); 5];
        for t in NerType::ALL {
            out[t.index() + 1] = value_hash(format!("\x05{}", t.as_str()).as_bytes());
        }
        out
    })
}

fn start_label() -> u64 {
    value_hash(b"\x02START")
}

fn is_cap_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

impl NerScratch {
    fn place_kind(&mut self, name: &str, lex: &dyn PlaceLexicon) -> Option<PlaceKind> {
        let key = value_hash(name.as_bytes());
        if let Some(&k) = self.places.get(&key) {
            return k;
        }
        if self.places.len() > 200_000 {
            self.places.clear();
        }
        let k = lex.place_kind(name);
        self.places.insert(key, k);
        k
    }

    fn demonym(&mut self, word: &str, lex: &dyn PlaceLexicon) -> bool {
        let key = value_hash(word.as_bytes());
        if let Some(&d) = self.demonyms.get(&key) {
            return d;
        }
        if self.demonyms.len() > 200_000 {
            self.demonyms.clear();
        }
        let d = lex.demonym_country(word).is_some();
        self.demonyms.insert(key, d);
        d
    }

    /// Starts a document: collects how each word is written across it.
    fn begin_document(&mut self, sentences: &[&[&str]]) {
        self.doc_case.clear();
        self.history.clear();
        self.contexts.clear();
        self.sentence = 0;
        self.topic = match sentences.first() {
            Some(s) if is_caps_sentence(s) && s.len() > 1 => {
                lower_into(s[0], &mut self.lower);
                value_hash(self.lower.as_bytes())
            }
            _ => value_hash(b"\x04notopic"),
        };
        let (start, end) = (value_hash(b"\x02<s>"), value_hash(b"\x03</s>"));
        for (si, s) in sentences.iter().enumerate() {
            let caps_sentence = is_caps_sentence(s);
            for (i, w) in s.iter().enumerate() {
                let cap = is_cap_word(w);
                let bit = match cap_of(w) {
                    Cap::Lower => 1,
                    Cap::Title | Cap::Mixed if i > 0 && !caps_sentence => 2,
                    Cap::Upper if !caps_sentence => 4,
                    _ => 0,
                };
                if !cap && bit == 0 {
                    continue;
                }
                lower_into(w, &mut self.lower);
                let key = value_hash(self.lower.as_bytes());
                if bit != 0 {
                    *self.doc_case.entry(key).or_default() |= bit;
                }
                if cap {
                    let list = self.contexts.entry(key).or_default();
                    if list.len() < 4 {
                        let around = |j: Option<usize>, pad: u64, scratch: &mut String| match j.and_then(|j| s.get(j)) {
                            Some(x) => {
                                lower_into(x, scratch);
                                value_hash(scratch.as_bytes())
                            }
                            None => pad,
                        };
                        let before = around(i.checked_sub(1), start, &mut self.shape);
                        let after = around(Some(i + 1), end, &mut self.shape);
                        list.push((si as u32, i as u32, before, after));
                    }
                }
            }
        }
    }

    /// Prepares one sentence's word values (gazetteer and document features included).
    fn prepare(
        &mut self,
        words: &[&str],
        known: &KeyMap<()>,
        clusters: &KeyMap<u64>,
        name_lexicon: &KeyMap<u64>,
        lex: Option<&dyn PlaceLexicon>,
    ) {
        let (start, end) = (pad(b"\x02<s>"), pad(b"\x03</s>"));
        let unknown = value_hash(b"\x01UNK");
        self.vals.clear();
        self.vals.extend([start, start]);
        for w in words {
            let mut v = word_values(w, &mut self.lower, &mut self.shape);
            v.doc_case = self.doc_case.get(&v.lower).copied().unwrap_or(0) | 8;
            v.key = v.lower;
            if !clusters.is_empty() {
                v.clus = match clusters.get(&v.word).or_else(|| clusters.get(&v.lower)) {
                    Some(&c) => c,
                    None if cap_of(w) == Cap::Upper => {
                        // A word of a headline: look up its title case ("MOSCOW" as "Moscow").
                        self.name.clear();
                        let mut chars = self.lower.chars();
                        if let Some(c) = chars.next() {
                            self.name.extend(c.to_uppercase());
                            self.name.push_str(chars.as_str());
                        }
                        clusters.get(&value_hash(self.name.as_bytes())).copied().unwrap_or(0)
                    }
                    None => 0,
                };
            }
            if !known.contains_key(&v.lower) {
                (v.word, v.lower) = (unknown, unknown);
            }
            if is_cap_word(w) {
                if let Some(list) = self.contexts.get(&v.lower) {
                    let me = (self.sentence, (self.vals.len() - 2) as u32);
                    let mut k = 0;
                    for &(s, t, before, after) in list {
                        if (s, t) != me && k < 6 {
                            v.ctx[k] = before;
                            v.ctx[k + 1] = after;
                            k += 2;
                        }
                    }
                }
            }
            self.vals.push(v);
        }
        self.sentence += 1;
        self.vals.extend([end, end]);

        // Runs of capitalised words, outside headlines: each word learns from the first and the
        // last word of its run and from the words around it ("Kessa Shipping Company": "company"
        // marks an organisation; "of the" before it, one too).
        if !is_caps_sentence(words) {
            let n = words.len();
            let mut i = 0;
            while i < n {
                if !is_cap_word(words[i]) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < n && is_cap_word(words[j]) {
                    j += 1;
                }
                let (first, last) = (self.vals[i + 2].lower, self.vals[j + 1].lower);
                let (before, after) = (self.vals[i + 1].lower, self.vals[j + 2].lower);
                for k in i..j {
                    let v = &mut self.vals[k + 2];
                    v.run_first = first;
                    v.run_last = last;
                    v.run_before = before;
                    v.run_after = after;
                    v.run_pos = if j - i == 1 { 4 } else if k == i { 1 } else if k + 1 == j { 3 } else { 2 };
                }
                i = j;
            }
        }
        if !name_lexicon.is_empty() {
            self.find_names(words, name_lexicon);
        }
        let Some(lex) = lex else { return };
        let n = words.len();
        let mut i = 0;
        while i < n {
            if !is_cap_word(words[i]) {
                i += 1;
                continue;
            }
            if self.demonym(words[i], lex) {
                self.vals[i + 2].dem = true;
            }
            let mut run = 1;
            while run < 3 && i + run < n && is_cap_word(words[i + run]) {
                run += 1;
            }
            let mut matched = 0;
            for len in (1..=run).rev() {
                let mut name = std::mem::take(&mut self.name);
                name.clear();
                for (k, w) in words[i..i + len].iter().enumerate() {
                    if k > 0 {
                        name.push(' ');
                    }
                    name.push_str(w);
                }
                let kind = self.place_kind(&name, lex);
                self.name = name;
                if let Some(kind) = kind {
                    for k in 0..len {
                        let pos = if len == 1 { "U" } else if k == 0 { "B" } else { "I" };
                        self.vals[i + k + 2].gaz = value_hash(format!("{pos}-{}", kind.as_str()).as_bytes());
                    }
                    matched = len;
                    break;
                }
            }
            i += matched.max(1);
        }
    }

    /// Name-lexicon values of a prepared sentence: from each capitalised word, the longest listed
    /// name that starts there (left to right, names do not overlap), and the name parts.
    fn find_names(&mut self, words: &[&str], lexicon: &KeyMap<u64>) {
        let own = &self.own_names;
        let look = |key: u64| -> Option<u64> {
            let v = *lexicon.get(&key)?;
            Some(if own.is_empty() { v } else { names::minus(v, own.get(&key).copied().unwrap_or(0)) })
        };
        let n = words.len();
        // Words before `free` are inside a name already found.
        let mut free = 0;
        for (i, word) in words.iter().enumerate() {
            if !is_cap_word(word) {
                continue;
            }
            // One look-up gives the one-word name and the word's name-part counters.
            let mut key = names::name_start(self.vals[i + 2].key);
            let Some(mut v) = look(key) else { continue };
            let mask = names::part_mask(v);
            if mask != 0 {
                self.vals[i + 2].name_part = value_hash(&[b'P', mask]);
            }
            if i < free {
                continue;
            }
            let mut best: Option<(usize, [u8; 4])> = None;
            let mut len = 1;
            loop {
                let counts = names::type_counts(v);
                if counts.iter().any(|&c| c > 0) {
                    best = Some((len, counts));
                }
                if !names::is_prefix(v) || len == names::MAX_NAME_WORDS || i + len >= n {
                    break;
                }
                key = names::chain(key, self.vals[i + len + 2].key);
                len += 1;
                match look(key) {
                    Some(next) => v = next,
                    None => break,
                }
            }
            let Some((len, counts)) = best else { continue };
            let total: u32 = counts.iter().map(|&c| u32::from(c)).sum();
            let (t, &top) = counts.iter().enumerate().max_by_key(|&(t, c)| (*c, std::cmp::Reverse(t))).unwrap_or((0, &0));
            let ambiguous = 4 * (total - u32::from(top)) >= total;
            let bucket = match total {
                1 => 1u8,
                2..=3 => 2,
                _ => 3,
            };
            for k in 0..len {
                let pos = if len == 1 { b'U' } else if k == 0 { b'B' } else if k + 1 == len { b'L' } else { b'I' };
                let v = &mut self.vals[i + k + 2];
                v.name_tag = value_hash(&[b'N', pos, t as u8]);
                v.name_tag2 = value_hash(&[b'N', pos, t as u8, u8::from(ambiguous), bucket]);
            }
            free = i + len;
        }
    }

    fn fill_history(&mut self) {
        let n = self.vals.len();
        for v in &mut self.vals[2..n - 2] {
            v.hist = history_of(&self.history, v.key);
        }
    }

    /// Moves the prepared values and classes of sentence `si` into the document's store (the
    /// buffers are swapped, not copied).
    fn keep_sentence(&mut self, si: usize) {
        while self.doc_vals.len() <= si {
            self.doc_vals.push(Vec::new());
            self.doc_classes.push(Vec::new());
        }
        std::mem::swap(&mut self.vals, &mut self.doc_vals[si]);
        std::mem::swap(&mut self.classes, &mut self.doc_classes[si]);
    }

    /// Second-stage values for the kept sentences of a document, from the first stage's classes
    /// over the whole document: each word's own class, the prediction history of the whole
    /// document (not only of the sentences before), and for each capitalised word the label its
    /// capitalised occurrences got most often and how many different labels they got. A sentence
    /// is unsure when one of its capitalised words got more than one label; `unsure_at` holds
    /// the first and the last such word. In `training`, the kept classes are not the first
    /// stage's own run, so its history is rebuilt, and every sentence gets its values; in
    /// tagging, only the unsure sentences, which alone are tagged again.
    fn second_stage_values(&mut self, sentences: &[&[&str]], label_hash: &[u64], training: bool) {
        let major = second_stage_labels();
        if training {
            self.history.clear();
        }
        self.doc_labels.clear();
        for (si, words) in sentences.iter().enumerate() {
            let (vals, classes) = (&self.doc_vals[si], &self.doc_classes[si]);
            for (i, (w, &c)) in words.iter().zip(classes).enumerate() {
                let key = vals[i + 2].key;
                let t = class_parts(usize::from(c)).map_or(0, |(t, _)| t.index() + 1);
                if training && t > 0 && cap_of(w) != Cap::Lower {
                    let counts = self.history.entry(key).or_default();
                    counts[t - 1] = counts[t - 1].saturating_add(1);
                }
                if is_cap_word(w) {
                    let counts = self.doc_labels.entry(key).or_default();
                    counts[t] = counts[t].saturating_add(1);
                }
            }
        }
        self.unsure.clear();
        self.unsure_at.clear();
        for (si, words) in sentences.iter().enumerate() {
            let vals = &mut self.doc_vals[si];
            let mut at = (usize::MAX, 0);
            for (i, w) in words.iter().enumerate() {
                if is_cap_word(w) && self.doc_labels.get(&vals[i + 2].key).is_some_and(|c| c.iter().filter(|&&n| n > 0).count() > 1) {
                    at = (at.0.min(i), i);
                }
            }
            let unsure = at.0 != usize::MAX;
            self.unsure.push(unsure);
            self.unsure_at.push(at);
            if !(unsure || training) {
                continue;
            }
            for (i, (w, &c)) in words.iter().zip(&self.doc_classes[si]).enumerate() {
                let v = &mut vals[i + 2];
                v.s1 = label_hash.get(usize::from(c)).copied().unwrap_or(1);
                v.hist = history_of(&self.history, v.key);
                (v.doc_major, v.doc_kinds) = match self.doc_labels.get(&v.key).filter(|_| is_cap_word(w)) {
                    Some(counts) => {
                        let kinds = counts.iter().filter(|&&n| n > 0).count();
                        let best = (0..5).max_by_key(|&k| (counts[k], std::cmp::Reverse(k))).unwrap_or(0);
                        (major[best], kinds as u64)
                    }
                    None => (0, 0),
                };
            }
        }
    }

    fn remember(&mut self, words: &[&str]) {
        for (i, &c) in self.classes.iter().enumerate() {
            if let Some((t, _)) = class_parts(usize::from(c)) {
                if let Some(w) = words.get(i) {
                    if cap_of(w) != Cap::Lower {
                        let counts = self.history.entry(self.vals[i + 2].key).or_default();
                        counts[t.index()] = counts[t.index()].saturating_add(1);
                    }
                }
            }
        }
    }
}

/// A sentence in capitals (a wire headline): most of its letters are capitals.
fn is_caps_sentence(words: &[&str]) -> bool {
    let (mut up, mut letters) = (0, 0);
    for w in words {
        if w.is_ascii() {
            for b in w.bytes() {
                if b.is_ascii_alphabetic() {
                    letters += 1;
                    up += usize::from(b.is_ascii_uppercase());
                }
            }
            continue;
        }
        for c in w.chars() {
            if c.is_alphabetic() {
                letters += 1;
                up += usize::from(c.is_uppercase());
            }
        }
    }
    letters >= 4 && up * 10 >= letters * 8
}

/// Greedy decoding of one prepared sentence. `decide` scores the features of word `i` under the
/// allowed classes and returns the class to continue with.
fn greedy(
    vals: &[WordValues],
    caps_sentence: bool,
    topic: u64,
    label_hash: &[u64],
    feats: &mut Vec<FeatureKey>,
    out: &mut Vec<u16>,
    mut decide: impl FnMut(usize, &[FeatureKey], Option<usize>) -> u16,
) {
    out.clear();
    let n = vals.len() - 4;
    let (mut t1, mut t2) = (start_label(), start_label());
    let mut prev = None;
    for i in 0..n {
        features(vals, i + 2, i == 0, caps_sentence, topic, t1, t2, feats);
        let c = decide(i, feats, prev);
        out.push(c);
        prev = Some(usize::from(c));
        t2 = t1;
        t1 = label_hash.get(usize::from(c)).copied().unwrap_or(0);
    }
}

/// Greedy decoding of a window of a sentence already tagged (`first`): from just before word
/// `lo` (moved left out of any name the first stage left open there) to past word `hi`, and on
/// until the new class agrees with the first stage's at a point where no name is open; the
/// first stage's classes stand outside the window. The features before the window see the
/// first stage's labels, as they would have.
#[allow(clippy::too_many_arguments)]
fn window_greedy(
    vals: &[WordValues],
    first: &[u16],
    lo: usize,
    hi: usize,
    caps_sentence: bool,
    topic: u64,
    label_hash: &[u64],
    feats: &mut Vec<FeatureKey>,
    out: &mut Vec<u16>,
    mut decide: impl FnMut(&[FeatureKey], Option<usize>) -> u16,
) {
    out.clear();
    out.extend_from_slice(first);
    let open = |c: u16| class_parts(usize::from(c)).is_some_and(|(_, p)| p == B || p == I);
    let mut start = lo.saturating_sub(1);
    while start > 0 && open(first[start - 1]) {
        start -= 1;
    }
    let label = |j: Option<usize>| j.map_or_else(start_label, |j| label_hash.get(usize::from(first[j])).copied().unwrap_or(0));
    let (mut t1, mut t2) = (label(start.checked_sub(1)), label(start.checked_sub(2)));
    let mut prev = start.checked_sub(1).map(|j| usize::from(first[j]));
    for i in start..first.len() {
        features(vals, i + 2, i == 0, caps_sentence, topic, t1, t2, feats);
        let c = decide(feats, prev);
        out[i] = c;
        if i > hi && c == first[i] && !open(c) {
            break;
        }
        prev = Some(usize::from(c));
        t2 = t1;
        t1 = label_hash.get(usize::from(c)).copied().unwrap_or(0);
    }
}

fn best_allowed_i32(scores: &[i32], prev: Option<usize>) -> usize {
    let mut best: Option<usize> = None;
    for (c, &s) in scores.iter().enumerate() {
        if allowed(prev, c) && best.is_none_or(|b| s > scores[b]) {
            best = Some(c);
        }
    }
    best.unwrap_or(0)
}

fn best_allowed_f32(scores: &[f32], prev: Option<usize>) -> usize {
    let mut best: Option<usize> = None;
    for (c, &s) in scores.iter().enumerate() {
        if allowed(prev, c) && best.is_none_or(|b| s > scores[b]) {
            best = Some(c);
        }
    }
    best.unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// The model

#[derive(Clone, Serialize, Deserialize)]
struct Body {
    weights: CompactModel,
    /// Hashes of the lower-cased words seen at least `min_count` times in training; other words are one
    /// "unknown" word to the word features, so that rare names are learnt from their context.
    known: Vec<u64>,
    /// Whether the model was trained with gazetteer features.
    gazetteer: bool,
    /// Word clusters induced from unlabelled text at training time (empty when none was given).
    clusters: clusters::ClusterTable,
    /// The second stage's weights, when the model has one.
    second: Option<CompactModel>,
    /// The name lexicon harvested from annotated documents at training time (empty when none).
    names: names::NameTable,
}

/// A loaded entity model.
pub struct NerModel {
    header: Header,
    model: Model,
    label_hash: Vec<u64>,
    gazetteer: bool,
    known: KeyMap<()>,
    clusters: KeyMap<u64>,
    second: Option<Model>,
    names: KeyMap<u64>,
}

impl NerModel {
    /// Reads a model file, refusing a foreign, stale, damaged or inconsistent one.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerError> {
        let (header, body): (Header, Body) = sitrep_linear::read_model(bytes, NER_KIND, NER_FEATURES)?;
        NerModel::from_parts(header, body)
    }

    fn from_parts(header: Header, body: Body) -> Result<NerModel, NerError> {
        let corrupt = |m: String| NerError::Model(sitrep_linear::Error::Corrupt(m));
        let names = class_names();
        if header.labels.len() != 1 || header.labels[0] != names {
            return Err(corrupt(format!("labels {:?}, expected {:?}", header.labels, names)));
        }
        let model = Model::new(body.weights)?;
        if model.n_classes() != N_CLASSES {
            return Err(corrupt(format!("{} classes, expected {N_CLASSES}", model.n_classes())));
        }
        let label_hash = names.iter().map(|l| value_hash(l.as_bytes())).collect();
        let known = body.known.iter().map(|&k| (k, ())).collect();
        let clusters = body.clusters.to_map().map_err(corrupt)?;
        let second = body.second.map(Model::new).transpose()?;
        if second.as_ref().is_some_and(|m| m.n_classes() != N_CLASSES) {
            return Err(corrupt(format!("a second stage without {N_CLASSES} classes")));
        }
        let names = body.names.to_map().map_err(corrupt)?;
        Ok(NerModel { header, model, label_hash, gazetteer: body.gazetteer, known, clusters, second, names })
    }

    /// The model compiled into this binary from `models/ner.bin`, decoded on first use.
    pub fn embedded() -> Result<&'static NerModel, NerError> {
        static CELL: OnceLock<Result<NerModel, String>> = OnceLock::new();
        let bytes = EMBEDDED.ok_or(NerError::NotEmbedded)?;
        let loaded = CELL.get_or_init(|| NerModel::from_bytes(bytes).map_err(|e| e.to_string()));
        loaded.as_ref().map_err(|e| NerError::Embedded(e.clone()))
    }

    /// The bytes of the model file compiled into this binary, if there was one.
    pub fn embedded_bytes() -> Option<&'static [u8]> {
        EMBEDDED
    }

    pub fn header(&self) -> &Header {
        &self.header
    }
    /// Whether the model was trained with gazetteer features (and so wants a lexicon).
    pub fn uses_gazetteer(&self) -> bool {
        self.gazetteer
    }
    /// Whether the model knows `word` from its training: seen there often enough to have weights
    /// of its own, or listed as a one-word name. Where it does not, its reading of the word is
    /// a guess from shape and context ("Pokrovsk" read as a person for its capital and place in
    /// the sentence).
    pub fn knows_word(&self, word: &str) -> bool {
        let mut lower = String::new();
        lower_into(word, &mut lower);
        let key = value_hash(lower.as_bytes());
        self.known.contains_key(&key) || self.names.get(&names::name_start(key)).is_some_and(|&v| names::type_counts(v).iter().any(|&c| c > 0))
    }

    /// Features and weights kept (both stages).
    pub fn size(&self) -> (usize, usize) {
        let (f2, w2) = self.second.as_ref().map_or((0, 0), |m| (m.n_features(), m.n_weights()));
        (self.model.n_features() + f2, self.model.n_weights() + w2)
    }

    /// Tags one document, given as tokenised sentences; returns the names of each sentence.
    /// `places` is ignored by a model trained without gazetteer features.
    pub fn tag_document(
        &self,
        sentences: &[&[&str]],
        places: Option<&dyn PlaceLexicon>,
        scratch: &mut NerScratch,
    ) -> Vec<Vec<NerSpan>> {
        let mut out = self.first_stage(sentences, places, scratch, self.second.is_some());
        if let Some(second) = &self.second {
            scratch.second_stage_values(sentences, &self.label_hash, false);
            for (si, words) in sentences.iter().enumerate() {
                if words.is_empty() || !scratch.unsure[si] {
                    continue;
                }
                let caps = is_caps_sentence(words);
                let (lo, hi) = scratch.unsure_at[si];
                let NerScratch { doc_vals, doc_classes, feats, scores, classes, topic, .. } = scratch;
                window_greedy(&doc_vals[si], &doc_classes[si], lo, hi, caps, *topic, &self.label_hash, feats, classes, |f, prev| {
                    second.scores(f, scores);
                    best_allowed_i32(scores, prev) as u16
                });
                spans_of(&scratch.classes, &mut out[si]);
            }
        }
        out
    }

    /// The first stage over a document; with `keep`, the word values and classes of every
    /// sentence are kept in `scratch` for the second.
    fn first_stage(
        &self,
        sentences: &[&[&str]],
        places: Option<&dyn PlaceLexicon>,
        scratch: &mut NerScratch,
        keep: bool,
    ) -> Vec<Vec<NerSpan>> {
        let places = places.filter(|_| self.gazetteer);
        scratch.begin_document(sentences);
        let mut out = Vec::with_capacity(sentences.len());
        for (si, words) in sentences.iter().enumerate() {
            let mut spans = Vec::new();
            if words.is_empty() {
                scratch.vals.clear();
                scratch.classes.clear();
            } else {
                scratch.prepare(words, &self.known, &self.clusters, &self.names, places);
                scratch.fill_history();
                let caps = is_caps_sentence(words);
                let NerScratch { vals, feats, scores, classes, topic, .. } = scratch;
                greedy(vals, caps, *topic, &self.label_hash, feats, classes, |_, f, prev| {
                    self.model.scores(f, scores);
                    best_allowed_i32(scores, prev) as u16
                });
                scratch.remember(words);
                spans_of(&scratch.classes, &mut spans);
            }
            if keep {
                scratch.keep_sentence(si);
            }
            out.push(spans);
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Scoring and training

/// Entity-level exact-match counts (as conlleval counts them), in total and per type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NerCounts {
    /// (true positives, predicted, gold) per type, in [`NerType::ALL`] order.
    pub by_type: [(usize, usize, usize); 4],
}

impl NerCounts {
    pub fn add(&mut self, gold: &[NerSpan], predicted: &[NerSpan]) {
        for g in gold {
            self.by_type[g.label.index()].2 += 1;
        }
        for p in predicted {
            self.by_type[p.label.index()].1 += 1;
            if gold.contains(p) {
                self.by_type[p.label.index()].0 += 1;
            }
        }
    }
    pub fn total(&self) -> (usize, usize, usize) {
        self.by_type.iter().fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    }
    /// (precision, recall, F1) in percent, of all types or of one.
    pub fn prf(&self, t: Option<NerType>) -> (f64, f64, f64) {
        let (tp, pred, gold) = t.map_or_else(|| self.total(), |t| self.by_type[t.index()]);
        let p = if pred == 0 { 0.0 } else { 100.0 * tp as f64 / pred as f64 };
        let r = if gold == 0 { 0.0 } else { 100.0 * tp as f64 / gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

/// Tags gold documents with the model and counts exact matches.
pub fn evaluate_ner(model: &NerModel, docs: &[NerDocument], places: Option<&dyn PlaceLexicon>) -> NerCounts {
    let mut counts = NerCounts::default();
    let mut scratch = NerScratch::default();
    for d in docs {
        let words: Vec<Vec<&str>> = d.sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
        let predicted = model.tag_document(&refs, places, &mut scratch);
        for (s, p) in d.sentences.iter().zip(&predicted) {
            counts.add(&s.spans, p);
        }
    }
    counts
}

/// Settings of a training run.
#[derive(Clone, Debug)]
pub struct NerTrainOptions {
    pub iterations: usize,
    /// Averaged weights below this are dropped from the model. With feature dropout the model
    /// keeps many small weights; on CoNLL-2003 valid, 1.0 (instead of 0.05) cost 0.05 F1 on average
    /// over three seeds and kept 42% of the weights, which made tagging about a fifth faster.
    pub prune: f32,
    pub seed: u64,
    /// Words seen fewer times in training are "unknown" to the word features (on CoNLL-2003 dev,
    /// without feature dropout, 2 gave 89.8 F1, 1 gave 89.5; with it and the run features, over
    /// three seeds, 3 gave 91.43 on average, 2 gave 91.28).
    pub min_count: u32,
    /// Unlabelled text (documents or sentences, plain text) from which word clusters are built,
    /// together with the words of the training sentences; with none, no cluster features.
    pub unlabelled: Vec<String>,
    /// The chance that a feature of a training word is left out of its scoring and update
    /// (feature dropout, against memorising the training vocabulary). On CoNLL-2003 valid, over
    /// three shuffling seeds: 0 gave 90.31 F1 on average, 0.1 gave 90.79, 0.2 gave 91.02 (20
    /// iterations); with the run features and `min_count` 3, 0.2 gave 91.43 (20 iterations) and
    /// 0.25 gave 91.55 (30 iterations; the best iteration is later with more dropout).
    pub feature_dropout: f32,
    /// With 2 or more, a second stage is trained: the training documents are split into this
    /// many folds, each tagged by a first stage trained on the others, and the second stage
    /// learns from those (jackknifed) labels; 0 or 1 (the default): no second stage. On
    /// CoNLL-2003 valid, 4 folds took the first stage from 91.47 to 91.87 F1 (test 85.35 to
    /// 85.50), but tagging was about 17% slower, below the 500k tokens/s bar, so the shipped
    /// model has no second stage. Training takes about six times as long: one first stage per
    /// fold, then the second stage.
    pub second_stage_folds: usize,
    /// Whether the model gets a name lexicon ([`names`]) harvested from the training documents
    /// (jackknifed: each training document sees the lexicon without its own names) and from
    /// [`NerTrainOptions::name_documents`]. On CoNLL-2003 valid, over three seeds: none 91.50 F1
    /// (best iterations, averaged), CoNLL train's names 92.17, with GUM's and WNUT-17's 92.29.
    pub name_lexicon: bool,
    /// Other annotated documents whose names go into the name lexicon (they are not trained on).
    pub name_documents: Vec<NerDocument>,
    /// How many perceptrons are trained side by side, member `m` with seed `seed + m` (its own
    /// shuffling and feature dropout); the model is the mean of their averaged weights, scored
    /// and kept per iteration like one. The mean smooths away what one shuffling order and one
    /// dropout draw happened to learn, at no cost in tagging (the members share most features:
    /// with 3, the model has about a tenth more weights), for `members` times the training
    /// time. 1 (the default): one perceptron, as before. On CoNLL-2003 valid, over three seeds,
    /// 3 gained 0.11 F1 (best iterations) and 0.15 (mean of iterations 11-30), test 86.35 to
    /// 86.67 (docs/BENCHMARKS.md, session 6).
    pub members: usize,
}

impl Default for NerTrainOptions {
    fn default() -> NerTrainOptions {
        NerTrainOptions {
            iterations: 30,
            prune: 1.0,
            seed: 0x5eed_0e12,
            min_count: 3,
            unlabelled: Vec::new(),
            feature_dropout: 0.25,
            second_stage_folds: 0,
            name_lexicon: false,
            name_documents: Vec::new(),
            members: 1,
        }
    }
}

impl NerTrainOptions {
    /// Adds the unlabelled text of a file, or of every file under a folder (recursively, in name
    /// order), to [`NerTrainOptions::unlabelled`]: the word forms of `.conllu` files, the text
    /// outside tags of `.xml`, `.tml`, `.naf` and `.html` files (without scripts and styles),
    /// `.txt` files as they are; other files are skipped. Returns the number of texts added.
    pub fn add_unlabelled(&mut self, path: &std::path::Path) -> std::io::Result<usize> {
        let before = self.unlabelled.len();
        clusters::read_unlabelled(path, &mut self.unlabelled)?;
        Ok(self.unlabelled.len() - before)
    }
}

/// What one training iteration achieved.
#[derive(Clone, Debug)]
pub struct NerIterationReport {
    pub iteration: usize,
    /// Share of training words the weights of the moment labelled right.
    pub train_pct: f64,
    pub dev: NerCounts,
    pub features: usize,
    pub weights: usize,
}

/// Progress of training, for a progress bar.
pub enum NerProgress<'a> {
    /// One more training document done.
    Document,
    Iteration(&'a NerIterationReport),
}

/// The result of training: the model file of the best iteration on dev, and its report.
pub struct NerTrained {
    pub bytes: Vec<u8>,
    pub best: NerIterationReport,
}

/// One step of greedy training with feature dropout: each feature is left out of both scoring
/// and update with probability `fdrop` per mille; returns the guess, after the update.
#[allow(clippy::too_many_arguments)]
fn dropout_step(
    trainer: &mut Trainer,
    f: &[FeatureKey],
    gold: u16,
    prev: Option<usize>,
    fdrop: u64,
    rng: &mut u64,
    kept: &mut Vec<FeatureKey>,
    fscores: &mut Vec<f32>,
) -> u16 {
    let f = if fdrop > 0 {
        kept.clear();
        kept.extend(f.iter().copied().filter(|_| sitrep_linear::xorshift(rng) % 1000 >= fdrop));
        &kept[..]
    } else {
        f
    };
    trainer.scores(f, fscores);
    let guess = best_allowed_f32(fscores, prev);
    trainer.observe(f, usize::from(gold), guess);
    guess as u16
}


/// Trains a recogniser, scoring every iteration on `dev` (entity F1) and keeping the best.
/// With `places`, gazetteer features are used, and the model should be run with the same lexicon.
pub fn train_ner(
    train: &[NerDocument],
    dev: &[NerDocument],
    opts: &NerTrainOptions,
    places: Option<&dyn PlaceLexicon>,
    data_sha256: [u8; 32],
    data_note: &str,
    progress: &mut dyn FnMut(NerProgress<'_>),
) -> Result<NerTrained, NerError> {
    if train.iter().all(|d| d.sentences.is_empty()) {
        return Err(NerError::Data("no training sentences".into()));
    }
    let mut gold: Vec<Vec<Vec<u16>>> = Vec::with_capacity(train.len());
    for (di, d) in train.iter().enumerate() {
        let mut doc = Vec::with_capacity(d.sentences.len());
        for (si, s) in d.sentences.iter().enumerate() {
            doc.push(gold_classes(s).map_err(|e| NerError::Data(format!("document {}, sentence {}: {e}", di + 1, si + 1)))?);
        }
        gold.push(doc);
    }
    let names = class_names();
    let label_hash: Vec<u64> = names.iter().map(|l| value_hash(l.as_bytes())).collect();
    let known: Vec<u64> = {
        let mut counts: KeyMap<u32> = KeyMap::default();
        let mut lower = String::new();
        for w in train.iter().flat_map(|d| &d.sentences).flat_map(|s| &s.words) {
            lower_into(w, &mut lower);
            *counts.entry(value_hash(lower.as_bytes())).or_default() += 1;
        }
        let mut v: Vec<u64> = counts.into_iter().filter(|&(_, c)| c >= opts.min_count).map(|(k, _)| k).collect();
        v.sort_unstable();
        v
    };
    let known_map: KeyMap<()> = known.iter().map(|&k| (k, ())).collect();
    let cluster_table = if opts.unlabelled.is_empty() {
        clusters::ClusterTable::default()
    } else {
        clusters::build_from_texts(&opts.unlabelled, train.iter().flat_map(|d| &d.sentences).map(|s| s.words.as_slice()))
    };
    let cluster_map = cluster_table.to_map().map_err(NerError::Data)?;
    let (name_table, own_names) = name_lexicon_of(train, opts);
    let name_map = name_table.to_map().map_err(NerError::Data)?;
    // The members of the ensemble: each has its own weights, shuffling and dropout draws, and
    // its own document state (prediction history), since each tags the training text its way.
    struct Member {
        trainer: Trainer,
        order: Vec<usize>,
        rng: u64,
        frng: u64,
        scratch: NerScratch,
    }
    let mut members = Vec::with_capacity(opts.members.max(1));
    for m in 0..opts.members.max(1) as u64 {
        let seed = opts.seed.wrapping_add(m);
        members.push(Member {
            trainer: Trainer::new(N_CLASSES)?,
            order: (0..train.len()).collect(),
            rng: seed | 1,
            frng: (seed ^ 0x9e37_79b9_7f4a_7c15) | 1,
            scratch: NerScratch::default(),
        });
    }
    // Feature dropout: each feature of each training word is left out with this chance (per
    // 1,000), for the scoring and the update alike, so that no single feature (the word itself,
    // most of all) carries a decision alone.
    let fdrop = (f64::from(opts.feature_dropout.clamp(0.0, 1.0)) * 1000.0).round() as u64;
    let mut kept: Vec<FeatureKey> = Vec::new();
    let mut best: Option<NerTrained> = None;
    for it in 1..=opts.iterations.max(1) {
        let (mut right, mut seen) = (0usize, 0usize);
        for Member { trainer, order, rng, frng, scratch } in &mut members {
            sitrep_linear::shuffle(order, rng);
            for &di in order.iter() {
                let d = &train[di];
                let words: Vec<Vec<&str>> = d.sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
                let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
                scratch.begin_document(&refs);
                scratch.own_names.clone_from(&own_names[di]);
                for (si, w) in refs.iter().enumerate() {
                    if w.is_empty() {
                        continue;
                    }
                    scratch.prepare(w, &known_map, &cluster_map, &name_map, places);
                    scratch.fill_history();
                    let caps = is_caps_sentence(w);
                    let g = &gold[di][si];
                    let NerScratch { vals, feats, fscores, classes, topic, .. } = &mut *scratch;
                    greedy(vals, caps, *topic, &label_hash, feats, classes, |i, f, prev| {
                        let guess = dropout_step(trainer, f, g[i], prev, fdrop, frng, &mut kept, fscores);
                        seen += 1;
                        right += usize::from(guess == g[i]);
                        guess
                    });
                    scratch.remember(w);
                }
                progress(NerProgress::Document);
            }
        }
        let trainers: Vec<&Trainer> = members.iter().map(|m| &m.trainer).collect();
        let body = Body {
            weights: sitrep_linear::average_of(&trainers, opts.prune),
            known: known.clone(),
            gazetteer: places.is_some(),
            clusters: cluster_table.clone(),
            second: None,
            names: name_table.clone(),
        };
        let header = Header {
            kind: NER_KIND.into(),
            features: NER_FEATURES.into(),
            labels: vec![names.clone()],
            data_sha256,
            trained: format!(
                "{data_note}; iteration {it} of {}, prune {}, feature dropout {}, seed {:#x}{}, gazetteer {}, word clusters {}, name lexicon {}",
                opts.iterations,
                opts.prune,
                opts.feature_dropout,
                opts.seed,
                if members.len() > 1 { format!(", {} members", members.len()) } else { String::new() },
                if places.is_some() { "yes" } else { "no" },
                cluster_table.len(),
                name_table.len()
            ),
        };
        let bytes = sitrep_linear::write_model(&header, &body)?;
        let model = NerModel::from_parts(header, body)?;
        let (features, weights) = model.size();
        let report = NerIterationReport {
            iteration: it,
            train_pct: if seen == 0 { 0.0 } else { 100.0 * right as f64 / seen as f64 },
            dev: evaluate_ner(&model, dev, places),
            features,
            weights,
        };
        progress(NerProgress::Iteration(&report));
        if best.as_ref().is_none_or(|b| report.dev.prf(None).2 > b.best.dev.prf(None).2) {
            best = Some(NerTrained { bytes, best: report });
        }
    }
    let first = best.ok_or_else(|| NerError::Data("no iteration ran".into()))?;
    if opts.second_stage_folds < 2 {
        return Ok(first);
    }
    let stage1 = jackknifed_first_stage(train, dev, opts, places, data_sha256, data_note, progress)?;
    let context = SecondStageContext {
        known: &known_map,
        clusters: &cluster_map,
        names: &name_map,
        own_names: &own_names,
        label_hash: &label_hash,
        places,
    };
    train_second_stage(train, &gold, &stage1, dev, opts, &context, first, progress)
}

/// The name lexicon of a training run (empty unless [`NerTrainOptions::name_lexicon`]), and
/// each training document's own entries, which its look-ups leave out.
fn name_lexicon_of(train: &[NerDocument], opts: &NerTrainOptions) -> (names::NameTable, Vec<KeyMap<u64>>) {
    if !opts.name_lexicon {
        return (names::NameTable::default(), vec![KeyMap::default(); train.len()]);
    }
    let mut lower = String::new();
    let mut entries_of = |d: &NerDocument| {
        let mut found: Vec<names::Name> = Vec::new();
        for s in &d.sentences {
            for span in &s.spans {
                let Some(words) = s.words.get(span.start..span.end) else { continue };
                let keys = words
                    .iter()
                    .map(|w| {
                        lower_into(w, &mut lower);
                        value_hash(lower.as_bytes())
                    })
                    .collect();
                found.push((keys, span.label.index()));
            }
        }
        names::document_entries(&found)
    };
    let own: Vec<KeyMap<u64>> = train.iter().map(&mut entries_of).collect();
    let extra: Vec<KeyMap<u64>> = opts.name_documents.iter().map(&mut entries_of).collect();
    (names::build_table(own.iter().chain(&extra)), own)
}

/// The first-stage classes of every training sentence, each document tagged by a first stage
/// trained on the folds it is not in.
fn jackknifed_first_stage(
    train: &[NerDocument],
    dev: &[NerDocument],
    opts: &NerTrainOptions,
    places: Option<&dyn PlaceLexicon>,
    data_sha256: [u8; 32],
    data_note: &str,
    progress: &mut dyn FnMut(NerProgress<'_>),
) -> Result<Vec<Vec<Vec<u16>>>, NerError> {
    let folds = opts.second_stage_folds;
    let fold_opts = NerTrainOptions { second_stage_folds: 0, ..opts.clone() };
    let mut stage1 = vec![Vec::new(); train.len()];
    let mut scratch = NerScratch::default();
    for k in 0..folds {
        let (held, rest): (Vec<usize>, Vec<usize>) = (0..train.len()).partition(|&d| d % folds == k);
        let sub: Vec<NerDocument> = rest.iter().map(|&d| train[d].clone()).collect();
        let trained = train_ner(&sub, dev, &fold_opts, places, data_sha256, data_note, progress)?;
        let model = NerModel::from_bytes(&trained.bytes)?;
        for d in held {
            let words: Vec<Vec<&str>> = train[d].sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
            let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
            model.first_stage(&refs, places, &mut scratch, true);
            stage1[d] = scratch.doc_classes[..refs.len()].to_vec();
        }
    }
    Ok(stage1)
}

/// What the second stage's training shares with the first's.
struct SecondStageContext<'a> {
    known: &'a KeyMap<()>,
    clusters: &'a KeyMap<u64>,
    names: &'a KeyMap<u64>,
    own_names: &'a [KeyMap<u64>],
    label_hash: &'a [u64],
    places: Option<&'a dyn PlaceLexicon>,
}

/// Trains the second stage on the jackknifed first-stage classes `stage1`, beside the chosen
/// first stage `first`, scoring both stages together on `dev` every iteration.
#[allow(clippy::too_many_arguments)]
fn train_second_stage(
    train: &[NerDocument],
    gold: &[Vec<Vec<u16>>],
    stage1: &[Vec<Vec<u16>>],
    dev: &[NerDocument],
    opts: &NerTrainOptions,
    cx: &SecondStageContext<'_>,
    first: NerTrained,
    progress: &mut dyn FnMut(NerProgress<'_>),
) -> Result<NerTrained, NerError> {
    let (first_header, first_body): (Header, Body) = sitrep_linear::read_model(&first.bytes, NER_KIND, NER_FEATURES)?;
    let mut trainer = Trainer::new(N_CLASSES)?;
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = (opts.seed ^ 0x2d5e_c0d5) | 1;
    let fdrop = (f64::from(opts.feature_dropout.clamp(0.0, 1.0)) * 1000.0).round() as u64;
    let mut frng = (opts.seed ^ 0x7f4a_7c15_9e37_79b9) | 1;
    let mut kept: Vec<FeatureKey> = Vec::new();
    let mut scratch = NerScratch::default();
    let mut best: Option<NerTrained> = None;
    for it in 1..=opts.iterations.max(1) {
        sitrep_linear::shuffle(&mut order, &mut rng);
        let (mut right, mut seen) = (0usize, 0usize);
        for &di in &order {
            let words: Vec<Vec<&str>> = train[di].sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
            let refs: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
            scratch.begin_document(&refs);
            scratch.own_names.clone_from(&cx.own_names[di]);
            for (si, w) in refs.iter().enumerate() {
                if w.is_empty() {
                    scratch.vals.clear();
                } else {
                    scratch.prepare(w, cx.known, cx.clusters, cx.names, cx.places);
                }
                scratch.classes.clear();
                scratch.classes.extend_from_slice(&stage1[di][si]);
                scratch.keep_sentence(si);
            }
            scratch.second_stage_values(&refs, cx.label_hash, true);
            for (si, w) in refs.iter().enumerate() {
                if w.is_empty() {
                    continue;
                }
                let caps = is_caps_sentence(w);
                let g = &gold[di][si];
                let NerScratch { doc_vals, feats, fscores, classes, topic, .. } = &mut scratch;
                greedy(&doc_vals[si], caps, *topic, cx.label_hash, feats, classes, |i, f, prev| {
                    let guess = dropout_step(&mut trainer, f, g[i], prev, fdrop, &mut frng, &mut kept, fscores);
                    seen += 1;
                    right += usize::from(guess == g[i]);
                    guess
                });
            }
            progress(NerProgress::Document);
        }
        let body = Body { second: Some(trainer.average(opts.prune)), ..first_body.clone() };
        let header = Header {
            trained: format!(
                "{}; second stage: iteration {it} of {}, {} folds",
                first_header.trained, opts.iterations, opts.second_stage_folds
            ),
            ..first_header.clone()
        };
        let bytes = sitrep_linear::write_model(&header, &body)?;
        let model = NerModel::from_parts(header, body)?;
        let (features, weights) = model.size();
        let report = NerIterationReport {
            iteration: it,
            train_pct: if seen == 0 { 0.0 } else { 100.0 * right as f64 / seen as f64 },
            dev: evaluate_ner(&model, dev, cx.places),
            features,
            weights,
        };
        progress(NerProgress::Iteration(&report));
        if best.as_ref().is_none_or(|b| report.dev.prf(None).2 > b.best.dev.prf(None).2) {
            best = Some(NerTrained { bytes, best: report });
        }
    }
    best.ok_or_else(|| NerError::Data("no iteration ran".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(marked: &str) -> NerSentence {
        // "[PER Anna Berglund] visited [LOC Kessa] ."
        let mut s = NerSentence::default();
        let mut open: Option<(usize, NerType)> = None;
        for item in marked.split_whitespace() {
            if let Some(t) = item.strip_prefix('[') {
                open = Some((s.words.len(), NerType::parse(t).unwrap()));
                continue;
            }
            let (word, close) = match item.strip_suffix(']') {
                Some(w) => (w, true),
                None => (item, false),
            };
            s.words.push(word.to_string());
            if close {
                let (start, label) = open.take().unwrap();
                s.spans.push(NerSpan { start, end: s.words.len(), label });
            }
        }
        s
    }

    fn toy_corpus() -> Vec<NerDocument> {
        let docs = [
            vec![
                "[PER Anna Berglund] visited [LOC Kessa] on Monday .",
                "[PER Berglund] met officials of the [ORG Harbor Authority] .",
            ],
            vec![
                "The [ORG Kessa Shipping Company] said [PER Tomas Rehn] had resigned .",
                "[PER Rehn] left [LOC Port Hallin] by train .",
            ],
            vec![
                "Fishermen in [LOC Vestmark] spoke to [PER Ilse Marten] .",
                "The [MISC Norlandic] crews cheered [PER Marten] .",
                "[ORG Harbor Authority] officials watched from [LOC Kessa] .",
            ],
        ];
        docs.iter().map(|d| NerDocument { sentences: d.iter().map(|s| sentence(s)).collect() }).collect()
    }

    fn toy_model() -> (Vec<u8>, NerModel) {
        let corpus = toy_corpus();
        let opts = NerTrainOptions { iterations: 10, prune: 0.0, ..NerTrainOptions::default() };
        let trained =
            train_ner(&corpus, &corpus, &opts, None, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        let model = NerModel::from_bytes(&trained.bytes).unwrap();
        (trained.bytes, model)
    }

    #[test]
    fn bilou_round_trips_through_spans() {
        let s = sentence("[ORG Kessa Shipping Company] hired [PER Rehn] and [PER Anna Berglund] .");
        let classes = gold_classes(&s).unwrap();
        let mut spans = Vec::new();
        spans_of(&classes, &mut spans);
        assert_eq!(spans, s.spans);
        assert_eq!(
            iob2_tags(s.words.len(), &spans),
            ["B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "B-PER", "I-PER", "O"]
        );
    }

    #[test]
    fn impossible_successions_are_not_allowed() {
        let b_per = class(NerType::Per, B);
        assert!(allowed(None, b_per));
        assert!(!allowed(None, class(NerType::Per, I)));
        assert!(!allowed(Some(b_per), 0));
        assert!(allowed(Some(b_per), class(NerType::Per, L)));
        assert!(!allowed(Some(b_per), class(NerType::Org, L)));
        assert!(allowed(Some(class(NerType::Loc, U)), class(NerType::Org, B)));
    }

    #[test]
    fn overlapping_gold_is_refused() {
        let mut s = sentence("[PER Anna Berglund] left .");
        s.spans.push(NerSpan { start: 1, end: 2, label: NerType::Loc });
        assert!(gold_classes(&s).is_err());
        s.spans.truncate(1);
        s.spans.push(NerSpan { start: 2, end: 9, label: NerType::Loc });
        assert!(gold_classes(&s).is_err());
    }

    #[test]
    fn learns_its_training_documents() {
        let (_, model) = toy_model();
        let counts = evaluate_ner(&model, &toy_corpus(), None);
        let (tp, pred, gold) = counts.total();
        assert_eq!((tp, pred), (gold, gold), "{counts:?}");
    }

    #[test]
    fn a_damaged_stale_or_foreign_model_is_refused() {
        let (bytes, _) = toy_model();
        let mut flipped = bytes.clone();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0x40;
        let e = NerModel::from_bytes(&flipped).err().unwrap();
        assert!(e.to_string().contains("checksum"), "{e}");

        let mut stale = bytes.clone();
        stale[8..12].copy_from_slice(&(sitrep_linear::FORMAT_VERSION + 1).to_le_bytes());
        let e = NerModel::from_bytes(&stale).err().unwrap();
        assert!(e.to_string().contains(&format!("version {}", sitrep_linear::FORMAT_VERSION + 1)), "{e}");

        let e = NerModel::from_bytes(&bytes[..bytes.len() / 3]).err().unwrap();
        assert!(e.to_string().contains("truncated"), "{e}");

        let header = Header {
            kind: "tagger".into(),
            features: NER_FEATURES.into(),
            labels: vec![],
            data_sha256: [0; 32],
            trained: String::new(),
        };
        let e = NerModel::from_bytes(&sitrep_linear::write_model(&header, &0u8).unwrap()).err().unwrap();
        assert!(e.to_string().contains("`tagger`"), "{e}");

        let header = Header { kind: NER_KIND.into(), features: "ner-features/0".into(), ..header };
        let e = NerModel::from_bytes(&sitrep_linear::write_model(&header, &0u8).unwrap()).err().unwrap();
        assert!(e.to_string().contains("ner-features/0"), "{e}");
    }

    #[test]
    fn scores_count_exact_matches_only() {
        let gold = [NerSpan { start: 0, end: 2, label: NerType::Per }, NerSpan { start: 4, end: 5, label: NerType::Loc }];
        let pred = [NerSpan { start: 0, end: 2, label: NerType::Per }, NerSpan { start: 4, end: 6, label: NerType::Loc }];
        let mut c = NerCounts::default();
        c.add(&gold, &pred);
        assert_eq!(c.total(), (1, 2, 2));
        assert_eq!(c.prf(Some(NerType::Per)), (100.0, 100.0, 100.0));
    }

    #[test]
    fn capitalised_runs_see_their_first_and_last_words() {
        let words = ["Officials", "of", "the", "Kessa", "Shipping", "Company", "met", "Rehn", "."];
        let hash = |w: &str| value_hash(w.as_bytes());
        let known: KeyMap<()> = ["of", "the", "kessa", "company", "met", "."].iter().map(|w| (hash(w), ())).collect();
        let mut scratch = NerScratch::default();
        scratch.begin_document(&[&words]);
        scratch.prepare(&words, &known, &KeyMap::default(), &KeyMap::default(), None);
        let v = &scratch.vals[2..scratch.vals.len() - 2];
        let unknown = hash("\x01UNK");
        let runs: Vec<(u64, u64, u64)> = v.iter().map(|w| (w.run_first, w.run_last, w.run_pos)).collect();
        assert_eq!(runs[0], (unknown, unknown, 4), "a sentence-initial word is a run of its own");
        assert_eq!((v[4].run_before, v[4].run_after), (hash("the"), hash("met")));
        assert_eq!((v[7].run_before, v[7].run_after), (hash("met"), hash(".")));
        assert_eq!((v[1].run_before, v[1].run_after), (0, 0));
        assert_eq!(runs[1], (0, 0, 0));
        assert_eq!(runs[3], (hash("kessa"), hash("company"), 1));
        assert_eq!(runs[4], (hash("kessa"), hash("company"), 2));
        assert_eq!(runs[5], (hash("kessa"), hash("company"), 3));
        assert_eq!(runs[7], (unknown, unknown, 4), "an unknown name is one unknown word");
        assert_eq!(runs[8], (0, 0, 0));

        let headline = ["KESSA", "SHIPPING", "COMPANY", "WINS"];
        scratch.begin_document(&[&headline]);
        scratch.prepare(&headline, &known, &KeyMap::default(), &KeyMap::default(), None);
        assert!(scratch.vals.iter().all(|w| w.run_pos == 0), "no runs in a headline");
    }

    #[test]
    fn listed_names_are_found_and_a_training_document_does_not_see_its_own() {
        let corpus = toy_corpus();
        let opts = NerTrainOptions { name_lexicon: true, ..NerTrainOptions::default() };
        let (table, own) = name_lexicon_of(&corpus, &opts);
        let lexicon = table.to_map().unwrap();
        // "Harbor Authority" is an organisation in documents 1 and 3, "Kessa Shipping Company"
        // in document 2 only.
        let words = ["Kessa", "Shipping", "Company", "and", "Harbor", "Authority", "staff", "met", "Jan", "Rehn"];
        let mut scratch = NerScratch::default();
        scratch.begin_document(&[&words]);
        scratch.prepare(&words, &KeyMap::default(), &KeyMap::default(), &lexicon, None);
        let tags: Vec<u64> = scratch.vals[2..12].iter().map(|v| v.name_tag).collect();
        let org = |pos: u8| value_hash(&[b'N', pos, NerType::Org.index() as u8]);
        assert_eq!(tags[..7], [org(b'B'), org(b'I'), org(b'L'), 0, org(b'B'), org(b'L'), 0]);
        assert_eq!(tags[8], 0, "an unlisted first name");
        // "Rehn" closed a person's name ("Tomas Rehn") in document 2.
        assert_eq!(scratch.vals[11].name_part, value_hash(&[b'P', 1 << 4]));

        // Training on document 2: its own names are left out; what other documents list stays
        // (there, "Kessa" alone is a place).
        scratch.own_names.clone_from(&own[1]);
        scratch.begin_document(&[&words]);
        scratch.prepare(&words, &KeyMap::default(), &KeyMap::default(), &lexicon, None);
        let tags: Vec<u64> = scratch.vals[2..12].iter().map(|v| v.name_tag).collect();
        let loc_unit = value_hash(&[b'N', b'U', NerType::Loc.index() as u8]);
        assert_eq!(tags[..7], [loc_unit, 0, 0, 0, org(b'B'), org(b'L'), 0]);
        assert_eq!(scratch.vals[11].name_part, 0);

        // The lexicon travels in the model file.
        let opts = NerTrainOptions { iterations: 3, name_lexicon: true, ..NerTrainOptions::default() };
        let trained = train_ner(&corpus, &corpus, &opts, None, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        let model = NerModel::from_bytes(&trained.bytes).unwrap();
        assert_eq!(model.names.len(), table.len());
    }

    #[test]
    fn a_second_stage_is_trained_on_request_and_learns() {
        let (_, model) = toy_model();
        assert!(model.second.is_none());
        let two = NerTrainOptions { iterations: 10, prune: 0.0, second_stage_folds: 3, ..NerTrainOptions::default() };
        let corpus = toy_corpus();
        let trained = train_ner(&corpus, &corpus, &two, None, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        let model = NerModel::from_bytes(&trained.bytes).unwrap();
        assert!(model.second.is_some());
        let (tp, _, gold) = evaluate_ner(&model, &corpus, None).total();
        assert!(tp * 10 >= gold * 9, "{tp} of {gold}");
    }

    #[test]
    fn a_word_labelled_two_ways_makes_its_sentences_unsure() {
        let doc: [&[&str]; 3] = [&["Kessa", "won", "."], &["Officials", "left", "."], &["Fans", "in", "Kessa", "cheered", "."]];
        let classes = [
            vec![class(NerType::Org, U) as u16, 0, 0],
            vec![0, 0, 0],
            vec![0, 0, class(NerType::Loc, U) as u16, 0, 0],
        ];
        let mut scratch = NerScratch::default();
        scratch.begin_document(&doc);
        for (si, words) in doc.iter().enumerate() {
            scratch.prepare(words, &KeyMap::default(), &KeyMap::default(), &KeyMap::default(), None);
            scratch.classes.clone_from(&classes[si]);
            scratch.keep_sentence(si);
        }
        let label_hash: Vec<u64> = class_names().iter().map(|l| value_hash(l.as_bytes())).collect();
        scratch.second_stage_values(&doc, &label_hash, true);
        assert_eq!(scratch.unsure, [true, false, true]);
        assert_eq!((scratch.unsure_at[0], scratch.unsure_at[2]), ((0, 0), (2, 2)));
        let kessa = &scratch.doc_vals[2][4];
        assert_eq!(kessa.doc_kinds, 2);
        assert_eq!(kessa.s1, label_hash[class(NerType::Loc, U)]);
        assert_eq!(scratch.doc_vals[0][2].doc_major, kessa.doc_major, "one majority for every occurrence");
    }

    #[test]
    fn the_second_stage_retags_a_window_only() {
        let vals = vec![WordValues::default(); 7 + 4];
        let (b_org, l_org, u_per, u_loc) =
            (class(NerType::Org, B) as u16, class(NerType::Org, L) as u16, class(NerType::Per, U) as u16, class(NerType::Loc, U) as u16);
        let first = [0, b_org, l_org, 0, u_per, 0, 0];
        let label_hash: Vec<u64> = class_names().iter().map(|l| value_hash(l.as_bytes())).collect();
        let (mut feats, mut out, mut asked) = (Vec::new(), Vec::new(), 0);
        window_greedy(&vals, &first, 4, 4, false, 0, &label_hash, &mut feats, &mut out, |_, _| {
            asked += 1;
            if asked == 2 {
                u_loc
            } else {
                0
            }
        });
        assert_eq!(out, [0, b_org, l_org, 0, u_loc, 0, 0]);
        assert_eq!(asked, 3, "words 3 to 5: the one before, the unsure one, the first agreeing one after");

        // A window that would start inside a name starts at the name.
        let i_org = class(NerType::Org, I) as u16;
        let first = [0, b_org, i_org, l_org, 0];
        asked = 0;
        window_greedy(&vals[..5 + 4], &first, 3, 3, false, 0, &label_hash, &mut feats, &mut out, |_, _| {
            asked += 1;
            [0, b_org, i_org, l_org].get(asked).copied().unwrap_or(0)
        });
        assert_eq!(out, first);
        assert_eq!(asked, 4, "words 1 to 4");
    }

    #[test]
    fn feature_dropout_is_reproducible_and_still_learns() {
        let corpus = toy_corpus();
        let opts = NerTrainOptions { iterations: 10, prune: 0.0, feature_dropout: 0.2, ..NerTrainOptions::default() };
        let train = || train_ner(&corpus, &corpus, &opts, None, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        let (a, b) = (train(), train());
        assert_eq!(a.bytes, b.bytes);
        let model = NerModel::from_bytes(&a.bytes).unwrap();
        let (tp, _, gold) = evaluate_ner(&model, &corpus, None).total();
        assert!(tp * 10 >= gold * 9, "{tp} of {gold}");
        let plain = NerTrainOptions { feature_dropout: 0.0, ..opts.clone() };
        let c = train_ner(&corpus, &corpus, &plain, None, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        assert_ne!(a.bytes, c.bytes);
    }

    #[test]
    fn an_ensemble_of_perceptrons_is_reproducible_and_learns() {
        let corpus = toy_corpus();
        let opts = NerTrainOptions { iterations: 10, prune: 0.0, feature_dropout: 0.2, members: 3, ..NerTrainOptions::default() };
        let train = |o: &NerTrainOptions| train_ner(&corpus, &corpus, o, None, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        let (a, b) = (train(&opts), train(&opts));
        assert_eq!(a.bytes, b.bytes);
        let model = NerModel::from_bytes(&a.bytes).unwrap();
        assert!(model.header().trained.contains("3 members"), "{}", model.header().trained);
        let (tp, _, gold) = evaluate_ner(&model, &corpus, None).total();
        assert!(tp * 10 >= gold * 9, "{tp} of {gold}");
        let single = train(&NerTrainOptions { members: 1, ..opts.clone() });
        assert_ne!(a.bytes, single.bytes);
        let single = NerModel::from_bytes(&single.bytes).unwrap();
        assert!(!single.header().trained.contains("members"), "one member is trained as before");
    }

    #[test]
    fn capitalisation_classes() {
        assert!(cap_of("Kessa") == Cap::Title);
        assert!(cap_of("KESSA") == Cap::Upper);
        assert!(cap_of("McDonald") == Cap::Mixed);
        assert!(cap_of("harbor") == Cap::Lower);
        assert!(cap_of("1996") == Cap::Other);
        assert!(is_caps_sentence(&["SOCCER", "-", "KESSA", "WIN", "AGAIN"]));
        assert!(!is_caps_sentence(&["Kessa", "won", "again"]));
    }

    #[cfg(not(sitrep_no_ner))]
    #[test]
    fn the_embedded_model_finds_a_person_an_organisation_and_a_place() {
        let model = NerModel::embedded().unwrap();
        let words = [
            "Commander", "Ilse", "Marten", "of", "the", "Norlandic", "Coast", "Guard", "told", "Reuters",
            "in", "Kessa", "that", "the", "ferries", "had", "left", "Berlin", ".",
        ];
        let spans = model.tag_document(&[&words], None, &mut NerScratch::default()).remove(0);
        let found = |label: NerType, text: &str| {
            spans.iter().any(|s| s.label == label && words[s.start..s.end].join(" ") == text)
        };
        assert!(found(NerType::Per, "Ilse Marten"), "{spans:?}");
        assert!(found(NerType::Org, "Reuters"), "{spans:?}");
        assert!(found(NerType::Loc, "Berlin"), "{spans:?}");
    }
}
