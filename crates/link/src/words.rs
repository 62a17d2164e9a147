//! Bags of content words, for telling whether two reports speak of the same thing when their
//! records alone cannot (an event with no place and no actor, a claim with no event).

use std::collections::HashMap;

/// Function words and reporting verbs: frequent in every report, telling nothing of its subject.
const STOPWORDS: &[&str] = &[
    "about", "after", "again", "against", "also", "among", "another", "around", "because",
    "been", "before", "being", "between", "both", "could", "did", "does", "doing", "down",
    "during", "each", "earlier", "either", "even", "every", "from", "further", "had", "has",
    "have", "having", "here", "into", "its", "itself", "just", "last", "later", "least", "less",
    "many", "more", "most", "much", "must", "near", "next", "none", "nor", "not", "now", "off",
    "once", "only", "other", "others", "our", "ours", "over", "own", "said", "same", "says",
    "should", "since", "some", "such", "than", "that", "their", "theirs", "them", "then",
    "there", "these", "they", "this", "those", "through", "told", "under", "until", "upon",
    "very", "were", "what", "when", "where", "which", "while", "whom", "whose", "will", "with",
    "within", "without", "would", "your", "yours", "according", "added", "statement", "report",
    "reported", "reports", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "official", "officials", "that's", "it's",
];

/// Lower-case words of four or more letters that are not stop words, each cut to its stem
/// ([`stem`]), with their counts.
pub(crate) fn bag(text: &str) -> HashMap<String, f64> {
    let mut out: HashMap<String, f64> = HashMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let w = w.trim_matches('-').to_lowercase();
        if w.chars().count() < 4 || w.chars().all(|c| c.is_ascii_digit()) || STOPWORDS.contains(&w.as_str()) {
            continue;
        }
        *out.entry(stem(&w).to_string()).or_default() += 1.0;
    }
    out
}

/// A lower-case word without its inflection, so that "plans to move" and "had moved", "ship"
/// and "ships", "deploying" and "deployed" share a word: "-ing", "-ed", "-es" and "-s" (not
/// "-ss"), then a final "-e", each only while three bytes remain (letters, for English words). Crude next to a real
/// stemmer, and meant only for comparing two reports' words.
pub(crate) fn stem(word: &str) -> &str {
    let keep = |rest: &str| rest.len() >= 3;
    let mut w = word;
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(rest) = w.strip_suffix(suffix) {
            if keep(rest) && !(suffix == "s" && rest.ends_with('s')) {
                w = rest;
                break;
            }
        }
    }
    match w.strip_suffix('e') {
        Some(rest) if keep(rest) => rest,
        _ => w,
    }
}

/// Adds one bag into another.
pub(crate) fn add(into: &mut HashMap<String, f64>, other: &HashMap<String, f64>) {
    for (w, n) in other {
        *into.entry(w.clone()).or_default() += n;
    }
}

/// Cosine similarity of two bags, with counts damped (1 + ln n) so that one repeated word does
/// not make two texts alike.
pub(crate) fn cosine(a: &HashMap<String, f64>, b: &HashMap<String, f64>) -> f64 {
    let damp = |n: f64| 1.0 + n.ln();
    let norm = |x: &HashMap<String, f64>| x.values().map(|&n| damp(n).powi(2)).sum::<f64>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let dot: f64 = small
        .iter()
        .filter_map(|(w, &n)| large.get(w).map(|&m| damp(n) * damp(m)))
        .sum();
    dot / (na * nb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bags_keep_content_words_and_cosine_compares_them() {
        let a = bag("The convoy left Kaliningrad with 40 armored vehicles, the agency said.");
        assert!(a.contains_key("convoy") && a.contains_key("kaliningrad"));
        assert!(!a.contains_key("said") && !a.contains_key("the") && !a.contains_key("40"));
        let b = bag("Moscow denied that any armored vehicles left Kaliningrad in a convoy.");
        let c = bag("The harbor festival drew record crowds to the waterfront.");
        assert!(cosine(&a, &b) > 0.4, "{}", cosine(&a, &b));
        assert!(cosine(&a, &c) < 0.1);
        assert_eq!(cosine(&a, &HashMap::new()), 0.0);
    }

    #[test]
    fn stems_share_inflected_forms() {
        for (a, b) in [("move", "moved"), ("moving", "moves"), ("ship", "ships"), ("deploying", "deployed"), ("convoys", "convoy")] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(stem("press"), "press", "a double s is no plural");
        assert_eq!(stem("used"), "used", "too short to cut");
        let plan = bag("Moscow plans to move another 200 vehicles in April.");
        assert!(cosine(&plan, &bag("Russia had moved armored vehicles from the port.")) > 0.3);
    }
}
