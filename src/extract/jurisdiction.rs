//! The buyer's jurisdiction, from the procurement law and institutions a tender cites: a
//! context fact the policies need to know which law is foreign to the buyer.

use std::sync::LazyLock;

use super::tally::{Namings, Vocabulary};
use crate::model::Jurisdiction;

/// Citations that only a tender under one country's law makes.
const CITED: [(&str, &[&str]); 12] = [
    (
        "US",
        &[
            "FAR (?:part )?[0-9]+(?:\\.[0-9-]+)?",
            "Federal Acquisition Regulation",
            "48 CFR",
            "[0-9]+ U\\.S\\.C\\.(?: ?§* ?[0-9]+[a-z]*)?",
            "DFARS",
            "Department of Defense",
            "DoD(?:I|D|M)? [0-9]{4}\\.[0-9]+",
            "Privacy Act of 1974",
            "FISMA",
            "General Services Administration",
            "Contracting Officer",
            "Section 508",
            "FedRAMP",
            "SAM\\.gov",
            // State law: "chapter 39.26 RCW", FERPA for a school system's records.
            "RCW [0-9]+[A-Z]?\\.[0-9]+",
            "chapter [0-9]+[A-Z]?\\.[0-9]+ RCW",
            "FERPA",
            // A state's own law: "the laws of the State of Alaska", "AS 36.30".
            "(?:laws?|statutes?) of the State of (?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)",
            "(?:Commonwealth of )?(?:Massachusetts|Pennsylvania) General Laws",
            "(?-i:AS) 36\\.30(?:\\.[0-9]+)?",
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
            // The Digital Marketplace's framework (not its name alone: British Columbia's has it
            // too) and the bodies of local and central
            // government that only the United Kingdom has.
            "Digital Outcomes and Specialists",
            "IR35",
            "UK GDPR",
            "Data Protection Act 2018",
            "(?:District|Borough) Councils?",
            // London's own bodies: "London Councils represents London's 32 borough councils".
            "London Councils",
            "London Borough of (?-i:[A-Z])\\w+",
            // A council's own decisions: "Cabinet Member for Regulatory, Compliance and
            // Corporate Services", "Sefton Metropolitan Borough Council".
            "Cabinet Member for",
            "Metropolitan Borough(?: Council)?",
            "Greater London Authority",
            // A county's council ("Shropshire Council", "Hertfordshire County Council") and a
            // postcode of the Royal Mail ("SHREWSBURY SY2 6ND"), as a buyer's address gives it.
            "(?-i:[A-Z][a-z]+shire(?: County)? Council)",
            "(?-i:[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2})",
            "Cabinet Office",
            // Central departments by their usual names: "Defra Cloud Centre of Excellence".
            "(?-i:Defra|DEFRA|HMRC|DWP|DVLA)",
            "Department for (?:Environment, Food (?:&|and) Rural Affairs|Work and Pensions|Education|Transport|Business and Trade|Science, Innovation and Technology|Levelling Up, Housing and Communities)",
            "HM Revenue (?:&|and) Customs",
            "Home Office",
            "Ministry of Defence",
            "MOD Commercial",
            "(?:Scottish|Welsh) Government",
            "NHS(?: Digital| England| Scotland| Wales|(?: Foundation)? Trust)?",
            // The government by its own names, and the NHS's own frameworks and standards: "The
            // UK Government promoted a 'Cloud First' policy", "the previous GPSoC infrastructure
            // requirements" (v57).
            "(?:UK|HM) Government",
            "(?-i:GPSoC)",
            "Data Security and Protection Toolkit",
            "Public Contracts Scotland",
            "Sell2Wales",
            // A buyer's telephone and prices: "+44 1307 474799", "£93,200".
            "\\+44 ?\\(?0?\\)? ?[0-9][0-9 ]{6,}[0-9]",
            "£ ?[0-9][0-9,.]*",
        ],
    ),
    (
        "SA",
        &[
            "Kingdom of Saudi Arabia",
            "(?-i:KSA)",
            "Personal Data Protection Law",
            "(?-i:PDPL)",
            "National Cybersecurity Authority",
            "Saudi Data (?:and|&) (?:AI|Artificial Intelligence) Authority",
            "(?-i:SDAIA)",
            "Government Tenders and Procurement Law",
            "Etimad",
            "Saudi Riyals?",
        ],
    ),
    (
        "CA",
        &[
            "Province of British Columbia",
            "British Columbia",
            "Government of Canada",
            "Public Services and Procurement Canada",
            "PIPEDA",
            "Personal Information Protection and Electronic Documents Act",
            "Freedom of Information and Protection of Privacy Act",
            "FOIPPA",
        ],
    ),
    (
        "AU",
        &[
            "(?:State|Government) of (?:Western Australia|New South Wales|Victoria|Queensland|South Australia|Tasmania)",
            "(?:WA|NSW|Queensland|Victorian|Tasmanian|ACT|Australian) Government",
            "Commonwealth of Australia",
            "Commonwealth Procurement Rules",
            "Tenders WA",
            "Procurement Act 2020",
            "State Records Act",
            "Australian Privacy Principles",
            "Privacy Act 1988",
            "Australian Business Number",
            "IRAP",
            "Essential Eight",
        ],
    ),
];

static VOCABULARY: LazyLock<Vocabulary<&'static str>> = LazyLock::new(|| Vocabulary::new(&CITED));

/// The citations of each country's law in the sentences, every citation counted.
pub(super) fn citations() -> Namings<&'static str> {
    Namings::new(&VOCABULARY, true)
}

/// The jurisdiction the citations show: the country cited at least twice and more than any
/// other.
pub(super) fn jurisdiction(citations: Namings<&'static str>) -> Option<Jurisdiction> {
    let (country, evidence) = citations.winner()?;
    Some(Jurisdiction {
        country: country.to_string(),
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Evidence;

    fn evidence() -> Evidence {
        Evidence::quoting("test.txt", "")
    }

    /// The country the citations of these texts show, if any.
    fn country_of(texts: &[&str]) -> Option<String> {
        let mut cited = citations();
        for text in texts {
            cited.read(text, evidence);
        }
        jurisdiction(cited).map(|j| j.country)
    }

    #[test]
    fn a_defence_buyer_is_known_by_its_department_and_its_privacy_act() {
        let mut cited = citations();
        cited.read(
            "Applicable documents: DoDI 8510.01 and the Privacy Act of 1974.",
            evidence,
        );
        cited.read("Records are kept under 5 U.S.C.552a.", evidence);
        cited.read("The Department of Defense cloud guide applies.", evidence);
        assert_eq!(
            jurisdiction(cited).map(|j| j.country),
            Some("US".to_string())
        );
    }

    #[test]
    fn a_canadian_buyer_is_known_by_its_province_and_its_privacy_law() {
        let mut cited = citations();
        cited.read("viaSport British Columbia, Vancouver", evidence);
        cited.read(
            "The system shall comply with data protection laws (e.g., PIPEDA).",
            evidence,
        );
        assert_eq!(
            jurisdiction(cited).map(|j| j.country),
            Some("CA".to_string())
        );
    }

    #[test]
    fn a_county_council_is_known_by_its_name_and_its_postcode() {
        for british in [
            "Please write to Shropshire Council, Shirehall, SHREWSBURY SY2 6ND quoting BMC 003.",
            "London Councils represents London's 32 borough councils and the City of London.",
        ] {
            assert_eq!(country_of(&[british]).as_deref(), Some("GB"), "{british}");
        }
        // An NHS standard: the government's policy and the NHS's own framework (v57).
        let nhs = [
            "The UK Government promoted a 'Cloud First' policy; see the NHS Cloud Hosting Standards.",
            "The previous GPSoC infrastructure requirements pulled together best practice.",
        ];
        assert_eq!(country_of(&nhs).as_deref(), Some("GB"));
        // A Dutch postcode, a Canadian one and a council of the Union are none of the
        // United Kingdom's.
        let mut cited = citations();
        cited.read("Postbus 1, 2500 AB Den Haag; Vancouver V6B 4Y8.", evidence);
        cited.read("The European Council and the Council of the EU.", evidence);
        assert_eq!(jurisdiction(cited).map(|j| j.country), None);
    }

    #[test]
    fn the_most_cited_law_names_the_jurisdiction() {
        let mut cited = citations();
        cited.read("This clause follows FAR 52.212-4.", evidence);
        cited.read(
            "The Contracting Officer may terminate under 41 U.S.C. 3901.",
            evidence,
        );
        cited.read("Voir le code de la commande publique.", evidence);
        assert_eq!(
            jurisdiction(cited).map(|j| j.country),
            Some("US".to_string())
        );
    }

    #[test]
    fn an_australian_state_buyer_is_recognised_by_its_institutions() {
        let mut cited = citations();
        cited.read(
            "This Request is issued by the State of Western Australia through Tenders WA.",
            evidence,
        );
        cited.read(
            "The Contractor must comply with the State Records Act 2000 (WA).",
            evidence,
        );
        assert_eq!(
            jurisdiction(cited).map(|j| j.country),
            Some("AU".to_string())
        );
    }

    #[test]
    fn the_sentences_citing_most_are_the_evidence() {
        let mut cited = citations();
        for sentence in [
            "Sec. 7.14 Section 508 Compliance",
            "The Contracting Officer may reschedule presentations.",
            "Section 508 applies to every deliverable.",
            "This contract is governed by the laws of the State of Alaska and AS 36.30.",
        ] {
            cited.read(sentence, || Evidence::quoting("test.txt", sentence));
        }
        let quotes: Vec<String> = jurisdiction(cited)
            .map(|j| j.evidence.into_iter().map(|e| e.quote).collect())
            .unwrap_or_default();
        assert_eq!(
            quotes,
            [
                "This contract is governed by the laws of the State of Alaska and AS 36.30.",
                "Sec. 7.14 Section 508 Compliance",
                "The Contracting Officer may reschedule presentations.",
            ]
        );
    }

    #[test]
    fn one_stray_citation_names_nothing() {
        let mut cited = citations();
        cited.read("Conformément au code de la commande publique.", evidence);
        assert_eq!(jurisdiction(cited), None);
    }
}
