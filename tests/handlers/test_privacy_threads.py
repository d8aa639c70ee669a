"""Personal data stays out of channels: a ticket begun in a channel thread is drafted in the
vendor's DM; the thread hears one line; staff get only what finance needs.

Real conversation core on the fake Slack (Socket Mode); every wait is on the bot's own state
(inbox processed, outbox sent).
"""

from __future__ import annotations

import json
from datetime import date

import sqlite_utils
from fakeslack import (
    TEAM_ID,
    FakeSlack,
    app_mention_event,
    dm_message_event,
    text_input_state,
    view_submission_payload,
)
from slack_harness import STAFF_CHANNEL, VENDOR_USER, start_dispatch_bot

from bot.conversation import Engine
from handlers.blocks import TICKET_FORM_CALLBACK
from handlers.context import CONTINUE_IN_DM

DM = f"D{VENDOR_USER}"
CHANNEL = "CPUBLIC"
TICKET = {
    "account": "privacy-vendor@example.com",
    "company": "杭州隐私测试科技有限公司",
    "address": "浙江省杭州市余杭区文一西路969号",
    "contact": "欧阳建国",
    "phone": "13912345678",
}
CONTACT_ONLY = ("address", "contact", "phone")


def settled(db: sqlite_utils.Database) -> bool:
    """Every received event processed and every queued message sent (or given up)."""
    conn = db.conn
    waiting = conn.execute("SELECT COUNT(*) FROM slack_events WHERE status = 'received'")
    unsent = conn.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
    return waiting.fetchone()[0] == 0 and unsent.fetchone()[0] == 0


async def _say(fake: FakeSlack, db: sqlite_utils.Database, event: dict[str, object]) -> None:
    await fake.send_event(event)
    await fake.wait_until(lambda: settled(db), message="the bot to finish the turn")


def _channel_text(fake: FakeSlack) -> str:
    """Everything the bot posted outside DMs and the staff channel (text and blocks)."""
    return json.dumps(
        [m for m in fake.messages() if m["channel"] not in {DM, STAFF_CHANNEL}],
        ensure_ascii=False,
    )


async def test_a_ticket_begun_in_a_channel_thread_is_drafted_in_the_dm(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2024, 5, 1))
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        top = app_mention_event(VENDOR_USER, "起草工单", channel=CHANNEL)
        thread = str(top["ts"])
        await _say(fake, fresh_db, top)  # which markets? (no personal data yet)
        await _say(
            fake, fresh_db, app_mention_event(VENDOR_USER, "API市场", CHANNEL, thread_ts=thread)
        )
        # The first ticket question went to the DM; the thread got the one-line pointer.
        thread_posts = [m for m in fake.messages(CHANNEL) if m.get("thread_ts") == thread]
        assert thread_posts[-1]["text"] == CONTINUE_IN_DM["zh"]
        assert "阿里云账号" in fake.messages(DM)[-1]["text"]

        for name in ("account", "company", "address", "contact", "phone"):
            await _say(fake, fresh_db, dm_message_event(VENDOR_USER, TICKET[name]))
        assert TICKET["phone"] in fake.messages(DM)[-1]["text"]  # the review, in the DM

        # Unrecognised replies: in the DM the review is repeated there; in the thread the
        # bot never shows the ticket.
        await _say(fake, fresh_db, dm_message_event(VENDOR_USER, "嗯嗯嗯"))
        await _say(
            fake, fresh_db, app_mention_event(VENDOR_USER, "嗯嗯嗯", CHANNEL, thread_ts=thread)
        )
        # A ticket form whose metadata names the channel thread (an old or forged modal):
        # what was typed in it is not published there.
        typed = {**TICKET, "contact": "司马光明", "phone": "13700001111"}
        meta = {
            "team": TEAM_ID,
            "user": VENDOR_USER,
            "thread": thread,
            "channel": CHANNEL,
            "reply_thread": thread,
            "lang": "zh",
        }
        submission = view_submission_payload(
            VENDOR_USER,
            TICKET_FORM_CALLBACK,
            text_input_state(typed),
            private_metadata=json.dumps(meta),
        )
        await fake.send_envelope("interactive", submission)
        await fake.wait_until(lambda: settled(fresh_db))

        await _say(fake, fresh_db, dm_message_event(VENDOR_USER, "确认"))
        assert "资金管理 &gt; 创建工单" in fake.messages(DM)[-1]["text"]  # Slack-escaped
    finally:
        await stop()

    in_channels = _channel_text(fake)
    for value in [*TICKET.values(), typed["contact"], typed["phone"]]:
        assert value not in in_channels, value
    # Staff hear the company and the Aliyun account (what finance matches a deposit by),
    # never the address, contact or phone.
    [staff_post] = [m for m in fake.messages(STAFF_CHANNEL) if "工单" in m["text"]]
    assert TICKET["company"] in staff_post["text"] and TICKET["account"] in staff_post["text"]
    for name in CONTACT_ONLY:
        assert TICKET[name] not in json.dumps(staff_post, ensure_ascii=False)
    # Nothing the staff post was built from keeps the contact data in the outbox either.
    [staff_row] = fresh_db.conn.execute(
        "SELECT text || coalesce(data_json, '') FROM outbox WHERE kind = 'ticket_drafted'"
    ).fetchall()
    for name in CONTACT_ONLY:
        assert TICKET[name] not in staff_row[0]


async def test_a_thread_conversation_keeps_no_ticket_data_after_the_move(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2024, 5, 1))
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        top = app_mention_event(VENDOR_USER, "起草工单", channel=CHANNEL)
        thread = str(top["ts"])
        await _say(fake, fresh_db, top)
        await _say(fake, fresh_db, app_mention_event(VENDOR_USER, "api", CHANNEL, thread_ts=thread))
        await _say(fake, fresh_db, dm_message_event(VENDOR_USER, TICKET["account"]))
    finally:
        await stop()
    steps = dict(
        fresh_db.conn.execute(
            "SELECT thread_ts, step FROM conversations WHERE user_id = ?", (VENDOR_USER,)
        ).fetchall()
    )
    assert steps == {thread: "done", "": "ticket_field"}
    [thread_state] = fresh_db.conn.execute(
        "SELECT state_json FROM conversations WHERE thread_ts = ?", (thread,)
    ).fetchone()
    assert json.loads(thread_state)["ticket_fields"] == {}
