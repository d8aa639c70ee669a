"""The fake Slack answers 429 (with Retry-After) and 500 at random: every reply still arrives,
exactly once (slack_sdk's retry handlers wait out 429s and retry 5xx; nothing posts twice)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest
from fakeslack import FakeSlackThread
from reliability_support import (
    DeliveryLog,
    deliver,
    dm_replies,
    http_bot,
    new_dm_envelope,
    oracle_state,
    stored_state,
    wait_until,
    walk_for,
)

pytestmark = pytest.mark.reliability

VENDORS = 40
MESSAGES = 4


async def test_random_429_and_500_lose_no_reply(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    fake = fake_slack_thread
    db_path = tmp_path / "bot.db"
    users = [f"UCH{index:03d}" for index in range(VENDORS)]
    walks = {user: walk_for(index)[:MESSAGES] for index, user in enumerate(users)}
    log = DeliveryLog()
    with http_bot(fake.api_url, db_path) as bot:
        fake.chaos(rate_429=0.15, rate_500=0.1, retry_after=1, seed=42)
        url = bot.url + "/slack/events"
        async with aiohttp.ClientSession() as session:

            async def vendor(user: str) -> None:
                for index, text in enumerate(walks[user]):
                    await deliver(session, url, new_dm_envelope(user, text), log)
                    await wait_until(
                        lambda n=index + 1: dm_replies(fake)[f"D{user}"] >= n, timeout=30
                    )

            await asyncio.gather(*(vendor(user) for user in users))
        # "Delays but never loses": a reply in backoff when the load ends still has to arrive.
        # Slack calms down, and every reply must then be there (the outbox's backoff is capped).
        fake.calm()
        await wait_until(lambda: sum(dm_replies(fake).values()) >= VENDORS * MESSAGES, timeout=120)
        await asyncio.sleep(1.0)  # room for a duplicate to show up, if there were one
        assert bot.is_alive()
    faults = [call for call in fake.calls() if call.status in (429, 500)]
    replies = dm_replies(fake)
    missing = sum(max(0, MESSAGES - replies[f"D{user}"]) for user in users)
    duplicates = sum(max(0, replies[f"D{user}"] - MESSAGES) for user in users)
    print(
        f"\nweb api faults: events {VENDORS * MESSAGES}, Web API calls {len(fake.calls())}, "
        f"429s {sum(c.status == 429 for c in faults)}, 500s {sum(c.status == 500 for c in faults)}, "
        f"replies {sum(replies.values())}, missing {missing}, duplicates {duplicates}"
    )
    assert faults, "the chaos did not inject anything"
    assert set(log.statuses) == {200}
    assert missing == 0 and duplicates == 0
    assert stored_state(db_path) == oracle_state(walks)
