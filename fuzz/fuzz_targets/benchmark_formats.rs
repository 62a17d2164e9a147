//! Any text as CoNLL-U or TimeML, the benchmark formats `sitrep eval` and `sitrep annotate
//! --input` read: an error or sentences, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = sitrep_eval::conllu::parse(text);
    if let Ok(doc) = sitrep_eval::timeml::TimeMlDoc::parse(text) {
        for t in &doc.timexes {
            assert!(t.start <= t.end && t.end <= doc.text.len(), "a gold span outside the text");
        }
        // Writing the document back with its own expressions, and with none.
        let _ = doc.write(&doc.timexes);
        let _ = doc.write(&[]);
    }
});
