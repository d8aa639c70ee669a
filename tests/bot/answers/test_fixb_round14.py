"""Round 14 (computed answers and verdicts): classes found on holdout12 (after its blind score)."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _opening(text: str) -> str:
    return text.strip().split("\n", 1)[0][:20]


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # Several categories asked to be put together for one tier: no, then each and the sum.
        (
            "2020年9月我们企业应用和基础软件各实收30万，两个类目能不能合并按60万算第3档？佣金一共多少",
            "3万",
        ),
        ("2020年9月安全市场25万、企业应用市场25万，加起来50万能按第3档吗？佣金一共多少", "2.5万"),
        (
            "Enterprise Application 300k and Basic Software 300k in Sept 2020 - can we combine "
            "the two categories as 600k for tier 3? Total commission?",
            "30,000",
        ),
        (
            "In October 2020 the Security Market made 250k and the Enterprise Application Market 250k; can they "
            "be added up to 500k for tier 3? What is the commission in total?",
            "25,000",
        ),
    ],
)
def test_categories_asked_to_combine_are_answered_no_then_each_and_the_total(
    question: str, total: str
) -> None:
    text = answer(question).text
    assert _opening(text).startswith(("不能", "No")), text
    assert total in text.rsplit("\n", 2)[-2], text


@pytest.mark.parametrize(
    ("question", "months", "total"),
    [
        # One category over several months: each month on its own tier, then their sum.
        (
            "建站类目2020年10月和11月各卖了15万，两个月加起来30万，能按第2档算吗？两个月佣金一共多少",
            2,
            "6万",
        ),
        (
            "安全市场2020年10月卖了10万，11月卖了25万，合起来算能到第2档吗？佣金一共多少",
            2,
            "22,500",
        ),
        (
            "Our Security Market sales were 150k in October 2020 and 150k in November 2020; can "
            "the two months be combined as 300k for tier 2? Total commission?",
            2,
            "30,000",
        ),
        (
            "Website Building: 150k each in May 2020 and June 2020. We may add them up to 300k "
            "for tier 2, right? Total commission for both months?",
            2,
            "60,000",
        ),
    ],
)
def test_months_asked_to_combine_are_answered_no_then_each_month_and_the_total(
    question: str, months: int, total: str
) -> None:
    text = answer(question).text
    assert _opening(text).startswith(("不能", "No")), text
    assert text.count("\n•") == months, text
    assert total in text.rsplit("\n", 2)[-2], text


@pytest.mark.parametrize(
    "question",
    [
        # Online customer service is not after-sales service; a stated lack of the latter is a no.
        "We only have a 5x8 online customer service desk, no after-sales technical support team. "
        "Can we join the IoT market?",
        "我们只有5x8在线客服，没有售后技术支持团队，能入驻物联网市场吗？",
        "Our online customer service runs 7x24 but we have no after-sales technical service "
        "team. Is that enough for the IoT Market?",
        "We have 5x8 customer service but lack an after-sales tech support team - can we join "
        "the IoT Market?",
    ],
)
def test_a_stated_lack_of_after_sales_is_no_for_an_after_sales_rule(question: str) -> None:
    text = answer(question).text
    assert _opening(text).startswith(("不能", "No")), text


@pytest.mark.parametrize(
    ("question", "named", "unnamed"),
    [
        # Only the markets asked for are named.
        (
            "Which markets require a business license held for at least 2 years?",
            ["Service Market", "DevOps"],
            ["Basic Software", "Data Intelligence", "Retail Link"],
        ),
        (
            "哪些市场要求营业执照满2年？",
            ["服务市场", "开发运维"],
            ["基础软件", "数据智能", "零售通"],
        ),
        (
            "Which markets have no registered-capital requirement at all?",
            ["API", "Data Intelligence", "IoT"],
            ["Basic Software", "Security", "Retail Link", "DevOps"],
        ),
        (
            "哪些市场对注册资金没有要求？",
            ["API", "数据智能", "物联网"],
            ["基础软件", "安全", "零售通"],
        ),
    ],
)
def test_which_markets_names_only_the_markets_asked_for(
    question: str, named: list[str], unnamed: list[str]
) -> None:
    text = answer(question).text
    assert all(name in text for name in named), text
    assert not [name for name in unnamed if name in text], text
