//! The HTTP surface: a JSON API under `/v1/` and a page for procurement officers at `/`, over
//! the same pipeline as the command line. [`app`] builds the router, so tests drive it without a
//! socket; [`serve`] runs it until a signal.
//!
//! Map: `state` (what requests share), `error` (the one error shape), `auth` (token, session
//! cookie, CSRF token), `guard` (security headers, cross-site refusal, rate limit, queue limit),
//! `upload` (multipart reading and the work limits), `reload` (SIGHUP and `--watch`), `history`
//! (the store of checks: SQLite, or PostgreSQL shared by replicas), `routes/` (one module per
//! route family).

mod auth;
mod error;
mod guard;
mod history;
mod reload;
mod routes;
mod state;
mod upload;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};

pub use auth::DEFAULT_SESSION_LIFETIME;
pub use error::ApiError;
pub use history::{CheckRecord, ChecksPage, Cursor, Database, History, HistoryError};
pub use routes::openapi::document as openapi_document;
pub use state::{AppState, Limits, ServerConfig, ServerError};

/// The routes. Everything but the health checks, the login form and the page's shell (with its
/// assets) requires the token when one is set. The routes that do work, and the login form, are
/// rate-limited per client; every answer carries the security headers.
pub fn app(state: Arc<AppState>) -> Router {
    let rate_limit = middleware::from_fn_with_state(state.clone(), guard::rate_limit);
    let protected = Router::new()
        .route("/v1/check", post(routes::check::check))
        .route("/v1/facts", post(routes::facts::facts))
        .route_layer(rate_limit.clone())
        .route("/v1/rules", get(routes::rules::rules))
        .route("/v1/rules/{id}", get(routes::rules::rule))
        .route("/v1/checks", get(routes::checks::checks))
        .route("/v1/checks/{id}", get(routes::checks::check_by_id))
        .route("/openapi.json", get(routes::openapi::openapi))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_token,
        ));
    Router::new()
        .route("/", get(routes::page::page))
        .route("/assets/page.js", get(routes::page::script))
        .route("/assets/page.css", get(routes::page::style))
        .route("/login", post(auth::login).layer(rate_limit))
        .route("/healthz", get(routes::health::healthz))
        .route("/readyz", get(routes::health::readyz))
        .merge(protected)
        .fallback(error::not_found)
        .layer(DefaultBodyLimit::max(state.limits.max_upload_bytes))
        .layer(middleware::from_fn(error::json_errors))
        .layer(middleware::from_fn(guard::refuse_cross_site))
        .layer(middleware::from_fn(guard::security_headers))
        .layer(middleware::from_fn(log_request))
        .with_state(state)
}

/// One log line per request: method, path (never the query or a header, where secrets travel),
/// status and time.
async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let start = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        method = %method,
        path = %path,
        status = response.status().as_u16(),
        ms = format!("{:.1}", start.elapsed().as_secs_f64() * 1e3),
        "request"
    );
    response
}

/// Where the history goes by default: a SQLite file in the user's data directory.
pub fn default_db() -> Option<Database> {
    directories::ProjectDirs::from("", "", "tenderlint")
        .map(|dirs| Database::File(dirs.data_dir().join("history.sqlite")))
}

/// Serves until SIGINT or SIGTERM. On the signal, every check under way is cancelled (its
/// documents stop within a fraction of a second and answer an error), the requests under way
/// are given [`SHUTDOWN_GRACE`] to finish, and the server stops. Reloads the policies on SIGHUP,
/// and when their files change if `watch` is set.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    watch: bool,
) -> std::io::Result<()> {
    reload::on_hangup(state.clone());
    if watch && !state.policy_dirs().is_empty() {
        reload::on_change(state.clone());
    }
    let stopping = Arc::new(tokio::sync::Notify::new());
    let graceful = {
        let (state, stopping) = (state.clone(), stopping.clone());
        async move {
            shutdown_signal().await;
            state.shutdown.cancel();
            stopping.notify_one();
        }
    };
    let server = axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(graceful);
    tokio::select! {
        result = server => result,
        () = async {
            stopping.notified().await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } => {
            tracing::warn!("stopping with requests still open after {SHUTDOWN_GRACE:?}");
            Ok(())
        }
    }
}

/// How long requests under way may take to end once the server is told to stop.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: cancelling the checks under way");
}
