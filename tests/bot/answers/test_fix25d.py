"""Round 25 (fix25d, dev19c): commission read the way finance clerks write a month — in wordings
of our own that main (b971a71) got wrong:

1. an order number before an amount with a Chinese comma ("订单20200920078，120,000元"): an id,
   never one 17-digit figure with the amount;
2. the own part's subtotal ("自营订单合计15.2万，另外分销4.8万"): a part, the month is the sum;
3. a month's sales stated beside the commission asked ("刚好卖了50万", "销量30万"): computed, not
   declined as selling advice;
4. the parts as a table's columns ("own orders | distribution" over "150,000 | 400,000");
5. a numbered list of one month's orders ("1. ¥45,000 / 2. ¥120,000 (distribution)"): one
   month, not one question per order;
6. months given each with its own figures ("10月12万、11月25万", "July 150,000; August 210,000 of
   which 50,000 distribution"): each month its own label, tier and distribution;
7. a figure asked by its question mark or a request ("Commission? Any refund?", "请算一下佣金和
   返还"): every figure asked opens the reply, the commission first;
8. the commission and whether the month is still in the policy period: both answered;
9. a rate asked for a range of the month ("20万到50万之间"): that tier's rate, never a commission
   computed on the range's bound;
10. "which markets have no rate, and the API market's rate": both parts, the markets not
    narrowed to the one the other part names.
"""

from __future__ import annotations

import re

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line


# --- 1. an order number is an id ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission"),
    [
        (
            "安全市场2020年8月两笔：订单20200812001，50,000元（分销）；订单20200825002，100,000元。佣金多少？",
            "10,000",
        ),
        ("建站市场2020年6月，单号20200611093，180,000元，就这一单，佣金多少？", "36,000"),
        (
            "Enterprise apps, Oct 2020: order 20201003117，120,000 yuan; order 20201019004，60,000"
            " yuan. Commission?",
            "18,000",
        ),
    ],
)
def test_order_number_then_amount(question: str, commission: str) -> None:
    reply = answer(question)
    assert commission in first_line(reply.text), reply.text
    assert not re.search(r"\d{8,}元|\d{3},\d{3},\d{3},\d{3}", reply.text), reply.text


# --- 2. the own part's subtotal ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission", "total"),
    [
        ("建站市场2020年8月，自营合计18万，另有分销渠道的单子6万，佣金多少？", "27,000", "240,000"),
        ("基础软件2020年5月直销订单总计¥160,000，此外分销5万，佣金多少？", "8,000", "210,000"),
        (
            "Enterprise apps, Oct 2020: our own orders total 160,000, plus 90,000 through"
            " distributors. Commission?",
            "8,000",
            "250,000",
        ),
    ],
)
def test_own_subtotal_is_a_part(question: str, commission: str, total: str) -> None:
    reply = answer(question)
    assert commission in first_line(reply.text), reply.text
    assert total in reply.text, reply.text


def test_our_total_with_a_part_inside_stays_the_month() -> None:
    reply = answer("安全市场2020年7月我们自己总共卖了30万，其中分销10万，佣金多少？")
    assert "10,000" in first_line(reply.text) and "300,000" in reply.text, reply.text


# --- 3. sales stated for the commission -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission"),
    [
        ("安全市场2021年1月正好卖了50万，全是自营，佣金怎么算？", "15,000"),
        ("建站市场2020年6月销量30万，佣金多少？", "45,000"),
        ("企业应用2020年5月刚好卖了20万整，佣金多少？", "10,000"),
    ],
)
def test_sales_stated_for_commission(question: str, commission: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert commission in first_line(reply.text), reply.text


def test_selling_advice_still_declined() -> None:
    assert answer("怎么提高销量？").out_of_scope


# --- 4. parts as a table's columns ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission", "total"),
    [
        ("建站市场 2020年10月\n自营 | 分销\n12万 | 30万\n佣金多少？", "18,000", "420,000"),
        (
            "Security market, Aug 2020\ndirect sales\treseller sales\n90,000\t260,000\ncommission?",
            "4,500",
            "350,000",
        ),
        ("企业应用2020年6月：\n自营,分销\n180000,50000\n佣金多少？", "9,000", "230,000"),
    ],
)
def test_parts_in_columns(question: str, commission: str, total: str) -> None:
    reply = answer(question)
    assert commission in first_line(reply.text), reply.text
    assert total in reply.text, reply.text


# --- 5. a numbered list of one month's orders -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission"),
    [
        ("建站市场2020年9月的订单：\n1、8万\n2、15万（分销）\n3、30万\n这个月佣金多少？", "38,000"),
        (
            "Security market orders, Oct 2020:\n(1) 60,000 via reseller\n(2) 250,000\n(3) 210,000\n"
            "How much commission?",
            "13,800",
        ),
        ("基础软件 2020年11月：\n1. 10万\n2. 12万（分销）\n佣金和返还？", "5,000"),
    ],
)
def test_numbered_orders_one_month(question: str, commission: str) -> None:
    reply = answer(question)
    assert commission in first_line(reply.text), reply.text
    assert "\n\n" not in reply.text, reply.text


# --- 6. months each with their own figures ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "lines", "total"),
    [
        (
            "安全市场2020年第三季度：7月18万，8月26万，9月55万，都是自营。每月佣金多少，合计多少？",
            [("7月", "18,000"), ("8月", "13,000"), ("9月", "16,500")],
            "47,500",
        ),
        (
            "企业应用去年（2020年4-6月）的月流水：4月30万（其中分销10万）、5月15万、6月50万，每个月佣金各多少？",
            [("4月", "10,000"), ("5月", "15,000"), ("6月", "15,000")],
            "40,000",
        ),
        (
            "Basic Software, Q4 2020 (Oct-Dec): October 100,000; November 300,000 of which 100,000"
            " distribution; December 520,000. Commission per month and the total?",
            [("Oct", "10,000"), ("Nov", "10,000"), ("Dec", "15,600")],
            "35,600",
        ),
    ],
)
def test_months_keep_their_figures(question: str, lines: list[tuple[str, str]], total: str) -> None:
    reply = answer(question)
    for label, commission in lines:
        line = next((line for line in reply.text.split("\n") if label in line), "")
        assert commission in line, reply.text
    assert total in reply.text, reply.text


# --- 7. every figure asked opens the reply ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Website market, Jul 2020, 150k total. Commission? Any refund next month?",
            "30,000",
            "No refund",
        ),
        ("建站市场2020年7月流水15万。佣金？次月有返还吗？", "3万", "不会返还"),
        ("建站市场2020年9月自营20万、分销5万，请算一下佣金和返还。", "30,000", "10,000"),
        (
            "Security, Nov 2020, own 300,000. Please calculate the commission and the refund.",
            "15,000",
            "15,000",
        ),
    ],
)
def test_figures_asked_first(question: str, first: str, second: str) -> None:
    head = first_line(answer(question).text)
    assert first in head and second in head, head
    assert head.index(first) <= head.rindex(second), head


# --- 8. the commission and the policy period --------------------------------------------------
@pytest.mark.parametrize(
    ("question", "commission", "yes"),
    [
        ("安全市场2020年12月卖了40万，佣金是多少，还在不在优惠政策期间？", "20,000", "是"),
        ("企业应用2021年1月总额30万，佣金多少？这个月还在优惠期内吗？", "15,000", "是"),
        (
            "Website building, Feb 2021, 300k total. Commission? Is that month still within the"
            " discount period?",
            "45,000",
            "Yes",
        ),
    ],
)
def test_commission_and_policy_period(question: str, commission: str, yes: str) -> None:
    head = first_line(answer(question).text)
    assert commission in head and yes in head and "2016" in head, head


# --- 9. a rate asked for a range --------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("安全市场如果一个月做到20万至50万之间，抽几个点？", "5%"),
        ("解决方案市场交易额在20万到50万之间时，费率多少？", "5%"),
        (
            "For the website building market, what rate applies when a month's sales are between"
            " 200,000 and 500,000?",
            "15%",
        ),
    ],
)
def test_rate_of_a_range(question: str, rate: str) -> None:
    reply = answer(question)
    head = first_line(reply.text)
    assert rate in head and ("第2档" in head or "tier 2" in head), reply.text
    assert "佣金 " not in head and "Commission:" not in head, reply.text


# --- 10. which markets have no rate, and one market's rate ------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which markets have no rate in the commission table, and what is the IoT market rate?",
        "佣金费率表里哪些市场没有费率？API市场费率多少？",
        "哪几个市场在费率表里查不到？另外物联网市场的费率是多少？",
    ],
)
def test_no_rate_markets_and_one_rate(question: str) -> None:
    text = answer(question).text
    for names in (("新零售", "New Retail"), ("开发运维", "DevOps"), ("零售通", "Retail Link")):
        assert any(name in text for name in names), text
    assert "0%" in text, text
