"""`/vendor` and `/commission`, for staff only (the check is listener middleware:
handlers/middleware.py `staff_only`)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack_text import fit_text
from bot.staff import run_staff_command
from bot.texts import both
from handlers.commission.staff_slack import SlackCommission
from handlers.context import Deps
from handlers.middleware import staff_only

log = logging.getLogger(__name__)


STAFF_COMMANDS = ("/vendor", "/commission")


async def handle_staff_command(
    ack: Any, command: dict[str, Any], respond: Any, client: AsyncWebClient, context: dict[str, Any]
) -> None:
    await ack()
    deps: Deps = context["deps"]
    user_id = command["user_id"]
    name = command["command"]
    try:
        answer = await run_staff_command(
            deps.db,
            deps.settings,
            actor=user_id,
            team_id=command.get("team_id", ""),
            command=name,
            text=command.get("text", ""),
            commission_slack=SlackCommission(deps.db, deps.settings, client),
            for_slack=True,
        )
        # A help-desk command (`/vendor case answer …`, claim, resolve) queued messages.
        deps.outbox.wake()
    except Exception:
        log.exception("staff command %s failed", name)
        answer = both("slack.staff_command_failed")
    # The last guard on size: Slack cuts text at 40,000 characters (leaving a code block
    # open); long staff output is cut here with a note instead.
    await respond(text=fit_text(answer), response_type="ephemeral")


def register(app: AsyncApp) -> None:
    for name in STAFF_COMMANDS:
        app.command(name, middleware=[staff_only])(handle_staff_command)
