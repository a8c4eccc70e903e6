//! For people at a terminal: each finding with its place, the quoted sentence with the decisive
//! words highlighted, the legal basis and the fix; a verdict line.

use std::fmt::Write;

use super::evidence::{by, marked, members, place, references};
use super::scorecard;
use crate::model::{Diff, DocumentReport, Finding, Report, Scorecard, Severity};

/// ANSI styles, or none when the output is not a terminal (or `NO_COLOR` is set).
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Whether to paint with ANSI colours.
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, severity: Severity) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, severity.name())
    }
}

/// For people at a terminal: each finding with its place, the quoted sentence with the decisive
/// words highlighted, the legal basis and the fix; a summary line.
pub(super) fn human(report: &Report, style: Style) -> String {
    let mut out = String::new();
    for document in &report.documents {
        if !document.members.is_empty() {
            let _ = writeln!(
                out,
                "{}: {} document(s)",
                style.paint("1", &format!("package {}", document.path)),
                document.members.len()
            );
            for member in members(document) {
                let _ = writeln!(out, "  - {member}");
            }
            let _ = writeln!(out);
        }
        for error in &document.errors {
            let _ = writeln!(
                out,
                "{}: {}: {error}\n",
                style.paint("1;31", "error"),
                document.path
            );
        }
        for finding in &document.findings {
            human_finding(&mut out, document, finding, style, false);
        }
        for finding in &document.waived {
            human_finding(&mut out, document, finding, style, true);
        }
        if let Some(card) = &document.scorecard {
            human_scorecard(&mut out, card, style);
        }
    }
    let summary = &report.summary;
    let verdict = match report.worst() {
        Some(Severity::Error) => style.paint("1;31", "not compliant"),
        Some(Severity::Warning) => style.paint("1;33", "to review"),
        _ if summary.unreadable > 0 => style.paint("1;31", "incomplete"),
        _ if summary.known > 0 => style.paint("1;32", "nothing new"),
        _ => style.paint("1;32", "no sovereignty issue found"),
    };
    let _ = writeln!(
        out,
        "{verdict}: {} document(s){}, {} error(s), {} warning(s), {} info, {} waived{}{} — policy {} ({} profile)",
        summary.documents,
        match summary.packages {
            0 => String::new(),
            n => format!(" in {n} package(s)"),
        },
        summary.errors,
        summary.warnings,
        summary.infos,
        summary.waived,
        match summary.known {
            0 => String::new(),
            n => format!(", {n} known (baseline)"),
        },
        if summary.unreadable > 0 {
            format!(", {} unreadable", summary.unreadable)
        } else {
            String::new()
        },
        &report.policy.hash[..12.min(report.policy.hash.len())],
        report.policy.profile
    );
    out
}

/// The scorecard as a compact table: per objective, five cells for SEAL-0 to SEAL-4 (`#` where
/// the tender allows the level) and the range in words.
fn human_scorecard(out: &mut String, card: &Scorecard, style: Style) {
    let _ = writeln!(out, "{}", style.paint("1", &scorecard::title(card)));
    let width = card
        .objectives
        .iter()
        .map(|o| o.name.chars().count())
        .max()
        .unwrap_or(0);
    for objective in &card.objectives {
        let bar = scorecard::cells(objective, '#', '.')
            .map(|cells| format!("[{}] ", cells.iter().collect::<String>()))
            .unwrap_or_default();
        let range = scorecard::range(objective);
        let range = if objective.is_contradictory() {
            style.paint("1;31", &range)
        } else if objective.assessable {
            range
        } else {
            style.paint("2", &range)
        };
        let _ = writeln!(
            out,
            "  {:<5}  {:<width$}  {bar}{range}",
            objective.id, objective.name
        );
    }
    out.push('\n');
}

fn human_finding(
    out: &mut String,
    document: &DocumentReport,
    finding: &Finding,
    style: Style,
    waived: bool,
) {
    let label = if waived {
        style.paint("2", "waived")
    } else if finding.known {
        // In the baseline: listed so that it is not forgotten, marked so that it reads as old.
        format!(
            "{} {}",
            style.paint("2", "known"),
            style.severity(finding.severity)
        )
    } else {
        style.severity(finding.severity)
    };
    let _ = writeln!(
        out,
        "{label}[{}]: {} (rule v{})",
        style.paint("1", &finding.rule),
        finding.title,
        finding.rule_version
    );
    if finding.evidence.is_empty() {
        let _ = writeln!(out, "  --> {}", document.path);
    }
    for evidence in &finding.evidence {
        let _ = writeln!(out, "  --> {}, {}", evidence.document, place(evidence));
        let _ = writeln!(out, "   | {}", marked(evidence, |w| style.paint("1;4", w)));
    }
    let _ = writeln!(out, "   = {}", finding.message);
    let _ = writeln!(out, "   = legal basis: {}", references(finding));
    let _ = writeln!(out, "   = fix: {}", finding.remediation);
    if let Some(waiver) = &finding.waiver {
        let _ = writeln!(out, "   = waived{}: {}", by(waiver), waiver.justification);
    }
    out.push('\n');
}

/// A comparison of two drafts, for people.
pub(super) fn diff_human(diff: &Diff, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} → {}\n", diff.old, diff.new);
    for (label, code, findings) in [
        ("introduced", "1;31", &diff.introduced),
        ("resolved", "1;32", &diff.resolved),
        ("unchanged", "2", &diff.unchanged),
    ] {
        let _ = writeln!(out, "{} ({})", style.paint(code, label), findings.len());
        for finding in findings.iter() {
            let place = finding
                .evidence
                .first()
                .map(|e| format!(" — {}", place(e)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} [{}] {}{place}",
                style.severity(finding.severity),
                finding.rule,
                finding.message
            );
        }
        out.push('\n');
    }
    out
}
