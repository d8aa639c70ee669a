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
from dataclasses import dataclass
from typing import Any, Literal

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey, Lang
from bot.notify import find_sent_reply
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
    unnumbered_label,
)
from handlers.context import (
    Deps,
    TurnCommit,
    conversation_lang,
    finish_without_turn,
    run_turn,
    team_of,
    user_lang,
)
from handlers.journey_blocks import JOURNEY_DONE_ACTION

log = logging.getLogger(__name__)

# Joined multi-select values, as the vendor could also type them ("api,service").
MULTI_VALUE_SEPARATOR = ","
_CHOICE_ACTION = re.compile(rf"^{re.escape(CHOICE_ACTION_PREFIX)}\d+$")
# Words the core understands as commands in either language (bot.i18n.COMMANDS).
# What a Home button "types" for the vendor: the core's command word in the vendor's own
# language (bot.i18n.COMMANDS), so a click never reads as English and never switches a
# Chinese-speaking vendor's replies to English.
ENGINE_COMMANDS: dict[str, dict[str, str]] = {
    "restart": {"zh": "重新开始", "en": "restart"},
    "help": {"zh": "帮助", "en": "help"},
}


def engine_command(name: str, lang: str | None) -> str:
    words = ENGINE_COMMANDS[name]
    return words.get(lang or "zh", words["zh"])


DURABLE_ACTION_IDS = frozenset(
    {
        MULTI_SUBMIT_ACTION,
        HOME_START_ACTION,
        HOME_RESUME_ACTION,
        HOME_HELP_ACTION,
        JOURNEY_DONE_ACTION,
    }
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


_REFUSALS: dict[str, dict[Lang, str]] = {
    "answered": {
        "zh": "这个问题已经回答过了。请回答最新的那条消息（也可以直接输入回答）。",
        "en": "This question was already answered. Please answer the latest message "
        "(or just type your answer).",
    },
    "not_yours": {
        "zh": "这是 <@{owner}> 的问题，只有 TA 可以回答。想检查自己的入驻条件，请 @我 并说「开始」。",
        "en": "This question belongs to <@{owner}>; only they can answer it. To check your "
        "own eligibility, mention me and say “start”.",
    },
}


@dataclass(frozen=True)
class ClickRefusal:
    """Why a click on a message's button does not count."""

    reason: Literal["answered", "not_yours"]
    owner: str | None


def _clicked_message(body: dict[str, Any]) -> tuple[str, str] | None:
    """(channel, ts) of the message whose button was clicked; None for a click in a view."""
    container = body.get("container") or {}
    if container.get("type", "message") != "message":
        return None
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    ts = (body.get("message") or {}).get("ts") or container.get("message_ts")
    return (str(channel), str(ts)) if channel and ts else None


def click_refusal(deps: Deps, body: dict[str, Any]) -> ClickRefusal | None:
    """None when the click answers the question it was asked on; else why it does not.

    A message's buttons count only for the vendor the bot asked (the outbox row's owner) and
    only while that message is the latest reply to them there: a newer reply, even one still
    queued, means the conversation moved on (a double click, an old message, a typed answer).
    A message the outbox did not post (older than this check, or the instant between Slack's
    answer and the outbox recording its ts) is taken as current: there is nothing to compare.
    """
    clicked = _clicked_message(body)
    if clicked is None:
        return None
    sent = find_sent_reply(deps.db, *clicked)
    if sent is None:
        return None
    if sent.owner and sent.owner != body["user"]["id"]:
        return ClickRefusal("not_yours", sent.owner)
    if not sent.latest:
        return ClickRefusal("answered", sent.owner)
    return None


async def _tell_refusal(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], refusal: ClickRefusal
) -> None:
    """The clicker alone sees why nothing happened; the clicked message stays as it is."""
    key, channel, thread_ts = conversation_of(body)
    lang = await user_lang(deps, client, key.team_id, key.user_id)
    text = _REFUSALS[refusal.reason][lang].format(owner=refusal.owner or "")
    kwargs: dict[str, Any] = {"channel": channel, "user": key.user_id, "text": text}
    if thread_ts:
        kwargs["thread_ts"] = thread_ts
    try:
        await client.chat_postEphemeral(**kwargs)
    except Exception as exc:  # noqa: BLE001 - a courtesy; nothing was changed either way
        log.warning("could not explain an ignored click: %s", str(exc).splitlines()[-1])


def _message_lang(deps: Deps, body: dict[str, Any]) -> Lang:
    """The clicking vendor's conversation language (the message text quotes the Chinese
    guide even in English conversations, so it cannot tell)."""
    key, _, _ = conversation_of(body)
    return conversation_lang(deps, key.team_id, key.user_id) or "zh"


async def _retire_buttons(
    client: AsyncWebClient, body: dict[str, Any], chosen_label: str, lang: Lang
) -> None:
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
            blocks=build_chosen_blocks(text, chosen_label, lang),
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
    is_choice = _CHOICE_ACTION.match(action_id) and action.get("value") is not None
    if is_choice or action_id == MULTI_SUBMIT_ACTION:
        # Checked here, in the durable path, so a replayed click is judged the same way.
        refusal = click_refusal(deps, body)
        if refusal is not None:
            finish_without_turn(deps, inbox_id)
            if live:
                await _tell_refusal(deps, client, body, refusal)
            return
    if is_choice:
        key, channel, thread_ts = conversation_of(body)
        value = str(action["value"])
        commit = _commit(deps, body, key, channel, thread_ts, inbox_id)
        run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, value, on_commit=hook))
        if live:
            label = unnumbered_label(action.get("text", {}).get("text", value))
            await _retire_buttons(client, body, label, _message_lang(deps, body))
    elif action_id == MULTI_SUBMIT_ACTION:
        await _process_multi_submit(deps, client, body, inbox_id, live=live)
    elif action_id in {HOME_START_ACTION, HOME_RESUME_ACTION, HOME_HELP_ACTION}:
        await _process_home_button(deps, client, body, action_id, inbox_id, live=live)
    elif action_id == JOURNEY_DONE_ACTION:
        await _process_journey_button(deps, client, body, str(action.get("value")), inbox_id)
    else:
        finish_without_turn(deps, inbox_id)


def _commit(
    deps: Deps,
    body: dict[str, Any],
    key: ConversationKey,
    channel: str,
    thread_ts: str | None,
    inbox_id: str | None,
) -> TurnCommit:
    return TurnCommit(
        deps.db,
        inbox_id or _click_source(body),
        channel,
        thread_ts,
        inbox_id,
        owner=key.user_id,
        team_id=key.team_id,
    )


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
            lang = await user_lang(deps, client, key.team_id, key.user_id)
            warning = (
                "请先在下拉框中选择至少一项，再点“确定”。"
                if lang == "zh"
                else "Pick at least one option in the list first, then press Confirm."
            )
            await client.chat_postEphemeral(channel=channel, user=key.user_id, text=warning)
        return
    value = MULTI_VALUE_SEPARATOR.join(v for v, _ in picked)
    commit = _commit(deps, body, key, channel, thread_ts, inbox_id)
    run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, value, on_commit=hook))
    if live:
        chosen = "、".join(label for _, label in picked)
        await _retire_buttons(client, body, chosen, _message_lang(deps, body))


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
        await _tell_refusal(deps, client, body, refusal)
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
    # A Home button was clicked, so Home is open: republished after this turn (and later ones).
    deps.home.viewers.add((key.team_id, user_id))
    # Replayed at start-up the reply is addressed to the user; the sender opens the DM.
    channel = user_id
    if live:
        try:
            channel = await _dm_channel(client, user_id)
        except Exception:  # noqa: BLE001 - the sender opens the DM itself when it can
            log.warning("conversations.open failed for %s; the sender will retry", user_id)
    commit = _commit(deps, body, key, channel, None, inbox_id)
    progress = deps.engine.progress(key.team_id, user_id)
    if action_id == HOME_START_ACTION and progress.step not in {"idle", "done"}:
        # "Start" on a walk-through in progress means start over (answers are kept).
        run_turn(
            deps,
            commit,
            lambda hook: deps.engine.handle_text(
                key, engine_command("restart", progress.lang), on_commit=hook
            ),
        )
    elif action_id in {HOME_START_ACTION, HOME_RESUME_ACTION}:
        # The core's start greets a new vendor and re-asks the current question otherwise.
        run_turn(deps, commit, lambda hook: deps.engine.start(key, progress.lang, on_commit=hook))
    else:
        run_turn(
            deps,
            commit,
            lambda hook: deps.engine.handle_text(
                key, engine_command("help", progress.lang), on_commit=hook
            ),
        )


def journey_done_command(step: int, lang: str | None) -> str:
    """What the App Home's "step N is done" button types for the vendor: the journey's own
    command (bot.journey.read_command) in the vendor's language."""
    return f"done {step}" if lang == "en" else f"完成 第{step}步"


async def _process_journey_button(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], value: str, inbox_id: str | None
) -> None:
    """ "Step N is done" in App Home: the same turn as typing it in the DM (the engine marks
    the step, source 'home'; the reply goes to the DM; Home is republished after)."""
    if not value.isdigit():
        finish_without_turn(deps, inbox_id)
        return
    user_id = body["user"]["id"]
    key = ConversationKey(team_of(body), user_id)
    deps.home.viewers.add((key.team_id, user_id))
    # Addressed to the user: the sender opens (and remembers) the DM, also for a replay.
    commit = _commit(deps, body, key, user_id, None, inbox_id)
    text = journey_done_command(int(value), deps.engine.progress(key.team_id, user_id).lang)
    run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, text, on_commit=hook))


def register(app: AsyncApp) -> None:
    # Choice buttons and the Home buttons are both durable clicks; process_action tells them apart.
    app.action(_CHOICE_ACTION)(handle_click)
    app.action(MULTI_SELECT_ACTION)(handle_multi_select_change)
    app.action(MULTI_SUBMIT_ACTION)(handle_multi_submit)
    app.action(OPEN_TICKET_FORM_ACTION)(handle_open_ticket_form)
    app.action(re.compile(f"^({HOME_START_ACTION}|{HOME_RESUME_ACTION}|{HOME_HELP_ACTION})$"))(
        handle_click
    )
    app.action(JOURNEY_DONE_ACTION)(handle_click)
