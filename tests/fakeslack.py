"""A fake Slack (Web API + Socket Mode + response_url + file uploads) on 127.0.0.1.

Every Slack test runs against this instead of slack.com: point `SLACK_API_URL` (or a
`slack_sdk` client's `base_url`) at `fake.api_url`, drive the bot with Socket Mode envelopes
(`await fake.send_envelope(...)`) or with signed HTTP requests (`sign_request` + the payload
builders below), then assert on what the bot called (`fake.calls(...)`, `fake.messages(...)`).

Usage from an async test (the `fake_slack` fixture in conftest does exactly this)::

    async with FakeSlack() as fake:
        client = AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url)
        await client.chat_postMessage(channel="C1", text="hi")
        assert fake.messages("C1")[0]["text"] == "hi"

From sync code or when the bot runs in a subprocess or another event loop, use
`FakeSlackThread` (the `fake_slack_thread` fixture): the same server on its own loop in a
background thread, with thread-safe query helpers and blocking `send_envelope`.

Files people share: `fake.add_file(file_id, name, content)` returns a Slack file object whose
`url_private_download` is served by the fake (bot token required, as on files.slack.com);
`files.info` answers for it, and `file_share_event(user, [file])` builds the DM event.
Downloads are recorded as calls of method "file_download".

Strict like real Slack: the bot's scopes are read from manifest.yml and every call is checked
against the scope its method needs for that channel type (`missing_scope` with `needed` and
`provided`); posting or reading a channel the bot was not added to is `not_in_channel`
(`fake.invite(channel)`, as `/invite @onboard-bot` does; DMs always work, a mention's channel
and the channels given to `fake.settings(...)` are joined); events carry text the way Slack
encodes it (`slack_encode`); messages are checked against Slack's size and Block Kit limits
(`msg_blocks_too_long`, `invalid_blocks`, `text` cut at 40,000 characters), views too.

Faults: `fail(method, status=429, retry_after=1)`, `fail(method, status=500)`,
`fail(method, status=500, stored=True)` (Slack keeps the message, then answers 500),
`fail(method, status=200, error="channel_not_found")`, `hang(method, seconds)`,
`chaos(rate_429=..., rate_500=..., seed=...)`, and `on_call(hook)` for anything else (a hook
sees every call first and may answer it itself with a `FakeReply`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import inspect
import itertools
import json
import random
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, quote, urlencode

from aiohttp import WSMsgType, web
from slack_rules import (
    MAX_TEXT_CHARS,
    ChannelKind,
    default_channel_kind,
    manifest_scopes,
    message_problem,
    scope_needed,
    slack_encode,
    view_problem,
)

TEAM_ID = "T1"
TEAM_DOMAIN = "fake-team"
APP_ID = "A1"
BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
BOT_TOKEN = "xoxb-fake-bot-token"
APP_TOKEN = "xapp-fake-app-token"
SIGNING_SECRET = "fake-signing-secret"
VERIFICATION_TOKEN = "fake-verification-token"

EnvelopeType = Literal["events_api", "slash_commands", "interactive"]

# Calls that happen once at start-up; random faults there only test slack_sdk, not the bot.
# How long a wait may take before it fails. Every wait ends as soon as its condition holds, so
# the budget only bounds a hang; it is generous because a machine shared by many test runs is
# slow, not wrong.
WAIT_BUDGET_SECONDS = 60.0
CHAOS_EXEMPT_BY_DEFAULT = frozenset({"auth.test", "apps.connections.open"})


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Call:
    """One request the fake received.

    `method` is the Web API method ("chat.postMessage"), or "response_url" / "file_upload" for
    those endpoints. `params` merges query string, form and JSON body (JSON values kept as
    sent; form values that hold JSON, such as `blocks`, are left as strings: use `param_json`).
    `status` is the HTTP status the fake answered; `response` the JSON body it answered.
    """

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    path: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok", True))

    @property
    def token(self) -> str | None:
        auth = next((v for k, v in self.headers.items() if k.lower() == "authorization"), "")
        if auth.startswith("Bearer "):
            return auth.removeprefix("Bearer ").strip() or None
        token = self.params.get("token")
        return str(token) if token else None

    def param_json(self, name: str) -> Any:
        """A parameter that may arrive as a JSON string (form) or as a value (JSON body)."""
        value = self.params.get(name)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value


@dataclass(frozen=True)
class UploadedFile:
    """A file that went through getUploadURLExternal → upload → completeUploadExternal."""

    file_id: str
    filename: str
    title: str | None
    content: bytes
    channel: str | None
    initial_comment: str | None
    thread_ts: str | None


@dataclass(frozen=True)
class FakeReply:
    """What a hook returns to answer a call itself instead of the fake's normal handler."""

    body: dict[str, Any]
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    stored: bool = False  # the fake still performs the call, then answers this


Hook = Callable[[Call], "FakeReply | None | Awaitable[FakeReply | None]"]


@dataclass
class _Fault:
    method: str
    times: int | None  # None: every call from now on
    status: int = 200
    error: str | None = None
    retry_after: int | None = None
    hang_seconds: float = 0.0
    stored: bool = False  # the call takes effect, then the error is answered

    def take(self) -> bool:
        if self.times is None:
            return True
        if self.times <= 0:
            return False
        self.times -= 1
        return True


@dataclass
class _Chaos:
    rate_429: float
    rate_500: float
    rng: random.Random
    retry_after: int
    methods: frozenset[str] | None
    exempt: frozenset[str]

    def applies_to(self, method: str) -> bool:
        if self.methods is not None:
            return method in self.methods
        return method not in self.exempt and method not in {
            "response_url",
            "file_upload",
            "file_download",
        }


class AckTimeout(TimeoutError):
    """The client never acked an envelope (e.g. no Bolt listener matched, or it crashed)."""


# --------------------------------------------------------------------------------------------
# The server


class FakeSlack:
    """The fake Slack server. Start with `await fake.start()` or `async with FakeSlack()`."""

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, scopes: Iterable[str] | None = None
    ) -> None:
        # Set by the test harness to hand envelopes to the app in process instead of over
        # Socket Mode: (type, payload, retry_attempt, retry_reason) -> the ack.
        self.deliver_in_process: (
            Callable[[str, dict[str, Any], int, str], Awaitable[dict[str, Any]]] | None
        ) = None
        # The bot token's scopes: those the manifest requests, unless a test says otherwise.
        self.scopes: frozenset[str] = frozenset(scopes) if scopes is not None else manifest_scopes()
        # Channels the bot is a member of (DMs need no membership) and their kinds.
        self.bot_channels: set[str] = set()
        self.channel_kinds: dict[str, ChannelKind] = {}
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        # Re-entrant: handlers holding it call helpers that take it too; state is read from other
        # threads (FakeSlackThread).
        self._lock = threading.RLock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ids = itertools.count(1)
        self._last_ts_us = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._socket_total = 0
        self._stopping = asyncio.Event()
        self._pending_acks: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.usergroups: dict[str, list[str]] = {}
        self._reset_state()

    def _reset_state(self) -> None:
        self._calls: list[Call] = []
        self._messages: list[dict[str, Any]] = []
        self._ephemerals: list[dict[str, Any]] = []
        self._views: list[dict[str, Any]] = []
        self._home_views: dict[str, dict[str, Any]] = {}
        self._responses: list[Call] = []
        self._acks: list[dict[str, Any]] = []
        self._envelopes: list[dict[str, Any]] = []
        self._pending_uploads: dict[str, dict[str, Any]] = {}
        self._uploads: list[UploadedFile] = []
        self._shared_files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self._faults: list[_Fault] = []
        self._chaos: _Chaos | None = None
        self._hooks: list[tuple[str | None, Hook]] = []

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> FakeSlack:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_post("/response/{response_id}", self._handle_response_url)
        app.router.add_post("/upload/{file_id}", self._handle_upload)
        app.router.add_get("/files-pri/{team_file}/download/{name}", self._handle_file_download)
        app.router.add_get("/files-pri/{team_file}/{name}", self._handle_file_download)
        app.router.add_get("/socket", self._handle_socket)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[union-attr]
        self._port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._stopping.set()  # releases hung handlers, or cleanup would wait for them
        for future in self._pending_acks.values():
            if not future.done():
                future.cancel()
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def api_url(self) -> str:
        """Web API base URL, ending with "/api/" (slack_sdk appends the method name)."""
        return f"{self.base_url}/api/"

    def env(self) -> dict[str, str]:
        """Environment for a bot process (subprocess tests): the fake's URL and test tokens."""
        return {
            "SLACK_API_URL": self.api_url,
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        }

    def settings(self, **overrides: Any) -> Any:
        """A `bot.config.Settings` wired to this fake (no `.env`, no environment surprises)."""
        from bot.config import Settings

        values: dict[str, Any] = {
            "slack_api_url": self.api_url,
            "slack_bot_token": BOT_TOKEN,
            "slack_app_token": APP_TOKEN,
            "slack_signing_secret": SIGNING_SECRET,
        }
        values.update(overrides)
        # The setup step of docs/SLACK_SETUP.md: the bot is /invite'd to the channels it posts to.
        for key in ("onboard_staff_channel", "onboard_commission_channel"):
            if overrides.get(key):
                self.invite(str(overrides[key]))
        return Settings(_env_file=None, **values)

    def make_response_url(self) -> str:
        return f"{self.base_url}/response/{uuid.uuid4().hex}"

    # ---------------------------------------------------------------- configuration

    def set_user(self, user_id: str, **fields: Any) -> dict[str, Any]:
        """Override what users.info returns for a user (e.g. locale="en-US", is_bot=True)."""
        user = self._default_user(user_id)
        user.update(fields)
        self.users[user_id] = user
        return user

    def add_channel(
        self, channel: str, kind: ChannelKind | None = None, *, member: bool = True
    ) -> None:
        """Declare a conversation's kind (default from its id prefix) and the bot's membership."""
        with self._lock:
            self.channel_kinds[channel] = kind or default_channel_kind(channel)
            if member:
                self.bot_channels.add(channel)
            else:
                self.bot_channels.discard(channel)

    def invite(self, *channels: str) -> None:
        """`/invite @onboard-bot` in each channel."""
        with self._lock:
            self.bot_channels.update(channels)

    def kick(self, channel: str) -> None:
        """The bot is removed from `channel`."""
        with self._lock:
            self.bot_channels.discard(channel)

    def channel_kind(self, channel: str) -> ChannelKind:
        return self.channel_kinds.get(channel) or default_channel_kind(channel)

    def set_usergroup(self, group_id: str, members: Iterable[str]) -> None:
        self.usergroups[group_id] = list(members)

    def fail(
        self,
        method: str,
        status: int = 429,
        retry_after: int | None = 1,
        times: int | None = 1,
        error: str | None = None,
        stored: bool = False,
    ) -> None:
        """Answer the next `times` calls of `method` with an error (None: all of them).

        `stored=True`: the call takes effect first (a posted message is kept), then the
        error is answered, as when Slack stores a message but the answer is lost or a 500.

        429 → `Retry-After` header + {"ok": false, "error": "ratelimited"}; 5xx → that status
        with {"ok": false, "error": "internal_error"}; 200 with `error` → a Slack-level error
        such as "channel_not_found".
        """
        if error is None:
            error = {429: "ratelimited"}.get(
                status, "internal_error" if status >= 500 else "fatal_error"
            )
        with self._lock:
            self._faults.append(
                _Fault(
                    method=method,
                    times=times,
                    status=status,
                    error=error,
                    retry_after=retry_after if status == 429 else None,
                    stored=stored,
                )
            )

    def hang(self, method: str, seconds: float, times: int | None = 1) -> None:
        """Delay the next `times` answers to `method` by `seconds`, then answer normally."""
        with self._lock:
            self._faults.append(_Fault(method=method, times=times, hang_seconds=seconds))

    def chaos(
        self,
        rate_429: float = 0.2,
        rate_500: float = 0.1,
        seed: int | None = 0,
        retry_after: int = 0,
        methods: Iterable[str] | None = None,
        exempt: Iterable[str] = CHAOS_EXEMPT_BY_DEFAULT,
    ) -> None:
        """Random faults on every Web API call (or only `methods`), reproducible by `seed`."""
        with self._lock:
            self._chaos = _Chaos(
                rate_429=rate_429,
                rate_500=rate_500,
                rng=random.Random(seed),
                retry_after=retry_after,
                methods=frozenset(methods) if methods is not None else None,
                exempt=frozenset(exempt),
            )

    def calm(self) -> None:
        """Remove every scripted and random fault."""
        with self._lock:
            self._faults.clear()
            self._chaos = None

    def on_call(self, hook: Hook, method: str | None = None) -> Callable[[], None]:
        """Run `hook(call)` (sync or async) before each call (of `method`, or all).

        The hook runs on the fake's event loop. Returning a `FakeReply` answers the call with
        it; returning None lets the fake answer normally. Returns a function removing the hook.
        """
        entry = (method, hook)
        with self._lock:
            self._hooks.append(entry)

        def remove() -> None:
            with self._lock:
                if entry in self._hooks:
                    self._hooks.remove(entry)

        return remove

    def reset(self) -> None:
        """Forget every call, message, upload, fault and hook (open sockets stay connected)."""
        with self._lock:
            self._reset_state()

    # ---------------------------------------------------------------- queries

    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def messages(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Messages in the fake's channels (bot posts and `add_message`), oldest first."""
        with self._lock:
            return [dict(m) for m in self._messages if channel is None or m["channel"] == channel]

    def ephemerals(
        self, channel: str | None = None, user: str | None = None
    ) -> list[dict[str, Any]]:
        with self._lock:
            return [
                dict(m)
                for m in self._ephemerals
                if (channel is None or m["channel"] == channel)
                and (user is None or m["user"] == user)
            ]

    def views(self, method: str | None = None) -> list[dict[str, Any]]:
        """Every view sent via views.open/update/push/publish: {"method", "view", "user_id"...}."""
        with self._lock:
            return [dict(v) for v in self._views if method is None or v["method"] == method]

    def home_view(self, user_id: str) -> dict[str, Any] | None:
        """The App Home view last published for `user_id`."""
        with self._lock:
            return self._home_views.get(user_id)

    def responses(self, response_url: str | None = None) -> list[Call]:
        """What was POSTed to response_urls (JSON body in `params`)."""
        with self._lock:
            return [
                c for c in self._responses if response_url is None or response_url.endswith(c.path)
            ]

    def uploads(self) -> list[UploadedFile]:
        with self._lock:
            return list(self._uploads)

    def acks(self) -> list[dict[str, Any]]:
        """Every Socket Mode ack received (or in-process ack returned), in order."""
        with self._lock:
            return list(self._acks)

    @property
    def connected_sockets(self) -> int:
        return sum(1 for s in self._sockets if not s.closed)

    @property
    def total_socket_connections(self) -> int:
        """How many Socket Mode connections were ever opened (reconnects count)."""
        return self._socket_total

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = WAIT_BUDGET_SECONDS,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Wait until `count` calls of `method` (matching `predicate`) arrived; returns them."""
        deadline = time.monotonic() + timeout
        while True:
            matching = [c for c in self.calls(method) if predicate is None or predicate(c)]
            if len(matching) >= count:
                return matching
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    self._wait_failure(f"{count} × {method}, got {len(matching)}", timeout)
                )
            await asyncio.sleep(0.01)

    def _wait_failure(self, what: str, timeout: float) -> str:
        seen = ", ".join(f"{c.method}({c.status})" for c in self.calls()[-20:]) or "nothing"
        return f"waited {timeout}s for {what}; last calls: {seen}"

    async def wait_until(
        self, condition: Callable[[], bool], timeout: float = WAIT_BUDGET_SECONDS, message: str = ""
    ) -> None:
        """Poll `condition` (e.g. `lambda: fake.responses(url)`) until true; never sleep blindly."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() >= deadline:
                raise TimeoutError(self._wait_failure(message or "the condition", timeout))
            await asyncio.sleep(0.01)

    async def wait_connected(
        self, timeout: float = WAIT_BUDGET_SECONDS, total: int | None = None
    ) -> None:
        """Wait for an open Socket Mode connection (and, with `total`, that many ever opened)."""
        deadline = time.monotonic() + timeout
        while not (self.connected_sockets and (total is None or self._socket_total >= total)):
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"no Socket Mode connection within {timeout}s "
                    f"(open: {self.connected_sockets}, ever: {self._socket_total})"
                )
            await asyncio.sleep(0.01)

    # ---------------------------------------------------------------- seeding state

    def add_message(
        self,
        channel: str,
        text: str,
        user: str = "U1",
        ts: str | None = None,
        thread_ts: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """Put a message in a channel's history as if someone had written it."""
        message: dict[str, Any] = {
            "type": "message",
            "channel": channel,
            "user": user,
            "text": text,
            "ts": ts or self._next_ts(),
            **extra,
        }
        if thread_ts:
            message["thread_ts"] = thread_ts
        with self._lock:
            self._messages.append(message)
        return dict(message)

    def add_file(
        self,
        file_id: str,
        name: str,
        content: bytes | str,
        *,
        user: str = "U1",
        filetype: str | None = None,
        mimetype: str | None = None,
        size: int | None = None,
    ) -> dict[str, Any]:
        """A file someone uploaded: its bytes are served at the returned `url_private_download`.

        The download needs the bot token (`Authorization: Bearer xoxb-…`); without it the fake
        answers what files.slack.com does: 200 with an HTML login page. `size` overrides the
        size Slack reports (to test size checks without serving megabytes).
        """
        data = content.encode() if isinstance(content, str) else content
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        now = int(time.time())
        base = f"{self.base_url}/files-pri/{TEAM_ID}-{file_id}"
        file: dict[str, Any] = {
            "id": file_id,
            "created": now,
            "timestamp": now,
            "name": name,
            "title": name,
            "mimetype": mimetype
            or ("text/csv" if extension == "csv" else "application/octet-stream"),
            "filetype": filetype or extension or "binary",
            "pretty_type": (filetype or extension or "binary").upper(),
            "user": user,
            "user_team": TEAM_ID,
            "mode": "hosted",
            "editable": False,
            "is_external": False,
            "external_type": "",
            "is_public": False,
            "size": len(data) if size is None else size,
            "url_private": f"{base}/{quote(name)}",
            "url_private_download": f"{base}/download/{quote(name)}",
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user}/{file_id}/{quote(name)}",
        }
        with self._lock:
            self._shared_files[file_id] = (file, data)
        return dict(file)

    # ---------------------------------------------------------------- Socket Mode

    async def send_envelope(
        self,
        type: EnvelopeType,
        payload: dict[str, Any],
        envelope_id: str | None = None,
        retry_attempt: int = 0,
        retry_reason: str = "",
        timeout: float = WAIT_BUDGET_SECONDS,
        wait_ack: bool = True,
    ) -> dict[str, Any]:
        """Push an envelope to the connected client and return its ack.

        The ack is what the client sent back: {"envelope_id": ..., "payload": {...}?}. Raises
        `AckTimeout` if none arrives within `timeout`. With `wait_ack=False` returns the
        envelope sent (wait later with `wait_ack_for(envelope_id)`).
        """
        event = payload.get("event") if type == "events_api" else None
        if isinstance(event, dict) and event.get("type") == "app_mention" and event.get("channel"):
            # Slack delivers a mention only from a channel the app is in (inviting it is part
            # of mentioning it there).
            self.invite(str(event["channel"]))
        if self.deliver_in_process is not None:
            # The harness feeds the app in process (Bolt's async_dispatch): no socket. The
            # ack is kept like a Socket Mode one.
            ack = await self.deliver_in_process(type, payload, retry_attempt, retry_reason)
            with self._lock:
                self._acks.append(ack)
            return ack
        await self.wait_connected(timeout)
        envelope_id = envelope_id or str(uuid.uuid4())
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": type,
            "accepts_response_payload": _accepts_response_payload(type, payload),
        }
        if type == "events_api":
            envelope["retry_attempt"] = retry_attempt
            envelope["retry_reason"] = retry_reason
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending_acks[envelope_id] = future
        socket = next(s for s in reversed(self._sockets) if not s.closed)
        with self._lock:
            self._envelopes.append(envelope)
        await socket.send_str(json.dumps(envelope))
        if not wait_ack:
            return envelope
        return await self.wait_ack_for(envelope_id, timeout)

    async def wait_ack_for(
        self, envelope_id: str, timeout: float = WAIT_BUDGET_SECONDS
    ) -> dict[str, Any]:
        future = self._pending_acks.get(envelope_id)
        if future is None:
            for ack in self.acks():
                if ack.get("envelope_id") == envelope_id:
                    return ack
            raise KeyError(f"no envelope {envelope_id} was sent")
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError as exc:
            raise AckTimeout(
                f"envelope {envelope_id} was not acked within {timeout}s "
                "(no listener matched, or the handler failed before ack)"
            ) from exc

    async def send_event(
        self, event: dict[str, Any], event_id: str | None = None, **envelope_options: Any
    ) -> dict[str, Any]:
        """`send_envelope("events_api", event_callback(event))` in one call."""
        return await self.send_envelope(
            "events_api", event_callback(event, event_id=event_id), **envelope_options
        )

    async def drop_socket_connections(
        self, send_disconnect: bool = True, reason: str = "refresh_requested"
    ) -> int:
        """Close every Socket Mode connection, as Slack does when it rotates them.

        With `send_disconnect` a {"type": "disconnect"} message goes first (what Slack sends),
        which makes slack_sdk reconnect at once. Returns how many were dropped.
        """
        dropped = 0
        for socket in list(self._sockets):
            if socket.closed:
                continue
            if send_disconnect:
                await socket.send_str(
                    json.dumps(
                        {
                            "type": "disconnect",
                            "reason": reason,
                            "debug_info": {"host": "fake-applink"},
                        }
                    )
                )
            await socket.close()
            dropped += 1
        return dropped

    async def _handle_socket(self, request: web.Request) -> web.StreamResponse:
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        self._sockets.append(socket)
        self._socket_total += 1
        await socket.send_str(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": self.connected_sockets,
                    "debug_info": {
                        "host": "fake-applink",
                        "build_number": 1,
                        "approximate_connection_time": 18060,
                    },
                    "connection_info": {"app_id": APP_ID},
                }
            )
        )
        try:
            async for frame in socket:
                if frame.type != WSMsgType.TEXT:
                    continue
                try:
                    ack = json.loads(frame.data)
                except ValueError:
                    continue
                envelope_id = ack.get("envelope_id") if isinstance(ack, dict) else None
                if not envelope_id:
                    continue
                with self._lock:
                    self._acks.append(ack)
                future = self._pending_acks.pop(envelope_id, None)
                if future is not None and not future.done():
                    future.set_result(ack)
        finally:
            if socket in self._sockets:
                self._sockets.remove(socket)
        return socket

    # ---------------------------------------------------------------- HTTP endpoints

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await _read_params(request)
        call = Call(
            method=method,
            params=params,
            headers=dict(request.headers),
            at=time.time(),
            path=request.path,
        )
        reply = await self._fault_or_hook(call)
        stored_then_fail = reply is not None and reply.stored
        if reply is None or stored_then_fail:
            normal = self._process_api(method, call)
            if not stored_then_fail:
                reply = normal
        assert reply is not None
        return self._answer(call, reply)[0]

    def _process_api(self, method: str, call: Call) -> FakeReply:
        if not call.token:
            return FakeReply({"ok": False, "error": "not_authed"})
        if method == "apps.connections.open" and not call.token.startswith("xapp-"):
            return FakeReply({"ok": False, "error": "not_allowed_token_type"})
        if not call.token.startswith("xox") and method != "apps.connections.open":
            return FakeReply({"ok": False, "error": "invalid_auth"})
        refusal = self._access_refusal(method, call)
        if refusal is not None:
            return FakeReply(refusal)
        handler = _API_HANDLERS.get(method)
        return FakeReply(handler(self, call) if handler else {"ok": True})

    def _call_channel(self, call: Call) -> str:
        return _dm_channel(str(call.params.get("channel") or call.params.get("channel_id") or ""))

    def _access_refusal(self, method: str, call: Call) -> dict[str, Any] | None:
        """missing_scope / not_in_channel, as Slack answers them (None: allowed)."""
        channel = self._call_channel(call)
        kind = self.channel_kind(channel) if channel else None
        needed = scope_needed(method, kind)
        if needed is not None and needed not in self.scopes:
            return {
                "ok": False,
                "error": "missing_scope",
                "needed": needed,
                "provided": ",".join(sorted(self.scopes)),
            }
        if (
            method in _MEMBERSHIP_METHODS
            and channel
            and kind != "im"
            and channel not in self.bot_channels
        ):
            return {"ok": False, "error": "not_in_channel"}
        return None

    async def _handle_response_url(self, request: web.Request) -> web.StreamResponse:
        params = await _read_params(request)
        if isinstance(params.get("text"), str) and len(params["text"]) > MAX_TEXT_CHARS:
            # What staff would see: Slack keeps the first 40,000 characters.
            params = {**params, "text": params["text"][:MAX_TEXT_CHARS], "truncated": True}
        call = Call(
            method="response_url",
            params=params,
            headers=dict(request.headers),
            at=time.time(),
            path=request.path,
        )
        reply = await self._fault_or_hook(call) or FakeReply({"ok": True})
        response, recorded = self._answer(call, reply)
        if reply.status == 200:
            with self._lock:
                self._responses.append(recorded)
        return response

    async def _handle_upload(self, request: web.Request) -> web.StreamResponse:
        file_id = request.match_info["file_id"]
        content = await _read_upload_bytes(request)
        call = Call(
            method="file_upload",
            params={"file_id": file_id, "length": len(content)},
            headers=dict(request.headers),
            at=time.time(),
            path=request.path,
        )
        reply = await self._fault_or_hook(call)
        if reply is None:
            with self._lock:
                pending = self._pending_uploads.get(file_id)
                if pending is None:
                    reply = FakeReply({"ok": False, "error": "file_not_found"}, status=404)
                else:
                    pending["content"] = content
                    reply = FakeReply({"ok": True})
        # The real upload endpoint answers plain text "OK - <length>"; slack_sdk only checks 200.
        return self._answer(call, reply)[0]

    async def _handle_file_download(self, request: web.Request) -> web.StreamResponse:
        file_id = request.match_info["team_file"].rpartition("-")[2]
        call = Call(
            method="file_download",
            params={"file_id": file_id, "name": request.match_info["name"]},
            headers=dict(request.headers),
            at=time.time(),
            path=request.path,
        )
        reply = await self._fault_or_hook(call)
        if reply is not None:
            return self._answer(call, reply)[0]
        with self._lock:
            stored = self._shared_files.get(file_id)
        token = call.token or ""
        if stored is None:
            status, body, content_type = 404, b"Not Found", "text/plain"
        elif not token.startswith("xox"):
            # files.slack.com answers an unauthenticated download with its sign-in page.
            status, body = 200, b"<!DOCTYPE html><html><body>Sign in to Slack</body></html>"
            content_type = "text/html"
        else:
            status, body, content_type = 200, stored[1], str(stored[0]["mimetype"])
        recorded = Call(
            method=call.method,
            params={**call.params, "length": len(body)},
            headers=call.headers,
            at=call.at,
            status=status,
            response={"ok": status == 200 and content_type != "text/html"},
            path=call.path,
        )
        with self._lock:
            self._calls.append(recorded)
        return web.Response(body=body, status=status, content_type=content_type)

    def _answer(self, call: Call, reply: FakeReply) -> tuple[web.StreamResponse, Call]:
        recorded = Call(
            method=call.method,
            params=call.params,
            headers=call.headers,
            at=call.at,
            status=reply.status,
            response=reply.body,
            path=call.path,
        )
        with self._lock:
            self._calls.append(recorded)
        response = web.json_response(reply.body, status=reply.status, headers=reply.headers)
        return response, recorded

    async def _fault_or_hook(self, call: Call) -> FakeReply | None:
        with self._lock:
            hooks = [hook for method, hook in self._hooks if method in (None, call.method)]
        for hook in hooks:
            result = hook(call)
            if inspect.isawaitable(result):
                result = await result
            if result is not None:
                return result
        with self._lock:
            fault = next((f for f in self._faults if f.method == call.method and f.take()), None)
            if fault is not None:
                self._faults = [f for f in self._faults if f.times is None or f.times > 0]
            chaos_reply = None
            if fault is None and self._chaos is not None and self._chaos.applies_to(call.method):
                chaos_reply = self._chaos_reply(self._chaos)
        if fault is not None:
            if fault.hang_seconds:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), fault.hang_seconds)
                return None
            reply = _fault_reply(fault.status, fault.error, fault.retry_after)
            return FakeReply(reply.body, reply.status, reply.headers, stored=fault.stored)
        return chaos_reply

    @staticmethod
    def _chaos_reply(chaos: _Chaos) -> FakeReply | None:
        roll = chaos.rng.random()
        if roll < chaos.rate_429:
            return _fault_reply(429, "ratelimited", chaos.retry_after)
        if roll < chaos.rate_429 + chaos.rate_500:
            return _fault_reply(500, "internal_error", None)
        return None

    # ---------------------------------------------------------------- Web API methods

    def _next_ts(self) -> str:
        with self._lock:
            now_us = time.time_ns() // 1000
            self._last_ts_us = max(now_us, self._last_ts_us + 1)
            ts_us = self._last_ts_us
        return f"{ts_us // 1_000_000}.{ts_us % 1_000_000:06d}"

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):08d}"

    def _default_user(self, user_id: str) -> dict[str, Any]:
        return {
            "id": user_id,
            "team_id": TEAM_ID,
            "name": user_id.lower(),
            "real_name": f"User {user_id}",
            "tz": "Asia/Shanghai",
            "tz_offset": 28800,
            "locale": "zh-CN",
            "is_bot": user_id == BOT_USER_ID,
            "deleted": False,
            "profile": {
                "display_name": user_id.lower(),
                "real_name": f"User {user_id}",
                "email": f"{user_id.lower()}@example.com",
            },
        }

    def _api_auth_test(self, call: Call) -> dict[str, Any]:
        return {
            "ok": True,
            "url": f"https://{TEAM_DOMAIN}.slack.com/",
            "team": "Fake Team",
            "user": "onboard-bot",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _api_post_message(self, call: Call) -> dict[str, Any]:
        channel = _dm_channel(str(call.params.get("channel") or ""))
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        text = call.params.get("text")
        blocks = call.param_json("blocks")
        attachments = call.param_json("attachments")
        if not text and not blocks and not attachments:
            return {"ok": False, "error": "no_text"}
        problem = message_problem(blocks)
        if problem:
            return _blocks_error(*problem)
        message: dict[str, Any] = {
            "type": "message",
            "channel": channel,
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            # Slack keeps the first 40,000 characters of `text` and drops the rest.
            "text": (text or "")[:MAX_TEXT_CHARS],
            "ts": self._next_ts(),
        }
        if blocks:
            message["blocks"] = blocks
        if attachments:
            message["attachments"] = attachments
        if call.params.get("thread_ts"):
            message["thread_ts"] = str(call.params["thread_ts"])
        if call.params.get("metadata"):
            message["metadata"] = call.param_json("metadata")
        with self._lock:
            self._messages.append(message)
        public = {k: v for k, v in message.items() if k != "channel"}
        return {"ok": True, "channel": channel, "ts": message["ts"], "message": public}

    def _find_message(self, channel: str, ts: str) -> dict[str, Any] | None:
        return next((m for m in self._messages if m["channel"] == channel and m["ts"] == ts), None)

    def _api_update(self, call: Call) -> dict[str, Any]:
        channel = _dm_channel(str(call.params.get("channel") or ""))
        ts = str(call.params.get("ts") or "")
        with self._lock:
            message = self._find_message(channel, ts)
            if message is None:
                return {"ok": False, "error": "message_not_found"}
            problem = message_problem(call.param_json("blocks"))
            if problem:
                return _blocks_error(*problem)
            if "text" in call.params:
                message["text"] = str(call.params["text"])[:MAX_TEXT_CHARS]
            if "blocks" in call.params:
                message["blocks"] = call.param_json("blocks")
            message["edited"] = {"user": BOT_USER_ID, "ts": self._next_ts()}
            text = message["text"]
        return {"ok": True, "channel": channel, "ts": ts, "text": text}

    def _api_delete(self, call: Call) -> dict[str, Any]:
        channel = _dm_channel(str(call.params.get("channel") or ""))
        ts = str(call.params.get("ts") or "")
        with self._lock:
            message = self._find_message(channel, ts)
            if message is None:
                return {"ok": False, "error": "message_not_found"}
            self._messages.remove(message)
        return {"ok": True, "channel": channel, "ts": ts}

    def _api_post_ephemeral(self, call: Call) -> dict[str, Any]:
        channel = _dm_channel(str(call.params.get("channel") or ""))
        user = str(call.params.get("user") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not user:
            return {"ok": False, "error": "user_not_found"}
        problem = message_problem(call.param_json("blocks"))
        if problem:
            return _blocks_error(*problem)
        ts = self._next_ts()
        with self._lock:
            self._ephemerals.append(
                {
                    "channel": channel,
                    "user": user,
                    "text": call.params.get("text") or "",
                    "blocks": call.param_json("blocks"),
                    "ts": ts,
                }
            )
        return {"ok": True, "message_ts": ts}

    def _api_conversations_open(self, call: Call) -> dict[str, Any]:
        users = [u for u in str(call.params.get("users") or "").split(",") if u]
        if len(users) != 1:
            return {"ok": False, "error": "users_list_not_supplied"}
        return {"ok": True, "channel": {"id": "D" + users[0], "is_im": True, "user": users[0]}}

    def _api_conversations_history(self, call: Call) -> dict[str, Any]:
        channel = _dm_channel(str(call.params.get("channel") or ""))
        inclusive = str(call.params.get("inclusive", "")).lower() in {"1", "true"}
        messages = [
            {key: value for key, value in m.items() if key != "channel"}
            for m in self.messages(channel)
            if not m.get("thread_ts") or m.get("thread_ts") == m["ts"]
        ]
        messages = _within(
            messages, call.params.get("oldest"), call.params.get("latest"), inclusive
        )
        return _page(messages, call.params.get("limit"), default_limit=100)

    def _api_conversations_replies(self, call: Call) -> dict[str, Any]:
        channel = _dm_channel(str(call.params.get("channel") or ""))
        ts = str(call.params.get("ts") or "")
        thread = [m for m in self.messages(channel) if m["ts"] == ts or m.get("thread_ts") == ts]
        if not thread:
            return {"ok": False, "error": "thread_not_found"}
        # replies is oldest first (unlike history)
        return {"ok": True, "messages": thread, "has_more": False}

    def _record_view(self, call: Call, method: str) -> dict[str, Any]:
        view = call.param_json("view")
        if not isinstance(view, dict):
            return {"ok": False, "error": "invalid_arguments"}
        problem = view_problem(view)
        if problem:
            return {
                "ok": False,
                "error": "invalid_arguments",
                "response_metadata": {"messages": [f"[ERROR] {problem}"]},
            }
        if method in {"views.open", "views.push"} and not call.params.get("trigger_id"):
            return {"ok": False, "error": "invalid_trigger_id"}
        if method == "views.publish" and not call.params.get("user_id"):
            return {"ok": False, "error": "invalid_arguments"}
        if method == "views.update" and not (
            call.params.get("view_id") or call.params.get("external_id")
        ):
            return {"ok": False, "error": "invalid_arguments"}
        view_id = str(call.params.get("view_id") or self._next_id("V"))
        stored = {
            "id": view_id,
            "team_id": TEAM_ID,
            "app_id": APP_ID,
            "bot_id": BOT_ID,
            "hash": uuid.uuid4().hex[:16],
            "state": {"values": {}},
            **view,
        }
        record = {
            "method": method,
            "view": stored,
            "view_id": view_id,
            "user_id": call.params.get("user_id"),
            "trigger_id": call.params.get("trigger_id"),
        }
        with self._lock:
            self._views.append(record)
            if method == "views.publish":
                self._home_views[str(call.params["user_id"])] = stored
        return {"ok": True, "view": stored}

    def _api_users_info(self, call: Call) -> dict[str, Any]:
        user_id = str(call.params.get("user") or "")
        if not user_id:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": self.users.get(user_id) or self._default_user(user_id)}

    def _api_usergroups_users_list(self, call: Call) -> dict[str, Any]:
        group = str(call.params.get("usergroup") or "")
        if group not in self.usergroups:
            return {"ok": False, "error": "no_such_subteam"}
        return {"ok": True, "users": list(self.usergroups[group])}

    def _api_files_info(self, call: Call) -> dict[str, Any]:
        with self._lock:
            stored = self._shared_files.get(str(call.params.get("file") or ""))
        if stored is None:
            return {"ok": False, "error": "file_not_found"}
        return {"ok": True, "file": dict(stored[0])}

    def _api_connections_open(self, call: Call) -> dict[str, Any]:
        ticket = uuid.uuid4().hex
        return {
            "ok": True,
            "url": f"ws://{self._host}:{self._port}/socket?ticket={ticket}&app_id={APP_ID}",
        }

    def _api_get_upload_url(self, call: Call) -> dict[str, Any]:
        filename = str(call.params.get("filename") or "")
        length = call.params.get("length")
        if not filename or length in (None, ""):
            return {"ok": False, "error": "invalid_arguments"}
        file_id = self._next_id("F")
        with self._lock:
            self._pending_uploads[file_id] = {
                "filename": filename,
                "length": int(length),
                "content": None,
            }
        return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}

    def _api_complete_upload(self, call: Call) -> dict[str, Any]:
        files = call.param_json("files")
        if not isinstance(files, list) or not files:
            return {"ok": False, "error": "invalid_arguments"}
        channel = call.params.get("channel_id") or call.params.get("channels")
        done: list[UploadedFile] = []
        with self._lock:
            for item in files:
                pending = self._pending_uploads.get(str(item.get("id")))
                if pending is None or pending["content"] is None:
                    return {"ok": False, "error": "file_not_found"}
                done.append(
                    UploadedFile(
                        file_id=str(item["id"]),
                        filename=pending["filename"],
                        title=item.get("title"),
                        content=pending["content"],
                        channel=str(channel) if channel else None,
                        initial_comment=call.params.get("initial_comment"),
                        thread_ts=call.params.get("thread_ts"),
                    )
                )
            for uploaded in done:
                del self._pending_uploads[uploaded.file_id]
            self._uploads.extend(done)
        return {
            "ok": True,
            "files": [
                {
                    "id": f.file_id,
                    "name": f.filename,
                    "title": f.title or f.filename,
                    "size": len(f.content),
                }
                for f in done
            ],
        }


_API_HANDLERS: dict[str, Callable[[FakeSlack, Call], dict[str, Any]]] = {
    "auth.test": FakeSlack._api_auth_test,
    "chat.postMessage": FakeSlack._api_post_message,
    "chat.update": FakeSlack._api_update,
    "chat.delete": FakeSlack._api_delete,
    "chat.postEphemeral": FakeSlack._api_post_ephemeral,
    "conversations.open": FakeSlack._api_conversations_open,
    "conversations.history": FakeSlack._api_conversations_history,
    "conversations.replies": FakeSlack._api_conversations_replies,
    "views.open": lambda fake, call: fake._record_view(call, "views.open"),
    "views.update": lambda fake, call: fake._record_view(call, "views.update"),
    "views.push": lambda fake, call: fake._record_view(call, "views.push"),
    "views.publish": lambda fake, call: fake._record_view(call, "views.publish"),
    "users.info": FakeSlack._api_users_info,
    "usergroups.users.list": FakeSlack._api_usergroups_users_list,
    "apps.connections.open": FakeSlack._api_connections_open,
    "files.getUploadURLExternal": FakeSlack._api_get_upload_url,
    "files.completeUploadExternal": FakeSlack._api_complete_upload,
    "files.info": FakeSlack._api_files_info,
}


# Methods that act on a conversation the bot must be a member of (DMs excepted).
_MEMBERSHIP_METHODS = frozenset(
    {
        "chat.postMessage",
        "chat.update",
        "chat.delete",
        "chat.postEphemeral",
        "conversations.history",
        "conversations.replies",
        "files.completeUploadExternal",
    }
)


def _blocks_error(error: str, detail: str) -> dict[str, Any]:
    return {"ok": False, "error": error, "response_metadata": {"messages": [f"[ERROR] {detail}"]}}


def _fault_reply(status: int, error: str | None, retry_after: int | None) -> FakeReply:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    return FakeReply(
        {"ok": False, "error": error or "internal_error"}, status=status, headers=headers
    )


def _dm_channel(channel: str) -> str:
    # Posting to a user id lands in the bot's DM with that user, as on real Slack.
    if channel[:1] in {"U", "W"}:
        return "D" + channel
    return channel


def _within(
    messages: list[dict[str, Any]], oldest: Any, latest: Any, inclusive: bool
) -> list[dict[str, Any]]:
    def key(ts: Any) -> tuple[int, int]:
        seconds, _, micros = str(ts).partition(".")
        return int(seconds or 0), int((micros or "0").ljust(6, "0")[:6])

    selected = messages
    if oldest not in (None, ""):
        low = key(oldest)
        selected = [
            m for m in selected if key(m["ts"]) > low or (inclusive and key(m["ts"]) == low)
        ]
    if latest not in (None, ""):
        high = key(latest)
        selected = [
            m for m in selected if key(m["ts"]) < high or (inclusive and key(m["ts"]) == high)
        ]
    return sorted(selected, key=lambda m: key(m["ts"]), reverse=True)


def _page(messages: list[dict[str, Any]], limit: Any, default_limit: int) -> dict[str, Any]:
    size = int(limit) if limit not in (None, "") else default_limit
    page = messages[:size]
    return {"ok": True, "messages": page, "has_more": len(messages) > size}


def _accepts_response_payload(type: str, payload: dict[str, Any]) -> bool:
    if type == "slash_commands":
        return True
    if type == "interactive":
        return payload.get("type") in {"view_submission", "block_suggestion"}
    return False


async def _read_params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)
    if request.method != "POST" or not request.can_read_body:
        return params
    content_type = request.content_type
    if content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
    elif content_type in {"application/x-www-form-urlencoded", "multipart/form-data"}:
        form = await request.post()
        for key, value in form.items():
            params[key] = value if isinstance(value, str) else getattr(value, "filename", value)
    else:
        raw = await request.text()
        if raw:
            params.update(parse_qsl(raw, keep_blank_values=True))
    return params


async def _read_upload_bytes(request: web.Request) -> bytes:
    if request.content_type == "multipart/form-data":
        form = await request.post()
        for value in form.values():
            file = getattr(value, "file", None)
            if file is not None:
                return file.read()
        return b""
    return await request.read()


# --------------------------------------------------------------------------------------------
# The same server in a background thread (sync tests, subprocess bots, other event loops)


class FakeSlackThread:
    """Runs a `FakeSlack` on its own event loop in a daemon thread.

    Query helpers (`calls`, `messages`, …) and configuration (`fail`, `chaos`, …) are forwarded
    to the fake (they are thread-safe); coroutines get blocking wrappers here. Hooks registered
    with `on_call` run on the fake's thread.
    """

    def __init__(self) -> None:
        self.fake = FakeSlack()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="fake-slack", daemon=True
        )

    def start(self) -> FakeSlackThread:
        self._thread.start()
        self._run(self.fake.start())
        return self

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        self._run(self.fake.stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> FakeSlackThread:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _run(self, coroutine: Awaitable[Any], timeout: float | None = 30.0) -> Any:
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)  # type: ignore[arg-type]
        return future.result(timeout)

    def __getattr__(self, name: str) -> Any:
        # Everything not async (api_url, calls, messages, fail, chaos, reset, …) is the fake's.
        return getattr(self.fake, name)

    @property
    def api_url(self) -> str:
        return self.fake.api_url

    def send_envelope(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        timeout = kwargs.get("timeout", 5.0)
        return self._run(self.fake.send_envelope(*args, **kwargs), timeout + 5)

    def send_event(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        timeout = kwargs.get("timeout", 5.0)
        return self._run(self.fake.send_event(*args, **kwargs), timeout + 5)

    def drop_socket_connections(self, *args: Any, **kwargs: Any) -> int:
        return self._run(self.fake.drop_socket_connections(*args, **kwargs))

    def wait_connected(
        self, timeout: float = WAIT_BUDGET_SECONDS, total: int | None = None
    ) -> None:
        self._run(self.fake.wait_connected(timeout, total), timeout + 5)

    def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = WAIT_BUDGET_SECONDS,
        predicate: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        return self._run(self.fake.wait_for(method, count, timeout, predicate), timeout + 5)

    def wait_until(
        self, condition: Callable[[], bool], timeout: float = WAIT_BUDGET_SECONDS, message: str = ""
    ) -> None:
        self._run(self.fake.wait_until(condition, timeout, message), timeout + 5)

    def run(self, coroutine: Awaitable[Any], timeout: float | None = 30.0) -> Any:
        """Run any coroutine of the fake on its loop, e.g. `run(fake.fake.wait_ack_for(id))`."""
        return self._run(coroutine, timeout)


# --------------------------------------------------------------------------------------------
# HTTP-mode helpers: signatures and Slack's payload shapes


def sign_request(
    body: bytes | str, secret: str = SIGNING_SECRET, timestamp: int | None = None
) -> dict[str, str]:
    """Headers that make Bolt's signature check accept `body` (v0 HMAC-SHA256)."""
    raw = body.encode() if isinstance(body, str) else body
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + ts.encode() + b":" + raw
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def _now_ts() -> str:
    now_us = time.time_ns() // 1000
    return f"{now_us // 1_000_000}.{now_us % 1_000_000:06d}"


def event_callback(
    event: dict[str, Any], team_id: str = TEAM_ID, event_id: str | None = None
) -> dict[str, Any]:
    """The Events API envelope (HTTP body / Socket Mode payload) around an event."""
    return {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "context_team_id": team_id,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-{uuid.uuid4().hex}",
    }


def dm_message_event(
    user: str,
    text: str,
    channel: str | None = None,
    ts: str | None = None,
    team_id: str = TEAM_ID,
    thread_ts: str | None = None,
    *,
    encode: bool = True,
) -> dict[str, Any]:
    """A `message.im` event: `user` wrote `text` in their DM with the bot.

    The text arrives the way Slack encodes it (`slack_encode`: `&amp;`, `<mailto:…|…>`, …);
    `encode=False` sends `text` exactly as given."""
    ts = ts or _now_ts()
    event: dict[str, Any] = {
        "type": "message",
        "client_msg_id": str(uuid.uuid4()),
        "channel": channel or f"D{user}",
        "user": user,
        "text": slack_encode(text) if encode else text,
        "ts": ts,
        "event_ts": ts,
        "team": team_id,
        "channel_type": "im",
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def file_share_event(
    user: str,
    files: list[dict[str, Any]],
    text: str = "",
    channel: str | None = None,
    ts: str | None = None,
    team_id: str = TEAM_ID,
    thread_ts: str | None = None,
) -> dict[str, Any]:
    """A `message.im` event with subtype `file_share`: `user` shared `files` in their DM."""
    event = dm_message_event(user, text, channel, ts, team_id, thread_ts)
    event.update({"subtype": "file_share", "files": files, "upload": False})
    event["display_as_bot"] = False
    return event


def app_mention_event(
    user: str,
    text: str,
    channel: str = "C1",
    ts: str | None = None,
    team_id: str = TEAM_ID,
    thread_ts: str | None = None,
    mention: bool = True,
    *,
    encode: bool = True,
) -> dict[str, Any]:
    """An `app_mention` event; `text` gets the "<@UBOT> " prefix Slack adds unless mention=False.

    The text is Slack-encoded like `dm_message_event`'s (`encode=False`: as given)."""
    ts = ts or _now_ts()
    text = slack_encode(text) if encode else text
    full_text = f"<@{BOT_USER_ID}> {text}" if mention and f"<@{BOT_USER_ID}>" not in text else text
    event: dict[str, Any] = {
        "type": "app_mention",
        "client_msg_id": str(uuid.uuid4()),
        "user": user,
        "text": full_text,
        "ts": ts,
        "event_ts": ts,
        "channel": channel,
        "team": team_id,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def app_home_opened_event(
    user: str, tab: str = "home", view: dict[str, Any] | None = None
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "app_home_opened",
        "user": user,
        "channel": f"D{user}",
        "tab": tab,
        "event_ts": _now_ts(),
    }
    if view is not None:
        event["view"] = view
    return event


def slash_command_payload(
    command: str,
    text: str,
    user_id: str,
    team_id: str = TEAM_ID,
    response_url: str = "https://hooks.slack.com/commands/T1/1/fake",
    channel_id: str | None = None,
    trigger_id: str | None = None,
    *,
    encode: bool = True,
) -> dict[str, str]:
    """A slash command as Socket Mode delivers it (the parsed form); `text` Slack-encoded
    like a message's (`encode=False`: as given)."""
    return {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "team_domain": TEAM_DOMAIN,
        "channel_id": channel_id or f"D{user_id}",
        "channel_name": "directmessage",
        "user_id": user_id,
        "user_name": user_id.lower(),
        "command": command,
        "text": slack_encode(text) if encode else text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or f"{uuid.uuid4().int % 10**13}.{uuid.uuid4().hex[:8]}",
    }


def slash_command_form(
    command: str,
    text: str,
    user_id: str,
    team_id: str = TEAM_ID,
    response_url: str = "https://hooks.slack.com/commands/T1/1/fake",
    channel_id: str | None = None,
    trigger_id: str | None = None,
) -> str:
    """A slash command as HTTP mode delivers it: the url-encoded request body."""
    return urlencode(
        slash_command_payload(command, text, user_id, team_id, response_url, channel_id, trigger_id)
    )


def _user_object(user: str, team_id: str) -> dict[str, Any]:
    return {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team_id}


def block_actions_payload(
    user: str,
    action_id: str,
    value: str | None = None,
    block_id: str = "actions",
    channel: str | None = None,
    message_ts: str | None = None,
    trigger_id: str | None = None,
    team_id: str = TEAM_ID,
    action_type: str = "button",
    selected_options: list[str] | None = None,
    view: dict[str, Any] | None = None,
    message: dict[str, Any] | None = None,
    response_url: str = "https://hooks.slack.com/actions/T1/1/fake",
) -> dict[str, Any]:
    """A `block_actions` payload: a click in a message (default) or in a view (`view=`).

    For selects/checkboxes pass `selected_options` (values); their labels echo the values.
    """
    action: dict[str, Any] = {
        "action_id": action_id,
        "block_id": block_id,
        "type": action_type,
        "action_ts": _now_ts(),
    }
    if value is not None:
        action["value"] = value
        if action_type == "button":
            action["text"] = {"type": "plain_text", "text": value, "emoji": True}
    if selected_options is not None:
        options = [
            {"text": {"type": "plain_text", "text": v, "emoji": True}, "value": v}
            for v in selected_options
        ]
        if action_type in {"static_select", "radio_buttons"}:
            action["selected_option"] = options[0] if options else None
        else:
            action["selected_options"] = options
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user_object(user, team_id),
        "api_app_id": APP_ID,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or f"{uuid.uuid4().int % 10**13}.{uuid.uuid4().hex[:8]}",
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "state": {"values": {}},
        "actions": [action],
    }
    if view is not None:
        payload["container"] = {"type": "view", "view_id": view.get("id", "V1")}
        payload["view"] = view
    else:
        channel = channel or f"D{user}"
        message_ts = message_ts or _now_ts()
        payload["container"] = {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": False,
        }
        payload["channel"] = {"id": channel, "name": "directmessage"}
        payload["message"] = message or {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "ts": message_ts,
            "text": "",
            "blocks": [],
        }
        payload["response_url"] = response_url
    return payload


def text_input_state(values: dict[str, str | None], action_id: str = "value") -> dict[str, Any]:
    """`state.values` for modals made of plain-text inputs: {block_id: text}."""
    return {
        block_id: {action_id: {"type": "plain_text_input", "value": text}}
        for block_id, text in values.items()
    }


def view_submission_payload(
    user: str,
    callback_id: str,
    state_values: dict[str, Any],
    private_metadata: str = "",
    team_id: str = TEAM_ID,
    view_id: str = "V1",
    blocks: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A `view_submission` payload (modal submitted). `state_values` as in `text_input_state`."""
    return {
        "type": "view_submission",
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "user": _user_object(user, team_id),
        "api_app_id": APP_ID,
        "token": VERIFICATION_TOKEN,
        "trigger_id": f"{uuid.uuid4().int % 10**13}.{uuid.uuid4().hex[:8]}",
        "view": {
            "id": view_id,
            "team_id": team_id,
            "type": "modal",
            "blocks": blocks or [],
            "private_metadata": private_metadata,
            "callback_id": callback_id,
            "state": {"values": state_values},
            "hash": uuid.uuid4().hex[:16],
            "title": {"type": "plain_text", "text": "Form", "emoji": True},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": None,
            "submit": {"type": "plain_text", "text": "Submit", "emoji": True},
            "previous_view_id": None,
            "root_view_id": view_id,
            "app_id": APP_ID,
            "external_id": "",
            "app_installed_team_id": team_id,
            "bot_id": BOT_ID,
        },
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }


def interactive_form(payload: dict[str, Any]) -> str:
    """An interactive payload as HTTP mode delivers it: `payload=<json>` url-encoded."""
    return urlencode({"payload": json.dumps(payload)})
