"""Round 59 (session 64): round 58's notes and this round's blind sets' misses."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    [
        "Data Intelligence, 120k + 50k + 30k RMB in 2020-10, of which 30k distribution, what's the"
        " commission?",
        "Data Intelligence, 120k + 50k + 30k RMB, of which 30k is distribution",
    ],
)
def test_of_which_after_a_list_of_orders_is_inside_their_sum(question: str) -> None:
    # (The month was 170k: "of which" sat past the few characters looked at before the part.)
    found = answer(question, today=DAY)
    assert found.text.startswith("Commission: 8,500 yuan (tier 2, 5%).")
    assert "month total 200,000 yuan (distribution 30,000)" in found.text


def test_the_next_policy_after_the_old_one() -> None:
    # holdout103 #187 (left in round 58): the refund after the month was answered.
    found = answer(
        "When will Alibaba announce the next fee-discount policy after the 2021 one?", today=DAY
    )
    assert found.text.startswith("The guide's commission discount policy ran from 2016-11-17")
    assert "does not say what commission policy or rates apply after that" in found.text
