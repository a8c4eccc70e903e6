//! What DOCX and ODT share: parts read from a zip archive under an inflation budget, and a
//! walk over XML that refuses entity declarations and notices truncation.

use std::borrow::Cow;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use zip::ZipArchive;

use super::{IngestError, IngestOptions};
use crate::deadline::Pacer;
use crate::model::{BlockKind, Format};

/// Reads one part of a zip archive, refusing to inflate more than `limit` bytes.
pub fn read_part<R: Read + std::io::Seek>(
    archive: &mut ZipArchive<R>,
    name: &str,
    limit: u64,
) -> std::io::Result<Vec<u8>> {
    let entry = archive.by_name(name).map_err(std::io::Error::other)?;
    let mut bytes = Vec::new();
    entry
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A DOCX or ODT archive whose parts are read under one inflation budget.
pub struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    format: Format,
    remaining: u64,
    limit: u64,
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8], format: Format, limit: u64) -> Result<Self, IngestError> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| IngestError::Corrupt {
            format,
            detail: e.to_string(),
        })?;
        Ok(Archive {
            zip,
            format,
            remaining: limit,
            limit,
        })
    }

    /// Names of the parts, in archive order.
    pub fn names(&self) -> Vec<String> {
        self.zip
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect()
    }

    /// A part the format cannot do without: corrupt when it is missing.
    pub fn required(&mut self, name: &str) -> Result<String, IngestError> {
        self.part(name)?.ok_or_else(|| IngestError::Corrupt {
            format: self.format,
            detail: format!("{name} is missing"),
        })
    }

    /// The text of a part, or `None` if the archive has no such part.
    pub fn part(&mut self, name: &str) -> Result<Option<String>, IngestError> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        // A part that says it is larger than the budget left is refused before it is inflated
        // into memory (a bomb that lies about its size is still cut at the budget below).
        if self
            .zip
            .by_index_raw(index)
            .is_ok_and(|entry| entry.size() > self.remaining)
        {
            return Err(IngestError::InflatesTooMuch { limit: self.limit });
        }
        let corrupt = |detail: String| IngestError::Corrupt {
            format: self.format,
            detail,
        };
        let bytes = read_part(&mut self.zip, name, self.remaining)
            .map_err(|e| corrupt(format!("cannot inflate {name}: {e}")))?;
        let size = bytes.len() as u64;
        if size > self.remaining {
            return Err(IngestError::InflatesTooMuch { limit: self.limit });
        }
        self.remaining -= size;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| corrupt(format!("{name} is not UTF-8 XML")))
    }
}

/// What a walk over XML hands its visitor.
pub enum Node<'e> {
    Open(&'e BytesStart<'e>),
    Close(&'e str),
    Text(&'e str),
}

/// The value of an attribute, unescaped.
/// The spaces an OpenDocument `<text:s text:c="N"/>` stands for (ODT and ODS alike), a few at
/// most: runs of spaces carry no meaning for the facts, and a hostile count must not allocate.
pub fn odf_spaces(element: &BytesStart<'_>) -> String {
    let count = attribute(element, "text:c")
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(1)
        .min(8);
    " ".repeat(count)
}

pub fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(Cow::into_owned)
        })
}

/// Walks an XML part in document order, without recursion. Entity declarations (billion
/// laughs, external entities) are refused, and so is nesting deeper than
/// [`IngestOptions::max_nesting`]; a part that ends inside an open element is reported as
/// truncated; the walk stops when the document's deadline passes.
pub fn walk(
    xml: &str,
    part: &str,
    format: Format,
    options: &IngestOptions,
    mut visit: impl FnMut(Node<'_>),
) -> Result<(), IngestError> {
    let mut pacer = Pacer::<4096>::new(&options.deadline);
    let corrupt = |detail: String| IngestError::Corrupt {
        format,
        detail: format!("{part}: {detail}"),
    };
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    loop {
        pacer.step()?;
        let event = reader
            .read_event()
            .map_err(|e| corrupt(format!("{e} (at byte {})", reader.error_position())))?;
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > options.max_nesting {
                    return Err(IngestError::TooDeep {
                        format,
                        limit: options.max_nesting,
                    });
                }
                visit(Node::Open(&e));
            }
            Event::Empty(e) => {
                visit(Node::Open(&e));
                visit(Node::Close(e.name().as_ref()));
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                visit(Node::Close(e.name().as_ref()));
            }
            Event::Text(t) => visit(Node::Text(&t.xml10_content())),
            Event::CData(t) => visit(Node::Text(&t)),
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => predefined_entity(&r)
                        .ok_or_else(|| IngestError::XmlEntities {
                            detail: format!("{part} uses the undeclared entity &{};", &*r),
                        })?
                        .to_string(),
                    Err(e) => return Err(corrupt(e.to_string())),
                };
                visit(Node::Text(&text));
            }
            Event::DocType(d) => {
                if d.contains("<!ENTITY") || d.contains("SYSTEM") || d.contains("PUBLIC") {
                    return Err(IngestError::XmlEntities {
                        detail: format!("{part} declares a document type with entities"),
                    });
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if depth > 0 {
        return Err(corrupt(format!(
            "the XML ends inside {depth} open element(s); the file is truncated"
        )));
    }
    Ok(())
}

fn predefined_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "apos" => "'",
        "quot" => "\"",
        _ => return None,
    })
}

/// A block that a DOCX or ODT reader has finished, with the page it started on when known.
pub struct SinkBlock {
    pub kind: BlockKind,
    pub level: Option<u8>,
    pub page: u32,
    pub text: String,
}

struct OpenParagraph {
    kind: BlockKind,
    level: Option<u8>,
    page: u32,
    text: String,
}

/// Collects the paragraphs of word-processor XML into blocks: paragraphs nested in text boxes,
/// table cells that hold several paragraphs, footnotes moved to the end, page breaks counted.
pub struct BlockSink {
    open: Vec<OpenParagraph>,
    cells: Vec<(u32, String)>,
    blocks: Vec<SinkBlock>,
    footnotes: Vec<SinkBlock>,
    page: u32,
    saw_page_break: bool,
    /// The document's budgets, kept while collecting: a part of tiny paragraphs is refused
    /// before it is all held in memory, not after.
    max_blocks: usize,
    max_text_chars: usize,
    chars: usize,
    over: Option<IngestError>,
}

impl BlockSink {
    pub fn new(options: &IngestOptions) -> Self {
        BlockSink {
            open: Vec::new(),
            cells: Vec::new(),
            blocks: Vec::new(),
            footnotes: Vec::new(),
            page: 1,
            saw_page_break: false,
            max_blocks: options.max_blocks,
            max_text_chars: options.max_text_chars,
            chars: 0,
            over: None,
        }
    }

    /// Keeps a finished block, unless the budgets are spent.
    fn keep(&mut self, block: SinkBlock, footnote: bool) {
        if self.over.is_some() {
            return;
        }
        if self.blocks.len() + self.footnotes.len() >= self.max_blocks {
            self.over = Some(IngestError::too_many_blocks(self.max_blocks));
            return;
        }
        self.chars += block.text.chars().count();
        if self.chars > self.max_text_chars {
            self.over = Some(IngestError::too_much_text(self.max_text_chars));
            return;
        }
        if footnote {
            self.footnotes.push(block);
        } else {
            self.blocks.push(block);
        }
    }

    pub fn open_paragraph(&mut self, kind: BlockKind, level: Option<u8>) {
        self.open.push(OpenParagraph {
            kind,
            level,
            page: self.page,
            text: String::new(),
        });
    }

    /// Sets the kind of the innermost open paragraph, once its properties are read.
    pub fn set_kind(&mut self, kind: BlockKind, level: Option<u8>) {
        if let Some(p) = self.open.last_mut() {
            p.kind = kind;
            p.level = level;
        }
    }

    pub fn text(&mut self, text: &str) {
        // One open paragraph is bounded too: past the budget it would be refused anyway.
        if let Some(p) = self
            .open
            .last_mut()
            .filter(|p| p.text.len() <= self.max_text_chars)
        {
            p.text.push_str(text);
        }
    }

    pub fn close_paragraph(&mut self) {
        let Some(p) = self.open.pop() else { return };
        if p.text.trim().is_empty() {
            return;
        }
        if p.kind == BlockKind::Footnote {
            let note = SinkBlock {
                kind: p.kind,
                level: None,
                page: p.page,
                text: p.text,
            };
            self.keep(note, true);
        } else if let Some((_, cell)) = self.cells.last_mut().filter(|_| self.open.is_empty()) {
            if cell.len() <= self.max_text_chars {
                if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(&p.text);
            }
        } else {
            let block = SinkBlock {
                kind: p.kind,
                level: p.level,
                page: p.page,
                text: p.text,
            };
            self.keep(block, false);
        }
    }

    pub fn open_cell(&mut self) {
        self.cells.push((self.page, String::new()));
    }

    pub fn close_cell(&mut self) {
        if let Some((page, text)) = self.cells.pop()
            && !text.trim().is_empty()
        {
            let cell = SinkBlock {
                kind: BlockKind::TableCell,
                level: None,
                page,
                text,
            };
            self.keep(cell, false);
        }
    }

    pub fn page_break(&mut self) {
        self.page += 1;
        // A paragraph that has no text yet starts on the new page.
        for p in self.open.iter_mut().filter(|p| p.text.trim().is_empty()) {
            p.page = self.page;
        }
        self.saw_page_break = true;
    }

    /// The blocks in reading order (footnotes last), and whether pages were recorded; an error
    /// when the part holds more than the document's budgets.
    pub fn finish(mut self) -> Result<(Vec<SinkBlock>, bool), IngestError> {
        while !self.open.is_empty() {
            self.close_paragraph();
        }
        while !self.cells.is_empty() {
            self.close_cell();
        }
        if let Some(over) = self.over {
            return Err(over);
        }
        self.blocks.append(&mut self.footnotes);
        Ok((self.blocks, self.saw_page_break))
    }
}

/// Running headers and footers repeat; keep each text once, in a fixed kind.
pub fn push_running(
    builder: &mut super::build::DocumentBuilder,
    kind: BlockKind,
    blocks: Vec<SinkBlock>,
    seen: &mut Vec<String>,
) {
    for block in blocks {
        let text = super::normalize(&block.text);
        if !seen.contains(&text) {
            builder.push(kind, None, None, &text);
            seen.push(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sink_stops_collecting_at_the_document_budgets() {
        let options = IngestOptions {
            max_blocks: 10,
            ..IngestOptions::default()
        };
        let mut sink = BlockSink::new(&options);
        for _ in 0..1000 {
            sink.open_paragraph(BlockKind::Paragraph, None);
            sink.text("Hébergement en France.");
            sink.close_paragraph();
        }
        assert_eq!(sink.blocks.len(), 10, "no more is held than the budget");
        let error = sink
            .finish()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("more than 10 paragraphs"), "{error}");
        let options = IngestOptions {
            max_text_chars: 100,
            ..IngestOptions::default()
        };
        let mut sink = BlockSink::new(&options);
        sink.open_paragraph(BlockKind::Paragraph, None);
        for _ in 0..1000 {
            sink.text("0123456789");
        }
        assert!(
            sink.open[0].text.len() <= 110,
            "an open paragraph is bounded too"
        );
        sink.close_paragraph();
        let error = sink
            .finish()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("more than 100 characters"), "{error}");
    }

    fn texts(xml: &str) -> Result<String, IngestError> {
        let mut out = String::new();
        walk(
            xml,
            "part.xml",
            Format::Docx,
            &IngestOptions::default(),
            |node| {
                if let Node::Text(t) = node {
                    out.push_str(t);
                }
            },
        )?;
        Ok(out)
    }

    #[test]
    fn resolves_predefined_and_character_references() {
        assert_eq!(
            texts("<a>l&apos;h&#233;bergement &amp; co</a>")
                .ok()
                .as_deref(),
            Some("l'hébergement & co")
        );
    }

    #[test]
    fn refuses_entity_declarations() {
        let xml = r#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>"#;
        assert!(matches!(texts(xml), Err(IngestError::XmlEntities { .. })));
        assert!(matches!(
            texts("<a>&x;</a>"),
            Err(IngestError::XmlEntities { .. })
        ));
    }

    #[test]
    fn notices_truncation() {
        let err = texts("<a><b>text")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("truncated"), "{err}");
    }
}
