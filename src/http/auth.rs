//! The token that protects the API and the page: `Authorization: Bearer`, or a session cookie
//! set by the login form. The cookie never holds the token itself, only a digest of it under a
//! key made at start-up, so a leaked cookie dies with the server process and reveals nothing.
//! A browser sends the cookie by itself, so a state-changing request authorised by it must also
//! carry the session's CSRF token (`X-CSRF-Token`), which only the page, served to that session,
//! knows.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::error::ApiError;
use super::state::AppState;

const SESSION_COOKIE: &str = "tenderlint_session";

/// The header the page sends its CSRF token in.
const CSRF_HEADER: &str = "x-csrf-token";

/// The secret that session cookies are derived with.
pub(super) struct SessionKey([u8; 32]);

impl SessionKey {
    /// A fresh key from the operating system's randomness.
    pub(super) fn random() -> Result<Self, String> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| e.to_string())?;
        Ok(SessionKey(key))
    }

    /// A secret for one purpose (the session cookie, the CSRF token), derived from the token.
    /// The purpose comes first, so no derived value extends into another.
    fn derive(&self, purpose: &str, token: &str) -> String {
        let mut bytes = self.0.to_vec();
        bytes.extend_from_slice(purpose.as_bytes());
        bytes.push(0);
        bytes.extend_from_slice(token.as_bytes());
        crate::digest::sha256_hex(&bytes)
    }

    /// The session cookie's value for a token.
    fn session(&self, token: &str) -> String {
        self.derive("session", token)
    }

    /// The CSRF token of the session made from a token.
    fn csrf(&self, token: &str) -> String {
        self.derive("csrf", token)
    }
}

/// Compares in constant time, the lengths included: what is compared is their digests.
fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (
        crate::digest::sha256_hex(a.as_bytes()),
        crate::digest::sha256_hex(b.as_bytes()),
    );
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// How a request is let in, if it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Access {
    /// No token is set: everyone is.
    Open,
    /// With the token in `Authorization: Bearer`.
    Bearer,
    /// With the session cookie of the login form.
    Session,
    /// Not at all.
    Refused,
}

/// How the request is let in: by the token in `Authorization` (which then decides alone), by a
/// session made from it, or by the server having no token.
pub(super) fn access(state: &AppState, headers: &HeaderMap) -> Access {
    let Some(token) = &state.token else {
        return Access::Open;
    };
    if let Some(bearer) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return if same_secret(bearer.trim(), token) {
            Access::Bearer
        } else {
            Access::Refused
        };
    }
    let session = CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .is_some_and(|cookie| same_secret(cookie.value(), &state.session_key.session(token)));
    if session {
        Access::Session
    } else {
        Access::Refused
    }
}

/// The CSRF token a request let in this way must carry to change anything: only a session has
/// one, since only a cookie is sent by the browser on its own.
pub(super) fn csrf_token(state: &AppState, access: Access) -> Option<String> {
    match (access, &state.token) {
        (Access::Session, Some(token)) => Some(state.session_key.csrf(token)),
        _ => None,
    }
}

/// Middleware: 401 unless let in; 403 for a state-changing request of a session without its
/// CSRF token.
pub(super) async fn require_token(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let access = access(&state, request.headers());
    if access == Access::Refused {
        if let Err(refused) = super::guard::charge(&state, &request) {
            return refused.into_response();
        }
        return ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "A valid token is required (Authorization: Bearer, or log in on the page).",
        )
        .into_response();
    }
    if let Some(expected) = csrf_token(&state, access)
        && !request.method().is_safe()
    {
        let sent = request
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !same_secret(sent, &expected) {
            return ApiError::new(
                StatusCode::FORBIDDEN,
                "csrf",
                "The request lacks the page's CSRF token (X-CSRF-Token); reload the page.",
            )
            .into_response();
        }
    }
    next.run(request).await
}

/// The login form's fields.
#[derive(Deserialize)]
pub(super) struct LoginForm {
    token: String,
}

/// `POST /login`: a session cookie for the right token, back to the page either way.
pub(super) async fn login(
    State(state): State<Arc<AppState>>,
    jar: CookieJar,
    axum::Form(form): axum::Form<LoginForm>,
) -> Response {
    match &state.token {
        Some(token) if same_secret(&form.token, token) => {
            let cookie = Cookie::build((SESSION_COOKIE, state.session_key.session(token)))
                .path("/")
                .http_only(true)
                .same_site(SameSite::Strict)
                .secure(state.secure_cookies)
                .build();
            (jar.add(cookie), Redirect::to("/")).into_response()
        }
        Some(_) => Redirect::to("/?login=failed").into_response(),
        None => Redirect::to("/").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_exactly() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }

    #[test]
    fn a_session_is_not_the_token_and_depends_on_the_key() {
        let (Ok(one), Ok(two)) = (SessionKey::random(), SessionKey::random()) else {
            panic!("no randomness");
        };
        let session = one.session("s3cret-token");
        assert!(!session.contains("s3cret-token"));
        assert_eq!(session, one.session("s3cret-token"));
        assert_ne!(session, two.session("s3cret-token"));
        assert_ne!(session, one.csrf("s3cret-token"), "one secret per purpose");
    }
}
