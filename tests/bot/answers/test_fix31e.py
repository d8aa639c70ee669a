"""fix31e: commission for a month outside the guide's policy period (this month, last month, a
month after 2021-03-31) opens by saying the period HAS ENDED (已结束 / has ended) and that the
guide gives no rate for that month, then hands off; figures follow only as labelled reference.
And a month inside the period whose distribution part is denied after the word ("一分分销都没有")
is computed, not answered with the bare rate table.

Each class is tested with paraphrases (both languages where it applies); the assertions are on
the reply's first line or sentence, where the answer to the ask must stand.
"""

from __future__ import annotations

from datetime import date

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer

# The bot's "today" long after the commission policy period, as the blind sets are scored.
TODAY = date(2026, 12, 2)


def _reply(question: str, lang: str | None = None) -> str:
    if lang is None:
        return answer(question, today=TODAY).text
    return answer(question, lang=lang, today=TODAY).text


# --- A. This month / last month with amounts: "已结束" first, figures only as reference -------


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("上个月我们建站市场实收现金30万，佣金按15%还是20%算？", "上个月（2026年11月）"),
        ("上个月我们在建站市场做了100万，里面40万是分销的，佣金该交多少", "上个月（2026年11月）"),
        ("这个月建站卖了60万，平台要抽多少佣金？", "本月（2026年12月）"),
        ("本月服务市场自营30万，分销5万，佣金多少", "本月（2026年12月）"),
        ("上月安全市场流水25万，最后佣金交多少？", "上个月（2026年11月）"),
    ],
)
def test_this_or_last_month_opens_with_the_period_ended(question: str, label: str) -> None:
    text = _reply(question)
    sentence = first_sentence(text)
    assert sentence.startswith(label), text
    assert "已结束" in sentence and "2021年3月31日" in sentence, text
    line = first_line(text)
    assert "指南没有说明之后适用什么费率" in line and "转人工" in line, text
    # The figures that follow are labelled as the guide's, not the month's.
    assert "仅供参考" in text.split("\n")[1], text


@pytest.mark.parametrize(
    "question",
    [
        "This month our Security sales are 250k including 50k distribution - how much commission?",
        "Last month our website-building sales were 600k RMB. How much commission will you take?",
        "We did 300k in the Services market last month, no distribution. Commission?",
    ],
)
def test_english_this_or_last_month_opens_with_the_period_ended(question: str) -> None:
    text = _reply(question, "en")
    sentence = first_sentence(text)
    assert sentence.startswith(("This month (2026-12)", "Last month (2026-11)")), text
    assert "has ended" in sentence and "2021-03-31" in sentence, text
    assert '"human"' in first_line(text), text


# --- B. A rate asked for this month / last month: that month first, then the guide's rates ---


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("本月的佣金按什么比例收？我们主要在企业应用市场卖", "本月（2026年12月）"),
        ("这个月企业应用市场的佣金比例是多少", "本月（2026年12月）"),
        ("上个月建站市场佣金按多少收", "上个月（2026年11月）"),
        ("上个月API市场的佣金比例是多少", "上个月（2026年11月）"),
        ("这个月服务市场平台服务费费率多少", "本月（2026年12月）"),
    ],
)
def test_rate_for_this_or_last_month_opens_with_that_month_outside(
    question: str, label: str
) -> None:
    text = _reply(question)
    sentence = first_sentence(text)
    assert sentence.startswith(label), text
    assert "已结束" in sentence, text
    assert "转人工" in first_line(text), text
    # The rates follow, labelled as the guide's rates, not the month's.
    assert "仅供参考" in text.split("\n")[1], text


@pytest.mark.parametrize(
    "question",
    [
        "What commission rate applies to our Enterprise Applications sales this month?",
        "What was the website market's commission rate last month?",
    ],
)
def test_english_rate_for_this_or_last_month_opens_with_that_month_outside(
    question: str,
) -> None:
    text = _reply(question, "en")
    sentence = first_sentence(text)
    assert sentence.startswith(("This month (2026-12)", "Last month (2026-11)")), text
    assert "has ended" in sentence, text
    assert "For reference only" in text.split("\n")[1], text


# --- C. The period's end asked: "已结束" in the first sentence --------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "佣金优惠政策到哪天截止的？现在还有效吗？",
        "佣金政策现在还有效吗",
        "平台服务费减免政策什么时候到期",
        "佣金优惠政策过期了吗",
    ],
)
def test_policy_period_asked_says_it_has_ended_first(question: str) -> None:
    sentence = first_sentence(_reply(question))
    assert "2021年3月31日" in sentence and "已结束" in sentence, sentence


# --- D. A rate table said with the policy's end: "已结束" where the end is said --------------


@pytest.mark.parametrize(
    "question",
    ["建站市场佣金比例", "安全市场佣金费率是多少", "建站市场30万其中分销10万佣金多少"],
)
def test_the_guides_rates_say_the_period_has_ended(question: str) -> None:
    text = _reply(question)
    assert "现已结束" in text and "2021年3月31日" in text, text


# --- E. Distribution denied after the word: the month is computed -----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "2020年12月我们安全市场结算总额刚好20万整，一分分销都没有，那个月最终佣金是多少？按第一档还是第二档",
        "2020年12月安全市场结算总额20万，一单分销都没有，佣金多少",
        "2020年12月安全市场交易额20万，分销一笔也没有，最后佣金是多少？",
        "安全市场2020年12月成交20万，分销订单都没有，佣金多少钱",
    ],
)
def test_distribution_denied_after_the_word_is_computed(question: str) -> None:
    line = first_line(_reply(question))
    assert line.startswith("佣金 1万元（10,000元）（第2档 5%）"), line
