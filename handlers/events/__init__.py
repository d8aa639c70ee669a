"""Events API: DMs and mentions go to the conversation core; App Home shows progress.

DMs and mentions are durable: the middleware stored the event in the inbox before the ack
(handlers/app.py), and `process_event` — run by the listener, or at start-up for an event a
crash left unprocessed — commits the step, the reply (outbox) and "done" together.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey
from bot.notify import has_replied_in_thread
from handlers.cases import (
    is_staff_thread_reply,
    process_staff_thread_reply,
    process_vendor_case_message,
)
from handlers.commission.slack_import import handle_file_share
from handlers.context import (
    Deps,
    TurnCommit,
    finish_without_turn,
    guess_lang,
    publish_home,
    run_turn,
    team_of,
)

log = logging.getLogger(__name__)

# Message subtypes that are the vendor typing. Everything else (edits, deletions, joins, bot
# messages, …) is not a new input. file_share: a staff CSV import (handlers.commission.slack_import).
VENDOR_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")


def is_vendor_message(event: dict[str, Any], bot_user_id: str | None) -> bool:
    if event.get("bot_id") or event.get("subtype") not in VENDOR_SUBTYPES:
        return False
    user = event.get("user")
    return bool(user) and user != bot_user_id


DURABLE_EVENT_TYPES = frozenset({"message", "app_mention"})

THREAD_MENTION_HINT: dict[str, str] = {
    "zh": "提示：在本话题中回答时，请每次都 @onboard-bot，否则我收不到。",
    "en": "Tip: mention @onboard-bot in each answer in this thread, or I will not see it.",
}


async def process_event(
    deps: Deps,
    client: AsyncWebClient,
    body: dict[str, Any],
    *,
    bot_user_id: str | None = None,
) -> None:
    """One inbox event (a DM or a mention), live or replayed; marks it done in every case."""
    event = body.get("event") or {}
    inbox_id = body.get("event_id")
    if event.get("type") == "message":
        await _process_message(deps, client, body, event, inbox_id, bot_user_id)
    elif event.get("type") == "app_mention":
        _process_mention(deps, body, event, inbox_id, bot_user_id)
    else:
        finish_without_turn(deps, inbox_id)


async def handle_message(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """A DM to the bot: one conversation per vendor (DMs are not split by thread)."""
    await _process_message(
        context["deps"], client, body, event, body.get("event_id"), context.get("bot_user_id")
    )


async def _process_message(
    deps: Deps,
    client: AsyncWebClient,
    body: dict[str, Any],
    event: dict[str, Any],
    inbox_id: str | None,
    bot_user_id: str | None,
) -> None:
    if is_staff_thread_reply(event, deps.settings.onboard_staff_channel):
        # A reply in a help-desk case's thread: relayed to the vendor (handlers/cases.py).
        await process_staff_thread_reply(deps, client, event, inbox_id, bot_user_id)
        return
    if (
        event.get("channel_type") != "im"
        or not is_vendor_message(event, bot_user_id)
        or not event.get("channel")
    ):
        finish_without_turn(deps, inbox_id)
        return
    text = (event.get("text") or "").strip()
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
            finish_without_turn(deps, inbox_id)
            return
    if not text:
        finish_without_turn(deps, inbox_id)
        return
    commit = _commit_for(deps, body, inbox_id, key, channel=event["channel"])
    # With a help-desk case open: "solved" closes it, a follow-up goes to its thread.
    if process_vendor_case_message(
        deps,
        key,
        text,
        channel=event["channel"],
        ts=str(event.get("ts") or ""),
        source_id=commit.source_id,
        inbox_id=inbox_id,
    ):
        return
    run_turn(deps, commit, lambda hook: deps.engine.handle_text(key, text, on_commit=hook))


def _commit_for(
    deps: Deps,
    body: dict[str, Any],
    inbox_id: str | None,
    key: ConversationKey,
    *,
    channel: str,
    thread_ts: str | None = None,
    note: Mapping[str, str] | None = None,
) -> TurnCommit:
    # Without an event_id (never from Slack) the message's own ts still keys the reply.
    source = inbox_id or f"{channel}:{(body.get('event') or {}).get('ts', '')}"
    return TurnCommit(
        deps.db,
        source,
        channel,
        thread_ts,
        inbox_id,
        owner=key.user_id,
        team_id=key.team_id,
        note=note,
    )


async def handle_app_mention(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """A mention in a channel: the conversation lives in (and replies go to) its thread."""
    _process_mention(context["deps"], body, event, body.get("event_id"), context.get("bot_user_id"))


def _process_mention(
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
    commit = _commit_for(
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


async def handle_app_home_opened(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    if event.get("tab", "home") != "home":
        return
    deps: Deps = context["deps"]
    team_id, user_id = team_of(body), event["user"]
    # From now on each of this user's turns republishes their Home (handlers.context).
    deps.home.viewers.add((team_id, user_id))
    await publish_home(deps, client, team_id, user_id)


def register(app: AsyncApp) -> None:
    app.event("message")(handle_message)
    app.event("app_mention")(handle_app_mention)
    app.event("app_home_opened")(handle_app_home_opened)
