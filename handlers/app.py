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

import asyncio
import json
import logging
import random
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import sqlite_utils
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

import handlers.actions
import handlers.cases
import handlers.commands
import handlers.events
import handlers.views
from bot.config import Settings
from bot.inbox import inbox_for, is_done
from bot.logsafety import BoundedLog
from bot.slack_text import decode_incoming
from handlers.context import Deps, EngineLike, mark_inbox_done
from handlers.outbox_sender import OutboxSender
from handlers.staff_directory import StaffDirectory

log = logging.getLogger(__name__)
_storage_faults = BoundedLog(log, period=10.0)

RATE_LIMIT_RETRIES = 5
# A listener that hit a storage fault after its ack is run again once the database can be
# written, then 0.1 s, 0.2 s, … up to 5 s apart on repeated faults (a full disk), at most
# STORAGE_RETRY_ATTEMPTS times; after that a durable entry waits in the inbox for the next start.
RETRY_CONTEXT_KEY = "onboard_storage_retry"
STORAGE_RETRY_BASE_SECONDS = 0.1
STORAGE_RETRY_MAX_SECONDS = 5.0
STORAGE_RETRY_ATTEMPTS = 125
STORAGE_PROBE_SECONDS = 0.2
ACK_POLL_GRACE_SECONDS = 0.05
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
    after a crash); without, a plain dedupe mark ('done'). The claim goes to the database's
    inbox (bot/inbox.py: its own file, so no long write on the main database delays it).
    """
    return inbox_for(db).claim(event_id, event_type, body)


def is_storage_fault(error: BaseException) -> bool:
    """The main database could not be written just now (locked by a long import, disk
    full): the input is retried, never answered with an error."""
    return isinstance(error, sqlite3.OperationalError)


class StorageGate:
    """Closed while the main database cannot be written. Inputs waiting to be retried park
    on it; one probe every `STORAGE_PROBE_SECONDS` (a BEGIN IMMEDIATE that never waits)
    reopens it. Without it, every parked input would try (and stall the loop) on its own."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._open: asyncio.Event | None = None
        self._prober: asyncio.Task[None] | None = None

    def _event(self) -> asyncio.Event:
        if self._open is None:
            self._open = asyncio.Event()
            self._open.set()
        return self._open

    def close(self) -> None:
        self._event().clear()
        if self._prober is None or self._prober.done():
            self._prober = asyncio.get_running_loop().create_task(self._probe())

    async def wait_open(self) -> None:
        await self._event().wait()

    async def _probe(self) -> None:
        while not self._writable():
            await asyncio.sleep(STORAGE_PROBE_SECONDS)
        self._event().set()

    def _writable(self) -> bool:
        conn = self.db.conn
        if conn.in_transaction:
            return False
        previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute("PRAGMA busy_timeout=0")
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            conn.execute(f"PRAGMA busy_timeout={int(previous)}")


def retry_delay(attempt: int) -> float:
    # Jittered: inputs that failed together (a burst during an import) do not all retry in
    # the same instant, each one briefly holding the event loop.
    base = min(STORAGE_RETRY_MAX_SECONDS, STORAGE_RETRY_BASE_SECONDS * 2**attempt)
    return base * random.uniform(0.5, 1.5)


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
    inbox = inbox_for(deps.db)
    rows = inbox.pending(deps.db)
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
            inbox.mark_done([event_id])
        except sqlite3.OperationalError as exc:
            # The database is busy or full: keep the rest 'received' for the next start.
            log.warning(
                "replaying the inbox stopped at %s: %s; retried at next start", event_id, exc
            )
            break
        except Exception:
            log.exception("replaying inbox entry %s failed; marked failed", event_id)
            inbox.conn.execute(
                "UPDATE slack_events SET status = 'failed' WHERE event_id = ?", (event_id,)
            )
    if rows:
        log.info("replayed %d inbox entries left unprocessed by the last run", len(rows))
    return len(rows)


def _default_engine(db: sqlite_utils.Database, settings: Settings) -> EngineLike:
    from bot.conversation import Engine

    return Engine(db, settings)


# Set on a request body once its Slack-encoded text is decoded, so a re-dispatch never decodes twice.
DECODED_FLAG = "_onboard_text_decoded"


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
        outbox=outbox
        or OutboxSender(
            db,
            settings,
            build_outbox_client(settings, session=session),
            render=handlers.cases.render_case_row,
        ),
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
        context: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002 - Bolt's name
    ) -> BoltResponse | None:
        # Before any listener runs and before the ack: stored (durably: committed) or, for a
        # redelivery (X-Slack-Retry-Num, Socket Mode retry_attempt), acked and dropped.
        claim = inbox_claim(body)
        if context.get(RETRY_CONTEXT_KEY) is not None:
            # Our own retry after a storage fault: claimed already; skip it if a previous
            # attempt did commit after all.
            if claim is not None and claim[2] and is_done(db, claim[0]):
                return BoltResponse(status=200, body="")
        elif claim is not None:
            inbox_id, kind, durable = claim
            if not claim_event(db, inbox_id, kind, body if durable else None):
                log.info("dropping redelivered %s %s", kind, inbox_id)
                return BoltResponse(status=200, body="")
        await next()
        return None

    retries: set[asyncio.Task[None]] = set()
    gate = StorageGate(db)

    async def retry_after_storage_fault(
        error: Exception,
        body: dict[str, Any],
        context: dict[str, Any],
        response: BoltResponse | None,
    ) -> None:
        """A listener failed after its ack. A storage fault (the main database locked by a
        long import, a full disk) is retried through the same listener once the database
        can be written again; the input was acked, so it must not be lost. Anything else is
        a bug: logged."""
        if response is None:
            # Already acked. Bolt clears the ack when this handler returns; its runner polls
            # for the ack every 10 ms, so a listener failing within 10 ms of its ack would
            # turn the 200 into a 404 three seconds later. Let the poll see the ack first.
            await asyncio.sleep(ACK_POLL_GRACE_SECONDS)
        if not is_storage_fault(error):
            log.error("listener failed: %s: %s", type(error).__name__, error, exc_info=error)
            return
        attempt = int(context.get(RETRY_CONTEXT_KEY) or 0)
        if attempt >= STORAGE_RETRY_ATTEMPTS:
            log.error("gave up retrying after %d storage faults: %s", attempt, error)
            return
        _storage_faults.warning("retry", "database busy or unwritable (%s): retrying", error)
        gate.close()

        async def again() -> None:
            # Parked (no CPU) until one probe finds the database writable, then spread out.
            await gate.wait_open()
            await asyncio.sleep(retry_delay(attempt))
            # mode="socket_mode": an in-process re-run of a request already verified.
            retry = AsyncBoltRequest(
                body=body, mode="socket_mode", context={RETRY_CONTEXT_KEY: attempt + 1}
            )
            await app.async_dispatch(retry)

        task = asyncio.get_running_loop().create_task(again())
        retries.add(task)
        task.add_done_callback(retries.discard)

    app.error(retry_after_storage_fault)

    async def decode_typed_text(
        body: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002 - Bolt's name
    ) -> None:
        # The one place Slack's encoding of typed text is undone, before the inbox stores the
        # event and before any listener parses it (the listener's `event`/`command` is this
        # same dict). View inputs arrive unencoded and are left alone.
        # A storage-fault retry dispatches the same (already decoded) body again.
        if not body.get(DECODED_FLAG):
            decode_request_text(body)
            body[DECODED_FLAG] = True
        await next()

    app.use(decode_typed_text)
    app.use(claim_into_inbox)
    app.use(inject_deps)
    handlers.events.register(app)
    handlers.commands.register(app)
    handlers.actions.register(app)
    handlers.views.register(app)
    return app
