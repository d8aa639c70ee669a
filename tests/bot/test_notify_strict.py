"""The outbox against the strict fake (issue 11, finding 1): a post that failed with a 500 in the
staff channel or a mention thread never silences that channel, and a row whose fate cannot be
learned is settled by the rule of docs/RELIABILITY.md (presumed delivered, staff told once,
audited) instead of holding every later row back."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
import sqlite_utils
from fakeslack import Call, FakeReply, FakeSlack
from slack_rules import manifest_scopes

from bot.notify import FATE_DEADLINE_SECONDS, FATE_REPORT_KEY_PREFIX, enqueue, enqueue_reply
from handlers.app import build_outbox_client
from handlers.outbox_sender import flush_outbox

STAFF = "CSTAFF"
THREAD_CHANNEL = "CPUBLIC"
THREAD_TS = "1700000000.000100"


class _Clock:
    """The sender's clock: jumps past every backoff between passes (no sleeping)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _fail_first_post(fake: FakeSlack, *, stored: bool, channel: str) -> Callable[[], None]:
    failed: list[Call] = []

    def hook(call: Call) -> FakeReply | None:
        if not failed and call.params.get("channel") == channel:
            failed.append(call)
            return FakeReply({"ok": False, "error": "internal_error"}, 500, stored=stored)
        return None

    return fake.on_call(hook, "chat.postMessage")


async def _flush_until_quiet(
    db: sqlite_utils.Database, fake: FakeSlack, clock: _Clock, passes: int = 6
) -> None:
    client = build_outbox_client(fake.settings(onboard_staff_channel=STAFF))
    settings = fake.settings(onboard_staff_channel=STAFF)
    for _ in range(passes):
        await flush_outbox(db, settings, client, clock=clock)
        clock.advance(120)


def _texts(fake: FakeSlack, channel: str) -> list[str]:
    return [m["text"] for m in fake.messages(channel) if m.get("user") != "UV1"]


@pytest.mark.parametrize("stored", [True, False], ids=["landed", "not-landed"])
async def test_staff_post_failing_with_500_does_not_silence_the_staff_channel(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database, stored: bool
) -> None:
    fake_slack.invite(STAFF)
    for n in range(3):
        enqueue(fresh_db, dedupe_key=f"staff:{n}", kind="eligible", text=f"staff {n}")
    remove = _fail_first_post(fake_slack, stored=stored, channel=STAFF)
    await _flush_until_quiet(fresh_db, fake_slack, _Clock())
    remove()
    assert _texts(fake_slack, STAFF) == ["staff 0", "staff 1", "staff 2"]
    # The look-up that settled it was allowed (channels:history).
    assert all(call.response.get("ok") for call in fake_slack.calls("conversations.history"))


@pytest.mark.parametrize("stored", [True, False], ids=["landed", "not-landed"])
async def test_thread_reply_failing_with_500_does_not_silence_the_thread(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database, stored: bool
) -> None:
    fake_slack.add_message(THREAD_CHANNEL, "@onboard-bot 你好", ts=THREAD_TS, user="UV1")
    fake_slack.invite(THREAD_CHANNEL)
    for n in range(3):
        enqueue_reply(
            fresh_db,
            dedupe_key=f"reply:{n}",
            channel=THREAD_CHANNEL,
            text=f"reply {n}",
            thread_ts=THREAD_TS,
            owner="UV1",
        )
    remove = _fail_first_post(fake_slack, stored=stored, channel=THREAD_CHANNEL)
    await _flush_until_quiet(fresh_db, fake_slack, _Clock())
    remove()
    assert _texts(fake_slack, THREAD_CHANNEL) == ["reply 0", "reply 1", "reply 2"]


async def test_a_row_whose_fate_cannot_be_learned_is_presumed_delivered_once(
    fresh_db: sqlite_utils.Database,
) -> None:
    # A workspace that granted fewer scopes than the manifest asks (no channels:history).
    async with FakeSlack(scopes=manifest_scopes() - {"channels:history"}) as fake:
        fake.invite(STAFF)
        for n in range(3):
            enqueue(fresh_db, dedupe_key=f"staff:{n}", kind="handoff", text=f"staff {n}")
        remove = _fail_first_post(fake, stored=True, channel=STAFF)
        await _flush_until_quiet(fresh_db, fake, _Clock())
        remove()
        texts = _texts(fake, STAFF)
        refused = [c for c in fake.calls("conversations.history") if not c.response.get("ok")]
    assert refused and refused[0].response["error"] == "missing_scope"
    assert refused[0].response["needed"] == "channels:history"
    # Landed once, never re-sent; the rows behind it went out; staff were told once.
    assert texts[:3] == ["staff 0", "staff 1", "staff 2"]
    [report] = texts[3:]
    assert "#1" in report and "staff 0" in report
    resolution = fresh_db.conn.execute(
        "SELECT resolution, sent_at IS NOT NULL, sent_ts FROM outbox WHERE dedupe_key = 'staff:0'"
    ).fetchone()
    assert tuple(resolution) == ("presumed_delivered", 1, None)
    audited = fresh_db.conn.execute(
        "SELECT subject FROM audit_log WHERE action = 'outbox.presumed_delivered'"
    ).fetchall()
    assert [row[0] for row in audited] == ["staff:0"]
    reports = fresh_db.conn.execute(
        "SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE ?", (f"{FATE_REPORT_KEY_PREFIX}%",)
    ).fetchone()[0]
    assert reports == 1


async def test_a_fate_unknown_past_the_deadline_is_settled_and_the_channel_moves_on(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake_slack.invite(STAFF)
    for n in range(2):
        enqueue(fresh_db, dedupe_key=f"staff:{n}", kind="eligible", text=f"staff {n}")
    # The post is answered 500 and every look-up too, for good.
    remove = _fail_first_post(fake_slack, stored=False, channel=STAFF)
    fake_slack.fail("conversations.history", status=500, times=None)
    clock = _Clock()
    settings = fake_slack.settings(onboard_staff_channel=STAFF)
    client = build_outbox_client(settings)
    await flush_outbox(fresh_db, settings, client, clock=clock)
    for _ in itertools.repeat(None, 3):
        clock.advance(FATE_DEADLINE_SECONDS / 4)
        await flush_outbox(fresh_db, settings, client, clock=clock)
    assert _texts(fake_slack, STAFF) == []  # still within the deadline: waiting is right
    clock.advance(FATE_DEADLINE_SECONDS)
    await flush_outbox(fresh_db, settings, client, clock=clock)
    clock.advance(120)
    await flush_outbox(fresh_db, settings, client, clock=clock)
    remove()
    texts = _texts(fake_slack, STAFF)
    assert texts[0] == "staff 1"  # the row behind it went out
    assert len(texts) == 2 and "#1" in texts[1]  # and staff heard about #1, once


async def test_a_message_slack_refuses_for_its_size_is_given_up_at_once(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake_slack.invite(STAFF)
    enqueue(fresh_db, dedupe_key="staff:0", kind="eligible", text="staff 0")
    enqueue(fresh_db, dedupe_key="staff:1", kind="eligible", text="staff 1")
    fake_slack.fail("chat.postMessage", status=200, error="msg_blocks_too_long", times=1)
    await _flush_until_quiet(fresh_db, fake_slack, _Clock(), passes=2)
    texts = _texts(fake_slack, STAFF)
    assert texts[0] == "staff 1"
    assert len(texts) == 2 and "refused" in texts[1]
    failed = fresh_db.conn.execute(
        "SELECT resolution FROM outbox WHERE dedupe_key = 'staff:0' AND failed_at IS NOT NULL"
    ).fetchone()
    assert failed[0] == "refused"
