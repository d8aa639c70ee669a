"""The durable path with the real Engine: inbox claim → one transaction (step + reply + done) →
outbox; an inbox entry a crash left 'received' is replayed at start-up exactly once."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils
from fakeslack import FakeSlack, dm_message_event, event_callback

from bot.config import Settings
from bot.conversation import Engine
from bot.conversation.types import ConversationKey, Reply
from handlers.app import build_app, claim_event, replay_inbox


def _rows(db: sqlite_utils.Database, sql: str) -> list[tuple]:
    return [tuple(row) for row in db.conn.execute(sql)]


def test_on_commit_runs_inside_the_turn_transaction(fresh_db: sqlite_utils.Database) -> None:
    engine = Engine(fresh_db, Settings(_env_file=None))
    seen: list[tuple[bool, str]] = []

    def hook(conn: sqlite3.Connection, reply: Reply) -> None:
        seen.append((conn.in_transaction, reply.text))

    reply = engine.handle_text(ConversationKey("T1", "UV1"), "开始", on_commit=hook)
    assert seen == [(True, reply.text)]


def test_a_failing_on_commit_stores_nothing(fresh_db: sqlite_utils.Database) -> None:
    engine = Engine(fresh_db, Settings(_env_file=None))

    def hook(conn: sqlite3.Connection, reply: Reply) -> None:
        raise RuntimeError("outbox full")

    engine.handle_text(ConversationKey("T1", "UV1"), "开始", on_commit=hook)
    assert _rows(fresh_db, "SELECT count(*) FROM conversations") == [(0,)]
    # Without the hook the same input is stored: the hook's failure rolled the turn back.
    engine.handle_text(ConversationKey("T1", "UV1"), "开始")
    assert _rows(fresh_db, "SELECT count(*) FROM conversations") == [(1,)]


@pytest.fixture
def engine_app(fake_slack: FakeSlack, fresh_db: sqlite_utils.Database):  # type: ignore[no-untyped-def]
    settings = fake_slack.settings()
    return build_app(settings, fresh_db, engine=Engine(fresh_db, settings))


async def test_received_inbox_event_is_replayed_at_start_up_exactly_once(
    engine_app, fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    body = event_callback(dm_message_event("UV1", "开始"), event_id="EvCRASH1")
    # What a crash right after the ack leaves: the claim with its body, nothing else.
    assert claim_event(fresh_db, "EvCRASH1", "message", body) is True
    assert _rows(fresh_db, "SELECT event_id, status FROM slack_events") == [
        ("EvCRASH1", "received")
    ]
    assert await replay_inbox(engine_app) == 1
    assert _rows(fresh_db, "SELECT status FROM slack_events") == [("done",)]
    [(key, kind, channel, text)] = _rows(
        fresh_db, "SELECT dedupe_key, kind, channel, text FROM outbox"
    )
    assert (key, kind, channel) == ("reply:EvCRASH1", "reply", "DUV1")
    step = _rows(fresh_db, "SELECT step, version FROM conversations")
    # A second start-up finds nothing to replay: the step and the reply are not repeated.
    assert await replay_inbox(engine_app) == 0
    assert _rows(fresh_db, "SELECT step, version FROM conversations") == step
    assert len(_rows(fresh_db, "SELECT id FROM outbox")) == 1
    # The redelivery Slack may still send is dropped by the claim.
    assert claim_event(fresh_db, "EvCRASH1", "message", body) is False
    assert await engine_app.deps.outbox.flush_once() == 1
    assert [m["text"] for m in fake_slack.messages("DUV1")] == [text]
    assert fake_slack.messages("DUV1")[0]["metadata"]["event_type"] == "onboard_outbox"


async def test_live_event_commits_step_reply_and_done_together(
    engine_app, fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    from slack_bolt.request.async_request import AsyncBoltRequest

    body = event_callback(dm_message_event("UV2", "开始"), event_id="EvLIVE1")
    request = AsyncBoltRequest(body=json.dumps(body), headers={}, mode="socket_mode")
    response = await engine_app.async_dispatch(request)
    assert response.status == 200
    await fake_slack.wait_until(
        lambda: _rows(fresh_db, "SELECT status FROM slack_events") == [("done",)]
    )
    stored = json.loads(_rows(fresh_db, "SELECT body_json FROM slack_events")[0][0])
    assert stored["event"]["text"] == "开始"
    assert _rows(fresh_db, "SELECT dedupe_key, channel FROM outbox") == [("reply:EvLIVE1", "DUV2")]
    assert _rows(fresh_db, "SELECT count(*) FROM conversations WHERE user_id = 'UV2'") == [(1,)]
    # Delivered again (Slack retry): acked, dropped, nothing new.
    assert (await engine_app.async_dispatch(request)).status == 200
    assert len(_rows(fresh_db, "SELECT id FROM outbox")) == 1


async def test_unhandled_messages_are_marked_done_without_a_turn(
    engine_app, fresh_db: sqlite_utils.Database
) -> None:
    body = event_callback({"type": "message", "channel_type": "im"}, event_id="EvODD")
    claim_event(fresh_db, "EvODD", "message", body)
    assert await replay_inbox(engine_app) == 1
    assert _rows(fresh_db, "SELECT status FROM slack_events") == [("done",)]
    assert _rows(fresh_db, "SELECT count(*) FROM outbox") == [(0,)]
