//! `GET /v1/rules` and `GET /v1/rules/{id}`: the rules of the policy set in force.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::super::error::ApiError;
use super::super::state::AppState;

/// Every rule.
pub(in crate::http) async fn rules(State(state): State<Arc<AppState>>) -> Response {
    axum::Json(state.checker().rules().to_vec()).into_response()
}

/// One rule.
pub(in crate::http) async fn rule(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let checker = state.checker();
    let rule = checker
        .rule(&id)
        .ok_or_else(|| ApiError::not_found(format!("no rule {id:?}")))?;
    Ok(axum::Json(rule.clone()).into_response())
}
