"""Monthly posting: on the 1st of each month at 09:00 (settings.tz) post last month.

On start it catches up: if the bot was down at 09:00 on the 1st, the most recent due month is
posted as soon as it runs (post_month itself never sends anything twice). Each run also posts
the corrections of earlier months whose figures changed after they were posted. Start it as a task:

    asyncio.create_task(run_monthly_schedule(db, settings, client, now=lambda: datetime.now(tz)))
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, time, timedelta, tzinfo

import sqlite_utils
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.corrections import all_posted_months, changes_since_posted
from bot.config import Settings
from handlers.commission.post import (
    OVERVIEW,
    OVERVIEW_CSV,
    PostError,
    PostReport,
    pending_rounds,
    post_month,
)

log = logging.getLogger(__name__)

RUN_DAY = 1
RUN_AT = time(9, 0)
RETRY_AFTER_FAILURE = timedelta(minutes=10)

Poster = Callable[[sqlite_utils.Database, Settings, AsyncWebClient, str], Awaitable[PostReport]]


def _local(now: datetime, tz: tzinfo) -> datetime:
    return now.replace(tzinfo=tz) if now.tzinfo is None else now.astimezone(tz)


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def run_time(year: int, month: int, tz: tzinfo) -> datetime:
    """When the posting for the month before (year, month) is due."""
    return datetime(year, month, RUN_DAY, RUN_AT.hour, RUN_AT.minute, tzinfo=tz)


def due_month(now: datetime, tz: tzinfo) -> str:
    """The most recent month whose posting time has come ('YYYY-MM')."""
    local = _local(now, tz)
    year, month = local.year, local.month
    if local < run_time(year, month, tz):
        year, month = _month_before(year, month)
    year, month = _month_before(year, month)
    return f"{year:04d}-{month:02d}"


def next_run_at(now: datetime, tz: tzinfo) -> datetime:
    """The first posting time strictly after `now`."""
    local = _local(now, tz)
    candidate = run_time(local.year, local.month, tz)
    if candidate <= local:
        year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
        candidate = run_time(year, month, tz)
    return candidate


def is_posted(db: sqlite_utils.Database, month: str) -> bool:
    """The overview and its CSV are out (vendor DMs come before them in post_month)."""
    sent = db.conn.execute(
        "SELECT COUNT(*) FROM commission_posts WHERE month = ? AND target IN (?, ?)"
        " AND state = 'sent'",
        (month, OVERVIEW, OVERVIEW_CSV),
    ).fetchone()[0]
    return sent == 2


async def run_monthly_schedule(
    db: sqlite_utils.Database,
    settings: Settings,
    client: AsyncWebClient,
    *,
    now: Callable[[], datetime],
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    post: Poster = post_month,
) -> None:
    """Run forever (cancel the task to stop)."""
    tz = settings.tz
    while True:
        month = due_month(now(), tz)
        wake_at = next_run_at(now(), tz)
        # The due month if it is not out yet, and any posted month whose figures changed since
        # (late orders, voids, amendments, aliases): post_month sends those as corrections.
        months = [] if is_posted(db, month) else [month]
        months += [m for m in months_to_correct(db) if m not in months]
        for each in months:
            try:
                report = await post(db, settings, client, each)
                log.info("commission %s: %s", each, report.text())
            except asyncio.CancelledError:
                raise
            except PostError as exc:
                log.warning("commission %s not posted: %s", each, exc)
            except Exception:
                log.exception("commission %s: posting failed; retrying later", each)
                wake_at = min(wake_at, _local(now(), tz) + RETRY_AFTER_FAILURE)
        await sleep(max((wake_at - _local(now(), tz)).total_seconds(), 1.0))


def months_to_correct(db: sqlite_utils.Database) -> list[str]:
    """Posted months whose figures changed since, or whose correction was interrupted."""
    months = []
    for month in all_posted_months(db):
        if not is_posted(db, month):
            continue  # the monthly post itself is still under way
        if pending_rounds(db, month) or changes_since_posted(db, month):
            months.append(month)
    return months
