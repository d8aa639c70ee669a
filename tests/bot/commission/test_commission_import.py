"""Settlement CSV import: every kind of bad row is named, and nothing is half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from bot.commission.importer import ImportRejected, import_csv

HEADER = "order_id,vendor,category,amount,distribution,settled_on\n"
GOOD = (
    HEADER
    + "A1,甲公司,website,600000.00,false,2020-10-03\n"
    + "A2,甲公司,建站市场,400000,true,2020-10-20\n"
    + "A3,乙公司,服务&代维,1500.5,否,2020-10-31\n"
    + "A4,乙公司,api,99.99,0,2020-11-01\n"
)


def counts(db: sqlite_utils.Database) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("settlement_orders", "commission_imports", "audit_log")
    )


def reject(db: sqlite_utils.Database, data: bytes) -> ImportRejected:
    before = counts(db)
    with pytest.raises(ImportRejected) as caught:
        import_csv(db, data, actor="test")
    assert counts(db) == before, "a rejected import must write nothing"
    return caught.value


def test_good_file_is_stored_in_fen_with_month(fresh_db: sqlite_utils.Database) -> None:
    report = import_csv(fresh_db, GOOD.encode(), actor="U1", file_name="oct.csv")
    assert (report.rows_read, report.new_orders, report.known_orders) == (4, 4, 0)
    rows = fresh_db.conn.execute(
        "SELECT order_id, vendor, category, amount_fen, distribution, settled_on, month"
        " FROM settlement_orders ORDER BY order_id"
    ).fetchall()
    assert rows == [
        ("A1", "甲公司", "website", 60000000, 0, "2020-10-03", "2020-10"),
        ("A2", "甲公司", "website", 40000000, 1, "2020-10-20", "2020-10"),
        ("A3", "乙公司", "service", 150050, 0, "2020-10-31", "2020-10"),
        ("A4", "乙公司", "api", 9999, 0, "2020-11-01", "2020-11"),
    ]
    assert report.per_month_vendor == [
        ("2020-10", "乙公司", 1),
        ("2020-10", "甲公司", 2),
        ("2020-11", "乙公司", 1),
    ]
    imports = fresh_db.conn.execute(
        "SELECT actor, file_name, rows_read, new_orders, known_orders FROM commission_imports"
    ).fetchall()
    assert imports == [("U1", "oct.csv", 4, 4, 0)]
    assert fresh_db.conn.execute(
        "SELECT actor, action FROM audit_log WHERE action = 'commission.import'"
    ).fetchall() == [("U1", "commission.import")]


def test_reimport_changes_nothing(fresh_db: sqlite_utils.Database) -> None:
    import_csv(fresh_db, GOOD.encode(), actor="t")
    before = fresh_db.conn.execute("SELECT * FROM settlement_orders ORDER BY order_id").fetchall()
    again = import_csv(fresh_db, GOOD.encode(), actor="t")
    assert (again.new_orders, again.known_orders) == (0, 4)
    assert (
        fresh_db.conn.execute("SELECT * FROM settlement_orders ORDER BY order_id").fetchall()
        == before
    )


def test_chinese_headers_bom_other_column_order_and_date_forms(
    fresh_db: sqlite_utils.Database,
) -> None:
    data = (
        "\ufeff结算日期,订单号,服务商,类目,实收金额,是否分销\n"
        '2020/10/3,Z1,丙公司,基础软件市场,"1,234.50",是\n'
        "2020年10月4日,Z2,丙公司,software,0.01,1\n"
    ).encode()
    report = import_csv(fresh_db, data, actor="t")
    assert report.new_orders == 2
    assert fresh_db.conn.execute(
        "SELECT order_id, category, amount_fen, distribution, settled_on FROM settlement_orders"
        " ORDER BY order_id"
    ).fetchall() == [
        ("Z1", "software", 123450, 1, "2020-10-03"),
        ("Z2", "software", 1, 1, "2020-10-04"),
    ]


def test_identical_duplicates_in_the_file_count_once(fresh_db: sqlite_utils.Database) -> None:
    data = GOOD + "A1,甲公司,website,600000.00,false,2020-10-03\n"
    report = import_csv(fresh_db, data.encode(), actor="t")
    assert (report.rows_read, report.new_orders, report.duplicates_in_file) == (5, 4, 1)


def test_path_input(fresh_db: sqlite_utils.Database, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(GOOD, "utf-8")
    assert import_csv(fresh_db, path, actor="t").file_name == "s.csv"
    assert import_csv(fresh_db, str(path), actor="t").known_orders == 4


@pytest.mark.parametrize(
    ("row", "column", "zh_part", "en_part"),
    [
        ("B1,丁,website,12,3.4,false,2020-10-01", None, "7 列", "7 columns"),
        ("B1,丁,website,5,false", None, "5 列", "5 columns"),
        (
            'B1,丁,website,"12,3.4",false,2020-10-01',
            "amount（实收金额）",
            "'12,3.4' 不是金额",
            "not an amount",
        ),
        ("B1,丁,website,abc,false,2020-10-01", "amount（实收金额）", "不是金额", "not an amount"),
        ("B1,丁,website,-5,false,2020-10-01", "amount（实收金额）", "负", "negative"),
        ("B1,丁,website,1.234,false,2020-10-01", "amount（实收金额）", "两位小数", "2 decimals"),
        ("B1,丁,website,1e5,false,2020-10-01", "amount（实收金额）", "科学计数法", "scientific"),
        ("B1,丁,website,,false,2020-10-01", "amount（实收金额）", "为空", "empty"),
        (
            "B1,丁,website,99999999999999999999,false,2020-10-01",
            "amount（实收金额）",
            "上限",
            "limit",
        ),
        ("B1,丁,卖菜市场,5,false,2020-10-01", "category（类目）", "不是已知类目", "website"),
        (
            "B1,丁,website,5,false,2020-13-01",
            "settled_on（结算日期）",
            "不是有效日期",
            "YYYY-MM-DD",
        ),
        ("B1,丁,website,5,false,yesterday", "settled_on（结算日期）", "不是有效日期", "valid date"),
        ("B1,丁,website,5,false,2021-04-01", "settled_on（结算日期）", "2021-03-31", "outside"),
        (
            "B1,丁,website,5,false,2016-11-16",
            "settled_on（结算日期）",
            "不在佣金政策期间内",
            "2016-11-17",
        ),
        ("B1,丁,website,5,maybe,2020-10-01", "distribution（是否分销）", "'maybe'", "true/false"),
        ("B1, ,website,5,false,2020-10-01", "vendor（服务商）", "服务商为空", "vendor is empty"),
        (",丁,website,5,false,2020-10-01", "order_id（订单号）", "订单号为空", "empty"),
    ],
)
def test_each_kind_of_bad_row_is_named(
    fresh_db: sqlite_utils.Database, row: str, column: str | None, zh_part: str, en_part: str
) -> None:
    import_csv(fresh_db, GOOD.encode(), actor="t")
    data = (GOOD + row + "\n").encode()
    rejected = reject(fresh_db, data)
    assert len(rejected.errors) >= 1
    error = rejected.errors[0]
    assert error.line == 6
    text_zh, text_en = error.text("zh"), error.text("en")
    assert text_zh.startswith("第 6 行")
    assert text_en.startswith("line 6")
    if column:
        assert column in text_zh
        assert column.split("（")[0] in text_en
    assert zh_part in text_zh
    assert en_part in text_en


def test_same_order_twice_with_different_data_in_one_file(fresh_db: sqlite_utils.Database) -> None:
    data = GOOD + "A3,乙公司,service,1500.51,false,2020-10-31\n"
    rejected = reject(fresh_db, data.encode())
    assert rejected.errors[0].line == 6
    assert "已在第 4 行出现" in rejected.errors[0].text("zh")


def test_order_already_stored_with_different_data(fresh_db: sqlite_utils.Database) -> None:
    import_csv(fresh_db, GOOD.encode(), actor="t")
    changed = GOOD.replace("A4,乙公司,api,99.99", "A4,乙公司,api,99.98")
    rejected = reject(fresh_db, (changed + "A5,乙公司,api,1,0,2020-11-02\n").encode())
    assert [(e.line, e.column) for e in rejected.errors] == [(5, "order_id")]
    assert "已导入过" in rejected.errors[0].zh and "99.99" in rejected.errors[0].zh


def test_errors_are_collected_up_to_twenty(fresh_db: sqlite_utils.Database) -> None:
    data = HEADER + "".join(f"C{i},丁,website,x{i},false,2020-10-01\n" for i in range(50))
    rejected = reject(fresh_db, data.encode())
    assert len(rejected.errors) == 20
    assert rejected.more == 30
    assert [e.line for e in rejected.errors] == list(range(2, 22))
    assert "另有 30 个问题" in rejected.zh


def test_one_bad_row_among_many_good_writes_nothing(fresh_db: sqlite_utils.Database) -> None:
    rows = "".join(f"D{i},丁,website,{i}.50,false,2020-10-01\n" for i in range(30000))
    data = HEADER + rows + "BAD,丁,website,1.999,false,2020-10-01\n"
    rejected = reject(fresh_db, data.encode())
    assert rejected.errors[0].line == 30002


def test_gbk_file_is_read_as_gbk(fresh_db: sqlite_utils.Database) -> None:
    """Issue 13 finding 5: Excel's CSV on Chinese Windows was refused."""
    report = import_csv(fresh_db, GOOD.encode("gbk"), actor="t")
    assert report.new_orders == 4
    assert report.file_kind == "CSV (GBK/GB18030)"
    vendors = {v for (v,) in fresh_db.conn.execute("SELECT vendor FROM settlement_orders")}
    assert vendors == {"甲公司", "乙公司"}


@pytest.mark.parametrize("data", [b"", b"   \n", "\ufeff".encode()])
def test_empty_file(fresh_db: sqlite_utils.Database, data: bytes) -> None:
    rejected = reject(fresh_db, data)
    assert "文件是空的" in rejected.zh and "empty" in rejected.en


def test_header_without_rows(fresh_db: sqlite_utils.Database) -> None:
    assert "没有数据行" in reject(fresh_db, HEADER.encode()).zh


def test_missing_column_is_named(fresh_db: sqlite_utils.Database) -> None:
    data = "order_id,vendor,category,amount,settled_on\nA1,甲,website,1,2020-10-01\n"
    rejected = reject(fresh_db, data.encode())
    assert [(e.line, e.column) for e in rejected.errors] == [(1, "distribution")]
    assert "是否分销" in rejected.zh


def test_unreadable_path(fresh_db: sqlite_utils.Database, tmp_path: Path) -> None:
    before = counts(fresh_db)
    with pytest.raises(ImportRejected) as caught:
        import_csv(fresh_db, tmp_path / "missing.csv", actor="t")
    assert "missing.csv" in caught.value.zh
    assert counts(fresh_db) == before
