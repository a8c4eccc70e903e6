//! Inputs read into the units that are judged: one document, or the documents of a package (a
//! directory given as one, files uploaded together, a zip archive). A document of a package that
//! cannot be read is set aside with its error; the others are still judged.

use bytes::Bytes;
use rayon::prelude::*;

use super::{CheckOptions, DocumentError, Input};
use crate::deadline::Deadline;
use crate::ingest::{
    FileError, IngestOptions, Member, Source, ingest_bytes, is_archive, load, split_notices, unpack,
};
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
    /// What unpacking its archives noted (entries skipped, unsafe names).
    pub(super) notes: Vec<String>,
}

impl Package {
    fn new(name: String) -> Self {
        Package {
            name,
            documents: Vec::new(),
            failures: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Adds what a member gave: a document, or the documents of an archive (flattened, so that
    /// a zip inside a package is read as part of it).
    fn add(&mut self, member: Result<Unit, DocumentError>) {
        match member {
            Ok(Unit::Document(read)) => self.documents.push(read),
            Ok(Unit::Package(inner)) => {
                self.documents.extend(inner.documents);
                self.failures.extend(inner.failures);
                self.notes.extend(inner.notes);
            }
            Err(error) => self.failures.push(error),
        }
    }
}

impl Unit {
    /// Every document the unit holds, and the errors of those that could not be read.
    pub(super) fn into_documents(self) -> (Vec<Read>, Vec<DocumentError>) {
        match self {
            Unit::Document(read) => (vec![read], Vec::new()),
            Unit::Package(package) => (package.documents, package.failures),
        }
    }
}

/// Reads one input: a document, or the documents of a package, each within its own deadline,
/// in parallel when `parallel` (on the pool the caller installed).
pub(super) fn read_unit(
    input: &Input,
    options: &CheckOptions,
    parallel: bool,
) -> Result<Unit, DocumentError> {
    match input {
        Input::Package { name, members, .. } => {
            let read = |member: &Input| read_unit(member, options, parallel);
            let mut package = Package::new(name.clone());
            for member in in_parallel(members.iter().collect(), parallel, read) {
                package.add(member);
            }
            Ok(Unit::Package(package))
        }
        Input::Path(path) => {
            let bytes = load(path, &options.ingest)?;
            read_bytes(&path.display().to_string(), bytes.into(), options, parallel)
        }
        Input::Bytes { name, bytes } => read_bytes(name, bytes.clone(), options, parallel),
    }
}

/// Reads the bytes of one file: a zip archive of documents is a package, anything else one
/// document.
fn read_bytes(
    name: &str,
    bytes: Bytes,
    options: &CheckOptions,
    parallel: bool,
) -> Result<Unit, DocumentError> {
    if !is_archive(&bytes) {
        return read_document(name, &bytes, options).map(Unit::Document);
    }
    // Unpacking is bounded like the reading of one document, and stops with the run.
    let unpacked = unpack(
        Source {
            name,
            bytes: &bytes,
        },
        &within(options, options.deadline()),
    )?;
    let mut package = Package::new(name.to_string());
    package.notes = unpacked
        .notes
        .into_iter()
        .map(|note| format!("{name}: {note}"))
        .collect();
    let read = |member: Result<Member, FileError>| match member {
        Ok(member) => read_member(&member, options),
        Err(error) => Err(DocumentError::Unreadable(error)),
    };
    for member in in_parallel(unpacked.members, parallel, read) {
        package.add(member);
    }
    Ok(Unit::Package(package))
}

/// A file of an archive: one document, or, when it holds several notices (an OCDS package,
/// JSON Lines), one document per notice, as the same file given on its own would be.
fn read_member(member: &Member, options: &CheckOptions) -> Result<Unit, DocumentError> {
    let Some(notices) = split_members(&member.name, &member.bytes, &options.ingest) else {
        return read_document(&member.name, &member.bytes, options).map(Unit::Document);
    };
    let mut package = Package::new(member.name.clone());
    for notice in notices {
        package.add(read_document(&notice.name, &notice.bytes, options).map(Unit::Document));
    }
    Ok(Unit::Package(package))
}

/// One document, read within a deadline of its own.
fn read_document(name: &str, bytes: &[u8], options: &CheckOptions) -> Result<Read, DocumentError> {
    let deadline = options.deadline();
    let document = ingest_bytes(Source { name, bytes }, &within(options, deadline.clone()))?;
    Ok(Read { document, deadline })
}

/// The reading limits of a run, under one deadline.
fn within(options: &CheckOptions, deadline: Deadline) -> IngestOptions {
    IngestOptions {
        deadline,
        ..options.ingest.clone()
    }
}

/// The inputs with every file that holds several notices (an OCDS package, JSON Lines) replaced
/// by one input per notice, so that each notice is judged, and reported, on its own; in a
/// package, its notices are documents of the package. A file that cannot be read stays as it
/// is: reading it reports the error.
pub(crate) fn expand_notices(inputs: &[Input], options: &CheckOptions) -> Vec<Input> {
    let mut expanded = Vec::with_capacity(inputs.len());
    for input in inputs {
        match input {
            Input::Package { name, dir, members } => expanded.push(Input::Package {
                name: name.clone(),
                dir: dir.clone(),
                members: expand_notices(members, options),
            }),
            Input::Path(path) => {
                // Only a file whose start looks like several notices is read whole here.
                let notices = may_hold_notices(path)
                    .then(|| load(path, &options.ingest).ok())
                    .flatten()
                    .and_then(|bytes| {
                        notices_of(&path.display().to_string(), &bytes, &options.ingest)
                    });
                expanded.extend(notices.unwrap_or_else(|| vec![input.clone()]));
            }
            Input::Bytes { name, bytes } => {
                let notices = notices_of(name, bytes, &options.ingest);
                expanded.extend(notices.unwrap_or_else(|| vec![input.clone()]));
            }
        }
    }
    expanded
}

/// Whether the start of a file on disk looks like several notices (an OCDS package, JSON Lines).
fn may_hold_notices(path: &std::path::Path) -> bool {
    crate::ingest::head(path).is_ok_and(|head| crate::ingest::may_hold_notices(&head))
}

/// One input per notice of a file that holds several.
fn notices_of(name: &str, bytes: &[u8], options: &IngestOptions) -> Option<Vec<Input>> {
    let members = split_members(name, bytes, options)?;
    Some(
        members
            .into_iter()
            .map(|member| Input::Bytes {
                name: member.name,
                bytes: member.bytes,
            })
            .collect(),
    )
}

/// The notices of a file that holds several; none for any other file, and for a file that
/// cannot be split: reading it whole then reports why.
fn split_members(name: &str, bytes: &[u8], options: &IngestOptions) -> Option<Vec<Member>> {
    split_notices(Source { name, bytes }, options).ok()?
}

/// `work` on every item, in order, on the installed pool when `parallel`.
pub(super) fn in_parallel<T: Send, U: Send>(
    items: Vec<T>,
    parallel: bool,
    work: impl Fn(T) -> U + Sync + Send,
) -> Vec<U> {
    if parallel {
        items.into_par_iter().map(work).collect()
    } else {
        items.into_iter().map(work).collect()
    }
}
