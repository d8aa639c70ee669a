-- The outbox never waits forever on one message whose fate Slack cannot tell us.
-- uncertain_since (unix seconds): when the row's fate last became unknown (a 5xx, a timeout or
-- a dropped connection on chat.postMessage, or a failed history look-up) and no look-up has
-- answered since; cleared whenever a look-up answers or Slack says it has no such message.
-- resolution: how a row was settled other than by a plain send; 'presumed_delivered' = its
-- fate could not be learned (look-up refused, or unknown for longer than the deadline) and, by
-- the rule in docs/RELIABILITY.md, it counts as delivered (sent_at set, sent_ts NULL);
-- 'refused' = Slack refused the message itself (too long, invalid blocks): given up at once.
ALTER TABLE outbox ADD COLUMN uncertain_since REAL;
ALTER TABLE outbox ADD COLUMN resolution TEXT;
