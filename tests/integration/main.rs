//! Integration tests, in one binary (one link, shared helpers).

mod archive;
mod check;
mod cli;
mod corpus;
mod facts;
mod fingerprints;
mod formats;
mod fuzz_regressions;
mod http;
mod ingest;
mod labelled;
mod limits;
mod notices;
mod notices_eforms;
mod notices_ocds;
mod packages;
mod pdftotext;
mod policies;
mod schemas;
mod serve;
mod sheets;

use std::path::{Path, PathBuf};

#[path = "../common/shapes.rs"]
mod shapes;
pub use shapes::endless_sentence;

use tenderlint::deadline::Deadline;
use tenderlint::extract::Extractor;
use tenderlint::ingest::{FileError, IngestOptions, ingest_path};
use tenderlint::model::{Document, Facts};

/// Runs the tenderlint binary from the repository's root.
pub fn tenderlint(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_tenderlint"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The repository's fixtures folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every well-formed fixture tender, with the format and language it must be read as.
pub const TENDERS: &[(&str, &str, &str)] = &[
    ("fr_cctp_suite_collaborative.pdf", "pdf", "fr"),
    ("fr_cctp_suite_collaborative.docx", "docx", "fr"),
    ("fr_cctp_suite_collaborative.odt", "odt", "fr"),
    ("fr_avis_hebergement_site.html", "html", "fr"),
    ("fr_avis_relation_usagers_utf16.txt", "text", "fr"),
    ("en_rfp_research_data_platform.pdf", "pdf", "en"),
    ("en_rfp_research_data_platform.docx", "docx", "en"),
    ("en_tender_summary_email_service.md", "markdown", "en"),
    ("de_leistungsbeschreibung_fachverfahren.pdf", "pdf", "de"),
    ("de_leistungsbeschreibung_fachverfahren.odt", "odt", "de"),
    ("de_kurzfassung_dateiaustausch_cp1252.txt", "text", "de"),
];

/// Reads a fixture with the default options; relative names keep snapshots machine-independent.
pub fn read_fixture(name: &str) -> Result<Document, FileError> {
    let mut document = ingest_path(&fixtures().join(name), &IngestOptions::default())?;
    document.name = name.to_string();
    Ok(document)
}

/// The date the tests judge at, so that findings do not change with the calendar.
pub fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
}

/// The facts of a document, with no time limit (tests read small documents).
pub fn facts_of(extractor: &Extractor, document: &Document) -> Facts {
    extractor
        .extract(document, &Deadline::none())
        .unwrap_or_else(|e| panic!("{}: {e}", document.name))
}
