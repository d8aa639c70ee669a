"""The sub-step after a button clicked inside a joining step: "点了“加入合作伙伴”之后下一步要干嘛",
"点完立即加入以后做什么", "after clicking 'join as a partner', what do I do next?".

The buttons are read from the sub-steps' own text in rules/data/process.yaml ("单击查看详情…",
"Click 查看详情 (details) …"), so the reply is the next sub-step in the guide's order (or the
next step's first one), never the whole path from the home page again.
"""

from __future__ import annotations

from functools import cache

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS, Step, SubStep

# The button a sub-step clicks: "单击查看详情查看…", "单击立即加入加入该类市场", "单击提交。".
_CLICK_ZH = lazy_compile(r"单击([^，。、,\s]{2,8}?)(?=查看|加入该|所在行|。|，|$)")
# Its English gloss in the sub-step's translation: "Click 加入合作伙伴 (join as a partner)".
_CLICK_EN = lazy_compile(r"click [^\s(]+ \(([a-z][a-z ]{2,30})\)")
# The button said done: "点了X之后", "点完X以后", "after clicking X", "once I click X".
_DONE_THEN_NEXT_ZH = lazy_compile(
    r"(点了|点完|点击了|点击完|单击了|单击完|按了|点过)[^，,。？?]{0,20}(之后|以后|后)"
    r"[^。？?]{0,12}(下一步|接下来|然后|要干嘛|干嘛|做什么|干什么|该做|要做|怎么做|怎么办|去哪)"
    # "点了财务类的“提问”，接下来选什么": the click, a comma, then what comes next.
    r"|(点了|点完|点击了|点击完|单击了|单击完|按了|点过)[^。？?]{0,24}[，,]\s*"
    r"(下一步|接下来|然后|之后|再)[^。？?]{0,6}(选|点|做|干|填|怎么|要|该)"
)
_DONE_THEN_NEXT_EN = lazy_compile(
    r"\b(after|once|when) (i |we )?(click|clicked|clicking|press|pressed|pressing|hit|hitting)\b.{0,60}"
    r"\b(next|then|what (do|should|now))\b"
)


@cache
def _buttons() -> tuple[tuple[str, str, Step, int], ...]:
    """(Chinese button, English gloss, its step, its sub-step's index) in the guide's order."""
    found: list[tuple[str, str, Step, int]] = []
    for step in JOINING_STEPS:
        for index, sub in enumerate(step.substeps):
            zh = _CLICK_ZH.findall(sub.zh)
            en = _CLICK_EN.findall(sub.en.lower())
            for number, button in enumerate(zh):
                gloss = en[number] if number < len(en) else ""
                found.append((normalize(button), gloss.strip(), step, index))
    return tuple(found)


def following_substep(step: Step, index: int) -> tuple[Step, SubStep] | None:
    if index + 1 < len(step.substeps):
        return step, step.substeps[index + 1]
    later = [s for s in JOINING_STEPS if s.number == step.number + 1 and s.substeps]
    return (later[0], later[0].substeps[0]) if later else None


def substep_next_answer(question: str, lang: Lang) -> Answer | None:
    """The next sub-step after the one button the vendor says it clicked."""
    norm = normalize(question)
    if not (_DONE_THEN_NEXT_ZH.search(norm) or _DONE_THEN_NEXT_EN.search(norm)):
        return None
    named = [
        (button, step, index)
        for button, gloss, step, index in _buttons()
        if button in norm or (gloss and gloss in norm)
    ]
    if len({(step.number, index) for _, step, index in named}) != 1:
        return None
    button, step, index = named[0]
    following = following_substep(step, index)
    if following is None:
        return None
    next_step, sub = following
    body = t(
        "answers_substep_next",
        lang,
        button=button,
        number=next_step.number,
        label=sub.label,
        text=sub.en if lang == "en" else sub.zh,
    )
    source = source_line(sections()["process"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])
