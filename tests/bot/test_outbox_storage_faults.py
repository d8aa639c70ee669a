"""The reply sender survives a full disk (and a locked database) and resumes afterwards."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from fakeslack import FakeSlack

from bot.notify import enqueue_reply
from bot.storage import open_db
from handlers.app import build_outbox_client
from handlers.outbox_sender import OutboxSender


class FullDisk:
    """The database connection as SQLite behaves on a full disk: reads work, writes fail."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.full = False

    def execute(self, sql: str, *args: Any) -> Any:
        if self.full and sql.lstrip().upper().startswith(("INSERT", "UPDATE", "BEGIN")):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


async def _until(predicate: Any, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.02)
    return bool(predicate())


async def test_sender_survives_a_full_disk_and_sends_each_reply_once_after(
    fake_slack: FakeSlack, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = open_db(tmp_path / "bot.db")
    disk = FullDisk(db.conn)
    db.conn = disk  # type: ignore[assignment]
    settings = fake_slack.settings()
    sender = OutboxSender(db, settings, build_outbox_client(settings), interval=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(sender.run(stop))
    try:
        enqueue_reply(db, dedupe_key="reply:a", channel="DUA", text="第一条")
        sender.wake("DUA")
        assert await _until(lambda: len(fake_slack.messages("DUA")) == 1)
        disk.full = True
        enqueue_reply(disk._conn, dedupe_key="reply:b", channel="DUA", text="第二条")
        for _ in range(20):  # many passes while full
            sender.wake("DUA")
            sender.wake()
            await asyncio.sleep(0.02)
        assert not task.done()
        assert len(fake_slack.messages("DUA")) == 1  # nothing sent it could not record
        disk.full = False
        sender.wake("DUA")
        assert await _until(
            lambda: (
                db.conn.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
                == 0
            )
        )
        assert [m["text"] for m in fake_slack.messages("DUA")] == ["第一条", "第二条"]
    finally:
        stop.set()
        await task
    storage_lines = [r for r in caplog.records if "cannot be written" in r.getMessage()]
    assert 1 <= len(storage_lines) <= 2
    assert not [r for r in caplog.records if r.exc_info]
