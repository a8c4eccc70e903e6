//! Reading the fixtures: snapshots of what is read, provenance invariants, and every error case.

use tenderlint::ingest::{
    IngestError, IngestOptions, Source, detect_format, ingest_bytes, ingest_path,
};
use tenderlint::model::{BlockKind, Document};
use tenderlint::report;

use crate::{TENDERS, fixtures, read_fixture};

#[test]
fn every_fixture_reads_as_its_format_and_language() {
    for (name, format, language) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(document.format.name(), *format, "{name}");
        let detected = document.language.as_ref().map(|l| l.code.as_str());
        assert_eq!(detected, Some(*language), "{name}");
        assert!(
            document.blocks.len() >= 5,
            "{name}: only {} blocks",
            document.blocks.len()
        );
    }
}

#[test]
fn extracted_documents_match_their_snapshots() {
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        insta::assert_snapshot!(name.replace('.', "_"), report::document::to_text(&document));
    }
}

#[test]
fn block_ranges_index_the_normalised_text() {
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let text: Vec<char> = document.text().chars().collect();
        let mut previous_end = 0;
        for (index, block) in document.blocks.iter().enumerate() {
            let location = &block.location;
            let slice: String = text[location.start..location.end].iter().collect();
            assert_eq!(slice, block.text, "{name}, block {index}");
            assert!(location.start >= previous_end, "{name}: blocks overlap");
            assert_eq!(location.paragraph as usize, index + 1, "{name}");
            assert!(
                !block.text.is_empty() && block.text.trim() == block.text,
                "{name}"
            );
            previous_end = location.end;
        }
        assert_eq!(
            previous_end,
            text.len(),
            "{name}: the text ends with the last block"
        );
    }
}

#[test]
fn text_is_normalised() {
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        for block in &document.blocks {
            let text = &block.text;
            assert!(!text.contains("  "), "{name}: double space in {text:?}");
            assert!(
                !text.contains(['\u{00AD}', '\u{FB01}', '\u{FB02}', '\t', '\n', '\u{00A0}']),
                "{name}: {text:?}"
            );
        }
    }
}

#[test]
fn the_same_tender_reads_alike_in_every_format() {
    for stem in [
        "fr_cctp_suite_collaborative",
        "en_rfp_research_data_platform",
        "de_leistungsbeschreibung_fachverfahren",
    ] {
        let readings: Vec<(String, Vec<String>)> = ["pdf", "docx", "odt"]
            .iter()
            .filter_map(|ext| {
                read_fixture(&format!("{stem}.{ext}"))
                    .ok()
                    .map(|d| (ext.to_string(), d))
            })
            .map(|(ext, d)| {
                let words = d
                    .blocks
                    .iter()
                    .filter(|b| {
                        !matches!(
                            b.kind,
                            BlockKind::Header | BlockKind::Footer | BlockKind::Footnote
                        )
                    })
                    .flat_map(|b| {
                        b.text
                            .split_whitespace()
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    })
                    .filter(|w| w != "•")
                    .collect();
                (ext, words)
            })
            .collect();
        assert!(readings.len() >= 2, "{stem}");
        let (first_ext, first) = &readings[0];
        for (ext, words) in &readings[1..] {
            let common = crate::pdftotext::common_in_order(first, words);
            let ratio = common as f64 / first.len().max(words.len()) as f64;
            assert!(
                ratio > 0.98,
                "{stem}: {first_ext} and {ext} agree on {ratio:.3} of words"
            );
        }
    }
}

#[test]
fn headings_give_each_block_its_section() {
    for name in [
        "fr_cctp_suite_collaborative.pdf",
        "fr_cctp_suite_collaborative.docx",
        "fr_cctp_suite_collaborative.odt",
    ] {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let block = document
            .blocks
            .iter()
            .find(|b| b.text.starts_with("Les données sont chiffrées"))
            .unwrap_or_else(|| panic!("{name}: the encryption clause is missing"));
        assert_eq!(
            block.location.section.last().map(String::as_str),
            Some("4.1 Chiffrement"),
            "{name}"
        );
        assert!(
            block
                .location
                .section
                .iter()
                .any(|s| s.starts_with("ARTICLE 4")),
            "{name}: {:?}",
            block.location.section
        );
    }
}

#[test]
fn pdf_pages_are_one_based_and_ordered() {
    let document =
        read_fixture("fr_cctp_suite_collaborative.pdf").unwrap_or_else(|e| panic!("{e}"));
    let pages: Vec<u32> = document
        .blocks
        .iter()
        .filter_map(|b| b.location.page)
        .collect();
    assert_eq!(pages.first(), Some(&1));
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "{pages:?}");
    assert_eq!(pages.last().copied(), document.pages);
    let reversibility = document.blocks.iter().find(|b| {
        b.text
            .starts_with("La réversibilité est réalisée sur devis")
    });
    assert_eq!(reversibility.and_then(|b| b.location.page), Some(3));
}

#[test]
fn running_headers_and_footers_are_kept_once() {
    for name in [
        "fr_cctp_suite_collaborative.pdf",
        "fr_cctp_suite_collaborative.docx",
        "fr_cctp_suite_collaborative.odt",
    ] {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let headers = texts_of(&document, BlockKind::Header);
        let footers = texts_of(&document, BlockKind::Footer).len();
        assert_eq!(
            headers,
            vec!["Communauté d'agglomération du Val-de-Loire – Marché n° 2026-DSI-014 – CCTP"],
            "{name}"
        );
        assert_eq!(footers, 1, "{name}");
        let body_mentions = document
            .blocks
            .iter()
            .filter(|b| b.text.contains("Marché n° 2026-DSI-014"))
            .count();
        assert_eq!(body_mentions, 1, "{name}: the header leaked into the body");
    }
}

/// The texts of a document's blocks of one kind, in order.
fn texts_of(document: &Document, kind: BlockKind) -> Vec<&str> {
    document
        .blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| b.text.as_str())
        .collect()
}

#[test]
fn office_formats_keep_tables_lists_and_footnotes() {
    for name in [
        "fr_cctp_suite_collaborative.docx",
        "fr_cctp_suite_collaborative.odt",
    ] {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let kinds = |kind| texts_of(&document, kind);
        assert!(
            kinds(BlockKind::TableCell).contains(&"Délai de rétablissement (incident majeur)"),
            "{name}"
        );
        assert_eq!(kinds(BlockKind::ListItem).len(), 5, "{name}");
        assert_eq!(
            kinds(BlockKind::Footnote),
            vec![
                "Les frais de sortie des données (egress) sont facturés selon la grille tarifaire publique du fournisseur."
            ],
            "{name}"
        );
    }
}

#[test]
fn html_keeps_visible_text_only() {
    let document = read_fixture("fr_avis_hebergement_site.html").unwrap_or_else(|e| panic!("{e}"));
    let text = document.text();
    for hidden in [
        "analytics",
        "Microsoft Azure",
        "Brouillon interne",
        "Note masquée",
        "Ancienne version",
        "★",
        "Modèle de ligne",
        "Activez JavaScript",
        "display",
    ] {
        assert!(
            !text.contains(hidden),
            "hidden text {hidden:?} was extracted"
        );
    }
    let headings: Vec<(Option<u8>, &str)> = document
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| (b.level, b.text.as_str()))
        .collect();
    assert_eq!(
        headings[0],
        (Some(1), "Avis d'appel public à la concurrence")
    );
    assert!(headings.contains(&(Some(3), "2.1 Réversibilité")));
    assert!(text.contains("Date limite de réception des offres : 12 janvier 2027 à 12 h 00."));
}

#[test]
fn markdown_keeps_front_matter_tables_and_footnotes() {
    let document =
        read_fixture("en_tender_summary_email_service.md").unwrap_or_else(|e| panic!("{e}"));
    let of_kind = |kind| texts_of(&document, kind);
    assert_eq!(
        of_kind(BlockKind::Metadata),
        vec![
            "title: Managed e-mail and calendar service",
            "reference: CCC-2026-IT-112",
            "closing_date: 2027-01-29"
        ]
    );
    assert_eq!(
        of_kind(BlockKind::TableCell),
        vec!["Criterion", "Weight", "Quality", "60 %", "Price", "40 %"]
    );
    assert_eq!(
        of_kind(BlockKind::Footnote),
        vec!["The full specification prevails over this summary in case of conflict."]
    );
    assert_eq!(of_kind(BlockKind::ListItem).len(), 3);
}

#[test]
fn legacy_encodings_are_decoded() {
    let german =
        read_fixture("de_kurzfassung_dateiaustausch_cp1252.txt").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        german
            .text()
            .contains("Die Plattform ist vorzugsweise in Rechenzentren in der EU zu betreiben.")
    );
    assert!(
        german
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::Heading && b.text == "2 Anforderungen an den Betrieb")
    );
    let french =
        read_fixture("fr_avis_relation_usagers_utf16.txt").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        french
            .text()
            .contains("Les données des abonnés sont stockées en France")
    );
}

#[test]
fn the_format_comes_from_the_bytes_not_the_name() {
    for (name, format, _) in TENDERS {
        let bytes = std::fs::read(fixtures().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let detected = detect_format(&bytes, "renamed.bin").map(|f| f.name());
        assert_eq!(detected.ok(), Some(*format), "{name}");
    }
}

/// Each malformed fixture with the words its error must contain.
const MALFORMED: &[(&str, &str)] = &[
    (
        "scanned.pdf",
        "no extractable text — the document looks scanned; run OCR first",
    ),
    ("encrypted.pdf", "the PDF is encrypted with a password"),
    ("truncated.pdf", "corrupt or truncated PDF file"),
    (
        "damaged_streams.pdf",
        "corrupt or truncated PDF file: no text could be read",
    ),
    ("truncated.docx", "corrupt or truncated DOCX file"),
    ("zip_bomb.docx", "the archive inflates beyond 256 MiB"),
    ("billion_laughs.docx", "refused XML"),
    (
        "legacy_word97.doc",
        "unsupported format: a legacy Microsoft Office file",
    ),
    (
        "scan_page.png",
        "a PNG image; a scanned tender needs OCR first",
    ),
    ("empty.txt", "the file is empty"),
    ("binary.dat", "unsupported format: binary data"),
    (
        "blank_page.html",
        "no text: the HTML document contains no readable text",
    ),
];

#[test]
fn every_malformed_file_gets_an_error_naming_it() {
    for (name, expected) in MALFORMED {
        let path = fixtures().join("malformed").join(name);
        match ingest_path(&path, &IngestOptions::default()) {
            Ok(document) => panic!("{name} was read: {} blocks", document.blocks.len()),
            Err(error) => {
                let message = error.to_string();
                assert!(
                    message.starts_with(&path.display().to_string()),
                    "{message}"
                );
                assert!(message.contains(expected), "{name}: {message}");
            }
        }
    }
}

#[test]
fn unsupported_formats_list_the_supported_ones() {
    let error = ingest_path(
        &fixtures().join("malformed/legacy_word97.doc"),
        &IngestOptions::default(),
    )
    .err();
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.ends_with(
            "supported formats are PDF, DOCX, ODT, HTML, plain text, Markdown, XLSX and ODS spreadsheets, and eForms and OCDS notices"
        ),
        "{message}"
    );
}

#[test]
fn a_pdf_that_makes_the_parser_panic_is_read_with_the_fallback() {
    let document =
        read_fixture("malformed/pdf_extract_panic.pdf").unwrap_or_else(|e| panic!("{e}"));
    assert!(
        document
            .notes
            .iter()
            .any(|n| n.contains("read with the fallback parser")),
        "{:?}",
        document.notes
    );
    assert!(
        document
            .text()
            .contains("Communauté d'agglomération du Val-de-Loire")
    );
}

#[test]
fn files_over_the_size_limit_are_refused() {
    let options = IngestOptions {
        max_file_bytes: 1024,
        ..IngestOptions::default()
    };
    let error = ingest_path(
        &fixtures().join("fr_cctp_suite_collaborative.pdf"),
        &options,
    )
    .err();
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("over the limit of 1 KiB"), "{message}");
    let bytes = std::fs::read(fixtures().join("fr_avis_hebergement_site.html")).unwrap_or_default();
    let in_memory = ingest_bytes(
        Source {
            name: "upload.html",
            bytes: &bytes,
        },
        &options,
    );
    assert!(matches!(
        in_memory.map_err(|e| e.error),
        Err(IngestError::TooLarge { .. })
    ));
}

/// A real request for information whose ten pages are pictures of slides, with a few typed
/// captions (461 bytes of text in all): once read as a tender with no issue, it is a scan.
#[test]
fn a_pdf_of_mostly_scanned_pages_is_an_error_naming_its_pages() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/real/documents_v5/files/EN_US_Army_PEO_MRAS.pdf");
    let error = ingest_path(&path, &IngestOptions::default())
        .err()
        .unwrap_or_else(|| panic!("{} was read", path.display()));
    let message = error.to_string();
    assert!(
        message.starts_with(&path.display().to_string()),
        "{message}"
    );
    assert!(
        message
            .contains("page(s) 1-10 of 10 are images with almost no text (scanned); run OCR first"),
        "{message}"
    );
}

/// A CID font gives the widths of a run of glyphs as `first last width` (Google Docs, Skia): a
/// glyph read as zero-wide ends where it starts, and the gap to the next one became a space.
#[test]
fn glyph_widths_given_as_ranges_keep_words_whole() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/corpus/docs/EN_18F_cloudgov_support_PWS_2019.pdf");
    let document = ingest_path(&path, &IngestOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    let text = document.text();
    assert!(
        text.contains("cloud.gov Professional Support Services"),
        "{text}"
    );
    assert!(!text.contains("clo ud.go v"), "{text}");
}

/// A writer that counts one byte too few points `startxref` at the end of line before the
/// `xref` keyword (a BOAMP notice saved by DOMPDF, review v14); poppler reads it, and so must we:
/// the same text as the well-formed file, not "corrupt or truncated".
#[test]
fn a_cross_reference_offset_one_byte_early_still_reads() {
    let bytes =
        std::fs::read(fixtures().join("fr_cctp_suite_collaborative.pdf")).unwrap_or_default();
    let tail_at = bytes.len() - 40;
    let tail = String::from_utf8_lossy(&bytes[tail_at..]).into_owned();
    let offset: usize = tail
        .split("startxref")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no startxref in {tail:?}"));
    assert_eq!(&bytes[offset..offset + 4], b"xref");
    assert!(bytes[offset - 1].is_ascii_whitespace());
    let shifted = tail.replacen(
        &format!("startxref\n{offset}\n"),
        &format!("startxref\n{}\n", offset - 1),
        1,
    );
    assert_ne!(shifted, tail);
    let mut early = bytes[..tail_at].to_vec();
    early.extend_from_slice(shifted.as_bytes());
    let read = |bytes: &[u8]| {
        ingest_bytes(
            Source {
                name: "avis.pdf",
                bytes,
            },
            &IngestOptions::default(),
        )
        .map(|document| {
            document
                .blocks
                .into_iter()
                .map(|b| b.text)
                .collect::<Vec<_>>()
        })
        .unwrap_or_else(|e| panic!("{e}"))
    };
    assert_eq!(read(&early), read(&bytes));
}
