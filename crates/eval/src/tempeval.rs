//! The TempEval-3 measures for time expressions, as its official scorer defines them.
//!
//! `sitrep eval time` reports the figures the time-expression literature compares on, so they
//! must be computed the way TempEval-3's `evaluate_entities.py` computes them:
//! - **strict** span match: a gold and a system expression with the same extent;
//! - **relaxed** span match: the two overlap;
//! - precision counts system expressions that match some gold one, recall gold expressions
//!   matched by some system one, F1 their harmonic mean; all pooled over documents (micro);
//! - **type and value accuracy**: over the gold expressions with a relaxed match, the share
//!   whose matched system expression has the same `type` (`value`) string;
//! - **type F1 and value F1**: relaxed F1 times that accuracy (the scorer's attribute "F1",
//!   which is what TempEval-3 reported as "value F1").
//!
//! The document creation time is not scored (TempEval-3 drops `t0`); system expressions that
//! overlap a creation time written inside the text are dropped too, so tagging it is neither a
//! hit nor a false positive. When several system expressions overlap one gold expression, the
//! attributes are compared with the one that overlaps it most (the first on a tie).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::meantime::{looks_like_meantime, MeantimeDoc};
use crate::timeml::{Error, TimeMlDoc, Timex};

/// Match counts of one or more documents; add documents with [`Counts::add`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub docs: usize,
    pub gold: usize,
    pub system: usize,
    /// Gold expressions with a strict (relaxed) match, for recall.
    pub strict_gold: usize,
    pub relaxed_gold: usize,
    /// System expressions with a strict (relaxed) match, for precision.
    pub strict_system: usize,
    pub relaxed_system: usize,
    /// Relaxed-matched gold expressions whose type (value) the system got right.
    pub type_match: usize,
    pub value_match: usize,
}

/// Precision, recall and F1, as fractions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(hit_system: usize, system: usize, hit_gold: usize, gold: usize) -> Prf {
        let precision = ratio(hit_system, system);
        let recall = ratio(hit_gold, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// The TempEval-3 figures of some [`Counts`], as fractions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figures {
    pub strict: Prf,
    pub relaxed: Prf,
    pub type_accuracy: f64,
    pub value_accuracy: f64,
    pub type_f1: f64,
    pub value_f1: f64,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn span(t: &Timex) -> (usize, usize) {
    (t.start, t.end)
}

impl Counts {
    /// Scores one document: `gold` and `system` over the same text; system expressions that
    /// overlap a span of `ignore` (the creation time in the text) are left out.
    pub fn document(gold: &[Timex], system: &[Timex], ignore: &[(usize, usize)]) -> Counts {
        let system: Vec<&Timex> = system
            .iter()
            .filter(|s| !ignore.iter().any(|&i| overlap(i, span(s)) > 0))
            .collect();
        let mut c = Counts {
            docs: 1,
            gold: gold.len(),
            system: system.len(),
            ..Counts::default()
        };
        for g in gold {
            if system.iter().any(|s| span(s) == span(g)) {
                c.strict_gold += 1;
            }
            let best = system
                .iter()
                .map(|s| (overlap(span(g), span(s)), *s))
                .filter(|(o, _)| *o > 0)
                .fold(None::<(usize, &Timex)>, |acc, (o, s)| match acc {
                    Some((bo, _)) if bo >= o => acc,
                    _ => Some((o, s)),
                });
            if let Some((_, s)) = best {
                c.relaxed_gold += 1;
                c.type_match += usize::from(s.timex_type == g.timex_type);
                c.value_match += usize::from(s.value == g.value);
            }
        }
        for s in &system {
            if gold.iter().any(|g| span(g) == span(s)) {
                c.strict_system += 1;
            }
            if gold.iter().any(|g| overlap(span(g), span(s)) > 0) {
                c.relaxed_system += 1;
            }
        }
        c
    }

    pub fn add(&mut self, other: &Counts) {
        self.docs += other.docs;
        self.gold += other.gold;
        self.system += other.system;
        self.strict_gold += other.strict_gold;
        self.relaxed_gold += other.relaxed_gold;
        self.strict_system += other.strict_system;
        self.relaxed_system += other.relaxed_system;
        self.type_match += other.type_match;
        self.value_match += other.value_match;
    }

    pub fn figures(&self) -> Figures {
        let strict = Prf::new(self.strict_system, self.system, self.strict_gold, self.gold);
        let relaxed = Prf::new(
            self.relaxed_system,
            self.system,
            self.relaxed_gold,
            self.gold,
        );
        let type_accuracy = ratio(self.type_match, self.relaxed_gold);
        let value_accuracy = ratio(self.value_match, self.relaxed_gold);
        Figures {
            strict,
            relaxed,
            type_accuracy,
            value_accuracy,
            type_f1: relaxed.f1 * type_accuracy,
            value_f1: relaxed.f1 * value_accuracy,
        }
    }
}

/// One gold document for the time scorer, from TimeML or MEANTIME.
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// The file it came from.
    pub path: PathBuf,
    pub text: String,
    pub dct: Option<NaiveDate>,
    pub timexes: Vec<Timex>,
    /// Creation times written in the text and text without time annotation: what the
    /// tagger finds there is not scored.
    pub ignore: Vec<(usize, usize)>,
}

impl GoldDoc {
    /// Reads one `.tml` (TimeML) or `.xml` (MEANTIME CAT) file.
    pub fn read(path: &Path) -> Result<GoldDoc, Error> {
        let io = |e: std::io::Error| Error::Io {
            path: path.to_path_buf(),
            source: e,
        };
        let raw = std::fs::read_to_string(path).map_err(io)?;
        let in_file = |e: Error| Error::InFile {
            path: path.to_path_buf(),
            source: Box::new(e),
        };
        if looks_like_meantime(&raw) {
            let d = MeantimeDoc::parse(&raw).map_err(in_file)?;
            let mut ignore = d.dct_spans;
            ignore.extend(d.unannotated);
            Ok(GoldDoc {
                path: path.to_path_buf(),
                text: d.text,
                dct: d.dct,
                timexes: d.timexes,
                ignore,
            })
        } else {
            let d = TimeMlDoc::parse(&raw).map_err(in_file)?;
            Ok(GoldDoc {
                path: path.to_path_buf(),
                text: d.text,
                dct: d.dct,
                timexes: d.timexes,
                ignore: d.dct_spans,
            })
        }
    }
}

/// The gold files under `path`: the file itself, or every `.tml` and `.xml` file below the
/// directory (recursively), sorted by path.
pub fn gold_files(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e: std::io::Error| Error::Io { path: p, source: e }
    };
    let meta = std::fs::metadata(path).map_err(io(path))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(io(&dir))? {
            let p = entry.map_err(io(&dir))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "tml" || e == "xml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(start: usize, end: usize, ty: &str, value: &str) -> Timex {
        Timex {
            start,
            end,
            tid: String::new(),
            timex_type: ty.into(),
            value: value.into(),
            timex_mod: None,
        }
    }

    /// Gold: "Monday" [0,6) DATE 2024-01-15, "Monday evening" style [10,24) TIME, "three days"
    /// [30,40) DURATION P3D, "2023" [50,54) DATE.
    /// System: [0,6) exact with right value; [10,16) overlapping the TIME with type DATE (value
    /// right); [30,40) exact, wrong value P3W; [60,65) spurious; [70,80) over the DCT, ignored.
    #[test]
    fn hand_computed_example() {
        let gold = [
            t(0, 6, "DATE", "2024-01-15"),
            t(10, 24, "TIME", "2024-01-15TEV"),
            t(30, 40, "DURATION", "P3D"),
            t(50, 54, "DATE", "2023"),
        ];
        let system = [
            t(0, 6, "DATE", "2024-01-15"),
            t(10, 16, "DATE", "2024-01-15TEV"),
            t(30, 40, "DURATION", "P3W"),
            t(60, 65, "DATE", "2024"),
            t(70, 80, "DATE", "2024-01-18"),
        ];
        let c = Counts::document(&gold, &system, &[(72, 78)]);
        assert_eq!(
            c,
            Counts {
                docs: 1,
                gold: 4,
                system: 4,
                strict_gold: 2,
                relaxed_gold: 3,
                strict_system: 2,
                relaxed_system: 3,
                type_match: 2,
                value_match: 2,
            }
        );
        let f = c.figures();
        // strict P = R = 2/4; relaxed P = R = 3/4; accuracies 2/3 over the 3 relaxed matches.
        assert!((f.strict.f1 - 0.5).abs() < 1e-12);
        assert!((f.relaxed.precision - 0.75).abs() < 1e-12);
        assert!((f.relaxed.f1 - 0.75).abs() < 1e-12);
        assert!((f.type_accuracy - 2.0 / 3.0).abs() < 1e-12);
        assert!((f.value_f1 - 0.5).abs() < 1e-12, "0.75 x 2/3");
    }

    #[test]
    fn attributes_come_from_the_largest_overlap() {
        let gold = [t(0, 20, "DATE", "2024-01")];
        let system = [t(0, 3, "DATE", "X"), t(5, 18, "DATE", "2024-01")];
        let c = Counts::document(&gold, &system, &[]);
        assert_eq!((c.relaxed_gold, c.relaxed_system, c.value_match), (1, 2, 1));
    }

    #[test]
    fn pooled_over_documents() {
        let mut total = Counts::default();
        total.add(&Counts::document(&[t(0, 4, "DATE", "2020")], &[], &[]));
        total.add(&Counts::document(&[], &[t(0, 4, "DATE", "2020")], &[]));
        let f = total.figures();
        assert_eq!((total.docs, total.gold, total.system), (2, 1, 1));
        assert_eq!(
            (f.relaxed.precision, f.relaxed.recall, f.value_f1),
            (0.0, 0.0, 0.0)
        );
    }
}
