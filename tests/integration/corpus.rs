//! The real tenders copied into `fixtures/corpus/` (openly licensed, sources in its README):
//! every document must be read, and what tenderlint finds in each is kept as a snapshot, so a
//! change in what a lawyer would read on real text is seen in review.

use std::fmt::Write;
use std::path::PathBuf;

use tenderlint::pipeline::{CheckOptions, Checker, Input};
use tenderlint::policy::PolicySet;

fn corpus_docs() -> PathBuf {
    crate::fixtures().join("corpus").join("docs")
}

#[test]
fn every_corpus_document_is_read_and_judged() {
    let checker = Checker::new(PolicySet::bundled().unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_docs())
        .unwrap_or_else(|e| panic!("{}: {e}", corpus_docs().display()))
        .map(|entry| entry.unwrap_or_else(|e| panic!("{e}")).path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "only {} corpus documents", paths.len());
    let inputs: Vec<Input> = paths.into_iter().map(Input::Path).collect();
    let report = checker
        .check(&inputs, &CheckOptions::default(), &|| {})
        .unwrap_or_else(|e| panic!("{e}"));
    let mut summary = String::new();
    for document in &report.documents {
        assert!(
            document.errors.is_empty(),
            "{}: {:?}",
            document.path,
            document.errors
        );
        let name = document.path.rsplit('/').next().unwrap_or_default();
        let pages = document
            .pages
            .map(|n| format!(", {n} pages"))
            .unwrap_or_default();
        let _ = writeln!(
            summary,
            "{name} ({}{pages})",
            document.language.as_deref().unwrap_or("?")
        );
        for finding in &document.findings {
            let quote = finding
                .evidence
                .first()
                .map(|e| e.quote.chars().take(90).collect::<String>())
                .unwrap_or_default();
            let _ = writeln!(
                summary,
                "  {} {}: {quote}",
                finding.severity.name(),
                finding.rule
            );
        }
    }
    insta::assert_snapshot!(summary);
}
