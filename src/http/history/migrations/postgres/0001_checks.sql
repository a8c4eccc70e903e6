-- The checks: the columns of SQLite's table, with seq standing for SQLite's rowid (the
-- insertion order, which breaks ties of time in the history's order and its cursor).
CREATE TABLE checks (
    id TEXT PRIMARY KEY,
    time TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT,
    size BIGINT NOT NULL,
    policy_hash TEXT NOT NULL,
    profile TEXT NOT NULL,
    summary TEXT NOT NULL,
    report TEXT NOT NULL,
    document BYTEA,
    seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX checks_time ON checks (time, seq);
