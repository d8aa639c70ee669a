"""Events API: DMs and mentions go to the conversation core; App Home shows progress."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.slack_import import handle_file_share
from bot.conversation.types import ConversationKey
from handlers.blocks import build_home_view
from handlers.context import Deps, guess_lang, post_reply, team_of

log = logging.getLogger(__name__)

# Message subtypes that are the vendor typing. Everything else (edits, deletions, joins, bot
# messages, …) is not a new input. file_share: a staff CSV import (bot.commission.slack_import).
VENDOR_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


def is_vendor_message(event: dict[str, Any], bot_user_id: str | None) -> bool:
    if event.get("bot_id") or event.get("subtype") not in VENDOR_SUBTYPES:
        return False
    user = event.get("user")
    return bool(user) and user != bot_user_id


async def handle_message(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """A DM to the bot: one conversation per vendor (DMs are not split by thread)."""
    if event.get("channel_type") != "im" or not is_vendor_message(
        event, context.get("bot_user_id")
    ):
        return
    text = (event.get("text") or "").strip()
    deps: Deps = context["deps"]
    key = ConversationKey(team_of(body) or event.get("team", ""), event["user"])
    if event.get("files"):
        # A staff CSV import; anyone else is told files are not read (their text still counts).
        handled = await handle_file_share(
            deps.db,
            deps.settings,
            client,
            deps.staff,
            event,
            vendor_lang=lambda: (
                guess_lang(text) if text else deps.engine.progress(key.team_id, key.user_id).lang
            ),
        )
        if handled:
            return
    if not text:
        return
    reply = deps.engine.handle_text(key, text)
    await post_reply(deps, client, reply, channel=event["channel"])


async def handle_app_mention(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """A mention in a channel: the conversation lives in (and replies go to) its thread."""
    if not is_vendor_message(event, context.get("bot_user_id")):
        return
    deps: Deps = context["deps"]
    thread_ts = event.get("thread_ts") or event["ts"]
    key = ConversationKey(team_of(body) or event.get("team", ""), event["user"], thread_ts)
    text = _MENTION.sub("", event.get("text") or "").strip()
    reply = deps.engine.start(key) if not text else deps.engine.handle_text(key, text)
    await post_reply(deps, client, reply, channel=event["channel"], thread_ts=thread_ts)


async def handle_app_home_opened(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    if event.get("tab", "home") != "home":
        return
    deps: Deps = context["deps"]
    progress = deps.engine.progress(team_of(body), event["user"])
    await client.views_publish(user_id=event["user"], view=build_home_view(progress))


def register(app: AsyncApp) -> None:
    app.event("message")(handle_message)
    app.event("app_mention")(handle_app_mention)
    app.event("app_home_opened")(handle_app_home_opened)
