"""Round 43 (session 48): the tenth black-box reading — a new tester who never saw the code
played 12 vendors in the console at 9f5781c, one process per typed line on one database per
vendor (docs/evaluation/black_box_s53/report.md: 19 defects, 3 high). One test per defect class
fixed. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_black_box51 import _ticket_up_to_the_phone
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize(
    ("market", "typed", "field"),
    [
        ("API市场", "修改 拥有正规的公司资质", "legal_entity"),
        ("api market", "change API integration", "api_integration"),
    ],
)
def test_change_a_yes_no_item_asks_it_again(
    vendor: Vendor, market: str, typed: str, field: str
) -> None:
    # D1 (high): "修改 / change + a yes/no item" recorded a yes (the item's own 有 / 能).
    _at_question(vendor, market, "legal_entity")
    vendor.say("否" if market == "API市场" else "no")
    before = dict(vendor.profile())
    vendor.say(typed)
    assert vendor.profile().get(field) == before.get(field)
    assert vendor.state()["detour"] == field


def test_change_a_yes_no_item_to_a_value(vendor: Vendor) -> None:
    _at_question(vendor, "API市场", "legal_entity")
    vendor.say("否")
    vendor.say("修改 拥有正规的公司资质为是")
    assert vendor.profile()["legal_entity"] is True


def test_a_count_for_another_question_is_no_yes(vendor: Vendor) -> None:
    # D2 (high): "we have two ACP certified engineers" at the API question stored a yes.
    _at_question(vendor, "solution market", "api_integration")
    vendor.say("we have two ACP certified engineers")
    assert "api_integration" not in vendor.profile()
    assert vendor.profile()["acp_engineers"] == 2


@pytest.mark.parametrize("typed", ["那我们增资到120万以后再来", "注册资金我们下个月增资到150万"])
def test_a_value_to_come_after_the_verdict_is_not_stored(vendor: Vendor, typed: str) -> None:
    # D3 (high): stored as today's capital, and the verdict flipped to eligible.
    _at_question(vendor, "安全市场", "legal_entity")
    vendor.answer_all({**PASSING, "registered_capital": "80万"})
    reply = vendor.say(typed)
    assert vendor.profile()["registered_capital"] == 800000
    assert reply.text.startswith("如果注册资金为 1")
    assert vendor.verdicts() == {"security": "not_eligible"}


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [
        ("联系人改成李娜吧", "contact", "李娜"),
        ("地址也改一下，寄到上海市浦东新区张江路88号", "address", "上海市浦东新区张江路88号"),
    ],
)
def test_a_ticket_fix_keeps_only_its_value(
    vendor: Vendor, typed: str, field: str, value: str
) -> None:
    # D7: "联系人 = 李娜吧", "快递地址：寄到上海市…".
    _ticket_up_to_the_phone(vendor)
    vendor.say("13805712345")
    vendor.say(typed)
    assert vendor.state()["ticket_fields"][field] == value


@pytest.mark.parametrize(
    ("follow_up", "said"), [("怎么交？", "充值交纳"), ("交完以后还要干嘛", "第6步")]
)
def test_short_deposit_follow_ups(vendor: Vendor, follow_up: str, said: str) -> None:
    # D8: both refused as outside the guide (or read as a market).
    vendor.engine.start(vendor.key)
    vendor.say("保证金交多少钱")
    reply = vendor.say(follow_up)
    assert said in reply.text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "please draft ticket for security market",
            "drafting the deposit ticket for Security Market",
        ),
        (
            "hello, we already paid deposit for security market and IoT market, need the ticket text",
            "Security Market, IoT Market (deposit CNY 60,000)",
        ),
    ],
)
def test_english_ticket_requests_draft(vendor: Vendor, typed: str, said: str) -> None:
    # D10: the blank template and "Say "draft ticket"", then an eligibility check.
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert said in reply.text
    assert vendor.step() == "ticket_field"


@pytest.mark.parametrize("typed", ["ok so what's the deposit", "no, I don't want that"])
def test_an_english_first_message_is_answered_in_english(vendor: Vendor, typed: str) -> None:
    # D11: both answered in Chinese.
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in reply.text.splitlines()[0][:20])


def test_a_verbs_not_in_a_correction_after_the_verdict(vendor: Vendor) -> None:
    # D5: "we do NOT have API integration capability" was "all 11 markets except API Market?".
    _at_question(vendor, "solution market", "legal_entity")
    vendor.answer_all()
    assert vendor.verdicts() == {"solution": "eligible"}
    reply = vendor.say("wait, that's wrong. we do NOT have API integration capability")
    assert reply.text.startswith("Corrected: API integration capability = no")
    assert vendor.verdicts() == {"solution": "not_eligible"}


def test_why_is_a_market_not_ok_shows_the_reasons(vendor: Vendor) -> None:
    # D5: "why is devops not ok?" → "Do you mean all 11 markets except DevOps Market?".
    from tests.bot.conversation.conftest import PASSING

    _at_question(vendor, "new retail market and devops market", "legal_entity")
    vendor.answer_all({**PASSING, "ecosystem_certified": "no"})
    reply = vendor.say("why is devops not ok?")
    assert "Not met: Alibaba Cloud ecosystem certification" in reply.text
    assert vendor.state()["confirm_markets"] == []


@pytest.mark.parametrize("typed", ["算了 继续检查", "25"])
def test_back_to_the_check_from_the_tickets_market_question(vendor: Vendor, typed: str) -> None:
    # D6: "工单" mid-check, then "还没有开始检查 … 还没选市场" in a loop.
    _at_question(vendor, "数据智能", "team_size")
    vendor.say("工单")
    assert vendor.step() == "ticket_markets"
    vendor.say(typed)
    assert vendor.step() == "question"
    if typed == "25":
        assert vendor.profile()["team_size"] == 25
