//! A list of words and phrases matched case-insensitively on word boundaries, behind a gate of
//! literal anchors.
//!
//! Most sentences hold none of the words of most lists, yet a regex of a long case-insensitive
//! list scans every byte of the text in its lazy DFA (about 300 MB/s) and costs milliseconds to
//! compile. Every match of a list starts with one of a few literal prefixes ("héberg", "host",
//! "betrieb"…), read from the patterns once: one Aho-Corasick pass looks for them, several
//! times faster than the regex, and the regex is compiled and run only when one is there. The
//! gate never changes an answer: it only skips texts where the regex cannot match.

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use regex::{Match, Regex};
use regex_syntax::hir::literal::{ExtractKind, Extractor};

use crate::patterns::constant;

/// Case variants a single anchor may take through its letters outside ASCII ("é", "É"); past
/// this the anchor is cut before the letter, which keeps it a prefix of every match.
const MAX_VARIANTS_PER_ANCHOR: usize = 16;

/// The letters and digits of the Latin script, in which the six languages of the lists are
/// written: a word character (`\w` in a pattern) and what a word boundary is not. Unicode's
/// classes of all letters compile to automata tens of times larger, for scripts no word of the
/// lists is written in; a letter of another script counts as a boundary.
const LETTERS_AND_DIGITS: &str = r"0-9A-Za-z\x{00C0}-\x{024F}\x{1E00}-\x{1EFF}";

/// A compiled list of alternatives.
#[derive(Debug)]
pub struct WordList {
    pattern: String,
    /// The literal prefixes of every match, in any case; `None` when the patterns start with
    /// something that is not a short list of literals (`\w`, `[^.;]`), and the regex always runs.
    anchors: Option<AhoCorasick>,
    regex: OnceLock<Regex>,
}

impl WordList {
    /// Compiles alternatives into one case-insensitive list matching on word boundaries. An
    /// apostrophe in a pattern matches both ' and ’.
    pub fn new(alternatives: &[&str]) -> Self {
        let body = alternatives
            .join("|")
            .replace('\'', "['’]")
            .replace(r"\w", &format!("[{LETTERS_AND_DIGITS}_]"));
        WordList {
            pattern: format!(
                r"(?i)(?:^|[^{LETTERS_AND_DIGITS}])(?:{body})(?:$|[^{LETTERS_AND_DIGITS}])"
            ),
            anchors: anchors(&body),
            regex: OnceLock::new(),
        }
    }

    /// The regex, compiled on first need.
    pub fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| constant(&self.pattern))
    }

    /// Whether the regex may match in `text`: false only when no anchor is there.
    fn may_match(&self, text: &str) -> bool {
        self.anchors.as_ref().is_none_or(|a| a.is_match(text))
    }

    /// Whether a word of the list is in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.regex().is_match(text)
    }

    /// The first match (with the boundary characters around the words).
    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        if self.may_match(text) {
            self.regex().find(text)
        } else {
            None
        }
    }

    /// Every match, left to right.
    pub fn find_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Match<'h>> + use<'_, 'h> {
        self.may_match(text)
            .then(|| self.regex().find_iter(text))
            .into_iter()
            .flatten()
    }

    /// The groups of every match, left to right.
    pub fn captures_iter<'h>(
        &self,
        text: &'h str,
    ) -> impl Iterator<Item = regex::Captures<'h>> + use<'_, 'h> {
        self.may_match(text)
            .then(|| self.regex().captures_iter(text))
            .into_iter()
            .flatten()
    }

    /// `text` with every match replaced by `with`.
    pub fn replace_all<'h>(&self, text: &'h str, with: &str) -> Cow<'h, str> {
        if self.may_match(text) {
            self.regex().replace_all(text, with)
        } else {
            Cow::Borrowed(text)
        }
    }
}

/// The anchors of a pattern: literal prefixes of every string it matches, with their case
/// variants outside ASCII (ASCII case is folded by the automaton). `None` when they cannot be
/// listed. Case is folded by Unicode's simple folding, as the regex folds it, except that the
/// archaic long s (ſ) is not an "s" here; the Kelvin and Ångström signs are gone after NFC.
fn anchors(body: &str) -> Option<AhoCorasick> {
    let hir = regex_syntax::Parser::new().parse(body).ok()?;
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_class(16)
        .limit_repeat(4)
        .limit_literal_len(16)
        .limit_total(2000);
    let prefixes = extractor.extract(&hir);
    let mut patterns = Vec::new();
    for literal in prefixes.literals()? {
        let bytes = literal.as_bytes();
        // A literal cut by the length limit may end inside a character: keep the whole ones.
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => std::str::from_utf8(&bytes[..error.valid_up_to()]).ok()?,
        };
        let variants = case_variants(text);
        if variants.iter().any(String::is_empty) {
            // An empty prefix: the list may match anywhere.
            return None;
        }
        patterns.extend(variants);
    }
    patterns.sort();
    patterns.dedup();
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&patterns)
        .ok()
}

/// The spellings of `text` in every case of its letters outside ASCII, cut before the letter
/// that would make more than [`MAX_VARIANTS_PER_ANCHOR`].
fn case_variants(text: &str) -> Vec<String> {
    let mut variants = vec![String::new()];
    for c in text.chars() {
        let folds = simple_folds(c);
        if variants.len() * folds.len() > MAX_VARIANTS_PER_ANCHOR {
            break;
        }
        variants = variants
            .iter()
            .flat_map(|v| {
                folds.iter().map(move |f| {
                    let mut longer = v.clone();
                    longer.push(*f);
                    longer
                })
            })
            .collect();
    }
    variants
}

/// The characters `c` matches under simple case folding; an ASCII letter only itself (the
/// automaton folds ASCII case).
fn simple_folds(c: char) -> Vec<char> {
    if c.is_ascii() {
        return vec![c];
    }
    let mut class =
        regex_syntax::hir::ClassUnicode::new([regex_syntax::hir::ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    class
        .iter()
        .flat_map(|range| range.start()..=range.end())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(alternatives: &[&str]) -> WordList {
        WordList::new(alternatives)
    }

    #[test]
    fn matches_words_in_any_case_on_boundaries() {
        let hosting = list(&["héberg\\w*", "SaaS", "host(?:s|ed|ing)?"]);
        assert!(hosting.is_match("L'HÉBERGEMENT des données"));
        assert!(hosting.is_match("une offre saas"));
        assert!(hosting.is_match("Hosting: EU only"));
        assert!(!hosting.is_match("ghosting and posthosting"));
        assert!(!hosting.is_match("| AWS | Azure | Google |"));
    }

    #[test]
    fn the_gate_lets_through_every_text_the_regex_matches() {
        let lists: &[&[&str]] = &[
            &[
                "h[ée]bergement[^.;]{0,40}(?:n'est pas|est exclu)",
                "(?:no|not) hosting",
            ],
            &[
                "(?:l'|la |the )?(?:acheteur|buyer)",
                "Auftraggeber(?:in|s)?",
            ],
            &["Straße", "Übertragung", "ÆØÅ"],
            &["d[ée]commissionn\\w*", "z\\. ?B\\."],
        ];
        let texts = [
            "L’hébergement du site n’est pas compris",
            "There is NO HOSTING here",
            "the Buyer hosts it",
            "Die AUFTRAGGEBERIN betreibt",
            "STRASSE und STRAẞE, ÜBERTRAGUNG",
            "æøå",
            "Le système sera DÉCOMMISSIONNÉ",
            "z. B. Azure",
            "nothing to see",
        ];
        for alternatives in lists {
            let words = list(alternatives);
            // Each list has a gate, or this test would compare the regex with itself.
            assert!(words.anchors.is_some(), "{alternatives:?}");
            for text in texts {
                assert_eq!(
                    words.is_match(text),
                    words.regex().is_match(text),
                    "{alternatives:?} on {text:?}"
                );
            }
        }
    }

    #[test]
    fn a_list_that_starts_with_a_class_of_letters_has_no_gate() {
        assert!(list(&["\\w+ist", "hosting"]).anchors.is_none());
        assert!(list(&["hosting", "cloud"]).anchors.is_some());
    }

    #[test]
    fn letters_outside_ascii_match_in_both_cases() {
        assert_eq!(case_variants("hé"), vec!["hÉ", "hé"]);
        assert!(simple_folds('ß').contains(&'ẞ'));
    }
}
