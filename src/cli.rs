//! The command line: arguments parsed once into typed options, then one library call each.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::extract::Extractor;
use crate::extract::reference::ReferenceData;
use crate::ingest::{FileError, IngestOptions, ingest_path};
use crate::model::{Document, Facts};
use crate::report;

#[derive(Debug, Parser)]
#[command(
    name = "tenderlint",
    version,
    about = "Checks public procurement tenders against digital-sovereignty criteria"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the text of tender documents as tenderlint reads it: blocks with page, kind and text.
    Extract {
        /// Tender files (PDF, DOCX, ODT, HTML, plain text, Markdown).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
    /// Print the sovereignty facts read in tender documents, each with its page and sentence.
    Facts {
        /// Tender files (PDF, DOCX, ODT, HTML, plain text, Markdown).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = DocumentFormat::Text)]
        format: DocumentFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentFormat {
    Text,
    Json,
}

/// Exit codes shared by every command.
pub mod exit {
    /// Everything went well, and nothing at or above the failure threshold was found.
    pub const OK: u8 = 0;
    /// A usage error, or a file that could not be read.
    pub const ERROR: u8 = 2;
}

/// Runs a parsed command, writing results to `out` and per-file errors to `err`; returns the
/// exit code.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    match cli.command {
        Command::Extract { files, format } => extract(&files, format, out, err),
        Command::Facts { files, format } => facts(&files, format, out, err),
    }
}

/// Reads every file; per-file errors are collected, not fatal.
fn read_all(files: &[PathBuf]) -> (Vec<Document>, Vec<FileError>) {
    let options = IngestOptions::default();
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match ingest_path(file, &options) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    (documents, errors)
}

fn report_errors(errors: &[FileError], err: &mut dyn Write) -> std::io::Result<u8> {
    for error in errors {
        writeln!(err, "error: {error}")?;
    }
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}

fn facts(
    files: &[PathBuf],
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let reference = match ReferenceData::bundled() {
        Ok(reference) => reference,
        Err(error) => {
            writeln!(err, "error: reference data: {error}")?;
            return Ok(exit::ERROR);
        }
    };
    let extractor = Extractor::new(&reference);
    let (documents, errors) = read_all(files);
    let facts: Vec<Facts> = documents.iter().map(|d| extractor.extract(d)).collect();
    match format {
        DocumentFormat::Text => {
            for (index, facts) in facts.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                write!(out, "{}", report::facts::to_text(facts))?;
            }
        }
        DocumentFormat::Json => {
            let json = report::facts::to_json(&facts).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")?;
        }
    }
    report_errors(&errors, err)
}

fn extract(
    files: &[PathBuf],
    format: DocumentFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let options = IngestOptions::default();
    let mut documents = Vec::new();
    let mut errors: Vec<FileError> = Vec::new();
    for file in files {
        match ingest_path(file, &options) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    match format {
        DocumentFormat::Text => {
            for (index, document) in documents.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                write!(out, "{}", report::document::to_text(document))?;
            }
        }
        DocumentFormat::Json => {
            let json =
                report::document::to_json(&documents, &errors).map_err(std::io::Error::other)?;
            writeln!(out, "{json}")?;
        }
    }
    for error in &errors {
        writeln!(err, "error: {error}")?;
    }
    Ok(if errors.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}
