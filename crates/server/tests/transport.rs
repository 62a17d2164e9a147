//! The server over real sockets, without a browser: hostile requests (a body announced as a
//! terabyte, a body over the limit, a cross-site write, a foreign host name) are refused and
//! the server goes on answering; and it stops when asked.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use sitrep_ledger::{fixture, open_store};
use sitrep_server::{start, ServeOptions};

/// Sends raw bytes, returns the status code of the answer (0 when the connection closed first).
fn exchange(addr: SocketAddr, raw: &[u8]) -> u16 {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    let _ = stream.write_all(raw);
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    String::from_utf8_lossy(&reply).split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn get(addr: SocketAddr, path: &str) -> u16 {
    exchange(addr, format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes())
}

#[test]
fn hostile_requests_are_refused_and_the_server_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ledger.db");
    open_store(&db).expect("ledger").put(&fixture::report()).expect("put");
    let options = ServeOptions { db: db.display().to_string(), addr: "127.0.0.1:0".into(), workers: 2, allow_hosts: vec!["ledger.test".into()], log: false };
    let server = start(&options).expect("starts");
    let addr = server.addr();
    assert_eq!(get(addr, "/api/overview"), 200);

    // A body announced as a terabyte, and one over the 64 KiB limit: refused, nothing allocated.
    let huge = b"POST /api/grades HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000000000000\r\nConnection: close\r\n\r\n{";
    assert_eq!(exchange(addr, huge), 413);
    let mut big = format!("POST /api/grades HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", 100_000).into_bytes();
    big.extend(std::iter::repeat_n(b' ', 100_000));
    assert_eq!(exchange(addr, &big), 413);

    // A write from a page of another site, and a request naming a host this server is not.
    let body = r#"{"source": "Averin Coast Guard", "grade": "E"}"#;
    let cross = format!(
        "POST /api/grades HTTP/1.1\r\nHost: localhost\r\nOrigin: http://evil.example\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    assert_eq!(exchange(addr, cross.as_bytes()), 403);
    assert!(open_store(&db).expect("ledger").grades().expect("grades").is_empty(), "nothing was graded");
    let rebound = b"GET /api/overview HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n";
    assert_eq!(exchange(addr, rebound), 421);
    let named = b"GET /api/overview HTTP/1.1\r\nHost: ledger.test:8080\r\nConnection: close\r\n\r\n";
    assert_eq!(exchange(addr, named), 200, "an allowed name is answered");
    // Garbage instead of HTTP closes that connection only.
    let _ = exchange(addr, b"\x00\x01\x02 not http at all\r\n\r\n");

    assert_eq!(get(addr, "/api/overview"), 200, "still answering");
    assert_eq!(get(addr, "/app.js"), 200);
    server.stop().expect("stops cleanly");
    assert!(TcpStream::connect(addr).is_err() || get(addr, "/api/overview") == 0, "no longer answering");
}

#[test]
fn a_missing_ledger_or_a_taken_address_fails_before_serving() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("none.db");
    let options = ServeOptions { db: missing.display().to_string(), addr: "127.0.0.1:0".into(), workers: 1, allow_hosts: Vec::new(), log: false };
    let err = start(&options).err().expect("refused");
    assert!(err.to_string().contains("no such ledger"), "{err}");
    assert!(!missing.exists());

    let db = dir.path().join("ledger.db");
    open_store(&db).expect("ledger");
    let first = start(&ServeOptions { db: db.display().to_string(), ..options.clone() }).expect("starts");
    let taken = ServeOptions { db: db.display().to_string(), addr: first.addr().to_string(), ..options };
    let err = start(&taken).err().expect("the address is taken");
    assert!(err.to_string().contains("cannot listen"), "{err}");
    first.stop().expect("stops");
}
