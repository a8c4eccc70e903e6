//! Baselines: the findings known when one was written, read from a baseline file or from a full
//! JSON report, so that `check --baseline` fails only on findings that are new.

use std::path::Path;

use crate::model::{BASELINE_SCHEMA, Baseline, KnownFinding, REPORT_SCHEMA, Report, file_name};

/// Why a baseline cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// The file could not be read.
    #[error("{path}: cannot read the baseline: {source}")]
    Io {
        /// The baseline file.
        path: String,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a baseline, nor a report tenderlint wrote.
    #[error(
        "{path}: not a baseline ({BASELINE_SCHEMA}) nor a JSON report ({REPORT_SCHEMA}): {message}"
    )]
    Invalid {
        /// The baseline file.
        path: String,
        /// What is wrong with it.
        message: String,
    },
}

/// The baseline of a report: its findings in force (waived ones need none).
pub fn baseline_of(report: &Report) -> Baseline {
    let findings = report
        .documents
        .iter()
        .flat_map(|document| {
            document.findings.iter().map(|finding| KnownFinding {
                fingerprint: finding.fingerprint.clone(),
                rule: finding.rule.clone(),
                document: file_name(&document.path).to_string(),
                message: finding.message.clone(),
            })
        })
        .collect();
    Baseline {
        schema: BASELINE_SCHEMA.to_string(),
        tool: report.tool.clone(),
        policy: report.policy.clone(),
        findings,
    }
}

/// Reads a baseline file, or a full `check --format json` report, whose findings in force are
/// then the known ones.
pub fn load_baseline(path: &Path) -> Result<Baseline, BaselineError> {
    /// What tells the two kinds of file apart.
    #[derive(serde::Deserialize)]
    struct Schema {
        schema: String,
    }
    let invalid = |message: String| BaselineError::Invalid {
        path: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let Schema { schema } = serde_json::from_str(&text).map_err(|e| invalid(e.to_string()))?;
    match schema.as_str() {
        BASELINE_SCHEMA => serde_json::from_str(&text).map_err(|e| invalid(e.to_string())),
        REPORT_SCHEMA => serde_json::from_str::<Report>(&text)
            .map(|report| baseline_of(&report))
            .map_err(|e| invalid(e.to_string())),
        other => Err(invalid(format!("its schema is {other:?}"))),
    }
}
