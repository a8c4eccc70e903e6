//! The reference data of `policies/data/*.json`: providers and products, countries, formats,
//! certifications. The extractor uses their names to find mentions; the policies use their
//! attributes to judge. The pack's own copy is built into the binary.

use std::path::Path;

use serde::Deserialize;

/// A product of a provider, as `providers.json` lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct Product {
    /// Stable id, used in facts (`microsoft-365`).
    pub id: String,
    /// The name to show people.
    pub name: String,
    /// What kind of product: `cloud_platform`, `office_suite`, `email`…
    pub category: String,
    /// Names that find the product in a tender, matched case-insensitively on word boundaries.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Names matched only as written, case included ("M365", "EC2").
    #[serde(default)]
    pub exact_aliases: Vec<String>,
    /// Names that are also ordinary words or other things' names ("Teams", "Zoom", "Exchange"):
    /// matched as written, and counted only when the sentence also names the vendor or speaks
    /// of what the product is for (video meetings for Zoom, mail for Exchange).
    #[serde(default)]
    pub ambiguous_aliases: Vec<String>,
}

/// A software or cloud provider, as `providers.json` lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct Provider {
    /// Stable id, used in facts (`microsoft`).
    pub id: String,
    /// The name to show people.
    pub name: String,
    /// Names that find the provider in a tender, matched case-insensitively on word boundaries.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Names matched only as written, case included.
    #[serde(default)]
    pub exact_aliases: Vec<String>,
    /// Names that are also ordinary words or acronyms ("Oracle", "SAP", "Amazon"): counted only
    /// when the sentence speaks of what the provider sells (see [`Product::ambiguous_aliases`]).
    #[serde(default)]
    pub ambiguous_aliases: Vec<String>,
    /// The provider's products that tenders name.
    #[serde(default)]
    pub products: Vec<Product>,
    /// The provider's name alone stands for its cloud infrastructure ("OVHcloud", "AWS").
    #[serde(default)]
    pub cloud_provider: bool,
}

#[derive(Debug, Clone, Deserialize)]
struct ProvidersFile {
    providers: Vec<Provider>,
}

/// A country, as `countries.json` lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// The country's name in each language, by ISO 639-1 code (`fr`, `en`, `de`…).
    pub names: std::collections::BTreeMap<String, String>,
    /// Other names tenders use: short forms, former or official names, inflected forms.
    #[serde(default)]
    pub other_names: Vec<String>,
    /// Cloud region identifiers located in the country ("eu-central-1").
    #[serde(default)]
    pub regions: Vec<String>,
    /// Member of the European Union.
    pub eu: bool,
    /// Member of the European Economic Area (EU members included).
    pub eea: bool,
}

/// A group of countries a tender may name: the EU, the EEA, geographic Europe.
#[derive(Debug, Clone, Deserialize)]
pub struct Group {
    /// `EU`, `EEA` or `EUROPE`.
    pub code: String,
    /// The group's names in each language, by ISO 639-1 code.
    pub names: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
struct CountriesFile {
    countries: Vec<Country>,
    #[serde(rename = "country_groups")]
    groups: Vec<Group>,
}

/// A file format or protocol, as `formats.json` lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct FileFormat {
    /// Stable id, used in facts (`odt`, `docx`).
    pub id: String,
    /// The name to show people.
    pub name: String,
    /// What it is for: `document`, `spreadsheet`, `presentation`, `data`, `protocol`…
    pub kind: String,
    /// `open`, `vendor_controlled` (a standard its vendor controls, as OOXML) or `proprietary`.
    pub openness: String,
    /// Names that find the format in a tender, matched case-insensitively on word boundaries.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct FormatsFile {
    formats: Vec<FileFormat>,
}

/// A certification, qualification or label, as `certifications.json` lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct Certification {
    /// Stable id, used in facts (`secnumcloud`).
    pub id: String,
    /// The name to show people.
    pub name: String,
    /// Names that find the certification in a tender; short capitals match only as written.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct CertificationsFile {
    certifications: Vec<Certification>,
}

/// `cpv.json`: the codes that make a notice's subject IT, and those that buy hosting, each with
/// its label.
#[derive(Debug, Clone, Deserialize)]
struct CpvFile {
    cpv: CpvCodes,
}

#[derive(Debug, Clone, Deserialize)]
struct CpvCodes {
    hosting: std::collections::BTreeMap<String, String>,
    it: std::collections::BTreeMap<String, String>,
}

/// Why reference data could not be loaded.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct ReferenceError {
    /// The file that could not be loaded.
    pub file: String,
    /// Why: the read error or the JSON parser's message.
    pub message: String,
}

/// Everything the extractor needs to know about the world.
#[derive(Debug, Clone)]
pub struct ReferenceData {
    /// Providers and their products.
    pub providers: Vec<Provider>,
    /// Countries, with their names and cloud regions.
    pub countries: Vec<Country>,
    /// Groups of countries: EU, EEA, Europe.
    pub groups: Vec<Group>,
    /// File formats and protocols.
    pub formats: Vec<FileFormat>,
    /// Certifications, qualifications and labels.
    pub certifications: Vec<Certification>,
    /// The CPV codes that buy hosting, without check digit ("72415000"): a notice classified
    /// under one puts hosting in the contract.
    pub hosting_cpv: Vec<String>,
    /// The CPV prefixes of an IT subject ("48", "72", "302"…): the notices the sovereignty rules
    /// and the indicators are about.
    pub it_cpv: Vec<String>,
}

/// The files, by name, as the policy pack ships them.
const BUNDLED: [(&str, &str); 5] = [
    (
        "providers.json",
        include_str!("../../policies/data/providers.json"),
    ),
    (
        "countries.json",
        include_str!("../../policies/data/countries.json"),
    ),
    (
        "formats.json",
        include_str!("../../policies/data/formats.json"),
    ),
    (
        "certifications.json",
        include_str!("../../policies/data/certifications.json"),
    ),
    ("cpv.json", include_str!("../../policies/data/cpv.json")),
];

fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> Result<T, ReferenceError> {
    serde_json::from_str(text).map_err(|e| ReferenceError {
        file: file.to_string(),
        message: e.to_string(),
    })
}

impl ReferenceData {
    /// The reference data built into the binary.
    pub fn bundled() -> Result<Self, ReferenceError> {
        Self::from_texts(|name| {
            BUNDLED
                .iter()
                .find(|(file, _)| *file == name)
                .map(|(_, text)| (*text).to_string())
                .ok_or_else(|| ReferenceError {
                    file: name.to_string(),
                    message: "not bundled".to_string(),
                })
        })
    }

    /// Reads the five files from a `data` directory.
    pub fn from_dir(dir: &Path) -> Result<Self, ReferenceError> {
        Self::from_texts(|name| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|e| ReferenceError {
                file: path.display().to_string(),
                message: e.to_string(),
            })
        })
    }

    /// Reads the reference data out of a policy set's merged data (what Rego sees as `data`):
    /// the files of `policies/data/` share the extractor's and the policies' view of the world.
    pub fn from_policy_data(data: &serde_json::Value) -> Result<Self, ReferenceError> {
        let merged = data.get("data").unwrap_or(data).to_string();
        Self::from_texts(|_| Ok(merged.clone()))
    }

    fn from_texts(
        read: impl Fn(&str) -> Result<String, ReferenceError>,
    ) -> Result<Self, ReferenceError> {
        let providers: ProvidersFile = parse("providers.json", &read("providers.json")?)?;
        let countries: CountriesFile = parse("countries.json", &read("countries.json")?)?;
        let formats: FormatsFile = parse("formats.json", &read("formats.json")?)?;
        let certifications: CertificationsFile =
            parse("certifications.json", &read("certifications.json")?)?;
        let cpv: CpvFile = parse("cpv.json", &read("cpv.json")?)?;
        Ok(ReferenceData {
            providers: providers.providers,
            countries: countries.countries,
            groups: countries.groups,
            formats: formats.formats,
            certifications: certifications.certifications,
            hosting_cpv: cpv.cpv.hosting.into_keys().collect(),
            it_cpv: cpv.cpv.it.into_keys().collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_data_loads_and_is_complete() {
        let data = ReferenceData::bundled().unwrap();
        assert!(data.providers.len() >= 30);
        assert_eq!(data.countries.iter().filter(|c| c.eu).count(), 27);
        assert!(data.countries.iter().all(|c| c.names.len() == 6));
        assert!(data.formats.iter().any(|f| f.id == "odt"));
        assert!(data.certifications.iter().any(|c| c.id == "secnumcloud"));
        assert!(data.hosting_cpv.iter().any(|code| code == "72415000"));
    }
}
