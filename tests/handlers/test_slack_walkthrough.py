"""End to end with the REAL conversation core: Socket Mode DM walk-through → verdict → ticket.

The vendor's earlier answers are on file, so the walk-through asks only the two yes/no
questions left, all answered by button clicks delivered as Socket Mode envelopes.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlite_utils
from fakeslack import (
    FakeSlack,
    block_actions_payload,
    dm_message_event,
    text_input_state,
    view_submission_payload,
)
from slack_harness import (
    API_PROFILE_ON_FILE,
    STAFF_CHANNEL,
    VENDOR_USER,
    SocketBot,
    buttons_of,
    outbox_flushed,
    start_dispatch_bot,
)

from bot.conversation import Engine
from bot.storage import save_profile
from handlers.blocks import unnumbered_label

DM = f"D{VENDOR_USER}"


async def _click(bot: SocketBot, label: str, posted_before: int) -> dict[str, Any]:
    """Click the button called `label` on the bot's latest DM message (once the outbox has
    recorded it as sent, as a click is judged against that); return the next one."""
    fake = bot.fake
    await outbox_flushed(bot)
    message = fake.messages(DM)[-1]
    button = next(b for b in buttons_of(message) if unnumbered_label(b["text"]["text"]) == label)
    payload = block_actions_payload(
        VENDOR_USER, button["action_id"], button["value"], message_ts=message["ts"], message=message
    )
    ack = await fake.send_envelope("interactive", payload)
    assert ack["envelope_id"] and not ack.get("payload")  # plain ack, work after it
    await fake.wait_for(
        "chat.postMessage",
        count=posted_before + 1,
        predicate=lambda c: c.params.get("channel") == DM,
    )
    return fake.messages(DM)[-1]


async def test_dm_walkthrough_to_verdict_and_ticket_modal(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    save_profile(fresh_db, "T1", VENDOR_USER, API_PROFILE_ON_FILE, actor="test")
    settings = fake.settings()
    engine = Engine(fresh_db, settings, today=lambda: date(2024, 5, 1))
    _, bot, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        acks = [await fake.send_event(dm_message_event(VENDOR_USER, "开始"))]
        await fake.wait_for("chat.postMessage")
        greeting = fake.messages(DM)[-1]
        select = next(
            e
            for b in greeting["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
            if e["type"] == "multi_static_select"
        )
        api_option = next(o for o in select["options"] if o["value"] == "api")

        # Pick API市场 in the multi-select, then press 确定.
        pick = block_actions_payload(
            VENDOR_USER, "multi_submit", "submit", message_ts=greeting["ts"], message=greeting
        )
        pick["state"] = {
            "values": {
                "multi_choice": {
                    "multi_choice": {
                        "type": "multi_static_select",
                        "selected_options": [api_option],
                    }
                }
            }
        }
        await outbox_flushed(bot)
        acks.append(await fake.send_envelope("interactive", pick))
        await fake.wait_for("chat.postMessage", count=2)
        known = fake.messages(DM)[-1]
        assert "API市场" in known["text"] and "继续" in [
            b["text"]["text"] for b in buttons_of(known)
        ]

        question = await _click(bot, "继续", 2)
        assert "正规的公司资质" in question["text"]
        question = await _click(bot, "是", 3)
        assert "社保" in question["text"]
        verdict = await _click(bot, "是", 4)
        assert "30,000 元" in verdict["text"] and "叁万元" in verdict["text"]
        assert len(fake.acks()) == 5

        # The eligible notification reaches the staff channel exactly once.
        await fake.wait_for(
            "chat.postMessage", predicate=lambda c: c.params.get("channel") == STAFF_CHANNEL
        )
        [notice] = fake.messages(STAFF_CHANNEL)
        assert "API" in notice["text"]
        progress = engine.progress("T1", VENDOR_USER)
        assert [(v.market, v.status) for v in progress.verdicts] == [("api", "eligible")]

        # The ticket: the form button opens the modal; a bad phone is refused in the ack.
        ticket_prompt = await _click(bot, "起草转财务工单", 5)
        form_button = next(
            b for b in buttons_of(ticket_prompt) if b["action_id"] == "open_ticket_form"
        )
        await fake.send_envelope(
            "interactive",
            block_actions_payload(
                VENDOR_USER,
                "open_ticket_form",
                form_button["value"],
                message_ts=ticket_prompt["ts"],
                message=ticket_prompt,
            ),
        )
        [opened] = await fake.wait_for("views.open")
        modal = opened.param_json("view")
        fields = {
            "account": "vendor@example.com",
            "company": "杭州某某科技有限公司",
            "address": "杭州市西湖区文三路1号",
            "contact": "张三",
            "phone": "12345",
        }

        def submit(phone: str) -> dict[str, Any]:
            return view_submission_payload(
                VENDOR_USER,
                modal["callback_id"],
                text_input_state({**fields, "phone": phone}, action_id="ignored"),
                private_metadata=modal["private_metadata"],
            )

        refused = await fake.send_envelope("interactive", submit("12345"))
        assert refused["payload"]["response_action"] == "errors"
        assert list(refused["payload"]["errors"]) == ["phone"]
        assert "13800138000" in refused["payload"]["errors"]["phone"]
        assert refused["payload"]["errors"]["phone"].startswith("电话“12345”")
        posted = len(fake.messages(DM))

        await fake.send_envelope("interactive", submit("13800138000"))
        await fake.wait_for(
            "chat.postMessage", count=posted + 1, predicate=lambda c: c.params.get("channel") == DM
        )
        review = fake.messages(DM)[-1]
        assert "入驻云市场已缴纳保证金叁万元，请转财务" in review["text"]
        assert "电话：13800138000" in review["text"]
        assert json.loads(modal["private_metadata"])["user"] == VENDOR_USER
    finally:
        await stop()
