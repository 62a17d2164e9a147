//! WARC archives (ISO 28500, versions 0.18 to 1.1): the HTML and text of `response` and
//! `resource` records.
//!
//! A record is a block of `Name: value` header lines, a blank line, `Content-Length` bytes of
//! content and two line breaks. A response record's content is an HTTP response; its body is
//! taken (de-chunked and gunzipped when the headers say so) when the status is 2xx and the type
//! is HTML, XHTML or plain text. Requests, metadata, redirects, images and scripts are skipped
//! without a word: an archive is mostly those. A record cut short, or bytes where a record
//! should start, end the reading with a warning; what came before is kept.

use super::{gunzip, Expanded, Item};

/// The largest body a record may inflate to (a gzip bomb in a crawl is not a document).
const MAX_BODY: u64 = 64 * 1024 * 1024;

pub(super) fn read(name: &str, bytes: &[u8], out: &mut Expanded) {
    let mut at = 0;
    let mut number = 0;
    loop {
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        if at >= bytes.len() {
            return;
        }
        number += 1;
        let record = format!("{name} record {number}");
        if !bytes[at..].starts_with(b"WARC/") {
            out.warnings.push(format!(
                "{record}: no WARC header where a record should start; the rest of the file is skipped"
            ));
            return;
        }
        let Some((headers, content_start)) = split_head(bytes, at) else {
            out.warnings
                .push(format!("{record}: the record header is cut short (truncated file)"));
            return;
        };
        let fields = parse_fields(headers);
        let Some(length) = field(&fields, "content-length").and_then(|v| v.parse::<usize>().ok())
        else {
            out.warnings.push(format!(
                "{record}: no valid Content-Length; the rest of the file is skipped"
            ));
            return;
        };
        let Some(content) = content_start
            .checked_add(length)
            .and_then(|end| bytes.get(content_start..end))
        else {
            out.warnings
                .push(format!("{record}: the record is cut short (truncated file)"));
            return;
        };
        at = content_start + length;
        let url = field(&fields, "warc-target-uri")
            .map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string());
        let record_type = field(&fields, "warc-type").unwrap_or("").to_ascii_lowercase();
        let body = match record_type.as_str() {
            "response" => http_body(content, &record, out),
            "resource" => {
                let kind = field(&fields, "content-type").unwrap_or("");
                is_text_type(kind).then(|| content.to_vec())
            }
            _ => None,
        };
        if let Some(body) = body.filter(|b| !b.iter().all(u8::is_ascii_whitespace)) {
            let mut item = Item::new(
                match &url {
                    Some(u) => format!("{record} ({u})"),
                    None => record.clone(),
                },
                body,
            );
            item.url = url;
            out.items.push(item);
        }
    }
}

/// The header block starting at `at` and where the content after its blank line starts.
fn split_head(bytes: &[u8], at: usize) -> Option<(&[u8], usize)> {
    let rest = bytes.get(at..)?;
    let crlf = rest.windows(4).position(|w| w == b"\r\n\r\n").map(|p| (p, 4));
    let lf = rest.windows(2).position(|w| w == b"\n\n").map(|p| (p, 2));
    let (end, sep) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((&rest[..end], at + end + sep))
}

/// `Name: value` lines, names lower-cased; the first line (version or status) is skipped.
fn parse_fields(head: &[u8]) -> Vec<(String, String)> {
    String::from_utf8_lossy(head)
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (k, v) = line.split_once(':')?;
            Some((k.trim().to_ascii_lowercase(), v.trim().to_string()))
        })
        .collect()
}

fn field<'f>(fields: &'f [(String, String)], key: &str) -> Option<&'f str> {
    fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn is_text_type(content_type: &str) -> bool {
    let t = content_type.trim().to_ascii_lowercase();
    t.is_empty()
        || t.starts_with("text/html")
        || t.starts_with("application/xhtml")
        || t.starts_with("text/plain")
}

/// The body of a 2xx HTML or text HTTP response; `None` for anything else.
fn http_body(content: &[u8], record: &str, out: &mut Expanded) -> Option<Vec<u8>> {
    if !content.starts_with(b"HTTP/") {
        return None;
    }
    let status_end = content.iter().position(|&b| b == b'\n').unwrap_or(content.len());
    let status_line = String::from_utf8_lossy(&content[..status_end]);
    let status: u16 = status_line.split_whitespace().nth(1)?.parse().ok()?;
    if !(200..300).contains(&status) {
        return None;
    }
    let (head, body_start) = match split_head(content, 0) {
        Some(split) => split,
        None => (content, content.len()),
    };
    let fields = parse_fields(head);
    if !is_text_type(field(&fields, "content-type").unwrap_or("")) {
        return None;
    }
    let mut body = content.get(body_start..).unwrap_or(&[]).to_vec();
    let chunked = field(&fields, "transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    let gzipped = field(&fields, "content-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("gzip"));
    if gzipped {
        let (inflated, damage) = gunzip(&body, MAX_BODY);
        if let Some(damage) = damage {
            out.warnings.push(format!("{record}: {damage}"));
        }
        body = inflated;
    }
    Some(body)
}

/// Undoes HTTP chunked transfer encoding; a malformed chunk ends the body there.
fn dechunk(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(line_end) = bytes[at..].iter().position(|&b| b == b'\n').map(|p| at + p) {
        let size_text = String::from_utf8_lossy(&bytes[at..line_end]);
        let size_text = size_text.trim().split(';').next().unwrap_or("").trim().to_string();
        let Ok(size) = usize::from_str_radix(&size_text, 16) else {
            break;
        };
        if size == 0 {
            break;
        }
        let start = line_end + 1;
        let Some(chunk) = start.checked_add(size).and_then(|end| bytes.get(start..end)) else {
            out.extend_from_slice(bytes.get(start..).unwrap_or(&[]));
            break;
        };
        out.extend_from_slice(chunk);
        at = start + size;
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
    }
    out
}

#[cfg(test)]
pub(super) fn dechunk_for_tests(bytes: &[u8]) -> Vec<u8> {
    dechunk(bytes)
}
