//! PDF: text by page with `pdf-extract`, laid out again from the glyph positions (lines,
//! paragraph gaps, running headers and footers); pages it cannot read fall back to lopdf's
//! simpler extraction, and the document says which. `pdf-extract` panics on some broken
//! files: every call runs inside `catch_unwind`, on a worker thread with a time limit.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::LazyLock;
use std::sync::mpsc;

use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};
use regex::Regex;

use super::build::DocumentBuilder;
use super::layout::{CellId, Line, ended_on_purpose, lines_from_text, reflow};
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
    /// The spaces between words: where the next word starts in `text`, and the gap's extent.
    gaps: Vec<Gap>,
    cell: Option<CellId>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Gap {
    offset: usize,
    from: f64,
    to: f64,
}

/// A straight line drawn on the page (a table's cell border), in page coordinates: `at` is its
/// x for a vertical rule, its y for a horizontal one; `from`..`to` its extent along the other
/// axis.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rule {
    at: f64,
    from: f64,
    to: f64,
}

/// The borders drawn on a page.
#[derive(Debug, Clone, Default, PartialEq)]
struct Rules {
    vertical: Vec<Rule>,
    horizontal: Vec<Rule>,
}

impl Rules {
    /// The cell that borders drawn around a line enclose, if any: the nearest vertical rules to
    /// its left and right and the nearest horizontal rule above it.
    fn cell_of(&self, line: &PlacedLine) -> Option<CellId> {
        let spans_line =
            |r: &&Rule| line.y >= r.from - line.size * 0.5 && line.y - line.size * 0.5 <= r.to;
        let left = self
            .vertical
            .iter()
            .filter(spans_line)
            .map(|r| r.at)
            .filter(|x| *x <= line.x0 + 1.0)
            .reduce(f64::max)?;
        let right = self
            .vertical
            .iter()
            .filter(spans_line)
            .map(|r| r.at)
            .filter(|x| *x >= line.x1 - 1.0)
            .reduce(f64::min)?;
        let top = self
            .horizontal
            .iter()
            .filter(|r| r.from <= line.x0 + 1.0 && r.to >= line.x1 - 1.0)
            .map(|r| r.at)
            .filter(|y| *y < line.y - line.size * 0.5)
            .reduce(f64::max)?;
        Some((
            left.round() as i32,
            right.round() as i32,
            top.round() as i32,
        ))
    }
}

impl PlacedLine {
    /// Splits the line where a gap between words holds a cell border: the words on each side
    /// belong to different cells.
    fn split_at_rules(self, rules: &Rules) -> Vec<PlacedLine> {
        let crossing = |gap: &Gap| {
            rules.vertical.iter().any(|r| {
                r.at >= gap.from - 1.0
                    && r.at <= gap.to + 1.0
                    && self.y >= r.from - self.size * 0.5
                    && self.y - self.size * 0.5 <= r.to
            })
        };
        let cuts: Vec<Gap> = self.gaps.iter().filter(|g| crossing(g)).copied().collect();
        if cuts.is_empty() {
            return vec![self];
        }
        let mut out = Vec::with_capacity(cuts.len() + 1);
        let mut start = 0;
        let mut x0 = self.x0;
        for cut in cuts {
            let text = self
                .text
                .get(start..cut.offset)
                .unwrap_or_default()
                .trim()
                .to_string();
            out.push(PlacedLine {
                text,
                x0,
                x1: cut.from,
                y: self.y,
                size: self.size,
                gaps: Vec::new(),
                cell: None,
            });
            start = cut.offset;
            x0 = cut.to;
        }
        out.push(PlacedLine {
            text: self
                .text
                .get(start..)
                .unwrap_or_default()
                .trim()
                .to_string(),
            x0,
            x1: self.x1,
            y: self.y,
            size: self.size,
            gaps: Vec::new(),
            cell: None,
        });
        out.retain(|l| !l.text.is_empty());
        out
    }
}

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
}

/// An [`OutputDev`] that keeps where each glyph run sits, so lines and paragraph gaps can be
/// told apart later. Words are split the way pdf-extract's own text output does.
struct LineCollector {
    lines: Vec<PlacedLine>,
    rules: Rules,
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
            rules: Rules::default(),
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
                line.gaps.push(Gap {
                    offset: line.text.len(),
                    from: self.last_end,
                    to: f64::INFINITY,
                });
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
                gaps: Vec::new(),
                cell: None,
            });
        }
        if let Some(line) = self.lines.last_mut() {
            if !new_line
                && self.word_start
                && x > self.last_end + size * 0.1
                && !line.text.ends_with(' ')
            {
                line.text.push(' ');
                line.gaps.push(Gap {
                    offset: line.text.len(),
                    from: self.last_end,
                    to: x,
                });
            }
            // A space glyph opened the gap; the word that closes it tells where it ends.
            if let Some(gap) = line.gaps.last_mut().filter(|g| g.to.is_infinite()) {
                gap.to = x;
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

    fn stroke(
        &mut self,
        ctm: &Transform,
        _: &ColorSpace,
        _: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.collect_rules(ctm, path);
        Ok(())
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        _: &ColorSpace,
        _: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        // A filled shape is a border only when it is a thin bar; a filled area is a background.
        let thin = path.ops.iter().all(|op| match *op {
            PathOp::Rect(_, _, w, h) => w.abs() < 2.0 || h.abs() < 2.0,
            _ => true,
        });
        if thin {
            self.collect_rules(ctm, path);
        }
        Ok(())
    }
}

impl LineCollector {
    /// Page coordinates of a point in user space.
    fn to_page(&self, ctm: &Transform, x: f64, y: f64) -> (f64, f64) {
        let px = x * ctm.m11 + y * ctm.m21 + ctm.m31;
        let py = x * ctm.m12 + y * ctm.m22 + ctm.m32;
        (px, self.height - py)
    }

    /// Keeps the vertical lines and thin upright rectangles of a path: cell borders.
    fn collect_rules(&mut self, ctm: &Transform, path: &Path) {
        let mut current = None;
        let mut segments = Vec::new();
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) => current = Some((x, y)),
                PathOp::LineTo(x, y) => {
                    if let Some(from) = current {
                        segments.push((from, (x, y)));
                    }
                    current = Some((x, y));
                }
                PathOp::Rect(x, y, w, h) => {
                    segments.push(((x, y), (x, y + h)));
                    segments.push(((x + w, y), (x + w, y + h)));
                    segments.push(((x, y), (x + w, y)));
                    segments.push(((x, y + h), (x + w, y + h)));
                }
                PathOp::CurveTo(.., x, y) => current = Some((x, y)),
                PathOp::Close => {}
            }
        }
        for (a, b) in segments {
            let (ax, ay) = self.to_page(ctm, a.0, a.1);
            let (bx, by) = self.to_page(ctm, b.0, b.1);
            if (ax - bx).abs() < 2.0 && (ay - by).abs() > 4.0 {
                self.rules.vertical.push(Rule {
                    at: (ax + bx) / 2.0,
                    from: ay.min(by),
                    to: ay.max(by),
                });
            } else if (ay - by).abs() < 2.0 && (ax - bx).abs() > 4.0 {
                self.rules.horizontal.push(Rule {
                    at: (ay + by) / 2.0,
                    from: ax.min(bx),
                    to: ax.max(bx),
                });
            }
        }
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// A box drawn around a paragraph or a page is not a table: a cell counts only when its row
/// (cells under the same top border) has another cell beside it.
fn keep_table_rows(lines: &mut [PlacedLine]) {
    let mut row_lefts: HashMap<i32, Vec<i32>> = HashMap::new();
    for (left, _, top) in lines.iter().filter_map(|l| l.cell) {
        let lefts = row_lefts.entry(top).or_default();
        if !lefts.contains(&left) {
            lefts.push(left);
        }
    }
    for line in lines.iter_mut() {
        if let Some((_, _, top)) = line.cell
            && row_lefts.get(&top).is_none_or(|lefts| lefts.len() < 2)
        {
            line.cell = None;
        }
    }
}

/// Loads the PDF and reads every page, on the calling thread. Panics are contained per page.
fn read_pages(bytes: &[u8]) -> Result<Vec<ReadPage>, IngestError> {
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
            let rules = collector.rules;
            let mut lines: Vec<PlacedLine> = collector
                .lines
                .into_iter()
                .flat_map(|l| l.split_at_rules(&rules))
                .map(|mut l| {
                    l.cell = rules.cell_of(&l);
                    l
                })
                .collect();
            keep_table_rows(&mut lines);
            out.push(ReadPage {
                number,
                text: PageText::Placed {
                    lines,
                    height: collector.height,
                },
                fallback: None,
            });
            continue;
        }
        let reason = match primary {
            Err(_) => Fallback::Panicked,
            Ok(_) => Fallback::Failed,
        };
        let text = match catch_unwind(AssertUnwindSafe(|| document.extract_text(&[number]))) {
            Ok(Ok(text)) => PageText::Plain(text),
            _ => PageText::Unreadable,
        };
        out.push(ReadPage {
            number,
            text,
            fallback: Some(reason),
        });
    }
    Ok(out)
}

/// Runs [`read_pages`] on a worker thread, giving up after the time limit.
fn read_pages_with_limit(
    bytes: &[u8],
    options: &IngestOptions,
) -> Result<Vec<ReadPage>, IngestError> {
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
            limit: options.pdf_timeout,
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(IngestError::ParserCrashed {
            detail: "the reader stopped without an answer".to_string(),
        }),
    }
}

/// "Page 3", "3 / 12", "- 3 -", "Seite 3 von 12", "p. 3"…: page numbers in the margins.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::constant(
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
fn find_running(pages: &[ReadPage]) -> HashMap<(usize, usize), bool> {
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
    let count = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    builder.finish(&source, Format::Pdf, Some(count))
}
