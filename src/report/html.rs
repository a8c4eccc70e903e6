//! A printable HTML page of the report, self-contained (no external asset), written with an
//! auto-escaping template so no text from a tender can become markup.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::evidence::{approval, counts, highlighted, located, members, waiver_name, waiver_notes};
use super::labels::{Labels, fill, quoted};
use super::scorecard;
use crate::model::{DocumentReport, Finding, Report, Scorecard};

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
h1{font-size:1.6rem}h2{border-bottom:2px solid #1b1b1b;padding-bottom:.2rem;margin-top:2rem}\
.f{border-left:6px solid #888;padding:.4rem 1rem;margin:1rem 0;break-inside:avoid}\
.error{border-color:#b00020}.warning{border-color:#b35c00}.info{border-color:#005a9c}.waived,.excepted{border-color:#777;opacity:.8}\
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem}blockquote{margin:.5rem 0;padding:.3rem .8rem;background:#f3f3f3}\
mark{background:#ffe08a}.meta{color:#555;font-size:.9rem}code{font-size:.85rem}\
table.sc{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}.sc th,.sc td{border-bottom:1px solid #ccc;padding:.3rem .4rem;text-align:left;vertical-align:top}\
.bar{display:inline-flex;gap:2px;margin-right:.4rem;vertical-align:middle}.bar i{display:inline-block;width:.9rem;height:.7rem;border:1px solid #555;background:#fff}\
.bar i.in{background:#1e6b34}.contra{color:#b00020;font-weight:700}.sc ul{margin:0;padding-left:1.1rem}.sc blockquote{font-size:.85rem}";

/// The page.
pub(super) fn html(report: &Report) -> String {
    let hash = &report.policy.hash[..12.min(report.policy.hash.len())];
    let summary = &report.summary;
    let labels = super::labels_of(report);
    let lang = super::language_of(report);
    let judged_by = fill(
        labels.judged_by,
        &[
            ("hash", &hash),
            ("profile", &report.policy.profile),
            ("as_of", &report.policy.as_of),
            ("version", &report.tool.version),
        ],
    );
    let counts = counts(
        labels,
        [
            summary.errors,
            summary.warnings,
            summary.infos,
            summary.waived,
            summary.excepted,
        ],
    );
    let page = html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                title { (labels.title) " — tenderlint" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { (labels.title) }
                p.meta {
                    (judged_by) " · " (counts)
                    @if summary.expired_waivers + summary.stale_waivers > 0 {
                        (fill(labels.waiver_counts, &[("expired", &summary.expired_waivers), ("stale", &summary.stale_waivers)]))
                    }
                }
                @for document in &report.documents {
                    @let l = Labels::of(document.report_language.as_deref().unwrap_or_default());
                    h2 { (document.path) }
                    @if !document.members.is_empty() {
                        p { (l.documents_judged_together) }
                        ul { @for member in members(document, l) { li { (member) } } }
                    }
                    @for error in &document.errors {
                        p.f.error { strong { (l.head(l.could_not_check).trim_end()) } " " (error) }
                    }
                    @if document.findings.is_empty() && document.errors.is_empty() {
                        p { (l.no_issue) }
                    }
                    @for note in waiver_notes(document, l) {
                        p.f.warning { strong { (l.head(note.title).trim_end()) } " " (note.text) }
                    }
                    @for finding in &document.findings {
                        (finding_section(document, finding, finding.severity.name(), l))
                    }
                    @for finding in &document.waived {
                        (finding_section(document, finding, "waived", l))
                    }
                    @for finding in &document.excepted {
                        (finding_section(document, finding, "excepted", l))
                    }
                    @if let Some(card) = &document.scorecard {
                        (scorecard_section(document, card, l))
                    }
                }
            }
        }
    };
    page.into_string() + "\n"
}

/// The scorecard as a table: per objective its weight, its range drawn as five cells (one per
/// SEAL level, filled where the tender allows it) and in words, the reasons and the quotes.
fn scorecard_section(document: &DocumentReport, card: &Scorecard, l: &Labels) -> Markup {
    let framework = format!(
        "{}, {} {}",
        card.framework.publisher, card.framework.name, card.framework.version
    );
    html! {
        section {
            h3 { (scorecard::title(card, l)) }
            p.meta {
                (l.scorecard_explanation) " " (l.framework) ": "
                a href=(card.framework.url) { (framework) }
                ", " (fill(l.mapping_as_of, &[("as_of", &card.framework.as_of)])) "."
            }
            table.sc {
                thead { tr { th { (l.objective) } th { (l.weight) } th { (l.seal_range) } th { (l.why) } } }
                tbody {
                    @for objective in &card.objectives {
                        tr {
                            td { strong { (objective.id) } " " (scorecard::name(objective, l)) }
                            td { (scorecard::weight(objective)) }
                            td {
                                @if let Some(cells) = scorecard::cells(objective, "in", "out") {
                                    span.bar aria-hidden="true" { @for class in cells { i class=(class) {} } }
                                }
                                @if objective.is_contradictory() {
                                    span.contra { (scorecard::range(objective, l)) }
                                } @else {
                                    (scorecard::range(objective, l))
                                }
                            }
                            td {
                                ul { @for reason in &objective.reasons { li { (reason) } } }
                                @for evidence in &objective.evidence {
                                    blockquote { (evidence.quote) br; span.meta { (located(document, evidence, l)) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn finding_section(
    document: &DocumentReport,
    finding: &Finding,
    class: &str,
    l: &Labels,
) -> Markup {
    let severity = match class {
        "waived" => l.waived,
        "excepted" => l.excepted,
        _ => l.severity(finding.severity),
    };
    html! {
        section class={ "f " (class) } {
            p { span.sev { (severity) } " " strong { (finding.title) } " " code { (finding.rule) " v" (finding.rule_version) } }
            p { (finding.message) }
            @for evidence in &finding.evidence {
                @let (before, words, after) = highlighted(evidence);
                blockquote {
                    (before)
                    @if !words.is_empty() { mark { (words) } }
                    (after)
                    br;
                    span.meta { (located(document, evidence, l)) }
                }
            }
            p {
                strong { (l.head(l.legal_basis).trim_end()) } " "
                @for (index, reference) in finding.legal_basis.iter().enumerate() {
                    @if index > 0 { (l.semicolon) }
                    a href=(reference.url) { (reference.description) }
                    " (" (reference.jurisdiction) ", " (l.force(reference.legal_force)) ")"
                }
            }
            p { strong { (l.head(l.fix).trim_end()) } " " (finding.remediation) }
            @if let Some(clause) = &finding.clause {
                p { strong { (l.head(l.clause).trim_end()) } " " span lang=(clause.lang) { (quoted(&clause.lang, &clause.text)) } }
            }
            @if let Some(waiver) = &finding.waiver {
                p { strong { (l.head(l.waived).trim_end()) } " " (waiver.justification) br; span.meta { (approval(waiver, l)) " (" (waiver_name(waiver, l)) ")" } }
            }
            @if let Some(exception) = &finding.exception {
                p { strong { (l.head(l.excepted).trim_end()) } " " (exception.reason) }
                @for evidence in &exception.evidence {
                    blockquote { (evidence.quote) br; span.meta { (located(document, evidence, l)) } }
                }
            }
        }
    }
}
