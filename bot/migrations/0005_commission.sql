-- Commission (SPEC decision 9): settlement imports, orders, and the monthly posts.

-- One row per `commission import` that was accepted (rejected imports write nothing).
CREATE TABLE commission_imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    file_name TEXT,
    sha256 TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    new_orders INTEGER NOT NULL,
    known_orders INTEGER NOT NULL,
    duplicates_in_file INTEGER NOT NULL
);

-- Settled orders. Amounts are integer fen (exact); category is a market id; settled_on is the
-- local (Asia/Shanghai) date; month = substr(settled_on, 1, 7), stored for indexed aggregation.
CREATE TABLE settlement_orders (
    order_id TEXT PRIMARY KEY,
    vendor TEXT NOT NULL,
    category TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    distribution INTEGER NOT NULL CHECK (distribution IN (0, 1)),
    settled_on TEXT NOT NULL,
    month TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES commission_imports (id)
);
-- Covering index: a month's GROUP BY vendor, category never touches the table itself.
CREATE INDEX settlement_orders_month
    ON settlement_orders (month, vendor, category, distribution, amount_fen, settled_on);
CREATE INDEX settlement_orders_import ON settlement_orders (import_id);

-- Every Slack post of a monthly summary, claimed before sending and confirmed after, so a
-- crash, a restart or a second run never sends twice and never skips anyone.
-- target: 'vendor:<name>' (a DM), 'overview' (channel message), 'overview-csv' (the file).
-- state: 'claimed' (about to send; may or may not have reached Slack) -> 'sent'.
CREATE TABLE commission_posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    month TEXT NOT NULL,
    target TEXT NOT NULL,
    vendor TEXT,
    channel TEXT NOT NULL,
    marker TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('claimed', 'sent')),
    claimed_at TEXT NOT NULL,
    sent_at TEXT,
    ts TEXT,
    attempts INTEGER NOT NULL DEFAULT 1,
    UNIQUE (month, target)
);

-- One poster per month at a time (the schedule and a staff member's `post` may overlap).
-- A lease is free when released, when its process is gone (same host), or when its
-- heartbeat is stale.
CREATE TABLE commission_post_leases (
    month TEXT PRIMARY KEY,
    run_id TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    heartbeat_at REAL NOT NULL
);
