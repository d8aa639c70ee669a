"""Round 17, numbers by role in the conversation: experience told as the year it started
("since 2019", "2019年开始做") is a start year — the years from it to today's year, confirmed
with the vendor before it is stored — never a number of years read off its digits ("19年" →
19, "2019" → 2) and never the company's founding year."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from bot.conversation.forms import EligibilityForm
from bot.conversation.interpret import Answer, interpret
from rules.markets import market_label
from tests.bot.conversation.conftest import TODAY, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

DEC_2026 = date(2026, 12, 1)


@pytest.mark.parametrize(
    "typed",
    [
        "since 2019",
        "Since 2019.",
        "2019年开始做",
        "从2019年开始做的",
        "19年开始做",
        "started in 2019",
    ],
)
def test_a_start_year_at_the_experience_question_is_years_to_today_confirmed(typed: str) -> None:
    form = EligibilityForm(["website"], {}, DEC_2026)
    reading = interpret(form, "experience_years:website", typed)
    assert isinstance(reading, Answer), reading
    assert reading.value == 7  # 2026 − 2019
    assert reading.approximate  # confirmed with the vendor before it is stored


def test_a_start_year_is_stored_only_once_confirmed(vendor: Vendor) -> None:
    _at_question(vendor, market_label("security", "zh"), "experience_years:security")
    reply = vendor.say("2019年开始做")
    assert "experience_years" not in vendor.profile()
    assert f"{TODAY.year - 2019} 年" in reply.text or f"{TODAY.year - 2019}年" in reply.text
    vendor.say("是")
    assert vendor.profile()["experience_years"]["security"] == TODAY.year - 2019


def test_work_done_since_a_year_is_not_the_founding_year() -> None:
    """ "doing website building since 2019 … founded 2018": the licence's age counts from 2018
    (at least 7 full years by 2026-12-01, a year-only date read at its latest), not
    from the experience's start year (at least 6)."""
    reply = answer(
        "We've been doing website building since 2019, 25 staff on social insurance, "
        "founded 2018, capital 5M. Can we join the Website market?",
        today=DEC_2026,
    ).text
    assert "at least 7 years" in reply and "at least 6 years" not in reply, reply
