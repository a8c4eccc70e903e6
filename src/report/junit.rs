//! JUnit XML, for CI systems that show test results: for a check, a test suite per document and
//! a test case per rule (waived and excepted findings in its output, never failing it), a case
//! for the waivers to review, and the scorecard as the suite's properties; for the policy pack's own
//! tests, a suite per test file.

use std::time::Duration;

use quick_junit::{NonSuccessKind, Property, Report as JUnit, TestCase, TestCaseStatus, TestSuite};

use super::RenderError;
use super::evidence::{located, waiver_notes};
use super::labels::Labels;
use super::scorecard;
use crate::model::{Finding, Outcome, Report, RuleInfo, Severity, TestReport};

/// A check: a case fails when its rule found something new (not in the baseline) at or above
/// `fail_on`; findings below the threshold, or known, are the case's standard output.
pub(super) fn check(
    report: &Report,
    rules: &[RuleInfo],
    fail_on: Option<Severity>,
) -> Result<String, RenderError> {
    let failing = |finding: &&Finding| {
        !finding.known && fail_on.is_some_and(|threshold| finding.severity >= threshold)
    };
    let mut junit = JUnit::new("tenderlint");
    for document in &report.documents {
        let l = Labels::of(document.report_language.as_deref().unwrap_or_default());
        let mut suite = TestSuite::new(document.path.as_str());
        // Which rules judged, so that a CI run stays auditable across policy versions.
        for (name, value) in [
            ("policy.hash", report.policy.hash.as_str()),
            ("policy.profile", report.policy.profile.as_str()),
            ("policy.as_of", report.policy.as_of.as_str()),
        ] {
            suite.add_property(Property::new(name, value));
        }
        // The scorecard is no test: one property per objective, its range in words.
        for objective in document.scorecard.iter().flat_map(|s| &s.objectives) {
            suite.add_property(Property::new(
                format!("scorecard.{}", objective.id),
                scorecard::range(objective, l),
            ));
        }
        for error in &document.errors {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
            status.set_message(error.as_str());
            let mut case = TestCase::new("read", status);
            case.set_classname(document.path.as_str());
            suite.add_test_case(case);
        }
        for rule in rules {
            let findings: Vec<&Finding> = document
                .findings
                .iter()
                .filter(|f| f.rule == rule.id)
                .collect();
            let accepted = document
                .waived
                .iter()
                .chain(&document.excepted)
                .filter(|f| f.rule == rule.id);
            let details: Vec<String> = findings
                .iter()
                .copied()
                .chain(accepted.clone())
                .map(|f| {
                    let places: Vec<String> = f
                        .evidence
                        .iter()
                        .map(|e| format!("{}: {}", located(document, e, l), e.quote))
                        .collect();
                    let label = match (&f.waiver, &f.exception) {
                        (Some(waiver), _) => {
                            format!("{}{}", l.head(l.waived), waiver.justification)
                        }
                        (None, Some(exception)) => {
                            format!("{}{}", l.head(l.excepted), exception.reason)
                        }
                        (None, None) => f.severity.to_string(),
                    };
                    format!("[{label}] {}\n{}", f.message, places.join("\n"))
                })
                .collect();
            let text = details.join("\n\n");
            let mut case = match findings.first() {
                Some(first) if findings.iter().any(failing) => {
                    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    status
                        .set_message(rule.title.as_str())
                        .set_type(first.severity.name())
                        .set_description(text);
                    TestCase::new(rule.id.as_str(), status)
                }
                Some(_) => {
                    let mut case = TestCase::new(rule.id.as_str(), TestCaseStatus::success());
                    case.set_system_out(text);
                    case
                }
                None => {
                    let mut case = TestCase::new(rule.id.as_str(), TestCaseStatus::success());
                    if !text.is_empty() {
                        case.set_system_out(text);
                    }
                    case
                }
            };
            case.set_classname(document.path.as_str());
            suite.add_test_case(case);
        }
        // Expired and stale waivers fail nothing themselves (an expired waiver's finding fails
        // its rule's case): they are said in a case of their own.
        let notes = waiver_notes(document, l);
        if !notes.is_empty() {
            let mut case = TestCase::new("waivers", TestCaseStatus::success());
            case.set_classname(document.path.as_str()).set_system_out(
                notes
                    .iter()
                    .map(|note| note.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    Ok(junit.to_string()?)
}

/// The policy pack's tests: a suite per Rego test file, a case per test rule; a suite per
/// policy file for the examples of its rules, a case per wording.
pub fn policy_tests(report: &TestReport) -> Result<String, RenderError> {
    let mut junit = JUnit::new("tenderlint policy tests");
    let mut files: Vec<&str> = report.tests.iter().map(|t| t.file.as_str()).collect();
    files.dedup();
    for file in files {
        let mut suite = TestSuite::new(file);
        for test in report.tests.iter().filter(|t| t.file == file) {
            let mut case = TestCase::new(
                test.name.as_str(),
                status(test.outcome, test.message.as_deref()),
            );
            case.set_classname(file)
                .set_time(Duration::from_secs_f64(test.duration_ms / 1e3));
            case.extra.insert("file".into(), file.into());
            case.extra
                .insert("line".into(), test.line.to_string().into());
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    let mut files: Vec<&str> = report.examples.iter().map(|e| e.file.as_str()).collect();
    files.dedup();
    for file in files {
        let mut suite = TestSuite::new(format!("examples of {file}"));
        for example in report.examples.iter().filter(|e| e.file == file) {
            let mut case = TestCase::new(
                example.name.as_str(),
                status(example.outcome, example.message.as_deref()),
            );
            case.set_classname(example.rule.as_str());
            case.extra.insert("file".into(), file.into());
            case.extra
                .insert("line".into(), example.line.to_string().into());
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    if !report.catalogue_gaps.is_empty() {
        let mut suite = TestSuite::new("message catalogues");
        for gap in &report.catalogue_gaps {
            let case = TestCase::new(
                format!("catalogue: {gap}"),
                status(Outcome::Failed, Some(gap)),
            );
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    Ok(junit.to_string()?)
}

/// A JUnit status: success, or a failure or error with its message.
fn status(outcome: Outcome, message: Option<&str>) -> TestCaseStatus {
    let kind = match outcome {
        Outcome::Passed => return TestCaseStatus::success(),
        Outcome::Failed => NonSuccessKind::Failure,
        Outcome::Error => NonSuccessKind::Error,
    };
    let mut status = TestCaseStatus::non_success(kind);
    status.set_message(message.unwrap_or_default());
    status
}
