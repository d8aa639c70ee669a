"""Whether small customers' cases count: "物联网市场要有客户案例吗？小客户算不算" (holdout89 #57:
"需要" and the conditions, the second question never answered).

The guide asks for "有成功可追溯的知名客户案例" — cases with well-known (知名) customers — and never
says what counts as well-known. The reply quotes the line for the markets asking it, says the
guide does not define 知名, and hands the judgement to staff.
"""

from __future__ import annotations

import re

from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import MARKET_IDS, get_market, market_label

# (Customer cases by name: "in that case", "just in case" are none — review 59 R5.)
_CASES_NAMED = lazy_compile(
    r"案例|\b(customer|client) (cases?|references?)\b|\bcase stud(y|ies)\b"
    r"|\bcases\b"
)
# The customers of the cases small or unknown (never the vendor itself: "我们是小公司").
_SMALL_CUSTOMERS = lazy_compile(
    r"小客户|(客户|案例)[^，,。？?]{0,8}(小公司|小企业|中小企业|不知名|没名气|不出名|不太有名)"
    r"|(小公司|小企业|中小企业|不知名|没名气)的?(客户|案例)"
    r"|\b(small|smaller|little[- ]known|unknown|not (well[- ])?known|not famous|local)"
    r"\s+(customers?|clients?)\b"
)
_LACK_STATED = lazy_compile(
    r"(没有|还没有|暂时没有|缺|无)(任何)?(知名)?(的)?(客户)?案例|没有知名"
    r"|\b(no|don't have|do not have|lack|without)( any)? (well[- ]known |notable |famous )?"
    r"(customer |client )?(cases?|references?)\b"
)
# How many cases asked: the count the guide does not give is another answer's.
_HOW_MANY = lazy_compile(r"几个|多少个|多少|\bhow many\b")
_KEY = "customer_cases"
# Whether cases are required at all ("要有客户案例吗"), or only whether these count.
_REQUIRED_ASKED = lazy_compile(r"要有|需要|必须|一定要|\b(required|need|needed|must)\b")
_COUNTS_ASKED = lazy_compile(r"算|\b(count|counts|qualify)\b")


def known_cases_answer(question: str, lang: Lang) -> Answer | None:
    """The line, and that the guide does not define 知名; None unless cases and customers that
    may not be well-known are both named."""
    norm = normalize(question)
    if not (_CASES_NAMED.search(norm) and _SMALL_CUSTOMERS.search(norm)):
        return None
    if _HOW_MANY.search(norm) or _LACK_STATED.search(norm):
        # ("我们没有知名客户案例，只有几家中小客户，…能进吗": the lack is stated — a verdict.)
        return None
    asking = [m for m in MARKET_IDS if any(c.key == _KEY for c in get_market(m).conditions)]
    said = markets_in_question(question)
    if any(m not in asking for m in said):
        # "API市场需要客户案例吗？我们客户都是小企业": a market without the condition — its
        # own answer (不需要) is the reply's.
        return None
    markets = said or asking
    seed = next(c.seed_text for c in get_market(markets[0]).conditions if c.key == _KEY)
    # "要有客户案例吗？小客户算不算": required is asked first, then whether these count.
    first = re.split(r"[?？,，。]", norm, maxsplit=1)[0]
    needed = bool(_REQUIRED_ASKED.search(first)) and not _COUNTS_ASKED.search(first)
    body = t(
        "answers_known_cases",
        lang,
        head=t("answers_known_cases_needed" if needed else "answers_known_cases_unsure", lang),
        markets=t("answers_market_list_separator", lang).join(
            market_label(market, lang) for market in markets
        ),
        seed=seed,
    )
    # Call-time: bot.answers.computed imports this package's modules.
    from bot.answers.computed import conditions_answer

    source = conditions_answer(markets[0], lang).source or ""
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
