//! `tenderlint indicators`: notices judged as `check` judges them (or the JSON Lines an earlier
//! `check --format jsonl` wrote), tallied per buyer and per CPV division.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::check::{JudgeArgs, judge_in_batches, judging_or_say};
use super::exit;
use crate::indicators::Tally;
use crate::model::{PolicyIdentity, Report};
use crate::report;

/// How indicators are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IndicatorFormat {
    /// A table for people.
    Text,
    /// `tenderlint.indicators/v1` JSON, for tools.
    Json,
    /// One row per group and indicator, for a spreadsheet.
    Csv,
}

/// `tenderlint indicators PATHS…`: every input is judged, then tallied; or, with
/// `from_reports`, the reports of JSON Lines files are tallied as they are.
pub fn indicators(
    paths: &[PathBuf],
    args: &JudgeArgs,
    from_reports: bool,
    format: IndicatorFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(judging) = judging_or_say(args, err)? else {
        return Ok(exit::ERROR);
    };
    let mut tally = Tally::new(judging.checker.it_cpv());
    let mut policy = None;
    let mut add = |report: Report| {
        for document in &report.documents {
            tally.add(document);
        }
        policy.get_or_insert(report.policy);
    };
    if from_reports {
        let mut same_policy = policy_of_lines();
        for path in paths {
            if let Err(message) = read_reports(path, &mut add, &mut same_policy) {
                writeln!(err, "error: {}: {message}", path.display())?;
                return Ok(exit::ERROR);
            }
        }
    } else {
        let judged = judge_in_batches(&judging, paths, err, &mut |report| {
            add(report);
            Ok(())
        })?;
        if judged.is_err() {
            return Ok(exit::ERROR);
        }
    }
    let policy = policy.unwrap_or_else(|| {
        judging
            .checker
            .identity(&judging.options.profile, judging.options.as_of)
    });
    let indicators = tally.finish(policy);
    let text = match format {
        IndicatorFormat::Text => report::indicators::human(&indicators),
        IndicatorFormat::Csv => report::indicators::csv(&indicators),
        IndicatorFormat::Json => {
            serde_json::to_string_pretty(&indicators).map_err(std::io::Error::other)? + "\n"
        }
    };
    out.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

/// Checks that every line of a batch was judged by the same policy set and profile: counts over
/// mixed judgements would mean nothing.
fn policy_of_lines() -> impl FnMut(&PolicyIdentity) -> Result<(), String> {
    let mut first: Option<PolicyIdentity> = None;
    move |policy| match &first {
        None => {
            first = Some(policy.clone());
            Ok(())
        }
        Some(first) if first.hash == policy.hash && first.profile == policy.profile => Ok(()),
        Some(first) => Err(format!(
            "judged by policy {} ({} profile), but earlier lines by {} ({} profile): tally reports of one run",
            policy.hash, policy.profile, first.hash, first.profile
        )),
    }
}

/// The reports of a JSON Lines file written by `check --format jsonl`, one per line.
fn read_reports(
    path: &Path,
    add: &mut dyn FnMut(Report),
    same_policy: &mut dyn FnMut(&PolicyIdentity) -> Result<(), String>,
) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    for (number, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let report: Report = serde_json::from_str(&line).map_err(|e| {
            format!(
                "line {}: not a report of `check --format jsonl`: {e}",
                number + 1
            )
        })?;
        same_policy(&report.policy).map_err(|e| format!("line {}: {e}", number + 1))?;
        add(report);
    }
    Ok(())
}
