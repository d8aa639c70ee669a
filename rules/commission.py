"""Commission (平台服务费) — SPEC decision 9, seed section "4.云市场平台佣金规则".

Per vendor × commission category × calendar month:
- `total` (settled actual cash, distribution included) alone picks the tier;
- `commissionable` = total − distribution (分销 orders never pay commission);
- the tier's rate applies to the whole commissionable amount (not marginal brackets);
- the platform pre-charged at the tier-1 rate, so `refund` = precharged − commission.

Rates live in `rules/data/commission*.yaml` with their validity period, so staff can add the
next period without touching code. Everything here is pure: no DB, no Slack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from rules.datafile import STRICT, data_dir, load_validated, parse_yaml
from rules.markets import MARKET_IDS, get_market

DATA_DIR = data_dir()  # rules/data/, or $ONBOARD_RULES_DATA
FEN = Decimal("0.01")
HUNDRED = Decimal(100)

KNOWN_MARKET_IDS: frozenset[str] = frozenset(MARKET_IDS)

Status = Literal["ok", "no_rate"]


@dataclass(frozen=True, kw_only=True)
class Tier:
    """One tier of a period: the monthly total from `lower` (inclusive) to `upper`."""

    __pydantic_config__ = STRICT

    tier: int
    lower: Decimal  # inclusive
    upper: Decimal | None  # exclusive; None = no upper bound
    seed_text: str
    label_zh: str
    label_en: str

    def __post_init__(self) -> None:
        if self.tier < 1:
            raise ValueError("tier: Input should be greater than or equal to 1")
        if self.lower < 0:
            raise ValueError("lower: Input should be greater than or equal to 0")


@dataclass(frozen=True, kw_only=True)
class RateRow:
    """A row of the rate table: one market's percentage per tier."""

    __pydantic_config__ = STRICT

    table_name: str  # the row name in the seed's table, e.g. 网站建设
    market: str  # market id
    percent: tuple[Decimal, ...]

    def rate(self, tier: int) -> Decimal:
        return self.percent[tier - 1] / HUNDRED


@dataclass(frozen=True, kw_only=True)
class PolicyPeriod:
    """The tiers and rates valid from `valid_from` to `valid_to` (inclusive)."""

    __pydantic_config__ = STRICT

    id: str
    valid_from: date
    valid_to: date
    title: str
    period_text: str
    basis_text: str = ""
    note: str = ""
    example: str = ""
    tiers: tuple[Tier, ...]
    rates: tuple[RateRow, ...]

    def __post_init__(self) -> None:
        if self.valid_to < self.valid_from:
            raise ValueError(f"period {self.id}: valid_to is before valid_from")
        if [t.tier for t in self.tiers] != list(range(1, len(self.tiers) + 1)):
            raise ValueError(f"period {self.id}: tiers must be numbered 1, 2, 3, … in order")
        if self.tiers[0].lower != 0:
            raise ValueError(f"period {self.id}: tier 1 must start at 0")
        for below, above in zip(self.tiers, self.tiers[1:], strict=False):
            if below.upper != above.lower:
                raise ValueError(
                    f"period {self.id}: tier {below.tier} ends at {below.upper} but tier "
                    f"{above.tier} starts at {above.lower}; tiers must be contiguous"
                )
        if self.tiers[-1].upper is not None:
            raise ValueError(f"period {self.id}: the last tier must have no upper bound")
        seen: set[str] = set()
        for row in self.rates:
            if row.market not in KNOWN_MARKET_IDS:
                raise ValueError(f"period {self.id}: unknown market id {row.market!r}")
            if row.market in seen:
                raise ValueError(f"period {self.id}: two rate rows for market {row.market!r}")
            seen.add(row.market)
            if len(row.percent) != len(self.tiers):
                raise ValueError(
                    f"period {self.id}: row {row.table_name} has {len(row.percent)} rates "
                    f"for {len(self.tiers)} tiers"
                )
            if any(p < 0 or p > 100 for p in row.percent):
                raise ValueError(f"period {self.id}: row {row.table_name} has a rate outside 0–100")

    def covers(self, on: date) -> bool:
        return self.valid_from <= on <= self.valid_to

    def row_for(self, market: str) -> RateRow | None:
        return next((row for row in self.rates if row.market == market), None)

    def tier_for(self, total: Decimal) -> int:
        for tier in self.tiers:
            if total >= tier.lower and (tier.upper is None or total < tier.upper):
                return tier.tier
        raise ValueError(f"negative total {total}")


@dataclass(frozen=True, kw_only=True)
class CommissionPolicy:
    """Every period of every commission*.yaml, in date order, none overlapping."""

    __pydantic_config__ = STRICT

    periods: tuple[PolicyPeriod, ...]

    def __post_init__(self) -> None:
        ordered = sorted(self.periods, key=lambda p: p.valid_from)
        for earlier, later in zip(ordered, ordered[1:], strict=False):
            if later.valid_from <= earlier.valid_to:
                raise ValueError(f"policy periods {earlier.id} and {later.id} overlap")
        object.__setattr__(self, "periods", tuple(ordered))

    def period_on(self, on: date) -> PolicyPeriod:
        for period in self.periods:
            if period.covers(on):
                return period
        raise PolicyPeriodError(on, self.periods)

    def describe_periods(self) -> str:
        return ", ".join(f"{p.valid_from}–{p.valid_to}" for p in self.periods)


class PolicyPeriodError(ValueError):
    """A settlement date no configured policy period covers."""

    def __init__(self, on: date, periods: tuple[PolicyPeriod, ...]) -> None:
        self.on = on
        spans = ", ".join(f"{p.valid_from} – {p.valid_to}" for p in periods) or "none"
        self.zh = f"结算日期 {on} 不在任何已配置的佣金政策期间内（已配置：{spans}）"
        self.en = (
            f"settlement date {on} is outside every configured commission policy period ({spans})"
        )
        super().__init__(f"{self.zh} / {self.en}")


class CommissionInputError(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        self.zh, self.en = zh, en
        super().__init__(f"{zh} / {en}")


def load_policy(directory: Path = DATA_DIR) -> CommissionPolicy:
    """All periods from `commission.yaml` and any `commission_*.yaml` in `directory`."""
    files = sorted(directory.glob("commission*.yaml"))
    if not files:
        raise FileNotFoundError(f"no commission*.yaml in {directory}")

    def all_periods(texts: list[str]) -> dict[str, list[object]]:
        periods: list[object] = []
        for path, text in zip(files, texts, strict=True):
            data = parse_yaml(text, cache_name=str(path)) or {}
            periods.extend(data.get("periods") or [])
        return {"periods": periods}

    return load_validated(files, CommissionPolicy, all_periods)


@lru_cache(maxsize=1)
def default_policy() -> CommissionPolicy:
    return load_policy()


def markets_without_rate(
    on: date | None = None, policy: CommissionPolicy | None = None
) -> list[str]:
    """Market ids (menu order) with no row in the rate table of the period covering `on` (else
    the latest period): new_retail, devops and retail_link in the seed guide."""
    policy = policy or default_policy()
    period = policy.period_on(on) if on else policy.periods[-1]
    return [market_id for market_id in MARKET_IDS if period.row_for(market_id) is None]


@dataclass(frozen=True)
class CommissionResult:
    """One vendor × category × month: the amounts, the tier and the commission."""

    category: str  # market id
    table_name: str | None  # the seed's rate-table row, None when the category has no rate
    status: Status
    total: Decimal
    distribution: Decimal
    commissionable: Decimal
    tier: int | None
    rate: Decimal | None
    tier1_rate: Decimal | None
    precharged: Decimal | None
    commission: Decimal | None
    refund: Decimal | None
    period_id: str
    tier_label_zh: str | None = None
    tier_label_en: str | None = None


def _fen(amount: Decimal) -> Decimal:
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def tier_for(total: Decimal, on: date | None = None, policy: CommissionPolicy | None = None) -> int:
    """The tier `total` falls in (bounds of the period covering `on`, else the latest)."""
    policy = policy or default_policy()
    period = policy.period_on(on) if on else policy.periods[-1]
    return period.tier_for(total)


def rate_for(
    category: str, tier: int, on: date, policy: CommissionPolicy | None = None
) -> Decimal | None:
    """The rate (0.10 for 10 %) of `category` (market id) at `tier`; None when not in the table."""
    row = (policy or default_policy()).period_on(on).row_for(category)
    return row.rate(tier) if row else None


def _money_zh(amount: Decimal) -> str:
    """130万元（1,300,000元）; under 1万: 5,000元."""
    if amount >= 10000:
        return f"{(amount / 10000).normalize():f}万元（{amount:,}元）"
    return f"{amount:,}元"


def compute(
    category: str,
    total: Decimal,
    distribution: Decimal,
    settled_in: date,
    policy: CommissionPolicy | None = None,
) -> CommissionResult:
    """One vendor × category × month, exactly as SPEC decision 9."""
    if category not in KNOWN_MARKET_IDS:
        raise CommissionInputError(
            f"未知类目 {category!r}（应为市场编号）", f"unknown category {category!r} (a market id)"
        )
    if total < 0 or distribution < 0:
        raise CommissionInputError("金额不能为负数", "amounts cannot be negative")
    if distribution > total:
        # ("分销金额 1300000 大于总额 1200000" — black-box s71 D22: amounts as every other reply
        # writes them.)
        raise CommissionInputError(
            f"分销金额 {_money_zh(distribution)} 大于总额 {_money_zh(total)}",
            f"distribution CNY {distribution:,} exceeds the total CNY {total:,}",
        )
    period = (policy or default_policy()).period_on(settled_in)
    commissionable = total - distribution
    row = period.row_for(category)
    if row is None:
        return CommissionResult(
            category=category,
            table_name=None,
            status="no_rate",
            total=total,
            distribution=distribution,
            commissionable=commissionable,
            tier=None,
            rate=None,
            tier1_rate=None,
            precharged=None,
            commission=None,
            refund=None,
            period_id=period.id,
        )
    tier = period.tier_for(total)
    tier_info = period.tiers[tier - 1]
    rate, tier1_rate = row.rate(tier), row.rate(1)
    precharged = _fen(commissionable * tier1_rate)
    commission = _fen(commissionable * rate)
    return CommissionResult(
        category=category,
        table_name=row.table_name,
        status="ok",
        total=total,
        distribution=distribution,
        commissionable=commissionable,
        tier=tier,
        rate=rate,
        tier1_rate=tier1_rate,
        precharged=precharged,
        commission=commission,
        refund=precharged - commission,
        period_id=period.id,
        tier_label_zh=tier_info.label_zh,
        tier_label_en=tier_info.label_en,
    )


def format_yuan_zh(amount: Decimal) -> str:
    """100万元 when a whole number of 万, else 123,456.78元 (as the seed writes amounts)."""
    if amount != 0 and amount % 10000 == 0:
        return f"{int(amount / 10000)}万元"
    return f"{_fen(amount):,}元"


def format_yuan_en(amount: Decimal) -> str:
    return f"CNY {_fen(amount):,}"


def format_rate(rate: Decimal) -> str:
    """0.10 for 10 %; more places only when the rate needs them (0.125)."""
    normalized = rate.normalize()
    places = max(2, -normalized.as_tuple().exponent)  # type: ignore[operator]
    return f"{rate:.{places}f}"


def format_percent(rate: Decimal) -> str:
    return f"{(rate * HUNDRED).normalize():f}%"


def explain_tier(result: CommissionResult, lang: Literal["zh", "en"] = "zh") -> str:
    """One line saying why this tier applies (or that the category has no rate)."""
    if result.status == "no_rate":
        # SPEC 9: "no rate in the policy", never read as a fee of 0 %.
        market = get_market(result.category)
        if lang == "en":
            return (
                f"The policy's rate table has no rate for {market.name_en}: commission cannot be "
                "computed (it is not 0 %); please check with staff."
            )
        return f"政策费率表中没有{market.name}的费率，无法计算（不是 0%），请向工作人员确认。"
    if lang == "en":
        total = (
            f"This month's settled cash total in this category is {format_yuan_en(result.total)}"
        )
        if result.distribution:
            total += f" (including {format_yuan_en(result.distribution)} distribution)"
        verb = "which reaches" if result.tier and result.tier > 1 else "which is"
        return f"{total}, {verb} tier {result.tier} ({result.tier_label_en})."
    total = f"本月该类目应结算实收现金总额 {format_yuan_zh(result.total)}"
    if result.distribution:
        total += f"（含分销 {format_yuan_zh(result.distribution)}）"
    verb = "达到" if result.tier and result.tier > 1 else "属于"
    return f"{total}，{verb}第{result.tier}档（{result.tier_label_zh}）"
