//! Spreadsheets: the requirement matrix of `fixtures/src/fr_matrice_exigences.csv`, saved as
//! XLSX and ODS by LibreOffice, reads one block per row and gives the facts of its requirements
//! written as text, each citing its sheet and row; broken workbooks are named as such.

use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestError, IngestOptions, Source, ingest_bytes};
use tenderlint::model::{BlockKind, Document, Format};

const MATRIX: &str = "fr_matrice_exigences";

fn matrix(extension: &str) -> Vec<u8> {
    std::fs::read(
        crate::fixtures()
            .join("sheets")
            .join(format!("{MATRIX}.{extension}")),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn read(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    ingest_bytes(Source { name, bytes }, &IngestOptions::default()).map_err(|e| e.error)
}

/// The rows of the CSV the matrix was made from, cells split (no cell holds a quote).
fn source_rows() -> Vec<Vec<String>> {
    let csv = std::fs::read_to_string(crate::fixtures().join("src").join(format!("{MATRIX}.csv")))
        .unwrap_or_else(|e| panic!("{e}"));
    csv.lines()
        .map(|line| {
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut quoted = false;
            for c in line.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => cells.push(std::mem::take(&mut cell)),
                    c => cell.push(c),
                }
            }
            cells.push(cell);
            cells
        })
        .collect()
}

#[test]
fn each_row_of_the_matrix_is_one_block_on_its_sheet_and_row() {
    let rows = source_rows();
    for (extension, format) in [("xlsx", Format::Xlsx), ("ods", Format::Ods)] {
        let document = read(&format!("{MATRIX}.{extension}"), &matrix(extension))
            .unwrap_or_else(|e| panic!("{extension}: {e}"));
        assert_eq!(document.format, format);
        assert_eq!(document.pages, None);
        assert_eq!(
            document.language.as_ref().map(|l| l.code.as_str()),
            Some("fr")
        );
        assert_eq!(document.blocks.len(), rows.len(), "{extension}");
        for (number, (block, cells)) in document.blocks.iter().zip(&rows).enumerate() {
            assert_eq!(block.kind, BlockKind::TableRow);
            assert_eq!(block.text, cells.join(" | "), "{extension}");
            assert_eq!(block.location.sheet.as_deref(), Some("Exigences"));
            assert_eq!(block.location.row, Some(number as u32 + 1));
            assert_eq!(block.location.section, vec!["Exigences"]);
        }
    }
}

#[test]
fn the_matrix_gives_the_facts_of_its_requirements_as_text_citing_sheet_and_row() {
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let requirements: Vec<String> = source_rows()
        .into_iter()
        .skip(1)
        .map(|cells| cells[1].clone())
        .collect();
    let text = requirements.join("\n\n");
    let as_text = read("exigences.txt", text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let expected = crate::labelled::keys(&crate::facts_of(&extractor, &as_text));
    assert!(expected.len() >= 5, "only {expected:?}");
    for extension in ["xlsx", "ods"] {
        let document = read(&format!("{MATRIX}.{extension}"), &matrix(extension))
            .unwrap_or_else(|e| panic!("{e}"));
        let facts = crate::facts_of(&extractor, &document);
        assert_eq!(
            crate::labelled::keys(&facts),
            expected,
            "{extension}: facts differ from the requirements as text"
        );
        let json = serde_json::to_value(&facts).unwrap_or_else(|e| panic!("{e}"));
        let mut evidence = Vec::new();
        collect_evidence(&json, &mut evidence);
        assert!(!evidence.is_empty());
        for item in evidence {
            assert_eq!(item["sheet"], "Exigences", "{item}");
            let row = item["row"].as_u64().unwrap_or_default();
            assert!((2..=8).contains(&row), "{item}");
            let quote = item["quote"].as_str().unwrap_or_default();
            assert!(
                quote.starts_with(&format!("EX-0{}", row - 1)),
                "{extension}: row {row} quotes {quote}"
            );
        }
    }
}

fn collect_evidence(value: &serde_json::Value, out: &mut Vec<serde_json::Value>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("quote") {
                out.push(value.clone());
            }
            map.values().for_each(|v| collect_evidence(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_evidence(v, out)),
        _ => {}
    }
}

#[test]
fn a_truncated_workbook_is_named_corrupt() {
    for (extension, label) in [("xlsx", "XLSX"), ("ods", "ODS")] {
        let bytes = matrix(extension);
        for cut in [bytes.len() / 2, bytes.len() - 1] {
            let error = read(&format!("{MATRIX}.{extension}"), &bytes[..cut])
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(
                error.starts_with(&format!("corrupt or truncated {label} file")),
                "{extension} cut at {cut}: {error}"
            );
        }
    }
}
