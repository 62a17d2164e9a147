//! The in-memory gazetteer: entries in columns, a name index, and the look-ups the resolver needs.
//!
//! Entries (cities, admin-1 regions, countries, hand-written regions, waters and facilities) are
//! stored column by column so that the file decodes with a few large allocations instead of one
//! per place: the whole thing has to load in a few tens of milliseconds. Names are found through
//! an [`fst::Map`] from folded key to a slice of the posting list; each posting is an entry id and
//! how the key names it (its main name, an alternate name, or a weak alias such as a region's bare
//! stem that a city of the same country also bears).
//!
//! **Invariant:** postings of one key are sorted by [`Gazetteer::prior`], most prominent first, so
//! the first posting is the answer when nothing else is known.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Seats of government and their states (see [`Gazetteer::seat_of_government`]).
const CAPITALS_TSV: &str = include_str!("../data/capitals.tsv");

use serde::{Deserialize, Serialize};
use sitrep_doc::{Place, PlaceKind, PlaceLexicon};

use crate::fold::{fold_key, variants};
use crate::Error;

/// The index of an entry in a [`Gazetteer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub(crate) u32);

impl EntryId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// How a look-up key names an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchKind {
    /// The entry's own name.
    Name,
    /// An alternate name or alias (another language, a romanisation, "Kursk region").
    Alternate,
    /// A name that usually means something else: the bare stem of a region whose capital bears it
    /// ("Kursk" for Kursk Oblast), a region named exactly like its capital city.
    Weak,
    /// Found only through a transliteration variant of the key ("Sergeevka" -> "sergeyevka").
    Variant,
}

impl MatchKind {
    pub(crate) fn from_flag(flag: u32) -> MatchKind {
        match flag & 3 {
            0 => MatchKind::Name,
            1 => MatchKind::Alternate,
            _ => MatchKind::Weak,
        }
    }

    pub(crate) fn flag(self) -> u32 {
        match self {
            MatchKind::Name => 0,
            MatchKind::Alternate => 1,
            MatchKind::Weak | MatchKind::Variant => 2,
        }
    }

    fn penalty(self) -> f64 {
        match self {
            MatchKind::Name => 0.0,
            MatchKind::Alternate => 1.0,
            MatchKind::Variant => 2.0,
            MatchKind::Weak => 8.0,
        }
    }
}

/// One gazetteer entry found for a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub entry: EntryId,
    pub matched: MatchKind,
}

/// Counts describing a gazetteer, for reports and `sitrep gazetteer build`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GazetteerStats {
    pub entries: usize,
    pub cities: usize,
    pub admins: usize,
    pub countries: usize,
    /// Entries from the hand-written supplement (regions, waters, facilities).
    pub supplement: usize,
    pub keys: usize,
    pub postings: usize,
    pub demonyms: usize,
}

pub(crate) const KIND_CODES: [PlaceKind; 7] = [
    PlaceKind::City,
    PlaceKind::Admin,
    PlaceKind::Country,
    PlaceKind::Region,
    PlaceKind::Facility,
    PlaceKind::Water,
    PlaceKind::Other,
];

pub(crate) fn kind_code(kind: PlaceKind) -> u8 {
    KIND_CODES.iter().position(|&k| k == kind).unwrap_or(6) as u8
}

/// "No country" / "no admin region" in the index columns.
pub(crate) const NONE16: u16 = u16::MAX;

/// The serialised columns. Coordinates are in 1e-5 degrees.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Tables {
    /// Display names joined by '\n'.
    pub names: String,
    pub lat: Vec<i32>,
    pub lon: Vec<i32>,
    pub population: Vec<u32>,
    /// 0 = none.
    pub geonames_id: Vec<u32>,
    pub kind: Vec<u8>,
    /// Index into `countries`, or [`NONE16`].
    pub country: Vec<u16>,
    /// Index into `admins`, or [`NONE16`].
    pub admin: Vec<u16>,
    /// How far the place reaches from its point, for containment tests (0 for a point).
    pub radius_km: Vec<u16>,
    /// `entry << 2 | flag`, grouped by key; the fst maps a key to `start << 16 | count`.
    pub postings: Vec<u32>,
    /// ISO 3166-1 alpha-2 code and the country's entry.
    pub countries: Vec<(String, u32)>,
    /// The entry of each admin-1 region.
    pub admins: Vec<u32>,
    /// Folded demonym and index into `countries`, sorted by key.
    pub demonyms: Vec<(String, u16)>,
    /// Entries that came from the hand-written supplement: `supplement_start..` before cities.
    pub supplement: (u32, u32),
}

/// An offline gazetteer: places with coordinates, looked up by folded name.
pub struct Gazetteer {
    pub(crate) t: Tables,
    pub(crate) index: fst::Map<Vec<u8>>,
    name_starts: Vec<u32>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("stats", &self.stats())
            .finish()
    }
}

const POSTING_COUNT_BITS: u64 = 16;

impl Gazetteer {
    /// Assembles a gazetteer from its tables and index bytes, checking that they agree.
    pub(crate) fn from_parts(t: Tables, fst_bytes: Vec<u8>) -> Result<Gazetteer, Error> {
        let index = fst::Map::new(fst_bytes).map_err(|e| Error::Index(e.to_string()))?;
        let n = t.lat.len();
        let columns = [
            t.lon.len(),
            t.population.len(),
            t.geonames_id.len(),
            t.kind.len(),
            t.country.len(),
            t.admin.len(),
            t.radius_km.len(),
        ];
        if columns.iter().any(|&c| c != n) {
            return Err(Error::Index(format!(
                "columns disagree in length: {n} vs {columns:?}"
            )));
        }
        let mut name_starts = Vec::with_capacity(n + 1);
        name_starts.push(0u32);
        for (i, b) in t.names.bytes().enumerate() {
            if b == b'\n' {
                name_starts.push(i as u32 + 1);
            }
        }
        if name_starts.len() != n {
            return Err(Error::Index(format!(
                "{} names for {n} entries",
                name_starts.len()
            )));
        }
        name_starts.push(t.names.len() as u32 + 1);
        if t.postings.iter().any(|&p| (p >> 2) as usize >= n)
            || t.countries.iter().any(|&(_, e)| e as usize >= n)
            || t.admins.iter().any(|&e| e as usize >= n)
            || t.country
                .iter()
                .any(|&c| c != NONE16 && c as usize >= t.countries.len())
            || t.admin
                .iter()
                .any(|&a| a != NONE16 && a as usize >= t.admins.len())
            || t.kind.iter().any(|&k| k as usize >= KIND_CODES.len())
        {
            return Err(Error::Index("an index points outside the tables".into()));
        }
        // Keys are not walked here (that would cost a pass over the whole index on every load):
        // `lookup_key` bounds-checks the posting slice a key points to.
        Ok(Gazetteer {
            t,
            index,
            name_starts,
        })
    }

    pub(crate) fn encode_postings_ref(start: usize, count: usize) -> u64 {
        ((start as u64) << POSTING_COUNT_BITS) | count.min(0xffff) as u64
    }

    /// The gazetteer compiled into this binary from `models/gazetteer.bin`, decoded on first use.
    pub fn embedded() -> Result<&'static Gazetteer, Error> {
        static CELL: OnceLock<Result<Gazetteer, String>> = OnceLock::new();
        let bytes = crate::format::EMBEDDED.ok_or(Error::NotEmbedded)?;
        let loaded = CELL.get_or_init(|| Gazetteer::from_bytes(bytes).map_err(|e| e.to_string()));
        loaded.as_ref().map_err(|e| Error::Embedded(e.clone()))
    }

    pub fn len(&self) -> usize {
        self.t.lat.len()
    }

    pub fn is_empty(&self) -> bool {
        self.t.lat.is_empty()
    }

    pub fn stats(&self) -> GazetteerStats {
        let count = |k: PlaceKind| self.t.kind.iter().filter(|&&c| c == kind_code(k)).count();
        GazetteerStats {
            entries: self.len(),
            cities: count(PlaceKind::City),
            admins: self.t.admins.len(),
            countries: self.t.countries.len(),
            supplement: (self.t.supplement.1 - self.t.supplement.0) as usize,
            keys: self.index.len(),
            postings: self.t.postings.len(),
            demonyms: self.t.demonyms.len(),
        }
    }

    /// All entries named exactly `name` (after folding), most prominent first.
    pub fn lookup(&self, name: &str) -> Vec<Candidate> {
        let dotted = dotted_initials(name);
        self.lookup_key(&fold_key(name)).filter(|c| !dotted || self.abbreviated(c)).collect()
    }

    /// For initials written with full stops ("E.U.", "U.S."): only an entry that has them as
    /// one of its names, not a town whose name folds alike (Eu in Normandy is no "E.U.").
    fn abbreviated(&self, c: &Candidate) -> bool {
        c.matched != MatchKind::Name || self.name(c.entry).contains('.')
    }

    /// Like [`Gazetteer::lookup`], plus the entries found through transliteration variants of the
    /// name (marked [`MatchKind::Variant`]), each entry once.
    pub fn lookup_with_variants(&self, name: &str) -> Vec<Candidate> {
        let key = fold_key(name);
        let dotted = dotted_initials(name);
        let mut out: Vec<Candidate> = self.lookup_key(&key).filter(|c| !dotted || self.abbreviated(c)).collect();
        for v in variants(&key) {
            for c in self.lookup_key(&v) {
                if !out.iter().any(|o| o.entry == c.entry) {
                    out.push(Candidate {
                        entry: c.entry,
                        matched: MatchKind::Variant,
                    });
                }
            }
        }
        out
    }

    /// The postings of an already folded key.
    pub(crate) fn lookup_key<'a>(&'a self, key: &str) -> impl Iterator<Item = Candidate> + 'a {
        let never = crate::scan::NEVER_PLACES.contains(&key);
        let slice: &[u32] = match self.index.get(key).filter(|_| !never) {
            Some(v) => {
                let start = (v >> POSTING_COUNT_BITS) as usize;
                let count = (v & 0xffff) as usize;
                self.t.postings.get(start..start + count).unwrap_or(&[])
            }
            None => &[],
        };
        slice.iter().map(|&p| Candidate {
            entry: EntryId(p >> 2),
            matched: MatchKind::from_flag(p),
        })
    }

    /// True when some entry bears this folded key.
    pub(crate) fn has_key(&self, key: &str) -> bool {
        self.index.get(key).is_some()
    }

    pub fn name(&self, id: EntryId) -> &str {
        let i = id.index();
        match (self.name_starts.get(i), self.name_starts.get(i + 1)) {
            (Some(&s), Some(&e)) => self.t.names.get(s as usize..e as usize - 1).unwrap_or(""),
            _ => "",
        }
    }

    pub fn kind(&self, id: EntryId) -> PlaceKind {
        self.t
            .kind
            .get(id.index())
            .map_or(PlaceKind::Other, |&k| KIND_CODES[k as usize % 7])
    }

    /// Latitude and longitude in degrees.
    pub fn lat_lon(&self, id: EntryId) -> (f64, f64) {
        let i = id.index();
        let lat = self.t.lat.get(i).copied().unwrap_or(0) as f64 / 1e5;
        let lon = self.t.lon.get(i).copied().unwrap_or(0) as f64 / 1e5;
        (lat, lon)
    }

    pub fn population(&self, id: EntryId) -> u64 {
        self.t.population.get(id.index()).copied().unwrap_or(0) as u64
    }

    pub fn geonames_id(&self, id: EntryId) -> Option<u64> {
        self.t
            .geonames_id
            .get(id.index())
            .copied()
            .filter(|&g| g != 0)
            .map(u64::from)
    }

    /// How far the place reaches from its point, in km (0 for towns).
    pub fn radius_km(&self, id: EntryId) -> f64 {
        self.t.radius_km.get(id.index()).copied().unwrap_or(0) as f64
    }

    /// Index of the entry's country in the country table.
    pub(crate) fn country_index(&self, id: EntryId) -> Option<u16> {
        self.t
            .country
            .get(id.index())
            .copied()
            .filter(|&c| c != NONE16)
    }

    /// Index of the entry's admin-1 region.
    pub(crate) fn admin_index(&self, id: EntryId) -> Option<u16> {
        self.t
            .admin
            .get(id.index())
            .copied()
            .filter(|&a| a != NONE16)
    }

    /// ISO 3166-1 alpha-2 code of the entry's country.
    pub fn country_code(&self, id: EntryId) -> Option<&str> {
        let c = self.country_index(id)?;
        self.t
            .countries
            .get(c as usize)
            .map(|(iso, _)| iso.as_str())
    }

    /// Name of the entry's first-level administrative region.
    pub fn admin1_name(&self, id: EntryId) -> Option<&str> {
        let a = self.admin_index(id)?;
        let e = *self.t.admins.get(a as usize)?;
        Some(self.name(EntryId(e)))
    }

    /// The country entry for an ISO 3166-1 alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<EntryId> {
        self.t
            .countries
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(iso2))
            .map(|&(_, e)| EntryId(e))
    }

    /// The ISO code of the country a demonym names ("North Korean", "Russians" -> "KP", "RU").
    pub fn demonym(&self, word: &str) -> Option<&str> {
        let key = fold_key(word);
        let find = |k: &str| {
            self.t
                .demonyms
                .binary_search_by(|(d, _)| d.as_str().cmp(k))
                .ok()
                .and_then(|i| self.t.countries.get(self.t.demonyms[i].1 as usize))
                .map(|(iso, _)| iso.as_str())
        };
        // ("Afghans" are Afghan; "Philippines" is a country, not the plural of "Philippine".)
        let country = || self.lookup_key(&key).any(|c| self.kind(c.entry) == PlaceKind::Country && c.matched == MatchKind::Name);
        find(&key).or_else(|| key.strip_suffix('s').and_then(find).filter(|_| !country()))
    }

    /// The capital of the state `iso2` ("NE" -> "Niamey"), as `data/capitals.tsv` names it
    /// first; `None` for the states that list leaves out (see its header).
    pub fn capital_of(&self, iso2: &str) -> Option<&'static str> {
        CAPITALS_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .find_map(|l| l.split_once('\t').filter(|(iso, _)| iso.eq_ignore_ascii_case(iso2)))
            .and_then(|(_, names)| names.split('|').next())
    }

    /// The ISO code of the state a seat of government names in news ("Pyongyang", "Kiev" ->
    /// "KP", "UA"), from `data/capitals.tsv` (compiled into the binary, not into the gazetteer
    /// file, so the list can grow without regenerating `models/gazetteer.bin`).
    pub fn seat_of_government(&self, name: &str) -> Option<&'static str> {
        static SEATS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
        let seats = SEATS.get_or_init(|| {
            let mut seats = HashMap::new();
            for line in CAPITALS_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
                let Some((iso, names)) = line.split_once('\t') else { continue };
                for name in names.split('|') {
                    seats.insert(fold_key(name), iso);
                }
            }
            seats
        });
        seats.get(&fold_key(name)).copied()
    }

    /// How prominent an entry is before any context: larger places and broader kinds first.
    pub fn prior(&self, id: EntryId, matched: MatchKind) -> f64 {
        let kind_bonus = match self.kind(id) {
            PlaceKind::Country => 10.0,
            PlaceKind::Region | PlaceKind::Water => 5.0,
            PlaceKind::Admin | PlaceKind::Facility => 4.0,
            PlaceKind::Other => 2.0,
            PlaceKind::City => 0.0,
        };
        // Seas, regions and facilities without a population weigh by their extent instead.
        let pop = self.population(id);
        let size = if pop == 0 && self.kind(id) != PlaceKind::City {
            2.0 * (1.0 + self.radius_km(id)).ln()
        } else {
            (1.0 + pop as f64).ln()
        };
        // Hand-written entries are there because news names them.
        let curated = if self.is_supplement(id) { 5.0 } else { 0.0 };
        // A name that says it is a sea names the sea, not a division named after it ("over the
        // Red Sea", not Sudan's Red Sea state, whatever else the text names in Sudan; "Red Sea
        // state" asks for divisions only).
        let named_after_a_sea = self.kind(id) != PlaceKind::Water
            && self.name(id).split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case("sea") || w.eq_ignore_ascii_case("ocean"));
        let borrowed = if named_after_a_sea { 40.0 } else { 0.0 };
        size + kind_bonus + curated - borrowed - matched.penalty()
    }

    /// True for entries of the hand-written supplement (regions, waters, facilities).
    pub fn is_supplement(&self, id: EntryId) -> bool {
        (self.t.supplement.0..self.t.supplement.1).contains(&id.0)
    }

    /// The entry as a [`Place`] of the document model.
    pub fn place(&self, id: EntryId) -> Place {
        let (lat, lon) = self.lat_lon(id);
        Place {
            name: self.name(id).to_string(),
            lat,
            lon,
            country: self.country_code(id).map(str::to_string),
            kind: self.kind(id),
            geonames_id: self.geonames_id(id),
            admin1: self.admin1_name(id).map(str::to_string),
            population: self.population(id),
        }
    }

    /// The most prominent entry with this name, if any.
    pub fn best(&self, name: &str) -> Option<EntryId> {
        self.best_candidate(name).map(|c| c.entry)
    }

    fn best_candidate(&self, name: &str) -> Option<Candidate> {
        self.lookup(name).into_iter().max_by(|a, b| {
            self.prior(a.entry, a.matched)
                .total_cmp(&self.prior(b.entry, b.matched))
        })
    }
}

impl PlaceLexicon for Gazetteer {
    fn place_kind(&self, name: &str) -> Option<PlaceKind> {
        self.best(name).map(|id| self.kind(id))
    }

    fn demonym_country(&self, word: &str) -> Option<&str> {
        self.demonym(word)
    }

    fn country_of(&self, name: &str) -> Option<&str> {
        self.country_code(self.best(name)?)
    }

    fn seat_of_government(&self, name: &str) -> Option<&str> {
        Gazetteer::seat_of_government(self, name)
    }

    fn country_name(&self, iso2: &str) -> Option<&str> {
        self.country(iso2).map(|id| self.name(id))
    }

    fn admin_of(&self, name: &str) -> Option<&str> {
        self.admin1_name(self.best(name)?)
    }

    fn population(&self, name: &str) -> Option<u64> {
        self.best(name).map(|id| Gazetteer::population(self, id))
    }

    fn by_own_name(&self, name: &str) -> bool {
        self.best_candidate(name).is_some_and(|c| c.matched == MatchKind::Name)
    }

    fn own_name_population(&self, name: &str) -> Option<u64> {
        self.lookup(name)
            .into_iter()
            .filter(|c| c.matched == MatchKind::Name && self.kind(c.entry) == PlaceKind::City)
            .map(|c| Gazetteer::population(self, c.entry))
            .max()
    }
}

/// "E.U.", "U.S.", "D.C.": single letters each followed by a full stop.
pub(crate) fn dotted_initials(name: &str) -> bool {
    // (The last full stop may have gone with the sentence: "to the S.E.C".)
    let name = name.trim();
    let b = name.strip_suffix('.').unwrap_or(name).as_bytes();
    b.len() >= 3 && b.len() % 2 == 1 && b.chunks(2).all(|p| p[0].is_ascii_alphabetic() && p.get(1).is_none_or(|&d| d == b'.'))
}

/// Great-circle distance in km.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_a_places_own_or_only_another_of_its_names() {
        let g = Gazetteer::embedded().expect("embedded gazetteer");
        assert!(g.by_own_name("Leicester"));
        assert!(!g.by_own_name("Lester"), "an alternate spelling of Leicester");
        assert!(!g.by_own_name("Nowhere-at-all"), "no place at all");
        // Engels was Pokrovsk once and is the larger; the Donetsk town bears the name today.
        assert!(!g.by_own_name("Pokrovsk"));
        let today = g.own_name_population("Pokrovsk").expect("a town named Pokrovsk today");
        assert!((10_000..PlaceLexicon::population(g, "Pokrovsk").unwrap_or(0)).contains(&today), "{today}");
        assert_eq!(g.own_name_population("Lester"), None);
    }

    #[test]
    fn embedded_gazetteer_loads_with_the_expected_contents() {
        let g = Gazetteer::embedded().expect("embedded gazetteer");
        let s = g.stats();
        assert!(
            s.cities > 200_000 && s.countries > 240 && s.admins > 3_000,
            "{s:?}"
        );
        assert!(s.supplement > 100 && s.demonyms >= 150, "{s:?}");
        // A second call returns the same instance.
        assert!(std::ptr::eq(g, Gazetteer::embedded().expect("again")));
    }

    #[test]
    fn seats_of_government_name_their_states_and_every_listed_state_is_known() {
        let g = Gazetteer::embedded().expect("embedded gazetteer");
        let lex: &dyn PlaceLexicon = g;
        assert_eq!(lex.seat_of_government("Pyongyang"), Some("KP"));
        assert_eq!(lex.seat_of_government("Kiev"), Some("UA"));
        assert_eq!(lex.seat_of_government("KYIV"), Some("UA"));
        assert_eq!(lex.seat_of_government("Chongjin"), None);
        assert_eq!(lex.seat_of_government("Brussels"), None, "mostly the European Union");
        assert_eq!(lex.country_name("KP"), Some("North Korea"));
        let mut keys = std::collections::HashSet::new();
        for line in CAPITALS_TSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let (iso, names) = line.split_once('\t').expect("two columns");
            assert!(g.country(iso).is_some(), "{iso} is no country of the gazetteer");
            for name in names.split('|') {
                assert!(keys.insert(fold_key(name)), "{name} is listed twice once folded");
                // A place of that name lies in that state.
                let in_state = g.lookup_with_variants(name).iter().any(|c| g.country_code(c.entry).is_some_and(|cc| cc.eq_ignore_ascii_case(iso)));
                assert!(in_state, "{name} is no place of {iso} in the gazetteer");
            }
        }
    }

    #[test]
    fn place_lexicon_answers_kinds_and_demonyms() {
        let g = Gazetteer::embedded().expect("embedded gazetteer");
        let lex: &dyn PlaceLexicon = g;
        assert_eq!(lex.place_kind("Russia"), Some(PlaceKind::Country));
        assert_eq!(lex.place_kind("hamhung"), Some(PlaceKind::City));
        assert_eq!(lex.place_kind("HAMHŬNG"), Some(PlaceKind::City));
        assert_eq!(lex.place_kind("Siberia"), Some(PlaceKind::Region));
        assert_eq!(lex.place_kind("Taiwan Strait"), Some(PlaceKind::Water));
        assert_eq!(lex.place_kind("Yakutia"), Some(PlaceKind::Admin));
        assert_eq!(lex.place_kind("Zzyzzyvaville"), None);
        assert_eq!(lex.demonym_country("North Korean"), Some("KP"));
        assert_eq!(lex.demonym_country("South Korean"), Some("KR"));
        assert_eq!(lex.demonym_country("Ukrainians"), Some("UA"));
        assert_eq!(lex.demonym_country("American"), Some("US"));
        assert_eq!(lex.demonym_country("Seoul"), None);
        // A country whose name is a demonym with an "s" is the country, no plural of people.
        assert_eq!(lex.demonym_country("Philippine"), Some("PH"));
        assert_eq!(lex.demonym_country("Philippines"), None);
        assert_eq!(lex.demonym_country("Filipinos"), Some("PH"));
    }

    #[test]
    fn lookups_fold_and_rank() {
        let g = Gazetteer::embedded().expect("embedded gazetteer");
        let best = |n: &str| g.best(n).map(|e| g.place(e));
        let b = best("Blagoveshchensk").expect("known");
        assert_eq!(
            b.admin1.as_deref(),
            Some("Amur Oblast"),
            "the bigger namesake first"
        );
        assert_eq!(
            best("Primorskiy Krai").map(|p| p.name),
            Some("Primorye".into())
        );
        assert_eq!(best("Buryatia").map(|p| p.kind), Some(PlaceKind::Admin));
        assert_eq!(
            best("Kursk").map(|p| p.kind),
            Some(PlaceKind::City),
            "bare stem of the oblast is weak"
        );
        assert_eq!(
            best("Moscow region").map(|p| p.name),
            Some("Moscow Oblast".into())
        );
        let v = g.lookup_with_variants("Sergeevka");
        assert!(
            v.iter().any(|c| c.matched == MatchKind::Variant),
            "variants add entries"
        );
        assert!(haversine_km((0.0, 0.0), (0.0, 1.0)) > 110.0);
    }
}
