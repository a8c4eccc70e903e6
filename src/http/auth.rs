//! The token that protects the API and the page: `Authorization: Bearer`, or a session cookie
//! set by the login form. The cookie never holds the token itself, only a digest of it under a
//! key made at start-up, so a leaked cookie dies with the server process and reveals nothing.

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

/// The secret that session cookies are derived with.
pub(super) struct SessionKey([u8; 32]);

impl SessionKey {
    /// A fresh key from the operating system's randomness.
    pub(super) fn random() -> Result<Self, String> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| e.to_string())?;
        Ok(SessionKey(key))
    }

    /// The session cookie's value for a token.
    fn session(&self, token: &str) -> String {
        let mut bytes = self.0.to_vec();
        bytes.extend_from_slice(token.as_bytes());
        crate::digest::sha256_hex(&bytes)
    }
}

/// Compares without leaking where the strings differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// Whether the request carries the token (or a session made from it), or no token is set.
pub(super) fn authorised(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(token) = &state.token else {
        return true;
    };
    if let Some(bearer) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        return same_secret(bearer.trim(), token);
    }
    CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .is_some_and(|cookie| same_secret(cookie.value(), &state.session_key.session(token)))
}

/// Middleware: 401 unless authorised.
pub(super) async fn require_token(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    if authorised(&state, request.headers()) {
        next.run(request).await
    } else {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "A valid token is required (Authorization: Bearer, or log in on the page).",
        )
        .into_response()
    }
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
    }
}
