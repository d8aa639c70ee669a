"""How many markets there are, and whether a named one is among them: "How many markets does the
Marketplace have, and is Retail Link one of them?", "云市场一共几个集市？零售通算不算其中一个？".

Named, a market is read from the guide's own list (rules/data/markets.yaml), so it is one of them:
the reply opens with that verdict, then the markets' count and names (the overview entry), never
the named market's entry conditions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

# The markets' count or list asked.
_ASKS_COUNT = lazy_compile(
    r"(几|多少)个?(集市|市场|类目)|有哪些(集市|市场|类目)"
    r"|\bhow many (markets|categories)\b|\bwhich markets (are there|exist)\b"
)
# A named market asked to be among them.
_ASKS_MEMBER = lazy_compile(
    r"其中(之一|一个)?|在(里面|其中|内|列)|包括|包含|算不算|算是|是不是|属于"
    r"|\b(one of them|among them|one of the|included|includes|include|part of|on the list|in the list)\b"
)


# A rate or commission named: the markets asked are those of a rate.
_RATE_WORDS = lazy_compile(r"佣金|费率|抽成|抽佣|扣点|服务费|\b(commission|rate|rates|fee|fees)\b")


def member_answer(
    question: str, lang: Lang, named: list[str], overview: Callable[[], Answer]
) -> Answer | None:
    """Yes, the named market(s) are among the markets, then the overview; None unless the
    count or list is asked together with a named market's membership."""
    norm = normalize(question)
    if not named or not _ASKS_COUNT.search(norm) or not _ASKS_MEMBER.search(norm):
        return None
    if _RATE_WORDS.search(norm):
        # "零佣金的有哪几个类目？新零售是不是也不收佣金？": the markets of a rate asked, not the
        # Marketplace's list.
        return None
    names = t("list_separator", lang).join(market_label(get_market(m), lang) for m in named)
    found = overview()
    found.text = t("answers_market_member_yes", lang, names=names) + found.text
    return found


def opens_member(found: Answer) -> bool:
    """Whether `found` opens with the member verdict (its count and list after it): whole."""
    marker = "\x00"
    before, after = t("answers_market_member_yes", found.lang, names=marker).split(marker)
    first = found.text.split("\n", 1)[0]
    return first.startswith(before) and after.strip() in first


# "云市场现在一共分成几个集市", "how many markets is it split into": 分成 here divides the
# Marketplace into markets (no revenue share, which the same word also means).
_DIVIDED_INTO = lazy_compile(
    r"(分成|分为|划分为|划分成|分了|拆成|拆分为|拆分成)(了)?\s*(几|多少)\s*(个)?(大)?(集市|市场|类目|板块)"
    r"|\b(divided|split|broken down|organi[sz]ed|grouped) into how many (\w+ )?(markets|categories)\b"
)


def asks_count_divided(question: str, named: list[str]) -> bool:
    """Whether the markets' count is asked with 分成 / "divided into", no market named."""
    return not named and bool(_DIVIDED_INTO.search(normalize(question)))
