"""Button-click and select listeners (block_actions), one module each (`register(app)` only
wires): ack at once, then the core, then the reply.

Choice buttons, the multi-select "confirm" and the Home buttons are durable like DMs: the
middleware stores the click in the inbox under `action_inbox_id(body)` before the ack, and
`process_action` (live, or replayed at start-up) commits the step, the reply (outbox) and
"done" together. Opening the ticket modal is not: its trigger_id expires in 3 seconds.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from handlers.actions import (
    case_buttons,
    choice,
    home_buttons,
    journey_button,
    multi_select,
    ticket_form_button,
)
from handlers.actions.choice import process_choice
from handlers.actions.common import CHOICE_ACTION_ID, HOME_ACTION_IDS, action_inbox_id
from handlers.actions.home_buttons import process_home_button
from handlers.actions.journey_button import process_journey_button
from handlers.actions.multi_select import process_multi_submit
from handlers.blocks import MULTI_SUBMIT_ACTION
from handlers.context import Deps, finish_without_turn
from handlers.journey_blocks import JOURNEY_DONE_ACTION

__all__ = ["action_inbox_id", "process_action", "register"]


async def process_action(
    deps: Deps, client: AsyncWebClient, body: dict[str, Any], *, live: bool = True
) -> None:
    """One durable click (a choice, a multi-select confirm, a Home button), live or replayed
    at start-up; marks its inbox row done in every case."""
    action_id = str(((body.get("actions") or [{}])[0]).get("action_id", ""))
    if CHOICE_ACTION_ID.match(action_id):
        await process_choice(deps, client, body, live=live)
    elif action_id == MULTI_SUBMIT_ACTION:
        await process_multi_submit(deps, client, body, live=live)
    elif action_id in HOME_ACTION_IDS:
        await process_home_button(deps, client, body, live=live)
    elif action_id == JOURNEY_DONE_ACTION:
        await process_journey_button(deps, client, body, live=live)
    else:
        finish_without_turn(deps, action_inbox_id(body))


def register(app: AsyncApp) -> None:
    for listener in (
        choice,
        multi_select,
        ticket_form_button,
        home_buttons,
        journey_button,
        case_buttons,
    ):
        listener.register(app)
