//! The `extract` command as a user runs it: output, errors on standard error, exit codes.

use std::process::{Command, Output};

use crate::fixtures;

fn tenderlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tenderlint"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .unwrap_or_else(|e| panic!("cannot run tenderlint: {e}"))
}

#[test]
fn extract_prints_the_document_and_exits_0() {
    let output = tenderlint(&["extract", "fr_cctp_suite_collaborative.pdf"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout.starts_with("== fr_cctp_suite_collaborative.pdf ==\nPDF, language fr"),
        "{stdout}"
    );
    assert!(stdout.contains("p.2 "), "{stdout}");
    assert!(output.stderr.is_empty());
}

#[test]
fn a_bad_file_is_named_on_stderr_with_exit_2_and_the_others_still_print() {
    let output = tenderlint(&[
        "extract",
        "malformed/scanned.pdf",
        "fr_avis_hebergement_site.html",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stdout.contains("== fr_avis_hebergement_site.html =="),
        "{stdout}"
    );
    assert_eq!(
        stderr,
        "error: malformed/scanned.pdf: no extractable text — the document looks scanned; run OCR first\n"
    );
}

#[test]
fn a_missing_file_is_an_error_not_a_crash() {
    let output = tenderlint(&["extract", "no_such_tender.pdf"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.starts_with("error: no_such_tender.pdf: cannot read the file:"),
        "{stderr}"
    );
}

#[test]
fn json_output_carries_documents_and_errors() {
    let output = tenderlint(&[
        "extract",
        "--format",
        "json",
        "en_tender_summary_email_service.md",
        "malformed/zip_bomb.docx",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("invalid JSON: {e}"));
    assert_eq!(json["schema"], "tenderlint.documents/v1");
    let document = &json["documents"][0];
    assert_eq!(document["format"], "markdown");
    assert_eq!(document["language"]["code"], "en");
    assert_eq!(document["blocks"][0]["kind"], "metadata");
    assert!(document["blocks"][3]["section"].is_array());
    assert_eq!(json["errors"][0]["name"], "malformed/zip_bomb.docx");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tenderlint(&["extract"]).status.code(), Some(2));
    assert_eq!(
        tenderlint(&["extract", "--format", "yaml", "x.pdf"])
            .status
            .code(),
        Some(2)
    );
}
