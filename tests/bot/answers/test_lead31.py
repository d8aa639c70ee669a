"""A licence dated to the day and short of a market's age: the verdict names the day it is met
(holdout23 116, after its first score; not blind)."""

from __future__ import annotations

import pytest

from bot.answers import answer
from bot.answers.provenance import invented_numbers
from tests.bot.answers.answer_checks import first_line
from tests.bot.answers.sets_day import SETS_DAY


@pytest.mark.parametrize(
    ("question", "opening", "day"),
    [
        (
            "我们执照是2024年12月3日下来的，想入驻安全市场，执照年限现在够了吗",
            "不能",
            "按您给的日期，2026年12月3日起满2年。",
        ),
        (
            "Our licence was issued on 3 Dec 2024. Is that old enough for the Security market?",
            "No",
            "it meets the 2 years from 2026-12-03",
        ),
        # 超过1年: the day after the anniversary (SPEC decision 1).
        (
            "零售通：公司2025年12月2日成立，满足成立时间吗",
            "不能",
            "按您给的日期，2026年12月3日起超过1年。",
        ),
        (
            "建站市场要求执照满2年，我们的是2025-03-15注册的，够不够",
            "不能",
            "2027年3月15日起满2年",
        ),
    ],
)
def test_a_licence_short_of_the_age_names_the_day_it_is_met(
    question: str, opening: str, day: str
) -> None:
    reply = answer(question).text
    assert first_line(reply).startswith(opening), reply
    assert day in first_line(reply), reply
    assert invented_numbers(question, reply, SETS_DAY) == [], reply


@pytest.mark.parametrize(
    "question",
    [
        # A month alone is read as its last day: the day it is met would be a guess.
        "执照2025年6月的，安全市场够吗",
        # A licence old enough has no day to wait for.
        "执照2020年12月3日的，安全市场执照年限够吗",
    ],
)
def test_no_day_is_named_without_a_date_to_the_day_or_a_wait(question: str) -> None:
    reply = answer(question).text
    assert "起满" not in reply and "起超过" not in reply, reply
