"""The inbox in its own file: claims never touch the main database, so an ack is not held up
by a long write there; the turn after the ack waits for the lock and is retried, not lost."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import stat
import time
from pathlib import Path

import aiohttp
import sqlite_utils
from fakeslack import FakeSlack, dm_message_event, event_callback, sign_request

from bot.inbox import inbox_for, inbox_path
from bot.storage import open_db
from handlers import runner
from handlers.app import build_app
from handlers.context import mark_inbox_done


def test_claims_go_to_their_own_owner_only_file(tmp_path: Path) -> None:
    db = open_db(tmp_path / "bot.db")
    inbox = inbox_for(db)
    assert inbox.separate and inbox.path == inbox_path(tmp_path / "bot.db")
    assert stat.S_IMODE(inbox.path.stat().st_mode) == 0o600
    assert inbox.claim("Ev1", "message", {"type": "event_callback"})
    assert not inbox.claim("Ev1", "message", {"type": "event_callback"})  # a redelivery
    assert db.conn.execute("SELECT COUNT(*) FROM slack_events").fetchone()[0] == 0


def test_pending_leaves_out_what_the_main_database_has_done(tmp_path: Path) -> None:
    db = open_db(tmp_path / "bot.db")
    inbox = inbox_for(db)
    inbox.claim("EvDone", "message", {"n": 1})
    inbox.claim("EvOpen", "message", {"n": 2})
    mark_inbox_done(db.conn, "EvDone")  # as the turn's transaction does
    assert [event_id for event_id, _ in inbox.pending(db)] == ["EvOpen"]
    statuses = dict(inbox.conn.execute("SELECT event_id, status FROM slack_events"))
    assert statuses == {"EvDone": "done", "EvOpen": "received"}


def test_in_memory_database_keeps_the_inbox_in_its_own_table(
    fresh_db: sqlite_utils.Database,
) -> None:
    assert not inbox_for(fresh_db).separate
    inbox_for(fresh_db).claim("Ev1", "message", {"n": 1})
    assert fresh_db.conn.execute("SELECT status FROM slack_events").fetchall() == [("received",)]


async def test_ack_does_not_wait_for_the_main_write_lock_and_the_reply_follows(
    fake_slack: FakeSlack, tmp_path: Path
) -> None:
    path = tmp_path / "bot.db"
    db = open_db(path)
    settings = fake_slack.settings()
    app = build_app(settings, db)
    stop = asyncio.Event()
    ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    server = asyncio.create_task(
        runner.serve_http(
            settings, db, host="127.0.0.1", port=0, stop=stop, app=app, on_ready=ready.set_result
        )
    )
    port = await asyncio.wait_for(ready, 5)
    importer = sqlite3.connect(path, isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")  # a long import holding the write lock
    try:
        body = json.dumps(event_callback(dm_message_event("UINBOX1", "保证金交多少")))
        headers = {**sign_request(body), "Content-Type": "application/json"}
        started = time.monotonic()
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"http://127.0.0.1:{port}/slack/events", data=body, headers=headers) as r,
        ):
            status = r.status
        ack_s = time.monotonic() - started
        assert status == 200 and ack_s < 1.0, (status, ack_s)
        await asyncio.sleep(1.0)  # the turn finds the lock held and is retried
        assert fake_slack.messages("DUINBOX1") == []
        importer.execute("COMMIT")
        deadline = time.monotonic() + 15
        while not fake_slack.messages("DUINBOX1"):
            assert time.monotonic() < deadline, "the reply never came after the lock was freed"
            await asyncio.sleep(0.05)
        assert len(fake_slack.messages("DUINBOX1")) == 1
    finally:
        if importer.in_transaction:
            importer.execute("ROLLBACK")
        importer.close()
        stop.set()
        await server
