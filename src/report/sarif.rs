//! SARIF 2.1.0, for code-scanning tools: one rule descriptor per rule with its help and link,
//! one result per finding with the document as artifact and the evidence as region; waived
//! findings are suppressed externally, excepted ones in source (the tender states the
//! justification); expired and stale waivers are notifications on their waivers file; the
//! scorecard in the properties of the document's artifact.

use std::collections::BTreeMap;

use serde_json::json;

use super::evidence::{approval, place, waiver_notes};
use super::labels::Labels;
use crate::model::{Report, RuleInfo, Severity};

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The rule's examples for its help, one line per language; wording `tenderlint test` checked.
fn examples_markdown(rule: &RuleInfo) -> String {
    let lines: Vec<String> = rule
        .examples
        .iter()
        .map(|e| {
            let profile = e
                .profile
                .as_deref()
                .map(|p| format!(" (profile {p})"))
                .unwrap_or_default();
            format!(
                "- {}{profile}: fails on \"{}\"; passes with \"{}\"",
                e.lang,
                e.fail.display(),
                e.pass.display()
            )
        })
        .collect();
    if lines.is_empty() {
        String::new()
    } else {
        format!("\n\n**Examples:**\n{}", lines.join("\n"))
    }
}

/// The SARIF log of a report.
pub(super) fn sarif(report: &Report, rules: &[RuleInfo]) -> Result<String, serde_json::Error> {
    let compared_with_baseline = report.summary.known > 0;
    let rule_index: BTreeMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let descriptors: Vec<serde_json::Value> = rules
        .iter()
        .map(|rule| {
            let references: Vec<String> = rule.legal_basis.iter().map(|r| format!("- [{}]({}) ({}, {})", r.description, r.url, r.jurisdiction, Labels::of(crate::policy::DEFAULT_LANGUAGE).force(r.legal_force))).collect();
            json!({
                "id": rule.id,
                "name": rule.id.replace('.', "/"),
                "shortDescription": { "text": rule.title },
                "fullDescription": { "text": rule.description },
                "help": {
                    "text": format!("{}\n\nFix: {}", rule.description, rule.remediation),
                    "markdown": format!("{}\n\n**Fix:** {}{}\n\n**Legal basis:**\n{}", rule.description, rule.remediation, examples_markdown(rule), references.join("\n")),
                },
                "helpUri": rule.legal_basis.first().map(|r| r.url.clone()).unwrap_or_default(),
                "defaultConfiguration": { "level": sarif_level(rule.severity) },
                "properties": {
                    "tags": ["sovereignty", rule.family],
                    "version": rule.version,
                    "legal_basis": rule.legal_basis,
                },
            })
        })
        .collect();
    // One artifact per document or package, then the documents of each package, nested in it:
    // a finding's location points at the document it quotes.
    let mut artifacts = Vec::new();
    let mut package_index = Vec::new();
    let mut member_index: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &report.documents {
        let index = artifacts.len();
        package_index.push(index);
        let mut artifact = json!({ "location": { "uri": uri(&d.path) } });
        if let Some(sha) = &d.sha256 {
            artifact["hashes"] = json!({ "sha-256": sha });
        }
        // The scorecard rates the document or package as a whole: no result, a property of
        // its artifact.
        if let Some(scorecard) = &d.scorecard {
            artifact["properties"] = json!({ "scorecard": scorecard });
        }
        artifacts.push(artifact);
        for member in &d.members {
            member_index.insert(member.name.as_str(), artifacts.len());
            artifacts.push(json!({
                "location": { "uri": uri(&member.name) },
                "parentIndex": index,
                "hashes": { "sha-256": member.sha256 },
            }));
        }
    }
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for (document, &index) in report.documents.iter().zip(&package_index) {
        let l = Labels::of(document.report_language.as_deref().unwrap_or_default());
        for error in &document.errors {
            notifications.push(json!({
                "level": "error",
                "message": { "text": format!("{}: {error}", document.path) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&document.path), "index": index } } }],
            }));
        }
        for note in waiver_notes(document, l) {
            notifications.push(json!({
                "level": "warning",
                "message": { "text": format!("{}: {}", document.path, note.text) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&note.waiver.file) } } }],
            }));
        }
        for finding in document
            .findings
            .iter()
            .chain(&document.waived)
            .chain(&document.excepted)
        {
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
                                "artifactLocation": {
                                    "uri": uri(&e.document),
                                    "index": member_index.get(e.document.as_str()).copied().unwrap_or(index),
                                },
                                "region": {
                                    "charOffset": e.start,
                                    "charLength": e.end - e.start,
                                    "snippet": { "text": e.quote },
                                },
                            },
                            "message": { "text": place(e, l) },
                        })
                    })
                    .collect()
            };
            let mut result = json!({
                "ruleId": finding.rule,
                "level": sarif_level(finding.severity),
                "message": { "text": finding.message },
                "locations": locations,
                // Code-scanning tools match results across runs by it.
                "partialFingerprints": { "tenderlintFinding/v1": finding.fingerprint },
                "properties": {
                    "title": finding.title,
                    "rule_version": finding.rule_version,
                    "remediation": finding.remediation,
                    "clause": finding.clause,
                    "legal_basis": finding.legal_basis,
                    "pages": finding.evidence.iter().filter_map(|e| e.page).collect::<Vec<_>>(),
                },
            });
            if let Some(i) = rule_index.get(finding.rule.as_str()) {
                result["ruleIndex"] = json!(i);
            }
            // Compared with a baseline (some finding is known from it): what it held is
            // unchanged, the rest is new.
            if compared_with_baseline {
                result["baselineState"] = json!(if finding.known { "unchanged" } else { "new" });
            }
            if let Some(waiver) = &finding.waiver {
                result["suppressions"] = json!([{
                    "kind": "external",
                    "status": "accepted",
                    "justification": format!("{} ({})", waiver.justification, approval(waiver, l)),
                    "properties": { "waiver": waiver },
                }]);
            }
            if let Some(exception) = &finding.exception {
                result["suppressions"] = json!([{
                    "kind": "inSource",
                    "status": "accepted",
                    "justification": exception.reason,
                    "properties": { "evidence": exception.evidence },
                }]);
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
