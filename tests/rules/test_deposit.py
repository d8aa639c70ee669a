from __future__ import annotations

import pytest

from rules.deposit import (
    DEPOSIT_PER_MARKET,
    DEPOSIT_RULES,
    PAYMENT_PATH,
    amount_in_capitals,
    deposit_for,
    deposit_for_market,
)
from rules.markets import MARKET_IDS


def test_per_market() -> None:
    assert DEPOSIT_PER_MARKET == 30000
    assert deposit_for_market("retail_link") == 50000
    assert [deposit_for_market(m) for m in MARKET_IDS].count(30000) == 11


@pytest.mark.parametrize(
    ("markets", "total"),
    [
        (["api"], 30000),
        (["api", "service"], 60000),  # the seed's own example
        (["api", "api", "service"], 60000),  # distinct markets
        (["api", "retail_link"], 80000),
        (list(MARKET_IDS), 380000),
        ([], 0),
    ],
)
def test_deposit_for(markets: list[str], total: int) -> None:
    assert deposit_for(markets) == total


def test_unknown_market_costs_nothing_silently() -> None:
    with pytest.raises(KeyError):
        deposit_for(["nope"])


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        (30000, "叁万"),
        (50000, "伍万"),
        (60000, "陆万"),
        (80000, "捌万"),
        (110000, "壹拾壹万"),
        (380000, "叁拾捌万"),
    ],
)
def test_amount_in_capitals(amount: int, capitals: str) -> None:
    assert amount_in_capitals(amount) == capitals


@pytest.mark.parametrize("bad", [0, -30000, 1.5, True])
def test_amount_in_capitals_rejects_non_amounts(bad: object) -> None:
    with pytest.raises(ValueError):
        amount_in_capitals(bad)  # type: ignore[arg-type]


def test_rules_as_data() -> None:
    assert [rule.id for rule in DEPOSIT_RULES] == [
        "when_due",
        "amount",
        "before_listing",
        "refund",
        "receipt",
        "how_to_pay",
    ]
    assert PAYMENT_PATH == ("用户中心", "保证金", "阿里云通用保证金", "充值交纳")


def test_capitals_are_cn2an_s_text_for_every_deposit_sized_amount() -> None:
    import random

    import cn2an

    from rules.deposit import MAX_CAPITAL_AMOUNT

    chooser = random.Random(10)
    amounts = [*range(1, 20001), *(chooser.randrange(1, 10**8) for _ in range(20000))]
    amounts += [MAX_CAPITAL_AMOUNT, 10**7, 10**7 + 1, 10000001, 10010000]
    assert [
        amount for amount in amounts if amount_in_capitals(amount) != cn2an.an2cn(amount, "up")
    ] == []
    with pytest.raises(ValueError):
        amount_in_capitals(MAX_CAPITAL_AMOUNT + 1)
