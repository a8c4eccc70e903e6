//! Which of several keys (a country's procurement law, a kind of public body) the sentences of
//! a tender name most, with the sentences naming it most as evidence: how the context facts
//! that no single sentence decides are told.

use super::wordlist::WordList;
use crate::model::Evidence;

/// How many sentences are kept as evidence for a key.
const EVIDENCE: usize = 3;

/// How many namings it takes to tell a key: one stray mention proves nothing.
const ENOUGH: usize = 2;

/// The words that name each key, compiled, and all of them at once: one scan tells whether a
/// sentence names any key (most do not).
#[derive(Debug)]
pub(super) struct Vocabulary<K> {
    keys: Vec<(K, WordList)>,
    any: WordList,
}

impl<K: Copy> Vocabulary<K> {
    pub(super) fn new(table: &[(K, &[&str])]) -> Self {
        let all: Vec<&str> = table.iter().flat_map(|(_, w)| w.iter().copied()).collect();
        Vocabulary {
            keys: table
                .iter()
                .map(|(key, words)| (*key, WordList::new(words)))
                .collect(),
            any: WordList::new(&all),
        }
    }
}

/// What a text names, key by key: counting every naming (citations of a law) or one per
/// sentence (a body named).
#[derive(Debug)]
pub(super) struct Namings<K: 'static> {
    vocabulary: &'static Vocabulary<K>,
    every_naming: bool,
    tally: Tally<K>,
}

impl<K: PartialEq + Copy> Namings<K> {
    pub(super) fn new(vocabulary: &'static Vocabulary<K>, every_naming: bool) -> Self {
        Namings {
            vocabulary,
            every_naming,
            tally: Tally::default(),
        }
    }

    /// Notes which keys a sentence names.
    pub(super) fn read(&mut self, text: &str, evidence: impl Fn() -> Evidence) {
        if !self.vocabulary.any.is_match(text) {
            return;
        }
        for (key, regex) in &self.vocabulary.keys {
            // Namings count for the key; different ones make the sentence a better witness
            // ("the laws of the State of Alaska and AS 36.30" over "FedRAMP … FedRAMP"). Numbers
            // aside: "£400,000 - £600,000" or "FAR 2.101 and FAR 52.212-4" name one thing twice.
            let mut named: Vec<String> = regex
                .find_iter(text)
                .map(|m| {
                    m.as_str()
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .flat_map(char::to_lowercase)
                        .collect()
                })
                .collect();
            let found = if self.every_naming {
                named.len()
            } else {
                usize::from(!named.is_empty())
            };
            named.sort_unstable();
            named.dedup();
            if found > 0 {
                self.tally.add(*key, found, named.len(), &evidence);
            }
        }
    }

    /// The lists of the vocabulary, for the test that keeps their anchors known.
    #[cfg(test)]
    pub(super) fn lists(&self) -> impl Iterator<Item = &'static WordList> + use<K> {
        let vocabulary = self.vocabulary;
        vocabulary
            .keys
            .iter()
            .map(|(_, list)| list)
            .chain(std::iter::once(&vocabulary.any))
    }

    /// The key named often enough and more than any other, with its first sentences.
    pub(super) fn winner(self) -> Option<(K, Vec<Evidence>)> {
        self.tally.winner(ENOUGH)
    }
}

/// Counts per key, in the order the keys were first met, each with its evidence: the sentences
/// naming the key in the most different words, and how many.
#[derive(Debug)]
struct Tally<K> {
    counts: Vec<(K, usize, Vec<Witness>)>,
}

/// A sentence kept as evidence, with how many different namings of its key it holds.
type Witness = (usize, Evidence);

impl<K> Default for Tally<K> {
    fn default() -> Self {
        Tally { counts: Vec::new() }
    }
}

impl<K: PartialEq + Copy> Tally<K> {
    /// Counts `found` namings of `key` in a sentence, keeping the sentence if its `distinct`
    /// namings are more than those of one kept already: "under FAR 52.212-4 and 41 U.S.C. 3901" shows the law better
    /// than a heading "Section 508 Compliance" met earlier. Among equals, the first stay.
    fn add(&mut self, key: K, found: usize, distinct: usize, evidence: &impl Fn() -> Evidence) {
        match self.counts.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, count, evidences)) => {
                *count += found;
                if evidences.len() < EVIDENCE {
                    evidences.push((distinct, evidence()));
                } else if let Some(weakest) = evidences
                    .iter_mut()
                    .rev()
                    .min_by_key(|(namings, _)| *namings)
                    .filter(|(namings, _)| *namings < distinct)
                {
                    *weakest = (distinct, evidence());
                }
                // The strongest first; a stable sort keeps the order of the text among equals.
                evidences.sort_by_key(|(namings, _)| std::cmp::Reverse(*namings));
            }
            None => self.counts.push((key, found, vec![(distinct, evidence())])),
        }
    }

    /// The key named at least `enough` times and more than any other, with its sentences: one
    /// stray mention, or a tie, tells nothing.
    fn winner(mut self, enough: usize) -> Option<(K, Vec<Evidence>)> {
        self.counts
            .sort_by_key(|(_, count, _)| std::cmp::Reverse(*count));
        let mut counts = self.counts.into_iter();
        let (key, count, evidence) = counts.next()?;
        let runner_up = counts.next().map_or(0, |(_, n, _)| n);
        (count >= enough && count > runner_up)
            .then(|| (key, evidence.into_iter().map(|(_, e)| e).collect()))
    }
}

/// Of what several documents told, the key the most sentences stand for (one vote per
/// sentence), with the first sentences of all the documents that told it.
pub(super) fn most_evidenced<'a, K: PartialEq + Copy + 'a>(
    told: &[(K, &'a [Evidence])],
) -> Option<(K, Vec<Evidence>)> {
    let votes: Vec<K> = told
        .iter()
        .flat_map(|(key, evidence)| evidence.iter().map(|_| *key))
        .collect();
    let key = super::most_common(&votes)?;
    let evidence = told
        .iter()
        .filter(|(k, _)| *k == key)
        .flat_map(|(_, evidence)| evidence.iter().cloned())
        .take(EVIDENCE)
        .collect();
    Some((key, evidence))
}
