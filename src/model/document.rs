//! A tender document as read from one file: blocks of normalised text with their provenance.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The file formats tenderlint reads.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Format {
    /// PDF, read page by page.
    Pdf,
    /// Word document, Office Open XML (`.docx`).
    Docx,
    /// OpenDocument Text (`.odt`).
    Odt,
    /// HTML; only the visible text is read.
    Html,
    /// Plain text (UTF-8, UTF-16 or Windows-1252).
    Text,
    /// Markdown, told from plain text by the file's name or its markup.
    Markdown,
    /// Excel workbook, Office Open XML (`.xlsx`): a requirement matrix, read row by row.
    Xlsx,
    /// OpenDocument Spreadsheet (`.ods`), read row by row.
    Ods,
    /// An eForms notice (UBL XML): its free-text fields as blocks, its coded fields as a
    /// [`Notice`](super::Notice).
    Eforms,
    /// An OCDS release, record or compiled release (JSON): its free-text fields as blocks, its
    /// coded fields as a [`Notice`](super::Notice).
    Ocds,
}

impl Format {
    /// Every format tenderlint reads.
    pub const ALL: [Format; 10] = [
        Format::Pdf,
        Format::Docx,
        Format::Odt,
        Format::Html,
        Format::Text,
        Format::Markdown,
        Format::Xlsx,
        Format::Ods,
        Format::Eforms,
        Format::Ocds,
    ];

    /// The name in JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Docx => "DOCX",
            Format::Odt => "ODT",
            Format::Html => "HTML",
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
            Format::Xlsx => "XLSX",
            Format::Ods => "ODS",
            Format::Eforms => "eForms notice",
            Format::Ocds => "OCDS notice",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// What a block of text is, structurally.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum BlockKind {
    /// A section heading; the block's `level` gives its depth.
    Heading,
    /// A paragraph of body text.
    Paragraph,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// The text of one table cell.
    TableCell,
    /// One row of a spreadsheet, its non-empty cells joined by [`CELL_SEPARATOR`]: a row of a
    /// requirement matrix is one requirement, so it is read as one sentence.
    TableRow,
    /// Running header repeated on pages (DOCX/ODT page headers, PDF lines repeated at the top).
    Header,
    /// Running footer repeated on pages.
    Footer,
    /// A footnote or endnote.
    Footnote,
    /// Document metadata that is part of the file's text (Markdown front matter).
    Metadata,
}

impl BlockKind {
    /// The name in JSON (as serde writes it).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// Where a block stands in its document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Location {
    /// 1-based page, for formats with pages (PDF, and DOCX/ODT when the file records its layout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based number of the block in the document: the locator for formats without pages.
    pub paragraph: u32,
    /// Heading path, outermost first (for a spreadsheet, the sheet's name).
    pub section: Vec<String>,
    /// The sheet a spreadsheet row is on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// 1-based number of a spreadsheet row, as the spreadsheet shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// Where a field of a structured notice stands: an XPath (eForms) or a JSON pointer (OCDS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Range in the document's normalised text, in Unicode scalar values (characters), end excluded.
    pub start: usize,
    /// End of that range, in characters, excluded.
    pub end: usize,
}

/// One block of normalised text with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Block {
    /// What the block is structurally: heading, paragraph, list item…
    pub kind: BlockKind,
    /// Heading level (1 = top), for headings only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The block's normalised text.
    pub text: String,
    /// Where the block stands: page, paragraph number, section and range.
    #[serde(flatten)]
    pub location: Location,
}

/// Language detected from the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Language {
    /// ISO 639-1 code ("fr", "en", "de"…).
    pub code: String,
    /// Confidence between 0 and 1.
    pub confidence: f64,
}

#[cfg(test)]
impl Document {
    /// A text document of one paragraph per text, as unit tests build them.
    pub(crate) fn of_paragraphs(name: &str, texts: &[&str]) -> Document {
        let blocks = texts
            .iter()
            .zip(1..)
            .map(|(text, paragraph)| Block {
                kind: BlockKind::Paragraph,
                level: None,
                text: (*text).to_string(),
                location: Location {
                    page: None,
                    paragraph,
                    section: Vec::new(),
                    start: 0,
                    end: text.chars().count(),
                    sheet: None,
                    row: None,
                    path: None,
                },
            })
            .collect();
        Document {
            name: name.to_string(),
            sha256: String::new(),
            size: 0,
            format: Format::Text,
            language: None,
            pages: None,
            blocks,
            notes: Vec::new(),
            notice: None,
        }
    }
}

/// The languages whose lexicons the extractor holds (the policies' `read_languages` too).
pub const LANGUAGES_READ: [&str; 6] = ["fr", "en", "de", "es", "it", "nl"];

impl Language {
    /// Whether the extractor reads sentences in this language.
    pub fn is_read(&self) -> bool {
        LANGUAGES_READ.contains(&self.code.as_str())
    }
}

/// A tender document as read from one file: ordered blocks of normalised text with provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Document {
    /// The name the file was given (a path on the command line, a file name in an upload).
    pub name: String,
    /// SHA-256 of the file's bytes, lowercase hex.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: String,
    /// Size of the file in bytes.
    pub size: u64,
    /// The format detected from the file's bytes.
    pub format: Format,
    /// The language detected from the body text, when one could be.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    /// Number of pages, for formats that have them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
    /// What the reader could not do perfectly (pages read by a fallback parser, pages without text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// What a structured notice states in its coded fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Box<super::Notice>>,
}

/// Blocks are joined by this separator in the document's normalised text.
pub const BLOCK_SEPARATOR: &str = "\n\n";

/// The cells of a spreadsheet row are joined by this separator in its block: the sentence
/// splitter never ends a sentence before a `|`, so a row is not cut at a cell's full stop.
pub const CELL_SEPARATOR: &str = " | ";

impl Document {
    /// The document's normalised text: every block's text, joined by [`BLOCK_SEPARATOR`].
    /// Block and evidence offsets index this text (in characters).
    pub fn text(&self) -> String {
        let texts: Vec<&str> = self.blocks.iter().map(|b| b.text.as_str()).collect();
        texts.join(BLOCK_SEPARATOR)
    }
}
