//! The intermediate form both cleaners share: the input cut into units (lines of plain text,
//! blocks of HTML) that know where every one of their bytes came from.
//!
//! The plain-text and HTML front ends differ only in how they cut the raw input into [`Unit`]s;
//! the boilerplate rules (`clean`) decide per unit whether to keep it, and [`assemble`] builds
//! the cleaned text and its alignment from the kept units. Keeping the provenance bookkeeping in
//! one place is what lets the alignment invariant be tested once for both formats.

use sitrep_doc::{Alignment, Removed, Segment, Span};

/// Where a run of a unit's derived bytes comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A verbatim copy of the raw bytes starting at this offset.
    Copy(usize),
    /// Bytes the cleaner derived (a decoded entity, a collapsed space) from the raw bytes that
    /// start at this offset. They map to that offset through an empty alignment segment.
    Derived(usize),
}

/// A run of a unit's text and its origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    pub len: usize,
    pub origin: Origin,
}

/// Hints a front end gives the rules about a unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Hint {
    #[default]
    None,
    /// The unit is a caption by markup (`<figcaption>`).
    Caption,
}

/// One line of plain text or one block of HTML.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    pub text: String,
    /// Runs covering `text` exactly, in order.
    pub pieces: Vec<Piece>,
    /// The raw bytes the unit was taken from.
    pub raw: Span,
    /// Paragraph number: consecutive units with the same number form one paragraph.
    pub para: usize,
    /// The line break joining this unit to an earlier kept unit of the same paragraph.
    pub line_break: Piece,
    pub hint: Hint,
    /// A decision the front end already made (a link-only menu item, say): the reason.
    pub preset: Option<&'static str>,
    /// The unit is a block of markup (HTML), not a line of plain text: its boundaries are the
    /// page's own, so a related marker with its title on the line ("Read more: ...") never
    /// takes the blocks after it along.
    pub markup: bool,
}

/// Builds a unit's text and pieces run by run.
#[derive(Debug, Default)]
pub(crate) struct UnitText {
    pub text: String,
    pub pieces: Vec<Piece>,
}

impl UnitText {
    /// Appends `piece_text`, a verbatim copy of the raw bytes at `raw_start`.
    pub fn copy(&mut self, piece_text: &str, raw_start: usize) {
        if piece_text.is_empty() {
            return;
        }
        if let Some(last) = self.pieces.last_mut() {
            if let Origin::Copy(start) = last.origin {
                if start + last.len == raw_start {
                    last.len += piece_text.len();
                    self.text.push_str(piece_text);
                    return;
                }
            }
        }
        self.text.push_str(piece_text);
        self.pieces.push(Piece {
            len: piece_text.len(),
            origin: Origin::Copy(raw_start),
        });
    }

    /// Appends text derived from the raw bytes at `raw_anchor`.
    pub fn derived(&mut self, piece_text: &str, raw_anchor: usize) {
        if piece_text.is_empty() {
            return;
        }
        self.text.push_str(piece_text);
        self.pieces.push(Piece {
            len: piece_text.len(),
            origin: Origin::Derived(raw_anchor),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// A kept paragraph in the assembled text.
#[derive(Clone, Debug)]
pub(crate) struct ParaOut {
    /// Where the paragraph lies in the cleaned text.
    pub span: Span,
    /// True when markup says the paragraph is a caption.
    pub caption_hint: bool,
}

/// The cleaned text assembled from the kept units.
#[derive(Debug, Default)]
pub(crate) struct Assembled {
    pub text: String,
    pub alignment: Alignment,
    pub paras: Vec<ParaOut>,
}

/// The paragraph separator, the only bytes cleaning inserts between kept blocks.
const PARAGRAPH_BREAK: &str = "\n\n";

/// Builds the cleaned text from the units whose `keep` flag is set: kept units of one
/// paragraph are joined by their line breaks, paragraphs by [`PARAGRAPH_BREAK`].
pub(crate) fn assemble(raw: &str, units: &[Unit], keep: &[bool]) -> Assembled {
    let mut out = Builder::default();
    let mut paras: Vec<ParaOut> = Vec::new();
    let mut open_para: Option<usize> = None;
    for (unit, _) in units.iter().zip(keep).filter(|(_, &k)| k) {
        if open_para == Some(unit.para) {
            out.piece(raw, "\n", unit.line_break);
        } else {
            if let Some(last) = paras.last_mut() {
                last.span = Span::new(last.span.start(), out.text.len());
                out.text.push_str(PARAGRAPH_BREAK);
            }
            paras.push(ParaOut {
                span: Span::empty(out.text.len()),
                caption_hint: false,
            });
            open_para = Some(unit.para);
        }
        let mut at = 0;
        for piece in &unit.pieces {
            let piece_text = unit.text.get(at..at + piece.len).unwrap_or("");
            out.piece(raw, piece_text, *piece);
            at += piece.len;
        }
        if let Some(last) = paras.last_mut() {
            last.caption_hint |= unit.hint == Hint::Caption;
        }
    }
    if let Some(last) = paras.last_mut() {
        last.span = Span::new(last.span.start(), out.text.len());
    }
    // Segments are pushed in derived order and never overlap, so this cannot fail; an empty
    // alignment is the safe fallback all the same.
    let alignment = Alignment::from_segments(out.segments).unwrap_or_default();
    Assembled {
        text: out.text,
        alignment,
        paras,
    }
}

#[derive(Default)]
struct Builder {
    text: String,
    segments: Vec<Segment>,
}

impl Builder {
    fn piece(&mut self, raw: &str, piece_text: &str, piece: Piece) {
        let derived_start = self.text.len();
        self.text.push_str(piece_text);
        match piece.origin {
            Origin::Copy(raw_start) => {
                // Only record what really is a verbatim copy; a front end bug must not make
                // the alignment lie.
                let verbatim = raw.as_bytes().get(raw_start..raw_start + piece_text.len())
                    == Some(piece_text.as_bytes());
                if !verbatim {
                    self.anchor(derived_start + piece_text.len(), raw_start.min(raw.len()));
                    return;
                }
                if let Some(last) = self.segments.last_mut() {
                    if last.len > 0
                        && last.derived_start + last.len == derived_start
                        && last.raw_start + last.len == raw_start
                    {
                        last.len += piece_text.len();
                        return;
                    }
                }
                if !piece_text.is_empty() {
                    self.segments.push(Segment {
                        derived_start,
                        raw_start,
                        len: piece_text.len(),
                    });
                }
            }
            Origin::Derived(anchor) => self.anchor(derived_start + piece_text.len(), anchor),
        }
    }

    /// An empty segment right after derived bytes: `Alignment::to_raw` maps bytes that belong to
    /// no segment to the start of the next segment, so the derived bytes map to `raw`.
    fn anchor(&mut self, derived_end: usize, raw: usize) {
        self.segments.push(Segment {
            derived_start: derived_end,
            raw_start: raw,
            len: 0,
        });
    }
}

/// The removed units, merged into one entry per run of units removed for the same reason.
pub(crate) fn removed_runs(units: &[Unit], decisions: &[Option<&'static str>]) -> Vec<Removed> {
    let mut removed: Vec<Removed> = Vec::new();
    let mut last: Option<(usize, &'static str)> = None; // (index of the last unit, reason)
    for (i, (unit, decision)) in units.iter().zip(decisions).enumerate() {
        let Some(reason) = *decision else {
            last = None;
            continue;
        };
        match (last, removed.last_mut()) {
            (Some((prev, prev_reason)), Some(entry)) if prev_reason == reason => {
                let same_para = units.get(prev).is_some_and(|p| p.para == unit.para);
                entry.text.push_str(if same_para { "\n" } else { "\n\n" });
                entry.text.push_str(&unit.text);
                entry.raw_span = entry.raw_span.cover(unit.raw);
            }
            _ => removed.push(Removed {
                text: unit.text.clone(),
                reason,
                raw_span: unit.raw,
            }),
        }
        last = Some((i, reason));
    }
    removed
}

/// Checks the alignment invariants of a cleaning result against its raw input; test helper.
#[cfg(test)]
pub(crate) fn check_alignment(raw: &str, clean: &sitrep_doc::CleanText) {
    let text = &clean.text;
    let mut last_end = 0;
    for s in clean.alignment.segments() {
        assert!(s.derived_start >= last_end, "segments overlap: {s:?}");
        last_end = s.derived_start + s.len;
        let derived = text
            .as_bytes()
            .get(s.derived_start..s.derived_start + s.len);
        let copied = raw.as_bytes().get(s.raw_start..s.raw_start + s.len);
        assert!(
            derived.is_some() && derived == copied,
            "segment {s:?} is not verbatim"
        );
    }
    for i in 0..=text.len() {
        assert!(
            clean.alignment.to_raw(i) <= raw.len(),
            "to_raw({i}) out of bounds"
        );
    }
    for c in &clean.captions {
        assert!(
            text.get(c.range()).is_some(),
            "caption {c:?} does not fit the text"
        );
    }
    for r in &clean.removed {
        assert!(
            raw.get(r.raw_span.range()).is_some(),
            "removed span {:?} does not fit",
            r.raw_span
        );
    }
}
