"""A month's turnover given in parts: "自营30万、分销8万", "180k direct sales plus 20k through
distribution".

The guide's tier is chosen by the category's whole month (seed §4, SPEC decision 9), and only
the part that is not distribution pays commission. A vendor who gives the two parts gives no
total: the total is their sum. Reading the first amount as the total (the old behaviour) put
"自营30万、分销8万" in tier 2 on 30万 and charged 22万; the right reading is 38万 for the tier
and 30万 charged.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from bot.answers.text import Mention, money_mentions, normalize
from bot.lazy_re import lazy_compile

Part = Literal["own", "distribution", "total"]

_DISTRIBUTION = lazy_compile(r"分销|代销|distribution|distributor|reseller|channel partner")
# The part that is not distribution: sold by the vendor itself.
_OWN = lazy_compile(
    r"自营|直销|直营|自售|自己卖|自卖|非分销|直接销售|官网|"
    r"\b(direct|own|self[- ]?operated|self[- ]?sold|non-?distribution|not through distribution)\b"
)
# A total stated as such: then the amounts are not parts and the usual reading applies.
_TOTAL = lazy_compile(
    r"总额|总共|合计|一共|总计|总流水|总交易|共计|其中|\b(total|in all|altogether|overall|of which)\b"
)
# Words that say a number is none of these ("没有分销" is no distribution part).
_NEGATED = lazy_compile(
    r"(没有|没|无|不含|不是|非)\s*(任何)?\s*(分销|代销)|\b(no|without)\s+distribution"
)


_SEPARATOR = lazy_compile(r"[,，、;；:：+＋]|\band\b|\bplus\b|加上|还有|另外")


def _label(span: str) -> Part | None:
    if _TOTAL.search(span):
        return "total"
    if _DISTRIBUTION.search(span) and not _NEGATED.search(span):
        return "distribution"
    if _OWN.search(span):
        return "own"
    return None


def _labels(converted: str, mentions: list[Mention]) -> list[Part | None]:
    """Each amount's part, read from the words on one side of it: Chinese puts the word first
    ("自营30万"), English usually after ("180k direct sales"). The side is chosen once, by
    whether the first amount has a word before it, so "300k own sales and 250k from
    distribution" does not give the second amount the first one's words."""
    # Each side is cut at the nearest separator, so a word belongs to one amount only.
    before = [
        _SEPARATOR.split(converted[(mentions[i - 1].end if i else 0) : m.start])[-1][-24:]
        for i, m in enumerate(mentions)
    ]
    after = [
        _SEPARATOR.split(
            converted[m.end : (mentions[i + 1].start if i + 1 < len(mentions) else len(converted))]
        )[0][:28]
        for i, m in enumerate(mentions)
    ]
    spans = before if _label(before[0]) is not None else after
    return [_label(span) for span in spans]


def amounts_in_parts(question: str) -> tuple[Decimal, Decimal] | None:
    """(month total, distribution part) when the question gives the month as an own-sales part
    and a distribution part (and at most their stated total); None otherwise (the caller reads
    it the usual way)."""
    converted, mentions = money_mentions(question)
    if len(mentions) < 2:
        return None
    labels = _labels(converted, mentions)
    if None in labels:
        return None
    own = [m.value for m, label in zip(mentions, labels, strict=True) if label == "own"]
    distribution = [
        m.value for m, label in zip(mentions, labels, strict=True) if label == "distribution"
    ]
    totals = [m.value for m, label in zip(mentions, labels, strict=True) if label == "total"]
    if not own or not distribution or len(totals) > 1:
        return None
    # "直销12万+分销9万，一共21万": both parts and their stated total; the month is the total
    # the vendor states (the parts' sum when only the parts are given).
    month = totals[0] if totals else sum(own, Decimal(0)) + sum(distribution, Decimal(0))
    return month, sum(distribution, Decimal(0))


# "是不是前20万按10%、后面按5%", "is only the part above 200k at 5%": the tier charged in brackets,
# which the guide's policy does not do (one tier's rate for the whole month, seed §4 item 2).
_PROGRESSIVE = lazy_compile(
    r"前\s*\d+(\.\d+)?\s*(万|w|k)?\s*(元)?\s*按|(超出|超过)[^，,。？?]{0,8}部分|分段|累进|后面(的)?按|剩下的?按|其余(的)?按"
    r"|\b(progressive(ly)?|marginal|brackets?|the (part|portion|amount) (above|over|beyond)"
    r"|first \d+\s*(k|w|万)? (at|is|are)|only the (part|portion|amount) (above|over))\b"
)


def asks_progressive(question: str) -> bool:
    return bool(_PROGRESSIVE.search(normalize(question)))
