//! Stories and entities as Markdown an analyst reads in a terminal or pastes into a note.
//!
//! Every line that states a fact ends with where it comes from (document and byte span), so a
//! reader can always go back to the words.

use std::fmt::Write;

use crate::entities::CanonicalEntity;
use crate::story::{ClusterReport, Story};

/// The timeline of a story.
pub fn story_markdown(story: &Story, title: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {title}\n\n{} documents linked; {} event clusters.\n",
        story.documents,
        story.clusters.len()
    );
    for c in &story.clusters {
        cluster_markdown(&mut out, c);
    }
    out
}

fn cluster_markdown(out: &mut String, c: &ClusterReport) {
    let _ = writeln!(out, "## {} · {}\n", c.label, c.cluster.status);
    let _ = writeln!(
        out,
        "- Reported by {} document(s); {} independent originator(s), {} repeat(s), {} copy(ies).",
        c.cluster.docs.len(),
        c.independent_originators,
        c.repeats,
        c.copies
    );
    let _ = writeln!(
        out,
        "- Credibility {:.2}: Admiralty {} ({}). {}",
        c.credibility.score, c.credibility.admiralty, c.credibility.label, c.credibility.explanation
    );
    if !c.originators.is_empty() {
        let _ = writeln!(out, "\n### Originators\n");
        for o in &c.originators {
            let grade = o.grade.map(|g| format!(" [grade {g}]")).unwrap_or_default();
            let evidence = if o.evidence.is_empty() {
                "no evidence named".to_string()
            } else {
                o.evidence.join(", ")
            };
            let history: Vec<String> = o
                .history
                .iter()
                .map(|h| format!("{} {}", h.date.as_deref().unwrap_or("undated"), h.status))
                .collect();
            // ("Finnish army (for the government of Finland)": one voice with the others.)
            let voice = if o.voice.starts_with("state:") && o.voice_name != o.name {
                format!(" (for the government of {})", o.voice_name)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "- **{}**{voice}{grade}: {} — {evidence}; {} report(s) in {} ({}).",
                o.name,
                o.stance,
                o.docs.len(),
                if o.outlets.is_empty() { "unknown outlets".to_string() } else { o.outlets.join(", ") },
                history.join(" → ")
            );
        }
    }
    if !c.contradictions.is_empty() {
        let _ = writeln!(out, "\n### Contradictions\n");
        for x in &c.contradictions {
            let _ = writeln!(out, "- {}: {} ({} against {})", x.kind, x.note, x.claim, x.against);
        }
    }
    if !c.figures.is_empty() {
        let _ = writeln!(out, "\n### Figures over time\n");
        let _ = writeln!(out, "| date | figure | unit | kind | source | where |");
        let _ = writeln!(out, "|---|---|---|---|---|---|");
        for f in &c.figures {
            let repeats = if f.repeats > 0 { format!(" (+{} repeats)", f.repeats) } else { String::new() };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {}{repeats} | {} |",
                f.date.as_deref().unwrap_or("undated"),
                f.text,
                f.unit,
                f.kind,
                f.source,
                f.quantity
            );
        }
    }
    if !c.cluster.links.is_empty() {
        let _ = writeln!(out, "\n### Why these reports are one happening\n");
        for l in &c.cluster.links {
            let _ = writeln!(out, "- {} + {}: {}", l.left, l.right, l.reason);
        }
    }
    if !c.claims.is_empty() {
        let _ = writeln!(out, "\n### Claims\n");
        for cl in &c.claims {
            let t = &cl.trace;
            let chain: Vec<&str> = t.chain.iter().map(|h| h.name.as_str()).collect();
            let copy = cl.copy_of.as_ref().map(|c| format!(" (copy of {c})")).unwrap_or_default();
            let evidence = if t.evidence.is_empty() { String::new() } else { format!(" [{}]", t.evidence.join(", ")) };
            let _ = writeln!(
                out,
                "- {} · {} · {} {} {}{evidence}{copy}: \u{201c}{}\u{201d} ({} {}..{})",
                t.date.as_deref().unwrap_or("undated"),
                chain.join(" → "),
                cl.role,
                t.status,
                if t.cue.is_empty() { "(no cue)" } else { t.cue.as_str() },
                t.content.trim(),
                t.doc,
                t.start,
                t.end
            );
        }
    }
    out.push('\n');
}

/// A canonical entity with its names, documents and why its records are one.
pub fn entity_markdown(e: &CanonicalEntity) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {} ({})\n", e.name, e.entity_type);
    let _ = writeln!(out, "- id: {}", e.id);
    if let Some(c) = &e.country {
        let _ = writeln!(out, "- country: {c}");
    }
    if let Some(k) = &e.org_kind {
        let _ = writeln!(out, "- kind: {k}");
    }
    if !e.aliases.is_empty() {
        let _ = writeln!(out, "- also: {}", e.aliases.join("; "));
    }
    let _ = writeln!(out, "- {} mention(s) in {} document(s): {}", e.mentions, e.docs.len(), e.docs.join(", "));
    if !e.merges.is_empty() {
        let _ = writeln!(out, "- one entity because:");
        for m in &e.merges {
            let _ = writeln!(out, "  - {} + {}: {}", m.left, m.right, m.reason);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::{build_story, StoryOptions};
    use crate::test_ledger::story_ledger;

    #[test]
    fn story_lists_originators_figures_and_claims_with_spans() {
        let story = build_story(&story_ledger(), &StoryOptions::default());
        let md = story_markdown(&story, "Convoy");
        assert!(md.starts_with("# Convoy\n"), "{md}");
        assert!(md.contains("**Coastal Monitoring Agency**: supports"), "{md}");
        assert!(md.contains("**Defence Ministry**: softened"), "{md}");
        assert!(md.contains("| 2025-03-04 | about 40 | vehicles | estimate |"), "{md}");
        assert!(md.contains("(d-1 100.."), "claims keep their spans: {md}");
        assert!(md.contains("### Why these reports are one happening") && md.contains("both at Kaliningrad"), "{md}");
        let cma = crate::entities::resolve_entities(&story_ledger().entities);
        let text = entity_markdown(cma.canonical_of("e-cma2").expect("resolved"));
        assert!(text.contains("e-cma + e-cma2: both are named"), "{text}");
    }
}
