"""Market names in a vendor's question, as vendors write them.

`rules.markets.find_markets_in_text` knows every market's names and aliases. A question is not a
list of choices, though: in "Which markets require the software to be delivered as an ECS image"
the English everyday word "software" is no market, while in "can we join security and data?"
both words are. And vendors write names the data does not hold: 安全软件 for 安全市场 (the
guide's own description says the market sells 安全软件), or one character wrong (零售同市场,
解决方按). This module reads a question's markets with those in mind; the conversation's
market choice keeps the rules package's reading.
"""

from __future__ import annotations

import re
from functools import cache

from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from rules.markets import all_markets, find_markets_in_text

# An English everyday word is a market name when it is what the vendor joins ("join security?",
# "what about data?"), an item of a list of markets ("security, api", "security and data"), or
# followed by a market word (then the rules package reads it anyway).
_JOIN_BEFORE = lazy_compile(
    r"\b(join|joining|joined|enter|entering|into|apply (for|to)|sell (in|on)|list (in|on)|about|in"
    r"|for|and|or|vs|versus|add|adding|plus|also)\s+(the\s+)?$"
)
_CLAUSE_END_AFTER = lazy_compile(r"^\s*([?.!,;:)]|$|\b(and|or|too|also|as well)\b)")
_LIST_BEFORE = lazy_compile(r"(,|、|&|/|\+|\band\b|\bor\b|\bvs\.?|\bversus\b|\bthan\b)\s*$")
_LIST_AFTER = lazy_compile(r"^\s*(,|、|&|/|\+|\band\b|\bor\b|\bvs\b|\bversus\b|\bthan\b)")
_MARKET_AFTER = lazy_compile(r"^\s*(market|marketplace|category|categories|集市|市场)")

# Everyday words the guide uses for what a market sells, read as that market when the question
# names no market by its own name: 安全软件 is what 安全市场 sells (its description).
_PRODUCT_WORDS: dict[str, tuple[str, ...]] = {
    "security": ("安全软件", "安全产品", "安全服务商", "安全类", "网络安全", "security software"),
}
_MARKET_SUFFIX = "(?:市场|集市)"


@cache
def _loose_english() -> tuple[tuple[str, str], ...]:
    return tuple(
        (alias.casefold(), market.id)
        for market in all_markets()
        for alias in market.loose_aliases
        if alias.isascii()
    )


@cache
def _loose_pattern() -> re.Pattern[str]:
    words = sorted({alias for alias, _ in _loose_english()}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9_])(" + "|".join(map(re.escape, words)) + r")(?![a-z0-9_])")


@cache
def _strict_english() -> re.Pattern[str]:
    """Every English name of more than one word ("Enterprise Application Market"): a loose word
    inside one is part of that name."""
    names = {
        name.casefold()
        for market in all_markets()
        for name in (market.name_en, market.name_en.removesuffix(" Market"), *market.aliases)
        if name.isascii() and " " in name.strip()
    }
    bodies = [
        r"[\s\-_]*".join(map(re.escape, name.split()))
        for name in sorted(names, key=len, reverse=True)
    ]
    return re.compile(r"(?<![a-z0-9_])(" + "|".join(bodies) + r")(?![a-z0-9_])")


def _keeps(norm: str, start: int, end: int) -> bool:
    if any(m.start() <= start and end <= m.end() for m in _strict_english().finditer(norm)):
        return True
    before, after = norm[:start], norm[end:]
    if _MARKET_AFTER.match(after):
        return True
    if _JOIN_BEFORE.search(before) and _CLAUSE_END_AFTER.match(after):
        return True
    # A list item only beside another market name: "security, api", not "data services, which".
    listed_before = _LIST_BEFORE.search(before)
    if listed_before and find_markets_in_text(
        " ".join(before[: listed_before.start()].split()[-3:])
    ):
        return True
    listed_after = _LIST_AFTER.match(after)
    return bool(
        listed_after and find_markets_in_text(" ".join(after[listed_after.end() :].split()[:3]))
    )


@cache
def _typo_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Chinese market names with one character wrong: before 市场 for three-character names
    (零售同市场), anywhere for longer ones (解决方按). Each pattern finds every place the name
    stands with any one character in the wrong one's slot (a lookahead, so overlapping places
    too) and captures it; `_has_typo` then checks it is a Chinese character (U+4E00–U+9FFF).
    A character class for that range in each pattern said the same, but took about 1 ms per
    pattern to compile: most of a one-off `onboard-bot ask`'s answer time (docs/PERFORMANCE.md)."""
    found: list[tuple[re.Pattern[str], str]] = []
    for market in all_markets():
        short = market.name.removesuffix("市场")
        if len(short) < 3 or short.isascii():
            continue
        for i in range(len(short)):
            body = re.escape(short[:i]) + "(.)" + re.escape(short[i + 1 :])
            suffix = _MARKET_SUFFIX if len(short) == 3 else f"(?:{_MARKET_SUFFIX})?"
            found.append((re.compile("(?=" + body + suffix + ")"), market.id))
    return tuple(found)


def _has_typo(pattern: re.Pattern[str], norm: str) -> bool:
    return any(0x4E00 <= ord(match.group(1)) <= 0x9FFF for match in pattern.finditer(norm))


def markets_in_question(text: str) -> list[str]:
    """The markets a question names, in order of appearance."""
    norm = normalize(text)
    masked = norm
    for match in reversed(list(_loose_pattern().finditer(norm))):
        if not _keeps(norm, match.start(), match.end()):
            masked = masked[: match.start()] + "_" * len(match.group(0)) + masked[match.end() :]
    found = find_markets_in_text(masked)
    if found:
        return found
    for market_id, words in _PRODUCT_WORDS.items():
        if any(word in norm for word in words):
            return [market_id]
    for pattern, market_id in _typo_patterns():
        if _has_typo(pattern, norm):
            found.append(market_id)
    return list(dict.fromkeys(found))
