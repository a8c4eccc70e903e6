//! Two drafts of a tender compared: findings introduced, resolved and unchanged.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Finding, Severity};

/// Schema name of [`Diff`].
pub const DIFF_SCHEMA: &str = "tenderlint.diff/v1";

/// Two drafts compared (`tenderlint.diff/v1`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Diff {
    /// [`DIFF_SCHEMA`].
    pub schema: &'static str,
    /// The earlier draft's name.
    pub old: String,
    /// The later draft's name.
    pub new: String,
    /// The policy set that judged both.
    pub policy_hash: String,
    /// The profile both were judged under.
    pub profile: String,
    /// In the new draft only.
    pub introduced: Vec<Finding>,
    /// In the old draft only.
    pub resolved: Vec<Finding>,
    /// In both (as found in the new draft).
    pub unchanged: Vec<Finding>,
}

impl Diff {
    /// The most severe finding the new draft introduces.
    pub fn worst_introduced(&self) -> Option<Severity> {
        self.introduced.iter().map(|f| f.severity).max()
    }
}
