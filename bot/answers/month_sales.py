"""A market, a month of a year and an amount, nothing else said: that month's sales, asked as
its commission ("security market, Jan 2021, total 123,456.785", "安全市场 2021年1月 123456.78" —
black-box s53 D9). Not a choice of markets and not the conditions list."""

from __future__ import annotations

from datetime import date

from bot.answers.computed import settlement_month, today_in_china
from bot.answers.matcher import find_concepts
from bot.answers.names import markets_in_question
from bot.answers.text import money_mentions, normalize
from bot.lazy_re import lazy_compile

# A date that is a founding, a licence or a registration, not a month of sales.
_FOUNDING_WORDS = lazy_compile(
    r"注册|成立|执照|资本|创立|开业|\b(found(ed|ing)?|register(ed)?|licen[cs]e[ds]?|incorporated"
    r"|established|capital)\b"
)


# Selling said (a month's sales, its topic the commission): "卖了100万", "what if we sell 1M".
_SALES_VERB = lazy_compile(r"卖了?|成交|流水|\b(sell|sold|sales|turnover|revenue)\b")
# Concepts the selling words themselves bring ("sell" → shop, "what if" → how-to).
SALES_CONCEPTS = frozenset({"turnover", "shop", "howto"})


def _no_other_topic(question: str) -> bool:
    """No topic named but the month's sales themselves ("and what if we sell 1M in website
    building next month?" — black-box s67 D8: the market's description)."""
    concepts = find_concepts(question)
    return not concepts or (
        concepts <= SALES_CONCEPTS and bool(_SALES_VERB.search(normalize(question)))
    )


def names_months_sales(question: str, today: date | None = None) -> bool:
    """Whether `question` is only a market, a named month and an amount."""
    return bool(
        markets_in_question(question)
        and money_mentions(question)[1]
        and _no_other_topic(question)
        and not _FOUNDING_WORDS.search(normalize(question))
        and settlement_month(question, today or today_in_china())[1] == "named"
    )
