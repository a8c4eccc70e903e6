//! The policy engine: a directory of Rego v1 policies and JSON data, prepared once in a regorus
//! engine that is cloned for each evaluation; METADATA read by tenderlint; findings validated.

mod eval;
pub mod fingerprint;
mod load;
mod messages;
mod metadata;
pub mod testing;
mod waivers;

use std::path::PathBuf;

use regorus::Engine;

pub use eval::Judgement;
pub use messages::{Catalogues, DEFAULT_LANGUAGE, rule_key};
pub use waivers::{Waived, WaiverProblem, apply_waivers, load_waivers};

use crate::model::{LegalForce, Reference, RuleInfo, Severity};

/// The profile used when none is chosen.
pub const DEFAULT_PROFILE: &str = "eu";

/// The rule sets a package may define, with the severity of what they hold.
const RULE_SETS: [(&str, Severity); 3] = [
    ("deny", Severity::Error),
    ("warn", Severity::Warning),
    ("info", Severity::Info),
];

/// The package that computes the sovereignty scorecard, when a policy set has one: it defines
/// `framework` and `objectives` (see `policies/lib/scorecard.rego`).
const SCORECARD_PACKAGE: &str = "tenderlint.scorecard";

/// Why a policy set cannot be loaded or evaluated.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// A policy directory, policy file or waivers file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: String,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A Rego file does not parse.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// The Rego file, relative to the policy directory.
        file: String,
        /// 1-based line of the error; 0 when the parser gave none.
        line: usize,
        /// 1-based column of the error; 0 when the parser gave none.
        column: usize,
        /// The parser's message, with the offending source lines.
        message: String,
    },
    /// A data, waivers or policy file cannot be used: bad JSON, a key set twice, a file at the
    /// same path in two policy directories…
    #[error("{file}: {message}")]
    Data {
        /// The file, or the policy directories when the engine refused the merged data.
        file: String,
        /// What is wrong with it.
        message: String,
    },
    /// A waiver of a waivers file is incomplete or contradicts itself.
    #[error("{file}: waiver {position} ({rule}): {problem}")]
    InvalidWaiver {
        /// The waivers file.
        file: String,
        /// The waiver's place in the file's list, from 1.
        position: usize,
        /// The rule it names (empty when it names none).
        rule: String,
        /// What is wrong with it.
        problem: WaiverProblem,
    },
    /// A rule's METADATA block cannot be read or lacks what tenderlint needs.
    #[error("{file}:{line}: invalid METADATA block: {message}")]
    Metadata {
        /// The Rego file, relative to the policy directory.
        file: String,
        /// 1-based line of the `# METADATA` comment.
        line: usize,
        /// What is wrong: bad YAML, an unknown severity, an id not of the form
        /// `<family>.<name>`.
        message: String,
    },
    /// No package of the set defines `deny`, `warn` or `info`.
    #[error("{dir}: no rule found (a policy directory needs packages defining deny, warn or info)")]
    NoRules {
        /// The policy directories, comma-separated, or `<bundled policies>`.
        dir: String,
    },
    /// The chosen profile is not one the policy data defines.
    #[error("unknown profile {name:?}; profiles: {known}")]
    UnknownProfile {
        /// The profile asked for.
        name: String,
        /// The profiles the data defines, comma-separated.
        known: String,
    },
    /// The engine failed while evaluating the rules.
    #[error("evaluating {query}: {message}")]
    Evaluation {
        /// The Rego rule or query evaluated (`data.<package>.<set>`, or the rule gathering all
        /// sets).
        query: String,
        /// The engine's message.
        message: String,
    },
    /// A rule set returned something that is not a valid finding.
    #[error("package {package}, rule set {set}: {message}")]
    InvalidFinding {
        /// The Rego package of the rule set.
        package: String,
        /// `deny`, `warn` or `info`.
        set: String,
        /// What is wrong with the finding.
        message: String,
    },
    /// The scorecard package returned something that is not a valid scorecard.
    #[error("package {package}: invalid scorecard: {message}")]
    InvalidScorecard {
        /// The Rego package, `tenderlint.scorecard`.
        package: String,
        /// What is wrong: an unknown objective, a level outside SEAL-0 to SEAL-4…
        message: String,
    },
}

/// Where a policy set's files come from: the bundled pack, or directories that replace it, and
/// beside either the house packs of a buyer (its own rules, which use the pack's `lib` helpers
/// and data).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicySources {
    /// Directories that replace the bundled pack (a copy of it being edited, another pack); the
    /// bundled pack when empty.
    pub dirs: Vec<PathBuf>,
    /// Directories of house rules loaded beside the pack; no file may stand at the same
    /// relative path as one of the pack's.
    pub house_packs: Vec<PathBuf>,
}

impl PolicySources {
    /// These directories instead of the bundled pack (the bundled pack when empty), and no
    /// house pack.
    pub fn dirs(dirs: &[PathBuf]) -> Self {
        PolicySources {
            dirs: dirs.to_vec(),
            house_packs: Vec::new(),
        }
    }

    /// Every directory the set is read from, house packs last: what a server watches.
    pub fn directories(&self) -> impl Iterator<Item = &PathBuf> {
        self.dirs.iter().chain(&self.house_packs)
    }
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

    /// A Fluent message catalogue, `<file>.<lang>.ftl`.
    fn is_catalogue(&self) -> bool {
        self.path.ends_with(".ftl")
    }

    fn is_test(&self) -> bool {
        self.path.ends_with("_test.rego")
    }
}

/// A jurisdiction profile, as far as citing the law goes (the rest of it is read by the rules).
#[derive(Debug, Clone)]
struct Profile {
    name: String,
    /// The jurisdictions whose law and doctrine bind the buyer (`EU`, `FR`); a set whose
    /// profiles name none cites every reference.
    legal_orders: Vec<String>,
    /// Jurisdictions whose references are cited as good practice only (EU law in `ch`).
    good_practice_from: Vec<String>,
}

impl Profile {
    /// The references of a rule that hold under the profile: its legal orders' own, the others'
    /// as good practice where the profile follows them, and the foreign laws at issue.
    fn cites(&self, references: &[Reference]) -> Vec<Reference> {
        if self.legal_orders.is_empty() {
            return references.to_vec();
        }
        references
            .iter()
            .filter_map(|reference| {
                let from = |orders: &[String]| orders.contains(&reference.jurisdiction);
                if reference.legal_force == LegalForce::ForeignLaw || from(&self.legal_orders) {
                    Some(reference.clone())
                } else if from(&self.good_practice_from) {
                    Some(Reference {
                        legal_force: LegalForce::GoodPractice,
                        ..reference.clone()
                    })
                } else {
                    None
                }
            })
            .collect()
    }
}

/// A loaded policy set: the prepared engines, its rules and its identity.
#[derive(Debug, Clone)]
pub struct PolicySet {
    /// The set as written: its Rego tests and their coverage run on it.
    engine: Engine,
    rules: Vec<RuleInfo>,
    /// The references rules cite, by id (findings may add the foreign laws at issue).
    references: metadata::Catalogue,
    /// The message catalogues, by language.
    catalogues: std::sync::Arc<messages::Catalogues>,
    /// Packages with the rule sets each defines (a missing one is an error in regorus).
    packages: Vec<(String, Vec<(&'static str, Severity)>)>,
    /// What evaluations clone: `engine` with the rules gathering every set (`eval.rs`).
    evaluation: Engine,
    /// The gathering rules compiled for the register VM, which evaluations run.
    programs: std::sync::Arc<eval::Programs>,
    profiles: Vec<Profile>,
    /// Whether the set has the scorecard package (`SCORECARD_PACKAGE`).
    scorecard: bool,
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

    /// The messages whose English is in the data and which every other language of the
    /// catalogues must translate: each reference's description, each foreign law's effect, and
    /// the scorecard's words (an objective that cannot be assessed, each mapping entry).
    pub fn translations_of_data(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .references
            .values()
            .map(|r| match r.legal_force {
                LegalForce::ForeignLaw => format!("law-{}", r.id),
                _ => messages::reference_key(&r.id),
            })
            .collect();
        let scorecard = self.data.pointer("/data/scorecard");
        let field = |value: &serde_json::Value, name: &str| {
            value
                .get(name)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        for objective in scorecard
            .and_then(|s| s.get("objectives"))
            .and_then(|o| o.as_array())
            .into_iter()
            .flatten()
            .filter(|o| o.get("not_assessable").is_some())
        {
            ids.push(format!(
                "scorecard_not_assessable-{}",
                field(objective, "id")
            ));
        }
        for entry in scorecard
            .and_then(|s| s.get("mapping"))
            .and_then(|m| m.as_array())
            .into_iter()
            .flatten()
        {
            ids.push(format!(
                "scorecard_why-{}-{}",
                field(entry, "objective"),
                field(entry, "condition")
            ));
        }
        ids
    }

    /// The message catalogues findings are written from.
    pub fn catalogues(&self) -> &messages::Catalogues {
        &self.catalogues
    }

    /// The names of the profiles the data defines.
    pub fn profiles(&self) -> Vec<&str> {
        self.profiles.iter().map(|p| p.name.as_str()).collect()
    }

    /// The references of a rule that hold under a profile: its legal orders' own, others' as
    /// good practice where the profile follows them, and the foreign laws at issue.
    pub fn basis_under(&self, rule: &RuleInfo, profile: &str) -> Vec<Reference> {
        match self.profiles.iter().find(|p| p.name == profile) {
            Some(profile) => profile.cites(&rule.legal_basis),
            None => rule.legal_basis.clone(),
        }
    }

    /// The references a finding of a rule cites under a profile: the rule's own that hold
    /// there, then the foreign laws the finding names as at issue.
    fn cited(&self, rule: &RuleInfo, profile: &str, laws: &[Reference]) -> Vec<Reference> {
        let mut references = self.basis_under(rule, profile);
        for law in laws {
            if !references.iter().any(|r| r.id == law.id) {
                references.push(law.clone());
            }
        }
        references
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
