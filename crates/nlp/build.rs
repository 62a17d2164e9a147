//! Build script: tells the crate whether `models/tagger.bin` exists to be embedded.
//!
//! The tagger model is trained by `sitrep train tagger`, a binary that depends on this crate, so a
//! checkout without the file must still compile: `TaggerModel::embedded()` then returns
//! `TaggerError::NotEmbedded` instead of the build failing.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(sitrep_no_tagger)");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/tagger.bin");
    println!("cargo::rerun-if-changed={}", path.display());
    if !path.is_file() {
        println!("cargo::rustc-cfg=sitrep_no_tagger");
    }
}
