"""The monthly schedule: what is due when, catch-up on start, no double posting. No sleeping."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from bot.config import Settings
from bot.storage import utc_now
from handlers.commission.post import PostReport
from handlers.commission.schedule import due_month, is_posted, next_run_at, run_monthly_schedule

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=SHANGHAI)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("now", "month"),
    [
        (at(2020, 11, 1, 8, 59), "2020-09"),
        (at(2020, 11, 1, 9, 0), "2020-10"),
        (at(2020, 11, 30, 23, 59), "2020-10"),
        (at(2021, 1, 1, 9, 0), "2020-12"),
        (at(2021, 1, 1, 8, 0), "2020-11"),
        (at(2020, 2, 1, 9, 0), "2020-01"),
        # 01:00 UTC is 09:00 in Shanghai
        (datetime(2020, 11, 1, 1, 0, tzinfo=UTC), "2020-10"),
        (datetime(2020, 11, 1, 0, 59, tzinfo=UTC), "2020-09"),
        # naive clocks are read in the configured zone
        (datetime(2020, 11, 1, 9, 0), "2020-10"),
    ],
)
def test_due_month(now: datetime, month: str) -> None:
    assert due_month(now, SHANGHAI) == month


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2020, 11, 1, 8, 59), at(2020, 11, 1, 9, 0)),
        (at(2020, 11, 1, 9, 0), at(2020, 12, 1, 9, 0)),
        (at(2020, 12, 15, 12, 0), at(2021, 1, 1, 9, 0)),
    ],
)
def test_next_run_at(now: datetime, expected: datetime) -> None:
    assert next_run_at(now, SHANGHAI) == expected


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if len(self.sleeps) >= 3:
            raise asyncio.CancelledError
        self.now += timedelta(seconds=seconds)


def mark_posted(db: sqlite_utils.Database, month: str) -> None:
    for target in ("overview", "overview-csv"):
        db.conn.execute(
            "INSERT INTO commission_posts (month, target, channel, marker, state, claimed_at)"
            " VALUES (?, ?, 'C', ?, 'sent', ?)",
            (month, target, f"{month}|{target}", utc_now()),
        )


async def run(db: sqlite_utils.Database, clock: Clock, fail: bool = False) -> list[str]:
    posted: list[str] = []

    async def post(db: sqlite_utils.Database, settings: Settings, client: object, month: str):
        posted.append(month)
        if fail:
            raise RuntimeError("slack down")
        mark_posted(db, month)
        return PostReport(month)

    with pytest.raises(asyncio.CancelledError):
        await run_monthly_schedule(
            db,
            Settings(_env_file=None),
            None,  # type: ignore[arg-type]
            now=clock,
            sleep=clock.sleep,
            post=post,
        )
    return posted


async def test_catches_up_a_missed_run_then_posts_each_first(
    fresh_db: sqlite_utils.Database,
) -> None:
    clock = Clock(at(2020, 11, 3, 14, 0))  # the bot was down on Nov 1st
    assert await run(fresh_db, clock) == ["2020-10", "2020-11", "2020-12"]
    first_wait = (at(2020, 12, 1, 9, 0) - at(2020, 11, 3, 14, 0)).total_seconds()
    assert clock.sleeps[0] == first_wait
    assert clock.sleeps[1] == (at(2021, 1, 1, 9) - at(2020, 12, 1, 9)).total_seconds()
    assert is_posted(fresh_db, "2020-10")


async def test_start_after_posting_does_not_post_again(fresh_db: sqlite_utils.Database) -> None:
    mark_posted(fresh_db, "2020-10")
    clock = Clock(at(2020, 11, 20, 10, 0))
    posted = await run(fresh_db, clock)
    assert posted[0] == "2020-11"  # next was Dec 1st; 2020-10 was not repeated
    assert "2020-10" not in posted


async def test_before_nine_on_the_first_the_previous_month_is_still_the_due_one(
    fresh_db: sqlite_utils.Database,
) -> None:
    mark_posted(fresh_db, "2020-09")
    clock = Clock(at(2020, 11, 1, 8, 30))
    posted = await run(fresh_db, clock)
    assert posted[0] == "2020-10"
    assert clock.sleeps[0] == 30 * 60  # woke at 09:00 exactly


async def test_a_failed_post_is_retried_later_not_a_month_later(
    fresh_db: sqlite_utils.Database,
) -> None:
    clock = Clock(at(2020, 11, 1, 9, 0))
    assert await run(fresh_db, clock, fail=True) == ["2020-10", "2020-10", "2020-10"]
    assert clock.sleeps[0] == 600


async def test_a_posted_month_that_changed_gets_its_correction(
    fresh_db: sqlite_utils.Database,
) -> None:
    from bot.commission.corrections import figures_of, record_shown
    from bot.commission.importer import import_csv
    from bot.commission.summary import summarize_month

    header = "order_id,vendor,category,amount,distribution,settled_on\n"
    import_csv(fresh_db, (header + "A1,A公司,website,100,false,2020-09-05\n").encode(), actor="t")
    record_shown(fresh_db, "2020-09", figures_of(summarize_month(fresh_db, "2020-09")), 0)
    mark_posted(fresh_db, "2020-09")
    mark_posted(fresh_db, "2020-10")
    clock = Clock(at(2020, 11, 20, 10, 0))
    assert "2020-09" not in await run(fresh_db, Clock(at(2020, 11, 20, 10, 0)))
    import_csv(fresh_db, (header + "A2,A公司,website,100,false,2020-09-30\n").encode(), actor="t")
    assert (await run(fresh_db, clock))[0] == "2020-09"
