"""A month's commission per vendor × category: aggregated in SQL, computed by rules.commission."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import sqlite_utils

from bot.commission.vendors import load_resolver
from rules.commission import (
    CommissionPolicy,
    CommissionResult,
    compute,
    explain_tier,
    format_rate,
)

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_ZH = re.compile(r"(\d{4})年(\d{1,2})月")


class MonthError(ValueError):
    def __init__(self, text: str) -> None:
        self.zh = f"月份 '{text}' 无效，应为 YYYY-MM（如 2020-10）"
        self.en = f"month '{text}' is not valid; expected YYYY-MM (e.g. 2020-10)"
        super().__init__(f"{self.zh} / {self.en}")


def parse_month(text: str) -> str:
    """'2020-10' (also '2020-1', '2020年10月') -> '2020-10'; anything else raises MonthError."""
    value = text.strip()
    match = _MONTH.fullmatch(value) or _MONTH_ZH.fullmatch(value)
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise MonthError(text)
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


@dataclass(frozen=True)
class SummaryRow:
    vendor: str
    month: str
    orders: int
    result: CommissionResult
    vendor_key: str = ""  # folded name through the aliases; "" when built by hand

    @property
    def category(self) -> str:
        return self.result.category

    def to_json(self) -> dict[str, Any]:
        """SPEC's summary JSON; figures that do not apply (no rate) are null."""
        r = self.result
        return {
            "vendor": self.vendor,
            "category": r.category,
            "month": self.month,
            "status": r.status,
            "total": money(r.total),
            "distribution": money(r.distribution),
            "commissionable": money(r.commissionable),
            "tier": r.tier,
            "rate": format_rate(r.rate) if r.rate is not None else None,
            "precharged": money(r.precharged),
            "commission": money(r.commission),
            "refund": money(r.refund),
        }


def money(amount: Decimal | None) -> str | None:
    return None if amount is None else f"{amount:.2f}"


def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


# Live orders only; `month = ? AND voided_at IS NULL` is a range of the covering index (0009).
MONTH_GROUPS_SQL = (
    "SELECT vendor, category, SUM(amount_fen),"
    " SUM(CASE WHEN distribution = 1 THEN amount_fen ELSE 0 END), COUNT(*),"
    " MIN(settled_on), MIN(rowid) FROM settlement_orders"
    " WHERE month = ? AND voided_at IS NULL GROUP BY vendor, category"
)


def summarize_month(
    db: sqlite_utils.Database,
    month: str,
    vendor: str | None = None,
    *,
    policy: CommissionPolicy | None = None,
) -> list[SummaryRow]:
    """Rows ordered by vendor, category. `month` 'YYYY-MM' (MonthError otherwise).

    Voided orders do not count. Spellings of one vendor (folded names, staff aliases) are one
    vendor: their totals are added up BEFORE the tier is picked (one company, one tier).
    """
    month = parse_month(month)
    resolver = load_resolver(db)
    wanted = resolver.key(vendor) if vendor is not None and vendor.strip() else None
    groups: dict[tuple[str, str], _Group] = {}
    first_seen: dict[str, tuple[int, str]] = {}
    for (
        raw_vendor,
        category,
        total_fen,
        distribution_fen,
        orders,
        first_day,
        first_row,
    ) in db.conn.execute(MONTH_GROUPS_SQL, (month,)):
        key = resolver.key(raw_vendor)
        if wanted is not None and key != wanted:
            continue
        seen = first_seen.get(key)
        if seen is None or first_row < seen[0]:
            first_seen[key] = (first_row, raw_vendor)
        group = groups.setdefault((key, category), _Group())
        group.add(total_fen, distribution_fen, orders, first_day)
    rows = []
    for (key, category), group in groups.items():
        # Periods change on the 1st of a month (seed: 次月一号起执行); the first day is
        # representative of the whole month.
        result = compute(
            category,
            _yuan(group.total_fen),
            _yuan(group.distribution_fen),
            date.fromisoformat(group.first_day),
            policy,
        )
        # Staff's canonical spelling if there is one, else the earliest-imported spelling
        # (stable: a later file cannot rename a vendor that was already posted).
        name = resolver.display(key) or first_seen[key][1]
        rows.append(
            SummaryRow(vendor=name, month=month, orders=group.orders, result=result, vendor_key=key)
        )
    rows.sort(key=lambda row: (row.vendor, row.category))
    return rows


@dataclass
class _Group:
    total_fen: int = 0
    distribution_fen: int = 0
    orders: int = 0
    first_day: str = "9999-12-31"

    def add(self, total_fen: int, distribution_fen: int, orders: int, first_day: str) -> None:
        self.total_fen += total_fen
        self.distribution_fen += distribution_fen
        self.orders += orders
        self.first_day = min(self.first_day, first_day)


HEADERS_ZH = (
    "服务商",
    "类目",
    "总额",
    "其中分销",
    "计佣金额",
    "档位",
    "费率",
    "预收",
    "佣金",
    "返还",
)
HEADERS_EN = (
    "vendor",
    "category",
    "total",
    "distribution",
    "commissionable",
    "tier",
    "rate",
    "precharged",
    "commission",
    "refund",
)


def table_cells(row: SummaryRow) -> tuple[str, ...]:
    data = row.to_json()
    if row.result.status == "no_rate":
        return (
            row.vendor,
            row.category,
            data["total"],
            data["distribution"],
            data["commissionable"],
            "-",
            "无费率 no rate",
            "-",
            "-",
            "-",
        )
    return (
        row.vendor,
        row.category,
        data["total"],
        data["distribution"],
        data["commissionable"],
        str(data["tier"]),
        data["rate"],
        data["precharged"],
        data["commission"],
        data["refund"],
    )


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def format_table(rows: list[SummaryRow], lang: str = "zh") -> str:
    """A fixed-width text table for people (terminal, Slack code block)."""
    headers = HEADERS_EN if lang == "en" else HEADERS_ZH
    body = [table_cells(row) for row in rows]
    widths = [max(_width(cell) for cell in column) for column in zip(headers, *body, strict=False)]
    lines = []
    for cells in (headers, *body):
        lines.append(
            "  ".join(
                _pad(cell, width, right=index >= 2)
                for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()
        )
    return "\n".join(lines)


MAX_VENDORS_LISTED = 10


def vendors_in_month(
    db: sqlite_utils.Database, month: str, limit: int = MAX_VENDORS_LISTED
) -> tuple[list[str], int]:
    """Up to `limit` vendors with settled orders in `month` (by name), and how many there are."""
    month = parse_month(month)
    names = [
        name
        for (name,) in db.conn.execute(
            "SELECT DISTINCT vendor FROM settlement_orders WHERE month = ? AND voided_at IS NULL"
            " ORDER BY vendor",
            (month,),
        )
    ]
    return names[:limit], len(names)


def empty_summary_text(
    db: sqlite_utils.Database, month: str, vendor: str | None, lang: str = "zh"
) -> str:
    """Why a summary came out empty: the month has no orders at all, or just none for this
    vendor (then the vendors that do have orders are named, so a typo is easy to spot)."""
    month = parse_month(month)
    if not vendor:
        return format_summary([], month, lang)
    listed, count = vendors_in_month(db, month)
    if not count:
        return format_summary([], month, lang)
    more = count - len(listed)
    if lang == "en":
        names = ", ".join(listed) + (f" and {more} more" if more else "")
        return (
            f"Vendor “{vendor.strip()}” has no settled orders in {month}. "
            f"Vendors with orders that month ({count}): {names}."
        )
    names = "、".join(listed) + (f" 等（另有 {more} 个）" if more else "")
    return f"服务商「{vendor.strip()}」在 {month} 没有结算订单。该月有订单的服务商（{count} 个）：{names}。"


def format_summary(rows: list[SummaryRow], month: str, lang: str = "zh") -> str:
    if not rows:
        if lang == "en":
            return f"No settled orders for {month}."
        return f"{month} 没有已导入的结算订单。"
    title = f"Commission for {month}" if lang == "en" else f"{month} 平台服务费（佣金）"
    lines = [title, format_table(rows, lang), ""]
    lines.extend(f"{row.vendor} / {row.category}: {explain_tier(row.result, lang)}" for row in rows)
    return "\n".join(lines)
