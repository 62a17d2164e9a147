//! Word clusters for the entity recogniser and the tagger, induced by our own code from
//! unlabelled text.
//!
//! Ratinov and Roth's recogniser gained about two points of F1 from Brown clusters: each word
//! has a bit string (its path in a binary tree of clusters), and prefixes of the bit string are
//! features, so that a rare name shares weights with the frequent words that occur in the same
//! contexts. Brown's exchange algorithm is slow; this module builds a tree of the same shape more
//! cheaply, by *divisive spherical 2-means* over context vectors:
//! - every word seen at least [`MIN_COUNT`] times (at most [`MAX_WORDS`] of them, the most
//!   frequent, case kept) gets a sparse vector of the counts of the [`CONTEXT_WORDS`] most frequent
//!   words one and two places to its left and to its right; counts are square-rooted and the
//!   vector scaled to unit length (so that cosine similarity is the Hellinger affinity of the
//!   context distributions);
//! - the whole vocabulary is split in two at the median of its projections on its first principal
//!   direction (a few steps of power iteration), the split is refined by a few steps of 2-means on
//!   cosine similarity, then each half is split again, down to [`MAX_DEPTH`] bits or until a
//!   cluster cannot be split (when the refinement empties one side, as when the projections of
//!   most members tie at the median: small clusters of words with the same contexts end there);
//! - the table maps the hash of a word form to its path (bits, depth), and is stored inside the
//!   model file, as a learned parameter of the model.
//!
//! Building from about two million words takes seconds on one core.

use serde::{Deserialize, Serialize};
use sitrep_linear::{value_hash, KeyMap};

/// Words seen fewer times in the unlabelled text get no cluster.
pub const MIN_COUNT: u32 = 3;
/// At most this many words (the most frequent) are clustered.
pub const MAX_WORDS: usize = 80_000;
/// Number of frequent words whose counts make a context vector (per position).
pub const CONTEXT_WORDS: usize = 300;
/// The deepest path in the tree, in bits.
pub const MAX_DEPTH: u8 = 20;
const ITERATIONS: usize = 3;
const POWER_STEPS: usize = 6;

fn dot_dense(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The cluster table as stored in a model file: word hashes (sorted) and their paths.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ClusterTable {
    keys: Vec<u64>,
    /// Bit `depth - 1 - k` is the branch taken at level `k`.
    paths: Vec<u32>,
    depths: Vec<u8>,
}

impl ClusterTable {
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// A lookup map from word hash to `path << 8 | depth`; inconsistent tables are refused.
    pub fn to_map(&self) -> Result<KeyMap<u64>, String> {
        if self.keys.len() != self.paths.len() || self.keys.len() != self.depths.len() {
            return Err(format!("cluster table: {} words, {} paths, {} depths", self.keys.len(), self.paths.len(), self.depths.len()));
        }
        if let Some(d) = self.depths.iter().find(|&&d| d == 0 || d > 32) {
            return Err(format!("cluster table: path of depth {d}"));
        }
        Ok(self
            .keys
            .iter()
            .zip(&self.paths)
            .zip(&self.depths)
            .map(|((&k, &p), &d)| (k, (u64::from(p) << 8) | u64::from(d)))
            .collect())
    }
}

/// The value of the prefix of `len` bits of a packed path (`path << 8 | depth`); a path shorter
/// than `len` is its own prefix, as with Brown clusters.
#[inline]
pub fn prefix(packed: u64, len: u8) -> u64 {
    let depth = (packed & 0xff) as u8;
    let path = packed >> 8;
    let k = len.min(depth);
    ((path >> (depth - k)) << 8) | u64::from(k) | 0x1_0000_0000_0000
}

/// Splits plain text into tokens roughly as CoNLL-2003 is tokenised: on white space, with
/// leading and trailing punctuation and the clitics "'s" and "n't" split off.
pub fn tokenize_into(text: &str, out: &mut Vec<String>) {
    const LEAD: &[char] = &['"', '\'', '(', '[', '{', '`', '\u{201c}', '\u{2018}'];
    const TRAIL: &[char] = &['"', '\'', ')', ']', '}', '.', ',', ';', ':', '!', '?', '\u{201d}', '\u{2019}'];
    for raw in text.split_whitespace() {
        let mut w = raw;
        while let Some(c) = w.chars().next().filter(|c| LEAD.contains(c)) {
            out.push(c.to_string());
            w = &w[c.len_utf8()..];
        }
        let mut tail = Vec::new();
        while let Some(c) = w.chars().next_back().filter(|c| TRAIL.contains(c)) {
            // Keep the full stop of an abbreviation ("U.S.", "Mr.").
            if c == '.' && w.len() > 1 && (w[..w.len() - 1].contains('.') || (w.len() <= 4 && w.starts_with(char::is_uppercase))) {
                break;
            }
            tail.push(c.to_string());
            w = &w[..w.len() - c.len_utf8()];
        }
        if !w.is_empty() {
            let lower = w.to_lowercase();
            if lower.ends_with("n't") && w.len() > 3 {
                out.push(w[..w.len() - 3].to_string());
                out.push(w[w.len() - 3..].to_string());
            } else if (lower.ends_with("'s") || lower.ends_with("\u{2019}s")) && w.chars().count() > 2 {
                let cut = w.len() - if lower.ends_with("'s") { 2 } else { 4 };
                out.push(w[..cut].to_string());
                out.push(w[cut..].to_string());
            } else {
                out.push(w.to_string());
            }
        }
        out.extend(tail.into_iter().rev());
    }
}

/// Reads unlabelled text for clustering (see `NerTrainOptions::add_unlabelled`).
pub fn read_unlabelled(path: &std::path::Path, out: &mut Vec<String>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<std::path::PathBuf> =
            std::fs::read_dir(path)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for e in entries {
            read_unlabelled(&e, out)?;
        }
        return Ok(());
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let markup = match ext.as_str() {
        "conllu" => {
            let bytes = std::fs::read(path)?;
            out.extend(conllu_sentences(&String::from_utf8_lossy(&bytes)));
            return Ok(());
        }
        "xml" | "tml" | "naf" | "html" | "htm" => true,
        "txt" | "" => false,
        _ => return Ok(()),
    };
    let bytes = std::fs::read(path)?;
    let text = String::from_utf8_lossy(&bytes);
    out.push(if markup { strip_markup(&text) } else { text.into_owned() });
    Ok(())
}

fn conllu_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut sentence = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !sentence.is_empty() {
                out.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let mut cols = line.split('\t');
        let id = cols.next().unwrap_or("");
        if id.starts_with('#') || id.contains('-') || id.contains('.') {
            continue;
        }
        if let Some(form) = cols.next() {
            sentence.push_str(form);
            sentence.push(' ');
        }
    }
    if !sentence.is_empty() {
        out.push(sentence);
    }
    out
}

/// The text outside tags, with the insides of `<script>` and `<style>` elements dropped and the
/// five XML entities decoded.
fn strip_markup(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        plain.push_str(&rest[..open]);
        plain.push(' ');
        let tag = &rest[open..];
        let head: String = tag.chars().take(7).flat_map(char::to_lowercase).collect();
        let close = if head.starts_with("<script") {
            Some("</script")
        } else if head.starts_with("<style") {
            Some("</style")
        } else {
            None
        };
        let end = match close {
            None => tag.find('>'),
            Some(c) => {
                let lower = tag.to_ascii_lowercase();
                lower.find(c).and_then(|e| tag[e..].find('>').map(|g| e + g))
            }
        };
        rest = match end {
            Some(e) => &tag[e + 1..],
            None => "",
        };
    }
    plain.push_str(rest);
    plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// Builds the cluster table from unlabelled texts (tokenised by [`tokenize_into`]) and already
/// tokenised sentences (the words of a labelled training set).
pub fn build_from_texts<'a>(texts: &[String], sentences: impl Iterator<Item = &'a [String]>) -> ClusterTable {
    let mut streams: Vec<Vec<String>> = texts
        .iter()
        .map(|t| {
            let mut v = Vec::new();
            tokenize_into(t, &mut v);
            v
        })
        .collect();
    streams.extend(sentences.map(<[String]>::to_vec));
    build(streams.iter().map(Vec::as_slice))
}

/// Builds the cluster table from token streams (each a document or a sentence).
pub fn build<'a>(streams: impl Iterator<Item = &'a [String]> + Clone) -> ClusterTable {
    // Vocabulary.
    let mut counts: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for s in streams.clone() {
        for w in s {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts.iter().map(|(&w, &c)| (w, c)).filter(|&(_, c)| c >= MIN_COUNT).collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    vocab.truncate(MAX_WORDS);
    if vocab.len() < 2 {
        return ClusterTable::default();
    }
    let index: std::collections::HashMap<&str, u32> = vocab.iter().enumerate().map(|(i, &(w, _))| (w, i as u32)).collect();
    let n_ctx = CONTEXT_WORDS.min(vocab.len()) as u32;
    let dims = 4 * n_ctx as usize;
    // Context counts as packed (word, dimension) pairs.
    let mut pairs: Vec<u64> = Vec::new();
    for s in streams {
        let ids: Vec<Option<u32>> = s.iter().map(|w| index.get(w.as_str()).copied()).collect();
        for (i, id) in ids.iter().enumerate() {
            let Some(id) = *id else { continue };
            for (slot, off) in [(0u32, -2i64), (1, -1), (2, 1), (3, 2)] {
                let j = i as i64 + off;
                if j < 0 || j >= ids.len() as i64 {
                    continue;
                }
                if let Some(c) = ids[j as usize].filter(|&c| c < n_ctx) {
                    pairs.push((u64::from(id) << 32) | u64::from(slot * n_ctx + c));
                }
            }
        }
    }
    pairs.sort_unstable();
    // Sparse unit vectors.
    let mut vecs: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vocab.len()];
    let mut k = 0;
    while k < pairs.len() {
        let mut e = k;
        while e < pairs.len() && pairs[e] == pairs[k] {
            e += 1;
        }
        vecs[(pairs[k] >> 32) as usize].push(((pairs[k] & 0xffff_ffff) as u32, ((e - k) as f32).sqrt()));
        k = e;
    }
    drop(pairs);
    for v in &mut vecs {
        let norm = v.iter().map(|&(_, x)| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            for c in v.iter_mut() {
                c.1 /= norm;
            }
        }
    }
    let words: Vec<u32> = (0..vocab.len() as u32).filter(|&i| !vecs[i as usize].is_empty()).collect();
    let mut paths = vec![(0u32, 0u8); vocab.len()];
    let mut stack: Vec<(Vec<u32>, u32, u8)> = vec![(words, 0, 0)];
    let dot = |v: &[(u32, f32)], c: &[f32]| v.iter().map(|&(d, x)| x * c[d as usize]).sum::<f32>();
    while let Some((members, path, depth)) = stack.pop() {
        for &m in &members {
            paths[m as usize] = (path, depth);
        }
        if depth >= MAX_DEPTH || members.len() < 2 {
            continue;
        }
        // Seed split: the median of the projections on the members' first principal direction
        // (a few steps of power iteration), so that the tree is balanced before refinement.
        let mut mean = vec![0f32; dims];
        for &m in &members {
            for &(d, x) in &vecs[m as usize] {
                mean[d as usize] += x;
            }
        }
        mean.iter_mut().for_each(|x| *x /= members.len() as f32);
        let mut dir = vec![0f32; dims];
        for &(d, x) in &vecs[members[0] as usize] {
            dir[d as usize] = x;
        }
        for (a, b) in dir.iter_mut().zip(&mean) {
            *a -= b;
        }
        let mut proj = vec![0f32; members.len()];
        for _ in 0..POWER_STEPS {
            let norm = dir.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm <= 0.0 {
                break;
            }
            dir.iter_mut().for_each(|x| *x /= norm);
            let shift = dot_dense(&mean, &dir);
            let mut next = vec![0f32; dims];
            let mut total = 0f32;
            for (k, &m) in members.iter().enumerate() {
                let p = dot(&vecs[m as usize], &dir) - shift;
                proj[k] = p;
                total += p;
                for &(d, x) in &vecs[m as usize] {
                    next[d as usize] += p * x;
                }
            }
            for (a, b) in next.iter_mut().zip(&mean) {
                *a -= total * b;
            }
            dir = next;
        }
        let mut sorted = proj.clone();
        sorted.sort_by(f32::total_cmp);
        let median = sorted[sorted.len() / 2];
        let mut c0 = vec![0f32; dims];
        let mut c1 = vec![0f32; dims];
        for (k, &m) in members.iter().enumerate() {
            let c = if proj[k] >= median { &mut c1 } else { &mut c0 };
            for &(d, x) in &vecs[m as usize] {
                c[d as usize] += x;
            }
        }
        for c in [&mut c0, &mut c1] {
            let norm = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                c.iter_mut().for_each(|x| *x /= norm);
            }
        }
        let mut side = vec![false; members.len()];
        for _ in 0..ITERATIONS {
            let mut changed = false;
            for (k, &m) in members.iter().enumerate() {
                let v = &vecs[m as usize];
                let s = dot(v, &c1) > dot(v, &c0);
                changed |= s != side[k];
                side[k] = s;
            }
            c0.iter_mut().for_each(|x| *x = 0.0);
            c1.iter_mut().for_each(|x| *x = 0.0);
            for (k, &m) in members.iter().enumerate() {
                let c = if side[k] { &mut c1 } else { &mut c0 };
                for &(d, x) in &vecs[m as usize] {
                    c[d as usize] += x;
                }
            }
            for c in [&mut c0, &mut c1] {
                let norm = c.iter().map(|x| x * x).sum::<f32>().sqrt();
                if norm > 0.0 {
                    c.iter_mut().for_each(|x| *x /= norm);
                }
            }
            if !changed {
                break;
            }
        }
        let (mut left, mut right) = (Vec::new(), Vec::new());
        for (k, &m) in members.iter().enumerate() {
            if side[k] { right.push(m) } else { left.push(m) }
        }
        if left.is_empty() || right.is_empty() {
            continue;
        }
        stack.push((left, path << 1, depth + 1));
        stack.push((right, (path << 1) | 1, depth + 1));
    }
    let mut rows: Vec<(u64, u32, u8)> = vocab
        .iter()
        .zip(&paths)
        .filter(|(_, &(_, d))| d > 0)
        .map(|(&(w, _), &(p, d))| (value_hash(w.as_bytes()), p, d))
        .collect();
    rows.sort_unstable();
    rows.dedup_by_key(|r| r.0);
    ClusterTable {
        keys: rows.iter().map(|r| r.0).collect(),
        paths: rows.iter().map(|r| r.1).collect(),
        depths: rows.iter().map(|r| r.2).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenises_like_conll() {
        let mut out = Vec::new();
        tokenize_into("\"Mr. Smith's dog didn't bark,\" said the U.S. envoy.", &mut out);
        assert_eq!(out, ["\"", "Mr.", "Smith", "'s", "dog", "did", "n't", "bark", ",", "\"", "said", "the", "U.S.", "envoy", "."]);
    }

    #[test]
    fn words_in_the_same_contexts_share_a_prefix() {
        let mut text = Vec::new();
        for i in 0..50 {
            let town = ["Kessa", "Vestmark", "Hallin"][i % 3];
            let person = ["Anna", "Tomas", "Ilse"][i % 3];
            text.push(format!("officials in {town} said on Monday that {person} had left ."));
        }
        let streams: Vec<Vec<String>> = text
            .iter()
            .map(|t| {
                let mut v = Vec::new();
                tokenize_into(t, &mut v);
                v
            })
            .collect();
        let table = build(streams.iter().map(Vec::as_slice));
        let map = table.to_map().unwrap();
        let get = |w: &str| map[&value_hash(w.as_bytes())];
        // Words with the same contexts end in the same cluster; the first split parts the names
        // from the words around them.
        assert_eq!(get("Kessa"), get("Vestmark"));
        assert_eq!(get("Anna"), get("Tomas"));
        assert_ne!(prefix(get("Kessa"), 1), prefix(get("officials"), 1));
    }
}
