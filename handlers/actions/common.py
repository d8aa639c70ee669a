"""What the click listeners share: which clicks are durable and their inbox id, the clicked
conversation, whether a click is on the vendor's current question, retiring buttons."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Literal

from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey, Lang
from bot.notify import find_sent_reply
from bot.texts import t
from handlers.blocks import (
    CHOICE_ACTION_PREFIX,
    HOME_HELP_ACTION,
    HOME_RESUME_ACTION,
    HOME_START_ACTION,
    MULTI_SUBMIT_ACTION,
    build_chosen_blocks,
)
from handlers.context import (
    Deps,
    TurnCommit,
    conversation_lang,
    finish_without_turn,
    team_of,
    user_lang,
)
from handlers.journey_blocks import JOURNEY_DONE_ACTION

log = logging.getLogger(__name__)


CHOICE_ACTION_ID = re.compile(rf"^{re.escape(CHOICE_ACTION_PREFIX)}\d+$")


HOME_ACTION_IDS = frozenset({HOME_START_ACTION, HOME_RESUME_ACTION, HOME_HELP_ACTION})


DURABLE_ACTION_IDS = frozenset({MULTI_SUBMIT_ACTION, JOURNEY_DONE_ACTION, *HOME_ACTION_IDS})


def is_durable_action(action_id: str) -> bool:
    return action_id in DURABLE_ACTION_IDS or bool(CHOICE_ACTION_ID.match(action_id))


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


# Why a click did nothing (ClickRefusal.reason → catalogue key).
_REFUSAL_KEYS: dict[str, str] = {
    "answered": "slack.click.answered",
    "not_yours": "slack.click.not_yours",
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


async def tell_refusal(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], refusal: ClickRefusal
) -> None:
    """The clicker alone sees why nothing happened; the clicked message stays as it is."""
    key, channel, thread_ts = conversation_of(body)
    lang = await user_lang(deps, client, key.team_id, key.user_id)
    text = t(_REFUSAL_KEYS[refusal.reason], lang, owner=refusal.owner or "")
    kwargs: dict[str, Any] = {"channel": channel, "user": key.user_id, "text": text}
    if thread_ts:
        kwargs["thread_ts"] = thread_ts
    try:
        await client.chat_postEphemeral(**kwargs)
    except Exception as exc:  # noqa: BLE001 - a courtesy; nothing was changed either way
        log.warning("could not explain an ignored click: %s", str(exc).splitlines()[-1])


def message_lang(deps: Deps, body: dict[str, Any]) -> Lang:
    """The clicking vendor's conversation language (the message text quotes the Chinese
    guide even in English conversations, so it cannot tell)."""
    key, _, _ = conversation_of(body)
    return conversation_lang(deps, key.team_id, key.user_id) or "zh"


async def retire_buttons(
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


async def refused_click(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], inbox_id: str | None, *, live: bool
) -> bool:
    """True when a choice or a multi-select confirm is not on the vendor's current question:
    then it is finished without a turn and (live) the clicker alone is told why. Checked in
    the durable path rather than as listener middleware, so a click replayed at start-up is
    judged the same way."""
    refusal = click_refusal(deps, body)
    if refusal is None:
        return False
    finish_without_turn(deps, inbox_id)
    if live:
        await tell_refusal(deps, client, body, refusal)
    return True


def click_commit(
    deps: Deps,
    body: dict[str, Any],
    key: ConversationKey,
    channel: str,
    thread_ts: str | None,
    inbox_id: str | None,
) -> TurnCommit:
    return TurnCommit(
        deps.db,
        inbox_id or click_source(body),
        channel,
        thread_ts,
        inbox_id,
        owner=key.user_id,
        team_id=key.team_id,
    )


def click_source(body: dict[str, Any]) -> str:
    action = (body.get("actions") or [{}])[0]
    return f"click:{(body.get('user') or {}).get('id', '')}:{action.get('action_ts') or body.get('trigger_id', '')}"
