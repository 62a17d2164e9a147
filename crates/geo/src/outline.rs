//! Country outlines for drawing maps offline: Natural Earth's 1:50m countries (public domain, as
//! shipped by world-atlas), compiled by [`Outlines::compile`] into `models/outlines.bin` and
//! compiled into the binary, so a map of the places of a story has coasts and borders without
//! fetching a tile.
//!
//! ```text
//! magic "SITREPOL" | version u32 | body_len u64 | body (postcard, deflated) | crc32 u32 of every byte before it
//! ```
//! The body holds, per country, its name, ISO 3166 numeric code, bounding box and rings, each
//! ring as deltas of longitude and latitude in thousandths of a degree (about 100 m, finer than
//! the 1:50m source). [`Outlines::within`] returns the countries that meet a box, their rings
//! thinned to the detail the box can show.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::Error;

/// The first bytes of every outlines file.
pub const OUTLINE_MAGIC: [u8; 8] = *b"SITREPOL";
/// The format this build writes and reads.
pub const OUTLINE_FORMAT_VERSION: u32 = 1;
/// Stored coordinates are in units of 1/UNITS degree.
const UNITS: f64 = 1000.0;
/// The source file under the data directory.
pub const OUTLINE_SOURCE: &str = "world-atlas/countries-50m.json";

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/outlines.bin"));

/// The country outlines: compiled from TopoJSON, or read from an outlines file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlines {
    countries: Vec<StoredCountry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StoredCountry {
    name: String,
    iso_numeric: u16,
    /// West, south, east, north in 1/UNITS degree (east may pass 180° for rings that cross the
    /// antimeridian).
    bbox: [i32; 4],
    /// Each ring: first point absolute, then deltas; longitude then latitude.
    rings: Vec<Vec<i32>>,
}

/// A country that meets the asked box, ready to draw.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryOutline {
    pub name: String,
    pub iso_numeric: u16,
    /// Rings of `[lon, lat]` points in degrees.
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// A box in degrees: west, south, east, north.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl Outlines {
    /// Compiles the outlines from the data directory's world-atlas file.
    pub fn compile(data_dir: &Path) -> Result<Outlines, Error> {
        let path = data_dir.join(OUTLINE_SOURCE);
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        Outlines::from_topojson(&text).map_err(|message| Error::Input { path, message })
    }

    /// Compiles the outlines from the text of a TopoJSON file with a `countries` object.
    pub fn from_topojson(text: &str) -> Result<Outlines, String> {
        let rings = crate::build::country_rings(text)?;
        // Longitudes of unwrapped rings stay within a turn and a half; anything else is no map.
        if let Some((_, name, _)) = rings.iter().find(|(_, _, rs)| rs.iter().flatten().any(|&(lat, lon)| !(lat.abs() <= 90.0 && lon.abs() <= 540.0))) {
            return Err(format!("{name}: a coordinate out of range"));
        }
        let mut countries: Vec<StoredCountry> = rings
            .into_iter()
            .map(|(iso_numeric, name, rings)| {
                let rings: Vec<Vec<i32>> = rings.iter().map(|r| encode_ring(r)).collect();
                let bbox = bounding_box(&rings);
                StoredCountry { name, iso_numeric, bbox, rings }
            })
            .collect();
        countries.sort_by(|a, b| a.name.cmp(&b.name).then(a.iso_numeric.cmp(&b.iso_numeric)));
        if countries.is_empty() {
            return Err("no named country outline".into());
        }
        Ok(Outlines { countries })
    }

    /// The outlines compiled into this binary from `models/outlines.bin`, decoded once.
    pub fn embedded() -> Result<&'static Outlines, Error> {
        static LOADED: OnceLock<Result<Outlines, String>> = OnceLock::new();
        LOADED
            .get_or_init(|| Outlines::from_bytes(EMBEDDED).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Outlines(format!("the embedded file cannot be loaded: {e}")))
    }

    /// How many countries the file holds.
    pub fn len(&self) -> usize {
        self.countries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.countries.is_empty()
    }

    /// The countries that meet `area`, each ring thinned so that no two kept points are closer
    /// than `detail` degrees (rings that shrink below a triangle are left out; a country with no
    /// ring left is too small to see and left out too).
    pub fn within(&self, area: GeoBox, detail: f64) -> Vec<CountryOutline> {
        let step = (detail.max(0.0) * UNITS) as i64;
        let mut out = Vec::new();
        for c in &self.countries {
            // A country seen across the antimeridian is drawn a full turn over, where the box is.
            for shift in [0.0, 360.0, -360.0].into_iter().filter(|&shift| meets(c.bbox, area, shift)) {
                let rings: Vec<Vec<[f64; 2]>> = c
                    .rings
                    .iter()
                    .filter_map(|r| thin(r, step))
                    .map(|ring| ring.into_iter().map(|[lon, lat]| [lon + shift, lat]).collect())
                    .collect();
                if !rings.is_empty() {
                    out.push(CountryOutline { name: c.name.clone(), iso_numeric: c.iso_numeric, rings });
                }
            }
        }
        out
    }

    /// The outlines file as bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        let body = postcard::to_stdvec(self).map_err(|e| Error::Outlines(format!("cannot encode: {e}")))?;
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&body).map_err(Error::Write)?;
        let body = enc.finish().map_err(Error::Write)?;
        let mut out = Vec::with_capacity(8 + 4 + 8 + body.len() + 4);
        out.extend_from_slice(&OUTLINE_MAGIC);
        out.extend_from_slice(&OUTLINE_FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(body.len() as u64).to_le_bytes());
        out.extend_from_slice(&body);
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        Ok(out)
    }

    /// Reads an outlines file, refusing another magic, another format version, a checksum
    /// mismatch or a truncated file before decoding anything.
    pub fn from_bytes(bytes: &[u8]) -> Result<Outlines, Error> {
        let bad = |what: &str| Error::Outlines(what.to_string());
        if bytes.len() < 8 + 4 + 8 + 4 {
            return Err(bad("the file is too short to be an outlines file"));
        }
        if bytes[..8] != OUTLINE_MAGIC {
            return Err(bad(&format!("not an outlines file (magic {:?})", String::from_utf8_lossy(&bytes[..8]))));
        }
        let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        if version != OUTLINE_FORMAT_VERSION {
            return Err(bad(&format!(
                "format version {version}, this build reads version {OUTLINE_FORMAT_VERSION}; rebuild it with `sitrep gazetteer outlines`"
            )));
        }
        let (payload, stored) = bytes.split_at(bytes.len() - 4);
        let stored = u32::from_le_bytes([stored[0], stored[1], stored[2], stored[3]]);
        let computed = crc32fast::hash(payload);
        if stored != computed {
            return Err(bad(&format!("corrupt: stored checksum {stored:#010x}, computed {computed:#010x}")));
        }
        let mut len = [0u8; 8];
        len.copy_from_slice(&payload[12..20]);
        let body = usize::try_from(u64::from_le_bytes(len))
            .ok()
            .and_then(|n| payload.get(20..20usize.checked_add(n)?))
            .filter(|b| 20 + b.len() == payload.len())
            .ok_or_else(|| bad("truncated: the body length does not match the file"))?;
        let mut raw = Vec::new();
        flate2::read::DeflateDecoder::new(body).read_to_end(&mut raw).map_err(|e| bad(&format!("cannot inflate: {e}")))?;
        postcard::from_bytes(&raw).map_err(|e| bad(&format!("cannot decode: {e}")))
    }
}

/// A ring of (lat, lon) degrees as stored: first point absolute, then deltas, longitude first.
fn encode_ring(ring: &[(f64, f64)]) -> Vec<i32> {
    let mut out = Vec::with_capacity(ring.len() * 2);
    let (mut last_lon, mut last_lat) = (0i32, 0i32);
    for &(lat, lon) in ring {
        let (x, y) = ((lon * UNITS).round() as i32, (lat * UNITS).round() as i32);
        if !out.is_empty() && x == last_lon && y == last_lat {
            continue;
        }
        out.push(x - last_lon);
        out.push(y - last_lat);
        (last_lon, last_lat) = (x, y);
    }
    out
}

/// The absolute points of a stored ring, in stored units.
fn decode_ring(ring: &[i32]) -> impl Iterator<Item = (i64, i64)> + '_ {
    let (mut x, mut y) = (0i64, 0i64);
    ring.chunks_exact(2).map(move |d| {
        x += i64::from(d[0]);
        y += i64::from(d[1]);
        (x, y)
    })
}

fn bounding_box(rings: &[Vec<i32>]) -> [i32; 4] {
    let mut b = [i32::MAX, i32::MAX, i32::MIN, i32::MIN];
    for (x, y) in rings.iter().flat_map(|r| decode_ring(r)) {
        let (x, y) = (x as i32, y as i32);
        b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
    }
    b
}

/// Whether a stored box shifted east by `shift` degrees meets `area` (rings that cross the
/// antimeridian run past 180°, so a box near -180° meets them a full turn over).
fn meets(bbox: [i32; 4], area: GeoBox, shift: f64) -> bool {
    let [w, s, e, n] = bbox.map(|v| f64::from(v) / UNITS);
    s <= area.north && n >= area.south && w + shift <= area.east && e + shift >= area.west
}

/// A ring in degrees without points closer than `step` units to the last kept one; `None` when
/// fewer than three points are left.
fn thin(ring: &[i32], step: i64) -> Option<Vec<[f64; 2]>> {
    let mut kept: Vec<(i64, i64)> = Vec::new();
    let points: Vec<(i64, i64)> = decode_ring(ring).collect();
    for (i, &p) in points.iter().enumerate() {
        let last_point = i + 1 == points.len();
        match kept.last() {
            Some(&(x, y)) if !last_point && (p.0 - x).abs().max((p.1 - y).abs()) < step => {}
            _ => kept.push(p),
        }
    }
    (kept.len() >= 3).then(|| kept.into_iter().map(|(x, y)| [x as f64 / UNITS, y as f64 / UNITS]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two invented countries: a square with a square hole, and a triangle across the
    /// antimeridian (quantized TopoJSON, as world-atlas ships it).
    const TOPO: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.01, 0.01], "translate": [0, 0]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "901", "properties": {"name": "Averland"}, "arcs": [[0], [1]]},
            {"type": "MultiPolygon", "id": "902", "properties": {"name": "Castoria"}, "arcs": [[[2]]]},
            {"type": "Polygon", "properties": {}, "arcs": [[0]]}
        ]}},
        "arcs": [
            [[1000, 1000], [1000, 0], [0, 1000], [-1000, 0], [0, -1000]],
            [[1400, 1400], [200, 0], [0, 200], [-200, 0], [0, -200]],
            [[17900, 6000], [200, 0], [-100, 500], [-100, -500]]
        ]
    }"#;

    fn outlines() -> Outlines {
        Outlines::from_topojson(TOPO).expect("compiles")
    }

    #[test]
    fn countries_keep_their_names_codes_and_every_ring() {
        let o = outlines();
        assert_eq!(o.len(), 2, "the unnamed geometry is skipped");
        let all = o.within(GeoBox { west: -180.0, south: -90.0, east: 180.0, north: 90.0 }, 0.0);
        let averland = all.iter().find(|c| c.name == "Averland").expect("Averland");
        assert_eq!(averland.iso_numeric, 901);
        assert_eq!(averland.rings.len(), 2, "the outer ring and the hole");
        assert_eq!(averland.rings[0][0], [10.0, 10.0]);
        assert_eq!(averland.rings[0][2], [20.0, 20.0]);
    }

    #[test]
    fn a_box_selects_the_countries_it_meets_even_across_the_antimeridian() {
        let o = outlines();
        let names = |area| o.within(area, 0.0).into_iter().map(|c| c.name).collect::<Vec<_>>();
        assert_eq!(names(GeoBox { west: 5.0, south: 5.0, east: 12.0, north: 12.0 }), ["Averland"]);
        assert_eq!(names(GeoBox { west: -179.5, south: 59.0, east: -170.0, north: 66.0 }), ["Castoria"]);
        // ... and drawn where that box is: its points a full turn west.
        let castoria = o.within(GeoBox { west: -179.5, south: 59.0, east: -170.0, north: 66.0 }, 0.0);
        assert!(castoria[0].rings[0].iter().all(|[lon, _]| (-181.5..=-178.5).contains(lon)), "{:?}", castoria[0].rings);
        assert!(names(GeoBox { west: 40.0, south: -40.0, east: 50.0, north: -30.0 }).is_empty());
    }

    #[test]
    fn coarse_detail_thins_rings_and_drops_specks() {
        let o = outlines();
        let world = GeoBox { west: -180.0, south: -90.0, east: 180.0, north: 90.0 };
        let fine: usize = o.within(world, 0.0).iter().flat_map(|c| &c.rings).map(Vec::len).sum();
        let coarse = o.within(world, 5.0);
        let kept: usize = coarse.iter().flat_map(|c| &c.rings).map(Vec::len).sum();
        assert!(kept < fine, "{kept} < {fine}");
        let averland = coarse.iter().find(|c| c.name == "Averland").expect("the large square stays");
        assert_eq!(averland.rings.len(), 1, "the 2-degree hole is too small at 5 degrees");
    }

    #[test]
    fn the_file_round_trips_and_refuses_damage() {
        let o = outlines();
        let bytes = o.to_bytes().expect("bytes");
        assert_eq!(Outlines::from_bytes(&bytes).expect("reads"), o);
        let mut flipped = bytes.clone();
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0x40;
        assert!(Outlines::from_bytes(&flipped).unwrap_err().to_string().contains("checksum"));
        let mut old = bytes.clone();
        old[8] = 0;
        assert!(Outlines::from_bytes(&old).unwrap_err().to_string().contains("version"));
        assert!(Outlines::from_bytes(b"SITREPGZ and more bytes than that").is_err());
        assert!(Outlines::from_bytes(&bytes[..bytes.len() - 9]).is_err());
    }

    #[test]
    fn the_embedded_outlines_hold_the_world() {
        let o = Outlines::embedded().expect("embedded outlines");
        assert!(o.len() > 200, "{}", o.len());
        let korea = o.within(GeoBox { west: 124.0, south: 37.0, east: 131.0, north: 43.0 }, 0.05);
        let names: Vec<&str> = korea.iter().map(|c| c.name.as_str()).collect();
        assert!(names.contains(&"North Korea") && names.contains(&"South Korea"), "{names:?}");
    }
}
