"""`app_mention`: a mention in a channel; the conversation lives in its thread."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey
from bot.notify import has_replied_in_thread
from bot.texts import pair
from handlers.context import (
    Deps,
    finish_without_turn,
    run_turn,
    team_of,
)
from handlers.events.common import is_vendor_message, turn_commit_for

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


THREAD_MENTION_HINT: dict[str, str] = pair("slack.thread_mention_hint")._asdict()


async def handle_app_mention(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """A mention in a channel: the conversation lives in (and replies go to) its thread."""
    process_mention(context["deps"], body, event, body.get("event_id"), context.get("bot_user_id"))


def process_mention(
    deps: Deps,
    body: dict[str, Any],
    event: dict[str, Any],
    inbox_id: str | None,
    bot_user_id: str | None,
) -> None:
    thread_ts = event.get("thread_ts") or event.get("ts")
    channel = str(event.get("channel") or "")
    # Mentioning the bot in its own DM sends message.im too, and that one is the turn: the
    # mention is dropped so the vendor gets one reply, not two.
    in_dm = channel.startswith("D") or event.get("channel_type") == "im"
    if not is_vendor_message(event, bot_user_id) or not channel or not thread_ts or in_dm:
        finish_without_turn(deps, inbox_id)
        return
    key = ConversationKey(team_of(body) or event.get("team", ""), event["user"], thread_ts)
    text = _MENTION.sub("", event.get("text") or "").strip()
    # Without the message.channels subscription the bot hears a thread reply only when it is
    # mentioned: the vendor's first reply in a thread says so.
    first_in_thread = not has_replied_in_thread(deps.db, event["channel"], thread_ts, key.user_id)
    commit = turn_commit_for(
        deps,
        body,
        inbox_id,
        key,
        channel=event["channel"],
        thread_ts=thread_ts,
        note=THREAD_MENTION_HINT if first_in_thread else None,
    )
    if text:
        run_turn(deps, commit, lambda hook: deps.engine.handle_text(key, text, on_commit=hook))
    else:
        run_turn(deps, commit, lambda hook: deps.engine.start(key, on_commit=hook))


def register(app: AsyncApp) -> None:
    app.event("app_mention")(handle_app_mention)
