"""Round 18 (computed answers and verdicts): classes from holdout14's and dev14d's misses."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line

# --- "只有1个": a bare count of what is asked about is that many, not fewer ------------------


@pytest.mark.parametrize(
    "question",
    [
        "解决方案市场要求ACP工程师，我们只有1个，够吗？",
        "解决方案市场需要ACP工程师，我们只有两个，够不够？",
        "解决方案市场要ACP认证工程师，我司只有1位，这样满足吗",
    ],
)
def test_only_a_count_meeting_the_rule_is_met(question: str) -> None:
    head = first_line(answer(question).text)
    assert "满足" in head and not head.startswith(("不", "无")), head


def test_only_zero_is_still_not_met() -> None:
    head = first_line(answer("解决方案市场要求ACP工程师，我们只有0个，够吗？").text)
    assert head.startswith("不能"), head


# --- a lack stated further from the thing, or as "not certified yet" ------------------------


@pytest.mark.parametrize(
    "question",
    [
        "We're a fintech company (finance industry) wanting the Solution market, but none of our"
        " engineers holds the Alibaba Cloud ACP certification. Can we join?",
        "Solution market: none of the people on our team has passed the Alibaba Cloud ACP exam"
        " yet, can we still apply?",
        "DevOps market need ecosystem partner certification? we are not certified yet, can we"
        " still join first?",
        "Does the DevOps market require the ecosystem certification? We aren't certified yet —"
        " can we join anyway?",
    ],
)
def test_english_lack_far_from_the_thing_says_no(question: str) -> None:
    head = first_line(answer(question).text)
    assert head.startswith("No"), head


@pytest.mark.parametrize(
    "question",
    [
        "开发运维市场要生态认证吗？我们还没认证，能先入驻吗",
        "解决方案市场，我们的工程师都没有ACP认证，能入驻吗？",
    ],
)
def test_chinese_lack_says_no(question: str) -> None:
    assert first_line(answer(question).text).startswith("不能")


# --- one month's orders listed one by one: the tier is chosen by their sum ------------------


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("基础软件类目2020年7月有三笔订单：8万、9万、6万，都不是分销，这个月佣金多少？", "23万"),
        ("建站类目2021年3月两笔订单：12万和10万，没有分销，佣金多少", "22万"),
        ("基础软件2020年7月三笔订单8万、9万、6万，一共23万，佣金多少", "23万"),
        (
            "Basic Software, July 2020: three orders of 80,000, 90,000 and 60,000 CNY, no"
            " distribution. Commission for the month?",
            "230,000",
        ),
    ],
)
def test_listed_orders_are_summed_for_the_tier(question: str, total: str) -> None:
    text = answer(question).text
    # The commission asked opens the reply (fix19i); the summed total heads the breakdown.
    assert total in text.strip().split("\n")[1], text
    assert "第2档" in text or "Tier 2" in text, text


# --- "no distribution" beside two named months: each month is still tiered on its own -------


@pytest.mark.parametrize(
    ("question", "total"),
    [
        (
            "Website category: 150,000 CNY settled in October 2020 and another 150,000 CNY in"
            " November 2020, no distribution. Total commission for the two months?",
            "60,000",
        ),
        ("建站类目2020年10月15万、11月15万，都没有分销，两个月佣金一共多少？", "6万"),
    ],
)
def test_months_apart_with_no_distribution(question: str, total: str) -> None:
    text = answer(question).text
    assert total in text, text


# --- "20万以内按20%，超出的按15%": the whole month is charged at one tier -------------------


@pytest.mark.parametrize(
    "question",
    [
        "建站2021年2月实收25万，没分销。是不是20万以内按20%，超出的5万按15%？那佣金是多少",
        "基础软件2020年8月30万，是不是20万以内按10%，超过的按5%算？",
    ],
)
def test_bound_then_the_part_above_is_not_how_it_is_charged(question: str) -> None:
    assert answer(question).text.startswith("不是")
