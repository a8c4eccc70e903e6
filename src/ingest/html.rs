//! HTML: the visible text only (never scripts, styles, templates or hidden elements), in
//! blocks that follow the markup: headings with their level, paragraphs, list items, cells.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use ego_tree::NodeId;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::node::Element;
use scraper::{Html, HtmlTreeSink, Node};

use super::build::DocumentBuilder;
use super::text::decode_text;
use super::{IngestError, IngestOptions, Source};
use crate::model::{BlockKind, Document, Format};

/// The HTML is handed to the parser in pieces of this many bytes, so that the nesting and the
/// deadline are checked as it goes.
const CHUNK_BYTES: usize = 16 * 1024;

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

/// scraper's tree sink, keeping count of how deep elements nest. html5ever looks through the
/// open elements for each new one, so its time grows with the square of the depth: a page of
/// 200 000 nested `<div>` would take minutes. The depth of each node is known from its parent's.
struct NestingSink {
    tree: HtmlTreeSink,
    depths: RefCell<HashMap<NodeId, usize>>,
    deepest: Rc<Cell<usize>>,
}

impl NestingSink {
    fn record(&self, child: &NodeOrText<NodeId>, depth: usize) {
        if let NodeOrText::AppendNode(id) = child {
            self.depths.borrow_mut().insert(*id, depth);
            self.deepest.set(self.deepest.get().max(depth));
        }
    }

    fn depth(&self, node: &NodeId) -> usize {
        self.depths.borrow().get(node).copied().unwrap_or(0)
    }
}

impl TreeSink for NestingSink {
    type Handle = NodeId;
    type Output = Html;
    type ElemName<'a> = <HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Html {
        self.tree.finish()
    }
    fn parse_error(&self, msg: Cow<'static, str>) {
        self.tree.parse_error(msg);
    }
    fn get_document(&self) -> NodeId {
        self.tree.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Self::ElemName<'a> {
        self.tree.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.tree.create_element(name, attrs, flags)
    }
    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.tree.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.tree.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.record(&child, self.depth(parent) + 1);
        self.tree.append(parent, child);
    }
    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.record(
            &child,
            self.depth(element).max(self.depth(prev_element)) + 1,
        );
        self.tree
            .append_based_on_parent_node(element, prev_element, child);
    }
    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.tree
            .append_doctype_to_document(name, public_id, system_id);
    }
    fn mark_script_already_started(&self, node: &NodeId) {
        self.tree.mark_script_already_started(node);
    }
    fn pop(&self, node: &NodeId) {
        self.tree.pop(node);
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.tree.get_template_contents(target)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.tree.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.tree.set_quirks_mode(mode);
    }
    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.record(&new_node, self.depth(sibling));
        self.tree.append_before_sibling(sibling, new_node);
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.tree.add_attrs_if_missing(target, attrs);
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.tree.remove_from_parent(target);
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.tree.reparent_children(node, new_parent);
    }
}

/// Parses the page piece by piece, refusing it once elements nest deeper than the limit and
/// stopping when the document's deadline passes.
fn parse(text: &str, options: &IngestOptions) -> Result<Html, IngestError> {
    let deepest = Rc::new(Cell::new(0));
    let sink = NestingSink {
        tree: HtmlTreeSink::new(Html::new_document()),
        depths: RefCell::new(HashMap::new()),
        deepest: deepest.clone(),
    };
    let mut parser = html5ever::driver::parse_document(sink, Default::default());
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = rest.len().min(CHUNK_BYTES);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(chunk));
        rest = tail;
        if deepest.get() > options.max_nesting {
            return Err(IngestError::TooDeep {
                format: Format::Html,
                limit: options.max_nesting,
            });
        }
        options.deadline.check()?;
    }
    Ok(parser.finish())
}

pub fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let text = decode_text(source.bytes).ok_or_else(|| IngestError::Corrupt {
        format: Format::Html,
        detail: "the bytes are not text in any known encoding".to_string(),
    })?;
    let mut builder = DocumentBuilder::new(options);
    push_blocks(&text, &mut builder, options)?;
    builder.finish(&source, Format::Html, None)
}

/// The visible text of a page, or of a fragment such as the raw HTML inside Markdown, pushed as
/// blocks that follow its markup.
pub(super) fn push_blocks(
    text: &str,
    builder: &mut DocumentBuilder,
    options: &IngestOptions,
) -> Result<(), IngestError> {
    let html = parse(text, options)?;
    let style_sheets = HiddenSelectors::from_style_sheets(&html);
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
                        flush(builder, &mut current, &kinds);
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
                        flush(builder, &mut current, &kinds);
                    }
                    if kind_of(name, None).is_some() {
                        kinds.pop();
                    }
                }
            }
        }
    }
    flush(builder, &mut current, &kinds);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let source = Source {
            name: "t.html",
            bytes: html.as_bytes(),
        };
        read(source, &IngestOptions::default())
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
