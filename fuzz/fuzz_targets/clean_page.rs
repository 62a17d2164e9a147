//! Any bytes as a page or a plain-text report: cleaning never panics, and what it keeps is
//! verbatim text with captions inside it on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (clean, _meta) = sitrep_ingest::clean_bytes(data);
    for caption in &clean.captions {
        assert!(caption.end() <= clean.text.len(), "caption past the text");
        assert!(clean.text.is_char_boundary(caption.start()) && clean.text.is_char_boundary(caption.end()));
    }
});
