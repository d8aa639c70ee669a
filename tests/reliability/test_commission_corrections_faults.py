"""Post a month, import late orders, post again — while Slack answers 429/500 at random and
some posts land but their answer times out. Exactly one correction per changed vendor (and
one in the overview's thread), zero duplicates, nothing for unchanged vendors."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from typing import Any

import pytest
import sqlite_utils
from fakeslack import Call, FakeReply, FakeSlack
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.importer import import_csv
from bot.storage import utc_now
from handlers.commission.post import PostReport, make_client, post_month

pytestmark = pytest.mark.reliability

CHANNEL = "CCOMMISSION"
MONTH = "2020-10"
VENDORS = 20
CHANGED = range(0, VENDORS, 3)  # every third vendor gets a late order
HEADER = "order_id,vendor,category,amount,distribution,settled_on\n"
CLIENT_TIMEOUT = 1.0
MAX_RUNS = 200  # a run that meets a fault stops; the next one resumes where it stopped


def vendor(index: int) -> str:
    return f"服务商{index:02d}"


def user(index: int) -> str:
    return f"UV{index:03d}"


def october() -> bytes:
    rows = [
        f"W{i},{vendor(i)},website,{100_000 + i * 10_000}.00,false,2020-10-05"
        for i in range(VENDORS)
    ]
    rows += [f"S{i},{vendor(i)},security,{50_000 + i}.00,false,2020-10-06" for i in range(VENDORS)]
    return (HEADER + "\n".join(rows) + "\n").encode()


def late_orders() -> bytes:
    rows = [f"L{i},{vendor(i)},website,150000.00,false,2020-10-31" for i in CHANGED]
    return (HEADER + "\n".join(rows) + "\n").encode()


def posts_landing_late(fake: FakeSlack, rate: float, seed: int) -> None:
    """Some chat.postMessage calls reach Slack, but the answer comes after the client gave up."""
    rng = random.Random(seed)

    async def land_then_stall(call: Call) -> FakeReply | None:
        if rng.random() >= rate:
            return None
        body = FakeSlack._api_post_message(fake, call)
        await asyncio.sleep(CLIENT_TIMEOUT * 2)  # the fake's delay, not the test waiting
        return FakeReply(body)

    fake.on_call(land_then_stall, "chat.postMessage")


async def post_until_done(
    db: sqlite_utils.Database, fake: FakeSlack, client: AsyncWebClient
) -> tuple[list[PostReport], int]:
    settings = fake.settings(onboard_commission_channel=CHANNEL)
    failures = 0
    reports = []
    for _ in range(MAX_RUNS):
        try:
            reports.append(await post_month(db, settings, client, MONTH, pace_seconds=0))
            return reports, failures
        except Exception:  # noqa: BLE001 - any Slack fault: the run stops, the next resumes
            failures += 1
    raise AssertionError(f"still failing after {MAX_RUNS} runs")


def markers(fake: FakeSlack) -> Counter[str]:
    """Each message the bot posted, by its exactly-once marker."""
    counts: Counter[str] = Counter()
    for message in fake.messages():
        payload = (message.get("metadata") or {}).get("event_payload") or {}
        if "marker" in payload:
            counts[payload["marker"]] += 1
    return counts


async def test_post_late_orders_post_again_under_faults(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    import_csv(fresh_db, october(), actor="test")
    for index in range(VENDORS):
        fresh_db.conn.execute(
            "INSERT INTO vendor_links (vendor, team_id, user_id, linked_by, linked_at)"
            " VALUES (?, 'T1', ?, 'test', ?)",
            (vendor(index), user(index), utc_now()),
        )
    client = make_client(fake_slack.settings())
    client.timeout = CLIENT_TIMEOUT
    fake_slack.chaos(rate_429=0.1, rate_500=0.1, retry_after=0, seed=7)
    posts_landing_late(fake_slack, rate=0.1, seed=8)

    _, first_failures = await post_until_done(fresh_db, fake_slack, client)
    import_csv(fresh_db, late_orders(), actor="test")
    reports, second_failures = await post_until_done(fresh_db, fake_slack, client)
    again, _ = await post_until_done(fresh_db, fake_slack, client)
    fake_slack.calm()

    counts = markers(fake_slack)
    duplicates = {marker: n for marker, n in counts.items() if n > 1}
    corrections = {m for m in counts if m.startswith(f"{MONTH}|correction-")}
    faults = sum(call.status in (429, 500) for call in fake_slack.calls())
    print(
        f"\ncommission corrections under faults: runs failed {first_failures} + "
        f"{second_failures}, injected 429/500 {faults}, messages {sum(counts.values())}, "
        f"corrections {len(corrections)}, duplicates {len(duplicates)}"
    )
    assert faults and first_failures + second_failures > 0, "no fault was injected"
    assert duplicates == {}
    assert corrections == {
        *(f"{MONTH}|correction-1:vendor:{vendor(i)}" for i in CHANGED),
        f"{MONTH}|correction-1:overview",
    }
    for index in range(VENDORS):
        dms = fake_slack.messages(f"D{user(index)}")
        assert len(dms) == (2 if index in CHANGED else 1), vendor(index)
    channel = fake_slack.messages(CHANNEL)
    overview = [m for m in channel if "thread_ts" not in m]
    assert len(overview) == 1 and len(channel) == 2
    assert channel[1]["thread_ts"] == overview[0]["ts"]
    uploads = Counter(u.filename for u in fake_slack.uploads())
    assert uploads == {f"commission-{MONTH}.csv": 1, f"commission-{MONTH}.png": 1}
    # The third run found nothing to send.
    assert again[0].sent == [] and again[0].corrections == []
    assert any(r.correction_rounds == [1] for r in reports)
    rows: list[tuple[Any, ...]] = fresh_db.conn.execute(
        "SELECT COUNT(*) FROM commission_corrections WHERE month = ?", (MONTH,)
    ).fetchall()
    assert rows == [(1,)]
