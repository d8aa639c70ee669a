"""Building the Slack app: no network at build time, retry handlers on, events claimed once."""

from __future__ import annotations

import sqlite_utils
from fakeslack import FakeSlack
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)

from handlers.app import build_app, build_client, claim_event


async def test_building_the_app_calls_nothing(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    app = build_app(fake_slack.settings(), fresh_db, engine=object())  # type: ignore[arg-type]
    assert app.client.base_url == fake_slack.api_url
    assert fake_slack.calls() == []


def test_client_has_rate_limit_server_and_connection_retries(
    fresh_db: sqlite_utils.Database,
) -> None:
    from bot.config import Settings

    client = build_client(Settings(_env_file=None, slack_bot_token="xoxb-1"))
    kinds = {type(handler) for handler in client.retry_handlers}
    assert kinds == {
        AsyncRateLimitErrorRetryHandler,
        AsyncServerErrorRetryHandler,
        AsyncConnectionErrorRetryHandler,
    }
    assert client.base_url == "https://slack.com/api/"


def test_claim_event_is_true_once(fresh_db: sqlite_utils.Database) -> None:
    assert claim_event(fresh_db, "Ev1", "message") is True
    assert claim_event(fresh_db, "Ev1", "message") is False
    assert claim_event(fresh_db, "Ev2", "app_mention") is True
    rows = fresh_db.conn.execute("SELECT event_id, event_type FROM slack_events ORDER BY event_id")
    assert [tuple(r) for r in rows] == [("Ev1", "message"), ("Ev2", "app_mention")]


async def test_clients_share_the_given_session_and_the_outbox_client_never_retries_blindly(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        app = build_app(fake_slack.settings(), fresh_db, engine=object(), session=session)  # type: ignore[arg-type]
        outbox_client = app.deps.outbox.client
        assert app.client.session is session and outbox_client.session is session
        # A blind retry of chat.postMessage after a 5xx could post twice: the sender looks
        # the message up instead.
        assert outbox_client.retry_handlers == []


def test_claim_with_body_is_an_inbox_entry(fresh_db: sqlite_utils.Database) -> None:
    body = {"type": "event_callback", "event_id": "Ev9", "event": {"type": "message"}}
    assert claim_event(fresh_db, "Ev9", "message", body) is True
    assert claim_event(fresh_db, "Ev9", "message", body) is False
    rows = fresh_db.conn.execute("SELECT event_id, status, body_json FROM slack_events")
    assert [tuple(r) for r in rows] == [
        (
            "Ev9",
            "received",
            '{"type": "event_callback", "event_id": "Ev9", "event": {"type": "message"}}',
        )
    ]
