"""Slack delivers an event more than once when it thinks the ack was late (HTTP: the same body
with X-Slack-Retry-Num 1..3; Socket Mode: retry_attempt). However many copies arrive, in
whatever order and however concurrently, each event has its effect once: one reply, one step
of the conversation, one row in slack_events.
"""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import aiohttp
import pytest
from fakeslack import FakeSlackThread
from reliability_support import (
    BOT_COMMAND,
    BotProcess,
    DeliveryLog,
    bot_env,
    db_rows,
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

VENDORS = 60
ROUNDS = 4  # the first four messages of the walk-through
STAFF_CHANNEL = "CSTAFF"


async def _round_of_duplicates(
    url: str, envelopes: list[dict], rng: random.Random, log: DeliveryLog
) -> None:
    deliveries = [(envelope, retry) for envelope in envelopes for retry in range(rng.randint(1, 4))]
    rng.shuffle(deliveries)
    gate = asyncio.Semaphore(50)
    async with aiohttp.ClientSession() as session:

        async def send(envelope: dict, retry: int) -> None:
            async with gate:
                await deliver(session, url, envelope, log, retry_num=retry)

        await asyncio.gather(*(send(envelope, retry) for envelope, retry in deliveries))


async def test_http_redeliveries_have_no_duplicate_effects(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    fake = fake_slack_thread
    rng = random.Random(20210120)
    db_path = tmp_path / "bot.db"
    users = [f"URD{index:03d}" for index in range(VENDORS)]
    walks = {user: walk_for(index)[:ROUNDS] for index, user in enumerate(users)}
    log = DeliveryLog()
    fake.invite(STAFF_CHANNEL)  # /invite @onboard-bot (docs/SLACK_SETUP.md)
    with http_bot(fake.api_url, db_path, ONBOARD_STAFF_CHANNEL=STAFF_CHANNEL) as bot:
        url = bot.url + "/slack/events"
        for round_index in range(ROUNDS):
            envelopes = [new_dm_envelope(user, walks[user][round_index]) for user in users]
            await _round_of_duplicates(url, envelopes, rng, log)
            # A person answers after reading the reply: wait for this round's replies.
            await wait_until(
                lambda n=round_index + 1: all(dm_replies(fake)[f"D{user}"] >= n for user in users),
                timeout=30,
            )
        await asyncio.sleep(1.0)  # a late duplicate would show up now
        assert bot.is_alive()

    replies = dm_replies(fake)
    events = VENDORS * ROUNDS
    duplicates = sum(max(0, replies[f"D{user}"] - ROUNDS) for user in users)
    missing = sum(max(0, ROUNDS - replies[f"D{user}"]) for user in users)
    claimed = db_rows(db_path, "SELECT COUNT(*) FROM slack_events")[0][0]
    staff_posts = [
        call.params.get("text")
        for call in fake.calls("chat.postMessage")
        if call.ok and call.params.get("channel") == STAFF_CHANNEL
    ]
    print(
        f"\nhttp redelivery: events {events}, deliveries {log.deliveries}, "
        f"replies {sum(replies.values())}, duplicates {duplicates}, missing {missing}, "
        f"slack_events rows {claimed}, staff posts {len(staff_posts)} "
        f"(distinct {len(set(staff_posts))}), statuses {dict(log.statuses)}"
    )
    assert log.deliveries > events  # the run really redelivered
    assert set(log.statuses) == {200}
    assert duplicates == 0 and missing == 0
    assert claimed == events
    assert len(staff_posts) == len(set(staff_posts))
    stored = stored_state(db_path)
    assert len(stored) == len(walks)
    assert stored == oracle_state(walks)


async def test_socket_mode_retry_attempts_have_no_duplicate_effects(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    fake = fake_slack_thread
    rng = random.Random(7)
    db_path = tmp_path / "bot.db"
    users = [f"URS{index:03d}" for index in range(30)]
    walks = {user: walk_for(index)[:3] for index, user in enumerate(users)}
    env = bot_env(fake.api_url, db_path, SLACK_APP_TOKEN="xapp-fake-app-token")
    deliveries = 0
    with BotProcess(command=[*BOT_COMMAND, "run"], env=env) as bot:
        fake.wait_connected(timeout=20)
        for round_index in range(3):
            sends = []
            for user in users:
                envelope = new_dm_envelope(user, walks[user][round_index])
                for attempt in range(rng.randint(1, 4)):
                    sends.append((envelope, attempt))
            rng.shuffle(sends)
            for envelope, attempt in sends:
                fake.send_envelope(
                    "events_api",
                    envelope,
                    retry_attempt=attempt,
                    retry_reason="timeout" if attempt else "",
                    wait_ack=False,
                )
                deliveries += 1
            await wait_until(
                lambda n=round_index + 1: all(dm_replies(fake)[f"D{user}"] >= n for user in users),
                timeout=30,
            )
        await asyncio.sleep(1.0)
        assert bot.is_alive()
    replies = dm_replies(fake)
    duplicates = sum(max(0, replies[f"D{user}"] - 3) for user in users)
    missing = sum(max(0, 3 - replies[f"D{user}"]) for user in users)
    print(
        f"\nsocket mode redelivery: events {len(users) * 3}, deliveries {deliveries}, "
        f"replies {sum(replies.values())}, duplicates {duplicates}, missing {missing}"
    )
    assert duplicates == 0 and missing == 0
    stored = stored_state(db_path)
    assert len(stored) == len(walks)
    assert stored == oracle_state(walks)
