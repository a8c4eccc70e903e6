//! eForms notices (UBL XML, the EU standard on TED since 2023): free-text fields as blocks
//! located by XPath, coded fields as a [`Notice`](crate::model::Notice).
//!
//! The notice is first read into a flat tree (elements in document order, each knowing its
//! parent and children), because a path needs to know whether an element has siblings of its
//! name — which a stream only tells after the fact — and because a buyer's name stands in the
//! organisations listed apart from the buyer that refers to it. Elements are matched by their
//! local name, so a sender that binds other prefixes is still read; paths keep the file's own.
//!
//! Every element with a `languageID` is free text in eForms (the SDK's `text-multilingual`
//! fields), so every such element becomes a block, once per language, except the names and
//! contact points of organisations, which are not prose.

use std::collections::HashMap;

use super::build::DocumentBuilder;
use super::country;
use super::text::decode_text;
use super::xml::{Node, attribute, walk};
use super::{IngestError, IngestOptions, Source};
use crate::deadline::Pacer;
use crate::model::{
    Amount, AwardCriterion, Classification, Document, Format, Notice, NoticeBuyer, NoticeField,
    NoticeKind, NoticeStandard, PlaceOfPerformance,
};

/// The root elements of eForms notices, by the namespace each is in.
pub(super) const ROOTS: [&str; 3] = [
    "PriorInformationNotice",
    "ContractNotice",
    "ContractAwardNotice",
];

/// What the XML walker calls the part it reads, in its messages.
const PART: &str = "notice XML";

/// The attributes reading a notice needs; the others are not kept.
const KEPT_ATTRIBUTES: [&str; 4] = ["languageID", "listName", "schemeName", "currencyID"];

/// The chain from a notice's root to its eForms extension (notice subtype, organisations).
const EXTENSION: [&str; 4] = [
    "ext:UBLExtensions",
    "ext:UBLExtension",
    "ext:ExtensionContent",
    "efext:EformsExtension",
];

/// Reads one eForms notice.
pub(super) fn read(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let xml = decode_text(source.bytes).ok_or_else(|| corrupt("the notice is not text".into()))?;
    let tree = Tree::parse(&xml, options)?;
    validate(&tree)?;
    let mut builder = DocumentBuilder::new(options);
    push_blocks(&tree, &mut builder, options)?;
    let notice = read_notice(&tree);
    let mut document = builder.finish(&source, Format::Eforms, None)?;
    document.notice = Some(Box::new(notice));
    Ok(document)
}

fn corrupt(detail: String) -> IngestError {
    IngestError::Corrupt {
        format: Format::Eforms,
        detail,
    }
}

/// One element of the notice.
struct Element {
    /// The qualified name, as the file writes it (`cbc:Description`).
    name: String,
    parent: Option<usize>,
    children: Vec<usize>,
    attributes: Vec<(&'static str, String)>,
    /// The element's own text (not its descendants'), as read.
    text: String,
    /// Its 1-based position among the siblings of its name, when it has such siblings.
    position: Option<usize>,
}

impl Element {
    fn local(&self) -> &str {
        local(&self.name)
    }
}

/// The local part of a qualified name (`Description` of `cbc:Description`).
fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// The elements of a notice in document order; the root is the first.
struct Tree {
    elements: Vec<Element>,
}

/// The root's index.
const ROOT: usize = 0;

impl Tree {
    fn parse(xml: &str, options: &IngestOptions) -> Result<Tree, IngestError> {
        let mut elements: Vec<Element> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        // Only the first root is read: text after it is not part of the notice.
        let mut closed_root = false;
        walk(xml, PART, Format::Eforms, options, |node| match node {
            Node::Open(e) => {
                if closed_root {
                    return;
                }
                let index = elements.len();
                let parent = open.last().copied();
                if let Some(parent) = parent.and_then(|p| elements.get_mut(p)) {
                    parent.children.push(index);
                }
                elements.push(Element {
                    name: e.name().as_ref().to_string(),
                    parent,
                    children: Vec::new(),
                    attributes: KEPT_ATTRIBUTES
                        .iter()
                        .filter_map(|key| attribute(e, key).map(|value| (*key, value)))
                        .collect(),
                    text: String::new(),
                    position: None,
                });
                open.push(index);
            }
            Node::Close(_) => {
                open.pop();
                closed_root |= open.is_empty() && !elements.is_empty();
            }
            Node::Text(text) => {
                if let Some(element) = open.last().and_then(|&i| elements.get_mut(i)) {
                    element.text.push_str(text);
                }
            }
        })?;
        if elements.is_empty() {
            return Err(corrupt("the notice has no root element".into()));
        }
        let mut tree = Tree { elements };
        tree.number_siblings();
        Ok(tree)
    }

    /// Gives each element that shares its name with a sibling its position among them.
    fn number_siblings(&mut self) {
        for parent in 0..self.elements.len() {
            let children = std::mem::take(&mut self.elements[parent].children);
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for &child in &children {
                *counts
                    .entry(self.elements[child].name.as_str())
                    .or_default() += 1;
            }
            let repeated: Vec<String> = counts
                .into_iter()
                .filter(|(_, count)| *count > 1)
                .map(|(name, _)| name.to_string())
                .collect();
            let mut seen: HashMap<String, usize> = HashMap::new();
            for &child in &children {
                let name = &self.elements[child].name;
                if repeated.contains(name) {
                    let position = seen.entry(name.clone()).or_default();
                    *position += 1;
                    self.elements[child].position = Some(*position);
                }
            }
            self.elements[parent].children = children;
        }
    }

    fn get(&self, i: usize) -> &Element {
        &self.elements[i]
    }

    fn local(&self, i: usize) -> &str {
        self.get(i).local()
    }

    /// The element's text, trimmed.
    fn text(&self, i: usize) -> &str {
        self.get(i).text.trim()
    }

    /// The element's non-empty text.
    fn value(&self, i: usize) -> Option<&str> {
        Some(self.text(i)).filter(|t| !t.is_empty())
    }

    fn attribute(&self, i: usize, key: &str) -> Option<&str> {
        self.get(i)
            .attributes
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.trim())
    }

    fn parent(&self, i: usize) -> Option<usize> {
        self.get(i).parent
    }

    /// The children of `i` whose local name is that of `name` (`cbc:ID` or `ID`).
    fn children<'t>(&'t self, i: usize, name: &'t str) -> impl Iterator<Item = usize> + 't {
        let wanted = local(name);
        self.get(i)
            .children
            .iter()
            .copied()
            .filter(move |&c| self.local(c) == wanted)
    }

    /// Every element reached from `i` by the chain of names, in document order.
    fn all(&self, i: usize, chain: &[&str]) -> Vec<usize> {
        let mut found = vec![i];
        for name in chain {
            found = found.iter().flat_map(|&f| self.children(f, name)).collect();
        }
        found
    }

    /// The first element reached from `i` by the chain of names.
    fn first(&self, i: usize, chain: &[&str]) -> Option<usize> {
        self.all(i, chain).into_iter().next()
    }

    /// The first non-empty text reached from `i` by the chain of names.
    fn first_value(&self, i: usize, chain: &[&str]) -> Option<&str> {
        self.all(i, chain).into_iter().find_map(|f| self.value(f))
    }

    /// The nearest ancestor of `i` (not `i` itself) with that local name.
    fn ancestor(&self, i: usize, name: &str) -> Option<usize> {
        let mut next = self.parent(i);
        while let Some(a) = next {
            if self.local(a) == name {
                return Some(a);
            }
            next = self.parent(a);
        }
        None
    }

    /// The XPath of an element, with the file's prefixes and a 1-based position where the
    /// element has siblings of its name.
    fn path(&self, i: usize) -> String {
        let mut steps = Vec::new();
        let mut next = Some(i);
        while let Some(e) = next {
            let element = self.get(e);
            steps.push(match element.position {
                Some(position) => format!("{}[{position}]", element.name),
                None => element.name.clone(),
            });
            next = element.parent;
        }
        steps.reverse();
        format!("/{}", steps.join("/"))
    }

    /// A field read from an element.
    fn field(&self, i: usize) -> Option<NoticeField> {
        self.value(i).map(|value| NoticeField {
            value: value.to_string(),
            path: self.path(i),
        })
    }

    /// The root-level eForms extension.
    fn extension(&self) -> Option<usize> {
        self.first(ROOT, &EXTENSION)
    }
}

/// The problems that make a file no eForms notice, each naming the XPath of what is missing or
/// wrong; all are listed, so a sender fixes them at once.
fn validate(tree: &Tree) -> Result<(), IngestError> {
    let root_name = tree.get(ROOT).name.clone();
    let root_path = format!("/{root_name}");
    if !ROOTS.contains(&local(&root_name)) {
        return Err(corrupt(format!(
            "the root element {root_path} is none of {}",
            ROOTS.join(", ")
        )));
    }
    let mut problems = Vec::new();
    let subtype_chain: Vec<&str> = EXTENSION
        .iter()
        .copied()
        .chain(["efac:NoticeSubType", "cbc:SubTypeCode"])
        .collect();
    for chain in [
        subtype_chain.as_slice(),
        &["cbc:NoticeTypeCode"],
        &["cbc:ID"],
    ] {
        require(tree, ROOT, chain, &mut problems);
    }
    // The procedure identifier (BT-04) is forbidden in the prior information notices that only
    // inform (subtypes 1 to 9, notice types pin-buyer, pin-only and pin-rtl, national subtypes
    // such as Norway's N4 included) and mandatory in the others.
    let informs_only = tree
        .first_value(ROOT, &subtype_chain)
        .and_then(|subtype| subtype.parse::<u8>().ok())
        .is_some_and(|subtype| (1..=9).contains(&subtype))
        || tree
            .first_value(ROOT, &["cbc:NoticeTypeCode"])
            .is_some_and(|code| matches!(code, "pin-buyer" | "pin-only" | "pin-rtl"));
    if !informs_only {
        require(tree, ROOT, &["cbc:ContractFolderID"], &mut problems);
    }
    match tree.first(ROOT, &["cac:ProcurementProject"]) {
        None => problems.push(format!("missing {root_path}/cac:ProcurementProject")),
        Some(project) => {
            require(tree, project, &["cbc:ProcurementTypeCode"], &mut problems);
        }
    }
    let parties = tree.all(ROOT, &["cac:ContractingParty"]);
    if parties.is_empty() {
        problems.push(format!("missing {root_path}/cac:ContractingParty"));
    }
    let organisations = organisations(tree);
    for party in parties {
        let chain = ["cac:Party", "cac:PartyIdentification", "cbc:ID"];
        if let Some(reference) = require(tree, party, &chain, &mut problems) {
            let id = tree.text(reference);
            if !organisations.contains_key(id) {
                problems.push(format!(
                    "{} refers to the organisation {id}, which no efac:Organization of {root_path}/{}/efac:Organizations has",
                    tree.path(reference),
                    EXTENSION.join("/")
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(corrupt(format!(
            "not a valid eForms notice: {}",
            problems.join("; ")
        )))
    }
}

/// The first element reached from `from` by the chain, with a value; else a problem naming
/// the path of what is missing or empty.
fn require(tree: &Tree, from: usize, chain: &[&str], problems: &mut Vec<String>) -> Option<usize> {
    match tree.first(from, chain) {
        None => {
            problems.push(format!("missing {}/{}", tree.path(from), chain.join("/")));
            None
        }
        Some(found) if tree.value(found).is_none() => {
            problems.push(format!("empty {}", tree.path(found)));
            None
        }
        Some(found) => Some(found),
    }
}

/// The organisations of the notice by their identifier (`ORG-0001`).
fn organisations(tree: &Tree) -> HashMap<&str, usize> {
    let Some(extension) = tree.extension() else {
        return HashMap::new();
    };
    let mut found = HashMap::new();
    for organisation in tree.all(extension, &["efac:Organizations", "efac:Organization"]) {
        let chain = ["efac:Company", "cac:PartyIdentification", "cbc:ID"];
        if let Some(id) = tree.first_value(organisation, &chain) {
            found.entry(id).or_insert(organisation);
        }
    }
    found
}

/// Pushes every free-text field, in document order, once per language.
fn push_blocks(
    tree: &Tree,
    builder: &mut DocumentBuilder,
    options: &IngestOptions,
) -> Result<(), IngestError> {
    let mut pacer = Pacer::<4096>::new(&options.deadline);
    for i in 0..tree.elements.len() {
        pacer.step()?;
        if tree.attribute(i, "languageID").is_none() || is_not_prose(tree, i) {
            continue;
        }
        if let Some(text) = tree.value(i) {
            builder.push_field(&label(tree, i), &tree.path(i), text);
        }
    }
    Ok(())
}

/// Organisations' names, contact points and addresses: written in a language, yet no prose.
fn is_not_prose(tree: &Tree, i: usize) -> bool {
    ["Organizations", "Contact", "PartyName", "PostalAddress"]
        .iter()
        .any(|name| tree.ancestor(i, name).is_some())
}

/// The lot (or group of lots, or part) an element belongs to: "lot LOT-0001".
fn lot_of(tree: &Tree, i: usize) -> Option<String> {
    let lot = tree.ancestor(i, "ProcurementProjectLot")?;
    let id = tree.first(lot, &["cbc:ID"])?;
    let what = match tree.attribute(id, "schemeName") {
        Some("LotsGroup") => "group of lots",
        Some("Part") => "part",
        _ => "lot",
    };
    Some(format!("{what} {}", tree.value(id)?))
}

/// The `listName` of the first coded sibling of an element: what kind of requirement,
/// justification or condition its text describes.
fn sibling_code_list(tree: &Tree, i: usize) -> Option<&str> {
    let parent = tree.parent(i)?;
    tree.get(parent)
        .children
        .iter()
        .filter(|&&c| c != i && tree.local(c).ends_with("Code"))
        .find_map(|&c| tree.attribute(c, "listName"))
}

/// A short English label of a free-text field, with its lot.
fn label(tree: &Tree, i: usize) -> String {
    let name = tree.local(i);
    let parent = tree.parent(i).map_or("", |p| tree.local(p));
    let grandparent = tree
        .parent(i)
        .and_then(|p| tree.parent(p))
        .map_or("", |g| tree.local(g));
    let lot = lot_of(tree, i);
    let code = sibling_code_list(tree, i);
    let base = match (grandparent, parent, name) {
        (_, "ProcurementProject", "Name") => {
            return lot.map_or("Title of the procedure".into(), |l| format!("Title of {l}"));
        }
        (_, "ProcurementProject", "Description") => {
            return lot.map_or("Description of the procedure".into(), |l| {
                format!("Description of {l}")
            });
        }
        (_, "SubordinateAwardingCriterion", _) => {
            let kind = tree
                .first_value(
                    tree.parent(i).unwrap_or(i),
                    &["cbc:AwardingCriterionTypeCode"],
                )
                .map(capitalised);
            let base = match kind {
                Some(kind) => format!("Award criterion: {kind}"),
                None => "Award criterion".to_string(),
            };
            return with_lot(base, lot);
        }
        (_, "ProcurementProject", "Note") => "Additional information",
        (_, "RealizedLocation", _) => "Place of performance",
        (_, "ContractExtension", _) => "Options",
        ("Renewal", "Period", _) => "Renewal",
        (_, "ProcurementAdditionalType", _) => match code {
            Some("accessibility") => "Accessibility",
            Some("strategic-procurement") => "Strategic procurement",
            _ => "Type of procurement",
        },
        (_, "AuctionTerms", _) => "Electronic auction",
        (_, "SubsequentProcessTenderRequirement", _) => "Framework agreement",
        (_, "OccurenceLocation" | "OccurrenceLocation", _) => "Opening of tenders: place",
        (_, "OpenTenderEvent", _) => "Opening of tenders",
        (_, "ProcessJustification", _) => match code {
            Some("accelerated-procedure") => "Justification of the accelerated procedure",
            Some("no-esubmission-justification") => "Justification of submission by other means",
            Some("direct-award-justification") => "Justification of the direct award",
            _ => "Justification of the procedure",
        },
        (_, "PresentationPeriod", _) => "Review procedure: deadlines",
        (_, "AwardingCriterion", _) => "Award criteria",
        (_, "ContractExecutionRequirement", _) => match code {
            Some("nda") => "Non-disclosure agreement",
            Some("customer-service") => "Customer service",
            _ => "Contract performance conditions",
        },
        (_, "PaymentTerms", _) => "Payment terms",
        (_, "RequiredFinancialGuarantee", _) => "Guarantee required",
        (_, "SecurityClearanceTerm", _) => "Security clearance",
        (_, "SpecificTendererRequirement", _) => match code {
            Some("exclusion-ground" | "exclusion-grounds") => "Exclusion grounds",
            Some("reserved-procurement") => "Reserved procurement",
            _ => "Conditions for participation",
        },
        (_, "TendererQualificationRequest", "CompanyLegalForm") => {
            "Legal form of a group of tenderers"
        }
        (_, _, "RecurringProcurementDescription") => "Recurrence",
        (_, "Funding", _) => "EU funds",
        (_, "SelectionCriteria", _) => "Selection criterion",
        (_, "TenderingProcess", "Description") => "Main features of the procedure",
        (_, "ProcurementLegislationDocumentReference", _) => "Legal basis",
        (_, "SettledContract", "Title") => "Title of the contract",
        (_, "ContractTerm", _) => "Terms of the concession",
        (_, "Asset", _) => "Assets of the concession",
        (_, _, "ChangeDescription") => "Description of the changes",
        (_, _, "ReasonDescription") => "Reason for the changes",
        (_, _, "Justification") => "Justification",
        _ => return with_lot(words(name), lot),
    };
    with_lot(base.to_string(), lot)
}

fn with_lot(base: String, lot: Option<String>) -> String {
    match lot {
        Some(lot) => format!("{base} ({lot})"),
        None => base,
    }
}

/// `quality` → `Quality`.
fn capitalised(code: &str) -> String {
    let mut chars = code.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An element's local name as words, for a field no label names: `TermDescription` → "Term
/// description".
fn words(name: &str) -> String {
    let mut out = String::new();
    for (n, c) in name.chars().enumerate() {
        if c.is_uppercase() && n > 0 {
            out.push(' ');
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// What the notice states in its coded fields (the notice is valid: [`validate`] ran).
fn read_notice(tree: &Tree) -> Notice {
    let language = tree.first_value(ROOT, &["cbc:NoticeLanguageCode"]);
    let subtype_chain: Vec<&str> = EXTENSION
        .iter()
        .copied()
        .chain(["efac:NoticeSubType", "cbc:SubTypeCode"])
        .collect();
    let subtype = tree.first_value(ROOT, &subtype_chain);
    let notice_type = tree.first_value(ROOT, &["cbc:NoticeTypeCode"]);
    let project = tree.first(ROOT, &["cac:ProcurementProject"]);
    let lots: Vec<usize> = tree.all(ROOT, &["cac:ProcurementProjectLot"]);
    let lot_projects: Vec<(Option<&str>, usize)> = lots
        .iter()
        .flat_map(|&lot| {
            let id = tree.first_value(lot, &["cbc:ID"]);
            tree.children(lot, "cac:ProcurementProject")
                .map(move |p| (id, p))
        })
        .collect();
    let projects: Vec<(Option<&str>, usize)> = project
        .map(|p| (None, p))
        .into_iter()
        .chain(lot_projects)
        .collect();
    Notice {
        standard: NoticeStandard::Eforms,
        kind: kind(subtype, notice_type),
        subtype: subtype.map(str::to_string),
        id: tree.first_value(ROOT, &["cbc:ID"]).map(str::to_string),
        title: project
            .and_then(|p| in_language(tree, &tree.all(p, &["cbc:Name"]), language))
            .and_then(|name| tree.field(name)),
        buyers: buyers(tree, language),
        classifications: projects
            .iter()
            .flat_map(|&(lot, p)| classifications(tree, p, lot))
            .collect(),
        places: projects
            .iter()
            .flat_map(|&(lot, p)| places(tree, p, lot))
            .collect(),
        published: date_time(tree, ROOT, "cbc:IssueDate", "cbc:IssueTime"),
        submission_deadline: submission_deadline(tree, &lots),
        estimated_value: estimated_value(tree, project, &lots),
        legal_basis: tree
            .first(ROOT, &["cbc:RegulatoryDomain"])
            .and_then(|p| tree.field(p)),
        procedure: tree
            .first(ROOT, &["cac:TenderingProcess", "cbc:ProcedureCode"])
            .and_then(|p| tree.field(p)),
        document_urls: document_urls(tree),
        award_criteria: lots
            .iter()
            .flat_map(|&lot| award_criteria(tree, lot, language))
            .collect(),
    }
}

/// The stage a notice announces, from its subtype (the eForms SDK's `notice-types.json`: the
/// form type of each subtype), else from its notice type code.
fn kind(subtype: Option<&str>, notice_type: Option<&str>) -> NoticeKind {
    let by_subtype = subtype.and_then(|subtype| {
        Some(match subtype.to_ascii_uppercase().as_str() {
            // A planned procurement: prior information notices (1–9), a planning notice for
            // passenger transport (T01), a voluntary pre-market consultation or prior
            // information notice (E1, E2).
            "T01" | "E1" | "E2" => NoticeKind::Planning,
            // A call for competition: a prior information notice used as one (10–14), a
            // qualification system (15), contract, concession, subcontract and design contest
            // notices (16–24), a call for expressions of interest (CEI), a voluntary contract
            // notice (E3).
            "CEI" | "E3" => NoticeKind::Competition,
            // The result: voluntary ex-ante transparency notices (25–28), award and design
            // contest result notices (29–37), modifications (38–40), the passenger transport
            // result (T02), a voluntary award or modification notice (E4, E6).
            "T02" | "E4" | "E6" => NoticeKind::Result,
            // A voluntary completion notice (E5), the business registers' notices (X01, X02).
            "E5" | "X01" | "X02" => NoticeKind::Other,
            number => match number.parse::<u32>().ok()? {
                1..=9 => NoticeKind::Planning,
                10..=24 => NoticeKind::Competition,
                25..=40 => NoticeKind::Result,
                _ => return None,
            },
        })
    });
    by_subtype.unwrap_or_else(|| match notice_type.unwrap_or_default() {
        "pmc" | "pin-only" | "pin-buyer" | "pin-rtl" | "pin-tran" => NoticeKind::Planning,
        t if t.starts_with("pin-cfc") || t.starts_with("cn-") => NoticeKind::Competition,
        "qu-sy" | "subco" => NoticeKind::Competition,
        t if t.starts_with("can-") || t == "veat" => NoticeKind::Result,
        _ => NoticeKind::Other,
    })
}

/// Of the same field in several languages, the one in the notice's language, else the first.
fn in_language(tree: &Tree, elements: &[usize], language: Option<&str>) -> Option<usize> {
    let with_text = || {
        elements
            .iter()
            .copied()
            .filter(|&e| tree.value(e).is_some())
    };
    with_text()
        .find(|&e| language.is_some() && tree.attribute(e, "languageID") == language)
        .or_else(|| with_text().next())
}

fn buyers(tree: &Tree, language: Option<&str>) -> Vec<NoticeBuyer> {
    let organisations = organisations(tree);
    let mut buyers = Vec::new();
    for party in tree.all(ROOT, &["cac:ContractingParty"]) {
        let reference = ["cac:Party", "cac:PartyIdentification", "cbc:ID"];
        let Some(organisation) = tree
            .first_value(party, &reference)
            .and_then(|id| organisations.get(id).copied())
        else {
            continue;
        };
        let company = tree.first(organisation, &["efac:Company"]);
        let names = company
            .map(|c| tree.all(c, &["cac:PartyName", "cbc:Name"]))
            .unwrap_or_default();
        let legal_types = tree.all(party, &["cac:ContractingPartyType", "cbc:PartyTypeCode"]);
        let legal_type = legal_types
            .iter()
            .copied()
            .find(|&t| tree.attribute(t, "listName") == Some("buyer-legal-type"))
            .or_else(|| legal_types.first().copied())
            .and_then(|t| tree.value(t));
        buyers.push(NoticeBuyer {
            name: in_language(tree, &names, language)
                .and_then(|n| tree.value(n))
                .map(str::to_string),
            country: company
                .and_then(|c| {
                    let chain = ["cac:PostalAddress", "cac:Country", "cbc:IdentificationCode"];
                    tree.first_value(c, &chain)
                })
                .and_then(country::alpha2),
            legal_type: legal_type.map(str::to_string),
            activity: tree
                .first_value(party, &["cac:ContractingActivity", "cbc:ActivityTypeCode"])
                .map(str::to_string),
            path: tree.path(organisation),
        });
    }
    buyers
}

fn classifications(tree: &Tree, project: usize, lot: Option<&str>) -> Vec<Classification> {
    let main = tree.all(
        project,
        &[
            "cac:MainCommodityClassification",
            "cbc:ItemClassificationCode",
        ],
    );
    let additional = tree.all(
        project,
        &[
            "cac:AdditionalCommodityClassification",
            "cbc:ItemClassificationCode",
        ],
    );
    let main = main.into_iter().map(|c| (c, true));
    let additional = additional.into_iter().map(|c| (c, false));
    main.chain(additional)
        .filter_map(|(c, main)| {
            let code = tree.value(c)?;
            // CPV codes are written without their check digit in eForms; a sender that adds
            // it ("72415000-2") still names the same code.
            let code = code.split_once('-').map_or(code, |(code, _)| code);
            Some(Classification {
                scheme: tree
                    .attribute(c, "listName")
                    .filter(|s| !s.is_empty())
                    .unwrap_or("cpv")
                    .to_uppercase(),
                code: code.to_string(),
                main,
                lot: lot.map(str::to_string),
                path: tree.path(c),
            })
        })
        .collect()
}

fn places(tree: &Tree, project: usize, lot: Option<&str>) -> Vec<PlaceOfPerformance> {
    tree.all(project, &["cac:RealizedLocation"])
        .into_iter()
        .filter_map(|location| {
            let address = tree.first(location, &["cac:Address"])?;
            let chain = ["cac:Country", "cbc:IdentificationCode"];
            let place = PlaceOfPerformance {
                country: tree.first_value(address, &chain).and_then(country::alpha2),
                region: tree
                    .first_value(address, &["cbc:CountrySubentityCode"])
                    .map(str::to_string),
                other: tree
                    .first_value(address, &["cbc:Region"])
                    .map(str::to_string),
                lot: lot.map(str::to_string),
                path: tree.path(location),
            };
            (place.country.is_some() || place.region.is_some() || place.other.is_some())
                .then_some(place)
        })
        .collect()
}

/// A date and its time when given (`2019-11-21+01:00` and `10:00:00+01:00` →
/// `2019-11-21T10:00:00+01:00`), located at the date.
fn date_time(tree: &Tree, from: usize, date: &str, time: &str) -> Option<NoticeField> {
    let date_element = tree.first(from, &[date])?;
    let date = tree.value(date_element)?;
    let value = match tree.first_value(from, &[time]) {
        // The date's own zone is dropped: the time carries one.
        Some(time) => format!("{}T{time}", date.get(..10).unwrap_or(date)),
        None => date.to_string(),
    };
    Some(NoticeField {
        value,
        path: tree.path(date_element),
    })
}

/// The first deadline for tenders (or, in a notice that asks first for requests to participate,
/// for requests) in the order of the lots.
fn submission_deadline(tree: &Tree, lots: &[usize]) -> Option<NoticeField> {
    [
        "cac:TenderSubmissionDeadlinePeriod",
        "cac:ParticipationRequestReceptionPeriod",
    ]
    .iter()
    .find_map(|period| {
        lots.iter().find_map(|&lot| {
            let period = tree.first(lot, &["cac:TenderingProcess", period])?;
            date_time(tree, period, "cbc:EndDate", "cbc:EndTime")
        })
    })
}

/// The estimated value of the procedure; of its lot when it has one lot only and states the
/// value there.
fn estimated_value(tree: &Tree, project: Option<usize>, lots: &[usize]) -> Option<Amount> {
    let chain = [
        "cac:RequestedTenderTotal",
        "cbc:EstimatedOverallContractAmount",
    ];
    let amount = project
        .and_then(|p| tree.first(p, &chain))
        .filter(|&a| tree.value(a).is_some())
        .or_else(|| match lots {
            [lot] => tree
                .first(*lot, &["cac:ProcurementProject"])
                .and_then(|p| tree.first(p, &chain)),
            _ => None,
        })?;
    Some(Amount {
        amount: tree.value(amount)?.to_string(),
        currency: tree.attribute(amount, "currencyID").map(str::to_string),
        path: tree.path(amount),
    })
}

/// The addresses of the procurement documents, each once (lots often repeat the same one).
fn document_urls(tree: &Tree) -> Vec<NoticeField> {
    let chain = [
        "cac:TenderingTerms",
        "cac:CallForTendersDocumentReference",
        "cac:Attachment",
        "cac:ExternalReference",
        "cbc:URI",
    ];
    let mut holders = vec![ROOT];
    holders.extend(tree.all(ROOT, &["cac:ProcurementProjectLot"]));
    let mut urls: Vec<NoticeField> = Vec::new();
    for uri in holders.iter().flat_map(|&h| tree.all(h, &chain)) {
        if let Some(field) = tree.field(uri)
            && !urls.iter().any(|u| u.value == field.value)
        {
            urls.push(field);
        }
    }
    urls
}

fn award_criteria(tree: &Tree, lot: usize, language: Option<&str>) -> Vec<AwardCriterion> {
    let lot_id = tree.first_value(lot, &["cbc:ID"]);
    let chain = [
        "cac:TenderingTerms",
        "cac:AwardingTerms",
        "cac:AwardingCriterion",
        "cac:SubordinateAwardingCriterion",
    ];
    let parameters: Vec<&str> = EXTENSION
        .iter()
        .copied()
        .chain(["efac:AwardCriterionParameter"])
        .collect();
    tree.all(lot, &chain)
        .into_iter()
        .map(|criterion| {
            let weight = tree
                .all(criterion, &parameters)
                .into_iter()
                .filter(|&p| {
                    tree.first(p, &["efbc:ParameterCode"])
                        .and_then(|code| tree.attribute(code, "listName"))
                        == Some("number-weight")
                })
                .find_map(|p| tree.first_value(p, &["efbc:ParameterNumeric"]));
            AwardCriterion {
                kind: tree
                    .first_value(criterion, &["cbc:AwardingCriterionTypeCode"])
                    .map(str::to_string),
                name: in_language(tree, &tree.all(criterion, &["cbc:Name"]), language)
                    .and_then(|n| tree.value(n))
                    .map(str::to_string),
                weight: weight.map(str::to_string),
                lot: lot_id.map(str::to_string),
                path: tree.path(criterion),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
 xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"
 xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1"
 xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"
 xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1">
<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
<efac:NoticeSubType><cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode></efac:NoticeSubType>
<efac:Organizations><efac:Organization><efac:Company>
<cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification>
<cac:PartyName><cbc:Name languageID="FRA">Ville de Lyon</cbc:Name></cac:PartyName>
<cac:PostalAddress><cac:Country><cbc:IdentificationCode listName="country">FRA</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
</efac:Company></efac:Organization></efac:Organizations>
</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
<cbc:ID schemeName="notice-id">0d0c5a3e-1111-4c7e-9d6b-000000000001</cbc:ID>
<cbc:ContractFolderID>7a1b2c3d-0000-4000-8000-000000000001</cbc:ContractFolderID>
<cbc:IssueDate>2025-03-03+01:00</cbc:IssueDate>
<cbc:IssueTime>09:30:00+01:00</cbc:IssueTime>
<cbc:NoticeTypeCode listName="competition">cn-standard</cbc:NoticeTypeCode>
<cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
<cac:ContractingParty>
<cac:ContractingPartyType><cbc:PartyTypeCode listName="buyer-legal-type">la</cbc:PartyTypeCode></cac:ContractingPartyType>
<cac:ContractingActivity><cbc:ActivityTypeCode listName="authority-activity">gen-pub</cbc:ActivityTypeCode></cac:ContractingActivity>
<cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001</cbc:ID></cac:PartyIdentification></cac:Party>
</cac:ContractingParty>
<cac:TenderingProcess><cbc:ProcedureCode listName="procurement-procedure-type">open</cbc:ProcedureCode></cac:TenderingProcess>
"#;

    const PROJECT: &str = r#"<cac:ProcurementProject>
<cbc:Name languageID="FRA">Hébergement du site</cbc:Name>
<cbc:Name languageID="ENG">Hosting of the website</cbc:Name>
<cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
<cac:MainCommodityClassification><cbc:ItemClassificationCode listName="cpv">72415000</cbc:ItemClassificationCode></cac:MainCommodityClassification>
</cac:ProcurementProject>
"#;

    const LOT: &str = r#"<cac:ProcurementProjectLot>
<cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
<cac:TenderingTerms>
<cac:AwardingTerms><cac:AwardingCriterion><cac:SubordinateAwardingCriterion>
<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
<efac:AwardCriterionParameter><efbc:ParameterCode listName="number-weight">poi-exa</efbc:ParameterCode><efbc:ParameterNumeric>20</efbc:ParameterNumeric></efac:AwardCriterionParameter>
</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
<cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode>
<cbc:Name languageID="FRA">Compatibilité avec Microsoft 365</cbc:Name>
<cbc:Description languageID="FRA">Compatibilité avec Microsoft 365 : 20 points.</cbc:Description>
</cac:SubordinateAwardingCriterion></cac:AwardingCriterion></cac:AwardingTerms>
</cac:TenderingTerms>
<cac:ProcurementProject>
<cbc:Description languageID="FRA">Les données sont hébergées exclusivement dans l'Union européenne.</cbc:Description>
<cbc:Description languageID="ENG">Data are hosted in the European Union only.</cbc:Description>
<cac:AdditionalCommodityClassification><cbc:ItemClassificationCode listName="cpv">48000000</cbc:ItemClassificationCode></cac:AdditionalCommodityClassification>
<cac:RealizedLocation><cac:Address><cbc:Region>anyw-eea</cbc:Region></cac:Address></cac:RealizedLocation>
</cac:ProcurementProject>
</cac:ProcurementProjectLot>
"#;

    fn read_xml(xml: &str) -> Result<Document, IngestError> {
        read(
            Source {
                name: "avis.xml",
                bytes: xml.as_bytes(),
            },
            &IngestOptions::default(),
        )
    }

    fn notice_xml(body: &str) -> String {
        format!("{HEAD}{body}</ContractNotice>")
    }

    fn error(xml: &str) -> String {
        read_xml(xml)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn free_text_fields_are_blocks_in_every_language_with_their_paths() {
        let document = read_xml(&notice_xml(&format!("{PROJECT}{LOT}"))).unwrap();
        let blocks: Vec<(&str, &str, &str)> = document
            .blocks
            .iter()
            .map(|b| {
                (
                    b.location.section[0].as_str(),
                    b.location.path.as_deref().unwrap_or_default(),
                    b.text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            blocks,
            [
                (
                    "Title of the procedure",
                    "/ContractNotice/cac:ProcurementProject/cbc:Name[1]",
                    "Hébergement du site"
                ),
                (
                    "Title of the procedure",
                    "/ContractNotice/cac:ProcurementProject/cbc:Name[2]",
                    "Hosting of the website"
                ),
                (
                    "Award criterion: Quality (lot LOT-0001)",
                    "/ContractNotice/cac:ProcurementProjectLot/cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion/cbc:Name",
                    "Compatibilité avec Microsoft 365"
                ),
                (
                    "Award criterion: Quality (lot LOT-0001)",
                    "/ContractNotice/cac:ProcurementProjectLot/cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion/cbc:Description",
                    "Compatibilité avec Microsoft 365 : 20 points."
                ),
                (
                    "Description of lot LOT-0001",
                    "/ContractNotice/cac:ProcurementProjectLot/cac:ProcurementProject/cbc:Description[1]",
                    "Les données sont hébergées exclusivement dans l'Union européenne."
                ),
                (
                    "Description of lot LOT-0001",
                    "/ContractNotice/cac:ProcurementProjectLot/cac:ProcurementProject/cbc:Description[2]",
                    "Data are hosted in the European Union only."
                ),
            ]
        );
        assert!(
            !document.text().contains("Ville de Lyon"),
            "an organisation's name is no block"
        );
    }

    #[test]
    fn coded_fields_make_the_notice() {
        let document = read_xml(&notice_xml(&format!("{PROJECT}{LOT}"))).unwrap();
        let notice = document.notice.unwrap();
        assert_eq!(notice.standard, NoticeStandard::Eforms);
        assert_eq!(notice.kind, NoticeKind::Competition);
        assert_eq!(notice.subtype.as_deref(), Some("16"));
        assert_eq!(
            notice.id.as_deref(),
            Some("0d0c5a3e-1111-4c7e-9d6b-000000000001")
        );
        assert_eq!(
            notice.title.map(|t| t.value).as_deref(),
            Some("Hébergement du site")
        );
        assert_eq!(
            notice.buyers,
            [NoticeBuyer {
                name: Some("Ville de Lyon".into()),
                country: Some("FR".into()),
                legal_type: Some("la".into()),
                activity: Some("gen-pub".into()),
                path: "/ContractNotice/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:Organizations/efac:Organization".into(),
            }]
        );
        let codes: Vec<(&str, bool, Option<&str>)> = notice
            .classifications
            .iter()
            .map(|c| (c.code.as_str(), c.main, c.lot.as_deref()))
            .collect();
        assert_eq!(
            codes,
            [
                ("72415000", true, None),
                ("48000000", false, Some("LOT-0001"))
            ]
        );
        assert!(notice.classifications.iter().all(|c| c.scheme == "CPV"));
        assert_eq!(notice.places.len(), 1);
        assert_eq!(notice.places[0].other.as_deref(), Some("anyw-eea"));
        assert_eq!(
            notice.published.map(|p| p.value).as_deref(),
            Some("2025-03-03T09:30:00+01:00")
        );
        assert_eq!(notice.procedure.map(|p| p.value).as_deref(), Some("open"));
        let criterion = &notice.award_criteria[0];
        assert_eq!(criterion.kind.as_deref(), Some("quality"));
        assert_eq!(criterion.weight.as_deref(), Some("20"));
        assert_eq!(criterion.lot.as_deref(), Some("LOT-0001"));
        let description = document
            .blocks
            .iter()
            .find(|b| b.text.ends_with("20 points."))
            .and_then(|b| b.location.path.clone())
            .unwrap_or_default();
        assert!(description.starts_with(&criterion.path), "{description}");
    }

    #[test]
    fn a_notice_without_what_every_notice_has_is_refused_naming_the_paths() {
        let without_project = notice_xml(LOT);
        let message = error(&without_project);
        assert!(
            message.contains("missing /ContractNotice/cac:ProcurementProject"),
            "{message}"
        );
        let without_nature = notice_xml(&PROJECT.replace(
            r#"<cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>"#,
            "",
        ));
        let message = error(&without_nature);
        assert!(
            message
                .contains("missing /ContractNotice/cac:ProcurementProject/cbc:ProcurementTypeCode"),
            "{message}"
        );
        let unknown_buyer = notice_xml(PROJECT).replacen(
            r#"<cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0001"#,
            r#"<cac:Party><cac:PartyIdentification><cbc:ID schemeName="organization">ORG-0009"#,
            1,
        );
        let message = error(&unknown_buyer);
        assert!(
            message.contains("/ContractNotice/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID refers to the organisation ORG-0009"),
            "{message}"
        );
        let empty_id = notice_xml(PROJECT).replace("0d0c5a3e-1111-4c7e-9d6b-000000000001", " ");
        let message = error(&empty_id);
        assert!(
            message.contains("empty /ContractNotice/cbc:ID"),
            "{message}"
        );
        assert!(
            message.starts_with("corrupt or truncated eForms notice file"),
            "{message}"
        );
    }

    #[test]
    fn a_prior_information_notice_that_only_informs_has_no_procedure_identifier() {
        let pin = notice_xml(PROJECT)
            .replace(
                "<cbc:ContractFolderID>7a1b2c3d-0000-4000-8000-000000000001</cbc:ContractFolderID>\n",
                "",
            )
            .replace(">16<", ">4<")
            .replace("cn-standard", "pin-only");
        assert!(read_xml(&pin).is_ok(), "{}", error(&pin));
        let national = pin.replace(">4<", ">N4<");
        assert!(read_xml(&national).is_ok(), "{}", error(&national));
        let competition = pin
            .replace(">4<", ">16<")
            .replace("pin-only", "cn-standard");
        assert!(error(&competition).contains("missing /ContractNotice/cbc:ContractFolderID"));
    }

    #[test]
    fn a_root_bound_to_a_prefix_is_an_eforms_notice() {
        let prefixed = notice_xml(PROJECT)
            .replacen(
                "<ContractNotice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\"",
                "<urn:ContractNotice xmlns:urn=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\"",
                1,
            )
            .replace("</ContractNotice>", "</urn:ContractNotice>");
        assert_eq!(
            super::super::detect_format(prefixed.as_bytes(), "avis.xml").ok(),
            Some(Format::Eforms)
        );
        let document = read_xml(&prefixed).unwrap_or_else(|e| panic!("{e}"));
        assert!(document.notice.is_some());
    }

    #[test]
    fn malformed_xml_and_entities_are_refused() {
        let message = error(&notice_xml(PROJECT).replace("</cac:ProcurementProject>", ""));
        assert!(message.contains("corrupt"), "{message}");
        let entities = notice_xml(PROJECT).replacen(
            "<ContractNotice",
            "<!DOCTYPE ContractNotice [<!ENTITY x \"xx\">]><ContractNotice",
            1,
        );
        assert!(matches!(
            read_xml(&entities),
            Err(IngestError::XmlEntities { .. })
        ));
    }

    #[test]
    fn nesting_is_bounded() {
        let options = IngestOptions {
            max_nesting: 8,
            ..IngestOptions::default()
        };
        let result = read(
            Source {
                name: "avis.xml",
                bytes: notice_xml(PROJECT).as_bytes(),
            },
            &options,
        );
        assert!(matches!(result, Err(IngestError::TooDeep { .. })));
    }

    #[test]
    fn kinds_follow_the_sdk_notice_types() {
        for (subtype, expected) in [
            ("1", NoticeKind::Planning),
            ("9", NoticeKind::Planning),
            ("10", NoticeKind::Competition),
            ("16", NoticeKind::Competition),
            ("24", NoticeKind::Competition),
            ("25", NoticeKind::Result),
            ("29", NoticeKind::Result),
            ("40", NoticeKind::Result),
            ("CEI", NoticeKind::Competition),
            ("T01", NoticeKind::Planning),
            ("T02", NoticeKind::Result),
            ("E1", NoticeKind::Planning),
            ("E3", NoticeKind::Competition),
            ("E4", NoticeKind::Result),
            ("E5", NoticeKind::Other),
        ] {
            assert_eq!(kind(Some(subtype), None), expected, "{subtype}");
        }
        assert_eq!(kind(Some("99"), Some("can-standard")), NoticeKind::Result);
        assert_eq!(kind(None, Some("pin-only")), NoticeKind::Planning);
    }

    #[test]
    fn labels_read_as_words() {
        assert_eq!(words("TermDescription"), "Term description");
        assert_eq!(capitalised("quality"), "Quality");
    }
}
