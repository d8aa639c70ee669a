"""The month an order counts in, when the question gives its settlement day: "9月30号下单、10月2号
结算的订单，算9月还是10月？" → 10月 first (an order counts in the month it is settled). The month
is the question's own; no example date is ever made up (the guide gives none).
"""

from __future__ import annotations

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

TOPIC = "commission.month"
# The months by name, January first (bot/answers/bare_month.py reads them too).
MONTHS_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# "10月2号结算", "10月2日结算的订单": the settlement day's month.
_SETTLED_ZH = lazy_compile(r"(?<!\d)(\d{1,2})\s*月\s*\d{0,2}\s*[日号]?[^，,。；;？?\d]{0,4}结算")
# "settled on 3 April", "settled on April 3rd", "settled in April".
_SETTLED_EN = lazy_compile(
    r"\bsettled (?:on |in )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)


def with_settled_month(question: str, found: Answer) -> Answer:
    """The settlement month named first, when the order-month rule answers a dated order."""
    if found.topic != TOPIC or found.out_of_scope:
        return found
    norm = normalize(question)
    zh = _SETTLED_ZH.search(norm)
    if zh is not None and 1 <= int(zh.group(1)) <= 12:
        found.text = t("answers_settled_month_head", found.lang, month=zh.group(1)) + found.text
        return found
    en = _SETTLED_EN.search(norm)
    if en is not None:
        month = next(m for m in MONTHS_EN if m.startswith(en.group(1)))
        head = t("answers_settled_month_head_en", found.lang, month=month.capitalize())
        found.text = head + found.text
    return found
