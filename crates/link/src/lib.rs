//! Cross-document linking: what many reports of one story say together.
//!
//! A ledger of many documents holds each document's own records: its entities, its events, its
//! claims. An analyst wants the story instead: *one* National Intelligence Service however each
//! outlet spells it, *one* troop transfer however many outlets report it, and corroboration that
//! counts originators, not copies. This crate computes that view from the records alone (it never
//! sees text other than what the records carry, and does no I/O), in four steps:
//!
//! 1. [`entities`]: canonical entities. Entity records of all documents are joined when a name,
//!    an in-document alias, an unambiguous acronym or a descriptor ("Seoul's spy agency") ties
//!    them, never across types or countries, and never two people with different full names.
//!    Every join keeps its reason.
//! 2. [`events`]: event clusters. Events of one family are compared only inside blocks keyed by
//!    month and by a shared actor or country, so the cost grows with the number of documents, not
//!    its square; two events join when their times overlap (with the uncertainty of their
//!    granularity), their places fall within containment or distance, and they share an actor or
//!    a place, with nothing conflicting.
//! 3. [`provenance`]: for each claim its originator and the relays it came through (a press
//!    release, an outlet citing an outlet, the outlet that published it), and which claims are
//!    copies of others. Claims of one originator are repeats, never corroboration.
//! 4. [`story`]: per event cluster, the independent originators with their evidence, repeats,
//!    denials and how they changed, contradictions, the figures over time, and a credibility
//!    score ([`credibility`], formula documented there) that uses the analyst's source grades.
//!
//! **Invariants.** The output depends only on the set of records, not on their order (ties are
//! broken by ids); every cluster, originator and figure names the claims and spans it rests on;
//! nothing is joined without a recorded reason.

pub mod credibility;
mod dates;
pub mod entities;
pub mod events;
pub mod provenance;
pub mod render;
pub mod story;
mod unionfind;
mod words;

pub use credibility::{Credibility, Grades};
pub use entities::{resolve_entities, resolve_ledger_entities, CanonicalEntity, EntityIndex, Merge};
pub use events::{cluster_events, EventCluster};
pub use provenance::{trace_claims, ClaimTrace};
pub use story::{build_story, ClusterReport, Story, StoryOptions};

#[cfg(test)]
mod test_ledger;
