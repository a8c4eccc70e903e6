//! `POST /v1/check`: documents in a multipart upload (all checked, or none recorded), or facts
//! as JSON.

use std::sync::Arc;

use axum::extract::{FromRequest, Multipart, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;

use super::super::error::ApiError;
use super::super::history::CheckRecord;
use super::super::state::AppState;
use super::super::upload::{as_package, limited, uploaded_files};
use super::{asked_language, format_of, refuse_unreadable, rendered};
use crate::model::{DocumentReport, Facts, Report};
use crate::pipeline::{CheckOptions, Input};

/// The query of `POST /v1/check`.
#[derive(Debug, Deserialize, Default)]
pub(in crate::http) struct CheckQuery {
    format: Option<String>,
    profile: Option<String>,
    /// The language of the findings (`Accept-Language` otherwise; the tender's own when
    /// neither names one the policy set writes in).
    lang: Option<String>,
    /// The files of the upload are one consultation file, judged together.
    #[serde(default)]
    package: bool,
}

/// The handler.
pub(in crate::http) async fn check(
    State(state): State<Arc<AppState>>,
    Query(query): Query<CheckQuery>,
    headers: HeaderMap,
    body: Request,
) -> Result<Response, ApiError> {
    let checker = state.checker();
    let profile = query.profile.unwrap_or_else(|| state.profile.clone());
    checker
        .check_profile(&profile)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    let format = format_of(query.format.as_deref())?;
    // One permit per upload: its documents are checked one after another on one thread.
    let options = CheckOptions {
        profile,
        lang: asked_language(query.lang.as_deref(), &headers, &checker.languages()),
        jobs: 1,
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
            ApiError::bad_request(format!(
                "the body is not {} JSON: {e}",
                crate::model::FACTS_SCHEMA
            ))
        })?;
        // Judged on a worker under a permit, like uploads: facts JSON can be large.
        let judged = {
            let checker = checker.clone();
            limited(&state, options, 1, move |options| {
                checker.check_facts(&facts, &options)
            })
            .await?
        };
        let report = judged.map_err(|e| ApiError::bad_request(e.to_string()))?;
        return rendered(&report, &checker, format);
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
    // The backstop allows each uploaded file its time, whether or not they are one package.
    let count = files.len();
    let inputs = as_package(files, query.package);
    let identity = checker.identity(&options.profile, options.as_of);
    let results = {
        let (checker, inputs) = (checker.clone(), inputs.clone());
        limited(&state, options, count, move |options| {
            checker.check_each(&inputs, &options, &|| {})
        })
        .await?
        .map_err(|e| ApiError::bad_request(e.to_string()))?
    };
    refuse_unreadable(&results)?;
    let documents: Vec<DocumentReport> = results.into_iter().flatten().collect();
    let mut ids = Vec::new();
    for (input, document) in inputs.iter().zip(&documents) {
        ids.extend(record(&state, input, document, &identity).await);
    }
    let report = Report::from_documents(documents, identity);
    let mut response = rendered(&report, &checker, format)?;
    if let Ok(value) = HeaderValue::from_str(&ids.join(",")) {
        response
            .headers_mut()
            .insert("x-tenderlint-check-ids", value);
    }
    Ok(response)
}

/// Keeps a checked document in the history (and its bytes with `--keep-documents`); its id.
async fn record(
    state: &AppState,
    input: &Input,
    document: &DocumentReport,
    identity: &crate::model::PolicyIdentity,
) -> Option<String> {
    let history = state.history.as_ref()?;
    // The bytes kept with `--keep-documents` are those of one uploaded file (a zip included); a
    // package of several uploads keeps its report only.
    let (size, bytes) = match input {
        Input::Bytes { bytes, .. } => (bytes.len() as u64, Some(bytes.as_ref())),
        Input::Package { members, .. } => (
            members
                .iter()
                .map(|m| match m {
                    Input::Bytes { bytes, .. } => bytes.len() as u64,
                    _ => 0,
                })
                .sum(),
            None,
        ),
        Input::Path(_) => return None,
    };
    let report = Report::from_documents(vec![document.clone()], identity.clone());
    let record = CheckRecord {
        id: uuid::Uuid::new_v4().simple().to_string(),
        time: super::super::history::now_rfc3339(),
        file: document.path.clone(),
        sha256: document.sha256.clone(),
        size,
        policy_hash: identity.hash.clone(),
        profile: identity.profile.clone(),
        summary: report.summary.clone(),
    };
    let kept = bytes.filter(|_| state.keep_documents);
    match history.record(&record, &report, kept).await {
        Ok(()) => Some(record.id),
        Err(error) => {
            tracing::error!("cannot record the check: {error}");
            None
        }
    }
}
