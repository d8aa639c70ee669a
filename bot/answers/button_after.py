"""The button to click after something done inside a joining step, named by what was done rather
than by a button: "看完市场介绍和入驻要求后要点哪个按钮", "选好市场之后点什么", "after reading the
market's details, which button do I click?".

The sub-step done is the one of rules/data/process.yaml whose own text shares the most with what
the vendor says it did; the reply opens with the next sub-step's button, then that sub-step.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.substep_next import following_substep
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS

# Which button is asked: "点哪个按钮", "要点什么", "which button", "what do I click".
_ASKS_BUTTON = lazy_compile(
    r"(点|单击|按)(哪个|哪一个|什么|啥)|哪个按钮|什么按钮"
    r"|\bwhich button\b|\bwhat (do|should) (i|we) (click|press|hit)\b|\bwhere do (i|we) click\b"
    r"|\bwhat (do|should) (i|we) (click|press|hit) next\b|\bwhat('s| is) (the )?next (click|button)\b"
)
# What was done, said before the question: "I picked the market and read the details. What do
# I click next?" (dev47 #123).
_DONE_SAID_EN = lazy_compile(
    r"\b(?:i|we)\b(?:'ve| have)?((?:[^.?]{0,30}\b)(?:read|viewed|checked|picked|chose|selected|filled"
    r"|opened|ticked)\b[^.?]{3,60}?)[.,;]"
)
# What was done, up to its "after" ("看完…后", "after reading …").
_DONE_ZH = lazy_compile(
    r"(看完|读完|浏览完|看了|读了|选好|选完|选了|填完|填好|勾选)(.{2,30}?)(之后|以后|后)"
)
# What was done, said object first: "市场选好了，介绍和入驻要求也看完了，接下来点哪个按钮".
_DONE_CLAUSE_ZH = lazy_compile(
    r"[^，。,;；！!？?]{1,30}?(看完|读完|浏览完|选好|选完|填完|填好|勾选好)了"
)
_DONE_EN = lazy_compile(
    r"\b(after|once) ((reading|viewing|choosing|picking|selecting|filling|opening)\b.{3,60}?)[,?]"
)
# Buttons in the sub-step's text: "单击立即加入加入该类市场" → 立即加入; "Click 立即加入 (join now)".
_BUTTON_ZH = lazy_compile(r"单击([^，。、,\s]{2,8}?)(?=查看|加入该|所在行|。|，|$)")
_BUTTON_EN = lazy_compile(r"[Cc]lick ([^\s(]+ \([^)]*\))")
_COMMON_ZH = frozenset({"市场"})
_WORD_EN = lazy_compile(r"[a-z]{4,}")
# Words every sub-step shares, which say nothing of which one was done.
_COMMON_EN = frozenset({"market", "marketplace", "click", "that", "with", "page", "after"})


def _overlap(done: str, text: str, lang: Lang) -> int:
    if lang == "en":
        words = set(_WORD_EN.findall(done.lower())) - _COMMON_EN
        # Stems ("choosing" / "choose", "reading" / "read"), as the guide words it otherwise.
        return sum(1 for word in words if word[:5].rstrip("i") in text.lower())
    pairs = {done[i : i + 2] for i in range(len(done) - 1)} - _COMMON_ZH
    return sum(1 for pair in pairs if pair in text)


def button_after_answer(question: str, lang: Lang) -> Answer | None:
    """The next sub-step's button, when the vendor names what it did and asks which to click."""
    norm = normalize(question)
    if not _ASKS_BUTTON.search(norm):
        return None
    match = _DONE_ZH.search(norm) if lang != "en" else _DONE_EN.search(norm)
    said = _DONE_SAID_EN.findall(norm) if lang == "en" else []
    if match is not None:
        done = match.group(2)
    elif said:
        done = said[-1]  # the last thing said done is the step just finished
    elif lang != "en" and _DONE_CLAUSE_ZH.search(norm):
        done = "".join(m.group(0) for m in _DONE_CLAUSE_ZH.finditer(norm))
    else:
        return None
    scored = sorted(
        (
            (_overlap(done, sub.en if lang == "en" else sub.zh, lang), step.number, index)
            for step in JOINING_STEPS
            for index, sub in enumerate(step.substeps)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    _, number, index = scored[0]
    step = next(s for s in JOINING_STEPS if s.number == number)
    following = following_substep(step, index)
    if following is None:
        return None
    next_step, sub = following
    buttons = (_BUTTON_EN if lang == "en" else _BUTTON_ZH).findall(
        sub.en if lang == "en" else sub.zh
    )
    if not buttons:
        return None
    body = t(
        "answers_button_after",
        lang,
        button=buttons[0],
        number=next_step.number,
        label=sub.label,
        text=sub.en if lang == "en" else sub.zh,
    )
    source = source_line(sections()["process"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])
