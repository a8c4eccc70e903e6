//! `GET /v1/checks` and `GET /v1/checks/{id}`: the history of checks, and one report again in
//! any format.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::super::error::ApiError;
use super::super::history::History;
use super::super::state::AppState;
use super::{asked_language, format_of, rendered};
use crate::report::Format;

/// The query of `GET /v1/checks/{id}`.
#[derive(Debug, Deserialize, Default)]
pub(in crate::http) struct FormatQuery {
    format: Option<String>,
    /// Write the findings again in this language (`Accept-Language` otherwise), when the
    /// report was judged by the policy set the server runs now.
    lang: Option<String>,
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

/// The latest checks, newest first.
pub(in crate::http) async fn checks(
    State(state): State<Arc<AppState>>,
) -> Result<Response, ApiError> {
    let records = history_of(&state)?.list(200).map_err(ApiError::internal)?;
    Ok(axum::Json(records).into_response())
}

/// One check's report; a download name for formats other than JSON.
pub(in crate::http) async fn check_by_id(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Query(query): Query<FormatQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let format = format_of(query.format.as_deref())?;
    let mut report = history_of(&state)?
        .report(&id)
        .map_err(ApiError::internal)?
        .ok_or_else(|| ApiError::not_found(format!("no check {id:?}")))?;
    let checker = state.checker();
    // The messages of another policy set may differ: its report stays as it was written.
    if report.policy.hash == checker.policy_hash()
        && let Some(lang) = asked_language(query.lang.as_deref(), &headers, &checker.languages())
    {
        for document in &mut report.documents {
            checker.localize(document, &lang);
        }
    }
    let mut response = rendered(&report, &checker, format)?;
    if format != Format::Json
        && let Ok(value) = HeaderValue::from_str(&format!(
            "inline; filename=\"tenderlint-{id}.{}\"",
            format.extension()
        ))
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
