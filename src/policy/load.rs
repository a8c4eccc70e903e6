//! Loading a policy set: the bundled pack or directories of `*.rego`, `*.json` and `*.ftl` files
//! (message catalogues), and the
//! house packs beside them, parsed into one prepared engine, with the rules' METADATA and the
//! set's identity.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use regorus::{Engine, Value};
use serde_json::json;

use super::{
    PolicyError, PolicyFile, PolicySet, PolicySources, Profile, RULE_SETS, SCORECARD_PACKAGE,
    messages::Catalogues, metadata,
};
use crate::model::Severity;

include!(concat!(env!("OUT_DIR"), "/bundled_policies.rs"));

/// How the bundled pack is named in messages.
const BUNDLED: &str = "<bundled policies>";

impl PolicySet {
    /// The policy pack built into the binary.
    pub fn bundled() -> Result<Self, PolicyError> {
        Self::from_dirs(&[])
    }

    /// The bundled pack when `dirs` is empty; else every `*.rego` (tests excepted) and `*.json`
    /// file below the directories, as one set.
    pub fn from_dirs(dirs: &[PathBuf]) -> Result<Self, PolicyError> {
        Self::from_sources(&PolicySources::dirs(dirs))
    }

    /// The pack (bundled, or the directories that replace it) with the house packs beside it,
    /// tests excepted.
    pub fn from_sources(sources: &PolicySources) -> Result<Self, PolicyError> {
        let (files, label) = files_of(sources)?;
        Self::from_files(files, &label, false)
    }

    /// The same with the `*_test.rego` files, to run the tests.
    pub fn from_sources_with_tests(sources: &PolicySources) -> Result<Self, PolicyError> {
        let (files, label) = files_of(sources)?;
        Self::from_files(files, &label, true)
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
            if file.is_catalogue() {
                continue;
            }
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
        // regorus analyses the modules on the first query of an engine; doing it once here
        // means every evaluation clones an engine that is ready, instead of analysing every
        // module again for each document.
        super::eval::run_query(&mut engine, "true")?;
        let references = catalogue(&data)?;
        let catalogues = Catalogues::build(
            files
                .iter()
                .filter(|f| f.is_catalogue())
                .map(|f| (f.path.as_str(), f.text.as_str())),
            &data,
        )?;
        let mut rules = Vec::new();
        let mut scorecard = false;
        let mut packages: Vec<(String, Vec<(&'static str, Severity)>)> = Vec::new();
        for file in files.iter().filter(|f| f.is_rego() && !f.is_test()) {
            rules.extend(metadata::read(&file.path, &file.text, &references)?);
            let sets = rule_sets(&file.text);
            let Some(package) = metadata::package_of(&file.text) else {
                continue;
            };
            if package == SCORECARD_PACKAGE && defines(&file.text, "objectives") {
                scorecard = true;
            }
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
        let profiles = profiles(&data)?;
        let hash = identity(&files);
        let evaluation = super::eval::evaluation_engine(&engine, &packages)?;
        Ok(PolicySet {
            engine,
            rules,
            references,
            catalogues: Arc::new(catalogues),
            evaluation,
            programs: Arc::default(),
            packages,
            profiles,
            scorecard,
            hash,
            files,
            data,
        })
    }
}

/// Where the reference catalogue, the foreign laws and the profiles sit in the merged data.
const REFERENCES: &str = "/data/references";
const LAWS: &str = "/data/laws";
const PROFILES: &str = "/data/profiles";

/// The references the set's rules can cite; empty when the set has none.
fn catalogue(data: &serde_json::Value) -> Result<metadata::Catalogue, PolicyError> {
    fn part<T: serde::de::DeserializeOwned + Default>(
        data: &serde_json::Value,
        pointer: &str,
        file: &str,
    ) -> Result<T, PolicyError> {
        match data.pointer(pointer) {
            None => Ok(T::default()),
            Some(value) => serde_json::from_value(value.clone()).map_err(|e| PolicyError::Data {
                file: file.to_string(),
                message: e.to_string(),
            }),
        }
    }
    let entries = part(data, REFERENCES, "data/references.json")?;
    let laws = part(data, LAWS, "data/laws.json")?;
    metadata::catalogue(entries, laws, &|message| PolicyError::Data {
        file: "data/references.json".to_string(),
        message,
    })
}

/// The profiles the data defines, with the legal orders each cites.
fn profiles(data: &serde_json::Value) -> Result<Vec<Profile>, PolicyError> {
    let Some(profiles) = data.pointer(PROFILES).and_then(|p| p.as_object()) else {
        return Ok(Vec::new());
    };
    profiles
        .iter()
        .map(|(name, value)| {
            let orders = |key: &str| -> Result<Vec<String>, PolicyError> {
                match value.get(key) {
                    None => Ok(Vec::new()),
                    Some(list) => {
                        serde_json::from_value(list.clone()).map_err(|e| PolicyError::Data {
                            file: "data/profiles.json".to_string(),
                            message: format!("profile {name}: {key} must list jurisdictions: {e}"),
                        })
                    }
                }
            };
            Ok(Profile {
                name: name.clone(),
                legal_orders: orders("legal_orders")?,
                good_practice_from: orders("good_practice_from")?,
            })
        })
        .collect()
}

/// The files of the bundled pack or of the directories that replace it, then of the house packs,
/// with a label for messages. A file may not stand at the same relative path in two places.
fn files_of(sources: &PolicySources) -> Result<(Vec<PolicyFile>, String), PolicyError> {
    let mut files = Vec::new();
    let mut labels = Vec::new();
    if sources.dirs.is_empty() {
        files = bundled_files();
        labels.push(BUNDLED.to_string());
    }
    for dir in sources.directories() {
        for file in read_dir(dir)? {
            if files.iter().any(|f: &PolicyFile| f.path == file.path) {
                return Err(PolicyError::Data {
                    file: format!("{}/{}", dir.display(), file.path),
                    message: format!(
                        "a file stands at the same path in another of the policy sources ({})",
                        labels.join(", ")
                    ),
                });
            }
            files.push(file);
        }
        labels.push(dir.display().to_string());
    }
    Ok((files, labels.join(", ")))
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

/// Whether a Rego file defines a value (`name := …` at the start of a line).
fn defines(text: &str, name: &str) -> bool {
    let head = format!("{name} := ");
    text.lines().any(|line| line.starts_with(&head))
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
                Some("rego" | "json" | "ftl")
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
    crate::digest::sha256_hex(&bytes)
}

/// Engine errors carry a backtrace when RUST_BACKTRACE is set, and put the source snippet before
/// the message: keep the message first, then the snippet, and drop the backtrace.
pub(super) fn clean(message: &str) -> String {
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
pub(super) fn syntax_error(file: &str, message: &str) -> PolicyError {
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
