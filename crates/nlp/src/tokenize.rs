//! A rule-based, Unicode-aware tokenizer and sentence splitter.
//!
//! This is the first version behind the [`Stage`] trait; a tokenizer tuned on UD English EWT
//! replaces it later without touching the stages after it. It keeps what later rules need:
//! words with inner hyphens stay whole ("Jong-Un", "KN-23"), possessive clitics are split off
//! ("NIS", "’s") so the owner is a token of its own, abbreviations keep their period ("Oct.",
//! "Sept.", "U.S."), and numbers keep their separators ("1,500", "3.5").

use sitrep_doc::{Doc, Error, Sentence, Span, Stage, Token, TokenKind};

/// Abbreviations that keep their trailing period and do not end a sentence (lower-cased,
/// without the period).
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mr", "mrs", "ms", "dr",
    "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "gov",
    "sen", "rep", "pres", "amb", "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "etc", "no",
    "approx", "est", "dept", "univ", "mt", "ft", "fig", "vol", "pp", "ca",
];

fn is_abbreviation(word: &str) -> bool {
    word.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// True for apostrophes, straight or curly.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Splits `text` into tokens. Every token span lies inside the text on character boundaries and
/// tokens never overlap.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        // URLs and e-mail addresses run to the next space, minus trailing punctuation.
        if starts_url(&chars, i) {
            while i < chars.len() && !chars[i].1.is_whitespace() {
                i += 1;
            }
            while i > start + 1 && matches!(chars[i - 1].1, '.' | ',' | ')' | ';' | ':' | '"') {
                i -= 1;
            }
            tokens.push(tok(byte_at(start), byte_at(i), TokenKind::Word));
            continue;
        }
        if let Some(end) = emoticon_end(&chars, i) {
            tokens.push(tok(byte_at(start), byte_at(end), TokenKind::Symbol));
            i = end;
            continue;
        }
        // A keycap ("1️⃣", "#️⃣": a digit or sign, a variation selector, the enclosing keycap) or a
        // flag (two regional indicator letters, "🇺🇦") is one symbol.
        let keycap = (c.is_ascii_digit() || matches!(c, '#' | '*'))
            && chars.get(i + 1).is_some_and(|n| n.1 == '\u{FE0F}')
            && chars.get(i + 2).is_some_and(|n| n.1 == '\u{20E3}');
        let regional = |k: usize| chars.get(k).is_some_and(|n| ('\u{1F1E6}'..='\u{1F1FF}').contains(&n.1));
        let flag = regional(i) && regional(i + 1);
        if keycap || flag {
            i += if keycap { 3 } else { 2 };
            tokens.push(tok(byte_at(start), byte_at(i), TokenKind::Symbol));
            continue;
        }
        if c.is_alphanumeric() {
            i = scan_word(&chars, i);
            i = headline_slug_end(&chars, start, i);
            i = dotted_name_end(&chars, start, i);
            i = party_and_state_end(&chars, start, i);
            let word = &text[byte_at(start)..byte_at(i)];
            let all_digits = word.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':' | '/'));
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            // Keep the period of known abbreviations, single initials and dotted acronyms.
            if kind == TokenKind::Word && chars.get(i).map(|p| p.1) == Some('.') {
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                let dotted = is_dotted_acronym(&chars, start, i);
                if is_abbreviation(word) || initial || dotted {
                    i += 1;
                    // "U.S." : swallow the inner letter-period pairs.
                    while dotted
                        && i + 1 < chars.len()
                        && chars[i].1.is_alphabetic()
                        && chars[i + 1].1 == '.'
                    {
                        i += 2;
                    }
                }
            }
            // Split a possessive or contraction clitic off the word.
            let end_byte = byte_at(i);
            let split = clitic_start(&text[byte_at(start)..end_byte]);
            match split {
                Some(at) if at > 0 => {
                    let cut = byte_at(start) + at;
                    tokens.push(tok(byte_at(start), cut, kind));
                    tokens.push(tok(cut, end_byte, TokenKind::Word));
                }
                _ => tokens.push(tok(byte_at(start), end_byte, kind)),
            }
            continue;
        }
        // Punctuation: a run of one mark stays together ("...", "--", "====", "***", "$$$"), and
        // so does a run of question and exclamation marks ("?!").
        if matches!(c, '!' | '?') {
            while i < chars.len() && matches!(chars[i].1, '!' | '?') {
                i += 1;
            }
        } else if c == '\'' && chars.get(i + 1).is_some_and(|n| n.1 == '\'') {
            // Two apostrophes are one double quotation mark, as some newspapers' archives write
            // both the opening and the closing mark (''Yes,'' she said).
            i += 2;
        } else if c.is_ascii_punctuation() && !matches!(c, '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | ',' | ';' | ':') {
            while i < chars.len() && chars[i].1 == c {
                i += 1;
            }
        } else {
            i += 1;
            // A pictograph keeps its variation selector, skin tone, keycap and joined parts:
            // "⚡️", "👍🏽", "1️⃣", "🏳️‍🌈" are one symbol each.
            while i < chars.len() {
                let n = chars[i].1;
                if matches!(n, '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}') {
                    i += 1;
                } else if n == '\u{200D}' && i + 1 < chars.len() && !chars[i + 1].1.is_whitespace() && !chars[i + 1].1.is_alphanumeric() {
                    i += 2;
                } else {
                    break;
                }
            }
        }
        let kind = if c.is_ascii_punctuation() || is_unicode_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        tokens.push(tok(byte_at(start), byte_at(i), kind));
    }
    tokens
}

/// The end of an emoticon starting at `i` (":)", ":-(", ";P", "=D"), which must not be followed
/// by a letter or digit.
fn emoticon_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    if !matches!(chars[i].1, ':' | ';' | '=') {
        return None;
    }
    let mut j = i + 1;
    if chars.get(j).is_some_and(|c| c.1 == '-') {
        j += 1;
    }
    let face = chars.get(j).is_some_and(|c| matches!(c.1, ')' | '(' | 'D' | 'P' | 'p'));
    let before_ok = i == 0 || !chars[i - 1].1.is_alphanumeric();
    let after_ok = chars.get(j + 1).map_or(true, |c| !c.1.is_alphanumeric());
    (face && before_ok && after_ok).then_some(j + 1)
}

/// Domain names and file names written without spaces stay one token: the word from `start` to
/// `end` extended by ".part" pieces when the last piece is a top-level domain or a file
/// extension ("example.com", "notes.pdf"), or when there are three pieces or more in lower case
/// ("alt.animals.cats"). A sentence's final period is never taken (it is not followed by a
/// letter or digit).
fn dotted_name_end(chars: &[(usize, char)], start: usize, end: usize) -> usize {
    const LAST: &[&str] = &[
        "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk", "us", "ca", "de", "fr", "ru", "ua", "kr",
        "jp", "cn", "au", "eu", "info", "biz", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "txt", "jpg", "jpeg", "png",
        "gif", "htm", "html", "zip", "exe", "mp3", "wav", "csv",
    ];
    let mut pieces = 1;
    let mut j = end;
    let mut last = (start, end);
    while chars.get(j).is_some_and(|c| c.1 == '.') && chars.get(j + 1).is_some_and(|c| c.1.is_ascii_alphanumeric()) {
        let piece = j + 1;
        let mut k = piece;
        while chars.get(k).is_some_and(|c| c.1.is_ascii_alphanumeric() || c.1 == '-' || c.1 == '_') {
            k += 1;
        }
        pieces += 1;
        last = (piece, k);
        j = k;
    }
    if pieces == 1 {
        return end;
    }
    let word: String = chars[last.0..last.1].iter().map(|c| c.1.to_ascii_lowercase()).collect();
    let all_lower = chars[start..j].iter().all(|c| !c.1.is_uppercase());
    if LAST.contains(&word.as_str()) || (pieces >= 3 && all_lower) {
        j
    } else {
        end
    }
}

/// A legislator's party and state in parentheses stay one token with their periods: "(D-Wis.)",
/// "(R-S.C.)", so that the state's period neither ends the sentence nor leaves the name. The word
/// `start..end` must open the parentheses, be a capital, a hyphen and a capitalised abbreviation
/// of up to five letters ("Calif"), and its periods must close them (or a comma follow).
fn party_and_state_end(chars: &[(usize, char)], start: usize, end: usize) -> usize {
    let ch = |k: usize| chars.get(k).map_or(' ', |c| c.1);
    let state = start + 2..end;
    let shaped = start > 0
        && ch(start - 1) == '('
        && ch(start).is_ascii_uppercase()
        && is_hyphen(ch(start + 1))
        && (1..=5).contains(&state.len())
        && ch(state.start).is_ascii_uppercase()
        && state.clone().all(|k| ch(k).is_ascii_alphabetic());
    if !shaped || ch(end) != '.' {
        return end;
    }
    // "N.C." : further letter-period pairs.
    let mut j = end + 1;
    while ch(j).is_ascii_uppercase() && ch(j + 1) == '.' {
        j += 2;
    }
    if matches!(ch(j), ')' | ',') {
        j
    } else {
        end
    }
}

fn tok(start: usize, end: usize, kind: TokenKind) -> Token {
    Token { span: Span::new(start, end), kind }
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '\u{2018}'..='\u{201F}' | '\u{2010}'..='\u{2015}' | '\u{2026}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn starts_url(chars: &[(usize, char)], i: usize) -> bool {
    let starts = |prefix: &str| {
        prefix.len() <= chars.len() - i
            && prefix.chars().zip(&chars[i..]).all(|(p, c)| c.1.to_ascii_lowercase() == p)
    };
    if starts("http://") || starts("https://") || starts("www.") {
        return true;
    }
    // e-mail: word chars then '@' then word chars with a dot, before any space.
    let mut j = i;
    let mut at = false;
    while j < chars.len() && !chars[j].1.is_whitespace() {
        if chars[j].1 == '@' && j > i {
            at = true;
        }
        j += 1;
    }
    at && chars[i].1.is_alphanumeric() && chars[i..j].iter().skip_while(|c| c.1 != '@').any(|c| c.1 == '.')
}

/// Scans letters and digits with inner hyphens, apostrophes, and (between digits) commas and
/// periods. Returns the index after the word.
fn scan_word(chars: &[(usize, char)], mut i: usize) -> usize {
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphanumeric() || c == '\u{0301}' || c == '\u{0306}' {
            i += 1;
            continue;
        }
        let prev = if i > 0 { chars[i - 1].1 } else { ' ' };
        let next = chars.get(i + 1).map_or(' ', |p| p.1);
        let inner_hyphen = is_hyphen(c) && prev.is_alphanumeric() && next.is_alphanumeric();
        let inner_apostrophe = is_apostrophe(c) && prev.is_alphabetic() && next.is_alphabetic();
        let digit_sep = matches!(c, ',' | '.' | '/') && prev.is_ascii_digit() && next.is_ascii_digit();
        // "08:02", "14:30:05": a colon between digits with two digits after it.
        let clock = c == ':'
            && prev.is_ascii_digit()
            && next.is_ascii_digit()
            && chars.get(i + 2).is_some_and(|d| d.1.is_ascii_digit())
            && !chars.get(i + 3).is_some_and(|d| d.1.is_ascii_digit());
        if inner_hyphen || inner_apostrophe || digit_sep || clock {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Wire-service slugs that open a headline, written against its first word ("ANALYSIS-What
/// Pyongyang gains", "EXCLUSIVE-North Korea ...", "UPDATE 2-Russia says ...").
const HEADLINE_SLUGS: &[&str] = &[
    "ANALYSIS", "EXCLUSIVE", "FACTBOX", "EXPLAINER", "INSIGHT", "UPDATE", "WRAPUP", "TIMELINE", "REFILE", "CORRECTED",
    "BREAKINGVIEWS", "COLUMN", "INTERVIEW", "FEATURE", "GRAPHIC", "PREVIEW", "FOCUS", "RPT", "SCENARIOS", "QUOTEBOX",
    "VERBATIM", "POLL",
];

/// A word `[start, end)` that opens a line with a slug of [`HEADLINE_SLUGS`] and a hyphen
/// before a word in title case or another slug ("ANALYSIS-What", "RPT-UPDATE"), or is the
/// number after slugs ("UPDATE 2-Russia", "RPT-UPDATE 1-Russia"), ends at the hyphen: the slug
/// is no part of the headline's first word, which may be a name. (Not an all-capitals headline's
/// "FOCUS-GROUP".)
fn headline_slug_end(chars: &[(usize, char)], start: usize, end: usize) -> usize {
    let Some(hyphen) = (start..end).find(|&j| is_hyphen(chars[j].1)) else { return end };
    let head: String = chars[start..hyphen].iter().map(|c| c.1).collect();
    let numbered = head.len() <= 2 && head.chars().all(|c| c.is_ascii_digit());
    if !numbered && !HEADLINE_SLUGS.contains(&head.as_str()) {
        return end;
    }
    let next: String = chars[hyphen + 1..end].iter().map(|c| c.1).take_while(|c| c.is_alphanumeric()).collect();
    // (A capital after the hyphen, "What", "U.S.", "NATO", unless the whole line is in
    // capitals, where "FOCUS-GROUP TALKS" is one word.)
    let rest_of_line: String = chars[hyphen + 1..].iter().map(|c| c.1).take_while(|&c| c != '\n').collect();
    let line_in_capitals = !rest_of_line.chars().any(char::is_lowercase);
    let capital = next.chars().next().is_some_and(char::is_uppercase);
    if !(capital && !line_in_capitals) && !HEADLINE_SLUGS.contains(&next.as_str()) {
        return end;
    }
    let line: String = chars[..start].iter().rev().take_while(|c| c.1 != '\n').map(|c| c.1).collect::<Vec<_>>().into_iter().rev().collect();
    let slugs_before = |l: &str| !l.trim().is_empty() && l.split(|c: char| c.is_whitespace() || is_hyphen(c)).filter(|w| !w.is_empty()).all(|w| HEADLINE_SLUGS.contains(&w));
    let opens = line.trim().is_empty() || slugs_before(&line) && !numbered;
    if opens && !numbered || numbered && slugs_before(&line) {
        hyphen
    } else {
        end
    }
}

fn is_dotted_acronym(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    // A single letter followed by ".X." patterns, in either case: "U.S.", "U.N.", "a.m.", "e.g."
    let upper = chars[start].1.is_uppercase();
    end == start + 1
        && chars[start].1.is_alphabetic()
        && chars.get(end + 1).is_some_and(|c| c.1.is_alphabetic() && c.1.is_uppercase() == upper)
        && chars.get(end + 2).is_some_and(|c| c.1 == '.')
}

/// The length of the first part of a contraction written without its apostrophe, split as UD
/// English splits it ("cannot" is "can" + "not", "dont" is "do" + "nt"), from the word in lower
/// case. Words that are as often something else ("its", "lets", "were") are not here.
fn bare_contraction(lower: &[u8]) -> Option<usize> {
    Some(match lower {
        b"cannot" => 3,
        b"dont" => 2,
        b"didnt" => 3,
        b"doesnt" => 4,
        b"isnt" => 2,
        b"wasnt" => 3,
        b"arent" => 3,
        b"havent" => 4,
        b"hasnt" => 3,
        b"couldnt" => 5,
        b"wouldnt" => 5,
        b"shouldnt" => 6,
        b"wont" => 2,
        b"cant" => 2,
        b"im" => 1,
        b"ive" => 1,
        b"thats" => 4,
        b"gonna" => 3,
        b"wanna" => 3,
        b"gotta" => 3,
        _ => return None,
    })
}

/// Byte offset inside `word` where a clitic starts: "’s", "'s", "n't", "'re", "'ll", "'ve",
/// "'d", "'m" (a bare trailing apostrophe is not included: it is punctuation), or the second
/// part of a contraction written without its apostrophe (see [`bare_contraction`]; not in
/// capitals, where "IM" and "CANT" are more likely names).
fn clitic_start(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    // '\'' or the first byte of U+2019.
    if bytes.iter().any(|&b| b == b'\'' || b == 0xE2) {
        let ends_with =
            |suffix: &[u8]| bytes.len() >= suffix.len() && bytes[bytes.len() - suffix.len()..].eq_ignore_ascii_case(suffix);
        for clitic in ["n't", "n\u{2019}t"] {
            if word.len() > clitic.len() + 1 && ends_with(clitic.as_bytes()) {
                return Some(word.len() - clitic.len());
            }
        }
        for suffix in ["s", "re", "ll", "ve", "d", "m"] {
            for apo in ["'", "\u{2019}"] {
                let len = apo.len() + suffix.len();
                if word.len() > len
                    && ends_with(suffix.as_bytes())
                    && bytes[..bytes.len() - suffix.len()].ends_with(apo.as_bytes())
                {
                    return Some(word.len() - len);
                }
            }
        }
        return None;
    }
    if !(2..=8).contains(&bytes.len()) || bytes.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let mut lower = [0u8; 8];
    for (l, b) in lower.iter_mut().zip(bytes) {
        *l = b.to_ascii_lowercase();
    }
    bare_contraction(&lower[..bytes.len()])
}

/// Groups tokens into sentences. A sentence ends at `.`, `!` or `?` (with any closing quotes or
/// brackets after it) when the next token starts a new sentence, and always at a line break.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &text[tokens[i].span.range()];
        let mut end = i + 1;
        let mut boundary = false;
        let terminal = !t.is_empty() && t.chars().all(|c| matches!(c, '.' | '!' | '?' | '\u{2026}'));
        // An ellipsis may trail off inside a sentence; a full stop, question or exclamation mark
        // ends one even before a word in lower case (as in much informal writing), since the
        // periods of abbreviations, initials and acronyms stay inside their words.
        let ellipsis = t.contains('\u{2026}') || t.starts_with("...");
        if terminal {
            // closing quotes and brackets belong to the sentence they close; a straight double
            // quote closes only when the sentence has one open, else it opens the next sentence
            // ("... at night. \"This was ...").
            let straight = |k: usize| matches!(&text[tokens[k].span.range()], "\"" | "''");
            let mut open_straight = (first..end).filter(|&k| straight(k)).count() % 2 == 1;
            while end < tokens.len()
                && matches!(
                    &text[tokens[end].span.range()],
                    "\u{201D}" | "\"" | "''" | "\u{2019}" | ")" | "]" | "'"
                )
                && !gap_has_newline(text, tokens[end - 1].span, tokens[end].span)
            {
                if straight(end) {
                    // Written against the mark and followed by a space, a quote closes even when
                    // it opened in an earlier sentence ("... a battlefield." Unless ...).
                    let attached = tokens[end - 1].span.end() == tokens[end].span.start();
                    let spaced_after = tokens.get(end + 1).map_or(true, |n| n.span.start() > tokens[end].span.end());
                    if !open_straight && !(attached && spaced_after) {
                        break;
                    }
                    open_straight = false;
                }
                end += 1;
            }
            boundary = match tokens.get(end) {
                None => true,
                Some(next) => {
                    let nt = &text[next.span.range()];
                    let starts_upper = nt.chars().next().is_some_and(|c| {
                        c.is_uppercase() || c.is_ascii_digit() || "\u{201C}\"'`\u{2018}(".contains(c)
                    });
                    let starts_lower = nt.chars().next().is_some_and(char::is_lowercase);
                    let closed = end > i + 1;
                    starts_upper
                        || (starts_lower && !ellipsis && !closed)
                        || gap_has_newline(text, tokens[end - 1].span, next.span)
                }
            };
        }
        if !boundary {
            if let Some(next) = tokens.get(end) {
                boundary = gap_has_newline(text, tokens[end - 1].span, next.span);
            } else {
                boundary = true;
            }
        }
        if boundary {
            let span = tokens[first].span.cover(tokens[end - 1].span);
            sentences.push(Sentence { span, first_token: first, end_token: end });
            first = end;
        }
        i = end;
    }
    sentences
}

fn gap_has_newline(text: &str, a: Span, b: Span) -> bool {
    text.as_bytes().get(a.end()..b.start()).is_some_and(|g| g.contains(&b'\n'))
}

/// The tokenizer stage: writes the token layer.
#[derive(Debug, Default, Clone, Copy)]
pub struct RuleTokenizer;

impl Stage for RuleTokenizer {
    fn name(&self) -> &'static str {
        "tokens"
    }
    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let tokens = tokenize(doc.text());
        doc.set_tokens(tokens)
    }
}

/// The sentence stage: writes the sentence layer from the token layer.
#[derive(Debug, Default, Clone, Copy)]
pub struct RuleSentenceSplitter;

impl Stage for RuleSentenceSplitter {
    fn name(&self) -> &'static str {
        "sentences"
    }
    fn run(&self, doc: &mut Doc) -> Result<(), Error> {
        let sentences = split_sentences(doc.text(), doc.tokens());
        doc.set_sentences(sentences)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.span.range()]).collect()
    }

    #[test]
    fn a_pictograph_keeps_its_variation_selector_and_joined_parts() {
        assert_eq!(words("\u{26A1}\u{FE0F} Russian MoD")[..3], ["\u{26A1}\u{FE0F}", "Russian", "MoD"]);
        assert_eq!(words("\u{1F44D}\u{1F3FD} done")[..2], ["\u{1F44D}\u{1F3FD}", "done"]);
        assert_eq!(words("\u{1F468}\u{200D}\u{1F4BB} works")[..2], ["\u{1F468}\u{200D}\u{1F4BB}", "works"]);
        assert_eq!(words("1\u{FE0F}\u{20E3} Governor")[..2], ["1\u{FE0F}\u{20E3}", "Governor"]);
        assert_eq!(words("\u{1F1FA}\u{1F1E6} Kyiv")[..2], ["\u{1F1FA}\u{1F1E6}", "Kyiv"]);
    }

    #[test]
    fn splits_a_wire_slug_from_the_headline_it_opens() {
        let words = |text: &str| tokenize(text).iter().map(|t| text[t.span.range()].to_string()).collect::<Vec<_>>();
        assert_eq!(words("ANALYSIS-What Varn gains")[..3], ["ANALYSIS", "-", "What"]);
        assert_eq!(words("Report\nUPDATE 2-Norland says")[..5], ["Report", "UPDATE", "2", "-", "Norland"]);
        // (Not inside a line, nor a compound of names.)
        assert!(words("the ANALYSIS-What piece").contains(&"ANALYSIS-What".to_string()));
        assert!(words("NATO-Russia council").contains(&"NATO-Russia".to_string()));
        assert_eq!(words("RPT-UPDATE 1-Norland says")[..6], ["RPT", "-", "UPDATE", "1", "-", "Norland"]);
        assert!(words("FOCUS-GROUP TALKS").contains(&"FOCUS-GROUP".to_string()));
        assert_eq!(words("UPDATE 2-U.S. says")[..4], ["UPDATE", "2", "-", "U.S."]);
        assert_eq!(words("EXCLUSIVE-NATO weighs")[..3], ["EXCLUSIVE", "-", "NATO"]);
    }

    #[test]
    fn keeps_hyphenated_names_and_designations_whole() {
        assert_eq!(
            words("Marshal Ri Song-Chol tested the XR-17 rocket."),
            ["Marshal", "Ri", "Song-Chol", "tested", "the", "XR-17", "rocket", "."]
        );
    }

    #[test]
    fn splits_curly_and_straight_possessives() {
        assert_eq!(words("Norland’s army"), ["Norland", "’s", "army"]);
        assert_eq!(words("the agency's findings"), ["the", "agency", "'s", "findings"]);
        assert_eq!(words("they don't"), ["they", "do", "n't"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(words("on Sept. 4 and Oct. 9"), ["on", "Sept.", "4", "and", "Oct.", "9"]);
        assert_eq!(words("the U.S. Navy"), ["the", "U.S.", "Navy"]);
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(words("1,500 troops, 3.5 km."), ["1,500", "troops", ",", "3.5", "km", "."]);
        assert_eq!(tokenize("1,500")[0].kind, TokenKind::Number);
    }

    #[test]
    fn curly_quotes_are_tokens() {
        assert_eq!(words("“Go,” he said."), ["“", "Go", ",", "”", "he", "said", "."]);
    }

    #[test]
    fn urls_and_emails_are_one_token() {
        assert_eq!(words("see https://example.org/a?b=1."), ["see", "https://example.org/a?b=1", "."]);
        assert_eq!(words("write desk@example.org today"), ["write", "desk@example.org", "today"]);
    }

    #[test]
    fn web_writing_keeps_runs_times_dates_names_and_faces_whole() {
        assert_eq!(words("Wow!!! Really?! ===== ***"), ["Wow", "!!!", "Really", "?!", "=====", "***"]);
        assert_eq!(words("at 08:45 on 10/18/2024, 24/7"), ["at", "08:45", "on", "10/18/2024", ",", "24/7"]);
        assert_eq!(tokenize("08:45")[0].kind, TokenKind::Number);
        assert_eq!(words("see harbor-watch.org or notes.pdf."), ["see", "harbor-watch.org", "or", "notes.pdf", "."]);
        assert_eq!(words("posted to alt.boats.ferries today"), ["posted", "to", "alt.boats.ferries", "today"]);
        assert_eq!(words("It sank.The end"), ["It", "sank", ".", "The", "end"]);
        assert_eq!(words("great :) and sad :-( ok"), ["great", ":)", "and", "sad", ":-(", "ok"]);
        assert_eq!(words("ratio: 3"), ["ratio", ":", "3"]);
    }

    #[test]
    fn contractions_without_apostrophes_split_as_ud_does() {
        assert_eq!(words("I cannot go, dont ask"), ["I", "can", "not", "go", ",", "do", "nt", "ask"]);
        assert_eq!(words("gonna wait"), ["gon", "na", "wait"]);
        assert_eq!(words("the IM system"), ["the", "IM", "system"]);
    }

    #[test]
    fn lower_case_dotted_abbreviations_stay_whole() {
        assert_eq!(words("at 9 a.m. and e.g. later"), ["at", "9", "a.m.", "and", "e.g.", "later"]);
    }

    #[test]
    fn informal_sentences_end_before_lower_case_but_not_after_an_ellipsis() {
        let text = "the ferry was late. i waited... and waited! then it came?? yes";
        let toks = tokenize(text);
        let sents: Vec<&str> = split_sentences(text, &toks).iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(sents, ["the ferry was late.", "i waited... and waited!", "then it came??", "yes"]);
    }

    #[test]
    fn a_quote_against_the_period_closes_a_quotation_opened_sentences_before() {
        let text = "He said: \"We sailed. We landed.\" Then he left.";
        let toks = tokenize(text);
        let sents: Vec<&str> = split_sentences(text, &toks).iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(sents, ["He said: \"We sailed.", "We landed.\"", "Then he left."]);
    }

    #[test]
    fn sentences_split_on_periods_but_not_abbreviations() {
        let text = "Troops left on Oct. 8 from the port. They arrived “late.” Officials said so\nA new line";
        let toks = tokenize(text);
        let sents: Vec<&str> =
            split_sentences(text, &toks).iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(
            sents,
            [
                "Troops left on Oct. 8 from the port.",
                "They arrived “late.”",
                "Officials said so",
                "A new line"
            ]
        );
    }

    #[test]
    fn a_straight_quote_after_a_period_opens_the_next_sentence() {
        let text = "The crew said the work was done at dawn. \"It went well,\" the captain said. He left \"early.\" Then rain came.";
        let toks = tokenize(text);
        let sents: Vec<&str> =
            split_sentences(text, &toks).iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(
            sents,
            [
                "The crew said the work was done at dawn.",
                "\"It went well,\" the captain said.",
                "He left \"early.\"",
                "Then rain came."
            ]
        );
    }

    #[test]
    fn two_apostrophes_are_one_quotation_mark_opening_or_closing() {
        let text = "The pier was shut at noon. ''It is not safe,'' said Ms. Varga. ''We wait.''";
        assert_eq!(
            words(text),
            [
                "The", "pier", "was", "shut", "at", "noon", ".", "''", "It", "is", "not", "safe", ",", "''", "said",
                "Ms.", "Varga", ".", "''", "We", "wait", ".", "''"
            ]
        );
        let sents: Vec<&str> = split_sentences(text, &tokenize(text)).iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(sents, ["The pier was shut at noon.", "''It is not safe,'' said Ms. Varga.", "''We wait.''"]);
        // A single apostrophe stays what it was: a plural possessive, a clitic.
        assert_eq!(words("the sailors' boat isn't here"), ["the", "sailors", "'", "boat", "is", "n't", "here"]);
    }

    #[test]
    fn a_legislators_party_and_state_keep_their_periods() {
        let text = "Rep. Ada Moss (D-Wis.) said Friday. Sen. Lee Park (R-S.C.) told reporters on Thursday. Rep. Al Ruiz (D-Calif.) agreed.";
        let w = words(text);
        assert!(w.contains(&"D-Wis.") && w.contains(&"R-S.C."), "{w:?}");
        let sents: Vec<&str> = split_sentences(text, &tokenize(text)).iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(
            sents,
            ["Rep. Ada Moss (D-Wis.) said Friday.", "Sen. Lee Park (R-S.C.) told reporters on Thursday.", "Rep. Al Ruiz (D-Calif.) agreed."]
        );
        // Not outside parentheses, nor a sentence ending in a hyphenated word.
        assert_eq!(words("He met X-Men. Then"), ["He", "met", "X-Men", ".", "Then"]);
    }

    proptest! {
        #[test]
        fn token_spans_lie_in_text_and_never_overlap(text in "\\PC{0,200}") {
            let toks = tokenize(&text);
            let mut last_end = 0;
            for t in &toks {
                prop_assert!(t.span.start() >= last_end);
                prop_assert!(text.get(t.span.range()).is_some());
                prop_assert!(!t.span.is_empty());
                last_end = t.span.end();
            }
            let sents = split_sentences(&text, &toks);
            let covered: usize = sents.iter().map(|s| s.end_token - s.first_token).sum();
            prop_assert_eq!(covered, toks.len());
        }
    }
}
