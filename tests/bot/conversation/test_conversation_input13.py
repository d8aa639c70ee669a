"""Issue 12, conversation input, round 13: classes of input typed at a question that say more
than its answer (an aside about another question, another market's experience, a count said
as nobody, a founding date said loosely, a question about the shop). Wordings are our own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.interpret import Answer, Correction, Several, Unclear, interpret
from rules.markets import MARKET_IDS

AS_OF = date(2021, 1, 20)


def _form(markets: list[str] | None = None) -> EligibilityForm:
    return EligibilityForm(markets or list(MARKET_IDS), {}, AS_OF)


# ----- an answer, then an aside about another question: both are taken ------------------------


@pytest.mark.parametrize(
    ("slot", "typed", "expected"),
    [
        (
            "social_insurance_proof",
            "yes, and the registered capital is 2000000 now",
            {"social_insurance_proof": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "api_integration",
            "yes — oh and registered capital is now 2 million",
            {"api_integration": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "api_integration",
            "yes, btw registered capital went up to 2 million",
            {"api_integration": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "online_cs",
            "7x24, by the way our team is 30 now",
            {"online_cs": "7x24", "team_size": 30},
        ),
        (
            "social_insurance_proof",
            "有的，另外注册资本现在是200万",
            {"social_insurance_proof": True, "registered_capital": Decimal(2_000_000)},
        ),
        (
            "ecs_image",
            "不支持，另外团队人数改成22",
            {"ecs_image": False, "team_size": 22},
        ),
        (
            "api_integration",
            "有，顺便说一下注册资本增加到300万了",
            {"api_integration": True, "registered_capital": Decimal(3_000_000)},
        ),
    ],
)
def test_an_answer_and_an_aside_are_both_taken(slot: str, typed: str, expected: dict) -> None:
    reading = interpret(_form(), slot, typed)
    assert isinstance(reading, Several), reading
    assert reading.values == expected


def test_a_correction_after_an_answer_is_no_aside() -> None:
    """ "不对，…" is still a correction of the field it names (no yes/no stored from 不对)."""
    reading = interpret(_form(), "ecs_image", "不对，团队人数应该是22")
    assert isinstance(reading, Correction) and reading.slot == "team_size"


# ----- an experience naming another market goes to that market's question --------------------


@pytest.mark.parametrize(
    ("typed", "slot", "years"),
    [
        ("安全经验2年", "experience_years:security", 2),
        ("安全方面做了2年", "experience_years:security", 2),
        ("we have 2 years in security", "experience_years:security", 2),
        ("建站经验3年", "experience_years:website", 3),
    ],
)
def test_another_markets_experience_goes_to_its_question(typed: str, slot: str, years: int) -> None:
    form = _form(["api", "security", "website"])
    reading = interpret(form, "experience_years:api", typed)
    assert isinstance(reading, Correction), reading
    assert reading.slot == slot and reading.reading is not None
    assert reading.reading.value == years


@pytest.mark.parametrize("typed", ["安全经验2年", "2 years of security work"])
def test_experience_of_a_market_not_checked_is_asked_about(typed: str) -> None:
    reading = interpret(_form(["api"]), "experience_years:api", typed)
    assert isinstance(reading, Unclear), reading


@pytest.mark.parametrize("typed", ["3年", "API接口安全做了3年", "软件开发经验3年"])
def test_this_markets_experience_stays_its_answer(typed: str) -> None:
    reading = interpret(_form(["api", "security", "software"]), "experience_years:api", typed)
    assert isinstance(reading, Answer) and reading.value == 3


def test_two_markets_experience_in_one_line() -> None:
    form = _form(["api", "security"])
    reading = interpret(form, "experience_years:api", "3 years, and 2 years in security")
    assert isinstance(reading, Several)
    assert reading.values == {
        "experience_years:api": Decimal(3),
        "experience_years:security": Decimal(2),
    }
