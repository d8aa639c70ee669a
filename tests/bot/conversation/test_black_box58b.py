"""Round 46 (session 51): left-overs of the fifteenth black-box reading
(docs/evaluation/black_box_s58/report.md D17, D20). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize("typed", ["接收", "yse"])
def test_typos_of_a_yes(vendor: Vendor, typed: str) -> None:
    # D17: "接收" (接受 mistyped) and "yse" were "cannot tell".
    _at_question(vendor, "api", "agreements_accepted")
    vendor.say(typed)
    assert vendor.profile()["agreements_accepted"] is True


def test_thanks_done_at_the_verdict_menu(vendor: Vendor) -> None:
    # D17: "thanks, done" at the menu whose option 3 is Done was not understood.
    vendor.engine.start(vendor.key)
    vendor.say("api")
    vendor.answer_all()
    vendor.say("thanks, done")
    assert vendor.step() == "done"


def test_same_then_the_value(vendor: Vendor) -> None:
    # D17: "same, 2" was "not a number of years".
    _at_question(vendor, "basic software and security market", "experience_years:security")
    vendor.say("same, 2")
    assert vendor.profile()["experience_years"]["security"] == 2


def test_same_alone_is_the_years_just_given(vendor: Vendor) -> None:
    _at_question(vendor, "basic software and security market", "experience_years:security")
    vendor.say("same")
    assert vendor.profile()["experience_years"]["security"] == 3


def test_not_applying_now_during_the_form_stops(vendor: Vendor) -> None:
    # D17: "算了，我们现在不申请" was asked for a yes or no.
    _at_question(vendor, "security market", "legal_entity")
    vendor.say("算了，我们现在不申请")
    assert "legal_entity" not in vendor.profile()
    assert vendor.step() != "question"


def test_a_date_with_day_and_month_either_way_is_asked(vendor: Vendor) -> None:
    # D17: "08/12/2024" was "not a date".
    _at_question(vendor, "security market", "license_date")
    reply = vendor.say("08/12/2020").text
    assert "2020-12-08" in reply and "2020-08-12" in reply
    assert "license_date" not in vendor.profile()
    vendor.say("25/12/2019")
    assert vendor.profile()["license_date"] == "2019-12-25"


@pytest.mark.parametrize("asked", ["what answers have you saved for me?", "你们存了我哪些信息"])
def test_what_is_saved_is_shown(vendor: Vendor, asked: str) -> None:
    # D20: "what answers have you saved for me?" was declined as outside the guide.
    _at_question(vendor, "api", "social_insurance_proof")
    reply = vendor.say(asked).text
    assert PASSING["team_size"] in reply
    assert "outside" not in reply and "不在云市场服务商入驻指南的范围内" not in reply
