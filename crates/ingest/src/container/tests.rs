//! Tests of the container readers on fictional fixtures written for them.

use std::io::Write;

use proptest::prelude::*;

use super::*;

fn read(name: &str, bytes: &[u8]) -> Expanded {
    let mut out = Expanded::default();
    let kind = kind_of(&name.to_ascii_lowercase(), bytes);
    read_container(name, kind, bytes.to_vec(), &mut out);
    out
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).expect("in memory");
    enc.finish().expect("in memory")
}

const JSONL: &str = r#"{"url": "https://valley.example/dam", "html": "<p>Repairs on the Veld dam began on Monday.</p>", "published": "2031-05-12T07:00:00Z", "outlet": "Valley Post"}

{"url": "https://valley.example/ferry", "text": "The ferry to Selk resumed on Tuesday.", "title": "Ferry resumes"}
not json at all
{"url": "https://valley.example/empty"}
[1, 2]
"#;

#[test]
fn json_lines_keep_good_lines_and_name_bad_ones() {
    let out = read("news.jsonl", JSONL.as_bytes());
    assert_eq!(out.items.len(), 2);
    let dam = &out.items[0];
    assert_eq!(dam.name, "news.jsonl line 1");
    assert_eq!(dam.bytes, b"<p>Repairs on the Veld dam began on Monday.</p>");
    assert_eq!(dam.published, NaiveDate::from_ymd_opt(2031, 5, 12));
    assert_eq!(dam.outlet.as_deref(), Some("Valley Post"));
    assert_eq!(dam.url.as_deref(), Some("https://valley.example/dam"));
    assert_eq!(out.items[1].name, "news.jsonl line 3");
    assert_eq!(out.items[1].title.as_deref(), Some("Ferry resumes"));
    assert_eq!(out.warnings.len(), 3, "{:?}", out.warnings);
    assert!(out.warnings[0].starts_with("news.jsonl line 4: not valid JSON"));
    assert!(out.warnings[1].contains("line 5: has neither"));
    assert!(out.warnings[2].contains("line 6: not a JSON object"));
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Post</title><link>https://valley.example/</link>
<item><title>Dam repairs begin</title><link>https://valley.example/dam</link>
<pubDate>Mon, 12 May 2031 07:00:00 GMT</pubDate>
<description>&lt;p&gt;Engineers began repairs on the Veld dam on Monday.&lt;/p&gt;</description></item>
<item><title>Link only</title><link>https://valley.example/link</link></item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title><id>urn:x</id>
<updated>2031-06-02T10:00:00Z</updated>
<entry><title>Ferry resumes</title><id>urn:1</id><link href="https://harbour.example/ferry"/>
<published>2031-06-01T09:00:00Z</published><updated>2031-06-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;The ferry to Selk resumed on Tuesday.&lt;/p&gt;</content></entry>
</feed>"#;

const JSON_FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Coast Notes",
 "items": [{"id": "1", "url": "https://coast.example/storm", "title": "Storm",
            "content_text": "A storm closed the coast road on Friday.", "date_published": "2031-02-07T18:00:00Z"}]}"#;

#[test]
fn feeds_give_one_item_per_entry_with_text() {
    let out = read("valley.rss", RSS.as_bytes());
    assert_eq!(out.items.len(), 1, "{:?}", out.warnings);
    let item = &out.items[0];
    assert_eq!(item.name, "valley.rss item 1");
    assert!(String::from_utf8_lossy(&item.bytes).contains("Engineers began repairs"));
    assert_eq!(item.outlet.as_deref(), Some("Valley Post"));
    assert_eq!(item.published, NaiveDate::from_ymd_opt(2031, 5, 12));
    assert_eq!(item.url.as_deref(), Some("https://valley.example/dam"));
    assert_eq!(out.warnings, vec!["valley.rss item 2: has no content or summary to read"]);

    let out = read("gazette.xml", ATOM.as_bytes());
    assert_eq!(out.items.len(), 1, "{:?}", out.warnings);
    assert_eq!(out.items[0].published, NaiveDate::from_ymd_opt(2031, 6, 1));
    assert_eq!(out.items[0].outlet.as_deref(), Some("Harbour Gazette"));

    let out = read("coast.json", JSON_FEED.as_bytes());
    assert_eq!(out.items.len(), 1, "{:?}", out.warnings);
    assert_eq!(out.items[0].bytes, b"A storm closed the coast road on Friday.");
}

#[test]
fn a_feed_that_is_not_xml_is_one_warning() {
    let out = read("broken.rss", b"this is { not a feed");
    assert!(out.items.is_empty());
    assert_eq!(out.warnings.len(), 1);
    assert!(out.warnings[0].starts_with("broken.rss: not a readable"), "{:?}", out.warnings);
}

/// A WARC record with the given type, extra headers and content.
fn record(kind: &str, uri: &str, content: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2031-05-12T08:00:00Z\r\n\
         Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        content.len()
    )
    .into_bytes();
    r.extend_from_slice(content);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

fn sample_warc() -> Vec<u8> {
    let page = b"<html><body><p>Repairs on the Veld dam began on Monday.</p></body></html>";
    let mut chunked = format!("{:x}\r\n", 20).into_bytes();
    chunked.extend_from_slice(&page[..20]);
    chunked.extend_from_slice(format!("\r\n{:x}\r\n", page.len() - 20).as_bytes());
    chunked.extend_from_slice(&page[20..]);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let mut warc = Vec::new();
    warc.extend(record("warcinfo", "", b"software: test\r\n"));
    warc.extend(record("request", "https://valley.example/dam", b"GET /dam HTTP/1.1\r\n\r\n"));
    warc.extend(record(
        "response",
        "https://valley.example/dam",
        &response("Content-Type: text/html; charset=utf-8\r\n", page),
    ));
    warc.extend(record(
        "response",
        "https://valley.example/logo.png",
        &response("Content-Type: image/png\r\n", b"\x89PNG...."),
    ));
    warc.extend(record(
        "response",
        "https://valley.example/old",
        &b"HTTP/1.1 301 Moved\r\nLocation: /dam\r\n\r\n"[..],
    ));
    warc.extend(record(
        "response",
        "https://valley.example/chunked",
        &response(
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
            &chunked,
        ),
    ));
    warc.extend(record(
        "response",
        "https://valley.example/gz",
        &response(
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            &gz(page),
        ),
    ));
    warc
}

#[test]
fn warc_responses_become_items() {
    let out = read("crawl.warc", &sample_warc());
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let urls: Vec<&str> = out.items.iter().filter_map(|i| i.url.as_deref()).collect();
    assert_eq!(
        urls,
        vec![
            "https://valley.example/dam",
            "https://valley.example/chunked",
            "https://valley.example/gz"
        ]
    );
    for item in &out.items {
        assert!(
            String::from_utf8_lossy(&item.bytes).contains("<p>Repairs on the Veld dam began on Monday.</p>"),
            "{}",
            item.name
        );
    }
    assert_eq!(out.items[0].name, "crawl.warc record 3 (https://valley.example/dam)");
}

#[test]
fn a_truncated_warc_keeps_the_records_before_the_cut() {
    let warc = sample_warc();
    let cut = &warc[..warc.len() - 30];
    let out = read("crawl.warc", cut);
    assert_eq!(out.items.len(), 2);
    assert_eq!(out.warnings, vec!["crawl.warc record 7: the record is cut short (truncated file)"]);

    let mut junk = sample_warc();
    junk.extend_from_slice(b"garbage that is no record");
    let out = read("crawl.warc", &junk);
    assert_eq!(out.items.len(), 3);
    assert!(out.warnings[0].contains("record 8: no WARC header"), "{:?}", out.warnings);
}

#[test]
fn gzip_damage_keeps_what_came_before() {
    let data = gz(JSONL.as_bytes());
    let (whole, damage) = gunzip(&data, 1 << 20);
    assert_eq!(whole, JSONL.as_bytes());
    assert!(damage.is_none());
    let (part, damage) = gunzip(&data[..data.len() - 12], 1 << 20);
    assert!(damage.is_some());
    assert!(JSONL.as_bytes().starts_with(&part));
    let (capped, damage) = gunzip(&data, 10);
    assert_eq!(capped.len(), 10);
    assert!(damage.is_some_and(|d| d.contains("limit")));
}

#[test]
fn directories_are_walked_in_order_and_bad_files_only_warn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/c")).expect("mkdir");
    std::fs::write(root.join("a.txt"), "The council met on Monday.").expect("write");
    std::fs::write(root.join("b/news.jsonl"), JSONL).expect("write");
    std::fs::write(root.join("b/c/crawl.warc.gz"), gz(&sample_warc())).expect("write");
    let truncated = gz(&sample_warc());
    std::fs::write(root.join("b/c/cut.warc.gz"), &truncated[..truncated.len() / 2]).expect("write");
    std::fs::write(root.join("b/c/feed.rss"), "<rss><channel><item>").expect("write");
    std::fs::write(root.join("b/empty.html"), "  \n").expect("write");
    std::fs::write(root.join(".hidden"), "skip me").expect("write");

    let out = expand(root, &Limits::default());
    let names: Vec<String> = out
        .items
        .iter()
        .map(|i| {
            i.name
                .strip_prefix(&format!("{}/", root.display()))
                .unwrap_or(&i.name)
                .to_string()
        })
        .collect();
    assert_eq!(names[0], "a.txt");
    assert_eq!(names[1], "b/c/crawl.warc.gz record 3 (https://valley.example/dam)");
    assert!(names.iter().any(|n| n == "b/news.jsonl line 3"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("hidden")));
    let warned = |needle: &str| out.warnings.iter().any(|w| w.contains(needle));
    assert!(warned("cut.warc.gz: the gzip data is damaged"), "{:?}", out.warnings);
    assert!(warned("feed.rss"), "{:?}", out.warnings);
    assert!(warned("empty.html: is empty"), "{:?}", out.warnings);
    assert!(warned("news.jsonl line 4"), "{:?}", out.warnings);
}

#[test]
fn kinds_come_from_names_then_bytes() {
    assert_eq!(kind_of("x.jsonl", b""), Kind::JsonLines);
    assert_eq!(kind_of("x.dat", b"WARC/1.1\r\n"), Kind::Warc);
    assert_eq!(kind_of("x.xml", RSS.as_bytes()), Kind::Feed);
    assert_eq!(kind_of("x.xml", ATOM.as_bytes()), Kind::Feed);
    assert_eq!(kind_of("x.json", JSON_FEED.as_bytes()), Kind::Feed);
    assert_eq!(kind_of("x.html", b"<html><body>feed me</body></html>"), Kind::Document);
    assert_eq!(kind_of("x.txt", b"The <feed> of news."), Kind::Document);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_lines_never_panic(raw in "[{}\\[\\]\":,a-z0-9 \n\\\\]{0,300}") {
        let _ = read("x.jsonl", raw.as_bytes());
    }

    #[test]
    fn warc_reader_never_panics(raw in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut bytes = b"WARC/1.0\r\nContent-Length: 5\r\n\r\n".to_vec();
        bytes.extend(raw);
        let _ = read("x.warc", &bytes);
    }

    #[test]
    fn any_cut_of_a_warc_keeps_a_prefix_of_its_items(cut in 0usize..1500) {
        let warc = sample_warc();
        let whole = read("x.warc", &warc).items;
        let part = read("x.warc", &warc[..cut.min(warc.len())]).items;
        prop_assert!(part.len() <= whole.len());
        prop_assert_eq!(&whole[..part.len()], &part[..]);
    }

    #[test]
    fn dechunk_never_panics(raw in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = warc::dechunk_for_tests(&raw);
    }

    #[test]
    fn feed_reader_never_panics(raw in "[<>/a-z\"= \n&;]{0,300}") {
        let _ = read("x.rss", raw.as_bytes());
        let _ = read("x.xml", format!("<rss>{raw}").as_bytes());
    }

    #[test]
    fn gunzip_never_panics(raw in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut bytes = vec![0x1f, 0x8b, 8, 0];
        bytes.extend(raw);
        let _ = gunzip(&bytes, 4096);
    }
}
