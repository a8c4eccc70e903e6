//! The rules of a policy set as their METADATA describes them: what the `rules` and `explain`
//! commands, the API and the SARIF rule descriptors show.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Reference, Severity};

/// Failing and passing wording for a rule's documentation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Examples {
    /// Tender wording the rule finds fault with; empty when the METADATA gives none.
    #[serde(default)]
    pub fail: String,
    /// Tender wording the rule accepts; empty when the METADATA gives none.
    #[serde(default)]
    pub pass: String,
}

/// What a rule's METADATA says, and where the rule is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RuleInfo {
    /// `<family>.<name>`.
    pub id: String,
    /// The part of the id before the dot (`data_location`, `reversibility`…).
    pub family: String,
    /// The rule's title, from its METADATA.
    pub title: String,
    /// What the rule checks and why it matters.
    pub description: String,
    /// The severity of the rule in the default profile.
    pub severity: Severity,
    /// Raised when the rule's logic or meaning changes (METADATA `custom.version`).
    pub version: u32,
    /// The first day the rule applies (`YYYY-MM-DD`), when the law it rests on starts later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<String>,
    /// The last day the rule applies (`YYYY-MM-DD`), when the law it rests on lapses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<String>,
    /// Every reference the rule cites, for all jurisdictions (METADATA `custom.legal_basis`);
    /// a finding cites those that hold under its profile.
    pub legal_basis: Vec<Reference>,
    /// How to fix a tender the rule finds fault with.
    pub remediation: String,
    /// Wording that fails and wording that passes.
    pub examples: Examples,
    /// Package of the rule, `data.` omitted.
    pub package: String,
    /// Policy file, relative to the policy directory.
    pub file: String,
    /// 1-based line of the rule head the block annotates.
    pub line: usize,
}
