//! Hostile and pathological input: every limit gives a clear error naming the file, and the
//! shapes that used to hang (deep nesting, one endless sentence, a long table read as one
//! run) are read in bounded work. Timings are measured by the benchmarks, not here.

use std::io::Write;
use std::time::Duration;

use bytes::Bytes;
use tenderlint::deadline::{CancelFlag, Deadline, Interrupted};
use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::IngestOptions;
use tenderlint::model::{Document, Facts};
use tenderlint::pipeline::{self, CheckOptions, DocumentError, Input};

use crate::{TENDERS, fixtures};

fn input(name: &str, bytes: Vec<u8>) -> Input {
    Input::Bytes {
        name: name.to_string(),
        bytes: Bytes::from(bytes),
    }
}

/// Reads one input through the pipeline's door.
fn read(input: Input, options: &CheckOptions) -> Result<Document, DocumentError> {
    pipeline::read(&[input], options)
        .unwrap_or_else(|e| panic!("{e}"))
        .pop()
        .unwrap_or_else(|| panic!("no result"))
}

fn error_of(input: Input, options: &CheckOptions) -> String {
    match read(input, options) {
        Ok(_) => panic!("read, where an error was expected"),
        Err(error) => error.to_string(),
    }
}

fn facts(text: &str) -> Facts {
    let document = read(
        input("long.txt", text.as_bytes().to_vec()),
        &CheckOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    crate::facts_of(
        &Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}"))),
        &document,
    )
}

/// A DOCX holding `body` as the inside of `<w:body>`.
fn docx(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string(),
        ),
        (
            "word/document.xml",
            format!(
                r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
            ),
        ),
    ];
    for (name, content) in parts {
        zip.start_file(name, options)
            .unwrap_or_else(|e| panic!("{e}"));
        zip.write_all(content.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    zip.finish().unwrap_or_else(|e| panic!("{e}")).into_inner()
}

#[test]
fn html_nested_200_000_deep_is_refused_by_name() {
    let depth = 200_000;
    let html = format!(
        "<html><body>{}Hosting on AWS.{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let error = error_of(
        input("deep.html", html.into_bytes()),
        &CheckOptions::default(),
    );
    assert!(
        error.starts_with("deep.html: the HTML nests elements more than 1024 levels deep"),
        "{error}"
    );
}

#[test]
fn html_nested_within_the_limit_is_read() {
    let html = format!(
        "<html><body>{}Hosting on AWS.{}</body></html>",
        "<div>".repeat(500),
        "</div>".repeat(500)
    );
    let document = read(
        input("nested.html", html.into_bytes()),
        &CheckOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(document.blocks[0].text, "Hosting on AWS.");
}

#[test]
fn xml_nested_beyond_the_limit_is_refused() {
    let depth = 5000;
    let body = format!(
        "{}<w:p><w:r><w:t>Hosting on AWS.</w:t></w:r></w:p>{}",
        "<w:sdt><w:sdtContent>".repeat(depth),
        "</w:sdtContent></w:sdt>".repeat(depth)
    );
    let error = error_of(input("deep.docx", docx(&body)), &CheckOptions::default());
    assert!(
        error.starts_with("deep.docx: the DOCX nests elements more than 1024 levels deep"),
        "{error}"
    );
}

#[test]
fn a_document_over_its_text_or_block_budget_is_refused() {
    let text = "Les données sont hébergées en France.\n\n".repeat(100);
    let small_text = CheckOptions {
        ingest: IngestOptions {
            max_text_chars: 1000,
            ..IngestOptions::default()
        },
        ..CheckOptions::default()
    };
    let error = error_of(input("big.txt", text.clone().into_bytes()), &small_text);
    assert!(
        error.starts_with("big.txt: the document holds more than 1000 characters of text"),
        "{error}"
    );
    let few_blocks = CheckOptions {
        ingest: IngestOptions {
            max_blocks: 10,
            ..IngestOptions::default()
        },
        ..CheckOptions::default()
    };
    let error = error_of(input("big.txt", text.into_bytes()), &few_blocks);
    assert!(
        error.starts_with(
            "big.txt: the document holds more than 10 paragraphs, cells and list items"
        ),
        "{error}"
    );
}

#[test]
fn every_format_stops_at_its_deadline_and_when_cancelled() {
    let no_time = CheckOptions {
        document_timeout: Some(Duration::ZERO),
        ..CheckOptions::default()
    };
    let cancel = CancelFlag::new();
    cancel.cancel();
    let cancelled = CheckOptions {
        cancel,
        ..CheckOptions::default()
    };
    for (name, _, _) in TENDERS {
        let path = fixtures().join(name);
        let error = pipeline::read(&[Input::Path(path.clone())], &no_time)
            .unwrap_or_else(|e| panic!("{e}"))
            .pop()
            .and_then(Result::err)
            .map(|e| e.to_string())
            .unwrap_or_else(|| panic!("{name} was read with no time left"));
        assert!(
            error.ends_with(
                "the document took longer than the limit of 0 s to check (it may be hostile, or far larger than any tender)"
            ),
            "{error}"
        );
        let error = pipeline::read(&[Input::Path(path)], &cancelled)
            .unwrap_or_else(|e| panic!("{e}"))
            .pop()
            .and_then(Result::err)
            .map(|e| e.to_string())
            .unwrap_or_else(|| panic!("{name} was read after the check was cancelled"));
        assert!(error.ends_with("the check was cancelled"), "{error}");
    }
    // A zip stops while it is unpacked, not only in the documents it holds.
    let zip = fixtures().join("packages/fr_dce_messagerie.zip");
    let results =
        pipeline::read(&[Input::Path(zip.clone())], &cancelled).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = results
        .into_iter()
        .filter_map(Result::err)
        .map(|e| e.to_string())
        .collect();
    assert_eq!(
        errors,
        [format!("{}: the check was cancelled", zip.display())]
    );
}

#[test]
fn fact_extraction_stops_at_the_deadline() {
    let text = "Le titulaire héberge les données en France. ".repeat(200);
    let document = read(
        input("long.txt", text.into_bytes()),
        &CheckOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let past = Deadline::after(Some(Duration::ZERO), CancelFlag::new());
    assert_eq!(
        extractor.extract(&document, &past).err(),
        Some(Interrupted::TimedOut(Duration::ZERO))
    );
}

#[test]
fn a_run_without_full_stop_is_cut_into_bounded_sentences_and_said_so() {
    let facts = facts(&crate::endless_sentence(300_000));
    let quotes = facts
        .providers
        .iter()
        .map(|p| &p.evidence)
        .chain(facts.hosting.locations.iter().map(|l| &l.evidence));
    for evidence in quotes {
        assert!(evidence.quote.len() <= 1500, "{}", evidence.quote.len());
    }
    assert!(
        facts
            .notes
            .iter()
            .any(|n| n.contains("without a full stop were cut into sentences of that length")),
        "{:?}",
        facts.notes
    );
}

#[test]
fn a_long_table_read_as_one_run_keeps_each_fact_a_bounded_number_of_times() {
    let table = "| AWS | Azure | Google |\n".repeat(20_000);
    let facts = facts(&table);
    let aws = facts
        .providers
        .iter()
        .filter(|p| p.provider == "aws")
        .count();
    assert!((1..=20).contains(&aws), "{aws} mentions of AWS kept");
    assert!(
        facts
            .notes
            .iter()
            .any(|n| n.contains("repeated fact(s) were not kept")),
        "{:?}",
        facts.notes
    );
}
