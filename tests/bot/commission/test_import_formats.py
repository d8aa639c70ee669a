"""Settlement files as finance has them: encodings, .xlsx, currency formats; clear refusals."""

from __future__ import annotations

import codecs
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from openpyxl import Workbook

from bot.commission.importer import ImportRejected, import_csv
from bot.storage import open_db

HEADER = "order_id,vendor,category,amount,distribution,settled_on"
# The README's example row, and two more in the other accepted spellings.
README_ROWS = [
    ("A1001", "A公司", "建站市场", "12000.00", "否", "2020-10-08"),
    ("A1002", "B公司", "api", "1234.5", "是", "2020-10-09"),
    ("A1003", "A公司", "服务市场", "99.99", "false", "2020/10/31"),
]
EXPECTED = [
    ("A1001", "A公司", "website", 1_200_000, 0, "2020-10-08"),
    ("A1002", "B公司", "api", 123_450, 1, "2020-10-09"),
    ("A1003", "A公司", "service", 9_999, 0, "2020-10-31"),
]


def csv_text(rows: list[tuple[str, ...]], newline: str = "\n") -> str:
    def cell(value: str) -> str:
        return f'"{value}"' if "," in value else value

    return newline.join([HEADER, *(",".join(cell(v) for v in row) for row in rows)]) + newline


def xlsx_bytes(rows: list[tuple[object, ...]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def stored(db: sqlite_utils.Database) -> list[tuple[object, ...]]:
    return db.conn.execute(
        "SELECT order_id, vendor, category, amount_fen, distribution, settled_on"
        " FROM settlement_orders ORDER BY order_id"
    ).fetchall()


CURRENCY_ROWS = [
    ("A1001", "A公司", "建站市场", "¥12,000.00", "否", "2020-10-08"),
    ("A1002", "B公司", "api", "1,234.50元", "是", "2020-10-09"),
    ("A1003", "A公司", "服务市场", "￥99.99", "false", "2020/10/31"),
]

VARIANTS: dict[str, bytes] = {
    "utf-8": csv_text(README_ROWS).encode(),
    "utf-8 with BOM, CRLF": codecs.BOM_UTF8 + csv_text(README_ROWS, "\r\n").encode(),
    "utf-8, old Mac CR line ends": csv_text(README_ROWS, "\r").encode(),
    "gbk (Excel CSV on Chinese Windows)": csv_text(README_ROWS, "\r\n").encode("gbk"),
    "gb18030": csv_text(README_ROWS).encode("gb18030"),
    "utf-16 LE with BOM": csv_text(README_ROWS).encode("utf-16"),
    "utf-16 BE with BOM": codecs.BOM_UTF16_BE + csv_text(README_ROWS).encode("utf-16-be"),
    "currency formats ¥ ￥ 元": csv_text(CURRENCY_ROWS).encode(),
    "xlsx, text cells": xlsx_bytes(README_ROWS),
    "xlsx, typed cells": xlsx_bytes(
        [
            ("A1001", "A公司", "建站市场", 12000, False, date(2020, 10, 8)),
            ("A1002", "B公司", "api", 1234.5, True, date(2020, 10, 9)),
            ("A1003", "A公司", "服务市场", 99.99, "false", "2020/10/31"),
        ]
    ),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_accepted_file_form_imports_identically(
    variant: str, fresh_db: sqlite_utils.Database
) -> None:
    report = import_csv(fresh_db, VARIANTS[variant], actor="t", file_name="f")
    assert (report.rows_read, report.new_orders) == (3, 3)
    assert stored(fresh_db) == EXPECTED
    assert report.amount_fen == 1_200_000 + 123_450 + 9_999


def test_gbk_csv_xlsx_and_currency_file_from_a_path_match(tmp_path: Path) -> None:
    """Issue 13: a GBK CSV, an .xlsx and a ¥-formatted file import identically (CLI path)."""
    results = []
    for name, data in (
        ("gbk.csv", VARIANTS["gbk (Excel CSV on Chinese Windows)"]),
        ("book.xlsx", VARIANTS["xlsx, typed cells"]),
        ("yen.csv", VARIANTS["currency formats ¥ ￥ 元"]),
    ):
        (tmp_path / name).write_bytes(data)
        db = open_db(tmp_path / f"{name}.db")
        import_csv(db, tmp_path / name, actor="t")
        results.append(stored(db))
        db.close()
    assert results == [EXPECTED, EXPECTED, EXPECTED]


def test_gbk_after_a_long_ascii_start_is_still_read_as_gbk(
    fresh_db: sqlite_utils.Database,
) -> None:
    """The first 64 KiB decide the guess; GBK bytes further on make the import read again."""
    ascii_rows = [(f"X{n:06d}", "Acme", "api", "1.00", "0", "2020-10-01") for n in range(3000)]
    data = csv_text([*ascii_rows, ("Z1", "甲公司", "api", "2.00", "否", "2020-10-02")]).encode(
        "gbk"
    )
    assert len(data) > 64 * 1024
    report = import_csv(fresh_db, data, actor="t")
    assert report.new_orders == 3001
    assert fresh_db.conn.execute(
        "SELECT vendor FROM settlement_orders WHERE order_id = 'Z1'"
    ).fetchone() == ("甲公司",)


def reject(db: sqlite_utils.Database, data: bytes) -> ImportRejected:
    with pytest.raises(ImportRejected) as caught:
        import_csv(db, data, actor="t")
    assert stored(db) == [], "nothing is written"
    assert db.conn.execute("SELECT COUNT(*) FROM commission_imports").fetchone() == (0,)
    return caught.value


def zip_without_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "zh", "en"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            ".xls",
            "old Excel 97-2003 file (.xls)",
        ),
        (csv_text(README_ROWS).encode("utf-16-le"), "UTF-16", "UTF-16 text without a byte-order"),
        (b"%PDF-1.7\n...", "PDF", "this is a PDF"),
        (zip_without_workbook(), "不是可读取的 Excel 工作簿", "not a readable Excel workbook"),
        (b"\x00\x01\x02\x00" * 300, "二进制文件", "binary file"),
        (
            HEADER.encode() + b"\n\xff\xfe\xff,x\n",
            "既不是 UTF-8 也不是 GBK",
            "neither UTF-8 nor GBK",
        ),
    ],
    ids=["xls", "utf-16 without BOM", "pdf", "zip", "binary", "unknown encoding"],
)
def test_other_files_are_named_with_a_fix(
    fresh_db: sqlite_utils.Database, data: bytes, zh: str, en: str
) -> None:
    rejected = reject(fresh_db, data)
    assert zh in rejected.zh and en in rejected.en
    assert "CSV UTF-8" in rejected.en or ".xlsx" in rejected.en


def test_a_file_mixing_encodings_names_the_line(fresh_db: sqlite_utils.Database) -> None:
    data = (
        codecs.BOM_UTF8
        + csv_text(README_ROWS).encode()
        + "Z1,乙公司,api,1,否,2020-10-02\n".encode("gbk")
    )
    rejected = reject(fresh_db, data)
    assert "第 5 行附近" in rejected.zh and "near line 5" in rejected.en


def test_xlsx_errors_name_the_sheet_row_and_column(fresh_db: sqlite_utils.Database) -> None:
    data = xlsx_bytes([README_ROWS[0], ("A1002", "B公司", "api", "12.345", "是", "2020-10-09")])
    rejected = reject(fresh_db, data)
    assert [(e.line, e.column) for e in rejected.errors] == [(3, "amount")]


def test_xlsx_numbers_read_as_excel_shows_them() -> None:
    from bot.commission.sources import cell_text

    assert cell_text(0.1 + 0.2) == "0.3"
    assert cell_text(1500.5) == "1500.5"
    assert cell_text(20201003001.0) == "20201003001"
    assert cell_text(True) == "true"
    assert cell_text(date(2020, 10, 8)) == "2020-10-08"
    assert cell_text(None) == ""
