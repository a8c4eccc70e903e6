//! `tenderlint extract`: documents as tenderlint reads them.

use std::io::Write;
use std::path::PathBuf;

use super::{DocumentFormat, exit, report_errors};
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
    let results = match pipeline::read(&inputs, &CheckOptions::default()) {
        Ok(results) => results,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    match format {
        DocumentFormat::Text => {
            for (index, document) in documents.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                write!(out, "{}", report::document::to_text(document))?;
            }
        }
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
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    report_errors(&messages, err)
}
