-- Vendor identity (bot/commission/vendor_names.py): orders carry the folded vendor name
-- (NFKC, full/half width, whitespace removed, casefolded) and summaries GROUP BY it, so one
-- company spelled two ways is one vendor in one tier. `fold_vendor_name` is the Python
-- function registered on every connection by bot.storage.open_db.
ALTER TABLE settlement_orders ADD COLUMN vendor_key TEXT NOT NULL DEFAULT '';
UPDATE settlement_orders SET vendor_key = fold_vendor_name(vendor);

-- The name shown for a vendor key: the first spelling imported.
CREATE TABLE commission_vendor_names (
    vendor_key TEXT PRIMARY KEY,
    display_name TEXT NOT NULL
);
INSERT OR IGNORE INTO commission_vendor_names (vendor_key, display_name)
    SELECT vendor_key, vendor FROM settlement_orders ORDER BY import_id, rowid;

-- The month's covering index now groups by the key (the old one grouped by the raw name).
DROP INDEX settlement_orders_month;
CREATE INDEX settlement_orders_month
    ON settlement_orders (month, vendor_key, category, distribution, amount_fen, settled_on);
