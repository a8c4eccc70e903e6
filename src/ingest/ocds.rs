//! OCDS (Open Contracting Data Standard 1.1) JSON: releases, records, compiled releases and the
//! packages and JSON Lines files that hold many of them. Each release or record is one notice:
//! free-text fields as blocks located by JSON pointer, coded fields as a
//! [`Notice`](crate::model::Notice).
//!
//! The file is parsed whole into a `serde_json::Value` (serde_json's recursion limit of 128
//! levels stays on) and then walked along the fixed paths OCDS defines, never recursively, so
//! the depth of the input costs nothing here. Every field read is checked for its type on the
//! way, and a wrong one is an [`IngestError::Corrupt`] naming its JSON pointer.
//!
//! Pointers: a notice read from a file is located from that file's root
//! (`/releases/0/tender/description` in a package, `/tender/description` for a bare release,
//! `/compiledRelease/tender/description` for a record). A JSON Lines file has no single root:
//! its pointers start at the root of the line, and errors name the line. A notice split out of
//! a file that holds several ([`split`]) is a member of its own, whose bytes are that release or
//! record alone: the pointers of the document read from it start at the root of the member
//! (`/tender/description`), and the member's name (`file.json#ocid`) says where it came from.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::build::DocumentBuilder;
use super::{IngestError, IngestOptions, Member, Source};
use crate::deadline::Pacer;
use crate::model::{
    Amount, AwardCriterion, Classification, Document, Format, Notice, NoticeBuyer, NoticeField,
    NoticeKind, NoticeStandard, PlaceOfPerformance,
};

/// Most notices one file may hold: far more than any publisher puts in one package, few enough
/// that the file's documents can be listed and judged.
pub(super) const MAX_NOTICES: usize = 100_000;

/// Reads one OCDS release, record or compiled release (or a package or JSON Lines file holding
/// exactly one). A file holding several is refused: [`split`] makes one member of each, which
/// is how the pipeline reads it.
pub(super) fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let values = parse(source.bytes, options)?;
    let notices = locate_all(&values, options)?;
    let notice = match notices.as_slice() {
        [] => {
            return Err(IngestError::NoText {
                format: Format::Ocds,
            });
        }
        [one] => one,
        several => {
            // A broken notice is the first thing to say about the file, with its pointer.
            for notice in several {
                parse_notice(notice)?;
            }
            return Err(IngestError::Unsupported {
                found: format!(
                    "an OCDS file holding {} notices read as one document; tenderlint reads each \
                     notice of such a file as a document of its own when the file is checked",
                    several.len()
                ),
            });
        }
    };
    let parsed = parse_notice(notice)?;
    let mut builder = DocumentBuilder::new(options);
    for note in &parsed.notes {
        builder.note(note.clone());
    }
    for block in &parsed.blocks {
        builder.push_field(&block.section, &block.path, &block.text);
    }
    let mut document = builder.finish(&source, Format::Ocds, None)?;
    document.notice = Some(Box::new(parsed.notice));
    Ok(document)
}

/// The notices of a file that holds several (a release or record package, JSON Lines), each as
/// a member named `<file>#<ocid>` (`<file>#<ocid>/<release id>` when an ocid repeats, the
/// 1-based position `<file>#3` when there is no ocid), whose bytes are that release or record
/// alone, serialised as JSON; `None` for a file that holds one notice, or none.
///
/// Every notice is checked as [`read`] checks it first, so that a broken release is reported
/// against the whole file with its pointer there (`/releases/3/tag`) rather than found later in
/// a member whose pointers start at its own root. The documents read from the members are
/// located within the member (`/tender/description`), not within the file.
pub(super) fn split(
    source: Source<'_>,
    options: &IngestOptions,
) -> Result<Option<Vec<Member>>, IngestError> {
    // In JSON Lines a broken line is that notice's error, not the whole file's: the others are
    // still read, and the line is a member whose reading names what is wrong with it.
    let (values, broken) = match parse(source.bytes, options) {
        Ok(values) => (values, Vec::new()),
        Err(error) => match lines_apart(&json_text(source.bytes)?, options)? {
            Some(apart) => apart,
            None => return Err(error),
        },
    };
    let notices = locate_all(&values, options)?;
    if notices.len() + broken.len() < 2 {
        return Ok(None);
    }
    let mut pacer = Pacer::<256>::new(&options.deadline);
    let names = member_names(source.name, &notices);
    let mut members = Vec::with_capacity(notices.len() + broken.len());
    // Each notice is checked when its member is read: an invalid release is its own error, and
    // the others of the package are judged.
    for (notice, name) in notices.iter().zip(names) {
        pacer.step()?;
        let bytes = serde_json::to_vec(notice.value).map_err(|e| corrupt(e.to_string()))?;
        members.push(Member {
            name,
            bytes: bytes.into(),
        });
    }
    for (line, text) in broken {
        members.push(Member {
            name: format!("{}#line {line}", source.name),
            bytes: text.into_bytes().into(),
        });
    }
    Ok(Some(members))
}

/// The JSON values of the lines of JSON Lines, and the lines that are not JSON with their numbers.
type LinesApart = (Vec<Parsed>, Vec<(usize, String)>);

/// The values of JSON Lines read line by line, and the lines that are not JSON (with their
/// 1-based numbers); `None` when the text is not JSON Lines (fewer than two non-empty lines) or
/// no line is JSON.
fn lines_apart(text: &str, options: &IngestOptions) -> Result<Option<LinesApart>, IngestError> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| (index + 1, line))
        .collect();
    if lines.len() < 2 {
        return Ok(None);
    }
    if lines.len() > MAX_NOTICES {
        return Err(too_many_notices());
    }
    let mut pacer = Pacer::<256>::new(&options.deadline);
    let (mut values, mut broken) = (Vec::new(), Vec::new());
    for (line, content) in lines {
        pacer.step()?;
        match serde_json::from_str::<Value>(content) {
            Ok(value) => values.push(Parsed {
                value,
                line: Some(line),
            }),
            Err(_) => broken.push((line, content.to_string())),
        }
    }
    Ok((!values.is_empty()).then_some((values, broken)))
}

fn corrupt(detail: String) -> IngestError {
    IngestError::Corrupt {
        format: Format::Ocds,
        detail,
    }
}

/// One JSON value of the file (the file itself, or one line of JSON Lines).
struct Parsed {
    value: Value,
    /// The 1-based line it starts on, for a file of several values.
    line: Option<usize>,
}

/// The JSON values of a file: one, or one per line of JSON Lines (any whitespace between
/// values is accepted, as JSON text sequences are written alike). Broken JSON is corrupt, with
/// the line and column serde_json gives.
fn parse(bytes: &[u8], options: &IngestOptions) -> Result<Vec<Parsed>, IngestError> {
    let text = json_text(bytes)?;
    let mut stream = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
    let mut values = Vec::new();
    let mut start = 0;
    let mut line = 1;
    let mut pacer = Pacer::<256>::new(&options.deadline);
    while let Some(value) = stream.next() {
        pacer.step()?;
        let value = value.map_err(|e| corrupt(e.to_string()))?;
        // Where this value began: after the whitespace that follows the previous one.
        let end = stream.byte_offset();
        let read = text.get(start..end).unwrap_or_default();
        let skipped = read.len() - read.trim_start().len();
        line += read.get(..skipped).map_or(0, |s| s.matches('\n').count());
        values.push(Parsed {
            value,
            line: Some(line),
        });
        line += read.get(skipped..).map_or(0, |s| s.matches('\n').count());
        start = end;
        if values.len() > MAX_NOTICES {
            return Err(too_many_notices());
        }
    }
    if let [only] = values.as_mut_slice() {
        only.line = None;
    }
    Ok(values)
}

/// The text of a JSON file: UTF-8 (its byte-order mark dropped) or UTF-16 with a byte-order
/// mark; anything else is not JSON, which RFC 8259 requires in UTF-8.
fn json_text(bytes: &[u8]) -> Result<Cow<'_, str>, IngestError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return super::text::decode_text(bytes)
            .map(Cow::Owned)
            .ok_or_else(|| corrupt("the UTF-16 text cannot be decoded".to_string()));
    }
    std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
        corrupt(format!(
            "the JSON is not UTF-8: invalid byte at offset {}",
            e.valid_up_to()
        ))
    })
}

fn too_many_notices() -> IngestError {
    IngestError::TooMuchText {
        what: "OCDS notices (releases or records)",
        limit: MAX_NOTICES,
    }
}

/// What a notice of the file is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Release,
    Record,
}

/// One notice of the file: a release or a record, with where it stands.
struct Located<'a> {
    value: &'a Value,
    shape: Shape,
    /// Its pointer from the root of the file, or of its line.
    pointer: String,
    /// The line of a JSON Lines file it stands on.
    line: Option<usize>,
}

impl Located<'_> {
    /// The notice's ocid, when it has one (used for names only: [`parse_notice`] checks it).
    fn ocid(&self) -> Option<&str> {
        self.value.get("ocid").and_then(Value::as_str)
    }

    /// The release id of a release, or of the release a record is read as.
    fn release_id(&self) -> Option<String> {
        let release = match self.shape {
            Shape::Release => Some(self.value),
            Shape::Record => record_release(self.value),
        };
        release.and_then(|r| r.get("id")).and_then(id_text)
    }
}

/// Every notice of the file, in order, its packages opened.
fn locate_all<'a>(
    values: &'a [Parsed],
    options: &IngestOptions,
) -> Result<Vec<Located<'a>>, IngestError> {
    let mut notices = Vec::new();
    let mut pacer = Pacer::<256>::new(&options.deadline);
    for parsed in values {
        locate(&parsed.value, parsed.line, &mut notices, &mut pacer)?;
    }
    Ok(notices)
}

/// Adds the notices of one JSON value: the releases or records of a package, or the value
/// itself when it is a release or a record.
fn locate<'a>(
    value: &'a Value,
    line: Option<usize>,
    notices: &mut Vec<Located<'a>>,
    pacer: &mut Pacer<'_, 256>,
) -> Result<(), IngestError> {
    let fail = |pointer: &str, what: &str| corrupt(detail(line, pointer, what));
    let Some(object) = value.as_object() else {
        return Err(fail(
            "",
            &format!(
                "expected an OCDS release, record or package (a JSON object), found {}",
                kind_of(value)
            ),
        ));
    };
    let key = if object.contains_key("records") {
        Some("records")
    } else if object.contains_key("releases") && !object.contains_key("ocid") {
        Some("releases")
    } else {
        None
    };
    if let Some(key) = key {
        let Some(items) = object.get(key).and_then(Value::as_array) else {
            return Err(fail(
                &format!("/{key}"),
                &expected("an array", object.get(key)),
            ));
        };
        let shape = if key == "records" {
            Shape::Record
        } else {
            Shape::Release
        };
        for (index, item) in items.iter().enumerate() {
            pacer.step()?;
            if notices.len() >= MAX_NOTICES {
                return Err(too_many_notices());
            }
            notices.push(Located {
                value: item,
                shape,
                pointer: format!("/{key}/{index}"),
                line,
            });
        }
        return Ok(());
    }
    let shape = if object.contains_key("releases") || object.contains_key("compiledRelease") {
        Shape::Record
    } else if ["ocid", "id", "date", "tag", "tender"]
        .iter()
        .any(|k| object.contains_key(*k))
    {
        Shape::Release
    } else {
        return Err(fail(
            "",
            "not an OCDS release, record or package: it has no `ocid`, `releases` or `records`",
        ));
    };
    if notices.len() >= MAX_NOTICES {
        return Err(too_many_notices());
    }
    notices.push(Located {
        value,
        shape,
        pointer: String::new(),
        line,
    });
    Ok(())
}

/// The release a record is read as: its compiled release when it has one, else its last
/// release.
fn record_release(record: &Value) -> Option<&Value> {
    match record.get("compiledRelease") {
        Some(compiled) if !compiled.is_null() => Some(compiled),
        _ => record.get("releases")?.as_array()?.last(),
    }
}

/// The names of the members a file's notices become, each unique.
fn member_names(file: &str, notices: &[Located<'_>]) -> Vec<String> {
    let mut per_ocid: HashMap<&str, usize> = HashMap::new();
    for notice in notices {
        if let Some(ocid) = notice.ocid() {
            *per_ocid.entry(ocid).or_default() += 1;
        }
    }
    let mut taken = HashSet::new();
    let mut names = Vec::with_capacity(notices.len());
    for (index, notice) in notices.iter().enumerate() {
        let position = index + 1;
        let name = match notice.ocid() {
            Some(ocid) if per_ocid.get(ocid).copied().unwrap_or(0) < 2 => format!("{file}#{ocid}"),
            Some(ocid) => match notice.release_id() {
                Some(id) => format!("{file}#{ocid}/{id}"),
                None => format!("{file}#{ocid}/{position}"),
            },
            None => format!("{file}#{position}"),
        };
        // The same ocid and release id twice (a file that repeats a release): the position
        // tells them apart, as the documents of one run need distinct names.
        let name = if taken.contains(&name) {
            format!("{name}#{position}")
        } else {
            name
        };
        taken.insert(name.clone());
        names.push(name);
    }
    names
}

/// An error's detail: the line of a JSON Lines file, then the pointer (`/` for the root).
fn detail(line: Option<usize>, pointer: &str, what: &str) -> String {
    let pointer = if pointer.is_empty() { "/" } else { pointer };
    match line {
        Some(line) => format!("line {line}: {pointer}: {what}"),
        None => format!("{pointer}: {what}"),
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn expected(what: &str, found: Option<&Value>) -> String {
    match found {
        Some(value) => format!("expected {what}, found {}", kind_of(value)),
        None => format!("expected {what}, found nothing"),
    }
}

/// A JSON pointer's reference token for a key (RFC 6901: `~` and `/` escaped).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A string or an integer, as OCDS allows for identifiers, as text.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

/// A JSON object of the notice being read, with its pointer, whose typed accessors fail with
/// that pointer.
#[derive(Clone)]
struct Node<'a> {
    map: &'a Map<String, Value>,
    pointer: String,
    line: Option<usize>,
}

impl<'a> Node<'a> {
    fn root(value: &'a Value, pointer: &str, line: Option<usize>) -> Result<Self, IngestError> {
        match value.as_object() {
            Some(map) => Ok(Node {
                map,
                pointer: pointer.to_string(),
                line,
            }),
            None => Err(corrupt(detail(
                line,
                pointer,
                &expected("an object", Some(value)),
            ))),
        }
    }

    fn path(&self, key: &str) -> String {
        format!("{}/{}", self.pointer, escape(key))
    }

    fn fail(&self, key: &str, what: String) -> IngestError {
        corrupt(detail(self.line, &self.path(key), &what))
    }

    /// A field's value; `null` is as if the field were absent, as publishers write both.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// A required string.
    fn required(&self, key: &str) -> Result<NoticeField, IngestError> {
        if self.get(key).is_none() {
            return Err(corrupt(detail(
                self.line,
                &self.pointer,
                &format!("missing field `{key}`"),
            )));
        }
        self.text(key)?
            .ok_or_else(|| self.fail(key, "expected a non-empty string".to_string()))
    }

    /// A string field, trimmed; none when absent or blank.
    fn text(&self, key: &str) -> Result<Option<NoticeField>, IngestError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => {
                Ok(Some(s.trim())
                    .filter(|s| !s.is_empty())
                    .map(|value| NoticeField {
                        value: value.to_string(),
                        path: self.path(key),
                    }))
            }
            Some(other) => Err(self.fail(key, expected("a string", Some(other)))),
        }
    }

    /// An identifier: a string or an integer.
    fn id(&self, key: &str) -> Result<Option<String>, IngestError> {
        match self.get(key) {
            None => Ok(None),
            Some(value @ (Value::String(_) | Value::Number(_))) => id_text(value)
                .map(Some)
                .ok_or_else(|| self.fail(key, "expected a string or an integer".to_string())),
            Some(other) => Err(self.fail(key, expected("a string or an integer", Some(other)))),
        }
    }

    fn object(&self, key: &str) -> Result<Option<Node<'a>>, IngestError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Node {
                map,
                pointer: self.path(key),
                line: self.line,
            })),
            Some(other) => Err(self.fail(key, expected("an object", Some(other)))),
        }
    }

    /// An array of objects; empty when absent, its `null` items skipped.
    fn objects(&self, key: &str) -> Result<Vec<Node<'a>>, IngestError> {
        let items = match self.get(key) {
            None => return Ok(Vec::new()),
            Some(Value::Array(items)) => items,
            Some(other) => return Err(self.fail(key, expected("an array", Some(other)))),
        };
        let base = self.path(key);
        let mut nodes = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            if item.is_null() {
                continue;
            }
            nodes.push(Node::root(item, &format!("{base}/{index}"), self.line)?);
        }
        Ok(nodes)
    }

    /// An array of strings; empty when absent.
    fn strings(&self, key: &str) -> Result<Vec<String>, IngestError> {
        let fail = || self.fail(key, "expected an array of strings".to_string());
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| item.as_str().map(|s| s.trim().to_string()).ok_or_else(fail))
                .collect(),
            Some(_) => Err(fail()),
        }
    }

    /// An amount: a JSON number, or a string that is one (as some publishers write them).
    fn number(&self, key: &str) -> Result<Option<String>, IngestError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(Value::String(s)) if s.trim().parse::<f64>().is_ok_and(f64::is_finite) => {
                Ok(Some(s.trim().to_string()))
            }
            Some(Value::String(s)) => {
                Err(self.fail(key, format!("expected a number, found the string {s:?}")))
            }
            Some(other) => Err(self.fail(key, expected("a number", Some(other)))),
        }
    }

    /// An OCDS Value object (`amount`, `currency`) under `key`, when it has an amount.
    fn amount(&self, key: &str) -> Result<Option<Amount>, IngestError> {
        let Some(value) = self.object(key)? else {
            return Ok(None);
        };
        let Some(amount) = value.number("amount")? else {
            return Ok(None);
        };
        Ok(Some(Amount {
            amount,
            currency: value.text("currency")?.map(|c| c.value),
            path: value.pointer.clone(),
        }))
    }

    /// The language variants of a text field (`title_fr`, `description_de-CH`): their keys and
    /// languages, in the order of their keys.
    fn variants(&self, key: &str) -> Vec<(&'a str, String)> {
        let prefix = format!("{key}_");
        let mut variants: Vec<(&str, String)> = self
            .map
            .keys()
            .filter_map(|k| {
                let language = k.strip_prefix(&prefix)?;
                is_language_tag(language).then(|| (k.as_str(), language.to_string()))
            })
            .collect();
        variants.sort();
        variants
    }
}

/// Whether a key's suffix is a language tag, as OCDS names language variants: two or three
/// lower-case letters, then optional subtags (`fr`, `de-CH`, `en_GB`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let primary = parts.next().is_some_and(|primary| {
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase())
    });
    primary
        && parts.all(|sub| {
            (2..=8).contains(&sub.len()) && sub.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// A block of free text found in the notice.
struct TextBlock {
    section: String,
    path: String,
    text: String,
}

/// What one notice gives: its blocks, its coded fields, and what the reader noted.
struct ParsedNotice {
    blocks: Vec<TextBlock>,
    notice: Notice,
    notes: Vec<String>,
}

/// Reads a release, or a record as its compiled or last release, into blocks and a notice,
/// checking every field it reads.
fn parse_notice(located: &Located<'_>) -> Result<ParsedNotice, IngestError> {
    let top = Node::root(located.value, &located.pointer, located.line)?;
    let (release, record_ocid) = match located.shape {
        Shape::Release => (top, None),
        Shape::Record => {
            let ocid = top.required("ocid")?;
            (record_node(&top)?, Some(ocid))
        }
    };
    let mut reader = Reader::default();
    let notice = reader.release(&release, record_ocid)?;
    Ok(ParsedNotice {
        blocks: reader.blocks,
        notice,
        notes: reader.notes,
    })
}

/// The release a record is read as: its compiled release, else its last release, which must
/// then be a whole release and not a link to one.
fn record_node<'a>(record: &Node<'a>) -> Result<Node<'a>, IngestError> {
    if let Some(compiled) = record.object("compiledRelease")? {
        return Ok(compiled);
    }
    let releases = match record.get("releases") {
        Some(Value::Array(items)) => items,
        other => return Err(record.fail("releases", expected("an array", other))),
    };
    let Some((last, value)) = releases.iter().enumerate().next_back() else {
        return Err(record.fail(
            "releases",
            "the record has no compiled release and no release".to_string(),
        ));
    };
    let node = Node::root(
        value,
        &format!("{}/releases/{last}", record.pointer),
        record.line,
    )?;
    if node.get("ocid").is_none() && node.get("url").is_some() {
        return Err(corrupt(detail(
            record.line,
            &node.pointer,
            "a linked release (only its url): the record has no compiled release and does not \
             hold the release itself",
        )));
    }
    Ok(node)
}

/// Gathers the blocks and notes of one notice as its fields are read.
#[derive(Default)]
struct Reader {
    blocks: Vec<TextBlock>,
    notes: Vec<String>,
}

impl Reader {
    /// The free text of `key` and of its language variants, as blocks under `section`.
    fn field(&mut self, node: &Node<'_>, key: &str, section: &str) -> Result<(), IngestError> {
        if let Some(field) = node.text(key)? {
            self.blocks.push(TextBlock {
                section: section.to_string(),
                path: field.path,
                text: field.value,
            });
        }
        for (variant, language) in node.variants(key) {
            if let Some(field) = node.text(variant)? {
                self.blocks.push(TextBlock {
                    section: format!("{section} ({language})"),
                    path: field.path,
                    text: field.value,
                });
            }
        }
        Ok(())
    }

    fn release(
        &mut self,
        release: &Node<'_>,
        record_ocid: Option<NoticeField>,
    ) -> Result<Notice, IngestError> {
        let ocid = release.required("ocid")?;
        release.required("id")?;
        let published = release.required("date")?;
        if release.get("tag").is_none() {
            return Err(corrupt(detail(
                release.line,
                &release.pointer,
                "missing field `tag`",
            )));
        }
        let tags = release.strings("tag")?;
        let planning = release.object("planning")?;
        let tender = release.object("tender")?;
        let awards = release.objects("awards")?;
        let contracts = release.objects("contracts")?;

        // A compiled release gathers every stage so far: the furthest present is its stage.
        let kind = if tags.iter().any(|t| t == "compiled") {
            if !contracts.is_empty() || !awards.is_empty() {
                NoticeKind::Result
            } else if tender.is_some() {
                NoticeKind::Competition
            } else if planning.is_some() {
                NoticeKind::Planning
            } else {
                NoticeKind::Other
            }
        } else {
            tags.iter()
                .map(|tag| kind_of_tag(tag))
                .max_by_key(|kind| stage(*kind))
                .unwrap_or(NoticeKind::Other)
        };

        let mut notice = Notice {
            standard: NoticeStandard::Ocds,
            kind,
            subtype: Some(tags.join(",")).filter(|s| !s.is_empty()),
            id: Some(record_ocid.map_or(ocid.value, |record| record.value)),
            title: None,
            buyers: buyers(release)?,
            classifications: Vec::new(),
            places: Vec::new(),
            published: Some(published),
            submission_deadline: None,
            estimated_value: None,
            // OCDS 1.1 has no field for the law a procedure is under.
            legal_basis: None,
            procedure: None,
            document_urls: Vec::new(),
            award_criteria: Vec::new(),
        };

        if let Some(tender) = &tender {
            notice.title = tender.text("title")?;
            self.field(tender, "title", "Tender title")?;
            self.field(tender, "description", "Tender description")?;
        }
        if let Some(planning) = &planning {
            self.field(planning, "rationale", "Planning rationale")?;
            if let Some(budget) = planning.object("budget")? {
                self.field(&budget, "description", "Budget description")?;
            }
        }
        if let Some(tender) = &tender {
            self.tender(tender, &mut notice)?;
        }
        if notice.estimated_value.is_none()
            && let Some(planning) = &planning
            && let Some(budget) = planning.object("budget")?
        {
            notice.estimated_value = budget.amount("amount")?;
        }
        for award in &awards {
            let id = label(award)?;
            self.field(award, "title", &format!("Title of award {id}"))?;
            self.field(award, "description", &format!("Description of award {id}"))?;
        }
        for contract in &contracts {
            let id = label(contract)?;
            self.field(contract, "title", &format!("Title of contract {id}"))?;
            self.field(
                contract,
                "description",
                &format!("Description of contract {id}"),
            )?;
        }
        Ok(notice)
    }

    fn tender(&mut self, tender: &Node<'_>, notice: &mut Notice) -> Result<(), IngestError> {
        self.field(
            tender,
            "procurementMethodRationale",
            "Rationale for the procurement method",
        )?;
        self.field(
            tender,
            "procurementMethodDetails",
            "Procurement method details",
        )?;
        self.field(tender, "eligibilityCriteria", "Eligibility criteria")?;
        self.field(tender, "awardCriteriaDetails", "Award criteria")?;
        self.field(tender, "submissionMethodDetails", "Submission method")?;

        notice.submission_deadline = match tender.object("tenderPeriod")? {
            Some(period) => period.text("endDate")?,
            None => None,
        };
        notice.estimated_value = tender.amount("value")?;
        notice.procedure = tender.text("procurementMethod")?;

        if let Some(main) = tender.object("classification")? {
            self.classification(&main, true, None, notice)?;
        }
        for additional in tender.objects("additionalClassifications")? {
            self.classification(&additional, false, None, notice)?;
        }
        places(tender, None, notice)?;

        match tender.get("awardCriteria") {
            // OCDS 1.1 codes the criteria (`awardCriteria`) and describes them in prose
            // (`awardCriteriaDetails`): the criterion stands where it is described, so that the
            // sentences of that block are read as the criterion's.
            None | Some(Value::String(_)) => {
                let code = tender.text("awardCriteria")?;
                let details = tender.text("awardCriteriaDetails")?;
                if let Some(path) = details.as_ref().or(code.as_ref()).map(|f| f.path.clone()) {
                    notice.award_criteria.push(AwardCriterion {
                        kind: code
                            .as_ref()
                            .and_then(|c| criterion_kind(&c.value))
                            .map(str::to_string),
                        name: code.map(|c| c.value),
                        weight: None,
                        lot: None,
                        path,
                    });
                }
            }
            // The award criteria extension's object, which some publishers put on the tender.
            Some(Value::Object(_)) => {
                if let Some(criteria) = tender.object("awardCriteria")? {
                    self.criteria(&criteria, None, "the tender", notice)?;
                }
            }
            Some(other) => {
                return Err(tender.fail(
                    "awardCriteria",
                    expected("a string or an object", Some(other)),
                ));
            }
        }

        for lot in tender.objects("lots")? {
            let id = label(&lot)?;
            self.field(&lot, "title", &format!("Title of lot {id}"))?;
            self.field(&lot, "description", &format!("Description of lot {id}"))?;
            if let Some(criteria) = lot.object("awardCriteria")? {
                let lot_id = lot.id("id")?;
                self.criteria(&criteria, lot_id, &format!("lot {id}"), notice)?;
            }
        }
        for item in tender.objects("items")? {
            let id = label(&item)?;
            self.field(&item, "description", &format!("Description of item {id}"))?;
            let lot = item.id("relatedLot")?;
            if let Some(main) = item.object("classification")? {
                self.classification(&main, true, lot.clone(), notice)?;
            }
            for additional in item.objects("additionalClassifications")? {
                self.classification(&additional, false, lot.clone(), notice)?;
            }
            places(&item, lot, notice)?;
        }
        for document in tender.objects("documents")? {
            let id = label(&document)?;
            self.field(&document, "title", &format!("Title of document {id}"))?;
            self.field(
                &document,
                "description",
                &format!("Description of document {id}"),
            )?;
            if let Some(url) = document.text("url")? {
                notice.document_urls.push(url);
            }
        }
        Ok(())
    }

    /// The award criteria extension's object (`criteria` with their type, name, description
    /// and weights), for the tender or a lot.
    fn criteria(
        &mut self,
        criteria: &Node<'_>,
        lot: Option<String>,
        of: &str,
        notice: &mut Notice,
    ) -> Result<(), IngestError> {
        self.field(criteria, "description", &format!("Award criteria of {of}"))?;
        for criterion in criteria.objects("criteria")? {
            let name = criterion.text("name")?.map(|n| n.value);
            let section = match &name {
                Some(name) => format!("Award criterion \u{201c}{name}\u{201d} of {of}"),
                None => format!("Award criterion of {of}"),
            };
            self.field(&criterion, "description", &section)?;
            let mut weight = None;
            for number in criterion.objects("numbers")? {
                // Numbers without a weight are thresholds or fixed prices, not weights.
                if let (Some(value), Some(kind)) =
                    (number.number("number")?, number.text("weight")?)
                {
                    weight = Some(weight_text(&value, &kind.value));
                    break;
                }
            }
            notice.award_criteria.push(AwardCriterion {
                kind: criterion.text("type")?.map(|t| t.value),
                name,
                weight,
                lot: lot.clone(),
                path: criterion.pointer.clone(),
            });
        }
        Ok(())
    }

    fn classification(
        &mut self,
        node: &Node<'_>,
        main: bool,
        lot: Option<String>,
        notice: &mut Notice,
    ) -> Result<(), IngestError> {
        let Some(code) = node.id("id")? else {
            return Ok(());
        };
        let Some(scheme) = node.text("scheme")? else {
            self.notes.push(format!(
                "{}: a classification ({code}) that names no scheme, left out",
                node.pointer
            ));
            return Ok(());
        };
        let scheme = if scheme.value.eq_ignore_ascii_case("cpv") {
            "CPV".to_string()
        } else {
            scheme.value
        };
        let code = if scheme.to_ascii_uppercase().starts_with("CPV") {
            cpv_code(&code)
        } else {
            code
        };
        notice.classifications.push(Classification {
            scheme,
            code,
            main,
            lot,
            path: node.pointer.clone(),
        });
        Ok(())
    }
}

/// The places of performance of the tender or an item: its delivery addresses and locations
/// (the location extension, under its old and new names).
fn places(node: &Node<'_>, lot: Option<String>, notice: &mut Notice) -> Result<(), IngestError> {
    let mut addresses = node.objects("deliveryAddresses")?;
    addresses.extend(node.object("deliveryAddress")?);
    for address in addresses {
        let country = address_country(&address)?;
        let region = address
            .text("region")?
            .map(|r| r.value)
            .filter(|r| looks_like_nuts(r));
        if country.is_some() || region.is_some() {
            notice.places.push(PlaceOfPerformance {
                country: country.or_else(|| region.as_deref().and_then(nuts_country)),
                region,
                other: None,
                lot: lot.clone(),
                path: address.pointer.clone(),
            });
        }
    }
    let mut locations = node.objects("deliveryLocations")?;
    locations.extend(node.object("deliveryLocation")?);
    for location in locations {
        let Some(gazetteer) = location.object("gazetteer")? else {
            continue;
        };
        let scheme = gazetteer
            .text("scheme")?
            .map(|s| s.value.to_ascii_uppercase())
            .unwrap_or_default();
        let identifiers = gazetteer.strings("identifiers")?;
        let Some(first) = identifiers.first() else {
            continue;
        };
        let (country, region) = if scheme == "NUTS" {
            (nuts_country(first), Some(first.clone()))
        } else if scheme.starts_with("ISO3166-1") {
            (country_code(first), None)
        } else {
            continue;
        };
        notice.places.push(PlaceOfPerformance {
            country,
            region,
            other: None,
            lot: lot.clone(),
            path: location.pointer.clone(),
        });
    }
    Ok(())
}

/// The country of an address: its name, or a code some profiles add.
fn address_country(address: &Node<'_>) -> Result<Option<String>, IngestError> {
    for key in ["countryName", "country", "countryCode"] {
        if let Some(name) = address.text(key)?
            && let Some(code) = country_code(&name.value)
        {
            return Ok(Some(code));
        }
    }
    Ok(None)
}

/// The buyer, resolved against the parties, and every other party that buys or procures.
fn buyers(release: &Node<'_>) -> Result<Vec<NoticeBuyer>, IngestError> {
    let parties = release.objects("parties")?;
    let mut party_ids = Vec::with_capacity(parties.len());
    for party in &parties {
        party_ids.push(party.id("id")?);
    }
    let mut buyers = Vec::new();
    let mut taken = HashSet::new();
    if let Some(reference) = release.object("buyer")? {
        let id = reference.id("id")?;
        let party = id
            .as_ref()
            .and_then(|id| party_ids.iter().position(|p| p.as_ref() == Some(id)));
        match party {
            Some(index) => {
                taken.insert(index);
                buyers.push(party_buyer(&parties[index])?);
            }
            None => buyers.push(NoticeBuyer {
                name: reference.text("name")?.map(|n| n.value),
                country: None,
                legal_type: None,
                activity: None,
                path: reference.pointer.clone(),
            }),
        }
    }
    for (index, party) in parties.iter().enumerate() {
        let roles = party.strings("roles")?;
        if !taken.contains(&index) && roles.iter().any(|r| r == "buyer" || r == "procuringEntity") {
            taken.insert(index);
            buyers.push(party_buyer(party)?);
        }
    }
    Ok(buyers)
}

/// A party as a buyer: its name, its country, and its legal type and activity when its
/// `details.classifications` give them (as the EU profile writes them).
fn party_buyer(party: &Node<'_>) -> Result<NoticeBuyer, IngestError> {
    let country = match party.object("address")? {
        Some(address) => address_country(&address)?,
        None => None,
    };
    let (mut legal_type, mut activity) = (None, None);
    if let Some(details) = party.object("details")? {
        for classification in details.objects("classifications")? {
            let scheme = classification
                .text("scheme")?
                .map(|s| s.value.to_ascii_lowercase())
                .unwrap_or_default();
            let Some(id) = classification.id("id")? else {
                continue;
            };
            if scheme.contains("legal-type") || scheme.contains("legaltype") {
                legal_type.get_or_insert(id);
            } else if scheme.contains("activity") || scheme == "cofog" {
                activity.get_or_insert(id);
            }
        }
    }
    Ok(NoticeBuyer {
        name: party.text("name")?.map(|n| n.value),
        country,
        legal_type,
        activity,
        path: party.pointer.clone(),
    })
}

/// What names an element of an array in a section label: its `id`, else its 1-based position.
fn label(node: &Node<'_>) -> Result<String, IngestError> {
    if let Some(id) = node.id("id")? {
        return Ok(id);
    }
    let position = node
        .pointer
        .rsplit('/')
        .next()
        .and_then(|index| index.parse::<usize>().ok())
        .map_or(1, |index| index + 1);
    Ok(position.to_string())
}

/// The stage a release tag announces (OCDS `releaseTag` codelist).
fn kind_of_tag(tag: &str) -> NoticeKind {
    match tag {
        "planning" | "planningUpdate" => NoticeKind::Planning,
        "tender" | "tenderUpdate" | "tenderAmendment" => NoticeKind::Competition,
        _ if tag.starts_with("award")
            || tag.starts_with("contract")
            || tag.starts_with("implementation") =>
        {
            NoticeKind::Result
        }
        _ => NoticeKind::Other,
    }
}

/// How far along the procurement a kind stands, to pick the most advanced of several tags.
fn stage(kind: NoticeKind) -> u8 {
    match kind {
        NoticeKind::Other => 0,
        NoticeKind::Planning => 1,
        NoticeKind::Competition => 2,
        NoticeKind::Result => 3,
    }
}

/// The kind (eForms' `price`, `cost`, `quality`) of OCDS 1.1's `awardCriteria` code, when the
/// code says one.
fn criterion_kind(code: &str) -> Option<&'static str> {
    match code {
        "priceOnly" => Some("price"),
        "costOnly" | "lowestCost" => Some("cost"),
        "qualityOnly" => Some("quality"),
        _ => None,
    }
}

/// A weight of the award criteria extension as people write it: per cent, points, or the
/// number.
fn weight_text(number: &str, kind: &str) -> String {
    if kind.starts_with("percentage") {
        format!("{number}%")
    } else if kind.starts_with("points") {
        format!("{number} points")
    } else {
        number.to_string()
    }
}

/// A CPV code without its check digit: `72415000-4` → `72415000`; a code some publishers
/// wrote as a decimal number (`45233130.0`) keeps its eight digits.
fn cpv_code(code: &str) -> String {
    let code = code.trim();
    let digits: String = code.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() == 8 {
        return digits;
    }
    code.split('-').next().unwrap_or(code).trim().to_string()
}

/// Whether a region is a NUTS code (`FRD22`, `DE30`): a country's two letters, then one to
/// three letters or digits.
fn looks_like_nuts(region: &str) -> bool {
    (3..=5).contains(&region.len())
        && region.chars().take(2).all(|c| c.is_ascii_uppercase())
        && region
            .chars()
            .skip(2)
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The country of a NUTS code (whose Greece is `EL` and United Kingdom `UK`).
fn nuts_country(nuts: &str) -> Option<String> {
    let code = match nuts.get(..2)? {
        "EL" => "GR",
        "UK" => "GB",
        other => other,
    };
    country_code(code)
}

/// ISO 3166-1 alpha-2 code of a country written as a name (in English, French, German or
/// Spanish), an alpha-2 or an alpha-3 code; none for a country not in [`COUNTRIES`].
fn country_code(name: &str) -> Option<String> {
    let name = name.trim();
    if name.len() == 2 || name.len() == 3 {
        let upper = name.to_ascii_uppercase();
        if let Some((alpha2, ..)) = COUNTRIES
            .iter()
            .find(|(alpha2, alpha3, _)| *alpha2 == upper || *alpha3 == upper)
        {
            return Some((*alpha2).to_string());
        }
    }
    let folded = fold(name);
    COUNTRIES
        .iter()
        .find(|(.., names)| names.iter().any(|n| fold(n) == folded))
        .map(|(alpha2, ..)| (*alpha2).to_string())
}

/// A country name compared without case, accents, punctuation or spaces.
fn fold(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Countries by alpha-2 and alpha-3 code, with their names in English, French, German and
/// Spanish (and the local name where it differs): Europe, where tenderlint's buyers are, and
/// the countries that publish OCDS most.
#[rustfmt::skip]
const COUNTRIES: &[(&str, &str, &[&str])] = &[
    ("AT", "AUT", &["Austria", "Autriche", "Österreich"]),
    ("BE", "BEL", &["Belgium", "Belgique", "Belgien", "Bélgica", "België"]),
    ("BG", "BGR", &["Bulgaria", "Bulgarie", "Bulgarien", "България"]),
    ("HR", "HRV", &["Croatia", "Croatie", "Kroatien", "Croacia", "Hrvatska"]),
    ("CY", "CYP", &["Cyprus", "Chypre", "Zypern", "Chipre"]),
    ("CZ", "CZE", &["Czechia", "Czech Republic", "Tchéquie", "République tchèque", "Tschechien", "Chequia", "República Checa", "Česko"]),
    ("DK", "DNK", &["Denmark", "Danemark", "Dänemark", "Dinamarca", "Danmark"]),
    ("EE", "EST", &["Estonia", "Estonie", "Estland", "Eesti"]),
    ("FI", "FIN", &["Finland", "Finlande", "Finnland", "Finlandia", "Suomi"]),
    ("FR", "FRA", &["France", "Frankreich", "Francia"]),
    ("DE", "DEU", &["Germany", "Allemagne", "Deutschland", "Alemania", "Bundesrepublik Deutschland"]),
    ("GR", "GRC", &["Greece", "Grèce", "Griechenland", "Grecia", "Ελλάδα"]),
    ("HU", "HUN", &["Hungary", "Hongrie", "Ungarn", "Hungría", "Magyarország"]),
    ("IE", "IRL", &["Ireland", "Irlande", "Irland", "Irlanda", "Éire"]),
    ("IT", "ITA", &["Italy", "Italie", "Italien", "Italia"]),
    ("LV", "LVA", &["Latvia", "Lettonie", "Lettland", "Letonia", "Latvija"]),
    ("LT", "LTU", &["Lithuania", "Lituanie", "Litauen", "Lituania", "Lietuva"]),
    ("LU", "LUX", &["Luxembourg", "Luxemburg", "Luxemburgo"]),
    ("MT", "MLT", &["Malta", "Malte"]),
    ("NL", "NLD", &["Netherlands", "The Netherlands", "Pays-Bas", "Niederlande", "Países Bajos", "Nederland"]),
    ("PL", "POL", &["Poland", "Pologne", "Polen", "Polonia", "Polska"]),
    ("PT", "PRT", &["Portugal"]),
    ("RO", "ROU", &["Romania", "Roumanie", "Rumänien", "Rumania", "România"]),
    ("SK", "SVK", &["Slovakia", "Slovaquie", "Slowakei", "Eslovaquia", "Slovensko"]),
    ("SI", "SVN", &["Slovenia", "Slovénie", "Slowenien", "Eslovenia", "Slovenija"]),
    ("ES", "ESP", &["Spain", "Espagne", "Spanien", "España"]),
    ("SE", "SWE", &["Sweden", "Suède", "Schweden", "Suecia", "Sverige"]),
    ("IS", "ISL", &["Iceland", "Islande", "Island", "Islandia"]),
    ("LI", "LIE", &["Liechtenstein"]),
    ("NO", "NOR", &["Norway", "Norvège", "Norwegen", "Noruega", "Norge"]),
    ("CH", "CHE", &["Switzerland", "Suisse", "Schweiz", "Suiza", "Svizzera"]),
    ("GB", "GBR", &["United Kingdom", "Great Britain", "Royaume-Uni", "Vereinigtes Königreich", "Großbritannien", "Reino Unido", "UK", "England", "Scotland", "Wales", "Northern Ireland", "ENG", "SCT", "WLS", "NIR", "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"]),
    ("AL", "ALB", &["Albania", "Albanie", "Albanien"]),
    ("BA", "BIH", &["Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnien und Herzegowina", "Bosnia y Herzegovina"]),
    ("ME", "MNE", &["Montenegro", "Monténégro"]),
    ("MK", "MKD", &["North Macedonia", "Macédoine du Nord", "Nordmazedonien", "Macedonia del Norte"]),
    ("RS", "SRB", &["Serbia", "Serbie", "Serbien"]),
    ("MD", "MDA", &["Moldova", "Republic of Moldova", "Moldavie", "Moldau", "Moldavia"]),
    ("UA", "UKR", &["Ukraine", "Ucrania", "Україна"]),
    ("GE", "GEO", &["Georgia", "Géorgie", "Georgien"]),
    ("AM", "ARM", &["Armenia", "Arménie", "Armenien"]),
    ("TR", "TUR", &["Turkey", "Türkiye", "Turquie", "Türkei", "Turquía"]),
    ("US", "USA", &["United States", "United States of America", "États-Unis", "Vereinigte Staaten", "Estados Unidos"]),
    ("CA", "CAN", &["Canada", "Kanada", "Canadá"]),
    ("MX", "MEX", &["Mexico", "Mexique", "Mexiko", "México"]),
    ("GT", "GTM", &["Guatemala"]),
    ("HN", "HND", &["Honduras"]),
    ("SV", "SLV", &["El Salvador", "Salvador"]),
    ("NI", "NIC", &["Nicaragua"]),
    ("CR", "CRI", &["Costa Rica"]),
    ("PA", "PAN", &["Panama", "Panamá"]),
    ("DO", "DOM", &["Dominican Republic", "République dominicaine", "Dominikanische Republik", "República Dominicana"]),
    ("CO", "COL", &["Colombia", "Colombie", "Kolumbien"]),
    ("EC", "ECU", &["Ecuador", "Équateur"]),
    ("PE", "PER", &["Peru", "Pérou", "Perú"]),
    ("BO", "BOL", &["Bolivia", "Bolivie", "Bolivien"]),
    ("PY", "PRY", &["Paraguay"]),
    ("UY", "URY", &["Uruguay"]),
    ("AR", "ARG", &["Argentina", "Argentine", "Argentinien"]),
    ("CL", "CHL", &["Chile", "Chili"]),
    ("BR", "BRA", &["Brazil", "Brésil", "Brasilien", "Brasil"]),
    ("NG", "NGA", &["Nigeria", "Nigéria"]),
    ("KE", "KEN", &["Kenya", "Kenia"]),
    ("UG", "UGA", &["Uganda", "Ouganda"]),
    ("ZA", "ZAF", &["South Africa", "Afrique du Sud", "Südafrika", "Sudáfrica"]),
    ("ZM", "ZMB", &["Zambia", "Zambie", "Sambia"]),
    ("AF", "AFG", &["Afghanistan", "Afganistán"]),
    ("KZ", "KAZ", &["Kazakhstan", "Kasachstan", "Kazajistán"]),
    ("KG", "KGZ", &["Kyrgyzstan", "Kirghizistan", "Kirgisistan", "Kirguistán"]),
    ("MN", "MNG", &["Mongolia", "Mongolie", "Mongolei"]),
    ("PH", "PHL", &["Philippines", "Philippinen", "Filipinas"]),
    ("ID", "IDN", &["Indonesia", "Indonésie", "Indonesien"]),
    ("IN", "IND", &["India", "Inde", "Indien"]),
    ("CN", "CHN", &["China", "Chine"]),
    ("JP", "JPN", &["Japan", "Japon", "Japón"]),
    ("AU", "AUS", &["Australia", "Australie", "Australien"]),
    ("NZ", "NZL", &["New Zealand", "Nouvelle-Zélande", "Neuseeland", "Nueva Zelanda"]),
    ("RU", "RUS", &["Russia", "Russian Federation", "Russie", "Russland", "Rusia"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn source<'a>(name: &'a str, bytes: &'a [u8]) -> Source<'a> {
        Source { name, bytes }
    }

    fn read_str(json: &str) -> Result<Document, IngestError> {
        read(source("n.json", json.as_bytes()), &IngestOptions::default())
    }

    const RELEASE: &str = r#"{
        "ocid": "ocds-abc-1", "id": "r1", "date": "2026-03-01T10:00:00Z", "tag": ["tender"],
        "parties": [{"id": "B1", "name": "Ville de Lyon", "roles": ["buyer"],
                     "address": {"countryName": "France"}}],
        "buyer": {"id": "B1", "name": "Ville de Lyon"},
        "tender": {
            "title": "Hébergement", "title_de": "Hosting",
            "description": "Les données sont hébergées en France.",
            "value": {"amount": "120000.50", "currency": "EUR"},
            "classification": {"scheme": "cpv", "id": "72415000-4"},
            "lots": [{"id": "L1", "description": "Lot un"}, {"description": "Lot deux"}],
            "items": [{"id": "i1", "relatedLot": "L1",
                       "classification": {"scheme": "CPV", "id": 72317000},
                       "deliveryAddresses": [{"countryName": "Deutschland"}]}]
        }
    }"#;

    #[test]
    fn a_release_gives_blocks_by_pointer_and_a_notice() {
        let document = read_str(RELEASE).unwrap();
        let paths: Vec<_> = document
            .blocks
            .iter()
            .map(|b| {
                (
                    b.location.section[0].as_str(),
                    b.location.path.as_deref().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            paths,
            [
                ("Tender title", "/tender/title"),
                ("Tender title (de)", "/tender/title_de"),
                ("Tender description", "/tender/description"),
                ("Description of lot L1", "/tender/lots/0/description"),
                ("Description of lot 2", "/tender/lots/1/description"),
            ]
        );
        let notice = document.notice.unwrap();
        assert_eq!(notice.kind, NoticeKind::Competition);
        assert_eq!(notice.id.as_deref(), Some("ocds-abc-1"));
        assert_eq!(notice.buyers.len(), 1);
        assert_eq!(notice.buyers[0].country.as_deref(), Some("FR"));
        assert_eq!(notice.buyers[0].path, "/parties/0");
        let codes: Vec<_> = notice
            .classifications
            .iter()
            .map(|c| (c.scheme.as_str(), c.code.as_str(), c.main, c.lot.as_deref()))
            .collect();
        assert_eq!(
            codes,
            [
                ("CPV", "72415000", true, None),
                ("CPV", "72317000", true, Some("L1"))
            ]
        );
        assert_eq!(notice.places[0].country.as_deref(), Some("DE"));
        assert_eq!(notice.places[0].lot.as_deref(), Some("L1"));
        let value = notice.estimated_value.unwrap();
        assert_eq!(
            (value.amount.as_str(), value.path.as_str()),
            ("120000.50", "/tender/value")
        );
    }

    #[test]
    fn wrong_types_and_missing_fields_name_their_pointer() {
        let package = format!(
            r#"{{"uri": "u", "publishedDate": "d", "releases": [{RELEASE}, {}]}}"#,
            RELEASE.replace(r#""tag": ["tender"]"#, r#""tag": "tender""#)
        );
        let error = read_str(&package).unwrap_err().to_string();
        assert!(
            error.contains("/releases/1/tag: expected an array of strings"),
            "{error}"
        );
        let missing = RELEASE.replace(r#""date": "2026-03-01T10:00:00Z","#, "");
        let error = read_str(&missing).unwrap_err().to_string();
        assert!(error.contains("/: missing field `date`"), "{error}");
        let amount = RELEASE.replace("\"120000.50\"", "\"cent mille\"");
        let error = read_str(&amount).unwrap_err().to_string();
        assert!(
            error.contains(
                "/tender/value/amount: expected a number, found the string \"cent mille\""
            ),
            "{error}"
        );
        let broken = read_str("{\"ocid\": \"x\",\n \"id\": }")
            .unwrap_err()
            .to_string();
        assert!(broken.contains("line 2 column"), "{broken}");
    }

    #[test]
    fn a_package_of_one_is_read_with_pointers_from_the_file_root() {
        let package = format!(r#"{{"uri": "u", "publishedDate": "d", "releases": [{RELEASE}]}}"#);
        let document = read_str(&package).unwrap();
        assert_eq!(
            document.blocks[0].location.path.as_deref(),
            Some("/releases/0/tender/title")
        );
        let split = split(
            source("p.json", package.as_bytes()),
            &IngestOptions::default(),
        );
        assert!(split.unwrap().is_none());
    }

    #[test]
    fn several_notices_are_split_and_named_by_ocid() {
        let compact: String = RELEASE.split_whitespace().collect::<Vec<_>>().join(" ");
        let second = compact.replace("\"r1\"", "\"r2\"");
        let third = compact.replace("ocds-abc-1", "ocds-abc-2");
        let lines = format!("{compact}\n{second}\r\n{third}\n");
        let members = split(
            source("f.jsonl", lines.as_bytes()),
            &IngestOptions::default(),
        )
        .unwrap()
        .unwrap();
        let names: Vec<_> = members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "f.jsonl#ocds-abc-1/r1",
                "f.jsonl#ocds-abc-1/r2",
                "f.jsonl#ocds-abc-2"
            ]
        );
        let member = read(
            source(&members[2].name, &members[2].bytes),
            &IngestOptions::default(),
        )
        .unwrap();
        assert_eq!(member.notice.unwrap().id.as_deref(), Some("ocds-abc-2"));
        assert_eq!(
            member.blocks[0].location.path.as_deref(),
            Some("/tender/title")
        );
        let error = read_str(&lines).unwrap_err().to_string();
        assert!(error.contains("holding 3 notices"), "{error}");
        // A bad notice, or a line that is no JSON, is its own member's error: the others are
        // read.
        let bad = format!(
            "{compact}\n\n{}\n{{\"ocid\": \"cut\n",
            compact.replace("\"r1\"", "[]")
        );
        let members = split(source("f.jsonl", bad.as_bytes()), &IngestOptions::default())
            .unwrap()
            .unwrap();
        let names: Vec<_> = members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "f.jsonl#ocds-abc-1/r1",
                "f.jsonl#ocds-abc-1/2",
                "f.jsonl#line 4"
            ]
        );
        let error = read(
            source(&members[1].name, &members[1].bytes),
            &IngestOptions::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.contains("/id: expected a string, found an array"),
            "{error}"
        );
        assert!(
            read(
                source(&members[2].name, &members[2].bytes),
                &IngestOptions::default()
            )
            .is_err()
        );
    }

    #[test]
    fn a_record_is_read_as_its_compiled_release() {
        let record = format!(
            r#"{{"ocid": "ocds-abc-1",
                "releases": [{{"url": "https://x/r1", "date": "d", "tag": ["tender"]}}],
                "compiledRelease": {}}}"#,
            RELEASE.replace(r#"["tender"]"#, r#"["compiled"]"#)
        );
        let document = read_str(&record).unwrap();
        assert_eq!(
            document.blocks[0].location.path.as_deref(),
            Some("/compiledRelease/tender/title")
        );
        let notice = document.notice.unwrap();
        assert_eq!(notice.kind, NoticeKind::Competition);
        assert_eq!(notice.subtype.as_deref(), Some("compiled"));
        let linked = r#"{"ocid": "o", "releases": [{"url": "https://x/r1", "date": "d", "tag": ["tender"]}]}"#;
        let error = read_str(linked).unwrap_err().to_string();
        assert!(error.contains("/releases/0: a linked release"), "{error}");
    }

    #[test]
    fn kinds_follow_the_most_advanced_tag() {
        assert_eq!(kind_of_tag("planning"), NoticeKind::Planning);
        assert_eq!(kind_of_tag("tenderAmendment"), NoticeKind::Competition);
        assert_eq!(kind_of_tag("awardCancellation"), NoticeKind::Result);
        assert_eq!(kind_of_tag("implementation"), NoticeKind::Result);
        assert_eq!(kind_of_tag("tenderCancellation"), NoticeKind::Other);
        let both = RELEASE.replace(r#"["tender"]"#, r#"["planning", "award"]"#);
        let notice = read_str(&both).unwrap().notice.unwrap();
        assert_eq!(notice.kind, NoticeKind::Result);
        assert_eq!(notice.subtype.as_deref(), Some("planning,award"));
    }

    #[test]
    fn countries_and_codes_are_normalised() {
        for (name, code) in [
            ("France", "FR"),
            ("Deutschland", "DE"),
            ("paraguay", "PY"),
            ("ESP", "ES"),
            ("fr", "FR"),
            ("Royaume-Uni", "GB"),
            ("England", "GB"),
            ("Scotland", "GB"),
            // The nations of the United Kingdom by their ISO 3166-2 codes, as a British
            // publisher writes its buyer's country (v60: Doncaster, "ENG").
            ("ENG", "GB"),
            ("GB-WLS", "GB"),
            ("Österreich", "AT"),
            ("Mexico", "MX"),
        ] {
            assert_eq!(country_code(name).as_deref(), Some(code), "{name}");
        }
        assert_eq!(country_code("Atlantis"), None);
        assert_eq!(cpv_code("72415000-4"), "72415000");
        assert_eq!(cpv_code("45233130.0"), "45233130");
        assert_eq!(nuts_country("EL303").as_deref(), Some("GR"));
        assert!(is_language_tag("fr") && is_language_tag("de-CH") && !is_language_tag("Fr"));
    }

    #[test]
    fn nesting_beyond_serde_json_s_limit_is_corrupt_not_a_crash() {
        let deep = format!(
            r#"{{"ocid": "o", "id": "1", "date": "d", "tag": [], "x": {}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let error = read_str(&deep).unwrap_err().to_string();
        assert!(error.contains("recursion limit exceeded"), "{error}");
    }

    #[test]
    fn a_notice_without_text_is_no_text() {
        let bare = r#"{"ocid": "o", "id": "1", "date": "d", "tag": ["planning"]}"#;
        assert!(matches!(read_str(bare), Err(IngestError::NoText { .. })));
    }

    #[test]
    fn too_many_notices_are_refused() {
        let line = r#"{"ocid":"o","id":"1","date":"d","tag":[]}"#;
        let mut lines = String::with_capacity((line.len() + 1) * (MAX_NOTICES + 1));
        for _ in 0..=MAX_NOTICES {
            lines.push_str(line);
            lines.push('\n');
        }
        let error = split(
            source("big.jsonl", lines.as_bytes()),
            &IngestOptions::default(),
        );
        assert!(matches!(
            error,
            Err(IngestError::TooMuchText {
                limit: MAX_NOTICES,
                ..
            })
        ));
    }
}
