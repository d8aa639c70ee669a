"""What staff see in App Home, as data: open cases with their age, the journey funnel (vendors
per step, per market), the vendors stalled longest, and the month's commission status.

Read-only queries; the Block Kit lives in handlers (build_staff_home_view). The help desk's
`cases` table (migration 0015) is read when it exists; without it the section says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import sqlite_utils

from bot.config import Settings
from bot.journey import STEP_COUNT, parse_time
from rules.markets import MARKET_IDS

MAX_OPEN_CASES = 15
MAX_STALLED = 10


@dataclass(frozen=True)
class OpenCase:
    case_id: int
    team_id: str
    user_id: str
    state: str
    question: str
    age: timedelta


@dataclass(frozen=True)
class FunnelRow:
    """Vendors by steps done (index 0..7: 0 = at step 1, 7 = every step done)."""

    market: str | None  # None: every vendor with a journey
    by_steps_done: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.by_steps_done)


@dataclass(frozen=True)
class StalledVendor:
    team_id: str
    user_id: str
    steps_done: int
    idle: timedelta
    reminders_off: bool


@dataclass(frozen=True)
class CommissionStatus:
    month: str  # YYYY-MM: the month whose summary is due (the previous calendar month)
    orders: int
    vendors: int
    total: Decimal  # yuan
    overview_posted: bool
    vendor_posts: int


@dataclass(frozen=True)
class StaffOverview:
    open_cases: list[OpenCase] | None  # None: the help desk's table does not exist
    open_case_count: int
    funnel: list[FunnelRow]
    stalled: list[StalledVendor]
    commission: CommissionStatus


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def open_cases(conn: sqlite3.Connection, now: datetime) -> tuple[list[OpenCase] | None, int]:
    """The oldest unresolved cases (and how many there are), or None without a cases table."""
    if not _table_exists(conn, "cases"):
        return None, 0
    count = conn.execute("SELECT COUNT(*) FROM cases WHERE state != 'resolved'").fetchone()[0]
    rows = conn.execute(
        "SELECT id, team_id, user_id, state, question, created_at FROM cases"
        " WHERE state != 'resolved' ORDER BY created_at, id LIMIT ?",
        (MAX_OPEN_CASES,),
    ).fetchall()
    cases = [
        OpenCase(case_id, team, user, state, question, now - parse_time(created))
        for case_id, team, user, state, question, created in rows
    ]
    return cases, int(count)


def funnel(conn: sqlite3.Connection) -> list[FunnelRow]:
    """Every journey by steps done, then per market (the markets a vendor was found eligible
    for, in the guide's market order; a vendor in two markets counts in both)."""
    empty = [0] * (STEP_COUNT + 1)
    overall = list(empty)
    for steps_done, count in conn.execute(
        "SELECT steps_done, COUNT(*) FROM journeys GROUP BY steps_done"
    ):
        overall[steps_done] = count
    per_market: dict[str, list[int]] = {}
    for market, steps_done, count in conn.execute(
        "SELECT v.market, j.steps_done, COUNT(*) FROM journeys AS j JOIN verdicts AS v"
        " ON v.team_id = j.team_id AND v.user_id = j.user_id AND v.status = 'eligible'"
        " GROUP BY v.market, j.steps_done"
    ):
        per_market.setdefault(market, list(empty))[steps_done] = count
    order = {market: index for index, market in enumerate(MARKET_IDS)}
    rows = [FunnelRow(None, tuple(overall))]
    rows += [
        FunnelRow(market, tuple(counts))
        for market, counts in sorted(per_market.items(), key=lambda item: order.get(item[0], 99))
    ]
    return rows


def stalled(conn: sqlite3.Connection, now: datetime) -> list[StalledVendor]:
    """Unfinished journeys that have not moved for longest."""
    rows = conn.execute(
        "SELECT team_id, user_id, steps_done, moved_at, reminders_off_at FROM journeys"
        " WHERE steps_done < ? ORDER BY moved_at, team_id, user_id LIMIT ?",
        (STEP_COUNT, MAX_STALLED),
    ).fetchall()
    return [
        StalledVendor(team, user, steps_done, now - parse_time(moved), reminders_off is not None)
        for team, user, steps_done, moved, reminders_off in rows
    ]


def previous_month(today: date) -> str:
    first = today.replace(day=1)
    return (first - timedelta(days=1)).strftime("%Y-%m")


def commission_status(conn: sqlite3.Connection, month: str) -> CommissionStatus:
    """The month's live orders (imported settlement data) and whether its summary is out."""
    orders, vendors, total_fen = conn.execute(
        "SELECT COUNT(*), COUNT(DISTINCT vendor_key), COALESCE(SUM(amount_fen), 0)"
        " FROM settlement_orders WHERE month = ? AND voided_at IS NULL",
        (month,),
    ).fetchone()
    posted = conn.execute(
        "SELECT 1 FROM commission_posts WHERE month = ? AND target = 'overview' AND state = 'sent'",
        (month,),
    ).fetchone()
    vendor_posts = conn.execute(
        "SELECT COUNT(*) FROM commission_posts WHERE month = ? AND target LIKE 'vendor:%'"
        " AND state = 'sent'",
        (month,),
    ).fetchone()[0]
    return CommissionStatus(
        month=month,
        orders=int(orders),
        vendors=int(vendors),
        total=Decimal(int(total_fen)) / 100,
        overview_posted=posted is not None,
        vendor_posts=int(vendor_posts),
    )


def staff_overview(db: sqlite_utils.Database, settings: Settings, now: datetime) -> StaffOverview:
    conn = db.conn
    cases, case_count = open_cases(conn, now)
    return StaffOverview(
        open_cases=cases,
        open_case_count=case_count,
        funnel=funnel(conn),
        stalled=stalled(conn, now),
        commission=commission_status(conn, previous_month(now.astimezone(settings.tz).date())),
    )
