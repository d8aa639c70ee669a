-- Commission after import: staff voids/amendments, vendor aliases, and what was posted (so a
-- later change goes out as a correction old → new, exactly once).

-- A voided order no longer counts; its row stays so that re-importing the file does not bring
-- it back (the importer skips order ids it already has).
ALTER TABLE settlement_orders ADD COLUMN voided_at TEXT;

-- The month aggregation reads only live orders: voided_at joins the covering index right after
-- month (`month = ? AND voided_at IS NULL` is then an index range and the GROUP BY still never
-- touches the table). It replaces the 0008 index (month, vendor_key, …) under the same name,
-- which the importer drops and rebuilds around a large load.
DROP INDEX IF EXISTS settlement_orders_month;
CREATE INDEX settlement_orders_month
    ON settlement_orders (month, voided_at, vendor_key, category, distribution, amount_fen,
        settled_on);

-- Every void or amendment by staff, with the reason and the order before/after (JSON).
CREATE TABLE commission_order_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('void', 'amend')),
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL
);
CREATE INDEX commission_order_changes_order ON commission_order_changes (order_id);

-- Staff-made aliases: orders whose folded vendor name is alias_key count for canonical_key.
CREATE TABLE vendor_aliases (
    alias_key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    canonical TEXT NOT NULL,
    canonical_key TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL
);

-- The figures a vendor was last shown for a month (per category, JSON), and in which round:
-- 0 = the monthly post, N = the Nth correction.
CREATE TABLE commission_posted_figures (
    month TEXT NOT NULL,
    vendor_key TEXT NOT NULL,
    vendor TEXT NOT NULL,
    figures_json TEXT NOT NULL,
    round INTEGER NOT NULL,
    PRIMARY KEY (month, vendor_key)
);

-- One row per correction round of a month: the changes (vendor, old, new) decided when the
-- round began, so a resumed round posts exactly the same texts.
CREATE TABLE commission_corrections (
    month TEXT NOT NULL,
    round INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    changes_json TEXT NOT NULL,
    PRIMARY KEY (month, round)
);
