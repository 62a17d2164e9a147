//! `sitrep bench`: the measurements of `docs/BENCHMARKS.md` that are not scores on a public
//! benchmark: a generated corpus of many developing stories, the cost of linking a whole ledger,
//! and the latency of `sitrep story` on it.
//!
//! The corpus is fictional news written from templates (our own sentences): each story has an
//! originating agency, a route between two real cities, figures that grow, relays by many
//! outlets, an independent confirmation, a denial and its softening, so that ingest and linking
//! do the work real reports make them do. It is deterministic: the same `--docs` and `--seed`
//! give the same files.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Subcommand;
use serde_json::json;
use sitrep_ledger::open_store;
use sitrep_link::{build_story, StoryOptions};

use crate::analyze::write_stdout;

#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Write a generated corpus of fictional reports as JSON Lines (input for `sitrep ingest`).
    Corpus {
        /// Number of reports.
        #[arg(long)]
        docs: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Link a whole ledger (entities, event clusters, originators) and report the time taken
    /// and the peak memory.
    Link {
        #[arg(long, default_value = "sitrep.db")]
        db: PathBuf,
    },
    /// Time `sitrep story` (search, read back, link) on a ledger, in-process, several runs.
    Story {
        /// The story's words.
        query: String,
        #[arg(long, default_value = "sitrep.db")]
        db: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long, default_value_t = 2000)]
        limit: usize,
    },
}

pub fn run(cmd: &BenchCommand) -> Result<ExitCode> {
    match cmd {
        BenchCommand::Corpus { docs, seed, out } => corpus(*docs, *seed, out),
        BenchCommand::Link { db } => link(db),
        BenchCommand::Story { query, db, runs, limit } => story(query, db, *runs, *limit),
    }
}

/// Peak resident memory of this process (Linux `VmHWM`), in MiB.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn link(db: &PathBuf) -> Result<ExitCode> {
    let store = open_store(db)?;
    let t0 = Instant::now();
    let ledger = store.export(None)?;
    let read = t0.elapsed();
    // The steps of linking, timed one by one, then the whole as `sitrep story` runs it.
    let t = Instant::now();
    let entities = sitrep_link::resolve_ledger_entities(&ledger);
    let entities_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let clusters = sitrep_link::cluster_events(&ledger, &entities);
    let events_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let traces = sitrep_link::trace_claims(&ledger, &entities);
    let provenance_s = t.elapsed().as_secs_f64();
    drop((entities, clusters, traces));
    let t1 = Instant::now();
    let story = build_story(&ledger, &StoryOptions::default());
    let linked = t1.elapsed();
    let multi = story.clusters.iter().filter(|c| c.cluster.docs.len() > 1).count();
    let (precision, recall) = bcubed(&ledger, &story).unzip();
    let value = json!({
        "bcubed_precision": precision,
        "bcubed_recall": recall,
        "documents": ledger.documents.len(),
        "events": ledger.events.len(),
        "claims": ledger.claims.len(),
        "clusters": story.clusters.len(),
        "clusters_with_several_reports": multi,
        "read_seconds": read.as_secs_f64(),
        "link_seconds": linked.as_secs_f64(),
        "step_seconds": {"entities": entities_s, "events": events_s, "provenance": provenance_s},
        "documents_per_second_linked": ledger.documents.len() as f64 / linked.as_secs_f64().max(1e-9),
        "peak_mib": peak_mib(),
    });
    write_stdout(&format!("{}\n", serde_json::to_string_pretty(&value)?))?;
    Ok(ExitCode::SUCCESS)
}

/// B-cubed precision and recall of the movement-event clusters against the stories of a
/// generated corpus (`generated/N.txt` belongs to story N / [`REPORTS_PER_STORY`]); `None` for
/// any other ledger.
fn bcubed(ledger: &sitrep_ledger::LedgerJson, story: &sitrep_link::Story) -> Option<(f64, f64)> {
    use std::collections::HashMap;
    let mut gold: HashMap<&str, usize> = HashMap::new();
    for d in &ledger.documents {
        let n: usize = d.source.strip_prefix("generated/")?.strip_suffix(".txt")?.parse().ok()?;
        gold.insert(d.id.as_str(), n / REPORTS_PER_STORY);
    }
    let doc_of: HashMap<&str, &str> = ledger.events.iter().map(|e| (e.id.as_str(), e.doc.as_str())).collect();
    // Movement events only: the happening every generated story is about.
    let mut items: Vec<(usize, usize)> = Vec::new();
    for (k, c) in story.clusters.iter().enumerate() {
        if c.cluster.family != "movement" {
            continue;
        }
        for e in &c.cluster.events {
            if let Some(g) = doc_of.get(e.as_str()).and_then(|d| gold.get(d)) {
                items.push((k, *g));
            }
        }
    }
    if items.is_empty() {
        return None;
    }
    let mut in_cluster: HashMap<usize, usize> = HashMap::new();
    let mut in_story: HashMap<usize, usize> = HashMap::new();
    let mut both: HashMap<(usize, usize), usize> = HashMap::new();
    for &(k, g) in &items {
        *in_cluster.entry(k).or_default() += 1;
        *in_story.entry(g).or_default() += 1;
        *both.entry((k, g)).or_default() += 1;
    }
    let (mut p, mut r) = (0.0, 0.0);
    for &(k, g) in &items {
        let shared = both[&(k, g)] as f64;
        p += shared / in_cluster[&k] as f64;
        r += shared / in_story[&g] as f64;
    }
    let n = items.len() as f64;
    Some((p / n, r / n))
}

fn story(query: &str, db: &PathBuf, runs: usize, limit: usize) -> Result<ExitCode> {
    let store = open_store(db)?;
    let mut times = Vec::new();
    let mut searches = Vec::new();
    let mut clusters = 0;
    let mut docs = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let hits = store.search(query, limit)?;
        searches.push(t.elapsed().as_secs_f64());
        let mut ids: Vec<String> = Vec::new();
        for h in hits {
            if !ids.contains(&h.doc) {
                ids.push(h.doc);
            }
        }
        let ledger = store.export(Some(&ids))?;
        let s = build_story(&ledger, &StoryOptions::default());
        times.push(t.elapsed().as_secs_f64());
        clusters = s.clusters.len();
        docs = ids.len();
    }
    times.sort_by(f64::total_cmp);
    searches.sort_by(f64::total_cmp);
    let value = json!({
        "search_median_seconds": searches[searches.len() / 2],
        "query": query,
        "documents_found": docs,
        "clusters": clusters,
        "runs": times.len(),
        "median_seconds": times[times.len() / 2],
        "min_seconds": times[0],
        "max_seconds": times[times.len() - 1],
        "peak_mib": peak_mib(),
    });
    write_stdout(&format!("{}\n", serde_json::to_string_pretty(&value)?))?;
    Ok(ExitCode::SUCCESS)
}

/// A small deterministic generator (xorshift64*): no dependency, same corpus everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// (city, country) pairs the gazetteer knows, for routes.
const CITIES: &[(&str, &str)] = &[
    ("Kaliningrad", "Russia"), ("Saint Petersburg", "Russia"), ("Murmansk", "Russia"),
    ("Vladivostok", "Russia"), ("Novorossiysk", "Russia"), ("Sevastopol", "Ukraine"),
    ("Odesa", "Ukraine"), ("Mykolaiv", "Ukraine"), ("Gdansk", "Poland"), ("Klaipeda", "Lithuania"),
    ("Riga", "Latvia"), ("Tallinn", "Estonia"), ("Helsinki", "Finland"), ("Turku", "Finland"),
    ("Stockholm", "Sweden"), ("Gothenburg", "Sweden"), ("Oslo", "Norway"), ("Bergen", "Norway"),
    ("Hamburg", "Germany"), ("Kiel", "Germany"), ("Rotterdam", "Netherlands"),
    ("Antwerp", "Belgium"), ("Constanta", "Romania"), ("Varna", "Bulgaria"),
    ("Istanbul", "Turkey"), ("Piraeus", "Greece"), ("Batumi", "Georgia"), ("Aktau", "Kazakhstan"),
    ("Baku", "Azerbaijan"), ("Latakia", "Syria"), ("Tartus", "Syria"), ("Alexandria", "Egypt"),
    ("Port Sudan", "Sudan"), ("Aden", "Yemen"), ("Bandar Abbas", "Iran"), ("Karachi", "Pakistan"),
    ("Chittagong", "Bangladesh"), ("Busan", "South Korea"), ("Incheon", "South Korea"),
    ("Nampo", "North Korea"), ("Chongjin", "North Korea"), ("Dalian", "China"),
    ("Qingdao", "China"), ("Yokosuka", "Japan"), ("Manila", "Philippines"),
];

const AGENCY_ADJ: &[&str] = &[
    "Coastal", "Maritime", "Border", "Naval", "Strategic", "Regional", "Northern", "Southern",
    "Eastern", "Western", "Joint", "Central",
];
const AGENCY_NOUN: &[&str] = &[
    "Monitoring Agency", "Intelligence Service", "Surveillance Office", "Security Directorate",
    "Observation Center", "Watch Authority",
];
const INSTITUTES: &[&str] = &[
    "Imagery Institute", "Center for Open Analysis", "Security Studies Institute",
    "Geospatial Research Group", "Policy Institute",
];
const OUTLET_A: &[&str] = &[
    "Harbor", "Northern", "Evening", "Daily", "Capital", "Baltic", "Coastal", "Morning", "Union",
    "Continental", "Island", "Frontier",
];
const OUTLET_B: &[&str] = &[
    "Tribune", "Courier", "Herald", "Post", "Ledger", "Wire", "Gazette", "Observer", "Times",
    "Chronicle", "Monitor", "Dispatch",
];
const CARGO: &[&str] = &[
    "armored vehicles", "artillery pieces", "trucks", "tanks", "air-defense launchers",
    "containers of ammunition", "troops", "engineers",
];
const VESSELS: &[&str] = &["cargo ships", "landing ships", "ferries", "tankers", "barges"];
const DENIALS: &[&str] = &[
    "baseless speculation", "fake news", "a provocation", "an invention", "groundless rumors",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
const SURNAMES: &[&str] = &[
    "Laine", "Berg", "Nowak", "Petrov", "Kask", "Ozols", "Lind", "Moreau", "Costa", "Meyer",
    "Haddad", "Park", "Tanaka", "Silva", "Novak", "Horvat", "Dimitrov", "Aydin",
];
const GIVEN: &[&str] = &[
    "Anna", "Mikko", "Eva", "Igor", "Kaur", "Lars", "Marta", "Jonas", "Elena", "Tomas", "Sara",
    "Omar", "Min-jun", "Hiro", "Ana", "Pavel",
];

/// One generated story: who says what about which route.
struct Story {
    agency: String,
    agency_short: String,
    agency_country: &'static str,
    institute: String,
    denier_country: &'static str,
    origin: &'static str,
    destination: &'static str,
    cargo: &'static str,
    vessels: &'static str,
    count: usize,
    month: usize,
    day: usize,
    spokesman: String,
    director: String,
}

fn make_story(rng: &mut Rng, n: usize) -> Story {
    let (origin, denier_country) = CITIES[rng.below(CITIES.len())];
    let mut destination = CITIES[rng.below(CITIES.len())].0;
    while destination == origin {
        destination = CITIES[rng.below(CITIES.len())].0;
    }
    let agency_country = CITIES[rng.below(CITIES.len())].1;
    let agency = format!("{} {}", rng.pick(AGENCY_ADJ), rng.pick(AGENCY_NOUN));
    let agency_short: String = agency.split_whitespace().filter_map(|w| w.chars().next()).collect();
    Story {
        institute: format!("{} {}", rng.pick(AGENCY_ADJ), rng.pick(INSTITUTES)),
        agency,
        agency_short,
        agency_country,
        denier_country,
        origin,
        destination,
        cargo: rng.pick(CARGO),
        vessels: rng.pick(VESSELS),
        count: 20 + 10 * rng.below(20) + n % 7,
        month: rng.below(12),
        day: 1 + rng.below(20),
        spokesman: format!("{} {}", rng.pick(GIVEN), rng.pick(SURNAMES)),
        director: format!("{} {}", rng.pick(GIVEN), rng.pick(SURNAMES)),
    }
}

/// The `k`th report of a story: the agency's statement, relays, an independent confirmation, a
/// denial, a softened denial, a follow-up with a larger figure.
fn report(s: &Story, k: usize, rng: &mut Rng) -> (String, String, String) {
    let month = MONTHS[s.month];
    let day = (s.day + k).min(28);
    let weekday = DAYS[(s.day + k) % 7];
    let outlet = format!("{} {}", rng.pick(OUTLET_A), rng.pick(OUTLET_B));
    let published = format!("2025-{:02}-{:02}", s.month + 1, day);
    let (a, short, country) = (&s.agency, &s.agency_short, s.agency_country);
    let text = match k % 6 {
        0 => format!(
            "{cargo_cap} shipped out of {origin}, {country} agency says\n\n\
             {country}'s {a} ({short}) said on {weekday} that {vessels} carrying about {count} {cargo} \
             left the port of {origin} for {destination} on {month} {d0}, citing satellite images of the harbor.\n\n\
             The agency said the loading took place at night and that the convoy was escorted by two warships. \
             \"We have not seen a movement on this scale in years,\" {short} director {director} told reporters.\n\n\
             The government of {denier} did not respond to a request for comment.\n\nAdvertisement\n",
            cargo_cap = capitalize(s.cargo), origin = s.origin, destination = s.destination,
            vessels = s.vessels, count = s.count, cargo = s.cargo, d0 = s.day, director = s.director,
            denier = s.denier_country,
        ),
        1 => format!(
            "{country}'s watchdog reports convoy from {origin}\n\n\
             {vessels_cap} carrying {cargo} left {origin} earlier this month, according to the {a}, \
             which said in a statement that about {count} {cargo} were loaded.\n\n\
             The {outlet} could not independently verify the report. Shipping data showed several vessels \
             leaving {origin} on {month} {d0}.\n\nRead more\nLocal council approves new harbor budget\n",
            origin = s.origin, vessels_cap = capitalize(s.vessels), cargo = s.cargo, count = s.count,
            d0 = s.day,
        ),
        2 => format!(
            "Satellite images confirm {cargo} at {origin} port\n\n\
             The {institute}, an independent research group, said on {weekday} that its own analysis of \
             commercial satellite images showed at least {more} {cargo} being loaded onto {vessels} in {origin} \
             between {month} {d0} and {month} {d1}.\n\n\
             \"The images leave little doubt,\" said {spokes}, a senior analyst at the institute.\n",
            institute = s.institute, cargo = s.cargo, origin = s.origin, more = s.count + 20,
            vessels = s.vessels, d0 = s.day, d1 = s.day + 2, spokes = s.director,
        ),
        3 => format!(
            "{denier} denies report of convoy from {origin}\n\n\
             {denier}'s Defense Ministry on {weekday} denied a report by the {a} that {vessels} had carried \
             {cargo} out of {origin}, calling it \"{denial}.\"\n\n\
             \"Nothing of the kind took place,\" ministry spokesman {spokesman} told reporters.\n",
            denier = s.denier_country, origin = s.origin, vessels = s.vessels, cargo = s.cargo,
            denial = rng.pick(DENIALS), spokesman = s.spokesman,
        ),
        4 => format!(
            "{denier} acknowledges moving {cargo} from {origin}, calls it an exercise\n\n\
             {denier}'s Defense Ministry acknowledged on {weekday} that some {cargo} had been moved from \
             {origin} to {destination} by sea, a week after it dismissed the reports as \"{denial}.\"\n\n\
             Ministry spokesman {spokesman} said {exact} {cargo} had been transported as part of a routine exercise.\n",
            denier = s.denier_country, cargo = s.cargo, origin = s.origin, destination = s.destination,
            denial = rng.pick(DENIALS), spokesman = s.spokesman, exact = s.count - 5,
        ),
        _ => format!(
            "Convoy from {origin} larger than first reported\n\n\
             The {a} said on {weekday} that more than {grown} {cargo} had been moved from {origin} to \
             {destination} since {month} {d0}, far more than its first estimate of about {count}.\n\n\
             The agency said another convoy is expected to leave {origin} next month.\n",
            origin = s.origin, grown = s.count * 3, cargo = s.cargo, destination = s.destination,
            d0 = s.day, count = s.count,
        ),
    };
    (text, outlet, published)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Reports per story: its six kinds, some told by two outlets.
const REPORTS_PER_STORY: usize = 8;

fn corpus(docs: usize, seed: u64, out: &PathBuf) -> Result<ExitCode> {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let file = std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let mut story = make_story(&mut rng, 0);
    for n in 0..docs {
        if n % REPORTS_PER_STORY == 0 {
            story = make_story(&mut rng, n);
        }
        let (text, outlet, published) = report(&story, n % REPORTS_PER_STORY, &mut rng);
        // A serial number keeps every report's text, and so its id, distinct.
        let text = format!("{text}\nReport {n} of the generated corpus.\n");
        let line = json!({"url": format!("generated/{n}.txt"), "text": text, "published": published, "outlet": outlet});
        writeln!(w, "{line}").with_context(|| format!("cannot write {}", out.display()))?;
    }
    w.flush().with_context(|| format!("cannot write {}", out.display()))?;
    write_stdout(&format!("{docs} reports written to {}\n", out.display()))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_is_deterministic_and_varied() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
        corpus(30, 7, &a).expect("corpus");
        corpus(30, 7, &b).expect("corpus");
        let (ta, tb) = (std::fs::read_to_string(&a).expect("a"), std::fs::read_to_string(&b).expect("b"));
        assert_eq!(ta, tb);
        let lines: Vec<serde_json::Value> = ta.lines().map(|l| serde_json::from_str(l).expect("json")).collect();
        assert_eq!(lines.len(), 30);
        let texts: std::collections::HashSet<&str> = lines.iter().filter_map(|l| l["text"].as_str()).collect();
        assert_eq!(texts.len(), 30, "every report differs");
        assert!(lines.iter().all(|l| l["published"].as_str().is_some_and(|p| p.starts_with("2025-"))));
    }
}
