//! The one door both surfaces use: inputs in, documents, facts or a [`Report`] out. Documents
//! are handled in parallel; a document that cannot be read gets a typed [`DocumentError`], and
//! the others go on.

mod baseline;
mod diff;
mod examples;
mod unit;

use std::path::{Path, PathBuf};
use std::time::Duration;

use bytes::Bytes;
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::deadline::{CancelFlag, Deadline, Interrupted};
use crate::extract::reference::{ReferenceData, ReferenceError};
use crate::extract::{Extractor, most_common};
use crate::ingest::{FileError, IngestError, IngestOptions};
use crate::model::{
    Baseline, Document, DocumentInfo, DocumentReport, Facts, PolicyIdentity, Report, RuleInfo,
    TestReport, Waiver, file_name,
};
use crate::policy::{Judgement, PolicyError, PolicySet, Waived, apply_waivers, load_waivers};

pub use crate::policy::{DEFAULT_PROFILE, PolicySources};
pub use baseline::{BaselineError, baseline_of, load_baseline};
pub use diff::compare;
use unit::{Read, Unit};

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
    /// Documents judged together as one consultation file: a directory given as a package,
    /// files uploaded together.
    Package {
        /// The name shown in reports (the directory, the upload's name).
        name: String,
        /// The directory the package was read from: its own `<dir>.waivers.json` applies.
        dir: Option<PathBuf>,
        /// Its documents, in the package's order.
        members: Vec<Input>,
    },
}

impl Input {
    /// Documents judged together: read from `dir` (named after it), or given together (named
    /// after their common directory, else their names joined by " + ").
    pub fn package(dir: Option<PathBuf>, members: Vec<Input>) -> Input {
        let name = match &dir {
            Some(dir) => dir.display().to_string(),
            None => {
                let names: Vec<String> = members.iter().map(Input::name).collect();
                let parent = |name: &str| Path::new(name).parent().map(Path::to_path_buf);
                match names.first().and_then(|n| parent(n)) {
                    Some(common)
                        if !common.as_os_str().is_empty()
                            && names.iter().all(|n| parent(n).as_ref() == Some(&common)) =>
                    {
                        common.display().to_string()
                    }
                    _ => names.join(" + "),
                }
            }
        };
        Input::Package { name, dir, members }
    }

    /// The name the input is reported under.
    pub fn name(&self) -> String {
        match self {
            Input::Path(path) => path.display().to_string(),
            Input::Bytes { name, .. } | Input::Package { name, .. } => name.clone(),
        }
    }

    /// The file or directory on disk whose own waivers file applies, if any.
    fn own_path(&self) -> Option<&Path> {
        match self {
            Input::Path(path) => Some(path),
            Input::Package { dir, .. } => dir.as_deref(),
            Input::Bytes { .. } => None,
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
    /// The date the rules judge at: today unless a pipeline pins it to reproduce a report.
    pub as_of: NaiveDate,
    /// The findings known already (`check --baseline`): marked known, they do not fail a check.
    pub baseline: Option<Baseline>,
    /// The language findings are written in (`fr`, `de-CH`…); the tender's own when `None` or
    /// one the policy set's catalogues lack, else English.
    pub lang: Option<String>,
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
            as_of: today(),
            baseline: None,
            lang: None,
        }
    }
}

/// Today's date, in UTC (the date a report is judged at unless pinned).
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
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
    /// Findings cannot be written in the language asked for.
    #[error("findings cannot be written in {lang:?}; languages: {known}")]
    UnknownLanguage {
        /// The language asked for.
        lang: String,
        /// The languages of the policy set's catalogues, comma-separated.
        known: String,
    },
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
    /// No document of a package could be read, or it holds none.
    #[error("{name}: no document of the package could be read{}", failures_list(.failures))]
    EmptyPackage {
        /// The package's name.
        name: String,
        /// Why each of its documents could not be read.
        failures: Vec<DocumentError>,
    },
}

/// " (a: why; b: why)" for the documents of a package that could not be read.
fn failures_list(failures: &[DocumentError]) -> String {
    if failures.is_empty() {
        return " (it holds no document)".to_string();
    }
    let each: Vec<String> = failures.iter().map(ToString::to_string).collect();
    format!(" ({})", each.join("; "))
}

impl DocumentError {
    /// The name of the document (or package) that failed.
    pub fn document(&self) -> &str {
        match self {
            DocumentError::Unreadable(error) => &error.name,
            DocumentError::Interrupted { name, .. } | DocumentError::EmptyPackage { name, .. } => {
                name
            }
        }
    }

    /// What went wrong, without the document's name.
    pub fn reason(&self) -> String {
        match self {
            DocumentError::Unreadable(error) => error.error.to_string(),
            DocumentError::Interrupted { cause, .. } => cause.to_string(),
            DocumentError::EmptyPackage { failures, .. } => format!(
                "no document of the package could be read{}",
                failures_list(failures)
            ),
        }
    }

    /// Whether the document ran out of time, or its check was cancelled, in any stage (for a
    /// package: every document that failed did).
    pub fn is_interrupted(&self) -> bool {
        match self {
            DocumentError::Interrupted { .. }
            | DocumentError::Unreadable(FileError {
                error: IngestError::Interrupted(_),
                ..
            }) => true,
            DocumentError::EmptyPackage { failures, .. } => {
                !failures.is_empty() && failures.iter().all(DocumentError::is_interrupted)
            }
            DocumentError::Unreadable(_) => false,
        }
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

/// Tests a policy set (the bundled pack, or directories, with house packs): runs the Rego unit
/// tests and the rules' METADATA examples whose name matches `filter`, with line coverage when
/// asked. Each example wording is checked as `check` checks a tender, with the set's own data.
pub fn test_policies(
    sources: &PolicySources,
    filter: Option<&regex::Regex>,
    coverage: bool,
) -> Result<TestReport, CheckError> {
    let set = PolicySet::from_sources_with_tests(sources)?;
    let mut report = crate::policy::testing::run(&set, filter, coverage);
    report.catalogue_gaps = catalogue_gaps(&set);
    (report.examples, report.rules_without_examples) = examples::run(sources, set.rules(), filter)?;
    Ok(report)
}

/// What the policy set's catalogues lack, when it has catalogues beyond English: the title and
/// remediation of each rule they translate, every message whose English is in the data, and
/// every English message in every language with the same arguments.
fn catalogue_gaps(set: &PolicySet) -> Vec<String> {
    let catalogues = set.catalogues();
    if catalogues.languages().len() < 2 {
        return Vec::new();
    }
    let rules: Vec<&str> = set
        .rules()
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| catalogues.defines(&crate::policy::rule_key(id)))
        .collect();
    catalogues.gaps(&rules, &set.translations_of_data())
}

/// Reads documents into the document model, in input order: a package gives each of its
/// documents, then the errors of those that could not be read.
pub fn read(
    inputs: &[Input],
    options: &CheckOptions,
) -> Result<Vec<Result<Document, DocumentError>>, CheckError> {
    let units = each(inputs, options, &|input, parallel| {
        unit::read_unit(input, options, parallel)
    })?;
    Ok(units
        .into_iter()
        .flat_map(|unit| match unit {
            Ok(unit) => {
                let (documents, failures) = unit.into_documents();
                documents
                    .into_iter()
                    .map(|read| Ok(read.document))
                    .chain(failures.into_iter().map(Err))
                    .collect()
            }
            Err(error) => vec![Err(error)],
        })
        .collect())
}

/// The inputs with every file that holds several notices (an OCDS package, JSON Lines of
/// releases) replaced by one input per notice, named `<file>#<notice>`: each notice is judged
/// and reported on its own. Every door does it; a surface that wants to count or batch the
/// notices before checking them calls it first (doing it twice changes nothing).
pub fn expand(inputs: &[Input], options: &CheckOptions) -> Vec<Input> {
    unit::expand_notices(inputs, options)
}

/// Runs `work` on every input, `options.jobs` at a time (0: one per core), keeping the input
/// order, on the rayon pool it is called on if any, else on a pool of its own; a file holding
/// several notices is one input per notice. `work` is told whether it runs
/// on the pool, where the documents of a package can be read in parallel too.
fn each<T: Send>(
    inputs: &[Input],
    options: &CheckOptions,
    work: &(dyn Fn(&Input, bool) -> T + Sync),
) -> Result<Vec<T>, CheckError> {
    let inputs = &expand(inputs, options);
    let jobs = options.jobs;
    if jobs == 1 {
        return Ok(inputs.iter().map(|input| work(input, false)).collect());
    }
    // Called on a pool that lives across calls (a stream of batches): its threads serve again.
    // A new pool per call would start new threads, and each grows its own regex caches and
    // allocator arenas, so resident memory would climb with every batch.
    if rayon::current_thread_index().is_some() {
        return Ok(inputs.par_iter().map(|input| work(input, true)).collect());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("tenderlint-worker-{i}"))
        .build()?;
    Ok(pool.install(|| inputs.par_iter().map(|input| work(input, true)).collect()))
}

/// The facts of one input, and the documents of a package that could not be read (the facts are
/// those of the others).
#[derive(Debug)]
pub struct InputFacts {
    /// The facts of the document, or of the package's readable documents merged.
    pub facts: Facts,
    /// The documents of a package that could not be read or ran out of time.
    pub unread: Vec<DocumentError>,
}

/// The facts of one input (a document, or a package's documents merged), with what its reading
/// left to say.
struct UnitFacts {
    facts: Facts,
    /// The documents of a package that could not be read or ran out of time.
    failures: Vec<DocumentError>,
    /// What the readers noted, each note naming its document in a package.
    notes: Vec<String>,
    /// Asked once more before judgement.
    deadline: Deadline,
}

/// A policy set with the extractor built from its reference data: prepare once, use many times.
/// Facts and checks use the same reference data, so a document gives the same facts whichever
/// surface asks.
#[derive(Debug)]
pub struct Checker {
    policies: PolicySet,
    extractor: Extractor,
    /// The CPV prefixes of an IT subject (`cpv.json`), for the indicators over notices.
    it_cpv: Vec<String>,
}

impl Checker {
    /// Prepares a policy set.
    pub fn new(policies: PolicySet) -> Result<Self, CheckError> {
        let reference = ReferenceData::from_policy_data(policies.data())?;
        Ok(Checker {
            extractor: Extractor::new(&reference),
            it_cpv: reference.it_cpv,
            policies,
        })
    }

    /// Prepares a process that will check many documents (a server) for its later documents:
    /// see [`Extractor::prepare_for_many_documents`].
    pub fn prepare_for_many_documents(&self) {
        self.extractor.prepare_for_many_documents();
    }

    /// The policy set of these sources: the bundled pack or the directories that replace it,
    /// with the house packs beside it.
    pub fn load(sources: &PolicySources) -> Result<Self, CheckError> {
        Self::new(PolicySet::from_sources(sources)?)
    }

    /// The rules of the policy set, from their METADATA.
    pub fn rules(&self) -> &[RuleInfo] {
        self.policies.rules()
    }

    /// The CPV prefixes of an IT subject, from the policy set's `cpv.json`.
    pub fn it_cpv(&self) -> &[String] {
        &self.it_cpv
    }

    /// A rule by id.
    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.policies.rule(id)
    }

    /// The languages findings can be written in (English always among them).
    pub fn languages(&self) -> Vec<&str> {
        self.policies.catalogues().languages()
    }

    /// An error unless findings can be written in a language (`fr`, `de-CH`…).
    pub fn check_language(&self, lang: &str) -> Result<(), CheckError> {
        if self.policies.catalogues().writes(lang) {
            Ok(())
        } else {
            Err(CheckError::UnknownLanguage {
                lang: lang.to_string(),
                known: self.languages().join(", "),
            })
        }
    }

    /// A report's findings written again in another language (a stored report shown to a
    /// reader of another language); findings of rules the set does not know are left as
    /// they are. Gives what the catalogues lacked.
    pub fn localize(&self, document: &mut DocumentReport, lang: &str) -> Vec<String> {
        let lang = self.policies.catalogues().language_for(Some(lang), None);
        self.write_in(document, lang)
    }

    /// Writes a report's findings, exceptions and scorecard in `lang`, one the catalogues
    /// have; the proposed clauses in the tender's language.
    fn write_in(&self, document: &mut DocumentReport, lang: String) -> Vec<String> {
        let tender = document.language.clone();
        let mut missing = Vec::new();
        for finding in document
            .findings
            .iter_mut()
            .chain(document.waived.iter_mut())
            .chain(document.excepted.iter_mut())
        {
            missing.extend(self.policies.localize(finding, &lang, tender.as_deref()));
        }
        if let Some(card) = &mut document.scorecard {
            missing.extend(self.policies.localize_scorecard(card, &lang));
        }
        document.report_language = Some(lang);
        missing
    }

    /// SHA-256 over the policy set's files.
    pub fn policy_hash(&self) -> &str {
        self.policies.hash()
    }

    /// The identity of the policy set (a hash of its files) under a profile, at a date.
    pub fn identity(&self, profile: &str, as_of: NaiveDate) -> PolicyIdentity {
        PolicyIdentity {
            hash: self.policies.hash().to_string(),
            profile: profile.to_string(),
            as_of: as_of.format("%Y-%m-%d").to_string(),
        }
    }

    /// An error unless the policy set defines the profile.
    pub fn check_profile(&self, profile: &str) -> Result<(), CheckError> {
        Ok(self.policies.check_profile(profile)?)
    }

    /// The facts of each input, in input order: for a package, its documents' facts merged,
    /// with the documents that could not be read. What the readers noted, and which documents
    /// could not be read, are in the facts' notes too, so that facts JSON says it on any surface.
    pub fn facts(
        &self,
        inputs: &[Input],
        options: &CheckOptions,
    ) -> Result<Vec<Result<InputFacts, DocumentError>>, CheckError> {
        each(inputs, options, &|input, parallel| {
            let unit = self.unit_facts(input, options, parallel)?;
            let mut facts = unit.facts;
            let read_notes = unit.notes.into_iter();
            let unread_notes = unit.failures.iter().map(|e| format!("not read: {e}"));
            facts.notes = read_notes.chain(unread_notes).chain(facts.notes).collect();
            Ok(InputFacts {
                facts,
                unread: unit.failures,
            })
        })
    }

    /// Reads an input and extracts its facts, each document within its own deadline.
    fn unit_facts(
        &self,
        input: &Input,
        options: &CheckOptions,
        parallel: bool,
    ) -> Result<UnitFacts, DocumentError> {
        match unit::read_unit(input, options, parallel)? {
            Unit::Document(read) => Ok(UnitFacts {
                facts: self.extract(&read.document, &read.deadline)?,
                failures: Vec::new(),
                notes: read.document.notes,
                deadline: read.deadline,
            }),
            Unit::Package(package) => {
                let extract = |read: Read| {
                    let facts = self.extract(&read.document, &read.deadline)?;
                    let name = &read.document.name;
                    let notes = read.document.notes.iter().map(|n| format!("{name}: {n}"));
                    Ok((facts, notes.collect::<Vec<_>>()))
                };
                let results = unit::in_parallel(package.documents, parallel, extract);
                let mut failures = package.failures;
                let mut parts = Vec::new();
                let mut notes = package.notes;
                for result in results {
                    match result {
                        Ok((facts, document_notes)) => {
                            parts.push(facts);
                            notes.extend(document_notes);
                        }
                        Err(error) => failures.push(error),
                    }
                }
                if parts.is_empty() {
                    return Err(DocumentError::EmptyPackage {
                        name: package.name,
                        failures,
                    });
                }
                Ok(UnitFacts {
                    facts: crate::extract::merge_package(&package.name, parts),
                    failures,
                    notes,
                    // Each document kept to its own deadline; judgement still stops when the
                    // run is cancelled.
                    deadline: options.deadline(),
                })
            }
        }
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
            self.identity(&options.profile, options.as_of),
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
        let results = each(inputs, options, &|input, parallel| {
            let result = self.check_one(input, options, &common, parallel);
            progress();
            result
        })?;
        let mut reports = results
            .into_iter()
            .collect::<Result<Vec<_>, PolicyError>>()?;
        unstale_common_waivers(&mut reports, &common);
        Ok(reports)
    }

    /// Judges facts that came ready (the HTTP API takes them as JSON).
    pub fn check_facts(&self, facts: &Facts, options: &CheckOptions) -> Result<Report, CheckError> {
        let document = self.judge(facts, options, &common_waivers(options)?)?;
        Ok(Report::from_documents(
            vec![document],
            self.identity(&options.profile, options.as_of),
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

    /// The report of one document's (or package's) facts: findings under the profile, waivers
    /// applied.
    fn judge(
        &self,
        facts: &Facts,
        options: &CheckOptions,
        waivers: &[Waiver],
    ) -> Result<DocumentReport, PolicyError> {
        let Judgement {
            findings,
            scorecard,
        } = self
            .policies
            .judge(facts, &options.profile, options.as_of)?;
        // The policies' own exceptions come first: a waiver is for what they still find.
        let (excepted, findings) = findings.into_iter().partition(|f| f.exception.is_some());
        let Waived {
            mut findings,
            waived,
            expired,
            stale,
        } = apply_waivers(findings, waivers, options.as_of);
        if let Some(baseline) = &options.baseline {
            for finding in &mut findings {
                finding.known = baseline.knows(&finding.fingerprint);
            }
        }
        // A single document is described by its own metadata; a package by its members.
        let (members, sha256, format, pages, notice) =
            match (&facts.package, facts.documents.as_slice()) {
                (None, [document]) => (
                    Vec::new(),
                    document.sha256.clone(),
                    Some(document.format),
                    document.pages,
                    document.notice.clone().map(Box::new),
                ),
                (_, documents) => (
                    documents.to_vec(),
                    package_digest(documents),
                    None,
                    None,
                    None,
                ),
            };
        let tender_language = tender_language(facts);
        let report_language = self
            .policies
            .catalogues()
            .language_for(options.lang.as_deref(), tender_language.as_deref());
        let mut report = DocumentReport {
            path: facts.name().to_string(),
            members,
            unreadable_members: Vec::new(),
            sha256: Some(sha256),
            format,
            language: tender_language,
            report_language: None,
            pages,
            findings,
            waived,
            excepted,
            expired_waivers: expired,
            stale_waivers: stale,
            unreadable: false,
            errors: Vec::new(),
            notes: Vec::new(),
            scorecard,
            notice,
        };
        self.write_in(&mut report, report_language);
        Ok(report)
    }

    /// One input: read, facts, policies, waivers. The outer result is a policy failure
    /// (which stops the run), the inner one the input's own.
    fn check_one(
        &self,
        input: &Input,
        options: &CheckOptions,
        common: &[Waiver],
        parallel: bool,
    ) -> Result<Result<DocumentReport, DocumentError>, PolicyError> {
        let unit = match self.unit_facts(input, options, parallel) {
            Ok(unit) => unit,
            Err(error) => return Ok(Err(error)),
        };
        let mut waivers = common.to_vec();
        let mut errors = Vec::new();
        if let Some(own) = input.own_path().and_then(own_waivers) {
            match load_waivers(&own) {
                Ok(file_waivers) => waivers.extend(file_waivers),
                Err(error) => errors.push(error.to_string()),
            }
        }
        // Judgement is bounded by the facts, which are bounded per fact; the deadline is asked
        // once more before it.
        if let Err(cause) = unit.deadline.check() {
            return Ok(Err(DocumentError::Interrupted {
                name: input.name(),
                cause,
            }));
        }
        let report = self.judge(&unit.facts, options, &waivers)?;
        errors.extend(unit.failures.iter().map(ToString::to_string));
        Ok(Ok(DocumentReport {
            path: input.name(),
            unreadable_members: unit
                .failures
                .iter()
                .map(|f| f.document().to_string())
                .collect(),
            errors,
            notes: unit.notes.into_iter().chain(unit.facts.notes).collect(),
            ..report
        }))
    }
}

/// The language of a tender: its document's, or the most common among a package's documents.
fn tender_language(facts: &Facts) -> Option<String> {
    let languages: Vec<&str> = facts
        .documents
        .iter()
        .filter_map(|d| d.language.as_deref())
        .collect();
    most_common(&languages).map(str::to_string)
}

/// What identifies a package's contents: SHA-256 over its documents' file names and digests, in
/// name order, so the same documents give the same digest whether zipped (nested or not), in a
/// directory or uploaded.
fn package_digest(documents: &[DocumentInfo]) -> String {
    let mut lines: Vec<String> = documents
        .iter()
        .map(|d| format!("{}\t{}\n", file_name(&d.name), d.sha256))
        .collect();
    lines.sort();
    crate::digest::sha256_hex(lines.concat().as_bytes())
}

/// The waivers of `--waivers`, for every document.
fn common_waivers(options: &CheckOptions) -> Result<Vec<Waiver>, PolicyError> {
    options
        .waivers_file
        .as_deref()
        .map_or(Ok(Vec::new()), load_waivers)
}

/// A waiver of `--waivers` applies to every document: it is stale only when it matches no
/// finding in any of them, and then it is listed in each.
fn unstale_common_waivers(
    reports: &mut [Result<DocumentReport, DocumentError>],
    common: &[Waiver],
) {
    let used: Vec<&Waiver> = common
        .iter()
        .filter(|waiver| {
            reports
                .iter()
                .flatten()
                .any(|report| !report.stale_waivers.contains(waiver))
        })
        .collect();
    for report in reports.iter_mut().flatten() {
        report
            .stale_waivers
            .retain(|waiver| !used.contains(&waiver));
    }
}

/// `<file>.waivers.json` beside a tender (or `<dir>.waivers.json` beside a package's directory),
/// when there is one.
fn own_waivers(path: &Path) -> Option<PathBuf> {
    let mut own = path.as_os_str().to_owned();
    own.push(".waivers.json");
    let own = PathBuf::from(own);
    own.exists().then_some(own)
}
