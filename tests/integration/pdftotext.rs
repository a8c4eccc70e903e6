//! Our PDF reading against poppler's `pdftotext`, word by word: at least 95 % of its words must
//! come out in the same order, so that broken word order or lost accents show.

use std::process::Command;

use tenderlint::ingest::normalize;
use tenderlint::model::BlockKind;

use crate::{TENDERS, fixtures, read_fixture};

/// Length of the longest common subsequence of two word lists.
pub fn common_in_order(a: &[String], b: &[String]) -> usize {
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for word in a {
        for (j, other) in b.iter().enumerate() {
            current[j + 1] = if word == other {
                previous[j] + 1
            } else {
                current[j].max(previous[j + 1])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// Words as both sides should see them: normalised, bullets left out (we drop them from list
/// items; they are not words).
fn words(text: &str) -> Vec<String> {
    normalize(text)
        .split_whitespace()
        .filter(|w| !matches!(*w, "•" | "–" | "-"))
        .map(str::to_string)
        .collect()
}

fn key(text: &str) -> String {
    text.chars().filter(|c| c.is_alphabetic()).collect()
}

#[test]
fn pdf_words_agree_with_pdftotext() {
    for (name, format, _) in TENDERS.iter().filter(|(_, format, _)| *format == "pdf") {
        let path = fixtures().join(name);
        let output = Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&path)
            .arg("-")
            .output()
            .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed for this test: {e}"));
        assert!(output.status.success(), "pdftotext failed on {name}");
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        // Running headers and footers stand once in our text and on every page in poppler's.
        let running: Vec<String> = document
            .blocks
            .iter()
            .filter(|b| matches!(b.kind, BlockKind::Header | BlockKind::Footer))
            .map(|b| key(&b.text))
            .collect();
        let theirs_text: String = String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter(|line| !running.contains(&key(line)))
            .collect::<Vec<_>>()
            .join("\n");
        let ours_text: String = document
            .blocks
            .iter()
            .filter(|b| !matches!(b.kind, BlockKind::Header | BlockKind::Footer))
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let theirs = words(&theirs_text);
        let ours = words(&ours_text);
        let common = common_in_order(&ours, &theirs);
        let recall = common as f64 / theirs.len() as f64;
        let precision = common as f64 / ours.len() as f64;
        println!(
            "{name} ({format}): {} words, {recall:.3} of pdftotext's in order, {precision:.3} of ours",
            ours.len()
        );
        assert!(
            recall >= 0.95,
            "{name}: only {recall:.3} of pdftotext's words in the same order"
        );
        assert!(
            precision >= 0.95,
            "{name}: only {precision:.3} of our words are pdftotext's, in order"
        );
    }
}

#[test]
fn common_in_order_counts_the_longest_common_subsequence() {
    let a: Vec<String> = "a b c d e".split(' ').map(str::to_string).collect();
    let b: Vec<String> = "a c b d f e".split(' ').map(str::to_string).collect();
    assert_eq!(common_in_order(&a, &b), 4);
}
