"""The real Bolt app against the fake Slack (scripted conversation core).

Most tests feed the app in process (`dispatch_bot`: Bolt's async_dispatch, the default for
handler tests); those on `socket_bot` are the Socket Mode round-trips kept for the transport:
a DM and its reply, a click and its ack, a redelivered event, errors and a refusal carried
in the ack.
"""

from __future__ import annotations

import json

from fakeslack import (
    BOT_ID,
    BOT_USER_ID,
    app_home_opened_event,
    app_mention_event,
    block_actions_payload,
    dm_message_event,
    slash_command_payload,
    text_input_state,
    view_submission_payload,
)
from slack_harness import (
    STAFF_CHANNEL,
    STAFF_USER,
    VENDOR_USER,
    SocketBot,
    inbox_done,
    outbox_flushed,
    settle,
)

from bot.conversation.types import ConversationKey
from handlers.actions import action_inbox_id


def _rows(bot: SocketBot, sql: str) -> list[tuple]:
    return [tuple(row) for row in bot.db.conn.execute(sql).fetchall()]


async def test_dm_reaches_engine_and_reply_has_buttons(socket_bot: SocketBot) -> None:
    fake = socket_bot.fake
    ack = await fake.send_event(dm_message_event(VENDOR_USER, "开始"))
    assert ack["envelope_id"]
    [call] = await fake.wait_for("chat.postMessage")
    assert call.params["channel"] == f"D{VENDOR_USER}"
    blocks = call.param_json("blocks")
    buttons = blocks[-1]["elements"]
    assert [(b["action_id"], b["value"]) for b in buttons] == [
        ("choice:0", "yes"),
        ("choice:1", "no"),
    ]
    assert socket_bot.engine.calls[0] == ("text", ConversationKey("T1", VENDOR_USER), "开始")


async def test_button_click_calls_choice_retires_buttons_and_notifies_staff_once(
    socket_bot: SocketBot,
) -> None:
    # Every wait is on the bot's own state (the outbox recorded as sent, the click's turn
    # committed), never on how many calls the fake has seen: a click sent before the sender
    # committed the question's ts, or the outbox read before it recorded a post, made this
    # test fail now and then.
    fake = socket_bot.fake
    await fake.send_event(dm_message_event(VENDOR_USER, "开始"))
    await outbox_flushed(socket_bot, at_least=1)
    message = fake.messages(f"D{VENDOR_USER}")[0]
    click = block_actions_payload(
        VENDOR_USER, "choice:0", "yes", message_ts=message["ts"], message=message
    )
    ack = await fake.send_envelope("interactive", click)
    assert ack["envelope_id"]
    click_id = action_inbox_id(click)
    assert click_id is not None
    await inbox_done(socket_bot, click_id)
    # The reply to the vendor and one staff notification, both recorded as sent.
    await outbox_flushed(socket_bot, at_least=3)
    assert ("choice", ConversationKey("T1", VENDOR_USER), "yes") in socket_bot.engine.calls
    assert _rows(
        socket_bot, "SELECT dedupe_key, sent_at IS NOT NULL FROM outbox WHERE kind != 'reply'"
    ) == [(f"eligible:{VENDOR_USER}:api", 1)]
    staff = fake.messages(STAFF_CHANNEL)
    assert [m["text"] for m in staff] == [f"<@{VENDOR_USER}> 符合 API市场"]
    # Retiring the buttons is a cosmetic call after the turn; nothing of the bot records it.
    await fake.wait_for("chat.update")
    updated = fake.calls("chat.update")[0].param_json("blocks")
    assert all(block["type"] != "actions" for block in updated)
    # The same click delivered again (same action_ts) is a duplicate: refused by the inbox
    # before the ack, so by the time the ack is back nothing more can happen.
    await fake.send_envelope("interactive", click)
    assert _rows(socket_bot, "SELECT COUNT(*) FROM outbox") == [(3,)]
    # A second click on the same (now answered) message is a new click: it is not counted,
    # only the clicker is told, and the message is not rewritten again.
    second_click = block_actions_payload(
        VENDOR_USER, "choice:0", "yes", message_ts=message["ts"], message=message
    )
    await fake.send_envelope("interactive", second_click)
    second_id = action_inbox_id(second_click)
    assert second_id is not None and second_id != click_id
    await inbox_done(socket_bot, second_id)
    [ephemeral] = await fake.wait_for("chat.postEphemeral")
    assert ephemeral.params["user"] == VENDOR_USER
    assert ephemeral.params["text"].startswith("这个问题已经回答过了")
    assert _rows(socket_bot, "SELECT COUNT(*) FROM outbox") == [(3,)]
    assert len(fake.calls("chat.postMessage")) == 3
    assert len(fake.calls("chat.update")) == 1
    assert [c for c in socket_bot.engine.calls if c[0] == "choice"] == [
        ("choice", ConversationKey("T1", VENDOR_USER), "yes")
    ]
    assert len(fake.messages(STAFF_CHANNEL)) == 1


async def test_mention_replies_in_thread(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    await fake.send_event(app_mention_event(VENDOR_USER, "保证金多少", ts="100.000001"))
    [call] = await fake.wait_for("chat.postMessage")
    assert call.params["thread_ts"] == "100.000001"
    assert dispatch_bot.engine.calls[0] == (
        "text",
        ConversationKey("T1", VENDOR_USER, "100.000001"),
        "保证金多少",
    )


async def test_bot_own_messages_and_edits_are_ignored(socket_bot: SocketBot) -> None:
    fake = socket_bot.fake
    own = dm_message_event(BOT_USER_ID, "我自己的消息")
    own["bot_id"] = BOT_ID
    edited = dm_message_event(VENDOR_USER, "改过的")
    edited["subtype"] = "message_changed"
    joined = dm_message_event(VENDOR_USER, "joined")
    joined["subtype"] = "channel_join"
    for event in (own, edited, joined):
        await fake.send_event(event)
    # Bolt drops the bot's own message before any listener and our listener finishes the
    # others without a turn; neither leaves a state to wait on, hence the short settle.
    await settle()
    assert fake.calls("chat.postMessage") == []
    assert socket_bot.engine.calls == []


async def test_same_event_four_times_gives_one_reply(socket_bot: SocketBot) -> None:
    fake = socket_bot.fake
    event = dm_message_event(VENDOR_USER, "你好")
    acks = [
        await fake.send_event(
            event,
            event_id="EvSAME",
            retry_attempt=attempt,
            retry_reason="timeout" if attempt else "",
        )
        for attempt in range(4)
    ]
    assert len(acks) == 4
    # The turn committed and everything it queued is sent: a duplicate would be in the outbox.
    await inbox_done(socket_bot, "EvSAME")
    await outbox_flushed(socket_bot)
    assert len(fake.calls("chat.postMessage")) == 1
    assert [c for c in socket_bot.engine.calls if c[0] == "text"] == [
        ("text", ConversationKey("T1", VENDOR_USER), "你好")
    ]
    assert _rows(socket_bot, "SELECT event_id, event_type FROM slack_events") == [
        ("EvSAME", "message")
    ]


async def test_ticket_modal_bad_phone_gets_field_error_then_good_one_posts(
    socket_bot: SocketBot,
) -> None:
    fake = socket_bot.fake
    open_click = block_actions_payload(
        VENDOR_USER,
        "open_ticket_form",
        json.dumps({"lang": "zh", "values": {"company": "杭州某某科技有限公司"}}),
    )
    await fake.send_envelope("interactive", open_click)
    [opened] = await fake.wait_for("views.open")
    modal = opened.param_json("view")
    assert [b["block_id"] for b in modal["blocks"]] == [
        "account",
        "company",
        "address",
        "contact",
        "phone",
    ]
    assert modal["blocks"][1]["element"]["initial_value"] == "杭州某某科技有限公司"
    fields = {
        "account": "vendor@aliyun",
        "company": "杭州某某科技有限公司",
        "address": "杭州市西湖区1号",
        "contact": "张三",
        "phone": "12345",
    }

    def submission(phone: str) -> dict:
        return view_submission_payload(
            VENDOR_USER,
            "ticket_form",
            text_input_state({**fields, "phone": phone}),
            private_metadata=modal["private_metadata"],
        )

    bad = await fake.send_envelope("interactive", submission("12345"))
    assert bad["payload"]["response_action"] == "errors"
    assert set(bad["payload"]["errors"]) == {"phone"}
    assert fake.calls("chat.postMessage") == []

    good = await fake.send_envelope("interactive", submission("13800138000"))
    assert "payload" not in good or not good["payload"]
    [posted] = await fake.wait_for("chat.postMessage")
    assert posted.params["text"] == "工单预览：杭州某某科技有限公司"
    assert posted.params["channel"] == f"D{VENDOR_USER}"


async def test_staff_command_answers_and_non_staff_is_refused_and_audited(
    socket_bot: SocketBot,
) -> None:
    fake = socket_bot.fake
    staff_url, vendor_url = fake.make_response_url(), fake.make_response_url()
    await fake.send_envelope(
        "slash_commands",
        slash_command_payload(
            "/vendor", f"link <@{VENDOR_USER}> 杭州某某", STAFF_USER, response_url=staff_url
        ),
    )
    # Someone who is not staff is refused in the command's ack (the staff_only middleware):
    # the listener never runs, so nothing goes to the response URL.
    refused = await fake.send_envelope(
        "slash_commands",
        slash_command_payload("/vendor", "list", VENDOR_USER, response_url=vendor_url),
    )
    refusal = refused["payload"]
    assert "仅限" in refusal["text"] and "staff only" in refusal["text"]
    assert refusal["response_type"] == "ephemeral"
    await fake.wait_until(lambda: bool(fake.responses(staff_url)), message="the staff answer")
    [staff_answer] = fake.responses(staff_url)
    assert staff_answer.params["text"] == f"已关联 / Linked: 杭州某某 → <@{VENDOR_USER}>"
    assert staff_answer.params["response_type"] == "ephemeral"
    assert fake.responses(vendor_url) == []
    assert sorted(
        _rows(socket_bot, "SELECT actor, action, subject FROM audit_log ORDER BY id")
    ) == sorted(
        [
            (STAFF_USER, "vendor.link", "杭州某某"),
            (VENDOR_USER, "staff.denied", "/vendor"),
        ]
    )
    assert _rows(socket_bot, "SELECT vendor, user_id, linked_by FROM vendor_links") == [
        ("杭州某某", VENDOR_USER, STAFF_USER)
    ]


async def test_onboard_start_dms_the_vendor(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    url = fake.make_response_url()
    await fake.send_envelope(
        "slash_commands", slash_command_payload("/onboard", "start", VENDOR_USER, response_url=url)
    )
    [posted] = await fake.wait_for("chat.postMessage")
    assert posted.params["channel"] == f"D{VENDOR_USER}"
    assert posted.params["text"] == "欢迎！要检查哪些市场？"
    await fake.wait_until(lambda: bool(fake.responses(url)), message="the /onboard answer")
    assert fake.responses(url)[0].params["text"] == "已在私信中开始，请查看与我的对话。"


async def test_app_home_opened_publishes_progress(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    await fake.send_event(app_home_opened_event(VENDOR_USER))
    [call] = await fake.wait_for("views.publish")
    assert call.params["user_id"] == VENDOR_USER
    home = fake.home_view(VENDOR_USER)
    assert home is not None and home["type"] == "home"
    action_ids = [
        e["action_id"] for b in home["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert action_ids == ["home_start", "home_resume", "home_help"]
    text = "\n".join(b["text"]["text"] for b in home["blocks"] if b["type"] == "section")
    assert "符合入驻条件" in text


async def test_rate_limited_post_is_delayed_not_lost(dispatch_bot: SocketBot) -> None:
    fake = dispatch_bot.fake
    fake.fail("chat.postMessage", status=429, retry_after=1, times=1)
    await fake.send_event(dm_message_event(VENDOR_USER, "在吗"))
    calls = await fake.wait_for("chat.postMessage", count=2, timeout=10)
    assert [c.status for c in calls] == [429, 200]
    assert [m["text"] for m in fake.messages(f"D{VENDOR_USER}")] == ["收到：在吗"]


async def test_first_reply_in_a_thread_says_to_mention_the_bot_later_ones_do_not(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    await fake.send_event(app_mention_event(VENDOR_USER, "开始", ts="200.000001"))
    [first] = await fake.wait_for("chat.postMessage")
    hint = "提示：在本话题中回答时，请每次都 @onboard-bot，否则我收不到。"
    assert first.params["text"] == f"收到：开始\n\n{hint}"
    assert first.param_json("blocks")[-1]["elements"][0]["text"] == hint
    await fake.send_event(app_mention_event(VENDOR_USER, "是", thread_ts="200.000001"))
    second = (await fake.wait_for("chat.postMessage", count=2))[-1]
    assert second.params["text"] == "收到：是"
    await fake.send_event(dm_message_event(VENDOR_USER, "你好"))
    dm = (await fake.wait_for("chat.postMessage", count=3))[-1]
    assert dm.params["text"] == "收到：你好"


async def test_home_for_a_new_user_follows_their_slack_locale_and_is_republished(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    fake.set_user("UNEW", locale="en-US")
    # Before the user ever opens Home, their turns publish nothing.
    await fake.send_event(dm_message_event("UNEW", "hi"))
    await fake.wait_for("chat.postMessage")
    await fake.send_event(app_home_opened_event("UNEW"))
    await fake.wait_for("views.publish")
    assert fake.calls("views.publish")[0].params["user_id"] == "UNEW"
    home = fake.home_view("UNEW")
    assert home is not None
    assert home["blocks"][0]["text"]["text"] == "Cloud Marketplace onboarding"
    assert "Messages tab" in home["blocks"][1]["elements"][0]["text"]
    # A Home button, then a DM turn: each republishes; the locale was looked up once.
    await fake.send_envelope(
        "interactive", block_actions_payload("UNEW", "home_help", "help", view={"id": "VH"})
    )
    await fake.wait_for("views.publish", count=2)
    await fake.send_event(dm_message_event("UNEW", "next"))
    await fake.wait_for("views.publish", count=3)
    assert len(fake.calls("users.info")) == 1
