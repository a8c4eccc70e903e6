//! Runs the Rego unit tests of a policy set: every `test_*` rule of the `*_test.rego` files,
//! each reported with its file and line, and line coverage of the policies.

use super::PolicySet;
use super::load::clean;
use crate::model::{FileCoverage, Outcome, TestReport, TestResult};
use crate::patterns::constant;
use regex::Regex;

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

/// Runs the tests whose name matches `filter`, with line coverage when asked; the examples are
/// run by the pipeline (`pipeline::test_policies`), which owns reading text.
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
    TestReport {
        catalogue_gaps: Vec::new(),
        tests,
        examples: Vec::new(),
        rules_without_examples: Vec::new(),
        coverage,
    }
}
