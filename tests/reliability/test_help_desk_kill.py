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


def _relays(fake: FakeSlackThread) -> list[dict[str, Any]]:
    return [m for m in fake.messages(f"D{VENDOR}") if ANSWER in str(m.get("text"))]


def _case_post(fake: FakeSlackThread) -> dict[str, Any] | None:
    posts = [m for m in fake.messages(STAFF_CHANNEL) if not m.get("thread_ts")]
    return posts[0] if posts else None


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

    async def hold_the_relay(call: Any) -> None:
        # The first relay post: held while the test kills the bot, then stored by Slack.
        if ANSWER in str(call.params.get("text")) and not relay_seen.is_set():
            relay_seen.set()
            await asyncio.sleep(1.5)
        return None

    fake.on_call(hold_the_relay, "chat.postMessage")
    bot.start()
    log = DeliveryLog()
    try:
        async with aiohttp.ClientSession() as session:
            url = bot.url + "/slack/events"
            handoff = event_callback(
                dm_message_event(VENDOR, "转人工 可以去你们杭州办公室当面咨询吗？"),
                event_id="EvKILLHANDOFF",
            )
            assert await deliver(session, url, handoff, log) == 200
            assert await wait_until(lambda: _case_post(fake) is not None, timeout=15)
            post = _case_post(fake)
            assert post is not None
            staff_ts = fake.add_message(
                STAFF_CHANNEL, ANSWER, user=STAFF_USER, thread_ts=post["ts"]
            )["ts"]
            reply = event_callback(_staff_event(ANSWER, staff_ts, post["ts"]), event_id="EvKILL1")
            assert await deliver(session, url, reply, log) == 200

            assert await asyncio.to_thread(relay_seen.wait, 15), "the relay was never sent"
            bot.kill()
            await asyncio.sleep(2.0)  # Slack stores the held message meanwhile
            assert len(_relays(fake)) == 1
            await asyncio.to_thread(bot.start)

            # Slack delivers the same staff message again under another event id.
            again = event_callback(_staff_event(ANSWER, staff_ts, post["ts"]), event_id="EvKILL2")
            assert await deliver(session, url, again, log) == 200

            def settled() -> bool:
                # The redelivery processed ("done" in the main database), then nothing unsent.
                processed = db_rows(
                    db_path, "SELECT status FROM slack_events WHERE event_id = 'EvKILL2'"
                )
                if processed != [("done",)]:
                    return False
                unsent = db_rows(
                    db_path,
                    "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL",
                )
                return unsent == [(0,)] and "已答复" in str((_case_post(fake) or {}).get("text"))

            assert await wait_until(settled, timeout=20), bot.log_text()[-3000:]
    finally:
        bot.stop()
    assert len(_relays(fake)) == 1
    assert db_rows(db_path, "SELECT state FROM cases") == [("answered",)]
    assert db_rows(db_path, "SELECT COUNT(*) FROM case_messages") == [(1,)]
