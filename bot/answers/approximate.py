"""Amounts said roughly: "三十来万", "二十多万", "十几万", "一百多万", "30多万", "四十几w".

Such an amount names a band, not a figure ("二十多万" is above 20万 and below 30万), so a reply
can name the commission tier it falls in when the whole band sits in one tier, and must not
compute a commission as if the vendor had given an exact figure.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answers.text import normalize
from bot.lazy_re import lazy_compile

# A round number of 万 and a word that it is more or about: 来 (about), 多 / 几 (and some).
_ROUGH = lazy_compile(
    # ("五十多个w" — holdout98 #33: the rate table, no tier named.)
    r"(?P<number>[一二两三四五六七八九十百\d]{1,4})(?P<word>来|多|几)个?(万|w|W)(?!元?[以之]?[上下内])"
    # ("APP有三十多万用户": a count of users, no money.)
    r"(?!\s*(用户|人|个|名|家|次|条|单|笔|份|台|套|件|粉丝|访问|下载|客户|会员|users?|downloads?))"
)
_TEN_THOUSAND = Decimal(10000)
# 来: "about" (三十来万), either side of the round number.
_ABOUT_WORD = "来"


def _step(number: int) -> int:
    """The band a round number opens: 三十多 → up to 40, 一百多 → up to 200, 三多 → up to 4."""
    for unit in (1000, 100, 10):
        if number >= unit and number % unit == 0:
            return unit
    return 1


# Two neighbouring numerals for a range: "五六十万" (50万–60万), "三四十万", "五六万".
_RANGE = lazy_compile(
    r"(?<![一二三四五六七八九十百千\d])(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<unit>十|百)?(万|w|W)(?!元?[以之]?[上下内])"
    r"(?!\s*(用户|人|个|名|家|次|条|单|笔|份|台|套|件|粉丝|访问|下载|客户|会员))"
)
_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")}
_UNITS = {"十": 10, "百": 100}


def _range_amount(norm: str) -> tuple[str, Decimal, Decimal] | None:
    """ "五六十万" → (words, 500000, 600000.01): a range said with two neighbouring numerals."""
    found = [m for m in _RANGE.finditer(norm) if _DIGITS[m.group("b")] == _DIGITS[m.group("a")] + 1]
    if len(found) != 1:
        return None
    match = found[0]
    unit = _UNITS.get(match.group("unit") or "", 1)
    low = Decimal(_DIGITS[match.group("a")] * unit) * _TEN_THOUSAND
    high = Decimal(_DIGITS[match.group("b")] * unit) * _TEN_THOUSAND + Decimal("0.01")
    return match.group(0), low, high


def rough_amount(question: str) -> tuple[str, Decimal, Decimal] | None:
    """(the words, the band's lower bound, its upper bound, exclusive) in yuan, for the one rough
    amount a question says; None when it says none or several."""
    norm = normalize(question)
    found = list(_ROUGH.finditer(norm))
    if not found:
        return _range_amount(norm)
    if len(found) != 1:
        return None
    match = found[0]
    number = match.group("number")
    # (cn2an is imported with a Chinese numeral, not with the module: start-up stays light.)
    import cn2an

    try:
        value = int(number) if number.isdigit() else int(cn2an.cn2an(number, "smart"))
    except ValueError:
        return None
    if value <= 0:
        return None
    # 十几万 is 11万 to 19万; 三十多万 is above 30万 and below 40万.
    low = Decimal(value) * _TEN_THOUSAND
    # 来 is "about, a little over" (三十来万 ≈ 30万–35万); 多 / 几 run up to the next round
    # number.
    step = Decimal(_step(value)) / (2 if match.group("word") == _ABOUT_WORD else 1)
    high = (Decimal(value) + step) * _TEN_THOUSAND
    return match.group(0), low, high


def rough_tier(question: str, period: object) -> tuple[str, int, int] | None:
    """(the words, the lowest tier, the highest tier) the rough amount's band may fall in, of
    `period` (a rules.commission PolicyPeriod): "二十来万" (about 20万) is either side of the
    tier's bound."""
    rough = rough_amount(question)
    if rough is None:
        return None
    words, low, high = rough
    bounds = {tier.lower for tier in period.tiers}  # type: ignore[attr-defined]
    below = low - Decimal("0.01") if _ABOUT_WORD in words and low in bounds else low
    first = period.tier_for(below)  # type: ignore[attr-defined]
    last = period.tier_for(high - Decimal("0.01"))  # type: ignore[attr-defined]
    return words, first, last


# An exact figure said to be about ("差不多50w", "大概20万", "around 500k", "将近50万").
_ABOUT_BEFORE = lazy_compile(
    r"(差不多|大概|大约|约|左右|将近|接近|估计|\b(about|around|roughly|approximately|nearly|almost)\b)\s*$"
)
_ABOUT_AFTER = lazy_compile(r"^\s*(左右|上下|出头)")


def about_bound(question: str, period: object) -> int | None:
    """The tier starting at the one amount a question says roughly, when that amount is a tier's
    lower bound ("差不多50w": 50万 starts tier 3, so tier 2 or 3); None otherwise."""
    from bot.answers.text import money_mentions

    converted, mentions = money_mentions(question)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    if not (
        _ABOUT_BEFORE.search(converted[max(0, mention.start - 8) : mention.start])
        or _ABOUT_AFTER.search(converted[mention.end : mention.end + 4])
    ):
        return None
    for tier in period.tiers:  # type: ignore[attr-defined]
        if tier.tier > 1 and tier.lower == mention.value:
            return int(tier.tier)
    return None
