"""Market data: the twelve markets, their seed text, and naming them the way people do."""

from __future__ import annotations

import pytest

from rules.markets import (
    MARKET_IDS,
    all_markets,
    find_markets_in_text,
    get_market,
    resolve_market,
)


def test_twelve_markets_in_spec_order() -> None:
    assert MARKET_IDS == (
        "api", "software", "service", "website", "data", "new_retail",
        "security", "enterprise", "solution", "iot", "devops", "retail_link",
    )  # fmt: skip
    assert [m.id for m in all_markets()] == list(MARKET_IDS)
    assert [m.name for m in all_markets()] == [
        "API市场", "基础软件市场", "服务市场", "建站市场", "数据智能市场", "新零售市场",
        "安全市场", "企业应用市场", "解决方案市场", "物联网市场", "开发运维市场", "零售通市场",
    ]  # fmt: skip


def test_commission_categories() -> None:
    assert {m.id: m.commission_category for m in all_markets()} == {
        "api": "API市场",
        "software": "基础软件",
        "service": "服务&代维",
        "website": "网站建设",
        "data": "数据智能市场",
        "new_retail": None,
        "security": "安全市场",
        "enterprise": "企业应用",
        "solution": "解决方案",
        "iot": "物联网",
        "devops": None,
        "retail_link": None,
    }


def test_every_text_traces_back_to_the_seed(seed_text: str) -> None:
    for market in all_markets():
        assert market.description in seed_text, market.id
        for note in market.notes:
            assert note in seed_text
        for condition in market.conditions:
            assert condition.seed_text in seed_text, (market.id, condition.seed_text)


def test_notes_are_not_conditions() -> None:
    note = "非云产品的营销推广工具，无须基于云部署和开发（仅针对营销软件）。"
    for market in all_markets():
        assert all(c.seed_text != note for c in market.conditions)
    assert [m.id for m in all_markets() if m.notes] == ["software", "enterprise"]


def test_seed_item_numbers() -> None:
    retail = get_market("retail_link")
    assert [(c.seed_item, c.key, c.check, c.threshold) for c in retail.conditions] == [
        (1, "legal_entity", "true", None),
        (2, "license_date", "years_more_than", 1),
        (2, "registered_capital", "more_than", 1000000),
        (3, "alibaba_1688_member", "true", None),
        (4, "documents_ready", "true", None),
        (5, "dingtalk_ops", "true", None),
        (5, "employees", "min", 4),
        (6, "good_credit", "true", None),
        (7, "online_cs", "support_min", "5x8"),
    ]


@pytest.mark.parametrize(
    ("text", "market_id"),
    [
        ("api", "api"),
        ("API 市场", "api"),
        ("ＡＰＩ市场", "api"),
        ("基础软件", "software"),
        ("软件市场", "software"),
        ("服务&代维", "service"),
        ("服务", "service"),
        ("网站建设", "website"),
        ("建站市场", "website"),
        ("数据智能", "data"),
        ("new retail", "new_retail"),
        ("New_Retail", "new_retail"),
        ("安全市场", "security"),
        ("Security Market", "security"),
        ("企业应用", "enterprise"),
        ("解决方案", "solution"),
        ("IoT", "iot"),
        ("物联网", "iot"),
        ("DevOps", "devops"),
        ("开发运维市场", "devops"),
        ("零售通", "retail_link"),
        ("retail link", "retail_link"),
        ("Retail-Link Market", "retail_link"),
    ],
)
def test_resolve_market(text: str, market_id: str) -> None:
    assert resolve_market(text) == market_id


@pytest.mark.parametrize("text", ["", "   ", "市场", "淘宝", "foo", "api api"])
def test_resolve_market_unknown(text: str) -> None:
    assert resolve_market(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安全市场和API市场", ["security", "api"]),
        ("security, api", ["security", "api"]),
        ("我想入驻基础软件市场和物联网市场", ["software", "iot"]),
        ("安全、数据", ["security", "data"]),
        ("零售通 还有 服务&代维 和 零售通", ["retail_link", "service"]),
        ("new retail and devops", ["new_retail", "devops"]),
        ("我们做安全服务", []),  # everyday words inside a sentence are not market names
        # a space separates list items too; the first item may carry the sentence's lead-in
        ("想同时进安全 服务 零售通，押金多少", ["security", "service", "retail_link"]),
        ("我们打算入驻数据、API", ["data", "api"]),
        ("我们做安全 还想了解", []),  # no market follows: 安全 stays an everyday word
        ("we have rapid growth", []),
        ("", []),
    ],
)
def test_find_markets_in_text(text: str, expected: list[str]) -> None:
    assert find_markets_in_text(text) == expected


def test_get_market_unknown_names_valid_ids() -> None:
    with pytest.raises(KeyError, match="retail_link"):
        get_market("nope")
