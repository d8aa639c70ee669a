"""App Home's "step N is done" button: a durable turn in the vendor's DM, the same as typing
the journey command there (the engine marks the step with source 'home')."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.conversation.types import ConversationKey
from handlers.actions.common import action_inbox_id, click_commit
from handlers.context import Deps, finish_without_turn, run_turn, team_of
from handlers.journey_blocks import JOURNEY_DONE_ACTION


def journey_done_command(step: int, lang: str | None) -> str:
    """What the button types for the vendor: the journey's own command
    (bot.journey.read_command) in the vendor's language."""
    return f"done {step}" if lang == "en" else f"完成 第{step}步"


async def handle_journey_button(
    ack: Any, body: dict[str, Any], client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    await process_journey_button(context["deps"], client, body)


async def process_journey_button(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], *, live: bool = True
) -> None:
    """Live or replayed at start-up; marks its inbox row done in every case. The reply is
    addressed to the user: the outbox sender opens (and remembers) their DM."""
    inbox_id = action_inbox_id(body)
    value = str(((body.get("actions") or [{}])[0]).get("value") or "")
    if not value.isdigit():
        finish_without_turn(deps, inbox_id)
        return
    user_id = body["user"]["id"]
    key = ConversationKey(team_of(body), user_id)
    # Clicked in Home, so Home is open: republished after this turn.
    deps.home.viewers.add((key.team_id, user_id))
    commit = click_commit(deps, body, key, user_id, None, inbox_id)
    text = journey_done_command(int(value), deps.engine.progress(key.team_id, user_id).lang)
    run_turn(deps, commit, lambda hook: deps.engine.handle_choice(key, text, on_commit=hook))


def register(app: AsyncApp) -> None:
    app.action(JOURNEY_DONE_ACTION)(handle_journey_button)
