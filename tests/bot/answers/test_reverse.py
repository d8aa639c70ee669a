"""Questions naming a condition or a kind of product but no market, answered from the markets'
data: every market's rule on one thing, which market requires something, which market fits."""

from __future__ import annotations

import pytest

from bot.answers import answer, reverse


def test_team_rule_across_markets_keeps_retail_link_apart() -> None:
    reply = reverse.conditions_across_markets(
        ("team_size", "employees", "social_insurance_proof"), "zh"
    )
    assert reply is not None and reply.topic == "computed.conditions_overview"
    lines = reply.text.splitlines()
    team_line = next(line for line in lines if "不少于 20 人" in line)
    assert "社保个人月缴费信息情况表" in team_line and "零售通" not in team_line
    assert "员工人数不少于 4 人：零售通市场" in reply.text
    assert reply.text.endswith("（出处：服务商入驻 › 1.云市场各集市入驻条件）")


def test_capital_rule_groups_same_threshold_despite_wording() -> None:
    # The guide says 注册资金 for some markets and 注册资本 for others: one rule, one line.
    reply = reverse.conditions_across_markets(("registered_capital",), "zh")
    assert reply is not None
    hundred_wan = [line for line in reply.text.splitlines() if "不低于 100万元" in line]
    assert len(hundred_wan) == 1
    assert "新零售市场" in hundred_wan[0] and "服务市场" in hundred_wan[0]
    assert "注册资金超过 100万元：零售通市场" in reply.text
    assert "对这一项没有要求：API市场、数据智能市场、物联网市场。" in reply.text


def test_which_market_requires_7x24_after_sales() -> None:
    reply = reverse.conditions_across_markets(
        ("aftersales_support", "online_cs"), "en", level="7x24", kind="aftersales_support"
    )
    assert reply is not None and reply.topic == "computed.which_markets"
    head, first = reply.text.splitlines()[:2]
    assert head == "Only Security Market requires 7x24."
    assert first.startswith("• 7x24 after-sales technical service: Security Market (guide:")


def test_no_market_requires_a_level_nobody_sets() -> None:
    assert reverse.conditions_across_markets(("online_cs",), "zh", level="7x24") is None


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("该入哪个市场", True),
        ("适合哪个集市", True),
        ("which market should we join", True),
        ("零售通市场有哪些条件", False),
        ("保证金交多少", False),
    ],
)
def test_asks_which_market(question: str, asks: bool) -> None:
    assert reverse.asks_which_market(question) is asks


def test_described_by_matches_the_guides_description() -> None:
    reply = reverse.markets_described_by("我们做门店数字化和业务中台，入哪个市场", "zh")
    assert reply is not None
    assert reply.text.splitlines()[1].startswith("• 新零售市场：")


def test_described_by_stays_silent_without_a_real_match() -> None:
    assert reverse.markets_described_by("我们公司卖水果，入哪个市场", "zh") is None


def test_which_market_without_a_match_names_no_market_but_is_not_declined() -> None:
    reply = answer("我们公司卖水果，能入哪个市场")
    assert not reply.out_of_scope  # a Marketplace question, even if no market fits
    assert reply.topic != "computed.which_markets"  # and no market is made up for it


def test_condition_words_in_a_deposit_question_do_not_list_conditions() -> None:
    # 信用卡 is how to pay, not 信用 (credit record): never the conditions overview.
    reply = answer("保证金可以用信用卡付吗")
    assert reply.topic not in ("computed.conditions_overview", "computed.which_markets")


@pytest.mark.parametrize(
    ("question", "markets", "expected"),
    [
        ("做零售通需要阿里巴巴账号么", ["retail_link"], ("alibaba_1688_member",)),
        ("Does Retail Link need an Alibaba account?", ["retail_link"], ("alibaba_1688_member",)),
        ("零售通法人信用有要求吗", ["retail_link"], ("good_credit",)),
        ("物联网市场对产品有啥要求", ["iot"], ()),  # one common word: the full list answers
        ("API市场怎么入驻", ["api"], ()),
    ],
)
def test_condition_named_by_its_own_words(
    question: str, markets: list[str], expected: tuple[str, ...]
) -> None:
    assert reverse.condition_keys_named(question, markets) == expected


def test_shared_condition_detail_narrows_to_the_statement() -> None:
    named = reverse.condition_keys_named("社保证明具体要交啥表", [], min_score=1.5)
    assert "social_insurance_proof" in named and "team_size" not in named
    reply = answer("社保证明具体要交啥表")
    assert "社保个人月缴费信息情况表" in reply.text
    assert "零售通" in reply.text  # named as the market without this condition
