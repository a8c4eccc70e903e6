//! ODT (OpenDocument text): headings with their outline level, paragraphs, list items, table
//! cells, frames, footnotes, and the page headers and footers of the master pages. Comments,
//! tracked deletions and hidden text are left out.

use std::collections::HashMap;

use super::build::DocumentBuilder;
use super::xml::{Archive, BlockSink, Node, SinkBlock, attribute, odf_spaces, push_running, walk};
use super::{IngestError, IngestOptions, Source};
use crate::model::{BlockKind, Document, Format};

pub fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let mut archive = Archive::open(source.bytes, Format::Odt, options.max_inflated_bytes)?;
    let content = archive.required("content.xml")?;
    let styles_xml = archive.part("styles.xml")?;
    let mut builder = DocumentBuilder::new(options);
    let mut seen = Vec::new();
    let mut styles = HashMap::new();
    if let Some(xml) = &styles_xml {
        read_styles(xml, "styles.xml", &mut styles, options)?;
    }
    read_styles(&content, "content.xml", &mut styles, options)?;
    let (headers, footers) = match &styles_xml {
        Some(xml) => read_running(xml, &styles, options)?,
        None => (Vec::new(), Vec::new()),
    };
    push_running(&mut builder, BlockKind::Header, headers, &mut seen);
    let (blocks, paged) = read_body(&content, &styles, options)?;
    let page_count = blocks.iter().map(|b| b.page).max();
    for block in blocks {
        builder.push(
            block.kind,
            block.level,
            paged.then_some(block.page),
            &block.text,
        );
    }
    push_running(&mut builder, BlockKind::Footer, footers, &mut seen);
    if paged {
        builder.note("page numbers are those of the layout last saved in the file".to_string());
    }
    builder.finish(&source, Format::Odt, page_count.filter(|_| paged))
}

/// What a paragraph style says: its parent, and the outline level it gives its paragraphs.
struct ParagraphStyle {
    parent: Option<String>,
    level: Option<u8>,
}

/// Reads the paragraph styles of a part (named styles in `styles.xml`, automatic ones in
/// `content.xml`).
fn read_styles(
    xml: &str,
    part: &str,
    styles: &mut HashMap<String, ParagraphStyle>,
    options: &IngestOptions,
) -> Result<(), IngestError> {
    walk(xml, part, Format::Odt, options, |node| {
        let Node::Open(e) = node else { return };
        if e.name().as_ref() != "style:style"
            || attribute(e, "style:family").as_deref() != Some("paragraph")
        {
            return;
        }
        let Some(name) = attribute(e, "style:name") else {
            return;
        };
        let is_title =
            name == "Title" || attribute(e, "style:display-name").as_deref() == Some("Title");
        let level = attribute(e, "style:default-outline-level")
            .and_then(|l| l.parse::<u8>().ok())
            .or(is_title.then_some(1));
        let parent = attribute(e, "style:parent-style-name");
        styles.insert(name, ParagraphStyle { parent, level });
    })
}

/// The heading level a paragraph style gives, following parents (bounded: styles can loop).
fn style_level(styles: &HashMap<String, ParagraphStyle>, name: &str) -> Option<u8> {
    let mut next = Some(name);
    for _ in 0..16 {
        let style = styles.get(next?)?;
        if style.level.is_some() {
            return style.level;
        }
        next = style.parent.as_deref();
    }
    None
}

/// Elements whose text a reader does not see in the document body.
fn is_hidden(e: &quick_xml::events::BytesStart<'_>) -> bool {
    match e.name().as_ref() {
        "office:annotation"
        | "text:tracked-changes"
        | "text:note-citation"
        | "text:hidden-text"
        | "text:hidden-paragraph"
        | "text:sequence-decls"
        | "text:variable-decls"
        | "office:forms"
        | "svg:desc"
        | "svg:title" => true,
        "text:section" => attribute(e, "text:display").as_deref() == Some("none"),
        _ => false,
    }
}

/// Reads the text of a fragment of ODF: paragraphs of `base` kind, headings, lists, cells, notes.
fn read_text(
    xml: &str,
    part: &str,
    base: BlockKind,
    styles: &HashMap<String, ParagraphStyle>,
    options: &IngestOptions,
    mut within: impl FnMut(&Node<'_>) -> Option<bool>,
) -> Result<(Vec<SinkBlock>, bool), IngestError> {
    let mut sink = BlockSink::new(options);
    let mut skip_depth = 0usize;
    let mut lists = 0usize;
    let mut notes = 0usize;
    let mut active = false;
    walk(xml, part, Format::Odt, options, |node| {
        if let Some(now) = within(&node) {
            active = now;
        }
        if !active {
            return;
        }
        match node {
            Node::Open(e) => {
                if skip_depth > 0 || is_hidden(e) {
                    skip_depth += 1;
                    return;
                }
                match e.name().as_ref() {
                    "text:h" => {
                        let level = attribute(e, "text:outline-level")
                            .and_then(|l| l.parse::<u8>().ok())
                            .unwrap_or(1);
                        sink.open_paragraph(BlockKind::Heading, Some(level));
                    }
                    "text:p" => {
                        let level = attribute(e, "text:style-name")
                            .and_then(|name| style_level(styles, &name));
                        let (kind, level) = if notes > 0 {
                            (BlockKind::Footnote, None)
                        } else if base != BlockKind::Paragraph {
                            (base, None)
                        } else if level.is_some() {
                            (BlockKind::Heading, level)
                        } else if lists > 0 {
                            (BlockKind::ListItem, None)
                        } else {
                            (base, None)
                        };
                        sink.open_paragraph(kind, level);
                    }
                    "text:list-item" | "text:list-header" => lists += 1,
                    "text:note-body" => notes += 1,
                    "text:s" => sink.text(&odf_spaces(e)),
                    "text:tab" => sink.text("\t"),
                    "text:line-break" => sink.text(" "),
                    "text:soft-page-break" => sink.page_break(),
                    "table:table-cell" => sink.open_cell(),
                    _ => {}
                }
            }
            Node::Close(name) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    return;
                }
                match name {
                    "text:h" | "text:p" => sink.close_paragraph(),
                    "text:list-item" | "text:list-header" => lists = lists.saturating_sub(1),
                    "text:note-body" => notes = notes.saturating_sub(1),
                    "table:table-cell" => sink.close_cell(),
                    _ => {}
                }
            }
            Node::Text(text) => {
                if skip_depth == 0 {
                    sink.text(text);
                }
            }
        }
    })?;
    sink.finish()
}

fn read_body(
    xml: &str,
    styles: &HashMap<String, ParagraphStyle>,
    options: &IngestOptions,
) -> Result<(Vec<SinkBlock>, bool), IngestError> {
    read_text(
        xml,
        "content.xml",
        BlockKind::Paragraph,
        styles,
        options,
        |node| match node {
            Node::Open(e) if e.name().as_ref() == "office:text" => Some(true),
            Node::Close("office:text") => Some(false),
            _ => None,
        },
    )
}

/// Headers and footers of the master pages in `styles.xml`.
fn read_running(
    xml: &str,
    styles: &HashMap<String, ParagraphStyle>,
    options: &IngestOptions,
) -> Result<(Vec<SinkBlock>, Vec<SinkBlock>), IngestError> {
    let region = |open: &'static [&'static str]| {
        move |node: &Node<'_>| match node {
            Node::Open(e) if open.contains(&e.name().as_ref()) => Some(true),
            Node::Close(name) if open.contains(name) => Some(false),
            _ => None,
        }
    };
    let headers = &["style:header", "style:header-left", "style:header-first"];
    let footers = &["style:footer", "style:footer-left", "style:footer-first"];
    let (header_blocks, _) = read_text(
        xml,
        "styles.xml",
        BlockKind::Header,
        styles,
        options,
        region(headers),
    )?;
    let (footer_blocks, _) = read_text(
        xml,
        "styles.xml",
        BlockKind::Footer,
        styles,
        options,
        region(footers),
    )?;
    Ok((header_blocks, footer_blocks))
}
