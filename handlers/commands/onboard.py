"""`/onboard start | status | help` for vendors."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.store import latest_conversation
from bot.conversation.types import ConversationKey, Lang
from bot.lang import detect_lang_or_zh
from bot.texts import t
from handlers.blocks import describe_progress, help_text
from handlers.context import Deps, TurnCommit, run_turn

_START_WORDS = {"start", "开始", "begin"}


_STATUS_WORDS = {"status", "状态", "进度", "progress"}


_HELP_WORDS = {"", "help", "帮助", "?", "？"}


def _reply_lang(deps: Deps, team_id: str, user_id: str, text: str) -> Lang:
    """The vendor's own conversation language; a bare sub-command word ("start") says little.

    With no conversation yet, the words typed decide (Chinese by default)."""
    if text and any(not word.isascii() for word in text.split()):
        return detect_lang_or_zh(text)
    known = latest_conversation(deps.db, team_id, user_id)
    if known is not None:
        return known.lang
    return detect_lang_or_zh(text) if text else "zh"


async def handle_onboard(
    ack: Any, command: dict[str, Any], respond: Any, client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    deps: Deps = context["deps"]
    text = (command.get("text") or "").strip()
    word = text.split(maxsplit=1)[0].lower() if text else ""
    team_id, user_id = command.get("team_id", ""), command["user_id"]
    lang = _reply_lang(deps, team_id, user_id, text)
    if word in _HELP_WORDS:
        await respond(text=help_text(lang), response_type="ephemeral")
    elif word in _STATUS_WORDS:
        progress = deps.engine.progress(team_id, user_id)
        await respond(text=describe_progress(progress), response_type="ephemeral")
    elif word in _START_WORDS:
        opened = await client.conversations_open(users=user_id)
        # Slack never redelivers a slash command, so it has no inbox row; the reply still
        # commits with the step (keyed by the command's unique trigger_id).
        source = f"command:{command.get('trigger_id') or command.get('command_ts', '')}:{user_id}"
        key = ConversationKey(team_id, user_id)
        commit = TurnCommit(
            deps.db, source, opened["channel"]["id"], owner=user_id, team_id=team_id
        )
        reply = run_turn(deps, commit, lambda hook: deps.engine.start(key, lang, on_commit=hook))
        await respond(text=t("slack.onboard.dm_sent", reply.lang), response_type="ephemeral")
    else:
        await respond(text=t("slack.onboard.unknown", lang, word=word), response_type="ephemeral")


def register(app: AsyncApp) -> None:
    app.command("/onboard")(handle_onboard)
