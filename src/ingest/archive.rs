//! Zip archives of tender documents, as buyers publish a tender's files in one download (a
//! "DCE"): the files inside, in archive order, with a zip inside unpacked in place. Nothing is
//! written to disk, and an entry's name is only shown, never used as a path. The whole tree is
//! read under limits (entries, nesting, inflated bytes, deadline); an entry that crosses a limit
//! of its own (too large, a bomb, encrypted, broken) is an error for that entry alone.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use super::detect::{is_office_zip, is_zip};
use super::{FileError, IngestError, IngestOptions, MIN_RATIO_JUDGED_BYTES, Source};

/// One file found inside an archive.
#[derive(Debug, Clone)]
pub struct Member {
    /// The name to report it under: the archive's name, then its path inside, nested archives
    /// chained ("dce.zip/annexes.zip/CCTP.pdf"). Made safe to show (see [`unpack`]).
    pub name: String,
    /// The file's inflated contents.
    pub bytes: bytes::Bytes,
}

/// The files of an archive, and what a reader should know about how they were found.
#[derive(Debug)]
pub struct Unpacked {
    /// The files, in archive order; an entry that cannot be read is an error naming it.
    pub members: Vec<Result<Member, FileError>>,
    /// What was left out or changed: entries that are not documents, symbolic links, names
    /// made safe, entries sharing a name.
    pub notes: Vec<String>,
}

/// Whether the bytes are a zip archive of documents: a zip that is not itself an office
/// document (DOCX, ODT, XLSX, ODS, or another Office Open XML or OpenDocument file).
pub fn is_archive(bytes: &[u8]) -> bool {
    is_zip(bytes) && !is_office_zip(bytes)
}

/// The files of a zip archive of documents, nested archives unpacked in place up to
/// [`IngestOptions::max_archive_depth`].
///
/// Entry names are shown, never used as paths: a leading `/`, a drive letter, `.` and `..` are
/// dropped, backslashes shown as `/` and control characters as `�`, and a note says so.
/// Folders, symbolic links and system files (`__MACOSX/`, `.DS_Store`, `Thumbs.db`,
/// `desktop.ini`, Office lock files, hidden files) are skipped with a note.
///
/// The archive as a whole fails when it is not a readable zip, holds more than
/// [`IngestOptions::max_archive_entries`] entries or inflates beyond
/// [`IngestOptions::max_inflated_bytes`] in all, holds no document, or its time runs out. One
/// entry fails alone when it is larger than [`IngestOptions::max_file_bytes`], inflates more
/// than [`IngestOptions::max_compression_ratio`] times its size, is encrypted, compressed with
/// an unknown method, broken, or an archive nested too deep.
pub fn unpack(source: Source<'_>, options: &IngestOptions) -> Result<Unpacked, FileError> {
    Unpacker::new(options)
        .run(source)
        .map_err(|error| FileError {
            name: source.name.to_string(),
            error,
        })
}

/// Most names listed in a note about unsafe names or symbolic links.
const MAX_NAMES_NOTED: usize = 5;

/// One archive of the tree being read.
struct Frame<'a> {
    zip: ZipArchive<Cursor<Cow<'a, [u8]>>>,
    /// Its display name, which its entries' names extend.
    name: String,
    /// 1 for the archive given, 2 for a zip inside it…
    depth: usize,
    /// The next entry to read.
    next: usize,
}

/// What one entry turned out to be.
enum Visit<'a> {
    Skipped,
    Member(Result<Member, FileError>),
    Archive(Frame<'a>),
}

struct Unpacker<'o> {
    options: &'o IngestOptions,
    /// Entries seen in the whole tree.
    entries: usize,
    /// Bytes inflated in the whole tree.
    inflated: u64,
    members: Vec<Result<Member, FileError>>,
    skipped: usize,
    skipped_kinds: BTreeSet<&'static str>,
    symlinks: Vec<String>,
    unsafe_names: Vec<String>,
    archives_with_duplicates: Vec<String>,
}

impl<'o> Unpacker<'o> {
    fn new(options: &'o IngestOptions) -> Self {
        Unpacker {
            options,
            entries: 0,
            inflated: 0,
            members: Vec::new(),
            skipped: 0,
            skipped_kinds: BTreeSet::new(),
            symlinks: Vec::new(),
            unsafe_names: Vec::new(),
            archives_with_duplicates: Vec::new(),
        }
    }

    fn run(mut self, source: Source<'_>) -> Result<Unpacked, IngestError> {
        super::check_size(source.bytes, self.options)?;
        if !is_zip(source.bytes) {
            return Err(IngestError::CorruptArchive {
                detail: "the file is not a zip archive".to_string(),
            });
        }
        if is_office_zip(source.bytes) {
            return Err(IngestError::Unsupported {
                found: "an office document, not an archive of documents; check it as a document"
                    .to_string(),
            });
        }
        let top = self
            .open(Cow::Borrowed(source.bytes), source.name.to_string(), 1)?
            .map_err(|detail| IngestError::CorruptArchive { detail })?;
        let mut stack = vec![top];
        while let Some(frame) = stack.last_mut() {
            if frame.next >= frame.zip.len() {
                stack.pop();
                continue;
            }
            self.options.deadline.check()?;
            let index = frame.next;
            frame.next += 1;
            match self.visit(frame, index)? {
                Visit::Skipped => {}
                Visit::Member(member) => self.members.push(member),
                Visit::Archive(nested) => stack.push(nested),
            }
        }
        if self.members.is_empty() {
            return Err(IngestError::NoDocuments);
        }
        let notes = self.notes();
        Ok(Unpacked {
            members: self.members,
            notes,
        })
    }

    /// Opens an archive of the tree and counts its entries: an error of the whole tree when
    /// there are too many, the zip reader's complaint when it cannot be opened.
    fn open<'a>(
        &mut self,
        bytes: Cow<'a, [u8]>,
        name: String,
        depth: usize,
    ) -> Result<Result<Frame<'a>, String>, IngestError> {
        let zip = match ZipArchive::new(Cursor::new(bytes)) {
            Ok(zip) => zip,
            Err(e) => return Ok(Err(e.to_string())),
        };
        self.entries = self.entries.saturating_add(zip.len());
        if self.entries > self.options.max_archive_entries {
            return Err(IngestError::TooManyEntries {
                limit: self.options.max_archive_entries,
            });
        }
        if zip.has_duplicate_names() {
            self.archives_with_duplicates.push(name.clone());
        }
        Ok(Ok(Frame {
            zip,
            name,
            depth,
            next: 0,
        }))
    }

    /// Reads entry `index` of the innermost archive. An error here stops the whole archive.
    fn visit<'a>(&mut self, frame: &mut Frame<'a>, index: usize) -> Result<Visit<'a>, IngestError> {
        let whole = |e: ZipError| IngestError::CorruptArchive {
            detail: e.to_string(),
        };
        let data = frame.zip.by_index_data(index).map_err(whole)?;
        let raw_name = match data.name() {
            Ok(name) => name.into_owned(),
            Err(_) => String::from_utf8_lossy(data.name_raw()).into_owned(),
        };
        let shown = DisplayPath::of(&raw_name, index);
        let name = format!("{}/{}", frame.name, shown.path);
        if shown.was_unsafe {
            self.unsafe_names.push(name.clone());
        }
        let is_dir = data.is_dir() || raw_name.ends_with(['/', '\\']);
        if let Some(kind) = junk_kind(&shown.path, is_dir) {
            self.skipped += 1;
            self.skipped_kinds.insert(kind);
            return Ok(Visit::Skipped);
        }
        if data.is_symlink() {
            self.symlinks.push(name);
            return Ok(Visit::Skipped);
        }
        let declared_size = data.size();
        let compressed_size = data.compressed_size();
        let encrypted = data.encrypted();
        let method = data.compression();
        let fail = |error| {
            Ok(Visit::Member(Err(FileError {
                name: name.clone(),
                error,
            })))
        };
        if encrypted {
            return fail(IngestError::EncryptedEntry);
        }
        if !matches!(
            method,
            zip::CompressionMethod::Stored | zip::CompressionMethod::Deflated
        ) {
            return fail(IngestError::UnsupportedCompression {
                method: method.to_string(),
            });
        }
        let per_entry = self.options.max_file_bytes;
        let by_ratio = compressed_size
            .saturating_mul(self.options.max_compression_ratio)
            .max(MIN_RATIO_JUDGED_BYTES);
        let left = self
            .options
            .max_inflated_bytes
            .saturating_sub(self.inflated);
        let limit = per_entry.min(by_ratio).min(left);
        let entry = match frame.zip.by_index(index) {
            Ok(entry) => entry,
            Err(e) => return fail(entry_error(e)),
        };
        let mut bytes = Vec::new();
        let read = entry.take(limit.saturating_add(1)).read_to_end(&mut bytes);
        let size = bytes.len() as u64;
        self.inflated = self.inflated.saturating_add(size);
        if size > limit {
            if left < per_entry.min(by_ratio) {
                return Err(IngestError::InflatesTooMuch {
                    limit: self.options.max_inflated_bytes,
                });
            }
            return fail(if by_ratio < per_entry {
                IngestError::CompressionRatio {
                    limit: self.options.max_compression_ratio,
                }
            } else {
                IngestError::TooLarge {
                    size: size.max(declared_size),
                    limit: per_entry,
                }
            });
        }
        if let Err(e) = read {
            return fail(IngestError::CorruptArchive {
                detail: format!("cannot inflate the entry: {e}"),
            });
        }
        if !is_archive(&bytes) {
            return Ok(Visit::Member(Ok(Member {
                name,
                bytes: bytes.into(),
            })));
        }
        if frame.depth >= self.options.max_archive_depth {
            return fail(IngestError::ArchiveTooDeep {
                limit: self.options.max_archive_depth,
            });
        }
        match self.open(Cow::Owned(bytes), name.clone(), frame.depth + 1)? {
            Ok(nested) => Ok(Visit::Archive(nested)),
            Err(detail) => fail(IngestError::CorruptArchive { detail }),
        }
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.skipped > 0 {
            let kinds: Vec<&str> = self.skipped_kinds.iter().copied().collect();
            notes.push(format!(
                "skipped {} {} that {} not documents: {}",
                self.skipped,
                plural(self.skipped, "entry", "entries"),
                plural(self.skipped, "is", "are"),
                kinds.join(", ")
            ));
        }
        if !self.symlinks.is_empty() {
            notes.push(format!(
                "skipped {} symbolic {}: {}",
                self.symlinks.len(),
                plural(self.symlinks.len(), "link", "links"),
                some_names(&self.symlinks)
            ));
        }
        if !self.unsafe_names.is_empty() {
            notes.push(format!(
                "{} {} unsafe names (absolute paths, `..`, backslashes, drive letters or control characters), shown made safe: {}",
                self.unsafe_names.len(),
                plural(self.unsafe_names.len(), "entry has", "entries have"),
                some_names(&self.unsafe_names)
            ));
        }
        for archive in &self.archives_with_duplicates {
            notes.push(format!(
                "{archive} lists several entries under one name; only one of each was read"
            ));
        }
        notes
    }
}

fn plural<'s>(count: usize, one: &'s str, many: &'s str) -> &'s str {
    if count == 1 { one } else { many }
}

/// The first few names of a list, and how many more there are.
fn some_names(names: &[String]) -> String {
    let shown = names[..names.len().min(MAX_NAMES_NOTED)].join(", ");
    match names.len().saturating_sub(MAX_NAMES_NOTED) {
        0 => shown,
        more => format!("{shown} and {more} more"),
    }
}

/// What an entry's error says, for that entry alone.
fn entry_error(error: ZipError) -> IngestError {
    match error {
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
            IngestError::EncryptedEntry
        }
        ZipError::CompressionMethodNotSupported(method) => IngestError::UnsupportedCompression {
            method: zip::CompressionMethod::name_from_u16(method).to_string(),
        },
        other => IngestError::CorruptArchive {
            detail: other.to_string(),
        },
    }
}

/// An entry's name made safe to show.
struct DisplayPath {
    path: String,
    /// Something had to be dropped or replaced.
    was_unsafe: bool,
}

impl DisplayPath {
    fn of(raw: &str, index: usize) -> DisplayPath {
        let mut was_unsafe = false;
        let cleaned: String = raw
            .chars()
            .map(|c| match c {
                '\\' => {
                    was_unsafe = true;
                    '/'
                }
                c if c.is_control() => {
                    was_unsafe = true;
                    '\u{FFFD}'
                }
                c => c,
            })
            .collect();
        was_unsafe |= cleaned.starts_with('/');
        let mut parts = Vec::new();
        for (position, part) in cleaned.split('/').enumerate() {
            let drive = position == 0
                && part.len() == 2
                && part.ends_with(':')
                && part.starts_with(|c: char| c.is_ascii_alphabetic());
            if part == ".." || drive {
                was_unsafe = true;
            } else if !part.is_empty() && part != "." {
                parts.push(part);
            }
        }
        let path = if parts.is_empty() {
            format!("(entry {} without a name)", index + 1)
        } else {
            parts.join("/")
        };
        DisplayPath { path, was_unsafe }
    }
}

/// What kind of entry that is not a document the entry is, if it is one.
fn junk_kind(path: &str, is_dir: bool) -> Option<&'static str> {
    if is_dir {
        return Some("directories");
    }
    let parts: Vec<&str> = path.split('/').collect();
    let file = parts.last().copied().unwrap_or_default().to_lowercase();
    if parts.contains(&"__MACOSX") {
        Some("__MACOSX/")
    } else if file == ".ds_store" {
        Some(".DS_Store")
    } else if file == "thumbs.db" {
        Some("Thumbs.db")
    } else if file == "desktop.ini" {
        Some("desktop.ini")
    } else if file.starts_with("~$") {
        Some("Office lock files (~$…)")
    } else if parts.iter().any(|p| p.starts_with('.')) {
        Some("hidden files")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(raw: &str) -> (String, bool) {
        let p = DisplayPath::of(raw, 0);
        (p.path, p.was_unsafe)
    }

    #[test]
    fn names_are_made_safe_to_show() {
        assert_eq!(shown("CCTP.pdf"), ("CCTP.pdf".into(), false));
        assert_eq!(shown("./a//b.pdf"), ("a/b.pdf".into(), false));
        assert_eq!(
            shown("../../etc/passwd.txt"),
            ("etc/passwd.txt".into(), true)
        );
        assert_eq!(shown("/abs/x.txt"), ("abs/x.txt".into(), true));
        assert_eq!(shown("C:\\win\\y.txt"), ("win/y.txt".into(), true));
        assert_eq!(shown("a\0b.txt"), ("a\u{FFFD}b.txt".into(), true));
        assert_eq!(shown("../"), ("(entry 1 without a name)".into(), true));
    }

    #[test]
    fn system_files_are_not_documents() {
        assert_eq!(junk_kind("d", true), Some("directories"));
        assert_eq!(junk_kind("__MACOSX/._a.pdf", false), Some("__MACOSX/"));
        assert_eq!(junk_kind("x/.DS_Store", false), Some(".DS_Store"));
        assert_eq!(junk_kind("Thumbs.db", false), Some("Thumbs.db"));
        assert_eq!(
            junk_kind("~$CCTP.docx", false),
            Some("Office lock files (~$…)")
        );
        assert_eq!(junk_kind(".git/config", false), Some("hidden files"));
        assert_eq!(junk_kind("annexes/CCTP.pdf", false), None);
    }

    #[test]
    fn notes_list_a_few_names() {
        let names: Vec<String> = (1..=7).map(|n| format!("f{n}")).collect();
        assert_eq!(some_names(&names), "f1, f2, f3, f4, f5 and 2 more");
    }
}
