//! Comparing two drafts of a tender: findings introduced, resolved and unchanged, matched by
//! rule and quoted sentence (not by page, which moves from one draft to the next).

use crate::model::{DIFF_SCHEMA, Diff, Finding, Report};

/// What identifies a finding across drafts: its rule and message. The policy engine keeps one
/// finding per rule and message in a document, so the pair is unique there, and it does not
/// move with pages or with the sentences an absence finding cites.
fn key(finding: &Finding) -> (String, String) {
    (finding.rule.clone(), finding.message.clone())
}

/// Compares the first document of two reports (each checked under the same policy set).
pub fn compare(old: &Report, new: &Report) -> Diff {
    let findings = |report: &Report| -> Vec<Finding> {
        report
            .documents
            .first()
            .map(|d| d.findings.clone())
            .unwrap_or_default()
    };
    let old_findings = findings(old);
    let new_findings = findings(new);
    let old_keys: Vec<_> = old_findings.iter().map(key).collect();
    let new_keys: Vec<_> = new_findings.iter().map(key).collect();
    let (unchanged, introduced) = new_findings
        .into_iter()
        .zip(&new_keys)
        .partition::<Vec<_>, _>(|(_, k)| old_keys.contains(k));
    let resolved = old_findings
        .into_iter()
        .zip(&old_keys)
        .filter(|(_, k)| !new_keys.contains(k))
        .map(|(f, _)| f)
        .collect();
    let name = |report: &Report| {
        report
            .documents
            .first()
            .map(|d| d.path.clone())
            .unwrap_or_default()
    };
    Diff {
        schema: DIFF_SCHEMA,
        old: name(old),
        new: name(new),
        policy_hash: new.policy.hash.clone(),
        profile: new.policy.profile.clone(),
        introduced: introduced.into_iter().map(|(f, _)| f).collect(),
        resolved,
        unchanged: unchanged.into_iter().map(|(f, _)| f).collect(),
    }
}
