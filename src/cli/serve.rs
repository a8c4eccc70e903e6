//! `tenderlint serve`: the HTTP API and the officers' page.

use std::io::Write;

use clap::Args;

use super::{PolicyArgs, exit};
use crate::http;

/// The arguments of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; loopback only unless told otherwise.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: std::net::SocketAddr,
    #[command(flatten)]
    policies: PolicyArgs,
    /// Default jurisdiction profile.
    #[arg(long)]
    profile: Option<String>,
    /// Where the history of checks is kept: a SQLite file (default: in the user's data
    /// directory), ":memory:" to keep it in memory, or a postgres:// URL for a database that
    /// replicas share.
    #[arg(
        long,
        value_name = "PATH|URL",
        env = "TENDERLINT_DB",
        hide_env_values = true
    )]
    db: Option<http::Database>,
    /// Keep the uploaded documents in the history (they are confidential: off by default).
    #[arg(long)]
    keep_documents: bool,
    /// Require this token for every route but the health checks.
    #[arg(long, env = "TENDERLINT_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Reload the policies when their files change (they reload on SIGHUP anyway).
    #[arg(long)]
    watch: bool,
    /// Largest upload, in MiB.
    #[arg(long, default_value_t = 50)]
    max_upload_mib: usize,
    /// Longest time to check one document, in seconds (at least 1: a server always limits it).
    #[arg(long, default_value_t = crate::pipeline::DEFAULT_DOCUMENT_TIMEOUT.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..))]
    document_timeout: u64,
    /// Uploads checked at once (default: one per core).
    #[arg(long)]
    concurrent: Option<usize>,
    /// Uploads that may wait for their turn; beyond them, 503 at once (default: four times
    /// --concurrent).
    #[arg(long, value_name = "N")]
    queue: Option<usize>,
    /// Requests a minute each client address may send to /v1/check, /v1/facts and /login, and
    /// tokens it may get wrong (0: no limit). Behind a reverse proxy every client has the
    /// proxy's address and they share one allowance: raise it, or limit at the proxy.
    #[arg(long, value_name = "N", default_value_t = 60)]
    rate_limit: u32,
    /// Mark the session cookie Secure: set it when the clients reach the server over HTTPS,
    /// directly or through a proxy that terminates TLS.
    #[arg(long)]
    secure_cookies: bool,
    /// Hours a session of the page lasts before its officer signs in again.
    #[arg(long, value_name = "HOURS", default_value_t = http::DEFAULT_SESSION_LIFETIME.as_secs() / 3600,
          value_parser = clap::value_parser!(u64).range(1..))]
    session_hours: u64,
}

/// `tenderlint serve`.
pub fn serve(args: ServeArgs, err: &mut dyn Write) -> std::io::Result<u8> {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .try_init();
    let defaults = http::Limits::default();
    let concurrent_documents = args.concurrent.unwrap_or(defaults.concurrent_documents);
    let config = http::ServerConfig {
        policies: args.policies.sources(),
        profile: args.profile,
        limits: http::Limits {
            max_upload_bytes: args.max_upload_mib.saturating_mul(1024 * 1024),
            document_timeout: std::time::Duration::from_secs(args.document_timeout),
            concurrent_documents,
            max_waiting_uploads: args
                .queue
                .unwrap_or_else(|| http::Limits::queue_for(concurrent_documents)),
            requests_per_minute: args.rate_limit,
        },
        db: args.db.or_else(http::default_db),
        keep_documents: args.keep_documents,
        token: args.token,
        secure_cookies: args.secure_cookies,
        session_lifetime: Some(std::time::Duration::from_secs(
            args.session_hours.saturating_mul(3600),
        )),
    };
    let db = config.db.clone();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let addr = args.addr;
    let code = runtime.block_on(async {
        // Opened on the runtime: a PostgreSQL pool's connections live on it.
        let state = match http::AppState::new(config).await {
            Ok(state) => state,
            Err(error) => {
                writeln!(err, "error: {error}")?;
                return Ok(exit::ERROR);
            }
        };
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => listener,
            Err(error) => {
                writeln!(err, "error: cannot listen on {addr}: {error}")?;
                return Ok(exit::ERROR);
            }
        };
        tracing::info!(
            "tenderlint serving on http://{} (history: {})",
            listener.local_addr().unwrap_or(addr),
            db.as_ref().map_or("none".to_string(), ToString::to_string)
        );
        http::serve(listener, state, args.watch).await?;
        Ok(exit::OK)
    });
    // Documents run on the server's own workers, which stop at their cancel flag; what tokio
    // still runs on its blocking threads (a history write) is not waited for longer than this.
    runtime.shutdown_timeout(BLOCKING_GRACE);
    code
}

/// How long the process waits, once the server stopped, for tokio's blocking work.
const BLOCKING_GRACE: std::time::Duration = std::time::Duration::from_secs(1);
