"""A vendor's own run of the ticket's clicks, asked to be confirmed: "工单系统 → 财务类点提问 →
资金管理 → 创建工单 → 按模板填问题描述。对吧？中间有没有漏".

The reply restated step 6 and left the vendor to compare the two lists; 对 / Right first when
the clicks the vendor lists are the guide's, in the guide's order, with nothing of it left out.
"""

from __future__ import annotations

import dataclasses

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

_TICKET_TOPIC = "process.ticket"
# Confirmation asked: "对吧", "对不对", "是这样吗", "right?", "is that correct?".
_ASKS_CONFIRM = lazy_compile(
    r"对吧|对不对|是不是这样|是这样吗|没错吧|有没有漏|漏了什么|\b(right|correct)\s*\?|\bdid i miss\b"
)
# The guide's clicks of step 6, in order, each by its words in either language.
_CLICKS = (
    lazy_compile(r"工单系统|\bticket system\b"),
    lazy_compile(r"财务类|\bfinance\b"),
    lazy_compile(r"提问|\bask\b"),
    lazy_compile(r"资金管理|\bfund management\b"),
    lazy_compile(r"创建工单|\bcreate (a |the )?ticket\b"),
)


def with_path_confirmed(question: str, found: Answer) -> Answer:
    """`found` with 对 / Right first when the vendor lists step 6's clicks in order."""
    if found.out_of_scope or found.topic != _TICKET_TOPIC:
        return found
    norm = normalize(question)
    if not _ASKS_CONFIRM.search(norm):
        return found
    positions = [click.search(norm) for click in _CLICKS]
    if not all(positions):
        return found
    starts = [match.start() for match in positions if match]
    if starts != sorted(starts):
        return found
    head = t("answers_ticket_path_confirmed", found.lang)
    return dataclasses.replace(found, text=head + found.text)
