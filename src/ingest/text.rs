//! Plain text and Markdown: encoding detection, then paragraphs rebuilt from lines.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::build::DocumentBuilder;
use super::html;
use super::layout::{lines_from_text, reflow};
use super::{IngestError, IngestOptions, Source};
use crate::model::{BlockKind, Document, Format};

/// Decodes text: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the NUL
/// bytes show it), else Windows-1252 (a superset of Latin-1). `None` for binary data.
pub fn decode_text(bytes: &[u8]) -> Option<String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Some(String::from_utf8_lossy(rest).into_owned());
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return Some(
            encoding_rs::UTF_16LE
                .decode_with_bom_removal(bytes)
                .0
                .into_owned(),
        );
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some(
            encoding_rs::UTF_16BE
                .decode_with_bom_removal(bytes)
                .0
                .into_owned(),
        );
    }
    if let Some(utf16) = utf16_without_bom(bytes) {
        return Some(utf16.decode_without_bom_handling(bytes).0.into_owned());
    }
    if looks_binary(bytes) {
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.to_string()),
        Err(_) => Some(
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        ),
    }
}

/// UTF-16 without a BOM shows as ASCII letters alternating with NUL bytes.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if odd_nul * 10 > pairs * 7 && even_nul * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_nul * 10 > pairs * 7 && odd_nul * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Text files hold no NUL and few control characters other than white space.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    sample.contains(&0) || controls * 100 > sample.len()
}

/// Markdown shows itself by ATX headings, fenced code, front matter, or link syntax.
pub fn looks_like_markdown(text: &str) -> bool {
    let mut signals = 0;
    for line in text.lines().take(400) {
        let line = line.trim_end();
        let hashes = line.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
            signals += 2;
        }
        if line.starts_with("```") || line == "---" && signals == 0 {
            signals += 1;
        }
        if line.contains("](") || line.starts_with("| ") && line.ends_with(" |") {
            signals += 1;
        }
    }
    signals >= 2
}

fn decode(source: Source<'_>, format: Format) -> Result<String, IngestError> {
    decode_text(source.bytes).ok_or_else(|| IngestError::Corrupt {
        format,
        detail: "the bytes are not text in any known encoding".to_string(),
    })
}

/// Plain text: form feeds separate pages (as `pdftotext` writes them), blank lines separate
/// paragraphs, and hard-wrapped lines are joined again.
pub fn read_plain(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let text = decode(source, Format::Text)?
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let paged = text.contains('\u{0C}');
    let mut lines = Vec::new();
    let mut pages = 0u32;
    for page_text in text.split('\u{0C}') {
        pages += 1;
        let page = paged.then_some(pages);
        let mut group: Vec<&str> = Vec::new();
        for line in page_text.lines().chain(std::iter::once("")) {
            if !line.trim().is_empty() {
                group.push(line);
                continue;
            }
            let mut group_lines = lines_from_text(group.drain(..), page);
            if let Some(first) = group_lines.first_mut() {
                first.starts_paragraph = true;
            }
            lines.append(&mut group_lines);
        }
    }
    let mut builder = DocumentBuilder::new(options);
    for paragraph in reflow(lines) {
        builder.push(
            paragraph.kind,
            paragraph.level,
            paragraph.page,
            &paragraph.text,
        );
    }
    builder.finish(&source, Format::Text, paged.then_some(pages))
}

/// Markdown, through pulldown-cmark: headings, paragraphs, list items, table cells, footnotes and
/// YAML front matter (kept as metadata blocks).
pub fn read_markdown(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let text = decode(source, Format::Markdown)?;
    let syntax = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut builder = DocumentBuilder::new(options);
    let mut current = String::new();
    // The innermost open container decides what kind a paragraph of text becomes.
    let mut containers: Vec<BlockKind> = Vec::new();
    let mut heading_level: Option<u8> = None;
    let mut in_metadata = false;
    // Raw HTML comes one line at a time: a block's lines are read together, as HTML.
    let mut raw_html = String::new();
    let mut image_depth = 0usize;
    let flush = |builder: &mut DocumentBuilder, current: &mut String, kind: BlockKind, level| {
        builder.push(kind, level, None, current);
        current.clear();
    };
    for event in Parser::new_ext(&text, syntax) {
        if let Event::Html(html) = &event {
            flush(&mut builder, &mut current, BlockKind::Paragraph, None);
            raw_html.push_str(html);
            continue;
        }
        if !raw_html.is_empty() {
            html::push_blocks(&raw_html, &mut builder, options)?;
            raw_html.clear();
        }
        let container = containers.last().copied().unwrap_or(BlockKind::Paragraph);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut builder, &mut current, container, None);
                heading_level = Some(heading_number(level));
            }
            Event::End(TagEnd::Heading(_)) => {
                flush(
                    &mut builder,
                    &mut current,
                    BlockKind::Heading,
                    heading_level.take(),
                );
            }
            Event::Start(Tag::Item) => {
                flush(&mut builder, &mut current, container, None);
                containers.push(BlockKind::ListItem);
            }
            Event::Start(Tag::TableCell) => containers.push(BlockKind::TableCell),
            Event::Start(Tag::FootnoteDefinition(_)) => containers.push(BlockKind::Footnote),
            Event::End(TagEnd::Item | TagEnd::TableCell | TagEnd::FootnoteDefinition) => {
                flush(&mut builder, &mut current, container, None);
                containers.pop();
            }
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::End(TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_)) => {
                flush(&mut builder, &mut current, container, None);
            }
            Event::Text(t) if in_metadata => {
                for line in t.lines() {
                    builder.push(BlockKind::Metadata, None, None, line);
                }
            }
            Event::Text(t) | Event::Code(t) if image_depth == 0 => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::FootnoteReference(_) | Event::InlineHtml(_) | Event::InlineMath(_) => {}
            _ => {}
        }
    }
    flush(&mut builder, &mut current, BlockKind::Paragraph, None);
    if !raw_html.is_empty() {
        html::push_blocks(&raw_html, &mut builder, options)?;
    }
    builder.finish(&source, Format::Markdown, None)
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf16_with_and_without_bom() {
        let text = "Hébergement en France";
        let mut le: Vec<u8> = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode_text(&le).as_deref(), Some(text));
        assert_eq!(decode_text(&le[2..]).as_deref(), Some(text));
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode_text(&be).as_deref(), Some(text));
    }

    #[test]
    fn decodes_windows_1252() {
        assert_eq!(
            decode_text(b"r\xe9versibilit\xe9 \x80 \x96").as_deref(),
            Some("réversibilité € –")
        );
    }

    /// Raw HTML in Markdown (a page of a static site) is read as HTML: its entities decoded,
    /// its table cells as cells, its scripts and styles left out.
    #[test]
    fn raw_html_in_markdown_is_read_as_html() {
        let markdown = "# Produits\n\n<style>\n.x { display: none }\n</style>\n\nTexte en *Markdown*.\n\n<table>\n<tr><td>PT-1487</td><td>La version est requise dans le cadre d&rsquo;un SI homologu&eacute;</td></tr>\n</table>\n";
        let source = Source {
            name: "p.md",
            bytes: markdown.as_bytes(),
        };
        let document = read_markdown(source, &IngestOptions::default());
        let blocks: Vec<(BlockKind, String)> = document
            .map(|d| d.blocks.into_iter().map(|b| (b.kind, b.text)).collect())
            .unwrap_or_default();
        assert_eq!(
            blocks,
            vec![
                (BlockKind::Heading, "Produits".to_string()),
                (BlockKind::Paragraph, "Texte en Markdown.".to_string()),
                (BlockKind::TableCell, "PT-1487".to_string()),
                (
                    BlockKind::TableCell,
                    "La version est requise dans le cadre d’un SI homologué".to_string()
                ),
            ]
        );
    }

    #[test]
    fn refuses_binary() {
        assert_eq!(decode_text(b"\x00\x01\x02\x03binary\x00\x00\x04"), None);
    }
}
