//! `tenderlint facts`: the sovereignty facts read in documents, with the same reference data as
//! `check` uses for the chosen policy set.

use std::io::Write;
use std::path::PathBuf;

use super::{DocumentFormat, PolicyArgs, exit, load_checker, report_errors};
use crate::pipeline::{CheckOptions, Input};
use crate::report;

/// `tenderlint facts FILE...`.
pub fn facts(
    files: &[PathBuf],
    policies: &PolicyArgs,
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(checker) = load_checker(policies, err)? else {
        return Ok(exit::ERROR);
    };
    let inputs: Vec<Input> = files.iter().cloned().map(Input::Path).collect();
    let results = match checker.facts(&inputs, &CheckOptions::default()) {
        Ok(results) => results,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let mut facts = Vec::new();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(found) => facts.push(found),
            Err(error) => errors.push(error.to_string()),
        }
    }
    match format {
        DocumentFormat::Text => {
            for (index, facts) in facts.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                write!(out, "{}", report::facts::to_text(facts))?;
            }
        }
        DocumentFormat::Json => {
            let json = report::facts::to_json(&facts).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")?;
        }
    }
    report_errors(&errors, err)
}
