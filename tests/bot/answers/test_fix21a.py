"""Round 21 (fix21a): holdout16's computation misses as classes, each with paraphrases of our
own that main 0d3d8eb got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer

# --- orders listed with " / " between them, or each with its id: the month is their sum -------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Nov 2020, Basic Software market: four invoices of 30,000 / 60,000 / 20,000 / 40,000 "
            "CNY, no distribution. What is our commission?",
            "15,000",
        ),
        (
            "2020年11月基础软件市场，三笔订单 5万 / 8万 / 4万，都不是分销，佣金多少？",
            "17,000",
        ),
        (
            "Enterprise Application, Nov 2020: order 200811 (60,000 CNY), 200812 (70,000 CNY), "
            "200813 (20,000 CNY), no distribution. What commission do we owe?",
            "15,000",
        ),
        (
            "2020年11月企业应用市场：订单 300561（6万元），300562（7万元），300563（2万元），"
            "都不是分销，佣金是多少？",
            "15,000",
        ),
        (
            "Supplier #5520. Basic Software, Nov 2020: orders 401122 (40,000 CNY) and 401123 "
            "(90,000 CNY), none through distributors. How much commission?",
            "13,000",
        ),
    ],
)
def test_listed_orders_are_summed_and_an_order_id_is_no_amount(
    question: str, expected: str
) -> None:
    text = answer(question).text
    assert expected in text.splitlines()[0], text
    for digits in ("200811", "300561", "401122", "5520"):
        assert digits not in text.replace(",", ""), text


# --- orders each named, one labelled distribution: the month is the sum, distribution the label --


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 23万 → tier 2 5%; 11万 commissionable → 5,500; pre-charged 11,000, refund 5,500.
        (
            "2020年11月基础软件市场：订单甲 6万，订单乙 12万（分销），订单丙 5万。佣金多少？",
            "5,500",
        ),
        ("2020年11月基础软件：订单1 5万，订单2 6万，订单3 12万（分销）。次月退多少？", "5,500"),
        (
            "Basic Software, Nov 2020: order A 120,000 CNY (distribution), order B 60,000 CNY, "
            "order C 50,000 CNY. How much commission?",
            "5,500",
        ),
    ],
)
def test_an_order_labelled_distribution_is_the_distribution_part_of_the_sum(
    question: str, expected: str
) -> None:
    text = answer(question).text
    assert expected in text.splitlines()[0], text
    assert "230,000" in text or "23万" in text, text


# --- the commission already charged is no turnover ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Website market, Nov 2020: we were pre-charged 120,000 CNY commission. The month's "
        "total was 1,000,000 including 400,000 distribution. How much is refunded?",
        "Nov 2020 website building: the platform deducted 120k commission up front; sales were "
        "1,000,000 in total, 400,000 of it via distribution. What refund do we get?",
        "2020年11月建站市场，月初预收了12万佣金，当月总额100万，其中分销40万，次月退多少？",
    ],
)
def test_the_commission_charged_is_not_the_months_total(question: str) -> None:
    text = answer(question).text
    first = text.splitlines()[0]
    assert "60,000" in first or "6万" in first, text
