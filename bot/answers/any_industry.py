"""A market asked to be open to any industry: "Does the Solutions market accept companies from
any industry?", "解决方案市场什么行业的公司都能进吗", "是不是所有行业都可以入驻解决方案市场".

A market whose conditions name the industries it is open to (a one_of condition in
rules/data/markets.yaml) answers 不是 / No first, then the industries.
"""

from __future__ import annotations

from bot.answers import computed, verdicts
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market

# Any industry at all: 任何行业, 什么行业都, 所有行业, 不限行业, "any industry", "all sectors".
_ANY_INDUSTRY = lazy_compile(
    r"(任何|任意|所有|全部|各个|各种)(的)?(行业|领域)|(什么|哪个|哪些|啥)(行业|领域)(的)?(公司|企业)?(都|均)"
    r"|各行各业|不限(制)?行业|行业不限"
    r"|\b(any|all|every|whatever|every kind of) (industry|industries|sector|sectors|vertical|verticals)\b"
    r"|\bregardless of (the )?(industry|sector)\b|\b(industry|sector)[- ]agnostic\b"
)
_INDUSTRY_KEY = "industry"
# "医疗在不在里面？", "is healthcare among them?": 在 / 不在 asked.
_ASKS_IN = lazy_compile(
    r"在不在|在(里面|其中|里头|列表里|名单里)(吗|么|嘛)|包(不)?括(在内)?(吗|么|嘛)?|包不包括"
    r"|\b(among them|on the list|in the list|included)\b"
)


def any_industry_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """不是 / No first when the one market named is open to some industries only."""
    if len(markets) != 1 or not _ANY_INDUSTRY.search(normalize(question)):
        return None
    market = get_market(markets[0])
    if not any(c.key == _INDUSTRY_KEY and c.check == "one_of" for c in market.conditions):
        return None
    found = computed.conditions_answer(markets[0], lang, (_INDUSTRY_KEY,))
    # "…不是所有行业都收…医疗在不在里面？": the vendor's own industry asked — in or not first.
    named = verdicts.industry_asked(normalize(question))
    if named is not None:
        asked_in = _ASKS_IN.search(normalize(question)) is not None
        key = {
            ("has", False): "answers_echo_industry_yes",
            ("lacks", False): "answers_echo_industry_no",
            ("has", True): "answers_industry_in",
            ("lacks", True): "answers_industry_not_in",
        }[(named, asked_in)]
        found.text = t(key, lang) + "\n" + found.text
        return found
    found.text = t("answers_not_any_industry", lang) + found.text
    return found
