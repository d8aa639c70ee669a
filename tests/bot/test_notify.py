"""The staff outbox: queued once per dedupe key, sent once, retried after a failure."""

from __future__ import annotations

import time

import pytest
import sqlite_utils
from fakeslack import FakeSlack

from bot.conversation.types import Notification
from bot.notify import (
    BACKOFF_MAX_SECONDS,
    enqueue_notifications,
    enqueue_unposted_handoffs,
    flush_outbox,
)
from bot.slack_app import build_client
from bot.storage import open_db


@pytest.fixture
def fresh_db() -> sqlite_utils.Database:
    return open_db(memory=True)


def _outbox(db: sqlite_utils.Database) -> list[tuple]:
    return [
        tuple(row)
        for row in db.conn.execute(
            "SELECT dedupe_key, kind, text, sent_at IS NOT NULL, attempts FROM outbox ORDER BY id"
        )
    ]


def test_same_dedupe_key_is_queued_once(fresh_db: sqlite_utils.Database) -> None:
    first = Notification("eligible", "A 符合 API市场", "eligible:T1:U1:api")
    assert enqueue_notifications(fresh_db, [first, first]) == 1
    assert enqueue_notifications(fresh_db, [first]) == 0
    assert _outbox(fresh_db) == [("eligible:T1:U1:api", "eligible", "A 符合 API市场", 0, 0)]


async def test_flush_sends_once_and_marks_sent(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    client = build_client(settings)
    enqueue_notifications(fresh_db, [Notification("ticket_drafted", "工单已起草", "ticket:1")])
    assert await flush_outbox(fresh_db, settings, client) == 1
    assert await flush_outbox(fresh_db, settings, client) == 0
    assert [m["text"] for m in fake_slack.messages("CSTAFF")] == ["工单已起草"]
    assert _outbox(fresh_db) == [("ticket:1", "ticket_drafted", "工单已起草", 1, 1)]


async def test_failed_send_stays_queued_and_is_retried(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    client = build_client(settings)
    fake_slack.fail("chat.postMessage", status=200, error="channel_not_found", times=1)
    enqueue_notifications(fresh_db, [Notification("eligible", "通知", "k1")])
    assert await flush_outbox(fresh_db, settings, client) == 0
    row = fresh_db.conn.execute("SELECT sent_at, attempts, last_error FROM outbox").fetchone()
    assert row[0] is None and row[1] == 1 and "channel_not_found" in row[2]
    # Backing off: not tried again at once, tried once the backoff has passed.
    assert await flush_outbox(fresh_db, settings, client) == 0
    later = time.time() + BACKOFF_MAX_SECONDS + 1
    assert await flush_outbox(fresh_db, settings, client, clock=lambda: later) == 1
    assert [m["text"] for m in fake_slack.messages("CSTAFF")] == ["通知"]


async def test_no_staff_channel_keeps_rows_waiting(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings()
    enqueue_notifications(fresh_db, [Notification("eligible", "通知", "k1")])
    assert await flush_outbox(fresh_db, settings, build_client(settings)) == 0
    assert fake_slack.calls("chat.postMessage") == []
    assert _outbox(fresh_db) == [("k1", "eligible", "通知", 0, 0)]


async def test_unposted_handoffs_are_posted_once_and_marked(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    columns = {row[1] for row in fresh_db.conn.execute("PRAGMA table_info(handoffs)")}
    if not columns:
        pytest.skip("handoffs table (0003_answers) not migrated yet")
    fresh_db.conn.execute(
        "INSERT INTO handoffs (team_id, user_id, question, lang, created_at)"
        " VALUES ('T1', 'UV1', '发票怎么开？', 'zh', '2024-05-01T00:00:00')"
    )
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    client = build_client(settings)
    assert enqueue_unposted_handoffs(fresh_db) == 1
    assert await flush_outbox(fresh_db, settings, client) == 1
    assert enqueue_unposted_handoffs(fresh_db) == 0
    [message] = fake_slack.messages("CSTAFF")
    assert "<@UV1> (中文): 发票怎么开？" in message["text"]
    posted = fresh_db.conn.execute("SELECT posted_at FROM handoffs").fetchone()[0]
    assert posted is not None
