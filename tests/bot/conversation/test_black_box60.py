"""Round 46 (session 51): the seventeenth black-box reading — a new tester who never saw the
code played 12 vendors in the console at ad52da4 (docs/evaluation/black_box_s60/report.md: 28
defects, 3 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


def test_years_typed_at_the_team_size_are_no_head_count(vendor: Vendor) -> None:
    # D1 (high): "we've been doing security for like 4 yrs" stored a team of 4.
    _at_question(vendor, "security market", "team_size")
    vendor.say("we've been doing security for like 4 yrs")
    assert "team_size" not in vendor.profile()
    assert vendor.profile()["experience_years"] == {"security": 4}


def test_just_one_market_after_skip_the_others(vendor: Vendor) -> None:
    # D2 (high): "ok skip the others, just retail link please" checked every market but it.
    _at_question(vendor, "all", "team_size")
    vendor.say("ok skip the others, just retail link please")
    assert vendor.state()["markets"] == ["retail_link"]


def test_joining_another_market_later_is_no_exclusion(vendor: Vendor) -> None:
    # D2 (high): "and can I join the API market too later?" asked "all 11 except API?".
    vendor.engine.start(vendor.key)
    reply = vendor.say("and can I join the API market too later?").text
    assert "except" not in reply and "以外" not in reply


def test_more_than_the_years_asked_is_confirmed_not_reopened(vendor: Vendor) -> None:
    # D7: "建站做了两年多" at another question opened the experience question as "修改：…".
    _at_question(vendor, "建站市场", "online_cs")
    reply = vendor.say("建站做了两年多").text
    assert reply.startswith(
        "请确认：您的回答“建站做了两年多”按 建站市场：该市场业务的服务经验（年） = 2 年"
    )
    vendor.say("是")
    assert vendor.profile()["experience_years"] == {"website": 2}


def test_one_market_replaced_keeps_the_other(vendor: Vendor) -> None:
    # D8: "物联网不看了，换成数据智能市场" dropped 解决方案 too.
    _at_question(vendor, "解决方案市场和物联网市场", "team_size")
    vendor.say("物联网不看了，换成数据智能市场")
    assert vendor.state()["markets"] == ["data", "solution"]


@pytest.mark.parametrize(
    ("asked", "follow_up", "said"),
    [
        (
            "service market, March 2021, total 180,000, distribution 50,000",
            "now same month, total 220000, distribution 50000",
            "Commissionable: 170,000 yuan",
        ),
        (
            "service market, March 2021, total 180,000, distribution 50,000",
            "and if distribution was 0?",
            "Commissionable: 180,000 yuan",
        ),
        (
            "what commission would basic software pay on 250k in June 2020?",
            "and for enterprise apps with 80k?",
            "Commission: 8,000 yuan (tier 1, 10%).",
        ),
    ],
)
def test_english_commission_follow_ups(
    vendor: Vendor, asked: str, follow_up: str, said: str
) -> None:
    # D9: the English follow-ups ignored the sum before.
    vendor.engine.start(vendor.key)
    vendor.say(asked)
    assert said in vendor.say(follow_up).text


def test_when_a_market_can_be_joined_after_its_verdict(vendor: Vendor) -> None:
    # D12: "那安全市场什么时候能入驻" got the contract step.
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all({**PASSING, "license_date": "2023-08-08"})
    reply = vendor.say("那安全市场什么时候能入驻").text
    assert reply.startswith("按您现在的回答，安全市场只差营业执照年限：到 2025-08-08 就满足")


def test_draft_the_ticket_of_a_market_named(vendor: Vendor) -> None:
    # D13: "先起草物联网的工单吧" explained the template.
    vendor.engine.start(vendor.key)
    vendor.say("物联网市场")
    vendor.answer_all()
    vendor.say("先起草物联网的工单吧")
    assert vendor.step() == "ticket_field"


def test_which_market_fits_is_answered_not_started(vendor: Vendor) -> None:
    # D14: "…能入驻哪个市场" started the service market's check at once.
    vendor.engine.start(vendor.key)
    reply = vendor.say("我们做云服务器代维和数据迁移，能入驻哪个市场").text
    assert reply.startswith("服务市场为用户提供基于云服务器的基础运维和安全代维")
    assert not vendor.state()["markets"]


def test_one_level_for_both_services(vendor: Vendor) -> None:
    # D24: "7x24 for both" recorded the after-sales hours only.
    _at_question(vendor, "api and service market", "aftersales_support")
    vendor.say("7x24 for both")
    assert vendor.profile()["online_cs"] == vendor.profile()["aftersales_support"] == "7x24"


def test_a_misspelt_market_alone_is_asked_back(vendor: Vendor) -> None:
    # D20: "新领售" got "没能识别" and the whole menu.
    vendor.engine.start(vendor.key)
    assert vendor.say("新领售").text.startswith("“新领售”是指新零售市场吗？")
    vendor.say("是")
    assert vendor.state()["markets"] == ["new_retail"]


def test_human_first_is_answered_in_english(vendor: Vendor) -> None:
    # D22: "human" as the first line got its prompt in Chinese.
    vendor.engine.start(vendor.key)
    assert vendor.say("human").text.startswith("What should I pass to staff?")


def test_years_said_beside_a_start_year_fit_it() -> None:
    # D18: "we started in 2024 so ~2.7 yrs" (late 2026) was confirmed as 2 years.
    from datetime import date

    from bot.conversation.interpret import read_years

    assert read_years("we started in 2024 so ~2.7 yrs", date(2026, 12, 5)).value == Decimal("2.7")


def test_the_deposit_alone_is_its_amount(vendor: Vendor) -> None:
    # D5: "deposit?" got the receipt rule.
    vendor.engine.start(vendor.key)
    assert "30,000" in vendor.say("deposit?").text


def test_the_question_said_back_then_answered(vendor: Vendor) -> None:
    # D6: "1688 member? yes" was declined as outside the guide.
    _at_question(vendor, "retail link", "alibaba_1688_member")
    vendor.say("1688 member? yes")
    assert vendor.profile()["alibaba_1688_member"] is True


def test_two_questions_are_no_echoed_answer(vendor: Vendor) -> None:
    # (dev9 c01, caught after D6's fix: "安全市场对售后有什么要求？必须7x24吗？" stored 7x24.)
    _at_question(vendor, "安全市场", "aftersales_support")
    vendor.say("安全市场对售后有什么要求？必须7x24吗？")
    assert "aftersales_support" not in vendor.profile()
