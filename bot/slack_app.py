"""The Bolt `AsyncApp`: Web API client with retry handlers, event dedupe, and every handler.

Building the app makes no network call: `auth.test` runs once, lazily, on the first request
(Bolt's single-team authorization caches it).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import sqlite_utils
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

import handlers.actions
import handlers.commands
import handlers.events
import handlers.views
from bot.config import Settings
from bot.notify import OutboxSender
from bot.staff import StaffDirectory
from bot.storage import utc_now
from handlers.context import Deps, EngineLike

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 5
SERVER_ERROR_RETRIES = 3
CONNECTION_ERROR_RETRIES = 3
WEB_API_TIMEOUT_SECONDS = 15


def build_client(settings: Settings, token: str | None = None) -> AsyncWebClient:
    """Web API client on SLACK_API_URL that waits out 429s and retries 5xx/connection errors."""
    return AsyncWebClient(
        token=token if token is not None else settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=WEB_API_TIMEOUT_SECONDS,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
            AsyncServerErrorRetryHandler(max_retry_count=SERVER_ERROR_RETRIES),
            AsyncConnectionErrorRetryHandler(max_retry_count=CONNECTION_ERROR_RETRIES),
        ],
    )


def claim_event(db: sqlite_utils.Database, event_id: str, event_type: str | None) -> bool:
    """True the first time `event_id` is seen; False for every redelivery."""
    cursor = db.conn.execute(
        "INSERT OR IGNORE INTO slack_events (event_id, event_type, received_at) VALUES (?, ?, ?)",
        (event_id, event_type, utc_now()),
    )
    return cursor.rowcount == 1


def _default_engine(db: sqlite_utils.Database, settings: Settings) -> EngineLike:
    from bot.conversation import Engine

    return Engine(db, settings)


def build_app(
    settings: Settings,
    db: sqlite_utils.Database,
    *,
    engine: EngineLike | None = None,
    client: AsyncWebClient | None = None,
    outbox: OutboxSender | None = None,
) -> AsyncApp:
    """The whole Slack app; `app.deps` holds what handlers share (db, engine, outbox, …)."""
    web_client = client or build_client(settings)
    app = AsyncApp(
        client=web_client,
        signing_secret=settings.slack_signing_secret or "",
        process_before_response=False,
        # Bolt answers unknown requests itself; a missing handler is a bug to log, not crash on.
        raise_error_for_unhandled_request=False,
    )
    deps = Deps(
        db=db,
        settings=settings,
        engine=engine if engine is not None else _default_engine(db, settings),
        staff=StaffDirectory(settings),
        outbox=outbox or OutboxSender(db, settings, web_client),
    )
    app.deps = deps  # type: ignore[attr-defined]

    async def inject_deps(
        context: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002 - Bolt's name
    ) -> None:
        context["deps"] = deps
        await next()

    async def drop_redelivered_events(
        body: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002 - Bolt's name
    ) -> BoltResponse | None:
        # Before any listener runs: a retried event (X-Slack-Retry-Num, Socket Mode
        # retry_attempt) is acked and dropped once its event_id has been claimed.
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not claim_event(db, event_id, (body.get("event") or {}).get("type")):
            log.info("dropping redelivered event %s", event_id)
            return BoltResponse(status=200, body="")
        await next()
        return None

    app.use(drop_redelivered_events)
    app.use(inject_deps)
    handlers.events.register(app)
    handlers.commands.register(app)
    handlers.actions.register(app)
    handlers.views.register(app)
    return app
