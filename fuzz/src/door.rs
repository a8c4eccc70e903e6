//! The door every fuzz target goes through, shared word for word with the regression test
//! (`tests/integration/fuzz_regressions.rs` includes this file), so a crash found by the
//! fuzzer replays the same way under `cargo test`.

use std::io::Write;

use tenderlint::model::Facts;
use tenderlint::pipeline::{CheckOptions, Checker, Input, PolicySources};

/// What a fuzz target feeds: one per reader, and the facts JSON of `POST /v1/check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// PDF files.
    Pdf,
    /// DOCX files, or the XML of `word/document.xml` packed into one.
    Docx,
    /// ODT files, or the XML of `content.xml` packed into one.
    Odt,
    /// HTML pages.
    Html,
    /// Plain text.
    Text,
    /// Markdown (told from plain text by the `.md` name).
    Markdown,
    /// XLSX workbooks.
    Xlsx,
    /// ODS workbooks, or the XML of `content.xml` packed into one.
    Ods,
    /// Zip archives of documents, read as one package.
    Zip,
    /// eForms notices (UBL XML).
    Eforms,
    /// OCDS releases, records, packages and JSON Lines (one input per notice).
    Ocds,
    /// `tenderlint.facts/v2` JSON, judged by the policies.
    Facts,
}

impl Target {
    /// Every target, in the order `fuzz/run.sh` runs them.
    pub const ALL: [Target; 12] = [
        Target::Pdf,
        Target::Docx,
        Target::Odt,
        Target::Html,
        Target::Text,
        Target::Markdown,
        Target::Xlsx,
        Target::Ods,
        Target::Zip,
        Target::Eforms,
        Target::Ocds,
        Target::Facts,
    ];

    /// The target's name: its binary, its seed folder and its regressions folder.
    pub fn name(self) -> &'static str {
        match self {
            Target::Pdf => "pdf",
            Target::Docx => "docx",
            Target::Odt => "odt",
            Target::Html => "html",
            Target::Text => "text",
            Target::Markdown => "markdown",
            Target::Xlsx => "xlsx",
            Target::Ods => "ods",
            Target::Zip => "zip",
            Target::Eforms => "eforms",
            Target::Ocds => "ocds",
            Target::Facts => "facts",
        }
    }

    /// The file name the bytes are given under: the extension is what tells Markdown from
    /// plain text; every other format is detected from the bytes.
    fn file_name(self) -> &'static str {
        match self {
            Target::Pdf => "fuzz.pdf",
            Target::Docx => "fuzz.docx",
            Target::Odt => "fuzz.odt",
            Target::Html => "fuzz.html",
            Target::Text => "fuzz.txt",
            Target::Markdown => "fuzz.md",
            Target::Xlsx => "fuzz.xlsx",
            Target::Ods => "fuzz.ods",
            Target::Zip => "fuzz.zip",
            Target::Eforms => "fuzz.xml",
            Target::Ocds => "fuzz.json",
            Target::Facts => "fuzz.json",
        }
    }
}

/// How one input ended. Any of these is fine; a panic, an abort or a hang is the bug.
#[derive(Debug)]
pub enum Outcome {
    /// The document was read and its facts extracted.
    Read,
    /// The document could not be read; `message` is the error as a user sees it.
    Unreadable {
        /// The name the input was given.
        name: String,
        /// The error, which must name the file.
        message: String,
    },
    /// Reading stopped at the document's deadline: the input is a hang the deadline caught.
    TimedOut(String),
    /// Not `tenderlint.facts/v2` JSON: the server answers 400 before any checking.
    NotFacts,
    /// The facts were judged.
    Judged,
    /// The checker refused the facts; the server answers 400 with this message.
    Refused(String),
}

/// The bundled policy set, loaded once, and the options of a default run.
pub struct Door {
    checker: Checker,
    options: CheckOptions,
}

impl Door {
    /// Loads the bundled policies (once per process: the fuzz loop reuses them).
    pub fn load() -> Self {
        Door {
            checker: Checker::load(&PolicySources::default()).expect("the bundled policies load"),
            options: CheckOptions {
                jobs: 1,
                // Far beyond what any seed needs, even in a debug build: an input that reaches
                // it is a hang (AFL++ calls one at 5 s), reported as `Outcome::TimedOut`.
                document_timeout: Some(std::time::Duration::from_secs(20)),
                ..CheckOptions::default()
            },
        }
    }

    /// Feeds `data` to `target` through the library's public door.
    pub fn run(&self, target: Target, data: &[u8]) -> Outcome {
        if target == Target::Facts {
            return self.judge(data);
        }
        let input = Input::Bytes {
            name: target.file_name().to_string(),
            bytes: packed(target, data).into(),
        };
        let name = input.name();
        let results = self
            .checker
            .facts(&[input], &self.options)
            .expect("one input needs no thread pool");
        // A zip gives its documents' facts and the errors of those that could not be read; a
        // file of several notices gives one result per notice.
        let errors: Vec<_> = results
            .into_iter()
            .flat_map(|result| match result {
                Ok(read) => read.unread,
                Err(error) => vec![error],
            })
            .collect();
        if errors.is_empty() {
            return Outcome::Read;
        }
        let message = errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ");
        if errors.iter().any(|e| e.is_interrupted()) {
            Outcome::TimedOut(message)
        } else {
            Outcome::Unreadable { name, message }
        }
    }

    fn judge(&self, data: &[u8]) -> Outcome {
        let Ok(facts) = serde_json::from_slice::<Facts>(data) else {
            return Outcome::NotFacts;
        };
        match self.checker.check_facts(&facts, &self.options) {
            Ok(_) => Outcome::Judged,
            Err(error) => Outcome::Refused(error.to_string()),
        }
    }
}

/// A whole archive is read as it is (XLSX and zip targets always). Other bytes become the main
/// XML part of a minimal
/// archive, stored uncompressed with the right CRC: a mutated deflate stream or CRC stops at
/// the zip layer, and the XML walkers would hardly ever be reached.
fn packed(target: Target, data: &[u8]) -> Vec<u8> {
    let parts: &[(&str, &[u8])] = match target {
        Target::Docx if !data.starts_with(b"PK") => &[
            ("[Content_Types].xml", DOCX_CONTENT_TYPES),
            ("_rels/.rels", DOCX_RELS),
            ("word/document.xml", data),
        ],
        Target::Odt if !data.starts_with(b"PK") => &[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", ODT_MANIFEST),
            ("content.xml", data),
        ],
        Target::Ods if !data.starts_with(b"PK") => &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", data),
        ],
        _ => return data.to_vec(),
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(*name, stored).expect("writing to memory");
        zip.write_all(bytes).expect("writing to memory");
    }
    zip.finish().expect("writing to memory").into_inner()
}

const DOCX_CONTENT_TYPES: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const DOCX_RELS: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const ODT_MANIFEST: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
