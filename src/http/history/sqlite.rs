//! The history in SQLite: one file (or memory) for one server. Statements take microseconds on
//! a local file, so they run on the request's thread behind one mutex, as they always have.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::migrations::{self, SCHEMA_MIGRATIONS};
use super::{CheckRecord, Cursor, HistoryError, Listed, now_rfc3339};

/// What a page of the history reads, the rowid being the insertion order.
const LIST: &str =
    "SELECT id, time, file, sha256, size, policy_hash, profile, summary, rowid FROM checks";

#[derive(Debug)]
pub(super) struct SqliteHistory {
    connection: Mutex<Connection>,
}

impl SqliteHistory {
    /// Opens (and creates) the database file and its directory.
    pub(super) fn open(path: &Path) -> Result<Self, HistoryError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| HistoryError::Io {
                path: parent.display().to_string(),
                source,
            })?;
        }
        Self::with(Connection::open(path)?)
    }

    /// A database in memory.
    pub(super) fn in_memory() -> Result<Self, HistoryError> {
        Self::with(Connection::open_in_memory()?)
    }

    fn with(mut connection: Connection) -> Result<Self, HistoryError> {
        connection.execute_batch("PRAGMA journal_mode = WAL;")?;
        migrate(&mut connection)?;
        Ok(SqliteHistory {
            connection: Mutex::new(connection),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn record(
        &self,
        record: &CheckRecord,
        report: &str,
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
                report,
                document,
            ],
        )?;
        Ok(())
    }

    pub(super) fn list(
        &self,
        limit: i64,
        after: Option<&Cursor>,
    ) -> Result<Vec<Listed>, HistoryError> {
        let connection = self.lock();
        let order = "ORDER BY time DESC, rowid DESC";
        let rows = match after {
            None => connection
                .prepare_cached(&format!("{LIST} {order} LIMIT ?1"))?
                .query_map(params![limit], listed)?
                .collect::<Result<Vec<_>, _>>()?,
            Some(cursor) => connection
                .prepare_cached(&format!(
                    "{LIST} WHERE (time, rowid) < (?1, ?2) {order} LIMIT ?3"
                ))?
                .query_map(params![cursor.time, cursor.seq, limit], listed)?
                .collect::<Result<Vec<_>, _>>()?,
        };
        rows.into_iter()
            .map(|(mut listed, summary)| {
                listed.record.summary = serde_json::from_str(&summary)?;
                Ok(listed)
            })
            .collect()
    }

    pub(super) fn report(&self, id: &str) -> Result<Option<String>, HistoryError> {
        Ok(self
            .lock()
            .query_row(
                "SELECT report FROM checks WHERE id = ?1",
                params![id],
                |row| row.get(0),
            )
            .optional()?)
    }

    pub(super) fn ping(&self) -> bool {
        self.lock()
            .query_row("SELECT 1", [], |row| row.get::<_, i64>(0))
            .is_ok()
    }
}

/// A row of [`LIST`], with its summary still JSON.
fn listed(row: &rusqlite::Row<'_>) -> rusqlite::Result<(Listed, String)> {
    Ok((
        Listed {
            record: CheckRecord {
                id: row.get(0)?,
                time: row.get(1)?,
                file: row.get(2)?,
                sha256: row.get(3)?,
                size: row.get::<_, i64>(4)?.max(0) as u64,
                policy_hash: row.get(5)?,
                profile: row.get(6)?,
                summary: crate::model::Summary::default(),
            },
            seq: row.get(8)?,
        },
        row.get(7)?,
    ))
}

/// Applies the migrations the database lacks, in one transaction that holds the write lock
/// from its start, so two processes opening one file do not both apply them.
fn migrate(connection: &mut Connection) -> Result<(), HistoryError> {
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    transaction.execute_batch(SCHEMA_MIGRATIONS)?;
    let applied = transaction
        .prepare("SELECT version FROM schema_migrations")?
        .query_map([], |row| row.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    for migration in migrations::pending(&applied) {
        transaction.execute_batch(migration.sqlite)?;
        transaction.execute(
            "INSERT INTO schema_migrations (version, name, applied) VALUES (?1, ?2, ?3)",
            params![migration.version, migration.name, now_rfc3339()],
        )?;
    }
    transaction.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_made_before_migrations_is_taken_up_as_version_one() {
        let Ok(mut connection) = Connection::open_in_memory() else {
            panic!("no SQLite");
        };
        let first = migrations::MIGRATIONS.first().map_or("", |m| m.sqlite);
        connection
            .execute_batch(first)
            .unwrap_or_else(|e| panic!("{e}"));
        migrate(&mut connection).unwrap_or_else(|e| panic!("{e}"));
        migrate(&mut connection).unwrap_or_else(|e| panic!("applied twice: {e}"));
        let versions: i64 = connection
            .query_row("SELECT count(*) FROM schema_migrations", [], |row| {
                row.get(0)
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(versions, migrations::MIGRATIONS.len() as i64);
    }
}
