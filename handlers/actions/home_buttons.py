"""App Home's start / resume / help buttons: a durable turn in the vendor's DM."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey
from handlers.actions.common import action_inbox_id, click_commit
from handlers.blocks import (
    HOME_HELP_ACTION,
    HOME_RESUME_ACTION,
    HOME_START_ACTION,
)
from handlers.context import (
    Deps,
    run_turn,
    team_of,
)

log = logging.getLogger(__name__)


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


async def _dm_channel(client: AsyncWebClient, user_id: str) -> str:
    opened = await client.conversations_open(users=user_id)
    return opened["channel"]["id"]


async def handle_home_button(
    ack: Any, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    await process_home_button(context["deps"], client, body)


async def process_home_button(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], *, live: bool = True
) -> None:
    """Start / resume / help on App Home: a durable turn in the vendor's DM."""
    inbox_id = action_inbox_id(body)
    action_id = str(((body.get("actions") or [{}])[0]).get("action_id", ""))
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
    commit = click_commit(deps, body, key, channel, None, inbox_id)
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


def register(app: AsyncApp) -> None:
    app.action(re.compile(f"^({HOME_START_ACTION}|{HOME_RESUME_ACTION}|{HOME_HELP_ACTION})$"))(
        handle_home_button
    )
