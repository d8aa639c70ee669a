"""A staff answer relayed to the vendor exactly once when the bot is SIGKILLed mid-relay.

The bot runs as a real subprocess (HTTP mode) on a database file. A vendor hands a question off;
staff answer in the case's thread; the moment the bot posts the relay to the vendor's DM the
fake Slack holds the call, the bot is killed, and Slack then stores the message (the bot never
learns it landed). After a restart on the same file, and a redelivery of the staff message
under a new event id, the vendor has the answer exactly once and the case shows "answered".
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fakeslack import FakeSlackThread, dm_message_event, event_callback
from reliability_support import DeliveryLog, db_rows, deliver, http_bot, wait_until

pytestmark = pytest.mark.reliability

STAFF_CHANNEL = "CSTAFF"
STAFF_USER = "USTAFF"
VENDOR = "UKILLV"
ANSWER = "可以，请提前一天预约。"
# Every wait below ends as soon as the bot's own state (its database) says the step is done;
# the budget only bounds a hang, and is generous because a loaded machine is slow, not wrong.
BUDGET_SECONDS = 180.0


def _relays(fake: FakeSlackThread) -> list[dict[str, Any]]:
    return [m for m in fake.messages(f"D{VENDOR}") if ANSWER in str(m.get("text"))]


def _case_post(fake: FakeSlackThread) -> dict[str, Any] | None:
    # The vendor's case, not another post of the staff channel (the weekly digest goes there
    # too when the bot starts).
    posts = [
        m
        for m in fake.messages(STAFF_CHANNEL)
        if not m.get("thread_ts") and f"<@{VENDOR}>" in str(m.get("text"))
    ]
    return posts[0] if posts else None


def _event_settled(db_path: Path, event_id: str) -> bool:
    """The bot processed the event ("done" in its database) and has nothing left to send."""
    processed = db_rows(db_path, "SELECT status FROM slack_events WHERE event_id = ?", (event_id,))
    unsent = db_rows(
        db_path, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
    )
    return processed == [("done",)] and unsent == [(0,)]


def _staff_event(text: str, ts: str, thread_ts: str) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": STAFF_CHANNEL,
        "user": STAFF_USER,
        "text": text,
        "ts": ts,
        "thread_ts": thread_ts,
        "event_ts": ts,
        "channel_type": "channel",
    }


async def test_relay_interrupted_by_sigkill_reaches_the_vendor_once(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    fake = fake_slack_thread
    fake.invite(STAFF_CHANNEL)
    db_path = tmp_path / "bot.db"
    bot = http_bot(
        fake.api_url,
        db_path,
        ONBOARD_STAFF_CHANNEL=STAFF_CHANNEL,
        ONBOARD_STAFF_USERS=STAFF_USER,
    )
    relay_seen = threading.Event()
    bot_killed = threading.Event()

    async def hold_the_relay(call: Any) -> None:
        # The first relay post: held until the bot is dead, then stored by Slack.
        if ANSWER in str(call.params.get("text")) and not relay_seen.is_set():
            relay_seen.set()
            await asyncio.to_thread(bot_killed.wait, BUDGET_SECONDS)
        return None

    fake.on_call(hold_the_relay, "chat.postMessage")
    bot.start(timeout=BUDGET_SECONDS)
    log = DeliveryLog()
    try:
        async with aiohttp.ClientSession() as session:
            url = bot.url + "/slack/events"
            handoff = event_callback(
                dm_message_event(VENDOR, "转人工 可以去你们杭州办公室当面咨询吗？"),
                event_id="EvKILLHANDOFF",
            )
            assert await deliver(session, url, handoff, log) == 200
            assert await wait_until(
                lambda: _event_settled(db_path, "EvKILLHANDOFF"), timeout=BUDGET_SECONDS
            ), bot.log_text()[-3000:]
            post = _case_post(fake)
            assert post is not None
            staff_ts = fake.add_message(
                STAFF_CHANNEL, ANSWER, user=STAFF_USER, thread_ts=post["ts"]
            )["ts"]
            reply = event_callback(_staff_event(ANSWER, staff_ts, post["ts"]), event_id="EvKILL1")
            assert await deliver(session, url, reply, log) == 200

            sent = await asyncio.to_thread(relay_seen.wait, BUDGET_SECONDS)
            assert sent, "the relay was never sent\n" + bot.log_text()[-3000:]
            bot.kill()
            bot_killed.set()  # Slack now stores the held message; the bot never hears of it
            assert await wait_until(lambda: len(_relays(fake)) == 1, timeout=BUDGET_SECONDS)
            await asyncio.to_thread(bot.start, timeout=BUDGET_SECONDS)

            # Slack delivers the same staff message again under another event id.
            again = event_callback(_staff_event(ANSWER, staff_ts, post["ts"]), event_id="EvKILL2")
            assert await deliver(session, url, again, log) == 200

            assert await wait_until(
                lambda: _event_settled(db_path, "EvKILL2"), timeout=BUDGET_SECONDS
            ), bot.log_text()[-3000:]
            assert "已答复" in str((_case_post(fake) or {}).get("text"))
    finally:
        bot_killed.set()
        bot.stop()
    assert len(_relays(fake)) == 1
    assert db_rows(db_path, "SELECT state FROM cases") == [("answered",)]
    assert db_rows(db_path, "SELECT COUNT(*) FROM case_messages") == [(1,)]
