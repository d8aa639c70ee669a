"""One sum asked of two months side by side: "what about march 2021 vs april 2021 for security
300k?", "安全市场30万，2021年3月和2021年4月分别佣金多少" (black-box s59 D6: the market's
description, neither month computed). Each month is asked on its own — one inside the policy
period is computed, one outside it declined — and the two answers numbered."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from bot.answers.model import Answer
from bot.lazy_re import lazy_compile

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
_AMOUNT = lazy_compile(r"\d\s*(?:万|w|k|m\b|million|元|块|yuan|rmb)", flags=2)
# Words asking the two side by side, dropped from each month's own question ("what about" asks
# of an answer before; here both are asked anew).
_SIDE_BY_SIDE = lazy_compile(r"分别|各自|\b(respectively|each)\b|^\s*(what|how) about\s+", flags=2)
_COMPUTED = ("computed.commission", "computed.tier", "commission.")


def per_month(
    question: str,
    ask: Callable[[str], Answer],
    numbered: Callable[[list[Answer]], Answer],
) -> Answer | None:
    """The two months' answers, numbered; None unless the message names two months side by
    side and an amount, and each month gets a sure answer on the commission."""
    found = _TWO_MONTHS.search(question)
    if found is None or not _AMOUNT.search(question):
        return None
    answers = []
    for month in (found.group("first"), found.group("second")):
        alone = question[: found.start()] + month + question[found.end() :]
        answer = ask(_SIDE_BY_SIDE.sub("", alone))
        if not answer.confident or not (answer.topic or "").startswith(_COMPUTED):
            return None
        # Each part names its month ("2021年3月：…").
        head = f"{month[:1].upper()}{month[1:]}: " if answer.lang == "en" else f"{month}："
        answers.append(dataclasses.replace(answer, text=head + answer.text))
    return numbered(answers)
