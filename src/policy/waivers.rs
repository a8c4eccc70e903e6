//! Waivers: a lawyer's written acceptance of a finding, read from a JSON file and matched to
//! findings by rule and quote.

use std::path::Path;

use super::PolicyError;
use crate::model::{Finding, Waiver};

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
