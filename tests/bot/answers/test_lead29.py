"""The lead's mends of round 24 (session 29): a first-charge rate asked with no amount gets its
是的 / 不是 by the market's tier 1 rate; the 多少 of a head count does not turn a receipt asked of
the deposit into the deposit's amount."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line


@pytest.mark.parametrize(
    ("question", "opening", "rate"),
    [
        ("服务市场一开始先按20%收佣金吗", "不是", "10%"),
        ("建站市场是不是先按20%预收", "是的", "20%"),
        ("Is the Service market first charged at 10%?", "Yes", "10%"),
        ("Is the Website Building market initially charged at 10%?", "No", "20%"),
    ],
)
def test_first_charge_rate_without_an_amount(question: str, opening: str, rate: str) -> None:
    reply = answer(question).text
    assert first_line(reply).startswith(opening), reply
    assert rate in first_line(reply), reply
    assert "这一笔订单" not in reply and "one order alone" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "安全市场要多少人？另外保证金开收据还是发票",
        "零售通要几个员工？还有交了保证金以后给开收据还是发票",
        "How many staff does the Security market need? And for the deposit, is it a receipt or an"
        " invoice?",
    ],
)
def test_a_head_count_beside_the_receipt_keeps_the_receipt(question: str) -> None:
    reply = answer(question).text
    assert "收据" in reply or "receipt" in reply, reply
    assert "3万元" not in reply and "30,000" not in reply, reply
