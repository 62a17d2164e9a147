//! Rebuilds the committed gazetteer file from the GeoNames extracts.
//!
//! `cargo run --release -p sitrep-geo --example build_gazetteer -- DATA_DIR OUT_FILE`, e.g.
//! `-- /work/shared/data/gazetteer models/gazetteer.bin`. The `sitrep gazetteer build` command
//! wraps the same [`sitrep_geo::compile`]; this example exists so the crate can produce the file
//! it embeds without the CLI.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data_dir, out_file] = args.as_slice() else {
        eprintln!("usage: build_gazetteer DATA_DIR OUT_FILE");
        return ExitCode::from(2);
    };
    match run(PathBuf::from(data_dir), PathBuf::from(out_file)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build_gazetteer: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(data_dir: PathBuf, out_file: PathBuf) -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let gaz = sitrep_geo::compile(&data_dir)?;
    let compiled = started.elapsed();
    let bytes = gaz.to_bytes()?;
    std::fs::write(&out_file, &bytes)?;
    let loading = Instant::now();
    let reloaded = sitrep_geo::Gazetteer::from_bytes(&bytes)?;
    let load = loading.elapsed();
    let s = reloaded.stats();
    println!(
        "wrote {} ({:.1} MB) in {:.1}s; reload {:.0} ms",
        out_file.display(),
        bytes.len() as f64 / 1e6,
        compiled.as_secs_f64(),
        load.as_secs_f64() * 1e3
    );
    println!(
        "entries {} (cities {}, admin regions {}, countries {}, supplement {}); keys {}; postings {}; demonyms {}",
        s.entries, s.cities, s.admins, s.countries, s.supplement, s.keys, s.postings, s.demonyms
    );
    Ok(())
}
