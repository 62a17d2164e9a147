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
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    key: u64,
    start: u32,
    /// 0 marks an empty slot (rows are never empty).
    len: u32,
}

/// One (class, weight) pair of a row. Rows are stored as runs of these, so reading a row touches
/// one stretch of memory, not two (the lookup is memory-bound once a model outgrows the cache).
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    class: u16,
    weight: i16,
}

/// Weights loaded for prediction: an open-addressing table from feature key to its row.
#[derive(Clone, Debug)]
pub struct Model {
    n_classes: usize,
    scale: f32,
    mask: usize,
    slots: Vec<Slot>,
    cells: Vec<Cell>,
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
        if total != c.weights.len() || total > u32::MAX as usize {
            return Err(Error::Corrupt(format!("rows hold {total} weights, the body {}", c.weights.len())));
        }
        if let Some(&bad) = c.classes.iter().find(|&&k| usize::from(k) >= n_classes) {
            return Err(Error::Corrupt(format!("class {bad} of {n_classes}")));
        }
        if !c.scale.is_finite() || c.scale <= 0.0 {
            return Err(Error::Corrupt(format!("scale {}", c.scale)));
        }
        let cap = (c.keys.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![Slot::default(); cap];
        let mut start = 0u32;
        for (&key, &len) in c.keys.iter().zip(&c.lens) {
            if len == 0 {
                return Err(Error::Corrupt(format!("empty row for key {key:#x}")));
            }
            let mut i = key as usize & mask;
            loop {
                let s = &mut slots[i];
                if s.len == 0 {
                    *s = Slot { key, start, len: u32::from(len) };
                    break;
                }
                if s.key == key {
                    return Err(Error::Corrupt(format!("key {key:#x} stored twice")));
                }
                i = (i + 1) & mask;
            }
            start += u32::from(len);
        }
        let cells = c.classes.iter().zip(&c.weights).map(|(&class, &weight)| Cell { class, weight }).collect();
        Ok(Model { n_classes, scale: c.scale, mask, slots, cells, n_features: c.keys.len() })
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }
    pub fn n_features(&self) -> usize {
        self.n_features
    }
    pub fn n_weights(&self) -> usize {
        self.cells.len()
    }
    /// What one unit of an integer score is worth.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    #[inline]
    fn row(&self, key: u64) -> Option<(usize, usize)> {
        let mut i = key as usize & self.mask;
        loop {
            // SAFETY-free: `i` is masked into range.
            let s = self.slots[i];
            if s.len == 0 {
                return None;
            }
            if s.key == key {
                return Some((s.start as usize, s.start as usize + s.len as usize));
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
    /// The rows are found first, a chunk of features at a time, and summed after: every lookup
    /// is then independent of the sums, so the processor overlaps their cache misses.
    #[inline]
    pub fn add_scores(&self, feats: &[FeatureKey], out: &mut [i32]) {
        const CHUNK: usize = 64;
        let mut rows = [(0usize, 0usize); CHUNK];
        for chunk in feats.chunks(CHUNK) {
            let mut n = 0;
            for f in chunk {
                if let Some(r) = self.row(f.0) {
                    rows[n] = r;
                    n += 1;
                }
            }
            for &(a, b) in &rows[..n] {
                for cell in &self.cells[a..b] {
                    if let Some(o) = out.get_mut(usize::from(cell.class)) {
                        *o += i32::from(cell.weight);
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
