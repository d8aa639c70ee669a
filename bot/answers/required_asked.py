"""The verdict word of a question whether a condition is required, asked beside a stated figure.

"基础软件市场，我们注册资金只有5万，是硬性要求吗", "is that mandatory?": the guide's rule is asked
to apply — yes it does — and the vendor's figure is judged after. A threshold reply opens 不能 /
"No: …" (the verdict on joining), which to this question reads "no, it is not required"; here
its opening is turned into the required head (需要 / 是 / "Yes, it is required"). The judged
profile (verdicts.py) opens so already with 需要; a 是-form question ("是硬性要求吗",
"是不是必须的") gets 是 instead (fix32c).
"""

from __future__ import annotations

from bot.answers.blocks_asked import last_sentence
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.answers.verdicts import asks_if_required, asks_may_or_must
from bot.lazy_re import lazy_compile
from bot.texts import t

# A threshold reply's opening verdict (不能：/ 这一项满足。/ "No: " / "Yes, on these points.").
_THRESHOLD_OPENING = lazy_compile(
    r"^\s*(不能|不满足|这一项满足|这几项都满足|满足|no|yes)[ \t]*[：:，,.。]?[ \t]*"
    r"(on (this|these) points?\.)?[ \t]*",
    flags=0,
)
_FAILED = lazy_compile(r"^\s*(不能|不满足|no\b)")
# A rule asked to be binding, in the last sentence ("是硬性要求吗", "真的需要10万吗", "is that
# mandatory?"); "对员工人数有要求吗？我们只有3个人" asks what the rule is, answered by the verdict.
_BINDING = lazy_compile(
    r"硬性|必须|必需|强制|一定要|非得|真的(需要|要)|确实(需要|要)"
    r"|\b(mandatory|required|a must|hard requirement|strict requirement|really need|compulsory)\b"
)
# 是 asked: "是硬性要求吗", "是不是必须的", "是必须的吗", "这个是强制的吗".
_IS_FORM = lazy_compile(r"是(不是)?\s*(硬性|必须|必需|强制)")


def with_required_answer(question: str, found: Answer) -> Answer:
    """`found` opening with the required head when `question` asks whether the rule it judges
    is required; else unchanged."""
    if found.out_of_scope or found.topic not in ("computed.threshold", "computed.verdict"):
        return found
    norm = normalize(question)
    if not asks_if_required(question) or not _BINDING.search(last_sentence(norm)):
        return found
    lang = found.lang
    heads = {
        key: t(key, lang)
        for key in ("answers_verdict_required_failed_head", "answers_verdict_required_met_head")
    }
    first, _, rest = found.text.partition("\n")
    if first in heads.values():
        failed = first == heads["answers_verdict_required_failed_head"]
    elif found.topic == "computed.threshold":
        opening = _THRESHOLD_OPENING.match(first.lower())
        if opening is None:
            return found
        failed = bool(_FAILED.match(first.lower()))
    else:
        return found
    is_form = lang == "zh" and bool(_IS_FORM.search(norm))
    key = _HEADS[(failed, is_form)]
    if failed and asks_may_or_must(norm):
        # "…可以部署在其他云上吗，还是必须是阿里云？" (review 57 N4: "是：" to "可以…吗"): no, a must.
        key = "answers_verdict_must_failed_head"
    found.text = t(key, lang) + "\n" + rest
    return found


# (failed, 是 asked) → the head.
_HEADS = {
    (True, False): "answers_verdict_required_failed_head",
    (False, False): "answers_verdict_required_met_head",
    (True, True): "answers_verdict_required_failed_is_head",
    (False, True): "answers_verdict_required_met_is_head",
}
