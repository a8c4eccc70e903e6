//! What a document is in the consultation file (specification, contract terms, answers to
//! questions…), told from its file name, then from its title. Officers name the files of a DCE
//! or of Vergabeunterlagen after what they are ("CCTP.pdf", "Antworten_Bieterfragen.odt"), and
//! the title says it when the name does not.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon as lx;
use super::wordlist::{WORD_END_IN_CLAUSE, WordList};
use crate::model::{BlockKind, Document, DocumentInfo, DocumentRole, Evidence, Format, file_name};
use crate::patterns::constant;

/// The facts' description of a document, its role included.
pub(super) fn info(document: &Document) -> DocumentInfo {
    let role = role_of(document);
    DocumentInfo {
        name: document.name.clone(),
        sha256: document.sha256.clone(),
        format: document.format,
        language: document.language.as_ref().map(|l| l.code.clone()),
        pages: document.pages,
        role,
        later: role.is_later(),
        notice: document.notice.as_deref().cloned(),
        // Known once every sentence is read: `SpecificationReferences`.
        specification_elsewhere: None,
        sections_not_held: None,
        contract_elsewhere: annex_of_a_contract(document),
    }
}

/// How far from the start a document's title may call it an annex of a contract.
const ANNEX_TITLE_WITHIN_BLOCKS: usize = 6;

/// The title that calls a document an annex of a contract: "ALLEGATO 1 AL CONTRATTO",
/// "Annexe 2 au contrat", "Anlage 3 zum Rahmenvertrag", "Schedule 2 to the Agreement", "Anexo I
/// al contrato", "Bijlage 1 bij de overeenkomst"; or a numbered annex of the tender that holds
/// some of its requirements ("APPENDIX 3. REQUIREMENTS SPECIFICATION CLOUD SOLUTION", "Anlage 2:
/// Technische Anforderungen"): its number says the other parts, the contract among them, are
/// elsewhere.
fn annex_of_a_contract(document: &Document) -> Option<Evidence> {
    document
        .blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Footer | BlockKind::Metadata))
        .take(ANNEX_TITLE_WITHIN_BLOCKS)
        .find(|b| b.text.len() <= 200 && ANNEX_OF_A_CONTRACT.is_match(&b.text))
        .map(|b| super::evidence::of_block(&document.name, b))
}

static ANNEX_OF_A_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\W*(?:allegato|annexe?|anlage|anhang|schedule|anexo|bijlage|appendix|appendice)\s+[\w.]{1,6}\s*[-–:]?\s*(?:al|au|zum|zur|to(?: the)?|bij (?:de|het))\s+(?:contratto|contrat|(?:Rahmen)?vertrag|agreement|contract|contrato|overeenkomst|accordo quadro|accord-cadre|call-off contract)\b|^\W*(?:allegato|annexe?|anlage|anhang|schedule|anexo|bijlage|appendix|appendice|bilaga|bilag)\s+(?:[0-9]{1,2}|[IVX]{1,4})[a-z]?\s*[-–:.]\s*[^.]{0,60}\b(?:requirements?|specifications?|exigences|prescriptions|Anforderungen|Leistungsbeschreibung|requisitos|prescripciones|requisiti|eisen|krav\w*)\b",
    )
});

/// How many blocks from the start a contract's object is looked for in: its title, the
/// "objet du marché" and the context that opens it.
const OBJECT_WITHIN_BLOCKS: usize = 80;

/// The sentence that says the contract operates or maintains the buyer's existing systems
/// (`lexicon::OPERATES_EXISTING`), among the blocks that state its object.
pub(super) fn operates_existing_systems(document: &Document) -> Option<&str> {
    document
        .blocks
        .iter()
        .take(OBJECT_WITHIN_BLOCKS)
        .map(|block| block.text.as_str())
        .find(|text| lx::OPERATES_EXISTING.is_match(text))
}

/// The title by which a document calls itself a manual ("Aquareel Manuel Utilisateur", "User
/// Guide", "Benutzerhandbuch"), if it does: a short line of its first blocks that opens on the
/// manual's name, after three words at most (the system's name), neither a list item, a
/// contents entry nor a sentence ("Le titulaire fournit un manuel utilisateur." names a
/// deliverable).
pub(super) fn manual_title(document: &Document) -> Option<&str> {
    document
        .blocks
        .iter()
        .take(EARLY_BLOCKS)
        .filter(|b| matches!(b.kind, BlockKind::Heading | BlockKind::Paragraph))
        .map(|b| b.text.trim())
        .find(|text| {
            text.split_whitespace().count() <= 8
                && !text.contains(|c: char| c.is_ascii_digit() || c == ':')
                && !text.ends_with('.')
                && lx::MANUAL_TITLE
                    .find(text)
                    .is_some_and(|m| text[..m.start()].split_whitespace().count() <= 3)
        })
}

/// Names and titles of each role, most telling first: answers and addenda before the rest, since
/// "Réponses aux questions sur le CCTP" answers questions and is no specification.
static ROLES: LazyLock<Vec<(DocumentRole, Regex)>> = LazyLock::new(|| {
    [
        (
            DocumentRole::Addendum,
            r"avenant|rectificatif|modificatif|addend(um|a)|amendment|corrigendum|änderungs?mitteilung|nachtrag|berichtigung|erratum",
        ),
        // Templates for the bid ("cadre de réponse") answer nothing: they say how to bid.
        (
            DocumentRole::Instructions,
            r"cadre de r[ée]ponse|m[ée]moire technique|response template|antwortbogen|formulaire",
        ),
        (
            DocumentRole::Answers,
            r"r[ée]ponses? (aux|à des|apport[ée]es aux) questions|\bquestions?\b|\bq ?(&|and|et) ?a\b|\bfaq\b|clarifications?|bieter(an)?fragen|\bfragen\b|antworten",
        ),
        (
            DocumentRole::Requirements,
            r"matrice|matrix|\bbpu\b|anforderungs(katalog|liste|matrix)|kriterienkatalog|requirements? (list|table|catalogue)|questionnaire|fragebogen",
        ),
        (
            DocumentRole::Instructions,
            r"\brc\b|r[èe]glement (de (la )?)?consultation|instructions? (to|for) (bidders|tenderers|offerors)|bewerbungsbedingungen|aufforderung zur angebotsabgabe|angebotsaufforderung|\bitt\b|invitation to tender",
        ),
        (
            DocumentRole::ContractTerms,
            r"\bccap\b|\bccag\b|clauses administratives|\bacte d.?engagement\b|\bae\b|\bpcap\b|pliegos? de cl[áa]usulas administrativas|capitolato amministrativo|vertrags?bedingungen|\bevb.?it\b|\bbvb\b|vertrag\b|rahmenvertrag|contract|conditions (générales|particulières|of contract)|terms and conditions|general conditions",
        ),
        (
            DocumentRole::Specification,
            r"\bcctp\b|clauses techniques|cahier des charges|leistungsbeschreibung|lastenheft|pflichtenheft|leistungsverzeichnis|sp[ée]cifications?|specifications?|statement of (work|requirements)|\bsow\b|\bsor\b|\bpws\b|performance work statement|pliegos? de prescripciones t[ée]cnicas|capitolato (tecnico|speciale|prestazionale|descrittivo)|disciplinare tecnico|programma van eisen|\bpve\b|terms of reference|\btor\b|\brfp\b|\brfq\b|request for (proposals?|quotations?)",
        ),
        (
            DocumentRole::Annex,
            r"annexes?|\bannex\b|anlagen?\b|appendi(x|ces)|beilage",
        ),
    ]
    .into_iter()
    .map(|(role, pattern)| (role, constant(&format!("(?i){pattern}"))))
    .collect()
});

/// The role of a document: from its file name, else its title, else its format (a spreadsheet
/// in a consultation file is a requirements matrix or a price schedule).
fn role_of(document: &Document) -> DocumentRole {
    // "Reponses_aux_questions.odt": underscores and dots join words that the patterns separate.
    let file_name = file_name(&document.name).replace(['_', '-', '.', '+'], " ");
    if let Some(role) = matching(&file_name) {
        return role;
    }
    if let Some(role) = title(document).and_then(matching) {
        return role;
    }
    if matches!(document.format, Format::Xlsx | Format::Ods) {
        return DocumentRole::Requirements;
    }
    DocumentRole::Other
}

fn matching(text: &str) -> Option<DocumentRole> {
    ROLES.iter().find_map(|(role, regex)| {
        let found = regex.find(text)?;
        // An annex to the specification ("Allegato d) al Capitolato Tecnico", "Annexe 3 au
        // CCTP", "Anlage 2 zur Leistungsbeschreibung") is an annex: the specification it belongs
        // to is another document.
        if *role == DocumentRole::Specification && ANNEX_TO.is_match(&text[..found.start()]) {
            Some(DocumentRole::Annex)
        } else {
            Some(*role)
        }
    })
}

/// The words before a specification's name that make a document an annex to it.
static ANNEX_TO: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)\b(annexe?|anlage|anhang|attachment|appendix|allegato|anexo|bijlage)\b[^.;:]{0,12}?\b(au|à|du|des|to|of|zur|zum|der|al|alla|del|della|dello|de|bij|van)\b( the| het| la| le| de)?\s*$",
    )
});

/// The names of a technical specification, the document that holds a contract's technical terms.
/// Not "PPT" (also PowerPoint's format) nor "technical specifications" (also a product's).
static SPECIFICATION_NAMES: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "CCTP",
        "cahiers? des clauses techniques particulières",
        "cahiers? des charges",
        "statements? of (?:work|requirements)",
        "(?-i:SOW|PWS)",
        "performance work statement",
        "terms of reference",
        "Leistungsbeschreibung(?:en)?",
        "Leistungsverzeichnis(?:se|ses)?",
        "Lastenheft\\w*",
        "pliegos? de (?:prescripciones|condiciones) técnicas(?: particulares)?",
        "capitolat[oi] (?:tecnic[oi]|speciale|prestazionale|descrittiv[oi](?: e prestazional[ei])?)",
        "disciplinare tecnico",
        "programma van eisen",
        "(?-i:PvE)",
        // The EU institutions' name for it, and the Belgian one ("het tweede deel van het
        // bijzonder bestek" holds the technical prescriptions).
        "tender specifications?",
        "bijzonder(?:e)? bestek",
    ])
});

/// A sentence saying that an annex of the tender is a document of its own ("Deze bijlage is
/// toegevoegd als een separaat document", "L'annexe 2 fait l'objet d'un document séparé"): what
/// it holds is not in this file, whatever heading names it here. An annex must be the subject:
/// "le titulaire remet son plan qualité dans un document séparé" is a deliverable.
static SEPARATE_DOCUMENT: LazyLock<WordList> = LazyLock::new(|| {
    let annex =
        "(?:bijlagen?|annexes?|anlagen?|attachments?|appendix|appendices|allegat[oi]|anexos?)";
    let separate = "(?:separa(?:at|te) document|afzonderlijk(?:e)? document|separate (?:document|file)|document (?:séparé|distinct)|(?:separate[ns]?|gesonderte[ns]?) (?:Dokument|Datei|Unterlage)|documento (?:separato|separado|aparte|a parte))";
    WordList::new(&[
        &format!("{annex}{WORD_END_IN_CLAUSE}[^.;]{{0,79}}{separate}"),
        // The formula of a signature form, which binds the bidder to documents it does not
        // hold: "Après avoir pris connaissance du cahier des clauses administratives
        // particulières et des documents qui sont mentionnés au présent acte d'engagement".
        "apr[èe]s avoir pris connaissance d(?:u|es|e la) (?:cahiers?|CCAP|CCTP|documents|pi[èe]ces)",
        "having (?:examined|read|taken note of) the (?:conditions|contract|tender|specification|documents)",
        "nach Kenntnisnahme der (?:Vergabe|Vertrags|Ausschreibungs)unterlagen",
    ])
});

/// A notice, or a sentence of one, that announces the procurement documents held apart: a
/// title opening on a notice's name ("Tender Notice (1 Stage process) …", "CfT: Software
/// Support, Website Hosting …", "Avis d'appel public à la concurrence"), or the documents
/// offered on request or for download ("If you wish to receive tender documents, please email
/// …", "Die Vergabeunterlagen stehen … zum Download bereit"). A notice summarises a contract
/// whose terms are in those documents.
static DOCUMENTS_HELD_APART: LazyLock<WordList> = LazyLock::new(|| {
    let documents = "(?:tender|procurement|contract) documents|(?:the )?specifications?|dossier de (?:la )?consultation|documents de (?:la )?consultation|DCE|Vergabeunterlagen|Ausschreibungsunterlagen|pliegos|documentaci[óo]n (?:de la licitaci[óo]n|contractual)|documentazione di gara|documenti di gara|aanbestedingsstukken|aanbestedingsdocumenten";
    WordList::new(&[
        "^(?:(?-i:CfT|RFT)\\s*:|(?:tender|contract) notice|call for tenders?\\s*:|avis d'appel public [àa] la concurrence|avis de march[ée]|(?:Auftrags)?bekanntmachung|anuncio de licitaci[óo]n|bando di gara|aankondiging van (?:een )?opdracht)",
        &format!("(?:wish|want|like) to (?:receive|obtain|request) (?:the )?(?:{documents})"),
        // A clause of another document of the tender cited for the terms: "De conformidad con
        // la Cláusula 10º del PCAP", "conformément à l'article 5 du CCAP".
        "(?:cl[áa]usula|art[íi]culo|apartado|article|clause|articolo|Ziffer|artikel) [0-9]+\\S* (?:del|de la|du|de l['’]|of the|des|della|dello|del|van het|van de) (?:PCAP|PPT|CCAP|CCTP|RC|pliegos?|capitolato|disciplinare|Vergabeunterlagen|bestek)",
        &format!(
            "(?:{documents}) (?:are|is|can be|may be) (?:available|obtained|downloaded|requested)"
        ),
        &format!(
            "(?:{documents}) (?:sont|est|peuvent être|peut être) (?:disponibles?|téléchargeables?|retirés?|obtenus?|consultables?)"
        ),
        &format!(
            "(?:{documents}) (?:stehen|sind|können)[^.;]{{0,60}}(?:zum Download|abrufbar|erhältlich|angefordert)"
        ),
        // A procedure letter: "Einzelheiten zur Aufgabenstellung … ergeben sich aus den … auf
        // der Vergabeplattform bereitgestellten Vergabeunterlagen".
        &format!(
            "(?:Einzelheiten|Näheres)[^.;]{{0,80}} ergeben sich aus[^.;]{{0,120}}(?:{documents}|Anlagen)"
        ),
        &format!("auf der Vergabeplattform bereitgestellt\\w* (?:{documents})"),
        // A requirements table pointing to attached requirements of its own: "4.1 See
        // attachments – Requirements IT cloud solution – Requirements IT – local operation".
        "see (?:the )?(?:enclosed |separate )?attachments?\\W{0,4}(?:[\\w-]+\\W{1,4}){0,3}requirements",
        "voir (?:les )?(?:pièces jointes|annexes?)\\W{0,4}(?:[\\w-]+\\W{1,4}){0,3}exigences",
        "siehe (?:beigefügte )?Anlagen?\\W{0,4}(?:[\\w-]+\\W{1,4}){0,3}Anforderungen",
        &format!(
            "(?:{documents}) (?:están|estarán|se pueden|pueden)[^.;]{{0,40}}(?:disponibles?|obtener|descargar|consultar)"
        ),
        &format!(
            "(?:{documents}) (?:è|sono|può essere|possono essere)[^.;]{{0,40}}(?:disponibil[ei]|scaricat[aei]|richiest[aei]|consultabil[ei])"
        ),
        &format!(
            "(?:{documents}) (?:zijn|is|kunnen)[^.;]{{0,40}}(?:beschikbaar|gedownload|opgevraagd)"
        ),
    ])
});

/// The word before a specification's name that makes it this document ("le présent CCTP",
/// "this Statement of Work", "diese Leistungsbeschreibung", "el presente pliego…").
static THIS_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)\b(?:présente?s?|this|these|our|diese[rmns]?|vorliegenden?|presenti|presente|este|questo|deze|dit)\s*$",
    )
});

/// The words before a specification's name that make it another document: an article or a
/// preposition ("figuran en el pliego de prescripciones técnicas", "conformément au CCTP",
/// "gemäß Leistungsbeschreibung", "scaricare il testo del capitolato tecnico"), or one sent
/// with this one ("please find enclosed the related tender specification", "ci-joint").
static OTHER_DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)\b(?:au|aux|du|des|le|la|les|the|in|per|under|see|der|die|den|dem|zur|gemäß|laut|siehe|nach|el|del|al|los|en|il|lo|dello|nello|nel|dal|da|het|de|volgens|van|enclosed|attached|related|accompanying|ci-joints?|beiliegenden?|beigefügten?|adjuntos?)\s*$",
    )
});

/// The end of another document's title before a specification's name in one heading: "(CCAP)
/// CAHIER DES CLAUSES TECHNIQUES", "PCAP / PPT", "CCAP – CCTP": one file titled as both.
static TITLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?:\(\p{Lu}[\p{Lu}.]{1,10}\)\s*(?:[/&+]|\s[-–—])?|\b\p{Lu}{2,8}\s*(?:[/&+]|\s[-–—]))\s*$",
    )
});

/// How many blocks a document opens with, where its title stands.
pub(super) const EARLY_BLOCKS: usize = 12;

/// Whether a block is a title written in capitals: short, its letters all capitals ("CAHIER
/// DES CLAUSES TECHNIQUES PARTICULIÈRES (CCTP)").
pub(super) fn is_a_title_in_capitals(text: &str) -> bool {
    text.len() <= 300
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 12
        && !text.chars().any(char::is_lowercase)
}

/// What may open a heading before its title: a number, a letter, a section's name
/// ("C.1", "Section C –", "Teil B:", "Anexo II."), each a word of its own: letters in a row
/// spell a word ("Verweis auf die"), not a numbering.
static NUMBERING: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^[\s\p{P}]*(?:(?:section|part|article|art\.|chapitre|titre|partie|teil|abschnitt|kapitel|anlage|anhang|annexe?|attachment|schedule|allegato|anexo|t[íi]tulo|cap[íi]tulo|bijlage|hoofdstuk|[a-z]|[0-9]+|[ivxlc]+)\b[\s\p{P}]*)*$",
    )
});

/// How a document names a technical specification: as itself, or as another document it
/// refers its terms to. Read sentence by sentence as the extractor goes; decided at the end.
#[derive(Default)]
pub(super) struct SpecificationReferences {
    /// The first sentence naming a specification held apart.
    elsewhere: Option<Evidence>,
    /// A heading or sentence names the document itself as a specification.
    itself: bool,
    /// The first sentence saying that a part of the tender is a document of its own.
    separate: Option<Evidence>,
}

impl SpecificationReferences {
    /// A heading that opens on a specification's name ("C.1 Statement of Work", "PLIEGO DE
    /// PRESCRIPCIONES TÉCNICAS") holds the specification within this document.
    pub(super) fn read_heading(&mut self, heading: &str) {
        if self.itself {
            return;
        }
        self.itself = SPECIFICATION_NAMES.find_iter(heading).any(|name| {
            let before = &heading[..name.start()];
            THIS_DOCUMENT.is_match(last_words(before))
                || NUMBERING.is_match(before)
                || TITLE_BEFORE.is_match(last_words(before))
        });
    }

    pub(super) fn read(&mut self, sentence: &str, evidence: impl Fn() -> Evidence) {
        if self.separate.is_none() && SEPARATE_DOCUMENT.is_match(sentence) {
            self.separate = Some(evidence());
        }
        if self.itself {
            return;
        }
        if self.elsewhere.is_none() && DOCUMENTS_HELD_APART.is_match(sentence) {
            self.elsewhere = Some(evidence());
            return;
        }
        for name in SPECIFICATION_NAMES.find_iter(sentence) {
            let before = last_words(&sentence[..name.start()]);
            if THIS_DOCUMENT.is_match(before) {
                self.itself = true;
                return;
            }
            if self.elsewhere.is_none() && OTHER_DOCUMENT.is_match(before) {
                self.elsewhere = Some(evidence());
            }
        }
    }

    /// The sentence referring the terms elsewhere, for a document that is not itself the
    /// specification: one naming the specification as another document, or one saying that
    /// a part of the tender is a document of its own (which a heading naming it here does not
    /// undo).
    pub(super) fn elsewhere(self, role: DocumentRole) -> Option<Evidence> {
        if role == DocumentRole::Specification {
            return None;
        }
        if self.itself {
            return self.separate;
        }
        self.elsewhere.or(self.separate)
    }
}

/// The end of a text, enough for the words before a name: the patterns need no more than
/// their last word.
fn last_words(text: &str) -> &str {
    let start = text.len().saturating_sub(40);
    let start = (start..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    &text[start..]
}

/// The document's title: its first heading, else its first block, when it comes early.
fn title(document: &Document) -> Option<&str> {
    let early = || document.blocks.iter().take(EARLY_BLOCKS);
    early()
        .find(|b| b.kind == BlockKind::Heading)
        .or_else(|| {
            early().find(|b| {
                !matches!(
                    b.kind,
                    BlockKind::Header | BlockKind::Footer | BlockKind::Metadata
                )
            })
        })
        .map(|b| b.text.as_str())
        .filter(|t| t.len() <= 300)
}

/// Every list of this file, gathered in the shared automaton before the first document (see
/// [`super::wordlist::scan`]). A list left out still answers rightly through its own automaton,
/// only slower; a test finds it.
pub(super) fn every_list() -> impl Iterator<Item = &'static WordList> {
    [
        &SPECIFICATION_NAMES,
        &SEPARATE_DOCUMENT,
        &DOCUMENTS_HELD_APART,
    ]
    .into_iter()
    .map(|list| &**list)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(name: &str, first: &str) -> Document {
        let mut document = Document::of_paragraphs(name, &[first]);
        document.blocks[0].kind = BlockKind::Heading;
        document.blocks[0].level = Some(1);
        document
    }

    #[test]
    fn names_tell_the_role() {
        for (name, role) in [
            ("dce/CCTP.pdf", DocumentRole::Specification),
            ("CCAP_messagerie.docx", DocumentRole::ContractTerms),
            ("Reponses_aux_questions.odt", DocumentRole::Answers),
            ("RC.pdf", DocumentRole::Instructions),
            ("Bieterfragen_Antworten.odt", DocumentRole::Answers),
            ("Leistungsbeschreibung.pdf", DocumentRole::Specification),
            (
                "EVB-IT_Cloud_Vertragsbedingungen.docx",
                DocumentRole::ContractTerms,
            ),
            ("Anforderungskatalog.xlsx", DocumentRole::Requirements),
            ("Avis_rectificatif_2.pdf", DocumentRole::Addendum),
            ("Annexe_3_plan_du_site.pdf", DocumentRole::Annex),
            ("AE_lot1.pdf", DocumentRole::ContractTerms),
            ("PCAP_alojamiento.pdf", DocumentRole::ContractTerms),
            ("Schedule2_SoR.md", DocumentRole::Specification),
            ("DOL_PWS_2017.md", DocumentRole::Specification),
            (
                "Capitolato_Tecnico_lotto_4.pdf",
                DocumentRole::Specification,
            ),
            ("Programma_van_Eisen.pdf", DocumentRole::Specification),
            ("Allegato d) al Capitolato Tecnico.pdf", DocumentRole::Annex),
            ("Annexe_3_au_CCTP.pdf", DocumentRole::Annex),
            (
                "Anlage 2 zur Leistungsbeschreibung.pdf",
                DocumentRole::Annex,
            ),
        ] {
            assert_eq!(role_of(&document(name, "Texte")), role, "{name}");
        }
    }

    /// What `SpecificationReferences` decides for headings and sentences read in order.
    fn referred(role: DocumentRole, headings: &[&str], sentences: &[&str]) -> Option<String> {
        let mut references = SpecificationReferences::default();
        for heading in headings {
            references.read_heading(heading);
        }
        for sentence in sentences {
            references.read(sentence, || Evidence::quoting("t.txt", sentence));
        }
        references.elsewhere(role).map(|evidence| evidence.quote)
    }

    #[test]
    fn a_document_that_names_the_specification_as_another_refers_its_terms_there() {
        for sentence in [
            "Las condiciones de la prestación del servicio figuran en el pliego de prescripciones técnicas particulares.",
            "Si invitano gli operatori economici a scaricare il testo del capitolato tecnico aggiornato.",
            "Les prestations sont décrites au CCTP.",
            "Die Anforderungen ergeben sich aus der Leistungsbeschreibung.",
            "The services are described in the Statement of Work (Attachment 1).",
            "De eisen staan in het Programma van Eisen.",
        ] {
            assert_eq!(
                referred(
                    DocumentRole::ContractTerms,
                    &[],
                    &["Objet du marché.", sentence]
                )
                .as_deref(),
                Some(sentence),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_notice_announces_documents_held_apart() {
        for sentence in [
            "Tender Notice (1 Stage process) TENDER NOTICE BMC 003 – SERVICE TO PROVIDE ON-LINE HOSTING.",
            "CfT: Software Support, Website Hosting and Project Management for an Election Count System.",
            "If you wish to receive tender documents, please email the Council quoting reference BMC 003.",
            "Les documents de la consultation sont téléchargeables sur le profil d'acheteur.",
            "Die Vergabeunterlagen stehen unter der angegebenen Adresse zum Download bereit.",
            "Los pliegos están disponibles en la Plataforma de Contratación del Sector Público.",
            "La documentazione di gara è disponibile sulla piattaforma telematica.",
            "De aanbestedingsstukken zijn via TenderNed beschikbaar.",
            "Einzelheiten zur Aufgabenstellung und den anzubietenden Leistungen ergeben sich aus den in den Anlagen aufgeführten und auf der Vergabeplattform bereitgestellten Vergabeunterlagen",
            "No Claim4.1 See attachments- Requirements IT cloud solution- Requirements IT - local operation",
            "Siehe Anlage 3: Anforderungen an den Betrieb.",
        ] {
            assert_eq!(
                referred(DocumentRole::Other, &[], &[sentence]).as_deref(),
                Some(sentence),
                "{sentence}"
            );
        }
        // A contract notice named in a sentence's course, or a specification that says where
        // its own annexes are, refers nothing elsewhere.
        for sentence in [
            "The contractor shall publish a contract notice for each subcontract.",
            "Le titulaire publie un avis de marché pour chaque sous-traitance.",
        ] {
            assert_eq!(
                referred(DocumentRole::Other, &[], &[sentence]),
                None,
                "{sentence}"
            );
        }
        assert_eq!(
            referred(
                DocumentRole::Specification,
                &[],
                &["The tender documents are available on the portal."]
            ),
            None
        );
    }

    #[test]
    fn a_signature_form_binds_to_documents_it_does_not_hold() {
        let formula = "Après avoir pris connaissance du cahier des clauses administratives particulières et des documents qui sont mentionnés au présent acte d'engagement, je m'engage.";
        assert!(referred(DocumentRole::ContractTerms, &[], &[formula]).is_some());
    }

    #[test]
    fn a_document_that_is_the_specification_refers_nothing_elsewhere() {
        let elsewhere = "Les prestations sont décrites au CCTP.";
        // Named as itself, before or after the reference.
        for itself in [
            "Le présent CCTP a pour objet l'hébergement de la plateforme.",
            "This Statement of Work describes the hosting services.",
            "Diese Leistungsbeschreibung regelt den Betrieb.",
            "Il presente capitolato tecnico descrive le regole della fornitura.",
        ] {
            assert_eq!(
                referred(DocumentRole::Other, &[], &[itself, elsewhere]),
                None,
                "{itself}"
            );
            assert_eq!(
                referred(DocumentRole::Other, &[], &[elsewhere, itself]),
                None,
                "{itself}"
            );
        }
        // A heading that opens on the name: the specification is a section of this document.
        assert_eq!(
            referred(
                DocumentRole::Other,
                &["C.1 Statement of Work"],
                &["The services are described in the Statement of Work."]
            ),
            None
        );
        // A title naming two documents, the specification second: one file holding both.
        for title in [
            "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP) CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES (CCTP)",
            "PCAP / PLIEGO DE PRESCRIPCIONES TÉCNICAS",
        ] {
            assert!(is_a_title_in_capitals(title), "{title}");
            assert_eq!(
                referred(DocumentRole::ContractTerms, &[title], &[elsewhere]),
                None,
                "{title}"
            );
        }
        for title in [
            "RESPECT DU CCTP",
            "CONFORMÉMENT AU CCTP",
            "PIÈCES : CCAP, CCTP",
        ] {
            assert!(
                referred(DocumentRole::ContractTerms, &[title], &[elsewhere]).is_some(),
                "{title}"
            );
        }
        assert!(!is_a_title_in_capitals("Le CCTP décrit les prestations."));
        // A heading that refers to it is no part of it, accents or not.
        assert!(
            referred(
                DocumentRole::Other,
                &["Article 4 - Respect du CCTP"],
                &[elsewhere]
            )
            .is_some()
        );
        assert!(
            referred(
                DocumentRole::Other,
                &["Article 4 - Conformité au CCTP"],
                &[elsewhere]
            )
            .is_some()
        );
        // Its role says so.
        assert_eq!(
            referred(DocumentRole::Specification, &[], &[elsewhere]),
            None
        );
        // A deliverable in a document of its own is no annex of the tender.
        assert_eq!(
            referred(
                DocumentRole::Other,
                &[],
                &["Le titulaire remet son plan qualité dans un document séparé."]
            ),
            None
        );
        // An annex said to be a document of its own is not in this one, whatever its heading.
        let separate = "Deze bijlage is toegevoegd als een separaat document.";
        assert_eq!(
            referred(
                DocumentRole::Other,
                &["Bijlage 1: Programma van Eisen"],
                &[separate]
            )
            .as_deref(),
            Some(separate)
        );
        // A format or a product's specifications name no document.
        assert_eq!(
            referred(
                DocumentRole::Other,
                &[],
                &[
                    "Les supports sont remis au format PPT.",
                    "The servers meet the technical specifications below."
                ]
            ),
            None
        );
    }

    #[test]
    fn the_title_tells_when_the_name_does_not() {
        let doc = document(
            "piece_2.pdf",
            "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES (CCTP)",
        );
        assert_eq!(role_of(&doc), DocumentRole::Specification);
        assert_eq!(
            role_of(&document("piece_9.pdf", "Texte")),
            DocumentRole::Other
        );
        let mut sheet = document("piece_4.xlsx", "Réf | Libellé");
        sheet.format = Format::Xlsx;
        assert_eq!(role_of(&sheet), DocumentRole::Requirements);
        assert!(info(&document("FAQ.pdf", "x")).later);
    }
}
