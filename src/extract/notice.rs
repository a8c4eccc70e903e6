//! Facts from the coded fields of a structured notice (eForms, OCDS): the buyer's country and
//! kind, and whether the classification buys hosting. The notice's free-text fields are read as
//! sentences like any document's; these fields say what sentences say less reliably, so they
//! decide where the text is silent.

use crate::model::{BuyerKind, Evidence, Notice, NoticeBuyer};

/// A coded field of a notice as evidence: the value as written, and its path. A field is no
/// sentence of the text: its paragraph is 0 and its range empty.
pub(super) fn field_evidence(document: &str, value: &str, path: &str) -> Evidence {
    Evidence {
        document: document.to_string(),
        page: None,
        paragraph: 0,
        section: None,
        sheet: None,
        row: None,
        path: Some(path.to_string()),
        quote: value.to_string(),
        start: 0,
        end: 0,
        highlight: None,
    }
}

/// The buyer's jurisdiction as the notice codes it, with the field: the first buyer's that has
/// one (a joint procurement names the lead buyer first). An EU institution, body or agency is
/// under EU law (the Financial Regulation), not the law of the country it sits in.
pub(super) fn buyer_country(document: &str, notice: &Notice) -> Option<(String, Evidence)> {
    notice.buyers.iter().find_map(|buyer| {
        let country = if buyer.legal_type.as_deref() == Some(EU_INSTITUTION) {
            "EU"
        } else {
            buyer.country.as_deref()?
        };
        let quote = match &buyer.name {
            Some(name) => format!("{name} ({country})"),
            None => country.to_string(),
        };
        Some((
            country.to_string(),
            field_evidence(document, &quote, &buyer.path),
        ))
    })
}

/// eForms' legal type of an EU institution, body or agency.
const EU_INSTITUTION: &str = "eu-ins-bod-ag";

/// Whether the notice codes a buyer's legal type: then the kind is what the code says, or
/// unknown, never guessed from the bodies its text names.
pub(super) fn codes_legal_type(notice: &Notice) -> bool {
    notice.buyers.iter().any(|b| b.legal_type.is_some())
}

/// The buyer's kind as its legal type and main activity code it, with the field.
pub(super) fn buyer_kind(document: &str, notice: &Notice) -> Option<(BuyerKind, Evidence)> {
    notice.buyers.iter().find_map(|buyer| {
        let kind = kind_of(buyer)?;
        let codes: Vec<&str> = [buyer.legal_type.as_deref(), buyer.activity.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let quote = match &buyer.name {
            Some(name) => format!("{name} ({})", codes.join(", ")),
            None => codes.join(", "),
        };
        Some((kind, field_evidence(document, &quote, &buyer.path)))
    })
}

/// What eForms' `buyer-legal-type` and `main-activity` codes say of the buyer, as far as the law
/// on sensitive data tells buyers apart. Public undertakings and entities with special rights
/// are none of these kinds: the doctrine on State services does not reach them.
fn kind_of(buyer: &NoticeBuyer) -> Option<BuyerKind> {
    let by_type = match buyer.legal_type.as_deref() {
        Some("cga") => Some(BuyerKind::CentralGovernment),
        // A body governed by public law, or an organisation awarding a subsidised contract,
        // controlled by a central government authority: an agency of the State.
        Some("body-pl-cga" | "org-sub-cga") => Some(BuyerKind::CentralAgency),
        Some(
            "ra" | "la" | "rl-aut" | "body-pl-ra" | "body-pl-la" | "org-sub-ra" | "org-sub-la",
        ) => Some(BuyerKind::RegionalOrLocal),
        _ => None,
    };
    let health = buyer.activity.as_deref() == Some("health");
    match by_type {
        // A ministry of health is a ministry: the stricter rule for State services applies.
        Some(BuyerKind::CentralGovernment) => by_type,
        _ if health => Some(BuyerKind::Health),
        _ => by_type,
    }
}

/// The classifications that buy hosting, as evidence: "CPV 72415000".
pub(super) fn hosting_classifications(
    document: &str,
    notice: &Notice,
    hosting_cpv: &[String],
) -> Vec<Evidence> {
    notice
        .classifications
        .iter()
        .filter(|c| c.scheme.eq_ignore_ascii_case("CPV") && hosting_cpv.contains(&c.code))
        .map(|c| field_evidence(document, &format!("CPV {}", c.code), &c.path))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Classification, NoticeKind, NoticeStandard};

    fn notice(buyers: Vec<NoticeBuyer>, codes: &[&str]) -> Notice {
        Notice {
            standard: NoticeStandard::Eforms,
            kind: NoticeKind::Competition,
            subtype: Some("16".to_string()),
            id: None,
            title: None,
            buyers,
            classifications: codes
                .iter()
                .enumerate()
                .map(|(i, code)| Classification {
                    scheme: "CPV".to_string(),
                    code: (*code).to_string(),
                    main: i == 0,
                    lot: None,
                    path: format!("/cpv[{}]", i + 1),
                })
                .collect(),
            places: Vec::new(),
            published: None,
            submission_deadline: None,
            estimated_value: None,
            legal_basis: None,
            procedure: None,
            document_urls: Vec::new(),
            award_criteria: Vec::new(),
        }
    }

    fn buyer(legal_type: Option<&str>, activity: Option<&str>) -> NoticeBuyer {
        NoticeBuyer {
            name: Some("Ville de Rouen".to_string()),
            country: Some("FR".to_string()),
            legal_type: legal_type.map(str::to_string),
            activity: activity.map(str::to_string),
            path: "/buyer".to_string(),
        }
    }

    #[test]
    fn legal_types_and_activities_tell_the_buyers_kind() {
        for (legal_type, activity, kind) in [
            (
                Some("cga"),
                Some("health"),
                Some(BuyerKind::CentralGovernment),
            ),
            (Some("body-pl-cga"), None, Some(BuyerKind::CentralAgency)),
            (
                Some("la"),
                Some("gen-pub"),
                Some(BuyerKind::RegionalOrLocal),
            ),
            (Some("body-pl-ra"), Some("health"), Some(BuyerKind::Health)),
            (Some("pub-undert"), None, None),
            (None, None, None),
        ] {
            let found = buyer_kind("n.xml", &notice(vec![buyer(legal_type, activity)], &[]));
            assert_eq!(found.map(|(k, _)| k), kind, "{legal_type:?} {activity:?}");
        }
        let (_, evidence) = buyer_kind(
            "n.xml",
            &notice(vec![buyer(Some("la"), Some("gen-pub"))], &[]),
        )
        .unwrap();
        assert_eq!(evidence.quote, "Ville de Rouen (la, gen-pub)");
        assert_eq!(evidence.path.as_deref(), Some("/buyer"));
    }

    #[test]
    fn an_eu_institution_is_under_eu_law_wherever_it_sits() {
        let mut commission = buyer(Some(EU_INSTITUTION), None);
        commission.country = Some("IT".to_string());
        let (country, _) = buyer_country("n.xml", &notice(vec![commission.clone()], &[])).unwrap();
        assert_eq!(country, "EU");
        assert!(codes_legal_type(&notice(vec![commission], &[])));
        let (country, _) =
            buyer_country("n.xml", &notice(vec![buyer(Some("la"), None)], &[])).unwrap();
        assert_eq!(country, "FR");
    }

    #[test]
    fn only_hosting_codes_put_hosting_in_the_contract() {
        let hosting = vec!["72415000".to_string()];
        let found = hosting_classifications(
            "n.xml",
            &notice(Vec::new(), &["72000000", "72415000"]),
            &hosting,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].quote, "CPV 72415000");
        assert_eq!(found[0].path.as_deref(), Some("/cpv[2]"));
    }
}
