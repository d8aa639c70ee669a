-- Vendor profiles (the eligibility answers, SPEC "Vendor profile"), keyed by Slack team + user.
-- The console uses team "console".
CREATE TABLE vendor_profiles (
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    profile_json TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

-- Append-only: who changed what. Never updated or deleted.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail_json TEXT
);
CREATE INDEX audit_log_subject ON audit_log (subject);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Deposit-transfer tickets (SPEC decision 8). status: 'draft' while the vendor reviews it,
-- 'final' once confirmed (or issued by the CLI). fields_json holds account, company, address,
-- contact, phone; text is exactly what the vendor pastes into the 工单.
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    markets_json TEXT NOT NULL,
    amount INTEGER NOT NULL,
    fields_json TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created_at TEXT NOT NULL,
    finalized_at TEXT
);
CREATE INDEX tickets_owner ON tickets (team_id, user_id);

-- A vendor name (as in the settlement CSV) linked to the Slack user who speaks for it.
CREATE TABLE vendor_links (
    vendor TEXT PRIMARY KEY,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    linked_by TEXT NOT NULL,
    linked_at TEXT NOT NULL
);
CREATE INDEX vendor_links_user ON vendor_links (team_id, user_id);
