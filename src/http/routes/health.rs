//! `GET /healthz` (the process answers) and `GET /readyz` (policies loaded, history reachable:
//! a replica whose database is down is taken out of the load balancer's rotation).

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::super::state::AppState;

/// Liveness.
pub(in crate::http) async fn healthz() -> axum::Json<serde_json::Value> {
    axum::Json(json!({ "status": "ok" }))
}

/// Readiness, with the policy set in force.
pub(in crate::http) async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    let history = match &state.history {
        Some(history) => Some((history.backend(), history.ping().await)),
        None => None,
    };
    let history_ok = history.is_none_or(|(_, reachable)| reachable);
    let checker = state.checker();
    let body = json!({
        "status": if history_ok { "ready" } else { "not_ready" },
        "policy": { "hash": checker.policy_hash(), "profile": state.profile, "rules": checker.rules().len() },
        "history": history.map(|(backend, reachable)| json!({ "backend": backend, "reachable": reachable })),
    });
    let status = if history_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(body)).into_response()
}
