//! The one door both surfaces use: inputs in, documents, facts or a [`Report`] out. Documents
//! are handled in parallel; a document that cannot be read gets a typed [`DocumentError`], and
//! the others go on.

mod diff;

use std::path::{Path, PathBuf};
use std::time::Duration;

use bytes::Bytes;
use rayon::prelude::*;

use crate::deadline::{CancelFlag, Deadline, Interrupted};
use crate::extract::Extractor;
use crate::extract::reference::{ReferenceData, ReferenceError};
use crate::ingest::{FileError, IngestError, IngestOptions, Source, ingest_bytes, ingest_path};
use crate::model::{
    Document, DocumentReport, Facts, PolicyIdentity, Report, RuleInfo, TestReport, Waiver,
};
use crate::policy::{PolicyError, PolicySet, apply_waivers, load_waivers};

pub use crate::policy::DEFAULT_PROFILE;
pub use diff::compare;

/// What to read: a file on disk, or bytes that came from elsewhere (standard input, an upload).
#[derive(Debug, Clone)]
pub enum Input {
    /// A file, read from disk; its own `<file>.waivers.json` applies when present.
    Path(PathBuf),
    /// Bytes with the name they came under.
    Bytes {
        /// The name shown in reports (a file name in an upload, `<stdin>`).
        name: String,
        /// The file's contents (shared, not copied, between the surface and the pipeline).
        bytes: Bytes,
    },
}

impl Input {
    /// The name the input is reported under.
    pub fn name(&self) -> String {
        match self {
            Input::Path(path) => path.display().to_string(),
            Input::Bytes { name, .. } => name.clone(),
        }
    }
}

/// How to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The jurisdiction profile (`eu`, `fr`, `de`, `ch`).
    pub profile: String,
    /// Limits on reading files.
    pub ingest: IngestOptions,
    /// A waivers file for every document, on top of each file's own `<file>.waivers.json`.
    pub waivers_file: Option<PathBuf>,
    /// Documents handled at once; 0 means one per core.
    pub jobs: usize,
    /// The longest one document may take, from reading to findings; `None` for no limit.
    pub document_timeout: Option<Duration>,
    /// Stops every document of the run when set (a server shutting down, a client gone).
    pub cancel: CancelFlag,
}

/// The time one document may take by default.
pub const DEFAULT_DOCUMENT_TIMEOUT: Duration = Duration::from_secs(60);

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            profile: DEFAULT_PROFILE.to_string(),
            ingest: IngestOptions::default(),
            waivers_file: None,
            jobs: 0,
            document_timeout: Some(DEFAULT_DOCUMENT_TIMEOUT),
            cancel: CancelFlag::new(),
        }
    }
}

impl CheckOptions {
    /// The deadline of one document, starting now.
    fn deadline(&self) -> Deadline {
        Deadline::after(self.document_timeout, self.cancel.clone())
    }
}

/// Why a run could not happen at all (as opposed to one document that could not be read).
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The policies could not be loaded or evaluated, or the profile is unknown.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// The reference data of the policy set is not what the extractor needs.
    #[error("reference data: {0}")]
    Reference(#[from] ReferenceError),
    /// Rayon could not start its worker threads.
    #[error("cannot start the worker threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
}

/// Why one document could not be handled; the other documents of a run go on.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The file could not be read: unsupported, damaged, scanned, too large…
    #[error(transparent)]
    Unreadable(#[from] FileError),
    /// The document was read, but its time ran out (or the run was cancelled) before its
    /// facts were extracted and judged.
    #[error("{name}: {cause}")]
    Interrupted {
        /// The document's name.
        name: String,
        /// Why it stopped.
        cause: Interrupted,
    },
}

impl DocumentError {
    /// The name of the document that failed.
    pub fn document(&self) -> &str {
        match self {
            DocumentError::Unreadable(error) => &error.name,
            DocumentError::Interrupted { name, .. } => name,
        }
    }

    /// What went wrong, without the document's name.
    pub fn reason(&self) -> String {
        match self {
            DocumentError::Unreadable(error) => error.error.to_string(),
            DocumentError::Interrupted { cause, .. } => cause.to_string(),
        }
    }

    /// Whether the document ran out of time, or its check was cancelled, in any stage.
    pub fn is_interrupted(&self) -> bool {
        matches!(
            self,
            DocumentError::Interrupted { .. }
                | DocumentError::Unreadable(FileError {
                    error: IngestError::Interrupted(_),
                    ..
                })
        )
    }

    /// Whether the file is in a format tenderlint does not read (as opposed to a damaged file
    /// of a format it reads).
    pub fn is_unsupported_format(&self) -> bool {
        matches!(
            self,
            DocumentError::Unreadable(FileError {
                error: IngestError::Unsupported { .. },
                ..
            })
        )
    }
}

/// Runs the Rego unit tests of the bundled pack (`policy_dirs` empty) or of these directories,
/// those whose name matches `filter`, with line coverage when asked.
pub fn test_policies(
    policy_dirs: &[PathBuf],
    filter: Option<&regex::Regex>,
    coverage: bool,
) -> Result<TestReport, CheckError> {
    let set = PolicySet::from_dirs_with_tests(policy_dirs)?;
    Ok(crate::policy::testing::run(&set, filter, coverage))
}

/// Reads documents into the document model, in input order.
pub fn read(
    inputs: &[Input],
    options: &CheckOptions,
) -> Result<Vec<Result<Document, DocumentError>>, CheckError> {
    each(inputs, options.jobs, &|input| {
        read_one(input, options, &options.deadline())
    })
}

fn read_one(
    input: &Input,
    options: &CheckOptions,
    deadline: &Deadline,
) -> Result<Document, DocumentError> {
    let options = IngestOptions {
        deadline: deadline.clone(),
        ..options.ingest.clone()
    };
    let document = match input {
        Input::Path(path) => ingest_path(path, &options)?,
        Input::Bytes { name, bytes } => ingest_bytes(Source { name, bytes }, &options)?,
    };
    Ok(document)
}

/// Runs `work` on every input, `jobs` at a time (0: one per core), keeping the input order.
fn each<T: Send>(
    inputs: &[Input],
    jobs: usize,
    work: &(dyn Fn(&Input) -> T + Sync),
) -> Result<Vec<T>, CheckError> {
    if jobs == 1 || inputs.len() <= 1 {
        return Ok(inputs.iter().map(work).collect());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("tenderlint-worker-{i}"))
        .build()?;
    Ok(pool.install(|| inputs.par_iter().map(work).collect()))
}

/// A policy set with the extractor built from its reference data: prepare once, use many times.
/// Facts and checks use the same reference data, so a document gives the same facts whichever
/// surface asks.
#[derive(Debug)]
pub struct Checker {
    policies: PolicySet,
    extractor: Extractor,
}

impl Checker {
    /// Prepares a policy set.
    pub fn new(policies: PolicySet) -> Result<Self, CheckError> {
        let reference = ReferenceData::from_policy_data(policies.data())?;
        Ok(Checker {
            extractor: Extractor::new(&reference),
            policies,
        })
    }

    /// The bundled pack when `policy_dirs` is empty, else the policies of these directories.
    pub fn load(policy_dirs: &[PathBuf]) -> Result<Self, CheckError> {
        Self::new(PolicySet::from_dirs(policy_dirs)?)
    }

    /// The rules of the policy set, from their METADATA.
    pub fn rules(&self) -> &[RuleInfo] {
        self.policies.rules()
    }

    /// A rule by id.
    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.policies.rule(id)
    }

    /// The identity of the policy set (a hash of its files) under a profile.
    pub fn identity(&self, profile: &str) -> PolicyIdentity {
        PolicyIdentity {
            hash: self.policies.hash().to_string(),
            profile: profile.to_string(),
        }
    }

    /// An error unless the policy set defines the profile.
    pub fn check_profile(&self, profile: &str) -> Result<(), CheckError> {
        Ok(self.policies.check_profile(profile)?)
    }

    /// The facts of each document, in input order.
    pub fn facts(
        &self,
        inputs: &[Input],
        options: &CheckOptions,
    ) -> Result<Vec<Result<Facts, DocumentError>>, CheckError> {
        each(inputs, options.jobs, &|input| {
            let deadline = options.deadline();
            let document = read_one(input, options, &deadline)?;
            self.extract(&document, &deadline)
        })
    }

    /// Checks documents; `progress` is told each time one is done. A document that cannot be
    /// read is in the report with the reason, marked unreadable.
    pub fn check(
        &self,
        inputs: &[Input],
        options: &CheckOptions,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Report, CheckError> {
        let documents = self
            .check_each(inputs, options, progress)?
            .into_iter()
            .map(|result| {
                result.unwrap_or_else(|error| {
                    DocumentReport::unreadable(error.document().to_string(), error.reason())
                })
            })
            .collect();
        Ok(Report::from_documents(
            documents,
            self.identity(&options.profile),
        ))
    }

    /// Checks documents, each with its own outcome, in input order: for a surface that treats
    /// an unreadable document differently (the server refuses the whole upload).
    pub fn check_each(
        &self,
        inputs: &[Input],
        options: &CheckOptions,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Vec<Result<DocumentReport, DocumentError>>, CheckError> {
        self.policies.check_profile(&options.profile)?;
        let common = common_waivers(options)?;
        let results = each(inputs, options.jobs, &|input| {
            let result = self.check_one(input, options, &common);
            progress();
            result
        })?;
        Ok(results
            .into_iter()
            .collect::<Result<Vec<_>, PolicyError>>()?)
    }

    /// Judges facts that came ready (the HTTP API takes them as JSON).
    pub fn check_facts(&self, facts: &Facts, options: &CheckOptions) -> Result<Report, CheckError> {
        let document = self.judge(facts, &options.profile, &common_waivers(options)?)?;
        Ok(Report::from_documents(
            vec![document],
            self.identity(&options.profile),
        ))
    }

    /// The facts of a document read, within its deadline.
    fn extract(&self, document: &Document, deadline: &Deadline) -> Result<Facts, DocumentError> {
        self.extractor
            .extract(document, deadline)
            .map_err(|cause| DocumentError::Interrupted {
                name: document.name.clone(),
                cause,
            })
    }

    /// The report of one document's facts: findings under the profile, waivers applied.
    fn judge(
        &self,
        facts: &Facts,
        profile: &str,
        waivers: &[Waiver],
    ) -> Result<DocumentReport, PolicyError> {
        let mut findings = self.policies.evaluate(facts, profile)?;
        apply_waivers(&mut findings, waivers);
        let (waived, findings) = findings.into_iter().partition(|f| f.waiver.is_some());
        Ok(DocumentReport {
            path: facts.document.name.clone(),
            sha256: Some(facts.document.sha256.clone()),
            format: Some(facts.document.format),
            language: facts.document.language.clone(),
            pages: facts.document.pages,
            findings,
            waived,
            unreadable: false,
            errors: Vec::new(),
            notes: Vec::new(),
        })
    }

    /// One document: read, facts, policies, waivers. The outer result is a policy failure
    /// (which stops the run), the inner one the document's own.
    fn check_one(
        &self,
        input: &Input,
        options: &CheckOptions,
        common: &[Waiver],
    ) -> Result<Result<DocumentReport, DocumentError>, PolicyError> {
        let deadline = options.deadline();
        let document = match read_one(input, options, &deadline) {
            Ok(document) => document,
            Err(error) => return Ok(Err(error)),
        };
        let mut waivers = common.to_vec();
        let mut errors = Vec::new();
        if let Input::Path(path) = input
            && let Some(own) = own_waivers(path)
        {
            match load_waivers(&own) {
                Ok(file_waivers) => waivers.extend(file_waivers),
                Err(error) => errors.push(error.to_string()),
            }
        }
        let facts = match self.extract(&document, &deadline) {
            Ok(facts) => facts,
            Err(error) => return Ok(Err(error)),
        };
        // Judgement is bounded by the facts, which are bounded per fact; the deadline is asked
        // once more before it.
        if let Err(cause) = deadline.check() {
            return Ok(Err(DocumentError::Interrupted {
                name: input.name(),
                cause,
            }));
        }
        let report = self.judge(&facts, &options.profile, &waivers)?;
        Ok(Ok(DocumentReport {
            path: input.name(),
            errors,
            notes: document.notes.into_iter().chain(facts.notes).collect(),
            ..report
        }))
    }
}

/// The waivers of `--waivers`, for every document.
fn common_waivers(options: &CheckOptions) -> Result<Vec<Waiver>, PolicyError> {
    options
        .waivers_file
        .as_deref()
        .map_or(Ok(Vec::new()), load_waivers)
}

/// `<file>.waivers.json` beside a tender, when there is one.
fn own_waivers(path: &Path) -> Option<PathBuf> {
    let mut own = path.as_os_str().to_owned();
    own.push(".waivers.json");
    let own = PathBuf::from(own);
    own.exists().then_some(own)
}
