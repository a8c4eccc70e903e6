//! The HTTP API and the page: every route and error code through the router (no socket), the
//! responses held against the OpenAPI description, the token, the history, and one run over a
//! real socket.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use tower::ServiceExt;

use tenderlint::http::{AppState, Limits, ServerConfig, app, openapi_document};
use tenderlint::pipeline::PolicySources;

use crate::fixtures;

async fn state(token: Option<&str>, limits: Limits) -> Arc<AppState> {
    AppState::new(ServerConfig {
        db: Some(":memory:".into()),
        token: token.map(String::from),
        limits,
        ..ServerConfig::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"))
}

async fn send(
    state: &Arc<AppState>,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response: Response<Body> = app(state.clone())
        .oneshot(request)
        .await
        .unwrap_or_else(|e| match e {});
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap_or_default();
    (status, headers, body.to_vec())
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap_or_default()
}

const BOUNDARY: &str = "tenderlint-test-boundary";

fn upload(uri: &str, files: &[(&str, Vec<u8>)]) -> Request<Body> {
    let mut body = Vec::new();
    for (name, bytes) in files {
        body.extend_from_slice(format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    Request::post(uri)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(body))
        .unwrap_or_default()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn json(body: &[u8]) -> serde_json::Value {
    serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(body)))
}

/// Holds a response body against the schema OpenAPI gives for this path, method and status.
fn conforms(path: &str, method: &str, status: StatusCode, body: &serde_json::Value) {
    let spec = openapi_document();
    let response = &spec["paths"][path][method]["responses"][status.as_str()];
    assert!(
        response.is_object(),
        "OpenAPI does not describe {method} {path} → {status}"
    );
    let schema = &response["content"]["application/json"]["schema"];
    assert!(
        schema.is_object(),
        "no JSON schema for {method} {path} → {status}"
    );
    let mut root = schema.clone();
    root["components"] = spec["components"].clone();
    let validator = jsonschema::validator_for(&root).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator
        .iter_errors(body)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{method} {path} → {status}: {errors:#?}");
}

#[tokio::test]
async fn health_and_readiness() {
    let state = state(None, Limits::default()).await;
    let (status, _, body) = send(&state, get("/healthz")).await;
    assert_eq!(status, StatusCode::OK);
    conforms("/healthz", "get", status, &json(&body));
    let (status, _, body) = send(&state, get("/readyz")).await;
    assert_eq!(status, StatusCode::OK);
    conforms("/readyz", "get", status, &json(&body));
    assert_eq!(json(&body)["policy"]["rules"], 36);
    assert_eq!(
        json(&body)["history"],
        serde_json::json!({ "backend": "sqlite", "reachable": true })
    );
}

#[tokio::test]
async fn the_history_is_read_a_page_at_a_time_with_a_cursor() {
    let state = state(None, Limits::default()).await;
    for name in ["one.txt", "two.txt", "three.txt"] {
        let files = [(name, b"Les donnees sont hebergees en France.".to_vec())];
        assert_eq!(
            send(&state, upload("/v1/check", &files)).await.0,
            StatusCode::OK
        );
    }
    let (status, _, body) = send(&state, get("/v1/checks?limit=2")).await;
    assert_eq!(status, StatusCode::OK);
    let first = json(&body);
    conforms("/v1/checks", "get", status, &first);
    let next = first["next"].as_str().unwrap_or_default().to_string();
    assert!(!next.is_empty(), "a next page: {first}");
    let (status, _, body) = send(&state, get(&format!("/v1/checks?limit=2&cursor={next}"))).await;
    assert_eq!(status, StatusCode::OK);
    let second = json(&body);
    conforms("/v1/checks", "get", status, &second);
    assert_eq!(second["next"], serde_json::Value::Null, "the last page");
    let files: Vec<&str> = [&first, &second]
        .iter()
        .flat_map(|page| page["checks"].as_array().into_iter().flatten())
        .filter_map(|check| check["file"].as_str())
        .collect();
    assert_eq!(files, ["three.txt", "two.txt", "one.txt"], "newest first");
    for query in ["limit=0", "limit=501", "cursor=zz", "cursor=00"] {
        let (status, _, body) = send(&state, get(&format!("/v1/checks?{query}"))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        conforms("/v1/checks", "get", status, &json(&body));
    }
}

#[tokio::test]
async fn checking_an_upload_returns_the_report_and_records_it() {
    let state = state(None, Limits::default()).await;
    let (status, headers, body) = send(
        &state,
        upload(
            "/v1/check?profile=fr",
            &[("cctp.pdf", fixture("fr_cctp_suite_collaborative.pdf"))],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let report = json(&body);
    conforms("/v1/check", "post", status, &report);
    assert_eq!(report["policy"]["profile"], "fr");
    assert_eq!(report["documents"][0]["path"], "cctp.pdf");
    assert!(report["summary"]["errors"].as_u64().unwrap_or(0) >= 9);
    let id = headers
        .get("x-tenderlint-check-ids")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert_eq!(id.len(), 32);

    let (status, _, body) = send(&state, get("/v1/checks")).await;
    assert_eq!(status, StatusCode::OK);
    let list = json(&body);
    conforms("/v1/checks", "get", status, &list);
    assert_eq!(list["next"], serde_json::Value::Null, "one page");
    let list = &list["checks"];
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["file"], "cctp.pdf");
    assert_eq!(list[0]["policy_hash"].as_str().map(str::len), Some(64));
    assert_eq!(
        list[0]["size"],
        fixture("fr_cctp_suite_collaborative.pdf").len()
    );

    let (status, _, body) = send(&state, get(&format!("/v1/checks/{id}"))).await;
    assert_eq!(status, StatusCode::OK);
    conforms("/v1/checks/{id}", "get", status, &json(&body));
    for (format, content_type) in [
        ("markdown", "text/markdown"),
        ("html", "text/html"),
        ("sarif", "application/sarif+json"),
    ] {
        let (status, headers, body) =
            send(&state, get(&format!("/v1/checks/{id}?format={format}"))).await;
        assert_eq!(status, StatusCode::OK, "{format}");
        let got = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(got.starts_with(content_type), "{format}: {got}");
        assert!(!body.is_empty());
    }
    let (status, _, body) = send(&state, get("/v1/checks/nope")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    conforms("/v1/checks/{id}", "get", status, &json(&body));
}

#[tokio::test]
async fn several_files_in_one_upload_make_one_report() {
    let state = state(None, Limits::default()).await;
    let files = [
        (
            "a.odt",
            fixture("de_leistungsbeschreibung_fachverfahren.odt"),
        ),
        ("b.md", fixture("en_tender_summary_email_service.md")),
    ];
    let (status, _, body) = send(&state, upload("/v1/check?format=json", &files)).await;
    assert_eq!(status, StatusCode::OK);
    let report = json(&body);
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(2));
    assert_eq!(report["summary"]["documents"], 2);
}

#[tokio::test]
async fn a_notice_package_uploaded_is_one_report_per_notice_in_json_lines() {
    let state = state(None, Limits::default()).await;
    let files = [(
        "releases.json",
        fixture("notices/ocds/fr_de_release_package_3.json"),
    )];
    let (status, headers, body) = send(&state, upload("/v1/check?format=jsonl", &files)).await;
    assert_eq!(status, StatusCode::OK);
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert_eq!(content_type, "application/jsonl");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&body)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        let path = line["documents"][0]["path"].as_str().unwrap_or_default();
        assert!(path.starts_with("releases.json#ocds-tlnt01-"), "{path}");
        assert!(line["documents"][0]["notice"]["buyers"].is_array());
    }
}

#[tokio::test]
async fn an_eforms_notice_uploaded_is_judged_with_its_fields_located_by_path() {
    let state = state(None, Limits::default()).await;
    let files = [("avis.xml", fixture("notices/eforms/fr_cn_hebergement.xml"))];
    let (status, _, body) = send(&state, upload("/v1/check?format=json", &files)).await;
    assert_eq!(status, StatusCode::OK);
    conforms("/v1/check", "post", status, &json(&body));
    let findings = &json(&body)["documents"][0]["findings"];
    let scored = findings
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule"] == "vendor_neutrality.brand_in_award_criteria")
        .unwrap_or_else(|| panic!("{findings:#}"));
    let path = scored["evidence"][0]["path"].as_str().unwrap_or_default();
    assert!(path.contains("cac:SubordinateAwardingCriterion"), "{path}");
}

#[tokio::test]
async fn an_upload_with_an_unreadable_file_is_refused_whole_and_nothing_is_recorded() {
    let state = state(None, Limits::default()).await;
    let files = [
        ("good.md", fixture("en_tender_summary_email_service.md")),
        ("empty.txt", Vec::new()),
        ("also-empty.txt", Vec::new()),
    ];
    let (status, _, body) = send(&state, upload("/v1/check", &files)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = json(&body)["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        message.contains("empty.txt: the file is empty")
            && message.contains("also-empty.txt: the file is empty"),
        "every unreadable file is named: {message}"
    );
    let (_, _, list) = send(&state, get("/v1/checks")).await;
    assert_eq!(
        json(&list)["checks"].as_array().map(Vec::len),
        Some(0),
        "nothing recorded"
    );
}

#[tokio::test]
async fn the_server_renders_every_format_the_command_line_does() {
    let state = state(None, Limits::default()).await;
    for (format, content_type, start) in [
        ("junit", "application/xml", "<?xml"),
        ("github", "text/plain", "tenderlint: policy "),
        ("human", "text/plain", ""),
        ("html", "text/html", "<!DOCTYPE html>"),
    ] {
        let files = [("cctp.pdf", fixture("fr_cctp_suite_collaborative.pdf"))];
        let (status, headers, body) = send(
            &state,
            upload(&format!("/v1/check?format={format}"), &files),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{format}");
        let got = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(got.starts_with(content_type), "{format}: {got}");
        assert!(
            String::from_utf8_lossy(&body).starts_with(start),
            "{format}"
        );
    }
}

#[tokio::test]
async fn facts_follow_the_loaded_policy_set_s_reference_data() {
    // A buyer's pack that knows one more product: the server's facts must see it.
    let dir = std::env::temp_dir().join(format!("tenderlint-facts-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies"),
        &dir,
    );
    let providers = dir.join("data/providers.json");
    let text = std::fs::read_to_string(&providers).unwrap_or_else(|e| panic!("{e}"));
    let text = text.replacen(
        "\"exact_aliases\": [\n      \"M365\",",
        "\"exact_aliases\": [\n      \"Zorglub Office\",\n      \"M365\",",
        1,
    );
    assert!(text.contains("Zorglub Office"));
    std::fs::write(&providers, text).unwrap_or_else(|e| panic!("{e}"));
    let state = AppState::new(ServerConfig {
        policies: PolicySources::dirs(std::slice::from_ref(&dir)),
        ..ServerConfig::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let files = [(
        "a.txt",
        b"Le titulaire fournit 300 licences Zorglub Office.".to_vec(),
    )];
    let (status, _, body) = send(&state, upload("/v1/facts", &files)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json(&body)[0]["providers"][0]["product"], "microsoft-365");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn facts_can_be_posted_as_json() {
    let state = state(None, Limits::default()).await;
    let (status, _, body) = send(
        &state,
        upload(
            "/v1/facts",
            &[("cctp.docx", fixture("fr_cctp_suite_collaborative.docx"))],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let facts = json(&body);
    conforms("/v1/facts", "post", status, &facts);
    let request = Request::post("/v1/check")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            serde_json::to_vec(&facts[0]).unwrap_or_default(),
        ))
        .unwrap_or_default();
    let (status, _, body) = send(&state, request).await;
    assert_eq!(status, StatusCode::OK);
    let report = json(&body);
    conforms("/v1/check", "post", status, &report);
    assert!(report["summary"]["errors"].as_u64().unwrap_or(0) > 0);
}

#[tokio::test]
async fn a_document_over_the_time_limit_is_a_timeout_on_every_route() {
    let instant = Limits {
        document_timeout: std::time::Duration::ZERO,
        ..Limits::default()
    };
    let state = state(None, instant).await;
    for route in ["/v1/check", "/v1/facts"] {
        let tender = [("cctp.pdf", fixture("fr_cctp_suite_collaborative.pdf"))];
        let (status, _, body) = send(&state, upload(route, &tender)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{route}");
        let error = json(&body);
        assert_eq!(error["error"]["code"], "timeout", "{route}: {error}");
        conforms(route, "post", status, &error);
    }
}

#[tokio::test]
async fn errors_have_their_codes_and_json_shape() {
    let small = Limits {
        max_upload_bytes: 4096,
        ..Limits::default()
    };
    let state = state(None, small).await;
    let cases: Vec<(Request<Body>, StatusCode, &str)> = vec![
        (
            upload(
                "/v1/check",
                &[("big.pdf", fixture("fr_cctp_suite_collaborative.pdf"))],
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        ),
        (
            upload(
                "/v1/check",
                &[("old.doc", fixture("malformed/legacy_word97.doc"))],
            ),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_format",
        ),
        (
            upload(
                "/v1/check",
                &[("scan.pdf", fixture("malformed/scanned.pdf"))],
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        ),
        (
            upload("/v1/check", &[("empty.txt", Vec::new())]),
            StatusCode::UNPROCESSABLE_ENTITY,
            "unreadable_document",
        ),
        (
            upload("/v1/check", &[]),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            Request::post("/v1/check")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from("{\"not\": \"facts\"}"))
                .unwrap_or_default(),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            Request::post("/v1/check")
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from("x"))
                .unwrap_or_default(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            upload(
                "/v1/check?format=pdf",
                &[("a.txt", b"Les donnees sont en France.".to_vec())],
            ),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            upload("/v1/check?profile=xx", &[("a.txt", b"Texte.".to_vec())]),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (get("/v1/rules/no.such"), StatusCode::NOT_FOUND, "not_found"),
        (get("/no/such/route"), StatusCode::NOT_FOUND, "not_found"),
        (
            Request::delete("/v1/rules")
                .body(Body::empty())
                .unwrap_or_default(),
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
        ),
    ];
    for (request, expected, code) in cases {
        let uri = request.uri().to_string();
        let (status, _, body) = send(&state, request).await;
        let error = json(&body);
        assert_eq!(
            (status, error["error"]["code"].as_str()),
            (expected, Some(code)),
            "{uri}: {error}"
        );
        assert!(
            error["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
        if uri.starts_with("/v1/check") && status != StatusCode::METHOD_NOT_ALLOWED {
            conforms("/v1/check", "post", status, &error);
        }
    }
    // The scanned PDF fits a larger limit and is refused for what it is.
    let state = self::state(None, Limits::default()).await;
    let (status, _, body) = send(
        &state,
        upload(
            "/v1/check",
            &[("scan.pdf", fixture("malformed/scanned.pdf"))],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        json(&body)["error"]["message"],
        "scan.pdf: no extractable text — the document looks scanned; run OCR first"
    );
}

#[tokio::test]
async fn rules_are_served() {
    let state = state(None, Limits::default()).await;
    let (status, _, body) = send(&state, get("/v1/rules")).await;
    assert_eq!(status, StatusCode::OK);
    conforms("/v1/rules", "get", status, &json(&body));
    let (status, _, body) = send(&state, get("/v1/rules/reversibility.exit_fees")).await;
    assert_eq!(status, StatusCode::OK);
    conforms("/v1/rules/{id}", "get", status, &json(&body));
    let (status, _, body) = send(&state, get("/openapi.json")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json(&body)["openapi"], "3.1.0");
}

#[tokio::test]
async fn the_token_guards_everything_but_health_and_the_page_shell() {
    let state = state(Some("s3cret"), Limits::default()).await;
    let (status, _, body) = send(&state, get("/v1/rules")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    conforms("/v1/rules", "get", status, &json(&body));
    let authorised = Request::get("/v1/rules")
        .header(header::AUTHORIZATION, "Bearer s3cret")
        .body(Body::empty())
        .unwrap_or_default();
    assert_eq!(send(&state, authorised).await.0, StatusCode::OK);
    let wrong = Request::get("/v1/rules")
        .header(header::AUTHORIZATION, "Bearer nope")
        .body(Body::empty())
        .unwrap_or_default();
    assert_eq!(send(&state, wrong).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(send(&state, get("/healthz")).await.0, StatusCode::OK);
    assert_eq!(send(&state, get("/readyz")).await.0, StatusCode::OK);
    let (status, _, page) = send(&state, get("/")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&page).contains("data-auth=\"required\""));
    // The login form sets a session cookie that opens the API.
    let login = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("token=s3cret"))
        .unwrap_or_default();
    let (status, headers, _) = send(&state, login).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cookie = headers
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        cookie.starts_with("tenderlint_session=") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("s3cret"),
        "the cookie must not hold the token: {cookie}"
    );
    let session = cookie.split(';').next().unwrap_or_default().to_string();
    let with_cookie = Request::get("/v1/rules")
        .header(header::COOKIE, session)
        .body(Body::empty())
        .unwrap_or_default();
    assert_eq!(send(&state, with_cookie).await.0, StatusCode::OK);
    let bad_login = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("token=x"))
        .unwrap_or_default();
    let (_, headers, _) = send(&state, bad_login).await;
    assert!(headers.get(header::SET_COOKIE).is_none());
}

#[tokio::test]
async fn the_page_speaks_the_visitor_s_language_and_loads_nothing_from_outside() {
    let state = state(None, Limits::default()).await;
    let french = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9")
        .body(Body::empty())
        .unwrap_or_default();
    let (status, headers, body) = send(&state, french).await;
    assert_eq!(status, StatusCode::OK);
    let page = String::from_utf8_lossy(&body);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(headers.get(header::CONTENT_SECURITY_POLICY).is_some());
    for external in ["http://", "https://", "//cdn", "@import"] {
        assert!(
            !page.contains(&format!("src=\"{external}"))
                && !page.contains(&format!("href=\"{external}")),
            "{external}"
        );
    }
    let (_, _, body) = send(&state, get("/?lang=en")).await;
    assert!(String::from_utf8_lossy(&body).contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn policies_reload_without_a_restart() {
    let dir = std::env::temp_dir().join(format!("tenderlint-reload-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("policies"),
        &dir,
    );
    let state = AppState::new(ServerConfig {
        policies: PolicySources::dirs(std::slice::from_ref(&dir)),
        ..ServerConfig::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let (_, _, before) = send(&state, get("/readyz")).await;
    std::fs::write(dir.join("data/extra.json"), "{\"extra\": true}")
        .unwrap_or_else(|e| panic!("{e}"));
    let hash = state.reload().unwrap_or_else(|e| panic!("{e}"));
    let (_, _, after) = send(&state, get("/readyz")).await;
    assert_ne!(
        json(&before)["policy"]["hash"],
        json(&after)["policy"]["hash"]
    );
    assert_eq!(json(&after)["policy"]["hash"], hash.as_str());
    // A broken edit keeps the previous set in force.
    std::fs::write(
        dir.join("sovereignty/broken.rego"),
        "package broken\ndeny contains x if {",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(state.reload().is_err());
    let (_, _, still) = send(&state, get("/readyz")).await;
    assert_eq!(json(&still)["policy"]["hash"], hash.as_str());
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(from)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_a_real_socket() {
    let state = state(None, Limits::default()).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    tokio::spawn(tenderlint::http::serve(listener, state, false));
    let body = fixture("fr_avis_hebergement_site.html");
    let response = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(addr).unwrap_or_else(|e| panic!("{e}"));
        stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).ok();
        let mut payload = format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"avis.html\"\r\n\r\n").into_bytes();
        payload.extend_from_slice(&body);
        payload.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let head = format!(
            "POST /v1/check HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            payload.len()
        );
        stream.write_all(head.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        stream.write_all(&payload).unwrap_or_else(|e| panic!("{e}"));
        let mut out = String::new();
        let _ = stream.read_to_string(&mut out);
        out
    })
    .await
    .unwrap_or_default();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(
        response.contains("\"schema\": \"tenderlint.report/v2\""),
        "{response}"
    );
}

/// A request with some more headers.
fn with(mut request: Request<Body>, headers: &[(&str, &str)]) -> Request<Body> {
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            header::HeaderName::from_bytes(name.as_bytes()),
            header::HeaderValue::from_str(value),
        ) {
            request.headers_mut().insert(name, value);
        }
    }
    request
}

fn login_form(token: &str) -> Request<Body> {
    Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("token={token}")))
        .unwrap_or_default()
}

fn header_text(headers: &axum::http::HeaderMap, name: header::HeaderName) -> String {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// Signs in with the login form: the whole `Set-Cookie` header.
async fn sign_in(state: &Arc<AppState>, token: &str) -> String {
    let (status, headers, _) = send(state, login_form(token)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    header_text(&headers, header::SET_COOKIE)
}

/// The CSRF token the page gives a visitor with these headers.
async fn page_csrf(state: &Arc<AppState>, headers: &[(&str, &str)]) -> String {
    let (_, _, body) = send(state, with(get("/"), headers)).await;
    let page = String::from_utf8_lossy(&body).to_string();
    page.split("data-csrf=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no data-csrf in the page"))
        .to_string()
}

fn tiny_tender() -> Vec<(&'static str, Vec<u8>)> {
    vec![(
        "a.txt",
        "Les données sont hébergées en France.".as_bytes().to_vec(),
    )]
}

#[tokio::test]
async fn the_session_cookie_is_http_only_strict_and_secure_behind_tls() {
    let plain = state(Some("s3cret"), Limits::default()).await;
    let cookie = sign_in(&plain, "s3cret").await;
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{attribute}: {cookie}");
    }
    assert!(!cookie.contains("Secure"), "not over plain HTTP: {cookie}");
    let behind_tls = AppState::new(ServerConfig {
        token: Some("s3cret".into()),
        secure_cookies: true,
        ..ServerConfig::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let cookie = sign_in(&behind_tls, "s3cret").await;
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_session_opened_on_one_replica_is_good_on_another_with_the_same_token() {
    let (one, two, other) = (
        state(Some("s3cret"), Limits::default()).await,
        state(Some("s3cret"), Limits::default()).await,
        state(Some("another"), Limits::default()).await,
    );
    let cookie = sign_in(&one, "s3cret").await;
    let session = cookie.split(';').next().unwrap_or_default().to_string();
    let rules = || with(get("/v1/rules"), &[("cookie", &session)]);
    assert_eq!(send(&two, rules()).await.0, StatusCode::OK);
    assert_eq!(send(&other, rules()).await.0, StatusCode::UNAUTHORIZED);
    // The page of the other replica gives the same CSRF token, so the page's uploads go through
    // whichever replica serves them.
    assert_eq!(
        page_csrf(&one, &[("cookie", &session)]).await,
        page_csrf(&two, &[("cookie", &session)]).await
    );
    let forged = format!("tenderlint_session={}", "9999999999.0");
    let forged = with(get("/v1/rules"), &[("cookie", &forged)]);
    assert_eq!(send(&two, forged).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_session_must_send_the_page_s_csrf_token_to_change_anything_a_bearer_need_not() {
    let state = state(Some("s3cret"), Limits::default()).await;
    let cookie = sign_in(&state, "s3cret").await;
    let session = cookie.split(';').next().unwrap_or_default().to_string();
    let csrf = page_csrf(&state, &[("cookie", &session)]).await;
    assert_eq!(csrf.len(), 64, "the signed-in page carries the token");
    assert!(
        page_csrf(&state, &[]).await.is_empty(),
        "none for a stranger"
    );
    assert!(
        page_csrf(&state, &[("authorization", "Bearer s3cret")])
            .await
            .is_empty(),
        "none for a bearer, who needs none"
    );
    for route in ["/v1/check", "/v1/facts"] {
        for sent in [None, Some("0".repeat(64))] {
            let mut headers = vec![("cookie", session.as_str())];
            if let Some(sent) = &sent {
                headers.push(("x-csrf-token", sent));
            }
            let (status, _, body) =
                send(&state, with(upload(route, &tiny_tender()), &headers)).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{route} with {sent:?}");
            let error = json(&body);
            assert_eq!(error["error"]["code"], "csrf");
            conforms(route, "post", status, &error);
        }
        let (status, _, _) = send(
            &state,
            with(
                upload(route, &tiny_tender()),
                &[("cookie", &session), ("x-csrf-token", &csrf)],
            ),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{route} with the page's token");
        let (status, _, _) = send(
            &state,
            with(
                upload(route, &tiny_tender()),
                &[("authorization", "Bearer s3cret")],
            ),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{route} with a bearer");
    }
    // Reading needs no CSRF token.
    let (status, _, _) = send(&state, with(get("/v1/rules"), &[("cookie", &session)])).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn requests_a_browser_sends_from_another_site_are_refused() {
    let state = state(Some("s3cret"), Limits::default()).await;
    for site in ["cross-site", "same-site"] {
        let (status, headers, body) = send(
            &state,
            with(login_form("s3cret"), &[("sec-fetch-site", site)]),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{site}");
        assert_eq!(json(&body)["error"]["code"], "csrf");
        assert!(headers.get(header::SET_COOKIE).is_none());
    }
    let (status, _, _) = send(
        &state,
        with(login_form("s3cret"), &[("sec-fetch-site", "same-origin")]),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    // An open server too: another site must not make its visitors' browsers spend its work.
    let open = self::state(None, Limits::default()).await;
    let (status, _, body) = send(
        &open,
        with(
            upload("/v1/check", &tiny_tender()),
            &[("sec-fetch-site", "cross-site")],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    conforms("/v1/check", "post", status, &json(&body));
    // A pipeline's bearer request goes through whatever it says.
    let (status, _, _) = send(
        &state,
        with(
            upload("/v1/check", &tiny_tender()),
            &[
                ("authorization", "Bearer s3cret"),
                ("sec-fetch-site", "cross-site"),
            ],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

/// The directives of a CSP, by name.
fn csp_directives(csp: &str) -> std::collections::HashMap<String, String> {
    csp.split(';')
        .filter_map(|d| {
            let d = d.trim();
            let (name, value) = d.split_once(' ').unwrap_or((d, ""));
            (!name.is_empty()).then(|| (name.to_string(), value.to_string()))
        })
        .collect()
}

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_no_script_may_be_inline() {
    let state = state(Some("s3cret"), Limits::default()).await;
    let requests = vec![
        get("/"),
        get("/assets/page.js"),
        get("/healthz"),
        get("/v1/rules"),
        with(get("/v1/rules"), &[("authorization", "Bearer s3cret")]),
        get("/no/such/route"),
        with(
            upload("/v1/check", &tiny_tender()),
            &[("authorization", "Bearer s3cret")],
        ),
        with(
            upload("/v1/check?format=html", &tiny_tender()),
            &[("authorization", "Bearer s3cret")],
        ),
        with(login_form("x"), &[("sec-fetch-site", "cross-site")]),
    ];
    for request in requests {
        let uri = request.uri().to_string();
        let (status, headers, _) = send(&state, request).await;
        assert_eq!(
            header_text(&headers, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff",
            "{uri} {status}"
        );
        assert_eq!(
            header_text(&headers, header::REFERRER_POLICY),
            "no-referrer"
        );
        assert_eq!(header_text(&headers, header::X_FRAME_OPTIONS), "DENY");
        let csp = csp_directives(&header_text(&headers, header::CONTENT_SECURITY_POLICY));
        assert_eq!(
            csp.get("frame-ancestors").map(String::as_str),
            Some("'none'"),
            "{uri}"
        );
        let scripts = csp
            .get("script-src")
            .or_else(|| csp.get("default-src"))
            .unwrap_or_else(|| panic!("{uri}: no script-src nor default-src"));
        assert!(
            !scripts.contains("'unsafe-inline'") && !scripts.contains("'unsafe-eval'"),
            "{uri}: {scripts}"
        );
    }
    // The page itself holds no script, style or event handler inline.
    let (_, headers, body) = send(&state, get("/")).await;
    let csp = csp_directives(&header_text(&headers, header::CONTENT_SECURITY_POLICY));
    assert_eq!(csp.get("script-src").map(String::as_str), Some("'self'"));
    assert_eq!(csp.get("style-src").map(String::as_str), Some("'self'"));
    let page = String::from_utf8_lossy(&body);
    assert!(!page.contains("<style"), "inline style");
    assert!(
        page.matches("<script").count() == page.matches("<script src=\"/assets/").count(),
        "inline script"
    );
    assert!(
        !page.contains(" onclick=") && !page.contains(" style="),
        "inline handler or style"
    );
}

#[tokio::test]
async fn the_page_s_script_and_style_are_served_cacheable_under_versioned_urls() {
    let state = state(None, Limits::default()).await;
    let (_, _, body) = send(&state, get("/")).await;
    let page = String::from_utf8_lossy(&body).to_string();
    for (asset, content_type, contains) in [
        ("/assets/page.js", "text/javascript", "X-CSRF-Token"),
        ("/assets/page.css", "text/css", ":root"),
    ] {
        let url = page
            .split('"')
            .find(|part| part.starts_with(&format!("{asset}?v=")))
            .unwrap_or_else(|| panic!("the page does not link {asset}"))
            .to_string();
        assert!(url.len() > asset.len() + 3, "{url}: a version");
        let (status, headers, body) = send(&state, get(&url)).await;
        assert_eq!(status, StatusCode::OK, "{url}");
        assert!(header_text(&headers, header::CONTENT_TYPE).starts_with(content_type));
        assert!(header_text(&headers, header::CACHE_CONTROL).contains("immutable"));
        assert!(String::from_utf8_lossy(&body).contains(contains), "{url}");
    }
    // The page itself is not kept by caches: it carries the session's CSRF token.
    let (_, headers, _) = send(&state, get("/")).await;
    assert_eq!(header_text(&headers, header::CACHE_CONTROL), "no-store");
}

#[tokio::test]
async fn wrong_tokens_count_against_the_rate_limit() {
    let two_a_minute = Limits {
        requests_per_minute: 2,
        ..Limits::default()
    };
    let state = state(Some("secret"), two_a_minute).await;
    let guess = |token: &str| {
        Request::get("/v1/rules")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap_or_default()
    };
    for token in ["a", "b"] {
        assert_eq!(send(&state, guess(token)).await.0, StatusCode::UNAUTHORIZED);
    }
    let (status, _, body) = send(&state, guess("c")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(json(&body)["error"]["code"], "rate_limited");
}

#[tokio::test]
async fn a_client_over_the_rate_limit_is_told_when_to_come_back() {
    let two_a_minute = Limits {
        requests_per_minute: 2,
        ..Limits::default()
    };
    let state = state(None, two_a_minute).await;
    let cheap = || {
        Request::post("/v1/check")
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("x"))
            .unwrap_or_default()
    };
    for _ in 0..2 {
        assert_eq!(
            send(&state, cheap()).await.0,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
    }
    for route in ["/v1/check", "/v1/facts"] {
        let (status, headers, body) = send(&state, upload(route, &tiny_tender())).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{route}");
        let error = json(&body);
        assert_eq!(error["error"]["code"], "rate_limited");
        conforms(route, "post", status, &error);
        let retry_after: u64 = header_text(&headers, header::RETRY_AFTER)
            .parse()
            .unwrap_or_else(|e| panic!("Retry-After: {e}"));
        assert!((1..=30).contains(&retry_after), "{retry_after}");
    }
    assert_eq!(
        send(&state, get("/v1/rules")).await.0,
        StatusCode::OK,
        "reading is not limited"
    );
    // 0 is no limit.
    let unlimited = self::state(
        None,
        Limits {
            requests_per_minute: 0,
            ..Limits::default()
        },
    )
    .await;
    for _ in 0..100 {
        assert_eq!(
            send(&unlimited, cheap()).await.0,
            StatusCode::UNSUPPORTED_MEDIA_TYPE
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_beyond_the_queue_are_turned_away_at_once() {
    let one_at_a_time = Limits {
        concurrent_documents: 1,
        max_waiting_uploads: 0,
        requests_per_minute: 0,
        ..Limits::default()
    };
    let state = state(None, one_at_a_time).await;
    // Uploads sent together: one holds the only permit, the others find no place to wait.
    let uploads: Vec<_> = (0..6)
        .map(|_| {
            let state = state.clone();
            tokio::spawn(async move {
                let files = [("cctp.pdf", fixture("fr_cctp_suite_collaborative.pdf"))];
                send(&state, upload("/v1/check", &files)).await
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for upload in uploads {
        let (status, headers, body) = upload.await.unwrap_or_else(|e| panic!("{e}"));
        if status == StatusCode::SERVICE_UNAVAILABLE {
            let error = json(&body);
            assert_eq!(error["error"]["code"], "busy");
            conforms("/v1/check", "post", status, &error);
            assert_eq!(header_text(&headers, header::RETRY_AFTER), "5");
        }
        statuses.push(status);
    }
    assert!(statuses.contains(&StatusCode::OK), "{statuses:?}");
    assert!(
        statuses.contains(&StatusCode::SERVICE_UNAVAILABLE),
        "{statuses:?}"
    );
}

/// One HTTP/1.1 exchange over a fresh connection: the whole answer.
fn exchange(addr: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap_or_else(|e| panic!("{e}"));
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .ok();
    stream
        .write_all(request.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
}

#[test]
fn the_token_never_reaches_the_server_s_log() {
    use std::io::{BufRead, BufReader, Read};
    let token = "s3cret-in-no-log";
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_tenderlint"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db", ":memory:"])
        .env("TENDERLINT_TOKEN", token)
        .env("RUST_LOG", "tenderlint=trace,info")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut log = BufReader::new(server.stderr.take().unwrap_or_else(|| panic!("no stderr")));
    let mut first = String::new();
    let _ = log.read_line(&mut first);
    let addr = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .to_string();
    let form = format!("token={token}");
    let requests = [
        format!(
            "POST /login HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            form.len()
        ),
        format!(
            "POST /login HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}x",
            form.len() + 1
        ),
        format!(
            "GET /v1/rules?token={token} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"
        ),
        format!(
            "GET /v1/rules HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}x\r\nConnection: close\r\n\r\n"
        ),
        format!(
            "POST /v1/check?profile={token} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
        ),
    ];
    let answers: Vec<String> = requests.iter().map(|r| exchange(&addr, r)).collect();
    assert!(answers[0].starts_with("HTTP/1.1 303"), "{}", answers[0]);
    assert!(answers[2].starts_with("HTTP/1.1 200"), "{}", answers[2]);
    assert!(answers[3].starts_with("HTTP/1.1 401"), "{}", answers[3]);
    let _ = server.kill();
    let _ = server.wait();
    let mut rest = String::new();
    let _ = log.read_to_string(&mut rest);
    let log = first + &rest;
    assert_eq!(log.matches(" request").count(), requests.len(), "{log}");
    assert!(!log.contains(token), "{log}");
}

#[tokio::test]
async fn files_uploaded_as_a_package_are_judged_together() {
    let state = state(None, Limits::default()).await;
    let files = [
        (
            "CCTP.pdf",
            fixture("packages/fr_dce_contradiction/CCTP.pdf"),
        ),
        (
            "Annexe_2_exploitation.docx",
            fixture("packages/fr_dce_contradiction/Annexe_2_exploitation.docx"),
        ),
    ];
    let (status, headers, body) = send(&state, upload("/v1/check?package=true", &files)).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    let report = json(&body);
    conforms("/v1/check", "post", status, &report);
    let documents = report["documents"].as_array().cloned().unwrap_or_default();
    assert_eq!(documents.len(), 1, "one consultation file");
    assert_eq!(documents[0]["members"].as_array().map(Vec::len), Some(2));
    let contradiction = documents[0]["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule"] == "data_location.contradiction")
        .cloned()
        .unwrap_or_default();
    let quoted: Vec<&str> = contradiction["evidence"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["document"].as_str())
        .collect();
    assert_eq!(quoted, ["CCTP.pdf", "Annexe_2_exploitation.docx"]);
    // The package is one record in the history.
    let ids = headers
        .get("x-tenderlint-check-ids")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(!ids.is_empty() && !ids.contains(','), "{ids}");
    // Without `package`, the same files are two documents judged one by one.
    let (_, _, body) = send(&state, upload("/v1/check", &files)).await;
    assert_eq!(json(&body)["documents"].as_array().map(Vec::len), Some(2));
    // Their facts, merged; a document that cannot be read is named in the notes, as /v1/check
    // names it in the report's errors, and the others are answered.
    let mut with_broken = files.to_vec();
    with_broken.push(("Annexe_3.pdf", b"%PDF-1.7\nbroken".to_vec()));
    let (status, _, body) = send(&state, upload("/v1/facts?package=true", &with_broken)).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    let facts = json(&body);
    assert_eq!(facts.as_array().map(Vec::len), Some(1));
    assert_eq!(facts[0]["documents"].as_array().map(Vec::len), Some(2));
    let notes = facts[0]["notes"].to_string();
    assert!(notes.contains("not read: Annexe_3.pdf"), "{notes}");
    let (status, _, body) = send(&state, upload("/v1/check?package=true", &with_broken)).await;
    assert_eq!(status, StatusCode::OK);
    let report = json(&body);
    assert_eq!(
        report["documents"][0]["unreadable_members"][0],
        "Annexe_3.pdf"
    );
}
