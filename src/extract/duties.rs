//! The provider's duties towards the buyer's data and towards the buyer itself: what it does
//! with a public authority's request for the data, a change of its control, the GDPR art. 28
//! processing terms and the buyer's audit right, telemetry, and the use of the data for its
//! own ends (training AI models, improving its services).
//!
//! Each is read with what the sentence does with it. A definition, a bid instruction ("the
//! bidder describes its procedure…"), a context part, or the buyer's own policy states no
//! duty: the clause is `mentioned`, so that absence rules do not count it as present.

use super::cues;
use super::evidence::Sentence;
use super::lexicon as lx;
use super::text::{blank, head, tail};
use crate::model::{ClauseDetail, Modality};

/// The duties a sentence states, in the order of the model. `about_subprocessors`: the
/// sentence speaks of sub-processors, so that GDPR article 28 named in it is their article
/// (28(2) and (4)), not the processing terms.
pub(super) fn duties(sentence: &Sentence<'_>, about_subprocessors: bool) -> Vec<ClauseDetail> {
    let text = sentence.text;
    let mut details = Vec::new();
    let stated = !states_nothing(sentence);
    // "Protection from extraterritorial access requests", "keinem Recht eines Drittstaates
    // unterliegen, das Behörden einen Zugriff erlaubt": a clause on the law the provider is
    // under (immunity) is no duty on a request, unless it names one.
    if lx::GOVERNMENT_ACCESS.is_match(text)
        && (!lx::IMMUNITY.is_match(text) || notify_at(text).is_some() || lx::CONTEST.is_match(text))
    {
        details.push(government_access(text, stated));
    }
    if lx::CHANGE_OF_CONTROL.is_match(text) {
        let stance = match cues::modality(text, Modality::Required) {
            // "L'acheteur peut résilier…", "Aucun changement de contrôle ne peut intervenir sans
            // son accord": a right of the buyer or a prohibition is a term of the contract.
            Modality::Allowed | Modality::Excluded | Modality::Sufficient => Modality::Required,
            other => other,
        };
        details.push(ClauseDetail::ChangeOfControl {
            notify: notify_at(text).is_some(),
            approval: lx::CONSENT.is_match(text),
            termination: lx::TERMINATION.is_match(text),
            stance: demoted(stance, stated),
        });
    }
    if lx::PROCESSING_TERMS.is_match(text)
        || (lx::ARTICLE_28.is_match(text) && !about_subprocessors)
    {
        let stance = match cues::modality(text, Modality::Required) {
            Modality::Allowed | Modality::Sufficient => Modality::Required,
            other => other,
        };
        details.push(ClauseDetail::ProcessingTerms {
            stance: demoted(stance, stated),
        });
    }
    if audit_of_the_buyer(text) {
        let stance = match cues::modality(text, Modality::Required) {
            // "The Customer may audit": the buyer's right is the provider's duty.
            Modality::Allowed | Modality::Sufficient | Modality::Preferred => Modality::Required,
            other => other,
        };
        details.push(ClauseDetail::AuditRight {
            reports_only: lx::AUDIT_BY_REPORTS.is_match(text),
            stance: demoted(stance, stated),
        });
    }
    // "Monthly usage data are sent to the Authority" is a report to the buyer.
    if lx::TELEMETRY.is_match(text)
        && !lx::REPORTED_TO_BUYER.is_match(text)
        && (lx::COLLECTION.is_match(text)
            || lx::TELEMETRY_LIMITS.is_match(text)
            || lx::DEFINITION.is_match(text)
            || lx::OPENS_ON_A_LAW.is_match(text))
    {
        let limited = lx::TELEMETRY_LIMITS.is_match(text);
        // A limit presupposes collection: "must be limited to what is strictly necessary and
        // must not contain personal data" allows telemetry within the limit.
        let denied = lx::TELEMETRY
            .find_iter(text)
            .any(|m| lx::DENYING.is_match(tail(&text[..m.start()], 24)));
        let stance = if !limited && (denied || cues::is_negated(text)) {
            Modality::Excluded
        } else {
            Modality::Allowed
        };
        details.push(ClauseDetail::Telemetry {
            limited,
            stance: demoted(stance, stated),
        });
    }
    let ai_training = lx::AI_TRAINING.is_match(text);
    let contract_only = lx::CONTRACT_PURPOSE_ONLY.is_match(text);
    if (ai_training || contract_only || lx::OWN_PURPOSES.is_match(text))
        && lx::USE.is_match(text)
        && lx::DATA_OBJECT.is_match(text)
    {
        let stance = if cues::is_negated(text) || contract_only {
            Modality::Excluded
        } else {
            Modality::Allowed
        };
        details.push(ClauseDetail::DataUse {
            ai_training,
            stance: demoted(stance, stated),
        });
    }
    details
}

/// Whether a sentence states no duty of the provider: a definition, a bid instruction, a
/// context part or context words, a description of a law, or the buyer's own policy (it opens
/// on the buyer and names no provider).
fn states_nothing(sentence: &Sentence<'_>) -> bool {
    let text = sentence.text;
    sentence.about_the_bid
        || sentence.in_context_part()
        || sentence.in_privacy_notice()
        || lx::DEFINITION.is_match(text)
        || lx::OPENS_ON_A_LAW.is_match(text)
        || cues::cue(text) == Some(Modality::Mentioned)
        || (lx::OPENS_ON_BUYER.is_match(text) && !lx::PROVIDER_PARTY.is_match(text))
}

/// The stance, or `mentioned` when the sentence states nothing.
fn demoted(stance: Modality, stated: bool) -> Modality {
    if stated { stance } else { Modality::Mentioned }
}

/// A request of a public authority: whether the provider tells the buyer and contests it, and
/// how binding that is. Refusing to disclose ("ne communique aucune donnée… sauf accord
/// international") is contesting.
fn government_access(text: &str, stated: bool) -> ClauseDetail {
    let duty_at = [notify_at(text), lx::CONTEST.find(text).map(|m| m.start())]
        .into_iter()
        .flatten()
        .min();
    let stance = match duty_at {
        Some(at) => {
            let clause = cues::clause_around(text, at);
            match cues::modality_at(text, &clause, at..at, Modality::Required) {
                Modality::Excluded | Modality::Allowed | Modality::Sufficient => Modality::Required,
                other => other,
            }
        }
        // No duty named: the sentence lets the provider disclose the data ("may disclose
        // where compelled"), or says what the provider does with requests ("redirects the
        // agency to the Customer"), or only speaks of them.
        None => match cues::modality(text, default_of(text)) {
            Modality::Excluded => Modality::Required,
            other => other,
        },
    };
    ClauseDetail::GovernmentAccess {
        notify: notify_at(text).is_some(),
        contest: lx::CONTEST.is_match(text),
        stance: demoted(stance, stated),
    }
}

/// What a sentence without cue words does: a provider named does what it says; otherwise the
/// sentence only speaks of the thing.
fn default_of(text: &str) -> Modality {
    if lx::PROVIDER_PARTY.is_match(text) {
        Modality::Required
    } else {
        Modality::Mentioned
    }
}

/// Where the sentence tells the buyer something, not after "sans", "without", "ohne".
fn notify_at(text: &str) -> Option<usize> {
    if !lx::BUYER_PARTY.is_match(text) {
        return None;
    }
    lx::NOTIFY
        .find_iter(text)
        .find(|m| {
            let before = tail(&text[..m.start()], 40);
            !lx::WITHOUT_BEFORE.is_match(before)
        })
        .map(|m| m.start())
}

/// Whether a sentence gives the buyer a right to audit: the right by name or audits on site,
/// or an audit with the buyer named (not a report handed to it), and not the provider auditing
/// itself.
fn audit_of_the_buyer(text: &str) -> bool {
    if lx::INTERNAL_AUDIT.is_match(text) {
        return false;
    }
    if lx::AUDIT_RIGHT.is_match(text) {
        return true;
    }
    // "Audit reports are delivered to the Authority", "audit logs": records handed over grant
    // no right to audit.
    let without_records = blank(text, lx::AUDIT_RECORDS.find_iter(text).map(|m| m.range()));
    // The buyer audits when it stands before the audit ("L'acheteur peut faire réaliser un
    // audit", "The Customer may audit") or is named as who conducts it ("audits … par
    // l'acheteur"); an audit the provider commissions and reports on is its own.
    // Offsets of `without_records` are read in it: a blanked multi-byte character is several
    // spaces there.
    // An audit the provider submits to or makes possible ("facilitates the audits"), or one
    // the controller or an auditor it mandates conducts, is the buyer's.
    lx::AUDIT_SUBMITTED_TO.is_match(&without_records)
        || lx::AUDIT.find_iter(&without_records).any(|m| {
            let after = head(&without_records[m.end()..], 80);
            lx::BUYER_PARTY.is_match(&without_records[..m.start()])
                || lx::BY_THE_BUYER.is_match(after)
                || lx::AUDITOR_OF_THE_BUYER.is_match(after)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_audit_the_provider_submits_to_is_the_buyers() {
        for text in [
            "El contratista se someterá a las inspecciones que acuerde la entidad contratante.",
            "Le prestataire permet la réalisation d'audits sur ses centres de traitement.",
            "The contractor shall submit to such audits as may reasonably be requested.",
            "Der Dienstleister hat Kontrollen in seinen Betriebsstätten zu dulden.",
            "Il fornitore consente lo svolgimento di verifiche presso le proprie sedi.",
            "De leverancier verleent volledige medewerking aan audits.",
        ] {
            assert!(audit_of_the_buyer(text), "{text}");
        }
    }

    #[test]
    fn an_audit_by_the_controller_or_its_auditor_is_the_buyers() {
        for text in [
            "Se realizarán auditorías por el responsable del tratamiento con un preaviso de diez días.",
            "Audits may be carried out by the controller with 30 days' notice.",
            "Ispezioni presso il fornitore possono essere svolte da un revisore incaricato.",
        ] {
            assert!(audit_of_the_buyer(text), "{text}");
        }
    }

    #[test]
    fn a_certification_audit_is_the_providers_own() {
        for text in [
            "The provider submits to certification audits by an accredited body every year.",
            "El proveedor supera anualmente la auditoría de certificación del ENS.",
            "Der Anbieter besteht jährlich ein Zertifizierungsaudit.",
        ] {
            assert!(!audit_of_the_buyer(text), "{text}");
        }
    }
}
