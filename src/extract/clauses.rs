//! Contract clauses: reversibility and exit fees, key control, subprocessors, transfers,
//! immunity from foreign law, sanctions, open source, the provider's duties (`duties.rs`) and
//! the sensitivity of the data, each with the words that made it.

use super::Extractor;
use super::cues;
use super::duties;
use super::evidence::Sentence;
use super::lexicon as lx;
use super::text::{blank, tail, trimmed};
use super::wordlist::{Found, WordList};
use crate::model::{
    Clause, ClauseDetail, KeyHolder, Modality, PlaceKind, Sensitivity, TransferBasis,
};

impl Extractor {
    /// The contract clauses a sentence states, each with the words that made it. Context
    /// ("the current contract provides…") states no reversibility and no data sensitivity.
    pub(super) fn clauses(&self, sentence: &Sentence<'_>) -> Vec<Clause> {
        let text = sentence.text;
        let mut details = Vec::new();
        let context = cues::modality(text, Modality::Required) == Modality::Mentioned;
        // Data handed to an authority is not data returned to the buyer ("Herausgabe von
        // Daten" on a foreign authority's request).
        let government_access = lx::GOVERNMENT_ACCESS.is_match(text);
        // Money, not workload: "les charges estimées", "la charge prévisionnelle" are days of
        // work in a planning.
        let speaks_of_fees = lx::FEES.is_match(&blank(
            text,
            lx::WORKLOAD.find_iter(text).map(|m| m.range()),
        ));
        // Knowledge handed over at the end of the contract, or to whoever comes next, is part
        // of the exit; at the start of the contract it is training.
        let at_the_end: Vec<std::ops::Range<usize>> = lx::END_OF_CONTRACT
            .find_iter(text)
            .map(|m| m.range())
            .collect();
        // Assistance counts only towards a successor: "assistance aux utilisateurs jusqu'à la
        // fin du marché" is the helpdesk.
        let knowledge_handed_over = (lx::KNOWLEDGE_TRANSFER.is_match(text)
            && (!at_the_end.is_empty() || sentence.in_reversibility_article()))
            || (lx::EXIT_ASSISTANCE.is_match(text)
                && (lx::SUCCESSOR.is_match(text) || sentence.in_reversibility_article()));
        // "Zum Vertragsende übergibt er alle Bestandsdaten": a handover or return at the end of
        // the contract is the exit, whatever words it uses for what is handed over.
        let handed_over_at_the_end = !at_the_end.is_empty() && {
            let rest = blank(text, at_the_end.iter().cloned());
            lx::REVERSIBILITY.is_match(&rest)
                || lx::EXPORT.is_match(&rest)
                || (lx::HANDOVER.is_match(&rest)
                    && lx::DATA_WORDS.is_match(&rest)
                    && lx::WHOLE_SET.is_match(&rest))
        };
        // Deleting what is left once the buyer confirmed receiving it ends the exit.
        let deleted_after_return =
            lx::DELETION.is_match(text) && lx::RECEIPT_CONFIRMED.is_match(text);
        // Under a heading that names the clause, "the plan" is the exit plan.
        let exit_plan = lx::EXIT_PLAN.is_match(text)
            || (sentence.in_reversibility_article() && lx::PLAN.is_match(text));
        // Under a heading on taking the service over ("Piano di Attivazione"), the successor is
        // this contractor and the transfer the one it receives: an exit only when named so.
        let names_it = lx::REVERSIBILITY_NAMED.is_match(text);
        let taking_over = sentence.in_onboarding_part()
            && !names_it
            && !exit_plan
            && !lx::CONTRACT_END.is_match(text);
        let reversibility = !government_access
            && !taking_over
            && ((lx::REVERSIBILITY.is_match(text)
            && ((lx::DATA_WORDS.is_match(text) && !lx::RETURNED_PAPERS.is_match(text))
                || lx::EXIT_PLAN.is_match(text)
                || names_it))
            || lx::SERVICE_HANDBACK.is_match(text)
            || knowledge_handed_over
            || handed_over_at_the_end
            || deleted_after_return
            // Under a heading that names the clause, its sentences need not name it again.
            || (sentence.in_reversibility_article()
                && (lx::DATA_WORDS.is_match(text)
                    || exit_plan
                    || lx::DELETION.is_match(text)
                    || speaks_of_fees
                    || lx::deadline_days(text).is_some())));
        if reversibility && !context {
            details.push(ClauseDetail::Reversibility {
                on_quote: lx::ON_QUOTE.is_match(text),
                deadline_days: lx::deadline_days(text),
                open_formats: lx::OPEN_FORMATS.is_match(text),
                machine_readable: lx::MACHINE_READABLE.is_match(text),
                exit_plan,
                deletion: lx::DELETION.is_match(text),
            });
        }
        if lx::EXIT_FEES.is_match(text)
            || (speaks_of_fees && (reversibility || lx::EGRESS.is_match(text)))
        {
            details.push(ClauseDetail::ExitFees {
                charged: !(lx::NO_FEES.is_match(text) || cues::is_negated(text)),
                cost_based: lx::AT_COST.is_match(text),
                parallel_use: lx::PARALLEL_USE.is_match(text),
                named: lx::EXIT_FEES.is_match(text),
            });
        }
        if lx::KEYS.is_match(text) {
            let lower = text.to_lowercase();
            if lx::CUSTOMER_KEYS.is_match(text) || lx::KEYS_HELD_BY_BUYER.is_match(text) {
                let method = if lower.contains("hyok") || lower.contains("hold your own") {
                    "hyok"
                } else if lower.contains("hsm")
                    || lower.contains("sicherheitsmodul")
                    || lower.contains("hardware security module")
                {
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
        // "Sous-traitant au sens de l'article 28 du RGPD" is the provider as processor, not a
        // subcontractor of its own.
        let without_processing_terms = blank(
            text,
            lx::PROCESSING_TERMS
                .find_iter(text)
                .chain(lx::ARTICLE_28.find_iter(text))
                .map(|m| m.range()),
        );
        if lx::SUBPROCESSORS.is_match(&without_processing_terms) {
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
        // Standard contractual clauses are also the Commission's controller-processor clauses
        // (GDPR art. 28(7), Decision 2021/915: "Les présentes clauses contractuelles types ont
        // pour objet…"): a basis for transfers only where the sentence speaks of transfers.
        .filter(|basis| {
            *basis != TransferBasis::Sccs
                || lx::TRANSFERS.is_match(text)
                || lx::THIRD_COUNTRIES.is_match(text)
        })
        .collect();
        if lx::TRANSFERS.is_match(text) || !bases.is_empty() {
            let mut destinations: Vec<String> = self
                .places
                .find_all(text)
                .into_iter()
                .filter(|(_, place)| !place.in_eea && place.kind == PlaceKind::Country)
                .map(|(_, place)| place.code)
                .collect();
            // "Queda prohibida toda transferencia internacional de datos": international
            // transfers leave the EEA (GDPR chapter V).
            if lx::THIRD_COUNTRIES.is_match(text) || lx::INTERNATIONAL.is_match(text) {
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
        if let Some(immunity) = lx::IMMUNITY.find(text) {
            // A preference said around the clause ("il est souhaitable que …") softens it.
            // Otherwise its own negation ("ne soit soumis à aucune loi extraterritoriale") is
            // what it asks for, and what follows it describes the law ("that could compel
            // disclosure"), not the duty.
            let around = blank(text, lx::IMMUNITY.find_iter(text).map(|m| m.range()));
            let stance = if cues::modality(&around, Modality::Required) == Modality::Preferred {
                Modality::Preferred
            } else {
                match cues::modality(&text[..immunity.end()], Modality::Required) {
                    Modality::Excluded => Modality::Required,
                    other => other,
                }
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
        if let Some(m) = lx::SOURCE_CODE_HANDOVER.find(text) {
            let clause = cues::clause_around(text, m.start());
            details.push(ClauseDetail::SourceCode {
                stance: cues::modality(&text[clause.range], Modality::Required),
            });
        }
        details.extend(duties::duties(
            sentence,
            lx::SUBPROCESSORS.is_match(&without_processing_terms),
        ));
        // The options of a form ("z.B. Sozialdaten" in a note on what to tick) state nothing
        // until filled in; a privacy notice to bidders speaks of the bids' data; a definition
        // ("'Special Category Data' means data revealing…") says what a word means, not what
        // data the service holds.
        let categories = if lx::FORM_FIELD.is_match(text)
            || sentence.in_privacy_notice()
            || lx::DEFINITION.is_match(text)
        {
            Vec::new()
        } else {
            sensitivities(text)
        };
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
    let lexicons: &[&WordList] = match detail {
        ClauseDetail::Reversibility { on_quote: true, .. } => &[&lx::ON_QUOTE],
        ClauseDetail::Reversibility { .. } => &[
            &lx::REVERSIBILITY,
            &lx::EXIT_PLAN,
            &lx::SERVICE_HANDBACK,
            &lx::KNOWLEDGE_TRANSFER,
        ],
        ClauseDetail::ExitFees { charged: false, .. } => &[&lx::NO_FEES, &lx::EXIT_FEES, &lx::FEES],
        ClauseDetail::ExitFees { .. } => &[&lx::EXIT_FEES, &lx::EGRESS, &lx::FEES],
        ClauseDetail::KeyControl { .. } => &[&lx::CUSTOMER_KEYS, &lx::PROVIDER_KEYS],
        ClauseDetail::Subprocessors {
            worldwide: true, ..
        } => &[&lx::ANYWHERE],
        ClauseDetail::Subprocessors { .. } => &[&lx::SUBPROCESSORS],
        ClauseDetail::Transfer { .. } => &[&lx::DPF, &lx::SCCS, &lx::TRANSFERS],
        ClauseDetail::Immunity { .. } => &[&lx::IMMUNITY],
        ClauseDetail::SanctionsSuspension => &[&lx::SANCTIONS],
        ClauseDetail::OpenSource { .. } => &[&lx::OPEN_SOURCE],
        ClauseDetail::SourceCode { .. } => &[&lx::SOURCE_CODE_HANDOVER],
        ClauseDetail::GovernmentAccess { .. } => {
            &[&lx::NOTIFY, &lx::CONTEST, &lx::GOVERNMENT_ACCESS]
        }
        ClauseDetail::ChangeOfControl { .. } => &[&lx::CHANGE_OF_CONTROL],
        ClauseDetail::ProcessingTerms { .. } => &[&lx::PROCESSING_TERMS],
        ClauseDetail::AuditRight {
            reports_only: true, ..
        } => &[&lx::AUDIT_BY_REPORTS],
        ClauseDetail::AuditRight { .. } => &[&lx::AUDIT_RIGHT, &lx::AUDIT_SUBMITTED_TO, &lx::AUDIT],
        ClauseDetail::Telemetry { .. } => &[&lx::TELEMETRY_LIMITS, &lx::TELEMETRY],
        ClauseDetail::DataUse { .. } => &[&lx::AI_TRAINING, &lx::OWN_PURPOSES],
        ClauseDetail::DataSensitivity { .. } => &[
            &lx::PARTICULAR,
            &lx::SECRET,
            &lx::RESTRICTED,
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

/// The kinds of sensitive data a sentence speaks of. "Aucune donnée à caractère personnel",
/// "no personal data": a negation just before the words denies them.
fn sensitivities(text: &str) -> Vec<Sensitivity> {
    let about_data = lx::DATA_WORDS.is_match(text);
    let affirmed = |list: &WordList| affirmed(list, text).next().is_some();
    let mut categories = Vec::new();
    if affirmed(&lx::PERSONAL) {
        categories.push(Sensitivity::Personal);
    }
    // "Health & Safety", "santé et sécurité au travail": occupational safety, not health data.
    let health = self::affirmed(&lx::HEALTH, text).any(|m| {
        let after = &text[m.end()..];
        !lx::AND_SAFETY.is_match(after)
            && !lx::HEALTH_OF_THINGS_AFTER.is_match(after)
            && !lx::HEALTH_OF_THINGS_BEFORE.is_match(tail(&text[..m.start()], 24))
    });
    if about_data && health {
        categories.push(Sensitivity::Health);
    }
    // "sensible Daten wie Zahlungsinformationen": the payments of people, personal data.
    let (payments, particular): (Vec<Found>, Vec<Found>) =
        self::affirmed(&lx::PARTICULAR, text).partition(|m| payments_only(&text[m.end()..]));
    if !payments.is_empty() && !categories.contains(&Sensitivity::Personal) {
        categories.push(Sensitivity::Personal);
    }
    if !particular.is_empty() {
        categories.push(Sensitivity::ParticularSensitivity);
    }
    if affirmed(&lx::SECRET) {
        categories.push(Sensitivity::Secret);
    }
    if affirmed(&lx::RESTRICTED) {
        categories.push(Sensitivity::Restricted);
    }
    if about_data && affirmed(&lx::SOCIAL) {
        categories.push(Sensitivity::Social);
    }
    categories
}

/// The matches of a list in `text` that no negation just before denies ("aucune donnée à
/// caractère personnel", "no personal data").
fn affirmed<'t>(list: &'t WordList, text: &'t str) -> impl Iterator<Item = Found<'t>> + 't {
    list.find_iter(text)
        .filter(move |m| !lx::DENYING.is_match(tail(&text[..m.start()], 24)))
}

/// Whether the examples that follow a mention of sensitive data are payment data only.
fn payments_only(after: &str) -> bool {
    lx::SENSITIVE_AS_PAYMENTS
        .find(after)
        .is_some_and(|examples| !lx::LIST_GOES_ON.is_match(&after[examples.end()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_health_of_things_is_not_health_data() {
        for text in [
            "The website is the reference source of information on the comprehensive health of the planet.",
            "The Planetary Health Check report data are published on the site.",
            "Les données de suivi de la santé des sols sont publiées.",
        ] {
            assert!(
                !sensitivities(text).contains(&Sensitivity::Health),
                "{text}"
            );
        }
        assert!(
            sensitivities("The platform stores health data of patients.")
                .contains(&Sensitivity::Health)
        );
    }

    #[test]
    fn sensitive_data_that_are_payments_are_personal_data() {
        let payments = sensitivities(
            "Die Sicherheit muss beim Austausch sensibler Daten wie Zahlungsinformationen gewährleistet sein.",
        );
        assert!(payments.contains(&Sensitivity::Personal));
        assert!(!payments.contains(&Sensitivity::ParticularSensitivity));
        // Payments among other examples: the others may be the special categories.
        for text in [
            "Sensitive data such as payment details and health records are processed.",
            "Sensible Daten wie Gesundheitsdaten werden verarbeitet.",
        ] {
            assert!(
                sensitivities(text).contains(&Sensitivity::ParticularSensitivity),
                "{text}"
            );
        }
    }
}
