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

# A value the vendor says is still to come, and the verb that brings it, in one clause.
_LATER = lazy_compile(
    r"下个?月|下周|明年|下半年|年底前?|将来|才(?=上|有|开|招|增|做)"
    r"|(?<![a-z])(will|going to|next (week|month|year|quarter)|by the end of)(?![a-z])"
)
_BRINGS = lazy_compile(
    r"增资|增加|扩招|扩到|扩大到|招|补齐|上线|推出|升级|开通|会有|才上|才有"
    r"|(?<![a-z])(increas|rais|add|hir|grow|launch|roll|introduc|upgrad|switch|start|get|have|offer)"
)
# A plan to join or a supposition is no value still to come ("we plan to join … and we have
# 7x24", "if we have 7x24" — review 63 R4).
_NOT_OF_THE_VALUE = lazy_compile(
    r"入驻|申请|加入|如果|假如|要是|假设|(?<![a-z])(join|apply|applying|if|suppose|supposing)(?![a-z])"
)
_CLAUSES = lazy_compile(r"[，,。.;；!！?？]")
# The heads of a met verdict ("这一项满足。", "Yes, on this point.").
_MET_HEADS = (
    "answers.threshold_met_one",
    "answers.threshold_met_several",
    "answers_verdict_met_head",
)


def _to_come(norm: str) -> bool:
    return any(
        _LATER.search(clause) and _BRINGS.search(clause) and not _NOT_OF_THE_VALUE.search(clause)
        for clause in _CLAUSES.split(norm)
    )


def with_value_to_come(question: str, found: Answer) -> Answer:
    """`found` with "not yet — once it is in place" for its met head when the question's value
    is still to come; else `found` unchanged."""
    norm = normalize(question)
    if found.out_of_scope or not _to_come(norm):
        return found
    for key in _MET_HEADS:
        head = t(key, found.lang)
        if found.text.startswith(head):
            body = found.text[len(head) :].lstrip(" ")
            note = t("answers_met_once_in_place", found.lang)
            return dataclasses.replace(found, text=note + body)
    stated_yes = t("answers_stated_focus_yes", found.lang, name="\x00", items="").split("\x00")[0]
    if found.text.startswith(stated_yes):
        # ("我们年底前会有7x24售后，安全市场这条算满足吗" — review 63 N1: "满足：按您说的".)
        line_end = found.text.find("\n")
        body = found.text[line_end + 1 :] if line_end >= 0 else ""
        return dataclasses.replace(
            found, text=t("answers_met_once_in_place", found.lang) + "\n" + body
        )
    return found
