//! What keeps the server safe to expose: security headers on every answer, no state-changing
//! request that a browser says comes from another site, a per-client rate limit on the routes
//! that do work, and a bounded queue before the upload permits.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::sync::OwnedSemaphorePermit;

use super::error::ApiError;
use super::state::AppState;

/// The page's policy: its script and style are files of this server, nothing inline.
pub(super) const PAGE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Every other answer runs no script at all; reports rendered as HTML carry their style inline.
const DEFAULT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// How long a client turned away by a full queue should wait: an upload takes about a second,
/// so a few seconds let the queue drain.
const BUSY_RETRY_AFTER: Duration = Duration::from_secs(5);

/// Beyond this many clients in the rate limiter, those idle for a minute (whose buckets are full
/// again, as good as new) are forgotten.
const MAX_TRACKED_CLIENTS: usize = 10_000;

/// Middleware: the security headers on every answer. A handler may set its own
/// `Content-Security-Policy` and `Cache-Control` (the page, its assets); the rest get the
/// defaults, and nothing is stored by caches unless it says so: reports are confidential.
pub(super) async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(DEFAULT_CSP));
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Middleware: 403 for a state-changing request that the browser says comes from another site
/// (`Sec-Fetch-Site`), whatever it carries. Requests with a bearer token pass: a browser sends
/// one cross-site only after a CORS preflight, which this server never grants (unlike Basic
/// credentials, which a browser adds by itself behind a proxy that asks for them).
pub(super) async fn refuse_cross_site(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "));
    let from_another_site = !request.method().is_safe()
        && !bearer
        && headers
            .get("sec-fetch-site")
            .is_some_and(|site| !matches!(site.as_bytes(), b"same-origin" | b"none"));
    if from_another_site {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "csrf",
            "Requests from another site are refused; use the page of this server.",
        )
        .into_response();
    }
    next.run(request).await
}

/// Token buckets, one per client: each holds a minute's allowance and refills steadily, so a
/// client may send a burst and then keeps to the rate.
pub(super) struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

struct Bucket {
    tokens: f64,
    updated: Instant,
}

impl RateLimiter {
    /// A limiter of `per_minute` requests a minute per client; 0 for none.
    pub(super) fn new(per_minute: u32) -> Self {
        RateLimiter {
            per_minute,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request from the client's bucket, or says how long until it may send one.
    fn take(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let capacity = f64::from(self.per_minute);
        let per_second = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if buckets.len() >= MAX_TRACKED_CLIENTS && !buckets.contains_key(&client) {
            buckets.retain(|_, bucket| {
                now.saturating_duration_since(bucket.updated) < Duration::from_secs(60)
            });
            // Still full: that many clients within a minute is a flood; newcomers wait, and the
            // map (and the scan above) stays bounded.
            if buckets.len() >= MAX_TRACKED_CLIENTS {
                return Err(Duration::from_secs(60));
            }
        }
        let bucket = buckets.entry(client).or_insert(Bucket {
            tokens: capacity,
            updated: now,
        });
        let refill = now.saturating_duration_since(bucket.updated).as_secs_f64() * per_second;
        bucket.tokens = (bucket.tokens + refill).min(capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / per_second))
        }
    }
}

/// The client a request counts against: its address; for IPv6 its /64, which one subscriber
/// holds whole; one shared bucket when the address is unknown (the router driven without a
/// socket).
fn client(request: &Request) -> IpAddr {
    let address = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip().to_canonical());
    match address {
        Some(IpAddr::V6(v6)) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & (u128::MAX << 64))),
        Some(v4) => v4,
        None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
    }
}

/// Middleware: 429 with `Retry-After` for a client over `--rate-limit`.
pub(super) async fn rate_limit(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    match charge(&state, &request) {
        Ok(()) => next.run(request).await,
        Err(refused) => refused.into_response(),
    }
}

/// Counts a request against its client's `--rate-limit`: the uploads, and every refused token
/// (so that tokens cannot be guessed at the speed of the network).
pub(super) fn charge(state: &AppState, request: &Request) -> Result<(), ApiError> {
    state
        .rate_limiter
        .take(client(request), Instant::now())
        .map_err(|wait| {
            ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                format!(
                    "More than {} requests a minute from this address; try again later.",
                    state.rate_limiter.per_minute
                ),
            )
            .retry_after(wait)
        })
}

/// A place in the queue for permits; leaving it (served, or the client gone) frees it.
struct QueuePlace<'a>(&'a AtomicUsize);

impl Drop for QueuePlace<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A permit to run an upload's work: at once when one is free, else after waiting among at
/// most `max_waiting_uploads`; beyond them, 503 at once instead of piling up work.
pub(super) async fn upload_permit(state: &AppState) -> Result<OwnedSemaphorePermit, ApiError> {
    // The semaphore is fair: with uploads waiting, no permit is free, so none is taken out of turn.
    if let Ok(permit) = state.permits.clone().try_acquire_owned() {
        return Ok(permit);
    }
    let waiting = &state.waiting_uploads;
    let _place = waiting
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
            (n < state.limits.max_waiting_uploads).then_some(n + 1)
        })
        .map(|_| QueuePlace(waiting))
        .map_err(|_| {
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "The server is busy with other uploads; try again shortly.",
            )
            .retry_after(BUSY_RETRY_AFTER)
        })?;
    state
        .permits
        .clone()
        .acquire_owned()
        .await
        .map_err(ApiError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::{Limits, ServerConfig};

    #[test]
    fn a_client_keeps_to_its_rate_after_a_burst() {
        let limiter = RateLimiter::new(2);
        let start = Instant::now();
        let client = IpAddr::V4(Ipv4Addr::LOCALHOST);
        assert!(limiter.take(client, start).is_ok());
        assert!(limiter.take(client, start).is_ok());
        let wait = limiter.take(client, start).err();
        assert_eq!(wait.map(|w| w.as_secs()), Some(30));
        let other = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1));
        assert!(limiter.take(other, start).is_ok(), "buckets are per client");
        assert!(
            limiter
                .take(client, start + Duration::from_secs(30))
                .is_ok()
        );
        assert!(
            limiter
                .take(client, start + Duration::from_secs(31))
                .is_err()
        );
    }

    #[test]
    fn a_rate_of_zero_is_no_limit() {
        let limiter = RateLimiter::new(0);
        let now = Instant::now();
        for _ in 0..1000 {
            assert!(limiter.take(IpAddr::V4(Ipv4Addr::LOCALHOST), now).is_ok());
        }
    }

    #[test]
    fn an_ipv6_subscriber_is_one_client() {
        let request = |peer: &str| {
            let mut request = Request::new(axum::body::Body::empty());
            let peer: SocketAddr = peer.parse().unwrap_or_else(|e| panic!("{e}"));
            request.extensions_mut().insert(ConnectInfo(peer));
            client(&request)
        };
        assert_eq!(
            request("[2001:db8:1:2::1]:1000"),
            request("[2001:db8:1:2:ffff::9]:2000")
        );
        assert_ne!(
            request("[2001:db8:1:2::1]:1000"),
            request("[2001:db8:1:3::1]:1000")
        );
        assert_eq!(
            request("[::ffff:192.0.2.1]:1"),
            IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1))
        );
        assert_eq!(
            client(&Request::new(axum::body::Body::empty())),
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        );
    }

    #[tokio::test]
    async fn a_full_queue_answers_busy_at_once_and_a_freed_place_is_reused() {
        let state = AppState::new(ServerConfig {
            limits: Limits {
                concurrent_documents: 1,
                max_waiting_uploads: 1,
                ..Limits::default()
            },
            ..ServerConfig::default()
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        let held = upload_permit(&state)
            .await
            .unwrap_or_else(|e| panic!("{e:?}"));
        let waiter = {
            let state = state.clone();
            tokio::spawn(async move { upload_permit(&state).await.is_ok() })
        };
        while state.waiting_uploads.load(Ordering::SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let refused = upload_permit(&state).await.err();
        let response = refused.map(IntoResponse::into_response);
        assert_eq!(
            response.as_ref().map(Response::status),
            Some(StatusCode::SERVICE_UNAVAILABLE)
        );
        assert_eq!(
            response
                .as_ref()
                .and_then(|r| r.headers().get(header::RETRY_AFTER)),
            Some(&HeaderValue::from(5))
        );
        drop(held);
        assert!(waiter.await.unwrap_or(false));
        assert_eq!(state.waiting_uploads.load(Ordering::SeqCst), 0);
    }
}
