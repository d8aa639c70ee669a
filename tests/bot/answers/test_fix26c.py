"""Round 22 second wave (fix26c; dev19b / dev19c leftovers at int25): months and orders as
clerks write them, two-part leftovers — in wordings of our own:

1. a list of orders joined by + ("120k + 90k …, plus 60k …"), or an order named again with
   那笔 / 其中…那笔 ("其中6万那笔是分销"): the month is the sum of the orders, the named one
   the distribution part — never the last amount read as the month.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.answers import answer
from bot.answers.order_list import read_orders
from tests.bot.answers.answer_checks import first_line


@pytest.mark.parametrize(
    ("question", "total", "distribution"),
    [
        ("三笔订单：12万、5万、3万，其中那笔5万是分销的", 200000, 50000),
        ("本月订单 10万+9万+4万，4万那笔走的分销", 230000, 40000),
        ("上个月订单 9万、6万、5万，其中5万那单是渠道带来的", 200000, 50000),
        ("orders: 50k + 80k direct, plus 40k via distributors", 170000, 40000),
        ("This month: 150k + 70k own orders, and 30k through distribution", 250000, 30000),
    ],
)
def test_orders_joined_or_named_again(question: str, total: int, distribution: int) -> None:
    assert read_orders(question) == (Decimal(total), Decimal(distribution))


TODAY = date(2026, 12, 2)


# 2. Two or more months given one figure each ("9月和10月各卖了25万", "250k each in Sept and Oct"):
#    each month tiered on its own, then their sum.
@pytest.mark.parametrize(
    ("question", "lang", "each", "total"),
    [
        ("建站市场2020年5月和6月各做了30万，佣金多少", "zh", "45,000", "90,000"),
        ("数据智能市场2020年7月、8月各卖了25万，佣金怎么算", "zh", "12,500", "25,000"),
        (
            "Security market: September and October 2020 did 250k each. Commission?",
            "en",
            "12,500",
            "25,000",
        ),
        (
            "Website building, March and April 2020, 300k apiece — what commission?",
            "en",
            "45,000",
            "90,000",
        ),
    ],
)
def test_each_month_the_figure(question: str, lang: str, each: str, total: str) -> None:
    text = answer(question, lang, today=TODAY).text  # type: ignore[arg-type]
    assert text.count(each) >= 2
    assert total in text


# 3. A year said once for a range or list of months ("2020年10-12月", "September and October
#    2020") belongs to every month: no "this year's month has no rate" opening.
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("2020年10-12月，安全市场每月分别10万、30万、60万，每个月佣金多少？", "zh"),
        ("上季度（2020年7-9月）建站：7月12万、8月25万、9月55万，各月佣金多少", "zh"),
        (
            "Security, Oct-Dec 2020: October 100k, November 300k, December 600k. Commission each month?",
            "en",
        ),
        (
            "API market, September and October 2020: September 300k, October 100k. Monthly commission?",
            "en",
        ),
        # A quarter of a named year: its months are that year's.
        ("建站市场2020年第二季度：4月12万，5月25万，6月60万，每月佣金多少", "zh"),
        ("Security, Q3 2020: July 100k, August 300k, September 600k. Commission each month?", "en"),
        ("安全市场2020年Q4：10月10万，11月30万，12月60万，各月佣金多少？", "zh"),
    ],
)
def test_year_of_a_month_range(question: str, lang: str) -> None:
    text = answer(question, lang, today=TODAY).text  # type: ignore[arg-type]
    assert "今年" not in first_line(text)
    assert "2026" not in first_line(text)
    assert "no rate" not in first_line(text)


# 4. "每个月佣金各多少，合计多少", "commission per month and total?": the months' amounts and
#    their sum open the reply, the method after.
@pytest.mark.parametrize(
    ("question", "lang", "first"),
    [
        (
            "安全市场2020年10月10万、11月30万，每个月佣金多少，合计多少",
            "zh",
            ["10,000", "15,000", "25,000"],
        ),
        ("建站市场2020年5月和6月各做了30万，两个月佣金分别多少", "zh", ["45,000", "90,000"]),
        (
            "Security 2020: October 100k, November 300k. Commission for each month and in total?",
            "en",
            ["10,000", "15,000", "25,000"],
        ),
    ],
)
def test_months_amounts_open(question: str, lang: str, first: list[str]) -> None:
    line = first_line(answer(question, lang, today=TODAY).text).replace(
        "1万元（10,000元）", "10,000"
    )  # type: ignore[arg-type]
    line = line.replace("1.5万元（15,000元）", "15,000").replace("2.5万元（25,000元）", "25,000")
    line = line.replace("4.5万元（45,000元）", "45,000").replace("9万元（90,000元）", "90,000")
    for figure in first:
        assert figure in line, line


# 5. 企业认证 / 公司认证 (without 实名) not done, "can we apply first?": 不能 first, like 实名认证.
@pytest.mark.parametrize(
    "question",
    [
        "企业认证还没弄完，能先申请入驻吗",
        "公司认证没做完，能直接提交入驻申请吗",
        "我们企业认证尚未完成，可以先去申请入驻云市场吗",
    ],
)
def test_company_verification_not_done(question: str) -> None:
    assert answer(question, "zh", today=TODAY).text.startswith("不能")


# 6. "Which contracts do we sign, and what comes after that?": "that" is the signing the first
#    part asks about (no step asked), so both parts are answered — the contracts, then step 5.
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Which agreements must we sign, and what comes after that?", "en"),
        ("What contracts do we sign, and what do we do after that?", "en"),
        ("需要签哪些协议，签完之后做什么？", "zh"),
    ],
)
def test_contracts_then_next(question: str, lang: str) -> None:
    text = answer(question, lang, today=TODAY).text  # type: ignore[arg-type]
    assert "云市场协议" in text
    assert "充值交纳" in text
