"""fix28c: a short, bare ask for an amount or a rate gets the amount, not a neighbouring rule.

Class: only the thing and "how much" asked ("佣金多少", "How big is the security deposit?") —
the commission's rate table, as "commission rate?" gets it, or the deposit amounts, as
"保证金多大" gets them (bot/answers/amount_asked.py). A market named still gets its own rule:
New Retail, DevOps and Retail Link are not in the rate table.
"""

from __future__ import annotations

import pytest

from bot.answers import answer


def _reply(question: str) -> str:
    return answer(question).text


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("佣金要多少？", "费率多少"),
        ("请问抽成是多少", "费率多少"),
        ("佣金大概几个点啊", "费率多少"),
        ("扣点多大", "费率多少"),
        ("服务费多少钱？", "费率多少"),
        ("How much is the commission?", "commission rate?"),
        ("what is the commission?", "commission rate?"),
        ("How big is your commission rate?", "commission rate?"),
        ("What's the platform fee?", "commission rate?"),
        ("平台佣金是多少", "费率多少"),
        ("commission, how much?", "commission rate?"),
    ],
)
def test_bare_commission_ask_gets_the_rate_table(question: str, reference: str) -> None:
    assert _reply(question) == _reply(reference)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("入驻保证金多少呀", "保证金多大"),
        ("押金要多少钱？", "保证金多大"),
        ("请问保证金是多少", "保证金多大"),
        ("How big is the deposit?", "How much is the deposit?"),
        ("how large is the security deposit", "How much is the deposit?"),
        ("What is the margin amount?", "How much is the deposit?"),
        ("the security deposit how big?", "How much is the deposit?"),
    ],
)
def test_bare_deposit_ask_gets_the_amounts(question: str, reference: str) -> None:
    assert _reply(question) == _reply(reference)


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        ("新零售佣金多少", "新零售"),
        ("开发运维的费率是几个点", "开发运维"),
        ("零售通抽成多少", "零售通"),
        ("What's the commission for DevOps?", "DevOps"),
        ("How much commission does Retail Link charge?", "Retail Link"),
        ("What is the rate for New Retail?", "New Retail"),
    ],
)
def test_market_without_rate_still_gets_its_note(question: str, opens: str) -> None:
    assert _reply(question).startswith(opens)
