"""The outbox: every message the bot sends on its own (vendor replies, staff notifications)
is written first, sent after, marked sent, and never sent twice. This module is the queue and
its rules (no Slack); handlers/outbox_sender.py does the sending.

A row is inserted keyed by its `dedupe_key` (INSERT OR IGNORE: the same event can never queue
two messages), normally in the same transaction as the state change it reports (a vendor's
reply commits with the conversation step, see handlers/context.py). The sender then:

- sends each channel's rows in order (one channel's backlog or backoff never delays another);
- commits `sending_at` before `chat.postMessage` and `sent_at` after Slack accepted it. Each
  message carries metadata `{"event_type": "onboard_outbox", "event_payload": {"outbox_id": N}}`,
  so a row found with `sending_at` but no `sent_at` (the process died, or the call failed in a
  way that may have reached Slack: 5xx, timeout, dropped connection) is first looked up in the
  channel's history (or its thread) and only re-sent when absent — the approach of
  handlers/commission/post.py, with the lookup shared as `find_marked_message`
  (handlers/outbox_sender.py);
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

import json
import logging
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from bot.case_store import attach_handoff
from bot.config import Settings
from bot.conversation.types import Notification
from bot.logsafety import BoundedLog
from bot.slack_text import escape_mrkdwn
from bot.storage import transaction, utc_now
from bot.texts import Localized, both, t

log = logging.getLogger(__name__)
# One line per half minute while the database cannot be written, not one per row and pass.
storage_log = BoundedLog(log, period=30.0)

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
# A row whose data names `update_of` (another row's dedupe_key) edits that message in place
# (chat.update): idempotent, so after a 5xx it is simply sent again; rows queued for the same
# message before the one being sent are covered by it (the render shows the latest state).
UPDATE_OF = "update_of"


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
    from rules.markets import market_label

    ids = list(market_ids)
    names_zh = [market_label(market_id, "zh") for market_id in ids]
    names_en = [market_label(market_id, "en") for market_id in ids]
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
        names = Localized(*_market_names(markets or [str(data["market"])]))
        return ":white_check_mark: " + both("notify.eligible", vendor=vendor, markets=names)
    if notification.kind == "handoff" and isinstance(data.get("question"), str):
        return handoff_text(user_id, data["question"], data.get("lang"), vendor=vendor)
    if notification.kind == "ticket_drafted" and data.get("ticket_id") is not None:
        # Only what finance matches the deposit by: company and Aliyun account (address,
        # contact and phone stay in the vendor's 工单; docs/PRIVACY.md).
        names = Localized(*_market_names(data.get("markets") or []))
        amount = int(data.get("amount") or 0)
        account = escape_mrkdwn(str(data.get("account") or "—"))
        confirmed = both(
            "notify.ticket_confirmed",
            vendor=vendor,
            ticket_id=data.get("ticket_id"),
            markets=names,
            amount=amount,
        )
        return f":memo: {confirmed}\n{both('notify.aliyun_account')}: {account}"
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
        else f"{both('notify.dm')} {escape_mrkdwn(channel)}"
        if channel
        else both("notify.staff_channel")
    )
    key = "notify.presumed_delivered" if resolution == PRESUMED_DELIVERED else "notify.refused"
    head = ":warning: " + both(key, outbox_id=outbox_id, kind=kind, where=where)
    lines = [head, f"{both('notify.reason')}: `{escape_mrkdwn(reason[:200])}`"]
    if kind != REPLY_KIND and text:
        lines.append(f">>> {text[:2000]}")
    return "\n".join(lines)


def table_exists(db: sqlite_utils.Database, name: str) -> bool:
    row = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def handoff_text(
    user_id: str, question: str, lang: str | None, *, vendor: str | None = None
) -> str:
    """A handoff for staff; the vendor's question escaped (never a ping or a link) and whole
    (the core already limits its length)."""
    language = t("notify.language_name", "en" if lang == "en" else "zh")
    who = vendor or f"<@{user_id}>"
    asks = both("notify.handoff", who=who, language=language)
    return f":raising_hand: {asks}:\n{escape_mrkdwn(question)}"


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


def _enqueue_own_post(
    conn: sqlite3.Connection, notification: Notification, data: dict[str, Any]
) -> int:
    """A hand-off that starts its own staff post (not merged into an earlier one)."""
    text = staff_text(conn, notification)
    return int(
        enqueue(conn, dedupe_key=notification.dedupe_key, kind="handoff", text=text, data=data)
    )


def _enqueue_handoff(
    conn: sqlite3.Connection, notification: Notification, window_seconds: float
) -> int:
    """Queue one hand-off, merged into the vendor's recent staff post when there is one."""
    data = notification.data
    team_id, user_id, question = data.get("team_id"), data.get("user_id"), data.get("question")
    if not (isinstance(team_id, str) and isinstance(user_id, str) and isinstance(question, str)):
        return _enqueue_own_post(conn, notification, data)
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
        return _enqueue_own_post(conn, notification, data)
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
    header = both("notify.handoff_more") + ":"
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


def thread_of(conn: sqlite3.Connection, row: OutboxRow) -> tuple[str, str] | None:
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
    if not table_exists(db, "handoffs"):
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


def handoff_id_of_key(dedupe_key: str) -> int | None:
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


warn_no_channel = _WarnOnce()


# ---------------------------------------------------------------- the queue, read by the sender


@dataclass
class OutboxRow:
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


def outbox_row(values: tuple[Any, ...]) -> OutboxRow:
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
    return OutboxRow(
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


def pending_filter(settings: Settings) -> str:
    # Staff rows (no channel of their own) wait untouched while no staff channel is set.
    return "sent_at IS NULL AND failed_at IS NULL" + (
        "" if settings.onboard_staff_channel else " AND channel IS NOT NULL"
    )


def pending_by_channel(db: sqlite_utils.Database, settings: Settings) -> dict[str, list[OutboxRow]]:
    """Unsent rows per stored channel ('' = the staff channel), oldest first."""
    grouped: dict[str, list[OutboxRow]] = {}
    for values in db.conn.execute(
        f"SELECT {_ROW_COLUMNS} FROM outbox WHERE {pending_filter(settings)} ORDER BY id"
    ):
        row = outbox_row(tuple(values))
        grouped.setdefault(row.channel or "", []).append(row)
    return grouped


def channel_heads(db: sqlite_utils.Database, settings: Settings) -> dict[str, float]:
    """Channel key ('' = staff) -> when its oldest unsent row may be tried (cheap: no bodies)."""
    heads: dict[str, float] = {}
    for channel, due in db.conn.execute(
        f"SELECT channel, next_attempt_at FROM outbox WHERE {pending_filter(settings)} ORDER BY id"
    ):
        heads.setdefault(channel or "", float(due))
    return heads


def oldest_pending(db: sqlite_utils.Database, settings: Settings, channel: str) -> OutboxRow | None:
    """The channel's oldest unsent row (through the outbox_pending index)."""
    where = "channel IS NULL" if channel == "" else "channel = ?"
    params: tuple[Any, ...] = () if channel == "" else (channel,)
    values = db.conn.execute(
        f"SELECT {_ROW_COLUMNS} FROM outbox WHERE {where} AND {pending_filter(settings)}"
        " ORDER BY id LIMIT 1",
        params,
    ).fetchone()
    return outbox_row(tuple(values)) if values else None


def next_backoff_due(db: sqlite_utils.Database, settings: Settings, now: float) -> float | None:
    """When the earliest row now backing off may be tried again (unix seconds), if any."""
    value = db.conn.execute(
        f"SELECT MIN(next_attempt_at) FROM outbox WHERE {pending_filter(settings)}"
        " AND next_attempt_at > ?",
        (now,),
    ).fetchone()[0]
    return None if value is None else float(value)
