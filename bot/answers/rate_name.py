"""A name of the commission rate table asked as a market: "服务&代维是哪个市场", "网站建设对应哪个
市场", "which market is 服务&代维?" (black-box s55 D7: the question started the 服务市场 check).
The table's names come from rules data (rules/data/commission.yaml), never retyped."""

from __future__ import annotations

import re

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.commission import default_policy
from rules.markets import get_market, market_label

_ASKED_ZH = r"\s*(是|指|对应|算|属于)(的)?(哪个|哪一个|什么|哪)(市场|类目|集市)"
_ASKED_EN = lazy_compile(
    r"\b(which|what) (market|category) (is|does|means?)\b|\bwhich market\b.{0,20}\b(mean|is)\b",
    re.IGNORECASE,
)
_AMPERSAND = lazy_compile(r"\s*[&＆和与]\s*")


def _plain(text: str) -> str:
    return _AMPERSAND.sub("&", text).casefold()


def rate_name_answer(question: str, lang: Lang) -> Answer | None:
    """Which market a rate table name stands for; None unless one is asked that way."""
    plain = _plain(question)
    rows = default_policy().periods[-1].rates
    for row in rows:
        name = _plain(row.table_name)
        market = get_market(row.market)
        if name == _plain(market.name) or name not in plain:
            continue  # "安全市场" is the market's own name: nothing to map
        asked_zh = re.search(re.escape(name) + _ASKED_ZH, plain)
        if not (asked_zh or _ASKED_EN.search(plain)):
            continue
        body = t(
            "answers_rate_name_market", lang, table=row.table_name, name=market_label(market, lang)
        )
        source = source_line(sections()["commission"], t("answers_rates_subsection", lang), lang)
        return Answer(
            with_source(body, source, lang), lang, True, "commission.rate_name", source, []
        )
    return None
