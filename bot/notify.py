"""Staff notifications through an outbox: written first, sent after, marked sent, never twice.

A notification (a vendor found eligible, a ticket drafted, a question the bot could not answer)
is inserted into `outbox` keyed by its `dedupe_key` (INSERT OR IGNORE: the same event can never
queue two messages). `flush_outbox` sends every unsent row to the staff channel and sets
`sent_at`; a failed send stays unsent and is tried again on the next flush. With no staff
channel configured rows simply wait (logged once) until one is.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable
from typing import Any

import sqlite_utils
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.conversation.types import Notification
from bot.storage import transaction, utc_now

log = logging.getLogger(__name__)

HANDOFF_KEY_PREFIX = "handoff:"
DEFAULT_FLUSH_INTERVAL_SECONDS = 5.0
# A row that keeps failing (channel archived, bot removed) must not be hammered forever.
MAX_SEND_ATTEMPTS = 20


def enqueue(
    db: sqlite_utils.Database,
    *,
    dedupe_key: str,
    kind: str,
    text: str,
    channel: str | None = None,
    data: dict[str, Any] | None = None,
) -> bool:
    """Queue one message; False when `dedupe_key` was already queued (nothing changes)."""
    cursor = db.conn.execute(
        "INSERT OR IGNORE INTO outbox (dedupe_key, kind, channel, text, data_json, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            dedupe_key,
            kind,
            channel,
            text,
            json.dumps(data, ensure_ascii=False, sort_keys=True, default=str) if data else None,
            utc_now(),
        ),
    )
    return cursor.rowcount == 1


def enqueue_notifications(db: sqlite_utils.Database, notifications: Iterable[Notification]) -> int:
    """Queue the core's notifications for the staff channel; returns how many were new."""
    new = 0
    with transaction(db):
        for notification in notifications:
            new += enqueue(
                db,
                dedupe_key=notification.dedupe_key,
                kind=notification.kind,
                text=notification.text,
                data=notification.data,
            )
    return new


def _table_exists(db: sqlite_utils.Database, name: str) -> bool:
    row = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def handoff_text(user_id: str, question: str, lang: str | None) -> str:
    language = "English" if lang == "en" else "中文"
    return (
        f":raising_hand: 机器人无法回答的问题 / A question the bot could not answer\n"
        f"<@{user_id}> ({language}): {question}"
    )


def enqueue_unposted_handoffs(db: sqlite_utils.Database) -> int:
    """Queue every handoff not yet posted (its `posted_at` is set once the message is sent)."""
    if not _table_exists(db, "handoffs"):
        return 0
    rows = db.conn.execute(
        "SELECT id, team_id, user_id, question, lang FROM handoffs WHERE posted_at IS NULL"
        " ORDER BY id"
    ).fetchall()
    new = 0
    with transaction(db):
        for handoff_id, team_id, user_id, question, lang in rows:
            new += enqueue(
                db,
                dedupe_key=f"{HANDOFF_KEY_PREFIX}{handoff_id}",
                kind="handoff",
                text=handoff_text(user_id, question, lang),
                data={"handoff_id": handoff_id, "team_id": team_id, "user_id": user_id},
            )
    return new


class _WarnOnce:
    def __init__(self) -> None:
        self.warned = False

    def __call__(self, message: str) -> None:
        if not self.warned:
            log.warning(message)
            self.warned = True


_warn_no_channel = _WarnOnce()


async def flush_outbox(
    db: sqlite_utils.Database, settings: Settings, client: AsyncWebClient
) -> int:
    """Send every unsent row (oldest first); returns how many were sent now."""
    rows = db.conn.execute(
        "SELECT id, dedupe_key, channel, text FROM outbox"
        " WHERE sent_at IS NULL AND attempts < ? ORDER BY id",
        (MAX_SEND_ATTEMPTS,),
    ).fetchall()
    sent = 0
    for row_id, dedupe_key, channel, text in rows:
        target = channel or settings.onboard_staff_channel
        if not target:
            _warn_no_channel(
                "ONBOARD_STAFF_CHANNEL is not set: staff notifications wait in the outbox"
            )
            continue
        try:
            response = await client.chat_postMessage(channel=target, text=text)
        except Exception as exc:  # noqa: BLE001 - any failure leaves the row to retry
            db.conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                (str(exc)[:500], row_id),
            )
            log.warning("outbox %s not sent (will retry): %s", dedupe_key, exc)
            continue
        now = utc_now()
        with transaction(db):
            db.conn.execute(
                "UPDATE outbox SET sent_at = ?, sent_ts = ?, attempts = attempts + 1,"
                " last_error = NULL WHERE id = ?",
                (now, response.get("ts"), row_id),
            )
            if dedupe_key.startswith(HANDOFF_KEY_PREFIX) and _table_exists(db, "handoffs"):
                db.conn.execute(
                    "UPDATE handoffs SET posted_at = ? WHERE id = ? AND posted_at IS NULL",
                    (now, int(dedupe_key.removeprefix(HANDOFF_KEY_PREFIX))),
                )
        sent += 1
    return sent


class OutboxSender:
    """Background task: flush on `wake()` and every `interval` seconds, one flush at a time."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: Settings,
        client: AsyncWebClient,
        *,
        interval: float = DEFAULT_FLUSH_INTERVAL_SECONDS,
    ) -> None:
        self.db = db
        self.settings = settings
        self.client = client
        self.interval = interval
        self._wakeup = asyncio.Event()
        # Two overlapping flushes could both read the same unsent row and post it twice.
        self._lock = asyncio.Lock()

    def wake(self) -> None:
        self._wakeup.set()

    async def flush_once(self) -> int:
        async with self._lock:
            enqueue_unposted_handoffs(self.db)
            return await flush_outbox(self.db, self.settings, self.client)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            # Cleared before flushing so a wake() arriving mid-flush triggers another flush.
            self._wakeup.clear()
            try:
                await self.flush_once()
            except Exception:  # noqa: BLE001 - the sender must outlive one bad flush
                log.exception("outbox flush failed")
            stop_wait = asyncio.ensure_future(stop.wait())
            wake_wait = asyncio.ensure_future(self._wakeup.wait())
            await asyncio.wait(
                {stop_wait, wake_wait}, timeout=self.interval, return_when=asyncio.FIRST_COMPLETED
            )
            for waiter in (stop_wait, wake_wait):
                waiter.cancel()
