"""Issue 12, conversation input, round 12: a correction that repeats the old value before the
new one ("I said X … it's actually Y", "我刚才说X，其实是Y", "not X but Y", "X→Y") stores the
new value, zh and en, for numbers, dates and yes/no. Wordings are our own, not the sets'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.conversation.forms import EligibilityForm
from bot.conversation.interpret import Answer, Correction, Several, correction, interpret
from rules.markets import MARKET_IDS

AS_OF = date(2021, 1, 20)


def _form() -> EligibilityForm:
    return EligibilityForm(list(MARKET_IDS), {}, AS_OF)


@pytest.mark.parametrize(
    ("typed", "slot", "value"),
    [
        (
            "Hold on, I said 2 years of security experience earlier. It's actually 4 years.",
            "experience_years:security",
            Decimal(4),
        ),
        ("我刚才说安全市场经验2年，其实是4年", "experience_years:security", Decimal(4)),
        ("安全市场的经验不是2年而是4年", "experience_years:security", Decimal(4)),
        ("team size: not 12 but 19", "team_size", 19),
        ("the team isn't 12, it's 19", "team_size", 19),
        ("团队人数 12→19", "team_size", 19),
        ("registered capital 80万 -> 120万", "registered_capital", Decimal(1_200_000)),
        (
            "I told you the registered capital was 800k, should be 1.2 million",
            "registered_capital",
            Decimal(1_200_000),
        ),
        (
            "I typed 2015-06-01 as the licence date, the correct one is 2016-07-02",
            "license_date",
            date(2016, 7, 2),
        ),
        (
            "之前填的营业执照日期是2015年6月1日，实际上是2016年7月2日",
            "license_date",
            date(2016, 7, 2),
        ),
        ("我前面说社保证明不能提供，其实可以提供", "social_insurance_proof", True),
        (
            "Earlier I said no to the social insurance proof, but we can provide it",
            "social_insurance_proof",
            True,
        ),
    ],
)
def test_a_correction_that_repeats_the_old_value_stores_the_new_one(
    typed: str, slot: str, value: object
) -> None:
    # Typed at another question (the agreements), as a late correction is.
    reading = interpret(_form(), "agreements_accepted", typed)
    assert isinstance(reading, Correction), reading
    assert reading.slot == slot
    assert reading.reading is not None and reading.reading.value == value
    # The same typed after the questions.
    after = correction(_form(), typed)
    assert after is not None and after.slot == slot
    assert after.reading is not None and after.reading.value == value


def test_the_old_value_repeated_at_its_own_question_is_replaced() -> None:
    reading = interpret(_form(), "team_size", "我刚才说12人，其实是19人")
    assert isinstance(reading, Answer) and reading.value == 19


def test_the_new_value_said_first_stays_the_answer() -> None:
    """ "员工是8个人，不是3个": the negated value is the old one, whichever comes first."""
    reading = interpret(_form(), "good_credit", "我刚才说错了，员工是8个人，不是3个")
    assert isinstance(reading, Correction) and reading.reading is not None
    assert (reading.slot, reading.reading.value) == ("employees", 8)


# ----- experience told as a start in part of a year: counted from that part's middle month ----


@pytest.mark.parametrize(
    ("typed", "years"),
    [
        ("since mid-2019", Decimal("1.5")),
        ("从2019年年中开始", Decimal("1.5")),
        ("since the end of 2016", Decimal("4.17")),
        ("2017年底开始做的", Decimal("3.17")),
        ("从18年下半年开始", Decimal("2.25")),
        ("since early 2018", Decimal("2.92")),
    ],
)
def test_experience_since_part_of_a_year_is_counted_and_confirmed(
    typed: str, years: Decimal
) -> None:
    reading = interpret(_form(), "experience_years:website", typed)
    assert isinstance(reading, Answer), reading
    assert reading.value == years and reading.approximate


# ----- a yes, then news of another answer without its unit: both kept --------------------------


@pytest.mark.parametrize(
    "typed", ["yes, and btw the team is 30 now", "是的，顺便说一下团队现在是30"]
)
def test_a_yes_then_a_number_for_another_named_question_keeps_both(typed: str) -> None:
    reading = interpret(_form(), "built_on_aliyun", typed)
    assert isinstance(reading, Several), reading
    assert reading.values == {"built_on_aliyun": True, "team_size": 30}
