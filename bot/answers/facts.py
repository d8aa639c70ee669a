"""Facts the answers state, derived from rules/data/ and worded for a reply — never retyped.

How many markets there are and their names, the deposit of each, the payment path, which
markets the commission rate table leaves out, the rate table itself: a market added to
rules/data/markets.yaml (with its deposit and rate) shows up in every one of them. The
knowledge base (data/knowledge.yaml) writes them as `{placeholder}` and `knowledge.py` fills
them in at load; computed answers call these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from bot.answers.text import wan, yuan
from bot.conversation.types import Lang
from bot.texts import Localized, t
from rules.commission import default_policy, format_percent, markets_without_rate
from rules.deposit import (
    DEPOSIT_PER_MARKET,
    PAYMENT_PATH,
    amount_in_capitals,
    deposit_for,
    deposits_unlike_default,
)
from rules.markets import MARKET_IDS, Market, get_market, market_count, market_label

_CHINESE_DIGITS = "零一二三四五六七八九"
_CHINESE_TEN = "十"
_ENGLISH_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def count_word(count: int, lang: Lang) -> str:
    """12 → 十二 / twelve (as the guide writes "十二大集市"); digits past 99 / twenty."""
    if lang == "en":
        return _ENGLISH_NUMBERS[count] if 0 <= count < len(_ENGLISH_NUMBERS) else str(count)
    if not 0 < count < 100:
        return str(count)
    tens, ones = divmod(count, 10)
    text = ("" if tens == 1 else _CHINESE_DIGITS[tens]) + _CHINESE_TEN if tens else ""
    return text + (_CHINESE_DIGITS[ones] if ones else "")


# The suffix the data's Chinese market names end in (read off the name, never written alone).
_MARKET_SUFFIX_ZH = "市场"


def short_label(market: Market, lang: Lang) -> str:
    """建站 / Website Building (建站): the name without 市场, as lists in prose use it."""
    short = market.name.removesuffix(_MARKET_SUFFIX_ZH)
    if lang == "zh":
        return short
    english = english_label(market)
    return english if english.casefold() == short.casefold() else f"{english} ({short})"


def english_label(market: Market) -> str:
    """Retail Link: the English name without " Market", as lists in prose use it."""
    return market.name_en.removesuffix(" Market")


def join_names(names: Sequence[str], lang: Lang) -> str:
    """A、B及C / A, B and C."""
    if len(names) < 2:
        return "".join(names)
    head = t("list_separator", lang).join(names[:-1])
    return t("answers.names_and_last", lang, names=head, last=names[-1])


def full_label(market: Market) -> str:
    """Service Market (服务市场), API Market: the English name whole, with the guide's name."""
    short = market.name.removesuffix(_MARKET_SUFFIX_ZH)
    if english_label(market).casefold() == short.casefold():
        return market.name_en
    return f"{market.name_en} ({market.name})"


def market_names(lang: Lang) -> str:
    """Every market: API市场、基础软件市场…及零售通市场 / API Market, Basic Software Market
    (基础软件市场) …: "Service Market", never a bare "Service" that reads as a service."""
    if lang == "en":
        return join_names([full_label(get_market(m)) for m in MARKET_IDS], "en")
    return join_names([market_label(m, "zh") for m in MARKET_IDS], "zh")


def _amount(amount: int, lang: Lang) -> str:
    """30,000 元（叁万，3万元） / 30,000 yuan (叁万): Chinese adds the 万 form."""
    capitals = amount_in_capitals(amount)
    in_words = Localized(
        t("answers.capitals_and_wan", "zh", capitals=capitals, wan=wan(amount)), capitals
    )
    return t("answers.amount_in_words", lang, amount=yuan(amount), capitals=in_words)


def deposit_schedule(lang: Lang) -> str:
    """零售通市场 50,000 元（伍万，5万元），其他每个市场类目 30,000 元（叁万，3万元）."""
    special = deposits_unlike_default()
    name = (lambda m: short_label(get_market(m), "en")) if lang == "en" else market_label
    parts = [
        t("answers.deposit_for_market", lang, market=name(m), amount=_amount(amount, lang))
        for m, amount in special.items()
    ]
    other = t("answers.each_other_market" if special else "answers.each_market", lang)
    parts.append(
        t(
            "answers.deposit_for_market",
            lang,
            market=other,
            amount=_amount(DEPOSIT_PER_MARKET, lang),
        )
    )
    return t("answers.clause_separator", lang).join(parts)


def deposit_example(lang: Lang) -> str:
    """The guide's example of deposits adding up: API + 服务 = 60,000 (陆万)."""
    total = deposit_for(["api", "service"])
    return t("answers.deposit_example", lang, amount=_amount(total, lang))


def deposit_capitals_examples(lang: Lang) -> str:
    """一个普通市场为叁万，零售通为伍万 (how the ticket writes each deposit in 大写)."""
    special = deposits_unlike_default()
    parts = [
        t("answers.capitals_one_market", lang, capitals=amount_in_capitals(DEPOSIT_PER_MARKET))
    ]
    parts += [
        t(
            "answers.capitals_for_market",
            lang,
            market=english_label(get_market(m))
            if lang == "en"
            else short_label(get_market(m), "zh"),
            capitals=amount_in_capitals(a),
        )
        for m, a in special.items()
    ]
    return t("answers.clause_separator", lang).join(parts)


def payment_path(lang: Lang) -> str:
    """用户中心 > 保证金 > 阿里云通用保证金 > 充值交纳 (the page names stay Chinese in English)."""
    return " > ".join(PAYMENT_PATH)


def no_rate_markets(lang: Lang) -> str:
    """新零售、开发运维、零售通 / New Retail, DevOps and Retail Link."""
    if lang == "en":
        return join_names([english_label(get_market(m)) for m in markets_without_rate()], "en")
    return t("list_separator", lang).join(
        short_label(get_market(m), "zh") for m in markets_without_rate()
    )


def rate_table(lang: Lang) -> str:
    """The latest period's rates, rows with the same rates together:
    网站建设 20%/15%/10%；企业应用、基础软件… 10%/5%/3%；API市场、物联网 0%."""
    period = default_policy().periods[-1]
    groups: dict[tuple[str, ...], list[str]] = {}
    for row in period.rates:
        percents = tuple(format_percent(row.rate(tier.tier)) for tier in period.tiers)
        shown = percents[:1] if len(set(percents)) == 1 else percents
        name = row.table_name if lang == "zh" else get_market(row.market).name_en
        groups.setdefault(shown, []).append(name)
    separator = t("list_separator", lang)
    return t("answers.rule_separator", lang).join(
        f"{separator.join(names)} {'/'.join(shown)}" for shown, names in groups.items()
    )


def _markets_lacking(*keys: str) -> list[str]:
    """Market ids without a condition on every one of `keys` (零售通 has no team condition)."""
    return [
        m
        for m in MARKET_IDS
        if not set(keys) <= {condition.key for condition in get_market(m).conditions}
    ]


def every_market_but(keys: tuple[str, ...], lang: Lang) -> str:
    """除零售通外，各集市 / Every market except Retail Link (零售通): the markets that set all of
    `keys`, said by the ones that do not (or "every market" when all do)."""
    lacking = _markets_lacking(*keys)
    if not lacking:
        return t("answers.every_market", lang)
    if lang == "en":
        names = join_names([short_label(get_market(m), "en") for m in lacking], "en")
    else:
        names = t("list_separator", lang).join(short_name(m) for m in lacking)
    return t("answers.every_market_except", lang, names=names)


def short_name(market_id: str) -> str:
    """The market's own name without 市场 (安全, 零售通): the one helper for it."""
    return get_market(market_id).short_name


def team_size_minimum(lang: Lang) -> str:
    """The team size the markets ask for (20), when they all ask for the same."""
    thresholds = {
        condition.threshold
        for market in map(get_market, MARKET_IDS)
        for condition in market.conditions
        if condition.key == "team_size"
    }
    if len(thresholds) != 1:
        raise ValueError(f"the markets ask for different team sizes {thresholds}: reword the entry")
    return str(thresholds.pop())


_TEAM_KEYS = ("team_size", "social_insurance_proof", "agreements_accepted")

FACTS: dict[str, Callable[[Lang], str]] = {
    "markets_with_agreements": lambda lang: every_market_but(("agreements_accepted",), lang),
    "markets_with_team": lambda lang: every_market_but(_TEAM_KEYS, lang),
    "team_size_minimum": team_size_minimum,
    "market_count": lambda lang: count_word(market_count(), lang),
    "market_names": market_names,
    "deposit_schedule": deposit_schedule,
    "deposit_example": deposit_example,
    "deposit_capitals_examples": deposit_capitals_examples,
    "payment_path": payment_path,
    "no_rate_markets": no_rate_markets,
    "rate_table": rate_table,
}


@cache
def facts(lang: Lang) -> dict[str, str]:
    """Every `{placeholder}` the knowledge base may use, worded in `lang`."""
    return {name: make(lang) for name, make in FACTS.items()}


def fill(text: str, lang: Lang) -> str:
    """`text` with its `{placeholders}` replaced; an unknown one fails at load, in tests."""
    if "{" not in text:
        return text
    try:
        return text.format_map(facts(lang))
    except KeyError as exc:
        raise ValueError(f"unknown fact {exc} in {text[:60]!r}; known: {sorted(FACTS)}") from exc
