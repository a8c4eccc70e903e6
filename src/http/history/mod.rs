//! The history of checks: id, time, file name, sha256, size, policy hash and profile, and the
//! report. The document itself is kept only when asked (tenders in preparation are
//! confidential). One server keeps it in a SQLite file (`sqlite`); replicas share a PostgreSQL
//! database (`postgres`), so that any of them answers for the checks of all. Both have the same
//! schema, created and brought up to date at start by the numbered migrations of `migrations`.

mod migrations;
mod postgres;
mod sqlite;

use std::path::PathBuf;
use std::time::Duration;

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Report, Summary};

/// Why the history cannot be read or written.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// SQLite refused a statement or the database file.
    #[error("history database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL refused a statement, the URL or the connection.
    #[error("history database: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    /// No connection to PostgreSQL could be had from the pool in time.
    #[error("history database: {0}")]
    Pool(#[from] deadpool_postgres::PoolError),
    /// The pool of PostgreSQL connections could not be set up.
    #[error("history database: {0}")]
    PoolSetup(#[from] deadpool_postgres::BuildError),
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

/// Where the history is kept: `--db` and `TENDERLINT_DB`.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// A SQLite file, created with its directory when missing.
    File(PathBuf),
    /// A SQLite database in memory, gone with the process (`:memory:`).
    Memory,
    /// A PostgreSQL database, by its `postgres://` or `postgresql://` URL, shared by replicas.
    Postgres(String),
}

impl From<&str> for Database {
    fn from(text: &str) -> Self {
        if text == ":memory:" {
            Database::Memory
        } else if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Database::Postgres(text.to_string())
        } else {
            Database::File(PathBuf::from(text))
        }
    }
}

impl std::str::FromStr for Database {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(Database::from(text))
    }
}

/// Without the user, password and parameters of a URL: where the history is may be logged, its
/// credentials never.
impl std::fmt::Display for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::File(path) => write!(f, "{}", path.display()),
            Database::Memory => f.write_str(":memory:"),
            Database::Postgres(url) => {
                let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
                let place = rest.rsplit_once('@').map_or(rest, |(_, place)| place);
                let place = place.split_once('?').map_or(place, |(place, _)| place);
                write!(f, "{scheme}://{place}")
            }
        }
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Database({self})")
    }
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

/// A page of the history, most recent first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ChecksPage {
    /// The checks of this page.
    pub checks: Vec<CheckRecord>,
    /// The cursor of the next page (`?cursor=`), absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// Where a page of the history starts: just after the check with this time and insertion
/// number. Sent to clients as opaque hex, so that they pass it back rather than build one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    time: String,
    seq: i64,
}

impl Cursor {
    /// The cursor a client sent back; `None` when it is not one this server made.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = crate::digest::unhex(text)?;
        let text = String::from_utf8(bytes).ok()?;
        let (seq, time) = text.split_once(' ')?;
        Some(Cursor {
            time: time.to_string(),
            seq: seq.parse().ok()?,
        })
    }

    fn encode(&self) -> String {
        crate::digest::hex(format!("{} {}", self.seq, self.time).as_bytes())
    }
}

/// A check as a backend lists it: its record and its insertion number.
struct Listed {
    record: CheckRecord,
    seq: i64,
}

/// How long a readiness probe waits for the database.
const PING_TIMEOUT: Duration = Duration::from_secs(2);

/// The server's record of past checks, safe to share between threads.
#[derive(Debug)]
pub struct History {
    store: Store,
}

#[derive(Debug)]
enum Store {
    Sqlite(sqlite::SqliteHistory),
    Postgres(postgres::PostgresHistory),
}

impl History {
    /// Opens the database (creating a SQLite file and its directory when missing) and brings
    /// its schema up to date. `connections` bounds a PostgreSQL pool.
    pub async fn open(database: &Database, connections: usize) -> Result<Self, HistoryError> {
        let store = match database {
            Database::File(path) => Store::Sqlite(sqlite::SqliteHistory::open(path)?),
            Database::Memory => Store::Sqlite(sqlite::SqliteHistory::in_memory()?),
            Database::Postgres(url) => {
                Store::Postgres(postgres::PostgresHistory::open(url, connections).await?)
            }
        };
        Ok(History { store })
    }

    /// The engine's name, for readiness: `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self.store {
            Store::Sqlite(_) => "sqlite",
            Store::Postgres(_) => "postgres",
        }
    }

    /// Records a check of one document.
    pub async fn record(
        &self,
        record: &CheckRecord,
        report: &Report,
        document: Option<&[u8]>,
    ) -> Result<(), HistoryError> {
        let report = serde_json::to_string(report)?;
        match &self.store {
            Store::Sqlite(store) => store.record(record, &report, document),
            Store::Postgres(store) => store.record(record, &report, document).await,
        }
    }

    /// At most `limit` checks, most recent first, from just after `after` (from the newest
    /// without it); with the cursor of the next page when there is one.
    pub async fn list(
        &self,
        limit: usize,
        after: Option<&Cursor>,
    ) -> Result<ChecksPage, HistoryError> {
        // One more than asked tells whether a next page exists.
        let asked = i64::try_from(limit.saturating_add(1)).unwrap_or(i64::MAX);
        let mut listed = match &self.store {
            Store::Sqlite(store) => store.list(asked, after)?,
            Store::Postgres(store) => store.list(asked, after).await?,
        };
        let more = listed.len() > limit;
        listed.truncate(limit);
        let next = listed.last().filter(|_| more).map(|last| {
            Cursor {
                time: last.record.time.clone(),
                seq: last.seq,
            }
            .encode()
        });
        Ok(ChecksPage {
            checks: listed.into_iter().map(|listed| listed.record).collect(),
            next,
        })
    }

    /// The report of a check.
    pub async fn report(&self, id: &str) -> Result<Option<Report>, HistoryError> {
        let text = match &self.store {
            Store::Sqlite(store) => store.report(id)?,
            Store::Postgres(store) => store.report(id).await?,
        };
        Ok(match text {
            Some(text) => Some(serde_json::from_str(&text)?),
            None => None,
        })
    }

    /// Whether the database answers within [`PING_TIMEOUT`] (for readiness).
    pub async fn ping(&self) -> bool {
        match &self.store {
            Store::Sqlite(store) => store.ping(),
            Store::Postgres(store) => tokio::time::timeout(PING_TIMEOUT, store.ping())
                .await
                .unwrap_or(false),
        }
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

    #[test]
    fn where_the_history_is_comes_from_one_setting() {
        assert_eq!(Database::from(":memory:"), Database::Memory);
        assert_eq!(
            Database::from("/var/lib/tenderlint/history.sqlite"),
            Database::File(PathBuf::from("/var/lib/tenderlint/history.sqlite"))
        );
        assert!(matches!(
            Database::from("postgresql://db/tenderlint"),
            Database::Postgres(_)
        ));
    }

    #[test]
    fn a_database_url_is_shown_without_its_credentials() {
        let database = Database::from("postgres://tenderlint:s3cret@db:5432/history?password=x");
        assert_eq!(database.to_string(), "postgres://db:5432/history");
        assert!(!format!("{database:?}").contains("s3cret"));
    }

    #[test]
    fn a_cursor_survives_the_trip_and_nothing_else_is_one() {
        let cursor = Cursor {
            time: "2026-12-02T15:55:48Z".to_string(),
            seq: 42,
        };
        assert_eq!(Cursor::parse(&cursor.encode()), Some(cursor));
        assert_eq!(Cursor::parse("not a cursor"), None);
        assert_eq!(Cursor::parse(&crate::digest::hex(b"x 2026")), None);
    }

    fn record(id: &str, time: &str) -> CheckRecord {
        CheckRecord {
            id: id.to_string(),
            time: time.to_string(),
            file: format!("{id}.txt"),
            sha256: None,
            size: 1,
            policy_hash: "p".to_string(),
            profile: "eu".to_string(),
            summary: Summary::default(),
        }
    }

    #[tokio::test]
    async fn pages_follow_one_another_without_gap_or_repeat() {
        let history = History::open(&Database::Memory, 1)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let identity = crate::model::PolicyIdentity {
            hash: "p".to_string(),
            profile: "eu".to_string(),
            as_of: "2026-01-01".to_string(),
        };
        let report = Report::from_documents(Vec::new(), identity);
        // Two checks in the same second: the insertion order breaks the tie.
        for (id, time) in [
            ("a", "2026-01-01T00:00:00Z"),
            ("b", "2026-01-01T00:00:01Z"),
            ("c", "2026-01-01T00:00:01Z"),
            ("d", "2026-01-01T00:00:02Z"),
            ("e", "2026-01-01T00:00:03Z"),
        ] {
            history
                .record(&record(id, time), &report, None)
                .await
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let mut seen = Vec::new();
        let mut cursor = None;
        loop {
            let page = history
                .list(2, cursor.as_ref())
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            seen.extend(page.checks.iter().map(|c| c.id.clone()));
            match page.next {
                Some(next) => cursor = Cursor::parse(&next),
                None => break,
            }
        }
        assert_eq!(seen, ["e", "d", "c", "b", "a"]);
        assert!(
            history
                .report("c")
                .await
                .is_ok_and(|report| report.is_some())
        );
        assert!(history.ping().await);
    }
}
