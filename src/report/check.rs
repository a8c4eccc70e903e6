//! Renders a [`Report`] for people (terminal, Markdown memo) and for pipelines (JSON, SARIF
//! 2.1.0, JUnit XML, GitHub workflow annotations). Renderers format; they compute nothing.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::json;

use super::xml::escape;
use crate::model::{DocumentReport, Evidence, Finding, Report, Severity, Waiver};
use crate::policy::RuleInfo;

/// ANSI styles, or none when the output is not a terminal (or `NO_COLOR` is set).
#[derive(Debug, Clone, Copy)]
pub struct Style {
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

/// Where a piece of evidence stands: "page 3, § 4.1 Chiffrement" or "¶12".
pub fn place(evidence: &Evidence) -> String {
    let mut parts = vec![match evidence.page {
        Some(page) => format!("page {page}"),
        None => format!("paragraph {}", evidence.paragraph),
    }];
    if let Some(section) = &evidence.section {
        parts.push(format!("§ {section}"));
    }
    parts.join(", ")
}

/// The quote with its decisive words marked by `mark`.
fn marked(evidence: &Evidence, mark: impl Fn(&str) -> String) -> String {
    match evidence
        .highlight
        .as_deref()
        .and_then(|h| evidence.quote.find(h).map(|at| (h, at)))
    {
        Some((words, at)) => format!(
            "{}{}{}",
            &evidence.quote[..at],
            mark(words),
            &evidence.quote[at + words.len()..]
        ),
        None => evidence.quote.clone(),
    }
}

fn references(finding: &Finding) -> String {
    let parts: Vec<&str> = finding
        .legal_basis
        .iter()
        .map(|r| r.description.as_str())
        .collect();
    parts.join("; ")
}

/// For people at a terminal: each finding with its place, the quoted sentence with the decisive
/// words highlighted, the legal basis and the fix; a summary line.
pub fn human(report: &Report, style: Style) -> String {
    let mut out = String::new();
    for document in &report.documents {
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
    }
    let summary = &report.summary;
    let verdict = match report.worst() {
        Some(Severity::Error) => style.paint("1;31", "not compliant"),
        Some(Severity::Warning) => style.paint("1;33", "to review"),
        _ if summary.unreadable > 0 => style.paint("1;31", "incomplete"),
        _ => style.paint("1;32", "no sovereignty issue found"),
    };
    let _ = writeln!(
        out,
        "{verdict}: {} document(s), {} error(s), {} warning(s), {} info, {} waived{} — policy {} ({} profile)",
        summary.documents,
        summary.errors,
        summary.warnings,
        summary.infos,
        summary.waived,
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

fn human_finding(
    out: &mut String,
    document: &DocumentReport,
    finding: &Finding,
    style: Style,
    waived: bool,
) {
    let label = if waived {
        style.paint("2", "waived")
    } else {
        style.severity(finding.severity)
    };
    let _ = writeln!(
        out,
        "{label}[{}]: {}",
        style.paint("1", &finding.rule),
        finding.title
    );
    if finding.evidence.is_empty() {
        let _ = writeln!(out, "  --> {}", document.path);
    }
    for evidence in &finding.evidence {
        let _ = writeln!(out, "  --> {}, {}", document.path, place(evidence));
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

/// The stable machine interface: `tenderlint.report/v1`.
pub fn json(report: &Report) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(report)
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// SARIF 2.1.0: one rule descriptor per rule with its help and link, one result per finding
/// with the document as artifact and the evidence as region; waived findings are suppressed.
pub fn sarif(report: &Report, rules: &[RuleInfo]) -> Result<String, serde_json::Error> {
    let rule_index: BTreeMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let descriptors: Vec<serde_json::Value> = rules
        .iter()
        .map(|rule| {
            let references: Vec<String> = rule.legal_basis.iter().map(|r| format!("- [{}]({})", r.description, r.url)).collect();
            json!({
                "id": rule.id,
                "name": rule.id.replace('.', "/"),
                "shortDescription": { "text": rule.title },
                "fullDescription": { "text": rule.description },
                "help": {
                    "text": format!("{}\n\nFix: {}", rule.description, rule.remediation),
                    "markdown": format!("{}\n\n**Fix:** {}\n\n**Legal basis:**\n{}", rule.description, rule.remediation, references.join("\n")),
                },
                "helpUri": rule.legal_basis.first().map(|r| r.url.clone()).unwrap_or_default(),
                "defaultConfiguration": { "level": sarif_level(rule.severity) },
                "properties": {
                    "tags": ["sovereignty", rule.family],
                    "legal_basis": rule.legal_basis,
                },
            })
        })
        .collect();
    let artifacts: Vec<serde_json::Value> = report
        .documents
        .iter()
        .map(|d| {
            let mut artifact = json!({ "location": { "uri": uri(&d.path) } });
            if let Some(sha) = &d.sha256 {
                artifact["hashes"] = json!({ "sha-256": sha });
            }
            artifact
        })
        .collect();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for (index, document) in report.documents.iter().enumerate() {
        for error in &document.errors {
            notifications.push(json!({
                "level": "error",
                "message": { "text": format!("{}: {error}", document.path) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&document.path), "index": index } } }],
            }));
        }
        for finding in document.findings.iter().chain(&document.waived) {
            let locations: Vec<serde_json::Value> = if finding.evidence.is_empty() {
                vec![
                    json!({ "physicalLocation": { "artifactLocation": { "uri": uri(&document.path), "index": index } } }),
                ]
            } else {
                finding
                    .evidence
                    .iter()
                    .map(|e| {
                        json!({
                            "physicalLocation": {
                                "artifactLocation": { "uri": uri(&document.path), "index": index },
                                "region": {
                                    "charOffset": e.start,
                                    "charLength": e.end - e.start,
                                    "snippet": { "text": e.quote },
                                },
                            },
                            "message": { "text": place(e) },
                        })
                    })
                    .collect()
            };
            let mut result = json!({
                "ruleId": finding.rule,
                "level": sarif_level(finding.severity),
                "message": { "text": finding.message },
                "locations": locations,
                "properties": {
                    "title": finding.title,
                    "remediation": finding.remediation,
                    "legal_basis": finding.legal_basis,
                    "pages": finding.evidence.iter().filter_map(|e| e.page).collect::<Vec<_>>(),
                },
            });
            if let Some(i) = rule_index.get(finding.rule.as_str()) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(waiver) = &finding.waiver {
                result["suppressions"] =
                    json!([{ "kind": "external", "justification": waiver.justification }]);
            }
            results.push(result);
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "rules": descriptors,
            }},
            "artifacts": artifacts,
            "results": results,
            "invocations": [{
                "executionSuccessful": report.summary.unreadable == 0,
                "toolExecutionNotifications": notifications,
            }],
            "properties": { "policy_hash": report.policy.hash, "profile": report.policy.profile },
        }],
    });
    serde_json::to_string_pretty(&sarif)
}

/// A path as a relative URI reference.
fn uri(path: &str) -> String {
    path.replace('\\', "/").replace(' ', "%20")
}

/// JUnit XML: a test suite per document, a test case per rule; a case fails when the rule found
/// something at or above `fail_on`.
pub fn junit(report: &Report, rules: &[RuleInfo], fail_on: Option<Severity>) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"tenderlint\">");
    for document in &report.documents {
        let failing =
            |finding: &&Finding| fail_on.is_some_and(|threshold| finding.severity >= threshold);
        let failures = rules
            .iter()
            .filter(|r| {
                document
                    .findings
                    .iter()
                    .filter(failing)
                    .any(|f| f.rule == r.id)
            })
            .count();
        let errors = usize::from(!document.errors.is_empty());
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">",
            escape(&document.path),
            rules.len() + errors
        );
        for error in &document.errors {
            let _ = writeln!(
                out,
                "    <testcase name=\"read\" classname=\"{}\">\n      <error message=\"{}\"/>\n    </testcase>",
                escape(&document.path),
                escape(error)
            );
        }
        for rule in rules {
            let findings: Vec<&Finding> = document
                .findings
                .iter()
                .filter(|f| f.rule == rule.id)
                .collect();
            let _ = write!(
                out,
                "    <testcase name=\"{}\" classname=\"{}\"",
                escape(&rule.id),
                escape(&document.path)
            );
            if findings.is_empty() {
                out.push_str("/>\n");
                continue;
            }
            out.push_str(">\n");
            let details: Vec<String> = findings
                .iter()
                .map(|f| {
                    let places: Vec<String> = f
                        .evidence
                        .iter()
                        .map(|e| format!("{}: {}", place(e), e.quote))
                        .collect();
                    format!("[{}] {}\n{}", f.severity, f.message, places.join("\n"))
                })
                .collect();
            let text = escape(&details.join("\n\n"));
            if findings.iter().any(failing) {
                let _ = writeln!(
                    out,
                    "      <failure message=\"{}\" type=\"{}\">{text}</failure>",
                    escape(&rule.title),
                    findings[0].severity
                );
            } else {
                let _ = writeln!(out, "      <system-out>{text}</system-out>");
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// A memo a lawyer can paste: per document, the verdict, then the findings grouped by severity,
/// each with the quoted sentence, the page, the legal basis and what to change.
pub fn markdown(report: &Report) -> String {
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

/// " (author)" when the waiver names who granted it.
fn by(waiver: &Waiver) -> String {
    waiver
        .author
        .as_deref()
        .map(|a| format!(" ({a})"))
        .unwrap_or_default()
}

/// GitHub Actions workflow commands: one annotation per finding in force.
pub fn github(report: &Report) -> String {
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
                property(&document.path),
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

/// A comparison of two drafts, for people.
pub fn diff_human(diff: &crate::diff::Diff, style: Style) -> String {
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

/// A comparison of two drafts, as a memo.
pub fn diff_markdown(diff: &crate::diff::Diff) -> String {
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

/// A printable HTML page of the report, self-contained (no external asset).
pub fn html(report: &Report) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sovereignty review — tenderlint</title>\n<style>\
body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.6rem}h2{border-bottom:2px solid #1b1b1b;padding-bottom:.2rem;margin-top:2rem}\
.f{border-left:6px solid #888;padding:.4rem 1rem;margin:1rem 0;break-inside:avoid}\
.error{border-color:#b00020}.warning{border-color:#b35c00}.info{border-color:#005a9c}.waived{border-color:#777;opacity:.8}\
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem}blockquote{margin:.5rem 0;padding:.3rem .8rem;background:#f3f3f3}\
mark{background:#ffe08a}.meta{color:#555;font-size:.9rem}code{font-size:.85rem}\
</style></head><body>\n<h1>Sovereignty review</h1>\n",
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">tenderlint {} · policy set <code>{}</code> · profile {} · {} error(s), {} warning(s), {} information, {} waived</p>",
        escape(&report.tool.version),
        escape(&report.policy.hash[..12.min(report.policy.hash.len())]),
        escape(&report.policy.profile),
        report.summary.errors,
        report.summary.warnings,
        report.summary.infos,
        report.summary.waived
    );
    for document in &report.documents {
        let _ = writeln!(out, "<h2>{}</h2>", escape(&document.path));
        for error in &document.errors {
            let _ = writeln!(
                out,
                "<p class=\"f error\"><strong>Could not be checked:</strong> {}</p>",
                escape(error)
            );
        }
        if document.findings.is_empty() && document.errors.is_empty() {
            out.push_str("<p>No sovereignty issue found.</p>\n");
        }
        for finding in &document.findings {
            html_finding(&mut out, finding, finding.severity.name());
        }
        for finding in &document.waived {
            html_finding(&mut out, finding, "waived");
        }
    }
    out.push_str("</body></html>\n");
    out
}

fn html_finding(out: &mut String, finding: &Finding, class: &str) {
    let _ = writeln!(
        out,
        "<section class=\"f {class}\"><p><span class=\"sev\">{class}</span> <strong>{}</strong> <code>{}</code></p><p>{}</p>",
        escape(&finding.title),
        escape(&finding.rule),
        escape(&finding.message)
    );
    for evidence in &finding.evidence {
        let quote = match evidence
            .highlight
            .as_deref()
            .and_then(|h| evidence.quote.find(h).map(|at| (h, at)))
        {
            Some((words, at)) => format!(
                "{}<mark>{}</mark>{}",
                escape(&evidence.quote[..at]),
                escape(words),
                escape(&evidence.quote[at + words.len()..])
            ),
            None => escape(&evidence.quote),
        };
        let _ = writeln!(
            out,
            "<blockquote>{quote}<br><span class=\"meta\">{}</span></blockquote>",
            escape(&place(evidence))
        );
    }
    let links: Vec<String> = finding
        .legal_basis
        .iter()
        .map(|r| {
            format!(
                "<a href=\"{}\">{}</a>",
                escape(&r.url),
                escape(&r.description)
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "<p><strong>Legal basis:</strong> {}</p>",
        links.join("; ")
    );
    let _ = writeln!(
        out,
        "<p><strong>What to change:</strong> {}</p>",
        escape(&finding.remediation)
    );
    if let Some(waiver) = &finding.waiver {
        let _ = writeln!(
            out,
            "<p><strong>Waived:</strong> {}</p>",
            escape(&waiver.justification)
        );
    }
    out.push_str("</section>\n");
}
