//! The token that protects the API and the page: `Authorization: Bearer`, or a session cookie
//! set by the login form. The cookie never holds the token itself, only the time the session
//! lapses and a signature of it under a key derived from the token. Replicas given the same
//! token therefore accept each other's sessions with nothing shared but the token, and a new
//! token ends every session. A browser sends the cookie by itself, so a state-changing request
//! authorised by it must also carry the session's CSRF token (`X-CSRF-Token`), which only the
//! page, served to that session, knows.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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

/// How long a session lasts when the configuration does not say.
pub const DEFAULT_SESSION_LIFETIME: Duration = Duration::from_secs(12 * 3600);

/// The token every protected route requires, with what its sessions are signed with.
pub(super) struct Token {
    value: String,
    session_key: SessionKey,
    session_lifetime: Duration,
}

impl Token {
    /// The token, and sessions lasting `session_lifetime`.
    pub(super) fn new(value: String, session_lifetime: Duration) -> Self {
        Token {
            session_key: SessionKey::of_token(&value),
            value,
            session_lifetime,
        }
    }
}

/// The secret that session cookies and CSRF tokens are signed with.
struct SessionKey([u8; 32]);

impl SessionKey {
    /// Derived from the token, never random: any replica given the token signs and checks the
    /// same sessions, and a restart keeps them.
    fn of_token(token: &str) -> Self {
        SessionKey(crate::digest::sha256(
            format!("tenderlint session key\0{token}").as_bytes(),
        ))
    }

    /// The signature of a session's lapse time for one purpose (the cookie, the CSRF token).
    /// The purpose comes first, so no signature stands for another.
    fn sign(&self, purpose: &str, expires: u64) -> String {
        crate::digest::hmac_sha256_hex(&self.0, format!("{purpose}\0{expires}").as_bytes())
    }

    /// The cookie of a session that lapses at `expires` (seconds since the epoch): that time
    /// and its signature.
    fn session(&self, expires: u64) -> String {
        format!("{expires}.{}", self.sign("session", expires))
    }

    /// When the session of a cookie lapses, if this key signed it and it has not lapsed by
    /// `now`.
    fn verify(&self, cookie: &str, now: u64) -> Option<u64> {
        let (expires, signature) = cookie.split_once('.')?;
        let expires: u64 = expires.parse().ok()?;
        (expires > now && same_secret(signature, &self.sign("session", expires))).then_some(expires)
    }

    /// The CSRF token of the session that lapses at `expires`.
    fn csrf(&self, expires: u64) -> String {
        self.sign("csrf", expires)
    }
}

/// Seconds since the epoch. Replicas compare lapse times with their own clocks, which should
/// agree to the minute (NTP).
fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
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
    /// With the session cookie of the login form, lapsing at this time.
    Session(u64),
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
        return if same_secret(bearer.trim(), &token.value) {
            Access::Bearer
        } else {
            Access::Refused
        };
    }
    CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .and_then(|cookie| token.session_key.verify(cookie.value(), unix_now()))
        .map_or(Access::Refused, Access::Session)
}

/// The CSRF token a request let in this way must carry to change anything: only a session has
/// one, since only a cookie is sent by the browser on its own.
pub(super) fn csrf_token(state: &AppState, access: Access) -> Option<String> {
    match (access, &state.token) {
        (Access::Session(expires), Some(token)) => Some(token.session_key.csrf(expires)),
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
        Some(token) if same_secret(&form.token, &token.value) => {
            let expires = unix_now().saturating_add(token.session_lifetime.as_secs());
            // No Max-Age: the browser forgets the cookie when it closes, and the server
            // refuses it once its signed lapse time has passed.
            let cookie = Cookie::build((SESSION_COOKIE, token.session_key.session(expires)))
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
    fn a_session_is_signed_by_the_token_and_lapses() {
        let (one, two) = (
            SessionKey::of_token("s3cret-token"),
            SessionKey::of_token("other-token"),
        );
        let session = one.session(2_000);
        assert!(!session.contains("s3cret-token"));
        assert_eq!(
            session,
            SessionKey::of_token("s3cret-token").session(2_000),
            "another replica with the token makes the same cookie"
        );
        assert_eq!(one.verify(&session, 1_999), Some(2_000));
        assert_eq!(one.verify(&session, 2_000), None, "lapsed");
        assert_eq!(two.verify(&session, 1_000), None, "another token's key");
        let later = session.replacen("2000.", "9000.", 1);
        assert_eq!(one.verify(&later, 1_000), None, "a lapse time moved");
        assert_ne!(
            session.split_once('.').map(|(_, s)| s.to_string()),
            Some(one.csrf(2_000)),
            "one secret per purpose"
        );
    }
}
