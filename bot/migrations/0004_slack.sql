-- Slack adapter state (the Slack issue). Vendor links live in 0001.

-- Every Events API event_id we have acted on. Slack redelivers an event it thinks was not
-- acked in time (X-Slack-Retry-Num / Socket Mode retry_attempt); the row is claimed with
-- INSERT OR IGNORE before any side effect, so a redelivery does nothing.
CREATE TABLE slack_events (
    event_id TEXT PRIMARY KEY,
    event_type TEXT,
    received_at TEXT NOT NULL
);

-- Staff notifications, written before they are sent: a row per dedupe_key (never two), sent_at
-- set once Slack accepted it. An unsent row is retried; no staff channel configured = it waits.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    channel TEXT,
    text TEXT NOT NULL,
    data_json TEXT,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at TEXT,
    sent_ts TEXT
);
CREATE INDEX outbox_unsent ON outbox (sent_at, id);
