"""One sum asked of two months side by side: "what about march 2021 vs april 2021 for security
300k?", "安全市场30万，2021年3月和2021年4月分别佣金多少" (black-box s59 D6: the market's
description, neither month computed). Each month is asked on its own — one inside the policy
period is computed, one outside it declined — and the two answers numbered."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.answers.model import Answer
from bot.lazy_re import lazy_compile
from bot.texts import t

_MONTH = (
    r"(?:20\d\d\s*年\s*\d{1,2}\s*月(?:份)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+20\d\d"
    r"|20\d\d[-/]\d{1,2}(?![-/\d]))"
)
# Two months joined by a comparing word, the sum's figures elsewhere in the message.
_TWO_MONTHS = lazy_compile(
    rf"(?P<first>{_MONTH})\s*(?:vs\.?|versus|compared (?:to|with)|and|or|和|与|跟|对比|还是|、)\s*"
    rf"(?:in\s+)?(?P<second>{_MONTH})",
    flags=2,
)
_MONTH_SAID = lazy_compile(_MONTH, flags=2)
# A second month put as a what-if: "and what if the same 300k lands in", "那如果放到".
_WHAT_IF = lazy_compile(
    r"[,，.。?？]?\s*(?:and |but |so )?(?:what if|what about if|and if|if instead|如果|要是|假如|换成|放到)",
    flags=2,
)
_AMOUNT = lazy_compile(r"\d\s*(?:万|w|k|m\b|million|元|块|yuan|rmb)", flags=2)
# Words asking the two side by side, dropped from each month's own question ("what about" asks
# of an answer before; here both are asked anew).
_SIDE_BY_SIDE = lazy_compile(r"分别|各自|\b(respectively|each)\b|^\s*(what|how) about\s+", flags=2)
# The two months asked to be added up: another question (the tier is per month).
_COMBINED = lazy_compile(
    r"\badd (?:them |it )?up\b|\btogether\b|\bcombined?\b|\btotal\b|\bboth months\b"
    r"|合并|加起来|加在一起|一起算|合计|累计|合起来|两个月",
    flags=2,
)
_COMPUTED = ("computed.commission", "computed.tier", "commission.")


def per_month(
    question: str,
    ask: Callable[[str], Answer],
    numbered: Callable[[list[Answer]], Answer],
) -> Answer | None:
    """The two months' answers, numbered; None unless the message names two months side by
    side and an amount, and each month gets a sure answer on the commission."""
    if _COMBINED.search(question):
        return None  # "may we add them up for tier 2?": months combined, answered elsewhere
    found = _TWO_MONTHS.search(question)
    if found is not None:
        spans = [found.span("first"), found.span("second")]
        joined = found.span()
    else:
        # "March 2021 we had 300k …, what's the commission? and what if the same 300k lands in
        # April 2021?" (holdout61 #130: April left out): the second month as a what-if.
        months = list(_MONTH_SAID.finditer(question))
        if len(months) != 2 or not _WHAT_IF.search(question, months[0].end(), months[1].start()):
            return None
        spans = [months[0].span(), months[1].span()]
        joined = None
    if not _AMOUNT.search(question):
        return None
    questions: list[tuple[str, str]] = []
    if joined is not None:
        for start, end in spans:
            month = question[start:end]
            questions.append((month, question[: joined[0]] + month + question[joined[1] :]))
    else:
        # The what-if clause left out; the second month asked with the first one's figures.
        (first_start, first_end), (second_start, second_end) = spans
        cut = _WHAT_IF.search(question, first_end, second_start)
        assert cut is not None
        before = question[: cut.start()]
        second = question[second_start:second_end]
        questions.append((question[first_start:first_end], before))
        questions.append((second, before[:first_start] + second + before[first_end:]))
    answers = []
    for month, alone in questions:
        answer = ask(_SIDE_BY_SIDE.sub("", alone))
        if not answer.confident or not (answer.topic or "").startswith(_COMPUTED):
            return None
        # Each part names its month ("2021年3月：…").
        head = t("answers_month_part_head", answer.lang, month=month[:1].upper() + month[1:])
        answers.append(dataclasses.replace(answer, text=head + answer.text))
    return numbered(answers)
