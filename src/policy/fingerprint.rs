//! Fingerprints: what identifies a finding from one check to the next, and from one draft to the
//! next. A finding is its rule, its subject (`Finding::subject`) and the file name of the
//! document or package it was judged in; the sentence's wording, its page and its place are left
//! out, so that a fingerprint survives pages that move, whitespace, and edits elsewhere in the
//! sentence.
//!
//! A package is one document here: its findings already merge the sentences of all its members
//! (one finding per rule and subject), and the member its first sentence is in changes whenever
//! that sentence moves to another member (an annex withdrawn, a clause moved to the contract).

use crate::model::{Finding, file_name};

/// Hex digits kept of the SHA-256 (16 bytes): enough that two findings of one tender, or of a
/// baseline's tenders, never share one.
const FINGERPRINT_HEX_DIGITS: usize = 32;

/// The fingerprint of a finding judged in `unit`, a document's or a package's name (by its file
/// name only: a directory or an archive's path changes from one checkout, or upload, to the next).
pub fn fingerprint_in(finding: &Finding, unit: &str) -> String {
    // A separator no rule id, subject or file name holds, so that no two triples join alike.
    let identity = [finding.rule.as_str(), &finding.subject(), file_name(unit)].join("\u{1f}");
    let mut digest = crate::digest::sha256_hex(identity.as_bytes());
    digest.truncate(FINGERPRINT_HEX_DIGITS);
    digest
}

/// Sets the fingerprint of each finding judged in `unit`.
pub(super) fn assign(findings: &mut [Finding], unit: &str) {
    for finding in findings {
        finding.fingerprint = fingerprint_in(finding, unit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Severity};

    fn finding(message: &str, evidence: Vec<Evidence>) -> Finding {
        Finding::sample(
            "vendor_neutrality.brand_without_equivalent",
            Severity::Error,
            message,
            evidence,
        )
    }

    #[test]
    fn pages_places_quotes_and_whitespace_leave_the_fingerprint_alone() {
        let message =
            "The tender requires Microsoft 365 (\"Microsoft 365\") without \"or equivalent\".";
        let at_page_2 = Evidence {
            page: Some(2),
            start: 120,
            end: 180,
            ..Evidence::quoting("dce/CCTP.pdf", "Le titulaire fournit Microsoft 365.")
        };
        let at_page_9 = Evidence {
            page: Some(9),
            start: 4410,
            end: 4490,
            ..Evidence::quoting(
                "archive/dce/CCAP.pdf",
                "Le titulaire fournit,  pour les agents, Microsoft 365.",
            )
        };
        let first = fingerprint_in(&finding(message, vec![at_page_2]), "dce");
        let moved = fingerprint_in(
            &finding(&message.replace(' ', "  \n"), vec![at_page_9]),
            "archive/dce/",
        );
        assert_eq!(first, moved);
        assert_eq!(first.len(), FINGERPRINT_HEX_DIGITS);
        assert!(first.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')));
    }

    #[test]
    fn a_message_with_an_id_is_the_same_finding_in_every_language() {
        let with_id = |message: &str, format: &str| Finding {
            message_id: Some("open_formats-proprietary_required".to_string()),
            arguments: serde_json::json!({"format": format, "matched": "DOCX"})
                .as_object()
                .cloned()
                .unwrap_or_default(),
            ..finding(message, Vec::new())
        };
        let english = with_id("The tender requires the proprietary format DOCX.", "DOCX");
        let french = with_id("Le marché exige le format propriétaire DOCX.", "DOCX");
        assert_eq!(
            fingerprint_in(&english, "cctp.pdf"),
            fingerprint_in(&french, "cctp.pdf")
        );
        let other = with_id("The tender requires the proprietary format XLSX.", "XLSX");
        assert_ne!(
            fingerprint_in(&english, "cctp.pdf"),
            fingerprint_in(&other, "cctp.pdf")
        );
    }

    #[test]
    fn rule_subject_and_document_each_tell_findings_apart() {
        let base = finding("requires Microsoft 365", Vec::new());
        let fingerprint = fingerprint_in(&base, "cctp.pdf");
        let other_rule = Finding {
            rule: "extraterritorial.exposed_provider".to_string(),
            ..base.clone()
        };
        let other_subject = finding("requires Google Workspace", Vec::new());
        for other in [other_rule, other_subject] {
            assert_ne!(fingerprint_in(&other, "cctp.pdf"), fingerprint);
        }
        assert_ne!(fingerprint_in(&base, "ccap.pdf"), fingerprint);
        assert_eq!(fingerprint_in(&base, "tenders/cctp.pdf"), fingerprint);
    }
}
