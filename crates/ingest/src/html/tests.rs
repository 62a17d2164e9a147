//! Tests of the HTML extractor on fictional pages written for these tests.

use super::*;
use crate::units::check_alignment;
use proptest::prelude::*;

fn run(raw: &str) -> (CleanText, HtmlMeta) {
    let (out, meta) = clean_html(raw);
    check_alignment(raw, &out);
    (out, meta)
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ferry Service Suspended | The Northbay Courier</title>
  <meta property="og:title" content="Ferry Service Suspended After Engine Fire">
  <meta property="og:site_name" content="The Northbay Courier">
  <meta property="article:published_time" content="2031-03-14T08:15:00+02:00">
  <meta name="author" content="By Mira Kalnins">
  <link rel="canonical" href="https://courier.example/ferry-fire">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry Fire","datePublished":"2031-03-13","author":{"@type":"Person","name":"M. Kalnins"},"publisher":{"name":"Courier Media"}}</script>
  <style>p { color: red; }</style>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<header><h1>Ferry Service Suspended After Engine Fire</h1><time datetime="2031-03-14">March 14</time></header>
<article>
  <p>The ferry between Northbay and Selk Island was suspended on Friday after a fire broke out
     in the engine room of the MV Aurelia, the harbour master&#8217;s office said.</p>
  <p>All 212 passengers &amp; crew were brought ashore by lifeboats, officials said.</p>
  <p>Advertisement</p>
  <figure><img src="a.jpg" alt=""><figcaption>The MV Aurelia in Northbay harbour on Friday.</figcaption></figure>
  <h2>Investigation</h2>
  <p>Investigators will board the vessel on Saturday.<br>
  The operator said service could resume next week.</p>
  <script>var x = "<p>not text</p>";</script>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm Hits the Coast</a></li></ul></aside>
<footer><p>&copy; 2031 The Northbay Courier. All rights reserved.</p></footer>
</body>
</html>"#;

#[test]
fn a_news_page_is_extracted() {
    let (out, meta) = run(PAGE);
    let paragraphs: Vec<&str> = out.text.split("\n\n").collect();
    assert_eq!(
        paragraphs,
        vec![
            "The ferry between Northbay and Selk Island was suspended on Friday after a fire broke out in the engine room of the MV Aurelia, the harbour master’s office said.",
            "All 212 passengers & crew were brought ashore by lifeboats, officials said.",
            "The MV Aurelia in Northbay harbour on Friday.",
            "Investigation",
            "Investigators will board the vessel on Saturday.\nThe operator said service could resume next week.",
        ]
    );
    let captions: Vec<&str> = out.captions.iter().map(|c| &out.text[c.range()]).collect();
    assert_eq!(
        captions,
        vec!["The MV Aurelia in Northbay harbour on Friday."]
    );
    let reasons: Vec<&str> = out.removed.iter().map(|r| r.reason).collect();
    assert_eq!(
        reasons,
        vec!["navigation", "header", "ad", "aside", "footer"],
        "{:#?}",
        out.removed
    );
    assert_eq!(out.removed[0].text, "Home World");

    assert_eq!(
        meta.title.as_deref(),
        Some("Ferry Service Suspended After Engine Fire")
    );
    assert_eq!(meta.outlet.as_deref(), Some("The Northbay Courier"));
    assert_eq!(meta.author.as_deref(), Some("Mira Kalnins"));
    assert_eq!(
        meta.published_raw.as_deref(),
        Some("2031-03-14T08:15:00+02:00")
    );
    assert_eq!(meta.published, NaiveDate::from_ymd_opt(2031, 3, 14));
    assert_eq!(
        meta.url.as_deref(),
        Some("https://courier.example/ferry-fire")
    );
    assert_eq!(meta.language.as_deref(), Some("en"));
}

#[test]
fn decoded_characters_map_to_their_reference() {
    let raw = "<p>Kyiv&#8217;s port &amp; Lviv&nbsp;station</p>";
    let (out, _) = run(raw);
    assert_eq!(out.text, "Kyiv’s port & Lviv\u{a0}station");
    let apostrophe = out.text.find('’').unwrap_or(0);
    assert_eq!(
        out.alignment.to_raw(apostrophe),
        raw.find("&#8217;").unwrap_or(0)
    );
    let s = apostrophe + '’'.len_utf8();
    assert_eq!(out.alignment.to_raw(s), raw.find("s port").unwrap_or(0));
    let amp = out.text.find('&').unwrap_or(0);
    assert_eq!(out.alignment.to_raw(amp), raw.find("&amp;").unwrap_or(0));
    let station = out.text.find("station").unwrap_or(0);
    assert_eq!(&raw[out.alignment.to_raw(station)..][..7], "station");
}

#[test]
fn whitespace_collapses_and_maps_back() {
    let raw = "<p>Line one\n      continues\nhere.</p>";
    let (out, _) = run(raw);
    assert_eq!(out.text, "Line one continues here.");
    let here = out.text.find("here").unwrap_or(0);
    assert_eq!(out.alignment.to_raw(here), raw.find("here").unwrap_or(0));
    // The space before "here" stands for a lone newline: it maps to that newline.
    assert_eq!(
        out.alignment.to_raw(here - 1),
        raw.find("\nhere").unwrap_or(0)
    );
}

#[test]
fn broken_markup_is_survived() {
    let raw = "<div><p>First paragraph of the report is here.<p>Second one, unclosed.\
               <ul><li>Item one of the list<li>Item two of the list</ul>\
               <p class=x id='y' data-z=\"a > b\">Third, with odd attributes.</p> 3 < 4 \
               <!-- a comment that never ends";
    let (out, _) = run(raw);
    assert_eq!(
        out.text,
        "First paragraph of the report is here.\n\nSecond one, unclosed.\n\nItem one of the list\n\n\
         Item two of the list\n\nThird, with odd attributes."
    );
    for bad in [
        "<",
        "<p",
        "<p class=\"",
        "</",
        "<!--",
        "&#",
        "&#x;",
        "<script>",
        "<p>a</b></i></p></div>",
        "<<<>>>",
    ] {
        let (out, _) = run(bad);
        assert!(out.text.len() <= bad.len());
    }
}

#[test]
fn link_lists_are_navigation_but_prose_lists_stay() {
    let raw = "<ul><li><a href=/a>Sports</a></li><li><a href=/b>Weather</a></li></ul>\
               <ul><li>Two bridges were closed for inspection.</li></ul>";
    let (out, _) = run(raw);
    assert_eq!(out.text, "Two bridges were closed for inspection.");
    assert_eq!(
        out.removed.len(),
        1,
        "neighbouring removals of one kind merge"
    );
    assert_eq!(
        (out.removed[0].reason, out.removed[0].text.as_str()),
        ("navigation", "Sports\n\nWeather")
    );
}

#[test]
fn loose_text_is_kept_only_when_it_reads_like_prose() {
    let raw = "<body><div>March 14, 2031</div><div>The council approved the budget after a long \
               debate on Thursday evening.</div></body>";
    let (out, _) = run(raw);
    assert_eq!(
        out.text,
        "The council approved the budget after a long debate on Thursday evening."
    );
    assert_eq!(out.removed[0].reason, "layout");
}

#[test]
fn metadata_falls_back_in_order() {
    let raw = "<html><head><title> Storm  Warning &amp; Floods </title></head><body>\
               <time pubdate datetime=\"2031/07/02\">July 2</time><p>Text.</p></body></html>";
    let (_, meta) = run(raw);
    assert_eq!(meta.title.as_deref(), Some("Storm Warning & Floods"));
    assert_eq!(meta.published, NaiveDate::from_ymd_opt(2031, 7, 2));
    assert_eq!(meta.outlet, None);

    let raw = "<html><body><script type=\"application/ld+json\">{\"datePublished\": \"2031-01-05T10:00Z\", \
               \"author\": [{\"@type\": \"Person\", \"name\": \"Ana \\\"Ani\\\" Ros\"}], \"publisher\": \"Vale Post\"}\
               </script><h1>Snow in the Valley</h1><p>Text.</p></body></html>";
    let (_, meta) = run(raw);
    assert_eq!(meta.title.as_deref(), Some("Snow in the Valley"));
    assert_eq!(meta.published, NaiveDate::from_ymd_opt(2031, 1, 5));
    assert_eq!(meta.author.as_deref(), Some("Ana \"Ani\" Ros"));
    assert_eq!(meta.outlet.as_deref(), Some("Vale Post"));

    let mut doc_meta = DocMeta {
        outlet: Some("Given Outlet".into()),
        ..DocMeta::default()
    };
    meta.fill(&mut doc_meta);
    assert_eq!(
        doc_meta.outlet.as_deref(),
        Some("Given Outlet"),
        "given values win"
    );
    assert_eq!(doc_meta.title.as_deref(), Some("Snow in the Valley"));
}

#[test]
fn html_is_told_from_text() {
    assert!(looks_like_html(b"<!DOCTYPE html><html></html>"));
    assert!(looks_like_html(b"\xef\xbb\xbf  \n<html lang=en>"));
    assert!(looks_like_html(
        b"<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"
    ));
    assert!(looks_like_html(b"<div class=\"story\"><p>Hello</p></div>"));
    assert!(!looks_like_html(b"The tag <p> starts a paragraph in HTML."));
    assert!(!looks_like_html(b"Plain report.\n\nSecond paragraph."));
    assert!(!looks_like_html(b"<3 the city"));
}

/// A fictional article page with the furniture of a real one around and inside the article.
const FURNISHED_PAGE: &str = r#"<!DOCTYPE html><html><head><title>Dam Repairs Begin</title></head>
<body class="single-post has-sidebar">
<div class="site">
  <div class="teaser-grid">
    <div class="card"><p>Festival crowds return to the old town square, organisers say, after two quiet years.</p></div>
    <div class="card"><p><a href="/x">Council votes on the new tram line, with a decision due on Monday</a></p></div>
  </div>
  <div class="layout">
    <div class="story-body" itemprop="articleBody">
      <h1>Dam Repairs Begin</h1>
      <div class="lead"><p>Engineers began repairs on the Veld dam on Monday, three weeks after floods cracked its spillway, the regional water board said.</p></div>
      <div class="text-block"><p>The board said the work, which will cost about 4 million euros, should be finished before the spring rains, when the reservoir usually fills.</p>
        <p>Residents of Lower Veld, who were evacuated in March, have been allowed to return, although a boil-water notice remains in force for the valley.</p></div>
      <div class="share-bar"><ul><li>Share on social media</li><li>Email this story to a friend</li></ul></div>
      <div class="text-block"><p>An inspection in April found that the concrete of the spillway, poured in 1962, had weakened, and that two of its gates no longer closed fully.</p>
        <p>The contractor said its crews would work in two shifts, seven days a week, and that traffic on the dam road would be limited to one lane.</p></div>
      <div class="related-stories"><h3>More on this</h3><p>Flood defences: what the new national plan means for towns along the river valley.</p></div>
    </div>
    <div class="sidebar"><p>Subscribe to our morning briefing for the day's news, delivered to your inbox before breakfast, every weekday.</p></div>
  </div>
  <div id="comments" class="comments-area"><p>I drove past the dam yesterday and the whole road was closed, which nobody had announced anywhere.</p>
    <p>About time, the spillway has been crumbling for years and everyone in the valley knew it.</p></div>
  <div style="display:none"><p>Your browser is out of date, so some parts of this website may not work as they should.</p></div>
</div>
</body></html>"#;

#[test]
fn the_article_is_chosen_and_its_furniture_left_out() {
    let (out, _) = run(FURNISHED_PAGE);
    let paragraphs: Vec<&str> = out.text.split("\n\n").collect();
    assert_eq!(
        paragraphs,
        vec![
            "Dam Repairs Begin",
            "Engineers began repairs on the Veld dam on Monday, three weeks after floods cracked its spillway, the regional water board said.",
            "The board said the work, which will cost about 4 million euros, should be finished before the spring rains, when the reservoir usually fills.",
            "Residents of Lower Veld, who were evacuated in March, have been allowed to return, although a boil-water notice remains in force for the valley.",
            "An inspection in April found that the concrete of the spillway, poured in 1962, had weakened, and that two of its gates no longer closed fully.",
            "The contractor said its crews would work in two shifts, seven days a week, and that traffic on the dam road would be limited to one lane.",
        ]
    );
    let reason_of = |needle: &str| {
        out.removed
            .iter()
            .find(|r| r.text.contains(needle))
            .map(|r| r.reason)
    };
    assert_eq!(reason_of("Festival crowds"), Some("boilerplate"));
    assert_eq!(reason_of("Share on social media"), Some("share"));
    assert_eq!(reason_of("Flood defences"), Some("related"));
    assert_eq!(reason_of("I drove past the dam"), Some("boilerplate"));
    assert_eq!(
        reason_of("Your browser is out of date"),
        Some("boilerplate")
    );
}

#[test]
fn furniture_inside_the_chosen_container_goes_with_its_reason() {
    let prose = "The ferry operator said on Friday that sailings between the two islands, which were halted in May, would resume next week.";
    let page = format!(
        "<body><article><p>{prose}</p><p>{prose}</p><p>{prose}</p>\
         <div class=\"comment-list\"><p>{prose} Great news.</p></div>\
         <section class=\"hidden\"><p>Hidden text that no reader sees, but which is long enough to count.</p></section>\
         <div class=\"author-bio\"><p>Mira Kalnins covers the islands.</p></div></article></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [prose, prose, prose].join("\n\n"));
    let reasons: Vec<&str> = out.removed.iter().map(|r| r.reason).collect();
    assert_eq!(reasons, vec!["comments", "hidden", "author box"]);
}

#[test]
fn a_self_closing_svg_title_does_not_swallow_the_page() {
    // Regression: `<title/>` inside an inline SVG icon started a raw-text element that ran to
    // the end of the page, so the article after the icon was lost.
    let raw = "<body><a href=/><svg viewBox=\"0 0 8 8\"><title/><path d=\"M0\"/></svg></a>\
               <p>The bridge reopened to traffic on Sunday morning.</p></body>";
    let (out, _) = run(raw);
    assert_eq!(
        out.text,
        "The bridge reopened to traffic on Sunday morning."
    );
    let (out, _) = run("<p>Before.</p><script/><p>After the empty script.</p>");
    assert_eq!(out.text, "Before.\n\nAfter the empty script.");
}

#[test]
fn an_article_header_is_kept_but_a_page_header_is_not() {
    let raw = "<body><header><p>The Valley Post: news for the valley</p></header><article>\
               <header><p>Lead: the dam is being repaired.</p></header>\
               <p>Repairs began on Monday.</p></article></body>";
    let (out, _) = run(raw);
    assert_eq!(
        out.text,
        "Lead: the dam is being repaired.\n\nRepairs began on Monday."
    );
}

#[test]
fn a_lead_outside_the_article_wrapper_joins_it_but_a_teaser_list_does_not() {
    let body = "The water board said on Monday that the spillway, poured in 1962, had cracked in two places, and that the reservoir would be kept low.";
    let page = format!(
        "<body><ul><li><a href=/a>Home</a></li><li><a href=/b>Region</a></li></ul>\
         <div class=\"intro\"><p>Repairs on the Veld dam began on Monday, three weeks after the floods.</p></div>\
         <div class=\"article-text\"><p>{body}</p><p>{body}</p><p>{body}</p></div>\
         <div class=\"more\"><p><a href=/c>Festival returns to the old town square after two quiet years</a></p></div>\
         <p>Updated 12:40</p></body>"
    );
    let (out, _) = run(&page);
    let paragraphs: Vec<&str> = out.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 4, "{paragraphs:#?}");
    assert!(paragraphs[0].starts_with("Repairs on the Veld dam"));
    assert!(!out.text.contains("Festival"));
    assert!(!out.text.contains("Updated 12:40"));
}

/// A paragraph of article prose for the fixtures below.
const PROSE: &str = "The harbour authority said on Tuesday that the storm had damaged two cranes, three warehouses and the breakwater, and that repairs would take months.";

#[test]
fn an_unclosed_page_header_does_not_swallow_the_article() {
    // Two `<header>` elements that are never closed: read as dropped furniture, they would
    // take the rest of the page with them.
    let page = format!(
        "<body><header class=\"site\"><p><a href=/>Home</a></p>\
         <header class=\"bar\"><p><a href=/news>News</a></p>\
         <div class=\"story\"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE, PROSE].join("\n\n"));
    // A header that is closed is still dropped.
    let (out, _) = run(&format!(
        "<body><header><p>The Harbour Gazette, news of the port and the bay since 1921.</p></header>\
         <div><p>{PROSE}</p><p>{PROSE}</p></div></body>"
    ));
    assert_eq!(out.text, [PROSE, PROSE].join("\n\n"));
}

#[test]
fn an_element_that_cannot_be_in_the_head_starts_the_body() {
    let page = format!(
        "<html><head><title>Storm</title><div class=\"modal\"></div>\
         <script>var a = 1;</script><p>{PROSE}</p><p>{PROSE}</p></html>"
    );
    let (out, meta) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE].join("\n\n"));
    assert_eq!(meta.title.as_deref(), Some("Storm"));
}

#[test]
fn noscript_content_is_read_as_markup() {
    // Some blogs put the post in a script template and again in `<noscript>`.
    let page = format!(
        "<body><div class=\"post-body\"><script type=\"text/template\"><p>{PROSE}</p></script>\
         <noscript><p>{PROSE}</p><p>{PROSE}</p></noscript></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE].join("\n\n"));
}

#[test]
fn a_comments_heading_ends_the_article_but_a_related_box_only_itself() {
    let page = format!(
        "<body><div class=\"story\"><p>{PROSE}</p><p>{PROSE}</p>\
         <h3>Related</h3><ul><li><a href=/a>Cranes ordered for the new container terminal</a></li>\
         <li><a href=/b>Breakwater repairs delayed by winter storms</a></li></ul>\
         <p>The port reopened to shipping on Thursday, after divers had checked the channel for debris.</p>\
         <h3>3 Comments</h3><p>Finally some good news for the dock workers of this town, who waited long.</p>\
         <p>Advertise with the most read port news site in the region, with fully flexible packages.</p>\
         </div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(
        out.text,
        [
            PROSE,
            PROSE,
            "The port reopened to shipping on Thursday, after divers had checked the channel for debris."
        ]
        .join("\n\n")
    );
}

#[test]
fn class_words_are_found_in_camel_case_and_compounds() {
    assert_eq!(
        select::node_hints("div", &[("class".into(), "articleFooter".into())]).2,
        Some("footer")
    );
    assert_eq!(
        select::node_hints("div", &[("class".into(), "entryfooter".into())]).2,
        Some("footer")
    );
    assert_eq!(
        select::node_hints("div", &[("class".into(), "rightsidebar".into())]).2,
        Some("sidebar")
    );
    assert_eq!(
        select::node_hints("div", &[("class".into(), "post-author-bio".into())]).2,
        Some("author box")
    );
    assert_eq!(
        select::node_hints("div", &[("class".into(), "relatedPosts".into())]).2,
        Some("related")
    );
    // "Has a sidebar" and "with sidebar" are layout words, not furniture.
    assert_eq!(
        select::node_hints("div", &[("class".into(), "hasSidebar".into())]).2,
        None
    );
    assert_eq!(
        select::node_hints("div", &[("class".into(), "page--wsidebar".into())]).2,
        None
    );
    assert_eq!(
        select::node_hints("div", &[("class".into(), "StoryBody".into())]).2,
        None
    );
    // Standard semantics: contact details, the site banner, a search box, a dialog.
    let role = |value: &str| vec![("role".to_string(), value.to_string())];
    assert_eq!(select::node_hints("address", &[]).2, Some("meta"));
    // An opinion piece is not a comment.
    let class = |value: &str| vec![("class".to_string(), value.to_string())];
    assert_eq!(select::node_hints("div", &class("commentary-body")).2, None);
    assert_eq!(
        select::node_hints("div", &class("comment-body")).2,
        Some("comments")
    );
    assert_eq!(select::node_hints("div", &role("banner")).2, Some("header"));
    assert_eq!(
        select::node_hints("div", &role("search")).2,
        Some("navigation")
    );
    assert_eq!(select::node_hints("div", &role("dialog")).2, Some("popup"));
}

#[test]
fn a_wrapper_named_like_furniture_that_holds_the_article_is_not_furniture() {
    // "Banner" in a layout wrapper's name: the wrapper still holds all the prose.
    let page = format!(
        "<body><div class=\"nav-links\"><p><a href=/a>Home</a> <a href=/b>Sport</a></p></div>\
         <div class=\"PageWideBannerPlaceHolder\"><div class=\"StoryBody\">\
         <p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></div>\
         <div class=\"col\"><p>Sign in to read more of the stories of this town.</p></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE, PROSE].join("\n\n"));
}

#[test]
fn a_teaser_list_longer_than_the_article_is_still_left_out() {
    // Each teaser is a linked title and a summary in a list item: more text than the article,
    // but no scoring prose.
    let teaser = "<li><a href=/x>Storm season ahead</a> The weather service expects more storms than usual along the coast this autumn, forecasters said, and urged ports to prepare early.</li>";
    let page = format!(
        "<body><div class=\"entry\"><p>{PROSE}</p><p>{PROSE}</p>\
         <ul class=\"related_post\">{}</ul></div></body>",
        teaser.repeat(4)
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE].join("\n\n"));
}

#[test]
fn a_lead_named_teaser_is_kept_and_joins_across_a_date_line() {
    let lead = "Storm damage at the harbour is worse than first thought, the authority said, as divers found cracks in the breakwater.";
    let page = format!(
        "<body><div class=\"teaser-text\"><p>{lead}</p></div>\
         <p class=\"date\">12 March 2031</p><p>By Mira Kalnins</p>\
         <div class=\"article\"><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>\
         <div class=\"teaser-list\"><p><a href=/a>Cranes ordered for the new container terminal in the south harbour</a></p></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [lead, PROSE, PROSE, PROSE].join("\n\n"));
}

#[test]
fn bare_addresses_count_as_links() {
    // Microdata spans hold image addresses and sizes as text; they are not prose to score.
    let data = "<span itemprop=\"url\">https://port.example/uploads/2031/03/crane-damage-after-the-storm.jpg</span> <span>890</span> <span>1484</span> <span itemprop=\"name\">Mira Kalnins</span>";
    let page = format!(
        "<body><div class=\"slides\"><div>{data}</div><div>{data}</div><div>{data}</div><div>{data}</div></div>\
         <div class=\"story\"><p>{PROSE}</p><p>{PROSE}</p></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE].join("\n\n"));
}

#[test]
fn a_link_left_open_ends_at_the_next_link() {
    // Browsers close an open `<a>` when another starts; otherwise all that follows would be
    // link text, and the article a link list.
    let page = format!(
        "<body><div class=\"story\"><p>See <a href=/a>the report<a href=/b>the annex</a> for details.</p>\
         <p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(
        out.text,
        ["See the reportthe annex for details.", PROSE, PROSE, PROSE].join("\n\n")
    );
}

#[test]
fn a_related_line_that_is_not_a_heading_also_closes_its_box() {
    let page = format!(
        "<body><div class=\"story\"><p>{PROSE}</p><p>{PROSE}</p>\
         <p><strong>Read more</strong></p>\
         <p>Ferry timetable</p><p><a href=/b>Breakwater repairs delayed by winter storms</a></p>\
         <p>{PROSE}</p></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE, PROSE].join("\n\n"));
}

#[test]
fn screen_reader_text_is_hidden() {
    let page = format!(
        "<body><div class=\"story\"><p>{PROSE}</p>\
         <p><span class=\"screen-reader-text\">Opens in a new window and shares the story</span></p>\
         <p>{PROSE}</p><p class=\"sr-only\">Skip to the comments of this story and the replies</p></div></body>"
    );
    let (out, _) = run(&page);
    assert_eq!(out.text, [PROSE, PROSE].join("\n\n"));
}

/// Fragments of markup for generated pages.
const FRAGMENTS: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<li>",
    "<ul>",
    "</ul>",
    "<nav>",
    "</nav>",
    "<script>",
    "</script>",
    "<figcaption>",
    "</figcaption>",
    "<a href=x>",
    "</a>",
    "&amp;",
    "&#8217;",
    "&nbsp;",
    "&bogus;",
    "&#x1F6A2;",
    "<!--",
    "-->",
    "<h1>",
    "</h1>",
    "\n  \n",
    "Advertisement",
    "Related",
    "Photo: Courier",
    "The council met on Monday.",
    "Kyiv’s 🚢 port",
    " ",
    "<",
    ">",
    "\"",
    "<p class='a",
    "<title>",
    "</title>",
    "<header>",
    "<meta content=\"x\">",
    "<article>",
    "</article>",
    "<div class=\"comment-list\">",
    "<div class='story-body'>",
    "<section style=\"display: none\">",
    "</section>",
    "<svg><title/>",
    "<noscript>",
    "</noscript>",
    "<h3>Comments</h3>",
    "<h2>Related</h2>",
    "<div class=\"entryFooter\">",
    "https://port.example/a.jpg",
    "</svg>",
    "The harbour authority, which runs the port, said on Tuesday that the storm had damaged two cranes, three warehouses and the breakwater.",
];

fn page() -> impl Strategy<Value = String> {
    let part = prop_oneof![4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string), 1 => "\\PC{0,12}"];
    proptest::collection::vec(part, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn generated_pages_keep_a_true_alignment(raw in page()) {
        let (out, _) = clean_html(&raw);
        check_alignment(&raw, &out);
    }

    #[test]
    fn arbitrary_input_never_panics(raw in "[<>/!&#;a-z0-9 =\"'\n-]{0,200}") {
        let (out, _) = clean_html(&raw);
        check_alignment(&raw, &out);
        let (out, _) = crate::clean(&raw);
        check_alignment(&raw, &out);
    }

    #[test]
    fn any_string_never_panics(raw in any::<String>()) {
        let (out, _) = clean_html(&raw);
        check_alignment(&raw, &out);
    }
}

/// `SITREP_EXPLAIN=page.html cargo test -p sitrep-ingest explain_page -- --ignored --nocapture`
#[test]
#[ignore = "a tuning aid, not a test"]
fn explain_page() {
    if let Ok(path) = std::env::var("SITREP_EXPLAIN") {
        let bytes = std::fs::read(path).expect("page");
        let (text, _) = crate::read::decode(&bytes);
        println!("{}", explain(&text));
    }
}

#[test]
fn the_outlets_name_after_a_title_is_not_part_of_it() {
    let page = "<html><head><title>Bridge Reopens After Repairs | The Northbay Courier</title>\
                <meta property=\"og:site_name\" content=\"The Northbay Courier\"></head>\
                <body><article><p>The bridge reopened on Monday after three weeks of repairs to its deck.</p></article></body></html>";
    let (_, meta) = run(page);
    assert_eq!(meta.title.as_deref(), Some("Bridge Reopens After Repairs"));
    let (_, meta) = run("<html><head><title>Harbour Report - Weekly</title></head><body><p>Text of the report.</p></body></html>");
    assert_eq!(meta.title.as_deref(), Some("Harbour Report - Weekly"), "no outlet known: the title stays");
}
