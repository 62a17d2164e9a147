//! Any bytes as a JSON Lines file, a WARC archive, a feed or a gzip stream: reading never
//! panics; bad records become warnings, and the good ones items.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::container::{gunzip, kind_of, read_container, Expanded, Kind};

fuzz_target!(|data: &[u8]| {
    for kind in [Kind::JsonLines, Kind::Warc, Kind::Feed, Kind::Document] {
        let mut out = Expanded::default();
        read_container("fuzz", kind, data.to_vec(), &mut out);
    }
    for name in ["fuzz.jsonl", "fuzz.warc", "fuzz.xml", "fuzz.html", "fuzz"] {
        let _ = kind_of(name, data);
    }
    let _ = gunzip(data, 1 << 20);
});
