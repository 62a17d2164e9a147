//! GeoWebNews: reader and scorer for toponym recognition and resolution.
//!
//! **Data.** A GeoWebNews folder holds `brat/N.txt` + `brat/N.ann` (one article each: a first
//! line `TITLE: … LINK: …`, then the article text; brat stand-off annotations in character
//! offsets, GeoNames ids as `AnnotatorNotes`) and `GWN.xml` (the same articles and annotations,
//! with the gold latitude and longitude of each toponym, offsets relative to the article text
//! without the title line). [`read_dir`] reads the text, spans and types from brat and joins the
//! coordinates from `GWN.xml` by article and span. Articles come in the order of `GWN.xml`, which
//! is the order of the file names as strings ("0", "1", "10", "100", …); the text scored is the
//! article text without the `TITLE:` line, and the few annotations inside that line are dropped.
//!
//! **Which annotations are toponyms.** As the Pragmatic Guide to Geoparsing Evaluation (Gritta et
//! al.) recommends, a toponym is any of its eleven toponym types: the five *literal* types
//! (Literal, Literal_Modifier, Mixed, Coercion, Embedded_Literal) and the six *associative* ones
//! (Metonymic, Demonym, Language, Non_Literal_Modifier, Embedded_Non_Lit, Homonym). The other
//! brat types (Literal_Expression, Non_Lit_Expression: common nouns such as "the city";
//! Non_Toponym) are not toponyms; a prediction on one of them is a false positive. Recall on the
//! literal types alone is reported beside.
//!
//! **Measures.** Recognition: precision, recall and F1 with *exact* span match (same start and
//! end) — the headline — and with *overlapping* match, each gold toponym and prediction used at
//! most once. Resolution, "over the toponyms found": every gold toponym that has coordinates and
//! is overlapped by a prediction (one-to-one, the same matching) gives one error, the great-circle
//! distance in km between the gold point and the predicted one. From those: accuracy within 161
//! km (100 miles), mean and median error, and AUC as in Gritta et al.: the mean of
//! `ln(1 + error) / ln(20039)` (the area under the curve of sorted, log-scaled errors; 0 is
//! perfect, 1 is the worst).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use sitrep_doc::Span;

/// Errors of the GeoWebNews reader.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} line {line}: {message}")]
    Ann {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Xml { path: PathBuf, message: String },
}

/// The annotation types that count as toponyms, and to which class each belongs.
const LITERAL_TYPES: &[&str] = &[
    "Literal",
    "Literal_Modifier",
    "Mixed",
    "Coercion",
    "Embedded_Literal",
];
const ASSOCIATIVE_TYPES: &[&str] = &[
    "Metonymic",
    "Demonym",
    "Language",
    "Non_Literal_Modifier",
    "Embedded_Non_Lit",
    "Homonym",
];

/// Mean Earth radius used for great-circle distances, km.
const EARTH_RADIUS_KM: f64 = 6371.0088;
/// Half the Earth's circumference, the largest possible error, km (the AUC's scale).
const MAX_ERROR_KM: f64 = 20039.0;
/// The customary "accurate" threshold: 100 miles.
pub const ACCURACY_KM: f64 = 161.0;

/// Literal or associative, in the Pragmatic Guide's taxonomy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToponymClass {
    Literal,
    Associative,
}

/// The class of a GeoWebNews annotation type, or `None` when it is no toponym.
pub fn toponym_class(kind: &str) -> Option<ToponymClass> {
    if LITERAL_TYPES.contains(&kind) {
        Some(ToponymClass::Literal)
    } else if ASSOCIATIVE_TYPES.contains(&kind) {
        Some(ToponymClass::Associative)
    } else {
        None
    }
}

/// One gold toponym.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldToponym {
    /// Byte span into [`GeoArticle::text`].
    pub span: Span,
    /// The brat annotation type ("Literal", "Metonymic", ...).
    pub kind: String,
    pub class: ToponymClass,
    pub geonames_id: Option<u64>,
    /// Gold (latitude, longitude), when the corpus gives one.
    pub coords: Option<(f64, f64)>,
}

/// One article with its gold toponyms.
#[derive(Clone, Debug, PartialEq)]
pub struct GeoArticle {
    /// The file stem ("0", "1", "10", ...).
    pub id: String,
    /// The article text, without the `TITLE: … LINK: …` line.
    pub text: String,
    /// Toponyms only (see the module doc), in text order.
    pub toponyms: Vec<GoldToponym>,
}

/// One brat text-bound annotation, in byte offsets into the text it was read with.
#[derive(Clone, Debug, PartialEq)]
pub struct BratSpan {
    pub id: String,
    pub kind: String,
    pub span: Span,
    /// The `AnnotatorNotes` attached to it, when it is a number (a GeoNames id).
    pub geonames_id: Option<u64>,
}

/// Gold coordinates from `GWN.xml` for one toponym: character offsets into the article text.
#[derive(Clone, Debug, PartialEq)]
pub struct XmlToponym {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub coords: Option<(f64, f64)>,
    pub geonames_id: Option<u64>,
}

/// Reads a GeoWebNews folder (`GWN.xml` and `brat/`).
pub fn read_dir(dir: &Path) -> Result<Vec<GeoArticle>, Error> {
    let xml_path = dir.join("GWN.xml");
    let xml = read(&xml_path)?;
    let xml_articles = parse_gwn_xml(&xml).map_err(|message| Error::Xml {
        path: xml_path.clone(),
        message,
    })?;
    let mut out = Vec::with_capacity(xml_articles.len());
    for (id, xml_tops) in xml_articles {
        let txt_path = dir.join("brat").join(format!("{id}.txt"));
        let ann_path = dir.join("brat").join(format!("{id}.ann"));
        let raw = read(&txt_path)?;
        let ann = read(&ann_path)?;
        let spans = parse_ann(&raw, &ann).map_err(|(line, message)| Error::Ann {
            path: ann_path.clone(),
            line,
            message,
        })?;
        out.push(article(id, &raw, &spans, &xml_tops));
    }
    Ok(out)
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Joins one article's brat text and annotations with its `GWN.xml` coordinates. The
/// `TITLE:` line is cut off; annotations in it are dropped.
pub fn article(id: String, raw: &str, spans: &[BratSpan], xml: &[XmlToponym]) -> GeoArticle {
    let header_bytes = if raw.starts_with("TITLE:") {
        raw.find('\n').map_or(raw.len(), |i| i + 1)
    } else {
        0
    };
    let text = raw[header_bytes..].to_string();
    let char_to_byte = char_offsets(&text);
    let byte_to_char: HashMap<usize, usize> = char_to_byte
        .iter()
        .enumerate()
        .map(|(c, &b)| (b, c))
        .collect();
    let by_span: HashMap<(usize, usize), &XmlToponym> =
        xml.iter().map(|t| ((t.start, t.end), t)).collect();
    let mut toponyms = Vec::new();
    for s in spans {
        let Some(class) = toponym_class(&s.kind) else {
            continue;
        };
        if s.span.start() < header_bytes {
            continue;
        }
        let Some(span) = Span::try_new(s.span.start() - header_bytes, s.span.end() - header_bytes)
        else {
            continue;
        };
        let key = (
            byte_to_char
                .get(&span.start())
                .copied()
                .unwrap_or(usize::MAX),
            byte_to_char.get(&span.end()).copied().unwrap_or(usize::MAX),
        );
        let x = by_span.get(&key);
        toponyms.push(GoldToponym {
            span,
            kind: s.kind.clone(),
            class,
            geonames_id: s.geonames_id.or_else(|| x.and_then(|x| x.geonames_id)),
            coords: x.and_then(|x| x.coords),
        });
    }
    toponyms.sort_by_key(|t| t.span);
    GeoArticle { id, text, toponyms }
}

/// Byte offset of every character index of `text`, plus its length at the end.
fn char_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Parses a brat `.ann` file against its text: text-bound annotations (`T`) with their
/// `AnnotatorNotes` (`#`). Character offsets become byte offsets; a discontinuous span becomes
/// the span from its first start to its last end. Errors are (line number, message).
pub fn parse_ann(text: &str, ann: &str) -> Result<Vec<BratSpan>, (usize, String)> {
    let offsets = char_offsets(text);
    let byte = |c: &str, line: usize| -> Result<usize, (usize, String)> {
        let c: usize = c
            .parse()
            .map_err(|_| (line, format!("`{c}` is not an offset")))?;
        offsets
            .get(c)
            .copied()
            .ok_or_else(|| (line, format!("offset {c} is past the end of the text")))
    };
    let mut spans: Vec<BratSpan> = Vec::new();
    let mut notes: Vec<(String, String)> = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let n = i + 1;
        let mut cols = line.split('\t');
        let id = cols.next().unwrap_or("");
        let body = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let (kind, ranges) = body
                .split_once(' ')
                .ok_or_else(|| (n, "a text-bound annotation without offsets".to_string()))?;
            let mut start = usize::MAX;
            let mut end = 0;
            for range in ranges.split(';') {
                let (s, e) = range
                    .trim()
                    .split_once(' ')
                    .ok_or_else(|| (n, format!("`{range}` is not `start end`")))?;
                start = start.min(byte(s, n)?);
                end = end.max(byte(e, n)?);
            }
            let span = Span::try_new(start, end)
                .ok_or_else(|| (n, format!("span {start}..{end} ends before it starts")))?;
            spans.push(BratSpan {
                id: id.to_string(),
                kind: kind.to_string(),
                span,
                geonames_id: None,
            });
        } else if id.starts_with('#') {
            let target = body.split_whitespace().nth(1).unwrap_or("");
            let note = cols.next().unwrap_or("").trim();
            notes.push((target.to_string(), note.to_string()));
        }
    }
    for (target, note) in notes {
        if let (Some(s), Ok(g)) = (
            spans.iter_mut().find(|s| s.id == target),
            note.parse::<u64>(),
        ) {
            s.geonames_id = Some(g);
        }
    }
    Ok(spans)
}

/// Parses `GWN.xml`: for each `<article file="…">`, in document order, its toponyms' offsets,
/// types, GeoNames ids and coordinates. Only the numeric fields are read, so no XML entities
/// need decoding.
pub fn parse_gwn_xml(xml: &str) -> Result<Vec<(String, Vec<XmlToponym>)>, String> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<article ") {
        let after = &rest[at..];
        let close = after
            .find("</article>")
            .ok_or("an <article> is not closed")?;
        let block = &after[..close];
        let file = block
            .split_once("file=\"")
            .and_then(|(_, r)| r.split_once('"'))
            .map(|(f, _)| f.to_string())
            .ok_or("an <article> has no file attribute")?;
        let mut tops = Vec::new();
        let mut t = block;
        while let Some(ts) = t.find("<toponym>") {
            let tb = &t[ts..];
            let te = tb.find("</toponym>").ok_or("a <toponym> is not closed")?;
            let top = &tb[..te];
            let num = |tag: &str| -> Result<i64, String> {
                element(top, tag)
                    .and_then(|v| v.trim().parse().ok())
                    .ok_or(format!(
                        "article {file}: a toponym without a numeric <{tag}>"
                    ))
            };
            let (start, end) = (num("start")?, num("end")?);
            t = &tb[te..];
            // Negative offsets point into the title, which the XML's text leaves out.
            let (Ok(start), Ok(end)) = (usize::try_from(start), usize::try_from(end)) else {
                continue;
            };
            let float = |tag: &str| element(top, tag).and_then(|v| v.trim().parse::<f64>().ok());
            let coords = float("latitude").zip(float("longitude"));
            tops.push(XmlToponym {
                start,
                end,
                kind: element(top, "type").unwrap_or("").to_string(),
                coords,
                geonames_id: element(top, "geonamesID").and_then(|v| v.trim().parse().ok()),
            });
        }
        out.push((file, tops));
        rest = &after[close..];
    }
    Ok(out)
}

/// The text of `<tag>…</tag>` in a block; `None` for `<tag/>` or when absent.
fn element<'a>(block: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let s = block.find(&open)? + open.len();
    let e = block[s..].find(&close)? + s;
    Some(&block[s..e])
}

/// One predicted toponym: its span in the article text and the point it was resolved to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Predicted {
    pub span: Span,
    pub lat: f64,
    pub lon: f64,
}

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The figures for a set of articles.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GeoScores {
    pub articles: usize,
    /// Gold toponyms (literal and associative).
    pub gold: usize,
    pub predicted: usize,
    /// Exact span match.
    pub exact: Prf,
    /// Overlapping span match.
    pub overlap: Prf,
    /// Recall (overlapping) on the literal types only: (found, gold).
    pub literal_found: usize,
    pub literal_gold: usize,
    /// Resolution errors in km, one per gold toponym with coordinates that was found.
    pub errors_km: Vec<f64>,
}

impl GeoScores {
    /// Scores one article and adds it to the totals.
    pub fn add(&mut self, gold: &GeoArticle, predicted: &[Predicted]) {
        self.articles += 1;
        self.gold += gold.toponyms.len();
        self.predicted += predicted.len();
        let exact = predicted
            .iter()
            .filter(|p| gold.toponyms.iter().any(|g| g.span == p.span))
            .count();
        self.exact.add(Prf {
            tp: exact,
            fp: predicted.len() - exact,
            fn_: gold.toponyms.len() - exact,
        });
        let pairs = match_overlapping(&gold.toponyms, predicted);
        self.overlap.add(Prf {
            tp: pairs.len(),
            fp: predicted.len() - pairs.len(),
            fn_: gold.toponyms.len() - pairs.len(),
        });
        self.literal_gold += gold
            .toponyms
            .iter()
            .filter(|t| t.class == ToponymClass::Literal)
            .count();
        for &(gi, pi) in &pairs {
            let g = &gold.toponyms[gi];
            if g.class == ToponymClass::Literal {
                self.literal_found += 1;
            }
            if let Some(c) = g.coords {
                let p = &predicted[pi];
                self.errors_km.push(haversine_km(c, (p.lat, p.lon)));
            }
        }
    }

    pub fn resolved(&self) -> usize {
        self.errors_km.len()
    }
    /// Share of resolution errors within [`ACCURACY_KM`].
    pub fn accuracy_161(&self) -> f64 {
        ratio(
            self.errors_km.iter().filter(|&&e| e <= ACCURACY_KM).count(),
            self.errors_km.len(),
        )
    }
    pub fn mean_km(&self) -> f64 {
        if self.errors_km.is_empty() {
            return 0.0;
        }
        self.errors_km.iter().sum::<f64>() / self.errors_km.len() as f64
    }
    pub fn median_km(&self) -> f64 {
        let mut e = self.errors_km.clone();
        e.sort_by(f64::total_cmp);
        match e.len() {
            0 => 0.0,
            n if n % 2 == 1 => e[n / 2],
            n => (e[n / 2 - 1] + e[n / 2]) / 2.0,
        }
    }
    /// Area under the curve of log-scaled errors (lower is better).
    pub fn auc(&self) -> f64 {
        if self.errors_km.is_empty() {
            return 0.0;
        }
        let scale = (1.0 + MAX_ERROR_KM).ln();
        self.errors_km
            .iter()
            .map(|e| (1.0 + e.min(MAX_ERROR_KM)).ln() / scale)
            .sum::<f64>()
            / self.errors_km.len() as f64
    }
    pub fn literal_recall(&self) -> f64 {
        ratio(self.literal_found, self.literal_gold)
    }
}

/// One-to-one matching of overlapping spans, in text order: (gold index, predicted index).
/// Among the predictions overlapping a gold span, the one with the most shared bytes wins.
pub fn match_overlapping(gold: &[GoldToponym], predicted: &[Predicted]) -> Vec<(usize, usize)> {
    let mut used = vec![false; predicted.len()];
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let best = predicted
            .iter()
            .enumerate()
            .filter(|(pi, p)| !used[*pi] && p.span.overlaps(g.span))
            .max_by_key(|(_, p)| {
                p.span.end().min(g.span.end()) - p.span.start().max(g.span.start())
            })
            .map(|(pi, _)| pi);
        if let Some(pi) = best {
            used[pi] = true;
            out.push((gi, pi));
        }
    }
    out
}

/// Great-circle distance between two (latitude, longitude) points in degrees, km.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    //! On a small fictional article written for these tests.
    use super::*;

    const TXT: &str = "TITLE: Floods in Marrowby LINK: http://example.invalid/a\n\
        Rain hit Zürich and the Orlen valley. Orlish officials said the city stayed dry.\n";
    // Offsets are characters into TXT: the title line is 57 characters.
    const ANN: &str = "T1\tLiteral 17 25\tMarrowby\n\
        T2\tLiteral 66 72\tZürich\n\
        T3\tLiteral 81 93\tOrlen valley\n\
        T4\tDemonym 95 101\tOrlish\n\
        T5\tLiteral_Expression 121 125\tcity\n\
        #1\tAnnotatorNotes T2\t2657896\n";
    const XML: &str = r#"<articles>
        <article file="7"><text>ignored &amp; unread</text><toponyms>
          <toponym><type>Literal</type><start>9</start><end>15</end>
            <geonamesID>2657896</geonamesID><latitude>47.37</latitude><longitude>8.55</longitude></toponym>
          <toponym><type>Literal</type><start>24</start><end>36</end>
            <geonamesID/><latitude>10.0</latitude><longitude>20.0</longitude></toponym>
          <toponym><type>Demonym</type><start>38</start><end>44</end></toponym>
          <toponym><type>Literal_Expression</type><start>64</start><end>68</end></toponym>
          <toponym><type>Literal</type><start>-30</start><end>-22</end></toponym>
        </toponyms></article>
        <article file="3"><toponyms></toponyms></article>
    </articles>"#;

    fn gold() -> GeoArticle {
        let spans = parse_ann(TXT, ANN).expect("fixture parses");
        let xml = parse_gwn_xml(XML).expect("fixture xml parses");
        article("7".into(), TXT, &spans, &xml[0].1)
    }

    fn span_of(a: &GeoArticle, s: &str) -> Span {
        let start = a.text.find(s).expect("in text");
        Span::new(start, start + s.len())
    }

    #[test]
    fn brat_char_offsets_become_byte_offsets() {
        let spans = parse_ann(TXT, ANN).expect("parses");
        assert_eq!(spans.len(), 5);
        let z = &spans[1];
        assert_eq!(&TXT[z.span.range()], "Zürich");
        assert_eq!(z.geonames_id, Some(2657896));
        // After the two-byte ü, byte and character offsets differ.
        assert_eq!(&TXT[spans[2].span.range()], "Orlen valley");
    }

    #[test]
    fn bad_ann_lines_are_errors_with_line_numbers() {
        assert_eq!(parse_ann("abc", "T1\tLiteral 0 9\tx").unwrap_err().0, 1);
        assert_eq!(
            parse_ann("abc", "#1\tx\n\nT1\tLiteral a b\tx")
                .unwrap_err()
                .0,
            3
        );
    }

    #[test]
    fn xml_articles_keep_order_and_coordinates() {
        let xml = parse_gwn_xml(XML).expect("parses");
        assert_eq!(
            xml.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(),
            ["7", "3"]
        );
        assert_eq!(xml[0].1[0].coords, Some((47.37, 8.55)));
        assert_eq!(xml[0].1[1].geonames_id, None);
        assert_eq!(xml[0].1[2].coords, None);
        assert_eq!(
            xml[0].1.len(),
            4,
            "the toponym in the title (negative offsets) is left out"
        );
        assert!(parse_gwn_xml("<article file=\"1\"><toponym><start>x</start>").is_err());
    }

    #[test]
    fn article_drops_title_line_and_non_toponyms_and_joins_coordinates() {
        let a = gold();
        assert!(a.text.starts_with("Rain hit"));
        let names: Vec<&str> = a.toponyms.iter().map(|t| &a.text[t.span.range()]).collect();
        assert_eq!(names, ["Zürich", "Orlen valley", "Orlish"]);
        assert_eq!(a.toponyms[0].coords, Some((47.37, 8.55)));
        assert_eq!(a.toponyms[1].coords, Some((10.0, 20.0)));
        assert_eq!(a.toponyms[2].class, ToponymClass::Associative);
        assert_eq!(a.toponyms[2].coords, None);
    }

    #[test]
    fn scorer_counts_exact_and_overlapping_matches_and_errors() {
        let a = gold();
        let preds = [
            // Exact, 1 degree of latitude off (~111 km).
            Predicted {
                span: span_of(&a, "Zürich"),
                lat: 48.37,
                lon: 8.55,
            },
            // Overlapping only, far off.
            Predicted {
                span: span_of(&a, "Orlen"),
                lat: 10.0,
                lon: 30.0,
            },
            // A common noun: a false positive.
            Predicted {
                span: span_of(&a, "city"),
                lat: 0.0,
                lon: 0.0,
            },
        ];
        let mut s = GeoScores::default();
        s.add(&a, &preds);
        assert_eq!(
            s.exact,
            Prf {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(
            s.overlap,
            Prf {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert!((s.overlap.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!((s.literal_found, s.literal_gold), (2, 2));
        assert_eq!(s.resolved(), 2);
        assert!((s.accuracy_161() - 0.5).abs() < 1e-9);
        assert!((s.errors_km[0] - 111.2).abs() < 1.0, "{:?}", s.errors_km);
        assert!(s.errors_km[1] > 1000.0);
        assert!(
            (s.median_km() - s.mean_km()).abs() < 1e-9,
            "two errors: median is the mean"
        );
        assert!(s.auc() > 0.0 && s.auc() < 1.0);
    }

    #[test]
    fn empty_scores_are_zero_not_nan() {
        let s = GeoScores::default();
        assert_eq!(
            (s.accuracy_161(), s.mean_km(), s.median_km(), s.auc()),
            (0.0, 0.0, 0.0, 0.0)
        );
        assert_eq!(s.exact.f1(), 0.0);
    }

    #[test]
    fn haversine_is_symmetric_and_zero_on_a_point() {
        assert_eq!(haversine_km((1.0, 2.0), (1.0, 2.0)), 0.0);
        let d = haversine_km((0.0, 0.0), (0.0, 180.0));
        assert!((d - MAX_ERROR_KM).abs() < 50.0, "{d}");
        assert_eq!(
            haversine_km((3.0, 4.0), (5.0, 6.0)),
            haversine_km((5.0, 6.0), (3.0, 4.0))
        );
    }
}
