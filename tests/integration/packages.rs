//! Consultation files judged as a whole (`fixtures/packages/`, see `EXPECTED.md` there): each
//! document alone gets findings its neighbours answer; the package does not, and reports the
//! contradiction between two documents with both quotes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tenderlint::model::{DocumentReport, Report};
use tenderlint::pipeline::{CheckOptions, Checker, Input, PolicySources};

use crate::{fixtures, tenderlint};

fn packages() -> PathBuf {
    fixtures().join("packages")
}

/// The files of a package directory, in name order.
fn files_of(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.map(|e| e.path()).unwrap_or_default())
        .collect();
    files.sort();
    files
}

fn package_input(dir: &Path) -> Input {
    Input::Package {
        name: dir.display().to_string(),
        dir: Some(dir.to_path_buf()),
        members: files_of(dir).into_iter().map(Input::Path).collect(),
    }
}

fn check(inputs: &[Input]) -> Report {
    let checker = Checker::load(&PolicySources::default()).unwrap_or_else(|e| panic!("{e}"));
    checker
        .check(inputs, &CheckOptions::default(), &|| {})
        .unwrap_or_else(|e| panic!("{e}"))
}

fn rules(document: &DocumentReport) -> BTreeSet<&str> {
    document.findings.iter().map(|f| f.rule.as_str()).collect()
}

/// What each document alone is wrongly blamed for, and what the package must not say.
const FALSE_ALONE: [&str; 3] = [
    "reversibility.missing",
    "data_location.unspecified",
    "extraterritorial.no_immunity_clause",
];

#[test]
fn the_specifications_alone_are_blamed_for_what_the_other_documents_say() {
    for spec in [
        "fr_dce_messagerie/CCTP.pdf",
        "de_vergabe_fachverfahren/Leistungsbeschreibung.pdf",
    ] {
        let report = check(&[Input::Path(packages().join(spec))]);
        let found = rules(&report.documents[0]);
        for rule in FALSE_ALONE {
            assert!(found.contains(rule), "{spec} alone: {found:?}");
        }
    }
}

#[test]
fn a_package_judges_absence_over_all_its_documents() {
    // Both packages set GDPR art. 28 terms in an annex they do not hold, and say nothing of
    // audits in their own text: information, to check the annex.
    for (package, expected) in [
        (
            "fr_dce_messagerie",
            vec![
                "data_location.technical_data",
                "data_protection.audit_right",
            ],
        ),
        (
            "de_vergabe_fachverfahren",
            vec!["data_protection.audit_right"],
        ),
    ] {
        let dir = check(&[package_input(&packages().join(package))]);
        let zip = check(&[Input::Path(packages().join(format!("{package}.zip")))]);
        for report in [&dir, &zip] {
            let document = &report.documents[0];
            assert_eq!(
                document.members.len(),
                4,
                "{package}: {:?}",
                document.members
            );
            assert!(
                document.errors.is_empty(),
                "{package}: {:?}",
                document.errors
            );
            let found: Vec<&str> = rules(document).into_iter().collect();
            assert_eq!(found, expected, "{package}");
            // Every quote names a document of the package.
            let names: BTreeSet<&str> = document.members.iter().map(|m| m.name.as_str()).collect();
            for evidence in document.findings.iter().flat_map(|f| &f.evidence) {
                assert!(
                    names.contains(evidence.document.as_str()),
                    "{}",
                    evidence.document
                );
            }
        }
        // The same documents, zipped or not, are the same package.
        assert_eq!(
            dir.documents[0].sha256, zip.documents[0].sha256,
            "{package}"
        );
    }
}

#[test]
fn roles_and_later_documents_are_told_and_answers_come_last() {
    let report = check(&[Input::Path(packages().join("fr_dce_messagerie.zip"))]);
    let members: Vec<(String, &str, bool)> = report.documents[0]
        .members
        .iter()
        .map(|m| {
            let name = m.name.rsplit('/').next().unwrap_or_default().to_string();
            (name, m.role.name(), m.later)
        })
        .collect();
    assert_eq!(
        members,
        [
            ("Matrice_exigences.xlsx".to_string(), "requirements", false),
            ("CCAP.docx".to_string(), "contract_terms", false),
            ("CCTP.pdf".to_string(), "specification", false),
            ("Reponses_aux_questions.odt".to_string(), "answers", true),
        ]
    );
    // Nested archives are named through their chain.
    assert!(
        report.documents[0].members[0]
            .name
            .ends_with("fr_dce_messagerie.zip/Annexes.zip/Matrice_exigences.xlsx")
    );
}

#[test]
fn documents_that_contradict_each_other_are_reported_with_both_quotes() {
    let report = check(&[package_input(&packages().join("fr_dce_contradiction"))]);
    let document = &report.documents[0];
    let contradictions: Vec<_> = document
        .findings
        .iter()
        .filter(|f| f.rule == "data_location.contradiction")
        .collect();
    assert_eq!(contradictions.len(), 2, "{:#?}", document.findings);
    for finding in &contradictions {
        let quoted: Vec<&str> = finding
            .evidence
            .iter()
            .map(|e| e.document.rsplit('/').next().unwrap_or_default())
            .collect();
        assert_eq!(quoted, ["CCTP.pdf", "Annexe_2_exploitation.docx"]);
        assert!(
            finding.evidence[0]
                .quote
                .contains("exclusivement en France")
        );
    }
    // Said once: not again as an allowance outside the EU; the CCTP answers the annex's gaps.
    let found = rules(document);
    for rule in [
        "data_location.outside_eu",
        "reversibility.missing",
        "data_location.technical_data",
    ] {
        assert!(!found.contains(rule), "{found:?}");
    }
}

/// A copy of a package's documents in a fresh directory, with extra files.
fn copy_with(label: &str, package: &str, extra: &[(&str, &[u8])], leave_out: &[&str]) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("tenderlint-package-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for file in files_of(&packages().join(package)) {
        let name = file.file_name().unwrap_or_default();
        if leave_out.iter().any(|l| name == *l) {
            continue;
        }
        std::fs::copy(&file, dir.join(name)).unwrap_or_else(|e| panic!("{e}"));
    }
    for (name, bytes) in extra {
        std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}

#[test]
fn an_unreadable_document_is_named_and_the_others_are_still_judged() {
    let dir = copy_with(
        "unreadable-member",
        "fr_dce_contradiction",
        &[("Annexe_3_plan.pdf", b"%PDF-1.7\nnot a real pdf")],
        &[],
    );
    let output = tenderlint(&[
        "check",
        "--package",
        "--format",
        "json",
        &dir.to_string_lossy(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "an unread document is an error"
    );
    let report: Report = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let document = &report.documents[0];
    assert!(!document.unreadable);
    assert_eq!(document.members.len(), 2);
    assert_eq!(document.unreadable_members.len(), 1);
    assert!(
        document.errors[0].contains("Annexe_3_plan.pdf"),
        "{:?}",
        document.errors
    );
    assert!(rules(document).contains("data_location.contradiction"));
    assert_eq!(report.summary.unreadable, 1);
    assert_eq!(report.summary.documents, 3);
    assert_eq!(report.summary.packages, 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_package_of_no_readable_document_is_unreadable() {
    let dir = std::env::temp_dir().join(format!("tenderlint-package-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("a.pdf"), b"%PDF-1.7\nbroken").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("b.txt"), b"").unwrap_or_else(|e| panic!("{e}"));
    let output = tenderlint(&["check", "--package", &dir.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("no document of the package could be read") && stdout.contains("b.txt"),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn facts_of_a_package_name_the_document_of_every_quote() {
    let dir = packages().join("de_vergabe_fachverfahren");
    let output = tenderlint(&[
        "facts",
        "--package",
        "--format",
        "json",
        &dir.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let facts: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let facts = &facts[0];
    assert_eq!(facts["schema"], "tenderlint.facts/v2");
    assert_eq!(facts["package"], dir.to_string_lossy().as_ref());
    let names: BTreeSet<&str> = facts["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert_eq!(names.len(), 4);
    let quotes = facts["clauses"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(
            facts["hosting"]["locations"]
                .as_array()
                .into_iter()
                .flatten(),
        )
        .map(|fact| fact["evidence"]["document"].as_str().unwrap_or_default());
    let quoted: BTreeSet<&str> = quotes.collect();
    assert!(quoted.len() >= 3, "facts from most documents: {quoted:?}");
    assert!(quoted.is_subset(&names), "{quoted:?}");
    // The catalogue's rows are cited by sheet and row.
    let rows = facts["hosting"]["locations"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|l| l["evidence"]["row"].is_u64())
        .count();
    assert!(rows > 0);
}

#[test]
fn diff_compares_two_versions_of_a_package() {
    let old = packages().join("fr_dce_contradiction");
    // The corrected version: the annex that allowed backups anywhere is withdrawn.
    let new = copy_with(
        "corrected",
        "fr_dce_contradiction",
        &[],
        &["Annexe_2_exploitation.docx"],
    );
    let output = tenderlint(&[
        "diff",
        "--format",
        "json",
        &old.to_string_lossy(),
        &new.to_string_lossy(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let diff: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let resolved: Vec<&str> = diff["resolved"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert_eq!(
        resolved,
        ["data_location.contradiction", "data_location.contradiction"]
    );
    let _ = std::fs::remove_dir_all(new);
}
