//! A lexicon of names for the entity recogniser, harvested at training time from annotated text,
//! and looked up over the words of a sentence.
//!
//! Why: most of the recogniser's errors on new text are names it has never seen, and a linear
//! model learns a name's type from its word identity only when the word is frequent. Ratinov and
//! Roth's recogniser gained most of its out-of-domain accuracy from name lists. We have no
//! Wikipedia here, so the lists are built from the annotated corpora at hand: the training
//! documents themselves, plus any other annotated documents given (WNUT-17, GUM's CC BY genres,
//! MEANTIME), each counted once per document in which the name occurs with a type.
//!
//! Two kinds of entries:
//! - **Names**: the lower-cased word sequence of a name, with the number of documents in which it
//!   was a PER, ORG, LOC or MISC name (seven-bit counters), and a flag saying that it is also the
//!   beginning of a longer name (so that look-ups can stop as soon as no entry goes on).
//! - **Name parts**: for a lower-cased word, the number of documents in which it opened or closed
//!   a name of two words or more, per type ("jan" opens person names, "united" closes
//!   organisations), so that a new name made of known first names or known endings is still seen.
//!   They are kept in the entry of the one-word sequence, so that one look-up per capitalised
//!   word gives both; as only "none or some" of them is used, two-bit counters are enough (a
//!   training document takes away at most one, so a saturated 3 still means "some").
//!
//! **Jackknifed in training.** If the training documents' own names were in the lexicon while the
//! model learns, every training name would be found and the model would trust the lexicon
//! blindly, while on new text most names are missing from it. So a training document sees the
//! lexicon without its own contributions (leave one document out): [`document_entries`] gives a
//! document's own entries, and the look-up takes them away with [`minus`].

use serde::{Deserialize, Serialize};
use sitrep_linear::KeyMap;

/// Longest name looked up, in words.
pub const MAX_NAME_WORDS: usize = 6;
/// Set in a name entry's value when the word sequence also begins a longer name.
const PREFIX_FLAG: u64 = 1 << 63;
/// Counters of a packed value: 0-3 the documents in which the word sequence was a PER, ORG, LOC,
/// MISC name (seven bits each); 4-7 those in which the word opened a longer name of each type,
/// 8-11 those in which it closed one (two bits each).
const SLOTS: usize = 12;
/// The counter slot of a name part: the word opened (`last` false) or closed a name of type `t`.
pub fn part_slot(t: usize, last: bool) -> usize {
    4 + t + if last { 4 } else { 0 }
}

/// Bit offset and saturation value of counter `k`.
#[inline]
fn slot(k: usize) -> (u32, u64) {
    if k < 4 {
        (7 * k as u32, 0x7f)
    } else {
        (28 + 2 * (k as u32 - 4), 0x3)
    }
}
/// The chain value before the first word of a name.
const NAME_SEED: u64 = 0x6e61_6d65_7365_6564;

/// Extends the key of a word sequence by one more word (given by the hash of its lower case).
#[inline]
pub fn chain(prev: u64, word: u64) -> u64 {
    // splitmix64's finaliser over a rotate-xor: keys are used unhashed by `KeyMap`.
    let mut z = prev.rotate_left(29) ^ word;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The key of the first word of a name.
#[inline]
pub fn name_start(word: u64) -> u64 {
    chain(NAME_SEED, word)
}

/// Adds one to counter `k` of a packed value, saturating.
fn bump(packed: &mut u64, k: usize) {
    let (shift, max) = slot(k);
    if (*packed >> shift) & max < max {
        *packed += 1 << shift;
    }
}

/// Counter-wise saturating subtraction of the counters of `own` from those of `all`; the flag
/// of `all` is kept.
#[inline]
pub fn minus(all: u64, own: u64) -> u64 {
    let mut out = all & PREFIX_FLAG;
    for k in 0..SLOTS {
        let (shift, max) = slot(k);
        let (a, o) = ((all >> shift) & max, (own >> shift) & max);
        out |= a.saturating_sub(o) << shift;
    }
    out
}

/// Counters 0-3 of a packed value: the documents in which the word sequence was a name of each
/// type.
#[inline]
pub fn type_counts(packed: u64) -> [u8; 4] {
    std::array::from_fn(|k| {
        let (shift, max) = slot(k);
        ((packed >> shift) & max) as u8
    })
}

/// The name-part counters as a mask: bit `t` when the word opened a longer name of type `t`
/// somewhere, bit `4 + t` when it closed one.
#[inline]
pub fn part_mask(packed: u64) -> u8 {
    (4..SLOTS).fold(0u8, |m, k| {
        let (shift, max) = slot(k);
        m | u8::from((packed >> shift) & max > 0) << (k - 4)
    })
}

/// Whether a name entry's word sequence also begins a longer name.
#[inline]
pub fn is_prefix(packed: u64) -> bool {
    packed & PREFIX_FLAG != 0
}

/// The lexicon as stored in a model file: sorted keys and their packed values.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct NameTable {
    keys: Vec<u64>,
    values: Vec<u64>,
}

impl NameTable {
    pub fn len(&self) -> usize {
        self.keys.len()
    }
    /// The look-up map; a table whose columns differ in length is refused.
    pub fn to_map(&self) -> Result<KeyMap<u64>, String> {
        if self.keys.len() != self.values.len() {
            return Err(format!("name table: {} keys, {} values", self.keys.len(), self.values.len()));
        }
        Ok(self.keys.iter().copied().zip(self.values.iter().copied()).collect())
    }
}

/// One name: the hashes of its lower-cased words and its type index (PER 0, ORG 1, LOC 2, MISC 3).
pub type Name = (Vec<u64>, usize);

/// The entries one document contributes (each name and part counted once per document).
pub fn document_entries(names: &[Name]) -> KeyMap<u64> {
    let mut seen: std::collections::HashSet<(u64, usize)> = std::collections::HashSet::new();
    let mut out: KeyMap<u64> = KeyMap::default();
    for (words, t) in names {
        if words.is_empty() || words.len() > MAX_NAME_WORDS {
            continue;
        }
        let mut key = NAME_SEED;
        for (k, &w) in words.iter().enumerate() {
            key = chain(key, w);
            if k + 1 < words.len() {
                *out.entry(key).or_default() |= PREFIX_FLAG;
            }
        }
        if seen.insert((key, *t)) {
            bump(out.entry(key).or_default(), *t);
        }
        if words.len() >= 2 {
            let (first, last) = (name_start(words[0]), name_start(words[words.len() - 1]));
            for (key, k) in [(first, part_slot(*t, false)), (last, part_slot(*t, true))] {
                if seen.insert((key, k)) {
                    bump(out.entry(key).or_default(), k);
                }
            }
        }
    }
    out
}

/// Sums documents' entries into a table.
pub fn build_table<'a>(docs: impl IntoIterator<Item = &'a KeyMap<u64>>) -> NameTable {
    let mut all: KeyMap<u64> = KeyMap::default();
    for doc in docs {
        for (&k, &v) in doc {
            let e = all.entry(k).or_default();
            *e |= v & PREFIX_FLAG;
            for b in 0..SLOTS {
                let (shift, max) = slot(b);
                for _ in 0..((v >> shift) & max) {
                    bump(e, b);
                }
            }
        }
    }
    let mut pairs: Vec<(u64, u64)> = all.into_iter().collect();
    pairs.sort_unstable();
    NameTable { keys: pairs.iter().map(|p| p.0).collect(), values: pairs.iter().map(|p| p.1).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_linear::value_hash;

    fn words(s: &str) -> Vec<u64> {
        s.split(' ').map(|w| value_hash(w.as_bytes())).collect()
    }

    #[test]
    fn names_count_once_per_document_and_mark_their_prefixes() {
        let doc1 = document_entries(&[(words("kessa shipping company"), 1), (words("kessa shipping company"), 1), (words("anna"), 0)]);
        let doc2 = document_entries(&[(words("kessa shipping company"), 1), (words("kessa"), 2)]);
        let map = build_table([&doc1, &doc2]).to_map().unwrap();
        let mut key = NAME_SEED;
        for w in words("kessa shipping company") {
            key = chain(key, w);
        }
        assert_eq!(type_counts(map[&key]), [0, 2, 0, 0]);
        assert!(!is_prefix(map[&key]));
        let kessa = name_start(value_hash(b"kessa"));
        assert!(is_prefix(map[&kessa]));
        assert_eq!(type_counts(map[&kessa]), [0, 0, 1, 0]);
        // Leaving the second document out takes its counts away, not the first's.
        assert_eq!(type_counts(minus(map[&key], doc2[&key])), [0, 1, 0, 0]);
        assert_eq!(type_counts(minus(map[&kessa], doc2[&kessa])), [0, 0, 0, 0]);
        // Name parts: "kessa" opens an organisation, "company" closes one, in two documents.
        assert_eq!(part_mask(map[&kessa]), 1 << 1);
        assert_eq!(part_mask(map[&name_start(value_hash(b"company"))]), 1 << 5);
        assert_eq!(type_counts(map[&name_start(value_hash(b"company"))]), [0, 0, 0, 0]);
        // Two-bit part counters: "some" survives leaving one document out once saturated.
        let mut three = 0;
        for _ in 0..5 {
            bump(&mut three, part_slot(1, false));
        }
        assert_eq!(part_mask(minus(three, doc2[&kessa])), 1 << 1);
        assert_eq!(part_mask(minus(map[&kessa], doc2[&kessa])), 1 << 1, "document 1 is left");
    }

    #[test]
    fn counters_saturate_instead_of_overflowing() {
        let mut v = 0;
        for _ in 0..300 {
            bump(&mut v, 1);
        }
        assert_eq!(type_counts(v), [0, 127, 0, 0]);
        let mut one = 0;
        bump(&mut one, 1);
        assert_eq!(type_counts(minus(v | PREFIX_FLAG, one)), [0, 126, 0, 0]);
        assert!(is_prefix(minus(v | PREFIX_FLAG, one)));
    }
}

// ---------------------------------------------------------------------------------------------
// Readers of annotated corpora, for the lexicon only (nothing here is trained on directly).

use crate::ner::{NerDocument, NerSentence, NerSpan, NerType};

/// GUM's genres whose texts are under an attribution licence (CC BY or public domain, per the
/// treebank's LICENSE): Wikinews news and interviews, Wikipedia biographies, Wikivoyage,
/// OpenStax textbooks, YouTube CC vlogs, political speeches and the Santa Barbara conversations.
/// wikiHow, fiction, essays, letters, podcasts and the rest are left out.
pub const GUM_ATTRIBUTION_GENRES: &[&str] = &["news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation"];

/// The named people, organisations and places of GUM CoNLL-U text (the `Entity=` annotations of
/// the MISC column that carry a Wikipedia identity), in the documents of the genres `genres`
/// (from `# newdoc id = GUM_<genre>_...`). A leading "the" is dropped; a mention must then begin
/// and end with a capitalised word.
pub fn gum_names(conllu: &str, genres: &[&str]) -> Vec<NerDocument> {
    let mut docs: Vec<NerDocument> = Vec::new();
    let mut keep = false;
    let mut words: Vec<String> = Vec::new();
    let mut spans: Vec<NerSpan> = Vec::new();
    // Open mentions: (entity id, type if named, first word).
    let mut open: Vec<(String, Option<NerType>, usize)> = Vec::new();
    let finish = |words: &mut Vec<String>, spans: &mut Vec<NerSpan>, docs: &mut Vec<NerDocument>, keep: bool| {
        if keep && !words.is_empty() {
            if let Some(d) = docs.last_mut() {
                d.sentences.push(NerSentence { words: std::mem::take(words), spans: std::mem::take(spans) });
            }
        }
        words.clear();
        spans.clear();
    };
    for line in conllu.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            finish(&mut words, &mut spans, &mut docs, keep);
            open.clear();
            let genre = id.trim().strip_prefix("GUM_").and_then(|r| r.split('_').next()).unwrap_or("");
            keep = genres.contains(&genre);
            if keep {
                docs.push(NerDocument::default());
            }
            continue;
        }
        if line.trim().is_empty() {
            finish(&mut words, &mut spans, &mut docs, keep);
            open.clear();
            continue;
        }
        if line.starts_with('#') || !keep {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains(['-', '.']) {
            continue;
        }
        let at = words.len();
        words.push(cols[1].to_string());
        let Some(entity) = cols[9].split('|').find_map(|f| f.strip_prefix("Entity=")) else { continue };
        let mut rest = entity;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('(') {
                let end = r.find(['(', ')']).unwrap_or(r.len());
                let spec = &r[..end];
                let parts: Vec<&str> = spec.splitn(8, '-').collect();
                let named = parts.get(7).is_some_and(|p| !p.is_empty());
                let kind = match parts.get(1).copied() {
                    Some("person") if named => Some(NerType::Per),
                    Some("organization") if named => Some(NerType::Org),
                    Some("place") if named => Some(NerType::Loc),
                    _ => None,
                };
                let id = parts.first().copied().unwrap_or("").to_string();
                if r[end..].starts_with(')') {
                    if let Some(k) = kind {
                        spans.push(NerSpan { start: at, end: at + 1, label: k });
                    }
                    rest = &r[end + 1..];
                } else {
                    open.push((id, kind, at));
                    rest = &r[end..];
                }
            } else {
                let end = rest.find(')').unwrap_or(rest.len());
                let id = &rest[..end];
                if let Some(k) = open.iter().rposition(|(o, _, _)| o == id) {
                    let (_, kind, start) = open.remove(k);
                    if let Some(kind) = kind {
                        spans.push(NerSpan { start, end: at + 1, label: kind });
                    }
                }
                rest = rest.get(end + 1..).unwrap_or("");
            }
        }
    }
    finish(&mut words, &mut spans, &mut docs, keep);
    for d in &mut docs {
        for s in &mut d.sentences {
            let words = &s.words;
            s.spans.retain_mut(|sp| {
                // A malformed file can leave a mention that ends before it starts or past the
                // sentence: it is dropped.
                if sp.start >= sp.end || sp.end > words.len() {
                    return false;
                }
                if sp.end - sp.start > 1 && words[sp.start].eq_ignore_ascii_case("the") {
                    sp.start += 1;
                }
                let cap = |w: &String| w.chars().next().is_some_and(char::is_uppercase);
                cap(&words[sp.start]) && cap(&words[sp.end - 1]) && sp.end - sp.start <= MAX_NAME_WORDS
            });
            // Nested mentions of other types are kept; exact duplicates are not.
            s.spans.sort_by_key(|sp| (sp.start, sp.end, sp.label.as_str()));
            s.spans.dedup();
        }
    }
    docs
}

/// The value of attribute `name` in an XML start tag line.
fn attribute<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let pat = format!(" {name}=\"");
    let from = line.find(&pat)? + pat.len();
    let len = line[from..].find('"')?;
    Some(&line[from..from + len])
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// The proper-name mentions (`syntactic_type="NAM"`) of one MEANTIME (NewsReader CAT XML)
/// document, typed by the entity they refer to: PER, ORG, LOC as they are, products (PRO) as
/// MISC; financial and mixed entities are left out, as are mentions whose words are not
/// contiguous in one sentence.
pub fn meantime_names(xml: &str) -> NerDocument {
    let mut tokens: Vec<(u32, usize, String)> = Vec::new(); // (t_id, sentence, word)
    let mut mentions: Vec<(String, Vec<u32>)> = Vec::new();
    let mut types: std::collections::HashMap<String, NerType> = std::collections::HashMap::new();
    let mut refers: Vec<(Vec<String>, String)> = Vec::new();
    let mut in_mention: Option<(String, Vec<u32>)> = None;
    let mut in_refers: Option<(Vec<String>, Option<String>)> = None;
    for line in xml.lines().map(str::trim) {
        if line.starts_with("<token ") {
            let (Some(t), Some(s)) = (attribute(line, "t_id"), attribute(line, "sentence")) else { continue };
            let word = line.split_once('>').and_then(|(_, r)| r.rsplit_once("</token>")).map(|(w, _)| unescape(w));
            if let (Ok(t), Ok(s), Some(w)) = (t.parse(), s.parse(), word) {
                tokens.push((t, s, w));
            }
        } else if line.starts_with("<ENTITY_MENTION ") {
            if attribute(line, "syntactic_type") == Some("NAM") {
                in_mention = attribute(line, "m_id").map(|m| (m.to_string(), Vec::new()));
            }
        } else if line.starts_with("<token_anchor ") {
            if let Some((_, ids)) = &mut in_mention {
                if let Some(t) = attribute(line, "t_id").and_then(|t| t.parse().ok()) {
                    ids.push(t);
                }
            }
        } else if line.starts_with("</ENTITY_MENTION>") {
            mentions.extend(in_mention.take());
        } else if line.starts_with("<ENTITY ") {
            let kind = match attribute(line, "ent_type") {
                Some("PER") => Some(NerType::Per),
                Some("ORG") => Some(NerType::Org),
                Some("LOC") => Some(NerType::Loc),
                Some("PRO") => Some(NerType::Misc),
                _ => None,
            };
            if let (Some(m), Some(k)) = (attribute(line, "m_id"), kind) {
                types.insert(m.to_string(), k);
            }
        } else if line.starts_with("<REFERS_TO") {
            in_refers = Some((Vec::new(), None));
        } else if line.starts_with("<source ") {
            if let (Some((sources, _)), Some(m)) = (&mut in_refers, attribute(line, "m_id")) {
                sources.push(m.to_string());
            }
        } else if line.starts_with("<target ") {
            if let (Some((_, target)), Some(m)) = (&mut in_refers, attribute(line, "m_id")) {
                *target = Some(m.to_string());
            }
        } else if line.starts_with("</REFERS_TO>") {
            if let Some((sources, Some(target))) = in_refers.take() {
                refers.push((sources, target));
            }
        }
    }
    let mut kind_of: std::collections::HashMap<&str, NerType> = std::collections::HashMap::new();
    for (sources, target) in &refers {
        if let Some(&k) = types.get(target) {
            for s in sources {
                kind_of.insert(s.as_str(), k);
            }
        }
    }
    let index: std::collections::HashMap<u32, usize> = tokens.iter().enumerate().map(|(i, t)| (t.0, i)).collect();
    let mut doc = NerDocument::default();
    let mut first_of_sentence: Vec<usize> = Vec::new();
    for (i, (_, s, w)) in tokens.iter().enumerate() {
        if i == 0 || tokens[i - 1].1 != *s {
            doc.sentences.push(NerSentence::default());
            first_of_sentence.push(i);
        }
        if let Some(sent) = doc.sentences.last_mut() {
            sent.words.push(w.clone());
        }
    }
    let sentence_of: Vec<usize> = {
        let mut out = Vec::with_capacity(tokens.len());
        for (k, &start) in first_of_sentence.iter().enumerate() {
            let end = first_of_sentence.get(k + 1).copied().unwrap_or(tokens.len());
            out.extend(std::iter::repeat_n(k, end - start));
        }
        out
    };
    for (m, ids) in &mentions {
        let Some(&kind) = kind_of.get(m.as_str()) else { continue };
        let mut at: Vec<usize> = ids.iter().filter_map(|t| index.get(t).copied()).collect();
        at.sort_unstable();
        let (Some(&lo), Some(&hi)) = (at.first(), at.last()) else { continue };
        if hi + 1 - lo != at.len() || sentence_of[lo] != sentence_of[hi] {
            continue;
        }
        let si = sentence_of[lo];
        let start = lo - first_of_sentence[si];
        doc.sentences[si].spans.push(NerSpan { start, end: start + at.len(), label: kind });
    }
    for s in &mut doc.sentences {
        s.spans.sort_by_key(|sp| (sp.start, sp.end, sp.label.as_str()));
        s.spans.dedup();
    }
    doc
}

#[cfg(test)]
mod reader_tests {
    use super::*;

    #[test]
    fn gum_named_mentions_of_attribution_genres_only() {
        let conllu = "# newdoc id = GUM_news_harbor\n\
# sent_id = 1\n\
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-nnnnn-cf1-1-sgl-Kessa_Port_Authority\n\
2\tKessa\tKessa\tPROPN\tNNP\t_\t0\troot\t_\t_\n\
3\tPort\tPort\tPROPN\tNNP\t_\t2\tflat\t_\t_\n\
4\tAuthority\tAuthority\tPROPN\tNNP\t_\t2\tflat\t_\tEntity=1)\n\
5\tmet\tmeet\tVERB\tVBD\t_\t2\tacl\t_\t_\n\
6\tAnna\tAnna\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=(2-person-new-nnnnn-cf2-1-sgl-Anna_Berglund)\n\
7\tthere\tthere\tADV\tRB\t_\t5\tadvmod\t_\tEntity=(3-place-new-nnnnn-cf3-1-sgl)\n\
\n\
# newdoc id = GUM_fiction_tale\n\
# sent_id = 2\n\
1\tBrom\tBrom\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(4-person-new-nnnnn-cf1-1-sgl-Brom)\n\
\n";
        let docs = gum_names(conllu, GUM_ATTRIBUTION_GENRES);
        assert_eq!(docs.len(), 1);
        let s = &docs[0].sentences[0];
        assert_eq!(s.words.len(), 7);
        assert_eq!(
            s.spans,
            vec![NerSpan { start: 1, end: 4, label: NerType::Org }, NerSpan { start: 5, end: 6, label: NerType::Per }]
        );
    }

    #[test]
    fn meantime_proper_names_take_their_entity_type() {
        let xml = r#"<Document doc_id="1">
<token number="0" sentence="0" t_id="1">Kessa</token>
<token number="1" sentence="0" t_id="2">Shipping</token>
<token number="2" sentence="0" t_id="3">sold</token>
<token number="3" sentence="0" t_id="4">ships</token>
<token number="0" sentence="1" t_id="5">Brom</token>
<token number="1" sentence="1" t_id="6">&amp;</token>
<token number="2" sentence="1" t_id="7">Co</token>
<Markables>
<ENTITY_MENTION comment="" m_id="10" syntactic_type="NAM">
<token_anchor t_id="1"/>
<token_anchor t_id="2"/>
</ENTITY_MENTION>
<ENTITY_MENTION comment="" m_id="11" syntactic_type="NOM">
<token_anchor t_id="4"/>
</ENTITY_MENTION>
<ENTITY_MENTION comment="" m_id="12" syntactic_type="NAM">
<token_anchor t_id="5"/>
<token_anchor t_id="6"/>
<token_anchor t_id="7"/>
</ENTITY_MENTION>
<ENTITY ent_type="ORG" m_id="20"/>
<ENTITY ent_type="FIN" m_id="21"/>
</Markables>
<Relations>
<REFERS_TO r_id="1">
<source m_id="10"/>
<source m_id="11"/>
<target m_id="20"/>
</REFERS_TO>
<REFERS_TO r_id="2">
<source m_id="12"/>
<target m_id="21"/>
</REFERS_TO>
</Relations>
</Document>"#;
        let doc = meantime_names(xml);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentences[0].spans, vec![NerSpan { start: 0, end: 2, label: NerType::Org }]);
        assert_eq!(doc.sentences[1].words, vec!["Brom", "&", "Co"]);
        assert!(doc.sentences[1].spans.is_empty());
    }
}
