//! The outcome of a policy set's Rego unit tests, with line coverage.

use serde::Serialize;

/// The outcome of one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The test rule was true.
    Passed,
    /// The test rule was false or undefined: a condition did not hold.
    Failed,
    /// Evaluating the test raised an error.
    Error,
}

/// One test and what it gave.
#[derive(Debug, Clone, Serialize)]
pub struct TestResult {
    /// `data.<package>.<rule>`.
    pub name: String,
    /// The test file, relative to the policy directory.
    pub file: String,
    /// 1-based line of the test rule's first definition.
    pub line: usize,
    /// Whether it passed, failed or erred.
    pub outcome: Outcome,
    /// Why it failed or erred.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// How long the test took to evaluate, in milliseconds.
    pub duration_ms: f64,
}

/// Line coverage of one policy file.
#[derive(Debug, Clone, Serialize)]
pub struct FileCoverage {
    /// The policy file, relative to the policy directory.
    pub file: String,
    /// How many lines were evaluated.
    pub covered: usize,
    /// 1-based lines that could have been evaluated and were not, in ascending order.
    pub not_covered: Vec<u32>,
}

/// All tests of a run.
#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    /// Every test run, in discovery order.
    pub tests: Vec<TestResult>,
    /// Per policy file (tests excluded), when coverage was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Vec<FileCoverage>>,
}

impl TestReport {
    /// How many tests passed.
    pub fn passed(&self) -> usize {
        self.count(Outcome::Passed)
    }

    /// How many tests failed.
    pub fn failed(&self) -> usize {
        self.count(Outcome::Failed)
    }

    /// How many tests could not run.
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
