//! Any bytes as a model, gazetteer or outlines file: each reader refuses what is not its own
//! file with an error, never a panic. (Random bytes rarely pass a checksum, so this mostly
//! exercises the headers; `crates/linear` has property tests on damaged real files.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sitrep_nlp::TaggerModel::from_bytes(data);
    let _ = sitrep_nlp::ParserModel::from_bytes(data);
    let _ = sitrep_nlp::NerModel::from_bytes(data);
    let _ = sitrep_extract::attribution_model::AttributionModel::from_bytes(data);
    let _ = sitrep_geo::Gazetteer::from_bytes(data);
    let _ = sitrep_geo::Outlines::from_bytes(data);
});
