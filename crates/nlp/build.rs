//! Build script: tells the crate which of `models/tagger.bin`, `models/parser.bin` and
//! `models/ner.bin` exist to be embedded.
//!
//! The models are trained by `sitrep train`, a binary that depends on this crate, so a checkout
//! without the files must still compile: the `embedded()` constructor of a missing model then
//! returns a "not embedded" error instead of the build failing.

fn main() {
    for (file, cfg) in [
        ("tagger.bin", "sitrep_no_tagger"),
        ("parser.bin", "sitrep_no_parser"),
        ("ner.bin", "sitrep_no_ner"),
    ] {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models").join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        if !path.is_file() {
            println!("cargo::rustc-cfg={cfg}");
        }
    }
}
