//! `tenderlint check`: inputs gathered, options merged with `tenderlint.toml`, one pipeline
//! call, one renderer, a documented exit code. `diff` shares the settings.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::Args;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use strum::VariantNames;

use super::config::{self, Config};
use super::{PolicyArgs, exit};
use crate::model::{DocumentReport, Report, Severity};
use crate::pipeline::{CheckError, CheckOptions, Checker, Input, PolicySources, load_baseline};
use crate::report::{self, Format, RenderOptions, Style};

/// How documents are judged: what `check`, `diff` and `baseline` share.
#[derive(Debug, Clone, Args)]
pub struct JudgeArgs {
    /// The policy set.
    #[command(flatten)]
    pub policies: PolicyArgs,
    /// Jurisdiction profile: eu (default), fr, de, ch, nl, es, it.
    #[arg(long)]
    pub profile: Option<String>,
    /// Waivers file applied to every document (each document's own DOC.waivers.json applies too).
    #[arg(long, value_name = "FILE")]
    pub waivers: Option<PathBuf>,
    /// Documents checked at once (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Longest time to check one document, in seconds (0: no limit).
    #[arg(long, value_name = "SECONDS", default_value_t = crate::pipeline::DEFAULT_DOCUMENT_TIMEOUT.as_secs())]
    pub document_timeout: u64,
    /// Judge as of this date (YYYY-MM-DD): the rules in force then and the law as it stood
    /// then; today when omitted. Pins a report so that it can be reproduced.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<chrono::NaiveDate>,
    /// Write the findings in this language (en, fr, de); the tender's own when omitted and it
    /// is one of them, else English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Judge each directory as one consultation file (its documents together), and the files
    /// given alone as another. A zip archive is always judged as one.
    #[arg(long)]
    pub package: bool,
}

/// Options shared by `check` and `diff` (a baseline marks known findings in both; only
/// `check` fails on them, `diff` on what a draft introduces).
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// How documents are judged.
    #[command(flatten)]
    pub judge: JudgeArgs,
    /// Exit 1 when a finding is at or above this severity (default error).
    #[arg(long, value_parser = PossibleValuesParser::new(FailOn::VARIANTS).try_map(|s| s.parse::<FailOn>()))]
    pub fail_on: Option<FailOn>,
    /// Output format (default human).
    #[arg(long, value_parser = PossibleValuesParser::new(Format::VARIANTS).try_map(|s| s.parse::<Format>()))]
    pub format: Option<Format>,
    /// Write the report to this file instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A baseline (`tenderlint baseline`) or a JSON report (`--format json`) of earlier
    /// findings: they are listed as known and only new findings count towards --fail-on.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
}

/// The severity from which findings make the exit code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::VariantNames)]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum FailOn {
    /// Errors only.
    Error,
    /// Warnings and errors.
    Warning,
    /// Every finding.
    Info,
    /// Never: the exit code says only whether the run worked.
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

/// Extensions of the documents taken from a directory (zip archives of documents included).
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "pdf", "docx", "odt", "html", "htm", "xhtml", "txt", "md", "markdown", "xlsx", "ods", "zip",
];

/// Extensions of structured notices (eForms, OCDS, JSON Lines of releases): a file of a directory
/// with one of them is taken when its start is a notice, and skipped like any other file when
/// it is some other XML or JSON.
const NOTICE_EXTENSIONS: &[&str] = &["xml", "json", "jsonl", "ndjson"];

/// Whether a file of a directory is a structured notice, from its first bytes.
fn is_notice_file(path: &Path) -> bool {
    crate::ingest::head(path).is_ok_and(|head| crate::ingest::looks_like_notice(&head))
}

/// The directories of a flag, else those of the configuration file.
fn or_configured(flag: &[PathBuf], configured: &[PathBuf]) -> Vec<PathBuf> {
    if flag.is_empty() { configured } else { flag }.to_vec()
}

/// Everything `check` needs, flags merged over the configuration file.
pub(super) struct Settings {
    pub(super) judging: Judging,
    pub(super) fail_on: Option<Severity>,
    pub(super) format: Format,
    output: Option<PathBuf>,
}

pub(super) fn settings(args: &CheckArgs, err: &mut dyn Write) -> std::io::Result<Option<Settings>> {
    match resolve(args) {
        Ok(settings) => Ok(Some(settings)),
        Err(message) => {
            writeln!(err, "error: {message}")?;
            Ok(None)
        }
    }
}

fn resolve(args: &CheckArgs) -> Result<Settings, String> {
    let config = configuration()?;
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
        Format::Human,
    )?;
    let mut judging = judging(&args.judge, &config)?;
    if let Some(path) = args.baseline.as_ref().or(config.baseline.as_ref()) {
        judging.options.baseline = Some(load_baseline(path).map_err(|e| e.to_string())?);
    }
    Ok(Settings {
        judging,
        fail_on: fail_on.threshold(),
        format,
        output: args.output.clone(),
    })
}

/// The nearest `tenderlint.toml`, or the defaults when there is none.
pub(super) fn configuration() -> Result<Config, String> {
    match std::env::current_dir().map(|dir| config::find(&dir)) {
        Ok(found) => Ok(found
            .map_err(|e| e.to_string())?
            .map(|(_, config)| config)
            .unwrap_or_default()),
        Err(_) => Ok(Config::default()),
    }
}

/// The policy set, options and packaging documents are judged with, flags merged over the
/// configuration file.
pub(super) struct Judging {
    pub(super) checker: Checker,
    pub(super) options: CheckOptions,
    /// Directories (and files given together) are judged as packages.
    pub(super) package: bool,
}

/// How to judge, from the flags over the configuration file; why not, when the policy set or
/// the profile cannot be used.
pub(super) fn judging(args: &JudgeArgs, config: &Config) -> Result<Judging, String> {
    // Each list of the flags replaces the configuration's, as any other flag does.
    let sources = PolicySources {
        dirs: or_configured(&args.policies.policies, &config.policies),
        house_packs: or_configured(&args.policies.house_packs, &config.house_packs),
    };
    let checker = Checker::load(&sources).map_err(|e| e.to_string())?;
    let options = CheckOptions {
        profile: args
            .profile
            .clone()
            .or(config.profile.clone())
            .unwrap_or_else(|| crate::pipeline::DEFAULT_PROFILE.to_string()),
        waivers_file: args.waivers.clone().or(config.waivers.clone()),
        jobs: args.jobs.unwrap_or(0),
        document_timeout: (args.document_timeout > 0)
            .then(|| std::time::Duration::from_secs(args.document_timeout)),
        as_of: args.as_of.unwrap_or_else(crate::pipeline::today),
        lang: args.lang.clone().or(config.lang.clone()),
        ..CheckOptions::default()
    };
    if let Some(lang) = &options.lang {
        checker.check_language(lang).map_err(|e| e.to_string())?;
    }
    checker
        .check_profile(&options.profile)
        .map_err(|e| e.to_string())?;
    Ok(Judging {
        checker,
        options,
        package: args.package || config.package.unwrap_or(false),
    })
}

/// How to judge, from the flags over the configuration file; `None` when the policy set or the
/// profile cannot be used, which is said on `err`.
pub(super) fn judging_or_say(
    args: &JudgeArgs,
    err: &mut dyn Write,
) -> std::io::Result<Option<Judging>> {
    match configuration().and_then(|config| judging(args, &config)) {
        Ok(judging) => Ok(Some(judging)),
        Err(message) => {
            writeln!(err, "error: {message}")?;
            Ok(None)
        }
    }
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("{text:?} is not a date of the form YYYY-MM-DD ({e})"))
}

/// A setting from its flag, else from the configuration file, else its default.
fn choice<T: std::str::FromStr + VariantNames>(
    flag: Option<T>,
    configured: Option<&str>,
    key: &str,
    default: T,
) -> Result<T, String> {
    match (flag, configured) {
        (Some(flag), _) => Ok(flag),
        (None, Some(value)) => value.parse().map_err(|_| {
            format!(
                "{}: {key} must be one of {}, not {value:?}",
                config::CONFIG_FILE,
                T::VARIANTS.join(", ")
            )
        }),
        (None, None) => Ok(default),
    }
}

/// Files, directories (recursive, documents only) and `-` for standard input. As packages, each
/// directory is one input, and the files given alone (when there are several) another.
pub(super) fn gather(
    paths: &[PathBuf],
    package: bool,
    err: &mut dyn Write,
) -> std::io::Result<Result<Vec<Input>, ()>> {
    let mut inputs = Vec::new();
    let mut loose = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes)?;
            loose.push(Input::Bytes {
                name: "<stdin>".to_string(),
                bytes: bytes.into(),
            });
        } else if path.is_dir() {
            let Ok(found) = documents_in(path, err)? else {
                return Ok(Err(()));
            };
            let members = found.into_iter().map(Input::Path).collect();
            if package {
                inputs.push(Input::package(Some(path.clone()), members));
            } else {
                inputs.extend(members);
            }
        } else {
            loose.push(Input::Path(path.clone()));
        }
    }
    if package && loose.len() > 1 {
        inputs.push(Input::package(None, loose));
    } else {
        inputs.extend(loose);
    }
    Ok(Ok(inputs))
}

/// The documents of a directory, sorted, saying which files are left out.
fn documents_in(dir: &Path, err: &mut dyn Write) -> std::io::Result<Result<Vec<PathBuf>, ()>> {
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    if let Err(error) = walk(dir, &mut found, &mut skipped) {
        writeln!(err, "error: {}: {error}", dir.display())?;
        return Ok(Err(()));
    }
    found.sort();
    skipped.sort();
    if let Some(first) = skipped.first() {
        // Said, so that a tender saved in a format we do not read is not missed silently.
        writeln!(
            err,
            "note: {}: {} file(s) skipped, not a document tenderlint reads (first: {})",
            dir.display(),
            skipped.len(),
            first.display()
        )?;
    }
    if found.is_empty() {
        writeln!(
            err,
            "error: {}: no document ({}, or eForms and OCDS notices) in this directory",
            dir.display(),
            DOCUMENT_EXTENSIONS.join(", ")
        )?;
        return Ok(Err(()));
    }
    Ok(Ok(found))
}

/// The documents below `dir` (hidden files and folders left out), and the other files.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<PathBuf>) -> walkdir::Result<()> {
    let visible = |entry: &walkdir::DirEntry| {
        entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
    };
    for entry in walkdir::WalkDir::new(dir).into_iter().filter_entry(visible) {
        let entry = entry?;
        if entry.file_type().is_dir() {
            continue;
        }
        let path = entry.into_path();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if DOCUMENT_EXTENSIONS.contains(&extension.as_str())
            || (NOTICE_EXTENSIONS.contains(&extension.as_str()) && is_notice_file(&path))
        {
            out.push(path);
        } else {
            skipped.push(path);
        }
    }
    Ok(())
}

/// The report on documents given on the command line (`gather`); `None` when they could not be
/// gathered or the run failed, which is said on `err`.
pub(super) fn judge_paths(
    judging: &Judging,
    paths: &[PathBuf],
    err: &mut dyn Write,
) -> std::io::Result<Option<Report>> {
    let Ok(inputs) = gather(paths, judging.package, err)? else {
        return Ok(None);
    };
    match run_check(&judging.checker, &judging.options, &inputs) {
        Ok(report) => Ok(Some(report)),
        Err(error) => {
            writeln!(err, "error: {error}")?;
            Ok(None)
        }
    }
}

/// A progress line on standard error, for runs of more than a few inputs on a terminal.
struct Progress {
    done: AtomicUsize,
    total: usize,
    show: bool,
}

impl Progress {
    fn new(total: usize) -> Self {
        Progress {
            done: AtomicUsize::new(0),
            total,
            show: total > 3 && std::io::stderr().is_terminal(),
        }
    }

    /// One more input done.
    fn tick(&self) {
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if self.show {
            eprint!("\rchecking: {n}/{}", self.total);
            if n == self.total {
                eprintln!();
            }
        }
    }
}

/// Runs the pipeline with a progress line on a terminal (a file of several notices counts one
/// per notice).
pub(super) fn run_check(
    checker: &Checker,
    options: &CheckOptions,
    inputs: &[Input],
) -> Result<Report, CheckError> {
    let inputs = crate::pipeline::expand(inputs, options);
    let progress = Progress::new(inputs.len());
    checker.check(&inputs, options, &|| progress.tick())
}

/// Colours on a terminal unless `NO_COLOR` is set; the JUnit threshold.
pub(super) fn render_options(settings: &Settings) -> RenderOptions {
    let terminal = settings.output.is_none() && std::io::stdout().is_terminal();
    RenderOptions {
        style: Style {
            color: terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        },
        fail_on: settings.fail_on,
    }
}

/// Writes the rendering to `--output` or standard output; false when the file cannot be written.
pub(super) fn emit(
    settings: &Settings,
    rendered: Result<String, report::RenderError>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<bool> {
    let text = rendered.map_err(std::io::Error::other)?;
    match &settings.output {
        Some(path) => {
            if let Err(error) = std::fs::write(path, &text) {
                writeln!(err, "error: {}: {error}", path.display())?;
                return Ok(false);
            }
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(true)
}

/// `tenderlint check`.
pub fn check(
    paths: &[PathBuf],
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(settings) = settings(args, err)? else {
        return Ok(exit::ERROR);
    };
    if settings.format == Format::Jsonl {
        return stream_jsonl(&settings, paths, out, err);
    }
    let Some(report) = judge_paths(&settings.judging, paths, err)? else {
        return Ok(exit::ERROR);
    };
    let rendered = report::render(
        &report,
        settings.judging.checker.rules(),
        settings.format,
        render_options(&settings),
    );
    if !emit(&settings, rendered, out, err)? {
        return Ok(exit::ERROR);
    }
    // Unreadable documents are said on standard error too, whatever the format.
    for document in &report.documents {
        for error in &document.errors {
            if settings.format != Format::Human {
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

/// Inputs judged at once when `check` streams JSON Lines: enough to keep every core busy, few
/// enough that ten thousand notices never wait in memory as reports.
const STREAM_BATCH: usize = 256;

/// `check --format jsonl`: one report per line, per document, package or notice (a notice
/// package is one input per notice), written as each batch of inputs is judged, with a progress
/// line on a terminal. The waivers of `--waivers` are called stale per batch.
fn stream_jsonl(
    settings: &Settings,
    paths: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let mut file;
    let sink: &mut dyn Write = match &settings.output {
        Some(path) => match std::fs::File::create(path) {
            Ok(created) => {
                file = std::io::BufWriter::new(created);
                &mut file
            }
            Err(error) => {
                writeln!(err, "error: {}: {error}", path.display())?;
                return Ok(exit::ERROR);
            }
        },
        None => out,
    };
    let (mut unreadable, mut worst) = (false, None);
    let judged = judge_in_batches(&settings.judging, paths, err, &mut |alone| {
        unreadable |= alone.summary.unreadable > 0;
        worst = worst.max(alone.worst());
        let line = report::jsonl_line(&alone).map_err(std::io::Error::other)?;
        sink.write_all(line.as_bytes())
    })?;
    sink.flush()?;
    Ok(match judged {
        Ok(()) => exit_code(unreadable, worst, settings.fail_on),
        Err(()) => exit::ERROR,
    })
}

/// Judges the documents given on the command line a batch at a time (a file of several notices
/// is one input per notice), handing each one's report, alone with the policy set that judged
/// it, to `each` as its batch ends, with a progress line on a terminal; errors of unreadable
/// documents are said on `err`. `Err(())` when the inputs could not be gathered or the run
/// failed, which is said on `err`.
pub(super) fn judge_in_batches(
    judging: &Judging,
    paths: &[PathBuf],
    err: &mut dyn Write,
    each: &mut dyn FnMut(Report) -> std::io::Result<()>,
) -> std::io::Result<Result<(), ()>> {
    let Judging {
        checker, options, ..
    } = judging;
    let Ok(inputs) = gather(paths, judging.package, err)? else {
        return Ok(Err(()));
    };
    let inputs = crate::pipeline::expand(&inputs, options);
    let identity = checker.identity(&options.profile, options.as_of);
    let progress = Progress::new(inputs.len());
    // One pool for every batch (see `pipeline::each`).
    let threads = match options.jobs {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        jobs => jobs,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("tenderlint-worker-{i}"))
        .build()
        .map_err(std::io::Error::other)?;
    for batch in inputs.chunks(STREAM_BATCH) {
        let results = match pool.install(|| checker.check_each(batch, options, &|| progress.tick()))
        {
            Ok(results) => results,
            Err(error) => {
                writeln!(err, "error: {error}")?;
                return Ok(Err(()));
            }
        };
        for result in results {
            let document = result.unwrap_or_else(|error| {
                DocumentReport::unreadable(error.document().to_string(), error.reason())
            });
            for error in &document.errors {
                writeln!(err, "error: {}: {error}", document.path)?;
            }
            each(Report::from_documents(vec![document], identity.clone()))?;
        }
    }
    Ok(Ok(()))
}

/// 2 when a document could not be checked; 1 when something is at or above the threshold.
pub(super) fn exit_code(
    unreadable: bool,
    worst: Option<Severity>,
    fail_on: Option<Severity>,
) -> u8 {
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
