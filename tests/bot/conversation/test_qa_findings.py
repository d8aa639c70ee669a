"""QA findings driving the conversation as a new vendor: each test replays what the tester typed."""

from __future__ import annotations

import json

from bot.conversation import ConversationKey, Engine
from tests.bot.conversation.conftest import PASSING, TICKET, TODAY, Vendor

# TODAY is 2024-05-01: a licence of 2023-05-01 is exactly one year old, which 零售通's
# "企业成立时间超过1年以上" (strictly more than a year) refuses.
RETAIL_LINK_FAILING = {**PASSING, "registered_capital": "100万", "license_date": "2023-05-01"}


def _verdict_rows(vendor: Vendor) -> list[tuple[str, str, str]]:
    return vendor.db.conn.execute(
        "SELECT market, status, as_of FROM verdicts WHERE team_id = ? AND user_id = ?",
        (vendor.key.team_id, vendor.key.user_id),
    ).fetchall()


def _handoffs(vendor: Vendor) -> list[str]:
    return [row[0] for row in vendor.db.conn.execute("SELECT question FROM handoffs ORDER BY id")]


# ----- 1. a changed answer re-checks the stored verdicts ---------------------------------------


def test_changing_answers_while_picking_ticket_markets_rechecks_the_verdict(
    vendor: Vendor,
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all(RETAIL_LINK_FAILING)
    assert _verdict_rows(vendor) == [("retail_link", "not_eligible", "2024-05-01")]
    vendor.say("起草工单")
    assert vendor.step() == "ticket_markets"
    vendor.say("修改 注册资金")
    capital = vendor.say("200万")
    assert "检查结果有变化" not in capital.text  # the licence date still fails
    # … and the unmet conditions are said as they now stand (round 41: the capital no longer).
    assert (
        "未满足的条件有变化" in capital.text and "注册资金" not in capital.text.split("变化：")[1]
    )
    assert _verdict_rows(vendor) == [("retail_link", "not_eligible", "2024-05-01")]
    vendor.say("修改 营业执照日期")
    changed = vendor.say("2023-04-01")
    assert (
        "根据您修改后的回答，以下市场的检查结果有变化：\n  · 零售通市场：暂不符合入驻条件 → 符合入驻条件"
        in (changed.text)
    )
    assert "✅ 零售通市场：符合入驻条件" in changed.text
    assert "目前没有判定为可入驻的市场" not in changed.text
    assert _verdict_rows(vendor) == [("retail_link", "eligible", "2024-05-01")]
    assert vendor.step() == "verdict" and vendor.state()["eligible"] == ["retail_link"]
    assert [n.data["market"] for n in changed.notifications if n.kind == "eligible"] == [
        "retail_link"
    ]


def test_a_change_in_a_later_session_rechecks_a_confirmed_vendors_verdict(
    vendor: Vendor, settings
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all({**PASSING, "team_size": "20"})
    vendor.say("起草工单")
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    vendor.say("上一步")
    vendor.say("1")
    vendor.say("确认")
    assert _verdict_rows(vendor) == [("api", "eligible", "2024-05-01")]

    later = Vendor(Engine(vendor.db, settings, today=lambda: TODAY), vendor.key)
    later.engine.start(later.key)  # a new console session greets first
    later.say("修改 技术及客服团队人数")
    reply = later.say("5")
    assert "API市场：符合入驻条件 → 暂不符合入驻条件" in reply.text
    assert _verdict_rows(vendor) == [("api", "not_eligible", "2024-05-01")]
    [detail] = [
        json.loads(row[0])
        for row in vendor.db.conn.execute(
            "SELECT unmet_json FROM verdicts WHERE market = 'api'"
        ).fetchall()
    ]
    assert [unmet["key"] for unmet in detail] == ["team_size"]


def test_an_answer_that_changes_no_verdict_says_nothing_about_verdicts(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("修改 注册资金")
    reply = vendor.say("300万")
    assert "检查结果有变化" not in reply.text
    assert _verdict_rows(vendor) == [("security", "eligible", "2024-05-01")]


# ----- 3. ticket fields in the conversation --------------------------------------------------


def test_console_ticket_refuses_a_spaced_account_and_a_one_letter_address(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("起草工单")
    bad_account = vendor.say("a b c")
    assert "阿里云账号应为阿里云登录名" in bad_account.text
    assert "（account）" not in bad_account.text  # no option name in a chat (round 40, D26)
    assert vendor.state()["ticket_fields"] == {}
    vendor.say("阿里云账号：vendor@example.com")
    vendor.say(TICKET["company"])
    bad_address = vendor.say("x")
    assert "快递地址不完整" in bad_address.text and "例如" in bad_address.text
    assert vendor.state()["ticket_fields"] == {
        "account": "vendor@example.com",
        "company": TICKET["company"],
    }


# ----- 4. 转人工 / human -------------------------------------------------------------------------


def test_handoff_with_text_is_recognised_before_the_answer(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("全部")
    reply = vendor.say("转人工 外资企业能不能入驻")
    assert "已将您的问题转给工作人员（编号 1）：“外资企业能不能入驻”。" in reply.text
    assert _handoffs(vendor) == ["外资企业能不能入驻"]
    assert vendor.profile() == {} and vendor.current_question() == "legal_entity"
    [notification] = reply.notifications
    assert notification.data["question"] == "外资企业能不能入驻"


def test_human_colon_text_is_handed_over_not_answered(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("human: can a foreign company join?")
    assert 'passed your question to our staff (no. 1): "can a foreign company join?"' in reply.text
    assert _handoffs(vendor) == ["can a foreign company join?"]


def test_bare_human_never_forwards_a_question_label_and_asks_instead(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("security and api")
    vendor.say("yes")
    ask = vendor.say("human")
    assert ask.text == "What should I pass to staff? Your next message will be forwarded as it is."
    assert _handoffs(vendor) == []
    forwarded = vendor.say("Is a Hong Kong company accepted?")
    assert 'staff (no. 1): "Is a Hong Kong company accepted?"' in forwarded.text
    assert "Question 2/" in forwarded.text  # back to where the vendor was
    assert _handoffs(vendor) == ["Is a Hong Kong company accepted?"]
    assert vendor.profile() == {"legal_entity": True}


def test_bare_handoff_skips_confidently_answered_questions(engine: Engine) -> None:
    first = Vendor(engine, ConversationKey("T1", "U1"))
    first.engine.start(first.key)
    first.say("保证金交多少？")  # answered from the guide
    ask = first.say("转人工")
    assert "请写下要转给工作人员的问题" in ask.text and _handoffs(first) == []
    first.say("取消")  # a command is not the question: the handoff request is dropped
    assert _handoffs(first) == [] and first.step() == "idle"
    other_thread = Vendor(engine, ConversationKey("T1", "U1", "1700000000.000100"))
    other_thread.say("你们的老板是谁？")  # the bot cannot answer this one
    other_thread.say("保证金交多少？")
    reply = other_thread.say("转人工")
    assert "“你们的老板是谁？”" in reply.text
    assert _handoffs(other_thread) == ["你们的老板是谁？"]


# ----- 6. answers as people type them, in the conversation ----------------------------------


def test_support_hours_below_5x8_are_asked_again_and_above_are_explained(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("API市场")
    for answer in ("有的", "有，30人", "是"):
        vendor.say(answer)
    assert vendor.current_question() == "aftersales_support"
    refused = vendor.say("5x7")
    assert "“5x7”不是可选的服务时段：请回答 5x8、7x24 或 无" in refused.text
    assert "aftersales_support" not in vendor.profile()
    mapped = vendor.say("6x12")
    assert "6x12 不低于 5x8" in mapped.text and "按 5x8 记录" in mapped.text
    assert vendor.profile() == {
        "legal_entity": True,
        "team_size": 30,
        "social_insurance_proof": True,
        "aftersales_support": "5x8",
    }


# ----- 7. greetings ----------------------------------------------------------------------------


def test_a_greeting_from_a_new_vendor_is_a_first_welcome(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("你好")
    assert reply.text.startswith("您好！我是云市场入驻助手") and "欢迎回来" not in reply.text


def test_hi_from_a_new_vendor_is_a_first_welcome_in_english(engine: Engine) -> None:
    vendor = Vendor(engine, ConversationKey("T1", "U2"))
    vendor.engine.start(vendor.key)
    reply = vendor.say("hi")
    assert reply.text.startswith("Hello! I am the") and "Welcome back" not in reply.text


def test_welcome_back_only_with_progress(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    assert "欢迎回来" in vendor.say("你好").text


# ----- 8. language ----------------------------------------------------------------------------


def test_explicit_english_sticks_through_chinese_commands_and_answers(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.say("English")
    vendor.say("是的")
    back = vendor.say("上一步")
    assert back.lang == "en" and "Question 1/10" in back.text
    answered = vendor.say("是的")
    assert answered.lang == "en" and "Noted:" in answered.text
    sentence = vendor.say("保证金要交多少钱呢？")
    assert sentence.lang == "en"
    chinese = vendor.say("中文")
    assert chinese.lang == "zh" and "问题 2/10" in chinese.text


def test_short_chinese_answers_do_not_switch_an_english_conversation(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("security and api")
    assert vendor.say("对").lang == "en"  # answers question 1
    assert vendor.say("是的").lang == "en"  # not a date: asked again, still in English
    assert vendor.state()["lang"] == "en"


def test_a_lone_market_id_does_not_settle_english(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("api")
    reply = vendor.say("是")
    assert reply.lang == "zh" and "已记录" in reply.text


# ----- 9. status after cancel ------------------------------------------------------------------


def test_status_after_cancel_lists_saved_answers_and_last_markets(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("security and api")
    vendor.say("yes")
    cancelled = vendor.say("cancel")
    assert "answers are saved" in cancelled.text
    status = vendor.say("status")
    assert status.text.startswith(
        "Where you are:\nMarkets last chosen: Security Market, API Market\n"
        "Saved answers (1):\n  · lawfully registered company: yes\nTicket: not drafted"
    )
    assert "No markets chosen yet" not in status.text


# ----- 10. draft ticket from any step ----------------------------------------------------------


def test_draft_ticket_at_the_market_menu_asks_for_markets(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("起草工单")
    assert vendor.step() == "ticket_markets" and "工单要写哪些市场" in reply.text
    intro = vendor.say("API市场")
    assert "为 API市场 起草转财务工单（保证金 30,000 元）" in intro.text


def test_draft_ticket_after_cancel_uses_the_stored_eligible_verdicts(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("取消")
    reply = vendor.say("draft ticket")
    assert vendor.step() == "ticket_field"
    assert vendor.state()["ticket_markets"] == ["security"]
    assert "30,000" in reply.text
    back = vendor.say("上一步")  # at the first field, with no walk-through under way
    assert vendor.step() == "choose_markets" and "API市场" in back.text


def test_a_how_long_question_at_the_market_menu_is_answered_not_read_as_a_market(
    vendor: Vendor,
) -> None:
    """Found in a fresh-clone console: "入驻要多久" (no question mark) at the market menu got
    "没能识别您要选择的市场". A how-long question is a question with or without its mark."""
    vendor.engine.start(vendor.key)
    for question in ("入驻要多久", "审核要几天", "开店需要多长时间"):
        reply = vendor.say(question)
        assert "没能识别" not in reply.text, question
        assert "指南" in reply.text, question
        assert vendor.step() == "choose_markets"
