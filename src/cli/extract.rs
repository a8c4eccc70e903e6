//! `tenderlint extract`: documents as tenderlint reads them.

use std::io::Write;
use std::path::PathBuf;

use super::{DocumentFormat, exit, partition, ran, report_errors, write_each};
use crate::pipeline::{self, CheckOptions, Input};
use crate::report;

/// `tenderlint extract FILE...`.
pub fn extract(
    files: &[PathBuf],
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let inputs: Vec<Input> = files.iter().cloned().map(Input::Path).collect();
    let Some(results) = ran(pipeline::read(&inputs, &CheckOptions::default()), err)? else {
        return Ok(exit::ERROR);
    };
    let (documents, errors) = partition(results);
    match format {
        DocumentFormat::Text => write_each(out, &documents, report::document::to_text)?,
        DocumentFormat::Json => {
            let failures: Vec<(String, String)> = errors
                .iter()
                .map(|e| (e.document().to_string(), e.reason()))
                .collect();
            let json =
                report::document::to_json(&documents, &failures).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")?;
        }
    }
    report_errors(&errors, err)
}
