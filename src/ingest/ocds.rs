//! OCDS (Open Contracting Data Standard) JSON: releases, records, compiled releases and the
//! packages and JSON Lines files that hold many of them. Each release or record is one notice:
//! free-text fields as blocks located by JSON pointer, coded fields as a
//! [`Notice`](crate::model::Notice).

use super::{IngestError, IngestOptions, Member, Source};
use crate::model::Document;

/// Reads one OCDS release, record or compiled release (or a package holding exactly one).
pub(super) fn read(_source: Source<'_>, _options: &IngestOptions) -> Result<Document, IngestError> {
    Err(IngestError::Unsupported {
        found: "an OCDS notice, which this build does not read yet".to_string(),
    })
}

/// The notices of a file that holds several (a release or record package, JSON Lines), each as
/// a member named `<file>#<ocid or position>`; `None` for a file that holds one notice, or none.
pub(super) fn split(
    _source: Source<'_>,
    _options: &IngestOptions,
) -> Result<Option<Vec<Member>>, IngestError> {
    Ok(None)
}
