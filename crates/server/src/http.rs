//! The HTTP transport: a fixed pool of worker threads, each with its own connection to the
//! ledger, answering API requests ([`crate::api`]) and the browser UI's three files.
//!
//! A store connection is not shared between threads: SQLite gives each worker its own connection
//! (a reader waits, up to the store's busy timeout, while `sitrep ingest` commits), and
//! PostgreSQL its own session. Requests are small and short, so blocking workers are all this
//! needs.
//!
//! Served on a loopback address, the server refuses requests whose `Host` is not a loopback name:
//! a page on another site cannot reach it through a DNS name rebound to 127.0.0.1.

use std::io::Read;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Instant;

use sitrep_ledger::{is_postgres_url, open_store, Store};
use tiny_http::{Header, Request, Response, Server};

use crate::api::{self, ApiRequest, ApiResponse, Method};
use crate::assets;
use crate::Error;

/// Largest request body read (a grade is a few hundred bytes).
const MAX_BODY: u64 = 64 * 1024;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The ledger: an SQLite file that must exist, or a `postgres://` URL.
    pub db: String,
    /// Where to listen (`127.0.0.1:8080`; port 0 picks a free one).
    pub addr: String,
    /// Worker threads, each with its own store connection (at least one).
    pub workers: usize,
    /// Write one line per request to standard error.
    pub log: bool,
}

/// A server answering in the background until [`RunningServer::stop`].
pub struct RunningServer {
    addr: SocketAddr,
    server: Arc<Server>,
    stopping: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
}

impl RunningServer {
    /// The address it listens on (with the port chosen when port 0 was asked for).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Blocks until every worker has ended (they end only on [`RunningServer::stop`] from another
    /// thread, or with the process).
    pub fn wait(self) {
        for w in self.workers {
            let _ = w.join();
        }
    }

    /// Stops taking requests, lets the workers finish the ones they hold, and waits for them.
    pub fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        for _ in &self.workers {
            self.server.unblock();
        }
        self.wait();
    }
}

/// Opens the ledger once per worker and starts listening. Fails before listening when the ledger
/// cannot be opened (a missing SQLite file is refused, never created) or the address is taken.
pub fn start(options: &ServeOptions) -> Result<RunningServer, Error> {
    let remote = is_postgres_url(&options.db);
    if !remote && !std::path::Path::new(&options.db).is_file() {
        return Err(Error::NoLedger(options.db.clone()));
    }
    let kind = if remote { "postgres" } else { "sqlite" };
    let workers = options.workers.max(1);
    let mut stores = Vec::with_capacity(workers);
    for _ in 0..workers {
        stores.push(open_store(&options.db)?);
    }
    let listen_err = |detail: String| Error::Listen { addr: options.addr.clone(), detail };
    let listener = std::net::TcpListener::bind(&options.addr).map_err(|e| listen_err(e.to_string()))?;
    // Without this, a response written in two pieces on a kept-alive connection waits for the
    // client's delayed acknowledgement (Nagle's algorithm): 40 ms a request. Accepted sockets
    // inherit the option from the listening one.
    socket2::SockRef::from(&listener).set_tcp_nodelay(true).map_err(|e| listen_err(e.to_string()))?;
    let server = Server::from_listener(listener, None).map_err(|e| listen_err(e.to_string()))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Listen { addr: options.addr.clone(), detail: "not an IP address".into() })?;
    let server = Arc::new(server);
    let stopping = Arc::new(AtomicBool::new(false));
    let handles = stores
        .into_iter()
        .map(|store| {
            let (server, stopping, log) = (Arc::clone(&server), Arc::clone(&stopping), options.log);
            std::thread::spawn(move || serve_requests(&server, store, kind, addr, &stopping, log))
        })
        .collect();
    Ok(RunningServer { addr, server, stopping, workers: handles })
}

/// One worker's loop: take a request, answer it, until the server stops.
fn serve_requests(server: &Server, mut store: Box<dyn Store + Send>, kind: &str, addr: SocketAddr, stopping: &AtomicBool, log: bool) {
    while !stopping.load(Ordering::SeqCst) {
        let request = match server.recv() {
            Ok(r) => r,
            Err(e) => {
                if !stopping.load(Ordering::SeqCst) {
                    eprintln!("sitrep serve: cannot take a request: {e}");
                }
                continue;
            }
        };
        let started = Instant::now();
        let (method, url) = (request.method().to_string(), request.url().to_string());
        let status = answer(request, store.as_mut(), kind, addr);
        if log {
            eprintln!("{method} {url} {status} {:.1} ms", started.elapsed().as_secs_f64() * 1e3);
        }
    }
}

/// Answers one request; returns the status sent.
fn answer(mut request: Request, store: &mut dyn Store, kind: &str, addr: SocketAddr) -> u16 {
    if addr.ip().is_loopback() && !loopback_host(header(&request, "Host").as_deref()) {
        return respond(request, text_response(421, "this server answers only to localhost names"));
    }
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path.starts_with("/api/") {
        let method = match request.method() {
            tiny_http::Method::Get | tiny_http::Method::Head => Method::Get,
            tiny_http::Method::Post => Method::Post,
            _ => Method::Other,
        };
        let json_body = header(&request, "Content-Type")
            .is_some_and(|t| t.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json")));
        let mut body = Vec::new();
        if let Err(e) = request.as_reader().take(MAX_BODY + 1).read_to_end(&mut body) {
            return respond(request, api_response(ApiResponse { status: 400, body: serde_json::json!({ "error": format!("cannot read the request: {e}") }), file: None }));
        }
        if body.len() as u64 > MAX_BODY {
            return respond(request, api_response(ApiResponse { status: 413, body: serde_json::json!({ "error": "the request body is too large" }), file: None }));
        }
        let answer = api::handle(store, kind, &ApiRequest { method, path, query, json_body, body: &body });
        return respond(request, api_response(answer));
    }
    if !matches!(request.method(), tiny_http::Method::Get | tiny_http::Method::Head) {
        return respond(request, text_response(405, "only GET here"));
    }
    match assets::find(path) {
        Some(asset) => respond(request, with_headers(Response::from_data(asset.body.as_bytes().to_vec()).with_status_code(200), asset.content_type, "no-cache")),
        None => respond(request, text_response(404, "not found")),
    }
}

fn respond(request: Request, response: Response<std::io::Cursor<Vec<u8>>>) -> u16 {
    let status = response.status_code().0;
    if let Err(e) = request.respond(response) {
        eprintln!("sitrep serve: cannot send the answer: {e}");
    }
    status
}

/// A JSON answer, or a file to download with its name.
fn api_response(answer: ApiResponse) -> Response<std::io::Cursor<Vec<u8>>> {
    if let Some(file) = answer.file {
        let mut response = with_headers(Response::from_data(file.bytes).with_status_code(answer.status), file.content_type, "no-store");
        let disposition = format!("attachment; filename=\"{}\"", file.name);
        if let Ok(h) = Header::from_bytes(&b"Content-Disposition"[..], disposition.as_bytes()) {
            response.add_header(h);
        }
        return response;
    }
    let body = serde_json::to_vec(&answer.body).unwrap_or_else(|_| b"{\"error\":\"cannot write the answer\"}".to_vec());
    with_headers(Response::from_data(body).with_status_code(answer.status), "application/json; charset=utf-8", "no-store")
}

fn text_response(status: u16, text: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    with_headers(Response::from_data(text.as_bytes().to_vec()).with_status_code(status), "text/plain; charset=utf-8", "no-store")
}

/// The headers every answer carries: its type, caching, and a content policy that lets the
/// page load nothing but its own files (the texts it shows come from news pages).
fn with_headers(response: Response<std::io::Cursor<Vec<u8>>>, content_type: &str, cache: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut response = response;
    for (name, value) in [
        ("Content-Type", content_type),
        ("Cache-Control", cache),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        (
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
    ] {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    response
}

fn header(request: &Request, name: &'static str) -> Option<String> {
    request.headers().iter().find(|h| h.field.equiv(name)).map(|h| h.value.as_str().to_string())
}

/// Whether a `Host` header names this machine: `localhost`, `127.x.y.z` or `[::1]`, with any port.
fn loopback_host(host: Option<&str>) -> bool {
    let Some(host) = host else { return false };
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_are_told_from_others() {
        for host in ["localhost", "localhost:8080", "127.0.0.1:9", "127.1.2.3", "[::1]:8080", "LOCALHOST:1"] {
            assert!(loopback_host(Some(host)), "{host}");
        }
        for host in ["example.com", "evil.example:8080", "10.0.0.1:80", "", "[2001:db8::1]:80"] {
            assert!(!loopback_host(Some(host)), "{host}");
        }
        assert!(!loopback_host(None));
    }
}
