//! From a [`Document`] to [`Facts`]: what the tender says about where data goes, whose law
//! applies, which brands and formats it imposes and how the contract ends, each fact with the
//! sentence it was read in. Facts describe; the policies judge.

mod cues;
mod gazetteer;
mod lexicon;
pub mod reference;
mod sentences;

use std::ops::Range;

use gazetteer::Gazetteer;
use lexicon as lx;
use reference::ReferenceData;

use crate::model::{
    BlockKind, CertificationMention, Clause, ClauseDetail, DataScope, Document, DocumentInfo,
    Evidence, FACTS_SCHEMA, Facts, FormatMention, Hosting, HostingScope, KeyHolder, LocationFact,
    Modality, PlaceKind, ProviderMention, Sensitivity, TransferBasis,
};

/// A place the gazetteer knows.
#[derive(Debug, Clone, PartialEq)]
struct Place {
    code: String,
    kind: PlaceKind,
    in_eea: bool,
}

/// A provider, the product when one was named, and whether naming it means hosting (a cloud
/// platform or storage service, or a cloud provider named alone).
#[derive(Debug, Clone, PartialEq)]
struct Brand {
    provider: String,
    product: Option<String>,
    hosting: bool,
}

/// The compiled gazetteers: build once, extract from many documents.
#[derive(Debug)]
pub struct Extractor {
    providers: Gazetteer<Brand>,
    places: Gazetteer<Place>,
    formats: Gazetteer<String>,
    certifications: Gazetteer<String>,
}

/// Short upper-case names ("EU", "UE", "EEA") match only as written: "eu" is a French word.
fn is_acronym(name: &str) -> bool {
    name.chars().count() <= 5
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

impl Extractor {
    pub fn new(reference: &ReferenceData) -> Self {
        let mut brands = Vec::new();
        for provider in &reference.providers {
            for product in &provider.products {
                let brand = Brand {
                    provider: provider.id.clone(),
                    product: Some(product.id.clone()),
                    hosting: matches!(product.category.as_str(), "cloud_platform" | "storage"),
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
            }
            let brand = Brand {
                provider: provider.id.clone(),
                product: None,
                hosting: provider.cloud_provider,
            };
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
            places: Gazetteer::new(places),
            formats: Gazetteer::new(formats),
            certifications: Gazetteer::new(certifications),
        }
    }

    /// Reads the facts of a document.
    pub fn extract(&self, document: &Document) -> Facts {
        let mut facts = Facts {
            schema: FACTS_SCHEMA.to_string(),
            document: DocumentInfo {
                name: document.name.clone(),
                sha256: document.sha256.clone(),
                format: document.format,
                language: document.language.as_ref().map(|l| l.code.clone()),
                pages: document.pages,
            },
            hosting: Hosting {
                scope: HostingScope::Unknown,
                evidence: Vec::new(),
                locations: Vec::new(),
            },
            providers: Vec::new(),
            formats: Vec::new(),
            certifications: Vec::new(),
            clauses: Vec::new(),
        };
        let mut hosting_in = Vec::new();
        let mut hosting_out = Vec::new();
        for block in &document.blocks {
            // Headings name sections and running lines repeat: neither states a requirement.
            if matches!(
                block.kind,
                BlockKind::Heading | BlockKind::Header | BlockKind::Footer | BlockKind::Metadata
            ) {
                continue;
            }
            for range in sentences::split(&block.text) {
                let sentence = Sentence::new(block, range);
                let text = sentence.text;
                // A question (in a questionnaire, a FAQ) asks; it states nothing.
                if text.ends_with('?') {
                    continue;
                }
                let formats = self.formats(&sentence);
                let brands = self.providers(&sentence, &formats);
                // "Adobe Creative Cloud" is no cloud hosting: brand names are set aside first.
                let unbranded = blank(text, brands.iter().map(|(range, _, _)| range.clone()));
                let hosting_brand = brands.iter().any(|(_, hosting, mention)| {
                    *hosting
                        && matches!(
                            mention.role,
                            Modality::Required | Modality::Preferred | Modality::Allowed
                        )
                });
                if lx::HOSTING_OUT_OF_SCOPE.is_match(text) {
                    hosting_out.push(sentence.evidence());
                } else if hosting_brand
                    || (lx::HOSTING.is_match(&unbranded) && procures_hosting(text))
                {
                    hosting_in.push(sentence.evidence());
                }
                let locations = self.locations(&sentence);
                facts.hosting.locations.extend(locations);
                facts.providers.extend(merge_brand_mentions(
                    brands.into_iter().map(|(_, _, mention)| mention).collect(),
                ));
                facts.formats.extend(formats.into_iter().map(|(_, f)| f));
                facts.certifications.extend(self.certifications(&sentence));
                facts.clauses.extend(self.clauses(&sentence));
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
                        matches!(
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
        let (scope, evidence) = if !hosting_out.is_empty() {
            (HostingScope::Excluded, hosting_out)
        } else if !hosting_in.is_empty() {
            (HostingScope::Included, hosting_in)
        } else {
            (HostingScope::Unknown, Vec::new())
        };
        facts.hosting.scope = scope;
        facts.hosting.evidence = evidence;
        facts
    }

    /// Stated locations: known places after a preposition of place (or as an attribute of
    /// regions and data centres), "anywhere" phrases and third countries, in sentences about
    /// data, hosting, administration or support.
    fn locations(&self, sentence: &Sentence<'_>) -> Vec<LocationFact> {
        let text = sentence.text;
        let mut found: Vec<(Range<usize>, Place, bool)> = Vec::new();
        let third: Vec<Range<usize>> = lx::THIRD_COUNTRIES
            .find_iter(text)
            .map(|m| trimmed(text, m.range()))
            .collect();
        let mut last_accepted: Option<usize> = None;
        for (range, place) in self.places.find_all(text) {
            if third
                .iter()
                .any(|t| t.start <= range.start && range.end <= t.end)
            {
                continue;
            }
            let before = &text[..range.start];
            let window_start = floor_char(before, before.len().saturating_sub(60));
            let leaving = lx::LEAVING.is_match(&before[window_start..]);
            let locative = leaving || lx::LOCATIVE.is_match(&before[window_start..]);
            let attribute = lx::PLACE_ATTRIBUTE.is_match(&text[range.end..]);
            let listed = last_accepted.is_some_and(|end| {
                end <= range.start && lx::PLACE_LIST_JOIN.is_match(&text[end..range.start])
            });
            if locative || attribute || listed {
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
                "ECONOMIC AREA",
                "ÉCONOMIQUE",
                "WIRTSCHAFTSRAUM",
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
            let place = Place {
                code: "ANY".to_string(),
                kind: PlaceKind::Anywhere,
                in_eea: false,
            };
            found.push((trimmed(text, m.range()), place, false));
        }
        found.sort_by_key(|(r, _, _)| r.start);
        let transfer = lx::TRANSFERS.is_match(text);
        // Other facts carry these: third countries in a clause on foreign law (immunity), the
        // reach of worldwide subcontractors, the destinations of transfers.
        let immunity = lx::IMMUNITY.is_match(text);
        let subprocessors = lx::SUBPROCESSORS.is_match(text);
        found.retain(|(_, place, outside)| {
            let abroad = *outside || place.kind == PlaceKind::Anywhere || !place.in_eea;
            let carried_elsewhere = immunity && *outside
                || subprocessors && place.kind == PlaceKind::Anywhere
                || transfer && abroad;
            !carried_elsewhere
        });
        let mut out = Vec::new();
        for (range, place, outside) in found {
            let clause = cues::clause_around(text, range.start);
            let clause_text = &text[clause.range.clone()];
            let mut scope = data_scopes(clause_text);
            if scope.is_empty() {
                scope = data_scopes(text);
            }
            if scope.is_empty() {
                continue;
            }
            let default = if clause.conditional || lx::TRANSFERS.is_match(clause_text) {
                Modality::Allowed
            } else {
                Modality::Required
            };
            out.push(LocationFact {
                place: text[range.clone()].to_string(),
                code: place.code,
                kind: place.kind,
                outside,
                modality: cues::modality_at(text, &clause, range.start, default),
                scope,
                evidence: sentence.evidence_on(&text[range.clone()]),
            });
        }
        out
    }

    /// Brands named in a sentence. A name inside a format ("au format Excel") is a format
    /// fact; a provider named just before its product ("Microsoft SharePoint") is one mention.
    fn providers(
        &self,
        sentence: &Sentence<'_>,
        formats: &[(Range<usize>, FormatMention)],
    ) -> Vec<(Range<usize>, bool, ProviderMention)> {
        let text = sentence.text;
        let mut found = self.providers.find_all(text);
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
            let clause_text = &text[clause.range.clone()];
            let before = &text[clause.range.start..range.start];
            let next_start = found
                .get(index + 1)
                .map_or(clause.range.end, |(r, _)| r.start.min(clause.range.end));
            let after = &text[range.end..next_start.max(range.end)];
            let role = if cues::introduced_as_example(before) || sentence.under_skills_section() {
                Modality::Mentioned
            } else if lx::DEPLOY_TARGET.is_match(before) && !lx::FORMER.is_match(clause_text) {
                // "deployment on the existing AWS infrastructure": the current environment is
                // the target the solution must run on.
                Modality::Required
            } else if lx::AGENT.is_match(tail(before, 12)) && cues::cue(clause_text).is_none() {
                // "wird von VMware bereitgestellt": the brand does something, nobody buys it.
                Modality::Mentioned
            } else {
                let default = if clause.conditional {
                    Modality::Allowed
                } else if lx::USES.is_match(clause_text) || lx::COMPATIBLE.is_match(clause_text) {
                    Modality::Required
                } else {
                    Modality::Mentioned
                };
                cues::modality_at(text, &clause, range.start, default)
            };
            let near_before = tail(before, 40);
            let mention = ProviderMention {
                provider: brand.provider.clone(),
                product: brand.product.clone(),
                matched: text[range.clone()].to_string(),
                role,
                or_equivalent: lx::OR_EQUIVALENT.is_match(after)
                    || lx::EQUIVALENT_TO.is_match(near_before),
                compatibility: lx::COMPATIBLE.is_match(near_before)
                    || lx::COMPATIBLE.is_match(head(after, 14)),
                evidence: sentence.evidence_on(&text[range.clone()]),
            };
            out.push((range.clone(), brand.hosting, mention));
        }
        out
    }

    /// Formats and protocols named in a sentence, once per format, with where they stand.
    fn formats(&self, sentence: &Sentence<'_>) -> Vec<(Range<usize>, FormatMention)> {
        let text = sentence.text;
        // Names of one format side by side ("OpenDocument format (ODF)") are one mention.
        let mut found: Vec<(Range<usize>, String)> = Vec::new();
        for (range, format) in self.formats.find_all(text) {
            match found.last_mut() {
                Some((last, id)) if *id == format => last.end = range.end,
                _ => found.push((range, format)),
            }
        }
        let alternative = |a: &Range<usize>, b: &Range<usize>| {
            let between = strip_parentheses(&text[a.end..b.start]);
            lx::ALTERNATIVE_JOIN.is_match(&between)
        };
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
            let mut role = cues::modality_at(text, &clause, range.start, default);
            let has_alternative = index
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

    fn certifications(&self, sentence: &Sentence<'_>) -> Vec<CertificationMention> {
        let text = sentence.text;
        let mut out: Vec<CertificationMention> = Vec::new();
        for (range, certification) in self.certifications.find_all(text) {
            if out.iter().any(|c| c.certification == certification) {
                continue;
            }
            let clause = cues::clause_around(text, range.start);
            let clause_text = &text[clause.range.clone()];
            let default = if clause.conditional {
                Modality::Allowed
            } else if lx::CERTIFICATION_HOLDER.is_match(clause_text) {
                Modality::Required
            } else {
                Modality::Mentioned
            };
            let role = match cues::modality_at(text, &clause, range.start, default) {
                Modality::NotRequired => Modality::NotRequired,
                // "…certifié ISO 27001 ; cette certification est suffisante": the sufficiency
                // may stand in the next clause.
                _ if cues::is_sufficient(text) => Modality::Sufficient,
                other => other,
            };
            out.push(CertificationMention {
                certification,
                matched: text[range.clone()].to_string(),
                role,
                evidence: sentence.evidence_on(&text[range]),
            });
        }
        out
    }

    fn clauses(&self, sentence: &Sentence<'_>) -> Vec<Clause> {
        let text = sentence.text;
        let mut details = Vec::new();
        let context = cues::modality(text, Modality::Required) == Modality::Mentioned;
        let reversibility = lx::REVERSIBILITY.is_match(text)
            && (lx::DATA_WORDS.is_match(text)
                || lx::EXIT_PLAN.is_match(text)
                || text.to_lowercase().contains("réversib")
                || text.to_lowercase().contains("reversib"));
        if reversibility && !context {
            details.push(ClauseDetail::Reversibility {
                on_quote: lx::ON_QUOTE.is_match(text),
                deadline_days: lx::deadline_days(text),
                open_formats: lx::OPEN_FORMATS.is_match(text),
                exit_plan: lx::EXIT_PLAN.is_match(text),
                deletion: lx::DELETION.is_match(text),
            });
        }
        if lx::EXIT_FEES.is_match(text) || (lx::FEES.is_match(text) && reversibility) {
            details.push(ClauseDetail::ExitFees {
                charged: !(lx::NO_FEES.is_match(text) || cues::is_negated(text)),
            });
        }
        if lx::KEYS.is_match(text) {
            let lower = text.to_lowercase();
            if lx::CUSTOMER_KEYS.is_match(text) {
                let method = if lower.contains("hyok") || lower.contains("hold your own") {
                    "hyok"
                } else if lower.contains("hsm") || lower.contains("sicherheitsmodul") {
                    "hsm"
                } else if lower.contains("client") {
                    "client_side"
                } else {
                    "customer_held"
                };
                details.push(ClauseDetail::KeyControl {
                    holder: KeyHolder::Customer,
                    method: method.to_string(),
                });
            } else if lx::PROVIDER_KEYS.is_match(text) {
                let byok = lower.contains("byok")
                    || lower.contains("bring your own")
                    || lower.contains("customer-managed");
                details.push(ClauseDetail::KeyControl {
                    holder: KeyHolder::Provider,
                    method: if byok { "byok" } else { "provider_managed" }.to_string(),
                });
            }
        }
        if lx::SUBPROCESSORS.is_match(text) {
            details.push(ClauseDetail::Subprocessors {
                worldwide: lx::ANYWHERE.is_match(text),
                approval_required: lx::APPROVAL.is_match(text),
                listed: lx::LISTED.is_match(text),
                affiliates: lx::AFFILIATES.is_match(text),
            });
        }
        let bases: Vec<TransferBasis> = [
            (TransferBasis::Dpf, &lx::DPF),
            (TransferBasis::Sccs, &lx::SCCS),
            (TransferBasis::Bcr, &lx::BCR),
            (TransferBasis::Adequacy, &lx::ADEQUACY),
        ]
        .into_iter()
        .filter(|(_, regex)| regex.is_match(text))
        .map(|(basis, _)| basis)
        .collect();
        if lx::TRANSFERS.is_match(text) || !bases.is_empty() {
            let mut destinations: Vec<String> = self
                .places
                .find_all(text)
                .into_iter()
                .filter(|(_, place)| !place.in_eea && place.kind == PlaceKind::Country)
                .map(|(_, place)| place.code)
                .collect();
            if lx::THIRD_COUNTRIES.is_match(text) {
                destinations.push("THIRD_COUNTRIES".to_string());
            }
            destinations.dedup();
            if !destinations.is_empty() || !bases.is_empty() {
                details.push(ClauseDetail::Transfer {
                    allowed: !cues::is_negated(text),
                    bases,
                    destinations,
                });
            }
        }
        if lx::IMMUNITY.is_match(text) {
            let stance = match cues::modality(text, Modality::Required) {
                Modality::Excluded => Modality::Required,
                other => other,
            };
            details.push(ClauseDetail::Immunity { stance });
        }
        if lx::SUSPENSION.is_match(text) && lx::SANCTIONS.is_match(text) && !cues::is_negated(text)
        {
            details.push(ClauseDetail::SanctionsSuspension);
        }
        if let Some(m) = lx::OPEN_SOURCE.find(text) {
            let clause = cues::clause_around(text, m.start());
            details.push(ClauseDetail::OpenSource {
                stance: cues::modality(&text[clause.range], Modality::Mentioned),
            });
        }
        let categories = sensitivities(text);
        if !categories.is_empty() && !context {
            details.push(ClauseDetail::DataSensitivity { categories });
        }
        details
            .into_iter()
            .map(|detail| {
                let words = clause_words(&detail, text);
                Clause {
                    detail,
                    evidence: words
                        .map_or_else(|| sentence.evidence(), |w| sentence.evidence_on(w)),
                }
            })
            .collect()
    }
}

/// The words that made a clause, to highlight in reports.
fn clause_words<'t>(detail: &ClauseDetail, text: &'t str) -> Option<&'t str> {
    let lexicons: &[&regex::Regex] = match detail {
        ClauseDetail::Reversibility { on_quote: true, .. } => &[&lx::ON_QUOTE],
        ClauseDetail::Reversibility { .. } => &[&lx::REVERSIBILITY, &lx::EXIT_PLAN],
        ClauseDetail::ExitFees { charged: false } => &[&lx::NO_FEES, &lx::EXIT_FEES, &lx::FEES],
        ClauseDetail::ExitFees { .. } => &[&lx::EXIT_FEES, &lx::FEES],
        ClauseDetail::KeyControl { .. } => &[&lx::CUSTOMER_KEYS, &lx::PROVIDER_KEYS],
        ClauseDetail::Subprocessors {
            worldwide: true, ..
        } => &[&lx::ANYWHERE],
        ClauseDetail::Subprocessors { .. } => &[&lx::SUBPROCESSORS],
        ClauseDetail::Transfer { .. } => &[&lx::DPF, &lx::SCCS, &lx::TRANSFERS],
        ClauseDetail::Immunity { .. } => &[&lx::IMMUNITY],
        ClauseDetail::SanctionsSuspension => &[&lx::SANCTIONS],
        ClauseDetail::OpenSource { .. } => &[&lx::OPEN_SOURCE],
        ClauseDetail::DataSensitivity { .. } => &[
            &lx::PARTICULAR,
            &lx::SECRET,
            &lx::HEALTH,
            &lx::PERSONAL,
            &lx::SOCIAL,
        ],
    };
    lexicons
        .iter()
        .find_map(|regex| regex.find(text))
        .map(|m| &text[trimmed(text, m.range())])
}

/// Whether a sentence about hosting makes it part of the contract: it asks for or allows it,
/// or names who does it ("the contractor", "the service") without presenting it as context.
fn procures_hosting(text: &str) -> bool {
    // "Exemple : …", "For example, …": an illustration in a guide procures nothing.
    if cues::introduced_as_example(head(text, 16)) || lx::EXAMPLE_OPENING.is_match(text) {
        return false;
    }
    match cues::cue(text) {
        Some(Modality::Required) => true,
        Some(
            Modality::Preferred | Modality::Allowed | Modality::Sufficient | Modality::Excluded,
        )
        | None => lx::PROCUREMENT.is_match(text),
        Some(Modality::Mentioned | Modality::NotRequired) => false,
    }
}

/// One mention per brand and sentence: a brand the sentence presents as context ("staff use
/// X; this use will be migrated away from X") is context in all its mentions there.
fn merge_brand_mentions(mentions: Vec<ProviderMention>) -> Vec<ProviderMention> {
    let mut merged: Vec<ProviderMention> = Vec::new();
    for mention in mentions {
        match merged
            .iter_mut()
            .find(|m| m.provider == mention.provider && m.product == mention.product)
        {
            Some(first) => {
                if matches!(mention.role, Modality::Mentioned | Modality::Excluded) {
                    first.role = mention.role;
                }
                first.or_equivalent |= mention.or_equivalent;
                first.compatibility |= mention.compatibility;
            }
            None => merged.push(mention),
        }
    }
    merged
}

/// The kinds of sensitive data a sentence speaks of. "Aucune donnée à caractère personnel",
/// "no personal data": a negation just before the words denies them.
fn sensitivities(text: &str) -> Vec<Sensitivity> {
    let about_data = lx::DATA_WORDS.is_match(text);
    let affirmed = |regex: &regex::Regex| {
        regex
            .find_iter(text)
            .any(|m| !lx::DENYING.is_match(tail(&text[..m.start()], 24)))
    };
    let mut categories = Vec::new();
    if affirmed(&lx::PERSONAL) {
        categories.push(Sensitivity::Personal);
    }
    if about_data && affirmed(&lx::HEALTH) {
        categories.push(Sensitivity::Health);
    }
    if affirmed(&lx::PARTICULAR) {
        categories.push(Sensitivity::ParticularSensitivity);
    }
    if affirmed(&lx::SECRET) {
        categories.push(Sensitivity::Secret);
    }
    if about_data && affirmed(&lx::SOCIAL) {
        categories.push(Sensitivity::Social);
    }
    categories
}

/// What data or activity a clause speaks of.
fn data_scopes(clause: &str) -> Vec<DataScope> {
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
    // "Worldwide data centres": where the data centres are is where the data is.
    if scopes.is_empty() && lx::DATA_CENTRES.is_match(clause) {
        scopes.push(DataScope::Data);
    }
    scopes
}

/// A sentence of a block, and how to cite it.
struct Sentence<'a> {
    block: &'a crate::model::Block,
    range: Range<usize>,
    text: &'a str,
}

impl<'a> Sentence<'a> {
    fn new(block: &'a crate::model::Block, range: Range<usize>) -> Self {
        Sentence {
            block,
            text: &block.text[range.clone()],
            range,
        }
    }

    fn evidence(&self) -> Evidence {
        let location = &self.block.location;
        let start = location.start + self.block.text[..self.range.start].chars().count();
        Evidence {
            page: location.page,
            paragraph: location.paragraph,
            section: location.section.last().cloned(),
            quote: self.text.to_string(),
            start,
            end: start + self.text.chars().count(),
            highlight: None,
        }
    }

    /// Whether the sentence stands under a heading about staff and their experience.
    fn under_skills_section(&self) -> bool {
        self.block
            .location
            .section
            .last()
            .is_some_and(|heading| lx::SKILLS_SECTION.is_match(heading))
    }

    /// Evidence with the decisive words of the sentence marked.
    fn evidence_on(&self, words: &str) -> Evidence {
        Evidence {
            highlight: Some(words.trim().to_string()).filter(|w| !w.is_empty()),
            ..self.evidence()
        }
    }
}

/// A text with the given ranges replaced by spaces.
fn blank(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> String {
    let mut out = text.to_string();
    for range in ranges {
        out.replace_range(range.clone(), &" ".repeat(range.len()));
    }
    out
}

/// A match's range without the boundary characters the cue regexes consume.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start
        + (slice.len()
            - slice
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len());
    let end = range.end
        - (slice.len()
            - slice
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .len());
    start..end.max(start)
}

/// The largest char boundary at or below `at`.
fn floor_char(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The last `n` characters of a text.
fn tail(text: &str, n: usize) -> &str {
    let count = text.chars().count();
    let skip = count.saturating_sub(n);
    text.char_indices()
        .nth(skip)
        .map_or(text, |(i, _)| &text[i..])
}

/// The first `n` characters of a text.
fn head(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
}

/// A text without what stands between parentheses.
fn strip_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}
