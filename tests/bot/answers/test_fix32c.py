"""Round 32 (fix32c): the reply's first word answers the question asked.

1. The verdict word answers the question's own polarity: "会卡吗", "会卡这一条吗", "会不会被拒",
   "problem?", "will they reject us" after a stated lack open with the yes-word (会卡住 / 会被拒 /
   "so yes"), after a stated fact that meets it with the no-word; "是硬性要求吗", "is that
   mandatory?" beside a judged figure open 是 / 需要 / "Yes, it is required", never 不是 / No.
2. One condition named inside a join statement ("注册资金这块算达标吗", "执照年限这条够吗",
   "Is our capital OK?") gets that condition's verdict first, not the whole join's 还不能确定 /
   不能 over another stated fact; "能入驻吗" keeps the whole verdict.
3. A month named for the amount ("10月份结算30万…这个月佣金是多少") is the month asked: the
   lead names it (今年10月 / October 2026), never 本月; with no month named 本月 stays.
"""

from __future__ import annotations

from datetime import date

import pytest
from answer_checks import first_line, first_sentence

from bot.answers import answer

_DAY = date(2026, 12, 2)


def _first(question: str) -> str:
    return first_line(answer(question, today=_DAY).text)


# --- 1. the verdict word answers the question's polarity -------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("解决方案市场别的条件我们基本都够，就是公司里没有阿里云认证工程师，会卡吗", "会卡住"),
        ("想入驻解决方案市场，公司里一个ACP认证工程师都没有，这样会卡吗？", "会卡住"),
        (
            "我们做传媒行业的融媒体解决方案，别的条件都齐了，就是没有知名客户案例。"
            "解决方案市场会卡这一条吗？",
            "会卡住",
        ),
        ("基础软件市场，我们注册资金只有5万，会卡吗", "会卡住"),
        ("想入驻解决方案市场，我们没有ACP认证工程师，会不会被拒", "会被拒"),
        ("解决方案市场：我们没有阿里云认证工程师，申请会被拒吗？", "会被拒"),
        ("security market, our team is 19 people with social insurance. problem?", "You cannot"),
        ("Solutions market: we have no ACP engineer. Will they reject us?", "You cannot"),
    ],
)
def test_lack_opens_with_the_yes_word(question: str, opening: str) -> None:
    line = _first(question)
    assert line.startswith(opening), line
    assert "yes" in line or opening != "You cannot", line


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("想入驻解决方案市场，我们有2名ACP认证工程师，会卡吗", "不会卡住"),
        ("基础软件市场，我们注册资金有50万，会卡吗", "不会卡住"),
        ("想入驻解决方案市场，我们有2名ACP认证工程师，会不会被拒", "不会因此被拒"),
        ("Solutions market: we have 3 ACP engineers. Will they reject us?", "No"),
        ("security market, our team is 25 people with social insurance. problem?", "No"),
    ],
)
def test_met_opens_with_the_no_word(question: str, opening: str) -> None:
    line = _first(question)
    assert line.startswith(opening), line


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("基础软件市场，我们注册资金只有5万，是硬性要求吗", "是"),
        ("基础软件市场，我们注册资金只有5万，这个是必须的吗", "是"),
        ("基础软件市场，我们注册资金有50万，是硬性要求吗", "是"),
        ("基础软件市场，注册资金只有5万，真的需要10万吗", "需要"),
        ("想入驻解决方案市场，我们没有ACP认证工程师，这个是硬性要求吗", "是"),
        ("Basic software market: our registered capital is only 50k, is that mandatory?", "Yes"),
    ],
)
def test_required_asked_opens_yes(question: str, opening: str) -> None:
    head = first_sentence(answer(question, today=_DAY).text)
    assert head.startswith(opening), head
    assert not head.startswith(("不是", "不能", "No")), head


# --- 2. one condition named inside a join statement ------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "我们公司注册资金刚好10万整，执照一年多了，想入驻基础软件市场，注册资金这块算达标吗",
            "这一项满足",
        ),
        (
            "我们公司注册资金刚好10万整，执照才半年，想入驻基础软件市场，注册资金这块算达标吗",
            "这一项满足",
        ),
        ("注册资金刚好10万整，执照一年多了，基础软件市场，注册资金这块算达标吗", "这一项满足"),
        ("我们公司注册资金8万，执照两年了，想入驻基础软件市场，注册资金这块算达标吗", "不满足"),
        ("注册资金150万，执照两年，团队25人，想入驻服务市场，执照年限这条够吗", "这一项满足"),
        ("注册资金150万，执照3年，团队15人，想入驻服务市场，团队人数这一项过不过", "不满足"),
        (
            "Our registered capital is exactly 100k and our licence is 6 months old, we want the"
            " Basic Software market. Is our capital OK?",
            "Yes",
        ),
    ],
)
def test_one_condition_asked_gets_its_verdict(question: str, opening: str) -> None:
    head = first_sentence(answer(question, today=_DAY).text)
    assert head.startswith(opening), head
    assert not head.startswith(("还不能确定", "不能")), head


def test_whole_join_keeps_its_verdict() -> None:
    head = _first("我们公司注册资金刚好10万整，执照一年多了，能入驻基础软件市场吗")
    assert head.startswith("还不能确定"), head


# --- 3. the month named for the amount is the month asked ------------------------------------
@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("建站市场10月份结算实收30万，没有分销单，这个月佣金最后是多少", "10月"),
        ("建站市场10月结算了30万，这个月要交多少佣金", "10月"),
        ("建站市场今年10月份结算实收30万，这个月佣金最后是多少", "2026年10月"),
        (
            "Website market: October settlement was 300k, no distribution orders. What is this"
            " month's commission?",
            "October 2026",
        ),
    ],
)
def test_named_month_is_the_month_asked(question: str, named: str) -> None:
    head = first_sentence(answer(question, today=_DAY).text)
    assert named in head, head
    assert "本月" not in head and "This month" not in head, head


def test_no_month_named_keeps_this_month() -> None:
    head = _first("建站市场这个月结算实收30万，没有分销单，佣金最后是多少")
    assert head.startswith("本月（2026年12月）"), head
