-- Safety (issue 15): /healthz proves the database can still be written (not deleted from
-- under the process, not on a full disk) by rewriting this one row.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at TEXT NOT NULL
);
