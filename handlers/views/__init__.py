"""Modal submissions: the ticket form. Field errors go back in the ack, keyed by block_id."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey
from handlers.blocks import TICKET_FIELDS, TICKET_FORM_CALLBACK
from handlers.context import Deps, post_reply

log = logging.getLogger(__name__)


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
    """Validate inside the ack (Slack shows field errors only from the ack), post after it."""
    deps: Deps = context["deps"]
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        meta = {}
    user_id = body["user"]["id"]
    # The modal's metadata names the conversation; a forged one could only ever be the
    # submitter's own, since the user always comes from Slack's signed payload.
    key = ConversationKey(
        meta.get("team") or body["user"].get("team_id", ""), user_id, meta.get("thread", "")
    )
    result = deps.engine.submit_ticket_form(key, submitted_fields(view))
    if isinstance(result, dict):
        await ack(
            response_action="errors",
            errors={k: v for k, v in result.items() if k in TICKET_FIELDS} or result,
        )
        return
    await ack()
    channel = meta.get("channel") or user_id
    await post_reply(
        deps, client, result, channel=channel, thread_ts=meta.get("reply_thread") or None
    )


def register(app: AsyncApp) -> None:
    app.view(TICKET_FORM_CALLBACK)(handle_ticket_submission)
