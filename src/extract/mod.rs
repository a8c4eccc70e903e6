//! From a [`Document`] to [`Facts`]: what the tender says about where data goes, whose law
//! applies, which brands and formats it imposes and how the contract ends, each fact with the
//! sentence it was read in. Facts describe; the policies judge.

/// Brands: providers and products named, and the role the sentence gives them.
mod brands;
mod buyer;
/// The buyer's own name ("l'AMF"), masked so that the buyer's designations include it.
mod buyer_name;
/// Certifications named, required or found sufficient.
mod certifications;
/// Contract clauses: reversibility, exit fees, keys, transfers, immunity, sensitive data.
mod clauses;
mod contents;
/// The words that tell what a sentence does with what it names (require, allow, mention…).
mod cues;
/// The provider's duties: authority requests, change of control, GDPR art. 28 terms and
/// audits, telemetry, use of the data for AI or its own services.
mod duties;
/// A sentence of a block and the evidence that cites it.
mod evidence;
/// Formats and protocols named, imposed alone or beside an alternative.
mod formats;
/// Finds the names of the reference data in a sentence.
mod gazetteer;
/// Where the data goes: stated places, data scopes, whether hosting is procured.
mod hosting;
mod jurisdiction;
/// The words of the facts, one case-insensitive regex per list.
mod lexicon;
/// Answers remembered for the texts of the sentences being read.
mod memo;
/// The buyer and the hosting a notice codes in its fields.
mod notice;
/// The facts of a package: those of its documents merged.
mod package;
/// The reference data: providers, countries, formats, certifications.
pub mod reference;
/// What a document is in the consultation file, from its name and title.
mod role;
/// Sentence segmentation.
mod sentences;
mod tally;
/// Small helpers on sentence text: char-safe slicing, trimmed matches, blanked ranges.
mod text;
/// Word lists matched on word boundaries, behind a gate of literal anchors.
mod wordlist;

pub use package::merge as merge_package;

use brands::{Brand, merge_brand_mentions};
use evidence::{LeadIn, Part, Sentence};
use gazetteer::Gazetteer;
use hosting::{Place, procures_hosting};
use lexicon as lx;
use reference::ReferenceData;
use text::blank;

use std::collections::HashMap;

use serde::Serialize;

use crate::deadline::{Deadline, Interrupted, Pacer};
use crate::model::{
    BlockKind, Buyer, DataScope, Document, DocumentRole, Facts, HostingScope, Jurisdiction,
    Modality, PlaceKind,
};

/// The same fact (the same name with the same role, the same place with the same modality…)
/// is kept with at most this many sentences: a lawyer reads three, a requirement table that
/// names a provider in every row would otherwise make the facts as large as the document.
const MAX_SENTENCES_PER_FACT: u32 = 20;

/// Counts how often each fact was seen, ignoring where, to keep each one a bounded number of
/// times.
#[derive(Default)]
struct Repeats {
    seen: HashMap<String, u32>,
    dropped: usize,
}

impl Repeats {
    /// Whether to keep this occurrence of a fact of `kind`.
    fn keep<T: Serialize>(&mut self, kind: &str, fact: &T) -> bool {
        let mut value = serde_json::to_value(fact).unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            object.remove("evidence");
        }
        let count = self.seen.entry(format!("{kind}{value}")).or_default();
        *count += 1;
        let keep = *count <= MAX_SENTENCES_PER_FACT;
        if !keep {
            self.dropped += 1;
        }
        keep
    }
}

/// The compiled gazetteers: build once, extract from many documents.
#[derive(Debug)]
pub struct Extractor {
    providers: Gazetteer<Brand>,
    /// What a sentence speaks of when an ambiguous name in it is the brand ([`Brand::sense`]).
    senses: Vec<wordlist::WordList>,
    places: Gazetteer<Place>,
    formats: Gazetteer<String>,
    /// Formats by their id in lower case ("sql", "csv"): a bare id names a format only as an
    /// item of a list of formats ("xlsx, odc or SQL"), where no other sense fits.
    format_ids: HashMap<String, String>,
    certifications: Gazetteer<String>,
    /// The CPV codes that buy hosting (`cpv.json`).
    hosting_cpv: Vec<String>,
}

/// Text from which a document first gathers every word list into one shared automaton, so that
/// each block is scanned once for the anchors of all of them ([`wordlist::scan`]). Gathering
/// and building cost about 100 ms once per process; a 300-page tender's facts then cost 1.4 ×
/// less, a 60-page one's 1.02–1.09 × less (2026-12-03). Below this, a document asks each list's
/// own automaton, as a one-page check in a pipeline should; once built, the shared automaton
/// serves every later document of the process.
const SHARED_ANCHORS_FROM_BYTES: usize = 50_000;

/// Text below which a document compiles of each word list only the alternatives its sentences
/// leave possible ([`wordlist::in_parts`]), about a page. Whole `check` runs, CPU time, against
/// whole lists (2026-12-06): one sentence 1.75 × faster, 2,000 bytes 1.55 ×, 3,800 bytes
/// 1.39 ×, 5,000 bytes even, 7,600 bytes 1.03 × slower (lists asked often are compiled in
/// parts, then whole).
const LISTS_IN_PARTS_BELOW_BYTES: usize = 4_000;

/// Makes every word list of the lexicons, so that the shared automaton has all their anchors.
/// The lists are made once per process.
fn gather_the_lexicons() {
    for list in every_lexicon_list() {
        std::hint::black_box(list);
    }
    // The vocabularies of the buyer's bodies and of the laws cited, made on first use.
    let _ = (buyer::bodies(), jurisdiction::citations());
}

/// Every word list of the lexicons: `lexicon.rs`, `cues.rs` and `role.rs`.
fn every_lexicon_list() -> impl Iterator<Item = &'static wordlist::WordList> {
    lx::every_list()
        .chain(cues::every_list())
        .chain(role::every_list())
}

/// Whether the heading at `index` has no text under it: the next block of the body is a heading
/// of the same or a higher level, or there is none.
fn heads_an_empty_section(document: &Document, index: usize) -> bool {
    let level = document
        .blocks
        .get(index)
        .and_then(|b| b.level)
        .unwrap_or(1);
    document.blocks[index + 1..]
        .iter()
        .find(|b| {
            !matches!(
                b.kind,
                BlockKind::Header | BlockKind::Footer | BlockKind::Metadata
            )
        })
        .is_none_or(|next| next.kind == BlockKind::Heading && next.level.unwrap_or(1) <= level)
}

/// Short upper-case names ("EU", "UE", "EEA") match only as written: "eu" is a French word.
fn is_acronym(name: &str) -> bool {
    name.chars().count() <= 5
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

impl Extractor {
    /// Compiles the gazetteers of the reference data once, so that extracting from each
    /// document only looks names up.
    pub fn new(reference: &ReferenceData) -> Self {
        let mut brands = Vec::new();
        let mut senses = Vec::new();
        for provider in &reference.providers {
            for product in &provider.products {
                let brand = Brand {
                    provider: provider.id.clone(),
                    product: Some(product.id.clone()),
                    hosting: matches!(product.category.as_str(), "cloud_platform" | "storage"),
                    sense: None,
                };
                brands.extend(
                    product
                        .aliases
                        .iter()
                        .map(|a| (a.clone(), false, brand.clone())),
                );
                brands.extend(
                    product
                        .exact_aliases
                        .iter()
                        .map(|a| (a.clone(), true, brand.clone())),
                );
                let ambiguous = Brand {
                    sense: Some(senses.len()),
                    ..brand
                };
                if !product.ambiguous_aliases.is_empty() {
                    senses.push(lx::sense_of(&[product.category.as_str()]));
                    brands.extend(
                        product
                            .ambiguous_aliases
                            .iter()
                            .map(|a| (a.clone(), true, ambiguous.clone())),
                    );
                }
            }
            let brand = Brand {
                provider: provider.id.clone(),
                product: None,
                hosting: provider.cloud_provider,
                sense: None,
            };
            if !provider.ambiguous_aliases.is_empty() {
                let categories: Vec<&str> = provider
                    .products
                    .iter()
                    .map(|p| p.category.as_str())
                    .collect();
                let ambiguous = Brand {
                    sense: Some(senses.len()),
                    ..brand.clone()
                };
                senses.push(lx::sense_of(&categories));
                brands.extend(
                    provider
                        .ambiguous_aliases
                        .iter()
                        .map(|a| (a.clone(), true, ambiguous.clone())),
                );
            }
            brands.extend(
                provider
                    .aliases
                    .iter()
                    .map(|a| (a.clone(), false, brand.clone())),
            );
            brands.extend(
                provider
                    .exact_aliases
                    .iter()
                    .map(|a| (a.clone(), true, brand.clone())),
            );
        }
        let mut places = Vec::new();
        for country in &reference.countries {
            let place = Place {
                code: country.code.clone(),
                kind: PlaceKind::Country,
                in_eea: country.eea,
            };
            for name in country.names.values().chain(&country.other_names) {
                places.push((name.clone(), is_acronym(name), place.clone()));
            }
            for region in &country.regions {
                let place = Place {
                    kind: PlaceKind::Region,
                    ..place.clone()
                };
                places.push((region.clone(), false, place));
            }
        }
        for group in &reference.groups {
            let place = Place {
                code: group.code.clone(),
                kind: PlaceKind::Group,
                in_eea: group.code != "EUROPE",
            };
            for name in group.names.values().flatten() {
                places.push((name.clone(), is_acronym(name), place.clone()));
            }
        }
        let formats = reference
            .formats
            .iter()
            .flat_map(|f| f.aliases.iter().map(|a| (a.clone(), false, f.id.clone())));
        let certifications = reference.certifications.iter().flat_map(|c| {
            c.aliases
                .iter()
                .map(|a| (a.clone(), is_acronym(a), c.id.clone()))
        });
        Extractor {
            providers: Gazetteer::new(brands),
            senses,
            places: Gazetteer::new(places),
            formats: Gazetteer::new(formats),
            format_ids: reference
                .formats
                .iter()
                .map(|f| (f.id.to_lowercase(), f.id.clone()))
                .collect(),
            certifications: Gazetteer::new(certifications),
            hosting_cpv: reference.hosting_cpv.clone(),
        }
    }

    /// Prepares a process that will read many documents (a server): every word list is made
    /// and the shared automaton of their anchors built, which every later document then uses
    /// whatever its size (about 100 ms, once; the facts of a 10-page tender then cost about
    /// 1.6 × less, 2026-12-05).
    pub fn prepare_for_many_documents(&self) {
        gather_the_lexicons();
        wordlist::refresh();
    }

    /// Reads the facts of a document, stopping when `deadline` passes.
    pub fn extract(&self, document: &Document, deadline: &Deadline) -> Result<Facts, Interrupted> {
        let bytes = document.blocks.iter().map(|b| b.text.len()).sum::<usize>();
        // Once built (for a large document), the shared automaton serves every later one.
        if bytes >= SHARED_ANCHORS_FROM_BYTES {
            self.prepare_for_many_documents();
        }
        let _parts = wordlist::in_parts(bytes < LISTS_IN_PARTS_BELOW_BYTES);
        let mut facts = Facts::new(vec![role::info(document)]);
        // A document in a language the lexicons do not hold says nothing they can read: its
        // loanwords ("AzureArkitekt/Azure Engineer/DevOps Engineer" in a Swedish call-off for
        // consultants) would be read without the words that give them their sense. A notice's
        // coded fields are read in any language.
        if document.notice.is_none() && document.language.as_ref().is_some_and(|l| !l.is_read()) {
            return Ok(facts);
        }
        let mut pacer = Pacer::<16>::new(deadline);
        let mut repeats = Repeats::default();
        let mut cut_sentences = 0;
        let mut crowded_sentences = 0;
        let mut hosting_in = Vec::new();
        let mut hosting_out = Vec::new();
        // The lead-in of the list being read: one that takes its items out of the contract
        // ("The contractor will not be required to:"), or one about answering the tender ("The
        // platform accepts files in these formats:"), whose items are about the bid too.
        let mut lead_in_excludes = false;
        let mut lead_in_about_the_bid = false;
        let mut lead_in_states_the_object = false;
        // A sentence of advice asked that goes on over the blocks after it, unfinished
        // ("Klärung und Empfehlung, ob das Hosting" / "o auf eigenen BTU-Servern oder" / "o bei
        // einem externen Hosting-Anbieter" / "erfolgen soll, inkl. Begründung"): those blocks
        // are part of the question, whatever the reader made of its lines.
        let mut advice_open = false;
        // The heading path of a section announced as the buyer's current inventory.
        let mut inventory_section: Option<&Vec<String>> = None;
        // Whether the table being read catalogues products (`evidence::opens_a_product_catalogue`).
        let mut in_catalogue = false;
        // The brands the sentence before named, in `facts.providers`.
        let mut previous_mentions = 0..0;
        let mut citations = jurisdiction::citations();
        let mut bodies = buyer::bodies();
        let mut specification = role::SpecificationReferences::default();
        let other_acronyms = self.acronyms_spelled_out_otherwise(document);
        let buyer_names =
            buyer_name::BuyerNames::of(document.blocks.iter().map(|b| b.text.as_str()), |word| {
                !self.places.find_all(word).is_empty()
            });
        // Whether the contract operates or maintains the buyer's existing systems: every part of
        // it knows (`brands.rs` reads its products as the buyer's), and the facts say why.
        let operates_existing = role::operates_existing_systems(document);
        let instructions_to_bidders = facts
            .documents
            .first()
            .is_some_and(|info| info.role == DocumentRole::Instructions);
        if let Some(object) = operates_existing {
            facts.notes.push(format!(
                "the contract operates or maintains the buyer's existing systems (\"{}\"): the products it names without supplying them are read as the buyer's own",
                text::head(object, 160)
            ));
        }
        // A manual describes a system as it is: every part of it is the buyer's inventory.
        let manual = role::manual_title(document);
        if let Some(title) = manual {
            facts.notes.push(format!(
                "the document is a manual (\"{}\"): what it describes exists, nothing in it is bought",
                text::head(title, 160)
            ));
        }
        let contents = contents::Contents::of(document);
        for (index, block) in document.blocks.iter().enumerate() {
            let _anchors = wordlist::scan(&block.text);
            // "1. la realizzazione del sito…" after "L'appalto ha per oggetto le seguenti
            // attività:" is an item of that list, whatever block the reader made of it.
            let item = block.kind == BlockKind::ListItem
                || (block.kind == BlockKind::Paragraph
                    && text::is_enumerated(&block.text)
                    && !block.text.trim_end().ends_with(':'));
            match block.kind {
                _ if item => {}
                BlockKind::Paragraph if block.text.trim_end().ends_with(':') => {
                    lead_in_excludes = lx::EXCLUDING_LEAD_IN.is_match(&block.text);
                    lead_in_about_the_bid = evidence::speaks_of_the_bid(&block.text);
                    lead_in_states_the_object = !lead_in_excludes
                        && !lead_in_about_the_bid
                        && lx::OBJECT_OF_THE_CONTRACT.is_match(&block.text);
                }
                _ => {
                    (
                        lead_in_excludes,
                        lead_in_about_the_bid,
                        lead_in_states_the_object,
                    ) = (false, false, false)
                }
            }
            let continues_advice = advice_open && block.kind != BlockKind::Heading;
            let unfinished = !block.text.trim_end().ends_with(['.', '!', '?', ':', ';']);
            advice_open =
                unfinished && (continues_advice || lx::ADVICE_ON_WHETHER.is_match(&block.text));
            let lead_in = LeadIn {
                excludes: lead_in_excludes && item,
                about_the_bid: lead_in_about_the_bid && item,
                states_the_object: lead_in_states_the_object && item,
                asks_advice: continues_advice,
            };
            // The instructions to bidders (a "règlement de la consultation", an ITT) govern the
            // procedure, not the contract: all they say is about answering the tender.
            let mut part = Part::of(block);
            // An invitation to tender that holds the specification too ("2. Art und Umfang der
            // Leistung"): that part says what the contract buys.
            let describes_the_service = evidence::describes_the_service(block);
            if instructions_to_bidders && !describes_the_service {
                part = part.in_instructions_to_bidders();
            }
            if operates_existing.is_some() {
                part = part.in_contract_operating_existing_systems();
            }
            // "1.3 Azure resources" / "Hieronder vindt u de huidige lijst (Q2 2024) aan Azure
            // resources": the rest of a titled section announced as the current inventory is
            // the buyer's environment, row by row.
            if block.kind == BlockKind::Paragraph
                && !block.location.section.is_empty()
                && lx::INVENTORY_LEAD.is_match(&block.text)
            {
                inventory_section = Some(&block.location.section);
            }
            if inventory_section.is_some_and(|section| *section == block.location.section) {
                part = part.in_inventory();
            }
            // A table is read as a catalogue of products from its header on, to its last cell;
            // a spreadsheet's next sheet is a table of its own.
            let in_table = matches!(block.kind, BlockKind::TableCell | BlockKind::TableRow);
            let opens_table = in_table
                && index
                    .checked_sub(1)
                    .and_then(|before| document.blocks.get(before))
                    .is_none_or(|before| {
                        before.kind != block.kind || before.location.sheet != block.location.sheet
                    });
            if opens_table {
                in_catalogue = document
                    .blocks
                    .get(index..)
                    .is_some_and(evidence::opens_a_product_catalogue);
            } else if !in_table {
                in_catalogue = false;
            }
            if in_catalogue || manual.is_some() {
                part = part.in_inventory();
            }
            // A heading with nothing under it titles no part of this document: "Anlage 1
            // Leistungsbeschreibung" then "Anlage 2" in a letter's list of enclosures.
            if block.kind == BlockKind::Heading && !heads_an_empty_section(document, index) {
                specification.read_heading(&block.text);
            }
            // A cover's title in capitals, read as a paragraph: "CAHIER DES CLAUSES
            // ADMINISTRATIVES PARTICULIÈRES (CCAP) CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES
            // (CCTP)" titles one file holding both.
            if index < role::EARLY_BLOCKS
                && block.kind == BlockKind::Paragraph
                && role::is_a_title_in_capitals(&block.text)
            {
                specification.read_heading(&block.text);
            }
            // A table of contents names sections; what they say is where they stand.
            if contents.is_entry(index) {
                continue;
            }
            // Headings name sections and running lines repeat: neither states a requirement.
            if matches!(
                block.kind,
                BlockKind::Heading | BlockKind::Header | BlockKind::Footer | BlockKind::Metadata
            ) {
                continue;
            }
            let masked = buyer_names.mask(&block.text);
            let sentences = sentences::split(&block.text);
            cut_sentences += sentences.cut;
            // Bytes and characters of the block before the sentence, counted as the sentences
            // go, so that a long block is counted once.
            let (mut bytes_before, mut chars_before) = (0, 0);
            for range in sentences.ranges {
                pacer.step()?;
                chars_before += block.text[bytes_before..range.start].chars().count();
                bytes_before = range.start;
                let sentence = Sentence::new(
                    &document.name,
                    block,
                    &masked,
                    range,
                    chars_before,
                    part,
                    lead_in,
                );
                let text = sentence.text;
                // The laws and bodies cited, and the documents referred to, by their own names.
                citations.read(sentence.quote, || sentence.evidence());
                bodies.read(sentence.quote, || sentence.evidence());
                specification.read(sentence.quote, || sentence.evidence());
                // A question (in a questionnaire, a FAQ) asks; a term alone in quotation marks
                // (the defined term of a table of definitions) names: neither states anything.
                if text.ends_with('?') || text::is_quoted_term(text) {
                    continue;
                }
                let formats = self.formats(&sentence);
                let brands = self.providers(&sentence, &formats, &other_acronyms);
                // "Adobe Creative Cloud" is no cloud hosting: brand names are set aside first.
                let unbranded = blank(text, brands.iter().map(|(range, _, _)| range.clone()));
                // A cloud platform named, or a cloud provider named alone where the sentence
                // says where something runs ("hébergé chez OVHcloud"): not a provider's other
                // service ("protected by Google reCAPTCHA", "sign in with Google").
                let hosting_brand = brands.iter().any(|(_, hosting, mention)| {
                    *hosting
                        && (mention.product.is_some() || hosting::speaks_of_whereabouts(&unbranded))
                        && matches!(
                            mention.role,
                            Modality::Required | Modality::Preferred | Modality::Allowed
                        )
                });
                // "Keys … in a hardware security module operated by the Authority": where the
                // keys are kept, not who hosts the solution.
                let keeps_keys = lx::KEYS.is_match(text) && lx::KEY_STORE_NAMED.is_match(text);
                let not_procured = hosting::not_procured(text)
                    .filter(|scope| !(keeps_keys && *scope == HostingScope::BuyerProvided));
                if let Some(scope) = not_procured {
                    hosting_out.push((scope, sentence.evidence()));
                } else if sentence.excluded_by_lead_in && lx::HOSTING.is_match(&unbranded) {
                    hosting_out.push((HostingScope::Excluded, sentence.evidence()));
                } else if !sentence.about_the_bid
                    && !sentence.advice_asked
                    && !sentence.in_inventory()
                    && (hosting_brand
                        || lx::HOSTING_SUPPLIED.is_match(text)
                        || (hosting::names_hosting(&unbranded, &sentence)
                            && procures_hosting(
                                text,
                                sentence.object_by_lead_in || describes_the_service,
                            )))
                {
                    hosting_in.push(sentence.evidence());
                }
                let locations = self.locations(&sentence);
                if [brands.len(), formats.len(), locations.len()]
                    .iter()
                    .any(|n| *n >= gazetteer::MAX_NAMES_PER_SENTENCE)
                {
                    crowded_sentences += 1;
                }
                facts.hosting.locations.extend(
                    locations
                        .into_iter()
                        .filter(|l| repeats.keep("location", l)),
                );
                let first_mention = facts.providers.len();
                facts.providers.extend(
                    merge_brand_mentions(
                        brands.into_iter().map(|(_, _, mention)| mention).collect(),
                        |name| self.is_cloud_region(name),
                    )
                    .into_iter()
                    .filter(|m| repeats.keep("provider", m)),
                );
                let mentions = first_mention..facts.providers.len();
                if brands::states_subject_matter_justification(text) {
                    // "Cette référence est justifiée par l'objet du marché." speaks of the
                    // brands of the sentence before.
                    let justified = if mentions.is_empty() {
                        previous_mentions.clone()
                    } else {
                        mentions.clone()
                    };
                    for mention in facts.providers.get_mut(justified).into_iter().flatten() {
                        mention.justification = Some(sentence.evidence());
                    }
                }
                previous_mentions = mentions;
                facts.formats.extend(
                    formats
                        .into_iter()
                        .map(|(_, f)| f)
                        .filter(|f| repeats.keep("format", f)),
                );
                facts.certifications.extend(
                    self.certifications(&sentence)
                        .into_iter()
                        .filter(|c| repeats.keep("certification", c)),
                );
                facts.clauses.extend(
                    self.clauses(&sentence)
                        .into_iter()
                        .filter(|c| repeats.keep("clause", c)),
                );
            }
        }
        // Where the data must be hosted tells that someone hosts it under the contract.
        if hosting_in.is_empty() {
            hosting_in.extend(
                facts
                    .hosting
                    .locations
                    .iter()
                    .filter(|l| {
                        let quote = &l.evidence.quote;
                        // A terse answer naming only places says where, not that hosting is
                        // bought.
                        let places_only = lx::ANSWER.is_match(quote)
                            && !lx::HOSTING.is_match(quote)
                            && !lx::DATA.is_match(quote)
                            && !lx::BACKUPS.is_match(quote);
                        !l.outside
                            && !places_only
                            && matches!(
                                l.modality,
                                Modality::Required | Modality::Preferred | Modality::Allowed
                            )
                    })
                    .filter(|l| {
                        l.scope
                            .iter()
                            .any(|s| !matches!(s, DataScope::Administration | DataScope::Support))
                    })
                    .map(|l| l.evidence.clone())
                    .take(3),
            );
            hosting_in.dedup_by_key(|e| e.start);
        }
        // A tender titled after hosting buys it ("Création et hébergement du site Internet").
        if hosting_in.is_empty()
            && let Some(block) = hosting::title_naming_hosting(document, |i| contents.is_entry(i))
        {
            hosting_in.push(evidence::of_block(&document.name, block));
        }
        // A notice classified under a hosting code buys hosting, whatever its summary says.
        let notice = document.notice.as_deref();
        if hosting_in.is_empty()
            && let Some(notice) = notice
        {
            hosting_in = notice::hosting_classifications(&document.name, notice, &self.hosting_cpv);
        }
        // A sentence that puts hosting out of the contract outweighs those that seem to put it in:
        // a wrong absence finding costs more than a missed one. The kind said most often wins.
        // Three sentences are enough for a lawyer to see why; findings of absence cite them.
        hosting_out.truncate(3);
        hosting_in.truncate(3);
        let (scope, evidence) = if let Some(scope) = most_common(
            &hosting_out
                .iter()
                .map(|(scope, _)| *scope)
                .collect::<Vec<_>>(),
        ) {
            (scope, hosting_out.into_iter().map(|(_, e)| e).collect())
        } else if !hosting_in.is_empty() {
            (HostingScope::Procured, hosting_in)
        } else {
            (HostingScope::Unknown, Vec::new())
        };
        // What a notice codes about its buyer is stated, not inferred: it wins over the laws
        // and bodies its text cites.
        facts.jurisdiction = match notice.and_then(|n| notice::buyer_country(&document.name, n)) {
            Some((country, evidence)) => Some(Jurisdiction {
                country,
                evidence: vec![evidence],
            }),
            None => jurisdiction::jurisdiction(citations),
        };
        facts.buyer = match notice {
            Some(notice) if notice::codes_legal_type(notice) => {
                notice::buyer_kind(&document.name, notice).map(|(kind, evidence)| Buyer {
                    kind,
                    evidence: vec![evidence],
                })
            }
            _ => buyer::buyer(bodies),
        };
        facts.hosting.public_website = hosting::only_a_public_website(scope, &evidence);
        facts.hosting.scope = scope;
        facts.hosting.evidence = evidence;
        if let Some(info) = facts.documents.first_mut() {
            info.specification_elsewhere = specification.elsewhere(info.role);
            info.sections_not_held = contents
                .sign_of_text_not_held()
                .and_then(|index| document.blocks.get(index))
                .map(|block| {
                    if contents.shown_by_its_end() {
                        evidence::of_block_end(&document.name, block)
                    } else {
                        evidence::of_block(&document.name, block)
                    }
                });
        }
        if cut_sentences > 0 {
            facts.notes.push(format!(
                "{cut_sentences} run(s) of text longer than {} characters without a full stop were cut into sentences of that length",
                sentences::MAX_SENTENCE_BYTES
            ));
        }
        if crowded_sentences > 0 {
            facts.notes.push(format!(
                "{crowded_sentences} sentence(s) name {} or more providers, formats or places (a table or a list read as one run): only the first {} names of each were read",
                gazetteer::MAX_NAMES_PER_SENTENCE,
                gazetteer::MAX_NAMES_PER_SENTENCE
            ));
        }
        if repeats.dropped > 0 {
            facts.notes.push(format!(
                "{} repeated fact(s) were not kept: each fact is kept with its first {MAX_SENTENCES_PER_FACT} sentences",
                repeats.dropped
            ));
        }
        Ok(facts)
    }
}

/// The value given most often (the first given, on a tie): the hosting scope most sentences or
/// documents say, a package's language, the jurisdiction cited most.
pub(crate) fn most_common<T: PartialEq + Copy>(values: &[T]) -> Option<T> {
    let count = |value: T| values.iter().filter(|v| **v == value).count();
    values.iter().fold(None, |best, &value| match best {
        Some(best) if count(best) >= count(value) => Some(best),
        _ => Some(value),
    })
}

#[cfg(test)]
mod tests {
    use super::{every_lexicon_list, heads_an_empty_section};
    use crate::model::{BlockKind, Document};

    #[test]
    fn a_heading_with_nothing_under_it_heads_an_empty_section() {
        let mut letter = Document::of_paragraphs(
            "letter.txt",
            &[
                "Anlagen:",
                "Anlage 1 Leistungsbeschreibung",
                "Anlage 2",
                "Teilnahmeantrag",
            ],
        );
        for i in [1, 2] {
            letter.blocks[i].kind = BlockKind::Heading;
            letter.blocks[i].level = Some(1);
        }
        assert!(heads_an_empty_section(&letter, 1));
        assert!(!heads_an_empty_section(&letter, 2));
        // A section whose text starts under a subheading is not empty.
        let mut specification = Document::of_paragraphs(
            "specification.txt",
            &[
                "2 Leistungsbeschreibung",
                "2.1 Allgemeines",
                "Der Auftragnehmer betreibt die Plattform.",
            ],
        );
        specification.blocks[0].kind = BlockKind::Heading;
        specification.blocks[0].level = Some(1);
        specification.blocks[1].kind = BlockKind::Heading;
        specification.blocks[1].level = Some(2);
        assert!(!heads_an_empty_section(&specification, 0));
    }

    /// A list without a gate runs its regex on every sentence asked: each list of the lexicons
    /// has one, from how its matches start or from a part every match needs.
    #[test]
    fn every_list_of_the_lexicons_has_a_gate() {
        let ungated: Vec<&str> = every_lexicon_list()
            .filter_map(|list| list.ungated())
            .map(|pattern| {
                &pattern[..pattern
                    .char_indices()
                    .nth(160)
                    .map_or(pattern.len(), |(i, _)| i)]
            })
            .collect();
        assert!(ungated.is_empty(), "{ungated:#?}");
    }

    /// Every list of the lexicons is searched by the lazy DFA to the end of any text: a word
    /// boundary `\b` in a pattern made it give up at the first letter outside ASCII, and the
    /// PikeVM searched the sentence again (see `wordlist::WORD_END_IN_CLAUSE`).
    #[test]
    fn no_list_makes_the_lazy_dfa_give_up() {
        let quitting: Vec<&str> = every_lexicon_list()
            .filter_map(|list| list.quits_the_lazy_dfa())
            .collect();
        assert!(quitting.is_empty(), "{quitting:#?}");
    }

    /// The anchors of every list of the lexicons are in the table `anchors.tsv`, as they are
    /// read from the patterns today: a list changed without the table is only slower to make,
    /// but a table gone stale after a change to how anchors are read would turn texts away
    /// wrongly. `TENDERLINT_WRITE_ANCHORS=1` rewrites it.
    #[test]
    fn every_list_has_its_anchors_known() {
        let (citations, bodies) = (super::jurisdiction::citations(), super::buyer::bodies());
        let mut rows: Vec<String> = every_lexicon_list()
            .chain(citations.lists())
            .chain(bodies.lists())
            .flat_map(|list| list.known_anchors_rows())
            .collect();
        rows.sort();
        rows.dedup();
        let table = rows.join("\n") + "\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/anchors.tsv");
        if std::env::var_os("TENDERLINT_WRITE_ANCHORS").is_some() {
            std::fs::write(path, &table).unwrap();
        }
        assert!(
            include_str!("anchors.tsv") == table,
            "src/extract/anchors.tsv is not what the lists' patterns give today: rewrite it with \
             TENDERLINT_WRITE_ANCHORS=1 cargo test every_list_has_its_anchors_known"
        );
    }

    /// Every list declared in the files of lexicons is in their `every_list()`, so that its
    /// anchors are in the shared automaton: a list left out would still answer rightly, slower.
    #[test]
    fn every_list_is_gathered() {
        let declared = regex::Regex::new(
            r"(?m)^    ([A-Z_0-9]+) = \[|static ([A-Z_0-9]+): LazyLock<WordList>",
        )
        .unwrap();
        for (file, source) in [
            ("lexicon.rs", include_str!("lexicon.rs")),
            ("cues.rs", include_str!("cues.rs")),
            ("role.rs", include_str!("role.rs")),
        ] {
            let gathered = source
                .split("fn every_list()")
                .nth(1)
                .and_then(|rest| rest.split("\n}\n").next())
                .unwrap_or_default();
            let mut names = 0;
            for found in declared.captures_iter(source) {
                let name = found.get(1).or(found.get(2)).map_or("", |m| m.as_str());
                let listed = gathered.match_indices(&format!("&{name}")).any(|(at, m)| {
                    !gathered[at + m.len()..]
                        .starts_with(|c: char| c == '_' || c.is_ascii_alphanumeric())
                });
                assert!(listed, "{file}: {name} is not in every_list()");
                names += 1;
            }
            assert!(names > 0, "{file}: no list found");
        }
    }
}
