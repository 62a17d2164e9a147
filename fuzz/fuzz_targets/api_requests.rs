//! Any method, path, query and body sent to the web API over a small ledger: an answer with a
//! status, never a panic; errors are JSON objects with a message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ledger::{MemoryStore, Store};
use sitrep_server::api::{handle, ApiRequest, Method};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(2, '\n');
    let (target, body) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut store = MemoryStore::new();
    let _ = store.set_grade("Averin Coast Guard", 'B', None);
    for method in [Method::Get, Method::Post, Method::Other] {
        let answer = handle(&mut store, "memory", &ApiRequest { method, path, query, json_body: true, body: body.as_bytes() });
        assert!((200..600).contains(&answer.status));
        if answer.status >= 400 {
            assert!(answer.body["error"].is_string(), "{}", answer.body);
        }
    }
});
