//! JSON Lines: one document per line, `{"url", "html" | "text", "published", "outlet"}`.
//!
//! `html` wins over `text` when a line has both; `title` is read when present. A line that is
//! not a JSON object, or has neither `html` nor `text`, is a warning naming its line number;
//! blank lines are skipped.

use super::{date_prefix, Expanded, Item};

pub(super) fn read(name: &str, bytes: &[u8], out: &mut Expanded) {
    let text = String::from_utf8_lossy(bytes);
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let item_name = format!("{name} line {}", i + 1);
        match parse_line(&item_name, line) {
            Ok(item) => out.items.push(item),
            Err(why) => out.warnings.push(format!("{item_name}: {why}")),
        }
    }
}

fn parse_line(item_name: &str, line: &str) -> Result<Item, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not valid JSON ({e})"))?;
    let object = value
        .as_object()
        .ok_or_else(|| "not a JSON object".to_string())?;
    let field = |key: &str| {
        object
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let body = field("html")
        .or_else(|| field("text"))
        .ok_or_else(|| "has neither \"html\" nor \"text\"".to_string())?;
    let mut item = Item::new(item_name, body.as_bytes().to_vec());
    item.url = field("url").map(str::to_string);
    item.published = field("published").and_then(date_prefix);
    item.outlet = field("outlet").map(str::to_string);
    item.title = field("title").map(str::to_string);
    Ok(item)
}
