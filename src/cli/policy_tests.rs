//! `tenderlint test`: the Rego unit tests of a policy set, with coverage, and its rules'
//! METADATA examples run through the pipeline.

use std::io::Write;

use super::{PolicyArgs, TestFormat, exit};
use crate::pipeline;
use crate::report;

/// `tenderlint test`.
pub fn test(
    policies: &PolicyArgs,
    run: Option<&str>,
    coverage: bool,
    threshold: Option<f64>,
    format: TestFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let filter = match run.map(regex::Regex::new).transpose() {
        Ok(filter) => filter,
        Err(error) => {
            writeln!(err, "error: --run: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let report = match pipeline::test_policies(&policies.sources(), filter.as_ref(), coverage) {
        Ok(report) => report,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    match format {
        TestFormat::Text => write!(out, "{}", report::policy_tests::to_text(&report))?,
        TestFormat::Json => writeln!(
            out,
            "{}",
            report::policy_tests::to_json(&report).map_err(std::io::Error::other)?
        )?,
        TestFormat::Junit => write!(
            out,
            "{}",
            report::policy_tests_junit(&report).map_err(std::io::Error::other)?
        )?,
    }
    if report.is_empty() {
        writeln!(
            err,
            "error: no test found (tests are test_* rules in *_test.rego files, and the examples in the rules' METADATA)"
        )?;
        return Ok(exit::ERROR);
    }
    if report.errors() > 0 {
        return Ok(exit::ERROR);
    }
    let below = match (threshold, report.coverage_percent()) {
        (Some(threshold), Some(percent)) if percent < threshold => {
            writeln!(
                err,
                "coverage {percent:.1}% is under the threshold of {threshold}%"
            )?;
            true
        }
        _ => false,
    };
    Ok(if report.failed() > 0 || below {
        exit::FOUND
    } else {
        exit::OK
    })
}
