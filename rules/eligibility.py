"""Eligibility of a vendor profile for markets (seed section 1, SPEC rule decisions 1–6).

A condition is met, unmet, or cannot be judged because its profile key is missing. A known
failure is final (not_eligible); otherwise anything missing makes the market incomplete.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from rules.deposit import deposit_for_market
from rules.markets import MARKET_IDS, SUPPORT_LEVELS, Condition, Market, get_market
from rules.profile import FIRST_KEYS, PROFILE_FIELDS, FieldError, ProfileError

Status = Literal["eligible", "not_eligible", "incomplete"]

EXPERIENCE_KEY = "experience_years"
# "More than N years" is passed the day after the anniversary (超过 is strict, SPEC rule 1).
ONE_DAY = timedelta(days=1)


def add_years(start: date, years: int) -> date:
    """Same day N calendar years later; Feb 29 falls back to Feb 28 in a common year."""
    year = start.year + years
    day = min(start.day, calendar.monthrange(year, start.month)[1])
    return start.replace(year=year, day=day)


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def age_in_months(start: date, as_of: date) -> int:
    """Whole calendar months from start to as_of (consistent with add_years for 满N年)."""
    months = (as_of.year - start.year) * 12 + (as_of.month - start.month)
    while months > 0 and add_months(start, months) > as_of:
        months -= 1
    return max(months, 0)


def format_age_zh(months: int) -> str:
    years, rest = divmod(months, 12)
    if years and rest:
        return f"{years} 年 {rest} 个月"
    if years:
        return f"{years} 年"
    return f"{rest} 个月"


def format_age_en(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year" + ("s" if years != 1 else ""))
    if rest or not years:
        parts.append(f"{rest} month" + ("s" if rest != 1 else ""))
    return " ".join(parts)


def format_money_zh(amount: Decimal | int) -> str:
    """People's units: 1000000 → 100万元, 125000 → 12.5万元, 5000 → 5000元."""
    value = Decimal(amount)
    if value >= 10000:
        wan = (value / 10000).normalize()
        return f"{wan:f}万元"
    return f"{value.normalize():f}元"


def format_money_en(amount: Decimal | int) -> str:
    value = Decimal(amount)
    if value == value.to_integral_value():
        return f"CNY {int(value):,}"
    return f"CNY {value:,.2f}"


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Unmet:
    """A condition the profile does not meet, with the reason in both languages."""

    key: str
    condition: str  # the seed's line, verbatim
    reason_zh: str
    reason_en: str
    expected: str
    actual: str

    def to_json(self) -> dict[str, str]:
        return {
            "key": self.key,
            "condition": self.condition,
            "reason": self.reason_zh,
            "reason_en": self.reason_en,
            "expected": self.expected,
            "actual": self.actual,
        }


@dataclass
class MarketVerdict:
    """The verdict for one market, what is unmet or missing, and its deposit."""

    market: str
    status: Status
    unmet: list[Unmet] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    deposit: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "market": self.market,
            "status": self.status,
            "unmet": [unmet.to_json() for unmet in self.unmet],
            "missing": list(self.missing),
            "deposit": self.deposit,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class FieldRequest:
    """One question to ask: `market` is set only for experience_years (asked per market)."""

    key: str
    market: str | None
    conditions: list[tuple[str, Condition]]


def _value_for(profile: Mapping[str, Any], market: Market, condition: Condition) -> Any:
    if condition.key == EXPERIENCE_KEY:
        per_market = profile.get(EXPERIENCE_KEY)
        if not isinstance(per_market, Mapping):
            return None
        return per_market.get(market.id)
    value = profile.get(condition.key)
    if isinstance(value, Mapping):
        return value.get(market.id)  # a yes/no given per market (mature_product)
    return value


# Shorter labels where the profile label reads awkwardly inside a sentence.
_REASON_LABELS: dict[str, tuple[str, str]] = {
    "team_size": ("技术及客服团队", "the tech and customer-service team"),
    "registered_capital": ("注册资金", "registered capital"),
    "acp_engineers": ("阿里云认证工程师（ACP）", "ACP-certified engineers"),
    EXPERIENCE_KEY: ("相关服务经验", "relevant experience"),
    "employees": ("员工人数", "the number of employees"),
}


def _years_en(value: Decimal) -> str:
    return f"{_plain(value)} year" + ("" if value == 1 else "s")


# Months are kept as hundredths of a year, cut down (8 months: 0.66), so a count of months said
# is found again within this many months.
_MONTHS_CUT = Decimal("0.12")


def months_in_years(value: Decimal) -> int | None:
    """The whole months a fraction of years stands for (0.66 → 8), or None for whole and half
    years (and values no count of months gives): "0.66 年" alone reads oddly (black-box s60 D19)."""
    value = Decimal(value)
    if value <= 0 or (value * 2) == (value * 2).to_integral_value():
        return None
    months = value * 12
    nearest = int(months.to_integral_value())
    if nearest <= 0 or abs(months - nearest) >= _MONTHS_CUT:
        return None
    return nearest


def _experience_shown(value: Decimal) -> tuple[str, str]:
    months = months_in_years(value)
    if months is None:
        return f"{_plain(value)} 年", _years_en(value)
    return (
        f"{_plain(value)} 年（约 {months} 个月）",
        f"{_years_en(value)} (about {months} months)",
    )


def _support_label(level: str) -> str:
    return PROFILE_FIELDS["aftersales_support"].choice_label(level)


def _industry_labels(values: Sequence[str], lang: Literal["zh", "en"]) -> str:
    spec = PROFILE_FIELDS["industry"]
    return ("、" if lang == "zh" else ", ").join(spec.choice_label(v, lang) for v in values)


def _judge(market: Market, condition: Condition, value: Any, as_of: date) -> Unmet | None:
    """None when met; an Unmet with a plain-words reason otherwise."""
    label_zh, label_en = _REASON_LABELS.get(
        condition.key,
        (PROFILE_FIELDS[condition.key].label_zh, PROFILE_FIELDS[condition.key].label_en),
    )
    wants_zh = f"（{market.name}要求：{condition.summary_zh}）"
    wants_en = f" ({market.name_en} requires {condition.summary_en})"

    def unmet(zh: str, en: str, expected: str, actual: str) -> Unmet:
        return Unmet(
            condition.key, condition.seed_text, zh + wants_zh, en + wants_en, expected, actual
        )

    check = condition.check
    if check == "true":
        if value is True:
            return None
        return unmet(f"{label_zh}：否", f"{label_en}: no", "true", _plain(value))
    if check in ("min", "more_than"):
        number = Decimal(value)
        limit = condition.decimal_threshold
        if (number >= limit) if check == "min" else (number > limit):
            return None
        op = ">=" if check == "min" else ">"
        if condition.key == "registered_capital":
            shown_zh, limit_zh = format_money_zh(number), format_money_zh(limit)
            shown_en, limit_en = format_money_en(number), format_money_en(limit)
        elif condition.key == EXPERIENCE_KEY:
            (shown_zh, shown_en), limit_zh = _experience_shown(number), f"{_plain(limit)} 年"
            limit_en = _years_en(limit)
        else:
            shown_zh, limit_zh = f"{_plain(number)} 人", f"{_plain(limit)} 人"
            shown_en, limit_en = _plain(number), _plain(limit)
            if condition.key == "acp_engineers":
                shown_zh, limit_zh = f"{_plain(number)} 名", f"{_plain(limit)} 名"
        if check == "min":
            zh = f"{label_zh} {shown_zh}，低于 {limit_zh}"
            en = f"{label_en} is {shown_en}, below {limit_en}"
        else:
            zh = f"{label_zh} {shown_zh}，未超过 {limit_zh}"
            en = f"{label_en} is {shown_en}, not more than {limit_en}"
        return unmet(zh, en, f"{op} {_plain(limit)}", _plain(number))
    if check in ("years_min", "years_more_than"):
        years = int(condition.threshold)  # type: ignore[arg-type]
        anniversary = add_years(value, years)
        met = anniversary <= as_of if check == "years_min" else anniversary < as_of
        if met:
            return None
        months = age_in_months(value, as_of)
        if check == "years_min":
            zh = (
                f"营业执照满 {format_age_zh(months)}，不满 {years} 年"
                f"（{anniversary.isoformat()} 满 {years} 年）"
            )
            en = (
                f"the business license is {format_age_en(months)} old, less than {years} "
                f"full year{'s' if years != 1 else ''} (it reaches {years} on "
                f"{anniversary.isoformat()})"
            )
            expected = f"license_date <= {add_years(as_of, -years).isoformat()}"
        else:
            zh = (
                f"企业成立 {format_age_zh(months)}，未超过 {years} 年"
                f"（{anniversary.isoformat()} 之后才超过 {years} 年）"
            )
            en = (
                f"the company is {format_age_en(months)} old, not more than {years} "
                f"year{'s' if years != 1 else ''} (it is more than {years} "
                f"year{'s' if years != 1 else ''} old from {(anniversary + ONE_DAY).isoformat()})"
            )
            expected = f"license_date < {add_years(as_of, -years).isoformat()}"
        return unmet(zh, en, expected, value.isoformat())
    if check == "support_min":
        threshold = str(condition.threshold)
        if SUPPORT_LEVELS.index(value) >= SUPPORT_LEVELS.index(threshold):
            return None
        zh = f"{label_zh} {_support_label(value)}，低于要求的 {_support_label(threshold)}"
        en = f"{label_en} is {value}, below the required {threshold}"
        return unmet(zh, en, f">= {threshold}", value)
    if check == "one_of":
        allowed = tuple(condition.threshold)  # type: ignore[arg-type]
        if value in allowed:
            return None
        zh = f"{label_zh}：{_industry_labels([value], 'zh')}，不在开放的行业（{_industry_labels(allowed, 'zh')}）之内"
        en = f"{label_en} is {_industry_labels([value], 'en')}, not one of the open industries ({_industry_labels(allowed, 'en')})"
        return unmet(zh, en, "one of " + ", ".join(allowed), value)
    raise AssertionError(check)


def _check_dates(profile: Mapping[str, Any], as_of: date) -> None:
    license_date = profile.get("license_date")
    if isinstance(license_date, date) and license_date > as_of:
        raise ProfileError(
            [
                FieldError(
                    "license_date",
                    f"license_date（营业执照日期）{license_date.isoformat()} 晚于评估日期 "
                    f"{as_of.isoformat()}：请填写营业执照上的成立日期，例如 2019-03-01",
                    f"license_date {license_date.isoformat()} is after the evaluation date "
                    f"{as_of.isoformat()}: give the date on the business license, e.g. 2019-03-01",
                )
            ]
        )


def evaluate_market(profile: Mapping[str, Any], market_id: str, as_of: date) -> MarketVerdict:
    _check_dates(profile, as_of)
    market = get_market(market_id)
    unmet: list[Unmet] = []
    missing: list[str] = []
    for condition in market.conditions:
        value = _value_for(profile, market, condition)
        if value is None:
            if condition.key not in missing:
                missing.append(condition.key)
            continue
        failure = _judge(market, condition, value, as_of)
        if failure:
            unmet.append(failure)
    status: Status = "not_eligible" if unmet else "incomplete" if missing else "eligible"
    return MarketVerdict(
        market=market.id,
        status=status,
        unmet=unmet,
        missing=missing,
        notes=list(market.notes),
        deposit=deposit_for_market(market.id),
    )


def evaluate(
    profile: Mapping[str, Any], market_ids: Sequence[str], as_of: date
) -> list[MarketVerdict]:
    """One verdict per market (distinct, in the order given). `profile` is canonical, as
    returned by `rules.profile.validate_profile`; a license date after `as_of` is a
    ProfileError, never a pass."""
    _check_dates(profile, as_of)
    return [evaluate_market(profile, market_id, as_of) for market_id in dict.fromkeys(market_ids)]


_FIRST_KEYS = FIRST_KEYS  # rules/data/profile.yaml: `first: true`

# A market condition on a key rules/data/profile.yaml does not define could never be asked.
_UNKNOWN_KEYS = sorted(
    {
        f"{market_id}: {condition.key}"
        for market_id in MARKET_IDS
        for condition in get_market(market_id).conditions
        if condition.key not in PROFILE_FIELDS
    }
)
if _UNKNOWN_KEYS:
    raise RuntimeError(
        "rules/data/markets.yaml: conditions on keys that rules/data/profile.yaml does not"
        f" define: {', '.join(_UNKNOWN_KEYS)}"
    )


def required_fields(market_ids: Sequence[str]) -> list[FieldRequest]:
    """The questions these markets need, each once: the basics first, then experience per
    market, then the rest in profile order. Each carries the (market, condition) pairs that use
    it so the reason for asking can be shown in the seed's words."""
    chosen = [get_market(market_id) for market_id in dict.fromkeys(market_ids)]
    by_key: dict[str, list[tuple[str, Condition]]] = {}
    experience: list[FieldRequest] = []
    for market in chosen:
        for condition in market.conditions:
            if condition.key == EXPERIENCE_KEY:
                experience.append(FieldRequest(EXPERIENCE_KEY, market.id, [(market.id, condition)]))
            else:
                by_key.setdefault(condition.key, []).append((market.id, condition))
    first = [FieldRequest(key, None, by_key[key]) for key in _FIRST_KEYS if key in by_key]
    rest = [
        FieldRequest(key, None, by_key[key])
        for key in PROFILE_FIELDS
        if key in by_key and key not in _FIRST_KEYS
    ]
    return [*first, *experience, *rest]


__all__ = [
    "MARKET_IDS",
    "FieldRequest",
    "MarketVerdict",
    "Unmet",
    "add_years",
    "evaluate",
    "required_fields",
]
