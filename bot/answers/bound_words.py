"""The guide's bound words compared: "为啥零售通写“超过”，跟别的市场“不低于”有区别吗", "is 'more than'
different from 'no less than'?". SPEC decision 1 reads them by the Civil Code (art. 1259):
超过 / 不满 leave the number out, 不低于 / 不少于 / 以上 / 满 take it in — said first, with
零售通's own case (exactly 100万 or exactly one year is not enough there)."""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

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
    ):
        return None
    body = t("answers_bound_words", lang)
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


# "“20人以上”包括20吗", "does '20 or more' include exactly 20?": whether the bound takes its
# own number in.
_ASKS_INCLUDED = lazy_compile(
    r"(包括|包含|含|算上?)\s*(本数|\d+)\s*(个|人|年|万)?\s*(在内)?\s*(吗|么|嘛)|含不含|包不包括|包不包含"
    r"|\b(include|includes|including|count|counts|covers?)\b[^?.]{0,20}\b(exactly\s+)?\d+\b"
    r"|\binclusive\b"
)


def included_answer(question: str, lang: Lang) -> Answer | None:
    """包括 / Yes first when an inclusive bound (以上, 不低于, 不少于, 满, "or more") is asked
    whether it takes its own number in; 不包括 / No for 超过 ("more than"). None otherwise."""
    norm = normalize(question)
    if not _ASKS_INCLUDED.search(norm):
        return None
    inclusive, exclusive = _INCLUSIVE.search(norm), _EXCLUSIVE.search(norm)
    if bool(inclusive) == bool(exclusive):
        return None
    body = t("answers_bound_included" if inclusive else "answers_bound_excluded", lang)
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
