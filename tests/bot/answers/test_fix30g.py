"""fix30g: dev21c's wrong replies, read by their general cause (paraphrases, both languages)."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence


# 58: a later part comparing with a market ("跟新零售是一回事吗") has the earlier part's market
# as its dropped subject: two markets, never "the same".
@pytest.mark.parametrize(
    "question",
    [
        "零售通市场到底是给谁提供服务的？跟新零售是一回事吗",
        "零售通是干嘛的？和新零售市场是同一个吗",
        "Who does the Retail Link market serve? Is it the same as New Retail?",
    ],
)
def test_dropped_subject_of_a_comparison_is_the_market_before(question: str) -> None:
    text = answer(question).text
    assert "同一个" not in first_line(text) or "不同" in text
    assert "不是" in text or "No, " in text, text
    assert "是的，指的是同一个" not in text and "Yes, they are the same" not in text


# 165: "pay the deposit first to speed things up and do the contract afterwards": the step
# before "first" is the one put first, a purpose clause in between.
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Can I pay the deposit first to speed things up and do the contract afterwards?", "No"),
        ("Could we pay the deposit first so we save time, then sign the contracts?", "No"),
        ("能不能先交保证金加快进度，合同后面再签？", "不能"),
    ],
)
def test_deposit_first_with_a_purpose_clause_is_reversed(question: str, opening: str) -> None:
    assert first_sentence(answer(question).text).startswith(opening)


# 36: "会不会突然改" asks for a change without notice: not suddenly (§4 4, notice first).
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("平台会不会突然改佣金优惠政策？要改的话从什么时候开始执行", "不会突然改"),
        ("佣金减免政策会不会突然调整？", "不会突然改"),
        (
            "Could Alibaba Cloud change the commission policy suddenly, without notice?",
            "Not sudden",
        ),
    ],
)
def test_sudden_policy_change_is_not_sudden(question: str, opening: str) -> None:
    assert first_sentence(answer(question).text).startswith(opening)


# 65: whether a market is listed in the rate table is a yes (it is), not whether it charges.
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Is there a commission rate for the IoT market in the policy table, or is it not listed?",
            "Yes, it is listed",
        ),
        ("费率表里有物联网市场吗？还是没列？", "有，费率表列有物联网市场"),
        ("Is the website building market listed in the commission table?", "Yes"),
    ],
)
def test_listed_in_the_rate_table_is_yes(question: str, opening: str) -> None:
    assert first_line(answer(question).text).startswith(opening)
