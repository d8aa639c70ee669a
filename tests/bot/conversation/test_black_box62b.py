"""Round 49 (session 54; not blind): the black-box s62 defects left in round 48 (D11, D14,
D15) and "结束" at a check's questions, mended. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize(
    ("markets", "said", "stored"),
    [
        (
            "check all markets",
            "yes, founded 2020-02-29 with 2 million capital and 60 staff on social insurance",
            {"license_date": "2020-02-29", "registered_capital": 2_000_000, "team_size": 60},
        ),
        (
            "检查全部市场",
            "是，2020年2月29日成立，注册资本200万，社保60人",
            {"license_date": "2020-02-29", "registered_capital": 2_000_000, "team_size": 60},
        ),
    ],
)
def test_a_yes_then_facts_keeps_the_yes_and_every_fact(
    vendor: Vendor, markets: str, said: str, stored: dict[str, object]
) -> None:
    # D11: the whole answer was rejected ("please answer yes or no").
    vendor.engine.start(vendor.key)
    vendor.say(markets)
    assert vendor.current_question() == "legal_entity"
    vendor.say(said)
    profile = vendor.profile()
    assert profile["legal_entity"] is True
    assert {key: profile[key] for key in stored} == stored


def test_why_one_market_fails_tells_that_market_only(vendor: Vendor) -> None:
    # D14: "why is IoT not ok?" repeated the whole report, the joining steps and deposits.
    vendor.engine.start(vendor.key)
    vendor.say("check API and IoT")
    vendor.answer_all({**PASSING, "built_on_aliyun": "no"})
    assert vendor.verdicts() == {"api": "eligible", "iot": "not_eligible"}
    reply = vendor.say("why is IoT not ok?").text
    assert reply.startswith("❌ IoT Market: not eligible yet\n  · Not met: built on Alibaba Cloud")
    assert "API Market" not in reply
    assert "How to join" not in reply and "Deposit (for" not in reply
    assert reply.rstrip().endswith("What next?")
    assert vendor.step() == "verdict"


def test_a_non_answer_keeps_the_value_waiting_to_be_confirmed(vendor: Vendor) -> None:
    # D15: the 3 years waiting for 是 were dropped after an unreadable reply.
    _at_question(vendor, "安全市场", "experience_years:security")
    vendor.say("安全行业做了3年多")
    assert vendor.state()["confirming"]["value"] == 3
    reply = vendor.say("我们的WAF软件很成熟").text
    assert "请确认：您的回答“安全行业做了3年多”" in reply
    assert "修改：" not in reply
    vendor.say("是")
    assert vendor.profile()["experience_years"] == {"security": 3}


@pytest.mark.parametrize("place", ["question", "confirm_known"])
def test_end_at_a_check_stops_it_and_keeps_the_answers(vendor: Vendor, place: str) -> None:
    # "结束" at a question was "无法判断：请回答 是 或 否"; on the answers-on-file screen "not
    # understood".
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.say("是")
    if place == "confirm_known":
        vendor.say("取消")
        vendor.say("API市场")
        assert vendor.step() == "confirm_known"
    reply = vendor.say("结束").text
    assert reply.startswith("已取消当前流程，您的回答都已保存")
    assert vendor.profile()["legal_entity"] is True


def test_ok_after_questions_at_the_menu_owes_nothing(vendor: Vendor) -> None:
    # Black-box s61 D19: "好 明白了" after commission questions was told an answer is owed.
    vendor.engine.start(vendor.key)
    vendor.say("API市场佣金是多少")
    reply = vendor.say("好 明白了").text
    assert reply == "好的。还有问题随时问我；想检查入驻条件时，回复市场名称即可。"


def test_a_grudging_yes_is_a_yes(vendor: Vendor) -> None:
    # Black-box s61 D20: "那就算能吧" was "“算能”无法判断".
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say("那就算能吧")
    assert vendor.profile()["documents_ready"] is True
