//! Folding place names to look-up keys, and transliteration variants of a key.
//!
//! The gazetteer and the resolver must agree byte for byte on what a name looks like before it is
//! looked up, so this module is the one place that decides it: lower case, diacritics removed
//! ("Hamhŭng" and "Hamhung" are one key), apostrophes and dots dropped ("Khabarovs'k", "St.
//! Petersburg", "U.S."), every other run of non-letters (spaces, hyphens, commas) turned into one
//! space ("Musudan-ri" = "musudan ri").
//!
//! Russian and Korean names reach English news through several romanisations ("Sergeevka",
//! "Sergeyevka", "Sergejevka"). GeoNames lists many of them as alternate names, but not all, so
//! [`variants`] spells a key the other common ways (ee/eye, iy/y, kh/h, ...) for a second look-up.

use crate::fold_table::FOLD;

/// True for the characters that are dropped without leaving a gap: apostrophes, modifier letters
/// used as apostrophes in romanisations, dots of abbreviations, combining marks.
fn is_silent(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | 'ʹ' | 'ʿ' | 'ʾ' | '`' | '´' | '.'
    ) || ('\u{0300}'..='\u{036f}').contains(&c)
}

/// Appends the folded form of one character to `out`, or returns false when it separates words.
fn push_folded(c: char, out: &mut String) -> bool {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    if c.is_ascii() {
        return false;
    }
    if let Ok(i) = FOLD.binary_search_by_key(&c, |&(k, _)| k) {
        out.push_str(FOLD[i].1);
        return true;
    }
    if c.is_alphanumeric() {
        out.extend(c.to_lowercase());
        return true;
    }
    false
}

/// The look-up key of a name: folded, lower-case, single spaces between words.
pub fn fold_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if is_silent(c) {
            continue;
        }
        let before = out.len();
        if push_folded(c, &mut out) {
            if gap && before > 0 {
                out.insert(before, ' ');
            }
            gap = false;
        } else {
            gap = true;
        }
    }
    out
}

/// True when every letter of `name` is Latin (ASCII or Latin with diacritics). Names in other
/// scripts are left out of the gazetteer: English news writes places in Latin letters.
pub fn is_latin(name: &str) -> bool {
    name.chars().all(|c| {
        !c.is_alphabetic()
            || c.is_ascii()
            || ('\u{00c0}'..='\u{024f}').contains(&c)
            || ('\u{1e00}'..='\u{1eff}').contains(&c)
    })
}

/// Spelling alternations between common romanisations of Russian, Ukrainian and Korean names.
/// Each pair is tried in both directions.
const ALTERNATIONS: &[(&str, &str)] = &[
    ("ee", "eye"),
    ("iy", "ii"),
    ("iy", "y"),
    ("yi", "i"),
    ("ye", "e"),
    ("ya", "ia"),
    ("yu", "iu"),
    ("yo", "io"),
    ("kh", "h"),
    ("shch", "sch"),
    ("zh", "j"),
    ("j", "y"),
    ("ts", "tz"),
    ("ck", "k"),
    ("ou", "u"),
];

/// "West Darfur" for GeoNames' "Western Darfur", "Northern Kordofan" for "North Kordofan": a
/// region's compass word written as a noun or as an adjective. The other form of a folded key
/// that opens with one, if any.
pub fn compass_variant(key: &str) -> Option<String> {
    const FORMS: [(&str, &str); 4] = [("north ", "northern "), ("south ", "southern "), ("east ", "eastern "), ("west ", "western ")];
    FORMS.iter().find_map(|&(noun, adjective)| {
        let rest = key.strip_prefix(adjective).map(|r| (noun, r)).or_else(|| key.strip_prefix(noun).map(|r| (adjective, r)))?;
        (!rest.1.is_empty()).then(|| format!("{}{}", rest.0, rest.1))
    })
}

/// Other spellings of a folded key, most likely first, without the key itself. Each alternation
/// is applied at every site at once and at each single site; the result is capped so a long
/// name cannot explode.
pub fn variants(key: &str) -> Vec<String> {
    const CAP: usize = 48;
    let mut out: Vec<String> = Vec::new();
    let push = |s: String, out: &mut Vec<String>| {
        if s != key && !out.contains(&s) && out.len() < CAP {
            out.push(s);
        }
    };
    for &(a, b) in ALTERNATIONS {
        for (from, to) in [(a, b), (b, a)] {
            if from.is_empty() || !key.contains(from) {
                continue;
            }
            push(replace_all(key, from, to), &mut out);
            for (at, _) in key.match_indices(from) {
                let mut s = String::with_capacity(key.len() + to.len());
                s.push_str(&key[..at]);
                s.push_str(to);
                s.push_str(&key[at + from.len()..]);
                push(s, &mut out);
            }
        }
    }
    out
}

fn replace_all(s: &str, from: &str, to: &str) -> String {
    s.replace(from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_case_and_punctuation() {
        assert_eq!(fold_key("Hamhŭng"), "hamhung");
        assert_eq!(fold_key("  Musudan-ri "), "musudan ri");
        assert_eq!(fold_key("Khabarovs'k"), "khabarovsk");
        assert_eq!(fold_key("St. Petersburg"), "st petersburg");
        assert_eq!(fold_key("U.S."), "us");
        assert_eq!(fold_key("Łódź"), "lodz");
        assert_eq!(fold_key("Straße"), "strasse");
        assert_eq!(
            fold_key("Zabaykalskiy (Transbaikal) Kray"),
            "zabaykalskiy transbaikal kray"
        );
        assert_eq!(fold_key("Kaech’ŏn"), "kaechon");
        // Decomposed input (base letter + combining breve) folds like the precomposed one.
        assert_eq!(fold_key("Hamhu\u{306}ng"), "hamhung");
    }

    #[test]
    fn latin_test_rejects_other_scripts() {
        assert!(is_latin("Sant Julià de Lòria"));
        assert!(is_latin("Hamhŭng"));
        assert!(!is_latin("Москва"));
        assert!(!is_latin("東京"));
    }

    #[test]
    fn variants_cover_common_romanisations() {
        let v = variants("sergeevka");
        assert!(v.contains(&"sergeyevka".to_string()), "{v:?}");
        assert_eq!(compass_variant("west darfur").as_deref(), Some("western darfur"));
        assert_eq!(compass_variant("northern kordofan").as_deref(), Some("north kordofan"));
        assert_eq!(compass_variant("westminster"), None);
        assert_eq!(compass_variant("west "), None);
        let v = variants("ussuriisk");
        assert!(v.contains(&"ussuriysk".to_string()), "{v:?}");
        let v = variants("primorskiy");
        assert!(v.contains(&"primorsky".to_string()), "{v:?}");
        assert!(!variants("abc").contains(&"abc".to_string()));
    }
}
