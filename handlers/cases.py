"""The help desk in Slack: staff replies in a case's thread relayed to the vendor, the vendor's
follow-ups and "solved" in their DM (both called by handlers/events/message.py), and the
outbox renderer that gives a case's message its current state (bot/cases.py is the core; the
buttons are handlers/actions/case_buttons.py, the answer form handlers/views/case_answer.py).

Staff thread replies arrive as `message` events in the staff channel and are durable like
DMs (stored in the inbox before the ack, replayed after a crash). A relay is recorded under
the staff message's channel + ts in the same transaction that queues it, so neither a
redelivery (same event id: dropped by the inbox; another event id: found by its source) nor
a replay sends it twice.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.case_store import get_case, open_case_of
from bot.cases import (
    CASE_UPDATE_KIND,
    Outcome,
    apply_vendor_case_action,
    case_by_message,
    note_in_thread,
    post_text,
    relay_staff_answer,
    vendor_case_action,
)
from bot.conversation.types import ConversationKey, Lang
from bot.inbox import inbox_for
from bot.notify import OUTBOX_MARKER_EVENT, enqueue_reply
from bot.storage import transaction
from bot.texts import t
from handlers.case_blocks import (
    build_case_message,
)
from handlers.context import Deps, mark_inbox_done

log = logging.getLogger(__name__)

# The vendor's conversation steps (Progress.step) where a message is a form answer, never a
# follow-up for staff (the vendor is answering the bot's question).

_STAFF_SUBTYPES = frozenset({None, "thread_broadcast"})


# ---------------------------------------------------------------- the case message


def render_case_row(
    conn: sqlite3.Connection, kind: str, text: str, data: dict[str, Any]
) -> tuple[str, Any] | None:
    """The outbox's renderer: a case's staff post (and every in-place update of it) shows the
    case's state now, with the buttons that state allows; other rows are sent as queued."""
    case_id = data.get("case_id")
    if not isinstance(case_id, int):
        return None
    if kind == "handoff" and not data.get("thread_of") and not data.get("posted_with"):
        case = get_case(conn, case_id)
        return build_case_message(case, text) if case is not None else None
    if kind == CASE_UPDATE_KIND:
        case = get_case(conn, case_id)
        return build_case_message(case, post_text(conn, case)) if case is not None else None
    return None


# ---------------------------------------------------------------- staff replies in a thread


def is_staff_thread_reply(event: dict[str, Any], staff_channel: str | None) -> bool:
    """A message in a thread of the staff channel (whoever wrote it: checked later)."""
    thread_ts = event.get("thread_ts")
    return bool(
        staff_channel
        and event.get("channel") == staff_channel
        and thread_ts
        and thread_ts != event.get("ts")
    )


def _is_own_post(event: dict[str, Any], bot_user_id: str | None) -> bool:
    marker = (event.get("metadata") or {}).get("event_type")
    return bool(
        event.get("bot_id")
        or event.get("app_id")
        or marker == OUTBOX_MARKER_EVENT
        or (bot_user_id and event.get("user") == bot_user_id)
    )


async def process_staff_thread_reply(
    deps: Deps,
    client: AsyncWebClient | None,
    event: dict[str, Any],
    inbox_id: str | None,
    bot_user_id: str | None,
) -> None:
    """Relay a staff member's reply in a case thread to the vendor (once); the bot's own
    posts, edits and non-staff messages are not relayed. Marks the inbox entry done."""
    channel, ts = str(event.get("channel")), str(event.get("ts") or "")
    user = event.get("user")
    case = None
    if (
        not _is_own_post(event, bot_user_id)
        and event.get("subtype") in _STAFF_SUBTYPES
        and isinstance(user, str)
        and ts
    ):
        case = case_by_message(deps.db, channel, str(event["thread_ts"]))
    is_staff = case is not None and await deps.staff.is_staff(str(user), client)
    with transaction(deps.db) as conn:
        if case is not None and is_staff:
            change = relay_staff_answer(
                conn, case.id, str(user), str(event.get("text") or ""), f"slack:{channel}:{ts}"
            )
            if change.outcome == Outcome.REFUSED and change.note:
                note_in_thread(conn, case, f"{channel}:{ts}", change.note)
        elif case is not None:
            # Not relayed; when the staff group cannot be read just now, say that instead
            # (the staff member can post the answer again).
            note = (
                deps.staff.refusal()
                if deps.staff.group_unreadable
                else f"{t('case_not_staff', 'zh')} / {t('case_not_staff', 'en')}"
            )
            note_in_thread(conn, case, f"{channel}:{ts}", note)
        if inbox_id:
            mark_inbox_done(conn, inbox_id)
    if inbox_id:
        inbox_for(deps.db).mark_done([inbox_id])
    if case is not None:
        deps.outbox.wake()


# ---------------------------------------------------------------- the vendor's side


def process_vendor_case_message(
    deps: Deps,
    key: ConversationKey,
    text: str,
    *,
    channel: str,
    ts: str,
    source_id: str,
    inbox_id: str | None,
) -> bool:
    """A vendor's DM while they have an unresolved case. "解决了 / solved" closes it (True:
    answered here, no conversation turn). Any other message outside a form question (the
    bot's commands aside) also goes to the case's thread, and the vendor is told so (True);
    a form answer is left to the conversation (False), as is everything without a case."""
    if open_case_of(deps.db, key.team_id, key.user_id) is None:
        return False  # the common case, without reading the conversation's progress
    progress = deps.engine.progress(key.team_id, key.user_id)
    found = vendor_case_action(deps.db, key.team_id, key.user_id, text, step=progress.step)
    if found is None:
        return False
    case, reply_key = found
    lang: Lang = progress.lang
    with transaction(deps.db) as conn:
        apply_vendor_case_action(conn, case, reply_key, text, f"slack:{channel}:{ts}")
        enqueue_reply(
            conn,
            dedupe_key=f"reply:{source_id}",
            channel=channel,
            text=t(reply_key, lang, id=case.id),
            owner=key.user_id,
            lang=lang,
        )
        if inbox_id:
            mark_inbox_done(conn, inbox_id)
    if inbox_id:
        inbox_for(deps.db).mark_done([inbox_id])
    deps.outbox.wake(channel)
    deps.outbox.wake()
    return True
