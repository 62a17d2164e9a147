//! HTML character references (`&amp;`, `&#8217;`, `&nbsp;`, ...), decoded by hand.
//!
//! The extractor needs to know exactly how many raw bytes a reference spans, so that the
//! decoded character can be anchored to them; a hand-written decoder over a table of the
//! references news pages actually use gives that without a full HTML5 parser. Unknown names
//! are left as they are (the `&` is then ordinary text).

/// Named references, without `&` and `;`.
#[rustfmt::skip]
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("nbsp", "\u{a0}"),
    ("ndash", "–"), ("mdash", "—"), ("horbar", "―"), ("minus", "−"), ("hyphen", "‐"),
    ("lsquo", "‘"), ("rsquo", "’"), ("sbquo", "‚"), ("ldquo", "“"), ("rdquo", "”"), ("bdquo", "„"),
    ("laquo", "«"), ("raquo", "»"), ("lsaquo", "‹"), ("rsaquo", "›"), ("prime", "′"), ("Prime", "″"),
    ("hellip", "…"), ("bull", "•"), ("middot", "·"), ("dagger", "†"), ("Dagger", "‡"),
    ("deg", "°"), ("copy", "©"), ("reg", "®"), ("trade", "™"), ("sect", "§"), ("para", "¶"),
    ("euro", "€"), ("pound", "£"), ("yen", "¥"), ("cent", "¢"), ("curren", "¤"),
    ("times", "×"), ("divide", "÷"), ("plusmn", "±"), ("micro", "µ"), ("permil", "‰"),
    ("frac12", "½"), ("frac14", "¼"), ("frac34", "¾"), ("sup1", "¹"), ("sup2", "²"), ("sup3", "³"),
    ("ordf", "ª"), ("ordm", "º"), ("iexcl", "¡"), ("iquest", "¿"), ("acute", "´"), ("uml", "¨"),
    ("shy", "\u{ad}"), ("ensp", "\u{2002}"), ("emsp", "\u{2003}"), ("thinsp", "\u{2009}"),
    ("zwnj", "\u{200c}"), ("zwj", "\u{200d}"), ("lrm", "\u{200e}"), ("rlm", "\u{200f}"),
    ("larr", "←"), ("rarr", "→"), ("uarr", "↑"), ("darr", "↓"), ("harr", "↔"),
    ("Agrave", "À"), ("Aacute", "Á"), ("Acirc", "Â"), ("Atilde", "Ã"), ("Auml", "Ä"), ("Aring", "Å"),
    ("AElig", "Æ"), ("Ccedil", "Ç"), ("Egrave", "È"), ("Eacute", "É"), ("Ecirc", "Ê"), ("Euml", "Ë"),
    ("Igrave", "Ì"), ("Iacute", "Í"), ("Icirc", "Î"), ("Iuml", "Ï"), ("ETH", "Ð"), ("Ntilde", "Ñ"),
    ("Ograve", "Ò"), ("Oacute", "Ó"), ("Ocirc", "Ô"), ("Otilde", "Õ"), ("Ouml", "Ö"), ("Oslash", "Ø"),
    ("Ugrave", "Ù"), ("Uacute", "Ú"), ("Ucirc", "Û"), ("Uuml", "Ü"), ("Yacute", "Ý"), ("THORN", "Þ"),
    ("szlig", "ß"), ("agrave", "à"), ("aacute", "á"), ("acirc", "â"), ("atilde", "ã"), ("auml", "ä"),
    ("aring", "å"), ("aelig", "æ"), ("ccedil", "ç"), ("egrave", "è"), ("eacute", "é"), ("ecirc", "ê"),
    ("euml", "ë"), ("igrave", "ì"), ("iacute", "í"), ("icirc", "î"), ("iuml", "ï"), ("eth", "ð"),
    ("ntilde", "ñ"), ("ograve", "ò"), ("oacute", "ó"), ("ocirc", "ô"), ("otilde", "õ"), ("ouml", "ö"),
    ("oslash", "ø"), ("ugrave", "ù"), ("uacute", "ú"), ("ucirc", "û"), ("uuml", "ü"), ("yacute", "ý"),
    ("thorn", "þ"), ("yuml", "ÿ"), ("OElig", "Œ"), ("oelig", "œ"), ("Scaron", "Š"), ("scaron", "š"),
    ("Yuml", "Ÿ"), ("fnof", "ƒ"), ("circ", "ˆ"), ("tilde", "˜"),
];

/// Names browsers also accept without the closing `;`.
const LEGACY_WITHOUT_SEMICOLON: &[&str] = &["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"];

/// What windows-1252 puts at 0x80..=0x9F, which pages often write as `&#146;` and the like.
#[rustfmt::skip]
const WINDOWS_1252_C1: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Decodes the character reference at the start of `s` (which starts with `&`): the decoded
/// text and how many bytes of `s` it spans. `None` when `s` does not start with a reference.
pub(crate) fn decode_at(s: &str) -> Option<(String, usize)> {
    let rest = s.strip_prefix('&')?;
    if let Some(num) = rest.strip_prefix('#') {
        let (digits, radix, prefix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 3),
            None => (num, 10, 2),
        };
        let len = digits
            .bytes()
            .take_while(|b| b.is_ascii_digit() || (radix == 16 && b.is_ascii_hexdigit()))
            .count();
        if len == 0 {
            return None;
        }
        let value = u32::from_str_radix(&digits[..len.min(8)], radix).unwrap_or(u32::MAX);
        let c = match value {
            0x80..=0x9f => WINDOWS_1252_C1[(value - 0x80) as usize],
            0 => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        let semicolon = usize::from(digits[len..].starts_with(';'));
        return Some((c.to_string(), prefix + len + semicolon));
    }
    let len = rest
        .bytes()
        .take(32)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let name = &rest[..len];
    let decoded = NAMED.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)?;
    if rest[len..].starts_with(';') {
        return Some((decoded.to_string(), 1 + len + 1));
    }
    let next_ok = !rest[len..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '=');
    (LEGACY_WITHOUT_SEMICOLON.contains(&name) && next_ok).then(|| (decoded.to_string(), 1 + len))
}

/// Decodes all references in an attribute value or other short text.
pub(crate) fn decode_all(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_at(rest) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = rest.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode_with_their_length() {
        assert_eq!(decode_at("&amp; more"), Some(("&".into(), 5)));
        assert_eq!(decode_at("&#8217;s"), Some(("’".into(), 7)));
        assert_eq!(decode_at("&#x2019;"), Some(("’".into(), 8)));
        assert_eq!(decode_at("&nbsp;"), Some(("\u{a0}".into(), 6)));
        assert_eq!(
            decode_at("&#146;"),
            Some(("’".into(), 6)),
            "windows-1252 quirk"
        );
        assert_eq!(
            decode_at("&amp rest"),
            Some(("&".into(), 4)),
            "legacy without ;"
        );
        assert_eq!(decode_at("&ampersand"), None);
        assert_eq!(decode_at("&unknown;"), None);
        assert_eq!(decode_at("&#;"), None);
        assert_eq!(decode_at("&#99999999999;"), Some(("\u{FFFD}".into(), 14)));
        assert_eq!(decode_at("&#0;"), Some(("\u{FFFD}".into(), 4)));
    }

    #[test]
    fn whole_strings_decode() {
        assert_eq!(
            decode_all("Tom &amp; Jerry&#8217;s &lt;b&gt; & co"),
            "Tom & Jerry’s <b> & co"
        );
    }
}
