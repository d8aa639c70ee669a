"""A budget put against the deposits: "我们手里三十来万，想十二个市场全部入驻，保证金够不够？",
"we have 100k set aside — enough for API and Security?".

The deposit reply states the total ("共 38万元（380,000元）"); the vendor's sum (exact or said
roughly, approximate.py) is compared with it, and 够 / 不够 opens the reply.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from bot.answers import approximate
from bot.answers.model import Answer
from bot.answers.text import money_mentions, normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

_ASKS_ENOUGH = lazy_compile(
    r"够不够|够吗|够么|够用吗|够不|足够吗|能不能覆盖|\b(enough|sufficient|cover it|covers? it)\b"
)
# The deposit reply's total: "共 38万元（380,000元）", "total 380,000 yuan".
_TOTAL_ZH = re.compile(r"共\s*[^（(]{0,12}[（(]([\d,]+)元[）)]")
_TOTAL_EN = re.compile(r"total (?:of )?([\d,]+) yuan|([\d,]+) yuan(?: \([^)]*\))? in total")


def _total(text: str) -> Decimal | None:
    found = _TOTAL_ZH.search(text) or _TOTAL_EN.search(text)
    if found is None:
        return None
    digits = next(group for group in found.groups() if group)
    return Decimal(digits.replace(",", ""))


def with_budget_verdict(question: str, found: Answer) -> Answer:
    """够 / 不够 first when a budget is asked to cover the deposits the reply totals."""
    if found.topic != "computed.deposit" or not _ASKS_ENOUGH.search(normalize(question)):
        return found
    total = _total(found.text)
    if total is None:
        return found
    rough = approximate.rough_amount(question)
    if rough is not None:
        words, low, high = rough
    else:
        _, mentions = money_mentions(question)
        amounts = list(dict.fromkeys(m.value for m in mentions))
        if len(amounts) > 1:
            # A total restated beside the budget is no second budget.
            amounts = [value for value in amounts if value != total]
        if len(amounts) != 1:
            return found
        words, low, high = "", amounts[0], amounts[0] + Decimal("0.01")
    if high <= total:
        key = "answers_budget_short"
    elif low >= total:
        key = "answers_budget_enough"
    else:
        return found
    shown = words or t("answers_budget_yuan", found.lang, amount=f"{low.normalize():,f}")
    head = t(key, found.lang, total=f"{total:,}", budget=shown)
    return dataclasses.replace(found, text=head + found.text)


_HOW_MUCH = lazy_compile(r"多少|几万|\bhow much\b")
# "before listing", "上架前": the amount asked with the point it is due by.
_BEFORE_LISTING = lazy_compile(
    r"上架(之|以)?前|卖(东西)?(之|以)?前|\bbefore (listing|we list|selling|we sell|going live)\b"
)


def with_amount_before_listing(question: str, found: Answer) -> Answer:
    """ "how much deposit do we need to pay before listing?" answered with the deposit's place
    among the steps: the named market's amount first."""
    from bot.answers.names import markets_in_question
    from rules.deposit import deposit_for_market
    from rules.markets import get_market, market_label

    norm = normalize(question)
    if (
        found.topic != "deposit.before_listing"
        or not _HOW_MUCH.search(norm)
        or not _BEFORE_LISTING.search(norm)
    ):
        return found
    named = markets_in_question(question)
    if len(named) != 1:
        return found
    head = t(
        "answers_deposit_market_amount",
        found.lang,
        name=market_label(get_market(named[0]), found.lang),
        amount=f"{deposit_for_market(named[0]):,}",
    )
    return dataclasses.replace(found, text=head + found.text)
