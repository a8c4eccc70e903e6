//! `tenderlint.toml`: defaults for `check`, `diff` and `baseline`, found in the current directory or above.
//! Flags override it; paths in it are relative to the file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The file name searched for.
pub const CONFIG_FILE: &str = "tenderlint.toml";

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Policy directories, instead of the bundled pack.
    #[serde(default)]
    pub policies: Vec<PathBuf>,
    /// House packs, loaded beside the pack (`--house-pack`).
    #[serde(default)]
    pub house_packs: Vec<PathBuf>,
    pub profile: Option<String>,
    pub fail_on: Option<String>,
    pub format: Option<String>,
    pub waivers: Option<PathBuf>,
    /// The baseline `check` compares with (`--baseline`).
    pub baseline: Option<PathBuf>,
    /// The language findings are written in (`--lang`).
    pub lang: Option<String>,
    /// Judge directories as consultation files (`--package`).
    pub package: Option<bool>,
}

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ConfigError {
    pub path: String,
    pub message: String,
}

/// Finds and reads the nearest `tenderlint.toml` from `start` upwards.
pub fn find(start: &Path) -> Result<Option<(PathBuf, Config)>, ConfigError> {
    for dir in start.ancestors() {
        let path = dir.join(CONFIG_FILE);
        if path.is_file() {
            let error = |message: String| ConfigError {
                path: path.display().to_string(),
                message,
            };
            let text = std::fs::read_to_string(&path).map_err(|e| error(e.to_string()))?;
            let mut config: Config = toml::from_str(&text).map_err(|e| error(e.to_string()))?;
            config.policies = config.policies.iter().map(|p| dir.join(p)).collect();
            config.house_packs = config.house_packs.iter().map(|p| dir.join(p)).collect();
            config.waivers = config.waivers.map(|w| dir.join(w));
            config.baseline = config.baseline.map(|b| dir.join(b));
            return Ok(Some((path, config)));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_nearest_file_with_paths_relative_to_it() {
        let root = std::env::temp_dir().join(format!("tenderlint-config-{}", std::process::id()));
        let nested = root.join("a/b");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(
            root.join(CONFIG_FILE),
            "policies = [\"pol\"]\nhouse_packs = [\"house\"]\nprofile = \"fr\"\nfail_on = \"warning\"\npackage = true\n",
        )
        .unwrap();
        let (path, config) = find(&nested).unwrap().unwrap();
        assert_eq!(path, root.join(CONFIG_FILE));
        assert_eq!(config.policies, vec![root.join("pol")]);
        assert_eq!(config.house_packs, vec![root.join("house")]);
        assert_eq!(config.profile.as_deref(), Some("fr"));
        assert_eq!(config.package, Some(true));
        std::fs::write(root.join(CONFIG_FILE), "profil = \"fr\"\n").unwrap();
        let error = find(&nested).unwrap_err().to_string();
        assert!(error.contains("unknown field"), "{error}");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
