//! The boilerplate vocabulary: every marker phrase cleaning knows, as data.
//!
//! Cleaning has to work on articles from outlets it has never seen, so its knowledge is kept
//! here in tables that can be read (and extended) in one sitting, apart from the code in
//! `clean` that applies them. A line pattern is matched against a whole line after
//! normalisation (lower case, straight quotes, collapsed spaces, leading bullets and trailing
//! `: . | » …` removed); `*` matches any run of characters. Each role also caps the number of
//! words a matching line may have, so that a sentence of prose that happens to start like a
//! marker is never taken for one.

/// What a marker line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// An advertisement placeholder.
    Ad,
    /// A heading that opens a block of related-article teasers.
    RelatedHeading,
    /// A related-article marker and the teaser's title on one line ("Read more: ...").
    RelatedInline,
    /// A correction notice, copyright line or comments link.
    Footer,
    /// A share or follow-us widget.
    Share,
    /// A newsletter or sign-up call.
    Newsletter,
    /// A social network name or similar widget label: removed only right after a footer,
    /// share or newsletter line, never on its own.
    Widget,
}

impl Role {
    /// The reason recorded in `CleanText::removed`.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Role::Ad => "ad",
            Role::RelatedHeading | Role::RelatedInline => "related",
            Role::Footer => "footer",
            Role::Share | Role::Widget => "share",
            Role::Newsletter => "newsletter",
        }
    }

    /// The most words a line may have to match a marker of this role.
    pub(crate) fn max_words(self) -> usize {
        match self {
            Role::Ad | Role::RelatedHeading => 8,
            Role::Widget => 3,
            Role::RelatedInline => 30,
            Role::Footer | Role::Share | Role::Newsletter => 24,
        }
    }
}

/// The largest `Role::max_words`.
const LONGEST_MARKER_WORDS: usize = 30;

/// Line patterns, in the order they are tried (the first match wins).
pub(crate) const LINE_RULES: &[(&str, Role)] = &[
    // A web server's error output printed into the page (PHP): never part of an article.
    ("warning: * in * on line *", Role::Footer),
    ("notice: * in * on line *", Role::Footer),
    ("deprecated: * in * on line *", Role::Footer),
    ("fatal error: * in * on line *", Role::Footer),
    // Advertisement placeholders.
    ("advertisement", Role::Ad),
    ("advertisements", Role::Ad),
    ("advertising", Role::Ad),
    ("ad", Role::Ad),
    ("ads", Role::Ad),
    ("sponsored", Role::Ad),
    ("sponsored content", Role::Ad),
    ("sponsored links", Role::Ad),
    ("paid content", Role::Ad),
    ("paid partner content", Role::Ad),
    ("promoted", Role::Ad),
    ("promoted content", Role::Ad),
    ("skip advertisement", Role::Ad),
    ("* continues below advertisement", Role::Ad),
    ("* continues below advert", Role::Ad),
    ("* continues after advertisement", Role::Ad),
    ("advertisement - scroll to continue", Role::Ad),
    ("scroll to continue with content", Role::Ad),
    ("continue reading below", Role::Ad),
    // Related-article markers with the teaser title on the same line.
    ("read more: *", Role::RelatedInline),
    ("read more | *", Role::RelatedInline),
    ("read more - *", Role::RelatedInline),
    ("read also: *", Role::RelatedInline),
    ("also read: *", Role::RelatedInline),
    ("read: *", Role::RelatedInline),
    ("related: *", Role::RelatedInline),
    ("see also: *", Role::RelatedInline),
    ("more: *", Role::RelatedInline),
    ("related article: *", Role::RelatedInline),
    ("related story: *", Role::RelatedInline),
    ("recommended: *", Role::RelatedInline),
    // The same in the other languages news is most often scraped in (es, pt, fr, de, it, pl).
    ("lea también: *", Role::RelatedInline),
    ("lea más: *", Role::RelatedInline),
    ("lea: *", Role::RelatedInline),
    ("lee también: *", Role::RelatedInline),
    ("lee más: *", Role::RelatedInline),
    ("le puede interesar: *", Role::RelatedInline),
    ("te puede interesar: *", Role::RelatedInline),
    ("también te puede interesar: *", Role::RelatedInline),
    ("puede interesarte: *", Role::RelatedInline),
    ("vea también: *", Role::RelatedInline),
    ("ver también: *", Role::RelatedInline),
    ("puedes ver: *", Role::RelatedInline),
    ("mira: *", Role::RelatedInline),
    ("mira también: *", Role::RelatedInline),
    ("noticia relacionada: *", Role::RelatedInline),
    ("leia também: *", Role::RelatedInline),
    ("leia mais: *", Role::RelatedInline),
    ("veja também: *", Role::RelatedInline),
    ("à lire aussi: *", Role::RelatedInline),
    ("a lire aussi: *", Role::RelatedInline),
    ("lire aussi: *", Role::RelatedInline),
    ("voir aussi: *", Role::RelatedInline),
    ("lesen sie auch: *", Role::RelatedInline),
    ("lesen sie hier: *", Role::RelatedInline),
    ("auch interessant: *", Role::RelatedInline),
    ("mehr zum thema: *", Role::RelatedInline),
    ("leggi anche: *", Role::RelatedInline),
    ("czytaj także: *", Role::RelatedInline),
    ("czytaj też: *", Role::RelatedInline),
    ("zobacz też: *", Role::RelatedInline),
    ("zobacz także: *", Role::RelatedInline),
    // Related-article headings.
    ("related", Role::RelatedHeading),
    ("related articles", Role::RelatedHeading),
    ("related stories", Role::RelatedHeading),
    ("related news", Role::RelatedHeading),
    ("related coverage", Role::RelatedHeading),
    ("related content", Role::RelatedHeading),
    ("related posts", Role::RelatedHeading),
    ("related topics", Role::RelatedHeading),
    ("related reading", Role::RelatedHeading),
    ("read more", Role::RelatedHeading),
    ("read more stories", Role::RelatedHeading),
    ("read also", Role::RelatedHeading),
    ("also read", Role::RelatedHeading),
    ("see also", Role::RelatedHeading),
    ("more stories", Role::RelatedHeading),
    ("more news", Role::RelatedHeading),
    ("more on this story", Role::RelatedHeading),
    ("more on this topic", Role::RelatedHeading),
    ("more from *", Role::RelatedHeading),
    ("more in *", Role::RelatedHeading),
    ("recommended", Role::RelatedHeading),
    ("recommended for you", Role::RelatedHeading),
    ("recommended stories", Role::RelatedHeading),
    ("recommended articles", Role::RelatedHeading),
    ("recommended reading", Role::RelatedHeading),
    ("you may also like", Role::RelatedHeading),
    ("you might also like", Role::RelatedHeading),
    ("you may also be interested in", Role::RelatedHeading),
    ("you might be interested in", Role::RelatedHeading),
    ("other topics of interest", Role::RelatedHeading),
    ("other stories", Role::RelatedHeading),
    ("further reading", Role::RelatedHeading),
    ("editor's picks", Role::RelatedHeading),
    ("most read", Role::RelatedHeading),
    ("most popular", Role::RelatedHeading),
    ("trending", Role::RelatedHeading),
    ("trending now", Role::RelatedHeading),
    ("don't miss", Role::RelatedHeading),
    ("latest news", Role::RelatedHeading),
    ("noticias relacionadas", Role::RelatedHeading),
    ("notas relacionadas", Role::RelatedHeading),
    ("contenido relacionado", Role::RelatedHeading),
    ("artículos relacionados", Role::RelatedHeading),
    ("también te puede interesar", Role::RelatedHeading),
    ("te puede interesar", Role::RelatedHeading),
    ("le puede interesar", Role::RelatedHeading),
    ("video recomendado", Role::RelatedHeading),
    ("lo más leído", Role::RelatedHeading),
    ("leia também", Role::RelatedHeading),
    ("à lire aussi", Role::RelatedHeading),
    ("a lire aussi", Role::RelatedHeading),
    ("lire aussi", Role::RelatedHeading),
    ("vous aimerez aussi", Role::RelatedHeading),
    ("sur le même sujet", Role::RelatedHeading),
    ("das könnte sie auch interessieren", Role::RelatedHeading),
    ("das könnte dich auch interessieren", Role::RelatedHeading),
    ("auch interessant", Role::RelatedHeading),
    ("lesen sie auch", Role::RelatedHeading),
    ("mehr zum thema", Role::RelatedHeading),
    ("mehr zum thema *", Role::RelatedHeading),
    ("schon gelesen?", Role::RelatedHeading),
    ("verwandte themen", Role::RelatedHeading),
    ("verwandte artikel", Role::RelatedHeading),
    ("weitere artikel", Role::RelatedHeading),
    ("meistgelesen", Role::RelatedHeading),
    ("leggi anche", Role::RelatedHeading),
    ("czytaj także", Role::RelatedHeading),
    ("zobacz też", Role::RelatedHeading),
    ("zobacz także", Role::RelatedHeading),
    ("zum weiterlesen", Role::RelatedHeading),
    ("weiterführende informationen", Role::RelatedHeading),
    ("weiterführende links", Role::RelatedHeading),
    ("weitere informationen", Role::RelatedHeading),
    ("mehr aus der sendung", Role::RelatedHeading),
    ("vorschau auf den nächsten artikel", Role::RelatedHeading),
    // Tag lists.
    ("tags", Role::RelatedHeading),
    ("tags: *", Role::RelatedInline),
    ("temas", Role::RelatedHeading),
    ("schlagwörter", Role::RelatedHeading),
    ("schlagworte", Role::RelatedHeading),
    ("markiert mit", Role::RelatedHeading),
    ("mots-clés", Role::RelatedHeading),
    ("etiquetas", Role::RelatedHeading),
    // Advertisement placeholders in other languages.
    ("anzeige", Role::Ad),
    ("werbung", Role::Ad),
    ("publicidad", Role::Ad),
    ("publicité", Role::Ad),
    ("pubblicità", Role::Ad),
    ("reklama", Role::Ad),
    // Corrections, copyright, comments.
    // The end-of-story mark of wire copy: "(END)", "-END-", "- End -" (decoration is
    // normalised away).
    ("end", Role::Footer),
    ("*suggest a correction*", Role::Footer),
    ("spotted a mistake*", Role::Footer),
    ("spotted an error*", Role::Footer),
    ("found a mistake*", Role::Footer),
    ("*press ctrl + enter*", Role::Footer),
    ("*press ctrl+enter*", Role::Footer),
    ("*report a typo*", Role::Footer),
    ("if you spot an error*", Role::Footer),
    ("found an error*", Role::Footer),
    // A wire story's credits, bracketed or not ("(Reporting by ...; Editing by ...)" is also read
    // by `line_role` from its brackets), "Associated Press writer ... contributed to this
    // report.", an agency's desk codes ("bur-cdl/ssy").
    ("reporting by *; editing by *", Role::Footer),
    ("reporting by *; writing by *", Role::Footer),
    ("writing by *; editing by *", Role::Footer),
    ("* contributed to this report", Role::Footer),
    ("bur-*/*", Role::Footer),
    ("*all rights reserved*", Role::Footer),
    ("© *", Role::Footer),
    ("(c) #*", Role::Footer),
    ("copyright #*", Role::Footer),
    ("copyright © *", Role::Footer),
    ("copyright (c) *", Role::Footer),
    ("click here*", Role::Footer),
    ("comments", Role::Footer),
    ("comments (*)", Role::Footer),
    ("# comment", Role::Footer),
    ("# comments", Role::Footer),
    ("## comments", Role::Footer),
    ("### comments", Role::Footer),
    ("#### comments", Role::Footer),
    ("read comments", Role::Footer),
    ("view all comments", Role::Footer),
    ("show all comments", Role::Footer),
    ("show comments", Role::Footer),
    ("view comments", Role::Footer),
    ("leave a comment*", Role::Footer),
    ("join the conversation", Role::Footer),
    ("leave a reply*", Role::Footer),
    ("# thoughts on *", Role::Footer),
    ("one thought on *", Role::Footer),
    ("# responses to *", Role::Footer),
    ("one response to *", Role::Footer),
    ("# replies to *", Role::Footer),
    ("kommentare", Role::Footer),
    ("# kommentare*", Role::Footer),
    ("ein kommentar*", Role::Footer),
    ("schreibe einen kommentar*", Role::Footer),
    ("kommentar schreiben", Role::Footer),
    ("commentaires", Role::Footer),
    ("# commentaires", Role::Footer),
    ("laisser un commentaire*", Role::Footer),
    ("comentarios", Role::Footer),
    ("# comentarios", Role::Footer),
    ("deja un comentario*", Role::Footer),
    ("deja tu comentario*", Role::Footer),
    ("komentarze", Role::Footer),
    ("tags: *", Role::Footer),
    ("topics: *", Role::Footer),
    // Share and follow widgets.
    ("share", Role::Share),
    ("teilen", Role::Share),
    ("teilen mit", Role::Share),
    ("artikel teilen", Role::Share),
    ("möchten sie den artikel teilen?", Role::Share),
    ("compartir", Role::Share),
    ("compartir en *", Role::Share),
    ("partager", Role::Share),
    ("partager sur *", Role::Share),
    ("condividi", Role::Share),
    ("udostępnij", Role::Share),
    ("comments are closed", Role::Footer),
    ("kommentare geschlossen", Role::Footer),
    ("this entry was posted *", Role::Footer),
    ("war der artikel nützlich?", Role::Footer),
    ("war dieser artikel hilfreich?", Role::Footer),
    ("was this article helpful?", Role::Footer),
    ("share this", Role::Share),
    ("share this article*", Role::Share),
    ("share this story*", Role::Share),
    ("share this page*", Role::Share),
    ("share this post*", Role::Share),
    ("share article", Role::Share),
    ("share story", Role::Share),
    ("share on *", Role::Share),
    ("share via *", Role::Share),
    ("follow us on *", Role::Share),
    ("follow us", Role::Share),
    ("follow * on twitter*", Role::Share),
    ("follow * on telegram*", Role::Share),
    ("follow * on facebook*", Role::Share),
    ("follow * on google news*", Role::Share),
    ("like us on facebook*", Role::Share),
    ("join us on telegram*", Role::Share),
    ("join our telegram*", Role::Share),
    ("copy link", Role::Share),
    ("link copied", Role::Share),
    // Newsletters and sign-ups.
    ("subscribe to our newsletter*", Role::Newsletter),
    ("subscribe to the * newsletter*", Role::Newsletter),
    ("subscribe to * newsletter*", Role::Newsletter),
    ("subscribe", Role::Newsletter),
    ("subscribe now", Role::Newsletter),
    ("subscribe for *", Role::Newsletter),
    ("sign up for our *", Role::Newsletter),
    ("sign up for * newsletter*", Role::Newsletter),
    ("sign up to * newsletter*", Role::Newsletter),
    ("sign up for free*", Role::Newsletter),
    ("sign up for updates*", Role::Newsletter),
    ("sign up for * updates*", Role::Newsletter),
    ("sign up for * alerts*", Role::Newsletter),
    ("newsletter", Role::Newsletter),
    ("get our newsletter*", Role::Newsletter),
    ("get the latest * in your inbox*", Role::Newsletter),
    ("*delivered to your inbox*", Role::Newsletter),
    ("*straight to your inbox*", Role::Newsletter),
    ("subscribe now to *", Role::Newsletter),
    (
        "to view the full story, please subscribe*",
        Role::Newsletter,
    ),
    ("to read the full story*subscribe*", Role::Newsletter),
    ("*already a subscriber*log in*", Role::Newsletter),
    ("for the latest * download the *", Role::Newsletter),
    ("download the * app*", Role::Newsletter),
    ("follow * on twitter*", Role::Share),
    ("follow us on *", Role::Share),
    ("you can keep up with me on *", Role::Share),
    (
        "this article is the copyrighted property of *",
        Role::Footer,
    ),
    ("written permission must be obtained *", Role::Footer),
    ("if you enjoyed reading this *", Role::Footer),
    // What a page shows without scripts (`<noscript>`).
    ("please enable javascript*", Role::Footer),
    ("you need to enable javascript*", Role::Footer),
    ("javascript is disabled*", Role::Footer),
    ("javascript is required*", Role::Footer),
    ("this site requires javascript*", Role::Footer),
    ("bitte aktivieren sie javascript*", Role::Footer),
    ("javascript ist deaktiviert*", Role::Footer),
    // Widget labels (only right after a footer, share or newsletter line).
    ("facebook", Role::Widget),
    ("twitter", Role::Widget),
    ("x", Role::Widget),
    ("x (twitter)", Role::Widget),
    ("telegram", Role::Widget),
    ("whatsapp", Role::Widget),
    ("linkedin", Role::Widget),
    ("reddit", Role::Widget),
    ("pinterest", Role::Widget),
    ("messenger", Role::Widget),
    ("email", Role::Widget),
    ("e-mail", Role::Widget),
    ("print", Role::Widget),
    ("copy", Role::Widget),
    ("flipboard", Role::Widget),
];

/// A photo/video credit cue. A paragraph whose end is a credit introduced by one of these is a
/// caption. `needs` lists words one of which the credit must contain (empty: none needed).
pub(crate) struct CreditCue {
    pub cue: &'static str,
    pub needs: &'static [&'static str],
}

/// Credit cues, matched case-insensitively at a line start, after a sentence end or after an
/// opening bracket.
pub(crate) const CREDIT_CUES: &[CreditCue] = &[
    CreditCue {
        cue: "photo:",
        needs: &[],
    },
    CreditCue {
        cue: "photos:",
        needs: &[],
    },
    CreditCue {
        cue: "photo by ",
        needs: &[],
    },
    CreditCue {
        cue: "photos by ",
        needs: &[],
    },
    CreditCue {
        cue: "photo credit:",
        needs: &[],
    },
    CreditCue {
        cue: "photograph:",
        needs: &[],
    },
    CreditCue {
        cue: "photograph by ",
        needs: &[],
    },
    CreditCue {
        cue: "picture:",
        needs: &[],
    },
    CreditCue {
        cue: "image:",
        needs: &[],
    },
    CreditCue {
        cue: "images:",
        needs: &[],
    },
    CreditCue {
        cue: "image by ",
        needs: &[],
    },
    CreditCue {
        cue: "video:",
        needs: &[],
    },
    CreditCue {
        cue: "video by ",
        needs: &[],
    },
    CreditCue {
        cue: "footage:",
        needs: &[],
    },
    CreditCue {
        cue: "credit:",
        needs: &[],
    },
    CreditCue {
        cue: "credits:",
        needs: &[],
    },
    CreditCue {
        cue: "courtesy of ",
        needs: &[],
    },
    CreditCue {
        cue: "courtesy:",
        needs: &[],
    },
    CreditCue {
        cue: "ap photo",
        needs: &[],
    },
    CreditCue {
        cue: "afp photo",
        needs: &[],
    },
    CreditCue {
        cue: "reuters/",
        needs: &[],
    },
    CreditCue {
        cue: "epa/",
        needs: &[],
    },
    CreditCue {
        cue: "epa-efe/",
        needs: &[],
    },
    CreditCue {
        cue: "source:",
        needs: &[
            "imagery",
            "image",
            "images",
            "photo",
            "photos",
            "satellite",
            "footage",
            "video",
        ],
    },
];

/// Cues that make a paragraph a caption when it starts with them.
pub(crate) const CAPTION_STARTS: &[&str] = &[
    "caption:",
    "photo caption:",
    "image caption:",
    "video caption:",
    "pictured:",
    // "Photo: Soldiers at a training ground ... (Screenshot)": a label, then the description
    // (a short "Photo: Reuters" alone is a credit, which marks a caption too).
    "photo:",
    "image:",
    "video:",
];

/// Agencies and platforms that end a "... via X" credit.
pub(crate) const VIA_SOURCES: &[&str] = &[
    "reuters",
    "ap",
    "afp",
    "getty images",
    "getty",
    "epa",
    "epa-efe",
    "anadolu",
    "anadolu agency",
    "tass",
    "ria novosti",
    "sputnik",
    "xinhua",
    "yonhap",
    "kyodo",
    "kcna",
    "ukrinform",
    "shutterstock",
    "sipa",
    "bloomberg",
    "telegram",
    "twitter",
    "x",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "social media",
];

/// Words that stay lower case in a Title Case headline.
#[rustfmt::skip]
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "per", "the", "to", "up", "upon", "via", "vs", "with", "is", "are", "be",
];

/// Function words left out when comparing the vocabulary of a paragraph and an article.
#[rustfmt::skip]
pub(crate) const STOPWORDS: &[&str] = &[
    "about", "above", "after", "again", "against", "all", "also", "although", "among", "and",
    "any", "are", "around", "because", "been", "before", "being", "between", "both", "but",
    "can", "could", "did", "does", "doing", "down", "during", "each", "even", "ever", "few",
    "for", "from", "further", "had", "has", "have", "having", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "however", "into", "its", "itself", "just", "last", "made",
    "many", "may", "might", "more", "most", "much", "must", "not", "now", "off", "once", "one",
    "only", "other", "our", "ours", "out", "over", "own", "said", "same", "say", "says", "she",
    "should", "since", "some", "still", "such", "than", "that", "the", "their", "theirs",
    "them", "then", "there", "these", "they", "this", "those", "through", "too", "under",
    "until", "upon", "very", "was", "were", "what", "when", "where", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
    "according", "told", "new", "year", "years", "two", "three", "first", "week", "day",
];

/// Normalises a line for matching against [`LINE_RULES`].
pub(crate) fn normalize_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    for c in line.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    let lead: &[char] = &[
        '•', '·', '-', '–', '—', '*', '»', '›', '>', '|', '▶', '►', '■', '▪', '#', ' ',
    ];
    let trail: &[char] = &[':', '.', '…', '»', '›', '>', '|', '-', '–', '—', '→', ' '];
    let mut s = out.trim_start_matches(lead).trim_end_matches(trail);
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(inner) = s.strip_prefix(open).and_then(|x| x.strip_suffix(close)) {
            if !inner.contains(open) && !inner.contains(close) {
                s = inner.trim();
            }
        }
    }
    s.to_string()
}

/// Whole-string glob match; `*` matches any run of characters (including none), `#` one ASCII
/// digit. Linear in practice: it backtracks only to the last `*`. It compares bytes, which is
/// exact for UTF-8: a literal character's bytes can only match that character.
pub(crate) fn glob(pattern: &str, text: &str) -> bool {
    let (p, t) = (pattern.as_bytes(), text.as_bytes());
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None; // (pattern index after '*', text index)
    while ti < t.len() {
        if pi < p.len() && p[pi] == b'*' {
            star = Some((pi + 1, ti));
            pi += 1;
        } else if pi < p.len() && (p[pi] == t[ti] || (p[pi] == b'#' && t[ti].is_ascii_digit())) {
            pi += 1;
            ti += 1;
        } else if let Some((after_star, matched_to)) = star {
            pi = after_star;
            ti = matched_to + 1;
            star = Some((after_star, matched_to + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

/// The role of a marker line, if the line is one.
pub(crate) fn line_role(line: &str) -> Option<Role> {
    if line.len() > 400 {
        return None;
    }
    let words = line.split_whitespace().count();
    if words > LONGEST_MARKER_WORDS {
        return None;
    }
    let norm = normalize_line(line);
    if norm.is_empty() {
        return None;
    }
    // "(Reporting by Ann Lutz; Editing by Sam Reed)", "(Writing by ...)": a credit in brackets.
    let trimmed = line.trim();
    let credit = ["reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by "].iter().any(|p| norm.starts_with(p));
    if credit && trimmed.starts_with('(') && trimmed.ends_with(')') {
        return Some(Role::Footer);
    }
    LINE_RULES
        .iter()
        .find(|(pattern, role)| words <= role.max_words() && glob(pattern, &norm))
        .map(|&(_, role)| role)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matches_whole_lines() {
        assert!(glob("more from *", "more from the daily courier"));
        assert!(glob(
            "*all rights reserved*",
            "© 2031 example media. all rights reserved"
        ));
        assert!(glob("advertisement", "advertisement"));
        assert!(!glob("ad", "add"));
        assert!(!glob("read more: *", "read more than ten pages"));
        assert!(glob("a*b*c", "aXbYbZc"));
        assert!(glob("## comments", "12 comments"));
        assert!(glob("© *", "© 2031"));
        assert!(!glob("©*", "x©"));
        assert!(!glob("# comments", "no comments"));
    }

    #[test]
    fn normalisation_drops_decoration() {
        assert_eq!(normalize_line("  ADVERTISEMENT  "), "advertisement");
        assert_eq!(normalize_line("» Read   more:"), "read more");
        assert_eq!(normalize_line("[Advertisement]"), "advertisement");
        assert_eq!(normalize_line("Editor’s Picks"), "editor's picks");
    }

    #[test]
    fn the_longest_marker_bound_holds() {
        for (_, role) in LINE_RULES {
            assert!(role.max_words() <= LONGEST_MARKER_WORDS);
        }
    }

    #[test]
    fn a_wire_storys_credits_are_its_footer() {
        assert_eq!(line_role("(Reporting by Ann Lutz; Editing by Sam Reed)"), Some(Role::Footer));
        assert_eq!(line_role("(Reporting by Ann Lutz in Kessa)"), Some(Role::Footer));
        assert_eq!(line_role("(Writing by Pavel Dorn)"), Some(Role::Footer));
        assert_eq!(line_role("Reporting by Ann Lutz; Editing by Sam Reed"), Some(Role::Footer));
        assert_eq!(line_role("Associated Press writer Mina Cho in Seoul contributed to this report."), Some(Role::Footer));
        assert_eq!(line_role("bur-cdl/ssy"), Some(Role::Footer));
        // (A sentence of the story that opens the same way stays.)
        assert_eq!(line_role("Reporting by the Norland Herald suggested the convoy had turned back."), None);
    }

    #[test]
    fn roles_of_marker_lines() {
        assert_eq!(line_role("Advertisement"), Some(Role::Ad));
        assert_eq!(
            line_role("Warning: Undefined variable $row in /var/www/html/news/view.php on line 42"),
            Some(Role::Footer)
        );
        assert_eq!(line_role("Warning: the bridge on Line 4 is closed to trucks"), None);
        assert_eq!(
            line_role("Story continues below advertisement"),
            Some(Role::Ad)
        );
        assert_eq!(line_role("Related articles:"), Some(Role::RelatedHeading));
        assert_eq!(
            line_role("Also read: Port Reopens After Storm"),
            Some(Role::RelatedInline)
        );
        assert_eq!(
            line_role("More from The Harbour Gazette"),
            Some(Role::RelatedHeading)
        );
        assert_eq!(
            line_role("Subscribe to our newsletter"),
            Some(Role::Newsletter)
        );
        assert_eq!(line_role("© 2031 Harbour Gazette"), Some(Role::Footer));
        assert_eq!(line_role("Share this article"), Some(Role::Share));
    }

    #[test]
    fn prose_is_not_a_marker() {
        for line in [
            "The ad ran for three weeks before regulators pulled it.",
            "Copyright lawyers for the studio said the case would go to trial next spring, \
             according to two people familiar with the matter who asked not to be named because \
             the talks were private.",
            "Read more than 200 pages of testimony and you will see the pattern, he said.",
            "Sign up for the draft began on Monday.",
            "Copyright claims rose in 2031.",
            "The minister declined to make comments",
        ] {
            assert_eq!(line_role(line), None, "{line}");
        }
    }
}
