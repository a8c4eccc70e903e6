//! Renders the rules of a policy set: a list for `tenderlint rules`, a page for `explain`.

use std::fmt::Write;

use std::collections::BTreeMap;

use super::evidence::cited;
use super::labels::Labels;
use crate::model::RuleInfo;
use crate::policy::DEFAULT_LANGUAGE;

/// The rules for `tenderlint rules`: grouped by family, a line each with id, severity (in the
/// default profile) and title, then a line per legal reference.
pub fn list_text(rules: &[RuleInfo]) -> String {
    let mut out = String::new();
    for (family, rules) in by_family(rules) {
        let _ = writeln!(out, "{family}");
        for rule in rules {
            let _ = writeln!(
                out,
                "  {:<48} {:<8} {}",
                rule.id,
                rule.severity.name(),
                rule.title
            );
            for reference in &rule.legal_basis {
                let _ = writeln!(
                    out,
                    "  {:<48} {:<8}   · {}",
                    "",
                    "",
                    cited(reference, Labels::of(DEFAULT_LANGUAGE))
                );
            }
        }
    }
    out
}

/// The rules for `tenderlint rules --format json`: each rule's METADATA and place, as a
/// pretty-printed JSON array.
pub fn list_json(rules: &[RuleInfo]) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(rules)
}

/// A rule's page, as ruff documents its rules: what it does, why it matters, examples,
/// references, and how to fix a tender.
pub fn explain(rule: &RuleInfo) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", rule.id, rule.title);
    let _ = writeln!(
        out,
        "severity: {} (default profile) · version {}{} · defined in {}:{}\n",
        rule.severity.name(),
        rule.version,
        in_force(rule),
        rule.file,
        rule.line
    );
    let _ = writeln!(
        out,
        "What it checks and why it matters\n  {}\n",
        wrap(&rule.description, 2)
    );
    if !rule.examples.is_empty() {
        let _ = writeln!(
            out,
            "Examples (each run through the pipeline by `tenderlint test`)"
        );
        for example in &rule.examples {
            let profile = example
                .profile
                .as_deref()
                .map(|p| format!(", profile {p}"))
                .unwrap_or_default();
            let lang = &example.lang;
            let fail = wrap(&example.fail.display(), 4);
            let pass = wrap(&example.pass.display(), 4);
            let _ = writeln!(out, "  {lang}{profile}, fails on\n    {fail}");
            let _ = writeln!(out, "  {lang}{profile}, passes with\n    {pass}");
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "How to fix the tender\n  {}\n",
        wrap(&rule.remediation, 2)
    );
    let _ = writeln!(
        out,
        "References (a profile cites those of its jurisdictions, and the foreign law at issue)"
    );
    for reference in &rule.legal_basis {
        let _ = writeln!(
            out,
            "  - [{}, {}] {} <{}>",
            reference.jurisdiction,
            Labels::of(DEFAULT_LANGUAGE).force(reference.legal_force),
            reference.description,
            reference.url
        );
    }
    out
}

/// " · in force from 2025-09-12 until 2027-01-11", or nothing for a rule without dates.
fn in_force(rule: &RuleInfo) -> String {
    match (&rule.effective_from, &rule.effective_until) {
        (None, None) => String::new(),
        (Some(from), None) => format!(" · in force from {from}"),
        (None, Some(until)) => format!(" · in force until {until}"),
        (Some(from), Some(until)) => format!(" · in force from {from} until {until}"),
    }
}

/// Wraps text at 96 columns, indenting continuation lines.
fn wrap(text: &str, indent: usize) -> String {
    let mut out = String::new();
    let mut width = 0;
    for word in text.split_whitespace() {
        if width > 0 && width + word.chars().count() + 1 > 96 - indent {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            width = 0;
        } else if width > 0 {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += word.chars().count();
    }
    out
}

/// Groups rules by family, in a stable order.
pub fn by_family(rules: &[RuleInfo]) -> BTreeMap<&str, Vec<&RuleInfo>> {
    let mut families: BTreeMap<&str, Vec<&RuleInfo>> = BTreeMap::new();
    for rule in rules {
        families.entry(rule.family.as_str()).or_default().push(rule);
    }
    families
}
