"""Round 51 (session 56): the answers the black-box reading s64 found wrong
(docs/evaluation/black_box_s64/report.md), each mended with the tester's own words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "question",
    [
        # D8: priced, with a note, though the day named is before the policy.
        "security market, November 2016, 100k, settled on Nov 5",
        "security market 100k settled 5th November 2016, commission?",
        "security market, 2016-11 sales 100k, settled on the 3rd",
    ],
)
def test_an_order_settled_before_the_policy_is_declined(question: str) -> None:
    found = answer(question, today=DAY)
    assert found.text.startswith("An order settled on 2016-11-0")
    assert "10,000" not in found.text


def test_a_day_after_the_policy_start_is_priced() -> None:
    found = answer("security market, November 2016, 100k, settled on Nov 20", today=DAY)
    assert found.text.startswith("Commission: 10,000 yuan")


def test_which_rules_apply_to_a_settled_order_are_the_periods() -> None:
    # D10: "which rules apply?" got the management rules.
    found = answer(
        "our order was paid on March 28 2021 but settled on April 2 2021, which rules apply?",
        today=DAY,
    )
    assert found.topic != "notice.management_rules"
    assert "2021-03-31" in found.text


@pytest.mark.parametrize(
    "question",
    ["what do they mail to this address?", "what is sent to the delivery address"],
)
def test_what_the_delivery_address_is_for(question: str) -> None:
    # D11: "outside what I can answer".
    found = answer(question, today=DAY)
    assert found.text.startswith("The guide only says the Marketplace issues a receipt")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # D2: whether another certification counts — the guide names ACP only.
        ("我们有两个人考了阿里云的ACA，算吗", "指南只写了 ACP"),
        ("does ACA count?", "The guide names only ACP"),
        ("Is an ACE certification accepted instead of ACP?", "The guide names only ACP"),
    ],
)
def test_another_certification_than_acp(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)
