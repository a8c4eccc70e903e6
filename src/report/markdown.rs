//! A memo a lawyer can paste: per document, the verdict, then the findings grouped by severity,
//! each with the quoted sentence, the page, the legal basis and what to change.

use std::fmt::Write;

use super::evidence::{
    approval, counts, located, marked, members, place, waiver_name, waiver_notes,
};
use super::labels::{Labels, fill, quoted};
use super::scorecard;
use crate::model::{Diff, Evidence, Finding, Report, Scorecard, Severity};

/// A memo a lawyer can paste: per document, the verdict, then the findings grouped by severity,
/// each with the quoted sentence, the page, the legal basis and what to change.
pub(super) fn markdown(report: &Report) -> String {
    let labels = super::labels_of(report);
    let mut out = format!("# {}\n\n", labels.title);
    let hash = format!(
        "`{}`",
        &report.policy.hash[..12.min(report.policy.hash.len())]
    );
    let _ = writeln!(
        out,
        "{}\n",
        fill(
            labels.judged_by,
            &[
                ("hash", &hash),
                ("profile", &report.policy.profile),
                ("as_of", &report.policy.as_of),
                ("version", &report.tool.version)
            ]
        )
    );
    for document in &report.documents {
        let l = Labels::of(document.report_language.as_deref().unwrap_or_default());
        let _ = writeln!(out, "## {}\n", document.path);
        if !document.members.is_empty() {
            let _ = writeln!(out, "{}\n", l.documents_judged_together);
            for member in members(document, l) {
                let _ = writeln!(out, "- {member}");
            }
            out.push('\n');
        }
        for error in &document.errors {
            let what = if document.members.is_empty() {
                l.could_not_check
            } else {
                l.not_checked
            };
            let _ = writeln!(out, "**{}** {error}\n", l.head(what).trim_end());
        }
        if document.errors.is_empty() || document.sha256.is_some() {
            let count = |s: Severity| document.findings.iter().filter(|f| f.severity == s).count();
            let _ = writeln!(
                out,
                "{}.\n",
                counts(
                    l,
                    [
                        count(Severity::Error),
                        count(Severity::Warning),
                        count(Severity::Info),
                        document.waived.len(),
                        document.excepted.len()
                    ]
                )
            );
        }
        let notes = waiver_notes(document, l);
        if !notes.is_empty() {
            let _ = writeln!(out, "### {}\n", l.waivers_to_review);
            for note in notes {
                let _ = writeln!(out, "- {}", note.text);
            }
            out.push('\n');
        }
        for (severity, heading) in [
            (Severity::Error, l.errors),
            (Severity::Warning, l.warnings),
            (Severity::Info, l.infos),
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
                markdown_finding(&mut out, finding, &|e| located(document, e, l), l);
            }
        }
        for (heading, findings) in [
            (capitalized(l.waived), &document.waived),
            (l.excepted_heading.to_string(), &document.excepted),
        ] {
            if findings.is_empty() {
                continue;
            }
            let _ = writeln!(out, "### {heading}\n");
            for finding in findings {
                markdown_finding(&mut out, finding, &|e| located(document, e, l), l);
            }
        }
        if let Some(card) = &document.scorecard {
            markdown_scorecard(&mut out, card, &|e| located(document, e, l), l);
        }
    }
    out
}

/// The scorecard as a table (objective, weight, range, why), then the sentences it stands on.
fn markdown_scorecard(
    out: &mut String,
    card: &Scorecard,
    locate: &dyn Fn(&Evidence) -> String,
    l: &Labels,
) {
    let _ = writeln!(out, "### {}\n", scorecard::title(card, l));
    let _ = writeln!(
        out,
        "{} {}: [{}, {} {}]({}), {}.\n",
        l.scorecard_explanation,
        l.framework,
        card.framework.publisher,
        card.framework.name,
        card.framework.version,
        card.framework.url,
        fill(l.mapping_as_of, &[("as_of", &card.framework.as_of)])
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |",
        l.objective, l.weight, l.seal_range, l.why
    );
    let _ = writeln!(out, "|---|---|---|---|");
    for objective in &card.objectives {
        let _ = writeln!(
            out,
            "| {} {} | {} | {} | {} |",
            objective.id,
            cell(scorecard::name(objective, l)),
            scorecard::weight(objective),
            scorecard::range(objective, l),
            cell(&objective.reasons.join(" "))
        );
    }
    out.push('\n');
    for objective in card.objectives.iter().filter(|o| !o.evidence.is_empty()) {
        let _ = writeln!(
            out,
            "**{}**\n",
            l.head(&format!("{} — {}", objective.id, l.evidence))
                .trim_end()
        );
        for evidence in &objective.evidence {
            let _ = writeln!(out, "> {}\n>\n> — {}\n", evidence.quote, locate(evidence));
        }
    }
}

/// "waived" → "Waived".
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Text in a table cell: pipes escaped, lines joined.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// A finding, its evidence placed by `locate`.
fn markdown_finding(
    out: &mut String,
    finding: &Finding,
    locate: &dyn Fn(&Evidence) -> String,
    l: &Labels,
) {
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
                l.force(r.legal_force)
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "- **{}** {}",
        l.head(l.legal_basis).trim_end(),
        links.join(l.semicolon)
    );
    let _ = writeln!(
        out,
        "- **{}** {}",
        l.head(l.fix).trim_end(),
        finding.remediation
    );
    if let Some(clause) = &finding.clause {
        let _ = writeln!(
            out,
            "- **{}** {}",
            l.head(&format!("{} ({})", l.clause, clause.lang))
                .trim_end(),
            quoted(&clause.lang, &clause.text)
        );
    }
    if let Some(waiver) = &finding.waiver {
        let _ = writeln!(
            out,
            "- **{}** {} ({}, {})",
            l.head(&capitalized(l.waived)).trim_end(),
            waiver.justification,
            approval(waiver, l),
            waiver_name(waiver, l)
        );
    }
    if let Some(exception) = &finding.exception {
        let _ = writeln!(
            out,
            "- **{}** {}",
            l.head(&capitalized(l.excepted)).trim_end(),
            exception.reason
        );
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
pub(super) fn diff_markdown(diff: &Diff, l: &Labels) -> String {
    let mut out = format!(
        "# {}\n\n`{}` → `{}`\n\n",
        l.changes_between_drafts, diff.old, diff.new
    );
    for (heading, findings) in [
        (l.introduced, &diff.introduced),
        (l.resolved, &diff.resolved),
        (l.unchanged, &diff.unchanged),
    ] {
        let _ = writeln!(out, "## {heading} ({})\n", findings.len());
        for finding in findings.iter() {
            markdown_finding(
                &mut out,
                finding,
                &|e| format!("{}, {}", e.document, place(e, l)),
                l,
            );
        }
    }
    out
}
