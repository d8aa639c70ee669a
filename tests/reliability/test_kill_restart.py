"""SIGKILL the bot at random moments while 50 vendors walk through the questions, restart it on
the same database, and check that nothing a vendor was told "received" (HTTP 200) is lost.

Each simulated vendor behaves like Slack plus a person: it sends one message; if the bot did not
answer the HTTP request (dead, refused), Slack redelivers the same event with X-Slack-Retry-Num
once the bot is back; once acked, the vendor waits for the reply before answering the next
question. At the end every vendor's stored conversation step and profile must equal what the
same messages produce in a fresh in-process Engine (the oracle), and every acked message must
have had exactly one reply.
"""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import aiohttp
import pytest
from fakeslack import FakeSlackThread
from reliability_support import (
    DeliveryLog,
    deliver,
    dm_replies,
    free_port,
    http_bot,
    new_dm_envelope,
    oracle_state,
    stored_state,
    wait_until,
    walk_for,
)

pytestmark = pytest.mark.reliability

VENDORS = 50
KILLS = 5
# How long a vendor waits for a reply before typing the next answer anyway (a slow reply under a
# loaded machine is late, not lost); every acked message must still be answered by the end.
REPLY_WAIT_S = 8.0
FINAL_WAIT_S = 60.0


async def test_sigkill_and_restart_lose_no_acked_answer(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    fake = fake_slack_thread
    rng = random.Random(1259)
    db_path = tmp_path / "bot.db"
    users = [f"UKR{index:03d}" for index in range(VENDORS)]
    walks = {user: walk_for(index) for index, user in enumerate(users)}
    bot = http_bot(fake.api_url, db_path)
    bot.port = free_port()
    bot.command[bot.command.index("--port") + 1] = str(bot.port)
    bot.start()
    url = bot.url + "/slack/events"
    log = DeliveryLog()
    alive = asyncio.Event()
    alive.set()
    late_replies: list[tuple[str, int]] = []
    kills = 0

    async def killer() -> None:
        nonlocal kills
        for _ in range(KILLS):
            await asyncio.sleep(rng.uniform(0.4, 1.5))
            alive.clear()
            bot.kill()
            kills += 1
            await asyncio.sleep(rng.uniform(0.0, 0.3))
            await asyncio.to_thread(bot.start)
            alive.set()

    async def vendor(user: str, session: aiohttp.ClientSession) -> None:
        for index, text in enumerate(walks[user]):
            envelope = new_dm_envelope(user, text)
            retry = 0
            while await deliver(session, url, envelope, log, retry_num=retry) != 200:
                retry += 1
                await alive.wait()
            got_reply = await wait_until(
                lambda n=index + 1: (
                    dm_replies(fake)[f"D{user}"]
                    >= n - len([1 for u, _ in late_replies if u == user])
                ),
                timeout=REPLY_WAIT_S,
            )
            if not got_reply:
                late_replies.append((user, index))

    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            kill_task = asyncio.create_task(killer())
            await asyncio.gather(*(vendor(user, session) for user in users))
            await kill_task
        messages = sum(len(texts) for texts in walks.values())
        # Lost means never answered, however late: wait on the bot's own replies, not a clock.
        await wait_until(lambda: sum(dm_replies(fake).values()) >= messages, timeout=FINAL_WAIT_S)
        assert bot.is_alive()
    finally:
        bot.stop()

    expected = oracle_state(walks)
    stored = stored_state(db_path)
    diverged = sorted(user for user in users if stored.get(user) != expected.get(user))
    replies = dm_replies(fake)
    duplicates = sum(max(0, replies[f"D{user}"] - len(walks[user])) for user in users)
    lost_replies = [
        (user, len(walks[user]) - replies[f"D{user}"])
        for user in users
        if replies[f"D{user}"] < len(walks[user])
    ]
    print(
        f"\nkill/restart: vendors {VENDORS}, messages {messages}, deliveries {log.deliveries}, "
        f"kills {kills}, acked {len(log.acked_events)}, replies {sum(replies.values())}, "
        f"late replies {len(late_replies)}, vendors with a lost reply {len(lost_replies)}, "
        f"duplicates {duplicates}, "
        f"vendors with a wrong stored step/profile {len(diverged)}"
    )
    assert kills == KILLS
    assert len(log.acked_events) == messages
    assert duplicates == 0
    assert not lost_replies, f"acked but never answered: {lost_replies[:10]}"
    assert not diverged, f"stored state differs from the oracle for {diverged[:10]}"
