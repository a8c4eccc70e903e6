// The officers' page in a real browser: sign in with the token (TENDERLINT_TOKEN), upload a
// fixture tender (with the session's CSRF token), see its findings and scorecard, switch language; nothing
// may break the page's Content-Security-Policy. Usage: node page.test.mjs BASE_URL [SCREENSHOT.png]
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import path from "node:path";
import fs from "node:fs";

const base = process.argv[2];
const screenshot = process.argv[3];
const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.resolve(here, "../../fixtures/fr_cctp_suite_collaborative.pdf");
const contradiction = ["CCTP.pdf", "Annexe_2_exploitation.docx"].map(name =>
  ({ name, mimeType: "application/octet-stream", buffer: fs.readFileSync(path.resolve(here, "../../fixtures/packages/fr_dce_contradiction", name)) }));
const broken = { name: "Annexe_3.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nbroken") };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let passed = 0;
let failed = 0;
const check = (name, condition, detail) => {
  if (condition) { passed++; console.log(`ok - ${name}`); }
  else { failed++; console.log(`not ok - ${name}${detail ? ": " + detail : ""}`); }
};
try {
  const page = await browser.newPage({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" }, viewport: { width: 1100, height: 900 } });
  const external = [];
  page.on("request", request => { if (!request.url().startsWith(base)) external.push(request.url()); });
  const violations = [];
  page.on("console", message => { if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text()); });
  await page.goto(base + "/");
  check("the style sheet applies", await page.evaluate(() => getComputedStyle(document.querySelector("header")).backgroundColor) === "rgb(22, 32, 42)");
  check("the page asks for the token", await page.isVisible("#login") && !(await page.isVisible("#upload")));
  await page.fill("#token", "not-the-token");
  await Promise.all([page.waitForNavigation(), page.click("#login button[type=submit]")]);
  check("a wrong token is said, in the officer's language", await page.isVisible("#login-failed") && (await page.textContent("#login-failed")).includes("jeton"));
  await page.fill("#token", process.env.TENDERLINT_TOKEN || "");
  await Promise.all([page.waitForNavigation(), page.click("#login button[type=submit]")]);
  check("signed in, the page offers the upload", await page.isVisible("#upload") && !(await page.isVisible("#login")));
  check("the page is in French for a French browser", (await page.textContent("#upload-title")).includes("Vérifier"));
  check("the file input has a label", await page.locator("label[for=files]").count() === 1);
  await page.setInputFiles("#files", fixture);
  check("the chosen file is announced", (await page.textContent("#chosen")).includes("fr_cctp_suite_collaborative.pdf"));
  await page.selectOption("#profile", "fr");
  await page.click("#check");
  await page.waitForSelector(".verdict", { timeout: 60000 });
  const verdict = await page.textContent(".verdict");
  check("the verdict says the tender is not compliant", verdict.includes("Non conforme"), verdict);
  const report = await page.textContent("#report");
  check("a finding quotes the brand imposed without 'or equivalent'", report.includes("Microsoft 365 E3") && report.includes("vendor_neutrality.brand_without_equivalent"));
  check("findings cite their legal basis, in French", report.includes("Directive 2014/24/UE") && report.includes("droit contraignant"));
  check("findings are written in French", report.includes("Format propriétaire exigé") && report.includes("Le dossier de consultation exige"));
  check("a finding proposes a clause in the tender's language", await page.locator("#report .clause q[lang=fr]").count() > 0);
  check("findings give the page", report.includes("page 1"));
  check("the decisive words are highlighted", await page.locator("#report mark").count() > 5);
  check("the scorecard has a row per objective", await page.locator("#report .scorecard tbody tr").count() === 8);
  const legal = await page.textContent("#report .scorecard tr[data-objective='SOV-2']");
  check("the scorecard names the objective in French and gives its range", legal.includes("Souveraineté juridique et juridictionnelle") && legal.includes("SEAL-0 – SEAL-1"), legal);
  check("the range is drawn as a bar", await page.locator("#report .scorecard tr[data-objective='SOV-2'] .seal-bar i.in").count() === 2);
  check("strategic sovereignty is not assessable", (await page.textContent("#report .scorecard tr[data-objective='SOV-1']")).includes("non évaluable"));
  await page.click("#report .scorecard tr[data-objective='SOV-2'] summary");
  check("the scorecard quotes its sentences", await page.isVisible("#report .scorecard tr[data-objective='SOV-2'] blockquote") && legal.includes("Microsoft 365 E3"));
  check("the report can be downloaded", await page.locator(".downloads a[href*='format=markdown']").count() === 1);
  await page.waitForSelector("#history-list table", { timeout: 10000 });
  check("the check appears in the history", (await page.textContent("#history-list")).includes("fr_cctp_suite_collaborative.pdf"));
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  const href = await page.locator(".downloads a[href*='format=markdown']").getAttribute("href");
  const download = await page.request.get(base + href);
  check("the Markdown memo downloads, in French", download.ok() && (await download.text()).startsWith("# Analyse de souveraineté"));
  // Several files dropped together are one consultation file: one report, quotes naming their document.
  await page.goto(base + "/");
  await page.setInputFiles("#files", [...contradiction, broken]);
  check("several files offer to judge them together", await page.isVisible("#together") && await page.isChecked("#together"));
  await page.click("#check");
  await page.waitForSelector("#report ul.members", { timeout: 60000 });
  const packageReport = await page.textContent("#report");
  check("a consultation file is one report listing its documents", packageReport.includes("Dossier de consultation : 2 pièce(s) vérifiée(s)") && (await page.locator("#report .verdict").count()) === 1, packageReport.slice(0, 300));
  check("a document that could not be read is named", (await page.textContent("#report .error-box")).includes("Non vérifié (illisible) : Annexe_3.pdf"));
  check("a contradiction quotes both documents, each named", packageReport.includes("data_location.contradiction") && (await page.locator("#report blockquote strong", { hasText: "Annexe_2_exploitation.docx" }).count()) > 0);
  // Switching the language shows the report on screen again, written in the new language.
  await page.goto(base + "/?lang=de");
  await page.waitForSelector("#report .verdict", { timeout: 10000 });
  const german = await page.textContent("#report");
  check("the page switches to German", (await page.textContent("#upload-title")).includes("Vergabeunterlagen prüfen"));
  const germanTitles = (await page.locator("#report .finding h4").allTextContents()).join(" | ");
  check("the report on screen is shown again in German", german.includes("Nicht konform") && german.includes("verbindliches Recht"), german.slice(0, 300));
  check("its clauses stay in the tender's language", await page.locator("#report .clause q[lang=fr]").count() > 0);
  await page.goto(base + "/?lang=en");
  await page.waitForSelector("#report .verdict", { timeout: 10000 });
  check("the page switches to English", (await page.textContent("#upload-title")).includes("Check a tender"));
  const englishTitles = (await page.locator("#report .finding h4").allTextContents()).join(" | ");
  check("the report on screen is shown again in English", (await page.textContent("#report")).includes("binding law"));
  check("the server wrote the findings again in each language", germanTitles !== englishTitles && englishTitles.includes("Documents contradict each other"), germanTitles + " / " + englishTitles);
  check("nothing is loaded from outside the server", external.length === 0, external.join(", "));
  check("nothing breaks the Content-Security-Policy", violations.length === 0, violations.join(" | "));
} catch (error) {
  failed++;
  console.log(`not ok - the browser test ran to the end: ${error.message}`);
} finally {
  await browser.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
