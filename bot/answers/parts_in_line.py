"""Several conditions of one market asked in one message, which the whole message's reply
already gives on its first line: "Retail Link: how many employees do we need, and do we need
any special app?" → "Retail Link Market: at least 4 employees; a dedicated operations contact,
registered on DingTalk." Split into parts, the second part's answer would come only after the
first one's quote (fix32e); the whole reply answers both in its opening.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.model import Answer
from bot.lazy_re import lazy_compile

_CONDITIONS_TOPIC = "computed.conditions"
# A verdict before the condition ("Yes. ", "是的，"), dropped before the summary is read.
_VERDICT_HEAD = lazy_compile(
    r"^\s*(yes|no)\b[.,:]?\s*|^\s*(是的|有的|有|需要|不需要|要的|要|没有|不用)[，,。：:]\s*", 2
)
# The market's name and its colon ("Retail Link Market: ", "零售通市场要求："), then the summary
# up to the full stop.
_SUMMARY = lazy_compile(r"^[^:：]{1,60}[:：]\s*([^。\n]+?)(?:。|\.(?:\s|$)|$)")
_ITEM_SEPARATOR = lazy_compile(r"；|; ")


def _summaries(found: Answer) -> list[str]:
    line = found.text.strip().split("\n", 1)[0]
    line = _VERDICT_HEAD.sub("", line, count=1)
    match = _SUMMARY.match(line)
    if match is None:
        return []
    return [item.strip() for item in _ITEM_SEPARATOR.split(match.group(1)) if item.strip()]


def whole_covering_parts(whole: Answer, part_answers: Sequence[Answer]) -> Answer | None:
    """The whole reply when every part is answered with conditions of the market and every
    condition those answers open with is already on its first line; the first part's verdict
    ("有。", "需要。" to "有人数要求吗？") goes before it, as the parts' reply had it. None
    otherwise."""
    if whole.out_of_scope or whole.topic != _CONDITIONS_TOPIC or len(part_answers) < 2:
        return None
    first = whole.text.strip().split("\n", 1)[0]
    for found in part_answers:
        if found.out_of_scope or found.topic != _CONDITIONS_TOPIC:
            return None
        summaries = _summaries(found)
        if not summaries or not all(summary in first for summary in summaries):
            return None
    verdict = _VERDICT_HEAD.match(part_answers[0].text)
    whole_verdict = _VERDICT_HEAD.match(whole.text)
    if whole_verdict is not None and (
        verdict is None or verdict.group(0).strip() != whole_verdict.group(0).strip()
    ):
        # "团队多少人？售后要7*24吗？": the whole's 不需要 answers the later part; first, it would
        # read as the answer to the first.
        return None
    if verdict is not None and whole_verdict is None:
        whole.text = verdict.group(0) + whole.text.lstrip()
    return whole
