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

/// Slots in a [`Bucket`].
const LANES: usize = 8;

/// One cache line of the lookup table: eight slots of 8 bytes, their fingerprints first and their
/// rows after. The high bits of a key choose its home bucket and its low 32 bits are kept as a
/// fingerprint instead of the whole key; a lookup compares the eight fingerprints of a bucket at
/// once and reads the next bucket only when this one is full, so that nearly every lookup reads
/// one line and takes no branch per slot (probing slot by slot cost the parser about 7% of its
/// time: it ran that much faster in a table four times as sparse). Slots of a bucket fill from
/// the first, and nothing is ever removed, so a bucket whose last slot is empty ends a probe.
/// Model files store keys in increasing order, so with homes taken from the high bits, loading
/// fills the table from end to end (one cache miss per page, not per key).
///
/// Stored features are always found exactly: when two stored keys with the same fingerprint
/// meet on a probe path (about once in 10^4 loads of a large model), both slots are flagged
/// [`CLASH`] and their rows are found by whole key in `Model::clashes`. A feature the model does
/// not hold can match a stored fingerprint by chance, about once in 500 million lookups (a few
/// slots compared, 2^32 fingerprints): one stray row in the scores, too rare to matter.
#[derive(Clone, Copy, Debug)]
#[repr(C, align(64))]
struct Bucket {
    fingerprints: [u32; LANES],
    /// Where each row is (see [`RowRef`]), with [`CLASH`] set when the fingerprint is shared;
    /// [`EMPTY`] for an empty slot (whose fingerprint is 0).
    rows: [u32; LANES],
}

impl Bucket {
    const EMPTY: Bucket = Bucket { fingerprints: [0; LANES], rows: [EMPTY; LANES] };

    /// The slots whose fingerprint is `fp`, one bit each.
    #[inline]
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    fn matching(&self, fp: u32) -> u32 {
        use std::arch::x86_64::{__m128i, _mm_castsi128_ps, _mm_cmpeq_epi32, _mm_load_si128, _mm_movemask_ps, _mm_set1_epi32};
        let lanes = self.fingerprints.as_ptr().cast::<__m128i>();
        // SAFETY: SSE2 is part of every x86-64 processor; the two loads read the 32 bytes of
        // `fingerprints`, which start the 64-byte-aligned bucket (so each half is aligned to 16).
        unsafe {
            let needle = _mm_set1_epi32(fp as i32);
            let low = _mm_cmpeq_epi32(_mm_load_si128(lanes), needle);
            let high = _mm_cmpeq_epi32(_mm_load_si128(lanes.add(1)), needle);
            (_mm_movemask_ps(_mm_castsi128_ps(low)) | _mm_movemask_ps(_mm_castsi128_ps(high)) << 4) as u32
        }
    }

    /// The slots whose fingerprint is `fp`, one bit each.
    #[inline]
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    fn matching(&self, fp: u32) -> u32 {
        let mut bits = 0;
        for (lane, &f) in self.fingerprints.iter().enumerate() {
            bits |= u32::from(f == fp) << lane;
        }
        bits
    }

    #[inline]
    fn is_full(&self) -> bool {
        self.rows[LANES - 1] != EMPTY
    }
}

const EMPTY: u32 = u32::MAX;
const CLASH: u32 = 1 << 31;
/// The kind of a row, in bits 29 and 30 of a [`RowRef`]; its place (or its weight) is in the
/// low 29 bits, the [`PAYLOAD`].
const KIND: u32 = 3 << 29;
const PAYLOAD: u32 = (1 << 29) - 1;
/// A sparse row: the payload is the index of its header cell in `cells` (bits 0 to 23) and half
/// its length (bits 24 to 28, at most 31), so that all of it can be asked for before its header
/// is read.
const SPARSE: u32 = 0;
const SPARSE_INDEX: u32 = (1 << 24) - 1;
/// A dense row: the payload is its offset in `dense`.
const DENSE: u32 = 1 << 29;
/// A row of one weight, held in the reference itself: the class in bits 16 to 28, the weight in
/// bits 0 to 15. Finding such a row costs no memory access beyond its slot.
const SINGLE: u32 = 2 << 29;
/// The highest class a [`SINGLE`] row can hold.
const SINGLE_MAX_CLASS: u16 = (1 << 13) - 1;

/// The vector instructions [`Model::add_rows`] has a version for, the widest this processor has.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
enum Simd {
    /// What the target guarantees (SSE2 on x86-64).
    Baseline,
    Avx2,
}

impl Simd {
    fn detect() -> Simd {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            return Simd::Avx2;
        }
        Simd::Baseline
    }
}

/// Whether a row of `len` weights is kept dense: when it has weights for at least one class in
/// 16. A dense row costs more memory than its pairs but is summed a chunk of classes at a time,
/// in vector registers, where a sparse row costs a scattered add per pair; one in 16 was the
/// fastest share for the parser (101 classes: rows of 7 weights or more), the tagger (109) and
/// the recogniser, against one in 2, 4, 8, 12, 24, 32 and 64 (docs/BENCHMARKS.md, session 24).
fn is_dense(len: usize, n_classes: usize) -> bool {
    len > 1 && 16 * len >= n_classes
}

/// Classes summed at once by [`Model::add_rows`].
const DENSE_CHUNK: usize = 16;

/// The room a dense row takes in `Model::dense`: its classes, padded with zeros to a whole number
/// of [`DENSE_CHUNK`]s, so that every chunk of a row can be read whole.
fn dense_stride(n_classes: usize) -> usize {
    n_classes.div_ceil(DENSE_CHUNK) * DENSE_CHUNK
}

fn fingerprint(key: u64) -> u32 {
    key as u32
}

/// Asks the processor to bring the cache line of `p` in, without waiting for it and without
/// reading it (so any address is fine, and nothing happens where the instruction is missing).
#[inline(always)]
fn prefetch<T>(p: *const T) {
    // SAFETY: a prefetch reads nothing and cannot fault, whatever the address; SSE, the
    // target feature it needs, is part of every x86-64 processor.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// The row of one feature, found by [`Model::find_rows`] and summed by [`Model::add_rows`]: its
/// kind ([`SPARSE`], [`DENSE`] or [`SINGLE`]) and place, as the table stores them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowRef(u32);

/// One (class, weight) pair of a row. Rows are stored as runs of these, so reading a row touches
/// one stretch of memory, not two (the lookup is memory-bound once a model outgrows the cache).
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    class: u16,
    weight: i16,
}

/// Weights loaded for prediction: an open-addressing table (linear probing, load at most 3/4)
/// from feature key to its row, in one of three forms chosen to cost the fewest cache misses:
/// a row of a single weight is held in the slot itself ([`SINGLE`]); a row with weights for at
/// least one class in 16 ([`is_dense`]) is kept *dense*, one weight per class in `dense`, padded
/// to whole chunks of [`DENSE_CHUNK`] classes (summed in order, a chunk at a time, without
/// indexing by class); any other row is *sparse*, a header cell in `cells` holding its length in
/// `class`, followed by its (class, weight) pairs.
///
/// The lookup is memory-bound once a model outgrows the cache (the parser's): every feature
/// costs a miss on its slot and, unless the row is single, one on the row. So scores are summed
/// in three sweeps over the features ([`Model::prefetch_slots`], [`Model::find_rows`],
/// [`Model::add_rows`]), each asking for the memory the next one needs with a prefetch, which
/// the processor serves while it goes on; a caller with several independent lookups (the
/// parser, with several sentences in flight) runs each sweep over all of them before the next.
#[derive(Clone, Debug)]
pub struct Model {
    n_classes: usize,
    scale: f32,
    mask: usize,
    /// A key's home bucket is `key >> shift`.
    shift: u32,
    buckets: Vec<Bucket>,
    cells: Vec<Cell>,
    dense: Vec<i16>,
    n_weights: usize,
    /// The rows of the keys whose slots carry [`CLASH`], by whole key.
    clashes: crate::KeyMap<u32>,
    n_features: usize,
    /// The vector instructions [`Model::add_rows`] uses.
    simd: Simd,
}

impl Model {
    /// Checks the stored weights and builds the lookup table. Inconsistent lengths, a class out
    /// of range, a row whose classes do not rise (a class repeated), more classes than a `u16`
    /// names or a repeated key are refused (they mean a damaged or foreign body).
    pub fn new(c: CompactModel) -> Result<Model, Error> {
        let n_classes = c.n_classes as usize;
        if n_classes == 0 || n_classes > 1 << 16 {
            return Err(Error::Corrupt(format!("{n_classes} classes")));
        }
        if c.keys.len() != c.lens.len() {
            return Err(Error::Corrupt(format!("{} keys but {} row lengths", c.keys.len(), c.lens.len())));
        }
        if c.classes.len() != c.weights.len() {
            return Err(Error::Corrupt(format!("{} classes but {} weights", c.classes.len(), c.weights.len())));
        }
        let total: usize = c.lens.iter().map(|&l| usize::from(l)).sum();
        if total != c.weights.len() || total + c.keys.len() > PAYLOAD as usize {
            return Err(Error::Corrupt(format!("rows hold {total} weights, the body {}", c.weights.len())));
        }
        if let Some(&bad) = c.classes.iter().find(|&&k| usize::from(k) >= n_classes) {
            return Err(Error::Corrupt(format!("class {bad} of {n_classes}")));
        }
        if !c.scale.is_finite() || c.scale <= 0.0 {
            return Err(Error::Corrupt(format!("scale {}", c.scale)));
        }
        // Training writes each row's classes in increasing order; a repeated class would sum
        // twice in a sparse row and once in a dense one.
        let mut next = 0usize;
        for (&key, &len) in c.keys.iter().zip(&c.lens) {
            let classes = &c.classes[next..next + usize::from(len)];
            if classes.windows(2).any(|w| w[0] >= w[1]) {
                return Err(Error::Corrupt(format!("the classes of key {key:#x} do not rise")));
            }
            next += usize::from(len);
        }
        let cap = (c.keys.len() * 4 / 3 + 1).next_power_of_two().max(2 * LANES) / LANES;
        let mask = cap - 1;
        let shift = 64 - cap.trailing_zeros();
        let mut buckets = vec![Bucket::EMPTY; cap];
        // The number of the key stored in each slot: when two fingerprints meet, it tells a key
        // stored twice from a clash without keeping every slot's whole key.
        let mut slot_key: Vec<u32> = vec![0; cap * LANES];
        let mut clashes = crate::KeyMap::default();
        let (mut n_cells, mut n_dense) = (0, 0);
        for &len in &c.lens {
            let len = usize::from(len);
            if is_dense(len, n_classes) {
                n_dense += dense_stride(n_classes);
            } else if len > 1 {
                n_cells += len + 1;
            }
        }
        // (Only a hint: a damaged body must fail on its PAYLOAD check below, not on one huge
        // reservation.)
        let mut cells = Vec::with_capacity(n_cells.min(PAYLOAD as usize));
        let mut dense: Vec<i16> = Vec::with_capacity(n_dense.min(PAYLOAD as usize));
        let mut next = 0usize;
        for (k, (&key, &len)) in c.keys.iter().zip(&c.lens).enumerate() {
            if len == 0 {
                return Err(Error::Corrupt(format!("empty row for key {key:#x}")));
            }
            let len = usize::from(len);
            let (classes, weights) = (&c.classes[next..next + len], &c.weights[next..next + len]);
            next += len;
            let row = if len == 1 && classes[0] <= SINGLE_MAX_CLASS {
                SINGLE | u32::from(classes[0]) << 16 | u32::from(weights[0] as u16)
            } else if is_dense(len, n_classes) {
                let offset = dense.len();
                if offset + dense_stride(n_classes) > PAYLOAD as usize {
                    return Err(Error::Corrupt(format!("{} dense weights", offset + dense_stride(n_classes))));
                }
                dense.resize(offset + dense_stride(n_classes), 0);
                for (&class, &weight) in classes.iter().zip(weights) {
                    dense[offset + usize::from(class)] = weight;
                }
                DENSE | offset as u32
            } else {
                let start = cells.len() as u32;
                cells.push(Cell { class: len as u16, weight: 0 });
                cells.extend(classes.iter().zip(weights).map(|(&class, &weight)| Cell { class, weight }));
                if start as usize + len >= SPARSE_INDEX as usize {
                    return Err(Error::Corrupt(format!("more than {SPARSE_INDEX} weights in sparse rows")));
                }
                SPARSE | start | (len as u32 / 2).min(31) << 24
            };
            let (fp, mut b, mut clash) = (fingerprint(key), (key >> shift) as usize, false);
            'probe: loop {
                let bucket = &mut buckets[b];
                for lane in 0..LANES {
                    if bucket.rows[lane] == EMPTY {
                        bucket.fingerprints[lane] = fp;
                        bucket.rows[lane] = if clash { row | CLASH } else { row };
                        slot_key[b * LANES + lane] = k as u32;
                        break 'probe;
                    }
                    if bucket.fingerprints[lane] == fp {
                        let other = c.keys[slot_key[b * LANES + lane] as usize];
                        if other == key {
                            return Err(Error::Corrupt(format!("key {key:#x} stored twice")));
                        }
                        clash = true;
                        clashes.insert(other, bucket.rows[lane] & !CLASH);
                        bucket.rows[lane] |= CLASH;
                    }
                }
                b = (b + 1) & mask;
            }
            if clash {
                clashes.insert(key, row);
            }
        }
        Ok(Model { n_classes, scale: c.scale, mask, shift, buckets, cells, dense, n_weights: total, clashes, n_features: c.keys.len(), simd: Simd::detect() })
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

    /// Where `key`'s row is, if the model holds it.
    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        let fp = fingerprint(key);
        let mut b = (key >> self.shift) as usize;
        loop {
            let bucket = self.buckets.get(b)?;
            let mut matching = bucket.matching(fp);
            while matching != 0 {
                let row = bucket.rows[matching.trailing_zeros() as usize % LANES];
                if row != EMPTY {
                    if row & CLASH == 0 {
                        return Some(row);
                    }
                    if let Some(&row) = self.clashes.get(&key) {
                        return Some(row);
                    }
                }
                matching &= matching - 1;
            }
            if !bucket.is_full() {
                return None;
            }
            b = (b + 1) & self.mask;
        }
    }

    /// Asks for every line of the memory of the row `row`.
    #[inline]
    fn prefetch_row(&self, row: u32) {
        let at = (row & PAYLOAD) as usize;
        match row & KIND {
            SPARSE => {
                let header = self.cells.as_ptr().wrapping_add((row & SPARSE_INDEX) as usize);
                // The last pair is at most this far after the header, 16 cells to a line.
                let last = 2 * (at >> 24) + 1;
                let mut k = 0;
                while k < last {
                    prefetch(header.wrapping_add(k));
                    k += 16;
                }
                prefetch(header.wrapping_add(last));
            }
            DENSE => {
                let first = self.dense.as_ptr().wrapping_add(at);
                // 32 weights to a 64-byte line; the last weight may start one more.
                let mut k = 0;
                while k < self.n_classes {
                    prefetch(first.wrapping_add(k));
                    k += 32;
                }
                prefetch(first.wrapping_add(self.n_classes - 1));
            }
            _ => {}
        }
    }

    /// Adds the weights of one row to `out` (classes beyond its end are skipped).
    #[inline]
    fn add_row(&self, row: u32, out: &mut [i32]) {
        let at = (row & PAYLOAD) as usize;
        match row & KIND {
            SINGLE => {
                let class = (at >> 16) & usize::from(SINGLE_MAX_CLASS);
                if let Some(o) = out.get_mut(class) {
                    *o += i32::from(row as u16 as i16);
                }
            }
            DENSE => {
                let classes = out.len().min(self.n_classes);
                if let Some(weights) = self.dense.get(at..at + classes) {
                    for (o, &w) in out[..classes].iter_mut().zip(weights) {
                        *o += i32::from(w);
                    }
                }
            }
            _ => {
                let at = (row & SPARSE_INDEX) as usize;
                let Some(header) = self.cells.get(at) else { return };
                let Some(pairs) = self.cells.get(at + 1..at + 1 + usize::from(header.class)) else { return };
                if out.len() >= self.n_classes {
                    debug_assert!(pairs.iter().all(|c| usize::from(c.class) < self.n_classes));
                    for cell in pairs {
                        // SAFETY: `Model::new` refuses a class of `n_classes` or more, and `out`
                        // has an entry for every class. A `RowRef` of another model (the API does
                        // not tie one to its model) reads this model's cells within `cells`
                        // (`get` above), whose every class, headers' lengths included (a sparse
                        // row has fewer than `n_classes / 16` pairs, or one), is below `n_classes`.
                        unsafe { *out.get_unchecked_mut(usize::from(cell.class)) += i32::from(cell.weight) };
                    }
                } else {
                    for cell in pairs {
                        if let Some(o) = out.get_mut(usize::from(cell.class)) {
                            *o += i32::from(cell.weight);
                        }
                    }
                }
            }
        }
    }

    /// The first sweep of a lookup: asks for the home bucket of every feature, without waiting.
    #[inline]
    pub fn prefetch_slots(&self, feats: &[FeatureKey]) {
        for f in feats {
            prefetch(self.buckets.as_ptr().wrapping_add((f.0 >> self.shift) as usize));
        }
    }

    /// The second sweep: appends to `rows` the row of every feature the model holds (absent ones
    /// add nothing) and asks for the memory of each. Best after [`Model::prefetch_slots`] over
    /// the same features, with other work between the two.
    #[inline]
    pub fn find_rows(&self, feats: &[FeatureKey], rows: &mut Vec<RowRef>) {
        rows.reserve(feats.len());
        for f in feats {
            if let Some(row) = self.find(f.0) {
                self.prefetch_row(row);
                rows.push(RowRef(row));
            }
        }
    }

    /// The last sweep: adds the weights of `rows` to `out` (one entry per class; classes beyond
    /// the end of `out` are skipped).
    #[inline]
    pub fn add_rows(&self, rows: &[RowRef], out: &mut [i32]) {
        match self.simd {
            // SAFETY: `Model::new` found AVX2 on this processor.
            #[cfg(target_arch = "x86_64")]
            Simd::Avx2 => unsafe { self.add_rows_avx2(rows, out) },
            _ => self.add_rows_chunked(rows, out),
        }
    }

    /// [`Model::add_rows_chunked`] compiled for AVX2, so that a chunk's sums are added in
    /// 256-bit vectors.
    ///
    /// # Safety
    /// The processor must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn add_rows_avx2(&self, rows: &[RowRef], out: &mut [i32]) {
        self.add_rows_chunked(rows, out);
    }

    /// Adds `rows` to `out`: single and sparse rows one by one, dense ones in batches of up to
    /// 64 by [`Model::add_dense`] (a dense reference that does not fit this model's rows, from
    /// another model, is added one by one, checked). Inlined into the functions above, so that
    /// the compiler can use the widest vectors the processor has for the chunks.
    #[inline(always)]
    fn add_rows_chunked(&self, rows: &[RowRef], out: &mut [i32]) {
        const BATCH: usize = 64;
        let stride = dense_stride(self.n_classes);
        let mut dense = [0u32; BATCH];
        let mut n_dense = 0;
        for &RowRef(row) in rows {
            let at = row & PAYLOAD;
            if row & KIND == DENSE && at as usize + stride <= self.dense.len() {
                dense[n_dense] = at;
                n_dense += 1;
                if n_dense == BATCH {
                    // SAFETY: every start was checked to leave a whole row within `dense`.
                    unsafe { self.add_dense(&dense, out) };
                    n_dense = 0;
                }
            } else {
                self.add_row(row, out);
            }
        }
        // SAFETY: as above.
        unsafe { self.add_dense(&dense[..n_dense], out) };
    }

    /// Adds the dense rows starting at `starts` to `out`, [`DENSE_CHUNK`] classes at a time:
    /// the chunk's sums stay in registers while every row adds to them, and `out` is read and
    /// written once per chunk, not once per row.
    ///
    /// # Safety
    /// Every start must leave a whole padded row within `dense`:
    /// `start + dense_stride(n_classes) <= dense.len()`.
    #[inline(always)]
    unsafe fn add_dense(&self, starts: &[u32], out: &mut [i32]) {
        if starts.is_empty() {
            return;
        }
        let classes = out.len().min(self.n_classes);
        let mut c = 0;
        while c < classes {
            let mut acc = [0i32; DENSE_CHUNK];
            for &at in starts {
                // SAFETY: `c < classes <= n_classes`, and `c` and the stride are multiples of
                // `DENSE_CHUNK`, so `at + c + DENSE_CHUNK <= at + stride <= dense.len()` by the
                // caller's promise; an `[i16; N]` needs no more alignment than an `i16`.
                let w = unsafe { &*self.dense.as_ptr().add(at as usize + c).cast::<[i16; DENSE_CHUNK]>() };
                for (a, &w) in acc.iter_mut().zip(w) {
                    *a += i32::from(w);
                }
            }
            for (o, a) in out[c..classes].iter_mut().zip(acc) {
                *o += a;
            }
            c += DENSE_CHUNK;
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
    /// of `out` are skipped), e.g. to scores summed earlier for other features: the three
    /// sweeps of [`Model`] over chunks of the features.
    #[inline]
    pub fn add_scores(&self, feats: &[FeatureKey], out: &mut [i32]) {
        const CHUNK: usize = 128;
        let mut rows = [RowRef(EMPTY); CHUNK];
        for chunk in feats.chunks(CHUNK) {
            self.prefetch_slots(chunk);
            let mut n = 0;
            for f in chunk {
                if let Some(row) = self.find(f.0) {
                    self.prefetch_row(row);
                    rows[n] = RowRef(row);
                    n += 1;
                }
            }
            self.add_rows(&rows[..n], out);
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
        // `a`, `b` and `absent` have the same low 32 bits (fingerprint 5) and, in a table of
        // two buckets, the same home bucket (top bit 0); `absent` is not stored; `other` has
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
        // Two dense rows, each padded to a chunk.
        assert_eq!(m.dense.len(), 2 * DENSE_CHUNK);
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

    /// The kind of the row `key` is found in.
    fn kind_of(m: &Model, key: u64) -> Option<u32> {
        let mut rows = Vec::new();
        m.find_rows(&[FeatureKey(key)], &mut rows);
        rows.first().map(|r| r.0 & KIND)
    }

    #[test]
    fn rows_of_one_weight_live_in_their_slots_and_sum_like_others() {
        let n_classes = 9000;
        let mut c = CompactModel::empty(n_classes, 1.0);
        c.push_row(1, &[(3, i16::MIN)]);
        c.push_row(2, &[(SINGLE_MAX_CLASS, i16::MAX)]);
        // A class too high for the slot: kept as a sparse row.
        c.push_row(3, &[(8500, -7)]);
        c.push_row(4, &[(3, 1), (8500, 2)]);
        let m = Model::new(c).unwrap();
        assert_eq!(kind_of(&m, 1), Some(SINGLE));
        assert_eq!(kind_of(&m, 2), Some(SINGLE));
        assert_eq!(kind_of(&m, 3), Some(SPARSE));
        assert_eq!(kind_of(&m, 4), Some(SPARSE));
        assert_eq!(kind_of(&m, 99 | 7 << 50), None);
        let mut out = Vec::new();
        m.scores(&[FeatureKey(1), FeatureKey(2), FeatureKey(3), FeatureKey(4)], &mut out);
        let nonzero: Vec<(usize, i32)> = out.iter().enumerate().filter(|(_, &s)| s != 0).map(|(c, &s)| (c, s)).collect();
        assert_eq!(nonzero, [(3, i32::from(i16::MIN) + 1), (usize::from(SINGLE_MAX_CLASS), i32::from(i16::MAX)), (8500, -5)]);
    }

    #[test]
    fn the_sweeps_sum_rows_of_every_length_as_a_plain_sum_does() {
        // 200 classes: rows of up to 12 pairs are sparse, of 13 or more (one class in 16) dense.
        let n_classes = 200u16;
        let mut c = CompactModel::empty(usize::from(n_classes), 1.0);
        let mut expected = vec![0i32; usize::from(n_classes)];
        let mut feats = Vec::new();
        for (key, len) in [(10u64, 2u16), (11, 5), (12, 12), (13, 13), (14, 17), (15, 100), (16, 200)] {
            // Distinct classes (7 is prime to 200), in increasing order as training writes them.
            let mut row: Vec<(u16, i16)> = (0..len).map(|i| ((i * 7 + len) % n_classes, i as i16 - 50)).collect();
            row.sort_unstable();
            for &(class, w) in &row {
                expected[usize::from(class)] += i32::from(w);
            }
            c.push_row(key << 40, &row);
            feats.push(FeatureKey(key << 40));
        }
        let m = Model::new(c).unwrap();
        assert_eq!(kind_of(&m, 12 << 40), Some(SPARSE));
        assert_eq!(kind_of(&m, 13 << 40), Some(DENSE));
        let mut out = Vec::new();
        m.scores(&feats, &mut out);
        assert_eq!(out, expected);
        // The sweeps one by one, as the parser calls them.
        let mut rows = Vec::new();
        m.prefetch_slots(&feats);
        m.find_rows(&feats, &mut rows);
        assert_eq!(rows.len(), feats.len());
        let mut by_sweeps = vec![0i32; usize::from(n_classes)];
        m.add_rows(&rows, &mut by_sweeps);
        assert_eq!(by_sweeps, expected);
    }

    #[test]
    fn every_way_of_summing_rows_gives_the_same_sums() {
        // 37 classes (not a whole number of chunks): 80 dense rows (more than one call holds
        // at once), sparse rows of 2 weights, single ones; summed one by one, by the plain
        // chunked sums, and by whatever `add_rows` uses here (AVX2 where the processor has it),
        // into an output of every class and into a shorter one.
        let n_classes = 37u16;
        let mut c = CompactModel::empty(usize::from(n_classes), 1.0);
        let mut feats = Vec::new();
        for key in 1..=160u64 {
            let len = match key % 4 {
                0 => 1,
                1 => 2,
                _ => 3 + (key % 30) as u16,
            };
            // Distinct classes (11 is prime to 37), in increasing order as training writes them.
            let mut row: Vec<(u16, i16)> =
                (0..len).map(|i| ((i * 11 + key as u16) % n_classes, (key as i16 * 37 + i as i16 * 101) % 2000 - 1000)).collect();
            row.sort_unstable();
            // (Keys of their own fingerprints and home buckets.)
            c.push_row(key << 36 | key, &row);
            feats.push(FeatureKey(key << 36 | key));
        }
        let m = Model::new(c).unwrap();
        let mut rows = Vec::new();
        m.find_rows(&feats, &mut rows);
        assert_eq!(rows.len(), 160);
        assert!(rows.iter().filter(|r| r.0 & KIND == DENSE).count() > 64);
        for classes in [usize::from(n_classes), 20] {
            let mut one_by_one = vec![0i32; classes];
            for r in &rows {
                m.add_row(r.0, &mut one_by_one);
            }
            let mut chunked = vec![0i32; classes];
            m.add_rows_chunked(&rows, &mut chunked);
            let mut fastest = vec![0i32; classes];
            m.add_rows(&rows, &mut fastest);
            assert_eq!(chunked, one_by_one);
            assert_eq!(fastest, one_by_one);
            assert!(one_by_one.iter().any(|&s| s != 0));
        }
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
    fn a_full_bucket_spills_into_the_next_and_ends_no_probe() {
        // Eleven keys make a table of two buckets of eight slots. Nine have their home in the
        // last bucket (top bit 1): one spills over, round to the first bucket, where the other
        // two live.
        let mut c = CompactModel::empty(16, 1.0);
        let home_last: Vec<u64> = (1..=9u64).map(|k| 1 << 63 | k).collect();
        let home_first = [1u64 << 20 | 3, 1 << 21 | 5];
        let mut keys: Vec<u64> = home_last.iter().chain(&home_first).copied().collect();
        keys.sort_unstable();
        for &key in &keys {
            c.push_row(key, &[((key % 16) as u16, (key % 1000) as i16 + 1)]);
        }
        let m = Model::new(c).unwrap();
        assert_eq!(m.buckets.len(), 2);
        assert!(m.buckets[1].is_full());
        assert!(!m.buckets[0].is_full());
        for &key in &keys {
            let mut out = Vec::new();
            m.scores(&[FeatureKey(key)], &mut out);
            assert_eq!(out[(key % 16) as usize], (key % 1000) as i32 + 1, "key {key:#x}");
        }
        // Absent keys: one whose home is full (the probe goes on to the first bucket and stops
        // there), one whose home is not.
        assert_eq!(kind_of(&m, 1 << 63 | 77), None);
        assert_eq!(kind_of(&m, 77), None);
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
        let mut bad = c.clone();
        bad.push_row(5, &[(0, 1)]);
        assert!(matches!(Model::new(bad), Err(Error::Corrupt(_))));
        // A class repeated in a row (it would count twice sparse, once dense).
        let mut bad = c;
        bad.push_row(6, &[(1, 1), (1, 2)]);
        assert!(matches!(Model::new(bad), Err(Error::Corrupt(_))));
        // More classes than a `u16` can name.
        assert!(matches!(Model::new(CompactModel::empty((1 << 16) + 1, 1.0)), Err(Error::Corrupt(_))));
    }
}
