"""`message` (a DM to the bot): one conversation per vendor; a staff CSV upload is an import;
with a help-desk case open, "solved" or a follow-up; in the staff channel, a reply in a case's
thread is the staff answer relayed to the vendor (handlers/cases.py)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey
from bot.lang import detect_lang_or_zh
from handlers.cases import (
    is_staff_thread_reply,
    process_staff_thread_reply,
    process_vendor_case_message,
)
from handlers.commission.slack_import import handle_file_share
from handlers.context import (
    Deps,
    finish_without_turn,
    run_turn,
    team_of,
)
from handlers.events.common import is_vendor_message, turn_commit_for


async def handle_message(
    body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    """A DM to the bot: one conversation per vendor (DMs are not split by thread)."""
    await process_message(
        context["deps"], client, body, event, body.get("event_id"), context.get("bot_user_id")
    )


async def process_message(
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
                detect_lang_or_zh(text)
                if text
                else deps.engine.progress(key.team_id, key.user_id).lang
            ),
        )
        if handled:
            finish_without_turn(deps, inbox_id)
            return
    if not text:
        finish_without_turn(deps, inbox_id)
        return
    commit = turn_commit_for(deps, body, inbox_id, key, channel=event["channel"])
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


def register(app: AsyncApp) -> None:
    app.event("message")(handle_message)
