//! What kind of public body the buyer is, from the institutions a tender names: a context fact
//! for rules whose law binds only some buyers (the French SREN law and State cloud doctrine bind
//! the State and its operators, not local authorities).

use std::sync::LazyLock;

use regex::Regex;

use super::cues::cue_regex;
use super::tally::Tally;
use crate::model::{Buyer, BuyerKind, Evidence};

/// The words that name a buyer of each kind. Only words that designate the body itself: "la
/// collectivité" in a tender is the buyer; "l'État" alone is too often the State as legislator.
const NAMED: [(BuyerKind, &[&str]); 4] = [
    (
        BuyerKind::CentralGovernment,
        &[
            "minist[èe]re (?:de|des|du|chargé)",
            "direction (?:générale|interministérielle)",
            "services? du Premier ministre",
            "secrétariat général (?:du gouvernement|pour l'administration|de la défense)",
            "préfecture",
            "service à compétence nationale",
            "Bundesministerium",
            "Bundesamt",
            "Auswärtiges Amt",
            "Bundeskanzleramt",
            "Bundesverwaltung",
            "ministry of",
            "(?:government|federal) department",
            "central government (?:department|authority|body)",
            "ministero (?:della|dell'|delle|del|degli)",
            "ministerio de",
            "ministerie van",
        ],
    ),
    (
        BuyerKind::CentralAgency,
        &[
            "opérateur de l'État",
            "établissement public (?:national|administratif de l'État)",
            "agence nationale",
            "Bundesanstalt",
            "Bundesagentur",
            "executive agency",
            "non-departmental public body",
            "agenzia nazionale",
            "agencia estatal",
            "zelfstandig bestuursorgaan",
        ],
    ),
    (
        BuyerKind::RegionalOrLocal,
        &[
            "la collectivité",
            "collectivités? territoriales?",
            "commune (?:de|d')",
            "ville (?:de|d')",
            "mairie",
            "conseil (?:départemental|régional|municipal)",
            "communauté (?:d'agglomération|de communes|urbaine)",
            "métropole",
            "syndicat (?:mixte|intercommunal)",
            "EPCI",
            "Gemeinde\\w*",
            "Stadtverwaltung",
            "Landeshauptstadt",
            "Landkreis\\w*",
            "Kreisverwaltung",
            "Landesamt",
            "Landesverwaltung",
            "(?:county|city|borough|district|town|parish) council",
            "local authority",
            "municipality",
            "comune di",
            "regione",
            "ayuntamiento",
            "diputación",
            "comunidad autónoma",
            "gemeente",
            "provincie",
        ],
    ),
    (
        BuyerKind::Health,
        &[
            "centre hospitalier",
            "CHU",
            "groupement hospitalier",
            "GHT",
            "hôpital",
            "Klinikum",
            "Krankenhaus",
            "Universitätsklinikum",
            "NHS (?:Trust|Foundation Trust|Board)",
            "hospital trust",
            "azienda (?:ospedaliera|sanitaria)",
            "hospital universitario",
            "ziekenhuis",
        ],
    ),
];

/// Each kind's words, compiled.
static KINDS: LazyLock<Vec<(BuyerKind, Regex)>> = LazyLock::new(|| {
    NAMED
        .into_iter()
        .map(|(kind, words)| (kind, cue_regex(words)))
        .collect()
});

/// Any kind's words: one scan tells whether a sentence names a body at all.
static ANY_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let all: Vec<&str> = NAMED.iter().flat_map(|(_, w)| w.iter().copied()).collect();
    cue_regex(&all)
});

/// How many sentences it takes to tell the kind: one stray mention proves nothing.
const ENOUGH: usize = 2;

/// Counts the sentences naming each kind of body; the most named kind wins when it is named
/// often enough and more than any other.
#[derive(Debug, Default)]
pub(super) struct Bodies {
    tally: Tally<BuyerKind>,
}

impl Bodies {
    /// Notes which kinds of body a sentence names.
    pub(super) fn read(&mut self, text: &str, evidence: impl Fn() -> Evidence) {
        if !ANY_BODY.is_match(text) {
            return;
        }
        for (kind, regex) in KINDS.iter() {
            if regex.is_match(text) {
                self.tally.add(*kind, 1, &evidence);
            }
        }
    }

    /// The kind of buyer the sentences show, if they show one.
    pub(super) fn buyer(self) -> Option<Buyer> {
        let (kind, evidence) = self.tally.winner(ENOUGH)?;
        Some(Buyer { kind, evidence })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence() -> Evidence {
        Evidence {
            document: "test.txt".to_string(),
            page: None,
            paragraph: 1,
            section: None,
            sheet: None,
            row: None,
            quote: String::new(),
            start: 0,
            end: 0,
            highlight: None,
        }
    }

    fn kind_of(sentences: &[&str]) -> Option<BuyerKind> {
        let mut bodies = Bodies::default();
        for sentence in sentences {
            bodies.read(sentence, evidence);
        }
        bodies.buyer().map(|b| b.kind)
    }

    #[test]
    fn the_body_named_most_is_the_buyer() {
        assert_eq!(
            kind_of(&[
                "Le ministère de l'Intérieur lance une consultation.",
                "Les agents du ministère de l'Intérieur utilisent la messagerie.",
                "La commune de Lyon est informée.",
            ]),
            Some(BuyerKind::CentralGovernment)
        );
        assert_eq!(
            kind_of(&[
                "La collectivité met à disposition ses serveurs.",
                "Le conseil départemental valide les livrables.",
            ]),
            Some(BuyerKind::RegionalOrLocal)
        );
        assert_eq!(
            kind_of(&[
                "Der Auftraggeber ist das Universitätsklinikum Freiburg.",
                "Das Klinikum betreibt eigene Server.",
            ]),
            Some(BuyerKind::Health)
        );
    }

    #[test]
    fn one_mention_or_a_tie_names_nothing() {
        assert_eq!(kind_of(&["Le ministère de la Santé recommande HDS."]), None);
        assert_eq!(
            kind_of(&[
                "Le ministère de l'Intérieur et la commune de Lyon.",
                "Le ministère de l'Intérieur et la commune de Lyon.",
            ]),
            None
        );
    }
}
