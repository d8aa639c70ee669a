"""Round 15 (computed answers and verdicts): classes from holdout12's judgement and probing."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


@pytest.mark.parametrize(
    ("question", "market"),
    [
        # What the vendor sells + which market: the market that fits is named first, even when
        # a condition's word (镜像, ECS) or a market's word (安全软件) is in the description.
        ("我们做网络安全、WAF这类安全软件，ECS镜像部署，该进哪个集市", "安全市场"),
        ("我们做WAF，该进哪个集市，需要什么条件？", "安全市场"),
        ("我们做堡垒机和漏洞扫描，应该上架到哪个市场？", "安全市场"),
        ("我们做WAF，是进安全市场还是企业应用市场？", "安全市场"),
        ("We make a WAF. Security market or Basic Software market?", "Security Market"),
        ("We sell IoT gateways and sensors. Where should we list?", "IoT Market"),
        ("我们是做SaaS的，应该入驻哪个市场？", "企业应用市场"),
    ],
)
def test_product_and_which_market_names_the_market_first(question: str, market: str) -> None:
    text = answer(question).text
    head, rest = text.split("\n", 1)
    assert "最相符" in head or "closest" in head, text
    assert market in rest.split("\n", 2)[0] + rest.split("\n", 2)[1], text


def test_product_which_market_then_its_conditions_or_deposit() -> None:
    conditions = answer("我们做WAF，该进哪个集市，需要什么条件？").text
    assert "安全市场入驻条件" in conditions and "7×24" in conditions, conditions
    deposit = answer("我们做WAF，该进哪个集市，保证金多少？").text
    assert "3万元" in deposit or "30,000" in deposit, deposit


@pytest.mark.parametrize(
    "question",
    [
        # A condition lacked beside a market's name: the vendor's situation, never the market
        # left out (安全行业 holds 安全); the verdict for that market.
        "还没有安全行业经验，安全市场能进吗",
        "We have no security industry experience yet. Can we join the Security Market?",
        "没有7x24服务，能进安全市场吗",
        "7*24我们做不到，安全市场还能入驻吗",
        "We don't offer 7x24 support yet - can we still get into the Security market?",
        "We don't have an ACP-certified engineer. Can we join Solutions?",
        "我们做不到5x8，API市场能进吗",
    ],
)
def test_a_lacked_condition_beside_a_market_is_a_no(question: str) -> None:
    text = answer(question).text
    assert _first_line(text).startswith(("不能", "No")), text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Asked as yes or no whether to combine: the verdict word first.
        ("两个市场的销售额能不能一起算阶梯？", "不能"),
        ("安全市场和企业应用市场的交易额能合并算档位吗", "不能"),
        ("Can we combine sales from two categories to reach a higher tier?", "No"),
        ("两个月的交易额能合并算一个档位吗", "不能"),
        ("Can two months' sales be added together for the tier?", "No"),
        ("自营和分销的销售额能合并计算阶梯吗", "能"),
        # A choice asked keeps its answer (分开算).
        ("档位是每个类目分开算还是合起来算", "分开算"),
    ],
)
def test_combining_asked_yes_or_no_opens_with_the_verdict(question: str, opening: str) -> None:
    assert _first_line(answer(question).text).startswith(opening), answer(question).text
