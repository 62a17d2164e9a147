//! Word shapes, a feature every model of sitrep uses: "Xxx" for "Washington", "XX-dd" for
//! "KN-23". Kept here, beside the feature hashing, so the tagger, the parser, the entity
//! recogniser and the attribution tagger compute it one way.

/// Writes the shape of `word` into `out`: upper-case letters become `X`, lower-case `x`, digits
/// `d`, other characters stay; runs of one class are cut to `max_run` characters.
pub fn shape_into(word: &str, max_run: usize, out: &mut String) {
    out.clear();
    let (mut last, mut run) = ('\0', 0);
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        run = if k == last { run + 1 } else { 1 };
        last = k;
        if run <= max_run {
            out.push(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_cut_runs() {
        let mut s = String::new();
        shape_into("Washington", 2, &mut s);
        assert_eq!(s, "Xxx");
        shape_into("KN-23", 2, &mut s);
        assert_eq!(s, "XX-dd");
        shape_into("1,500", 1, &mut s);
        assert_eq!(s, "d,d");
    }
}
