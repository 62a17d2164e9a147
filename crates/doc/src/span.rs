//! Byte spans into a document's immutable text.
//!
//! Every fact sitrep records points back to the words it came from through a [`Span`]. A span
//! whose start lies after its end cannot exist: the constructor refuses it, so code that holds a
//! `Span` never has to check again. Whether a span also lies on character boundaries of a given
//! text is a property of the pair (span, text) and is checked by [`crate::Doc::span`].

use std::fmt;
use std::ops::Range;

/// A half-open range `[start, end)` of UTF-8 byte offsets. `start <= end` always holds.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Creates a span. Panics when `start > end`: that is a bug in the caller, never input.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span: start {start} > end {end}");
        Span { start, end }
    }

    /// Creates a span, or `None` when `start > end`.
    #[inline]
    pub fn try_new(start: usize, end: usize) -> Option<Span> {
        (start <= end).then_some(Span { start, end })
    }

    /// An empty span at `offset`.
    #[inline]
    pub fn empty(offset: usize) -> Span {
        Span { start: offset, end: offset }
    }

    #[inline]
    pub fn start(self) -> usize {
        self.start
    }

    #[inline]
    pub fn end(self) -> usize {
        self.end
    }

    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when `offset` lies inside `[start, end)`.
    #[inline]
    pub fn contains_offset(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The span moved right by `delta` bytes, or `None` on overflow.
    #[inline]
    pub fn checked_shift(self, delta: usize) -> Option<Span> {
        Some(Span { start: self.start.checked_add(delta)?, end: self.end.checked_add(delta)? })
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "invalid span")]
    fn reversed_span_is_refused() {
        let _ = Span::new(5, 4);
    }

    #[test]
    fn try_new_refuses_reversed() {
        assert_eq!(Span::try_new(3, 2), None);
        assert_eq!(Span::try_new(2, 3).map(Span::len), Some(1));
    }

    #[test]
    fn relations_between_spans() {
        let a = Span::new(0, 10);
        let b = Span::new(3, 5);
        let c = Span::new(10, 12);
        assert!(a.contains(b));
        assert!(!b.contains(a));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(c), "half-open spans that touch do not overlap");
        assert_eq!(a.cover(c), Span::new(0, 12));
        assert_eq!(Span::new(usize::MAX, usize::MAX).checked_shift(1), None);
    }
}
