"""The outbox sender woken for one channel sends that channel's reply without a full pass
(every channel's pending head), and a plain wake() still looks at every channel."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import sqlite_utils
from fakeslack import FakeSlack

import handlers.outbox_sender
from bot.config import Settings
from bot.conversation.types import Notification
from bot.notify import enqueue_notifications, enqueue_reply
from handlers.app import build_outbox_client
from handlers.outbox_sender import OutboxSender

# Long enough that nothing in these tests is sent by the periodic pass.
NEVER = 600.0


@dataclass
class RunningSender:
    sender: OutboxSender
    full_passes: list[int]


@pytest.fixture
async def running_sender(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[RunningSender]:
    settings: Settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    full_passes: list[int] = []
    real_channel_heads = handlers.outbox_sender.channel_heads

    def counting_channel_heads(db: sqlite_utils.Database, s: Settings) -> dict[str, float]:
        full_passes.append(1)
        return real_channel_heads(db, s)

    monkeypatch.setattr(handlers.outbox_sender, "channel_heads", counting_channel_heads)
    sender = OutboxSender(fresh_db, settings, build_outbox_client(settings), interval=NEVER)
    stop = asyncio.Event()
    task = asyncio.create_task(sender.run(stop))
    await fake_slack.wait_until(lambda: len(full_passes) == 1, message="the first full pass")
    try:
        yield RunningSender(sender, full_passes)
    finally:
        stop.set()
        await task


async def test_wake_for_a_channel_sends_its_reply_without_a_full_pass(
    running_sender: RunningSender, fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    enqueue_reply(fresh_db, dedupe_key="reply:Ev1", channel="DUV1", text="第一个问题")
    running_sender.sender.wake("DUV1")
    await fake_slack.wait_until(lambda: fake_slack.messages("DUV1"), message="the reply")
    enqueue_reply(fresh_db, dedupe_key="reply:Ev2", channel="DUV1", text="第二个问题")
    running_sender.sender.wake("DUV1")
    await fake_slack.wait_until(lambda: len(fake_slack.messages("DUV1")) == 2, message="2nd")

    # Slack has the message before the sender commits its row: wait on the bot's own state.
    def sent_rows() -> int:
        query = "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL"
        return fresh_db.conn.execute(query).fetchone()[0]

    await fake_slack.wait_until(lambda: sent_rows() == 2, message="both rows marked sent")
    assert [m["text"] for m in fake_slack.messages("DUV1")] == ["第一个问题", "第二个问题"]
    assert running_sender.full_passes == [1]


async def test_plain_wake_looks_at_every_channel(
    running_sender: RunningSender, fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    enqueue_notifications(fresh_db, [Notification("eligible", "UV2 符合 API市场", "elig:UV2")])
    enqueue_reply(fresh_db, dedupe_key="reply:Ev3", channel="DUV2", text="结果")
    running_sender.sender.wake()
    await fake_slack.wait_until(
        lambda: fake_slack.messages("CSTAFF") and fake_slack.messages("DUV2"), message="both"
    )

    assert [m["text"] for m in fake_slack.messages("CSTAFF")] == ["UV2 符合 API市场"]
    assert [m["text"] for m in fake_slack.messages("DUV2")] == ["结果"]
    assert len(running_sender.full_passes) == 2


async def test_a_woken_channel_with_nothing_due_sends_nothing(
    running_sender: RunningSender, fake_slack: FakeSlack
) -> None:
    running_sender.sender.wake("DUV3")
    await asyncio.sleep(0)  # the sender's pass runs; its channel task finds no row
    await fake_slack.wait_until(lambda: "DUV3" not in running_sender.sender._busy)

    assert fake_slack.calls("chat.postMessage") == []
