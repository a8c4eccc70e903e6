//! Brands: the providers and products a sentence names, with the role the sentence gives
//! them, one mention per brand and sentence.

use std::ops::Range;

use super::Extractor;
use super::cues::{self, ClauseSpan};
use super::evidence::Sentence;
use super::lexicon as lx;
use super::text::{head, tail};
use crate::model::{FormatMention, Modality, ProviderMention};

/// A provider, the product when one was named, and whether naming it means hosting (a cloud
/// platform or storage service, or a cloud provider named alone).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Brand {
    pub(super) provider: String,
    pub(super) product: Option<String>,
    pub(super) hosting: bool,
    /// For a name that is also an ordinary word ("Teams", "Zoom", "Oracle"): the index of the
    /// words that must be in the sentence for the name to be the brand.
    pub(super) sense: Option<usize>,
}

impl Extractor {
    /// Brands named in a sentence. A name inside a format ("au format Excel") is a format
    /// fact; a provider named just before its product ("Microsoft SharePoint") is one mention.
    pub(super) fn providers(
        &self,
        sentence: &Sentence<'_>,
        formats: &[(Range<usize>, FormatMention)],
    ) -> Vec<(Range<usize>, bool, ProviderMention)> {
        let text = sentence.text;
        let mut found = self.providers.find_all(text);
        // "die Teams der Fachabteilung", "Zoom levels", "the Knowledge Exchange programme": an
        // ambiguous name is the brand only where the sentence speaks of what the brand is for.
        found.retain(|(_, brand)| {
            brand
                .sense
                .is_none_or(|i| self.senses.get(i).is_some_and(|sense| sense.is_match(text)))
        });
        // "Amazon RDS for Oracle": what follows "for" qualifies the product named before it.
        let qualifiers: Vec<usize> = found
            .windows(2)
            .filter(|pair| {
                let between = text.get(pair[0].0.end..pair[1].0.start).unwrap_or_default();
                pair[1].1.product.is_none()
                    && between.split_whitespace().count() == 1
                    && lx::QUALIFIED_BY.is_match(between)
            })
            .map(|pair| pair[1].0.start)
            .collect();
        found.retain(|(range, _)| !qualifiers.contains(&range.start));
        found.retain(|(range, _)| {
            !formats
                .iter()
                .any(|(f, _)| f.start < range.end && range.start < f.end)
        });
        let with_products: Vec<String> = found
            .iter()
            .filter(|(_, brand)| brand.product.is_some())
            .map(|(_, brand)| brand.provider.clone())
            .collect();
        found.retain(|(_, brand)| {
            brand.product.is_some() || !with_products.contains(&brand.provider)
        });
        let mut out = Vec::new();
        for (index, (range, brand)) in found.iter().enumerate() {
            let clause = cues::clause_around(text, range.start);
            let before = &text[clause.range.start..range.start];
            let next_start = found
                .get(index + 1)
                .map_or(clause.range.end, |(r, _)| r.start.min(clause.range.end));
            let after = &text[range.end..next_start.max(range.end)];
            let role = role_of(sentence, &clause, range, after);
            let near_before = tail(before, 40);
            let mention = ProviderMention {
                provider: brand.provider.clone(),
                product: brand.product.clone(),
                matched: text[range.clone()].to_string(),
                role,
                or_equivalent: lx::OR_EQUIVALENT.is_match(after)
                    || lx::EQUIVALENT_TO.is_match(near_before),
                compatibility: lx::COMPATIBLE.is_match(near_before)
                    || lx::COMPATIBLE.is_match(head(after, 14)),
                renewal: lx::RENEWAL.is_match(&text[clause.range.clone()]),
                justification: None,
                evidence: sentence.evidence_on(&text[range.clone()]),
            };
            out.push((range.clone(), brand.hosting, mention));
        }
        out
    }
}

/// Whether a sentence says that the subject-matter of the contract justifies the brands it
/// (or the sentence before) names; "n'est pas justifié par l'objet du marché" does not.
pub(super) fn states_subject_matter_justification(text: &str) -> bool {
    lx::SUBJECT_MATTER_JUSTIFIED
        .find_iter(text)
        .any(|found| !lx::NEGATION.is_match(tail(&text[..found.start()], 20)))
}

/// One mention per brand and sentence: a brand the sentence presents as context ("staff use
/// X; this use will be migrated away from X") is context in all its mentions there.
pub(super) fn merge_brand_mentions(mentions: Vec<ProviderMention>) -> Vec<ProviderMention> {
    let mut merged: Vec<ProviderMention> = Vec::new();
    for mention in mentions {
        match merged
            .iter_mut()
            .find(|m| m.provider == mention.provider && m.product == mention.product)
        {
            Some(first) => {
                // A region id after the platform ("sur Google Cloud, dans la région
                // europe-west9") names where, not the product again: it keeps the role.
                let region = is_region_id(&mention.matched);
                if matches!(mention.role, Modality::Mentioned | Modality::Excluded) && !region {
                    first.role = mention.role;
                }
                first.or_equivalent |= mention.or_equivalent;
                first.compatibility |= mention.compatibility;
                first.renewal |= mention.renewal;
            }
            None => merged.push(mention),
        }
    }
    merged
}

/// Whether a name is a cloud region's id ("europe-west9", "eu-central-1"): lower case, digits
/// and hyphens, with a digit.
fn is_region_id(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// What a sentence does with the brand at `range`: the parts of the tender and who speaks
/// first (a list's lead-in, a negation, the bid, context, examples, the buyer's environment),
/// then the cue words of its clause around a default that the verbs near the brand give.
fn role_of(
    sentence: &Sentence<'_>,
    clause: &ClauseSpan,
    range: &Range<usize>,
    after: &str,
) -> Modality {
    let text = sentence.text;
    let clause_text = &text[clause.range.clone()];
    let before = &text[clause.range.start..range.start];
    if sentence.excluded_by_lead_in {
        Modality::NotRequired
    } else if lx::NOT_BEFORE.is_match(tail(before, 14)) {
        Modality::Excluded
    } else if sentence.about_the_bid
        || sentence.in_context_part()
        || cues::in_example_list(text, clause, range)
        || lx::WORKS_ON.is_match(before)
    {
        Modality::Mentioned
    } else if lx::BUYER_SIDE.is_match(head(clause_text, 70))
        && !lx::PROCUREMENT.is_match(before)
        && !lx::SUPPLY.is_match(clause_text)
        && matches!(cues::cue(clause_text), None | Some(Modality::Mentioned))
    {
        // "Les agents utilisent Microsoft Teams", "The Ministry's intranet is built on
        // SharePoint": the buyer's environment, described.
        Modality::Mentioned
    } else if lx::CHOSEN.is_match(tail(before, 50)) {
        // "La plateforme d'hébergement retenue est Microsoft Azure": the buyer's choice, imposed.
        Modality::Required
    } else if lx::DEPLOY_TARGET.is_match(before) && !lx::FORMER.is_match(clause_text) {
        // "deployment on the existing AWS infrastructure": the current environment is
        // the target the solution must run on.
        Modality::Required
    } else if lx::AGENT.is_match(tail(before, 12)) && cues::cue(clause_text).is_none() {
        // "wird von VMware bereitgestellt": the brand does something, nobody buys it.
        Modality::Mentioned
    } else {
        let default = if clause.conditional {
            Modality::Allowed
        } else if lx::USES.is_match(tail(before, 30))
            || lx::USES.is_match(head(after, 40))
            || lx::COMPATIBLE.is_match(clause_text)
            // In a tender the contractor's present tense binds: "Le titulaire héberge la
            // plateforme sur …", "Der Auftragnehmer betreibt die Lösung auf …".
            || (lx::PROCUREMENT.is_match(clause_text)
                && (lx::USES.is_match(clause_text) || lx::DEPLOYMENT.is_match(clause_text)))
        {
            Modality::Required
        } else {
            Modality::Mentioned
        };
        cues::modality_at(text, clause, range.clone(), default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_justification_by_the_subject_matter_is_read_unless_denied() {
        for said in [
            "Licences Microsoft 365, référence justifiée par l'objet du marché.",
            "Cette référence est justifiée par l’objet du contrat.",
            "Die Vorgabe ist durch den Auftragsgegenstand gerechtfertigt.",
            "A reference justified by the subject-matter of the contract.",
            "Referencia justificada por el objeto del contrato.",
        ] {
            assert!(states_subject_matter_justification(said), "{said}");
        }
        for denied in [
            "Cette mention n'est pas justifiée par l'objet du marché.",
            "This is not justified by the subject matter of the contract.",
            "Was nicht durch den Auftragsgegenstand gerechtfertigt ist.",
            "Le titulaire fournit les licences Microsoft 365 E3.",
        ] {
            assert!(!states_subject_matter_justification(denied), "{denied}");
        }
    }
}
