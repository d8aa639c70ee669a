"""Issue 11's findings, each against the strict fake Slack (scopes from manifest.yml, membership,
Slack's text encoding, size and Block Kit limits, "stored but answered 500").

Each test failed on the code before the fix (checked against main) and passes now.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

import sqlite_utils
from fakeslack import (
    BOT_USER_ID,
    FakeSlack,
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
    ScriptedEngine,
    SocketBot,
    start_dispatch_bot,
)
from slack_rules import MAX_BLOCK_TEXT_CHARS, block_text_length

from bot.conversation import Engine
from bot.storage import save_profile, utc_now
from rules.markets import MARKET_IDS

DM = f"D{VENDOR_USER}"
SPEC_TICKET = (
    "入驻云市场已缴纳保证金叁万元，请转财务\n"
    "\n"
    "阿里云账号：vendor@example.com\n"
    "公司名称：A&B Cloud Ltd\n"
    "快递地址：浙江省杭州市余杭区文一西路969号\n"
    "联系人：张三\n"
    "电话：13800138000"
)
ALL_MARKETS = list(MARKET_IDS)
# Fails (or lacks) every condition of every market: the longest verdict there is.
FAILING_PROFILE: dict[str, Any] = {
    "legal_entity": True,
    "license_date": "2024-01-01",
    "registered_capital": 50000,
    "team_size": 3,
    "social_insurance_proof": False,
    "aftersales_support": "none",
    "online_cs": "none",
    "experience_years": dict.fromkeys(ALL_MARKETS, 0),
    "api_integration": False,
    "ecs_image": False,
    "mature_product": False,
    "marketing_capability": False,
    "built_on_aliyun": False,
    "bigdata_offering": False,
    "enterprise_offering": False,
    "ecosystem_certified": False,
    "joint_solution": False,
    "industry": "other",
    "acp_engineers": 0,
    "customer_cases": False,
    "agreements_accepted": False,
    "alibaba_1688_member": False,
    "documents_ready": False,
    "dingtalk_ops": False,
    "employees": 1,
    "good_credit": False,
}


def _settled(db: sqlite_utils.Database) -> bool:
    """Every stored event processed and every queued message sent (the bot is idle)."""
    busy_inbox = db.conn.execute(
        "SELECT COUNT(*) FROM slack_events WHERE status = 'received'"
    ).fetchone()[0]
    unsent = db.conn.execute(
        "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
    ).fetchone()[0]
    return busy_inbox == 0 and unsent == 0


async def _say(fake: FakeSlack, db: sqlite_utils.Database, text: str) -> dict[str, Any]:
    """The vendor writes `text` in the DM; returns the bot's latest DM message after it."""
    before = len(fake.messages(DM))
    await fake.send_event(dm_message_event(VENDOR_USER, text))
    await fake.wait_until(
        lambda: len(fake.messages(DM)) > before and _settled(db), message=f"a reply to {text!r}"
    )
    return fake.messages(DM)[-1]


def _refused_posts(fake: FakeSlack) -> list[str]:
    return [
        str(call.response.get("error"))
        for call in fake.calls("chat.postMessage")
        if call.response and not call.response.get("ok")
    ]


# ---------------------------------------------------------------- finding 3: Slack's encoding


async def test_email_account_and_ampersand_company_typed_in_chat_give_the_spec_ticket(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2024, 5, 1))
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        await _say(fake, fresh_db, "工单")
        await _say(fake, fresh_db, "1")  # API市场
        # Slack delivers these as <mailto:vendor@example.com|vendor@example.com> and A&amp;B.
        await _say(fake, fresh_db, "vendor@example.com")
        await _say(fake, fresh_db, "A&B Cloud Ltd")
        await _say(fake, fresh_db, "浙江省杭州市余杭区文一西路969号")
        await _say(fake, fresh_db, "张三")
        review = await _say(fake, fresh_db, "13800138000")
        assert SPEC_TICKET in html.unescape(review["text"])
        await _say(fake, fresh_db, "确认")
    finally:
        await stop()
    [(text, fields_json)] = fresh_db.conn.execute(
        "SELECT text, fields_json FROM tickets WHERE status = 'final'"
    ).fetchall()
    assert text == SPEC_TICKET
    assert json.loads(fields_json)["account"] == "vendor@example.com"
    # Finance reads the staff post: the company as typed, escaped once (Slack shows "A&B").
    [staff_post] = [m for m in fake.messages(STAFF_CHANNEL) if "工单" in m["text"]]
    assert "A&amp;B Cloud Ltd" in staff_post["text"]
    assert "&amp;amp;" not in staff_post["text"]
    # Finance gets what it matches a deposit by (docs/PRIVACY.md), never address or phone.
    assert "阿里云账号 / Aliyun account: vendor@example.com" in html.unescape(staff_post["text"])
    assert "13800138000" not in staff_post["text"]


# ---------------------------------------------------------------- finding 4: verdict size


async def test_english_verdict_for_all_markets_fits_and_the_next_message_is_answered(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    save_profile(fresh_db, "T1", VENDOR_USER, FAILING_PROFILE, actor="test")
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2024, 5, 1))
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        await _say(fake, fresh_db, "english")
        await _say(fake, fresh_db, "start")
        await _say(fake, fresh_db, "all")
        verdict = await _say(fake, fresh_db, "continue")
        assert "Eligibility check" in verdict["text"]
        assert block_text_length(verdict["blocks"]) <= MAX_BLOCK_TEXT_CHARS
        # Condensed: the unmet conditions by name; the guide's wording on request.
        assert "Not met:" in verdict["text"] and "details" in verdict["text"]
        before = len(fake.messages(DM))
        detailed = await _say(fake, fresh_db, "details")
        parts = fake.messages(DM)[before:]
        assert len(parts) >= 2  # ~21,000 characters: more than one message holds
        assert 'Guide: "' in html.unescape("".join(m["text"] for m in parts))
        assert all(block_text_length(m["blocks"]) <= MAX_BLOCK_TEXT_CHARS for m in parts)
        assert detailed["blocks"][-1]["type"] == "actions"  # the buttons come last
        after = await _say(fake, fresh_db, "status")
        assert after["ts"] != detailed["ts"]
    finally:
        await stop()
    assert _refused_posts(fake) == []


# ---------------------------------------------------------------- finding 5: 40,000 characters


async def test_a_huge_commission_summary_reaches_staff_cut_cleanly(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    from bot.commission.importer import import_csv

    rows = ["order_id,vendor,category,amount,distribution,settled_on"]
    for i in range(200):
        for j, category in enumerate(("website", "api", "service")):
            rows.append(f"O{i}-{j},服务商{i:03d},{category},{1000 + i}.00,false,2020-10-05")
    import_csv(fresh_db, ("\n".join(rows) + "\n").encode(), actor="test")
    _, bot, stop = await start_dispatch_bot(fake_slack, fresh_db, ScriptedEngine())
    try:
        url = fake_slack.make_response_url()
        await fake_slack.send_envelope(
            "slash_commands",
            slash_command_payload("/commission", "summary 2020-10", STAFF_USER, response_url=url),
        )
        await fake_slack.wait_until(lambda: fake_slack.responses(url), timeout=30)
    finally:
        await stop()
    [response] = fake_slack.responses(url)
    text = str(response.params["text"])
    assert not response.params.get("truncated"), "Slack had to cut the message"
    assert len(text) <= 40_000
    assert text.count("```") % 2 == 0  # no code block left open


# ---------------------------------------------------------------- finding 7: top-level text


async def test_ticket_form_values_never_reach_top_level_text_as_markup(
    dispatch_bot: SocketBot,
) -> None:
    fake = dispatch_bot.fake
    hostile = "<!channel> <https://evil.example|阿里云官方>"
    fields = {
        "account": "vendor@example.com",
        "company": hostile,
        "address": "杭州市西湖区1号",
        "contact": "张三",
        "phone": "13800138000",
    }
    metadata = json.dumps({"channel": DM, "lang": "zh", "team_id": "T1", "user_id": VENDOR_USER})
    await fake.send_envelope(
        "interactive",
        view_submission_payload(
            VENDOR_USER, "ticket_form", text_input_state(fields), private_metadata=metadata
        ),
    )
    [posted] = await fake.wait_for("chat.postMessage")
    text = str(posted.params["text"])
    assert "<!channel>" not in text and "<https://" not in text
    assert "&lt;!channel&gt;" in text


# ---------------------------------------------------------------- finding 8: one reply


async def test_mentioning_the_bot_in_its_dm_gets_one_reply(dispatch_bot: SocketBot) -> None:
    fake, db = dispatch_bot.fake, dispatch_bot.db
    ts = "1700000000.000200"
    text = f"<@{BOT_USER_ID}> 你好"
    # Slack sends both for one message: message.im and app_mention.
    await fake.send_event(dm_message_event(VENDOR_USER, text, ts=ts))
    await fake.send_event(app_mention_event(VENDOR_USER, text, channel=DM, ts=ts))
    await fake.wait_until(
        lambda: (
            _settled(db) and db.conn.execute("SELECT COUNT(*) FROM slack_events").fetchone()[0] == 2
        )
    )
    assert len(fake.messages(DM)) == 1


# ---------------------------------------------------------------- finding 9: Home buttons


async def test_home_help_button_keeps_a_chinese_vendor_in_chinese(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fake = fake_slack
    engine = Engine(fresh_db, fake.settings(), today=lambda: date(2024, 5, 1))
    _, _, stop = await start_dispatch_bot(fake, fresh_db, engine)
    try:
        for action_id, value in (("home_help", "help"), ("home_start", "start")):
            before = len(fake.messages(DM))
            await fake.send_envelope(
                "interactive",
                block_actions_payload(VENDOR_USER, action_id, value, view={"id": "VH"}),
            )
            await fake.wait_until(
                lambda b=before: len(fake.messages(DM)) > b and _settled(fresh_db)
            )
            reply = fake.messages(DM)[-1]["text"]
            assert re.search(r"[\u4e00-\u9fff]", reply), reply[:200]
            assert engine.progress("T1", VENDOR_USER).lang == "zh"
    finally:
        await stop()


# ---------------------------------------------------------------- finding 10: /vendor


async def test_vendor_lookup_shows_vendor_entered_names_as_text(dispatch_bot: SocketBot) -> None:
    fake, db = dispatch_bot.fake, dispatch_bot.db
    company = "<https://evil.example|阿里云官方> & Co"
    # Two vendors' tickets match the query: /vendor lists their companies.
    for user in (VENDOR_USER, "UOTHER"):
        db.conn.execute(
            "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text,"
            " status, created_at) VALUES ('T1', ?, '[\"api\"]', 30000, ?, 'x', 'draft', ?)",
            (user, json.dumps({"company": company}, ensure_ascii=False), utc_now()),
        )
    url = fake.make_response_url()
    await fake.send_envelope(
        "slash_commands",
        slash_command_payload("/vendor", "阿里云官方", STAFF_USER, response_url=url),
    )
    await fake.wait_until(lambda: fake.responses(url))
    text = str(fake.responses(url)[0].params["text"])
    assert "阿里云官方" in text and "<https://evil" not in text
    assert "&lt;https://evil.example|阿里云官方&gt; &amp; Co" in text
    assert f"<@{VENDOR_USER}>" in text  # the bot's own mention stays a mention
