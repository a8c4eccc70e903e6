//! The words of the reports themselves (headings, labels, verdicts) in each language a report
//! can be written in. Findings come already written in the report's language from the policy
//! set's catalogues; this is only what surrounds them. One struct per language, so the
//! compiler refuses a language that lacks a word.

use crate::model::{LegalForce, Severity};

/// The surrounding words of a report in one language. `{n}`, `{page}`… are filled in by the
/// renderers.
#[derive(Debug)]
pub(super) struct Labels {
    pub error: &'static str,
    pub warning: &'static str,
    pub info: &'static str,
    pub waived: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub infos: &'static str,
    pub title: &'static str,
    pub legal_basis: &'static str,
    pub fix: &'static str,
    pub clause: &'static str,
    pub evidence: &'static str,
    pub page: &'static str,
    pub paragraph: &'static str,
    pub sheet_row: &'static str,
    /// Where a field of a structured notice stands: its XPath or JSON pointer.
    pub field: &'static str,
    pub package: &'static str,
    pub documents_judged_together: &'static str,
    pub could_not_check: &'static str,
    pub not_checked: &'static str,
    pub no_issue: &'static str,
    pub not_compliant: &'static str,
    pub to_review: &'static str,
    pub incomplete: &'static str,
    /// The verdict when no error or warning was found but some rules were not applied.
    pub partly_assessed: &'static str,
    /// The verdict when every finding in force is in the baseline.
    pub nothing_new: &'static str,
    /// Before the severity of a finding the baseline holds.
    pub known: &'static str,
    /// ", {n} known (baseline)".
    pub known_count: &'static str,
    /// "{errors} error(s), {warnings} warning(s), {infos} for information, {waived} waived,
    /// {excepted} excepted".
    pub counts: &'static str,
    /// "{documents} document(s)".
    pub documents: &'static str,
    /// " in {packages} package(s)".
    pub in_packages: &'static str,
    /// ", {n} unreadable".
    pub unreadable: &'static str,
    /// "policy {hash} ({profile} profile)".
    pub policy: &'static str,
    /// "Policy set {hash} ({profile} profile), judged as of {as_of}, tenderlint {version}."
    pub judged_by: &'static str,
    /// "{pages} page(s)".
    pub pages: &'static str,
    pub later: &'static str,
    pub rule_version: &'static str,
    pub changes_between_drafts: &'static str,
    pub introduced: &'static str,
    pub resolved: &'static str,
    pub unchanged: &'static str,
    pub objective: &'static str,
    pub weight: &'static str,
    pub seal_range: &'static str,
    pub why: &'static str,
    pub framework: &'static str,
    /// "mapping as of {as_of}".
    pub mapping_as_of: &'static str,
    /// "Sovereignty scorecard — {framework}".
    pub scorecard: &'static str,
    pub scorecard_explanation: &'static str,
    pub not_assessable: &'static str,
    pub contradictory: &'static str,
    /// Said of an objective the tender does not constrain (SEAL-0 to SEAL-4): no bar is drawn,
    /// since a full one reads as a top score.
    pub unconstrained: &'static str,
    /// The names of the framework's objectives SOV-1 to SOV-8.
    pub objectives: [&'static str; 8],
    pub excepted: &'static str,
    pub excepted_heading: &'static str,
    pub waivers_to_review: &'static str,
    /// "approved by {by} on {on}, until {until}; legal ground: {ground}".
    pub approval: &'static str,
    /// "waiver {n} of {file} ({rule})".
    pub waiver_name: &'static str,
    pub expired_waiver: &'static str,
    pub stale_waiver: &'static str,
    /// "{waiver} expired on {date}: the finding it accepted is in force again".
    pub expired_text: &'static str,
    /// "{waiver} matches no finding: …".
    pub stale_text: &'static str,
    /// ", waivers: {expired} expired, {stale} stale".
    pub waiver_counts: &'static str,
    /// What separates the items of a list: "; ", or " ; " in French.
    pub semicolon: &'static str,
    /// What separates a label from what it introduces: ": ", or " : " in French.
    pub colon: &'static str,
    pub binding: &'static str,
    pub doctrine: &'static str,
    pub good_practice: &'static str,
    pub foreign_law: &'static str,
}

const EN: Labels = Labels {
    error: "error",
    warning: "warning",
    info: "info",
    waived: "waived",
    errors: "Errors",
    warnings: "Warnings",
    infos: "For information",
    title: "Sovereignty review",
    legal_basis: "Legal basis",
    fix: "What to change",
    clause: "Proposed clause",
    evidence: "evidence",
    page: "page {page}",
    paragraph: "paragraph {paragraph}",
    sheet_row: "sheet {sheet}, row {row}",
    field: "field {path}",
    package: "package",
    documents_judged_together: "Documents of the consultation file, judged together:",
    could_not_check: "The document could not be checked",
    not_checked: "Not checked",
    no_issue: "No sovereignty issue found.",
    not_compliant: "not compliant",
    to_review: "to review",
    incomplete: "incomplete",
    partly_assessed: "partly assessed (some rules not applied: see the notes for information)",
    nothing_new: "nothing new",
    known: "known",
    known_count: ", {n} known (baseline)",
    counts: "{errors} error(s), {warnings} warning(s), {infos} for information, {waived} waived, {excepted} excepted",
    documents: "{documents} document(s)",
    in_packages: " in {packages} package(s)",
    unreadable: ", {n} unreadable",
    policy: "policy {hash} ({profile} profile)",
    judged_by: "Policy set {hash} ({profile} profile), judged as of {as_of}, tenderlint {version}.",
    pages: "{pages} page(s)",
    later: "later",
    rule_version: "rule v{version}",
    changes_between_drafts: "Changes between drafts",
    introduced: "Introduced",
    resolved: "Resolved",
    unchanged: "Unchanged",
    objective: "Objective",
    weight: "Weight",
    seal_range: "SEAL range",
    why: "Why",
    framework: "Framework",
    mapping_as_of: "mapping as of {as_of}",
    scorecard: "Sovereignty scorecard — {framework}",
    scorecard_explanation: "Per objective, the assurance levels (SEAL-0 none to SEAL-4 full sovereignty) an offer complying with the tender can reach: the floor its requirements impose, the ceiling they cap it at.",
    not_assessable: "not assessable",
    contradictory: "contradictory",
    unconstrained: "no requirement",
    objectives: [
        "Strategic sovereignty",
        "Legal and jurisdictional sovereignty",
        "Data and AI sovereignty",
        "Operational sovereignty",
        "Supply chain sovereignty",
        "Technology sovereignty",
        "Security and compliance sovereignty",
        "Environmental sustainability",
    ],
    excepted: "excepted",
    excepted_heading: "Excepted by the rules",
    waivers_to_review: "Waivers to review",
    approval: "approved by {by} on {on}, until {until}; legal ground: {ground}",
    waiver_name: "waiver {n} of {file} ({rule})",
    expired_waiver: "expired waiver",
    stale_waiver: "stale waiver",
    expired_text: "{waiver} expired on {date}: the finding it accepted is in force again",
    stale_text: "{waiver} matches no finding: remove it, or correct its fingerprint or quote",
    waiver_counts: ", waivers: {expired} expired, {stale} stale",
    semicolon: "; ",
    colon: ": ",
    binding: "binding law",
    doctrine: "official doctrine",
    good_practice: "good practice",
    foreign_law: "foreign law at issue",
};

const FR: Labels = Labels {
    error: "erreur",
    warning: "avertissement",
    info: "information",
    waived: "dérogation",
    errors: "Erreurs",
    warnings: "Avertissements",
    infos: "Pour information",
    title: "Analyse de souveraineté",
    legal_basis: "Fondement juridique",
    fix: "Ce qu’il faut changer",
    clause: "Clause proposée",
    evidence: "extrait",
    page: "page {page}",
    paragraph: "paragraphe {paragraph}",
    sheet_row: "feuille {sheet}, ligne {row}",
    field: "champ {path}",
    package: "dossier",
    documents_judged_together: "Documents du dossier de consultation, analysés ensemble :",
    could_not_check: "Le document n’a pas pu être analysé",
    not_checked: "Non analysé",
    no_issue: "Aucun problème de souveraineté relevé.",
    not_compliant: "non conforme",
    to_review: "à revoir",
    incomplete: "incomplet",
    partly_assessed: "examen partiel (des règles n'ont pas été appliquées : voir les notes d'information)",
    nothing_new: "rien de nouveau",
    known: "connu",
    known_count: ", {n} connu(s) (référence)",
    counts: "{errors} erreur(s), {warnings} avertissement(s), {infos} pour information, {waived} avec dérogation, {excepted} en exception",
    documents: "{documents} document(s)",
    in_packages: " dans {packages} dossier(s)",
    unreadable: ", {n} illisible(s)",
    policy: "règles {hash} (profil {profile})",
    judged_by: "Jeu de règles {hash} (profil {profile}), appliqué à la date du {as_of}, tenderlint {version}.",
    pages: "{pages} page(s)",
    later: "postérieur",
    rule_version: "règle v{version}",
    changes_between_drafts: "Changements entre deux versions",
    introduced: "Nouveaux",
    resolved: "Résolus",
    unchanged: "Inchangés",
    objective: "Objectif",
    weight: "Poids",
    seal_range: "Niveaux SEAL",
    why: "Pourquoi",
    framework: "Référentiel",
    mapping_as_of: "correspondance au {as_of}",
    scorecard: "Grille de souveraineté — {framework}",
    scorecard_explanation: "Pour chaque objectif, les niveaux d’assurance (SEAL-0 : aucune, SEAL-4 : souveraineté complète) qu’une offre conforme au dossier peut atteindre : le plancher qu’imposent ses exigences, le plafond auquel elles la limitent.",
    not_assessable: "non évaluable",
    contradictory: "contradictoire",
    unconstrained: "aucune exigence",
    objectives: [
        "Souveraineté stratégique",
        "Souveraineté juridique et juridictionnelle",
        "Souveraineté des données et de l’IA",
        "Souveraineté opérationnelle",
        "Souveraineté de la chaîne d’approvisionnement",
        "Souveraineté technologique",
        "Souveraineté de la sécurité et de la conformité",
        "Durabilité environnementale",
    ],
    excepted: "exception",
    excepted_heading: "Exceptions prévues par les règles",
    waivers_to_review: "Dérogations à revoir",
    approval: "approuvée par {by} le {on}, jusqu’au {until} ; fondement\u{a0}: {ground}",
    waiver_name: "dérogation {n} de {file} ({rule})",
    expired_waiver: "dérogation expirée",
    stale_waiver: "dérogation sans objet",
    expired_text: "{waiver} a expiré le {date}\u{a0}: le constat qu’elle acceptait s’applique de nouveau",
    stale_text: "{waiver} ne correspond à aucun constat\u{a0}: la supprimer, ou corriger son empreinte ou sa citation",
    waiver_counts: ", dérogations\u{a0}: {expired} expirée(s), {stale} sans objet",
    semicolon: "\u{a0}; ",
    colon: "\u{a0}: ",
    binding: "droit contraignant",
    doctrine: "doctrine officielle",
    good_practice: "bonne pratique",
    foreign_law: "droit étranger en cause",
};

const DE: Labels = Labels {
    error: "Fehler",
    warning: "Warnung",
    info: "Hinweis",
    waived: "Ausnahmegenehmigung",
    errors: "Fehler",
    warnings: "Warnungen",
    infos: "Zur Information",
    title: "Souveränitätsprüfung",
    legal_basis: "Rechtsgrundlage",
    fix: "Was zu ändern ist",
    clause: "Vorgeschlagene Klausel",
    evidence: "Fundstelle",
    page: "Seite {page}",
    paragraph: "Absatz {paragraph}",
    sheet_row: "Blatt {sheet}, Zeile {row}",
    field: "Feld {path}",
    package: "Vergabeunterlagen",
    documents_judged_together: "Dokumente der Vergabeunterlagen, gemeinsam geprüft:",
    could_not_check: "Das Dokument konnte nicht geprüft werden",
    not_checked: "Nicht geprüft",
    no_issue: "Kein Souveränitätsproblem gefunden.",
    not_compliant: "nicht konform",
    to_review: "zu prüfen",
    incomplete: "unvollständig",
    partly_assessed: "teilweise geprüft (einige Regeln nicht angewandt: siehe die Hinweise)",
    nothing_new: "nichts Neues",
    known: "bekannt",
    known_count: ", {n} bekannt (Baseline)",
    counts: "{errors} Fehler, {warnings} Warnung(en), {infos} zur Information, {waived} mit Ausnahmegenehmigung, {excepted} ausgenommen",
    documents: "{documents} Dokument(e)",
    in_packages: " in {packages} Paket(en)",
    unreadable: ", {n} unlesbar",
    policy: "Regelwerk {hash} (Profil {profile})",
    judged_by: "Regelwerk {hash} (Profil {profile}), angewandt zum {as_of}, tenderlint {version}.",
    pages: "{pages} Seite(n)",
    later: "nachträglich",
    rule_version: "Regel v{version}",
    changes_between_drafts: "Änderungen zwischen zwei Fassungen",
    introduced: "Neu",
    resolved: "Behoben",
    unchanged: "Unverändert",
    objective: "Ziel",
    weight: "Gewicht",
    seal_range: "SEAL-Stufen",
    why: "Warum",
    framework: "Rahmenwerk",
    mapping_as_of: "Zuordnung zum Stand {as_of}",
    scorecard: "Souveränitätsbewertung — {framework}",
    scorecard_explanation: "Für jedes Ziel die Vertrauensstufen (SEAL-0: keine, SEAL-4: volle Souveränität), die ein Angebot nach diesen Vergabeunterlagen erreichen kann: die Untergrenze, die ihre Anforderungen setzen, und die Obergrenze, auf die sie es beschränken.",
    not_assessable: "nicht bewertbar",
    contradictory: "widersprüchlich",
    unconstrained: "keine Anforderung",
    objectives: [
        "Strategische Souveränität",
        "Rechtliche und gerichtliche Souveränität",
        "Daten- und KI-Souveränität",
        "Operative Souveränität",
        "Souveränität der Lieferkette",
        "Technologische Souveränität",
        "Sicherheits- und Compliance-Souveränität",
        "Ökologische Nachhaltigkeit",
    ],
    excepted: "ausgenommen",
    excepted_heading: "Nach den Regeln ausgenommen",
    waivers_to_review: "Zu prüfende Ausnahmegenehmigungen",
    approval: "genehmigt von {by} am {on}, gültig bis {until}; Rechtsgrundlage: {ground}",
    waiver_name: "Ausnahmegenehmigung {n} aus {file} ({rule})",
    expired_waiver: "abgelaufene Ausnahmegenehmigung",
    stale_waiver: "gegenstandslose Ausnahmegenehmigung",
    expired_text: "{waiver} ist am {date} abgelaufen: die damit akzeptierte Feststellung gilt wieder",
    stale_text: "{waiver} passt zu keiner Feststellung: entfernen oder Fingerabdruck bzw. Zitat korrigieren",
    waiver_counts: ", Ausnahmegenehmigungen: {expired} abgelaufen, {stale} gegenstandslos",
    semicolon: "; ",
    colon: ": ",
    binding: "verbindliches Recht",
    doctrine: "amtliche Leitlinie",
    good_practice: "gute Praxis",
    foreign_law: "betroffenes ausländisches Recht",
};

impl Labels {
    /// The words of a language; English for one the reports are not written in.
    pub fn of(lang: &str) -> &'static Labels {
        match lang {
            "fr" => &FR,
            "de" => &DE,
            _ => &EN,
        }
    }

    pub fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Info => self.info,
        }
    }

    /// "Legal basis: ", "Fondement juridique : ".
    pub fn head(&self, label: &str) -> String {
        format!("{label}{}", self.colon)
    }

    pub fn force(&self, force: LegalForce) -> &'static str {
        match force {
            LegalForce::Binding => self.binding,
            LegalForce::Doctrine => self.doctrine,
            LegalForce::GoodPractice => self.good_practice,
            LegalForce::ForeignLaw => self.foreign_law,
        }
    }
}

/// A text quoted as its language quotes: « … » in French, „…“ in German, "…" otherwise.
pub(super) fn quoted(lang: &str, text: &str) -> String {
    match lang {
        "fr" => format!("« {text} »"),
        "de" => format!("„{text}“"),
        _ => format!("\"{text}\""),
    }
}

/// Fills `{name}` placeholders of a label.
pub(super) fn fill(label: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut text = label.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), &value.to_string());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_fills_the_same_placeholders() {
        let placeholders = |text: &str| -> Vec<String> {
            let mut names: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
                .collect();
            names.sort();
            names
        };
        for lang in ["fr", "de"] {
            // Debug writes a no-break space as `\u{a0}`, which is no placeholder.
            let debug = |labels: &Labels| format!("{labels:?}").replace("\\u{", "\\u");
            let (en, other) = (debug(&EN), debug(Labels::of(lang)));
            assert_eq!(placeholders(&en), placeholders(&other), "{lang}");
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill(Labels::of("de").page, &[("page", &3)]), "Seite 3");
        assert_eq!(Labels::of("it").error, "error");
    }
}
