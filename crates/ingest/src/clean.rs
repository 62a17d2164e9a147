//! Boilerplate removal and caption marking for plain text (and, through `units`, for HTML).
//!
//! Scraped article text arrives with the page furniture flattened into it: "Advertisement"
//! lines, blocks of teasers for other articles, correction notices, share buttons, newsletter
//! calls, repeated headlines. This module finds them with the marker tables in `rules` and a
//! few structural tests, and records each removal with its reason and raw span.
//!
//! The rules, in the order they run:
//!
//! 1. **Marker lines.** A line that matches a pattern of `rules::LINE_RULES` (within the role's
//!    word cap) is removed as "ad", "footer", "share" or "newsletter". Widget labels
//!    ("Facebook", "Email") go only right after such a line.
//! 2. **Repeated headlines.** A Title Case line without a final period that already appeared
//!    earlier is removed as "repeated_headline" (the first occurrence stays).
//! 3. **Related-article blocks.** A related marker ("Related", "Read more: ...") takes with it
//!    the title-like lines right before it in its paragraph and right after it, then the teaser
//!    paragraphs after those titles as long as they share little vocabulary with the rest of the
//!    article (measured against the article minus the block) and at least one word with the
//!    titles (or, for a long paragraph, almost none with the article). The first paragraph that fits the article ends
//!    the block; but a title echoed on both sides of the marker ("Title / Other Topics of
//!    Interest / Title / teaser") frames one short teaser paragraph that shares a word with the
//!    title or half its vocabulary with the article at most.
//!    Further title + teaser pairs are taken only when their teaser is off-topic too.
//! 4. **Captions.** Kept paragraphs that end with a photo/video credit ("Photo: ...",
//!    "(Photo: ...)", "... via Reuters"), start with "Caption:", or are a short paragraph followed
//!    by a credit line are marked as caption spans; they stay in the text.
//!
//! Kept lines are copied byte for byte; only leading and trailing whitespace is left out, by
//! choosing where a copied piece starts and ends.

use std::collections::{HashMap, HashSet};

use sitrep_doc::{CleanText, Removed, Span};

use crate::rules::{
    self, Role, CAPTION_STARTS, CREDIT_CUES, STOPWORDS, TITLE_SMALL_WORDS, VIA_SOURCES,
};
use crate::units::{assemble, removed_runs, Assembled, Hint, Origin, Piece, Unit};

/// Below this share of words found elsewhere in the article, a paragraph after a related
/// marker and its title is taken for the teaser of another article, provided it shares a word
/// with the teaser's title. (Real article paragraphs go down to about 0.2: a paragraph of
/// fresh detail can use few words of the rest, which is why the title must agree.)
const TEASER_MAX_OVERLAP: f64 = 0.3;
/// Below this share, a paragraph of at least [`TEASER_ALONE_MIN_WORDS`] distinct content words
/// after a related title is a teaser even when it shares no word with the title.
const TEASER_ALONE_MAX_OVERLAP: f64 = 0.1;
const TEASER_ALONE_MIN_WORDS: usize = 12;
/// A paragraph needs this many distinct content words to be judged by vocabulary at all.
const TEASER_MIN_WORDS: usize = 4;
/// The rest of the article needs this many distinct content words to judge against.
const ARTICLE_MIN_WORDS: usize = 40;
/// Longest teaser paragraph a title echoed around a related marker frames, in words.
const FRAMED_TEASER_MAX_WORDS: usize = 60;
/// Below this share of words found elsewhere in the article, a framed paragraph that shares no
/// word with its card's title is still its teaser.
const FRAMED_TEASER_MAX_OVERLAP: f64 = 0.5;
/// At most this many teaser paragraphs follow one title.
const MAX_TEASER_PARAGRAPHS: usize = 3;
/// Longest paragraph that can be a caption, in words.
const CAPTION_MAX_WORDS: usize = 120;
/// Longest paragraph taken as the caption text before a separate credit line, in words.
const CAPTION_LEAD_MAX_WORDS: usize = 40;
/// How far from the end of a paragraph a credit may start, in bytes.
const CREDIT_WINDOW: usize = 400;
/// Longest credit after its cue, in words.
const CREDIT_MAX_WORDS: usize = 16;

/// Cleans plain text: removes boilerplate, marks captions, keeps an alignment to `raw`.
pub fn clean_plain_text(raw: &str) -> CleanText {
    finish(raw, split_lines(raw), Vec::new())
}

/// Cuts plain text into lines; blank lines separate paragraphs. Each unit is a line without its
/// leading and trailing whitespace, copied verbatim.
fn split_lines(raw: &str) -> Vec<Unit> {
    let bytes = raw.as_bytes();
    let mut units = Vec::new();
    let mut para = 0;
    let mut in_para = false;
    let mut start = 0;
    while start <= bytes.len() {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(bytes.len(), |p| start + p);
        let terminator = match bytes.get(end..end + 2) {
            Some(b"\r\n") => 2,
            _ if end < bytes.len() => 1,
            _ => 0,
        };
        // `start` and `end` sit next to ASCII bytes, so they are character boundaries.
        let line = raw.get(start..end).unwrap_or("");
        let body_start = start + (line.len() - line.trim_start().len());
        let body_end = start + line.trim_end().len();
        if body_start < body_end {
            units.push(Unit {
                text: raw.get(body_start..body_end).unwrap_or("").to_string(),
                pieces: vec![Piece {
                    len: body_end - body_start,
                    origin: Origin::Copy(body_start),
                }],
                raw: Span::new(body_start, body_end),
                para,
                // The last byte of the previous line's terminator.
                line_break: Piece {
                    len: 1,
                    origin: Origin::Copy(start.saturating_sub(1)),
                },
                hint: Hint::None,
                preset: None,
                markup: false,
            });
            in_para = true;
        } else if in_para {
            para += 1;
            in_para = false;
        }
        if terminator == 0 {
            break;
        }
        start = end + terminator;
    }
    units
}

/// Applies the rules to units cut by a front end and builds the cleaned text.
pub(crate) fn finish(raw: &str, units: Vec<Unit>, mut extra_removed: Vec<Removed>) -> CleanText {
    let decisions = classify(&units);
    let keep: Vec<bool> = decisions.iter().map(Option::is_none).collect();
    let assembled = assemble(raw, &units, &keep);
    let captions = mark_captions(&assembled);
    let mut removed = removed_runs(&units, &decisions);
    removed.append(&mut extra_removed);
    removed.sort_by_key(|r| r.raw_span);
    let mut warnings = Vec::new();
    if assembled.text.is_empty() && !units.is_empty() {
        warnings.push(format!(
            "cleaning removed all {} blocks of text as boilerplate; see the removed list",
            units.len()
        ));
    }
    let Assembled {
        text, alignment, ..
    } = assembled;
    CleanText {
        text,
        alignment,
        captions,
        removed,
        warnings,
    }
}

const RELATED: &str = "related";
const REPEATED_HEADLINE: &str = "repeated_headline";

/// Decides for each unit whether it goes, and why (`None`: it stays).
fn classify(units: &[Unit]) -> Vec<Option<&'static str>> {
    let mut decisions: Vec<Option<&'static str>> = units.iter().map(|u| u.preset).collect();
    let roles: Vec<Option<Role>> = units.iter().map(|u| rules::line_role(&u.text)).collect();

    // 1. Marker lines.
    for i in 0..units.len() {
        if decisions[i].is_some() {
            continue;
        }
        decisions[i] = match roles[i] {
            Some(role @ (Role::Ad | Role::Footer | Role::Share | Role::Newsletter)) => {
                Some(role.reason())
            }
            Some(Role::Widget) => {
                let after_widget_host =
                    i > 0 && matches!(decisions[i - 1], Some("footer" | "share" | "newsletter"));
                after_widget_host.then_some(Role::Widget.reason())
            }
            Some(Role::RelatedHeading | Role::RelatedInline) => Some(RELATED),
            None => None,
        };
    }

    // 2. Repeated headlines.
    let mut seen = HashSet::new();
    for (unit, decision) in units.iter().zip(decisions.iter_mut()) {
        if unit.hint == Hint::Caption || !is_strict_title(&unit.text) {
            continue;
        }
        if !seen.insert(rules::normalize_line(&unit.text)) && decision.is_none() {
            *decision = Some(REPEATED_HEADLINE);
        }
    }

    // 3. Related-article blocks.
    let stopwords: HashSet<&str> = STOPWORDS.iter().copied().collect();
    let words: Vec<Vec<String>> = units
        .iter()
        .map(|u| content_words(&u.text, &stopwords))
        .collect();
    let mut article: HashMap<&str, usize> = HashMap::new();
    for (ws, decision) in words.iter().zip(&decisions) {
        if decision.is_none() {
            for w in ws {
                *article.entry(w.as_str()).or_default() += 1;
            }
        }
    }
    let article_distinct = article.len();
    let mut ctx = BlockContext {
        units,
        words: &words,
        article,
        article_distinct,
        decisions,
    };
    for (m, role) in roles.iter().enumerate() {
        if let Some(role @ (Role::RelatedHeading | Role::RelatedInline)) = *role {
            if ctx.decisions[m] == Some(RELATED) {
                ctx.related_block(m, role == Role::RelatedInline);
            }
        }
    }
    ctx.decisions
}

/// The state of step 3: decisions so far and the vocabulary of what is still kept.
struct BlockContext<'a> {
    units: &'a [Unit],
    words: &'a [Vec<String>],
    /// Content-word counts over the kept units.
    article: HashMap<&'a str, usize>,
    /// How many words of `article` have a count above zero.
    article_distinct: usize,
    decisions: Vec<Option<&'static str>>,
}

impl<'a> BlockContext<'a> {
    /// Removes the titles and teasers that belong to the related marker at `m`.
    fn related_block(&mut self, m: usize, inline_title: bool) {
        let n = self.units.len();
        let mut titles: HashSet<&'a str> = HashSet::new();
        if inline_title && self.units[m].markup {
            return;
        }
        if inline_title {
            titles.extend(self.words[m].iter().map(String::as_str));
        }
        // Titles right before the marker, in its paragraph.
        let mut j = m;
        while j > 0 && self.units[j - 1].para == self.units[m].para && self.is_title_at(j - 1) {
            j -= 1;
            self.take(j);
            titles.extend(self.words[j].iter().map(String::as_str));
        }
        // Titles right after the marker.
        let mut k = m + 1;
        while k < n && self.is_title_at(k) {
            self.take(k);
            titles.extend(self.words[k].iter().map(String::as_str));
            k += 1;
        }
        let has_title = inline_title || j < m || k > m + 1;
        if !has_title {
            return;
        }
        // "Title / Other Topics of Interest / Title / teaser": a title echoed around the marker
        // frames one teaser paragraph, whatever its vocabulary (a teaser of the same story
        // shares much of it).
        // (A card: one title after the marker, the one before it; not a "Most Read" list that
        // happens to hold the headline.)
        let echoed = k == m + 2 && (j..m).any(|b| self.units[m + 1].text.trim() == self.units[b].text.trim());
        if echoed {
            if let Some(end) = self.framed_teaser_end(k, &titles) {
                for i in k..end {
                    self.take(i);
                }
                k = end;
            }
        }
        k = self.take_teasers(k, &titles);
        // More title + teaser pairs, only when the teaser is off-topic too.
        loop {
            let titles_from = k;
            let mut t = k;
            while t < n && self.is_title_at(t) {
                t += 1;
            }
            if t == titles_from {
                break;
            }
            let titles: HashSet<&'a str> = self.words[titles_from..t]
                .iter()
                .flatten()
                .map(String::as_str)
                .collect();
            if t < n && self.teaser_end(t, &titles).is_none() {
                break;
            }
            for i in titles_from..t {
                self.take(i);
            }
            k = self.take_teasers(t, &titles);
        }
    }

    /// A title-like unit still available for a related block.
    fn is_title_at(&self, i: usize) -> bool {
        matches!(self.decisions[i], None | Some(REPEATED_HEADLINE))
            && self.units[i].hint != Hint::Caption
            && is_title_like(&self.units[i].text)
            && credit_start(&self.units[i].text).is_none()
    }

    /// Removes unit `i` as part of a related block.
    fn take(&mut self, i: usize) {
        if self.decisions[i].is_none() {
            self.decisions[i] = Some(RELATED);
            for w in &self.words[i] {
                if let Some(count) = self.article.get_mut(w.as_str()) {
                    if *count == 1 {
                        self.article_distinct = self.article_distinct.saturating_sub(1);
                    }
                    *count = count.saturating_sub(1);
                }
            }
        }
    }

    /// Takes up to [`MAX_TEASER_PARAGRAPHS`] off-topic paragraphs from `k`; returns where the
    /// block ends.
    fn take_teasers(&mut self, mut k: usize, titles: &HashSet<&str>) -> usize {
        for _ in 0..MAX_TEASER_PARAGRAPHS {
            let Some(end) = self.teaser_end(k, titles) else {
                break;
            };
            for i in k..end {
                self.take(i);
            }
            k = end;
        }
        k
    }

    /// The end and text of the paragraph (rest) starting at unit `k` when it is prose still
    /// available to a related block: not taken yet, no caption, title or credit.
    fn prose_paragraph(&self, k: usize) -> Option<(usize, String)> {
        let first = self.units.get(k)?;
        let end = (k..self.units.len())
            .find(|&i| self.units[i].para != first.para || self.decisions[i].is_some())
            .unwrap_or(self.units.len());
        if self.decisions[k].is_some() || first.hint == Hint::Caption || self.is_title_at(k) {
            return None;
        }
        let text: Vec<&str> = self.units[k..end].iter().map(|u| u.text.as_str()).collect();
        let text = text.join("\n");
        (credit_start(&text).is_none() && !starts_as_caption(&text)).then_some((end, text))
    }

    /// The end of the paragraph starting at unit `k` when it can be the teaser a card frames:
    /// not taken yet, no caption, title or credit, at most [`FRAMED_TEASER_MAX_WORDS`] words, not
    /// going on from the article ("He said ...", "But ..."), and either sharing a word with the
    /// card's title or less than [`FRAMED_TEASER_MAX_OVERLAP`] of its words found elsewhere in
    /// the article.
    fn framed_teaser_end(&self, k: usize, titles: &HashSet<&str>) -> Option<usize> {
        let (end, text) = self.prose_paragraph(k)?;
        let short = text.split_whitespace().count() <= FRAMED_TEASER_MAX_WORDS;
        let first_word = text.split_whitespace().next().unwrap_or("");
        let goes_on = matches!(first_word, "He" | "She" | "They" | "It" | "But" | "And" | "This" | "That");
        if !short || goes_on {
            return None;
        }
        let own: HashSet<&str> = self.words[k..end].iter().flatten().map(String::as_str).collect();
        let elsewhere = |w: &str| self.article.get(w).copied().unwrap_or(0) > self.words[k..end].iter().flatten().filter(|x| x.as_str() == w).count();
        let shared = own.iter().filter(|w| elsewhere(w)).count();
        let overlap = shared as f64 / own.len().max(1) as f64;
        let fits_title = own.iter().any(|w| titles.contains(w));
        (fits_title || overlap < FRAMED_TEASER_MAX_OVERLAP).then_some(end)
    }

    /// When the paragraph (rest) starting at unit `k` is an off-topic teaser for the given
    /// title words, the index after it.
    fn teaser_end(&self, k: usize, titles: &HashSet<&str>) -> Option<usize> {
        let (end, _) = self.prose_paragraph(k)?;
        let mut own: HashMap<&str, usize> = HashMap::new();
        for w in self.words[k..end].iter().flatten() {
            *own.entry(w.as_str()).or_default() += 1;
        }
        if own.len() < TEASER_MIN_WORDS {
            return None;
        }
        let elsewhere =
            |w: &str| self.article.get(w).copied().unwrap_or(0) > own.get(w).copied().unwrap_or(0);
        let only_here = own
            .keys()
            .filter(|w| self.article.get(*w).is_some_and(|&c| c > 0) && !elsewhere(w))
            .count();
        let article_size = self.article_distinct.saturating_sub(only_here);
        if article_size < ARTICLE_MIN_WORDS {
            return None;
        }
        let shared = own.keys().filter(|w| elsewhere(w)).count();
        let overlap = shared as f64 / own.len() as f64;
        let fits_title = own.keys().any(|w| titles.contains(w));
        let alone = own.len() >= TEASER_ALONE_MIN_WORDS && overlap < TEASER_ALONE_MAX_OVERLAP;
        let off_topic = alone || (fits_title && overlap < TEASER_MAX_OVERLAP);
        off_topic.then_some(end)
    }
}

/// Words of a line, first character and Title Case share, when it has the shape of a title:
/// at most 20 words, no final period or comma, starting with a capital, digit or quote.
fn title_shape(text: &str) -> Option<(usize, f64)> {
    let t = text.trim();
    if t.is_empty() || t.len() > 200 {
        return None;
    }
    let n = t.split_whitespace().count();
    if n > 20 {
        return None;
    }
    let last = t
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .chars()
        .last()?;
    if matches!(last, '.' | ',' | ';' | ':' | '…') {
        return None;
    }
    let first = t.chars().next()?;
    if !(first.is_uppercase()
        || first.is_numeric()
        || matches!(first, '"' | '\'' | '“' | '‘' | '«'))
    {
        return None;
    }
    let (mut considered, mut capitalised) = (0usize, 0usize);
    for (i, word) in t.split_whitespace().enumerate() {
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = core.chars().next() else {
            continue;
        };
        if i > 0 && TITLE_SMALL_WORDS.contains(&core.to_lowercase().as_str()) {
            continue;
        }
        considered += 1;
        if c.is_uppercase() || c.is_numeric() {
            capitalised += 1;
        }
    }
    if considered == 0 {
        return None;
    }
    Some((n, capitalised as f64 / considered as f64))
}

/// A line that could be a teaser title next to a related marker: Title Case, or short.
fn is_title_like(text: &str) -> bool {
    title_shape(text).is_some_and(|(n, share)| share >= 0.5 || n <= 12)
}

/// A line that is surely a headline: several words, mostly capitalised, no final period.
fn is_strict_title(text: &str) -> bool {
    text.len() >= 10 && title_shape(text).is_some_and(|(n, share)| n >= 2 && share >= 0.6)
}

/// Lower-case content words of a text with a light plural/possessive stemming.
fn content_words(text: &str, stopwords: &HashSet<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))) {
        let mut w = raw.trim_matches(['\'', '’', '-']).to_lowercase();
        for suffix in ["'s", "’s"] {
            if let Some(stripped) = w.strip_suffix(suffix) {
                w = stripped.to_string();
            }
        }
        if w.chars().count() < 3
            || w.chars().all(char::is_numeric)
            || stopwords.contains(w.as_str())
        {
            continue;
        }
        if w.len() > 4 && w.ends_with("ies") {
            w.truncate(w.len() - 3);
            w.push('y');
        } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            w.pop();
        }
        out.push(w);
    }
    out
}

// --- captions -----------------------------------------------------------------------------

/// Caption spans over the assembled paragraphs.
fn mark_captions(assembled: &Assembled) -> Vec<Span> {
    let mut captions: Vec<Span> = Vec::new();
    let mut prev: Option<(Span, bool)> = None; // previous paragraph and whether it is a caption
    for para in &assembled.paras {
        let text = assembled.text.get(para.span.range()).unwrap_or("");
        let words = text.split_whitespace().count();
        let credit = credit_start(text);
        let is_caption = para.caption_hint
            || starts_as_caption(text)
            || (credit.is_some() && words <= CAPTION_MAX_WORDS);
        if is_caption {
            let credit_only = credit.is_some_and(|c| text[..c].trim().is_empty());
            let lead = prev.filter(|&(span, was_caption)| {
                let lead_text = assembled.text.get(span.range()).unwrap_or("");
                credit_only
                    && !was_caption
                    && lead_text.split_whitespace().count() <= CAPTION_LEAD_MAX_WORDS
            });
            let span = match lead {
                Some((lead_span, _)) => lead_span.cover(para.span),
                None => para.span,
            };
            captions.push(span);
        }
        prev = Some((para.span, is_caption));
    }
    captions
}

/// True when a paragraph opens with a caption label ("Caption: ...").
fn starts_as_caption(text: &str) -> bool {
    let head = text.trim_start();
    let head = head
        .get(..head.len().min(24))
        .unwrap_or(head)
        .to_ascii_lowercase();
    CAPTION_STARTS.iter().any(|cue| head.starts_with(cue))
}

/// Where the photo/video credit that ends `text` starts, if it ends with one.
fn credit_start(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let end = lower.trim_end().len();
    // A credit is short: only its last few hundred bytes can hold one.
    let mut window = end.saturating_sub(CREDIT_WINDOW);
    while !lower.is_char_boundary(window) {
        window -= 1;
    }
    let mut best: Option<usize> = None;
    for cue in CREDIT_CUES {
        for (pos, _) in lower[window..end].match_indices(cue.cue) {
            let pos = window + pos;
            if best.is_some_and(|b| b <= pos) || !at_clause_start(text, pos) {
                continue;
            }
            let tail = lower.get(pos..end).unwrap_or("");
            if tail.split_whitespace().count() > CREDIT_MAX_WORDS || tail.ends_with(['?', '!']) {
                continue;
            }
            let credit = text
                .get(pos + cue.cue.len()..end)
                .unwrap_or("")
                .trim_start();
            if credit.is_empty() || credit.starts_with(['"', '“', '‘', '\'']) {
                continue;
            }
            let needs_met = cue.needs.is_empty()
                || tail
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| cue.needs.contains(&w));
            if needs_met {
                best = Some(pos);
            }
        }
    }
    best.or_else(|| via_credit_start(text, &lower[..end]))
}

/// Where a "... via Reuters" credit clause starts, if `text` ends with one.
fn via_credit_start(text: &str, lower: &str) -> Option<usize> {
    let via = lower.rfind("via ")?;
    if via > 0 && !lower[..via].ends_with([' ', '(', '\n']) {
        return None;
    }
    let source = lower[via + 4..].trim_end_matches([')', ']', '.', ' ']);
    let known = VIA_SOURCES.iter().any(|s| {
        source.strip_prefix(s).is_some_and(|rest| {
            (rest.is_empty() || rest.starts_with([' ', '/', ',']))
                && rest.split_whitespace().count() <= 2
        })
    });
    if !known {
        return None;
    }
    let clause_start = [". ", "(", "/", "|", " — ", " – ", "\n"]
        .iter()
        .filter_map(|sep| lower[..via].rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    let clause = lower.get(clause_start..)?;
    if clause.split_whitespace().count() > 10 {
        return None;
    }
    let in_brackets = lower[..clause_start].ends_with('(');
    if lower.ends_with('.') && !in_brackets {
        return None;
    }
    // Point at the bracket, when there is one, so that the whole "(... via AP)" is the credit.
    let start = if in_brackets {
        clause_start - 1
    } else {
        clause_start
    };
    text.is_char_boundary(start).then_some(start)
}

/// True when `pos` starts a line, follows a sentence end, or follows an opening bracket or
/// separator: where a credit can begin (and not in the middle of a sentence).
fn at_clause_start(text: &str, pos: usize) -> bool {
    let Some(before) = text.get(..pos) else {
        return false;
    };
    let trimmed = before.trim_end();
    if trimmed.is_empty() || before[trimmed.len()..].contains('\n') {
        return true;
    }
    let Some(last) = trimmed.chars().last() else {
        return true;
    };
    let needs_space = matches!(
        last,
        '.' | '!' | '?' | '”' | '"' | '’' | ')' | ';' | ':' | '—' | '–' | '-' | '|' | '»'
    );
    let bracket = matches!(last, '(' | '[' | '/' | '|');
    bracket || (needs_space && trimmed.len() < before.len())
}

#[cfg(test)]
mod tests;
