//! Stable record ids derived from content.
//!
//! An id is a prefix naming the record kind and a short SHA-256 over length-prefixed key parts, so
//! that ("ab", "c") and ("a", "bc") never share a hash. What goes into the key decides what counts
//! as "the same" record: an entity is its type and normalised name (so two documents naming the
//! National Intelligence Service share one id), a place is its GeoNames id or its name and rounded
//! coordinates, while claims, events and quantities are positions in one document.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

/// Hex digits kept from the digest: 64 bits, as for document ids.
const HEX_DIGITS: usize = 16;

/// The short hash of key parts.
pub(crate) fn short_hash(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    let mut out = String::with_capacity(HEX_DIGITS);
    for b in digest.iter().take(HEX_DIGITS / 2) {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// A name folded for comparison: lower case, curly quotes straightened, hyphens and dashes as
/// spaces, full stops dropped ("U.S." = "US"), whitespace collapsed, a leading "the" dropped.
pub fn normalise(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for ch in name.chars() {
        let c = match ch {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '`' | '\u{b4}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' => '"',
            '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' => ' ',
            '.' => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        folded.extend(c.to_lowercase());
    }
    let words: Vec<&str> = folded.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

pub(crate) fn entity_id(entity_type: &str, name: &str) -> String {
    format!(
        "e-{}",
        short_hash(&["entity", entity_type, &normalise(name)])
    )
}

pub(crate) fn place_id(name: &str, lat: f64, lon: f64, geonames_id: Option<u64>) -> String {
    match geonames_id {
        Some(g) => format!("p-{g}"),
        None => format!(
            "p-{}",
            short_hash(&[
                "place",
                &normalise(name),
                &coordinate(lat),
                &coordinate(lon)
            ])
        ),
    }
}

pub(crate) fn time_id(value: &str, text: &str) -> String {
    format!("t-{}", short_hash(&["time", value, &normalise(text)]))
}

pub(crate) fn document_id(text: &str) -> String {
    sitrep_doc::doc_id_for(text)
}

/// A coordinate rounded to two decimals (about a kilometre), with -0.00 written as 0.00.
fn coordinate(x: f64) -> String {
    if !x.is_finite() {
        return "nan".to_string();
    }
    let rounded = (x * 100.0).round() / 100.0 + 0.0;
    format!("{rounded:.2}")
}

/// Hands out ids for records that are positions in one document, keeping them unique: two
/// records on the same span (two claims with one content, say) get the plain id and then ids with
/// an ordinal mixed in, in layer order, so the result is still the same on every run.
#[derive(Default)]
pub(crate) struct IdAlloc {
    used: HashSet<String>,
}

impl IdAlloc {
    pub(crate) fn alloc(&mut self, prefix: &str, parts: &[&str]) -> String {
        let mut id = format!("{prefix}-{}", short_hash(parts));
        let mut n = 1u32;
        while self.used.contains(&id) {
            let ordinal = format!("#{n}");
            let mut with = parts.to_vec();
            with.push(&ordinal);
            id = format!("{prefix}-{}", short_hash(&with));
            n += 1;
        }
        self.used.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_parts_are_length_prefixed() {
        assert_ne!(short_hash(&["ab", "c"]), short_hash(&["a", "bc"]));
        assert_eq!(short_hash(&["x"]).len(), HEX_DIGITS);
    }

    #[test]
    fn names_fold_case_quotes_dashes_and_articles() {
        assert_eq!(
            normalise("The  Averin Coast-Guard"),
            normalise("averin coast guard")
        );
        assert_eq!(normalise("Velmar’s U.S. office"), "velmar's us office");
        assert_eq!(normalise("The"), "the", "a lone article is a name");
    }

    #[test]
    fn entity_ids_ignore_surface_variation_but_not_type() {
        assert_eq!(
            entity_id("ORG", "Velmar Shipping"),
            entity_id("ORG", "the VELMAR shipping")
        );
        assert_ne!(entity_id("ORG", "Velmora"), entity_id("GPE", "Velmora"));
    }

    #[test]
    fn place_ids_prefer_geonames_and_round_coordinates() {
        assert_eq!(place_id("X", 1.0, 2.0, Some(42)), "p-42");
        assert_eq!(
            place_id("Castor Bay", 43.501, 13.249, None),
            place_id("castor bay", 43.5, 13.25, None)
        );
        assert_eq!(
            place_id("Null Isle", -0.001, 0.0, None),
            place_id("Null Isle", 0.0, 0.0, None)
        );
        assert_ne!(
            place_id("Castor Bay", 43.5, 13.25, None),
            place_id("Castor Bay", 43.6, 13.25, None)
        );
    }

    #[test]
    fn allocator_keeps_ids_unique_and_reproducible() {
        let mut a = IdAlloc::default();
        let first = a.alloc("c", &["d-1", "0", "5"]);
        let second = a.alloc("c", &["d-1", "0", "5"]);
        assert_ne!(first, second);
        let mut b = IdAlloc::default();
        assert_eq!(b.alloc("c", &["d-1", "0", "5"]), first);
        assert_eq!(b.alloc("c", &["d-1", "0", "5"]), second);
    }
}
