//! Formats and protocols a sentence names, and whether it imposes them alone or beside an
//! alternative.

use std::ops::Range;

use super::Extractor;
use super::cues;
use super::evidence::Sentence;
use super::lexicon as lx;
use super::text::strip_parentheses;
use crate::model::{FormatMention, Modality};

impl Extractor {
    /// Formats and protocols named in a sentence, once per format, with where they stand.
    pub(super) fn formats(&self, sentence: &Sentence<'_>) -> Vec<(Range<usize>, FormatMention)> {
        let text = sentence.text;
        // Names of one format side by side ("OpenDocument format (ODF)") are one mention.
        let mut found: Vec<(Range<usize>, String)> = Vec::new();
        for (range, format) in self.formats.find_all(text) {
            match found.last_mut() {
                Some((last, id)) if *id == format => last.end = range.end,
                _ => found.push((range, format)),
            }
        }
        let alternative = |a: &Range<usize>, b: &Range<usize>| {
            let between = strip_parentheses(&text[a.end..b.start]);
            lx::ALTERNATIVE_JOIN.is_match(&between)
        };
        let about_the_bid = sentence.about_the_bid;
        let mut out = Vec::new();
        for (index, (range, format)) in found.iter().enumerate() {
            let clause = cues::clause_around(text, range.start);
            let clause_text = &text[clause.range.clone()];
            let default = if clause.conditional {
                Modality::Allowed
            } else if lx::FORMAT_USE.is_match(clause_text) {
                Modality::Required
            } else {
                Modality::Mentioned
            };
            let mut role = if about_the_bid {
                // "Format of the response: PDF and Excel": how to answer, not what to deliver.
                Modality::Mentioned
            } else {
                cues::modality_at(text, &clause, range.start, default)
            };
            let has_alternative = index
                .checked_sub(1)
                .is_some_and(|i| alternative(&found[i].0, range))
                || found
                    .get(index + 1)
                    .is_some_and(|(next, _)| alternative(range, next));
            if role == Modality::Required && has_alternative {
                role = Modality::Allowed;
            }
            // "au format Word (.docx)": two names of one format, one fact.
            if out
                .iter()
                .any(|(_, f): &(Range<usize>, FormatMention)| &f.format == format)
            {
                continue;
            }
            out.push((
                range.clone(),
                FormatMention {
                    format: format.clone(),
                    matched: text[range.clone()].to_string(),
                    role,
                    exclusive: role == Modality::Required && lx::ONLY.is_match(clause_text),
                    evidence: sentence.evidence_on(&text[range.clone()]),
                },
            ));
        }
        out
    }
}
