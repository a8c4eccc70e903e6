//! Notices judged as `check` and `indicators` judge them: one report per notice in JSON Lines,
//! a notice judged with the documents of its consultation, and the indicators over a batch.

use tenderlint::model::{IndicatorId, Indicators, Report};

use super::tenderlint;

const AS_OF: &str = "2026-12-01";

/// The reports of `check --format jsonl`, one per line, each checked against the report schema.
fn jsonl_reports(stdout: &[u8]) -> Vec<Report> {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/report.schema.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|line| {
            let value: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{errors:#?}");
            serde_json::from_value(value).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

#[test]
fn a_release_package_is_one_report_line_per_release() {
    let output = tenderlint(&[
        "check",
        "--format",
        "jsonl",
        "--as-of",
        AS_OF,
        "fixtures/notices/ocds/fr_de_release_package_3.json",
    ]);
    let reports = jsonl_reports(&output.stdout);
    let names: Vec<&str> = reports
        .iter()
        .map(|r| r.documents[0].path.as_str())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| n
                .starts_with("fixtures/notices/ocds/fr_de_release_package_3.json#ocds-tlnt01-")),
        "{names:?}"
    );
    for report in &reports {
        assert_eq!(report.documents.len(), 1);
        assert_eq!(report.summary.documents, 1);
        let notice = report.documents[0].notice.as_deref();
        assert!(notice.is_some_and(|n| n.id.is_some()), "{report:?}");
    }
}

#[test]
fn a_directory_of_notices_streams_every_notice_and_names_the_invalid_one() {
    let output = tenderlint(&[
        "check",
        "--format",
        "jsonl",
        "--as-of",
        AS_OF,
        "fixtures/notices/eforms",
    ]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "the invalid notice is an error"
    );
    let reports = jsonl_reports(&output.stdout);
    assert_eq!(reports.len(), 21);
    let invalid: Vec<&Report> = reports
        .iter()
        .filter(|r| r.documents[0].unreadable)
        .collect();
    assert_eq!(invalid.len(), 1);
    assert!(
        invalid[0].documents[0]
            .path
            .ends_with("sdk_INVALID_cn_24_empty.xml")
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("sdk_INVALID_cn_24_empty.xml")
            && stderr.contains("missing /ContractNotice/cbc:ID"),
        "{stderr}"
    );
}

#[test]
fn a_notice_alone_lacks_no_clause_but_with_its_documents_it_is_judged_whole() {
    let alone = tenderlint(&[
        "check",
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "fixtures/notices/package_fr/avis.json",
    ]);
    let alone: Report = serde_json::from_slice(&alone.stdout).unwrap_or_else(|e| panic!("{e}"));
    let rules: Vec<&str> = alone.documents[0]
        .findings
        .iter()
        .map(|f| f.rule.as_str())
        .collect();
    assert!(rules.is_empty(), "a notice summarises: {rules:?}");

    let together = tenderlint(&[
        "check",
        "--package",
        "--format",
        "json",
        "--as-of",
        AS_OF,
        "fixtures/notices/package_fr",
    ]);
    let together: Report =
        serde_json::from_slice(&together.stdout).unwrap_or_else(|e| panic!("{e}"));
    let package = &together.documents[0];
    let contradiction = package
        .findings
        .iter()
        .find(|f| f.rule == "data_location.notice_contradiction")
        .unwrap_or_else(|| panic!("{:#?}", package.findings));
    let quotes: Vec<(&str, Option<&str>, &str)> = contradiction
        .evidence
        .iter()
        .map(|e| (e.document.as_str(), e.path.as_deref(), e.quote.as_str()))
        .collect();
    assert_eq!(
        quotes,
        [
            (
                "fixtures/notices/package_fr/avis.json",
                Some("/tender/items/0/deliveryAddresses/0"),
                "FR"
            ),
            (
                "fixtures/notices/package_fr/CCTP.txt",
                None,
                "Les sauvegardes peuvent être réalisées dans toute région du fournisseur de services cloud."
            ),
        ]
    );
    // The specification states its reversibility clause: no absence finding for it.
    assert!(
        !package
            .findings
            .iter()
            .any(|f| f.rule == "reversibility.missing")
    );
}

fn indicators(args: &[&str]) -> Indicators {
    let output = tenderlint(&[&["indicators", "--as-of", AS_OF], args].concat());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/indicators.schema.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    serde_json::from_value(value).unwrap_or_else(|e| panic!("{e}"))
}

fn value(values: &[tenderlint::model::IndicatorValue], id: IndicatorId) -> (usize, usize) {
    values
        .iter()
        .find(|v| v.id == id)
        .map(|v| (v.count, v.of))
        .unwrap_or_else(|| panic!("no {id:?}"))
}

#[test]
fn indicators_count_it_notices_per_buyer_and_division() {
    let all = indicators(&[
        "--format",
        "json",
        "fixtures/notices/eforms",
        "fixtures/notices/ocds",
    ]);
    let counts = &all.counts;
    assert_eq!(counts.unreadable, 1, "the invalid notice");
    assert_eq!(
        counts.inputs,
        counts.unreadable
            + counts.not_notices
            + counts.outside_it
            + counts.outside_profile
            + counts.it
    );
    assert!(
        counts.outside_profile >= 1,
        "a UK buyer under the EU profile"
    );
    let (brands, of) = value(&all.overall, IndicatorId::BrandWithoutEquivalent);
    assert!(brands >= 2 && of == counts.it, "{brands}/{of}");
    let (_, competitions) = value(&all.overall, IndicatorId::DocumentsNotLinked);
    assert!(
        competitions <= counts.it_competition,
        "prior information notices used as calls are left out"
    );
    let rouen = all
        .by_buyer
        .iter()
        .find(|b| b.key == "Métropole de Rouen Normandie")
        .unwrap_or_else(|| panic!("{:#?}", all.by_buyer));
    assert_eq!(rouen.country.as_deref(), Some("FR"));
    assert_eq!(
        value(&rouen.indicators, IndicatorId::BrandWithoutEquivalent),
        (1, 1)
    );
    assert!(all.by_cpv_division.iter().any(|d| d.key == "72"));
    // Every count adds up over the divisions' notices at least once.
    let in_divisions: usize = all.by_cpv_division.iter().map(|d| d.notices).sum();
    assert!(in_divisions >= counts.it);
}

#[test]
fn indicators_from_earlier_reports_equal_those_of_judging_again() {
    let dir = std::env::temp_dir().join(format!("tenderlint-indicators-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let lines = dir.join("reports.jsonl");
    let lines_arg = lines.display().to_string();
    let check = tenderlint(&[
        "check",
        "--format",
        "jsonl",
        "--as-of",
        AS_OF,
        "-o",
        &lines_arg,
        "fixtures/notices/eforms",
    ]);
    assert_eq!(check.status.code(), Some(2));
    let judged = indicators(&["--format", "json", "fixtures/notices/eforms"]);
    let tallied = indicators(&["--format", "json", "--from-reports", &lines_arg]);
    assert_eq!(judged.counts, tallied.counts);
    assert_eq!(judged.overall, tallied.overall);
    assert_eq!(judged.by_buyer, tallied.by_buyer);
    let csv = tenderlint(&[
        "indicators",
        "--as-of",
        AS_OF,
        "--format",
        "csv",
        "--from-reports",
        &lines_arg,
    ]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(csv.starts_with("group,key,country,notices,indicator,count,of,share\nall,"));
    assert!(
        csv.contains(
            "\nbuyer,Métropole de Rouen Normandie,FR,1,brand_without_equivalent,1,1,1.0000\n"
        ),
        "{csv}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reports_of_mixed_policy_sets_are_not_tallied_together() {
    let dir = std::env::temp_dir().join(format!("tenderlint-mixed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let lines = dir.join("mixed.jsonl");
    let one = tenderlint(&[
        "check",
        "--format",
        "jsonl",
        "--as-of",
        AS_OF,
        "--profile",
        "fr",
        "fixtures/notices/eforms/fr_cn_hebergement.xml",
    ]);
    let other = tenderlint(&[
        "check",
        "--format",
        "jsonl",
        "--as-of",
        AS_OF,
        "--profile",
        "de",
        "fixtures/notices/eforms/de_cn_cloud.xml",
    ]);
    std::fs::write(&lines, [one.stdout, other.stdout].concat()).unwrap_or_else(|e| panic!("{e}"));
    let output = tenderlint(&["indicators", "--from-reports", &lines.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("profile"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn real_notices_the_review_found_misjudged_are_judged_as_a_lawyer_would() {
    for file in [
        "ted-20-213571.xml",
        "ted-21-205737.xml",
        "ted-20-156983.xml",
        "ted-22-109282.xml",
    ] {
        let path = format!("fixtures/notices/real/{file}");
        let output = tenderlint(&["check", "--format", "json", "--as-of", AS_OF, &path]);
        let report: Report =
            serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{file}: {e}"));
        let rules: Vec<&str> = report.documents[0]
            .findings
            .iter()
            .map(|f| f.rule.as_str())
            .collect();
        assert!(rules.is_empty(), "{file}: {rules:?}");
    }
    let facts = tenderlint(&[
        "facts",
        "--format",
        "json",
        "fixtures/notices/real/ted-22-109282.xml",
    ]);
    let facts: serde_json::Value =
        serde_json::from_slice(&facts.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(facts[0]["jurisdiction"]["country"], "EU");
    assert!(
        facts[0].get("buyer").is_none(),
        "an EU institution is of no national kind"
    );
}
