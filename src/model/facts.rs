//! Facts (`tenderlint.facts/v2`): what a tender says about sovereignty, each fact with the
//! document and sentence it was read in. Facts describe; the policies judge. A single document is
//! a package of one: the facts of a package merge those of its documents.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Format;

/// Where a fact was seen: the whole sentence, verbatim, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Evidence {
    /// The name of the document the sentence is in (a file of the package).
    pub document: String,
    /// 1-based page, for formats with pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based number of the block the sentence is in; 0 for a coded field of a notice (a CPV
    /// code, the buyer's legal type), which is no sentence: its `path` says where it stands.
    pub paragraph: u32,
    /// The innermost heading above the sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The sheet the sentence is on, in a spreadsheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// 1-based number of the spreadsheet row the sentence is in, as the spreadsheet shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// Where the field the sentence is in stands in a structured notice: an XPath (eForms) or a
    /// JSON pointer (OCDS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The sentence, verbatim from the normalised text.
    pub quote: String,
    /// Range of the sentence in the document's normalised text, in characters, end excluded.
    pub start: usize,
    /// End of the sentence's range, in characters, excluded.
    pub end: usize,
    /// The decisive words, as they stand in the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highlight: Option<String>,
}

#[cfg(test)]
impl Evidence {
    /// Evidence quoting a sentence of a document, for tests that need one but no place.
    pub(crate) fn quoting(document: &str, quote: &str) -> Evidence {
        Evidence {
            document: document.to_string(),
            page: None,
            paragraph: 1,
            section: None,
            sheet: None,
            row: None,
            path: None,
            quote: quote.to_string(),
            start: 0,
            end: 0,
            highlight: None,
        }
    }
}

/// What a sentence does with what it names: requires it, prefers it, allows it, finds it
/// sufficient, says it is not required, only mentions it (context, history, an example), or
/// excludes it.
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Modality {
    /// The tender requires it ("doit", "shall", "muss").
    Required,
    /// The tender prefers it without requiring it ("de préférence", "ideally").
    Preferred,
    /// The tender allows it, alone or as one accepted option ("peut", "may", "darf").
    Allowed,
    /// The tender accepts it as enough to meet a requirement ("suffisant", "sufficient").
    Sufficient,
    /// The tender says it is not required ("n'est pas requis", "optional").
    NotRequired,
    /// Named without a demand: context, the current system, history, an example.
    Mentioned,
    /// The tender forbids or rules it out ("interdit", "must not", "ausgeschlossen").
    Excluded,
}

impl Modality {
    /// The name in facts JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// Whether this contract buys hosting, and who runs the solution when it does not. Absence rules
/// ("no data location", "no reversibility clause") apply only to `procured`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum HostingScope {
    /// The contractor hosts the data or runs the service (SaaS, cloud, managed hosting).
    Procured,
    /// The tender says hosting is not part of this contract.
    Excluded,
    /// The buyer provides the infrastructure, data centre or cloud tenancy the solution runs on.
    BuyerProvided,
    /// The solution is installed and run on the buyer's premises.
    OnPremises,
    /// The document says nothing either way.
    Unknown,
}

impl HostingScope {
    /// The name serde writes.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// What data or activity a stated location applies to.
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DataScope {
    /// The data in general (hosting, storage and processing alike).
    Data,
    /// Storage of the data at rest.
    Storage,
    /// Processing of the data.
    Processing,
    /// Backups, backup copies and disaster recovery.
    Backups,
    /// Logs, identities, directories, key material, telemetry.
    TechnicalData,
    /// Administration and operation of the service, remote access and maintenance included.
    Administration,
    /// Support: help desk, hotline, assistance.
    Support,
}

impl DataScope {
    /// The name in facts JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// What kind of place a location names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A country, by its ISO 3166 code.
    Country,
    /// EU, EEA, or geographic Europe.
    Group,
    /// A provider's region identifier (eu-central-1…), resolved to its country.
    Region,
    /// Anywhere: worldwide, any region, any country, follow-the-sun.
    Anywhere,
}

/// A place the tender names for data, processing, backups, administration or support.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LocationFact {
    /// The words of the tender.
    pub place: String,
    /// ISO 3166 code, a group code (`EU`, `EEA`, `EUROPE`), or `ANY`.
    pub code: String,
    /// What kind of place the words name.
    pub kind: PlaceKind,
    /// The sentence speaks of what is outside the place ("hors de l'UE", "third countries").
    pub outside: bool,
    /// What the sentence does with the place: requires it, allows it, excludes it…
    pub modality: Modality,
    /// What the place applies to; never empty.
    pub scope: Vec<DataScope>,
    /// The sentence the place was read in, the place's words highlighted.
    pub evidence: Evidence,
}

/// Hosting: whether the contract includes it, and every stated location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Hosting {
    /// Whether the contract includes hosting.
    pub scope: HostingScope,
    /// The sentences that decided `scope`.
    pub evidence: Vec<Evidence>,
    /// The hosting bought is only that of a public website: every sentence that puts it in the
    /// contract names a website, and none an application, a platform, accounts, forms,
    /// payments, a database, mail or personal data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub public_website: bool,
    /// Every place the tender names for data or its operation.
    pub locations: Vec<LocationFact>,
}

/// A provider or product named in the tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ProviderMention {
    /// Provider id in `policies/data/providers.json`.
    pub provider: String,
    /// Product id, when a product was named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// The words of the tender.
    pub matched: String,
    /// What the sentence does with the provider or product: requires it, excludes it…
    pub role: Modality,
    /// "ou équivalent", "or equivalent", "oder gleichwertig" covers the mention.
    pub or_equivalent: bool,
    /// The tender asks for compatibility with the product rather than the product itself.
    pub compatibility: bool,
    /// The clause renews or extends licences or subscriptions the buyer already has: a
    /// reference the subject-matter may justify, if the tender says why.
    #[serde(default)]
    pub renewal: bool,
    /// The clause buys licences of the product ("Lizenzbeschaffung von Microsoft 365 E3") or the
    /// product itself ("procedure voor de aankoop van … DB2 LUW"): the product is the
    /// contract's object, which the subject-matter may justify, if the tender says why.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub licence_purchase: bool,
    /// The tender's own statement that the subject-matter of the contract justifies naming it
    /// ("justifié par l'objet du marché"): this sentence, or the next when that one names no
    /// brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<Evidence>,
    /// The sentence the mention was read in.
    pub evidence: Evidence,
}

/// A file format or protocol named in the tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FormatMention {
    /// Format id in `policies/data/formats.json`.
    pub format: String,
    /// The words of the tender.
    pub matched: String,
    /// `required`, `allowed` (one of several accepted), `excluded` or `mentioned`.
    pub role: Modality,
    /// "only", "uniquement", "ausschließlich": no other format is accepted.
    pub exclusive: bool,
    /// The sentence the mention was read in.
    pub evidence: Evidence,
}

/// A certification, qualification or label named in the tender.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CertificationMention {
    /// Certification id in `policies/data/certifications.json`.
    pub certification: String,
    /// The words of the tender.
    pub matched: String,
    /// `required`, `sufficient`, `not_required`, `allowed` (as an equivalent) or `mentioned`.
    pub role: Modality,
    /// The sentence the mention was read in.
    pub evidence: Evidence,
}

/// Who holds the encryption keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum KeyHolder {
    /// The buyer: its own HSM, HYOK, client-side encryption.
    Customer,
    /// The provider: provider-managed encryption, BYOK into the provider's KMS.
    Provider,
}

/// The legal ground a tender gives for transfers outside the EU.
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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
    /// The name in facts JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// Kinds of sensitive data a tender says it involves.
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Sensitivity {
    /// Personal data.
    Personal,
    /// Health data.
    Health,
    /// Data of particular sensitivity (French State cloud doctrine), special categories.
    ParticularSensitivity,
    /// Classified information (secret-défense, Verschlusssachen including VS-NfD, EU classified
    /// information).
    Secret,
    /// The French "Diffusion Restreinte" marking: protected, but not a classification level.
    Restricted,
    /// Social welfare, income, benefits.
    Social,
}

impl Sensitivity {
    /// The name in facts JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// A contractual clause, with what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, strum::IntoStaticStr)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ClauseDetail {
    /// Reversibility, exit plan, return of data.
    Reversibility {
        /// "sur devis", "at the supplier's commercial terms": reversibility is not priced in.
        on_quote: bool,
        /// A deadline given for the return of data or the exit plan, in days.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deadline_days: Option<u32>,
        /// The data are to be returned in open formats (CSV, JSON, ODF…).
        open_formats: bool,
        /// The data are to be returned in a structured, commonly used, machine-readable format,
        /// open or not ("au format XLS", "sous une forme exploitable", "machine-readable"):
        /// what Data Act art. 25(2) asks, which open formats also meet.
        #[serde(default)]
        machine_readable: bool,
        /// The sentence speaks of an exit or reversibility plan.
        exit_plan: bool,
        /// The sentence speaks of deleting the data.
        deletion: bool,
    },
    /// Exit, egress or switching fees.
    ExitFees {
        /// Fees apply; false when the tender says there are none ("sans frais", "free of charge").
        charged: bool,
        /// The fees are limited to the provider's costs ("au coût réel", "at cost"): lawful
        /// switching charges until 12 January 2027 under the Data Act, and lawful egress for
        /// parallel use.
        #[serde(default)]
        cost_based: bool,
        /// The fees are for using several providers in parallel (Data Act art. 34), not for
        /// leaving.
        #[serde(default)]
        parallel_use: bool,
        /// The sentence names exit, egress or switching fees as such ("frais de sortie",
        /// "egress fees"); otherwise it prices the reversibility work ("la facturation des
        /// prestations de réversibilité"), a switching charge only where the contract buys a
        /// data processing service.
        #[serde(default)]
        named: bool,
    },
    /// Who holds the encryption keys.
    KeyControl {
        /// Whether the buyer or the provider holds the keys.
        holder: KeyHolder,
        /// `hsm`, `hyok`, `client_side`, `byok`, `provider_managed`.
        method: String,
    },
    /// Subcontractors and sub-processors.
    Subprocessors {
        /// Subcontractors may be anywhere ("worldwide", "any country").
        worldwide: bool,
        /// Subcontracting needs the buyer's prior approval.
        approval_required: bool,
        /// A list of the subcontractors is given or required.
        listed: bool,
        /// The sentence covers the provider's affiliates or group companies.
        affiliates: bool,
    },
    /// Transfers of data outside the EU/EEA.
    Transfer {
        /// Transfers are allowed; false when the sentence denies them.
        allowed: bool,
        /// The legal grounds named for the transfers.
        bases: Vec<TransferBasis>,
        /// ISO 3166 codes of the countries outside the EEA named as destinations, and
        /// `THIRD_COUNTRIES` when the sentence speaks of third countries in general.
        destinations: Vec<String>,
    },
    /// Immunity from non-EU law (SecNumCloud 19.6 or equivalent): required, preferred, or only
    /// mentioned.
    Immunity {
        /// What the tender does with immunity: requires it, prefers it, only mentions it…
        stance: Modality,
    },
    /// The provider may suspend the service to comply with sanctions or export control.
    SanctionsSuspension,
    /// Free and open-source software.
    OpenSource {
        /// What the tender does with open-source software: requires it, prefers it…
        stance: Modality,
    },
    /// The buyer acquires the source code of what is built for it, with the rights to run and
    /// change it: the independence free software would give, by contract.
    SourceCode {
        /// What the tender does with it: requires it, allows it, only mentions it…
        stance: Modality,
    },
    /// The data are sensitive.
    DataSensitivity {
        /// The kinds of sensitive data the tender says it involves.
        categories: Vec<Sensitivity>,
    },
    /// What the provider does when a public authority (foreign, law enforcement, a court) asks
    /// for the buyer's data: a third-country order binds only through an international
    /// agreement (GDPR art. 48, Data Act art. 32).
    GovernmentAccess {
        /// The provider must tell the buyer of the request (a carve-out for gag orders still
        /// counts); false when it may disclose "without notice".
        notify: bool,
        /// The provider must contest or refuse a request no international agreement supports.
        contest: bool,
        /// What the tender does with these duties: requires them; `allowed` when it only lets
        /// the provider disclose the data; `mentioned` in a definition, a bid instruction, or
        /// context.
        stance: Modality,
    },
    /// A change of control of the provider (its ownership, its controlling shareholder)
    /// during the contract.
    ChangeOfControl {
        /// The provider must notify the buyer of it.
        notify: bool,
        /// It needs the buyer's prior approval.
        approval: bool,
        /// The buyer may terminate the contract because of it.
        termination: bool,
        /// `required` when the contract regulates it; `mentioned` in context.
        stance: Modality,
    },
    /// Terms for processing personal data on the buyer's behalf (GDPR art. 28(3)): a data
    /// processing agreement, the provider acting as processor on documented instructions.
    ProcessingTerms {
        /// `required` when the contract holds or asks for them; `mentioned` in context.
        stance: Modality,
    },
    /// The buyer's right to audit the provider, itself or through an auditor it mandates
    /// (GDPR art. 28(3)(h)).
    AuditRight {
        /// The right is met by the provider's own certificates and third-party reports.
        reports_only: bool,
        /// `required` when the buyer has the right (a "may audit" of the buyer is a duty of the
        /// provider), `excluded` when the tender rules audits out, `mentioned` in context.
        stance: Modality,
    },
    /// Telemetry and diagnostic data the provider or its software collects from the service.
    Telemetry {
        /// Collection is limited: to what is strictly necessary, anonymised, or can be turned
        /// off by the buyer.
        limited: bool,
        /// `allowed` when the tender lets the provider collect it, `excluded` when it forbids
        /// it, `mentioned` in a definition or context.
        stance: Modality,
    },
    /// The provider's use of the buyer's data for its own ends: training AI models, improving
    /// its services.
    DataUse {
        /// The use is training or improving AI or machine-learning models.
        ai_training: bool,
        /// `allowed` when the tender lets the provider use the data so, `excluded` when it
        /// forbids it, `mentioned` in context.
        stance: Modality,
    },
}

impl ClauseDetail {
    /// The clause's kind, as facts JSON names it (`kind`).
    pub fn kind(&self) -> &'static str {
        self.into()
    }
}

/// A clause and the sentence it was read in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Clause {
    /// What kind of clause it is, and what it says.
    #[serde(flatten)]
    pub detail: ClauseDetail,
    /// The sentence the clause was read in, its decisive words highlighted.
    pub evidence: Evidence,
}

/// What a document is in the consultation file, told from its name and title. Answers to
/// bidders' questions and addenda come after the others and may narrow what they say.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DocumentRole {
    /// The technical specification (CCTP, Leistungsbeschreibung, statement of work).
    Specification,
    /// The contract terms (CCAP, Vertragsbedingungen, EVB-IT, general conditions).
    ContractTerms,
    /// How to bid (règlement de la consultation, instructions to tenderers, Bewerbungsbedingungen).
    Instructions,
    /// A requirements matrix or questionnaire (often a spreadsheet).
    Requirements,
    /// Answers to the bidders' questions (Q&A, réponses aux questions, Bieterfragen).
    Answers,
    /// A later change to the consultation file (addendum, avis rectificatif, Änderung).
    Addendum,
    /// An annex that is none of the above.
    Annex,
    /// A document whose role the name and title do not tell.
    Other,
}

impl DocumentRole {
    /// The name serde writes.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// Whether the document comes after the consultation file was published, so that what it
    /// says may narrow or correct the other documents.
    pub fn is_later(self) -> bool {
        matches!(self, DocumentRole::Answers | DocumentRole::Addendum)
    }
}

/// A document the facts were read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DocumentInfo {
    /// The name the file was given (a path on the command line, a file name in an upload).
    pub name: String,
    /// SHA-256 of the file's bytes, lowercase hex.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: String,
    /// The format detected from the file's bytes.
    pub format: Format,
    /// ISO 639-1 code of the detected language ("fr", "en", "de"…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Number of pages, for formats that have them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// What the document is in the consultation file.
    pub role: DocumentRole,
    /// The document comes after the others (answers to questions, an addendum) and may narrow
    /// what they say.
    pub later: bool,
    /// What the document states in coded fields, when it is a structured notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<super::Notice>,
    /// The sentence by which a document that is not the technical specification refers its
    /// technical terms to one held apart ("las condiciones figuran en el pliego de prescripciones
    /// técnicas"): what it lacks may stand there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specification_elsewhere: Option<Evidence>,
    /// The table of contents of a document whose text holds few of the sections it announces,
    /// the line stating a page count ("page 1 of 77") its text is far too short for, or the
    /// last block when the text stops in the middle of a sentence (an excerpt, a file cut
    /// short, a transcription of its first pages): what the document lacks may stand in the
    /// sections not read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sections_not_held: Option<Evidence>,
    /// The title by which a document calls itself an annex of a contract ("ALLEGATO 1 AL
    /// CONTRATTO", "Anlage 2 zum Vertrag", "Schedule 3 to the Agreement"): the contract's own
    /// clauses (the exit, above all) stand in the contract, not in the annex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_elsewhere: Option<Evidence>,
}

/// Schema name of [`Facts`].
pub const FACTS_SCHEMA: &str = "tenderlint.facts/v2";

/// The country whose procurement law the tender is written under, read from the laws and
/// institutions it cites (FAR and U.S.C. for a US federal buyer, the code de la commande publique
/// for a French one, VgV and GWB for a German one). Which sovereignty rules apply depends on it:
/// US law is not foreign to a US agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// The sentences that cite its law (three at most).
    pub evidence: Vec<Evidence>,
}

/// What kind of public body the buyer is, as far as the law on sensitive data tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BuyerKind {
    /// A ministry or other central government department ("ministère", "Bundesministerium").
    CentralGovernment,
    /// A national agency or public establishment of the State ("opérateur de l'État").
    CentralAgency,
    /// A regional or local authority ("collectivité", "Gemeinde", "county council").
    RegionalOrLocal,
    /// A public hospital or health body.
    Health,
}

/// The buyer's kind, from the bodies the tender names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Buyer {
    /// What kind of public body it is.
    pub kind: BuyerKind,
    /// The sentences that name it (three at most).
    pub evidence: Vec<Evidence>,
}

/// What a tender says about sovereignty, each fact with its evidence. Facts describe; the
/// policies judge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "tenderlint.facts/v2")]
pub struct Facts {
    /// Always `tenderlint.facts/v2` (`FACTS_SCHEMA`).
    #[schemars(extend("const" = FACTS_SCHEMA))]
    pub schema: String,
    /// The name of the package (a directory, a zip file, an upload of several files) when the
    /// facts are those of several documents judged together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// The documents the facts were read from, in the package's order; one for a single file.
    #[schemars(length(min = 1))]
    pub documents: Vec<DocumentInfo>,
    /// The buyer's jurisdiction, when the tender cites enough of its law to tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<Jurisdiction>,
    /// What kind of public body the buyer is, when the tender names it often enough to tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<Buyer>,
    /// Whether the contract includes hosting, and where data may or may not go.
    pub hosting: Hosting,
    /// Providers and products named.
    pub providers: Vec<ProviderMention>,
    /// File formats and protocols named.
    pub formats: Vec<FormatMention>,
    /// Certifications, qualifications and labels named.
    pub certifications: Vec<CertificationMention>,
    /// Contractual clauses: reversibility, exit fees, keys, subcontracting, transfers…
    pub clauses: Vec<Clause>,
    /// What a reader of these facts should know about how they were read: over-long runs of
    /// text cut into sentences, repeated facts kept only so many times.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Facts {
    /// Facts of these documents that say nothing yet: hosting scope unknown, no fact, no note.
    pub fn new(documents: Vec<DocumentInfo>) -> Self {
        Facts {
            schema: FACTS_SCHEMA.to_string(),
            package: None,
            documents,
            jurisdiction: None,
            buyer: None,
            hosting: Hosting {
                scope: HostingScope::Unknown,
                evidence: Vec::new(),
                public_website: false,
                locations: Vec::new(),
            },
            providers: Vec::new(),
            formats: Vec::new(),
            certifications: Vec::new(),
            clauses: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The name the facts are reported under: the package's, else the one document's.
    pub fn name(&self) -> &str {
        match &self.package {
            Some(name) => name,
            None => self.documents.first().map_or("", |d| d.name.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_kind_is_the_name_facts_json_gives_it() {
        for detail in [
            ClauseDetail::SanctionsSuspension,
            ClauseDetail::ExitFees {
                charged: true,
                cost_based: false,
                parallel_use: false,
                named: true,
            },
            ClauseDetail::DataSensitivity {
                categories: Vec::new(),
            },
        ] {
            let json = serde_json::to_value(&detail).unwrap();
            assert_eq!(json["kind"], detail.kind());
        }
    }
}
