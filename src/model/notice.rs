//! A structured procurement notice (eForms XML, OCDS JSON): what it states in fields rather than
//! in prose. Its free-text fields are the document's blocks, located by their path; the fields
//! below are what the sentences cannot say as reliably (codes, countries, amounts, links).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The standard a notice is written in.
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
pub enum NoticeStandard {
    /// eForms (EU notices on TED, Regulation (EU) 2019/1780), UBL XML.
    Eforms,
    /// Open Contracting Data Standard, JSON.
    Ocds,
}

/// What stage of a procurement a notice announces.
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
pub enum NoticeKind {
    /// A prior information or periodic indicative notice: a procurement planned.
    Planning,
    /// A contract notice: a call for competition, tenders invited.
    Competition,
    /// A contract award notice, a voluntary ex-ante transparency notice, a modification.
    Result,
    /// Any other notice (a change, a completion, a notice the reader could not place).
    Other,
}

/// A value read from a field of a notice, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct NoticeField {
    /// The value as the notice writes it (trimmed).
    pub value: String,
    /// Where it stands: an XPath for eForms (`/ContractNotice/cac:ProcurementProject/cbc:Name`,
    /// with 1-based positions where an element repeats), a JSON pointer for OCDS
    /// (`/releases/0/tender/title`).
    pub path: String,
}

/// A buyer named by a notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct NoticeBuyer {
    /// The buyer's official name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ISO 3166-1 alpha-2 code of the buyer's country ("FR"), converted from eForms' alpha-3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The buyer's legal type, as the eForms code list `buyer-legal-type` writes it (`cga`
    /// central government authority, `ra` regional authority, `la` local authority, `body-pl`
    /// body governed by public law…); OCDS has no such field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_type: Option<String>,
    /// The buyer's main activity (eForms code lists `main-activity` or `main-activity-entity`:
    /// `gen-pub`, `health`, `defence`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// Where the buyer's organisation stands in the notice.
    pub path: String,
}

/// A classification of the object of the contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Classification {
    /// The scheme (`CPV`; OCDS may name others, kept as written).
    pub scheme: String,
    /// The code, without its check digit (`72415000`).
    pub code: String,
    /// The main classification of the procedure or of its lot, rather than an additional one.
    pub main: bool,
    /// The lot it classifies; none for the procedure as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot: Option<String>,
    /// Where it stands in the notice.
    pub path: String,
}

/// A place where the contract is performed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct PlaceOfPerformance {
    /// ISO 3166-1 alpha-2 code of the country, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The NUTS region, when given (`FRD22`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// eForms' code for a place that is not an address: `anyw` anywhere, `anyw-eea` anywhere in
    /// the European Economic Area, `anyw-cou` anywhere in the given country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// The lot it is the place of; none for the procedure as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot: Option<String>,
    /// Where it stands in the notice.
    pub path: String,
}

/// An amount of money.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Amount {
    /// The amount as the notice writes it (a decimal number).
    pub amount: String,
    /// ISO 4217 currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Where it stands in the notice.
    pub path: String,
}

/// An award criterion. Its description, when the notice gives one, is a block of the document
/// whose path starts with this criterion's path, so the sentences read in it can be told apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AwardCriterion {
    /// `price`, `quality` or `cost` (eForms `award-criterion-type`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The criterion's name, in the notice's first language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its weight as the notice states it (points or per cent, as written), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<String>,
    /// The lot it applies to; none for the procedure as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot: Option<String>,
    /// Where it stands in the notice.
    pub path: String,
}

/// What a structured notice states in fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Notice {
    /// eForms or OCDS.
    pub standard: NoticeStandard,
    /// What stage of the procurement it announces.
    pub kind: NoticeKind,
    /// The eForms notice subtype (`16`, `29`, `E3`…), or the OCDS release's tags joined by
    /// commas (`tender`, `planning,tender`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// The notice's identifier (eForms `cbc:ID` of the notice, OCDS `ocid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The title of the procedure, in the notice's first language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<NoticeField>,
    /// The buyers (several for a joint procurement).
    pub buyers: Vec<NoticeBuyer>,
    /// The classifications of the object, for the procedure and each lot.
    pub classifications: Vec<Classification>,
    /// The places of performance, for the procedure and each lot.
    pub places: Vec<PlaceOfPerformance>,
    /// The date the notice was sent or published (ISO 8601 as written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NoticeField>,
    /// The deadline for tenders or requests to participate (ISO 8601 as written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission_deadline: Option<NoticeField>,
    /// The estimated value of the procurement, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_value: Option<Amount>,
    /// The law the procedure is under, as a CELEX number (eForms BT-01 `cbc:RegulatoryDomain`:
    /// `32014L0024` for Directive 2014/24/EU) or a national code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<NoticeField>,
    /// The procedure (eForms `procurement-procedure-type`: `open`, `restricted`, `neg-w-call`…;
    /// OCDS `procurementMethod`: `open`, `selective`, `limited`, `direct`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<NoticeField>,
    /// The addresses where the procurement documents can be read (eForms BT-15, OCDS
    /// `tender.documents[].url`). A call for competition that gives none withholds them.
    pub document_urls: Vec<NoticeField>,
    /// The award criteria, for the procedure and each lot.
    pub award_criteria: Vec<AwardCriterion>,
}
