//! `tenderlint baseline`: documents judged as `check` judges them, their findings in force
//! written as the baseline `check --baseline` compares with.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::check::{JudgeArgs, judge_paths, judging_or_say};
use super::exit;
use crate::pipeline::baseline_of;

/// `tenderlint baseline PATHS… -o FILE`.
pub fn baseline(
    paths: &[PathBuf],
    output: &Path,
    args: &JudgeArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(judging) = judging_or_say(args, err)? else {
        return Ok(exit::ERROR);
    };
    let Some(report) = judge_paths(&judging, paths, err)? else {
        return Ok(exit::ERROR);
    };
    // A document left unread would have no finding in the baseline, and every one of its
    // findings would fail the next check: nothing is written.
    if report.summary.unreadable > 0 {
        for document in &report.documents {
            for error in &document.errors {
                writeln!(err, "error: {}: {error}", document.path)?;
            }
        }
        writeln!(err, "error: no baseline written to {}", output.display())?;
        return Ok(exit::ERROR);
    }
    let baseline = baseline_of(&report);
    let text = serde_json::to_string_pretty(&baseline).map_err(std::io::Error::other)? + "\n";
    if let Err(error) = std::fs::write(output, text) {
        writeln!(err, "error: {}: {error}", output.display())?;
        return Ok(exit::ERROR);
    }
    writeln!(
        out,
        "{}: {} known finding(s) of {} document(s)",
        output.display(),
        baseline.findings.len(),
        report.summary.documents
    )?;
    Ok(exit::OK)
}
