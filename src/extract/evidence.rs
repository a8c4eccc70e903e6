//! A sentence of a block and the [`Evidence`] that cites it: every fact carries the sentence
//! it was read in, with its place in the document and the decisive words marked.

use std::ops::Range;

use super::lexicon as lx;
use super::wordlist::WordList;
use crate::model::{Block, BlockKind, Evidence};

/// What the headings above a block say of the part it stands in: read once per block, since
/// every sentence of the block stands under the same headings.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Part {
    /// A part on answering the tender: instructions to bidders, criteria, staff and their
    /// skills, or a model clause in a guide (a heading numbered "X.1."), which buys nothing.
    bid: bool,
    /// A part that describes what exists today (context, current environment).
    context: bool,
    /// A list of what the buyer has or allows, item by item: its current inventory, a catalogue
    /// of products. Every item is described, none is bought, hosting included.
    inventory: bool,
    /// A reversibility or exit article.
    reversibility: bool,
    /// A part of a contract that operates or maintains the buyer's existing systems (its object
    /// says so): a product it requires without supplying it is the buyer's own.
    operating_existing: bool,
    /// A part on taking the service over at the start ("Piano di Attivazione", "Phase de mise
    /// en place", "Transition-in"): its successor and transfer are this contract's beginning,
    /// not its exit.
    onboarding: bool,
    /// A part that takes what it holds out of the contract ("Exclusions", "The contractor will
    /// not be responsible to perform the following:").
    excluding: bool,
    /// The buyer's notice on the personal data it collects from bidders (GDPR art. 13): the
    /// data it speaks of are the bids', not the service's.
    privacy_notice: bool,
}

impl Part {
    /// The same part in a document of instructions to bidders (a "règlement de la
    /// consultation", an ITT): the whole document is about answering the tender.
    pub(super) fn in_instructions_to_bidders(self) -> Part {
        Part { bid: true, ..self }
    }

    /// The same part in a contract operating the buyer's existing systems
    /// (`role::operates_existing_systems`).
    pub(super) fn in_contract_operating_existing_systems(self) -> Part {
        Part {
            operating_existing: true,
            ..self
        }
    }

    /// The same part in a list of what the buyer has or allows: a section announced as its
    /// current inventory, a table that catalogues products (`opens_a_product_catalogue`).
    pub(super) fn in_inventory(self) -> Part {
        Part {
            context: true,
            inventory: true,
            ..self
        }
    }

    /// The part a block stands in, from its heading path.
    pub(super) fn of(block: &Block) -> Part {
        let any =
            |is_match: &dyn Fn(&str) -> bool| block.location.section.iter().any(|h| is_match(h));
        // "Protection des données à caractère personnel", "Personal data": a heading on personal
        // data is not one on staff ("personnel", German "Personal").
        let on_staff = block
            .location
            .section
            .iter()
            .any(|h| lx::SKILLS_SECTION.is_match(&lx::PERSONAL.replace_all(h, "")));
        let reversibility = any(&|h| lx::REVERSIBILITY_HEADING.is_match(h));
        Part {
            bid: any(&|h| lx::BID_PART.is_match(h))
                || on_staff
                || any(&|h| lx::MODEL_CLAUSE_HEADING.is_match(h)),
            context: any(&|h| lx::CONTEXT_PART.is_match(h)),
            inventory: false,
            reversibility,
            operating_existing: false,
            // A heading that names the exit too ("Transition et réversibilité") is the exit's.
            onboarding: !reversibility && any(&opens_on_taking_over),
            excluding: any(&|h| lx::EXCLUDING_LEAD_IN.is_match(h)),
            // A paragraph that names such a notice is one, every sentence of it.
            privacy_notice: any(&|h| lx::PRIVACY_NOTICE.is_match(h))
                || lx::PRIVACY_NOTICE.is_match(&block.text),
        }
    }
}

/// How many cells of a table may form its header.
const HEADER_CELLS: usize = 12;

/// Whether the table opening `blocks` (a run of cells, or a spreadsheet's rows) catalogues
/// products: its header has a column naming the product or its maker and one giving its
/// version, and none stating requirements ("Référence | Composant | Fournisseur | Version |
/// Statut | Commentaires"). Its rows describe the products a buyer runs or allows ("Solution
/// Cloud native.", "compatible avec … (Oracle ou PostGIS)"), not what a contract buys (v58).
pub(super) fn opens_a_product_catalogue(blocks: &[Block]) -> bool {
    let header: Vec<&str> = match blocks.first() {
        Some(row) if row.kind == BlockKind::TableRow => {
            row.text.split(crate::model::CELL_SEPARATOR).collect()
        }
        Some(cell) if cell.kind == BlockKind::TableCell => blocks
            .iter()
            .take(HEADER_CELLS)
            .take_while(|b| b.kind == BlockKind::TableCell)
            .map(|b| b.text.as_str())
            // The header ends at the first cell that holds data: a reference, a number.
            .take_while(|text| !text.contains(|c: char| c.is_ascii_digit()))
            .collect(),
        _ => return false,
    };
    let labels: Vec<&str> = header
        .into_iter()
        .map(str::trim)
        .filter(|cell| !cell.is_empty() && cell.split_whitespace().count() <= 3)
        .collect();
    let has = |list: &WordList| labels.iter().any(|cell| list.is_match(cell));
    has(&lx::CATALOGUE_VERSION_COLUMN)
        && has(&lx::CATALOGUE_PRODUCT_COLUMN)
        && !has(&lx::REQUIREMENT_COLUMN)
}

/// Whether a heading opens, after its numbering, on taking the service over ("8. Piano di
/// Attivazione", "4.1.3.1 Phase de transition"): a title that only names it ("CCTP – Mise en
/// place d'une solution SaaS") is the whole contract's, not a part of it.
fn opens_on_taking_over(heading: &str) -> bool {
    lx::ONBOARDING_HEADING.find(heading).is_some_and(|m| {
        let numbering = heading[..m.start()].trim();
        numbering
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation() || c.is_whitespace())
            || (numbering.len() <= 4 && !numbering.contains(' '))
    })
}

/// Whether a text speaks of answering the tender: a bid being sent, signed or uploaded, or
/// the platform bids go through ("The e-procurement portal accepts .docx and .odt"), unless it
/// supplies such a platform ("the contractor provides an e-procurement platform").
pub(super) fn speaks_of_the_bid(text: &str) -> bool {
    lx::BID_PROCESS.is_match(text)
        || (lx::SUBMISSION_PLATFORM.is_match(text) && !lx::SUPPLY.is_match(text))
}

/// Whether a block stands under a heading of the part that describes the service bought.
pub(super) fn describes_the_service(block: &Block) -> bool {
    block
        .location
        .section
        .iter()
        .any(|heading| lx::SERVICE_DESCRIPTION_HEADING.is_match(heading))
}

/// What the lead-in of a list ("…:") says of the item a sentence stands in.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct LeadIn {
    /// The lead-in takes its items out of the contract ("Sont exclus de la prestation :").
    pub(super) excludes: bool,
    /// The lead-in is about answering the tender ("The platform accepts these formats:").
    pub(super) about_the_bid: bool,
    /// The lead-in states what the contract buys ("L'appalto ha per oggetto le seguenti
    /// attività:"): its items are the contract's object.
    pub(super) states_the_object: bool,
    /// The block goes on with a sentence of advice asked that the blocks before it began
    /// ("Klärung und Empfehlung, ob das Hosting" / "o bei einem externen Hosting-Anbieter").
    pub(super) asks_advice: bool,
}

/// A sentence of a block, and how to cite it.
pub(super) struct Sentence<'a> {
    /// The name of the document the block is in.
    document: &'a str,
    block: &'a Block,
    /// The sentence's range in the document's text, in characters.
    chars: Range<usize>,
    /// The sentence's text as the fact families read it: the buyer's own name masked
    /// (`buyer_name.rs`), every byte where it is in the document.
    pub(super) text: &'a str,
    /// The sentence's text as the document has it, which evidence quotes.
    pub(super) quote: &'a str,
    part: Part,
    /// Set when the sentence is out of the contract: an item of a list whose lead-in takes it
    /// out ("The contractor will not be required to:"), or under a heading that does.
    pub(super) excluded_by_lead_in: bool,
    /// Set when the sentence is about answering the tender rather than about what the contract
    /// buys: it stands in a bid part, speaks of the bid (signed, sent, uploaded), is a form
    /// field to fill in, describes a person's skills, or is an item of a list whose lead-in is
    /// about the bid. What it names (a channel, a format for the bid or one a submission
    /// platform accepts, a tool for the hearing) is mentioned, never imposed on the service.
    pub(super) about_the_bid: bool,
    /// Set when the sentence is an item of a list whose lead-in states what the contract buys.
    pub(super) object_by_lead_in: bool,
    /// Set when the sentence goes on with a question of advice begun in the blocks before it:
    /// what it names is what the advice is about, not what the contract buys.
    pub(super) advice_asked: bool,
}

/// A block cited whole, or its first 200 characters: a title line, the first block of a table of
/// contents.
pub(super) fn of_block(document: &str, block: &Block) -> Evidence {
    let quoted = 0..super::text::head(&block.text, 200).len();
    Sentence::new(
        document,
        block,
        &block.text,
        quoted,
        0,
        Part::of(block),
        LeadIn::default(),
    )
    .evidence()
}

/// A block cited by its last 200 characters or so, from a word's start: where a text cut short
/// stops.
pub(super) fn of_block_end(document: &str, block: &Block) -> Evidence {
    let last = super::text::tail(&block.text, 200);
    let start = block.text.len() - last.len()
        + if last.len() < block.text.len() {
            last.find(char::is_whitespace).map_or(0, |space| space + 1)
        } else {
            0
        };
    Sentence::new(
        document,
        block,
        &block.text,
        start..block.text.len(),
        block.text[..start].chars().count(),
        Part::of(block),
        LeadIn::default(),
    )
    .evidence()
}

impl<'a> Sentence<'a> {
    /// Whether the sentence is a heading, or a numbered title on a line of its own: it names a
    /// topic ("4.3 Verwerking buiten de EER"), and states a requirement only with words that
    /// say so.
    pub(super) fn is_heading(&self) -> bool {
        self.block.kind == BlockKind::Heading || lx::NUMBERED_TITLE.is_match(self.text)
    }

    /// The sentence at `range` (bytes) of a block, `chars_before` characters into the block;
    /// `masked` is the block's text with the buyer's name masked, byte for byte.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        document: &'a str,
        block: &'a Block,
        masked: &'a str,
        range: Range<usize>,
        chars_before: usize,
        part: Part,
        lead_in: LeadIn,
    ) -> Self {
        let text = masked
            .get(range.clone())
            .unwrap_or(&block.text[range.clone()]);
        let quote = &block.text[range];
        let start = block.location.start + chars_before;
        Sentence {
            document,
            block,
            text,
            quote,
            chars: start..start + quote.chars().count(),
            part,
            excluded_by_lead_in: lead_in.excludes || part.excluding,
            object_by_lead_in: lead_in.states_the_object,
            advice_asked: lead_in.asks_advice,
            about_the_bid: part.bid
                || lead_in.about_the_bid
                || speaks_of_the_bid(text)
                || lx::FORM_FIELD.is_match(text)
                || lx::SKILL.is_match(text),
        }
    }

    /// Whether the sentence stands in a reversibility or exit article: what it says of data,
    /// deadlines, deletion or fees belongs to the clause the heading names.
    pub(super) fn in_reversibility_article(&self) -> bool {
        self.part.reversibility
    }

    /// Whether the sentence stands in a contract that operates the buyer's existing systems.
    pub(super) fn in_contract_operating_existing_systems(&self) -> bool {
        self.part.operating_existing
    }

    /// Whether the sentence stands in a part on taking the service over at the start: a
    /// successor there is this contractor, a transfer the one it receives.
    pub(super) fn in_onboarding_part(&self) -> bool {
        self.part.onboarding
    }

    /// Whether the sentence informs bidders of what the buyer does with their personal data
    /// (under such a notice's heading, or naming it): no data of the service, no duty of the
    /// provider.
    pub(super) fn in_privacy_notice(&self) -> bool {
        self.part.privacy_notice
    }

    /// Whether the sentence stands in a part that describes what exists today: what it names
    /// is described, not bought.
    pub(super) fn in_context_part(&self) -> bool {
        self.part.context
    }

    /// Whether the sentence is an item of a list of what the buyer has or allows (its
    /// inventory, a catalogue of products): the hosting it names is not this contract's.
    pub(super) fn in_inventory(&self) -> bool {
        self.part.inventory
    }

    /// The whole sentence as evidence, with its place in the document.
    pub(super) fn evidence(&self) -> Evidence {
        let location = &self.block.location;
        Evidence {
            document: self.document.to_string(),
            page: location.page,
            paragraph: location.paragraph,
            section: location.section.last().cloned(),
            sheet: location.sheet.clone(),
            row: location.row,
            path: location.path.clone(),
            quote: self.quote.to_string(),
            start: self.chars.start,
            end: self.chars.end,
            highlight: None,
        }
    }

    /// Words of the read text as the document has them: the same bytes of the quote when they
    /// are a slice of the read text (whose buyer's name is masked), else the words themselves.
    fn as_quoted<'w>(&self, words: &'w str) -> &'w str
    where
        'a: 'w,
    {
        let offset = (words.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if offset <= self.text.len() && offset + words.len() <= self.text.len() {
            self.quote
                .get(offset..offset + words.len())
                .unwrap_or(words)
        } else {
            words
        }
    }

    /// Evidence with the decisive words of the sentence marked.
    pub(super) fn evidence_on(&self, words: &str) -> Evidence {
        Evidence {
            highlight: Some(self.as_quoted(words).trim().to_string()).filter(|w| !w.is_empty()),
            ..self.evidence()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_on_taking_over_is_headed_so_not_titled_so() {
        for part in [
            "8. Piano di Attivazione",
            "4.1.3.1 Phase de transition dite de Vérification d'aptitude",
            "Phase de mise en place",
            "B) Onboarding",
        ] {
            assert!(opens_on_taking_over(part), "{part}");
        }
        for title in [
            "CCTP – Mise en place d'une solution SaaS de gestion du courrier",
            "Article 9 – Réversibilité",
        ] {
            assert!(!opens_on_taking_over(title), "{title}");
        }
    }

    #[test]
    fn a_submission_platform_is_the_bid_unless_the_contract_supplies_one() {
        for text in [
            "Die Unterlagen sind über die Vergabeplattform einzureichen.",
            "Le dépôt s'effectue sur le profil d'acheteur.",
            "The e-procurement portal accepts files up to 50 MB.",
            "La plataforma de contratación admite archivos de hasta 25 MB.",
            "Tramite la piattaforma telematica è possibile caricare file firmati.",
            "De bijlagen worden via TenderNed geüpload.",
        ] {
            assert!(speaks_of_the_bid(text), "{text}");
        }
        for text in [
            "The contractor shall provide an e-procurement platform hosted in the EU.",
            "El adjudicatario suministrará una plataforma de licitación electrónica.",
        ] {
            assert!(!speaks_of_the_bid(text), "{text}");
        }
    }
}
