"""Events API listeners, one module each (`register(app)` only wires); `process_event` runs a
stored DM or mention, live or replayed at start-up.

DMs and mentions are durable: the middleware stored the event in the inbox before the ack
(handlers/app.py), and `process_event` — run by the listener, or at start-up for an event a
crash left unprocessed — commits the step, the reply (outbox) and "done" together.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from handlers.context import Deps, finish_without_turn
from handlers.events import app_home_opened, app_mention, message
from handlers.events.app_mention import process_mention
from handlers.events.message import process_message

DURABLE_EVENT_TYPES = frozenset({"message", "app_mention"})


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
        await process_message(deps, client, body, event, inbox_id, bot_user_id)
    elif event.get("type") == "app_mention":
        process_mention(deps, body, event, inbox_id, bot_user_id)
    else:
        finish_without_turn(deps, inbox_id)


def register(app: AsyncApp) -> None:
    for listener in (message, app_mention, app_home_opened):
        listener.register(app)
