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
    let mut end = text.len().min(BYLINE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].lines().map(str::trim).filter(|l| !l.is_empty()).take(BYLINE_LINES).find_map(author_of_line)
}

fn author_of_line(line: &str) -> Option<String> {
    let rest = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "))?;
    let name_part = rest.split(['|', ',', '—', '–', '(', '/', ';']).next()?.trim();
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
