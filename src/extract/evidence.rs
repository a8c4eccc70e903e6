//! A sentence of a block and the [`Evidence`] that cites it: every fact carries the sentence
//! it was read in, with its place in the document and the decisive words marked.

use std::ops::Range;

use super::lexicon as lx;
use crate::model::{Block, Evidence};

/// A sentence of a block, and how to cite it.
pub(super) struct Sentence<'a> {
    block: &'a Block,
    range: Range<usize>,
    /// The sentence's own text, which the fact families read.
    pub(super) text: &'a str,
    /// Set when the sentence is an item of a list whose lead-in takes it out of the contract
    /// ("The contractor will not be required to:").
    pub(super) excluded_by_lead_in: bool,
}

impl<'a> Sentence<'a> {
    pub(super) fn new(block: &'a Block, range: Range<usize>, excluded_by_lead_in: bool) -> Self {
        let mut sentence = Sentence {
            block,
            text: &block.text[range.clone()],
            range,
            excluded_by_lead_in,
        };
        sentence.excluded_by_lead_in |= sentence.under_excluding_heading();
        sentence
    }

    /// Whether the sentence stands in a reversibility or exit article: what it says of data,
    /// deadlines, deletion or fees belongs to the clause the heading names.
    pub(super) fn in_reversibility_article(&self) -> bool {
        self.block
            .location
            .section
            .iter()
            .any(|heading| lx::REVERSIBILITY_HEADING.is_match(heading))
    }

    /// Whether a heading above the sentence takes what it says out of the contract
    /// ("Exclusions", "The contractor will not be responsible to perform the following:").
    pub(super) fn under_excluding_heading(&self) -> bool {
        self.block
            .location
            .section
            .iter()
            .any(|heading| lx::EXCLUDING_LEAD_IN.is_match(heading))
    }

    /// Whether the sentence stands in a part that describes what exists today (context,
    /// current environment): what it names is described, not bought.
    pub(super) fn in_context_part(&self) -> bool {
        self.block
            .location
            .section
            .iter()
            .any(|heading| lx::CONTEXT_PART.is_match(heading))
    }

    /// The whole sentence as evidence, with its place in the document.
    pub(super) fn evidence(&self) -> Evidence {
        let location = &self.block.location;
        let start = location.start + self.block.text[..self.range.start].chars().count();
        Evidence {
            page: location.page,
            paragraph: location.paragraph,
            section: location.section.last().cloned(),
            quote: self.text.to_string(),
            start,
            end: start + self.text.chars().count(),
            highlight: None,
        }
    }

    /// Whether the sentence is about answering the tender rather than about what the contract
    /// buys: it stands in a part that instructs bidders or says how bids are judged (any heading
    /// above it says so), it speaks of the bid or the bidders, or it is a form field to fill in;
    /// or it is a model clause in a guide (a heading numbered "X.1."), which buys nothing.
    /// What such a sentence names (a channel, a format for the bid, a tool for the hearing) is
    /// mentioned, never imposed on the service.
    pub(super) fn about_the_bid(&self) -> bool {
        self.block.location.section.iter().any(|heading| {
            lx::BID_PART.is_match(heading)
                || lx::SKILLS_SECTION.is_match(heading)
                || lx::MODEL_CLAUSE_HEADING.is_match(heading)
        }) || lx::BID_PROCESS.is_match(self.text)
            || lx::FORM_FIELD.is_match(self.text)
            || lx::SKILL.is_match(self.text)
    }

    /// Evidence with the decisive words of the sentence marked.
    pub(super) fn evidence_on(&self, words: &str) -> Evidence {
        Evidence {
            highlight: Some(words.trim().to_string()).filter(|w| !w.is_empty()),
            ..self.evidence()
        }
    }
}
