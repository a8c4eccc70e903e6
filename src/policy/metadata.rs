//! OPA-style `# METADATA` comment blocks, read by tenderlint itself (regorus does not support
//! `rego.metadata.*`): the YAML after each `# METADATA` line, up to the rule it annotates.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::PolicyError;
use crate::model::{Example, LegalForce, Reference, RuleInfo, Severity};

/// A reference a rule cites: an id of the catalogue, or written out in full.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Cited {
    Id(String),
    Written(Entry),
}

/// A reference written out, in the catalogue or in a rule's METADATA.
#[derive(Debug, Clone, Deserialize)]
pub(super) struct Entry {
    #[serde(rename = "ref", alias = "url")]
    url: String,
    description: String,
    jurisdiction: String,
    legal_force: String,
}

/// A foreign law of `data/laws.json`, which the catalogue cites by its id there.
#[derive(Debug, Clone, Deserialize)]
pub(super) struct Law {
    title: String,
    citation: String,
    country: String,
    #[serde(default)]
    url: String,
}

/// The references a policy set can cite, by id: `data/references.json` and the foreign laws
/// of `data/laws.json`, checked.
pub(super) type Catalogue = BTreeMap<String, Reference>;

/// The catalogue built from the data's reference entries and foreign laws.
pub(super) fn catalogue(
    entries: BTreeMap<String, Entry>,
    laws: BTreeMap<String, Law>,
    invalid: &dyn Fn(String) -> PolicyError,
) -> Result<Catalogue, PolicyError> {
    let mut catalogue = Catalogue::new();
    for (id, entry) in entries {
        let reference = reference(id.clone(), &entry, invalid)?;
        catalogue.insert(id, reference);
    }
    for (id, law) in laws {
        if catalogue.contains_key(&id) {
            return Err(invalid(format!(
                "{id:?} is both a reference and a foreign law"
            )));
        }
        let reference = Reference {
            id: id.clone(),
            url: law.url,
            description: format!("{} ({})", law.title, law.citation),
            jurisdiction: law.country,
            legal_force: LegalForce::ForeignLaw,
        };
        catalogue.insert(id, reference);
    }
    Ok(catalogue)
}

#[derive(Debug, Clone, Deserialize)]
struct Custom {
    id: String,
    #[serde(default = "first_version")]
    version: u32,
    #[serde(default)]
    effective_from: Option<String>,
    #[serde(default)]
    effective_until: Option<String>,
    severity: String,
    #[serde(default)]
    legal_basis: Vec<Cited>,
    remediation: String,
    #[serde(default)]
    examples: Vec<Example>,
}

fn first_version() -> u32 {
    1
}

#[derive(Debug, Clone, Deserialize)]
struct Block {
    title: String,
    description: String,
    /// OPA's own field, which has no room for a jurisdiction or legal force: refused with a
    /// pointer to `custom.legal_basis` rather than silently ignored.
    #[serde(default)]
    related_resources: Option<yaml_serde::Value>,
    custom: Custom,
}

/// The package a Rego file declares.
pub fn package_of(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("package "))
        .map(|p| p.trim().to_string())
}

/// Reads every rule-level METADATA block of a file, its references resolved in the catalogue.
/// A block must name `custom.id` and cite at least one reference; blocks that annotate the
/// package (before `package`) are skipped.
pub fn read(file: &str, text: &str, catalogue: &Catalogue) -> Result<Vec<RuleInfo>, PolicyError> {
    let package = package_of(text).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        if lines[index].trim() != "# METADATA" {
            index += 1;
            continue;
        }
        let start = index + 1;
        let mut yaml = String::new();
        index += 1;
        while index < lines.len() && lines[index].trim_start().starts_with('#') {
            let comment = lines[index].trim_start().trim_start_matches('#');
            yaml.push_str(comment.strip_prefix(' ').unwrap_or(comment));
            yaml.push('\n');
            index += 1;
        }
        let head = lines.get(index).map(|l| l.trim()).unwrap_or_default();
        if head.starts_with("package") {
            continue;
        }
        let invalid = |message: String| PolicyError::Metadata {
            file: file.to_string(),
            line: start,
            message,
        };
        let block: Block = yaml_serde::from_str(&yaml).map_err(|e| invalid(e.to_string()))?;
        out.push(rule_of(block, catalogue, &invalid)?.placed(&package, file, index + 1));
    }
    Ok(out)
}

/// The rule a METADATA block describes, not yet placed in its file.
fn rule_of(
    block: Block,
    catalogue: &Catalogue,
    invalid: &dyn Fn(String) -> PolicyError,
) -> Result<RuleInfo, PolicyError> {
    if block.related_resources.is_some() {
        return Err(invalid(
            "related_resources cannot say a reference's jurisdiction and legal force: cite \
             catalogue ids (or written-out references) under custom.legal_basis"
                .to_string(),
        ));
    }
    let custom = block.custom;
    let severity = Severity::parse(&custom.severity).ok_or_else(|| {
        invalid(format!(
            "custom.severity must be error, warning or info, not {:?}",
            custom.severity
        ))
    })?;
    let family = custom
        .id
        .split_once('.')
        .map(|(family, _)| family.to_string())
        .ok_or_else(|| {
            invalid(format!(
                "custom.id must read <family>.<name>, not {:?}",
                custom.id
            ))
        })?;
    if let Some(example) = custom
        .examples
        .iter()
        .find(|e| e.lang.trim().is_empty() || e.fail.is_empty() || e.pass.is_empty())
    {
        return Err(invalid(format!(
            "every example needs a lang, a fail and a pass wording; the example {:?} lacks one",
            example.lang
        )));
    }
    if custom.legal_basis.is_empty() {
        return Err(invalid(format!(
            "{} cites no reference: custom.legal_basis lists at least one",
            custom.id
        )));
    }
    let legal_basis = custom
        .legal_basis
        .into_iter()
        .map(|cited| match cited {
            Cited::Id(id) => catalogue.get(&id).cloned().ok_or_else(|| {
                invalid(format!(
                    "{}: no reference {id:?} in the catalogue (data/references.json, \
                     data/laws.json)",
                    custom.id
                ))
            }),
            Cited::Written(entry) => reference(String::new(), &entry, invalid),
        })
        .collect::<Result<Vec<_>, _>>()?;
    for date in [&custom.effective_from, &custom.effective_until]
        .into_iter()
        .flatten()
    {
        if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
            return Err(invalid(format!(
                "{}: {date:?} is not a date (YYYY-MM-DD)",
                custom.id
            )));
        }
    }
    Ok(RuleInfo {
        id: custom.id,
        family,
        title: block.title,
        description: block.description.trim().to_string(),
        severity,
        version: custom.version,
        effective_from: custom.effective_from,
        effective_until: custom.effective_until,
        legal_basis,
        remediation: custom.remediation.trim().to_string(),
        examples: custom.examples,
        package: String::new(),
        file: String::new(),
        line: 0,
    })
}

/// A reference of the catalogue, or written out in a rule, checked.
fn reference(
    id: String,
    entry: &Entry,
    invalid: &dyn Fn(String) -> PolicyError,
) -> Result<Reference, PolicyError> {
    let legal_force: LegalForce = entry.legal_force.parse().map_err(|_| {
        invalid(format!(
            "reference {:?}: legal_force must be binding, doctrine, good_practice or \
             foreign_law, not {:?}",
            entry.description, entry.legal_force
        ))
    })?;
    Ok(Reference {
        id,
        url: entry.url.clone(),
        description: entry.description.clone(),
        jurisdiction: entry.jurisdiction.clone(),
        legal_force,
    })
}

impl RuleInfo {
    fn placed(mut self, package: &str, file: &str, line: usize) -> RuleInfo {
        self.package = package.to_string();
        self.file = file.to_string();
        self.line = line;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = r#"# METADATA
# title: Package description
package sovereignty.sample

# METADATA
# title: Sample rule
# description: >-
#   What it checks.
# custom:
#   id: sample.rule
#   version: 2
#   severity: warning
#   legal_basis:
#     - eu.law
#     - ref: https://example.org/doctrine
#       description: Some doctrine, point 3
#       jurisdiction: FR
#       legal_force: doctrine
#   remediation: Do better.
#   examples:
#     - lang: en
#       fail: bad wording
#       pass: good wording
#     - lang: fr
#       profile: fr
#       fail:
#         - name: CCTP.txt
#           text: mauvaise formulation
#       pass: bonne formulation
warn contains f if {
	f := {}
}
"#;

    fn catalogue() -> Catalogue {
        let entries = serde_json::from_value(serde_json::json!({
            "eu.law": {
                "ref": "https://example.org/law",
                "description": "Some law, article 1",
                "jurisdiction": "EU",
                "legal_force": "binding"
            }
        }))
        .unwrap();
        let laws = serde_json::from_value(serde_json::json!({
            "cloud_act": {"title": "US CLOUD Act", "citation": "18 U.S.C. § 2713", "country": "US"}
        }))
        .unwrap();
        super::catalogue(entries, laws, &|m| PolicyError::Data {
            file: "data".to_string(),
            message: m,
        })
        .unwrap()
    }

    #[test]
    fn foreign_laws_join_the_catalogue_as_the_law_at_issue() {
        let law = &catalogue()["cloud_act"];
        assert_eq!(law.legal_force, LegalForce::ForeignLaw);
        assert_eq!(law.jurisdiction, "US");
        assert_eq!(law.description, "US CLOUD Act (18 U.S.C. § 2713)");
    }

    #[test]
    fn reads_rule_blocks_and_skips_the_package_block() {
        let rules = read("sample.rego", POLICY, &catalogue()).unwrap();
        assert_eq!(rules.len(), 1);
        let rule = &rules[0];
        assert_eq!(rule.id, "sample.rule");
        assert_eq!(rule.family, "sample");
        assert_eq!(rule.severity, Severity::Warning);
        assert_eq!(rule.version, 2);
        assert_eq!(rule.package, "sovereignty.sample");
        assert_eq!(rule.line, 30);
        assert_eq!(rule.legal_basis[0].id, "eu.law");
        assert_eq!(rule.legal_basis[0].legal_force, LegalForce::Binding);
        assert_eq!(rule.legal_basis[1].description, "Some doctrine, point 3");
        assert_eq!(rule.legal_basis[1].jurisdiction, "FR");
        assert_eq!(rule.examples.len(), 2);
        assert_eq!(rule.examples[0].lang, "en");
        assert_eq!(rule.examples[0].fail.display(), "bad wording");
        assert_eq!(rule.examples[1].profile.as_deref(), Some("fr"));
        assert_eq!(
            rule.examples[1].fail.display(),
            "CCTP.txt: \"mauvaise formulation\""
        );
    }

    #[test]
    fn an_example_without_its_passing_wording_is_an_error() {
        let text = POLICY.replace("#       pass: good wording\n", "#       pass: \"\"\n");
        let error = read("sample.rego", &text, &catalogue())
            .unwrap_err()
            .to_string();
        assert!(error.contains("\"en\" lacks one"), "{error}");
    }

    #[test]
    fn an_unknown_reference_or_legal_force_names_the_rule() {
        let unknown = POLICY.replace("- eu.law", "- eu.other");
        let error = read("sample.rego", &unknown, &catalogue())
            .unwrap_err()
            .to_string();
        assert!(error.contains("no reference \"eu.other\""), "{error}");
        let force = POLICY.replace("legal_force: doctrine", "legal_force: strong");
        let error = read("sample.rego", &force, &catalogue())
            .unwrap_err()
            .to_string();
        assert!(error.contains("legal_force must be"), "{error}");
    }

    #[test]
    fn related_resources_is_refused_with_a_pointer() {
        let old = POLICY.replace(
            "# custom:\n",
            "# related_resources:\n#   - ref: https://example.org\n#     description: x\n# custom:\n",
        );
        let error = read("sample.rego", &old, &catalogue())
            .unwrap_err()
            .to_string();
        assert!(error.contains("custom.legal_basis"), "{error}");
    }

    #[test]
    fn a_bad_block_names_its_file_and_line() {
        let text = "package p\n# METADATA\n# title: [unclosed\ndeny contains f if { f := 1 }\n";
        let error = read("bad.rego", text, &catalogue())
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("bad.rego:2:"), "{error}");
    }
}
