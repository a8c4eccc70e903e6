//! The command line: arguments parsed once into typed options, then one library call each.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::ingest::{FileError, IngestOptions, ingest_path};
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
    }
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
