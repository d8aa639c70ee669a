from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from rules.profile import PROFILE_FIELDS, ProfileError, profile_to_json, validate_profile

SPEC_KEYS = (
    "legal_entity license_date registered_capital team_size social_insurance_proof "
    "aftersales_support online_cs experience_years api_integration ecs_image mature_product "
    "marketing_capability built_on_aliyun bigdata_offering enterprise_offering "
    "ecosystem_certified joint_solution industry acp_engineers customer_cases "
    "agreements_accepted alibaba_1688_member documents_ready dingtalk_ops employees good_credit"
).split()


def test_fields_are_the_spec_keys() -> None:
    assert list(PROFILE_FIELDS) == SPEC_KEYS
    assert [c.value for c in PROFILE_FIELDS["industry"].choices] == [
        "finance", "logistics", "ecommerce", "government", "media", "iot", "other",
    ]  # fmt: skip
    assert PROFILE_FIELDS["online_cs"].choice_label("7x24") == "7×24 小时"


def test_canonical_values() -> None:
    profile = validate_profile(
        {
            "legal_entity": True,
            "license_date": "2019-03-01",
            "registered_capital": 1000000,
            "team_size": 20,
            "aftersales_support": "5x8",
            "industry": "media",
            "experience_years": {"api": 2, "安全市场": 1.5},
            "acp_engineers": None,
        }
    )
    assert profile == {
        "legal_entity": True,
        "license_date": date(2019, 3, 1),
        "registered_capital": Decimal(1000000),
        "team_size": 20,
        "aftersales_support": "5x8",
        "industry": "media",
        "experience_years": {"api": 2, "security": Decimal("1.5")},
    }
    assert profile_to_json(profile)["license_date"] == "2019-03-01"
    assert profile_to_json(profile)["experience_years"] == {"api": 2, "security": "1.5"}


@pytest.mark.parametrize(
    ("data", "key", "fragment"),
    [
        ({"legal_entity": "yes"}, "legal_entity", "true 或 false"),
        ({"license_date": "2019-02-30"}, "license_date", "2019-03-01"),
        ({"registered_capital": -1}, "registered_capital", "非负金额"),
        ({"registered_capital": "1.234"}, "registered_capital", "两位小数"),
        ({"team_size": 20.5}, "team_size", "整数"),
        ({"team_size": True}, "team_size", "非负整数"),
        ({"aftersales_support": "5*8"}, "aftersales_support", "none / 5x8 / 7x24"),
        ({"industry": "education"}, "industry", "other"),
        ({"experience_years": 2}, "experience_years", '{"api": 2}'),
        ({"experience_years": {"taobao": 2}}, "experience_years", "taobao"),
        ({"experience_years": {"api": -1}}, "experience_years", "experience_years.api"),
    ],
)
def test_bad_values_name_key_value_and_expectation(data: dict, key: str, fragment: str) -> None:
    with pytest.raises(ProfileError) as caught:
        validate_profile(data)
    [error] = caught.value.errors
    assert error.key == key
    assert key in error.zh and key in error.en
    assert fragment in error.zh


def test_unknown_key_suggests_the_closest() -> None:
    with pytest.raises(ProfileError) as caught:
        validate_profile({"registerd_capital": 1, "team_size": "x", "zzz": 1})
    errors = {e.key: e for e in caught.value.errors}
    assert set(errors) == {"registerd_capital", "team_size", "zzz"}
    assert "registered_capital" in errors["registerd_capital"].en
    assert errors["zzz"].en == 'unknown key "zzz".'


def test_not_an_object() -> None:
    with pytest.raises(ProfileError):
        validate_profile([1, 2])  # type: ignore[arg-type]
