"""The outbox's sender: posts what bot/notify.py queued, exactly once (see bot/notify.py for
the rules: ordering per channel, metadata marker + history look-up, backoff, presumed
delivery)."""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import sqlite_utils
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.notify import (
    BACKOFF_BASE_SECONDS,
    BACKOFF_MAX_SECONDS,
    DEFAULT_FLUSH_INTERVAL_SECONDS,
    FATE_DEADLINE_SECONDS,
    FATE_REPORT_KEY_PREFIX,
    HISTORY_MARGIN_SECONDS,
    MAX_CONCURRENT_CHANNELS,
    MAX_SEND_ATTEMPTS,
    OUTBOX_MARKER_EVENT,
    PRESUMED_DELIVERED,
    REFUSED,
    UPDATE_OF,
    OutboxRow,
    channel_heads,
    enqueue,
    enqueue_unposted_handoffs,
    fate_report_text,
    handoff_id_of_key,
    next_backoff_due,
    oldest_pending,
    pending_by_channel,
    storage_log,
    table_exists,
    thread_of,
    warn_no_channel,
)
from bot.slack_text import fit_message
from bot.storage import audit, transaction, utc_now

# Builds a row's message at send time: (text, blocks) or None for the row's own. The app
# passes handlers.cases.render_case_row, so a case's message shows its state when sent.
Render = Callable[[sqlite3.Connection, str, str, dict[str, Any]], tuple[str, Any] | None]
# Slack will never apply an edit to this message: the update is given up.
_UPDATE_REFUSALS = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- finding a sent message


async def find_marked_message(
    client: AsyncWebClient,
    channel: str,
    matches: Callable[[dict[str, Any]], bool],
    *,
    oldest: float,
    thread_ts: str | None = None,
) -> str | None:
    """ts of a message in `channel` (or in its thread `thread_ts`) since `oldest` (unix
    seconds) whose metadata `event_payload` satisfies `matches`; None when there is none."""
    cursor: str | None = None
    while True:
        kwargs: dict[str, Any] = {
            "channel": channel,
            "oldest": f"{oldest:.6f}",
            "limit": 200,
            "include_all_metadata": True,
        }
        if cursor:
            kwargs["cursor"] = cursor
        if thread_ts:
            page = await client.conversations_replies(ts=thread_ts, **kwargs)
        else:
            page = await client.conversations_history(**kwargs)
        for message in page.get("messages", []):
            payload = (message.get("metadata") or {}).get("event_payload") or {}
            if matches(payload):
                return str(message["ts"])
        cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            return None


# ---------------------------------------------------------------- sending


def _retry_after(exc: SlackApiError) -> float | None:
    headers = getattr(exc.response, "headers", None) or {}
    for name, value in dict(headers).items():
        if name.lower() == "retry-after":
            raw = value[0] if isinstance(value, list) else value
            try:
                return max(0.0, float(raw))
            except (TypeError, ValueError):
                return None
    return None


def backoff_seconds(attempts: int, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter, or Slack's Retry-After (+ a little jitter)."""
    if retry_after is not None:
        return retry_after + random.uniform(0, 0.5)  # noqa: S311 - jitter, not security
    ceiling = min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** min(attempts, 16))
    return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not security


class _Outcome:
    SENT = "sent"
    NOT_DELIVERED = "not_delivered"  # Slack answered and has no message: safe to resend
    UNCERTAIN = "uncertain"  # may have reached Slack: look it up before resending
    PERMANENT = "permanent"  # Slack refused for a reason retrying soon will not fix


# Slack errors that say this message will never go through as it is (counted, then given up).
_PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "msg_too_long",
        "no_text",
        "invalid_blocks",
        "invalid_metadata_format",
        "user_not_found",
        "cannot_dm_bot",
        "account_inactive",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "missing_scope",
        "msg_blocks_too_long",
    }
)
# Refusals of the message itself: resending it unchanged can never work, so the row is given up
# at the first one (instead of holding the channel's later rows back for MAX_SEND_ATTEMPTS).
_MESSAGE_REFUSALS = frozenset(
    {"msg_too_long", "msg_blocks_too_long", "invalid_blocks", "no_text", "invalid_metadata_format"}
)
# A history look-up refused for these reasons will not answer by retrying: the fate of the
# message cannot be learned.
_LOOKUP_REFUSALS = frozenset(
    {
        "missing_scope",
        "not_in_channel",
        "channel_not_found",
        "thread_not_found",
        "is_archived",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "account_inactive",
    }
)


def _slack_error(exc: BaseException) -> str:
    if isinstance(exc, SlackApiError) and exc.response is not None:
        return str((exc.response.data or {}).get("error", ""))
    return ""


def _classify(exc: BaseException) -> tuple[str, float | None]:
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", 200)
        error = str((exc.response.data or {}).get("error", "")) if exc.response else ""
        if status == 429 or error == "ratelimited":
            return _Outcome.NOT_DELIVERED, _retry_after(exc)
        if status >= 500:
            return _Outcome.UNCERTAIN, None
        return (_Outcome.PERMANENT if error in _PERMANENT_ERRORS else _Outcome.NOT_DELIVERED), None
    return _Outcome.UNCERTAIN, None


class _ChannelSender:
    """Sends one channel's rows in order; shared state (DM ids) lives on the owning sender."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: Settings,
        client: AsyncWebClient,
        dm_channels: dict[str, str],
        clock: Callable[[], float],
        render: Render | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.client = client
        self.dm_channels = dm_channels
        self.clock = clock
        self.render = render

    def _rendered(self, row: OutboxRow) -> tuple[str, Any]:
        if self.render is not None:
            built = self.render(self.db.conn, row.kind, row.text, row.data)
            if built is not None:
                return built
        return row.text, row.data.get("blocks")

    async def _update_in_place(self, row: OutboxRow) -> str:
        """Edit the message of row `update_of` to what the renderer shows now (chat.update is
        idempotent: after a 5xx it is simply sent again; rows queued for the same message up
        to now are covered by this one, as the render shows the latest state)."""
        found = self.db.conn.execute(
            "SELECT posted_channel, sent_ts FROM outbox WHERE dedupe_key = ?",
            (row.data[UPDATE_OF],),
        ).fetchone()
        if not found or not found[0] or not found[1]:
            # Never posted (given up, or presumed delivered without a ts): nothing to edit.
            self.db.conn.execute(
                "UPDATE outbox SET sent_at = ?, resolution = 'nothing_to_update' WHERE id = ?",
                (utc_now(), row.id),
            )
            return _Outcome.SENT
        channel, ts = str(found[0]), str(found[1])
        covered = self.db.conn.execute(
            "SELECT MAX(id) FROM outbox WHERE kind = ? AND sent_at IS NULL AND failed_at IS NULL"
            " AND json_extract(data_json, '$.update_of') = ?",
            (row.kind, row.data[UPDATE_OF]),
        ).fetchone()[0]
        text, blocks = fit_message(*self._rendered(row))
        try:
            kwargs: dict[str, Any] = {"channel": channel, "ts": ts, "text": text}
            if blocks is not None:
                kwargs["blocks"] = blocks
            await self.client.chat_update(**kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded and retried
            if _slack_error(exc) in _UPDATE_REFUSALS | _MESSAGE_REFUSALS:
                self._give_up_refused(row, channel, exc)
                return _Outcome.PERMANENT
            outcome, retry_after = _classify(exc)
            # Sending the same edit twice changes nothing: no look-up needed, just again.
            if outcome == _Outcome.UNCERTAIN:
                outcome = _Outcome.NOT_DELIVERED
            self._record_failure(row, outcome, retry_after, exc)
            return outcome
        self.db.conn.execute(
            "UPDATE outbox SET sent_at = ?, sent_ts = ?, posted_channel = ?,"
            " attempts = attempts + (id = ?), last_error = NULL WHERE kind = ? AND sent_at IS NULL"
            " AND failed_at IS NULL AND json_extract(data_json, '$.update_of') = ? AND id <= ?",
            (
                utc_now(),
                ts,
                channel,
                row.id,
                row.kind,
                row.data[UPDATE_OF],
                max(covered or 0, row.id),
            ),
        )
        return _Outcome.SENT

    async def target(self, row: OutboxRow) -> str | None:
        if row.posted_channel:
            return row.posted_channel
        channel = row.channel or self.settings.onboard_staff_channel
        if not channel:
            return None
        if channel[:1] in {"U", "W"}:
            # A reply addressed to a user (replayed Home click): its DM id, so the history
            # lookup after a crash reads the right conversation.
            if channel not in self.dm_channels:
                opened = await self.client.conversations_open(users=channel)
                self.dm_channels[channel] = opened["channel"]["id"]
            return self.dm_channels[channel]
        return channel

    async def send(self, row: OutboxRow) -> str:
        """Try to deliver `row` once; returns an _Outcome and records it."""
        if row.data.get(UPDATE_OF):
            return await self._update_in_place(row)
        posting = False
        try:
            target = await self.target(row)
            if target is None:
                warn_no_channel(
                    "ONBOARD_STAFF_CHANNEL is not set: staff notifications wait in the outbox"
                )
                return _Outcome.NOT_DELIVERED
            if row.thread_ts is None and (thread := thread_of(self.db.conn, row)):
                # A merged hand-off: into the first post's thread (recorded before sending,
                # so a lookup after a crash reads that thread).
                target, row.thread_ts = thread
                self.db.conn.execute(
                    "UPDATE outbox SET thread_ts = ?, posted_channel = ? WHERE id = ?",
                    (row.thread_ts, target, row.id),
                )
            if row.sending_at is not None:
                try:
                    found = await find_marked_message(
                        self.client,
                        target,
                        lambda payload: payload.get("outbox_id") == row.id,
                        oldest=datetime.fromisoformat(row.sending_at).timestamp()
                        - HISTORY_MARGIN_SECONDS,
                        thread_ts=row.thread_ts,
                    )
                except SlackApiError as exc:
                    if _slack_error(exc) in _LOOKUP_REFUSALS:
                        self._presume_delivered(row, target, f"history look-up refused: {exc}")
                        return _Outcome.SENT
                    raise
                if found:
                    log.info("outbox %s was delivered before a crash: not sent again", row.id)
                    self._mark_sent(row, target, found)
                    return _Outcome.SENT
            # The look-up answered (or there was no earlier attempt): the fate is known again.
            self.db.conn.execute(
                "UPDATE outbox SET sending_at = ?, posted_channel = ?, uncertain_since = NULL"
                " WHERE id = ?",
                (utc_now(), target, row.id),
            )
            # The last guard on size: never more than Slack takes (surfaces budget below it).
            source_text, source_blocks = self._rendered(row)
            text, blocks = fit_message(source_text, source_blocks)
            if blocks is None and source_blocks:
                log.warning("outbox %s: blocks over Slack's limits, sent as text", row.id)
            kwargs: dict[str, Any] = {
                "channel": target,
                "text": text,
                "metadata": {
                    "event_type": OUTBOX_MARKER_EVENT,
                    "event_payload": {"outbox_id": row.id},
                },
            }
            if blocks:
                kwargs["blocks"] = blocks
            if row.thread_ts:
                kwargs["thread_ts"] = row.thread_ts
            posting = True
            response = await self.client.chat_postMessage(**kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded and retried
            outcome, retry_after = _classify(exc)
            if not posting:
                # The DM lookup or the history lookup failed: nothing was posted now, and
                # whatever an earlier attempt left (sending_at) must stay for the next lookup.
                outcome = _Outcome.UNCERTAIN
            if posting and _slack_error(exc) in _MESSAGE_REFUSALS:
                self._give_up_refused(row, target, exc)
                return _Outcome.PERMANENT
            if (
                outcome == _Outcome.UNCERTAIN
                and row.sending_at is not None
                and row.uncertain_since is not None
                and self.clock() - row.uncertain_since >= FATE_DEADLINE_SECONDS
            ):
                self._presume_delivered(
                    row, target, f"fate unknown for {FATE_DEADLINE_SECONDS:.0f} s: {exc}"
                )
                return _Outcome.SENT
            self._record_failure(row, outcome, retry_after, exc)
            return outcome
        self._mark_sent(row, target, str(response.get("ts") or ""))
        return _Outcome.SENT

    def _mark_sent(self, row: OutboxRow, channel: str, ts: str) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.conn.execute(
                "UPDATE outbox SET sent_at = ?, sent_ts = ?, posted_channel = ?,"
                " attempts = attempts + 1, last_error = NULL WHERE id = ?",
                (now, ts, channel, row.id),
            )
            handoff_ids = [handoff_id_of_key(row.dedupe_key), *row.data.get("merged_handoffs", [])]
            if table_exists(self.db, "handoffs"):
                for handoff_id in handoff_ids:
                    if handoff_id is None:
                        continue
                    self.db.conn.execute(
                        "UPDATE handoffs SET posted_at = ? WHERE id = ? AND posted_at IS NULL",
                        (now, handoff_id),
                    )

    def _presume_delivered(self, row: OutboxRow, channel: str | None, reason: str) -> None:
        """The rule for a row whose fate cannot be learned: counted as delivered (never sent
        again), reported to staff once, audited; the channel's later rows go out."""
        with transaction(self.db):
            self.db.conn.execute(
                "UPDATE outbox SET sent_at = ?, sent_ts = NULL, posted_channel = ?,"
                " resolution = ?, last_error = ? WHERE id = ? AND sent_at IS NULL",
                (utc_now(), channel, PRESUMED_DELIVERED, reason[:500], row.id),
            )
            self._report(row, channel, PRESUMED_DELIVERED, reason)
        log.error("outbox %s: fate unknown, presumed delivered (%s)", row.dedupe_key, reason)

    def _give_up_refused(self, row: OutboxRow, channel: str | None, exc: BaseException) -> None:
        reason = f"{type(exc).__name__}: {exc}"[:500]
        with transaction(self.db):
            self.db.conn.execute(
                "UPDATE outbox SET failed_at = ?, sending_at = NULL, resolution = ?,"
                " attempts = attempts + 1, last_error = ? WHERE id = ?",
                (utc_now(), REFUSED, reason, row.id),
            )
            self._report(row, channel, REFUSED, reason)
        log.error("outbox %s refused by Slack, given up: %s", row.dedupe_key, reason[:200])

    def _report(self, row: OutboxRow, channel: str | None, resolution: str, reason: str) -> None:
        """Audit + one staff-channel post (dedupe key per row) about a settled row."""
        audit(
            self.db,
            "outbox",
            f"outbox.{resolution}",
            row.dedupe_key,
            {"outbox_id": row.id, "kind": row.kind, "channel": channel, "reason": reason[:300]},
        )
        if row.dedupe_key.startswith(FATE_REPORT_KEY_PREFIX):
            return  # a report about a report would only repeat itself
        enqueue(
            self.db,
            dedupe_key=f"{FATE_REPORT_KEY_PREFIX}{row.id}",
            kind="outbox_fate",
            text=fate_report_text(row.id, row.kind, channel, resolution, reason, row.text),
            data={"outbox_id": row.id, "resolution": resolution},
        )

    def _record_failure(
        self, row: OutboxRow, outcome: str, retry_after: float | None, exc: BaseException
    ) -> None:
        attempts = row.attempts + 1
        give_up = outcome == _Outcome.PERMANENT and attempts >= MAX_SEND_ATTEMPTS
        # Known not delivered: forget the attempt, so the next one needs no history lookup.
        clear_sending = outcome in (_Outcome.NOT_DELIVERED, _Outcome.PERMANENT)
        self.db.conn.execute(
            "UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ?,"
            " sending_at = CASE WHEN ? THEN NULL ELSE sending_at END, failed_at = ?,"
            " uncertain_since = CASE WHEN ? THEN NULL ELSE COALESCE(uncertain_since, ?) END"
            " WHERE id = ?",
            (
                attempts,
                f"{type(exc).__name__}: {exc}"[:500],
                self.clock() + backoff_seconds(attempts, retry_after),
                clear_sending,
                utc_now() if give_up else None,
                clear_sending,
                self.clock(),
                row.id,
            ),
        )
        level = logging.ERROR if give_up else logging.WARNING
        log.log(
            level,
            "outbox %s not sent (%s%s): %s",
            row.dedupe_key,
            outcome,
            ", given up" if give_up else ", will retry",
            str(exc)[:200],
        )


async def flush_outbox(
    db: sqlite_utils.Database,
    settings: Settings,
    client: AsyncWebClient,
    *,
    clock: Callable[[], float] = time.time,
    dm_channels: dict[str, str] | None = None,
    render: Render | None = None,
) -> int:
    """Send every row that is due, each channel in order; returns how many were sent now."""
    sender = _ChannelSender(db, settings, client, dm_channels or {}, clock, render)
    semaphore = asyncio.Semaphore(MAX_CONCURRENT_CHANNELS)

    async def drain(rows: list[OutboxRow]) -> int:
        sent = 0
        async with semaphore:
            for row in rows:
                # A later message never overtakes an earlier one still waiting in backoff.
                if row.next_attempt_at > clock():
                    break
                if await sender.send(row) != _Outcome.SENT:
                    break
                sent += 1
        return sent

    groups = pending_by_channel(db, settings).values()
    return sum(await asyncio.gather(*(drain(rows) for rows in groups)))


class OutboxSender:
    """Background task: sends on `wake()` (right after a turn commits), when a backoff is
    due, and every `interval` seconds. One task per channel at a time: a channel that is
    slow or backing off never holds up another's replies, and no row is sent by two tasks.

    `wake(channel)` starts only that channel's task: a full pass (reading every channel's
    pending head, queueing handoffs, finding the next backoff) per reply cost ~10 % of the
    event loop under load (py-spy), so full passes run only on `wake()` without a channel,
    when the interval or a backoff is due, and at start."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: Settings,
        client: AsyncWebClient,
        *,
        interval: float = DEFAULT_FLUSH_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.time,
        render: Render | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.client = client
        self.interval = interval
        self.clock = clock
        self.render = render
        self._wakeup = asyncio.Event()
        self._full_pass_wanted = True
        self._woken: set[str] = set()
        # Channels woken while their task ran: that task may have read before the commit.
        self._rewake: set[str] = set()
        self._busy: dict[str, asyncio.Task[int]] = {}
        self._dm_channels: dict[str, str] = {}
        self._semaphore = asyncio.Semaphore(MAX_CONCURRENT_CHANNELS)
        self.sent = 0

    def wake(self, channel: str | None = None) -> None:
        """A row was committed for `channel` (as stored: a DM/channel id, a user id, '' for
        staff rows); None: look at every channel."""
        if channel is None:
            self._full_pass_wanted = True
        elif channel in self._busy:
            self._rewake.add(channel)
        else:
            self._woken.add(channel)
        self._wakeup.set()

    def _start_channel(self, channel: str) -> asyncio.Task[int]:
        task = asyncio.create_task(self._drain_channel(channel), name=f"outbox:{channel}")
        self._busy[channel] = task
        task.add_done_callback(lambda _, c=channel: self._channel_done(c))
        return task

    def _start_channel_tasks(self) -> list[asyncio.Task[int]]:
        enqueue_unposted_handoffs(self.db)
        self._woken.clear()
        started = []
        now = self.clock()
        for channel, due in channel_heads(self.db, self.settings).items():
            if channel in self._busy:
                self._rewake.add(channel)  # its task may have read before this row
                continue
            if due > now:
                continue
            started.append(self._start_channel(channel))
        return started

    def _start_woken_channels(self) -> None:
        woken, self._woken = self._woken, set()
        for channel in woken:
            if channel in self._busy:
                self._rewake.add(channel)
            else:
                # Its task reads the channel's head itself; nothing due: it ends at once.
                self._start_channel(channel)

    def _channel_done(self, channel: str) -> None:
        self._busy.pop(channel, None)
        if channel in self._rewake:
            # A reply committed between the task's last read and its end would otherwise
            # wait for the next interval.
            self._rewake.discard(channel)
            self._woken.add(channel)
            self._wakeup.set()

    async def _drain_channel(self, channel: str) -> int:
        sender = _ChannelSender(
            self.db, self.settings, self.client, self._dm_channels, self.clock, self.render
        )
        sent = 0
        async with self._semaphore:
            try:
                while True:
                    row = oldest_pending(self.db, self.settings, channel)
                    if row is None or row.next_attempt_at > self.clock():
                        break
                    if await sender.send(row) != _Outcome.SENT:
                        # Its backoff may end before the loop's next pass: recompute when to look.
                        self.wake()
                        break
                    sent += 1
            except sqlite3.OperationalError as exc:
                # Disk full, database locked by a long import, file gone: the row's state
                # is whatever last committed (a post marked sending is looked up before it
                # is sent again), so pause this channel and let the next pass resume it.
                self._storage_paused(exc)
        self.sent += sent
        return sent

    def _storage_paused(self, exc: sqlite3.OperationalError) -> None:
        storage_log.warning(
            "storage",
            "outbox paused: the database cannot be written (%s); retrying every %.0f s",
            exc,
            self.interval,
        )

    async def flush_once(self) -> int:
        """Send everything due now and wait for it (start-up, tests)."""
        self._start_channel_tasks()
        return sum(await asyncio.gather(*list(self._busy.values())))

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time()
        while not stop.is_set():
            # Cleared before looking so a wake() arriving meanwhile triggers another look.
            self._wakeup.clear()
            try:
                if self._full_pass_wanted or loop.time() >= deadline:
                    self._full_pass_wanted = False
                    self._start_channel_tasks()
                    deadline = loop.time() + self._sleep_seconds()
                else:
                    self._start_woken_channels()
            except sqlite3.OperationalError as exc:
                self._storage_paused(exc)
                deadline = loop.time() + self.interval
            except Exception:  # noqa: BLE001 - the sender must outlive one bad pass
                log.exception("outbox pass failed")
                deadline = loop.time() + self.interval
            await _wait_first(
                [stop.wait(), self._wakeup.wait()], timeout=max(0.0, deadline - loop.time())
            )
        await asyncio.gather(*self._busy.values(), return_exceptions=True)

    def _sleep_seconds(self) -> float:
        now = self.clock()
        due = next_backoff_due(self.db, self.settings, now)
        if due is None:
            return self.interval
        return max(0.01, min(self.interval, due - now))


async def _wait_first(waits: list[Awaitable[Any]], *, timeout: float) -> None:
    futures = [asyncio.ensure_future(wait) for wait in waits]
    try:
        await asyncio.wait(futures, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for future in futures:
            future.cancel()
