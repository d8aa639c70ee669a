"""The multi-select question: a change is only acked (Slack keeps the state); "confirm" sends
the picked values as one durable choice."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.texts import t
from handlers.actions.common import (
    action_inbox_id,
    click_commit,
    conversation_of,
    message_lang,
    refused_click,
    retire_buttons,
)
from handlers.blocks import (
    MULTI_SELECT_ACTION,
    MULTI_SUBMIT_ACTION,
)
from handlers.context import (
    Deps,
    finish_without_turn,
    run_turn,
    user_lang,
)

# Joined multi-select values, as the vendor could also type them ("api,service").
MULTI_VALUE_SEPARATOR = ","


async def handle_multi_select_change(ack: Any) -> None:
    # Slack keeps the selection in the message state; it is read on "confirm".
    await ack()


def selected_values(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(value, label) picked in the message's multi-select, in Slack's order."""
    state = (body.get("state") or {}).get("values") or {}
    for block in state.values():
        element = block.get(MULTI_SELECT_ACTION)
        if element:
            return [
                (option["value"], option.get("text", {}).get("text", option["value"]))
                for option in element.get("selected_options") or []
            ]
    return []


async def handle_multi_submit(
    ack: Any, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    await process_multi_submit(context["deps"], client, body)


async def process_multi_submit(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], *, live: bool = True
) -> None:
    """The multi-select's "confirm": the picked values as one durable choice."""
    inbox_id = action_inbox_id(body)
    if await refused_click(deps, client, body, inbox_id, live=live):
        return
    key, channel, thread_ts = conversation_of(body)
    picked = selected_values(body)
    if not picked:
        finish_without_turn(deps, inbox_id)
        if live:
            lang = await user_lang(deps, client, key.team_id, key.user_id)
            warning = t("slack.pick_first", lang)
            await client.chat_postEphemeral(channel=channel, user=key.user_id, text=warning)
        return
    value = MULTI_VALUE_SEPARATOR.join(v for v, _ in picked)
    commit = click_commit(deps, body, key, channel, thread_ts, inbox_id)
    run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, value, on_commit=hook))
    if live:
        chosen = "、".join(label for _, label in picked)
        await retire_buttons(client, body, chosen, message_lang(deps, body))


def register(app: AsyncApp) -> None:
    app.action(MULTI_SELECT_ACTION)(handle_multi_select_change)
    app.action(MULTI_SUBMIT_ACTION)(handle_multi_submit)
