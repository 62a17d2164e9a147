//! MEANTIME (NewsReader, CAT XML) documents: their text and gold TIMEX3 expressions.
//!
//! MEANTIME is the second held-out corpus the time tagger is reported on. Its files hold no
//! running text, only tokens (`<token t_id sentence>`) and, under `<Markables>`, TIMEX3
//! markables that list the ids of the tokens they cover. This reader rebuilds a plain text from
//! the tokens the way the articles were printed (no space before closing punctuation, after
//! opening brackets and quotes; `` `` `` and `''` become straight double quotes; one line per
//! sentence), records where each token landed, and turns every markable into a span from its
//! first to its last token. The creation-time markable gives the publication date and is kept
//! out of the gold (as TempEval-3 keeps the DCT out); markables over no token are skipped.
//!
//! MEANTIME annotated time expressions only in the title, the dateline and the first four
//! sentences of each article (sentences 0 to 5 in its numbering; later sentences carry only
//! some event mentions for cross-document links). The text after them is still given to the
//! tagger, as context, but is marked as not annotated so that what the tagger finds there is
//! not scored.

use chrono::NaiveDate;

use crate::timeml::{decode_entities, parse_attrs, parse_date_prefix, Error, Timex};

/// One MEANTIME article as the time scorer needs it.
#[derive(Clone, Debug)]
pub struct MeantimeDoc {
    /// The `doc_name` attribute (or empty).
    pub name: String,
    /// The text rebuilt from the tokens.
    pub text: String,
    /// The value of the creation-time markable.
    pub dct: Option<NaiveDate>,
    /// Gold TIMEX3 spans into `text`, in text order, without the creation time.
    pub timexes: Vec<Timex>,
    /// Where the creation time stands in the text (a dateline); not scored either way.
    pub dct_spans: Vec<(usize, usize)>,
    /// The text after the sentences MEANTIME annotated with time expressions.
    pub unannotated: Option<(usize, usize)>,
    /// Gold event mentions (`EVENT_MENTION` markables) as spans into `text`, in text order.
    pub events: Vec<(usize, usize)>,
}

/// Sentences `0..ANNOTATED_SENTENCES` carry MEANTIME's time annotation.
pub const ANNOTATED_SENTENCES: u32 = 6;

struct Token {
    id: String,
    sentence: String,
    word: String,
}

/// True for a CAT document (`<Document ...>` with tokens), as opposed to TimeML.
pub fn looks_like_meantime(raw: &str) -> bool {
    raw.find("<Document").is_some_and(|p| p < 600) && raw.contains("<token ")
}

impl MeantimeDoc {
    pub fn parse(raw: &str) -> Result<MeantimeDoc, Error> {
        let name = find_start_tag(raw, "Document", 0)
            .and_then(|(s, e)| parse_attrs(&raw[s..e]).get("doc_name"))
            .unwrap_or_default();
        let tokens = read_tokens(raw)?;
        let (text, spans) = detokenize(&tokens);
        let index = |id: &str| tokens.iter().position(|t| t.id == id);

        let mut timexes = Vec::new();
        let mut dct_spans = Vec::new();
        let mut dct = None;
        let mut at = raw.find("<Markables>").unwrap_or(raw.len());
        while let Some((s, e)) = find_start_tag(raw, "TIMEX3", at) {
            let tag = &raw[s..e];
            let attrs = parse_attrs(tag);
            let body_end = if tag.ends_with("/>") {
                e
            } else {
                e + raw[e..]
                    .find("</TIMEX3>")
                    .ok_or(Error::Format("<TIMEX3> markable is not closed"))?
            };
            at = body_end;
            let Some(span) = anchored_span(raw, e, body_end, &index, &spans) else {
                continue;
            };
            let value = attrs.get("value").unwrap_or_default();
            if attrs.get("functionInDocument").as_deref() == Some("CREATION_TIME") {
                dct = dct.or_else(|| parse_date_prefix(&value));
                dct_spans.push(span);
                continue;
            }
            timexes.push(Timex {
                start: span.0,
                end: span.1,
                tid: attrs.get("m_id").unwrap_or_default(),
                timex_type: attrs.get("type").unwrap_or_default(),
                value,
                timex_mod: attrs.get("mod").filter(|m| !m.is_empty()),
            });
        }
        timexes.sort_by_key(|t| (t.start, t.end));
        let mut events = Vec::new();
        let mut at = raw.find("<Markables>").unwrap_or(raw.len());
        while let Some((s, e)) = find_start_tag(raw, "EVENT_MENTION", at) {
            let body_end = if raw[s..e].ends_with("/>") {
                e
            } else {
                e + raw[e..].find("</EVENT_MENTION>").ok_or(Error::Format("<EVENT_MENTION> markable is not closed"))?
            };
            at = body_end;
            if let Some(span) = anchored_span(raw, e, body_end, &index, &spans) {
                events.push(span);
            }
        }
        events.sort_unstable();
        let unannotated = tokens
            .iter()
            .position(|t| {
                t.sentence
                    .parse::<u32>()
                    .is_ok_and(|n| n >= ANNOTATED_SENTENCES)
            })
            .map(|i| (spans[i].0, text.len()));
        Ok(MeantimeDoc {
            name,
            text,
            dct,
            timexes,
            dct_spans,
            unannotated,
            events,
        })
    }
}

/// The text span from the first to the last token a markable's `<token_anchor>`s name, for the
/// markable body `raw[from..to]`.
fn anchored_span(
    raw: &str,
    from: usize,
    to: usize,
    index: &dyn Fn(&str) -> Option<usize>,
    spans: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let mut first: Option<usize> = None;
    let mut last: Option<usize> = None;
    let mut a = from;
    while let Some((ts, te)) = find_start_tag(&raw[..to], "token_anchor", a) {
        let id = parse_attrs(&raw[ts..te]).get("t_id").unwrap_or_default();
        if let Some(i) = index(&id) {
            first = Some(first.map_or(i, |f| f.min(i)));
            last = Some(last.map_or(i, |l| l.max(i)));
        }
        a = te;
    }
    Some((spans.get(first?)?.0, spans.get(last?)?.1))
}

/// The byte range of the first `<NAME ` start tag at or after `from`.
fn find_start_tag(raw: &str, name: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    loop {
        let i = at + raw.get(at..)?.find('<')?;
        let rest = &raw[i + 1..];
        if rest.starts_with(name) && rest[name.len()..].starts_with([' ', '>', '/', '\n']) {
            let end = i + raw[i..].find('>')? + 1;
            return Some((i, end));
        }
        at = i + 1;
    }
}

fn read_tokens(raw: &str) -> Result<Vec<Token>, Error> {
    let mut out = Vec::new();
    let mut at = 0;
    let stop = raw.find("<Markables").unwrap_or(raw.len());
    while let Some((s, e)) = find_start_tag(&raw[..stop], "token", at) {
        let attrs = parse_attrs(&raw[s..e]);
        let close = e + raw[e..]
            .find("</token>")
            .ok_or(Error::Format("<token> is not closed"))?;
        out.push(Token {
            id: attrs.get("t_id").unwrap_or_default(),
            sentence: attrs.get("sentence").unwrap_or_default(),
            word: decode_entities(&raw[e..close]),
        });
        at = close;
    }
    if out.is_empty() {
        return Err(Error::Format("no <token> elements"));
    }
    Ok(out)
}

/// Tokens that attach to the word before them.
fn closes(word: &str) -> bool {
    matches!(
        word,
        "," | "."
            | ";"
            | ":"
            | "!"
            | "?"
            | ")"
            | "]"
            | "}"
            | "%"
            | "''"
            | "'s"
            | "'"
            | "n't"
            | "'re"
            | "'ve"
            | "'ll"
            | "'d"
            | "'m"
            | "..."
            | "”"
            | "’"
    )
}

/// Tokens that attach to the word after them.
fn opens(word: &str) -> bool {
    matches!(word, "(" | "[" | "{" | "``" | "“" | "$" | "`" | "#")
}

/// The text and each token's byte span in it.
fn detokenize(tokens: &[Token]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    let mut glue_next = true;
    let mut in_quote = false;
    let mut sentence: Option<&str> = None;
    for t in tokens {
        let word = match t.word.as_str() {
            "``" | "''" => "\"",
            w => w,
        };
        let new_sentence = sentence.is_some_and(|s| s != t.sentence);
        sentence = Some(&t.sentence);
        if new_sentence {
            text.push('\n');
            glue_next = true;
            in_quote = false;
        }
        let mut glue = glue_next || closes(&t.word);
        let mut opener = opens(&t.word);
        if t.word == "\"" {
            // A straight quote opens or closes by parity within the sentence.
            if in_quote {
                glue = true;
            } else {
                opener = true;
            }
            in_quote = !in_quote;
        }
        if !glue {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(word);
        spans.push((start, text.len()));
        glue_next = opener;
    }
    (text, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?><Document doc_name="fict_harbor" lang="en">
<token number="0" sentence="0" t_id="1">Harbor</token>
<token number="1" sentence="0" t_id="2">reopens</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">3</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2011</token>
<token number="6" sentence="2" t_id="7">The</token>
<token number="7" sentence="2" t_id="8">port</token>
<token number="8" sentence="2" t_id="9">(</token>
<token number="9" sentence="2" t_id="10">``</token>
<token number="10" sentence="2" t_id="11">Dock</token>
<token number="11" sentence="2" t_id="12">''</token>
<token number="12" sentence="2" t_id="13">)</token>
<token number="13" sentence="2" t_id="14">closed</token>
<token number="14" sentence="2" t_id="15">last</token>
<token number="15" sentence="2" t_id="16">week</token>
<token number="16" sentence="2" t_id="17">.</token>
<token number="17" sentence="6" t_id="18">Later</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="5" type="DATE" value="2011-03-03">
<token_anchor t_id="3"/>
<token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="6" type="DATE" value="2011-W08">
<token_anchor t_id="15"/>
<token_anchor t_id="16"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="7" type="DATE" value="2011-02-28"/>
</Markables>
</Document>
"#;

    #[test]
    fn rebuilds_text_and_spans() {
        assert!(looks_like_meantime(DOC));
        let doc = MeantimeDoc::parse(DOC).expect("parses");
        assert_eq!(doc.name, "fict_harbor");
        assert_eq!(
            doc.text,
            "Harbor reopens\nMarch 3, 2011\nThe port (\"Dock\") closed last week.\nLater"
        );
        assert_eq!(doc.unannotated, Some((doc.text.len() - 5, doc.text.len())));
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2011, 3, 3));
        assert_eq!(doc.dct_spans.len(), 1);
        assert_eq!(
            &doc.text[doc.dct_spans[0].0..doc.dct_spans[0].1],
            "March 3, 2011"
        );
        assert_eq!(doc.timexes.len(), 1, "the empty markable is skipped");
        let t = &doc.timexes[0];
        assert_eq!(
            (&doc.text[t.start..t.end], t.value.as_str()),
            ("last week", "2011-W08")
        );
    }
}
