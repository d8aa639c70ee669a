"""Round 47 (session 52): round 46's seventeenth black-box reading, its defects left then
(docs/evaluation/black_box_s60/report.md D4, D11), mended now. The conversation's today is
2024-05-01."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.conversation.questions import format_value
from rules.eligibility import months_in_years
from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

_SERVICE_MARKET_ANSWERS = ["是", "2017-01-01", "500万", "25", "是", "7x24", "3年", "是", "是"]


def test_a_value_changed_back_at_the_ticket_markets_is_stored(vendor: Vendor) -> None:
    # D4: "算了，人数还是改回25" at "which markets is the ticket for?" got a false "还没选市场".
    vendor.engine.start(vendor.key)
    vendor.say("服务市场")
    for line in _SERVICE_MARKET_ANSWERS:
        vendor.say(line)
    vendor.say("不对，团队人数其实只有18个人")
    assert vendor.profile()["team_size"] == 18
    vendor.say("2")
    reply = vendor.say("算了，人数还是改回25").text
    assert "还没选市场" not in reply
    assert reply.startswith("已更正：技术及客服团队人数（公司社保） = 25 人")
    assert vendor.profile()["team_size"] == 25


def test_changed_back_mid_form(vendor: Vendor) -> None:
    _at_question(vendor, "service market", "social_insurance_proof")
    vendor.say("team size back to 30 please")
    assert vendor.profile()["team_size"] == 30


def test_not_knowing_a_document_is_no_unknown_value(vendor: Vendor) -> None:
    # D11: "不知道有没有这个表，要问HR" at the capital question recorded capital as unknown.
    _at_question(vendor, "服务市场", "registered_capital")
    reply = vendor.say("不知道有没有这个表，要问HR").text
    assert reply.startswith("这一题问的是注册资金（一个数值），不是表格或证明，所以没有记录。")
    assert vendor.current_question() == "registered_capital"
    assert "registered_capital" not in vendor.profile()
    assert "已记为“不知道”" in vendor.say("不知道").text


@pytest.mark.parametrize(
    ("value", "months"),
    [
        ("0.66", 8),
        ("0.67", 8),
        ("0.25", 3),
        ("1.08", 13),
        ("0.5", None),
        ("2", None),
        ("2.7", None),
        ("0", None),
    ],
)
def test_months_behind_a_fraction_of_years(value: str, months: int | None) -> None:
    assert months_in_years(Decimal(value)) == months


def test_eight_months_are_said_beside_their_years(vendor: Vendor) -> None:
    # D19: 8 months were shown as "0.66 years" alone.
    _at_question(vendor, "API市场", "experience_years:api")
    reply = vendor.say("8个月").text
    assert "0.67 年（约 8 个月）" in reply  # rounded to the nearest (black-box s64 D15)
    assert format_value("experience_years:api", "0.66", "en") == "0.66 years (about 8 months)"
    assert format_value("experience_years:api", "2", "en") == "2 years"


@pytest.mark.parametrize("said", ["接受", "agree"])
def test_accepting_is_no_yes_to_another_question(vendor: Vendor, said: str) -> None:
    # D17: "接受" at the customer-cases question stored 是.
    _at_question(vendor, "解决方案市场", "customer_cases")
    reply = vendor.say(said).text
    assert "customer_cases" not in vendor.profile()
    assert vendor.current_question() == "customer_cases"
    assert "接受协议" in reply or "agreements question" in reply


def test_accepting_at_the_agreements_is_still_yes(vendor: Vendor) -> None:
    _at_question(vendor, "服务市场", "agreements_accepted")
    vendor.say("接受")
    assert vendor.profile()["agreements_accepted"] is True


def test_the_result_counts_a_market_found_eligible_before(vendor: Vendor) -> None:
    # D15: after 数据智能 was eligible, the 解决方案 check's total said 30,000 and the ticket
    # then asked 60,000.
    vendor.engine.start(vendor.key)
    vendor.say("数据智能市场")
    vendor.answer_all()
    vendor.say("2")  # 查看其他市场
    vendor.say("解决方案市场")
    vendor.say("继续")
    result = vendor.answer_all().text
    assert (
        "  · 解决方案市场：30,000 元\n  · 数据智能市场：30,000 元（之前检查过，仍符合入驻条件）\n  合计：60,000 元（大写：陆万元）"
        in result
    )
    assert "保证金 60,000 元" in vendor.say("1").text


def test_another_questions_thing_said_early_is_kept_for_it(vendor: Vendor) -> None:
    # D16: "软件成熟稳定" at the ECS question got "无法判断"; the mature-product question then
    # asked it again. It is that question's yes; the ECS question is asked again.
    _at_question(vendor, "安全市场", "ecs_image")
    reply = vendor.say("软件成熟稳定").text
    assert reply.startswith("已记录：有成熟、稳定的软件/服务 = 是")
    assert vendor.profile()["mature_product"] is True
    assert "ecs_image" not in vendor.profile()
    assert vendor.current_question() == "ecs_image"


def test_customer_cases_said_at_another_question_are_no_yes_to_it(vendor: Vendor) -> None:
    # "有案例，国家电网" at the ECS question stored ECS = 是 (the market asks no cases).
    _at_question(vendor, "安全市场", "ecs_image")
    vendor.say("有案例，国家电网")
    assert "ecs_image" not in vendor.profile()
    assert vendor.current_question() == "ecs_image"


def test_customer_cases_said_early_are_kept_where_asked(vendor: Vendor) -> None:
    _at_question(vendor, "物联网市场", "mature_product")
    vendor.say("有案例，国家电网")
    assert vendor.profile()["customer_cases"] is True
    assert "mature_product" not in vendor.profile()


@pytest.mark.parametrize(
    "asked",
    [
        "and the website building one - the license turns 2 years on jun 1, can we apply then?",
        "建站市场执照6月1号满两年，到时候能申请吗",
    ],
)
def test_applying_when_the_licence_is_old_enough_names_what_else_fails(
    vendor: Vendor, asked: str
) -> None:
    # Black-box s59 D29: "Yes, on this point", the failing experience left out.
    vendor.engine.start(vendor.key)
    vendor.say("建站市场")
    vendor.answer_all({**PASSING, "license_date": "2022-06-01", "experience_years": "1"})
    assert vendor.verdicts() == {"website": "not_eligible"}
    reply = vendor.say(asked).text
    assert (
        "2 years of website building experience" in reply or "二年以上的建站业务服务经验" in reply
    )
