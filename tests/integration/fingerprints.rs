//! Fingerprints through the library door: a finding keeps its fingerprint when its page or
//! paragraph moves, when whitespace changes and when the rest of its sentence is edited, and
//! `diff` matches findings by it.

use std::sync::OnceLock;

use tenderlint::model::{Finding, Report};
use tenderlint::pipeline::{CheckOptions, Checker, Input, PolicySources, compare};

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER
        .get_or_init(|| Checker::load(&PolicySources::default()).unwrap_or_else(|e| panic!("{e}")))
}

/// A text draft checked under the French profile, as of the tests' date.
fn check(name: &str, text: &str) -> Report {
    let options = CheckOptions {
        profile: "fr".to_string(),
        as_of: crate::as_of(),
        ..CheckOptions::default()
    };
    let input = Input::Bytes {
        name: name.to_string(),
        bytes: text.as_bytes().to_vec().into(),
    };
    checker()
        .check(&[input], &options, &|| {})
        .unwrap_or_else(|e| panic!("{e}"))
}

fn findings(report: &Report) -> &[Finding] {
    &report.documents[0].findings
}

fn fingerprints(report: &Report) -> Vec<&str> {
    let mut all: Vec<&str> = findings(report)
        .iter()
        .map(|f| f.fingerprint.as_str())
        .collect();
    all.sort_unstable();
    all
}

const FOUR_PRODUCTS: &str = "Article 3. Le titulaire fournit Microsoft 365, Google Workspace, Zoom et Salesforce pour les agents.\n";

#[test]
fn or_equivalent_after_one_of_four_products_resolves_its_findings_only() {
    let old = check("v1.txt", FOUR_PRODUCTS);
    let new = check(
        "v2.txt",
        &FOUR_PRODUCTS.replace("Google Workspace,", "Google Workspace ou équivalent,"),
    );
    let diff = compare(&old, &new);
    let messages = |findings: &[Finding]| -> Vec<String> {
        findings
            .iter()
            .map(|f| format!("{}: {}", f.rule, f.message))
            .collect()
    };
    assert!(
        diff.introduced.is_empty(),
        "introduced: {:#?}",
        messages(&diff.introduced)
    );
    // The brand required without "or equivalent", and the service its US provider operates:
    // the product's two findings, no other.
    let resolved = messages(&diff.resolved);
    assert_eq!(resolved.len(), 2, "resolved: {resolved:#?}");
    assert!(
        resolved.iter().all(|m| m.contains("Google Workspace")),
        "resolved: {resolved:#?}"
    );
    assert_eq!(
        diff.unchanged.len() + diff.resolved.len(),
        findings(&old).len(),
        "unchanged: {:#?}",
        messages(&diff.unchanged)
    );
}

#[test]
fn fingerprints_survive_moved_paragraphs_and_whitespace() {
    let old = check(
        "cctp.txt",
        "Article 1. Le titulaire fournit 100 licences Microsoft 365 E3.\n\nArticle 2. Les sauvegardes peuvent être réalisées dans toute région du fournisseur.\n",
    );
    // Two paragraphs inserted ahead, the sentences cut and spaced differently.
    let new = check(
        "cctp.txt",
        "Préambule.\n\nLe présent document décrit le besoin de l'acheteur.\n\nArticle 1.   Le titulaire  fournit\n100 licences Microsoft 365 E3.\n\nArticle 2. Les sauvegardes   peuvent être réalisées\ndans toute région du fournisseur.\n",
    );
    assert!(!findings(&old).is_empty());
    assert!(
        findings(&old).iter().zip(findings(&new)).any(
            |(a, b)| a.evidence.first().map(|e| e.start) != b.evidence.first().map(|e| e.start)
        ),
        "the evidence moved"
    );
    assert_eq!(fingerprints(&old), fingerprints(&new));
    // Another document is another finding, even with the same words.
    let elsewhere = check("ccap.txt", &old.documents[0].findings[0].evidence[0].quote);
    assert!(
        fingerprints(&elsewhere)
            .iter()
            .all(|f| !fingerprints(&old).contains(f))
    );
}
