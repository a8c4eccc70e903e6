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
}

impl<'a> Sentence<'a> {
    pub(super) fn new(block: &'a Block, range: Range<usize>) -> Self {
        Sentence {
            block,
            text: &block.text[range.clone()],
            range,
        }
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

    /// Whether the sentence stands under a heading about staff and their experience.
    pub(super) fn under_skills_section(&self) -> bool {
        self.block
            .location
            .section
            .last()
            .is_some_and(|heading| lx::SKILLS_SECTION.is_match(heading))
    }

    /// Evidence with the decisive words of the sentence marked.
    pub(super) fn evidence_on(&self, words: &str) -> Evidence {
        Evidence {
            highlight: Some(words.trim().to_string()).filter(|w| !w.is_empty()),
            ..self.evidence()
        }
    }
}
