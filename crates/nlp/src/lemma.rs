//! Lemmas learned from a treebank: suffix rewrite rules chosen by the part of speech and the
//! longest known ending, plus a table of the words the rules get wrong ("went" → "go").
//!
//! Rules are learned on lower-cased pairs as "strip n characters, append s" (from the longest
//! common prefix of form and lemma), counted for every ending of up to [`MAX_SUFFIX`] characters
//! under each UPOS; a rule that only repeats what a shorter ending already says is not stored.
//! Whether a capitalised word keeps its case in the lemma ("American" stays, a sentence-initial
//! "Boats" does not) is learned per UPOS too.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sitrep_linear::{value_hash, FeatureKey, KeyMap};

/// The longest word ending a rule is keyed on, in characters.
pub const MAX_SUFFIX: usize = 5;

/// The learned tables, as stored in the model file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LemmaTables {
    /// (form, UPOS, lemma) where the rules are wrong.
    exceptions: Vec<(String, String, String)>,
    /// (UPOS, lower-cased ending, characters to strip, text to append).
    rules: Vec<(String, String, u8, String)>,
    /// (UPOS, keep the case of a capitalised word inside a sentence, at its start, keep the case
    /// of an all-capitals word).
    case: Vec<(String, bool, bool, bool)>,
}

/// The lemmatizer, with its tables in lookup form.
#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    exceptions: KeyMap<String>,
    rules: KeyMap<(u8, String)>,
    case: KeyMap<(bool, bool, bool)>,
}

fn exception_key(form: &str, upos: &str) -> u64 {
    FeatureKey::with2(1, value_hash(form.as_bytes()), value_hash(upos.as_bytes())).0
}

fn rule_key(upos: &str, ending: &str) -> u64 {
    FeatureKey::with2(2, value_hash(upos.as_bytes()), value_hash(ending.as_bytes())).0
}

/// The last `k` characters of `s`, or `None` when it is shorter.
fn ending(s: &str, k: usize) -> Option<&str> {
    if k == 0 {
        return Some("");
    }
    let (i, _) = s.char_indices().rev().nth(k - 1)?;
    Some(&s[i..])
}

fn is_title(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(form: &str) -> bool {
    form.chars().filter(|c| c.is_alphabetic()).count() > 1 && !form.chars().any(char::is_lowercase)
}

/// The rule turning `form` into `lemma`: characters of `form` to strip, text to append.
fn rule_of(form: &str, lemma: &str) -> Option<(u8, String)> {
    let common = form.chars().zip(lemma.chars()).take_while(|(a, b)| a == b).count();
    let strip = u8::try_from(form.chars().count() - common).ok()?;
    Some((strip, lemma.chars().skip(common).collect()))
}

fn apply(base: &str, strip: u8, add: &str) -> Option<String> {
    let n = base.chars().count();
    let strip = usize::from(strip);
    if strip > n || (strip == n && add.is_empty()) {
        return None;
    }
    let cut = base.char_indices().nth(n - strip).map_or(base.len(), |(i, _)| i);
    Some(format!("{}{}", &base[..cut], add))
}

impl Lemmatizer {
    pub fn from_tables(t: &LemmaTables) -> Lemmatizer {
        let mut l = Lemmatizer::default();
        for (form, upos, lemma) in &t.exceptions {
            l.exceptions.insert(exception_key(form, upos), lemma.clone());
        }
        for (upos, end, strip, add) in &t.rules {
            l.rules.insert(rule_key(upos, end), (*strip, add.clone()));
        }
        for (upos, title, initial, caps) in &t.case {
            l.case.insert(value_hash(upos.as_bytes()), (*title, *initial, *caps));
        }
        l
    }

    /// The lemma of `form` tagged `upos`; `sentence_initial` says a capital may be only the
    /// sentence's.
    pub fn lemma(&self, form: &str, upos: &str, sentence_initial: bool) -> String {
        if let Some(l) = self.exceptions.get(&exception_key(form, upos)) {
            return l.clone();
        }
        self.by_rules(form, upos, sentence_initial)
    }

    fn by_rules(&self, form: &str, upos: &str, sentence_initial: bool) -> String {
        let (title, initial, caps) =
            self.case.get(&value_hash(upos.as_bytes())).copied().unwrap_or((false, false, false));
        let keep = if is_all_caps(form) {
            caps
        } else {
            is_title(form) && if sentence_initial { initial } else { title }
        };
        let lower = form.to_lowercase();
        let base = if keep { form } else { lower.as_str() };
        for k in (0..=MAX_SUFFIX).rev() {
            let Some(end) = ending(&lower, k) else { continue };
            if let Some((strip, add)) = self.rules.get(&rule_key(upos, end)) {
                return apply(base, *strip, add).unwrap_or_else(|| base.to_string());
            }
        }
        base.to_string()
    }

    /// Learns the tables from (form, UPOS, lemma, sentence-initial) examples.
    pub fn learn<'a>(examples: impl Iterator<Item = (&'a str, &'a str, &'a str, bool)> + Clone) -> LemmaTables {
        // Case behaviour per UPOS: title kept / lowered inside a sentence, the same at its
        // start, capitals kept / lowered.
        let mut case: HashMap<&str, [u32; 6]> = HashMap::new();
        let mut rules: HashMap<(&str, String), HashMap<(u8, String), u32>> = HashMap::new();
        let mut seen: HashMap<(&str, &str), HashMap<&str, u32>> = HashMap::new();
        for (form, upos, lemma, initial) in examples.clone() {
            if lemma == "_" || lemma.is_empty() {
                continue;
            }
            *seen.entry((form, upos)).or_default().entry(lemma).or_default() += 1;
            let c = case.entry(upos).or_default();
            if is_all_caps(form) {
                c[if is_all_caps(lemma) { 2 } else { 3 }] += 1;
            } else if is_title(form) {
                let at = if initial { 4 } else { 0 };
                c[if is_title(lemma) { at } else { at + 1 }] += 1;
            }
            let (lf, ll) = (form.to_lowercase(), lemma.to_lowercase());
            let Some(rule) = rule_of(&lf, &ll) else { continue };
            for k in 0..=MAX_SUFFIX {
                let Some(end) = ending(&lf, k) else { break };
                *rules.entry((upos, end.to_string())).or_default().entry(rule.clone()).or_default() += 1;
            }
        }
        let mut t = LemmaTables::default();
        let mut ups: Vec<_> = case.into_iter().collect();
        ups.sort();
        t.case = ups.into_iter().map(|(u, c)| (u.to_string(), c[0] > c[1], c[4] > c[5], c[2] > c[3])).collect();
        // Best rule per (UPOS, ending), shorter endings first so redundancy can be judged.
        let mut best: Vec<((&str, String), (u8, String), u32)> = rules
            .into_iter()
            .filter_map(|(key, counts)| {
                let total: u32 = counts.values().sum();
                let (rule, n) = counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
                (key.1.is_empty() || total >= 2).then_some((key, rule, n))
            })
            .collect();
        best.sort_by(|a, b| (a.0 .1.chars().count(), &a.0).cmp(&(b.0 .1.chars().count(), &b.0)));
        let mut lem = Lemmatizer::from_tables(&t);
        for ((upos, end), (strip, add), _) in best {
            let shorter: String = end.chars().skip(1).collect();
            let inherited = (0..=shorter.chars().count()).rev().find_map(|k| {
                ending(&shorter, k).and_then(|e| lem.rules.get(&rule_key(upos, e)))
            });
            if !end.is_empty() && inherited == Some(&(strip, add.clone())) {
                continue;
            }
            lem.rules.insert(rule_key(upos, &end), (strip, add.clone()));
            t.rules.push((upos.to_string(), end, strip, add));
        }
        t.rules.sort();
        // Exceptions: words whose most frequent lemma the rules miss.
        let mut exc: Vec<(String, String, String)> = seen
            .into_iter()
            .filter_map(|((form, upos), lemmas)| {
                let (lemma, _) = lemmas.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))?;
                let missed = lem.by_rules(form, upos, false) != lemma || lem.by_rules(form, upos, true) != lemma;
                missed.then(|| (form.into(), upos.into(), lemma.into()))
            })
            .collect();
        exc.sort();
        t.exceptions = exc;
        t
    }

    pub fn n_rules(&self) -> usize {
        self.rules.len()
    }
    pub fn n_exceptions(&self) -> usize {
        self.exceptions.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned() -> Lemmatizer {
        let ex = [
            ("boats", "NOUN", "boat", false),
            ("ships", "NOUN", "ship", false),
            ("cats", "NOUN", "cat", false),
            ("ferries", "NOUN", "ferry", false),
            ("parties", "NOUN", "party", false),
            ("sailed", "VERB", "sail", false),
            ("docked", "VERB", "dock", false),
            ("went", "VERB", "go", false),
            ("Harbor", "PROPN", "Harbor", false),
            ("Nortland", "PROPN", "Nortland", false),
            ("Boats", "NOUN", "boat", true),
        ];
        Lemmatizer::from_tables(&Lemmatizer::learn(ex.iter().copied()))
    }

    #[test]
    fn suffix_rules_generalise_to_unseen_words() {
        let l = learned();
        assert_eq!(l.lemma("rafts", "NOUN", false), "raft");
        assert_eq!(l.lemma("armies", "NOUN", false), "army");
        assert_eq!(l.lemma("anchored", "VERB", false), "anchor");
        assert_eq!(l.lemma("Rafts", "NOUN", true), "raft");
    }

    #[test]
    fn exceptions_and_proper_nouns() {
        let l = learned();
        assert_eq!(l.lemma("went", "VERB", false), "go");
        assert_eq!(l.lemma("Ostrava", "PROPN", false), "Ostrava");
    }
}
