//! Assembles a [`Document`] from the blocks a reader finds, in reading order: normalises their
//! text, keeps the heading path, numbers the blocks and computes their character ranges.

use std::sync::LazyLock;

use regex::Regex;

use super::normalize::normalize;
use super::{IngestError, IngestOptions};
use crate::deadline::Deadline;
use crate::model::{BLOCK_SEPARATOR, Block, BlockKind, Document, Format, Location};
use crate::patterns::constant;

/// Longest heading text kept in a section path; longer "headings" are truncated there.
const MAX_SECTION_CHARS: usize = 160;

/// HTML tags of structure written into the text of a notice's field: each separates text.
static BLOCK_MARKUP: LazyLock<Regex> =
    LazyLock::new(|| constant(r"(?i)</?(?:p|br|li|ul|ol|div|h[1-6])\b[^<>]{0,40}/?>"));

/// HTML tags of emphasis written into the text of a notice's field: they separate nothing.
static INLINE_MARKUP: LazyLock<Regex> =
    LazyLock::new(|| constant(r"(?i)</?(?:span|b|i|u|em|strong)\b[^<>]{0,40}>"));

/// Where a block stands, by the kind of file it is read from.
#[derive(Clone, Copy)]
enum Place<'a> {
    /// In the flow of a text: under the headings above it, on a page when the format has pages.
    Flow { page: Option<u32> },
    /// A row of a spreadsheet.
    Row { sheet: &'a str, row: u32 },
    /// A field of a structured notice.
    Field { section: &'a str, path: &'a str },
}

pub struct DocumentBuilder {
    blocks: Vec<Block>,
    headings: Vec<(u8, String)>,
    next_start: usize,
    notes: Vec<String>,
    /// The budget of one document: every reader pushes its blocks here, so the limits and the
    /// deadline are enforced in one place whatever the format.
    max_text_chars: usize,
    max_blocks: usize,
    deadline: Deadline,
    /// Why the document stopped growing; blocks pushed after it are dropped.
    stopped: Option<IngestError>,
}

/// The deadline is read once every this many blocks pushed.
const BLOCKS_PER_CLOCK_READ: usize = 256;

impl DocumentBuilder {
    pub fn new(options: &IngestOptions) -> Self {
        DocumentBuilder {
            blocks: Vec::new(),
            headings: Vec::new(),
            next_start: 0,
            notes: Vec::new(),
            max_text_chars: options.max_text_chars,
            max_blocks: options.max_blocks,
            deadline: options.deadline.clone(),
            stopped: None,
        }
    }

    /// Adds a block; text is normalised here and an empty block is dropped.
    pub fn push(&mut self, kind: BlockKind, level: Option<u8>, page: Option<u32>, text: &str) {
        self.add(kind, level, Place::Flow { page }, text);
    }

    /// Adds one row of a spreadsheet, its cells already joined: it stands under its sheet's
    /// name, and its location says the sheet and the row number.
    pub fn push_row(&mut self, sheet: &str, row: u32, text: &str) {
        self.add(BlockKind::TableRow, None, Place::Row { sheet, row }, text);
    }

    /// Adds the text of one field of a structured notice: it stands under the field's name
    /// (`section`, "Description of lot LOT-0001"), and its location says the field's path.
    /// The markup some senders leave in a field's text ("…still applies?<p>Corruption as…")
    /// becomes a line break, so that the sentences it separates are read apart.
    pub fn push_field(&mut self, section: &str, path: &str, text: &str) {
        let text = BLOCK_MARKUP.replace_all(text, "\n");
        let text = INLINE_MARKUP.replace_all(&text, "");
        self.add(
            BlockKind::Paragraph,
            None,
            Place::Field { section, path },
            &text,
        );
    }

    fn add(&mut self, kind: BlockKind, level: Option<u8>, place: Place<'_>, text: &str) {
        if self.stopped.is_some() {
            return;
        }
        if self.blocks.len().is_multiple_of(BLOCKS_PER_CLOCK_READ)
            && let Err(interrupted) = self.deadline.check()
        {
            self.stopped = Some(interrupted.into());
            return;
        }
        if self.blocks.len() >= self.max_blocks {
            self.stopped = Some(IngestError::too_many_blocks(self.max_blocks));
            return;
        }
        let text = normalize(text);
        if text.is_empty() {
            return;
        }
        let level = match kind {
            BlockKind::Heading => Some(level.unwrap_or(1).clamp(1, 9)),
            _ => None,
        };
        if let Some(level) = level {
            self.headings.retain(|(l, _)| *l < level);
        }
        let section = match place {
            Place::Row { sheet, .. } => vec![sheet.to_string()],
            Place::Field { section, .. } => vec![section.to_string()],
            Place::Flow { .. } => self.headings.iter().map(|(_, h)| h.clone()).collect(),
        };
        if let Some(level) = level {
            self.headings
                .push((level, text.chars().take(MAX_SECTION_CHARS).collect()));
        }
        let separator = if self.blocks.is_empty() {
            0
        } else {
            BLOCK_SEPARATOR.chars().count()
        };
        let start = self.next_start + separator;
        let end = start + text.chars().count();
        if end > self.max_text_chars {
            self.stopped = Some(IngestError::too_much_text(self.max_text_chars));
            return;
        }
        self.next_start = end;
        let paragraph = u32::try_from(self.blocks.len() + 1).unwrap_or(u32::MAX);
        self.blocks.push(Block {
            kind,
            level,
            text,
            location: Location {
                page: match place {
                    Place::Flow { page } => page,
                    _ => None,
                },
                paragraph,
                section,
                sheet: match place {
                    Place::Row { sheet, .. } => Some(sheet.to_string()),
                    _ => None,
                },
                row: match place {
                    Place::Row { row, .. } => Some(row),
                    _ => None,
                },
                path: match place {
                    Place::Field { path, .. } => Some(path.to_string()),
                    _ => None,
                },
                start,
                end,
            },
        });
    }

    pub fn note(&mut self, note: String) {
        self.notes.push(note);
    }

    /// True when a block with letters or digits was pushed.
    fn has_text(&self) -> bool {
        self.blocks
            .iter()
            .any(|b| b.text.chars().any(char::is_alphanumeric))
    }

    /// The finished document; an error when no block holds a letter or a digit.
    pub fn finish(
        self,
        source: &super::Source<'_>,
        format: Format,
        pages: Option<u32>,
    ) -> Result<Document, IngestError> {
        if let Some(error) = self.stopped {
            return Err(error);
        }
        if !self.has_text() {
            return Err(IngestError::NoText { format });
        }
        let mut document = Document {
            name: source.name.to_string(),
            sha256: crate::digest::sha256_hex(source.bytes),
            size: source.bytes.len() as u64,
            format,
            language: None,
            pages,
            blocks: self.blocks,
            notes: self.notes,
            notice: None,
        };
        document.language = super::language::detect(&document);
        Ok(document)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_field_separates_its_sentences() {
        let mut b = DocumentBuilder::new(&IngestOptions::default());
        b.push_field(
            "Exclusion grounds",
            "/x",
            "Has the tenderer been convicted?<p>Corruption as defined in <b>Article 3</b>.</p>",
        );
        let source = super::super::Source {
            name: "n.xml",
            bytes: b"x",
        };
        let doc = b.finish(&source, Format::Eforms, None).unwrap();
        assert_eq!(
            doc.blocks[0].text,
            "Has the tenderer been convicted? Corruption as defined in Article 3."
        );
    }

    #[test]
    fn ranges_index_the_joined_text_in_characters() {
        let mut b = DocumentBuilder::new(&IngestOptions::default());
        b.push(BlockKind::Heading, Some(1), Some(1), "Article 1 – Objet");
        b.push(
            BlockKind::Paragraph,
            None,
            Some(1),
            "  L'hébergement  est situé en France. ",
        );
        b.push(BlockKind::Paragraph, None, Some(2), "   ");
        b.push(BlockKind::Heading, Some(2), Some(2), "1.1 Données");
        b.push(BlockKind::ListItem, None, Some(2), "sauvegardes");
        let source = super::super::Source {
            name: "t.txt",
            bytes: b"x",
        };
        let doc = b.finish(&source, Format::Text, Some(2)).unwrap();
        let text: Vec<char> = doc.text().chars().collect();
        assert_eq!(doc.blocks.len(), 4);
        for block in &doc.blocks {
            let slice: String = text[block.location.start..block.location.end]
                .iter()
                .collect();
            assert_eq!(slice, block.text);
        }
        assert_eq!(doc.blocks[1].location.section, vec!["Article 1 – Objet"]);
        assert_eq!(
            doc.blocks[3].location.section,
            vec!["Article 1 – Objet", "1.1 Données"]
        );
        assert_eq!(doc.blocks[3].location.paragraph, 4);
    }
}
