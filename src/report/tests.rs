//! Renders the results of `tenderlint test`: text for people, JSON and JUnit XML for CI.

use std::fmt::Write;

use super::xml::escape;
use crate::policy::testing::{Outcome, TestReport};

pub fn to_text(report: &TestReport) -> String {
    let mut out = String::new();
    for test in &report.tests {
        let mark = match test.outcome {
            Outcome::Passed => "PASS",
            Outcome::Failed => "FAIL",
            Outcome::Error => "ERROR",
        };
        let _ = write!(out, "{mark:<5} {} ({}:{})", test.name, test.file, test.line);
        if let Some(message) = &test.message {
            let _ = write!(out, "\n      {message}");
        }
        out.push('\n');
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
        "\n{} passed, {} failed, {} errors",
        report.passed(),
        report.failed(),
        report.errors()
    );
    out
}

pub fn to_json(report: &TestReport) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(report)
}

/// One test suite per policy test file, one test case per test rule.
pub fn to_junit(report: &TestReport) -> String {
    let mut files: Vec<&str> = report.tests.iter().map(|t| t.file.as_str()).collect();
    files.dedup();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"tenderlint policy tests\" tests=\"{}\" failures=\"{}\" errors=\"{}\">",
        report.tests.len(),
        report.failed(),
        report.errors()
    );
    for file in files {
        let tests: Vec<_> = report.tests.iter().filter(|t| t.file == file).collect();
        let failures = tests
            .iter()
            .filter(|t| t.outcome == Outcome::Failed)
            .count();
        let errors = tests.iter().filter(|t| t.outcome == Outcome::Error).count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">",
            escape(file),
            tests.len()
        );
        for test in tests {
            let _ = write!(
                out,
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\" time=\"{:.3}\"",
                escape(&test.name),
                escape(file),
                escape(file),
                test.line,
                test.duration_ms / 1e3
            );
            let message = escape(test.message.as_deref().unwrap_or_default());
            match test.outcome {
                Outcome::Passed => out.push_str("/>\n"),
                Outcome::Failed => {
                    let _ = writeln!(
                        out,
                        ">\n      <failure message=\"{message}\"/>\n    </testcase>"
                    );
                }
                Outcome::Error => {
                    let _ = writeln!(
                        out,
                        ">\n      <error message=\"{message}\"/>\n    </testcase>"
                    );
                }
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
