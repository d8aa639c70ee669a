"""The help desk end to end against the fake Slack, with the real conversation core: a vendor
hands a question off, staff claim it and answer in the case's thread, the vendor gets the
answer exactly once (also when Slack stores the relay but answers 500, and when the same
staff message arrives again under the same or another event id), replies (into the thread),
and says it is solved. The case's channel message is checked after every step. A saved and
approved staff answer then answers a second vendor, marked as a staff answer."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from fakeslack import (
    FakeSlack,
    block_actions_payload,
    dm_message_event,
    text_input_state,
    view_submission_payload,
)
from slack_harness import STAFF_CHANNEL, STAFF_USER, VENDOR_USER, buttons_of, start_dispatch_bot
from test_privacy_threads import settled

from bot.case_store import open_case_of
from bot.cases import claim_case, resolve_case
from bot.conversation import Engine
from bot.staff_faq import faq_command

QUESTION = "可以去你们杭州办公室当面咨询吗？"
ANSWER = "可以，请提前一天预约，地址是文一西路969号。"
SECOND_VENDOR = "UVENDOR2"


def _case_post(fake: FakeSlack) -> dict[str, Any]:
    [post] = [m for m in fake.messages(STAFF_CHANNEL) if not m.get("thread_ts")]
    return post


def _thread(fake: FakeSlack, ts: str) -> list[str]:
    return [str(m["text"]) for m in fake.messages(STAFF_CHANNEL) if m.get("thread_ts") == ts]


def _button_ids(message: dict[str, Any]) -> list[str]:
    return [button["action_id"] for button in buttons_of(message)]


def _dm_texts(fake: FakeSlack, user: str) -> list[str]:
    return [str(m["text"]) for m in fake.messages(f"D{user}")]


def _staff_reply_event(text: str, ts: str, thread_ts: str) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": STAFF_CHANNEL,
        "user": STAFF_USER,
        "text": text,
        "ts": ts,
        "thread_ts": thread_ts,
        "event_ts": ts,
        "channel_type": "channel",
    }


async def _until_settled(fake: FakeSlack, db: sqlite_utils.Database, what: str) -> None:
    await fake.wait_until(lambda: settled(db), message=what)


async def test_handoff_claim_answer_once_followup_and_solved(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    fake.invite(STAFF_CHANNEL)
    engine = Engine(fresh_db, fake.settings())
    _, bot, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        # 1. The vendor hands a question off: one case, one staff post showing "open".
        await fake.send_event(dm_message_event(VENDOR_USER, f"转人工 {QUESTION}"))
        await _until_settled(fake, fresh_db, "the hand-off posted")
        case = open_case_of(fresh_db, _team(fresh_db), VENDOR_USER)
        assert case is not None
        post = _case_post(fake)
        assert QUESTION in post["text"] and "待认领" in post["text"]
        assert _button_ids(post) == ["case_claim", "case_answer", "case_resolve"]

        # 2. Staff claim it: the same message now says who claimed it; no claim button.
        await fake.send_envelope(
            "interactive",
            block_actions_payload(
                STAFF_USER,
                "case_claim",
                value=str(case.id),
                channel=STAFF_CHANNEL,
                message_ts=post["ts"],
            ),
        )
        await fake.wait_until(lambda: "已认领" in _case_post(fake)["text"], message="claimed shown")
        await _until_settled(fake, fresh_db, "the claim settled")
        post = _case_post(fake)
        assert f"<@{STAFF_USER}>" in post["text"]
        assert _button_ids(post) == ["case_answer", "case_resolve"]

        # 3. Staff answer in the thread. Slack stores the relay but answers 500, and the same
        # message arrives again: under the same event id and under another one.
        fake.fail("chat.postMessage", status=500, stored=True)
        staff_ts = fake.add_message(STAFF_CHANNEL, ANSWER, user=STAFF_USER, thread_ts=post["ts"])[
            "ts"
        ]
        event = _staff_reply_event(ANSWER, staff_ts, post["ts"])
        await fake.send_event(event, event_id="EvSTAFF1")
        await fake.send_event(event, event_id="EvSTAFF1")
        await fake.send_event(event, event_id="EvSTAFF2")
        await _until_settled(fake, fresh_db, "the relay delivered")
        # The one call answered 500 was the relay itself (not some other post of the step).
        [failed] = [call for call in fake.calls("chat.postMessage") if call.status == 500]
        assert failed.params.get("channel") == f"D{VENDOR_USER}"
        assert ANSWER in str(failed.params.get("text"))
        relayed = [text for text in _dm_texts(fake, VENDOR_USER) if "客服回复" in text]
        assert len(relayed) == 1 and ANSWER in relayed[0]
        post = _case_post(fake)
        assert "已答复" in post["text"]
        assert _button_ids(post) == ["case_answer", "case_resolve", "case_save_faq"]

        # 4. The vendor replies: it reaches the case's thread, not a new staff post.
        await fake.send_event(dm_message_event(VENDOR_USER, "谢谢！需要带什么材料？"))
        await _until_settled(fake, fresh_db, "the follow-up posted")
        assert any("需要带什么材料" in text for text in _thread(fake, post["ts"]))
        assert len([m for m in fake.messages(STAFF_CHANNEL) if not m.get("thread_ts")]) == 1
        assert any("转给处理问题" in text for text in _dm_texts(fake, VENDOR_USER))

        # 5. The vendor says it is solved: the message shows it, only "save" is left.
        await fake.send_event(dm_message_event(VENDOR_USER, "解决了"))
        await _until_settled(fake, fresh_db, "the case resolved")
        post = _case_post(fake)
        assert "已解决" in post["text"] and f"<@{VENDOR_USER}>" in post["text"]
        assert _button_ids(post) == ["case_save_faq"]
        assert open_case_of(fresh_db, _team(fresh_db), VENDOR_USER) is None
        # Exactly one relay, still, after everything settled.
        relayed = [text for text in _dm_texts(fake, VENDOR_USER) if "客服回复" in text]
        assert len(relayed) == 1

        # 6. Staff save the answer as a staff FAQ entry and approve it; a second vendor's
        # matching question is answered with it, marked as a staff answer.
        await fake.send_envelope(
            "interactive",
            block_actions_payload(
                STAFF_USER,
                "case_save_faq",
                value=str(case.id),
                channel=STAFF_CHANNEL,
                message_ts=post["ts"],
            ),
        )
        await fake.wait_until(
            lambda: fresh_db.conn.execute("SELECT COUNT(*) FROM staff_faq").fetchone()[0] == 1,
            message="the entry saved",
        )
        assert "approved" in faq_command(fresh_db, STAFF_USER, "approve 1")
        await fake.send_event(dm_message_event(SECOND_VENDOR, "杭州办公室可以当面咨询吗"))
        await _until_settled(fake, fresh_db, "the second vendor answered")
        [reply] = _dm_texts(fake, SECOND_VENDOR)
        assert ANSWER in reply and "（客服解答，非指南原文）" in reply
        assert open_case_of(fresh_db, _team(fresh_db), SECOND_VENDOR) is None  # no hand-off
    finally:
        await stop()
    assert bot.db is fresh_db


def _team(db: sqlite_utils.Database) -> str:
    return str(db.conn.execute("SELECT team_id FROM cases LIMIT 1").fetchone()[0])


async def test_the_answer_modal_relays_once_and_others_clicks_are_refused(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    fake.invite(STAFF_CHANNEL)
    engine = Engine(fresh_db, fake.settings())
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        await fake.send_event(dm_message_event(VENDOR_USER, f"转人工 {QUESTION}"))
        await _until_settled(fake, fresh_db, "the hand-off posted")
        case = open_case_of(fresh_db, _team(fresh_db), VENDOR_USER)
        assert case is not None
        post = _case_post(fake)
        # The bot's own post in the thread and a non-staff member's reply are never relayed.
        own = {**_staff_reply_event("服务商补充", "1700000001.000100", post["ts"])}
        own.update(user="UBOT", bot_id="BBOT")
        await fake.send_event(own)
        outsider = _staff_reply_event("我来回答", "1700000001.000200", post["ts"])
        outsider["user"] = "UOUTSIDER"
        await fake.send_event(outsider)
        await fake.wait_until(
            lambda: any("只有运营人员" in text for text in _thread(fake, post["ts"])),
            message="the non-staff note",
        )
        await _until_settled(fake, fresh_db, "nothing relayed")
        assert _dm_texts(fake, VENDOR_USER) and not any(
            "客服回复" in text for text in _dm_texts(fake, VENDOR_USER)
        )
        # A vendor (not staff) clicking "claim" changes nothing.
        await fake.send_envelope(
            "interactive",
            block_actions_payload(
                VENDOR_USER,
                "case_claim",
                value=str(case.id),
                channel=STAFF_CHANNEL,
                message_ts=post["ts"],
            ),
        )
        await fake.wait_until(lambda: bool(fake.ephemerals()), message="the refusal shown")
        assert "待认领" in _case_post(fake)["text"]
        # Staff answer through the modal (submitted twice: relayed once).
        await fake.send_envelope(
            "interactive",
            block_actions_payload(
                STAFF_USER,
                "case_answer",
                value=str(case.id),
                channel=STAFF_CHANNEL,
                message_ts=post["ts"],
                trigger_id="123.456",
            ),
        )
        await fake.wait_until(lambda: bool(fake.views("views.open")), message="modal")
        submission = view_submission_payload(
            STAFF_USER,
            "case_answer",
            text_input_state({"answer": ANSWER}, action_id="answer"),
            private_metadata=str(case.id),
            view_id="VCASE1",
        )
        await fake.send_envelope("interactive", submission)
        await fake.send_envelope("interactive", submission)
        await _until_settled(fake, fresh_db, "the relay delivered")
        relayed = [text for text in _dm_texts(fake, VENDOR_USER) if "客服回复" in text]
        assert len(relayed) == 1 and ANSWER in relayed[0]
        assert "已答复" in _case_post(fake)["text"]
    finally:
        await stop()


async def test_the_case_message_shows_the_newest_state_after_a_500_on_update(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    fake.invite(STAFF_CHANNEL)
    engine = Engine(fresh_db, fake.settings())
    _, bot, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        await fake.send_event(dm_message_event(VENDOR_USER, f"转人工 {QUESTION}"))
        await _until_settled(fake, fresh_db, "the hand-off posted")
        case = open_case_of(fresh_db, _team(fresh_db), VENDOR_USER)
        assert case is not None
        # Two changes queued back to back; Slack answers the first edit with a 500 (and keeps
        # it): the edit is sent again and the message ends showing the newer state.
        fake.fail("chat.update", status=500, stored=True)
        claim_case(fresh_db, case.id, STAFF_USER)
        resolve_case(fresh_db, case.id, STAFF_USER)
        bot.app.deps.outbox.wake()
        await _until_settled(fake, fresh_db, "the updates sent")
        post = _case_post(fake)
        assert "已解决" in post["text"] and _button_ids(post) == []
        assert [c.status for c in fake.calls("chat.update")][0] == 500
    finally:
        await stop()
