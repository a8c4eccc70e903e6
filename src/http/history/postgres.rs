//! The history in PostgreSQL, shared by replicas: a pool of connections per process, the schema
//! of SQLite's (with `seq` for its rowid), migrated at start under an advisory lock so replicas
//! starting together apply each migration once.

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, Runtime};
use tokio_postgres::NoTls;

use super::migrations::{self, SCHEMA_MIGRATIONS};
use super::{CheckRecord, Cursor, HistoryError, Listed, now_rfc3339};

/// What a page of the history reads.
const LIST: &str =
    "SELECT id, time, file, sha256, size, policy_hash, profile, summary, seq FROM checks";

/// The advisory lock that serialises migrations between replicas ("tndrlint" in ASCII).
const MIGRATION_LOCK: i64 = 0x746e_6472_6c69_6e74;

/// How long opening a connection, or waiting for a free one, may take before a request fails:
/// a database that is down answers 500 in seconds rather than holding every request.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

pub(super) struct PostgresHistory {
    pool: Pool,
}

/// Without the pool's configuration, which holds the password.
impl std::fmt::Debug for PostgresHistory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresHistory")
            .field("connections", &self.pool.status().max_size)
            .finish_non_exhaustive()
    }
}

impl PostgresHistory {
    /// Connects to the database of a URL and migrates it.
    pub(super) async fn open(url: &str, connections: usize) -> Result<Self, HistoryError> {
        let mut config: tokio_postgres::Config = url.parse()?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        let manager = Manager::from_config(config, NoTls, ManagerConfig::default());
        let pool = Pool::builder(manager)
            .max_size(connections.max(1))
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(CONNECT_TIMEOUT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .build()?;
        let history = PostgresHistory { pool };
        history.migrate().await?;
        Ok(history)
    }

    async fn migrate(&self) -> Result<(), HistoryError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        transaction
            .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        transaction.batch_execute(SCHEMA_MIGRATIONS).await?;
        let applied = transaction
            .query("SELECT version FROM schema_migrations", &[])
            .await?
            .iter()
            .map(|row| row.try_get::<_, i64>(0))
            .collect::<Result<Vec<_>, _>>()?;
        for migration in migrations::pending(&applied) {
            transaction.batch_execute(migration.postgres).await?;
            transaction
                .execute(
                    "INSERT INTO schema_migrations (version, name, applied) VALUES ($1, $2, $3)",
                    &[&migration.version, &migration.name, &now_rfc3339()],
                )
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    pub(super) async fn record(
        &self,
        record: &CheckRecord,
        report: &str,
        document: Option<&[u8]>,
    ) -> Result<(), HistoryError> {
        let client = self.pool.get().await?;
        let statement = client
            .prepare_cached(
                "INSERT INTO checks (id, time, file, sha256, size, policy_hash, profile, summary, report, document)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .await?;
        client
            .execute(
                &statement,
                &[
                    &record.id,
                    &record.time,
                    &record.file,
                    &record.sha256,
                    &i64::try_from(record.size).unwrap_or(i64::MAX),
                    &record.policy_hash,
                    &record.profile,
                    &serde_json::to_string(&record.summary)?,
                    &report,
                    &document,
                ],
            )
            .await?;
        Ok(())
    }

    pub(super) async fn list(
        &self,
        limit: i64,
        after: Option<&Cursor>,
    ) -> Result<Vec<Listed>, HistoryError> {
        let client = self.pool.get().await?;
        let order = "ORDER BY time DESC, seq DESC";
        let rows = match after {
            None => {
                let statement = client
                    .prepare_cached(&format!("{LIST} {order} LIMIT $1"))
                    .await?;
                client.query(&statement, &[&limit]).await?
            }
            Some(cursor) => {
                let statement = client
                    .prepare_cached(&format!(
                        "{LIST} WHERE (time, seq) < ($1, $2) {order} LIMIT $3"
                    ))
                    .await?;
                client
                    .query(&statement, &[&cursor.time, &cursor.seq, &limit])
                    .await?
            }
        };
        rows.iter()
            .map(|row| {
                Ok(Listed {
                    record: CheckRecord {
                        id: row.try_get(0)?,
                        time: row.try_get(1)?,
                        file: row.try_get(2)?,
                        sha256: row.try_get(3)?,
                        size: row.try_get::<_, i64>(4)?.max(0) as u64,
                        policy_hash: row.try_get(5)?,
                        profile: row.try_get(6)?,
                        summary: serde_json::from_str(row.try_get(7)?)?,
                    },
                    seq: row.try_get(8)?,
                })
            })
            .collect()
    }

    pub(super) async fn report(&self, id: &str) -> Result<Option<String>, HistoryError> {
        let client = self.pool.get().await?;
        let statement = client
            .prepare_cached("SELECT report FROM checks WHERE id = $1")
            .await?;
        let row = client.query_opt(&statement, &[&id]).await?;
        Ok(match row {
            Some(row) => Some(row.try_get(0)?),
            None => None,
        })
    }

    pub(super) async fn ping(&self) -> bool {
        match self.pool.get().await {
            Ok(client) => client.simple_query("SELECT 1").await.is_ok(),
            Err(_) => false,
        }
    }
}
