//! GitHub Actions workflow commands: one annotation per finding in force.

use std::fmt::Write;

use super::evidence::place;
use crate::model::{Report, Severity};

/// GitHub Actions workflow commands: one annotation per finding in force.
pub(super) fn github(report: &Report) -> String {
    let mut out = String::new();
    for document in &report.documents {
        for error in &document.errors {
            let _ = writeln!(
                out,
                "::error file={},title=unreadable document::{}",
                property(&document.path),
                data(error)
            );
        }
        for finding in &document.findings {
            let level = match finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let place = finding
                .evidence
                .first()
                .map(|e| format!(" ({})", place(e)))
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
            let message = format!(
                "{}{place}{quote}\nFix: {}",
                finding.message, finding.remediation
            );
            let _ = writeln!(
                out,
                "::{level} file={},title={}::{}",
                property(file),
                property(&format!("{}: {}", finding.rule, finding.title)),
                data(&message)
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
