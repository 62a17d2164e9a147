//! How far the reports of one happening can be believed, as a number and as an Admiralty rating.
//!
//! **The formula.** Each *independent originator* `i` that asserts the happening supports it with
//!
//! ```text
//! p_i = reliability(grade_i) × evidence_i × status_i
//! ```
//!
//! - `reliability`: the analyst's NATO Admiralty grade of the source: A 0.95, B 0.80, C 0.65,
//!   D 0.45, E 0.25, F (cannot be judged) and ungraded 0.50.
//! - `evidence`: the strongest evidence its claims cite: satellite imagery, radar, documents,
//!   intercepts 0.90; photo, video 0.75; testimony, eyewitness 0.65; press release, state media
//!   0.55; none named 0.50.
//! - `status`: its most confident claim: asserted 1.0, hedged 0.7, alleged 0.5, unverified 0.3.
//!
//! Repeats of one originator (ten outlets quoting one press release) add nothing: an originator
//! counts once, with its best claim; and originators of one voice (one government's ministry,
//! army and president) count once, with the one whose support weighs most
//! (`story::one_per_voice`). Support combines as independent evidence does (noisy-or):
//! `support = 1 − Π(1 − p_i)`. A party that still denies it (its last word on the matter is a
//! denial) lowers the score by half its reliability: `score = support × Π(1 − reliability_j / 2)`.
//! Denials count half because the denier is usually the party accused; a denial that later
//! softens into an admission is counted with the supporters instead.
//!
//! **The Admiralty rating** (information credibility, 1–6) follows from the same inputs:
//! 1 *confirmed by other sources* when two or more independent originators bring evidence of their
//! own (not only press releases) and the score is at least 0.8; 2 *probably true* at 0.6;
//! 3 *possibly true* at 0.4; 4 *doubtful* at 0.2; 5 *improbable* below that while denied;
//! 6 *truth cannot be judged* when no originator is known at all.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::entities::fold;

/// The analyst's reliability grades of sources, keyed by folded name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grades {
    by_name: BTreeMap<String, char>,
}

impl Grades {
    pub fn new() -> Grades {
        Grades::default()
    }

    /// Grades a source by name; letters outside A-F are ignored.
    pub fn insert(&mut self, name: &str, grade: char) {
        let g = grade.to_ascii_uppercase();
        if ('A'..='F').contains(&g) {
            self.by_name.insert(fold(name), g);
        }
    }

    /// The grade of the first of `names` that has one.
    pub fn grade_of<'a>(&self, names: impl IntoIterator<Item = &'a String>) -> Option<char> {
        names
            .into_iter()
            .find_map(|n| self.by_name.get(&fold(n)).copied())
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }
}

/// Reliability of a source from its Admiralty letter.
pub fn reliability(grade: Option<char>) -> f64 {
    match grade {
        Some('A') => 0.95,
        Some('B') => 0.80,
        Some('C') => 0.65,
        Some('D') => 0.45,
        Some('E') => 0.25,
        _ => 0.50,
    }
}

/// Strength of the strongest evidence named.
pub fn evidence_strength<'a>(evidence: impl IntoIterator<Item = &'a String>) -> f64 {
    evidence
        .into_iter()
        .map(|e| match e.as_str() {
            "satellite_imagery" | "radar" | "document" | "intercept" => 0.90,
            "photo" | "video" => 0.75,
            "testimony" | "eyewitness" => 0.65,
            "press_release" | "state_media" => 0.55,
            _ => 0.50,
        })
        .fold(0.50, f64::max)
}

/// Weight of a claim's epistemic status.
pub fn status_weight(status: &str) -> f64 {
    match status {
        "asserted" => 1.0,
        "hedged" => 0.7,
        "alleged" => 0.5,
        "unverified" => 0.3,
        _ => 0.0,
    }
}

/// Evidence kinds that are an originator's own, not a relay of someone's statement.
pub fn is_own_evidence(kind: &str) -> bool {
    !matches!(kind, "press_release" | "state_media" | "other")
}

/// What the formula needs of one originator.
#[derive(Clone, Debug)]
pub struct Standing {
    pub grade: Option<char>,
    pub evidence: Vec<String>,
    /// Its most confident status about the happening.
    pub best_status: String,
    /// Whether its last word is a denial.
    pub denies: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Credibility {
    /// 0 to 1.
    pub score: f64,
    /// Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).
    pub admiralty: u8,
    pub label: String,
    /// The terms of the formula, for a reader who wants to check it.
    pub explanation: String,
}

/// Scores one happening from its originators.
pub fn assess(originators: &[Standing]) -> Credibility {
    let mut support_miss = 1.0;
    let mut terms = Vec::new();
    let mut with_own_evidence = 0;
    let mut supporters = 0;
    let mut denial_factor = 1.0;
    for o in originators {
        if o.denies {
            let r = reliability(o.grade);
            denial_factor *= 1.0 - r / 2.0;
            terms.push(format!("denial ×{:.2}", 1.0 - r / 2.0));
            continue;
        }
        let p = reliability(o.grade) * evidence_strength(&o.evidence) * status_weight(&o.best_status);
        if p <= 0.0 {
            continue;
        }
        supporters += 1;
        if o.evidence.iter().any(|e| is_own_evidence(e)) {
            with_own_evidence += 1;
        }
        support_miss *= 1.0 - p;
        terms.push(format!("{p:.2}"));
    }
    let support = 1.0 - support_miss;
    let score = (support * denial_factor * 1000.0).round() / 1000.0;
    let denied = denial_factor < 1.0;
    let (admiralty, label) = if originators.is_empty() {
        (6, "truth cannot be judged")
    } else if with_own_evidence >= 2 && score >= 0.8 {
        (1, "confirmed by other sources")
    } else if score >= 0.6 {
        (2, "probably true")
    } else if score >= 0.4 {
        (3, "possibly true")
    } else if score >= 0.2 || !denied {
        (4, "doubtful")
    } else {
        (5, "improbable")
    };
    Credibility {
        score,
        admiralty,
        label: label.to_string(),
        explanation: format!(
            "{supporters} independent originator(s), {with_own_evidence} with evidence of their own; \
             support 1 − Π(1 − p) over p = [{}] = {support:.3}; × denials {denial_factor:.3} = {score:.3}",
            terms.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(grade: Option<char>, evidence: &[&str], status: &str, denies: bool) -> Standing {
        Standing {
            grade,
            evidence: evidence.iter().map(|s| s.to_string()).collect(),
            best_status: status.into(),
            denies,
        }
    }

    #[test]
    fn independent_imagery_confirms_and_one_press_release_does_not() {
        let one = assess(&[standing(None, &["press_release"], "asserted", false)]);
        assert!((one.score - 0.275).abs() < 1e-9, "{one:?}");
        assert_eq!(one.admiralty, 4);
        let three = assess(&[
            standing(Some('B'), &["satellite_imagery", "press_release"], "asserted", false),
            standing(Some('B'), &["satellite_imagery"], "asserted", false),
            standing(Some('A'), &["radar"], "asserted", false),
        ]);
        assert!(three.score > 0.9, "{three:?}");
        assert_eq!(three.admiralty, 1, "{three:?}");
    }

    #[test]
    fn grades_and_denials_move_the_score() {
        let base = [standing(None, &["satellite_imagery"], "asserted", false)];
        let graded = [standing(Some('A'), &["satellite_imagery"], "asserted", false)];
        assert!(assess(&graded).score > assess(&base).score);
        let denied = [
            standing(None, &["satellite_imagery"], "asserted", false),
            standing(Some('B'), &[], "denied", true),
        ];
        let d = assess(&denied);
        assert!((d.score - 0.45 * 0.6).abs() < 1e-3, "{d:?}");
        assert!(d.explanation.contains("denial"));
        assert_eq!(assess(&[]).admiralty, 6);
    }

    #[test]
    fn grades_are_looked_up_by_folded_name() {
        let mut g = Grades::new();
        g.insert("The Coastal Monitoring Agency", 'b');
        g.insert("Nobody", 'Z');
        let names = ["coastal monitoring agency".to_string()];
        assert_eq!(g.grade_of(&names), Some('B'));
        assert_eq!(g.grade_of(&["Nobody".to_string()]), None);
    }
}
