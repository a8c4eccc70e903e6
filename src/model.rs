//! The data that flows through tenderlint: plain serde types, no logic beyond helpers.

use serde::{Deserialize, Serialize};

/// The file formats tenderlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Pdf,
    Docx,
    Odt,
    Html,
    Text,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Pdf,
        Format::Docx,
        Format::Odt,
        Format::Html,
        Format::Text,
        Format::Markdown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Html => "html",
            Format::Text => "text",
            Format::Markdown => "markdown",
        }
    }

    /// The name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "DOCX",
            Format::Odt => "ODT",
            Format::Html => "HTML",
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// What a block of text is, structurally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    /// Running header repeated on pages (DOCX/ODT page headers, PDF lines repeated at the top).
    Header,
    /// Running footer repeated on pages.
    Footer,
    Footnote,
    /// Document metadata that is part of the file's text (Markdown front matter).
    Metadata,
}

impl BlockKind {
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::TableCell => "table_cell",
            BlockKind::Header => "header",
            BlockKind::Footer => "footer",
            BlockKind::Footnote => "footnote",
            BlockKind::Metadata => "metadata",
        }
    }
}

/// Where a block stands in its document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// 1-based page, for formats with pages (PDF, and DOCX/ODT when the file records its layout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based number of the block in the document: the locator for formats without pages.
    pub paragraph: u32,
    /// Heading path, outermost first.
    pub section: Vec<String>,
    /// Range in the document's normalised text, in Unicode scalar values (characters), end excluded.
    pub start: usize,
    pub end: usize,
}

/// One block of normalised text with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Heading level (1 = top), for headings only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    pub text: String,
    #[serde(flatten)]
    pub location: Location,
}

/// Language detected from the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-1 code ("fr", "en", "de"…).
    pub code: String,
    /// Confidence between 0 and 1.
    pub confidence: f64,
}

/// A tender document as read from one file: ordered blocks of normalised text with provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The name the file was given (a path on the command line, a file name in an upload).
    pub name: String,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
    /// Size of the file in bytes.
    pub size: u64,
    pub format: Format,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// Number of pages, for formats that have them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    pub blocks: Vec<Block>,
    /// What the reader could not do perfectly (pages read by a fallback parser, pages without text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Blocks are joined by this separator in the document's normalised text.
pub const BLOCK_SEPARATOR: &str = "\n\n";

impl Document {
    /// The document's normalised text: every block's text, joined by [`BLOCK_SEPARATOR`].
    /// Block and evidence offsets index this text (in characters).
    pub fn text(&self) -> String {
        let texts: Vec<&str> = self.blocks.iter().map(|b| b.text.as_str()).collect();
        texts.join(BLOCK_SEPARATOR)
    }
}

/// Where a fact was seen: the whole sentence, verbatim, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// 1-based page, for formats with pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based number of the block the sentence is in.
    pub paragraph: u32,
    /// The innermost heading above the sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The sentence, verbatim from the normalised text.
    pub quote: String,
    /// Range of the sentence in the document's normalised text, in characters, end excluded.
    pub start: usize,
    pub end: usize,
    /// The decisive words, as they stand in the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highlight: Option<String>,
}

/// What a sentence does with what it names: requires it, prefers it, allows it, finds it
/// sufficient, says it is not required, only mentions it (context, history, an example), or
/// excludes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Required,
    Preferred,
    Allowed,
    Sufficient,
    NotRequired,
    Mentioned,
    Excluded,
}

impl Modality {
    pub fn name(self) -> &'static str {
        match self {
            Modality::Required => "required",
            Modality::Preferred => "preferred",
            Modality::Allowed => "allowed",
            Modality::Sufficient => "sufficient",
            Modality::NotRequired => "not_required",
            Modality::Mentioned => "mentioned",
            Modality::Excluded => "excluded",
        }
    }
}

/// Whether the contract includes hosting (SaaS, cloud, managed hosting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostingScope {
    /// The contractor hosts data or runs the service.
    Included,
    /// Hosting is stated to be out of the contract (the buyer hosts, on premises…).
    Excluded,
    /// The document says nothing either way.
    Unknown,
}

/// What data or activity a stated location applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataScope {
    /// The data in general (hosting, storage and processing alike).
    Data,
    Storage,
    Processing,
    Backups,
    /// Logs, identities, directories, key material, telemetry.
    TechnicalData,
    Administration,
    Support,
}

impl DataScope {
    /// The name in facts JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        match self {
            DataScope::Data => "data",
            DataScope::Storage => "storage",
            DataScope::Processing => "processing",
            DataScope::Backups => "backups",
            DataScope::TechnicalData => "technical_data",
            DataScope::Administration => "administration",
            DataScope::Support => "support",
        }
    }
}

/// What kind of place a location names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Country,
    /// EU, EEA, or geographic Europe.
    Group,
    /// A provider's region identifier (eu-central-1…), resolved to its country.
    Region,
    /// Anywhere: worldwide, any region, any country, follow-the-sun.
    Anywhere,
}

/// A place the tender names for data, processing, backups, administration or support.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocationFact {
    /// The words of the tender.
    pub place: String,
    /// ISO 3166 code, a group code (`EU`, `EEA`, `EUROPE`), or `ANY`.
    pub code: String,
    pub kind: PlaceKind,
    /// The sentence speaks of what is outside the place ("hors de l'UE", "third countries").
    pub outside: bool,
    pub modality: Modality,
    pub scope: Vec<DataScope>,
    pub evidence: Evidence,
}

/// Hosting: whether the contract includes it, and every stated location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hosting {
    pub scope: HostingScope,
    /// The sentences that decided `scope`.
    pub evidence: Vec<Evidence>,
    pub locations: Vec<LocationFact>,
}

/// A provider or product named in the tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderMention {
    /// Provider id in `policies/data/providers.json`.
    pub provider: String,
    /// Product id, when a product was named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// The words of the tender.
    pub matched: String,
    pub role: Modality,
    /// "ou équivalent", "or equivalent", "oder gleichwertig" covers the mention.
    pub or_equivalent: bool,
    /// The tender asks for compatibility with the product rather than the product itself.
    pub compatibility: bool,
    pub evidence: Evidence,
}

/// A file format or protocol named in the tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormatMention {
    /// Format id in `policies/data/formats.json`.
    pub format: String,
    pub matched: String,
    /// `required`, `allowed` (one of several accepted), `excluded` or `mentioned`.
    pub role: Modality,
    /// "only", "uniquement", "ausschließlich": no other format is accepted.
    pub exclusive: bool,
    pub evidence: Evidence,
}

/// A certification, qualification or label named in the tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificationMention {
    /// Certification id in `policies/data/certifications.json`.
    pub certification: String,
    pub matched: String,
    /// `required`, `sufficient`, `not_required`, `allowed` (as an equivalent) or `mentioned`.
    pub role: Modality,
    pub evidence: Evidence,
}

/// Who holds the encryption keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyHolder {
    /// The buyer: its own HSM, HYOK, client-side encryption.
    Customer,
    /// The provider: provider-managed encryption, BYOK into the provider's KMS.
    Provider,
}

/// The legal ground a tender gives for transfers outside the EU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferBasis {
    /// EU–US Data Privacy Framework.
    Dpf,
    /// Standard contractual clauses.
    Sccs,
    /// Binding corporate rules.
    Bcr,
    /// An adequacy decision.
    Adequacy,
}

impl TransferBasis {
    pub fn name(self) -> &'static str {
        match self {
            TransferBasis::Dpf => "dpf",
            TransferBasis::Sccs => "sccs",
            TransferBasis::Bcr => "bcr",
            TransferBasis::Adequacy => "adequacy",
        }
    }
}

/// Kinds of sensitive data a tender says it involves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    Personal,
    Health,
    /// Data of particular sensitivity (French State cloud doctrine), special categories.
    ParticularSensitivity,
    /// Classified or restricted information.
    Secret,
    /// Social welfare, income, benefits.
    Social,
}

impl Sensitivity {
    pub fn name(self) -> &'static str {
        match self {
            Sensitivity::Personal => "personal",
            Sensitivity::Health => "health",
            Sensitivity::ParticularSensitivity => "particular_sensitivity",
            Sensitivity::Secret => "secret",
            Sensitivity::Social => "social",
        }
    }
}

/// A contractual clause, with what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClauseDetail {
    /// Reversibility, exit plan, return of data.
    Reversibility {
        /// "sur devis", "at the supplier's commercial terms": reversibility is not priced in.
        on_quote: bool,
        /// A deadline given for the return of data or the exit plan, in days.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deadline_days: Option<u32>,
        open_formats: bool,
        exit_plan: bool,
        deletion: bool,
    },
    /// Exit, egress or switching fees.
    ExitFees { charged: bool },
    /// Who holds the encryption keys.
    KeyControl {
        holder: KeyHolder,
        /// `hsm`, `hyok`, `client_side`, `byok`, `provider_managed`.
        method: String,
    },
    /// Subcontractors and sub-processors.
    Subprocessors {
        worldwide: bool,
        approval_required: bool,
        listed: bool,
        affiliates: bool,
    },
    /// Transfers of data outside the EU/EEA.
    Transfer {
        allowed: bool,
        bases: Vec<TransferBasis>,
        destinations: Vec<String>,
    },
    /// Immunity from non-EU law (SecNumCloud 19.6 or equivalent): required, preferred, or only
    /// mentioned.
    Immunity { stance: Modality },
    /// The provider may suspend the service to comply with sanctions or export control.
    SanctionsSuspension,
    /// Free and open-source software.
    OpenSource { stance: Modality },
    /// The data are sensitive.
    DataSensitivity { categories: Vec<Sensitivity> },
}

/// A clause and the sentence it was read in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    #[serde(flatten)]
    pub detail: ClauseDetail,
    pub evidence: Evidence,
}

/// The document the facts were read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub name: String,
    pub sha256: String,
    pub format: Format,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
}

/// Schema name of [`Facts`].
pub const FACTS_SCHEMA: &str = "tenderlint.facts/v1";

/// What a tender says about sovereignty, each fact with its evidence. Facts describe; the
/// policies judge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub schema: String,
    pub document: DocumentInfo,
    pub hosting: Hosting,
    pub providers: Vec<ProviderMention>,
    pub formats: Vec<FormatMention>,
    pub certifications: Vec<CertificationMention>,
    pub clauses: Vec<Clause>,
}

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(name: &str) -> Option<Severity> {
        match name {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A legal or technical reference a rule cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// Where to read it.
    #[serde(rename = "ref")]
    pub url: String,
    /// What it is: "SecNumCloud 3.2, §19.2.b".
    pub description: String,
}

/// A lawyer's acceptance of a finding, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiver {
    /// The rule waived.
    pub rule: String,
    /// Only findings whose evidence quotes this text; every finding of the rule when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Why the finding is accepted.
    pub justification: String,
    /// Who accepted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

/// What a policy found, with where, why and how to fix it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Rule id, `<family>.<name>`.
    pub rule: String,
    pub severity: Severity,
    pub title: String,
    pub message: String,
    /// The sentences the finding stands on; empty when the finding is an absence.
    pub evidence: Vec<Evidence>,
    pub legal_basis: Vec<Reference>,
    pub remediation: String,
    /// Set when a waiver accepts the finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<Waiver>,
}

/// Schema name of [`Report`].
pub const REPORT_SCHEMA: &str = "tenderlint.report/v1";

/// The tool that wrote a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

/// The policy set and profile that judged a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyIdentity {
    /// SHA-256 over the policy files.
    pub hash: String,
    pub profile: String,
}

/// One document of a report: what it is, what was found, and what went wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    /// The path or name the document was given.
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// Findings in force, most severe first.
    pub findings: Vec<Finding>,
    /// Findings a waiver accepts, with its justification.
    pub waived: Vec<Finding>,
    /// Why the document could not be checked (then there are no findings).
    pub errors: Vec<String>,
    /// What the reader could not do perfectly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Counts over a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub documents: usize,
    /// Documents that could not be checked.
    pub unreadable: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub waived: usize,
}

/// The result of checking documents: the stable machine interface of `check --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub tool: Tool,
    pub policy: PolicyIdentity,
    pub documents: Vec<DocumentReport>,
    pub summary: Summary,
}

impl Report {
    /// The most severe finding in force, over all documents.
    pub fn worst(&self) -> Option<Severity> {
        self.documents
            .iter()
            .flat_map(|d| &d.findings)
            .map(|f| f.severity)
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_scope_names_are_the_serialised_names() {
        use DataScope::*;
        for scope in [
            Data,
            Storage,
            Processing,
            Backups,
            TechnicalData,
            Administration,
            Support,
        ] {
            assert_eq!(
                serde_json::to_value(scope).ok(),
                Some(serde_json::Value::from(scope.name()))
            );
        }
    }
}
