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
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
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
        if c.is_alphanumeric() {
            i = scan_word(&chars, i);
            let word = &text[byte_at(start)..byte_at(i)];
            let all_digits = word.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
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
        // Punctuation: runs of dots and dashes stay together ("...", "--").
        if matches!(c, '.' | '-') {
            while i < chars.len() && chars[i].1 == c {
                i += 1;
            }
        } else {
            i += 1;
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
    let ahead: String = chars[i..].iter().take(8).map(|c| c.1).collect();
    let lower = ahead.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https:/") || lower.starts_with("www.") {
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
        let digit_sep = matches!(c, ',' | '.') && prev.is_ascii_digit() && next.is_ascii_digit();
        if inner_hyphen || inner_apostrophe || digit_sep {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn is_dotted_acronym(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    // A single letter followed by ".X." patterns: "U.S.", "U.N."
    end == start + 1
        && chars[start].1.is_uppercase()
        && chars.get(end + 1).is_some_and(|c| c.1.is_uppercase())
        && chars.get(end + 2).is_some_and(|c| c.1 == '.')
}

/// Byte offset inside `word` where a clitic starts: "’s", "'s", "n't", "'re", "'ll", "'ve",
/// "'d", "'m", or a bare trailing apostrophe is not included (it is punctuation).
fn clitic_start(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    for clitic in ["n't", "n\u{2019}t"] {
        if lower.len() > clitic.len() + 1 && lower.ends_with(clitic) {
            return Some(word.len() - clitic.len());
        }
    }
    for suffix in ["s", "re", "ll", "ve", "d", "m"] {
        for apo in ['\'', '\u{2019}'] {
            let clitic = format!("{apo}{suffix}");
            if lower.len() > clitic.len() && lower.ends_with(&clitic) {
                return Some(word.len() - clitic.len());
            }
        }
    }
    None
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
        if matches!(t, "." | "!" | "?" | "..." | "\u{2026}") {
            // closing quotes and brackets belong to the sentence they close; a straight double
            // quote closes only when the sentence has one open, else it opens the next sentence
            // ("... at night. \"This was ...").
            let mut open_straight = (first..end).filter(|&k| &text[tokens[k].span.range()] == "\"").count() % 2 == 1;
            while end < tokens.len()
                && matches!(
                    &text[tokens[end].span.range()],
                    "\u{201D}" | "\"" | "\u{2019}" | ")" | "]" | "'"
                )
                && !gap_has_newline(text, tokens[end - 1].span, tokens[end].span)
            {
                if &text[tokens[end].span.range()] == "\"" {
                    if !open_straight {
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
                        c.is_uppercase() || c.is_ascii_digit() || "\u{201C}\"'\u{2018}(".contains(c)
                    });
                    starts_upper || gap_has_newline(text, tokens[end - 1].span, next.span)
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
    text.get(a.end()..b.start()).is_some_and(|g| g.contains('\n'))
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
