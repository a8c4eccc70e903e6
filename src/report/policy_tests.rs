//! The results of `tenderlint test` for people (text) and tools (JSON); JUnit is in `junit`.
//! Examples are reported like Rego tests, and counted with them.

use std::fmt::Write;

use crate::model::{Outcome, TestReport};

fn mark(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Passed => "PASS",
        Outcome::Failed => "FAIL",
        Outcome::Error => "ERROR",
    }
}

/// A line per test and per example wording, coverage per file, and the counts.
pub fn to_text(report: &TestReport) -> String {
    let mut out = String::new();
    let mut line = |outcome: Outcome, what: &str, file: &str, at: usize, message: Option<&str>| {
        let _ = write!(out, "{:<5} {what} ({file}:{at})", mark(outcome));
        if let Some(message) = message {
            for part in message.lines() {
                let _ = write!(out, "\n      {part}");
            }
        }
        out.push('\n');
    };
    for test in &report.tests {
        let message = test.message.as_deref();
        line(test.outcome, &test.name, &test.file, test.line, message);
    }
    for example in &report.examples {
        let what = format!(
            "example {} [{}, profile {}] {} wording",
            example.rule,
            example.lang,
            example.profile,
            example.wording.name()
        );
        let message = example.message.as_deref();
        line(example.outcome, &what, &example.file, example.line, message);
    }
    for gap in &report.catalogue_gaps {
        let _ = writeln!(out, "{:<5} catalogue: {gap}", mark(Outcome::Failed));
    }
    if !report.rules_without_examples.is_empty() {
        let _ = writeln!(
            out,
            "\nrules without examples: {}",
            report.rules_without_examples.join(", ")
        );
    }
    if let Some(files) = &report.coverage {
        out.push_str("\ncoverage:\n");
        for file in files {
            let total = file.covered + file.not_covered.len();
            let percent = if total == 0 {
                100.0
            } else {
                file.covered as f64 * 100.0 / total as f64
            };
            let _ = write!(out, "  {percent:>5.1}%  {}", file.file);
            if !file.not_covered.is_empty() {
                let lines: Vec<String> = file.not_covered.iter().map(u32::to_string).collect();
                let _ = write!(out, "  (not covered: lines {})", lines.join(", "));
            }
            out.push('\n');
        }
        if let Some(percent) = report.coverage_percent() {
            let _ = writeln!(out, "  {percent:>5.1}%  total");
        }
    }
    let _ = writeln!(
        out,
        "\n{} passed, {} failed, {} errors ({} tests, {} example wordings)",
        report.passed(),
        report.failed(),
        report.errors(),
        report.tests.len(),
        report.examples.len()
    );
    out
}

/// The JSON of a test run.
pub fn to_json(report: &TestReport) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(report)
}
