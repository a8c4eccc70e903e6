//! Findings and the report (`tenderlint.report/v2`): what the policies found in each document
//! or package.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Format;
use super::facts::{DocumentInfo, Evidence};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing to fix on its own.
    Info,
    /// A risk a lawyer should weigh before publishing the tender.
    Warning,
    /// A problem to fix before publishing; `check` fails on it by default.
    Error,
}

impl Severity {
    /// The name in JSON and on the command line (`--fail-on`).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The severity [`Severity::name`] gives this name; `None` for any other.
    pub fn parse(name: &str) -> Option<Severity> {
        name.parse().ok()
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// How much weight a reference carries for the buyer, shown apart from a finding's severity:
/// a warning may rest on binding law, an error on official doctrine the profile enforces.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum LegalForce {
    /// A statute, regulation or directive (as transposed), or the case law interpreting it.
    Binding,
    /// Official doctrine: a government circular, a national agency's qualification scheme or
    /// guidance public bodies are told to follow.
    Doctrine,
    /// A framework or recommendation without binding force for this buyer.
    GoodPractice,
    /// The non-EU law a finding warns about: the risk, not a basis of the buyer's obligations.
    ForeignLaw,
}

/// A legal or technical reference a rule cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Reference {
    /// The reference's id in the catalogue (`policies/data/references.json`); empty for a
    /// reference written out in a rule's METADATA.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Where to read it.
    #[serde(rename = "ref")]
    pub url: String,
    /// What it is, with the exact article: "SecNumCloud 3.2, §19.2.b".
    pub description: String,
    /// Whose law or doctrine it is: `EU`, `FR`, `DE`, `CH`, `NL`, `ES`, `IT`, `US`, `UK`…
    pub jurisdiction: String,
    /// How much weight it carries for the buyer under the profile.
    pub legal_force: LegalForce,
}

/// A lawyer's acceptance of a finding, accountable: what it accepts, why and on what legal
/// ground, who approved it, when, and until when. Read from a waivers file (`policy::waivers`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Waiver {
    /// The waivers file it is written in, as given.
    pub file: String,
    /// Its place in that file's list, from 1.
    pub position: usize,
    /// The rule waived.
    pub rule: String,
    /// Only the finding with this fingerprint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Only findings whose evidence quotes this text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Why the finding is accepted.
    pub justification: String,
    /// The law that allows it: "CCP art. R2111-7, compatibility with the installed base".
    pub legal_ground: String,
    /// Who approved it.
    pub approved_by: String,
    /// When it was approved (`YYYY-MM-DD`).
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub approved_on: String,
    /// The last day it applies (`YYYY-MM-DD`); judged at a later date, its findings are in
    /// force again.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub expires_on: String,
}

impl Waiver {
    /// How a report names it: "waiver 2 of cctp.pdf.waivers.json
    /// (vendor_neutrality.brand_without_equivalent)".
    pub fn name(&self) -> String {
        format!("waiver {} of {} ({})", self.position, self.file, self.rule)
    }
}

/// Why a policy itself excepts a finding: a case the law allows, established by the tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Exception {
    /// The legal case, as the policy words it, in the report's language.
    pub reason: String,
    /// The reason's message in the policy set's catalogues, with its arguments; absent when
    /// the rule wrote the reason out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_message: Option<MessageRef>,
    /// The sentences of the tender that establish it (the buyer's own justification).
    pub evidence: Vec<Evidence>,
}

/// A clause proposed to fix a tender, ready to paste.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SuggestedClause {
    /// ISO 639-1 code of the language it is written in.
    pub lang: String,
    /// The clause.
    pub text: String,
}

/// What a policy found, with where, why and how to fix it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Finding {
    /// Rule id, `<family>.<name>`.
    pub rule: String,
    /// How serious, under the chosen profile.
    pub severity: Severity,
    /// The rule's title, from its METADATA.
    pub title: String,
    /// What is wrong in this document, or what it lacks, in the report's language.
    pub message: String,
    /// The stable id of the message in the policy set's catalogues
    /// (`open_formats-proprietary_required-proprietary`); absent for a message a rule wrote out
    /// in one language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The message's named arguments, as the rule gave them (names, quotes, and terms such as
    /// `{"term": "place", "value": "US"}` that each language words its own way).
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub arguments: serde_json::Map<String, serde_json::Value>,
    /// The sentences the finding stands on; empty when the finding is an absence.
    pub evidence: Vec<Evidence>,
    /// The version of the rule that fired (METADATA `custom.version`).
    pub rule_version: u32,
    /// The references the rule cites that hold in the profile's jurisdiction, and the non-EU
    /// laws at issue.
    pub legal_basis: Vec<Reference>,
    /// How to fix the tender, in the report's language.
    pub remediation: String,
    /// What identifies the finding from one check, or one draft, to the next: a digest of its
    /// rule, its subject and the file name of the document (or package) it was judged in, never
    /// of the sentence's wording or page (32 lowercase hex digits).
    /// (Reports stored before fingerprints existed read it as empty, so a server's history
    /// still loads.)
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9a-f]{32}$"))]
    pub fingerprint: String,
    /// Set when the baseline `check --baseline` compared with holds the finding's fingerprint:
    /// listed, but it does not fail the check.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub known: bool,
    /// The clause the remediation proposes, in the tender's language when the catalogues have
    /// it (else the report's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<SuggestedClause>,
    /// Set when a waiver accepts the finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<Waiver>,
    /// Set when the policy excepts the finding: the law allows the case and the tender
    /// establishes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<Exception>,
}

/// The argument of a message that holds the tender's words as matched ("M365", "Azure"): how
/// the tender says it, not what the finding is about.
const QUOTED_WORDS: &str = "quote";

impl Finding {
    /// What the finding is about, as its fingerprint and the merging of findings see it,
    /// whatever the report's language: its message's id and arguments (the product, the place,
    /// the clause named) but the tender's own words it quotes (`quote`), so that a brand named
    /// "Microsoft Azure" here and "Azure" there is one subject; for a message a rule wrote out,
    /// that message in lowercase with its whitespace collapsed.
    pub fn subject(&self) -> String {
        match &self.message_id {
            Some(id) => {
                // Sorted by name, so that the same arguments give the same text whatever order
                // a map keeps.
                let mut arguments: Vec<(&String, &serde_json::Value)> = self
                    .arguments
                    .iter()
                    .filter(|(name, _)| name.as_str() != QUOTED_WORDS)
                    .collect();
                arguments.sort_by_key(|(name, _)| *name);
                let arguments: Vec<String> = arguments
                    .into_iter()
                    .map(|(name, value)| format!("{name}={value}"))
                    .collect();
                format!("{id} {}", arguments.join(" "))
            }
            None => {
                let words: Vec<&str> = self.message.split_whitespace().collect();
                words.join(" ").to_lowercase()
            }
        }
    }
}

#[cfg(test)]
impl Finding {
    /// A finding of a rule, with a message and evidence, and nothing else set: what unit tests
    /// of the stages after judgement start from.
    pub(crate) fn sample(
        rule: &str,
        severity: Severity,
        message: &str,
        evidence: Vec<Evidence>,
    ) -> Finding {
        Finding {
            rule: rule.to_string(),
            severity,
            title: String::new(),
            message: message.to_string(),
            message_id: None,
            arguments: serde_json::Map::new(),
            evidence,
            rule_version: 1,
            legal_basis: Vec::new(),
            remediation: String::new(),
            clause: None,
            fingerprint: String::new(),
            known: false,
            waiver: None,
            exception: None,
        }
    }
}

/// Schema name of [`Report`].
pub const REPORT_SCHEMA: &str = "tenderlint.report/v2";

/// The tool that wrote a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Tool {
    /// The crate's name, `tenderlint`.
    pub name: String,
    /// The crate's version.
    pub version: String,
}

/// The policy set and profile that judged a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PolicyIdentity {
    /// SHA-256 over the policy files.
    pub hash: String,
    /// The profile the rules judged under (`eu`, `fr`, `de`, `ch`…).
    pub profile: String,
    /// The date the rules judged at (`YYYY-MM-DD`): rules in force then, and the law as it
    /// stood then (the Data Act's switching charges, say).
    pub as_of: String,
}

/// One document of a report, or one package of documents judged together: what it is, what was
/// found, and what went wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DocumentReport {
    /// The path or name the document (or package) was given.
    pub path: String,
    /// The documents of a package, in the package's order, each with its role; empty for a
    /// single document. Evidence names the document it quotes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<DocumentInfo>,
    /// The documents of a package that could not be read (why is in `errors`); the others
    /// were judged without them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreadable_members: Vec<String>,
    /// SHA-256 of the file's bytes (for a package, of its documents' names and digests),
    /// lowercase hex; absent when it could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: Option<String>,
    /// The detected format; absent when the document could not be read, and for a package.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// ISO 639-1 code of the detected language, when one was detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// ISO 639-1 code of the language the findings are written in: the one asked for when
    /// the policy set's catalogues have it, else the tender's, else English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_language: Option<String>,
    /// Number of pages, for formats that have them (for a package, see its members).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// Findings in force, most severe first.
    pub findings: Vec<Finding>,
    /// Findings a waiver accepts, with its justification.
    pub waived: Vec<Finding>,
    /// Findings the policies except themselves, with the reason and the tender's own words;
    /// they never fail a check.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excepted: Vec<Finding>,
    /// Waivers that would accept a finding here but expired before the date of judgement:
    /// that finding is in force again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expired_waivers: Vec<Waiver>,
    /// Waivers that apply here but match no finding in force (for `--waivers`, in no document
    /// of the run): to remove, or to correct.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stale_waivers: Vec<Waiver>,
    /// Set when the document could not be read at all (then there are no findings, and
    /// `errors` says why).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreadable: bool,
    /// What went wrong: why the document could not be read, a document of a package that could
    /// not be read (the others were judged), or a waivers file beside it that could not be
    /// loaded.
    pub errors: Vec<String>,
    /// What the reader could not do perfectly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Per sovereignty objective, the range of assurance levels the tender allows; absent when
    /// the document could not be read or the policy set computes no scorecard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scorecard: Option<Scorecard>,
    /// What a structured notice judged alone codes: its buyers, classification, places,
    /// links… (the notices of a package are in its `members`), so that a line of a batch says
    /// which procurement it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Box<super::Notice>>,
}

/// The framework a scorecard follows, as the policy data cites it (other fields the data may
/// hold are not carried).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ScorecardFramework {
    /// "Cloud Sovereignty Framework".
    pub name: String,
    /// Who published it: "European Commission, DG DIGIT".
    pub publisher: String,
    /// The version the mapping follows: "1.2.1".
    pub version: String,
    /// When that version was published: "2025-10".
    pub published: String,
    /// Where to read it.
    pub url: String,
    /// When the policy data was last checked against it (ISO 8601 date).
    pub as_of: String,
    /// What was verified, where, and what was not.
    pub note: String,
}

/// The levels of the framework's assurance scale: SEAL-0 (no sovereignty) to SEAL-4 (full
/// digital sovereignty).
pub const SEAL_LEVELS: std::ops::RangeInclusive<u8> = 0..=4;

/// The eight objectives of the Cloud Sovereignty Framework, in order.
pub const OBJECTIVE_IDS: [&str; 8] = [
    "SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7", "SOV-8",
];

/// What a tender allows on one sovereignty objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ObjectiveScore {
    /// The objective, `SOV-1` to `SOV-8` (`OBJECTIVE_IDS`).
    #[schemars(regex(pattern = r"^SOV-[1-8]$"))]
    pub id: String,
    /// "Legal and jurisdictional sovereignty".
    pub name: String,
    /// The objective's weight in the framework's score, in percent; absent when the policy
    /// data could not verify it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<u32>,
    /// Whether the facts let tenderlint rate this objective for this tender; when not, `reasons`
    /// say why and there is no floor or ceiling.
    pub assessable: bool,
    /// The SEAL level every compliant offer reaches (0 to 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 4))]
    pub floor: Option<u8>,
    /// The SEAL level no compliant offer can pass (0 to 4). Below the floor when the tender
    /// contradicts itself (`reasons` say so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 4))]
    pub ceiling: Option<u8>,
    /// The sentences that raise the floor or cap the ceiling (or, when the objective cannot be
    /// assessed, those that say why), in document order.
    pub evidence: Vec<Evidence>,
    /// Why the floor and ceiling are where they are, one sentence per mapping entry applied,
    /// in the report's language.
    pub reasons: Vec<String>,
    /// The messages of the reasons in the policy set's catalogues, in the same order, with
    /// their arguments; empty when the scorecard package wrote its reasons out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reason_messages: Vec<MessageRef>,
}

/// A message of the policy set's catalogues, with its arguments: what a report is written
/// from, in any language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MessageRef {
    /// The message's id (`scorecard-floor`).
    pub id: String,
    /// Its named arguments.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub arguments: serde_json::Map<String, serde_json::Value>,
}

impl ObjectiveScore {
    /// The floor above the ceiling: no offer can comply with both.
    pub fn is_contradictory(&self) -> bool {
        matches!((self.floor, self.ceiling), (Some(floor), Some(ceiling)) if floor > ceiling)
    }
}

/// Per objective of the European Commission's Cloud Sovereignty Framework, the range of
/// assurance levels (SEAL) a tender allows: the floor its requirements impose on every
/// compliant offer, and the ceiling they cap it at. Computed by the policy package
/// `tenderlint.scorecard` from the facts and the mapping in `policies/data/scorecard.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Scorecard {
    /// The framework and the source the mapping follows.
    pub framework: ScorecardFramework,
    /// One entry per objective, in the framework's order (SOV-1 first).
    pub objectives: Vec<ObjectiveScore>,
}

/// Counts over a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Summary {
    /// Documents checked, readable or not, those of packages included.
    pub documents: usize,
    /// Packages (consultation files judged as one) among what was checked.
    pub packages: usize,
    /// Documents that could not be checked, alone or in a package.
    pub unreadable: usize,
    /// New findings in force (not in the baseline) of severity error.
    pub errors: usize,
    /// New findings in force of severity warning.
    pub warnings: usize,
    /// New findings in force of severity info.
    pub infos: usize,
    /// Findings a waiver accepts.
    pub waived: usize,
    /// Findings the policies except (never counted as errors, warnings or waived).
    #[serde(default)]
    pub excepted: usize,
    /// Expired waivers whose findings are in force again, per document.
    #[serde(default)]
    pub expired_waivers: usize,
    /// Waivers that match nothing, per document.
    #[serde(default)]
    pub stale_waivers: usize,
    /// Findings in force that the baseline holds (`check --baseline`), whatever their severity.
    #[serde(default)]
    pub known: usize,
}

/// The result of checking documents: the stable machine interface of `check --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "tenderlint.report/v2")]
pub struct Report {
    /// Always `tenderlint.report/v2` (`REPORT_SCHEMA`).
    #[schemars(extend("const" = REPORT_SCHEMA))]
    pub schema: String,
    /// The tool and version that wrote the report.
    pub tool: Tool,
    /// The policy set and profile that judged the documents.
    pub policy: PolicyIdentity,
    /// One entry per document, or package, checked.
    pub documents: Vec<DocumentReport>,
    /// Counts over the documents.
    pub summary: Summary,
}

impl DocumentReport {
    /// A document that could not be read: its name and the reason, nothing else.
    pub fn unreadable(path: String, error: String) -> Self {
        DocumentReport {
            path,
            members: Vec::new(),
            unreadable_members: Vec::new(),
            sha256: None,
            format: None,
            language: None,
            report_language: None,
            pages: None,
            findings: Vec::new(),
            waived: Vec::new(),
            excepted: Vec::new(),
            expired_waivers: Vec::new(),
            stale_waivers: Vec::new(),
            unreadable: true,
            errors: vec![error],
            notes: Vec::new(),
            scorecard: None,
            notice: None,
        }
    }
}

impl Report {
    /// The report over checked documents, with its summary counted from them.
    pub fn from_documents(documents: Vec<DocumentReport>, policy: PolicyIdentity) -> Report {
        let mut summary = Summary::default();
        for document in &documents {
            let members = document.members.len() + document.unreadable_members.len();
            summary.documents += members.max(1);
            summary.packages += usize::from(members > 0);
            summary.unreadable +=
                usize::from(document.unreadable) + document.unreadable_members.len();
            summary.waived += document.waived.len();
            summary.excepted += document.excepted.len();
            summary.expired_waivers += document.expired_waivers.len();
            summary.stale_waivers += document.stale_waivers.len();
            for finding in &document.findings {
                if finding.known {
                    summary.known += 1;
                    continue;
                }
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
                name: env!("CARGO_PKG_NAME").to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            policy,
            documents,
            summary,
        }
    }

    /// The most severe new finding in force (not in the baseline), over all documents.
    pub fn worst(&self) -> Option<Severity> {
        self.documents
            .iter()
            .flat_map(|d| &d.findings)
            .filter(|f| !f.known)
            .map(|f| f.severity)
            .max()
    }

    /// Whether a finding in force says that rules were not applied: the `scope` family's notes
    /// (a language not read, a text incomplete, a specification not read, a buyer outside the
    /// profile). Such a report must not read as a pass.
    pub fn partly_assessed(&self) -> bool {
        self.documents
            .iter()
            .flat_map(|d| &d.findings)
            .any(|f| f.rule.starts_with(SCOPE_FAMILY))
    }
}

/// The family of rules that tell what the check could not cover.
pub const SCOPE_FAMILY: &str = "scope.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_stored_before_fingerprints_still_loads() {
        let mut stored = serde_json::to_value(Finding::sample(
            "reversibility.missing",
            Severity::Error,
            "No reversibility clause.",
            Vec::new(),
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        if let Some(object) = stored.as_object_mut() {
            object.remove("fingerprint");
        }
        let finding: Finding = serde_json::from_value(stored).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(finding.fingerprint, "");
        assert_eq!(finding.message, "No reversibility clause.");
    }
}
