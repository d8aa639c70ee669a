"""The "fill in the form" button: opens the ticket modal (not durable: its trigger_id expires
in 3 seconds)."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey, Lang
from handlers.actions.common import click_refusal, conversation_of, tell_refusal
from handlers.blocks import (
    OPEN_TICKET_FORM_ACTION,
    build_ticket_modal,
)
from handlers.context import (
    Deps,
)


def ticket_modal_metadata(
    key: ConversationKey, channel: str, thread_ts: str | None, lang: Lang
) -> str:
    return json.dumps(
        {
            "team": key.team_id,
            "user": key.user_id,
            "thread": key.thread_ts,
            "channel": channel,
            "reply_thread": thread_ts or "",
            "lang": lang,
        },
        ensure_ascii=False,
    )


async def handle_open_ticket_form(
    ack: Any,
    body: dict[str, Any],
    action: dict[str, Any],
    client: AsyncWebClient,
    context: dict[str, Any],
) -> None:
    await ack()
    deps: Deps = context["deps"]
    # An old form button (the ticket moved on or is final) must not open a form whose
    # submission could no longer be applied.
    refusal = click_refusal(deps, body)
    if refusal is not None:
        await tell_refusal(deps, client, body, refusal)
        return
    key, channel, thread_ts = conversation_of(body)
    try:
        carried = json.loads(action.get("value") or "{}")
    except json.JSONDecodeError:
        carried = {}
    lang: Lang = "en" if carried.get("lang") == "en" else "zh"
    values = {k: str(v) for k, v in (carried.get("values") or {}).items()}
    view = build_ticket_modal(values, lang, ticket_modal_metadata(key, channel, thread_ts, lang))
    await client.views_open(trigger_id=body["trigger_id"], view=view)


def register(app: AsyncApp) -> None:
    app.action(OPEN_TICKET_FORM_ACTION)(handle_open_ticket_form)
