"""How many sub-steps a joining step has, and which is the last: "第3步“申请入驻云市场”底下一共几个小
步骤？最后一个小步骤是什么？", "how many sub-steps does step 3 have?". Counted from the step's own
sub-steps in rules/data/process.yaml (step 3 has i–vi), never retyped.
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.process import JOINING_STEPS

# The step named by its number: "第3步", "step 3".
_STEP = lazy_compile(r"第\s*([1-7一二三四五六七])\s*步|\bstep\s*([1-7])\b")
# Its sub-steps counted: "几个小步骤", "多少个子步骤", "how many sub-steps".
_ASKS_COUNT = lazy_compile(
    r"(几|多少)个?(小|子)(步骤|步)|(小|子)(步骤|步)[^，,。？?]{0,6}(几|多少)个?"
    r"|\bhow many (sub-?steps|smaller steps|parts)\b"
)
_CHINESE_DIGITS = "一二三四五六七"
# A step named by what it does (the guide's title or the usual words for it).
_STEP_NAMES = (
    (
        3,
        lazy_compile(
            r"申请入驻|\bappl(y|ication)\b[^?,.]{0,30}\bstep\b|\bstep\b[^?,.]{0,10}\bappl(y|ication)\b"
        ),
    ),
    (
        4,
        lazy_compile(
            r"签署?合同|签约|\bcontracts? step\b|\bsign(ing)? (the )?contracts?\b[^?,.]{0,10}\bstep\b"
        ),
    ),
    (6, lazy_compile(r"提交?工单|\bticket step\b")),
)


def substep_count_answer(question: str, lang: Lang) -> Answer | None:
    """The number of the step's sub-steps and its last one; None unless they are asked."""
    norm = normalize(question)
    if not _ASKS_COUNT.search(norm):
        return None
    step_named = _STEP.search(norm)
    if step_named:
        said = step_named.group(1) or step_named.group(2)
        number = _CHINESE_DIGITS.index(said) + 1 if said in _CHINESE_DIGITS else int(said)
    else:
        # "申请入驻云市场这一步", "the 'apply to the marketplace' step": the step by its name.
        by_name = [n for n, pattern in _STEP_NAMES if pattern.search(norm)]
        if len(set(by_name)) != 1:
            return None
        number = by_name[0]
    step = next((s for s in JOINING_STEPS if s.number == number), None)
    if step is None or not step.substeps:
        return None
    last = step.substeps[-1]
    body = t(
        "answers_substep_count",
        lang,
        number=number,
        title=step.title(lang),
        count=len(step.substeps),
        first=step.substeps[0].label,
        label=last.label,
        last=last.en if lang == "en" else last.zh,
    )
    source = source_line(sections()["process"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.order", source, [])
