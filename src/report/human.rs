//! For people at a terminal: each finding with its place, the quoted sentence with the decisive
//! words highlighted, the legal basis and the fix; a verdict line.

use std::fmt::Write;

use super::evidence::{
    approval, counts, marked, members, place, references, waiver_name, waiver_notes,
};
use super::labels::{Labels, fill, quoted};
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

    fn severity(self, severity: Severity, labels: &Labels) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        self.paint(code, labels.severity(severity))
    }
}

/// For people at a terminal: each finding with its place, the quoted sentence with the decisive
/// words highlighted, the legal basis and the fix; a summary line.
pub(super) fn human(report: &Report, style: Style) -> String {
    let mut out = String::new();
    let labels = super::labels_of(report);
    for document in &report.documents {
        let l = Labels::of(document.report_language.as_deref().unwrap_or_default());
        if !document.members.is_empty() {
            let _ = writeln!(
                out,
                "{}: {}",
                style.paint("1", &format!("{} {}", l.package, document.path)),
                fill(l.documents, &[("documents", &document.members.len())])
            );
            for member in members(document, l) {
                let _ = writeln!(out, "  - {member}");
            }
            let _ = writeln!(out);
        }
        for error in &document.errors {
            let _ = writeln!(
                out,
                "{}: {}: {error}\n",
                style.paint("1;31", l.error),
                document.path
            );
        }
        for note in waiver_notes(document, l) {
            let _ = writeln!(out, "{}: {}\n", style.paint("1;33", note.title), note.text);
        }
        for finding in &document.findings {
            human_finding(&mut out, document, finding, style, None, l);
        }
        for finding in &document.waived {
            human_finding(&mut out, document, finding, style, Some(l.waived), l);
        }
        for finding in &document.excepted {
            human_finding(&mut out, document, finding, style, Some(l.excepted), l);
        }
        if let Some(card) = &document.scorecard {
            human_scorecard(&mut out, card, style, l);
        }
    }
    let summary = &report.summary;
    let verdict = match report.worst() {
        Some(Severity::Error) => style.paint("1;31", labels.not_compliant),
        Some(Severity::Warning) => style.paint("1;33", labels.to_review),
        _ if summary.unreadable > 0 => style.paint("1;31", labels.incomplete),
        _ if report.partly_assessed() => style.paint("1;33", labels.partly_assessed),
        _ if summary.known > 0 => style.paint("1;32", labels.nothing_new),
        _ => style.paint("1;32", labels.no_issue.trim_end_matches('.')),
    };
    let _ = writeln!(
        out,
        "{verdict}{}{}{}, {}{}{}{} — {}",
        labels.colon,
        fill(labels.documents, &[("documents", &summary.documents)]),
        match summary.packages {
            0 => String::new(),
            n => fill(labels.in_packages, &[("packages", &n)]),
        },
        counts(
            labels,
            [
                summary.errors,
                summary.warnings,
                summary.infos,
                summary.waived,
                summary.excepted
            ]
        ),
        match (summary.expired_waivers, summary.stale_waivers) {
            (0, 0) => String::new(),
            (expired, stale) => fill(
                labels.waiver_counts,
                &[("expired", &expired), ("stale", &stale)]
            ),
        },
        match summary.known {
            0 => String::new(),
            n => fill(labels.known_count, &[("n", &n)]),
        },
        if summary.unreadable > 0 {
            fill(labels.unreadable, &[("n", &summary.unreadable)])
        } else {
            String::new()
        },
        fill(
            labels.policy,
            &[
                (
                    "hash",
                    &&report.policy.hash[..12.min(report.policy.hash.len())]
                ),
                ("profile", &report.policy.profile)
            ]
        ),
    );
    out
}

/// The scorecard as a compact table: per objective, five cells for SEAL-0 to SEAL-4 (`#` where
/// the tender allows the level) and the range in words.
fn human_scorecard(out: &mut String, card: &Scorecard, style: Style, l: &Labels) {
    let _ = writeln!(out, "{}", style.paint("1", &scorecard::title(card, l)));
    let width = card
        .objectives
        .iter()
        .map(|o| scorecard::name(o, l).chars().count())
        .max()
        .unwrap_or(0);
    for objective in &card.objectives {
        let bar = scorecard::cells(objective, '#', '.')
            .map(|cells| format!("[{}] ", cells.iter().collect::<String>()))
            .unwrap_or_default();
        let range = scorecard::range(objective, l);
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
            objective.id,
            scorecard::name(objective, l)
        );
    }
    out.push('\n');
}

fn human_finding(
    out: &mut String,
    document: &DocumentReport,
    finding: &Finding,
    style: Style,
    accepted: Option<&str>,
    l: &Labels,
) {
    let label = match accepted {
        Some(how) => style.paint("2", how),
        // In the baseline: listed so that it is not forgotten, marked so that it reads as old.
        None if finding.known => format!(
            "{} {}",
            style.paint("2", l.known),
            style.severity(finding.severity, l)
        ),
        None => style.severity(finding.severity, l),
    };
    let _ = writeln!(
        out,
        "{label}[{}]: {} ({})",
        style.paint("1", &finding.rule),
        finding.title,
        fill(l.rule_version, &[("version", &finding.rule_version)])
    );
    if finding.evidence.is_empty() {
        let _ = writeln!(out, "  --> {}", document.path);
    }
    for evidence in &finding.evidence {
        let _ = writeln!(out, "  --> {}, {}", evidence.document, place(evidence, l));
        let _ = writeln!(out, "   | {}", marked(evidence, |w| style.paint("1;4", w)));
    }
    let _ = writeln!(out, "   = {}", finding.message);
    let _ = writeln!(
        out,
        "   = {}{}",
        l.head(l.legal_basis),
        references(finding, l)
    );
    let _ = writeln!(out, "   = {}{}", l.head(l.fix), finding.remediation);
    if let Some(clause) = &finding.clause {
        let _ = writeln!(
            out,
            "   = {}{}",
            l.head(&format!("{} ({})", l.clause, clause.lang)),
            quoted(&clause.lang, &clause.text)
        );
    }
    if let Some(waiver) = &finding.waiver {
        let _ = writeln!(out, "   = {}{}", l.head(l.waived), waiver.justification);
        let _ = writeln!(
            out,
            "     {} ({})",
            approval(waiver, l),
            waiver_name(waiver, l)
        );
    }
    if let Some(exception) = &finding.exception {
        let _ = writeln!(out, "   = {}{}", l.head(l.excepted), exception.reason);
        for evidence in &exception.evidence {
            let _ = writeln!(
                out,
                "     {}, {}: {}",
                evidence.document,
                place(evidence, l),
                evidence.quote
            );
        }
    }
    out.push('\n');
}

/// A comparison of two drafts, for people.
pub(super) fn diff_human(diff: &Diff, style: Style, l: &Labels) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} → {}\n", diff.old, diff.new);
    for (label, code, findings) in [
        (l.introduced, "1;31", &diff.introduced),
        (l.resolved, "1;32", &diff.resolved),
        (l.unchanged, "2", &diff.unchanged),
    ] {
        let label = label.to_lowercase();
        let _ = writeln!(out, "{} ({})", style.paint(code, &label), findings.len());
        for finding in findings.iter() {
            let place = finding
                .evidence
                .first()
                .map(|e| format!(" — {}", place(e, l)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} [{}] {}{place}",
                style.severity(finding.severity, l),
                finding.rule,
                finding.message
            );
        }
        out.push('\n');
    }
    out
}
