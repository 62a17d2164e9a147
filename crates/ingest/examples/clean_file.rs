//! Cleans one file and prints the result: a quick way to see what the cleaner does to a page.
//!
//! `cargo run -p sitrep-ingest --example clean_file -- FILE`

use std::path::PathBuf;

fn main() {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: clean_file FILE");
        std::process::exit(2);
    };
    let input = match sitrep_ingest::read_input(&path, &sitrep_ingest::Limits::default()) {
        Ok(input) => input,
        Err(err) => {
            eprintln!("{err}");
            std::process::exit(1);
        }
    };
    let (text, warnings) = sitrep_ingest::decode(&input.bytes);
    let (clean, meta) = sitrep_ingest::clean(&text);
    for w in warnings.iter().chain(&clean.warnings) {
        eprintln!("warning: {w}");
    }
    if let Some(meta) = meta {
        println!("== meta: {meta:?}");
    }
    println!("== text\n{}", clean.text);
    for c in &clean.captions {
        println!("== caption {c:?}: {}", &clean.text[c.range()]);
    }
    for r in &clean.removed {
        println!("== removed [{}] {:?}: {}", r.reason, r.raw_span, r.text);
    }
}
