"""The ticket description's first line asked word for word: "What's the exact first line of the
ticket description…?", "工单描述第一行写什么", "问题描述开头那句怎么写".

The reply carries the line (rules.ticket.FIRST_LINE_TEMPLATE, 入驻云市场已缴纳保证金…元，请转财务)
inside the template, after the amount, the path and the assumptions; asked for that line, the
line itself comes first (fix32e). The knowledge entry's reply, which names no number of markets,
says which amount goes in for one market and for 零售通 (guide §2 step 6, SPEC 8).
"""

from __future__ import annotations

import re

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

# "第一行", "首行", "开头那句", "头一句", "first line", "opening line", "exact line".
_ASKS_LINE = lazy_compile(
    r"(第一|首|头一)(行|句)|开头(的|那|这)?(一)?(句|行)(话)?"
    r"|\b(first|opening|top|exact|1st) (line|sentence)\b|\bline (at|on) (the )?top\b"
)
# The lines after it asked ("除了第一句话，下面还要写哪几项", "what fields do I fill under the first
# line?"): the first line is the reference point, not what is asked.
_ASKS_BELOW_IT = lazy_compile(
    r"(除了|除开|除去)[^，,。？?]{0,8}(第一|首|开头|头一)"
    r"|(第一|首|头一)(行|句)(话)?(以外|之外|下面|后面|以下|之后|下边)"
    r"|\b(under|below|after|besides|apart from|other than|except|except for|beneath|beyond)"
    r" (the |that )?(first|opening|top|1st) (line|sentence)\b"
)
# The ticket's first line as the reply writes it, with its amount in 大写.
_FIRST_LINE = re.compile(r"入驻云市场已缴纳保证金[^\s，,。]+元，请转财务")
# Replies that already give the line by itself first.
_TICKET_TOPICS = ("computed.ticket", "process.ticket")


def with_line_first(question: str, found: Answer) -> Answer:
    """The ticket's first line itself first, when that line is what the question asks for."""
    if found.out_of_scope or found.topic not in _TICKET_TOPICS:
        return found
    norm = normalize(question)
    if not _ASKS_LINE.search(norm) or _ASKS_BELOW_IT.search(norm):
        return found
    line = _FIRST_LINE.search(found.text)
    if line is None or found.text.startswith(line.group(0)):
        return found
    key = (
        "answers_ticket_line_head"
        if found.topic == "computed.ticket"
        else "answers_ticket_line_any"
    )
    found.text = t(key, found.lang, line=line.group(0)) + "\n" + found.text
    return found
