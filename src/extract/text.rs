//! Small helpers on sentence text: byte ranges kept on char boundaries, matches trimmed to
//! their words, and parts of a text set aside.

use std::ops::Range;

/// A text with the given ranges replaced by spaces.
pub(super) fn blank(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> String {
    let mut out = text.to_string();
    for range in ranges {
        out.replace_range(range.clone(), &" ".repeat(range.len()));
    }
    out
}

/// A match's range without the boundary characters the cue regexes consume.
pub(super) fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start
        + (slice.len()
            - slice
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len());
    let end = range.end
        - (slice.len()
            - slice
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .len());
    start..end.max(start)
}

/// The largest char boundary at or below `at`.
pub(super) fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The last `n` characters of a text.
pub(super) fn tail(text: &str, n: usize) -> &str {
    match n.checked_sub(1) {
        None => &text[text.len()..],
        Some(last) => text
            .char_indices()
            .rev()
            .nth(last)
            .map_or(text, |(i, _)| &text[i..]),
    }
}

/// The first `n` characters of a text.
pub(super) fn head(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
}

/// A text without what stands between parentheses.
pub(super) fn strip_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// Whether the sentence is only a term in quotation marks ("“Special Category Data”"), as the
/// defined term of a table of definitions stands alone.
pub(super) fn is_quoted_term(text: &str) -> bool {
    let quotes = ['"', '“', '”', '„', '«', '»', '‘', '’', '\''];
    let term = text.trim().trim_end_matches([':', '.', ';']);
    term.chars().count() <= 60 && term.starts_with(quotes) && term.ends_with(quotes)
}

/// The last item of a list of names joined by slashes that follows a name, with what comes
/// after it: in "Microsoft Word/Microsoft Excel/HTML or compatible", after "Microsoft Word",
/// "HTML or compatible…", whose "or compatible" qualifies every item. Commas are left alone:
/// in "Microsoft 365, Google Workspace ou équivalent, Zoom" the phrase qualifies one item.
pub(super) fn last_slashed_item(after: &str) -> Option<&str> {
    let mut rest = after.trim_start().strip_prefix('/')?;
    loop {
        let end = rest.find([',', '/', ';', '(', ')']).unwrap_or(rest.len());
        match rest[end..].strip_prefix('/') {
            Some(next) if rest[..end].split_whitespace().count() <= 3 => rest = next,
            _ => return Some(rest),
        }
    }
}

/// Whether a paragraph opens as an item of an enumeration: "1. la realizzazione…", "a) …",
/// "- …", "• …".
pub(super) fn is_enumerated(text: &str) -> bool {
    let text = text.trim_start();
    let marker_end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || c.is_ascii_lowercase()))
        .map_or(0, |(i, _)| i);
    let (marker, rest) = text.split_at(marker_end);
    let numbered = (1..=2).contains(&marker.len())
        && (marker.chars().all(|c| c.is_ascii_digit())
            || marker.chars().all(|c| c.is_ascii_lowercase()) && marker.len() == 1)
        && (rest.starts_with(". ") || rest.starts_with(") "));
    numbered || text.starts_with("- ") || text.starts_with("• ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_enumerated_paragraph_opens_on_its_marker() {
        for item in [
            "1. la realizzazione del sito;",
            "12) test",
            "a) la formazione",
            "- hosting",
            "• hosting",
        ] {
            assert!(is_enumerated(item), "{item}");
        }
        for prose in [
            "1.1 Objet",
            "Le titulaire. Il héberge",
            "ab) rien",
            "2024. Le marché",
            "Article 4.",
        ] {
            assert!(!is_enumerated(prose), "{prose}");
        }
    }

    #[test]
    fn or_compatible_at_the_end_of_a_slashed_list_qualifies_each_item() {
        assert_eq!(
            last_slashed_item("/Microsoft Excel/HTML or compatible, while"),
            Some("HTML or compatible, while")
        );
        assert_eq!(
            last_slashed_item(" / OpenDocument ou équivalent."),
            Some(" OpenDocument ou équivalent.")
        );
        assert_eq!(
            last_slashed_item(", Google Workspace ou équivalent, Zoom"),
            None
        );
        assert_eq!(last_slashed_item(" licences"), None);
    }
}
