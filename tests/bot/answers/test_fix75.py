"""Round 60 (session 65): round 59's notes and this round's blind sets' misses."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "企业应用2021年3月：自营30万+分销8万，正好50万。佣金多少？",
            "您说的各部分加起来是 38万，和“正好 50万”对不上。",
        ),
        (
            "Enterprise apps March 2021: 300k direct + 80k distribution, exactly 500k. commission?",
            "The parts you gave add up to 380,000 yuan, not the 500,000 yuan",
        ),
        (
            "企业应用2021年3月：自营42万+分销8万，正好50万。佣金多少？",
            "佣金 12,600元（第3档 3%）。",
        ),
    ],
)
def test_an_exact_total_that_is_not_the_parts_sum_is_asked_back(question: str, head: str) -> None:
    # Review 69 N4: a month of 88万 (30+8+50) invented.
    assert answer(question, today=DAY).text.startswith(head)


def test_a_ticket_number_is_not_confirmed() -> None:
    # Review 68 N1: "是的" for a number the tool cannot see.
    found = answer("工单号 8823-1107 这个是不是就是那个资金管理工单", today=DAY)
    assert found.text.startswith("我查不到这个工单号是哪张工单")
    assert not found.text.startswith("是的")
