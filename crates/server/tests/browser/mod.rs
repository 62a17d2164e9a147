//! Headless Chromium driven over the DevTools protocol, for the web UI's end-to-end tests.
//!
//! Chromium is started with `--remote-debugging-port=0` in a fresh profile; the port it picked is
//! in the profile's `DevToolsActivePort` file. One page target is created and attached in "flat"
//! mode, so every command carries the page's session id on the one browser WebSocket. Tests
//! evaluate JavaScript in the page (`eval`), wait for a condition (`wait_for`), and click or type
//! through the DOM as a user would.
//!
//! Which Chromium: `SITREP_TEST_CHROMIUM` (a path; `.ci/run` sets it, and then a browser that
//! does not start fails the test), else `/usr/bin/chromium` if present, else the tests are skipped
//! with a note.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

/// How long a page may take to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(20);

pub struct Browser {
    child: Child,
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
    _profile: tempfile::TempDir,
}

/// The Chromium to run, or `None` (skip) when there is none and none was asked for.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SITREP_TEST_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let default = Path::new("/usr/bin/chromium");
    if default.exists() {
        return Some(default.to_path_buf());
    }
    eprintln!("note: no Chromium (set SITREP_TEST_CHROMIUM or install Debian's chromium): browser test skipped");
    None
}

impl Browser {
    /// Starts Chromium with one blank page, or `None` when no Chromium is available.
    pub fn launch() -> Option<Browser> {
        let program = chromium()?;
        let profile = tempfile::tempdir().expect("profile folder");
        let child = Command::new(&program)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=1280,900",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", program.display()));
        let endpoint = devtools_endpoint(profile.path());
        let (socket, _) = tungstenite::connect(endpoint.as_str()).unwrap_or_else(|e| panic!("DevTools at {endpoint}: {e}"));
        let mut browser = Browser { child, socket, session: String::new(), next_id: 0, _profile: profile };
        let target = browser.call(None, "Target.createTarget", json!({ "url": "about:blank" }));
        let target_id = target["targetId"].as_str().expect("target id").to_string();
        let attached = browser.call(None, "Target.attachToTarget", json!({ "targetId": target_id, "flatten": true }));
        browser.session = attached["sessionId"].as_str().expect("session id").to_string();
        browser.page("Runtime.enable", json!({}));
        Some(browser)
    }

    /// Sends one command (to the browser, or to a page session) and returns its result; events
    /// that arrive meanwhile are dropped. A protocol error fails the test.
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        self.socket.send(Message::Text(message.to_string().into())).unwrap_or_else(|e| panic!("{method}: {e}"));
        loop {
            let reply = self.socket.read().unwrap_or_else(|e| panic!("{method}: {e}"));
            let Ok(text) = reply.to_text() else { continue };
            let Ok(value) = serde_json::from_str::<Value>(text) else { continue };
            if value["id"].as_u64() != Some(id) {
                continue;
            }
            if let Some(error) = value.get("error") {
                panic!("{method}: {error}");
            }
            return value["result"].clone();
        }
    }

    fn page(&mut self, method: &str, params: Value) -> Value {
        let session = self.session.clone();
        self.call(Some(&session), method, params)
    }

    /// Loads `url` in the page.
    pub fn goto(&mut self, url: &str) {
        self.page("Page.navigate", json!({ "url": url }));
    }

    /// The value of a JavaScript expression in the page (promises are awaited). An exception
    /// fails the test.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.page(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        if let Some(e) = result.get("exceptionDetails") {
            panic!("{expression}: {e}");
        }
        result["result"]["value"].clone()
    }

    /// Waits until `condition` (a JavaScript expression) is true in the page.
    pub fn wait_for(&mut self, condition: &str) {
        let started = Instant::now();
        loop {
            let ok = self.page(
                "Runtime.evaluate",
                json!({ "expression": format!("Boolean({condition})"), "returnByValue": true }),
            );
            if ok["result"]["value"] == json!(true) {
                return;
            }
            if started.elapsed() > PATIENCE {
                let body = self.eval("document.body ? document.body.innerText.slice(0, 2000) : ''");
                panic!("waited {PATIENCE:?} for `{condition}`; the page shows:\n{}", body.as_str().unwrap_or(""));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the UI to finish rendering the view `view` (its `data-ready` flag).
    pub fn wait_view(&mut self, view: &str) {
        self.wait_for(&format!("document.body.dataset.ready === '1' && document.body.dataset.view === '{view}'"));
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The browser's DevTools WebSocket address, once Chromium has written it into the profile.
fn devtools_endpoint(profile: &Path) -> String {
    let file = profile.join("DevToolsActivePort");
    let started = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(&file) {
            let mut lines = text.lines();
            if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                return format!("ws://127.0.0.1:{}{}", port.trim(), path.trim());
            }
        }
        assert!(started.elapsed() < PATIENCE, "Chromium wrote no DevToolsActivePort in {}", profile.display());
        std::thread::sleep(Duration::from_millis(50));
    }
}
