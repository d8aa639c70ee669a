"""Importer hardening (issue 15 item 12, issue 13 items 2, 3, 7): digits, limits, control
characters, quotes, streaming, vendor-name notices, the one summary line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import sqlite_utils

from bot.commission.importer import ImportRejected, import_csv, import_file
from bot.commission.summary import summarize_month

HEADER = "order_id,vendor,category,amount,distribution,settled_on\n"
ROW = "A1,甲公司,website,100.00,false,2020-10-03\n"


def reject(db: sqlite_utils.Database, data: str | bytes) -> ImportRejected:
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(ImportRejected) as caught:
        import_csv(db, raw, actor="t")
    assert db.conn.execute("SELECT COUNT(*) FROM settlement_orders").fetchone() == (0,)
    assert db.conn.execute("SELECT COUNT(*) FROM commission_imports").fetchone() == (0,)
    assert db.conn.execute("SELECT COUNT(*) FROM commission_vendor_names").fetchone() == (0,)
    return caught.value


def amount_fen(db: sqlite_utils.Database, amount: str) -> int:
    import_csv(
        db, (HEADER + f'A1,甲公司,website,"{amount}",false,2020-10-03\n').encode(), actor="t"
    )
    return db.conn.execute("SELECT amount_fen FROM settlement_orders").fetchone()[0]


@pytest.mark.parametrize(
    ("amount", "fen"),
    [
        ("１２３", 12_300),  # full-width digits are folded first (NFKC)
        ("１２３．４５", 12_345),
        ("10000000000.00", 1_000_000_000_000),  # exactly the stated limit
        ("¥10,000,000,000.00", 1_000_000_000_000),
        ("￥12,000.00", 1_200_000),
        ("12,000.00元", 1_200_000),
        ("¥ 12000", 1_200_000),
    ],
)
def test_accepted_amounts(fresh_db: sqlite_utils.Database, amount: str, fen: int) -> None:
    assert amount_fen(fresh_db, amount) == fen


@pytest.mark.parametrize(
    ("amount", "zh", "en"),
    [
        ("١٢٣", "非 ASCII 数字", "non-ASCII digits"),  # Arabic-Indic
        ("१२३", "非 ASCII 数字", "non-ASCII digits"),  # Devanagari
        ("10000000000.01", "超过单笔上限 10,000,000,000.00 元", "per-order limit"),
        ("¥10,000,000,000.01", "超过单笔上限", "per-order limit"),
        ("99999999999", "超过单笔上限", "per-order limit"),
        ("-5.00", "负数", "negative"),
        ("12.345", "两位小数", "2 decimals"),
        ("$12.00", "不是金额", "not an amount"),
    ],
)
def test_refused_amounts(fresh_db: sqlite_utils.Database, amount: str, zh: str, en: str) -> None:
    rejected = reject(fresh_db, HEADER + f'A1,甲公司,website,"{amount}",false,2020-10-03\n')
    [error] = rejected.errors
    assert (error.line, error.column) == (2, "amount")
    assert zh in error.zh and en in error.en


@pytest.mark.parametrize(
    ("row", "column", "name"),
    [
        ("A1,甲\x00公司,website,1,false,2020-10-03\n", "vendor", "NUL"),
        ('A1,"甲\n公司",website,1,false,2020-10-03\n', "vendor", "换行"),
        ('A1,"甲\r\n公司",website,1,false,2020-10-03\n', "vendor", "回车"),
        ("A\x001,甲公司,website,1,false,2020-10-03\n", "order_id", "NUL"),
        ("A1,甲\t公司,website,1,false,2020-10-03\n", "vendor", "U+0009"),
        ("A1,甲\u2028公司,website,1,false,2020-10-03\n", "vendor", "U+2028"),
        ("A1,甲公司,website,1,false,2020-10-03\x1b\n", "settled_on", "U+001B"),
    ],
)
def test_control_characters_are_refused_with_row_and_column(
    fresh_db: sqlite_utils.Database, row: str, column: str, name: str
) -> None:
    rejected = reject(fresh_db, HEADER + ROW.replace("A1", "A0") + row)
    [error] = rejected.errors
    assert (error.line, error.column) == (3, column)
    assert name in error.zh and "control character" in error.en


def test_surrounding_whitespace_is_stripped_not_refused(fresh_db: sqlite_utils.Database) -> None:
    import_csv(
        fresh_db, (HEADER + "A1,\t甲公司 \t,website,1,false,2020-10-03\n").encode(), actor="t"
    )
    assert fresh_db.conn.execute("SELECT vendor FROM settlement_orders").fetchone() == ("甲公司",)


def test_unterminated_quote_at_the_end_is_named(fresh_db: sqlite_utils.Database) -> None:
    rejected = reject(
        fresh_db, HEADER + ROW + 'A2,"乙公司,api,1,false,2020-10-03\nA3,丙,api,1,0,2020-10-04\n'
    )
    [error] = rejected.errors
    assert error.line == 3
    assert "双引号" in error.zh and "没有闭合" in error.zh
    assert "never closed" in error.en and "columns" not in error.en


def test_unterminated_quote_closed_by_a_later_row_is_named(
    fresh_db: sqlite_utils.Database,
) -> None:
    data = HEADER + ROW + 'A2,"乙公司,api,1,false,2020-10-03\nA3,丙,api,"1,000.00",0,2020-10-04\n'
    [error] = reject(fresh_db, data).errors
    assert error.line == 3 and "never closed" in error.en and "line 4" in error.en


def test_one_bad_row_after_many_batches_writes_nothing(fresh_db: sqlite_utils.Database) -> None:
    rows = "".join(f"O{n:06d},V{n % 7},api,1.00,false,2020-10-01\n" for n in range(25_000))
    rejected = reject(fresh_db, HEADER + rows + "Z1,V1,api,1.00,maybe,2020-10-01\n")
    assert [(e.line, e.column) for e in rejected.errors] == [(25_002, "distribution")]


class RecordingFile(io.BytesIO):
    """A file that remembers the largest single read asked of it."""

    largest_read = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.largest_read = max(self.largest_read, len(data))
        return data

    def readline(self, size: int | None = -1) -> bytes:
        data = super().readline(size)
        self.largest_read = max(self.largest_read, len(data))
        return data

    def __next__(self) -> bytes:
        data = super().__next__()
        self.largest_read = max(self.largest_read, len(data))
        return data


def test_the_file_is_read_in_pieces_never_whole(fresh_db: sqlite_utils.Database) -> None:
    rows = "".join(f"O{n:06d},V{n % 7},api,1.00,false,2020-10-01\n" for n in range(40_000))
    data = (HEADER + rows).encode()
    handle = RecordingFile(data)
    report = import_file(fresh_db, handle, actor="t", total_bytes=len(data))
    assert report.new_orders == 40_000
    assert len(data) > 1_400_000
    assert handle.largest_read <= 1024 * 1024, "read in bounded pieces, not all at once"


def test_reimport_changes_nothing_and_the_summary_line_says_so(
    fresh_db: sqlite_utils.Database,
) -> None:
    data = (HEADER + ROW + 'A2,乙公司,api,"¥1,234.50",是,2020-11-03\n').encode()
    first = import_csv(fresh_db, data, actor="t")
    assert first.summary_line("en") == (
        "Rows read: 2; new orders: 2; already known: 0; identical duplicates in the file: 0; "
        "vendors: 2; months: 2020-10 … 2020-11 (2); amount total: ¥1,334.50"
    )
    before = fresh_db.conn.execute("SELECT * FROM settlement_orders ORDER BY order_id").fetchall()
    again = import_csv(fresh_db, data, actor="t")
    assert (again.new_orders, again.known_orders) == (0, 2)
    assert (
        fresh_db.conn.execute("SELECT * FROM settlement_orders ORDER BY order_id").fetchall()
        == before
    )
    assert "nothing changed" in again.summary_line("en")
    assert "没有任何变化" in again.summary_line("zh")
    assert "金额合计 ¥1,334.50" in again.summary_line("zh")


def test_reexport_with_another_spelling_of_the_vendor_is_not_a_conflict(
    fresh_db: sqlite_utils.Database,
) -> None:
    import_csv(
        fresh_db,
        (HEADER + "B1,阿里云计算（北京）有限公司,website,1,否,2020-10-03\n").encode(),
        actor="t",
    )
    again = import_csv(
        fresh_db,
        (HEADER + "B1,阿里云计算(北京)有限公司,website,1,否,2020-10-03\n").encode(),
        actor="t",
    )
    assert (again.new_orders, again.known_orders) == (0, 1)


def test_names_folded_together_are_reported(fresh_db: sqlite_utils.Database) -> None:
    data = (
        HEADER
        + "B1,阿里云计算（北京）有限公司,website,105000,否,2020-10-03\n"
        + "B2,阿里云计算(北京)有限公司,website,105000,否,2020-10-04\n"
        + "B3,阿里云计算（北京） 有限公司,website,1,否,2020-10-05\n"
    ).encode()
    report = import_csv(fresh_db, data, actor="t")
    [notice] = report.name_notices
    assert notice.kind == "folded"
    assert notice.names == (
        "阿里云计算（北京）有限公司",
        "阿里云计算(北京)有限公司",
        "阿里云计算（北京） 有限公司",
    )
    assert "按同一服务商计算" in report.notices_text("zh")
    assert "counted as one vendor" in report.notices_text("en")
    assert len(summarize_month(fresh_db, "2020-10")) == 1


def test_a_new_spelling_of_a_known_vendor_is_reported(fresh_db: sqlite_utils.Database) -> None:
    import_csv(fresh_db, (HEADER + "C1,ACME Ltd,api,1,否,2020-10-03\n").encode(), actor="t")
    report = import_csv(
        fresh_db, (HEADER + "C2,Acme  LTD,api,1,否,2020-10-04\n").encode(), actor="t"
    )
    assert [(n.kind, n.names) for n in report.name_notices] == [
        ("folded", ("ACME Ltd", "Acme  LTD"))
    ]


def test_similar_names_are_reported_but_not_merged(fresh_db: sqlite_utils.Database) -> None:
    import_csv(
        fresh_db, (HEADER + "S1,杭州某某网络科技有限公司,api,1,否,2020-10-03\n").encode(), actor="t"
    )
    report = import_csv(
        fresh_db,
        (
            HEADER
            + "S2,杭州某某网络科技有限公同,api,1,否,2020-10-04\n"
            + "S3,甲公司,api,1,否,2020-10-04\n"
            + "S4,乙公司,api,1,否,2020-10-04\n"
        ).encode(),
        actor="t",
    )
    assert [(n.kind, n.names) for n in report.name_notices] == [
        ("similar", ("杭州某某网络科技有限公同", "杭州某某网络科技有限公司"))
    ]
    assert "请核对" in report.notices_text("zh") and "check them" in report.notices_text("en")
    assert len(summarize_month(fresh_db, "2020-10")) == 4, "similar names stay separate vendors"


def test_distinct_names_give_no_notice(fresh_db: sqlite_utils.Database, tmp_path: Path) -> None:
    report = import_csv(
        fresh_db,
        (
            HEADER + ROW + "A2,乙公司,api,1,否,2020-10-04\nA3,服务商001,api,1,否,2020-10-04\n"
            "A4,服务商002,api,1,否,2020-10-04\n"
        ).encode(),
        actor="t",
    )
    assert report.name_notices == [] and report.notices_text("zh") == ""


def month_index_sql(db: sqlite_utils.Database) -> str | None:
    found = db.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'settlement_orders_month'"
    ).fetchone()
    return found[0] if found else None


def test_a_large_load_builds_the_month_index_once_and_keeps_it(
    fresh_db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.commission import importer

    monkeypatch.setattr(importer, "REBUILD_INDEX_MIN_ROWS", 1_000)
    dropped: list[str] = []
    real_drop = importer._drop_month_index_for_a_large_load

    def recording_drop(*args: object) -> str | None:
        sql = real_drop(*args)  # type: ignore[arg-type]
        dropped.append(sql or "")
        return sql

    monkeypatch.setattr(importer, "_drop_month_index_for_a_large_load", recording_drop)
    before = month_index_sql(fresh_db)
    rows = "".join(f"O{n:06d},V{n % 7},api,1.00,false,2020-10-01\n" for n in range(25_000))
    reject(fresh_db, HEADER + rows + "Z1,V1,api,1.00,maybe,2020-10-01\n")
    assert dropped == [before], "dropped for the load…"
    assert month_index_sql(fresh_db) == before, "…and back after the rollback"
    import_csv(fresh_db, (HEADER + rows).encode(), actor="t")
    assert month_index_sql(fresh_db) == before
    assert fresh_db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = import_csv(fresh_db, (HEADER + rows).encode(), actor="t")
    assert again.known_orders == 25_000
    assert dropped[-1] == "", "a re-import keeps the index"
    [row] = summarize_month(fresh_db, "2020-10", "V1")
    assert row.orders == len(range(1, 25_000, 7))


def test_repeats_and_known_orders_are_told_apart_across_batches(
    fresh_db: sqlite_utils.Database,
) -> None:
    rows = [f"O{n:06d},V{n % 7},api,1.00,false,2020-10-01\n" for n in range(12_000)]
    import_csv(fresh_db, (HEADER + "".join(rows[:5_000])).encode(), actor="t")
    # 5,000 known, 7,000 new, and two exact repeats: one within a batch, one across batches.
    data = HEADER + "".join(rows) + rows[11_999] + rows[6_000]
    report = import_csv(fresh_db, data.encode(), actor="t")
    assert (report.rows_read, report.new_orders, report.known_orders) == (12_002, 7_000, 5_000)
    assert report.duplicates_in_file == 2
    changed = rows[6_000].replace("1.00", "2.00")
    rejected = reject_more(
        fresh_db, HEADER + "".join(rows[5_000:]) + "O999999,V1,api,1,0,2020-10-01\n" + changed
    )
    [error] = rejected.errors
    assert error.line == 7_003 and "O006000" in error.zh and "已导入过" in error.zh


def reject_more(db: sqlite_utils.Database, data: str) -> ImportRejected:
    before = db.conn.execute("SELECT COUNT(*) FROM settlement_orders").fetchone()
    with pytest.raises(ImportRejected) as caught:
        import_csv(db, data.encode(), actor="t")
    assert db.conn.execute("SELECT COUNT(*) FROM settlement_orders").fetchone() == before
    return caught.value


def test_a_reimport_checks_before_inserting_and_still_finds_everything(
    fresh_db: sqlite_utils.Database,
) -> None:
    rows = [f"O{n:06d},V{n % 7},api,1.00,false,2020-10-01\n" for n in range(15_000)]
    import_csv(fresh_db, (HEADER + "".join(rows)).encode(), actor="t")
    new = "N1,V1,api,5.00,false,2020-10-02\n"
    # The first batch is all known, so the second is checked first: known, new, repeated.
    report = import_csv(
        fresh_db,
        (HEADER + "".join(rows) + new + new + "N2,V2,api,1,0,2020-10-02\n").encode(),
        actor="t",
    )
    assert (report.new_orders, report.known_orders, report.duplicates_in_file) == (2, 15_000, 1)
    assert fresh_db.conn.execute(
        "SELECT amount_fen FROM settlement_orders WHERE order_id = 'N1'"
    ).fetchone() == (500,)
    changed = rows[12_000].replace("1.00", "3.00")
    [error] = reject_more(fresh_db, HEADER + "".join(rows[:10_000]) + changed).errors
    assert error.line == 10_002 and "已导入过" in error.zh
    twice = "N3,V1,api,1.00,false,2020-10-02\n", "N3,V1,api,2.00,false,2020-10-02\n"
    [error] = reject_more(fresh_db, HEADER + "".join(rows[:10_000]) + "".join(twice)).errors
    assert error.line == 10_003 and "已在第 10002 行出现" in error.zh
