//! `sitrep eval time`: the time tagger scored with the TempEval-3 measures on TimeML and
//! MEANTIME files, or timed (`--bench`).
//!
//! Kept apart from `eval_cmd.rs` so the other benchmarks' commands there stay short. Each path
//! given is one corpus (a file, or a folder searched recursively for `.tml` and `.xml` files);
//! the tagger runs exactly as `sitrep annotate --input timeml` runs it: on the text inside
//! `<TEXT>` with the creation time as publication date.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde_json::json;
use sitrep_eval::tempeval::{gold_files, Counts, Figures, GoldDoc};
use sitrep_eval::timeml::Timex;

use crate::analyze::write_stdout;

#[derive(clap::Args, Debug)]
pub struct TimeArgs {
    /// TimeML (`.tml`) or MEANTIME (`.xml`) files, or folders of them; each is one corpus.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// Time the tagger on the corpus texts (MB/s on one thread) instead of scoring it.
    #[arg(long)]
    pub bench: bool,
    /// Seconds to spend per corpus with --bench.
    #[arg(long, default_value_t = 3.0)]
    pub seconds: f64,
    /// Also print, on standard error, each missed, spurious or wrongly normalised expression.
    #[arg(long)]
    pub show_errors: bool,
}

/// The tagger's expressions over a text, as TimeML spans (`t1`, `t2`, ...).
pub fn system_timexes(text: &str, dct: Option<chrono::NaiveDate>) -> Vec<Timex> {
    let layer = sitrep_time::tag_text(text, dct);
    let mut out: Vec<Timex> = Vec::with_capacity(layer.exprs.len());
    for e in layer.exprs {
        if out.last().is_some_and(|p| p.end > e.span.start()) {
            continue; // never overlap in TimeML
        }
        out.push(Timex {
            start: e.span.start(),
            end: e.span.end(),
            tid: format!("t{}", out.len() + 1),
            timex_type: e.timex_type.as_str().to_string(),
            value: e.value,
            timex_mod: e.timex_mod.map(|m| m.as_str().to_string()),
        });
    }
    out
}

struct Corpus {
    name: String,
    docs: Vec<GoldDoc>,
}

fn corpus_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads every corpus; a file that cannot be read is reported and skipped.
fn read_corpora(paths: &[PathBuf]) -> Result<(Vec<Corpus>, usize)> {
    let mut corpora = Vec::new();
    let mut bad = 0;
    for path in paths {
        let files = gold_files(path).with_context(|| format!("cannot list {}", path.display()))?;
        let mut docs = Vec::with_capacity(files.len());
        for f in files {
            match GoldDoc::read(&f) {
                Ok(d) => docs.push(d),
                Err(e) => {
                    eprintln!("sitrep: skipped: {e}");
                    bad += 1;
                }
            }
        }
        if docs.is_empty() {
            anyhow::bail!("{}: no readable .tml or .xml files", path.display());
        }
        corpora.push(Corpus {
            name: corpus_name(path),
            docs,
        });
    }
    Ok((corpora, bad))
}

pub fn run(args: &TimeArgs) -> Result<ExitCode> {
    let (corpora, bad) = read_corpora(&args.paths)?;
    let out = if args.bench {
        bench(args, &corpora)?
    } else {
        score(args, &corpora)?
    };
    write_stdout(&out)?;
    Ok(if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn score(args: &TimeArgs, corpora: &[Corpus]) -> Result<String> {
    let mut rows: Vec<(String, Counts)> = Vec::new();
    let mut total = Counts::default();
    for corpus in corpora {
        let mut counts = Counts::default();
        for doc in &corpus.docs {
            let system = system_timexes(&doc.text, doc.dct);
            if args.show_errors {
                show_errors(doc, &system);
            }
            counts.add(&Counts::document(&doc.timexes, &system, &doc.ignore));
        }
        total.add(&counts);
        rows.push((corpus.name.clone(), counts));
    }
    if rows.len() > 1 {
        rows.push(("total".to_string(), total));
    }
    if args.json {
        let v: Vec<_> = rows.iter().map(|(n, c)| to_json(n, c)).collect();
        return Ok(format!("{}\n", serde_json::to_string_pretty(&v)?));
    }
    let mut out = format!(
        "{:<14} {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>5} | {:>7}\n",
        "corpus",
        "docs",
        "gold",
        "sys",
        "P",
        "R",
        "F1",
        "P~",
        "R~",
        "F1~",
        "type",
        "value",
        "valueF1"
    );
    for (name, c) in &rows {
        let f = c.figures();
        let p = |x: f64| format!("{:.1}", 100.0 * x);
        out.push_str(&format!(
            "{:<14} {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>5} | {:>7}\n",
            name,
            c.docs,
            c.gold,
            c.system,
            p(f.strict.precision),
            p(f.strict.recall),
            p(f.strict.f1),
            p(f.relaxed.precision),
            p(f.relaxed.recall),
            p(f.relaxed.f1),
            p(f.type_accuracy),
            p(f.value_accuracy),
            p(f.value_f1),
        ));
    }
    out.push_str(
        "TempEval-3 measures, in %: P R F1 strict span match, ~ relaxed (overlap); type and value:\n\
         accuracy over relaxed matches; valueF1 = F1~ x value accuracy. Creation time not scored.\n",
    );
    Ok(out)
}

fn to_json(name: &str, c: &Counts) -> serde_json::Value {
    let f: Figures = c.figures();
    let prf = |p: sitrep_eval::tempeval::Prf| json!({"precision": p.precision, "recall": p.recall, "f1": p.f1});
    json!({
        "corpus": name, "docs": c.docs, "gold": c.gold, "system": c.system,
        "strict": prf(f.strict), "relaxed": prf(f.relaxed),
        "type_accuracy": f.type_accuracy, "value_accuracy": f.value_accuracy,
        "type_f1": f.type_f1, "value_f1": f.value_f1,
    })
}

fn bench(args: &TimeArgs, corpora: &[Corpus]) -> Result<String> {
    let budget = Duration::from_secs_f64(args.seconds.max(0.1));
    let mut rows = Vec::new();
    for corpus in corpora {
        let bytes: usize = corpus.docs.iter().map(|d| d.text.len()).sum();
        // One untimed pass to warm caches, then whole passes until the budget is spent.
        let mut sink = 0usize;
        for d in &corpus.docs {
            sink += sitrep_time::tag_text(&d.text, d.dct).exprs.len();
        }
        let cpu_start = super::parser::thread_cpu_ns();
        let start = Instant::now();
        let mut passes = 0u64;
        while start.elapsed() < budget {
            for d in &corpus.docs {
                sink += std::hint::black_box(sitrep_time::tag_text(&d.text, d.dct))
                    .exprs
                    .len();
            }
            passes += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        let mb_s = (bytes as f64 * passes as f64) / secs / 1e6;
        // By the processor time of this thread too: on a shared machine the wall clock also
        // counts the neighbours' time slices.
        let cpu_mb_s = match (cpu_start, super::parser::thread_cpu_ns()) {
            (Some(a), Some(b)) if b > a => Some(bytes as f64 * passes as f64 * 1e3 / (b - a) as f64),
            _ => None,
        };
        std::hint::black_box(sink);
        rows.push((
            corpus.name.clone(),
            corpus.docs.len(),
            bytes,
            passes,
            secs,
            mb_s,
            cpu_mb_s,
        ));
    }
    if args.json {
        let v: Vec<_> = rows
            .iter()
            .map(|(n, d, b, p, s, m, c)| json!({"corpus": n, "docs": d, "bytes": b, "passes": p, "seconds": s, "mb_per_s": m, "mb_per_cpu_s": c}))
            .collect();
        return Ok(format!("{}\n", serde_json::to_string_pretty(&v)?));
    }
    let mut out = format!(
        "{:<14} {:>5} {:>10} {:>7} {:>8} {:>8} {:>10}\n",
        "corpus", "docs", "bytes", "passes", "seconds", "MB/s", "MB/cpu-s"
    );
    for (n, d, b, p, s, m, c) in rows {
        let c = c.map_or_else(|| "?".to_string(), |c| format!("{c:.1}"));
        out.push_str(&format!(
            "{n:<14} {d:>5} {b:>10} {p:>7} {s:>8.2} {m:>8.1} {c:>10}\n"
        ));
    }
    out.push_str(
        "Time tagging only (text inside <TEXT>, creation time as publication date), one thread;\n\
         MB/cpu-s: by the processor time of the thread (Linux schedstat).\n",
    );
    Ok(out)
}

/// Tuning diagnostics: misses, spurious expressions and wrong values of one document.
fn show_errors(doc: &GoldDoc, system: &[Timex]) {
    let name = doc
        .path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let text = &doc.text;
    let snip = |t: &Timex| text.get(t.start..t.end).unwrap_or("").replace('\n', " ");
    let ctx = |t: &Timex| {
        let mut a = t.start.saturating_sub(40);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (t.end + 30).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        text[a..b].replace('\n', " ")
    };
    let overlaps = |a: &Timex, b: &Timex| a.start < b.end && b.start < a.end;
    let ignored = |s: &Timex| doc.ignore.iter().any(|&(a, b)| s.start < b && a < s.end);
    for g in &doc.timexes {
        match system.iter().find(|s| overlaps(g, s)) {
            None => eprintln!(
                "MISS\t{name}\t{}\t{}\t{}\t|{}|",
                snip(g),
                g.timex_type,
                g.value,
                ctx(g)
            ),
            Some(s) => {
                if s.value != g.value || s.timex_type != g.timex_type {
                    eprintln!(
                        "VAL\t{name}\t{}\t{} {}\tgot [{}] {} {}\tdct {:?}\t|{}|",
                        snip(g),
                        g.timex_type,
                        g.value,
                        snip(s),
                        s.timex_type,
                        s.value,
                        doc.dct,
                        ctx(g)
                    );
                } else if (s.start, s.end) != (g.start, g.end) {
                    eprintln!("SPAN\t{name}\t{}\tgot [{}]", snip(g), snip(s));
                }
            }
        }
    }
    for s in system {
        if !ignored(s) && !doc.timexes.iter().any(|g| overlaps(g, s)) {
            eprintln!(
                "SPUR\t{name}\t{}\t{} {}\t|{}|",
                snip(s),
                s.timex_type,
                s.value,
                ctx(s)
            );
        }
    }
}
