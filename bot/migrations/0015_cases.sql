-- The help desk (issue 14): every hand-off is a case, answered by staff through the bot.

-- A case: one vendor's question(s) for staff, open -> claimed -> answered -> resolved, with who
-- and when. Hand-offs merged into one staff post are one case (case_handoffs). post_key is the
-- outbox dedupe_key of the case's staff-channel message (its channel and ts are kept there,
-- with the send state); version grows with every change of what that message shows, and each
-- change queues one in-place update (outbox kind 'case_update').
CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    question TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'claimed', 'answered', 'resolved')),
    post_key TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    claimed_by TEXT,
    claimed_at TEXT,
    first_answered_at TEXT,
    answered_by TEXT,
    answered_at TEXT,
    resolved_by TEXT,
    resolved_at TEXT,
    stale_alerted_at TEXT
);
-- A vendor's unresolved case (their hand-offs and follow-ups join it).
CREATE INDEX cases_vendor_open ON cases (team_id, user_id) WHERE state != 'resolved';
-- The stale check reads only open cases not yet raised.
CREATE INDEX cases_unclaimed ON cases (created_at) WHERE state = 'open' AND stale_alerted_at IS NULL;
CREATE INDEX cases_post ON cases (post_key);

CREATE TABLE case_handoffs (
    handoff_id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id)
);
CREATE INDEX case_handoffs_case ON case_handoffs (case_id);

-- What was said on a case through the bot: staff answers relayed to the vendor ('to_vendor')
-- and the vendor's follow-ups copied into the case's thread ('to_staff'). `source` names the
-- message it came from ('slack:<channel>:<ts>', 'modal:<view id>', 'console:<n>'): UNIQUE, and
-- inserted in the same transaction that queues the relay, so one message is relayed once
-- whatever Slack redelivers (same event twice, or one message under two event ids).
-- delivered_at: when a console vendor was shown it (Slack deliveries are outbox rows).
CREATE TABLE case_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    direction TEXT NOT NULL CHECK (direction IN ('to_vendor', 'to_staff')),
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    delivered_at TEXT
);
CREATE INDEX case_messages_case ON case_messages (case_id, id);

-- Staff answers kept for later vendors: pending until a staff member approves, then matched
-- against vendors' questions before a hand-off; retired entries are kept (audit) but unused.
CREATE TABLE staff_faq (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'retired')),
    case_id INTEGER,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    approved_by TEXT,
    approved_at TEXT,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX staff_faq_state ON staff_faq (state);
