"""A month's commission per vendor × category: aggregated in SQL, computed by rules.commission."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlite_utils

from bot.commission.vendors import load_resolver
from bot.texts import LocalizedError, pair, t
from rules.commission import (
    CommissionPolicy,
    CommissionResult,
    compute,
    default_policy,
    explain_tier,
    format_percent,
    format_rate,
)
from rules.markets import get_market, market_label

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_ZH = re.compile(r"(\d{4})年(\d{1,2})月")


class MonthError(LocalizedError, ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(*pair("commission.month_invalid", text=text))


class MonthOutsidePolicy(MonthError):
    """A month no commission policy period touches (SPEC Contracts: exit 2 saying so)."""

    def __init__(self, month: str, policy: CommissionPolicy) -> None:
        spans = ", ".join(f"{p.valid_from} … {p.valid_to}" for p in policy.periods)
        LocalizedError.__init__(
            self, *pair("commission.month_outside_policy", month=month, spans=spans)
        )


def check_month_in_policy(month: str, policy: CommissionPolicy | None = None) -> str:
    """`month` ('YYYY-MM', parsed) if some policy period covers at least one of its days."""
    month = parse_month(month)
    policy = policy or default_policy()
    first = date.fromisoformat(f"{month}-01")
    last = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
    if not any(p.valid_from <= last and first <= p.valid_to for p in policy.periods):
        raise MonthOutsidePolicy(month, policy)
    return month


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
    "SELECT names.display_name, grouped.* FROM ("
    " SELECT vendor_key, category, SUM(amount_fen),"
    " SUM(CASE WHEN distribution = 1 THEN amount_fen ELSE 0 END), COUNT(*), MIN(settled_on)"
    " FROM settlement_orders WHERE month = ? AND voided_at IS NULL"
    " GROUP BY vendor_key, category) AS grouped"
    " JOIN commission_vendor_names AS names USING (vendor_key)"
)


def summarize_month(
    db: sqlite_utils.Database,
    month: str,
    vendor: str | None = None,
    *,
    policy: CommissionPolicy | None = None,
) -> list[SummaryRow]:
    """Rows ordered by vendor, category. `month` 'YYYY-MM' (MonthError otherwise).

    A month outside the policy simply has no orders here (the importer refuses them); the
    commands people type check it first with `check_month_in_policy` to say so, while the
    monthly schedule can ask about any month without an error.

    Voided orders do not count. Spellings of one vendor (folded names, staff aliases) are one
    vendor: their totals are added up BEFORE the tier is picked (one company, one tier).
    """
    month = parse_month(month)
    resolver = load_resolver(db)
    wanted = resolver.key(vendor) if vendor is not None and vendor.strip() else None
    groups: dict[tuple[str, str], _Group] = {}
    own_names: dict[str, str] = {}  # the first spelling imported, per key (0008)
    for (
        display_name,
        vendor_key,
        category,
        total_fen,
        distribution_fen,
        orders,
        first_day,
    ) in db.conn.execute(MONTH_GROUPS_SQL, (month,)):
        key = resolver.resolve(vendor_key)
        if wanted is not None and key != wanted:
            continue
        group = groups.setdefault((key, category), _Group())
        group.add(total_fen, distribution_fen, orders, first_day)
        if key == vendor_key:
            own_names[key] = display_name
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
        name = resolver.display(key) or own_names[key]
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


# The table's columns, in order (their headers are commission.column.<name> in bot/texts.py).
COLUMN_HEADER_KEYS = (
    "commission.column.vendor",
    "commission.column.category",
    "commission.column.total",
    "commission.column.distribution",
    "commission.column.commissionable",
    "commission.column.tier",
    "commission.column.rate",
    "commission.column.precharged",
    "commission.column.commission",
    "commission.column.refund",
)


def column_headers(lang: str = "zh") -> tuple[str, ...]:
    return tuple(t(key, lang) for key in COLUMN_HEADER_KEYS)


# The money figures of a row (CommissionResult's fields), in the table's order.
MONEY_FIELDS = ("total", "distribution", "commissionable", "precharged", "commission", "refund")


def yuan(amount: Decimal | None) -> str:
    """¥1,000,000.00: the yuan sign, thousands separators, two decimals; "-" for no figure."""
    return "-" if amount is None else f"¥{amount:,.2f}"


def category_label(row: SummaryRow, lang: str = "zh") -> str:
    """The category as staff know it: the market's name, plus the rate table's row name when
    that differs (建站市场（网站建设）); the id only if the market is unknown."""
    try:
        market = get_market(row.category)
    except KeyError:
        return row.category
    if lang == "en":
        return market_label(market, "en")
    table_name = row.result.table_name
    return (
        f"{market.name}（{table_name}）"
        if table_name and table_name != market.name
        else market.name
    )


def tier_label(tier: int | None, lang: str = "zh") -> str:
    if tier is None:
        return "-"
    return t("commission.tier", lang, tier=tier)


def _amounts(row: SummaryRow) -> dict[str, Decimal | None]:
    return {name: getattr(row.result, name) for name in MONEY_FIELDS}


def table_cells(row: SummaryRow, lang: str = "zh") -> tuple[str, ...]:
    amounts = _amounts(row)
    if row.result.status == "no_rate":
        tier, rate = "-", t("commission.no_rate", lang)
    else:
        assert row.result.rate is not None
        tier, rate = tier_label(row.result.tier, lang), format_percent(row.result.rate)
    return (
        row.vendor,
        category_label(row, lang),
        yuan(amounts["total"]),
        yuan(amounts["distribution"]),
        yuan(amounts["commissionable"]),
        tier,
        rate,
        yuan(amounts["precharged"]),
        yuan(amounts["commission"]),
        yuan(amounts["refund"]),
    )


def sum_rows(rows: list[SummaryRow]) -> dict[str, Decimal]:
    """Totals of the money columns (figures that do not apply count as nothing)."""
    sums = dict.fromkeys(MONEY_FIELDS, Decimal("0.00"))
    for row in rows:
        for name, amount in _amounts(row).items():
            if amount is not None:
                sums[name] += amount
    return sums


def _total_cells(label: str, sums: dict[str, Decimal]) -> tuple[str, ...]:
    return (
        label,
        "",
        yuan(sums["total"]),
        yuan(sums["distribution"]),
        yuan(sums["commissionable"]),
        "",
        "",
        yuan(sums["precharged"]),
        yuan(sums["commission"]),
        yuan(sums["refund"]),
    )


def table_lines(rows: list[SummaryRow], lang: str = "zh") -> list[tuple[str, ...]]:
    """Header, rows, a subtotal under each vendor with several categories, and the total."""
    subtotal = "  " + t("commission.subtotal", lang)
    lines: list[tuple[str, ...]] = [column_headers(lang)]
    by_vendor: dict[str, list[SummaryRow]] = {}
    for row in rows:
        by_vendor.setdefault(row.vendor, []).append(row)
    for vendor_rows in by_vendor.values():
        lines.extend(table_cells(row, lang) for row in vendor_rows)
        if len(vendor_rows) > 1:
            lines.append(_total_cells(subtotal, sum_rows(vendor_rows)))
    vendors = len(by_vendor)
    label = t("commission.total_vendors", lang, vendors=vendors)
    lines.append(_total_cells(label, sum_rows(rows)))
    return lines


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def format_table(rows: list[SummaryRow], lang: str = "zh") -> str:
    """A fixed-width text table for people (terminal, Slack code block), with totals."""
    lines_cells = table_lines(rows, lang)
    widths = [max(_width(cell) for cell in column) for column in zip(*lines_cells, strict=True)]
    lines = []
    for cells in lines_cells:
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
            "SELECT display_name FROM commission_vendor_names WHERE vendor_key IN"
            " (SELECT DISTINCT vendor_key FROM settlement_orders WHERE month = ?"
            " AND voided_at IS NULL) ORDER BY display_name",
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
    names = t("commission.list_separator", lang).join(listed)
    if more:
        names += t("commission.vendors_more", lang, more=more)
    return t(
        "commission.vendor_has_no_orders",
        lang,
        vendor=vendor.strip(),
        month=month,
        count=count,
        names=names,
    )


def format_summary(rows: list[SummaryRow], month: str, lang: str = "zh") -> str:
    if not rows:
        return t("commission.month_has_no_orders", lang, month=month)
    title = t("commission.summary_title", lang, month=month)
    lines = [title, format_table(rows, lang), ""]
    lines.extend(
        f"{row.vendor} / {category_label(row, lang)}: {explain_tier(row.result, lang)}"
        for row in rows
    )
    return "\n".join(lines)
