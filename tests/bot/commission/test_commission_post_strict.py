"""Commission posting against the strict fake (issue 11, findings 2, 6 and 7): an interrupted
post recovers in the channel (the history scopes are there), no client retries by itself, and
vendor names from the CSV never become markup in the overview's text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils
from fakeslack import Call, FakeReply, FakeSlack
from slack_sdk.errors import SlackApiError
from test_commission_post import CHANNEL, MONTH, assert_posted_exactly_once, prepare

from bot.commission.importer import import_csv
from handlers.app import build_client
from handlers.commission.post import MARKER_EVENT, make_client, post_month


@pytest.fixture
def db(fresh_db: sqlite_utils.Database) -> sqlite_utils.Database:
    database = fresh_db
    prepare(database)
    return database


def _store_then_500_once(fake: FakeSlack, channel: str | None) -> Callable[[], None]:
    """The first chat.postMessage (to `channel`, or any): Slack stores it, then answers 500."""
    failed: list[Call] = []

    def hook(call: Call) -> FakeReply | None:
        if not failed and (channel is None or call.params.get("channel") == channel):
            failed.append(call)
            return FakeReply({"ok": False, "error": "internal_error"}, 500, stored=True)
        return None

    return fake.on_call(hook, "chat.postMessage")


def _overview_posts(fake: FakeSlack) -> list[dict]:
    return [
        m
        for m in fake.messages(CHANNEL)
        if (m.get("metadata") or {}).get("event_type") == MARKER_EVENT
    ]


async def test_overview_stored_but_answered_500_is_confirmed_not_reposted(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    # Finding 2: the recovery reads the commission channel's history (channels:history).
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    remove = _store_then_500_once(fake_slack, CHANNEL)
    with pytest.raises(SlackApiError):
        await post_month(db, settings, make_client(settings), MONTH, pace_seconds=0)
    remove()
    report = await post_month(db, settings, make_client(settings), MONTH, pace_seconds=0)
    assert report.confirmed_after_crash  # found by its marker, not posted again
    assert_posted_exactly_once(fake_slack)


@pytest.mark.parametrize("target", ["dm", "overview"])
async def test_the_apps_retrying_client_still_posts_exactly_once(
    fake_slack: FakeSlack, db: sqlite_utils.Database, target: str
) -> None:
    # Finding 6: the slash command and the schedule pass the app's client, which retries 5xx
    # by itself; Slack stored the post and answered 500.
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    app_client = build_client(settings)
    assert app_client.retry_handlers  # the premise: this client would retry a 500

    remove = _store_then_500_once(fake_slack, CHANNEL if target == "overview" else None)
    try:
        with pytest.raises(SlackApiError):
            await post_month(db, settings, app_client, MONTH, pace_seconds=0)
    finally:
        remove()
    await post_month(db, settings, app_client, MONTH, pace_seconds=0)
    assert_posted_exactly_once(fake_slack)


async def test_vendor_names_from_the_csv_are_plain_text_in_the_overview(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    import_csv(
        db,
        "order_id,vendor,category,amount,distribution,settled_on\n"
        "H1,<!channel> <https://evil.example|阿里云官方>,website,100.00,false,2020-10-09\n".encode(),
        actor="test",
    )
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    await post_month(db, settings, make_client(settings), MONTH, pace_seconds=0)
    [overview] = _overview_posts(fake_slack)
    assert "<!channel>" not in overview["text"]
    assert "<https://evil" not in overview["text"]
    assert "&lt;!channel&gt;" in overview["text"]
