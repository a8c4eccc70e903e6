//! `GET /`: the officers' page, in English, French or German from `?lang=` or `Accept-Language`; and
//! `GET /assets/page.js`, `GET /assets/page.css`, its script and style, which the page's CSP
//! lets run only from these files. What the script needs to know (language, whether to sign in,
//! the profile, the CSRF token) is in the page's attributes.

use std::sync::{Arc, LazyLock};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use super::super::auth::{Access, access, csrf_token};
use super::super::guard::PAGE_CSP;
use super::super::state::AppState;
use super::asked_language;

/// The query of `GET /`.
#[derive(Debug, Deserialize, Default)]
pub(in crate::http) struct PageQuery {
    lang: Option<String>,
}

/// The languages the page is written in (its script holds the words).
const PAGE_LANGUAGES: [&str; 3] = ["en", "fr", "de"];

const PAGE: &str = include_str!("../page.html");
const SCRIPT: &str = include_str!("../page.js");
const STYLE: &str = include_str!("../page.css");

/// A digest of the assets, in their URLs: browsers keep them for good, and an upgrade changes
/// the URLs.
static ASSETS_VERSION: LazyLock<String> = LazyLock::new(|| {
    crate::digest::sha256_hex(format!("{SCRIPT}{STYLE}").as_bytes())
        .chars()
        .take(12)
        .collect()
});

/// The handler.
pub(in crate::http) async fn page(
    State(state): State<Arc<AppState>>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = asked_language(query.lang.as_deref(), &headers, &PAGE_LANGUAGES)
        .unwrap_or_else(|| "en".to_string());
    let access = access(&state, &headers);
    let signed_in = access != Access::Refused;
    let html = PAGE
        .replace("{{lang}}", &lang)
        .replace("{{auth}}", if signed_in { "ok" } else { "required" })
        .replace(
            "{{profile}}",
            &maud::html! { (state.profile) }.into_string(),
        )
        .replace("{{csrf}}", &csrf_token(&state, access).unwrap_or_default())
        .replace("{{assets}}", &ASSETS_VERSION);
    let mut response = Html(html).into_response();
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(PAGE_CSP),
    );
    response
}

/// `GET /assets/page.js`.
pub(in crate::http) async fn script() -> Response {
    asset("text/javascript; charset=utf-8", SCRIPT)
}

/// `GET /assets/page.css`.
pub(in crate::http) async fn style() -> Response {
    asset("text/css; charset=utf-8", STYLE)
}

/// An asset, cacheable for good: its URL changes with its content.
fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response()
}
