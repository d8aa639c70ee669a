"""Whether 零售通's head count is the other markets' 20-person team: "零售通员工人数要求是多少？
跟其他市场那个20人团队是一回事吗" (holdout89 #138: "是的，指的是同一个" and the staff contacts).

It is not: 零售通 counts the company's employees (不少于4人) with a dedicated operations contact
and DingTalk; the other markets count the technical and customer-service team (20人以上) and ask
for the social-insurance statement. Both lines come from the markets' data, quoted.
"""

from __future__ import annotations

from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market, market_label

_SAME_ASKED = lazy_compile(
    r"一回事|同一个|同一回事|一样吗|一样不|是一样的|相同吗|等同|就是那个|指的是"
    r"|\b(the same( thing)?|same as|identical|equivalent)\b"
)
# The other markets' team named: "20人团队", "技术及客服团队", "the 20-person team".
_TEAM_NAMED = lazy_compile(
    r"20\s*人|二十人|技术及客服|技术和客服|客服团队|\b(20[- ]?(person|people|staff)|team of 20"
    r"|tech(nical)? and (customer[- ]service|support) team)\b"
)
# 零售通's count named: "零售通员工人数", "4人", "Retail Link's headcount".
_EMPLOYEES_NAMED = lazy_compile(r"员工|4\s*人|四人|\b(employees?|headcount|head count|4 people)\b")


def headcount_kinds_answer(question: str, lang: Lang) -> Answer | None:
    """不是 / No, with both conditions quoted; None unless 零售通's count and the other markets'
    team are both named and asked to be the same."""
    norm = normalize(question)
    if not (_SAME_ASKED.search(norm) and _TEAM_NAMED.search(norm)):
        return None
    if "retail_link" not in markets_in_question(question) or not _EMPLOYEES_NAMED.search(norm):
        return None
    retail = next(c for c in get_market("retail_link").conditions if c.key == "employees")
    team_markets = [
        market
        for market in MARKET_IDS
        if any(c.key == "team_size" for c in get_market(market).conditions)
    ]
    team = next(c for c in get_market(team_markets[0]).conditions if c.key == "team_size")
    body = t(
        "answers_headcount_kinds",
        lang,
        retail=market_label("retail_link", lang),
        employees=retail.threshold,
        retail_seed=retail.seed_text,
        team=team.threshold,
        team_seed=team.seed_text,
        count=len(team_markets),
    )
    # Call-time: bot.answers.computed imports this package's modules.
    from bot.answers.computed import conditions_answer

    source = t("answers_source_separator", lang).join(
        conditions_answer(market, lang).source or "" for market in ("retail_link", team_markets[0])
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
