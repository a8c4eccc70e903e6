//! Finds names from the reference data in a sentence: aliases match case-insensitively, exact
//! aliases only as written, both on word boundaries, the longest name winning.

use std::collections::HashMap;
use std::ops::Range;

use regex::{Regex, RegexBuilder};

/// Most names read in one sentence. A real sentence names a handful; one that names more is a
/// table or a list read as one run, where each name costs a look at its clause: past this, the
/// rest of the run is not read (the extractor says so in a note).
pub const MAX_NAMES_PER_SENTENCE: usize = 32;

/// A compiled list of names, each leading to a value.
#[derive(Debug)]
pub struct Gazetteer<T> {
    insensitive: Option<Regex>,
    exact: Option<Regex>,
    by_lowercase: HashMap<String, T>,
    by_exact: HashMap<String, T>,
}

fn alternation(names: &[&String], case_insensitive: bool) -> Option<Regex> {
    if names.is_empty() {
        return None;
    }
    let mut sorted: Vec<&&String> = names.iter().collect();
    // Longest first: the regex takes the first alternative that matches at a position.
    sorted.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let pattern = sorted
        .iter()
        .map(|n| {
            regex::escape(n)
                .replace(r"\-", "-")
                .replace(['-', ' '], r"[\s\-]+")
                .replace(['’', '\''], "['’]")
        })
        .collect::<Vec<_>>()
        .join("|");
    RegexBuilder::new(&pattern)
        .case_insensitive(case_insensitive)
        .dfa_size_limit(crate::patterns::LAZY_DFA_BYTES)
        .build()
        .ok()
}

/// Folds the white space, hyphens and apostrophes of a name, so that "Microsoft  365" finds
/// "Microsoft 365", "ISO-27001" finds "ISO 27001" and "l’Union" finds "l'Union".
fn key(name: &str) -> String {
    name.replace('-', " ")
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A match stands on word boundaries where the name itself starts or ends with a word character.
fn on_boundaries(text: &str, range: &Range<usize>) -> bool {
    let matched = &text[range.clone()];
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let starts_word = matched.chars().next().is_some_and(is_word_char);
    let ends_word = matched.chars().next_back().is_some_and(is_word_char);
    let glued_before = starts_word && before.is_some_and(is_word_char);
    let glued_after = ends_word && after.is_some_and(is_word_char);
    !(glued_before || glued_after)
}

/// The first `enough` matches of `regex` that stand on word boundaries. A match glued to a word
/// is not one, and must not hide a name that starts inside it: in "nell'Unione europea" the
/// French "l'Union" matches first, glued to "nel" and "e", and "Unione europea" starts after its
/// apostrophe; the search goes on one character after the glued match's start.
fn names_on_boundaries(regex: &Regex, text: &str, enough: usize) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut from = 0;
    // Every retry moves one character on: a hostile run of glued names gets at most this many.
    let mut glued_left = enough * 8;
    while ranges.len() < enough
        && let Some(m) = regex.find_at(text, from)
    {
        let range = m.range();
        if on_boundaries(text, &range) {
            from = range.end.max(range.start + 1);
            ranges.push(range);
        } else if glued_left == 0 {
            // Past the budget a glued match is only skipped: later names are still found.
            from = range.end.max(range.start + 1);
        } else {
            glued_left -= 1;
            from = range.start + text[range.start..].chars().next().map_or(1, char::len_utf8);
        }
        if from > text.len() {
            break;
        }
    }
    ranges
}

impl<T: Clone> Gazetteer<T> {
    /// Builds a gazetteer from (name, exact, value) entries. The first entry of a name wins.
    pub fn new(entries: impl IntoIterator<Item = (String, bool, T)>) -> Self {
        let mut by_lowercase = HashMap::new();
        let mut by_exact = HashMap::new();
        for (name, exact, value) in entries {
            let name = key(&name);
            if name.is_empty() {
                continue;
            }
            if exact {
                by_exact.entry(name).or_insert(value);
            } else {
                by_lowercase.entry(name.to_lowercase()).or_insert(value);
            }
        }
        let insensitive_names: Vec<&String> = by_lowercase.keys().collect();
        let exact_names: Vec<&String> = by_exact.keys().collect();
        Gazetteer {
            insensitive: alternation(&insensitive_names, true),
            exact: alternation(&exact_names, false),
            by_lowercase,
            by_exact,
        }
    }

    /// The names found in `text`, in order, without overlaps (the longer match wins): the
    /// first [`MAX_NAMES_PER_SENTENCE`] of them.
    pub fn find_all(&self, text: &str) -> Vec<(Range<usize>, T)> {
        // Each list is read a little past the bound, so that overlaps between the two are
        // settled before the bound is applied.
        let enough = MAX_NAMES_PER_SENTENCE * 2;
        let mut found: Vec<(Range<usize>, T)> = Vec::new();
        if let Some(regex) = &self.insensitive {
            for range in names_on_boundaries(regex, text, enough) {
                if let Some(value) = self
                    .by_lowercase
                    .get(&key(&text[range.clone()]).to_lowercase())
                {
                    found.push((range, value.clone()));
                }
            }
        }
        if let Some(regex) = &self.exact {
            for range in names_on_boundaries(regex, text, enough) {
                if let Some(value) = self.by_exact.get(&key(&text[range.clone()])) {
                    found.push((range, value.clone()));
                }
            }
        }
        found.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
        let mut kept: Vec<(Range<usize>, T)> = Vec::new();
        for (range, value) in found {
            if kept.last().is_none_or(|(last, _)| range.start >= last.end) {
                kept.push((range, value));
            }
        }
        kept.truncate(MAX_NAMES_PER_SENTENCE);
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer<&'static str> {
        Gazetteer::new([
            ("Microsoft".to_string(), false, "microsoft"),
            ("Microsoft 365".to_string(), false, "m365"),
            ("Teams".to_string(), true, "teams"),
            (".docx".to_string(), false, "docx"),
            ("PDF/A".to_string(), false, "pdfa"),
            ("PDF".to_string(), false, "pdf"),
        ])
    }

    #[test]
    fn the_longest_name_wins_on_word_boundaries() {
        let found = gazetteer().find_all(
            "Licences microsoft  365 E3 et Microsoft Teams, au format PDF/A ou .docx ; PDFs",
        );
        let values: Vec<&str> = found.iter().map(|(_, v)| *v).collect();
        assert_eq!(values, vec!["m365", "microsoft", "teams", "pdfa", "docx"]);
    }

    #[test]
    fn a_name_glued_to_a_word_hides_no_name_inside_it() {
        let places = Gazetteer::new([
            ("l'Union".to_string(), false, "fr"),
            ("Unione europea".to_string(), false, "it"),
        ]);
        let found = places.find_all("I dati restano nell'Unione europea; dans l'Union.");
        let values: Vec<&str> = found.iter().map(|(_, v)| *v).collect();
        assert_eq!(values, vec!["it", "fr"]);
    }

    #[test]
    fn exact_names_keep_their_case() {
        assert!(gazetteer().find_all("agile teams").is_empty());
    }
}
