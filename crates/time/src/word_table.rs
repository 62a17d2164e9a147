//! A case-insensitive table from short ASCII words to their entries.
//!
//! The time and quantity taggers look up every word of the text in their word lists, so the
//! look-up is on the hot path: with a general hash map it was a fifth of the time tagger's
//! running time (byte-by-byte lower-casing, byte-by-byte hashing, then a key comparison). Here a
//! word of up to [`MAX_WORD`] bytes is packed into two machine words, lower-cased eight bytes at
//! a time, hashed with one multiplication and found by comparing two integers in an
//! open-addressing table kept at most half full. Words that cannot be packed (longer, empty or
//! not ASCII) are simply not in any table, which is what both taggers want: their vocabularies
//! are short English words.

use std::collections::HashMap;

/// The longest word a table can hold or find, in bytes.
pub const MAX_WORD: usize = 16;

/// A word packed into two little-endian machine words, lower-cased and zero-padded, with its
/// length (so that a word ending in zero bytes is not taken for a shorter one).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    bytes: [u64; 2],
    len: u32,
}

#[derive(Clone, Copy)]
struct Slot {
    key: Key,
    /// Index into `entries`; [`EMPTY`] for a free slot.
    entry: u32,
}

const EMPTY: u32 = u32::MAX;

/// Words (lower-cased ASCII, 1 to [`MAX_WORD`] bytes) and their entries; see the module docs.
pub struct WordTable<E> {
    slots: Vec<Slot>,
    /// `64 - log2(slots.len())`: the hash's top bits index the table.
    shift: u32,
    entries: Vec<E>,
}

impl<E> WordTable<E> {
    /// Builds the table from a map keyed by lower-case words. Keys that cannot be packed (empty,
    /// longer than [`MAX_WORD`], or not ASCII) could never be found and are left out.
    pub fn from_map(map: HashMap<&'static [u8], E>) -> WordTable<E> {
        let mut keyed: Vec<(Key, E)> = map
            .into_iter()
            .filter_map(|(word, entry)| pack(word).map(|key| (key, entry)))
            .collect();
        // A fixed order, so the table's layout does not depend on the map's random state.
        keyed.sort_unstable_by_key(|(key, _)| *key);
        // Two words that differ only in case would pack to one key, and one could never be found.
        debug_assert!(keyed.windows(2).all(|w| w[0].0 != w[1].0), "word list keys must be lower case and distinct");
        let bits = (keyed.len().max(1) * 2).next_power_of_two().trailing_zeros().max(4);
        let mut table = WordTable {
            slots: vec![Slot { key: Key { bytes: [0; 2], len: 0 }, entry: EMPTY }; 1 << bits],
            shift: 64 - bits,
            entries: Vec::with_capacity(keyed.len()),
        };
        let mask = table.slots.len() - 1;
        for (key, entry) in keyed {
            let mut at = table.home(&key);
            while table.slots[at].entry != EMPTY {
                at = (at + 1) & mask;
            }
            // The table holds at most a few thousand words.
            table.slots[at] = Slot { key, entry: table.entries.len() as u32 };
            table.entries.push(entry);
        }
        table
    }

    /// The entry of `word`, compared case-insensitively; `None` for unknown words and for
    /// words that are empty, too long or not ASCII.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&E> {
        let key = pack(word.as_bytes())?;
        let mask = self.slots.len() - 1;
        let mut at = self.home(&key);
        loop {
            let slot = self.slots[at];
            if slot.entry == EMPTY {
                return None;
            }
            if slot.key == key {
                return self.entries.get(slot.entry as usize);
            }
            at = (at + 1) & mask;
        }
    }

    /// How many words the table holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[inline]
    fn home(&self, key: &Key) -> usize {
        let [low, high] = key.bytes;
        let mixed = (low ^ high.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (mixed >> self.shift) as usize
    }
}

/// Packs and lower-cases a word; `None` when it is empty, longer than [`MAX_WORD`] or holds a
/// byte outside ASCII.
#[inline]
fn pack(word: &[u8]) -> Option<Key> {
    if word.is_empty() || word.len() > MAX_WORD {
        return None;
    }
    let (low, high) = word.split_at(word.len().min(8));
    let (low, high) = (load_le(low), load_le(high));
    if (low | high) & HIGH_BITS != 0 {
        return None;
    }
    Some(Key { bytes: [lower_ascii(low), lower_ascii(high)], len: word.len() as u32 })
}

/// Up to eight bytes as a little-endian integer, zero-padded: two overlapping loads of four (or
/// two) bytes, whose shared bytes land on the same positions, instead of a loop or a copy of
/// variable length.
#[inline]
fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    let at = |k: usize| u64::from(b[k]);
    let pair = |k: usize| at(k) | at(k + 1) << 8;
    let quad = |k: usize| pair(k) | pair(k + 2) << 16;
    match n {
        0 => 0,
        1 => at(0),
        2..=3 => pair(0) | pair(n - 2) << (8 * (n - 2)),
        4..=8 => quad(0) | quad(n - 4) << (8 * (n - 4)),
        // Callers pass at most eight bytes.
        _ => quad(0) | quad(4) << 32,
    }
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Lower-cases the eight ASCII bytes of `x` at once: a byte gets 0x20 added exactly when it lies
/// in `A..=Z`. Every byte must be below 0x80, so no addition below carries into the next byte.
#[inline]
fn lower_ascii(x: u64) -> u64 {
    // High bit set where the byte is >= b'A', and where it is > b'Z'.
    let at_least_a = x + ONES * u64::from(0x80 - b'A');
    let above_z = x + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !above_z & HIGH_BITS;
    x | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn table(words: &[&'static str]) -> WordTable<usize> {
        let map = words.iter().enumerate().map(|(i, w)| (w.as_bytes(), i)).collect();
        WordTable::from_map(map)
    }

    #[test]
    fn finds_words_in_any_case() {
        let t = table(&["march", "fortnight", "a", "sixteenletterswd"]);
        assert_eq!(t.get("March"), Some(&0));
        assert_eq!(t.get("FORTNIGHT"), Some(&1));
        assert_eq!(t.get("a"), Some(&2));
        assert_eq!(t.get("A"), Some(&2));
        assert_eq!(t.get("SixteenLettersWd"), Some(&3));
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn refuses_unknown_long_empty_and_non_ascii_words() {
        let t = table(&["may", "zurich", "seventeenletterss"]);
        assert_eq!(t.len(), 2, "a word too long to pack is left out");
        assert_eq!(t.get("mayo"), None);
        assert_eq!(t.get("ma"), None);
        assert_eq!(t.get(""), None);
        assert_eq!(t.get("Zürich"), None);
        assert_eq!(t.get("seventeenletterss"), None);
        assert_eq!(t.get("may\u{0}"), None);
    }

    #[test]
    fn loads_every_length_in_order() {
        let bytes = b"abcdefgh";
        for n in 0..=8 {
            let expected = bytes[..n]
                .iter()
                .enumerate()
                .fold(0u64, |acc, (k, &b)| acc | u64::from(b) << (8 * k));
            assert_eq!(load_le(&bytes[..n]), expected, "length {n}");
        }
    }

    #[test]
    fn lowers_only_capital_letters() {
        for b in 0u8..0x80 {
            let packed = lower_ascii(u64::from(b) << 24) >> 24;
            assert_eq!(packed, u64::from(b.to_ascii_lowercase()), "byte {b:#x}");
        }
    }

    proptest! {
        /// The table answers exactly as a hash map over lower-cased words does.
        #[test]
        fn agrees_with_a_hash_map(
            words in proptest::collection::vec("[a-z]{1,18}", 1..60),
            probes in proptest::collection::vec("[a-zA-Z]{1,18}", 1..60),
        ) {
            let leaked: Vec<&'static str> =
                words.iter().map(|w| &*Box::leak(w.clone().into_boxed_str())).collect();
            let map: HashMap<&'static [u8], &'static str> =
                leaked.iter().map(|w| (w.as_bytes(), *w)).collect();
            let t = WordTable::from_map(map.clone());
            for probe in probes.iter().chain(words.iter()) {
                let lower = probe.to_ascii_lowercase();
                let expected =
                    if lower.len() <= MAX_WORD { map.get(lower.as_bytes()).copied() } else { None };
                prop_assert_eq!(t.get(probe).copied(), expected);
            }
        }
    }
}
