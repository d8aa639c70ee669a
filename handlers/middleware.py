"""Listener middleware for checks several listeners share (Bolt runs it before the listener).

`staff_only`: slash commands for staff run only for staff; anyone else gets the refusal
(ephemeral) as the command's ack, and the refusal is audited.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.storage import audit
from handlers.context import Deps

# Bolt sends the ack only after listener middleware has run, and Slack waits 3 s for it. The
# staff check is instant from settings or the group cache (60 s); a user-group look-up that
# takes longer than this is given up and the check fails closed, as when the look-up fails.
STAFF_CHECK_BUDGET_SECONDS = 2.0


def _user_of(body: dict[str, Any]) -> str:
    """The user who sent a slash command (`user_id`) or clicked / submitted (`user.id`)."""
    user = body.get("user")
    return str(body.get("user_id") or (user.get("id") if isinstance(user, dict) else "") or "")


async def staff_only(
    body: dict[str, Any],
    client: AsyncWebClient,
    context: dict[str, Any],
    next: Callable[[], Awaitable[None]],  # noqa: A002 - the name Bolt passes it by
) -> BoltResponse | None:
    """Let staff through (`next()`); for anyone else the ack itself carries the refusal: a
    middleware that does not call next() answers the request with what it returns."""
    deps: Deps = context["deps"]
    user_id = _user_of(body)
    try:
        allowed = await asyncio.wait_for(
            deps.staff.is_staff(user_id, client), timeout=STAFF_CHECK_BUDGET_SECONDS
        )
    except TimeoutError:
        deps.staff.group_unreadable = True
        allowed = False
    if allowed:
        await next()
        return None
    subject = str(body.get("command") or body.get("type") or "")
    audit(deps.db, user_id, "staff.denied", subject, {"text": body.get("text", "")})
    return BoltResponse(
        status=200, body={"response_type": "ephemeral", "text": deps.staff.refusal()}
    )
