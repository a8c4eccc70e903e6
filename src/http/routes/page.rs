//! `GET /`: the officers' page, in French or English from `?lang=` or `Accept-Language`.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use super::super::auth::authorised;
use super::super::state::AppState;

/// The query of `GET /`.
#[derive(Debug, Deserialize, Default)]
pub(in crate::http) struct PageQuery {
    lang: Option<String>,
}

const PAGE: &str = include_str!("../page.html");

/// The handler.
pub(in crate::http) async fn page(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_follows_accept_language() {
        assert_eq!(preferred_language("fr-FR,fr;q=0.9,en;q=0.8"), "fr");
        assert_eq!(preferred_language("de-DE,en;q=0.8,fr;q=0.5"), "en");
        assert_eq!(preferred_language(""), "en");
    }
}
