"""Round 57 (session 62): review 64 N1 and N4 in conversation
(docs/evaluation/diff_review_round56c.md)."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize(
    "said",
    [
        "when does our licence become old enough?",
        "when is our license old enough?",
        "when does the licence turn 2?",
        "when does the license reach two years?",
    ],
)
def test_when_the_licence_is_old_enough_in_english(vendor: Vendor, said: str) -> None:
    # N4: the list of every market's licence rule.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("security")
    vendor.answer_all({**PASSING, "license_date": "2022-05-02"})
    assert "Security Market: 1 more day(s)" in vendor.say(said).text


@pytest.mark.parametrize(
    ("said", "people"), [("就俩员工", 2), ("一共就仨人", 3), ("我们就俩人", 2)]
)
def test_two_and_three_as_people_say_them_at_the_question(
    vendor: Vendor, said: str, people: int
) -> None:
    # N1: "不是整数".
    _at_question(vendor, "零售通", "employees")
    assert vendor.say(said).text.startswith(f"已记录：员工人数 = {people} 人")
    assert vendor.profile()["employees"] == people
