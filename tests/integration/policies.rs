//! The policy engine and the sovereignty pack: loading, errors that name file and line,
//! profiles, waivers, the tests and coverage of the pack, and the findings on the fixtures.

use std::collections::BTreeSet;
use std::path::Path;

use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::model::{Finding, LegalForce, Severity, Waiver};
use tenderlint::policy::{PolicyError, PolicySet, apply_waivers, load_waivers};

use crate::{read_fixture, tenderlint};

pub fn findings(name: &str, profile: &str) -> Vec<Finding> {
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let policies = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
    policies
        .evaluate(
            &crate::facts_of(&extractor, &document),
            profile,
            crate::as_of(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
}

fn rules_of(findings: &[Finding]) -> BTreeSet<&str> {
    findings.iter().map(|f| f.rule.as_str()).collect()
}

/// Every row of the criteria table in DOMAIN.md, and what reviewers check that the table does
/// not (issue 14): authority requests, change of control, GDPR art. 28 terms and audits,
/// telemetry and the use of the data.
const CRITERIA: [&str; 36] = [
    "data_location.unspecified",
    "data_location.outside_eu",
    "data_location.weak_requirement",
    "data_location.technical_data",
    "extraterritorial.exposed_provider",
    "extraterritorial.no_immunity_clause",
    "extraterritorial.weak_transfer_basis",
    "extraterritorial.sanctions_suspension",
    "certification.sensitive_without_secnumcloud",
    "certification.unobtainable",
    "key_control.provider_held_keys",
    "operations.support_outside_eu",
    "subcontracting.worldwide_subprocessors",
    "reversibility.missing",
    "reversibility.exit_fees",
    "open_formats.proprietary_required",
    "open_formats.proprietary_protocol",
    "vendor_neutrality.brand_without_equivalent",
    "vendor_neutrality.open_source_option",
    "vendor_neutrality.brand_in_award_criteria",
    "data_location.notice_contradiction",
    "data_location.contradiction",
    "data_location.narrowed_by_answer",
    "reversibility.switching_terms",
    "certification.health_without_hds",
    "certification.classified_in_commercial_cloud",
    "scope.buyer_outside_profile",
    "scope.specification_not_read",
    "scope.text_incomplete",
    "scope.language_not_read",
    "extraterritorial.access_requests",
    "extraterritorial.change_of_control",
    "data_protection.processing_terms",
    "data_protection.audit_right",
    "data_protection.data_use",
    "data_protection.telemetry",
];

#[test]
fn the_pack_has_a_documented_rule_for_every_criterion() {
    let set = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let ids: BTreeSet<&str> = set.rules().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, CRITERIA.into_iter().collect());
    for rule in set.rules() {
        assert!(
            !rule.legal_basis.is_empty(),
            "{} cites no legal basis",
            rule.id
        );
        assert!(
            rule.legal_basis
                .iter()
                .all(|r| r.url.starts_with("https://")),
            "{}",
            rule.id
        );
        assert!(!rule.remediation.is_empty(), "{}", rule.id);
        // `tenderlint test` runs every example; here, that each rule has them in the pack's
        // three first languages.
        let languages: BTreeSet<&str> = rule.examples.iter().map(|e| e.lang.as_str()).collect();
        for lang in ["fr", "de", "en"] {
            assert!(
                languages.contains(lang),
                "{} has no {lang} example",
                rule.id
            );
        }
        assert_eq!(rule.family, rule.id.split('.').next().unwrap_or_default());
    }
    assert_eq!(set.profiles(), ["ch", "de", "es", "eu", "fr", "it", "nl"]);
    assert_eq!(set.hash().len(), 64);
}

/// Every rule a profile runs cites at least one reference with force there, and nothing of a
/// jurisdiction the profile does not follow: a finding under `eu` cites EU law only.
#[test]
fn every_rule_cites_the_law_of_each_profile_it_runs_in() {
    let set = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let profiles = &set.data()["data"]["profiles"];
    for name in set.profiles() {
        let profile = &profiles[name];
        let list = |key: &str| -> Vec<String> {
            serde_json::from_value(profile[key].clone()).unwrap_or_default()
        };
        let (disabled, orders, models) = (
            list("disabled"),
            list("legal_orders"),
            list("good_practice_from"),
        );
        assert!(!orders.is_empty(), "profile {name} names no legal order");
        for rule in set.rules().iter().filter(|r| !disabled.contains(&r.id)) {
            let cited = set.basis_under(rule, name);
            assert!(
                cited
                    .iter()
                    .any(|r| r.legal_force != LegalForce::ForeignLaw),
                "{} cites nothing with force in profile {name}",
                rule.id
            );
            for reference in &cited {
                let home = orders.contains(&reference.jurisdiction);
                let model = models.contains(&reference.jurisdiction)
                    && reference.legal_force == LegalForce::GoodPractice;
                assert!(
                    home || model || reference.legal_force == LegalForce::ForeignLaw,
                    "{} cites {} ({}) in profile {name}",
                    rule.id,
                    reference.description,
                    reference.jurisdiction
                );
            }
        }
    }
}

/// A lawyer can tell how current each reference is and where it was read; an entry no rule
/// cites is dead data.
#[test]
fn every_catalogue_reference_is_dated_sourced_and_cited() {
    let set = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let catalogue = set.data()["data"]["references"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    assert!(catalogue.len() > 40);
    for (id, entry) in catalogue {
        let text = |key: &str| entry[key].as_str().unwrap_or_default().to_string();
        assert!(
            chrono::NaiveDate::parse_from_str(&text("as_of"), "%Y-%m-%d").is_ok(),
            "{id}: as_of"
        );
        assert!(!text("source").is_empty(), "{id}: source");
        assert!(text("ref").starts_with("https://"), "{id}: ref");
        assert!(
            set.rules()
                .iter()
                .any(|rule| rule.legal_basis.iter().any(|r| r.id == id)),
            "{id} is cited by no rule"
        );
    }
}

#[test]
fn findings_cite_the_profiles_law_and_the_foreign_law_at_issue() {
    let under = |profile| findings("fr_cctp_suite_collaborative.pdf", profile);
    let jurisdictions = |found: &[Finding], rule: &str| -> BTreeSet<String> {
        found
            .iter()
            .filter(|f| f.rule == rule)
            .flat_map(|f| f.legal_basis.iter().map(|r| r.jurisdiction.clone()))
            .collect()
    };
    let brand = "vendor_neutrality.brand_without_equivalent";
    assert_eq!(
        jurisdictions(&under("eu"), brand),
        ["EU".to_string()].into()
    );
    assert_eq!(
        jurisdictions(&under("fr"), brand),
        ["EU".to_string(), "FR".to_string()].into()
    );
    assert_eq!(
        jurisdictions(&under("de"), brand),
        ["DE".to_string(), "EU".to_string()].into()
    );
    let swiss = under("ch");
    let cited: Vec<_> = swiss
        .iter()
        .filter(|f| f.rule == brand)
        .flat_map(|f| f.legal_basis.iter())
        .collect();
    assert!(
        cited
            .iter()
            .any(|r| r.jurisdiction == "CH" && r.legal_force == LegalForce::Binding)
    );
    assert!(
        cited
            .iter()
            .filter(|r| r.jurisdiction == "EU")
            .all(|r| r.legal_force == LegalForce::GoodPractice)
    );
    // A US provider's finding cites the US laws that reach it, not another country's.
    let exposed: Vec<_> = under("eu")
        .into_iter()
        .filter(|f| f.rule == "extraterritorial.exposed_provider")
        .collect();
    assert!(!exposed.is_empty());
    for finding in exposed {
        let foreign: BTreeSet<&str> = finding
            .legal_basis
            .iter()
            .filter(|r| r.legal_force == LegalForce::ForeignLaw)
            .map(|r| r.jurisdiction.as_str())
            .collect();
        assert_eq!(foreign, ["US"].into(), "{}", finding.message);
    }
}

/// A rule with `effective_from` says nothing about a date before it: the Data Act's switching
/// terms bind contracts from 12 September 2025.
#[test]
fn rules_apply_only_while_in_force() {
    let set = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let rule = set
        .rule("reversibility.switching_terms")
        .unwrap_or_else(|| panic!("no switching_terms rule"));
    assert_eq!(rule.effective_from.as_deref(), Some("2025-09-12"));
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let text = "La solution est fournie en mode SaaS et hébergée par le titulaire. Le titulaire \
                remet un plan de réversibilité au début du marché.";
    let document = tenderlint::ingest::ingest_bytes(
        tenderlint::ingest::Source {
            name: "switching.txt",
            bytes: text.as_bytes(),
        },
        &Default::default(),
    )
    .unwrap_or_else(|e| panic!("{}", e.error));
    let facts = crate::facts_of(&extractor, &document);
    let on = |date: (i32, u32, u32)| -> BTreeSet<String> {
        let date = chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap_or_default();
        set.evaluate(&facts, "eu", date)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|f| f.rule)
            .collect()
    };
    assert!(on((2025, 9, 12)).contains("reversibility.switching_terms"));
    assert!(!on((2025, 9, 11)).contains("reversibility.switching_terms"));
}

#[test]
fn the_french_tender_fails_where_a_lawyer_would_say_so() {
    let found = findings("fr_cctp_suite_collaborative.pdf", "fr");
    let rules = rules_of(&found);
    for expected in [
        "vendor_neutrality.brand_without_equivalent",
        "extraterritorial.exposed_provider",
        "data_location.weak_requirement",
        "data_location.outside_eu",
        "operations.support_outside_eu",
        "subcontracting.worldwide_subprocessors",
        "reversibility.missing",
        "reversibility.exit_fees",
        "key_control.provider_held_keys",
        "certification.sensitive_without_secnumcloud",
        "extraterritorial.no_immunity_clause",
        "extraterritorial.weak_transfer_basis",
        "extraterritorial.sanctions_suspension",
        "open_formats.proprietary_required",
    ] {
        assert!(
            rules.contains(expected),
            "{expected} missing from {rules:?}"
        );
    }
    // Adobe InDesign "ou équivalent" and Exchange "décommissionné" are fine.
    assert!(
        !found
            .iter()
            .any(|f| f.message.contains("InDesign") || f.message.contains("Exchange")),
        "{found:#?}"
    );
    // Every finding with evidence quotes sentences of the document, with their page.
    let with_evidence = found.iter().filter(|f| !f.evidence.is_empty()).count();
    assert!(with_evidence >= 12);
    assert!(
        found
            .iter()
            .flat_map(|f| &f.evidence)
            .all(|e| e.page.is_some())
    );
    // Errors come first.
    assert!(found.windows(2).all(|w| w[0].severity >= w[1].severity));
}

#[test]
fn the_german_tender_is_mostly_clean() {
    let found = findings("de_leistungsbeschreibung_fachverfahren.odt", "de");
    let rules = rules_of(&found);
    assert!(
        rules.contains("vendor_neutrality.brand_without_equivalent"),
        "Oracle Database 19c is imposed: {rules:?}"
    );
    for absent in [
        "reversibility.missing",
        "operations.support_outside_eu",
        "key_control.provider_held_keys",
        "extraterritorial.no_immunity_clause",
        "data_location.outside_eu",
        "subcontracting.worldwide_subprocessors",
    ] {
        assert!(!rules.contains(absent), "{absent}: {found:#?}");
    }
}

#[test]
fn profiles_change_what_applies_and_how_severe() {
    let eu = findings("fr_cctp_suite_collaborative.odt", "eu");
    let fr = findings("fr_cctp_suite_collaborative.odt", "fr");
    let ch = findings("fr_cctp_suite_collaborative.odt", "ch");
    assert!(!rules_of(&eu).contains("certification.sensitive_without_secnumcloud"));
    assert!(rules_of(&fr).contains("certification.sensitive_without_secnumcloud"));
    let keys = |found: &[Finding]| {
        found
            .iter()
            .find(|f| f.rule == "key_control.provider_held_keys")
            .map(|f| f.severity)
    };
    assert_eq!(keys(&eu), Some(Severity::Warning));
    assert_eq!(
        keys(&ch),
        Some(Severity::Error),
        "privatim: provider-held keys for sensitive data"
    );
    let immunity = |found: &[Finding]| {
        found
            .iter()
            .find(|f| f.rule == "extraterritorial.no_immunity_clause")
            .map(|f| f.severity)
    };
    assert_eq!(immunity(&eu), Some(Severity::Warning));
    assert_eq!(immunity(&fr), Some(Severity::Error));
}

#[test]
fn an_unknown_profile_is_an_error_naming_the_known_ones() {
    let set = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let facts = crate::facts_of(
        &Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}"))),
        &read_fixture("fr_avis_hebergement_site.html").unwrap_or_else(|e| panic!("{e}")),
    );
    let error = set
        .evaluate(&facts, "xx", crate::as_of())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(
        error,
        "unknown profile \"xx\"; profiles: ch, de, es, eu, fr, it, nl"
    );
}

#[test]
fn waivers_accept_the_findings_they_quote_and_keep_them() {
    let found = findings("fr_cctp_suite_collaborative.odt", "fr");
    let total = found.len();
    let waivers = vec![Waiver {
        file: "cctp.odt.waivers.json".to_string(),
        position: 1,
        rule: "vendor_neutrality.brand_without_equivalent".to_string(),
        fingerprint: None,
        quote: Some("Microsoft Teams".to_string()),
        justification:
            "Teams Premium is already licensed under the framework agreement UGAP 2025-17."
                .to_string(),
        legal_ground: "CCP art. R2111-7, compatibility with the installed base".to_string(),
        approved_by: "Service juridique".to_string(),
        approved_on: "2026-01-15".to_string(),
        expires_on: "2027-01-14".to_string(),
    }];
    let result = apply_waivers(found, &waivers, crate::as_of());
    assert_eq!(
        result.findings.len() + result.waived.len(),
        total,
        "waived findings stay in the report"
    );
    assert!(!result.waived.is_empty());
    assert!(
        result
            .waived
            .iter()
            .all(|f| f.rule == "vendor_neutrality.brand_without_equivalent")
    );
    // A quote names the sentence: the other rules' findings on it stay in force.
    assert!(
        result
            .findings
            .iter()
            .any(|f| f.rule == "extraterritorial.exposed_provider"
                && f.evidence
                    .iter()
                    .any(|e| e.quote.contains("Microsoft Teams"))),
        "the waiver of one rule waives no other"
    );
    assert!(result.expired.is_empty() && result.stale.is_empty());
}

#[test]
fn an_incomplete_waiver_is_refused_naming_the_file_and_the_waiver() {
    let dir = scratch("waivers");
    let path = dir.join("tender.pdf.waivers.json");
    let complete = r#"{"rule": "reversibility.missing", "quote": "hébergement", "justification": "Hosting is the buyer's.", "legal_ground": "CCP art. R2111-7", "approved_by": "DAJ", "approved_on": "2026-01-15", "expires_on": "2026-12-31"}"#;
    write(
        &path,
        &format!(
            r#"{{"waivers": [{complete}, {{"rule": "reversibility.missing", "quote": "x", "justification": "Hosting is the buyer's.", "legal_ground": "CCP", "approved_by": "DAJ", "approved_on": "2026-01-15"}}]}}"#
        ),
    );
    let error = load_waivers(&path)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(
        error,
        format!(
            "{}: waiver 2 (reversibility.missing): expires_on is missing",
            path.display()
        )
    );
    write(&path, &format!(r#"{{"waivers": [{complete}]}}"#));
    assert_eq!(load_waivers(&path).map(|w| w.len()).ok(), Some(1));
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tenderlint-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
}

const RULE: &str = "package demo\n\n# METADATA\n# title: Demo\n# description: A demo rule.\n# custom:\n#   id: demo.rule\n#   severity: warning\n#   legal_basis:\n#     - ref: https://example.org\n#       description: Example, article 1\n#       jurisdiction: EU\n#       legal_force: binding\n#   remediation: None.\n";

#[test]
fn policy_errors_name_the_file_and_the_line() {
    let dir = scratch("syntax");
    write(
        &dir.join("demo.rego"),
        &format!("{RULE}warn contains f if {{\n\tf := \n}}\n"),
    );
    let error = PolicySet::from_dirs(std::slice::from_ref(&dir))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.starts_with("demo.rego:16:7: "), "{error}");
    assert!(!error.contains("backtrace"), "{error}");

    let dir = scratch("norules");
    write(&dir.join("lib.rego"), "package lib\n\nx := 1\n");
    assert!(matches!(
        PolicySet::from_dirs(std::slice::from_ref(&dir)),
        Err(PolicyError::NoRules { .. })
    ));

    let dir = scratch("data");
    write(
        &dir.join("demo.rego"),
        &format!("{RULE}warn contains {{\"rule\": \"demo.rule\", \"message\": \"m\"}} if true\n"),
    );
    write(&dir.join("data/a.json"), r#"{"same": 1}"#);
    write(&dir.join("data/b.json"), r#"{"same": 2}"#);
    let error = PolicySet::from_dirs(std::slice::from_ref(&dir))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        error.contains("\"same\" is already set by another data file"),
        "{error}"
    );
}

fn evaluate_demo(body: &str) -> Result<Vec<Finding>, PolicyError> {
    let dir = scratch("eval");
    write(&dir.join("demo.rego"), &format!("{RULE}{body}\n"));
    let set = PolicySet::from_dirs(std::slice::from_ref(&dir))?;
    let facts = crate::facts_of(
        &Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}"))),
        &read_fixture("fr_avis_hebergement_site.html").unwrap_or_else(|e| panic!("{e}")),
    );
    set.evaluate(&facts, "eu", crate::as_of())
}

#[test]
fn what_rules_return_is_validated() {
    let ok =
        evaluate_demo("warn contains {\"rule\": \"demo.rule\", \"message\": \"Found.\"} if true")
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok.len(), 1);
    assert_eq!(
        (ok[0].severity, ok[0].title.as_str()),
        (Severity::Warning, "Demo")
    );
    // A set that is undefined says nothing; it does not hide the other sets.
    let partly_undefined = evaluate_demo(
        "warn := {\"rule\": \"demo.rule\", \"message\": \"m\"} if false\n\
         info contains {\"rule\": \"demo.rule\", \"message\": \"Seen.\"} if true",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(partly_undefined.len(), 1);
    assert_eq!(partly_undefined[0].severity, Severity::Info);
    for (body, expected) in [
        (
            "warn contains {\"message\": \"m\"} if true",
            "has no \"rule\"",
        ),
        (
            "warn contains {\"rule\": \"demo.rule\"} if true",
            "has no message",
        ),
        (
            "warn contains {\"rule\": \"demo.rule\", \"message\": {\"id\": \"nowhere\"}} if true",
            "no message demo-rule-nowhere in the catalogues",
        ),
        (
            "warn contains {\"rule\": \"demo.rule\", \"message\": {\"id\": \"x\", \"args\": [1]}} if true",
            "must be an object",
        ),
        (
            "warn contains {\"rule\": \"demo.rule\", \"message\": \"m\", \"severity\": \"fatal\"} if true",
            "unknown severity",
        ),
        (
            "warn contains {\"rule\": \"demo.other\", \"message\": \"m\"} if true",
            "no METADATA block",
        ),
        ("warn := 3", "must be a set of findings, not 3"),
        (
            "warn contains {\"rule\": \"demo.rule\", \"message\": \"m\", \"exception\": {\"reason\": \"Allowed.\", \"evidence\": []}} if true",
            "an exception needs a reason and the evidence of the tender",
        ),
        (
            "warn contains {\"rule\": \"demo.rule\", \"message\": \"m\", \"exception\": \"Allowed.\"} if true",
            "\"exception\" must be {\"reason\", \"evidence\"}",
        ),
    ] {
        let error = evaluate_demo(body)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("package demo, rule set warn:"), "{error}");
        assert!(error.contains(expected), "{body}: {error}");
    }
}

#[test]
fn the_pack_s_scorecard_rates_the_french_tender_per_objective() {
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let policies = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let document =
        read_fixture("fr_cctp_suite_collaborative.pdf").unwrap_or_else(|e| panic!("{e}"));
    let judgement = policies
        .judge(
            &crate::facts_of(&extractor, &document),
            "fr",
            crate::as_of(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let scorecard = judgement
        .scorecard
        .unwrap_or_else(|| panic!("no scorecard"));
    let ranges: Vec<(&str, Option<(u8, u8)>)> = scorecard
        .objectives
        .iter()
        .map(|o| {
            (
                o.id.as_str(),
                o.floor.zip(o.ceiling).filter(|_| o.assessable),
            )
        })
        .collect();
    // Microsoft 365 required caps the legal objective; support from anywhere caps operations.
    assert_eq!(ranges[0], ("SOV-1", None));
    assert_eq!(ranges[1], ("SOV-2", Some((0, 1))));
    assert_eq!(ranges[3], ("SOV-4", Some((1, 1))));
    assert_eq!(ranges[7], ("SOV-8", None));
    let legal = &scorecard.objectives[1];
    assert!(
        legal
            .evidence
            .iter()
            .any(|e| e.quote.contains("Microsoft 365")),
        "{:?}",
        legal.evidence
    );
    assert_eq!(scorecard.framework.version, "1.2.1");
}

#[test]
fn a_scorecard_comes_only_from_a_valid_scorecard_package() {
    let facts = crate::facts_of(
        &Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}"))),
        &read_fixture("fr_avis_hebergement_site.html").unwrap_or_else(|e| panic!("{e}")),
    );
    let dir = scratch("no-scorecard");
    write(
        &dir.join("demo.rego"),
        &format!("{RULE}warn contains {{\"rule\": \"demo.rule\", \"message\": \"m\"}} if true\n"),
    );
    let set = PolicySet::from_dirs(std::slice::from_ref(&dir)).unwrap_or_else(|e| panic!("{e}"));
    let judgement = set
        .judge(&facts, "eu", crate::as_of())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((judgement.findings.len(), judgement.scorecard), (1, None));
    write(
        &dir.join("scorecard.rego"),
        "package tenderlint.scorecard\n\nframework := {\"name\": \"x\"}\n\nobjectives := []\n",
    );
    let set = PolicySet::from_dirs(std::slice::from_ref(&dir)).unwrap_or_else(|e| panic!("{e}"));
    let error = set
        .judge(&facts, "eu", crate::as_of())
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("package tenderlint.scorecard: invalid scorecard: "),
        "{error}"
    );
}

#[test]
fn the_policy_hash_follows_the_files() {
    let dir = scratch("hash");
    write(
        &dir.join("demo.rego"),
        &format!("{RULE}warn contains {{\"rule\": \"demo.rule\", \"message\": \"m\"}} if true\n"),
    );
    let first = PolicySet::from_dirs(std::slice::from_ref(&dir))
        .map(|s| s.hash().to_string())
        .unwrap_or_default();
    assert_eq!(
        PolicySet::from_dirs(std::slice::from_ref(&dir))
            .map(|s| s.hash().to_string())
            .unwrap_or_default(),
        first
    );
    write(&dir.join("data/extra.json"), r#"{"x": 1}"#);
    assert_ne!(
        PolicySet::from_dirs(std::slice::from_ref(&dir))
            .map(|s| s.hash().to_string())
            .unwrap_or_default(),
        first
    );
}

/// Every bundled rule is written from the catalogues, in English, French and German: a rule
/// that none translates would escape the test of catalogue gaps, which checks the rules the
/// catalogues know.
#[test]
fn every_bundled_rule_speaks_english_french_and_german() {
    let set = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let catalogues = set.catalogues();
    assert_eq!(catalogues.languages(), ["de", "en", "fr"]);
    let untranslated: Vec<&str> = set
        .rules()
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| !catalogues.defines(&tenderlint::policy::rule_key(id)))
        .collect();
    assert!(untranslated.is_empty(), "{untranslated:?}");
}

#[test]
fn the_pack_s_own_tests_pass_with_full_coverage() {
    let output = tenderlint(&[
        "test",
        "--policies",
        "policies",
        "--coverage",
        "--threshold",
        "90",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains(" 0 failed, 0 errors"), "{stdout}");
    assert!(
        stdout.contains("PASS  example data_location.contradiction [de, profile eu] fail wording"),
        "{stdout}"
    );
    assert!(!stdout.contains("rules without examples"), "{stdout}");
}

#[test]
fn a_failing_policy_test_exits_1_and_says_where() {
    let dir = scratch("failing");
    write(
        &dir.join("demo.rego"),
        &format!(
            "{RULE}warn contains {{\"rule\": \"demo.rule\", \"message\": \"m\"}} if input.x\n"
        ),
    );
    write(
        &dir.join("demo_test.rego"),
        "package demo_test\n\nimport data.demo\n\ntest_fires if {\n\tcount(demo.warn) == 1 with input as {\"x\": true}\n}\n\ntest_wrong if {\n\tcount(demo.warn) == 2 with input as {\"x\": true}\n}\n",
    );
    let dir_arg = dir.display().to_string();
    let output = tenderlint(&["test", "--policies", &dir_arg, "--format", "junit"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    let case = stdout
        .lines()
        .find(|l| l.contains("<testcase name=\"data.demo_test.test_wrong\""))
        .unwrap_or_else(|| panic!("{stdout}"));
    for attribute in [
        "classname=\"demo_test.rego\"",
        "file=\"demo_test.rego\"",
        "line=\"9\"",
    ] {
        assert!(case.contains(attribute), "{attribute} missing: {case}");
    }
    assert!(stdout.contains("<failure message="), "{stdout}");
    let filtered = tenderlint(&["test", "--policies", &dir_arg, "--run", "fires"]);
    assert_eq!(filtered.status.code(), Some(0));
    let low = tenderlint(&[
        "test",
        "--policies",
        &dir_arg,
        "--run",
        "fires",
        "--threshold",
        "101",
    ]);
    assert_eq!(
        low.status.code(),
        Some(1),
        "coverage under the threshold fails"
    );
}

#[test]
fn rules_and_explain_document_the_pack() {
    let rules = tenderlint(&["rules", "--format", "json"]);
    let json: serde_json::Value =
        serde_json::from_slice(&rules.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json.as_array().map(Vec::len), Some(CRITERIA.len()));
    let explain = tenderlint(&["explain", "vendor_neutrality.brand_without_equivalent"]);
    let page = String::from_utf8_lossy(&explain.stdout);
    for part in [
        "What it checks",
        "Examples (each run through the pipeline by `tenderlint test`)",
        "  fr, fails on\n    Le titulaire fournit 2 400 licences Microsoft 365 E3.",
        "  de, passes with\n",
        "How to fix the tender",
        "Directive 2014/24/EU, article 42(4)",
    ] {
        assert!(page.contains(part), "{part} missing from {page}");
    }
    let unknown = tenderlint(&["explain", "no.such_rule"]);
    assert_eq!(unknown.status.code(), Some(2));
}

/// A house rule (beside the bundled pack, whose data the pipeline needs) on exit fees, with the
/// examples given.
fn house_rule(examples: &str) -> String {
    format!(
        "package house.fees\n\nimport data.tenderlint.lib\n\n# METADATA\n# title: Fees\n# description: Exit fees.\n# custom:\n#   id: house.fees\n#   severity: warning\n#   legal_basis:\n#     - eu.data_act.art29\n#   remediation: None.\n#   examples:\n{examples}warn contains finding if {{\n\tsome clause in lib.facts.clauses\n\tclause.kind == \"exit_fees\"\n\tclause.charged\n\tfinding := lib.finding(\"house.fees\", \"warning\", \"Fees.\", [clause.evidence])\n}}\n"
    )
}

#[test]
fn an_example_that_does_not_behave_fails_the_run_and_says_what_happened() {
    let dir = scratch("wrong-example");
    // The French example is right; the English failing wording says there are no fees, and the
    // passing one that there are.
    write(
        &dir.join("house/fees.rego"),
        &house_rule(
            "#     - lang: fr\n#       fail: \"Les frais de sortie des données sont facturés au tarif du fournisseur.\"\n#       pass: \"Aucun frais de sortie ne peut être facturé.\"\n#     - lang: en\n#       fail: \"No exit fees may be charged.\"\n#       pass: \"Egress fees are charged at the provider's list prices.\"\n",
        ),
    );
    let dir_arg = dir.display().to_string();
    let output = tenderlint(&["test", "--house-pack", &dir_arg, "--run", "house"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    for line in [
        "PASS  example house.fees [fr, profile eu] fail wording (house/fees.rego:",
        "PASS  example house.fees [fr, profile eu] pass wording",
        "FAIL  example house.fees [en, profile eu] fail wording",
        "      expected a finding of house.fees, got none",
        "      facts: language en · hosting unknown · clauses exit_fees",
        "FAIL  example house.fees [en, profile eu] pass wording",
        "      expected no finding of house.fees, got: Fees. \"Egress fees are charged at the provider's list prices.\"",
        "2 passed, 2 failed, 0 errors (0 tests, 4 example wordings)",
    ] {
        assert!(stdout.contains(line), "{line} missing from {stdout}");
    }
    let json = tenderlint(&[
        "test",
        "--house-pack",
        &dir_arg,
        "--run",
        "house",
        "--format",
        "json",
    ]);
    let report: serde_json::Value =
        serde_json::from_slice(&json.stdout).unwrap_or_else(|e| panic!("{e}"));
    let failed: Vec<&str> = report["examples"]
        .as_array()
        .map(|examples| {
            examples
                .iter()
                .filter(|e| e["outcome"] == "failed")
                .filter_map(|e| e["name"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        failed,
        ["examples.house.fees.en.fail", "examples.house.fees.en.pass"]
    );
    let junit = tenderlint(&[
        "test",
        "--house-pack",
        &dir_arg,
        "--run",
        "house",
        "--format",
        "junit",
    ]);
    let xml = String::from_utf8_lossy(&junit.stdout);
    assert!(
        xml.contains("<testcase name=\"examples.house.fees.en.fail\" classname=\"house.fees\""),
        "{xml}"
    );
    assert!(xml.contains("failures=\"2\""), "{xml}");
    let french_only = tenderlint(&[
        "test",
        "--house-pack",
        &dir_arg,
        "--run",
        r"house\.fees\.fr",
    ]);
    assert_eq!(french_only.status.code(), Some(0));
}

#[test]
fn an_example_of_a_package_runs_as_a_package_and_a_bad_profile_is_an_error() {
    let dir = scratch("package-example");
    // An answer to the bidders' questions is a later document: the package reads it last.
    write(
        &dir.join("house/fees.rego"),
        &house_rule(
            "#     - lang: fr\n#       fail:\n#         - name: CCTP.txt\n#           text: \"Les frais de sortie sont facturés selon la grille du fournisseur.\"\n#         - name: Reponses_aux_questions.txt\n#           text: \"La question porte sur le calendrier.\"\n#       pass:\n#         - name: CCTP.txt\n#           text: \"Le calendrier figure en annexe.\"\n#       profile: xx\n",
        ),
    );
    let dir_arg = dir.display().to_string();
    let output = tenderlint(&["test", "--house-pack", &dir_arg, "--run", "house"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(2),
        "an unknown profile is an error: {stdout}"
    );
    assert!(
        stdout.contains("ERROR example house.fees [fr, profile xx] fail wording"),
        "{stdout}"
    );
    assert!(stdout.contains("unknown profile \"xx\""), "{stdout}");
    let rule = std::fs::read_to_string(dir.join("house/fees.rego")).unwrap_or_default();
    write(
        &dir.join("house/fees.rego"),
        &rule.replace("#       profile: xx\n", ""),
    );
    let output = tenderlint(&["test", "--house-pack", &dir_arg, "--run", "house"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let explain = tenderlint(&["explain", "--house-pack", &dir_arg, "house.fees"]);
    let page = String::from_utf8_lossy(&explain.stdout);
    assert!(
        page.contains("CCTP.txt: \"Les frais de sortie sont facturés selon la grille du fournisseur.\" —\n    Reponses_aux_questions.txt:"),
        "{page}"
    );
}

#[test]
fn init_writes_a_house_pack_that_tests_pass_and_check_loads_beside_the_bundled_pack() {
    let dir = scratch("init");
    let pack = dir.join("house-rules");
    let pack_arg = pack.display().to_string();
    let init = tenderlint(&["init", &pack_arg]);
    assert_eq!(
        init.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    for file in [
        "README.md",
        "house/hosting.rego",
        "house/hosting_test.rego",
        "data/house.json",
    ] {
        assert!(pack.join(file).is_file(), "{file} not written");
    }
    let again = tenderlint(&["init", &pack_arg]);
    assert_eq!(again.status.code(), Some(2), "init overwrites nothing");
    let test = tenderlint(&["test", "--house-pack", &pack_arg]);
    let stdout = String::from_utf8_lossy(&test.stdout);
    assert_eq!(test.status.code(), Some(0), "{stdout}");
    for line in [
        "PASS  data.house.hosting_test.test_data_in_the_eu_is_outside_the_accepted_places",
        "PASS  example house.hosting_outside_accepted_places [de, profile eu] pass wording",
        "PASS  example vendor_neutrality.brand_without_equivalent [fr, profile eu] fail wording",
    ] {
        assert!(stdout.contains(line), "{line} missing from {stdout}");
    }
    let tender = dir.join("cctp.txt");
    write(
        &tender,
        "Le titulaire fournit 2 400 licences Microsoft 365 E3.\nLes données sont hébergées exclusivement dans l'Union européenne.\n",
    );
    let tender_arg = tender.display().to_string();
    let check = tenderlint(&[
        "check",
        "--house-pack",
        &pack_arg,
        "--format",
        "json",
        &tender_arg,
    ]);
    let report: serde_json::Value =
        serde_json::from_slice(&check.stdout).unwrap_or_else(|e| panic!("{e}"));
    let rules: BTreeSet<&str> = report["documents"][0]["findings"]
        .as_array()
        .map(|findings| findings.iter().filter_map(|f| f["rule"].as_str()).collect())
        .unwrap_or_default();
    assert!(
        rules.contains("house.hosting_outside_accepted_places"),
        "{rules:?}"
    );
    assert!(
        rules.contains("vendor_neutrality.brand_without_equivalent"),
        "{rules:?}"
    );
    // Without the flag, the bundled pack alone.
    let bundled = tenderlint(&["check", "--format", "json", &tender_arg]);
    assert!(!String::from_utf8_lossy(&bundled.stdout).contains("house.hosting"));
    // A house pack that puts a file where the pack has one is refused, naming it.
    write(&pack.join("lib/tenderlint.rego"), "package house.lib\n");
    let clash = tenderlint(&["rules", "--house-pack", &pack_arg]);
    assert_eq!(clash.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&clash.stderr);
    assert!(
        stderr.contains("lib/tenderlint.rego: a file stands at the same path"),
        "{stderr}"
    );
}

/// Regorus's register VM, which evaluations run, judges exactly as its interpreter: every
/// readable fixture (tenders in every format, notices, spreadsheets, the corpus) and every judged
/// real document copied here, under every profile of the pack. A difference would be a finding
/// that turns on how the rules are run.
#[test]
fn the_register_vm_judges_as_the_interpreter() {
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let policies = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<std::path::PathBuf> = walkdir::WalkDir::new(root.join("fixtures"))
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("tests/real")))
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| entry.into_path())
        .filter(|path| {
            let text = path.to_string_lossy();
            !text.contains("/malformed/") && !text.contains("/src/") && !text.contains("/make/")
        })
        .filter(|path| {
            path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                [
                    "pdf", "docx", "odt", "html", "md", "txt", "xml", "json", "xlsx", "ods",
                ]
                .contains(&e)
            })
        })
        .collect();
    paths.sort();
    let mut judged = 0;
    let mut with_findings = 0;
    for path in &paths {
        let Ok(document) =
            tenderlint::ingest::ingest_path(path, &tenderlint::ingest::IngestOptions::default())
        else {
            continue;
        };
        let facts = crate::facts_of(&extractor, &document);
        for profile in policies.profiles() {
            let vm = policies.judge(&facts, profile, crate::as_of());
            let interpreted = policies.judge_interpreted(&facts, profile, crate::as_of());
            match (vm, interpreted) {
                (Ok(vm), Ok(interpreted)) => {
                    assert_eq!(vm, interpreted, "{} under {profile}", path.display());
                    with_findings += usize::from(!vm.findings.is_empty());
                }
                (vm, interpreted) => panic!(
                    "{} under {profile}: {:?} against {:?}",
                    path.display(),
                    vm.err(),
                    interpreted.err()
                ),
            }
            judged += 1;
        }
    }
    // A long tender, many facts: the VM must not stop where a small fixture does not reach
    // (regorus's default instruction limit stopped a 10-page tender).
    let long_text: String = (1..=40)
        .flat_map(|article| {
            [
                "fr_cctp_suite_collaborative.odt",
                "en_rfp_research_data_platform.docx",
            ]
            .into_iter()
            .flat_map(move |name| {
                crate::read_fixture(name)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .blocks
                    .into_iter()
                    .map(move |block| format!("Article {article}. {}\n\n", block.text))
            })
        })
        .collect();
    let long = tenderlint::ingest::ingest_bytes(
        tenderlint::ingest::Source {
            name: "long.txt",
            bytes: long_text.as_bytes(),
        },
        &tenderlint::ingest::IngestOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let facts = crate::facts_of(&extractor, &long);
    let vm = policies
        .judge(&facts, "eu", crate::as_of())
        .unwrap_or_else(|e| panic!("the long tender: {e}"));
    let interpreted = policies
        .judge_interpreted(&facts, "eu", crate::as_of())
        .unwrap_or_else(|e| panic!("the long tender: {e}"));
    assert_eq!(vm, interpreted, "the long tender");
    assert!(
        facts.providers.len() >= 100,
        "{} providers",
        facts.providers.len()
    );
    // The comparison must have reached the tenders, not only files that yield nothing.
    assert!(judged >= 200, "{judged} judgements");
    assert!(
        with_findings >= 100,
        "{with_findings} judgements with findings"
    );
}
