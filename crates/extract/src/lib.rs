//! Claims, events and the relations between claims: the part of sitrep that turns annotated
//! text into ledger facts.
//!
//! Three stages, each writing one layer: [`RuleClaimExtractor`] (who says what, on what
//! evidence, how firmly), [`RuleEventExtractor`] (typed happenings with actors, places, time,
//! quantities and status) and [`RuleRelationLinker`] (corroborates / contradicts / repeats).
//! All word lists live in [`cues`], so extending coverage means editing data, not code.

pub mod attribution_model;
pub mod cues;
mod claims;
mod events;
mod relations;
mod view;

#[cfg(test)]
mod tests;

pub use claims::{evidence_in, extract_claims, extract_claims_with, ClaimExtractor, RuleClaimExtractor};
pub use events::{extract_events, RuleEventExtractor};
pub use relations::{link_claims, RuleRelationLinker};
