//! `GET /openapi.json`: the OpenAPI 3.1 description of this API.

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The OpenAPI 3.1 description of this API.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// The handler.
pub(in crate::http) async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}
