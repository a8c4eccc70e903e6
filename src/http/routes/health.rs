//! `GET /healthz` (the process answers) and `GET /readyz` (policies loaded, history reachable).

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::super::history::History;
use super::super::state::AppState;

/// Liveness.
pub(in crate::http) async fn healthz() -> axum::Json<serde_json::Value> {
    axum::Json(json!({ "status": "ok" }))
}

/// Readiness, with the policy set in force.
pub(in crate::http) async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    let history_ok = state.history.as_ref().is_none_or(History::ping);
    let checker = state.checker();
    let body = json!({
        "status": if history_ok { "ready" } else { "not_ready" },
        "policy": { "hash": checker.policy_hash(), "profile": state.profile, "rules": checker.rules().len() },
        "history": state.history.is_some(),
    });
    let status = if history_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(body)).into_response()
}
