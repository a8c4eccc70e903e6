//! Sentence segmentation that survives numbering ("2.1", "Art. 3"), abbreviations ("z. B.",
//! "e.g.", "n°"), initials and German ordinal dates ("20. Februar").

use std::ops::Range;

/// Words that end with a period without ending the sentence (compared in lowercase).
const ABBREVIATIONS: &[&str] = &[
    // French
    "art", "cf", "p", "pp", "env", "ex", "m", "mme", "mlle", "mm", "dr", "st", "av", "bd", "chap",
    "vol", "réf", "min", "max", "hab", "coll", "al", "c.-à-d", "resp", "tél", "fig", "sect",
    // English
    "e.g", "i.e", "vs", "approx", "no", "nos", "sec", "para", "ltd", "inc", "corp", "co", "mr",
    "mrs", "ms", "jr", "u.s", "u.k", "dept", "incl", "est", "govt", // German
    "z.b", "bzw", "ggf", "gem", "nr", "abs", "vgl", "ca", "inkl", "usw", "evtl", "zzgl", "std",
    "mio", "mrd", "bspw", "sog", "lt", "insb", "tel", "str", "dipl", "ing", "ziff", "u.a", "d.h",
    "o.ä", "s.o", "s.u", "rd", // Spanish, Italian, Dutch
    "sr", "sra", "núm", "pág", "ecc", "sig", "dott", "bijv", "nl", "enz", "d.w.z",
    // Spanish and Italian honorifics before a body's name: "del Excmo. Ayuntamiento".
    "excmo", "excma", "ilmo", "ilma", "dña", "avda", "spett", "avv", "prof",
];

/// Month names after which "20." is a date, not a sentence end.
const MONTHS: &[&str] = &[
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jänner",
];

/// Longest sentence read, in bytes. A longer run (a table read as one paragraph, a text with
/// no full stop) is cut at a space, so that the work on each sentence stays bounded and the
/// whole document is read in time proportional to its length.
pub const MAX_SENTENCE_BYTES: usize = 1500;

/// Closing quotes and brackets after a stop belong to the sentence it ends; a longer run of
/// them than this is not punctuation any more.
const MAX_CLOSING_RUN: usize = 8;

/// The sentences of a text.
#[derive(Debug, Default)]
pub struct Sentences {
    /// Their byte ranges, trimmed, in order.
    pub ranges: Vec<Range<usize>>,
    /// How many times a run longer than [`MAX_SENTENCE_BYTES`] was cut.
    pub cut: usize,
}

/// The sentences of `text`.
pub fn split(text: &str) -> Sentences {
    let mut out = Sentences::default();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        // A stop already taken into the previous sentence (". »", "..") is behind us.
        if !matches!(c, '.' | '!' | '?') || at < start {
            continue;
        }
        let end = at + c.len_utf8();
        // The sentence goes on through closing quotes and brackets after the stop.
        let mut boundary = end;
        let mut after = text[end..].chars();
        let mut space = None;
        for next in after.by_ref().take(MAX_CLOSING_RUN) {
            if matches!(next, '"' | '»' | '”' | '’' | ')' | ']' | '.') {
                boundary += next.len_utf8();
            } else {
                space = Some(next);
                break;
            }
        }
        if !space.is_some_and(char::is_whitespace) {
            continue;
        }
        // French sets a space before the closing guillemet: « … réversible. »
        let rest = text[boundary..].trim_start();
        if let Some(quote) = rest.chars().next().filter(|q| matches!(q, '»' | '”')) {
            boundary = text.len() - rest.len() + quote.len_utf8();
        }
        let following = text[boundary..].trim_start();
        let Some(first) = following.chars().next() else {
            continue;
        };
        if !(first.is_uppercase()
            || first.is_ascii_digit()
            || matches!(first, '«' | '"' | '“' | '„' | '(' | '[' | '-' | '•'))
        {
            continue;
        }
        if c == '.' && !ends_sentence_at(&text[start..at], following) {
            continue;
        }
        push(text, start..boundary, &mut out);
        start = boundary;
    }
    push(text, start..text.len(), &mut out);
    out
}

/// Adds a sentence, trimmed, cut into pieces of at most [`MAX_SENTENCE_BYTES`] (at the last
/// space before the bound when there is one near it).
fn push(text: &str, range: Range<usize>, out: &mut Sentences) {
    let mut rest = range;
    loop {
        let slice = &text[rest.clone()];
        let leading = slice.len() - slice.trim_start().len();
        let trailing = slice.len() - slice.trim_end().len();
        let trimmed = rest.start + leading..rest.end - trailing;
        if trimmed.start >= trimmed.end {
            return;
        }
        if trimmed.len() <= MAX_SENTENCE_BYTES {
            out.ranges.push(trimmed);
            return;
        }
        let mut bound = trimmed.start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(bound) {
            bound -= 1;
        }
        // The window starts on a character too: in a run of multi-byte characters the byte at
        // three quarters of the bound may fall inside one (found by fuzzing).
        let mut from = trimmed.start + MAX_SENTENCE_BYTES * 3 / 4;
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..bound];
        let cut = window
            .rfind(char::is_whitespace)
            .map_or(bound, |i| bound - window.len() + i);
        out.ranges.push(trimmed.start..cut);
        out.cut += 1;
        rest = cut..trimmed.end;
    }
}

/// Whether a period after `before` ends the sentence, given what follows.
fn ends_sentence_at(before: &str, following: &str) -> bool {
    // No abbreviation, number or date is longer: a longer word is looked at no further.
    const LONGEST_WORD: usize = 24;
    let word: String = before
        .chars()
        .rev()
        .take(LONGEST_WORD)
        .take_while(|c| !c.is_whitespace() && *c != '(')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // Initials and single letters: "J. Dupont", "z. B." (the "z" and the "B").
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false;
    }
    // Numbering and ordinals: "2.1 Le titulaire", "Art. 3. Der", "am 20. Februar".
    if !word.is_empty() && word.chars().all(|c| c.is_ascii_digit() || c == '.') {
        let next_word: String = following
            .chars()
            .take(LONGEST_WORD)
            .take_while(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        let next_word = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if MONTHS.contains(&next_word)
            || word.contains('.')
            || before.trim_end().len() == word.len()
        {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).ranges.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_at_stops_followed_by_a_capital() {
        assert_eq!(
            sentences("Les données sont en France. Les sauvegardes aussi ! Pourquoi ? Parce que."),
            vec![
                "Les données sont en France.",
                "Les sauvegardes aussi !",
                "Pourquoi ?",
                "Parce que."
            ]
        );
    }

    #[test]
    fn survives_abbreviations_numbering_and_dates() {
        assert_eq!(
            sentences(
                "Gemäß Art. 3 Abs. 2 ist z. B. Nextcloud zulässig. Angebote bis zum 20. Februar 2027 einreichen."
            ),
            vec![
                "Gemäß Art. 3 Abs. 2 ist z. B. Nextcloud zulässig.",
                "Angebote bis zum 20. Februar 2027 einreichen."
            ]
        );
        assert_eq!(
            sentences(
                "Formats accepted, e.g. ODF or PDF/A. See section 2.1 for details. Version 3.2 applies."
            ),
            vec![
                "Formats accepted, e.g. ODF or PDF/A.",
                "See section 2.1 for details.",
                "Version 3.2 applies."
            ]
        );
        assert_eq!(
            sentences("2.1. Le titulaire héberge les données."),
            vec!["2.1. Le titulaire héberge les données."]
        );
        assert_eq!(
            sentences(
                "SOFTWARE EXISTENTES EN EL CENTRO DE PROCESO DE DATOS DEL EXCMO. AYUNTAMIENTO DE SANTA CRUZ. Se aprueba el pliego."
            ),
            vec![
                "SOFTWARE EXISTENTES EN EL CENTRO DE PROCESO DE DATOS DEL EXCMO. AYUNTAMIENTO DE SANTA CRUZ.",
                "Se aprueba el pliego."
            ]
        );
    }

    #[test]
    fn ranges_are_ordered_and_on_char_boundaries_whatever_the_text() {
        let tricky = [
            "Fin.. Début. « Citation. » Suite... Et puis ? Oui ! Non.",
            "a. b. c. D. E.",
            "...",
            ". . .",
            "« » . »",
            "Ok.» Suite",
            "é.É.é. È",
            "1. 2. 3. Quatre.",
        ];
        let mut seed = 7u64;
        let alphabet: Vec<char> = "ab é.!?»” «\"()A1 \u{a0}".chars().collect();
        let mut inputs: Vec<String> = tricky.iter().map(|s| s.to_string()).collect();
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..(seed % 40) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            inputs.push(s);
        }
        for text in &inputs {
            let mut end = 0;
            for range in split(text).ranges {
                assert!(
                    range.start >= end && range.start < range.end && range.end <= text.len(),
                    "{text:?}"
                );
                assert!(
                    text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
                    "{text:?}"
                );
                end = range.end;
            }
        }
    }

    #[test]
    fn cuts_long_runs_of_multi_byte_characters_on_char_boundaries() {
        // Whatever the offset, the byte at three quarters of the bound falls inside a
        // character of two, three or four bytes for some prefix (a fuzzer found it).
        for prefix in ["", "a", "ab"] {
            for unit in ["é", "漢", "𝔸", "漢 "] {
                let text = format!("{prefix}{}", unit.repeat(3 * MAX_SENTENCE_BYTES));
                let found = split(&text);
                assert!(found.cut > 0, "{prefix:?} {unit:?}");
                let mut end = 0;
                for range in found.ranges {
                    assert!(range.start >= end && range.len() <= MAX_SENTENCE_BYTES);
                    assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
                    end = range.end;
                }
            }
        }
    }

    #[test]
    fn keeps_closing_quotes_with_their_sentence() {
        assert_eq!(
            sentences("Il est dit « réversible. » Ensuite vient la suite."),
            vec!["Il est dit « réversible. »", "Ensuite vient la suite."]
        );
    }
}
