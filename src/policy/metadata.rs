//! OPA-style `# METADATA` comment blocks, read by tenderlint itself (regorus does not support
//! `rego.metadata.*`): the YAML after each `# METADATA` line, up to the rule it annotates.

use serde::Deserialize;

use super::PolicyError;
use crate::model::{Example, Reference, RuleInfo, Severity};

#[derive(Debug, Clone, Deserialize)]
struct Custom {
    id: String,
    severity: String,
    remediation: String,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Debug, Clone, Deserialize)]
struct Block {
    title: String,
    description: String,
    #[serde(default)]
    related_resources: Vec<Reference>,
    custom: Custom,
}

/// The package a Rego file declares.
pub fn package_of(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("package "))
        .map(|p| p.trim().to_string())
}

/// Reads every rule-level METADATA block of a file. A block must name `custom.id`; blocks
/// that annotate the package (before `package`) are skipped.
pub fn read(file: &str, text: &str) -> Result<Vec<RuleInfo>, PolicyError> {
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
        let block: Block = yaml_serde::from_str(&yaml).map_err(|e| PolicyError::Metadata {
            file: file.to_string(),
            line: start,
            message: e.to_string(),
        })?;
        let severity =
            Severity::parse(&block.custom.severity).ok_or_else(|| PolicyError::Metadata {
                file: file.to_string(),
                line: start,
                message: format!(
                    "custom.severity must be error, warning or info, not {:?}",
                    block.custom.severity
                ),
            })?;
        let family = block
            .custom
            .id
            .split_once('.')
            .map(|(family, _)| family.to_string())
            .ok_or_else(|| PolicyError::Metadata {
                file: file.to_string(),
                line: start,
                message: format!(
                    "custom.id must read <family>.<name>, not {:?}",
                    block.custom.id
                ),
            })?;
        if let Some(example) = block
            .custom
            .examples
            .iter()
            .find(|e| e.lang.trim().is_empty() || e.fail.is_empty() || e.pass.is_empty())
        {
            return Err(PolicyError::Metadata {
                file: file.to_string(),
                line: start,
                message: format!(
                    "every example needs a lang, a fail and a pass wording; the example {:?} lacks one",
                    example.lang
                ),
            });
        }
        out.push(RuleInfo {
            id: block.custom.id,
            family,
            title: block.title,
            description: block.description.trim().to_string(),
            severity,
            legal_basis: block.related_resources,
            remediation: block.custom.remediation.trim().to_string(),
            examples: block.custom.examples,
            package: package.clone(),
            file: file.to_string(),
            line: index + 1,
        });
    }
    Ok(out)
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
# related_resources:
#   - ref: https://example.org/law
#     description: Some law, article 1
# custom:
#   id: sample.rule
#   severity: warning
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

    #[test]
    fn reads_rule_blocks_and_skips_the_package_block() {
        let rules = read("sample.rego", POLICY).unwrap();
        assert_eq!(rules.len(), 1);
        let rule = &rules[0];
        assert_eq!(rule.id, "sample.rule");
        assert_eq!(rule.family, "sample");
        assert_eq!(rule.severity, Severity::Warning);
        assert_eq!(rule.package, "sovereignty.sample");
        assert_eq!(rule.line, 26);
        assert_eq!(rule.legal_basis[0].description, "Some law, article 1");
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
        let error = read("sample.rego", &text).unwrap_err().to_string();
        assert!(error.contains("\"en\" lacks one"), "{error}");
    }

    #[test]
    fn a_bad_block_names_its_file_and_line() {
        let text = "package p\n# METADATA\n# title: [unclosed\ndeny contains f if { f := 1 }\n";
        let error = read("bad.rego", text).unwrap_err().to_string();
        assert!(error.starts_with("bad.rego:2:"), "{error}");
    }
}
