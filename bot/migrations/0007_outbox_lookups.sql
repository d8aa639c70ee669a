-- A click is checked against the reply it was made on (by the posted message's ts), and the
-- first reply in a thread is looked up per thread: index both lookups on the outbox.
CREATE INDEX outbox_sent_message ON outbox (posted_channel, sent_ts) WHERE sent_ts IS NOT NULL;
CREATE INDEX outbox_thread ON outbox (thread_ts) WHERE thread_ts IS NOT NULL;
