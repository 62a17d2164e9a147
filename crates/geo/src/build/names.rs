//! The hand-written data files and the name variants the compiler generates.
//!
//! GeoNames lists towns well but names regions the way an atlas does ("Kursk Oblast",
//! "Primorye", "Udmurtiya Republic"), while news writes "Kursk region", "Primorsky Krai",
//! "Udmurtia". [`admin_variants`] spells admin-1 names the news ways by rule; what no rule can
//! produce (regions that are no administrative unit, seas, facilities, country nicknames) comes
//! from `data/supplement.tsv`; demonyms come from `data/demonyms.tsv`. Both files are part of the
//! crate and compiled into it.

use sitrep_doc::PlaceKind;

use crate::fold::fold_key;
use crate::Error;

pub(crate) const SUPPLEMENT_TSV: &str = include_str!("../../data/supplement.tsv");
pub(crate) const DEMONYMS_TSV: &str = include_str!("../../data/demonyms.tsv");
pub(crate) const COUNTRY_POINTS_TSV: &str = include_str!("../../data/country_points.tsv");

/// What a supplement row adds.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum SupplementRow {
    /// A new entry.
    Entry {
        name: String,
        aliases: Vec<String>,
        kind: PlaceKind,
        country: Option<String>,
        lat: f64,
        lon: f64,
        population: u64,
        radius_km: u16,
    },
    /// More names for an existing entry of `kind` named `name` in `country`.
    Alias {
        name: String,
        aliases: Vec<String>,
        kind: PlaceKind,
        country: Option<String>,
        line: usize,
    },
}

/// Parses `supplement.tsv`: `name  aliases(|)  kind  country  lat  lon  population  radius_km`;
/// kind `alias:<kind>` adds aliases to an existing entry and needs no coordinates.
pub(crate) fn parse_supplement(text: &str) -> Result<Vec<SupplementRow>, Error> {
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |message: String| Error::DataFile {
            file: "supplement.tsv",
            line: line_no,
            message,
        };
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 4 {
            return Err(bad(format!(
                "expected at least 4 tab-separated columns, got {}",
                cols.len()
            )));
        }
        let name = cols[0].to_string();
        if name.is_empty() {
            return Err(bad("empty name".into()));
        }
        let aliases: Vec<String> = cols[1]
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        let country = Some(cols[3])
            .filter(|c| !c.is_empty() && *c != "-")
            .map(str::to_uppercase);
        if let Some(c) = &country {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(bad(format!(
                    "country `{c}` is not an ISO 3166-1 alpha-2 code"
                )));
            }
        }
        if let Some(target) = cols[2].strip_prefix("alias:") {
            let kind =
                PlaceKind::parse(target).ok_or_else(|| bad(format!("unknown kind `{target}`")))?;
            rows.push(SupplementRow::Alias {
                name,
                aliases,
                kind,
                country,
                line: line_no,
            });
            continue;
        }
        let kind =
            PlaceKind::parse(cols[2]).ok_or_else(|| bad(format!("unknown kind `{}`", cols[2])))?;
        let num = |i: usize, what: &str| -> Result<f64, Error> {
            cols.get(i)
                .and_then(|s| s.parse::<f64>().ok())
                .filter(|v| v.is_finite())
                .ok_or_else(|| bad(format!("column {} ({what}) is not a number", i + 1)))
        };
        let lat = num(4, "lat")?;
        let lon = num(5, "lon")?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(bad(format!("coordinates {lat},{lon} out of range")));
        }
        let population = cols.get(6).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
        let radius_km = cols.get(7).and_then(|s| s.parse::<u16>().ok()).unwrap_or(0);
        rows.push(SupplementRow::Entry {
            name,
            aliases,
            kind,
            country,
            lat,
            lon,
            population,
            radius_km,
        });
    }
    Ok(rows)
}

/// Parses `demonyms.tsv`: `demonym  ISO2` per line.
pub(crate) fn parse_demonyms(text: &str) -> Result<Vec<(String, String)>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t').map(str::trim);
        let (Some(word), Some(iso)) = (cols.next(), cols.next()) else {
            return Err(Error::DataFile {
                file: "demonyms.tsv",
                line: n + 1,
                message: "expected `demonym<TAB>ISO2`".into(),
            });
        };
        if iso.len() != 2 {
            return Err(Error::DataFile {
                file: "demonyms.tsv",
                line: n + 1,
                message: format!("`{iso}` is not an ISO 3166-1 alpha-2 code"),
            });
        }
        out.push((fold_key(word), iso.to_uppercase()));
    }
    Ok(out)
}

/// Words that name the type of an administrative unit, longest first.
const TYPE_WORDS: &[&str] = &[
    "autonomous okrug",
    "autonomous oblast",
    "autonomous region",
    "autonomous republic",
    "special administrative region",
    "governorate",
    "voivodeship",
    "prefecture",
    "municipality",
    "department",
    "territory",
    "province",
    "district",
    "republic",
    "emirate",
    "oblast",
    "region",
    "county",
    "canton",
    "do",
    "state",
    "okrug",
    "krai",
    "kray",
    "city",
];

/// Spelling changes between atlas and news romanisations, applied to word endings.
const ENDINGS: &[(&str, &str)] = &[("skiy", "sky"), ("iya", "ia")];

/// A generated key for an admin region, and whether it is its stem (the name without the type
/// word), which the caller demotes when a town of the same country bears it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AdminKey {
    pub key: String,
    pub is_stem: bool,
    pub is_main: bool,
}

/// Keys under which news may name an admin-1 region called `name` in an atlas. `oblast_style`
/// is true for countries whose regions English news calls "oblast" (Russia, Ukraine, ...).
pub(crate) fn admin_variants(name: &str, oblast_style: bool) -> Vec<AdminKey> {
    let mut out: Vec<AdminKey> = Vec::new();
    let push = |key: String, is_stem: bool, is_main: bool, out: &mut Vec<AdminKey>| {
        if key.len() >= 2 && !out.iter().any(|k| k.key == key) {
            out.push(AdminKey {
                key,
                is_stem,
                is_main,
            });
        }
    };
    // "Zabaykalskiy (Transbaikal) Kray": the name without the parenthesis, and the inner name.
    let mut bases: Vec<(String, bool)> = Vec::new();
    if let (Some(open), Some(close)) = (name.find('('), name.find(')')) {
        if open < close {
            let outer = format!("{} {}", &name[..open], &name[close + 1..]);
            bases.push((fold_key(&outer), true));
            bases.push((fold_key(&name[open + 1..close]), false));
        }
    }
    if bases.is_empty() {
        bases.push((fold_key(name), true));
    }
    for (base, main) in bases {
        let (stem, kind) = split_type(&base);
        push(base.clone(), stem == base, main, &mut out);
        let mut stems = vec![stem.clone()];
        for &(from, to) in ENDINGS {
            let respelled = respell_endings(&stem, from, to);
            if respelled != stem && !stems.contains(&respelled) {
                stems.push(respelled);
            }
        }
        for s in &stems {
            push(s.clone(), true, false, &mut out);
            if kind == Some("city") {
                continue;
            }
            push(format!("{s} region"), false, false, &mut out);
            push(format!("{s} province"), false, false, &mut out);
            match kind {
                Some("oblast" | "krai" | "kray" | "territory") => {
                    for t in ["oblast", "krai", "kray", "territory"] {
                        push(format!("{s} {t}"), false, false, &mut out);
                    }
                }
                Some("republic") => {
                    push(format!("{s} republic"), false, false, &mut out);
                    push(format!("republic of {s}"), false, false, &mut out);
                }
                Some(t) => push(format!("{s} {t}"), false, false, &mut out),
                None if oblast_style => push(format!("{s} oblast"), false, false, &mut out),
                None => {}
            }
        }
    }
    out
}

/// Splits "kursk oblast" into ("kursk", Some("oblast")) and "republic of tyva" into
/// ("tyva", Some("republic")).
fn split_type(key: &str) -> (String, Option<&'static str>) {
    for &t in TYPE_WORDS {
        if let Some(stem) = key.strip_suffix(t).and_then(|s| s.strip_suffix(' ')) {
            if !stem.is_empty() {
                return (stem.to_string(), Some(t));
            }
        }
        for prefix in [format!("{t} of "), format!("{t} of the ")] {
            if let Some(stem) = key.strip_prefix(prefix.as_str()) {
                if !stem.is_empty() {
                    return (stem.to_string(), Some(t));
                }
            }
        }
    }
    (key.to_string(), None)
}

/// Replaces `from` by `to` where it ends a word.
fn respell_endings(key: &str, from: &str, to: &str) -> String {
    key.split(' ')
        .map(|w| match w.strip_suffix(from) {
            Some(head) if head.len() >= 3 => format!("{head}{to}"),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str) -> Vec<String> {
        admin_variants(name, true)
            .into_iter()
            .map(|k| k.key)
            .collect()
    }

    #[test]
    fn oblast_gets_region_and_stem() {
        let k = keys("Kursk Oblast");
        for want in ["kursk oblast", "kursk", "kursk region", "kursk province"] {
            assert!(k.contains(&want.to_string()), "{want} missing from {k:?}");
        }
        let stem = admin_variants("Kursk Oblast", true)
            .into_iter()
            .find(|k| k.key == "kursk");
        assert!(stem.is_some_and(|s| s.is_stem && !s.is_main));
    }

    #[test]
    fn republics_and_respellings() {
        let k = keys("Udmurtiya Republic");
        assert!(k.contains(&"udmurtia".to_string()), "{k:?}");
        let k = keys("Republic of Tyva");
        assert!(k.contains(&"tyva".to_string()), "{k:?}");
        let k = keys("Zabaykalskiy (Transbaikal) Kray");
        for want in ["zabaykalsky krai", "transbaikal", "zabaykalskiy kray"] {
            assert!(k.contains(&want.to_string()), "{want} missing from {k:?}");
        }
    }

    #[test]
    fn supplement_rows_parse_and_errors_name_the_line() {
        let rows = parse_supplement(
            "# comment\nFar East\tRussian Far East|Far Eastern Russia\tregion\tRU\t62\t135\t8000000\t2500\n\
             Primorye\tPrimorsky Krai\talias:admin\tRU\n",
        )
        .expect("parses");
        assert_eq!(rows.len(), 2);
        assert!(matches!(
            &rows[0],
            SupplementRow::Entry {
                radius_km: 2500,
                ..
            }
        ));
        assert!(matches!(
            &rows[1],
            SupplementRow::Alias {
                kind: PlaceKind::Admin,
                ..
            }
        ));
        let err = parse_supplement("X\t\tregion\tRU\tnorth\t1\n").expect_err("bad lat");
        assert!(err.to_string().contains("line 1"), "{err}");
        assert!(parse_supplement("X\t\tvolcano\tRU\t1\t1\n").is_err());
    }

    #[test]
    fn the_shipped_data_files_parse() {
        let rows = parse_supplement(SUPPLEMENT_TSV).expect("supplement.tsv parses");
        assert!(rows.len() > 100, "{}", rows.len());
        let dem = parse_demonyms(DEMONYMS_TSV).expect("demonyms.tsv parses");
        assert!(dem.len() >= 150, "{}", dem.len());
    }
}
