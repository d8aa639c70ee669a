"""The vendor's own wording proposed for the ticket's description: "直接写“已交保证金”行不行",
"can we just write 'deposit paid'?". The guide fixes the description's format (§2 step 6: 入驻云市场
已缴纳保证金…元，请转财务, then the account, company, address, contact and phone lines), so the
proposal is not enough: 不行 / No first, then the description for the markets named (or the
format when none is).
"""

from __future__ import annotations

import dataclasses

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# Words written in quotes, proposed as what to write ("直接写“已交保证金”", "just write 'paid'").
_PROPOSED = lazy_compile(
    r"(写|填|填写|就写|只写|直接写)\s*[“\"'‘「]([^”\"'’」]{1,30})[”\"'’」]"
    r"|\b(write|put|enter|type)\s+(just\s+)?[\"'“‘]([^\"'”’]{1,40})[\"'”’]"
)
# Asked whether it will do.
_WILL_DO = lazy_compile(
    r"行不行|行吗|可以吗|可不可以|能不能|够吗|就行|就可以|没问题吧"
    r"|\b(ok|okay|enough|fine|acceptable|will (that|it) do|is that fine)\b|\?$"
)
# The guide's own first line quoted (rules.ticket.FIRST_LINE_TEMPLATE's fixed words).
_THE_FORMAT = lazy_compile(r"已缴纳保证金.{1,12}请转财务|入驻云市场")
_TICKET = lazy_compile(r"工单|问题描述|描述|\b(ticket|description)\b")


def proposes_wording(question: str) -> bool:
    """The vendor proposes its own words for the ticket and asks whether they will do."""
    norm = normalize(question)
    proposed = _PROPOSED.search(question)
    return bool(
        proposed
        and _WILL_DO.search(norm)
        and _TICKET.search(norm)
        and not _THE_FORMAT.search(proposed.group(0))
    )


def proposed_wording_answer(question: str, lang: Lang, generic: Answer) -> Answer | None:
    """不行 / No first, then the fixed description (for the markets named, else `generic`, the
    step's own format); None unless the vendor proposes its own words for the ticket and asks
    whether they will do."""
    from bot.answers.computed import ticket_text_answer

    norm = normalize(question)
    proposed = _PROPOSED.search(question)
    if not (proposed and _WILL_DO.search(norm) and _TICKET.search(norm)):
        return None
    if _THE_FORMAT.search(proposed.group(0)):
        # "写“入驻云市场已缴纳保证金叁万元，请转财务”对吗": the format itself, checked elsewhere.
        return None
    markets = markets_in_question(question)
    found = ticket_text_answer(markets, lang) if markets else generic
    return dataclasses.replace(found, text=t("answers_ticket_wording_no", lang) + "\n" + found.text)
