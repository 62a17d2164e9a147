//! Which blocks of a page are its main text: content scoring over the element tree.
//!
//! The scanner in `html.rs` cuts the page into blocks (units) and records, for every element,
//! a [`Node`]: its parent, where its subtree ends, and what its tag and `class`/`id` hint. This
//! module then picks the element that holds the article, in the manner of Readability:
//!
//! 1. Every block of prose (enough characters, few of them in links) gives its container's
//!    parent a score (one point, one per comma, one per 100 characters up to three) and
//!    shares of it to the elements above; link-heavy blocks give nothing.
//! 2. An element's score is then scaled by how little of its text is in links, and shifted by
//!    its tag (`<article>`, `<main>`, `itemprop="articleBody"` up; lists and headings down) and
//!    by its `class`/`id` words ("content", "story" up; "comment", "related", "sidebar" down;
//!    words are cut at punctuation and camel case, "entryFooter" is "entry" "footer"). A
//!    subtree named like furniture that holds most of the page's prose is not furniture (a
//!    layout wrapper called "...BannerPlaceHolder"), nor is a "teaser" box of prose without
//!    links (a lead).
//! 3. The best element is the main container. Its siblings join it when they score well
//!    enough themselves or are prose paragraphs, since articles are often split over several
//!    wrappers.
//!    A wrapper that scores nearly as well (or adds prose with few links) replaces the best
//!    element, and so does the nearest common wrapper of the best element and at least two
//!    close runners-up (an article cut into sections).
//! 4. Inside what was chosen, subtrees whose words say they are comments, related links, share
//!    bars, sidebars, footers, newsletter boxes, ads or hidden are left out, unless they hold
//!    most of the text and most of the prose, and so are blocks that are mostly a link. A
//!    heading such as "Comments" or "Leave a reply" ends the article within its container; a
//!    "Related" heading leaves out the links and short lines after it, up to the next prose
//!    paragraph or heading.
//! 5. At the edges, prose paragraphs right before and after the chosen blocks join them (before
//!    them, also across up to three short lines: the title, a date, a byline, which stay out),
//!    and short lines after the last sentence of the article (a date, "Contact:") leave.
//!
//! Everything else is removed with the reason "boilerplate" (or the subtree's reason). A page
//! with too little prose to judge keeps all its blocks: a small page is all article.

/// An element of the page, in document order (a node's subtree is `index..end`).
#[derive(Clone, Debug)]
pub(super) struct Node {
    pub parent: Option<usize>,
    /// One past the last node of the subtree.
    pub end: usize,
    /// Score offset from the tag and its `class`/`id`/`itemprop` words.
    pub weight: f32,
    /// Score factor from the tag and its words (`<article>`, "content" up; "comment" down).
    pub factor: f32,
    /// Why the subtree is furniture, from its words or attributes (`None`: no such sign).
    pub furniture: Option<&'static str>,
}

/// What the selection needs to know of a block.
#[derive(Clone, Copy, Debug)]
pub(super) struct Block {
    /// The innermost block-level element the text is in.
    pub node: Option<usize>,
    pub chars: usize,
    pub link_chars: usize,
    pub commas: usize,
    /// The front end already judged the block furniture (a link list, a loose label).
    pub preset: bool,
    /// The front end's judgement is only that the block is short text outside a paragraph.
    pub loose: bool,
    /// A list item: reference lists and link lists are long, so items do not score.
    pub item: bool,
    /// The block ends like a sentence (`.`, `!`, `?`, a closing quote after one).
    pub sentence: bool,
    /// A heading (`<h1>` to `<h6>`).
    pub heading: bool,
    /// A heading that opens what follows the article: "Comments", "Related articles", "Tags".
    pub closing: Option<Closing>,
}

/// What a closing heading leaves out after it, within its container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Closing {
    /// Links and short lines up to the next paragraph of prose or heading ("Related
    /// articles"): a box of teasers can stand in the middle of an article.
    Related,
    /// Everything ("Comments", "Leave a reply").
    Rest,
}

/// What the selection says of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    /// The page is too small to judge: the front end's decision stands.
    Undecided,
    /// Inside the main text.
    Main,
    /// Outside it, for this reason.
    Out(&'static str),
}

const ARTICLE_FACTOR: f32 = 1.3;
const MAIN_FACTOR: f32 = 1.2;
const BODY_FACTOR: f32 = 2.0;
const POSITIVE_FACTOR: f32 = 1.5;
const NEGATIVE_FACTOR: f32 = 0.5;

/// Runners-up within this share of the best score ...
const RUNNER_UP_SHARE: f32 = 0.3;
/// ... among this many ...
const RUNNERS_UP: usize = 5;
/// ... of which this many share a wrapper with the best make the wrapper the main container.
const MIN_RUNNERS_UP: usize = 2;

/// Inside the main text, a block with this share of its characters in links is a teaser.
const LINK_BLOCK_SHARE: f32 = 0.9;

/// A parent scoring this share of the best node's score, with few links in what it adds,
/// replaces it.
const PARENT_SHARE: f32 = 0.6;

/// ... or that adds this share of the best node's prose.
const PARENT_PROSE_SHARE: f32 = 0.5;

/// A paragraph this long (in characters) next to the main text can join it.
const EDGE_PROSE_CHARS: usize = 50;

/// Before the main text, at most this many short lines (each under this many characters) can
/// stand between it and a lead paragraph that joins it.
const EDGE_SKIP: usize = 3;
const EDGE_SKIP_CHARS: usize = 160;

/// A block this long (in characters) is prose for the tail trim.
const TAIL_PROSE_CHARS: usize = 30;

/// A "related" box with this much prose and next to no links is a lead, not furniture.
const LEAD_PROSE_CHARS: usize = 100;

/// Blocks shorter than this do not score.
const MIN_SCORING_CHARS: usize = 25;
/// Below this much scoring prose on a page, everything is kept.
const MIN_PAGE_PROSE: usize = 200;
/// A sibling joins the main container when it scores this share of the container's score.
const SIBLING_SHARE: f32 = 0.2;

/// Decides, per block, whether it is outside the main text and why (`None`: main text).
pub(super) fn select(nodes: &[Node], blocks: &[Block]) -> Vec<Verdict> {
    let n = nodes.len();
    let mut decisions = vec![Verdict::Undecided; blocks.len()];
    if n == 0 || blocks.is_empty() {
        return decisions;
    }
    // Text and link text per subtree.
    let mut text = vec![0usize; n];
    let mut links = vec![0usize; n];
    let mut score = vec![0f32; n];
    let mut scored = vec![false; n];
    let mut prose = 0usize;
    // Characters of scoring prose per subtree.
    let mut prose_in = vec![0usize; n];
    for b in blocks {
        let mut at = b.node;
        while let Some(i) = at {
            text[i] += b.chars;
            links[i] += b.link_chars;
            at = nodes[i].parent;
        }
        if b.preset || b.item || b.chars < MIN_SCORING_CHARS {
            continue;
        }
        let density = b.link_chars as f32 / b.chars.max(1) as f32;
        if density > 0.5 {
            continue;
        }
        prose += b.chars;
        let mut at = b.node;
        while let Some(i) = at {
            prose_in[i] += b.chars;
            at = nodes[i].parent;
        }
        let s =
            (1.0 + b.commas.min(10) as f32 + (b.chars as f32 / 100.0).min(3.0)) * (1.0 - density);
        let mut at = b.node.and_then(|i| nodes[i].parent);
        let mut level = 0usize;
        while let Some(i) = at {
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[i] += s / divider;
            scored[i] = true;
            level += 1;
            if level > 4 {
                break;
            }
            at = nodes[i].parent;
        }
    }
    if prose < MIN_PAGE_PROSE {
        return decisions;
    }
    // Furniture by its own words or an ancestor's; nodes come after their parents.
    // Words on a wrapper of most of the page ("has-sidebar" on a layout div) say nothing.
    let page_text = text.iter().copied().max().unwrap_or(0);
    // "Teaser" and "more" also name an article's lead: a "related" box of prose without links
    // is not one.
    let furniture: Vec<Option<&'static str>> = (0..n)
        .map(|i| {
            let lead = nodes[i].furniture == Some("related")
                && links[i] * 10 < text[i]
                && prose_in[i] >= LEAD_PROSE_CHARS;
            if lead {
                None
            } else {
                nodes[i].furniture
            }
        })
        .collect();
    let mut in_furniture = vec![false; n];
    for i in 0..n {
        let own =
            furniture[i].is_some() && text[i] * 3 < page_text * 2 && prose_in[i] * 4 < prose * 3;
        in_furniture[i] = own || nodes[i].parent.is_some_and(|p| in_furniture[p]);
    }
    let finals: Vec<f32> = (0..n)
        .map(|i| {
            if !scored[i] {
                return f32::MIN;
            }
            if in_furniture[i] {
                return -1000.0 + score[i];
            }
            let density = links[i] as f32 / text[i].max(1) as f32;
            (score[i] + nodes[i].weight) * nodes[i].factor * (1.0 - density)
        })
        .collect();
    let Some(mut best) = (0..n).max_by(|&a, &b| finals[a].total_cmp(&finals[b])) else {
        return decisions;
    };
    let best_score = finals[best];
    // An article cut into several similar sections: their nearest common wrapper is the main
    // container when enough of the close runners-up lie in it.
    let related =
        |a: usize, b: usize| (a..nodes[a].end).contains(&b) || (b..nodes[b].end).contains(&a);
    let mut runners: Vec<usize> = (0..n)
        .filter(|&i| i != best && !related(i, best) && finals[i] >= RUNNER_UP_SHARE * best_score)
        .collect();
    runners.sort_by(|&a, &b| finals[b].total_cmp(&finals[a]));
    runners.truncate(RUNNERS_UP);
    // A wrapper that scores nearly as well and adds text with few links (the lead, a
    // subheading) is the article rather than its largest part.
    while let Some(p) = nodes[best].parent {
        let extra = text[p] - text[best];
        let extra_links = links[p] - links[best];
        let extra_prose = prose_in[p] - prose_in[best];
        let close = finals[p] >= PARENT_SHARE * finals[best]
            || extra_prose as f32 >= PARENT_PROSE_SHARE * prose_in[best] as f32;
        if in_furniture[p] || !close || extra_links as f32 > 0.25 * extra as f32 {
            break;
        }
        best = p;
    }
    if runners.len() >= MIN_RUNNERS_UP {
        let mut at = nodes[best].parent;
        while let Some(a) = at {
            let inside = runners
                .iter()
                .filter(|&&r| (a..nodes[a].end).contains(&r))
                .count();
            if inside >= MIN_RUNNERS_UP {
                if !in_furniture[a] {
                    best = a;
                }
                break;
            }
            at = nodes[a].parent;
        }
    }

    // The chosen subtrees: the best node and its good siblings.
    let mut chosen: Vec<(usize, usize)> = vec![(best, nodes[best].end)];
    let parent = nodes[best].parent;
    if let Some(p) = parent {
        let threshold = (best_score * SIBLING_SHARE).max(10.0);
        let mut child = p + 1;
        while child < nodes[p].end {
            if child != best && furniture[child].is_none() {
                let density = links[child] as f32 / text[child].max(1) as f32;
                if finals[child] >= threshold && density < 0.25 {
                    chosen.push((child, nodes[child].end));
                }
            }
            child = nodes[child].end.max(child + 1);
        }
    }
    let inside = |node: Option<usize>| {
        node.is_some_and(|i| chosen.iter().any(|&(s, e)| (s..e).contains(&i)))
    };
    let main_text: usize = chosen.iter().map(|&(s, _)| text[s]).sum();
    let main_prose: usize = chosen.iter().map(|&(s, _)| prose_in[s]).sum();
    for (b, decision) in blocks.iter().zip(decisions.iter_mut()) {
        if !inside(b.node) {
            // Prose paragraphs right under the parent are siblings too.
            let sibling_prose = b.node.is_some()
                && b.node == parent
                && b.chars >= 80
                && (b.link_chars as f32) < 0.25 * b.chars as f32;
            *decision = if sibling_prose {
                Verdict::Main
            } else {
                Verdict::Out("boilerplate")
            };
            continue;
        }
        *decision = Verdict::Main;
        if b.loose && b.link_chars * 2 > b.chars {
            *decision = Verdict::Out("navigation");
        }
        // A paragraph that is mostly a link is a teaser for another page.
        if b.link_chars as f32 >= LINK_BLOCK_SHARE * b.chars as f32 {
            *decision = Verdict::Out("related");
        }
        // Furniture subtrees below the chosen ones, unless they hold most of the text.
        let mut at = b.node;
        while let Some(i) = at {
            if chosen.iter().any(|&(s, _)| s == i) {
                break;
            }
            if let Some(reason) = furniture[i] {
                // Most of the text but little of the prose: a list of teasers, not the article.
                if text[i] * 2 < main_text || prose_in[i] * 2 < main_prose {
                    *decision = Verdict::Out(reason);
                    break;
                }
            }
            at = nodes[i].parent;
        }
    }
    close_at_headings(nodes, blocks, &mut decisions);
    extend_edges(blocks, &furniture, &in_furniture, &mut decisions);
    trim_tail(blocks, &mut decisions);
    decisions
}

/// A heading such as "Comments" or "Related articles" after some of the article's prose ends
/// the article within its own container: it and what follows it there are left out.
fn close_at_headings(nodes: &[Node], blocks: &[Block], decisions: &mut [Verdict]) {
    let mut prose_before = false;
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        if decisions[i] != Verdict::Main {
            i += 1;
            continue;
        }
        let prose = |b: &Block| {
            b.sentence && !b.item && b.chars >= EDGE_PROSE_CHARS * 2 && b.link_chars * 5 < b.chars
        };
        let Some(closing) = b.closing else {
            prose_before |= prose(b);
            i += 1;
            continue;
        };
        let scope = b.node.and_then(|h| nodes[h].parent);
        let (Some(p), true) = (scope, prose_before) else {
            i += 1;
            continue;
        };
        let within = |node: Option<usize>| node.is_some_and(|n| (p..nodes[p].end).contains(&n));
        let mut j = i;
        while j < blocks.len() && (j == i || within(blocks[j].node) || blocks[j].node.is_none()) {
            let resumes = |b: &Block| {
                b.heading
                    || (b.sentence
                        && !b.item
                        && b.chars >= EDGE_PROSE_CHARS
                        && b.link_chars * 5 < b.chars)
            };
            if j > i && closing == Closing::Related && resumes(&blocks[j]) {
                break;
            }
            if decisions[j] == Verdict::Main {
                decisions[j] = Verdict::Out("related");
            }
            j += 1;
        }
        i = j;
    }
}

/// Prose paragraphs right before and after the main text, outside the chosen container, join
/// it: the lead in a header wrapper, the last paragraphs in a separate block. Expansion stops at
/// the first block that is not such prose.
fn extend_edges(
    blocks: &[Block],
    furniture: &[Option<&str>],
    in_furniture: &[bool],
    decisions: &mut [Verdict],
) {
    let good = |b: &Block| {
        !b.preset
            && !b.item
            && b.sentence
            && b.chars >= EDGE_PROSE_CHARS
            && (b.link_chars as f32) < 0.1 * b.chars as f32
            && !b
                .node
                .is_some_and(|i| in_furniture[i] || furniture[i].is_some())
    };
    let Some(first) = decisions.iter().position(|d| *d == Verdict::Main) else {
        return;
    };
    let last = decisions
        .iter()
        .rposition(|d| *d == Verdict::Main)
        .unwrap_or(first);
    let out = |d: &Verdict| *d == Verdict::Out("boilerplate");
    let mut i = first;
    loop {
        // Before the article, a lead can be separated from it by a few short lines: the
        // title, a date, a byline. They stay out; the lead joins.
        let mut k = i;
        while i - k < EDGE_SKIP
            && k > 0
            && !good(&blocks[k - 1])
            && blocks[k - 1].chars < EDGE_SKIP_CHARS
        {
            k -= 1;
        }
        if k > 0 && good(&blocks[k - 1]) && out(&decisions[k - 1]) {
            i = k - 1;
            decisions[i] = Verdict::Main;
        } else {
            break;
        }
    }
    let mut j = last + 1;
    while j < blocks.len() && good(&blocks[j]) && decisions[j] == Verdict::Out("boilerplate") {
        decisions[j] = Verdict::Main;
        j += 1;
    }
}

/// After the last paragraph of prose in the main text, short lines that are not sentences
/// (a date, "Contact:", a photo agency, the blog's name) are page furniture.
fn trim_tail(blocks: &[Block], decisions: &mut [Verdict]) {
    let is_main = |d: &Verdict| *d == Verdict::Main;
    let Some(last_prose) = blocks
        .iter()
        .zip(decisions.iter())
        .rposition(|(b, d)| is_main(d) && b.chars >= TAIL_PROSE_CHARS)
    else {
        return;
    };
    for (b, d) in blocks.iter().zip(decisions.iter_mut()).skip(last_prose + 1) {
        if is_main(d) && b.chars < TAIL_PROSE_CHARS && !b.sentence {
            *d = Verdict::Out("boilerplate");
        }
    }
}

/// Words in `class`/`id` that mark furniture, and the reason recorded when it is removed.
/// A word matches a token of the attribute (split at non-letters) that starts with it.
#[rustfmt::skip]
const FURNITURE: &[(&str, &str)] = &[
    ("comment", "comments"), ("disqus", "comments"), ("respond", "comments"),
    ("replies", "comments"), ("reactions", "comments"),
    ("related", "related"), ("recommend", "related"), ("outbrain", "related"),
    ("taboola", "related"), ("teaser", "related"), ("morestories", "related"),
    ("nextpost", "related"), ("nextstor", "related"), ("prevnext", "related"),
    ("postnav", "related"),
    ("readmore", "related"), ("relacionad", "related"), ("verwandt", "related"),
    ("share", "share"), ("sharing", "share"), ("social", "share"), ("addthis", "share"),
    ("sharethis", "share"), ("sociable", "share"), ("follow", "share"),
    ("sidebar", "sidebar"), ("aside", "sidebar"),
    ("footer", "footer"), ("copyright", "footer"),
    ("breadcrumb", "navigation"), ("pagination", "navigation"), ("pager", "navigation"),
    ("menu", "navigation"), ("navbar", "navigation"), ("navigation", "navigation"),
    ("skip", "navigation"),
    ("newsletter", "newsletter"), ("subscribe", "newsletter"), ("signup", "newsletter"),
    ("paywall", "newsletter"),
    ("advert", "ad"), ("sponsor", "ad"), ("promo", "ad"), ("banner", "ad"),
    ("werbung", "ad"), ("publicidad", "ad"), ("publicite", "ad"),
    ("cookie", "cookie notice"), ("gdpr", "cookie notice"), ("consent", "cookie notice"),
    ("popup", "popup"), ("popmake", "popup"), ("modal", "popup"), ("overlay", "popup"),
    ("tagcloud", "tags"), ("taglist", "tags"), ("posttags", "tags"),
    ("authorbio", "author box"), ("authorbox", "author box"), ("aboutauthor", "author box"),
    ("abouttheauthor", "author box"), ("authorinfo", "author box"),
    ("authordesc", "author box"), ("authorprofile", "author box"), ("postauthor", "author box"),
    ("saboxplugin", "author box"),
    ("trending", "related"), ("recirc", "related"),
    ("donat", "newsletter"), ("spenden", "newsletter"),
    ("disclaimer", "footer"), ("disclosure", "footer"),
    ("author", "author box"), ("rating", "meta"), ("timestamp", "meta"), ("embed", "embed"),
    ("akismet", "comments"), ("reply", "comments"), ("popular", "related"),
    ("screenreader", "hidden"), ("sronly", "hidden"), ("visuallyhidden", "hidden"),
];

/// Tokens that are furniture only as whole words (they start too many innocent words).
#[rustfmt::skip]
const FURNITURE_EXACT: &[(&str, &str)] = &[
    ("ad", "ad"), ("ads", "ad"), ("adv", "ad"), ("nav", "navigation"), ("foot", "footer"),
    ("tags", "tags"), ("meta", "meta"), ("byline", "meta"), ("dateline", "meta"),
    ("print", "hidden"), ("noprint", "hidden"), ("pum", "popup"),
];

/// Words in `class`/`id` that mark the article.
#[rustfmt::skip]
const CONTENT: &[&str] = &[
    "article", "content", "entry", "story", "post", "body", "text", "main", "blog", "news",
    "beitrag", "artikel", "inhalt", "contenido", "noticia", "contenu",
];

/// Words that start like furniture but name something else: an opinion piece, a source.
const NOT_FURNITURE: &[&str] = &["commentar", "commentator", "authorit", "shareholder"];

/// Words that say the element *has* (or lacks) a piece of furniture rather than being one:
/// "has-sidebar", "no-comments", "enable-pin-share".
const MODIFIERS: &[&str] = &[
    "has", "with", "no", "without", "enable", "enabled", "show", "hide",
];

/// Furniture words that also end a compound word: "entryfooter", "rightsidebar".
const FURNITURE_SUFFIXES: &[(&str, &str)] = &[("footer", "footer"), ("sidebar", "sidebar")];

/// What one class name (or id) says: an article word, and the reason it names furniture.
/// The name is cut into words at non-letters and where camel case starts a word
/// ("articleFooter"); the words joined catch "more-stories" as "morestories" too.
fn class_name_hints(name: &str) -> (bool, Option<&'static str>) {
    let lower;
    let name = if name.bytes().any(|b| b.is_ascii_uppercase()) || !name.is_ascii() {
        let mut out = String::with_capacity(name.len() + 4);
        let mut after_lower = false;
        for c in name.chars() {
            if c.is_uppercase() && after_lower {
                out.push('-');
            }
            after_lower = c.is_lowercase();
            out.extend(c.to_lowercase());
        }
        lower = out;
        lower.as_str()
    } else {
        name
    };
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let mut positive = false;
    let mut furniture = None;
    for (k, word) in words.iter().enumerate() {
        positive |= CONTENT.iter().any(|w| word.starts_with(w));
        if (k > 0 && MODIFIERS.contains(&words[k - 1]))
            || NOT_FURNITURE.iter().any(|w| word.starts_with(w))
        {
            continue;
        }
        let hit = FURNITURE
            .iter()
            .find(|(w, _)| word.starts_with(w))
            .or_else(|| FURNITURE_EXACT.iter().find(|(w, _)| word == w))
            .or_else(|| {
                FURNITURE_SUFFIXES.iter().find(|(w, _)| {
                    word.strip_suffix(w)
                        .is_some_and(|head| head.len() >= 4 && !MODIFIERS.contains(&head))
                })
            });
        if let Some(&(_, reason)) = hit {
            furniture.get_or_insert(reason);
        }
    }
    let modified = words.iter().any(|w| MODIFIERS.contains(w));
    if furniture.is_none() && words.len() > 1 && !modified {
        let joined = words.concat();
        if !NOT_FURNITURE.iter().any(|w| joined.starts_with(w)) {
            furniture = FURNITURE
                .iter()
                .find(|(w, _)| joined.starts_with(w))
                .map(|&(_, reason)| reason);
        }
    }
    (positive, furniture)
}

/// The node facts that come from a start tag.
pub(super) fn node_hints(
    name: &str,
    attrs: &[(String, String)],
) -> (f32, f32, Option<&'static str>) {
    let mut factor: f32 = match name {
        "article" => ARTICLE_FACTOR,
        "main" => MAIN_FACTOR,
        _ => 1.0,
    };
    let weight: f32 = match name {
        "div" | "section" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" | "address" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let mut furniture = match name {
        "form" => Some("form"),
        "address" => Some("meta"),
        _ => None,
    };
    let mut positive = false;
    let mut negative = false;
    let mut class_furniture = None;
    for (key, value) in attrs {
        match key.as_str() {
            "class" | "id" => {
                // "hidden" alone hides; "hidden-xs" and "visually-hidden" only on some screens
                // or to the eye.
                if key == "class" && value.split_whitespace().any(|c| c == "hidden") {
                    furniture.get_or_insert("hidden");
                }
                for name in value.split_whitespace() {
                    let (pos, neg) = class_name_hints(name);
                    positive |= pos;
                    if let Some(reason) = neg {
                        negative = true;
                        class_furniture.get_or_insert(reason);
                    }
                }
            }
            "itemprop" if value.eq_ignore_ascii_case("articleBody") => factor *= BODY_FACTOR,
            "role" => match value.to_ascii_lowercase().as_str() {
                "main" | "article" => factor *= MAIN_FACTOR,
                "navigation" | "menu" | "menubar" => {
                    furniture.get_or_insert("navigation");
                }
                "complementary" => {
                    furniture.get_or_insert("sidebar");
                }
                "contentinfo" => {
                    furniture.get_or_insert("footer");
                }
                "banner" => {
                    furniture.get_or_insert("header");
                }
                "search" => {
                    furniture.get_or_insert("navigation");
                }
                "dialog" | "alertdialog" => {
                    furniture.get_or_insert("popup");
                }
                _ => {}
            },
            "hidden" => {
                furniture.get_or_insert("hidden");
            }
            "aria-hidden" if value == "true" => {
                furniture.get_or_insert("hidden");
            }
            "style" => {
                let style: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if style.contains("display:none") || style.contains("visibility:hidden") {
                    furniture.get_or_insert("hidden");
                }
            }
            _ => {}
        }
    }
    // "entry-content share-enabled" and `<article class="has-share">` are the article.
    let container = matches!(name, "article" | "main" | "body" | "html");
    if !container {
        furniture = furniture.or(class_furniture);
    }
    if positive && !negative {
        factor *= POSITIVE_FACTOR;
    } else if negative && !positive {
        factor *= NEGATIVE_FACTOR;
    }
    (weight, factor, furniture)
}
