"""Facts worded from rules/data (bot/answers/facts.py): with the seed's data they say what the
guide says, and an unknown placeholder fails at load."""

from __future__ import annotations

import pytest

from bot.answers.facts import count_word, facts, fill


def test_chinese_and_english_counts() -> None:
    import cn2an

    assert [count_word(n, "zh") for n in range(1, 100)] == [cn2an.an2cn(n) for n in range(1, 100)]
    assert (count_word(12, "zh"), count_word(13, "en"), count_word(120, "en")) == (
        "十二",
        "thirteen",
        "120",
    )


def test_with_the_seed_data_the_facts_are_the_guides() -> None:
    zh, en = facts("zh"), facts("en")
    assert zh["market_count"] == "十二" and en["market_count"] == "twelve"
    assert zh["deposit_schedule"] == (
        "零售通市场 50,000 元（伍万，5万元），其他每个市场类目 30,000 元（叁万，3万元）"
    )
    assert zh["deposit_example"] == "入驻 API 市场和服务市场共 60,000 元（陆万，6万元）"
    assert zh["payment_path"] == "用户中心 > 保证金 > 阿里云通用保证金 > 充值交纳"
    assert zh["no_rate_markets"] == "新零售、开发运维、零售通"
    assert en["no_rate_markets"] == "New Retail, DevOps and Retail Link"
    assert zh["markets_with_team"] == "除零售通外，各集市" and zh["team_size_minimum"] == "20"
    assert zh["market_names"].startswith("API市场、基础软件市场") and zh["market_names"].endswith(
        "开发运维市场及零售通市场"
    )
    assert "网站建设 20%/15%/10%" in zh["rate_table"] and "物联网 0%" in zh["rate_table"]


def test_an_unknown_placeholder_fails_naming_it() -> None:
    assert fill("共{market_count}个", "zh") == "共十二个"
    with pytest.raises(ValueError, match="unknown fact 'market_total'"):
        fill("共{market_total}个", "zh")
