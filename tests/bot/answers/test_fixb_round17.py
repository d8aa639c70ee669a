"""Round 17 (computed answers and verdicts): classes from holdout13's judgement and own probes."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


# --- "which markets require X": exactly the markets whose rule is X --------------------------


@pytest.mark.parametrize(
    ("question", "listed", "not_listed"),
    [
        (
            "哪些市场要求两年及以上的行业服务经验？",
            ["基础软件", "服务市场", "建站"],
            ["API", "数据智能", "安全"],
        ),
        ("哪几个市场需要2年经验？", ["基础软件", "服务市场", "建站"], ["API", "数据智能"]),
        (
            "Which markets require at least 2 years of experience?",
            ["Basic Software", "Service Market", "Website"],
            ["API", "Data Intelligence", "Security"],
        ),
        ("哪些市场要求一年以上经验", ["API", "数据智能", "安全"], ["基础软件", "建站"]),
        ("哪些市场注册资金要求10万", ["基础软件"], ["服务市场", "建站", "企业应用"]),
        (
            "Which markets require registered capital of at least 1 million?",
            ["Service Market", "Enterprise"],
            ["Basic Software"],
        ),
    ],
)
def test_which_markets_lists_only_the_markets_with_the_quoted_figure(
    question: str, listed: list[str], not_listed: list[str]
) -> None:
    text = answer(question).text
    for name in listed:
        assert name in text, text
    for name in not_listed:
        assert name not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "We only have after-sales tech support, no online customer service at all. Which markets "
        "list 5x8 online customer service (not after-sales) as the condition?",
        "Which markets list 5x8 online customer service (not after-sales) as the condition?",
        "我们只有售后技术支持，没有在线客服。哪些市场规定的是5x8在线客服，而不是售后？",
        "We have no online chat support. Which markets specify 5x8 online customer service?",
    ],
)
def test_which_markets_ask_online_service_not_after_sales(question: str) -> None:
    text = answer(question).text
    for name in ("基础软件", "服务市场", "建站", "新零售", "开发运维", "零售通"):
        english = {
            "基础软件": "Basic Software",
            "服务市场": "Service Market",
            "建站": "Website",
            "新零售": "New Retail",
            "开发运维": "DevOps",
            "零售通": "Retail Link",
        }[name]
        assert name in text or english in text, text
    for name in ("数据智能", "Data Intelligence", "企业应用", "Enterprise", "None"):
        assert name not in text, text


@pytest.mark.parametrize(
    ("question", "market"),
    [
        ("Which markets don't require a team of 20?", "Retail Link"),
        ("哪些市场不要求20人团队", "零售通"),
        ("没有执照年限要求的市场有哪些", "API市场"),
    ],
)
def test_markets_without_a_rule_are_the_answer(question: str, market: str) -> None:
    text = answer(question).text
    assert market in _first_line(text), text
    # Only the markets without the rule: a market with it named beside them reads as fitting.
    assert "Service" not in _first_line(text) and "服务市场" not in _first_line(text), text


@pytest.mark.parametrize(
    "question",
    [
        "服务市场要求执照满1年吗",
        "服务市场也要10万注册资金吗",
        "服务市场需要1年经验吗",
        "Does the Service Market require 1 year of experience?",
    ],
)
def test_a_figure_below_the_rule_is_never_answered_not_needed(question: str) -> None:
    text = answer(question).text
    assert not text.startswith(("不需要", "No")), text
    assert "2" in text or "100" in text, text
