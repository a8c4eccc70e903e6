//! A document's table of contents: its entries state nothing, and the sections it announces
//! tell whether the text read holds the document it lists.
//!
//! An entry "FASE DE DEVOLUCIÓN DEL SERVICIO … 36" names a section, not its terms: read as a
//! sentence it made a reversibility clause whose terms the tool then found lacking. And a
//! contents page announcing "Attività successive alla cessazione del servizio" on page 17 of a
//! file whose text stops on page 2 (an excerpt, a file cut short, a transcription of its first
//! pages) does not lack that clause: the text read is not the whole document.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Block, BlockKind, Document};
use crate::patterns::constant;

/// The title of a table of contents, capitalised as a title is ("Sommaire", "INHALTSVERZEICHNIS";
/// not "the contents of the mailbox").
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?:^|[^\p{L}])(?:SOMMAIRE|Sommaire|CONTENU|Contenu|TABLE DES MATI[ÈE]RES|Table des mati[èe]res|[ÍI]NDICE|[ÍI]ndice(?: de contenidos?| general)?|SOMMARIO|Sommario|INHALTSVERZEICHNIS|Inhaltsverzeichnis|INHALT|Inhalt|INHOUDSOPGAVE|Inhoudsopgave|INHOUD|Inhoud|TABLE OF CONTENTS|Table of [Cc]ontents|CONTENTS|Contents)(?:$|[^\p{L}])",
    )
});

/// An entry's page number after dot leaders ("Réversibilité ........ 12", "FLEXIBEL IN
/// GEBRUIK...7") or after the word for page, at the entry's end or before the next entry
/// ("OGGETTO DELL'APPALTO | pag. | 4 |", "STATO ATTUALE DEL SERVIZIO pag. 13 ART. B. 3").
static LEADER: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?:\.{3,}|…+)\s*\d{1,3}(?:$|\D)|(?:^|[^\p{L}])(?:pag|pág|page|Seite|blz)\.?\s*\|?\s*\d{1,3}\s*\|?\s*(?:$|\p{Lu})",
    )
});

/// A section's number before its title ("ARTICLE 4 :", "4.2 L'infrastructure", "3.
/// Caratteristiche", "§ 5 Haftung").
static SECTION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?:\b(?:ARTICLE|Article|ARTÍCULO|Artículo|ARTICOLO|Articolo|ARTIKEL|Artikel|CHAPITRE|Chapitre|KAPITEL|Kapitel|CAPITOLO|Capitolo|CAPÍTULO|Capítulo|HOOFDSTUK|Hoofdstuk|SECTION|Section)\s+\d+|§\s*\d+|\b\d{1,2}(?:\.\d{1,2})*\.?)\s*[:.\-–]?\s*\p{Lu}",
    )
});

/// The end of a sentence: a word of small letters and a full stop, then the next sentence or the
/// end ("Contents of the mailbox shall be returned."; not "ART. 1").
static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| constant(r"\p{Ll}{2,}\.(?:\s+\p{Lu}|\s*$)"));

/// One entry a line, its page number at the end, right after other entries: "1. OBJETO DE LA
/// CONTRATACIÓN 3", "Anejo 4: Requisitos del proyecto 27".
static ENTRY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"^\s*(?:(?:ARTICLE|Article|Art\.|ANEXO|Anexo|ANEJO|Anejo|ANNEXE|Annexe|ANNEX|Annex|ALLEGATO|Allegato|ANLAGE|Anlage|BIJLAGE|Bijlage|CHAPITRE|Chapitre|KAPITEL|Kapitel|CAPITOLO|Capitolo)\s*[0-9IVX]+|[0-9]{1,2}(?:\.[0-9]{1,2})*\.?)\s*[:.\-–]?\s*\S.{0,100}\s[0-9]{1,3}\s*$",
    )
});

/// Words of a table of contents too common to tell one section from another.
const COMMON: &[&str] = &[
    "article",
    "articles",
    "artículo",
    "articolo",
    "artikel",
    "chapitre",
    "kapitel",
    "capitolo",
    "capítulo",
    "hoofdstuk",
    "section",
    "annexe",
    "anexo",
    "allegato",
    "anlage",
    "bijlage",
    "annex",
    "sommaire",
    "índice",
    "indice",
    "sommario",
    "inhaltsverzeichnis",
    "inhoudsopgave",
    "contents",
    "pagina",
    "página",
    "seite",
];

/// Entries found in blocks of fewer characters than this, at one section number or more per
/// `CHARACTERS_PER_ENTRY`, make a block of entries with no title of its own (the second page of
/// the contents).
const CHARACTERS_PER_ENTRY: usize = 60;

/// A page number after an entry's last word: "CONTRATACIÓN 3", "de seguridad 39".
static PAGE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| constant(r"\p{L}[\s.…]+([0-9]{1,3})(?:\s|$)"));

/// Pages announced below which the length of the text is not judged, and the fewest characters
/// a page of a tender holds (a sparse one: most hold 2,000 or more).
const MIN_PAGES: usize = 5;
const CHARACTERS_PER_PAGE: usize = 400;

/// Distinct words of the contents below which no judgement is made on what the text holds.
const MIN_WORDS: usize = 8;

/// The tables of contents of a document: which blocks are entries, and whether the sections
/// they announce are in the text read.
#[derive(Debug, Default)]
pub(super) struct Contents {
    /// For each block of the document, whether it belongs to a table of contents.
    entries: Vec<bool>,
    /// The first block of the contents, by index.
    first: Option<usize>,
    /// Whether most words of the contents' titles are nowhere else in the document.
    not_held: bool,
    /// The first block stating the document's page count ("page 1 of 77") when the text read
    /// is far too short for it.
    pages_stated_not_held: Option<usize>,
    /// The last block, when the text stops in the middle of a sentence.
    cut_mid_sentence: Option<usize>,
}

impl Contents {
    /// Reads the tables of contents of a document.
    pub(super) fn of(document: &Document) -> Self {
        let mut entries = Vec::with_capacity(document.blocks.len());
        let mut previous = false;
        for block in &document.blocks {
            let entry = is_entry(block, previous);
            entries.push(entry);
            previous = entry;
        }
        mark_runs_of_entry_lines(document, &mut entries);
        // The block quoted: the first with entries, not a title alone ("Sommaire").
        let first = (0..entries.len())
            .find(|&i| entries[i] && document.blocks[i].text.len() >= 40)
            .or_else(|| entries.iter().position(|e| *e));
        let ends_in_contents = ends_in_contents(document, &entries);
        let first = first.or(ends_in_contents);
        let not_held = first.is_some()
            && (ends_in_contents.is_some()
                || sections_not_held(document, &entries)
                || pages_not_held(document, &entries));
        Contents {
            entries,
            first,
            not_held,
            pages_stated_not_held: pages_stated_not_held(document),
            cut_mid_sentence: cut_mid_sentence(document),
        }
    }

    /// Whether the block at `index` is part of a table of contents.
    pub(super) fn is_entry(&self, index: usize) -> bool {
        self.entries.get(index).copied().unwrap_or(false)
    }

    /// The block that shows the text read is not the whole document: the first of a table of
    /// contents whose sections are not in the text, else one stating a page count the text is
    /// far too short for, else the last, when the text stops in the middle of a sentence.
    pub(super) fn sign_of_text_not_held(&self) -> Option<usize> {
        self.first
            .filter(|_| self.not_held)
            .or(self.pages_stated_not_held)
            .or(self.cut_mid_sentence)
    }

    /// Whether the sign is the text's end, cut in the middle of a sentence: its evidence quotes
    /// where the text stops, not where the block starts.
    pub(super) fn shown_by_its_end(&self) -> bool {
        self.cut_mid_sentence.is_some()
            && self
                .first
                .filter(|_| self.not_held)
                .or(self.pages_stated_not_held)
                .is_none()
    }
}

/// Whether a block is (part of) a table of contents: a title followed by numbered entries, entries
/// with dot leaders, or, right after such a block, a run of numbered titles.
fn is_entry(block: &Block, after_entry: bool) -> bool {
    if entries_kind_excluded(block) {
        return false;
    }
    let text = block.text.as_str();
    let leaders = LEADER.find_iter(text).count();
    // One entry a paragraph, as word processors lay them out ("1. Objet ........ 4").
    if leaders >= 2 || (leaders == 1 && text.len() <= 200) {
        return true;
    }
    if let Some(title) = TITLE.find(text) {
        let numbered = SECTION_NUMBER.find_iter(&text[title.end()..]).count();
        // A block that opens on the title and states nothing ("2 SOMMARIO PREMESSA SERVIZI DI
        // GESTIONE DI SITI WEB HOSTING DI SITI WEB …", its page numbers lost in a transcription).
        let opens_on_it = text[..title.start()]
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || c.is_ascii_punctuation())
            && !SENTENCE_END.is_match(text);
        if numbered >= 3
            || leaders >= 1
            || opens_on_it
            || (block.kind == BlockKind::Heading && text.len() <= 40)
        {
            return true;
        }
    }
    if after_entry {
        let numbered = SECTION_NUMBER.find_iter(text).count();
        return (numbered >= 3 && numbered * CHARACTERS_PER_ENTRY >= text.len())
            || ENTRY_LINE.is_match(text);
    }
    false
}

/// Entry lines in a row with no title before them ("1.1. Tipologia Servizi L1.S1 – IaaS 5",
/// "1.1.1. Servizio L1.S1.1 – Virtual Machine 6", …), their pages rising: a table of contents
/// whose title the text lost. Fewer than `ENTRY_RUN` could be numbered headings.
fn mark_runs_of_entry_lines(document: &Document, entries: &mut [bool]) {
    let page_of = |block: &Block| -> Option<usize> {
        if entries_kind_excluded(block) || !ENTRY_LINE.is_match(&block.text) {
            return None;
        }
        block
            .text
            .split_whitespace()
            .last()
            .and_then(|page| page.parse().ok())
    };
    let mut start = 0;
    while start < document.blocks.len() {
        let mut end = start;
        let mut last_page = 0;
        while let Some(page) = document.blocks.get(end).and_then(page_of) {
            if page < last_page {
                break;
            }
            last_page = page;
            end += 1;
        }
        if end - start >= ENTRY_RUN {
            entries[start..end]
                .iter_mut()
                .for_each(|entry| *entry = true);
        }
        start = end.max(start + 1);
    }
}

/// Entry lines in a row from which they are a table of contents without a title.
const ENTRY_RUN: usize = 4;

/// Headers, footers and metadata are never entries.
fn entries_kind_excluded(block: &Block) -> bool {
    matches!(
        block.kind,
        BlockKind::Header | BlockKind::Footer | BlockKind::Metadata
    )
}

/// The last block of a text that stops in its table of contents (an entry, or a line ending on
/// dot leaders whose page number was cut: "1. BACKGROUND ........"), when it does: a document
/// never ends on its contents, a transcription of its first pages does.
fn ends_in_contents(document: &Document, entries: &[bool]) -> Option<usize> {
    let last = last_block(document)?;
    (entries[last] || TRAILING_LEADER.is_match(&document.blocks[last].text)).then_some(last)
}

/// The index of the text's last block: not a running header or footer, not empty.
fn last_block(document: &Document) -> Option<usize> {
    document
        .blocks
        .iter()
        .rposition(|block| !entries_kind_excluded(block) && !block.text.trim().is_empty())
}

/// Dot leaders at the end of a line, before a page number or where it was cut.
static TRAILING_LEADER: LazyLock<Regex> =
    LazyLock::new(|| constant(r"\p{L}\s*(?:\.{4,}|…{2,})\s*[0-9]{0,3}\s*$"));

/// Whether most of the distinct words of the contents' titles appear nowhere else in the
/// document: the sections they name are not in the text read.
fn sections_not_held(document: &Document, entries: &[bool]) -> bool {
    let mut announced = HashSet::new();
    let mut elsewhere = HashSet::new();
    for (block, entry) in document.blocks.iter().zip(entries) {
        if *entry {
            announced.extend(words(&block.text));
        } else {
            elsewhere.extend(words(&block.text));
        }
    }
    if announced.len() < MIN_WORDS {
        return false;
    }
    // A transcription may glue or split words ("INFRASTRUCTUUROMSCHRIJVING" for the heading
    // "Infrastructuur omschrijving"): a word of the contents is held if the text has its
    // letters in a row, spaces aside.
    let mut letters = None;
    let held = announced
        .iter()
        .filter(|word| {
            elsewhere.contains(*word)
                || letters
                    .get_or_insert_with(|| letters_in_a_row(document, entries))
                    .contains(word.as_str())
        })
        .count();
    held * 2 < announced.len()
}

/// The text outside the contents, lowercased, its whitespace taken out.
fn letters_in_a_row(document: &Document, entries: &[bool]) -> String {
    document
        .blocks
        .iter()
        .zip(entries)
        .filter(|(_, entry)| !**entry)
        .flat_map(|(block, _)| block.text.chars())
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether the text after the contents is far too short for the pages they announce: "Anejo 5:
/// Requisitos de seguridad 39" before a page and a half of text.
fn pages_not_held(document: &Document, entries: &[bool]) -> bool {
    // The first table of contents: entry lines further on with numbers at their ends are more
    // likely a table of points or prices ("Descripción de la compatibilidad … 5") than pages.
    let Some(first) = entries.iter().position(|e| *e) else {
        return false;
    };
    let last = entries[first..]
        .iter()
        .position(|e| !*e)
        .map_or(entries.len(), |end| first + end)
        - 1;
    let numbers = document.blocks[first..=last]
        .iter()
        .flat_map(|block| PAGE_NUMBER.captures_iter(&block.text))
        .filter_map(|page| page.get(1)?.as_str().parse::<usize>().ok());
    let announced = last_page(numbers, document.pages.map(|p| p as usize));
    let held: usize = document.blocks[last + 1..]
        .iter()
        .map(|b| b.text.chars().count())
        .sum();
    too_short_for(held, announced)
}

/// Whether `held` characters of text are far too few for `pages` pages.
fn too_short_for(held: usize, pages: usize) -> bool {
    pages >= MIN_PAGES && held < (pages - 2) * CHARACTERS_PER_PAGE
}

/// The last page a table of contents announces, from the numbers after its entries in order:
/// pages rise by a section at a time, so a number far beyond the page before ("… hors
/// Microsoft 365" after page 19) or beyond the file's own pages names something else.
fn last_page(numbers: impl Iterator<Item = usize>, pages_in_file: Option<usize>) -> usize {
    numbers
        .filter(|page| pages_in_file.is_none_or(|pages| *page <= pages))
        .fold(0, |last, page| {
            if page >= last && page <= last + MAX_PAGES_PER_SECTION {
                page
            } else {
                last
            }
        })
}

/// The most pages one section of a table of contents is taken to run over.
const MAX_PAGES_PER_SECTION: usize = 40;

/// A page's number out of the document's pages, as viewers and footers print it: "You are on
/// page 1of 77", "Page 3 of 12", "Seite 3 von 12", "Pag. 1 di 63", "página 2 de 40", "Page
/// 1/25", a footer a reader split over lines ("Seite 1" / "-" / "von 6"), and the first page's
/// number alone opening a line ("1/38"; not a date, "1/12/2024").
static PAGE_OF: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:\b(?:page|seite|pagina|página|pag\.)\s*[0-9]{1,4}\s*(?:[-–]\s*)?(?:(?:of|von|sur|de|di|van)\s*|/\s*)|(?m:^)1\s*/\s*)([0-9]{1,4})(?:[^/0-9]|$)",
    )
});

/// A document host's header, its views glued to the pages ("24 vues51 pages", "12 views 30
/// pages"): the page count of the document whose first page follows.
static VIEWS_AND_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    constant(r"(?i)\b[0-9]+\s*(?:vues|views|Aufrufe)\s*([0-9]{1,4})\s*(?:pages|Seiten)\b")
});

/// The first block stating a page count ("page 1 of 77") that the text read is far too short
/// for: the first pages of a document, transcribed or cut short. The blocks are read as one
/// text, lines apart, so that a count split over blocks is read too.
fn pages_stated_not_held(document: &Document) -> Option<usize> {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(document.blocks.len());
    for block in &document.blocks {
        starts.push(text.len());
        text.push_str(&block.text);
        text.push('\n');
    }
    let (at, pages) = PAGE_OF
        .captures_iter(&text)
        .chain(VIEWS_AND_PAGES.captures_iter(&text))
        .filter_map(|c| Some((c.get(0)?.start(), c.get(1)?.as_str().parse::<usize>().ok()?)))
        .max_by_key(|(at, pages)| (*pages, std::cmp::Reverse(*at)))?;
    let index = starts
        .partition_point(|start| *start <= at)
        .saturating_sub(1);
    let held: usize = document.blocks.iter().map(|b| b.text.chars().count()).sum();
    too_short_for(held, pages).then_some(index)
}

/// The last block of a text that stops in the middle of a sentence: "… ist Punkt 2.10 der
/// Bewerbungsbedingungen zu beachten. Bei Bietergemeinschaften sind die geforderten", a list
/// whose items end on semicolons and whose last stops at "pour justifier qu". An excerpt cut at
/// a length, or a file cut short; a document's own end is a full stop, a signature or a date.
/// The unfinished sentence must be long enough not to be a title, a signature line or an item
/// of an unpunctuated list.
fn cut_mid_sentence(document: &Document) -> Option<usize> {
    let index = last_block(document)?;
    let block = &document.blocks[index];
    // A last paragraph that goes on with the block before it, which stopped on a short word
    // that cannot end a sentence ("… Vertragsbedingungen für die Erbringung von
    // IT-Dienstleistungen in" / "der bei Vertragsschluss ge"): a reader broke one sentence over
    // two blocks. A line ending on a noun ("… qualité du signataire" / "Fin du document") is
    // a line of its own.
    let continued = (block.kind == BlockKind::Paragraph)
        .then(|| index.checked_sub(1))
        .flatten()
        .and_then(|i| document.blocks.get(i))
        .filter(|previous| {
            !entries_kind_excluded(previous)
                && previous.text.split_whitespace().last().is_some_and(|word| {
                    word.chars().all(char::is_lowercase) && word.chars().count() <= 3
                })
        })
        .map(|previous| format!("{} {}", previous.text.trim_end(), block.text.trim()));
    let text = continued.as_deref().unwrap_or(block.text.trim_end());
    // "A , le / Signature du candidat / Nom, prénom et qualité du signataire / Cachet de la
    // société": a bid form ends on the fields its signatory fills in, as it is (v62).
    if is_a_signature_block(text) {
        return None;
    }
    // "Richiamati:", "… servicios de gestión,", "… (zie artikel 4 van": a text that ends
    // announcing more, or inside a bracket its last paragraph opened, stops short. Not on a semicolon, which
    // ends the last item of many a list; nor inside curly quotes, which German closes with the
    // mark English opens with („…“).
    if block.kind != BlockKind::TableCell
        && !is_a_form_field(text)
        && (text.trim_end().ends_with([':', ','])
            || left_open(text, '(', ')')
            || left_open(text, '«', '»'))
    {
        return Some(index);
    }
    let last_word = text.split_whitespace().last()?;
    let ends_on_a_small_word = last_word.chars().next().is_some_and(char::is_lowercase)
        && last_word
            .trim_end_matches(['\'', '’'])
            .chars()
            .last()
            .is_some_and(char::is_alphabetic);
    // German and Dutch nouns are capitalised: "… folgender Rahmenbedingungen des
    // Plattformbetrei" stops on a noun its article announces, in a long sentence.
    let word_before = text.split_whitespace().rev().nth(1).unwrap_or_default();
    let ends_on_an_announced_noun = last_word.chars().next().is_some_and(char::is_uppercase)
        && last_word.chars().all(char::is_alphabetic)
        && ARTICLES_BEFORE_A_NOUN.contains(&word_before);
    if !(ends_on_a_small_word || ends_on_an_announced_noun)
        || VERBS_THAT_END_SENTENCES.contains(&last_word)
    {
        return None;
    }
    // The unfinished sentence: what follows the block's last sentence end.
    let tail_start = SENTENCE_BREAK.find_iter(text).last().map(|m| m.end());
    let unfinished = text[tail_start.unwrap_or(0)..].split_whitespace().count();
    // An elided article or preposition ("… mettre à disposition de l’", "dell'") or an
    // article ("siguiendo las exigencias de, las") announces a word to come: nothing ends on
    // it.
    // "… Work with i": a single small letter ends no sentence in these languages; it is a
    // word cut, or an article ("i", "e", "o", "y" in Italian and Spanish) announcing one.
    let a_letter_alone = last_word.chars().count() == 1 && ends_on_a_small_word;
    if (announces_a_word(last_word) || a_letter_alone) && unfinished >= MIN_WORDS_CUT_ON_AN_ARTICLE
    {
        return Some(index);
    }
    if ends_on_an_announced_noun && unfinished < MIN_WORDS_CUT_ALONE {
        return None;
    }
    let cut = match block.kind {
        BlockKind::Paragraph if tail_start.is_some() => {
            unfinished >= MIN_WORDS_CUT_AFTER_A_SENTENCE
        }
        BlockKind::Paragraph => unfinished >= MIN_WORDS_CUT_ALONE,
        BlockKind::ListItem => {
            let punctuated_list = index
                .checked_sub(1)
                .and_then(|i| document.blocks.get(i))
                .is_some_and(|previous| {
                    previous.kind == BlockKind::ListItem
                        && previous.text.trim_end().ends_with([';', '.', ','])
                });
            punctuated_list && unfinished >= MIN_WORDS_CUT_IN_A_LIST
        }
        _ => false,
    };
    cut.then_some(index)
}

/// Whether a short line is a field of a form left to fill in ("Signature du candidat :",
/// "Date :", "Ort, Datum:"), which ends a bid form as it is.
fn is_a_form_field(text: &str) -> bool {
    let (words, fields) = form_field_words(text.rsplit('\n').next().unwrap_or(text));
    words <= 6 && fields >= 1
}

/// Whether a short last block holds the fields a form's signatory fills in: two words of
/// them at least ("Signature", "Nom", "Cachet"), in at most thirty words.
fn is_a_signature_block(text: &str) -> bool {
    let (words, fields) = form_field_words(text);
    words <= 30 && fields >= 2
}

/// How many words a text has, and how many different words of a form's fields among them.
fn form_field_words(text: &str) -> (usize, usize) {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut fields: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|word| FORM_FIELD_WORDS.contains(word))
        .collect();
    fields.sort_unstable();
    fields.dedup();
    (words.len(), fields.len())
}

/// The words of the fields that end a form, in the six languages read.
const FORM_FIELD_WORDS: &[&str] = &[
    "signature",
    "date",
    "cachet",
    "fait",
    "nom",
    "name",
    "place",
    "stamp",
    "unterschrift",
    "datum",
    "ort",
    "stempel",
    "firma",
    "fecha",
    "lugar",
    "sello",
    "data",
    "luogo",
    "timbro",
    "handtekening",
    "plaats",
];

/// Whether `text` opens more brackets or quotations of a kind than it closes.
fn left_open(text: &str, open: char, close: char) -> bool {
    text.matches(open).count() > text.matches(close).count()
}

/// Whether a word is an elided article, pronoun or preposition of French or Italian ("l’",
/// "qu'", "dell’") or an article that cannot end a sentence ("las", "the", "einem"): the next
/// word completes it.
fn announces_a_word(word: &str) -> bool {
    match word.strip_suffix(['\'', '’']) {
        Some(stem) => ELIDED_WORDS.contains(&stem.to_lowercase().as_str()),
        None => ARTICLES.contains(&word),
    }
}

const ELIDED_WORDS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "dell",
    "all", "nell", "sull", "dall", "coll", "un", "quell", "quest",
];

/// Articles no sentence ends on, in lower case (a pronoun of the same spelling, "la", "die",
/// may end one, so it is not here).
const ARTICLES: &[&str] = &[
    "the", "an", "les", "une", "des", "aux", "los", "las", "una", "unos", "unas", "del", "gli",
    "della", "delle", "degli", "dei", "der", "dem", "den", "einen", "einem", "einer", "het", "een",
];

/// The German and Dutch articles and contractions that announce a noun to come.
const ARTICLES_BEFORE_A_NOUN: &[&str] = &[
    "des", "der", "dem", "den", "die", "das", "eines", "einer", "einem", "vom", "zum", "zur",
    "beim", "het", "de", "een",
];

/// German and Dutch put the finite verb of a subordinate clause last: "… dass auch eine
/// Prüfung anderer Schichten möglich ist" ends a sentence whose full stop a short text left out.
const VERBS_THAT_END_SENTENCES: &[&str] = &[
    "ist", "sind", "wird", "werden", "wurde", "wurden", "kann", "können", "soll", "sollen", "muss",
    "müssen", "darf", "dürfen", "hat", "haben", "is", "zijn", "wordt", "kan", "moet", "moeten",
    "heeft", "hebben",
];

/// A sentence's end within a block: a full stop, question or exclamation mark, colon or
/// semicolon, then a space.
static SENTENCE_BREAK: LazyLock<Regex> = LazyLock::new(|| constant(r"[.!?:;]\s+"));

/// Words the unfinished last sentence holds at least, after a finished one in its paragraph,
/// alone in its paragraph, as the last item of a list whose items end on punctuation, and
/// before an article.
const MIN_WORDS_CUT_AFTER_A_SENTENCE: usize = 5;
const MIN_WORDS_CUT_ALONE: usize = 10;
const MIN_WORDS_CUT_IN_A_LIST: usize = 4;
const MIN_WORDS_CUT_ON_AN_ARTICLE: usize = 3;

/// The words of five letters or more of a text, lowercased, but the common ones.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() >= 5)
        .map(str::to_lowercase)
        .filter(|word| !COMMON.contains(&word.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn document(texts: &[&str]) -> Document {
        Document::of_paragraphs("test.txt", texts)
    }

    /// Which blocks of these paragraphs are entries of a table of contents.
    fn entries(texts: &[&str]) -> Vec<bool> {
        let contents = Contents::of(&document(texts));
        (0..texts.len()).map(|i| contents.is_entry(i)).collect()
    }

    const CONTENTS: &str = "SOMMAIRE ARTICLE 1 : OBJET DE LA CONSULTATION 4 ARTICLE 2 : PIECES DU MARCHE 4 ARTICLE 3 : DESCRIPTION DES INSTALLATIONS INFORMATIQUES 5 3.1. Architecture informatique 5 ARTICLE 4 : REVERSIBILITE ET RESTITUTION DES DONNEES 7 ARTICLE 5 : HEBERGEMENT ET LOCALISATION 9";

    #[test]
    fn an_excerpt_that_stops_after_its_contents_holds_none_of_the_sections() {
        let excerpt = document(&[
            "CAHIER DES CLAUSES PARTICULIERES",
            CONTENTS,
            "ARTICLE 11 : REGLEMENT DES COMPTES 11 11.1. Modalités de facturation 11 11.2. Modalités de règlement 11 ARTICLE 12 : RESPONSABILITE 12",
            "ARTICLE 1 : OBJET DE LA CONSULTATION Le présent marché a pour objet l'hébergement de la",
        ]);
        let contents = Contents::of(&excerpt);
        assert_eq!(
            (0..4).map(|i| contents.is_entry(i)).collect::<Vec<_>>(),
            [false, true, true, false]
        );
        assert_eq!(contents.sign_of_text_not_held(), Some(1));
        // "Contenu" titles a table of contents as "Sommaire" does; as a word of prose it titles
        // nothing.
        let transcribed = document(&[
            "1 MARCHE PUBLIC DE FOURNITURES Fourniture, installation et maintenance d un logiciel de facturation",
            "2 Contenu Chapitre I - Dispositions Générales 5 Article 1 - Objet du marché Contexte Description générale du marché Obligations du titulaire 5 Article 2 - Durée du marché 5 Article 3 - Phasage des prestations et délais d exécution 6 Article 4 - Périmètre d exécution du marché 7",
        ]);
        assert_eq!(Contents::of(&transcribed).sign_of_text_not_held(), Some(1));
        let prose = document(&[
            "Le titulaire assure l'hébergement du site.",
            "Contenu éditorial : le titulaire met en forme les textes fournis par la commune.",
        ]);
        assert_eq!(
            entries(&[
                "Le titulaire assure l'hébergement du site.",
                "Contenu éditorial : le titulaire met en forme les textes fournis par la commune."
            ]),
            [false, false]
        );
        assert_eq!(Contents::of(&prose).sign_of_text_not_held(), None);
    }

    #[test]
    fn a_whole_document_holds_the_sections_its_contents_announce() {
        // Nine pages announced: the sections hold the text of nine pages.
        let body = "Le titulaire exécute les prestations décrites au présent article selon les règles de l'art. ".repeat(40);
        let whole = document(&[
            CONTENTS,
            "ARTICLE 1 : OBJET DE LA CONSULTATION",
            &body,
            "Le marché porte sur l'hébergement. ARTICLE 2 : PIECES DU MARCHE. ARTICLE 3 : DESCRIPTION DES INSTALLATIONS INFORMATIQUES. 3.1. Architecture informatique.",
            "ARTICLE 4 : REVERSIBILITE ET RESTITUTION DES DONNEES. Le titulaire restitue les données.",
            "ARTICLE 5 : HEBERGEMENT ET LOCALISATION. Les données sont hébergées en France.",
        ]);
        let contents = Contents::of(&whole);
        assert!(contents.is_entry(0));
        assert!(!contents.is_entry(3));
        assert_eq!(contents.sign_of_text_not_held(), None);
    }

    #[test]
    fn a_page_count_the_text_is_far_too_short_for_marks_an_excerpt() {
        let first_page = document(&[
            "You are on page 1of 77",
            "Request for Tenders for the Provision of Migration from Lync Server 2013 to Skype for Business Server 2019",
        ]);
        assert_eq!(Contents::of(&first_page).sign_of_text_not_held(), Some(0));
        let body = "The contractor shall provide the services described in this part. ".repeat(30);
        let whole = document(&[
            "Page 1 of 3",
            &body,
            "Page 2 of 3",
            &body,
            "Page 3 of 3",
            &body,
        ]);
        assert_eq!(Contents::of(&whole).sign_of_text_not_held(), None);
    }

    #[test]
    fn a_page_count_split_over_lines_or_with_a_slash_is_read() {
        for texts in [
            &[
                "EVB-IT Dienstvertrag",
                "Seite 1",
                "-",
                "von 9",
                "Zwischen der Senatorin für Finanzen",
            ][..],
            &["Page 1/25", "Création d'un site Internet pour les musées."][..],
            &["PLIEGO DE PRESCRIPCIONES TÉCNICAS", "1/38 1. Antecedentes"][..],
            &[
                "0% ont trouvé ce document utile (0 vote) 24 vues51 pages",
                "CCTP - Tmma",
            ][..],
        ] {
            let sign = Contents::of(&document(texts)).sign_of_text_not_held();
            assert!(sign.is_some(), "{texts:?}");
        }
        // A date opening a line counts no pages.
        let dated = document(&[
            "PLIEGO DE PRESCRIPCIONES TÉCNICAS",
            "1/12/2024 Antecedentes",
        ]);
        assert_eq!(Contents::of(&dated).sign_of_text_not_held(), None);
    }

    #[test]
    fn a_text_that_stops_in_its_contents_is_cut() {
        let cover = [
            "OPEN CALL FOR TENDERS Tender Specifications Web Hosting and Web Development services",
            "Part 1 Introduction",
            "CONTENTS",
            "PART 1 INTRODUCTION........................ 4",
            "1. BACKGROUND ..................",
        ];
        assert_eq!(
            Contents::of(&document(&cover)).sign_of_text_not_held(),
            Some(3)
        );
        // Contents followed by the sections they announce are a whole document's.
        let body = "The contractor shall host the website in the European Union.";
        let whole = [
            "CONTENTS",
            "1. BACKGROUND ........................ 2",
            "2. HOSTING ........................ 2",
            "1. BACKGROUND",
            body,
            "2. HOSTING",
            body,
        ];
        assert_eq!(
            Contents::of(&document(&whole)).sign_of_text_not_held(),
            None
        );
    }

    #[test]
    fn a_sentence_broken_over_two_blocks_is_read_whole_at_the_end() {
        let texts = [
            "2.1 Es gelten nacheinander als Vertragsbestandteile:",
            "- Vertragsanlage(n) Nr. 1 und 2 - Ergänzende Vertragsbedingungen für die Erbringung von IT-Dienstleistungen in",
            "der bei Vertragsschluss ge",
        ];
        assert_eq!(
            Contents::of(&document(&texts)).sign_of_text_not_held(),
            Some(2)
        );
        let signed = [
            "Document à signer par le candidat en y ajoutant date, nom et qualité du signataire",
            "Fin du document",
        ];
        assert_eq!(
            Contents::of(&document(&signed)).sign_of_text_not_held(),
            None
        );
    }

    #[test]
    fn a_text_that_stops_in_the_middle_of_a_sentence_is_cut() {
        let cut = |texts: &[&str]| Contents::of(&document(texts)).sign_of_text_not_held();
        let opening = "Der Auftragnehmer betreibt die Plattform.";
        // After a finished sentence of its paragraph, five words and no end.
        assert_eq!(
            cut(&[
                opening,
                "Punkt 2.10 ist zu beachten. Bei Bietergemeinschaften sind die geforderten"
            ]),
            Some(1)
        );
        assert_eq!(
            cut(&[
                opening,
                "Ces réflexions ne peuvent être menées avec l’infrastructure actuel"
            ]),
            None,
            "ten words alone in a paragraph are needed"
        );
        assert_eq!(
            cut(&[
                opening,
                "De plus la décision entraîne une réflexion sur la disponibilité. Ces réflexions ne peuvent pas être menées avec l’infrastructure actuel"
            ]),
            Some(1)
        );
        assert!(
            Contents::of(&document(&[
                opening,
                "Punkt 2.10 ist zu beachten. Bei Bietergemeinschaften sind die geforderten"
            ]))
            .shown_by_its_end()
        );
        // A document's own ends: a full stop, a signature line, a date, a title, a number.
        for end in [
            "Le titulaire restitue les données.",
            "Fait à Lyon, le",
            "Signature et cachet de l'entreprise",
            "Date et signature : 12/05/2024",
            "ANNEXE 3 BORDEREAU DES PRIX",
            "Le présent document comporte 12 pages. Paraphe du candidat",
            "Die Architektur soll ermöglichen, dass auch eine Prüfung anderer Schichten möglich ist",
        ] {
            assert_eq!(cut(&[opening, end]), None, "{end}");
        }
        let list_cut = |items: &[&str]| {
            let mut list = document(items);
            list.blocks
                .iter_mut()
                .for_each(|b| b.kind = BlockKind::ListItem);
            Contents::of(&list).sign_of_text_not_held()
        };
        // The last item of a list whose items end on semicolons.
        assert_eq!(
            list_cut(&[
                "Copie du ou des jugements prononcés, si le candidat est en redressement judiciaire ;",
                "Déclaration sur l’honneur pour justifier qu",
            ]),
            Some(1)
        );
        // Items without punctuation end as they began.
        assert_eq!(
            list_cut(&[
                "la maintenance corrective",
                "la maintenance évolutive du logiciel métier"
            ]),
            None
        );
    }

    #[test]
    fn the_last_page_announced_rises_section_by_section() {
        // "… (incidents, mises à jour, hors Microsoft 365) … 19": 365 is no page.
        assert_eq!(
            last_page([1, 2, 4, 11, 19, 365, 20, 21].into_iter(), None),
            21
        );
        assert_eq!(last_page([3, 9, 27, 39].into_iter(), None), 39);
        // A file of 10 pages announces no page 12.
        assert_eq!(last_page([3, 9, 12].into_iter(), Some(10)), 9);
    }

    #[test]
    fn entry_lines_in_a_row_are_contents_without_a_title() {
        assert_eq!(
            entries(&[
                "CAPITOLATO TECNICO LOTTO 1",
                "1.1. Tipologia Servizi L1.S1 – Infrastructure as a Service (IaaS) 5",
                "1.1.1. Servizio L1.S1.1 – Virtual Machine 6",
                "1.1.2. Servizio L1.S1.2 – Virtual Data Center 12",
                "1.2. Tipologia Servizi L1.S2 – Platform as a Service (PaaS) 29",
                "Il presente documento rappresenta il capitolato tecnico di gara.",
                // Lines numbered like entries, but their last numbers falling: no run of four.
                "1. Oggetto 12",
                "2. Durata 3",
                "3. Importo 30",
                "4. Penali 2",
            ]),
            [
                false, true, true, true, true, false, false, false, false, false
            ]
        );
    }

    #[test]
    fn a_title_alone_opens_entries_of_one_line_each() {
        assert_eq!(
            entries(&[
                "ÍNDICE",
                "1. OBJETO DE LA CONTRATACIÓN 3",
                "4. REQUERIMIENTOS DE LA SOLUCIÓN 9",
                "Anejo 4: Requisitos del proyecto 27",
                "1. OBJETO DE LA CONTRATACIÓN El objeto es la contratación de un servicio en la nube durante 4 años.",
            ]),
            [true, true, true, true, false]
        );
    }

    #[test]
    fn entries_with_dot_leaders_are_contents_and_prose_is_not() {
        assert_eq!(
            entries(&[
                "1. DE VRAAG SCOPE AANBESTEDING DIGITALE WERKPLEK...7 FLEXIBEL IN GEBRUIK...7 BEËINDIGING SAMENWERKING... 22",
                "Réversibilité ........ 12",
                "Le titulaire décrit le contenu de la boîte aux lettres. Les Contents sont restitués en fin de marché.",
                "Der Inhalt der Leistung ergibt sich aus Ziffer 1, Ziffer 2 und Ziffer 3.",
                "Contents of the mailboxes are returned at the end of the contract.",
                "1. Objet. 2. Durée. 3. Prix. Le titulaire héberge la solution en France, conformément à l'article 4.",
                "2 SOMMARIO PREMESSA SERVIZI DI GESTIONE DI SITI WEB HOSTING DI SITI WEB Descrizione del Servizio Requisiti del servizio",
            ]),
            [true, true, false, false, false, false, true]
        );
    }

    #[test]
    fn a_long_german_sentence_cut_on_an_announced_noun_is_cut() {
        let cut = document(&[
            "Um einen reibungslosen Betrieb des IT-Begleitsystems sicherzustellen, ist die Einhaltung mindestens folgender Rahmenbedingungen des Plattformbetrei",
        ]);
        assert_eq!(Contents::of(&cut).sign_of_text_not_held(), Some(0));
        // A short line ending on a noun is a line, not a cut sentence.
        let signature = document(&["Die Einhaltung wird bestätigt.", "Unterschrift des Bieters"]);
        assert_eq!(Contents::of(&signature).sign_of_text_not_held(), None);
    }

    #[test]
    fn a_text_stopping_on_an_article_a_colon_or_an_open_bracket_is_cut() {
        for end in [
            "Il s’agit de mettre à disposition de l’",
            "Il servizio comprende la gestione dell'",
            "Todo ello siguiendo las exigencias de, las",
            // A text that ends announcing more, inside a bracket it opened, or on a letter alone.
            "Richiamati:",
            // A word holding a field's name is no field: "report" holds "ort".
            "Annual report:",
            "Los servicios comprenden el correo electrónico, la agenda y los servicios de gestión,",
            "De opdrachtnemer levert de diensten (zie artikel 4 van het bestek",
            "Opdrachtgever heeft een aanbesteding uitgeschreven (hierna: de “Aanbesteding",
            "Internal project team liaising with the Microsoft team. Work with i",
        ] {
            let cut = document(&["Le titulaire héberge le site.", end]);
            assert_eq!(Contents::of(&cut).sign_of_text_not_held(), Some(1), "{end}");
        }
        // The last item of a list may keep its semicolon; a German quotation closes on “.
        for end in [
            "- PASSOE in pdf firmato digitalmente dal Rappresentante legale della Società;",
            "Der Auftrag dient dem Projekt „Sovereign Cloud Stack“.",
        ] {
            let whole = document(&["Le titulaire héberge le site.", end]);
            assert_eq!(Contents::of(&whole).sign_of_text_not_held(), None, "{end}");
        }
        // A form ends on its fields.
        for end in [
            "Signature du candidat :",
            "Ort, Datum:",
            "Date :",
            "Fait à :",
            // Its signatory's fields laid out as one block (v62).
            "A , le Signature du candidat (représentant habilité pour signer) Nom, prénom et qualité du signataire Cachet de la société",
        ] {
            let form = document(&["Le candidat certifie l'exactitude des renseignements.", end]);
            assert_eq!(Contents::of(&form).sign_of_text_not_held(), None, "{end}");
        }
        // A closing quote after a word is no elision.
        let quoted = document(&["Le titulaire héberge le site, appelé ‘le portail’"]);
        assert_eq!(Contents::of(&quoted).sign_of_text_not_held(), None);
    }

    #[test]
    fn entries_with_the_word_for_page_are_contents() {
        assert_eq!(
            entries(&[
                "Art. 1 - OGGETTO DELL'APPALTO | pag. | 4 |",
                "ART. 2 – DURATA pag. 5 ART. 3 – CORRISPETTIVO pag. 6",
                "Kapitel 3 Leistungsbeschreibung Seite 12",
                "Die Preise sind auf Seite 12 des Angebots anzugeben.",
                "Le titulaire remet le rapport, voir page 4 du présent document.",
            ]),
            [true, true, true, false, false]
        );
    }
}
