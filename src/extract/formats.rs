//! Formats and protocols a sentence names, and whether it imposes them alone or beside an
//! alternative.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Extractor;
use super::cues;
use super::evidence::Sentence;
use super::lexicon as lx;
use super::text::{last_slashed_item, strip_parentheses, tail};
use crate::model::{FormatMention, Modality};
use crate::patterns::constant;

/// Whether a name stands as the extension of a file name or address ("reglement.pdf", with or
/// without its dot in the name matched): a dot right after a letter, digit, `_`, `-` or `/`,
/// not after a space or a quote (".docx" alone names the format).
fn in_file_name(text: &str, range: &Range<usize>) -> bool {
    let dot = if text[range.clone()].starts_with('.') {
        range.start
    } else {
        match text[..range.start].char_indices().next_back() {
            Some((at, '.')) => at,
            _ => return false,
        }
    };
    text[..dot]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == '/')
}

impl Extractor {
    /// Formats and protocols named in a sentence, once per format, with where they stand.
    pub(super) fn formats(&self, sentence: &Sentence<'_>) -> Vec<(Range<usize>, FormatMention)> {
        let text = sentence.text;
        // Names of one format side by side ("OpenDocument format (ODF)") are one mention.
        let mut found: Vec<(Range<usize>, String)> = Vec::new();
        for (range, format) in self.formats.find_all(text) {
            // "…/reglement.pdf", "annexe_2.docx": a file's extension names no format required.
            if in_file_name(text, &range) {
                continue;
            }
            match found.last_mut() {
                Some((last, id)) if *id == format => last.end = range.end,
                _ => found.push((range, format)),
            }
        }
        // "xlsx, odc or SQL": every item of a list joined by "or" is one allowed alternative,
        // named in the reference data or not; a bare format id in it ("SQL") is that format.
        let known: Vec<Range<usize>> = found.iter().map(|(range, _)| range.clone()).collect();
        let mut in_lists: Vec<Range<usize>> = Vec::new();
        for range in &known {
            if in_lists
                .iter()
                .any(|item| item.start <= range.start && range.end <= item.end)
            {
                continue;
            }
            if let Some(items) = alternative_list(text, range, &known) {
                in_lists.extend(items);
            }
        }
        for item in &in_lists {
            let bare = text[item.clone()].trim_start_matches('.').to_lowercase();
            if let Some(id) = self.format_ids.get(&bare)
                && !known
                    .iter()
                    .any(|k| k.start < item.end && item.start < k.end)
            {
                found.push((item.clone(), id.clone()));
            }
        }
        found.sort_by_key(|(range, _)| range.start);
        let in_a_list = |range: &Range<usize>| {
            in_lists
                .iter()
                .any(|i| i.start <= range.start && range.end <= i.end)
        };
        // "PDF/Microsoft Word/OpenDocument": items of one slashed list, whatever names stand
        // between them.
        let alternative = |a: &Range<usize>, b: &Range<usize>| {
            let between = strip_parentheses(&text[a.end..b.start]);
            lx::ALTERNATIVE_JOIN.is_match(&between)
                || last_slashed_item(between.trim_end()) == Some("")
        };
        // A format described where the buyer's environment is ("EAS est un protocole
        // propriétaire de synchronisation" in its catalogue of products) is not one to deliver.
        let not_delivered = sentence.about_the_bid || sentence.in_context_part();
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
            let mut role =
                if not_delivered || lx::REFERRED_TO_IN.is_match(tail(&text[..range.start], 80)) {
                    // "Format of the response: PDF and Excel": how to answer, not what to deliver;
                    // "beschreven in het Word-document …": a document cited.
                    Modality::Mentioned
                } else {
                    cues::modality_at(text, &clause, range.clone(), default)
                };
            let has_alternative = in_a_list(range)
                || index
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

/// A join between two items of a list, going right: a comma or slash, "or" in six languages,
/// or both ("xlsx, odc or SQL"), then an item; `or` is set when the join offers a choice.
static RIGHT_STEP: LazyLock<Regex> = LazyLock::new(|| {
    constant(&format!(
        r"^{TRAILER}\s*(?:(?P<sep>[,/])\s*)?(?:(?P<or>{OR})\s+)?{LEADER}(?P<item>{ITEM})"
    ))
});

/// The same join going left, read at the end of the text before an item.
static LEFT_STEP: LazyLock<Regex> = LazyLock::new(|| {
    constant(&format!(
        r"(?P<item>{ITEM}){TRAILER}\s*(?:(?P<sep>[,/])\s*)?(?:(?P<or>{OR})\s+)?{LEADER}$"
    ))
});

/// An item of a list of formats: one word, an extension or a name with digits ("PDF/A-2" is
/// read by the gazetteer, not here).
const ITEM: &str = r"\.?[\p{L}\p{N}][\p{L}\p{N}+_-]*";
/// What may follow an item before the join: a parenthesis, the word "format" or "files".
const TRAILER: &str = r"(?:\s*\([^()]{0,40}\))?(?i:\s+(?:formats?|formatos?|formati|formaat|files?|fichiers?|ficheros?|archivos?|Dateien?|bestanden))?";
/// What may precede an item after the join: "au format", "in", "als".
const LEADER: &str =
    r"(?i:(?:au|en|in|im|als|as|dans le)\s+)?(?i:(?:formats?|formato|formaat)\s+)?";
/// "Or" in six languages, and the slash-joined "and/or".
const OR: &str = r"(?i:ou|or|oder|bzw\.|beziehungsweise|o|u|oppure|ovvero|of|et/ou|and/or|und/oder|y/o|e/o|en/of)";

/// The items of a list read around a format: each step reads the text once, so a sentence
/// that is one long list costs no more than its length times this.
const LIST_ITEMS_READ: usize = 16;

/// Whether an item looks like a format: a name of the reference data, a file extension
/// (".odc"), or a short acronym as written ("SQL", "ODC").
fn format_like(text: &str, item: &Range<usize>, known: &[Range<usize>]) -> bool {
    let word = &text[item.clone()];
    known
        .iter()
        .any(|k| k.start < item.end && item.start < k.end)
        || (word.starts_with('.') && (3..=6).contains(&word.len()))
        || ((2..=6).contains(&word.len())
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

/// The item one step of the walk along a list reaches, and whether its separator offers a
/// choice ("or", "/"); `None` where the list ends.
fn list_step<'t>(step: &regex::Captures<'t>) -> Option<(regex::Match<'t>, bool)> {
    let item = step.name("item")?;
    step.name("sep").or(step.name("or"))?;
    let choice = step.name("or").is_some() || step.name("sep").is_some_and(|s| s.as_str() == "/");
    Some((item, choice))
}

/// The items of the list of alternatives a format stands in, itself included: a list joined
/// at least once by "or", holding at least two items that look like formats. `None` when the
/// format stands alone or in a list of things all required ("PDF, CSV and XML").
fn alternative_list(
    text: &str,
    format: &Range<usize>,
    known: &[Range<usize>],
) -> Option<Vec<Range<usize>>> {
    let mut items = vec![format.clone()];
    let mut offers_a_choice = false;
    // A known format may hold several words ("format Word"): the walk goes from its ends.
    let mut end = format.end;
    while items.len() < LIST_ITEMS_READ
        && let Some(step) = RIGHT_STEP.captures(&text[end..])
    {
        let Some((item, choice)) = list_step(&step) else {
            break;
        };
        offers_a_choice |= choice;
        let range = end + item.start()..end + item.end();
        // The item may begin a known name of several words: the walk resumes after it.
        end = known
            .iter()
            .find(|k| k.start == range.start)
            .map_or(range.end, |k| k.end);
        items.push(range.start..end);
    }
    let mut start = format.start;
    while items.len() < LIST_ITEMS_READ
        && let Some(step) = LEFT_STEP.captures(&text[..start])
    {
        let Some((item, choice)) = list_step(&step) else {
            break;
        };
        offers_a_choice |= choice;
        let range = item.range();
        start = known
            .iter()
            .find(|k| k.end == range.end)
            .map_or(range.start, |k| k.start);
        items.push(start..range.end);
    }
    let formats = items
        .iter()
        .filter(|item| format_like(text, item, known))
        .count();
    (offers_a_choice && formats >= 2).then_some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_s_extension_is_no_format() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).unwrap_or_default();
            in_file_name(text, &(start..start + name.len()))
        };
        assert!(at("voir https://x.fr/rc/reglement.pdf ici", "pdf"));
        assert!(at("voir https://x.fr/rc/reglement.pdf ici", ".pdf"));
        assert!(at("dans annexe_2.docx.", "docx"));
        assert!(!at("au format .docx ou .odt", ".docx"));
        assert!(!at("Les livrables sont remis au format PDF.", "PDF"));
    }

    /// The items of the "or" list the format named `at` stands in, as words, given the
    /// formats the reference data names in the sentence.
    fn list_of(text: &str, known: &[&str], at: &str) -> Option<Vec<String>> {
        let range_of = |name: &str| {
            let start = text
                .find(name)
                .unwrap_or_else(|| panic!("{name} not in {text}"));
            start..start + name.len()
        };
        let known: Vec<Range<usize>> = known.iter().map(|name| range_of(name)).collect();
        alternative_list(text, &range_of(at), &known).map(|items| {
            let mut words: Vec<String> = items.into_iter().map(|r| text[r].to_string()).collect();
            words.sort();
            words
        })
    }

    #[test]
    fn an_or_list_holds_formats_the_reference_data_does_not_name() {
        let text = "Les données sont exportées aux formats xlsx, odc ou SQL.";
        let expected = Some(vec![
            "SQL".to_string(),
            "odc".to_string(),
            "xlsx".to_string(),
        ]);
        assert_eq!(list_of(text, &["xlsx"], "xlsx"), expected);
        assert_eq!(
            list_of(
                "Los datos se exportan en .odc o en formato Excel.",
                &["formato Excel"],
                "formato Excel"
            ),
            Some(vec![".odc".to_string(), "formato Excel".to_string()])
        );
        assert_eq!(
            list_of(
                "Die Daten werden als XLSX, ODS oder SQL-Dump übergeben.",
                &["XLSX", "ODS", "SQL-Dump"],
                "ODS"
            ),
            Some(vec![
                "ODS".to_string(),
                "SQL-Dump".to_string(),
                "XLSX".to_string()
            ])
        );
    }

    #[test]
    fn a_list_joined_by_and_or_a_single_format_offers_no_choice() {
        assert_eq!(
            list_of(
                "Rapporten worden geleverd in PDF, CSV en XML.",
                &["PDF", "CSV", "XML"],
                "CSV"
            ),
            None
        );
        // "of" is Dutch for "or", and English for "of": a word that is no format is no item.
        assert_eq!(
            list_of("A copy of PDF files is kept.", &["PDF"], "PDF"),
            None
        );
        assert_eq!(
            list_of(
                "Deliverables in Word format or compatible.",
                &["Word format"],
                "Word format"
            ),
            None
        );
    }
}
