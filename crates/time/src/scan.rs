//! A light tokenizer and sentence splitter private to the time tagger.
//!
//! The time tagger must work before (or without) the token and sentence layers of the document,
//! so it cuts the text itself: runs of letters, runs of ASCII digits, and single punctuation
//! characters, each remembering whether whitespace (or a line break) came before it. That is all
//! the grammar needs to tell "Oct. 8-13" (glued dash) from "KN-23" and "13,000" from "13, 2024".
//! Tokens are small `Copy` structs in one vector; nothing is allocated per character.
//!
//! Sentences matter only for tense, so the fallback splitter is deliberately simple: a break at
//! every line break, and after `.`, `?` or `!` followed by a space and an upper-case letter,
//! digit or quote, unless the word before the period is an abbreviation ("Oct.", "Mr.") or a
//! single letter ("U.S.").

use sitrep_doc::Sentence;

use crate::lexicon::{self, Entry};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Digits,
    Punct,
}

/// One token; `E` is the word-list entry type of the tagger that cut it (each tagger has its
/// own tables, the scanning is shared).
#[derive(Debug)]
pub struct Tok<E: 'static = Entry> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The first character (the only one, for punctuation).
    pub first: char,
    pub space_before: bool,
    pub newline_before: bool,
    pub lex: Option<&'static E>,
}

impl<E> Clone for Tok<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Tok<E> {}

/// Cuts `text[from..to]` into words, digit runs and punctuation characters.
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok> {
    tokenize_with(text, from, to, lexicon::lookup)
}

/// [`tokenize`] with another tagger's word tables: `lookup` gives the entry of a word.
pub fn tokenize_with<E>(
    text: &str,
    from: usize,
    to: usize,
    lookup: fn(&str) -> Option<&'static E>,
) -> Vec<Tok<E>> {
    let bytes = text.as_bytes().get(..to).unwrap_or(text.as_bytes());
    let mut toks = Vec::with_capacity((to - from.min(to)) / 5 + 1);
    let mut i = from;
    let mut space = true;
    let mut newline = true;
    while i < bytes.len() {
        let b = bytes[i];
        let c = if b < 0x80 {
            b as char
        } else {
            match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            space = true;
            if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                newline = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind = if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            Kind::Digits
        } else if c.is_alphabetic() {
            i += c.len_utf8();
            while i < bytes.len() {
                let b2 = bytes[i];
                if b2 < 0x80 {
                    if b2.is_ascii_alphabetic() {
                        i += 1;
                        continue;
                    }
                    break;
                }
                match text.get(i..).and_then(|s| s.chars().next()) {
                    Some(c2) if c2.is_alphabetic() => i += c2.len_utf8(),
                    _ => break,
                }
            }
            Kind::Word
        } else {
            i += c.len_utf8();
            Kind::Punct
        };
        let lex = if kind == Kind::Word {
            lookup(&text[start..i])
        } else {
            None
        };
        toks.push(Tok {
            start,
            end: i,
            kind,
            first: c,
            space_before: space,
            newline_before: newline,
            lex,
        });
        space = false;
        newline = false;
    }
    toks
}

/// Paragraph-aligned pieces of about 64 KiB: the taggers work piece by piece so that their token
/// buffers stay small and in cache. Cuts fall after a blank line when one is near, else after
/// a line break (a sentence boundary either way), so no expression is cut in two.
pub fn segments(text: &str) -> Vec<(usize, usize)> {
    const TARGET: usize = 64 * 1024;
    const SLACK: usize = 16 * 1024;
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / TARGET + 1);
    let mut start = 0;
    while start < b.len() {
        if b.len() - start <= TARGET + SLACK {
            out.push((start, b.len()));
            break;
        }
        let from = start + TARGET;
        let window = &b[from..(from + SLACK).min(b.len())];
        let cut = window
            .windows(2)
            .position(|w| w == b"\n\n")
            .map(|k| from + k + 2)
            .or_else(|| {
                b[from..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map(|k| from + k + 1)
            })
            .unwrap_or(b.len());
        out.push((start, cut));
        start = cut;
    }
    out
}

/// The sentence number of every token: from the document's sentence layer when it has one,
/// otherwise from the fallback splitter.
pub fn sentence_ids(text: &str, toks: &[Tok], given: &[Sentence]) -> Vec<u32> {
    if given.is_empty() {
        split(text, toks)
    } else {
        from_layer(toks, given)
    }
}

fn from_layer(toks: &[Tok], given: &[Sentence]) -> Vec<u32> {
    // Tokens between sentences get a number of their own, so they never share a tense.
    let mut ids = Vec::with_capacity(toks.len());
    let first = toks.first().map_or(0, |t| t.start);
    let mut s = given.partition_point(|x| x.span.end() <= first);
    let mut outside = given.len() as u32;
    for t in toks {
        while s < given.len() && given[s].span.end() <= t.start {
            s += 1;
        }
        match given.get(s) {
            Some(sent) if sent.span.contains_offset(t.start) => ids.push(s as u32),
            _ => {
                ids.push(outside);
                outside += 1;
            }
        }
    }
    ids
}

fn split(text: &str, toks: &[Tok]) -> Vec<u32> {
    let mut ids = Vec::with_capacity(toks.len());
    let mut id = 0u32;
    for k in 0..toks.len() {
        if k > 0 && boundary_before(text, toks, k) {
            id += 1;
        }
        ids.push(id);
    }
    ids
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}' | '\u{bb}'
    )
}

fn boundary_before(text: &str, toks: &[Tok], k: usize) -> bool {
    let t = toks[k];
    if t.newline_before {
        return true;
    }
    if !t.space_before {
        return false;
    }
    // The sentence-final mark, possibly followed by closing quotes or brackets.
    let mut p = k - 1;
    while p > 0 && toks[p].kind == Kind::Punct && is_closer(toks[p].first) {
        p -= 1;
    }
    let mark = toks[p];
    if mark.kind != Kind::Punct {
        return false;
    }
    match mark.first {
        '?' | '!' => true,
        '.' => {
            let starts_sentence = t.first.is_uppercase()
                || t.first.is_ascii_digit()
                || matches!(t.first, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(');
            if !starts_sentence {
                return false;
            }
            if p == 0 {
                return true;
            }
            let before = toks[p - 1];
            if before.kind != Kind::Word {
                return true;
            }
            let word = &text[before.start..before.end];
            let single_letter = word.chars().count() == 1;
            let abbreviation = before.lex.is_some_and(|e| e.abbreviation);
            !(single_letter || abbreviation)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_text_and_cut_after_line_breaks() {
        let para = "A line of text.\n".repeat(700);
        let text = para.repeat(20);
        let segs = segments(&text);
        assert!(segs.len() > 1);
        assert_eq!(segs.first().map(|s| s.0), Some(0));
        assert_eq!(segs.last().map(|s| s.1), Some(text.len()));
        for w in segs.windows(2) {
            assert_eq!(w[0].1, w[1].0);
            assert_eq!(&text[w[0].1 - 1..w[0].1], "\n");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn cuts_words_digits_and_punctuation() {
        assert_eq!(
            words("Oct. 8-13, KN-23"),
            ["Oct", ".", "8", "-", "13", ",", "KN", "-", "23"]
        );
        let t = tokenize("8th 1,500", 0, 9);
        assert!(
            !t[1].space_before,
            "the ordinal suffix is glued to its digits"
        );
        assert_eq!(t[2].start, 4);
    }

    #[test]
    fn splits_sentences_but_not_after_abbreviations() {
        let text = "They left on Oct. 8 for the U.S. Navy base. Then they came back.\nNew line";
        let toks = tokenize(text, 0, text.len());
        let ids = split(text, &toks);
        let id_of = |w: &str| {
            let k = toks
                .iter()
                .position(|t| &text[t.start..t.end] == w)
                .expect("word present");
            ids[k]
        };
        assert_eq!(id_of("They"), id_of("Navy"));
        assert_eq!(id_of("Then"), id_of("They") + 1);
        assert_eq!(id_of("New"), id_of("Then") + 1);
    }
}
