//! The quantity tagger's tokens: the time tagger's scanner ([`sitrep_time::scan`]) with this
//! crate's word tables looked up on every word.
//!
//! The tagger runs without the token layer (and must, for [`crate::tag_text`]), so it cuts the
//! text itself into runs of letters, runs of ASCII digits and single other characters, each
//! remembering whether whitespace or a line break came before it. Whether a comma or a dash is
//! glued to its neighbours is what separates "1,500" from "15, 00" and "KN-23" from "10 - 12".

use crate::lexicon::{self, Entry};

pub use sitrep_time::scan::{segments, Kind};

/// A token with this crate's word-table entry.
pub type Tok = sitrep_time::scan::Tok<Entry>;

/// Cuts `text[from..to]` into words, digit runs and single other characters.
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok> {
    sitrep_time::scan::tokenize_with(text, from, to, lexicon::lookup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_stay_visible_and_words_carry_quantity_entries() {
        let text = "1,500 KN-23 \u{20ac}5 dozen";
        let t = tokenize(text, 0, text.len());
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["1", ",", "500", "KN", "-", "23", "\u{20ac}", "5", "dozen"]);
        assert!(!t[1].space_before && !t[2].space_before);
        assert!(t[3].space_before);
        assert!(t[8].lex.is_some(), "a number word of the quantity tables");
    }
}
