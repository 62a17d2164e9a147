//! The dependency parser: a greedy, transition-based, labeled parser (arc-hybrid) scored by an
//! averaged perceptron and trained with a dynamic oracle, shipped as `models/parser.bin`.
//!
//! **Transitions.** Arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta 2011): a stack that starts
//! with the artificial root, a buffer of the words, and three kinds of moves: SHIFT (push the
//! first buffer word), LEFT-l (the first buffer word becomes the head of the stack top, which is
//! popped) and RIGHT-l (the word under the stack top becomes its head; the top is popped). One
//! classifier scores SHIFT and every labeled LEFT and RIGHT. The arc to the artificial root is
//! made only once the buffer is empty and one word is left on the stack, always with `root`: so
//! every parse is a tree with exactly one root, as UD requires.
//!
//! **Dynamic oracle.** Arc-hybrid is arc-decomposable, so the cost of a move (the gold arcs it
//! makes unreachable) is counted directly from the stack and the buffer (Goldberg and Nivre
//! 2013). Training follows the highest-scoring zero-cost move, and from the second pass on it
//! follows its own wrong prediction nine times in ten, so the weights learn to recover from
//! their own mistakes (error exploration).
//!
//! **Non-projective sentences** cannot be built by arc-hybrid. Training trees are projectivized
//! by lifting: a non-projective arc is re-attached to its head's head, shortest arc first, until
//! the tree is projective; labels are kept and no lifting is encoded, so the parser never predicts
//! a non-projective arc, and no training sentence is skipped for having one (in EWT train, 288 of
//! 12,544 sentences needed 392 lifts in all: about 0.2% of the arcs).
//!
//! **Features** are those of Zhang and Nivre (2011), moved to arc-hybrid positions: words and tags
//! of the top three stack items and the first three buffer words, their pairs and triples; the
//! left- and right-most two children of the stack top, the left-most two of the first buffer
//! word and the left- and right-most children of the second stack item, with their labels;
//! distances; valencies (left and right child counts) and the sets of labels already attached to
//! a word. A word is its lower-cased form, a tag is the tagger's "UPOS|XPOS" pair; every value is
//! hashed once per sentence ([`sitrep_linear::FeatureKey`]). To these, **word clusters** (Koo,
//! Carreras and Collins 2008): 6- and 20-bit prefixes of the cluster paths of the stack top and the
//! first buffer word, 6 bits of the second stack item and the second buffer word, and four pairs
//! mixing them with each other and with tags. The clusters are the tagger's
//! ([`ParserOptions::clusters`]), copied into the parser's model so that it stands alone.
//!
//! The tags come from the tagger: at test time they are predicted, so training uses tags
//! predicted by taggers trained on the other parts of the training data (jackknifing, done by
//! `sitrep train parser`), not the gold tags.
//!
//! **Speed.** Parsing is memory-bound: each step looks up ~110 features in a model of about
//! 30 MB once loaded, larger than the cache. [`Model`] finds and sums their rows in sweeps that
//! prefetch what the next sweep reads, and [`ParserModel::parse_batch_into`] parses the sentences
//! of a document side by side ([`LANES`]), so that the sweeps of several run together (measured
//! neutral on this machine: the gain came from the sweeps). The templates that read one word of
//! the configuration only (its values, children, valency and label sets) are summed per role
//! and word and kept while that word holds its role and receives no dependent ([`RoleCache`]),
//! which spares about a fifth of the lookups. None of this changes a score: the weights are
//! integers, summed in any order to the same total.
//!
//! **Mean of runs.** [`ParserOptions::runs`] perceptrons, trained on differently shuffled data,
//! can be averaged into one model (weights only one run learned are halved, and pruned more
//! often): two runs are level with one on dev in a smaller model, three gain 0.3 LAS on dev
//! (not shipped yet: docs/BENCHMARKS.md). Splitting the classifier into a move model and a
//! labeler was measured too (1.5x faster, 0.9 LAS worse) and left out.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use sitrep_doc::{Doc, Error as DocError, Stage, Syntax};
use sitrep_linear::{value_hash, CompactModel, FeatureKey, Header, KeyMap, Model, RowRef, Trainer};

use crate::clusters::{self, ClusterTable};

use crate::tagger::{sentence_ranges, Scratch as TagScratch, TaggerModel};

/// The kind recorded in the model file header.
pub const PARSER_KIND: &str = "parser";

/// The feature templates this build extracts; a model trained with others is refused.
/// Change the string whenever [`features`], [`Prepared`] or the transition system changes.
pub const PARSER_FEATURES: &str = "parser-features/2: arc-hybrid single-root lower-form upos|xpos \
zhang-nivre-2011 s0-2 b0-2 s0l1-2 s0r1-2 b0l1-2 s1r1 s1l1 dist5 valency labelsets \
clusters6,20 s0 b0 s1 b1 s0b0 s0c20b0t s0tb0c20 s1s0";

/// The label the arc to the artificial root always gets.
pub const ROOT_LABEL: &str = "root";

#[cfg(not(sitrep_no_parser))]
const EMBEDDED: Option<&[u8]> =
    Some(include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/parser.bin")));
#[cfg(sitrep_no_parser)]
const EMBEDDED: Option<&[u8]> = None;

/// Errors of the parser: a model that cannot be used, or training data that cannot be.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParserError {
    /// (Not a `#[source]`: the message already carries it, and `{:#}` would print it twice.)
    #[error("parser model: {0}")]
    Model(sitrep_linear::Error),
    #[error("this build has no embedded parser model (train one with `sitrep train parser --out models/parser.bin` and rebuild)")]
    NotEmbedded,
    #[error("the embedded parser model cannot be loaded: {0}")]
    Embedded(String),
    #[error("training data: {0}")]
    Data(String),
    #[error(transparent)]
    Tagger(#[from] crate::TaggerError),
}

impl From<sitrep_linear::Error> for ParserError {
    fn from(e: sitrep_linear::Error) -> ParserError {
        ParserError::Model(e)
    }
}

/// One sentence of a treebank with its tree: heads are 1-based word numbers, 0 for the root.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreeSentence {
    pub forms: Vec<String>,
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub heads: Vec<usize>,
    pub deprels: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Projectivity

/// True when `d` lies under `h` (or is `h`) in the tree `heads` (index 0 is the root; word `i`
/// is `heads[i - 1]`'s dependent).
fn dominates(heads: &[usize], h: usize, mut d: usize) -> bool {
    for _ in 0..=heads.len() {
        if d == h {
            return true;
        }
        if d == 0 {
            return false;
        }
        d = heads[d - 1];
    }
    false
}

/// The word (1-based) of the shortest non-projective arc, if any.
fn shortest_nonprojective(heads: &[usize]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for d in 1..=heads.len() {
        let h = heads[d - 1];
        let (a, b) = (h.min(d), h.max(d));
        if best.is_some_and(|(len, _)| b - a >= len) {
            continue;
        }
        if (a + 1..b).any(|k| !dominates(heads, h, k)) {
            best = Some((b - a, d));
        }
    }
    best.map(|(_, d)| d)
}

/// True when no arc of the tree crosses another (with the root at position 0).
pub fn is_projective(heads: &[usize]) -> bool {
    shortest_nonprojective(heads).is_none()
}

/// Lifts non-projective arcs to the head's head, shortest first, until the tree is projective;
/// returns the number of lifts. A malformed tree (a cycle, a head out of range) is left as far as
/// it got.
pub fn projectivize(heads: &mut [usize]) -> usize {
    let mut lifts = 0;
    while lifts <= heads.len() * heads.len() {
        let Some(d) = shortest_nonprojective(heads) else { break };
        let h = heads[d - 1];
        if h == 0 || h > heads.len() {
            break;
        }
        heads[d - 1] = heads[h - 1];
        lifts += 1;
    }
    lifts
}

// ---------------------------------------------------------------------------------------------
// The transition system

const SHIFT: usize = 0;

/// The parser configuration. Positions: 0 is the root, 1..=n the words, n+1 "nothing".
#[derive(Default)]
struct State {
    n: u32,
    stack: Vec<u32>,
    /// The first buffer word; `n + 1` when the buffer is empty.
    b: u32,
    head: Vec<u32>,
    label: Vec<u16>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
    /// How many dependents each position has received so far: every feature of a word's
    /// children, valency and label sets changes only when this does (see [`RoleCache`]).
    arcs_in: Vec<u32>,
}

const NO_LABEL: u16 = u16::MAX;

impl State {
    fn init(&mut self, n: usize) {
        let n = n as u32;
        let none = n + 1;
        let len = n as usize + 2;
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        for v in [&mut self.head, &mut self.lc1, &mut self.lc2, &mut self.rc1, &mut self.rc2] {
            v.clear();
            v.resize(len, none);
        }
        self.label.clear();
        self.label.resize(len, NO_LABEL);
        for v in [&mut self.nl, &mut self.nr] {
            v.clear();
            v.resize(len, 0);
        }
        for v in [&mut self.lset, &mut self.rset] {
            v.clear();
            v.resize(len, 0);
        }
        self.arcs_in.clear();
        self.arcs_in.resize(len, 0);
    }

    #[inline]
    fn none(&self) -> u32 {
        self.n + 1
    }
    /// The i-th item from the stack top, or "nothing".
    #[inline]
    fn s(&self, i: usize) -> u32 {
        let len = self.stack.len();
        if i < len {
            self.stack[len - 1 - i]
        } else {
            self.none()
        }
    }
    /// The i-th buffer word, or "nothing".
    #[inline]
    fn bw(&self, i: u32) -> u32 {
        let p = self.b + i;
        if p <= self.n {
            p
        } else {
            self.none()
        }
    }
    #[inline]
    fn buffer_empty(&self) -> bool {
        self.b > self.n
    }
    #[inline]
    fn terminal(&self) -> bool {
        self.buffer_empty() && self.stack.len() == 1
    }
    /// (SHIFT, LEFT, RIGHT) allowed. The arc to the root is not among them (it is forced).
    #[inline]
    fn allowed(&self) -> (bool, bool, bool) {
        let full = !self.buffer_empty();
        (full, full && self.stack.len() >= 2, self.stack.len() >= 3)
    }

    fn add_arc(&mut self, h: u32, d: u32, l: u16) {
        let (hu, du) = (h as usize, d as usize);
        self.arcs_in[hu] = self.arcs_in[hu].wrapping_add(1);
        self.head[du] = h;
        self.label[du] = l;
        let bit = 1u64 << u32::from(l).min(63);
        let none = self.none();
        if d < h {
            self.nl[hu] = self.nl[hu].saturating_add(1);
            self.lset[hu] |= bit;
            // `none` is larger than every word, so "smaller" works without a special case.
            if d < self.lc1[hu] {
                self.lc2[hu] = self.lc1[hu];
                self.lc1[hu] = d;
            } else if d < self.lc2[hu] {
                self.lc2[hu] = d;
            }
        } else {
            self.nr[hu] = self.nr[hu].saturating_add(1);
            self.rset[hu] |= bit;
            if self.rc1[hu] == none || d > self.rc1[hu] {
                self.rc2[hu] = self.rc1[hu];
                self.rc1[hu] = d;
            } else if self.rc2[hu] == none || d > self.rc2[hu] {
                self.rc2[hu] = d;
            }
        }
    }

    /// Applies a move given as a class (see [`Classes`]). The caller checks it is allowed.
    fn apply(&mut self, class: usize, n_labels: usize) {
        if class == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
        } else if class <= n_labels {
            if let Some(d) = self.stack.pop() {
                self.add_arc(self.b, d, (class - 1) as u16);
            }
        } else if let Some(d) = self.stack.pop() {
            let h = self.s(0);
            self.add_arc(h, d, (class - 1 - n_labels) as u16);
        }
    }

    /// Makes the moves that need no choice (SHIFT when nothing else is allowed, the arc to the
    /// root at the end); true when a move is to be chosen, false when the parse is finished.
    fn advance_to_choice(&mut self, n_labels: usize) -> bool {
        while !self.terminal() {
            match self.allowed() {
                (false, false, false) => self.attach_root(n_labels as u16),
                (true, false, false) => self.apply(SHIFT, n_labels),
                _ => return true,
            }
        }
        false
    }

    /// The forced last move: the one word left on the stack goes under the root.
    fn attach_root(&mut self, root_label: u16) {
        if let Some(d) = self.stack.pop() {
            self.add_arc(0, d, root_label);
        }
    }
}

/// Classes: 0 is SHIFT, `1 + l` is LEFT-l and `1 + L + l` is RIGHT-l for the L labels.
fn n_classes(n_labels: usize) -> usize {
    1 + 2 * n_labels
}

/// The cost of every allowed move against a projective gold tree (`gold[d]` the head of
/// position d, `glabel[d]` its label index): the number of gold arcs it makes unreachable. A
/// move that is not allowed costs `i32::MAX`.
fn costs(st: &State, gold: &[u32], glabel: &[u16], n_labels: usize, out: &mut Vec<i32>) {
    out.clear();
    out.resize(n_classes(n_labels), i32::MAX);
    let (shift, left, right) = st.allowed();
    let s0 = st.s(0);
    let in_buffer = |k: u32| k >= st.b && k <= st.n;
    if shift {
        let b0 = st.b;
        let mut c = 0;
        for &k in &st.stack {
            c += i32::from(k != 0 && gold[k as usize] == b0);
            c += i32::from(k != s0 && gold[b0 as usize] == k);
        }
        out[SHIFT] = c;
    }
    if left || right {
        let deps_in_buffer = (st.b..=st.n).filter(|&k| gold[k as usize] == s0).count() as i32;
        let h = gold[s0 as usize];
        let gl = glabel[s0 as usize];
        if left {
            let s1 = st.s(1);
            let c = deps_in_buffer + i32::from(h != st.b && (h == s1 || in_buffer(h)));
            for l in 0..n_labels {
                out[1 + l] = c + i32::from(h == st.b && l as u16 != gl);
            }
        }
        if right {
            let s1 = st.s(1);
            let c = deps_in_buffer + i32::from(in_buffer(h));
            for l in 0..n_labels {
                out[1 + n_labels + l] = c + i32::from(h == s1 && l as u16 != gl);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Features

/// The hashed values of the words of one sentence: index 0 the root, n+1 "nothing".
#[derive(Default)]
struct Prepared {
    w: Vec<u64>,
    t: Vec<u64>,
    wt: Vec<u64>,
    /// The 6- and 20-bit prefixes of each word's cluster path (see [`clusters::prefix`]).
    c6: Vec<u64>,
    c20: Vec<u64>,
}

fn prepare(
    p: &mut Prepared,
    words: &[&str],
    upos: &[&str],
    xpos: &[&str],
    cluster_map: &KeyMap<u64>,
    lower: &mut String,
) {
    p.w.clear();
    p.t.clear();
    p.wt.clear();
    p.c6.clear();
    p.c20.clear();
    let root = value_hash(b"\x02ROOT");
    let none = value_hash(b"\x03NONE");
    p.w.push(root);
    p.t.push(root);
    p.c6.push(root);
    p.c20.push(root);
    for (i, word) in words.iter().enumerate() {
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        p.w.push(value_hash(lower.as_bytes()));
        let path = cluster_map
            .get(&value_hash(word.as_bytes()))
            .or_else(|| cluster_map.get(p.w.last().unwrap_or(&0)))
            .copied()
            .unwrap_or(0);
        p.c6.push(clusters::prefix(path, 6));
        p.c20.push(clusters::prefix(path, 20));
        let u = upos.get(i).copied().unwrap_or("_");
        let x = xpos.get(i).copied().unwrap_or("_");
        p.t.push(FeatureKey::with2(0, value_hash(u.as_bytes()), value_hash(x.as_bytes())).0);
    }
    p.w.push(none);
    p.t.push(none);
    p.c6.push(none);
    p.c20.push(none);
    p.wt.extend(p.w.iter().zip(&p.t).map(|(&w, &t)| FeatureKey::with2(1, w, t).0));
}

fn dist(a: u32, b: u32) -> u64 {
    match b.abs_diff(a) {
        d @ 0..=4 => u64::from(d),
        5..=6 => 5,
        7..=10 => 7,
        _ => 11,
    }
}

/// The features of a configuration.
fn features(st: &State, p: &Prepared, label_hash: &[u64], out: &mut Vec<FeatureKey>) {
    use FeatureKey as F;
    let none = st.none();
    let (s0, s1, s2) = (st.s(0) as usize, st.s(1) as usize, st.s(2) as usize);
    let (b0, b1, b2) = (st.bw(0) as usize, st.bw(1) as usize, st.bw(2) as usize);
    let (s0l1, s0l2, s0r1, s0r2) =
        (st.lc1[s0] as usize, st.lc2[s0] as usize, st.rc1[s0] as usize, st.rc2[s0] as usize);
    let (b0l1, b0l2) = (st.lc1[b0] as usize, st.lc2[b0] as usize);
    let (s1r1, s1l1) = (st.rc1[s1] as usize, st.lc1[s1] as usize);
    let lab = |x: usize| -> u64 {
        label_hash.get(usize::from(st.label[x])).copied().unwrap_or(0x5eed)
    };
    let (w, t, wt) = (&p.w, &p.t, &p.wt);
    let d0 = if b0 as u32 == none || s0 == 0 { 0 } else { dist(s0 as u32, b0 as u32) };
    let d1 = if s1 as u32 == none || s1 == 0 { 0 } else { dist(s1 as u32, s0 as u32) };
    out.clear();
    out.extend_from_slice(&[
        F::new(0),
        // Single items.
        F::with(1, w[s0]),
        F::with(2, t[s0]),
        F::with(3, wt[s0]),
        F::with(4, w[s1]),
        F::with(5, t[s1]),
        F::with(6, wt[s1]),
        F::with(7, w[b0]),
        F::with(8, t[b0]),
        F::with(9, wt[b0]),
        F::with(10, w[b1]),
        F::with(11, t[b1]),
        F::with(12, wt[b1]),
        F::with(13, w[b2]),
        F::with(14, t[b2]),
        F::with(15, t[s2]),
        F::with(16, w[s2]),
        // Pairs.
        F::with2(17, wt[s0], wt[b0]),
        F::with2(18, wt[s0], w[b0]),
        F::with2(19, w[s0], wt[b0]),
        F::with2(20, wt[s0], t[b0]),
        F::with2(21, t[s0], wt[b0]),
        F::with2(22, w[s0], w[b0]),
        F::with2(23, t[s0], t[b0]),
        F::with2(24, t[b0], t[b1]),
        F::with2(25, t[s1], t[s0]),
        F::with2(26, w[s1], w[s0]),
        F::with2(27, wt[s1], t[s0]),
        F::with2(28, t[s1], wt[s0]),
        F::with2(29, wt[s1], wt[s0]),
        F::with2(30, t[s1], t[b0]),
        F::with2(31, w[s0], t[b1]),
        // Triples.
        F::with3(32, t[b0], t[b1], t[b2]),
        F::with3(33, t[s0], t[b0], t[b1]),
        F::with3(34, t[s1], t[s0], t[b0]),
        F::with3(35, t[s2], t[s1], t[s0]),
        F::with3(36, t[s0], t[s0l1], t[b0]),
        F::with3(37, t[s0], t[s0r1], t[b0]),
        F::with3(38, t[s0], t[b0], t[b0l1]),
        F::with3(39, t[s1], t[s0], t[s0l1]),
        F::with3(40, t[s1], t[s0], t[s0r1]),
        F::with3(41, t[s1], t[s1r1], t[s0]),
        F::with3(42, t[s0], t[s0l1], t[s0l2]),
        F::with3(43, t[s0], t[s0r1], t[s0r2]),
        F::with3(44, t[b0], t[b0l1], t[b0l2]),
        F::with3(45, t[s1], t[s1l1], t[s0]),
        F::with3(46, w[s1], t[s0], t[b0]),
        F::with3(47, t[s1], w[s0], t[b0]),
        // Distances.
        F::with2(48, w[s0], d0),
        F::with2(49, t[s0], d0),
        F::with2(50, w[b0], d0),
        F::with2(51, t[b0], d0),
        F::with3(52, t[s0], t[b0], d0),
        F::with3(53, w[s0], w[b0], d0),
        F::with2(54, w[s1], d1),
        F::with2(55, t[s1], d1),
        F::with2(56, w[s0], d1),
        F::with2(57, t[s0], d1),
        F::with3(58, t[s1], t[s0], d1),
        F::with3(59, w[s1], w[s0], d1),
        // Valencies.
        F::with2(60, w[s0], u64::from(st.nr[s0])),
        F::with2(61, t[s0], u64::from(st.nr[s0])),
        F::with2(62, w[s0], u64::from(st.nl[s0])),
        F::with2(63, t[s0], u64::from(st.nl[s0])),
        F::with2(64, w[b0], u64::from(st.nl[b0])),
        F::with2(65, t[b0], u64::from(st.nl[b0])),
        F::with2(66, w[s1], u64::from(st.nr[s1])),
        F::with2(67, t[s1], u64::from(st.nr[s1])),
        F::with2(68, t[s1], u64::from(st.nl[s1])),
        // Children.
        F::with(69, w[s0l1]),
        F::with(70, t[s0l1]),
        F::with(71, lab(s0l1)),
        F::with(72, w[s0r1]),
        F::with(73, t[s0r1]),
        F::with(74, lab(s0r1)),
        F::with(75, w[b0l1]),
        F::with(76, t[b0l1]),
        F::with(77, lab(b0l1)),
        F::with(78, w[s1r1]),
        F::with(79, t[s1r1]),
        F::with(80, lab(s1r1)),
        F::with(81, w[s0l2]),
        F::with(82, t[s0l2]),
        F::with(83, lab(s0l2)),
        F::with(84, w[s0r2]),
        F::with(85, t[s0r2]),
        F::with(86, lab(s0r2)),
        F::with(87, t[b0l2]),
        F::with(88, lab(b0l2)),
        F::with3(89, t[s0], lab(s0l1), lab(s0l2)),
        F::with3(90, t[s0], lab(s0r1), lab(s0r2)),
        F::with3(91, t[b0], lab(b0l1), lab(b0l2)),
        F::with(92, t[s1l1]),
        F::with(93, lab(s1l1)),
        // Label sets.
        F::with2(94, w[s0], st.rset[s0]),
        F::with2(95, t[s0], st.rset[s0]),
        F::with2(96, w[s0], st.lset[s0]),
        F::with2(97, t[s0], st.lset[s0]),
        F::with2(98, w[b0], st.lset[b0]),
        F::with2(99, t[b0], st.lset[b0]),
        F::with2(100, t[s1], st.rset[s1]),
        // Word clusters.
        F::with(101, p.c6[s0]),
        F::with(102, p.c20[s0]),
        F::with(103, p.c6[b0]),
        F::with(104, p.c20[b0]),
        F::with(105, p.c6[s1]),
        F::with(106, p.c6[b1]),
        F::with2(107, p.c6[s0], p.c6[b0]),
        F::with2(108, p.c20[s0], t[b0]),
        F::with2(109, t[s0], p.c20[b0]),
        F::with2(110, p.c6[s1], p.c6[s0]),
    ]);
}

/// The number of templates [`features`] extracts; the feature of template `i` is its `i`-th.
const N_TEMPLATES: usize = 111;

/// The templates of [`features`] that depend on one word of the configuration only: its own
/// values, its children, valency and label sets (and, for the first buffer word, the two words
/// after it, which follow from its position). Their summed scores stay the same while that word
/// keeps its role and receives no dependent, which often lasts several steps: the first buffer
/// word stays through every RIGHT move, the second stack item becomes the top again after a LEFT
/// move, and so on. [`RoleCache`] keeps these sums. In the order s0, b0, s1, s2.
const ROLE_TEMPLATES: [&[u8]; N_ROLES] = [
    // s0
    &[1, 2, 3, 42, 43, 60, 61, 62, 63, 69, 70, 71, 72, 73, 74, 81, 82, 83, 84, 85, 86, 89, 90, 94, 95, 96, 97, 101, 102],
    // b0 (with b1 and b2)
    &[7, 8, 9, 10, 11, 12, 13, 14, 24, 32, 44, 64, 65, 75, 76, 77, 87, 88, 91, 98, 99, 103, 104, 106],
    // s1
    &[4, 5, 6, 66, 67, 68, 78, 79, 80, 92, 93, 100, 105],
    // s2 (never receives a dependent while it is s2: only its words count)
    &[15, 16],
];
const N_ROLES: usize = 4;

/// For each template of [`features`], the role of [`ROLE_TEMPLATES`] it belongs to, or
/// [`N_ROLES`] for the templates that mix words of several roles (scored at every step).
const TEMPLATE_ROLE: [u8; N_TEMPLATES] = {
    let mut out = [N_ROLES as u8; N_TEMPLATES];
    let mut r = 0;
    while r < N_ROLES {
        let mut k = 0;
        while k < ROLE_TEMPLATES[r].len() {
            out[ROLE_TEMPLATES[r][k] as usize] = r as u8;
            k += 1;
        }
        r += 1;
    }
    out
};

/// The word of each role in a configuration, and its version: the number of dependents it has
/// received (0 for s2, whose templates read no dependent).
fn role_words(st: &State) -> [(u32, u32); N_ROLES] {
    let version = |x: u32| st.arcs_in.get(x as usize).copied().unwrap_or(0);
    let (s0, b0, s1) = (st.s(0), st.bw(0), st.s(1));
    [(s0, version(s0)), (b0, version(b0)), (s1, version(s1)), (st.s(2), 0)]
}

/// The summed scores of each role's templates ([`ROLE_TEMPLATES`]) for the words of one
/// sentence, kept while the word's version is the same: the same integers as looking the
/// features up again, so the same parse, with about a fifth fewer lookups (counted on EWT
/// test: 19% of them).
#[derive(Default)]
struct RoleCache {
    /// Positions per role (the sentence's words, the root and "nothing").
    stride: usize,
    n_classes: usize,
    /// Per (role, position): the version the sums were taken at, plus one (0: none yet).
    versions: Vec<u32>,
    sums: Vec<i32>,
}

impl RoleCache {
    fn init(&mut self, positions: usize, n_classes: usize) {
        (self.stride, self.n_classes) = (positions, n_classes);
        self.versions.clear();
        self.versions.resize(N_ROLES * positions, 0);
        if self.sums.len() < N_ROLES * positions * n_classes {
            self.sums.resize(N_ROLES * positions * n_classes, 0);
        }
    }
    /// The entry of `word` in `role`.
    fn entry(&self, role: usize, word: u32) -> usize {
        role * self.stride + (word as usize).min(self.stride.saturating_sub(1))
    }
    fn holds(&self, entry: usize, version: u32) -> bool {
        self.versions.get(entry) == Some(&version.wrapping_add(1))
    }
    fn sums(&self, entry: usize) -> &[i32] {
        self.sums.get(entry * self.n_classes..(entry + 1) * self.n_classes).unwrap_or(&[])
    }
    /// The sums of an entry, to be filled anew for `version`.
    fn refill(&mut self, entry: usize, version: u32) -> &mut [i32] {
        if let Some(v) = self.versions.get_mut(entry) {
            *v = version.wrapping_add(1);
        }
        let sums = self.sums.get_mut(entry * self.n_classes..(entry + 1) * self.n_classes).unwrap_or(&mut []);
        sums.fill(0);
        sums
    }
}

/// The best allowed class by `score`, among those `keep` accepts.
#[inline]
fn best_class<S: PartialOrd + Copy>(
    scores: &[S],
    n_labels: usize,
    (shift, left, right): (bool, bool, bool),
    keep: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, S)> = None;
    let mut consider = |c: usize| {
        if keep(c) && best.map_or(true, |(_, s)| scores[c] > s) {
            best = Some((c, scores[c]));
        }
    };
    if shift {
        consider(SHIFT);
    }
    if left {
        (1..=n_labels).for_each(&mut consider);
    }
    if right {
        (1 + n_labels..1 + 2 * n_labels).for_each(&mut consider);
    }
    best.map(|(c, _)| c)
}

// ---------------------------------------------------------------------------------------------
// The model

#[derive(Serialize, Deserialize)]
struct Body {
    weights: CompactModel,
    /// The word clusters of the tagger the parser was trained with (see [`ParserOptions`]).
    clusters: ClusterTable,
}

/// A loaded parser model.
pub struct ParserModel {
    header: Header,
    model: Model,
    /// Arc labels in class order, then [`ROOT_LABEL`].
    labels: Vec<String>,
    label_hash: Vec<u64>,
    cluster_map: KeyMap<u64>,
}

/// Reusable buffers for parsing.
#[derive(Default)]
pub struct ParseScratch {
    prepared: Prepared,
    state: State,
    feats: Vec<FeatureKey>,
    scores: Vec<i32>,
    fscores: Vec<f32>,
    costs: Vec<i32>,
    lower: String,
    lanes: Vec<Lane>,
}

/// One tagged sentence to parse: its words and their tags (missing tags count as `_`).
#[derive(Clone, Copy, Debug)]
pub struct TaggedWords<'a> {
    pub words: &'a [&'a str],
    pub upos: &'a [&'a str],
    pub xpos: &'a [&'a str],
}

/// Sentences parsed side by side by [`ParserModel::parse_batch_into`]. Each step of a sentence
/// waits on memory (about two cache misses per feature), and one sentence's steps depend on
/// each other; different sentences' steps do not, so with several in flight the misses of one
/// can be served while the others compute. On the shared machine this was measured on, 1, 4 and
/// 8 lanes parsed equally fast within noise (docs/BENCHMARKS.md, session 5): the prefetching
/// sweeps of [`Model`] already overlap the misses of one step's ~110 features.
const LANES: usize = 4;

/// One sentence in flight in [`ParserModel::parse_batch_into`].
#[derive(Default)]
struct Lane {
    /// Whether a sentence is in flight in this lane.
    busy: bool,
    /// The sentence's number in the batch.
    sentence: usize,
    /// Where its arcs go in the output.
    out_at: usize,
    prepared: Prepared,
    state: State,
    feats: Vec<FeatureKey>,
    /// The features of the step to look up: the mixed templates, then the roles not in `cache`.
    lookup: Vec<FeatureKey>,
    /// The roles being summed anew: their entry in `cache`, the version of their word, and
    /// where their rows start and end in `rows` (the mixed templates' rows come first).
    refills: Vec<(usize, u32, usize, usize)>,
    /// The entries of `cache` whose sums the step adds.
    entries: [usize; N_ROLES],
    rows: Vec<RowRef>,
    cache: RoleCache,
}

/// One parsed word: the 1-based head (0 for the root) and the label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arc<'m> {
    pub head: usize,
    pub deprel: &'m str,
}

fn label_hashes(labels: &[String]) -> Vec<u64> {
    labels.iter().map(|l| value_hash(l.as_bytes())).collect()
}

impl ParserModel {
    /// Reads a model file, refusing a foreign, stale, damaged or inconsistent one.
    pub fn from_bytes(bytes: &[u8]) -> Result<ParserModel, ParserError> {
        let (header, body): (Header, Body) = sitrep_linear::read_model(bytes, PARSER_KIND, PARSER_FEATURES)?;
        ParserModel::from_parts(header, body)
    }

    fn from_parts(header: Header, body: Body) -> Result<ParserModel, ParserError> {
        let corrupt = |m: String| ParserError::Model(sitrep_linear::Error::Corrupt(m));
        let [arc_labels] = header.labels.as_slice() else {
            return Err(corrupt(format!("{} label sets, expected 1", header.labels.len())));
        };
        if arc_labels.iter().any(|l| l == ROOT_LABEL) || arc_labels.len() + 1 >= usize::from(NO_LABEL) {
            return Err(corrupt("the arc labels include `root` or are too many".into()));
        }
        let model = Model::new(body.weights)?;
        if model.n_classes() != n_classes(arc_labels.len()) {
            return Err(corrupt(format!("{} classes for {} labels", model.n_classes(), arc_labels.len())));
        }
        let mut labels = arc_labels.clone();
        labels.push(ROOT_LABEL.into());
        let label_hash = label_hashes(&labels);
        let cluster_map = body.clusters.to_map().map_err(corrupt)?;
        Ok(ParserModel { header, model, labels, label_hash, cluster_map })
    }

    /// The model compiled into this binary from `models/parser.bin`, decoded on first use.
    pub fn embedded() -> Result<&'static ParserModel, ParserError> {
        static CELL: OnceLock<Result<ParserModel, String>> = OnceLock::new();
        let bytes = EMBEDDED.ok_or(ParserError::NotEmbedded)?;
        let loaded = CELL.get_or_init(|| ParserModel::from_bytes(bytes).map_err(|e| e.to_string()));
        loaded.as_ref().map_err(|e| ParserError::Embedded(e.clone()))
    }

    /// The bytes of the model file compiled into this binary, if there was one.
    pub fn embedded_bytes() -> Option<&'static [u8]> {
        EMBEDDED
    }

    pub fn header(&self) -> &Header {
        &self.header
    }
    /// Features and weights kept.
    pub fn size(&self) -> (usize, usize) {
        (self.model.n_features(), self.model.n_weights())
    }
    fn n_labels(&self) -> usize {
        self.labels.len() - 1
    }

    /// Parses one tagged sentence, appending one arc per word to `out`. `upos` and `xpos` are the
    /// tags of `words` (missing tags count as `_`).
    pub fn parse_into<'m>(
        &'m self,
        words: &[&str],
        upos: &[&str],
        xpos: &[&str],
        scratch: &mut ParseScratch,
        out: &mut Vec<Arc<'m>>,
    ) {
        self.parse_batch_into(&[TaggedWords { words, upos, xpos }], scratch, out);
    }

    /// Parses treebank sentences with the tags they carry, as one batch, appending one arc per
    /// word to `out`.
    pub fn parse_trees<'m>(&'m self, sentences: &[TreeSentence], scratch: &mut ParseScratch, out: &mut Vec<Arc<'m>>) {
        fn as_strs(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        let columns: Vec<[Vec<&str>; 3]> = sentences.iter().map(|s| [as_strs(&s.forms), as_strs(&s.upos), as_strs(&s.xpos)]).collect();
        let batch: Vec<TaggedWords<'_>> = columns.iter().map(|[words, upos, xpos]| TaggedWords { words, upos, xpos }).collect();
        self.parse_batch_into(&batch, scratch, out);
    }

    /// Tags every sentence with `tagger`, appending the tags to `upos` and `xpos`, then parses
    /// them all as one batch, appending one arc per word to `out` (faster than one by one).
    #[allow(clippy::too_many_arguments)]
    pub fn tag_and_parse<'m, 't>(
        &'m self,
        tagger: &'t TaggerModel,
        sentences: &[&[&str]],
        tag_scratch: &mut TagScratch,
        scratch: &mut ParseScratch,
        upos: &mut Vec<&'t str>,
        xpos: &mut Vec<&'t str>,
        out: &mut Vec<Arc<'m>>,
    ) {
        let from = upos.len();
        let mut spans = Vec::with_capacity(sentences.len());
        for words in sentences {
            let at = upos.len() - from;
            tagger.tag_into(words, tag_scratch, upos, xpos);
            spans.push(at..upos.len() - from);
        }
        let (upos, xpos) = (&upos[from..], &xpos[from..]);
        let batch: Vec<TaggedWords<'_>> = sentences
            .iter()
            .zip(&spans)
            .map(|(words, tags)| TaggedWords { words, upos: &upos[tags.clone()], xpos: &xpos[tags.clone()] })
            .collect();
        self.parse_batch_into(&batch, scratch, out);
    }

    /// Parses many tagged sentences (a document), appending one arc per word to `out`, sentence
    /// after sentence: the same arcs as [`ParserModel::parse_into`] on each. Several sentences
    /// are parsed side by side ([`LANES`]): the features of each one's next step are computed
    /// and their table slots asked for, then their rows found and asked for, then their scores
    /// summed, so that the cache misses of all of them can overlap.
    pub fn parse_batch_into<'m>(&'m self, sentences: &[TaggedWords<'_>], scratch: &mut ParseScratch, out: &mut Vec<Arc<'m>>) {
        let n_labels = self.n_labels();
        let ParseScratch { scores, lower, lanes, .. } = scratch;
        // Every sentence's arcs have their place from the start, since sentences end out of order.
        let mut out_at = out.len();
        out.resize(out_at + sentences.iter().map(|s| s.words.len()).sum::<usize>(), Arc { head: 0, deprel: ROOT_LABEL });
        lanes.resize_with(LANES.min(sentences.len()), Lane::default);
        lanes.iter_mut().for_each(|lane| lane.busy = false);
        let mut next = 0;
        loop {
            // Bring every lane to a step that needs the model, starting sentences as others end.
            for lane in lanes.iter_mut() {
                loop {
                    if !lane.busy {
                        let Some(s) = sentences.get(next) else { break };
                        prepare(&mut lane.prepared, s.words, s.upos, s.xpos, &self.cluster_map, lower);
                        lane.state.init(s.words.len());
                        lane.cache.init(s.words.len() + 2, self.model.n_classes());
                        (lane.sentence, lane.out_at, lane.busy) = (next, out_at, true);
                        next += 1;
                        out_at += s.words.len();
                    }
                    if lane.state.advance_to_choice(n_labels) {
                        break;
                    }
                    let n = sentences[lane.sentence].words.len();
                    self.write_arcs(&lane.state, &mut out[lane.out_at..lane.out_at + n]);
                    lane.busy = false;
                }
            }
            if !lanes.iter().any(|lane| lane.busy) {
                break;
            }
            for lane in lanes.iter_mut().filter(|lane| lane.busy) {
                features(&lane.state, &lane.prepared, &self.label_hash, &mut lane.feats);
                let roles = role_words(&lane.state);
                let mut fresh = [false; N_ROLES];
                for (r, &(word, version)) in roles.iter().enumerate() {
                    lane.entries[r] = lane.cache.entry(r, word);
                    fresh[r] = !lane.cache.holds(lane.entries[r], version);
                }
                lane.lookup.clear();
                lane.lookup.extend(
                    lane.feats.iter().zip(TEMPLATE_ROLE).filter(|&(_, r)| usize::from(r) == N_ROLES).map(|(&f, _)| f),
                );
                for r in (0..N_ROLES).filter(|&r| fresh[r]) {
                    lane.lookup.extend(ROLE_TEMPLATES[r].iter().filter_map(|&t| lane.feats.get(usize::from(t)).copied()));
                }
                self.model.prefetch_slots(&lane.lookup);
            }
            for lane in lanes.iter_mut().filter(|lane| lane.busy) {
                lane.rows.clear();
                lane.refills.clear();
                let roles = role_words(&lane.state);
                let mixed = N_TEMPLATES - ROLE_TEMPLATES.iter().map(|t| t.len()).sum::<usize>();
                let mut at = mixed.min(lane.lookup.len());
                self.model.find_rows(&lane.lookup[..at], &mut lane.rows);
                for (r, &(_, version)) in roles.iter().enumerate() {
                    let entry = lane.entries[r];
                    if lane.cache.holds(entry, version) {
                        continue;
                    }
                    let (end, start) = ((at + ROLE_TEMPLATES[r].len()).min(lane.lookup.len()), lane.rows.len());
                    self.model.find_rows(&lane.lookup[at..end], &mut lane.rows);
                    lane.refills.push((entry, version, start, lane.rows.len()));
                    at = end;
                }
            }
            for lane in lanes.iter_mut().filter(|lane| lane.busy) {
                scores.clear();
                scores.resize(self.model.n_classes(), 0);
                let first_refill = lane.refills.first().map_or(lane.rows.len(), |&(_, _, start, _)| start);
                self.model.add_rows(&lane.rows[..first_refill], scores);
                for &(entry, version, start, end) in &lane.refills {
                    let sums = lane.cache.refill(entry, version);
                    self.model.add_rows(&lane.rows[start..end], sums);
                }
                for &entry in &lane.entries {
                    for (s, &c) in scores.iter_mut().zip(lane.cache.sums(entry)) {
                        *s += c;
                    }
                }
                let class = best_class(scores, n_labels, lane.state.allowed(), |_| true).unwrap_or(SHIFT);
                lane.state.apply(class, n_labels);
            }
        }
    }

    /// The arcs of a finished parse, one per word.
    fn write_arcs<'m>(&'m self, st: &State, out: &mut [Arc<'m>]) {
        let none = st.none();
        for (d, arc) in (1..).zip(out) {
            let h = st.head.get(d).copied().unwrap_or(none);
            let label = st.label.get(d).and_then(|&l| self.labels.get(usize::from(l))).map_or("dep", String::as_str);
            // Every word gets a head in a finished parse; "nothing" cannot happen but maps to
            // the root rather than to a panic.
            *arc = Arc { head: if h == none { 0 } else { h as usize }, deprel: label };
        }
    }

    /// Parses one tagged sentence.
    pub fn parse(&self, words: &[&str], upos: &[&str], xpos: &[&str], scratch: &mut ParseScratch) -> Vec<Arc<'_>> {
        let mut out = Vec::with_capacity(words.len());
        self.parse_into(words, upos, xpos, scratch, &mut out);
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluation and training

/// Attachment scores against gold trees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attachment {
    pub words: usize,
    /// Right head.
    pub uas: usize,
    /// Right head and full label ("nmod:poss").
    pub las: usize,
    /// Right head and universal label, subtypes ignored ("nmod"), as the CoNLL 2018 scorer does.
    pub las_universal: usize,
}

impl Attachment {
    fn pct(n: usize, d: usize) -> f64 {
        if d == 0 {
            0.0
        } else {
            100.0 * n as f64 / d as f64
        }
    }
    pub fn uas_pct(&self) -> f64 {
        Attachment::pct(self.uas, self.words)
    }
    pub fn las_pct(&self) -> f64 {
        Attachment::pct(self.las, self.words)
    }
    pub fn las_universal_pct(&self) -> f64 {
        Attachment::pct(self.las_universal, self.words)
    }
    /// Adds one sentence's arcs against its gold tree.
    pub fn add(&mut self, gold: &TreeSentence, arcs: &[Arc<'_>]) {
        let universal = |l: &str| l.split(':').next().unwrap_or("").to_string();
        for (i, a) in arcs.iter().enumerate() {
            let (Some(&h), Some(l)) = (gold.heads.get(i), gold.deprels.get(i)) else { continue };
            self.words += 1;
            if a.head == h {
                self.uas += 1;
                self.las += usize::from(a.deprel == l);
                self.las_universal += usize::from(universal(a.deprel) == universal(l));
            }
        }
    }
}

/// Parses gold sentences with the tags they carry (gold or predicted: the caller decides) and
/// scores every word, punctuation included.
pub fn evaluate_parser(model: &ParserModel, sentences: &[TreeSentence]) -> Attachment {
    let mut acc = Attachment::default();
    let mut arcs = Vec::new();
    model.parse_trees(sentences, &mut ParseScratch::default(), &mut arcs);
    let mut at = 0;
    for s in sentences {
        let n = s.forms.len();
        acc.add(s, &arcs[at..at + n]);
        at += n;
    }
    acc
}

/// Replaces the tags of `sentences` by those `tagger` predicts.
pub fn retag(tagger: &TaggerModel, sentences: &mut [TreeSentence]) {
    let mut scratch = TagScratch::default();
    let (mut upos, mut xpos) = (Vec::new(), Vec::new());
    for s in sentences {
        let words: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        upos.clear();
        xpos.clear();
        tagger.tag_into(&words, &mut scratch, &mut upos, &mut xpos);
        s.upos = upos.iter().map(|u| u.to_string()).collect();
        s.xpos = xpos.iter().map(|x| x.to_string()).collect();
    }
}

/// Settings of a parser training run.
#[derive(Clone, Debug)]
pub struct ParserOptions {
    pub iterations: usize,
    /// Averaged weights below this are dropped from the model.
    pub prune: f32,
    pub seed: u64,
    /// From this pass on, training follows its own wrong moves ...
    pub explore_from: usize,
    /// ... with this probability.
    pub explore_p: f64,
    /// Other pruning thresholds to score on dev after every pass (to choose `prune`).
    pub report_prunes: Vec<f32>,
    /// Word clusters for the cluster features: those of the tagger the parser runs after
    /// ([`TaggerModel::clusters`]); empty for none. Stored in the model.
    pub clusters: ClusterTable,
    /// Perceptrons trained one after another, each on its own shuffling of the data; the model
    /// is the mean of their weights ([`sitrep_linear::average_of`]). Earlier runs keep their
    /// last pass; the best pass of the last run (by the mean's dev LAS) ends training.
    pub runs: usize,
}

impl Default for ParserOptions {
    fn default() -> ParserOptions {
        ParserOptions {
            iterations: 15,
            prune: 0.05,
            seed: 0x5eed_9a45,
            explore_from: 2,
            explore_p: 0.9,
            report_prunes: Vec::new(),
            clusters: ClusterTable::default(),
            runs: 1,
        }
    }
}

/// What one training pass achieved.
#[derive(Clone, Debug)]
pub struct ParserIteration {
    /// The run (from 1; see [`ParserOptions::runs`]) and its pass.
    pub run: usize,
    pub iteration: usize,
    /// Share of training moves the weights of the moment got right (zero cost).
    pub train_pct: f64,
    pub dev: Attachment,
    pub features: usize,
    pub weights: usize,
    pub bytes: usize,
    /// Dev scores and file sizes at the thresholds of [`ParserOptions::report_prunes`].
    pub prunes: Vec<(f32, Attachment, usize)>,
}

/// Progress of parser training, for a progress bar.
pub enum ParserProgress<'a> {
    Sentence,
    Iteration(&'a ParserIteration),
}

/// The result of training: the model file of the best pass on dev (by LAS), and its report.
pub struct ParserTrained {
    pub bytes: Vec<u8>,
    pub best: ParserIteration,
    /// Training sentences that were projectivized, and the arcs lifted.
    pub projectivized: (usize, usize),
    /// Training sentences left out (no single root, heads missing).
    pub skipped: usize,
}


/// Trains a parser on `train` (with the tags it carries: jackknifed predicted tags are best),
/// scoring every pass on `dev` (with its tags) and keeping the best by LAS.
pub fn train_parser(
    train: &[TreeSentence],
    dev: &[TreeSentence],
    opts: &ParserOptions,
    data_sha256: [u8; 32],
    data_note: &str,
    progress: &mut dyn FnMut(ParserProgress<'_>),
) -> Result<ParserTrained, ParserError> {
    // Label set: every deprel of a non-root arc, sorted.
    let mut labels: Vec<String> = train
        .iter()
        .flat_map(|s| s.heads.iter().zip(&s.deprels).filter(|(&h, _)| h != 0).map(|(_, l)| l.clone()))
        .filter(|l| l != ROOT_LABEL)
        .collect();
    labels.sort();
    labels.dedup();
    if labels.is_empty() {
        return Err(ParserError::Data("no labeled arcs in the training data".into()));
    }
    if labels.len() + 1 >= usize::from(NO_LABEL) {
        return Err(ParserError::Data(format!("{} labels", labels.len())));
    }
    let n_labels = labels.len();
    let mut all_labels = labels.clone();
    all_labels.push(ROOT_LABEL.into());
    let label_hash = label_hashes(&all_labels);
    let index: std::collections::HashMap<&str, u16> =
        labels.iter().enumerate().map(|(i, l)| (l.as_str(), i as u16)).collect();

    // Gold heads and labels by position (0 the root, n+1 "nothing"), projectivized.
    struct Item<'a> {
        s: &'a TreeSentence,
        gold: Vec<u32>,
        glabel: Vec<u16>,
    }
    let (mut items, mut skipped, mut proj) = (Vec::new(), 0, (0, 0));
    for s in train {
        let n = s.forms.len();
        let consistent = n > 0
            && [s.upos.len(), s.xpos.len(), s.heads.len(), s.deprels.len()].iter().all(|&l| l == n)
            && s.heads.iter().all(|&h| h <= n)
            && s.heads.iter().filter(|&&h| h == 0).count() == 1
            && (1..=n).all(|d| dominates(&s.heads, 0, d));
        if !consistent {
            skipped += 1;
            continue;
        }
        let mut heads = s.heads.clone();
        let lifted = projectivize(&mut heads);
        if lifted > 0 {
            proj.0 += 1;
            proj.1 += lifted;
        }
        if !is_projective(&heads) {
            skipped += 1;
            continue;
        }
        let mut gold = vec![n as u32 + 1; n + 2];
        let mut glabel = vec![NO_LABEL; n + 2];
        for d in 1..=n {
            gold[d] = heads[d - 1] as u32;
            glabel[d] = if heads[d - 1] == 0 {
                n_labels as u16
            } else {
                index.get(s.deprels[d - 1].as_str()).copied().unwrap_or(0)
            };
        }
        items.push(Item { s, gold, glabel });
    }
    if items.is_empty() {
        return Err(ParserError::Data("no usable training sentences".into()));
    }

    let cluster_map = opts.clusters.to_map().map_err(ParserError::Data)?;
    let mut scratch = ParseScratch::default();
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut rng = opts.seed | 1;
    let mut best: Option<ParserTrained> = None;
    let runs = opts.runs.max(1);
    let mut finished: Vec<Trainer> = Vec::new();
    for run in 1..=runs {
        let mut trainer = Trainer::new(n_classes(n_labels))?;
        for it in 1..=opts.iterations.max(1) {
            sitrep_linear::shuffle(&mut order, &mut rng);
            let (mut right, mut seen) = (0usize, 0usize);
            for &k in &order {
                let item = &items[k];
                let s = item.s;
                let words: Vec<&str> = s.forms.iter().map(String::as_str).collect();
                let upos: Vec<&str> = s.upos.iter().map(String::as_str).collect();
                let xpos: Vec<&str> = s.xpos.iter().map(String::as_str).collect();
                let ParseScratch { prepared, state: st, feats, fscores, costs: cost, lower, .. } = &mut scratch;
                prepare(prepared, &words, &upos, &xpos, &cluster_map, lower);
                st.init(words.len());
                while !st.terminal() {
                    let allowed = st.allowed();
                    match allowed {
                        (false, false, false) => {
                            st.attach_root(n_labels as u16);
                            continue;
                        }
                        (true, false, false) => {
                            st.apply(SHIFT, n_labels);
                            continue;
                        }
                        _ => {}
                    }
                    features(st, prepared, &label_hash, feats);
                    trainer.scores(feats, fscores);
                    costs(st, &item.gold, &item.glabel, n_labels, cost);
                    let min = cost.iter().copied().min().unwrap_or(0);
                    let Some(guess) = best_class(fscores, n_labels, allowed, |_| true) else { break };
                    let Some(gold) = best_class(fscores, n_labels, allowed, |c| cost[c] == min) else { break };
                    trainer.observe(feats, gold, guess);
                    seen += 1;
                    let ok = cost[guess] == min;
                    right += usize::from(ok);
                    let explore =
                        it >= opts.explore_from && (sitrep_linear::xorshift(&mut rng) % 1_000_000) as f64 / 1e6 < opts.explore_p;
                    st.apply(if ok || explore { guess } else { gold }, n_labels);
                }
                progress(ParserProgress::Sentence);
            }
            if run < runs {
                continue;
            }
            let members: Vec<&Trainer> = finished.iter().chain([&trainer]).collect();
            let header = Header {
                kind: PARSER_KIND.into(),
                features: PARSER_FEATURES.into(),
                labels: vec![labels.clone()],
                data_sha256,
                trained: format!(
                    "{data_note}; arc-hybrid, dynamic oracle (explore from pass {} p {}), {}pass {it} of {}, prune {}",
                    opts.explore_from,
                    opts.explore_p,
                    if runs > 1 { format!("mean of {runs} runs, the last at ") } else { String::new() },
                    opts.iterations,
                    opts.prune
                ),
            };
            let mut prunes = Vec::new();
            for &prune in &opts.report_prunes {
                let body = Body { weights: sitrep_linear::average_of(&members, prune), clusters: opts.clusters.clone() };
                let size = sitrep_linear::write_model(&header, &body)?.len();
                let model = ParserModel::from_parts(header.clone(), body)?;
                prunes.push((prune, evaluate_parser(&model, dev), size));
            }
            let body = Body { weights: sitrep_linear::average_of(&members, opts.prune), clusters: opts.clusters.clone() };
            let bytes = sitrep_linear::write_model(&header, &body)?;
            let model = ParserModel::from_parts(header, body)?;
            let (features, weights) = model.size();
            let report = ParserIteration {
                run,
                iteration: it,
                train_pct: Attachment::pct(right, seen),
                dev: evaluate_parser(&model, dev),
                features,
                weights,
                bytes: bytes.len(),
                prunes,
            };
            progress(ParserProgress::Iteration(&report));
            let better = best.as_ref().map_or(true, |b| (report.dev.las, report.dev.uas) > (b.best.dev.las, b.best.dev.uas));
            if better {
                best = Some(ParserTrained { bytes, best: report, projectivized: proj, skipped });
            }
        }
        finished.push(trainer);
    }
    best.ok_or_else(|| ParserError::Data("no pass ran".into()))
}

/// A parser model file with the weights below `threshold` dropped ([`CompactModel::pruned`]),
/// to fit a size limit without training again; the header records it.
pub fn prune_parser_file(bytes: &[u8], threshold: f32) -> Result<Vec<u8>, ParserError> {
    let (mut header, mut body): (Header, Body) = sitrep_linear::read_model(bytes, PARSER_KIND, PARSER_FEATURES)?;
    body.weights = body.weights.pruned(threshold);
    header.trained = format!("{}; pruned again at {threshold}", header.trained);
    let out = sitrep_linear::write_model(&header, &body)?;
    ParserModel::from_bytes(&out)?;
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// The stage

/// The syntax stage with a parser: tags, lemmatizes and parses every sentence and writes the
/// whole [`Syntax`] layer (heads are token indices of the document, `None` for the root, whose
/// deprel is `root`). [`crate::PerceptronTagger`] remains the stage for tagging alone.
#[derive(Clone, Copy)]
pub struct SyntaxAnnotator {
    tagger: &'static TaggerModel,
    parser: &'static ParserModel,
}

impl SyntaxAnnotator {
    pub fn new(tagger: &'static TaggerModel, parser: &'static ParserModel) -> SyntaxAnnotator {
        SyntaxAnnotator { tagger, parser }
    }
    /// The stage with the models compiled into the binary.
    pub fn embedded() -> Result<SyntaxAnnotator, ParserError> {
        Ok(SyntaxAnnotator { tagger: TaggerModel::embedded()?, parser: ParserModel::embedded()? })
    }
}

impl Stage for SyntaxAnnotator {
    fn name(&self) -> &'static str {
        "syntax"
    }

    fn run(&self, doc: &mut Doc) -> Result<(), DocError> {
        let n = doc.tokens().len();
        let mut syntax = Syntax {
            upos: Vec::with_capacity(n),
            xpos: Vec::with_capacity(n),
            lemma: Vec::with_capacity(n),
            head: Vec::with_capacity(n),
            deprel: Vec::with_capacity(n),
        };
        // Tag every sentence, then parse them all in one batch (faster than one by one).
        let ranges = sentence_ranges(doc);
        let words: Vec<&str> = doc.tokens().iter().map(|t| doc.slice(t.span)).collect();
        let sentences: Vec<&[&str]> = ranges.iter().filter_map(|&(a, b)| words.get(a..b)).collect();
        let (mut upos, mut xpos) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let mut arcs = Vec::with_capacity(n);
        self.parser.tag_and_parse(
            self.tagger,
            &sentences,
            &mut TagScratch::default(),
            &mut ParseScratch::default(),
            &mut upos,
            &mut xpos,
            &mut arcs,
        );
        let mut k = 0;
        for &(a, b) in &ranges {
            for (i, w) in words.get(a..b).unwrap_or_default().iter().enumerate() {
                let (Some(&u), Some(&x)) = (upos.get(k), xpos.get(k)) else { break };
                syntax.upos.push(u.to_string());
                syntax.xpos.push(x.to_string());
                syntax.lemma.push(self.tagger.lemmatizer().lemma(w, u, i == 0));
                let arc = arcs.get(k).copied().unwrap_or(Arc { head: 0, deprel: ROOT_LABEL });
                syntax.head.push((arc.head > 0).then(|| a + arc.head - 1));
                syntax.deprel.push(arc.deprel.to_string());
                k += 1;
            }
        }
        if syntax.upos.len() != n {
            return Err(DocError::Stage {
                stage: "syntax",
                message: format!("parsed {} of {n} tokens (overlapping sentences?)", syntax.upos.len()),
            });
        }
        doc.set_syntax(syntax)
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_doc::DocMeta;

    /// A toy treebank written for these tests: "form/UPOS/XPOS/head/deprel" per word.
    const TOY: &[&str] = &[
        "The/DET/DT/2/det ferry/NOUN/NN/3/nsubj sailed/VERB/VBD/0/root ./PUNCT/./3/punct",
        "Patrols/NOUN/NNS/2/nsubj watched/VERB/VBD/0/root the/DET/DT/4/det harbor/NOUN/NN/2/obj ./PUNCT/./2/punct",
        "A/DET/DT/2/det ship/NOUN/NN/3/nsubj anchored/VERB/VBD/0/root near/ADP/IN/6/case the/DET/DT/6/det pier/NOUN/NN/3/obl ./PUNCT/./3/punct",
        "Officials/NOUN/NNS/2/nsubj said/VERB/VBD/0/root the/DET/DT/4/det convoy/NOUN/NN/5/nsubj left/VERB/VBD/2/ccomp ./PUNCT/./2/punct",
        "The/DET/DT/2/det crews/NOUN/NNS/3/nsubj waited/VERB/VBD/0/root for/ADP/IN/6/case the/DET/DT/6/det order/NOUN/NN/3/obl ./PUNCT/./3/punct",
        "Two/NUM/CD/2/nummod boats/NOUN/NNS/3/nsubj docked/VERB/VBD/0/root ./PUNCT/./3/punct",
    ];

    fn tree(s: &str) -> TreeSentence {
        let mut t = TreeSentence::default();
        for item in s.split_whitespace() {
            let p: Vec<&str> = item.split('/').collect();
            t.forms.push(p[0].into());
            t.upos.push(p[1].into());
            t.xpos.push(p[2].into());
            t.heads.push(p[3].parse().unwrap());
            t.deprels.push(p[4].into());
        }
        t
    }

    fn toy() -> Vec<TreeSentence> {
        TOY.iter().map(|s| tree(s)).collect()
    }

    /// Gold positions (0 root, n+1 nothing) and label indices of a sentence over `labels`.
    fn gold_of(s: &TreeSentence, labels: &[&str]) -> (Vec<u32>, Vec<u16>) {
        let n = s.forms.len();
        let mut gold = vec![n as u32 + 1; n + 2];
        let mut glabel = vec![NO_LABEL; n + 2];
        for d in 1..=n {
            gold[d] = s.heads[d - 1] as u32;
            glabel[d] = labels.iter().position(|l| *l == s.deprels[d - 1]).map_or(labels.len() as u16, |i| i as u16);
        }
        (gold, glabel)
    }

    const LABELS: &[&str] = &["case", "ccomp", "det", "nsubj", "nummod", "obj", "obl", "punct"];

    /// Follows zero-cost moves only (the static path through the dynamic oracle) and returns the
    /// heads built, plus the highest cost of any move taken.
    fn follow_oracle(s: &TreeSentence) -> (Vec<u32>, Vec<u16>, i32) {
        let (gold, glabel) = gold_of(s, LABELS);
        let n_labels = LABELS.len();
        let mut st = State::default();
        st.init(s.forms.len());
        let mut cost = Vec::new();
        let mut worst = 0;
        while !st.terminal() {
            if st.allowed() == (false, false, false) {
                st.attach_root(n_labels as u16);
                continue;
            }
            costs(&st, &gold, &glabel, n_labels, &mut cost);
            let min = *cost.iter().min().unwrap();
            worst = worst.max(min);
            let c = cost.iter().position(|&c| c == min).unwrap();
            st.apply(c, n_labels);
        }
        (st.head, st.label, worst)
    }

    #[test]
    fn the_oracle_rebuilds_every_projective_toy_tree() {
        for s in toy() {
            assert!(is_projective(&s.heads));
            let (heads, labels, worst) = follow_oracle(&s);
            assert_eq!(worst, 0, "{:?}", s.forms);
            let (gold, glabel) = gold_of(&s, LABELS);
            assert_eq!(heads[1..=s.forms.len()], gold[1..=s.forms.len()], "{:?}", s.forms);
            assert_eq!(labels[1..=s.forms.len()], glabel[1..=s.forms.len()], "{:?}", s.forms);
        }
    }

    #[test]
    fn dynamic_oracle_costs_count_lost_arcs() {
        // "Officials said the convoy left ." after SHIFT: stack [root, Officials], buffer "said ...".
        let s = tree(TOY[3]);
        let (gold, glabel) = gold_of(&s, LABELS);
        let n_labels = LABELS.len();
        let mut st = State::default();
        st.init(s.forms.len());
        st.apply(SHIFT, n_labels);
        let mut cost = Vec::new();
        costs(&st, &gold, &glabel, n_labels, &mut cost);
        let nsubj = LABELS.iter().position(|l| *l == "nsubj").unwrap();
        let det = LABELS.iter().position(|l| *l == "det").unwrap();
        // LEFT-nsubj (said -> Officials) is right; with a wrong label it costs one.
        assert_eq!(cost[1 + nsubj], 0);
        assert_eq!(cost[1 + det], 1);
        // SHIFT loses two arcs: Officials' head (said can no longer take it from the stack) and
        // said's own arc to the root (Officials would stay between them).
        assert_eq!(cost[SHIFT], 2);
        // RIGHT is not allowed with the root under the top.
        assert_eq!(cost[1 + n_labels + nsubj], i32::MAX);
        // Go on: LEFT-nsubj, SHIFT said, SHIFT the. Now stack [root, said, the], buffer "convoy".
        st.apply(1 + nsubj, n_labels);
        st.apply(SHIFT, n_labels);
        st.apply(SHIFT, n_labels);
        costs(&st, &gold, &glabel, n_labels, &mut cost);
        assert_eq!(cost[1 + det], 0);
        // RIGHT (said -> the) loses the's head "convoy" in the buffer.
        assert_eq!(cost[1 + n_labels + det], 1);
        // SHIFT convoy: "the" can no longer take convoy as head (convoy's left children come only
        // from the stack while it is first in the buffer).
        assert_eq!(cost[SHIFT], 1);
    }

    #[test]
    fn lifting_makes_a_crossing_tree_projective() {
        // 1 -> 3, and 2 -> 4 crosses it: "A hearing is scheduled on the issue today"-style.
        let mut heads = vec![0, 3, 1, 2];
        assert!(!is_projective(&heads));
        let lifts = projectivize(&mut heads);
        assert!(lifts >= 1);
        assert!(is_projective(&heads));
        assert_eq!(heads[0], 0);
        let mut already = vec![2, 0, 2];
        assert_eq!(projectivize(&mut already), 0);
        assert_eq!(already, [2, 0, 2]);
    }

    fn toy_model() -> (Vec<u8>, ParserModel) {
        let corpus = toy();
        let opts = ParserOptions { iterations: 10, prune: 0.0, ..ParserOptions::default() };
        let trained = train_parser(&corpus, &corpus, &opts, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        let model = ParserModel::from_bytes(&trained.bytes).unwrap();
        (trained.bytes, model)
    }

    #[test]
    fn learns_its_toy_treebank_and_parses_a_new_sentence() {
        let (_, model) = toy_model();
        let acc = evaluate_parser(&model, &toy());
        assert_eq!(acc.las, acc.words);
        let mut scratch = ParseScratch::default();
        let arcs = model.parse(
            &["The", "barges", "docked", "."],
            &["DET", "NOUN", "VERB", "PUNCT"],
            &["DT", "NNS", "VBD", "."],
            &mut scratch,
        );
        let got: Vec<(usize, &str)> = arcs.iter().map(|a| (a.head, a.deprel)).collect();
        assert_eq!(got, [(2, "det"), (3, "nsubj"), (0, "root"), (3, "punct")]);
    }

    #[test]
    fn a_batch_parses_each_sentence_as_it_is_parsed_alone() {
        let (_, model) = toy_model();
        // More sentences than lanes, of many lengths, one of them empty.
        let words = ["Officials", "said", "the", "ferry", "near", "the", "pier", "docked", "."];
        let tags = ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"];
        let xtags = ["NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "VBD", "."];
        let lengths = [9, 1, 4, 0, 9, 2, 7, 3, 9, 5, 6, 8, 1, 9];
        let batch: Vec<TaggedWords<'_>> = lengths
            .iter()
            .enumerate()
            .map(|(i, &n)| {
                let from = i % (words.len() - n + 1);
                TaggedWords { words: &words[from..from + n], upos: &tags[from..from + n], xpos: &xtags[from..from + n] }
            })
            .collect();
        let mut scratch = ParseScratch::default();
        let mut alone = vec![Arc { head: 99, deprel: "x" }];
        for s in &batch {
            model.parse_into(s.words, s.upos, s.xpos, &mut scratch, &mut alone);
        }
        let mut together = vec![Arc { head: 99, deprel: "x" }];
        model.parse_batch_into(&batch, &mut scratch, &mut together);
        assert_eq!(together.len(), 1 + lengths.iter().sum::<usize>());
        assert_eq!(together, alone);
        // Parsing in a batch changes nothing the evaluation sees either.
        let corpus = toy();
        let by_batch = evaluate_parser(&model, &corpus);
        let mut one_by_one = Attachment::default();
        for s in &corpus {
            let (words, upos, xpos): (Vec<&str>, Vec<&str>, Vec<&str>) =
                (s.forms.iter().map(String::as_str).collect(), s.upos.iter().map(String::as_str).collect(), s.xpos.iter().map(String::as_str).collect());
            one_by_one.add(s, &model.parse(&words, &upos, &xpos, &mut scratch));
        }
        assert_eq!(by_batch, one_by_one);
    }

    /// Parses one sentence the plain way: every feature looked up at every step, no
    /// [`RoleCache`], no lanes. Returns (head, label index) per word.
    fn parse_with_every_lookup(model: &ParserModel, words: &[&str], upos: &[&str], xpos: &[&str]) -> Vec<(u32, u16)> {
        let n_labels = model.n_labels();
        let (mut prepared, mut st, mut lower) = (Prepared::default(), State::default(), String::new());
        let (mut feats, mut scores) = (Vec::new(), Vec::new());
        prepare(&mut prepared, words, upos, xpos, &model.cluster_map, &mut lower);
        st.init(words.len());
        while st.advance_to_choice(n_labels) {
            features(&st, &prepared, &model.label_hash, &mut feats);
            model.model.scores(&feats, &mut scores);
            let class = best_class(&scores, n_labels, st.allowed(), |_| true).unwrap_or(SHIFT);
            st.apply(class, n_labels);
        }
        (1..=words.len()).map(|d| (st.head[d], st.label[d])).collect()
    }

    #[test]
    fn the_role_templates_are_distinct_and_the_rest_is_scored_every_step() {
        let mut seen = [false; N_TEMPLATES];
        for &t in ROLE_TEMPLATES.iter().flat_map(|r| r.iter()) {
            assert!(!seen[usize::from(t)], "template {t} in two roles");
            seen[usize::from(t)] = true;
        }
        // The bias is never cached: it is the first mixed template.
        assert_eq!(TEMPLATE_ROLE[0], N_ROLES as u8);
        let mut st = State::default();
        st.init(3);
        let mut prepared = Prepared::default();
        prepare(&mut prepared, &["a", "b", "c"], &[], &[], &KeyMap::default(), &mut String::new());
        let mut feats = Vec::new();
        features(&st, &prepared, &[], &mut feats);
        assert_eq!(feats.len(), N_TEMPLATES);
    }

    fn cached_and_plain_parses_agree(model: &ParserModel, sentences: &[(Vec<&str>, Vec<&str>, Vec<&str>)]) {
        let batch: Vec<TaggedWords<'_>> =
            sentences.iter().map(|(words, upos, xpos)| TaggedWords { words, upos, xpos }).collect();
        let mut out = Vec::new();
        model.parse_batch_into(&batch, &mut ParseScratch::default(), &mut out);
        let mut at = 0;
        for (words, upos, xpos) in sentences {
            let plain: Vec<Arc<'_>> = parse_with_every_lookup(model, words, upos, xpos)
                .into_iter()
                .map(|(h, l)| Arc {
                    head: if h as usize > words.len() { 0 } else { h as usize },
                    deprel: model.labels.get(usize::from(l)).map_or("dep", String::as_str),
                })
                .collect();
            assert_eq!(out[at..at + words.len()], plain[..], "{words:?}");
            at += words.len();
        }
    }

    #[test]
    fn sums_kept_per_role_give_the_parse_of_looking_every_feature_up() {
        let (_, model) = toy_model();
        let sentences: Vec<(Vec<&str>, Vec<&str>, Vec<&str>)> = TOY
            .iter()
            .chain(&["Officials/NOUN/NNS said/VERB/VBD the/DET/DT crews/NOUN/NNS of/ADP/IN two/NUM/CD boats/NOUN/NNS waited/VERB/VBD near/ADP/IN the/DET/DT pier/NOUN/NN ./PUNCT/."])
            .map(|s| {
                let items: Vec<Vec<&str>> = s.split_whitespace().map(|i| i.split('/').collect()).collect();
                (items.iter().map(|i| i[0]).collect(), items.iter().map(|i| i[1]).collect(), items.iter().map(|i| i[2]).collect())
            })
            .collect();
        cached_and_plain_parses_agree(&model, &sentences);
    }

    #[cfg(all(not(sitrep_no_parser), not(sitrep_no_tagger)))]
    #[test]
    fn sums_kept_per_role_give_the_embedded_models_parse() {
        let tagger = TaggerModel::embedded().unwrap();
        let model = ParserModel::embedded().unwrap();
        let texts = [
            "The navy of Nortland said on Friday that four landing ships , which had left Port Ostrava two days earlier , were moved to the northern coast .",
            "Officials who spoke to reporters denied that the convoy , escorted by two frigates and a tanker , had ever entered the disputed waters .",
            "It rained .",
            "\"We will not comment on operations that are still under way , \" the ministry 's spokesman told the agency in a statement late on Monday .",
        ];
        let tagged: Vec<(Vec<&str>, Vec<&str>, Vec<&str>)> = texts
            .iter()
            .map(|t| {
                let words: Vec<&str> = t.split(' ').collect();
                let (mut upos, mut xpos) = (Vec::new(), Vec::new());
                tagger.tag_into(&words, &mut TagScratch::default(), &mut upos, &mut xpos);
                (words, upos, xpos)
            })
            .collect();
        cached_and_plain_parses_agree(model, &tagged);
    }

    #[test]
    fn the_mean_of_two_runs_learns_the_toy_treebank() {
        let corpus = toy();
        let opts = ParserOptions { iterations: 10, prune: 0.0, runs: 2, ..ParserOptions::default() };
        let trained = train_parser(&corpus, &corpus, &opts, sitrep_linear::sha256(b"toy"), "toy", &mut |_| {}).unwrap();
        assert_eq!(trained.best.run, 2);
        let model = ParserModel::from_bytes(&trained.bytes).unwrap();
        assert!(model.header().trained.contains("mean of 2 runs"), "{}", model.header().trained);
        let acc = evaluate_parser(&model, &corpus);
        assert_eq!(acc.las, acc.words);
    }

    #[test]
    fn pruning_a_model_file_again_keeps_it_loadable_and_smaller() {
        let (bytes, model) = toy_model();
        let pruned = prune_parser_file(&bytes, 0.5).unwrap();
        let smaller = ParserModel::from_bytes(&pruned).unwrap();
        assert!(smaller.size().1 < model.size().1, "{:?} {:?}", smaller.size(), model.size());
        assert!(smaller.header().trained.ends_with("pruned again at 0.5"));
        assert!(prune_parser_file(&bytes[..bytes.len() - 1], 0.5).is_err());
    }

    #[test]
    fn every_parse_is_a_tree_with_one_root() {
        let (_, model) = toy_model();
        let mut scratch = ParseScratch::default();
        let words = ["said", "the", "the", "ferry", "near", ".", "Two", "docked", "officials"];
        let tags = ["VERB", "DET", "DET", "NOUN", "ADP", "PUNCT", "NUM", "VERB", "NOUN"];
        for n in 1..=words.len() {
            let arcs = model.parse(&words[..n], &tags[..n], &tags[..n], &mut scratch);
            let heads: Vec<usize> = arcs.iter().map(|a| a.head).collect();
            assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{heads:?}");
            for d in 1..=n {
                assert!(dominates(&heads, 0, d), "{heads:?}");
            }
            assert!(arcs.iter().all(|a| (a.head == 0) == (a.deprel == ROOT_LABEL)), "{arcs:?}");
        }
        assert!(model.parse(&[], &[], &[], &mut scratch).is_empty());
    }

    #[test]
    fn a_damaged_stale_foreign_or_cut_model_is_refused() {
        let (bytes, _) = toy_model();
        let mut flipped = bytes.clone();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0x40;
        let e = ParserModel::from_bytes(&flipped).err().unwrap();
        assert!(e.to_string().contains("checksum"), "{e}");

        let mut stale = bytes.clone();
        stale[8..12].copy_from_slice(&(sitrep_linear::FORMAT_VERSION + 1).to_le_bytes());
        let e = ParserModel::from_bytes(&stale).err().unwrap();
        assert!(e.to_string().contains(&format!("version {}", sitrep_linear::FORMAT_VERSION + 1)), "{e}");

        let e = ParserModel::from_bytes(&bytes[..bytes.len() - 3]).err().unwrap();
        assert!(e.to_string().contains("truncated"), "{e}");

        // A tagger file (another kind) and a parser of other features.
        let header = |kind: &str, features: &str| Header {
            kind: kind.into(),
            features: features.into(),
            labels: vec![vec!["det".into()]],
            data_sha256: [0; 32],
            trained: String::new(),
        };
        let other = sitrep_linear::write_model(&header("tagger", crate::FEATURES), &0u8).unwrap();
        let e = ParserModel::from_bytes(&other).err().unwrap();
        assert!(e.to_string().contains("`tagger`"), "{e}");
        let old = sitrep_linear::write_model(&header(PARSER_KIND, "parser-features/0"), &0u8).unwrap();
        let e = ParserModel::from_bytes(&old).err().unwrap();
        assert!(e.to_string().contains("parser-features/0"), "{e}");
    }

    #[cfg(all(not(sitrep_no_parser), not(sitrep_no_tagger)))]
    #[test]
    fn the_embedded_models_parse_a_fictional_report() {
        let mut doc = Doc::from_text(
            DocMeta::default(),
            "The navy of Nortland moved four landing ships to Port Ostrava on Friday. Officials said the convoy left.",
        );
        crate::RuleTokenizer.run(&mut doc).unwrap();
        crate::RuleSentenceSplitter.run(&mut doc).unwrap();
        SyntaxAnnotator::embedded().unwrap().run(&mut doc).unwrap();
        let syntax = doc.syntax().unwrap();
        let words: Vec<&str> = doc.tokens().iter().map(|t| doc.slice(t.span)).collect();
        let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
        let (moved, navy, ships, said, officials) = (at("moved"), at("navy"), at("ships"), at("said"), at("Officials"));
        assert_eq!(syntax.head[moved], None);
        assert_eq!(syntax.deprel[moved], "root");
        assert_eq!((syntax.head[navy], syntax.deprel[navy].as_str()), (Some(moved), "nsubj"));
        assert_eq!((syntax.head[ships], syntax.deprel[ships].as_str()), (Some(moved), "obj"));
        assert_eq!(syntax.head[said], None);
        assert_eq!((syntax.head[officials], syntax.deprel[officials].as_str()), (Some(said), "nsubj"));
        // One root per sentence, heads inside their sentence.
        for s in doc.sentences() {
            let roots = (s.first_token..s.end_token).filter(|&k| syntax.head[k].is_none()).count();
            assert_eq!(roots, 1);
            assert!((s.first_token..s.end_token).all(|k| syntax.head[k].map_or(true, |h| (s.first_token..s.end_token).contains(&h))));
        }
    }
}
