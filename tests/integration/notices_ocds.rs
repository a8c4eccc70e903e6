//! OCDS notices: every fixture read, the notice's coded fields, files of several notices split
//! into one document per notice through the public door, broken releases named by pointer.

use tenderlint::model::{
    Amount, AwardCriterion, Classification, Document, Format, Notice, NoticeBuyer, NoticeField,
    NoticeKind, NoticeStandard, PlaceOfPerformance,
};
use tenderlint::pipeline::{self, CheckOptions, Input};

use crate::{fixtures, read_fixture, tenderlint};

const DIR: &str = "notices/ocds";

/// A document a fixture gives: the end of its name, its language, the kind of its notice.
type Expected = (&'static str, &'static str, NoticeKind);

/// Every fixture, with the documents it gives.
const FILES: &[(&str, &[Expected])] = &[
    (
        "fr_release_hebergement.json",
        &[("fr_release_hebergement.json", "fr", NoticeKind::Competition)],
    ),
    (
        "de_record_cloud.json",
        &[("de_record_cloud.json", "de", NoticeKind::Result)],
    ),
    (
        "de_compiled_release_dateiablage.json",
        &[(
            "de_compiled_release_dateiablage.json",
            "de",
            NoticeKind::Competition,
        )],
    ),
    (
        "fr_de_release_package_3.json",
        &[
            ("#ocds-tlnt01-fr-2026-0301", "fr", NoticeKind::Planning),
            ("#ocds-tlnt01-de-2026-0302", "de", NoticeKind::Competition),
            ("#ocds-tlnt01-fr-2026-0303", "fr", NoticeKind::Result),
        ],
    ),
    (
        "fr_de_record_package_2.json",
        &[
            ("#ocds-tlnt01-fr-2026-0401", "fr", NoticeKind::Competition),
            ("#ocds-tlnt01-de-2026-0402", "de", NoticeKind::Competition),
        ],
    ),
    (
        "fr_releases_3.jsonl",
        &[
            ("#ocds-tlnt01-fr-2026-0501", "fr", NoticeKind::Competition),
            ("#ocds-tlnt01-fr-2026-0502", "fr", NoticeKind::Competition),
            ("#ocds-tlnt01-fr-2026-0503", "fr", NoticeKind::Competition),
        ],
    ),
    (
        "FICTIONAL_sample-data_1.1_tender.json",
        &[(
            "FICTIONAL_sample-data_1.1_tender.json",
            "en",
            NoticeKind::Competition,
        )],
    ),
    (
        "dncp_paraguay_release-package_1.1-2.json",
        &[(
            "dncp_paraguay_release-package_1.1-2.json",
            "es",
            NoticeKind::Result,
        )],
    ),
];

/// The documents a file gives through `pipeline::read`, every one readable.
fn read_through_pipeline(name: &str) -> Vec<Document> {
    let path = fixtures().join(DIR).join(name);
    pipeline::read(&[Input::Path(path)], &CheckOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .into_iter()
        .map(|result| result.unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

fn notice(document: &Document) -> &Notice {
    document
        .notice
        .as_deref()
        .unwrap_or_else(|| panic!("{}: no notice", document.name))
}

fn field(value: &str, path: &str) -> NoticeField {
    NoticeField {
        value: value.to_string(),
        path: path.to_string(),
    }
}

#[test]
fn every_fixture_is_read_one_document_per_notice() {
    for (file, expected) in FILES {
        let documents = read_through_pipeline(file);
        assert_eq!(documents.len(), expected.len(), "{file}");
        for (document, (suffix, language, kind)) in documents.iter().zip(expected.iter()) {
            assert!(
                document
                    .name
                    .ends_with(&format!("{file}{}", suffix.trim_start_matches(file))),
                "{file}: {}",
                document.name
            );
            assert_eq!(document.format, Format::Ocds, "{}", document.name);
            assert_eq!(
                document.language.as_ref().map(|l| l.code.as_str()),
                Some(*language),
                "{}",
                document.name
            );
            let notice = notice(document);
            assert_eq!(notice.standard, NoticeStandard::Ocds);
            assert_eq!(notice.kind, *kind, "{}", document.name);
            assert!(
                document.blocks.iter().all(|b| b
                    .location
                    .path
                    .as_deref()
                    .is_some_and(|p| p.starts_with('/'))),
                "{}: every block has its pointer",
                document.name
            );
        }
    }
}

#[test]
fn the_french_release_states_its_fields_exactly() {
    let document =
        read_fixture("notices/ocds/fr_release_hebergement.json").unwrap_or_else(|e| panic!("{e}"));
    let expected = Notice {
        standard: NoticeStandard::Ocds,
        kind: NoticeKind::Competition,
        subtype: Some("tender".to_string()),
        id: Some("ocds-tlnt01-fr-2026-0042".to_string()),
        title: Some(field(
            "Hébergement en nuage des applications métier de la Ville",
            "/tender/title",
        )),
        buyers: vec![NoticeBuyer {
            name: Some("Ville de Lyon".to_string()),
            country: Some("FR".to_string()),
            legal_type: Some("la".to_string()),
            activity: Some("gen-pub".to_string()),
            path: "/parties/0".to_string(),
        }],
        classifications: vec![
            cpv("72415000", true, None, "/tender/classification"),
            cpv(
                "72317000",
                false,
                None,
                "/tender/additionalClassifications/0",
            ),
            cpv(
                "72415000",
                true,
                Some("LOT-1"),
                "/tender/items/0/classification",
            ),
            cpv(
                "72317000",
                true,
                Some("LOT-2"),
                "/tender/items/1/classification",
            ),
        ],
        places: vec![
            PlaceOfPerformance {
                country: Some("FR".to_string()),
                region: Some("FRK26".to_string()),
                other: None,
                lot: Some("LOT-1".to_string()),
                path: "/tender/items/0/deliveryAddresses/0".to_string(),
            },
            PlaceOfPerformance {
                country: Some("FR".to_string()),
                region: Some("FRK2".to_string()),
                other: None,
                lot: Some("LOT-2".to_string()),
                path: "/tender/items/1/deliveryLocation".to_string(),
            },
        ],
        published: Some(field("2026-09-14T09:00:00+02:00", "/date")),
        submission_deadline: Some(field(
            "2026-10-16T12:00:00+02:00",
            "/tender/tenderPeriod/endDate",
        )),
        estimated_value: Some(Amount {
            amount: "480000".to_string(),
            currency: Some("EUR".to_string()),
            path: "/tender/value".to_string(),
        }),
        legal_basis: None,
        procedure: Some(field("open", "/tender/procurementMethod")),
        document_urls: vec![field(
            "https://marches.example.fr/lyon/2026-DSI-042/dce.zip",
            "/tender/documents/0/url",
        )],
        award_criteria: vec![
            AwardCriterion {
                kind: None,
                name: Some("ratedCriteria".to_string()),
                weight: None,
                lot: None,
                path: "/tender/awardCriteriaDetails".to_string(),
            },
            AwardCriterion {
                kind: Some("quality".to_string()),
                name: Some("Valeur technique".to_string()),
                weight: Some("60%".to_string()),
                lot: Some("LOT-1".to_string()),
                path: "/tender/lots/0/awardCriteria/criteria/0".to_string(),
            },
            AwardCriterion {
                kind: Some("price".to_string()),
                name: Some("Prix".to_string()),
                weight: Some("40%".to_string()),
                lot: Some("LOT-1".to_string()),
                path: "/tender/lots/0/awardCriteria/criteria/1".to_string(),
            },
        ],
    };
    assert_eq!(notice(&document), &expected);
    // The criterion stands where it is described, so the sentences of its description are its.
    let details = document
        .blocks
        .iter()
        .find(|b| b.location.section == ["Award criteria"])
        .and_then(|b| b.location.path.as_deref());
    assert_eq!(details, Some("/tender/awardCriteriaDetails"));
    assert_eq!(details, Some(expected.award_criteria[0].path.as_str()));
    assert!(
        document
            .text()
            .contains("Les données sont hébergées exclusivement dans l'Union européenne.")
    );
}

fn cpv(code: &str, main: bool, lot: Option<&str>, path: &str) -> Classification {
    Classification {
        scheme: "CPV".to_string(),
        code: code.to_string(),
        main,
        lot: lot.map(str::to_string),
        path: path.to_string(),
    }
}

#[test]
fn the_german_record_is_read_as_its_compiled_release() {
    let document =
        read_fixture("notices/ocds/de_record_cloud.json").unwrap_or_else(|e| panic!("{e}"));
    let notice = notice(&document);
    assert_eq!(notice.kind, NoticeKind::Result);
    assert_eq!(notice.subtype.as_deref(), Some("compiled"));
    assert_eq!(notice.id.as_deref(), Some("ocds-tlnt01-de-2026-0107"));
    assert_eq!(
        notice.buyers,
        [NoticeBuyer {
            name: Some("Stadt Köln, Amt für Informationsverarbeitung".to_string()),
            country: Some("DE".to_string()),
            legal_type: None,
            activity: None,
            path: "/compiledRelease/parties/0".to_string(),
        }]
    );
    assert_eq!(
        notice.estimated_value,
        Some(Amount {
            amount: "900000.00".to_string(),
            currency: Some("EUR".to_string()),
            path: "/compiledRelease/tender/value".to_string(),
        })
    );
    assert_eq!(
        notice.procedure,
        Some(field(
            "selective",
            "/compiledRelease/tender/procurementMethod"
        ))
    );
    assert_eq!(notice.places[0].country.as_deref(), Some("DE"));
    let sections: Vec<&str> = document
        .blocks
        .iter()
        .map(|b| b.location.section[0].as_str())
        .collect();
    assert_eq!(
        sections,
        [
            "Tender title",
            "Tender description",
            "Planning rationale",
            "Procurement method details",
            "Award criteria",
            "Description of item 1",
            "Title of document LB",
            "Title of award 2026-IT-107-Z1",
            "Description of award 2026-IT-107-Z1",
        ]
    );
}

#[test]
fn the_open_contracting_samples_give_their_buyers_and_codes() {
    let document = read_fixture("notices/ocds/FICTIONAL_sample-data_1.1_tender.json")
        .unwrap_or_else(|e| panic!("{e}"));
    let notice = notice(&document);
    assert_eq!(notice.id.as_deref(), Some("ocds-213czf-000-00001"));
    assert_eq!(notice.buyers.len(), 1);
    assert_eq!(notice.buyers[0].country.as_deref(), Some("GB"));
    assert_eq!(
        notice.buyers[0].path, "/releases/0/parties/0",
        "a package of one release is read with pointers from the file's root"
    );
    let codes: Vec<(&str, bool)> = notice
        .classifications
        .iter()
        .map(|c| (c.code.as_str(), c.main))
        .collect();
    assert_eq!(codes, [("45233130", true), ("45233162", false)]);
    assert_eq!(
        notice.award_criteria[0].name.as_deref(),
        Some("bestProposal")
    );
    assert_eq!(
        notice
            .submission_deadline
            .as_ref()
            .map(|f| f.value.as_str()),
        Some("2010-04-01T18:00:00Z")
    );

    let paraguay = read_fixture("notices/ocds/dncp_paraguay_release-package_1.1-2.json")
        .unwrap_or_else(|e| panic!("{e}"));
    let notice = self::notice(&paraguay);
    assert_eq!(notice.kind, NoticeKind::Result);
    assert_eq!(notice.subtype.as_deref(), Some("contract"));
    assert!(notice.buyers.is_empty() && notice.title.is_none());
    assert_eq!(
        paraguay.blocks[0].location.path.as_deref(),
        Some("/releases/0/contracts/0/title")
    );
}

#[test]
fn a_release_package_is_one_document_per_release_named_by_ocid() {
    let documents = read_through_pipeline("fr_de_release_package_3.json");
    let names: Vec<&str> = documents
        .iter()
        .map(|d| d.name.rsplit('/').next().unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        [
            "fr_de_release_package_3.json#ocds-tlnt01-fr-2026-0301",
            "fr_de_release_package_3.json#ocds-tlnt01-de-2026-0302",
            "fr_de_release_package_3.json#ocds-tlnt01-fr-2026-0303",
        ]
    );
    // A member's pointers start at the release it holds.
    assert_eq!(
        documents[1].blocks[0].location.path.as_deref(),
        Some("/tender/title")
    );
    let planning = notice(&documents[0]);
    assert_eq!(
        planning.estimated_value.as_ref().map(|v| v.amount.as_str()),
        Some("350000"),
        "a planned procurement's value is its budget"
    );
}

#[test]
fn a_broken_release_is_refused_naming_itself_and_its_pointer() {
    let package =
        std::fs::read_to_string(fixtures().join(DIR).join("fr_de_release_package_3.json"))
            .unwrap_or_else(|e| panic!("{e}"))
            .replace(r#""tag": ["award"]"#, r#""tag": "award""#);
    let results = pipeline::read(
        &[Input::Bytes {
            name: "broken.json".to_string(),
            bytes: package.into_bytes().into(),
        }],
        &CheckOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // The broken release is its own error, naming it and the pointer within it; the other two
    // are read, so a batch loses one notice, not the file.
    let [Ok(_), Ok(_), Err(error)] = results.as_slice() else {
        panic!("two notices and one error expected: {results:?}");
    };
    assert_eq!(
        error.to_string(),
        "broken.json#ocds-tlnt01-fr-2026-0303: corrupt or truncated OCDS notice file: /tag: expected an array of strings"
    );

    let cut = br#"{"ocid": "ocds-x", "id": "1",
        "date": "2026-01-01", "tag": ["tender"], "tender": {"title": "#;
    let results = pipeline::read(
        &[Input::Bytes {
            name: "cut.json".to_string(),
            bytes: cut.as_slice().into(),
        }],
        &CheckOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let message = format!("{:?}", results[0].as_ref().err().map(ToString::to_string));
    assert!(message.contains("at line 2 column"), "{message}");
}

#[test]
fn the_french_release_reads_as_this_document() {
    let document =
        read_fixture("notices/ocds/fr_release_hebergement.json").unwrap_or_else(|e| panic!("{e}"));
    insta::assert_json_snapshot!("ocds_fr_release_hebergement", document);
}

#[test]
fn extract_lists_each_notice_of_a_json_lines_file() {
    let output = tenderlint(&["extract", "fixtures/notices/ocds/fr_releases_3.jsonl"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let headers: Vec<&str> = stdout.lines().filter(|l| l.starts_with("== ")).collect();
    assert_eq!(
        headers,
        [
            "== fixtures/notices/ocds/fr_releases_3.jsonl#ocds-tlnt01-fr-2026-0501 ==",
            "== fixtures/notices/ocds/fr_releases_3.jsonl#ocds-tlnt01-fr-2026-0502 ==",
            "== fixtures/notices/ocds/fr_releases_3.jsonl#ocds-tlnt01-fr-2026-0503 ==",
        ]
    );
}

#[test]
fn the_facts_of_a_notice_are_read_in_its_fields() {
    let extractor = tenderlint::extract::Extractor::new(
        &tenderlint::extract::reference::ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")),
    );
    let document =
        read_fixture("notices/ocds/fr_release_hebergement.json").unwrap_or_else(|e| panic!("{e}"));
    let facts = crate::facts_of(&extractor, &document);
    let azure = facts
        .providers
        .iter()
        .find(|mention| mention.matched.contains("Azure"))
        .unwrap_or_else(|| panic!("Azure not read: {:?}", facts.providers));
    assert!(!azure.or_equivalent);
    assert_eq!(
        azure.evidence.section.as_deref(),
        Some("Tender description")
    );
    assert_eq!(
        facts.documents[0].notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Competition)
    );
}

#[test]
fn a_package_in_a_zip_is_one_document_per_notice_too() {
    use std::io::Write;
    let package = std::fs::read(fixtures().join(DIR).join("fr_de_record_package_2.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    zip.start_file(
        "avis/records.json",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    zip.write_all(&package).unwrap_or_else(|e| panic!("{e}"));
    zip.finish().unwrap_or_else(|e| panic!("{e}"));
    let results = pipeline::read(
        &[Input::Bytes {
            name: "dce.zip".to_string(),
            bytes: out.into_inner().into(),
        }],
        &CheckOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<String> = results
        .into_iter()
        .map(|r| r.map(|d| d.name).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(
        names,
        [
            "dce.zip/avis/records.json#ocds-tlnt01-fr-2026-0401",
            "dce.zip/avis/records.json#ocds-tlnt01-de-2026-0402",
        ]
    );
}
