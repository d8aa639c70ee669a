"""A condition met only by a value the vendor will have later: "we are launching 24/7 support
next month, does that count for security market?", "我们下个月才上7x24售后，现在申请安全市场算不算"
(black-box s72 D6: "Yes, on this point" — as if it were met today).

The guide's conditions are what the vendor has ("提供7*24小时售后技术服务"): a value still to come
is not met yet. The verdict's lines stay (the value itself meets the rule), the head says when.
"""

from __future__ import annotations

import dataclasses

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

# A value the vendor says is still to come, and the verb that brings it.
_LATER = lazy_compile(
    r"下个?月|下周|明年|下半年|年底前?|将来|计划|打算|才(?=上|有|开|招|增|做)"
    r"|(?<![a-z])(will|going to|plan(ning)? to|are about to|next (week|month|year|quarter)|soon)(?![a-z])"
)
_BRINGS = lazy_compile(
    r"增资|增加|扩招|招|补齐|上线|推出|升级|开通|上|做"
    r"|(?<![a-z])(increas|rais|add|hir|grow|launch|roll|introduc|upgrad|switch|start|get|have|offer)"
)
# The heads of a met verdict ("这一项满足。", "Yes, on this point.").
_MET_HEADS = (
    "answers.threshold_met_one",
    "answers.threshold_met_several",
    "answers_verdict_met_head",
)


def with_value_to_come(question: str, found: Answer) -> Answer:
    """`found` with "not yet — once it is in place" for its met head when the question's value
    is still to come; else `found` unchanged."""
    norm = normalize(question)
    if found.out_of_scope or not _LATER.search(norm) or not _BRINGS.search(norm):
        return found
    for key in _MET_HEADS:
        head = t(key, found.lang)
        if found.text.startswith(head):
            body = found.text[len(head) :].lstrip(" ")
            note = t("answers_met_once_in_place", found.lang)
            return dataclasses.replace(found, text=note + body)
    return found
