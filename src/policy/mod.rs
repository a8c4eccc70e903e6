//! The policy engine: a directory of Rego v1 policies and JSON data, prepared once in a regorus
//! engine that is cloned for each evaluation; METADATA read by tenderlint; findings validated.

mod metadata;
pub mod testing;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use regorus::{Engine, Value};
use serde_json::json;

pub use metadata::{Examples, RuleInfo};

use crate::model::{Evidence, Facts, Finding, Severity, Waiver};

include!(concat!(env!("OUT_DIR"), "/bundled_policies.rs"));

/// The profile used when none is chosen.
pub const DEFAULT_PROFILE: &str = "eu";

/// The rule sets a package may define, with the severity of what they hold.
const RULE_SETS: [(&str, Severity); 3] = [
    ("deny", Severity::Error),
    ("warn", Severity::Warning),
    ("info", Severity::Info),
];

/// Why a policy set cannot be loaded or evaluated.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: {message}")]
    Data { file: String, message: String },
    #[error("{file}:{line}: invalid METADATA block: {message}")]
    Metadata {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{dir}: no rule found (a policy directory needs packages defining deny, warn or info)")]
    NoRules { dir: String },
    #[error("unknown profile {name:?}; profiles: {known}")]
    UnknownProfile { name: String, known: String },
    #[error("evaluating {query}: {message}")]
    Evaluation { query: String, message: String },
    #[error("package {package}, rule set {set}: {message}")]
    InvalidFinding {
        package: String,
        set: String,
        message: String,
    },
}

/// One file of a policy set.
#[derive(Debug, Clone)]
struct PolicyFile {
    /// Relative to the policy directory, with `/` separators.
    path: String,
    text: String,
}

impl PolicyFile {
    fn is_rego(&self) -> bool {
        self.path.ends_with(".rego")
    }

    fn is_test(&self) -> bool {
        self.path.ends_with("_test.rego")
    }
}

/// A loaded policy set: the prepared engine, its rules and its identity.
#[derive(Debug, Clone)]
pub struct PolicySet {
    engine: Engine,
    rules: Vec<RuleInfo>,
    /// Packages with the rule sets each defines (a missing one is an error in regorus).
    packages: Vec<(String, Vec<(&'static str, Severity)>)>,
    profiles: Vec<String>,
    hash: String,
    files: Vec<PolicyFile>,
    /// The data files' contents merged as OPA would (`policies/data/x.json` at `data.data`).
    data: serde_json::Value,
}

impl PolicySet {
    /// The policy pack built into the binary.
    pub fn bundled() -> Result<Self, PolicyError> {
        Self::from_files(bundled_files(), "<bundled policies>", false)
    }

    /// Loads every `*.rego` (test files excepted) and `*.json` file below `dir`.
    pub fn load(dir: &Path) -> Result<Self, PolicyError> {
        Self::from_files(read_dir(dir)?, &dir.display().to_string(), false)
    }

    /// Loads several directories as one set (a pack and a buyer's own rules, say). A file may
    /// not stand at the same relative path in two of them.
    pub fn load_many(dirs: &[PathBuf]) -> Result<Self, PolicyError> {
        let mut files: Vec<PolicyFile> = Vec::new();
        for dir in dirs {
            for file in read_dir(dir)? {
                if files.iter().any(|f| f.path == file.path) {
                    return Err(PolicyError::Data {
                        file: format!("{}/{}", dir.display(), file.path),
                        message: "another policy directory has a file at the same path".to_string(),
                    });
                }
                files.push(file);
            }
        }
        let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
        Self::from_files(files, &names.join(", "), false)
    }

    /// Loads a directory with its `*_test.rego` files, to run the tests.
    pub fn load_with_tests(dir: &Path) -> Result<Self, PolicyError> {
        Self::from_files(read_dir(dir)?, &dir.display().to_string(), true)
    }

    /// The bundled pack with its tests.
    pub fn bundled_with_tests() -> Result<Self, PolicyError> {
        Self::from_files(bundled_files(), "<bundled policies>", true)
    }

    fn from_files(
        mut files: Vec<PolicyFile>,
        dir: &str,
        with_tests: bool,
    ) -> Result<Self, PolicyError> {
        files.retain(|f| with_tests || !f.is_test());
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut engine = Engine::new();
        let mut data = json!({});
        for file in &files {
            if file.is_rego() {
                engine
                    .add_policy(file.path.clone(), file.text.clone())
                    .map_err(|e| syntax_error(&file.path, &e.to_string()))?;
            } else {
                let value: serde_json::Value =
                    serde_json::from_str(&file.text).map_err(|e| PolicyError::Data {
                        file: file.path.clone(),
                        message: e.to_string(),
                    })?;
                merge(&mut data, at_directory(&file.path, value), &file.path)?;
            }
        }
        engine
            .add_data(Value::from(data.clone()))
            .map_err(|e| PolicyError::Data {
                file: dir.to_string(),
                message: clean(&e.to_string()),
            })?;
        let mut rules = Vec::new();
        let mut packages: Vec<(String, Vec<(&'static str, Severity)>)> = Vec::new();
        for file in files.iter().filter(|f| f.is_rego() && !f.is_test()) {
            rules.extend(metadata::read(&file.path, &file.text)?);
            let sets = rule_sets(&file.text);
            let Some(package) = metadata::package_of(&file.text) else {
                continue;
            };
            if sets.is_empty() {
                continue;
            }
            match packages.iter_mut().find(|(p, _)| *p == package) {
                Some((_, known)) => {
                    for set in sets {
                        if !known.contains(&set) {
                            known.push(set);
                        }
                    }
                }
                None => packages.push((package, sets)),
            }
        }
        if packages.is_empty() {
            return Err(PolicyError::NoRules {
                dir: dir.to_string(),
            });
        }
        let profiles = data
            .pointer("/data/profiles")
            .and_then(|p| p.as_object())
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        let hash = identity(&files);
        Ok(PolicySet {
            engine,
            rules,
            packages,
            profiles,
            hash,
            files,
            data,
        })
    }

    /// The rules, from their METADATA, in file order.
    pub fn rules(&self) -> &[RuleInfo] {
        &self.rules
    }

    /// A rule by id.
    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The profiles the data defines.
    pub fn profiles(&self) -> &[String] {
        &self.profiles
    }

    /// SHA-256 over the files' paths and contents: what judged a report.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// The data files merged, as the policies see them under `data`.
    pub fn data(&self) -> &serde_json::Value {
        &self.data
    }

    /// An error unless the data defines the profile (a set without profiles takes any name).
    pub fn check_profile(&self, profile: &str) -> Result<(), PolicyError> {
        if self.profiles.is_empty() || self.profiles.iter().any(|p| p == profile) {
            Ok(())
        } else {
            Err(PolicyError::UnknownProfile {
                name: profile.to_string(),
                known: self.profiles.join(", "),
            })
        }
    }

    /// Judges facts under a profile. Each evaluation works on a clone of the prepared engine,
    /// so a policy set can be shared between threads.
    pub fn evaluate(&self, facts: &Facts, profile: &str) -> Result<Vec<Finding>, PolicyError> {
        self.check_profile(profile)?;
        let input = json!({ "facts": facts, "profile": profile });
        let mut engine = self.engine.clone();
        engine.set_input(Value::from(input));
        let values = self.set_values(&mut engine)?;
        let sets = self
            .packages
            .iter()
            .flat_map(|(package, sets)| sets.iter().map(move |s| (package, s)));
        let mut findings = Vec::new();
        for ((package, &(set, default_severity)), value) in sets.zip(&values) {
            // An undefined set (`deny := {...} if false`) has nothing to say.
            if value.is_null() {
                continue;
            }
            let invalid = |message: String| PolicyError::InvalidFinding {
                package: package.clone(),
                set: set.to_string(),
                message,
            };
            let items = value
                .as_array()
                .ok_or_else(|| invalid(format!("{set} must be a set of findings, not {value}")))?;
            for item in items {
                findings.push(self.finding(item, default_severity).map_err(invalid)?);
            }
        }
        findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then_with(|| first_start(a).cmp(&first_start(b)))
                .then_with(|| a.rule.cmp(&b.rule))
                .then_with(|| a.message.cmp(&b.message))
        });
        Ok(findings)
    }

    /// The value of every rule set, in the order of `packages`, `null` where a set is undefined.
    /// One query gathers them all: regorus caches rule values within a query only, so the
    /// library helpers are computed once instead of once per set. An array with an undefined
    /// member is itself undefined, so that (rare) case is evaluated set by set.
    fn set_values(&self, engine: &mut Engine) -> Result<Vec<serde_json::Value>, PolicyError> {
        let query = self.query();
        let results =
            engine
                .eval_query(query.clone(), false)
                .map_err(|e| PolicyError::Evaluation {
                    query: query.clone(),
                    message: clean(&e.to_string()),
                })?;
        let to_json = |query: &str, value: &Value| {
            serde_json::to_value(value).map_err(|e| PolicyError::Evaluation {
                query: query.to_string(),
                message: e.to_string(),
            })
        };
        if let Some(all) = results.result.first().and_then(|r| r.expressions.first()) {
            match to_json(&query, &all.value)? {
                serde_json::Value::Array(values) if values.len() == self.set_count() => {
                    return Ok(values);
                }
                _ => {}
            }
        }
        let mut values = Vec::new();
        for (package, sets) in &self.packages {
            for (set, _) in sets {
                let query = format!("data.{package}.{set}");
                let value =
                    engine
                        .eval_rule(query.clone())
                        .map_err(|e| PolicyError::Evaluation {
                            query: query.clone(),
                            message: clean(&e.to_string()),
                        })?;
                values.push(match value {
                    Value::Undefined => serde_json::Value::Null,
                    value => to_json(&query, &value)?,
                });
            }
        }
        Ok(values)
    }

    fn set_count(&self) -> usize {
        self.packages.iter().map(|(_, sets)| sets.len()).sum()
    }

    /// The query that gathers every rule set, in the order of `packages`.
    fn query(&self) -> String {
        let sets: Vec<String> = self
            .packages
            .iter()
            .flat_map(|(package, sets)| {
                sets.iter()
                    .map(move |(set, _)| format!("data.{package}.{set}"))
            })
            .collect();
        format!("[{}]", sets.join(", "))
    }

    /// Checks what a rule returned and completes it with the rule's METADATA.
    fn finding(
        &self,
        item: &serde_json::Value,
        default_severity: Severity,
    ) -> Result<Finding, String> {
        let field = |name: &str| item.get(name).and_then(|v| v.as_str());
        let rule =
            field("rule").ok_or_else(|| format!("a finding has no \"rule\" string: {item}"))?;
        let message = field("message")
            .ok_or_else(|| format!("finding of {rule} has no \"message\" string"))?;
        let severity = match item.get("severity") {
            None => default_severity,
            Some(value) => value.as_str().and_then(Severity::parse).ok_or_else(|| {
                format!(
                    "finding of {rule} has an unknown severity {value} (error, warning or info)"
                )
            })?,
        };
        let info = self
            .rule(rule)
            .ok_or_else(|| format!("rule {rule} has no METADATA block with custom.id: {rule}"))?;
        let evidence: Vec<Evidence> = match item.get("evidence") {
            None => Vec::new(),
            Some(value) => serde_json::from_value(value.clone())
                .map_err(|e| format!("finding of {rule} has invalid evidence: {e}"))?,
        };
        Ok(Finding {
            rule: rule.to_string(),
            severity,
            title: info.title.clone(),
            message: message.to_string(),
            evidence,
            legal_basis: info.legal_basis.clone(),
            remediation: info.remediation.clone(),
            waiver: None,
        })
    }

    /// The files of the set, as (path, text).
    fn rego_files(&self) -> impl Iterator<Item = &PolicyFile> {
        self.files.iter().filter(|f| f.is_rego())
    }
}

fn first_start(finding: &Finding) -> usize {
    finding.evidence.first().map_or(usize::MAX, |e| e.start)
}

/// Marks the findings that a waiver accepts. Waived findings stay in the list.
pub fn apply_waivers(findings: &mut [Finding], waivers: &[Waiver]) {
    for finding in findings.iter_mut() {
        finding.waiver = waivers
            .iter()
            .find(|w| {
                w.rule == finding.rule
                    && w.quote.as_deref().is_none_or(|quote| {
                        finding.evidence.iter().any(|e| e.quote.contains(quote))
                    })
            })
            .cloned();
    }
}

/// The files of the pack built into the binary (`build.rs` embeds `policies/`).
fn bundled_files() -> Vec<PolicyFile> {
    BUNDLED_POLICIES
        .iter()
        .map(|(path, text)| PolicyFile {
            path: (*path).to_string(),
            text: (*text).to_string(),
        })
        .collect()
}

/// The rule sets a Rego file defines.
fn rule_sets(text: &str) -> Vec<(&'static str, Severity)> {
    RULE_SETS
        .into_iter()
        .filter(|(set, _)| {
            text.lines().any(|line| {
                line.starts_with(&format!("{set} contains "))
                    || line.starts_with(&format!("{set} := "))
            })
        })
        .collect()
}

fn read_dir(dir: &Path) -> Result<Vec<PolicyFile>, PolicyError> {
    let io = |path: &Path, source| PolicyError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut stack = vec![dir.to_path_buf()];
    let mut files = Vec::new();
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).map_err(|e| io(&current, e))? {
            let path: PathBuf = entry.map_err(|e| io(&current, e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("rego" | "json")
            ) {
                let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
                let relative = path.strip_prefix(dir).unwrap_or(&path);
                files.push(PolicyFile {
                    path: relative.to_string_lossy().replace('\\', "/"),
                    text,
                });
            }
        }
    }
    Ok(files)
}

/// A data file's contents at the path of its directory, as OPA loads them:
/// `data/providers.json` → `{"data": {...}}`.
fn at_directory(path: &str, value: serde_json::Value) -> serde_json::Value {
    let mut value = value;
    let parts: Vec<&str> = path.split('/').collect();
    for dir in parts[..parts.len().saturating_sub(1)].iter().rev() {
        value = json!({ *dir: value });
    }
    value
}

/// Merges `value` into `into`; two files may not set the same key.
fn merge(
    into: &mut serde_json::Value,
    value: serde_json::Value,
    file: &str,
) -> Result<(), PolicyError> {
    match (into, value) {
        (serde_json::Value::Object(into), serde_json::Value::Object(value)) => {
            for (key, v) in value {
                match into.get_mut(&key) {
                    Some(existing) if existing.is_object() && v.is_object() => {
                        merge(existing, v, file)?
                    }
                    Some(_) => {
                        return Err(PolicyError::Data {
                            file: file.to_string(),
                            message: format!("the key {key:?} is already set by another data file"),
                        });
                    }
                    None => {
                        into.insert(key, v);
                    }
                }
            }
            Ok(())
        }
        _ => Err(PolicyError::Data {
            file: file.to_string(),
            message: "a data file must hold a JSON object".to_string(),
        }),
    }
}

/// SHA-256 over the sorted files: path, a NUL, contents, a NUL.
fn identity(files: &[PolicyFile]) -> String {
    let mut bytes = Vec::new();
    for file in files {
        bytes.extend_from_slice(file.path.as_bytes());
        bytes.push(0);
        bytes.extend_from_slice(file.text.as_bytes());
        bytes.push(0);
    }
    crate::ingest::sha256_hex(&bytes)
}

/// Engine errors carry a backtrace when RUST_BACKTRACE is set, and put the source snippet before
/// the message: keep the message first, then the snippet, and drop the backtrace.
fn clean(message: &str) -> String {
    let message = message
        .split("Stack backtrace:")
        .next()
        .unwrap_or(message)
        .trim();
    let lines: Vec<&str> = message.lines().filter(|l| !l.trim().is_empty()).collect();
    let Some(error) = lines.iter().find_map(|l| l.trim().strip_prefix("error: ")) else {
        return message.to_string();
    };
    let snippet: Vec<&str> = lines
        .iter()
        .filter(|l| !l.trim().starts_with("error: ") && !l.trim().starts_with("-->"))
        .copied()
        .collect();
    if snippet.is_empty() {
        error.to_string()
    } else {
        format!("{error}\n{}", snippet.join("\n"))
    }
}

/// Reads `--> file:line:col` out of a regorus parse error.
fn syntax_error(file: &str, message: &str) -> PolicyError {
    let position = message
        .lines()
        .find_map(|l| l.trim().strip_prefix("--> "))
        .and_then(|location| {
            let mut parts = location.rsplitn(3, ':');
            let column = parts.next()?.trim().parse::<usize>().ok()?;
            let line = parts.next()?.trim().parse::<usize>().ok()?;
            Some((line, column))
        });
    let (line, column) = position.unwrap_or((0, 0));
    let message = clean(message);
    PolicyError::Syntax {
        file: file.to_string(),
        line,
        column,
        message,
    }
}

/// Groups rules by family, in a stable order.
pub fn by_family(rules: &[RuleInfo]) -> BTreeMap<&str, Vec<&RuleInfo>> {
    let mut families: BTreeMap<&str, Vec<&RuleInfo>> = BTreeMap::new();
    for rule in rules {
        families.entry(rule.family.as_str()).or_default().push(rule);
    }
    families
}

/// A waivers file: `{"waivers": [{"rule", "quote"?, "justification", "author"?}]}`.
#[derive(Debug, serde::Deserialize)]
struct WaiversFile {
    waivers: Vec<Waiver>,
}

/// Reads a waivers file. Every waiver needs a rule and a written justification.
pub fn load_waivers(path: &Path) -> Result<Vec<Waiver>, PolicyError> {
    let data_error = |message: String| PolicyError::Data {
        file: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|source| PolicyError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let file: WaiversFile = serde_json::from_str(&text).map_err(|e| data_error(e.to_string()))?;
    if let Some(waiver) = file
        .waivers
        .iter()
        .find(|w| w.justification.trim().is_empty())
    {
        return Err(data_error(format!(
            "the waiver of {} has no justification",
            waiver.rule
        )));
    }
    Ok(file.waivers)
}
