//! The buyer's jurisdiction, from the procurement law and institutions a tender cites: a
//! context fact the policies need to know which law is foreign to the buyer.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::cue_regex;
use super::tally::Tally;
use crate::model::{Evidence, Jurisdiction};

/// Citations that only a tender under one country's law makes.
const CITED: [(&str, &[&str]); 10] = [
    (
        "US",
        &[
            "FAR (?:part )?[0-9]+(?:\\.[0-9-]+)?",
            "Federal Acquisition Regulation",
            "48 CFR",
            "[0-9]+ U\\.S\\.C\\.",
            "General Services Administration",
            "Contracting Officer",
            "Section 508",
            "FedRAMP",
            "SAM\\.gov",
        ],
    ),
    (
        "FR",
        &[
            "code de la commande publique",
            "CCAG",
            "articles? [LR] ?2[0-9]{3}-[0-9]+",
            "pouvoir adjudicateur",
            "DUME",
            "acte d'engagement",
        ],
    ),
    (
        "DE",
        &[
            "VgV",
            "GWB",
            "UVgO",
            "VOL/B",
            "EVB-IT",
            "Vergabeverordnung",
            "Gesetz gegen Wettbewerbsbeschränkungen",
        ],
    ),
    ("AT", &["BVergG", "Bundesvergabegesetz"]),
    (
        "CH",
        &[
            "BöB",
            "IVöB",
            "VöB",
            "Bundesgesetz über das öffentliche Beschaffungswesen",
        ],
    ),
    (
        "ES",
        &[
            "Ley 9/2017",
            "LCSP",
            "Ley de Contratos del Sector Público",
            "Esquema Nacional de Seguridad",
        ],
    ),
    (
        "IT",
        &[
            "D\\. ?[Ll]gs\\.? ?(?:n\\. ?)?36/2023",
            "[Cc]odice dei contratti pubblici",
            "ANAC",
            "MEPA",
        ],
    ),
    (
        "NL",
        &["Aanbestedingswet", "ARBIT", "Gids Proportionaliteit"],
    ),
    (
        "GB",
        &[
            "Public Contracts Regulations 2015",
            "Procurement Act 2023",
            "Crown Commercial Service",
            "G-Cloud",
        ],
    ),
    (
        "CA",
        &[
            "Province of British Columbia",
            "Government of Canada",
            "Public Services and Procurement Canada",
        ],
    ),
];

/// Each country's citations, compiled.
static CITATIONS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    CITED
        .into_iter()
        .map(|(country, citations)| (country, cue_regex(citations)))
        .collect()
});

/// Any country's citation: one scan tells whether a sentence cites law at all (most do not).
static ANY_CITATION: LazyLock<Regex> = LazyLock::new(|| {
    let all: Vec<&str> = CITED.iter().flat_map(|(_, c)| c.iter().copied()).collect();
    cue_regex(&all)
});

/// How many citations it takes to name a jurisdiction: one stray mention proves nothing.
const ENOUGH: usize = 2;

/// Counts the citations of each country's law in the sentences; the most cited country wins
/// when it is cited often enough and more than any other.
#[derive(Debug, Default)]
pub(super) struct Citations {
    tally: Tally<&'static str>,
}

impl Citations {
    /// Notes what a sentence cites.
    pub(super) fn read(&mut self, text: &str, evidence: impl Fn() -> Evidence) {
        if !ANY_CITATION.is_match(text) {
            return;
        }
        for (country, regex) in CITATIONS.iter() {
            let found = regex.find_iter(text).count();
            if found > 0 {
                self.tally.add(*country, found, &evidence);
            }
        }
    }

    /// The jurisdiction the citations show, if they show one.
    pub(super) fn jurisdiction(self) -> Option<Jurisdiction> {
        let (country, evidence) = self.tally.winner(ENOUGH)?;
        Some(Jurisdiction {
            country: country.to_string(),
            evidence,
        })
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

    #[test]
    fn the_most_cited_law_names_the_jurisdiction() {
        let mut citations = Citations::default();
        citations.read("This clause follows FAR 52.212-4.", evidence);
        citations.read(
            "The Contracting Officer may terminate under 41 U.S.C. 3901.",
            evidence,
        );
        citations.read("Voir le code de la commande publique.", evidence);
        assert_eq!(
            citations.jurisdiction().map(|j| j.country),
            Some("US".to_string())
        );
    }

    #[test]
    fn one_stray_citation_names_nothing() {
        let mut citations = Citations::default();
        citations.read("Conformément au code de la commande publique.", evidence);
        assert_eq!(citations.jurisdiction(), None);
    }
}
