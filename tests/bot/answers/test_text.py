from decimal import Decimal

import pytest

from bot.answers.matcher import find_concepts, out_of_scope_topic
from bot.answers.text import (
    dates_mentioned,
    excluded_markets,
    headcount_mentioned,
    market_count_mentioned,
    money_mentions,
    normalize,
    support_level_mentioned,
    years_mentioned,
)
from bot.lang import detect_lang_or_zh


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("建站市场这个月交易额30万，其中分销10万", ["300000", "100000"]),
        ("注册资金一百万能入驻吗", ["1000000"]),
        ("sales 1,000,000 yuan, 400k distribution", ["1000000", "400000"]),
        ("壹佰万元", ["1000000"]),
        ("5x8 客服，第3档，20人，10%", []),
        ("2020-10 total 300k", ["300000"]),
        ("2021年3月流水50万", ["500000"]),
    ],
)
def test_money_mentions(text: str, amounts: list[str]) -> None:
    _, mentions = money_mentions(text)
    assert [m.value for m in mentions] == [Decimal(a) for a in amounts]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("我们成立一年半", "1.5"),
        ("成立18个月", "1.5"),
        ("founded 2 years ago", "2"),
        ("成立半年", "0.5"),
        ("营业执照2019年6月15日办的", None),
        ("2019年成立", None),
    ],
)
def test_years_mentioned(text: str, years: str | None) -> None:
    assert years_mentioned(text) == (Decimal(years) if years else None)


def test_other_numbers() -> None:
    assert headcount_mentioned("我们有十五个人") == 15
    assert headcount_mentioned("we have 18 tech + support staff") == 18
    assert market_count_mentioned("入驻三个类目") == 3
    assert market_count_mentioned("第十三个市场") is None
    assert [d.isoformat() for d in dates_mentioned("2019/6/15 到 2021年6月14日")] == [
        "2019-06-15",
        "2021-06-14",
    ]
    assert support_level_mentioned("我们提供7*24小时") == "7x24"
    assert support_level_mentioned("5×8 售后") == "5x8"
    assert support_level_mentioned("24/7 support") == "7x24"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("保证金交多少", "zh"),
        ("API市场佣金多少", "zh"),
        ("How much is the deposit for 零售通?", "en"),
        ("ＡＰＩ ｍａｒｋｅｔ ｄｅｐｏｓｉｔ", "en"),  # full-width letters
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang_or_zh(text) == lang


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("保正金", "deposit"),  # one wrong inner character
        ("押金", "deposit"),
        ("depost", "deposit"),  # one edit
        ("comission", "commission"),
        ("平台服务费", "commission"),
        ("抽成", "commission"),
        ("retail link 入住", "join"),
        ("网站建设", None),
    ],
)
def test_concepts_with_typos_and_synonyms(text: str, concept: str | None) -> None:
    found = find_concepts(text)
    if concept:
        assert concept in found
    else:
        assert "deposit" not in found and "commission" not in found


def test_typo_tolerance_does_not_invent_meanings() -> None:
    assert "deposit" not in find_concepts("我保证能做到")  # 保证能 is not 保证金
    assert "license_age" not in find_concepts("我们公司很好")  # 们公司 is not 新公司
    assert "turnover" not in find_concepts("after-sales support")


@pytest.mark.parametrize(
    "text",
    [
        "AWS marketplace fee",
        "腾讯云服务器多少钱",
        "请给法律建议",
        "how to hack the review",
        "明天天气",
    ],
)
def test_out_of_scope_topics(text: str) -> None:
    assert out_of_scope_topic(text) is not None


def test_marketplace_words_are_not_out_of_scope() -> None:
    assert out_of_scope_topic("零售通需要组织机构代码证吗") is None
    assert out_of_scope_topic("保证金交多少") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("入4个市场（不含零售通）押金总共多少？", ["retail_link"]),
        ("除了零售通，其他市场都入", ["retail_link"]),
        ("零售通除外，入3个", ["retail_link"]),
        ("六个类目，零售通不在里面", ["retail_link"]),
        ("all markets except Retail Link and API", ["retail_link", "api"]),
        ("API市场和零售通", []),
        ("删除API市场的商品", []),  # 删除 is not 除
        ("no distribution this month", []),
    ],
)
def test_excluded_markets(text: str, expected: list[str]) -> None:
    assert excluded_markets(text) == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("怎么注销阿里云账号", "account_management"),
        ("How do I close my Alibaba Cloud account?", "account_management"),
        ("忘了阿里云账号的密码", "account_management"),
        ("框架协议里违约条款对我们不利", "legal_advice"),
        ("are these contract clauses risky for us", "legal_advice"),
        ("注册阿里云账号", None),
        ("签署哪些协议", None),
        ("佣金政策会调整吗", None),
    ],
)
def test_out_of_scope_patterns(text: str, group: str | None) -> None:
    assert out_of_scope_topic(text) == group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we have 15 ppl in tech+support", "we have 15 people in technical+support"),
        ("reqs for cs pls", "requirements for customer service please"),
        ("PPL", "people"),
        ("30w deposit", "30w deposit"),  # 30w is 30万, not shorthand
        ("technology", "technology"),  # whole words only
    ],
)
def test_normalize_spells_out_chat_shorthand(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we have 15 ppl in tech+support", 15),
        ("员工15人", 15),
        ("团队有十二个人", 12),
        ("headcount of 9", 9),
        ("6 staffers", 6),
        ("12个员工", 12),
        ("注册资金15万", None),
    ],
)
def test_headcount_in_every_phrasing(text: str, expected: int | None) -> None:
    assert headcount_mentioned(text) == expected


def test_the_numeral_guard_knows_every_character_cn2an_starts_a_number_at() -> None:
    # Questions without any of these characters skip cn2an (slow to import); one it would
    # convert must never be skipped.
    from cn2an.transform import Transform

    from bot.answers.text import CHINESE_NUMERAL_CHARS

    transform = Transform()
    assert set(transform.all_num + transform.upper_num + transform.all_unit + "廿") <= set(
        CHINESE_NUMERAL_CHARS
    )
    assert normalize("保证金交多少") == "保证金交多少"
    converted, mentions = money_mentions("注册资金三百万")
    assert [mention.value for mention in mentions] == [Decimal(3000000)]
