-- One conversation per Slack team + user + thread (thread_ts '' outside threads; the console
-- uses team 'console'). `state_json` is the whole engine state, rewritten after every step in
-- the same transaction as the profile change it implies; `version` grows by one on each write
-- so a writer that read an older version can tell it lost a race.
CREATE TABLE conversations (
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    thread_ts TEXT NOT NULL DEFAULT '',
    step TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT 'zh' CHECK (lang IN ('zh', 'en')),
    state_json TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (team_id, user_id, thread_ts)
);
CREATE INDEX conversations_user ON conversations (team_id, user_id, updated_at);

-- The latest verdict per vendor and market (App Home, /vendor). unmet_json is a list of
-- {"key", "condition", "reason_zh", "reason_en"}; missing_json a list of profile keys.
CREATE TABLE verdicts (
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    market TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('eligible', 'not_eligible', 'incomplete')),
    unmet_json TEXT NOT NULL DEFAULT '[]',
    missing_json TEXT NOT NULL DEFAULT '[]',
    deposit INTEGER NOT NULL,
    as_of TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (team_id, user_id, market)
);
