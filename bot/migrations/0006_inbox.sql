-- Inbox and reliable replies (the Slack adapter, second round).

-- The inbox: a claimed event now keeps its body and a status, written in the same INSERT that
-- claims it, before Slack gets the ack. 'received' = acked but not yet processed (a crash
-- here is replayed at start-up); 'done' = its effects (conversation step + reply in the
-- outbox) committed. Rows from before this migration were processed (or lost) already.
ALTER TABLE slack_events ADD COLUMN body_json TEXT;
ALTER TABLE slack_events ADD COLUMN status TEXT NOT NULL DEFAULT 'done';
ALTER TABLE slack_events ADD COLUMN done_at TEXT;
CREATE INDEX slack_events_received ON slack_events (received_at) WHERE status = 'received';

-- The outbox now also carries vendor replies (kind 'reply'). sending_at is set (committed)
-- before each chat.postMessage and cleared when Slack is known not to have the message: a
-- row with sending_at but no sent_at may have reached Slack, so it is looked up in the
-- channel's history (message metadata carries the row id) before it is sent again.
-- next_attempt_at (unix seconds) is the backoff after a failure; failed_at marks a row given
-- up after repeated permanent errors (channel gone, bot removed).
ALTER TABLE outbox ADD COLUMN thread_ts TEXT;
ALTER TABLE outbox ADD COLUMN sending_at TEXT;
ALTER TABLE outbox ADD COLUMN posted_channel TEXT;
ALTER TABLE outbox ADD COLUMN next_attempt_at REAL NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN failed_at TEXT;
CREATE INDEX outbox_pending ON outbox (channel, id) WHERE sent_at IS NULL AND failed_at IS NULL;
