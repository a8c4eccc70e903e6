//! `tenderlint diff`: two drafts checked with the same settings, their findings compared.

use std::io::Write;
use std::path::Path;

use super::check::{CheckArgs, emit, exit_code, render_options, run_check, settings};
use super::exit;
use crate::pipeline;
use crate::report;

/// `tenderlint diff OLD NEW`.
pub fn diff(
    old: &Path,
    new: &Path,
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(settings) = settings(args, err)? else {
        return Ok(exit::ERROR);
    };
    let mut drafts = Vec::new();
    for path in [old, new] {
        // A draft given as a directory is a consultation file, judged as one.
        let Ok(mut inputs) = super::check::gather(&[path.to_path_buf()], true, err)? else {
            return Ok(exit::ERROR);
        };
        drafts.append(&mut inputs);
    }
    let judging = &settings.judging;
    let report = match run_check(&judging.checker, &judging.options, &drafts) {
        Ok(report) => report,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let unreadable: Vec<String> = report
        .documents
        .iter()
        .flat_map(|d| d.errors.iter().map(move |e| format!("{}: {e}", d.path)))
        .collect();
    if !unreadable.is_empty() {
        for error in unreadable {
            writeln!(err, "error: {error}")?;
        }
        return Ok(exit::ERROR);
    }
    let mut drafts = report.documents.clone().into_iter();
    let (Some(old_draft), Some(new_draft)) = (drafts.next(), drafts.next()) else {
        writeln!(err, "error: the two drafts were not both checked")?;
        return Ok(exit::ERROR);
    };
    let old_report = crate::model::Report::from_documents(vec![old_draft], report.policy.clone());
    let new_report = crate::model::Report::from_documents(vec![new_draft], report.policy.clone());
    let comparison = pipeline::compare(&old_report, &new_report);
    let rendered = report::render_diff(
        &comparison,
        &new_report,
        judging.checker.rules(),
        settings.format,
        render_options(&settings),
    );
    if !emit(&settings, rendered, out, err)? {
        return Ok(exit::ERROR);
    }
    Ok(exit_code(
        false,
        comparison.worst_introduced(),
        settings.fail_on,
    ))
}
