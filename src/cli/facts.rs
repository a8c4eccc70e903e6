//! `tenderlint facts`: the sovereignty facts read in documents, with the same reference data as
//! `check` uses for the chosen policy set.

use std::io::Write;
use std::path::PathBuf;

use super::{
    DocumentFormat, PolicyArgs, exit, load_checker, partition, ran, report_errors, write_each,
};
use crate::pipeline::CheckOptions;
use crate::report;

/// `tenderlint facts FILE...` (directories too; `--package` merges each one's facts).
pub fn facts(
    files: &[PathBuf],
    policies: &PolicyArgs,
    format: DocumentFormat,
    package: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(checker) = load_checker(policies, err)? else {
        return Ok(exit::ERROR);
    };
    let Ok(inputs) = super::check::gather(files, package, err)? else {
        return Ok(exit::ERROR);
    };
    let Some(results) = ran(checker.facts(&inputs, &CheckOptions::default()), err)? else {
        return Ok(exit::ERROR);
    };
    let (read, mut errors) = partition(results);
    let mut facts = Vec::with_capacity(read.len());
    for input in read {
        facts.push(input.facts);
        errors.extend(input.unread);
    }
    match format {
        DocumentFormat::Text => write_each(out, &facts, report::facts::to_text)?,
        DocumentFormat::Json => {
            let json = report::facts::to_json(&facts).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")?;
        }
    }
    report_errors(&errors, err)
}
