//! Runs the Rego unit tests of a policy set: every `test_*` rule of the `*_test.rego` files,
//! each reported with its file and line, and line coverage of the policies.

use regex::Regex;
use serde::Serialize;

use super::{PolicySet, clean};
use crate::patterns::constant;

/// The outcome of one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Passed,
    Failed,
    Error,
}

/// One test and what it gave.
#[derive(Debug, Clone, Serialize)]
pub struct TestResult {
    /// `data.<package>.<rule>`.
    pub name: String,
    pub file: String,
    pub line: usize,
    pub outcome: Outcome,
    /// Why it failed or erred.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub duration_ms: f64,
}

/// Line coverage of one policy file.
#[derive(Debug, Clone, Serialize)]
pub struct FileCoverage {
    pub file: String,
    pub covered: usize,
    pub not_covered: Vec<u32>,
}

/// All tests of a run.
#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    pub tests: Vec<TestResult>,
    /// Per policy file (tests excluded), when coverage was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Vec<FileCoverage>>,
}

impl TestReport {
    pub fn passed(&self) -> usize {
        self.count(Outcome::Passed)
    }

    pub fn failed(&self) -> usize {
        self.count(Outcome::Failed)
    }

    pub fn errors(&self) -> usize {
        self.count(Outcome::Error)
    }

    fn count(&self, outcome: Outcome) -> usize {
        self.tests.iter().filter(|t| t.outcome == outcome).count()
    }

    /// Covered lines over evaluated-or-evaluable lines, in percent.
    pub fn coverage_percent(&self) -> Option<f64> {
        let files = self.coverage.as_ref()?;
        let covered: usize = files.iter().map(|f| f.covered).sum();
        let total: usize = covered + files.iter().map(|f| f.not_covered.len()).sum::<usize>();
        Some(if total == 0 {
            100.0
        } else {
            covered as f64 * 100.0 / total as f64
        })
    }
}

/// A test rule found in a test file.
#[derive(Debug, Clone)]
struct TestCase {
    name: String,
    file: String,
    line: usize,
}

static TEST_RULE: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"^(test_[A-Za-z0-9_]+)\b"));

fn discover(set: &PolicySet) -> Vec<TestCase> {
    let mut cases = Vec::new();
    for file in set.rego_files().filter(|f| f.is_test()) {
        let Some(package) = super::metadata::package_of(&file.text) else {
            continue;
        };
        for (index, line) in file.text.lines().enumerate() {
            if let Some(captures) = TEST_RULE.captures(line) {
                let name = format!("data.{package}.{}", &captures[1]);
                // A test written as several rules with the same name is one test.
                if !cases.iter().any(|c: &TestCase| c.name == name) {
                    cases.push(TestCase {
                        name,
                        file: file.path.clone(),
                        line: index + 1,
                    });
                }
            }
        }
    }
    cases
}

/// Runs the tests whose name matches `filter`, with line coverage when asked.
pub fn run(set: &PolicySet, filter: Option<&Regex>, coverage: bool) -> TestReport {
    let mut engine = set.engine.clone();
    engine.set_enable_coverage(coverage);
    let mut tests = Vec::new();
    for case in discover(set) {
        if filter.is_some_and(|f| !f.is_match(&case.name)) {
            continue;
        }
        let start = std::time::Instant::now();
        let (outcome, message) = match engine.eval_rule(case.name.clone()) {
            Ok(regorus::Value::Bool(true)) => (Outcome::Passed, None),
            Ok(regorus::Value::Undefined) => (
                Outcome::Failed,
                Some("undefined: a condition of the test did not hold".to_string()),
            ),
            Ok(other) => (Outcome::Failed, Some(format!("returned {other}"))),
            Err(error) => (Outcome::Error, Some(clean(&error.to_string()))),
        };
        tests.push(TestResult {
            name: case.name,
            file: case.file,
            line: case.line,
            outcome,
            message,
            duration_ms: start.elapsed().as_secs_f64() * 1e3,
        });
    }
    let coverage = coverage.then(|| {
        engine
            .get_coverage_report()
            .map(|report| {
                report
                    .files
                    .into_iter()
                    .filter(|f| !f.path.ends_with("_test.rego"))
                    .map(|f| FileCoverage {
                        file: f.path,
                        covered: f.covered.len(),
                        not_covered: f.not_covered.into_iter().collect(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    TestReport { tests, coverage }
}
