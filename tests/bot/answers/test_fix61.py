"""Round 46 (session 51; not blind): the answer defects left from round 45 and this round's blind
readings, each mended after its one score (docs/ANSWERS.md "Round 46")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        # holdout58 #67: whether the team must be insured leads, not the head count judged.
        (
            "does our 20 person team have to be on our own company social insurance?",
            "Proof to provide: can provide the company's monthly social insurance payment statement",
        ),
        ("我们20人的团队都要在本公司交社保吗", "要提供的证明：能提供公司社保个人月缴费信息情况表"),
        ("我们20人，社保要交吗", "要提供的证明：能提供公司社保个人月缴费信息情况表"),
    ],
)
def test_insurance_required_leads(question: str, first_line: str) -> None:
    assert answer(question, today=DAY).text.startswith(first_line)


@pytest.mark.parametrize(
    ("question", "first_words"),
    [
        # Black-box s58 D18: a yearless policy boundary day got no yes or no.
        ("3月31号当天结算的订单还能享受优惠吗", "能。2021年3月31日在指南的佣金优惠政策期间内"),
        ("11月17日结算的订单能享受优惠吗", "能。2016年11月17日在"),
        ("4月1号结算的订单还能享受优惠吗", "不能。"),
        # Black-box s58 D19: "after <a step>?" alone re-explained the step.
        ("ok and after signing the contracts?", "After step 4 (Sign the contracts) comes step 5"),
        ("and after the review passes?", "After step 3"),
    ],
)
def test_policy_day_and_step_after(question: str, first_words: str) -> None:
    assert answer(question, today=DAY).text.startswith(first_words)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Black-box s59 D6: two months side by side got the market's description.
        (
            "what about march 2021 vs april 2021 for security 300k?",
            [
                "1) March 2021: Commission: 15,000 yuan (tier 2, 5%).",
                "2) April 2021: 2021-04 is outside",
            ],
        ),
        (
            "安全市场30万，2021年3月和2021年4月分别佣金多少",
            ["1) 2021年3月：佣金 1.5万元（15,000元）（第2档 5%）。", "2) 2021年4月：2021年4月不在"],
        ),
    ],
)
def test_two_months_side_by_side(question: str, said: list[str]) -> None:
    text = answer(question, today=DAY).text
    for part in said:
        assert part in text
