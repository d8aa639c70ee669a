"""`onboard-bot run`: Socket Mode, HTTP mode (--http), or the console when no Slack credentials.

Both Slack modes run the same `AsyncApp` plus background tasks (the outbox sender, the
commission monthly schedule, the retention purge at start and daily) and stop cleanly on
SIGTERM/SIGINT.
Before taking traffic, inbox entries a crash left unprocessed are replayed (handlers.app
`replay_inbox`); the outbox sender's first pass then sends every reply still unsent.
All Web API clients share one aiohttp session (keep-alive), opened in the running loop and
closed on the way out. A line containing "ready" is logged once the bot can take traffic
(benchmarks time start-up to it).

HTTP mode checks the signature on the raw body before anything parses it, caps the body at
`MAX_BODY_BYTES` (413), and answers a malformed body 400: never a 500 to an unauthenticated
client.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import resource
import signal
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

import aiohttp
import sqlite_utils
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.cases import run_stale_check
from bot.config import Settings
from bot.followup import run_followup_schedule
from bot.health import DatabaseHealth
from bot.logsafety import BoundedLog, quiet_accept_errors
from bot.payload_shape import shape_error
from bot.privacy import run_purge_schedule
from handlers.app import build_app, replay_inbox
from handlers.commission.schedule import run_monthly_schedule
from handlers.outbox_sender import OutboxSender

log = logging.getLogger("onboard_bot.runner")

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# Slack's payloads are a few KB (a modal's state, a 40,000-character message: < 200 KB).
MAX_BODY_BYTES = 1024 * 1024
WEB_API_CONNECTIONS = 64
# Every millisecond waited here stalls every ack: absorb only momentary contention.
LOOP_BUSY_TIMEOUT_MS = 5
# File descriptors kept free under the connection cap: the database and its -wal/-shm, the
# Web API connection pool, the log, Python's own files.
FD_HEADROOM = WEB_API_CONNECTIONS + 64
_shape_log = BoundedLog(log, period=10.0)
_TIMESTAMP = re.compile(r"^\d{1,12}$")


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)


def start_background_tasks(
    app: AsyncApp, db: sqlite_utils.Database, settings: Settings, stop: asyncio.Event
) -> list[asyncio.Task[Any]]:
    """The outbox sender, the commission monthly schedule, the daily retention purge, the
    journey follow-up (vendor reminders, the weekly staff digest) and the stale-case check."""
    outbox: OutboxSender = app.deps.outbox  # type: ignore[attr-defined]
    return [
        asyncio.create_task(outbox.run(stop), name="outbox"),
        asyncio.create_task(
            run_monthly_schedule(db, settings, app.client, now=lambda: datetime.now(settings.tz)),
            name="commission-schedule",
        ),
        asyncio.create_task(run_purge_schedule(db, settings), name="retention-purge"),
        asyncio.create_task(
            run_followup_schedule(db, settings, wake=outbox.wake), name="journey-followup"
        ),
        # Unclaimed help-desk cases raised once after ONBOARD_CASE_STALE_HOURS working hours.
        asyncio.create_task(
            run_stale_check(db, settings, on_raised=outbox.wake), name="stale-cases"
        ),
    ]


async def _stop_tasks(tasks: list[asyncio.Task[Any]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def web_api_session() -> aiohttp.ClientSession:
    """The process's one session for the Slack Web API (call inside the running loop)."""
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=WEB_API_CONNECTIONS))


async def _prepare_app(
    settings: Settings, db: sqlite_utils.Database, app: AsyncApp | None
) -> tuple[AsyncApp, aiohttp.ClientSession | None]:
    """The app (built here with a shared session unless given), its inbox replayed."""
    session = None
    if app is None:
        session = web_api_session()
        app = build_app(settings, db, session=session)
    await replay_inbox(app)
    # From here on every database call runs on the event loop that acks Slack: never wait
    # long for the main database's write lock (a long import holds it for seconds); a turn
    # that finds it locked is retried later (handlers.app), the outbox sender pauses.
    db.conn.execute(f"PRAGMA busy_timeout={LOOP_BUSY_TIMEOUT_MS}")
    return app, session


async def serve_socket_mode(
    settings: Settings,
    db: sqlite_utils.Database,
    *,
    stop: asyncio.Event | None = None,
    app: AsyncApp | None = None,
) -> None:
    """Connect over Socket Mode and serve until `stop` is set (SIGTERM/SIGINT set it)."""
    stop = stop or asyncio.Event()
    _stop_on_signals(stop)
    app, session = await _prepare_app(settings, db, app)
    try:
        # The handler's client defaults to app.client: same SLACK_API_URL, same retry handlers.
        handler = AsyncSocketModeHandler(app, app_token=settings.slack_app_token)
        await handler.connect_async()
        log.info("ready: Socket Mode connected")
        tasks = start_background_tasks(app, db, settings, stop)
        try:
            await stop.wait()
        finally:
            await _stop_tasks(tasks)
            await handler.close_async()
    finally:
        if session is not None:
            await session.close()
        log.info("stopped")


def _bad_request(reason: str) -> web.Response:
    return web.json_response({"ok": False, "error": reason}, status=400)


def _unauthorized() -> web.Response:
    return web.json_response({"ok": False, "error": "invalid_signature"}, status=401)


@web.middleware
async def refuse_malformed_requests(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Whatever a request's bytes make a parser raise is the client's fault: 400, one log line,
    no traceback. (HTTP errors such as 413 pass through as they are.)"""
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except (
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        UnicodeError,
        RecursionError,
    ) as exc:
        _shape_log.warning(
            "malformed", "bad request to %s: %s: %s", request.path, type(exc).__name__, exc
        )
        return _bad_request("malformed_request")


def is_ssl_check(raw: bytes) -> bool:
    """`ssl_check=1` (and at most the legacy `token`): nothing else may ride along."""
    if len(raw) > 512 or b"ssl_check=1" not in raw:
        return False
    try:
        fields = parse_qs(raw.decode("ascii"), keep_blank_values=True, strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        return False
    return fields.get("ssl_check") == ["1"] and set(fields) <= {"ssl_check", "token"}


def slack_events_handler(app: AsyncApp) -> Callable[[web.Request], Awaitable[web.Response]]:
    """POST /slack/events: signature first (on the raw bytes), then parse, then Bolt."""
    settings: Settings = app.deps.settings  # type: ignore[attr-defined]
    verifier = SignatureVerifier(settings.slack_signing_secret or "")

    read_timeout = settings.onboard_http_read_timeout

    async def handle(request: web.Request) -> web.Response:
        try:
            # A body trickled in slower than this holds a connection for nothing: 408.
            async with asyncio.timeout(read_timeout):
                raw = await request.read()  # over MAX_BODY_BYTES: aiohttp answers 413
        except TimeoutError:
            _shape_log.warning("slow-body", "request body not received within %ss", read_timeout)
            return web.json_response({"ok": False, "error": "request_timeout"}, status=408)
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if is_ssl_check(raw):
            # Slack's certificate probe of a slash-command URL: answered 200 before the
            # signature check, as Bolt's own SslCheck middleware does (it runs before
            # RequestVerification). It carries nothing and triggers nothing.
            return web.Response(status=200)
        if not _TIMESTAMP.match(timestamp) or not verifier.is_valid(raw, timestamp, signature):
            return _unauthorized()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return _bad_request("body_not_utf8")
        bolt_request = AsyncBoltRequest(
            body=text,
            query=request.query_string,
            headers=request.headers,  # type: ignore[arg-type]
        )
        if not isinstance(bolt_request.body, dict):
            return _bad_request("body_not_an_object")
        problem = shape_error(bolt_request.body)
        if problem is not None:
            # Signed but not a payload the handlers can read: the sender's fault, never a 500.
            _shape_log.warning("shape", "refused a signed payload: %s", problem)
            return _bad_request("malformed_payload")
        bolt_response = await app.async_dispatch(bolt_request)
        return await to_aiohttp_response(bolt_response)

    return handle


def build_web_app(app: AsyncApp, db: sqlite_utils.Database) -> web.Application:
    """POST /slack/events (events, slash commands, interactivity) and GET /healthz."""
    web_app = web.Application(
        client_max_size=MAX_BODY_BYTES, middlewares=[refuse_malformed_requests]
    )
    web_app.router.add_post(EVENTS_PATH, slack_events_handler(app))
    health = DatabaseHealth(db)

    async def healthz(_: web.Request) -> web.Response:
        # 503 when the database cannot be written (deleted, disk full): replies would fail.
        report = health.check()
        return web.json_response(report.as_json(), status=200 if report.ok else 503)

    web_app.router.add_get(HEALTH_PATH, healthz)
    return web_app


def max_connections(settings: Settings) -> int:
    """ONBOARD_HTTP_MAX_CONNECTIONS, else the open-file limit minus headroom."""
    if settings.onboard_http_max_connections:
        return settings.onboard_http_max_connections
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        soft = 65536
    return max(16, int(soft) - FD_HEADROOM)


class _RefuseConnection(asyncio.Protocol):
    """Accepted only to be closed at once (reset): the cap is reached."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.abort()  # type: ignore[attr-defined]


class _CappedServer:
    """aiohttp's low-level server as the protocol factory, refusing connections beyond
    `limit` so the process keeps file descriptors for the database and for Slack. The ones
    already open are closed by the idle timeout, after which new connections are served."""

    def __init__(self, server: web.Server, limit: int) -> None:
        self._server = server
        self.limit = limit
        self._refused = BoundedLog(log, period=10.0)

    def __call__(self) -> asyncio.Protocol:
        open_now = len(self._server.connections)
        if open_now >= self.limit:
            self._refused.warning(
                "cap",
                "connection refused: %d open connections (ONBOARD_HTTP_MAX_CONNECTIONS=%d)",
                open_now,
                self.limit,
            )
            return _RefuseConnection()
        return self._server()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._server, name)


class CappedAppRunner(web.AppRunner):
    """`web.AppRunner` whose server refuses connections beyond `max_connections`."""

    def __init__(self, app: web.Application, *, max_connections: int, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self.max_connections = max_connections

    async def _make_server(self) -> web.Server:
        server = await super()._make_server()
        return _CappedServer(server, self.max_connections)  # type: ignore[return-value]


async def serve_http(
    settings: Settings,
    db: sqlite_utils.Database,
    *,
    host: str,
    port: int,
    stop: asyncio.Event | None = None,
    app: AsyncApp | None = None,
    on_ready: Callable[[int], Awaitable[None] | None] | None = None,
) -> None:
    """Serve HTTP mode until `stop` is set; `port=0` picks a free port (given to `on_ready`)."""
    stop = stop or asyncio.Event()
    _stop_on_signals(stop)
    app, session = await _prepare_app(settings, db, app)
    quiet_accept_errors(asyncio.get_running_loop(), BoundedLog(log, period=10.0))
    # No access log: one INFO line per request cost ~9 % of the CPU under load.
    # keepalive_timeout also starts at connect: a connection that sends nothing, or headers
    # too slowly (slow-loris), is closed after it, as is an idle keep-alive connection.
    runner = CappedAppRunner(
        build_web_app(app, db),
        max_connections=max_connections(settings),
        handle_signals=False,
        access_log=None,
        keepalive_timeout=settings.onboard_http_idle_timeout,
    )
    try:
        await runner.setup()
        site = web.TCPSite(runner, host=host, port=port)
        await site.start()
        bound_port = runner.addresses[0][1] if runner.addresses else port
        log.info("ready: listening on http://%s:%s%s", host, bound_port, EVENTS_PATH)
        tasks = start_background_tasks(app, db, settings, stop)
        try:
            if on_ready is not None:
                result = on_ready(bound_port)
                if asyncio.iscoroutine(result):
                    await result
            await stop.wait()
        finally:
            await _stop_tasks(tasks)
    finally:
        await runner.cleanup()
        if session is not None:
            await session.close()
        log.info("stopped")
