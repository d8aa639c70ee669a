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


# A story of the company's own: "our consultancy has been around since 2003".
_STORY = lazy_compile(r"\b(we|our|us)\b|\b(19|20)\d\d\b", re.IGNORECASE)


def without_asides(message: str) -> str:
    """`message` without English asides in brackets that hold no figure but a year."""

    def drop(match) -> str:  # type: ignore[no-untyped-def]
        inside = match.group("inside")
        if (
            len(_WORD.findall(inside)) < 6
            or _NOT_A_YEAR.search(inside)
            or _FACT.search(inside)
            or not _STORY.search(inside)
        ):
            return match.group(0)
        return ""

    return _PAST_LINE.sub("", _ASIDE.sub(drop, message))


# "(before that we did web dev for 5 years)", "（之前做了5年网站开发）": the line of business the
# company did before, in brackets — its years are no experience of the line asked about.
_PAST_LINE = lazy_compile(
    r"\s*[(（]\s*(?:before that|previously|prior to that|earlier|before|之前|以前|此前|原来|早先)"
    r"[^()（）?？]*[)）]",
    re.IGNORECASE,
)


# Asking for detail ("一步步说下 别跳", "step by step"): how to answer, not the joining process.
_DETAIL_WANTED = lazy_compile(
    r"(一步步|一步一步|一步一步地|详细|仔细)(地|的)?(说|讲|告诉|写|列)(一?下|清楚|出来)?(吧|呗)?"
    r"|别跳(步|过)?|不要跳(步|过)?|\b(step[- ]by[- ]step|in detail|one step at a time)\b"
)


def without_detail_wanted(message: str) -> str:
    """`message` without a request for detail, when something else is asked beside it."""
    stripped = _DETAIL_WANTED.sub(" ", message)
    return stripped if stripped.strip(" ，,。.!！?？") else message


# A table row: "| API市场 | 300,000 |", "数据智能 | 150,000".
_ROW = lazy_compile(r"^\s*\|?\s*(?P<first>[^|\n]+?)\s*\|\s*(?P<second>[^|\n]+?)\s*\|?\s*$")
_RULE_ROW = lazy_compile(r"^\s*\|?\s*:?-{2,}")


def market_table_inline(message: str) -> str:
    """A table of one amount per market ("| category | amount |" then a row per market) as one
    line, "API市场 300,000, 数据智能 150,000, …": each category is then tiered on its own (the
    order-list reader would add the rows up as one market's orders)."""
    from bot.answers.names import markets_in_question
    from bot.answers.text import money_mentions

    lines = message.splitlines()
    rows: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        if _RULE_ROW.match(line):
            rows.append((number, ""))
            continue
        row = _ROW.match(line)
        if row is None:
            continue
        first, second = row.group("first"), row.group("second")
        if len(markets_in_question(first)) == 1 and len(money_mentions(second)[1]) == 1:
            rows.append((number, f"{first} {second}"))
        elif not money_mentions(line)[1] and not markets_in_question(line):
            rows.append((number, ""))  # the header: "category | amount"
        else:
            return message
    named = [text for _, text in rows if text]
    if len(named) < 2:
        return message
    taken = {number for number, _ in rows}
    first_row = min(taken)
    kept = [line for number, line in enumerate(lines) if number not in taken or number == first_row]
    kept[kept.index(lines[first_row])] = ", ".join(named) + "."
    return "\n".join(kept)
