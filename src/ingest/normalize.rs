//! Text normalisation shared by every reader: NFC, ligatures expanded, invisible characters
//! removed, white space folded. Offsets are computed on the result, so readers must normalise
//! before they hand text to the [`DocumentBuilder`](super::build::DocumentBuilder).

use unicode_normalization::UnicodeNormalization;

/// Expansion of the typographic ligatures found in PDFs (U+FB00–U+FB06) and a few others
/// that fonts produce.
fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        '\u{0132}' => "IJ",
        '\u{0133}' => "ij",
        _ => return None,
    })
}

/// Characters that carry no text: soft hyphen, zero-width marks, byte-order mark, and controls
/// other than white space.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{FFFE}'
    ) || (c.is_control() && !c.is_whitespace())
        || ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// Normalises one piece of text: NFC, ligatures expanded, invisible characters removed, every run
/// of white space (including no-break and narrow spaces) folded to one space, ends trimmed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfc() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match ligature(c) {
            Some(expansion) => out.push_str(expansion),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_white_space_and_trims() {
        assert_eq!(normalize("  a\t b\u{00A0}\u{202F}c \n"), "a b c");
    }

    #[test]
    fn expands_ligatures_and_composes() {
        assert_eq!(normalize("\u{FB01}chier \u{FB02}ux"), "fichier flux");
        assert_eq!(normalize("re\u{0301}versibilite\u{0301}"), "réversibilité");
    }

    #[test]
    fn removes_soft_hyphens_and_controls() {
        assert_eq!(
            normalize("héber\u{00AD}gement\u{0007}\u{200B}"),
            "hébergement"
        );
    }
}
