//! The facts of a package: those of its documents merged, each fact keeping the document it was
//! read in. Nothing is resolved silently: when two documents disagree, both facts remain and the
//! policies see both. Only the context facts, the hosting scope, the buyer's jurisdiction and
//! its kind, are decided for the package as a whole.

use super::most_common;
use super::tally::most_evidenced;
use crate::model::{Buyer, BuyerKind, DocumentRole, Evidence, Facts, HostingScope, Jurisdiction};

/// The facts of the documents of one package, in package order, as one set of facts. Later
/// documents (answers to questions, addenda) are put last, after those they may narrow.
pub fn merge(name: &str, mut parts: Vec<Facts>) -> Facts {
    parts.sort_by_key(|p| p.documents.iter().any(|d| d.later));
    let (scope, evidence) = package_scope(&parts);
    let mut facts = Facts {
        package: Some(name.to_string()),
        jurisdiction: package_jurisdiction(&parts),
        buyer: package_buyer(&parts),
        ..Facts::new(Vec::new())
    };
    facts.hosting.public_website = super::hosting::only_a_public_website(scope, &evidence);
    facts.hosting.scope = scope;
    facts.hosting.evidence = evidence;
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
/// to questions, an addendum) that takes a stand decides; otherwise the specification does, when
/// it takes one: it says what is bought, where instructions to bidders and contract terms carry
/// boilerplate written for any purchase. Among the documents of the same standing, as within
/// one document, one that puts hosting out of the contract outweighs those that seem to put it
/// in (a wrong absence finding costs more than a missed one), and the kind most of them say
/// wins. The evidence is that of every document saying so, earlier documents first.
fn package_scope(parts: &[Facts]) -> (HostingScope, Vec<Evidence>) {
    let stated = || {
        parts
            .iter()
            .filter(|p| p.hosting.scope != HostingScope::Unknown)
    };
    let later = |p: &Facts| p.documents.iter().any(|d| d.later);
    let specification = |p: &Facts| {
        p.documents
            .iter()
            .any(|d| d.role == DocumentRole::Specification)
    };
    let scope = stated()
        .rfind(|p| later(p))
        .map(|p| p.hosting.scope)
        .or_else(|| weighed(stated().filter(|p| !later(p) && specification(p))))
        .or_else(|| weighed(stated().filter(|p| !later(p))))
        .unwrap_or(HostingScope::Unknown);
    let evidence = parts
        .iter()
        .filter(|p| p.hosting.scope == scope)
        .flat_map(|p| p.hosting.evidence.iter().cloned())
        .take(3)
        .collect();
    (scope, evidence)
}

/// The scope documents of the same standing say together: out of the contract outweighs in,
/// and the kind most of them say wins.
fn weighed<'a>(documents: impl Iterator<Item = &'a Facts>) -> Option<HostingScope> {
    let said: Vec<HostingScope> = documents.map(|p| p.hosting.scope).collect();
    let out_of_contract: Vec<HostingScope> = said
        .iter()
        .copied()
        .filter(|scope| *scope != HostingScope::Procured)
        .collect();
    most_common(&out_of_contract).or_else(|| said.first().copied())
}

/// The jurisdiction whose law the documents cite in the most sentences, with three of them.
fn package_jurisdiction(parts: &[Facts]) -> Option<Jurisdiction> {
    let told: Vec<(&str, &[Evidence])> = parts
        .iter()
        .filter_map(|p| p.jurisdiction.as_ref())
        .map(|j| (j.country.as_str(), j.evidence.as_slice()))
        .collect();
    let (country, evidence) = most_evidenced(&told)?;
    Some(Jurisdiction {
        country: country.to_string(),
        evidence,
    })
}

/// The buyer's kind the documents name in the most sentences, with three of them.
fn package_buyer(parts: &[Facts]) -> Option<Buyer> {
    let told: Vec<(BuyerKind, &[Evidence])> = parts
        .iter()
        .filter_map(|p| p.buyer.as_ref())
        .map(|b| (b.kind, b.evidence.as_slice()))
        .collect();
    let (kind, evidence) = most_evidenced(&told)?;
    Some(Buyer { kind, evidence })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentInfo, DocumentRole, Format};

    fn evidence(document: &str, quote: &str) -> Evidence {
        Evidence {
            end: quote.chars().count(),
            ..Evidence::quoting(document, quote)
        }
    }

    fn facts(name: &str, role: DocumentRole, scope: HostingScope) -> Facts {
        let mut facts = Facts::new(vec![DocumentInfo {
            name: name.to_string(),
            sha256: "0".repeat(64),
            format: Format::Text,
            language: Some("fr".to_string()),
            pages: None,
            role,
            later: role.is_later(),
            notice: None,
            specification_elsewhere: None,
            sections_not_held: None,
            contract_elsewhere: None,
        }]);
        facts.hosting.scope = scope;
        if scope != HostingScope::Unknown {
            facts.hosting.evidence = vec![evidence(name, &format!("{name} says {}", scope.name()))];
        }
        facts.notes = vec!["a note".to_string()];
        facts
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
    fn the_specification_decides_over_contract_terms_unless_a_later_document_says() {
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
        // The contract terms' boilerplate does not undo what the specification buys.
        let merged = merge("dce", vec![spec.clone(), terms.clone()]);
        assert_eq!(merged.hosting.scope, HostingScope::Procured);
        assert_eq!(merged.hosting.evidence[0].document, "CCTP.pdf");
        let answers = facts(
            "Reponses.pdf",
            DocumentRole::Answers,
            HostingScope::BuyerProvided,
        );
        let merged = merge("dce", vec![answers, spec.clone(), terms.clone()]);
        assert_eq!(merged.hosting.scope, HostingScope::BuyerProvided);
        let cited: Vec<&str> = merged
            .hosting
            .evidence
            .iter()
            .map(|e| e.document.as_str())
            .collect();
        assert_eq!(cited, ["Reponses.pdf"]);
        let names: Vec<&str> = merged.documents.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["CCTP.pdf", "CCAP.pdf", "Reponses.pdf"]);
        // A specification that says nothing leaves the others to decide.
        let silent = facts(
            "CCTP.pdf",
            DocumentRole::Specification,
            HostingScope::Unknown,
        );
        let merged = merge("dce", vec![silent, terms]);
        assert_eq!(merged.hosting.scope, HostingScope::OnPremises);
    }

    #[test]
    fn among_documents_of_the_same_standing_hosting_out_outweighs_hosting_in() {
        let instructions = facts("RC.pdf", DocumentRole::Instructions, HostingScope::Procured);
        let terms = facts(
            "CCAP.pdf",
            DocumentRole::ContractTerms,
            HostingScope::Excluded,
        );
        let merged = merge("dce", vec![instructions.clone(), terms.clone()]);
        assert_eq!(merged.hosting.scope, HostingScope::Excluded);
        assert_eq!(merged.hosting.evidence[0].document, "CCAP.pdf");
        let spec_in = facts(
            "CCTP.pdf",
            DocumentRole::Specification,
            HostingScope::Procured,
        );
        let spec_out = facts(
            "CCTP-lot2.pdf",
            DocumentRole::Specification,
            HostingScope::Excluded,
        );
        let merged = merge("dce", vec![spec_in, spec_out, instructions]);
        assert_eq!(merged.hosting.scope, HostingScope::Excluded);
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
