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

_HOW_COUNTED = lazy_compile(
    r"(?:营业执照|执照|成立)[^，,。？?]{0,8}(?:满|年限)[^，,。？?]{0,6}(?:是)?(?:怎么|如何|咋)(?:算|计算|计|界定|判断)"
    r"|(?:怎么|如何|咋)(?:算|计算|判断)(?:是否)?(?:营业执照|执照)?满[一两二12]年"
    r"|(?<![a-z])how (?:is|are|do you|does the guide|do they) (?:the )?[^?]{0,40}?"
    r"(?:licen[cs]e|incorporation)[^?]{0,20}?(?:counted|calculated|measured|determined|computed|count|calculate)"
)


def licence_age_rule_answer(question: str, lang: Lang) -> Answer | None:
    """How the licence's years are counted; None unless that is asked."""
    if not _HOW_COUNTED.search(normalize(question)):
        return None
    source = source_line(sections()["conditions"], None, lang)
    return Answer(
        with_source(t("answers_licence_age_rule", lang), source, lang),
        lang,
        True,
        "computed.conditions",
        source,
        [],
    )
