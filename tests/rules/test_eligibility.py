"""Eligibility per market: a passing profile, each condition failing alone, thresholds on both
sides (SPEC rule decisions 1–6), and missing answers."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from rules.eligibility import add_years, age_in_months, evaluate, required_fields
from rules.markets import MARKET_IDS, Condition, all_markets, get_market
from rules.profile import ProfileError, validate_profile

AS_OF = date(2024, 6, 15)
FIXTURES = Path(__file__).parents[1] / "fixtures" / "profiles"


def passing_profile() -> dict[str, Any]:
    raw = json.loads((FIXTURES / "all_eligible.json").read_text(encoding="utf-8"))
    return validate_profile(raw)


def failing_value(condition: Condition, market_id: str) -> Any:
    """A value that fails exactly this condition (and nothing else keyed the same way)."""
    if condition.check == "true":
        return False
    if condition.check == "min":
        return Decimal(condition.threshold) - 1
    if condition.check == "more_than":
        return Decimal(condition.threshold)
    if condition.check == "years_min":
        return add_years(AS_OF, -int(condition.threshold)) + timedelta(days=1)
    if condition.check == "years_more_than":
        return add_years(AS_OF, -int(condition.threshold))
    if condition.check == "support_min":
        return "none" if condition.threshold == "5x8" else "5x8"
    if condition.check == "one_of":
        return "other"
    raise AssertionError(condition.check)


def with_value(profile: dict[str, Any], market_id: str, key: str, value: Any) -> dict[str, Any]:
    changed = dict(profile)
    if key == "experience_years":
        changed[key] = {**profile[key], market_id: value}
    elif key in ("team_size", "acp_engineers", "employees"):
        changed[key] = int(value)
    else:
        changed[key] = value
    return changed


def test_the_passing_profile_passes_every_market() -> None:
    verdicts = evaluate(passing_profile(), MARKET_IDS, AS_OF)
    assert [(v.market, v.status, v.unmet, v.missing) for v in verdicts] == [
        (market_id, "eligible", [], []) for market_id in MARKET_IDS
    ]


CASES = [
    pytest.param(market.id, index, id=f"{market.id}-{index}-{condition.key}")
    for market in all_markets()
    for index, condition in enumerate(market.conditions)
]


@pytest.mark.parametrize(("market_id", "index"), CASES)
def test_each_condition_fails_alone(market_id: str, index: int) -> None:
    condition = get_market(market_id).conditions[index]
    profile = with_value(
        passing_profile(), market_id, condition.key, failing_value(condition, market_id)
    )
    [verdict] = evaluate(profile, [market_id], AS_OF)
    assert verdict.status == "not_eligible"
    assert verdict.missing == []
    # A key may back two seed lines (the two agreement lines); both then fail, nothing else.
    same_key = [c.seed_text for c in get_market(market_id).conditions if c.key == condition.key]
    assert [u.condition for u in verdict.unmet] == same_key
    assert {u.key for u in verdict.unmet} == {condition.key}
    assert all(u.reason_zh and u.reason_en and u.expected and u.actual for u in verdict.unmet)


# Literal expectations, written from the seed by hand, so a wrong data file cannot pass.
LITERAL_KEYS = {
    "api": [
        "legal_entity", "team_size", "social_insurance_proof", "aftersales_support",
        "experience_years", "api_integration", "agreements_accepted",
    ],
    "software": [
        "license_date", "registered_capital", "legal_entity", "team_size",
        "social_insurance_proof", "online_cs", "mature_product", "experience_years", "ecs_image",
        "api_integration", "agreements_accepted",
    ],
    "security": [
        "license_date", "registered_capital", "legal_entity", "team_size",
        "social_insurance_proof", "aftersales_support", "experience_years", "mature_product",
        "ecs_image", "agreements_accepted",
    ],
    "retail_link": [
        "legal_entity", "license_date", "registered_capital", "alibaba_1688_member",
        "documents_ready", "dingtalk_ops", "employees", "good_credit", "online_cs",
    ],
    "solution": [
        "license_date", "registered_capital", "industry", "legal_entity", "team_size",
        "social_insurance_proof", "acp_engineers", "aftersales_support", "api_integration",
        "customer_cases", "agreements_accepted",
    ],
}  # fmt: skip


@pytest.mark.parametrize("market_id", sorted(LITERAL_KEYS))
def test_empty_profile_lists_the_seed_conditions_as_missing(market_id: str) -> None:
    [verdict] = evaluate({}, [market_id], AS_OF)
    assert verdict.status == "incomplete"
    assert verdict.missing == LITERAL_KEYS[market_id]
    assert verdict.unmet == []


def test_empty_profile_is_incomplete_for_all_twelve() -> None:
    verdicts = evaluate({}, MARKET_IDS, AS_OF)
    assert [v.status for v in verdicts] == ["incomplete"] * 12
    assert all(v.missing and "legal_entity" in v.missing for v in verdicts)


def test_deposit_and_notes_on_verdicts() -> None:
    verdicts = {v.market: v for v in evaluate({}, MARKET_IDS, AS_OF)}
    assert verdicts["retail_link"].deposit == 50000
    assert verdicts["api"].deposit == 30000
    note = "非云产品的营销推广工具，无须基于云部署和开发（仅针对营销软件）。"
    assert verdicts["software"].notes == [note]
    assert verdicts["enterprise"].notes == [note]
    assert verdicts["api"].notes == []


def test_known_failure_wins_over_missing() -> None:
    [verdict] = evaluate({"legal_entity": False}, ["api"], AS_OF)
    assert verdict.status == "not_eligible"
    assert verdict.missing[0] == "team_size"
    assert verdict.to_json()["unmet"] == [
        {
            "key": "legal_entity",
            "condition": "符合国家相关法律、法规规定，拥有正规的公司资质，具有 20 人以上的技术及客服团队并提供公司社保个人月缴费信息情况表。",
            "reason": "拥有正规的公司资质：否（API市场要求：符合国家法律法规、拥有正规的公司资质）",
            "reason_en": "lawfully registered company: no (API Market requires a lawfully registered company)",
            "expected": "true",
            "actual": "false",
        }
    ]


def _status(market_id: str, **changes: Any) -> str:
    profile = passing_profile()
    profile.update(changes)
    [verdict] = evaluate(profile, [market_id], AS_OF)
    return verdict.status


@pytest.mark.parametrize(
    ("market_id", "capital", "status"),
    [
        ("software", Decimal(100000), "eligible"),  # 不低于10万 includes 10万
        ("software", Decimal("99999.99"), "not_eligible"),
        ("service", Decimal(1000000), "eligible"),  # 不低于100万 includes 100万
        ("service", Decimal(999999), "not_eligible"),
        ("retail_link", Decimal(1000000), "not_eligible"),  # 超过100万 excludes 100万
        ("retail_link", Decimal("1000000.01"), "eligible"),
    ],
)
def test_registered_capital_boundaries(market_id: str, capital: Decimal, status: str) -> None:
    assert _status(market_id, registered_capital=capital) == status


def test_retail_link_capital_reason_in_people_units() -> None:
    profile = passing_profile() | {"registered_capital": Decimal(1000000)}
    [verdict] = evaluate(profile, ["retail_link"], AS_OF)
    [unmet] = verdict.unmet
    assert (
        unmet.reason_zh
        == "注册资金 100万元，未超过 100万元（零售通市场要求：注册资金超过 100万元）"
    )
    assert (unmet.expected, unmet.actual) == ("> 1000000", "1000000")


@pytest.mark.parametrize(
    ("market_id", "license_date", "status"),
    [
        ("software", date(2023, 6, 15), "eligible"),  # 满1年 on the anniversary
        ("software", date(2023, 6, 16), "not_eligible"),  # the day before it
        ("service", date(2022, 6, 15), "eligible"),  # 满2年
        ("service", date(2022, 6, 16), "not_eligible"),
        ("retail_link", date(2023, 6, 15), "not_eligible"),  # 超过1年: not on the anniversary
        ("retail_link", date(2023, 6, 14), "eligible"),  # the day after it
    ],
)
def test_license_age_boundaries(market_id: str, license_date: date, status: str) -> None:
    assert _status(market_id, license_date=license_date) == status


def test_license_age_reason_names_years_and_months() -> None:
    profile = passing_profile() | {"license_date": date(2022, 7, 1)}
    [verdict] = evaluate(profile, ["service"], AS_OF)
    [unmet] = verdict.unmet
    assert unmet.reason_zh.startswith("营业执照满 1 年 11 个月，不满 2 年")
    assert unmet.expected == "license_date <= 2022-06-15"


def test_feb_29_license() -> None:
    assert add_years(date(2020, 2, 29), 1) == date(2021, 2, 28)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)
    profile = passing_profile() | {"license_date": date(2020, 2, 29)}
    assert evaluate(profile, ["software"], date(2021, 2, 28))[0].status == "eligible"
    assert evaluate(profile, ["software"], date(2021, 2, 27))[0].status == "not_eligible"
    # 超过1年: the anniversary itself is not enough, the next day is
    assert evaluate(profile, ["retail_link"], date(2021, 2, 28))[0].status == "not_eligible"
    assert evaluate(profile, ["retail_link"], date(2021, 3, 1))[0].status == "eligible"


def test_age_in_months() -> None:
    assert age_in_months(date(2022, 7, 1), date(2024, 6, 15)) == 23
    assert age_in_months(date(2022, 1, 31), date(2022, 2, 28)) == 1
    assert age_in_months(date(2024, 6, 15), date(2024, 6, 15)) == 0


@pytest.mark.parametrize(
    ("support", "status"), [("7x24", "eligible"), ("5x8", "not_eligible"), ("none", "not_eligible")]
)
def test_security_needs_7x24_aftersales(support: str, status: str) -> None:
    assert _status("security", aftersales_support=support) == status


def test_7x24_satisfies_5x8() -> None:
    assert _status("api", aftersales_support="7x24") == "eligible"
    assert _status("api", aftersales_support="5x8") == "eligible"
    assert _status("service", online_cs="none") == "not_eligible"


@pytest.mark.parametrize(("team", "status"), [(20, "eligible"), (19, "not_eligible")])
def test_team_of_20(team: int, status: str) -> None:
    assert _status("api", team_size=team) == status


@pytest.mark.parametrize(("employees", "status"), [(4, "eligible"), (3, "not_eligible")])
def test_retail_link_needs_4_employees(employees: int, status: str) -> None:
    assert _status("retail_link", employees=employees) == status


def test_experience_is_per_market() -> None:
    profile = passing_profile() | {"experience_years": {"api": 1, "security": Decimal("0.5")}}
    verdicts = {v.market: v for v in evaluate(profile, ["api", "security", "service"], AS_OF)}
    assert verdicts["api"].status == "eligible"
    assert verdicts["security"].status == "not_eligible"
    assert verdicts["security"].unmet[0].key == "experience_years"
    assert verdicts["service"].status == "incomplete"
    assert verdicts["service"].missing == ["experience_years"]


@pytest.mark.parametrize(("industry", "status"), [("iot", "eligible"), ("other", "not_eligible")])
def test_solution_industries(industry: str, status: str) -> None:
    assert _status("solution", industry=industry) == status


def test_future_license_date_is_bad_input() -> None:
    with pytest.raises(ProfileError) as caught:
        evaluate({"license_date": date(2030, 1, 1)}, ["api"], AS_OF)
    assert caught.value.errors[0].key == "license_date"
    assert "2030-01-01" in caught.value.errors[0].zh


def test_duplicate_markets_are_evaluated_once() -> None:
    assert [v.market for v in evaluate({}, ["api", "api", "iot"], AS_OF)] == ["api", "iot"]


def test_required_fields_order_and_reasons() -> None:
    requests = required_fields(["security", "api"])
    assert [(r.key, r.market) for r in requests] == [
        ("legal_entity", None),
        ("license_date", None),
        ("registered_capital", None),
        ("team_size", None),
        ("social_insurance_proof", None),
        ("aftersales_support", None),
        ("experience_years", "security"),
        ("experience_years", "api"),
        ("api_integration", None),
        ("ecs_image", None),
        ("mature_product", None),
        ("agreements_accepted", None),
    ]
    aftersales = requests[5]
    assert [(m, c.seed_text) for m, c in aftersales.conditions] == [
        ("security", "具有专业的技术及售后团队支持，提供7*24小时售后技术服务。"),
        ("api", "具有专业的技术及售后团队支持，提供5*8小时售后技术服务。"),
    ]


def test_required_fields_cover_every_condition() -> None:
    requests = required_fields(MARKET_IDS)
    asked = {(r.key, r.market) for r in requests}
    assert len(asked) == len(requests)
    for market in all_markets():
        for condition in market.conditions:
            market_key = market.id if condition.key == "experience_years" else None
            assert (condition.key, market_key) in asked


def test_the_company_age_not_yet_passed_says_from_when_in_english() -> None:
    # Black-box s57 D27: "(it is only after 2026-12-06)" read as if founded after that day.
    results = evaluate(
        {"legal_entity": True, "license_date": date(2025, 12, 6)},
        ["retail_link"],
        date(2026, 12, 6),
    )
    reasons = " ".join(u.reason_en for r in results for u in r.unmet)
    assert "(it is more than 1 year old from 2026-12-07)" in reasons


def test_a_one_year_licence_reason_says_year_not_years() -> None:
    # Black-box s61 D26: "less than 1 full years".
    profile = passing_profile()
    profile["license_date"] = add_years(AS_OF, -1) + timedelta(days=1)
    [verdict] = evaluate(profile, ["software"], AS_OF)
    [unmet] = verdict.unmet
    assert "less than 1 full year (it reaches 1 on" in unmet.reason_en
