//! Comparing two drafts of a tender: findings introduced, resolved and unchanged, matched by
//! fingerprint (rule, subject and document: not the page, which moves from one draft to the
//! next, nor the rest of the sentence, which is edited).

use crate::model::{DIFF_SCHEMA, Diff, DocumentReport, Finding, Report};
use crate::policy::fingerprint::fingerprint_in;

/// Compares the first document of two reports (each checked under the same policy set).
pub fn compare(old: &Report, new: &Report) -> Diff {
    let empty = DocumentReport::unreadable(String::new(), String::new());
    let old_draft = old.documents.first().unwrap_or(&empty);
    let new_draft = new.documents.first().unwrap_or(&empty);
    // A draft renamed (`v1.pdf`, `v2.pdf`; a package's directory) is the same document: the old
    // draft's findings are fingerprinted as if they bore the new draft's name.
    let old_keys: Vec<String> = old_draft
        .findings
        .iter()
        .map(|f| fingerprint_in(f, &new_draft.path))
        .collect();
    let new_keys: Vec<&str> = new_draft
        .findings
        .iter()
        .map(|f| f.fingerprint.as_str())
        .collect();
    let (unchanged, introduced): (Vec<Finding>, Vec<Finding>) = new_draft
        .findings
        .iter()
        .cloned()
        .partition(|f| old_keys.contains(&f.fingerprint));
    let resolved = old_draft
        .findings
        .iter()
        .zip(&old_keys)
        .filter(|(_, key)| !new_keys.contains(&key.as_str()))
        .map(|(f, _)| f.clone())
        .collect();
    Diff {
        schema: DIFF_SCHEMA,
        old: old_draft.path.clone(),
        new: new_draft.path.clone(),
        policy_hash: new.policy.hash.clone(),
        profile: new.policy.profile.clone(),
        introduced,
        resolved,
        unchanged,
    }
}
