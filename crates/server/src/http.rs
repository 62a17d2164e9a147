//! The HTTP transport: axum on a small tokio runtime, answering API requests ([`crate::api`]) and
//! the browser UI's three files.
//!
//! The ledger's stores are blocking (SQLite, the synchronous PostgreSQL client), so each API
//! request runs on tokio's blocking pool with a store connection taken from a small pool: at
//! most `workers` requests use the ledger at once, each on its own connection (an SQLite reader
//! waits, up to the store's busy timeout, while `sitrep ingest` commits). A request that panics
//! answers 500 and its connection is dropped, not returned; the next request opens a fresh one.
//!
//! Requests must name this server in `Host`: a loopback name, an IP address, or a name given
//! with `--allow-host`. A page on another site therefore cannot reach the server through a DNS
//! name rebound to its address. Writes also refuse a browser's cross-site request
//! (`Sec-Fetch-Site`, `Origin`) and any body that is not declared JSON.

use std::net::SocketAddr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method as HttpMethod, StatusCode, Uri};
use axum::response::Response;
use axum::serve::ListenerExt;
use axum::Router;
use sitrep_ledger::{is_postgres_url, open_store, Store};
use tokio::sync::{oneshot, Semaphore};

use crate::api::{self, ApiRequest, ApiResponse, Method};
use crate::assets;
use crate::Error;

/// Largest request body read (a grade is a few hundred bytes); larger ones get 413.
const MAX_BODY: usize = 64 * 1024;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The ledger: an SQLite file that must exist, or a `postgres://` URL.
    pub db: String,
    /// Where to listen (`127.0.0.1:8080`; port 0 picks a free one).
    pub addr: String,
    /// How many requests may use the ledger at once, each on its own connection (at least one).
    pub workers: usize,
    /// Host names besides loopback names and IP addresses that requests may give in `Host`
    /// (the name users reach the server by, behind a proxy or on a network).
    pub allow_hosts: Vec<String>,
    /// Write one line per request to standard error.
    pub log: bool,
}

/// A server answering in the background until [`RunningServer::stop`], or until it fails.
pub struct RunningServer {
    addr: SocketAddr,
    shutdown: oneshot::Sender<()>,
    thread: JoinHandle<Result<(), Error>>,
}

impl RunningServer {
    /// The address it listens on (with the port chosen when port 0 was asked for).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until the server fails (it does not stop otherwise); the failure.
    pub fn wait(self) -> Result<(), Error> {
        self.thread.join().unwrap_or_else(|_| Err(Error::Crashed))
    }

    /// Stops taking connections, lets requests in flight finish, and waits for the server.
    pub fn stop(self) -> Result<(), Error> {
        let RunningServer { shutdown, thread, .. } = self;
        let _ = shutdown.send(());
        thread.join().unwrap_or_else(|_| Err(Error::Crashed))
    }
}

/// Store connections kept between requests, and the number of requests allowed at once.
struct StorePool {
    db: String,
    idle: Mutex<Vec<Box<dyn Store + Send>>>,
    permits: Semaphore,
}

impl StorePool {
    fn take(&self) -> Result<Box<dyn Store + Send>, sitrep_ledger::Error> {
        let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        match idle {
            Some(store) => Ok(store),
            None => open_store(&self.db),
        }
    }

    fn give_back(&self, store: Box<dyn Store + Send>) {
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(store);
        }
    }
}

struct App {
    pool: StorePool,
    kind: &'static str,
    allow_hosts: Vec<String>,
    log: bool,
}

/// Opens the ledger once (a missing SQLite file is refused, never created), binds the address,
/// and serves on a background thread. Fails before serving when either cannot be done.
pub fn start(options: &ServeOptions) -> Result<RunningServer, Error> {
    let remote = is_postgres_url(&options.db);
    if !remote && !std::path::Path::new(&options.db).is_file() {
        return Err(Error::NoLedger(options.db.clone()));
    }
    let first = open_store(&options.db)?;
    let listen_err = |e: std::io::Error| Error::Listen { addr: options.addr.clone(), detail: e.to_string() };
    let listener = std::net::TcpListener::bind(&options.addr).map_err(listen_err)?;
    listener.set_nonblocking(true).map_err(listen_err)?;
    let addr = listener.local_addr().map_err(listen_err)?;
    let workers = options.workers.max(1);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(workers)
        .enable_all()
        .build()
        .map_err(listen_err)?;
    let app = Arc::new(App {
        pool: StorePool { db: options.db.clone(), idle: Mutex::new(vec![first]), permits: Semaphore::new(workers) },
        kind: if remote { "postgres" } else { "sqlite" },
        allow_hosts: options.allow_hosts.iter().map(|h| h.trim().to_ascii_lowercase()).collect(),
        log: options.log,
    });
    let router = Router::new().fallback(answer).with_state(app);
    let (shutdown, stopped) = oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).map_err(|e| Error::Serve(e.to_string()))?;
            // Without TCP_NODELAY a response written in pieces on a kept-alive connection waits
            // for the client's delayed acknowledgement: 40 ms a request.
            let listener = listener.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            });
            axum::serve(listener, router)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await
                .map_err(|e| Error::Serve(e.to_string()))
        })
    });
    Ok(RunningServer { addr, shutdown, thread })
}

/// Every request: the host check, then an API route or one of the UI's files.
async fn answer(State(app): State<Arc<App>>, request: Request) -> Response {
    let started = Instant::now();
    let (parts, body) = request.into_parts();
    let (method, uri, headers) = (parts.method, parts.uri, parts.headers);
    // A body announced as larger than the limit is refused before any of it is read; one that
    // turns out larger is cut off at the limit.
    let announced = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<u64>().ok());
    let response = if announced.is_some_and(|n| n > MAX_BODY as u64) {
        api_response(ApiResponse::error(413, "the request body is too large"))
    } else {
        match axum::body::to_bytes(body, MAX_BODY).await {
            Ok(body) => route(&app, &method, &uri, &headers, body).await,
            Err(_) => api_response(ApiResponse::error(413, "the request body is too large or broken off")),
        }
    };
    if app.log {
        eprintln!("{method} {:?} {} {:.1} ms", uri.to_string(), response.status().as_u16(), started.elapsed().as_secs_f64() * 1e3);
    }
    response
}

async fn route(app: &Arc<App>, method: &HttpMethod, uri: &Uri, headers: &HeaderMap, body: Bytes) -> Response {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    if !host_allowed(host, &app.allow_hosts) {
        return text_response(StatusCode::MISDIRECTED_REQUEST, "this server does not answer to that host name (see --allow-host)");
    }
    let path = uri.path();
    if path.starts_with("/api/") {
        let api_method = match *method {
            HttpMethod::GET => Method::Get,
            HttpMethod::POST => Method::Post,
            _ => Method::Other,
        };
        if api_method == Method::Post && cross_site(headers, host) {
            return api_response(ApiResponse::error(403, "a page of another site cannot change this ledger"));
        }
        let json_body = headers
            .get(header::CONTENT_TYPE)
            .and_then(|t| t.to_str().ok())
            .and_then(|t| t.split(';').next())
            .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"));
        let (path, query) = (path.to_string(), uri.query().unwrap_or("").to_string());
        return api_response(call_api(app, api_method, path, query, json_body, body).await);
    }
    if !matches!(*method, HttpMethod::GET | HttpMethod::HEAD) {
        return text_response(StatusCode::METHOD_NOT_ALLOWED, "only GET here");
    }
    match assets::find(path) {
        Some(asset) => with_headers(Response::new(Body::from(asset.body)), StatusCode::OK, asset.content_type, "no-cache"),
        None => text_response(StatusCode::NOT_FOUND, "not found"),
    }
}

/// Runs one API request on the blocking pool with a store connection of the pool.
async fn call_api(app: &Arc<App>, method: Method, path: String, query: String, json_body: bool, body: Bytes) -> ApiResponse {
    let Ok(_permit) = app.pool.permits.acquire().await else {
        return ApiResponse::error(503, "the server is shutting down");
    };
    let app = Arc::clone(app);
    let work = tokio::task::spawn_blocking(move || {
        let mut store = match app.pool.take() {
            Ok(store) => store,
            Err(e) => return ApiResponse::error(500, e.to_string()),
        };
        let request = ApiRequest { method, path: &path, query: &query, json_body, body: &body };
        match catch_unwind(AssertUnwindSafe(|| api::handle(store.as_mut(), app.kind, &request))) {
            Ok(answer) => {
                app.pool.give_back(store);
                answer
            }
            // The connection may be in any state: it is dropped, and the next request opens one.
            Err(_) => ApiResponse::error(500, format!("internal error while answering {path}")),
        }
    });
    work.await.unwrap_or_else(|_| ApiResponse::error(500, "internal error"))
}

/// A JSON answer, or a file to download with its name.
fn api_response(answer: ApiResponse) -> Response {
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(file) = answer.file {
        let mut response = with_headers(Response::new(Body::from(file.bytes)), status, file.content_type, "no-store");
        if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", file.name)) {
            response.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
        return response;
    }
    let body = serde_json::to_vec(&answer.body).unwrap_or_else(|_| b"{\"error\":\"cannot write the answer\"}".to_vec());
    with_headers(Response::new(Body::from(body)), status, "application/json; charset=utf-8", "no-store")
}

fn text_response(status: StatusCode, text: &'static str) -> Response {
    with_headers(Response::new(Body::from(text)), status, "text/plain; charset=utf-8", "no-store")
}

/// The headers every answer carries: its type, caching, and a content policy that lets the
/// page load nothing but its own files (the texts it shows come from news pages).
fn with_headers(mut response: Response, status: StatusCode, content_type: &'static str, cache: &'static str) -> Response {
    *response.status_mut() = status;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, content_type),
        (header::CACHE_CONTROL, cache),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// The name part of a `Host` value (`localhost:8080` -> `localhost`, `[::1]:80` -> `::1`).
fn host_name(host: &str) -> &str {
    match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    }
}

/// Whether a `Host` header names this server: `localhost`, an IP address (loopback or the
/// machine's own: an address cannot be rebound), or one of the allowed names.
fn host_allowed(host: Option<&str>, allowed: &[String]) -> bool {
    let Some(host) = host else { return false };
    let name = host_name(host).to_ascii_lowercase();
    name == "localhost" || name.parse::<std::net::IpAddr>().is_ok() || allowed.iter().any(|a| *a == name)
}

/// Whether a browser says the request comes from a page of another site: `Sec-Fetch-Site`
/// other than same-origin or none, or an `Origin` whose host is not the one asked.
fn cross_site(headers: &HeaderMap, host: Option<&str>) -> bool {
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if fetch_site.is_some_and(|s| !matches!(s, "same-origin" | "none")) {
        return true;
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    match (origin, host) {
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, rest)| rest) != Some(host),
        (Some(_), None) => true,
        (None, _) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_of_this_server_are_told_from_others() {
        let allowed = vec!["ledger.internal".to_string()];
        for host in ["localhost", "localhost:8080", "127.0.0.1:9", "[::1]:8080", "LOCALHOST:1", "10.0.0.5:8080", "ledger.internal:443"] {
            assert!(host_allowed(Some(host), &allowed), "{host}");
        }
        for host in ["example.com", "evil.example:8080", "", "ledger.internal.evil.example"] {
            assert!(!host_allowed(Some(host), &allowed), "{host}");
        }
        assert!(!host_allowed(None, &allowed));
    }

    #[test]
    fn cross_site_writes_are_recognised() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_static(v));
            }
            h
        };
        let host = Some("127.0.0.1:8080");
        assert!(!cross_site(&headers(&[]), host), "a script or curl sends neither");
        assert!(!cross_site(&headers(&[("sec-fetch-site", "same-origin"), ("origin", "http://127.0.0.1:8080")]), host));
        assert!(cross_site(&headers(&[("sec-fetch-site", "cross-site")]), host));
        assert!(cross_site(&headers(&[("origin", "http://evil.example")]), host));
        assert!(cross_site(&headers(&[("origin", "null")]), host));
    }
}
