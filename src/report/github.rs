//! GitHub Actions workflow commands: one annotation per finding in force, one per expired or
//! stale waiver (on its waivers file), and one per scorecard objective the tender contradicts
//! itself on. Waived and excepted findings ask for no fix: they are not annotated.

use std::fmt::Write;

use super::evidence::{place, waiver_notes};
use super::labels::{Labels, quoted};
use crate::model::{Report, Severity};

/// GitHub Actions workflow commands: one annotation per finding in force.
pub(super) fn github(report: &Report) -> String {
    // A plain line of the job's log, not an annotation: which rules judged, for the audit.
    let mut out = format!(
        "tenderlint: policy {} ({} profile), as of {}\n",
        report.policy.hash, report.policy.profile, report.policy.as_of
    );
    for document in &report.documents {
        let l = Labels::of(document.report_language.as_deref().unwrap_or_default());
        for error in &document.errors {
            let _ = writeln!(
                out,
                "::error file={},title=unreadable document::{}",
                property(&document.path),
                data(error)
            );
        }
        // A finding known from the baseline is accepted for now: an annotation asks to act.
        for finding in document.findings.iter().filter(|f| !f.known) {
            let level = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let place = finding
                .evidence
                .first()
                .map(|e| format!(" ({})", place(e, l)))
                .unwrap_or_default();
            // An annotation points at a file: in a package, the document quoted.
            let file = finding
                .evidence
                .first()
                .map_or(document.path.as_str(), |e| e.document.as_str());
            let quote = finding
                .evidence
                .first()
                .map(|e| format!("\n« {} »", e.quote))
                .unwrap_or_default();
            let clause = finding
                .clause
                .as_ref()
                .map(|c| {
                    let label = format!("{} ({})", l.clause, c.lang);
                    format!("\n{}{}", l.head(&label), quoted(&c.lang, &c.text))
                })
                .unwrap_or_default();
            let message = format!(
                "{}{place}{quote}\n{}{}{clause}",
                finding.message,
                l.head(l.fix),
                finding.remediation
            );
            let _ = writeln!(
                out,
                "::{level} file={},title={}::{}",
                property(file),
                property(&format!("{}: {}", finding.rule, finding.title)),
                data(&message)
            );
        }
        for note in waiver_notes(document, l) {
            let _ = writeln!(
                out,
                "::warning file={},title={}::{}",
                property(&note.waiver.file),
                property(note.title),
                data(&format!("{}: {}", document.path, note.text))
            );
        }
        // An annotation marks something to act on, in a file. A scorecard's ranges are a rating
        // of the whole tender, not a problem: they are left to the other formats. Only a range
        // the tender makes empty (its floor above its ceiling) needs fixing, and is annotated.
        for objective in document.scorecard.iter().flat_map(|s| &s.objectives) {
            if !objective.is_contradictory() {
                continue;
            }
            let file = objective
                .evidence
                .first()
                .map_or(document.path.as_str(), |e| e.document.as_str());
            let _ = writeln!(
                out,
                "::warning file={},title={}::{}",
                property(file),
                property(&format!(
                    "{}: {} {}",
                    objective.id,
                    super::scorecard::name(objective, l),
                    super::scorecard::range(objective, l)
                )),
                data(&objective.reasons.join("\n"))
            );
        }
    }
    out
}

/// Escaping of a workflow command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a workflow command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        DocumentReport, ObjectiveScore, PolicyIdentity, Scorecard, ScorecardFramework,
    };

    fn objective(id: &str, floor: u8, ceiling: u8) -> ObjectiveScore {
        ObjectiveScore {
            id: id.to_string(),
            name: "Legal and jurisdictional sovereignty".to_string(),
            weight: Some(10),
            assessable: true,
            floor: Some(floor),
            ceiling: Some(ceiling),
            evidence: Vec::new(),
            reasons: vec![
                "Floor SEAL-3: immunity.".to_string(),
                "Ceiling SEAL-1: Azure.".to_string(),
            ],
            reason_messages: Vec::new(),
        }
    }

    #[test]
    fn only_a_contradictory_objective_is_annotated() {
        let mut document = DocumentReport::unreadable("cctp.pdf".to_string(), String::new());
        document.errors.clear();
        document.scorecard = Some(Scorecard {
            framework: ScorecardFramework {
                name: "CSF".to_string(),
                publisher: "EC".to_string(),
                version: "1.2.1".to_string(),
                published: "2025-10".to_string(),
                url: "https://example.eu".to_string(),
                as_of: "2026-12-02".to_string(),
                note: String::new(),
            },
            objectives: vec![objective("SOV-2", 3, 1), objective("SOV-3", 1, 2)],
        });
        let report = Report::from_documents(
            vec![document],
            PolicyIdentity {
                hash: String::new(),
                profile: "eu".to_string(),
                as_of: "2026-12-01".to_string(),
            },
        );
        assert_eq!(
            github(&report),
            "tenderlint: policy  (eu profile), as of 2026-12-01\n::warning file=cctp.pdf,title=SOV-2%3A Legal and jurisdictional sovereignty SEAL-3 – SEAL-1 (contradictory)::Floor SEAL-3: immunity.%0ACeiling SEAL-1: Azure.\n"
        );
    }
}
