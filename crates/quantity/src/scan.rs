//! A light tokenizer private to the quantity tagger.
//!
//! The tagger runs without the token layer (and must, for [`crate::tag_text`]), so it cuts the
//! text itself into runs of letters, runs of ASCII digits and single other characters, each
//! remembering whether whitespace or a line break came before it. Whether a comma or a dash is
//! glued to its neighbours is what separates "1,500" from "15, 00" and "KN-23" from "10 - 12";
//! a vector of small `Copy` tokens is all the grammar needs, with no allocation per character.

use crate::lexicon::{self, Entry};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Digits,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The first character (the only one, for punctuation).
    pub first: char,
    pub space_before: bool,
    pub newline_before: bool,
    pub lex: Option<&'static Entry>,
}

/// Cuts `text[from..to]` into words, digit runs and single other characters.
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok> {
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
            lexicon::lookup(&text[start..i])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_stay_visible() {
        let text = "1,500 KN-23 \u{20ac}5";
        let t = tokenize(text, 0, text.len());
        let words: Vec<&str> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["1", ",", "500", "KN", "-", "23", "\u{20ac}", "5"]);
        assert!(!t[1].space_before && !t[2].space_before);
        assert!(t[3].space_before);
    }
}
