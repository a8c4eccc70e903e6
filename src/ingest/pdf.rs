//! PDF: text by page with `pdf-extract`, laid out again from the glyph positions (lines,
//! paragraph gaps, running headers and footers); pages it cannot read fall back to lopdf's
//! simpler extraction, and the document says which. `pdf-extract` panics on some broken
//! files: every call runs inside `catch_unwind`, on a worker thread with a time limit.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::LazyLock;
use std::sync::mpsc;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use regex::Regex;

use super::build::DocumentBuilder;
use super::layout::{Line, ended_on_purpose, lines_from_text, reflow};
use super::{IngestError, IngestOptions, Source};
use crate::model::{BlockKind, Document, Format};

/// The name of the worker threads, so a panic hook can keep their contained panics quiet.
pub const PDF_THREAD_NAME: &str = "tenderlint-pdf";

/// Fewer letters and digits than this in the whole file: nothing was extracted, a scan.
const MIN_TEXT_CHARS: usize = 20;

/// A line of glyphs as placed on the page (y grows downwards).
#[derive(Debug, Clone, PartialEq)]
struct PlacedLine {
    text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
}

/// The text of one page: placed lines, or plain lines when the fallback read it.
#[derive(Debug, Clone, PartialEq)]
enum PageText {
    Placed { lines: Vec<PlacedLine>, height: f64 },
    Plain(String),
    Unreadable,
}

/// An [`OutputDev`] that keeps where each glyph run sits, so lines and paragraph gaps can be
/// told apart later. Words are split the way pdf-extract's own text output does.
struct LineCollector {
    lines: Vec<PlacedLine>,
    flip: Option<Transform>,
    height: f64,
    last_end: f64,
    last_y: f64,
    word_start: bool,
}

impl LineCollector {
    fn new() -> Self {
        LineCollector {
            lines: Vec::new(),
            flip: None,
            height: 0.0,
            last_end: 0.0,
            last_y: 0.0,
            word_start: false,
        }
    }
}

impl OutputDev for LineCollector {
    fn begin_page(
        &mut self,
        _: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.height = (media_box.ury - media_box.lly).abs();
        self.flip = Some(Transform::row_major(
            1.,
            0.,
            0.,
            -1.,
            0.,
            media_box.ury - media_box.lly,
        ));
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _: f64,
        font_size: f64,
        glyph: &str,
    ) -> Result<(), OutputError> {
        let position = match &self.flip {
            Some(flip) => trm.post_transform(flip),
            None => *trm,
        };
        let (x, y) = (position.m31, position.m32);
        // The side of the square with the area of the transformed font box, as pdf-extract does.
        let scaled = ((font_size * (trm.m11 + trm.m21)) * (font_size * (trm.m12 + trm.m22)))
            .abs()
            .sqrt();
        let size = if scaled.is_finite() && scaled > 0.1 {
            scaled
        } else {
            font_size.abs().max(1.0)
        };
        // A space glyph only separates words: some producers place it off the line (at the
        // paragraph's spacing), so it must not decide where a line is.
        if glyph.trim().is_empty() {
            if let Some(line) = self.lines.last_mut().filter(|l| !l.text.ends_with(' ')) {
                line.text.push(' ');
            }
            self.last_end = x + width * size;
            return Ok(());
        }
        let dy = (y - self.last_y).abs();
        let new_line = match self.lines.last() {
            None => true,
            Some(_) if self.word_start => {
                dy > size * 1.5
                    || (x < self.last_end && dy > size * 0.5)
                    || (dy <= size * 0.5 && x > self.last_end + size * 2.0)
            }
            Some(_) => false,
        };
        if new_line {
            self.lines.push(PlacedLine {
                text: String::new(),
                x0: x,
                x1: x,
                y,
                size,
            });
        }
        if let Some(line) = self.lines.last_mut() {
            if !new_line
                && self.word_start
                && x > self.last_end + size * 0.1
                && !line.text.ends_with(' ')
            {
                line.text.push(' ');
            }
            line.text.push_str(glyph);
            line.x1 = line.x1.max(x + width * size);
            // The last glyph's size stands for the line: a bullet or a symbol opening it may
            // come from another font.
            line.size = size;
        }
        self.word_start = false;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// Loads the PDF and reads every page, on the calling thread. Panics are contained per page.
fn read_pages(bytes: &[u8]) -> Result<Vec<(u32, PageText, bool)>, IngestError> {
    let loaded = catch_unwind(|| pdf_extract::Document::load_mem(bytes)).map_err(|p| {
        IngestError::ParserCrashed {
            detail: panic_message(p.as_ref()),
        }
    })?;
    let mut document = loaded.map_err(|e| match e {
        pdf_extract::Error::Decryption(_) => IngestError::Encrypted,
        other => IngestError::Corrupt {
            format: Format::Pdf,
            detail: other.to_string(),
        },
    })?;
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Err(IngestError::Encrypted);
    }
    let pages = document.get_pages();
    if pages.is_empty() {
        return Err(IngestError::Corrupt {
            format: Format::Pdf,
            detail: "the document has no pages".to_string(),
        });
    }
    let mut out = Vec::with_capacity(pages.len());
    for &number in pages.keys() {
        let mut collector = LineCollector::new();
        let primary = catch_unwind(AssertUnwindSafe(|| {
            pdf_extract::output_doc_page(&document, &mut collector, number)
        }));
        if matches!(primary, Ok(Ok(()))) {
            out.push((
                number,
                PageText::Placed {
                    lines: collector.lines,
                    height: collector.height,
                },
                false,
            ));
            continue;
        }
        let fallback = catch_unwind(AssertUnwindSafe(|| document.extract_text(&[number])));
        let page = match fallback {
            Ok(Ok(text)) => PageText::Plain(text),
            _ => PageText::Unreadable,
        };
        out.push((number, page, true));
    }
    Ok(out)
}

/// Runs [`read_pages`] on a worker thread, giving up after the time limit.
fn read_pages_with_limit(
    bytes: &[u8],
    options: &IngestOptions,
) -> Result<Vec<(u32, PageText, bool)>, IngestError> {
    let (sender, receiver) = mpsc::channel();
    let owned = bytes.to_vec();
    std::thread::Builder::new()
        .name(PDF_THREAD_NAME.to_string())
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| read_pages(&owned)));
            let _ = sender.send(result);
        })
        .map_err(IngestError::Io)?;
    match receiver.recv_timeout(options.pdf_timeout) {
        Ok(Ok(result)) => result,
        Ok(Err(payload)) => Err(IngestError::ParserCrashed {
            detail: panic_message(payload.as_ref()),
        }),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(IngestError::Timeout {
            seconds: options.pdf_timeout.as_secs(),
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(IngestError::ParserCrashed {
            detail: "the reader stopped without an answer".to_string(),
        }),
    }
}

/// "Page 3", "3 / 12", "- 3 -", "Seite 3 von 12", "p. 3"…: page numbers in the margins.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    super::layout::regex(
        r"(?i)^(?:(?:page|seite|pagina|página|blz\.?|p\.)\s*)?[-–—]?\s*[0-9]{1,4}\s*[-–—]?(?:\s*(?:/|sur|of|von|de|di|van)\s*[0-9]{1,4})?$",
    )
});

/// The key under which running lines repeat: digits and case do not count.
fn running_key(text: &str) -> String {
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
fn find_running(pages: &[(u32, PageText, bool)]) -> HashMap<(usize, usize), bool> {
    let mut candidates: Vec<(usize, usize, bool, String)> = Vec::new();
    for (page_index, (_, page, _)) in pages.iter().enumerate() {
        let PageText::Placed { lines, height } = page else {
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
        let text = pages[*page_index].1.line_text(*line_index);
        if repeats || PAGE_NUMBER.is_match(text.trim()) {
            running.insert((*page_index, *line_index), *top);
        }
    }
    running
}

impl PageText {
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
        });
    }
    out
}

/// The text frame: the left edge and the right margin of the document's body lines (the 95th
/// percentile, so that a stray wide line does not move it).
fn text_frame(pages: &[(u32, PageText, bool)]) -> (f64, f64) {
    let mut lefts = Vec::new();
    let mut rights = Vec::new();
    for (_, page, _) in pages {
        if let PageText::Placed { lines, .. } = page {
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

fn ranges(numbers: &[u32]) -> String {
    let parts: Vec<String> = numbers.iter().map(u32::to_string).collect();
    parts.join(", ")
}

pub fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let pages = read_pages_with_limit(source.bytes, options)?;
    let running = find_running(&pages);
    let frame = text_frame(&pages);
    let mut lines: Vec<Line> = Vec::new();
    let mut headers: Vec<(String, bool)> = Vec::new();
    let mut fallback_pages = Vec::new();
    let mut unreadable_pages = Vec::new();
    let mut empty_pages = Vec::new();
    let mut text_chars = 0usize;
    for (page_index, (number, page, fell_back)) in pages.iter().enumerate() {
        if *fell_back {
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
        text_chars += page_chars;
    }
    if text_chars < MIN_TEXT_CHARS {
        return Err(if unreadable_pages.len() == pages.len() {
            IngestError::Corrupt {
                format: Format::Pdf,
                detail: "no page could be read".to_string(),
            }
        } else {
            IngestError::Scanned
        });
    }
    let mut builder = DocumentBuilder::new();
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
    if !fallback_pages.is_empty() {
        builder.note(format!(
            "page(s) {} read with the fallback parser: word order and spacing may be less exact",
            ranges(&fallback_pages)
        ));
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
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    builder.finish(&source, Format::Pdf, Some(count))
}
