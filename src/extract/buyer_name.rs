//! The buyer's own name. Tenders call their buyer by its name ("l'AMF", "the DOL", "das
//! ITZBund") as often as by a designation ("le pouvoir adjudicateur"), and every pattern that
//! knows the designations ("fournis et exploités par l'acheteur", "les plateformes de la
//! collectivité") should know the name too. The name is found once per document; the fact
//! families then read a masked copy of each block, in which every byte of the name is
//! [`MASK`], a mark the buyer's designations include (`lexicon::BUYER`). Masking keeps every
//! byte offset, so quotes and positions stay those of the document.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::patterns::constant;

/// The byte that stands for each byte of the buyer's name in masked text.
pub(super) const MASK: char = '~';

/// What a public body's name begins with. A name that begins otherwise ("Application
/// Programming Interface") is no buyer's.
static BODY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"\b(?:Autorit[ée]|Agence|Minist[èe]re|Direction|Institut|Office|Caisse|Centre|Conseil|Commission|Commune|Communaut[ée]|D[ée]partement|R[ée]gion|Ville|M[ée]tropole|Pr[ée]fecture|Universit[ée]|[ÉE]tablissement|Authority|Agency|Ministry|Department|Council|Institute|University|Trust|Board|Bureau|Administration|Bundesamt|Bundesanstalt|Bundesagentur|Landesamt|Landesbetrieb|Beh[öo]rde|Stadt|Ministerium|Senatsverwaltung|Landkreis|Instituto|Agencia|Ministerio|Ayuntamiento|Consejer[íi]a|Diputaci[óo]n|Istituto|Agenzia|Ministero|Comune|Regione|Azienda|Autorit[àa]|Gemeente|Ministerie|Agentschap|Provincie|Rijksdienst)\b",
    )
});

/// An acronym: three to eight capitals ("CE" of "marquage CE" and "C1" of a language level are
/// too short to be a body's name; "ITZBund" is not one, its long form still is a name).
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| constant(r"\b\p{Lu}{3,8}\b"));

/// Words a name's initials skip: "Autorité des Marchés Financiers" is AMF.
const LINKING_WORDS: [&str; 34] = [
    "de", "des", "du", "la", "le", "les", "l", "d", "et", "of", "the", "and", "for", "für", "der",
    "die", "das", "und", "im", "del", "y", "los", "las", "di", "della", "delle", "dei", "e", "per",
    "van", "het", "voor", "en", "a",
];

/// Authorities that tenders cite for their standards and guidance far more often than they buy:
/// their acronym names them, not the buyer, even when spelled out.
const CITED_AUTHORITIES: [&str; 16] = [
    "ANSSI", "BSI", "CNIL", "ENISA", "NIST", "AGID", "ACN", "CCN", "AEPD", "EDPB", "EDPS", "ICO",
    "NCSC", "ANS", "HAS", "ARCEP",
];

/// How many of the most used acronyms are tried as the buyer's: the buyer's is among the few a
/// tender uses most, and a price list of thousands of product codes costs no more than these.
const CANDIDATES: usize = 8;

/// Words after which the buyer's name is the object of a phrase, not a qualifier.
const ARTICLES_AND_PREPOSITIONS: [&str; 24] = [
    "la", "le", "les", "de", "du", "des", "pour", "par", "à", "au", "the", "for", "by", "to", "of",
    "der", "die", "das", "für", "von", "el", "para", "per", "voor",
];

/// How often the buyer's acronym must be used, and how much more than any other candidate's,
/// before the document is read as calling its buyer by it.
const MIN_USES: usize = 3;
const DOMINANCE: usize = 2;

/// The names a document gives its buyer: an acronym and its long form.
#[derive(Debug, Default)]
pub(super) struct BuyerNames {
    /// The acronym as written or its long form in any case; none when the document names no
    /// buyer this way.
    pattern: Option<Regex>,
}

impl BuyerNames {
    /// The buyer's names in a document: an acronym used at least [`MIN_USES`] times, spelled out
    /// somewhere in it as the name of a public body ("Autorité des Marchés financiers" for AMF),
    /// and used at least [`DOMINANCE`] times as often as any other such acronym (a tender also
    /// cites other bodies).
    ///
    /// A buyer without an acronym may go by a short name of its own: the last words of a
    /// body's name ("die Leopoldina" for the "Deutsche Akademie der Naturforscher Leopoldina"),
    /// found by [`short_name`]; `is_place` keeps a town's name ("Stadt Gotha") from being
    /// taken for it, which would hide the places the tender names.
    pub(super) fn of<'a>(
        texts: impl Iterator<Item = &'a str>,
        is_place: impl Fn(&str) -> bool,
    ) -> Self {
        let texts: Vec<&str> = texts.collect();
        let mut uses: HashMap<&str, usize> = HashMap::new();
        for text in &texts {
            for found in ACRONYM.find_iter(text) {
                *uses.entry(found.as_str()).or_default() += 1;
            }
        }
        let mut most_used: Vec<(&str, usize)> = uses
            .into_iter()
            .filter(|(acronym, count)| *count >= MIN_USES && !CITED_AUTHORITIES.contains(acronym))
            .collect();
        // Most used first, then by name, so that the choice does not depend on hashing.
        most_used.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        most_used.truncate(CANDIDATES);
        let mut candidates: Vec<(&str, String, usize)> = most_used
            .into_iter()
            .filter_map(|(acronym, count)| {
                texts
                    .iter()
                    .find_map(|text| spelled_out(text, acronym))
                    .map(|long| (acronym, long, count))
            })
            .collect();
        candidates.sort_by_key(|(_, _, count)| std::cmp::Reverse(*count));
        match candidates.as_slice() {
            [(acronym, long, count), rest @ ..]
                if rest
                    .first()
                    .is_none_or(|(_, _, next)| *count >= DOMINANCE * next) =>
            {
                // The acronym as written, the long form in any case.
                let pattern = format!("{}|(?i:{})", regex::escape(acronym), regex::escape(long));
                BuyerNames {
                    pattern: Regex::new(&pattern).ok(),
                }
            }
            [] => short_name(&texts, is_place)
                .map(|name| BuyerNames {
                    pattern: Regex::new(&regex::escape(name)).ok(),
                })
                .unwrap_or_default(),
            _ => BuyerNames::default(),
        }
    }

    /// The text with every byte of the buyer's names, where they stand as words, set to
    /// [`MASK`]; the text itself when it names no buyer.
    ///
    /// German tenders also call their buyer "AG" (Auftraggeber) after an article or a
    /// preposition ("durch den AG", "vom AG"); after a name, "AG" is a company's form ("die
    /// Telekom AG") and stays.
    pub(super) fn mask<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let names = self.pattern.iter().flat_map(|pattern| {
            pattern
                .find_iter(text)
                .filter(|found| stands_as_word(text, found.start(), found.end()))
                .map(|found| found.range())
        });
        let designations = AG_DESIGNATION
            .captures_iter(text)
            .filter_map(|found| found.get(1).map(|ag| ag.range()));
        let mut masked: Option<String> = None;
        for range in names.chain(designations) {
            let mask = MASK.to_string().repeat(range.len());
            masked
                .get_or_insert_with(|| text.to_string())
                .replace_range(range, &mask);
        }
        masked.map_or(Cow::Borrowed(text), Cow::Owned)
    }

    /// Whether the buyer's name stands right before `end` of a text ("les plateformes AMF
    /// SharePoint": the buyer's own SharePoint).
    pub(super) fn just_before(masked: &str) -> bool {
        let before = masked.trim_end();
        let Some(name_start) = before
            .rfind(|c: char| c != MASK)
            .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        else {
            return before.ends_with(MASK);
        };
        if name_start == before.len() {
            return false;
        }
        // "déploie pour l'AMF Microsoft SharePoint": the name is the object of a preposition,
        // not a qualifier of the product.
        let preceding = before[..name_start].trim_end();
        !(preceding.ends_with(['\'', '’'])
            || preceding
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|word| {
                    ARTICLES_AND_PREPOSITIONS.contains(&word.to_lowercase().as_str())
                }))
    }
}

/// "AG" as the German designation of the buyer: right after an article or a preposition.
static AG_DESIGNATION: LazyLock<Regex> =
    LazyLock::new(|| constant(r"\b(?:den|dem|des|der|vom|beim|zum|durch|für|an)\s+(AG)\b"));

/// Head words of the bodies that go by a short name rather than an acronym: academies,
/// foundations, museums.
static NAMED_BODY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"\b(?:Akademie|Stiftung|Museum|Bibliothek|Académie|Fondation|Musée|Academy|Foundation|Fundación|Academia|Fondazione|Accademia|Stichting|Academie)\b",
    )
});

/// How many words after a body's head word its short name may stand.
const SHORT_NAME_REACH: usize = 4;

/// The short name a document gives its buyer: a capitalised word among the first words after
/// a body's head word ("Akademie der Naturforscher Leopoldina"), used at least [`MIN_USES`]
/// times as a word and [`DOMINANCE`] times as often as any other such word; never a place.
fn short_name<'a>(texts: &[&'a str], is_place: impl Fn(&str) -> bool) -> Option<&'a str> {
    let mut candidates: Vec<&str> = Vec::new();
    for text in texts {
        for head in NAMED_BODY_HEAD.find_iter(text) {
            for (_, word) in words_from(&text[head.end()..]).take(SHORT_NAME_REACH) {
                let capitalised = word.chars().next().is_some_and(char::is_uppercase)
                    && word.chars().skip(1).any(char::is_lowercase);
                if capitalised
                    && word.chars().count() >= 5
                    && !NAMED_BODY_HEAD.is_match(word)
                    && !LINKING_WORDS.contains(&word.to_lowercase().as_str())
                    && !candidates.contains(&word)
                    && !is_place(word)
                {
                    candidates.push(word);
                }
            }
        }
    }
    let uses = |word: &str| {
        texts
            .iter()
            .map(|text| {
                text.match_indices(word)
                    .filter(|(at, _)| stands_as_word(text, *at, at + word.len()))
                    .count()
            })
            .sum::<usize>()
    };
    let mut counted: Vec<(&str, usize)> = candidates.into_iter().map(|w| (w, uses(w))).collect();
    counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match counted.as_slice() {
        [(word, count), rest @ ..]
            if *count >= MIN_USES
                && rest
                    .first()
                    .is_none_or(|(_, next)| *count >= DOMINANCE * next) =>
        {
            Some(word)
        }
        _ => None,
    }
}

/// Whether `text[start..end]` is preceded and followed by no letter or digit.
fn stands_as_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The long form of `acronym` in `text`: words from a public body's head word whose initials,
/// linking words aside, spell the acronym ("Autorité des Marchés financiers" for AMF).
fn spelled_out(text: &str, acronym: &str) -> Option<String> {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    BODY_HEAD.find_iter(text).find_map(|head| {
        let mut matched = 0;
        for (offset, word) in words_from(&text[head.start()..]) {
            if LINKING_WORDS.contains(&word.to_lowercase().as_str()) {
                continue;
            }
            let initial = word.chars().next().map(base_letter)?;
            if letters.get(matched).copied().map(base_letter) != Some(initial) {
                return None;
            }
            matched += 1;
            if matched == letters.len() {
                return Some(text[head.start()..head.start() + offset + word.len()].to_string());
            }
        }
        None
    })
}

/// The words of a text with their byte offsets, apostrophes and hyphens splitting them
/// ("l'Informatique" gives "l" and "Informatique"), up to a sentence's end.
fn words_from(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let end = text.find(['.', ';', ':', '(', ',']).unwrap_or(text.len());
    let text = &text[..end];
    text.split_inclusive(|c: char| !c.is_alphanumeric())
        .scan(0, |at, piece| {
            let start = *at;
            *at += piece.len();
            Some((
                start,
                piece.trim_end_matches(|c: char| !c.is_alphanumeric()),
            ))
        })
        .filter(|(_, word)| !word.is_empty())
        .take(12)
}

/// A letter without its accent, in upper case: "É" and "e" are both E.
fn base_letter(c: char) -> char {
    let upper = c.to_uppercase().next().unwrap_or(c);
    match upper {
        'À' | 'Á' | 'Â' | 'Ä' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Í' | 'Î' | 'Ï' => 'I',
        'Ó' | 'Ô' | 'Ö' => 'O',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'Ç' => 'C',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronym_spelled_out_as_a_public_body_and_used_most_is_the_buyer() {
        let names = BuyerNames::of(
            IntoIterator::into_iter([
                "L'Autorité des Marchés financiers dispose d'applications SharePoint.",
                "Les environnements sont fournis et exploités par l'AMF.",
                "L'AMF valide les livrables. Le titulaire informe l'AMF.",
                "Les recommandations de l'ANSSI (Agence nationale de la sécurité des systèmes d'information) s'appliquent.",
            ]),
            |_| false,
        );
        assert_eq!(
            names.mask("fournis et exploités par l'AMF, selon l'ANSSI"),
            "fournis et exploités par l'~~~, selon l'ANSSI"
        );
        assert_eq!(
            names.mask("L'Autorité des marchés financiers dispose"),
            format!(
                "L'{} dispose",
                "~".repeat("Autorité des marchés financiers".len())
            )
        );
        // Inside a word, or in lower case, it is no name.
        assert_eq!(names.mask("AMFX et amf"), "AMFX et amf");
    }

    #[test]
    fn ag_after_an_article_is_the_buyer_after_a_name_a_company() {
        let none = BuyerNames::default();
        assert_eq!(
            none.mask("Die Seite wird durch den AG gehostet."),
            "Die Seite wird durch den ~~ gehostet."
        );
        assert_eq!(none.mask("vom AG gehostet"), "vom ~~ gehostet");
        assert_eq!(
            none.mask("im Rechenzentrum der Telekom AG"),
            "im Rechenzentrum der Telekom AG"
        );
    }

    #[test]
    fn a_body_without_an_acronym_goes_by_the_last_words_of_its_name() {
        let texts = [
            "Die Deutsche Akademie der Naturforscher Leopoldina veröffentlicht eine Stellungnahme.",
            "Das Corporate Design der Leopoldina gilt. Hosting durch die Leopoldina.",
            "Die Leopoldina stellt die Texte bereit.",
        ];
        let names = BuyerNames::of(texts.into_iter(), |_| false);
        assert_eq!(names.mask("durch die Leopoldina"), "durch die ~~~~~~~~~~");
        // A town is never the buyer's name: its places must stay readable.
        let town = BuyerNames::of(
            [
                "Die Stiftung Schloss Gotha lädt ein.",
                "Server in Gotha. Daten in Gotha. Backups in Gotha.",
            ]
            .into_iter(),
            |word| word == "Gotha",
        );
        assert_eq!(town.mask("Server in Gotha"), "Server in Gotha");
    }

    #[test]
    fn no_buyer_without_a_body_spelled_out_or_with_two_bodies_used_alike() {
        // An acronym used often but spelled out as something else than a public body.
        let api = BuyerNames::of(
            IntoIterator::into_iter([
                "The Application Programming Interface (API) is documented. The API is versioned. Each API call is logged.",
            ]),
            |_| false,
        );
        assert_eq!(api.mask("the API"), "the API");
        // Two bodies, each used as often: neither is read as the buyer.
        let two = BuyerNames::of(
            IntoIterator::into_iter([
                "Department of Labor (DOL) and Office of Personnel Management (OPM).",
                "DOL and OPM. DOL and OPM. DOL and OPM.",
            ]),
            |_| false,
        );
        assert_eq!(two.mask("DOL hosts"), "DOL hosts");
        // A standards body cited throughout is not the buyer.
        let bsi = BuyerNames::of(
            IntoIterator::into_iter([
                "Bundesamt für Sicherheit in der Informationstechnik (BSI): BSI C5, BSI IT-Grundschutz, BSI TR-03116.",
            ]),
            |_| false,
        );
        assert_eq!(bsi.mask("das BSI"), "das BSI");
        // Two letters are too short to be a body's name: "marquage CE".
        let ce = BuyerNames::of(
            IntoIterator::into_iter([
                "Commission européenne (CE): marquage CE, norme CE, déclaration CE.",
            ]),
            |_| false,
        );
        assert_eq!(ce.mask("le marquage CE"), "le marquage CE");
    }

    #[test]
    fn the_name_qualifies_a_product_only_right_before_it() {
        assert!(BuyerNames::just_before("les plateformes ~~~ "));
        assert!(!BuyerNames::just_before("déploie pour l'~~~ "));
        assert!(!BuyerNames::just_before("for the ~~~ "));
        assert!(!BuyerNames::just_before("les plateformes "));
    }
}
