"""Computed answers against the seed's own numbers (worked example, tier bounds, deposits,
thresholds per SPEC decision 1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.answers import answer, computed


def _plain(text: str) -> str:
    return text.replace(",", "").replace(" ", "")


def test_seed_worked_example_in_chinese() -> None:
    reply = answer("建站市场10月应结算实收现金总额100万，其中40万是分销，佣金怎么算")
    assert reply.topic == "computed.commission" and reply.confident
    text = _plain(reply.text)
    assert "第3档" in text and "费率10%" in text
    assert "可计佣金额：60万元（600000元）" in text
    assert "预收：12万元（120000元）" in text
    assert "=6万元（60000元）" in text  # commission
    assert "次月初返还：6万元（60000元）" in text
    assert reply.text.endswith("（出处：服务商入驻 › 4.云市场平台佣金规则）")


def test_seed_worked_example_in_english() -> None:
    reply = answer("Website building market: 1,000,000 this month, 400,000 of it distribution")
    assert reply.lang == "en"
    text = _plain(reply.text)
    for fact in (
        "Tier3",
        "Commissionable:600000yuan",
        "(20%):120000yuan",
        "=60000yuan",
        "nextmonth:60000yuan",
    ):
        assert fact in text, fact


@pytest.mark.parametrize(
    ("total", "tier", "rate"),
    [
        ("199999.99", 1, "20%"),
        ("200000", 2, "15%"),
        ("499999.99", 2, "15%"),
        ("500000", 3, "10%"),
    ],
)
def test_tier_bounds(total: str, tier: int, rate: str) -> None:
    reply = computed.commission_answer(f"建站市场交易额{total}元", "website", "zh")
    assert reply is not None
    assert f"第{tier}档" in reply.text and f"费率 {rate}" in reply.text


def test_no_rate_markets_never_show_zero_percent() -> None:
    for market in ("new_retail", "devops", "retail_link"):
        reply = computed.rate_answer(market, "zh")
        assert "没有给出" in reply.text
        assert "0%" not in reply.text


def test_distribution_amount_is_told_apart_from_total() -> None:
    reply = answer("服务市场本月交易额60万，其中分销10万")
    text = _plain(reply.text)
    assert "可计佣金额：50万元" in text
    reply = answer("服务市场本月交易额60万，没有分销")
    assert "可计佣金额：60万元" in _plain(reply.text)


def test_month_outside_the_policy_is_said_not_guessed() -> None:
    reply = answer("建站市场2022年5月交易额30万，佣金多少")
    assert "2016年11月17日至2021年3月31日" in reply.text
    assert "第2档" not in reply.text


def test_deposit_sums_markets_with_capitals() -> None:
    reply = answer("入驻API和零售通要交多少保证金")
    assert reply.topic == "computed.deposit"
    assert "80,000" in reply.text and "捌万" in reply.text
    assert "API市场 30,000元" in reply.text and "零售通市场 50,000元" in reply.text
    assert "60,000" in answer("API市场和服务市场保证金").text  # the seed's own example


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("注册资金100万能入驻零售通吗", "不能"),  # 超过 excludes the number
        ("注册资金10万可以入驻基础软件市场吗", "这一项满足"),  # 不低于 includes it
        ("我们成立一年半能入驻服务市场吗", "不能"),  # 满2年
        ("我们成立两年了能入驻服务市场吗", "这一项满足"),
        ("零售通要求4个人，我们正好4个人能入驻零售通吗", "这一项满足"),  # 不少于4人
        ("我们15个人，能入驻API市场吗", "不能"),  # 20人以上
    ],
)
def test_thresholds_follow_civil_code_reading(question: str, verdict: str) -> None:
    reply = answer(question)
    assert reply.topic == "computed.threshold"
    assert reply.text.startswith(verdict)


def test_license_dates_are_counted_in_calendar_years() -> None:
    just_short = answer("营业执照2019年6月15日，截至2021年6月14日，能入驻建站市场吗")
    assert just_short.text.startswith("不能")
    on_the_day = answer("营业执照2019年6月15日，截至2021年6月15日，能入驻建站市场吗")
    assert on_the_day.text.startswith("这一项满足")


def test_support_levels_are_ordered_and_kinds_kept_apart() -> None:
    assert answer("我们售后是7x24，能入驻API市场吗").text.startswith("这一项满足")
    assert answer("我们只能提供5x8售后，能入驻安全市场吗").text.startswith("不能")
    # 安全市场 asks for after-sales technical service; online customer service is another thing.
    assert answer("我们的在线客服是7x24，能入驻安全市场吗").text.startswith("还不能确定")


def test_team_size_question_quotes_the_condition() -> None:
    reply = answer("零售通要几个人")
    assert "员工人数不少于 4 人" in reply.text
    assert "有专人对接运营服务，注册并开通钉钉，且员工人数不少于4人。" in reply.text


def test_market_conditions_come_from_rules_data() -> None:
    from rules.markets import get_market

    reply = answer("安全市场入驻条件")
    for condition in get_market("security").conditions:
        assert condition.summary_zh in reply.text
    assert reply.source == "服务商入驻 › 1.云市场各集市入驻条件 › 安全市场"


def test_every_answer_fits_a_chat_message() -> None:
    long_ones = ["所有市场的入驻条件", "注册资本200万能入驻哪些市场", "软件市场入驻条件"]
    for question in long_ones:
        assert len(answer(question).text) <= 900


def test_ticket_text_for_named_markets() -> None:
    reply = answer("入驻安全市场和零售通，工单怎么写")
    assert "入驻云市场已缴纳保证金捌万元，请转财务\n\n阿里云账号：\n公司名称：" in reply.text


def test_rate_values_come_from_the_commission_table() -> None:

    from rules.commission import rate_for

    reply = computed.rate_answer("security", "en")
    for tier in (1, 2, 3):
        rate = rate_for("security", tier, date(2020, 1, 1))
        assert rate is not None
        assert f"{(rate * 100).normalize():f}%" in reply.text
    assert Decimal("0.10") == rate_for("security", 1, date(2020, 1, 1))


def test_a_month_all_distribution_pays_no_commission() -> None:
    # "这个月" inside the guide's policy period: computed with no period notice before it.
    reply = answer("建站市场这个月25万，全部是分销订单，佣金多少", today=date(2020, 10, 20))
    assert reply.topic == "computed.commission"
    text = _plain(reply.text)
    assert text.startswith("全部是分销订单")
    assert "其中分销25万元（250000元）" in text
    assert "可计佣金额：0元" in text and "=0元" in text


def test_distribution_named_without_its_amount_is_not_taken_as_zero() -> None:
    reply = answer("建站市场这个月卖了40万，大部分是分销，佣金多少")
    assert reply.topic == "computed.rate"  # the rates, not a commission computed on 400,000


def test_deposit_for_a_count_with_retail_link_excluded_is_exact() -> None:
    reply = answer("入4个市场（不含零售通）押金总共多少？")
    text = _plain(reply.text)
    assert "4×30000=12万元（120000元）（大写壹拾贰万元）" in text
    assert "前提是" not in text


def test_deposit_for_a_count_with_retail_link_named() -> None:
    text = _plain(answer("三个市场，其中一个是零售通，保证金多少").text)
    # (Round 41: the markets not named are "另外 2 个市场", not a bare "2 ×".)
    assert "零售通市场50000+另外2个市场×30000=11万元（110000元）" in text


def test_deposit_for_a_count_alone_states_its_assumption() -> None:
    assert "前提是其中没有零售通" in answer("入驻三个类目要交多少押金").text


@pytest.mark.parametrize(
    "question",
    ["零售通要交哪些证件扫描件", "API市场需要多少年服务经验", "安全市场要交几个人的社保"],
)
def test_the_verb_jiao_alone_is_not_a_deposit_question(question: str) -> None:
    assert answer(question).topic != "computed.deposit"


def test_space_separated_markets_are_all_summed() -> None:
    reply = answer("想同时进安全 服务 零售通，押金总共得交多少")
    assert "110,000" in reply.text and "壹拾壹万" in reply.text


def test_headcount_in_shorthand_is_checked_against_the_team_rule() -> None:
    reply = answer("we have 15 ppl in tech+support, can we join the API market")
    assert reply.topic == "computed.threshold"
    assert "20" in reply.text and "NOT" in reply.text


def test_inflected_english_finds_the_steps() -> None:
    for question in (
        "what are the steps to onboard",
        "onboarding steps?",
        "how do we get onboarded",
    ):
        reply = answer(question)
        assert reply.topic == "process.overview", question
