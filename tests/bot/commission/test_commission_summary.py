"""Monthly summary: SQL aggregation per vendor × category, SPEC JSON, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from bot.commission.importer import import_csv
from bot.commission.summary import MONTH_GROUPS_SQL, MonthError, parse_month, summarize_month
from cli.main import main

CSV = (
    "order_id,vendor,category,amount,distribution,settled_on\n"
    # 甲 website: the seed's example split over three orders (600k own + 400k distribution)
    "A1,甲公司,website,350000.00,false,2020-10-01\n"
    "A2,甲公司,网站建设,250000.00,false,2020-10-31\n"
    "A3,甲公司,建站,400000.00,true,2020-10-15\n"
    # 甲 new_retail: no rate in the policy
    "A4,甲公司,新零售,1000.00,false,2020-10-02\n"
    # 乙 service tier 2 (incl. distribution), api 0 %
    "B1,乙公司,服务市场,150000.00,false,2020-10-05\n"
    "B2,乙公司,service,60000.00,true,2020-10-06\n"
    "B3,乙公司,API市场,5000.00,false,2020-10-07\n"
    # other months must not leak in
    "B4,乙公司,service,999999.00,false,2020-09-30\n"
    "B5,乙公司,service,999999.00,false,2020-11-01\n"
)


@pytest.fixture
def loaded(fresh_db: sqlite_utils.Database) -> sqlite_utils.Database:
    import_csv(fresh_db, CSV.encode(), actor="t")
    return fresh_db


def test_several_vendors_and_categories(loaded: sqlite_utils.Database) -> None:
    rows = [row.to_json() for row in summarize_month(loaded, "2020-10")]
    assert rows == [
        {
            "vendor": "乙公司",
            "category": "api",
            "month": "2020-10",
            "status": "ok",
            "total": "5000.00",
            "distribution": "0.00",
            "commissionable": "5000.00",
            "tier": 1,
            "rate": "0.00",
            "precharged": "0.00",
            "commission": "0.00",
            "refund": "0.00",
        },
        {
            "vendor": "乙公司",
            "category": "service",
            "month": "2020-10",
            "status": "ok",
            "total": "210000.00",
            "distribution": "60000.00",
            "commissionable": "150000.00",
            "tier": 2,
            "rate": "0.05",
            "precharged": "15000.00",
            "commission": "7500.00",
            "refund": "7500.00",
        },
        {
            "vendor": "甲公司",
            "category": "new_retail",
            "month": "2020-10",
            "status": "no_rate",
            "total": "1000.00",
            "distribution": "0.00",
            "commissionable": "1000.00",
            "tier": None,
            "rate": None,
            "precharged": None,
            "commission": None,
            "refund": None,
        },
        {
            "vendor": "甲公司",
            "category": "website",
            "month": "2020-10",
            "status": "ok",
            "total": "1000000.00",
            "distribution": "400000.00",
            "commissionable": "600000.00",
            "tier": 3,
            "rate": "0.10",
            "precharged": "120000.00",
            "commission": "60000.00",
            "refund": "60000.00",
        },
    ]


def test_vendor_filter_and_empty_month(loaded: sqlite_utils.Database) -> None:
    assert [
        (r.vendor, r.category, r.orders) for r in summarize_month(loaded, "2020-10", "甲公司")
    ] == [
        ("甲公司", "new_retail", 1),
        ("甲公司", "website", 3),
    ]
    assert summarize_month(loaded, "2020-12") == []


def test_aggregation_uses_the_covering_index(loaded: sqlite_utils.Database) -> None:
    plan = " ".join(
        str(row[-1])
        for row in loaded.conn.execute("EXPLAIN QUERY PLAN " + MONTH_GROUPS_SQL, ("2020-10",))
    )
    assert "COVERING INDEX settlement_orders_month" in plan
    assert "TEMP B-TREE FOR GROUP BY" not in plan


@pytest.mark.parametrize("text", ["2020-13", "2020/10", "Oct", "", "2020-00", "20-10"])
def test_bad_month(text: str) -> None:
    with pytest.raises(MonthError) as caught:
        parse_month(text)
    assert "YYYY-MM" in caught.value.zh


def test_month_forms() -> None:
    assert parse_month("2020-1") == "2020-01"
    assert parse_month("2020年10月") == "2020-10"


def test_cli_import_summary_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, csv_path = tmp_path / "c.db", tmp_path / "s.csv"
    csv_path.write_text(CSV, "utf-8")
    assert main(["commission", "import", str(csv_path), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "读取 9 行；新订单 9 个" in out
    assert main(["commission", "import", str(csv_path), "--db", str(db_path)]) == 0
    assert "新订单 0 个；已导入过 9 个" in capsys.readouterr().out
    args = ["commission", "summary", "--month", "2020-10", "--vendor", "甲公司", "--json"]
    assert main([*args, "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["category"], d["status"], d["commission"]) for d in data] == [
        ("new_retail", "no_rate", None),
        ("website", "ok", "60000.00"),
    ]
    assert main(["commission", "summary", "--month", "2020-10", "--db", str(db_path)]) == 0
    text = capsys.readouterr().out
    assert "¥60,000.00" in text and "第3档" in text and "合计（" in text and "无费率" in text
    assert "达到第3档（50万元（含）及以上）" in text


def test_cli_rejects_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, csv_path = tmp_path / "c.db", tmp_path / "bad.csv"
    csv_path.write_text(CSV + "X1,丙,website,1e5,false,2020-10-01\n", "utf-8")
    assert main(["commission", "import", str(csv_path), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "第 11 行 amount（实收金额）" in err and "line 11 amount" in err
    assert main(["commission", "summary", "--month", "2020-13", "--db", str(db_path)]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    # The refused import wrote nothing, not even the database: reading it says so.
    assert not db_path.exists()
    assert (
        main(["commission", "summary", "--month", "2020-10", "--json", "--db", str(db_path)]) == 2
    )
    assert "database file not found" in capsys.readouterr().err


def test_cli_unknown_vendor_names_the_vendors_that_month(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, csv_path = tmp_path / "c.db", tmp_path / "s.csv"
    csv_path.write_text(CSV, "utf-8")
    assert main(["commission", "import", str(csv_path), "--db", str(db_path)]) == 0
    capsys.readouterr()
    args = ["commission", "summary", "--month", "2020-10", "--vendor", "不存在公司"]
    assert main([*args, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == (
        "服务商「不存在公司」在 2020-10 没有结算订单。该月有订单的服务商（2 个）：乙公司、甲公司。"
    )
    assert main(["commission", "summary", "--month", "2020-12", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == "2020-12 没有已导入的结算订单。"


def test_empty_summary_lists_at_most_ten_vendors(fresh_db: sqlite_utils.Database) -> None:
    from bot.commission.summary import empty_summary_text

    rows = "".join(f"O{n},V{n:02d},api,1.00,false,2020-10-01\n" for n in range(12))
    import_csv(fresh_db, (CSV.splitlines()[0] + "\n" + rows).encode(), actor="t")
    text = empty_summary_text(fresh_db, "2020-10", "X", "en")
    assert text == (
        "Vendor “X” has no settled orders in 2020-10. Vendors with orders that month (12): "
        "V00, V01, V02, V03, V04, V05, V06, V07, V08, V09 and 2 more."
    )
