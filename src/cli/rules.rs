//! `tenderlint rules` and `tenderlint explain`: the rules of a policy set, for lawyers.

use std::io::Write;

use super::{DocumentFormat, PolicyArgs, exit, load_checker};
use crate::report;

/// `tenderlint rules`.
pub fn rules(
    policies: &PolicyArgs,
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(checker) = load_checker(policies, err)? else {
        return Ok(exit::ERROR);
    };
    match format {
        DocumentFormat::Text => write!(out, "{}", report::rules::list_text(checker.rules()))?,
        DocumentFormat::Json => writeln!(
            out,
            "{}",
            report::rules::list_json(checker.rules()).map_err(std::io::Error::other)?
        )?,
    }
    Ok(exit::OK)
}

/// `tenderlint explain RULE`.
pub fn explain(
    id: &str,
    policies: &PolicyArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(checker) = load_checker(policies, err)? else {
        return Ok(exit::ERROR);
    };
    match checker.rule(id) {
        Some(rule) => {
            write!(out, "{}", report::rules::explain(rule))?;
            Ok(exit::OK)
        }
        None => {
            let known: Vec<&str> = checker.rules().iter().map(|r| r.id.as_str()).collect();
            writeln!(err, "error: no rule {id:?}; rules: {}", known.join(", "))?;
            Ok(exit::ERROR)
        }
    }
}
