//! Indicators over a batch of notices (`tenderlint indicators`, `tenderlint.indicators/v1`): per
//! buyer and per CPV division, how many IT notices show each red flag, out of how many.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{PolicyIdentity, Tool};

/// Schema name of [`Indicators`].
pub const INDICATORS_SCHEMA: &str = "tenderlint.indicators/v1";

/// A red flag counted over notices. `docs/indicators.md` says what each means, why it matters,
/// how it is computed and gives an example.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum IndicatorId {
    /// The notice requires (or prefers) a service that a provider under US law operates, and so
    /// holds the buyer's data: a finding of `extraterritorial.exposed_provider` citing US law.
    UsServiceRequired,
    /// The notice names a brand without "or equivalent", or scores one in an award criterion:
    /// a finding of `vendor_neutrality.brand_without_equivalent` (error or warning) or of
    /// `vendor_neutrality.brand_in_award_criteria`.
    BrandWithoutEquivalent,
    /// The notice lets data go outside the EU/EEA: a finding of `data_location.outside_eu`.
    DataOutsideEu,
    /// A call for competition that gives no address for its procurement documents (counted
    /// over calls for competition only, prior information notices used as calls excepted).
    DocumentsNotLinked,
}

impl IndicatorId {
    /// The name in JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// One indicator over a set of notices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IndicatorValue {
    /// Which indicator.
    pub id: IndicatorId,
    /// The notices that show it.
    pub count: usize,
    /// The notices it is counted over (IT notices; IT calls for competition for
    /// `documents_not_linked`).
    pub of: usize,
    /// `count / of`, between 0 and 1; absent when `of` is 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    /// The notices that show it, by the name they were judged under (at most 20).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
}

/// The indicators of one group of notices: a buyer, or a CPV division.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IndicatorGroup {
    /// The buyer's name, or the CPV division's two digits.
    pub key: String,
    /// The buyer's country (ISO 3166-1 alpha-2), for a buyer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The IT notices of the group.
    pub notices: usize,
    /// Each indicator over the group's notices.
    pub indicators: Vec<IndicatorValue>,
}

/// What the batch held, before any indicator.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct NoticeCounts {
    /// Every input judged (notices, and documents that are not notices).
    pub inputs: usize,
    /// The inputs that could not be read (invalid notices among them).
    pub unreadable: usize,
    /// The inputs that are no structured notice (documents), left out of the indicators.
    pub not_notices: usize,
    /// The notices whose classification is outside IT (or which have none), left out.
    pub outside_it: usize,
    /// The IT notices of buyers outside the profile's jurisdictions (a UK or US buyer under
    /// the EU profile), left out: the rules do not judge them.
    pub outside_profile: usize,
    /// The IT notices the indicators are counted over.
    pub it: usize,
    /// The IT notices that call for competition (contract notices, and prior information
    /// notices used as calls).
    pub it_competition: usize,
}

/// Indicators over a batch of notices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "tenderlint.indicators/v1")]
pub struct Indicators {
    /// Always `tenderlint.indicators/v1` (`INDICATORS_SCHEMA`).
    #[schemars(extend("const" = INDICATORS_SCHEMA))]
    pub schema: String,
    /// The tool and version that computed them.
    pub tool: Tool,
    /// The policy set and profile that judged the notices.
    pub policy: PolicyIdentity,
    /// What the batch held.
    pub counts: NoticeCounts,
    /// Each indicator over every IT notice.
    pub overall: Vec<IndicatorValue>,
    /// Per buyer (the first buyer a notice names), most IT notices first.
    pub by_buyer: Vec<IndicatorGroup>,
    /// Per CPV division (the first two digits of a notice's main classifications; a notice in
    /// two divisions counts in both), most IT notices first.
    pub by_cpv_division: Vec<IndicatorGroup>,
}
