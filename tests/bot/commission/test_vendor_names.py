"""Vendor identity: one folding function, a stored key, summaries grouped by it."""

from __future__ import annotations

from decimal import Decimal

import pytest
import sqlite_utils

from bot import storage
from bot.commission.importer import import_csv
from bot.commission.summary import summarize_month
from bot.commission.vendor_names import fold_vendor_name

HEADER = "order_id,vendor,category,amount,distribution,settled_on\n"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("阿里云计算（北京）有限公司", "阿里云计算(北京)有限公司"),
        ("ＡＣＭＥ科技", "acme科技"),
        ("A 公司", "A公司"),
        ("A\u3000公司", "A公司"),
        ("  A  公司 ", "A公司"),
        ("A\u200b公司", "A公司"),
        ("Straße GmbH", "STRASSE gmbh"),
    ],
)
def test_spellings_of_one_company_fold_together(left: str, right: str) -> None:
    assert fold_vendor_name(left) == fold_vendor_name(right)


def test_different_companies_stay_apart() -> None:
    assert fold_vendor_name("阿里云计算（北京）有限公司") != fold_vendor_name(
        "阿里云计算（上海）有限公司"
    )


def test_one_company_two_spellings_is_one_tier_2_group(fresh_db: sqlite_utils.Database) -> None:
    """Issue 13 finding 2: two tier-1 groups (42,000) were one tier-2 group (31,500)."""
    data = (
        HEADER
        + "B1,阿里云计算（北京）有限公司,website,105000.00,false,2020-10-03\n"
        + "B2,阿里云计算(北京)有限公司,website,105000.00,false,2020-10-04\n"
    )
    import_csv(fresh_db, data.encode(), actor="t")
    rows = summarize_month(fresh_db, "2020-10")
    assert len(rows) == 1
    assert rows[0].vendor == "阿里云计算（北京）有限公司", "the first spelling is shown"
    assert rows[0].result.tier == 2
    assert rows[0].result.commission == Decimal("31500.00")
    # Either spelling finds the vendor.
    assert summarize_month(fresh_db, "2020-10", "阿里云计算(北京)有限公司") == rows


def test_first_seen_spelling_is_kept_across_imports(fresh_db: sqlite_utils.Database) -> None:
    import_csv(fresh_db, (HEADER + "C1,Acme,api,10,false,2020-10-03\n").encode(), actor="t")
    import_csv(fresh_db, (HEADER + "C2,ACME,api,10,false,2020-11-03\n").encode(), actor="t")
    assert [row.vendor for row in summarize_month(fresh_db, "2020-11")] == ["Acme"]
    stored = fresh_db.conn.execute(
        "SELECT vendor, vendor_key FROM settlement_orders ORDER BY order_id"
    ).fetchall()
    assert stored == [("Acme", "acme"), ("ACME", "acme")], "the original spelling is kept"


def test_migration_0008_backfills_keys_of_orders_stored_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    every = storage._migration_scripts()
    monkeypatch.setattr(storage, "_migration_scripts", lambda: [s for s in every if s[0] < 8])
    db = storage.open_db(memory=True)
    db.conn.execute(
        "INSERT INTO commission_imports (actor, at, file_name, sha256, rows_read, new_orders,"
        " known_orders, duplicates_in_file) VALUES ('t', 'now', NULL, '', 2, 2, 0, 0)"
    )
    db.conn.executemany(
        "INSERT INTO settlement_orders (order_id, vendor, category, amount_fen, distribution,"
        " settled_on, month, import_id) VALUES (?, ?, 'website', 10500000, 0, ?, '2020-10', 1)",
        [
            ("D1", "阿里云计算（北京）有限公司", "2020-10-03"),
            ("D2", "阿里云计算(北京)有限公司", "2020-10-04"),
        ],
    )
    monkeypatch.setattr(storage, "_migration_scripts", lambda: every)
    assert storage.migrate(db)[0] == "0008_vendor_key.sql"  # later migrations may follow
    rows = summarize_month(db, "2020-10")
    assert [(row.vendor, row.result.tier) for row in rows] == [("阿里云计算（北京）有限公司", 2)]
    db.close()
