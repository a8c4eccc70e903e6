//! eForms notices: every file of `fixtures/notices/eforms/` is read (the invalid SDK example is
//! refused naming what it lacks), the coded fields of a few are checked exactly, and the
//! documents of the project's own French and German notices are kept as snapshots.

use std::path::PathBuf;

use tenderlint::ingest::{IngestOptions, ingest_path};
use tenderlint::model::{Document, Format, Notice, NoticeKind};

/// Four optional fields of a place or a criterion, compared at once.
type Fields<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

fn notices() -> PathBuf {
    crate::fixtures().join("notices").join("eforms")
}

fn read(name: &str) -> Document {
    ingest_path(&notices().join(name), &IngestOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn notice(name: &str) -> Notice {
    read(name)
        .notice
        .map(|n| *n)
        .unwrap_or_else(|| panic!("{name}: no notice"))
}

#[test]
fn every_notice_is_read_and_the_invalid_one_refused_naming_the_paths() {
    let mut names: Vec<String> = std::fs::read_dir(notices())
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("{e}"))
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 21, "{names:?}");
    for name in names {
        let result = ingest_path(&notices().join(&name), &IngestOptions::default());
        if name.contains("INVALID") {
            let message = result.err().map(|e| e.to_string()).unwrap_or_default();
            for expected in [
                "missing /ContractNotice/cbc:ID",
                "empty /ContractNotice/cbc:ContractFolderID",
                "missing /ContractNotice/cac:ProcurementProject/cbc:ProcurementTypeCode",
                "missing /ContractNotice/cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID",
            ] {
                assert!(message.contains(expected), "{name}: {message}");
            }
            continue;
        }
        let document = result.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(document.format, Format::Eforms, "{name}");
        let notice = document.notice.as_ref().unwrap_or_else(|| panic!("{name}"));
        assert!(!notice.buyers.is_empty(), "{name}: no buyer");
        assert!(!notice.classifications.is_empty(), "{name}: no CPV code");
        assert!(notice.title.is_some(), "{name}: no title");
        assert!(
            document.blocks.iter().all(|b| b
                .location
                .path
                .as_deref()
                .is_some_and(|p| p.starts_with('/'))),
            "{name}: a block without its path"
        );
        for criterion in &notice.award_criteria {
            assert!(
                criterion.path.contains("SubordinateAwardingCriterion"),
                "{name}"
            );
        }
    }
}

#[test]
fn the_french_contract_notice_states_its_buyer_codes_places_links_and_criteria() {
    let notice = notice("fr_cn_hebergement.xml");
    assert_eq!(notice.kind, NoticeKind::Competition);
    assert_eq!(notice.subtype.as_deref(), Some("16"));
    assert_eq!(notice.buyers.len(), 1);
    let buyer = &notice.buyers[0];
    assert_eq!(buyer.name.as_deref(), Some("Métropole de Rouen Normandie"));
    assert_eq!(buyer.country.as_deref(), Some("FR"));
    assert_eq!(buyer.legal_type.as_deref(), Some("la"));
    assert_eq!(buyer.activity.as_deref(), Some("gen-pub"));
    let codes: Vec<(&str, bool, Option<&str>)> = notice
        .classifications
        .iter()
        .map(|c| (c.code.as_str(), c.main, c.lot.as_deref()))
        .collect();
    assert_eq!(
        codes,
        [
            ("72415000", true, None),
            ("48000000", false, None),
            ("72415000", true, Some("LOT-0001")),
            ("72317000", false, Some("LOT-0001")),
            ("48000000", false, Some("LOT-0001")),
            ("72317000", true, Some("LOT-0002")),
        ]
    );
    let places: Vec<Fields> = notice
        .places
        .iter()
        .map(|p| {
            (
                p.country.as_deref(),
                p.region.as_deref(),
                p.other.as_deref(),
                p.lot.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            (Some("FR"), Some("FRD22"), None, None),
            (None, None, Some("anyw-eea"), Some("LOT-0001")),
            (Some("FR"), Some("FRD22"), None, Some("LOT-0002")),
        ]
    );
    let urls: Vec<&str> = notice
        .document_urls
        .iter()
        .map(|u| u.value.as_str())
        .collect();
    assert_eq!(urls, ["https://marches.example.fr/dce/2025-HEB-01"]);
    let criteria: Vec<Fields> = notice
        .award_criteria
        .iter()
        .map(|c| {
            (
                c.kind.as_deref(),
                c.name.as_deref(),
                c.weight.as_deref(),
                c.lot.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        criteria,
        [
            (
                Some("quality"),
                Some("Compatibilité avec Microsoft 365 : 20 points"),
                Some("20"),
                Some("LOT-0001")
            ),
            (
                Some("quality"),
                Some("Réversibilité et portabilité des données"),
                Some("30"),
                Some("LOT-0001")
            ),
            (Some("price"), Some("Prix"), Some("50"), Some("LOT-0001")),
            (
                Some("quality"),
                Some("Qualité technique de la solution de sauvegarde"),
                Some("40"),
                Some("LOT-0002")
            ),
            (Some("price"), Some("Prix"), Some("60"), Some("LOT-0002")),
        ]
    );
    assert_eq!(
        notice.submission_deadline.map(|d| d.value).as_deref(),
        Some("2025-06-30T12:00:00+02:00")
    );
    let value = notice.estimated_value.unwrap_or_else(|| panic!("no value"));
    assert_eq!(
        (value.amount.as_str(), value.currency.as_deref()),
        ("1200000", Some("EUR"))
    );
    assert_eq!(notice.procedure.map(|p| p.value).as_deref(), Some("open"));
}

#[test]
fn kinds_and_buyers_of_the_sdk_and_own_notices() {
    for (name, kind, buyer, country, legal_type) in [
        (
            "de_pin_cloud.xml",
            NoticeKind::Planning,
            "Land Beispielland, Ministerium für Digitales",
            "DE",
            "ra",
        ),
        (
            "fr_can_messagerie.xml",
            NoticeKind::Result,
            "Département de la Seine-Exemple",
            "FR",
            "ra",
        ),
        (
            "sdk_cn_24_minimal.xml",
            NoticeKind::Competition,
            "Publications Office of the European Union",
            "LU",
            "eu-ins-bod-ag",
        ),
        (
            "sdk_pin-cfc_25_DEU.xml",
            NoticeKind::Competition,
            "Flughafen Stuttgart GmbH",
            "DE",
            "pub-undert-ra",
        ),
        (
            "sdk_veat_23_DEU.xml",
            NoticeKind::Result,
            "Stadt Neckargemünd",
            "DE",
            "la",
        ),
        (
            "sdk_can_24_UKRI.xml",
            NoticeKind::Result,
            "UK Research and Innovation",
            "GB",
            "body-pl",
        ),
        (
            "sdk_t02_ESP.xml",
            NoticeKind::Result,
            "Ministerio de Transportes, Movilidad y Agenda Urbana",
            "ES",
            "cga",
        ),
    ] {
        let notice = notice(name);
        assert_eq!(notice.kind, kind, "{name}");
        let first = &notice.buyers[0];
        assert_eq!(first.name.as_deref(), Some(buyer), "{name}");
        assert_eq!(first.country.as_deref(), Some(country), "{name}");
        assert_eq!(first.legal_type.as_deref(), Some(legal_type), "{name}");
    }
    let joint = notice("conv_20-587026_DAN_IT_hardware.xml");
    assert_eq!(
        joint.buyers.len(),
        4,
        "a joint procurement names every buyer"
    );
    let pin = notice("de_pin_cloud.xml");
    assert_eq!(pin.places[0].country.as_deref(), Some("DE"));
    assert_eq!(pin.places[0].other.as_deref(), Some("anyw-cou"));
    assert!(pin.document_urls.is_empty() && pin.submission_deadline.is_none());
    let minimal = notice("sdk_cn_24_minimal.xml");
    assert_eq!(
        minimal.published.map(|p| p.value).as_deref(),
        Some("2019-11-21T00:00:00+01:00")
    );
    assert_eq!(
        minimal.document_urls[0].path,
        "/ContractNotice/cac:ProcurementProjectLot/cac:TenderingTerms/cac:CallForTendersDocumentReference/cac:Attachment/cac:ExternalReference/cbc:URI"
    );
}

#[test]
fn the_multilingual_notice_gives_each_field_in_every_language() {
    let document = read("sdk_cn_24_multilingual.xml");
    let titles = document
        .blocks
        .iter()
        .filter(|b| b.location.section == ["Title of the procedure"])
        .count();
    assert_eq!(titles, 24, "one block per official language");
    let notice = document.notice.unwrap_or_else(|| panic!("no notice"));
    let title = notice.title.unwrap_or_else(|| panic!("no title"));
    assert_eq!(
        title.path, "/ContractNotice/cac:ProcurementProject/cbc:Name[6]",
        "the title in the notice's language (ENG), not in the first one written"
    );
}

#[test]
fn extract_shows_a_notice_block_with_its_path() {
    let output = crate::tenderlint(&["extract", "fixtures/notices/eforms/fr_cn_hebergement.xml"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("¶1 /ContractNotice/cac:ProcurementProject/cbc:Name"),
        "{stdout}"
    );
}

#[test]
fn documents_of_the_own_french_and_german_notices() {
    for name in ["fr_cn_hebergement.xml", "de_cn_cloud.xml"] {
        let mut document = read(name);
        // The name depends on where the tests run from.
        document.name = name.to_string();
        let json = serde_json::to_value(&document).unwrap_or_else(|e| panic!("{e}"));
        insta::assert_json_snapshot!(name.replace('.', "_"), json);
    }
}
