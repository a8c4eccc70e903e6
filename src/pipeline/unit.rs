//! Inputs read into the units that are judged: one document, or the documents of a package (a
//! directory given as one, files uploaded together, a zip archive). A document of a package that
//! cannot be read is set aside with its error; the others are still judged.

use rayon::prelude::*;

use super::{CheckOptions, DocumentError, Input};
use crate::deadline::Deadline;
use crate::ingest::{Source, ingest_bytes, ingest_path};
use crate::model::Document;

/// A document read, with the deadline it was read under: its facts and judgement share it.
pub(super) struct Read {
    pub(super) document: Document,
    pub(super) deadline: Deadline,
}

/// What one input gives once read.
pub(super) enum Unit {
    /// A single document.
    Document(Read),
    /// The documents of a package that could be read, and the errors of those that could not.
    Package(Package),
}

/// The documents of one package, read.
pub(super) struct Package {
    /// The name the package is reported under.
    pub(super) name: String,
    /// The documents read, in the package's order.
    pub(super) documents: Vec<Read>,
    /// The documents that could not be read.
    pub(super) failures: Vec<DocumentError>,
}

impl Unit {
    /// Every document the unit holds.
    pub(super) fn into_documents(self) -> (Vec<Read>, Vec<DocumentError>) {
        match self {
            Unit::Document(document) => (vec![document], Vec::new()),
            Unit::Package(package) => (package.documents, package.failures),
        }
    }
}

/// Reads one input: a document, or each document of a package with its own deadline, in
/// parallel when `parallel` (on the pool the caller installed).
pub(super) fn read_unit(
    input: &Input,
    options: &CheckOptions,
    parallel: bool,
) -> Result<Unit, DocumentError> {
    match input {
        Input::Package { name, members, .. } => {
            let read = |member: &Input| read_member(member, options, parallel);
            let results: Vec<_> = if parallel {
                members.par_iter().map(read).collect()
            } else {
                members.iter().map(read).collect()
            };
            let mut package = Package {
                name: name.clone(),
                documents: Vec::new(),
                failures: Vec::new(),
            };
            for result in results {
                match result {
                    Ok(unit) => {
                        let (documents, failures) = unit.into_documents();
                        package.documents.extend(documents);
                        package.failures.extend(failures);
                    }
                    Err(error) => package.failures.push(error),
                }
            }
            Ok(Unit::Package(package))
        }
        single => read_member(single, options, parallel),
    }
}

/// Reads one file: a document, within its own deadline.
fn read_member(
    input: &Input,
    options: &CheckOptions,
    parallel: bool,
) -> Result<Unit, DocumentError> {
    let deadline = options.deadline();
    let ingest = crate::ingest::IngestOptions {
        deadline: deadline.clone(),
        ..options.ingest.clone()
    };
    let document = match input {
        Input::Path(path) => ingest_path(path, &ingest)?,
        Input::Bytes { name, bytes } => ingest_bytes(Source { name, bytes }, &ingest)?,
        Input::Package { .. } => return read_unit(input, options, parallel),
    };
    Ok(Unit::Document(Read { document, deadline }))
}
