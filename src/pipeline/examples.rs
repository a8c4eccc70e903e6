//! The rules' METADATA examples run as `check` runs a tender: each wording becomes a small text
//! document (or a package of them), read, its facts extracted and judged by the policy set
//! through [`Checker::check`]. A failing wording must give a finding of its rule, a passing one
//! none, so the documentation shows wording known to behave as stated.

use std::collections::BTreeMap;

use bytes::Bytes;
use regex::Regex;

use super::{CheckError, CheckOptions, Checker, Input, PolicySources};
use crate::model::{
    DocumentReport, ExampleResult, ExampleText, Facts, Finding, Outcome, RuleInfo, Wording,
};
use crate::policy::DEFAULT_PROFILE;

/// One wording to run, before it is judged.
struct Case<'a> {
    rule: &'a RuleInfo,
    lang: &'a str,
    /// How many examples of the rule in the same language come before this one: a second
    /// example in a language is named `<lang>.2`.
    earlier_in_lang: usize,
    profile: &'a str,
    wording: Wording,
    text: &'a ExampleText,
}

impl Case<'_> {
    fn name(&self) -> String {
        let variant = match self.earlier_in_lang {
            0 => String::new(),
            n => format!(".{}", n + 1),
        };
        format!(
            "examples.{}.{}{variant}.{}",
            self.rule.id,
            self.lang,
            self.wording.name()
        )
    }

    /// The wording as the pipeline's input: a `.txt` file, or a package of them. The file is
    /// named by its place among the cases, not after its rule: a document's role is read from
    /// its name, and "examples.scope.specification_not_read…" would name a specification.
    fn input(&self, index: usize) -> Input {
        let file = |name: String, text: &str| Input::Bytes {
            name,
            bytes: Bytes::from(text.as_bytes().to_vec()),
        };
        match self.text {
            ExampleText::Document(text) => file(format!("wording-{index}.txt"), text),
            ExampleText::Package(documents) => Input::package(
                None,
                documents
                    .iter()
                    .map(|d| file(d.name.clone(), &d.text))
                    .collect(),
            ),
        }
    }
}

/// Runs the examples of the rules, those whose name (`examples.<rule>.<lang>.<fail|pass>`,
/// `<lang>.2` for a second example in a language)
/// matches `filter`, with the policy set of `sources` and its own reference data; also
/// gives the selected rules that have none. A set none of whose selected rules has an example
/// is not prepared for checking: it may hold no reference data.
pub(super) fn run(
    sources: &PolicySources,
    rules: &[RuleInfo],
    filter: Option<&Regex>,
) -> Result<(Vec<ExampleResult>, Vec<String>), CheckError> {
    let mut cases = Vec::new();
    let mut without_examples = Vec::new();
    for rule in rules {
        if rule.examples.is_empty() {
            if filter.is_none_or(|f| f.is_match(&format!("examples.{}", rule.id))) {
                without_examples.push(rule.id.clone());
            }
            continue;
        }
        for (index, example) in rule.examples.iter().enumerate() {
            let earlier_in_lang = rule.examples[..index]
                .iter()
                .filter(|e| e.lang == example.lang)
                .count();
            for (wording, text) in [
                (Wording::Fail, &example.fail),
                (Wording::Pass, &example.pass),
            ] {
                cases.push(Case {
                    rule,
                    lang: &example.lang,
                    earlier_in_lang,
                    profile: example.profile.as_deref().unwrap_or(DEFAULT_PROFILE),
                    wording,
                    text,
                });
            }
        }
    }
    cases.retain(|case| filter.is_none_or(|f| f.is_match(&case.name())));
    if cases.is_empty() {
        return Ok((Vec::new(), without_examples));
    }
    let checker = Checker::load(sources)?;
    // One check per profile, all its wordings at once, as `check` runs many files.
    let mut by_profile: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, case) in cases.iter().enumerate() {
        by_profile.entry(case.profile).or_default().push(index);
    }
    let mut outcomes: Vec<Option<(Outcome, Option<String>)>> = vec![None; cases.len()];
    for (profile, indices) in by_profile {
        let options = CheckOptions {
            profile: profile.to_string(),
            ..CheckOptions::default()
        };
        if let Err(error) = checker.check_profile(profile) {
            for index in indices {
                outcomes[index] = Some((Outcome::Error, Some(error.to_string())));
            }
            continue;
        }
        let inputs: Vec<Input> = indices.iter().map(|&i| cases[i].input(i)).collect();
        let report = checker.check(&inputs, &options, &|| {})?;
        for ((&index, document), input) in indices.iter().zip(&report.documents).zip(&inputs) {
            let judged = judge(&checker, &cases[index], document, input, &options)?;
            outcomes[index] = Some(judged);
        }
    }
    let results = cases
        .iter()
        .zip(outcomes)
        .map(|(case, outcome)| {
            let (outcome, message) = outcome.unwrap_or((
                Outcome::Error,
                Some("the check gave no report for this wording".to_string()),
            ));
            ExampleResult {
                name: case.name(),
                rule: case.rule.id.clone(),
                lang: case.lang.to_string(),
                profile: case.profile.to_string(),
                wording: case.wording,
                file: case.rule.file.clone(),
                line: case.rule.line,
                outcome,
                message,
            }
        })
        .collect();
    Ok((results, without_examples))
}

/// Whether the wording behaved as stated, and what happened when it did not.
fn judge(
    checker: &Checker,
    case: &Case,
    document: &DocumentReport,
    input: &Input,
    options: &CheckOptions,
) -> Result<(Outcome, Option<String>), CheckError> {
    if document.unreadable {
        return Ok((Outcome::Error, Some(document.errors.join("; "))));
    }
    let rule = &case.rule.id;
    let found = document.findings.iter().find(|f| f.rule == *rule);
    let failure = match (case.wording, found) {
        (Wording::Fail, None) => format!("expected a finding of {rule}, got none"),
        (Wording::Pass, Some(finding)) => {
            let quotes: Vec<String> = finding
                .evidence
                .iter()
                .map(|e| format!("\"{}\"", e.quote))
                .collect();
            format!(
                "expected no finding of {rule}, got: {} {}",
                finding.message,
                quotes.join(" ")
            )
        }
        (Wording::Fail, Some(finding)) => match untranslated(checker, document, finding) {
            None => return Ok((Outcome::Passed, None)),
            Some(gaps) => format!("the finding of {rule} is not written in every language: {gaps}"),
        },
        _ => return Ok((Outcome::Passed, None)),
    };
    let facts = checker.facts(std::slice::from_ref(input), options)?;
    let summary = match facts.first() {
        Some(Ok(read)) => summary(&read.facts),
        Some(Err(error)) => error.to_string(),
        None => "no facts".to_string(),
    };
    Ok((
        Outcome::Failed,
        Some(format!("{failure}\nfacts: {summary}")),
    ))
}

/// What the catalogues lack to write a finding in each of their languages, on one line.
fn untranslated(checker: &Checker, document: &DocumentReport, finding: &Finding) -> Option<String> {
    let mut gaps = Vec::new();
    for lang in checker.languages() {
        let mut one = document.clone();
        one.findings = vec![finding.clone()];
        one.waived.clear();
        gaps.extend(checker.localize(&mut one, lang));
    }
    gaps.sort();
    gaps.dedup();
    (!gaps.is_empty()).then(|| gaps.join("; "))
}

/// The facts read, on one line: what a lawyer needs to see why a rule did or did not fire.
fn summary(facts: &Facts) -> String {
    let mut parts = Vec::new();
    let languages: Vec<&str> = facts
        .documents
        .iter()
        .filter_map(|d| d.language.as_deref())
        .collect();
    parts.push(format!(
        "language {}",
        if languages.is_empty() {
            "unknown".to_string()
        } else {
            languages.join(", ")
        }
    ));
    if facts.package.is_some() {
        let roles: Vec<String> = facts
            .documents
            .iter()
            .map(|d| format!("{} {}", d.name, d.role.name()))
            .collect();
        parts.push(format!("documents {}", roles.join(", ")));
    }
    if let Some(jurisdiction) = &facts.jurisdiction {
        parts.push(format!("jurisdiction {}", jurisdiction.country));
    }
    parts.push(format!("hosting {}", facts.hosting.scope.name()));
    let locations: Vec<String> = facts
        .hosting
        .locations
        .iter()
        .map(|l| {
            let scopes: Vec<&str> = l.scope.iter().map(|s| s.name()).collect();
            let outside = if l.outside { "outside " } else { "" };
            format!(
                "{outside}{} {} ({})",
                l.code,
                l.modality.name(),
                scopes.join(", ")
            )
        })
        .collect();
    let providers: Vec<String> = facts
        .providers
        .iter()
        .map(|p| {
            let product = p
                .product
                .as_deref()
                .map(|p| format!("/{p}"))
                .unwrap_or_default();
            let equivalent = if p.or_equivalent {
                " or equivalent"
            } else {
                ""
            };
            format!("{}{product} {}{equivalent}", p.provider, p.role.name())
        })
        .collect();
    let formats: Vec<String> = facts
        .formats
        .iter()
        .map(|f| format!("{} {}", f.format, f.role.name()))
        .collect();
    let certifications: Vec<String> = facts
        .certifications
        .iter()
        .map(|c| format!("{} {}", c.certification, c.role.name()))
        .collect();
    let clauses: Vec<&str> = facts.clauses.iter().map(|c| c.detail.kind()).collect();
    for (name, items) in [
        ("locations", locations),
        ("providers", providers),
        ("formats", formats),
        ("certifications", certifications),
        ("clauses", clauses.into_iter().map(str::to_string).collect()),
    ] {
        if !items.is_empty() {
            parts.push(format!("{name} {}", items.join("; ")));
        }
    }
    parts.join(" · ")
}
