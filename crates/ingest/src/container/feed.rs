//! RSS, Atom and JSON Feed items, parsed by the `feed-rs` crate.
//!
//! An entry's document is its full content when the feed carries it, else its summary; an
//! entry with neither is a warning (a feed of bare links has no text to analyse). The feed's
//! title is taken as the outlet, the entry's first link as its URL.

use super::{Expanded, Item};

pub(super) fn read(name: &str, bytes: &[u8], out: &mut Expanded) {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(err) => {
            out.warnings
                .push(format!("{name}: not a readable RSS, Atom or JSON feed ({err})"));
            return;
        }
    };
    let outlet = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    for (i, entry) in feed.entries.iter().enumerate() {
        let item_name = format!("{name} item {}", i + 1);
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.as_str()))
            .map(str::trim)
            .filter(|b| !b.is_empty());
        let Some(body) = body else {
            out.warnings
                .push(format!("{item_name}: has no content or summary to read"));
            continue;
        };
        let mut item = Item::new(item_name, body.as_bytes().to_vec());
        item.url = entry.links.first().map(|l| l.href.clone());
        item.published = entry.published.or(entry.updated).map(|d| d.date_naive());
        item.outlet.clone_from(&outlet);
        item.title = entry
            .title
            .as_ref()
            .map(|t| t.content.trim().to_string())
            .filter(|t| !t.is_empty());
        out.items.push(item);
    }
}
