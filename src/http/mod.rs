//! The HTTP surface: a JSON API under `/v1/` and a page for procurement officers at `/`, over
//! the same pipeline as the command line. `app(state)` builds the router, so tests drive it
//! without a socket.

mod history;

use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::Semaphore;

pub use history::{CheckRecord, History, HistoryError};

use crate::ingest::{IngestError, detect_format};
use crate::model::{Facts, Report};
use crate::pipeline::{CheckOptions, Checker, Input};
use crate::policy::PolicySet;
use crate::report::check as render;

/// Limits that keep the server up under hostile or heavy use.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, in bytes.
    pub max_upload_bytes: usize,
    /// Longest time to check one document.
    pub document_timeout: Duration,
    /// Documents checked at once, over all requests.
    pub concurrent_documents: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_upload_bytes: 50 * 1024 * 1024,
            document_timeout: Duration::from_secs(60),
            concurrent_documents: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }
}

/// What the server shares between requests.
pub struct AppState {
    checker: RwLock<Arc<Checker>>,
    /// Where the policies come from, to reload them; empty for the bundled pack.
    policy_dirs: Vec<PathBuf>,
    profile: String,
    limits: Limits,
    permits: Arc<Semaphore>,
    history: Option<History>,
    keep_documents: bool,
    token: Option<String>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("profile", &self.profile)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

/// How the server is set up.
#[derive(Debug, Clone, Default)]
pub struct ServerConfig {
    pub policy_dirs: Vec<PathBuf>,
    pub profile: Option<String>,
    pub limits: Limits,
    /// SQLite file for the history; `None` keeps no history.
    pub db: Option<PathBuf>,
    pub keep_documents: bool,
    pub token: Option<String>,
}

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Check(#[from] crate::pipeline::CheckError),
    #[error(transparent)]
    Policy(#[from] crate::policy::PolicyError),
    #[error(transparent)]
    History(#[from] HistoryError),
}

fn load_checker(dirs: &[PathBuf]) -> Result<Checker, ServerError> {
    let policies = if dirs.is_empty() {
        PolicySet::bundled()?
    } else {
        PolicySet::load_many(dirs)?
    };
    Ok(Checker::new(policies)?)
}

impl AppState {
    pub fn new(config: ServerConfig) -> Result<Arc<Self>, ServerError> {
        let checker = load_checker(&config.policy_dirs)?;
        let profile = config
            .profile
            .unwrap_or_else(|| crate::policy::DEFAULT_PROFILE.to_string());
        checker.policies().check_profile(&profile)?;
        let history = match &config.db {
            Some(path) if path.as_os_str() == ":memory:" => Some(History::in_memory()?),
            Some(path) => Some(History::open(path)?),
            None => None,
        };
        Ok(Arc::new(AppState {
            checker: RwLock::new(Arc::new(checker)),
            policy_dirs: config.policy_dirs,
            profile,
            permits: Arc::new(Semaphore::new(config.limits.concurrent_documents.max(1))),
            limits: config.limits,
            history,
            keep_documents: config.keep_documents,
            token: config.token.filter(|t| !t.is_empty()),
        }))
    }

    fn checker(&self) -> Arc<Checker> {
        self.checker
            .read()
            .map_or_else(|poisoned| poisoned.into_inner().clone(), |c| c.clone())
    }

    /// Loads the policies again; the server keeps the old set if the new one does not load.
    pub fn reload(&self) -> Result<String, ServerError> {
        let checker = load_checker(&self.policy_dirs)?;
        let hash = checker.policies().hash().to_string();
        match self.checker.write() {
            Ok(mut current) => *current = Arc::new(checker),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(checker),
        }
        Ok(hash)
    }

    pub fn policy_dirs(&self) -> &[PathBuf] {
        &self.policy_dirs
    }
}

/// A JSON error: `{"error": {"code", "message"}}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    /// A server fault: the cause is logged, the client gets a generic message.
    fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {cause}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "The server could not complete the request.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "code": self.code, "message": self.message } });
        (self.status, axum::Json(body)).into_response()
    }
}

/// The routes. Everything but the health checks, the login form and the page's shell requires
/// the token when one is set.
pub fn app(state: Arc<AppState>) -> Router {
    let protected = Router::new()
        .route("/v1/check", post(check))
        .route("/v1/facts", post(facts))
        .route("/v1/rules", get(rules))
        .route("/v1/rules/{id}", get(rule))
        .route("/v1/checks", get(checks))
        .route("/v1/checks/{id}", get(check_by_id))
        .route("/openapi.json", get(openapi))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_token));
    Router::new()
        .route("/", get(page))
        .route("/login", post(login))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .merge(protected)
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(state.limits.max_upload_bytes))
        .layer(middleware::from_fn(json_errors))
        .layer(middleware::from_fn(log_request))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "No such route.")
}

/// One log line per request.
async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let start = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        method = %method,
        path = %path,
        status = response.status().as_u16(),
        ms = format!("{:.1}", start.elapsed().as_secs_f64() * 1e3),
        "request"
    );
    response
}

/// Errors that axum produces itself (body too large, bad JSON, wrong method) come as plain text:
/// give them the API's JSON shape.
async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let code = match status {
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_format",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::UNPROCESSABLE_ENTITY => "unprocessable",
        StatusCode::UNAUTHORIZED => "unauthorized",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    };
    let message = if status.is_server_error() {
        "The server could not complete the request.".to_string()
    } else {
        let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024)
            .await
            .unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).trim().to_string();
        if text.is_empty() {
            status.canonical_reason().unwrap_or("error").to_string()
        } else {
            text
        }
    };
    ApiError::new(status, code, message).into_response()
}

const SESSION_COOKIE: &str = "tenderlint_session";

fn presented_token(headers: &HeaderMap) -> Option<String> {
    if let Some(bearer) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return Some(bearer.trim().to_string());
    }
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            pair.trim()
                .strip_prefix(&format!("{SESSION_COOKIE}="))
                .map(str::to_string)
        })
}

/// Compares without leaking where the strings differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn authorised(state: &AppState, headers: &HeaderMap) -> bool {
    match &state.token {
        None => true,
        Some(token) => presented_token(headers).is_some_and(|given| same_secret(&given, token)),
    }
}

async fn require_token(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    if authorised(&state, request.headers()) {
        next.run(request).await
    } else {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "A valid token is required (Authorization: Bearer, or log in on the page).",
        )
        .into_response()
    }
}

#[derive(Deserialize)]
struct LoginForm {
    token: String,
}

async fn login(
    State(state): State<Arc<AppState>>,
    axum::Form(form): axum::Form<LoginForm>,
) -> Response {
    match &state.token {
        Some(token) if same_secret(&form.token, token) => {
            let cookie = format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict");
            let mut response = Redirect::to("/").into_response();
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Some(_) => Redirect::to("/?login=failed").into_response(),
        None => Redirect::to("/").into_response(),
    }
}

async fn healthz() -> axum::Json<serde_json::Value> {
    axum::Json(json!({ "status": "ok" }))
}

async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    let history_ok = state.history.as_ref().is_none_or(History::ping);
    let checker = state.checker();
    let body = json!({
        "status": if history_ok { "ready" } else { "not_ready" },
        "policy": { "hash": checker.policies().hash(), "profile": state.profile, "rules": checker.policies().rules().len() },
        "history": state.history.is_some(),
    });
    let status = if history_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(body)).into_response()
}

#[derive(Debug, Deserialize, Default)]
struct CheckQuery {
    format: Option<String>,
    profile: Option<String>,
}

/// A rendering of a report in the format asked for.
fn rendered(
    report: &Report,
    checker: &Checker,
    format: Option<&str>,
) -> Result<Response, ApiError> {
    let (content_type, body) = match format.unwrap_or("json") {
        "json" => (
            "application/json",
            render::json(report).map_err(ApiError::internal)?,
        ),
        "sarif" => (
            "application/sarif+json",
            render::sarif(report, checker.policies().rules()).map_err(ApiError::internal)?,
        ),
        "markdown" => ("text/markdown; charset=utf-8", render::markdown(report)),
        "html" => ("text/html; charset=utf-8", render::html(report)),
        other => {
            return Err(ApiError::bad_request(format!(
                "unknown format {other:?}: json, sarif, markdown or html"
            )));
        }
    };
    Ok(([(header::CONTENT_TYPE, content_type)], body).into_response())
}

/// The files of a multipart upload, in order.
async fn uploaded_files(mut multipart: Multipart) -> Result<Vec<(String, Bytes)>, ApiError> {
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) => return Err(multipart_error(error)),
        };
        let name = field
            .file_name()
            .map(str::to_string)
            .or_else(|| field.name().map(str::to_string))
            .unwrap_or_else(|| format!("upload-{}", files.len() + 1));
        let bytes = field.bytes().await.map_err(multipart_error)?;
        files.push((name, bytes));
    }
    if files.is_empty() {
        return Err(ApiError::bad_request(
            "no file in the upload (multipart/form-data with one or more files)",
        ));
    }
    Ok(files)
}

fn multipart_error(error: axum::extract::multipart::MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "The upload is over the size limit.",
        )
    } else {
        ApiError::bad_request(format!("malformed upload: {}", error.body_text()))
    }
}

/// Checks one uploaded document on a blocking thread, under the concurrency and time limits.
async fn check_document(
    state: &Arc<AppState>,
    checker: Arc<Checker>,
    name: String,
    bytes: Bytes,
    options: CheckOptions,
) -> Result<Report, ApiError> {
    let input = Input::Bytes {
        name,
        bytes: bytes.to_vec(),
    };
    limited(state, move || checker.check(&[input], &options, &|| {}))
        .await?
        .map_err(|error| ApiError::bad_request(error.to_string()))
}

/// Runs blocking work on a document under the server's concurrency and time limits.
async fn limited<T: Send + 'static>(
    state: &Arc<AppState>,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let _permit = state
        .permits
        .clone()
        .acquire_owned()
        .await
        .map_err(ApiError::internal)?;
    let task = tokio::task::spawn_blocking(work);
    match tokio::time::timeout(state.limits.document_timeout, task).await {
        Err(_) => Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "timeout",
            format!(
                "the document took longer than {:?} to check",
                state.limits.document_timeout
            ),
        )),
        Ok(result) => result.map_err(ApiError::internal),
    }
}

fn new_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let mut id = String::new();
    for salt in 0..2u64 {
        let mut hasher = state.build_hasher();
        hasher.write_u64(salt);
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        id.push_str(&format!("{:016x}", hasher.finish()));
    }
    id
}

fn record(state: &AppState, report: &Report, name: &str, bytes: &[u8]) -> Option<String> {
    let history = state.history.as_ref()?;
    let document = report.documents.first()?;
    let record = CheckRecord {
        id: new_id(),
        time: history::now_rfc3339(),
        file: name.to_string(),
        sha256: document.sha256.clone(),
        size: bytes.len() as u64,
        policy_hash: report.policy.hash.clone(),
        profile: report.policy.profile.clone(),
        summary: report.summary.clone(),
    };
    let kept = state.keep_documents.then_some(bytes);
    match history.record(&record, report, kept) {
        Ok(()) => Some(record.id),
        Err(error) => {
            tracing::error!("cannot record the check: {error}");
            None
        }
    }
}

/// `POST /v1/check`: documents in a multipart upload, or facts as JSON.
async fn check(
    State(state): State<Arc<AppState>>,
    Query(query): Query<CheckQuery>,
    headers: HeaderMap,
    body: Request,
) -> Result<Response, ApiError> {
    let checker = state.checker();
    let profile = query
        .profile
        .clone()
        .unwrap_or_else(|| state.profile.clone());
    checker
        .policies()
        .check_profile(&profile)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    let options = CheckOptions {
        profile,
        ..CheckOptions::default()
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("application/json") {
        let bytes = axum::body::to_bytes(body.into_body(), state.limits.max_upload_bytes)
            .await
            .map_err(|_| {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too_large",
                    "The request is over the size limit.",
                )
            })?;
        let facts: Facts = serde_json::from_slice(&bytes).map_err(|e| {
            ApiError::bad_request(format!("the body is not tenderlint.facts/v1 JSON: {e}"))
        })?;
        let report = checker
            .check_facts(&facts, &options)
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
        return rendered(&report, &checker, query.format.as_deref());
    }
    if !content_type.starts_with("multipart/form-data") {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Send multipart/form-data with files, or application/json facts.",
        ));
    }
    let multipart = Multipart::from_request(body, &state)
        .await
        .map_err(|e| ApiError::bad_request(e.body_text()))?;
    let files = uploaded_files(multipart).await?;
    let mut documents = Vec::new();
    let mut last: Option<Report> = None;
    let mut ids = Vec::new();
    for (name, bytes) in files {
        if let Err(IngestError::Unsupported { found }) = detect_format(&bytes, &name) {
            let error = IngestError::Unsupported { found };
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_format",
                format!("{name}: {error}"),
            ));
        }
        let report = check_document(
            &state,
            checker.clone(),
            name.clone(),
            bytes.clone(),
            options.clone(),
        )
        .await?;
        if let Some(document) = report.documents.first()
            && document.sha256.is_none()
        {
            let reason = document.errors.join("; ");
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "unreadable_document",
                format!("{name}: {reason}"),
            ));
        }
        if let Some(id) = record(&state, &report, &name, &bytes) {
            ids.push(id);
        }
        documents.extend(report.documents.clone());
        last = Some(report);
    }
    let Some(mut report) = last else {
        return Err(ApiError::bad_request("no file in the upload"));
    };
    report.documents = documents;
    report.summary = crate::model::Summary {
        documents: report.documents.len(),
        unreadable: 0,
        errors: count(&report, crate::model::Severity::Error),
        warnings: count(&report, crate::model::Severity::Warning),
        infos: count(&report, crate::model::Severity::Info),
        waived: report.documents.iter().map(|d| d.waived.len()).sum(),
    };
    let mut response = rendered(&report, &checker, query.format.as_deref())?;
    if let Ok(value) = HeaderValue::from_str(&ids.join(",")) {
        response
            .headers_mut()
            .insert("x-tenderlint-check-ids", value);
    }
    Ok(response)
}

fn count(report: &Report, severity: crate::model::Severity) -> usize {
    report
        .documents
        .iter()
        .flat_map(|d| &d.findings)
        .filter(|f| f.severity == severity)
        .count()
}

/// `POST /v1/facts`: the facts of uploaded documents.
async fn facts(
    State(state): State<Arc<AppState>>,
    multipart: Multipart,
) -> Result<Response, ApiError> {
    let files = uploaded_files(multipart).await?;
    let checker = state.checker();
    let mut all = Vec::new();
    for (name, bytes) in files {
        let checker = checker.clone();
        let ingest = crate::ingest::IngestOptions::default();
        let result = limited(&state, move || {
            crate::ingest::ingest_bytes(
                crate::ingest::Source {
                    name: &name,
                    bytes: &bytes,
                },
                &ingest,
            )
            .map(|document| checker.extractor().extract(&document))
        })
        .await?;
        match result {
            Ok(facts) => all.push(facts),
            Err(
                error @ crate::ingest::FileError {
                    error: IngestError::Unsupported { .. },
                    ..
                },
            ) => {
                return Err(ApiError::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_format",
                    error.to_string(),
                ));
            }
            Err(error) => {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "unreadable_document",
                    error.to_string(),
                ));
            }
        }
    }
    Ok(axum::Json(all).into_response())
}

async fn rules(State(state): State<Arc<AppState>>) -> Response {
    axum::Json(state.checker().policies().rules().to_vec()).into_response()
}

async fn rule(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let checker = state.checker();
    let rule = checker.policies().rule(&id).ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no rule {id:?}"),
        )
    })?;
    Ok(axum::Json(rule.clone()).into_response())
}

fn history_of(state: &AppState) -> Result<&History, ApiError> {
    state.history.as_ref().ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "no_history",
            "This server keeps no history (start it with --db).",
        )
    })
}

async fn checks(State(state): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let records = history_of(&state)?.list(200).map_err(ApiError::internal)?;
    Ok(axum::Json(records).into_response())
}

async fn check_by_id(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Query(query): Query<CheckQuery>,
) -> Result<Response, ApiError> {
    let report = history_of(&state)?
        .report(&id)
        .map_err(ApiError::internal)?
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                format!("no check {id:?}"),
            )
        })?;
    let checker = state.checker();
    let mut response = rendered(&report, &checker, query.format.as_deref())?;
    if matches!(query.format.as_deref(), Some("markdown" | "sarif" | "html")) {
        let extension = match query.format.as_deref() {
            Some("markdown") => "md",
            Some("sarif") => "sarif",
            _ => "html",
        };
        if let Ok(value) =
            HeaderValue::from_str(&format!("inline; filename=\"tenderlint-{id}.{extension}\""))
        {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, value);
        }
    }
    Ok(response)
}

/// The OpenAPI 3.1 description of this API.
pub const OPENAPI: &str = include_str!("openapi.json");

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

#[derive(Debug, Deserialize, Default)]
struct PageQuery {
    lang: Option<String>,
}

const PAGE: &str = include_str!("page.html");

/// The officers' page, in French or English from `?lang=` or `Accept-Language`.
async fn page(
    State(state): State<Arc<AppState>>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let accepted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let lang = match query.lang.as_deref() {
        Some("fr") => "fr",
        Some("en") => "en",
        _ => preferred_language(accepted),
    };
    let signed_in = authorised(&state, &headers);
    let html = PAGE
        .replace("{{lang}}", lang)
        .replace("{{auth}}", if signed_in { "ok" } else { "required" })
        .replace("{{profile}}", &state.profile);
    let mut response = Html(html).into_response();
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:"),
    );
    response
}

/// French when the browser asks for it before English; English otherwise.
fn preferred_language(accept_language: &str) -> &'static str {
    for part in accept_language.split(',') {
        let tag = part
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if tag.starts_with("fr") {
            return "fr";
        }
        if tag.starts_with("en") {
            return "en";
        }
    }
    "en"
}

/// Where the history goes by default: the user's data directory.
pub fn default_db_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share"))
        })?;
    Some(base.join("tenderlint").join("history.sqlite"))
}

/// The newest modification time under the policy directories, to notice edits.
fn newest_change(dirs: &[PathBuf]) -> Option<std::time::SystemTime> {
    let mut newest = None;
    let mut stack: Vec<PathBuf> = dirs.to_vec();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(modified) = entry.metadata().and_then(|m| m.modified()) {
                newest = newest.max(Some(modified));
            }
        }
    }
    newest
}

fn reload_and_log(state: &AppState, why: &str) {
    match state.reload() {
        Ok(hash) => tracing::info!("policies reloaded ({why}): {hash}"),
        Err(error) => {
            tracing::error!("policies not reloaded ({why}), the previous set stays: {error}")
        }
    }
}

/// Serves until SIGINT or SIGTERM, then finishes the requests under way. Reloads the policies
/// on SIGHUP, and when their files change if `watch` is set.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    watch: bool,
) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let hangup_state = state.clone();
        if let Ok(mut hangups) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
        {
            tokio::spawn(async move {
                while hangups.recv().await.is_some() {
                    reload_and_log(&hangup_state, "SIGHUP");
                }
            });
        }
    }
    if watch && !state.policy_dirs().is_empty() {
        let watched = state.clone();
        tokio::spawn(async move {
            let mut last = newest_change(watched.policy_dirs());
            loop {
                tokio::time::sleep(Duration::from_secs(2)).await;
                let now = newest_change(watched.policy_dirs());
                if now != last {
                    last = now;
                    reload_and_log(&watched, "files changed");
                }
            }
        });
    }
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing the requests under way");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_follows_accept_language() {
        assert_eq!(preferred_language("fr-FR,fr;q=0.9,en;q=0.8"), "fr");
        assert_eq!(preferred_language("de-DE,en;q=0.8,fr;q=0.5"), "en");
        assert_eq!(preferred_language(""), "en");
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
