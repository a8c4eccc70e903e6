//! A memo a lawyer can paste: per document, the verdict, then the findings grouped by severity,
//! each with the quoted sentence, the page, the legal basis and what to change.

use std::fmt::Write;

use super::evidence::{by, marked, place};
use crate::model::{Diff, Finding, Report, Severity};

/// A memo a lawyer can paste: per document, the verdict, then the findings grouped by severity,
/// each with the quoted sentence, the page, the legal basis and what to change.
pub(super) fn markdown(report: &Report) -> String {
    let mut out = String::from("# Sovereignty review\n\n");
    let _ = writeln!(
        out,
        "Policy set `{}` ({} profile), tenderlint {}.\n",
        &report.policy.hash[..12.min(report.policy.hash.len())],
        report.policy.profile,
        report.tool.version
    );
    for document in &report.documents {
        let _ = writeln!(out, "## {}\n", document.path);
        for error in &document.errors {
            let _ = writeln!(out, "**The document could not be checked:** {error}\n");
        }
        if document.errors.is_empty() || document.sha256.is_some() {
            let counts = |s: Severity| document.findings.iter().filter(|f| f.severity == s).count();
            let _ = writeln!(
                out,
                "{} error(s), {} warning(s), {} for information, {} waived.\n",
                counts(Severity::Error),
                counts(Severity::Warning),
                counts(Severity::Info),
                document.waived.len()
            );
        }
        for (severity, heading) in [
            (Severity::Error, "Errors"),
            (Severity::Warning, "Warnings"),
            (Severity::Info, "For information"),
        ] {
            let findings: Vec<&Finding> = document
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            if findings.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {heading}\n");
            for finding in findings {
                markdown_finding(&mut out, finding);
            }
        }
        if !document.waived.is_empty() {
            let _ = writeln!(out, "### Waived\n");
            for finding in &document.waived {
                markdown_finding(&mut out, finding);
            }
        }
    }
    out
}

fn markdown_finding(out: &mut String, finding: &Finding) {
    let _ = writeln!(out, "#### {} (`{}`)\n", finding.title, finding.rule);
    let _ = writeln!(out, "{}\n", finding.message);
    for evidence in &finding.evidence {
        let _ = writeln!(
            out,
            "> {}\n>\n> — {}\n",
            marked(evidence, |w| format!("**{w}**")),
            place(evidence)
        );
    }
    let links: Vec<String> = finding
        .legal_basis
        .iter()
        .map(|r| format!("[{}]({})", r.description, r.url))
        .collect();
    let _ = writeln!(out, "- **Legal basis:** {}", links.join("; "));
    let _ = writeln!(out, "- **What to change:** {}", finding.remediation);
    if let Some(waiver) = &finding.waiver {
        let _ = writeln!(out, "- **Waived{}:** {}", by(waiver), waiver.justification);
    }
    out.push('\n');
}

/// A comparison of two drafts, as a memo.
pub(super) fn diff_markdown(diff: &Diff) -> String {
    let mut out = format!(
        "# Changes between drafts\n\n`{}` → `{}`\n\n",
        diff.old, diff.new
    );
    for (heading, findings) in [
        ("Introduced", &diff.introduced),
        ("Resolved", &diff.resolved),
        ("Unchanged", &diff.unchanged),
    ] {
        let _ = writeln!(out, "## {heading} ({})\n", findings.len());
        for finding in findings.iter() {
            markdown_finding(&mut out, finding);
        }
    }
    out
}
