//! The fact extractor measured on labelled sentences: what a careful lawyer reads in each.
//!
//! - `tests/labelled/sentences.txt` (v1, fr/en/de and a few es/it/nl): the set the first version
//!   was tuned on; kept as a regression guard.
//! - `tests/labelled/dev/*.txt` and `tests/labelled/heldout/*.txt` (v2, six languages, with the
//!   heading a sentence stands under as context): split once; the extractor is tuned on the
//!   development part only. The held-out part measures generalisation and is never tuned on.
//!
//! `cargo test --test integration labelled -- --nocapture` prints precision and recall per kind.

use std::collections::{BTreeMap, BTreeSet};

use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestOptions, Source, ingest_bytes};
use tenderlint::model::{ClauseDetail, DataScope, Facts, HostingScope};

fn extractor() -> Extractor {
    Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")))
}

/// The fact keys of the labelled sets for what the extractor found.
pub(crate) fn keys(facts: &Facts) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    if facts.hosting.scope != HostingScope::Unknown {
        keys.insert(format!("hosting:{}", facts.hosting.scope.name()));
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
        if p.justification.is_some() {
            key.push_str(":justified");
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
                // Not labelled: the sentences were labelled before the field existed.
                machine_readable: _,
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
            ClauseDetail::ExitFees {
                charged,
                cost_based,
                ..
            } => {
                let mut key = format!("exit_fees:{}", if *charged { "charged" } else { "none" });
                if *cost_based {
                    key.push_str(":at_cost");
                }
                keys.insert(key);
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
            ClauseDetail::SourceCode { stance } => {
                keys.insert(format!("source_code:{}", stance.name()));
            }
            ClauseDetail::OpenSource { stance } => {
                keys.insert(format!("open_source:{}", stance.name()));
            }
            ClauseDetail::DataSensitivity { categories } => {
                for category in categories {
                    keys.insert(format!("sensitivity:{}", category.name()));
                }
            }
            ClauseDetail::GovernmentAccess {
                notify,
                contest,
                stance,
            } => {
                keys.insert(flagged(
                    &format!("government_access:{}", stance.name()),
                    &[(*notify, ":notify"), (*contest, ":contest")],
                ));
            }
            ClauseDetail::ChangeOfControl {
                notify,
                approval,
                termination,
                stance,
            } => {
                keys.insert(flagged(
                    &format!("change_of_control:{}", stance.name()),
                    &[
                        (*notify, ":notify"),
                        (*approval, ":approval"),
                        (*termination, ":termination"),
                    ],
                ));
            }
            ClauseDetail::ProcessingTerms { stance } => {
                keys.insert(format!("processing_terms:{}", stance.name()));
            }
            ClauseDetail::AuditRight {
                reports_only,
                stance,
            } => {
                keys.insert(flagged(
                    &format!("audit:{}", stance.name()),
                    &[(*reports_only, ":reports")],
                ));
            }
            ClauseDetail::Telemetry { limited, stance } => {
                keys.insert(flagged(
                    &format!("telemetry:{}", stance.name()),
                    &[(*limited, ":limited")],
                ));
            }
            ClauseDetail::DataUse {
                ai_training,
                stance,
            } => {
                keys.insert(flagged(
                    &format!("data_use:{}", stance.name()),
                    &[(*ai_training, ":ai")],
                ));
            }
        }
    }
    keys
}

/// A key with the names of the flags that are set, in the order given.
fn flagged(key: &str, flags: &[(bool, &str)]) -> String {
    let mut key = key.to_string();
    for (on, name) in flags {
        if *on {
            key.push_str(name);
        }
    }
    key
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

/// One labelled sentence.
#[derive(Clone)]
struct Labelled {
    /// `file:line`, for messages.
    place: String,
    language: String,
    sentence: String,
    expected: BTreeSet<String>,
    /// The heading the sentence stands under, when the label depends on it.
    context: Option<String>,
    /// The batch the sentence was written in ("v2" for the first set; "v3", "v4"… from the
    /// `## Batch vN` or `## Held-out batch vN` heading it stands under), so that each batch's
    /// figure can be read apart from the rest.
    batch: String,
}

/// Reads a labelled file: `LANG | SENTENCE | FACTS [| CONTEXT]`, `#` comments.
fn parse(file: &str, text: &str) -> Vec<Labelled> {
    let mut batch = String::from("v2");
    let mut cases = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if let Some(named) = batch_named(line) {
            batch = named;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let place = format!("{file}:{}", index + 1);
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        assert!(
            (3..=4).contains(&parts.len()),
            "{place}: three or four fields expected"
        );
        cases.push(Labelled {
            place,
            language: parts[0].to_string(),
            sentence: parts[1].to_string(),
            expected: parts[2]
                .split(';')
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(String::from)
                .collect(),
            context: parts
                .get(3)
                .filter(|c| !c.is_empty())
                .map(|c| c.to_string()),
            batch: batch.clone(),
        });
    }
    cases
}

/// The batch a heading opens: "## Batch v5: …", "## Held-out batch v3: …".
fn batch_named(line: &str) -> Option<String> {
    let heading = line.strip_prefix("## ")?.to_lowercase();
    let rest = heading
        .strip_prefix("batch v")
        .or_else(|| heading.strip_prefix("held-out batch v"))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty()).then(|| format!("v{digits}"))
}

/// Each batch's precision and recall over every kind, one line each: the figure of a batch
/// written blind stays readable after its part has grown.
fn batch_lines(extractor: &Extractor, part: &str, cases: &[Labelled]) {
    let batches: BTreeSet<&str> = cases.iter().map(|c| c.batch.as_str()).collect();
    for batch in batches {
        let subset: Vec<Labelled> = cases.iter().filter(|c| c.batch == batch).cloned().collect();
        let (counts, _) = measure(extractor, &subset);
        let all = counts.values().fold(Counts::default(), |sum, c| Counts {
            tp: sum.tp + c.tp,
            fp: sum.fp + c.fp,
            fn_: sum.fn_ + c.fn_,
        });
        println!(
            "{part} batch {batch}: {} sentences, precision {:.3}, recall {:.3}",
            subset.len(),
            all.precision(),
            all.recall()
        );
    }
}

/// The stances a clause key may carry.
const MODALITIES: [&str; 7] = [
    "required",
    "preferred",
    "allowed",
    "sufficient",
    "not_required",
    "mentioned",
    "excluded",
];

const LANGUAGES: [&str; 6] = ["fr", "en", "de", "es", "it", "nl"];

fn v2_part(part: &str) -> Vec<Labelled> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/labelled")
        .join(part);
    LANGUAGES
        .iter()
        .flat_map(|language| {
            let path = dir.join(format!("{language}.txt"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let cases = parse(&format!("{part}/{language}.txt"), &text);
            for case in &cases {
                assert_eq!(&case.language, language, "{}", case.place);
            }
            cases
        })
        .collect()
}

fn v1() -> Vec<Labelled> {
    parse("sentences.txt", include_str!("../labelled/sentences.txt"))
}

/// True, false and missed facts of one kind.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

/// Extracts every sentence (under its heading when it has one) and compares with the labels.
fn measure(extractor: &Extractor, cases: &[Labelled]) -> (BTreeMap<String, Counts>, Vec<String>) {
    let mut counts: BTreeMap<String, Counts> = BTreeMap::new();
    let mut mistakes = Vec::new();
    for case in cases {
        let (name, text) = match &case.context {
            Some(heading) => ("sentence.md", format!("# {heading}\n\n{}\n", case.sentence)),
            None => ("sentence.txt", case.sentence.clone()),
        };
        let source = Source {
            name,
            bytes: text.as_bytes(),
        };
        let document = ingest_bytes(source, &IngestOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", case.place));
        let got = keys(&crate::facts_of(extractor, &document));
        for key in got.union(&case.expected) {
            let entry = counts.entry(kind(key)).or_default();
            match (got.contains(key), case.expected.contains(key)) {
                (true, true) => entry.tp += 1,
                (true, false) => {
                    entry.fp += 1;
                    mistakes.push(format!(
                        "{} false positive {key}: {}",
                        case.place, case.sentence
                    ));
                }
                (false, true) => {
                    entry.fn_ += 1;
                    mistakes.push(format!("{} missed {key}: {}", case.place, case.sentence));
                }
                (false, false) => {}
            }
        }
    }
    (counts, mistakes)
}

fn table(title: &str, cases: &[Labelled], counts: &BTreeMap<String, Counts>) -> Counts {
    let mut languages: BTreeMap<&str, usize> = BTreeMap::new();
    for case in cases {
        *languages.entry(case.language.as_str()).or_default() += 1;
    }
    println!("\n{title}: {} sentences {languages:?}", cases.len());
    println!(
        "{:<16} {:>5} {:>5} {:>5} {:>9} {:>7}",
        "kind", "tp", "fp", "fn", "precision", "recall"
    );
    let mut all = Counts::default();
    for (kind, c) in counts {
        println!(
            "{kind:<16} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}",
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall()
        );
        all.tp += c.tp;
        all.fp += c.fp;
        all.fn_ += c.fn_;
    }
    println!(
        "{:<16} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}",
        "all",
        all.tp,
        all.fp,
        all.fn_,
        all.precision(),
        all.recall()
    );
    all
}

#[test]
fn the_v2_set_is_well_formed_and_split_once() {
    let reference = ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}"));
    let (dev, held_out) = (v2_part("dev"), v2_part("heldout"));
    for language in LANGUAGES {
        let n = dev
            .iter()
            .chain(&held_out)
            .filter(|c| c.language == language)
            .count();
        let minimum = if ["fr", "en", "de"].contains(&language) {
            120
        } else {
            50
        };
        assert!(
            n >= minimum,
            "{language}: {n} sentences, at least {minimum} expected"
        );
    }
    assert!(
        held_out.len() * 3 >= (dev.len() + held_out.len()),
        "the held-out part must be at least a third: {} of {}",
        held_out.len(),
        dev.len() + held_out.len()
    );
    let brands: BTreeSet<&str> = reference
        .providers
        .iter()
        .flat_map(|p| {
            std::iter::once(p.id.as_str()).chain(p.products.iter().map(|x| x.id.as_str()))
        })
        .collect();
    let formats: BTreeSet<&str> = reference.formats.iter().map(|f| f.id.as_str()).collect();
    let certifications: BTreeSet<&str> = reference
        .certifications
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let sentences: BTreeSet<&str> = dev.iter().map(|c| c.sentence.as_str()).collect();
    for case in dev.iter().chain(&held_out) {
        for key in &case.expected {
            let parts: Vec<&str> = key.split(':').collect();
            let known = match parts[0] {
                "brand" => brands.contains(parts.get(1).copied().unwrap_or_default()),
                "format" => formats.contains(parts.get(1).copied().unwrap_or_default()),
                "cert" => certifications.contains(parts.get(1).copied().unwrap_or_default()),
                "hosting" => matches!(
                    parts.get(1).copied(),
                    Some("procured" | "excluded" | "buyer_provided" | "on_premises")
                ),
                "loc" | "reversibility" | "exit_fees" | "keys" | "subprocessors" | "transfer"
                | "immunity" | "sanctions" | "open_source" | "source_code" | "sensitivity" => true,
                "government_access" | "change_of_control" | "processing_terms" | "audit"
                | "telemetry" | "data_use" => parts
                    .get(1)
                    .is_some_and(|stance| MODALITIES.contains(stance)),
                _ => false,
            };
            assert!(known, "{}: unknown fact key {key}", case.place);
        }
    }
    for case in &held_out {
        assert!(
            !sentences.contains(case.sentence.as_str()),
            "{}: the sentence is also in the development part",
            case.place
        );
    }
}

#[test]
fn v1_set_keeps_its_precision_and_recall() {
    let cases = v1();
    assert!(cases.len() >= 250, "only {} v1 sentences", cases.len());
    let (counts, mistakes) = measure(&extractor(), &cases);
    table("v1 (tuned on)", &cases, &counts);
    for mistake in &mistakes {
        println!("{mistake}");
    }
    let below: Vec<String> = counts
        .iter()
        .filter(|(_, c)| c.precision() < 0.90 || c.recall() < 0.85)
        .map(|(kind, c)| {
            format!(
                "{kind}: precision {:.3}, recall {:.3}",
                c.precision(),
                c.recall()
            )
        })
        .collect();
    assert!(
        below.is_empty(),
        "below precision 0.90 or recall 0.85: {below:?}"
    );
}

#[test]
fn v2_development_and_held_out_parts() {
    let extractor = extractor();
    let dev = v2_part("dev");
    let (dev_counts, mistakes) = measure(&extractor, &dev);
    let dev_all = table("v2 development part", &dev, &dev_counts);
    for mistake in &mistakes {
        println!("{mistake}");
    }
    let held_out = v2_part("heldout");
    let (held_counts, _) = measure(&extractor, &held_out);
    // The held-out part's individual mistakes are not printed: reading them is tuning on them.
    let held_all = table("v2 held-out part", &held_out, &held_counts);
    println!();
    batch_lines(&extractor, "development", &dev);
    batch_lines(&extractor, "held-out", &held_out);
    assert!(
        dev_all.precision() >= DEV_FLOOR.0 && dev_all.recall() >= DEV_FLOOR.1,
        "development part fell to precision {:.3}, recall {:.3}",
        dev_all.precision(),
        dev_all.recall()
    );
    assert!(
        held_all.precision() >= HELD_OUT_FLOOR.0 && held_all.recall() >= HELD_OUT_FLOOR.1,
        "held-out part fell to precision {:.3}, recall {:.3}",
        held_all.precision(),
        held_all.recall()
    );
}

/// Floors under the measured figures (precision, recall over every kind): a change that loses
/// ground fails here. Raise them as the extractor improves; never lower them to pass.
/// Measured on 2026-12-01: development 0.889 / 0.841, held-out 0.757 / 0.617 (first
/// measurement 0.681 / 0.593 and 0.674 / 0.549). On 2026-12-02, with the provider's duties
/// (authority requests, change of control, art. 28 terms, audit, telemetry, data use):
/// development 0.904 / 0.866 (with main's own dev sentences since), held-out 0.781 / 0.657.
/// On 2026-12-03 both parts grew by sentences written blind (batch v3: 180 development, 100
/// held-out, appended unread). The held-out floor follows the larger set, not a loss: on its
/// 483 earlier sentences the held-out part rose from 0.778 / 0.677 to 0.789 / 0.692; on all
/// 583, 0.769 / 0.665. The 180 development sentences measured 0.642 / 0.506 before any tuning.
/// Then batch v4 (120 development, 60 held-out, on places, hosting scope and brands): before
/// any tuning 0.621 / 0.533 and 0.557 / 0.466; all 643 held-out sentences 0.747 / 0.644, and
/// 0.753 / 0.648 after the fixes the development sentences led to. A review of those fixes
/// then narrowed the patterns that would have made wrong findings on ordinary sentences
/// ("for the number of full-time equivalent staff" read as "or equivalent", helpdesk
/// assistance "until the end of the contract" read as exit assistance): 0.750 / 0.642. The
/// floor is set under that: a finding a lawyer would not sign costs more than a fact missed.
/// On 2026-12-04 batch v5 (157 development, 84 held-out, on exits, sub-processors, keys, two
/// places with two modalities, hosting scope and brands) measured 0.683 / 0.540 and 0.597 /
/// 0.484 before any tuning; appended, the parts read 0.880 / 0.835 and 0.733 / 0.624, and
/// 0.885 / 0.840 and 0.738 / 0.629 after the first fixes; at the end of that day, after a
/// review narrowed the day's patterns, 0.908 / 0.870 and 0.747 / 0.638 (the test prints each
/// batch's figure too).
const DEV_FLOOR: (f64, f64) = (0.89, 0.85);
const HELD_OUT_FLOOR: (f64, f64) = (0.74, 0.63);
