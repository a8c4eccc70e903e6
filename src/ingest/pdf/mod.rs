//! PDF: text by page with `pdf-extract`, laid out again from the glyph positions (lines,
//! paragraph gaps, running headers and footers); pages it cannot read fall back to lopdf's
//! simpler extraction, and the document says which. `pdf-extract` panics on some broken
//! files: every call runs inside `catch_unwind`, on a worker thread with a time limit.

/// Glyphs to placed lines, and the cell borders that keep a table's cells apart.
mod glyphs;
/// The panic and time guard around pdf-extract, with the per-page fallback to lopdf.
mod guard;
/// Running headers and footers, and page numbers, told apart from the body.
mod running;

use glyphs::PlacedLine;
use guard::read_pages_with_limit;
use running::{find_running, running_key};

use super::build::DocumentBuilder;
use super::layout::{Line, ended_on_purpose, lines_from_text, reflow};
use super::{IngestError, IngestOptions, Source};
use crate::model::{BlockKind, Document, Format};

pub use guard::PDF_THREAD_NAME;

/// Fewer letters and digits than this in the whole file: nothing was extracted, a scan.
const MIN_TEXT_CHARS: usize = 20;

/// A page that draws an image and holds fewer letters and digits than this is a scanned page
/// (or a slide pasted as a picture) whose few words are stamps, captions or a page number: a
/// page of typed text holds a thousand or more.
const MIN_PAGE_TEXT_CHARS: usize = 150;

/// The text of one page: placed lines, or plain lines when the fallback read it.
#[derive(Debug, Clone, PartialEq)]
enum PageText {
    Placed { lines: Vec<PlacedLine>, height: f64 },
    Plain(String),
    Unreadable,
}

/// Why pdf-extract could not read a page, so that lopdf read it instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fallback {
    Panicked,
    Failed,
}

/// One page as read.
#[derive(Debug, Clone, PartialEq)]
struct ReadPage {
    number: u32,
    text: PageText,
    fallback: Option<Fallback>,
    /// The page draws an image: with almost no text, a scanned page.
    draws_image: bool,
}

impl PageText {
    /// The text of a placed line, or nothing: only placed pages have running lines.
    fn line_text(&self, index: usize) -> &str {
        match self {
            PageText::Placed { lines, .. } => lines.get(index).map_or("", |l| l.text.as_str()),
            _ => "",
        }
    }
}

/// Turns placed lines into [`Line`]s: a gap larger than the page's usual line pitch, a move up
/// (a new column) or a cell beside the previous one starts a paragraph; a line that stops well
/// before the right margin ends short.
fn layout_lines(lines: &[&PlacedLine], page: u32, (left, right): (f64, f64)) -> Vec<Line> {
    let mut pitches: Vec<f64> = lines
        .windows(2)
        .map(|w| (w[1].y - w[0].y, w[1].size))
        .filter(|(dy, size)| *dy > 0.0 && *dy < size * 3.0)
        .map(|(dy, _)| dy)
        .collect();
    pitches.sort_by(f64::total_cmp);
    // The lower quartile: in a text of short paragraphs most gaps are paragraph gaps.
    let pitch = pitches.get(pitches.len() / 4).copied();
    let mut out = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate() {
        let starts_paragraph = match index.checked_sub(1).map(|i| lines[i]) {
            None => true,
            Some(prev) => {
                let dy = line.y - prev.y;
                let same_row = dy.abs() < line.size * 0.5;
                let gap = dy > pitch.map_or(0.0, |p| p * 1.3 + 0.5).max(line.size * 1.6);
                dy < -line.size || same_row || gap || (line.size - prev.size).abs() > 1.0
            }
        };
        let chars = line.text.trim().chars().count().max(1) as f64;
        let char_width = ((line.x1 - line.x0) / chars).max(line.size * 0.3);
        let ends_short = match lines.get(index + 1) {
            Some(next) => ended_on_purpose(
                &line.text,
                right - line.x1,
                right - left,
                &next.text,
                char_width,
            ),
            None => line.x1 < right - (right - left) * 0.15,
        };
        out.push(Line {
            text: line.text.clone(),
            starts_paragraph,
            ends_short,
            page: Some(page),
            cell: line.cell,
        });
    }
    out
}

/// The text frame: the left edge and the right margin of the document's body lines (the 95th
/// percentile, so that a stray wide line does not move it).
fn text_frame(pages: &[ReadPage]) -> (f64, f64) {
    let mut lefts = Vec::new();
    let mut rights = Vec::new();
    for read_page in pages {
        if let PageText::Placed { lines, .. } = &read_page.text {
            lefts.extend(lines.iter().map(|l| l.x0));
            rights.extend(lines.iter().map(|l| l.x1));
        }
    }
    lefts.sort_by(f64::total_cmp);
    rights.sort_by(f64::total_cmp);
    let left = lefts.get(lefts.len() / 20).copied().unwrap_or(0.0);
    let right = rights.get(rights.len() * 19 / 20).copied().unwrap_or(0.0);
    (left, right)
}

/// Page numbers for the document's notes and errors, runs of consecutive pages as ranges
/// ("1-3, 8"): a 300-page scan is "1-300", not three hundred numbers.
fn ranges(numbers: &[u32]) -> String {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for &number in numbers {
        match runs.last_mut() {
            Some((_, last)) if last.checked_add(1) == Some(number) => *last = number,
            _ => runs.push((number, number)),
        }
    }
    let parts: Vec<String> = runs
        .iter()
        .map(|(first, last)| {
            if first == last {
                first.to_string()
            } else {
                format!("{first}-{last}")
            }
        })
        .collect();
    parts.join(", ")
}

/// Reads a PDF into a [`Document`]: the pages under the guard, running headers and footers
/// set apart, the body laid out into paragraphs, and a note for every page whose text is
/// missing or less exact.
pub fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let pages = read_pages_with_limit(source.bytes, options)?;
    let running = find_running(&pages);
    let frame = text_frame(&pages);
    let mut lines: Vec<Line> = Vec::new();
    let mut headers: Vec<(String, bool)> = Vec::new();
    let mut fallback_pages = Vec::new();
    let mut unreadable_pages = Vec::new();
    let mut empty_pages = Vec::new();
    let mut scanned_pages = Vec::new();
    let mut text_chars = 0usize;
    for (page_index, read_page) in pages.iter().enumerate() {
        let (number, page) = (&read_page.number, &read_page.text);
        if read_page.fallback.is_some() {
            fallback_pages.push(*number);
        }
        let before = lines.len();
        match page {
            PageText::Placed { lines: placed, .. } => {
                let mut body = Vec::new();
                for (line_index, line) in placed.iter().enumerate() {
                    match running.get(&(page_index, line_index)) {
                        Some(top) => {
                            let key = running_key(&line.text);
                            if !headers.iter().any(|(t, _)| running_key(t) == key) {
                                headers.push((line.text.clone(), *top));
                            }
                        }
                        None => body.push(line),
                    }
                }
                lines.extend(layout_lines(&body, *number, frame));
            }
            PageText::Plain(text) => lines.extend(lines_from_text(text.lines(), Some(*number))),
            PageText::Unreadable => unreadable_pages.push(*number),
        }
        let page_chars: usize = lines[before..]
            .iter()
            .map(|l| l.text.chars().filter(|c| c.is_alphanumeric()).count())
            .sum();
        if page_chars == 0 && !matches!(page, PageText::Unreadable) {
            empty_pages.push(*number);
        }
        if read_page.draws_image && page_chars < MIN_PAGE_TEXT_CHARS {
            scanned_pages.push(*number);
        }
        text_chars += page_chars;
    }
    if text_chars < MIN_TEXT_CHARS {
        // Pages that failed to parse are damage, not a missing text layer.
        return Err(if fallback_pages.is_empty() {
            IngestError::Scanned
        } else {
            IngestError::Corrupt {
                format: Format::Pdf,
                detail: format!(
                    "no text could be read; page(s) {} are damaged",
                    ranges(&fallback_pages)
                ),
            }
        });
    }
    // Most pages scanned: what text there is (a stamp, a caption, a typed cover) is not the
    // tender, and judging it would report a pass on a document nobody read.
    if scanned_pages.len() * 2 > pages.len() {
        return Err(IngestError::ScannedPages {
            pages: ranges(&scanned_pages),
            count: pages.len(),
        });
    }
    let mut builder = DocumentBuilder::new(options);
    for (text, _) in headers.iter().filter(|(_, top)| *top) {
        builder.push(BlockKind::Header, None, None, text);
    }
    for paragraph in reflow(lines) {
        builder.push(
            paragraph.kind,
            paragraph.level,
            paragraph.page,
            &paragraph.text,
        );
    }
    for (text, _) in headers.iter().filter(|(_, top)| !*top) {
        builder.push(BlockKind::Footer, None, None, text);
    }
    for (reason, what) in [
        (Fallback::Panicked, "pdf-extract panicked"),
        (Fallback::Failed, "pdf-extract failed"),
    ] {
        let numbers: Vec<u32> = pages
            .iter()
            .filter(|p| p.fallback == Some(reason))
            .map(|p| p.number)
            .collect();
        if !numbers.is_empty() {
            builder.note(format!(
                "page(s) {} read with the fallback parser ({what}): word order and spacing may be less exact",
                ranges(&numbers)
            ));
        }
    }
    if !unreadable_pages.is_empty() {
        builder.note(format!(
            "page(s) {} could not be read: their text is missing",
            ranges(&unreadable_pages)
        ));
    }
    if !empty_pages.is_empty() {
        builder.note(format!(
            "page(s) {} have no text layer (scanned or images only): their content is missing",
            ranges(&empty_pages)
        ));
    }
    let scanned_with_words: Vec<u32> = scanned_pages
        .into_iter()
        .filter(|page| !empty_pages.contains(page))
        .collect();
    if !scanned_with_words.is_empty() {
        builder.note(format!(
            "page(s) {} are images with only a few words of text beside them (scanned?): their content may be missing",
            ranges(&scanned_with_words)
        ));
    }
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    builder.finish(&source, Format::Pdf, Some(count))
}

#[cfg(test)]
mod tests {
    use super::ranges;

    #[test]
    fn consecutive_pages_read_as_ranges() {
        assert_eq!(ranges(&[1, 2, 3, 8, 10, 11]), "1-3, 8, 10-11");
        assert_eq!(ranges(&[5]), "5");
        assert_eq!(ranges(&[]), "");
    }
}
