//! The rules of a policy set as their METADATA describes them: what the `rules` and `explain`
//! commands, the API and the SARIF rule descriptors show.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Reference, Severity};

/// Failing and passing wording of a rule in one language. `tenderlint test` runs both through
/// the whole pipeline (text, facts, policy), so the documentation shows wording known to behave
/// as stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(deny_unknown_fields)]
pub struct Example {
    /// The language of the wording (`fr`, `de`, `en`…).
    pub lang: String,
    /// The profile the example is judged under, for a rule that fires in one profile only
    /// (`fr`); the default profile when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Tender wording the rule finds fault with.
    pub fail: ExampleText,
    /// Tender wording the rule accepts: the failing wording corrected.
    pub pass: ExampleText,
}

/// The wording of an example: a small text document of one or more sentences, or, for a rule
/// that compares the documents of a consultation file, several documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ExampleText {
    /// One document.
    Document(String),
    /// The documents of a package, in their order.
    Package(Vec<ExampleDocument>),
}

/// One document of an example package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(deny_unknown_fields)]
pub struct ExampleDocument {
    /// The file name, which tells the document's role as in a real consultation file
    /// (`CCTP.txt`, `Reponses_aux_questions.txt`).
    pub name: String,
    /// The document's text.
    pub text: String,
}

impl ExampleText {
    /// The wording as one text, each document of a package introduced by its name.
    pub fn display(&self) -> String {
        match self {
            ExampleText::Document(text) => text.trim().to_string(),
            ExampleText::Package(documents) => documents
                .iter()
                .map(|d| format!("{}: \"{}\"", d.name, d.text.trim()))
                .collect::<Vec<_>>()
                .join(" — "),
        }
    }

    /// Whether the wording says nothing.
    pub fn is_empty(&self) -> bool {
        match self {
            ExampleText::Document(text) => text.trim().is_empty(),
            ExampleText::Package(documents) => documents.iter().all(|d| d.text.trim().is_empty()),
        }
    }
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
    /// Wording that fails and wording that passes, per language.
    pub examples: Vec<Example>,
    /// Package of the rule, `data.` omitted.
    pub package: String,
    /// Policy file, relative to the policy directory.
    pub file: String,
    /// 1-based line of the rule head the block annotates.
    pub line: usize,
}
