"""A condition met in more than one way, one way asked as if it were a must: "数据智能市场一定要有
SaaS？我们只有大数据解决方案", "does Data Intelligence have to be SaaS?".

The condition's own wording lists its alternatives ("能提供大数据相关的应用服务、SaaS服务或解决方案",
rules/data/markets.yaml): the reply opens with 不一定 / Not necessarily — any one of them meets
it — and, when the vendor says which one it has, that this one meets the condition.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import Condition, get_market, market_label

# One way asked as a must: "一定要有SaaS", "必须是SaaS吗", "是不是非得做SaaS", "have to be SaaS".
_MUST = lazy_compile(
    r"一定要|一定得|必须|非得|非要|只能|是不是要|是不是得|只接受"
    r"|\b(must (we|it|i|they|our \w+) (be|have|offer|do)|(do|does) (we|i|it) (have|need) to (be|have|offer|do)"
    r"|has to be|have to be|needs to be|need to be)\b"
)
# Where the alternatives of a summary part: "应用服务、SaaS 服务或解决方案", "applications, SaaS or
# solutions".
_SPLIT_ZH = lazy_compile(r"、|或")
# What a way is recognised by in a question: its distinctive word ("SaaS", "解决方案", "应用").
_KEY_WORD = lazy_compile(r"saas|解决方案|应用|软件|solutions?|applications?|apps?", flags=2)
_OR = "或"
_EXAMPLES = "不限于"
# A way named in English, as the Chinese summary names it.
_ENGLISH_WAYS = {
    "solution": "解决方案", "solutions": "解决方案", "application": "应用",
    "applications": "应用", "app": "应用", "apps": "应用",
}  # fmt: skip
_CLAUSE_END = lazy_compile(r"[？?，,。.;；!！]")
# The vendor's own way: "我们只有大数据解决方案", "we only have a solution".
_OWN = lazy_compile(
    r"(只有|只做|只提供|我们是|我们做的?是|we only (?:have|do|offer|sell)|we have only)(?P<own>.{0,20})"
)


def _ways(condition: Condition) -> list[str]:
    """The alternatives' distinctive words, from the Chinese summary; none unless the guide
    joins them with 或 ("应用服务、SaaS服务或解决方案") — "包括，但不限于联合解决方案、SaaS化上云改造等"
    lists examples of work required, no choice."""
    if _OR not in condition.seed_text or _EXAMPLES in condition.seed_text:
        return []
    words = []
    for part in _SPLIT_ZH.split(condition.summary_zh):
        found = _KEY_WORD.search(part)
        if found:
            words.append(found.group(0).lower())
    return words if len(words) > 1 else []


def _named(text: str, ways: list[str]) -> list[str]:
    norm = normalize(text).lower()
    named = {
        _ENGLISH_WAYS.get(m.group(0).lower(), m.group(0).lower()) for m in _KEY_WORD.finditer(norm)
    }
    return [way for way in ways if way in named]


def alternatives_answer(question: str, lang: Lang) -> Answer | None:
    """不一定 first when one alternative of a market's condition is asked as a must."""
    norm = normalize(question)
    must = _MUST.search(norm)
    if must is None:
        return None
    for market_id in markets_in_question(question):
        market = get_market(market_id)
        for condition in market.conditions:
            ways = _ways(condition)
            clause = _CLAUSE_END.split(norm[must.start() :], maxsplit=1)[0]
            asked = _named(clause, ways)
            if not ways or len(asked) != 1:
                # ("是不是要完成联合解决方案或SaaS化上云改造": the condition itself, every way.)
                continue
            own = _OWN.search(norm)
            owned = [w for w in _named(own.group(0), ways) if w not in asked] if own else []
            name = market_label(market, lang)
            summary = condition.summary_en if lang == "en" else condition.summary_zh
            body = t("answers_alternatives_any", lang, name=name, summary=summary)
            if owned:
                body += t(
                    "answers_alternatives_own",
                    lang,
                    own=own.group("own").strip(" ，,。.") if own else "",
                )
            body += "\n" + t("answers_alternatives_quote", lang, quote=condition.quote(lang))
            source = source_line(sections()["conditions"], market_label(market, lang), lang)
            return Answer(
                with_source(body, source, lang), lang, True, "computed.conditions", source, []
            )
    return None
