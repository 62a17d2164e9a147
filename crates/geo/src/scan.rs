//! Word scanning over raw document text, for the resolver's own search for place names.
//!
//! The resolver cannot count on the token layer (it may be empty when geoparsing plain text), so
//! it splits the text itself. A word here is a run of letters and digits with inner hyphens and
//! apostrophes ("Musudan-ri", "Kaech’ŏn"), or an abbreviation of capitals with dots ("U.S.").
//! A final "’s" / "'s" is split off as a possessive: "Russia’s" is the word "Russia" plus a mark,
//! and a name span never includes it. Each word also records whether it opens a sentence and
//! whether its line is in title case (headlines), because both change what a capital letter
//! says about a word.

use std::collections::HashSet;
use std::sync::OnceLock;

use sitrep_doc::Span;

const COMMON_WORDS: &str = include_str!("../data/common_words.txt");

/// Lower-case English words that are not taken alone as place names by the scan.
pub(crate) fn common_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Names that are always capitalised and in news mean a feast, a deity or the like, never the
/// towns that bear them (Christmas in Florida, Göd in Hungary): folded keys the gazetteer never
/// answers for.
pub(crate) const NEVER_PLACES: &[&str] = &[
    "christmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah", "passover", "lent", "advent", "pentecost",
    "god", "allah", "heaven", "jesus", "christ", "satan", "devil", "hell", "earth",
];

/// A word with a contraction ("We'll", "They're", "Don't"): never a name, whatever town it folds
/// to ("Well").
pub(crate) fn is_contraction(word: &str) -> bool {
    let Some((head, tail)) = word.rsplit_once(is_apostrophe) else { return false };
    !head.is_empty() && matches!(tail.to_lowercase().as_str(), "ll" | "re" | "ve" | "d" | "m" | "t")
}

/// Whether a name starting at byte `start` follows a capitalised "The" after a lower-case
/// preposition or "told" ("a writer for The Atlantic", "told The Hill", "in The Nation"): the
/// title of a publication, not the ocean or a town. A "The" opening a sentence, a line or a
/// headline's next sentence ("... season The Atlantic hurricane season") says nothing, nor does
/// one inside a headline in title case ("Storms Build In The Atlantic").
pub(crate) fn after_title_the(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(' ').and_then(|b| b.strip_suffix("The")) else { return false };
    let word = before.trim_end_matches(' ').rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(word, "for" | "to" | "told" | "in" | "by" | "with" | "from" | "at" | "of" | "on" | "wrote" | "said")
}

/// Whether the name at `start..end` names a quarter of a city after its owner ("the city's
/// Kyivskyi district", "Kharkiv's Saltivskyi district"): city districts are often named after
/// other towns, and the gazetteer has none, so such a name is no town of its own.
pub(crate) fn city_quarter(text: &str, start: usize, end: usize) -> bool {
    let owned = ["'s ", "’s "].iter().any(|p| text[..start].ends_with(p));
    let name = text[start..end].to_lowercase();
    let after = text[end..].trim_start().to_lowercase();
    let quarter = |s: &str| ["district", "neighbourhood", "neighborhood", "quarter", "borough"].iter().any(|q| s.starts_with(q) || s.ends_with(q));
    owned && (quarter(&name) || quarter(&after))
}

/// The word right across an ampersand from the name at `start..end`, with the word beyond it on
/// that side ("Glasser" for "Bailey" in "Bailey & Glasser"; "Tijuana" and "between Tijuana" for
/// "Ensenada" in "between Tijuana & Ensenada"), past an article or a possessive ("Ukraine & the
/// EU"); `None` without an ampersand, or with nothing but lower case, digits or a line's end
/// across it.
pub(crate) fn across_ampersand(text: &str, start: usize, end: usize) -> Option<(String, String)> {
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let skip = |w: &String| matches!(w.to_lowercase().as_str(), "the" | "its" | "their" | "a" | "an" | "his" | "her");
    let words: Vec<String> = if let Some(after) = text[end..].trim_start_matches(' ').strip_prefix('&') {
        let line = after.split('\n').next().unwrap_or("");
        line.split_whitespace().map(clean).filter(|w| !w.is_empty()).skip_while(skip).take(2).collect()
    } else {
        let before = text[..start].trim_end_matches(' ').strip_suffix('&')?;
        let line = before.rsplit('\n').next().unwrap_or("");
        line.split_whitespace().rev().map(clean).filter(|w| !w.is_empty()).take(2).collect::<Vec<_>>().into_iter().rev().collect()
    };
    let next = if text[end..].trim_start_matches(' ').starts_with('&') { words.first() } else { words.last() }?;
    if !next.starts_with(char::is_uppercase) {
        return None;
    }
    Some((next.clone(), words.join(" ")))
}

/// Abbreviations whose dot does not end a sentence, and after which a name goes on ("St.").
const ABBREVIATIONS: &[&str] = &[
    "st", "mt", "ft", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "adm", "gov",
    "sen", "rep", "prof", "jr", "sr", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    "maj", "cmdr", "brig", "pres",
];

/// Words that name a place only inside a longer name ("Saint Petersburg", "Mount Elbrus").
pub(crate) const NAME_ABBREVIATIONS: &[&str] = &["st", "mt", "ft"];

/// Lower-case words allowed inside a multi-word name ("Sea of Japan", "Rio de Janeiro").
pub(crate) const CONNECTORS: &[&str] = &[
    "of", "de", "del", "da", "do", "dos", "das", "du", "des", "la", "le", "el", "the", "and", "on",
    "upon", "am", "an", "im", "sur", "en",
];

/// Lower-case type words that may end a name ("Kursk region", "the Dnieper river").
pub(crate) const TYPE_TRAILERS: &[&str] = &[
    "region",
    "province",
    "oblast",
    "krai",
    "kray",
    "governorate",
    "prefecture",
    "district",
    "county",
    "territory",
    "peninsula",
    "river",
    "sea",
    "strait",
    "island",
    "islands",
    "republic",
    "mountains",
    "valley",
    "bay",
    "gulf",
    "lake",
    "canal",
    "state",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    /// The word without a possessive ending.
    pub span: Span,
    /// End including the possessive ending, when there is one.
    pub full_end: usize,
    pub possessive: bool,
    /// Starts with a capital (or is an Arabic-article name such as "al-Qaim").
    pub cap: bool,
    /// Every letter is a capital ("KYIV", "US", "U.S.").
    pub all_caps: bool,
    pub sentence_initial: bool,
    /// The word's line is a headline in title case.
    pub title_line: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Splits `text` into words.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        loop {
            match at(j) {
                Some(c) if c.is_alphanumeric() => j += 1,
                // Combining marks of decomposed text stay inside the word.
                Some(c) if ('\u{0300}'..='\u{036f}').contains(&c) => j += 1,
                Some(c)
                    if (is_hyphen(c) || is_apostrophe(c))
                        && at(j + 1).is_some_and(char::is_alphanumeric) =>
                {
                    j += 2
                }
                _ => break,
            }
        }
        // "U.S.", "D.C.": single capitals joined by dots.
        if j == start + 1 && chars[start].1.is_uppercase() && at(j) == Some('.') {
            let mut k = j;
            while at(k) == Some('.')
                && at(k + 1).is_some_and(char::is_uppercase)
                && at(k + 2) == Some('.')
            {
                k += 3;
            }
            if k > j {
                j = k;
            }
        }
        let (s, mut e) = (offset(start), offset(j));
        let mut full_end = e;
        let mut possessive = false;
        let word = &text[s..e];
        // Possessive "’s" / "'s" inside the run, and a bare trailing apostrophe ("Philippines’").
        let lower_tail = word.to_lowercase();
        for apos in ['’', '\''] {
            let suffix = format!("{apos}s");
            if lower_tail.ends_with(&suffix) && word.len() > suffix.len() {
                e -= suffix.len();
                possessive = true;
                break;
            }
        }
        if !possessive
            && at(j).is_some_and(is_apostrophe)
            && !at(j + 1).is_some_and(char::is_alphanumeric)
        {
            full_end = offset(j + 1);
            possessive = word.ends_with('s') || word.ends_with('S');
            if !possessive {
                full_end = e;
            }
        }
        let span = Span::new(s, e);
        let w = &text[s..e];
        let first = w.chars().next();
        let cap = first.is_some_and(char::is_uppercase) || arabic_article_name(w);
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
        out.push(Word {
            span,
            full_end,
            possessive,
            cap,
            all_caps,
            sentence_initial: opens_sentence(text, s),
            title_line: false,
        });
        i = j;
    }
    mark_title_lines(text, &mut out);
    out
}

/// "al-Qaim", "el-Arish", "ad-Dawr": a lower-case article, a hyphen, a capital.
fn arabic_article_name(w: &str) -> bool {
    [
        "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ed-", "en-", "es-", "ez-",
    ]
    .iter()
    .any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// True when the word at `start` opens a sentence: nothing but opening quotes and brackets
/// between it and the start of the text, a line break, or a sentence-ending mark that does not
/// close an abbreviation.
fn opens_sentence(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let mut it = before.char_indices().rev().peekable();
    while let Some(&(_, c)) = it.peek() {
        if c == '\n' {
            return true;
        }
        if c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–')
        {
            it.next();
            continue;
        }
        break;
    }
    match it.next() {
        None => true,
        Some((i, c)) if matches!(c, '.' | '!' | '?' | ':' | '”' | '"') => {
            if c == '.' {
                let prev = previous_word(text, i).unwrap_or("");
                !ABBREVIATIONS.contains(&prev.to_lowercase().as_str())
            } else {
                true
            }
        }
        _ => false,
    }
}

/// The run of letters ending right before byte `end` (after skipping spaces).
pub(crate) fn previous_word(text: &str, end: usize) -> Option<&str> {
    let before = text.get(..end)?;
    let trimmed = before.trim_end();
    let stop = trimmed.len();
    let start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    (start < stop).then(|| &trimmed[start..stop])
}

/// Marks words on lines where most longer words are capitalised: headlines in title case.
fn mark_title_lines(text: &str, words: &mut [Word]) {
    let mut line_start = 0;
    let mut wi = 0;
    for line in text.split('\n') {
        let line_end = line_start + line.len();
        let first = wi;
        while wi < words.len() && words[wi].span.start() < line_end {
            wi += 1;
        }
        let slice = &words[first..wi];
        let long: Vec<&Word> = slice.iter().filter(|w| w.span.len() >= 4).collect();
        let caps = long.iter().filter(|w| w.cap).count();
        let title = long.len() >= 3 && caps * 10 >= long.len() * 7;
        if title {
            for w in &mut words[first..wi] {
                w.title_line = true;
            }
        }
        line_start = line_end + 1;
    }
}

/// The text between two words is a plain gap inside one name: spaces on one line, or the dot
/// and space after "St" / "Mt" / "Ft".
pub(crate) fn joins_name(text: &str, left: &Word, right: &Word) -> bool {
    if left.possessive {
        return false;
    }
    let Some(gap) = text.get(left.full_end..right.span.start()) else {
        return false;
    };
    if !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}') && gap.len() <= 2 {
        return true;
    }
    if gap == ". " || gap == "." {
        let w = text.get(left.span.range()).unwrap_or("").to_lowercase();
        return NAME_ABBREVIATIONS.contains(&w.as_str());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, ws: &[Word]) -> Vec<&'a str> {
        ws.iter().map(|w| &text[w.span.range()]).collect()
    }

    #[test]
    fn splits_words_hyphens_abbreviations_and_possessives() {
        let t = "Russia’s envoy left Musudan-ri for the U.S. on Friday; Kaech’ŏn's mayor stayed.";
        let ws = words(t);
        assert_eq!(
            texts(t, &ws),
            [
                "Russia",
                "envoy",
                "left",
                "Musudan-ri",
                "for",
                "the",
                "U.S.",
                "on",
                "Friday",
                "Kaech’ŏn",
                "mayor",
                "stayed"
            ]
        );
        assert!(ws[0].possessive && ws[0].full_end == "Russia’s".len());
        assert!(ws[9].possessive);
        assert!(ws[6].all_caps && ws[6].cap);
        assert!(ws[0].sentence_initial && !ws[3].sentence_initial);
    }

    #[test]
    fn sentence_starts_skip_abbreviations() {
        let t = "He met Dr. Vance. Then he flew to St. Cloud.\n“Nobody knew,” he said.";
        let ws = words(t);
        let by = |s: &str| {
            ws.iter()
                .find(|w| &t[w.span.range()] == s)
                .copied()
                .expect(s)
        };
        assert!(!by("Vance").sentence_initial);
        assert!(by("Then").sentence_initial);
        assert!(!by("Cloud").sentence_initial);
        assert!(by("Nobody").sentence_initial);
        assert!(joins_name(t, &by("St"), &by("Cloud")));
        assert!(!joins_name(t, &by("Vance"), &by("Then")));
    }

    #[test]
    fn plural_possessive_and_arabic_article() {
        let t = "the Philippines’ coast near al-Qaim";
        let ws = words(t);
        assert_eq!(
            texts(t, &ws),
            ["the", "Philippines", "coast", "near", "al-Qaim"]
        );
        assert!(ws[1].possessive);
        assert!(ws[4].cap);
    }

    #[test]
    fn title_case_lines_are_marked() {
        let t = "Troops Gather Near Border Town In The North\nTroops gathered near the border on Monday.";
        let ws = words(t);
        assert!(ws[0].title_line);
        assert!(!ws.last().expect("words").title_line);
    }

    #[test]
    fn contractions_and_titles_after_the() {
        assert!(is_contraction("We'll") && is_contraction("They’re") && is_contraction("Don't"));
        assert!(!is_contraction("Kaech’ŏn") && !is_contraction("O'Hare") && !is_contraction("Well"));
        let text = "a writer for The Atlantic. The Atlantic is wide. season The Atlantic storms";
        let at = |n: usize| text.match_indices("Atlantic").nth(n).map_or(0, |(i, _)| i);
        assert!(city_quarter("the city's Kyivskyi district", 11, 19));
        assert!(city_quarter("Kharkiv’s Saltivskyi district", 12, 22));
        assert!(!city_quarter("in the Kyivskyi district", 7, 15), "no owner: perhaps a raion");
        assert!(!city_quarter("the city's Kyivskyi hospital", 11, 19));
        assert!(after_title_the(text, at(0)));
        assert!(!after_title_the(text, at(1)), "a sentence's opening The");
        assert!(!after_title_the(text, at(2)), "after a headline without its full stop");
        let headline = "Storms Build In The Atlantic";
        assert!(!after_title_the(headline, headline.len() - "Atlantic".len()), "a headline in title case");
    }

    #[test]
    fn the_word_across_an_ampersand() {
        let across = |text: &str, name: &str| {
            let start = text.find(name).unwrap_or(0);
            across_ampersand(text, start, start + name.len())
        };
        assert_eq!(across("a lawyer at Bailey & Glasser, who", "Bailey"), Some(("Glasser".into(), "Glasser who".into())));
        assert_eq!(across("flights between Tijuana & Ensenada", "Ensenada"), Some(("Tijuana".into(), "between Tijuana".into())));
        assert_eq!(across("Ukraine & the EU: what next", "Ukraine").map(|w| w.0), Some("EU".into()));
        assert_eq!(across("Israel & its allies", "Israel"), None, "lower case across");
        assert_eq!(across("Bread &\nButter", "Bread"), None, "the line ends");
        assert_eq!(across("Bailey said", "Bailey"), None);
    }

    #[test]
    fn common_words_load() {
        assert!(common_words().contains("reading"));
        assert!(!common_words().contains("#"));
    }
}
