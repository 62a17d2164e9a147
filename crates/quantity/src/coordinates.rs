//! Coordinates written out in the text: open-source investigators geolocate footage and give the
//! spot as numbers ("geolocated to 56.2969, 30.5215", "48°35'13\"N 38°00'03\"E", "47.0951° N,
//! 37.5413° E"). Such a spot is a place of its own, more precise than any gazetteer entry; the
//! resolver adds it to the place layer with the span of the whole pair, and the quantity tagger
//! counts nothing in it.
//!
//! Accepted forms, latitude first: two signed decimals joined by a comma (each with at least three
//! decimal places, so that "2.5, 3.1" stays two numbers), or two values each with a hemisphere
//! letter (N/S, then E/W), written in decimal degrees or in degrees, minutes and seconds.

use sitrep_doc::Span;

/// One coordinate pair found in a text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coordinates {
    pub span: Span,
    pub lat: f64,
    pub lon: f64,
}

/// Every coordinate pair in `text`, in order.
pub fn find_coordinates(text: &str) -> Vec<Coordinates> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts_number = b[i].is_ascii_digit() || b[i] == b'-' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        // (Only at the start of a number: not inside "2024-56.2969".)
        let boundary = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'.' | b'-' | b'\'' | b'"'));
        if starts_number && boundary {
            if let Some(found) = pair_at(text, i) {
                i = found.span.end();
                out.push(found);
                continue;
            }
            // (Past the whole number: "56.2969, 30.5215, 12.0001" is a list, and its second
            // and third numbers are no pair either.)
            if let Some((_, end, _)) = number(text, i) {
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A pair starting at byte `at`.
fn pair_at(text: &str, at: usize) -> Option<Coordinates> {
    let (lat, after_lat) = value(text, at)?;
    // Between the two: a comma and/or spaces (", ", " ", ",").
    let mut j = after_lat.end;
    let b = text.as_bytes();
    let mut comma = false;
    while j < b.len() && (b[j] == b' ' || b[j] == b',' && !comma) {
        comma |= b[j] == b',';
        j += 1;
    }
    if j == after_lat.end {
        return None;
    }
    let (lon, after_lon) = value(text, j)?;
    let (lat, lon) = match (after_lat.hemisphere, after_lon.hemisphere) {
        (Some(h), Some(k)) if matches!(h, 'N' | 'S') && matches!(k, 'E' | 'W') => {
            (if h == 'S' { -lat } else { lat }, if k == 'W' { -lon } else { lon })
        }
        // Plain decimals: a comma between, and three decimal places or more on each side.
        (None, None) if comma && after_lat.decimals >= 3 && after_lon.decimals >= 3 && !after_lat.dms && !after_lon.dms => (lat, lon),
        _ => return None,
    };
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return None;
    }
    // (Not two numbers of a longer list: "56.2969, 30.5215, 12.0001", "1.234, 2.345, 3.456".)
    let rest = &text[after_lon.end..];
    let list_goes_on = rest.trim_start_matches(' ').starts_with(',') && rest.trim_start_matches([' ', ',']).starts_with(|c: char| c.is_ascii_digit() || c == '-');
    let before = text[..at].trim_end_matches(' ');
    let list_before = before.ends_with(',') && before[..before.len() - 1].trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit());
    if after_lon.hemisphere.is_none() && (list_goes_on || list_before) {
        return None;
    }
    Some(Coordinates { span: Span::new(at, after_lon.end), lat, lon })
}

/// What follows a parsed value.
struct ValueEnd {
    end: usize,
    decimals: usize,
    hemisphere: Option<char>,
    /// Written with degree, minute or second marks.
    dms: bool,
}

/// One value at byte `at`: "56.2969", "-37.5", "47.0951° N", "48°35'13\"N", "48°35′13″ N".
fn value(text: &str, at: usize) -> Option<(f64, ValueEnd)> {
    let (degrees, mut end, decimals) = number(text, at)?;
    let mut total = degrees;
    let mut dms = false;
    // Degrees, then perhaps minutes and seconds (each under 60), a space allowed before each
    // part: "48°35'13\"N", "48° 35′ 13″ N", "47.0951 ° N".
    if let Some(after) = mark(text, end, &['°', 'º']) {
        dms = true;
        end = after;
        if let Some((minutes, m_end, _)) = number(text, skip_spaces(text, end)).filter(|m| m.0 < 60.0) {
            if let Some(after) = mark(text, m_end, &['\'', '′', '’']) {
                total += minutes / 60.0;
                end = after;
                if let Some((seconds, s_end, _)) = number(text, skip_spaces(text, end)).filter(|s| s.0 < 60.0) {
                    if let Some(after) = mark(text, s_end, &['"', '″', '”']) {
                        total += seconds / 3600.0;
                        end = after;
                    }
                }
            }
        }
    }
    let rest = &text[end..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    let letter = rest[spaces..].chars().next().filter(|c| matches!(c, 'N' | 'S' | 'E' | 'W'));
    // (A hemisphere letter is a word of its own: "30.5 East" is not "E".)
    let hemisphere = letter.filter(|_| !rest[spaces + 1..].starts_with(|c: char| c.is_alphanumeric()));
    if hemisphere.is_some() {
        end += spaces + 1;
    }
    let negative = text[at..].starts_with('-');
    if negative && (hemisphere.is_some() || dms) {
        return None;
    }
    Some((total, ValueEnd { end, decimals, hemisphere, dms }))
}

/// A number at `at` (a leading minus allowed): its value, end and count of decimal places.
fn number(text: &str, at: usize) -> Option<(f64, usize, usize)> {
    let b = text.as_bytes();
    let mut j = at;
    if b.get(j) == Some(&b'-') {
        j += 1;
    }
    let int_start = j;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    if j == int_start || j - int_start > 3 {
        return None;
    }
    let mut decimals = 0;
    if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        j += 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
            decimals += 1;
        }
    }
    let v: f64 = text[at..j].parse().ok()?;
    Some((v, j, decimals))
}

/// The end of one of `marks` at `at`, after spaces if any ("47.0951 °").
fn mark(text: &str, at: usize, marks: &[char]) -> Option<usize> {
    let at = skip_spaces(text, at);
    let c = text[at..].chars().next()?;
    marks.contains(&c).then(|| at + c.len_utf8())
}

/// The first byte at or after `at` that is no space.
fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start_matches(' ').len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (String, f64, f64) {
        let found = find_coordinates(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let c = found[0];
        (text[c.span.range()].to_string(), (c.lat * 1e4).round() / 1e4, (c.lon * 1e4).round() / 1e4)
    }

    #[test]
    fn decimal_pairs() {
        assert_eq!(one("geolocated to a crossing (56.2969, 30.5215), about"), ("56.2969, 30.5215".into(), 56.2969, 30.5215));
        assert_eq!(one("at -33.8688, 151.2093."), ("-33.8688, 151.2093".into(), -33.8688, 151.2093));
    }

    #[test]
    fn hemisphere_letters_and_degrees_minutes_seconds() {
        assert_eq!(one("filmed at 47.0951° N, 37.5413° E near the plant"), ("47.0951° N, 37.5413° E".into(), 47.0951, 37.5413));
        assert_eq!(one("position 48°35'13\"N 38°00'03\"E."), ("48°35'13\"N 38°00'03\"E".into(), 48.5869, 38.0008));
        assert_eq!(one("a wreck at 12.5 S, 40.25 W"), ("12.5 S, 40.25 W".into(), -12.5, -40.25));
        assert_eq!(one("spaced 48° 35′ 13″ N, 38° 00′ 03″ E."), ("48° 35′ 13″ N, 38° 00′ 03″ E".into(), 48.5869, 38.0008));
        assert_eq!(one("at 47.0951 ° N, 37.5413 ° E."), ("47.0951 ° N, 37.5413 ° E".into(), 47.0951, 37.5413));
    }

    #[test]
    fn numbers_that_are_no_coordinates() {
        for text in [
            "Prices rose 2.5, 3.1 and 4.0 percent.",
            "The ship was 95.1234, 30.5215 off.",
            "Scores of 1,500, 2,000 were given.",
            "The 2024-56.2969, 30.5215 entry.",
            "Route 40.1 N, 30.5 East.",
            "A list: 56.2969, 30.5215, 12.0001 and 1.234, 2.345, 3.456, 4.567.",
        ] {
            assert!(find_coordinates(text).is_empty(), "{text}: {:?}", find_coordinates(text));
        }
    }
}
