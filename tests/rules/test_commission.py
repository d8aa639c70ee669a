"""SPEC decision 9: tiers, rates, rounding and policy periods, against the seed's table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from rules.commission import (
    DATA_DIR,
    CommissionInputError,
    PolicyPeriodError,
    compute,
    default_policy,
    explain_tier,
    load_policy,
    rate_for,
    tier_for,
)

OCT_2020 = date(2020, 10, 15)
D = Decimal


def test_seed_worked_example_comes_out_exactly() -> None:
    result = compute("website", D("1000000"), D("400000"), OCT_2020)
    assert result.status == "ok"
    assert result.table_name == "网站建设"
    assert result.commissionable == D("600000")
    assert result.precharged == D("120000.00")
    assert result.tier == 3
    assert result.rate == D("0.10")
    assert result.commission == D("60000.00")
    assert result.refund == D("60000.00")


def test_explain_tier_for_the_worked_example() -> None:
    result = compute("website", D("1000000"), D("400000"), OCT_2020)
    assert (
        explain_tier(result, "zh")
        == "本月该类目应结算实收现金总额 100万元（含分销 40万元），达到第3档（50万元（含）及以上）"
    )
    assert explain_tier(result, "en") == (
        "This month's settled cash total in this category is CNY 1,000,000.00 (including "
        "CNY 400,000.00 distribution), which reaches tier 3 (CNY 500,000 and above)."
    )


@pytest.mark.parametrize(
    ("total", "tier", "rate"),
    [
        ("0", 1, "0.20"),
        ("199999.99", 1, "0.20"),
        ("200000", 2, "0.15"),
        ("200000.00", 2, "0.15"),
        ("499999.99", 2, "0.15"),
        ("500000", 3, "0.10"),
        ("12000000", 3, "0.10"),
    ],
)
def test_tier_boundaries(total: str, tier: int, rate: str) -> None:
    assert tier_for(D(total)) == tier
    result = compute("website", D(total), D("0"), OCT_2020)
    assert (result.tier, result.rate) == (tier, D(rate))
    assert result.commission == (D(total) * D(rate)).quantize(D("0.01"))


def test_tier_counts_distribution_but_commission_does_not() -> None:
    # 150,000 own sales + 60,000 distribution = 210,000: tier 2 on the 150,000 only.
    result = compute("enterprise", D("210000"), D("60000"), OCT_2020)
    assert result.tier == 2
    assert result.commissionable == D("150000")
    assert result.precharged == D("15000.00")
    assert result.commission == D("7500.00")
    assert result.refund == D("7500.00")


def test_tier_one_means_no_refund() -> None:
    result = compute("service", D("1000"), D("0"), OCT_2020)
    assert (result.tier, result.precharged, result.commission, result.refund) == (
        1,
        D("100.00"),
        D("100.00"),
        D("0.00"),
    )


def test_all_distribution_month_pays_nothing_but_still_reaches_a_tier() -> None:
    result = compute("software", D("600000"), D("600000"), OCT_2020)
    assert result.tier == 3
    assert result.commissionable == 0
    assert (result.precharged, result.commission, result.refund) == (D("0.00"),) * 3


@pytest.mark.parametrize("category", ["api", "iot"])
def test_zero_percent_rows_are_real_rates(category: str) -> None:
    result = compute(category, D("800000"), D("100000"), OCT_2020)
    assert result.status == "ok"
    assert result.rate == D("0")
    assert (result.precharged, result.commission, result.refund) == (D("0.00"),) * 3


@pytest.mark.parametrize("category", ["new_retail", "devops", "retail_link"])
def test_categories_without_a_rate_are_reported_not_invented(category: str) -> None:
    result = compute(category, D("800000"), D("100000"), OCT_2020)
    assert result.status == "no_rate"
    assert result.commissionable == D("700000")
    assert (result.tier, result.rate, result.precharged, result.commission, result.refund) == (
        None,
        None,
        None,
        None,
        None,
    )
    assert rate_for(category, 1, OCT_2020) is None
    from rules.markets import get_market

    name = get_market(category).name
    # SPEC 9: "no rate in the policy", with the market's name, never readable as no fee.
    assert (
        explain_tier(result, "zh")
        == f"政策费率表中没有{name}的费率，无法计算（不是 0%），请向工作人员确认。"
    )
    assert explain_tier(result, "en") == (
        f"The policy's rate table has no rate for {get_market(category).name_en}: commission"
        " cannot be computed (it is not 0 %); please check with staff."
    )
    assert category not in explain_tier(result, "zh")


@pytest.mark.parametrize(
    ("category", "commissionable", "precharged", "commission"),
    [
        ("service", "0.05", "0.01", "0.01"),  # 0.005 -> 0.01 (half up), not 0.00 (banker's)
        ("service", "0.15", "0.02", "0.02"),  # 0.015 -> 0.02
        ("service", "0.25", "0.03", "0.03"),  # 0.025 -> 0.03 (banker's would give 0.02)
        ("website", "0.03", "0.01", "0.01"),  # 0.006 -> 0.01
        ("website", "0.02", "0.00", "0.00"),  # 0.004 -> 0.00
    ],
)
def test_rounding_is_half_up_to_the_fen(
    category: str, commissionable: str, precharged: str, commission: str
) -> None:
    result = compute(category, D(commissionable), D("0"), OCT_2020)
    assert result.precharged == D(precharged)
    assert result.commission == D(commission)


def test_rounding_half_up_in_tier_three() -> None:
    # 500,000.05 at 3 % = 15,000.0015 -> 15,000.00; at 10 % (tier 1) = 50,000.005 -> 50,000.01
    result = compute("security", D("500000.05"), D("0"), OCT_2020)
    assert result.commission == D("15000.00")
    assert result.precharged == D("50000.01")
    assert result.refund == D("35000.01")


def test_every_seed_table_row_is_mapped() -> None:
    period = default_policy().period_on(OCT_2020)
    table = {row.table_name: (row.market, [str(p) for p in row.percent]) for row in period.rates}
    assert table == {
        "网站建设": ("website", ["20", "15", "10"]),
        "企业应用": ("enterprise", ["10", "5", "3"]),
        "基础软件": ("software", ["10", "5", "3"]),
        "服务&代维": ("service", ["10", "5", "3"]),
        "安全市场": ("security", ["10", "5", "3"]),
        "解决方案": ("solution", ["10", "5", "3"]),
        "API市场": ("api", ["0", "0", "0"]),
        "数据智能市场": ("data", ["10", "5", "3"]),
        "物联网": ("iot", ["0", "0", "0"]),
    }


def test_seed_text_is_kept_with_the_data(seed_text: str) -> None:
    seed = seed_text
    period = default_policy().periods[0]
    for text in (period.title, period.period_text.removeprefix("1、"), period.note):
        assert text in seed
    for tier in period.tiers:
        assert tier.seed_text.replace(" ", "") in seed.replace(" ", "").replace("\t", "")


@pytest.mark.parametrize("day", [date(2016, 11, 17), date(2021, 3, 31)])
def test_policy_period_bounds_are_inclusive(day: date) -> None:
    assert compute("website", D("1"), D("0"), day).status == "ok"


@pytest.mark.parametrize("day", [date(2016, 11, 16), date(2021, 4, 1)])
def test_dates_outside_every_period_are_an_error(day: date) -> None:
    with pytest.raises(PolicyPeriodError) as caught:
        compute("website", D("1"), D("0"), day)
    assert str(day) in caught.value.zh
    assert "2016-11-17" in caught.value.zh and "2021-03-31" in caught.value.en


def test_bad_amounts_are_refused() -> None:
    with pytest.raises(CommissionInputError):
        compute("website", D("100"), D("200"), OCT_2020)
    with pytest.raises(CommissionInputError):
        compute("website", D("-1"), D("0"), OCT_2020)
    with pytest.raises(CommissionInputError):
        compute("nonsense", D("1"), D("0"), OCT_2020)


def _next_period(valid_from: str = "2021-04-01", website: list[int] | None = None) -> dict:
    current = yaml.safe_load((DATA_DIR / "commission.yaml").read_text("utf-8"))["periods"][0]
    nxt = dict(current, id=valid_from, valid_from=valid_from, valid_to="2022-03-31")
    nxt["rates"] = [
        dict(row, percent=website) if row["market"] == "website" and website else row
        for row in current["rates"]
    ]
    return nxt


def test_a_second_period_file_is_picked_up_by_date(tmp_path: Path) -> None:
    (tmp_path / "commission.yaml").write_text(
        (DATA_DIR / "commission.yaml").read_text("utf-8"), "utf-8"
    )
    (tmp_path / "commission_2021.yaml").write_text(
        yaml.safe_dump({"periods": [_next_period(website=[25, 18, 12])]}, allow_unicode=True),
        "utf-8",
    )
    policy = load_policy(tmp_path)
    old = compute("website", D("1000000"), D("400000"), date(2021, 3, 31), policy)
    new = compute("website", D("1000000"), D("400000"), date(2021, 4, 1), policy)
    assert (old.rate, old.commission) == (D("0.10"), D("60000.00"))
    assert (new.rate, new.precharged, new.commission) == (D("0.12"), D("150000.00"), D("72000.00"))


def test_overlapping_periods_are_refused_at_load(tmp_path: Path) -> None:
    (tmp_path / "commission.yaml").write_text(
        (DATA_DIR / "commission.yaml").read_text("utf-8"), "utf-8"
    )
    (tmp_path / "commission_bad.yaml").write_text(
        yaml.safe_dump({"periods": [_next_period("2021-03-01")]}, allow_unicode=True), "utf-8"
    )
    with pytest.raises(ValueError, match="overlap"):
        load_policy(tmp_path)


def test_a_rate_row_with_the_wrong_number_of_tiers_is_refused(tmp_path: Path) -> None:
    (tmp_path / "commission.yaml").write_text(
        yaml.safe_dump({"periods": [_next_period(website=[20, 15])]}, allow_unicode=True), "utf-8"
    )
    with pytest.raises(ValueError, match="2 rates for 3 tiers"):
        load_policy(tmp_path)


def test_rate_rows_match_the_market_catalogue() -> None:
    from rules.markets import MARKET_IDS, get_market, resolve_market

    period = default_policy().periods[0]
    for row in period.rates:
        assert get_market(row.market).commission_category == row.table_name
        assert resolve_market(row.table_name) == row.market
    without_rate = {m for m in MARKET_IDS if period.row_for(m) is None}
    assert without_rate == {"new_retail", "devops", "retail_link"}
    assert all(get_market(m).commission_category is None for m in without_rate)
