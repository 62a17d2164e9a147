//! One developing story across fourteen reports, end to end on both stores: `sitrep ingest`
//! of the fictional corpus in `tests/story/`, then `sitrep story`, `sitrep entity`, `sitrep
//! claims` and `sitrep grade`, checked against the truth written with the corpus
//! (`tests/story/expected.json`): which reports tell one happening, how many independent
//! originators stand behind it and how many relays, who denies it and whether the denial
//! softens, the figures over time, and which names are one entity and which are not.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde_json::Value;
use sitrep_ledger::LedgerJson;

mod common;
use common::{sitrep, text_of, PgSchema};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/story");

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The corpus as one JSON Lines file, each report with its outlet and date, named by its file.
fn corpus_jsonl(dir: &Path) -> std::path::PathBuf {
    let corpus = read_json(&Path::new(CORPUS).join("corpus.json"));
    let mut lines = String::new();
    for item in corpus.as_array().expect("corpus.json is a list") {
        let file = item["file"].as_str().expect("file");
        let text = std::fs::read_to_string(Path::new(CORPUS).join(file)).expect("report");
        let line = serde_json::json!({
            "url": file,
            "text": text,
            "published": item["published"],
            "outlet": item["outlet"],
        });
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, lines).expect("write corpus");
    path
}

fn run(args: &[&str]) -> Vec<u8> {
    let out = sitrep().args(args).output().expect("sitrep runs");
    assert!(out.status.success(), "sitrep {args:?}: {}\n{}", text_of(&out.stderr), text_of(&out.stdout));
    out.stdout
}

fn fold(name: &str) -> String {
    sitrep_ledger::normalise_name(name)
}

/// Runs the whole check on the ledger `db`.
fn check_story(db: &str, dir: &Path) {
    let expected = read_json(&Path::new(CORPUS).join("expected.json"));
    let jsonl = corpus_jsonl(dir);
    run(&["ingest", jsonl.to_str().expect("UTF-8"), "--db", db]);
    // Ingest is idempotent: the second run stores nothing.
    let again = text_of(&run(&["ingest", jsonl.to_str().expect("UTF-8"), "--db", db]));
    assert!(again.contains("0 stored, 14 already"), "{again}");
    run(&["grade", "Coastal Monitoring Agency", "B", "--note", "accurate on earlier convoys", "--db", db]);

    let ledger: LedgerJson = serde_json::from_slice(&run(&["report", "--format", "json", "--db", db])).expect("ledger JSON");
    let file_of: HashMap<&str, &str> = ledger.documents.iter().map(|d| (d.id.as_str(), d.source.as_str())).collect();
    // "MOSCOW — Russia's Defense Ministry ...", "TALLINN — Estonia's military intelligence ...":
    // a dateline's place names where the report was filed, never the state.
    let text_of_doc: HashMap<&str, &str> = ledger.documents.iter().map(|d| (d.id.as_str(), d.text.as_str())).collect();
    for e in &ledger.entities {
        for m in e.mentions.iter().filter(|m| m.kind.as_deref() == Some("metonym")) {
            let said = text_of_doc.get(m.doc.as_str()).and_then(|t| t.get(m.start..m.end)).unwrap_or("");
            assert!(said.chars().any(char::is_lowercase), "a dateline read as {}: {said}", e.name);
        }
    }

    let query = expected["query"].as_str().expect("query");
    let story: Value = serde_json::from_slice(&run(&["story", query, "--format", "json", "--db", db])).expect("story JSON");
    let clusters = story["clusters"].as_array().expect("clusters");
    // Canonical entity id -> every name it goes by.
    let mut names_of: HashMap<String, BTreeSet<String>> = HashMap::new();
    for e in story["entities"].as_array().expect("entities") {
        let mut names: BTreeSet<String> = e["aliases"].as_array().into_iter().flatten().filter_map(|a| a.as_str().map(fold)).collect();
        names.insert(fold(e["name"].as_str().unwrap_or("")));
        names_of.insert(e["id"].as_str().unwrap_or("").to_string(), names);
    }
    let answers_to = |o: &Value, name: &str| {
        let n = fold(name);
        fold(o["name"].as_str().unwrap_or("")) == n
            || o["entity"].as_str().and_then(|e| names_of.get(e)).is_some_and(|ns| ns.contains(&n))
    };
    let docs_of = |c: &Value| -> BTreeSet<String> {
        c["docs"].as_array().into_iter().flatten().filter_map(|d| d.as_str()).map(|d| file_of.get(d).copied().unwrap_or(d).to_string()).collect()
    };
    let strings = |v: &Value| -> BTreeSet<String> { v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect() };

    let mut main_docs: BTreeSet<String> = BTreeSet::new();
    for want in expected["clusters"].as_array().expect("expected clusters") {
        let label = want["label"].as_str().unwrap_or("");
        let want_docs = strings(&want["docs"]);
        let got = clusters
            .iter()
            .max_by_key(|c| docs_of(c).intersection(&want_docs).count())
            .unwrap_or_else(|| panic!("no cluster for {label}"));
        let got_docs = docs_of(got);
        assert_eq!(got_docs, want_docs, "{label}: the reports of one happening are one cluster");
        main_docs.extend(got_docs);
        assert_eq!(got["independent_originators"], want["independent_originators"], "{label}: {:#}", got["originators"]);
        assert_eq!(got["repeats"], want["relays"], "{label}: relays of one originator are repeats");

        let originators = got["originators"].as_array().expect("originators");
        for (name, docs) in want["originators"].as_object().expect("originators") {
            let o = originators
                .iter()
                .find(|o| o["stance"] == "supports" && answers_to(o, name))
                .unwrap_or_else(|| panic!("{label}: no supporting originator {name} in {originators:#?}"));
            let got: BTreeSet<String> = docs_of(o);
            assert_eq!(got, strings(docs), "{label}: the reports of {name}");
        }
        for (name, history) in want["deniers"].as_object().expect("deniers") {
            let o = originators
                .iter()
                .find(|o| answers_to(o, name))
                .unwrap_or_else(|| panic!("{label}: no denier {name} in {originators:#?}"));
            let softens = history.as_array().into_iter().flatten().any(|h| h["status"] == "softened");
            assert_eq!(o["stance"], if softens { "softened" } else { "denies" }, "{label}: {name}: {:#}", o["history"]);
            let denied_in: BTreeSet<String> = history
                .as_array()
                .into_iter()
                .flatten()
                .filter(|h| h["status"] == "denied")
                .filter_map(|h| h["doc"].as_str().map(str::to_string))
                .collect();
            assert!(denied_in.iter().all(|d| docs_of(o).contains(d)), "{label}: {name} denies in {denied_in:?}: {o:#}");
        }
        if !want["deniers"].as_object().is_some_and(|d| d.is_empty()) {
            assert!(got["contradictions"].as_array().is_some_and(|c| c.iter().any(|x| x["kind"] == "denial")), "{label}: denial listed");
        }

        // Every figure of the truth is in the series with its kind; the series adds nothing of
        // the counted kinds the truth does not hold.
        let figure = |f: &Value| (f["value"].as_f64().unwrap_or(f64::NAN) as i64, f["unit"].as_str().unwrap_or("").to_string(), f["kind"].as_str().unwrap_or("").to_string());
        let got_figures: BTreeSet<(i64, String, String)> = got["figures"].as_array().into_iter().flatten().map(figure).collect();
        let want_figures: BTreeSet<(i64, String, String)> = want["figures"].as_array().into_iter().flatten().map(figure).collect();
        let missing: Vec<_> = want_figures.difference(&got_figures).collect();
        assert!(missing.is_empty(), "{label}: figures missing {missing:?}; got {got_figures:?}");
        let vehicles_extra: Vec<_> = got_figures.difference(&want_figures).filter(|f| f.1 == "vehicles" && f.2 != "estimate").collect();
        assert!(vehicles_extra.is_empty(), "{label}: figures that are not in the truth: {vehicles_extra:?}");
        let dates: Vec<&str> = got["figures"].as_array().into_iter().flatten().filter_map(|f| f["date"].as_str()).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{label}: figures in time order: {dates:?}");

        let credibility = &got["credibility"];
        assert!(credibility["score"].as_f64().is_some_and(|s| (0.0..=1.0).contains(&s)), "{credibility}");
        assert!(credibility["explanation"].as_str().is_some_and(|e| e.contains("independent originator")), "{credibility}");
        // Claims keep their spans and chains.
        for claim in got["claims"].as_array().into_iter().flatten() {
            assert!(claim["end"].as_u64() >= claim["start"].as_u64(), "{claim}");
            assert!(claim["chain"].as_array().is_some_and(|c| !c.is_empty()), "{claim}");
        }
    }
    for unrelated in strings(&expected["unrelated"]) {
        assert!(!main_docs.contains(&unrelated), "{unrelated} joined the story");
    }

    // The graded originator's grade is used.
    let main = clusters.iter().max_by_key(|c| docs_of(c).len()).expect("a cluster");
    let cma = main["originators"].as_array().into_iter().flatten().find(|o| answers_to(o, "Coastal Monitoring Agency")).expect("CMA");
    assert_eq!(cma["grade"], "B");
    assert!(main["credibility"]["admiralty"].as_u64().is_some_and(|a| a <= 2), "{:#}", main["credibility"]);

    // Names: one entity where the truth says so, two where it says two.
    let index = sitrep_link::resolve_ledger_entities(&ledger);
    let canonical = |name: &str| -> Option<String> {
        let n = fold(name);
        let found = index
            .entities
            .iter()
            .filter(|e| fold(&e.name) == n || e.aliases.iter().any(|a| fold(a) == n))
            .map(|e| e.id.clone())
            .collect::<BTreeSet<_>>();
        (found.len() == 1).then(|| found.into_iter().next().unwrap_or_default())
    };
    for group in expected["entities"]["same"].as_array().expect("same") {
        let names: Vec<&str> = group.as_array().into_iter().flatten().filter_map(|n| n.as_str()).collect();
        // Only the names the recogniser made entities of; surnames alone are ambiguous by design.
        let ids: BTreeSet<String> = names.iter().filter(|n| n.contains(' ') || n.chars().all(|c| c.is_uppercase())).filter_map(|n| canonical(n)).collect();
        assert!(ids.len() <= 1, "one entity: {names:?} resolve to {ids:?}");
    }
    for pair in expected["entities"]["distinct"].as_array().expect("distinct") {
        let ids: Vec<Option<String>> = pair.as_array().into_iter().flatten().filter_map(|n| n.as_str()).map(|n| canonical(n)).collect();
        if let [Some(a), Some(b)] = ids.as_slice() {
            assert_ne!(a, b, "{pair}: two entities");
        }
    }

    // `sitrep entity` explains its merges; `sitrep claims --status denied` lists the denials.
    let entity = text_of(&run(&["entity", "CMA", "--db", db]));
    assert!(entity.contains("Coastal Monitoring Agency") && entity.contains("one entity because"), "{entity}");
    let denied: Value = serde_json::from_slice(&run(&["claims", "--status", "denied", "--format", "json", "--db", db])).expect("claims JSON");
    let denied = denied.as_array().expect("claims");
    assert!(!denied.is_empty() && denied.iter().all(|c| c["status"] == "denied"));
    let markdown = text_of(&run(&["story", query, "--db", db]));
    assert!(markdown.contains("### Figures over time") && markdown.contains("softened"), "{markdown}");
    // The report of the whole ledger ends with what several documents report together.
    let report = text_of(&run(&["report", "--db", db]));
    assert!(report.contains("# Happenings reported by several documents"), "{report}");
    let json: Value = serde_json::from_slice(&run(&["report", "--format", "json", "--db", db])).expect("report JSON");
    let relations = json["relations"].as_array().expect("relations");
    let relayed = relations.iter().filter(|r| r["type"] == "repeats" && r["independent"] == false).count();
    assert!(relayed >= 9, "relays of one originator across documents are repeats, not corroboration");
    assert!(relations.iter().any(|r| r["type"] == "corroborates" && r["independent"] == true));
    assert!(json["event_clusters"].as_array().is_some_and(|c| !c.is_empty()));
}

#[test]
fn the_story_corpus_links_on_sqlite() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("story.db");
    check_story(db.to_str().expect("UTF-8 temp path"), dir.path());
}

#[test]
fn the_story_corpus_links_on_postgres() {
    let Some(pg) = PgSchema::create("story") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    check_story(&pg.db(), dir.path());
}

/// One government speaking through its ministry, its army, its minister and its president is one
/// voice: two reports of a drone strike, one of them also carrying a neighbour's radar, give two
/// independent originators, not five; and a report's headline joins the strike it tells.
#[test]
fn a_government_speaking_through_several_officials_is_one_voice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("voices.db");
    let db = db.to_str().expect("UTF-8");
    let voices = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/voices");
    for (file, outlet, published) in [("01-helsinki-daily.txt", "Helsinki Daily", "2025-03-10"), ("02-baltic-wire.txt", "Baltic Wire", "2025-03-11")] {
        let path = voices.join(file);
        run(&["analyze", path.to_str().expect("UTF-8"), "--outlet", outlet, "--published", published, "--db", db, "--format", "json"]);
    }
    let story: Value = serde_json::from_slice(&run(&["story", "drones", "--db", db, "--format", "json"])).expect("story JSON");
    let clusters = story["clusters"].as_array().expect("clusters");
    let attacks: Vec<&Value> = clusters.iter().filter(|c| c["type"] == "attack").collect();
    assert_eq!(attacks.len(), 1, "one strike, headline included: {attacks:#?}");
    let strike = attacks[0];
    let originators = strike["originators"].as_array().expect("originators");
    let voice_of = |name: &str| {
        originators.iter().find(|o| o["name"] == name).map(|o| o["voice"].as_str().unwrap_or("").to_string()).unwrap_or_else(|| panic!("no {name}: {originators:#?}"))
    };
    for name in ["Finland's defence ministry", "Antti Korpela", "Mikko Lahti"] {
        assert_eq!(voice_of(name), "state:FI", "{name}");
    }
    // (The army's third drone, shot down, is air defence: an interception of its own, in the
    // same voice.)
    let interception = clusters.iter().find(|c| c["type"] == "intercept").unwrap_or_else(|| panic!("{clusters:#?}"));
    let army = interception["originators"].as_array().and_then(|o| o.iter().find(|o| o["name"] == "Finnish army")).unwrap_or_else(|| panic!("{interception:#}"));
    assert_eq!(army["voice"], "state:FI", "{army:#}");
    assert_eq!(voice_of("Estonia's military intelligence"), "state:EE");
    assert_eq!(strike["independent_originators"], 2, "{originators:#?}");
    // The president's second statement ("called the attack unacceptable") is his, not "Finnish"'s,
    // and ends what he said first.
    assert!(originators.iter().all(|o| o["name"] != "Finnish"), "{originators:#?}");
    let text = serde_json::to_string(&strike["claims"]).expect("claims");
    assert!(text.contains("\"the Russian drones struck the border post on Sunday\""), "{text}");
}

/// A dam both sides blame on each other: the story's cluster keeps both agents, each marked
/// disputed, and its heading names them as such.
#[test]
fn a_story_keeps_a_disputed_agent_disputed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("dam.db");
    let db = db.to_str().expect("UTF-8");
    let report = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/claims/dam-breach.txt");
    run(&["analyze", report.to_str().expect("UTF-8"), "--outlet", "Helsinki Tribune", "--published", "2025-03-06", "--db", db, "--format", "json"]);
    let story: Value = serde_json::from_slice(&run(&["story", "dam", "--db", db, "--format", "json"])).expect("story JSON");
    let clusters = story["clusters"].as_array().expect("clusters");
    let attack = clusters.iter().find(|c| c["type"] == "attack").unwrap_or_else(|| panic!("{clusters:#?}"));
    let disputed: Vec<&str> = attack["actors"].as_array().expect("actors").iter().filter(|a| a["disputed"] == true).filter_map(|a| a["name"].as_str()).collect();
    assert_eq!(disputed.len(), 2, "{attack:#}");
    let md = text_of(&run(&["story", "dam", "--db", db]));
    assert!(md.contains("disputed)"), "{md}");
}
