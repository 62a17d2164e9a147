//! A read-only view over a document's tokens that the extraction rules share: lower-cased words
//! by token index, and look-ups from tokens to the entity, place, time and quantity layers.

use sitrep_doc::{Doc, EntityMention, Span, TokenKind};

pub struct View<'a> {
    pub doc: &'a Doc,
    pub lower: Vec<String>,
    /// Where the headline and the lead end ([`headline_and_lead_ends`]), found once.
    pub headline_lead: (Option<usize>, usize),
}

impl<'a> View<'a> {
    pub fn new(doc: &'a Doc) -> View<'a> {
        let lower = doc.tokens().iter().map(|t| rule_word(doc.slice(t.span))).collect();
        View { doc, lower, headline_lead: headline_and_lead_ends(doc.text()) }
    }

    /// Whether the byte span ends inside the headline (a first line that no period ends).
    pub fn in_headline(&self, span: Span) -> bool {
        self.headline_lead.0.is_some_and(|e| span.end() <= e)
    }

    pub fn len(&self) -> usize {
        self.lower.len()
    }

    /// The lower-cased word at `i`, or "" past the end.
    pub fn w(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    pub fn span(&self, i: usize) -> Span {
        self.doc.tokens()[i].span
    }

    /// The span from token `a` to token `b` inclusive.
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        self.span(a).cover(self.span(b))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.doc.tokens().get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// A hyphen joining the words on either side without a space: "U.S.-based", which the
    /// tokenizer splits after the abbreviation's period.
    pub fn is_joining_hyphen(&self, i: usize) -> bool {
        let tokens = self.doc.tokens();
        matches!(self.w(i), "-" | "–")
            && i > 0
            && tokens.get(i + 1).is_some_and(|next| next.span.start() == tokens[i].span.end() && next.kind == TokenKind::Word)
            && tokens[i - 1].span.end() == tokens[i].span.start()
            && tokens[i - 1].kind == TokenKind::Word
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.doc.tokens().get(i).is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// The first token starting at or after `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.doc.tokens().partition_point(|t| t.span.start() < offset)
    }

    /// The part-of-speech tag (XPOS) of token `i`, when the document has a syntax layer.
    pub fn xpos(&self, i: usize) -> Option<&'a str> {
        self.doc.syntax().and_then(|s| s.xpos.get(i)).map(String::as_str)
    }

    /// The dependency relation of token `i` to its head, when the document has a parse.
    pub fn deprel(&self, i: usize) -> Option<&'a str> {
        self.doc.syntax().and_then(|s| s.deprel.get(i)).map(String::as_str)
    }

    /// The lemma of token `i` in lower case, when the document has a parse; else the word.
    pub fn lemma(&self, i: usize) -> String {
        self.doc.syntax().and_then(|s| s.lemma.get(i)).map_or_else(|| self.w(i).to_string(), |l| l.to_lowercase())
    }

    /// The head of token `i` in the parse (`None` for a root, or without a parse).
    pub fn head(&self, i: usize) -> Option<usize> {
        self.doc.syntax().and_then(|s| s.head.get(i).copied().flatten())
    }

    /// Whether token `i` is a finite verb or modal (a clause of its own): VBD, VBZ, VBP, MD.
    pub fn is_finite_verb(&self, i: usize) -> bool {
        self.xpos(i).is_some_and(|x| matches!(x, "VBD" | "VBZ" | "VBP" | "MD"))
    }

    /// Whether token `i` lies inside a time expression.
    pub fn in_time(&self, i: usize) -> bool {
        let Some(span) = self.doc.tokens().get(i).map(|t| t.span) else { return false };
        self.doc.times().exprs.iter().any(|t| t.span.contains(span))
    }

    /// Whether token `i` opens its sentence.
    pub fn opens_sentence(&self, i: usize) -> bool {
        self.doc.tokens().get(i).is_some_and(|t| self.doc.sentence_at(t.span.start()).is_some_and(|s| s.first_token == i))
    }

    /// Whether token `i` is the first on its line (only spaces before it since the last newline).
    pub fn opens_line(&self, i: usize) -> bool {
        let text = self.doc.text();
        text[..self.span(i).start()].chars().rev().take_while(|c| *c != '\n').all(char::is_whitespace)
    }

    /// The label of a timeline entry opening the sentence that starts at token `a`: the dates
    /// first on its line, before a colon or a dash ("Oct. 8-13:", "June 19:", "Oct. 8 to 13 -").
    pub fn entry_label(&self, a: usize) -> Option<Span> {
        if !self.opens_line(a) || !self.in_time(a) {
            return None;
        }
        // (A token may hold more than one date: "8-13".)
        let dated = |i: usize| i < self.len() && self.doc.times().exprs.iter().any(|t| t.span.overlaps(self.span(i)));
        // (A dash between two dates joins them: "Oct. 8 - 13 -".)
        let separator = (a + 1..(a + 8).min(self.len())).find(|&i| self.w(i) == ":" || matches!(self.w(i), "-" | "–" | "—" | "--") && !dated(i + 1))?;
        // (Behind a dash, calendar days only: "14:05 GMT - ..." is when a live report's entry
        // was posted, not when what it tells happened, and "Sunday — hours after the strike —
        // officials said" opens a sentence with a parenthesis, not an entry.)
        let clock = |i: usize| self.doc.times().exprs.iter().any(|t| t.span.overlaps(self.span(i)) && t.timex_type == sitrep_doc::TimexType::Time);
        let calendar = (a..separator).any(|i| self.w(i).starts_with(|c: char| c.is_ascii_digit()) || MONTHS.contains(&self.w(i).trim_end_matches('.')));
        if self.w(separator) != ":" && ((a..separator).any(clock) || !calendar) {
            return None;
        }
        (a..separator).all(|i| dated(i) || matches!(self.w(i), "-" | "–" | "to" | "and" | "through" | ",")).then(|| self.span_of(a, separator - 1))
    }

    /// The label of the timeline entry whose line holds the sentence that starts at token `a`:
    /// an entry's later sentences were told on the same day as its first ("Oct. 18 - The NIS
    /// releases photographs ... The Kremlin calls the report “another fake”.").
    pub fn line_entry_label(&self, a: usize) -> Option<Span> {
        let line_start = (0..=a).rev().find(|&i| self.opens_line(i))?;
        self.entry_label(line_start)
    }

    /// The entity mention covering token `i`.
    pub fn entity_at(&self, i: usize) -> Option<&'a EntityMention> {
        let span = self.doc.tokens().get(i)?.span;
        self.doc.entities().mentions.iter().find(|m| m.span.contains(span))
    }

    /// The longest mention holding token `i` ("the Russian embassy", not "Russian").
    pub fn longest_entity_at(&self, i: usize) -> Option<&'a EntityMention> {
        let span = self.doc.tokens().get(i)?.span;
        let mut holding = self.doc.entities().mentions.iter().filter(|m| m.span.contains(span));
        let first = holding.next()?;
        Some(holding.fold(first, |best, m| if m.span.len() > best.span.len() { m } else { best }))
    }
}

/// Month names and their abbreviations, lower case ("october", "oct", "sept").
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// A form of "be" (a passive's or a progressive's auxiliary).
pub fn is_be(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

/// A token's text as the rules compare it: in lower case, and a quotation mark written as two
/// apostrophes or two backquotes (''Yes,'' ``Yes'') as the straight double quote it stands for,
/// so that every rule about quotations reads it.
pub fn rule_word(token: &str) -> String {
    match token {
        "''" | "``" => "\"".to_owned(),
        _ => token.to_lowercase(),
    }
}

pub fn is_open_quote(w: &str) -> bool {
    matches!(w, "“" | "\"" | "‘")
}

pub fn is_close_quote(w: &str) -> bool {
    matches!(w, "”" | "\"" | "’")
}

/// The token range `[first, end)` of each sentence.
pub fn sentence_ranges(doc: &Doc) -> Vec<(usize, usize)> {
    doc.sentences().iter().map(|s| (s.first_token, s.end_token)).collect()
}

/// Content words of a span, lower-cased, for comparing claims.
pub fn content_words(doc: &Doc, span: Span) -> Vec<String> {
    doc.slice(span)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !crate::cues::STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// Where a text's headline and lead end, in bytes: the headline is the first line when no
/// period ends it (else there is none, and both are `None`/0); the lead is the first paragraph
/// after it that is not a byline ("By Tomas Reinholt") or a dateline line ("SEOUL, Dec. 19"),
/// paragraphs being split at blank lines, or at line breaks in a text that has no blank line
/// after its headline.
pub fn headline_and_lead_ends(text: &str) -> (Option<usize>, usize) {
    let Some(nl) = text.find('\n') else { return (None, text.len()) };
    let headline = (!text[..nl].trim_end().ends_with('.')).then_some(nl);
    let separator = if text[nl..].contains("\n\n") { "\n\n" } else { "\n" };
    let mut from = nl;
    for _ in 0..3 {
        // Past the separator (and any further line breaks) to the paragraph's first character.
        let start = from + text[from..].len() - text[from..].trim_start_matches('\n').len();
        if start >= text.len() {
            return (headline, text.len());
        }
        let end = text[start..].find(separator).map_or(text.len(), |q| start + q);
        let paragraph = text[start..end].trim();
        let byline = paragraph.starts_with("By ") && paragraph.chars().count() < 80;
        // (A line of capitalised words, a comma and a date, no sentence: a dateline alone.)
        let dateline = paragraph.chars().count() < 40 && !paragraph.contains(' ') || {
            let words: Vec<&str> = paragraph.split_whitespace().collect();
            words.len() <= 5
                && words.first().is_some_and(|w| w.chars().any(char::is_alphabetic) && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
                && !paragraph.ends_with(['.', '!', '?', '”', '"'])
        };
        if !(byline || dateline) {
            return (headline, end);
        }
        from = end;
    }
    (headline, from)
}
