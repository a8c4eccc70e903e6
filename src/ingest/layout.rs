//! Paragraphs rebuilt from lines, for the formats that only give lines (PDF, plain text):
//! a sentence broken over lines is one again, a word hyphenated at a line end is joined, and
//! numbered or capitalised short lines become headings.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::BlockKind;

/// One line of text as a reader saw it, with what its geometry says.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    /// The reader saw a paragraph break before this line (a blank line, a larger gap).
    pub starts_paragraph: bool,
    /// The line stops before the right margin although the next line's first word would have
    /// fitted: its paragraph ends there, as a paragraph's last line or a line of a title block.
    pub ends_short: bool,
    /// 1-based page the line is on, for paged sources.
    pub page: Option<u32>,
    /// The table cell the line stands in, when borders show one: lines of one cell form one
    /// block.
    pub cell: Option<CellId>,
}

/// Identifies a table cell on a page by its left, right and top borders (in points).
pub type CellId = (i32, i32, i32);

/// A block rebuilt from lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub kind: BlockKind,
    pub level: Option<u8>,
    /// The page the paragraph starts on.
    pub page: Option<u32>,
    pub text: String,
}

use crate::patterns::constant as regex;

/// "Article 3", "ARTICLE 3 –", "Art. 3", "§ 4", "Artikel 2", "Chapitre II", "4.2", "4.2.1."…
static NUMBERED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"(?x)^(?:
            (?i:article|art\.|artikel|section|chapitre|chapter|kapitel|titre|title|teil|abschnitt|
               annexe|annex|anhang|anlage|lot|los|partie|part)\s+[0-9IVXLC]+(?:[.\-][0-9]+)*[a-z]?
          | §\s*[0-9]+[a-z]?
          | [0-9]{1,2}(?:\.[0-9]{1,2}){0,4}\.?
          | [A-H]\.
          | [IVX]{1,5}\.
        )(?:(?:\s*[-–—:.)]\s*|\s+)[\p{Lu}«"„“]|\s*$)"#,
    )
});

/// Bullets and enumerations that open a list item: "-", "•", "a)", "1)", "i."…
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?:[-–•▪◦○●■□➢►✓*·]\s+|\(?[0-9]{1,2}\)\s+|\(?[a-z]\)\s+|[ivx]{1,4}\)\s+)")
});

/// Words whose line-end hyphen belongs to a compound ("sous-|traitant", "follow-|the-sun"). Kept
/// short: a prefix that can also be a syllable ("pro-|cessus", "inter-|national") is left out.
const HYPHENATED_PREFIXES: &[&str] = &[
    "après", "arrière", "avant", "cross", "demi", "end", "follow", "hors", "non", "opt", "quasi",
    "self", "semi", "sous", "vice",
];

const MAX_HEADING_CHARS: usize = 120;

/// How a line would be a heading, if it is one: its level.
pub fn heading_level(text: &str) -> Option<u8> {
    let text = text.trim();
    let chars = text.chars().count();
    if !(2..=MAX_HEADING_CHARS).contains(&chars) || text.ends_with([',', ';']) {
        return None;
    }
    let ends_like_sentence = text.ends_with('.') && !text.ends_with("..");
    if let Some(found) = NUMBERED_HEADING.find(text) {
        let number = found.as_str();
        let words = text.split_whitespace().count();
        if ends_like_sentence && words > 4 || text.ends_with(':') && words > 6 {
            return None;
        }
        let first = number.split_whitespace().next().unwrap_or(number);
        if first.starts_with(|c: char| c.is_ascii_digit()) {
            let depth = first.trim_end_matches('.').split('.').count();
            return Some(u8::try_from(depth).unwrap_or(9));
        }
        return Some(1);
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 6 && is_upper_case(text) && !ends_like_sentence).then_some(1)
}

fn is_list_item(text: &str) -> bool {
    LIST_MARKER.is_match(text)
}

/// Bullet symbols carry no words; enumerations ("a)", "1)") are kept, texts refer to them.
fn strip_bullet(text: &str) -> &str {
    text.trim_start_matches(['•', '▪', '◦', '○', '●', '■', '□', '➢', '►', '✓', '·'])
        .trim_start()
}

/// Joins `next` to `paragraph`. A line-end hyphen after a word joins without a space; it is
/// removed when it only broke a lowercase word ("for-|mat"), kept for compounds ("Cloud-|Anbieter",
/// "sous-|traitant").
fn join_line(paragraph: &mut String, next: &str) {
    if let Some(stem) = paragraph.strip_suffix('-') {
        let fragment: String = {
            let mut reversed: Vec<char> = stem
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            reversed.reverse();
            reversed.into_iter().collect()
        };
        if !fragment.is_empty() {
            let next_starts_lower = next.chars().next().is_some_and(char::is_lowercase);
            let fragment_is_lower = !fragment.chars().any(char::is_uppercase);
            let is_prefix = HYPHENATED_PREFIXES.contains(&fragment.to_lowercase().as_str());
            if next_starts_lower && fragment_is_lower && !is_prefix {
                paragraph.pop();
            }
            paragraph.push_str(next);
            return;
        }
    }
    if !paragraph.is_empty() {
        paragraph.push(' ');
    }
    paragraph.push_str(next);
}

/// Rebuilds paragraphs from lines.
pub fn reflow(lines: Vec<Line>) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut current: Option<Paragraph> = None;
    let mut previous: Option<Line> = None;
    for line in lines {
        let text = line.text.trim();
        if text.is_empty() {
            continue;
        }
        let in_cell = line.cell.is_some();
        let level = heading_level(text)
            .filter(|_| !in_cell)
            .filter(|_| !wrapped_clause(&line, text));
        let list = level.is_none() && !in_cell && is_list_item(text);
        let breaks = match (&previous, &current) {
            (Some(prev), Some(_)) if prev.cell != line.cell => true,
            (Some(prev), Some(_)) if in_cell => line.starts_paragraph && prev.ends_short,
            (Some(prev), Some(para)) if para.kind == BlockKind::Heading => {
                !continues_heading(prev, &line, text)
            }
            (Some(prev), Some(_)) => {
                (line.starts_paragraph && !continues_on_next_page(prev, &line))
                    || level.is_some()
                    || list
                    || prev.ends_short
            }
            _ => true,
        };
        if breaks {
            out.extend(current.take());
            let kind = if in_cell {
                BlockKind::TableCell
            } else if level.is_some() {
                BlockKind::Heading
            } else if list {
                BlockKind::ListItem
            } else {
                BlockKind::Paragraph
            };
            let text = if list { strip_bullet(text) } else { text };
            current = Some(Paragraph {
                kind,
                level,
                page: line.page,
                text: text.to_string(),
            });
        } else if let Some(para) = current.as_mut() {
            join_line(&mut para.text, text);
        }
        previous = Some(line);
    }
    out.extend(current);
    out
}

/// A numbered line that runs to the margin and goes on to the next line is the start of a
/// numbered clause ("1.1 Die Lösung ist auf AWS in der Region eu-central-1" / "(Frankfurt) zu
/// betreiben."), not a heading: headings are short, set in capitals, or end before the margin.
fn wrapped_clause(line: &Line, text: &str) -> bool {
    NUMBERED_HEADING.is_match(text)
        && !line.ends_short
        && !is_upper_case(text)
        && text.split_whitespace().count() > 4
}

/// A heading too long for one line goes on in capitals, with no number of its own and no gap.
fn continues_heading(prev: &Line, line: &Line, text: &str) -> bool {
    !line.starts_paragraph
        && prev.page == line.page
        && is_upper_case(prev.text.trim())
        && is_upper_case(text)
        && !NUMBERED_HEADING.is_match(text)
}

/// Mostly capital letters, as titles are set.
fn is_upper_case(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    letters.len() >= 4 && upper * 10 >= letters.len() * 9
}

/// A paragraph cut by a page break: the page's last line is full and ends mid-sentence.
fn continues_on_next_page(prev: &Line, line: &Line) -> bool {
    prev.page != line.page && !prev.ends_short && !ends_sentence(prev.text.trim())
}

/// Whether a line was ended on purpose rather than wrapped: the first word of `next` would have
/// fitted in the `room` left before the margin (for characters about `char_width` wide; letters
/// are wider than the average character, hence the margin), and either the line ends a sentence
/// or the room is a large part of the `width` (a title block, an address). Glyph widths are not
/// always right in PDFs, so the room alone is not trusted.
pub fn ended_on_purpose(line: &str, room: f64, width: f64, next: &str, char_width: f64) -> bool {
    let word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    let fits = word > 0 && room > (word as f64 + 1.0) * char_width * 1.3;
    fits && (ends_sentence(line.trim()) || room > width * 0.25)
}

/// Lines known only by their text (plain text, a PDF page read without geometry). The longest
/// line gives the wrapping width; lines longer than any wrapped line are paragraphs of their own.
pub fn lines_from_text<'a>(raw: impl IntoIterator<Item = &'a str>, page: Option<u32>) -> Vec<Line> {
    let raw: Vec<&str> = raw
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let longest = raw.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let hard_wrapped = longest <= WRAPPED_LINE_MAX || wrapped_at_a_width(&raw, longest);
    raw.iter()
        .enumerate()
        .map(|(i, l)| {
            let room = longest.saturating_sub(l.chars().count()) as f64;
            // The last line of a group ends its paragraph: a blank line or the page's end
            // follows.
            let ends_short = raw
                .get(i + 1)
                .is_none_or(|next| ended_on_purpose(l, room, longest as f64, next, 1.0));
            Line {
                text: (*l).to_string(),
                starts_paragraph: !hard_wrapped,
                ends_short,
                page,
                cell: None,
            }
        })
        .collect()
}

/// Lines longer than this are whole paragraphs (the text is not hard-wrapped), unless the
/// lines show a wider wrapping width (`wrapped_at_a_width`).
const WRAPPED_LINE_MAX: usize = 100;

/// Whether lines longer than `WRAPPED_LINE_MAX` were wrapped at a width all the same (a YAML
/// description or a mail at 120 columns: "… in industrieüblichen Datenformaten zur" /
/// "Verfügung, …", v58): at least two lines but the last run to about the longest one's length
/// and stop mid-sentence, and they are most of the lines that run that far. Paragraphs set one
/// per line end on a full stop, whatever their length.
fn wrapped_at_a_width(lines: &[&str], longest: usize) -> bool {
    let Some((_, all_but_last)) = lines.split_last() else {
        return false;
    };
    let full: Vec<&&str> = all_but_last
        .iter()
        .filter(|l| l.chars().count() * 100 >= longest * 85)
        .collect();
    let cut = full.iter().filter(|l| !ends_sentence(l)).count();
    cut >= 2 && cut * 2 > full.len()
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', ':', ';', '!', '?', '»', '"', ')', '”'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, ends_short: bool) -> Line {
        Line {
            text: text.to_string(),
            starts_paragraph: false,
            ends_short,
            page: Some(1),
            cell: None,
        }
    }

    #[test]
    fn a_numbered_clause_wrapped_over_lines_is_one_paragraph() {
        let line = |text: &str, starts_paragraph: bool, ends_short: bool| Line {
            text: text.to_string(),
            starts_paragraph,
            ends_short,
            page: Some(1),
            cell: None,
        };
        let paragraphs = reflow(vec![
            line("1 Betrieb", true, true),
            line(
                "1.1 Die Lösung ist auf Amazon Web Services (AWS) in der Region eu-central-1",
                true,
                false,
            ),
            line("(Frankfurt) zu betreiben.", false, true),
            line("1.2 Datensicherung", true, true),
        ]);
        let kinds: Vec<(BlockKind, &str)> = paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, "1 Betrieb"),
                (
                    BlockKind::Paragraph,
                    "1.1 Die Lösung ist auf Amazon Web Services (AWS) in der Region eu-central-1 (Frankfurt) zu betreiben."
                ),
                (BlockKind::Heading, "1.2 Datensicherung"),
            ]
        );
    }

    #[test]
    fn headings_by_number_or_capitals() {
        assert_eq!(
            heading_level("Article 4 – Hébergement des données"),
            Some(1)
        );
        assert_eq!(heading_level("4.2.1 Localisation"), Some(3));
        assert_eq!(heading_level("§ 5 Datenhaltung"), Some(1));
        assert_eq!(heading_level("CAHIER DES CLAUSES TECHNIQUES"), Some(1));
        assert_eq!(
            heading_level("Le titulaire doit héberger les données."),
            None
        );
        assert_eq!(
            heading_level(
                "1. Le titulaire héberge les données en France et les sauvegarde chaque jour."
            ),
            None
        );
        assert_eq!(heading_level("2026 war ein gutes Jahr"), None);
        assert_eq!(heading_level("12 mois"), None);
        assert_eq!(heading_level("Article 7"), Some(1));
    }

    #[test]
    fn joins_wrapped_lines_and_hyphenated_words() {
        let paragraphs = reflow(vec![
            line("Article 2 – Réversibilité", true),
            line("Le titulaire restitue les données dans un for-", false),
            line("mat ouvert et assure la sous-", false),
            line("traitance sans frais.", true),
            line("- premier point", true),
        ]);
        assert_eq!(paragraphs.len(), 3);
        assert_eq!(paragraphs[0].kind, BlockKind::Heading);
        assert_eq!(
            paragraphs[1].text,
            "Le titulaire restitue les données dans un format ouvert et assure la sous-traitance sans frais."
        );
        assert_eq!(paragraphs[2].kind, BlockKind::ListItem);
        assert_eq!(paragraphs[2].text, "- premier point");
        let bullet = reflow(vec![line("• second point", true)]);
        assert_eq!(bullet[0].text, "second point");
    }

    #[test]
    fn a_title_set_on_two_lines_is_one_heading() {
        let paragraphs = reflow(vec![
            line("CAHIER DES CLAUSES TECHNIQUES", false),
            line("PARTICULIÈRES", true),
            line("ARTICLE 1 – OBJET", true),
        ]);
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(
            paragraphs[0].text,
            "CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES"
        );
    }

    #[test]
    fn lines_of_one_cell_form_one_block() {
        let in_cell = |text: &str, cell| Line {
            cell: Some(cell),
            ..line(text, false)
        };
        let paragraphs = reflow(vec![
            in_cell("Délai de rétablissement", (10, 200, 50)),
            in_cell("(incident majeur)", (10, 200, 50)),
            in_cell("4 heures ouvrées", (200, 400, 50)),
            in_cell("12 mois", (10, 200, 70)),
        ]);
        let texts: Vec<(BlockKind, &str)> = paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![
                (
                    BlockKind::TableCell,
                    "Délai de rétablissement (incident majeur)"
                ),
                (BlockKind::TableCell, "4 heures ouvrées"),
                (BlockKind::TableCell, "12 mois"),
            ]
        );
    }

    #[test]
    fn keeps_the_hyphen_of_compounds() {
        let paragraphs = reflow(vec![line("Die Cloud-", false), line("Anbieter sind", true)]);
        assert_eq!(paragraphs[0].text, "Die Cloud-Anbieter sind");
    }

    #[test]
    fn a_paragraph_cut_by_a_page_break_is_joined() {
        let mut next_page = line("la réversibilité des données.", true);
        next_page.page = Some(2);
        next_page.starts_paragraph = true;
        let paragraphs = reflow(vec![line("Le titulaire garantit", false), next_page]);
        assert_eq!(paragraphs.len(), 1);
        assert_eq!(paragraphs[0].page, Some(1));
    }

    #[test]
    fn a_line_ended_on_purpose_ends_the_paragraph() {
        let paragraphs = reflow(vec![
            line("Première phrase.", true),
            line("Deuxième paragraphe qui continue", false),
            line("ici.", true),
            line("Fin.", true),
        ]);
        assert_eq!(paragraphs.len(), 3);
        assert_eq!(paragraphs[1].text, "Deuxième paragraphe qui continue ici.");
    }

    #[test]
    fn lines_wrapped_wider_than_usual_are_joined_and_long_paragraphs_kept_apart() {
        let wide = "Bei Beendigung der Zusammenarbeit stellt der Systemanbieter alle nötigen Daten in industrieüblichen Datenformaten zur\nVerfügung, die die Möglichkeit zur Datenportierung in ein neues System ermöglichen. Der Systemanbieter berechnet für\ndie Herausgabe der Daten sowie den minimal notwendigen Beratungsumfang zur Verwendbarkeit der Daten keine weiteren Kosten.";
        let paragraphs = reflow(lines_from_text(wide.lines(), None));
        assert_eq!(paragraphs.len(), 1, "{paragraphs:?}");
        let one_per_line = "Le titulaire héberge les données du service dans des centres de données situés dans l'Union européenne.\nIl en assure la sauvegarde quotidienne dans un second centre de données situé en France, à plus de 50 km.\nAucune donnée ne quitte l'Union européenne, ni pour le support, ni pour la maintenance du service.";
        let paragraphs = reflow(lines_from_text(one_per_line.lines(), None));
        assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
    }

    #[test]
    fn plain_lines_wrapped_at_a_width_are_joined() {
        let text = "Le titulaire héberge les données du service dans des centres\nsitués dans l'Union européenne et en assure la sauvegarde\nquotidienne.\nAucune donnée ne quitte l'Union.";
        let paragraphs = reflow(lines_from_text(text.lines(), None));
        assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
        assert!(paragraphs[0].text.ends_with("sauvegarde quotidienne."));
    }
}
