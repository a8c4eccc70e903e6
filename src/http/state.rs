//! What the server shares between requests: the prepared checker (swapped whole on reload),
//! the limits, the permits, the history and the token with the key of its session cookies.
//! Nothing a request needs lives only here: the history is in the database, and a session is
//! a cookie any replica with the same token can check.

use std::path::PathBuf;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::Semaphore;

use super::auth::{DEFAULT_SESSION_LIFETIME, Token};
use super::guard::RateLimiter;
use super::history::{Database, History, HistoryError};
use crate::deadline::CancelFlag;
use crate::pipeline::{CheckError, Checker, DEFAULT_PROFILE, PolicySources};

/// Limits that keep the server up under hostile or heavy use.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, in bytes.
    pub max_upload_bytes: usize,
    /// Longest time to check one document.
    pub document_timeout: Duration,
    /// Uploads checked at once, over all requests.
    pub concurrent_documents: usize,
    /// Uploads that may wait for one of those places; beyond them the server answers 503.
    pub max_waiting_uploads: usize,
    /// Requests a minute each client may send to the routes that do work; 0 for no limit.
    pub requests_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        let concurrent_documents = std::thread::available_parallelism().map_or(2, |n| n.get());
        Limits {
            max_upload_bytes: 50 * 1024 * 1024,
            document_timeout: crate::pipeline::DEFAULT_DOCUMENT_TIMEOUT,
            concurrent_documents,
            max_waiting_uploads: Limits::queue_for(concurrent_documents),
            requests_per_minute: 60,
        }
    }
}

impl Limits {
    /// The uploads that may wait by default: four for each one checked at once.
    pub fn queue_for(concurrent_documents: usize) -> usize {
        concurrent_documents.saturating_mul(4)
    }
}

/// How the server is set up.
#[derive(Clone, Default)]
pub struct ServerConfig {
    /// Where the policies come from: the bundled pack or directories, and house packs.
    pub policies: PolicySources,
    /// The default profile; `eu` when `None`.
    pub profile: Option<String>,
    /// Size, time and concurrency limits.
    pub limits: Limits,
    /// Where the history is kept (a SQLite file, memory or a PostgreSQL URL); `None` keeps no
    /// history.
    pub db: Option<Database>,
    /// Keep the uploaded documents in the history.
    pub keep_documents: bool,
    /// The token every protected route requires; `None` or empty for none.
    pub token: Option<String>,
    /// Mark the session cookie `Secure`: the clients reach the server over HTTPS.
    pub secure_cookies: bool,
    /// How long a session of the page lasts; [`DEFAULT_SESSION_LIFETIME`] when `None`.
    pub session_lifetime: Option<Duration>,
}

/// Without the token: a configuration may be logged, the token never.
impl std::fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerConfig")
            .field("policies", &self.policies)
            .field("profile", &self.profile)
            .field("limits", &self.limits)
            .field("db", &self.db)
            .field("keep_documents", &self.keep_documents)
            .field("token", &self.token.as_ref().map(|_| "(set)"))
            .field("secure_cookies", &self.secure_cookies)
            .field("session_lifetime", &self.session_lifetime)
            .finish()
    }
}

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The policies could not be prepared, or the profile is unknown.
    #[error(transparent)]
    Check(#[from] CheckError),
    /// The history database could not be opened.
    #[error(transparent)]
    History(#[from] HistoryError),
    /// The worker threads could not be started.
    #[error("cannot start the worker threads: {0}")]
    Workers(rayon::ThreadPoolBuildError),
}

/// What the server shares between requests.
pub struct AppState {
    checker: RwLock<Arc<Checker>>,
    /// Where the policies come from, to reload them.
    pub(super) policies: PolicySources,
    pub(super) profile: String,
    pub(super) limits: Limits,
    pub(super) permits: Arc<Semaphore>,
    /// The threads that read and judge documents, one per permit, alive as long as the server.
    /// Long-lived threads keep the regexes' per-thread caches to one set each: tokio's blocking
    /// threads come and go, and new ones grow new sets (in the soak, 275 MiB after warm-up on
    /// blocking threads, 191 MiB on this pool).
    pub(super) workers: rayon::ThreadPool,
    pub(super) history: Option<History>,
    pub(super) keep_documents: bool,
    pub(super) token: Option<Token>,
    /// The parent of every upload's cancel flag: set when the server stops.
    pub(super) shutdown: CancelFlag,
    pub(super) secure_cookies: bool,
    pub(super) rate_limiter: RateLimiter,
    /// Uploads waiting for a permit.
    pub(super) waiting_uploads: AtomicUsize,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("profile", &self.profile)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// Prepares the policies and opens the history, migrating its schema.
    pub async fn new(config: ServerConfig) -> Result<Arc<Self>, ServerError> {
        let checker = Checker::load(&config.policies)?;
        let profile = config
            .profile
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
        checker.check_profile(&profile)?;
        // A connection for each check recording at once, and two for reading the history.
        let connections = config.limits.concurrent_documents.saturating_add(2);
        let history = match &config.db {
            Some(database) => Some(History::open(database, connections).await?),
            None => None,
        };
        let rate_limiter = RateLimiter::new(config.limits.requests_per_minute);
        let workers = rayon::ThreadPoolBuilder::new()
            .num_threads(config.limits.concurrent_documents.max(1))
            .thread_name(|i| format!("tenderlint-check-{i}"))
            .build()
            .map_err(ServerError::Workers)?;
        let checker = Arc::new(checker);
        // Prepared on a worker while the server starts listening: the first uploads may wait
        // for it, none pays it twice.
        let preparing = Arc::clone(&checker);
        workers.spawn(move || preparing.prepare_for_many_documents());
        Ok(Arc::new(AppState {
            checker: RwLock::new(checker),
            policies: config.policies,
            profile,
            permits: Arc::new(Semaphore::new(config.limits.concurrent_documents.max(1))),
            workers,
            limits: config.limits,
            history,
            keep_documents: config.keep_documents,
            token: config.token.filter(|t| !t.is_empty()).map(|token| {
                Token::new(
                    token,
                    config.session_lifetime.unwrap_or(DEFAULT_SESSION_LIFETIME),
                )
            }),
            shutdown: CancelFlag::new(),
            secure_cookies: config.secure_cookies,
            rate_limiter,
            waiting_uploads: AtomicUsize::new(0),
        }))
    }

    /// The checker in force; a reload swaps it without disturbing requests under way.
    pub(super) fn checker(&self) -> Arc<Checker> {
        self.checker
            .read()
            .map_or_else(|poisoned| poisoned.into_inner().clone(), |c| c.clone())
    }

    /// Loads the policies again; the server keeps the old set if the new one does not load.
    pub fn reload(&self) -> Result<String, ServerError> {
        let checker = Checker::load(&self.policies)?;
        let hash = checker.policy_hash().to_string();
        match self.checker.write() {
            Ok(mut current) => *current = Arc::new(checker),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(checker),
        }
        Ok(hash)
    }

    /// The policy directories the server watches (none for the bundled pack alone).
    pub fn policy_dirs(&self) -> Vec<&PathBuf> {
        self.policies.directories().collect()
    }
}
