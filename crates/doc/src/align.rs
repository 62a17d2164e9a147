//! Alignment from derived text back to the raw input it came from.
//!
//! Cleaning drops boilerplate and HTML extraction drops markup, so the text sitrep analyses is
//! not the bytes the user gave it. Provenance must still reach the original bytes, so derived
//! text is built as a sequence of copied pieces, each remembered as a [`Segment`]: "these derived
//! bytes are a verbatim copy of those raw bytes". Bytes a stage inserts itself (a paragraph break
//! between two kept blocks) belong to no segment and map to the raw offset of the next piece.

use crate::Span;

/// A run of derived bytes copied verbatim from the raw input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub derived_start: usize,
    pub raw_start: usize,
    pub len: usize,
}

/// Derived-to-raw offset map. Segments are sorted and do not overlap on the derived side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alignment {
    segments: Vec<Segment>,
}

impl Alignment {
    /// The identity alignment for text that is its own raw input.
    pub fn identity(len: usize) -> Alignment {
        Alignment { segments: vec![Segment { derived_start: 0, raw_start: 0, len }] }
    }

    /// Builds an alignment from segments given in derived order. Returns `None` when they are
    /// unsorted or overlap on the derived side.
    pub fn from_segments(segments: Vec<Segment>) -> Option<Alignment> {
        let sorted = segments
            .windows(2)
            .all(|w| w[0].derived_start + w[0].len <= w[1].derived_start);
        sorted.then_some(Alignment { segments })
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The raw offset of a derived offset. Offsets inside a segment map exactly; offsets in
    /// inserted bytes map to the start of the next segment (or the end of the last one).
    pub fn to_raw(&self, derived: usize) -> usize {
        let idx = self.segments.partition_point(|s| s.derived_start + s.len <= derived);
        match self.segments.get(idx) {
            Some(s) if derived >= s.derived_start => s.raw_start + (derived - s.derived_start),
            Some(s) => s.raw_start,
            None => self.segments.last().map_or(derived, |s| s.raw_start + s.len),
        }
    }

    /// The raw span covering a derived span.
    pub fn span_to_raw(&self, span: Span) -> Span {
        let start = self.to_raw(span.start());
        let end = if span.is_empty() {
            start
        } else {
            self.to_raw(span.end() - 1) + 1
        };
        Span::new(start, end.max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_through_a_gap() {
        // raw:     "AAA<junk>BBB" ; derived: "AAA\nBBB"
        let a = Alignment::from_segments(vec![
            Segment { derived_start: 0, raw_start: 0, len: 3 },
            Segment { derived_start: 4, raw_start: 9, len: 3 },
        ])
        .expect("sorted");
        assert_eq!(a.to_raw(1), 1);
        assert_eq!(a.to_raw(3), 9, "inserted newline maps to the next piece");
        assert_eq!(a.to_raw(5), 10);
        assert_eq!(a.span_to_raw(Span::new(4, 7)), Span::new(9, 12));
        assert_eq!(a.to_raw(7), 12);
    }

    #[test]
    fn refuses_overlapping_segments() {
        let segs = vec![
            Segment { derived_start: 0, raw_start: 0, len: 5 },
            Segment { derived_start: 3, raw_start: 9, len: 3 },
        ];
        assert!(Alignment::from_segments(segs).is_none());
    }
}
