"""`app_home_opened`: publish the user's App Home (progress)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from handlers.context import (
    Deps,
    publish_home,
    team_of,
)


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
    app.event("app_home_opened")(handle_app_home_opened)
