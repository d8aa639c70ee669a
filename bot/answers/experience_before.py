"""Whether experience from before the company existed counts: "does experience before the
company was founded count? our founders did this for 5 years", "公司成立前创始人的经验算不算"
(black-box s76 D10: the licence-age table).

The guide asks for years of service experience in a market's field and says nothing of whose
experience or since when; that is said, and the case handed to staff.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market, market_label

_EXPERIENCE = lazy_compile(r"经验|(?<![a-z])experience(?![a-z])")
# Someone else's years, or years before the company: the founders', a former employer's.
_BEFORE_THE_COMPANY = lazy_compile(
    r"(?:公司)?成立(?:之)?前|注册(?:之)?前|创始人|老板(?:个人|之前)|个人(?:的)?经验|之前在(?:别的|其他)公司"
    r"|(?<![a-z])(?:before (?:the |our )?(?:company|firm|business) (?:was )?(?:founded|registered|set up"
    r"|existed|started)|founders?'?s?|co-?founders?|previous (?:company|employer|job)|personal experience"
    r"|prior to (?:founding|incorporation))(?![a-z])"
)
# Whether it counts, asked.
_COUNTS_ASKED = lazy_compile(
    r"算不算|算吗|能算|可以算|计入|认可|承认|有效吗"
    r"|(?<![a-z])(?:count|counts|counted|recogni[sz]ed|considered|accepted|valid)(?![a-z])"
)


def experience_before_answer(question: str, lang: Lang) -> Answer | None:
    """The guide's silence on whose experience counts; None unless that is asked."""
    norm = normalize(question)
    if not (
        _EXPERIENCE.search(norm) and _BEFORE_THE_COMPANY.search(norm) and _COUNTS_ASKED.search(norm)
    ):
        return None
    body = t("answers_experience_before_company", lang)
    for market_id in markets_in_question(question):
        # ("创始人之前做了5年安全，算不算安全市场的经验" — review 69 R5: the market's own figure
        # beside the note, never instead of it.)
        for condition in get_market(market_id).conditions:
            if condition.key == "experience_years":
                body += "\n" + t(
                    "label_value",
                    lang,
                    label=market_label(market_id, lang),
                    value=condition.summary_en if lang == "en" else condition.summary_zh,
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
