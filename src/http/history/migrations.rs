//! Versioned migrations of the history's schema, for both engines: numbered SQL files in
//! `migrations/sqlite/` and `migrations/postgres/`, applied in order at start. Each applied
//! migration is a row of `schema_migrations` (version, name, time), written in the same
//! transaction as its SQL, so a database is never caught between two versions. A change of
//! schema is a new pair of files with the next number, listed in [`MIGRATIONS`]; a file once
//! released is never edited, since databases in service have already run it.

/// One step of the schema, written for each engine.
pub(super) struct Migration {
    /// Its number: the versions run 1, 2, 3… in the order they apply.
    pub(super) version: i64,
    /// What it does, in a word, for `schema_migrations`.
    pub(super) name: &'static str,
    pub(super) sqlite: &'static str,
    pub(super) postgres: &'static str,
}

/// Every migration, in order.
pub(super) const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "checks",
    sqlite: include_str!("migrations/sqlite/0001_checks.sql"),
    postgres: include_str!("migrations/postgres/0001_checks.sql"),
}];

/// The table of applied migrations; the same SQL for both engines.
pub(super) const SCHEMA_MIGRATIONS: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    applied TEXT NOT NULL
)";

/// The migrations a database that has applied `applied` still lacks, in order. Versions it has
/// that this build does not know (a newer release migrated it) are left alone: migrations only
/// add, so an older replica still reads and writes during a rolling upgrade.
pub(super) fn pending(applied: &[i64]) -> impl Iterator<Item = &'static Migration> + '_ {
    MIGRATIONS
        .iter()
        .filter(move |migration| !applied.contains(&migration.version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_run_from_one_without_gap() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version, index as i64 + 1, "{}", migration.name);
            assert!(!migration.sqlite.trim().is_empty() && !migration.postgres.trim().is_empty());
        }
    }

    #[test]
    fn only_what_was_not_applied_is_pending() {
        assert_eq!(pending(&[]).count(), MIGRATIONS.len());
        assert_eq!(pending(&[1]).count(), MIGRATIONS.len() - 1);
        assert_eq!(pending(&[1, 99]).count(), MIGRATIONS.len() - 1);
    }
}
