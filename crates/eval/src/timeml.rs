//! TimeML (TempEval-3 style) documents: reading the creation time, the text and the gold TIMEX3
//! expressions, and writing the same document back with other TIMEX3 tags.
//!
//! `sitrep eval time` scores the time tagger against the TIMEX3 tags of TimeBank, AQUAINT and
//! the TempEval-3 sets, and `sitrep annotate --input timeml --format timeml` must hand outside
//! scorers the very document it was given with only the tags inside `<TEXT>` changed. Both need
//! the same view of a file: the bytes before and after the content of `<TEXT>`, kept verbatim;
//! the content with its inline TIMEX3, EVENT and SIGNAL tags removed; and that content decoded
//! (entities resolved, any other tag skipped) into the plain text a tagger reads, with a map from
//! each decoded byte back to the raw content so new tags land between the right raw bytes.
//!
//! This is a small purpose-built reader, not a general XML parser: TimeML files are flat markup
//! inside `<TEXT>`, and the reader only has to find tags, attributes and entities there.

use std::fmt::Write as _;

use std::path::PathBuf;

use chrono::NaiveDate;

/// Errors of the time-expression readers (TimeML, MEANTIME) and the TimeML writer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    InFile { path: PathBuf, source: Box<Error> },
    #[error("not a usable document: {0}")]
    Format(&'static str),
    #[error(
        "time expression {start}..{end} does not fit the text ({len} bytes) or splits a character"
    )]
    BadSpan {
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("time expression {start}..{end} overlaps the one before it")]
    Overlap { start: usize, end: usize },
}

/// One TIMEX3 expression over the decoded text of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Byte offsets into [`TimeMlDoc::text`] (the decoded text), end exclusive.
    pub start: usize,
    pub end: usize,
    pub tid: String,
    /// "DATE", "TIME", "DURATION" or "SET".
    pub timex_type: String,
    pub value: String,
    pub timex_mod: Option<String>,
}

/// A TimeML document split into what is kept verbatim and what the tagger reads.
#[derive(Clone, Debug)]
pub struct TimeMlDoc {
    /// The whole file as read.
    raw: String,
    /// Byte range of the content of `<TEXT>` in `raw`.
    content: (usize, usize),
    /// The content of `<TEXT>` with TIMEX3, EVENT and SIGNAL tags removed, otherwise raw.
    stripped: String,
    /// For each byte offset `i` of `text` (and `text.len()`), where that byte starts in
    /// `stripped`, after any skipped tag.
    starts: Vec<usize>,
    /// For each byte offset `i` of `text` (and `0`), where the byte before it ends in
    /// `stripped`, before any skipped tag.
    ends: Vec<usize>,
    /// The decoded text inside `<TEXT>`: what the tagger reads and what spans index.
    pub text: String,
    /// The document creation time from `<DCT>`, when it holds a readable date.
    pub dct: Option<NaiveDate>,
    /// The gold TIMEX3 expressions inside `<TEXT>`, in text order, without the creation time
    /// (`tid="t0"` or `functionInDocument="CREATION_TIME"`).
    pub timexes: Vec<Timex>,
    /// Spans of creation-time expressions found inside `<TEXT>`; not scored either way.
    pub dct_spans: Vec<(usize, usize)>,
}

const STRIPPED_TAGS: [&str; 3] = ["TIMEX3", "EVENT", "SIGNAL"];

impl TimeMlDoc {
    /// Reads a TimeML document from its text.
    pub fn parse(raw: &str) -> Result<TimeMlDoc, Error> {
        let open = find_tag(raw, 0, "TEXT").ok_or(Error::Format("no <TEXT> element"))?;
        let close = raw[open.1..]
            .find("</TEXT>")
            .map(|i| open.1 + i)
            .ok_or(Error::Format("<TEXT> is not closed"))?;
        let dct = read_dct(raw);
        let mut doc = TimeMlDoc {
            raw: raw.to_string(),
            content: (open.1, close),
            stripped: String::new(),
            starts: Vec::new(),
            ends: vec![0],
            text: String::new(),
            dct,
            timexes: Vec::new(),
            dct_spans: Vec::new(),
        };
        doc.read_content()?;
        Ok(doc)
    }

    fn read_content(&mut self) -> Result<(), Error> {
        let raw = std::mem::take(&mut self.raw);
        let result = self.read_from(&raw[self.content.0..self.content.1]);
        self.raw = raw;
        result
    }

    fn read_from(&mut self, src: &str) -> Result<(), Error> {
        let mut open: Option<(usize, Attrs)> = None;
        let mut i = 0;
        while i < src.len() {
            let rest = &src[i..];
            if rest.starts_with('<') {
                let len = rest
                    .find('>')
                    .ok_or(Error::Format("unterminated tag in <TEXT>"))?
                    + 1;
                let tag = &rest[..len];
                let (name, closing) = tag_name(tag);
                if STRIPPED_TAGS.contains(&name) {
                    if name == "TIMEX3" {
                        if closing {
                            let (start, attrs) = open
                                .take()
                                .ok_or(Error::Format("</TIMEX3> without <TIMEX3>"))?;
                            self.push_gold(start, self.text.len(), attrs);
                        } else if open.is_some() {
                            return Err(Error::Format("nested <TIMEX3>"));
                        } else {
                            let attrs = parse_attrs(tag);
                            if tag.ends_with("/>") {
                                // An empty (non-consuming) TIMEX3 names no text; skip it.
                            } else {
                                open = Some((self.text.len(), attrs));
                            }
                        }
                    }
                } else {
                    // Any other tag stays in the raw content but is no text.
                    self.stripped.push_str(tag);
                }
                i += len;
                continue;
            }
            if rest.starts_with('&') {
                if let Some((ch, len)) = decode_entity(rest) {
                    self.push_decoded(ch, &rest[..len]);
                    i += len;
                    continue;
                }
            }
            let ch = rest
                .chars()
                .next()
                .ok_or(Error::Format("empty character"))?;
            let len = ch.len_utf8();
            self.push_decoded(ch, &rest[..len]);
            i += len;
        }
        if open.is_some() {
            return Err(Error::Format("<TIMEX3> is not closed"));
        }
        self.starts.push(self.stripped.len());
        Ok(())
    }

    fn push_decoded(&mut self, ch: char, raw: &str) {
        let raw_start = self.stripped.len();
        self.stripped.push_str(raw);
        let raw_end = self.stripped.len();
        for k in 0..ch.len_utf8() {
            // Inside a multi-byte character or entity both maps point at its raw boundaries;
            // spans never start or end there (they are on character boundaries).
            self.starts.push(raw_start);
            self.ends.push(if k + 1 == ch.len_utf8() {
                raw_end
            } else {
                raw_start
            });
        }
        self.text.push(ch);
    }

    fn push_gold(&mut self, start: usize, end: usize, attrs: Attrs) {
        let tid = attrs.get("tid").unwrap_or_default();
        let function = attrs.get("functionInDocument").unwrap_or_default();
        if tid == "t0" || function == "CREATION_TIME" {
            self.dct_spans.push((start, end));
            return;
        }
        self.timexes.push(Timex {
            start,
            end,
            tid,
            timex_type: attrs.get("type").unwrap_or_default(),
            value: attrs.get("value").unwrap_or_default(),
            timex_mod: attrs.get("mod").filter(|m| !m.is_empty()),
        });
    }

    /// The document again, with `timexes` (spans into [`TimeMlDoc::text`], in any order, not
    /// overlapping) as the only TIMEX3 tags in `<TEXT>`, and EVENT and SIGNAL tags removed.
    /// Everything outside the content of `<TEXT>` is byte-identical to the input.
    pub fn write(&self, timexes: &[Timex]) -> Result<String, Error> {
        let mut sorted: Vec<&Timex> = timexes.iter().collect();
        sorted.sort_by_key(|t| (t.start, t.end));
        let n = self.text.len();
        let mut prev_end = 0;
        for t in &sorted {
            let fits = t.start < t.end
                && t.end <= n
                && self.text.is_char_boundary(t.start)
                && self.text.is_char_boundary(t.end);
            if !fits {
                return Err(Error::BadSpan {
                    start: t.start,
                    end: t.end,
                    len: n,
                });
            }
            if t.start < prev_end {
                return Err(Error::Overlap {
                    start: t.start,
                    end: t.end,
                });
            }
            prev_end = t.end;
        }
        let mut out = String::with_capacity(self.raw.len() + 64 * sorted.len());
        out.push_str(&self.raw[..self.content.0]);
        let mut at = 0;
        for t in sorted {
            let (s, e) = (self.starts[t.start], self.ends[t.end]);
            out.push_str(&self.stripped[at..s]);
            out.push_str("<TIMEX3 tid=\"");
            escape_into(&mut out, &t.tid);
            out.push_str("\" type=\"");
            escape_into(&mut out, &t.timex_type);
            out.push_str("\" value=\"");
            escape_into(&mut out, &t.value);
            out.push('"');
            if let Some(m) = &t.timex_mod {
                out.push_str(" mod=\"");
                escape_into(&mut out, m);
                out.push('"');
            }
            out.push('>');
            out.push_str(&self.stripped[s..e]);
            out.push_str("</TIMEX3>");
            at = e;
        }
        out.push_str(&self.stripped[at..]);
        out.push_str(&self.raw[self.content.1..]);
        Ok(out)
    }
}

/// The byte range of the first `<NAME ...>` start tag at or after `from`: (start, end).
fn find_tag(raw: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let mut at = from;
    loop {
        let i = at + raw[at..].find('<')?;
        let rest = &raw[i + 1..];
        let after = rest.get(name.len()..name.len() + 1);
        if rest.starts_with(name)
            && matches!(after, Some(">") | Some(" ") | Some("\n") | Some("\t"))
        {
            let end = i + raw[i..].find('>')? + 1;
            return Some((i, end));
        }
        at = i + 1;
    }
}

/// The creation time: the `value` of the TIMEX3 inside `<DCT>`, read as a date.
fn read_dct(raw: &str) -> Option<NaiveDate> {
    let (_, open_end) = find_tag(raw, 0, "DCT")?;
    let close = open_end + raw[open_end..].find("</DCT>")?;
    let inner = &raw[open_end..close];
    let (t0, t1) = find_tag(inner, 0, "TIMEX3")?;
    let value = parse_attrs(&inner[t0..t1]).get("value")?;
    parse_date_prefix(&value)
}

/// A date from the start of a TIMEX3 value: "1998-01-08", "1998-01-08T10:00", "19980108".
pub fn parse_date_prefix(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    if let Some(d) = v
        .get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
    {
        return Some(d);
    }
    v.get(..8)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y%m%d").ok())
}

/// The name of a tag (`<TIMEX3 ...>`, `</TIMEX3>`, `<EVENT/>`) and whether it closes.
fn tag_name(tag: &str) -> (&str, bool) {
    let inner = tag.trim_start_matches('<');
    let (inner, closing) = match inner.strip_prefix('/') {
        Some(r) => (r, true),
        None => (inner, false),
    };
    let end = inner
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(inner.len());
    (&inner[..end], closing)
}

/// The attributes of one start tag, values decoded.
pub(crate) struct Attrs(Vec<(String, String)>);

impl Attrs {
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// Reads `name="value"` and `name='value'` pairs of a start tag; anything else is skipped.
pub(crate) fn parse_attrs(tag: &str) -> Attrs {
    let mut out = Vec::new();
    let bytes = tag.as_bytes();
    // Only ASCII bytes are compared, so every stop is a character boundary (a byte of a
    // multi-byte character such as 0xA0 must not pass for a no-break space).
    let mut i = tag.find(|c: char| c.is_ascii_whitespace()).unwrap_or(tag.len());
    while i < bytes.len() {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let name_start = i;
        while i < bytes.len() && bytes[i] != b'=' && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
            i += 1;
        }
        let name = &tag[name_start..i];
        if i >= bytes.len() || bytes[i] != b'=' {
            // Skip the character that ended the name (a space or '>': one byte).
            i += 1;
            continue;
        }
        i += 1;
        let Some(&quote) = bytes.get(i).filter(|q| **q == b'"' || **q == b'\'') else {
            continue;
        };
        let value_start = i + 1;
        let Some(len) = tag[value_start..].find(quote as char) else {
            break;
        };
        out.push((
            name.to_string(),
            decode_entities(&tag[value_start..value_start + len]),
        ));
        i = value_start + len + 1;
    }
    Attrs(out)
}

/// The character an entity at the start of `s` stands for, and the entity's length.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let ch = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let code =
                if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()?
                } else {
                    name.strip_prefix('#')?.parse().ok()?
                };
            char::from_u32(code)?
        }
    };
    Some((ch, end + 1))
}

/// `s` with its entities resolved (unknown ones kept as written).
pub(crate) fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(off) = s[i..].find('&') {
        out.push_str(&s[i..i + off]);
        i += off;
        match decode_entity(&s[i..]) {
            Some((ch, len)) => {
                out.push(ch);
                i += len;
            }
            None => {
                out.push('&');
                i += 1;
            }
        }
    }
    out.push_str(&s[i..]);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => {
                let _ = out.write_char(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {

    /// Found by the `benchmark_formats` fuzz target: a name running into a multi-byte character
    /// whose second byte is 0xA0 (the code of a no-break space) was cut inside that character.
    #[test]
    fn attribute_names_with_multibyte_characters_are_cut_on_boundaries() {
        let attrs = parse_attrs("<TIMEX3 tid=\"t5\" 8e=\"\"2024 \u{7a0}1> value='x' type\u{a0}=\"DATE\"");
        assert_eq!(attrs.get("tid").as_deref(), Some("t5"));
        let _ = parse_attrs("<T \u{7a0}\u{a0}\u{7a0}=\"a\" b=\"\u{7a0}\"");
    }
    use super::*;

    /// A fictional wire report, annotated the way the writer writes.
    const ANNOTATED: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>FICT20240118.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-01-18" temporalFunction="false" functionInDocument="CREATION_TIME">20240118</TIMEX3></DCT>
<TEXT>
Ferry crews in Port Aldis said on <TIMEX3 tid="t1" type="DATE" value="2024-01-15">Monday</TIMEX3> that the strike would last <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3>.
Fares rose by 5% &amp; more in <TIMEX3 tid="t3" type="DATE" value="2023-12">December</TIMEX3>, the union&apos;s café said.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
"#;

    #[test]
    fn reads_dct_text_and_gold() {
        let doc = TimeMlDoc::parse(ANNOTATED).expect("parses");
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2024, 1, 18));
        assert!(doc.text.contains("5% & more"));
        assert!(doc.text.contains("union's café"));
        assert!(!doc.text.contains('<'));
        let spans: Vec<&str> = doc
            .timexes
            .iter()
            .map(|t| &doc.text[t.start..t.end])
            .collect();
        assert_eq!(spans, ["Monday", "about three days", "December"]);
        assert_eq!(doc.timexes[1].timex_mod.as_deref(), Some("APPROX"));
        assert_eq!(doc.timexes[2].value, "2023-12");
    }

    #[test]
    fn round_trip_is_byte_identical() {
        let doc = TimeMlDoc::parse(ANNOTATED).expect("parses");
        let out = doc.write(&doc.timexes).expect("writes");
        assert_eq!(out, ANNOTATED);
    }

    #[test]
    fn events_and_signals_are_stripped_and_outside_text_kept() {
        let input = ANNOTATED.replace(
            "said on",
            "<EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> <SIGNAL sid=\"s1\">on</SIGNAL>",
        );
        let doc = TimeMlDoc::parse(&input).expect("parses");
        let out = doc.write(&doc.timexes).expect("writes");
        assert_eq!(out, ANNOTATED);
        let plain = doc.write(&[]).expect("writes");
        assert!(!plain[plain.find("<TEXT>").unwrap_or(0)..].contains("<TIMEX3"));
        assert!(plain.ends_with("<TLINK lid=\"l1\" relType=\"BEFORE\" timeID=\"t1\" relatedToTime=\"t0\"/>\n</TimeML>\n"));
        assert!(plain.contains("5% &amp; more in December, the union&apos;s café"));
    }

    #[test]
    fn new_tags_go_around_entities_and_multibyte_text() {
        let doc = TimeMlDoc::parse(ANNOTATED).expect("parses");
        let start = doc.text.find("union's café").expect("present");
        let t = Timex {
            start,
            end: start + "union's café".len(),
            tid: "t9".into(),
            timex_type: "DATE".into(),
            value: "X&Y".into(),
            timex_mod: None,
        };
        let out = doc.write(&[t]).expect("writes");
        assert!(out.contains(
            r#"<TIMEX3 tid="t9" type="DATE" value="X&amp;Y">union&apos;s café</TIMEX3>"#
        ));
    }

    #[test]
    fn overlapping_or_bad_spans_are_refused() {
        let doc = TimeMlDoc::parse(ANNOTATED).expect("parses");
        let mut a = doc.timexes[1].clone();
        a.start = doc.timexes[1].start + 2;
        assert!(matches!(
            doc.write(&[doc.timexes[1].clone(), a]),
            Err(Error::Overlap { .. })
        ));
        let mut b = doc.timexes[0].clone();
        b.end = doc.text.len() + 5;
        assert!(matches!(doc.write(&[b]), Err(Error::BadSpan { .. })));
    }

    #[test]
    fn missing_text_is_an_error() {
        assert!(TimeMlDoc::parse("<TimeML><DCT></DCT></TimeML>").is_err());
        assert!(TimeMlDoc::parse("<TimeML><TEXT>a <TIMEX3 tid=\"t1\">b</TEXT></TimeML>").is_err());
    }

    #[test]
    fn no_dct_is_none() {
        let doc = TimeMlDoc::parse("<TimeML><TEXT>on Friday</TEXT></TimeML>").expect("parses");
        assert_eq!(doc.dct, None);
        assert_eq!(doc.text, "on Friday");
    }
}
