//! Feature keys: a template number and the bytes of a value, hashed to 64 bits without
//! allocating.
//!
//! The hash is a small multiply-rotate mix over 8-byte words with a final avalanche step. It is
//! part of the model file contract: changing it changes every key, so it must go with a bump of
//! the caller's feature-set version string.

/// A hashed feature, built from a template number and up to a few byte strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FeatureKey(pub u64);

const K: u64 = 0x9E37_79B9_7F4A_7C15;
const SEP: u64 = 0xD6E8_FEB8_6659_FD93;

#[inline]
fn mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(23) ^ w).wrapping_mul(K)
}

#[inline]
fn absorb(mut h: u64, bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(a));
    }
    let rest = chunks.remainder();
    let mut a = [0u8; 8];
    a[..rest.len()].copy_from_slice(rest);
    // The length goes in so "ab" + "" and "a" + "b" differ.
    mix(mix(h, u64::from_le_bytes(a)), bytes.len() as u64 ^ SEP)
}

#[inline]
fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

/// The hash of one feature value, to be combined with a template by [`FeatureKey::with`].
/// Computing it once per word and reusing it in every template that looks at the word is what
/// makes feature extraction cheap.
#[inline]
pub fn value_hash(bytes: &[u8]) -> u64 {
    finish(absorb(SEP, bytes))
}

impl FeatureKey {
    /// A feature with no value (a bias, a flag).
    #[inline]
    pub fn new(template: u32) -> FeatureKey {
        FeatureKey(finish(mix(u64::from(template), K)))
    }
    /// A feature with one value, given by its [`value_hash`].
    #[inline]
    pub fn with(template: u32, a: u64) -> FeatureKey {
        FeatureKey(finish(mix(mix(u64::from(template), K), a)))
    }
    /// A conjunction of two values.
    #[inline]
    pub fn with2(template: u32, a: u64, b: u64) -> FeatureKey {
        FeatureKey(finish(mix(mix(mix(u64::from(template), K), a), b)))
    }
    /// A conjunction of three values.
    #[inline]
    pub fn with3(template: u32, a: u64, b: u64, c: u64) -> FeatureKey {
        FeatureKey(finish(mix(mix(mix(mix(u64::from(template), K), a), b), c)))
    }
    /// A feature with one value given as bytes.
    #[inline]
    pub fn of1(template: u32, a: &[u8]) -> FeatureKey {
        FeatureKey::with(template, value_hash(a))
    }
    /// A conjunction of two values given as bytes.
    #[inline]
    pub fn of2(template: u32, a: &[u8], b: &[u8]) -> FeatureKey {
        FeatureKey::with2(template, value_hash(a), value_hash(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_and_splits_give_different_keys() {
        assert_ne!(FeatureKey::of1(1, b"dog"), FeatureKey::of1(2, b"dog"));
        assert_ne!(FeatureKey::of2(1, b"ab", b""), FeatureKey::of2(1, b"a", b"b"));
        assert_ne!(FeatureKey::of1(1, b"abcdefgh"), FeatureKey::of1(1, b"abcdefgh\0"));
        assert_eq!(FeatureKey::of1(7, b"same"), FeatureKey::of1(7, b"same"));
        assert_ne!(FeatureKey::new(3), FeatureKey::new(4));
        let (a, b) = (value_hash(b"a"), value_hash(b"b"));
        assert_ne!(FeatureKey::with2(1, a, b), FeatureKey::with2(1, b, a));
    }
}
