"""Deposit (保证金) rules of the seed's section 3, SPEC decision 7 (data in
`rules/data/deposit.yaml`)."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, model_validator

from rules.datafile import load_data_file
from rules.markets import MARKET_IDS, get_market

DATA_PATH = "data/deposit.yaml"


class DepositRule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    zh: str
    en: str
    seed_text: str


class _DepositFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    default_per_market: int
    per_market: dict[str, int]
    amount_seed_text: str
    rules: tuple[DepositRule, ...]
    payment_path: tuple[str, ...]

    @model_validator(mode="after")
    def _known_markets(self) -> _DepositFile:
        unknown = set(self.per_market) - set(MARKET_IDS)
        if unknown:
            raise ValueError(f"per_market names unknown markets: {sorted(unknown)}")
        return self


_DATA = load_data_file(DATA_PATH, _DepositFile)

DEPOSIT_PER_MARKET: int = _DATA.default_per_market
DEPOSIT_RULES: tuple[DepositRule, ...] = _DATA.rules
DEPOSIT_AMOUNT_SEED_TEXT: str = _DATA.amount_seed_text
PAYMENT_PATH: tuple[str, ...] = (
    _DATA.payment_path
)  # 用户中心 > 保证金 > 阿里云通用保证金 > 充值交纳

assert DEPOSIT_PER_MARKET == 30000, "SPEC decision 7"


def deposit_for_market(market_id: str) -> int:
    get_market(market_id)  # unknown ids fail here, never silently cost 30,000
    return _DATA.per_market.get(market_id, DEPOSIT_PER_MARKET)


def deposit_for(market_ids: Iterable[str]) -> int:
    """Total deposit over the DISTINCT markets (joining API twice still costs 30,000)."""
    return sum(deposit_for_market(market_id) for market_id in dict.fromkeys(market_ids))


def amount_in_capitals(amount: int) -> str:
    """Whole yuan in financial capital numerals (大写): 30000 → 叁万, 110000 → 壹拾壹万."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValueError(f"a deposit is a positive whole number of yuan, not {amount!r}")
    import cn2an  # slow to import (pkg_resources): only the 大写 line needs it

    return cn2an.an2cn(amount, "up")
