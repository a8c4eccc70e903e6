//! The outcome of a policy set's tests: its Rego unit tests, with line coverage, and its rules'
//! METADATA examples run through the whole pipeline.

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

/// Which wording of an example was run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Wording {
    /// The failing wording: the rule must find fault with it.
    Fail,
    /// The passing wording: the rule must accept it.
    Pass,
}

impl Wording {
    /// `fail` or `pass`, as in the METADATA.
    pub fn name(self) -> &'static str {
        match self {
            Wording::Fail => "fail",
            Wording::Pass => "pass",
        }
    }
}

/// One wording of a rule's example, checked as `check` would check it, and what it gave.
#[derive(Debug, Clone, Serialize)]
pub struct ExampleResult {
    /// `examples.<rule>.<lang>.<fail|pass>`, what `--run` matches.
    pub name: String,
    /// The rule the example documents.
    pub rule: String,
    /// The language of the wording.
    pub lang: String,
    /// The profile it was judged under.
    pub profile: String,
    /// Whether the wording is the failing or the passing one.
    pub wording: Wording,
    /// The policy file of the rule, relative to the policy directory.
    pub file: String,
    /// 1-based line of the rule head the METADATA annotates.
    pub line: usize,
    /// Passed when the failing wording gave a finding of the rule and the passing one none.
    pub outcome: Outcome,
    /// What happened instead, with a summary of the facts read; why the wording could not be
    /// checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// All tests of a run.
#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    /// Every Rego test run, in discovery order.
    pub tests: Vec<TestResult>,
    /// Every example wording run, in rule order, then example order, failing before passing.
    pub examples: Vec<ExampleResult>,
    /// The rules whose METADATA gives no example (among those `--run` selected).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rules_without_examples: Vec<String>,
    /// What the message catalogues lack: a rule's title or remediation, a reference or law in
    /// a language, a message missing or read with other arguments than the English one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub catalogue_gaps: Vec<String>,
    /// Per policy file (tests excluded), when coverage was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Vec<FileCoverage>>,
}

impl TestReport {
    /// How many tests and examples passed.
    pub fn passed(&self) -> usize {
        self.count(Outcome::Passed)
    }

    /// How many tests and examples failed, each gap of the catalogues counted as a failure.
    pub fn failed(&self) -> usize {
        self.count(Outcome::Failed) + self.catalogue_gaps.len()
    }

    /// How many tests and examples could not run.
    pub fn errors(&self) -> usize {
        self.count(Outcome::Error)
    }

    /// Whether the run holds no Rego test and no example.
    pub fn is_empty(&self) -> bool {
        self.tests.is_empty() && self.examples.is_empty()
    }

    fn count(&self, outcome: Outcome) -> usize {
        let tests = self.tests.iter().filter(|t| t.outcome == outcome).count();
        let examples = self
            .examples
            .iter()
            .filter(|e| e.outcome == outcome)
            .count();
        tests + examples
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
