//! The ledger records: the JSON contract of `shared/spec/ledger-json.md` as Rust types.
//!
//! Outside tools read these field names, so every field the contract lists is here under exactly
//! its name and shape; fields beyond the contract (marked *extra* below) are allowed by it and
//! carry what a reader of the ledger would otherwise have to recompute (mention kinds, range upper
//! bounds, the quotation kind of a claim, ...). Extras are always written, so output is uniform,
//! and default when read, so a ledger from a producer that omits them still loads.
//!
//! Offsets are UTF-8 byte offsets into the document's `text`, end exclusive, as in the
//! [`sitrep_doc::Span`]s they come from.

mod convert;

pub use convert::records_for;

use serde::{Deserialize, Serialize};

/// A whole ledger: the top-level JSON object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LedgerJson {
    /// The version of the program that wrote it.
    pub version: String,
    pub documents: Vec<DocumentRecord>,
    pub entities: Vec<EntityRecord>,
    pub places: Vec<PlaceRecord>,
    pub times: Vec<TimeRecord>,
    pub quantities: Vec<QuantityRecord>,
    pub claims: Vec<ClaimRecord>,
    pub events: Vec<EventRecord>,
    pub relations: Vec<RelationRecord>,
}

impl LedgerJson {
    /// A ledger of no documents, written by `version`.
    pub fn empty(version: &str) -> LedgerJson {
        LedgerJson {
            version: version.to_string(),
            documents: Vec::new(),
            entities: Vec::new(),
            places: Vec::new(),
            times: Vec::new(),
            quantities: Vec::new(),
            claims: Vec::new(),
            events: Vec::new(),
            relations: Vec::new(),
        }
    }
}

/// The records of one document, before merging with other documents.
///
/// Ids are unique within each list; entity, place and time records carry only this document's
/// mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocRecords {
    pub document: DocumentRecord,
    pub entities: Vec<EntityRecord>,
    pub places: Vec<PlaceRecord>,
    pub times: Vec<TimeRecord>,
    pub quantities: Vec<QuantityRecord>,
    pub claims: Vec<ClaimRecord>,
    pub events: Vec<EventRecord>,
    pub relations: Vec<RelationRecord>,
}

/// `[start, end]` in the JSON.
pub type SpanPair = [usize; 2];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// `d-` and a hash of `text`.
    pub id: String,
    /// Path or URL the document was read from.
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// "YYYY-MM-DD".
    pub published: Option<String>,
    /// The cleaned main text every offset points into.
    pub text: String,
    pub captions: Vec<SpanPair>,
    pub removed: Vec<RemovedRecord>,
    /// *Extra.*
    #[serde(default)]
    pub author: Option<String>,
    /// *Extra.*
    #[serde(default)]
    pub url: Option<String>,
    /// *Extra.*
    #[serde(default)]
    pub language: Option<String>,
    /// *Extra*: warnings about the input (truncation, replacement characters, ...).
    #[serde(default)]
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemovedRecord {
    pub text: String,
    pub reason: String,
    /// *Extra*: where it stood in the raw input.
    #[serde(default)]
    pub raw_span: Option<SpanPair>,
}

/// Where a record is mentioned.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MentionRecord {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    /// *Extra*, entity mentions only: "name", "alias", "anaphor" or "metonym".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// `e-` and a hash of type and normalised name.
    pub id: String,
    pub name: String,
    /// "PER", "ORG", "GPE", "LOC", "FAC", "NORP", "UNIT", "EQUIPMENT" or "MISC".
    #[serde(rename = "type")]
    pub entity_type: String,
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub mentions: Vec<MentionRecord>,
    /// *Extra*: "government_agency", "armed_force", "media_outlet" or "other".
    #[serde(default)]
    pub org_kind: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceRecord {
    /// `p-` and the GeoNames id, or a hash of name and rounded coordinates.
    pub id: String,
    pub name: String,
    #[serde(with = "num")]
    pub lat: f64,
    #[serde(with = "num")]
    pub lon: f64,
    pub country: Option<String>,
    /// "city", "admin", "country", "region", "facility", "water" or "other".
    pub kind: String,
    pub geonames_id: Option<u64>,
    pub mentions: Vec<MentionRecord>,
    /// *Extra*: first-level administrative region.
    #[serde(default)]
    pub admin1: Option<String>,
    /// *Extra*.
    #[serde(default)]
    pub population: u64,
    /// *Extra*: the other ways the documents write this place's name.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeRecord {
    /// `t-` and a hash of value and normalised text.
    pub id: String,
    pub text: String,
    /// TIMEX3 value.
    pub value: String,
    /// "DATE", "TIME", "DURATION" or "SET".
    #[serde(rename = "type")]
    pub timex_type: String,
    #[serde(rename = "mod")]
    pub timex_mod: Option<String>,
    pub mentions: Vec<MentionRecord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    /// `q-` and a hash of document id and span.
    pub id: String,
    pub text: String,
    /// The value or the lower bound of a range; written as an integer when it is one.
    #[serde(with = "num")]
    pub value: f64,
    pub unit: Option<String>,
    pub approx: bool,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    /// *Extra*: the upper bound of a range.
    #[serde(default, with = "num_opt")]
    pub upper: Option<f64>,
    /// *Extra*: "MORE_THAN" ("at least") or "LESS_THAN" ("up to").
    #[serde(default)]
    pub bound: Option<String>,
    /// *Extra*: where the counted noun or unit stands.
    #[serde(default)]
    pub unit_span: Option<SpanPair>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// `c-` and a hash of document id and content span.
    pub id: String,
    pub doc: String,
    /// Entity id of the originator.
    pub source: Option<String>,
    /// The words naming the source; empty when the source is implicit.
    pub source_text: String,
    /// The attribution cue; empty when there is none.
    pub cue: String,
    pub content: String,
    pub start: usize,
    pub end: usize,
    pub source_span: Option<SpanPair>,
    pub cue_span: Option<SpanPair>,
    pub evidence: Vec<String>,
    pub status: String,
    /// The outlet relaying the claim.
    pub reported_by: Option<String>,
    /// When the claim was made (TIMEX3 value), when the text says.
    pub date: Option<String>,
    /// *Extra*: "direct", "indirect", "mixed" or "none".
    #[serde(default)]
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRecord {
    pub entity: String,
    pub role: String,
    /// *Extra*: when accounts disagree on who acted, the claims that name this agent (absent
    /// otherwise).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub according_to: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPlaceRecord {
    pub place: String,
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeSpanRecord {
    pub start: String,
    pub end: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// `v-` and a hash of document id and trigger span.
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub plover: Option<String>,
    pub trigger: String,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub actors: Vec<ActorRecord>,
    pub places: Vec<EventPlaceRecord>,
    /// Quantity ids.
    pub quantities: Vec<String>,
    pub time: Option<TimeSpanRecord>,
    pub status: String,
    /// Ids of the claims that report the event.
    pub claims: Vec<String>,
    /// *Extra*: later words telling the same happening again.
    #[serde(default)]
    pub other_triggers: Vec<SpanPair>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RelationRecord {
    /// "corroborates", "contradicts" or "repeats".
    #[serde(rename = "type")]
    pub relation_type: String,
    /// Claim ids.
    pub from: String,
    pub to: String,
    /// False when both claims trace back to the same originator.
    pub independent: bool,
    /// *Extra*: `r-` and a hash of document id, type and claim ids.
    #[serde(default)]
    pub id: String,
    /// *Extra*: the document both claims belong to.
    #[serde(default)]
    pub doc: String,
    /// *Extra*: the words stating the relation, when the text states it.
    #[serde(default)]
    pub cue: Option<String>,
    /// *Extra*.
    #[serde(default)]
    pub cue_span: Option<SpanPair>,
}

/// Numbers: integral values as JSON integers ("value": 400, as the contract shows), others as
/// floats, non-finite ones as `null` (JSON has no NaN) and `null` read back as NaN.
mod num {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Largest integer an f64 holds exactly.
    const EXACT: f64 = 9_007_199_254_740_992.0;

    pub fn serialize<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
        let x = *x;
        if !x.is_finite() {
            s.serialize_none()
        } else if x.fract() == 0.0 && x.abs() <= EXACT {
            // Exact: the value is integral and within the range f64 represents exactly.
            s.serialize_i64(x as i64)
        } else {
            s.serialize_f64(x)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        Ok(Option::<f64>::deserialize(d)?.unwrap_or(f64::NAN))
    }
}

/// [`num`] for optional numbers.
mod num_opt {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match x {
            Some(v) => super::num::serialize(v, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        Option::<f64>::deserialize(d)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::fixture;
    use crate::merge;

    fn ledger_value() -> Value {
        let ledger = merge(
            [
                records_for(&fixture::report()),
                records_for(&fixture::follow_up()),
            ],
            "0.0.0",
        );
        serde_json::to_value(&ledger).expect("serialisable")
    }

    /// Fails unless `value` is an object holding every key of the contract.
    fn assert_keys(value: &Value, what: &str, keys: &[&str]) {
        let object = value
            .as_object()
            .unwrap_or_else(|| panic!("{what} is not an object: {value}"));
        for key in keys {
            assert!(object.contains_key(*key), "{what} lacks `{key}`: {value}");
        }
    }

    fn first<'a>(value: &'a Value, list: &str) -> &'a Value {
        value[list]
            .as_array()
            .and_then(|a| a.first())
            .unwrap_or_else(|| panic!("`{list}` is empty"))
    }

    #[test]
    fn json_has_every_field_of_the_contract() {
        let v = ledger_value();
        assert_keys(
            &v,
            "ledger",
            &[
                "version",
                "documents",
                "entities",
                "places",
                "times",
                "quantities",
                "claims",
                "events",
                "relations",
            ],
        );
        let doc = first(&v, "documents");
        assert_keys(
            doc,
            "document",
            &[
                "id",
                "source",
                "title",
                "outlet",
                "published",
                "text",
                "captions",
                "removed",
            ],
        );
        assert_keys(&doc["removed"][0], "removed", &["text", "reason"]);
        assert_eq!(doc["published"], "2024-03-06");
        let caption = &doc["captions"][0];
        assert!(
            caption
                .as_array()
                .is_some_and(|a| a.len() == 2 && a.iter().all(Value::is_u64)),
            "{caption}"
        );

        let entity = first(&v, "entities");
        assert_keys(
            entity,
            "entity",
            &["id", "name", "type", "aliases", "country", "mentions"],
        );
        assert_keys(&entity["mentions"][0], "mention", &["doc", "start", "end"]);
        let place = first(&v, "places");
        assert_keys(
            place,
            "place",
            &[
                "id",
                "name",
                "lat",
                "lon",
                "country",
                "kind",
                "geonames_id",
                "mentions",
            ],
        );
        assert_keys(&place["mentions"][0], "mention", &["doc", "start", "end"]);
        let time = first(&v, "times");
        assert_keys(
            time,
            "time",
            &["id", "text", "value", "type", "mod", "mentions"],
        );
        assert_keys(&time["mentions"][0], "mention", &["doc", "start", "end"]);
        let quantity = first(&v, "quantities");
        assert_keys(
            quantity,
            "quantity",
            &[
                "id", "text", "value", "unit", "approx", "doc", "start", "end",
            ],
        );
        assert!(
            quantity["value"].is_i64(),
            "integral values are JSON integers: {quantity}"
        );

        let claim = first(&v, "claims");
        assert_keys(
            claim,
            "claim",
            &[
                "id",
                "doc",
                "source",
                "source_text",
                "cue",
                "content",
                "start",
                "end",
                "source_span",
                "cue_span",
                "evidence",
                "status",
                "reported_by",
                "date",
            ],
        );
        assert!(
            claim["source_span"]
                .as_array()
                .is_some_and(|a| a.len() == 2),
            "{claim}"
        );
        assert!(claim["source_text"].is_string() && claim["cue"].is_string());

        let event = first(&v, "events");
        assert_keys(
            event,
            "event",
            &[
                "id",
                "type",
                "plover",
                "trigger",
                "doc",
                "start",
                "end",
                "actors",
                "places",
                "quantities",
                "time",
                "status",
                "claims",
            ],
        );
        assert_keys(&event["actors"][0], "actor", &["entity", "role"]);
        assert_keys(&event["places"][0], "event place", &["place", "role"]);
        assert_keys(&event["time"], "event time", &["start", "end"]);
        assert!(event["quantities"][0].is_string() && event["claims"][0].is_string());

        let relation = first(&v, "relations");
        assert_keys(relation, "relation", &["type", "from", "to", "independent"]);
        assert!(relation["independent"].is_boolean());
    }

    #[test]
    fn absent_values_are_null_not_missing() {
        let v = ledger_value();
        let undated = v["events"]
            .as_array()
            .and_then(|es| es.iter().find(|e| e["type"] == "strike"));
        let undated = undated.expect("the strike event");
        assert!(
            undated["time"].is_null() && undated["plover"].is_null(),
            "{undated}"
        );
        let caption_claim = v["claims"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["source_span"].is_null()));
        let caption_claim = caption_claim.expect("the unattributed claim");
        assert_eq!(caption_claim["source"], Value::Null);
        assert_eq!(caption_claim["source_text"], "");
        assert_eq!(caption_claim["cue_span"], Value::Null);
    }

    #[test]
    fn json_round_trips_and_contract_only_json_loads() {
        let ledger = merge([records_for(&fixture::report())], "0.0.0");
        let text = serde_json::to_string(&ledger).expect("serialisable");
        let back: LedgerJson = serde_json::from_str(&text).expect("readable");
        assert_eq!(back, ledger);

        // A producer writing only the contract's fields: the extras default.
        let minimal = r#"{
          "version": "x",
          "documents": [{"id": "d-1", "source": "s", "title": null, "outlet": null,
                         "published": null, "text": "Ab", "captions": [[0, 1]],
                         "removed": [{"text": "Ad", "reason": "ad"}]}],
          "entities": [{"id": "e-1", "name": "A", "type": "ORG", "aliases": [], "country": null,
                        "mentions": [{"doc": "d-1", "start": 0, "end": 1}]}],
          "places": [{"id": "p-1", "name": "B", "lat": 1.5, "lon": 2, "country": null,
                      "kind": "city", "geonames_id": 1, "mentions": []}],
          "times": [{"id": "t-1", "text": "b", "value": "2024", "type": "DATE", "mod": null,
                     "mentions": []}],
          "quantities": [{"id": "q-1", "text": "b", "value": 400, "unit": null, "approx": true,
                          "doc": "d-1", "start": 1, "end": 2}],
          "claims": [{"id": "c-1", "doc": "d-1", "source": null, "source_text": "", "cue": "",
                      "content": "b", "start": 1, "end": 2, "source_span": null, "cue_span": null,
                      "evidence": ["photo"], "status": "hedged", "reported_by": null, "date": null}],
          "events": [{"id": "v-1", "type": "t", "plover": null, "trigger": "b", "doc": "d-1",
                      "start": 1, "end": 2, "actors": [{"entity": "e-1", "role": "agent"}],
                      "places": [{"place": "p-1", "role": "location"}], "quantities": ["q-1"],
                      "time": {"start": "2024", "end": "2024"}, "status": "occurred",
                      "claims": ["c-1"]}],
          "relations": [{"type": "repeats", "from": "c-1", "to": "c-1", "independent": false}]
        }"#;
        let read: LedgerJson = serde_json::from_str(minimal).expect("contract-only JSON loads");
        assert_eq!(read.quantities[0].value, 400.0);
        assert_eq!(read.places[0].lon, 2.0);
        assert_eq!(read.relations[0].id, "");
    }

    #[test]
    fn non_integral_and_non_finite_numbers() {
        let mut q = merge([records_for(&fixture::report())], "0").quantities[1].clone();
        let v = serde_json::to_value(&q).expect("serialisable");
        assert_eq!(v["upper"], serde_json::json!(450.5));
        q.value = f64::NAN;
        let v = serde_json::to_value(&q).expect("serialisable");
        assert!(v["value"].is_null(), "JSON has no NaN");
        let back: QuantityRecord = serde_json::from_value(v).expect("null reads back");
        assert!(back.value.is_nan());
    }
}
