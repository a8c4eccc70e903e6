//! The catalogues findings are written from: Fluent files beside the policies
//! (`<file>.<lang>.ftl`), one bundle per language.
//!
//! A rule's English title and remediation stay in its METADATA, a reference's English
//! description and a law's English effect in the data; the catalogues hold what Rego names by
//! id (`lib.message(id, args)`), every translation, and the clause a remediation proposes, in
//! each language a tender may be written in.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::Deserialize;

use super::PolicyError;

/// The language a report is written in when neither its reader nor its tender picks one the
/// catalogues have; rules' METADATA and the data are written in it.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A rule's texts in a catalogue: attributes of the message named after the rule.
pub const RULE_TITLE: &str = "title";
/// How to fix a tender, in the reader's language.
pub const RULE_REMEDIATION: &str = "remediation";
/// The clause a remediation proposes, in the tender's language.
pub const RULE_CLAUSE: &str = "clause";

/// What the arguments of one message or attribute are: the variables it reads.
type Variables = BTreeSet<String>;

/// One message of a catalogue: the file it is in, the variables of its value and of each
/// attribute.
#[derive(Debug, Clone, Default)]
struct Shape {
    file: String,
    value: Option<Variables>,
    attributes: BTreeMap<String, Variables>,
}

/// One language: its bundle and what each of its messages looks like.
struct Language {
    bundle: FluentBundle<FluentResource>,
    shapes: BTreeMap<String, Shape>,
}

/// What the data says that the catalogues can fall back to: country names in every language
/// (`data/countries.json`) and the laws' English effect (`data/laws.json`).
#[derive(Debug, Default)]
struct DataTerms {
    places: BTreeMap<String, BTreeMap<String, String>>,
    laws: BTreeMap<String, (String, String)>,
}

/// The catalogues of a policy set, by language.
#[derive(Default)]
pub struct Catalogues {
    languages: BTreeMap<String, Language>,
    data: DataTerms,
}

impl std::fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogues")
            .field("languages", &self.languages.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// A text written for the reader, and what the catalogue of its language lacked (then the
/// English text, or the raw value, stands in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The text.
    pub text: String,
    /// The messages, attributes or terms not found in the language asked for.
    pub missing: Vec<String>,
}

/// The Fluent id of a rule's messages: `open_formats.proprietary_required` →
/// `open_formats-proprietary_required` (Fluent ids have no dots).
pub fn rule_key(rule: &str) -> String {
    rule.replace('.', "-")
}

/// The Fluent id of a rule's message: `<rule key>-<id>`.
pub fn message_key(rule: &str, id: &str) -> String {
    format!("{}-{id}", rule_key(rule))
}

/// The Fluent id of a reference's translated description.
pub fn reference_key(reference: &str) -> String {
    format!("reference-{}", reference.replace('.', "-"))
}

/// `sovereignty/open_formats.fr.ftl` → (`sovereignty/open_formats`, `fr`).
pub fn catalogue_file(path: &str) -> Option<(&str, &str)> {
    let stem = path.strip_suffix(".ftl")?;
    let (file, lang) = stem.rsplit_once('.')?;
    (lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())).then_some((file, lang))
}

impl Catalogues {
    /// Builds the bundles from `(path, text)` catalogue files and the set's merged data. A
    /// file that does not parse, or a message defined twice, is an error naming the file.
    pub(super) fn build<'a>(
        files: impl Iterator<Item = (&'a str, &'a str)>,
        data: &serde_json::Value,
    ) -> Result<Self, PolicyError> {
        let mut languages: BTreeMap<String, Language> = BTreeMap::new();
        for (path, text) in files {
            let invalid = |message: String| PolicyError::Data {
                file: path.to_string(),
                message,
            };
            let Some((_, lang)) = catalogue_file(path) else {
                return Err(invalid(
                    "a catalogue is named <file>.<language>.ftl, the language in two lowercase letters (open_formats.fr.ftl)".to_string(),
                ));
            };
            let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
                let first = errors
                    .first()
                    .map(|e| format!("{:?} at bytes {:?}", e.kind, e.pos))
                    .unwrap_or_default();
                invalid(format!("Fluent syntax error: {first}"))
            })?;
            let language = match languages.get_mut(lang) {
                Some(language) => language,
                None => {
                    let id: unic_langid::LanguageIdentifier = lang
                        .parse()
                        .map_err(|_| invalid(format!("{lang:?} is not a language code")))?;
                    let mut bundle = FluentBundle::new_concurrent(vec![id]);
                    // Reports are plain text and Markdown: no bidirectional isolation marks.
                    bundle.set_use_isolating(false);
                    languages.entry(lang.to_string()).or_insert(Language {
                        bundle,
                        shapes: BTreeMap::new(),
                    })
                }
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    let shape = Shape {
                        file: path.to_string(),
                        value: message.value.as_ref().map(variables),
                        attributes: message
                            .attributes
                            .iter()
                            .map(|a| (a.id.name.to_string(), variables(&a.value)))
                            .collect(),
                    };
                    if let Some(other) = language.shapes.get(message.id.name) {
                        return Err(invalid(format!(
                            "message {} is already defined in {}",
                            message.id.name, other.file
                        )));
                    }
                    language.shapes.insert(message.id.name.to_string(), shape);
                }
            }
            language
                .bundle
                .add_resource(resource)
                .map_err(|errors| invalid(format!("{errors:?}")))?;
        }
        Ok(Catalogues {
            languages,
            data: DataTerms::from_data(data)?,
        })
    }

    /// The languages the catalogues are written in, with English always among them.
    pub fn languages(&self) -> Vec<&str> {
        let mut languages: Vec<&str> = self.languages.keys().map(String::as_str).collect();
        if !languages.contains(&DEFAULT_LANGUAGE) {
            languages.insert(0, DEFAULT_LANGUAGE);
        }
        languages
    }

    /// Whether findings can be written in a language: `fr-CH` and `FR` count as `fr`.
    pub fn writes(&self, tag: &str) -> bool {
        self.languages().contains(&primary_language(tag).as_str())
    }

    /// The language to write in: the one asked for when the catalogues have it, else the
    /// tender's, else English. `fr-CH`, `de_DE` and `FR` count as `fr`, `de` and `fr`.
    pub fn language_for(&self, asked: Option<&str>, tender: Option<&str>) -> String {
        let languages = self.languages();
        [asked, tender]
            .into_iter()
            .flatten()
            .map(primary_language)
            .find(|lang| languages.contains(&lang.as_str()))
            .unwrap_or_else(|| DEFAULT_LANGUAGE.to_string())
    }

    /// Whether any language defines a message.
    pub fn defines(&self, id: &str) -> bool {
        self.languages.values().any(|l| l.shapes.contains_key(id))
    }

    /// A message (or one of its attributes) in a language, `None` when that catalogue lacks it.
    fn format(
        &self,
        lang: &str,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<Result<String, String>> {
        let language = self.languages.get(lang)?;
        let message = language.bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        let text = language
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some(match errors.first() {
            None => Ok(text),
            Some(error) => Err(format!("{lang}: {id}: {error}")),
        })
    }

    /// A text of the catalogues: in `lang`, else in English (noted as missing); an error when
    /// neither has it.
    pub fn text(&self, lang: &str, id: &str, attribute: Option<&str>) -> Result<Rendered, String> {
        self.with_fallback(lang, id, attribute, None)
    }

    fn with_fallback(
        &self,
        lang: &str,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<Rendered, String> {
        let name = match attribute {
            Some(attribute) => format!("{id}.{attribute}"),
            None => id.to_string(),
        };
        match self.format(lang, id, attribute, args) {
            Some(Ok(text)) => {
                return Ok(Rendered {
                    text,
                    missing: Vec::new(),
                });
            }
            Some(Err(error)) => return Err(error),
            None => {}
        }
        match self.format(DEFAULT_LANGUAGE, id, attribute, args) {
            Some(Ok(text)) => Ok(Rendered {
                text,
                missing: vec![format!("{lang}: {name}")],
            }),
            Some(Err(error)) => Err(error),
            None => Err(format!("{lang}: no message {name} in the catalogues")),
        }
    }

    /// A finding's message, `key` (see `message_key`) with its arguments, in `lang`.
    /// Arguments are strings, numbers, booleans (for selectors) or terms (see `term`).
    pub fn message(
        &self,
        lang: &str,
        key: &str,
        arguments: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<Rendered, String> {
        let mut missing = Vec::new();
        let mut args = FluentArgs::new();
        for (name, value) in arguments {
            let value: FluentValue<'_> = match value {
                serde_json::Value::String(text) => text.clone().into(),
                serde_json::Value::Number(number) => number.as_f64().unwrap_or_default().into(),
                serde_json::Value::Bool(flag) => flag.to_string().into(),
                serde_json::Value::Object(_) => {
                    let term = self
                        .terms(lang, value)
                        .map_err(|e| format!("argument {name} of message {key}: {e}"))?;
                    missing.extend(term.missing);
                    term.text.into()
                }
                other => {
                    return Err(format!(
                        "argument {name} of message {key} must be a string, a number, a boolean or a term, not {other}"
                    ));
                }
            };
            args.set(name.clone(), value);
        }
        let mut rendered = self.with_fallback(lang, key, None, Some(&args))?;
        rendered.missing.extend(missing);
        Ok(rendered)
    }

    /// A term argument, `{"term": kind, "value": v}` or `{"term": kind, "values": [..],
    /// "join": "and" | "or" | "sentences"}`, worded in `lang`.
    fn terms(&self, lang: &str, value: &serde_json::Value) -> Result<Rendered, String> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Term {
            term: String,
            #[serde(default)]
            value: Option<String>,
            #[serde(default)]
            values: Option<Vec<String>>,
            #[serde(default)]
            join: Option<String>,
            /// The English words, when the data holds them (`lib.term_in_data`).
            #[serde(default)]
            english: Option<String>,
        }
        let term: Term = serde_json::from_value(value.clone()).map_err(|e| {
            format!("a term is {{\"term\", \"value\"}} or {{\"term\", \"values\", \"join\"}}: {e}")
        })?;
        let values = match (&term.value, &term.values) {
            (Some(value), None) => vec![value.clone()],
            (None, Some(values)) => values.clone(),
            _ => return Err("a term has either a value or values".to_string()),
        };
        let mut missing = Vec::new();
        let words: Vec<String> = values
            .iter()
            .map(|value| {
                let word = self.term(lang, &term.term, value, term.english.as_deref());
                missing.extend(word.missing);
                word.text
            })
            .collect();
        let text = match term.join.as_deref().unwrap_or("and") {
            "sentences" => words.join(" "),
            join @ ("and" | "or") => {
                let word = self.with_fallback(lang, &format!("list-{join}"), None, None);
                let word = match word {
                    Ok(word) => {
                        missing.extend(word.missing);
                        word.text
                    }
                    Err(_) => join.to_string(),
                };
                list(&words, &word)
            }
            other => return Err(format!("unknown join {other:?} (and, or, sentences)")),
        };
        Ok(Rendered { text, missing })
    }

    /// One term in `lang`: the catalogue's `<kind>-<value>`, else what the data says (a
    /// country's name, a law's English effect, the `english` words the term carries), else the
    /// English catalogue, else the value.
    fn term(&self, lang: &str, kind: &str, value: &str, english: Option<&str>) -> Rendered {
        let id = format!("{kind}-{value}");
        if let Some(Ok(text)) = self.format(lang, &id, None, None) {
            return Rendered {
                text,
                missing: Vec::new(),
            };
        }
        let from_data = self.data.term(lang, kind, value).or_else(|| {
            english
                .filter(|_| lang == DEFAULT_LANGUAGE)
                .map(str::to_string)
        });
        if let Some(text) = from_data {
            return Rendered {
                text,
                missing: Vec::new(),
            };
        }
        let text = self
            .format(DEFAULT_LANGUAGE, &id, None, None)
            .and_then(Result::ok)
            .or_else(|| self.data.term(DEFAULT_LANGUAGE, kind, value))
            .or_else(|| english.map(str::to_string))
            .unwrap_or_else(|| value.to_string());
        Rendered {
            text,
            missing: vec![format!("{lang}: {id}")],
        }
    }

    /// What keeps a language's catalogue from matching the English one: a message or attribute
    /// it lacks or has alone, or one whose variables differ. `rules` are the rules of the set
    /// (their title and remediation must be translated); `translations` the messages whose
    /// English is in the data (references, laws, the scorecard's words), which every other
    /// language must have.
    pub fn gaps(&self, rules: &[&str], translations: &[String]) -> Vec<String> {
        let english = self
            .languages
            .get(DEFAULT_LANGUAGE)
            .map(|l| &l.shapes)
            .cloned()
            .unwrap_or_default();
        let mut gaps = Vec::new();
        for (lang, language) in &self.languages {
            let shapes = &language.shapes;
            if lang != DEFAULT_LANGUAGE {
                for rule in rules {
                    for attribute in [RULE_TITLE, RULE_REMEDIATION] {
                        let has = shapes
                            .get(&rule_key(rule))
                            .is_some_and(|s| s.attributes.contains_key(attribute));
                        if !has {
                            gaps.push(format!("{lang}: rule {rule} has no {attribute}"));
                        }
                    }
                }
                for id in translations {
                    if !shapes.contains_key(id) {
                        gaps.push(format!(
                            "{lang}: no message {id} (its English is in the data)"
                        ));
                    }
                }
            }
            for (id, shape) in &english {
                match shapes.get(id) {
                    // The English names of a few places need an article; the data names them.
                    None if id.starts_with("place-") => {}
                    None if lang != DEFAULT_LANGUAGE => gaps.push(format!(
                        "{lang}: no message {id} (English in {})",
                        shape.file
                    )),
                    None => {}
                    Some(other) => gaps.extend(differences(lang, id, shape, other)),
                }
            }
            for (id, shape) in shapes {
                let rule_text = rules.iter().any(|r| rule_key(r) == *id);
                let translation = translations.contains(id);
                if !english.contains_key(id) && !rule_text && !translation {
                    gaps.push(format!(
                        "{lang}: message {id} ({}) has no English original",
                        shape.file
                    ));
                }
            }
        }
        gaps
    }
}

/// The variables of a translation that are not those of the English message, and the
/// attributes one has that the other lacks (the English rule texts, title and remediation, are
/// in METADATA).
fn differences(lang: &str, id: &str, english: &Shape, other: &Shape) -> Vec<String> {
    let mut gaps = Vec::new();
    let mut compare = |part: &str, a: Option<&Variables>, b: Option<&Variables>| match (a, b) {
        (Some(a), Some(b)) if a != b => gaps.push(format!(
            "{lang}: {id}{part} reads {} where the English reads {}",
            names(b),
            names(a)
        )),
        (Some(_), None) => gaps.push(format!("{lang}: {id}{part} is missing")),
        (None, Some(_)) => gaps.push(format!("{lang}: {id}{part} has no English original")),
        _ => {}
    };
    compare("", english.value.as_ref(), other.value.as_ref());
    let attributes: BTreeSet<&String> = english
        .attributes
        .keys()
        .chain(other.attributes.keys())
        .filter(|a| ![RULE_TITLE, RULE_REMEDIATION].contains(&a.as_str()))
        .collect();
    for attribute in attributes {
        compare(
            &format!(".{attribute}"),
            english.attributes.get(attribute),
            other.attributes.get(attribute),
        );
    }
    gaps
}

fn names(variables: &Variables) -> String {
    if variables.is_empty() {
        return "no variable".to_string();
    }
    variables
        .iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "a, b and c".
fn list(words: &[String], conjunction: &str) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// `fr-CH` → `fr`.
fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .trim()
        .to_ascii_lowercase()
}

/// The variables a pattern reads, in its selectors and variants too.
fn variables(pattern: &ast::Pattern<&str>) -> Variables {
    let mut found = Variables::new();
    let mut patterns = vec![pattern];
    let mut expressions: Vec<&ast::InlineExpression<&str>> = Vec::new();
    while let Some(pattern) = patterns.pop() {
        for element in &pattern.elements {
            let ast::PatternElement::Placeable { expression } = element else {
                continue;
            };
            match expression {
                ast::Expression::Inline(inline) => expressions.push(inline),
                ast::Expression::Select { selector, variants } => {
                    expressions.push(selector);
                    patterns.extend(variants.iter().map(|v| &v.value));
                }
            }
            while let Some(inline) = expressions.pop() {
                match inline {
                    ast::InlineExpression::VariableReference { id } => {
                        found.insert(id.name.to_string());
                    }
                    ast::InlineExpression::FunctionReference { arguments, .. } => {
                        expressions.extend(&arguments.positional);
                        expressions.extend(arguments.named.iter().map(|n| &n.value));
                    }
                    ast::InlineExpression::Placeable { expression } => match expression.as_ref() {
                        ast::Expression::Inline(inline) => expressions.push(inline),
                        ast::Expression::Select { selector, variants } => {
                            expressions.push(selector);
                            patterns.extend(variants.iter().map(|v| &v.value));
                        }
                    },
                    _ => {}
                }
            }
        }
    }
    found
}

impl DataTerms {
    fn from_data(data: &serde_json::Value) -> Result<Self, PolicyError> {
        #[derive(Deserialize)]
        struct Country {
            code: String,
            #[serde(default)]
            names: BTreeMap<String, String>,
        }
        #[derive(Deserialize)]
        struct Law {
            title: String,
            #[serde(default)]
            effect: String,
        }
        let invalid = |file: &str, e: serde_json::Error| PolicyError::Data {
            file: file.to_string(),
            message: e.to_string(),
        };
        let countries: Vec<Country> = match data.pointer("/data/countries") {
            None => Vec::new(),
            Some(value) => serde_json::from_value(value.clone())
                .map_err(|e| invalid("data/countries.json", e))?,
        };
        let laws: BTreeMap<String, Law> = match data.pointer("/data/laws") {
            None => BTreeMap::new(),
            Some(value) => {
                serde_json::from_value(value.clone()).map_err(|e| invalid("data/laws.json", e))?
            }
        };
        Ok(DataTerms {
            places: countries.into_iter().map(|c| (c.code, c.names)).collect(),
            laws: laws
                .into_iter()
                .map(|(id, law)| (id, (law.title, law.effect)))
                .collect(),
        })
    }

    /// A country's name in `lang`, or a law's English effect with its title.
    fn term(&self, lang: &str, kind: &str, value: &str) -> Option<String> {
        match kind {
            "place" => self.places.get(value)?.get(lang).cloned(),
            "law" if lang == DEFAULT_LANGUAGE => {
                let (title, effect) = self.laws.get(value)?;
                Some(format!("{} ({title}).", effect.trim_end_matches('.')))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogues(files: &[(&str, &str)]) -> Catalogues {
        let data = serde_json::json!({"data": {
            "countries": [{"code": "US", "names": {"en": "United States", "fr": "États-Unis"}}],
            "laws": {"cloud_act": {"title": "US CLOUD Act", "effect": "A US provider must disclose data."}}
        }});
        match Catalogues::build(files.iter().copied(), &data) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        }
    }

    const EN: &str = "list-and = and\nplace-US = the United States\nfam-rule-controlled = { $brand } is controlled from { $place }. { $laws }\nfam-rule =\n    .clause = Data stay in the EU.\n";
    const FR: &str = "list-and = et\nfam-rule-controlled = { $brand } est contrôlé depuis un pays tiers ({ $place }). { $laws }\nfam-rule =\n    .title = Titre\n    .remediation = Corriger.\n    .clause = Les données restent dans l'UE.\nlaw-cloud_act = Un fournisseur américain doit communiquer les données (US CLOUD Act).\nreference-eu-x = Directive\n";

    fn args(value: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn renders_terms_in_the_language_asked_for() {
        let c = catalogues(&[("s/fam.en.ftl", EN), ("s/fam.fr.ftl", FR)]);
        let a = args(serde_json::json!({
            "brand": "AWS",
            "place": {"term": "place", "value": "US"},
            "laws": {"term": "law", "values": ["cloud_act"], "join": "sentences"}
        }));
        let fr = c.message("fr", "fam-rule-controlled", &a).unwrap();
        assert_eq!(
            fr.text,
            "AWS est contrôlé depuis un pays tiers (États-Unis). Un fournisseur américain doit communiquer les données (US CLOUD Act)."
        );
        assert!(fr.missing.is_empty(), "{:?}", fr.missing);
        let en = c.message("en", "fam-rule-controlled", &a).unwrap();
        assert_eq!(
            en.text,
            "AWS is controlled from the United States. A US provider must disclose data (US CLOUD Act)."
        );
        let de = c.message("de", "fam-rule-controlled", &a).unwrap();
        assert_eq!(de.text, en.text);
        assert!(de.missing.contains(&"de: fam-rule-controlled".to_string()));
    }

    #[test]
    fn joins_lists_in_the_language() {
        let c = catalogues(&[("s/fam.en.ftl", EN), ("s/fam.fr.ftl", FR)]);
        let words = ["a", "b", "c"].map(String::from);
        assert_eq!(list(&words, "et"), "a, b et c");
        let t = c
            .terms(
                "fr",
                &serde_json::json!({"term": "scope", "values": ["données", "sauvegardes"]}),
            )
            .unwrap();
        assert_eq!(t.text, "données et sauvegardes");
    }

    #[test]
    fn picks_the_language_asked_then_the_tenders_then_english() {
        let c = catalogues(&[("s/fam.en.ftl", EN), ("s/fam.fr.ftl", FR)]);
        assert_eq!(c.language_for(Some("fr-CH"), Some("de")), "fr");
        assert_eq!(c.language_for(Some("it"), Some("FR")), "fr");
        assert_eq!(c.language_for(None, Some("nl")), "en");
        assert!(c.writes("FR-ch") && c.writes("en") && !c.writes("it") && !c.writes("english"));
    }

    #[test]
    fn finds_gaps_between_languages() {
        let fr_wrong = FR.replace("({ $place })", "({ $country })");
        let c = catalogues(&[("s/fam.en.ftl", EN), ("s/fam.fr.ftl", &fr_wrong)]);
        let translations = ["reference-eu-x", "reference-eu-y", "law-cloud_act"].map(String::from);
        let gaps = c.gaps(&["fam.rule", "fam.other"], &translations);
        assert_eq!(
            gaps,
            vec![
                "fr: rule fam.other has no title".to_string(),
                "fr: rule fam.other has no remediation".to_string(),
                "fr: no message reference-eu-y (its English is in the data)".to_string(),
                "fr: fam-rule-controlled reads $brand, $country, $laws where the English reads $brand, $laws, $place".to_string(),
            ]
        );
    }

    #[test]
    fn a_catalogue_needs_a_language_in_its_name() {
        let data = serde_json::json!({});
        let err = Catalogues::build([("s/fam.ftl", "a = b\n")].into_iter(), &data).unwrap_err();
        assert!(err.to_string().contains("<file>.<language>.ftl"), "{err}");
        let err = Catalogues::build([("s/fam.fr.ftl", "a = \n")].into_iter(), &data).unwrap_err();
        assert!(err.to_string().contains("s/fam.fr.ftl"), "{err}");
    }
}
