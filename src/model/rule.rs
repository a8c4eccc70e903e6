//! The rules of a policy set as their METADATA describes them: what the `rules` and `explain`
//! commands, the API and the SARIF rule descriptors show.

use serde::{Deserialize, Serialize};

use super::{Reference, Severity};

/// Failing and passing wording for a rule's documentation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Examples {
    #[serde(default)]
    pub fail: String,
    #[serde(default)]
    pub pass: String,
}

/// What a rule's METADATA says, and where the rule is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleInfo {
    /// `<family>.<name>`.
    pub id: String,
    pub family: String,
    pub title: String,
    pub description: String,
    /// The severity of the rule in the default profile.
    pub severity: Severity,
    pub legal_basis: Vec<Reference>,
    pub remediation: String,
    pub examples: Examples,
    /// Package of the rule, `data.` omitted.
    pub package: String,
    /// Policy file, relative to the policy directory.
    pub file: String,
    /// 1-based line of the rule head the block annotates.
    pub line: usize,
}
