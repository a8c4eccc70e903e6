//! The facts of a package: those of its documents merged, each fact keeping the document it was
//! read in. Nothing is resolved silently: when two documents disagree, both facts remain and the
//! policies see both. Only the two context facts, the hosting scope and the buyer's jurisdiction,
//! are decided for the package as a whole.

use crate::model::{Evidence, FACTS_SCHEMA, Facts, HostingScope, Jurisdiction};

/// The facts of the documents of one package, in package order, as one set of facts. Later
/// documents (answers to questions, addenda) are put last, after those they may narrow.
pub fn merge(name: &str, mut parts: Vec<Facts>) -> Facts {
    parts.sort_by_key(|p| p.documents.iter().any(|d| d.later));
    let hosting_scope = package_scope(&parts);
    let jurisdiction = package_jurisdiction(&parts);
    let mut facts = Facts {
        schema: FACTS_SCHEMA.to_string(),
        package: Some(name.to_string()),
        documents: Vec::new(),
        jurisdiction,
        hosting: crate::model::Hosting {
            scope: hosting_scope.0,
            evidence: hosting_scope.1,
            locations: Vec::new(),
        },
        providers: Vec::new(),
        formats: Vec::new(),
        certifications: Vec::new(),
        clauses: Vec::new(),
        notes: Vec::new(),
    };
    for part in parts {
        let document = part.name().to_string();
        facts.documents.extend(part.documents);
        facts.hosting.locations.extend(part.hosting.locations);
        facts.providers.extend(part.providers);
        facts.formats.extend(part.formats);
        facts.certifications.extend(part.certifications);
        facts.clauses.extend(part.clauses);
        facts.notes.extend(
            part.notes
                .into_iter()
                .map(|note| format!("{document}: {note}")),
        );
    }
    facts
}

/// Whether the package buys hosting, and the sentences that say so. A later document (answers
/// to questions, an addendum) that takes a stand decides; otherwise, as within one document, a
/// document that puts hosting out of the contract outweighs those that seem to put it in (a
/// wrong absence finding costs more than a missed one), and the kind most documents say wins.
/// The evidence is that of every document saying so, earlier documents first.
fn package_scope(parts: &[Facts]) -> (HostingScope, Vec<Evidence>) {
    let stated = |later: bool| {
        parts.iter().filter(move |p| {
            p.hosting.scope != HostingScope::Unknown && p.documents.iter().any(|d| d.later) == later
        })
    };
    let out_of_contract: Vec<&Facts> = stated(false)
        .filter(|p| p.hosting.scope != HostingScope::Procured)
        .collect();
    let scope = stated(true)
        .next_back()
        .map(|p| p.hosting.scope)
        .or_else(|| most_said(&out_of_contract))
        .or_else(|| stated(false).next().map(|p| p.hosting.scope))
        .unwrap_or(HostingScope::Unknown);
    let evidence = parts
        .iter()
        .filter(|p| p.hosting.scope == scope)
        .flat_map(|p| p.hosting.evidence.iter().cloned())
        .take(3)
        .collect();
    (scope, evidence)
}

/// The scope the most documents give (the first said, on a tie).
fn most_said(parts: &[&Facts]) -> Option<HostingScope> {
    let count = |scope: HostingScope| parts.iter().filter(|p| p.hosting.scope == scope).count();
    parts
        .iter()
        .map(|p| p.hosting.scope)
        .fold(None, |best, scope| match best {
            Some(best) if count(best) >= count(scope) => Some(best),
            _ => Some(scope),
        })
}

/// The jurisdiction whose law the documents cite in the most sentences, with three of them.
fn package_jurisdiction(parts: &[Facts]) -> Option<Jurisdiction> {
    let cited = |country: &str| -> usize {
        parts
            .iter()
            .filter_map(|p| p.jurisdiction.as_ref())
            .filter(|j| j.country == country)
            .map(|j| j.evidence.len())
            .sum()
    };
    let country = parts
        .iter()
        .filter_map(|p| p.jurisdiction.as_ref())
        .map(|j| j.country.as_str())
        .fold(None::<&str>, |best, country| match best {
            Some(best) if cited(best) >= cited(country) => Some(best),
            _ => Some(country),
        })?;
    Some(Jurisdiction {
        country: country.to_string(),
        evidence: parts
            .iter()
            .filter_map(|p| p.jurisdiction.as_ref())
            .filter(|j| j.country == country)
            .flat_map(|j| j.evidence.iter().cloned())
            .take(3)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentInfo, DocumentRole, Format, Hosting};

    fn evidence(document: &str, quote: &str) -> Evidence {
        Evidence {
            document: document.to_string(),
            page: None,
            paragraph: 1,
            section: None,
            quote: quote.to_string(),
            start: 0,
            end: quote.chars().count(),
            highlight: None,
            sheet: None,
            row: None,
        }
    }

    fn facts(name: &str, role: DocumentRole, scope: HostingScope) -> Facts {
        Facts {
            schema: FACTS_SCHEMA.to_string(),
            package: None,
            documents: vec![DocumentInfo {
                name: name.to_string(),
                sha256: "0".repeat(64),
                format: Format::Text,
                language: Some("fr".to_string()),
                pages: None,
                role,
                later: role.is_later(),
            }],
            jurisdiction: None,
            hosting: Hosting {
                scope,
                evidence: match scope {
                    HostingScope::Unknown => Vec::new(),
                    _ => vec![evidence(name, &format!("{name} says {}", scope.name()))],
                },
                locations: Vec::new(),
            },
            providers: Vec::new(),
            formats: Vec::new(),
            certifications: Vec::new(),
            clauses: Vec::new(),
            notes: vec!["a note".to_string()],
        }
    }

    #[test]
    fn every_document_and_note_is_kept_in_order() {
        let merged = merge(
            "dce",
            vec![
                facts(
                    "CCTP.pdf",
                    DocumentRole::Specification,
                    HostingScope::Procured,
                ),
                facts(
                    "CCAP.pdf",
                    DocumentRole::ContractTerms,
                    HostingScope::Unknown,
                ),
            ],
        );
        assert_eq!(merged.name(), "dce");
        let names: Vec<&str> = merged.documents.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["CCTP.pdf", "CCAP.pdf"]);
        assert_eq!(merged.hosting.scope, HostingScope::Procured);
        assert_eq!(merged.hosting.evidence[0].document, "CCTP.pdf");
        assert_eq!(merged.notes, ["CCTP.pdf: a note", "CCAP.pdf: a note"]);
    }

    #[test]
    fn hosting_out_of_the_contract_outweighs_hosting_in_unless_a_later_document_says() {
        let spec = facts(
            "CCTP.pdf",
            DocumentRole::Specification,
            HostingScope::Procured,
        );
        let terms = facts(
            "CCAP.pdf",
            DocumentRole::ContractTerms,
            HostingScope::OnPremises,
        );
        let merged = merge("dce", vec![spec.clone(), terms.clone()]);
        assert_eq!(merged.hosting.scope, HostingScope::OnPremises);
        assert_eq!(merged.hosting.evidence[0].document, "CCAP.pdf");
        let answers = facts(
            "Reponses.pdf",
            DocumentRole::Answers,
            HostingScope::Procured,
        );
        let merged = merge("dce", vec![answers, spec, terms]);
        assert_eq!(merged.hosting.scope, HostingScope::Procured);
        // Earlier documents that agree are cited first; the answers come last.
        let cited: Vec<&str> = merged
            .hosting
            .evidence
            .iter()
            .map(|e| e.document.as_str())
            .collect();
        assert_eq!(cited, ["CCTP.pdf", "Reponses.pdf"]);
        let names: Vec<&str> = merged.documents.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["CCTP.pdf", "CCAP.pdf", "Reponses.pdf"]);
    }

    #[test]
    fn the_most_cited_jurisdiction_wins() {
        let mut spec = facts(
            "CCTP.pdf",
            DocumentRole::Specification,
            HostingScope::Unknown,
        );
        spec.jurisdiction = Some(Jurisdiction {
            country: "FR".to_string(),
            evidence: vec![evidence("CCTP.pdf", "code de la commande publique")],
        });
        let mut terms = facts(
            "CCAP.pdf",
            DocumentRole::ContractTerms,
            HostingScope::Unknown,
        );
        terms.jurisdiction = Some(Jurisdiction {
            country: "FR".to_string(),
            evidence: vec![evidence("CCAP.pdf", "CCAG-TIC")],
        });
        let mut annex = facts("annex.pdf", DocumentRole::Annex, HostingScope::Unknown);
        annex.jurisdiction = Some(Jurisdiction {
            country: "DE".to_string(),
            evidence: vec![evidence("annex.pdf", "VgV")],
        });
        let merged = merge("dce", vec![annex, spec, terms]);
        let jurisdiction = merged.jurisdiction.unwrap();
        assert_eq!(jurisdiction.country, "FR");
        assert_eq!(jurisdiction.evidence.len(), 2);
    }
}
