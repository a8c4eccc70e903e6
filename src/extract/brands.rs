//! Brands: the providers and products a sentence names, with the role the sentence gives
//! them, one mention per brand and sentence.

use std::ops::Range;

use super::Extractor;
use super::buyer_name::BuyerNames;
use super::cues::{self, ClauseSpan};
use super::evidence::Sentence;
use super::lexicon as lx;
use super::text::{head, last_slashed_item, tail};
use super::wordlist::WordList;
use crate::model::{Document, FormatMention, Modality, ProviderMention};

/// A provider, the product when one was named, and whether naming it means hosting (a cloud
/// platform or storage service, or a cloud provider named alone).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Brand {
    pub(super) provider: String,
    pub(super) product: Option<String>,
    pub(super) hosting: bool,
    /// For a name that is also an ordinary word ("Teams", "Zoom", "Oracle"): the index of the
    /// words that must be in the sentence for the name to be the brand.
    pub(super) sense: Option<usize>,
}

impl Extractor {
    /// The brands' acronyms that a document spells out as other words, next to them:
    /// "American Welding Society. (AWS)", "AWS “American Welding Society”". The brand's own
    /// spelling ("Amazon Web Services (AWS)") defines the brand, so it does not count.
    pub(super) fn acronyms_spelled_out_otherwise(&self, document: &Document) -> Vec<String> {
        let mut other = Vec::new();
        for block in &document.blocks {
            let text = block.text.as_str();
            for m in lx::ACRONYM.find_iter(text) {
                let acronym = m.as_str();
                if other.iter().any(|a| a == acronym) {
                    continue;
                }
                let Some(words) = spelling_next_to(text, m.range()) else {
                    continue;
                };
                let brands = self.providers.find_all(acronym);
                let spelled_brands = self.providers.find_all(words);
                let is_a_brand = !brands.is_empty();
                let spells_the_brand = brands.iter().any(|(_, brand)| {
                    spelled_brands
                        .iter()
                        .any(|(_, spelled)| spelled.provider == brand.provider)
                });
                if is_a_brand && !spells_the_brand {
                    other.push(acronym.to_string());
                }
            }
        }
        other
    }

    /// Brands named in a sentence. A name inside a format ("au format Excel") is a format
    /// fact; a provider named just before its product ("Microsoft SharePoint") is one mention.
    pub(super) fn providers(
        &self,
        sentence: &Sentence<'_>,
        formats: &[(Range<usize>, FormatMention)],
        other_acronyms: &[String],
    ) -> Vec<(Range<usize>, bool, ProviderMention)> {
        let text = sentence.text;
        let mut found = self.providers.find_all(text);
        // "die Teams der Fachabteilung", "Zoom levels", "the Knowledge Exchange programme": an
        // ambiguous name is the brand only where the sentence speaks of what the brand is for.
        found.retain(|(_, brand)| {
            brand
                .sense
                .is_none_or(|i| self.senses.get(i).is_some_and(|sense| sense.is_match(text)))
        });
        // "American Welding Society (AWS)": an acronym the document spells out as something
        // else is not the brand anywhere in it.
        found.retain(|(range, _)| !other_acronyms.iter().any(|a| *a == text[range.clone()]));
        // "Amazon RDS for Oracle": what follows "for" qualifies the product named before it.
        let qualifiers: Vec<usize> = found
            .windows(2)
            .filter(|pair| {
                let between = text.get(pair[0].0.end..pair[1].0.start).unwrap_or_default();
                pair[1].1.product.is_none()
                    && between.split_whitespace().count() == 1
                    && lx::QUALIFIED_BY.is_match(between)
            })
            .map(|pair| pair[1].0.start)
            .collect();
        found.retain(|(range, _)| !qualifiers.contains(&range.start));
        found.retain(|(range, _)| {
            !formats
                .iter()
                .any(|(f, _)| f.start < range.end && range.start < f.end)
        });
        let with_products: Vec<String> = found
            .iter()
            .filter(|(_, brand)| brand.product.is_some())
            .map(|(_, brand)| brand.provider.clone())
            .collect();
        found.retain(|(_, brand)| {
            brand.product.is_some() || !with_products.contains(&brand.provider)
        });
        let mut out = Vec::new();
        for (index, (range, brand)) in found.iter().enumerate() {
            let clause = cues::clause_around(text, range.start);
            let before = &text[clause.range.start..range.start];
            let next_start = found
                .get(index + 1)
                .map_or(clause.range.end, |(r, _)| r.start.min(clause.range.end));
            let after = &text[range.end..next_start.max(range.end)];
            let list_end = last_slashed_item(&text[range.end..clause.range.end.max(range.end)]);
            let list_or_equivalent =
                list_end.is_some_and(|last| lx::OR_EQUIVALENT.is_match(head(last, 40)));
            // "PDF/Microsoft Word/OpenDocument or compatible": alternatives, each allowed.
            let role = match role_of(sentence, &clause, range, after) {
                Modality::Required if list_or_equivalent => Modality::Allowed,
                // A contract operating the buyer's existing systems names them as its
                // subject-matter ("l'infogérance de son système d'information"): a product it
                // requires without supplying it is the buyer's own, not a specification that
                // needs "or equivalent" (Directive 2014/24/EU art. 42(4)).
                Modality::Required
                    if sentence.in_contract_operating_existing_systems()
                        && !lx::SUPPLIED.is_match(text) =>
                {
                    Modality::Mentioned
                }
                role => role,
            };
            let near_before = tail(before, 40);
            let mention = ProviderMention {
                provider: brand.provider.clone(),
                product: brand.product.clone(),
                matched: text[range.clone()].to_string(),
                role,
                or_equivalent: lx::OR_EQUIVALENT.is_match(after)
                    || list_or_equivalent
                    || lx::EQUIVALENT_TO.is_match(near_before),
                // Wider than "equivalent to": "s'interfacer, sans développement spécifique,
                // avec le progiciel X" puts its verb far from the name.
                compatibility: (compatible_before(before) && !cues::introduced_as_example(before))
                    // "exporting the selection to Excel", "templates for at least MS Word":
                    // files for the buyer's desktop tools, which nobody is asked to supply.
                    || (!brand.hosting && just_after(&lx::FILES_FOR_A_TOOL, before))
                    // "run the system on clients based on MS Windows 10": the buyer's platform
                    // the product must run on. A cloud to run on is hosting, bought: "in der
                    // Azure-Umgebung des Auftraggebers zu betreiben".
                    || (!brand.hosting && just_after(&lx::RUNS_ON, before))
                    // "linking CSP licences to Azure tenants": accounts in the product, which
                    // the service works with.
                    || (just_after(&lx::LINKED_TO, before)
                        && lx::ACCOUNTS_IN.is_match(head(after, 20)))
                    || lx::COMPATIBLE.is_match(head(after, 14))
                    || lx::API_OF_THE_BRAND.is_match(head(after, 10))
                    // Not a platform to run on: "hosted on Azure, already used by the
                    // Council" imposes Azure.
                    || (role == Modality::Required
                        && !brand.hosting
                        && lx::ALREADY_IN_USE.is_match(head(after, 50))
                        && !lx::SUPPLY.is_match(&text[clause.range.clone()])),
                renewal: lx::RENEWAL.is_match(&text[clause.range.clone()]),
                // "Openbare procedure voor de aankoop van … DB2 LUW": the product bought as the
                // contract's object, like its licences (v59).
                licence_purchase: lx::LICENCE_PURCHASE.is_match(&text[clause.range.clone()])
                    || lx::PURCHASE_OF.is_match(&text[clause.range.clone()]),
                justification: None,
                evidence: sentence.evidence_on(&text[range.clone()]),
            };
            out.push((range.clone(), brand.hosting, mention));
        }
        share_along_lists(text, &mut out);
        out
    }
}

/// "compatible with Adobe Photoshop and InDesign", "mit Adobe Photoshop, InDesign und
/// Illustrator kompatibel": the names of one list share the compatibility asked of any of them,
/// or asked right after the list; a list after "a tool for" names the platforms of what is
/// built, every one of them.
fn share_along_lists(text: &str, mentions: &mut [(Range<usize>, bool, ProviderMention)]) {
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while end < mentions.len()
            && text
                .get(mentions[end - 1].0.end..mentions[end].0.start)
                .is_some_and(|between| lx::PLACE_LIST_JOIN.is_match(between))
        {
            end += 1;
        }
        let list = &mut mentions[start..end];
        // "a grammar checker tool for MS Office and Google apps users": the platform of what is
        // built is named, not bought, and so is every platform of its list.
        let built_for = list
            .first()
            .and_then(|(range, _, _)| text.get(..range.start))
            .is_some_and(|before| just_after(&lx::BUILT_FOR, before));
        if built_for {
            for (_, _, mention) in list.iter_mut() {
                mention.role = Modality::Mentioned;
            }
        }
        if list.len() > 1 {
            let rest = list
                .last()
                .and_then(|(range, _, _)| text.get(range.end..))
                .map_or("", |rest| head(rest, 40));
            let asked_after = lx::COMPATIBLE
                .find(rest)
                .is_some_and(|found| rest[..found.start()].split_whitespace().count() <= 3);
            if asked_after || list.iter().any(|(_, _, mention)| mention.compatibility) {
                for (_, _, mention) in list.iter_mut() {
                    mention.compatibility = true;
                }
            }
        }
        start = end;
    }
}

/// Whether the words before a name ask for compatibility with it: "s'interfacer, sans
/// développement spécifique, avec le progiciel X". The words must end at most three words
/// before the name, so that "capable de s'interfacer avec le SIRH, ainsi que 500 licences X"
/// asks nothing of X; or further when those between name the buyer's own system the product
/// is ("integrarse en el sistema documental corporativo de la APS (SharePoint)").
fn compatible_before(before: &str) -> bool {
    let buyers_own = lx::BUYERS_OWN_SYSTEM.is_match(tail(before, 40));
    words_since_last(&lx::COMPATIBLE, tail(before, 90))
        .is_some_and(|between| between <= 3 || (buyers_own && between <= 10))
}

/// Whether a name comes at most three words after a match of `list` in the words before it:
/// files made for it ("exporting the selection to Excel"), a platform to run on ("run the system
/// on"), accounts linked to ("linking CSP licences to").
fn just_after(list: &WordList, before: &str) -> bool {
    words_since_last(list, tail(before, 60)).is_some_and(|between| between <= 3)
}

/// How many words follow the last match of `list` in `text`, if it matches. A match takes the
/// boundary characters around its words, so the next may start on the last character of the
/// one before ("run the system on␣clients based on"): each search starts there.
fn words_since_last(list: &WordList, text: &str) -> Option<usize> {
    let mut last_end = None;
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| list.find(rest)) {
        let end = from + found.end();
        last_end = Some(end);
        match text[..end].chars().next_back() {
            Some(boundary) if !boundary.is_alphanumeric() && end - boundary.len_utf8() > from => {
                from = end - boundary.len_utf8();
            }
            _ => break,
        }
    }
    last_end.map(|end| text[end..].split_whitespace().count())
}

/// Whether a sentence says that the subject-matter of the contract justifies the brands it
/// (or the sentence before) names; "n'est pas justifié par l'objet du marché" does not.
pub(super) fn states_subject_matter_justification(text: &str) -> bool {
    lx::SUBJECT_MATTER_JUSTIFIED
        .find_iter(text)
        .any(|found| !lx::NEGATION.is_match(tail(&text[..found.start()], 20)))
}

/// One mention per brand and sentence: a brand the sentence presents as context ("staff use
/// X; this use will be migrated away from X") is context in all its mentions there.
pub(super) fn merge_brand_mentions(
    mentions: Vec<ProviderMention>,
    is_region: impl Fn(&str) -> bool,
) -> Vec<ProviderMention> {
    let mut merged: Vec<ProviderMention> = Vec::new();
    for mention in mentions {
        match merged
            .iter_mut()
            .find(|m| m.provider == mention.provider && m.product == mention.product)
        {
            Some(first) => {
                // A region id after the platform ("sur Google Cloud, dans la région
                // europe-west9") names where, not the product again: it keeps the role.
                let region = is_region(&mention.matched);
                if matches!(mention.role, Modality::Mentioned | Modality::Excluded) && !region {
                    first.role = mention.role;
                }
                first.or_equivalent |= mention.or_equivalent;
                first.compatibility |= mention.compatibility;
                first.renewal |= mention.renewal;
                first.licence_purchase |= mention.licence_purchase;
            }
            None => merged.push(mention),
        }
    }
    merged
}

/// What a sentence does with the brand at `range`: the parts of the tender and who speaks
/// first (a list's lead-in, a negation, the bid, context, examples, the buyer's environment),
/// then the cue words of its clause around a default that the verbs near the brand give.
fn role_of(
    sentence: &Sentence<'_>,
    clause: &ClauseSpan,
    range: &Range<usize>,
    after: &str,
) -> Modality {
    let text = sentence.text;
    let clause_text = &text[clause.range.clone()];
    let before = &text[clause.range.start..range.start];
    if sentence.excluded_by_lead_in {
        Modality::NotRequired
    } else if lx::NOT_BEFORE.is_match(tail(before, 14)) {
        Modality::Excluded
    } else if cues::in_example_list(text, clause, range)
        && !sentence.about_the_bid
        && cues::cue(clause_text) == Some(Modality::Excluded)
    {
        // "Cloud-Speicherdienste wie OneDrive oder Box dürfen … nicht genutzt werden": the
        // examples of what is excluded are excluded.
        Modality::Excluded
    } else if sentence.about_the_bid
        || sentence.in_context_part()
        || cues::in_example_list(text, clause, range)
        || cues::in_bracketed_enumeration(text, range)
        || lx::WORKS_ON.is_match(before)
    {
        Modality::Mentioned
    } else if lx::DEPLOY_TARGET.is_match(before) && !lx::FORMER.is_match(clause_text) {
        // "deployment on the existing AWS infrastructure", "Der Betrieb erfolgt im bestehenden
        // Azure-Tenant der Auftraggeberin": the buyer's environment is the target the solution
        // must run on, whoever the sentence names first.
        Modality::Required
    } else if lx::BUYER_HOLDS_LICENCES.is_match(clause_text)
        && cues::cue(clause_text) != Some(Modality::Required)
    {
        // "La collectivité dispose d'une licence SharePoint": the buyer's own, described.
        Modality::Mentioned
    } else if (BuyerNames::just_before(before)
        || (lx::BUYERS_OWN_SYSTEM.is_match(tail(before, 40))
            && (!lx::COMPATIBLE.is_match(clause_text)
                || lx::FILED_DOCUMENTS.is_match(head(clause_text, 60)))))
        && !lx::SUPPLY.is_match(clause_text)
    {
        // "les plateformes AMF SharePoint", "archivados en el sistema documental corporativo
        // de la APS (SharePoint)": the buyer's own, qualified by the buyer's name or as its
        // system, where documents are filed. Software integrating with it is compatibility,
        // read below.
        Modality::Mentioned
    } else if lx::BUYER_SIDE.is_match(head(clause_text, 70))
        && !lx::PROCUREMENT.is_match(before)
        && !lx::SUPPLY.is_match(clause_text)
        && matches!(cues::cue(clause_text), None | Some(Modality::Mentioned))
    {
        // "Les agents utilisent Microsoft Teams", "The Ministry's intranet is built on
        // SharePoint": the buyer's environment, described.
        Modality::Mentioned
    } else if lx::CURRENT_STATE.is_match(text)
        && !matches!(cues::cue(clause_text), Some(Modality::Required))
    {
        // "Die IT-Abteilung betreibt bereits eine Nextcloud-Instanz", "the current software,
        // run on Oracle", "runs SAP, which is outside the scope": what exists, described.
        Modality::Mentioned
    } else if lx::CHOSEN.is_match(tail(before, 50)) {
        // "La plateforme d'hébergement retenue est Microsoft Azure": the buyer's choice, imposed.
        Modality::Required
    } else if lx::LICENCE_PURCHASE.is_match(clause_text) || lx::PURCHASE_OF.is_match(clause_text) {
        // "Lizenzbeschaffung von Microsoft 365 E3 Lizenzen": the licences bought name the
        // contract's object (not "von" as an agent's).
        cues::modality_at(text, clause, range.clone(), Modality::Required)
    } else if lx::AGENT.is_match(tail(before, 12)) && cues::cue(clause_text).is_none() {
        // "wird von VMware bereitgestellt": the brand does something, nobody buys it.
        Modality::Mentioned
    } else {
        let default = if clause.conditional {
            Modality::Allowed
        } else if lx::USES.is_match(tail(before, USES_BEFORE))
            || lx::USES.is_match(head(after, 40))
            || lx::COMPATIBLE.is_match(clause_text)
            // "Die Anwendung wird in der Azure-Region Switzerland North betrieben": a cloud's
            // region where the solution runs names the platform it runs on.
            || ((lx::DEPLOYMENT.is_match(clause_text) || lx::STORAGE.is_match(clause_text))
                && (lx::REGION_WORD.is_match(head(after, 12))
                    || lx::REGION_WORD.is_match(tail(before, 12))))
            // In a tender the contractor's present tense binds: "Le titulaire héberge la
            // plateforme sur …", "Der Auftragnehmer betreibt die Lösung auf …".
            || (lx::PROCUREMENT.is_match(clause_text)
                && (lx::USES.is_match(clause_text) || lx::DEPLOYMENT.is_match(clause_text)))
        {
            Modality::Required
        } else {
            Modality::Mentioned
        };
        cues::modality_at(text, clause, range.clone(), default)
    }
}

/// How far before a name a word of use makes it required: "basadas en la suite de productos
/// Office 365" puts four words between them.
const USES_BEFORE: usize = 50;

/// The capitalised words right before or after an acronym (a few marks between) whose initials
/// make it: "American Welding Society" beside "AWS".
fn spelling_next_to(text: &str, acronym: Range<usize>) -> Option<&str> {
    let letters = acronym.len();
    let is_mark = |c: char| !c.is_alphanumeric();
    let initials_match = |run: &str| {
        let words: Vec<&str> = run.split_whitespace().collect();
        words.len() == letters
            && words
                .iter()
                .zip(text[acronym.clone()].chars())
                .all(|(word, letter)| {
                    word.starts_with(letter) && word.chars().nth(1).is_some_and(char::is_lowercase)
                })
    };
    // Before: the words end within a few marks of the acronym.
    let before = &text[..acronym.start];
    let before = before.trim_end_matches(is_mark);
    if acronym.start - before.len() <= 4 {
        let start = before
            .char_indices()
            .rev()
            .filter(|(_, c)| c.is_whitespace())
            .nth(letters - 1)
            .map_or(0, |(i, _)| i + 1);
        let run = &before[start..];
        if initials_match(run) {
            return Some(run);
        }
    }
    // After: the words start within a few marks of it.
    let after = &text[acronym.end..];
    let trimmed = after.trim_start_matches(is_mark);
    if after.len() - trimmed.len() <= 4 {
        let end = trimmed
            .char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .nth(letters - 1)
            .map_or(trimmed.len(), |(i, _)| i);
        let run = trimmed[..end].trim_end_matches(is_mark);
        if initials_match(run) {
            return Some(run);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_acronym_is_spelled_out_by_the_capitalised_words_beside_it() {
        let spelled = |text: &str, acronym: &str| {
            let start = text.find(acronym).unwrap_or_else(|| panic!("{acronym}"));
            spelling_next_to(text, start..start + acronym.len()).map(str::to_string)
        };
        let words = Some("American Welding Society".to_string());
        assert_eq!(spelled("American Welding Society. (AWS).", "AWS"), words);
        assert_eq!(
            spelled("les normes AWS « American Welding Society ».", "AWS"),
            words
        );
        assert_eq!(
            spelled("the Amazon Web Services (AWS) cloud", "AWS").as_deref(),
            Some("Amazon Web Services")
        );
        assert_eq!(
            spelled("Welds follow AWS D1.1 of the society.", "AWS"),
            None
        );
        assert_eq!(
            spelled(
                "The AWS cloud, used by American Welding Society members.",
                "AWS"
            ),
            None
        );
    }

    #[test]
    fn a_justification_by_the_subject_matter_is_read_unless_denied() {
        for said in [
            "Licences Microsoft 365, référence justifiée par l'objet du marché.",
            "Cette référence est justifiée par l’objet du contrat.",
            "Die Vorgabe ist durch den Auftragsgegenstand gerechtfertigt.",
            "A reference justified by the subject-matter of the contract.",
            "Referencia justificada por el objeto del contrato.",
            // The installed base as the reason.
            "Wünschenswert wäre die Nutzung von WordPress, da alle Projekt-Websites des IfL WordPress verwenden.",
            "TYPO3 is required because all the ministry's sites run on TYPO3.",
        ] {
            assert!(states_subject_matter_justification(said), "{said}");
        }
        for denied in [
            "Cette mention n'est pas justifiée par l'objet du marché.",
            "This is not justified by the subject matter of the contract.",
            "Was nicht durch den Auftragsgegenstand gerechtfertigt ist.",
            "Le titulaire fournit les licences Microsoft 365 E3.",
            "Microsoft 365 est imposé car il est le plus répandu.",
        ] {
            assert!(!states_subject_matter_justification(denied), "{denied}");
        }
    }
}
