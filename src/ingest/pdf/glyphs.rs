//! Glyphs to lines: an [`OutputDev`] that keeps where pdf-extract places each glyph, joins the
//! glyphs into placed lines, and finds the cell borders drawn on the page so that a table's
//! cells stay apart.

use std::collections::HashMap;

use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};

use super::PageText;
use crate::deadline::{Deadline, Interrupted};
use crate::ingest::layout::CellId;

/// The deadline is read once every this many glyphs.
const GLYPHS_PER_CLOCK_READ: u32 = 1024;

/// A line of glyphs as placed on the page (y grows downwards).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PlacedLine {
    pub(super) text: String,
    pub(super) x0: f64,
    pub(super) x1: f64,
    pub(super) y: f64,
    pub(super) size: f64,
    /// The spaces between words: where the next word starts in `text`, and the gap's extent.
    gaps: Vec<Gap>,
    /// The table cell the line sits in, when borders drawn around it make one.
    pub(super) cell: Option<CellId>,
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

/// An [`OutputDev`] that keeps where each glyph run sits, so lines and paragraph gaps can be
/// told apart later. Words are split the way pdf-extract's own text output does.
pub(super) struct LineCollector {
    /// Asked every so many glyphs: a page can hold millions of them.
    deadline: Deadline,
    glyphs: u32,
    /// Why the page was left unfinished, when it was.
    pub(super) interrupted: Option<Interrupted>,
    lines: Vec<PlacedLine>,
    rules: Rules,
    flip: Option<Transform>,
    height: f64,
    last_end: f64,
    last_y: f64,
    word_start: bool,
}

impl LineCollector {
    pub(super) fn new(deadline: &Deadline) -> Self {
        LineCollector {
            deadline: deadline.clone(),
            glyphs: 0,
            interrupted: None,
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
        self.glyphs = self.glyphs.wrapping_add(1);
        if self.glyphs.is_multiple_of(GLYPHS_PER_CLOCK_READ)
            && let Err(interrupted) = self.deadline.check()
        {
            self.interrupted = Some(interrupted);
            return Err(OutputError::IoError(std::io::Error::other(interrupted)));
        }
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
        let digits = glyph.chars().all(|c| c.is_ascii_digit());
        if let Some(line) = self.lines.last_mut() {
            // A footnote call set small after a word ("à la date de la demande¹."): not text.
            if digits
                && !new_line
                && size < line.size * 0.8
                && line.text.ends_with(|c: char| c.is_alphabetic() || c == ')')
            {
                self.last_end = x + width * size;
                return Ok(());
            }
            // The number that opens a footnote, set small ("¹Les frais …") or against the first
            // word with no space and no gap ("1Les frais …"): a numbered clause has a separator
            // ("1. Les", "1 Les"), so digits then a capital then a small letter are a note's.
            let number = line.text.chars().take_while(char::is_ascii_digit).count();
            if (1..=2).contains(&number) {
                let alone = line.text.chars().count() == number;
                let glued = line.text.chars().count() == number + 1
                    && line.text[number..].starts_with(char::is_uppercase)
                    && glyph.starts_with(char::is_lowercase);
                if alone
                    && !digits
                    && glyph.starts_with(char::is_uppercase)
                    && size > line.size * 1.25
                {
                    line.text.clear();
                    line.gaps.clear();
                    line.x0 = x;
                } else if glued {
                    line.text.drain(..number);
                }
            }
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
    /// The page once pdf-extract has output it: lines split where a cell border runs between
    /// words, each with the table cell it sits in, boxes that make no table set aside.
    pub(super) fn into_page(self) -> PageText {
        let rules = self.rules;
        let mut lines: Vec<PlacedLine> = self
            .lines
            .into_iter()
            .flat_map(|l| l.split_at_rules(&rules))
            .map(|mut l| {
                l.cell = rules.cell_of(&l);
                l
            })
            .collect();
        keep_table_rows(&mut lines);
        PageText::Placed {
            lines,
            height: self.height,
        }
    }

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
