//! A baseline (`tenderlint.baseline/v1`): the findings a team has seen and accepted for now, by
//! fingerprint, so that `check --baseline` fails only on new ones.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{PolicyIdentity, Tool};

/// Schema name of [`Baseline`].
pub const BASELINE_SCHEMA: &str = "tenderlint.baseline/v1";

/// One known finding: its fingerprint, and for the people who read the file, what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(deny_unknown_fields)]
pub struct KnownFinding {
    /// The finding's fingerprint: all `check --baseline` compares.
    #[schemars(regex(pattern = r"^[0-9a-f]{32}$"))]
    pub fingerprint: String,
    /// The rule that found it.
    pub rule: String,
    /// The file name of the document or package it is in (the one its fingerprint holds).
    pub document: String,
    /// What it said when the baseline was written.
    pub message: String,
}

/// The findings known when the baseline was written (`tenderlint baseline`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(deny_unknown_fields, title = "tenderlint.baseline/v1")]
pub struct Baseline {
    /// Always `tenderlint.baseline/v1` (`BASELINE_SCHEMA`).
    #[schemars(extend("const" = BASELINE_SCHEMA))]
    pub schema: String,
    /// The tool and version that wrote it.
    pub tool: Tool,
    /// The policy set and profile the findings were judged under.
    pub policy: PolicyIdentity,
    /// The findings in force then, in report order.
    pub findings: Vec<KnownFinding>,
}

impl Baseline {
    /// Whether the baseline holds a finding of this fingerprint.
    pub fn knows(&self, fingerprint: &str) -> bool {
        self.findings.iter().any(|f| f.fingerprint == fingerprint)
    }
}
