"""How much deposit comes back on leaving named markets: "退出建站市场和零售通，保证金退多少", "If we
exit the API market and Retail Link without any violation, how much deposit is returned?".

The sum of those markets' deposits (rules/deposit.py) first, then the guide's condition (no
Marketplace rule broken during the cooperation, refunded after it ends). Never a verdict on
the credit-record condition that "violation" would otherwise pull in, nor a market's description.
"""

from __future__ import annotations

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import excluded_markets, normalize, yuan
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import deposit_for, deposit_for_market
from rules.markets import market_label

_REFUND_ENTRY = "deposit.refund"
_TOPIC = "computed.deposit"
_DEPOSIT = lazy_compile(r"保证金|押金|\b(deposits?|margin)\b")
# The amount coming back asked: 退多少, 能退回多少, "how much … returned / back / refunded".
_ASKS_AMOUNT_BACK = lazy_compile(
    r"(退|退回|退还|返还|拿回|取回|返)(回来|回)?(给我们|给我)?(多少|几多|多少钱)"
    r"|(多少|几多)(钱|保证金|押金)?[^，,。？?]{0,8}(退|退回|退还|返还|拿回|取回)"
    r"|\bhow much\b.{0,80}\b(returned|refunded|back|get back|come back|comes back|returns?|refund)\b"
    r"|\b(what|which) (amount|sum)\b.{0,60}\b(returned|refunded|back|refund)\b"
)
# A rule broken stated as the vendor's case: no refund, answered elsewhere (no sum).
_VIOLATED = lazy_compile(
    r"(?<![没未无不])违规了|被处罚|被判违规"
    r"|\b(we|we've|we have|we had) (violated|broken|broke|breached)\b"
)


def deposit_back_answer(question: str, lang: Lang) -> Answer | None:
    """The deposits of the markets named, summed, when how much comes back is asked."""
    norm = normalize(question)
    if not (_DEPOSIT.search(norm) and _ASKS_AMOUNT_BACK.search(norm)) or _VIOLATED.search(norm):
        return None
    left_out = set(excluded_markets(question))
    markets = [m for m in markets_in_question(question) if m not in left_out]
    if not markets:
        return None
    parts = t("answers_deposit_back_joiner", lang).join(
        t("answers_deposit_back_part", lang, market=market_label(m, lang), amount=yuan(amount))
        for m in markets
        for amount in (deposit_for_market(m),)
    )
    body = t("answers_deposit_back", lang, total=yuan(deposit_for(markets)), parts=parts)
    entry = entry_by_id()[_REFUND_ENTRY]
    source = entry.source(lang)
    # The amount answer's own topic: no refund verdict or "how" sentence is put before the sum.
    return Answer(with_source(body, source, lang), lang, True, _TOPIC, source, [])
