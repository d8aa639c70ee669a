"""The event inbox in its own SQLite file, so an ack never waits for the main database.

Slack needs its ack within 3 s, and the ack is sent only once the event is stored (claimed).
If that claim were a write to the main database it would queue behind whatever holds the main
database's write lock: a 1,000,000-order commission import commits for several seconds. So
the inbox lives in a second file beside the database (`<db>-inbox`, e.g. `onboard.db-inbox`)
with its own connection, written by nothing but the bot process's ack path: its lock is never
held for longer than one INSERT.

What is atomic with what:
- claim (inbox file): event id + body, status 'received', committed before the ack;
- done (main database, table `slack_events`): written inside the turn's transaction together
  with the conversation step and the reply, so "processed" is exactly "its effects committed";
- at start-up `replay_inbox` runs every inbox entry still 'received' whose id is not done in
  the main database (and marks the others done in the inbox).

An in-memory main database (tests) has no file beside it: there the inbox is the main
database's own `slack_events` table, exactly as before the split.
"""

from __future__ import annotations

import json
import sqlite3
import weakref
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.storage import (
    BUSY_TIMEOUT_MS,
    StorageUnavailable,
    restrict_db_files,
    restricted_umask,
    utc_now,
)

INBOX_SUFFIX = "-inbox"
_INBOX_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS slack_events ("
    " event_id TEXT PRIMARY KEY, event_type TEXT, received_at TEXT NOT NULL,"
    " body_json TEXT, status TEXT NOT NULL DEFAULT 'done', done_at TEXT)",
    "CREATE INDEX IF NOT EXISTS slack_events_received ON slack_events (received_at)"
    " WHERE status = 'received'",
)

_inboxes: weakref.WeakKeyDictionary[sqlite_utils.Database, Inbox] = weakref.WeakKeyDictionary()


def inbox_path(main_path: Path) -> Path:
    return main_path.with_name(main_path.name + INBOX_SUFFIX)


def _main_path(db: sqlite_utils.Database) -> Path | None:
    for _, name, file in db.conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


class Inbox:
    """Claims (before the ack), releases, and the entries left to replay."""

    def __init__(self, conn: sqlite3.Connection, *, separate: bool, path: Path | None) -> None:
        self.conn = conn
        self.separate = separate
        self.path = path

    @classmethod
    def open_for(cls, db: sqlite_utils.Database) -> Inbox:
        main = _main_path(db)
        if main is None:
            return cls(db.conn, separate=False, path=None)
        path = inbox_path(main)
        try:
            with restricted_umask():
                conn = sqlite3.connect(
                    str(path), isolation_level=None, check_same_thread=False, timeout=1.0
                )
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                for statement in _INBOX_SCHEMA:
                    conn.execute(statement)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StorageUnavailable(path, exc) from exc
        restrict_db_files(path)
        return cls(conn, separate=True, path=path)

    def claim(
        self, event_id: str, event_type: str | None, body: dict[str, Any] | None = None
    ) -> bool:
        """True the first time `event_id` is seen; False for every redelivery. With `body`
        the claim is an inbox entry ('received'); without, a plain dedupe mark ('done')."""
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO slack_events"
            " (event_id, event_type, received_at, body_json, status) VALUES (?, ?, ?, ?, ?)",
            (
                event_id,
                event_type,
                utc_now(),
                json.dumps(body, ensure_ascii=False) if body is not None else None,
                "received" if body is not None else "done",
            ),
        )
        return cursor.rowcount == 1

    def release(self, event_id: str) -> None:
        self.conn.execute("DELETE FROM slack_events WHERE event_id = ?", (event_id,))

    def mark_done(self, event_ids: list[str]) -> None:
        if not self.separate or not event_ids:
            return  # shared: the turn's own transaction marked it
        self.conn.executemany(
            "UPDATE slack_events SET status = 'done', done_at = ? WHERE event_id = ?",
            [(utc_now(), event_id) for event_id in event_ids],
        )

    def pending(self, db: sqlite_utils.Database) -> list[tuple[str, str | None]]:
        """(id, body) of every entry still to process, oldest first; entries the main
        database already has as done are marked done here and left out."""
        rows = self.conn.execute(
            "SELECT event_id, body_json FROM slack_events WHERE status = 'received'"
            " ORDER BY received_at, rowid"
        ).fetchall()
        if not self.separate or not rows:
            return rows
        done = {
            event_id
            for (event_id,) in db.conn.execute(
                "SELECT event_id FROM slack_events WHERE status = 'done'"
            )
        }
        self.mark_done([event_id for event_id, _ in rows if event_id in done])
        return [(event_id, body) for event_id, body in rows if event_id not in done]

    def close(self) -> None:
        if self.separate:
            self.conn.close()


def inbox_for(db: sqlite_utils.Database) -> Inbox:
    """The inbox belonging to main database `db` (opened on first use, then reused)."""
    inbox = _inboxes.get(db)
    if inbox is None:
        inbox = Inbox.open_for(db)
        _inboxes[db] = inbox
    return inbox


def is_done(db: sqlite_utils.Database, event_id: str) -> bool:
    row = db.conn.execute(
        "SELECT 1 FROM slack_events WHERE event_id = ? AND status = 'done'", (event_id,)
    ).fetchone()
    return row is not None
