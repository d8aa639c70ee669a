"""A story told in brackets before the question: "After quite a journey (our consultancy has
been around since 2003 and this is our first marketplace listing), we just signed …". The aside
asks nothing and gives no figure the guide judges (a founding year at most), yet its words
("listing") name joining steps and topics of their own; the question is read without it.
"""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile

# An aside in brackets: six words or more, no question mark, no nested bracket.
_ASIDE = lazy_compile(r"\s*\((?P<inside>[^()?？]{20,})\)")
_WORD = lazy_compile(r"[A-Za-z]+")
# Figures an aside may hold without being data: years only.
_NOT_A_YEAR = lazy_compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d+")


# Words of a fact the guide judges or computes with: an aside holding one is kept
# ("(we can provide the social insurance statement)").
_FACT = lazy_compile(
    r"\b(social insurance|statement|licen[cs]e|capital|team|staff|employees|support|service"
    r"|experience|agreements?|acp|certifi\w*|dingtalk|account|deposit|commission|rate|tier"
    r"|distribution|markets?|industry|orders?|sales|revenue|customers?|cases?)\b",
    re.IGNORECASE,
)


def without_asides(message: str) -> str:
    """`message` without English asides in brackets that hold no figure but a year."""

    def drop(match) -> str:  # type: ignore[no-untyped-def]
        inside = match.group("inside")
        if len(_WORD.findall(inside)) < 6 or _NOT_A_YEAR.search(inside) or _FACT.search(inside):
            return match.group(0)
        return ""

    return _ASIDE.sub(drop, message)


# Asking for detail ("一步步说下 别跳", "step by step"): how to answer, not the joining process.
_DETAIL_WANTED = lazy_compile(
    r"(一步步|一步一步|一步一步地|详细|仔细)(地|的)?(说|讲|告诉|写|列)(一?下|清楚|出来)?(吧|呗)?"
    r"|别跳(步|过)?|不要跳(步|过)?|\b(step[- ]by[- ]step|in detail|one step at a time)\b"
)


def without_detail_wanted(message: str) -> str:
    """`message` without a request for detail, when something else is asked beside it."""
    stripped = _DETAIL_WANTED.sub(" ", message)
    return stripped if stripped.strip(" ，,。.!！?？") else message
