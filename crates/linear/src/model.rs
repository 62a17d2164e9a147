//! Weights ready for prediction: the serializable [`CompactModel`] and the [`Model`] built from it
//! at load time.

use serde::{Deserialize, Serialize};

use crate::{Error, FeatureKey};

/// Pruned, quantized weights as stored in a model file: for each feature key (sorted), a sparse
/// row of (class, weight) pairs. A weight is `weights[i] as f32 * scale`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompactModel {
    n_classes: u32,
    scale: f32,
    keys: Vec<u64>,
    /// Number of (class, weight) pairs of each key's row.
    lens: Vec<u16>,
    classes: Vec<u16>,
    weights: Vec<i16>,
}

impl CompactModel {
    pub(crate) fn empty(n_classes: usize, scale: f32) -> CompactModel {
        CompactModel {
            n_classes: n_classes as u32,
            scale,
            keys: Vec::new(),
            lens: Vec::new(),
            classes: Vec::new(),
            weights: Vec::new(),
        }
    }

    pub(crate) fn push_row(&mut self, key: u64, row: &[(u16, i16)]) {
        if row.is_empty() {
            return;
        }
        self.keys.push(key);
        self.lens.push(row.len() as u16);
        for &(c, w) in row {
            self.classes.push(c);
            self.weights.push(w);
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes as usize
    }
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// The same weights without those below `threshold` in absolute value (real units, not
    /// quantized ones): what training with that pruning threshold would have kept, up to the
    /// rounding of quantization. Rows left empty are dropped; rows that do not fit the body
    /// (a damaged model) are dropped too.
    pub fn pruned(&self, threshold: f32) -> CompactModel {
        let mut out = CompactModel::empty(self.n_classes as usize, self.scale);
        let mut next = 0;
        let mut row = Vec::new();
        for (&key, &len) in self.keys.iter().zip(&self.lens) {
            let end = next + usize::from(len);
            let (Some(classes), Some(weights)) = (self.classes.get(next..end), self.weights.get(next..end)) else {
                break;
            };
            row.clear();
            row.extend(
                classes.iter().zip(weights).filter(|&(_, &w)| (f32::from(w) * self.scale).abs() >= threshold).map(|(&c, &w)| (c, w)),
            );
            out.push_row(key, &row);
            next = end;
        }
        out
    }
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }
}

/// One slot of the lookup table: 8 bytes, so that the table of a large model (the parser's) and
/// its rows fit in the processor's last-level cache together. The high bits of a key choose its
/// home slot and its low 32 bits are kept as a fingerprint instead of the whole key. Model files
/// store keys in increasing order, so with homes taken from the high bits, loading fills the
/// table from end to end (one cache miss per page, not per key).
///
/// Stored features are always found exactly: when two stored keys with the same fingerprint
/// meet on a probe path (about once in 10^4 loads of a large model), both slots are flagged
/// [`CLASH`] and their rows are found by whole key in `Model::clashes`. A feature the model does
/// not hold can match a stored fingerprint by chance, about once in 500 million lookups (a few
/// slots probed, 2^32 fingerprints): one stray row in the scores, too rare to matter.
#[derive(Clone, Copy, Debug)]
struct Slot {
    fingerprint: u32,
    /// Index of the row's header cell in `cells` (with [`CLASH`] set when the fingerprint is
    /// shared), [`EMPTY`] for an empty slot.
    start: u32,
}

const EMPTY: u32 = u32::MAX;
const CLASH: u32 = 1 << 31;
/// The `class` of the header cell of a dense row.
const DENSE: u16 = u16::MAX;
/// The end of a dense row's range in [`Model::row`] (its start is the offset in `dense`).
const DENSE_END: usize = usize::MAX;

fn fingerprint(key: u64) -> u32 {
    key as u32
}

/// One (class, weight) pair of a row. Rows are stored as runs of these, so reading a row touches
/// one stretch of memory, not two (the lookup is memory-bound once a model outgrows the cache).
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    class: u16,
    weight: i16,
}

/// Weights loaded for prediction: an open-addressing table (linear probing, load at most 3/4)
/// from feature key to its row. Each row in `cells` starts with a header cell: a sparse row's
/// header holds its length in `class` and its (class, weight) pairs follow, so finding a row and
/// reading it touch the same stretch of memory; a row with weights for at least half the classes
/// is kept *dense*, as one weight per class in `dense` (no more memory than its pairs, and summed
/// in order without indexing by class), its header marked [`DENSE`] and followed by one cell that
/// holds the row's offset in `dense`.
#[derive(Clone, Debug)]
pub struct Model {
    n_classes: usize,
    scale: f32,
    mask: usize,
    /// A key's home slot is `key >> shift`.
    shift: u32,
    slots: Vec<Slot>,
    cells: Vec<Cell>,
    dense: Vec<i16>,
    n_weights: usize,
    /// Header cell of the rows whose slots carry [`CLASH`], by whole key.
    clashes: crate::KeyMap<u32>,
    n_features: usize,
}

impl Model {
    /// Checks the stored weights and builds the lookup table. Inconsistent lengths, a class out
    /// of range or a repeated key are refused (they mean a damaged or foreign body).
    pub fn new(c: CompactModel) -> Result<Model, Error> {
        let n_classes = c.n_classes as usize;
        if n_classes == 0 {
            return Err(Error::Corrupt("no classes".into()));
        }
        if c.keys.len() != c.lens.len() {
            return Err(Error::Corrupt(format!("{} keys but {} row lengths", c.keys.len(), c.lens.len())));
        }
        if c.classes.len() != c.weights.len() {
            return Err(Error::Corrupt(format!("{} classes but {} weights", c.classes.len(), c.weights.len())));
        }
        let total: usize = c.lens.iter().map(|&l| usize::from(l)).sum();
        if total != c.weights.len() || total + c.keys.len() >= CLASH as usize {
            return Err(Error::Corrupt(format!("rows hold {total} weights, the body {}", c.weights.len())));
        }
        if let Some(&bad) = c.classes.iter().find(|&&k| usize::from(k) >= n_classes) {
            return Err(Error::Corrupt(format!("class {bad} of {n_classes}")));
        }
        if !c.scale.is_finite() || c.scale <= 0.0 {
            return Err(Error::Corrupt(format!("scale {}", c.scale)));
        }
        let cap = (c.keys.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let mask = cap - 1;
        let shift = 64 - cap.trailing_zeros();
        let mut slots = vec![Slot { fingerprint: 0, start: EMPTY }; cap];
        // The header cell of each key's row, in key order (increasing): when two fingerprints
        // meet, the stored slot's key is found from its header, to tell a key stored twice from
        // a clash without keeping every slot's whole key.
        let mut headers: Vec<u32> = Vec::with_capacity(c.keys.len());
        let key_of = |headers: &[u32], start: u32| headers.binary_search(&(start & !CLASH)).ok().map(|k| c.keys[k]);
        let mut clashes = crate::KeyMap::default();
        let mut cells = Vec::with_capacity(total + c.keys.len());
        let mut dense: Vec<i16> = Vec::new();
        let mut next = 0usize;
        for (&key, &len) in c.keys.iter().zip(&c.lens) {
            if len == 0 {
                return Err(Error::Corrupt(format!("empty row for key {key:#x}")));
            }
            let start = cells.len() as u32;
            let (fp, mut i, mut clash) = (fingerprint(key), (key >> shift) as usize, false);
            loop {
                let s = &mut slots[i];
                if s.start == EMPTY {
                    *s = Slot { fingerprint: fp, start: if clash { start | CLASH } else { start } };
                    break;
                }
                if s.fingerprint == fp {
                    let Some(other) = key_of(&headers, s.start) else {
                        return Err(Error::Corrupt(format!("slot {i} points into no row")));
                    };
                    if other == key {
                        return Err(Error::Corrupt(format!("key {key:#x} stored twice")));
                    }
                    clash = true;
                    clashes.insert(other, s.start & !CLASH);
                    s.start |= CLASH;
                }
                i = (i + 1) & mask;
            }
            if clash {
                clashes.insert(key, start);
            }
            headers.push(start);
            let len = usize::from(len);
            let pairs = c.classes[next..next + len].iter().zip(&c.weights[next..next + len]);
            if 2 * len >= n_classes {
                let offset = dense.len();
                if offset + n_classes > u32::MAX as usize {
                    return Err(Error::Corrupt(format!("{} dense weights", offset + n_classes)));
                }
                dense.resize(offset + n_classes, 0);
                for (&class, &weight) in pairs {
                    dense[offset + usize::from(class)] = weight;
                }
                cells.push(Cell { class: DENSE, weight: 0 });
                cells.push(Cell { class: offset as u16, weight: (offset >> 16) as u16 as i16 });
            } else {
                cells.push(Cell { class: len as u16, weight: 0 });
                cells.extend(pairs.map(|(&class, &weight)| Cell { class, weight }));
            }
            next += len;
        }
        if cells.len() >= CLASH as usize {
            return Err(Error::Corrupt(format!("{} cells", cells.len())));
        }
        Ok(Model { n_classes, scale: c.scale, mask, shift, slots, cells, dense, n_weights: total, clashes, n_features: c.keys.len() })
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    pub fn n_features(&self) -> usize {
        self.n_features
    }
    pub fn n_weights(&self) -> usize {
        self.n_weights
    }
    /// What one unit of an integer score is worth.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The weights of `key`'s row: a range of `cells` for a sparse row, `(offset in dense,
    /// DENSE_END)` for a dense one.
    #[inline]
    fn row(&self, key: u64) -> Option<(usize, usize)> {
        let fp = fingerprint(key);
        let mut i = (key >> self.shift) as usize;
        loop {
            let s = self.slots[i];
            if s.start == EMPTY {
                return None;
            }
            if s.fingerprint == fp {
                let header = if s.start & CLASH == 0 {
                    s.start
                } else {
                    match self.clashes.get(&key) {
                        Some(&h) => h,
                        None => {
                            i = (i + 1) & self.mask;
                            continue;
                        }
                    }
                };
                let start = header as usize + 1;
                return match self.cells.get(header as usize) {
                    Some(h) if h.class == DENSE => {
                        let at = self.cells.get(start).map_or(0, |o| usize::from(o.class) | usize::from(o.weight as u16) << 16);
                        Some((at, DENSE_END))
                    }
                    Some(h) => Some((start, start + usize::from(h.class))),
                    None => None,
                };
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The integer score of every class (multiply by [`Model::scale`] for the real value).
    #[inline]
    pub fn scores(&self, feats: &[FeatureKey], out: &mut Vec<i32>) {
        out.clear();
        out.resize(self.n_classes, 0);
        self.add_scores(feats, out);
    }

    /// Adds the integer scores of `feats` to `out` (one entry per class; classes beyond the end
    /// of `out` are skipped), e.g. to scores summed earlier for other features.
    ///
    /// The work goes in three sweeps over a chunk of features, so that cache misses overlap
    /// instead of following one another: the first reads the home slot of every feature without
    /// acting on what it reads (independent loads, which the processor issues together), the
    /// second finds the rows (now mostly in cache) and reads the first cell of each, the third
    /// sums. Probing and summing in one sweep would stall on every miss in turn, because each
    /// probe branches on the slot it has just loaded.
    #[inline]
    pub fn add_scores(&self, feats: &[FeatureKey], out: &mut [i32]) {
        const CHUNK: usize = 64;
        let mut rows = [(0usize, 0usize); CHUNK];
        for chunk in feats.chunks(CHUNK) {
            let mut touched = 0u64;
            for f in chunk {
                touched ^= u64::from(self.slots[(f.0 >> self.shift) as usize].fingerprint);
            }
            let mut n = 0;
            for f in chunk {
                if let Some(r) = self.row(f.0) {
                    rows[n] = r;
                    n += 1;
                }
            }
            for &(a, b) in &rows[..n] {
                if b == DENSE_END {
                    touched ^= self.dense.get(a).map_or(0, |&w| w as u64);
                } else if a < b {
                    touched ^= u64::from(self.cells[a].class);
                }
            }
            std::hint::black_box(touched);
            let classes = out.len().min(self.n_classes);
            for &(a, b) in &rows[..n] {
                if b == DENSE_END {
                    let Some(weights) = self.dense.get(a..a + classes) else { continue };
                    for (o, &w) in out[..classes].iter_mut().zip(weights) {
                        *o += i32::from(w);
                    }
                } else {
                    for cell in &self.cells[a..b] {
                        if let Some(o) = out.get_mut(usize::from(cell.class)) {
                            *o += i32::from(cell.weight);
                        }
                    }
                }
            }
        }
    }

    /// The best class (the lowest index on a tie).
    #[inline]
    pub fn predict(&self, feats: &[FeatureKey], buf: &mut Vec<i32>) -> usize {
        self.scores(feats, buf);
        let mut best = 0;
        for (i, &s) in buf.iter().enumerate() {
            if s > buf[best] {
                best = i;
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sharing_a_fingerprint_and_a_home_slot_keep_their_own_rows() {
        // `a`, `b` and `absent` have the same low 32 bits (fingerprint 5) and, in a 16-slot
        // table, the same home slot (top four bits 0); `absent` is not stored; `other` has
        // another fingerprint in the same home.
        let (a, b, absent, other) = (5u64, 5 | 1 << 40, 5 | 1 << 41, 7u64);
        let mut c = CompactModel::empty(3, 1.0);
        c.push_row(a, &[(0, 1)]);
        c.push_row(other, &[(2, 4)]);
        c.push_row(b, &[(1, 2)]);
        let m = Model::new(c).unwrap();
        assert_eq!(m.clashes.len(), 2);
        let mut out = Vec::new();
        m.scores(&[FeatureKey(a)], &mut out);
        assert_eq!(out, [1, 0, 0]);
        m.scores(&[FeatureKey(b)], &mut out);
        assert_eq!(out, [0, 2, 0]);
        m.scores(&[FeatureKey(other)], &mut out);
        assert_eq!(out, [0, 0, 4]);
        m.scores(&[FeatureKey(absent), FeatureKey(a), FeatureKey(b)], &mut out);
        assert_eq!(out, [1, 2, 0]);
        assert_eq!((m.n_features(), m.n_weights()), (3, 3));
    }

    #[test]
    fn dense_and_sparse_rows_sum_alike() {
        // Four classes: a row with two weights or more is kept dense.
        let mut c = CompactModel::empty(4, 1.0);
        c.push_row(1, &[(0, 5), (3, -2)]);
        c.push_row(2, &[(2, 7)]);
        c.push_row(3, &[(0, 1), (1, 1), (2, 1), (3, 1)]);
        let m = Model::new(c).unwrap();
        assert_eq!(m.dense.len(), 8);
        let mut out = Vec::new();
        // An absent key with a fingerprint of its own adds nothing.
        m.scores(&[FeatureKey(1), FeatureKey(2), FeatureKey(3), FeatureKey(99 | 5 << 40)], &mut out);
        assert_eq!(out, [6, 1, 8, -1]);
        assert_eq!((m.n_features(), m.n_weights()), (3, 7));
        // Classes beyond the end of the output are skipped, dense or sparse.
        let mut short = [0i32; 2];
        m.add_scores(&[FeatureKey(1), FeatureKey(3)], &mut short);
        assert_eq!(short, [6, 1]);
    }

    #[test]
    fn pruning_a_compact_model_drops_small_weights_and_empty_rows() {
        let mut c = CompactModel::empty(3, 0.5);
        c.push_row(1, &[(0, 1), (2, 4)]);
        c.push_row(2, &[(1, -2)]);
        c.push_row(3, &[(1, -3), (2, 1)]);
        // Real weights: 0.5 and 2.0; -1.0; -1.5 and 0.5. Keep those of 1.0 or more.
        let p = c.pruned(1.0);
        assert_eq!((p.n_features(), p.n_weights()), (3, 3));
        let m = Model::new(p).unwrap();
        let mut out = Vec::new();
        m.scores(&[FeatureKey(1), FeatureKey(2), FeatureKey(3)], &mut out);
        assert_eq!(out, [0, -5, 4]);
        assert_eq!(c.pruned(1.6).n_features(), 1);
        assert_eq!(c.pruned(0.0), c);
    }

    #[test]
    fn refuses_inconsistent_bodies() {
        let mut c = CompactModel::empty(2, 1.0);
        c.push_row(5, &[(0, 3), (1, -3)]);
        assert!(Model::new(c.clone()).is_ok());
        let mut bad = c.clone();
        bad.classes[1] = 2;
        assert!(matches!(Model::new(bad), Err(Error::Corrupt(_))));
        let mut bad = c.clone();
        bad.weights.pop();
        assert!(matches!(Model::new(bad), Err(Error::Corrupt(_))));
        let mut bad = c;
        bad.push_row(5, &[(0, 1)]);
        assert!(matches!(Model::new(bad), Err(Error::Corrupt(_))));
    }
}
