//! `GET /v1/checks` and `GET /v1/checks/{id}`: the history of checks, a page at a time, and
//! one report again in any format.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::super::error::ApiError;
use super::super::history::{Cursor, History};
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

/// The checks a page of the history holds when the query does not say.
pub(in crate::http) const DEFAULT_PAGE: usize = 50;

/// The most a page of the history holds.
pub(in crate::http) const MAX_PAGE: usize = 500;

/// The query of `GET /v1/checks`.
#[derive(Debug, Deserialize, Default)]
pub(in crate::http) struct PageQuery {
    /// Checks on the page, 1 to [`MAX_PAGE`].
    limit: Option<usize>,
    /// Where the page starts: the `next` of the page before.
    cursor: Option<String>,
}

/// A page of the history, newest first, with the cursor of the next.
pub(in crate::http) async fn checks(
    State(state): State<Arc<AppState>>,
    Query(query): Query<PageQuery>,
) -> Result<Response, ApiError> {
    let limit = query.limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {MAX_PAGE}"
        )));
    }
    let cursor = match query.cursor.as_deref() {
        Some(text) => Some(Cursor::parse(text).ok_or_else(|| {
            ApiError::bad_request("unknown cursor: pass back the `next` of a page as it is")
        })?),
        None => None,
    };
    let page = history_of(&state)?
        .list(limit, cursor.as_ref())
        .await
        .map_err(ApiError::internal)?;
    Ok(axum::Json(page).into_response())
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
        .await
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
