//! What a document is in the consultation file (specification, contract terms, answers to
//! questions…), told from its file name, then from its title. Officers name the files of a DCE
//! or of Vergabeunterlagen after what they are ("CCTP.pdf", "Antworten_Bieterfragen.odt"), and
//! the title says it when the name does not.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{BlockKind, Document, DocumentInfo, DocumentRole, Format, file_name};
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
    }
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
            r"\bccap\b|\bccag\b|clauses administratives|\bacte d.?engagement\b|vertrags?bedingungen|\bevb.?it\b|\bbvb\b|vertrag\b|rahmenvertrag|contract|conditions (générales|particulières|of contract)|terms and conditions|general conditions",
        ),
        (
            DocumentRole::Specification,
            r"\bcctp\b|clauses techniques|cahier des charges|leistungsbeschreibung|lastenheft|pflichtenheft|leistungsverzeichnis|sp[ée]cifications?|specifications?|statement of (work|requirements)|\bsow\b|terms of reference|\btor\b|\brfp\b|\brfq\b|request for (proposals?|quotations?)",
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
    ROLES
        .iter()
        .find(|(_, regex)| regex.is_match(text))
        .map(|(role, _)| *role)
}

/// The document's title: its first heading, else its first block, when it comes early.
fn title(document: &Document) -> Option<&str> {
    let early = || document.blocks.iter().take(12);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Location};

    fn document(name: &str, first: &str) -> Document {
        Document {
            name: name.to_string(),
            sha256: String::new(),
            size: 0,
            format: Format::Text,
            language: None,
            pages: None,
            blocks: vec![Block {
                kind: BlockKind::Heading,
                level: Some(1),
                text: first.to_string(),
                location: Location {
                    page: None,
                    paragraph: 1,
                    section: Vec::new(),
                    start: 0,
                    end: first.chars().count(),
                    sheet: None,
                    row: None,
                    path: None,
                },
            }],
            notes: Vec::new(),
            notice: None,
        }
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
        ] {
            assert_eq!(role_of(&document(name, "Texte")), role, "{name}");
        }
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
