//! Reloading the policies without a restart: on SIGHUP, and with `--watch` when their files
//! change (file-system events through `notify`, settled for a moment so an editor's save of
//! several files gives one reload).

use std::sync::Arc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::state::AppState;

/// Reloads, and logs what happened; a set that does not load leaves the old one in force.
fn reload_and_log(state: &AppState, why: &str) {
    match state.reload() {
        Ok(hash) => tracing::info!("policies reloaded ({why}): {hash}"),
        Err(error) => {
            tracing::error!("policies not reloaded ({why}), the previous set stays: {error}")
        }
    }
}

/// Reloads on every SIGHUP, for as long as the server runs.
pub(super) fn on_hangup(state: Arc<AppState>) {
    #[cfg(unix)]
    if let Ok(mut hangups) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
    {
        tokio::spawn(async move {
            while hangups.recv().await.is_some() {
                reload_and_log(&state, "SIGHUP");
            }
        });
    }
    #[cfg(not(unix))]
    let _ = state;
}

/// Reloads when a file under the policy directories changes. The watcher lives as long as the
/// task; an error starting it is logged and the server goes on without watching.
pub(super) fn on_change(state: Arc<AppState>) {
    let (events, mut changed) = tokio::sync::mpsc::unbounded_channel();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| !e.kind.is_access()) {
            let _ = events.send(());
        }
    });
    let mut watcher = match watcher {
        Ok(watcher) => watcher,
        Err(error) => {
            tracing::error!("cannot watch the policies: {error}");
            return;
        }
    };
    for dir in state.policy_dirs() {
        if let Err(error) = watcher.watch(dir, RecursiveMode::Recursive) {
            tracing::error!("cannot watch {}: {error}", dir.display());
        }
    }
    tokio::spawn(async move {
        let _watcher = watcher;
        while changed.recv().await.is_some() {
            // Let a burst of events settle, then reload once.
            tokio::time::sleep(Duration::from_millis(300)).await;
            while changed.try_recv().is_ok() {}
            reload_and_log(&state, "files changed");
        }
    });
}
