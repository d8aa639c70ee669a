""" "执照6个月…产品基于阿里云物联网平台…能入驻哪些市场", "…we run a tracking API… Which markets can we
apply for?": a market's name inside what the vendor sells is no market asked. Which markets
are open is the ask, so the markets open on the stated facts come first (which.py), then the
verdict for the market the product names (profile_verdict.py): never "能。" about that one
market alone.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.model import MAX_ANSWER_CHARS, Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from rules.markets import get_market

# Several markets asked for ("能入驻哪些市场", "which markets can we apply for", "any market").
_ASKS_MARKETS = lazy_compile(
    r"哪些|哪几个|哪几类|\bwhich (markets|categories)\b|\bany (markets?|categor(y|ies))\b"
)
_MARKET_WORD = lazy_compile(r"市场|集市|\bmarket(place)?\b")
# "能。" / "Yes." before the sentence that names the market: the line says it in full.
_BARE_VERDICT = lazy_compile(r"^(能|不能|可以|不可以)[。：:]\s*|^(Yes|No)[.:,]\s*")


def _named_as_market(norm: str, market_id: str) -> bool:
    market = get_market(market_id)
    return any(
        normalize(name) in norm
        for name in (market.name, market.name_en, *market.aliases)
        if _MARKET_WORD.search(normalize(name))
    )


def open_with_named(
    question: str,
    lang: Lang,
    markets: list[str],
    open_for: Callable[[], Answer | None],
    verdict_for: Callable[[list[str]], Answer | None],
) -> Answer | None:
    """The markets open on the stated facts (`open_for`), then the verdict for the one market
    the product names (`verdict_for`); None unless "which markets" is asked and no market is
    named as a market."""
    norm = normalize(question)
    if len(markets) != 1 or not _ASKS_MARKETS.search(norm):
        return None
    if _named_as_market(norm, markets[0]):
        return None
    opened = open_for()
    if opened is None or opened.topic != "computed.which":
        return None
    verdict = verdict_for(markets)
    source = opened.source or ""
    body = opened.text[: opened.text.rfind("\n")]
    # The "only the points you gave" tail: the verdict below says what else is needed.
    lines = body.split("\n")[:-1] if "\n" in body else [body]
    if verdict is not None and verdict.text:
        # Its opening sentence: the verdict and, when short, what is not met.
        lines.append(_BARE_VERDICT.sub("", verdict.text.split("\n")[0]))
    text = with_source("\n".join(lines), source, lang)
    if len(text) > MAX_ANSWER_CHARS:
        return None
    return Answer(text, lang, True, opened.topic, source, [])
