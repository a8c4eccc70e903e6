//! GitLab Code Quality JSON, so that merge requests show findings inline: one issue per finding
//! in force, keyed by its fingerprint (GitLab tells new findings from old ones by it).

use serde_json::json;

use super::labels::Labels;
use crate::model::{DocumentReport, Report, Severity};

/// The words of a document's report language.
fn labels_of(document: &DocumentReport) -> &'static Labels {
    Labels::of(document.report_language.as_deref().unwrap_or_default())
}

/// GitLab's scale (info, minor, major, critical, blocker) for ours: an error is to fix before
/// publishing, a warning is for a lawyer to weigh.
fn gitlab_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "critical",
        Severity::Warning => "major",
        Severity::Info => "info",
    }
}

/// The Code Quality report: an array of issues. Unreadable documents have no fingerprint to
/// show them under; `check` says them on standard error and in its exit code.
pub(super) fn gitlab(report: &Report) -> Result<String, serde_json::Error> {
    let issues: Vec<serde_json::Value> = report
        .documents
        .iter()
        .flat_map(|document| document.findings.iter().map(move |f| (document, f)))
        .map(|(document, finding)| {
            let evidence = finding.evidence.first();
            // In a package, the document quoted; a line is what GitLab can point at, and the
            // page (or a spreadsheet's row) is the nearest the evidence gives.
            let path = evidence.map_or(document.path.as_str(), |e| e.document.as_str());
            let line = evidence.and_then(|e| e.page.or(e.row)).unwrap_or(1);
            json!({
                "description": format!("{}{}", labels_of(document).head(&finding.title), finding.message),
                "check_name": finding.rule,
                "fingerprint": finding.fingerprint,
                "severity": gitlab_severity(finding.severity),
                "location": { "path": path, "lines": { "begin": line } },
                // Which rules judged, so that a finding stays auditable across policy versions.
                "engine_name": "tenderlint",
                "policy": {
                    "hash": report.policy.hash,
                    "profile": report.policy.profile,
                    "as_of": report.policy.as_of,
                },
            })
        })
        .collect();
    serde_json::to_string_pretty(&issues)
}
