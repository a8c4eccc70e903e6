//! Waivers: a lawyer's accountable acceptance of a finding, read from a JSON file and matched
//! to findings by rule and fingerprint or quote. A waiver applies until its expiry date; judged
//! later, the finding is in force again and the report names the expired waiver. A waiver that
//! matches nothing is stale, and the report says so.

use std::path::Path;

use chrono::NaiveDate;

use super::PolicyError;
use crate::model::{Finding, Waiver};

/// A waivers file as written: `{"waivers": [{…}]}`. Every field is optional here so that a
/// missing one is named in a sentence rather than in a parser's message.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WaiversFile {
    waivers: Vec<WrittenWaiver>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenWaiver {
    rule: Option<String>,
    fingerprint: Option<String>,
    quote: Option<String>,
    justification: Option<String>,
    legal_ground: Option<String>,
    approved_by: Option<String>,
    approved_on: Option<String>,
    expires_on: Option<String>,
    /// The field of waivers before they were accountable: named only to say what replaces it.
    author: Option<String>,
}

/// What is wrong with one waiver of a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WaiverProblem {
    /// A field every waiver needs is absent or blank.
    #[error("{0} is missing")]
    Missing(&'static str),
    /// Neither a fingerprint nor a quote says which finding it accepts.
    #[error("it names no finding: give its \"fingerprint\" or a \"quote\" of its evidence")]
    NoTarget,
    /// A date is not `YYYY-MM-DD`.
    #[error("{field} {value:?} is not a date (YYYY-MM-DD)")]
    Date {
        /// `approved_on` or `expires_on`.
        field: &'static str,
        /// What was written.
        value: String,
    },
    /// The waiver expires before it was approved.
    #[error("it expires ({expires_on}) before it was approved ({approved_on})")]
    ExpiresBeforeApproval {
        /// The approval date.
        approved_on: String,
        /// The expiry date.
        expires_on: String,
    },
    /// A waiver written before waivers were accountable (`author`, no approval or expiry).
    #[error(
        "it is in the old form: \"author\" is now \"approved_by\", and a waiver also needs \"legal_ground\", \"approved_on\" and \"expires_on\" (YYYY-MM-DD)"
    )]
    OldForm,
}

/// Reads and checks a waivers file: every waiver names its rule, the finding (a fingerprint or
/// a quote), a justification, a legal ground, who approved it, when, and an expiry on or after
/// that date. The first waiver that does not is an error naming the file and the waiver.
pub fn load_waivers(path: &Path) -> Result<Vec<Waiver>, PolicyError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| PolicyError::Io {
        path: file.clone(),
        source,
    })?;
    let written: WaiversFile = serde_json::from_str(&text).map_err(|e| PolicyError::Data {
        file: file.clone(),
        message: e.to_string(),
    })?;
    written
        .waivers
        .into_iter()
        .enumerate()
        .map(|(index, waiver)| {
            let rule = waiver.rule.clone().unwrap_or_default();
            checked(&file, index + 1, waiver).map_err(|problem| PolicyError::InvalidWaiver {
                file: file.clone(),
                position: index + 1,
                rule,
                problem,
            })
        })
        .collect()
}

/// One written waiver, checked.
fn checked(file: &str, position: usize, written: WrittenWaiver) -> Result<Waiver, WaiverProblem> {
    if written.author.is_some() && written.approved_by.is_none() {
        return Err(WaiverProblem::OldForm);
    }
    let required = |value: Option<String>, field: &'static str| {
        value
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .ok_or(WaiverProblem::Missing(field))
    };
    let date = |value: Option<String>, field: &'static str| {
        let value = required(value, field)?;
        NaiveDate::parse_from_str(&value, "%Y-%m-%d")
            .map(|date| date.format("%Y-%m-%d").to_string())
            .map_err(|_| WaiverProblem::Date { field, value })
    };
    let optional = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
    let waiver = Waiver {
        file: file.to_string(),
        position,
        rule: required(written.rule, "rule")?,
        fingerprint: optional(written.fingerprint),
        quote: optional(written.quote),
        justification: required(written.justification, "justification")?,
        legal_ground: required(written.legal_ground, "legal_ground")?,
        approved_by: required(written.approved_by, "approved_by")?,
        approved_on: date(written.approved_on, "approved_on")?,
        expires_on: date(written.expires_on, "expires_on")?,
    };
    if waiver.fingerprint.is_none() && waiver.quote.is_none() {
        return Err(WaiverProblem::NoTarget);
    }
    // ISO dates compare as text.
    if waiver.expires_on < waiver.approved_on {
        return Err(WaiverProblem::ExpiresBeforeApproval {
            approved_on: waiver.approved_on,
            expires_on: waiver.expires_on,
        });
    }
    Ok(waiver)
}

/// A document's findings in force after the waivers, and what became of the waivers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Waived {
    /// Findings no waiver in force accepts.
    pub findings: Vec<Finding>,
    /// Findings a waiver accepts, each with its waiver.
    pub waived: Vec<Finding>,
    /// Waivers that match a finding but expired before the date of judgement, each once.
    pub expired: Vec<Waiver>,
    /// Waivers that match no finding.
    pub stale: Vec<Waiver>,
}

/// Applies waivers to findings judged at `as_of`: a finding goes to `waived` with the first
/// waiver that matches it and has not expired; one that only expired waivers match stays in
/// force, and they are listed as expired.
pub fn apply_waivers(findings: Vec<Finding>, waivers: &[Waiver], as_of: NaiveDate) -> Waived {
    let as_of = as_of.format("%Y-%m-%d").to_string();
    let mut matched = vec![false; waivers.len()];
    let mut result = Waived::default();
    for mut finding in findings {
        for (index, waiver) in waivers.iter().enumerate() {
            if !accepts(waiver, &finding) {
                continue;
            }
            matched[index] = true;
            if waiver.expires_on < as_of {
                if !result.expired.contains(waiver) {
                    result.expired.push(waiver.clone());
                }
            } else if finding.waiver.is_none() {
                finding.waiver = Some(waiver.clone());
            }
        }
        if finding.waiver.is_some() {
            result.waived.push(finding);
        } else {
            result.findings.push(finding);
        }
    }
    result.stale = waivers
        .iter()
        .zip(matched)
        .filter(|(_, matched)| !matched)
        .map(|(waiver, _)| waiver.clone())
        .collect();
    result
}

/// Whether a waiver names this finding: its rule, and its fingerprint or its quote among the
/// evidence (both, when it gives both).
fn accepts(waiver: &Waiver, finding: &Finding) -> bool {
    waiver.rule == finding.rule
        && waiver
            .fingerprint
            .as_deref()
            .is_none_or(|fingerprint| fingerprint == finding.fingerprint)
        && waiver
            .quote
            .as_deref()
            .is_none_or(|quote| finding.evidence.iter().any(|e| e.quote.contains(quote)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Severity};

    fn written(json: serde_json::Value) -> WrittenWaiver {
        serde_json::from_value(json).unwrap()
    }

    fn valid() -> serde_json::Value {
        serde_json::json!({
            "rule": "vendor_neutrality.brand_without_equivalent",
            "quote": "Microsoft 365",
            "justification": "Licences already held under framework agreement 2025-17.",
            "legal_ground": "CCP art. R2111-7, compatibility with the installed base",
            "approved_by": "DAJ, M. Martin",
            "approved_on": "2026-01-15",
            "expires_on": "2026-12-31",
        })
    }

    fn with(field: &str, value: serde_json::Value) -> WrittenWaiver {
        let mut json = valid();
        json[field] = value;
        written(json)
    }

    fn finding(rule: &str, quote: &str) -> Finding {
        Finding {
            fingerprint: "0123456789abcdef0123456789abcdef".to_string(),
            ..Finding::sample(
                rule,
                Severity::Error,
                "",
                vec![Evidence::quoting("cctp.pdf", quote)],
            )
        }
    }

    fn waiver(quote: &str, expires_on: &str) -> Waiver {
        let mut waiver = checked("w.json", 1, written(valid())).unwrap();
        waiver.rule = "r.a".to_string();
        waiver.quote = Some(quote.to_string());
        waiver.expires_on = expires_on.to_string();
        waiver
    }

    #[test]
    fn a_complete_waiver_is_read_with_its_place_in_the_file() {
        let waiver = checked("w.json", 2, written(valid())).unwrap();
        assert_eq!(waiver.position, 2);
        assert_eq!(
            waiver.name(),
            "waiver 2 of w.json (vendor_neutrality.brand_without_equivalent)"
        );
        assert_eq!(waiver.expires_on, "2026-12-31");
    }

    #[test]
    fn each_missing_or_wrong_field_is_named() {
        let cases = [
            (
                with("justification", " ".into()),
                "justification is missing",
            ),
            (
                with("approved_by", serde_json::Value::Null),
                "approved_by is missing",
            ),
            (with("legal_ground", "".into()), "legal_ground is missing"),
            (
                with("expires_on", serde_json::Value::Null),
                "expires_on is missing",
            ),
            (
                with("approved_on", "15/01/2026".into()),
                "approved_on \"15/01/2026\" is not a date (YYYY-MM-DD)",
            ),
            (
                with("expires_on", "2025-12-31".into()),
                "it expires (2025-12-31) before it was approved (2026-01-15)",
            ),
            (
                with("quote", serde_json::Value::Null),
                "it names no finding: give its \"fingerprint\" or a \"quote\" of its evidence",
            ),
        ];
        for (waiver, message) in cases {
            let problem = checked("w.json", 1, waiver).unwrap_err();
            assert_eq!(problem.to_string(), message);
        }
    }

    #[test]
    fn an_old_waiver_is_told_what_to_add() {
        let old = written(serde_json::json!({
            "rule": "vendor_neutrality.brand_without_equivalent",
            "justification": "Licences already held.",
            "author": "DAJ",
        }));
        assert_eq!(
            checked("w.json", 1, old).unwrap_err(),
            WaiverProblem::OldForm
        );
    }

    #[test]
    fn a_waiver_applies_until_its_expiry_then_the_finding_is_in_force_again() {
        let findings = vec![
            finding("r.a", "licences Microsoft 365 E3"),
            finding("r.a", "Adobe InDesign"),
        ];
        let waivers = [
            waiver("Microsoft 365", "2026-06-30"),
            waiver("InDesign", "2026-03-31"),
            waiver("Oracle", "2026-12-31"),
        ];
        let on = |date: &str| NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        let early = apply_waivers(findings.clone(), &waivers, on("2026-03-31"));
        assert_eq!(early.waived.len(), 2, "the day of expiry still counts");
        assert!(early.findings.is_empty() && early.expired.is_empty());
        assert_eq!(early.stale, vec![waivers[2].clone()]);
        let later = apply_waivers(findings, &waivers, on("2026-04-01"));
        assert_eq!(later.waived.len(), 1);
        assert_eq!(later.findings[0].evidence[0].quote, "Adobe InDesign");
        assert_eq!(later.expired, vec![waivers[1].clone()]);
        assert_eq!(
            later.stale,
            vec![waivers[2].clone()],
            "expired is not stale"
        );
    }

    #[test]
    fn a_fingerprint_names_one_finding_and_a_quote_narrows_it() {
        let on = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut by_fingerprint = waiver("", "2026-06-30");
        by_fingerprint.quote = None;
        by_fingerprint.fingerprint = Some("0123456789abcdef0123456789abcdef".to_string());
        let mut other = finding("r.a", "Adobe InDesign");
        other.fingerprint = "ffffffffffffffffffffffffffffffff".to_string();
        let result = apply_waivers(
            vec![finding("r.a", "Microsoft 365"), other.clone()],
            std::slice::from_ref(&by_fingerprint),
            on,
        );
        assert_eq!(result.waived.len(), 1);
        assert_eq!(result.findings, vec![other]);
        by_fingerprint.quote = Some("Oracle".to_string());
        let result = apply_waivers(vec![finding("r.a", "Microsoft 365")], &[by_fingerprint], on);
        assert!(result.waived.is_empty(), "both given, both must match");
        assert_eq!(result.stale.len(), 1);
    }

    #[test]
    fn a_waiver_of_another_rule_is_stale() {
        let waivers = [waiver("Microsoft 365", "2026-06-30")];
        let on = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let result = apply_waivers(vec![finding("r.b", "Microsoft 365")], &waivers, on);
        assert_eq!(result.findings.len(), 1);
        assert_eq!(result.stale.len(), 1);
    }
}
