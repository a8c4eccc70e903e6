//! Where the data goes: the places a sentence states for data, hosting, administration or
//! support, what data or activity each place is for, and whether hosting is part of the
//! contract at all.

use std::cell::RefCell;
use std::ops::Range;

use super::Extractor;
use super::cues;
use super::evidence::Sentence;
use super::lexicon as lx;
use super::memo::{Memo, remembered};
use super::text::{blank, floor_char, head, trimmed};
use crate::model::{
    Block, BlockKind, DataScope, Document, Evidence, HostingScope, LocationFact, Modality,
    PlaceKind,
};

/// A place the gazetteer knows.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Place {
    pub(super) code: String,
    pub(super) kind: PlaceKind,
    pub(super) in_eea: bool,
}

impl Extractor {
    /// Whether a name is, whole, a cloud region the reference data places ("francesouth",
    /// "europe-west9"): a region named after a platform says where, not the product again.
    pub(super) fn is_cloud_region(&self, name: &str) -> bool {
        self.places
            .find_all(name)
            .iter()
            .any(|(range, place)| place.kind == PlaceKind::Region && range.len() == name.len())
    }

    /// Stated locations: known places after a preposition of place (or as an attribute of
    /// regions and data centres), "anywhere" phrases and third countries, in sentences about
    /// data, hosting, administration or support.
    pub(super) fn locations(&self, sentence: &Sentence<'_>) -> Vec<LocationFact> {
        let text = sentence.text;
        // A place in a sentence on the bidder's proof of standing ("bidders registered in a
        // database of an EU Member State need not present their supporting documents") locates
        // no data of the service.
        // Nor does the buyer's notice on the personal data of bidders (GDPR art. 13): "I dati
        // personali non saranno trasferiti al di fuori dell'Unione Europea" is about the bids.
        if lx::BIDDER_EVIDENCE.is_match(text) || sentence.in_privacy_notice() {
            return Vec::new();
        }
        // "4.3 Verwerking buiten de EER" titles the clause that says what is allowed there.
        if sentence.is_heading() && cues::cue(text).is_none() {
            return Vec::new();
        }
        let mut found: Vec<(Range<usize>, Place, bool)> = Vec::new();
        let third: Vec<Range<usize>> = lx::THIRD_COUNTRIES
            .find_iter(text)
            .map(|m| trimmed(text, m.range()))
            .collect();
        // "proposer à France Travail un accès", "financed by Horizon Europe": a body's or a
        // programme's name, no place.
        let names: Vec<Range<usize>> = lx::NAMED_AFTER_A_PLACE
            .find_iter(text)
            .map(|m| trimmed(text, m.range()))
            .collect();
        let mut last_accepted: Option<usize> = None;
        for (range, place) in self.places.find_all(text) {
            if third
                .iter()
                .chain(&names)
                .any(|t| t.start <= range.start && range.end <= t.end)
            {
                continue;
            }
            let before = &text[..range.start];
            let window_start = floor_char(before, before.len().saturating_sub(60));
            let leaving = lx::LEAVING.is_match(&before[window_start..])
                || lx::LEAVING_AFTER.is_match(&text[range.end..]);
            let locative = leaving
                || lx::LOCATIVE.is_match(&before[window_start..])
                || (text
                    .get(range.start..range.start + 6)
                    .is_some_and(|word| word.eq_ignore_ascii_case("territ"))
                    && lx::ON_TERRITORY.is_match(&before[window_start..]));
            if compared_within(&before[window_start..])
                || lx::SEAT.is_match(&before[window_start..])
                || lx::SEAT_AFTER.is_match(&text[range.end..])
            {
                continue;
            }
            let attribute = lx::PLACE_ATTRIBUTE.is_match(&text[range.end..])
                || (lx::ANSWER.is_match(text)
                    && lx::BINDING_AFTER.is_match(head(&text[range.end..], 24)));
            let listed = last_accepted.is_some_and(|end| {
                end <= range.start && lx::PLACE_LIST_JOIN.is_match(&text[end..range.start])
            });
            // A provider's region id ("eu-central-1", "francecentral") is a place however the
            // sentence names it.
            let region = place.kind == PlaceKind::Region;
            if locative || attribute || listed || region {
                let outside = leaving || lx::OUTSIDE.is_match(&before[window_start..]);
                last_accepted = Some(range.end);
                found.push((range, place, outside));
            }
        }
        for range in third {
            let words = text[range.clone()].to_uppercase();
            let eea = [
                "EEA",
                "EEE",
                "EWR",
                "SEE",
                "EER",
                "ECONOMIC AREA",
                "ÉCONOMIQUE",
                "WIRTSCHAFTSRAUM",
                "ECONOMICO",
                "ECONÓMICO",
                "ECONOMISCHE",
            ]
            .iter()
            .any(|w| words.contains(w));
            let place = Place {
                code: if eea { "EEA" } else { "EU" }.to_string(),
                kind: PlaceKind::Group,
                in_eea: true,
            };
            found.push((range, place, true));
        }
        for m in lx::ANYWHERE.find_iter(text) {
            // "anywhere within the European Union", "any region outside the United Kingdom":
            // the place that follows bounds it.
            let after = head(&text[m.end()..], 60);
            if lx::BOUNDED_BY_WHAT_FOLLOWS.is_match(after)
                && (!self.places.find_all(after).is_empty() || lx::THIRD_COUNTRIES.is_match(after))
            {
                continue;
            }
            let place = Place {
                code: "ANY".to_string(),
                kind: PlaceKind::Anywhere,
                in_eea: false,
            };
            found.push((trimmed(text, m.range()), place, false));
        }
        found.sort_by_key(|(r, _, _)| r.start);
        let transfer = lx::TRANSFERS.is_match(text);
        // Other facts carry these: third countries in a clause on foreign law (immunity) or in
        // a foreign authority's request for the data (the authority's country, not the data's),
        // the reach of worldwide subcontractors, the destinations of transfers. Nobody's: the
        // territory of rights granted.
        let immunity = lx::IMMUNITY.is_match(text) || lx::GOVERNMENT_ACCESS.is_match(text);
        let subprocessors = lx::SUBPROCESSORS.is_match(text);
        let rights = lx::RIGHTS_GRANTED.is_match(text);
        found.retain(|(_, place, outside)| {
            let abroad = *outside || place.kind == PlaceKind::Anywhere || !place.in_eea;
            // "cède … les droits … pour le monde entier": where the rights hold.
            let carried_elsewhere = immunity && *outside
                || (subprocessors || rights) && place.kind == PlaceKind::Anywhere
                || transfer && abroad;
            !carried_elsewhere
        });
        let places: Vec<Range<usize>> = found.iter().map(|(r, _, _)| r.clone()).collect();
        let mut out = Vec::new();
        let mut out_ranges = Vec::new();
        for (index, (range, place, outside)) in found.into_iter().enumerate() {
            let clause = cues::clause_around(text, range.start);
            let clause_text = &text[clause.range.clone()];
            // A place's own words first; then the clause up to it ("in France or Germany",
            // "eu-west-3 (Paris)": a place named with the one before it); then the clause.
            let stretch = own_stretch(&clause.range, &places, index);
            let mut scope = data_scopes(&text[stretch.clone()]);
            if scope.is_empty() && stretch != clause.range {
                scope = data_scopes(&text[clause.range.start..range.end.max(clause.range.start)]);
            }
            if scope.is_empty() {
                scope = data_scopes(clause_text);
            }
            if scope.is_empty() {
                scope = data_scopes(text);
            }
            // "Les journaux techniques sont non seulement chiffrés, mais également conservés
            // dans l'Union": a clause that only keeps or processes keeps what the sentence
            // named before it, when that was logs or backups alone.
            if !scope.is_empty()
                && scope
                    .iter()
                    .all(|s| matches!(s, DataScope::Storage | DataScope::Processing))
                && !lx::DATA.is_match(clause_text)
            {
                let named_before = data_scopes(&text[..clause.range.end]);
                if !named_before.is_empty()
                    && named_before
                        .iter()
                        .all(|s| matches!(s, DataScope::Backups | DataScope::TechnicalData))
                {
                    scope = named_before;
                }
            }
            // Data and a place are not enough: "the data in the official lists (directories)
            // of a Member State" says where a register is, not where this contract keeps the
            // data. The sentence must speak of the data's whereabouts (kept, hosted, processed,
            // sent, staying or leaving), unless it answers a question about them or names a
            // provider's region.
            let only_what_data = scope
                .iter()
                .all(|s| matches!(s, DataScope::Data | DataScope::TechnicalData));
            if only_what_data
                && !scope.is_empty()
                && !outside
                && place.kind != PlaceKind::Region
                && !lx::ANSWER.is_match(text)
                && !speaks_of_whereabouts(text)
            {
                continue;
            }
            // A terse answer names the place of the data the question asked about; a provider's
            // region is where the data are hosted.
            if scope.is_empty() && (lx::ANSWER.is_match(text) || place.kind == PlaceKind::Region) {
                scope.push(DataScope::Data);
            }
            if scope.is_empty() {
                continue;
            }
            let default = if clause.conditional || lx::TRANSFERS.is_match(clause_text) {
                Modality::Allowed
            } else {
                Modality::Required
            };
            // "Risposta: UE obbligatoria, Italia preferibile": each place's own word binds it.
            let said_after = head(&text[range.end..], 24);
            let said_after = &said_after[..said_after.find([',', ';']).unwrap_or(said_after.len())];
            let mut modality =
                if lx::ANSWER.is_match(text) && lx::BINDING_AFTER.is_match(said_after) {
                    cues::modality(said_after, Modality::Required)
                } else {
                    cues::modality_at(text, &clause, range.clone(), default)
                };
            // "No personal data shall be processed outside the EEA": what is outside is excluded.
            if outside && modality == Modality::Required && cues::is_negated(clause_text) {
                modality = Modality::Excluded;
            }
            // "may only be processed outside the United Kingdom with the prior written consent",
            // "may only be stored in the United States where SCCs apply": outside a territory or
            // under a condition, "only" restricts a permission.
            if (outside || cues::has_condition(clause_text))
                && modality == Modality::Required
                && cues::restricts(clause_text)
            {
                modality = Modality::Allowed;
            }
            out_ranges.push(range.clone());
            out.push(LocationFact {
                place: text[range.clone()].to_string(),
                code: place.code,
                kind: place.kind,
                outside,
                modality,
                scope,
                evidence: sentence.evidence_on(&text[range.clone()]),
            });
        }
        share_scope_along_lists(text, &out_ranges, &mut out);
        out
    }
}

/// "Unterauftragsverarbeiter dürfen die Daten ausschließlich in Rechenzentren in Deutschland
/// oder Österreich verarbeiten": places of one list share what the list is for, said after the
/// last of them when the verb comes last.
fn share_scope_along_lists(text: &str, ranges: &[Range<usize>], facts: &mut [LocationFact]) {
    for i in (0..facts.len().saturating_sub(1)).rev() {
        let joined = text
            .get(ranges[i].end..ranges[i + 1].start)
            .is_some_and(|between| lx::PLACE_LIST_JOIN.is_match(between));
        if joined
            && facts[i].scope == [DataScope::Data]
            && facts[i + 1].scope != [DataScope::Data]
            && facts[i].outside == facts[i + 1].outside
        {
            facts[i].scope = facts[i + 1].scope.clone();
        }
    }
}

/// The stretch of a clause that speaks of the place at `places[index]` when the clause names
/// several: from the end of the place before it to the end of this one, or to the clause's
/// end for the last ("Production data shall be stored in Dublin, with backups in Amsterdam":
/// the backups are Amsterdam's, not Dublin's). With one place in the clause, the whole clause.
fn own_stretch(clause: &Range<usize>, places: &[Range<usize>], index: usize) -> Range<usize> {
    let in_clause = |place: &&Range<usize>| clause.contains(&place.start);
    let before = places[..index].iter().rev().find(in_clause);
    let after = places[index + 1..].iter().find(in_clause);
    match (before, after) {
        (None, None) => clause.clone(),
        (before, after) => {
            let from = before.map_or(clause.start, |previous| previous.end.max(clause.start));
            let to = after.map_or(clause.end, |_| places[index].end);
            from..to.max(from)
        }
    }
}

/// Whether a sentence's text (its brand names set aside) names hosting. In a contract that
/// operates the buyer's systems, "infogérance" names that operation, not hosting.
pub(super) fn names_hosting(text: &str, sentence: &Sentence<'_>) -> bool {
    if sentence.in_contract_operating_existing_systems() && lx::MANAGED_OPERATIONS.is_match(text) {
        lx::HOSTING.is_match(&blank(
            text,
            lx::MANAGED_OPERATIONS.find_iter(text).map(|m| m.range()),
        ))
    } else {
        // "Las integraciones con SaaS, PaaS o productos de mercado": what the solution connects
        // to, not where it runs.
        lx::HOSTING.find_iter(text).any(|m| {
            let before = &text[floor_char(text, m.start().saturating_sub(60))..m.start()];
            !lx::INTEGRATED_WITH.is_match(before)
        })
    }
}

/// Whether a sentence about hosting makes it part of the contract: it asks for or allows it,
/// or names who does it ("the contractor", "the service") without presenting it as context,
/// or it is an item of the list that states the contract's object (`in_object_list`).
pub(super) fn procures_hosting(text: &str, in_object_list: bool) -> bool {
    if hosts_only_a_gathering(text) {
        return false;
    }
    // "Prior to 2022, the register was hosted by a supplier whose contract has since expired":
    // the buyer's past, unless the sentence also requires something now.
    // "… à un prestataire, dénommé « l'infogérant actuel »": who runs it today, likewise.
    if (lx::HOSTED_IN_THE_PAST.is_match(text) || lx::INCUMBENT.is_match(text))
        && cues::cue(text) != Some(Modality::Required)
    {
        return false;
    }
    // "Leistungsbeschreibung zur Analyse … der Verfahrensinfrastruktur im Rechenzentrum": a
    // study of hosting buys the study.
    if lx::STUDY_OF.is_match(text) && cues::cue(text) != Some(Modality::Required) {
        return false;
    }
    // "Klärung und Empfehlung, ob das Hosting auf eigenen BTU-Servern oder bei einem externen
    // Hosting-Anbieter erfolgen soll": advice asked on hosting buys the advice, whatever modal
    // verb the question holds.
    if advice_on_hosting(text) {
        return false;
    }
    // "Aangeven of deze on-premise of in de Cloud wordt aangeboden": a choice to record.
    if lx::INDICATED_CHOICE.is_match(text) && cues::cue(text) != Some(Modality::Required) {
        return false;
    }
    // "En el caso de que el proveedor proporcione sistemas … en la nube, cumplirá con el ENS":
    // a supplier's security questionnaire asks what applies if it brings cloud services of its
    // own; the contract buys none. "Estos servicios en la nube deben …" goes on about them.
    if lx::SUPPLIER_MAY_PROVIDE.is_match(text) || names_hosting_said_before(text) {
        return false;
    }
    // "Exemple : …", "For example, …": an illustration in a guide procures nothing.
    if cues::introduced_as_example(head(text, 16)) || lx::EXAMPLE_OPENING.is_match(text) {
        return false;
    }
    // "Une dépendance au prestataire cloud (un coût, si l'application doit être migrée)": a
    // risk or a drawback weighed, with no obligation but a hypothetical one, buys nothing.
    if lx::CONSIDERATION.is_match(text)
        && cues::cue(&without_conditions(text)) != Some(Modality::Required)
    {
        return false;
    }
    // "L'hébergement ne peut pas reposer sur Alibaba Cloud": hosting is the subject of a
    // requirement, whatever the requirement says of it.
    if lx::HOSTING_SUBJECT.is_match(head(text, 24))
        && (cues::cue(text).is_some() || lx::GERMAN_SOLL.is_match(text))
    {
        return true;
    }
    // "One of the largest data centre operators": a description buys nothing either.
    if only_discussed(text)
        || (lx::SUPERLATIVE.is_match(text) && cues::cue(text) != Some(Modality::Required))
    {
        return false;
    }
    match cues::cue(text) {
        Some(Modality::Required) => true,
        Some(
            Modality::Preferred | Modality::Allowed | Modality::Sufficient | Modality::Excluded,
        )
        | None => lx::PROCUREMENT.is_match(text) || in_object_list,
        Some(Modality::Mentioned | Modality::NotRequired) => false,
    }
}

/// Whether a sentence opens on hosting named before: "Estos servicios en la nube …", "These
/// cloud services …".
fn names_hosting_said_before(text: &str) -> bool {
    lx::THESE.find(head(text, 24)).is_some_and(|these| {
        lx::HOSTING.find(text).is_some_and(|hosting| {
            // A match holds the boundary before its word.
            hosting.end() > these.end()
                && text
                    .get(these.end()..hosting.start().max(these.end()))
                    .is_some_and(|between| {
                        between
                            .split(|c: char| !c.is_alphabetic())
                            .filter(|word| !word.is_empty())
                            .all(|word| SERVICE_WORDS.contains(&word.to_lowercase().as_str()))
                    })
        })
    })
}

/// The words between a demonstrative and the hosting it names again: "Estos servicios en la
/// nube", "Ces prestations d'hébergement".
const SERVICE_WORDS: &[&str] = &[
    "services",
    "servicios",
    "prestations",
    "solutions",
    "soluciones",
    "servizi",
    "soluzioni",
    "dienste",
    "leistungen",
    "diensten",
    "oplossingen",
    "en",
    "la",
    "de",
    "d",
    "of",
    "the",
    "el",
    "di",
    "in",
    "des",
    "du",
    "im",
    "der",
];

/// Whether a sentence asks advice on whether or where hosting happens: the words of hosting
/// come after those of the advice.
pub(super) fn advice_on_hosting(text: &str) -> bool {
    lx::ADVICE_ON_WHETHER.find(text).is_some_and(|advice| {
        lx::HOSTING
            .find_iter(text)
            .all(|h| h.start() >= advice.start())
    })
}

/// Whether the only hosting a sentence speaks of is a gathering's (an event, a visit, a
/// meeting hosted): the words of hosting left once the gatherings are blanked decide.
fn hosts_only_a_gathering(text: &str) -> bool {
    lx::GATHERING_HOSTED.is_match(text)
        && !lx::HOSTING.is_match(&blank(
            text,
            lx::GATHERING_HOSTED.find_iter(text).map(|m| m.range()),
        ))
}

/// Whether the buyer is the one hosting or running its own infrastructure: no other actor
/// ("qu'il", "s'il", "the contractor") stands between the buyer and the verb, who would be
/// its subject instead.
fn buyer_runs_it(text: &str) -> bool {
    lx::BUYER_RUNS_IT.groups_iter(text).any(|groups| {
        groups
            .into_iter()
            .flatten()
            .all(|between| !lx::OTHER_ACTOR.is_match(between.as_str()))
    })
}

/// A sentence without its conditional clauses, each cut from its opener ("si", "if", "falls")
/// to the next comma, semicolon or closing parenthesis.
fn without_conditions(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut from = 0;
    while let Some(condition) = lx::CONDITION_OPENER.find_at(text, from) {
        kept.push_str(&text[from..condition.start()]);
        let rest = &text[condition.end()..];
        from = rest
            .find([',', ';', ')'])
            .map_or(text.len(), |end| condition.end() + end);
    }
    kept.push_str(&text[from..]);
    kept
}

/// Whether hosting is only the topic of a meeting or discussion the sentence plans ("a workshop
/// with the Authority's infrastructure team to discuss hosting"): it neither buys hosting nor
/// says who provides it.
fn only_discussed(text: &str) -> bool {
    lx::DISCUSSION.is_match(text) && cues::cue(text) != Some(Modality::Required)
}

/// Whether the words before a place end on a superlative's phrase ("one of the largest of its
/// type in"), which makes the place the field of comparison, not a location.
fn compared_within(before: &str) -> bool {
    lx::SUPERLATIVE.find_iter(before).last().is_some_and(|m| {
        let rest = &before[m.end()..];
        rest.len() <= 40
            && !rest.contains(['.', ';', ','])
            && cues::cue(rest).is_none()
            && !lx::DEPLOYMENT.is_match(rest)
            && !lx::STORAGE.is_match(rest)
    })
}

/// Blocks opening a document before its first sentence that may hold its title.
const TITLE_BLOCKS: usize = 30;

/// The block of a tender's title that names hosting as the contract's object ("Création et
/// hébergement du site Internet du centre hospitalier", "HÉBERGEMENT WEB ET SERVICES
/// ASSOCIES"), if there is one: among the short lines opening the document before its first
/// sentence, one names a tender document ("Cahier des Clauses Techniques Particulières") and
/// one names hosting without taking it out.
/// The title ends at the first sentence or at a table of contents (`in_contents` by block index),
/// whose entries name sections, not the contract.
pub(super) fn title_naming_hosting(
    document: &Document,
    in_contents: impl Fn(usize) -> bool,
) -> Option<&Block> {
    let title: Vec<&Block> = document
        .blocks
        .iter()
        .enumerate()
        .take(TITLE_BLOCKS)
        .filter(|(_, b)| {
            !matches!(
                b.kind,
                BlockKind::Header | BlockKind::Footer | BlockKind::Metadata
            )
        })
        .take_while(|(i, b)| b.text.len() <= 200 && !is_sentence(&b.text) && !in_contents(*i))
        .map(|(_, b)| b)
        .collect();
    // "Marché public de prestations intellectuelles — Benchmark de services managés … cloud
    // providers": a study of hosting buys the study.
    // A title laid out over several lines is read whole: "Conduzione e Gestione … del Data
    // Center, … dell'Istituto" runs the buyer's own systems.
    let whole = title
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if !lx::TENDER_DOCUMENT.is_match(&whole)
        || lx::STUDY_OF.is_match(&whole)
        || lx::OPERATES_EXISTING.is_match(&whole)
    {
        return None;
    }
    title
        .into_iter()
        .find(|b| lx::HOSTING.is_match(&b.text) && not_procured(&b.text).is_none())
}

/// Whether the hosting a contract buys is only that of a public website: the sentences that put
/// it in the contract name a website, and none of them anything that holds more than published
/// pages.
pub(super) fn only_a_public_website(scope: HostingScope, evidence: &[Evidence]) -> bool {
    scope == HostingScope::Procured
        && evidence.iter().any(|e| lx::WEBSITE.is_match(&e.quote))
        && !evidence.iter().any(|e| lx::DATA_SERVICE.is_match(&e.quote))
}

/// Whether a line reads as a sentence of the body: a full stop after ten words or more, not in
/// capitals ("SERVIZI DI HOSTING, MANUTENZIONE ED ASSISTENZA … DEL COMUNE DI BOLOGNA." is a
/// title). A line cut short ("… advised to read the code of ......", a page's teaser) ends on
/// no full stop.
fn is_sentence(text: &str) -> bool {
    let text = text.trim_end();
    let in_capitals = !text.chars().any(char::is_lowercase);
    text.ends_with('.')
        && !text.ends_with("..")
        && !in_capitals
        && text.split_whitespace().count() >= 10
}

/// How a sentence says the contract does not buy hosting, if it does: hosting is excluded, the
/// solution runs on the buyer's premises, or on infrastructure the buyer provides.
pub(super) fn not_procured(text: &str) -> Option<HostingScope> {
    // "The university currently operates an on-premises file server, to be decommissioned"
    // describes what the new solution replaces, not where it runs.
    // What is being replaced or decommissioned is the buyer's past, not this contract's scope.
    if lx::FORMER.is_match(text) || hosts_only_a_gathering(text) {
        return None;
    }
    if only_discussed(text) {
        return None;
    }
    let on_premises = lx::HOSTING_ON_PREMISES.is_match(text)
        && lx::DEPLOYMENT.is_match(text)
        && lx::SOLUTION.is_match(text)
        && !lx::INTERFACING.is_match(text)
        && cues::cue(text) != Some(Modality::Mentioned);
    // "The Contractor shall not provide any hosting; the application will be deployed to a
    // Google Cloud project owned by the Trust": where the solution runs says more than what the
    // contract leaves out.
    // "La collectivité dispose aujourd'hui de ses propres serveurs": the starting point, not
    // where this contract's solution runs.
    let buyer_provided = lx::HOSTED_BY_BUYER.is_match(text)
        || ((lx::HOSTING_BUYER_PROVIDED.is_match(text) || buyer_runs_it(text))
            && !lx::INTERFACING.is_match(text)
            && !lx::IDENTITY_USE.is_match(text)
            && !lx::TODAY.is_match(text));
    if on_premises || lx::CLOUD_EXCLUDED.is_match(text) {
        Some(HostingScope::OnPremises)
    } else if buyer_provided {
        Some(HostingScope::BuyerProvided)
    } else if lx::HOSTING_EXCLUDED.is_match(text) {
        Some(HostingScope::Excluded)
    } else {
        None
    }
}

/// Whether a sentence says where data is: stored, hosted, processed, transferred, deployed, in
/// data centres, or staying, located, leaving.
pub(super) fn speaks_of_whereabouts(text: &str) -> bool {
    [
        &lx::HOSTING,
        &lx::STORAGE,
        &lx::PROCESSING,
        &lx::TRANSFERS,
        &lx::DATA_CENTRES,
        &lx::DEPLOYMENT,
        &lx::DATA_WHEREABOUTS,
    ]
    .iter()
    .any(|regex| regex.is_match(text))
}

/// What data or activity a clause speaks of.
fn data_scopes(clause: &str) -> Vec<DataScope> {
    thread_local! {
        static SCOPES: Memo<Vec<DataScope>> = RefCell::default();
    }
    remembered(&SCOPES, clause, scopes_of)
}

fn scopes_of(clause: &str) -> Vec<DataScope> {
    let mut scopes = Vec::new();
    for (scope, regex) in [
        (DataScope::Storage, &lx::STORAGE),
        (DataScope::Processing, &lx::PROCESSING),
        (DataScope::Backups, &lx::BACKUPS),
        (DataScope::TechnicalData, &lx::TECHNICAL_DATA),
        (DataScope::Administration, &lx::ADMINISTRATION),
        (DataScope::Support, &lx::SUPPORT),
    ] {
        if regex.is_match(clause) {
            scopes.push(scope);
        }
    }
    // "Data" in general, once the words for backups and technical data ("identity data") are
    // set aside.
    let rest = lx::BACKUPS.replace_all(clause, " ");
    let rest = lx::TECHNICAL_DATA.replace_all(&rest, " ");
    let rest = lx::DATA_CENTRES.replace_all(&rest, " ");
    // "Backups may be stored anywhere": the storage verb speaks of the backups only.
    let general_data = lx::DATA.is_match(&rest);
    if !general_data
        && (scopes.contains(&DataScope::Backups) || scopes.contains(&DataScope::TechnicalData))
    {
        scopes.retain(|s| !matches!(s, DataScope::Storage | DataScope::Processing));
    }
    let only_operations = !scopes.is_empty()
        && scopes
            .iter()
            .all(|s| matches!(s, DataScope::Administration | DataScope::Support));
    if general_data
        && !scopes.contains(&DataScope::Storage)
        && !scopes.contains(&DataScope::Processing)
        && !only_operations
    {
        scopes.insert(0, DataScope::Data);
    }
    // "Worldwide data centres": where the data centres are is where the data is; so is where
    // the hosted solution is ("the location of the cloud solution must be in Europe").
    if scopes.is_empty()
        && (lx::DATA_CENTRES.is_match(clause) || lx::SOLUTION_LOCATED.is_match(clause))
    {
        scopes.push(DataScope::Data);
    }
    scopes
}

#[cfg(test)]
mod tests {
    use super::*;
    fn titled(texts: &[&str]) -> Option<String> {
        title_naming_hosting(&Document::of_paragraphs("test.txt", texts), |_| false)
            .map(|b| b.text.clone())
    }

    #[test]
    fn a_title_naming_a_tender_document_and_hosting_buys_hosting() {
        let title = "INVITATION TO TENDER For the provision of the Design, Build, Implementation & Hosting of a new website";
        // A page's teaser cut short before it ends on dots, not on a sentence's full stop.
        assert_eq!(
            titled(&[
                "website document - cotswold district web viewpotential providers are advised to read the code of ......",
                title,
            ])
            .as_deref(),
            Some(title)
        );
        // After a sentence of the body, lines are no title.
        assert_eq!(
            titled(&[
                "Potential providers are advised to read the code of practice before they answer.",
                title,
            ]),
            None
        );
        // Running the buyer's own data centre buys no hosting.
        assert_eq!(
            titled(&[
                "CAPITOLATO TECNICO",
                "Conduzione e Gestione Tecnica ed Operativa della Infrastruttura di Rete, del Data Center, della Sicurezza Logica",
                "del Sistema Informativo Aziendale, dell’Istituto Nazionale Malattie Infettive",
            ]),
            None
        );
        // A title in capitals that ends on a full stop is still a title.
        let title = "SERVIZI DI HOSTING, MANUTENZIONE ED ASSISTENZA INFORMATICA PER LA RETE CIVICA DEL COMUNE.";
        assert_eq!(
            titled(&["CAPITOLATO SPECIALE D'APPALTO", title]).as_deref(),
            Some(title)
        );
        // A study of hosting, or hosting left out, buys no hosting.
        assert_eq!(
            titled(&[
                "CAHIER DES CHARGES",
                "Étude préalable à l'hébergement du site"
            ]),
            None
        );
        assert_eq!(
            titled(&["CAHIER DES CHARGES", "Refonte du site, hors hébergement"]),
            None
        );
    }

    #[test]
    fn hosting_of_a_public_website_is_told_from_hosting_of_a_service() {
        let evidence = |quotes: &[&str]| -> Vec<Evidence> {
            quotes
                .iter()
                .map(|q| Evidence::quoting("t.txt", q))
                .collect()
        };
        for website in [
            &["assistenza, manutenzione e gestione in hosting del sito per un anno"][..],
            &[
                "The applicant shall propose a hosting option for the redesigned website.",
                "The hosting must be set up so that it can be transferred.",
                "Include in your application details on how to host the website.",
            ],
            &["Integration, Hosting und Bereitstellung der neuen Projektwebsite"],
        ] {
            assert!(
                only_a_public_website(HostingScope::Procured, &evidence(website)),
                "{website:?}"
            );
        }
        for service in [
            &["canone servizio hosting e servizio e-mail per il dominio del sito web"][..],
            &["Le titulaire héberge le site internet et son formulaire de contact."],
            &["The contractor shall host the platform and its user accounts."],
        ] {
            assert!(
                !only_a_public_website(HostingScope::Procured, &evidence(service)),
                "{service:?}"
            );
        }
        assert!(!only_a_public_website(
            HostingScope::Excluded,
            &evidence(&["Hors hébergement du site internet."])
        ));
    }

    #[test]
    fn data_and_a_place_need_words_of_where_the_data_is() {
        // Registers the buyer looks data up in: no storing, hosting or processing.
        for consulted in [
            "El licitador autoriza a la mesa de contratación a comprobar los datos inscritos en los registros mercantiles de otro Estado de la Unión Europea.",
            "Le candidat autorise l'acheteur à vérifier les données figurant dans les bases officielles d'un pays de l'Union européenne.",
            "The bidder consents to the authority checking its data against the official registers of any EU Member State.",
            "Der Bieter erklärt sich einverstanden, dass die Vergabestelle seine Daten im amtlichen Verzeichnis eines Mitgliedstaats der EU abfragt.",
        ] {
            assert!(!speaks_of_whereabouts(consulted), "{consulted}");
        }
        for kept in [
            "Los datos permanecerán en territorio de la Unión Europea.",
            "Les données restent en France pendant toute la durée du marché.",
            "All data shall remain within the European Union.",
            "Die Daten verbleiben in Deutschland.",
            "The contractor shall store and process the data in the EU.",
            "Les données doivent être en France.",
        ] {
            assert!(speaks_of_whereabouts(kept), "{kept}");
        }
    }

    #[test]
    fn a_place_after_a_superlative_is_the_field_of_comparison() {
        for compared in [
            "the facility is one of the largest of its type in ",
            "l'un des plus grands opérateurs en ",
            "einer der größten Betreiber in ",
        ] {
            assert!(compared_within(compared), "{compared}");
        }
        for located in [
            "the largest data sets shall be stored in ",
            "the leading provider, whose data centres are in Ireland, stores the data in ",
            "Les données sont hébergées en ",
        ] {
            assert!(!compared_within(located), "{located}");
        }
    }

    #[test]
    fn a_meeting_about_hosting_procures_none() {
        assert!(!procures_hosting(
            "A workshop with the Authority's team to discuss hosting options will be held.",
            false
        ));
        assert!(procures_hosting(
            "The Contractor shall host the application and attend a monthly meeting.",
            false
        ));
    }

    #[test]
    fn what_applies_if_the_supplier_brings_cloud_services_procures_none() {
        for hypothetical in [
            "12.1 Protección de Servicios en la Nube En el caso de que el proveedor proporcione sistemas de información para la ejecución del contrato, respecto a los sistemas que suministran un servicio en la nube, cumplirá con el conjunto de medidas de seguridad.",
            "Estos servicios en la nube deben ser conformes con el ENS.",
            "If the supplier uses cloud services to deliver the consultancy, they must hold an ISO 27001 certificate.",
            "These cloud services shall comply with the security policy.",
        ] {
            assert!(!procures_hosting(hypothetical, false), "{hypothetical}");
        }
        assert!(procures_hosting(
            "These services include the hosting of the platform, which the contractor shall provide in the EU.",
            false
        ));
        assert!(procures_hosting(
            "Le titulaire fournit l'hébergement de la plateforme en mode SaaS.",
            false
        ));
    }

    #[test]
    fn a_drawback_weighed_procures_no_hosting() {
        for weighed in [
            "Un risque de dépendance envers le fournisseur cloud (donc des frais, si les données doivent un jour être transférées ailleurs).",
            "A drawback of a cloud hosting offer is the lock-in: a cost to plan for if the service has to be migrated one day.",
            "Ein Nachteil des Cloud-Hostings ist die Abhängigkeit vom Anbieter, falls die Anwendung später umziehen muss.",
            "Una desventaja del alojamiento en la nube es la dependencia del proveedor si la aplicación debe migrarse.",
            "L'hébergement en cloud public présente un risque de dépendance si le prestataire doit changer.",
        ] {
            assert!(!procures_hosting(weighed, false), "{weighed}");
        }
        // An obligation outside the condition still buys.
        assert!(procures_hosting(
            "Le risque de réversibilité est couvert : le titulaire doit assurer l'hébergement et la restitution des données si le marché est résilié.",
            false
        ));
        assert!(procures_hosting(
            "Risks are mitigated: the contractor shall provide hosting in the EU.",
            false
        ));
    }

    #[test]
    fn texts_the_buyer_provides_are_no_hosting() {
        assert_eq!(
            not_procured(
                "Mehrsprachige Website; Text und Übersetzungen werden vom Auftraggeber bereitgestellt"
            ),
            None
        );
        for contractor_hosts in [
            "Das Hosting übernimmt der Auftragnehmer; die Inhalte werden vom Auftraggeber bereitgestellt.",
            "The contractor provides the hosting and the content is provided by the buyer.",
        ] {
            assert_eq!(not_procured(contractor_hosts), None, "{contractor_hosts}");
        }
        for buyer_hosts in [
            "Das Hosting wird vom Auftraggeber bereitgestellt.",
            "L'hébergement est fourni par la collectivité.",
        ] {
            assert_eq!(
                not_procured(buyer_hosts),
                Some(HostingScope::BuyerProvided),
                "{buyer_hosts}"
            );
        }
    }

    #[test]
    fn hosting_that_soll_go_on_is_bought() {
        assert!(procures_hosting(
            "Das Hosting der PWA soll auch nach dem 31.03.2023 bestehen bleiben.",
            false
        ));
        // "soll" alone, hosting not the subject, buys nothing.
        assert!(!procures_hosting(
            "Die Seite soll mit gängigen Hosting-Angeboten kompatibel sein.",
            false
        ));
    }

    #[test]
    fn advice_asked_on_hosting_buys_the_advice() {
        for advice in [
            "Klärung und Empfehlung, ob das Hosting auf eigenen Servern oder bei einem externen Hosting-Anbieter erfolgen soll.",
            "The contractor shall recommend whether the website should be hosted in-house or by a hosting provider.",
            "Le titulaire formule des préconisations sur l'opportunité d'un hébergement externalisé.",
            "El adjudicatario presentará una recomendación sobre si el alojamiento debe ser externo.",
            "L'aggiudicatario fornisce una consulenza su dove ospitare il sito (hosting).",
            "De opdrachtnemer adviseert of de hosting extern moet plaatsvinden.",
        ] {
            assert!(!procures_hosting(advice, false), "{advice}");
        }
        // Advice on something else, after hosting bought.
        assert!(procures_hosting(
            "Der Auftragnehmer übernimmt das Hosting der Website und berät, ob weitere Module sinnvoll sind.",
            false
        ));
    }

    #[test]
    fn a_choice_to_record_buys_no_hosting() {
        for question in [
            "Als aanbod-beheerder wil ik kunnen aangeven of deze on-premise of in de Cloud wordt aangeboden.",
            "Als gebruik-beheerder wil ik kunnen registreren waar mijn pakketten draaien (on-premise, bij cloud-providers).",
        ] {
            assert!(!procures_hosting(question, false), "{question}");
        }
        assert!(procures_hosting("Bereitstellung des Hostings.", false));
    }

    #[test]
    fn conditions_are_cut_to_their_clause() {
        assert_eq!(
            without_conditions("un coût (si l'application doit migrer) à prévoir"),
            "un coût ) à prévoir"
        );
        assert_eq!(
            without_conditions("The provider hosts, if needed, the archive"),
            "The provider hosts,, the archive"
        );
    }

    #[test]
    fn the_buyer_hosts_only_when_no_other_actor_is_the_subject() {
        for contractor_hosts in [
            "La commune attend du titulaire qu'il héberge le portail pendant trois ans.",
            "Le département chiffre l'offre, aussi bien s'il héberge lui-même la solution sur ses propres serveurs que s'il la confie à un tiers.",
            "The Council, whether the contractor hosts the platform itself or not, pays a fixed price.",
            "Die Stadt erwartet, dass der Auftragnehmer die Plattform auf eigenen Servern betreibt.",
        ] {
            assert_eq!(not_procured(contractor_hosts), None, "{contractor_hosts}");
        }
        for buyer_hosts in [
            "La collectivité héberge l'application dans sa salle serveur.",
            "The Council hosts the application in its own data centre.",
            "Die Stadtverwaltung betreibt die Anwendung auf eigenen Servern.",
            // The agent before the participle; the buyer's short designation; hosting as a noun.
            // "AG" after an article is masked as the buyer (`buyer_name.rs`).
            "Die Seite wird durch den ~~ gehostet.",
            "Hosting durch die ~~~~~~~~~~, analog zu bisherigen Arbeiten",
            "Der Auftraggeber ist verantwortlich für das Hosting der Website.",
            "Der Auftraggeber verpflichtet sich, dem Auftragnehmer alle Spezifikationen des Hostings zur Verfügung zu stellen.",
        ] {
            assert_eq!(
                not_procured(buyer_hosts),
                Some(HostingScope::BuyerProvided),
                "{buyer_hosts}"
            );
        }
    }

    #[test]
    fn who_hosts_it_today_is_no_hosting_bought() {
        for today in [
            "La commune a confié l'infogérance de son système d'information à un prestataire, dénommé « l'infogérant actuel ».",
            "The incumbent supplier hosts the portal in its data centre.",
            "Der bisherige Dienstleister betreibt die Plattform im eigenen Rechenzentrum.",
        ] {
            assert!(!procures_hosting(today, false), "{today}");
        }
        // Unless the sentence requires something now.
        assert!(procures_hosting(
            "The contractor shall take over the hosting from the incumbent supplier.",
            false
        ));
    }

    #[test]
    fn a_platform_that_will_be_hosted_is_bought() {
        for will_be_hosted in [
            "La plateforme sera hébergée pendant une période initiale de quatre ans.",
            "The portal will be hosted for an initial period of two years.",
            "Die Plattform wird für die gesamte Laufzeit gehostet.",
            "La plataforma será alojada durante un periodo de cuatro años.",
        ] {
            assert!(procures_hosting(will_be_hosted, false), "{will_be_hosted}");
        }
    }
}
