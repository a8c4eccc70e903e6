//! What kind of public body the buyer is, from the institutions a tender names: a context fact
//! for rules whose law binds only some buyers (the French SREN law and State cloud doctrine bind
//! the State and its operators, not local authorities).

use std::sync::LazyLock;

use super::tally::{Namings, Vocabulary};
use crate::model::{Buyer, BuyerKind};

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

static VOCABULARY: LazyLock<Vocabulary<BuyerKind>> = LazyLock::new(|| Vocabulary::new(&NAMED));

/// The bodies the sentences name, one count per sentence and kind.
pub(super) fn bodies() -> Namings<BuyerKind> {
    Namings::new(&VOCABULARY, false)
}

/// The kind of buyer the sentences show, when one kind is named in at least two sentences and
/// more than any other.
pub(super) fn buyer(bodies: Namings<BuyerKind>) -> Option<Buyer> {
    let (kind, evidence) = bodies.winner()?;
    Some(Buyer { kind, evidence })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Evidence;

    fn evidence() -> Evidence {
        Evidence::quoting("test.txt", "")
    }

    fn kind_of(sentences: &[&str]) -> Option<BuyerKind> {
        let mut named = bodies();
        for sentence in sentences {
            named.read(sentence, evidence);
        }
        buyer(named).map(|b| b.kind)
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
