"""Round 61 (session 66): round 60's notes and this round's black-box and blind findings."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question
from tests.bot.conversation.test_round56 import _english_at_question

_NARROWING_ZH = "只看还可能入驻的市场，请回复“只看零售通市场”"


def test_checking_only_the_markets_still_open_is_offered(vendor: Vendor) -> None:
    # Black-box s79 D7: "全部" and a team of 12 — 27 more questions, 21 of them only for the
    # eleven markets the team size had already ruled out, and no word of it.
    _at_question(vendor, "全部市场", "team_size")
    reply = vendor.say("12").text
    assert "API市场等 11 个市场已不满足入驻条件，后面有 21 个问题只和这些市场有关" in reply
    assert _NARROWING_ZH in reply
    # The question after it is still asked (keep answering: every gap of every market).
    assert vendor.current_question() == "social_insurance_proof"
    assert vendor.profile()["team_size"] == 12


def test_the_offer_comes_once_per_choice_of_markets(vendor: Vendor) -> None:
    _at_question(vendor, "全部市场", "team_size")
    vendor.say("12")
    later = [vendor.say(PASSING["social_insurance_proof"]).text]
    later.append(vendor.say(PASSING["aftersales_support"]).text)
    assert not any("只看还可能入驻的市场" in text for text in later)


def test_taking_the_offer_checks_only_the_open_markets(vendor: Vendor) -> None:
    _at_question(vendor, "全部市场", "team_size")
    vendor.say("12")
    vendor.say("只看零售通市场")
    vendor.say("继续")
    assert vendor.state()["markets"] == ["retail_link"]
    while (current := vendor.current_question()) is not None:
        vendor.say(PASSING.get(current, PASSING[current.partition(":")[0]]))
    assert vendor.verdicts() == {"retail_link": "eligible"}


def test_the_offer_in_english(vendor: Vendor) -> None:
    _english_at_question(vendor, "all markets", "team_size")
    reply = vendor.say("12").text
    assert "11 markets (API Market and others) cannot be joined" in reply
    assert 'reply "only Retail Link Market"' in reply


@pytest.mark.parametrize(
    ("markets", "qid", "typed"),
    [
        # One market: nothing to narrow to.
        ("API市场", "team_size", "12"),
        # Every chosen market ruled out: nothing still open to offer.
        ("API市场和服务市场", "team_size", "12"),
        # Every answer passing: nothing ruled out.
        ("全部市场", "team_size", "25"),
    ],
)
def test_no_offer_where_there_is_nothing_to_narrow(
    vendor: Vendor, markets: str, qid: str, typed: str
) -> None:
    _at_question(vendor, markets, qid)
    assert "只看还可能入驻的市场" not in vendor.say(typed).text
