"""The Bolt `AsyncApp`: Web API client with retry handlers, the inbox, and every handler.

The inbox: a global middleware claims every event (event_id) and every durable click or form
submission (a synthetic id, see handlers/actions and handlers/views) in `slack_events` before
Bolt acks it. Bolt runs global middleware before the listener and so before the ack, in HTTP
mode (the response is written after `async_dispatch` returns) and in Socket Mode (the envelope
is acked after `async_dispatch` returns); an event's auto-ack happens in the listener runner.
Durable inputs are stored with their body and status 'received' in that same INSERT;
the listener's turn marks them 'done' in the engine's transaction, and `replay_inbox` runs
whatever a crash left 'received' when the bot starts again. A redelivery finds the claim and
is acked and dropped.

Building the app makes no network call: `auth.test` runs once, lazily, on the first request
(Bolt's single-team authorization caches it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
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
from bot.slack_text import decode_incoming
from bot.staff import StaffDirectory
from bot.storage import utc_now
from handlers.context import Deps, EngineLike, mark_inbox_done

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 5
SERVER_ERROR_RETRIES = 3
CONNECTION_ERROR_RETRIES = 3
WEB_API_TIMEOUT_SECONDS = 15


def build_client(
    settings: Settings,
    token: str | None = None,
    *,
    session: aiohttp.ClientSession | None = None,
) -> AsyncWebClient:
    """Web API client on SLACK_API_URL that waits out 429s and retries 5xx/connection errors.

    Give it the process's one `session` (keep-alive): without one, slack_sdk opens a new
    ClientSession and TCP (+TLS) connection for every call.
    """
    return AsyncWebClient(
        token=token if token is not None else settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=WEB_API_TIMEOUT_SECONDS,
        session=session,
        retry_handlers=[
            AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
            AsyncServerErrorRetryHandler(max_retry_count=SERVER_ERROR_RETRIES),
            AsyncConnectionErrorRetryHandler(max_retry_count=CONNECTION_ERROR_RETRIES),
        ],
    )


def build_outbox_client(
    settings: Settings, *, session: aiohttp.ClientSession | None = None
) -> AsyncWebClient:
    """Client for the outbox sender: no retry handlers. The sender retries itself with
    backoff and, after a 5xx or a dropped connection (the post may have landed), looks the
    message up before posting again; a blind retry here could post it twice."""
    return AsyncWebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=WEB_API_TIMEOUT_SECONDS,
        session=session,
        # Explicitly none: slack_sdk's default would retry a reset connection blindly.
        retry_handlers=[],
    )


def claim_event(
    db: sqlite_utils.Database,
    event_id: str,
    event_type: str | None,
    body: dict[str, Any] | None = None,
) -> bool:
    """True the first time `event_id` is seen; False for every redelivery.

    With `body` the claim is an inbox entry ('received', processed after the ack and replayed
    after a crash); without, a plain dedupe mark ('done').
    """
    cursor = db.conn.execute(
        "INSERT OR IGNORE INTO slack_events (event_id, event_type, received_at, body_json, status)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            event_id,
            event_type,
            utc_now(),
            json.dumps(body, ensure_ascii=False) if body is not None else None,
            "received" if body is not None else "done",
        ),
    )
    return cursor.rowcount == 1


def decode_request_text(body: dict[str, Any]) -> None:
    """Decode, in place, the typed text of an event (and its message edits) or a slash
    command (`bot.slack_text.decode_incoming`)."""
    event = body.get("event")
    if body.get("type") == "event_callback" and isinstance(event, dict):
        if isinstance(event.get("text"), str):
            event["text"] = decode_incoming(event["text"])
    elif body.get("command") and isinstance(body.get("text"), str):
        body["text"] = decode_incoming(body["text"])


def inbox_claim(body: dict[str, Any]) -> tuple[str, str | None, bool] | None:
    """(id, type, durable) under which a request is claimed; None for requests never claimed
    (slash commands, the ticket-form button, selects: nothing is redelivered or replayed)."""
    kind = body.get("type")
    if kind == "event_callback" and body.get("event_id"):
        event_type = (body.get("event") or {}).get("type")
        return str(body["event_id"]), event_type, event_type in handlers.events.DURABLE_EVENT_TYPES
    if kind == "block_actions":
        action_id = handlers.actions.action_inbox_id(body)
        return (action_id, "block_actions", True) if action_id else None
    if kind == "view_submission":
        view_id = handlers.views.view_inbox_id(body)
        return (view_id, "view_submission", True) if view_id else None
    return None


async def replay_inbox(app: AsyncApp) -> int:
    """Run every inbox entry a crash left 'received' through its handler path, oldest first.

    Called at start-up before any new request is taken, so nothing else touches these rows.
    An entry whose handler fails is marked 'failed' (logged) rather than replayed forever.
    """
    deps: Deps = app.deps  # type: ignore[attr-defined]
    rows = deps.db.conn.execute(
        "SELECT event_id, body_json FROM slack_events WHERE status = 'received'"
        " ORDER BY received_at, rowid"
    ).fetchall()
    for event_id, body_json in rows:
        try:
            body = json.loads(body_json or "{}")
            kind = body.get("type")
            if kind == "event_callback":
                await handlers.events.process_event(deps, app.client, body)
            elif kind == "block_actions":
                await handlers.actions.process_action(deps, app.client, body, live=False)
            elif kind == "view_submission":
                handlers.views.process_view(deps, body)
            else:
                mark_inbox_done(deps.db.conn, event_id)
        except Exception:
            log.exception("replaying inbox entry %s failed; marked failed", event_id)
            deps.db.conn.execute(
                "UPDATE slack_events SET status = 'failed' WHERE event_id = ?", (event_id,)
            )
    if rows:
        log.info("replayed %d inbox entries left unprocessed by the last run", len(rows))
    return len(rows)


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
    session: aiohttp.ClientSession | None = None,
) -> AsyncApp:
    """The whole Slack app; `app.deps` holds what handlers share (db, engine, outbox, …).

    `session`: the shared aiohttp session (created in the running loop, closed by the caller)
    for every Web API client built here.
    """
    web_client = client or build_client(settings, session=session)
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
        outbox=outbox or OutboxSender(db, settings, build_outbox_client(settings, session=session)),
        client=web_client,
    )
    app.deps = deps  # type: ignore[attr-defined]

    async def inject_deps(
        context: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002 - Bolt's name
    ) -> None:
        context["deps"] = deps
        await next()

    async def claim_into_inbox(
        body: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002 - Bolt's name
    ) -> BoltResponse | None:
        # Before any listener runs and before the ack: stored (durably: committed) or, for a
        # redelivery (X-Slack-Retry-Num, Socket Mode retry_attempt), acked and dropped.
        claim = inbox_claim(body)
        if claim is not None:
            inbox_id, kind, durable = claim
            if not claim_event(db, inbox_id, kind, body if durable else None):
                log.info("dropping redelivered %s %s", kind, inbox_id)
                return BoltResponse(status=200, body="")
        await next()
        return None

    async def decode_typed_text(
        body: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002 - Bolt's name
    ) -> None:
        # The one place Slack's encoding of typed text is undone, before the inbox stores the
        # event and before any listener parses it (the listener's `event`/`command` is this
        # same dict). View inputs arrive unencoded and are left alone.
        decode_request_text(body)
        await next()

    app.use(decode_typed_text)
    app.use(claim_into_inbox)
    app.use(inject_deps)
    handlers.events.register(app)
    handlers.commands.register(app)
    handlers.actions.register(app)
    handlers.views.register(app)
    return app
