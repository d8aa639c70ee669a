"""Deposit (保证金) rules of the seed's section 3, SPEC decision 7 (data in
`rules/data/deposit.yaml`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rules.datafile import STRICT, load_data_file
from rules.markets import MARKET_IDS, get_market

DATA_PATH = "data/deposit.yaml"


@dataclass(frozen=True, kw_only=True)
class DepositRule:
    """One rule of the seed's deposit section, in both languages."""

    __pydantic_config__ = STRICT

    id: str
    zh: str
    en: str
    seed_text: str


@dataclass(frozen=True, kw_only=True)
class PageRow:
    """A row of the user center's 保证金 page for another product (seed §2 step 5 table)."""

    __pydantic_config__ = STRICT

    name: str
    amount: int


@dataclass(frozen=True, kw_only=True)
class _DepositFile:
    """rules/data/deposit.yaml."""

    __pydantic_config__ = STRICT

    default_per_market: int
    per_market: dict[str, int]
    amount_seed_text: str
    rules: tuple[DepositRule, ...]
    payment_path: tuple[str, ...]
    other_page_rows: tuple[PageRow, ...] = ()

    def __post_init__(self) -> None:
        unknown = set(self.per_market) - set(MARKET_IDS)
        if unknown:
            raise ValueError(f"per_market names unknown markets: {sorted(unknown)}")


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


def deposits_unlike_default() -> dict[str, int]:
    """The markets whose deposit is not DEPOSIT_PER_MARKET, in menu order ({"retail_link":
    50000} in the seed guide): what every "X costs …, the others …" sentence is built from."""
    return {
        market_id: _DATA.per_market[market_id]
        for market_id in MARKET_IDS
        if _DATA.per_market.get(market_id, DEPOSIT_PER_MARKET) != DEPOSIT_PER_MARKET
    }


def deposit_for(market_ids: Iterable[str]) -> int:
    """Total deposit over the DISTINCT markets (joining API twice still costs 30,000)."""
    return sum(deposit_for_market(market_id) for market_id in dict.fromkeys(market_ids))


_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CAPITAL_PLACES = ("", "拾", "佰", "仟")  # within a group of four digits
_CAPITAL_GROUPS = ("", "万")
# Deposits are tens of thousands; beyond 亿 cn2an and the usual 零 rules part ways.
MAX_CAPITAL_AMOUNT = 10**8 - 1


def _group_in_capitals(group: int) -> str:
    """1..9999 → 壹仟零壹拾 (one 零 for a run of zeros inside, none at the end)."""
    text, gap = "", False
    for place in (3, 2, 1, 0):
        digit = group // 10**place % 10
        if digit == 0:
            gap = bool(text)
            continue
        if gap:
            text, gap = text + "零", False
        text += _CAPITAL_DIGITS[digit] + _CAPITAL_PLACES[place]
    return text


def amount_in_capitals(amount: int) -> str:
    """Whole yuan in financial capital numerals (大写): 30000 → 叁万, 110000 → 壹拾壹万.

    The same text as cn2an's `an2cn(amount, "up")` (tests/rules/test_deposit.py compares them
    over every amount to 20,000 and thousands more below 1亿), written here because importing
    cn2an costs more than the rest of `onboard-bot ask` together."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValueError(f"a deposit is a positive whole number of yuan, not {amount!r}")
    if amount > MAX_CAPITAL_AMOUNT:
        raise ValueError(f"{amount} is more than a deposit can be (at most {MAX_CAPITAL_AMOUNT})")
    groups = []
    while amount:
        amount, group = divmod(amount, 10000)
        groups.append(group)
    text, zeros_between = "", False
    for index in reversed(range(len(groups))):
        group = groups[index]
        if group == 0:
            zeros_between = bool(text)
            continue
        if text and (zeros_between or group < 1000):
            text += "零"
        zeros_between = False
        text += _group_in_capitals(group) + _CAPITAL_GROUPS[index]
    return text


def other_page_row_costing(amount: int) -> PageRow | None:
    """The 保证金 page's row for another product whose amount is `amount` (100,000 is
    阿里通信物联网's), if any: a figure read off the wrong row."""
    return next((row for row in _DATA.other_page_rows if row.amount == amount), None)
