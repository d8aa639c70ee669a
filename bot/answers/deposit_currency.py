"""The deposit's currency asked ("is it charged in RMB or USD?", "保证金交人民币还是美元"): the guide
states every deposit in 元人民币 (§3: 伍万（50,000）元人民币, 叁万（30,000）元人民币). Foreign
currencies otherwise decline (currency_and_overseas_sales); asked of the deposit, the currency is
the guide's and is said first.
"""

from __future__ import annotations

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
# Which currency it is in ("charged in RMB or USD?", "人民币还是美元"); paying in another
# currency or an exchange rate is declined (currency_and_overseas_sales), not asked here.
_ASKS_CURRENCY = lazy_compile(
    r"币种|什么货币|哪种货币|人民币还是(美元|美金|港币|外币)|(美元|美金|港币|外币)还是人民币"
    r"|\b(what|which) currency\b|\b(rmb|cny) or (usd|us dollars?|hkd)\b|\b(usd|us dollars?|hkd) or (rmb|cny)\b"
)
# "is how many RMB exactly? our budget is in USD": the amount in yuan asked beside a foreign
# currency, which is only the vendor's budget.
_ASKS_IN_YUAN = lazy_compile(
    r"多少(钱)?人民币|人民币(是)?多少|\bhow many (rmb|cny|yuan)\b|\b(exact|the) (rmb|cny) (figure|amount)\b"
)
_FOREIGN = lazy_compile(r"美元|美金|港币|港元|外币|\b(usd|us dollars?|hkd|dollars?|eur|euros?)\b")
_EXCHANGE_OR_PAYING = lazy_compile(
    r"汇率|换汇|能不能用|可以用|\b(exchange rate|pay (it )?in|wire|transfer)\b"
)
_DEPOSIT_ENTRY = "deposit.amount"


def deposit_currency_answer(question: str, lang: Lang) -> Answer | None:
    """人民币 first, then the deposit's amounts; None unless the deposit's currency is asked."""
    norm = normalize(question)
    asks = _ASKS_CURRENCY.search(norm) or (_ASKS_IN_YUAN.search(norm) and _FOREIGN.search(norm))
    if not (_DEPOSIT.search(norm) and asks) or _EXCHANGE_OR_PAYING.search(norm):
        return None
    entry = entry_by_id()[_DEPOSIT_ENTRY]
    source = entry.source(lang)
    body = t("answers_deposit_currency", lang) + "\n" + entry.body(lang)
    from bot.answers.names import markets_in_question
    from rules.deposit import deposit_for_market
    from rules.markets import get_market, market_label

    named = markets_in_question(question)
    if len(named) == 1:
        # "企业应用 … how many RMB exactly": that market's amount first.
        body = (
            t(
                "answers_deposit_currency_market",
                lang,
                name=market_label(get_market(named[0]), lang),
                amount=f"{deposit_for_market(named[0]):,}",
            )
            + body
        )
    return Answer(with_source(body, source, lang), lang, True, "deposit.currency", source, [])
