//! Running headers and footers: lines in the top or bottom margin that repeat from page to
//! page, and page numbers. They are kept once, apart from the body, so they neither break
//! paragraphs nor count as the tender's text.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{PageText, ReadPage};

/// "Page 3", "3 / 12", "- 3 -", "Seite 3 von 12", "p. 3"…: page numbers in the margins.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::constant(
        r"(?i)^(?:(?:page|seite|pagina|página|blz\.?|p\.)\s*)?[-–—]?\s*[0-9]{1,4}\s*[-–—]?(?:\s*(?:/|sur|of|von|de|di|van)\s*[0-9]{1,4})?$",
    )
});

/// The key under which running lines repeat: digits and case do not count.
pub(super) fn running_key(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How far from the top or bottom edge a running header or footer may stand.
const MARGIN_FRACTION: f64 = 0.12;

/// Which lines of which pages are running headers (true) or footers (false): lines in the top or
/// bottom margin whose text repeats on several pages, and page numbers.
pub(super) fn find_running(pages: &[ReadPage]) -> HashMap<(usize, usize), bool> {
    let mut candidates: Vec<(usize, usize, bool, String)> = Vec::new();
    for (page_index, read_page) in pages.iter().enumerate() {
        let PageText::Placed { lines, height } = &read_page.text else {
            continue;
        };
        if *height <= 0.0 {
            continue;
        }
        for (line_index, line) in lines.iter().enumerate() {
            let top = line.y < height * MARGIN_FRACTION;
            let bottom = line.y > height * (1.0 - MARGIN_FRACTION);
            if top || bottom {
                candidates.push((page_index, line_index, top, running_key(&line.text)));
            }
        }
    }
    let mut pages_per_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (page_index, _, _, key) in &candidates {
        let seen = pages_per_key.entry(key.as_str()).or_default();
        if seen.last() != Some(page_index) {
            seen.push(*page_index);
        }
    }
    let needed = (pages.len() * 2).div_ceil(5).max(2);
    let mut running = HashMap::new();
    for (page_index, line_index, top, key) in &candidates {
        let repeats = pages_per_key.get(key.as_str()).map_or(0, Vec::len) >= needed;
        let text = pages[*page_index].text.line_text(*line_index);
        if repeats || PAGE_NUMBER.is_match(text.trim()) {
            running.insert((*page_index, *line_index), *top);
        }
    }
    running
}
