"""One vendor's burst of hand-offs is one staff post (plus a bounded number of thread
replies), with every question in it; other vendors and later windows get their own post."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import sqlite_utils
from fakeslack import FakeSlack, dm_message_event
from slack_harness import STAFF_CHANNEL, VENDOR_USER, start_dispatch_bot
from test_privacy_threads import settled

from bot.conversation import Engine
from bot.conversation.types import Notification
from bot.notify import enqueue_notifications

BURST = 30


def _top_level(messages: list[dict[str, object]]) -> list[dict[str, object]]:
    return [m for m in messages if m.get("thread_ts") in (None, m["ts"])]


async def test_thirty_handoffs_in_seconds_become_one_staff_post(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings())
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)
    questions = [f"转人工 第{n}个问题：保证金发票怎么开？" for n in range(1, BURST + 1)]
    try:
        for text in questions:
            await fake.send_event(dm_message_event(VENDOR_USER, text))
        await fake.send_event(dm_message_event("UOTHER", "转人工 另一位服务商的问题"))
        await fake.wait_until(lambda: settled(fresh_db), timeout=20, message="all sent")
    finally:
        await stop()

    staff = fake.messages(STAFF_CHANNEL)
    posts = _top_level(staff)
    mine = [p for p in posts if VENDOR_USER in str(p["text"])]
    assert len(mine) == 1 and len(posts) == 2  # one per vendor
    thread = [m for m in staff if m.get("thread_ts") == mine[0]["ts"] and m is not mine[0]]
    # A burst yields at most one thread reply per hold period (5 s) after the first post.
    assert len(thread) <= 3, [m["text"] for m in thread]
    shown = "\n".join(str(m["text"]) for m in [mine[0], *thread])
    for text in questions:
        assert text.removeprefix("转人工 ") in shown
    # Every hand-off is recorded as posted to staff.
    assert fresh_db.conn.execute(
        "SELECT COUNT(*) FROM handoffs WHERE posted_at IS NULL"
    ).fetchone() == (0,)


def _handoff(handoff_id: int, user: str = "UV1") -> Notification:
    return Notification(
        "handoff",
        "plain",
        f"handoff:T1:{handoff_id}",
        {
            "team_id": "T1",
            "user_id": user,
            "handoff_id": handoff_id,
            "question": f"问题 {handoff_id} <!channel>",
            "lang": "zh",
        },
    )


def _posts(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(dedupe_key, text) of the rows that carry a post (merged rows carry none)."""
    return [
        (key, text)
        for key, text, data in db.conn.execute(
            "SELECT dedupe_key, text, data_json FROM outbox WHERE kind = 'handoff' ORDER BY id"
        )
        if "posted_with" not in json.loads(data)
    ]


def test_unsent_post_takes_later_questions_and_old_windows_do_not(
    fresh_db: sqlite_utils.Database,
) -> None:
    enqueue_notifications(fresh_db, [_handoff(1)])
    enqueue_notifications(fresh_db, [_handoff(2)])
    enqueue_notifications(fresh_db, [_handoff(3, user="UV2")])
    posts = _posts(fresh_db)
    assert [key for key, _ in posts] == ["handoff:T1:1", "handoff:T1:3"]
    assert "问题 2 &lt;!channel&gt;" in posts[0][1]  # appended, escaped

    # The same vendor after the window, their help-desk case still open: its thread (no new
    # post); once the case is resolved, a new post (a new case).
    old = (datetime.now(UTC) - timedelta(minutes=11)).isoformat(timespec="milliseconds")
    fresh_db.conn.execute("UPDATE outbox SET created_at = ?", (old,))
    enqueue_notifications(fresh_db, [_handoff(4)])
    assert [key for key, _ in _posts(fresh_db)][-1] == "handoff:T1:4"
    thread_of = fresh_db.conn.execute(
        "SELECT json_extract(data_json, '$.thread_of') FROM outbox"
        " WHERE dedupe_key = 'handoff:T1:4'"
    ).fetchone()
    assert thread_of == ("handoff:T1:1",)
    fresh_db.conn.execute("UPDATE cases SET state = 'resolved'")
    enqueue_notifications(fresh_db, [_handoff(5)])
    new_post = fresh_db.conn.execute(
        "SELECT json_extract(data_json, '$.thread_of') FROM outbox"
        " WHERE dedupe_key = 'handoff:T1:5'"
    ).fetchone()
    assert new_post == (None,)


def test_a_sent_post_gets_later_questions_in_one_held_thread_reply(
    fresh_db: sqlite_utils.Database,
) -> None:
    enqueue_notifications(fresh_db, [_handoff(1)])
    fresh_db.conn.execute(
        "UPDATE outbox SET sent_at = '2024-05-01', sent_ts = '100.1', posted_channel = 'CS'"
    )
    for handoff_id in range(2, 12):
        enqueue_notifications(fresh_db, [_handoff(handoff_id)])
    posts = _posts(fresh_db)
    assert [key for key, _ in posts] == ["handoff:T1:1", "handoff:T1:2"]
    thread_row = fresh_db.conn.execute(
        "SELECT data_json, next_attempt_at FROM outbox WHERE dedupe_key = 'handoff:T1:2'"
    ).fetchone()
    assert json.loads(thread_row[0])["thread_of"] == "handoff:T1:1"
    assert thread_row[1] > datetime.now(UTC).timestamp()  # held for the rest of the burst
    assert all(f"问题 {n} " in posts[1][1] for n in range(2, 12))


def test_merging_can_be_switched_off(fresh_db: sqlite_utils.Database) -> None:
    for handoff_id in (1, 2):
        enqueue_notifications(fresh_db, [_handoff(handoff_id)], handoff_window_seconds=0)
    assert len(_posts(fresh_db)) == 2
