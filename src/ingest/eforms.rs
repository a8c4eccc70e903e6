//! eForms notices (UBL XML, the EU standard on TED since 2023): free-text fields as blocks
//! located by XPath, coded fields as a [`Notice`](crate::model::Notice).

use super::{IngestError, IngestOptions, Source};
use crate::model::Document;

/// The root elements of eForms notices, by the namespace each is in.
pub(super) const ROOTS: [&str; 3] = [
    "PriorInformationNotice",
    "ContractNotice",
    "ContractAwardNotice",
];

/// Reads one eForms notice.
pub(super) fn read(_source: Source<'_>, _options: &IngestOptions) -> Result<Document, IngestError> {
    Err(IngestError::Unsupported {
        found: "an eForms notice, which this build does not read yet".to_string(),
    })
}
