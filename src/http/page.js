"use strict";
const T = {
  en: {
    tagline: "Checks public tenders against digital-sovereignty criteria: what is wrong, where, why, how to fix it.",
    login_title: "Sign in", token: "Access token", login: "Sign in", login_failed: "That token is not valid.", languages: "Language",
    upload_title: "Check a tender", drop: "Drop tender files here (PDF, DOCX, ODT, HTML, text, Markdown, XLSX, ODS, or a zip of them)", choose: "Choose files…",
    together: "Judge them together, as one consultation file", package_of: "Consultation file: {n} document(s) checked", not_read: "Not checked (could not be read): {names}", why: "Why",
    v_incomplete: "Incomplete: {n} document(s) could not be checked",
    profile: "Jurisdiction", check: "Check", checking: "Checking {n} of {total}: {name}…", done: "Done.",
    chosen: "{n} file(s) chosen: {names}", results_title: "Report", history_title: "Past checks",
    no_history: "No past check yet.", history_off: "This server keeps no history.",
    v_error: "Not compliant: {n} error(s) to fix", v_warning: "To review: {n} warning(s)", v_ok: "No sovereignty issue found", v_partly: "Partly assessed: some rules were not applied (see the notes for information)",
    counts: "{e} error(s), {w} warning(s), {i} for information, {x} waived",
    errors: "Errors", warnings: "Warnings", infos: "For information", waived: "Waived",
    page: "page", paragraph: "paragraph", legal: "Legal basis", fix: "What to change", clause: "Proposed clause", colon: ":", excepted: "Excepted by the rules", exception: "Exception",
    force_binding: "binding law", force_doctrine: "official doctrine", force_good_practice: "good practice", force_foreign_law: "foreign law at issue", why_waived: "Waived",
    download: "Download:", print: "Print", unreadable: "could not be checked", when: "When", file: "File", result: "Result", open: "Open",
    failed: "The check failed: {msg}",
    sev_error: "error", sev_warning: "warning", sev_info: "info",
    role_specification: "specification", role_contract_terms: "contract terms", role_instructions: "instructions to bidders",
    role_requirements: "requirements", role_answers: "answers to questions", role_addendum: "addendum", role_annex: "annex", role_other: "other",
    sheet: "sheet", row: "row", field: "field",
    sc_title: "Sovereignty scorecard", sc_intro: "Per objective of the {framework}, the assurance levels (SEAL-0: none, SEAL-4: full sovereignty) an offer complying with this tender can reach: the floor its requirements impose, the ceiling they cap it at.",
    sc_objective: "Objective", sc_weight: "Weight", sc_range: "SEAL levels allowed", sc_why: "Why", sc_quotes: "Sentences ({n})",
    sc_not_assessable: "not assessable", sc_contradictory: "contradictory: no offer can comply", sc_unconstrained: "no requirement",
    sc_as_of: "mapping as of {date}"
  },
  fr: {
    tagline: "Vérifie les marchés publics au regard de la souveraineté numérique : ce qui ne va pas, où, pourquoi, comment le corriger.",
    login_title: "Connexion", token: "Jeton d’accès", login: "Se connecter", login_failed: "Ce jeton n’est pas valide.", languages: "Langue",
    upload_title: "Vérifier un dossier de consultation", drop: "Déposez ici les pièces du marché (PDF, DOCX, ODT, HTML, texte, Markdown, XLSX, ODS, ou un zip)", choose: "Choisir des fichiers…",
    together: "Les juger ensemble, comme un seul dossier de consultation", package_of: "Dossier de consultation : {n} pièce(s) vérifiée(s)", not_read: "Non vérifié (illisible) : {names}", why: "Pourquoi",
    v_incomplete: "Incomplet : {n} pièce(s) n’ont pas pu être vérifiées",
    profile: "Juridiction", check: "Vérifier", checking: "Vérification {n} sur {total} : {name}…", done: "Terminé.",
    chosen: "{n} fichier(s) choisi(s) : {names}", results_title: "Rapport", history_title: "Vérifications précédentes",
    no_history: "Aucune vérification pour l’instant.", history_off: "Ce serveur ne conserve pas d’historique.",
    v_error: "Non conforme : {n} erreur(s) à corriger", v_warning: "À revoir : {n} avertissement(s)", v_ok: "Aucun problème de souveraineté détecté", v_partly: "Examen partiel : des règles n’ont pas été appliquées (voir les notes d’information)",
    counts: "{e} erreur(s), {w} avertissement(s), {i} pour information, {x} acceptée(s)",
    errors: "Erreurs", warnings: "Avertissements", infos: "Pour information", waived: "Acceptées (dérogations)",
    page: "page", paragraph: "paragraphe", legal: "Fondement juridique", fix: "Que modifier", clause: "Clause proposée", colon: "\u00a0:", excepted: "Exceptions prévues par les règles", exception: "Exception",
    force_binding: "droit contraignant", force_doctrine: "doctrine officielle", force_good_practice: "bonne pratique", force_foreign_law: "droit étranger en cause", why_waived: "Dérogation",
    download: "Télécharger :", print: "Imprimer", unreadable: "n’a pas pu être vérifié", when: "Date", file: "Fichier", result: "Résultat", open: "Ouvrir",
    failed: "La vérification a échoué : {msg}",
    sev_error: "erreur", sev_warning: "avertissement", sev_info: "information",
    role_specification: "CCTP / spécifications", role_contract_terms: "clauses contractuelles", role_instructions: "règlement de la consultation",
    role_requirements: "exigences", role_answers: "réponses aux questions", role_addendum: "modification", role_annex: "annexe", role_other: "autre",
    sheet: "feuille", row: "ligne", field: "champ",
    sc_title: "Grille de souveraineté", sc_intro: "Pour chaque objectif du {framework}, les niveaux d’assurance (SEAL-0 : aucune, SEAL-4 : souveraineté complète) qu’une offre conforme à ce marché peut atteindre : le plancher qu’imposent ses exigences, le plafond auquel elles la limitent.",
    sc_objective: "Objectif", sc_weight: "Poids", sc_range: "Niveaux SEAL permis", sc_why: "Pourquoi", sc_quotes: "Passages ({n})",
    sc_not_assessable: "non évaluable", sc_contradictory: "contradictoire : aucune offre ne peut s’y conformer", sc_unconstrained: "aucune exigence",
    sc_as_of: "correspondance au {date}",
    "SOV-1": "Souveraineté stratégique", "SOV-2": "Souveraineté juridique et juridictionnelle", "SOV-3": "Souveraineté des données et de l’IA",
    "SOV-4": "Souveraineté opérationnelle", "SOV-5": "Souveraineté de la chaîne d’approvisionnement", "SOV-6": "Souveraineté technologique",
    "SOV-7": "Souveraineté de la sécurité et de la conformité", "SOV-8": "Durabilité environnementale"
  },
  de: {
    tagline: "Prüft öffentliche Ausschreibungen auf digitale Souveränität: was nicht stimmt, wo, warum und wie es zu beheben ist.",
    login_title: "Anmelden", token: "Zugangstoken", login: "Anmelden", login_failed: "Dieses Token ist nicht gültig.", languages: "Sprache",
    upload_title: "Vergabeunterlagen prüfen", drop: "Dateien der Vergabeunterlagen hier ablegen (PDF, DOCX, ODT, HTML, Text, Markdown, XLSX, ODS oder ein Zip-Archiv)", choose: "Dateien auswählen…",
    together: "Gemeinsam prüfen, als eine Vergabeunterlage", package_of: "Vergabeunterlagen: {n} Dokument(e) geprüft", not_read: "Nicht geprüft (unlesbar): {names}", why: "Warum",
    v_incomplete: "Unvollständig: {n} Dokument(e) konnten nicht geprüft werden",
    profile: "Rechtsordnung", check: "Prüfen", checking: "Prüfung {n} von {total}: {name}…", done: "Fertig.",
    chosen: "{n} Datei(en) ausgewählt: {names}", results_title: "Bericht", history_title: "Frühere Prüfungen",
    no_history: "Noch keine Prüfung.", history_off: "Dieser Server speichert keinen Verlauf.",
    v_error: "Nicht konform: {n} Fehler zu beheben", v_warning: "Zu prüfen: {n} Warnung(en)", v_ok: "Kein Souveränitätsproblem gefunden", v_partly: "Teilweise geprüft: einige Regeln wurden nicht angewandt (siehe die Hinweise)",
    counts: "{e} Fehler, {w} Warnung(en), {i} zur Information, {x} mit Ausnahme",
    errors: "Fehler", warnings: "Warnungen", infos: "Zur Information", waived: "Mit Ausnahme (akzeptiert)",
    page: "Seite", paragraph: "Absatz", legal: "Rechtsgrundlage", fix: "Was zu ändern ist", clause: "Vorgeschlagene Klausel", colon: ":", excepted: "Nach den Regeln ausgenommen", exception: "Ausnahme",
    force_binding: "verbindliches Recht", force_doctrine: "amtliche Leitlinie", force_good_practice: "gute Praxis", force_foreign_law: "betroffenes ausländisches Recht", why_waived: "Ausnahme",
    download: "Herunterladen:", print: "Drucken", unreadable: "konnte nicht geprüft werden", when: "Datum", file: "Datei", result: "Ergebnis", open: "Öffnen",
    failed: "Die Prüfung ist fehlgeschlagen: {msg}",
    sev_error: "Fehler", sev_warning: "Warnung", sev_info: "Hinweis",
    role_specification: "Leistungsbeschreibung", role_contract_terms: "Vertragsbedingungen", role_instructions: "Bewerbungsbedingungen",
    role_requirements: "Anforderungen", role_answers: "Antworten auf Bieterfragen", role_addendum: "Änderung", role_annex: "Anlage", role_other: "Sonstiges",
    sheet: "Blatt", row: "Zeile", field: "Feld",
    sc_title: "Souveränitätsbewertung", sc_intro: "Für jedes Ziel des {framework} die Vertrauensstufen (SEAL-0: keine, SEAL-4: volle Souveränität), die ein Angebot nach diesen Vergabeunterlagen erreichen kann: die Untergrenze, die ihre Anforderungen setzen, und die Obergrenze, auf die sie es beschränken.",
    sc_objective: "Ziel", sc_weight: "Gewicht", sc_range: "Zulässige SEAL-Stufen", sc_why: "Warum", sc_quotes: "Textstellen ({n})",
    sc_not_assessable: "nicht bewertbar", sc_contradictory: "widersprüchlich: kein Angebot kann sie erfüllen", sc_unconstrained: "keine Anforderung",
    sc_as_of: "Zuordnung zum Stand {date}",
    "SOV-1": "Strategische Souveränität", "SOV-2": "Rechtliche und gerichtliche Souveränität", "SOV-3": "Daten- und KI-Souveränität",
    "SOV-4": "Operative Souveränität", "SOV-5": "Souveränität der Lieferkette", "SOV-6": "Technologische Souveränität",
    "SOV-7": "Sicherheits- und Compliance-Souveränität", "SOV-8": "Ökologische Nachhaltigkeit"
  }
};
const lang = ["fr", "de"].includes(document.documentElement.lang) ? document.documentElement.lang : "en";
const t = (key, vars) => (T[lang][key] || key).replace(/\{(\w+)\}/g, (_, k) => (vars && k in vars) ? vars[k] : "");
document.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
const esc = s => String(s).replace(/[&<>"']/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\"":"&quot;","'":"&#39;"}[c]));
const $ = id => document.getElementById(id);
$("languages").setAttribute("aria-label", t("languages"));
if (document.body.dataset.auth === "required") { $("login").classList.remove("hidden"); $("upload").classList.add("hidden"); }
if (new URLSearchParams(location.search).get("login") === "failed") $("login-failed").classList.remove("hidden");
$("profile").value = document.body.dataset.profile || "eu";
// A signed-in session proves with every change that the request comes from this page.
const csrfHeader = document.body.dataset.csrf ? {"X-CSRF-Token": document.body.dataset.csrf} : {};

let files = [];
const choose = list => {
  files = Array.from(list);
  $("chosen").textContent = files.length ? t("chosen", {n: files.length, names: files.map(f => f.name).join(", ")}) : "";
  $("check").disabled = files.length === 0;
  $("together-row").classList.toggle("hidden", files.length < 2);
};
$("files").addEventListener("change", e => choose(e.target.files));
const drop = $("drop");
["dragenter", "dragover"].forEach(ev => drop.addEventListener(ev, e => { e.preventDefault(); drop.classList.add("over"); }));
["dragleave", "drop"].forEach(ev => drop.addEventListener(ev, e => { e.preventDefault(); drop.classList.remove("over"); }));
drop.addEventListener("drop", e => choose(e.dataTransfer.files));

// A document's name within its package: its last path component.
const baseName = name => name.split(/[\\/]/).pop();
const quote = (ev, inPackage) => {
  let q = esc(ev.quote);
  if (ev.highlight) { const h = esc(ev.highlight); q = q.replace(h, () => "<mark>" + h + "</mark>"); }
  // A notice's field is located by its path (XPath, JSON pointer), not by a paragraph.
  const at = ev.sheet ? t("sheet") + " " + esc(ev.sheet) + ", " + t("row") + " " + esc(ev.row) : ev.path ? t("field") + " <code>" + esc(ev.path) + "</code>" : ev.page ? t("page") + " " + esc(ev.page) : t("paragraph") + " " + esc(ev.paragraph);
  const where = [inPackage ? "<strong>" + esc(baseName(ev.document)) + "</strong>" : "", at, ev.section && !ev.sheet ? "§ " + esc(ev.section) : ""].filter(Boolean).join(", ");
  return "<blockquote>" + q + "<span class=\"where\">" + where + "</span></blockquote>";
};
const findingHtml = (f, kind, inPackage) => {
  // Only web links: a policy set written elsewhere could cite anything.
  const refs = f.legal_basis.map(r => (/^https?:/.test(r.ref) ? "<a href=\"" + esc(r.ref) + "\" rel=\"noopener\">" + esc(r.description) + "</a>" : esc(r.description)) +
    " <span class=\"force " + esc(r.legal_force) + "\">" + esc(r.jurisdiction) + ", " + t("force_" + r.legal_force) + "</span>").join("; ");
  return "<article class=\"finding " + kind + "\"><h4><span class=\"tag " + kind + "\">" + esc(kind === "waived" ? t("waived") : kind === "excepted" ? t("exception") : t("sev_" + f.severity)) + "</span>" + esc(f.title) + "</h4>" +
    "<div class=\"rule\">" + esc(f.rule) + " · v" + esc(f.rule_version) + "</div><p>" + esc(f.message) + "</p>" + f.evidence.map(ev => quote(ev, inPackage)).join("") +
    "<p><strong>" + t("legal") + t("colon") + "</strong> " + refs + "</p><p><strong>" + t("fix") + t("colon") + "</strong> " + esc(f.remediation) + "</p>" +
    (f.clause ? "<p class=\"clause\"><strong>" + t("clause") + t("colon") + "</strong> <q lang=\"" + esc(f.clause.lang) + "\">" + esc(f.clause.text) + "</q></p>" : "") +
    (f.waiver ? "<p><strong>" + t("why_waived") + t("colon") + "</strong> " + esc(f.waiver.justification) + "</p>" : "") +
    (f.exception ? "<p><strong>" + t("exception") + t("colon") + "</strong> " + esc(f.exception.reason) + "</p>" + f.exception.evidence.map(ev => quote(ev, inPackage)).join("") : "") + "</article>";
};
// The scorecard: a row per objective, its range drawn as five cells (SEAL-0 to SEAL-4, filled
// where the tender allows the level) and said in words, its reasons, and the sentences behind
// them folded away. Objective names are translated where the page knows them.
const scorecardHtml = (card, inPackage) => {
  const fw = card.framework;
  const rows = card.objectives.map(o => {
    const name = T[lang][o.id] || o.name;
    const assessed = o.assessable && o.floor !== undefined && o.ceiling !== undefined;
    const contradictory = assessed && o.floor > o.ceiling;
    let range = "<span class=\"muted\">" + esc(t("sc_not_assessable")) + "</span>";
    if (assessed) {
      // An objective the tender leaves open gets no bar: a full one would read as a top score.
      const open = o.floor === 0 && o.ceiling === 4;
      const words = "SEAL-" + esc(o.floor) + " – SEAL-" + esc(o.ceiling) + (open ? " (" + esc(t("sc_unconstrained")) + ")" : "");
      const bar = contradictory || open ? "" : "<span class=\"seal-bar\" aria-hidden=\"true\">" + [0, 1, 2, 3, 4].map(level =>
        "<i class=\"" + (level >= o.floor && level <= o.ceiling ? "in" : "out") + "\" title=\"SEAL-" + level + "\"></i>").join("") + "</span>";
      range = bar + "<span class=\"seal-range" + (contradictory ? " contradictory" : "") + "\">" + words + (contradictory ? " — " + esc(t("sc_contradictory")) : "") + "</span>";
    }
    const quotes = o.evidence.length ? "<details><summary>" + esc(t("sc_quotes", {n: o.evidence.length})) + "</summary>" + o.evidence.map(ev => quote(ev, inPackage)).join("") + "</details>" : "";
    return "<tr data-objective=\"" + esc(o.id) + "\"><th scope=\"row\"><span class=\"rule\">" + esc(o.id) + "</span> " + esc(name) + "</th><td>" + (o.weight === undefined ? "—" : esc(o.weight) + " %") + "</td><td>" + range + "</td><td><ul>" +
      o.reasons.map(r => "<li>" + esc(r) + "</li>").join("") + "</ul>" + quotes + "</td></tr>";
  }).join("");
  const source = /^https?:/.test(fw.url) ? "<a href=\"" + esc(fw.url) + "\" rel=\"noopener\">" + esc(fw.name + " " + fw.version) + "</a>" : esc(fw.name + " " + fw.version);
  return "<section class=\"scorecard\"><h3>" + esc(t("sc_title")) + "</h3><p class=\"counts\">" + t("sc_intro", {framework: source}) + " (" + esc(t("sc_as_of", {date: fw.as_of})) + ")</p>" +
    "<table><thead><tr><th scope=\"col\">" + esc(t("sc_objective")) + "</th><th scope=\"col\">" + esc(t("sc_weight")) + "</th><th scope=\"col\">" + esc(t("sc_range")) + "</th><th scope=\"col\">" + esc(t("sc_why")) + "</th></tr></thead><tbody>" + rows + "</tbody></table></section>";
};
const documentHtml = (doc, ids) => {
  const count = s => doc.findings.filter(f => f.severity === s).length;
  const e = count("error"), w = count("warning"), i = count("info");
  const members = doc.members || [];
  const inPackage = members.length > 0;
  let html = "<h3>" + esc(doc.path) + "</h3>";
  if (doc.unreadable) return html + "<p class=\"error-box\">" + esc(doc.path) + " " + t("unreadable") + ": " + esc(doc.errors.join("; ")) + "</p>";
  if (inPackage) {
    html += "<p class=\"counts\">" + esc(t("package_of", {n: members.length})) + "</p><ul class=\"members\">" + members.map(m =>
      "<li><strong>" + esc(baseName(m.name)) + "</strong> — " + esc(t("role_" + m.role)) + (m.pages ? ", " + esc(m.pages) + " p." : "") + "</li>").join("") + "</ul>";
  }
  // A package judged without some of its documents is never "no issue": what was not read was not checked.
  const unread = doc.unreadable_members || [];
  if (unread.length) html += "<div class=\"error-box\"><p>" + esc(t("not_read", {names: unread.map(baseName).join(", ")})) + "</p><details><summary>" + esc(t("why")) + "</summary>" + esc(doc.errors.join("; ")) + "</details></div>";
  // A note that rules were not applied (the scope family) is never "no issue" either.
  const partly = doc.findings.some(f => f.rule.startsWith("scope."));
  const verdict = e ? ["error", t("v_error", {n: e})] : unread.length ? ["warning", t("v_incomplete", {n: unread.length})] : w ? ["warning", t("v_warning", {n: w})] : partly ? ["warning", t("v_partly")] : ["ok", t("v_ok")];
  html += "<div class=\"verdict " + verdict[0] + "\">" + esc(verdict[1]) + "</div>";
  html += "<div class=\"counts\">" + esc(t("counts", {e, w, i, x: doc.waived.length})) + "</div>";
  for (const [sev, title] of [["error", "errors"], ["warning", "warnings"], ["info", "infos"]]) {
    const group = doc.findings.filter(f => f.severity === sev);
    if (!group.length) continue;
    html += "<h3>" + t(title) + "</h3>";
    const families = {};
    group.forEach(f => { const fam = f.rule.split(".")[0]; (families[fam] = families[fam] || []).push(f); });
    for (const fam of Object.keys(families).sort()) {
      html += "<h4 class=\"family\">" + esc(fam.replace(/_/g, " ")) + "</h4>" + families[fam].map(f => findingHtml(f, sev, inPackage)).join("");
    }
  }
  if (doc.waived.length) html += "<h3>" + t("waived") + "</h3>" + doc.waived.map(f => findingHtml(f, "waived", inPackage)).join("");
  const excepted = doc.excepted || [];
  if (excepted.length) html += "<h3>" + t("excepted") + "</h3>" + excepted.map(f => findingHtml(f, "excepted", inPackage)).join("");
  if (doc.scorecard) html += scorecardHtml(doc.scorecard, inPackage);
  if (ids) {
    html += "<p class=\"downloads\"><strong>" + t("download") + "</strong> " + ["json", "markdown", "sarif", "html"].map(fmt =>
      "<a class=\"button secondary\" href=\"/v1/checks/" + encodeURIComponent(ids) + "?format=" + fmt + "&lang=" + lang + "\" download>" + fmt.toUpperCase() + "</a>").join("") +
      " <button type=\"button\" class=\"secondary print\">" + t("print") + "</button></p>";
  }
  return html;
};

// Buttons in the report are made as HTML text; one listener serves them all (no inline handlers).
$("report").addEventListener("click", e => { if (e.target.closest(".print")) window.print(); });

// Several files are one consultation file unless the officer unticks the box: then each is
// checked on its own, one request each.
const batches = () => files.length > 1 && $("together").checked ? [files] : files.map(f => [f]);

// The checks on show, remembered for this tab: switching the page's language shows them again,
// written in the new language, from the history.
let shown = [];
const showReport = parts => {
  $("report").innerHTML = parts.join("");
  $("results").classList.remove("hidden");
  sessionStorage.setItem("tenderlint-shown", JSON.stringify(shown));
};

$("check").addEventListener("click", async () => {
  $("check").disabled = true;
  shown = [];
  const parts = [];
  const todo = batches();
  for (let n = 0; n < todo.length; n++) {
    const batch = todo[n];
    const label = batch.map(f => f.name).join(", ");
    $("progress").textContent = t("checking", {n: n + 1, total: todo.length, name: label});
    const form = new FormData();
    batch.forEach(f => form.append("file", f, f.name));
    const query = "?profile=" + encodeURIComponent($("profile").value) + "&lang=" + lang + (batch.length > 1 ? "&package=true" : "");
    try {
      const response = await fetch("/v1/check" + query, {method: "POST", body: form, credentials: "same-origin", headers: csrfHeader});
      const body = await response.json();
      if (!response.ok) { parts.push("<h3>" + esc(label) + "</h3><p class=\"error-box\">" + esc(t("failed", {msg: body.error ? body.error.message : response.status})) + "</p>"); continue; }
      const id = response.headers.get("x-tenderlint-check-ids");
      if (id) shown.push(id);
      body.documents.forEach(doc => parts.push(documentHtml(doc, id)));
    } catch (err) {
      parts.push("<p class=\"error-box\">" + esc(t("failed", {msg: err.message})) + "</p>");
    }
  }
  showReport(parts);
  $("progress").textContent = t("done");
  $("check").disabled = false;
  $("results").scrollIntoView({behavior: "smooth"});
  loadHistory();
});

async function loadHistory() {
  if (document.body.dataset.auth === "required") { $("history").classList.add("hidden"); return; }
  const response = await fetch("/v1/checks", {credentials: "same-origin"});
  if (!response.ok) { $("history-list").textContent = t("history_off"); return; }
  // The first page of the history: the latest checks.
  const rows = (await response.json()).checks;
  if (!rows.length) { $("history-list").textContent = t("no_history"); return; }
  $("history-list").innerHTML = "<table><thead><tr><th scope=\"col\">" + t("when") + "</th><th scope=\"col\">" + t("file") + "</th><th scope=\"col\">" + t("result") + "</th><th scope=\"col\"></th></tr></thead><tbody>" +
    rows.map(r => "<tr><td>" + esc(new Date(r.time).toLocaleString(lang)) + "</td><td>" + esc(r.file) + "</td><td>" +
      esc(t("counts", {e: r.summary.errors, w: r.summary.warnings, i: r.summary.infos, x: r.summary.waived})) +
      "</td><td><a href=\"/v1/checks/" + encodeURIComponent(r.id) + "?format=html&lang=" + lang + "\">" + t("open") + "</a></td></tr>").join("") + "</tbody></table>";
}
loadHistory();

async function showAgain() {
  let ids = [];
  try { ids = JSON.parse(sessionStorage.getItem("tenderlint-shown") || "[]"); } catch (err) { ids = []; }
  if (!Array.isArray(ids) || !ids.length || document.body.dataset.auth === "required") return;
  const parts = [];
  for (const id of ids.flatMap(i => String(i).split(","))) {
    const response = await fetch("/v1/checks/" + encodeURIComponent(id) + "?lang=" + lang, {credentials: "same-origin"});
    if (!response.ok) return;
    const body = await response.json();
    body.documents.forEach(doc => parts.push(documentHtml(doc, id)));
  }
  shown = ids;
  showReport(parts);
}
showAgain();
