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
    let language = Language {
        code: code.to_string(),
        confidence: (info.confidence() * 100.0).round() / 100.0,
    };
    // A short English or Spanish line ("Calendars must be accessible via CalDAV.") may look
    // Romanian or Portuguese to the detector: a language the extractor does not read is
    // reported, and its text left unread, only when the guess is firm or the text long enough
    // (Danish and Norwegian, alike, are never guessed firmly).
    let words = sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() >= 3)
        .count();
    let firm = language.confidence >= FIRM_GUESS || words >= ENOUGH_WORDS;
    (language.is_read() || firm).then_some(language)
}

/// The detector's confidence from which a language the extractor does not read is believed,
/// and the words (of three letters or more) from which it is believed whatever the confidence.
const FIRM_GUESS: f64 = 0.5;
const ENOUGH_WORDS: usize = 15;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LANGUAGES_READ;

    fn language_of(text: &str) -> Option<String> {
        detect(&Document::of_paragraphs("t.txt", &[text])).map(|l| l.code)
    }

    #[test]
    fn a_language_not_read_is_believed_only_on_a_firm_guess() {
        assert_eq!(
            language_of("Avropsförfrågan. Detta avrop avser resursuppdrag inom integration. Leverantören ska tillhandahålla konsulter som arbetar i beställarens egen miljö.").as_deref(),
            Some("sv")
        );
        // Danish, which the detector cannot tell from Norwegian with confidence.
        assert!(
            language_of("Leverandøren skal levere en cloudbaseret e-mailtjeneste. Alle data skal opbevares i Den Europæiske Union og må ikke overføres til tredjelande.")
                .is_some_and(|code| !LANGUAGES_READ.contains(&code.as_str()))
        );
        // Short lines the detector takes for Romanian, Danish or Portuguese.
        for line in [
            "Calendars must be accessible via CalDAV.",
            "Annex 3 - Tender form",
            "Estimated outbound data transfer (egress): 2 TB per month.",
            "Annex II - Technical offer form\nProposed data centre provider(s), e.g. Hetzner or Exoscale: ____________",
        ] {
            assert!(
                language_of(line).is_none_or(|code| LANGUAGES_READ.contains(&code.as_str())),
                "{line}"
            );
        }
    }
}
