//! HTML: the visible text only (never scripts, styles, templates or hidden elements), in
//! blocks that follow the markup: headings with their level, paragraphs, list items, cells.

use scraper::node::Element;
use scraper::{Html, Node};

use super::build::DocumentBuilder;
use super::text::decode_text;
use super::{IngestError, Source};
use crate::model::{BlockKind, Document, Format};

/// Elements whose content a visitor never sees.
const INVISIBLE: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "datalist", "audio", "video",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "legend",
    "label",
    "button",
    "option",
];

/// Simple selectors (`tag`, `.class`, `#id`, `tag.class`) that the page's own style sheets hide
/// with `display: none` or `visibility: hidden`. Selectors with combinators or pseudo-classes
/// are not evaluated: their elements stay visible, which errs on the side of reading too much.
#[derive(Debug, Default)]
struct HiddenSelectors(Vec<(Option<String>, Option<String>, Option<String>)>);

impl HiddenSelectors {
    fn from_style_sheets(html: &Html) -> Self {
        let mut selectors = Vec::new();
        for node in html.tree.nodes() {
            let Node::Element(element) = node.value() else {
                continue;
            };
            if element.name() != "style" {
                continue;
            }
            let css: String = node
                .children()
                .filter_map(|child| child.value().as_text().map(|t| t.to_string()))
                .collect();
            for rule in css.split('}') {
                let Some((selector_list, declarations)) = rule.split_once('{') else {
                    continue;
                };
                if !hides(declarations) {
                    continue;
                }
                selectors.extend(
                    selector_list
                        .split(',')
                        .filter_map(|s| simple_selector(s.trim())),
                );
            }
        }
        HiddenSelectors(selectors)
    }

    fn matches(&self, element: &Element) -> bool {
        self.0.iter().any(|(tag, class, id)| {
            tag.as_deref()
                .is_none_or(|t| t.eq_ignore_ascii_case(element.name()))
                && class
                    .as_deref()
                    .is_none_or(|c| element.classes().any(|k| k == c))
                && id.as_deref().is_none_or(|i| element.id() == Some(i))
        })
    }
}

/// Whether CSS declarations take an element off the screen.
fn hides(declarations: &str) -> bool {
    let compact: String = declarations
        .to_ascii_lowercase()
        .split_whitespace()
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Parses `tag`, `.class`, `#id`, `tag.class`, `tag#id`; anything else is not simple.
fn simple_selector(selector: &str) -> Option<(Option<String>, Option<String>, Option<String>)> {
    let is_name = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    };
    let (rest, id) = match selector.split_once('#') {
        Some((rest, id)) if is_name(id) => (rest, Some(id.to_string())),
        Some(_) => return None,
        None => (selector, None),
    };
    let (tag, class) = match rest.split_once('.') {
        Some((tag, class)) if is_name(class) => (tag, Some(class.to_string())),
        Some(_) => return None,
        None => (rest, None),
    };
    if !tag.is_empty() && !is_name(tag) {
        return None;
    }
    let tag = (!tag.is_empty()).then(|| tag.to_string());
    (tag.is_some() || class.is_some() || id.is_some()).then_some((tag, class, id))
}

fn is_hidden(element: &Element, style_sheets: &HiddenSelectors) -> bool {
    if INVISIBLE.contains(&element.name()) || element.attr("hidden").is_some() {
        return true;
    }
    if style_sheets.matches(element) {
        return true;
    }
    if element.attr("aria-hidden") == Some("true") {
        return true;
    }
    if element.name() == "input"
        && element
            .attr("type")
            .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
    {
        return true;
    }
    element.attr("style").is_some_and(hides)
}

/// The kind of block an element opens, if it gives its text a kind of its own. A paragraph
/// inside a list item or a cell keeps the kind of its container.
fn kind_of(
    name: &str,
    container: Option<(BlockKind, Option<u8>)>,
) -> Option<(BlockKind, Option<u8>)> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            (BlockKind::Heading, name[1..].parse::<u8>().ok())
        }
        "li" => (BlockKind::ListItem, None),
        "td" | "th" => (BlockKind::TableCell, None),
        "p" | "div" | "dd" | "dt" | "caption" | "figcaption" | "blockquote" | "pre" => {
            container.unwrap_or((BlockKind::Paragraph, None))
        }
        _ => return None,
    })
}

pub fn read(source: Source<'_>) -> Result<Document, IngestError> {
    let text = decode_text(source.bytes).ok_or_else(|| IngestError::Corrupt {
        format: Format::Html,
        detail: "the bytes are not text in any known encoding".to_string(),
    })?;
    let html = Html::parse_document(&text);
    let style_sheets = HiddenSelectors::from_style_sheets(&html);
    let mut builder = DocumentBuilder::new();
    let mut current = String::new();
    let mut kinds: Vec<(BlockKind, Option<u8>)> = Vec::new();
    let mut hidden_depth = 0usize;
    let flush =
        |builder: &mut DocumentBuilder, current: &mut String, kinds: &[(BlockKind, Option<u8>)]| {
            let (kind, level) = kinds
                .last()
                .copied()
                .unwrap_or((BlockKind::Paragraph, None));
            builder.push(kind, level, None, current);
            current.clear();
        };
    for edge in html.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    if hidden_depth > 0 || is_hidden(element, &style_sheets) {
                        hidden_depth += 1;
                        continue;
                    }
                    let name = element.name();
                    if BLOCKS.contains(&name) {
                        flush(&mut builder, &mut current, &kinds);
                    }
                    if let Some(kind) = kind_of(name, kinds.last().copied()) {
                        kinds.push(kind);
                    }
                    if name == "br" || name == "img" {
                        current.push(' ');
                    }
                }
                Node::Text(text) if hidden_depth == 0 => current.push_str(text),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    if hidden_depth > 0 {
                        hidden_depth -= 1;
                        continue;
                    }
                    let name = element.name();
                    if BLOCKS.contains(&name) {
                        flush(&mut builder, &mut current, &kinds);
                    }
                    if kind_of(name, None).is_some() {
                        kinds.pop();
                    }
                }
            }
        }
    }
    flush(&mut builder, &mut current, &kinds);
    builder.finish(&source, Format::Html, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let source = Source {
            name: "t.html",
            bytes: html.as_bytes(),
        };
        read(source)
            .map(|d| d.blocks.into_iter().map(|b| (b.kind, b.text)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn keeps_visible_text_only() {
        let got = blocks(
            r#"<html><head><title>T</title><style>p{} .draft, aside > p { display : none }</style></head><body>
            <p class="note draft">brouillon</p>
            <h2>Article 3 – Hébergement</h2><script>var x = "secret";</script>
            <p>Les données sont <b>hébergées</b> en France.</p>
            <p hidden>caché</p><div style="display: none">caché</div><span aria-hidden="true">caché</span>
            <ul><li>sauvegardes</li><li><p>journaux</p></li></ul>
            <table><tr><td>Lieu</td><td>France</td></tr></table></body></html>"#,
        );
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading, "Article 3 – Hébergement".to_string()),
                (
                    BlockKind::Paragraph,
                    "Les données sont hébergées en France.".to_string()
                ),
                (BlockKind::ListItem, "sauvegardes".to_string()),
                (BlockKind::ListItem, "journaux".to_string()),
                (BlockKind::TableCell, "Lieu".to_string()),
                (BlockKind::TableCell, "France".to_string()),
            ]
        );
    }
}

#[cfg(test)]
mod selector_tests {
    use super::simple_selector;

    #[test]
    fn only_simple_selectors_are_understood() {
        let s = |t: Option<&str>, c: Option<&str>, i: Option<&str>| {
            Some((
                t.map(String::from),
                c.map(String::from),
                i.map(String::from),
            ))
        };
        assert_eq!(simple_selector(".cache"), s(None, Some("cache"), None));
        assert_eq!(
            simple_selector("div.cache"),
            s(Some("div"), Some("cache"), None)
        );
        assert_eq!(
            simple_selector("#brouillon"),
            s(None, None, Some("brouillon"))
        );
        assert_eq!(simple_selector("aside > p"), None);
        assert_eq!(simple_selector("a:hover"), None);
    }
}
