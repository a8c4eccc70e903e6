//! The one call both surfaces use: documents in, a [`Report`] out. Documents are checked in
//! parallel; a document that cannot be read is recorded in the report, the others are checked.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::extract::Extractor;
use crate::extract::reference::{ReferenceData, ReferenceError};
use crate::ingest::{FileError, IngestOptions, Source, ingest_bytes, ingest_path};
use crate::model::{
    DocumentReport, Facts, PolicyIdentity, REPORT_SCHEMA, Report, Severity, Summary, Tool, Waiver,
};
use crate::policy::{PolicyError, PolicySet, apply_waivers, load_waivers};

/// What to check: a file on disk, or bytes that came from elsewhere (standard input, an upload).
#[derive(Debug, Clone)]
pub enum Input {
    Path(PathBuf),
    Bytes { name: String, bytes: Vec<u8> },
}

impl Input {
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
    pub profile: String,
    pub ingest: IngestOptions,
    /// Waivers for every document, on top of each file's own `<file>.waivers.json`.
    pub waivers: Vec<Waiver>,
    /// Documents checked at once; 0 means one per core.
    pub jobs: usize,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            profile: crate::policy::DEFAULT_PROFILE.to_string(),
            ingest: IngestOptions::default(),
            waivers: Vec::new(),
            jobs: 0,
        }
    }
}

/// Why a check could not run at all (as opposed to a document that could not be read).
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error("reference data: {0}")]
    Reference(#[from] ReferenceError),
}

/// A policy set with the extractor built from its reference data: prepare once, check many.
#[derive(Debug)]
pub struct Checker {
    policies: PolicySet,
    extractor: Extractor,
}

impl Checker {
    pub fn new(policies: PolicySet) -> Result<Self, CheckError> {
        let reference = ReferenceData::from_policy_data(policies.data())?;
        Ok(Checker {
            extractor: Extractor::new(&reference),
            policies,
        })
    }

    pub fn policies(&self) -> &PolicySet {
        &self.policies
    }

    pub fn extractor(&self) -> &Extractor {
        &self.extractor
    }

    /// Checks documents; `progress` is told each time one is done.
    pub fn check(
        &self,
        inputs: &[Input],
        options: &CheckOptions,
        progress: &(dyn Fn() + Sync),
    ) -> Result<Report, CheckError> {
        self.policies.check_profile(&options.profile)?;
        let jobs = match options.jobs {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
        .min(inputs.len().max(1));
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<(usize, Result<DocumentReport, PolicyError>)>> =
            Mutex::new(Vec::with_capacity(inputs.len()));
        std::thread::scope(|scope| {
            for _ in 0..jobs {
                scope.spawn(|| {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(input) = inputs.get(index) else {
                            break;
                        };
                        let report = self.check_one(input, options);
                        if let Ok(mut results) = results.lock() {
                            results.push((index, report));
                        }
                        progress();
                    }
                });
            }
        });
        let mut results = results
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        results.sort_by_key(|(index, _)| *index);
        let mut documents = Vec::with_capacity(results.len());
        for (_, result) in results {
            documents.push(result?);
        }
        Ok(self.report(documents, &options.profile))
    }

    /// Judges facts that came ready (the HTTP API takes them as JSON).
    pub fn check_facts(&self, facts: &Facts, options: &CheckOptions) -> Result<Report, CheckError> {
        let mut findings = self.policies.evaluate(facts, &options.profile)?;
        apply_waivers(&mut findings, &options.waivers);
        let (waived, findings) = findings.into_iter().partition(|f| f.waiver.is_some());
        let document = DocumentReport {
            path: facts.document.name.clone(),
            sha256: Some(facts.document.sha256.clone()),
            format: Some(facts.document.format),
            language: facts.document.language.clone(),
            pages: facts.document.pages,
            findings,
            waived,
            errors: Vec::new(),
            notes: Vec::new(),
        };
        Ok(self.report(vec![document], &options.profile))
    }

    fn check_one(
        &self,
        input: &Input,
        options: &CheckOptions,
    ) -> Result<DocumentReport, PolicyError> {
        let read = match input {
            Input::Path(path) => ingest_path(path, &options.ingest),
            Input::Bytes { name, bytes } => ingest_bytes(Source { name, bytes }, &options.ingest),
        };
        let document = match read {
            Ok(document) => document,
            Err(FileError { error, .. }) => {
                return Ok(DocumentReport {
                    path: input.name(),
                    sha256: None,
                    format: None,
                    language: None,
                    pages: None,
                    findings: Vec::new(),
                    waived: Vec::new(),
                    errors: vec![error.to_string()],
                    notes: Vec::new(),
                });
            }
        };
        let mut waivers = options.waivers.clone();
        let mut errors = Vec::new();
        if let Input::Path(path) = input {
            let mut own = path.clone().into_os_string();
            own.push(".waivers.json");
            let own = PathBuf::from(own);
            if own.exists() {
                match load_waivers(&own) {
                    Ok(file_waivers) => waivers.extend(file_waivers),
                    Err(error) => errors.push(error.to_string()),
                }
            }
        }
        let facts = self.extractor.extract(&document);
        let mut findings = self.policies.evaluate(&facts, &options.profile)?;
        apply_waivers(&mut findings, &waivers);
        let (waived, findings) = findings.into_iter().partition(|f| f.waiver.is_some());
        Ok(DocumentReport {
            path: input.name(),
            sha256: Some(document.sha256),
            format: Some(document.format),
            language: document.language.map(|l| l.code),
            pages: document.pages,
            findings,
            waived,
            errors,
            notes: document.notes,
        })
    }

    fn report(&self, documents: Vec<DocumentReport>, profile: &str) -> Report {
        let mut summary = Summary {
            documents: documents.len(),
            ..Summary::default()
        };
        for document in &documents {
            if !document.errors.is_empty() && document.sha256.is_none() {
                summary.unreadable += 1;
            }
            summary.waived += document.waived.len();
            for finding in &document.findings {
                match finding.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                    Severity::Info => summary.infos += 1,
                }
            }
        }
        Report {
            schema: REPORT_SCHEMA.to_string(),
            tool: Tool {
                name: "tenderlint".to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            policy: PolicyIdentity {
                hash: self.policies.hash().to_string(),
                profile: profile.to_string(),
            },
            documents,
            summary,
        }
    }
}
