-- Questions the knowledge base could not answer (or the vendor asked for a person) waiting for
-- staff. The Slack side posts each row to the staff channel once and then sets posted_at.
CREATE TABLE handoffs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    question TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    created_at TEXT NOT NULL,
    posted_at TEXT
);
CREATE INDEX handoffs_unposted ON handoffs (posted_at) WHERE posted_at IS NULL;
CREATE INDEX handoffs_owner ON handoffs (team_id, user_id);
