//! The results of `tenderlint test` for people (text) and tools (JSON); JUnit is in `junit`.

use std::fmt::Write;

use crate::model::{Outcome, TestReport};

/// One line per test, coverage per file, and the counts.
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

/// The JSON of a test run.
pub fn to_json(report: &TestReport) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(report)
}
