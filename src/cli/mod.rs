//! The command line: arguments parsed once into typed options, then one library call each. One
//! file per command; every command reaches the stages through [`crate::pipeline`] and renders
//! through [`crate::report`].

mod baseline;
mod check;
mod config;
mod diff;
mod extract;
mod facts;
mod indicators;
mod init;
mod policy_tests;
mod rules;
mod serve;

pub use check::{CheckArgs, FailOn, JudgeArgs};

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::pipeline::{CheckError, Checker, DocumentError, PolicySources};

/// `tenderlint`: its subcommands and their arguments.
#[derive(Debug, Parser)]
#[command(
    name = "tenderlint",
    version,
    about = "Checks public procurement tenders against digital-sovereignty criteria"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check tenders against the sovereignty policies and report what is wrong, where, why and how
    /// to fix it. Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: a usage
    /// error or a document that could not be checked.
    Check {
        /// Files and directories (recursive; PDF, DOCX, ODT, HTML, text, Markdown, XLSX, ODS; a zip
        /// archive is judged as one consultation file); - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// How to check and report.
        #[command(flatten)]
        options: CheckArgs,
    },
    /// Compare two drafts of a tender: findings introduced, resolved and unchanged. Exit 1 when a
    /// new finding is at or above --fail-on.
    Diff {
        /// The earlier draft: a file, or a consultation file (a directory or a zip archive).
        old: PathBuf,
        /// The later draft.
        new: PathBuf,
        /// How to check and report.
        #[command(flatten)]
        options: CheckArgs,
    },
    /// Write a baseline: the findings in force in these documents, by fingerprint, so that
    /// `check --baseline FILE` fails only on findings that are not in it.
    Baseline {
        /// Files and directories, as `check` takes them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The baseline file to write (`tenderlint.baseline/v1` JSON).
        #[arg(short = 'o', long, value_name = "FILE")]
        output: PathBuf,
        /// How to judge the documents.
        #[command(flatten)]
        options: JudgeArgs,
    },
    /// Indicators over notices (eForms, OCDS), per buyer and per CPV division: how many IT
    /// notices require a service under US law, name a brand without "or equivalent", let data
    /// leave the EU, or withhold their procurement documents (docs/indicators.md).
    Indicators {
        /// Notices: files (an OCDS package or JSON Lines is one notice per release) and
        /// directories; with --from-reports, JSON Lines written by `check --format jsonl`.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Tally the reports of earlier `check --format jsonl` runs instead of judging notices.
        #[arg(long)]
        from_reports: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = indicators::IndicatorFormat::Text)]
        format: indicators::IndicatorFormat,
        /// How to judge the notices.
        #[command(flatten)]
        options: JudgeArgs,
    },
    /// Print the text of tender documents as tenderlint reads it: blocks with page, kind and text.
    Extract {
        /// Tender files (PDF, DOCX, ODT, HTML, plain text, Markdown).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
    /// Serve the HTTP API and the page for procurement officers.
    Serve(serve::ServeArgs),
    /// Run the tests of a policy set: every test_* rule of its *_test.rego files, and every
    /// example of its rules' METADATA checked as `check` checks a tender. Exit 1 when one fails.
    Test {
        /// The policy set.
        #[command(flatten)]
        policies: PolicyArgs,
        /// Run only the tests whose name (data.<package>.<rule>, or
        /// examples.<rule>.<lang>.<fail|pass>) matches this regular expression.
        #[arg(long)]
        run: Option<String>,
        /// Report line coverage of the policies.
        #[arg(long)]
        coverage: bool,
        /// Fail (exit 1) when coverage is under this percentage; implies --coverage.
        #[arg(long, value_name = "PCT")]
        threshold: Option<f64>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TestFormat::Text)]
        format: TestFormat,
    },
    /// List the rules of a policy set, with family, severity, title and legal references.
    Rules {
        /// The policy set.
        #[command(flatten)]
        policies: PolicyArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
    /// Explain a rule: what it checks, why it matters, failing and passing wording, references,
    /// and how to fix a tender.
    Explain {
        /// Rule id, for example vendor_neutrality.brand_without_equivalent.
        rule: String,
        /// The policy set.
        #[command(flatten)]
        policies: PolicyArgs,
    },
    /// Write a new house pack (a buyer's own rules, checked beside the bundled pack): a rule with
    /// its METADATA and examples, its Rego tests, a data file and a README, that `tenderlint
    /// test --house-pack DIR` passes at once.
    Init {
        /// The directory to write the pack in (created when missing; nothing is overwritten).
        dir: PathBuf,
    },
    /// Print the sovereignty facts read in tender documents, each with its page and sentence.
    Facts {
        /// Tender files (PDF, DOCX, ODT, HTML, plain text, Markdown, XLSX, ODS; a zip archive is
        /// a package) and directories.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Merge the facts of each directory's documents (and of the files given alone) as one
        /// consultation file.
        #[arg(long)]
        package: bool,
        /// The policy set.
        #[command(flatten)]
        policies: PolicyArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
}

/// Which policy set a command uses: the same flags for every command.
#[derive(Debug, Clone, Default, Args)]
pub struct PolicyArgs {
    /// Policy directory that replaces the bundled pack (repeatable); the bundled pack when
    /// omitted.
    #[arg(long = "policies", value_name = "DIR")]
    pub policies: Vec<PathBuf>,
    /// A house pack: a buyer's own rules (`tenderlint init` makes one), loaded beside the
    /// bundled pack, or beside the --policies directories (repeatable).
    #[arg(long = "house-pack", value_name = "DIR")]
    pub house_packs: Vec<PathBuf>,
}

impl PolicyArgs {
    /// Where the policy set comes from.
    pub fn sources(&self) -> PolicySources {
        PolicySources {
            dirs: self.policies.clone(),
            house_packs: self.house_packs.clone(),
        }
    }
}

/// Text for people, or JSON for tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentFormat {
    /// For people.
    Text,
    /// For tools.
    Json,
}

/// How to print the results of the policy tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    /// For people.
    Text,
    /// For tools.
    Json,
    /// JUnit XML, for CI test views.
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
        Command::Diff { old, new, options } => diff::diff(&old, &new, &options, out, err),
        Command::Baseline {
            paths,
            output,
            options,
        } => baseline::baseline(&paths, &output, &options, out, err),
        Command::Extract { files, format } => extract::extract(&files, format, out, err),
        Command::Indicators {
            paths,
            from_reports,
            format,
            options,
        } => indicators::indicators(&paths, &options, from_reports, format, out, err),
        Command::Facts {
            files,
            policies,
            format,
            package,
        } => facts::facts(&files, &policies, format, package, out, err),
        Command::Test {
            policies,
            run,
            coverage,
            threshold,
            format,
        } => policy_tests::test(
            &policies,
            run.as_deref(),
            coverage || threshold.is_some(),
            threshold,
            format,
            out,
            err,
        ),
        Command::Rules { policies, format } => rules::rules(&policies, format, out, err),
        Command::Explain { rule, policies } => rules::explain(&rule, &policies, out, err),
        Command::Init { dir } => init::init(&dir, out, err),
        Command::Serve(args) => serve::serve(args, err),
    }
}

/// Prepares the policy set a command names; says why on `err` and gives `None` when it cannot.
fn load_checker(policies: &PolicyArgs, err: &mut dyn Write) -> std::io::Result<Option<Checker>> {
    ran(Checker::load(&policies.sources()), err)
}

/// Says each per-file error on `err`; the exit code for them.
fn report_errors(errors: &[DocumentError], err: &mut dyn Write) -> std::io::Result<u8> {
    for error in errors {
        writeln!(err, "error: {error}")?;
    }
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}

/// What a pipeline call gave, or the error said on `err` and `None`.
fn ran<T>(result: Result<T, CheckError>, err: &mut dyn Write) -> std::io::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(error) => {
            writeln!(err, "error: {error}")?;
            Ok(None)
        }
    }
}

/// The documents that were handled, and the errors of those that were not.
fn partition<T>(results: Vec<Result<T, DocumentError>>) -> (Vec<T>, Vec<DocumentError>) {
    let mut done = Vec::new();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(value) => done.push(value),
            Err(error) => errors.push(error),
        }
    }
    (done, errors)
}

/// Each item's text, a blank line between two.
fn write_each<T>(
    out: &mut dyn Write,
    items: &[T],
    text: impl Fn(&T) -> String,
) -> std::io::Result<()> {
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        write!(out, "{}", text(item))?;
    }
    Ok(())
}
