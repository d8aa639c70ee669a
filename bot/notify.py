"""The outbox: every message the bot sends on its own (vendor replies, staff notifications)
is written first, sent after, marked sent, and never sent twice.

A row is inserted keyed by its `dedupe_key` (INSERT OR IGNORE: the same event can never queue
two messages), normally in the same transaction as the state change it reports (a vendor's
reply commits with the conversation step, see handlers/context.py). The sender then:

- sends each channel's rows in order (one channel's backlog or backoff never delays another);
- commits `sending_at` before `chat.postMessage` and `sent_at` after Slack accepted it. Each
  message carries metadata `{"event_type": "onboard_outbox", "event_payload": {"outbox_id": N}}`,
  so a row found with `sending_at` but no `sent_at` (the process died, or the call failed in a
  way that may have reached Slack: 5xx, timeout, dropped connection) is first looked up in the
  channel's history (or its thread) and only re-sent when absent — the approach of
  bot/commission/post.py, with the lookup shared as `find_marked_message`;
- backs off after a failure (exponential with jitter, Retry-After honoured on 429) and keeps
  retrying transient failures; only a row Slack refuses `MAX_SEND_ATTEMPTS` times for a
  permanent reason (channel_not_found, not_in_channel, …) is given up (`failed_at`), and a
  message Slack refuses for what it is (too long, invalid blocks) is given up at once;
- never waits forever on one row whose fate cannot be learned: when the history look-up is
  refused (missing_scope, not_in_channel, …) or the fate stays unknown for
  `FATE_DEADLINE_SECONDS`, the row is *presumed delivered* (not sent again), staff are told
  once in the staff channel and the audit log records it; the rows behind it go out
  (the rule and why: docs/RELIABILITY.md, "A message whose fate cannot be learned").

With no staff channel configured, staff rows wait (logged once) until one is.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.case_store import attach_handoff
from bot.config import Settings
from bot.conversation.types import Notification
from bot.logsafety import BoundedLog
from bot.slack_text import escape_mrkdwn, fit_message
from bot.storage import audit, transaction, utc_now

log = logging.getLogger(__name__)
# One line per half minute while the database cannot be written, not one per row and pass.
_storage_log = BoundedLog(log, period=30.0)

HANDOFF_KEY_PREFIX = "handoff:"
REPLY_KIND = "reply"
OUTBOX_MARKER_EVENT = "onboard_outbox"
DEFAULT_FLUSH_INTERVAL_SECONDS = 5.0
# Only permanent refusals count towards giving up; 429/5xx/network errors are retried forever
# (with backoff) because the message is still wanted once Slack is back.
MAX_SEND_ATTEMPTS = 20
BACKOFF_BASE_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 60.0
HISTORY_MARGIN_SECONDS = 120.0  # clock skew between us and Slack when reading history
MAX_CONCURRENT_CHANNELS = 16
# How long a row's fate may stay unknown (look-ups failing) before the rule settles it.
FATE_DEADLINE_SECONDS = 600.0
PRESUMED_DELIVERED = "presumed_delivered"
REFUSED = "refused"
FATE_REPORT_KEY_PREFIX = "outbox-fate:"
# Hand-offs from one vendor within this window share one staff post (Settings overrides).
DEFAULT_HANDOFF_MERGE_SECONDS = 600.0
# A merged post (or thread reply) grows up to this many characters (a Slack section's limit);
# beyond it the next question starts a new reply in the post's thread.
MAX_MERGED_HANDOFF_CHARS = 3000
# A thread reply waits this long before it is sent, so a burst of hand-offs is appended to
# it rather than posted one by one: at most one thread reply per vendor per this many seconds.
# Staff rows keep their order, so staff posts queued behind it wait as long (seconds only).
HANDOFF_THREAD_DELAY_SECONDS = 5.0

Executor = sqlite_utils.Database | sqlite3.Connection
# Builds a row's message at send time: (text, blocks) or None for the row's own. Given by the
# Slack side (Block Kit lives in handlers/), so a case's message shows its state when sent.
Render = Callable[[sqlite3.Connection, str, str, dict[str, Any]], tuple[str, Any] | None]
# A row whose data names `update_of` (another row's dedupe_key) edits that message in place
# (chat.update): idempotent, so after a 5xx it is simply sent again; rows queued for the same
# message before the one being sent are covered by it (the render shows the latest state).
UPDATE_OF = "update_of"
# Slack will never apply an edit to this message: the update is given up.
_UPDATE_REFUSALS = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})


def _conn(target: Executor) -> sqlite3.Connection:
    return target.conn if isinstance(target, sqlite_utils.Database) else target


def enqueue(
    db: Executor,
    *,
    dedupe_key: str,
    kind: str,
    text: str,
    channel: str | None = None,
    data: dict[str, Any] | None = None,
    thread_ts: str | None = None,
) -> bool:
    """Queue one message; False when `dedupe_key` was already queued (nothing changes).

    `db` may be the engine's connection inside its open transaction (an on_commit hook).
    """
    cursor = _conn(db).execute(
        "INSERT OR IGNORE INTO outbox"
        " (dedupe_key, kind, channel, thread_ts, text, data_json, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            dedupe_key,
            kind,
            channel,
            thread_ts or None,
            text,
            json.dumps(data, ensure_ascii=False, sort_keys=True, default=str) if data else None,
            utc_now(),
        ),
    )
    return cursor.rowcount == 1


def enqueue_reply(
    db: Executor,
    *,
    dedupe_key: str,
    channel: str,
    text: str,
    blocks: list[dict[str, Any]] | None = None,
    thread_ts: str | None = None,
    owner: str | None = None,
    lang: str | None = None,
) -> bool:
    """Queue a vendor's reply for `channel` (a DM id, a channel id, or a user id whose DM is
    opened when sending). `owner` is the vendor the reply answers: once posted, a click on
    its buttons counts only from them, and only while it is their latest reply there
    (`find_sent_reply`)."""
    data: dict[str, Any] = {}
    if blocks:
        data["blocks"] = blocks
    if owner:
        data["user"] = owner
    if lang:
        data["lang"] = lang
    return enqueue(
        db,
        dedupe_key=dedupe_key,
        kind=REPLY_KIND,
        text=text,
        channel=channel,
        data=data or None,
        thread_ts=thread_ts,
    )


def has_replied_in_thread(db: Executor, channel: str, thread_ts: str, owner: str) -> bool:
    """Whether the outbox already holds a reply to `owner` in this channel thread."""
    found = (
        _conn(db)
        .execute(
            "SELECT 1 FROM outbox WHERE kind = ? AND thread_ts = ?"
            " AND (channel = ? OR posted_channel = ?)"
            " AND json_extract(data_json, '$.user') = ? LIMIT 1",
            (REPLY_KIND, thread_ts, channel, channel, owner),
        )
        .fetchone()
    )
    return found is not None


@dataclass(frozen=True)
class SentReply:
    """A vendor reply the outbox posted: the message a button click comes from."""

    id: int
    owner: str | None
    lang: str | None
    # True while no later reply to the same vendor in the same channel/thread exists, sent
    # or still queued: a queued one means an earlier click already moved the conversation on.
    latest: bool


def find_sent_reply(db: Executor, channel: str, message_ts: str) -> SentReply | None:
    """The outbox reply posted as message `message_ts` in `channel`; None for a message the
    outbox did not post (or whose ts is not recorded yet)."""
    conn = _conn(db)
    found = conn.execute(
        "SELECT id, channel, posted_channel, thread_ts, data_json FROM outbox"
        " WHERE kind = ? AND sent_ts = ? AND posted_channel = ?",
        (REPLY_KIND, message_ts, channel),
    ).fetchone()
    if found is None:
        return None
    row_id, stored_channel, posted_channel, thread_ts, data_json = found
    data = json.loads(data_json) if data_json else {}
    owner = data.get("user")
    # The same conversation may be stored under its DM id or (a replayed Home click) the
    # user id; rows written before owners were recorded count as the same vendor's.
    newer = conn.execute(
        "SELECT 1 FROM outbox WHERE kind = ? AND id > ? AND thread_ts IS ?"
        " AND (channel IN (?, ?, ?) OR posted_channel = ?)"
        " AND (? IS NULL OR json_extract(data_json, '$.user') IS NULL"
        " OR json_extract(data_json, '$.user') = ?) LIMIT 1",
        (
            REPLY_KIND,
            row_id,
            thread_ts,
            stored_channel,
            posted_channel,
            owner or stored_channel,
            posted_channel,
            owner,
            owner,
        ),
    ).fetchone()
    return SentReply(row_id, owner, data.get("lang"), latest=newer is None)


_SLACK_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")


def _vendor_label(conn: sqlite3.Connection, team_id: str, user_id: str) -> str:
    """`<@U…>` (a real mention: staff can click through) plus the company from the vendor's
    latest ticket when there is one."""
    who = f"<@{user_id}>" if _SLACK_USER_ID.match(user_id) else escape_mrkdwn(user_id)
    row = conn.execute(
        "SELECT json_extract(fields_json, '$.company') FROM tickets"
        " WHERE team_id = ? AND user_id = ? AND json_extract(fields_json, '$.company') != ''"
        " ORDER BY id DESC LIMIT 1",
        (team_id, user_id),
    ).fetchone()
    return f"{who}（{escape_mrkdwn(str(row[0]))}）" if row and row[0] else who


def _market_names(market_ids: Iterable[str]) -> tuple[str, str]:
    """(Chinese names joined with 、, English names joined with commas)."""
    from rules.markets import get_market

    names_zh, names_en = [], []
    for market_id in market_ids:
        try:
            market = get_market(market_id)
        except KeyError:
            names_zh.append(market_id)
            names_en.append(market_id)
            continue
        names_zh.append(market.name)
        names_en.append(market.name_en)
    return "、".join(names_zh), ", ".join(names_en)


def staff_text(
    conn: sqlite3.Connection, notification: Notification, markets: list[str] | None = None
) -> str:
    """The staff-channel post for a notification, built from its data: the vendor as a
    mention (and company), market names, and every piece of vendor text escaped. The engine's
    own text (plain, for the console) is the fallback when the data lacks what is needed."""
    data = notification.data
    user_id, team_id = data.get("user_id"), data.get("team_id")
    if not isinstance(user_id, str) or not isinstance(team_id, str):
        return notification.text
    vendor = _vendor_label(conn, team_id, user_id)
    if notification.kind == "eligible" and (markets or data.get("market")):
        zh, en = _market_names(markets or [str(data["market"])])
        return (
            f":white_check_mark: 服务商 {vendor} 符合{zh}入驻条件 / "
            f"vendor {vendor} is eligible for: {en}"
        )
    if notification.kind == "handoff" and isinstance(data.get("question"), str):
        return handoff_text(user_id, data["question"], data.get("lang"), vendor=vendor)
    if notification.kind == "ticket_drafted" and data.get("ticket_id") is not None:
        # Only what finance matches the deposit by: company and Aliyun account (address,
        # contact and phone stay in the vendor's 工单; docs/PRIVACY.md).
        zh, en = _market_names(data.get("markets") or [])
        amount = int(data.get("amount") or 0)
        account = escape_mrkdwn(str(data.get("account") or "—"))
        return (
            f":memo: 服务商 {vendor} 已确认转财务工单 #{data.get('ticket_id')}"
            f"（{zh}，保证金 {amount:,} 元）/ confirmed deposit ticket #{data.get('ticket_id')}"
            f" ({en}, deposit CNY {amount:,})\n阿里云账号 / Aliyun account: {account}"
        )
    return notification.text


def enqueue_notifications(
    db: Executor,
    notifications: Iterable[Notification],
    *,
    handoff_window_seconds: float | None = None,
) -> int:
    """Queue the core's notifications for the staff channel; returns how many were new.

    One turn's notifications arrive together: a vendor found eligible for several markets
    at once gets ONE post naming them all. Each market keeps its own row (its dedupe key is
    what stops a later turn from announcing that market again); the first new one carries
    the post, the others are stored as already covered by it (sent_at set, no sent_ts).
    Hand-offs from one vendor within `handoff_window_seconds` share one staff post
    (`_enqueue_handoff`). Given a connection already inside a transaction, the rows join it.
    """
    conn = _conn(db)
    notifications = list(notifications)
    if handoff_window_seconds is None:
        handoff_window_seconds = DEFAULT_HANDOFF_MERGE_SECONDS

    def queue_all() -> int:
        new = 0
        eligible: dict[tuple[Any, Any], list[Notification]] = {}
        for notification in notifications:
            if notification.kind == "eligible" and notification.data.get("market"):
                who = (notification.data.get("team_id"), notification.data.get("user_id"))
                eligible.setdefault(who, []).append(notification)
                continue
            if notification.kind == "handoff":
                new += _enqueue_handoff(conn, notification, handoff_window_seconds)
                continue
            new += enqueue(
                conn,
                dedupe_key=notification.dedupe_key,
                kind=notification.kind,
                text=staff_text(conn, notification),
                data=notification.data,
            )
        for group in eligible.values():
            new += _enqueue_eligible_group(conn, group)
        return new

    if conn.in_transaction:
        return queue_all()
    conn.execute("BEGIN IMMEDIATE")
    try:
        new = queue_all()
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return new


def _enqueue_eligible_group(conn: sqlite3.Connection, group: list[Notification]) -> int:
    """One vendor's eligible notifications from one turn: one post for the new ones."""
    fresh = [
        n
        for n in group
        if conn.execute("SELECT 1 FROM outbox WHERE dedupe_key = ?", (n.dedupe_key,)).fetchone()
        is None
    ]
    if not fresh:
        return 0
    markets = list(dict.fromkeys(str(n.data["market"]) for n in fresh))
    text = staff_text(conn, fresh[0], markets)
    lead, *covered = fresh
    new = enqueue(conn, dedupe_key=lead.dedupe_key, kind=lead.kind, text=text, data=lead.data)
    for notification in covered:
        data = {**notification.data, "posted_with": lead.dedupe_key}
        if enqueue(
            conn, dedupe_key=notification.dedupe_key, kind=notification.kind, text=text, data=data
        ):
            conn.execute(
                "UPDATE outbox SET sent_at = ? WHERE dedupe_key = ?",
                (utc_now(), notification.dedupe_key),
            )
            new += 1
    return new


def fate_report_text(
    outbox_id: int,
    kind: str,
    channel: str | None,
    resolution: str,
    reason: str,
    text: str,
) -> str:
    """Staff's note about a message the outbox settled without a confirmed send. A staff
    notification's own text is quoted (staff may repost it); a vendor's reply is not (it may
    hold their contact data): staff look in the vendor's conversation."""
    where = (
        f"<#{channel}>"
        if channel and channel[:1] in {"C", "G"}
        else f"私信 / DM {escape_mrkdwn(channel)}"
        if channel
        else "员工频道 / staff channel"
    )
    if resolution == PRESUMED_DELIVERED:
        head = (
            f":warning: 无法确认消息 #{outbox_id}（{kind}，发往 {where}）是否已送达，按规则视为已送达，"
            "不再重发；如该处没有这条消息，请手动补发。/ Could not learn whether message "
            f"#{outbox_id} ({kind}, to {where}) was delivered; by the rule it counts as "
            "delivered and is not sent again. If it is not there, please repost it by hand."
        )
    else:
        head = (
            f":warning: Slack 拒收消息 #{outbox_id}（{kind}，发往 {where}），已放弃发送。"
            f"/ Slack refused message #{outbox_id} ({kind}, to {where}); it was given up."
        )
    lines = [head, f"原因 / reason: `{escape_mrkdwn(reason[:200])}`"]
    if kind != REPLY_KIND and text:
        lines.append(f">>> {text[:2000]}")
    return "\n".join(lines)


def _table_exists(db: sqlite_utils.Database, name: str) -> bool:
    row = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def handoff_text(
    user_id: str, question: str, lang: str | None, *, vendor: str | None = None
) -> str:
    """A handoff for staff; the vendor's question escaped (never a ping or a link) and whole
    (the core already limits its length)."""
    language = "English" if lang == "en" else "中文"
    who = vendor or f"<@{user_id}>"
    return (
        f":raising_hand: 服务商 {who} 请求人工协助 / asks for a human ({language}):\n"
        f"{escape_mrkdwn(question)}"
    )


# ---------------------------------------------------------------- hand-off merging
# One vendor's hand-offs within a window are one staff post: the first is posted, later ones
# are appended to a row not yet being sent, or else go into the post's thread (one reply per
# HANDOFF_THREAD_DELAY_SECONDS at most, later ones appended to it). Kept here, in one place,
# so the group can become a help-desk case and its thread.


@dataclass(frozen=True)
class _GroupRow:
    id: int
    dedupe_key: str
    text: str
    data: dict[str, Any]
    open: bool  # not sent, not being sent, not given up: its text may still grow


def _handoff_group(
    conn: sqlite3.Connection, team_id: str, user_id: str, since: str
) -> list[_GroupRow]:
    """The vendor's hand-off rows that carry a post (no covered ones) since the window's
    start, oldest first; the first is the group's lead when it is a top-level post."""
    rows = conn.execute(
        "SELECT id, dedupe_key, text, data_json,"
        " sent_at IS NULL AND sending_at IS NULL AND failed_at IS NULL FROM outbox"
        " WHERE kind = 'handoff' AND json_extract(data_json, '$.user_id') = ?"
        " AND created_at >= ? ORDER BY id",
        (user_id, since),
    ).fetchall()
    group: list[_GroupRow] = []
    for row_id, key, text, data_json, is_open in rows:
        data = json.loads(data_json) if data_json else {}
        if data.get("team_id") != team_id or data.get("posted_with") or data.get("erased"):
            continue
        group.append(_GroupRow(row_id, key, text, data, bool(is_open)))
    # The group starts at the vendor's latest top-level post in the window.
    leads = [index for index, row in enumerate(group) if not row.data.get("thread_of")]
    return group[leads[-1] :] if leads else []


def _enqueue_handoff(
    conn: sqlite3.Connection, notification: Notification, window_seconds: float
) -> int:
    """Queue one hand-off, merged into the vendor's recent staff post when there is one."""
    data = notification.data
    team_id, user_id, question = data.get("team_id"), data.get("user_id"), data.get("question")
    if not (isinstance(team_id, str) and isinstance(user_id, str) and isinstance(question, str)):
        return int(
            enqueue(
                conn,
                dedupe_key=notification.dedupe_key,
                kind="handoff",
                text=staff_text(conn, notification),
                data=data,
            )
        )
    if conn.execute(
        "SELECT 1 FROM outbox WHERE dedupe_key = ?", (notification.dedupe_key,)
    ).fetchone():
        return 0
    # Every hand-off is (part of) a help-desk case: the vendor's unresolved case, or a new one
    # whose staff message is this row. With merging switched off each hand-off is its own.
    handoff_id = data.get("handoff_id")
    case, created = attach_handoff(
        conn,
        team_id=team_id,
        user_id=user_id,
        lang=str(data.get("lang") or "zh"),
        question=question,
        handoff_id=handoff_id if isinstance(handoff_id, int) else None,
        post_key=notification.dedupe_key,
        new_case=window_seconds <= 0,
    )
    data = {**data, "case_id": case.id}
    since = datetime.fromtimestamp(time.time() - window_seconds, UTC).isoformat(
        timespec="milliseconds"
    )
    group = [] if created else _handoff_group(conn, team_id, user_id, since)
    if group and group[0].dedupe_key != case.post_key:
        group = []  # the window's post belongs to an earlier (resolved) case
    if created:
        return int(
            enqueue(
                conn,
                dedupe_key=notification.dedupe_key,
                kind="handoff",
                text=staff_text(conn, notification),
                data=data,
            )
        )
    if not group:
        # The case's post is older than the window: the question joins its thread.
        group = [_GroupRow(0, str(case.post_key), "", {}, False)]
    addition = f":heavy_plus_sign: {escape_mrkdwn(question)}"
    target = group[-1]
    if target.open and len(target.text) + len(addition) + 2 <= MAX_MERGED_HANDOFF_CHARS:
        merged = [*target.data.get("merged_handoffs", []), handoff_id]
        conn.execute(
            "UPDATE outbox SET text = ?, data_json = ? WHERE id = ?",
            (
                f"{target.text}\n\n{addition}",
                json.dumps({**target.data, "merged_handoffs": merged}, ensure_ascii=False),
                target.id,
            ),
        )
        # Its own row records that it was handed over (and stops a second queueing).
        enqueue(
            conn,
            dedupe_key=notification.dedupe_key,
            kind="handoff",
            text="",
            data={**_handoff_ids(data), "posted_with": target.dedupe_key},
        )
        conn.execute(
            "UPDATE outbox SET sent_at = ? WHERE dedupe_key = ?",
            (utc_now(), notification.dedupe_key),
        )
        return 1
    lead = group[0]
    header = "同一服务商的后续问题 / more from the same vendor:"
    enqueue(
        conn,
        dedupe_key=notification.dedupe_key,
        kind="handoff",
        text=f"{header}\n{addition}",
        data={**data, "thread_of": lead.dedupe_key},
    )
    # Held briefly: the rest of a burst is appended to this reply instead of posted.
    conn.execute(
        "UPDATE outbox SET next_attempt_at = ? WHERE dedupe_key = ?",
        (time.time() + HANDOFF_THREAD_DELAY_SECONDS, notification.dedupe_key),
    )
    return 1


def _handoff_ids(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data[key] for key in ("team_id", "user_id", "handoff_id", "lang") if key in data}


def _thread_of(conn: sqlite3.Connection, row: _Row) -> tuple[str, str] | None:
    """(channel, ts) of the post a merged hand-off replies in; None when it was never posted
    (the reply is then posted on its own)."""
    lead_key = row.data.get("thread_of")
    if not lead_key:
        return None
    found = conn.execute(
        "SELECT posted_channel, sent_ts FROM outbox WHERE dedupe_key = ? AND sent_ts IS NOT NULL"
        " AND sent_ts != ''",
        (lead_key,),
    ).fetchone()
    return (str(found[0]), str(found[1])) if found and found[0] else None


def enqueue_unposted_handoffs(db: sqlite_utils.Database) -> int:
    """Queue every handoff not yet posted and not already queued by the conversation core
    (whose notification key is `handoff:{team}:{id}`)."""
    if not _table_exists(db, "handoffs"):
        return 0
    rows = db.conn.execute(
        "SELECT h.id, h.team_id, h.user_id, h.question, h.lang FROM handoffs h"
        " WHERE h.posted_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedupe_key"
        " IN ('handoff:' || h.id, 'handoff:' || h.team_id || ':' || h.id)) ORDER BY h.id"
    ).fetchall()
    if not rows:
        return 0
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


def _handoff_id(dedupe_key: str) -> int | None:
    """`handoff:{id}` (queued here) or `handoff:{team}:{id}` (queued by the core)."""
    if not dedupe_key.startswith(HANDOFF_KEY_PREFIX):
        return None
    last = dedupe_key.rsplit(":", 1)[-1]
    return int(last) if last.isdigit() else None


class _WarnOnce:
    def __init__(self) -> None:
        self.warned = False

    def __call__(self, message: str) -> None:
        if not self.warned:
            log.warning(message)
            self.warned = True


_warn_no_channel = _WarnOnce()


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


@dataclass
class _Row:
    id: int
    dedupe_key: str
    kind: str
    channel: str | None
    thread_ts: str | None
    text: str
    data: dict[str, Any]
    attempts: int
    sending_at: str | None
    posted_channel: str | None
    next_attempt_at: float
    uncertain_since: float | None = None


_ROW_COLUMNS = (
    "id, dedupe_key, kind, channel, thread_ts, text, data_json, attempts, sending_at,"
    " posted_channel, next_attempt_at, uncertain_since"
)


def _row(values: tuple[Any, ...]) -> _Row:
    (
        row_id,
        key,
        kind,
        channel,
        thread_ts,
        text,
        data_json,
        attempts,
        sending,
        posted,
        due,
        uncertain_since,
    ) = values
    return _Row(
        row_id,
        key,
        kind,
        channel,
        thread_ts,
        text,
        json.loads(data_json) if data_json else {},
        attempts,
        sending,
        posted,
        due,
        uncertain_since,
    )


def _pending_filter(settings: Settings) -> str:
    # Staff rows (no channel of their own) wait untouched while no staff channel is set.
    return "sent_at IS NULL AND failed_at IS NULL" + (
        "" if settings.onboard_staff_channel else " AND channel IS NOT NULL"
    )


def pending_by_channel(db: sqlite_utils.Database, settings: Settings) -> dict[str, list[_Row]]:
    """Unsent rows per stored channel ('' = the staff channel), oldest first."""
    grouped: dict[str, list[_Row]] = {}
    for values in db.conn.execute(
        f"SELECT {_ROW_COLUMNS} FROM outbox WHERE {_pending_filter(settings)} ORDER BY id"
    ):
        row = _row(tuple(values))
        grouped.setdefault(row.channel or "", []).append(row)
    return grouped


def channel_heads(db: sqlite_utils.Database, settings: Settings) -> dict[str, float]:
    """Channel key ('' = staff) -> when its oldest unsent row may be tried (cheap: no bodies)."""
    heads: dict[str, float] = {}
    for channel, due in db.conn.execute(
        f"SELECT channel, next_attempt_at FROM outbox WHERE {_pending_filter(settings)} ORDER BY id"
    ):
        heads.setdefault(channel or "", float(due))
    return heads


def oldest_pending(db: sqlite_utils.Database, settings: Settings, channel: str) -> _Row | None:
    """The channel's oldest unsent row (through the outbox_pending index)."""
    where = "channel IS NULL" if channel == "" else "channel = ?"
    params: tuple[Any, ...] = () if channel == "" else (channel,)
    values = db.conn.execute(
        f"SELECT {_ROW_COLUMNS} FROM outbox WHERE {where} AND {_pending_filter(settings)}"
        " ORDER BY id LIMIT 1",
        params,
    ).fetchone()
    return _row(tuple(values)) if values else None


def next_backoff_due(db: sqlite_utils.Database, settings: Settings, now: float) -> float | None:
    """When the earliest row now backing off may be tried again (unix seconds), if any."""
    value = db.conn.execute(
        f"SELECT MIN(next_attempt_at) FROM outbox WHERE {_pending_filter(settings)}"
        " AND next_attempt_at > ?",
        (now,),
    ).fetchone()[0]
    return None if value is None else float(value)


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

    def _rendered(self, row: _Row) -> tuple[str, Any]:
        if self.render is not None:
            built = self.render(self.db.conn, row.kind, row.text, row.data)
            if built is not None:
                return built
        return row.text, row.data.get("blocks")

    async def _update_in_place(self, row: _Row) -> str:
        """Edit the message of row `update_of` to what the renderer shows now."""
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
        # Rows for the same message queued up to now are covered by this render.
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

    async def target(self, row: _Row) -> str | None:
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

    async def send(self, row: _Row) -> str:
        """Try to deliver `row` once; returns an _Outcome and records it."""
        if row.data.get(UPDATE_OF):
            return await self._update_in_place(row)
        posting = False
        try:
            target = await self.target(row)
            if target is None:
                _warn_no_channel(
                    "ONBOARD_STAFF_CHANNEL is not set: staff notifications wait in the outbox"
                )
                return _Outcome.NOT_DELIVERED
            if row.thread_ts is None and (thread := _thread_of(self.db.conn, row)):
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

    def _mark_sent(self, row: _Row, channel: str, ts: str) -> None:
        now = utc_now()
        with transaction(self.db):
            self.db.conn.execute(
                "UPDATE outbox SET sent_at = ?, sent_ts = ?, posted_channel = ?,"
                " attempts = attempts + 1, last_error = NULL WHERE id = ?",
                (now, ts, channel, row.id),
            )
            handoff_ids = [_handoff_id(row.dedupe_key), *row.data.get("merged_handoffs", [])]
            if _table_exists(self.db, "handoffs"):
                for handoff_id in handoff_ids:
                    if handoff_id is None:
                        continue
                    self.db.conn.execute(
                        "UPDATE handoffs SET posted_at = ? WHERE id = ? AND posted_at IS NULL",
                        (now, handoff_id),
                    )

    def _presume_delivered(self, row: _Row, channel: str | None, reason: str) -> None:
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

    def _give_up_refused(self, row: _Row, channel: str | None, exc: BaseException) -> None:
        reason = f"{type(exc).__name__}: {exc}"[:500]
        with transaction(self.db):
            self.db.conn.execute(
                "UPDATE outbox SET failed_at = ?, sending_at = NULL, resolution = ?,"
                " attempts = attempts + 1, last_error = ? WHERE id = ?",
                (utc_now(), REFUSED, reason, row.id),
            )
            self._report(row, channel, REFUSED, reason)
        log.error("outbox %s refused by Slack, given up: %s", row.dedupe_key, reason[:200])

    def _report(self, row: _Row, channel: str | None, resolution: str, reason: str) -> None:
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
        self, row: _Row, outcome: str, retry_after: float | None, exc: BaseException
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

    async def drain(rows: list[_Row]) -> int:
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
        _storage_log.warning(
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
