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


def given_fields(question: str) -> dict[str, str]:
    """The ticket fields the question gives by label, each value as written."""
    labels = sorted(
        ((label, name) for name, names in PASTED_LABELS.items() for label in names),
        key=lambda item: len(item[0]),
        reverse=True,
    )
    found: dict[str, str] = {}
    for piece in _PIECE.split(question):
        piece = piece.strip()
        # "帮我拟一下保证金工单：安全市场" is no field; the label must start the piece.
        for label, name in labels:
            match = re.match(re.escape(label) + r"\s*[：:]?\s*(\S.*)$", piece, re.IGNORECASE)
            if match and name not in found:
                found[name] = match.group(1).strip()
                break
    return found
