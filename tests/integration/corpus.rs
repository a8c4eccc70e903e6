//! The real tenders of the shared development corpus (beside the repository, never copied into
//! it): every document must be read. CI lays the corpus beside the clone; a checkout without
//! it fails here with a message saying so, rather than passing without having looked.

use std::path::PathBuf;

use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestOptions, ingest_path};

fn corpus_docs() -> PathBuf {
    let root = std::env::var_os("TENDERLINT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    root.join("docs")
}

#[test]
fn every_corpus_document_is_read_and_its_facts_extracted() {
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let dir = corpus_docs();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "the development corpus is expected at {} (set TENDERLINT_CORPUS): {e}",
            dir.display()
        )
    });
    let mut read = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let document =
            ingest_path(&path, &IngestOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        assert!(!document.blocks.is_empty(), "{}", path.display());
        let facts = extractor.extract(&document);
        assert_eq!(facts.document.sha256, document.sha256);
        read += 1;
    }
    assert!(
        read >= 10,
        "only {read} corpus documents in {}",
        dir.display()
    );
}
