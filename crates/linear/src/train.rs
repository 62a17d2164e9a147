//! The averaged-perceptron trainer: sparse float weights with lazy, timestamped averaging.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::model::CompactModel;
use crate::{Error, FeatureKey};

/// A hasher for maps keyed by [`FeatureKey`]s or [`crate::value_hash`]es: they are already
/// well-mixed, so hashing them again would only cost time.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by already-hashed `u64`s.
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// One weight of one (feature, class) pair while training.
#[derive(Clone, Copy, Debug)]
struct Cell {
    class: u16,
    /// The current weight.
    w: f32,
    /// Sum of the weight over all steps up to `last`.
    total: f64,
    /// The step at which `w` last changed.
    last: u64,
}

/// A multiclass perceptron being trained; [`Trainer::average`] turns it into a [`CompactModel`].
///
/// Each call to [`Trainer::observe`] is one step of time. A weight's running sum is only brought
/// up to date when the weight changes (`total += w * (now - last)`), so averaging adds no cost
/// per step, and the average is exact: the mean of the weight over every step of training.
#[derive(Default)]
pub struct Trainer {
    n_classes: usize,
    rows: KeyMap<Vec<Cell>>,
    step: u64,
}

impl Trainer {
    /// A trainer for `n_classes` classes (at most 65,536).
    pub fn new(n_classes: usize) -> Result<Trainer, Error> {
        if n_classes == 0 || n_classes > usize::from(u16::MAX) + 1 {
            return Err(Error::Corrupt(format!("{n_classes} classes: need 1 to 65,536")));
        }
        Ok(Trainer { n_classes, rows: KeyMap::default(), step: 0 })
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features that have ever been updated.
    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    /// The current (not averaged) scores of every class, written into `out`.
    pub fn scores(&self, feats: &[FeatureKey], out: &mut Vec<f32>) {
        out.clear();
        out.resize(self.n_classes, 0.0);
        for f in feats {
            if let Some(row) = self.rows.get(&f.0) {
                for c in row {
                    out[usize::from(c.class)] += c.w;
                }
            }
        }
    }

    /// The best class under the current weights (the lowest index on a tie).
    pub fn predict(&self, feats: &[FeatureKey], buf: &mut Vec<f32>) -> usize {
        self.scores(feats, buf);
        argmax_f32(buf)
    }

    /// One training step: when `guess` is not `gold`, moves the weights of `feats` towards
    /// `gold` and away from `guess`. Time advances by one step either way. Classes out of
    /// range are ignored.
    pub fn observe(&mut self, feats: &[FeatureKey], gold: usize, guess: usize) {
        self.step += 1;
        if gold == guess || gold >= self.n_classes || guess >= self.n_classes {
            return;
        }
        let now = self.step;
        for f in feats {
            let row = self.rows.entry(f.0).or_default();
            bump(row, gold as u16, 1.0, now);
            bump(row, guess as u16, -1.0, now);
        }
    }

    /// Advances time by one step without changing a weight: a step of structured training,
    /// whose updates ([`Trainer::update`]) cover a whole stretch of a sequence at once.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Adds `delta` to the weight of `class` for every feature of `feats`, at the current step.
    /// Structured training rewards the gold sequence's features and punishes the predicted
    /// sequence's, which differ where their histories differ. A class out of range is ignored.
    pub fn update(&mut self, feats: &[FeatureKey], class: usize, delta: f32) {
        if class >= self.n_classes {
            return;
        }
        let now = self.step;
        for f in feats {
            bump(self.rows.entry(f.0).or_default(), class as u16, delta, now);
        }
    }

    /// The averaged weights, with those below `prune` in absolute value dropped and the rest
    /// quantized to `i16`. The trainer is left as it was, so training can go on.
    pub fn average(&self, prune: f32) -> CompactModel {
        average_of(std::slice::from_ref(&self), prune)
    }

    /// The averaged weight of every (feature, class) pair ever updated.
    fn averaged_rows(&self) -> impl Iterator<Item = (u64, impl Iterator<Item = (u16, f32)> + '_)> + '_ {
        let now = self.step.max(1);
        self.rows.iter().map(move |(&key, row)| {
            let cells = row.iter().map(move |c| {
                let total = c.total + f64::from(c.w) * (self.step - c.last) as f64;
                (c.class, (total / now as f64) as f32)
            });
            (key, cells)
        })
    }
}

/// The mean of several trainers' averaged weights (a weight a trainer lacks counts as zero),
/// pruned and quantized as [`Trainer::average`] does: perceptrons trained on differently
/// shuffled data err differently, and their mean is a steadier model than any one of them.
/// The trainers must have the same number of classes (the first one's is used).
pub fn average_of(trainers: &[&Trainer], prune: f32) -> CompactModel {
    let n_classes = trainers.first().map_or(1, |t| t.n_classes);
    let share = 1.0 / trainers.len().max(1) as f32;
    let mut sums: KeyMap<Vec<(u16, f32)>> = KeyMap::default();
    for t in trainers {
        for (key, cells) in t.averaged_rows() {
            let row = sums.entry(key).or_default();
            for (class, w) in cells {
                match row.iter_mut().find(|(c, _)| *c == class) {
                    Some((_, sum)) => *sum += w * share,
                    None => row.push((class, w * share)),
                }
            }
        }
    }
    let mut kept: Vec<(u64, Vec<(u16, f32)>)> = Vec::new();
    let mut max = 0f32;
    for (key, mut cells) in sums {
        cells.retain(|&(_, w)| w.abs() >= prune && w != 0.0);
        if cells.is_empty() {
            continue;
        }
        cells.sort_by_key(|&(c, _)| c);
        for &(_, w) in &cells {
            max = max.max(w.abs());
        }
        kept.push((key, cells));
    }
    kept.sort_by_key(|&(k, _)| k);
    let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
    let mut out = CompactModel::empty(n_classes, scale);
    for (key, cells) in kept {
        let q: Vec<(u16, i16)> = cells
            .into_iter()
            .map(|(c, w)| (c, (w / scale).round().clamp(-32767.0, 32767.0) as i16))
            .filter(|&(_, w)| w != 0)
            .collect();
        out.push_row(key, &q);
    }
    out
}

fn bump(row: &mut Vec<Cell>, class: u16, delta: f32, now: u64) {
    let cell = match row.iter_mut().position(|c| c.class == class) {
        Some(i) => &mut row[i],
        None => {
            row.push(Cell { class, w: 0.0, total: 0.0, last: now });
            let n = row.len() - 1;
            &mut row[n]
        }
    };
    cell.total += f64::from(cell.w) * (now - cell.last) as f64;
    cell.last = now;
    cell.w += delta;
}

/// The next number of a xorshift64 generator (`state` must not be 0): the trainers' source of
/// shuffles and dropout, small and reproducible, so that a model rebuilds byte for byte.
pub fn xorshift(state: &mut u64) -> u64 {
    let mut x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    x
}

/// Shuffles `items` in place (Fisher-Yates) with [`xorshift`]: each training pass's order.
pub fn shuffle<T>(items: &mut [T], state: &mut u64) {
    for i in (1..items.len()).rev() {
        let j = (xorshift(state) % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

pub(crate) fn argmax_f32(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Model;

    fn f(s: &str) -> FeatureKey {
        FeatureKey::of1(1, s.as_bytes())
    }

    #[test]
    fn averaging_is_the_mean_over_all_steps() {
        let mut t = Trainer::new(2).unwrap();
        // Step 1: class 0 rewarded. Steps 2-4: nothing changes.
        t.observe(&[f("a")], 0, 1);
        t.observe(&[f("b")], 0, 0);
        t.observe(&[f("b")], 0, 0);
        t.observe(&[f("b")], 0, 0);
        // w("a",0) = 1 over steps 1..=4 (it changed at step 1 and is counted from then on):
        // sum = 1 * (4 - 1) = 3, average 3/4.
        let m = t.average(0.0);
        let model = Model::new(m).unwrap();
        let mut buf = Vec::new();
        model.scores(&[f("a")], &mut buf);
        let w0 = buf[0] as f32 * model.scale();
        assert!((w0 - 0.75).abs() < 1e-3, "{w0}");
        assert!((buf[1] as f32 * model.scale() + 0.75).abs() < 1e-3);
    }

    #[test]
    fn learns_a_separable_problem() {
        let data = [("red", 0), ("green", 1), ("blue", 2), ("crimson", 0), ("lime", 1)];
        let mut t = Trainer::new(3).unwrap();
        let mut buf = Vec::new();
        for _ in 0..5 {
            for (w, y) in data {
                let feats = [FeatureKey::new(0), f(w)];
                let guess = t.predict(&feats, &mut buf);
                t.observe(&feats, y, guess);
            }
        }
        let model = Model::new(t.average(0.0)).unwrap();
        let mut ibuf = Vec::new();
        for (w, y) in data {
            assert_eq!(model.predict(&[FeatureKey::new(0), f(w)], &mut ibuf), y, "{w}");
        }
    }

    #[test]
    fn a_structured_update_is_two_observations() {
        // Rewarding class 0 and punishing class 1 on the same features, then one tick, is what
        // `observe` does in one step.
        let mut a = Trainer::new(2).unwrap();
        a.observe(&[f("x")], 0, 1);
        a.observe(&[f("y")], 1, 1);
        let mut b = Trainer::new(2).unwrap();
        b.tick();
        b.update(&[f("x")], 0, 1.0);
        b.update(&[f("x")], 1, -1.0);
        b.tick();
        let (ma, mb) = (Model::new(a.average(0.0)).unwrap(), Model::new(b.average(0.0)).unwrap());
        let (mut x, mut y) = (Vec::new(), Vec::new());
        ma.scores(&[f("x")], &mut x);
        mb.scores(&[f("x")], &mut y);
        assert_eq!(x, y);
    }

    #[test]
    fn the_mean_of_trainers_halves_what_only_one_learned() {
        // Four steps each (a right guess changes nothing but time). Averaged over them, a
        // holds 3/4 for "both" (set at step 1) and 2/4 for "only-a" (step 2), b 3/4 for "both".
        let mut a = Trainer::new(2).unwrap();
        a.observe(&[f("both")], 0, 1);
        a.observe(&[f("only-a")], 0, 1);
        let mut b = Trainer::new(2).unwrap();
        b.observe(&[f("both")], 0, 1);
        b.observe(&[f("x")], 0, 0);
        for t in [&mut a, &mut b] {
            t.observe(&[f("x")], 0, 0);
            t.observe(&[f("x")], 0, 0);
        }
        let model = Model::new(average_of(&[&a, &b], 0.0)).unwrap();
        let mut out = Vec::new();
        let w = |out: &Vec<i32>, c: usize| out[c] as f32 * model.scale();
        model.scores(&[f("both")], &mut out);
        assert!((w(&out, 0) - 0.75).abs() < 1e-3, "{}", w(&out, 0));
        model.scores(&[f("only-a")], &mut out);
        assert!((w(&out, 0) - 0.25).abs() < 1e-3, "{}", w(&out, 0));
        // One trainer alone is its own average.
        assert_eq!(average_of(&[&a], 0.0), a.average(0.0));
    }

    #[test]
    fn pruning_drops_small_weights() {
        let mut t = Trainer::new(2).unwrap();
        t.observe(&[f("big")], 0, 1);
        for _ in 0..99 {
            t.observe(&[f("big")], 0, 0);
        }
        t.observe(&[f("tiny")], 0, 1);
        // "tiny" was set at the very last step: its average is 0, it is dropped.
        let m = t.average(0.01);
        assert_eq!(m.n_features(), 1);
    }
}
