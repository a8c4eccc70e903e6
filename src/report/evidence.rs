//! What every format shows of a finding: where its evidence stands, the quote with its decisive
//! words, the legal basis, who waived it.

use super::labels::{Labels, fill};
use crate::model::{DocumentReport, Evidence, Finding, Reference, Waiver};

/// Where a piece of evidence stands: "page 3, § 4.1 Chiffrement", "paragraph 12", in a
/// spreadsheet "sheet Exigences, row 12" (the sheet is the row's only section), in a notice
/// "§ Description of lot LOT-0001, field /ContractNotice/…" (the path is the locator).
pub(super) fn place(evidence: &Evidence, labels: &Labels) -> String {
    if let (Some(sheet), Some(row)) = (&evidence.sheet, evidence.row) {
        return fill(labels.sheet_row, &[("sheet", sheet), ("row", &row)]);
    }
    if let Some(path) = &evidence.path {
        let field = fill(labels.field, &[("path", path)]);
        return match &evidence.section {
            Some(section) => format!("§ {section}, {field}"),
            None => field,
        };
    }
    let mut parts = vec![match evidence.page {
        Some(page) => fill(labels.page, &[("page", &page)]),
        None => fill(labels.paragraph, &[("paragraph", &evidence.paragraph)]),
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
pub(super) fn located(document: &DocumentReport, evidence: &Evidence, labels: &Labels) -> String {
    match member(document, evidence) {
        Some(member) => format!("{member}, {}", place(evidence, labels)),
        None => place(evidence, labels),
    }
}

/// The documents of a package, one line each: "CCTP.pdf — specification, PDF, 12 pages, fr".
pub(super) fn members(document: &DocumentReport, labels: &Labels) -> Vec<String> {
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
                parts.push(fill(labels.pages, &[("pages", &pages)]));
            }
            if let Some(language) = &m.language {
                parts.push(language.clone());
            }
            if m.later {
                parts.push(labels.later.to_string());
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

/// A reference as a finding cites it: "Directive 2014/24/EU, article 42(4) (EU, binding law)".
pub(super) fn cited(reference: &Reference, labels: &Labels) -> String {
    format!(
        "{} ({}, {})",
        reference.description,
        reference.jurisdiction,
        labels.force(reference.legal_force)
    )
}

/// The legal basis of a finding, in one line.
pub(super) fn references(finding: &Finding, labels: &Labels) -> String {
    let parts: Vec<String> = finding
        .legal_basis
        .iter()
        .map(|r| cited(r, labels))
        .collect();
    parts.join(labels.semicolon)
}

/// Who approved a waiver, when, until when and on what ground, in one line.
pub(super) fn approval(waiver: &Waiver, l: &Labels) -> String {
    fill(
        l.approval,
        &[
            ("by", &waiver.approved_by),
            ("on", &waiver.approved_on),
            ("until", &waiver.expires_on),
            ("ground", &waiver.legal_ground),
        ],
    )
}

/// How a report names a waiver: "waiver 2 of cctp.pdf.waivers.json (rule)".
pub(super) fn waiver_name(waiver: &Waiver, l: &Labels) -> String {
    fill(
        l.waiver_name,
        &[
            ("n", &waiver.position),
            ("file", &waiver.file),
            ("rule", &waiver.rule),
        ],
    )
}

/// Findings counted as the reports say them: "3 error(s), 1 warning(s), 0 for information,
/// 1 waived, 0 excepted" — errors, warnings, infos, waived, excepted.
pub(super) fn counts(
    l: &Labels,
    [errors, warnings, infos, waived, excepted]: [usize; 5],
) -> String {
    fill(
        l.counts,
        &[
            ("errors", &errors),
            ("warnings", &warnings),
            ("infos", &infos),
            ("waived", &waived),
            ("excepted", &excepted),
        ],
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
pub(super) fn waiver_notes<'a>(document: &'a DocumentReport, l: &Labels) -> Vec<WaiverNote<'a>> {
    let expired = document.expired_waivers.iter().map(|waiver| WaiverNote {
        title: l.expired_waiver,
        waiver,
        text: fill(
            l.expired_text,
            &[
                ("waiver", &waiver_name(waiver, l)),
                ("date", &waiver.expires_on),
            ],
        ),
    });
    let stale = document.stale_waivers.iter().map(|waiver| WaiverNote {
        title: l.stale_waiver,
        waiver,
        text: fill(l.stale_text, &[("waiver", &waiver_name(waiver, l))]),
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
            path: None,
            quote: String::new(),
            start: 0,
            end: 0,
            highlight: None,
        }
    }

    #[test]
    fn places_read_by_page_paragraph_or_sheet_and_row() {
        assert_eq!(
            place(&evidence(Some(3), None, None), Labels::of("en")),
            "page 3, § 4.1 Chiffrement"
        );
        assert_eq!(
            place(&evidence(None, None, None), Labels::of("en")),
            "paragraph 7, § 4.1 Chiffrement"
        );
        assert_eq!(
            place(
                &evidence(None, Some("Exigences"), Some(12)),
                Labels::of("en")
            ),
            "sheet Exigences, row 12"
        );
        assert_eq!(
            place(&evidence(Some(3), None, None), Labels::of("de")),
            "Seite 3, § 4.1 Chiffrement"
        );
    }
}
