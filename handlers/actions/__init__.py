"""Button clicks and selects (block_actions): ack at once, then the core, then the reply.

Choice buttons, the multi-select "confirm" and the Home buttons are durable like DMs: the
middleware stores the click in the inbox under `action_inbox_id(body)` before the ack, and
`process_action` (live, or replayed at start-up) commits the step, the reply (outbox) and
"done" together. Opening the ticket modal is not: its trigger_id expires in 3 seconds.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey, Lang
from handlers.blocks import (
    CHOICE_ACTION_PREFIX,
    HOME_HELP_ACTION,
    HOME_RESUME_ACTION,
    HOME_START_ACTION,
    MULTI_SELECT_ACTION,
    MULTI_SUBMIT_ACTION,
    OPEN_TICKET_FORM_ACTION,
    build_chosen_blocks,
    build_ticket_modal,
)
from handlers.context import Deps, TurnCommit, finish_without_turn, run_turn, team_of

log = logging.getLogger(__name__)

# Joined multi-select values, as the vendor could also type them ("api,service").
MULTI_VALUE_SEPARATOR = ","
_CHOICE_ACTION = re.compile(rf"^{re.escape(CHOICE_ACTION_PREFIX)}\d+$")
# Words the core understands as commands in either language (bot.i18n.COMMANDS).
ENGINE_COMMANDS = {"restart": "restart", "help": "help"}


DURABLE_ACTION_IDS = frozenset(
    {MULTI_SUBMIT_ACTION, HOME_START_ACTION, HOME_RESUME_ACTION, HOME_HELP_ACTION}
)


def is_durable_action(action_id: str) -> bool:
    return action_id in DURABLE_ACTION_IDS or bool(_CHOICE_ACTION.match(action_id))


def action_inbox_id(body: dict[str, Any]) -> str | None:
    """`action:{team}:{user}:{action_ts}` for a durable click (Slack gives clicks no event
    id; action_ts is unique per click), None for any other block_actions payload."""
    actions = body.get("actions") or []
    first = actions[0] if actions and isinstance(actions[0], dict) else {}
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    if not is_durable_action(str(first.get("action_id", ""))) or not user.get("id"):
        return None
    stamp = first.get("action_ts") or body.get("trigger_id")
    if not stamp:
        return None
    return f"action:{team_of(body)}:{user['id']}:{stamp}"


def conversation_of(body: dict[str, Any]) -> tuple[ConversationKey, str, str | None]:
    """(key, channel, thread) of the message whose button was clicked."""
    user_id = body["user"]["id"]
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id", user_id
    )
    message = body.get("message") or {}
    # In a DM the conversation is the whole DM; in a channel it is the mention's thread.
    thread_ts = None if channel.startswith("D") else message.get("thread_ts") or message.get("ts")
    return ConversationKey(team_of(body), user_id, thread_ts or ""), channel, thread_ts


def _lang_of_message(body: dict[str, Any]) -> Lang:
    from handlers.context import guess_lang

    return guess_lang((body.get("message") or {}).get("text", ""))


async def _retire_buttons(client: AsyncWebClient, body: dict[str, Any], chosen_label: str) -> None:
    """Replace the clicked message by its text and what was chosen: no second click."""
    message = body.get("message")
    channel = (body.get("channel") or {}).get("id")
    if not message or not channel:
        return
    text = message.get("text", "")
    try:
        await client.chat_update(
            channel=channel,
            ts=message["ts"],
            text=text,
            blocks=build_chosen_blocks(text, chosen_label, _lang_of_message(body)),
        )
    except Exception as exc:  # noqa: BLE001 - cosmetic; the choice itself already went through
        log.warning("could not update the clicked message: %s", str(exc).splitlines()[-1])


async def handle_click(
    ack: Any,
    body: dict[str, Any],
    action: dict[str, Any],
    client: AsyncWebClient,
    context: dict[str, Any],
) -> None:
    await ack()
    await process_action(context["deps"], client, body)


async def process_action(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], *, live: bool = True
) -> None:
    """One durable click, live or replayed (`live=False`: no cosmetic/ephemeral Slack calls,
    whose targets may be long gone); marks its inbox row done in every case."""
    inbox_id = action_inbox_id(body)
    action = (body.get("actions") or [{}])[0]
    action_id = str(action.get("action_id", ""))
    if _CHOICE_ACTION.match(action_id) and action.get("value") is not None:
        key, channel, thread_ts = conversation_of(body)
        value = str(action["value"])
        commit = TurnCommit(deps.db, inbox_id or _click_source(body), channel, thread_ts, inbox_id)
        run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, value, on_commit=hook))
        if live:
            await _retire_buttons(client, body, action.get("text", {}).get("text", value))
    elif action_id == MULTI_SUBMIT_ACTION:
        await _process_multi_submit(deps, client, body, inbox_id, live=live)
    elif action_id in {HOME_START_ACTION, HOME_RESUME_ACTION, HOME_HELP_ACTION}:
        await _process_home_button(deps, client, body, action_id, inbox_id, live=live)
    else:
        finish_without_turn(deps, inbox_id)


def _click_source(body: dict[str, Any]) -> str:
    action = (body.get("actions") or [{}])[0]
    return f"click:{(body.get('user') or {}).get('id', '')}:{action.get('action_ts') or body.get('trigger_id', '')}"


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
    await process_action(context["deps"], client, body)


async def _process_multi_submit(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], inbox_id: str | None, *, live: bool
) -> None:
    key, channel, thread_ts = conversation_of(body)
    picked = selected_values(body)
    if not picked:
        finish_without_turn(deps, inbox_id)
        if live:
            lang = _lang_of_message(body)
            warning = (
                "请先在下拉框中选择至少一项，再点“确定”。"
                if lang == "zh"
                else "Pick at least one option in the list first, then press Confirm."
            )
            await client.chat_postEphemeral(channel=channel, user=key.user_id, text=warning)
        return
    value = MULTI_VALUE_SEPARATOR.join(v for v, _ in picked)
    commit = TurnCommit(deps.db, inbox_id or _click_source(body), channel, thread_ts, inbox_id)
    run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, value, on_commit=hook))
    if live:
        await _retire_buttons(client, body, "、".join(label for _, label in picked))


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
    ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
) -> None:
    await ack()
    key, channel, thread_ts = conversation_of(body)
    try:
        carried = json.loads(action.get("value") or "{}")
    except json.JSONDecodeError:
        carried = {}
    lang: Lang = "en" if carried.get("lang") == "en" else "zh"
    values = {k: str(v) for k, v in (carried.get("values") or {}).items()}
    view = build_ticket_modal(values, lang, ticket_modal_metadata(key, channel, thread_ts, lang))
    await client.views_open(trigger_id=body["trigger_id"], view=view)


async def _dm_channel(client: AsyncWebClient, user_id: str) -> str:
    opened = await client.conversations_open(users=user_id)
    return opened["channel"]["id"]


async def _process_home_button(
    deps: Deps,
    client: AsyncWebClient,
    body: dict[str, Any],
    action_id: str,
    inbox_id: str | None,
    *,
    live: bool,
) -> None:
    user_id = body["user"]["id"]
    key = ConversationKey(team_of(body), user_id)
    # Replayed at start-up the reply is addressed to the user; the sender opens the DM.
    channel = user_id
    if live:
        try:
            channel = await _dm_channel(client, user_id)
        except Exception:  # noqa: BLE001 - the sender opens the DM itself when it can
            log.warning("conversations.open failed for %s; the sender will retry", user_id)
    commit = TurnCommit(deps.db, inbox_id or _click_source(body), channel, None, inbox_id)
    progress = deps.engine.progress(key.team_id, user_id)
    if action_id == HOME_START_ACTION and progress.step not in {"idle", "done"}:
        # "Start" on a walk-through in progress means start over (answers are kept).
        run_turn(
            deps,
            commit,
            lambda hook: deps.engine.handle_text(key, ENGINE_COMMANDS["restart"], on_commit=hook),
        )
    elif action_id in {HOME_START_ACTION, HOME_RESUME_ACTION}:
        # The core's start greets a new vendor and re-asks the current question otherwise.
        run_turn(deps, commit, lambda hook: deps.engine.start(key, progress.lang, on_commit=hook))
    else:
        run_turn(
            deps,
            commit,
            lambda hook: deps.engine.handle_text(key, ENGINE_COMMANDS["help"], on_commit=hook),
        )


def register(app: AsyncApp) -> None:
    # Choice buttons and the Home buttons are both durable clicks; process_action tells them apart.
    app.action(_CHOICE_ACTION)(handle_click)
    app.action(MULTI_SELECT_ACTION)(handle_multi_select_change)
    app.action(MULTI_SUBMIT_ACTION)(handle_multi_submit)
    app.action(OPEN_TICKET_FORM_ACTION)(handle_open_ticket_form)
    app.action(re.compile(f"^({HOME_START_ACTION}|{HOME_RESUME_ACTION}|{HOME_HELP_ACTION})$"))(
        handle_click
    )
