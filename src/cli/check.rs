//! `tenderlint check` and `tenderlint diff`: inputs gathered, options merged with
//! `tenderlint.toml`, one pipeline call, one renderer, a documented exit code.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::{Args, ValueEnum};

use super::config::{self, Config};
use super::exit;
use crate::diff;
use crate::model::{Report, Severity, Waiver};
use crate::pipeline::{CheckOptions, Checker, Input};
use crate::policy::{PolicySet, load_waivers};
use crate::report::check::{self as render, Style};

/// Options shared by `check` and `diff`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Policy directory (repeatable); the bundled pack when omitted.
    #[arg(long = "policies", value_name = "DIR")]
    pub policies: Vec<PathBuf>,
    /// Jurisdiction profile: eu (default), fr, de, ch.
    #[arg(long)]
    pub profile: Option<String>,
    /// Exit 1 when a finding is at or above this severity (default error).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Output format (default human).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Waivers file applied to every document (each document's own DOC.waivers.json applies too).
    #[arg(long, value_name = "FILE")]
    pub waivers: Option<PathBuf>,
    /// Documents checked at once (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Human,
    Json,
    Sarif,
    Junit,
    Markdown,
    Github,
}

/// Extensions of the documents taken from a directory.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "pdf", "docx", "odt", "html", "htm", "xhtml", "txt", "md", "markdown",
];

/// Everything `check` needs, flags merged over the configuration file.
struct Settings {
    checker: Checker,
    options: CheckOptions,
    fail_on: Option<Severity>,
    format: ReportFormat,
    output: Option<PathBuf>,
}

fn settings(args: &CheckArgs, err: &mut dyn Write) -> std::io::Result<Option<Settings>> {
    match resolve(args) {
        Ok(settings) => Ok(Some(settings)),
        Err(message) => {
            writeln!(err, "error: {message}")?;
            Ok(None)
        }
    }
}

fn resolve(args: &CheckArgs) -> Result<Settings, String> {
    let config = match std::env::current_dir().map(|dir| config::find(&dir)) {
        Ok(found) => found
            .map_err(|e| e.to_string())?
            .map(|(_, config)| config)
            .unwrap_or_default(),
        Err(_) => Config::default(),
    };
    let fail_on = choice(
        args.fail_on,
        config.fail_on.as_deref(),
        "fail_on",
        FailOn::Error,
    )?;
    let format = choice(
        args.format,
        config.format.as_deref(),
        "format",
        ReportFormat::Human,
    )?;
    let dirs = if args.policies.is_empty() {
        &config.policies
    } else {
        &args.policies
    };
    let policies = if dirs.is_empty() {
        PolicySet::bundled()
    } else {
        PolicySet::load_many(dirs)
    }
    .map_err(|e| e.to_string())?;
    let checker = Checker::new(policies).map_err(|e| e.to_string())?;
    let waivers: Vec<Waiver> = match args.waivers.as_ref().or(config.waivers.as_ref()) {
        Some(path) => load_waivers(path).map_err(|e| e.to_string())?,
        None => Vec::new(),
    };
    let options = CheckOptions {
        profile: args
            .profile
            .clone()
            .or(config.profile.clone())
            .unwrap_or_else(|| crate::policy::DEFAULT_PROFILE.to_string()),
        waivers,
        jobs: args.jobs.unwrap_or(0),
        ..CheckOptions::default()
    };
    Ok(Settings {
        checker,
        options,
        fail_on: fail_on.threshold(),
        format,
        output: args.output.clone(),
    })
}

/// A setting from its flag, else from the configuration file, else its default.
fn choice<T: ValueEnum>(
    flag: Option<T>,
    configured: Option<&str>,
    key: &str,
    default: T,
) -> Result<T, String> {
    match (flag, configured) {
        (Some(flag), _) => Ok(flag),
        (None, Some(value)) => T::from_str(value, true).map_err(|_| {
            let known: Vec<String> = T::value_variants()
                .iter()
                .filter_map(|v| v.to_possible_value())
                .map(|v| v.get_name().to_string())
                .collect();
            format!(
                "{}: {key} must be one of {}, not {value:?}",
                config::CONFIG_FILE,
                known.join(", ")
            )
        }),
        (None, None) => Ok(default),
    }
}

/// Files, directories (recursive, documents only) and `-` for standard input.
fn gather(paths: &[PathBuf], err: &mut dyn Write) -> std::io::Result<Result<Vec<Input>, ()>> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes)?;
            inputs.push(Input::Bytes {
                name: "<stdin>".to_string(),
                bytes,
            });
        } else if path.is_dir() {
            let mut found = Vec::new();
            let mut skipped = Vec::new();
            if let Err(error) = walk(path, &mut found, &mut skipped) {
                writeln!(err, "error: {}: {error}", path.display())?;
                return Ok(Err(()));
            }
            found.sort();
            skipped.sort();
            if let Some(first) = skipped.first() {
                // Said, so that a tender saved in a format we do not read is not missed silently.
                writeln!(
                    err,
                    "note: {}: {} file(s) skipped, not a document tenderlint reads (first: {})",
                    path.display(),
                    skipped.len(),
                    first.display()
                )?;
            }
            if found.is_empty() {
                writeln!(
                    err,
                    "error: {}: no document ({}) in this directory",
                    path.display(),
                    DOCUMENT_EXTENSIONS.join(", ")
                )?;
                return Ok(Err(()));
            }
            inputs.extend(found.into_iter().map(Input::Path));
        } else {
            inputs.push(Input::Path(path.clone()));
        }
    }
    Ok(Ok(inputs))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out, skipped)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| DOCUMENT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        } else {
            skipped.push(path);
        }
    }
    Ok(())
}

/// Runs the pipeline with a progress line on a terminal.
fn run_check(settings: &Settings, inputs: &[Input]) -> Result<Report, crate::pipeline::CheckError> {
    let done = AtomicUsize::new(0);
    let total = inputs.len();
    let show = total > 3 && std::io::stderr().is_terminal();
    let progress = || {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if show {
            eprint!("\rchecking: {n}/{total} documents");
            if n == total {
                eprintln!();
            }
        }
    };
    settings.checker.check(inputs, &settings.options, &progress)
}

fn style_for(settings: &Settings) -> Style {
    let terminal = settings.output.is_none() && std::io::stdout().is_terminal();
    Style {
        color: terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

fn emit(
    settings: &Settings,
    text: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<bool> {
    match &settings.output {
        Some(path) => {
            if let Err(error) = std::fs::write(path, text) {
                writeln!(err, "error: {}: {error}", path.display())?;
                return Ok(false);
            }
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(true)
}

pub fn check(
    paths: &[PathBuf],
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(settings) = settings(args, err)? else {
        return Ok(exit::ERROR);
    };
    let Ok(inputs) = gather(paths, err)? else {
        return Ok(exit::ERROR);
    };
    let report = match run_check(&settings, &inputs) {
        Ok(report) => report,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let rules = settings.checker.policies().rules();
    let text = match settings.format {
        ReportFormat::Human => render::human(&report, style_for(&settings)),
        ReportFormat::Json => render::json(&report).map_err(std::io::Error::other)? + "\n",
        ReportFormat::Sarif => render::sarif(&report, rules).map_err(std::io::Error::other)? + "\n",
        ReportFormat::Junit => render::junit(&report, rules, settings.fail_on),
        ReportFormat::Markdown => render::markdown(&report),
        ReportFormat::Github => render::github(&report),
    };
    if !emit(&settings, &text, out, err)? {
        return Ok(exit::ERROR);
    }
    // Unreadable documents are said on standard error too, whatever the format.
    for document in &report.documents {
        for error in &document.errors {
            if settings.format != ReportFormat::Human {
                writeln!(err, "error: {}: {error}", document.path)?;
            }
        }
    }
    Ok(exit_code(
        report.summary.unreadable > 0,
        report.worst(),
        settings.fail_on,
    ))
}

/// 2 when a document could not be checked; 1 when something is at or above the threshold.
fn exit_code(unreadable: bool, worst: Option<Severity>, fail_on: Option<Severity>) -> u8 {
    if unreadable {
        exit::ERROR
    } else if worst
        .zip(fail_on)
        .is_some_and(|(worst, threshold)| worst >= threshold)
    {
        exit::FOUND
    } else {
        exit::OK
    }
}

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
    let mut reports = Vec::new();
    for path in [old, new] {
        match run_check(&settings, &[Input::Path(path.to_path_buf())]) {
            Ok(report) => reports.push(report),
            Err(error) => {
                writeln!(err, "error: {error}")?;
                return Ok(exit::ERROR);
            }
        }
    }
    let unreadable: Vec<String> = reports
        .iter()
        .flat_map(|r| &r.documents)
        .flat_map(|d| d.errors.iter().map(move |e| format!("{}: {e}", d.path)))
        .collect();
    if !unreadable.is_empty() {
        for error in unreadable {
            writeln!(err, "error: {error}")?;
        }
        return Ok(exit::ERROR);
    }
    let comparison = diff::compare(&reports[0], &reports[1]);
    let text = match settings.format {
        ReportFormat::Human => render::diff_human(&comparison, style_for(&settings)),
        ReportFormat::Markdown => render::diff_markdown(&comparison),
        ReportFormat::Json => {
            serde_json::to_string_pretty(&comparison).map_err(std::io::Error::other)? + "\n"
        }
        ReportFormat::Sarif | ReportFormat::Junit | ReportFormat::Github => {
            // Only what the new draft introduces matters to a pipeline.
            let mut introduced = reports[1].clone();
            if let Some(document) = introduced.documents.first_mut() {
                document.findings = comparison.introduced.clone();
            }
            let rules = settings.checker.policies().rules();
            match settings.format {
                ReportFormat::Sarif => {
                    render::sarif(&introduced, rules).map_err(std::io::Error::other)? + "\n"
                }
                ReportFormat::Junit => render::junit(&introduced, rules, settings.fail_on),
                _ => render::github(&introduced),
            }
        }
    };
    if !emit(&settings, &text, out, err)? {
        return Ok(exit::ERROR);
    }
    Ok(exit_code(
        false,
        comparison.worst_introduced(),
        settings.fail_on,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_keep_crashes_and_violations_apart() {
        assert_eq!(
            exit_code(true, Some(Severity::Error), Some(Severity::Error)),
            exit::ERROR
        );
        assert_eq!(
            exit_code(false, Some(Severity::Error), Some(Severity::Error)),
            exit::FOUND
        );
        assert_eq!(
            exit_code(false, Some(Severity::Warning), Some(Severity::Error)),
            exit::OK
        );
        assert_eq!(
            exit_code(false, Some(Severity::Warning), Some(Severity::Warning)),
            exit::FOUND
        );
        assert_eq!(exit_code(false, Some(Severity::Error), None), exit::OK);
        assert_eq!(exit_code(false, None, Some(Severity::Info)), exit::OK);
    }
}
