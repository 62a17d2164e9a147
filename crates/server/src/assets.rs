//! The browser UI: three static files compiled into the binary, so `sitrep serve` needs nothing
//! beside it and loads nothing from the network. The UI reads everything it shows from the API.

/// One file of the UI.
#[derive(Debug, Clone, Copy)]
pub struct Asset {
    pub content_type: &'static str,
    pub body: &'static str,
}

const INDEX: Asset = Asset { content_type: "text/html; charset=utf-8", body: include_str!("../assets/index.html") };
const SCRIPT: Asset = Asset { content_type: "text/javascript; charset=utf-8", body: include_str!("../assets/app.js") };
const STYLE: Asset = Asset { content_type: "text/css; charset=utf-8", body: include_str!("../assets/app.css") };

/// The file served at `path`; the page itself at `/` (views are chosen after `#`, in the page).
pub fn find(path: &str) -> Option<Asset> {
    match path {
        "/" | "/index.html" => Some(INDEX),
        "/app.js" => Some(SCRIPT),
        "/app.css" => Some(STYLE),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_only_its_own_files() {
        let page = find("/").expect("index");
        assert!(page.body.contains("/app.js") && page.body.contains("/app.css"), "the page names its script and style");
        // (An SVG namespace string holds "http://" but loads nothing.)
        for asset in [INDEX, SCRIPT, STYLE] {
            for remote in ["src=\"http", "href=\"http", "url(http", "url(\"http", "fetch(\"http", "@import", "//cdn"] {
                assert!(!asset.body.contains(remote), "no remote resource ({remote})");
            }
        }
        assert!(find("/../Cargo.toml").is_none() && find("/assets/app.js").is_none());
    }
}
