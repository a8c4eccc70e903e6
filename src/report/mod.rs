//! Renderers: they format what earlier stages produced and compute nothing. [`render`] is the
//! one dispatch for every report format, used by the command line and the server alike; one
//! file per format.

pub mod document;
mod evidence;
pub mod facts;
mod github;
mod gitlab;
mod html;
mod human;
pub mod indicators;
mod junit;
mod labels;
mod markdown;
pub mod policy_tests;
pub mod rules;
mod sarif;
mod scorecard;

pub use human::Style;
pub use junit::policy_tests as policy_tests_junit;

use crate::model::{Diff, Report, RuleInfo, Severity};
use crate::policy;
use labels::Labels;

/// The language of the words around a report's findings: the one its documents' findings are
/// written in when they share one, else English.
fn language_of(report: &Report) -> &str {
    let mut languages = report
        .documents
        .iter()
        .filter_map(|d| d.report_language.as_deref());
    match languages.next() {
        Some(first) if languages.all(|l| l == first) => first,
        _ => policy::DEFAULT_LANGUAGE,
    }
}

/// The words around a report's findings.
fn labels_of(report: &Report) -> &'static Labels {
    Labels::of(language_of(report))
}

/// The formats a report is rendered in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    strum::EnumString,
    strum::Display,
    strum::VariantNames,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum Format {
    /// For people at a terminal.
    Human,
    /// `tenderlint.report/v1`, the stable machine interface.
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// JUnit XML, for CI test views.
    Junit,
    /// A memo a lawyer can paste.
    Markdown,
    /// GitHub Actions workflow annotations.
    Github,
    /// GitLab Code Quality JSON, for merge requests.
    Gitlab,
    /// A printable, self-contained HTML page.
    Html,
    /// JSON Lines: one `tenderlint.report/v2` report per line, per document, package or notice,
    /// written as each is judged (`check` streams a batch of notices this way).
    Jsonl,
}

impl Format {
    /// The media type of a rendering, for HTTP.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Human | Format::Github => "text/plain; charset=utf-8",
            Format::Json | Format::Gitlab => "application/json",
            Format::Sarif => "application/sarif+json",
            Format::Junit => "application/xml",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Html => "text/html; charset=utf-8",
            Format::Jsonl => "application/jsonl",
        }
    }

    /// The usual file extension of a rendering.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Human | Format::Github => "txt",
            Format::Json | Format::Gitlab => "json",
            Format::Sarif => "sarif",
            Format::Junit => "xml",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
        }
    }
}

/// What a rendering depends on besides the report.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Colours for a terminal (human format only).
    pub style: Style,
    /// The severity from which a finding fails a JUnit test case; `None` fails none.
    pub fail_on: Option<Severity>,
}

/// Why a report could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// JSON serialisation failed.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// JUnit serialisation failed.
    #[error("cannot write JUnit XML: {0}")]
    Junit(#[from] quick_junit::SerializeError),
}

/// A report in a format. `rules` are the policy set's rules (SARIF describes them, JUnit has a
/// test case for each).
pub fn render(
    report: &Report,
    rules: &[RuleInfo],
    format: Format,
    options: RenderOptions,
) -> Result<String, RenderError> {
    Ok(match format {
        Format::Human => human::human(report, options.style),
        Format::Json => serde_json::to_string_pretty(report)? + "\n",
        Format::Sarif => sarif::sarif(report, rules)? + "\n",
        Format::Junit => junit::check(report, rules, options.fail_on)?,
        Format::Markdown => markdown::markdown(report),
        Format::Github => github::github(report),
        Format::Gitlab => gitlab::gitlab(report)? + "\n",
        Format::Html => html::html(report),
        Format::Jsonl => {
            let mut lines = String::new();
            for document in &report.documents {
                let alone = Report::from_documents(vec![document.clone()], report.policy.clone());
                lines += &jsonl_line(&alone)?;
            }
            lines
        }
    })
}

/// One line of JSON Lines: a report of one document (package, notice) alone, with the policy
/// set and tool that judged it, so that each line stands on its own.
pub fn jsonl_line(alone: &Report) -> Result<String, RenderError> {
    Ok(serde_json::to_string(alone)? + "\n")
}

/// A comparison of two drafts in a format. People read the whole comparison (human, Markdown,
/// JSON); pipelines (SARIF, JUnit, GitHub, GitLab, HTML) get the new draft's report with only the
/// findings it introduces, since only those need acting on.
pub fn render_diff(
    diff: &Diff,
    new: &Report,
    rules: &[RuleInfo],
    format: Format,
    options: RenderOptions,
) -> Result<String, RenderError> {
    match format {
        Format::Human => Ok(human::diff_human(diff, options.style, labels_of(new))),
        Format::Markdown => Ok(markdown::diff_markdown(diff, labels_of(new))),
        Format::Json => Ok(serde_json::to_string_pretty(diff)? + "\n"),
        Format::Jsonl => Ok(serde_json::to_string(diff)? + "\n"),
        Format::Sarif | Format::Junit | Format::Github | Format::Gitlab | Format::Html => {
            let mut introduced = new.clone();
            if let Some(document) = introduced.documents.first_mut() {
                document.findings = diff.introduced.clone();
            }
            render(&introduced, rules, format, options)
        }
    }
}
