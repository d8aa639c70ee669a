"""Building the Slack app: no network at build time, retry handlers on, events claimed once."""

from __future__ import annotations

import pytest
import sqlite_utils
from fakeslack import FakeSlack
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)

from bot.slack_app import build_app, build_client, claim_event
from bot.storage import open_db


@pytest.fixture
def fresh_db() -> sqlite_utils.Database:
    return open_db(memory=True)


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
