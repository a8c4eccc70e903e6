-- The checks: one row per document or package checked. IF NOT EXISTS because databases made
-- before versioned migrations already hold this table. The order of the history is time, then
-- SQLite's rowid (the insertion order).
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
CREATE INDEX IF NOT EXISTS checks_time ON checks (time);
