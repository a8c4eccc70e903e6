//! Stage benchmarks inside the process: reading text into a document, and extracting facts,
//! for synthetic tenders of 10, 100 and 300 pages made from the fixture texts. Prints medians
//! and the cost per page, so that linear growth shows. `-- --quick` runs few iterations (CI).

use std::time::{Duration, Instant};

use tenderlint::deadline::Deadline;
use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestOptions, Source, ingest_bytes};
use tenderlint::policy::PolicySet;

/// Fixture sources: tender text written for the project.
const SOURCES: [&str; 5] = [
    include_str!("../fixtures/src/fr_cctp_suite_collaborative.tl"),
    include_str!("../fixtures/src/en_rfp_research_data_platform.tl"),
    include_str!("../fixtures/src/de_leistungsbeschreibung_fachverfahren.tl"),
    include_str!("../fixtures/src/de_kurzfassung_dateiaustausch.txt"),
    include_str!("../fixtures/src/fr_avis_relation_usagers.txt"),
];

/// Words on a page of a typical tender.
const WORDS_PER_PAGE: usize = 450;

/// A plain-text tender of `pages` pages (form feeds between pages), cycling through the sources.
fn synthetic(pages: usize) -> String {
    // The .tl markup ("# ", "= ", "- ", tables) is dropped: the result is plain text.
    let paragraphs: Vec<String> = SOURCES
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| l.split_whitespace().count() > 3 && !l.starts_with('|'))
        .map(|l| l.trim_start_matches(['#', '=', '-', ' ']).to_string())
        .collect();
    let mut out = String::new();
    let mut index = 0;
    for page in 0..pages {
        if page > 0 {
            out.push('\u{0C}');
        }
        let mut words = 0;
        while words < WORDS_PER_PAGE {
            let paragraph = &paragraphs[index % paragraphs.len()];
            index += 1;
            words += paragraph.split_whitespace().count();
            out.push_str(paragraph);
            out.push_str("\n\n");
        }
    }
    out
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(iterations: usize, mut f: impl FnMut()) -> Duration {
    f();
    median(
        (0..iterations)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let reference = ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}"));
    let start = Instant::now();
    let extractor = Extractor::new(&reference);
    println!(
        "extractor built in {:.1} ms (gazetteers compiled once per process)",
        start.elapsed().as_secs_f64() * 1e3
    );
    println!(
        "{:>6} {:>12} {:>14} {:>12} {:>14}",
        "pages", "read (ms)", "read µs/page", "facts (ms)", "facts µs/page"
    );
    let mut per_page = Vec::new();
    for pages in [10usize, 100, 300] {
        let text = synthetic(pages);
        let iterations = if quick {
            2
        } else if pages >= 300 {
            11
        } else {
            31
        };
        let options = IngestOptions::default();
        let source = Source {
            name: "synthetic.txt",
            bytes: text.as_bytes(),
        };
        let document = ingest_bytes(source, &options).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(document.pages, Some(pages as u32));
        let read = measure(iterations, || {
            std::hint::black_box(ingest_bytes(source, &options).ok());
        });
        let facts = measure(iterations, || {
            std::hint::black_box(extractor.extract(&document, &Deadline::none()).ok());
        });
        let read_per_page = read.as_secs_f64() * 1e6 / pages as f64;
        let facts_per_page = facts.as_secs_f64() * 1e6 / pages as f64;
        per_page.push(facts_per_page);
        println!(
            "{pages:>6} {:>12.2} {read_per_page:>14.1} {:>12.2} {facts_per_page:>14.1}",
            read.as_secs_f64() * 1e3,
            facts.as_secs_f64() * 1e3
        );
    }
    if let (Some(first), Some(last)) = (per_page.first(), per_page.last()) {
        println!(
            "facts cost per page, 300 pages vs 10 pages: {:.2}× (1.0 = linear)",
            last / first
        );
    }
    policy_evaluation(&extractor, quick);
}

/// The sovereignty pack on the facts of the French fixture: one evaluation of every rule set
/// (a register VM loaded with the compiled program, the data and the input, run), then, as the
/// pipeline does it, with the scorecard too, and that by the interpreter.
fn policy_evaluation(extractor: &Extractor, quick: bool) {
    let policies = PolicySet::bundled().unwrap_or_else(|e| panic!("{e}"));
    let bytes = include_bytes!("../fixtures/fr_cctp_suite_collaborative.odt");
    let source = Source {
        name: "fr_cctp_suite_collaborative.odt",
        bytes,
    };
    let document =
        ingest_bytes(source, &IngestOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let facts = extractor
        .extract(&document, &Deadline::none())
        .unwrap_or_else(|e| panic!("{e}"));
    let findings = policies
        .evaluate(&facts, "eu", tenderlint::pipeline::today())
        .map(|f| f.len())
        .unwrap_or_default();
    let iterations = if quick { 5 } else { 201 };
    let median = measure(iterations, || {
        std::hint::black_box(
            policies
                .evaluate(&facts, "eu", tenderlint::pipeline::today())
                .ok(),
        );
    });
    // A parseable line for bench/run.sh, which compares with OPA on the same facts.
    let micros = median.as_secs_f64() * 1e6;
    println!(
        "policy evaluation: {findings} findings, median {micros:.1} µs (POLICY_EVAL_US={micros:.1})"
    );
    // What a check pays: the same query with the scorecard appended (OPA is not asked for it),
    // by the register VM and by the interpreter, which evaluations ran before it.
    let judging = |interpreter: bool| {
        measure(iterations, || {
            let today = tenderlint::pipeline::today();
            std::hint::black_box(if interpreter {
                policies.judge_interpreted(&facts, "eu", today).ok()
            } else {
                policies.judge(&facts, "eu", today).ok()
            });
        })
    };
    let (judged, interpreted) = (judging(false), judging(true));
    println!(
        "judgement with the scorecard: median {:.1} µs",
        judged.as_secs_f64() * 1e6
    );
    println!(
        "judgement with the scorecard, interpreter: median {:.1} µs ({:.2}× the register VM's time)",
        interpreted.as_secs_f64() * 1e6,
        interpreted.as_secs_f64() / judged.as_secs_f64()
    );
}
