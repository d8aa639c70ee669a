"""Exports of a month's summary: CSV, JSON (SPEC's contract), xlsx and the readable table.

Every text cell that a spreadsheet could run as a formula (OWASP "CSV injection": a cell
starting with = + - @ TAB or CR) gets a leading apostrophe. Vendor names come from settlement
files, so this matters for every export and for the CSV posted to the channel. Numbers stay
numbers: in CSV a plain decimal like -5.00 is left alone (Excel reads it as a number, not a
formula), and in xlsx amounts are numeric cells, never text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from bot.commission.summary import MONEY_FIELDS, SummaryRow, category_label, format_summary

FORMATS = ("table", "csv", "json", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")

EXPORT_FIELDS = (
    "vendor",
    "category",
    "category_name",
    "month",
    "status",
    "total",
    "distribution",
    "commissionable",
    "tier",
    "rate",
    "precharged",
    "commission",
    "refund",
)


def neutralise_text(value: str) -> str:
    """A text cell that cannot start a formula: a leading ' when it starts with = + - @ TAB CR."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def neutralise_csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if _PLAIN_NUMBER.fullmatch(text):
        return text
    return neutralise_text(text)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV with a BOM (Excel then opens Chinese names correctly), every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([neutralise_csv_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise_csv_cell(cell) for cell in row])
    return "\ufeff" + out.getvalue()


def _record(row: SummaryRow) -> dict[str, Any]:
    data = row.to_json()
    return {**data, "category_name": category_label(row)}


def summary_csv_text(rows: list[SummaryRow]) -> str:
    return csv_text(
        EXPORT_FIELDS, ([_record(row).get(name) for name in EXPORT_FIELDS] for row in rows)
    )


def summary_json_text(rows: list[SummaryRow]) -> str:
    """SPEC's JSON contract, unchanged (JSON is data, not a spreadsheet: nothing prefixed)."""
    return json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2)


def xlsx_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    number_formats: dict[int, str] | None = None,
    sheet_title: str = "commission",
) -> bytes:
    """An .xlsx workbook (openpyxl, write-only). str cells are neutralised; Decimal/int cells
    are written as numbers (negative ones too), with the column's number format."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    sheet.append([neutralise_text(str(cell)) for cell in header])
    formats = number_formats or {}
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            if isinstance(value, str):
                cells.append(neutralise_text(value))
            elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
                cell = WriteOnlyCell(sheet, value=value)
                if index in formats:
                    cell.number_format = formats[index]
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def summary_xlsx_bytes(rows: list[SummaryRow]) -> bytes:
    money_format = "#,##0.00"
    formats = {EXPORT_FIELDS.index(name): money_format for name in MONEY_FIELDS}
    formats[EXPORT_FIELDS.index("rate")] = "0%"

    def cells(row: SummaryRow) -> list[Any]:
        r = row.result
        values: dict[str, Any] = {
            "vendor": row.vendor,
            "category": row.category,
            "category_name": category_label(row),
            "month": row.month,
            "status": r.status,
            "total": r.total,
            "distribution": r.distribution,
            "commissionable": r.commissionable,
            "tier": r.tier,
            "rate": r.rate,
            "precharged": r.precharged,
            "commission": r.commission,
            "refund": r.refund,
        }
        return [values[name] for name in EXPORT_FIELDS]

    return xlsx_bytes(EXPORT_FIELDS, (cells(row) for row in rows), number_formats=formats)


def render(rows: list[SummaryRow], month: str, fmt: str) -> str | bytes:
    """The summary in `fmt` (one of FORMATS): str for text formats, bytes for xlsx."""
    if fmt == "json":
        return summary_json_text(rows)
    if fmt == "csv":
        return summary_csv_text(rows)
    if fmt == "xlsx":
        return summary_xlsx_bytes(rows)
    return format_summary(rows, month, "zh")
