//! What every format shows of a finding: where its evidence stands, the quote with its decisive
//! words, the legal basis, who waived it.

use crate::model::{DocumentReport, Evidence, Finding, Reference, Waiver};

/// Where a piece of evidence stands: "page 3, § 4.1 Chiffrement", "paragraph 12", or in a
/// spreadsheet "sheet Exigences, row 12" (the sheet is the row's only section).
pub(super) fn place(evidence: &Evidence) -> String {
    if let (Some(sheet), Some(row)) = (&evidence.sheet, evidence.row) {
        return format!("sheet {sheet}, row {row}");
    }
    let mut parts = vec![match evidence.page {
        Some(page) => format!("page {page}"),
        None => format!("paragraph {}", evidence.paragraph),
    }];
    if let Some(section) = &evidence.section {
        parts.push(format!("§ {section}"));
    }
    parts.join(", ")
}

/// The document of a package a piece of evidence quotes, named as within the package
/// ("CCTP.pdf", "Annexes.zip/Matrice.xlsx"); `None` for a single document.
pub(super) fn member(document: &DocumentReport, evidence: &Evidence) -> Option<String> {
    if document.members.is_empty() {
        return None;
    }
    Some(within(&document.path, &evidence.document).to_string())
}

/// A document's name within its package: without the package's own path in front.
fn within<'a>(package: &str, name: &'a str) -> &'a str {
    name.strip_prefix(package)
        .and_then(|rest| rest.strip_prefix(['/', '\\']))
        .unwrap_or(name)
}

/// Where a piece of evidence stands in a report's document or package: "page 3, § 4.1", or
/// "CCTP.pdf, page 3, § 4.1" in a package.
pub(super) fn located(document: &DocumentReport, evidence: &Evidence) -> String {
    match member(document, evidence) {
        Some(member) => format!("{member}, {}", place(evidence)),
        None => place(evidence),
    }
}

/// The documents of a package, one line each: "CCTP.pdf — specification, PDF, 12 pages, fr".
pub(super) fn members(document: &DocumentReport) -> Vec<String> {
    document
        .members
        .iter()
        .map(|m| {
            let name = within(&document.path, &m.name);
            let mut parts = vec![
                m.role.name().replace('_', " "),
                m.format.label().to_string(),
            ];
            if let Some(pages) = m.pages {
                parts.push(format!("{pages} page(s)"));
            }
            if let Some(language) = &m.language {
                parts.push(language.clone());
            }
            if m.later {
                parts.push("later".to_string());
            }
            format!("{name} — {}", parts.join(", "))
        })
        .collect()
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
    let parts: Vec<String> = finding.legal_basis.iter().map(Reference::cited).collect();
    parts.join("; ")
}

/// Who approved a waiver, when, until when and on what ground, in one line.
pub(super) fn approval(waiver: &Waiver) -> String {
    format!(
        "approved by {} on {}, until {}; legal ground: {}",
        waiver.approved_by, waiver.approved_on, waiver.expires_on, waiver.legal_ground
    )
}

/// A waiver that needs attention: expired, or stale.
pub(super) struct WaiverNote<'a> {
    /// "expired waiver" or "stale waiver".
    pub(super) title: &'static str,
    pub(super) waiver: &'a Waiver,
    /// What the report says of it, in a sentence.
    pub(super) text: String,
}

/// The waivers of a document that need attention, expired then stale.
pub(super) fn waiver_notes(document: &DocumentReport) -> Vec<WaiverNote<'_>> {
    let expired = document.expired_waivers.iter().map(|waiver| WaiverNote {
        title: "expired waiver",
        waiver,
        text: format!(
            "{} expired on {}: the finding it accepted is in force again",
            waiver.name(),
            waiver.expires_on
        ),
    });
    let stale = document.stale_waivers.iter().map(|waiver| WaiverNote {
        title: "stale waiver",
        waiver,
        text: format!(
            "{} matches no finding: remove it, or correct its fingerprint or quote",
            waiver.name()
        ),
    });
    expired.chain(stale).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(page: Option<u32>, sheet: Option<&str>, row: Option<u32>) -> Evidence {
        Evidence {
            document: "dce/CCTP.pdf".to_string(),
            page,
            paragraph: 7,
            section: sheet
                .map(str::to_string)
                .or(Some("4.1 Chiffrement".to_string())),
            sheet: sheet.map(str::to_string),
            row,
            quote: String::new(),
            start: 0,
            end: 0,
            highlight: None,
        }
    }

    #[test]
    fn places_read_by_page_paragraph_or_sheet_and_row() {
        assert_eq!(
            place(&evidence(Some(3), None, None)),
            "page 3, § 4.1 Chiffrement"
        );
        assert_eq!(
            place(&evidence(None, None, None)),
            "paragraph 7, § 4.1 Chiffrement"
        );
        assert_eq!(
            place(&evidence(None, Some("Exigences"), Some(12))),
            "sheet Exigences, row 12"
        );
    }
}
