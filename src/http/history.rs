//! The history of checks, in SQLite: id, time, file name, sha256, size, policy hash and profile,
//! and the report. The document itself is kept only when asked (tenders in preparation are
//! confidential).

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, params};
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Report, Summary};

/// Why the history cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// SQLite refused a statement or the database file.
    #[error("history database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored report or summary could not be written or read as JSON.
    #[error("history database: {0}")]
    Json(#[from] serde_json::Error),
    /// The database's directory could not be created.
    #[error("history database: {path}: {source}")]
    Io {
        /// The directory.
        path: String,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
}

/// One recorded check, without its report.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CheckRecord {
    /// The check's id: a random UUID, 32 lowercase hex digits without hyphens.
    pub id: String,
    /// RFC 3339, UTC.
    pub time: String,
    /// The name the document was uploaded under.
    pub file: String,
    /// SHA-256 of the document's bytes, lowercase hex; absent when it could not be read.
    pub sha256: Option<String>,
    /// Size of the document, in bytes.
    pub size: u64,
    /// SHA-256 of the policy set that judged it, lowercase hex.
    pub policy_hash: String,
    /// The profile it was judged under.
    pub profile: String,
    /// The counts of the check's report.
    pub summary: Summary,
}

/// The server's record of past checks: one SQLite database, safe to share between threads.
#[derive(Debug)]
pub struct History {
    connection: Mutex<Connection>,
}

impl History {
    /// Opens (and creates) the database.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| HistoryError::Io {
                path: parent.display().to_string(),
                source,
            })?;
        }
        Self::with(Connection::open(path)?)
    }

    /// A database in memory, for tests and `--db :memory:`.
    pub fn in_memory() -> Result<Self, HistoryError> {
        Self::with(Connection::open_in_memory()?)
    }

    fn with(connection: Connection) -> Result<Self, HistoryError> {
        connection.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS checks (
                 id TEXT PRIMARY KEY,
                 time TEXT NOT NULL,
                 file TEXT NOT NULL,
                 sha256 TEXT,
                 size INTEGER NOT NULL,
                 policy_hash TEXT NOT NULL,
                 profile TEXT NOT NULL,
                 summary TEXT NOT NULL,
                 report TEXT NOT NULL,
                 document BLOB
             );
             CREATE INDEX IF NOT EXISTS checks_time ON checks (time);",
        )?;
        Ok(History {
            connection: Mutex::new(connection),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Records a check of one document.
    pub fn record(
        &self,
        record: &CheckRecord,
        report: &Report,
        document: Option<&[u8]>,
    ) -> Result<(), HistoryError> {
        self.lock().execute(
            "INSERT INTO checks (id, time, file, sha256, size, policy_hash, profile, summary, report, document)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                record.id,
                record.time,
                record.file,
                record.sha256,
                i64::try_from(record.size).unwrap_or(i64::MAX),
                record.policy_hash,
                record.profile,
                serde_json::to_string(&record.summary)?,
                serde_json::to_string(report)?,
                document,
            ],
        )?;
        Ok(())
    }

    /// The most recent checks first.
    pub fn list(&self, limit: usize) -> Result<Vec<CheckRecord>, HistoryError> {
        let connection = self.lock();
        let mut statement = connection.prepare(
            "SELECT id, time, file, sha256, size, policy_hash, profile, summary FROM checks ORDER BY time DESC, rowid DESC LIMIT ?1",
        )?;
        let rows = statement.query_map(params![limit as i64], |row| {
            Ok((
                CheckRecord {
                    id: row.get(0)?,
                    time: row.get(1)?,
                    file: row.get(2)?,
                    sha256: row.get(3)?,
                    size: row.get::<_, i64>(4)?.max(0) as u64,
                    policy_hash: row.get(5)?,
                    profile: row.get(6)?,
                    summary: Summary::default(),
                },
                row.get::<_, String>(7)?,
            ))
        })?;
        let mut records = Vec::new();
        for row in rows {
            let (mut record, summary) = row?;
            record.summary = serde_json::from_str(&summary)?;
            records.push(record);
        }
        Ok(records)
    }

    /// The report of a check.
    pub fn report(&self, id: &str) -> Result<Option<Report>, HistoryError> {
        let text: Option<String> = self
            .lock()
            .query_row(
                "SELECT report FROM checks WHERE id = ?1",
                params![id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(match text {
            Some(text) => Some(serde_json::from_str(&text)?),
            None => None,
        })
    }

    /// Whether a check kept its document.
    pub fn has_document(&self, id: &str) -> Result<bool, HistoryError> {
        let kept: Option<bool> = self
            .lock()
            .query_row(
                "SELECT document IS NOT NULL FROM checks WHERE id = ?1",
                params![id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(kept.unwrap_or(false))
    }

    /// Whether the database answers (for readiness).
    pub fn ping(&self) -> bool {
        self.lock()
            .query_row("SELECT 1", [], |row| row.get::<_, i64>(0))
            .is_ok()
    }
}

/// Now, as RFC 3339 UTC to the second.
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_rfc3339() {
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.starts_with("20") && now.ends_with('Z'));
    }
}
