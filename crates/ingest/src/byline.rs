//! The writer a plain-text report names in its byline ("By Marta Velychko | Sept. 24, 2024"),
//! for the document's metadata when nothing else gives it. HTML pages carry their author in
//! their metadata (see [`crate::html`]); plain text only in its first lines, if at all.

/// How far into the text a byline may stand: after a headline and a standfirst.
const BYLINE_BYTES: usize = 600;
const BYLINE_LINES: usize = 5;

/// The name after "By " opening one of the first lines, up to a separator ("|", ",", "—", a
/// date) or the line's end: two to five words, each capitalised or an initial, a particle
/// ("de", "van", "bin") or "and" between two writers. `None` when the line reads as prose ("By
/// Monday, troops had ...").
pub fn byline_author(text: &str) -> Option<String> {
    byline_lines(text).find_map(author_of_line)
}

/// The news outlet a plain-text byline names: the organisation signing it ("By The Associated
/// Press") or standing after the writers ("By Marta Lindqvist, Nordic Daily Tribune"; "By Ada
/// Moss | Reuters"). Only a name that reads as an outlet's (a media word such as Tribune, News,
/// Press or Post, or a wire agency), not a writer's role ("Staff Writer") or a place ("By Ada
/// Moss, Kyiv").
pub fn byline_outlet(text: &str) -> Option<String> {
    byline_lines(text).find_map(|line| {
        let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "))?;
        let mut parts = rest.split(['|', ',', '—', '–', '(', ')', '/', ';']).map(str::trim).filter(|p| !p.is_empty());
        let first = parts.next()?;
        if signed_by_organisation(first) {
            return outlet_name(first).map(str::to_string);
        }
        author_of_line(line)?;
        parts.find_map(outlet_name).map(str::to_string)
    })
}

/// The news agency a dateline names: "MOSCOW, March 5. /TASS/. Russian air defense ...",
/// "SEOUL, Nov. 13 (Yonhap) -- ...", "KYIV (Reuters) - ...". The dateline opens a line with a
/// place in capitals; the agency stands in brackets or between slashes within its first words.
pub fn dateline_outlet(text: &str) -> Option<String> {
    byline_lines(text).find_map(|line| {
        let first_word = line.split([' ', ',']).next()?;
        // (An apostrophe in the name too: "N'DJAMENA".)
        let capitals = first_word.chars().count() >= 3 && first_word.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\'' | '’'));
        if !capitals {
            return None;
        }
        // Within the dateline's first words, before any lower-case word of the body.
        let head: String = line.chars().take(80).collect();
        let (open, close) = [('(', ')'), ('/', '/')].into_iter().find_map(|(o, c)| {
            let at = head.find(o)?;
            let end = head[at + 1..].find(c)? + at + 1;
            Some((at, end))
        })?;
        let before = &head[..open];
        // (No prose before it: "KYIV (Reuters)" not "KYIV police said (on Monday)".)
        if before.split_whitespace().any(|w| w.starts_with(char::is_lowercase)) {
            return None;
        }
        let name = head[open + 1..close].trim();
        let fits = (2..=30).contains(&name.chars().count())
            && name.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && name.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '.');
        fits.then(|| name.to_string())
    })
}

/// The first lines of the text, where a byline may stand.
fn byline_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut end = text.len().min(BYLINE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].lines().map(str::trim).filter(|l| !l.is_empty()).take(BYLINE_LINES)
}

/// Words that end or make up the names of news outlets.
const MEDIA_WORDS: &[&str] = &[
    "tribune", "times", "post", "news", "herald", "journal", "daily", "wire", "press", "gazette", "courier", "telegraph",
    "guardian", "independent", "monitor", "chronicle", "observer", "express", "mail", "inquirer", "examiner", "bulletin",
    "mirror", "agency", "radio", "television", "tv", "broadcasting", "newswire", "dispatch", "ledger", "review", "reuters",
    "afp", "ap", "bloomberg", "yonhap", "tass", "interfax", "xinhua", "kyodo", "ukrinform", "ria", "novosti", "bbc", "cnn",
];

/// "The Associated Press", "the Nordic Daily Tribune": a byline signed with an article and a
/// name is an organisation's, not a writer's.
fn signed_by_organisation(part: &str) -> bool {
    part.strip_prefix("The ").or_else(|| part.strip_prefix("THE ")).is_some_and(|rest| outlet_name(rest).is_some())
}

/// The part itself when it reads as an outlet's name: one to six capitalised words (with "of",
/// "the", "and" between), one of them a media word.
fn outlet_name(part: &str) -> Option<&str> {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    let connector = |w: &str| matches!(w, "of" | "the" | "and" | "&");
    // ("Times Staff Writer", "Associated Press Writer": a writer's role, not the outlet.)
    let role = |w: &str| {
        matches!(
            w.to_lowercase().trim_matches('.'),
            "writer" | "reporter" | "correspondent" | "editor" | "staff" | "columnist" | "contributor" | "producer" | "photographer" | "analyst"
        )
    };
    if words.iter().any(|w| role(w)) {
        return None;
    }
    let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let media = words.iter().any(|w| MEDIA_WORDS.contains(&w.to_lowercase().trim_matches('.')));
    (media && words.iter().all(|w| capitalised(w) || connector(w))).then_some(part)
}

fn author_of_line(line: &str) -> Option<String> {
    let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "))?;
    let name_part = rest.split(['|', ',', '—', '–', '(', '/', ';']).next()?.trim();
    // "By The Associated Press": an outlet, not a writer.
    if signed_by_organisation(name_part) {
        return None;
    }
    let words: Vec<&str> = name_part.split_whitespace().collect();
    if !(2..=7).contains(&words.len()) {
        return None;
    }
    let particle = |w: &str| matches!(w, "de" | "da" | "del" | "van" | "von" | "der" | "bin" | "al" | "and" | "la" | "le");
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    let names = words.iter().filter(|w| !particle(w)).count();
    let fits = words.iter().all(|w| capitalised(w) || particle(w)) && names >= 2 && !particle(words[0]) && !particle(words[words.len() - 1]);
    // (Not a weekday or month opening prose: "By Monday", "By March 2025".)
    let time_word = words.iter().any(|w| {
        matches!(
            w.trim_end_matches('.'),
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "January" | "February" | "March"
                | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December" | "Jan" | "Feb"
                | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sept" | "Sep" | "Oct" | "Nov" | "Dec"
        )
    });
    (fits && !time_word).then(|| name_part.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_under_the_headline_names_the_writer() {
        let text = "Ships Leave Kessa Harbour\n\nBy Marta Velychko | Sept. 24, 2024\n\nKESSA — Two ships left on Monday.";
        assert_eq!(byline_author(text).as_deref(), Some("Marta Velychko"));
        assert_eq!(byline_author("BY ANNA DE WITT AND IVO TARN, Baltic Wire\n\nText.").as_deref(), Some("ANNA DE WITT AND IVO TARN"));
        assert_eq!(byline_author("By Ada Moss\nText.").as_deref(), Some("Ada Moss"));
    }

    #[test]
    fn a_byline_may_name_the_outlet() {
        let text = "Drone Strikes, Day 2\n\nBy Marta Lindqvist and Aaro Heikkinen, Nordic Daily Tribune\n\nText.";
        assert_eq!(byline_author(text).as_deref(), Some("Marta Lindqvist and Aaro Heikkinen"));
        assert_eq!(byline_outlet(text).as_deref(), Some("Nordic Daily Tribune"));
        assert_eq!(byline_outlet("By Ada Moss | Reuters\nText.").as_deref(), Some("Reuters"));
        // An agency signing the report is its outlet and no writer.
        let wire = "Ships Leave Kessa\n\nBy The Associated Press\n\nKESSA - Two ships left.";
        assert_eq!(byline_author(wire), None);
        assert_eq!(byline_outlet(wire).as_deref(), Some("The Associated Press"));
        // A writer's role, a place or a date after the name is no outlet.
        for text in [
            "By Ada Moss, Staff Writer\nText.",
            "By Ada Moss, Times Staff Writer\nText.",
            "By Ada Moss, Associated Press Writer\nText.",
            "By Ada Moss, Kyiv\nText.",
            "By Ada Moss | Sept. 24, 2024\nText.",
        ] {
            assert_eq!(byline_outlet(text), None, "{text}");
        }
        // Nor is prose.
        assert_eq!(byline_outlet("By the time the Daily News arrived, it was dark."), None);
    }

    #[test]
    fn a_dateline_may_name_the_agency() {
        assert_eq!(dateline_outlet("MOSCOW, March 5. /TASS/. Russian air defense systems ...").as_deref(), Some("TASS"));
        assert_eq!(dateline_outlet("Headline here\n\nSEOUL, Nov. 13 (Yonhap) -- South Korea said ...").as_deref(), Some("Yonhap"));
        assert_eq!(dateline_outlet("KYIV (Reuters) - Ukraine said ...").as_deref(), Some("Reuters"));
        assert_eq!(dateline_outlet("N'DJAMENA, March 5 (Reuters) - Chad said ...").as_deref(), Some("Reuters"));
        // No agency, or brackets in the body.
        assert_eq!(dateline_outlet("KYIV - Ukraine said (on Monday) that ..."), None);
        assert_eq!(dateline_outlet("Officials (in Kyiv) said ..."), None);
        assert_eq!(dateline_outlet("NATO said on Monday (local time) that ..."), None);
    }

    #[test]
    fn prose_opening_with_by_is_no_byline() {
        for text in [
            "By Monday, troops had left Kessa.",
            "By March 2025 the port will reopen.",
            "By the time the ships left, it was dark.",
        ] {
            assert_eq!(byline_author(text), None, "{text}");
        }
        // Far down the text, a line opening with "By" is the body's.
        let long = format!("{}\nBy Ada Moss\n", "A sentence of the body that runs on.\n".repeat(20));
        assert_eq!(byline_author(&long), None);
    }
}
