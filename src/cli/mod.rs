//! The command line: arguments parsed once into typed options, then one library call each.

mod check;
mod config;

pub use check::{CheckArgs, FailOn, ReportFormat};

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::extract::Extractor;
use crate::extract::reference::ReferenceData;
use crate::http;
use crate::ingest::{FileError, IngestOptions, ingest_path};
use crate::model::{Document, Facts};
use crate::policy::{PolicySet, testing};
use crate::report;

#[derive(Debug, Parser)]
#[command(
    name = "tenderlint",
    version,
    about = "Checks public procurement tenders against digital-sovereignty criteria"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check tenders against the sovereignty policies and report what is wrong, where, why and how
    /// to fix it. Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: a usage
    /// error or a document that could not be checked.
    Check {
        /// Files and directories (recursive; PDF, DOCX, ODT, HTML, text, Markdown); - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        options: CheckArgs,
    },
    /// Compare two drafts of a tender: findings introduced, resolved and unchanged. Exit 1 when a
    /// new finding is at or above --fail-on.
    Diff {
        /// The earlier draft.
        old: PathBuf,
        /// The later draft.
        new: PathBuf,
        #[command(flatten)]
        options: CheckArgs,
    },
    /// Print the text of tender documents as tenderlint reads it: blocks with page, kind and text.
    Extract {
        /// Tender files (PDF, DOCX, ODT, HTML, plain text, Markdown).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
    /// Serve the HTTP API and the page for procurement officers.
    Serve {
        /// Address to listen on; loopback only unless told otherwise.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Policy directory (repeatable); the bundled pack when omitted.
        #[arg(long = "policies", value_name = "DIR")]
        policies: Vec<PathBuf>,
        /// Default jurisdiction profile.
        #[arg(long)]
        profile: Option<String>,
        /// SQLite file for the history of checks (default: in the user's data directory;
        /// ":memory:" keeps it in memory).
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        /// Keep the uploaded documents in the history (they are confidential: off by default).
        #[arg(long)]
        keep_documents: bool,
        /// Require this token for every route but the health checks.
        #[arg(long, env = "TENDERLINT_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// Reload the policies when their files change (they reload on SIGHUP anyway).
        #[arg(long)]
        watch: bool,
        /// Largest upload, in MiB.
        #[arg(long, default_value_t = 50)]
        max_upload_mib: usize,
        /// Longest time to check one document, in seconds.
        #[arg(long, default_value_t = 60)]
        document_timeout: u64,
        /// Documents checked at once (default: one per core).
        #[arg(long)]
        concurrent: Option<usize>,
    },
    /// Run the Rego unit tests of a policy directory (every test_* rule of its *_test.rego files).
    Test {
        /// Policy directory; the bundled pack when omitted.
        dir: Option<PathBuf>,
        /// Run only the tests whose name (data.<package>.<rule>) matches this regular expression.
        #[arg(long)]
        run: Option<String>,
        /// Report line coverage of the policies.
        #[arg(long)]
        coverage: bool,
        /// Fail (exit 1) when coverage is under this percentage; implies --coverage.
        #[arg(long, value_name = "PCT")]
        threshold: Option<f64>,
        #[arg(long, value_enum, default_value_t = TestFormat::Text)]
        format: TestFormat,
    },
    /// List the rules of a policy set, with family, severity, title and legal references.
    Rules {
        /// Policy directory; the bundled pack when omitted.
        #[arg(long)]
        policies: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
    /// Explain a rule: what it checks, why it matters, failing and passing wording, references,
    /// and how to fix a tender.
    Explain {
        /// Rule id, for example vendor_neutrality.brand_without_equivalent.
        rule: String,
        /// Policy directory; the bundled pack when omitted.
        #[arg(long)]
        policies: Option<PathBuf>,
    },
    /// Print the sovereignty facts read in tender documents, each with its page and sentence.
    Facts {
        /// Tender files (PDF, DOCX, ODT, HTML, plain text, Markdown).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    Text,
    Json,
    Junit,
}

/// Exit codes shared by every command.
pub mod exit {
    /// Everything went well, and nothing at or above the failure threshold was found.
    pub const OK: u8 = 0;
    /// Findings at or above the failure threshold; a policy test failed or coverage fell short.
    pub const FOUND: u8 = 1;
    /// A usage error, or a file that could not be read.
    pub const ERROR: u8 = 2;
}

/// Runs a parsed command, writing results to `out` and per-file errors to `err`; returns the
/// exit code.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    match cli.command {
        Command::Check { paths, options } => check::check(&paths, &options, out, err),
        Command::Diff { old, new, options } => check::diff(&old, &new, &options, out, err),
        Command::Extract { files, format } => extract(&files, format, out, err),
        Command::Facts { files, format } => facts(&files, format, out, err),
        Command::Test {
            dir,
            run,
            coverage,
            threshold,
            format,
        } => test(
            dir.as_deref(),
            run.as_deref(),
            coverage,
            threshold,
            format,
            out,
            err,
        ),
        Command::Rules { policies, format } => rules(policies.as_deref(), format, out, err),
        Command::Serve {
            addr,
            policies,
            profile,
            db,
            keep_documents,
            token,
            watch,
            max_upload_mib,
            document_timeout,
            concurrent,
        } => {
            let defaults = http::Limits::default();
            let config = http::ServerConfig {
                policy_dirs: policies,
                profile,
                limits: http::Limits {
                    max_upload_bytes: max_upload_mib.saturating_mul(1024 * 1024),
                    document_timeout: std::time::Duration::from_secs(document_timeout),
                    concurrent_documents: concurrent.unwrap_or(defaults.concurrent_documents),
                },
                db: db.or_else(http::default_db_path),
                keep_documents,
                token,
            };
            serve(addr, config, watch, err)
        }
        Command::Explain { rule, policies } => explain(&rule, policies.as_deref(), out, err),
    }
}

fn serve(
    addr: std::net::SocketAddr,
    config: http::ServerConfig,
    watch: bool,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .try_init();
    let db = config.db.clone();
    let state = match http::AppState::new(config) {
        Ok(state) => state,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => listener,
            Err(error) => {
                writeln!(err, "error: cannot listen on {addr}: {error}")?;
                return Ok(exit::ERROR);
            }
        };
        tracing::info!(
            "tenderlint serving on http://{} (history: {})",
            listener.local_addr().unwrap_or(addr),
            db.as_ref()
                .map_or("none".to_string(), |p| p.display().to_string())
        );
        http::serve(listener, state, watch).await?;
        Ok(exit::OK)
    })
}

/// Loads a policy directory, or the bundled pack; reports the error and gives `None` on failure.
fn load_policies(
    dir: Option<&Path>,
    with_tests: bool,
    err: &mut dyn Write,
) -> std::io::Result<Option<PolicySet>> {
    let loaded = match (dir, with_tests) {
        (Some(dir), false) => PolicySet::load(dir),
        (Some(dir), true) => PolicySet::load_with_tests(dir),
        (None, false) => PolicySet::bundled(),
        (None, true) => PolicySet::bundled_with_tests(),
    };
    match loaded {
        Ok(set) => Ok(Some(set)),
        Err(error) => {
            writeln!(err, "error: {error}")?;
            Ok(None)
        }
    }
}

fn test(
    dir: Option<&Path>,
    run: Option<&str>,
    coverage: bool,
    threshold: Option<f64>,
    format: TestFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let filter = match run.map(regex::Regex::new).transpose() {
        Ok(filter) => filter,
        Err(error) => {
            writeln!(err, "error: --run: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let Some(set) = load_policies(dir, true, err)? else {
        return Ok(exit::ERROR);
    };
    let report = testing::run(&set, filter.as_ref(), coverage || threshold.is_some());
    match format {
        TestFormat::Text => write!(out, "{}", report::tests::to_text(&report))?,
        TestFormat::Json => writeln!(
            out,
            "{}",
            report::tests::to_json(&report).map_err(std::io::Error::other)?
        )?,
        TestFormat::Junit => write!(out, "{}", report::tests::to_junit(&report))?,
    }
    if report.tests.is_empty() {
        writeln!(
            err,
            "error: no test found (tests are test_* rules in *_test.rego files)"
        )?;
        return Ok(exit::ERROR);
    }
    if report.errors() > 0 {
        return Ok(exit::ERROR);
    }
    let below = match (threshold, report.coverage_percent()) {
        (Some(threshold), Some(percent)) if percent < threshold => {
            writeln!(
                err,
                "coverage {percent:.1}% is under the threshold of {threshold}%"
            )?;
            true
        }
        _ => false,
    };
    Ok(if report.failed() > 0 || below {
        exit::FOUND
    } else {
        exit::OK
    })
}

fn rules(
    dir: Option<&Path>,
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(set) = load_policies(dir, false, err)? else {
        return Ok(exit::ERROR);
    };
    match format {
        DocumentFormat::Text => write!(out, "{}", report::rules::list_text(set.rules()))?,
        DocumentFormat::Json => writeln!(
            out,
            "{}",
            report::rules::list_json(set.rules()).map_err(std::io::Error::other)?
        )?,
    }
    Ok(exit::OK)
}

fn explain(
    id: &str,
    dir: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(set) = load_policies(dir, false, err)? else {
        return Ok(exit::ERROR);
    };
    match set.rule(id) {
        Some(rule) => {
            write!(out, "{}", report::rules::explain(rule))?;
            Ok(exit::OK)
        }
        None => {
            let known: Vec<&str> = set.rules().iter().map(|r| r.id.as_str()).collect();
            writeln!(err, "error: no rule {id:?}; rules: {}", known.join(", "))?;
            Ok(exit::ERROR)
        }
    }
}

/// Reads every file; per-file errors are collected, not fatal.
fn read_all(files: &[PathBuf]) -> (Vec<Document>, Vec<FileError>) {
    let options = IngestOptions::default();
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match ingest_path(file, &options) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    (documents, errors)
}

fn report_errors(errors: &[FileError], err: &mut dyn Write) -> std::io::Result<u8> {
    for error in errors {
        writeln!(err, "error: {error}")?;
    }
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}

fn facts(
    files: &[PathBuf],
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let reference = match ReferenceData::bundled() {
        Ok(reference) => reference,
        Err(error) => {
            writeln!(err, "error: reference data: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let extractor = Extractor::new(&reference);
    let (documents, errors) = read_all(files);
    let facts: Vec<Facts> = documents.iter().map(|d| extractor.extract(d)).collect();
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

fn extract(
    files: &[PathBuf],
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let options = IngestOptions::default();
    let mut documents = Vec::new();
    let mut errors: Vec<FileError> = Vec::new();
    for file in files {
        match ingest_path(file, &options) {
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
            let json =
                report::document::to_json(&documents, &errors).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")?;
        }
    }
    for error in &errors {
        writeln!(err, "error: {error}")?;
    }
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}
