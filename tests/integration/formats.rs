//! The same text gives the same facts whatever its format: every tender text of the fixtures is
//! published in `fixtures/formats/` as plain text, Markdown, HTML, DOCX, ODT and PDF
//! (`fixtures/make/build.py formats`), and every format must yield the facts of the plain text,
//! with the same sentences as evidence (pages and offsets aside). Tables and footnotes are in
//! them, and numbered clauses that wrap over two lines in the PDFs.

use std::collections::BTreeSet;

use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestOptions, ingest_path};
use tenderlint::model::Facts;

const TEXTS: [&str; 2] = [
    "de_vertragsbedingungen_klauseln",
    "fr_ccap_articles_numerotes",
];
const FORMATS: [&str; 6] = ["txt", "md", "html", "docx", "odt", "pdf"];

/// What a lawyer reads in facts: each fact's meaning, and the sentences quoted.
type Signature = (BTreeSet<String>, BTreeSet<String>);

fn signature(facts: &Facts) -> Signature {
    let mut quotes = BTreeSet::new();
    let value = serde_json::to_value(facts).unwrap_or_else(|e| panic!("{e}"));
    collect_quotes(&value, &mut quotes);
    (crate::labelled::keys(facts), quotes)
}

fn collect_quotes(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(quote) = map.get("quote").and_then(|q| q.as_str()) {
                out.insert(quote.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            map.values().for_each(|v| collect_quotes(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_quotes(v, out)),
        _ => {}
    }
}

#[test]
fn every_format_gives_the_facts_of_the_plain_text() {
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    for text in TEXTS {
        let signatures: Vec<(&str, Signature)> = FORMATS
            .iter()
            .map(|format| {
                let path = crate::fixtures()
                    .join("formats")
                    .join(format!("{text}.{format}"));
                let document =
                    ingest_path(&path, &IngestOptions::default()).unwrap_or_else(|e| panic!("{e}"));
                (*format, signature(&crate::facts_of(&extractor, &document)))
            })
            .collect();
        let (_, (keys, quotes)) = &signatures[0];
        assert!(
            keys.len() >= 8,
            "{text}: only {} facts: {keys:?}",
            keys.len()
        );
        for (format, (other_keys, other_quotes)) in &signatures[1..] {
            assert_eq!(
                keys.symmetric_difference(other_keys).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "{text}.{format}: facts differ from the plain text"
            );
            assert_eq!(
                quotes
                    .symmetric_difference(other_quotes)
                    .collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "{text}.{format}: quoted sentences differ from the plain text"
            );
        }
    }
}
