//! Certifications a sentence names, and whether it requires them or finds them sufficient.

use super::Extractor;
use super::cues;
use super::evidence::Sentence;
use super::lexicon as lx;
use crate::model::{CertificationMention, Modality};

impl Extractor {
    /// Certifications named in a sentence, once each. A certification the sentence finds
    /// sufficient is so wherever the sufficiency stands.
    pub(super) fn certifications(&self, sentence: &Sentence<'_>) -> Vec<CertificationMention> {
        let text = sentence.text;
        let mut out: Vec<CertificationMention> = Vec::new();
        for (range, certification) in self.certifications.find_all(text) {
            if out.iter().any(|c| c.certification == certification) {
                continue;
            }
            let clause = cues::clause_around(text, range.start);
            let clause_text = &text[clause.range.clone()];
            let default = if clause.conditional {
                Modality::Allowed
            } else if lx::CERTIFICATION_HOLDER.is_match(clause_text) {
                Modality::Required
            } else {
                Modality::Mentioned
            };
            // A form field to fill in ("Certifications held (e.g. …): ____") asks, it requires
            // nothing; a list of examples neither.
            let form_or_example =
                lx::FORM_FIELD.is_match(text) || cues::in_example_list(text, &clause, &range);
            let role = match cues::modality_at(text, &clause, range.clone(), default) {
                _ if form_or_example => Modality::Mentioned,
                Modality::NotRequired => Modality::NotRequired,
                // "…certifié ISO 27001 ; cette certification est suffisante": the sufficiency
                // may stand in the next clause.
                _ if cues::is_sufficient(text) => Modality::Sufficient,
                other => other,
            };
            out.push(CertificationMention {
                certification,
                matched: text[range.clone()].to_string(),
                role,
                evidence: sentence.evidence_on(&text[range]),
            });
        }
        out
    }
}
