//! Language of a document, from its body text (headers and footers repeat and are left out).

use whatlang::{Detector, Lang};

use crate::model::{BlockKind, Document, Language};

/// The languages tenders come in, first those the extractor reads fully, then their neighbours.
const CANDIDATES: &[(Lang, &str)] = &[
    (Lang::Fra, "fr"),
    (Lang::Eng, "en"),
    (Lang::Deu, "de"),
    (Lang::Spa, "es"),
    (Lang::Ita, "it"),
    (Lang::Nld, "nl"),
    (Lang::Por, "pt"),
    (Lang::Pol, "pl"),
    (Lang::Dan, "da"),
    (Lang::Swe, "sv"),
    (Lang::Nob, "no"),
    (Lang::Ces, "cs"),
    (Lang::Ron, "ro"),
    (Lang::Fin, "fi"),
    (Lang::Hun, "hu"),
];

/// Enough text for a stable guess; more only costs time.
const SAMPLE_CHARS: usize = 20_000;

pub fn detect(document: &Document) -> Option<Language> {
    let mut sample = String::new();
    for block in &document.blocks {
        if matches!(
            block.kind,
            BlockKind::Header | BlockKind::Footer | BlockKind::Metadata
        ) {
            continue;
        }
        sample.push_str(&block.text);
        sample.push('\n');
        if sample.len() >= SAMPLE_CHARS {
            break;
        }
    }
    let detector = Detector::with_allowlist(CANDIDATES.iter().map(|(l, _)| *l).collect());
    let info = detector.detect(&sample)?;
    let code = CANDIDATES.iter().find(|(l, _)| *l == info.lang())?.1;
    Some(Language {
        code: code.to_string(),
        confidence: (info.confidence() * 100.0).round() / 100.0,
    })
}
