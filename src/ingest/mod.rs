//! Reading tender files: format detection from the bytes, one reader per format, and the
//! normalised [`Document`] they all produce.

mod archive;
mod build;
mod country;
mod detect;
mod docx;
mod eforms;
mod html;
mod language;
mod layout;
mod normalize;
mod ocds;
mod odt;
mod pdf;
mod sheet;
mod text;
mod xml;

use std::path::Path;

pub use archive::{Member, Unpacked, is_archive, unpack};
pub use detect::{detect_format, looks_like_notice, may_hold_notices};
pub use normalize::normalize;
pub use pdf::PDF_THREAD_NAME;

use crate::deadline::{Deadline, Interrupted};
use crate::model::{Document, Format};

/// The formats a user can give, for error messages.
pub const SUPPORTED_FORMATS: &str = "PDF, DOCX, ODT, HTML, plain text, Markdown, XLSX and ODS spreadsheets, and eForms and OCDS notices";

/// Limits that protect a batch or a server from hostile or broken files.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Largest file accepted, in bytes.
    pub max_file_bytes: u64,
    /// Largest total size the parts read from a DOCX, ODT, XLSX or ODS archive may inflate to,
    /// in bytes; for a zip archive of documents, the largest total of all its entries, nested
    /// archives included.
    pub max_inflated_bytes: u64,
    /// Most entries a zip archive of documents may hold, nested archives and skipped entries
    /// included.
    pub max_archive_entries: usize,
    /// Deepest nesting of zip archives in an archive of documents: 1 reads only the top
    /// archive's files, 3 reads a zip in a zip in the archive.
    pub max_archive_depth: usize,
    /// Largest ratio of inflated to compressed size of one entry of an archive of documents,
    /// judged only for entries that inflate beyond [`MIN_RATIO_JUDGED_BYTES`]: documents
    /// compress some 2 to 10 times, zip bombs thousands of times.
    pub max_compression_ratio: u64,
    /// Most characters of text one document may hold once read. The default, 8 Mi characters,
    /// is some 2 800 pages of dense text, eight times the longest tender documents seen.
    pub max_text_chars: usize,
    /// Most blocks (paragraphs, cells, list items) one document may hold.
    pub max_blocks: usize,
    /// Deepest nesting of elements accepted in HTML.
    pub max_nesting: usize,
    /// When reading must stop (set per document by the pipeline).
    pub deadline: Deadline,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_file_bytes: 100 * 1024 * 1024,
            max_inflated_bytes: 256 * 1024 * 1024,
            max_archive_entries: 10_000,
            max_archive_depth: 3,
            max_compression_ratio: 100,
            max_text_chars: 8 * 1024 * 1024,
            max_blocks: 2_000_000,
            max_nesting: 1024,
            deadline: Deadline::none(),
        }
    }
}

/// Entries of an archive of documents that inflate to less than this are never refused for
/// their compression ratio: small files of repeated bytes compress far better than documents.
pub const MIN_RATIO_JUDGED_BYTES: u64 = 1024 * 1024;

/// Why a file could not be read. The file's name is added by [`FileError`].
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// An I/O error while reading the file (or starting the PDF reader's thread).
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    /// The file has no bytes.
    #[error("the file is empty")]
    Empty,
    /// The file is larger than [`IngestOptions::max_file_bytes`].
    #[error("the file is {}, over the limit of {}", Bytes(*.size), Bytes(*.limit))]
    TooLarge {
        /// Size of the file, in bytes.
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The bytes are in no format tenderlint reads (an image, a presentation, a zip archive of
    /// documents given as one document…).
    #[error("unsupported format: {found}; supported formats are {SUPPORTED_FORMATS}")]
    Unsupported {
        /// What the file looks like instead ("a PNG", "a PPTX presentation").
        found: String,
    },
    /// A PDF with (almost) no text layer: scanned pages that need OCR.
    #[error("no extractable text — the document looks scanned; run OCR first")]
    Scanned,
    /// A PDF most of whose pages are images with almost no text beside them.
    #[error(
        "no extractable text on most pages — page(s) {pages} of {count} are images with almost no text (scanned); run OCR first"
    )]
    ScannedPages {
        /// The scanned pages, as ranges ("1-3, 8").
        pages: String,
        /// The pages of the document.
        count: usize,
    },
    /// The document was read but holds no letter or digit.
    #[error("no text: the {format} document contains no readable text")]
    NoText {
        /// The format it was read as.
        format: Format,
    },
    /// The PDF is protected by a password.
    #[error(
        "the PDF is encrypted with a password; remove the protection (or export an unprotected copy) first"
    )]
    Encrypted,
    /// The file claims a supported format but its structure is broken or cut short.
    #[error("corrupt or truncated {format} file: {detail}")]
    Corrupt {
        /// The format detected.
        format: Format,
        /// What is broken, as the parser said.
        detail: String,
    },
    /// The parts read from a DOCX, ODT, XLSX or ODS archive, or the entries of an archive of
    /// documents, inflate beyond [`IngestOptions::max_inflated_bytes`].
    #[error(
        "the archive inflates beyond {} (a zip bomb, or a document far larger than any tender)",
        Bytes(*.limit)
    )]
    InflatesTooMuch {
        /// The limit, in bytes.
        limit: u64,
    },
    /// A zip archive of documents holds more entries than
    /// [`IngestOptions::max_archive_entries`].
    #[error(
        "the archive holds more than {limit} entries, nested archives included (split it, or extract the documents that matter)"
    )]
    TooManyEntries {
        /// The limit.
        limit: usize,
    },
    /// A zip archive nested deeper in an archive of documents than
    /// [`IngestOptions::max_archive_depth`].
    #[error(
        "a zip archive nested more than {limit} levels deep; extract it and check its documents"
    )]
    ArchiveTooDeep {
        /// The deepest nesting read.
        limit: usize,
    },
    /// One entry of an archive of documents inflates far more than documents do.
    #[error(
        "the entry inflates more than {limit} times its compressed size (a zip bomb?); extract it and check it on its own"
    )]
    CompressionRatio {
        /// The largest ratio accepted.
        limit: u64,
    },
    /// One entry of an archive of documents is protected by a password.
    #[error("encrypted entry: the archive protects it with a password; extract it first")]
    EncryptedEntry,
    /// One entry of an archive of documents is compressed with a method tenderlint cannot
    /// inflate.
    #[error(
        "the entry is compressed with {method}, which tenderlint cannot inflate (only stored and deflated entries are read); extract it first"
    )]
    UnsupportedCompression {
        /// The method, as the archive names it.
        method: String,
    },
    /// A zip archive of documents, or one of its entries, is broken or cut short.
    #[error("corrupt or truncated zip archive: {detail}")]
    CorruptArchive {
        /// What is broken, as the zip reader said.
        detail: String,
    },
    /// A zip archive of documents holds no file to read (only folders and system files, or
    /// nothing at all).
    #[error("the zip archive holds no documents")]
    NoDocuments,
    /// The XML of a document declares or uses entities, which are refused (billion laughs, XXE).
    #[error("refused XML: {detail} (entity declarations are not allowed in documents)")]
    XmlEntities {
        /// The part of the document, and the entity or declaration found.
        detail: String,
    },
    /// The PDF reader panicked or stopped without an answer.
    #[error("the PDF reader failed on this file ({detail}); it may be corrupt")]
    ParserCrashed {
        /// The panic message, or what went wrong.
        detail: String,
    },
    /// Reading stopped: the document's time was up, or the check was cancelled.
    #[error(transparent)]
    Interrupted(#[from] Interrupted),
    /// The document holds more text or more blocks than [`IngestOptions`] allows.
    #[error(
        "the document holds more than {limit} {what}, over the limit for one document (split it, or check the parts that matter)"
    )]
    TooMuchText {
        /// "characters of text" or "paragraphs, cells and list items".
        what: &'static str,
        /// The limit.
        limit: usize,
    },
    /// Elements nested deeper than [`IngestOptions::max_nesting`]: no tender needs this, and
    /// parsers slow down with every level.
    #[error(
        "the {format} nests elements more than {limit} levels deep; no tender needs this (the file is generated or hostile)"
    )]
    TooDeep {
        /// The format read.
        format: Format,
        /// The deepest nesting accepted.
        limit: usize,
    },
}

impl IngestError {
    /// A document over [`IngestOptions::max_blocks`].
    fn too_many_blocks(limit: usize) -> Self {
        IngestError::TooMuchText {
            what: "paragraphs, cells and list items",
            limit,
        }
    }

    /// A document over [`IngestOptions::max_text_chars`].
    fn too_much_text(limit: usize) -> Self {
        IngestError::TooMuchText {
            what: "characters of text",
            limit,
        }
    }
}

/// A size for people: "256 MiB", "1.5 KiB", "12 bytes".
struct Bytes(u64);

impl std::fmt::Display for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
        if self.0 < 1024 {
            return write!(f, "{} bytes", self.0);
        }
        let mut value = self.0 as f64 / 1024.0;
        let mut unit = 0;
        while value >= 1024.0 && unit + 1 < UNITS.len() {
            value /= 1024.0;
            unit += 1;
        }
        if value.fract() < 0.05 {
            write!(f, "{value:.0} {}", UNITS[unit])
        } else {
            write!(f, "{value:.1} {}", UNITS[unit])
        }
    }
}

/// An [`IngestError`] with the name of the file it concerns.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {error}")]
pub struct FileError {
    /// The name the file was given (a path, an upload's file name).
    pub name: String,
    /// Why it could not be read.
    #[source]
    pub error: IngestError,
}

/// The bytes of one file and the name to report it under.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The name to report the file under; its extension also tells Markdown from plain text.
    pub name: &'a str,
    /// The file's contents.
    pub bytes: &'a [u8],
}

/// Reads a file from disk and turns it into a [`Document`].
pub fn ingest_path(path: &Path, options: &IngestOptions) -> Result<Document, FileError> {
    let bytes = load(path, options)?;
    ingest_bytes(
        Source {
            name: &path.display().to_string(),
            bytes: &bytes,
        },
        options,
    )
}

/// The bytes of a file on disk, refused unread when it is larger than
/// [`IngestOptions::max_file_bytes`].
pub fn load(path: &Path, options: &IngestOptions) -> Result<Vec<u8>, FileError> {
    let fail = |error| FileError {
        name: path.display().to_string(),
        error,
    };
    let size = std::fs::metadata(path).map_err(|e| fail(e.into()))?.len();
    if size > options.max_file_bytes {
        return Err(fail(IngestError::TooLarge {
            size,
            limit: options.max_file_bytes,
        }));
    }
    std::fs::read(path).map_err(|e| fail(e.into()))
}

/// The first bytes of a file on disk, as much as format sniffing needs (64 KiB): enough to tell a
/// notice, or a file of several, without reading it whole.
pub fn head(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(path)?
        .take(SNIFF_BYTES)
        .read_to_end(&mut head)?;
    Ok(head)
}

/// How much of a file [`head`] reads.
const SNIFF_BYTES: u64 = 65_536;

/// An error for a file with no bytes, or more than [`IngestOptions::max_file_bytes`].
fn check_size(bytes: &[u8], options: &IngestOptions) -> Result<(), IngestError> {
    let size = bytes.len() as u64;
    if size == 0 {
        return Err(IngestError::Empty);
    }
    if size > options.max_file_bytes {
        return Err(IngestError::TooLarge {
            size,
            limit: options.max_file_bytes,
        });
    }
    Ok(())
}

/// Turns the bytes of one file into a [`Document`]. The format is detected from the bytes; the
/// name is used only to report errors and to tell Markdown from plain text.
pub fn ingest_bytes(source: Source<'_>, options: &IngestOptions) -> Result<Document, FileError> {
    read(source, options).map_err(|error| FileError {
        name: source.name.to_string(),
        error,
    })
}

fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    check_size(source.bytes, options)?;
    let document = match detect_format(source.bytes, source.name)? {
        Format::Pdf => pdf::read(source, options)?,
        Format::Docx => docx::read(source, options)?,
        Format::Odt => odt::read(source, options)?,
        Format::Html => html::read(source, options)?,
        Format::Text => text::read_plain(source, options)?,
        Format::Markdown => text::read_markdown(source, options)?,
        Format::Xlsx => sheet::read_xlsx(source, options)?,
        Format::Ods => sheet::read_ods(source, options)?,
        Format::Eforms => eforms::read(source, options)?,
        Format::Ocds => ocds::read(source, options)?,
    };
    Ok(document)
}

/// The notices of a file that holds several (an OCDS release or record package, JSON Lines of
/// releases), each as a member named after the file and the notice; `None` for any other file,
/// which is one document.
pub fn split_notices(
    source: Source<'_>,
    options: &IngestOptions,
) -> Result<Option<Vec<Member>>, FileError> {
    let fail = |error| FileError {
        name: source.name.to_string(),
        error,
    };
    check_size(source.bytes, options).map_err(fail)?;
    if !may_hold_notices(source.bytes) {
        return Ok(None);
    }
    ocds::split(source, options).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(Bytes(12).to_string(), "12 bytes");
        assert_eq!(Bytes(256 * 1024 * 1024).to_string(), "256 MiB");
        assert_eq!(Bytes(1536).to_string(), "1.5 KiB");
    }
}
