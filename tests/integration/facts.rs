//! The fact extractor, measured: precision and recall per kind of fact on a labelled set of
//! sentences in French, English and German, with hard negatives; snapshots of the facts of
//! every fixture; the facts schema.

use std::collections::{BTreeMap, BTreeSet};

use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestOptions, Source, ingest_bytes};
use tenderlint::model::{ClauseDetail, DataScope, Facts, HostingScope};
use tenderlint::report;

use crate::{TENDERS, read_fixture};

fn extractor() -> Extractor {
    Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")))
}

/// The fact keys of `tests/labelled/sentences.txt` for what the extractor found.
fn keys(facts: &Facts) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    match facts.hosting.scope {
        HostingScope::Included => {
            keys.insert("hosting:included".to_string());
        }
        HostingScope::Excluded => {
            keys.insert("hosting:excluded".to_string());
        }
        HostingScope::Unknown => {}
    }
    for l in &facts.hosting.locations {
        let mut scopes: Vec<String> = l
            .scope
            .iter()
            .map(|s| DataScope::name(*s).to_string())
            .collect();
        scopes.sort();
        let outside = if l.outside { "!" } else { "" };
        keys.insert(format!(
            "loc:{outside}{}:{}:{}",
            l.code,
            l.modality.name(),
            scopes.join("+")
        ));
    }
    for p in &facts.providers {
        let id = p.product.as_ref().unwrap_or(&p.provider);
        let mut key = format!("brand:{id}:{}", p.role.name());
        if p.or_equivalent {
            key.push_str(":eq");
        }
        if p.compatibility {
            key.push_str(":compat");
        }
        keys.insert(key);
    }
    for f in &facts.formats {
        let only = if f.exclusive { ":only" } else { "" };
        keys.insert(format!("format:{}:{}{only}", f.format, f.role.name()));
    }
    for c in &facts.certifications {
        keys.insert(format!("cert:{}:{}", c.certification, c.role.name()));
    }
    for clause in &facts.clauses {
        match &clause.detail {
            ClauseDetail::Reversibility {
                on_quote,
                deadline_days,
                open_formats,
                exit_plan,
                deletion,
            } => {
                let mut key = "reversibility".to_string();
                if *on_quote {
                    key.push_str(":quote");
                }
                if let Some(days) = deadline_days {
                    key.push_str(&format!(":{days}d"));
                }
                for (on, name) in [
                    (open_formats, ":open"),
                    (exit_plan, ":plan"),
                    (deletion, ":delete"),
                ] {
                    if *on {
                        key.push_str(name);
                    }
                }
                keys.insert(key);
            }
            ClauseDetail::ExitFees { charged } => {
                keys.insert(format!(
                    "exit_fees:{}",
                    if *charged { "charged" } else { "none" }
                ));
            }
            ClauseDetail::KeyControl { holder, .. } => {
                keys.insert(format!(
                    "keys:{}",
                    serde_json::to_value(holder)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default()
                ));
            }
            ClauseDetail::Subprocessors {
                worldwide,
                approval_required,
                listed,
                affiliates,
            } => {
                let mut key = "subprocessors".to_string();
                for (on, name) in [
                    (worldwide, ":worldwide"),
                    (approval_required, ":approval"),
                    (listed, ":listed"),
                    (affiliates, ":affiliates"),
                ] {
                    if *on {
                        key.push_str(name);
                    }
                }
                keys.insert(key);
            }
            ClauseDetail::Transfer { allowed, bases, .. } => {
                let mut names: Vec<&str> = bases.iter().map(|b| b.name()).collect();
                names.sort();
                let mut key = format!(
                    "transfer:{}",
                    if *allowed { "allowed" } else { "forbidden" }
                );
                if !names.is_empty() {
                    key.push(':');
                    key.push_str(&names.join("+"));
                }
                keys.insert(key);
            }
            ClauseDetail::Immunity { stance } => {
                keys.insert(format!("immunity:{}", stance.name()));
            }
            ClauseDetail::SanctionsSuspension => {
                keys.insert("sanctions".to_string());
            }
            ClauseDetail::OpenSource { stance } => {
                keys.insert(format!("open_source:{}", stance.name()));
            }
            ClauseDetail::DataSensitivity { categories } => {
                for category in categories {
                    keys.insert(format!("sensitivity:{}", category.name()));
                }
            }
        }
    }
    keys
}

/// The kind a fact key measures: its first word, with the clause kinds on their own.
fn kind(key: &str) -> String {
    let first = key.split(':').next().unwrap_or(key);
    match first {
        "loc" => "location".to_string(),
        "cert" => "certification".to_string(),
        other => other.to_string(),
    }
}

struct Labelled {
    line: usize,
    language: String,
    sentence: String,
    expected: BTreeSet<String>,
}

fn labelled() -> Vec<Labelled> {
    let text = include_str!("../labelled/sentences.txt");
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(index, line)| {
            let parts: Vec<&str> = line.splitn(3, '|').map(str::trim).collect();
            assert_eq!(parts.len(), 3, "line {}: three fields expected", index + 1);
            Labelled {
                line: index + 1,
                language: parts[0].to_string(),
                sentence: parts[1].to_string(),
                expected: parts[2]
                    .split(';')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(String::from)
                    .collect(),
            }
        })
        .collect()
}

#[test]
fn precision_and_recall_per_kind_of_fact() {
    let extractor = extractor();
    let cases = labelled();
    assert!(
        cases.len() >= 150,
        "only {} labelled sentences",
        cases.len()
    );
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    let mut mistakes = Vec::new();
    for case in &cases {
        *languages.entry(case.language.clone()).or_default() += 1;
        let source = Source {
            name: "sentence.txt",
            bytes: case.sentence.as_bytes(),
        };
        let document = ingest_bytes(source, &IngestOptions::default())
            .unwrap_or_else(|e| panic!("line {}: {e}", case.line));
        let got = keys(&extractor.extract(&document));
        for key in got.union(&case.expected) {
            let entry = counts.entry(kind(key)).or_default();
            match (got.contains(key), case.expected.contains(key)) {
                (true, true) => entry.0 += 1,
                (true, false) => {
                    entry.1 += 1;
                    mistakes.push(format!(
                        "line {} false positive {key}: {}",
                        case.line, case.sentence
                    ));
                }
                (false, true) => {
                    entry.2 += 1;
                    mistakes.push(format!(
                        "line {} missed {key}: {}",
                        case.line, case.sentence
                    ));
                }
                (false, false) => {}
            }
        }
    }
    println!("{} sentences: {languages:?}", cases.len());
    println!(
        "{:<16} {:>5} {:>5} {:>5} {:>9} {:>7}",
        "kind", "tp", "fp", "fn", "precision", "recall"
    );
    let mut failures = Vec::new();
    for (kind, (tp, fp, fn_)) in &counts {
        let precision = *tp as f64 / (tp + fp).max(1) as f64;
        let recall = *tp as f64 / (tp + fn_).max(1) as f64;
        println!("{kind:<16} {tp:>5} {fp:>5} {fn_:>5} {precision:>9.3} {recall:>7.3}");
        if precision < 0.90 || recall < 0.85 {
            failures.push(format!(
                "{kind}: precision {precision:.3}, recall {recall:.3}"
            ));
        }
    }
    for mistake in &mistakes {
        println!("{mistake}");
    }
    assert!(
        failures.is_empty(),
        "below precision 0.90 or recall 0.85: {failures:?}"
    );
}

#[test]
fn fixture_facts_match_their_snapshots() {
    let extractor = extractor();
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let facts = extractor.extract(&document);
        insta::assert_snapshot!(
            format!("facts_{}", name.replace('.', "_")),
            report::facts::to_text(&facts)
        );
    }
}

#[test]
fn every_fixture_s_facts_follow_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/facts.schema.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    let validator =
        jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("invalid schema: {e}"));
    let extractor = extractor();
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let facts =
            serde_json::to_value(extractor.extract(&document)).unwrap_or_else(|e| panic!("{e}"));
        let errors: Vec<String> = validator
            .iter_errors(&facts)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    // The schema is strict enough to catch a wrong value.
    let document =
        read_fixture("fr_cctp_suite_collaborative.odt").unwrap_or_else(|e| panic!("{e}"));
    let mut facts =
        serde_json::to_value(extractor.extract(&document)).unwrap_or_else(|e| panic!("{e}"));
    facts["providers"][0]["role"] = serde_json::Value::from("compulsory");
    assert!(!validator.is_valid(&facts));
}

#[test]
fn evidence_quotes_the_sentence_at_its_offsets() {
    let extractor = extractor();
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let text: Vec<char> = document.text().chars().collect();
        let facts =
            serde_json::to_value(extractor.extract(&document)).unwrap_or_else(|e| panic!("{e}"));
        let mut evidences = Vec::new();
        collect_evidence(&facts, &mut evidences);
        assert!(!evidences.is_empty(), "{name}: no evidence");
        for evidence in evidences {
            let start = evidence["start"].as_u64().unwrap_or(0) as usize;
            let end = evidence["end"].as_u64().unwrap_or(0) as usize;
            let slice: String = text[start..end].iter().collect();
            assert_eq!(Some(slice.as_str()), evidence["quote"].as_str(), "{name}");
        }
    }
}

fn collect_evidence<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("quote") && map.contains_key("start") {
                out.push(value);
            }
            map.values().for_each(|v| collect_evidence(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_evidence(v, out)),
        _ => {}
    }
}
