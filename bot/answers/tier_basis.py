"""What a tier is matched on, asked against a single order: "佣金分档是按当月总额算，还是按单笔
订单金额算？", "Is the tier based on the month's total or on each order?".

The guide (§4 item 2) matches the tier on 各个类目当月的应结算订单实收现金交易总额: the month's
total in the category, never one order. That goes first; the reply's rule follows.
"""

from __future__ import annotations

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

_TIER_TOPICS = frozenset(
    {"commission.basis", "commission.tiers", "commission.overview", "computed.rate"}
)
# One order set against the month: 单笔 / 每笔 / 每单 / each order, and 当月 / month.
_ONE_ORDER = lazy_compile(
    r"单笔|每笔|每一笔|每单|每个订单|单个订单|一笔订单|单张订单"
    r"|\b(each|every|per|single|one|individual) (order|transaction|sale)s?\b"
)
_MONTH = lazy_compile(r"当月|每月|按月|一个月|月度|月总|\bmonth(ly|'s)?\b")
# The reply's first sentence (to the first full stop or line break, in either script).
_FIRST_SENTENCE = lazy_compile(r"[^。\n]*")
_TIER = lazy_compile(r"档|阶梯|\b(tier|tiers|bracket|brackets)\b")


def with_month_total_first(question: str, found: Answer) -> Answer:
    """The month's total in the category first, when the tier is asked to go by the month or
    by one order; unchanged when the reply already opens with the month."""
    if found.out_of_scope or found.topic not in _TIER_TOPICS:
        return found
    norm = normalize(question)
    if not (_ONE_ORDER.search(norm) and _MONTH.search(norm) and _TIER.search(norm)):
        return found
    # A market's rate line names the month in passing, never "not per order"; it gets the
    # basis first all the same.
    if found.topic != "computed.rate" and _MONTH.search(_FIRST_SENTENCE.match(found.text).group(0)):
        return found
    found.text = t("answers_tier_by_month_total", found.lang) + "\n" + found.text
    return found
