-- Personal data: erasure and retention (docs/PRIVACY.md).

-- The audit log stays append-only, with one exception: erasing a vendor may redact a row.
-- A redaction keeps who did what, when (id, at, actor, action unchanged) and only clears the
-- detail (set to NULL) and may replace the subject (a company name becomes the vendor id).
-- Any other update is still refused; deleting is still refused.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
    NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
    AND NEW.detail_json IS NULL
)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- The retention purge looks rows up by age.
CREATE INDEX slack_events_received_at ON slack_events (received_at);
CREATE INDEX outbox_sent_at ON outbox (sent_at) WHERE sent_at IS NOT NULL;
-- Hand-offs from one vendor within a short window share one staff post (bot/notify.py):
-- the vendor's recent hand-off rows, newest first.
CREATE INDEX outbox_handoff_vendor
    ON outbox (json_extract(data_json, '$.user_id'), created_at) WHERE kind = 'handoff';
