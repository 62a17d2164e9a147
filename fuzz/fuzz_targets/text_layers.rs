//! Any text through the rule layers that read raw text: tokens and sentences, time expressions
//! (with and without a publication date) and quantities. None panics, and every span they give
//! lies inside the text on character boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let inside = |start: usize, end: usize| {
        assert!(start <= end && end <= text.len(), "span {start}..{end} outside {}", text.len());
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span {start}..{end} off a character");
    };
    let tokens = sitrep_nlp::tokenize(text);
    let mut last = 0;
    for t in &tokens {
        inside(t.span.start(), t.span.end());
        assert!(t.span.start() >= last, "tokens overlap or go back");
        last = t.span.end();
    }
    for s in sitrep_nlp::split_sentences(text, &tokens) {
        inside(s.span.start(), s.span.end());
        assert!(s.first_token <= s.end_token && s.end_token <= tokens.len());
    }
    let published = chrono::NaiveDate::from_ymd_opt(2024, 10, 18);
    for date in [published, None] {
        let times = sitrep_time::tag_text(text, date);
        for e in &times.exprs {
            inside(e.span.start(), e.span.end());
        }
        for q in sitrep_quantity::tag_text(text, &times) {
            inside(q.span.start(), q.span.end());
        }
    }
});
