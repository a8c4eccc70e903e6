//! A memo a lawyer can paste: per document, the verdict, then the findings grouped by severity,
//! each with the quoted sentence, the page, the legal basis and what to change.

use std::fmt::Write;

use super::evidence::{approval, located, marked, members, place, waiver_notes};
use super::scorecard;
use crate::model::{Diff, Evidence, Finding, Report, Scorecard, Severity};

/// A memo a lawyer can paste: per document, the verdict, then the findings grouped by severity,
/// each with the quoted sentence, the page, the legal basis and what to change.
pub(super) fn markdown(report: &Report) -> String {
    let mut out = String::from("# Sovereignty review\n\n");
    let _ = writeln!(
        out,
        "Policy set `{}` ({} profile), judged as of {}, tenderlint {}.\n",
        &report.policy.hash[..12.min(report.policy.hash.len())],
        report.policy.profile,
        report.policy.as_of,
        report.tool.version
    );
    for document in &report.documents {
        let _ = writeln!(out, "## {}\n", document.path);
        if !document.members.is_empty() {
            let _ = writeln!(
                out,
                "Documents of the consultation file, judged together:\n"
            );
            for member in members(document) {
                let _ = writeln!(out, "- {member}");
            }
            out.push('\n');
        }
        for error in &document.errors {
            let what = if document.members.is_empty() {
                "The document could not be checked"
            } else {
                "Not checked"
            };
            let _ = writeln!(out, "**{what}:** {error}\n");
        }
        if document.errors.is_empty() || document.sha256.is_some() {
            let counts = |s: Severity| document.findings.iter().filter(|f| f.severity == s).count();
            let _ = writeln!(
                out,
                "{} error(s), {} warning(s), {} for information, {} waived, {} excepted.\n",
                counts(Severity::Error),
                counts(Severity::Warning),
                counts(Severity::Info),
                document.waived.len(),
                document.excepted.len()
            );
        }
        let notes = waiver_notes(document);
        if !notes.is_empty() {
            let _ = writeln!(out, "### Waivers to review\n");
            for note in notes {
                let _ = writeln!(out, "- {}", note.text);
            }
            out.push('\n');
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
                markdown_finding(&mut out, finding, &|e| located(document, e));
            }
        }
        for (heading, findings) in [
            ("Waived", &document.waived),
            ("Excepted by the policies", &document.excepted),
        ] {
            if findings.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {heading}\n");
            for finding in findings {
                markdown_finding(&mut out, finding, &|e| located(document, e));
            }
        }
        if let Some(card) = &document.scorecard {
            markdown_scorecard(&mut out, card, &|e| located(document, e));
        }
    }
    out
}

/// The scorecard as a table (objective, weight, range, why), then the sentences it stands on.
fn markdown_scorecard(out: &mut String, card: &Scorecard, locate: &dyn Fn(&Evidence) -> String) {
    let _ = writeln!(out, "### {}\n", scorecard::title(card));
    let _ = writeln!(
        out,
        "{} Framework: [{}, {} {}]({}), mapping as of {}.\n",
        scorecard::EXPLANATION,
        card.framework.publisher,
        card.framework.name,
        card.framework.version,
        card.framework.url,
        card.framework.as_of
    );
    let _ = writeln!(out, "| Objective | Weight | SEAL range | Why |");
    let _ = writeln!(out, "|---|---|---|---|");
    for objective in &card.objectives {
        let _ = writeln!(
            out,
            "| {} {} | {} | {} | {} |",
            objective.id,
            cell(&objective.name),
            scorecard::weight(objective),
            scorecard::range(objective),
            cell(&objective.reasons.join(" "))
        );
    }
    out.push('\n');
    for objective in card.objectives.iter().filter(|o| !o.evidence.is_empty()) {
        let _ = writeln!(out, "**{} — evidence:**\n", objective.id);
        for evidence in &objective.evidence {
            let _ = writeln!(out, "> {}\n>\n> — {}\n", evidence.quote, locate(evidence));
        }
    }
}

/// Text in a table cell: pipes escaped, lines joined.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// A finding, its evidence placed by `locate`.
fn markdown_finding(out: &mut String, finding: &Finding, locate: &dyn Fn(&Evidence) -> String) {
    let _ = writeln!(
        out,
        "#### {} (`{}`, v{})\n",
        finding.title, finding.rule, finding.rule_version
    );
    let _ = writeln!(out, "{}\n", finding.message);
    for evidence in &finding.evidence {
        let _ = writeln!(
            out,
            "> {}\n>\n> — {}\n",
            marked(evidence, |w| format!("**{w}**")),
            locate(evidence)
        );
    }
    let links: Vec<String> = finding
        .legal_basis
        .iter()
        .map(|r| {
            format!(
                "[{}]({}) ({}, {})",
                r.description,
                r.url,
                r.jurisdiction,
                r.legal_force.label()
            )
        })
        .collect();
    let _ = writeln!(out, "- **Legal basis:** {}", links.join("; "));
    let _ = writeln!(out, "- **What to change:** {}", finding.remediation);
    if let Some(waiver) = &finding.waiver {
        let _ = writeln!(
            out,
            "- **Waived:** {} ({}, {})",
            waiver.justification,
            approval(waiver),
            waiver.name()
        );
    }
    if let Some(exception) = &finding.exception {
        let _ = writeln!(out, "- **Excepted:** {}", exception.reason);
        for evidence in &exception.evidence {
            let _ = writeln!(
                out,
                "  > {}\n  >\n  > — {}",
                evidence.quote,
                locate(evidence)
            );
        }
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
            markdown_finding(&mut out, finding, &|e| {
                format!("{}, {}", e.document, place(e))
            });
        }
    }
    out
}
