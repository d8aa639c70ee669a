"""Hostile and broken requests at POST /slack/events: refused (401/400/404/413) or answered,
never a 5xx, never a dead process, and /healthz stays 200 throughout."""

from __future__ import annotations

import json
import time
from pathlib import Path

import aiohttp
import pytest
from fakeslack import (
    FakeSlackThread,
    block_actions_payload,
    dm_message_event,
    event_callback,
    interactive_form,
    sign_request,
    slash_command_form,
    view_submission_payload,
)
from reliability_support import SlackRequest, db_rows, http_bot, request_headers

pytestmark = pytest.mark.reliability

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def _event_body(text: str = "开始") -> str:
    return json.dumps(event_callback(dm_message_event("UBAD001", text)))


def _cases() -> list[tuple[str, SlackRequest, set[int]]]:
    good_event = _event_body()
    stale = sign_request(good_event.encode(), timestamp=int(time.time()) - 600)
    wrong_secret = sign_request(good_event.encode(), secret="not-the-secret")
    refused = {401}
    return [
        ("no signature", SlackRequest("bad", good_event, JSON, sign=False), refused),
        (
            "wrong secret",
            SlackRequest(
                "bad", good_event, JSON, sign=False, extra_headers=tuple(wrong_secret.items())
            ),
            refused,
        ),
        (
            "stale timestamp (10 min)",
            SlackRequest("bad", good_event, JSON, sign=False, extra_headers=tuple(stale.items())),
            refused,
        ),
        (
            "garbage timestamp",
            SlackRequest(
                "bad",
                good_event,
                JSON,
                sign=False,
                extra_headers=(
                    ("X-Slack-Request-Timestamp", "yesterday"),
                    ("X-Slack-Signature", "v0=00"),
                ),
            ),
            refused,
        ),
        (
            "malformed JSON, signed",
            SlackRequest("bad", '{"type": "event_callback", ', JSON),
            {200, 400},
        ),
        ("JSON array, signed", SlackRequest("bad", "[1, 2, 3]", JSON), {200, 400, 404}),
        ("empty body, signed", SlackRequest("bad", "", JSON), {200, 400, 404}),
        ("payload= not JSON", SlackRequest("bad", "payload=%7Bnot-json", FORM), {200, 400}),
        ("form without payload", SlackRequest("bad", "foo=bar&baz=", FORM), {200, 400, 404}),
        (
            "binary junk",
            SlackRequest("bad", "\x00\x01\x02\xff" * 64, "application/octet-stream"),
            {200, 400, 404},
        ),
        (
            "unknown action id",
            SlackRequest(
                "bad",
                interactive_form(block_actions_payload("UBAD001", "no_such_action", "x")),
                FORM,
            ),
            {200, 404},
        ),
        (
            "unknown view callback",
            SlackRequest(
                "bad",
                interactive_form(view_submission_payload("UBAD001", "no_such_view", {})),
                FORM,
            ),
            {200, 404},
        ),
        (
            "unknown command",
            SlackRequest("bad", slash_command_form("/nonesuch", "x", "UBAD001"), FORM),
            {200, 404},
        ),
        (
            "unknown event type",
            SlackRequest(
                "bad",
                json.dumps(event_callback({"type": "reaction_added", "user": "UBAD001"})),
                JSON,
            ),
            {200, 404},
        ),
        (
            "event without user or channel",
            SlackRequest(
                "bad", json.dumps(event_callback({"type": "message", "channel_type": "im"})), JSON
            ),
            {200},
        ),
        (
            "DM with 40,000 characters",
            SlackRequest("bad", _event_body("保证金" * 13_000), JSON),
            {200},
        ),
        ("oversized body (3 MB)", SlackRequest("bad", "x" * 3_000_000, FORM), {400, 401, 413}),
        (
            "url_verification",
            SlackRequest(
                "bad",
                json.dumps({"type": "url_verification", "challenge": "abc", "token": "t"}),
                JSON,
            ),
            {200},
        ),
    ]


async def test_bad_requests_are_refused_or_answered_never_a_crash(
    fake_slack_thread: FakeSlackThread, tmp_path: Path
) -> None:
    db_path = tmp_path / "bot.db"
    results: list[tuple[str, int, set[int]]] = []
    with http_bot(fake_slack_thread.api_url, db_path) as bot:
        async with aiohttp.ClientSession() as session:
            for name, request, allowed in _cases():
                async with session.post(
                    bot.url + "/slack/events",
                    data=request.body.encode("utf-8", "surrogatepass"),
                    headers=request_headers(request),
                ) as response:
                    await response.read()
                    results.append((name, response.status, allowed))
                async with session.get(bot.url + "/healthz") as health:
                    assert health.status == 200, f"unhealthy after {name}"
            time.sleep(1.0)  # let any after-ack work run before judging the log
            assert bot.is_alive()
        log_text = bot.log_text()
    print("\nbad requests: " + ", ".join(f"{name} → {status}" for name, status, _ in results))
    wrong = [(name, status) for name, status, allowed in results if status not in allowed]
    print(
        f"bad requests: cases {len(results)}, unexpected {len(wrong)}, 5xx {sum(s >= 500 for _, s, _ in results)}"
    )
    assert not wrong, wrong
    # Nothing from unsigned requests reached the conversation store.
    assert db_rows(db_path, "SELECT COUNT(*) FROM slack_events")[0][0] <= 4
    assert "Traceback" not in log_text or "message_not_found" in log_text, log_text[-3000:]
