//! Build script: tells the crate whether `models/gazetteer.bin` exists to be embedded.
//!
//! The gazetteer file is produced by this crate's own `build_gazetteer` example, so the very first
//! build of a fresh checkout without the file must still compile: then `Gazetteer::embedded()`
//! returns `Error::NotEmbedded` instead of the build failing.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(sitrep_no_gazetteer)");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/gazetteer.bin");
    println!("cargo::rerun-if-changed={}", path.display());
    if !path.is_file() {
        println!("cargo::rustc-cfg=sitrep_no_gazetteer");
    }
}
