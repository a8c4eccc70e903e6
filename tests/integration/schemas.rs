//! The published JSON Schemas (`schemas/*.json`) are generated from the Rust types: this test
//! fails when a type changed and the file was not regenerated. Regenerate them with
//! `TENDERLINT_WRITE_SCHEMAS=1 cargo test --test integration schemas`, and review the diff.

use std::path::PathBuf;

use tenderlint::model::{self, Baseline, Facts, Indicators, Report, RuleInfo};

fn check_or_write(file: &str, generated: &serde_json::Value) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(file);
    let text = serde_json::to_string_pretty(generated).unwrap_or_else(|e| panic!("{e}")) + "\n";
    if std::env::var_os("TENDERLINT_WRITE_SCHEMAS").is_some() {
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let committed =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        committed == text,
        "{} is not what the types generate; run TENDERLINT_WRITE_SCHEMAS=1 cargo test --test integration schemas",
        path.display()
    );
}

#[test]
fn the_published_schemas_are_the_types_schemas() {
    check_or_write("report.schema.json", &model::json_schema::<Report>());
    check_or_write("facts.schema.json", &model::json_schema::<Facts>());
    check_or_write("rules.schema.json", &model::json_schema::<Vec<RuleInfo>>());
    check_or_write("baseline.schema.json", &model::json_schema::<Baseline>());
    check_or_write(
        "indicators.schema.json",
        &model::json_schema::<Indicators>(),
    );
}

#[test]
fn the_rules_of_the_pack_validate_against_their_schema() {
    // `tenderlint rules --format json`, examples included, as tools will read it.
    let schema = model::json_schema::<Vec<RuleInfo>>();
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    let output = crate::tenderlint(&["rules", "--format", "json"]);
    let rules: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator
        .iter_errors(&rules)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut misspelt = rules.clone();
    misspelt[0]["examples"][0]["fails"] = serde_json::json!("x");
    assert!(!validator.is_valid(&misspelt));
}

#[test]
fn the_schemas_are_strict() {
    // What the types do not declare must not validate: a misspelt field is an error, not ignored.
    let schema = model::json_schema::<Report>();
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    let report = serde_json::json!({
        "schema": "tenderlint.report/v2",
        "tool": { "name": "tenderlint", "version": "0" },
        "policy": { "hash": "x", "profile": "eu", "as_of": "2026-12-01" },
        "documents": [],
        "summary": { "documents": 0, "packages": 0, "unreadable": 0, "errors": 0, "warnings": 0, "infos": 0, "waived": 0, "known": 0 },
    });
    assert!(validator.is_valid(&report));
    let mut misspelt = report.clone();
    misspelt["summary"]["warning"] = serde_json::json!(1);
    assert!(!validator.is_valid(&misspelt));
    let mut wrong_schema = report;
    wrong_schema["schema"] = serde_json::json!("tenderlint.report/v9");
    assert!(!validator.is_valid(&wrong_schema));
}
