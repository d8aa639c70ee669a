"""HTTP mode under hostile input: every malformed signed payload is a 4xx without a traceback;
/healthz says 503 when the database cannot be written."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlite_utils
from fakeslack import (
    FakeSlack,
    block_actions_payload,
    dm_message_event,
    event_callback,
    interactive_form,
    sign_request,
    slash_command_form,
    text_input_state,
    view_submission_payload,
)

from bot.storage import open_db
from handlers import runner
from handlers.app import build_app
from handlers.blocks import TICKET_FORM_CALLBACK

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


@dataclass
class Server:
    url: str
    db: sqlite_utils.Database
    fake: FakeSlack


async def _serve(fake: FakeSlack, db: sqlite_utils.Database) -> AsyncIterator[Server]:
    settings = fake.settings()
    app = build_app(settings, db)
    stop = asyncio.Event()
    ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        runner.serve_http(
            settings, db, host="127.0.0.1", port=0, stop=stop, app=app, on_ready=ready.set_result
        )
    )
    port = await asyncio.wait_for(ready, 5)
    try:
        yield Server(f"http://127.0.0.1:{port}", db, fake)
    finally:
        stop.set()
        await task


@pytest.fixture
async def server(fake_slack: FakeSlack, fresh_db: sqlite_utils.Database) -> AsyncIterator[Server]:
    async for running in _serve(fake_slack, fresh_db):
        yield running


def _event(event: Any, **top: Any) -> str:
    envelope = event_callback(dm_message_event("UV1", "你好"))
    envelope["event"] = event
    envelope.update(top)
    return json.dumps(envelope)


def _view_without_user() -> str:
    payload = view_submission_payload(
        "UV1", TICKET_FORM_CALLBACK, text_input_state({"phone": "13800138000"})
    )
    del payload["user"]
    return interactive_form(payload)


def _actions(actions: Any) -> str:
    payload = block_actions_payload("UV1", "choice", "1")
    payload["actions"] = actions
    return interactive_form(payload)


MALFORMED: list[tuple[str, str, str]] = [
    (
        "nested 100,000 deep",
        '{"type": "event_callback", "event": ' + "[" * 100_000 + "]" * 100_000 + "}",
        JSON,
    ),
    ("nested 500 deep", '{"type": "event_callback", "event": ' + "[" * 500 + "]" * 500 + "}", JSON),
    ("type is a number", '{"type": 5}', JSON),
    ("type is null", '{"type": null, "event": {}}', JSON),
    ("event is a list", _event([{"type": "message"}]), JSON),
    ("event is a string", _event("message"), JSON),
    ("event type missing", _event({"user": "UV1", "text": "hi"}), JSON),
    (
        "event text is an object",
        _event(
            {
                "type": "message",
                "user": "UV1",
                "text": {"a": 1},
                "channel": "DUV1",
                "channel_type": "im",
            }
        ),
        JSON,
    ),
    (
        "event user is a list",
        _event(
            {
                "type": "message",
                "user": ["UV1"],
                "text": "hi",
                "channel": "DUV1",
                "channel_type": "im",
            }
        ),
        JSON,
    ),
    (
        "event files are strings",
        _event(
            {
                "type": "message",
                "subtype": "file_share",
                "user": "UV1",
                "channel": "DUV1",
                "channel_type": "im",
                "files": ["x"],
            }
        ),
        JSON,
    ),
    (
        "event_id missing",
        json.dumps(
            {
                k: v
                for k, v in event_callback(dm_message_event("UV1", "hi")).items()
                if k != "event_id"
            }
        ),
        JSON,
    ),
    ("view submission without a user", _view_without_user(), FORM),
    ("block_actions without actions", _actions(None), FORM),
    ("block_actions with a string action", _actions(["choice"]), FORM),
    ("interactive payload is a list", "payload=" + "%5B1%2C2%5D", FORM),
    ("interactive type is a number", interactive_form({"type": 7, "user": {"id": "UV1"}}), FORM),
    ("slash command without user", "command=%2Fonboard&text=help", FORM),
]


@pytest.mark.parametrize(("name", "body", "content_type"), MALFORMED, ids=[m[0] for m in MALFORMED])
async def test_malformed_signed_payload_is_4xx_without_traceback(
    server: Server, caplog: pytest.LogCaptureFixture, name: str, body: str, content_type: str
) -> None:
    caplog.set_level(logging.INFO)
    headers = {**sign_request(body), "Content-Type": content_type}
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{server.url}/slack/events", data=body, headers=headers) as reply:
            status = reply.status
        await asyncio.sleep(0.05)  # anything the listener does after the ack
        async with session.get(f"{server.url}/healthz") as health:
            assert health.status == 200
    assert 400 <= status < 500, (name, status)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR], [
        r.getMessage() for r in caplog.records
    ]
    assert server.db.conn.execute("SELECT COUNT(*) FROM slack_events").fetchone()[0] == 0


async def test_a_well_formed_slash_command_still_works(server: Server) -> None:
    response_url = server.fake.make_response_url()
    body = slash_command_form("/onboard", "help", "UV1", response_url=response_url)
    headers = {**sign_request(body), "Content-Type": FORM}
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{server.url}/slack/events", data=body, headers=headers) as reply:
            assert reply.status == 200


async def _health(url: str) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.get(f"{url}/healthz") as reply:
        return reply.status, await reply.json()


async def test_healthz_is_503_once_the_database_file_is_deleted(
    fake_slack: FakeSlack, tmp_path: Path
) -> None:
    path = tmp_path / "bot.db"
    async for running in _serve(fake_slack, open_db(path)):
        assert (await _health(running.url))[0] == 200
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        status, body = await _health(running.url)
        assert status == 503 and "deleted" in body["problem"]


class _DiskFull:
    """A connection whose writes fail the way SQLite fails on a full disk."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.full = True

    def execute(self, sql: str, *args: Any) -> Any:
        if self.full and sql.lstrip().upper().startswith(("INSERT", "UPDATE", "COMMIT")):
            import sqlite3

            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


async def test_healthz_is_503_while_the_disk_is_full(fake_slack: FakeSlack, tmp_path: Path) -> None:
    db = open_db(tmp_path / "bot.db")
    async for running in _serve(fake_slack, db):
        real = db.conn
        db.conn = _DiskFull(real)  # type: ignore[assignment]
        try:
            status, body = await _health(running.url)
            assert status == 503 and "disk is full" in body["problem"]
            db.conn.full = False  # type: ignore[attr-defined]
            assert (await _health(running.url))[0] == 200
        finally:
            db.conn = real
