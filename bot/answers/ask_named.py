"""The pointer to one market's full conditions names the market the question names.

"注册资金刚好10万，执照2023年拿的，能上基础软件市场吗" → "…可以问“基础软件市场入驻条件”", not a
template's "XX市场"; with no single market named the pointer has no placeholder at all
(bot/texts.py answers_ask_any_market).
"""

from __future__ import annotations

from dataclasses import replace

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.texts import t
from rules.markets import get_market


def with_market_named(found: Answer, question: str) -> Answer:
    """`found` with its pointer to a market's conditions naming the one market `question`
    names (Chinese replies; the English pointer names none)."""
    generic = t("answers_ask_any_market", "zh")
    if found.lang != "zh" or generic not in found.text:
        return found
    named = markets_in_question(question)
    if len(named) != 1:
        return found
    pointer = t("answers_ask_named_market", "zh", market=get_market(named[0]).name)
    return replace(found, text=found.text.replace(generic, pointer))
