//! A printable HTML page of the report, self-contained (no external asset), written with an
//! auto-escaping template so no text from a tender can become markup.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::evidence::{highlighted, located, members};
use crate::model::{DocumentReport, Finding, Report};

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.6rem}h2{border-bottom:2px solid #1b1b1b;padding-bottom:.2rem;margin-top:2rem}\
.f{border-left:6px solid #888;padding:.4rem 1rem;margin:1rem 0;break-inside:avoid}\
.error{border-color:#b00020}.warning{border-color:#b35c00}.info{border-color:#005a9c}.waived{border-color:#777;opacity:.8}\
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem}blockquote{margin:.5rem 0;padding:.3rem .8rem;background:#f3f3f3}\
mark{background:#ffe08a}.meta{color:#555;font-size:.9rem}code{font-size:.85rem}";

/// The page.
pub(super) fn html(report: &Report) -> String {
    let hash = &report.policy.hash[..12.min(report.policy.hash.len())];
    let summary = &report.summary;
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "Sovereignty review — tenderlint" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "Sovereignty review" }
                p.meta {
                    "tenderlint " (report.tool.version) " · policy set " code { (hash) }
                    " · profile " (report.policy.profile) " · "
                    (summary.errors) " error(s), " (summary.warnings) " warning(s), "
                    (summary.infos) " information, " (summary.waived) " waived"
                }
                @for document in &report.documents {
                    h2 { (document.path) }
                    @if !document.members.is_empty() {
                        p { "Documents of the consultation file, judged together:" }
                        ul { @for member in members(document) { li { (member) } } }
                    }
                    @for error in &document.errors {
                        p.f.error { strong { "Could not be checked:" } " " (error) }
                    }
                    @if document.findings.is_empty() && document.errors.is_empty() {
                        p { "No sovereignty issue found." }
                    }
                    @for finding in &document.findings {
                        (finding_section(document, finding, finding.severity.name()))
                    }
                    @for finding in &document.waived {
                        (finding_section(document, finding, "waived"))
                    }
                }
            }
        }
    };
    page.into_string() + "\n"
}

fn finding_section(document: &DocumentReport, finding: &Finding, class: &str) -> Markup {
    html! {
        section class={ "f " (class) } {
            p { span.sev { (class) } " " strong { (finding.title) } " " code { (finding.rule) " v" (finding.rule_version) } }
            p { (finding.message) }
            @for evidence in &finding.evidence {
                @let (before, words, after) = highlighted(evidence);
                blockquote {
                    (before)
                    @if !words.is_empty() { mark { (words) } }
                    (after)
                    br;
                    span.meta { (located(document, evidence)) }
                }
            }
            p {
                strong { "Legal basis:" } " "
                @for (index, reference) in finding.legal_basis.iter().enumerate() {
                    @if index > 0 { "; " }
                    a href=(reference.url) { (reference.description) }
                    " (" (reference.jurisdiction) ", " (reference.legal_force.label()) ")"
                }
            }
            p { strong { "What to change:" } " " (finding.remediation) }
            @if let Some(waiver) = &finding.waiver {
                p { strong { "Waived:" } " " (waiver.justification) }
            }
        }
    }
}
