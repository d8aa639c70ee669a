"""Helpers for the Slack handler tests: a scripted engine and the real app on the fake Slack.

A plain module (not conftest) so tests can import it by a unique name; the fixtures are
re-exported by tests/handlers/conftest.py.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlite_utils
from fakeslack import WAIT_BUDGET_SECONDS, FakeSlack
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.config import Settings
from bot.conversation.types import (
    Choice,
    ConversationKey,
    MarketProgress,
    Notification,
    Progress,
    Reply,
)
from handlers.app import build_app

STAFF_USER = "USTAFF"
VENDOR_USER = "UVENDOR"
STAFF_CHANNEL = "CSTAFF"


@dataclass
class ScriptedEngine:
    """Stands in for the conversation core: predictable replies, every call recorded."""

    calls: list[tuple[str, Any, Any]] = field(default_factory=list)
    # What progress() reports: a ticket form is applied only while one is drafted/reviewed.
    ticket_status: str = "review"
    lang: str = "zh"

    # `on_commit` is accepted and not called, like an engine that commits nothing of the
    # adapter's: the handlers' TurnCommit.ensure then queues the reply itself.
    def start(self, key: ConversationKey, lang: Any = None, *, on_commit: Any = None) -> Reply:
        self.calls.append(("start", key, lang))
        return Reply(text="欢迎！要检查哪些市场？", choices=[Choice("api", "API市场")])

    def handle_text(self, key: ConversationKey, text: str, *, on_commit: Any = None) -> Reply:
        self.calls.append(("text", key, text))
        return Reply(text=f"收到：{text}", choices=[Choice("yes", "是"), Choice("no", "否")])

    def handle_choice(self, key: ConversationKey, value: str, *, on_commit: Any = None) -> Reply:
        self.calls.append(("choice", key, value))
        return Reply(
            text=f"API市场：符合条件 ({value})",
            notifications=[
                Notification(
                    "eligible", f"<@{key.user_id}> 符合 API市场", f"eligible:{key.user_id}:api"
                )
            ],
        )

    def submit_ticket_form(
        self, key: ConversationKey, fields: Mapping[str, str], *, on_commit: Any = None
    ) -> Reply | dict[str, str]:
        self.calls.append(("form", key, dict(fields)))
        if not fields.get("phone", "").startswith("1") or len(fields.get("phone", "")) != 11:
            return {"phone": "请填写中国大陆手机号，例如 13800138000"}
        return Reply(text=f"工单预览：{fields['company']}", form="ticket", form_values=dict(fields))

    def progress(self, team_id: str, user_id: str) -> Progress:
        self.calls.append(("progress", team_id, user_id))
        return Progress(
            lang=self.lang,  # type: ignore[arg-type]
            step="verdict",
            markets=["api"],
            answered=3,
            remaining=0,
            verdicts=[MarketProgress("api", "eligible")],
            ticket_status=self.ticket_status,  # type: ignore[arg-type]
        )


@dataclass
class SocketBot:
    """The real app on the fake Slack (over Socket Mode, or fed in process)."""

    fake: FakeSlack
    app: AsyncApp
    db: sqlite_utils.Database
    settings: Settings
    engine: Any


def dispatch_in_process(app: AsyncApp) -> Callable[..., Awaitable[dict[str, Any]]]:
    """Deliver envelopes straight to `app.async_dispatch`, as Bolt's Socket Mode adapter does
    once a frame arrives, with no transport in between; the ack comes back shaped as the
    adapter would send it. The default for handler tests (`FakeSlack.deliver_in_process`)."""

    async def deliver(
        type: str,  # noqa: A002 - the fake's name for it
        payload: dict[str, Any],
        retry_attempt: int = 0,
        retry_reason: str = "",
    ) -> dict[str, Any]:
        # Socket Mode's retry fields become the HTTP retry headers (as Bolt's adapter does).
        headers: dict[str, str] = {}
        if type == "events_api" and retry_attempt:
            headers["x-slack-retry-num"] = str(retry_attempt)
        if type == "events_api" and retry_reason:
            headers["x-slack-retry-reason"] = retry_reason
        request = AsyncBoltRequest(mode="socket_mode", body=payload, headers=headers or None)
        response = await app.async_dispatch(request)
        assert response.status == 200, (response.status, response.body)
        ack: dict[str, Any] = {"envelope_id": "in-process"}
        if response.body:
            content_type = (response.headers.get("content-type") or [""])[0]
            ack["payload"] = (
                json.loads(response.body)
                if content_type.startswith("application/json")
                else {"text": response.body}
            )
        return ack

    return deliver


async def start_dispatch_bot(
    fake: FakeSlack, db: sqlite_utils.Database, engine: Any, **settings_overrides: Any
) -> tuple[None, SocketBot, Callable[[], Awaitable[None]]]:
    """The real app and its outbox sender, fed in process; same shape as `start_socket_bot`
    (no handler: there is no transport). `fake.send_event` / `send_envelope` reach the app
    through Bolt's async_dispatch."""
    settings = fake.settings(
        onboard_staff_users=frozenset({STAFF_USER}),
        onboard_staff_channel=STAFF_CHANNEL,
        **settings_overrides,
    )
    app = build_app(settings, db, engine=engine)
    fake.deliver_in_process = dispatch_in_process(app)
    stop_outbox = asyncio.Event()
    outbox_task = asyncio.create_task(app.deps.outbox.run(stop_outbox))

    async def stop() -> None:
        stop_outbox.set()
        await outbox_task
        fake.deliver_in_process = None

    return None, SocketBot(fake, app, db, settings, engine), stop


@pytest.fixture
async def dispatch_bot(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> AsyncIterator[SocketBot]:
    """The real app fed in process (Bolt's async_dispatch) with the scripted engine."""
    _, bot, stop = await start_dispatch_bot(fake_slack, fresh_db, ScriptedEngine())
    try:
        yield bot
    finally:
        await stop()


async def start_socket_bot(
    fake: FakeSlack, db: sqlite_utils.Database, engine: Any, **settings_overrides: Any
) -> tuple[AsyncSocketModeHandler, SocketBot, Callable[[], Awaitable[None]]]:
    """Connect the real app to the fake; returns (handler, bot, stop) — call stop() after."""
    settings = fake.settings(
        onboard_staff_users=frozenset({STAFF_USER}),
        onboard_staff_channel=STAFF_CHANNEL,
        **settings_overrides,
    )
    app = build_app(settings, db, engine=engine)
    handler = AsyncSocketModeHandler(app, app_token=settings.slack_app_token)
    await handler.connect_async()
    await fake.wait_connected()
    stop_outbox = asyncio.Event()
    outbox_task = asyncio.create_task(app.deps.outbox.run(stop_outbox))

    async def stop() -> None:
        stop_outbox.set()
        await outbox_task
        await handler.close_async()

    return handler, SocketBot(fake, app, db, settings, engine), stop


@pytest.fixture
async def socket_bot(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> AsyncIterator[SocketBot]:
    """The real app over Socket Mode on the fake, with the scripted engine."""
    _, bot, stop = await start_socket_bot(fake_slack, fresh_db, ScriptedEngine())
    try:
        yield bot
    finally:
        await stop()


async def outbox_flushed(
    bot: SocketBot, *, at_least: int = 1, timeout: float = WAIT_BUDGET_SECONDS
) -> None:
    """Wait on the bot's own state: its outbox holds `at_least` rows and the sender has
    recorded every one as sent (Slack's answer is in, the ts committed)."""

    def flushed() -> bool:
        total, sent = bot.db.conn.execute("SELECT COUNT(*), COUNT(sent_at) FROM outbox").fetchone()
        return total >= at_least and sent == total

    await bot.fake.wait_until(
        flushed, timeout=timeout, message=f"the outbox to hold {at_least}+ rows, all sent"
    )


async def inbox_done(bot: SocketBot, inbox_id: str, timeout: float = WAIT_BUDGET_SECONDS) -> None:
    """Wait until the turn of inbox entry `inbox_id` has committed (its effects with it)."""

    def done() -> bool:
        row = bot.db.conn.execute(
            "SELECT status FROM slack_events WHERE event_id = ?", (inbox_id,)
        ).fetchone()
        return row is not None and row[0] == "done"

    await bot.fake.wait_until(done, timeout=timeout, message=f"inbox entry {inbox_id} done")


async def settle(seconds: float = 0.2) -> None:
    """Let work that runs after the ack finish (used only where nothing else can be awaited)."""
    await asyncio.sleep(seconds)


# Everything API市场 asks is on file except the two yes/no questions (a short walk-through).
API_PROFILE_ON_FILE: dict[str, Any] = {
    "license_date": "2015-01-01",
    "registered_capital": 5_000_000,
    "team_size": 50,
    "aftersales_support": "7x24",
    "online_cs": "7x24",
    "experience_years": {"api": 5},
    "api_integration": True,
    "agreements_accepted": True,
}


def buttons_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The buttons of a posted message, in order."""
    return [
        element
        for block in message.get("blocks") or []
        if block["type"] == "actions"
        for element in block["elements"]
        if element["type"] == "button"
    ]
