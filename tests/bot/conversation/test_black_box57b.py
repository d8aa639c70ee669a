"""Round 46 (session 51): left-overs of the fourteenth black-box reading
(docs/evaluation/black_box_s57/report.md D19, D23, D25) and a ticket asked for by its purpose
("帮我写保证金工单"). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question

TICKET_FIELDS = ("shop_partner_2020", "上海安网科技有限公司", "上海市浦东新区张江路100号", "王丽")


@pytest.mark.parametrize("typed", ["2018-11-11", "2018/11/11", "2018.11"])
def test_a_date_at_the_head_count_is_said_to_be_a_date(vendor: Vendor, typed: str) -> None:
    # D23: "2018-11-11" was asked back as "2018 还是 11?".
    _at_question(vendor, "物联网市场", "team_size")
    reply = vendor.say(typed).text
    assert "看起来是一个日期" in reply
    assert "team_size" not in vendor.profile()
    assert vendor.current_question() == "team_size"


def test_a_range_at_the_head_count_is_still_asked_back(vendor: Vendor) -> None:
    _at_question(vendor, "物联网市场", "team_size")
    assert "“20-30”是 20 还是 30" in vendor.say("20-30").text


def test_the_deposit_ticket_asked_by_its_purpose_then_what_next(vendor: Vendor) -> None:
    # "帮我写保证金工单" gave step 6's how-to and the market menu, not the ticket; D25: "然后呢"
    # after the confirmed ticket asked which step the vendor was on.
    vendor.engine.start(vendor.key)
    vendor.say("帮我写保证金工单")
    assert vendor.step().startswith("ticket")
    vendor.say("零售通")
    for field in TICKET_FIELDS:
        vendor.say(field)
    vendor.say("13812345678")
    vendor.say("确认")
    assert [row["amount"] for row in vendor.tickets()] == [50000]
    assert "第6步（提交工单）之后是第7步" in vendor.say("然后呢").text


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        ("两个呢", "2 × 30,000 = 6万元"),
        ("三个呢", "3 × 30,000 = 9万元"),
        ("退?", "合作终止后退回"),
    ],
)
def test_short_follow_ups_after_a_deposit_answer(vendor: Vendor, follow_up: str, said: str) -> None:
    # D19: "两个呢" and "退?" after "保证金?" were declined as outside the guide.
    vendor.engine.start(vendor.key)
    vendor.say("保证金?")
    reply = vendor.say(follow_up).text
    assert said in reply
    assert "不在云市场服务商入驻指南的范围内" not in reply


@pytest.mark.parametrize(
    ("asked", "follow_up", "said"),
    [
        ("佣金政策是什么", "2021年4月以后呢？", "指南没有说明此后适用什么佣金政策"),
        (
            "what is the commission policy",
            "what about after April 2021?",
            "does not say what commission policy or rates apply after that",
        ),
    ],
)
def test_a_time_after_the_commission_policy(
    vendor: Vendor, asked: str, follow_up: str, said: str
) -> None:
    # D19: "2021年4月以后呢？" after the policy answer was declined; the full sentence was not.
    vendor.engine.start(vendor.key)
    vendor.say(asked)
    assert said in vendor.say(follow_up).text


@pytest.mark.parametrize(
    ("typed", "website", "service"),
    [("建站三年，服务两年", 3, 2), ("建站做了三年，运维两年", 3, 2), ("服务两年，建站三年", 3, 2)],
)
def test_two_markets_experience_in_one_line(
    vendor: Vendor, typed: str, website: int, service: int
) -> None:
    # D21: "建站做了三年，运维两年" stored the website years only; the service years were asked
    # again.
    _at_question(vendor, "服务市场和建站市场", "experience_years:service")
    vendor.say(typed)
    assert vendor.profile()["experience_years"] == {"website": website, "service": service}


@pytest.mark.parametrize("typed", ["3y for all", "3 years for both", "都是3年", "两个都是三年"])
def test_the_same_years_for_every_market(vendor: Vendor, typed: str) -> None:
    # D22: "3y for all" was refused as no number of years.
    _at_question(vendor, "服务市场和建站市场", "experience_years:service")
    vendor.say(typed)
    assert vendor.profile()["experience_years"] == {"website": 3, "service": 3}


def test_all_said_of_something_else_is_no_value_for_every_market(vendor: Vendor) -> None:
    _at_question(vendor, "服务市场和建站市场", "experience_years:service")
    vendor.say("我们都是自己做的，3年")
    assert vendor.profile()["experience_years"] == {"service": 3}


@pytest.mark.parametrize("typed", ["exactly 1,000,000", "正好100万"])
def test_an_exact_amount(vendor: Vendor, typed: str) -> None:
    # D22: "exactly 1,000,000" was "not an amount".
    _at_question(vendor, "security market", "registered_capital")
    vendor.say(typed)
    assert vendor.profile()["registered_capital"] == 1_000_000


def test_two_industries_ask_for_the_main_one(vendor: Vendor) -> None:
    # D22: "物联网+物流" was refused as no listed industry.
    _at_question(vendor, "solution market", "industry")
    assert "names several industries (IoT or logistics)" in vendor.say("物联网+物流").text
    assert "industry" not in vendor.profile()
    vendor.say("物联网")
    assert vendor.profile()["industry"] == "iot"


@pytest.mark.parametrize("typed", ["same", "same as above", "同上"])
def test_same_hours_as_the_after_sales(vendor: Vendor, typed: str) -> None:
    # D22: "same" at the online-service hours, right after the after-sales hours, was refused.
    _at_question(vendor, "api and service market", "online_cs")
    vendor.say(typed)
    assert vendor.profile()["online_cs"] == vendor.profile()["aftersales_support"] == "7x24"


def test_which_licence_date_is_asked_at_its_question(vendor: Vendor) -> None:
    # D24: the question got every market's licence-years table and "无法确定".
    _at_question(vendor, "数据智能市场", "license_date")
    reply = vendor.say("营业执照是哪个日期？成立日期还是发证日期？").text
    assert reply.startswith("请填写营业执照上的“成立日期”")
    assert "营业执照满 2 年" not in reply
    assert vendor.current_question() == "license_date"


def test_two_businesses_described_point_to_both_markets(vendor: Vendor) -> None:
    # D26: "…sell security software and also build websites…" proposed the security market only.
    vendor.engine.start(vendor.key)
    reply = vendor.say(
        "hi, we want to sell security software and also build websites on alibaba cloud"
    ).text
    assert reply.startswith(
        "From what you describe, that would be Website Building Market, Security Market, right?"
    )
    vendor.say("yes")
    assert vendor.state()["markets"] == ["website", "security"]
