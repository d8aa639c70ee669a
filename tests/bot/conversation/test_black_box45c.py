"""Round 41 (session 46): the second black-box round's defects left open in session 45
(docs/ANSWERS.md "Round 41"), fixed in the chat. The conversation's today is TODAY (2024-05-01)."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

# ----- D7: a day said after "去年N月" is kept --------------------------------------------


def test_last_year_with_a_day_keeps_the_day(vendor: Vendor) -> None:
    _at_question(vendor, "零售通", "license_date")
    vendor.say("去年12月5号")
    assert vendor.profile()["license_date"] == "2023-12-05"


def test_last_year_with_no_such_day_says_so(vendor: Vendor) -> None:
    _at_question(vendor, "零售通", "license_date")
    reply = vendor.say("去年2月30号")
    assert "2023年2月30日 不存在" in reply.text
    assert "license_date" not in vendor.profile()


# ----- D21: "修改注册资金 一百五十万" after the verdict uses the value typed ------------------


def test_change_with_its_value_after_the_verdict(vendor: Vendor) -> None:
    vendor.say("服务市场")
    vendor.answer_all({**PASSING, "registered_capital": "80万"})
    assert vendor.verdicts() == {"service": "not_eligible"}
    reply = vendor.say("修改注册资金 一百五十万")
    assert vendor.profile()["registered_capital"] == 1500000
    assert vendor.current_question() is None
    assert vendor.verdicts() == {"service": "eligible"}
    assert "您之前的回答" not in reply.text


# ----- D22: an estimate near a limit says why the exact value is asked ---------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("大概21个人", "这个数附近的值会改变检查结果"),
        # An answer in English words is no change of language (black-box 48, D22): the
        # reply stays in the talk's Chinese.
        ("about twenty-one", "这个数附近的值会改变检查结果"),
    ],
)
def test_an_estimate_near_the_limit_says_why(vendor: Vendor, typed: str, said: str) -> None:
    _at_question(vendor, "服务市场", "team_size")
    reply = vendor.say(typed)
    assert said in reply.text
    assert "team_size" not in vendor.profile()


# ----- D23: the years counted beside a start year are the vendor's -------------------------


@pytest.mark.parametrize(
    ("typed", "value"), [("since 2019 so like 4 yrs", 4), ("从2019年开始做的，四年了", 4)]
)
def test_years_said_beside_a_start_year(vendor: Vendor, typed: str, value: int) -> None:
    _at_question(vendor, "security", "experience_years:security")
    vendor.say(typed)
    confirming = vendor.state()["confirming"]
    assert confirming["slot"] == "experience_years:security"
    assert confirming["value"] == value


# ----- D17 / D18: a month or a part of the sum asked after a commission answer -------------


def test_a_month_asked_after_a_commission_answer(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("2021年3月安全市场卖了20万，没有分销，佣金多少")
    reply = vendor.say("那4月呢")
    assert "2021年4月不在指南的佣金政策期间内" in reply.text
    assert vendor.step() == "choose_markets"


def test_a_month_and_the_refund_asked_in_english(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("english please")
    first = vendor.say(
        "so if in Oct 2020 we had 350k of website orders, 50k of them distribution, "
        "how much commission?"
    )
    assert "Commission: 45,000 yuan" in first.text  # "website orders" names the market
    assert "Commission: 45,000 yuan" in vendor.say("what about Nov?").text
    assert "Refunded early next month: 15,000 yuan." in vendor.say("and the refund?").text


def test_the_refund_asked_in_chinese(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("2021年3月安全市场卖了20万，没有分销，佣金多少")
    assert "次月初返还 1万元" in vendor.say("返还呢").text


def test_a_month_with_nothing_asked_before_is_no_follow_up(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    reply = vendor.say("那4月呢")
    assert "2021年4月" not in reply.text


# ----- D13: answers corrected in words on the summary of answers on file --------------------


def test_an_answer_corrected_on_the_summary(vendor: Vendor) -> None:
    vendor.say("企业应用市场")
    vendor.answer_all({**PASSING, "registered_capital": "10万"})
    vendor.say("查看其他市场")
    vendor.say("基础软件市场")
    assert vendor.step() == "confirm_known"
    reply = vendor.say("注册资金其实是150万")
    assert "已更正：注册资金 = 150万元" in reply.text
    assert vendor.profile()["registered_capital"] == 1500000
    assert vendor.step() == "confirm_known"


# ----- D13: the ticket's markets changed in words at its review ----------------------------

_FIELDS = (
    "账号 erp_cloud，公司 上海云启信息技术有限公司，地址 上海市徐汇区宜山路700号，联系人 陈静，"
    "电话 021-64851234"
)


@pytest.mark.parametrize(
    "typed", ["oh and retail link got postponed, only API for now", "零售通先不做了", "只交API的"]
)
def test_ticket_markets_changed_in_words_at_the_review(vendor: Vendor, typed: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("生成工单 API和零售通")
    vendor.say(_FIELDS)
    assert vendor.step() == "ticket_review"
    reply = vendor.say(typed)
    state = vendor.state()
    assert state["ticket_markets"] == ["api"]
    assert state["ticket_fields"]["account"] == "erp_cloud"
    assert vendor.step() == "ticket_review"
    assert "30,000" in reply.text
    assert "入驻云市场已缴纳保证金叁万元" in reply.text
    assert [row["amount"] for row in vendor.tickets()] == [30000]
