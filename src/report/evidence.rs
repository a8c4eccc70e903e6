//! What every format shows of a finding: where its evidence stands, the quote with its decisive
//! words, the legal basis, who waived it.

use crate::model::{Evidence, Finding, Waiver};

/// Where a piece of evidence stands: "page 3, § 4.1 Chiffrement" or "¶12".
pub(super) fn place(evidence: &Evidence) -> String {
    let mut parts = vec![match evidence.page {
        Some(page) => format!("page {page}"),
        None => format!("paragraph {}", evidence.paragraph),
    }];
    if let Some(section) = &evidence.section {
        parts.push(format!("§ {section}"));
    }
    parts.join(", ")
}

/// The quote split around its decisive words: before, the words, after (the words are empty when
/// the evidence has none, or they are not in the quote).
pub(super) fn highlighted(evidence: &Evidence) -> (&str, &str, &str) {
    let quote = evidence.quote.as_str();
    match evidence
        .highlight
        .as_deref()
        .and_then(|h| quote.find(h).map(|at| (h.len(), at)))
    {
        Some((len, at)) if len > 0 => (&quote[..at], &quote[at..at + len], &quote[at + len..]),
        _ => (quote, "", ""),
    }
}

/// The quote with its decisive words marked by `mark`.
pub(super) fn marked(evidence: &Evidence, mark: impl Fn(&str) -> String) -> String {
    match highlighted(evidence) {
        (quote, "", _) => quote.to_string(),
        (before, words, after) => format!("{before}{}{after}", mark(words)),
    }
}

/// The legal basis of a finding, in one line.
pub(super) fn references(finding: &Finding) -> String {
    let parts: Vec<&str> = finding
        .legal_basis
        .iter()
        .map(|r| r.description.as_str())
        .collect();
    parts.join("; ")
}

/// " (author)" when the waiver names who granted it.
pub(super) fn by(waiver: &Waiver) -> String {
    waiver
        .author
        .as_deref()
        .map(|a| format!(" ({a})"))
        .unwrap_or_default()
}
