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
