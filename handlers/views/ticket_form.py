"""`view_submission` of the ticket form. Field errors go back in the ack, keyed by block_id.

A submission is durable: the middleware stores it in the inbox under `view_inbox_id(body)`
(the view id plus a hash of what was typed) before this listener runs, and the step, the reply
(outbox) and "done" commit together before the ack. A refused form releases its claim, so the
same values submitted again get their errors shown again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey, Lang
from bot.texts import both, t
from handlers.blocks import TICKET_FIELDS, TICKET_FORM_CALLBACK
from handlers.context import Deps, TurnCommit, release_inbox, wake_for

log = logging.getLogger(__name__)


# Ticket states in which a submitted form is applied (Progress.ticket_status).
OPEN_TICKET_STATUSES = frozenset({"drafting", "review"})
# Why a submitted form is not applied (the ticket's state → catalogue key).
_CLOSED_FORM_KEYS: dict[str, str] = {
    "final": "slack.form.ticket_final",
    "none": "slack.form.no_ticket",
}
# "电话（phone）“12345”…": the internal field key in brackets means nothing to a vendor.
_FIELD_KEY_IN_BRACKETS = re.compile(
    r"\s?[（(](?:" + "|".join(re.escape(name) for name in TICKET_FIELDS) + r")[）)]"
)


def without_field_key(message: str) -> str:
    """A field error as the vendor should read it: `电话（phone）…` → `电话…`."""
    return _FIELD_KEY_IN_BRACKETS.sub("", message)


FORM_BUSY = both("slack.form.busy")


def view_inbox_id(body: dict[str, Any]) -> str | None:
    """`view:{view_id}:{hash of the submitted values}` for a ticket-form submission."""
    view = body.get("view") or {}
    if view.get("callback_id") != TICKET_FORM_CALLBACK or not view.get("id"):
        return None
    state = json.dumps((view.get("state") or {}).get("values") or {}, sort_keys=True)
    digest = hashlib.sha256(state.encode()).hexdigest()[:16]
    return f"view:{view['id']}:{digest}"


def submitted_fields(view: dict[str, Any]) -> dict[str, str]:
    """The five ticket fields as typed (empty string when left blank)."""
    values = (view.get("state") or {}).get("values") or {}
    fields = {}
    for name in TICKET_FIELDS:
        block = values.get(name) or {}
        # One input per block: read it whatever its action_id is.
        element = block.get(name) or next(iter(block.values()), None) or {}
        fields[name] = (element.get("value") or "").strip()
    return fields


async def handle_ticket_submission(
    ack: Any,
    body: dict[str, Any],
    view: dict[str, Any],
    client: AsyncWebClient,
    context: dict[str, Any],
) -> None:
    """Validate inside the ack (Slack shows field errors only from the ack); the reply is
    committed to the outbox before the ack."""
    try:
        errors = process_view(context["deps"], body)
    except sqlite3.OperationalError as exc:
        # The database is busy (a long import) or full: the form stays open with what the
        # vendor typed, and says to submit again; nothing was written.
        log.warning("ticket form not processed, database busy: %s", exc)
        inbox_id = view_inbox_id(body)
        if inbox_id:
            release_inbox(context["deps"].db, inbox_id)
        errors = {TICKET_FIELDS[0]: FORM_BUSY}
    if errors:
        await ack(response_action="errors", errors=errors)
    else:
        await ack()


def process_view(deps: Deps, body: dict[str, Any]) -> dict[str, str] | None:
    """One ticket-form submission, live or replayed: field errors (nothing written, the claim
    released), or None once the step and the reply are committed."""
    view = body.get("view") or {}
    inbox_id = view_inbox_id(body)
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    user_id = body["user"]["id"]
    # The modal's metadata names the conversation; a forged one could only ever be the
    # submitter's own, since the user always comes from Slack's signed payload.
    key = ConversationKey(
        meta.get("team") or body["user"].get("team_id", ""), user_id, meta.get("thread", "")
    )
    commit = TurnCommit(
        deps.db,
        inbox_id or f"view:{view.get('id', '')}:{user_id}",
        meta.get("channel") or user_id,
        meta.get("reply_thread") or None,
        inbox_id,
        owner=user_id,
        team_id=key.team_id,
    )
    fields = submitted_fields(view)
    progress = deps.engine.progress(key.team_id, user_id)
    if progress.ticket_status not in OPEN_TICKET_STATUSES:
        # An old form (the ticket is final, or none is being drafted): the engine would only
        # answer "nothing to confirm" in the chat, so say it in the form, and write nothing.
        if inbox_id:
            release_inbox(deps.db, inbox_id)
        lang: Lang = "en" if meta.get("lang") == "en" else progress.lang
        reason = "final" if progress.ticket_status == "final" else "none"
        return {TICKET_FIELDS[0]: t(_CLOSED_FORM_KEYS[reason], lang)}
    result = deps.engine.submit_ticket_form(key, fields, on_commit=commit)
    if isinstance(result, dict):
        if inbox_id:
            release_inbox(deps.db, inbox_id)
        shown = {k: v for k, v in result.items() if k in TICKET_FIELDS} or result
        return {name: without_field_key(message) for name, message in shown.items()}
    commit.ensure(result)
    wake_for(deps, commit, result)
    return None


def register(app: AsyncApp) -> None:
    app.view(TICKET_FORM_CALLBACK)(handle_ticket_submission)
