//! Renders documents as `tenderlint extract` prints them: a line per block for people, JSON for
//! programs and tests.

use std::fmt::Write;

use serde::Serialize;

use crate::model::{BlockKind, Document};

/// Schema name of `extract --format json`.
pub const DOCUMENTS_SCHEMA: &str = "tenderlint.documents/v1";

/// One line per block: where it is, what it is, its text.
pub fn to_text(document: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "== {} ==", document.name);
    let mut summary = vec![document.format.to_string()];
    if let Some(language) = &document.language {
        summary.push(format!(
            "language {} ({:.2})",
            language.code, language.confidence
        ));
    }
    if let Some(pages) = document.pages {
        summary.push(format!("{pages} page(s)"));
    }
    summary.push(format!("{} block(s)", document.blocks.len()));
    summary.push(format!("sha256 {}", document.sha256));
    let _ = writeln!(out, "{}", summary.join(", "));
    for note in &document.notes {
        let _ = writeln!(out, "note: {note}");
    }
    for block in &document.blocks {
        let location = &block.location;
        let place = match (location.page, &location.sheet, location.row, &location.path) {
            (_, Some(sheet), Some(row), _) => format!("{sheet}!{row}"),
            (Some(page), _, _, _) => format!("p.{page} ¶{}", location.paragraph),
            // A field of a notice is found by its path, not by counting paragraphs.
            (None, _, _, Some(path)) => format!("¶{} {path}", location.paragraph),
            (None, _, _, None) => format!("¶{}", location.paragraph),
        };
        let kind = match (block.kind, block.level) {
            (BlockKind::Heading, Some(level)) => format!("heading {level}"),
            (kind, _) => kind.name().to_string(),
        };
        let _ = writeln!(out, "{place:<10} {kind:<10} {}", block.text);
    }
    out
}

#[derive(Serialize)]
struct ErrorEntry<'a> {
    name: &'a str,
    error: String,
}

#[derive(Serialize)]
struct Documents<'a> {
    schema: &'static str,
    documents: &'a [Document],
    errors: Vec<ErrorEntry<'a>>,
}

/// The documents and the files that could not be read, as one JSON object.
/// `errors` holds each unreadable file's name and the reason.
pub fn to_json(
    documents: &[Document],
    errors: &[(String, String)],
) -> Result<String, serde_json::Error> {
    let errors = errors
        .iter()
        .map(|(name, error)| ErrorEntry {
            name,
            error: error.clone(),
        })
        .collect();
    serde_json::to_string_pretty(&Documents {
        schema: DOCUMENTS_SCHEMA,
        documents,
        errors,
    })
}
