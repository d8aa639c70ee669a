"""A choice button (`choice:N`): one durable turn, then the message's buttons are retired."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from handlers.actions.common import (
    CHOICE_ACTION_ID,
    action_inbox_id,
    click_commit,
    conversation_of,
    message_lang,
    refused_click,
    retire_buttons,
)
from handlers.blocks import (
    unnumbered_label,
)
from handlers.context import (
    Deps,
    finish_without_turn,
    run_turn,
)


async def process_choice(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], *, live: bool = True
) -> None:
    """One durable choice click, live or replayed (`live=False`: no cosmetic/ephemeral Slack
    calls, whose targets may be long gone); marks its inbox row done in every case."""
    inbox_id = action_inbox_id(body)
    action = (body.get("actions") or [{}])[0]
    if action.get("value") is None:
        finish_without_turn(deps, inbox_id)
        return
    if await refused_click(deps, client, body, inbox_id, live=live):
        return
    key, channel, thread_ts = conversation_of(body)
    value = str(action["value"])
    commit = click_commit(deps, body, key, channel, thread_ts, inbox_id)
    run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, value, on_commit=hook))
    if live:
        label = unnumbered_label(action.get("text", {}).get("text", value))
        await retire_buttons(client, body, label, message_lang(deps, body))


async def handle_click(
    ack: Any, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    await process_choice(context["deps"], client, body)


def register(app: AsyncApp) -> None:
    app.action(CHOICE_ACTION_ID)(handle_click)
