//! Build script: tells the crate whether `models/attribution.bin` exists to be embedded.
//!
//! The attribution model is trained by `sitrep train attribution`, a binary that depends on this
//! crate, so a checkout without the file must still compile: `AttributionModel::embedded()` then
//! returns `ModelError::NotEmbedded` and the rule-based claims run alone.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(sitrep_no_attribution)");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/attribution.bin");
    println!("cargo::rerun-if-changed={}", path.display());
    if !path.is_file() {
        println!("cargo::rustc-cfg=sitrep_no_attribution");
    }
}
