//! `tenderlint check` and `diff` as users and pipelines run them: exit codes, every output
//! format (snapshots), the report and SARIF schemas, directories, standard input, the
//! configuration file, waivers.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::fixtures;

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tenderlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap_or_else(|e| panic!("cannot run tenderlint: {e}"))
}

fn run(args: &[&str]) -> Output {
    run_in(&fixtures(), args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tenderlint-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

const FR: &str = "fr_cctp_suite_collaborative.pdf";

/// Every format, in the tender's own language (French) and, asked with `--lang`, in German and
/// English: the findings, the words around them and the legal basis in that language, the
/// proposed clauses in French, the tender's.
#[test]
fn every_format_matches_its_snapshot_in_each_language() {
    for lang in [None, Some("de"), Some("en")] {
        for format in [
            "human", "json", "sarif", "junit", "markdown", "github", "gitlab", "html",
        ] {
            let mut args = vec![
                "check",
                "--profile",
                "fr",
                "--as-of",
                "2026-12-01",
                "--format",
                format,
            ];
            if let Some(lang) = lang {
                args.extend(["--lang", lang]);
            }
            args.push(FR);
            let output = run(&args);
            assert_eq!(output.status.code(), Some(1), "{format} {lang:?}");
            let name = match lang {
                None => format!("check_{format}"),
                Some(lang) => format!("check_{format}_{lang}"),
            };
            insta::assert_snapshot!(name, stdout(&output));
        }
    }
}

#[test]
fn a_tender_in_a_language_not_read_is_partly_assessed_not_passed() {
    let dir = scratch("swedish");
    // A Swedish call-off for consultants: the English job titles in it buy no hosting.
    let tender = "Avropsförfrågan. Detta avrop avser resursuppdrag inom integration. Leverantören ska tillhandahålla konsulter som arbetar i beställarens egen miljö. Exempelvis kan roller som AzureArkitekt/Azure Engineer/DevOps Engineer säkerställa att plattformens grundkonfiguration är korrekt. Anbudet ska vara skrivet på svenska och lämnas senast den sista dagen för anbud.\n";
    std::fs::write(dir.join("avrop.txt"), tender).unwrap_or_else(|e| panic!("{e}"));
    let output = run_in(&dir, &["check", "--lang", "en", "avrop.txt"]);
    let report = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{report}");
    assert!(report.contains("info[scope.language_not_read]"), "{report}");
    assert!(!report.contains("reversibility.missing"), "{report}");
    assert!(
        report.contains("partly assessed (some rules not applied"),
        "{report}"
    );
    assert!(!report.contains("No sovereignty issue found"), "{report}");
}

#[test]
fn exit_codes_say_what_happened() {
    // Errors found: 1.
    assert_eq!(run(&["check", FR]).status.code(), Some(1));
    // Nothing at or above the threshold: 0.
    assert_eq!(
        run(&["check", "--fail-on", "never", FR]).status.code(),
        Some(0)
    );
    let clean = run(&["check", "fr_avis_relation_usagers_utf16.txt"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    // Warnings count when asked.
    assert_eq!(
        run(&[
            "check",
            "--fail-on",
            "info",
            "fr_avis_relation_usagers_utf16.txt"
        ])
        .status
        .code(),
        Some(1)
    );
    // An unreadable document: 2, even next to a violating one, and the other is still checked.
    let mixed = run(&["check", "--format", "json", FR, "malformed/scanned.pdf"]);
    assert_eq!(mixed.status.code(), Some(2));
    let report: serde_json::Value =
        serde_json::from_slice(&mixed.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        report["documents"][0]["findings"]
            .as_array()
            .is_some_and(|f| !f.is_empty())
    );
    assert_eq!(
        report["documents"][1]["errors"][0],
        "no extractable text — the document looks scanned; run OCR first"
    );
    assert_eq!(report["summary"]["unreadable"], 1);
    assert!(
        String::from_utf8_lossy(&mixed.stderr)
            .contains("malformed/scanned.pdf: no extractable text")
    );
    // Usage errors: 2.
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(
        run(&["check", "--profile", "xx", FR]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["check", "--fail-on", "sometimes", FR]).status.code(),
        Some(2)
    );
}

#[test]
fn the_json_report_follows_its_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/report.schema.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    let output = run(&[
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        ".",
        "malformed/empty.txt",
    ]);
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(report["schema"], "tenderlint.report/v2");
    assert_eq!(report["policy"]["profile"], "eu");
    assert!(
        report["documents"].as_array().is_some_and(|d| d.len() > 20),
        "a directory is read recursively"
    );
    // The .tl sources, the build script and a Word 97 file are not read, and that is said.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("file(s) skipped, not a document tenderlint reads"),
        "{stderr}"
    );
}

#[test]
fn the_sarif_report_follows_the_sarif_schema() {
    // The OASIS schema's language-tag pattern ends in an unescaped "]", which ECMAScript reads
    // as a literal and the Rust regex engine refuses: escape it, change nothing else.
    let text =
        include_str!("../schemas/sarif-2.1.0.json").replace("[a-zA-Z]{2}]?$", "[a-zA-Z]{2}\\\\]?$");
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    let output = run(&[
        "check",
        "--format",
        "sarif",
        FR,
        "en_rfp_research_data_platform.docx",
        "malformed/scanned.pdf",
        "packages/fr_dce_messagerie.zip",
    ]);
    let sarif: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &sarif["runs"][0];
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().map(Vec::len),
        Some(36)
    );
    let result = &run["results"][0];
    assert!(result["locations"][0]["physicalLocation"]["region"]["snippet"]["text"].is_string());
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    // A finding in a package points at the document it quotes, nested in the package.
    let artifacts = run["artifacts"].as_array().cloned().unwrap_or_default();
    let in_package = run["results"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["locations"].as_array().cloned().unwrap_or_default())
        .filter_map(|l| l["physicalLocation"]["artifactLocation"]["index"].as_u64())
        .filter_map(|i| artifacts.get(usize::try_from(i).unwrap_or(usize::MAX)))
        .find(|a| a["parentIndex"].is_u64())
        .cloned()
        .unwrap_or_default();
    let parent = &artifacts
        [usize::try_from(in_package["parentIndex"].as_u64().unwrap_or(0)).unwrap_or_default()];
    assert_eq!(parent["location"]["uri"], "packages/fr_dce_messagerie.zip");
}

#[test]
fn standard_input_and_output_files_work() {
    let bytes = std::fs::read(fixtures().join(FR)).unwrap_or_else(|e| panic!("{e}"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_tenderlint"))
        .args(["check", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(&bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report["documents"][0]["path"], "<stdin>");
    assert_eq!(report["documents"][0]["format"], "pdf");

    let dir = scratch("output");
    let target = dir.join("report.md");
    let target_arg = target.display().to_string();
    let written = run(&["check", "--format", "markdown", "--output", &target_arg, FR]);
    assert_eq!(written.status.code(), Some(1));
    assert!(written.stdout.is_empty());
    let memo = std::fs::read_to_string(&target).unwrap_or_default();
    // The French tender's memo is written in French.
    assert!(memo.starts_with("# Analyse de souveraineté"), "{memo}");
}

#[test]
fn the_configuration_file_sets_defaults_and_flags_override_it() {
    let dir = scratch("config");
    std::fs::copy(fixtures().join(FR), dir.join("cctp.pdf")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.join("tenderlint.toml"),
        "profile = \"fr\"\nfail_on = \"never\"\nformat = \"json\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let output = run_in(&dir, &["check", "cctp.pdf"]);
    assert_eq!(output.status.code(), Some(0), "fail_on = never");
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report["policy"]["profile"], "fr");
    assert_eq!(
        run_in(&dir, &["check", "--fail-on", "error", "cctp.pdf"])
            .status
            .code(),
        Some(1)
    );
    std::fs::write(dir.join("tenderlint.toml"), "profil = \"fr\"\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let bad = run_in(&dir, &["check", "cctp.pdf"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("tenderlint.toml"));
    std::fs::write(dir.join("tenderlint.toml"), "format = \"pdf\"\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let bad = run_in(&dir, &["check", "cctp.pdf"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains(
            "tenderlint.toml: format must be one of human, json, sarif, junit, markdown, github, gitlab, html, jsonl, not \"pdf\""
        ),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

/// A French tender naming three products, one of them with the justification the law allows
/// stated in the tender itself.
const WAIVED_TENDER: &str = "Article 1. Le titulaire fournit 2 400 licences Microsoft 365 E3.\n\nArticle 2. Le titulaire fournit les licences Adobe InDesign, référence justifiée par l'objet du marché.\n\nArticle 3. Le titulaire fournit 50 licences Oracle Database.\n";

/// One waiver in force (by the fingerprint of the Microsoft 365 finding), one expired before the
/// date of judgement (by a quote), one matching nothing.
const WAIVERS: &str = r#"{"waivers": [
  {"rule": "vendor_neutrality.brand_without_equivalent", "fingerprint": "FINGERPRINT",
   "justification": "Licences already held under framework agreement UGAP 2025-17.",
   "legal_ground": "CCP art. R2111-7, compatibility with the installed base",
   "approved_by": "DAJ, M. Martin", "approved_on": "2026-03-02", "expires_on": "2027-03-01"},
  {"rule": "vendor_neutrality.brand_without_equivalent", "quote": "Oracle Database",
   "justification": "Migration to PostgreSQL planned in 2026.",
   "legal_ground": "CCP art. R2111-7, continuity of the existing databases",
   "approved_by": "DAJ, M. Martin", "approved_on": "2025-06-01", "expires_on": "2026-06-30"},
  {"rule": "vendor_neutrality.brand_without_equivalent", "quote": "Salesforce",
   "justification": "CRM contract renewed.",
   "legal_ground": "CCP art. R2122-3, exclusive rights",
   "approved_by": "DAJ, M. Martin", "approved_on": "2026-01-10", "expires_on": "2026-12-31"}
]}"#;

/// `check --format json` of `files` (and any flag before them) in `dir` as of `as_of`: the exit
/// code and the report.
fn json_check(dir: &Path, as_of: &str, files: &[&str]) -> (Option<i32>, serde_json::Value) {
    let args = [&["check", "--as-of", as_of, "--format", "json"], files].concat();
    let output = run_in(dir, &args);
    let report = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    (output.status.code(), report)
}

/// The tender and its waivers file in a directory of their own (`name`: tests run in parallel).
fn waived_tender(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("cctp.txt"), WAIVED_TENDER).unwrap_or_else(|e| panic!("{e}"));
    // The fingerprint as a lawyer copies it from a report without waivers.
    let (_, unwaived) = json_check(&dir, "2026-12-01", &["cctp.txt"]);
    let fingerprint = unwaived["documents"][0]["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| {
            f["rule"] == "vendor_neutrality.brand_without_equivalent"
                && f["message"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("Microsoft 365")
        })
        .and_then(|f| f["fingerprint"].as_str())
        .unwrap_or_else(|| panic!("no Microsoft 365 finding: {unwaived}"))
        .to_string();
    std::fs::write(
        dir.join("cctp.txt.waivers.json"),
        WAIVERS.replace("FINGERPRINT", &fingerprint),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn a_waivers_file_applies_until_expiry_and_names_stale_waivers() {
    let dir = waived_tender("waivers-expiry");
    let (code, report) = json_check(&dir, "2026-12-01", &["cctp.txt"]);
    let document = &report["documents"][0];
    let quotes = |list: &str| -> Vec<String> {
        document[list]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["rule"] == "vendor_neutrality.brand_without_equivalent")
            .map(|f| {
                f["evidence"][0]["quote"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    };
    let waived = quotes("waived");
    assert!(
        waived.len() == 1 && waived[0].contains("Microsoft 365"),
        "{waived:?}"
    );
    assert_eq!(
        document["waived"][0]["waiver"]["approved_by"],
        "DAJ, M. Martin"
    );
    let in_force = quotes("findings");
    assert!(
        in_force.len() == 1 && in_force[0].contains("Oracle Database"),
        "the expired waiver's finding is in force again: {in_force:?}"
    );
    assert_eq!(document["expired_waivers"][0]["position"], 2);
    assert_eq!(document["expired_waivers"][0]["expires_on"], "2026-06-30");
    assert_eq!(document["stale_waivers"][0]["position"], 3);
    assert_eq!(
        document["stale_waivers"][0]["file"],
        "cctp.txt.waivers.json"
    );
    let summary = &report["summary"];
    assert_eq!(
        (
            &summary["waived"],
            &summary["excepted"],
            &summary["expired_waivers"],
            &summary["stale_waivers"]
        ),
        (&1.into(), &1.into(), &1.into(), &1.into()),
        "{summary}"
    );
    assert_eq!(code, Some(1), "findings in force fail the check");
    // Judged before the second waiver expired, its finding is waived again.
    let (_, earlier) = json_check(&dir, "2026-06-30", &["cctp.txt"]);
    assert_eq!(earlier["summary"]["waived"], 2);
    assert_eq!(earlier["summary"]["expired_waivers"], 0);
}

#[test]
fn a_waiver_for_every_document_is_stale_only_when_no_document_uses_it() {
    let dir = scratch("waivers-common");
    std::fs::write(dir.join("a.txt"), WAIVED_TENDER).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.join("b.txt"),
        "Le titulaire fournit 50 licences Salesforce Sales Cloud.\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let without_first = WAIVERS.replacen("FINGERPRINT", "0".repeat(32).as_str(), 1);
    std::fs::write(dir.join("all.waivers.json"), without_first).unwrap_or_else(|e| panic!("{e}"));
    let files = ["--waivers", "all.waivers.json", "a.txt", "b.txt"];
    let (_, report) = json_check(&dir, "2026-12-01", &files);
    let stale = |document: usize| -> Vec<u64> {
        report["documents"][document]["stale_waivers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|w| w["position"].as_u64())
            .collect()
    };
    // Waiver 2 (Oracle) matches in a.txt, waiver 3 (Salesforce) in b.txt; waiver 1's fingerprint
    // matches nothing anywhere, so it is stale in each.
    assert_eq!(stale(0), vec![1]);
    assert_eq!(stale(1), vec![1]);
}

#[test]
fn waivers_and_exceptions_in_every_format() {
    let dir = waived_tender("waivers-formats");
    for format in [
        "human", "json", "sarif", "junit", "markdown", "github", "html",
    ] {
        let output = run_in(
            &dir,
            &[
                "check",
                "--as-of",
                "2026-12-01",
                "--format",
                format,
                "cctp.txt",
            ],
        );
        insta::assert_snapshot!(format!("waivers_{format}"), stdout(&output));
    }
}

#[test]
fn an_old_waivers_file_is_refused_with_what_to_add() {
    let dir = waived_tender("waivers-old");
    std::fs::write(
        dir.join("old.waivers.json"),
        r#"{"waivers": [{"rule": "vendor_neutrality.brand_without_equivalent", "quote": "Microsoft 365", "justification": "Licences already held.", "author": "DAJ"}]}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let output = run_in(
        &dir,
        &["check", "--waivers", "old.waivers.json", "cctp.txt"],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "old.waivers.json: waiver 1 (vendor_neutrality.brand_without_equivalent): it is in the old form: \"author\" is now \"approved_by\""
        ),
        "{stderr}"
    );
}

#[test]
fn a_brand_the_tender_justifies_by_the_subject_matter_is_excepted_in_fr_de_and_en() {
    let dir = scratch("exceptions");
    let tenders = [
        (
            "fr.txt",
            "Le titulaire fournit 2 400 licences Microsoft 365 E3. Cette référence est justifiée par l'objet du marché, le parc installé reposant sur ces licences.\n",
        ),
        (
            "de.txt",
            "Der Auftragnehmer liefert 2 400 Lizenzen für Microsoft 365 E3; diese Vorgabe ist durch den Auftragsgegenstand gerechtfertigt.\n",
        ),
        (
            "en.txt",
            "The contractor shall supply 2,400 Microsoft 365 E3 licences, a reference justified by the subject-matter of the contract.\n",
        ),
    ];
    for (name, text) in tenders {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }
    let (_, report) = json_check(&dir, "2026-12-01", &["fr.txt", "de.txt", "en.txt"]);
    for (document, (name, _)) in report["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .zip(tenders)
    {
        let excepted = &document["excepted"][0];
        assert_eq!(
            excepted["rule"], "vendor_neutrality.brand_without_equivalent",
            "{name}"
        );
        // The reason is written in the tender's language, citing the directive's article 42.
        let reason = excepted["exception"]["reason"].as_str().unwrap_or_default();
        assert!(reason.contains("42"), "{name}: {reason}");
        assert_eq!(
            excepted["exception"]["reason_message"]["id"],
            "vendor_neutrality-brand_without_equivalent-justified_exception",
            "{name}"
        );
        let said = excepted["exception"]["evidence"][0]["quote"]
            .as_str()
            .unwrap_or_default();
        assert!(
            ["objet du marché", "Auftragsgegenstand", "subject-matter"]
                .iter()
                .any(|words| said.contains(words)),
            "{name}: {said}"
        );
        assert!(
            document["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .all(|f| f["rule"] != "vendor_neutrality.brand_without_equivalent"),
            "{name}"
        );
    }
    assert_eq!(report["summary"]["excepted"], 3);
    assert_eq!(report["summary"]["waived"], 0);
}

#[test]
fn diff_reports_what_a_new_draft_introduces_and_resolves() {
    let dir = scratch("diff");
    let old = "Article 1. Les données sont hébergées exclusivement dans l'Union européenne.\n\nArticle 2. Le titulaire fournit 100 licences Microsoft 365 E3.\n";
    let new = "Article 1. Le titulaire fournit 100 licences Microsoft 365 E3.\n\nArticle 2. Les sauvegardes peuvent être réalisées dans toute région du fournisseur.\n\nArticle 3. Les données sont hébergées exclusivement dans l'Union européenne.\n";
    std::fs::write(dir.join("v1.txt"), old).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("v2.txt"), new).unwrap_or_else(|e| panic!("{e}"));
    let output = run_in(&dir, &["diff", "--format", "json", "v1.txt", "v2.txt"]);
    assert_eq!(output.status.code(), Some(1), "a new error is introduced");
    let diff: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let rules = |key: &str| -> Vec<String> {
        diff[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|f| f["rule"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(
        rules("introduced").contains(&"data_location.outside_eu".to_string()),
        "{diff}"
    );
    assert!(
        rules("unchanged").contains(&"vendor_neutrality.brand_without_equivalent".to_string()),
        "moved, not changed: {diff}"
    );
    assert!(rules("resolved").is_empty(), "{diff}");
    let back = run_in(&dir, &["diff", "v2.txt", "v1.txt"]);
    assert_eq!(back.status.code(), Some(0), "nothing introduced going back");
    // The French drafts are compared in French.
    assert!(stdout(&back).contains("résolus (1)"), "{}", stdout(&back));
}

#[test]
fn a_baseline_fails_the_check_on_new_findings_only() {
    let dir = scratch("baseline");
    let old = "Article 1. Le titulaire fournit 100 licences Microsoft 365 E3.\n";
    let new = "Article 1. Le titulaire fournit 100 licences Microsoft 365 E3.\n\nArticle 2. Les sauvegardes peuvent être réalisées dans toute région du fournisseur.\n";
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    };
    write("cctp.txt", old);
    let written = run_in(&dir, &["baseline", "cctp.txt", "-o", "baseline.json"]);
    assert_eq!(written.status.code(), Some(0), "{written:?}");
    let baseline: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("baseline.json")).unwrap_or_default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(baseline["schema"], "tenderlint.baseline/v1");
    assert_eq!(baseline["findings"][0]["document"], "cctp.txt");
    let validator = jsonschema::validator_for(
        &serde_json::from_str(include_str!("../../schemas/baseline.schema.json"))
            .unwrap_or_else(|e| panic!("{e}")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(validator.is_valid(&baseline));
    // Nothing new: exit 0, the findings listed as known.
    let same = run_in(
        &dir,
        &[
            "check",
            "--lang",
            "en",
            "--baseline",
            "baseline.json",
            "cctp.txt",
        ],
    );
    assert_eq!(same.status.code(), Some(0), "{}", stdout(&same));
    assert!(stdout(&same).contains("known error[vendor_neutrality.brand_without_equivalent]"));
    assert!(stdout(&same).contains("nothing new"), "{}", stdout(&same));
    // A new error fails the check; the known ones are marked and counted apart.
    write("cctp.txt", new);
    let output = run_in(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "--baseline",
            "baseline.json",
            "cctp.txt",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    let findings = report["documents"][0]["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let known: Vec<&serde_json::Value> = findings.iter().filter(|f| f["known"] == true).collect();
    assert_eq!(report["summary"]["known"], known.len());
    assert!(
        known
            .iter()
            .all(|f| f["rule"] != "data_location.outside_eu")
    );
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "data_location.outside_eu" && f.get("known").is_none())
    );
    // SARIF says which results the baseline held; GitHub annotates only the new ones.
    let judged_against = |format: &str| {
        let args = [
            "check",
            "--format",
            format,
            "--baseline",
            "baseline.json",
            "cctp.txt",
        ];
        stdout(&run_in(&dir, &args))
    };
    let sarif: serde_json::Value =
        serde_json::from_str(&judged_against("sarif")).unwrap_or_else(|e| panic!("{e}"));
    let states: Vec<(&str, &str)> = sarif["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap_or_default(),
                r["baselineState"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert!(
        states.contains(&("data_location.outside_eu", "new")),
        "{states:?}"
    );
    assert!(
        states.contains(&("vendor_neutrality.brand_without_equivalent", "unchanged")),
        "{states:?}"
    );
    let github = judged_against("github");
    assert!(github.contains("data_location.outside_eu"), "{github}");
    assert!(
        !github.contains("vendor_neutrality.brand_without_equivalent"),
        "{github}"
    );
    // A full JSON report serves as a baseline too, and tenderlint.toml may name it.
    std::fs::write(dir.join("report.json"), &output.stdout).unwrap_or_else(|e| panic!("{e}"));
    write("tenderlint.toml", "baseline = \"report.json\"\n");
    assert_eq!(run_in(&dir, &["check", "cctp.txt"]).status.code(), Some(0));
    // A file that is neither: an error naming it, exit 2.
    write("broken.json", "{\"findings\": []}");
    let broken = run_in(&dir, &["check", "--baseline", "broken.json", "cctp.txt"]);
    assert_eq!(broken.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(stderr.contains("broken.json: not a baseline"), "{stderr}");
}
