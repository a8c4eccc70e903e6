//! The policy engine: a directory of Rego v1 policies and JSON data, prepared once in a regorus
//! engine that is cloned for each evaluation; METADATA read by tenderlint; findings validated.

mod eval;
mod load;
mod metadata;
pub mod testing;
mod waivers;

use regorus::Engine;

pub use waivers::{apply_waivers, load_waivers};

use crate::model::{RuleInfo, Severity};

/// The profile used when none is chosen.
pub const DEFAULT_PROFILE: &str = "eu";

/// The rule sets a package may define, with the severity of what they hold.
const RULE_SETS: [(&str, Severity); 3] = [
    ("deny", Severity::Error),
    ("warn", Severity::Warning),
    ("info", Severity::Info),
];

/// Why a policy set cannot be loaded or evaluated.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: {message}")]
    Data { file: String, message: String },
    #[error("{file}:{line}: invalid METADATA block: {message}")]
    Metadata {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{dir}: no rule found (a policy directory needs packages defining deny, warn or info)")]
    NoRules { dir: String },
    #[error("unknown profile {name:?}; profiles: {known}")]
    UnknownProfile { name: String, known: String },
    #[error("evaluating {query}: {message}")]
    Evaluation { query: String, message: String },
    #[error("package {package}, rule set {set}: {message}")]
    InvalidFinding {
        package: String,
        set: String,
        message: String,
    },
}

/// One file of a policy set.
#[derive(Debug, Clone)]
struct PolicyFile {
    /// Relative to the policy directory, with `/` separators.
    path: String,
    text: String,
}

impl PolicyFile {
    fn is_rego(&self) -> bool {
        self.path.ends_with(".rego")
    }

    fn is_test(&self) -> bool {
        self.path.ends_with("_test.rego")
    }
}

/// A loaded policy set: the prepared engine, its rules and its identity.
#[derive(Debug, Clone)]
pub struct PolicySet {
    engine: Engine,
    rules: Vec<RuleInfo>,
    /// Packages with the rule sets each defines (a missing one is an error in regorus).
    packages: Vec<(String, Vec<(&'static str, Severity)>)>,
    profiles: Vec<String>,
    hash: String,
    files: Vec<PolicyFile>,
    /// The data files' contents merged as OPA would (`policies/data/x.json` at `data.data`).
    data: serde_json::Value,
}

impl PolicySet {
    /// The rules, from their METADATA, in file order.
    pub fn rules(&self) -> &[RuleInfo] {
        &self.rules
    }

    /// A rule by id.
    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The profiles the data defines.
    pub fn profiles(&self) -> &[String] {
        &self.profiles
    }

    /// SHA-256 over the files' paths and contents: what judged a report.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// The data files merged, as the policies see them under `data`.
    pub fn data(&self) -> &serde_json::Value {
        &self.data
    }

    /// The Rego files of the set (tests included when it was loaded with them).
    fn rego_files(&self) -> impl Iterator<Item = &PolicyFile> {
        self.files.iter().filter(|f| f.is_rego())
    }
}
