//! Tests of plain-text cleaning on fictional news texts written for these tests.

use super::*;
use crate::units::check_alignment;
use proptest::prelude::*;

fn clean(raw: &str) -> CleanText {
    let out = clean_plain_text(raw);
    check_alignment(raw, &out);
    out
}

fn reasons(out: &CleanText) -> Vec<(&'static str, String)> {
    out.removed
        .iter()
        .map(|r| (r.reason, r.text.clone()))
        .collect()
}

fn caption_texts(out: &CleanText) -> Vec<&str> {
    out.captions.iter().map(|c| &out.text[c.range()]).collect()
}

/// A fictional report with every kind of furniture a scraped page leaves behind.
const HARBOUR: &str = "\
Harbour authorities in the coastal city of Velmora closed the northern port on Tuesday after a storm surge flooded three container terminals, the regional transport ministry said. \u{a0}

The ministry said about 40 vessels were waiting offshore and that the port would stay closed until engineers had inspected the flood barriers.

ADVERTISEMENT

Port director Anika Soler told reporters the surge had reached 2.4 metres above the normal tide line, the highest level recorded at the container terminals since 1998.

Why Lighthouse Keepers Still Matter: A Short History
You may also like

Why Lighthouse Keepers Still Matter: A Short History

Every autumn the island villages celebrate a festival of lanterns, painting boats in bright colours and singing songs that date back centuries to medieval fishing guilds.

Flooded container terminal in Velmora port on Tuesday, with vessels waiting offshore. Photo: Velmora Port Authority

Soler said insurers had been asked to send assessors to the port and that the ministry expected the terminals to reopen within a week if the flood barriers held.



Spotted a mistake? To suggest a correction, contact the news desk
Select the text and press Ctrl + Enter
";

#[test]
fn the_harbour_report_is_cleaned() {
    let out = clean(HARBOUR);
    let got = reasons(&out);
    assert!(got.contains(&("ad", "ADVERTISEMENT".into())), "{got:#?}");
    assert!(
        got.iter().any(|(r, t)| *r == "related"
            && t.starts_with("Why Lighthouse")
            && t.ends_with("You may also like")),
        "title and marker go together: {got:#?}"
    );
    assert!(got.contains(&(
        "repeated_headline",
        "Why Lighthouse Keepers Still Matter: A Short History".into()
    )));
    assert!(
        got.iter()
            .any(|(r, t)| *r == "related" && t.starts_with("Every autumn")),
        "teaser: {got:#?}"
    );
    assert!(
        got.iter()
            .any(|(r, t)| *r == "footer" && t.ends_with("press Ctrl + Enter")),
        "{got:#?}"
    );
    assert_eq!(out.removed.len(), 5, "{got:#?}");

    let paragraphs: Vec<&str> = out.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 5, "{}\n{got:#?}", out.text);
    assert!(
        paragraphs[0].starts_with("Harbour authorities")
            && paragraphs[0].ends_with("ministry said.")
    );
    assert!(paragraphs[3].starts_with("Flooded container terminal"));
    assert!(paragraphs[4].starts_with("Soler said insurers"));
    assert_eq!(caption_texts(&out), vec![paragraphs[3]]);
}

#[test]
fn kept_lines_are_verbatim_and_removed_spans_point_at_the_raw_text() {
    let out = clean(HARBOUR);
    for r in &out.removed {
        if !r.text.contains('\n') {
            assert_eq!(&HARBOUR[r.raw_span.range()], r.text);
        }
    }
    // Trailing spaces (here a no-break space) are left out by where the segment ends.
    assert!(!out.text.contains('\u{a0}'));
}

#[test]
fn ad_markers_are_removed() {
    let raw = "Rescue teams reached the village of Ostrava Nova on Sunday.\n\nAdvertisement\n\n\
               The road had been blocked for two days.\nSponsored\nOfficials blamed the rain.\n\n\
               Story continues below advertisement\n\nAd\n\nThree people were missing, police said.";
    let out = clean(raw);
    assert_eq!(
        out.text,
        "Rescue teams reached the village of Ostrava Nova on Sunday.\n\n\
         The road had been blocked for two days.\nOfficials blamed the rain.\n\n\
         Three people were missing, police said."
    );
    assert!(out.removed.iter().all(|r| r.reason == "ad"));
    assert_eq!(out.removed.len(), 3, "{:#?}", out.removed);
}

/// A report whose paragraphs share vocabulary, as the paragraphs of one story do.
const COUNCIL: &str = "\
The city council of Brennick voted on Monday to close the old river bridge to heavy trucks after inspectors found cracks in two of its steel supports.

Council member Ilse Varga said the bridge inspectors had warned in March that the supports were corroding and that trucks should be diverted to the ring road.

Haulage companies in Brennick criticised the decision, saying the detour would add forty minutes to every delivery and raise costs for shops in the old town.";

#[test]
fn a_teaser_that_fits_the_article_is_kept() {
    let raw = format!(
        "{COUNCIL}\n\nRelated\nBridge Repairs Delayed Again\n\n\
         The council said repairs to the river bridge supports would start in May, and trucks \
         would use the ring road until inspectors approve the steel work.\n\nThe vote passed 9 to 2."
    );
    let out = clean(&raw);
    let got = reasons(&out);
    assert_eq!(
        got,
        vec![("related", "Related\nBridge Repairs Delayed Again".into())]
    );
    assert!(
        out.text.contains("The council said repairs"),
        "on-topic paragraph kept"
    );
    assert!(out.text.ends_with("The vote passed 9 to 2."));
}

#[test]
fn a_title_echoed_around_the_marker_frames_its_teaser_even_on_topic() {
    let raw = format!(
        "{COUNCIL}\n\nBridge Repairs Delayed Again\nOther Topics of Interest\n\nBridge Repairs Delayed Again\n\n\
         The council said repairs to the river bridge supports would start in May, and trucks \
         would use the ring road until inspectors approve the steel work.\n\nThe vote passed 9 to 2."
    );
    let out = clean(&raw);
    assert!(!out.text.contains("The council said repairs"), "the framed teaser goes: {:?}", reasons(&out));
    assert!(out.text.ends_with("The vote passed 9 to 2."), "the article goes on after it");
    assert!(out.text.contains("Council member Ilse Varga"));
}

#[test]
fn a_list_holding_the_headline_or_a_card_without_teaser_takes_no_article_paragraph() {
    // A list of several titles, one of them the title before the marker.
    let raw = format!(
        "{COUNCIL}\n\nBridge Repairs Delayed Again\nOther Topics of Interest\n\nBridge Repairs Delayed Again\nOrchestra Opens Winter Season\n\n\
         The council said repairs to the river bridge supports would start in May, and trucks \
         would use the ring road until inspectors approve the steel work.\n\nThe vote passed 9 to 2."
    );
    assert!(clean(&raw).text.contains("The council said repairs"));
    // A card with no teaser: the article goes on.
    let raw = format!(
        "{COUNCIL}\n\nBridge Repairs Delayed Again\nOther Topics of Interest\n\nBridge Repairs Delayed Again\n\n\
         She said the supports would be replaced before the winter.\n\nThe vote passed 9 to 2."
    );
    assert!(clean(&raw).text.contains("She said the supports"));
}

#[test]
fn a_paragraph_of_fresh_detail_after_a_related_title_is_kept() {
    // Few of its words occur elsewhere in the article, but none in the teaser title either.
    let raw = format!(
        "{COUNCIL}\n\nRelated\nOrchestra Opens Winter Season\n\n\
         Engineers from a private firm arrived by boat on Tuesday evening with welding gear.\n\n\
         The vote passed 9 to 2."
    );
    let out = clean(&raw);
    assert_eq!(
        reasons(&out),
        vec![("related", "Related\nOrchestra Opens Winter Season".into())]
    );
    assert!(out.text.contains("Engineers from a private firm"));
}

#[test]
fn inline_related_markers_take_their_off_topic_teaser() {
    let raw = format!(
        "{COUNCIL}\n\nRead more: Orchestra Opens Winter Season\n\n\
         The symphony opened its winter season with a programme of baroque concertos and a new \
         piece for cello and choir by a young composer.\n\n\
         Varga said the council would review the bridge inspectors' report again in June."
    );
    let out = clean(&raw);
    let got = reasons(&out);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].0, "related");
    assert!(
        got[0].1.starts_with("Read more: Orchestra")
            && got[0].1.ends_with("cello and choir by a young composer.")
    );
    assert!(out
        .text
        .ends_with("review the bridge inspectors' report again in June."));
}

#[test]
fn related_lists_take_several_titles() {
    let raw = format!(
        "{COUNCIL}\n\nRelated articles\nMayor Unveils Budget for Parks\nNew Tram Line Opens in the East\n\
         Schools Prepare for Exams\n\nThe council will meet again on Thursday to discuss the bridge."
    );
    let out = clean(&raw);
    assert_eq!(out.removed.len(), 1);
    assert_eq!(out.removed[0].reason, "related");
    assert!(out.removed[0].text.ends_with("Schools Prepare for Exams"));
    assert!(out.text.ends_with("to discuss the bridge."));
}

#[test]
fn a_related_marker_without_titles_takes_no_prose() {
    let raw = format!(
        "{COUNCIL}\n\nRead more\n\nThe council will meet again on Thursday to discuss the bridge."
    );
    let out = clean(&raw);
    assert_eq!(reasons(&out), vec![("related", "Read more".into())]);
    assert!(out.text.ends_with("to discuss the bridge."));
}

#[test]
fn footers_are_removed_with_their_kind() {
    let raw = format!(
        "{COUNCIL}\n\nShare this article\nFacebook\nTwitter\nEmail\n\n\
         Subscribe to our newsletter\nSign up for our morning briefing\n\n\
         Follow us on Telegram\n\n© 2031 Brennick Evening Post. All rights reserved.\n\
         Click here to read our privacy policy\n\nComments\n\n12 comments"
    );
    let out = clean(&raw);
    assert_eq!(out.text, COUNCIL);
    let got: Vec<(&str, &str)> = out
        .removed
        .iter()
        .map(|r| (r.reason, r.text.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("share", "Share this article\nFacebook\nTwitter\nEmail"),
            ("newsletter", "Subscribe to our newsletter\nSign up for our morning briefing"),
            ("share", "Follow us on Telegram"),
            (
                "footer",
                "© 2031 Brennick Evening Post. All rights reserved.\nClick here to read our privacy policy\n\nComments\n\n12 comments"
            ),
        ]
    );
}

#[test]
fn widget_words_alone_are_kept() {
    let raw = "Telegram\n\nThe messaging app was blocked in the region on Friday, officials said.";
    let out = clean(raw);
    assert_eq!(out.text, raw);
    assert!(out.removed.is_empty());
}

#[test]
fn a_repeated_headline_is_removed_once() {
    let raw = format!("Brennick Closes River Bridge to Trucks\n\n{COUNCIL}\n\nBrennick Closes River Bridge to Trucks");
    let out = clean(&raw);
    assert!(out
        .text
        .starts_with("Brennick Closes River Bridge to Trucks\n\nThe city council"));
    assert_eq!(
        reasons(&out),
        vec![(
            "repeated_headline",
            "Brennick Closes River Bridge to Trucks".into()
        )]
    );
}

#[test]
fn captions_are_marked_not_removed() {
    let cases: &[(&str, &str)] = &[
        (
            "Firefighters at the depot on Monday. Photo: Brennick Fire Service",
            "Photo:",
        ),
        (
            "Firefighters at the depot on Monday (Photo: Brennick Fire Service)",
            "(Photo:",
        ),
        (
            "Firefighters at the depot on Monday. Photo by Lena Marsh/Evening Post",
            "Photo by",
        ),
        ("Caption: Firefighters at the depot on Monday.", "Caption:"),
        (
            "Smoke over the depot, seen from the ring road\nPhoto: Evening Post",
            "credit line",
        ),
        (
            "Smoke over the depot on Monday. Brennick Fire Service via Reuters",
            "via",
        ),
        (
            "The depot after the fire (Brennick Fire Service via AP)",
            "(via AP)",
        ),
        (
            "The burnt depot seen from space on Tuesday. Source: Orbis satellite imagery",
            "Source:",
        ),
        (
            "Firefighters at the depot. Courtesy of the Brennick Fire Service",
            "Courtesy",
        ),
        (
            "A drone flies over the depot. Video: Evening Post",
            "Video:",
        ),
    ];
    for (caption, what) in cases {
        let raw = format!("{COUNCIL}\n\n{caption}\n\nThe fire was put out by noon.");
        let out = clean(&raw);
        assert_eq!(caption_texts(&out), vec![*caption], "{what}");
        assert!(out.text.contains(caption), "{what}: caption kept");
    }
}

#[test]
fn a_short_line_before_a_credit_paragraph_is_part_of_the_caption() {
    let raw = format!("{COUNCIL}\n\nInspectors on the river bridge in March\n\nPhoto: Evening Post\n\nThe vote passed.");
    let out = clean(&raw);
    assert_eq!(
        caption_texts(&out),
        vec!["Inspectors on the river bridge in March\n\nPhoto: Evening Post"]
    );
}

#[test]
fn a_paragraph_labelled_photo_is_a_caption() {
    let caption = "Photo: Inspectors under the river bridge in Brennick on March 3, in a still from a video released by the city council. (Screenshot)";
    let raw = format!("{COUNCIL}\n\n{caption}\n\nThe vote passed.");
    let out = clean(&raw);
    assert_eq!(caption_texts(&out), vec![caption]);
}

#[test]
fn prose_that_mentions_photos_or_videos_is_not_a_caption() {
    for text in [
        "The minister said in a video: “We will rebuild the bridge.”",
        "The images were distributed via Reuters.",
        "Officials published a photo: it showed the cracked support.",
        "Reporters asked about the photo by the river, but officials declined to comment on it or on the inspection report that they had received in March from the engineering firm.",
    ] {
        let raw = format!("{COUNCIL}\n\n{text}");
        let out = clean(&raw);
        assert!(out.captions.is_empty(), "{text}: {:?}", caption_texts(&out));
        assert!(out.text.ends_with(text));
    }
}

/// Fictional prose with short lines, subheads, quotes and words that look like markers.
const PLAIN_ARTICLE: &str = "\
Flood Season Begins Early

Heavy rain swept across the Liran valley on Wednesday, forcing the evacuation of two villages and closing the main highway for several hours.

“We have never seen the river rise this fast,” said Tomas Eld, the head of the valley's emergency service.

Evacuations
Residents of the lower village were moved to a school in the hills. Read more than a dozen accounts and the same story emerges: the warning came late.

The regional government said it would publish a full report.
The ad campaign that urged residents to prepare had run for only a week.

Related costs are expected to exceed last year's, the finance office said.

Copyright claims from the broadcaster over the flood footage were dropped.

Photos of the flooded square circulated widely on Thursday.";

#[test]
fn normal_prose_is_never_dropped() {
    let out = clean(PLAIN_ARTICLE);
    assert_eq!(out.text, PLAIN_ARTICLE, "removed: {:#?}", out.removed);
    assert!(out.removed.is_empty());
    assert!(out.captions.is_empty(), "{:?}", caption_texts(&out));
}

#[test]
fn blank_runs_collapse_and_line_endings_are_handled() {
    let raw =
        "  First paragraph line one.  \r\nline two.\r\n\r\n\r\n\r\n\tSecond paragraph.\t\n\n\n";
    let out = clean(raw);
    assert_eq!(
        out.text,
        "First paragraph line one.\nline two.\n\nSecond paragraph."
    );
    assert_eq!(out.alignment.to_raw(0), 2);
    let second = out.text.find("Second").unwrap_or(0);
    assert_eq!(&raw[out.alignment.to_raw(second)..][..6], "Second");
}

#[test]
fn empty_and_blank_inputs_give_empty_text() {
    for raw in ["", "\n\n", "   \r\n\t"] {
        let out = clean(raw);
        assert!(out.text.is_empty());
        assert!(out.captions.is_empty() && out.removed.is_empty());
    }
}

/// Lines that exercise every rule, for generated documents.
const LINE_POOL: &[&str] = &[
    "Advertisement",
    "Related",
    "Read more: Orchestra Opens Winter Season",
    "Why Lighthouse Keepers Still Matter",
    "The council voted on Monday to close the bridge to trucks.",
    "Inspectors found cracks in two of its steel supports, officials said.",
    "Every autumn the island villages celebrate a festival of lanterns.",
    "Smoke over the depot. Photo: Evening Post",
    "Photo: Evening Post",
    "Caption: Firefighters at work",
    "Share this article",
    "Facebook",
    "© 2031 Evening Post",
    "Kyiv’s port — “closed” ½ 🚢",
    "   ",
    "",
    "(via AP)",
    "via ",
    "Photo:",
];

fn document() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        3 => proptest::sample::select(LINE_POOL).prop_map(str::to_string),
        1 => "\\PC{0,40}",
    ];
    let sep =
        proptest::sample::select(&["\n", "\n\n", "\r\n", " \n", "\n \n\n", "\r", "\u{a0}\n"][..]);
    proptest::collection::vec((line, sep), 0..24).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(l, s)| [l, s.to_string()])
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn alignment_holds_on_generated_documents(raw in document()) {
        let out = clean_plain_text(&raw);
        check_alignment(&raw, &out);
        // Every kept byte other than paragraph breaks is covered by a verbatim segment.
        let covered: usize = out.alignment.segments().iter().map(|s| s.len).sum();
        let breaks = out.text.matches("\n\n").count() * 2;
        let newlines = out.text.matches('\n').count();
        prop_assert!(covered + breaks >= out.text.len().saturating_sub(newlines));
    }

    #[test]
    fn cleaning_never_panics(raw in "\\PC*") {
        let out = clean_plain_text(&raw);
        check_alignment(&raw, &out);
    }

    #[test]
    fn cleaning_never_panics_on_any_chars(raw in any::<String>()) {
        let out = clean_plain_text(&raw);
        check_alignment(&raw, &out);
    }
}

#[test]
fn end_of_story_marks_are_footers() {
    for mark in ["(END)", "-END-", "- End -"] {
        let raw = format!("{COUNCIL}\n\n{mark}\n");
        let out = clean(&raw);
        assert_eq!(out.text, COUNCIL, "{mark}");
        assert_eq!(reasons(&out), vec![("footer", mark.to_string())], "{mark}");
    }
}
