//! Worst shapes of input, from 1 MB to 50 MB: reading and fact extraction must take time
//! proportional to the size (flat time per MB) whatever the shape. Shapes: one sentence
//! without a full stop, one table cell, a table read as one run of pipes, nesting as deep as
//! accepted (1 000 levels, again and again), and a million tiny blocks. The text budget is raised so that the large sizes are read, not
//! refused. `-- --quick` measures 1 and 2 MB only (CI proves the harness runs).

use std::time::Instant;

use tenderlint::deadline::Deadline;
use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestOptions, Source, ingest_bytes};

#[path = "../tests/common/shapes.rs"]
mod shapes;
use shapes::endless_sentence;

const MB: usize = 1_000_000;

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

/// One input of about `bytes` bytes in a shape: its file name (the format is detected from
/// the bytes, the name tells Markdown) and its contents.
fn shape(name: &str, bytes: usize) -> (String, String) {
    match name {
        "one sentence" => ("sentence.txt".into(), endless_sentence(bytes)),
        "one table cell" => (
            "cell.html".into(),
            format!(
                "<table><tr><td>{}</td></tr></table>",
                endless_sentence(bytes)
            ),
        ),
        "pipe table" => (
            "table.md".into(),
            repeat_to("| AWS | Azure | Google |\n", bytes),
        ),
        // Nested as deep as the readers accept (deeper is refused at once), again and again.
        "deep nesting" => {
            let depth = 1000;
            let unit = format!("{}AWS{}", "<div>".repeat(depth), "</div>".repeat(depth));
            ("deep.html".into(), repeat_to(&unit, bytes))
        }
        _ => (
            "blocks.txt".into(),
            repeat_to("Hosting in France.\n\n", bytes),
        ),
    }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let sizes: &[usize] = if quick { &[1, 2] } else { &[1, 5, 10, 25, 50] };
    let extractor = Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")));
    let options = IngestOptions {
        max_text_chars: 64 * 1024 * 1024,
        max_blocks: 8_000_000,
        ..IngestOptions::default()
    };
    println!(
        "{:<16} {:>6} {:>10} {:>10}  outcome",
        "shape", "MB", "seconds", "s per MB"
    );
    for name in [
        "one sentence",
        "one table cell",
        "pipe table",
        "deep nesting",
        "tiny blocks",
    ] {
        let mut per_mb = Vec::new();
        for &size in sizes {
            let (file, text) = shape(name, size * MB);
            let start = Instant::now();
            let outcome = match ingest_bytes(
                Source {
                    name: &file,
                    bytes: text.as_bytes(),
                },
                &options,
            ) {
                Ok(document) => match extractor.extract(&document, &Deadline::none()) {
                    Ok(facts) => format!(
                        "{} blocks, {} provider facts",
                        document.blocks.len(),
                        facts.providers.len()
                    ),
                    Err(error) => error.to_string(),
                },
                Err(error) => error.error.to_string(),
            };
            let seconds = start.elapsed().as_secs_f64();
            per_mb.push(seconds / size as f64);
            println!(
                "{name:<16} {size:>6} {seconds:>10.2} {:>10.3}  {}",
                seconds / size as f64,
                outcome.chars().take(70).collect::<String>()
            );
        }
        if let (Some(first), Some(last)) = (per_mb.first(), per_mb.last()) {
            println!(
                "{name:<16} time per MB, largest vs smallest: {:.2}× (1.0 = linear)",
                last / first
            );
        }
    }
}
