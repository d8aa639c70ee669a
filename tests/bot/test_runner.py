"""`onboard-bot run`: console fallback, missing credentials, and HTTP mode on 127.0.0.1."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
import sqlite_utils
from fakeslack import (
    FakeSlack,
    dm_message_event,
    event_callback,
    sign_request,
    slash_command_form,
)

import cli.run
from bot.config import Settings
from bot.conversation.types import ConversationKey, Reply
from handlers import runner
from handlers.app import build_app


class EchoEngine:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def handle_text(self, key: ConversationKey, text: str, *, on_commit: Any = None) -> Reply:
        self.texts.append(text)
        return Reply(text=f"收到：{text}")


def _args(**values: object) -> argparse.Namespace:
    defaults: dict[str, object] = {"http": False, "port": 0, "host": "127.0.0.1", "db": None}
    defaults.update(values)
    return argparse.Namespace(**defaults)


def test_no_credentials_falls_back_to_console(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[argparse.Namespace] = []

    def fake_console(args: argparse.Namespace, settings: Settings) -> int:
        seen.append(args)
        return 0

    monkeypatch.setattr(cli.run, "cmd_console", fake_console)
    assert cli.run.cmd_run(_args(), Settings(_env_file=None)) == 0
    assert len(seen) == 1 and seen[0].user == "console-user" and seen[0].staff is False
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No Slack credentials" in err[0]


@pytest.mark.parametrize(
    ("http", "values", "named"),
    [
        (True, {"slack_bot_token": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        (False, {"slack_bot_token": "xoxb-1"}, "SLACK_APP_TOKEN"),
        (True, {"slack_signing_secret": "s"}, "SLACK_BOT_TOKEN"),
    ],
)
def test_missing_credential_is_named_and_exits_2(
    http: bool, values: dict, named: str, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    settings = Settings(_env_file=None, onboard_db=tmp_path / "x.db", **values)
    assert cli.run.cmd_run(_args(http=http), settings) == 2
    assert named in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


@dataclass
class HttpBot:
    url: str
    db: sqlite_utils.Database
    engine: EchoEngine
    fake: FakeSlack
    secret: str


@pytest.fixture
async def http_bot(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> AsyncIterator[HttpBot]:
    settings = fake_slack.settings()
    engine = EchoEngine()
    app = build_app(settings, fresh_db, engine=engine)  # type: ignore[arg-type]
    stop = asyncio.Event()
    ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    server = asyncio.create_task(
        runner.serve_http(
            settings,
            fresh_db,
            host="127.0.0.1",
            port=0,
            stop=stop,
            app=app,
            on_ready=ready.set_result,
        )
    )
    port = await asyncio.wait_for(ready, 5)
    try:
        yield HttpBot(
            f"http://127.0.0.1:{port}",
            fresh_db,
            engine,
            fake_slack,
            settings.slack_signing_secret or "",
        )
    finally:
        stop.set()
        await server


def _count(db: sqlite_utils.Database, table: str) -> int:
    return db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


async def test_healthz(http_bot: HttpBot) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{http_bot.url}/healthz") as response,
    ):
        assert response.status == 200
        assert await response.json() == {"ok": True, "db": True}


@pytest.mark.parametrize("problem", ["bad_signature", "stale", "unsigned"])
async def test_bad_or_stale_signature_is_401_and_runs_nothing(
    http_bot: HttpBot, problem: str
) -> None:
    body = json.dumps(event_callback(dm_message_event("UV1", "你好")))
    if problem == "bad_signature":
        headers = sign_request(body, "not-the-secret")
    elif problem == "stale":
        headers = sign_request(body, http_bot.secret, timestamp=int(time.time()) - 6 * 60)
    else:
        headers = {}
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{http_bot.url}/slack/events",
            data=body,
            headers={**headers, "Content-Type": "application/json"},
        ) as response,
    ):
        assert response.status == 401
    await asyncio.sleep(0.1)
    assert http_bot.fake.calls() == []
    assert http_bot.engine.texts == []
    assert _count(http_bot.db, "slack_events") == 0
    assert _count(http_bot.db, "audit_log") == 0


async def test_signed_event_is_answered_once_despite_http_retries(http_bot: HttpBot) -> None:
    body = json.dumps(event_callback(dm_message_event("UV1", "你好"), event_id="EvHTTP1"))
    async with aiohttp.ClientSession() as session:
        for retry in range(4):
            headers = {**sign_request(body, http_bot.secret), "Content-Type": "application/json"}
            if retry:
                headers["X-Slack-Retry-Num"] = str(retry)
                headers["X-Slack-Retry-Reason"] = "http_timeout"
            async with session.post(
                f"{http_bot.url}/slack/events", data=body, headers=headers
            ) as response:
                assert response.status == 200

    # The turn committed and every reply it queued is sent: a duplicate would be in the outbox
    # (the weekly digest row waits for a staff channel this bot does not have).
    def settled() -> bool:
        done, unsent = http_bot.db.conn.execute(
            "SELECT (SELECT COUNT(*) FROM slack_events WHERE event_id = 'EvHTTP1'"
            " AND status = 'done'),"
            " (SELECT COUNT(*) FROM outbox WHERE channel = 'DUV1' AND sent_at IS NULL)"
        ).fetchone()
        return done == 1 and unsent == 0

    await http_bot.fake.wait_until(settled, message="the event done and its reply sent")
    assert [m["text"] for m in http_bot.fake.messages("DUV1")] == ["收到：你好"]
    assert http_bot.engine.texts == ["你好"]


async def test_signed_slash_command_from_non_staff_is_refused(http_bot: HttpBot) -> None:
    response_url = http_bot.fake.make_response_url()
    body = slash_command_form("/commission", "summary 2020-10", "UV1", response_url=response_url)
    headers = {
        **sign_request(body, http_bot.secret),
        "Content-Type": "application/x-www-form-urlencoded",
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{http_bot.url}/slack/events", data=body, headers=headers) as response,
    ):
        assert response.status == 200
        refusal = await response.json()
    # The refusal is the command's ack (staff_only middleware): Slack shows it ephemerally.
    assert "staff only" in refusal["text"] and refusal["response_type"] == "ephemeral"
    assert http_bot.fake.responses(response_url) == []
    rows = http_bot.db.conn.execute("SELECT actor, action, subject FROM audit_log").fetchall()
    assert [tuple(r) for r in rows] == [("UV1", "staff.denied", "/commission")]


async def test_socket_mode_runner_connects_logs_ready_answers_and_stops(
    fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture, fresh_db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    engine = EchoEngine()
    app = build_app(settings, fresh_db, engine=engine)  # type: ignore[arg-type]
    stop = asyncio.Event()
    caplog.set_level("INFO", logger="onboard_bot.runner")
    server = asyncio.create_task(runner.serve_socket_mode(settings, fresh_db, stop=stop, app=app))
    await fake_slack.wait_connected()
    ack = await fake_slack.send_event(dm_message_event("UV1", "在吗"))
    assert ack["envelope_id"]
    await fake_slack.wait_for("chat.postMessage")
    assert "ready: Socket Mode connected" in caplog.messages
    stop.set()
    await asyncio.wait_for(server, 5)
    assert "stopped" in caplog.messages
    assert [m["text"] for m in fake_slack.messages("DUV1")] == ["收到：在吗"]


async def _post(bot: HttpBot, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{bot.url}/slack/events", data=body, headers=headers) as response,
    ):
        return response.status, await response.text()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ('{"type": "event_callback", ', "application/json"),
        ("[1, 2, 3]", "application/json"),
        ('"just a string"', "application/json"),
        ("payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        ("payload=%5B1%2C2%5D", "application/x-www-form-urlencoded"),
    ],
)
async def test_signed_but_malformed_body_is_400_and_the_bot_lives_on(
    http_bot: HttpBot, body: str, content_type: str, caplog: pytest.LogCaptureFixture
) -> None:
    headers = {**sign_request(body, http_bot.secret), "Content-Type": content_type}
    status, _ = await _post(http_bot, body.encode(), headers)
    assert status == 400
    assert not any(record.exc_info for record in caplog.records)
    assert _count(http_bot.db, "slack_events") == 0
    assert http_bot.engine.texts == []


@pytest.mark.parametrize("timestamp", ["yesterday", "", "1e9", "-5"])
async def test_non_numeric_timestamp_is_401(http_bot: HttpBot, timestamp: str) -> None:
    body = json.dumps(event_callback(dm_message_event("UV1", "你好")))
    headers = {
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": "v0=00",
        "Content-Type": "application/json",
    }
    status, _ = await _post(http_bot, body.encode(), headers)
    assert status == 401


async def test_body_over_the_cap_is_413(http_bot: HttpBot) -> None:
    body = b"x" * (runner.MAX_BODY_BYTES + 1)
    headers = {**sign_request(body.decode(), http_bot.secret), "Content-Type": "text/plain"}
    status, _ = await _post(http_bot, body, headers)
    assert status == 413


async def test_signed_body_that_is_not_utf8_is_400(http_bot: HttpBot) -> None:
    body = b'{"type": "\xff\xfe"}'
    timestamp = str(int(time.time()))
    import hashlib
    import hmac

    digest = hmac.new(
        http_bot.secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256
    ).hexdigest()
    headers = {
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/json",
    }
    status, _ = await _post(http_bot, body, headers)
    assert status == 400


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("ssl_check=1&token=legacy-token", 200),
        ("ssl_check=1", 200),
        # Anything riding along is a normal request and needs a signature.
        ("ssl_check=1&command=%2Fvendor&text=list&user_id=U1", 401),
        ("ssl_check=0&token=x", 401),
    ],
)
async def test_unsigned_ssl_check_is_answered_like_bolt_does(
    http_bot: HttpBot, body: str, status: int
) -> None:
    # Slack probes a slash command's HTTPS URL with ssl_check=1; Bolt's SslCheck middleware
    # answers it before RequestVerification, i.e. whether or not it is signed.
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{http_bot.url}/slack/events",
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ) as response,
    ):
        assert response.status == status
    assert http_bot.fake.calls() == []
    assert _count(http_bot.db, "slack_events") == 0
