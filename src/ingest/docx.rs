//! DOCX (Office Open XML): the body of `word/document.xml` with heading levels from the styles,
//! lists, tables, text boxes; page headers and footers; footnotes and endnotes. Deleted
//! (tracked) and hidden text is left out: only what a reader of the document sees is kept.

use std::collections::HashMap;

use super::build::DocumentBuilder;
use super::xml::{Archive, BlockSink, Node, attribute, push_running, walk};
use super::{IngestError, IngestOptions, Source};
use crate::model::{BlockKind, Document, Format};

/// What a paragraph style says about its paragraphs.
#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline_level: Option<u8>,
    numbered: bool,
}

pub fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let mut archive = Archive::open(source.bytes, Format::Docx, options.max_inflated_bytes)?;
    let styles = match archive.part("word/styles.xml")? {
        Some(xml) => read_styles(&xml, options)?,
        None => HashMap::new(),
    };
    let body = archive.required("word/document.xml")?;
    let mut names = archive.names();
    names.sort();
    let mut builder = DocumentBuilder::new(options);
    let mut seen = Vec::new();
    for name in names.iter().filter(|n| is_part(n, "header")) {
        if let Some(xml) = archive.part(name)? {
            let (blocks, _) = read_paragraphs(&xml, name, &styles, BlockKind::Header, options)?;
            push_running(&mut builder, BlockKind::Header, blocks, &mut seen);
        }
    }
    let (blocks, paged) = read_paragraphs(
        &body,
        "word/document.xml",
        &styles,
        BlockKind::Paragraph,
        options,
    )?;
    let page_count = blocks.iter().map(|b| b.page).max();
    for block in blocks {
        builder.push(
            block.kind,
            block.level,
            paged.then_some(block.page),
            &block.text,
        );
    }
    for part in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Some(xml) = archive.part(part)? {
            let (blocks, _) = read_paragraphs(&xml, part, &styles, BlockKind::Footnote, options)?;
            for block in blocks {
                builder.push(BlockKind::Footnote, None, None, &block.text);
            }
        }
    }
    for name in names.iter().filter(|n| is_part(n, "footer")) {
        if let Some(xml) = archive.part(name)? {
            let (blocks, _) = read_paragraphs(&xml, name, &styles, BlockKind::Footer, options)?;
            push_running(&mut builder, BlockKind::Footer, blocks, &mut seen);
        }
    }
    if paged {
        builder.note("page numbers are those of the layout last saved in the file".to_string());
    }
    builder.finish(&source, Format::Docx, page_count.filter(|_| paged))
}

fn is_part(name: &str, kind: &str) -> bool {
    name.strip_prefix("word/")
        .and_then(|n| n.strip_prefix(kind))
        .is_some_and(|rest| rest.ends_with(".xml") && !rest.contains('/'))
}

/// Reads `word/styles.xml`: for each paragraph style, its outline level and numbering.
fn read_styles(xml: &str, options: &IngestOptions) -> Result<HashMap<String, Style>, IngestError> {
    let mut styles = HashMap::new();
    let mut current: Option<(String, Style)> = None;
    walk(
        xml,
        "word/styles.xml",
        Format::Docx,
        options,
        |node| match node {
            Node::Open(e) => match e.name().as_ref() {
                "w:style" => {
                    current = attribute(e, "w:styleId").map(|id| (id, Style::default()));
                }
                "w:name" => {
                    if let (Some((_, style)), Some(name)) =
                        (current.as_mut(), attribute(e, "w:val"))
                    {
                        style.name = name;
                    }
                }
                "w:basedOn" => {
                    if let Some((_, style)) = current.as_mut() {
                        style.based_on = attribute(e, "w:val");
                    }
                }
                "w:outlineLvl" => {
                    if let Some((_, style)) = current.as_mut() {
                        style.outline_level = outline_level(e);
                    }
                }
                "w:numId" => {
                    if let Some((_, style)) = current.as_mut() {
                        style.numbered = attribute(e, "w:val").is_some_and(|v| v != "0");
                    }
                }
                _ => {}
            },
            Node::Close("w:style") => {
                if let Some((id, style)) = current.take() {
                    styles.insert(id, style);
                }
            }
            _ => {}
        },
    )?;
    Ok(styles)
}

/// `w:outlineLvl` counts from 0 for the top level; 9 means body text.
fn outline_level(e: &quick_xml::events::BytesStart<'_>) -> Option<u8> {
    attribute(e, "w:val")
        .and_then(|v| v.parse::<u8>().ok())
        .filter(|v| *v < 9)
        .map(|v| v + 1)
}

/// A style's heading level and numbering, following `basedOn` (bounded: styles can loop).
fn style_traits(styles: &HashMap<String, Style>, id: &str) -> (Option<u8>, bool) {
    let mut level = None;
    let mut numbered = false;
    let mut next = Some(id);
    for _ in 0..16 {
        let Some(style) = next.and_then(|id| styles.get(id)) else {
            break;
        };
        level = level
            .or(style.outline_level)
            .or_else(|| level_from_name(&style.name));
        numbered |= style.numbered;
        next = style.based_on.as_deref();
    }
    (level, numbered)
}

/// Built-in heading styles are named "heading 1" in the file whatever the user's language;
/// some tools localise them ("Titre 1", "Überschrift 1").
fn level_from_name(name: &str) -> Option<u8> {
    let lower = name.to_lowercase();
    if lower == "title" || lower == "titre" || lower == "titel" {
        return Some(1);
    }
    [
        "heading ",
        "titre ",
        "überschrift ",
        "titolo ",
        "título ",
        "kop ",
    ]
    .iter()
    .find_map(|prefix| lower.strip_prefix(prefix))
    .and_then(|n| n.trim().parse::<u8>().ok())
    .filter(|n| (1..=9).contains(n))
}

/// Reads the paragraphs of one part. `base` is the kind of a plain paragraph in that part.
fn read_paragraphs(
    xml: &str,
    part: &str,
    styles: &HashMap<String, Style>,
    base: BlockKind,
    options: &IngestOptions,
) -> Result<(Vec<super::xml::SinkBlock>, bool), IngestError> {
    let mut sink = BlockSink::new(options);
    let mut hidden_run = false;
    let mut in_run = false;
    let mut in_run_props = false;
    let mut in_text = false;
    // Text inside these elements is not shown: deleted text, field codes, fallback copies
    // of text boxes, and separator "footnotes".
    let mut skip_depth = 0usize;
    let mut paragraph_style: Option<String> = None;
    let mut paragraph_numbered = false;
    let mut paragraph_outline: Option<u8> = None;
    walk(xml, part, Format::Docx, options, |node| match node {
        Node::Open(e) => {
            let name = e.name();
            let name = name.as_ref();
            if skip_depth > 0 {
                skip_depth += usize::from(!matches!(name, "w:tab" | "w:br" | "w:cr"));
                return;
            }
            match name {
                "w:delText" | "w:instrText" | "mc:Fallback" | "w:del" => skip_depth = 1,
                "w:footnote" | "w:endnote"
                    if attribute(e, "w:type")
                        .is_some_and(|t| t.contains("eparator") || t == "continuationNotice") =>
                {
                    skip_depth = 1
                }
                "w:p" => {
                    sink.open_paragraph(base, None);
                    paragraph_style = None;
                    paragraph_numbered = false;
                    paragraph_outline = None;
                }
                "w:pStyle" => paragraph_style = attribute(e, "w:val"),
                "w:numId" => paragraph_numbered = attribute(e, "w:val").is_some_and(|v| v != "0"),
                "w:outlineLvl" => paragraph_outline = outline_level(e),
                "w:r" => {
                    in_run = true;
                    hidden_run = false;
                }
                "w:rPr" if in_run => in_run_props = true,
                "w:vanish" if in_run_props => {
                    hidden_run = attribute(e, "w:val").is_none_or(|v| v != "0" && v != "false")
                }
                "w:tab" | "w:ptab" if !hidden_run => sink.text("\t"),
                "w:br" | "w:cr" if !hidden_run => sink.text(" "),
                // Only the breaks of the last saved layout give true page numbers: hard breaks
                // alone would miss every page that simply filled up.
                "w:lastRenderedPageBreak" => sink.page_break(),
                "w:t" => in_text = true,
                "w:noBreakHyphen" if !hidden_run => sink.text("-"),
                "w:tc" => sink.open_cell(),
                _ => {}
            }
        }
        Node::Close(name) => {
            if skip_depth > 0 {
                skip_depth -= 1;
                return;
            }
            match name {
                "w:pPr" if base == BlockKind::Paragraph => {
                    let (style_level, style_numbered) = paragraph_style
                        .as_deref()
                        .map(|id| style_traits(styles, id))
                        .unwrap_or((None, false));
                    if let Some(level) = paragraph_outline.or(style_level) {
                        sink.set_kind(BlockKind::Heading, Some(level));
                    } else if paragraph_numbered || style_numbered {
                        sink.set_kind(BlockKind::ListItem, None);
                    }
                }
                "w:p" => sink.close_paragraph(),
                "w:r" => in_run = false,
                "w:t" => in_text = false,
                "w:rPr" => in_run_props = false,
                "w:tc" => sink.close_cell(),
                _ => {}
            }
        }
        Node::Text(text) => {
            if skip_depth == 0 && in_text && !hidden_run {
                sink.text(text);
            }
        }
    })?;
    sink.finish()
}
