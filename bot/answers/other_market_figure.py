"""A figure of one market's rule said as known, and the same figure asked of another market:
"服务市场100w我知道了 那基础软件呢 注册资金最低多少？", "安全市场行业经验一年就行，那服务市场要几
年？", "ok so 安全 is 7x24 — what about 基础软件, how many hrs does online customer service need?".

The first market's figure is the vendor repeating the guide, not a fact about the company, so no
verdict is wanted: the second market's figure is the question. It is asked with the first part's
topic words (注册资金, 行业经验, customer service) and without the figure or the first market.
"""

from __future__ import annotations

from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from rules.markets import get_market

# The vendor says the first market's figure is known or settled.
_KNOWN = lazy_compile(
    r"我知道了|知道了|我知道|就行|就可以|就够|没问题|清楚了|了解了|明白了|是这样"
    r"|\b(i know|we know|got it|ok so|okay so|so|understood|i see|fine)\b"
)
# Where the second market is taken up: "那基础软件呢", "那服务市场要几年", "what about X".
_PIVOT = lazy_compile(
    r"[，,。;；—–\-\s]*(?:那么|那|\b(?:what about|how about|and for|then for|but for)\b)\s*"
)
# "呢" and the comma after the market taken up.
_TAKEN_UP = lazy_compile(r"呢\s*[,，]?\s*|(?<=[a-z\u4e00-\u9fff])\s*[,，]\s*(?=how|what|which)")
# The figure asked of the second market.
_ASKS_FIGURE = lazy_compile(
    r"几|多少|多久|多长|最低|最少|至少|\b(how (many|much|long)|what|minimum|min)\b"
)
# Figures and level words to take out of the first part: 100w, 一年, 7x24.
_FIGURE = lazy_compile(
    r"\d+(\.\d+)?\s*[x*×]\s*\d+|[\d.]+\s*(万|w|k|m|年|人|个)?|[一二两三四五六七八九十百千]+\s*(万|年|个|人)"
)


def asked_of_other_market(message: str) -> str | None:
    """The question as asked of the second market only, or None when the message is not that."""
    norm = normalize(message)
    named = markets_in_question(message)
    if len(named) != 2:
        return None
    pivots = [m for m in _PIVOT.finditer(norm) if m.group(0).strip(" ，,。;；—–-")]
    for pivot in pivots:
        first, second = norm[: pivot.start()], norm[pivot.end() :]
        if not first.strip() or not second.strip():
            continue
        first_named = markets_in_question(first)
        second_named = markets_in_question(second)
        if len(first_named) != 1 or len(second_named) != 1 or first_named == second_named:
            continue
        if not (_KNOWN.search(first) and _FIGURE.search(first)):
            continue
        if not _ASKS_FIGURE.search(second) or _FIGURE.search(_without_names(second)):
            continue
        topic = _FIGURE.sub(" ", _KNOWN.sub(" ", _without_names(first)))
        # "基础软件呢 注册资金最低多少": one question of the second market, not two.
        asked = _TAKEN_UP.sub(" ", second).strip()
        return f"{asked} {' '.join(topic.split())}".strip()
    return None


def _without_names(text: str) -> str:
    """`text` without any market's names (their words are no topic of their own)."""
    for market_id in markets_in_question(text):
        market = get_market(market_id)
        names = [
            market.name,
            market.name_en,
            market.short_name,
            *market.aliases,
            *market.loose_aliases,
            market.commission_category or "",
        ]
        for name in sorted(filter(None, names), key=len, reverse=True):
            text = text.replace(normalize(name), " ")
    return text
