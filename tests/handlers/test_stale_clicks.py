"""QA findings 1, 2, 5 and 7 with the REAL conversation core over Socket Mode: a click counts
only on the question it was asked on, by the vendor it was asked, and old form buttons and
forms say the ticket moved on instead of acting."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import pytest
import sqlite_utils
from fakeslack import (
    FakeSlack,
    app_mention_event,
    block_actions_payload,
    dm_message_event,
    text_input_state,
    view_submission_payload,
)
from slack_harness import (
    API_PROFILE_ON_FILE,
    VENDOR_USER,
    SocketBot,
    buttons_of,
    outbox_flushed,
    start_dispatch_bot,
)

from bot.conversation import Engine
from bot.conversation.store import latest_conversation
from bot.storage import load_profile, save_profile
from handlers.blocks import unnumbered_label

DM = f"D{VENDOR_USER}"
TICKET_FIELDS = {
    "account": "vendor@example.com",
    "company": "杭州某某科技有限公司",
    "address": "杭州市西湖区文三路1号",
    "contact": "张三",
    "phone": "13800138000",
}


@pytest.fixture
async def real_bot(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> AsyncIterator[SocketBot]:
    save_profile(fresh_db, "T1", VENDOR_USER, API_PROFILE_ON_FILE, actor="test")
    engine = Engine(fresh_db, fake_slack.settings(), today=lambda: date(2024, 5, 1))
    _, bot, stop = await start_dispatch_bot(fake_slack, fresh_db, engine)
    try:
        yield bot
    finally:
        await stop()


def _click_payload(message: dict[str, Any], label: str, user: str = VENDOR_USER) -> dict[str, Any]:
    button = next(b for b in buttons_of(message) if unnumbered_label(b["text"]["text"]) == label)
    payload = block_actions_payload(
        user,
        button["action_id"],
        button["value"],
        channel=message["channel"],
        message_ts=message["ts"],
        message=message,
    )
    payload["actions"][0]["text"] = button["text"]  # Slack echoes the clicked button's label
    return payload


async def _posted(bot: SocketBot, count: int, channel: str = DM) -> dict[str, Any]:
    """The bot's latest message in `channel` once it posted `count` there and its outbox
    recorded every post as sent (a click is judged against what the outbox recorded)."""
    await bot.fake.wait_for(
        "chat.postMessage", count=count, predicate=lambda c: c.params.get("channel") == channel
    )
    await outbox_flushed(bot)
    return bot.fake.messages(channel)[-1]


async def _to_first_question(bot: SocketBot) -> dict[str, Any]:
    """开始 → pick API市场 → 继续: the first yes/no question (正规的公司资质)."""
    fake = bot.fake
    await fake.send_event(dm_message_event(VENDOR_USER, "开始"))
    await fake.send_event(dm_message_event(VENDOR_USER, "API市场"))
    known = await _posted(bot, 2)
    await fake.send_envelope("interactive", _click_payload(known, "继续"))
    question = await _posted(bot, 3)
    assert "正规的公司资质" in question["text"]
    return question


async def test_double_click_counts_once_and_never_answers_the_next_question(
    real_bot: SocketBot,
) -> None:
    bot = real_bot
    fake, engine = bot.fake, bot.engine
    question = await _to_first_question(bot)
    first, second = _click_payload(question, "是"), _click_payload(question, "是")
    assert first["actions"][0]["action_ts"] != second["actions"][0]["action_ts"]
    await fake.send_envelope("interactive", first)
    await fake.send_envelope("interactive", second)
    [ephemeral] = await fake.wait_for("chat.postEphemeral")
    assert ephemeral.params["text"].startswith("这个问题已经回答过了")
    next_question = await _posted(bot, 4)
    assert "社保" in next_question["text"]
    await fake.wait_for("chat.update")
    progress = engine.progress("T1", VENDOR_USER)
    # The social-insurance question was never answered by the second click: no verdict yet.
    assert progress.verdicts == [] and progress.step == "question"
    assert len(fake.messages(DM)) == 4
    assert [c.params["ts"] for c in fake.calls("chat.update")].count(question["ts"]) == 1


async def test_click_on_an_old_question_after_a_typed_answer_changes_nothing(
    real_bot: SocketBot, fresh_db: sqlite_utils.Database
) -> None:
    bot = real_bot
    fake = bot.fake
    question = await _to_first_question(bot)
    await fake.send_event(dm_message_event(VENDOR_USER, "是"))
    await _posted(bot, 4)
    profile_before = load_profile(fresh_db, "T1", VENDOR_USER)
    await fake.send_envelope("interactive", _click_payload(question, "否"))
    [ephemeral] = await fake.wait_for("chat.postEphemeral")
    assert ephemeral.params["text"].startswith("这个问题已经回答过了")
    assert load_profile(fresh_db, "T1", VENDOR_USER) == profile_before
    assert question["ts"] not in [c.params["ts"] for c in fake.calls("chat.update")]
    assert len(fake.messages(DM)) == 4


async def test_english_vendor_sees_english_on_the_retired_message_and_refusals(
    real_bot: SocketBot, fresh_db: sqlite_utils.Database
) -> None:
    bot = real_bot
    fake = bot.fake
    await fake.send_event(dm_message_event(VENDOR_USER, "start"))
    await fake.send_event(dm_message_event(VENDOR_USER, "API market"))
    known = await _posted(bot, 2)
    state = latest_conversation(fresh_db, "T1", VENDOR_USER)
    assert state is not None and state.lang == "en"
    await fake.send_envelope("interactive", _click_payload(known, "Continue"))
    question = await _posted(bot, 3)
    await fake.send_envelope("interactive", _click_payload(question, "Yes"))
    update = (await fake.wait_for("chat.update", count=2))[-1]
    assert update.params["ts"] == question["ts"]
    note = update.param_json("blocks")[-1]["elements"][0]["text"]
    assert note == "You chose: *Yes*"
    await fake.send_envelope("interactive", _click_payload(question, "Yes"))
    [ephemeral] = await fake.wait_for("chat.postEphemeral")
    assert ephemeral.params["text"].startswith("This question was already answered")


async def test_someone_else_clicking_a_vendors_thread_question_is_told_whose_it_is(
    real_bot: SocketBot, fresh_db: sqlite_utils.Database
) -> None:
    bot = real_bot
    fake = bot.fake
    await fake.send_event(app_mention_event(VENDOR_USER, "开始", channel="C1", ts="100.000001"))
    greeting = await _posted(bot, 1, channel="C1")
    assert greeting["thread_ts"] == "100.000001"
    await fake.send_event(
        app_mention_event(VENDOR_USER, "API市场", channel="C1", thread_ts="100.000001")
    )
    known = await _posted(bot, 2, channel="C1")
    await fake.send_envelope("interactive", _click_payload(known, "继续", user="UOTHER"))
    [ephemeral] = await fake.wait_for("chat.postEphemeral")
    assert ephemeral.params["user"] == "UOTHER"
    assert ephemeral.params["text"].startswith(f"这是 <@{VENDOR_USER}> 的问题")
    assert ephemeral.params["thread_ts"] == "100.000001"
    assert len(fake.messages("C1")) == 2 and fake.calls("chat.update") == []
    assert latest_conversation(fresh_db, "T1", "UOTHER") is None
    # The vendor's own click still counts.
    await fake.send_envelope("interactive", _click_payload(known, "继续"))
    question = await _posted(bot, 3, channel="C1")
    assert "正规的公司资质" in question["text"]


async def test_old_form_button_and_old_form_after_the_ticket_is_final(
    real_bot: SocketBot,
) -> None:
    bot = real_bot
    fake, engine = bot.fake, bot.engine
    question = await _to_first_question(bot)
    await fake.send_envelope("interactive", _click_payload(question, "是"))
    question = await _posted(bot, 4)
    await fake.send_envelope("interactive", _click_payload(question, "是"))
    verdict = await _posted(bot, 5)
    await fake.send_envelope("interactive", _click_payload(verdict, "起草转财务工单"))
    ticket_prompt = await _posted(bot, 6)
    form_button = next(b for b in buttons_of(ticket_prompt) if b["action_id"] == "open_ticket_form")
    open_form = block_actions_payload(
        VENDOR_USER,
        "open_ticket_form",
        form_button["value"],
        message_ts=ticket_prompt["ts"],
        message=ticket_prompt,
    )
    await fake.send_envelope("interactive", open_form)
    [opened] = await fake.wait_for("views.open")
    modal = opened.param_json("view")

    def submission(view_id: str) -> dict[str, Any]:
        return view_submission_payload(
            VENDOR_USER,
            modal["callback_id"],
            text_input_state(TICKET_FIELDS, action_id="x"),
            private_metadata=modal["private_metadata"],
            view_id=view_id,
        )

    await fake.send_envelope("interactive", submission("V1"))
    review = await _posted(bot, 7)
    # The ticket text is in a code block of its own, so it copies exactly.
    code = [b["text"]["text"] for b in review["blocks"] if b["type"] == "section"]
    assert any(
        t.startswith("```入驻云市场已缴纳保证金叁万元，请转财务")
        and t.endswith("电话：13800138000```")
        for t in code
    )
    await fake.send_envelope("interactive", _click_payload(review, "确认工单"))
    await _posted(bot, 8)
    assert engine.progress("T1", VENDOR_USER).ticket_status == "final"

    # 确认工单 again, and the old form button: told, nothing posted, no modal.
    await fake.send_envelope("interactive", _click_payload(review, "确认工单"))
    await fake.send_envelope("interactive", {**open_form, "trigger_id": "t2"})
    ephemerals = await fake.wait_for("chat.postEphemeral", count=2)
    assert all(e.params["text"].startswith("这个问题已经回答过了") for e in ephemerals)
    assert len(fake.calls("views.open")) == 1 and len(fake.messages(DM)) == 8

    # The form opened earlier, submitted again after the ticket is final: told in the form.
    refused = await fake.send_envelope("interactive", submission("V2"))
    assert refused["payload"]["response_action"] == "errors"
    assert list(refused["payload"]["errors"]) == ["account"]
    assert "已确认完成" in refused["payload"]["errors"]["account"]
    assert "起草工单" in refused["payload"]["errors"]["account"]
    assert len(fake.messages(DM)) == 8
