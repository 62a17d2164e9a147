//! Counts and measures in news text: "an estimated 400 personnel", "four landing ships",
//! "10,000 to 12,000", "up to 12,000 troops", "$1.2bn", "12%".
//!
//! [`QuantityTagger`] is the pipeline stage that writes the document's quantity layer; it runs
//! after the time tagger and never reports a number inside a time expression, so years, dates
//! and durations ("1990", "Oct. 8", "three days") are never counts. [`tag_text`] does the same
//! for a bare string and a time layer.
//!
//! # What a quantity holds
//! - `value`: the number, or the lower end of a range; `upper` the higher end. For an upper
//!   bound ("up to 12,000", "fewer than 300") `upper` repeats the value, so code that reads
//!   ranges sees the ceiling.
//! - `bound`: `MoreThan` for "more than", "at least", "over", "or more", "-plus" and the vague
//!   plurals; `LessThan` for "up to", "fewer than", "under", "as many as", "nearly", "almost".
//! - `approx`: "about", "around", "roughly", "some", "an estimated", "nearly", "close to", "or
//!   so", "-odd", and an estimate cue earlier in the same clause with no other number between
//!   ("with an estimated number of personnel being 240").
//! - Vague plurals: "dozens of" is 24, "hundreds of" 200, "thousands of" 2,000, "tens of
//!   thousands of" 20,000 (twice the base, the least the plural allows), always `approx` with
//!   bound `MoreThan` and no `upper`; so are "several hundred" (300) and "a few thousand"
//!   (2,000).
//! - `unit`: the counted noun or unit, normalised by the table in `lexicon.rs` ("soldiers" and
//!   "special forces" are `troops`, "landing ships" and "vessels" `ships`, "$" and "dollars"
//!   `USD`, "%" and "per cent" `percent`). It is searched to the right of the number over up to
//!   four modifier words ("1,500 North Korean special forces"); an unknown plural noun right
//!   after the number counts too ("12 villages"). When the number ends its clause or a function
//!   word follows it, the nearest listed noun to its left in the clause is taken ("personnel
//!   being 240"). `unit_span` points at the noun (all its words: "landing ships").
//! - The span covers cue words, currency sign, number, multiplier and range ("an estimated
//!   400", "$1.2bn", "between 5 and 7"), not the counted noun.
//!
//! # What is not a quantity
//! Ordinals ("3rd"; word ordinals are not in the number table), numbers inside identifiers
//! ("KN-23", "Su-27", "A4", "5G", "10:30", "3/4"), labels ("Article 5", "Resolution 2231",
//! "No. 3"), fractions ("two-thirds"), a bare "one" without a counted noun ("one of the",
//! "one day"), vague words without a number ("several", "a few"), and four-digit numbers
//! between 1800 and 2100 with no unit, cue or range (years the time tagger did not see).
//!
//! Known limits: English only; no fractions or negative numbers; the counted noun comes from a
//! word list plus the plural fallback, so "killed 12 and wounded 30 civilians" gives the 12 no
//! unit.

mod coordinates;
mod grammar;
mod lexicon;
mod scan;

use sitrep_doc::{Doc, Error, Quantity, Stage, TimeLayer};

/// The pipeline stage that writes the quantity layer ("quantities"). Run it after the time
/// tagger: it reads the time layer to leave dates and durations alone.
#[derive(Clone, Copy, Debug, Default)]
pub struct QuantityTagger;

impl QuantityTagger {
    pub fn new() -> QuantityTagger {
        QuantityTagger
    }
}

impl Stage for QuantityTagger {
    fn name(&self) -> &'static str {
        "quantities"
    }

    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let quantities = grammar::tag(doc.text(), doc.times());
        doc.set_quantities(quantities)
    }
}

/// Tags the quantities of a bare text, skipping numbers inside the given time expressions.
pub fn tag_text(text: &str, times: &TimeLayer) -> Vec<Quantity> {
    grammar::tag(text, times)
}

#[cfg(test)]
mod tests;

pub use coordinates::{find_coordinates, Coordinates};
