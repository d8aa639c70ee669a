"""How a licence's age is counted: "营业执照满两年是怎么算的", "how is the 2 years of business
license counted?" (black-box s76 D23: answered as if the vendor had two years).

The guide only says 营业执照需要满N年; the check counts whole calendar years from the licence's
date to the day of the check (SPEC decision 2) — said as this tool's reading, the review being
the Marketplace's.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import all_markets, market_label

_HOW_COUNTED = lazy_compile(
    r"(?:营业执照|执照|成立时间|成立)[^，,。？?]{0,8}(?:满|年限|超过)[^，,。？?]{0,6}(?:是)?(?:怎么|如何|咋)"
    r"(?:算|计算|计|界定|判断)"
    r"|(?:怎么|如何|咋)(?:算|计算|判断)(?:是否)?(?:营业执照|执照)?满[一两二12]年"
    # ("How are software license sales counted toward the commission tier?" — review 68 R5: a
    # business licence's age only.)
    r"|(?<![a-z])how (?:is|are|do you|does the guide|do they) (?:the )?[^?]{0,30}?"
    r"(?:business licen[cs]e|licen[cs]e age|licen[cs]e'?s? age|licen[cs]e years|years of (?:the |our )?licen[cs]e"
    r"|company age|years since (?:founding|incorporation))"
    r"[^?]{0,20}?(?:counted|calculated|measured|determined|computed|count|calculate)"
)
# A date or a month given: the check on it answers (review 68 R6), not the rule alone.
_DATE_GIVEN = lazy_compile(
    r"(?:19|20)\d\d\s*[年/.-]|\d{1,2}\s*月|(?<![a-z])(?:in|since|from|dated|on) (?:[a-z]+ )?(?:19|20)\d\d"
    r"|(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?(?:19|20)\d\d"
)
# (Never 销售 alone: "我们是做软件销售的" says what the vendor does — review 69 R10.)
_COMMISSION_WORDS = lazy_compile(r"佣金|档位|第.档|交易额|(?<![a-z])(?:commission|tier)(?![a-z])")


def licence_age_rule_answer(question: str, lang: Lang) -> Answer | None:
    """How the licence's years are counted; None unless that is asked."""
    norm = normalize(question)
    if not _HOW_COUNTED.search(norm) or _DATE_GIVEN.search(norm) or _COMMISSION_WORDS.search(norm):
        return None
    body = t("answers_licence_age_rule", lang)
    for market in all_markets():
        for condition in market.conditions:
            if condition.check == "years_more_than":
                # 零售通's "企业成立时间超过1年以上": more than, so exactly that is not enough
                # (review 68 R6; SPEC decision 1).
                body += t(
                    "answers_licence_more_than_note",
                    lang,
                    name=market_label(market, lang),
                    summary=condition.summary_en if lang == "en" else condition.summary_zh,
                )
    source = source_line(sections()["conditions"], None, lang)
    return Answer(
        with_source(body, source, lang),
        lang,
        True,
        "computed.conditions",
        source,
        [],
    )
